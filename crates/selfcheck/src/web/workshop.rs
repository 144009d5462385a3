//! The workshop's pages under `/m/{ags}/selbstcheck/workshops`: the list, the form to create and
//! change a workshop, and a workshop's page with its share link and mail invitations. The live
//! views (participant, presenter, facilitator) are in `workshop_live`, the protocol in
//! `workshop_protocol`.
//!
//! Access, declared here and enforced by the extractors: members of the municipality and admins
//! see the list, a workshop's page and its protocol; coordinators and admins create, change,
//! facilitate, present and close a workshop; guests reach only their participant view through the
//! share link `/w/{token}`. A workshop of another municipality is 404.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CoordinatorTenant, Page, Tenant};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::{round_path, workshop_live, workshop_protocol};
use crate::instrument::Instrument;
use crate::results::{self, RoundResults};
use crate::results_cache;
use crate::store::{self as round_store, RoundRow};
use crate::workshop::input::{InviteForm, MAX_TITLE_CHARS, WorkshopForm, WorkshopInput, parse_invitations};
use crate::workshop::model::{MAX_DOTS, MIN_DOTS, link_path, link_token, link_valid};
use crate::workshop::service::{self, Invitation};
use crate::workshop::store::{self, WorkshopRow};

/// Every route of the workshop with its declared access.
pub fn routes() -> RouteTable {
    use workshop_live as live;
    use workshop_protocol as protocol;
    RouteTable::default()
        .get("/m/{ags}/selbstcheck/workshops", Access::Member, list)
        .get("/m/{ags}/selbstcheck/workshops/new", Access::Coordinator, new_form)
        .post("/m/{ags}/selbstcheck/workshops/new", Access::Coordinator, create)
        .get("/m/{ags}/selbstcheck/workshops/{id}", Access::Member, detail)
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/edit",
            Access::Coordinator,
            edit_form,
        )
        .post("/m/{ags}/selbstcheck/workshops/{id}/edit", Access::Coordinator, save)
        .post(
            "/m/{ags}/selbstcheck/workshops/{id}/invitations",
            Access::Coordinator,
            invite,
        )
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/moderation",
            Access::Coordinator,
            live::facilitator,
        )
        .post(
            "/m/{ags}/selbstcheck/workshops/{id}/moderation/field",
            Access::Coordinator,
            live::move_field,
        )
        .post(
            "/m/{ags}/selbstcheck/workshops/{id}/moderation/agreed",
            Access::Coordinator,
            live::agree,
        )
        .post(
            "/m/{ags}/selbstcheck/workshops/{id}/moderation/decisions",
            Access::Coordinator,
            live::decide,
        )
        .post(
            "/m/{ags}/selbstcheck/workshops/{id}/close",
            Access::Coordinator,
            live::close,
        )
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/praesentation",
            Access::Coordinator,
            live::presenter,
        )
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/events",
            Access::Coordinator,
            live::coordinator_events,
        )
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/protokoll",
            Access::Member,
            protocol::protocol_page,
        )
        .get(
            "/m/{ags}/selbstcheck/workshops/{id}/protokoll.pdf",
            Access::Member,
            protocol::protocol_pdf,
        )
        .get("/w/{token}", Access::Public, live::guest)
        .post("/w/{token}", Access::Public, live::join)
        .post("/w/{token}/comments", Access::Public, live::comment)
        .post("/w/{token}/dots", Access::Public, live::dot)
        .get("/w/{token}/events", Access::Public, live::guest_events)
        .merge(protocol::api_routes())
}

/// The path of the municipality's workshops.
pub fn workshops_path(ags: &str) -> String {
    format!("/m/{ags}/selbstcheck/workshops")
}

/// The path of a workshop's page.
pub fn workshop_path(ags: &str, id: Uuid) -> String {
    format!("/m/{ags}/selbstcheck/workshops/{id}")
}

/// The live topic of a workshop: every change (the facilitator's and presenter's pages).
pub fn topic(id: Uuid) -> String {
    format!("workshop:{id}")
}

/// The live topic of what participants' pages show live: the field on the projector, agreed
/// potentials, comments, decisions, the end. Dots are not in it: 200 people giving dots would
/// otherwise make 200 pages reload on each dot (their own page reloads when they give one).
pub fn stage_topic(id: Uuid) -> String {
    format!("workshop:{id}:stage")
}

/// Tells every page following the workshop that something changed (after the write committed).
pub fn nudge(state: &AppState, id: Uuid) {
    state.live.nudge(&topic(id));
    state.live.nudge(&stage_topic(id));
}

/// Tells the facilitator's and presenter's pages that the counts changed (a dot, a new participant).
pub fn nudge_counts(state: &AppState, id: Uuid) {
    state.live.nudge(&topic(id));
}

