//! Scoring of a Selbstcheck round (see `docs/selfcheck-scoring.md`): pure functions over the
//! instrument and the answers, unrounded; rounding happens only for display.

use std::collections::HashMap;

use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::instrument::{Field, Instrument};

/// One respondent's answer to one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerValue {
    /// trifft voll zu (3) … trifft nicht zu (0).
    Score(u8),
    /// weiß nicht: counted, not scored.
    DontKnow,
    /// nicht zutreffend: counted, not scored.
    NotApplicable,
}

impl AnswerValue {
    /// Parses the stored or submitted code: `0`–`3`, `dont_know`, `not_applicable`.
    pub fn parse(code: &str) -> Option<AnswerValue> {
        match code.trim() {
            "0" => Some(AnswerValue::Score(0)),
            "1" => Some(AnswerValue::Score(1)),
            "2" => Some(AnswerValue::Score(2)),
            "3" => Some(AnswerValue::Score(3)),
            "dont_know" => Some(AnswerValue::DontKnow),
            "not_applicable" => Some(AnswerValue::NotApplicable),
            _ => None,
        }
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            AnswerValue::Score(0) => "0",
            AnswerValue::Score(1) => "1",
            AnswerValue::Score(2) => "2",
            AnswerValue::Score(_) => "3",
            AnswerValue::DontKnow => "dont_know",
            AnswerValue::NotApplicable => "not_applicable",
        }
    }

    fn numeric(self) -> Option<u8> {
        match self {
            AnswerValue::Score(v) => Some(v.min(3)),
            _ => None,
        }
    }
}

/// Bands of a field score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// 0 to under 25.
    Einstieg,
    /// 25 to under 50.
    Aufbau,
    /// 50 to under 75.
    Fortgeschritten,
    /// 75 to 100.
    Vorreiter,
}

impl Band {
    /// The band of a score between 0 and 100.
    pub fn of(score: f64) -> Band {
        if score < 25.0 {
            Band::Einstieg
        } else if score < 50.0 {
            Band::Aufbau
        } else if score < 75.0 {
            Band::Fortgeschritten
        } else {
            Band::Vorreiter
        }
    }
    /// The code used in the API and Fluent keys.
    pub fn code(self) -> &'static str {
        match self {
            Band::Einstieg => "einstieg",
            Band::Aufbau => "aufbau",
            Band::Fortgeschritten => "fortgeschritten",
            Band::Vorreiter => "vorreiter",
        }
    }
}

/// Spread at which respondents are said to disagree about a statement.
pub const DIVERGENT_SPREAD: u8 = 2;

/// The result of one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemResult {
    /// Item id.
    pub id: String,
    /// Mean of the numeric answers (0–3).
    pub mean: Option<f64>,
    /// Highest minus lowest numeric answer.
    pub spread: Option<u8>,
    /// Spread of at least 2.
    pub divergent: bool,
    /// How many answered 0, 1, 2, 3.
    pub distribution: [usize; 4],
    /// How many answered "weiß nicht".
    pub dont_know: usize,
    /// How many answered "nicht zutreffend".
    pub not_applicable: usize,
}

/// The score of a dimension within a field.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionResult {
    /// Dimension id.
    pub id: String,
    /// Score 0–100, `None` when nothing was answered.
    pub score: Option<f64>,
}

/// The result of one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldResult {
    /// Field id.
    pub id: String,
    /// Score 0–100, `None` when nothing was answered.
    pub score: Option<f64>,
    /// Band of the score.
    pub band: Option<Band>,
    /// Share (0–1) of the applicable statements with a numeric answer.
    pub coverage: f64,
    /// Dimension scores in the instrument's dimension order.
    pub dimensions: Vec<DimensionResult>,
    /// Results of the applicable statements in authored order.
    pub items: Vec<ItemResult>,
}

/// Scores one statement from all respondents' answers.
pub fn score_item(id: &str, answers: &[AnswerValue]) -> ItemResult {
    let mut distribution = [0usize; 4];
    let (mut dont_know, mut not_applicable) = (0, 0);
    for a in answers {
        match *a {
            AnswerValue::Score(v) => distribution[usize::from(v.min(3))] += 1,
            AnswerValue::DontKnow => dont_know += 1,
            AnswerValue::NotApplicable => not_applicable += 1,
        }
    }
    let numeric: Vec<u8> = answers.iter().filter_map(|a| a.numeric()).collect();
    let mean = (!numeric.is_empty()).then(|| numeric.iter().map(|&v| f64::from(v)).sum::<f64>() / numeric.len() as f64);
    let spread = numeric
        .iter()
        .max()
        .zip(numeric.iter().min())
        .map(|(max, min)| max - min);
    ItemResult {
        id: id.to_owned(),
        mean,
        spread,
        divergent: spread.is_some_and(|s| s >= DIVERGENT_SPREAD),
        distribution,
        dont_know,
        not_applicable,
    }
}

