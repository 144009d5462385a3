//! A round's answers as CSV and JSON downloads, and the import of paper questionnaires from CSV
//! (format: `docs/selfcheck-csv.md`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CoordinatorTenant, Page, Tenant};
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::api::ApiAnswerValue;
use super::{round_path, tenant_round};
use crate::csv::{self, ExportRow, ImportError, MAX_IMPORT_BYTES, Problem};
use crate::import_store::{self, ImportStoreError};
use crate::instrument::Instrument;
use crate::store::{self, RoundRow};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/selbstcheck/{round}/answers.csv", Access::Member, answers_csv)
        .get(
            "/m/{ags}/selbstcheck/{round}/answers.json",
            Access::Member,
            answers_json,
        )
        .get("/m/{ags}/selbstcheck/{round}/import", Access::Coordinator, import_form)
        .post(
            "/m/{ags}/selbstcheck/{round}/import",
            Access::Coordinator,
            import_upload,
        )
        .get(
            "/m/{ags}/selbstcheck/{round}/import/template.csv",
            Access::Coordinator,
            import_template,
        )
}

/// The file name of a round's download: `selbstcheck-<ags>-<start date>[-suffix].<ext>`.
pub fn file_name(ags: &str, round: &RoundRow, suffix: &str, ext: &str) -> String {
    // The start date as the round page shows it: the day in Germany.
    let d = weltoffen_platform::clock::in_germany(round.created_at).date();
    format!(
        "selbstcheck-{ags}-{:04}-{:02}-{:02}{suffix}.{ext}",
        d.year(),
        u8::from(d.month()),
        d.day()
    )
}

