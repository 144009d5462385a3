//! Bearer-token authentication for the API. Only the `Authorization` header counts: a session
//! cookie alone never authenticates an API request, so cross-site requests cannot ride on a
//! browser session and the API needs no CSRF token.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use crate::accounts::store::{self, SessionUser};
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// Longest token we look up; ours are far shorter, anything longer is not worth hashing.
const MAX_TOKEN_CHARS: usize = 256;

/// The person behind the bearer token of an API request.
#[derive(Clone, Debug)]
pub struct ApiUser(pub Arc<SessionUser>);

/// What the `WWW-Authenticate` challenge of a 401 says (RFC 6750 §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BearerChallenge {
    /// The request carried no bearer token: a bare challenge without error code.
    Missing,
    /// The token is unknown or revoked.
    InvalidToken,
}

impl BearerChallenge {
    /// The value of the `WWW-Authenticate` header.
    pub fn header_value(self) -> &'static str {
        match self {
            BearerChallenge::Missing => "Bearer realm=\"weltoffen\"",
            BearerChallenge::InvalidToken => "Bearer realm=\"weltoffen\", error=\"invalid_token\"",
        }
    }

    /// The Fluent key explaining the 401.
    pub fn detail_key(self) -> &'static str {
        match self {
            BearerChallenge::Missing => "api-error-token-missing",
            BearerChallenge::InvalidToken => "api-error-token-invalid",
        }
    }
}

/// Why `ApiUser` refused a request: an `AppError`, plus the challenge for a 401.
#[derive(Debug)]
pub struct ApiAuthError {
    /// The error (`LoginRequired` for a missing or unknown token).
    pub error: AppError,
    /// The challenge the API layer puts into `WWW-Authenticate`.
    pub challenge: Option<BearerChallenge>,
}

impl ApiAuthError {
    fn unauthorized(challenge: BearerChallenge) -> ApiAuthError {
        let error = AppError {
            kind: ErrorKind::LoginRequired,
            detail: Some(challenge.detail_key()),
        };
        ApiAuthError {
            error,
            challenge: Some(challenge),
        }
    }
}

impl From<AppError> for ApiAuthError {
    fn from(error: AppError) -> ApiAuthError {
        ApiAuthError { error, challenge: None }
    }
}

impl From<ApiAuthError> for AppError {
    fn from(e: ApiAuthError) -> AppError {
        e.error
    }
}

impl IntoResponse for ApiAuthError {
    fn into_response(self) -> Response {
        let mut response = self.error.into_response();
        if let Some(challenge) = self.challenge {
            response.extensions_mut().insert(challenge);
        }
        response
    }
}

/// The token of an `Authorization: Bearer <token>` header (scheme case-insensitive).
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    let well_formed = !token.is_empty() && !token.contains(char::is_whitespace);
    (scheme.eq_ignore_ascii_case("bearer") && well_formed).then_some(token)
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiAuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ApiUser, ApiAuthError> {
        let Some(token) = bearer_token(&parts.headers) else {
            return Err(ApiAuthError::unauthorized(BearerChallenge::Missing));
        };
        if token.chars().count() > MAX_TOKEN_CHARS {
            return Err(ApiAuthError::unauthorized(BearerChallenge::InvalidToken));
        }
        match store::token_user(&state.db, token).await.map_err(AppError::from)? {
            Some(user) => Ok(ApiUser(Arc::new(user))),
            None => Err(ApiAuthError::unauthorized(BearerChallenge::InvalidToken)),
        }
    }
}

/// The person behind the bearer token, or nobody when the request carries no `Authorization`
/// header: for public endpoints that show a token's user more. A token that is given but unknown
/// or revoked is still refused with 401, so a broken integration notices.
#[derive(Clone, Debug)]
pub struct MaybeApiUser(pub Option<Arc<SessionUser>>);

impl FromRequestParts<AppState> for MaybeApiUser {
    type Rejection = ApiAuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<MaybeApiUser, ApiAuthError> {
        if !parts.headers.contains_key(header::AUTHORIZATION) {
            return Ok(MaybeApiUser(None));
        }
        ApiUser::from_request_parts(parts, state)
            .await
            .map(|ApiUser(user)| MaybeApiUser(Some(user)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(authorization: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, HeaderValue::from_str(authorization).unwrap());
        h
    }

    #[test]
    fn bearer_token_is_read_from_the_authorization_header_only() {
        assert_eq!(bearer_token(&headers("Bearer wo_abc")), Some("wo_abc"));
        assert_eq!(bearer_token(&headers("bearer  wo_abc ")), Some("wo_abc"));
        assert_eq!(bearer_token(&headers("Basic dXNlcjpwYXNz")), None);
        assert_eq!(bearer_token(&headers("Bearer")), None);
        assert_eq!(bearer_token(&headers("Bearer ")), None);
        assert_eq!(bearer_token(&headers("Bearer a b")), None);
        assert_eq!(bearer_token(&HeaderMap::new()), None);
    }

    #[test]
    fn a_refusal_carries_its_challenge_to_the_response() {
        let response = ApiAuthError::unauthorized(BearerChallenge::InvalidToken).into_response();
        assert_eq!(response.status(), axum::http::StatusCode::UNAUTHORIZED);
        assert_eq!(
            response.extensions().get::<BearerChallenge>(),
            Some(&BearerChallenge::InvalidToken)
        );
    }
}
