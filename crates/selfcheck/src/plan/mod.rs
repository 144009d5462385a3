//! The action plan (Handlungsplan): the measures a municipality decides on after its Selbstcheck,
//! with owner, dates, status and progress, the fields and statements they address, milestones,
//! and dated updates that are also each measure's history.

pub mod input;
pub mod model;
pub mod public;
pub mod reminders;
pub mod service;
pub mod store;
pub mod trace;
