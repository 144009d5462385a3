//! The shared platform of weltoffen: database, accounts, tenancy, i18n, layout, mail, and the
//! pages every pillar builds on.

pub mod accounts;
pub mod api;
pub mod article_links;
pub mod audit;
pub mod clock;
pub mod content;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod error;
pub mod fields;
pub mod housekeeping;
pub mod i18n;
pub mod i18n_keys;
pub mod live;
pub mod mail;
pub mod municipalities;
pub mod ops;
pub mod pages;
pub mod recommendations;
pub mod schema;
pub mod settings;
pub mod site;
pub mod state;
pub mod web;
pub mod xml;

use std::time::Duration;

use axum::Router;
use axum::http::HeaderName;
use axum::middleware;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use state::AppState;
use web::table::{Access, RouteTable};

/// Every route of the platform with its declared access.
pub fn routes() -> RouteTable {
    use pages::{account, admin, auth, municipality, public};
    RouteTable::default()
        .get("/", Access::Public, public::home)
        .get("/impressum", Access::Public, public::impressum)
        .get("/datenschutz", Access::Public, public::datenschutz)
        .get("/barrierefreiheit", Access::Public, public::accessibility)
        .post("/barrierefreiheit", Access::Public, public::send_feedback)
        .post("/language", Access::Public, auth::switch_language)
        .get("/login", Access::Public, auth::login_form)
        .post("/login", Access::Public, auth::login)
        .post("/logout", Access::Public, auth::logout)
        .get("/password/forgot", Access::Public, auth::forgot_form)
        .post("/password/forgot", Access::Public, auth::forgot)
        .get("/password/reset/{token}", Access::Public, auth::reset_form)
        .post("/password/reset/{token}", Access::Public, auth::reset)
        .get("/invitation/{token}", Access::Public, auth::invitation_form)
        .post("/invitation/{token}", Access::Public, auth::accept_invitation)
        .get("/account", Access::Authenticated, account::show)
        .post("/account/profile", Access::Authenticated, account::update_profile)
        .post("/account/password", Access::Authenticated, account::change_password)
        .post("/account/tokens", Access::Authenticated, account::create_token)
        .post(
            "/account/tokens/{id}/revoke",
            Access::Authenticated,
            account::revoke_token,
        )
        .post("/account/delete", Access::Authenticated, account::delete_account)
        .post("/municipality/switch", Access::Authenticated, municipality::switch)
        .get("/m/{ags}", Access::Member, municipality::overview)
        .post("/m/{ags}/invitations", Access::Coordinator, municipality::invite)
        .post(
            "/m/{ags}/members/{id}/role",
            Access::Coordinator,
            municipality::change_role,
        )
        .merge(admin::routes())
        .merge(api::routes())
        .get("/healthz", Access::Public, ops::healthz)
        .get("/readyz", Access::Public, ops::readyz)
        .get("/metrics", Access::Public, ops::metrics)
}

/// The complete application from a route table (the platform's and the pillars'), with static
/// files, the published OpenAPI document and the middleware stack.
pub fn app(state: AppState, routes: RouteTable) -> Router {
    let static_files = Router::new().nest_service(
        "/static",
        ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("public, max-age=3600"),
            ))
            .service(ServeDir::new(static_dir())),
    );
    let request_id = HeaderName::from_static("x-request-id");
    let document = api::openapi::Document(std::sync::Arc::new(routes.api_doc.unwrap_or_default()));
    routes
        .router
        .layer(axum::Extension(document))
        .fallback(web::render::not_found)
        .layer(middleware::from_fn_with_state(state.clone(), web::csrf::csrf_layer))
        .merge(static_files)
        .layer(middleware::from_fn(web::render::error_pages))
        .layer(middleware::from_fn(web::headers::security_headers))
        .layer(middleware::from_fn(ops::track_metrics))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(ops::make_span))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// The folder of static files: `static/` of the workspace, or `WELTOFFEN_STATIC_DIR`.
pub fn static_dir() -> std::path::PathBuf {
    std::env::var_os("WELTOFFEN_STATIC_DIR")
        .map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static"))
}
