//! The action plan as files: the measures as CSV (`docs/action-plan-csv.md`) and the plan as a
//! tagged PDF, both for members of the municipality and both honouring the list's filters. Also
//! the reads the API shares with them: a whole plan, each measure with its fields, statements,
//! milestones and latest update, in a handful of queries.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use uuid::Uuid;
use weltoffen_pdf::{ActionPlanData, ActionPlanField, ActionPlanLabels, ActionPlanMeasure, ActionPlanUpdate, Fact};
use weltoffen_platform::clock::{in_germany, today_in_germany};
use weltoffen_platform::db::{Db, DbResult};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::exports::download;
use crate::csv::{Writer, escape_formula};
use crate::instrument::Instrument;
use crate::plan::model::{ListFilter, MeasureStatus, OwnerFilter, is_overdue, plan_order, status_counts};
use crate::plan::store::{self, MeasureRow, MilestoneRow, UpdateRow};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/handlungsplan/massnahmen.csv", Access::Member, csv_download)
        .get("/m/{ags}/handlungsplan/handlungsplan.pdf", Access::Member, pdf_download)
}

// ---------------------------------------------------------------------------------------------
// Reading a plan

/// A measure with everything the API and the exports show of it.
#[derive(Debug, Clone)]
pub struct PlanMeasure {
    /// The stored measure.
    pub row: MeasureRow,
    /// Its field ids, in the instrument's order.
    pub fields: Vec<String>,
    /// Its statement ids, in the instrument's order (ids a later instrument lacks at the end).
    pub items: Vec<String>,
    /// Its milestones in their order.
    pub milestones: Vec<MilestoneRow>,
    /// Its newest update.
    pub latest_update: Option<UpdateRow>,
}

/// Field ids in the instrument's order.
fn ordered_fields(instrument: &Instrument, mut ids: Vec<String>) -> Vec<String> {
    ids.sort_by_key(|id| instrument.fields.iter().position(|f| f.id == *id).unwrap_or(usize::MAX));
    ids
}

/// Statement ids in the instrument's order; unknown ones last, by id, so the order is stable.
fn ordered_items(instrument: &Instrument, mut ids: Vec<String>) -> Vec<String> {
    let rank: HashMap<&str, usize> = instrument
        .fields
        .iter()
        .flat_map(|f| f.items.iter())
        .enumerate()
        .map(|(i, item)| (item.id.as_str(), i))
        .collect();
    ids.sort_by(|a, b| {
        let ra = rank.get(a.as_str()).copied().unwrap_or(usize::MAX);
        let rb = rank.get(b.as_str()).copied().unwrap_or(usize::MAX);
        ra.cmp(&rb).then_with(|| a.cmp(b))
    });
    ids
}

/// The municipality's measures matching `filter`, in the plan's order (open ones first, each by
/// due date), with their links, milestones and latest update: five queries for the whole plan.
pub async fn plan_measures(
    db: &Db,
    municipality_id: Uuid,
    filter: &ListFilter,
    instrument: &Instrument,
) -> DbResult<Vec<PlanMeasure>> {
    let rows = store::measures(db, municipality_id, filter).await?;
    let mut fields: HashMap<Uuid, Vec<String>> = HashMap::new();
    for link in store::plan_fields(db, municipality_id).await? {
        fields.entry(link.measure_id).or_default().push(link.field_id);
    }
    let mut items: HashMap<Uuid, Vec<String>> = HashMap::new();
    for link in store::plan_items(db, municipality_id).await? {
        items.entry(link.measure_id).or_default().push(link.item_id);
    }
    let mut milestones: HashMap<Uuid, Vec<MilestoneRow>> = HashMap::new();
    for m in store::plan_milestones(db, municipality_id).await? {
        milestones.entry(m.measure_id).or_default().push(m.milestone);
    }
    let mut updates: HashMap<Uuid, UpdateRow> = store::latest_updates(db, municipality_id)
        .await?
        .into_iter()
        .map(|u| (u.measure_id, u.update))
        .collect();
    let mut out: Vec<PlanMeasure> = rows
        .into_iter()
        .map(|row| PlanMeasure {
            fields: ordered_fields(instrument, fields.remove(&row.id).unwrap_or_default()),
            items: ordered_items(instrument, items.remove(&row.id).unwrap_or_default()),
            milestones: milestones.remove(&row.id).unwrap_or_default(),
            latest_update: updates.remove(&row.id),
            row,
        })
        .collect();
    out.sort_by(|a, b| {
        plan_order(
            (a.row.status(), a.row.due_date, a.row.start_date, &a.row.title),
            (b.row.status(), b.row.due_date, b.row.start_date, &b.row.title),
        )
    });
    Ok(out)
}

