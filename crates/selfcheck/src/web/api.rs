//! The Selbstcheck API under `/api/v1/selfcheck`: the instrument, starting rounds, assigning
//! fields, answering, closing, results and downloads, for integrations with a bearer token.
//!
//! Tenancy: a round is resolved by id and then checked against the token user's memberships
//! (or admin). A round of another municipality answers 404 with a detail that says so without
//! telling whether the id exists; members get 403 where a coordinator is needed.

use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;
use weltoffen_platform::accounts::model::{Email, MunicipalityRole};
use weltoffen_platform::accounts::store::SessionUser;
use weltoffen_platform::api::auth::ApiUser;
use weltoffen_platform::api::extract::ApiJson;
use weltoffen_platform::api::problem::{self as platform_problem, PROBLEM_JSON, Problem};
use weltoffen_platform::db::DbError;
use weltoffen_platform::error::{AppError, ErrorKind};
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::municipalities::store::{self as municipalities, MunicipalityRow};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{ClientIp, request_id, request_locale};
use weltoffen_platform::web::table::{Access, RouteTable};

use crate::scoring::{AnswerValue, FieldResult, score_round};
use crate::service::{self, AssignError, AssignOutcome, StartError};
use crate::store::{self, NewAnswer, RoundRow, SaveError};

/// The routes of this module, with their OpenAPI description and the API's response layers.
pub fn routes() -> RouteTable {
    let mut table = RouteTable::default()
        .get("/api/v1/selfcheck/instrument", Access::Token, instrument)
        .post("/api/v1/selfcheck/rounds", Access::Token, create_round)
        .post("/api/v1/selfcheck/rounds/{id}/assignments", Access::Token, assign)
        .put("/api/v1/selfcheck/rounds/{id}/answers", Access::Token, put_answers)
        .post("/api/v1/selfcheck/rounds/{id}/close", Access::Token, close)
        .get("/api/v1/selfcheck/rounds/{id}/results", Access::Token, results)
        .get("/api/v1/selfcheck/rounds/{id}/report.pdf", Access::Token, report_pdf)
        .get("/api/v1/selfcheck/rounds/{id}/answers.csv", Access::Token, answers_csv)
        .describe_api(SelfcheckApiDoc::openapi());
    // Innermost first: our problems get rendered, then the platform's API layer adds what every
    // API answer needs (the 401 challenge, 405 as problem details, `Cache-Control: no-store`).
    table.router = table
        .router
        .layer(middleware::from_fn(render_problems))
        .layer(middleware::from_fn(platform_problem::api_responses));
    table
}

/// The OpenAPI description of the Selbstcheck API.
#[derive(OpenApi)]
#[openapi(
    paths(instrument, create_round, assign, put_answers, close, results, report_pdf, answers_csv),
    components(schemas(
        InstrumentDoc,
        DimensionDoc,
        FieldDoc,
        ItemDoc,
        NewRound,
        CreatedRound,
        NewAssignment,
        AssignmentStatus,
        AnswersBody,
        AnswerInput,
        ApiAnswerValue,
        AnswerCode,
        SavedAnswers,
        CloseStatus,
        RoundResults,
        FieldResultDoc,
        DimensionResultDoc,
        ItemResultDoc,
        AnswerCounts,
        MunicipalityType,
        Problem
    )),
    tags((name = "selfcheck", description = "The Selbstcheck: instrument, rounds, answers and results"))
)]
pub struct SelfcheckApiDoc;

// ---------------------------------------------------------------------------------------------
// Errors

/// A failure of a Selbstcheck endpoint: a platform error, or a problem whose detail names the
/// offending value (which `AppError`'s static keys cannot) — rendered by [`render_problems`].
#[derive(Debug)]
pub enum ApiError {
    /// A platform error (404, 403, 409, 500 …), rendered by the error layer.
    App(AppError),
    /// A problem with a status and a message with arguments.
    Problem(PendingProblem),
}

