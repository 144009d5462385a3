//! The web layer: request context, CSRF, cookies, security headers, route table, rendering.

pub mod context;
pub mod cookies;
pub mod csrf;
pub mod forms;
pub mod headers;
pub mod render;
pub mod table;
