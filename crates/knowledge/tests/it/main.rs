//! Integration tests of the knowledge platform: seeding, the magazine's pages and what readers
//! may see, on both backends, with the platform's harness.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

mod access_requests;
#[path = "../../../platform/tests/it/authz.rs"]
mod authz;
mod covers;
mod editorial;
mod magazine;
mod search;
#[path = "../../../platform/tests/it/support.rs"]
mod support;

/// The routes under test: the platform's and the magazine's, as the binary assembles them.
pub fn all_routes() -> weltoffen_platform::web::table::RouteTable {
    weltoffen_platform::routes().merge(weltoffen_knowledge::routes())
}
