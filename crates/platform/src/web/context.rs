//! What every handler and page knows about the request: language, CSRF token, the logged-in
//! person and their municipalities. Extractors here enforce login, platform roles and tenancy.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::accounts::model::MunicipalityRole;
use crate::accounts::store::{self, Membership, SessionUser};
use crate::error::{AppError, ErrorKind};
use crate::i18n::Locale;
use crate::municipalities::store::{MunicipalityRow, by_ags};
use crate::state::AppState;
use crate::web::cookies;
use crate::web::csrf::CsrfToken;

/// The request as pages see it; also the context every template gets as `page`.
#[derive(Clone, Debug)]
pub struct Page {
    /// Language of the page.
    pub locale: Locale,
    /// Token for the hidden `csrf` field of forms.
    pub csrf: String,
    /// The logged-in person.
    pub user: Option<Arc<SessionUser>>,
    /// Path of the request, for `aria-current` and return links.
    pub path: String,
    /// Request id, shown on error pages.
    pub request_id: String,
    /// A confirmation to show once (a Fluent key starting with `notice-`).
    pub notice: Option<String>,
    /// Reduced header without forms (error pages).
    pub minimal: bool,
}

/// The language of a request: the language cookie, else the browser's preference, else German.
pub fn request_locale(headers: &HeaderMap) -> Locale {
    cookies::get(headers, cookies::LANG_COOKIE)
        .and_then(Locale::parse)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

/// The request id set by the request-id layer.
pub fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_owned()
}

/// The client address (from `X-Forwarded-For` only when the proxy is trusted).
pub fn client_ip(parts: &Parts, trust_proxy: bool) -> String {
    if trust_proxy
        && let Some(forwarded) = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok())
        && let Some(first) = forwarded.split(',').next()
    {
        return first.trim().to_owned();
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

impl Page {
    /// A translated message.
    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }
    /// A translated message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.locale.t_args(key, &[(name, value)])
    }
    /// A translated message with two arguments.
    pub fn t2(&self, key: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        self.locale.t_args(key, &[(n1, v1), (n2, v2)])
    }
    /// The language code for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }
    /// The other language, for the switch.
    pub fn other_lang(&self) -> &'static str {
        self.locale.other().code()
    }
    /// True when the request path is `path` or below it (for `aria-current`).
    pub fn is_current(&self, path: &str) -> bool {
        if path == "/" {
            self.path == "/"
        } else {
            self.path == path || self.path.starts_with(&format!("{path}/"))
        }
    }
    /// True on a page of a municipality's section (`/m/{ags}/{section}` and below); an empty
    /// section means the municipality's own pages outside every pillar (overview, members).
    pub fn in_municipality_section(&self, ags: &str, section: &str) -> bool {
        let base = format!("/m/{ags}");
        let Some(rest) = self.path.strip_prefix(&base) else {
            return false;
        };
        match section {
            "" => rest.is_empty() || rest == "/",
            _ => rest
                .strip_prefix('/')
                .and_then(|r| r.strip_prefix(section))
                .is_some_and(|r| r.is_empty() || r.starts_with('/')),
        }
    }
    /// True when somebody is logged in.
    pub fn logged_in(&self) -> bool {
        self.user.is_some()
    }
    /// True for admins.
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin())
    }
    /// True for editors and admins.
    pub fn is_editor(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_editor())
    }
    /// The person's municipalities.
    pub fn memberships(&self) -> &[Membership] {
        self.user.as_ref().map(|u| u.memberships.as_slice()).unwrap_or(&[])
    }
    /// The municipality chosen in the header.
    pub fn active_membership(&self) -> Option<&Membership> {
        self.user.as_ref().and_then(|u| u.active_membership())
    }
    /// True when `ags` is the active municipality.
    pub fn is_active(&self, ags: &str) -> bool {
        self.active_membership().is_some_and(|m| m.ags == ags)
    }
    /// Context for a page rendered outside a handler (error pages): no user, no forms.
    pub fn minimal(locale: Locale, path: &str, request_id: String) -> Page {
        Page {
            locale,
            csrf: String::new(),
            user: None,
            path: path.to_owned(),
            request_id,
            notice: None,
            minimal: true,
        }
    }
}

