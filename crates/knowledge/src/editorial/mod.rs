//! The editorial side of the magazine: editors and admins write articles, send them through review,
//! publish them now or at a planned time, archive them, and keep every saved version.

pub mod cover_pages;
pub mod diff;
pub mod draft;
pub mod pages;
pub mod store;
pub mod workflow;