/// A file download with personal data: attachment, never cached by shared caches or kept.
pub fn download(body: impl Into<axum::body::Body>, content_type: &'static str, name: &str) -> Response {
    let mut response = (StatusCode::OK, body.into()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    // The name is built from digits, letters and dashes only, so it needs no quoting rules.
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The position of every statement in the instrument, to sort exports in authored order.
fn item_order(instrument: &Instrument) -> HashMap<&str, usize> {
    instrument
        .fields
        .iter()
        .flat_map(|f| f.items.iter())
        .enumerate()
        .map(|(i, item)| (item.id.as_str(), i))
        .collect()
}

/// A respondent of a round with their assigned fields.
struct Respondent {
    id: Uuid,
    user_id: Option<Uuid>,
    name: String,
    fields: Vec<String>,
}

/// The respondents of a round in the order they joined.
async fn respondents(state: &AppState, round: &RoundRow) -> AppResult<Vec<Respondent>> {
    let mut out: Vec<Respondent> = Vec::new();
    for row in store::respondent_fields(&state.db, round.id).await? {
        let index = match out.iter().position(|r| r.id == row.respondent_id) {
            Some(i) => i,
            None => {
                out.push(Respondent {
                    id: row.respondent_id,
                    user_id: row.user_id,
                    name: row.display_name.clone(),
                    fields: Vec::new(),
                });
                out.len() - 1
            }
        };
        if let Some(field) = row.field_id {
            out[index].fields.push(field);
        }
    }
    Ok(out)
}

/// Every answer of a round with its respondent, sorted by respondent, then statement order.
async fn sorted_answers(
    state: &AppState,
    instrument: &Instrument,
    round: &RoundRow,
) -> AppResult<(Vec<Respondent>, Vec<store::AnswerRecord>)> {
    let people = respondents(state, round).await?;
    let rank: HashMap<Uuid, usize> = people.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let order = item_order(instrument);
    let mut answers = store::round_answers(&state.db, round.id).await?;
    answers.sort_by_key(|a| {
        (
            rank.get(&a.respondent_id).copied().unwrap_or(usize::MAX),
            order.get(a.item_id.as_str()).copied().unwrap_or(usize::MAX),
        )
    });
    Ok((people, answers))
}

/// The CSV export of a round as text; statement texts in `locale`.
pub async fn round_csv(state: &AppState, round: &RoundRow, locale: Locale) -> AppResult<String> {
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let (people, answers) = sorted_answers(state, instrument, round).await?;
    let names: HashMap<Uuid, &str> = people.iter().map(|r| (r.id, r.name.as_str())).collect();
    let rows = answers.iter().filter_map(|a| {
        let value = a.answer()?;
        let (field, item) = instrument.item(&a.item_id)?;
        Some(ExportRow {
            respondent: names.get(&a.respondent_id).copied().unwrap_or(""),
            field: &field.id,
            statement: &item.id,
            value,
            comment: a.comment.as_deref(),
            statement_text: item.text.get(locale),
        })
    });
    Ok(csv::export(rows))
}

/// The CSV download of a round (pages and API).
pub async fn csv_download(
    state: &AppState,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    locale: Locale,
) -> AppResult<Response> {
    let text = round_csv(state, round, locale).await?;
    Ok(download(
        text,
        "text/csv; charset=utf-8",
        &file_name(&municipality.ags, round, "", "csv"),
    ))
}

/// GET /m/{ags}/selbstcheck/{round}/answers.csv
pub async fn answers_csv(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    csv_download(&state, &tenant.municipality, &round, page.locale).await
}

fn timestamp(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// The JSON export: the round, its municipality, respondents and answers.
#[derive(Debug, Serialize)]
pub struct AnswersExport {
    /// The round.
    pub round: ExportRound,
    /// The round's municipality.
    pub municipality: ExportMunicipality,
    /// Everybody who took part, in the order they joined.
    pub respondents: Vec<ExportRespondent>,
    /// Every answer, by respondent and statement order.
    pub answers: Vec<ExportAnswer>,
}

/// The round in the JSON export.
#[derive(Debug, Serialize)]
pub struct ExportRound {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// `open` or `closed`.
    pub status: String,
    /// The instrument version.
    pub instrument_version: String,
    /// Due date (`YYYY-MM-DD`).
    pub due_date: Option<String>,
    /// Start (RFC 3339).
    pub created_at: String,
    /// Closing (RFC 3339).
    pub closed_at: Option<String>,
}

/// The municipality in the JSON export.
#[derive(Debug, Serialize)]
pub struct ExportMunicipality {
    /// AGS.
    pub ags: String,
    /// Name.
    pub name: String,
    /// Municipality type code.
    #[serde(rename = "type")]
    pub kind: String,
}

/// A respondent in the JSON export.
#[derive(Debug, Serialize)]
pub struct ExportRespondent {
    /// Respondent id (per round).
    pub id: Uuid,
    /// Name shown in the round.
    pub name: String,
    /// False for paper respondents and deleted accounts.
    pub has_account: bool,
    /// Assigned field ids.
    pub fields: Vec<String>,
}

/// An answer in the JSON export.
#[derive(Debug, Serialize)]
pub struct ExportAnswer {
    /// Respondent id.
    pub respondent: Uuid,
    /// Field id.
    pub field: String,
    /// Statement id.
    pub item: String,
    /// 0–3, `dont_know` or `not_applicable`.
    pub value: ApiAnswerValue,
    /// Comment.
    pub comment: Option<String>,
    /// Last change (RFC 3339).
    pub updated_at: String,
}

/// GET /m/{ags}/selbstcheck/{round}/answers.json
pub async fn answers_json(
    State(state): State<AppState>,
    tenant: Tenant,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let (people, answers) = sorted_answers(&state, instrument, &round).await?;
    let m = &tenant.municipality;
    let export = AnswersExport {
        round: ExportRound {
            id: round.id,
            title: round.title.clone(),
            status: round.status.clone(),
            instrument_version: round.instrument_version.clone(),
            due_date: round.due_date.map(|d| d.to_string()),
            created_at: timestamp(round.created_at),
            closed_at: round.closed_at.map(timestamp),
        },
        municipality: ExportMunicipality {
            ags: m.ags.clone(),
            name: m.name.clone(),
            kind: m.kind().as_str().to_owned(),
        },
        answers: answers
            .into_iter()
            .filter_map(|a| {
                let value = ApiAnswerValue::from(a.answer()?);
                let (field, _) = instrument.item(&a.item_id)?;
                Some(ExportAnswer {
                    respondent: a.respondent_id,
                    field: field.id.clone(),
                    item: a.item_id,
                    value,
                    comment: a.comment,
                    updated_at: timestamp(a.updated_at),
                })
            })
            .collect(),
        respondents: people
            .into_iter()
            .map(|r| ExportRespondent {
                id: r.id,
                name: r.name,
                has_account: r.user_id.is_some(),
                fields: r.fields,
            })
            .collect(),
    };
    let body = serde_json::to_vec_pretty(&export).map_err(AppError::internal)?;
    Ok(download(
        body,
        "application/json",
        &file_name(&m.ags, &round, "", "json"),
    ))
}

/// GET /m/{ags}/selbstcheck/{round}/import/template.csv — every statement that applies to the
/// municipality, with name and value left empty.
pub async fn import_template(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let kind = tenant.municipality.kind();
    let statements = instrument.fields.iter().flat_map(|f| {
        f.items
            .iter()
            .filter(move |i| i.applies(kind))
            .map(move |i| (f.id.as_str(), i.id.as_str(), i.text.get(page.locale)))
    });
    Ok(download(
        csv::template(statements),
        "text/csv; charset=utf-8",
        &file_name(&tenant.municipality.ags, &round, "-vorlage", "csv"),
    ))
}

#[derive(Template)]
#[template(path = "selfcheck/import.html")]
struct ImportPage {
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    /// Translated problems, each with its line.
    errors: Vec<String>,
    example: String,
}

impl ImportPage {
    fn round_url(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.round.id)
    }
    fn max_mb(&self) -> String {
        (MAX_IMPORT_BYTES / (1024 * 1024)).to_string()
    }
    fn error_count(&self) -> String {
        self.errors.len().to_string()
    }
}

/// A short example file from the round's instrument, as shown on the page.
fn example(instrument: &Instrument, locale: Locale) -> String {
    let items: Vec<(&str, &str)> = instrument
        .fields
        .first()
        .map(|f| f.items.iter().take(3).map(|i| (f.id.as_str(), i.id.as_str())).collect())
        .unwrap_or_default();
    let name = locale.t("selfcheck-import-example-name");
    let comment = locale.t("selfcheck-import-example-comment");
    let mut writer = csv::Writer::with_header(&csv::REQUIRED_COLUMNS);
    for ((field, item), (value, comment)) in
        items
            .into_iter()
            .zip([("3", comment.as_str()), ("1", ""), ("dont_know", "")])
    {
        writer.row(&[&name, field, item, value, comment]);
    }
    writer
        .finish()
        .trim_start_matches(csv::BOM)
        .replace(csv::LINE_END, "\n")
}

fn import_page(page: Page, tenant: Tenant, round: RoundRow, errors: Vec<String>) -> AppResult<ImportPage> {
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let example = example(instrument, page.locale);
    Ok(ImportPage {
        page,
        tenant,
        round,
        errors,
        example,
    })
}

/// GET /m/{ags}/selbstcheck/{round}/import
pub async fn import_form(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    render(&import_page(page, tenant, round, Vec::new())?)
}

/// A problem with the upload itself, before its content is read.
enum UploadProblem {
    NoFile,
    Unreadable,
    TooLarge,
}

/// The bytes of the `file` part, read up to one byte past the limit.
async fn read_file(multipart: Result<Multipart, MultipartRejection>) -> Result<Vec<u8>, UploadProblem> {
    let mut multipart = multipart.map_err(|_| UploadProblem::NoFile)?;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| UploadProblem::Unreadable)? {
        if field.name() != Some("file") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| UploadProblem::Unreadable)? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > MAX_IMPORT_BYTES {
                return Err(UploadProblem::TooLarge);
            }
        }
        // A form sent without choosing a file has a `file` part with no name and no bytes.
        return if bytes.is_empty() && field.file_name().is_none_or(str::is_empty) {
            Err(UploadProblem::NoFile)
        } else {
            Ok(bytes)
        };
    }
    Err(UploadProblem::NoFile)
}