/// A problem waiting for the request's language; carried as a response extension.
#[derive(Debug, Clone)]
pub struct PendingProblem {
    /// The status.
    pub status: StatusCode,
    /// The Fluent key of the detail.
    pub key: &'static str,
    /// The detail's arguments.
    pub args: Vec<(&'static str, String)>,
}

impl ApiError {
    /// 422 with a detail naming what is wrong.
    pub fn unprocessable(key: &'static str, args: &[(&'static str, &str)]) -> ApiError {
        ApiError::status(StatusCode::UNPROCESSABLE_ENTITY, key, args)
    }

    /// Any status with a detail with arguments.
    pub fn status(status: StatusCode, key: &'static str, args: &[(&'static str, &str)]) -> ApiError {
        ApiError::Problem(PendingProblem {
            status,
            key,
            args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        })
    }

    fn kind(kind: ErrorKind, detail: &'static str) -> ApiError {
        ApiError::App(AppError {
            kind,
            detail: Some(detail),
        })
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> ApiError {
        ApiError::App(e)
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> ApiError {
        ApiError::App(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::App(e) => e.into_response(),
            ApiError::Problem(p) => {
                let mut response = p.status.into_response();
                response.extensions_mut().insert(p);
                response
            }
        }
    }
}

type ApiResult<T> = Result<T, ApiError>;

fn title_key(status: StatusCode) -> &'static str {
    match status {
        StatusCode::UNPROCESSABLE_ENTITY => "selfcheck-api-error-unprocessable-title",
        StatusCode::CONFLICT => "error-conflict-title",
        StatusCode::FORBIDDEN => "error-forbidden-title",
        StatusCode::NOT_FOUND => "error-not-found-title",
        _ => "error-bad-request-title",
    }
}

/// Middleware: renders [`PendingProblem`]s as problem details in the request's language.
pub async fn render_problems(request: Request, next: Next) -> Response {
    let locale = request_locale(request.headers());
    let id = request_id(request.headers());
    let response = next.run(request).await;
    let Some(p) = response.extensions().get::<PendingProblem>().cloned() else {
        return response;
    };
    let args: Vec<(&str, &str)> = p.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut problem = Problem::new(locale, p.status, title_key(p.status), p.key, &id);
    problem.detail = locale.t_args(p.key, &args);
    let body = serde_json::to_string(&problem).unwrap_or_default();
    let mut out = (p.status, body).into_response();
    out.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    out
}

// ---------------------------------------------------------------------------------------------
// Tenancy

/// A round the token user may see, with their role in its municipality.
struct RoundAccess {
    round: RoundRow,
    municipality: MunicipalityRow,
    role: Option<MunicipalityRole>,
    admin: bool,
}

impl RoundAccess {
    fn can_manage(&self) -> bool {
        self.admin || self.role == Some(MunicipalityRole::Coordinator)
    }

    fn require_coordinator(&self) -> ApiResult<()> {
        if self.can_manage() {
            Ok(())
        } else {
            Err(ApiError::kind(
                ErrorKind::Forbidden,
                "selfcheck-api-error-not-coordinator",
            ))
        }
    }
}

fn round_not_found() -> ApiError {
    ApiError::kind(ErrorKind::NotFound, "selfcheck-api-error-round-not-found")
}

/// The round `id` for a member or coordinator of its municipality, or an admin; 404 otherwise.
async fn round_for(state: &AppState, user: &SessionUser, id: &str) -> ApiResult<RoundAccess> {
    let id = Uuid::parse_str(id).map_err(|_| round_not_found())?;
    let round = store::round_by_id(&state.db, id).await?.ok_or_else(round_not_found)?;
    let role = user.role_in(round.municipality_id);
    let admin = user.is_admin();
    if role.is_none() && !admin {
        return Err(round_not_found());
    }
    let municipality = municipalities::by_id(&state.db, round.municipality_id)
        .await?
        .ok_or_else(round_not_found)?;
    Ok(RoundAccess {
        round,
        municipality,
        role,
        admin,
    })
}

// ---------------------------------------------------------------------------------------------
// Values

/// An answer: 3 (trifft voll zu) to 0 (trifft nicht zu), or one of the two codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ApiAnswerValue {
    /// 3 = trifft voll zu, 2, 1, 0 = trifft nicht zu (nothing else).
    Score(u8),
    /// weiß nicht or nicht zutreffend.
    Code(AnswerCode),
}

/// The answers that are counted but not scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerCode {
    /// weiß nicht.
    DontKnow,
    /// nicht zutreffend.
    NotApplicable,
}

