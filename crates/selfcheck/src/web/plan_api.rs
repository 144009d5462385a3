//! The action plan's API under `/api/v1/measures`: list, create, read and change measures and
//! report updates, for integrations with a bearer token. Errors are problem details like the
//! Selbstcheck API's, rendered by the same layer.
//!
//! Tenancy as in the Selbstcheck API: a measure is found by id and then checked against the
//! token user's memberships (or admin); one of another municipality answers 404 without telling
//! whether the id exists. Listing and creating need the municipality: the one the user belongs
//! to, or the one named by `ags` when they belong to several (admins always name it). The rules
//! of the pages hold: every member reads the plan, coordinators and admins create measures,
//! coordinators, admins and a measure's owner change it. Input is checked by `plan::input`,
//! exactly as the form is, and a refused request saves nothing.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Deserializer, Serialize};
use time::Date;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;
use weltoffen_platform::accounts::model::MunicipalityRole;
use weltoffen_platform::accounts::store::{self as accounts, SessionUser};
use weltoffen_platform::api::auth::ApiUser;
use weltoffen_platform::api::extract::{ApiJson, QueryParams};
use weltoffen_platform::api::problem::{self as platform_problem, Problem};
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::error::{AppError, ErrorKind};
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::store::{self as municipalities, MunicipalityRow};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::request_locale;
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::table::{Access, RouteTable};

use super::api::{ApiError, render_problems};
use super::plan_export::{PlanMeasure, plan_measure, plan_measures, timestamp};
use crate::instrument::Instrument;
use crate::plan::input::{MeasureForm, MeasureInput, UpdateForm, UpdateInput};
use crate::plan::model::{self, ListFilter, MeasureStatus, OwnerFilter, is_overdue};
use crate::plan::service;
use crate::plan::store::{self, MeasureRow};

/// The routes of this module, with their OpenAPI description and the API's response layers.
pub fn routes() -> RouteTable {
    let mut table = RouteTable::default()
        .get("/api/v1/measures", Access::Token, list)
        .post("/api/v1/measures", Access::Token, create)
        .get("/api/v1/measures/{id}", Access::Token, show)
        .patch("/api/v1/measures/{id}", Access::Token, patch)
        .post("/api/v1/measures/{id}/updates", Access::Token, add_update)
        .describe_api(PlanApiDoc::openapi());
    // The same layers, in the same order, as the Selbstcheck API.
    table.router = table
        .router
        .layer(middleware::from_fn(render_problems))
        .layer(middleware::from_fn(platform_problem::api_responses));
    table
}

/// The OpenAPI description of the action plan API.
#[derive(OpenApi)]
#[openapi(
    paths(list, create, show, patch, add_update),
    components(schemas(
        MeasureList,
        MeasureDoc,
        MeasureStatusDoc,
        OwnerDoc,
        OwnerInput,
        MilestoneDoc,
        UpdateDoc,
        NewMeasure,
        MeasurePatch,
        NewUpdate,
        Problem
    )),
    tags((name = "action_plan", description = "The action plan: measures, their owners, dates, status and updates"))
)]
pub struct PlanApiDoc;

type ApiResult<T> = Result<T, ApiError>;

fn kind(kind: ErrorKind, detail: &'static str) -> ApiError {
    ApiError::App(AppError {
        kind,
        detail: Some(detail),
    })
}

fn measure_not_found() -> ApiError {
    kind(ErrorKind::NotFound, "selfcheck-plan-api-error-measure-not-found")
}

// ---------------------------------------------------------------------------------------------
// Tenancy

