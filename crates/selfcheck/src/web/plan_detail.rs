//! A measure's page: its attributes, the statements it addresses, milestones and updates (newest
//! first); for those who may change the measure also the forms to report an update and to add
//! and complete milestones.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};

use super::plan::{MeasureEntry, may_edit, measure_path, plan_path, tenant_measure};
use super::round_path;
use super::statement::{ratings, statement_path};
use crate::plan::input::{MilestoneForm, MilestoneInput, UpdateForm, UpdateInput};
use crate::plan::model::MeasureStatus;
use crate::plan::service;
use crate::plan::store::{self, MeasureRow, MilestoneRow, UpdateRow};
use crate::plan::trace::{self, movement};
use crate::results::format_mean;

/// A statement the measure addresses, in the page's language.
pub struct LinkedStatement {
    /// The field's title.
    pub field: String,
    /// The statement.
    pub text: String,
    /// Its page, when the current instrument still has the statement.
    pub link: Option<String>,
    /// How its rating moved from the round before the measure to the latest round after it.
    pub trace: Option<String>,
}

/// How a statement's mean moved between the round before a measure and the latest round after
/// it, in words ("Mittelwert von 0,8 auf 1,9 gestiegen …").
fn trace_sentence(page: &Page, before: Option<(&str, Option<f64>)>, after: Option<(&str, Option<f64>)>) -> String {
    let mean = |m: Option<f64>| m.map_or_else(|| page.t("selfcheck-trace-not-rated"), |m| format_mean(m, page.locale));
    match (before, after) {
        (None, None) => page.t("selfcheck-trace-none"),
        (Some((b, from)), None) => page.t2("selfcheck-trace-before-only", "before", b, "from", &mean(from)),
        (None, Some((a, to))) => page.t2("selfcheck-trace-after-only", "after", a, "to", &mean(to)),
        (Some((b, Some(from))), Some((a, Some(to)))) => page.locale.t_args(
            "selfcheck-trace-change",
            &[
                ("trend", movement(from, to).code()),
                ("from", &format_mean(from, page.locale)),
                ("to", &format_mean(to, page.locale)),
                ("before", b),
                ("after", a),
            ],
        ),
        (Some((b, from)), Some((a, to))) => page.locale.t_args(
            "selfcheck-trace-partly",
            &[("before", b), ("from", &mean(from)), ("after", a), ("to", &mean(to))],
        ),
    }
}

/// A milestone as shown.
pub struct MilestoneView {
    /// The stored milestone.
    pub row: MilestoneRow,
    /// Due date, formatted.
    pub due: Option<String>,
    /// Date it was reached, formatted.
    pub done: Option<String>,
    /// Past its due date and not reached.
    pub overdue: bool,
}

/// An update as shown.
pub struct UpdateView {
    /// Anchor id.
    pub id: Uuid,
    /// Date, formatted.
    pub date: String,
    /// Who wrote it.
    pub author: String,
    /// Text.
    pub body: String,
    /// What it changed, in words ("Status: in Arbeit · Fortschritt: 40 %").
    pub change: Option<String>,
}

#[derive(Template)]
#[template(path = "selfcheck/plan_detail.html")]
struct DetailPage {
    page: Page,
    tenant: Tenant,
    entry: MeasureEntry,
    statements: Vec<LinkedStatement>,
    milestones: Vec<MilestoneView>,
    updates: Vec<UpdateView>,
    may_edit: bool,
    created: String,
    changed: String,
    errors: FormErrors,
    update_form: UpdateForm,
    milestone_form: MilestoneForm,
    /// The workshop decision the measure carries out: link to it in the protocol, and words.
    decision: Option<(String, String)>,
}