impl From<AnswerValue> for ApiAnswerValue {
    fn from(v: AnswerValue) -> ApiAnswerValue {
        match v {
            AnswerValue::Score(s) => ApiAnswerValue::Score(s.min(3)),
            AnswerValue::DontKnow => ApiAnswerValue::Code(AnswerCode::DontKnow),
            AnswerValue::NotApplicable => ApiAnswerValue::Code(AnswerCode::NotApplicable),
        }
    }
}

/// Reads a submitted value: a number 0–3 or one of the codes (as strings `"0"`–`"3"` too).
pub fn parse_value(json: &serde_json::Value) -> Option<AnswerValue> {
    match json {
        serde_json::Value::Number(n) => n
            .as_u64()
            .filter(|v| *v <= 3)
            .and_then(|v| u8::try_from(v).ok())
            .map(AnswerValue::Score),
        serde_json::Value::String(s) => AnswerValue::parse(s),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// GET /api/v1/selfcheck/instrument

/// The instrument of new rounds.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstrumentDoc {
    /// Version; a round keeps the version it started with.
    #[schema(example = "2026.1")]
    pub version: String,
    /// The three dimensions.
    pub dimensions: Vec<DimensionDoc>,
    /// The seven fields of action in order.
    pub fields: Vec<FieldDoc>,
}

/// A dimension.
#[derive(Debug, Serialize, ToSchema)]
pub struct DimensionDoc {
    /// Id (`haltung`, `massnahmen`, `zusammenarbeit`).
    pub id: String,
    /// Title in the language of the request.
    pub title: String,
}

/// A field of action.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldDoc {
    /// Id, e.g. `management`.
    pub id: String,
    /// Title in the language of the request.
    pub title: String,
    /// Its statements in authored order.
    pub items: Vec<ItemDoc>,
}

/// A statement.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemDoc {
    /// Id, `<field>.<slug>`.
    #[schema(example = "management.integration-concept")]
    pub id: String,
    /// Dimension id.
    pub dimension: String,
    /// Weight 1–3 in the scores.
    pub weight: u32,
    /// The municipality types the statement applies to.
    pub applies_to: Vec<MunicipalityType>,
    /// The statement in the language of the request.
    pub text: String,
}

/// The instrument.
///
/// Fields, dimensions and statements of the current Selbstcheck instrument, with titles and
/// statements in the language of `Accept-Language` (German unless English is asked for).
#[utoipa::path(
    get,
    path = "/api/v1/selfcheck/instrument",
    tag = "selfcheck",
    operation_id = "selfcheck_instrument",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The instrument", body = InstrumentDoc),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn instrument(_user: ApiUser, headers: HeaderMap) -> ApiResult<Json<InstrumentDoc>> {
    let locale = request_locale(&headers);
    let instrument = crate::current_instrument()?;
    Ok(Json(InstrumentDoc {
        version: instrument.version.clone(),
        dimensions: instrument
            .dimensions
            .iter()
            .map(|d| DimensionDoc {
                id: d.id.clone(),
                title: d.title.get(locale).to_owned(),
            })
            .collect(),
        fields: instrument
            .fields
            .iter()
            .map(|f| FieldDoc {
                id: f.id.clone(),
                title: f.title.get(locale).to_owned(),
                items: f
                    .items
                    .iter()
                    .map(|i| ItemDoc {
                        id: i.id.clone(),
                        dimension: i.dimension.clone(),
                        weight: i.weight,
                        applies_to: i.applies_to.clone(),
                        text: i.text.get(locale).to_owned(),
                    })
                    .collect(),
            })
            .collect(),
    }))
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/selfcheck/rounds

/// A round to start.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRound {
    /// Title, 1–200 characters.
    #[schema(example = "Selbstcheck 2026")]
    pub title: String,
    /// Due date `YYYY-MM-DD`, not in the past.
    #[schema(example = "2026-12-31")]
    pub due_date: Option<String>,
    /// AGS of the municipality; needed only when the token user coordinates several.
    #[schema(example = "12072")]
    pub ags: Option<String>,
}

/// The started round.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedRound {
    /// The round's id.
    pub id: Uuid,
}

