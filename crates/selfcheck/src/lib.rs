//! The Selbstcheck: the seven-field instrument, its scoring, rounds answered by several
//! departments, and the results.

pub mod instrument;
pub mod schema;
pub mod scoring;
pub mod store;