impl DetailPage {
    fn base(&self) -> String {
        measure_path(&self.tenant.municipality.ags, self.entry.row.id)
    }
    fn plan(&self) -> String {
        plan_path(&self.tenant.municipality.ags)
    }
    fn source_link(&self) -> Option<String> {
        self.entry
            .row
            .source_round_id
            .map(|r| format!("{}/results", round_path(&self.tenant.municipality.ags, r)))
    }
    fn source_text(&self) -> String {
        let title = self.entry.row.source_round_title.clone().unwrap_or_default();
        self.page.t1("selfcheck-plan-source-round", "title", &title)
    }
    fn statuses(&self) -> [MeasureStatus; 4] {
        MeasureStatus::ALL
    }
    fn status_chosen(&self, status: &MeasureStatus) -> bool {
        self.update_form.status == status.code()
    }
    fn milestone_line(&self, m: &MilestoneView) -> String {
        match (&m.done, &m.due) {
            (Some(done), _) => self.page.t1("selfcheck-plan-milestone-done-on", "date", done),
            (None, Some(due)) if m.overdue => self.page.t1("selfcheck-plan-milestone-overdue", "date", due),
            (None, Some(due)) => self.page.t1("selfcheck-plan-milestone-due", "date", due),
            (None, None) => self.page.t("selfcheck-plan-milestone-open"),
        }
    }
    fn milestones_done(&self) -> String {
        let done = self.milestones.iter().filter(|m| m.done.is_some()).count();
        self.page.t2(
            "selfcheck-plan-milestones-summary",
            "done",
            &done.to_string(),
            "total",
            &self.milestones.len().to_string(),
        )
    }
    fn description_paragraphs(&self) -> Vec<&str> {
        self.entry
            .row
            .description
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }
}

fn update_view(page: &Page, row: UpdateRow) -> UpdateView {
    let mut changes = Vec::new();
    if let Some(status) = row.new_status() {
        changes.push(page.t1("selfcheck-plan-update-status", "status", &page.t(status.label_key())));
    }
    if let Some(progress) = row.progress {
        changes.push(page.t1("selfcheck-plan-update-progress", "percent", &progress.to_string()));
    }
    UpdateView {
        id: row.id,
        date: format_date(page.locale, row.created_at.date()),
        author: row
            .author_name
            .clone()
            .unwrap_or_else(|| page.t("selfcheck-plan-update-someone")),
        body: row.body,
        change: (!changes.is_empty()).then(|| changes.join(" · ")),
    }
}

async fn detail_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    measure: MeasureRow,
    errors: FormErrors,
    update_form: UpdateForm,
    milestone_form: MilestoneForm,
) -> AppResult<DetailPage> {
    let instrument = crate::current_instrument()?;
    let db = &state.db;
    let fields = store::fields_of(db, measure.id).await?;
    let items = store::items_of(db, measure.id).await?;
    let today = today_in_germany();
    // The effect: two queries for all statements, the closed rounds and their answers.
    let (closed, ratings) = if items.is_empty() {
        (Vec::new(), trace::Ratings::default())
    } else {
        (
            trace::closed_oldest_first(crate::store::rounds(db, measure.municipality_id).await?),
            ratings(state, measure.municipality_id, &items).await?,
        )
    };
    let (before, after) = trace::compared_rounds(&closed, measure.source_round_id, measure.created_at);
    let rated = |index: Option<usize>, item: &str| {
        index
            .and_then(|i| closed.get(i))
            .map(|r| (r.title.as_str(), ratings.of(item, r.id).mean))
    };
    let ags = &tenant.municipality.ags;
    // In the instrument's order; a statement a later instrument no longer has shows its id.
    let mut statements: Vec<(usize, LinkedStatement)> = items
        .iter()
        .map(|id| match instrument.item(id) {
            Some((field, item)) => (
                instrument.fields.iter().position(|f| f.id == field.id).unwrap_or(0) * 100
                    + field.items.iter().position(|i| i.id == item.id).unwrap_or(0),
                LinkedStatement {
                    field: field.title.get(page.locale).to_owned(),
                    text: item.text.get(page.locale).to_owned(),
                    link: Some(statement_path(ags, &item.id)),
                    trace: Some(trace_sentence(&page, rated(before, id), rated(after, id))),
                },
            ),
            None => (
                usize::MAX,
                LinkedStatement {
                    field: String::new(),
                    text: id.clone(),
                    link: None,
                    trace: None,
                },
            ),
        })
        .collect();
    statements.sort_by_key(|(order, _)| *order);
    let milestones = store::milestones(db, measure.id)
        .await?
        .into_iter()
        .map(|row| MilestoneView {
            due: row.due_date.map(|d| format_date(page.locale, d)),
            done: row.done_at.map(|d| format_date(page.locale, d.date())),
            overdue: row.done_at.is_none() && row.due_date.is_some_and(|d| d < today),
            row,
        })
        .collect();
    let updates = store::updates(db, measure.id)
        .await?
        .into_iter()
        .map(|u| update_view(&page, u))
        .collect();
    // The trace back to the workshop decision behind the measure, if there is one.
    let decision = crate::workshop::store::decision_of_measure(db, measure.municipality_id, measure.id)
        .await?
        .map(|d| {
            let link = format!(
                "{}/protokoll#decision-{}",
                super::workshop::workshop_path(&tenant.municipality.ags, d.decision.workshop_id),
                d.decision.id
            );
            let text = page.t2(
                "selfcheck-workshop-from-decision",
                "workshop",
                &d.workshop_title,
                "date",
                &format_date(page.locale, d.held_on),
            );
            (link, format!("{text}: {}", d.decision.body))
        });
    let may_edit = may_edit(&tenant, &measure);
    let created = format_date(page.locale, measure.created_at.date());
    let changed = format_date(page.locale, measure.updated_at.date());
    let entry = MeasureEntry::new(measure, &fields, instrument, &page, today);
    Ok(DetailPage {
        page,
        tenant,
        entry,
        statements: statements.into_iter().map(|(_, s)| s).collect(),
        milestones,
        updates,
        may_edit,
        created,
        changed,
        errors,
        update_form,
        milestone_form,
        decision,
    })
}

