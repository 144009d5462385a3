//! The results page of a round: scores per field as a radar chart and a table, the comparison with
//! the previous closed round, the benchmark of the municipality's type, and per field strengths,
//! potentials, divergent statements and anonymous comments. Also the coordinator's opt-in to the
//! benchmark.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CoordinatorTenant, Page, Tenant};
use weltoffen_platform::web::render::{render, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::round_path;
use crate::benchmark::{self, BenchmarkMeans, MIN_CONTRIBUTORS};
use crate::radar::{self, RadarChart, SeriesKind};
use crate::results::{self, Change, FieldSummary, RoundResults, Trend, format_score};
use crate::results_cache;
use crate::scoring::Band;
use crate::store::{self, RoundRow};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/selbstcheck/{round}/results", Access::Member, results_page)
        .get(
            "/m/{ags}/selbstcheck/{round}/results/{field}",
            Access::Member,
            field_page,
        )
        .post("/m/{ags}/selbstcheck/benchmark", Access::Coordinator, set_benchmark)
}

/// One entry of the chart's legend: a decorative sample of the line and its text.
struct LegendEntry {
    swatch: String,
    label: String,
}

#[derive(Template)]
#[template(path = "selfcheck/results.html")]
struct ResultsPage {
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    previous: Option<RoundRow>,
    results: Arc<RoundResults>,
    radar: Charts,
    legend: Vec<LegendEntry>,
    opted_in: bool,
    /// Only when the municipality shares its own results and the aggregate exists.
    benchmark: Option<BenchmarkMeans>,
}

impl ResultsPage {
    fn base(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.round.id)
    }
    fn date(&self, at: &OffsetDateTime) -> String {
        format_date(self.page.locale, weltoffen_platform::clock::in_germany(*at).date())
    }
    fn type_plural(&self) -> String {
        self.page.t(match self.tenant.municipality.kind() {
            MunicipalityType::Landkreis => "selfcheck-results-type-landkreise",
            MunicipalityType::KreisfreieStadt => "selfcheck-results-type-kreisfreie-staedte",
            MunicipalityType::KreisangehoerigeGemeinde => "selfcheck-results-type-gemeinden",
        })
    }
    fn benchmark_value(&self, field_id: &str) -> String {
        self.benchmark
            .as_ref()
            .and_then(|b| b.mean(field_id))
            .map(format_score)
            .unwrap_or_else(|| self.page.t("selfcheck-results-benchmark-none"))
    }
    fn benchmark_shown_text(&self) -> String {
        let count = self.benchmark.as_ref().map(|b| b.contributors).unwrap_or(0);
        self.page.locale.t_args(
            "selfcheck-results-benchmark-shown",
            &[
                ("count", &count.to_string()),
                ("type", &self.type_plural()),
                ("min", &MIN_CONTRIBUTORS.to_string()),
            ],
        )
    }
    fn benchmark_waiting_text(&self) -> String {
        self.page.t2(
            "selfcheck-results-benchmark-waiting",
            "min",
            &MIN_CONTRIBUTORS.to_string(),
            "type",
            &self.type_plural(),
        )
    }
    fn benchmark_offer_text(&self) -> String {
        self.page.t2(
            "selfcheck-results-benchmark-offer",
            "min",
            &MIN_CONTRIBUTORS.to_string(),
            "type",
            &self.type_plural(),
        )
    }
    fn has_gaps(&self) -> bool {
        self.results.fields.iter().any(|f| {
            f.score.is_none()
                || (self.results.has_previous && f.change.is_none())
                || self.benchmark.as_ref().is_some_and(|b| b.mean(&f.id).is_none())
        })
    }
    fn participants(&self) -> String {
        self.results.participants.join(", ")
    }
}

