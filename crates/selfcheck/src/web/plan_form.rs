//! The measure form: a new measure (blank, taking up the recommendation of a Selbstcheck
//! statement, or carrying out a workshop decision) for coordinators, and editing a measure for
//! coordinators and its owner.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;
use weltoffen_platform::accounts::store::{self as accounts, MemberRow};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CoordinatorTenant, Page, Tenant};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};

use super::plan::{may_edit, measure_path, plan_path, tenant_measure};
use crate::instrument::{Field, Instrument, Text};
use crate::plan::input::{MAX_TITLE_CHARS, MeasureForm, MeasureInput};
use crate::plan::model::MeasureStatus;
use crate::plan::service;
use crate::plan::store::{self, MeasureRow};
use crate::store::RoundRow;
use crate::workshop::store::{self as workshop_store, DecisionWithWorkshop};

#[derive(Template)]
#[template(path = "selfcheck/plan_form.html")]
struct FormPage {
    page: Page,
    tenant: Tenant,
    instrument: &'static Instrument,
    members: Vec<MemberRow>,
    form: MeasureForm,
    errors: FormErrors,
    /// The measure being edited; `None` for a new one.
    editing: Option<MeasureRow>,
    /// The round whose recommendation a new measure takes up.
    source_round: Option<RoundRow>,
    /// The workshop decision a new measure carries out.
    decision: Option<DecisionWithWorkshop>,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(m) => format!("{}/edit", measure_path(&self.tenant.municipality.ags, m.id)),
            None => format!("{}/new", plan_path(&self.tenant.municipality.ags)),
        }
    }
    fn cancel(&self) -> String {
        match &self.editing {
            Some(m) => measure_path(&self.tenant.municipality.ags, m.id),
            None => plan_path(&self.tenant.municipality.ags),
        }
    }
    fn heading(&self) -> String {
        match &self.editing {
            Some(m) => self.page.t1("selfcheck-plan-edit-heading", "title", &m.title),
            None => self.page.t("selfcheck-plan-new-heading"),
        }
    }
    fn tr<'a>(&self, text: &'a Text) -> &'a str {
        text.get(self.page.locale)
    }
    fn field_checked(&self, id: &str) -> bool {
        self.form.fields.iter().any(|f| f == id)
    }
    fn item_checked(&self, id: &str) -> bool {
        self.form.items.iter().any(|i| i == id)
    }
    /// How many statements of a field are chosen (an open group shows them without a click).
    fn chosen_in(&self, field: &Field) -> usize {
        field.items.iter().filter(|i| self.item_checked(&i.id)).count()
    }
    fn chosen_label(&self, field: &Field) -> String {
        self.page.t1(
            "selfcheck-plan-items-chosen",
            "count",
            &self.chosen_in(field).to_string(),
        )
    }
    fn statuses(&self) -> [MeasureStatus; 4] {
        MeasureStatus::ALL
    }
    fn status_checked(&self, status: &MeasureStatus) -> bool {
        self.form.status == status.code()
    }
    fn owner_selected(&self, member: &MemberRow) -> bool {
        self.form.owner == member.id.to_string()
    }
    fn max_title(&self) -> usize {
        MAX_TITLE_CHARS
    }
    fn decision_note(&self) -> Option<String> {
        self.decision.as_ref().map(|d| {
            self.page
                .t1("selfcheck-workshop-prefill-note", "workshop", &d.workshop_title)
        })
    }
}

async fn form_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    form: MeasureForm,
    errors: FormErrors,
    editing: Option<MeasureRow>,
    (source_round, decision): (Option<RoundRow>, Option<DecisionWithWorkshop>),
) -> AppResult<FormPage> {
    Ok(FormPage {
        instrument: crate::current_instrument()?,
        members: accounts::list_members(&state.db, tenant.municipality.id).await?,
        page,
        tenant,
        form,
        errors,
        editing,
        source_round,
        decision,
    })
}

