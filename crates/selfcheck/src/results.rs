//! The results of a Selbstcheck round as the results page shows them: per field the score, band,
//! dimensions and coverage, strengths and development potentials, statements the departments see
//! differently, anonymous comments, and the comparison with the previous closed round.
//!
//! Pure: built from the instrument and the stored answers, no I/O. Scores stay unrounded here;
//! the `*_text` fields are the display forms (whole numbers for scores, one decimal for means, the
//! decimal comma in German).

use std::collections::{HashMap, HashSet};

use uuid::Uuid;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::instrument::{Field, Instrument, Item};
use crate::scoring::{AnswerValue, Band, FieldResult, ItemResult, score_round};
use crate::store::AnswerRecord;

/// A statement counts as a strength from this mean (0–3) upwards: "trifft eher zu" on average.
pub const STRENGTH_MIN_MEAN: f64 = 2.0;
/// A statement counts as a development potential below this mean: the middle of the scale.
pub const POTENTIAL_BELOW_MEAN: f64 = 1.5;
/// At most this many strengths and potentials per field, so the workshop can focus.
pub const HIGHLIGHTS_PER_FIELD: usize = 3;
/// A field score counts as unchanged when it moved by less than this many points; that is exactly
/// when the whole-number difference shows as 0.
pub const FIELD_SAME_BELOW: f64 = 0.5;
/// A statement's mean counts as unchanged when it moved by less than this; that is exactly when the
/// one-decimal difference shows as 0,0.
pub const ITEM_SAME_BELOW: f64 = 0.05;

/// The direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Higher than before.
    Up,
    /// Lower than before.
    Down,
    /// Within the threshold.
    Same,
}

impl Trend {
    /// The trend of `delta` when changes smaller than `same_below` do not count.
    pub fn of(delta: f64, same_below: f64) -> Trend {
        if delta.abs() < same_below {
            Trend::Same
        } else if delta > 0.0 {
            Trend::Up
        } else {
            Trend::Down
        }
    }
    /// `up`, `down` or `same` (for Fluent keys and CSS classes).
    pub fn code(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
            Trend::Same => "same",
        }
    }
}

/// A difference to the previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Now minus before, unrounded.
    pub delta: f64,
    /// Direction.
    pub trend: Trend,
    /// The difference for display, signed ("+5", "−3", "±0"; "+0,4" for means).
    pub delta_text: String,
}

/// A statement with its mean in this round.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSummary {
    /// Item id.
    pub id: String,
    /// The statement in the page's language.
    pub statement: String,
    /// Mean of the numeric answers (0–3).
    pub mean: Option<f64>,
    /// The mean for display ("2,3"), empty without a mean.
    pub mean_text: String,
    /// How many gave a numeric answer.
    pub rated_by: usize,
}

/// A weak statement with the next step the instrument recommends.
#[derive(Debug, Clone, PartialEq)]
pub struct Potential {
    /// The statement.
    pub item: ItemSummary,
    /// The recommendation in the page's language.
    pub recommendation: String,
    /// Slugs of knowledge articles (linked with their titles where published).
    pub articles: Vec<String>,
}

/// How many respondents gave each answer to one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AnswerCounts {
    /// trifft voll zu (3).
    pub fully: usize,
    /// trifft eher zu (2).
    pub rather: usize,
    /// trifft eher nicht zu (1).
    pub rather_not: usize,
    /// trifft nicht zu (0).
    pub not_at_all: usize,
    /// weiß nicht.
    pub dont_know: usize,
    /// nicht zutreffend.
    pub not_applicable: usize,
}

impl AnswerCounts {
    fn of(result: &ItemResult) -> AnswerCounts {
        AnswerCounts {
            fully: result.distribution[3],
            rather: result.distribution[2],
            rather_not: result.distribution[1],
            not_at_all: result.distribution[0],
            dont_know: result.dont_know,
            not_applicable: result.not_applicable,
        }
    }
    /// The counts in the order of the answer scale: 3, 2, 1, 0, weiß nicht, nicht zutreffend.
    pub fn in_scale_order(&self) -> [usize; 6] {
        [
            self.fully,
            self.rather,
            self.rather_not,
            self.not_at_all,
            self.dont_know,
            self.not_applicable,
        ]
    }
}

