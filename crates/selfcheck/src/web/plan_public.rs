//! The public progress page `/kommunen/{ags}/handlungsplan` (no login) and the coordinator's
//! switch that publishes or withdraws it. What the page shows of a measure, and what it never
//! shows, is decided in [`crate::plan::public`].

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::municipalities::store::{MunicipalityRow, by_ags};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{ClientIp, CoordinatorTenant, Page};
use weltoffen_platform::web::render::{render, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::plan::plan_path;
use crate::instrument::Instrument;
use crate::plan::public::{PublicMeasure, public_measures};
use crate::plan::store;

/// The public page and the switch, with their declared access.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/kommunen/{ags}/handlungsplan", Access::Public, public_page)
        .post(
            "/m/{ags}/handlungsplan/veroeffentlichung",
            Access::Coordinator,
            set_publication,
        )
}

/// The path of a municipality's public progress page.
pub fn public_path(ags: &str) -> String {
    format!("/kommunen/{ags}/handlungsplan")
}

/// The coordinator's choice: `publish=on` or `publish=off`.
#[derive(Debug, Default, Deserialize)]
pub struct PublicationForm {
    #[serde(default)]
    publish: String,
}

/// POST /m/{ags}/handlungsplan/veroeffentlichung — switches the public progress page on or off.
pub async fn set_publication(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    ClientIp(ip): ClientIp,
    Form(form): Form<PublicationForm>,
) -> AppResult<Response> {
    use weltoffen_platform::audit::{self, AuditEvent, Entry};
    let on = match form.publish.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::bad_request("selfcheck-publish-error-choice")),
    };
    if store::set_published(&state.db, tenant.municipality.id, tenant.user.id, on).await? {
        // Publishing is a decision to share the municipality's data, which admins must be able to
        // trace like the benchmark's; the detail names what was shared.
        let entry = Entry::by(&tenant.user, &ip)
            .subject(&tenant.municipality.ags)
            .detail(if on { "action_plan on" } else { "action_plan off" });
        audit::record_now(&state.db, AuditEvent::DataSharingChanged, &entry).await?;
    }
    let notice = if on {
        "notice=notice-selfcheck-publish-on"
    } else {
        "notice=notice-selfcheck-publish-off"
    };
    Ok(see_other(&format!(
        "{}?{notice}#publication-heading",
        plan_path(&tenant.municipality.ags)
    )))
}

/// A public measure in the page's language.
pub struct PublicEntry {
    /// What may be shown.
    pub measure: PublicMeasure,
    /// Field titles in the instrument's order.
    pub fields: Vec<String>,
    /// Status in words.
    pub status: String,
    /// "40 %".
    pub progress: String,
    /// Start and due date in words.
    pub period: String,
    /// Owner in words, without names.
    pub owner: String,
    /// Milestones reached, each "title (am date)".
    pub milestones: Vec<String>,
}

impl PublicEntry {
    fn new(measure: PublicMeasure, instrument: &Instrument, page: &Page) -> PublicEntry {
        let date = |d| format_date(page.locale, d);
        let period = match (measure.start_date.map(date), measure.due_date.map(date)) {
            (Some(s), Some(d)) => page.t2("selfcheck-plan-period-from-to", "start", &s, "due", &d),
            (Some(s), None) => page.t1("selfcheck-plan-period-from", "start", &s),
            (None, Some(d)) => page.t1("selfcheck-plan-period-until", "due", &d),
            (None, None) => page.t("selfcheck-plan-period-none"),
        };
        PublicEntry {
            fields: instrument
                .fields
                .iter()
                .filter(|f| measure.field_ids.contains(&f.id))
                .map(|f| f.title.get(page.locale).to_owned())
                .collect(),
            status: page.t(measure.status.label_key()),
            progress: page.t1(
                "selfcheck-plan-progress-value",
                "percent",
                &measure.progress.to_string(),
            ),
            period,
            owner: page.t(measure.owner.label_key()),
            milestones: measure
                .milestones_reached
                .iter()
                .map(|(title, day)| page.t2("selfcheck-public-milestone", "title", title, "date", &date(*day)))
                .collect(),
            measure,
        }
    }
}

#[derive(Template)]
#[template(path = "selfcheck/plan_public.html")]
struct PublicPage {
    page: Page,
    municipality: MunicipalityRow,
    entries: Vec<PublicEntry>,
}

impl PublicPage {
    fn title(&self) -> String {
        self.page
            .t1("selfcheck-public-title", "municipality", &self.municipality.name)
    }
    fn lead(&self) -> String {
        self.page
            .t1("selfcheck-public-lead", "municipality", &self.municipality.name)
    }
    fn count(&self) -> String {
        self.page
            .locale
            .t_numbers("selfcheck-public-count", &[], &[("count", self.entries.len())])
    }
}

/// GET /kommunen/{ags}/handlungsplan — the public measures of a municipality that published its
/// plan; 404 for any other, so the page does not even reveal whether a plan exists.
pub async fn public_page(State(state): State<AppState>, page: Page, Path(ags): Path<String>) -> AppResult<Response> {
    let municipality = by_ags(&state.db, &ags).await?.ok_or_else(AppError::not_found)?;
    if store::published_at(&state.db, municipality.id).await?.is_none() {
        return Err(AppError::not_found());
    }
    let instrument = crate::current_instrument()?;
    let rows = store::public_measures(&state.db, municipality.id).await?;
    let fields = store::plan_fields(&state.db, municipality.id).await?;
    let milestones = store::plan_milestones(&state.db, municipality.id).await?;
    let entries = public_measures(rows, fields, milestones)
        .into_iter()
        .map(|m| PublicEntry::new(m, instrument, &page))
        .collect();
    render(&PublicPage {
        page,
        municipality,
        entries,
    })
}