/// The municipality a list or a new measure is for, and whether the user may manage it there.
async fn municipality_for(
    state: &AppState,
    user: &SessionUser,
    ags: Option<&str>,
) -> ApiResult<(MunicipalityRow, bool)> {
    let manages = |role: MunicipalityRole| user.is_admin() || role == MunicipalityRole::Coordinator;
    match ags.map(str::trim) {
        Some(ags) => {
            if let Some(m) = user.memberships.iter().find(|m| m.ags == ags) {
                return Ok((m.municipality.clone(), manages(m.role)));
            }
            if !user.is_admin() {
                return Err(kind(ErrorKind::Forbidden, "selfcheck-plan-api-error-not-member"));
            }
            let municipality = municipalities::by_ags(&state.db, ags)
                .await?
                .ok_or_else(|| kind(ErrorKind::NotFound, "selfcheck-api-error-municipality-not-found"))?;
            Ok((municipality, true))
        }
        None => match user.memberships.as_slice() {
            [one] => Ok((one.municipality.clone(), manages(one.role))),
            // Someone without a municipality has no action plan; an admin must name one.
            [] if !user.is_admin() => Err(kind(ErrorKind::NotFound, "selfcheck-plan-api-error-no-municipality")),
            _ => Err(ApiError::unprocessable("selfcheck-plan-api-error-ags-required", &[])),
        },
    }
}

/// A measure the token user may see, and whether they may change it.
struct MeasureAccess {
    measure: MeasureRow,
    may_edit: bool,
}

/// The measure `id` for a member of its municipality or an admin; 404 otherwise.
async fn measure_for(state: &AppState, user: &SessionUser, id: &str) -> ApiResult<MeasureAccess> {
    let id = Uuid::parse_str(id).map_err(|_| measure_not_found())?;
    let measure = store::measure_by_id(&state.db, id)
        .await?
        .ok_or_else(measure_not_found)?;
    let role = user.role_in(measure.municipality_id);
    if role.is_none() && !user.is_admin() {
        return Err(measure_not_found());
    }
    let can_manage = user.is_admin() || role == Some(MunicipalityRole::Coordinator);
    Ok(MeasureAccess {
        may_edit: model::may_edit(can_manage, user.id, measure.owner_user_id),
        measure,
    })
}

/// The member ids of a municipality: the owners a measure may have.
async fn member_ids(state: &AppState, municipality_id: Uuid) -> ApiResult<Vec<Uuid>> {
    Ok(accounts::list_members(&state.db, municipality_id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Values

/// A measure's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatusDoc {
    /// geplant.
    Planned,
    /// in Arbeit.
    InProgress,
    /// umgesetzt.
    Done,
    /// verworfen.
    Dropped,
}

impl From<MeasureStatus> for MeasureStatusDoc {
    fn from(s: MeasureStatus) -> MeasureStatusDoc {
        match s {
            MeasureStatus::Planned => MeasureStatusDoc::Planned,
            MeasureStatus::InProgress => MeasureStatusDoc::InProgress,
            MeasureStatus::Done => MeasureStatusDoc::Done,
            MeasureStatus::Dropped => MeasureStatusDoc::Dropped,
        }
    }
}

/// Who is responsible for a measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OwnerDoc {
    /// A member of the municipality.
    Member {
        /// The member's user id.
        user_id: Uuid,
        /// The member's name.
        name: String,
    },
    /// A partner outside the administration, without an account.
    External {
        /// The partner's name.
        name: String,
    },
}

/// A milestone of a measure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MilestoneDoc {
    /// Id.
    pub id: Uuid,
    /// What is to be reached.
    pub title: String,
    /// By when (`YYYY-MM-DD`).
    #[schema(value_type = Option<String>, format = Date, required = true)]
    pub due_date: Option<String>,
    /// When it was reached (RFC 3339); `null` while open.
    #[schema(value_type = Option<String>, format = DateTime, required = true)]
    pub done_at: Option<String>,
}

