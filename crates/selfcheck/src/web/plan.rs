//! The action plan's pages under `/m/{ags}/handlungsplan`: the list (filterable, also grouped by
//! field) and the timeline here; the form in `plan_form`, a measure's page in `plan_detail`.
//!
//! Access, enforced here and in those modules: every member of the municipality and admins see
//! the plan; coordinators and admins create measures; coordinators, admins and a measure's owner
//! change it (see [`crate::plan::model::may_edit`]); anybody else gets 403, and a measure of
//! another municipality is 404.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use time::Date;
use uuid::Uuid;
use weltoffen_platform::accounts::store::{self as accounts, MemberRow};
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::render::render;
use weltoffen_platform::web::table::{Access, RouteTable};

use super::{plan_detail, plan_form};
use crate::instrument::Instrument;
use crate::plan::model::{
    self, ListFilter, MeasureStatus, Period, Scale, Span, TimeRange, group_by_period, is_overdue, list_order,
    month_key, plan_order, status_counts, timeline_date,
};
use crate::plan::store::{self, MeasureRow};

/// Every route of the action plan with its declared access; the handlers check the owner rule.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/handlungsplan", Access::Member, list)
        .get("/m/{ags}/handlungsplan/zeitplan", Access::Member, timeline)
        .get("/m/{ags}/handlungsplan/new", Access::Coordinator, plan_form::new_form)
        .post("/m/{ags}/handlungsplan/new", Access::Coordinator, plan_form::create)
        .get("/m/{ags}/handlungsplan/{id}", Access::Member, plan_detail::detail)
        .get("/m/{ags}/handlungsplan/{id}/edit", Access::Member, plan_form::edit_form)
        .post("/m/{ags}/handlungsplan/{id}/edit", Access::Member, plan_form::save)
        .post(
            "/m/{ags}/handlungsplan/{id}/updates",
            Access::Member,
            plan_detail::add_update,
        )
        .post(
            "/m/{ags}/handlungsplan/{id}/milestones",
            Access::Member,
            plan_detail::add_milestone,
        )
        .post(
            "/m/{ags}/handlungsplan/{id}/milestones/done",
            Access::Member,
            plan_detail::milestone_done,
        )
}

/// The path of a municipality's action plan.
pub fn plan_path(ags: &str) -> String {
    format!("/m/{ags}/handlungsplan")
}

/// The path of a measure's page.
pub fn measure_path(ags: &str, id: Uuid) -> String {
    format!("/m/{ags}/handlungsplan/{id}")
}

/// The measure `id` of the tenant's municipality; 404 for a malformed id or another's measure.
pub async fn tenant_measure(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<MeasureRow> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::not_found())?;
    store::measure(&state.db, tenant.municipality.id, id)
        .await?
        .ok_or_else(AppError::not_found)
}

/// True when the viewer may change the measure (the rule is in [`model::may_edit`]).
pub fn may_edit(tenant: &Tenant, measure: &MeasureRow) -> bool {
    model::may_edit(tenant.can_manage(), tenant.user.id, measure.owner_user_id)
}

/// A measure as the list, timeline and measure page show it: dates formatted, names resolved.
#[derive(Debug, Clone)]
pub struct MeasureEntry {
    /// The stored measure.
    pub row: MeasureRow,
    /// Its status.
    pub status: MeasureStatus,
    /// The status's name.
    pub status_label: String,
    /// "40 %" in the page's language.
    pub progress_label: String,
    /// Titles of its fields, in the instrument's order.
    pub fields: Vec<String>,
    /// Its field ids.
    pub field_ids: Vec<String>,
    /// Who is responsible, as text.
    pub owner: String,
    /// Start date, formatted.
    pub start: Option<String>,
    /// Due date, formatted.
    pub due: Option<String>,
    /// The span from start to due date in words (what the timeline's bar shows).
    pub period_label: String,
    /// Past its due date and still open.
    pub overdue: bool,
    /// The timeline's bar.
    pub span: Option<Span>,
}

