//! The route table: every route is added with the access it requires, so a test can walk
//! all of them for every role and no route can be forgotten.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodFilter, MethodRouter, on};

use crate::state::AppState;

/// Who may use a route; the handler's extractors enforce it, the authorisation test checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everybody.
    Public,
    /// Any logged-in person.
    Authenticated,
    /// Members and coordinators of the municipality in the path, and admins.
    Member,
    /// Coordinators of the municipality in the path, and admins.
    Coordinator,
    /// Editors and admins.
    Editor,
    /// Admins.
    Admin,
    /// API with a bearer token of any user.
    Token,
}

/// One declared route.
#[derive(Debug, Clone)]
pub struct RouteSpec {
    /// HTTP method.
    pub method: Method,
    /// Path pattern, e.g. `/m/{ags}/members`.
    pub path: &'static str,
    /// Required access.
    pub access: Access,
}

/// Routes with their declared access.
pub struct RouteTable {
    /// The axum router built so far.
    pub router: Router<AppState>,
    /// Every declared route.
    pub specs: Vec<RouteSpec>,
    /// The OpenAPI description of the API routes in this table, merged from every pillar.
    pub api_doc: Option<utoipa::openapi::OpenApi>,
}

impl Default for RouteTable {
    fn default() -> Self {
        RouteTable {
            router: Router::new(),
            specs: Vec::new(),
            api_doc: None,
        }
    }
}

impl RouteTable {
    fn add(mut self, method: Method, path: &'static str, access: Access, route: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, route);
        self.specs.push(RouteSpec { method, path, access });
        self
    }

    /// Adds a GET route.
    pub fn get<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, access, on(MethodFilter::GET, handler))
    }

    /// Adds a POST route.
    pub fn post<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, access, on(MethodFilter::POST, handler))
    }

    /// Adds a PUT route.
    pub fn put<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::PUT, path, access, on(MethodFilter::PUT, handler))
    }

    /// Adds a PATCH route.
    pub fn patch<H, T>(self, path: &'static str, access: Access, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::PATCH, path, access, on(MethodFilter::PATCH, handler))
    }

    /// Adds every route of another table (a pillar's), and its API description.
    pub fn merge(mut self, other: RouteTable) -> Self {
        self.router = self.router.merge(other.router);
        self.specs.extend(other.specs);
        if let Some(doc) = other.api_doc {
            self = self.describe_api(doc);
        }
        self
    }

    /// Adds the OpenAPI description of this table's API routes to the published document.
    pub fn describe_api(mut self, doc: utoipa::openapi::OpenApi) -> Self {
        match &mut self.api_doc {
            Some(existing) => existing.merge(doc),
            None => self.api_doc = Some(doc),
        }
        self
    }
}