/// A dated update of a measure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UpdateDoc {
    /// Id.
    pub id: Uuid,
    /// Who wrote it; `null` when the account is gone.
    #[schema(required = true)]
    pub author: Option<String>,
    /// What happened (empty when the update only changed status or progress).
    pub body: String,
    /// The status it set; `null` when it kept the status.
    #[schema(required = true)]
    pub status: Option<MeasureStatusDoc>,
    /// The progress it set; `null` when it kept the progress.
    #[schema(required = true)]
    pub progress: Option<u8>,
    /// When (RFC 3339).
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// A measure of the action plan.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MeasureDoc {
    /// Id.
    pub id: Uuid,
    /// Title.
    #[schema(example = "Integrationskonzept fortschreiben")]
    pub title: String,
    /// Description (may be empty; blank lines separate paragraphs).
    pub description: String,
    /// Status.
    pub status: MeasureStatusDoc,
    /// Progress in percent, 0–100.
    pub progress: u8,
    /// Field ids in the instrument's order (see `GET /api/v1/selfcheck/instrument`).
    #[schema(example = json!(["management"]))]
    pub fields: Vec<String>,
    /// Ids of the Selbstcheck statements the measure addresses, in the instrument's order.
    #[schema(example = json!(["management.integration-concept"]))]
    pub items: Vec<String>,
    /// Who is responsible; `null` for nobody yet.
    #[schema(required = true)]
    pub owner: Option<OwnerDoc>,
    /// Start (`YYYY-MM-DD`).
    #[schema(value_type = Option<String>, format = Date, required = true)]
    pub start_date: Option<String>,
    /// Due date (`YYYY-MM-DD`), not before the start.
    #[schema(value_type = Option<String>, format = Date, required = true)]
    pub due_date: Option<String>,
    /// Shown on a public progress page.
    pub public: bool,
    /// The Selbstcheck round whose recommendation the measure takes up.
    #[schema(required = true)]
    pub source_round: Option<Uuid>,
    /// Created (RFC 3339).
    #[schema(format = DateTime)]
    pub created_at: String,
    /// Last change of the measure itself (RFC 3339).
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Milestones in their order.
    pub milestones: Vec<MilestoneDoc>,
    /// True when the due date has passed and the measure is still planned or in progress.
    pub overdue: bool,
    /// The newest update; `null` when there is none.
    #[schema(required = true)]
    pub latest_update: Option<UpdateDoc>,
}

