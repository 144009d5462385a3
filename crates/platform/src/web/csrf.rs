//! CSRF protection for every state-changing request: a fetch-metadata/origin check plus a
//! signed double-submit token that each form carries in a hidden `csrf` field.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::crypto::{constant_time_eq, random_token};
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;
use crate::web::cookies;

/// The CSRF token of this request, for the hidden field of every form.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Largest form body read for the token check; larger bodies are refused.
const MAX_FORM_BYTES: usize = 256 * 1024;

fn hmac_sha256(key: &[u8; 32], message: &[u8]) -> [u8; 32] {
    let mut padded = [0u8; 64];
    padded[..32].copy_from_slice(key);
    let inner_key: Vec<u8> = padded.iter().map(|b| b ^ 0x36).collect();
    let outer_key: Vec<u8> = padded.iter().map(|b| b ^ 0x5c).collect();
    let inner = Sha256::new().chain_update(&inner_key).chain_update(message).finalize();
    Sha256::new()
        .chain_update(&outer_key)
        .chain_update(inner)
        .finalize()
        .into()
}

/// A new token: random part and its signature.
pub fn new_token(key: &[u8; 32]) -> String {
    let nonce = random_token();
    let mac = URL_SAFE_NO_PAD.encode(hmac_sha256(key, nonce.as_bytes()));
    format!("{nonce}.{mac}")
}

/// True when `token` was signed with `key` (so a cookie planted by someone else is refused).
pub fn token_is_signed(key: &[u8; 32], token: &str) -> bool {
    let Some((nonce, mac)) = token.split_once('.') else {
        return false;
    };
    let expected = URL_SAFE_NO_PAD.encode(hmac_sha256(key, nonce.as_bytes()));
    constant_time_eq(mac, &expected)
}

fn exempt(path: &str) -> bool {
    path.starts_with("/static/") || path.starts_with("/api/") || matches!(path, "/healthz" | "/readyz" | "/metrics")
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn cross_site(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST),
    ) {
        (Some(origin), Some(host)) => {
            let origin_host = origin.split("://").nth(1).unwrap_or("");
            origin == "null" || host.to_str().map(|h| h != origin_host).unwrap_or(true)
        }
        _ => false,
    }
}

/// Largest multipart body (a file upload) read for the token check.
const MAX_UPLOAD_BYTES: usize = 4 * 1024 * 1024;

/// Reads the `csrf` part of a `multipart/form-data` body (an upload form without JavaScript).
fn multipart_token(body: &[u8]) -> Option<String> {
    const HEADER: &[u8] = b"name=\"csrf\"";
    let at = body.windows(HEADER.len()).position(|w| w == HEADER)?;
    let rest = &body[at + HEADER.len()..];
    let start = rest.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let value = &rest[start..];
    let end = value.windows(2).position(|w| w == b"\r\n")?;
    String::from_utf8(value[..end].to_vec()).ok()
}

fn is_multipart(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}

/// Reads the `csrf` field of an urlencoded form body.
fn form_token(body: &[u8]) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find_map(|(k, v)| (k == "csrf").then_some(v))
}

/// Middleware: issues the token cookie and checks unsafe requests.
pub async fn csrf_layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if exempt(path) {
        return next.run(request).await;
    }
    let key = &state.secrets.session_key;
    let existing = cookies::get(request.headers(), cookies::CSRF_COOKIE)
        .filter(|t| token_is_signed(key, t))
        .map(str::to_owned);

    let mut request = request;
    if !is_safe(request.method()) {
        if cross_site(&request) {
            return AppError::new(ErrorKind::Csrf).into_response();
        }
        let Some(expected) = existing.as_deref() else {
            return AppError::new(ErrorKind::Csrf).into_response();
        };
        let (parts, body) = request.into_parts();
        let multipart = is_multipart(&parts.headers);
        let limit = if multipart { MAX_UPLOAD_BYTES } else { MAX_FORM_BYTES };
        let Ok(bytes) = to_bytes(body, limit).await else {
            return AppError::bad_request("error-body-too-large").into_response();
        };
        let from_body = if multipart {
            multipart_token(&bytes)
        } else {
            form_token(&bytes)
        };
        let submitted = from_body.or_else(|| {
            parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
        if !submitted.is_some_and(|s| constant_time_eq(&s, expected)) {
            return AppError::new(ErrorKind::Csrf).into_response();
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }

    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (new_token(key), true),
    };
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if fresh {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::set(cookies::CSRF_COOKIE, &token, None));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_token_verifies_and_forged_one_does_not() {
        let key = [7u8; 32];
        let token = new_token(&key);
        assert!(token_is_signed(&key, &token));
        assert!(!token_is_signed(&[8u8; 32], &token));
        assert!(!token_is_signed(&key, "abc.def"));
        assert!(!token_is_signed(&key, "nodot"));
    }

    #[test]
    fn form_token_is_found_among_other_fields() {
        assert_eq!(form_token(b"a=1&csrf=xyz&b=2").as_deref(), Some("xyz"));
        assert_eq!(form_token(b"a=1"), None);
    }

    #[test]
    fn multipart_token_is_read_from_its_part_and_nowhere_else() {
        let body = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx;y\r\n\
--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok-123\r\n--b--\r\n";
        assert_eq!(multipart_token(body).as_deref(), Some("tok-123"));
        assert_eq!(
            multipart_token(b"--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ncsrf\r\n--b--"),
            None
        );
    }
}