/// One measure with its links, milestones and latest update.
pub async fn plan_measure(db: &Db, row: MeasureRow, instrument: &Instrument) -> DbResult<PlanMeasure> {
    let fields = store::fields_of(db, row.id).await?;
    let items = store::items_of(db, row.id).await?;
    let milestones = store::milestones(db, row.id).await?;
    let latest_update = store::updates(db, row.id).await?.into_iter().next();
    Ok(PlanMeasure {
        fields: ordered_fields(instrument, fields),
        items: ordered_items(instrument, items),
        milestones,
        latest_update,
        row,
    })
}

/// A timestamp as RFC 3339.
pub fn timestamp(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// The filter of the downloads: the list page's query string, read the way the list reads it
/// (an unknown value filters nothing), so a download shows what the page showed.
#[derive(Debug, Default, Deserialize)]
pub struct FilterQuery {
    #[serde(default)]
    field: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    owner: String,
}

impl FilterQuery {
    fn filter(&self, instrument: &Instrument) -> ListFilter {
        ListFilter::parse(&self.field, &self.status, &self.owner, |f| {
            instrument.field(f).is_some()
        })
    }
}

/// `handlungsplan-<ags>-<yyyy-mm-dd>.<ext>`: digits, ASCII letters and dashes only.
fn file_name(ags: &str, date: Date, ext: &str) -> String {
    let ags: String = ags.chars().filter(char::is_ascii_alphanumeric).collect();
    format!(
        "handlungsplan-{ags}-{:04}-{:02}-{:02}.{ext}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Who is responsible, in words (as the pages write it).
fn owner_text(locale: Locale, row: &MeasureRow) -> String {
    match (&row.owner_name, &row.owner_external) {
        (Some(name), _) => name.clone(),
        (None, Some(external)) => locale.t_args("selfcheck-plan-owner-external-named", &[("name", external)]),
        (None, None) => locale.t("selfcheck-plan-owner-nobody"),
    }
}

/// What an update changed, in words; its text, or for one without text the change of status
/// and progress it recorded.
fn update_text(locale: Locale, update: &UpdateRow) -> String {
    if !update.body.trim().is_empty() {
        return update.body.clone();
    }
    let mut changes = Vec::new();
    if let Some(status) = update.new_status() {
        changes.push(locale.t_args(
            "selfcheck-plan-update-status",
            &[("status", &locale.t(status.label_key()))],
        ));
    }
    if let Some(progress) = update.progress {
        changes.push(locale.t_args("selfcheck-plan-update-progress", &[("percent", &progress.to_string())]));
    }
    changes.join(" · ")
}

// ---------------------------------------------------------------------------------------------
// CSV

/// The columns of the CSV, in order (`docs/action-plan-csv.md`); English identifiers, as in the
/// Selbstcheck's CSV, so scripts can rely on them whatever the download's language.
pub const CSV_COLUMNS: [&str; 19] = [
    "id",
    "title",
    "description",
    "status",
    "status_text",
    "progress",
    "fields",
    "statements",
    "owner",
    "owner_external",
    "start_date",
    "due_date",
    "overdue",
    "public",
    "latest_update",
    "source_round",
    "created_at",
    "updated_at",
    "milestones",
];

/// The CSV of measures: BOM, `;`, CRLF, one row per measure; text cells that a spreadsheet
/// would run as a formula get a leading apostrophe (as in the Selbstcheck's CSV).
pub fn plan_csv(measures: &[PlanMeasure], locale: Locale, today: Date) -> String {
    let mut writer = Writer::with_header(&CSV_COLUMNS);
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let flag = |b: bool| if b { "true" } else { "false" };
    for m in measures {
        let row = &m.row;
        let status = row.status();
        let latest = m
            .latest_update
            .as_ref()
            .map(|u| update_text(locale, u))
            .unwrap_or_default();
        writer.row(&[
            &row.id.to_string(),
            &escape_formula(&row.title),
            &escape_formula(&row.description),
            status.code(),
            &escape_formula(&locale.t(status.label_key())),
            &row.progress().to_string(),
            &m.fields.join(", "),
            &m.items.join(", "),
            &escape_formula(row.owner_name.as_deref().unwrap_or("")),
            &escape_formula(row.owner_external.as_deref().unwrap_or("")),
            &date(row.start_date),
            &date(row.due_date),
            flag(is_overdue(status, row.due_date, today)),
            flag(row.public),
            &escape_formula(&latest),
            &escape_formula(row.source_round_title.as_deref().unwrap_or("")),
            &timestamp(row.created_at),
            &timestamp(row.updated_at),
            &escape_formula(&milestones_csv(&m.milestones)),
        ]);
    }
    writer.finish()
}

/// Milestones in one cell, language-neutral like the other columns: `title [due YYYY-MM-DD]
/// [done YYYY-MM-DD]`, separated by ` | ` (a `|` in a title is doubled, so the cell splits back).
fn milestones_csv(milestones: &[MilestoneRow]) -> String {
    milestones
        .iter()
        .map(|m| {
            let mut text = m.title.replace('|', "||");
            if let Some(due) = m.due_date {
                text.push_str(&format!(" [due {due}]"));
            }
            if let Some(done) = m.done_at {
                text.push_str(&format!(" [done {}]", in_germany(done).date()));
            }
            text
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A milestone in words for the PDF: its title, then when it was reached or is due.
fn milestone_text(locale: Locale, m: &MilestoneRow) -> String {
    let when = match (m.done_at, m.due_date) {
        (Some(done), _) => locale.t_args(
            "selfcheck-plan-milestone-done-on",
            &[("date", &format_date(locale, in_germany(done).date()))],
        ),
        (None, Some(due)) => locale.t_args("selfcheck-plan-milestone-due", &[("date", &format_date(locale, due))]),
        (None, None) => locale.t("selfcheck-plan-milestone-open"),
    };
    format!("{} ({when})", m.title)
}

/// GET /m/{ags}/handlungsplan/massnahmen.csv — the measures the list shows with the same filter.
pub async fn csv_download(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Query(query): Query<FilterQuery>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let filter = query.filter(instrument);
    let measures = plan_measures(&state.db, tenant.municipality.id, &filter, instrument).await?;
    let text = plan_csv(&measures, page.locale, today_in_germany());
    Ok(download(
        text,
        "text/csv; charset=utf-8",
        &file_name(&tenant.municipality.ags, today_in_germany(), "csv"),
    ))
}

// ---------------------------------------------------------------------------------------------
// PDF

/// What the PDF's cover says about the filter; `None` when nothing is filtered.
fn filter_text(
    locale: Locale,
    filter: &ListFilter,
    instrument: &Instrument,
    measures: &[PlanMeasure],
) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(field) = filter.field.as_deref().and_then(|id| instrument.field(id)) {
        parts.push(field.title.get(locale).to_owned());
    }
    if let Some(status) = filter.status {
        parts.push(locale.t(status.label_key()));
    }
    match filter.owner {
        OwnerFilter::Any => {}
        OwnerFilter::Member(id) => {
            // The name from a listed measure; a filter that matched nothing names nobody.
            let name = measures
                .iter()
                .find(|m| m.row.owner_user_id == Some(id))
                .and_then(|m| m.row.owner_name.clone());
            parts.extend(name);
        }
        OwnerFilter::External => parts.push(locale.t("selfcheck-plan-filter-owner-external")),
        OwnerFilter::Nobody => parts.push(locale.t("selfcheck-plan-filter-owner-nobody")),
    }
    filter.is_active().then(|| parts.join(" · "))
}

/// The PDF's data: the measures grouped by field in the instrument's order; a measure of several
/// fields appears under each, as on the list grouped by field.
pub fn plan_pdf_data(
    municipality: &str,
    measures: &[PlanMeasure],
    filter: &ListFilter,
    instrument: &Instrument,
    locale: Locale,
    today: Date,
) -> ActionPlanData {
    let date = |d: Date| format_date(locale, d);
    let pdf_measure = |m: &PlanMeasure| {
        let row = &m.row;
        let status = row.status();
        let start = row.start_date.map(date);
        let due = row.due_date.map(date);
        let period = match (&start, &due) {
            (Some(s), Some(d)) => locale.t_args("selfcheck-plan-period-from-to", &[("start", s), ("due", d)]),
            (Some(s), None) => locale.t_args("selfcheck-plan-period-from", &[("start", s)]),
            (None, Some(d)) => locale.t_args("selfcheck-plan-period-until", &[("due", d)]),
            (None, None) => locale.t("selfcheck-plan-period-none"),
        };
        ActionPlanMeasure {
            title: row.title.clone(),
            status: locale.t(status.label_key()),
            progress: row.progress(),
            progress_text: locale.t_args(
                "selfcheck-plan-progress-value",
                &[("percent", &row.progress().to_string())],
            ),
            owner: owner_text(locale, row),
            period,
            overdue: match &due {
                Some(due) if is_overdue(status, row.due_date, today) => {
                    Some(locale.t_args("selfcheck-plan-pdf-overdue", &[("date", due)]))
                }
                _ => None,
            },
            description: row.description.clone(),
            statements: m
                .items
                .iter()
                .map(|id| match instrument.item(id) {
                    Some((_, item)) => item.text.get(locale).to_owned(),
                    None => id.clone(),
                })
                .collect(),
            milestones: m.milestones.iter().map(|ms| milestone_text(locale, ms)).collect(),
            latest_update: m.latest_update.as_ref().map(|u| ActionPlanUpdate {
                date: date(u.created_at.date()),
                author: u
                    .author_name
                    .clone()
                    .unwrap_or_else(|| locale.t("selfcheck-plan-update-someone")),
                text: update_text(locale, u),
            }),
        }
    };
    let fields = instrument
        .fields
        .iter()
        .map(|f| ActionPlanField {
            title: f.title.get(locale).to_owned(),
            measures: measures
                .iter()
                .filter(|m| m.fields.contains(&f.id))
                .map(pdf_measure)
                .collect(),
        })
        .filter(|f| !f.measures.is_empty())
        .collect();
    let counts = status_counts(measures.iter().map(|m| m.row.status()));
    let by_status: Vec<String> = MeasureStatus::ALL
        .iter()
        .zip(counts)
        .map(|(s, n)| {
            locale.t_args(
                "selfcheck-plan-count-status",
                &[("status", &locale.t(s.label_key())), ("count", &n.to_string())],
            )
        })
        .collect();
    let mut facts = vec![
        Fact {
            label: locale.t("selfcheck-plan-pdf-as-of"),
            value: date(today_in_germany()),
        },
        Fact {
            label: locale.t("selfcheck-plan-pdf-measures"),
            value: locale.t_args(
                "selfcheck-plan-pdf-measures-value",
                &[
                    ("count", &measures.len().to_string()),
                    ("statuses", &by_status.join(", ")),
                ],
            ),
        },
    ];
    if let Some(text) = filter_text(locale, filter, instrument, measures) {
        facts.push(Fact {
            label: locale.t("selfcheck-plan-pdf-filter"),
            value: text,
        });
    }
    ActionPlanData {
        lang: locale.code().to_owned(),
        title: locale.t("selfcheck-plan-title"),
        municipality: municipality.to_owned(),
        facts,
        fields,
        labels: ActionPlanLabels {
            page: locale.t_args("selfcheck-pdf-page", &[("page", "{page}"), ("total", "{total}")]),
            contents: locale.t("selfcheck-pdf-contents"),
            status: locale.t("selfcheck-plan-pdf-status"),
            progress: locale.t("selfcheck-plan-pdf-progress"),
            owner: locale.t("selfcheck-plan-pdf-owner"),
            period: locale.t("selfcheck-plan-pdf-period"),
            statements: locale.t("selfcheck-plan-pdf-statements"),
            milestones: locale.t("selfcheck-plan-milestones-heading"),
            latest_update: locale.t("selfcheck-plan-pdf-latest-update"),
            empty: if filter.is_active() {
                locale.t("selfcheck-plan-pdf-none-matching")
            } else {
                locale.t("selfcheck-plan-pdf-empty")
            },
        },
    }
}

/// GET /m/{ags}/handlungsplan/handlungsplan.pdf — the plan (with the list's filter) as a tagged PDF.
pub async fn pdf_download(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Query(query): Query<FilterQuery>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let filter = query.filter(instrument);
    let measures = plan_measures(&state.db, tenant.municipality.id, &filter, instrument).await?;
    let data = plan_pdf_data(
        &tenant.municipality.name,
        &measures,
        &filter,
        instrument,
        page.locale,
        today_in_germany(),
    );
    // A document takes a few hundred milliseconds of CPU: off the async workers.
    let pdf = tokio::task::spawn_blocking(move || weltoffen_pdf::action_plan(&data))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    Ok(download(
        pdf,
        "application/pdf",
        &file_name(&tenant.municipality.ags, today_in_germany(), "pdf"),
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;
    use crate::instrument::shipped;

    fn row(title: &str, status: &str, due: Option<Date>) -> MeasureRow {
        MeasureRow {
            id: Uuid::now_v7(),
            municipality_id: Uuid::now_v7(),
            title: title.into(),
            description: "Zeile eins\nZeile zwei; mit \"Zitat\"".into(),
            status: status.into(),
            progress: 40,
            owner_user_id: None,
            owner_name: None,
            owner_external: Some("@Verein".into()),
            start_date: Some(date!(2026 - 03 - 01)),
            due_date: due,
            public: true,
            source_round_id: None,
            source_round_title: None,
            created_at: datetime!(2026-03-01 09:30 UTC),
            updated_at: datetime!(2026-03-02 10:00 UTC),
        }
    }

    #[test]
    fn milestones_go_into_one_cell_that_splits_back() {
        let milestone = |title: &str, due, done| MilestoneRow {
            id: Uuid::now_v7(),
            title: title.into(),
            due_date: due,
            done_at: done,
            position: 0,
        };
        let cell = milestones_csv(&[
            milestone(
                "Entwurf | Fassung 1",
                Some(date!(2026 - 04 - 30)),
                Some(datetime!(2026-04-29 23:30 UTC)),
            ),
            milestone("Beschluss", None, None),
        ]);
        // Done at 23:30 UTC is the 30th in Germany.
        assert_eq!(
            cell,
            "Entwurf || Fassung 1 [due 2026-04-30] [done 2026-04-30] | Beschluss"
        );
        let text = milestone_text(Locale::De, &milestone("Beschluss", Some(date!(2026 - 09 - 01)), None));
        assert_eq!(text, "Beschluss (fällig am 01.09.2026)");
    }

    #[test]
    fn the_csv_has_a_bom_the_header_and_one_guarded_row_per_measure() {
        let measures = [PlanMeasure {
            row: row("=HYPERLINK(\"x\")", "in_progress", Some(date!(2026 - 06 - 30))),
            fields: vec!["management".into(), "opening".into()],
            items: vec!["management.leadership".into(), "opening.commitment".into()],
            milestones: Vec::new(),
            latest_update: None,
        }];
        let csv = plan_csv(&measures, Locale::De, date!(2026 - 11 - 21));
        assert!(csv.starts_with("\u{feff}id;title;description;status;status_text;progress;fields;"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines.len(),
            3,
            "header, one row and the empty piece after the last CRLF"
        );
        let row = lines[1];
        assert!(
            row.contains(";\"'=HYPERLINK(\"\"x\"\")\";"),
            "formula guarded and quoted: {row}"
        );
        assert!(row.contains(";\"Zeile eins\nZeile zwei; mit \"\"Zitat\"\"\";"), "{row}");
        assert!(
            row.contains(
                ";in_progress;In Arbeit;40;management, opening;management.leadership, opening.commitment;;'@Verein;\
                 2026-03-01;2026-06-30;true;true;;;2026-03-01T09:30:00Z;2026-03-02T10:00:00Z"
            ),
            "{row}"
        );
    }

    #[test]
    fn the_pdf_data_groups_by_field_and_marks_only_open_overdue_measures() {
        let instrument = shipped().unwrap();
        let late = PlanMeasure {
            row: row("Spät", "in_progress", Some(date!(2026 - 06 - 30))),
            fields: vec!["management".into(), "opening".into()],
            items: vec!["management.leadership".into()],
            milestones: Vec::new(),
            latest_update: None,
        };
        let done = PlanMeasure {
            row: row("Fertig", "done", Some(date!(2026 - 06 - 30))),
            fields: vec!["opening".into()],
            ..late.clone()
        };
        let data = plan_pdf_data(
            "Teltow-Fläming",
            &[late, done],
            &ListFilter::default(),
            &instrument,
            Locale::De,
            date!(2026 - 11 - 21),
        );
        let titles: Vec<(&str, Vec<&str>)> = data
            .fields
            .iter()
            .map(|f| (f.title.as_str(), f.measures.iter().map(|m| m.title.as_str()).collect()))
            .collect();
        assert_eq!(titles.len(), 2, "fields without measures are left out");
        assert_eq!(titles[1].1, ["Spät", "Fertig"]);
        let late = &data.fields[0].measures[0];
        assert!(late.overdue.as_deref().unwrap().contains("30.06.2026"));
        assert!(data.fields[1].measures[1].overdue.is_none());
        let (_, leadership) = instrument.item("management.leadership").unwrap();
        assert_eq!(late.statements, std::slice::from_ref(&leadership.text.de));
        assert_eq!(late.owner, "@Verein (extern)");
        assert_eq!(late.progress_text, "40\u{a0}%");
    }
}