impl MeasureEntry {
    /// Prepares a measure for display; `field_ids` are its fields in any order.
    pub fn new(
        row: MeasureRow,
        field_ids: &[String],
        instrument: &Instrument,
        page: &Page,
        today: Date,
    ) -> MeasureEntry {
        let ordered: Vec<&crate::instrument::Field> =
            instrument.fields.iter().filter(|f| field_ids.contains(&f.id)).collect();
        let status = row.status();
        let start = row.start_date.map(|d| format_date(page.locale, d));
        let due = row.due_date.map(|d| format_date(page.locale, d));
        let period_label = match (&start, &due) {
            (Some(s), Some(d)) => page.t2("selfcheck-plan-period-from-to", "start", s, "due", d),
            (Some(s), None) => page.t1("selfcheck-plan-period-from", "start", s),
            (None, Some(d)) => page.t1("selfcheck-plan-period-until", "due", d),
            (None, None) => page.t("selfcheck-plan-period-none"),
        };
        MeasureEntry {
            status_label: page.t(status.label_key()),
            progress_label: page.t1("selfcheck-plan-progress-value", "percent", &row.progress.to_string()),
            fields: ordered.iter().map(|f| f.title.get(page.locale).to_owned()).collect(),
            field_ids: ordered.iter().map(|f| f.id.clone()).collect(),
            owner: owner_label(page, &row),
            start,
            due,
            period_label,
            overdue: is_overdue(status, row.due_date, today),
            span: None,
            status,
            row,
        }
    }
}

/// Who is responsible for a measure, in words.
pub fn owner_label(page: &Page, row: &MeasureRow) -> String {
    match (&row.owner_name, &row.owner_external) {
        (Some(name), _) => name.clone(),
        (None, Some(external)) => page.t1("selfcheck-plan-owner-external-named", "name", external),
        (None, None) => page.t("selfcheck-plan-owner-nobody"),
    }
}

/// The query string of the list and timeline.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    field: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    view: String,
    #[serde(default)]
    scale: String,
}

impl ListQuery {
    fn filter(&self, instrument: &Instrument) -> ListFilter {
        ListFilter::parse(&self.field, &self.status, &self.owner, |f| {
            instrument.field(f).is_some()
        })
    }
}

/// One option of a filter's `<select>`.
pub struct FilterOption {
    /// Value.
    pub value: String,
    /// Text.
    pub label: String,
    /// Chosen now.
    pub selected: bool,
}

/// The filter form's options, shared by the list and the timeline.
pub struct Filters {
    /// The filter in force.
    pub filter: ListFilter,
    /// Field options.
    pub fields: Vec<FilterOption>,
    /// Status options.
    pub statuses: Vec<FilterOption>,
    /// Owner options.
    pub owners: Vec<FilterOption>,
}

impl Filters {
    fn new(filter: ListFilter, instrument: &Instrument, members: &[MemberRow], page: &Page) -> Filters {
        let all = |key: &str| FilterOption {
            value: String::new(),
            label: page.t(key),
            selected: false,
        };
        let mut fields = vec![all("selfcheck-plan-filter-all-fields")];
        fields.extend(instrument.fields.iter().map(|f| FilterOption {
            selected: filter.field.as_deref() == Some(f.id.as_str()),
            value: f.id.clone(),
            label: f.title.get(page.locale).to_owned(),
        }));
        let mut statuses = vec![all("selfcheck-plan-filter-all-statuses")];
        statuses.extend(MeasureStatus::ALL.iter().map(|s| FilterOption {
            value: s.code().to_owned(),
            label: page.t(s.label_key()),
            selected: filter.status == Some(*s),
        }));
        let mut owners = vec![all("selfcheck-plan-filter-all-owners")];
        owners.extend(members.iter().map(|m| FilterOption {
            value: m.id.to_string(),
            label: m.name.clone(),
            selected: filter.owner == model::OwnerFilter::Member(m.id),
        }));
        for (value, key) in [
            (model::OwnerFilter::External, "selfcheck-plan-filter-owner-external"),
            (model::OwnerFilter::Nobody, "selfcheck-plan-filter-owner-nobody"),
        ] {
            owners.push(FilterOption {
                value: value.code(),
                label: page.t(key),
                selected: filter.owner == value,
            });
        }
        Filters {
            filter,
            fields,
            statuses,
            owners,
        }
    }

    /// The filter as query parameters (`field=…&status=…`), empty when nothing is filtered; the
    /// values are ids and codes the filter has already checked, so they need no escaping.
    pub fn query(&self) -> String {
        let f = &self.filter;
        let mut parts = Vec::new();
        if let Some(field) = &f.field {
            parts.push(format!("field={field}"));
        }
        if let Some(status) = f.status {
            parts.push(format!("status={}", status.code()));
        }
        let owner = f.owner.code();
        if !owner.is_empty() {
            parts.push(format!("owner={owner}"));
        }
        parts.join("&")
    }
}

