//! The Selbstcheck's pages and API under `/m/{ags}/selbstcheck` and `/api/v1/selfcheck`, and the
//! action plan's pages under `/m/{ags}/handlungsplan`, and the workshop's under
//! `/m/{ags}/selbstcheck/workshops` and `/w/{token}`.

pub mod answer;
pub mod api;
pub mod exports;
pub mod pdf;
pub mod plan;
pub mod plan_api;
pub mod plan_detail;
pub mod plan_export;
pub mod plan_form;
pub mod plan_public;
pub mod results;
pub mod rounds;
pub mod statement;
pub mod workshop;
pub mod workshop_live;
pub mod workshop_protocol;

use uuid::Uuid;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::Tenant;
use weltoffen_platform::web::table::RouteTable;

use crate::store::{self, RoundRow};

/// Every route of the Selbstcheck with its declared access.
pub fn routes() -> RouteTable {
    rounds::routes()
        .merge(answer::routes())
        .merge(results::routes())
        .merge(exports::routes())
        .merge(pdf::routes())
        .merge(api::routes())
        .merge(statement::routes())
        .merge(plan::routes())
        .merge(plan_export::routes())
        .merge(plan_public::routes())
        .merge(plan_api::routes())
        .merge(workshop::routes())
}

/// The round `id` of the tenant's municipality; 404 for a malformed id or another municipality's round.
pub async fn tenant_round(state: &AppState, tenant: &Tenant, id: &str) -> AppResult<RoundRow> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::not_found())?;
    store::round(&state.db, tenant.municipality.id, id)
        .await?
        .ok_or_else(AppError::not_found)
}

/// The path of a round's page.
pub fn round_path(ags: &str, round: Uuid) -> String {
    format!("/m/{ags}/selbstcheck/{round}")
}