fn date_text(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

impl MeasureDoc {
    fn new(m: PlanMeasure, today: Date) -> MeasureDoc {
        let row = m.row;
        let status = row.status();
        let progress = row.progress();
        let owner = match (row.owner_user_id, row.owner_name, row.owner_external) {
            (Some(user_id), name, _) => Some(OwnerDoc::Member {
                user_id,
                name: name.unwrap_or_default(),
            }),
            (None, _, Some(name)) => Some(OwnerDoc::External { name }),
            (None, _, None) => None,
        };
        MeasureDoc {
            id: row.id,
            status: status.into(),
            progress,
            overdue: is_overdue(status, row.due_date, today),
            fields: m.fields,
            items: m.items,
            owner,
            start_date: date_text(row.start_date),
            due_date: date_text(row.due_date),
            public: row.public,
            source_round: row.source_round_id,
            created_at: timestamp(row.created_at),
            updated_at: timestamp(row.updated_at),
            milestones: m
                .milestones
                .into_iter()
                .map(|ms| MilestoneDoc {
                    id: ms.id,
                    title: ms.title,
                    due_date: date_text(ms.due_date),
                    done_at: ms.done_at.map(timestamp),
                })
                .collect(),
            latest_update: m.latest_update.map(|u| UpdateDoc {
                id: u.id,
                status: u.new_status().map(MeasureStatusDoc::from),
                progress: u.progress.and_then(|p| u8::try_from(p).ok()),
                author: u.author_name,
                body: u.body,
                created_at: timestamp(u.created_at),
            }),
            title: row.title,
            description: row.description,
        }
    }
}

/// The measure as the API shows it, read again after a change.
async fn measure_doc(state: &AppState, municipality_id: Uuid, id: Uuid) -> ApiResult<MeasureDoc> {
    let row = store::measure(&state.db, municipality_id, id)
        .await?
        .ok_or_else(measure_not_found)?;
    let instrument = crate::current_instrument()?;
    let measure = plan_measure(&state.db, row, instrument).await?;
    Ok(MeasureDoc::new(measure, today_in_germany()))
}

/// `201 Created` with the measure and its address.
fn created(doc: MeasureDoc) -> Response {
    let mut response = (StatusCode::CREATED, Json(&doc)).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/measures/{}", doc.id)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// The name of a form field in the JSON body.
fn json_key(form_field: &str) -> &str {
    match form_field {
        "owner_external" => "owner",
        "update-status" => "status",
        "update-progress" => "progress",
        other => other,
    }
}

/// 422 naming every refused key with the form's message for it, in the request's language.
fn invalid(errors: &FormErrors, locale: Locale) -> ApiError {
    let list: Vec<String> = errors
        .list
        .iter()
        .map(|e| format!("{}: {}", json_key(e.field), locale.t(e.key)))
        .collect();
    ApiError::unprocessable("selfcheck-plan-api-error-invalid", &[("errors", &list.join(" "))])
}

// ---------------------------------------------------------------------------------------------
// GET /api/v1/measures

/// The measures of a municipality.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureList {
    /// The municipality's AGS.
    #[schema(example = "12072")]
    pub ags: String,
    /// The measures: open ones first, each by due date.
    pub measures: Vec<MeasureDoc>,
}

/// A filter parameter the API does not know is refused, naming it (the pages ignore it instead).
fn bad_parameter(parameter: &str, value: &str) -> ApiError {
    ApiError::unprocessable(
        "selfcheck-plan-api-error-parameter",
        &[("parameter", parameter), ("value", value)],
    )
}

fn list_filter(params: &QueryParams, instrument: &Instrument) -> ApiResult<ListFilter> {
    let field = match params.get("field") {
        Some(f) if instrument.field(f).is_some() => Some(f.to_owned()),
        Some(f) => return Err(bad_parameter("field", f)),
        None => None,
    };
    let status = match params.get("status") {
        Some(s) => Some(MeasureStatus::parse(s).ok_or_else(|| bad_parameter("status", s))?),
        None => None,
    };
    let owner = match params.get("owner") {
        None => OwnerFilter::Any,
        Some("external") => OwnerFilter::External,
        Some("none") => OwnerFilter::Nobody,
        Some(o) => OwnerFilter::Member(Uuid::parse_str(o).map_err(|_| bad_parameter("owner", o))?),
    };
    Ok(ListFilter { field, status, owner })
}

/// List measures.
///
/// The measures of the token user's municipality (name it with `ags` when the user belongs to
/// several; admins always name it), optionally filtered by field, status and owner.
#[utoipa::path(
    get,
    path = "/api/v1/measures",
    tag = "action_plan",
    operation_id = "measures_list",
    security(("bearer" = [])),
    params(
        ("field" = Option<String>, Query, description = "Only measures addressing this field id"),
        ("status" = Option<String>, Query, description = "Only measures with this status: `planned`, `in_progress`, `done` or `dropped`"),
        ("owner" = Option<String>, Query, description = "Only measures of this member (user id), `external` for external partners, `none` for measures without an owner"),
        ("ags" = Option<String>, Query, description = "AGS of the municipality; needed only when the user belongs to several"),
    ),
    responses(
        (status = 200, description = "The measures", body = MeasureList),
        (status = 400, description = "Malformed query string or a parameter given twice", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The user is not a member of the municipality named by `ags`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No municipality with that AGS, or the user belongs to none", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown filter value (`detail` names it), or `ags` needed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    params: QueryParams,
) -> ApiResult<Json<MeasureList>> {
    let instrument = crate::current_instrument()?;
    let filter = list_filter(&params, instrument)?;
    let (municipality, _) = municipality_for(&state, &user, params.get("ags")).await?;
    let today = today_in_germany();
    let measures = plan_measures(&state.db, municipality.id, &filter, instrument).await?;
    Ok(Json(MeasureList {
        ags: municipality.ags,
        measures: measures.into_iter().map(|m| MeasureDoc::new(m, today)).collect(),
    }))
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/measures

/// Who is to be responsible for a measure.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum OwnerInput {
    /// A member of the municipality.
    Member {
        /// The member's user id.
        user_id: Uuid,
    },
    /// A partner outside the administration.
    External {
        /// The partner's name, at most 200 characters.
        name: String,
    },
}

/// Sets the form's two owner inputs from the JSON owner.
fn set_owner(form: &mut MeasureForm, owner: Option<OwnerInput>) {
    (form.owner, form.owner_external) = match owner {
        None => (String::new(), String::new()),
        Some(OwnerInput::Member { user_id }) => (user_id.to_string(), String::new()),
        Some(OwnerInput::External { name }) => (String::new(), name),
    };
}

/// A measure to create.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeasure {
    /// Title, 1–200 characters.
    #[schema(example = "Integrationskonzept fortschreiben")]
    pub title: String,
    /// Description, at most 5,000 characters.
    #[serde(default)]
    pub description: String,
    /// Field ids, at least one.
    #[serde(default)]
    #[schema(example = json!(["management"]))]
    pub fields: Vec<String>,
    /// Statement ids, each of one of the fields.
    #[serde(default)]
    pub items: Vec<String>,
    /// `planned` (the default), `in_progress`, `done` or `dropped`.
    #[schema(example = "planned")]
    pub status: Option<String>,
    /// Progress in percent, 0–100; without it 0, or 100 for `done`.
    pub progress: Option<i64>,
    /// Who is responsible; absent or `null` for nobody yet.
    pub owner: Option<OwnerInput>,
    /// Start, `YYYY-MM-DD`.
    #[schema(example = "2026-03-01")]
    pub start_date: Option<String>,
    /// Due date, `YYYY-MM-DD`, not before the start.
    #[schema(example = "2026-09-30")]
    pub due_date: Option<String>,
    /// Show on a public progress page (default false).
    #[serde(default)]
    pub public: bool,
    /// The Selbstcheck round (of the same municipality) whose recommendation the measure takes up.
    pub source_round: Option<Uuid>,
    /// AGS of the municipality; needed only when the user belongs to several.
    #[schema(example = "12072")]
    pub ags: Option<String>,
}

/// Create a measure.
///
/// Creates a measure in the token user's municipality; coordinators and admins only. The input
/// is checked like the form on the pages; if anything is refused, nothing is saved.
#[utoipa::path(
    post,
    path = "/api/v1/measures",
    tag = "action_plan",
    operation_id = "measures_create",
    security(("bearer" = [])),
    request_body = NewMeasure,
    responses(
        (status = 201, description = "The measure is created; `Location` is its address", body = MeasureDoc,
            headers(("Location" = String, description = "`/api/v1/measures/{id}`"))),
        (status = 400, description = "Malformed JSON, an unknown key or missing `title`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a coordinator of the municipality", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No municipality with that AGS, or the user belongs to none", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused input; `detail` names each key (for example `due_date` before `start_date`, an unknown statement), or `ags` needed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    ApiJson(body): ApiJson<NewMeasure>,
) -> ApiResult<Response> {
    let (municipality, can_manage) = municipality_for(&state, &user, body.ags.as_deref()).await?;
    if !can_manage {
        return Err(kind(ErrorKind::Forbidden, "selfcheck-api-error-not-coordinator"));
    }
    let mut form = MeasureForm {
        title: body.title,
        description: body.description,
        fields: body.fields,
        items: body.items,
        status: body.status.unwrap_or_else(|| MeasureStatus::Planned.code().to_owned()),
        progress: body.progress.map(|p| p.to_string()).unwrap_or_default(),
        start_date: body.start_date.unwrap_or_default(),
        due_date: body.due_date.unwrap_or_default(),
        public: body.public,
        ..MeasureForm::default()
    };
    set_owner(&mut form, body.owner);
    let instrument = crate::current_instrument()?;
    let members = member_ids(&state, municipality.id).await?;
    // `None`: no round named; `Some(None)`: a round that is not the municipality's.
    let source_round = match body.source_round {
        Some(id) => Some(crate::store::round(&state.db, municipality.id, id).await?.map(|r| r.id)),
        None => None,
    };
    let (input, source_round) = match (MeasureInput::validate(&form, instrument, &members), source_round) {
        (Ok(input), None) => (input, None),
        (Ok(input), Some(Some(round))) => (input, Some(round)),
        (checked, source_round) => {
            let mut errors = checked.err().unwrap_or_default();
            if matches!(source_round, Some(None)) {
                errors.add("source_round", "selfcheck-plan-api-error-source-round");
            }
            return Err(invalid(&errors, request_locale(&headers)));
        }
    };
    let id = service::create(&state.db, municipality.id, &input, source_round, user.id).await?;
    Ok(created(measure_doc(&state, municipality.id, id).await?))
}

// ---------------------------------------------------------------------------------------------
// GET /api/v1/measures/{id}

/// Read a measure.
#[utoipa::path(
    get,
    path = "/api/v1/measures/{id}",
    tag = "action_plan",
    operation_id = "measures_get",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Measure id")),
    responses(
        (status = 200, description = "The measure", body = MeasureDoc),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such measure in the user's municipalities", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path(id): Path<String>,
) -> ApiResult<Json<MeasureDoc>> {
    let access = measure_for(&state, &user, &id).await?;
    let instrument = crate::current_instrument()?;
    let measure = plan_measure(&state.db, access.measure, instrument).await?;
    Ok(Json(MeasureDoc::new(measure, today_in_germany())))
}

// ---------------------------------------------------------------------------------------------
// PATCH /api/v1/measures/{id}

/// Tells a key sent as `null` (`Some(None)`) from a key left out (`None`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Changes to a measure: only the keys sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasurePatch {
    /// New title.
    pub title: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// New field ids (replace the old ones; linked statements must belong to them).
    pub fields: Option<Vec<String>>,
    /// New statement ids (replace the old ones).
    pub items: Option<Vec<String>>,
    /// New status. A change of status or progress is also written to the measure's history.
    #[schema(example = "in_progress")]
    pub status: Option<String>,
    /// New progress, 0–100.
    pub progress: Option<i64>,
    /// New owner; `null` for nobody.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<OwnerInput>)]
    pub owner: Option<Option<OwnerInput>>,
    /// New start, `YYYY-MM-DD`; `null` clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, example = "2026-03-01")]
    pub start_date: Option<Option<String>>,
    /// New due date, `YYYY-MM-DD`, not before the start; `null` clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, example = "2026-09-30")]
    pub due_date: Option<Option<String>>,
    /// Show on a public progress page.
    pub public: Option<bool>,
}

impl MeasurePatch {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.description.is_none()
            && self.fields.is_none()
            && self.items.is_none()
            && self.status.is_none()
            && self.progress.is_none()
            && self.owner.is_none()
            && self.start_date.is_none()
            && self.due_date.is_none()
            && self.public.is_none()
    }

    /// The stored measure as the form would show it, with the sent keys changed.
    fn apply(self, measure: &MeasureRow, fields: Vec<String>, items: Vec<String>) -> MeasureForm {
        let iso = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let mut form = MeasureForm {
            title: self.title.unwrap_or_else(|| measure.title.clone()),
            description: self.description.unwrap_or_else(|| measure.description.clone()),
            fields: self.fields.unwrap_or(fields),
            items: self.items.unwrap_or(items),
            status: self.status.unwrap_or_else(|| measure.status.clone()),
            progress: self.progress.unwrap_or(i64::from(measure.progress)).to_string(),
            owner: measure.owner_user_id.map(|id| id.to_string()).unwrap_or_default(),
            owner_external: measure.owner_external.clone().unwrap_or_default(),
            start_date: self
                .start_date
                .map_or_else(|| iso(measure.start_date), Option::unwrap_or_default),
            due_date: self
                .due_date
                .map_or_else(|| iso(measure.due_date), Option::unwrap_or_default),
            public: self.public.unwrap_or(measure.public),
            source_round: String::new(),
        };
        if let Some(owner) = self.owner {
            set_owner(&mut form, owner);
        }
        form
    }
}