/// 100 × Σ(weight × mean / 3) / Σ(weight) over the (weight, mean) pairs that have a mean.
pub fn weighted_score(pairs: impl IntoIterator<Item = (u32, Option<f64>)>) -> Option<f64> {
    let (sum, weights) = pairs
        .into_iter()
        .filter_map(|(w, mean)| mean.map(|m| (f64::from(w), m)))
        .fold((0.0, 0.0), |(s, ws), (w, m)| (s + w * m / 3.0, ws + w));
    (weights > 0.0).then(|| 100.0 * sum / weights)
}

/// Scores a field for a municipality of `kind`.
pub fn score_field(
    field: &Field,
    dimension_ids: &[&str],
    kind: MunicipalityType,
    answers: &HashMap<String, Vec<AnswerValue>>,
) -> FieldResult {
    let applicable: Vec<_> = field.items.iter().filter(|i| i.applies(kind)).collect();
    let items: Vec<ItemResult> = applicable
        .iter()
        .map(|i| score_item(&i.id, answers.get(&i.id).map(Vec::as_slice).unwrap_or(&[])))
        .collect();
    let score = weighted_score(applicable.iter().zip(&items).map(|(i, r)| (i.weight, r.mean)));
    let answered = items.iter().filter(|r| r.mean.is_some()).count();
    let coverage = if applicable.is_empty() {
        0.0
    } else {
        answered as f64 / applicable.len() as f64
    };
    let dimensions = dimension_ids
        .iter()
        .map(|d| DimensionResult {
            id: (*d).to_owned(),
            score: weighted_score(
                applicable
                    .iter()
                    .zip(&items)
                    .filter(|(i, _)| i.dimension == *d)
                    .map(|(i, r)| (i.weight, r.mean)),
            ),
        })
        .collect();
    FieldResult {
        id: field.id.clone(),
        score,
        band: score.map(Band::of),
        coverage,
        dimensions,
        items,
    }
}