/// Wording shared by the page and its per-field sections.
trait Wording {
    fn page(&self) -> &Page;
    fn band_label(&self, band: &Band) -> String {
        self.page().t(&format!("selfcheck-results-band-{}", band.code()))
    }
    fn band_class(&self, band: &Band) -> &'static str {
        match band {
            Band::Einstieg => "tag tag--yellow",
            Band::Aufbau => "tag tag--blue",
            Band::Fortgeschritten => "tag",
            Band::Vorreiter => "tag tag--green",
        }
    }
    fn trend_label(&self, trend: &Trend) -> String {
        self.page().t(&format!("selfcheck-results-trend-{}", trend.code()))
    }
    fn trend_class(&self, trend: &Trend) -> &'static str {
        match trend {
            Trend::Up => "tag tag--green",
            Trend::Down => "tag tag--red",
            Trend::Same => "tag tag--grey",
        }
    }
    fn trend_arrow(&self, trend: &Trend) -> &'static str {
        match trend {
            Trend::Up => "▲",
            Trend::Down => "▼",
            Trend::Same => "=",
        }
    }
    fn field_score(&self, f: &FieldSummary) -> String {
        match &f.score_text {
            Some(s) => self.page().t1("selfcheck-results-points", "score", s),
            None => self.page().t("selfcheck-results-not-scored"),
        }
    }
    fn change_sentence(&self, f: &FieldSummary, change: &Change) -> String {
        let previous = f.previous_text.clone().unwrap_or_default();
        self.page().t2(
            "selfcheck-results-field-previous",
            "score",
            &previous,
            "delta",
            &change.delta_text,
        )
    }
    fn coverage(&self, answered: &usize, applicable: &usize, percent: &u32) -> String {
        self.page().locale.t_args(
            "selfcheck-results-coverage-value",
            &[
                ("answered", &answered.to_string()),
                ("total", &applicable.to_string()),
                ("percent", &percent.to_string()),
            ],
        )
    }
    fn coverage_short(&self, answered: &usize, applicable: &usize, percent: &u32) -> String {
        self.page().locale.t_args(
            "selfcheck-results-coverage-short",
            &[
                ("answered", &answered.to_string()),
                ("total", &applicable.to_string()),
                ("percent", &percent.to_string()),
            ],
        )
    }
    fn changes_summary(&self, f: &FieldSummary) -> String {
        let count = |t: Trend| {
            f.item_changes
                .iter()
                .filter(|c| c.change.trend == t)
                .count()
                .to_string()
        };
        self.page().locale.t_args(
            "selfcheck-results-changes-summary",
            &[
                ("changed", &f.item_changes.len().to_string()),
                ("compared", &f.items_compared.to_string()),
                ("up", &count(Trend::Up)),
                ("down", &count(Trend::Down)),
            ],
        )
    }
    fn mean_of_three(&self, mean: &str) -> String {
        self.page().t1("selfcheck-results-mean-value", "mean", mean)
    }
}

impl Wording for ResultsPage {
    fn page(&self) -> &Page {
        &self.page
    }
}

/// The body of a field's page: the same for every reader of a round in a language (apart from the
/// adopt link), so closed rounds keep it rendered.
#[derive(Template)]
#[template(path = "selfcheck/results_field_section.html")]
struct FieldSection<'a> {
    page: &'a Page,
    ags: &'a str,
    round_id: Uuid,
    f: &'a FieldSummary,
    has_previous: bool,
    can_adopt: bool,
}

impl Wording for FieldSection<'_> {
    fn page(&self) -> &Page {
        self.page
    }
}

/// A field's results page: the field's section and the way to the neighbouring fields.
#[derive(Template)]
#[template(path = "selfcheck/results_field.html")]
struct FieldPage {
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    results: Arc<RoundResults>,
    index: usize,
    section_html: Arc<str>,
}

impl FieldPage {
    fn base(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.round.id)
    }
    fn field(&self) -> &FieldSummary {
        &self.results.fields[self.index]
    }
    /// The next field, or the previous one when `forward` is false.
    fn neighbour(&self, forward: bool) -> Option<&FieldSummary> {
        let at = if forward {
            self.index.checked_add(1)?
        } else {
            self.index.checked_sub(1)?
        };
        self.results.fields.get(at)
    }
}

fn radar_desc(page: &Page, results: &RoundResults, series: &[(&str, Vec<Option<f64>>)]) -> String {
    let mut parts = vec![page.t("selfcheck-results-radar-desc")];
    for (label, values) in series {
        let items: Vec<String> = results
            .fields
            .iter()
            .zip(values)
            .map(|(f, v)| match v {
                Some(v) => page.t2(
                    "selfcheck-results-radar-value",
                    "field",
                    &f.title,
                    "score",
                    &format_score(*v),
                ),
                None => page.t1("selfcheck-results-radar-missing", "field", &f.title),
            })
            .collect();
        parts.push(format!("{label}: {}.", items.join("; ")));
    }
    parts.join(" ")
}