/// A statement the respondents rated far apart (spread of at least 2).
#[derive(Debug, Clone, PartialEq)]
pub struct Divergence {
    /// The statement.
    pub item: ItemSummary,
    /// Highest minus lowest numeric answer.
    pub spread: u8,
    /// The distribution of the answers.
    pub counts: AnswerCounts,
}

/// The comments on one statement, without who wrote them.
#[derive(Debug, Clone, PartialEq)]
pub struct CommentGroup {
    /// Item id.
    pub item_id: String,
    /// The statement.
    pub statement: String,
    /// The comment texts, sorted alphabetically.
    pub comments: Vec<String>,
}

/// A statement whose mean changed since the previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemChange {
    /// The statement with its current mean.
    pub item: ItemSummary,
    /// The previous mean.
    pub previous_mean: f64,
    /// The previous mean for display.
    pub previous_text: String,
    /// The difference.
    pub change: Change,
}

/// A dimension's score within a field.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// Dimension id.
    pub id: String,
    /// Title in the page's language.
    pub title: String,
    /// Score 0–100.
    pub score: Option<f64>,
    /// The score for display.
    pub score_text: Option<String>,
}

/// Everything the page shows about one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldSummary {
    /// Field id.
    pub id: String,
    /// Position 1–7.
    pub order: u32,
    /// Title in the page's language.
    pub title: String,
    /// Score 0–100, unrounded.
    pub score: Option<f64>,
    /// The score for display (whole number).
    pub score_text: Option<String>,
    /// Band of the score.
    pub band: Option<Band>,
    /// Dimension scores in instrument order.
    pub dimensions: Vec<DimensionScore>,
    /// Applicable statements with a numeric answer.
    pub answered: usize,
    /// Applicable statements.
    pub applicable: usize,
    /// Coverage in whole percent (rounded down: 100 only when complete).
    pub coverage_percent: u32,
    /// "weiß nicht" answers in this field.
    pub dont_know: usize,
    /// "nicht zutreffend" answers in this field.
    pub not_applicable: usize,
    /// Highest-rated statements (mean ≥ [`STRENGTH_MIN_MEAN`]).
    pub strengths: Vec<ItemSummary>,
    /// Lowest-rated statements (mean < [`POTENTIAL_BELOW_MEAN`]) with recommendations.
    pub potentials: Vec<Potential>,
    /// Statements rated far apart, in instrument order.
    pub divergent: Vec<Divergence>,
    /// Comments by statement, in instrument order.
    pub comments: Vec<CommentGroup>,
    /// The previous round's score of this field.
    pub previous_score: Option<f64>,
    /// The previous score for display.
    pub previous_text: Option<String>,
    /// The difference to the previous score, when both exist.
    pub change: Option<Change>,
    /// Statements whose mean changed, in instrument order.
    pub item_changes: Vec<ItemChange>,
    /// Statements with a mean in both rounds.
    pub items_compared: usize,
}

impl FieldSummary {
    /// Number of comments in the field.
    pub fn comment_count(&self) -> usize {
        self.comments.iter().map(|g| g.comments.len()).sum()
    }
}

/// The results of a round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundResults {
    /// The fields in instrument order.
    pub fields: Vec<FieldSummary>,
    /// Respondents with at least one answer.
    pub respondents: usize,
    /// Their display names (departments), in the order given.
    pub participants: Vec<String>,
    /// Answers to applicable statements.
    pub answers: usize,
    /// Applicable statements with a numeric answer, over all fields.
    pub answered: usize,
    /// Applicable statements, over all fields.
    pub applicable: usize,
    /// Overall coverage in whole percent (rounded down).
    pub coverage_percent: u32,
    /// "weiß nicht" answers, over all fields.
    pub dont_know: usize,
    /// "nicht zutreffend" answers, over all fields.
    pub not_applicable: usize,
    /// True when a previous round was given.
    pub has_previous: bool,
}

impl RoundResults {
    /// True when nobody has answered yet.
    pub fn is_empty(&self) -> bool {
        self.answers == 0
    }
    /// True when any field has a comparison with the previous round.
    pub fn has_comparison(&self) -> bool {
        self.fields.iter().any(|f| f.change.is_some())
    }
}

