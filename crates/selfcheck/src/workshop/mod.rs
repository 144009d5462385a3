//! The Selbstcheck workshop: after a round is closed, the coordinator holds a workshop on its
//! results with administration, politics, civil society and business. Guests join by a link
//! without an account, comment and put dots on development potentials from their phones; the
//! facilitator marks agreed potentials and records decisions, from which measures of the action
//! plan are created; afterwards a protocol (page, PDF, API) records what came out.

pub mod input;
pub mod model;
pub mod protocol;
pub mod service;
pub mod store;