/// Reads the measures matching the filter, their fields in a second query, and orders them.
async fn entries(
    state: &AppState,
    tenant: &Tenant,
    instrument: &Instrument,
    filter: &ListFilter,
    page: &Page,
) -> AppResult<Vec<MeasureEntry>> {
    let rows = store::measures(&state.db, tenant.municipality.id, filter).await?;
    let mut fields: HashMap<Uuid, Vec<String>> = HashMap::new();
    for link in store::plan_fields(&state.db, tenant.municipality.id).await? {
        fields.entry(link.measure_id).or_default().push(link.field_id);
    }
    let today = today_in_germany();
    let mut entries: Vec<MeasureEntry> = rows
        .into_iter()
        .map(|row| {
            let ids = fields.remove(&row.id).unwrap_or_default();
            MeasureEntry::new(row, &ids, instrument, page, today)
        })
        .collect();
    entries.sort_by(|a, b| {
        plan_order(
            (a.status, a.row.due_date, a.row.start_date, &a.row.title),
            (b.status, b.row.due_date, b.row.start_date, &b.row.title),
        )
    });
    Ok(entries)
}

/// The measures of one field, for the list grouped by field.
pub struct FieldGroup {
    /// Field id.
    pub id: String,
    /// Field title.
    pub title: String,
    /// Its measures.
    pub entries: Vec<MeasureEntry>,
}

#[derive(Template)]
#[template(path = "selfcheck/plan_list.html")]
struct ListPage {
    page: Page,
    tenant: Tenant,
    filters: Filters,
    by_field: bool,
    entries: Vec<MeasureEntry>,
    groups: Vec<FieldGroup>,
    counts: [usize; 4],
    /// Since when the public progress page is on (formatted), if it is.
    published: Option<String>,
}

impl ListPage {
    fn base(&self) -> String {
        plan_path(&self.tenant.municipality.ags)
    }
    fn fields_base(&self) -> String {
        format!("{}?view=fields", self.base())
    }
    fn view_link(&self, view: &str) -> String {
        let query = self.filters.query();
        let base = self.base();
        match (view, query.is_empty()) {
            ("fields", true) => format!("{base}?view=fields"),
            ("fields", false) => format!("{base}?view=fields&{query}"),
            ("timeline", true) => format!("{base}/zeitplan"),
            ("timeline", false) => format!("{base}/zeitplan?{query}"),
            (_, true) => base,
            (_, false) => format!("{base}?{query}"),
        }
    }
    fn count_line(&self) -> String {
        let parts: Vec<String> = MeasureStatus::ALL
            .iter()
            .zip(self.counts)
            .map(|(s, n)| {
                self.page.t2(
                    "selfcheck-plan-count-status",
                    "status",
                    &self.page.t(s.label_key()),
                    "count",
                    &n.to_string(),
                )
            })
            .collect();
        self.page.t2(
            "selfcheck-plan-count-line",
            "count",
            &self.entries.len().to_string(),
            "statuses",
            &parts.join(", "),
        )
    }
    fn field_count(&self, group: &FieldGroup) -> String {
        self.page
            .t1("selfcheck-plan-field-count", "count", &group.entries.len().to_string())
    }
}

