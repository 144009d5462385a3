//! Progress of a round, per respondent and per field, computed from the stored assignments and
//! answers without I/O, so the coordinator's overview is two queries however large the round.

use std::collections::HashMap;

use uuid::Uuid;
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::instrument::Instrument;
use crate::store::{AnsweredItem, RespondentFieldRow};

/// One field of one respondent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProgress {
    /// Field id.
    pub field_id: String,
    /// Applicable statements the respondent answered (any answer, "weiß nicht" included).
    pub answered: usize,
    /// Applicable statements of the field.
    pub total: usize,
    /// The respondent marked the field done.
    pub done: bool,
}

impl FieldProgress {
    /// Answered share in whole percent.
    pub fn percent(&self) -> usize {
        (self.answered * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// One respondent with their fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RespondentProgress {
    /// Respondent id.
    pub respondent_id: Uuid,
    /// The account, if any (paper respondents have none).
    pub user_id: Option<Uuid>,
    /// Display name.
    pub name: String,
    /// Assigned fields in instrument order.
    pub fields: Vec<FieldProgress>,
    /// Answers to statements outside the assigned fields (a coordinator answering freely, a paper import).
    pub other_answers: usize,
}

/// One field over all respondents assigned to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSummary {
    /// Field id.
    pub field_id: String,
    /// Respondents assigned.
    pub assigned: usize,
    /// Of those, how many marked it done.
    pub done: usize,
    /// Respondents (assigned or not) who answered at least one statement of the field.
    pub answering: usize,
}

/// Progress of a whole round.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoundProgress {
    /// Respondents in the order they joined.
    pub respondents: Vec<RespondentProgress>,
    /// Fields in instrument order.
    pub fields: Vec<FieldSummary>,
}

impl RoundProgress {
    /// The entry of a member, if they are a respondent.
    pub fn of_user(&self, user_id: Uuid) -> Option<&RespondentProgress> {
        self.respondents.iter().find(|r| r.user_id == Some(user_id))
    }
}

/// Computes the progress of a round.
pub fn compute(
    instrument: &Instrument,
    kind: MunicipalityType,
    rows: &[RespondentFieldRow],
    answers: &[AnsweredItem],
) -> RoundProgress {
    let field_of: HashMap<&str, &str> = instrument
        .fields
        .iter()
        .flat_map(|f| {
            f.items
                .iter()
                .filter(|i| i.applies(kind))
                .map(move |i| (i.id.as_str(), f.id.as_str()))
        })
        .collect();
    let totals: HashMap<&str, usize> = instrument
        .fields
        .iter()
        .map(|f| (f.id.as_str(), f.items.iter().filter(|i| i.applies(kind)).count()))
        .collect();
    // (respondent, field) -> answered applicable statements
    let mut answered: HashMap<(Uuid, &str), usize> = HashMap::new();
    for a in answers {
        if let Some(field) = field_of.get(a.item_id.as_str()) {
            *answered.entry((a.respondent_id, field)).or_default() += 1;
        }
    }
    let mut respondents: Vec<RespondentProgress> = Vec::new();
    for row in rows {
        let index = match respondents.iter().position(|r| r.respondent_id == row.respondent_id) {
            Some(i) => i,
            None => {
                respondents.push(RespondentProgress {
                    respondent_id: row.respondent_id,
                    user_id: row.user_id,
                    name: row.display_name.clone(),
                    fields: Vec::new(),
                    other_answers: 0,
                });
                respondents.len() - 1
            }
        };
        if let Some(field) = row.field_id.as_deref().and_then(|f| instrument.field(f)) {
            respondents[index].fields.push(FieldProgress {
                field_id: field.id.clone(),
                answered: answered
                    .get(&(row.respondent_id, field.id.as_str()))
                    .copied()
                    .unwrap_or(0),
                total: totals.get(field.id.as_str()).copied().unwrap_or(0),
                done: row.done_at.is_some(),
            });
        }
    }
    let order: HashMap<&str, u32> = instrument.fields.iter().map(|f| (f.id.as_str(), f.order)).collect();
    for r in &mut respondents {
        r.fields
            .sort_by_key(|f| order.get(f.field_id.as_str()).copied().unwrap_or(u32::MAX));
        r.other_answers = answered
            .iter()
            .filter(|((id, field), _)| *id == r.respondent_id && !r.fields.iter().any(|f| f.field_id == *field))
            .map(|(_, n)| n)
            .sum();
    }
    let fields = instrument
        .fields
        .iter()
        .map(|f| {
            let assigned: Vec<&FieldProgress> = respondents
                .iter()
                .flat_map(|r| r.fields.iter())
                .filter(|p| p.field_id == f.id)
                .collect();
            FieldSummary {
                field_id: f.id.clone(),
                assigned: assigned.len(),
                done: assigned.iter().filter(|p| p.done).count(),
                answering: respondents
                    .iter()
                    .filter(|r| answered.get(&(r.respondent_id, f.id.as_str())).is_some_and(|n| *n > 0))
                    .count(),
            }
        })
        .collect();
    RoundProgress { respondents, fields }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::shipped;
    use time::OffsetDateTime;

    fn row(respondent: Uuid, name: &str, field: Option<&str>, done: bool) -> RespondentFieldRow {
        RespondentFieldRow {
            respondent_id: respondent,
            user_id: Some(respondent),
            display_name: name.to_owned(),
            field_id: field.map(str::to_owned),
            done_at: done.then(OffsetDateTime::now_utc),
        }
    }

    fn answer(respondent: Uuid, item: &str) -> AnsweredItem {
        AnsweredItem {
            respondent_id: respondent,
            item_id: item.to_owned(),
        }
    }

    #[test]
    fn progress_counts_applicable_answers_per_assigned_field_and_answers_elsewhere() {
        let instrument = shipped().unwrap();
        let kind = MunicipalityType::Landkreis;
        let management = instrument.field("management").unwrap();
        let opening = instrument.field("opening").unwrap();
        let (kim, ali) = (Uuid::now_v7(), Uuid::now_v7());
        let rows = vec![
            row(kim, "Kim", Some("opening"), false),
            row(kim, "Kim", Some("management"), true),
            row(ali, "Ali", None, false),
        ];
        let mut answers: Vec<AnsweredItem> = management.items.iter().take(3).map(|i| answer(kim, &i.id)).collect();
        answers.push(answer(ali, &opening.items[0].id));
        let p = compute(&instrument, kind, &rows, &answers);
        assert_eq!(p.respondents.len(), 2);
        let kim_p = p.of_user(kim).unwrap();
        assert_eq!(kim_p.fields[0].field_id, "management", "instrument order");
        assert_eq!(kim_p.fields[0].answered, 3);
        assert!(kim_p.fields[0].done);
        let total = management.items.iter().filter(|i| i.applies(kind)).count();
        assert_eq!(kim_p.fields[0].total, total);
        assert_eq!(kim_p.fields[1].answered, 0);
        assert_eq!(kim_p.other_answers, 0);
        assert_eq!(p.of_user(ali).unwrap().other_answers, 1);
        let m = p.fields.iter().find(|f| f.field_id == "management").unwrap();
        assert_eq!((m.assigned, m.done, m.answering), (1, 1, 1));
        let o = p.fields.iter().find(|f| f.field_id == "opening").unwrap();
        assert_eq!((o.assigned, o.done, o.answering), (1, 0, 1));
    }

    #[test]
    fn an_empty_field_has_zero_percent_not_a_division_by_zero() {
        let f = FieldProgress {
            field_id: "x".into(),
            answered: 0,
            total: 0,
            done: false,
        };
        assert_eq!(f.percent(), 0);
    }
}