/// The workshop `id` of the tenant's municipality; 404 for a malformed id or another's workshop.
pub async fn tenant_workshop(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<WorkshopRow> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::not_found())?;
    store::workshop(&state.db, tenant.municipality.id, id)
        .await?
        .ok_or_else(AppError::not_found)
}

/// The full share link of a workshop.
pub fn share_link(state: &AppState, workshop: &WorkshopRow) -> String {
    let token = link_token(&state.secrets.session_key, &workshop.link_nonce);
    format!("{}{}", state.settings.base_url.trim_end_matches('/'), link_path(&token))
}

/// The results of the workshop's round, as the results page computes and caches them (compared
/// with the previous closed round, so both pages share the cached result).
pub async fn round_results(
    state: &AppState,
    municipality: &MunicipalityRow,
    round_id: Uuid,
    locale: Locale,
) -> AppResult<(RoundRow, &'static Instrument, Arc<RoundResults>)> {
    let db = &state.db;
    let rounds = round_store::rounds(db, municipality.id).await?;
    let mut rounds = rounds.into_iter().skip_while(|r| r.id != round_id);
    let round = rounds.next().ok_or_else(AppError::not_found)?;
    let previous = rounds.find(|r| !r.is_open());
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let key = results_cache::Key::of(&round, previous.as_ref(), locale.code());
    if let Some(results) = key.as_ref().and_then(results_cache::get) {
        return Ok((round, instrument, results));
    }
    let answers = round_store::round_answers(db, round.id).await?;
    let previous_answers = match &previous {
        Some(p) => Some(round_store::round_answers(db, p.id).await?),
        None => None,
    };
    let respondents: Vec<(Uuid, String)> = round_store::respondent_fields(db, round.id)
        .await?
        .into_iter()
        .map(|r| (r.respondent_id, r.display_name))
        .collect();
    let results = Arc::new(results::build(
        instrument,
        municipality.kind(),
        &answers,
        &respondents,
        previous_answers.as_deref(),
        locale,
    ));
    if let Some(key) = key {
        results_cache::put(key, Arc::clone(&results));
    }
    Ok((round, instrument, results))
}

/// The instrument of the workshop's round (its statements are what dots and decisions name).
pub async fn instrument_of(state: &AppState, workshop: &WorkshopRow) -> AppResult<&'static Instrument> {
    let round = round_store::round_by_id(&state.db, workshop.round_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    crate::instrument_of_version(&round.instrument_version)
}

/// When a workshop takes place, in words ("03.12.2026, 09:30 Uhr").
pub fn when_text(page: &Page, workshop: &WorkshopRow) -> String {
    let date = format_date(page.locale, workshop.held_on);
    match &workshop.start_time {
        Some(time) => page.t2("selfcheck-workshop-when-time", "date", &date, "time", time),
        None => date,
    }
}

/// Where a workshop takes place, in words (place, online link, both, or "not set").
pub fn where_text(page: &Page, workshop: &WorkshopRow) -> String {
    match (workshop.place.is_empty(), workshop.online_link.is_empty()) {
        (false, true) => workshop.place.clone(),
        (true, false) => page.t1("selfcheck-workshop-where-online", "link", &workshop.online_link),
        (false, false) => page.t2(
            "selfcheck-workshop-where-both",
            "place",
            &workshop.place,
            "link",
            &workshop.online_link,
        ),
        (true, true) => page.t("selfcheck-workshop-where-none"),
    }
}

