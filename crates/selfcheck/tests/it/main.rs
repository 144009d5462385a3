//! Integration tests of the Selbstcheck: store and HTTP on both backends, with the platform's
//! harness and its authorisation walk over every route of the application.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

mod api;
#[path = "../../../platform/tests/it/authz.rs"]
mod authz;
mod exports;
mod pages;
mod pdf;
mod plan;
mod plan_api;
mod plan_more;
mod results;
mod store;
#[path = "../../../platform/tests/it/support.rs"]
mod support;
mod workshop;

/// The routes under test: the platform's and the Selbstcheck's, as the binary assembles them.
pub fn all_routes() -> weltoffen_platform::web::table::RouteTable {
    weltoffen_platform::routes().merge(weltoffen_selfcheck::web::routes())
}