/// The municipality a new round is for: the one named by `ags` (where the user coordinates, or
/// any for an admin), else the only one the user coordinates.
async fn municipality_for_new_round(
    state: &AppState,
    user: &SessionUser,
    ags: Option<&str>,
) -> ApiResult<MunicipalityRow> {
    let not_coordinator = || ApiError::kind(ErrorKind::Forbidden, "selfcheck-api-error-not-coordinator");
    let coordinated: Vec<&str> = user
        .memberships
        .iter()
        .filter(|m| m.role == MunicipalityRole::Coordinator)
        .map(|m| m.ags.as_str())
        .collect();
    let ags = match ags.map(str::trim) {
        Some(ags) if coordinated.contains(&ags) || user.is_admin() => ags.to_owned(),
        Some(_) => return Err(not_coordinator()),
        None => match coordinated.as_slice() {
            [one] => (*one).to_owned(),
            [] if !user.is_admin() => return Err(not_coordinator()),
            _ => return Err(ApiError::unprocessable("selfcheck-api-error-ags-required", &[])),
        },
    };
    municipalities::by_ags(&state.db, &ags)
        .await?
        .ok_or_else(|| ApiError::kind(ErrorKind::NotFound, "selfcheck-api-error-municipality-not-found"))
}

/// Start a round.
///
/// Starts a round of the current instrument for a municipality the token user coordinates.
/// A user who coordinates several municipalities (and an admin) must name it with `ags`.
#[utoipa::path(
    post,
    path = "/api/v1/selfcheck/rounds",
    tag = "selfcheck",
    operation_id = "selfcheck_create_round",
    security(("bearer" = [])),
    request_body = NewRound,
    responses(
        (status = 201, description = "The round is started", body = CreatedRound),
        (status = 400, description = "Malformed JSON or missing `title`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The user does not coordinate that municipality", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No municipality with that AGS", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad title or due date, or `ags` needed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_round(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(body): ApiJson<NewRound>,
) -> ApiResult<Response> {
    let municipality = municipality_for_new_round(&state, &user, body.ags.as_deref()).await?;
    let due = super::rounds::parse_due_date(body.due_date.as_deref().unwrap_or(""))
        .map_err(|key| ApiError::unprocessable(key, &[]))?;
    let instrument = crate::current_instrument()?;
    match service::start_round(&state, instrument, &municipality, &body.title, due, user.id).await {
        Ok(id) => Ok((StatusCode::CREATED, Json(CreatedRound { id })).into_response()),
        Err(StartError::Db(e)) => Err(e.into()),
        Err(e) => Err(ApiError::unprocessable(e.key(), &[])),
    }
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/selfcheck/rounds/{id}/assignments

/// Fields to assign to a person.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAssignment {
    /// The person's e-mail address.
    #[schema(example = "jugendamt@teltow-flaeming.example")]
    pub email: String,
    /// Field ids, e.g. `["management", "access"]`.
    pub fields: Vec<String>,
}

/// What the assignment did.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentStatus {
    /// `assigned`: a member of the municipality has the address and got the fields now;
    /// `invited`: an invitation went out and the fields are assigned when it is accepted.
    #[schema(example = "assigned")]
    pub status: String,
}

/// Assign fields.
///
/// Assigns fields of the round to the member with this address, or invites the address to the
/// municipality (the fields follow on acceptance). Coordinators of the round's municipality only.
#[utoipa::path(
    post,
    path = "/api/v1/selfcheck/rounds/{id}/assignments",
    tag = "selfcheck",
    operation_id = "selfcheck_assign",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    request_body = NewAssignment,
    responses(
        (status = 200, description = "Assigned or invited", body = AssignmentStatus),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a coordinator of the round's municipality", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The round is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad address, no field or an unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn assign(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewAssignment>,
) -> ApiResult<Json<AssignmentStatus>> {
    let access = round_for(&state, &user, &id).await?;
    access.require_coordinator()?;
    let email = Email::parse(&body.email).map_err(|key| ApiError::unprocessable(key, &[]))?;
    let instrument = crate::instrument_of_version(&access.round.instrument_version)?;
    let outcome = service::assign_by_email(
        &state,
        instrument,
        &access.municipality,
        &access.round,
        &user,
        &ip,
        &email,
        &body.fields,
        request_locale(&headers),
    )
    .await;
    let status = match outcome {
        Ok(AssignOutcome::Assigned) => "assigned",
        Ok(AssignOutcome::Invited) => "invited",
        Err(AssignError::RoundClosed) => {
            return Err(ApiError::kind(ErrorKind::Conflict, "selfcheck-api-error-round-closed"));
        }
        Err(AssignError::NoFields) => {
            return Err(ApiError::unprocessable("selfcheck-api-error-no-fields", &[]));
        }
        Err(AssignError::UnknownField(field)) => {
            return Err(ApiError::unprocessable(
                "selfcheck-api-error-unknown-field",
                &[("field", &field)],
            ));
        }
        Err(AssignError::Db(e)) => return Err(e.into()),
    };
    Ok(Json(AssignmentStatus {
        status: status.to_owned(),
    }))
}