/// A workshop as the list shows it.
pub struct ListEntry {
    /// The workshop.
    pub row: WorkshopRow,
    /// Date and time in words.
    pub when: String,
    /// Status in words.
    pub status: String,
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_list.html")]
struct ListPage {
    page: Page,
    tenant: Tenant,
    entries: Vec<ListEntry>,
    closed_rounds: usize,
}

impl ListPage {
    fn base(&self) -> String {
        workshops_path(&self.tenant.municipality.ags)
    }
}

/// A workshop's status in words.
pub fn status_label(page: &Page, workshop: &WorkshopRow) -> String {
    page.t(if workshop.is_open() {
        "selfcheck-workshop-status-open"
    } else {
        "selfcheck-workshop-status-closed"
    })
}

/// GET /m/{ags}/selbstcheck/workshops
pub async fn list(State(state): State<AppState>, tenant: Tenant, page: Page) -> AppResult<Response> {
    let rows = store::workshops(&state.db, tenant.municipality.id).await?;
    let closed_rounds = round_store::rounds(&state.db, tenant.municipality.id)
        .await?
        .iter()
        .filter(|r| !r.is_open())
        .count();
    let entries = rows
        .into_iter()
        .map(|row| ListEntry {
            when: when_text(&page, &row),
            status: status_label(&page, &row),
            row,
        })
        .collect();
    render(&ListPage {
        page,
        tenant,
        entries,
        closed_rounds,
    })
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_form.html")]
struct FormPage {
    page: Page,
    tenant: Tenant,
    instrument: &'static Instrument,
    rounds: Vec<RoundRow>,
    form: WorkshopForm,
    errors: FormErrors,
    editing: Option<WorkshopRow>,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(w) => format!("{}/edit", workshop_path(&self.tenant.municipality.ags, w.id)),
            None => format!("{}/new", workshops_path(&self.tenant.municipality.ags)),
        }
    }
    fn cancel(&self) -> String {
        match &self.editing {
            Some(w) => workshop_path(&self.tenant.municipality.ags, w.id),
            None => workshops_path(&self.tenant.municipality.ags),
        }
    }
    fn heading(&self) -> String {
        match &self.editing {
            Some(w) => self.page.t1("selfcheck-workshop-edit-heading", "title", &w.title),
            None => self.page.t("selfcheck-workshop-new-heading"),
        }
    }
    fn field_checked(&self, id: &str) -> bool {
        self.form.fields.iter().any(|f| f == id)
    }
    fn round_selected(&self, round: &RoundRow) -> bool {
        self.form.round == round.id.to_string()
    }
    fn max_title(&self) -> String {
        MAX_TITLE_CHARS.to_string()
    }
    fn dots_hint(&self) -> String {
        self.page.t2(
            "selfcheck-workshop-field-dots-hint",
            "min",
            &MIN_DOTS.to_string(),
            "max",
            &MAX_DOTS.to_string(),
        )
    }
    fn title_of(&self, field: &crate::instrument::Field) -> String {
        field.title.get(self.page.locale).to_owned()
    }
}

/// The closed rounds of the municipality, newest first (a workshop discusses one of them).
async fn closed_rounds(state: &AppState, tenant: &Tenant) -> AppResult<Vec<RoundRow>> {
    Ok(round_store::rounds(&state.db, tenant.municipality.id)
        .await?
        .into_iter()
        .filter(|r| !r.is_open())
        .collect())
}

/// The query of the new-workshop form: the round it is for.
#[derive(Debug, Default, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    round: String,
}

/// GET /m/{ags}/selbstcheck/workshops/new — `?round=…` preselects a closed round.
pub async fn new_form(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let rounds = closed_rounds(&state, &tenant).await?;
    let chosen = Uuid::parse_str(query.round.trim())
        .ok()
        .and_then(|id| rounds.iter().find(|r| r.id == id))
        .or(rounds.first());
    let mut form = WorkshopForm::blank(chosen, instrument);
    if let Some(round) = chosen {
        form.title = page.t1("selfcheck-workshop-default-title", "round", &round.title);
    }
    render(&FormPage {
        page,
        tenant,
        instrument,
        rounds,
        form,
        errors: FormErrors::default(),
        editing: None,
    })
}