fn chart(
    page: &Page,
    key: &results_cache::Key,
    results: &RoundResults,
    benchmark: Option<&BenchmarkMeans>,
) -> (Charts, Vec<LegendEntry>) {
    let current: Vec<Option<f64>> = results.fields.iter().map(|f| f.score).collect();
    let previous: Option<Vec<Option<f64>>> = results
        .has_previous
        .then(|| results.fields.iter().map(|f| f.previous_score).collect());
    let bench: Option<Vec<Option<f64>>> = benchmark.map(|b| results.fields.iter().map(|f| b.mean(&f.id)).collect());
    let current_label = page.t("selfcheck-results-series-current");
    let previous_label = page.t("selfcheck-results-series-previous");
    let benchmark_label = page.t("selfcheck-results-series-benchmark");
    let mut series = vec![(current_label.as_str(), current.clone())];
    let mut legend = vec![LegendEntry {
        swatch: radar::swatch(SeriesKind::Current),
        label: page.t("selfcheck-results-legend-current"),
    }];
    if let Some(p) = &previous {
        series.push((previous_label.as_str(), p.clone()));
        legend.push(LegendEntry {
            swatch: radar::swatch(SeriesKind::Previous),
            label: page.t("selfcheck-results-legend-previous"),
        });
    }
    if let Some(b) = &bench {
        series.push((benchmark_label.as_str(), b.clone()));
        legend.push(LegendEntry {
            swatch: radar::swatch(SeriesKind::Benchmark),
            label: page.t("selfcheck-results-legend-benchmark"),
        });
    }
    let chart_key: results_cache::ChartKey = (
        key.clone(),
        bench.as_ref().map(|b| b.iter().map(|v| v.map(f64::to_bits)).collect()),
    );
    if let Some(svgs) = results_cache::get_charts(&chart_key) {
        return (
            Charts {
                wide: svgs.0.clone(),
                compact: svgs.1.clone(),
            },
            legend,
        );
    }
    let wide = RadarChart {
        id: "radar".into(),
        title: page.t("selfcheck-results-radar-title"),
        desc: radar_desc(page, results, &series),
        labels: results.fields.iter().map(|f| f.title.clone()).collect(),
        current,
        previous,
        benchmark: bench,
    };
    // Full titles would shrink to unreadable text on a phone, so narrow screens get the same chart
    // with numbered axes and a numbered key; CSS shows one of the two.
    let compact = RadarChart {
        id: "radar-compact".into(),
        labels: results.fields.iter().map(|f| f.order.to_string()).collect(),
        ..wide.clone()
    };
    let svgs = Arc::new((radar::svg(&wide), radar::svg(&compact)));
    results_cache::put_charts(chart_key, Arc::clone(&svgs));
    (
        Charts {
            wide: svgs.0.clone(),
            compact: svgs.1.clone(),
        },
        legend,
    )
}

/// The chart for wide and for narrow screens.
struct Charts {
    wide: String,
    compact: String,
}

/// A round of the tenant with what its results pages need.
struct Loaded {
    round: RoundRow,
    previous: Option<RoundRow>,
    opted_in: bool,
    key: results_cache::Key,
    results: Arc<RoundResults>,
}

/// Reads the round `round_id` of the tenant, the round it is compared with and its results (from
/// the cache for a closed round); 404 for a malformed id or another municipality's round.
async fn load(state: &AppState, tenant: &Tenant, page: &Page, round_id: &str) -> AppResult<Loaded> {
    let db = &state.db;
    // One query for the round, the one it is compared with and the benchmark opt-in: rounds come
    // newest first, so the previous round is the first closed one after this one; another
    // municipality's id is not in the list and gives 404.
    let round_id = Uuid::parse_str(round_id).map_err(|_| AppError::not_found())?;
    let (rounds, opted_in) = store::rounds_and_sharing(db, tenant.municipality.id).await?;
    let mut rounds = rounds.into_iter().skip_while(|(r, _)| r.id != round_id);
    let (round, revision) = rounds.next().ok_or_else(AppError::not_found)?;
    let previous = rounds.map(|(r, _)| r).find(|r| !r.is_open());
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let key = results_cache::Key::at_revision(&round, previous.as_ref(), page.locale.code(), revision);
    let results = match results_cache::get(&key) {
        Some(results) => results,
        None => {
            let answers = store::round_answers(db, round.id).await?;
            let previous_answers = match &previous {
                Some(p) => Some(store::round_answers(db, p.id).await?),
                None => None,
            };
            let respondents: Vec<(Uuid, String)> = store::respondent_fields(db, round.id)
                .await?
                .into_iter()
                .map(|r| (r.respondent_id, r.display_name))
                .collect();
            let results = Arc::new(results::build(
                instrument,
                tenant.municipality.kind(),
                &answers,
                &respondents,
                previous_answers.as_deref(),
                page.locale,
            ));
            results_cache::put(key.clone(), Arc::clone(&results));
            results
        }
    };
    Ok(Loaded {
        round,
        previous,
        opted_in,
        key,
        results,
    })
}

