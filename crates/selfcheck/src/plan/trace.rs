//! Trace: from a Selbstcheck statement to its rating in every closed round of a municipality, and
//! from a measure to how the statements it addresses were rated before it and in the latest round
//! after it. Pure: the pages read the closed rounds and their answers for the statements in one
//! query each, and these functions reduce them.

use std::collections::HashMap;

use time::OffsetDateTime;
use uuid::Uuid;

use crate::results::{ITEM_SAME_BELOW, Trend};
use crate::scoring::{AnswerValue, score_item};
use crate::store::RoundRow;

/// One answer of a closed round to a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundAnswer {
    /// The round.
    pub round_id: Uuid,
    /// The statement.
    pub item_id: String,
    /// The answer.
    pub value: AnswerValue,
}

/// How a statement was rated in one round.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rating {
    /// Mean of the numeric answers (0–3); `None` when nobody rated it.
    pub mean: Option<f64>,
    /// Highest minus lowest numeric answer.
    pub spread: Option<u8>,
    /// How many gave a numeric answer.
    pub rated_by: usize,
}

/// The ratings of statements per round, computed exactly as the results page does
/// ([`score_item`]), so both pages show the same numbers.
#[derive(Debug, Clone, Default)]
pub struct Ratings(HashMap<(String, Uuid), Rating>);

impl Ratings {
    /// Reduces the answers of any number of rounds and statements.
    pub fn from_answers(answers: impl IntoIterator<Item = RoundAnswer>) -> Ratings {
        let mut grouped: HashMap<(String, Uuid), Vec<AnswerValue>> = HashMap::new();
        for a in answers {
            grouped.entry((a.item_id, a.round_id)).or_default().push(a.value);
        }
        Ratings(
            grouped
                .into_iter()
                .map(|(key, values)| {
                    let result = score_item(&key.0, &values);
                    let rating = Rating {
                        mean: result.mean,
                        spread: result.spread,
                        rated_by: result.distribution.iter().sum(),
                    };
                    (key, rating)
                })
                .collect(),
        )
    }

    /// The rating of `item` in `round`; without answers, one without a mean.
    pub fn of(&self, item: &str, round: Uuid) -> Rating {
        self.0.get(&(item.to_owned(), round)).copied().unwrap_or_default()
    }
}

/// The closed rounds among `rounds`, oldest first — the order in which the results page compares
/// a round with its previous one (by start, then id).
pub fn closed_oldest_first(rounds: Vec<RoundRow>) -> Vec<RoundRow> {
    let mut closed: Vec<RoundRow> = rounds.into_iter().filter(|r| !r.is_open()).collect();
    closed.sort_by(|a, b| a.created_at.cmp(&b.created_at).then_with(|| a.id.cmp(&b.id)));
    closed
}

/// One line of a statement's history: its rating in a round and the change since the last
/// earlier round in which it had a mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HistoryLine {
    /// The rating in this round.
    pub rating: Rating,
    /// Now minus the last earlier mean; `None` without both.
    pub change: Option<f64>,
}

/// A statement's history over `rounds` (closed, oldest first), one line per round.
pub fn history(rounds: &[RoundRow], ratings: &Ratings, item: &str) -> Vec<HistoryLine> {
    let mut last_mean: Option<f64> = None;
    rounds
        .iter()
        .map(|round| {
            let rating = ratings.of(item, round.id);
            let change = rating.mean.zip(last_mean).map(|(now, before)| now - before);
            if rating.mean.is_some() {
                last_mean = rating.mean;
            }
            HistoryLine { rating, change }
        })
        .collect()
}

/// The two rounds a measure's effect is read from, as indexes into the closed rounds (oldest
/// first): the round before the measure and the latest round after it.
///
/// Before: the round whose recommendation the measure took up, when it is closed; otherwise the
/// latest round closed when the measure was created. After: the latest round closed after the
/// measure was created that comes after the "before" round — a round closed earlier cannot show
/// what the measure changed.
pub fn compared_rounds(
    rounds: &[RoundRow],
    source_round: Option<Uuid>,
    measure_created: OffsetDateTime,
) -> (Option<usize>, Option<usize>) {
    let closed_by_then = |r: &RoundRow| r.closed_at.is_some_and(|c| c <= measure_created);
    let before = source_round
        .and_then(|s| rounds.iter().position(|r| r.id == s))
        .or_else(|| rounds.iter().rposition(closed_by_then));
    let after = rounds
        .iter()
        .enumerate()
        .rev()
        .find(|(i, r)| before.is_none_or(|b| *i > b) && r.closed_at.is_some() && !closed_by_then(r))
        .map(|(i, _)| i);
    (before, after)
}