// ---------------------------------------------------------------------------------------------
// PUT /api/v1/selfcheck/rounds/{id}/answers

/// The token user's answers.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswersBody {
    /// Answers; each statement at most once.
    pub answers: Vec<AnswerInput>,
}

/// One answer.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    /// Statement id.
    #[schema(example = "management.integration-concept")]
    pub item: String,
    /// 3, 2, 1, 0, `"dont_know"` or `"not_applicable"`.
    #[schema(value_type = ApiAnswerValue)]
    pub value: serde_json::Value,
    /// Optional comment, at most 2000 characters.
    pub comment: Option<String>,
}

/// How many answers were saved.
#[derive(Debug, Serialize, ToSchema)]
pub struct SavedAnswers {
    /// Answers saved (new or replaced).
    pub saved: usize,
}

fn save_error(e: SaveError) -> ApiError {
    match e {
        SaveError::RoundClosed => ApiError::kind(ErrorKind::Conflict, "selfcheck-api-error-round-closed"),
        SaveError::WrongInstrument(_) => ApiError::kind(ErrorKind::Conflict, "selfcheck-api-error-wrong-instrument"),
        SaveError::UnknownItem(item) => ApiError::unprocessable("selfcheck-api-error-unknown-item", &[("item", &item)]),
        SaveError::NotAssigned(item) => ApiError::status(
            StatusCode::FORBIDDEN,
            "selfcheck-api-error-not-assigned",
            &[("item", &item)],
        ),
        SaveError::CommentTooLong(item) => ApiError::unprocessable(
            "selfcheck-api-error-comment-too-long",
            &[("item", &item), ("max", &store::MAX_COMMENT_CHARS.to_string())],
        ),
        SaveError::Duplicate(item) => ApiError::unprocessable("selfcheck-api-error-duplicate-item", &[("item", &item)]),
        SaveError::Db(e) => e.into(),
    }
}