/// Change a measure.
///
/// Changes only the keys sent; the result is checked like the form on the pages, and if anything
/// is refused nothing changes. Coordinators and admins may change every measure, other members
/// only those they own.
#[utoipa::path(
    patch,
    path = "/api/v1/measures/{id}",
    tag = "action_plan",
    operation_id = "measures_patch",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Measure id")),
    request_body = MeasurePatch,
    responses(
        (status = 200, description = "The measure as it is now", body = MeasureDoc),
        (status = 400, description = "Malformed JSON or an unknown key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither coordinator nor admin nor the measure's owner", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such measure in the user's municipalities", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused input; `detail` names each key", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn patch(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MeasurePatch>,
) -> ApiResult<Json<MeasureDoc>> {
    let access = measure_for(&state, &user, &id).await?;
    if !access.may_edit {
        return Err(kind(ErrorKind::Forbidden, "selfcheck-plan-api-error-not-editor"));
    }
    let measure = access.measure;
    // Nothing to change: answer without writing, so the measure's change time stays.
    if !body.is_empty() {
        let fields = store::fields_of(&state.db, measure.id).await?;
        let items = store::items_of(&state.db, measure.id).await?;
        let form = body.apply(&measure, fields, items);
        let instrument = crate::current_instrument()?;
        let members = member_ids(&state, measure.municipality_id).await?;
        let input = MeasureInput::validate(&form, instrument, &members)
            .map_err(|errors| invalid(&errors, request_locale(&headers)))?;
        if !service::update(&state.db, &measure, &input, user.id).await? {
            return Err(measure_not_found());
        }
    }
    Ok(Json(measure_doc(&state, measure.municipality_id, measure.id).await?))
}

// ---------------------------------------------------------------------------------------------
// POST /api/v1/measures/{id}/updates

/// An update of a measure.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUpdate {
    /// What happened, at most 5,000 characters; may be empty when status or progress change.
    #[schema(example = "Erste Sitzung mit dem Beirat gehalten.")]
    pub body: String,
    /// New status; left out or the same as now keeps it.
    #[schema(example = "in_progress")]
    pub status: Option<String>,
    /// New progress, 0–100; left out keeps it (`done` without progress means 100).
    pub progress: Option<i64>,
}