/// GET /m/{ags}/handlungsplan — the list; `?view=fields` groups it by field.
pub async fn list(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let filter = query.filter(instrument);
    let entries = entries(&state, &tenant, instrument, &filter, &page).await?;
    let members = accounts::list_members(&state.db, tenant.municipality.id).await?;
    let by_field = query.view == "fields";
    let groups = if by_field {
        instrument
            .fields
            .iter()
            .filter(|f| filter.field.as_ref().is_none_or(|only| *only == f.id))
            .map(|f| FieldGroup {
                id: f.id.clone(),
                title: f.title.get(page.locale).to_owned(),
                entries: entries
                    .iter()
                    .filter(|e| e.field_ids.contains(&f.id))
                    .cloned()
                    .collect(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let counts = status_counts(entries.iter().map(|e| e.status));
    let published = store::published_at(&state.db, tenant.municipality.id)
        .await?
        .map(|at| format_date(page.locale, at.date()));
    render(&ListPage {
        filters: Filters::new(filter, instrument, &members, &page),
        page,
        tenant,
        by_field,
        entries,
        groups,
        counts,
        published,
    })
}

/// One quarter or month of the timeline.
pub struct TimelineGroup {
    /// "4. Quartal 2026" or "November 2026".
    pub heading: String,
    /// Id for the heading.
    pub id: String,
    /// Its measures, by date.
    pub entries: Vec<MeasureEntry>,
}

#[derive(Template)]
#[template(path = "selfcheck/plan_timeline.html")]
struct TimelinePage {
    page: Page,
    tenant: Tenant,
    filters: Filters,
    scale: Scale,
    groups: Vec<TimelineGroup>,
    undated: Vec<MeasureEntry>,
    range: Option<(String, String)>,
    today: String,
    today_position: Option<f64>,
}

impl TimelinePage {
    fn base(&self) -> String {
        plan_path(&self.tenant.municipality.ags)
    }
    /// The links of the page: the other views and scales keep the filter; `timeline-base` is
    /// the filter form's action and `month-base` its reset link in the month scale.
    fn link(&self, view: &str) -> String {
        let query = self.filters.query();
        let base = self.base();
        let timeline = format!("{base}/zeitplan");
        let (path, extra, keep_filter) = match view {
            "list" => (base, "", true),
            "fields" => (base, "view=fields", true),
            "month" => (timeline, "scale=month", true),
            "month-base" => (timeline, "scale=month", false),
            "timeline-base" => (timeline, "", false),
            _ => (timeline, "", true),
        };
        let parts: Vec<&str> = [extra, if keep_filter { query.as_str() } else { "" }]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        if parts.is_empty() {
            path
        } else {
            format!("{path}?{}", parts.join("&"))
        }
    }
    fn is_month(&self) -> bool {
        self.scale == Scale::Month
    }
    fn bar_legend(&self) -> String {
        match &self.range {
            Some((from, to)) => self.page.locale.t_args(
                "selfcheck-plan-timeline-bars",
                &[("from", from), ("to", to), ("today", &self.today)],
            ),
            None => String::new(),
        }
    }
}

fn period_heading(page: &Page, period: Period, scale: Scale) -> String {
    match scale {
        Scale::Quarter => page.t2(
            "selfcheck-plan-period-quarter",
            "quarter",
            &period.number.to_string(),
            "year",
            &period.year.to_string(),
        ),
        Scale::Month => page.t2(
            "selfcheck-plan-period-month",
            "month",
            &page.t(month_key(period.number)),
            "year",
            &period.year.to_string(),
        ),
    }
}

/// GET /m/{ags}/handlungsplan/zeitplan — measures by the quarter (or `?scale=month`: month) they
/// are due in, each with its dates in words and a bar that shows the same.
pub async fn timeline(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let filter = query.filter(instrument);
    let scale = Scale::parse(&query.scale);
    let mut entries = entries(&state, &tenant, instrument, &filter, &page).await?;
    let today = today_in_germany();
    let range = TimeRange::covering(
        entries
            .iter()
            .flat_map(|e| [e.row.start_date, e.row.due_date])
            .flatten(),
    );
    if let Some(range) = range {
        for e in &mut entries {
            e.span = range.span(e.row.start_date, e.row.due_date);
        }
    }
    // In time order within each period: by the date that places the measure there.
    entries.sort_by(|a, b| {
        list_order(
            (
                timeline_date(a.row.start_date, a.row.due_date),
                a.row.start_date,
                &a.row.title,
            ),
            (
                timeline_date(b.row.start_date, b.row.due_date),
                b.row.start_date,
                &b.row.title,
            ),
        )
    });
    let (periods, undated) = group_by_period(entries, scale, |e| timeline_date(e.row.start_date, e.row.due_date));
    let groups = periods
        .into_iter()
        .map(|(period, entries)| TimelineGroup {
            heading: period_heading(&page, period, scale),
            id: format!("period-{}-{}", period.year, period.number),
            entries,
        })
        .collect();
    let members = accounts::list_members(&state.db, tenant.municipality.id).await?;
    render(&TimelinePage {
        filters: Filters::new(filter, instrument, &members, &page),
        scale,
        groups,
        undated,
        range: range.map(|r| (format_date(page.locale, r.from), format_date(page.locale, r.to))),
        today: format_date(page.locale, today),
        today_position: range.and_then(|r| r.position(today)),
        page,
        tenant,
    })
}