/// GET /m/{ags}/selbstcheck/{round}/results — the overview: summary, chart, table, benchmark and
/// the way to each field's page.
pub async fn results_page(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let Loaded {
        round,
        previous,
        opted_in,
        results,
        key,
    } = load(&state, &tenant, &page, &round_id).await?;
    // Fair exchange: only a municipality that shares its own results sees the others'.
    let benchmark = if opted_in {
        benchmark::type_means(&state.db, tenant.municipality.kind(), tenant.municipality.id).await?
    } else {
        None
    };
    let (radar, legend) = chart(&page, &key, &results, benchmark.as_ref());
    render(&ResultsPage {
        page,
        tenant,
        round,
        previous,
        results,
        radar,
        legend,
        opted_in,
        benchmark,
    })
}

/// GET /m/{ags}/selbstcheck/{round}/results/{field} — one field's score, dimensions, strengths,
/// potentials with recommendations, divergent statements, comments and changes; 404 for a field
/// the instrument does not have.
pub async fn field_page(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round_id, field_id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let loaded = load(&state, &tenant, &page, &round_id).await?;
    let results = loaded.results;
    let index = results
        .fields
        .iter()
        .position(|f| f.id == field_id)
        .ok_or_else(AppError::not_found)?;
    let can_adopt = tenant.can_manage();
    let cached = results_cache::get_field_html(&loaded.key, index, can_adopt);
    let section_html = match cached {
        Some(html) => html,
        None => {
            let html: Arc<str> = FieldSection {
                page: &page,
                ags: &tenant.municipality.ags,
                round_id: loaded.round.id,
                f: &results.fields[index],
                has_previous: results.has_previous,
                can_adopt,
            }
            .render()?
            .into();
            results_cache::put_field_html(loaded.key, index, can_adopt, Arc::clone(&html));
            html
        }
    };
    render(&FieldPage {
        page,
        tenant,
        round: loaded.round,
        results,
        index,
        section_html,
    })
}

/// The coordinator's choice to share results for the benchmark.
#[derive(Deserialize)]
pub struct BenchmarkForm {
    #[serde(default)]
    share: String,
    /// The results page to return to.
    #[serde(default)]
    round: String,
}

/// POST /m/{ags}/selbstcheck/benchmark — `share=on` or `share=off`.
pub async fn set_benchmark(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    weltoffen_platform::web::context::ClientIp(ip): weltoffen_platform::web::context::ClientIp,
    Form(form): Form<BenchmarkForm>,
) -> AppResult<Response> {
    use weltoffen_platform::audit::{self, AuditEvent, Entry};
    let on = match form.share.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::bad_request("selfcheck-results-error-share")),
    };
    let changed = benchmark::set_opt_in(&state.db, tenant.municipality.id, tenant.user.id, on).await?;
    if changed {
        // Sharing a municipality's figures is a decision admins must be able to trace. Written
        // right after the change, not in its transaction: `set_opt_in` commits on its own.
        let entry = Entry::by(&tenant.user, &ip)
            .subject(&tenant.municipality.ags)
            .detail(if on { "on" } else { "off" });
        audit::record_now(&state.db, AuditEvent::DataSharingChanged, &entry).await?;
    }
    let notice = if on {
        "notice=notice-selfcheck-results-shared"
    } else {
        "notice=notice-selfcheck-results-not-shared"
    };
    let ags = &tenant.municipality.ags;
    // Only a well-formed id goes into the redirect; the results page checks it belongs here.
    let target = match Uuid::parse_str(&form.round) {
        Ok(round) => format!("{}/results?{notice}#benchmark", round_path(ags, round)),
        Err(_) => format!("/m/{ags}/selbstcheck?{notice}"),
    };
    Ok(see_other(&target))
}
