//! Integration tests of the platform: HTTP level on both backends, i18n completeness, routes.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

mod admin;
mod api;
mod authz;
mod flows;
mod i18n;
mod live;
mod parity;
mod support;

/// The routes under test: the platform's own (the selfcheck crate includes this harness with all).
pub fn all_routes() -> weltoffen_platform::web::table::RouteTable {
    weltoffen_platform::routes()
}
