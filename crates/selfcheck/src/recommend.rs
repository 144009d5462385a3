//! What the magazine recommends to a municipality: the articles linked to the development
//! potentials of the weakest fields of its last closed Selbstcheck round.

use weltoffen_platform::error::AppResult;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_platform::recommendations::{Recommendation, RecommendationFuture};
use weltoffen_platform::state::AppState;

use crate::results::RoundResults;
use crate::store as round_store;

/// How many of the weakest fields the recommendation covers.
pub const WEAKEST_FIELDS: usize = 2;
/// Most articles recommended.
pub const MAX_ARTICLES: usize = 6;

/// The recommendation from a round's results: the fields with the lowest scores (fields without a
/// score are left out), and the articles of their potentials in order, each once.
pub fn from_results(results: &RoundResults) -> Option<Recommendation> {
    let mut scored: Vec<_> = results.fields.iter().filter_map(|f| f.score.map(|s| (s, f))).collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.order.cmp(&b.1.order)));
    let weakest: Vec<_> = scored.into_iter().take(WEAKEST_FIELDS).map(|(_, f)| f).collect();
    if weakest.is_empty() {
        return None;
    }
    let mut articles: Vec<String> = Vec::new();
    // Round robin over the fields, so each weak field gets its first article before any gets two.
    let lists: Vec<Vec<&String>> = weakest
        .iter()
        .map(|f| f.potentials.iter().flat_map(|p| p.articles.iter()).collect())
        .collect();
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..longest {
        for list in &lists {
            if let Some(slug) = list.get(i)
                && !articles.contains(slug)
                && articles.len() < MAX_ARTICLES
            {
                articles.push((*slug).clone());
            }
        }
    }
    Some(Recommendation {
        fields: weakest.iter().map(|f| f.id.clone()).collect(),
        articles,
    })
}

/// The recommendation for `municipality` from its last closed round; `None` before its first.
pub fn for_municipality<'a>(state: &'a AppState, municipality: &'a MunicipalityRow) -> RecommendationFuture<'a> {
    Box::pin(async move { recommend(state, municipality).await })
}

async fn recommend(state: &AppState, municipality: &MunicipalityRow) -> AppResult<Option<Recommendation>> {
    let rounds = round_store::rounds(&state.db, municipality.id).await?;
    let Some(round) = rounds.into_iter().find(|r| !r.is_open()) else {
        return Ok(None);
    };
    // The language does not matter for scores and slugs; German shares the kept results.
    let (_, _, results) = crate::web::workshop::round_results(state, municipality, round.id, Locale::De).await?;
    Ok(from_results(&results))
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;
    use uuid::Uuid;
    use weltoffen_platform::municipalities::model::MunicipalityType;

    use super::*;
    use crate::instrument::shipped;
    use crate::results::build;
    use crate::store::AnswerRecord;

    fn results_with(values: &[(&str, &str)]) -> RoundResults {
        let instrument = shipped().unwrap();
        let mut answers = Vec::new();
        for field in &instrument.fields {
            let value = values.iter().find(|(f, _)| *f == field.id).map_or("3", |(_, v)| *v);
            for item in field.items.iter().filter(|i| i.applies(MunicipalityType::Landkreis)) {
                answers.push(AnswerRecord {
                    respondent_id: Uuid::from_u128(1),
                    item_id: item.id.clone(),
                    value: value.to_owned(),
                    comment: None,
                    updated_at: OffsetDateTime::UNIX_EPOCH,
                });
            }
        }
        let names = vec![(Uuid::from_u128(1), "Sozialamt".to_owned())];
        build(
            &instrument,
            MunicipalityType::Landkreis,
            &answers,
            &names,
            None,
            Locale::De,
        )
    }

    #[test]
    fn the_weakest_fields_give_their_potentials_articles() {
        let instrument = shipped().unwrap();
        let results = results_with(&[("communication", "0"), ("access", "1")]);
        let recommendation = from_results(&results).unwrap();
        assert_eq!(recommendation.fields, ["communication", "access"]);
        assert!(!recommendation.articles.is_empty());
        assert!(recommendation.articles.len() <= MAX_ARTICLES);
        let linked_in = |field: &str| -> Vec<String> {
            instrument
                .field(field)
                .unwrap()
                .items
                .iter()
                .flat_map(|i| i.articles.clone())
                .collect()
        };
        let allowed: Vec<String> = [linked_in("communication"), linked_in("access")].concat();
        for slug in &recommendation.articles {
            assert!(allowed.contains(slug), "{slug} belongs to a weak field");
        }
        let mut unique = recommendation.articles.clone();
        unique.dedup();
        assert_eq!(unique.len(), recommendation.articles.len());
        // The weakest field's article comes first.
        assert!(linked_in("communication").contains(&recommendation.articles[0]));
    }

    #[test]
    fn without_answers_there_is_nothing_to_go_by() {
        let instrument = shipped().unwrap();
        let names = vec![(Uuid::from_u128(1), "Sozialamt".to_owned())];
        let empty = build(&instrument, MunicipalityType::Landkreis, &[], &names, None, Locale::De);
        assert_eq!(from_results(&empty), None);
    }
}
