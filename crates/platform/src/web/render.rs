//! Rendering pages and redirects, and the layer that turns `AppError`s into localized error
//! pages (or RFC 9457 problem details under `/api/`).

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::error::{AppError, AppResult, ErrorKind, ErrorMarker};
use crate::i18n::Locale;
use crate::web::context::{Page, request_id, request_locale};

/// Renders a template as an HTML response.
pub fn render<T: Template>(template: &T) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a template with a status other than 200 (a form with errors answers 422).
pub fn render_status<T: Template>(status: StatusCode, template: &T) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

/// A 303 redirect (post/redirect/get).
pub fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// True for a local path that is safe to redirect to after login (no open redirect).
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") && !path.contains(['\r', '\n'])
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    title_key: String,
    text_key: String,
}

fn title_and_text(marker: ErrorMarker) -> (String, String) {
    let (title, text) = marker.kind.message_keys();
    (title.to_owned(), marker.detail.unwrap_or(text).to_owned())
}

fn problem(locale: Locale, marker: ErrorMarker, request_id: &str) -> Response {
    let (title, text) = title_and_text(marker);
    let body = serde_json::json!({
        "type": "about:blank",
        "title": locale.t(&title),
        "status": marker.kind.status().as_u16(),
        "detail": locale.t(&text),
        "instance": format!("urn:weltoffen:request:{request_id}"),
    });
    let mut response = (marker.kind.status(), body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

/// Middleware: renders the error page for responses marked by `AppError`.
pub async fn error_pages(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| path.clone());
    let is_get = request.method() == axum::http::Method::GET;
    let locale = request_locale(request.headers());
    let id = request_id(request.headers());
    let response = next.run(request).await;
    let Some(marker) = response.extensions().get::<ErrorMarker>().copied() else {
        return response;
    };
    if path.starts_with("/api/") {
        return problem(locale, marker, &id);
    }
    if marker.kind == ErrorKind::LoginRequired {
        let next_param = if is_get { path_and_query } else { "/".to_owned() };
        let query = serde_urlencoded::to_string([("next", next_param)]).unwrap_or_default();
        return see_other(&format!("/login?{query}"));
    }
    let (title, text) = title_and_text(marker);
    let template = ErrorPage {
        page: Page::minimal(locale, &path, id),
        title_key: title,
        text_key: text,
    };
    match template.render() {
        Ok(html) => (marker.kind.status(), Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "500").into_response()
        }
    }
}

/// The fallback for unknown paths.
pub async fn not_found() -> AppError {
    AppError::not_found()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert!(is_local_path("/account"));
        assert!(is_local_path("/m/12072?x=1"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x"));
    }
}
