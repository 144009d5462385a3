//! The JSON API under `/api/v1`, its OpenAPI document and bearer-token authentication.
//!
//! Integrations authenticate with an API token in `Authorization: Bearer <token>` (see
//! [`auth::ApiUser`]); session cookies are never accepted here, which is why the CSRF layer can
//! exempt `/api/`. Errors are `AppError`s like everywhere else; the error layer renders them as
//! RFC 9457 problem details, and [`problem::api_responses`] adds what only the API needs
//! (`WWW-Authenticate` on 401, problem details for 405, `Cache-Control: no-store`).
//!
//! Tenancy rule for municipality-scoped endpoints (for example `/api/v1/m/{ags}/…`): a token
//! acts for its user, so such a handler must check the `{ags}` against
//! `ApiUser.0.memberships` exactly as the `Tenant` extractor does for pages — a member or
//! coordinator of that municipality, or a platform admin, and `403` for everybody else —
//! and must never trust an `ags` from the query or body without that check. Declare such
//! routes with `Access::Token` and add the case to the authorisation test.

pub mod auth;
pub mod extract;
pub mod me;
pub mod municipalities;
pub mod openapi;
pub mod problem;

use axum::middleware;

use crate::web::table::{Access, RouteTable};

/// The API routes.
pub fn routes() -> RouteTable {
    let mut table = RouteTable::default()
        .get("/api/v1/me", Access::Token, me::me)
        .get("/api/v1/municipalities", Access::Token, municipalities::list)
        .get("/api/openapi.json", Access::Public, openapi::openapi_json)
        .describe_api(<openapi::ApiDoc as utoipa::OpenApi>::openapi());
    table.router = table.router.layer(middleware::from_fn(problem::api_responses));
    table
}