/// Save own answers.
///
/// Saves the token user's answers to statements of their assigned fields (a coordinator may
/// answer every field). All or nothing: if one answer is refused, none is saved. Answers given
/// before to the same statements are replaced; others stay.
#[utoipa::path(
    put,
    path = "/api/v1/selfcheck/rounds/{id}/answers",
    tag = "selfcheck",
    operation_id = "selfcheck_put_answers",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    request_body = AnswersBody,
    responses(
        (status = 200, description = "All answers are saved", body = SavedAnswers),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A statement of a field not assigned to the user", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The round is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A value outside the scale, an unknown statement, a statement twice or a comment too long; `detail` names it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_answers(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AnswersBody>,
) -> ApiResult<Json<SavedAnswers>> {
    let access = round_for(&state, &user, &id).await?;
    let instrument = crate::instrument_of_version(&access.round.instrument_version)?;
    let mut answers = Vec::with_capacity(body.answers.len());
    for a in body.answers {
        let Some(value) = parse_value(&a.value) else {
            return Err(ApiError::unprocessable(
                "selfcheck-api-error-bad-value",
                &[("item", &a.item), ("value", &a.value.to_string())],
            ));
        };
        answers.push(NewAnswer {
            item_id: a.item,
            value,
            comment: a.comment,
        });
    }
    let saved = store::save_answers(
        &state.db,
        instrument,
        &access.round,
        user.id,
        &user.name,
        access.can_manage(),
        &answers,
    )
    .await
    .map_err(save_error)?;
    Ok(Json(SavedAnswers { saved }))
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/selfcheck/rounds/{id}/close

/// The round's new status.
#[derive(Debug, Serialize, ToSchema)]
pub struct CloseStatus {
    /// Always `closed`.
    #[schema(example = "closed")]
    pub status: String,
}

/// Close a round.
///
/// Freezes the answers and stores the field scores. Coordinators of the round's municipality only.
#[utoipa::path(
    post,
    path = "/api/v1/selfcheck/rounds/{id}/close",
    tag = "selfcheck",
    operation_id = "selfcheck_close_round",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    responses(
        (status = 200, description = "The round is closed", body = CloseStatus),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a coordinator of the round's municipality", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The round was already closed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn close(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> ApiResult<Json<CloseStatus>> {
    let access = round_for(&state, &user, &id).await?;
    access.require_coordinator()?;
    let instrument = crate::instrument_of_version(&access.round.instrument_version)?;
    if !service::close_round(&state, instrument, &access.municipality, &access.round, user.id).await? {
        return Err(ApiError::kind(
            ErrorKind::Conflict,
            "selfcheck-api-error-already-closed",
        ));
    }
    Ok(Json(CloseStatus {
        status: "closed".to_owned(),
    }))
}

// ---------------------------------------------------------------------------------------------
// GET /api/v1/selfcheck/rounds/{id}/results

/// The results of a round.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoundResults {
    /// Round id.
    pub round: Uuid,
    /// `open` or `closed`.
    pub status: String,
    /// One entry per field in instrument order.
    pub fields: Vec<FieldResultDoc>,
}

/// A field's result.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldResultDoc {
    /// Field id.
    pub id: String,
    /// Score 0–100, unrounded; `null` when no statement has a numeric answer.
    #[schema(required = true)]
    pub score: Option<f64>,
    /// `einstieg` (< 25), `aufbau` (< 50), `fortgeschritten` (< 75) or `vorreiter`; `null` without score.
    #[schema(required = true, example = "aufbau")]
    pub band: Option<String>,
    /// Share 0–1 of the applicable statements with at least one numeric answer.
    pub coverage: f64,
    /// Scores per dimension.
    pub dimensions: Vec<DimensionResultDoc>,
    /// The applicable statements.
    pub items: Vec<ItemResultDoc>,
}

/// A dimension's score within a field.
#[derive(Debug, Serialize, ToSchema)]
pub struct DimensionResultDoc {
    /// Dimension id.
    pub id: String,
    /// Score 0–100, unrounded; `null` when nothing was answered.
    #[schema(required = true)]
    pub score: Option<f64>,
}

/// A statement's result.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemResultDoc {
    /// Statement id.
    pub id: String,
    /// Mean of the numeric answers (0–3); `null` without any.
    #[schema(required = true)]
    pub mean: Option<f64>,
    /// Highest minus lowest numeric answer; `null` without any.
    #[schema(required = true)]
    pub spread: Option<u8>,
    /// True when the spread is 2 or more: respondents see the statement differently.
    pub divergent: bool,
    /// How many respondents gave each answer.
    pub answers: AnswerCounts,
}

/// The distribution of a statement's answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnswerCounts {
    /// trifft voll zu.
    #[serde(rename = "3")]
    pub three: usize,
    /// 2.
    #[serde(rename = "2")]
    pub two: usize,
    /// 1.
    #[serde(rename = "1")]
    pub one: usize,
    /// trifft nicht zu.
    #[serde(rename = "0")]
    pub zero: usize,
    /// weiß nicht.
    pub dont_know: usize,
    /// nicht zutreffend.
    pub not_applicable: usize,
}