fn decimal(text: String, locale: Locale) -> String {
    match locale {
        Locale::De => text.replace('.', ","),
        Locale::En => text,
    }
}

// Bands have whole-number boundaries; rounding down keeps a shown score inside its shown band
// (74.6 shows as 74, Fortgeschritten, never as 75). The epsilon absorbs float noise such as
// 74.99999999999999 for an exact 75.
fn whole_down(value: f64) -> f64 {
    (value + 1e-9).floor()
}

/// A score 0–100 for display: a whole number, rounded down so it stays within its band.
pub fn format_score(score: f64) -> String {
    format!("{}", whole_down(score).clamp(0.0, 100.0) as i64)
}

/// A mean 0–3 for display with one decimal ("2,3" in German).
pub fn format_mean(mean: f64, locale: Locale) -> String {
    decimal(format!("{:.1}", (mean * 10.0).round() / 10.0), locale)
}

/// A field score difference for display: "+5", "−3", or "±0" when it is below the threshold.
pub fn format_score_delta(delta: f64) -> String {
    if Trend::of(delta, FIELD_SAME_BELOW) == Trend::Same {
        return "±0".to_owned();
    }
    let rounded = delta.abs().round() as i64;
    if delta > 0.0 {
        format!("+{rounded}")
    } else {
        format!("\u{2212}{rounded}")
    }
}

/// A mean difference for display: "+0,4", "−1,0", or "±0,0" when it is below the threshold.
pub fn format_mean_delta(delta: f64, locale: Locale) -> String {
    if Trend::of(delta, ITEM_SAME_BELOW) == Trend::Same {
        return decimal("±0.0".to_owned(), locale);
    }
    let text = format!("{:.1}", (delta.abs() * 10.0).round() / 10.0);
    let sign = if delta > 0.0 { "+" } else { "\u{2212}" };
    decimal(format!("{sign}{text}"), locale)
}

fn percent_down(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 0;
    }
    // Integer arithmetic: 100 % only when complete, and no float noise.
    u32::try_from(part * 100 / whole).unwrap_or(100)
}

fn group_answers(records: &[AnswerRecord]) -> HashMap<String, Vec<AnswerValue>> {
    let mut map: HashMap<String, Vec<AnswerValue>> = HashMap::new();
    for r in records {
        if let Some(v) = r.answer() {
            map.entry(r.item_id.clone()).or_default().push(v);
        }
    }
    map
}

fn summary(item: &Item, result: &ItemResult, locale: Locale) -> ItemSummary {
    ItemSummary {
        id: item.id.clone(),
        statement: item.text.get(locale).to_owned(),
        mean: result.mean,
        mean_text: result.mean.map(|m| format_mean(m, locale)).unwrap_or_default(),
        rated_by: result.distribution.iter().sum(),
    }
}

/// The applicable items of a field paired with their results (score_field keeps the same order).
fn applicable_pairs<'a>(
    field: &'a Field,
    kind: MunicipalityType,
    result: &'a FieldResult,
) -> Vec<(&'a Item, &'a ItemResult)> {
    field
        .items
        .iter()
        .filter(|i| i.applies(kind))
        .zip(&result.items)
        .collect()
}

fn strengths(pairs: &[(&Item, &ItemResult)], locale: Locale) -> Vec<ItemSummary> {
    let mut candidates: Vec<(usize, &Item, &ItemResult, f64)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(pos, (i, r))| r.mean.filter(|m| *m >= STRENGTH_MIN_MEAN).map(|m| (pos, *i, *r, m)))
        .collect();
    // Highest mean first; ties keep the authored order, so the result is deterministic.
    candidates.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
    candidates
        .into_iter()
        .take(HIGHLIGHTS_PER_FIELD)
        .map(|(_, i, r, _)| summary(i, r, locale))
        .collect()
}

