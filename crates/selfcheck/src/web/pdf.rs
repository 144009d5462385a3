//! The Selbstcheck's PDF downloads: the blank questionnaire for answering on paper (all fields or
//! one) and the results report of a round. This module gathers the data and the translated
//! labels; `weltoffen-pdf` lays them out as tagged PDF/UA-1 documents.

use std::collections::{HashMap, HashSet};

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use time::Date;
use weltoffen_pdf::{
    Fact, QuestionnaireData, QuestionnaireDimension, QuestionnaireField, QuestionnaireItem, QuestionnaireLabels,
    ReportData, ReportDimension, ReportField, ReportItem, ReportLabels,
};
use weltoffen_platform::clock::{in_germany, today_in_germany};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::tenant_round;
use crate::instrument::{Field, Instrument};
use crate::results;
use crate::scoring::{AnswerValue, Band, FieldResult, ItemResult, score_round};
use crate::store::{self, RoundRow};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/selbstcheck/fragebogen.pdf", Access::Member, questionnaire_all)
        .get(
            "/m/{ags}/selbstcheck/fragebogen/{file}",
            Access::Member,
            questionnaire_field,
        )
        .get("/m/{ags}/selbstcheck/{round}/report.pdf", Access::Member, report)
}

/// GET /m/{ags}/selbstcheck/fragebogen.pdf — the questionnaire of every field.
pub async fn questionnaire_all(tenant: Tenant, page: Page) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let fields: Vec<&Field> = instrument.fields.iter().collect();
    let pdf = render_questionnaire(instrument, &fields, &tenant.municipality, page.locale).await?;
    let name = file_name(&tenant.municipality.ags, today_in_germany(), "-fragebogen");
    Ok(pdf_response(pdf, &name, "private, max-age=3600"))
}