/// POST /m/{ags}/selbstcheck/workshops/new
pub async fn create(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = WorkshopForm::from_pairs(pairs);
    let instrument = crate::current_instrument()?;
    // Every round of the municipality, so an open one is named as such rather than unknown.
    let rounds = round_store::rounds(&state.db, tenant.municipality.id).await?;
    match WorkshopInput::validate(&form, instrument, &rounds) {
        Ok(input) => {
            let id = service::create(
                &state.db,
                tenant.municipality.id,
                &input,
                &state.secrets.session_key,
                tenant.user.id,
            )
            .await?;
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-workshop-created",
                workshop_path(&tenant.municipality.ags, id)
            )))
        }
        Err(errors) => {
            let view = FormPage {
                rounds: rounds.into_iter().filter(|r| !r.is_open()).collect(),
                page,
                tenant,
                instrument,
                form,
                errors,
                editing: None,
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

/// The workshop for its coordinator while it can still change: 409 once it is closed.
async fn open_workshop(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<WorkshopRow> {
    let workshop = tenant_workshop(state, tenant, id).await?;
    if workshop.is_open() {
        Ok(workshop)
    } else {
        Err(AppError {
            kind: weltoffen_platform::error::ErrorKind::Conflict,
            detail: Some("selfcheck-workshop-error-closed"),
        })
    }
}

/// GET /m/{ags}/selbstcheck/workshops/{id}/edit
pub async fn edit_form(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = open_workshop(&state, &tenant, &id).await?;
    let instrument = crate::current_instrument()?;
    let form = WorkshopForm {
        title: workshop.title.clone(),
        round: workshop.round_id.to_string(),
        held_on: workshop.held_on.to_string(),
        start_time: workshop.start_time.clone().unwrap_or_default(),
        place: workshop.place.clone(),
        online_link: workshop.online_link.clone(),
        fields: store::agenda(&state.db, workshop.id).await?,
        dots: workshop.dots().to_string(),
        link_expires_on: workshop.link_expires_on.to_string(),
    };
    render(&FormPage {
        rounds: closed_rounds(&state, &tenant).await?,
        page,
        tenant,
        instrument,
        form,
        errors: FormErrors::default(),
        editing: Some(workshop),
    })
}

/// POST /m/{ags}/selbstcheck/workshops/{id}/edit
pub async fn save(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let workshop = open_workshop(&state, &tenant, &id).await?;
    let form = WorkshopForm::from_pairs(pairs);
    let instrument = crate::current_instrument()?;
    let rounds = round_store::rounds(&state.db, tenant.municipality.id).await?;
    match WorkshopInput::validate(&form, instrument, &rounds) {
        Ok(input) => {
            if !service::update(&state.db, &workshop, &input).await? {
                return Err(AppError::not_found());
            }
            nudge(&state, workshop.id);
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-workshop-saved",
                workshop_path(&tenant.municipality.ags, workshop.id)
            )))
        }
        Err(errors) => {
            let view = FormPage {
                rounds: rounds.into_iter().filter(|r| !r.is_open()).collect(),
                page,
                tenant,
                instrument,
                form,
                errors,
                editing: Some(workshop),
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_detail.html")]
struct DetailPage {
    page: Page,
    tenant: Tenant,
    workshop: WorkshopRow,
    when: String,
    place: String,
    status: String,
    agenda: Vec<String>,
    participants: usize,
    link: String,
    link_expires: String,
    link_works: bool,
    errors: FormErrors,
    invite_form: InviteForm,
}

impl DetailPage {
    fn base(&self) -> String {
        workshop_path(&self.tenant.municipality.ags, self.workshop.id)
    }
    fn round_link(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.workshop.round_id)
    }
    fn participants_text(&self) -> String {
        self.page.locale.t_numbers(
            "selfcheck-workshop-participants-count",
            &[],
            &[("count", self.participants)],
        )
    }
    fn dots_text(&self) -> String {
        self.page.locale.t_numbers(
            "selfcheck-workshop-dots-value",
            &[],
            &[("count", self.workshop.dots() as usize)],
        )
    }
    fn link_expiry_text(&self) -> String {
        let key = if self.link_works {
            "selfcheck-workshop-link-expires"
        } else {
            "selfcheck-workshop-link-expired-on"
        };
        self.page.t1(key, "date", &self.link_expires)
    }
}

async fn detail_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    workshop: WorkshopRow,
    errors: FormErrors,
    invite_form: InviteForm,
) -> AppResult<DetailPage> {
    let instrument = crate::current_instrument()?;
    let agenda = store::agenda(&state.db, workshop.id)
        .await?
        .iter()
        .filter_map(|f| instrument.field(f))
        .map(|f| f.title.get(page.locale).to_owned())
        .collect();
    let participants = store::participants(&state.db, workshop.id).await?.len();
    Ok(DetailPage {
        when: when_text(&page, &workshop),
        place: where_text(&page, &workshop),
        status: status_label(&page, &workshop),
        link: share_link(state, &workshop),
        link_expires: format_date(page.locale, workshop.link_expires_on),
        link_works: link_valid(workshop.link_expires_on, today_in_germany()),
        agenda,
        participants,
        page,
        tenant,
        workshop,
        errors,
        invite_form,
    })
}

/// GET /m/{ags}/selbstcheck/workshops/{id}
pub async fn detail(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    render(
        &detail_page(
            &state,
            page,
            tenant,
            workshop,
            FormErrors::default(),
            InviteForm::default(),
        )
        .await?,
    )
}

/// POST /m/{ags}/selbstcheck/workshops/{id}/invitations — mails the share link to a list of
/// addresses through the outbox.
pub async fn invite(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let workshop = open_workshop(&state, &tenant, &id).await?;
    match parse_invitations(&form) {
        Ok(emails) => {
            let link = share_link(&state, &workshop);
            let when = when_text(&page, &workshop);
            let place = where_text(&page, &workshop);
            let expires = format_date(page.locale, workshop.link_expires_on);
            let invitation = Invitation {
                title: &workshop.title,
                municipality: &tenant.municipality.name,
                when: &when,
                place: &place,
                link: &link,
                expires: &expires,
                inviter: &tenant.user.name,
            };
            let sent = service::invite(&state.db, &emails, &invitation, page.locale).await?;
            if sent > 0 {
                state.mail_wake.notify_one();
            }
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-workshop-invited#invite-heading",
                workshop_path(&tenant.municipality.ags, workshop.id)
            )))
        }
        Err(errors) => {
            let view = detail_page(&state, page, tenant, workshop, errors, form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}