fn potentials(pairs: &[(&Item, &ItemResult)], locale: Locale) -> Vec<Potential> {
    let mut candidates: Vec<(usize, &Item, &ItemResult, f64)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(pos, (i, r))| r.mean.filter(|m| *m < POTENTIAL_BELOW_MEAN).map(|m| (pos, *i, *r, m)))
        .collect();
    // Lowest mean first; among equals, the heavier statement matters more for the score.
    candidates.sort_by(|a, b| {
        a.3.total_cmp(&b.3)
            .then(b.1.weight.cmp(&a.1.weight))
            .then(a.0.cmp(&b.0))
    });
    candidates
        .into_iter()
        .take(HIGHLIGHTS_PER_FIELD)
        .map(|(_, i, r, _)| Potential {
            item: summary(i, r, locale),
            recommendation: i.recommendation.get(locale).to_owned(),
            articles: i.articles.clone(),
        })
        .collect()
}

fn comment_groups(
    field: &Field,
    kind: MunicipalityType,
    records: &[AnswerRecord],
    locale: Locale,
) -> Vec<CommentGroup> {
    let mut by_item: HashMap<&str, Vec<String>> = HashMap::new();
    for r in records {
        if let Some(text) = r.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            by_item.entry(r.item_id.as_str()).or_default().push(text.to_owned());
        }
    }
    field
        .items
        .iter()
        .filter(|i| i.applies(kind))
        .filter_map(|i| {
            let mut comments = by_item.remove(i.id.as_str())?;
            // Sorted by text rather than by respondent or time, so the order does not hint at who
            // wrote what: the workshop discusses content, not departments.
            comments.sort();
            Some(CommentGroup {
                item_id: i.id.clone(),
                statement: i.text.get(locale).to_owned(),
                comments,
            })
        })
        .collect()
}

/// Builds the results of a round. `respondents` are (respondent id, display name) pairs, e.g. from
/// `store::respondent_fields`; `previous` are the answers of the previous closed round, scored with
/// the same instrument (statements are matched by id).
pub fn build(
    instrument: &Instrument,
    kind: MunicipalityType,
    answers: &[AnswerRecord],
    respondents: &[(Uuid, String)],
    previous: Option<&[AnswerRecord]>,
    locale: Locale,
) -> RoundResults {
    let applicable_ids: HashSet<&str> = instrument
        .fields
        .iter()
        .flat_map(|f| f.items.iter())
        .filter(|i| i.applies(kind))
        .map(|i| i.id.as_str())
        .collect();
    let counted: Vec<AnswerRecord> = answers
        .iter()
        .filter(|r| applicable_ids.contains(r.item_id.as_str()) && r.answer().is_some())
        .cloned()
        .collect();
    let current = score_round(instrument, kind, &group_answers(&counted));
    let before = previous.map(|p| score_round(instrument, kind, &group_answers(p)));

    let answered_by: HashSet<Uuid> = counted.iter().map(|r| r.respondent_id).collect();
    let mut seen = HashSet::new();
    let participants = respondents
        .iter()
        .filter(|(id, _)| answered_by.contains(id) && seen.insert(*id))
        .map(|(_, name)| name.clone())
        .collect();

    let fields: Vec<FieldSummary> = instrument
        .fields
        .iter()
        .zip(&current)
        .enumerate()
        .map(|(n, (field, result))| {
            let prior = before.as_ref().and_then(|b| b.get(n)).filter(|p| p.id == field.id);
            field_summary(instrument, field, kind, result, prior, &counted, locale)
        })
        .collect();

    let answered = fields.iter().map(|f| f.answered).sum();
    let applicable = fields.iter().map(|f| f.applicable).sum();
    RoundResults {
        respondents: answered_by.len(),
        participants,
        answers: counted.len(),
        answered,
        applicable,
        coverage_percent: percent_down(answered, applicable),
        dont_know: fields.iter().map(|f| f.dont_know).sum(),
        not_applicable: fields.iter().map(|f| f.not_applicable).sum(),
        has_previous: previous.is_some(),
        fields,
    }
}

