//! Reading and writing the few cookies the platform sets.

use axum::http::{HeaderMap, HeaderValue, header};

/// The session cookie: host-bound, secure, HTTP only.
pub const SESSION_COOKIE: &str = "__Host-weltoffen_session";
/// The CSRF double-submit cookie.
pub const CSRF_COOKIE: &str = "__Host-weltoffen_csrf";
/// The chosen language.
pub const LANG_COOKIE: &str = "__Host-weltoffen_lang";

/// The value of cookie `name` in the request headers.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}

/// A `Set-Cookie` value for a `__Host-` cookie; `max_age` in seconds, `None` for a browser session.
pub fn set(name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    let age = max_age.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    let text = format!("{name}={value}; Path=/; Secure; HttpOnly; SameSite=Lax{age}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that deletes the cookie.
pub fn clear(name: &str) -> HeaderValue {
    set(name, "", Some(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cookie_among_several_headers_and_pairs() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; __Host-weltoffen_lang=en"),
        );
        h.append(header::COOKIE, HeaderValue::from_static("b=2"));
        assert_eq!(get(&h, LANG_COOKIE), Some("en"));
        assert_eq!(get(&h, "b"), Some("2"));
        assert_eq!(get(&h, "c"), None);
        assert!(
            set(SESSION_COOKIE, "x", None)
                .to_str()
                .unwrap()
                .contains("Secure; HttpOnly")
        );
    }
}
