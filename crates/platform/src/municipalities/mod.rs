//! Municipalities, the tenants of the platform.

pub mod model;
pub mod store;