/// How a statement's mean moved between two rounds, with the threshold of the results page (a
/// change that shows as 0,0 is no change).
pub fn movement(before: f64, after: f64) -> Trend {
    Trend::of(after - before, ITEM_SAME_BELOW)
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use time::macros::datetime;

    use super::*;

    fn round(n: i64, closed: Option<i64>) -> RoundRow {
        let start = datetime!(2024-01-01 0:00 UTC);
        RoundRow {
            id: Uuid::from_u128(n as u128),
            municipality_id: Uuid::nil(),
            title: format!("Runde {n}"),
            instrument_version: "1".into(),
            status: if closed.is_some() { "closed" } else { "open" }.into(),
            due_date: None,
            created_at: start + Duration::days(100 * n),
            closed_at: closed.map(|d| start + Duration::days(d)),
        }
    }

    fn answer(round: u128, item: &str, value: AnswerValue) -> RoundAnswer {
        RoundAnswer {
            round_id: Uuid::from_u128(round),
            item_id: item.into(),
            value,
        }
    }

    #[test]
    fn ratings_are_reduced_per_statement_and_round_like_the_results_page() {
        use AnswerValue::*;
        let ratings = Ratings::from_answers([
            answer(1, "a", Score(0)),
            answer(1, "a", Score(2)),
            answer(1, "a", DontKnow),
            answer(2, "a", Score(3)),
            answer(1, "b", NotApplicable),
        ]);
        assert_eq!(
            ratings.of("a", Uuid::from_u128(1)),
            Rating {
                mean: Some(1.0),
                spread: Some(2),
                rated_by: 2
            }
        );
        assert_eq!(ratings.of("a", Uuid::from_u128(2)).mean, Some(3.0));
        assert_eq!(
            ratings.of("b", Uuid::from_u128(1)).mean,
            None,
            "not applicable is not rated"
        );
        assert_eq!(ratings.of("c", Uuid::from_u128(1)), Rating::default());
    }

    #[test]
    fn the_history_lists_closed_rounds_oldest_first_with_the_change_since_the_last_mean() {
        let rounds = closed_oldest_first(vec![
            round(3, Some(320)),
            round(4, None),
            round(2, Some(220)),
            round(1, Some(120)),
        ]);
        let ids: Vec<u128> = rounds.iter().map(|r| r.id.as_u128()).collect();
        assert_eq!(ids, [1, 2, 3], "open rounds are left out");
        let ratings = Ratings::from_answers([
            answer(1, "a", AnswerValue::Score(1)),
            answer(3, "a", AnswerValue::Score(3)),
        ]);
        let lines = history(&rounds, &ratings, "a");
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[0].rating.mean, lines[0].change), (Some(1.0), None));
        assert_eq!((lines[1].rating.mean, lines[1].change), (None, None));
        assert_eq!(
            (lines[2].rating.mean, lines[2].change),
            (Some(3.0), Some(2.0)),
            "compared with the last round that had a mean"
        );
    }

    #[test]
    fn a_measure_is_compared_from_its_source_round_or_the_last_round_before_it() {
        let rounds = closed_oldest_first(vec![round(1, Some(120)), round(2, Some(220)), round(3, Some(320))]);
        let at = |day: i64| datetime!(2024-01-01 0:00 UTC) + Duration::days(day);
        // Created after round 2 closed: round 2 before, round 3 after.
        assert_eq!(compared_rounds(&rounds, None, at(250)), (Some(1), Some(2)));
        // Taken from round 1's recommendation: round 1 before, the latest later round after.
        assert_eq!(
            compared_rounds(&rounds, Some(Uuid::from_u128(1)), at(250)),
            (Some(0), Some(2))
        );
        // Created after the last round: nothing to compare with yet.
        assert_eq!(compared_rounds(&rounds, None, at(400)), (Some(2), None));
        // Created before any round closed: no round before, the latest after.
        assert_eq!(compared_rounds(&rounds, None, at(10)), (None, Some(2)));
        // A source round that is no longer closed (reopened) falls back to the date rule.
        assert_eq!(
            compared_rounds(&rounds, Some(Uuid::from_u128(9)), at(250)),
            (Some(1), Some(2))
        );
        // A source round closed only after the measure was created is still "before", and is
        // never also "after".
        assert_eq!(
            compared_rounds(&rounds, Some(Uuid::from_u128(3)), at(250)),
            (Some(2), None)
        );
        // Closed at the very second the measure was created: before, not after.
        assert_eq!(compared_rounds(&rounds, None, at(320)), (Some(2), None));
        assert_eq!(compared_rounds(&[], None, at(1)), (None, None));
    }

    #[test]
    fn a_change_below_the_display_threshold_is_no_change() {
        assert_eq!(movement(0.8, 1.9), Trend::Up);
        assert_eq!(movement(2.0, 1.0), Trend::Down);
        assert_eq!(movement(1.0, 1.04), Trend::Same);
    }
}
