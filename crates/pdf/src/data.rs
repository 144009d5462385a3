//! The plain data the two documents are made of. Every visible string, labels included, comes in
//! already translated; the templates only arrange it. Numbers stay numbers (the templates format
//! them for the document's language), so the same data also feeds the charts.
//!
//! A few labels carry placeholders the templates fill in: `{page}` and `{total}` in the page
//! footer, `{value}` wherever a number is set into a sentence.

use serde::Serialize;

/// The blank questionnaire for answering on paper.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireData {
    /// Language of the document, `de` or `en` (sets hyphenation and the PDF's language).
    pub lang: String,
    /// Document title, also shown in the page header, e.g. "Selbstcheck – Fragebogen".
    pub title: String,
    /// Line under the title, e.g. the municipality's name; empty for none.
    pub subtitle: String,
    /// Version of the instrument the questionnaire shows.
    pub instrument_version: String,
    /// The fields of action in the document: one or all seven.
    pub fields: Vec<QuestionnaireField>,
    /// Every other visible text.
    pub labels: QuestionnaireLabels,
}

/// A field of action as the questionnaire shows it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireField {
    /// Position of the field, 1 to 7.
    pub number: u32,
    /// Title of the field.
    pub title: String,
    /// What the field is about.
    pub intro: String,
    /// The statements, grouped by dimension in the instrument's order (empty groups left out).
    pub dimensions: Vec<QuestionnaireDimension>,
}

/// The statements of one dimension within a field.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireDimension {
    /// Title of the dimension.
    pub title: String,
    /// Statements in authored order.
    pub items: Vec<QuestionnaireItem>,
}

/// One statement to rate.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireItem {
    /// Stable id of the statement, printed small so paper answers can be typed in later.
    pub id: String,
    /// The statement.
    pub text: String,
    /// What counts, with an example; empty for none.
    pub explanation: String,
}

/// The fixed texts of the questionnaire.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireLabels {
    /// Page footer with `{page}` and `{total}`, e.g. "Seite {page} von {total}".
    pub page: String,
    /// Label of the instrument version, e.g. "Fassung".
    pub version: String,
    /// Heading of the instructions.
    pub how_to_title: String,
    /// Paragraphs of the instructions.
    pub how_to: Vec<String>,
    /// Labels of the lines for the respondent's details, e.g. "Name", "Organisationseinheit", "Datum".
    pub respondent: Vec<String>,
    /// Heading of the table of contents (shown when the document has more than one field).
    pub contents: String,
    /// Word before a field's number, e.g. "Handlungsfeld".
    pub field: String,
    /// The six answer options in order: trifft voll zu … trifft nicht zu, weiß nicht, nicht zutreffend.
    pub scale: Vec<String>,
    /// Label of the comment lines, e.g. "Anmerkung".
    pub comment: String,
}

/// The results report of a round.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportData {
    /// Language of the document, `de` or `en`.
    pub lang: String,
    /// Document title, also shown in the page header, e.g. "Selbstcheck – Ergebnisbericht".
    pub title: String,
    /// Name of the municipality.
    pub municipality: String,
    /// Title of the round.
    pub round_title: String,
    /// Facts listed on the cover (as of, created on, respondents, instrument version …).
    pub facts: Vec<Fact>,
    /// Name of the previous round to compare with; when set, the tables get a comparison column.
    pub previous_round: Option<String>,
    /// The fields of action in order.
    pub fields: Vec<ReportField>,
    /// Every other visible text.
    pub labels: ReportLabels,
}

/// A labelled value on the cover.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fact {
    /// Label, e.g. "Stand".
    pub label: String,
    /// Value, e.g. "21.11.2026".
    pub value: String,
}

/// The result of one field of action.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportField {
    /// Position of the field, 1 to 7.
    pub number: u32,
    /// Title of the field.
    pub title: String,
    /// Score 0–100; `None` when nothing was answered.
    pub score: Option<f64>,
    /// Name of the band of the score (Einstieg … Vorreiter); `None` without a score.
    pub band: Option<String>,
    /// Share (0–1) of the applicable statements with a rating.
    pub coverage: f64,
    /// Score of the previous round, if compared and scored.
    pub previous_score: Option<f64>,
    /// Dimension scores in the instrument's order.
    pub dimensions: Vec<ReportDimension>,
    /// Best rated statements, best first.
    pub strengths: Vec<ReportItem>,
    /// Lowest rated statements with their recommendations, lowest first.
    pub potentials: Vec<ReportItem>,
    /// Statements the respondents disagree about, with the distribution of answers.
    pub divergent: Vec<ReportItem>,
}

