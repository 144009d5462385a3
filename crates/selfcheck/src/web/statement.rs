//! A statement's page under `/m/{ags}/selbstcheck/aussagen/{item}` (members): the statement and
//! its explanation, how the municipality rated it in every closed round, and the measures of the
//! action plan that address it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::render::render;
use weltoffen_platform::web::table::{Access, RouteTable};

use super::plan::MeasureEntry;
use super::round_path;
use crate::plan::store as plan_store;
use crate::plan::trace::{self, Ratings, RoundAnswer, movement};
use crate::results::{Trend, format_mean, format_mean_delta};
use crate::scoring::AnswerValue;
use crate::store;

/// The statement page's route.
pub fn routes() -> RouteTable {
    RouteTable::default().get("/m/{ags}/selbstcheck/aussagen/{item}", Access::Member, statement)
}

/// The path of a statement's page.
pub fn statement_path(ags: &str, item: &str) -> String {
    format!("/m/{ags}/selbstcheck/aussagen/{item}")
}

/// Reads the answers to `items` in the municipality's closed rounds (one query) and reduces them.
pub async fn ratings(state: &AppState, municipality: uuid::Uuid, items: &[String]) -> AppResult<Ratings> {
    let answers = plan_store::closed_round_answers(&state.db, municipality, items).await?;
    Ok(Ratings::from_answers(answers.into_iter().filter_map(|a| {
        Some(RoundAnswer {
            value: AnswerValue::parse(&a.value)?,
            round_id: a.round_id,
            item_id: a.item_id,
        })
    })))
}

/// The Fluent key of a trend in words.
pub fn trend_key(trend: Trend) -> &'static str {
    match trend {
        Trend::Up => "selfcheck-statement-trend-up",
        Trend::Down => "selfcheck-statement-trend-down",
        Trend::Same => "selfcheck-statement-trend-same",
    }
}

/// One row of the history table.
pub struct HistoryRow {
    /// Round title.
    pub title: String,
    /// Link to the round's results.
    pub link: String,
    /// Closing date, formatted.
    pub closed: String,
    /// Mean for display, or "nicht bewertet".
    pub mean: String,
    /// Spread, or empty.
    pub spread: String,
    /// Number of numeric answers.
    pub rated_by: usize,
    /// Change in words, or "kein Vergleich".
    pub change: String,
}

#[derive(Template)]
#[template(path = "selfcheck/statement.html")]
struct StatementPage {
    page: Page,
    tenant: Tenant,
    field: String,
    text: String,
    explanation: Option<String>,
    applies: bool,
    history: Vec<HistoryRow>,
    measures: Vec<MeasureEntry>,
}

/// GET /m/{ags}/selbstcheck/aussagen/{item}
pub async fn statement(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, item_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let (field, item) = instrument.item(&item_id).ok_or_else(AppError::not_found)?;
    let municipality = tenant.municipality.id;
    let rounds = trace::closed_oldest_first(store::rounds(&state.db, municipality).await?);
    let ratings = ratings(&state, municipality, std::slice::from_ref(&item.id)).await?;
    let lines = trace::history(&rounds, &ratings, &item.id);
    let ags = &tenant.municipality.ags;
    let not_rated = page.t("selfcheck-statement-not-rated");
    let history = rounds
        .iter()
        .zip(lines)
        .map(|(round, line)| HistoryRow {
            title: round.title.clone(),
            link: format!("{}/results/{}", round_path(ags, round.id), field.id),
            closed: round
                .closed_at
                .map(|c| format_date(page.locale, c.date()))
                .unwrap_or_default(),
            mean: line
                .rating
                .mean
                .map_or_else(|| not_rated.clone(), |m| format_mean(m, page.locale)),
            spread: line.rating.spread.map(|s| s.to_string()).unwrap_or_default(),
            rated_by: line.rating.rated_by,
            change: match (line.change, line.rating.mean) {
                (Some(delta), Some(now)) => page.t2(
                    "selfcheck-statement-change",
                    "delta",
                    &format_mean_delta(delta, page.locale),
                    "trend",
                    &page.t(trend_key(movement(now - delta, now))),
                ),
                _ => page.t("selfcheck-statement-no-comparison"),
            },
        })
        .collect();
    let today = today_in_germany();
    let mut measures: Vec<MeasureEntry> = plan_store::measures_addressing(&state.db, municipality, &item.id)
        .await?
        .into_iter()
        .map(|row| MeasureEntry::new(row, &[], instrument, &page, today))
        .collect();
    measures.sort_by(|a, b| {
        crate::plan::model::plan_order(
            (a.status, a.row.due_date, a.row.start_date, &a.row.title),
            (b.status, b.row.due_date, b.row.start_date, &b.row.title),
        )
    });
    render(&StatementPage {
        field: field.title.get(page.locale).to_owned(),
        text: item.text.get(page.locale).to_owned(),
        explanation: item.explanation.as_ref().map(|e| e.get(page.locale).to_owned()),
        applies: item.applies(tenant.municipality.kind()),
        history,
        measures,
        page,
        tenant,
    })
}
