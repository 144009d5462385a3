//! PDF documents of weltoffen, rendered with typst as a library: plain data in, bytes of a tagged
//! PDF/UA-1 document out. Knows nothing of HTTP, the database or translations: every visible
//! string arrives in the data, already in the document's language.
//!
//! The layouts are static typst templates in `templates/`. They read the data from a virtual
//! `data.json`, so user text never becomes typst markup: `#`, `*`, `$` or `[` print as written.

mod data;
mod world;

pub use data::*;

/// Why a document could not be rendered; carries typst's diagnostics as text.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The template failed to compile or lay out with this data.
    #[error("typst compilation failed: {0}")]
    Compile(String),
    /// The laid-out document could not be written as PDF/UA-1.
    #[error("PDF export failed: {0}")]
    Export(String),
    /// The data or the world could not be prepared.
    #[error("PDF setup failed: {0}")]
    Setup(String),
}

const QUESTIONNAIRE: &str = include_str!("../templates/questionnaire.typ");
const REPORT: &str = include_str!("../templates/report.typ");
const ACTION_PLAN: &str = include_str!("../templates/action_plan.typ");
const WORKSHOP_PROTOCOL: &str = include_str!("../templates/workshop_protocol.typ");

/// The blank questionnaire (one field or all) for answering on paper.
pub fn questionnaire(data: &QuestionnaireData) -> Result<Vec<u8>, PdfError> {
    world::render("questionnaire.typ", QUESTIONNAIRE, data)
}

/// The results report of a round: overview with radar chart, then each field in detail.
pub fn report(data: &ReportData) -> Result<Vec<u8>, PdfError> {
    world::render("report.typ", REPORT, data)
}

/// A municipality's action plan: a cover with the date and counts, then the measures grouped by
/// field of action with status, progress, owner, dates, statements and the latest update.
pub fn action_plan(data: &ActionPlanData) -> Result<Vec<u8>, PdfError> {
    world::render("action_plan.typ", ACTION_PLAN, data)
}

/// The protocol of a Selbstcheck workshop: a cover with the facts and participants, the
/// prioritised development potentials, then per field the dots by role, comments and decisions.
pub fn workshop_protocol(data: &WorkshopProtocolData) -> Result<Vec<u8>, PdfError> {
    world::render("workshop_protocol.typ", WORKSHOP_PROTOCOL, data)
}

/// Parses the bundled fonts and builds typst's library now, so the first document is not slower
/// than the others (optional; everything is also loaded on first use).
pub fn warm_up() {
    world::warm_up();
}