/// Report an update.
///
/// Records a dated update, and the status and progress it sets. Coordinators, admins and the
/// measure's owner.
#[utoipa::path(
    post,
    path = "/api/v1/measures/{id}/updates",
    tag = "action_plan",
    operation_id = "measures_add_update",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Measure id")),
    request_body = NewUpdate,
    responses(
        (status = 201, description = "The update is recorded; the answer is the measure as it is now, with the update as `latest_update`", body = MeasureDoc,
            headers(("Location" = String, description = "`/api/v1/measures/{id}`"))),
        (status = 400, description = "Malformed JSON, an unknown key or missing `body`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither coordinator nor admin nor the measure's owner", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such measure in the user's municipalities", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused input (nothing said or changed, a bad status or progress); `detail` names the key", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn add_update(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewUpdate>,
) -> ApiResult<Response> {
    let access = measure_for(&state, &user, &id).await?;
    if !access.may_edit {
        return Err(kind(ErrorKind::Forbidden, "selfcheck-plan-api-error-not-editor"));
    }
    let measure = access.measure;
    let form = UpdateForm {
        body: body.body,
        status: body.status.unwrap_or_default(),
        progress: body.progress.map(|p| p.to_string()).unwrap_or_default(),
    };
    let update = UpdateInput::validate(&form, (measure.status(), measure.progress()))
        .map_err(|errors| invalid(&errors, request_locale(&headers)))?;
    if !service::add_update(&state.db, &measure, &update, user.id).await? {
        return Err(measure_not_found());
    }
    Ok(created(measure_doc(&state, measure.municipality_id, measure.id).await?))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_patch_tells_null_from_a_missing_key() {
        let p: MeasurePatch =
            serde_json::from_str(r#"{"due_date": null, "owner": {"kind": "external", "name": "Verein"}}"#).unwrap();
        assert_eq!(p.due_date, Some(None));
        assert_eq!(p.start_date, None);
        assert!(matches!(p.owner, Some(Some(OwnerInput::External { .. }))));
        assert!(!p.is_empty());
        let p: MeasurePatch = serde_json::from_str("{}").unwrap();
        assert!(p.is_empty());
        assert!(serde_json::from_str::<MeasurePatch>(r#"{"colour": "red"}"#).is_err());
    }

    #[test]
    fn form_errors_are_named_by_their_json_keys() {
        assert_eq!(json_key("owner_external"), "owner");
        assert_eq!(json_key("update-progress"), "progress");
        assert_eq!(json_key("due_date"), "due_date");
    }
}