impl From<FieldResult> for FieldResultDoc {
    fn from(f: FieldResult) -> FieldResultDoc {
        FieldResultDoc {
            id: f.id,
            score: f.score,
            band: f.band.map(|b| b.code().to_owned()),
            coverage: f.coverage,
            dimensions: f
                .dimensions
                .into_iter()
                .map(|d| DimensionResultDoc {
                    id: d.id,
                    score: d.score,
                })
                .collect(),
            items: f
                .items
                .into_iter()
                .map(|i| ItemResultDoc {
                    answers: AnswerCounts {
                        three: i.distribution[3],
                        two: i.distribution[2],
                        one: i.distribution[1],
                        zero: i.distribution[0],
                        dont_know: i.dont_know,
                        not_applicable: i.not_applicable,
                    },
                    id: i.id,
                    mean: i.mean,
                    spread: i.spread,
                    divergent: i.divergent,
                })
                .collect(),
        }
    }
}

/// Results of a round.
///
/// Field, dimension and statement results computed from all answers so far (see the scoring
/// documentation); statements that do not apply to the municipality's type are left out.
#[utoipa::path(
    get,
    path = "/api/v1/selfcheck/rounds/{id}/results",
    tag = "selfcheck",
    operation_id = "selfcheck_results",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    responses(
        (status = 200, description = "The results", body = RoundResults),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn results(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> ApiResult<Json<RoundResults>> {
    let access = round_for(&state, &user, &id).await?;
    let instrument = crate::instrument_of_version(&access.round.instrument_version)?;
    let answers = store::answers_by_item(&state.db, access.round.id).await?;
    let fields = score_round(instrument, access.municipality.kind(), &answers);
    Ok(Json(RoundResults {
        round: access.round.id,
        status: access.round.status.clone(),
        fields: fields.into_iter().map(FieldResultDoc::from).collect(),
    }))
}

// ---------------------------------------------------------------------------------------------
// Downloads

/// The report as PDF.
///
/// The round's report (tagged PDF) in the language of `Accept-Language`.
#[utoipa::path(
    get,
    path = "/api/v1/selfcheck/rounds/{id}/report.pdf",
    tag = "selfcheck",
    operation_id = "selfcheck_report_pdf",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    responses(
        (status = 200, description = "The report", content_type = "application/pdf", body = String),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn report_pdf(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let access = round_for(&state, &user, &id).await?;
    let pdf = super::pdf::report_pdf(&state, &access.municipality, &access.round, request_locale(&headers)).await?;
    let name = super::exports::file_name(&access.municipality.ags, &access.round, "", "pdf");
    Ok(super::exports::download(pdf, "application/pdf", &name))
}

/// The answers as CSV.
///
/// The same file as the download on the round's page (format: `docs/selfcheck-csv.md`):
/// UTF-8 with BOM, `;`, CRLF, one row per answer; statement texts in the language of `Accept-Language`.
#[utoipa::path(
    get,
    path = "/api/v1/selfcheck/rounds/{id}/answers.csv",
    tag = "selfcheck",
    operation_id = "selfcheck_answers_csv",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Round id")),
    responses(
        (status = 200, description = "The answers", content_type = "text/csv", body = String),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round in the user's municipalities", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn answers_csv(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let access = round_for(&state, &user, &id).await?;
    let locale = request_locale(&headers);
    Ok(super::exports::csv_download(&state, &access.municipality, &access.round, locale).await?)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_numbers_0_to_3_or_the_two_codes() {
        assert_eq!(parse_value(&json!(3)), Some(AnswerValue::Score(3)));
        assert_eq!(parse_value(&json!(0)), Some(AnswerValue::Score(0)));
        assert_eq!(parse_value(&json!("2")), Some(AnswerValue::Score(2)));
        assert_eq!(parse_value(&json!("dont_know")), Some(AnswerValue::DontKnow));
        assert_eq!(parse_value(&json!("not_applicable")), Some(AnswerValue::NotApplicable));
        for bad in [
            json!(7),
            json!(-1),
            json!(2.5),
            json!(null),
            json!(true),
            json!("drei"),
            json!([3]),
        ] {
            assert_eq!(parse_value(&bad), None, "{bad}");
        }
    }

    #[test]
    fn answer_values_serialise_as_numbers_and_codes() {
        let out: Vec<ApiAnswerValue> = [AnswerValue::Score(2), AnswerValue::DontKnow, AnswerValue::NotApplicable]
            .into_iter()
            .map(ApiAnswerValue::from)
            .collect();
        assert_eq!(
            serde_json::to_value(out).unwrap(),
            json!([2, "dont_know", "not_applicable"])
        );
    }
}