fn notice_from_query(query: Option<&str>, locale: Locale) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query?).ok()?;
    let key = pairs.into_iter().find_map(|(k, v)| (k == "notice").then_some(v))?;
    (key.starts_with("notice-") && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && locale.has(&key))
        .then_some(key)
}

impl FromRequestParts<AppState> for Page {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Page, AppError> {
        if let Some(page) = parts.extensions.get::<Page>() {
            return Ok(page.clone());
        }
        let user = match cookies::get(&parts.headers, cookies::SESSION_COOKIE) {
            Some(token) => store::session_user(&state.db, token).await?.map(Arc::new),
            None => None,
        };
        let locale = request_locale(&parts.headers);
        let page = Page {
            locale,
            csrf: parts
                .extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
            user,
            path: parts.uri.path().to_owned(),
            request_id: request_id(&parts.headers),
            notice: notice_from_query(parts.uri.query(), locale),
            minimal: false,
        };
        parts.extensions.insert(page.clone());
        Ok(page)
    }
}

/// A logged-in person; anonymous requests are sent to the login page.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Arc<SessionUser>);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<CurrentUser, AppError> {
        let page = Page::from_request_parts(parts, state).await?;
        page.user
            .map(CurrentUser)
            .ok_or(AppError::new(ErrorKind::LoginRequired))
    }
}

/// A platform admin.
#[derive(Clone, Debug)]
pub struct AdminUser(pub Arc<SessionUser>);

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<AdminUser, AppError> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        if user.is_admin() {
            Ok(AdminUser(user))
        } else {
            Err(AppError::forbidden())
        }
    }
}

/// An editor or admin.
#[derive(Clone, Debug)]
pub struct EditorUser(pub Arc<SessionUser>);

impl FromRequestParts<AppState> for EditorUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<EditorUser, AppError> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        if user.is_editor() {
            Ok(EditorUser(user))
        } else {
            Err(AppError::forbidden())
        }
    }
}

/// The municipality named by the `{ags}` path segment, for a member of it (or an admin).
#[derive(Clone, Debug)]
pub struct Tenant {
    /// The municipality.
    pub municipality: MunicipalityRow,
    /// The person's role there (`None` for an admin who is not a member).
    pub role: Option<MunicipalityRole>,
    /// The person.
    pub user: Arc<SessionUser>,
}

impl Tenant {
    /// True when the person may manage the municipality (coordinator or admin).
    pub fn can_manage(&self) -> bool {
        self.role == Some(MunicipalityRole::Coordinator) || self.user.is_admin()
    }
}

async fn path_ags(parts: &mut Parts, state: &AppState) -> Result<String, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::not_found())?;
    params.get("ags").cloned().ok_or_else(AppError::not_found)
}

impl FromRequestParts<AppState> for Tenant {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Tenant, AppError> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        let ags = path_ags(parts, state).await?;
        let Some(membership) = user.memberships.iter().find(|m| m.ags == ags) else {
            if !user.is_admin() {
                return Err(AppError::forbidden());
            }
            let municipality = by_ags(&state.db, &ags).await?.ok_or_else(AppError::not_found)?;
            return Ok(Tenant {
                municipality,
                role: None,
                user,
            });
        };
        // The session query already brought the member's municipalities along.
        Ok(Tenant {
            municipality: membership.municipality.clone(),
            role: Some(membership.role),
            user,
        })
    }
}

/// Like `Tenant`, but only for coordinators of the municipality and admins.
#[derive(Clone, Debug)]
pub struct CoordinatorTenant(pub Tenant);

impl FromRequestParts<AppState> for CoordinatorTenant {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<CoordinatorTenant, AppError> {
        let tenant = Tenant::from_request_parts(parts, state).await?;
        if tenant.can_manage() {
            Ok(CoordinatorTenant(tenant))
        } else {
            Err(AppError::forbidden())
        }
    }
}

/// The client address of the request.
#[derive(Clone, Debug)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ClientIp, Self::Rejection> {
        Ok(ClientIp(client_ip(parts, state.settings.trust_proxy)))
    }
}
