//! Extractors whose failures become problem details instead of axum's plain-text rejections:
//! query strings read as raw pairs (each endpoint parses its own parameters and names the bad
//! one), and JSON bodies for the endpoints that will accept them.

use std::collections::HashMap;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// The query string as a map of parameter to value; a malformed query string or a parameter
/// given twice is refused with 400.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParams(pub HashMap<String, String>);

impl QueryParams {
    /// Parses a raw query string (without `?`).
    pub fn parse(query: Option<&str>) -> Result<QueryParams, AppError> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.unwrap_or("")).map_err(|_| AppError::bad_request("api-error-query"))?;
        let mut map = HashMap::with_capacity(pairs.len());
        for (name, value) in pairs {
            if map.insert(name, value).is_some() {
                return Err(AppError::bad_request("api-error-duplicate-parameter"));
            }
        }
        Ok(QueryParams(map))
    }

    /// The value of a parameter; an empty value counts as absent (as an empty form field does).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for QueryParams {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<QueryParams, AppError> {
        QueryParams::parse(parts.uri.query())
    }
}

/// A JSON request body; a wrong content type, malformed JSON or data of the wrong shape is
/// refused with 400 problem details.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

/// The Fluent key explaining why a JSON body was refused.
pub fn json_rejection_key(rejection: &JsonRejection) -> &'static str {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => "api-error-json-content-type",
        JsonRejection::JsonSyntaxError(_) => "api-error-json-syntax",
        JsonRejection::JsonDataError(_) => "api-error-json-data",
        _ => "api-error-json-body",
    }
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<ApiJson<T>, AppError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(AppError::bad_request(json_rejection_key(&rejection))),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use axum::body::Body;
    use axum::http::header;

    use super::*;
    use crate::error::ErrorKind;

    #[derive(Debug, serde::Deserialize)]
    struct Sample {
        #[allow(dead_code)]
        name: String,
    }

    async fn body(content_type: Option<&str>, body: &str) -> Result<ApiJson<Sample>, AppError> {
        let mut builder = Request::builder().method("POST").uri("/api/v1/sample");
        if let Some(ct) = content_type {
            builder = builder.header(header::CONTENT_TYPE, ct);
        }
        ApiJson::<Sample>::from_request(builder.body(Body::from(body.to_owned())).unwrap(), &()).await
    }

    #[tokio::test]
    async fn json_body_failures_are_bad_requests_with_specific_keys() {
        assert!(body(Some("application/json"), r#"{"name":"x"}"#).await.is_ok());
        for (ct, text, key) in [
            (None, r#"{"name":"x"}"#, "api-error-json-content-type"),
            (Some("text/plain"), r#"{"name":"x"}"#, "api-error-json-content-type"),
            (Some("application/json"), "{", "api-error-json-syntax"),
            (Some("application/json"), r#"{"name":1}"#, "api-error-json-data"),
        ] {
            let e = body(ct, text).await.unwrap_err();
            assert_eq!((e.kind, e.detail), (ErrorKind::BadRequest, Some(key)), "{ct:?} {text}");
        }
    }

    #[test]
    fn query_params_refuse_duplicates_and_treat_empty_values_as_absent() {
        let q = QueryParams::parse(Some("type=&land=BB&q=Teltow%20Fl%C3%A4ming")).unwrap();
        assert_eq!(q.get("type"), None);
        assert_eq!(q.get("land"), Some("BB"));
        assert_eq!(q.get("q"), Some("Teltow Fläming"));
        assert_eq!(QueryParams::parse(None).unwrap(), QueryParams::default());
        let e = QueryParams::parse(Some("land=BB&land=BY")).unwrap_err();
        assert_eq!(e.detail, Some("api-error-duplicate-parameter"));
    }
}