/// The message of one problem, with its line when it has one.
fn message(locale: Locale, error: &ImportError) -> String {
    let args: Vec<(&str, String)> = error.args();
    let borrowed: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let text = locale.t_args(error.key(), &borrowed);
    if error.line == 0 {
        text
    } else {
        locale.t_args(
            "selfcheck-import-error-at-line",
            &[("line", &error.line.to_string()), ("message", &text)],
        )
    }
}

/// POST /m/{ags}/selbstcheck/{round}/import
pub async fn import_upload(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let locale = page.locale;
    let upload = read_file(multipart).await;
    let errors: Vec<String> = if !round.is_open() {
        vec![locale.t("selfcheck-import-error-round-closed")]
    } else {
        match upload {
            Err(UploadProblem::NoFile) => vec![locale.t("selfcheck-import-error-no-file")],
            Err(UploadProblem::Unreadable) => vec![locale.t("selfcheck-import-error-unreadable")],
            Err(UploadProblem::TooLarge) => vec![message(
                locale,
                &ImportError {
                    line: 0,
                    problem: Problem::TooLarge,
                },
            )],
            Ok(bytes) => {
                let instrument = crate::instrument_of_version(&round.instrument_version)?;
                match csv::parse_import(&bytes, instrument) {
                    Err(problems) => problems.iter().map(|e| message(locale, e)).collect(),
                    Ok(rows) => match import_store::import_answers(&state.db, &round, &rows, tenant.user.id).await {
                        Ok(summary) => {
                            tracing::info!(
                                round = %round.id,
                                actor = %tenant.user.id,
                                answers = summary.answers,
                                new_respondents = summary.new_respondents,
                                "paper questionnaires imported"
                            );
                            return Ok(see_other(&format!(
                                "{}?notice=notice-selfcheck-imported",
                                round_path(&tenant.municipality.ags, round.id)
                            )));
                        }
                        Err(ImportStoreError::RoundClosed) => {
                            vec![locale.t("selfcheck-import-error-round-closed")]
                        }
                        Err(ImportStoreError::AmbiguousName(name)) => {
                            let line = rows.iter().find(|r| r.respondent == name).map(|r| r.line).unwrap_or(0);
                            let text = locale.t_args("selfcheck-import-error-ambiguous-name", &[("name", &name)]);
                            vec![locale.t_args(
                                "selfcheck-import-error-at-line",
                                &[("line", &line.to_string()), ("message", &text)],
                            )]
                        }
                        Err(ImportStoreError::Db(e)) => return Err(e.into()),
                    },
                }
            }
        }
    };
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &import_page(page, tenant, round, errors)?,
    )
}