/// Scores every field of a round; `answers` maps item ids to all respondents' answers.
pub fn score_round(
    instrument: &Instrument,
    kind: MunicipalityType,
    answers: &HashMap<String, Vec<AnswerValue>>,
) -> Vec<FieldResult> {
    let dimension_ids: Vec<&str> = instrument.dimensions.iter().map(|d| d.id.as_str()).collect();
    instrument
        .fields
        .iter()
        .map(|f| score_field(f, &dimension_ids, kind, answers))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::shipped;
    use proptest::prelude::*;

    fn s(v: u8) -> AnswerValue {
        AnswerValue::Score(v)
    }

    #[test]
    fn item_mean_spread_and_divergence_follow_the_numeric_answers_only() {
        let r = score_item(
            "x",
            &[s(3), s(1), AnswerValue::DontKnow, AnswerValue::NotApplicable, s(2)],
        );
        assert_eq!(r.mean, Some(2.0));
        assert_eq!(r.spread, Some(2));
        assert!(r.divergent);
        assert_eq!(r.distribution, [0, 1, 1, 1]);
        assert_eq!((r.dont_know, r.not_applicable), (1, 1));
        let calm = score_item("y", &[s(2), s(3)]);
        assert!(!calm.divergent);
        let none = score_item("z", &[AnswerValue::DontKnow]);
        assert_eq!((none.mean, none.spread, none.divergent), (None, None, false));
    }

    #[test]
    fn weighted_score_matches_the_documented_formula() {
        // (2 × 3/3 + 1 × 0/3) / 3 × 100 = 66.67; the unanswered item does not count.
        let score = weighted_score([(2, Some(3.0)), (1, Some(0.0)), (5, None)]).unwrap();
        assert!((score - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(weighted_score([(1, None)]), None);
    }

    #[test]
    fn bands_have_the_documented_boundaries() {
        assert_eq!(Band::of(0.0), Band::Einstieg);
        assert_eq!(Band::of(24.999), Band::Einstieg);
        assert_eq!(Band::of(25.0), Band::Aufbau);
        assert_eq!(Band::of(50.0), Band::Fortgeschritten);
        assert_eq!(Band::of(74.99), Band::Fortgeschritten);
        assert_eq!(Band::of(75.0), Band::Vorreiter);
        assert_eq!(Band::of(100.0), Band::Vorreiter);
    }

    #[test]
    fn statements_that_do_not_apply_to_the_type_are_left_out() {
        let instrument = shipped().unwrap();
        let access = instrument.field("access").unwrap();
        let dims: Vec<&str> = instrument.dimensions.iter().map(|d| d.id.as_str()).collect();
        let mut answers = HashMap::new();
        answers.insert("access.immigration-office-service".to_owned(), vec![s(0)]);
        let gemeinde = score_field(access, &dims, MunicipalityType::KreisangehoerigeGemeinde, &answers);
        assert_eq!(
            gemeinde.score, None,
            "the only answer is to a statement a Gemeinde does not see"
        );
        assert!(
            gemeinde
                .items
                .iter()
                .all(|i| i.id != "access.immigration-office-service")
        );
        let kreis = score_field(access, &dims, MunicipalityType::Landkreis, &answers);
        assert_eq!(kreis.score, Some(0.0));
        assert!(kreis.coverage > 0.0 && kreis.coverage < 0.1);
    }

    #[test]
    fn answer_codes_round_trip_and_reject_values_outside_the_scale() {
        for v in [
            s(0),
            s(1),
            s(2),
            s(3),
            AnswerValue::DontKnow,
            AnswerValue::NotApplicable,
        ] {
            assert_eq!(AnswerValue::parse(v.code()), Some(v));
        }
        for bad in ["4", "-1", "", "drei", "3.0"] {
            assert_eq!(AnswerValue::parse(bad), None, "{bad}");
        }
    }

    fn answer() -> impl Strategy<Value = AnswerValue> {
        prop_oneof![4 => (0u8..=3).prop_map(AnswerValue::Score), 1 => Just(AnswerValue::DontKnow), 1 => Just(AnswerValue::NotApplicable)]
    }

    proptest! {
        #[test]
        fn field_scores_stay_within_0_and_100_and_coverage_within_0_and_1(
            raw in proptest::collection::vec(proptest::collection::vec(answer(), 0..6), 17)
        ) {
            let instrument = shipped().unwrap();
            let field = instrument.field("management").unwrap();
            let dims: Vec<&str> = instrument.dimensions.iter().map(|d| d.id.as_str()).collect();
            let answers: HashMap<String, Vec<AnswerValue>> =
                field.items.iter().zip(raw).map(|(i, a)| (i.id.clone(), a)).collect();
            for kind in MunicipalityType::ALL {
                let r = score_field(field, &dims, kind, &answers);
                if let Some(score) = r.score {
                    prop_assert!((0.0..=100.0).contains(&score));
                    prop_assert_eq!(r.band, Some(Band::of(score)));
                }
                prop_assert!((0.0..=1.0).contains(&r.coverage));
                prop_assert_eq!(r.score.is_none(), r.coverage == 0.0);
                for d in &r.dimensions {
                    if let Some(ds) = d.score { prop_assert!((0.0..=100.0).contains(&ds)); }
                }
                for item in &r.items {
                    prop_assert_eq!(item.divergent, item.spread.is_some_and(|s| s >= 2));
                }
            }
        }

        #[test]
        fn uniform_answers_give_the_matching_score_whatever_the_weights(value in 0u8..=3, weights in proptest::collection::vec(1u32..=3, 1..20)) {
            let score = weighted_score(weights.iter().map(|w| (*w, Some(f64::from(value))))).unwrap();
            prop_assert!((score - 100.0 * f64::from(value) / 3.0).abs() < 1e-9);
        }

        #[test]
        fn scaling_all_weights_does_not_change_the_score(means in proptest::collection::vec((1u32..=3, proptest::option::of(0.0f64..=3.0)), 1..20), k in 1u32..=5) {
            let a = weighted_score(means.iter().copied());
            let b = weighted_score(means.iter().map(|(w, m)| (w * k, *m)));
            match (a, b) {
                (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9),
                (a, b) => prop_assert_eq!(a, b),
            }
        }

        #[test]
        fn dont_know_and_not_applicable_never_change_the_mean(numeric in proptest::collection::vec(0u8..=3, 1..8), extra in 0usize..5) {
            let base: Vec<AnswerValue> = numeric.iter().map(|v| AnswerValue::Score(*v)).collect();
            let mut padded = base.clone();
            padded.extend(std::iter::repeat_n(AnswerValue::DontKnow, extra));
            padded.extend(std::iter::repeat_n(AnswerValue::NotApplicable, extra));
            prop_assert_eq!(score_item("x", &base).mean, score_item("x", &padded).mean);
        }
    }
}
