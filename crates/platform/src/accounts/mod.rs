//! Accounts: people, their roles, sessions, API tokens, invitations and password resets.

pub mod model;
pub mod service;
pub mod store;
pub mod throttle;