/// GET /m/{ags}/selbstcheck/fragebogen/{field}.pdf — the questionnaire of one field.
pub async fn questionnaire_field(
    tenant: Tenant,
    page: Page,
    Path((_ags, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let instrument = crate::current_instrument()?;
    let field = file
        .strip_suffix(".pdf")
        .and_then(|id| instrument.field(id))
        .ok_or_else(AppError::not_found)?;
    let pdf = render_questionnaire(instrument, &[field], &tenant.municipality, page.locale).await?;
    let name = file_name(
        &tenant.municipality.ags,
        today_in_germany(),
        &format!("-fragebogen-{}", field.id),
    );
    Ok(pdf_response(pdf, &name, "private, max-age=3600"))
}

/// GET /m/{ags}/selbstcheck/{round}/report.pdf — the results report of a round.
pub async fn report(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let pdf = report_pdf(&state, &tenant.municipality, &round, page.locale).await?;
    let name = file_name(&tenant.municipality.ags, in_germany(round.created_at).date(), "");
    Ok(pdf_response(pdf, &name, "private, no-store"))
}

/// The results report of `round` as PDF bytes (the round must belong to `municipality`; the
/// caller has checked that). Compares with the previous closed round, if there is one.
pub async fn report_pdf(
    state: &AppState,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    locale: Locale,
) -> AppResult<Vec<u8>> {
    let data = report_data_of(state, municipality, round, locale).await?;
    render(move || weltoffen_pdf::report(&data)).await
}

/// The data of a round's report: its results and those of the newest closed round started
/// before it (in the store's order, so rounds started in the same second still compare).
pub async fn report_data_of(
    state: &AppState,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    locale: Locale,
) -> AppResult<ReportData> {
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let answers = store::round_answers(&state.db, round.id).await?;
    let respondents = answers.iter().map(|a| a.respondent_id).collect::<HashSet<_>>().len();
    let results = score_round(instrument, municipality.kind(), &group_answers(&answers));

    let rounds = store::rounds(&state.db, municipality.id).await?;
    let previous = rounds
        .iter()
        .skip_while(|r| r.id != round.id)
        .skip(1)
        .find(|r| !r.is_open());
    let previous = match previous {
        // A round of an instrument version this build no longer knows is simply not compared.
        Some(p) => match crate::instrument_of_version(&p.instrument_version) {
            Ok(previous_instrument) => {
                let answers = store::round_answers(&state.db, p.id).await?;
                let results = score_round(previous_instrument, municipality.kind(), &group_answers(&answers));
                Some((p, results))
            }
            Err(_) => None,
        },
        None => None,
    };

    Ok(report_data(&ReportInput {
        instrument,
        municipality,
        round,
        results: &results,
        respondents,
        previous: previous.as_ref().map(|(r, res)| (*r, res.as_slice())),
        today: today_in_germany(),
        locale,
    }))
}

/// Answers by statement, the input of the scoring.
fn group_answers(answers: &[store::AnswerRecord]) -> HashMap<String, Vec<AnswerValue>> {
    let mut map: HashMap<String, Vec<AnswerValue>> = HashMap::new();
    for a in answers {
        if let Some(value) = a.answer() {
            map.entry(a.item_id.clone()).or_default().push(value);
        }
    }
    map
}

/// Renders on the blocking pool: a document takes a few hundred milliseconds of CPU.
async fn render(job: impl FnOnce() -> Result<Vec<u8>, weltoffen_pdf::PdfError> + Send + 'static) -> AppResult<Vec<u8>> {
    tokio::task::spawn_blocking(job)
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)
}

async fn render_questionnaire(
    instrument: &Instrument,
    fields: &[&Field],
    municipality: &MunicipalityRow,
    locale: Locale,
) -> AppResult<Vec<u8>> {
    let data = questionnaire_data(instrument, fields, municipality, locale);
    render(move || weltoffen_pdf::questionnaire(&data)).await
}

/// `selbstcheck-<ags>-<yyyy-mm-dd><suffix>.pdf`: digits, ASCII letters and dashes only.
fn file_name(ags: &str, date: Date, suffix: &str) -> String {
    let name = format!(
        "selbstcheck-{ags}-{:04}-{:02}-{:02}{suffix}.pdf",
        date.year(),
        u8::from(date.month()),
        date.day()
    );
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn pdf_response(pdf: Vec<u8>, name: &str, cache: &'static str) -> Response {
    let mut response = (StatusCode::OK, pdf).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The six answer options in the order of the questionnaire and the distribution tables.
fn scale(locale: Locale) -> Vec<String> {
    [
        "selfcheck-pdf-scale-3",
        "selfcheck-pdf-scale-2",
        "selfcheck-pdf-scale-1",
        "selfcheck-pdf-scale-0",
        "selfcheck-pdf-scale-dont-know",
        "selfcheck-pdf-scale-not-applicable",
    ]
    .into_iter()
    .map(|k| locale.t(k))
    .collect()
}

/// The page footer with the placeholders the template fills in.
fn page_label(locale: Locale) -> String {
    locale.t_args("selfcheck-pdf-page", &[("page", "{page}"), ("total", "{total}")])
}

/// The questionnaire of `fields`, with only the statements that apply to the municipality's type.
pub fn questionnaire_data(
    instrument: &Instrument,
    fields: &[&Field],
    municipality: &MunicipalityRow,
    locale: Locale,
) -> QuestionnaireData {
    let kind = municipality.kind();
    let fields = fields
        .iter()
        .map(|field| QuestionnaireField {
            number: field.order,
            title: field.title.get(locale).to_owned(),
            intro: field.intro.get(locale).to_owned(),
            dimensions: instrument
                .dimensions
                .iter()
                .map(|d| QuestionnaireDimension {
                    title: d.title.get(locale).to_owned(),
                    items: field
                        .items
                        .iter()
                        .filter(|i| i.dimension == d.id && i.applies(kind))
                        .map(|i| QuestionnaireItem {
                            id: i.id.clone(),
                            text: i.text.get(locale).to_owned(),
                            explanation: i
                                .explanation
                                .as_ref()
                                .map(|e| e.get(locale).to_owned())
                                .unwrap_or_default(),
                        })
                        .collect(),
                })
                .filter(|d| !d.items.is_empty())
                .collect(),
        })
        .collect();
    QuestionnaireData {
        lang: locale.code().to_owned(),
        title: locale.t("selfcheck-pdf-questionnaire-title"),
        subtitle: municipality.name.clone(),
        instrument_version: instrument.version.clone(),
        fields,
        labels: QuestionnaireLabels {
            page: page_label(locale),
            version: locale.t("selfcheck-pdf-version"),
            how_to_title: locale.t("selfcheck-pdf-how-to-title"),
            how_to: [
                "selfcheck-pdf-how-to-1",
                "selfcheck-pdf-how-to-2",
                "selfcheck-pdf-how-to-3",
            ]
            .into_iter()
            .map(|k| locale.t(k))
            .collect(),
            respondent: [
                "selfcheck-pdf-respondent-name",
                "selfcheck-pdf-respondent-unit",
                "selfcheck-pdf-respondent-date",
            ]
            .into_iter()
            .map(|k| locale.t(k))
            .collect(),
            contents: locale.t("selfcheck-pdf-contents"),
            field: locale.t("selfcheck-pdf-field"),
            scale: scale(locale),
            comment: locale.t("selfcheck-pdf-comment"),
        },
    }
}

/// Everything the report is made of.
pub struct ReportInput<'a> {
    /// The round's instrument.
    pub instrument: &'a Instrument,
    /// The municipality.
    pub municipality: &'a MunicipalityRow,
    /// The round.
    pub round: &'a RoundRow,
    /// Its results, one per field in the instrument's order.
    pub results: &'a [FieldResult],
    /// How many respondents gave at least one answer.
    pub respondents: usize,
    /// The round compared with, and its results.
    pub previous: Option<(&'a RoundRow, &'a [FieldResult])>,
    /// The date the report is made.
    pub today: Date,
    /// The language of the report.
    pub locale: Locale,
}

fn band_name(band: Band, locale: Locale) -> String {
    locale.t(&format!("selfcheck-pdf-band-{}", band.code()))
}

/// The answer counts in the order of [`scale`]: 3, 2, 1, 0, don't know, not applicable.
fn distribution(r: &ItemResult) -> Vec<u32> {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    vec![
        count(r.distribution[3]),
        count(r.distribution[2]),
        count(r.distribution[1]),
        count(r.distribution[0]),
        count(r.dont_know),
        count(r.not_applicable),
    ]
}

/// The report of a round: overview, then strengths, potentials and divergent statements per field.
pub fn report_data(input: &ReportInput<'_>) -> ReportData {
    let locale = input.locale;
    let previous_scores: HashMap<&str, Option<f64>> = input
        .previous
        .map(|(_, results)| results.iter().map(|r| (r.id.as_str(), r.score)).collect())
        .unwrap_or_default();
    let fields = input
        .instrument
        .fields
        .iter()
        .filter_map(|field| {
            let result = input.results.iter().find(|r| r.id == field.id)?;
            let item = |r: &ItemResult, with_recommendation: bool| {
                let statement = field.items.iter().find(|i| i.id == r.id);
                ReportItem {
                    id: r.id.clone(),
                    text: statement.map(|i| i.text.get(locale).to_owned()).unwrap_or_default(),
                    mean: r.mean,
                    recommendation: statement
                        .filter(|_| with_recommendation)
                        .map(|i| i.recommendation.get(locale).to_owned())
                        .unwrap_or_default(),
                    distribution: distribution(r),
                }
            };
            // Stable sorts keep the authored order among equal means.
            let mut rated: Vec<(&ItemResult, f64)> =
                result.items.iter().filter_map(|r| r.mean.map(|m| (r, m))).collect();
            rated.sort_by(|a, b| b.1.total_cmp(&a.1));
            let strengths = rated
                .iter()
                .filter(|(_, m)| *m >= results::STRENGTH_MIN_MEAN)
                .take(results::HIGHLIGHTS_PER_FIELD)
                .map(|(r, _)| item(r, false))
                .collect();
            rated.sort_by(|a, b| a.1.total_cmp(&b.1));
            let potentials = rated
                .iter()
                .filter(|(_, m)| *m < results::POTENTIAL_BELOW_MEAN)
                .take(results::HIGHLIGHTS_PER_FIELD)
                .map(|(r, _)| item(r, true))
                .collect();
            let divergent = result
                .items
                .iter()
                .filter(|r| r.divergent)
                .map(|r| item(r, false))
                .collect();
            Some(ReportField {
                number: field.order,
                title: field.title.get(locale).to_owned(),
                // Rounded down like on the results page, so a shown score always lies in its band.
                score: result.score.map(f64::floor),
                band: result.band.map(|b| band_name(b, locale)),
                coverage: result.coverage,
                previous_score: previous_scores
                    .get(field.id.as_str())
                    .copied()
                    .flatten()
                    .map(f64::floor),
                dimensions: input
                    .instrument
                    .dimensions
                    .iter()
                    .map(|d| ReportDimension {
                        title: d.title.get(locale).to_owned(),
                        score: result
                            .dimensions
                            .iter()
                            .find(|r| r.id == d.id)
                            .and_then(|r| r.score)
                            .map(f64::floor),
                    })
                    .collect(),
                strengths,
                potentials,
                divergent,
            })
        })
        .collect();

    let round = input.round;
    let as_of = round.closed_at.map(|t| in_germany(t).date()).unwrap_or(input.today);
    let status = match round.closed_at.filter(|_| !round.is_open()) {
        Some(closed) => locale.t_args(
            "selfcheck-pdf-status-closed",
            &[("date", &format_date(locale, in_germany(closed).date()))],
        ),
        None => locale.t("selfcheck-pdf-status-open"),
    };
    let mut facts = vec![
        fact(locale, "selfcheck-pdf-as-of", format_date(locale, as_of)),
        fact(locale, "selfcheck-pdf-status", status),
        fact(
            locale,
            "selfcheck-pdf-started",
            format_date(locale, in_germany(round.created_at).date()),
        ),
        fact(locale, "selfcheck-pdf-respondents", input.respondents.to_string()),
        fact(
            locale,
            "selfcheck-pdf-municipality-type",
            locale.t(input.municipality.kind().label_key()),
        ),
        fact(
            locale,
            "selfcheck-pdf-instrument-version",
            input.instrument.version.clone(),
        ),
    ];
    let previous_round = input.previous.map(|(r, _)| r.title.clone());
    if let Some(title) = &previous_round {
        facts.push(fact(locale, "selfcheck-pdf-compared-with", title.clone()));
    }
    facts.push(fact(locale, "selfcheck-pdf-created", format_date(locale, input.today)));

    ReportData {
        lang: locale.code().to_owned(),
        title: locale.t("selfcheck-pdf-report-title"),
        municipality: input.municipality.name.clone(),
        round_title: round.title.clone(),
        facts,
        labels: ReportLabels {
            page: page_label(locale),
            contents: locale.t("selfcheck-pdf-contents"),
            overview: locale.t("selfcheck-pdf-overview"),
            chart_caption: locale.t("selfcheck-pdf-chart-caption"),
            chart_alt: locale.t("selfcheck-pdf-chart-alt"),
            chart_current: locale.t_args("selfcheck-pdf-chart-current", &[("round", &round.title)]),
            chart_previous: locale.t_args(
                "selfcheck-pdf-chart-previous",
                &[("round", previous_round.as_deref().unwrap_or(""))],
            ),
            reading_help_title: locale.t("selfcheck-pdf-reading-help-title"),
            reading_help: [
                "selfcheck-pdf-reading-help-1",
                "selfcheck-pdf-reading-help-2",
                "selfcheck-pdf-reading-help-3",
            ]
            .into_iter()
            .map(|k| locale.t(k))
            .collect(),
            field: locale.t("selfcheck-pdf-field"),
            score: locale.t("selfcheck-pdf-score"),
            score_value: locale.t_args("selfcheck-pdf-score-value", &[("value", "{value}")]),
            band: locale.t("selfcheck-pdf-band"),
            coverage: locale.t("selfcheck-pdf-coverage"),
            previous: locale.t("selfcheck-pdf-previous"),
            change: locale.t("selfcheck-pdf-change"),
            dimensions: locale.t("selfcheck-pdf-dimensions"),
            dimension: locale.t("selfcheck-pdf-dimension"),
            strengths: locale.t("selfcheck-pdf-strengths"),
            strengths_intro: locale.t("selfcheck-pdf-strengths-intro"),
            potentials: locale.t("selfcheck-pdf-potentials"),
            potentials_intro: locale.t("selfcheck-pdf-potentials-intro"),
            recommendation: locale.t("selfcheck-pdf-recommendation"),
            divergent: locale.t("selfcheck-pdf-divergent"),
            divergent_intro: locale.t("selfcheck-pdf-divergent-intro"),
            mean_value: locale.t_args("selfcheck-pdf-mean-value", &[("value", "{value}")]),
            scale: scale(locale),
            none: locale.t("selfcheck-pdf-none"),
            no_value: locale.t("selfcheck-pdf-no-value"),
        },
        previous_round,
        fields,
    }
}

fn fact(locale: Locale, key: &str, value: String) -> Fact {
    Fact {
        label: locale.t(key),
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_ascii() {
        let d = time::macros::date!(2026 - 03 - 05);
        assert_eq!(file_name("12072", d, ""), "selbstcheck-12072-2026-03-05.pdf");
        assert_eq!(
            file_name("12072", d, "-fragebogen-access"),
            "selbstcheck-12072-2026-03-05-fragebogen-access.pdf"
        );
        assert_eq!(file_name("1\"2ä", d, ""), "selbstcheck-1-2--2026-03-05.pdf");
    }

    #[test]
    fn the_report_dates_a_round_by_the_days_in_germany() {
        use time::macros::{date, datetime};
        let instrument = crate::instrument::shipped().unwrap();
        let municipality = MunicipalityRow {
            id: uuid::Uuid::nil(),
            ags: "12072".to_owned(),
            name: "Landkreis Teltow-Fläming".to_owned(),
            municipality_type: "landkreis".to_owned(),
            land: "BB".to_owned(),
            population: None,
            created_at: datetime!(2020-01-01 00:00 UTC),
        };
        let round = RoundRow {
            id: uuid::Uuid::nil(),
            municipality_id: municipality.id,
            title: "Runde".to_owned(),
            instrument_version: instrument.version.clone(),
            status: "closed".to_owned(),
            due_date: None,
            // Saturday 23:30 UTC: already Sunday, 29 March, in Germany (winter time).
            created_at: datetime!(2026-03-28 23:30 UTC),
            // 22:30 UTC in summer time: already 25 October in Germany.
            closed_at: Some(datetime!(2026-10-24 22:30 UTC)),
        };
        let results = score_round(&instrument, municipality.kind(), &HashMap::new());
        let data = report_data(&ReportInput {
            instrument: &instrument,
            municipality: &municipality,
            round: &round,
            results: &results,
            respondents: 0,
            previous: None,
            today: date!(2026 - 11 - 21),
            locale: Locale::De,
        });
        let value = |key: &str| {
            data.facts
                .iter()
                .find(|f| f.label == Locale::De.t(key))
                .map(|f| f.value.clone())
                .unwrap()
        };
        assert_eq!(value("selfcheck-pdf-started"), "29.03.2026");
        assert_eq!(value("selfcheck-pdf-as-of"), "25.10.2026");
        assert_eq!(value("selfcheck-pdf-status"), "abgeschlossen am 25.10.2026");
        assert_eq!(value("selfcheck-pdf-created"), "21.11.2026");
    }
}