/// The score of a dimension within a field.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportDimension {
    /// Title of the dimension.
    pub title: String,
    /// Score 0–100; `None` when nothing was answered.
    pub score: Option<f64>,
}

/// A statement with its result.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportItem {
    /// Stable id of the statement.
    pub id: String,
    /// The statement.
    pub text: String,
    /// Mean of the ratings, 0–3.
    pub mean: Option<f64>,
    /// The next step (development potentials only); empty for none.
    pub recommendation: String,
    /// Number of answers per option, in the order of [`ReportLabels::scale`] (six counts).
    pub distribution: Vec<u32>,
}

/// The fixed texts of the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportLabels {
    /// Page footer with `{page}` and `{total}`.
    pub page: String,
    /// Heading of the table of contents.
    pub contents: String,
    /// Heading of the overview section.
    pub overview: String,
    /// Caption of the radar chart.
    pub chart_caption: String,
    /// First sentence of the chart's alternative text; the scores per field are appended.
    pub chart_alt: String,
    /// Legend entry of this round in the chart.
    pub chart_current: String,
    /// Legend entry of the previous round in the chart.
    pub chart_previous: String,
    /// Heading of the reading help.
    pub reading_help_title: String,
    /// Paragraphs of the reading help (scores, bands, coverage).
    pub reading_help: Vec<String>,
    /// Word before a field's number, e.g. "Handlungsfeld".
    pub field: String,
    /// Column and label "Punktwert".
    pub score: String,
    /// A score in a sentence, with `{value}`, e.g. "{value} von 100".
    pub score_value: String,
    /// Column and label "Stufe".
    pub band: String,
    /// Column and label "Abdeckung".
    pub coverage: String,
    /// Column "Vorrunde".
    pub previous: String,
    /// Column "Veränderung".
    pub change: String,
    /// Heading of the dimension scores.
    pub dimensions: String,
    /// Column "Dimension".
    pub dimension: String,
    /// Heading of the strengths.
    pub strengths: String,
    /// Sentence under the strengths heading.
    pub strengths_intro: String,
    /// Heading of the development potentials.
    pub potentials: String,
    /// Sentence under the potentials heading.
    pub potentials_intro: String,
    /// Label before a recommendation, e.g. "Empfehlung".
    pub recommendation: String,
    /// Heading of the divergent statements.
    pub divergent: String,
    /// Sentence under the divergent heading.
    pub divergent_intro: String,
    /// A mean in a sentence, with `{value}`, e.g. "Mittelwert {value} von 3".
    pub mean_value: String,
    /// The six answer options, in the order of [`ReportItem::distribution`].
    pub scale: Vec<String>,
    /// Shown for an empty list, e.g. "Keine Aussagen in dieser Kategorie."
    pub none: String,
    /// Shown for a missing number, e.g. "keine Angabe".
    pub no_value: String,
}

/// The action plan of a municipality: its measures grouped by field of action.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanData {
    /// Language of the document, `de` or `en`.
    pub lang: String,
    /// Document title, also shown in the page header, e.g. "Handlungsplan".
    pub title: String,
    /// Name of the municipality.
    pub municipality: String,
    /// Facts listed on the cover (as of, measures by status, the filter in force …).
    pub facts: Vec<Fact>,
    /// The fields of action that have measures, in the instrument's order. A measure of
    /// several fields appears under each of them.
    pub fields: Vec<ActionPlanField>,
    /// Every other visible text.
    pub labels: ActionPlanLabels,
}

/// The measures of one field of action.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanField {
    /// Title of the field.
    pub title: String,
    /// Its measures, open ones first, each by due date.
    pub measures: Vec<ActionPlanMeasure>,
}

/// One measure as the action plan shows it; dates and numbers already written out.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanMeasure {
    /// Title.
    pub title: String,
    /// The status's name, e.g. "In Arbeit".
    pub status: String,
    /// Progress 0–100 (for the bar).
    pub progress: u8,
    /// Progress in words, e.g. "40 %".
    pub progress_text: String,
    /// Who is responsible, in words.
    pub owner: String,
    /// Start and due date in words, e.g. "01.03.2026 bis 30.09.2026".
    pub period: String,
    /// Set when the measure is past its due date and still open: says so in words.
    pub overdue: Option<String>,
    /// Description; empty for none. Blank lines separate paragraphs.
    pub description: String,
    /// The Selbstcheck statements it addresses, in the instrument's order.
    pub statements: Vec<String>,
    /// Its milestones in their order, each in words with its date and whether it was reached.
    pub milestones: Vec<String>,
    /// The newest update, if any.
    pub latest_update: Option<ActionPlanUpdate>,
}

