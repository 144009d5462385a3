//! The platform's own pages.

pub mod account;
pub mod admin;
pub mod auth;
pub mod municipality;
pub mod public;
