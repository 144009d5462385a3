//! One error type for every handler; the error-page layer turns it into a localized page or problem JSON.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::db::DbError;

/// What went wrong, as far as the user needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400: the request itself is malformed.
    BadRequest,
    /// 401 for the API, a redirect to the login page for pages.
    LoginRequired,
    /// 403: logged in but not allowed.
    Forbidden,
    /// 403: the form's CSRF token is missing or wrong.
    Csrf,
    /// 404.
    NotFound,
    /// 409: the change conflicts with the current state.
    Conflict,
    /// 429: too many attempts.
    TooManyRequests,
    /// 500: our fault; details only in the log.
    Internal,
}

impl ErrorKind {
    /// The HTTP status of this kind (pages redirect instead of 401).
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::LoginRequired => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden | ErrorKind::Csrf => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent keys of this kind's title and generic explanation.
    pub fn message_keys(self) -> (&'static str, &'static str) {
        match self {
            ErrorKind::BadRequest => ("error-bad-request-title", "error-bad-request-text"),
            ErrorKind::LoginRequired => ("error-login-required-title", "error-login-required-text"),
            ErrorKind::Forbidden => ("error-forbidden-title", "error-forbidden-text"),
            ErrorKind::Csrf => ("error-csrf-title", "error-csrf-text"),
            ErrorKind::NotFound => ("error-not-found-title", "error-not-found-text"),
            ErrorKind::Conflict => ("error-conflict-title", "error-conflict-text"),
            ErrorKind::TooManyRequests => ("error-too-many-title", "error-too-many-text"),
            ErrorKind::Internal => ("error-internal-title", "error-internal-text"),
        }
    }
}

/// An error a handler returns; `detail` is an optional Fluent key shown in place of the generic text.
#[derive(Debug)]
pub struct AppError {
    /// The kind decides status and page.
    pub kind: ErrorKind,
    /// A more specific Fluent key for the explanation.
    pub detail: Option<&'static str>,
}

impl AppError {
    /// An error of `kind` with the generic explanation.
    pub fn new(kind: ErrorKind) -> AppError {
        AppError { kind, detail: None }
    }
    /// 404.
    pub fn not_found() -> AppError {
        AppError::new(ErrorKind::NotFound)
    }
    /// 403.
    pub fn forbidden() -> AppError {
        AppError::new(ErrorKind::Forbidden)
    }
    /// 400 with a specific explanation.
    pub fn bad_request(detail: &'static str) -> AppError {
        AppError {
            kind: ErrorKind::BadRequest,
            detail: Some(detail),
        }
    }
    /// 500; the cause is logged, never shown.
    pub fn internal(cause: impl std::fmt::Display) -> AppError {
        tracing::error!(%cause, "internal error");
        AppError::new(ErrorKind::Internal)
    }
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> AppError {
        AppError::internal(e)
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> AppError {
        AppError::internal(e)
    }
}

/// Marker the error-page layer looks for on a response.
#[derive(Debug, Clone, Copy)]
pub struct ErrorMarker {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Optional specific explanation key.
    pub detail: Option<&'static str>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut response = self.kind.status().into_response();
        response.extensions_mut().insert(ErrorMarker {
            kind: self.kind,
            detail: self.detail,
        });
        response
    }
}

/// Result of a handler.
pub type AppResult<T> = Result<T, AppError>;