/// A dated update of a measure.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanUpdate {
    /// Date, written out.
    pub date: String,
    /// Who wrote it.
    pub author: String,
    /// What happened (or, for an update that only changed status or progress, that change).
    pub text: String,
}

/// The fixed texts of the action plan.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionPlanLabels {
    /// Page footer with `{page}` and `{total}`.
    pub page: String,
    /// Heading of the table of contents.
    pub contents: String,
    /// Label "Status".
    pub status: String,
    /// Label "Fortschritt".
    pub progress: String,
    /// Label "Zuständig".
    pub owner: String,
    /// Label "Zeitraum".
    pub period: String,
    /// Heading of a measure's statements.
    pub statements: String,
    /// Heading of a measure's milestones.
    pub milestones: String,
    /// Heading of a measure's latest update.
    pub latest_update: String,
    /// Shown when the plan has no measure (or none matches the filter).
    pub empty: String,
}

/// The protocol of a Selbstcheck workshop: who took part, the prioritised development
/// potentials, and per field of the agenda the dots by role, the comments and the decisions.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopProtocolData {
    /// Language of the document, `de` or `en`.
    pub lang: String,
    /// Document title, also shown in the page header, e.g. "Workshop-Protokoll".
    pub title: String,
    /// The workshop's title.
    pub workshop: String,
    /// Name of the municipality.
    pub municipality: String,
    /// Facts listed on the cover (date, place, round, participants, dots per participant …).
    pub facts: Vec<Fact>,
    /// Participants by role; names only of those who agreed to show them.
    pub participants: Vec<WorkshopRoleGroup>,
    /// Development potentials across fields: agreed ones first, then by dots.
    pub priorities: Vec<WorkshopPriority>,
    /// The fields of the agenda in its order.
    pub fields: Vec<WorkshopProtocolField>,
    /// Every other visible text.
    pub labels: WorkshopProtocolLabels,
}

/// The participants of one role.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopRoleGroup {
    /// The role's name, e.g. "Zivilgesellschaft".
    pub role: String,
    /// Names, or "Teilnehmer:in 3" for those who did not agree to show theirs.
    pub names: Vec<String>,
}

/// One line of the prioritised list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopPriority {
    /// The statement.
    pub statement: String,
    /// Its field's title.
    pub field: String,
    /// Set for an agreed development potential: says so in words.
    pub agreed: Option<String>,
    /// Its dots, written out.
    pub dots: String,
}

/// One field of the agenda.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopProtocolField {
    /// Title.
    pub title: String,
    /// Score and band in words, e.g. "Wert 42 von 100 · Aufbau".
    pub score: String,
    /// The development potentials with their dots.
    pub items: Vec<WorkshopDotRow>,
    /// Comments.
    pub comments: Vec<WorkshopComment>,
    /// Decisions.
    pub decisions: Vec<WorkshopDecision>,
}

/// A development potential with its dots by role.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopDotRow {
    /// The statement.
    pub statement: String,
    /// Set for an agreed development potential: says so in words.
    pub agreed: Option<String>,
    /// Dots per role, in the order of [`WorkshopProtocolLabels::roles`].
    pub counts: Vec<String>,
    /// All dots.
    pub total: String,
}

/// A comment.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopComment {
    /// "Anna Beispiel (Politik)" or "Teilnehmer:in 3 (Politik)".
    pub author: String,
    /// The statement it is about.
    pub statement: Option<String>,
    /// Text.
    pub text: String,
}

/// A decision.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopDecision {
    /// What was decided.
    pub text: String,
    /// The statement it takes up.
    pub statement: Option<String>,
    /// The first step.
    pub first_step: Option<String>,
    /// Who takes it on.
    pub owner: Option<String>,
    /// Measures of the action plan created from it.
    pub measures: Vec<String>,
}

/// The fixed texts of the workshop protocol.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorkshopProtocolLabels {
    /// Page footer with `{page}` and `{total}`.
    pub page: String,
    /// Heading of the participants.
    pub participants: String,
    /// Heading of the prioritised list.
    pub priorities: String,
    /// Heading of the dots of a field.
    pub dots: String,
    /// Column heading of the statement.
    pub statement: String,
    /// Column headings of the roles.
    pub roles: Vec<String>,
    /// Column heading of all dots.
    pub total: String,
    /// Heading of the comments.
    pub comments: String,
    /// Heading of the decisions.
    pub decisions: String,
    /// Label of the first step.
    pub first_step: String,
    /// Label of the owner.
    pub owner: String,
    /// Label of the measures created from a decision.
    pub measures: String,
    /// Shown for an empty list.
    pub none: String,
}