/// GET /m/{ags}/handlungsplan/{id}
pub async fn detail(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let measure = tenant_measure(&state, &tenant, &id).await?;
    let view = detail_page(
        &state,
        page,
        tenant,
        measure,
        FormErrors::default(),
        UpdateForm::default(),
        MilestoneForm::default(),
    )
    .await?;
    render(&view)
}

/// The measure for someone who may change it: 404 before 403.
async fn editable(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<MeasureRow> {
    let measure = tenant_measure(state, tenant, id).await?;
    if may_edit(tenant, &measure) {
        Ok(measure)
    } else {
        Err(AppError::forbidden())
    }
}

/// POST /m/{ags}/handlungsplan/{id}/updates — a dated update, optionally with a new status and
/// progress.
pub async fn add_update(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<UpdateForm>,
) -> AppResult<Response> {
    let measure = editable(&state, &tenant, &id).await?;
    match UpdateInput::validate(&form, (measure.status(), measure.progress())) {
        Ok(update) => {
            if !service::add_update(&state.db, &measure, &update, tenant.user.id).await? {
                return Err(AppError::not_found());
            }
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-plan-update-added#updates-heading",
                measure_path(&tenant.municipality.ags, measure.id)
            )))
        }
        Err(errors) => {
            let view = detail_page(&state, page, tenant, measure, errors, form, MilestoneForm::default()).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

/// POST /m/{ags}/handlungsplan/{id}/milestones — adds a milestone.
pub async fn add_milestone(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<MilestoneForm>,
) -> AppResult<Response> {
    let measure = editable(&state, &tenant, &id).await?;
    match MilestoneInput::validate(&form) {
        Ok(input) => {
            if service::add_milestone(&state.db, &measure, &input).await?.is_none() {
                return Err(AppError::not_found());
            }
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-plan-milestone-added#milestones-heading",
                measure_path(&tenant.municipality.ags, measure.id)
            )))
        }
        Err(errors) => {
            let view = detail_page(&state, page, tenant, measure, errors, UpdateForm::default(), form).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
    }
}

/// Which milestone to mark, and whether as reached (`true`) or open again (`false`).
#[derive(Debug, Default, Deserialize)]
pub struct MilestoneDoneForm {
    #[serde(default)]
    milestone: String,
    #[serde(default)]
    done: String,
}

/// POST /m/{ags}/handlungsplan/{id}/milestones/done — the milestone id is a form field, so one
/// route serves every milestone of the measure; one of another measure is 404.
pub async fn milestone_done(
    State(state): State<AppState>,
    tenant: Tenant,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<MilestoneDoneForm>,
) -> AppResult<Response> {
    let measure = editable(&state, &tenant, &id).await?;
    let milestone = Uuid::parse_str(form.milestone.trim()).map_err(|_| AppError::not_found())?;
    let done = match form.done.as_str() {
        "true" => true,
        "false" => false,
        _ => return Err(AppError::bad_request("selfcheck-plan-error-milestone-action")),
    };
    if !service::set_milestone_done(&state.db, &measure, milestone, done).await? {
        return Err(AppError::not_found());
    }
    let notice = if done {
        "notice=notice-selfcheck-plan-milestone-done"
    } else {
        "notice=notice-selfcheck-plan-milestone-reopened"
    };
    Ok(see_other(&format!(
        "{}?{notice}#milestones-heading",
        measure_path(&tenant.municipality.ags, measure.id)
    )))
}
