//! Admin pages: municipalities, users, invitations, audit log, feedback inbox, site texts.

use askama::Template;
use axum::response::Response;

use crate::error::AppResult;
use crate::web::context::{AdminUser, Page};
use crate::web::render::render;
use crate::web::table::{Access, RouteTable};

/// The admin routes.
pub fn routes() -> RouteTable {
    RouteTable::default().get("/admin", Access::Admin, index)
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct IndexPage {
    page: Page,
}

/// GET /admin
pub async fn index(_admin: AdminUser, page: Page) -> AppResult<Response> {
    render(&IndexPage { page })
}