/// The workshop decision of a prefilled form; 404 for a malformed id or a decision of another
/// municipality's workshop.
async fn tenant_decision(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<Option<DecisionWithWorkshop>> {
    if id.trim().is_empty() {
        return Ok(None);
    }
    let id = Uuid::parse_str(id.trim()).map_err(|_| AppError::not_found())?;
    workshop_store::decision(&state.db, tenant.municipality.id, id)
        .await?
        .map(Some)
        .ok_or_else(AppError::not_found)
}

/// A new measure carrying out a workshop decision: the decision's first sentence as title, the
/// decision with its first step and owner as description, its field and statement linked, the
/// workshop's round as source; the owner is the member of that name, else an external partner.
fn from_decision(page: &Page, d: &DecisionWithWorkshop, members: &[MemberRow]) -> MeasureForm {
    let decision = &d.decision;
    let mut description = decision.body.trim().to_owned();
    if !decision.first_step.trim().is_empty() {
        description.push_str("\n\n");
        description.push_str(&page.t1(
            "selfcheck-workshop-prefill-first-step",
            "step",
            decision.first_step.trim(),
        ));
    }
    let owner = decision.owner.trim();
    let member = members.iter().find(|m| !owner.is_empty() && m.name.trim() == owner);
    if member.is_none() && !owner.is_empty() {
        description.push_str("\n\n");
        description.push_str(&page.t1("selfcheck-workshop-prefill-owner", "owner", owner));
    }
    MeasureForm {
        title: crate::plan::input::title_from_recommendation(&decision.body),
        description,
        fields: vec![decision.field_id.clone()],
        items: decision.item_id.iter().cloned().collect(),
        owner: member.map(|m| m.id.to_string()).unwrap_or_default(),
        owner_external: match member {
            None if owner.chars().count() <= crate::plan::input::MAX_EXTERNAL_OWNER_CHARS => owner.to_owned(),
            _ => String::new(),
        },
        source_round: d.round_id.to_string(),
        ..MeasureForm::blank()
    }
}

/// The round of a prefilled form; 404 for a malformed id or another municipality's round.
async fn tenant_round_of(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<Option<RoundRow>> {
    if id.trim().is_empty() {
        return Ok(None);
    }
    let id = Uuid::parse_str(id.trim()).map_err(|_| AppError::not_found())?;
    crate::store::round(&state.db, tenant.municipality.id, id)
        .await?
        .map(Some)
        .ok_or_else(AppError::not_found)
}

/// The query of a form prefilled from a recommendation.
#[derive(Debug, Default, Deserialize)]
pub struct PrefillQuery {
    #[serde(default)]
    round: String,
    #[serde(default)]
    item: String,
    #[serde(default)]
    decision: String,
}

/// GET /m/{ags}/handlungsplan/new — blank, or `?round=…&item=…` to take up the recommendation of
/// a statement: its first sentence as title, the recommendation as description, its field and
/// the statement linked, and the round recorded as the source; or `?decision=…` to carry out a
/// workshop decision (see [`from_decision`]).
pub async fn new_form(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Query(query): Query<PrefillQuery>,
) -> AppResult<Response> {
    if let Some(decision) = tenant_decision(&state, &tenant, &query.decision).await? {
        let members = accounts::list_members(&state.db, tenant.municipality.id).await?;
        let form = from_decision(&page, &decision, &members);
        let round = tenant_round_of(&state, &tenant, &form.source_round).await?;
        let view = form_page(
            &state,
            page,
            tenant,
            form,
            FormErrors::default(),
            None,
            (round, Some(decision)),
        )
        .await?;
        return render(&view);
    }
    let round = tenant_round_of(&state, &tenant, &query.round).await?;
    let form = match (&round, query.item.trim()) {
        (None, "") => MeasureForm::blank(),
        (Some(round), item) if !item.is_empty() => {
            let instrument = crate::current_instrument()?;
            let (field, item) = instrument.item(item).ok_or_else(AppError::not_found)?;
            MeasureForm::from_recommendation(&field.id, &item.id, item.recommendation.get(page.locale), round.id)
        }
        // Half a link (a round without a statement or the reverse) is no link we hand out.
        _ => return Err(AppError::not_found()),
    };
    render(&form_page(&state, page, tenant, form, FormErrors::default(), None, (round, None)).await?)
}

/// POST /m/{ags}/handlungsplan/new
pub async fn create(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let decision_id = pairs
        .iter()
        .find_map(|(k, v)| (k == "decision").then(|| v.clone()))
        .unwrap_or_default();
    // Another municipality's decision is 404 before anything is checked or saved.
    let decision = tenant_decision(&state, &tenant, &decision_id).await?;
    let form = MeasureForm::from_pairs(pairs);
    let round = tenant_round_of(&state, &tenant, &form.source_round).await?;
    let instrument = crate::current_instrument()?;
    let members: Vec<Uuid> = accounts::list_members(&state.db, tenant.municipality.id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    match MeasureInput::validate(&form, instrument, &members) {
        Ok(input) => {
            let source_round = round.as_ref().map(|r| r.id);
            let id = match &decision {
                Some(d) => {
                    crate::workshop::service::create_measure(
                        &state.db,
                        tenant.municipality.id,
                        &input,
                        source_round,
                        d.decision.id,
                        tenant.user.id,
                    )
                    .await?
                }
                None => {
                    service::create(&state.db, tenant.municipality.id, &input, source_round, tenant.user.id).await?
                }
            };
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-plan-created",
                measure_path(&tenant.municipality.ags, id)
            )))
        }
        Err(errors) => {
            let view = form_page(&state, page, tenant, form, errors, None, (round, decision)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

/// The stored measure as the form shows it.
fn form_of(measure: &MeasureRow, fields: Vec<String>, items: Vec<String>) -> MeasureForm {
    let iso = |d: Option<time::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    MeasureForm {
        title: measure.title.clone(),
        description: measure.description.clone(),
        fields,
        items,
        status: measure.status.clone(),
        progress: measure.progress.to_string(),
        owner: measure.owner_user_id.map(|id| id.to_string()).unwrap_or_default(),
        owner_external: measure.owner_external.clone().unwrap_or_default(),
        start_date: iso(measure.start_date),
        due_date: iso(measure.due_date),
        public: measure.public,
        source_round: String::new(),
    }
}

/// The measure for someone who may change it: 404 before 403, so the answer for another
/// municipality's measure does not depend on the viewer's role.
async fn editable_measure(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<MeasureRow> {
    let measure = tenant_measure(state, tenant, id).await?;
    if may_edit(tenant, &measure) {
        Ok(measure)
    } else {
        Err(AppError::forbidden())
    }
}

/// GET /m/{ags}/handlungsplan/{id}/edit
pub async fn edit_form(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let measure = editable_measure(&state, &tenant, &id).await?;
    let fields = store::fields_of(&state.db, measure.id).await?;
    let items = store::items_of(&state.db, measure.id).await?;
    let form = form_of(&measure, fields, items);
    render(
        &form_page(
            &state,
            page,
            tenant,
            form,
            FormErrors::default(),
            Some(measure),
            (None, None),
        )
        .await?,
    )
}

/// POST /m/{ags}/handlungsplan/{id}/edit
pub async fn save(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let measure = editable_measure(&state, &tenant, &id).await?;
    let form = MeasureForm::from_pairs(pairs);
    let instrument = crate::current_instrument()?;
    let members: Vec<Uuid> = accounts::list_members(&state.db, tenant.municipality.id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    match MeasureInput::validate(&form, instrument, &members) {
        Ok(input) => {
            if !service::update(&state.db, &measure, &input, tenant.user.id).await? {
                return Err(AppError::not_found());
            }
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-plan-saved",
                measure_path(&tenant.municipality.ags, measure.id)
            )))
        }
        Err(errors) => {
            let view = form_page(&state, page, tenant, form, errors, Some(measure), (None, None)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}
