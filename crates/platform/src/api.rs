//! The JSON API under `/api/v1`, its OpenAPI document and bearer-token authentication.

use crate::web::table::RouteTable;

/// The API routes.
pub fn routes() -> RouteTable {
    RouteTable::default()
}
