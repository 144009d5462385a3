//! The Selbstcheck: the seven-field instrument, its scoring, rounds answered by several
//! departments, the results, the workshop on them, and the action plan that follows.

pub mod benchmark;
pub mod csv;
pub mod demo;
pub mod import_store;
pub mod instrument;
pub mod plan;
pub mod progress;
pub mod radar;
pub mod recommend;
pub mod results;
pub mod results_cache;
pub mod schema;
pub mod scoring;
pub mod service;
pub mod store;
pub mod web;
pub mod workshop;

use std::sync::LazyLock;

use weltoffen_platform::error::{AppError, AppResult};

use crate::instrument::{ContentError, Instrument};

static SHIPPED: LazyLock<Result<Instrument, Vec<ContentError>>> = LazyLock::new(instrument::shipped);

/// The instrument new rounds start with: the shipped content, parsed once. `serve` refuses to start
/// when it is invalid, so the error case is a 500 that cannot happen in a running server.
pub fn current_instrument() -> AppResult<&'static Instrument> {
    SHIPPED
        .as_ref()
        .map_err(|errors| AppError::internal(format!("invalid Selbstcheck content: {} errors", errors.len())))
}

/// The instrument of a round's version, if this build still knows it.
pub fn instrument_of_version(version: &str) -> AppResult<&'static Instrument> {
    let current = current_instrument()?;
    if current.version == version {
        Ok(current)
    } else {
        Err(AppError::internal(format!("unknown instrument version {version}")))
    }
}
