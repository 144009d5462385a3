//! RFC 9457 problem details as the API documents them, and the layer on the API routes that
//! adds what the shared error layer cannot: the `WWW-Authenticate` challenge of a 401 (the
//! shared layer rebuilds error responses, so headers set earlier would be lost), problem
//! details for axum's own 405, and `Cache-Control: no-store` on answers with personal data.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::auth::BearerChallenge;
use crate::error::{ErrorKind, ErrorMarker};
use crate::i18n::Locale;
use crate::web::context::{request_id, request_locale};

/// The media type of problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error answer of the API (RFC 9457), in the language of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "about:blank",
    "title": "The request could not be processed",
    "status": 400,
    "detail": "The parameter per_page must be a whole number from 1 to 200.",
    "instance": "urn:weltoffen:request:0190c1f2-8a6e-7c3d-9b1a-2f4e5d6c7b8a"
}))]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short, translated summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// A translated explanation of this occurrence; for a bad parameter it names the parameter.
    pub detail: String,
    /// The request id (`urn:weltoffen:request:<id>`), to quote when asking for support.
    pub instance: String,
}

impl Problem {
    /// Problem details with translated title and detail.
    pub fn new(locale: Locale, status: StatusCode, title_key: &str, detail_key: &str, request_id: &str) -> Problem {
        Problem {
            problem_type: "about:blank".to_owned(),
            title: locale.t(title_key),
            status: status.as_u16(),
            detail: locale.t(detail_key),
            instance: format!("urn:weltoffen:request:{request_id}"),
        }
    }

    /// The response, keeping the headers of `original` (such as `Allow`) but not its body's.
    fn into_response_with(self, original: &HeaderMap) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        for (name, value) in original {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                headers.append(name.clone(), value.clone());
            }
        }
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}

/// Middleware on the API routes (see the module comment).
pub async fn api_responses(request: Request, next: Next) -> Response {
    let locale = request_locale(request.headers());
    let id = request_id(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    let marker = response.extensions().get::<ErrorMarker>().copied();
    let mut response = match marker {
        Some(marker) if marker.kind == ErrorKind::LoginRequired => {
            let challenge = response
                .extensions()
                .get::<BearerChallenge>()
                .copied()
                .unwrap_or(BearerChallenge::Missing);
            let detail = marker.detail.unwrap_or(challenge.detail_key());
            let problem = Problem::new(
                locale,
                StatusCode::UNAUTHORIZED,
                "api-error-unauthorized-title",
                detail,
                &id,
            );
            let mut response = problem.into_response_with(response.headers());
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(challenge.header_value()),
            );
            response
        }
        None if status == StatusCode::METHOD_NOT_ALLOWED => {
            let problem = Problem::new(locale, status, "api-error-method-title", "api-error-method-text", &id);
            problem.into_response_with(response.headers())
        }
        _ => response,
    };
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}