fn field_summary(
    instrument: &Instrument,
    field: &Field,
    kind: MunicipalityType,
    result: &FieldResult,
    prior: Option<&FieldResult>,
    records: &[AnswerRecord],
    locale: Locale,
) -> FieldSummary {
    let pairs = applicable_pairs(field, kind, result);
    let dimensions = result
        .dimensions
        .iter()
        .map(|d| DimensionScore {
            id: d.id.clone(),
            title: instrument
                .dimensions
                .iter()
                .find(|x| x.id == d.id)
                .map(|x| x.title.get(locale).to_owned())
                .unwrap_or_default(),
            score: d.score,
            score_text: d.score.map(format_score),
        })
        .collect();
    let divergent = pairs
        .iter()
        .filter(|(_, r)| r.divergent)
        .map(|(i, r)| Divergence {
            item: summary(i, r, locale),
            spread: r.spread.unwrap_or(0),
            counts: AnswerCounts::of(r),
        })
        .collect();
    let previous_score = prior.and_then(|p| p.score);
    let change = result.score.zip(previous_score).map(|(now, before)| Change {
        delta: now - before,
        trend: Trend::of(now - before, FIELD_SAME_BELOW),
        delta_text: format_score_delta(now - before),
    });
    let prior_means: HashMap<&str, f64> = prior
        .map(|p| {
            p.items
                .iter()
                .filter_map(|i| i.mean.map(|m| (i.id.as_str(), m)))
                .collect()
        })
        .unwrap_or_default();
    let mut items_compared = 0;
    let mut item_changes = Vec::new();
    for (item, r) in &pairs {
        let (Some(now), Some(&before)) = (r.mean, prior_means.get(item.id.as_str())) else {
            continue;
        };
        items_compared += 1;
        let trend = Trend::of(now - before, ITEM_SAME_BELOW);
        if trend != Trend::Same {
            item_changes.push(ItemChange {
                item: summary(item, r, locale),
                previous_mean: before,
                previous_text: format_mean(before, locale),
                change: Change {
                    delta: now - before,
                    trend,
                    delta_text: format_mean_delta(now - before, locale),
                },
            });
        }
    }
    let answered = result.items.iter().filter(|i| i.mean.is_some()).count();
    FieldSummary {
        id: field.id.clone(),
        order: field.order,
        title: field.title.get(locale).to_owned(),
        score: result.score,
        score_text: result.score.map(format_score),
        band: result.band,
        dimensions,
        answered,
        applicable: result.items.len(),
        coverage_percent: percent_down(answered, result.items.len()),
        dont_know: result.items.iter().map(|i| i.dont_know).sum(),
        not_applicable: result.items.iter().map(|i| i.not_applicable).sum(),
        strengths: strengths(&pairs, locale),
        potentials: potentials(&pairs, locale),
        divergent,
        comments: comment_groups(field, kind, records, locale),
        previous_score,
        previous_text: previous_score.map(format_score),
        change,
        item_changes,
        items_compared,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::shipped;
    use time::OffsetDateTime;

    fn record(respondent: u128, item: &str, value: &str, comment: Option<&str>) -> AnswerRecord {
        AnswerRecord {
            respondent_id: Uuid::from_u128(respondent),
            item_id: item.to_owned(),
            value: value.to_owned(),
            comment: comment.map(str::to_owned),
            updated_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    fn names() -> Vec<(Uuid, String)> {
        vec![
            (Uuid::from_u128(1), "Jugendamt".to_owned()),
            (Uuid::from_u128(2), "Sozialamt".to_owned()),
            (Uuid::from_u128(3), "Ordnungsamt".to_owned()),
            (Uuid::from_u128(1), "Jugendamt".to_owned()),
        ]
    }

    fn management_ids() -> Vec<String> {
        let instrument = shipped().unwrap();
        instrument
            .field("management")
            .unwrap()
            .items
            .iter()
            .filter(|i| i.applies(MunicipalityType::Landkreis))
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn display_forms_round_down_scores_and_use_the_decimal_comma_in_german() {
        assert_eq!(format_score(74.6), "74");
        assert_eq!(format_score(75.0 - 1e-12), "75");
        assert_eq!(format_score(100.0), "100");
        assert_eq!(format_score(200.0 / 3.0), "66");
        assert_eq!(format_mean(7.0 / 3.0, Locale::De), "2,3");
        assert_eq!(format_mean(7.0 / 3.0, Locale::En), "2.3");
        assert_eq!(format_mean(2.25, Locale::De), "2,3");
        assert_eq!(format_score_delta(6.6), "+7");
        assert_eq!(format_score_delta(-3.2), "\u{2212}3");
        assert_eq!(format_score_delta(0.49), "±0");
        assert_eq!(format_score_delta(-0.5), "\u{2212}1");
        assert_eq!(format_mean_delta(0.5, Locale::De), "+0,5");
        assert_eq!(format_mean_delta(-1.0, Locale::En), "\u{2212}1.0");
        assert_eq!(format_mean_delta(0.04, Locale::De), "±0,0");
    }

    #[test]
    fn trends_use_the_thresholds() {
        assert_eq!(Trend::of(0.49, FIELD_SAME_BELOW), Trend::Same);
        assert_eq!(Trend::of(0.5, FIELD_SAME_BELOW), Trend::Up);
        assert_eq!(Trend::of(-0.5, FIELD_SAME_BELOW), Trend::Down);
        assert_eq!(Trend::of(0.04, ITEM_SAME_BELOW), Trend::Same);
        assert_eq!(Trend::of(-0.05, ITEM_SAME_BELOW), Trend::Down);
        assert_eq!(Trend::Up.code(), "up");
    }

    #[test]
    fn nothing_answered_is_an_empty_result_with_every_field_listed() {
        let instrument = shipped().unwrap();
        let r = build(
            &instrument,
            MunicipalityType::Landkreis,
            &[],
            &names(),
            None,
            Locale::De,
        );
        assert!(r.is_empty());
        assert_eq!(r.fields.len(), 7);
        assert_eq!(r.respondents, 0);
        assert!(r.participants.is_empty());
        assert!(r.fields.iter().all(|f| f.score.is_none() && f.coverage_percent == 0));
        assert!(!r.has_comparison());
    }

    #[test]
    fn scores_strengths_potentials_divergence_and_counts_of_a_field() {
        let instrument = shipped().unwrap();
        let ids = management_ids();
        // Statement 0: all 3 (strength). Statement 1: 3 and 1, spread 2 (divergent, mean 2).
        // Statement 2: 0 and 0 (potential). Statement 3: weiß nicht and nicht zutreffend only.
        // Unknown statement ids do not count.
        let answers = vec![
            record(1, &ids[0], "3", None),
            record(2, &ids[0], "3", Some("  Gut gemacht  ")),
            record(1, &ids[1], "3", None),
            record(2, &ids[1], "1", Some("Bei uns nicht")),
            record(1, &ids[2], "0", Some("Anders")),
            record(2, &ids[2], "0", Some("  ")),
            record(1, &ids[3], "dont_know", None),
            record(2, &ids[3], "not_applicable", None),
            record(3, "management.gone", "3", None),
        ];
        let r = build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names(),
            None,
            Locale::De,
        );
        assert_eq!(r.respondents, 2);
        assert_eq!(r.participants, vec!["Jugendamt", "Sozialamt"]);
        assert_eq!(r.answers, 8);
        assert_eq!((r.dont_know, r.not_applicable), (1, 1));
        let f = &r.fields[0];
        assert_eq!(f.id, "management");
        assert_eq!(f.title, "Management und Steuerung");
        assert_eq!((f.answered, f.applicable), (3, ids.len()));
        assert_eq!(f.coverage_percent, u32::try_from(300 / ids.len()).unwrap());
        let score = f.score.unwrap();
        assert_eq!(f.band, Some(Band::of(score)));
        assert_eq!(f.score_text.as_deref(), Some(format_score(score).as_str()));
        assert_eq!(f.strengths.len(), 2);
        assert_eq!(f.strengths[0].id, ids[0]);
        assert_eq!(f.strengths[0].mean_text, "3,0");
        assert_eq!(f.strengths[1].id, ids[1]);
        assert_eq!(f.potentials.len(), 1);
        assert_eq!(f.potentials[0].item.id, ids[2]);
        assert!(!f.potentials[0].recommendation.is_empty());
        assert_eq!(f.divergent.len(), 1);
        assert_eq!(f.divergent[0].item.id, ids[1]);
        assert_eq!(f.divergent[0].spread, 2);
        assert_eq!(f.divergent[0].counts.in_scale_order(), [1, 0, 1, 0, 0, 0]);
        assert_eq!(f.comment_count(), 3);
        assert_eq!(f.comments[0].item_id, ids[0]);
        assert_eq!(f.comments[0].comments, vec!["Gut gemacht"]);
        assert!(r.fields[1..].iter().all(|f| f.score.is_none()));
        let en = build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names(),
            None,
            Locale::En,
        );
        assert_eq!(en.fields[0].title, "Management and governance");
        assert_eq!(en.fields[0].strengths[0].mean_text, "3.0");
    }

    #[test]
    fn at_most_three_highlights_ordered_by_mean() {
        let instrument = shipped().unwrap();
        let ids = management_ids();
        let values = ["2", "3", "3", "2", "0", "1", "1", "0", "1"];
        let answers: Vec<AnswerRecord> = ids.iter().zip(values).map(|(i, v)| record(1, i, v, None)).collect();
        let r = build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names(),
            None,
            Locale::De,
        );
        let f = &r.fields[0];
        let strengths: Vec<&str> = f.strengths.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(strengths, vec![ids[1].as_str(), ids[2].as_str(), ids[0].as_str()]);
        assert_eq!(f.potentials.len(), HIGHLIGHTS_PER_FIELD);
        assert!(f.potentials.iter().take(2).all(|p| p.item.mean == Some(0.0)));
        assert_eq!(f.potentials[2].item.mean, Some(1.0));
    }

    #[test]
    fn comments_are_sorted_by_text_so_their_order_does_not_reveal_the_department() {
        let instrument = shipped().unwrap();
        let ids = management_ids();
        let answers = vec![
            record(1, &ids[0], "2", Some("Zuletzt geschrieben")),
            record(2, &ids[0], "2", Some("Als Erstes")),
        ];
        let r = build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names(),
            None,
            Locale::De,
        );
        assert_eq!(
            r.fields[0].comments[0].comments,
            vec!["Als Erstes", "Zuletzt geschrieben"]
        );
    }

    #[test]
    fn the_comparison_shows_field_and_item_changes_beyond_the_thresholds() {
        let instrument = shipped().unwrap();
        let ids = management_ids();
        let previous = vec![
            record(1, &ids[0], "1", None),
            record(1, &ids[1], "2", None),
            record(1, &ids[2], "3", None),
        ];
        let current = vec![
            record(2, &ids[0], "3", None),
            record(2, &ids[1], "2", None),
            record(2, &ids[2], "2", None),
            record(2, &ids[3], "3", None),
        ];
        let r = build(
            &instrument,
            MunicipalityType::Landkreis,
            &current,
            &names(),
            Some(&previous),
            Locale::De,
        );
        assert!(r.has_previous && r.has_comparison());
        let f = &r.fields[0];
        let change = f.change.as_ref().unwrap();
        assert!((change.delta - (f.score.unwrap() - f.previous_score.unwrap())).abs() < 1e-9);
        assert_eq!(change.trend, Trend::Up);
        assert_eq!(f.items_compared, 3);
        let changed: Vec<(&str, Trend)> = f
            .item_changes
            .iter()
            .map(|c| (c.item.id.as_str(), c.change.trend))
            .collect();
        assert_eq!(
            changed,
            vec![(ids[0].as_str(), Trend::Up), (ids[2].as_str(), Trend::Down)]
        );
        assert_eq!(f.item_changes[0].change.delta_text, "+2,0");
        assert_eq!(f.item_changes[0].previous_text, "1,0");
        assert_eq!(f.item_changes[1].change.delta_text, "\u{2212}1,0");
        // A field without a previous score has no change.
        assert!(r.fields[1].change.is_none() && r.fields[1].previous_score.is_none());
    }

    #[test]
    fn statements_that_do_not_apply_to_the_type_are_left_out_of_counts_and_comments() {
        let instrument = shipped().unwrap();
        let item = "access.immigration-office-service";
        let answers = vec![record(1, item, "0", Some("Kommentar"))];
        let gemeinde = build(
            &instrument,
            MunicipalityType::KreisangehoerigeGemeinde,
            &answers,
            &names(),
            None,
            Locale::De,
        );
        assert!(gemeinde.is_empty());
        assert_eq!(gemeinde.respondents, 0);
        assert!(gemeinde.fields.iter().all(|f| f.comments.is_empty()));
        let kreis = build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names(),
            None,
            Locale::De,
        );
        assert_eq!(kreis.answers, 1);
        let access = kreis.fields.iter().find(|f| f.id == "access").unwrap();
        assert_eq!(access.comment_count(), 1);
        assert_eq!(access.potentials[0].item.id, item);
    }
}
