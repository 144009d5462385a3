//! What the public progress page may show of a measure. A municipality opts in once for its plan
//! (`action_plan_publications`) and per measure (`measures.public`); only measures with both
//! appear on `/kommunen/{ags}/handlungsplan`.
//!
//! Shown: title, fields, status, progress, start and due date, and the milestones reached (title
//! and date). Never shown: the description — the measure form promises it stays internal, and it
//! often holds working notes — the texts of updates (internal progress reports) and who wrote
//! them, milestones not yet reached, the round the measure came from, and the names of owners: a
//! member is shown as "Verwaltung", an external partner only as "a partner outside the
//! administration", because the name typed for internal use may be a private person's. The
//! public type [`PublicMeasure`] has no field for any of these, so a template cannot leak them.

use std::collections::HashMap;

use time::Date;
use uuid::Uuid;

use super::model::{MeasureStatus, plan_order};
use super::store::{MeasureFieldRow, MeasureRow, PlanMilestoneRow};

/// Who is responsible for a public measure, without names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicOwner {
    /// A member of the municipality: "Verwaltung".
    Administration,
    /// A partner outside the administration.
    ExternalPartner,
    /// Nobody yet.
    Nobody,
}

impl PublicOwner {
    /// The owner of a stored measure, names left out.
    pub fn of(row: &MeasureRow) -> PublicOwner {
        match (row.owner_user_id, &row.owner_external) {
            (Some(_), _) => PublicOwner::Administration,
            (None, Some(_)) => PublicOwner::ExternalPartner,
            (None, None) => PublicOwner::Nobody,
        }
    }

    /// The Fluent key of the owner in words.
    pub fn label_key(self) -> &'static str {
        match self {
            PublicOwner::Administration => "selfcheck-public-owner-administration",
            PublicOwner::ExternalPartner => "selfcheck-public-owner-external",
            PublicOwner::Nobody => "selfcheck-public-owner-nobody",
        }
    }
}

/// A measure as the public may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicMeasure {
    /// Id (for the page's anchors).
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Its field ids, in any order.
    pub field_ids: Vec<String>,
    /// Status.
    pub status: MeasureStatus,
    /// Progress in percent.
    pub progress: u8,
    /// Start date.
    pub start_date: Option<Date>,
    /// Due date.
    pub due_date: Option<Date>,
    /// Who is responsible, without names.
    pub owner: PublicOwner,
    /// Milestones reached: title and the day, in the measure's order.
    pub milestones_reached: Vec<(String, Date)>,
}

/// The public measures among `rows` (those not marked public are dropped here too, whatever the
/// query did), in the order of the plan, with their fields and reached milestones.
pub fn public_measures(
    rows: Vec<MeasureRow>,
    fields: Vec<MeasureFieldRow>,
    milestones: Vec<PlanMilestoneRow>,
) -> Vec<PublicMeasure> {
    let mut fields_of: HashMap<Uuid, Vec<String>> = HashMap::new();
    for f in fields {
        fields_of.entry(f.measure_id).or_default().push(f.field_id);
    }
    let mut reached: HashMap<Uuid, Vec<(String, Date)>> = HashMap::new();
    for m in milestones {
        if let Some(done) = m.milestone.done_at {
            reached
                .entry(m.measure_id)
                .or_default()
                .push((m.milestone.title, done.date()));
        }
    }
    let mut measures: Vec<PublicMeasure> = rows
        .into_iter()
        .filter(|r| r.public)
        .map(|r| PublicMeasure {
            id: r.id,
            owner: PublicOwner::of(&r),
            status: r.status(),
            progress: r.progress(),
            field_ids: fields_of.remove(&r.id).unwrap_or_default(),
            milestones_reached: reached.remove(&r.id).unwrap_or_default(),
            title: r.title,
            start_date: r.start_date,
            due_date: r.due_date,
        })
        .collect();
    measures.sort_by(|a, b| {
        plan_order(
            (a.status, a.due_date, a.start_date, &a.title),
            (b.status, b.due_date, b.start_date, &b.title),
        )
    });
    measures
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};
    use weltoffen_platform::i18n::Locale;

    use super::*;
    use crate::plan::store::MilestoneRow;

    fn row(title: &str, public: bool, owner_user: bool, external: Option<&str>) -> MeasureRow {
        MeasureRow {
            id: Uuid::now_v7(),
            municipality_id: Uuid::nil(),
            title: title.into(),
            description: "Interne Beschreibung".into(),
            status: "in_progress".into(),
            progress: 40,
            owner_user_id: owner_user.then(Uuid::now_v7),
            owner_name: owner_user.then(|| "Kim Koordination".into()),
            owner_external: external.map(Into::into),
            start_date: None,
            due_date: Some(date!(2027 - 03 - 31)),
            public,
            source_round_id: None,
            source_round_title: None,
            created_at: datetime!(2026-11-01 0:00 UTC),
            updated_at: datetime!(2026-11-01 0:00 UTC),
        }
    }

    fn milestone(measure: Uuid, title: &str, done: bool, position: i32) -> PlanMilestoneRow {
        PlanMilestoneRow {
            measure_id: measure,
            milestone: MilestoneRow {
                id: Uuid::now_v7(),
                title: title.into(),
                due_date: None,
                done_at: done.then_some(datetime!(2026-11-15 10:00 UTC)),
                position,
            },
        }
    }

    #[test]
    fn only_public_measures_appear_and_owners_without_names() {
        let member = row("Konzept", true, true, None);
        let partner = row("Woche", true, false, Some("Erika Mustermann"));
        let internal = row("Intern", false, true, None);
        let (m, p) = (member.id, partner.id);
        let fields = vec![MeasureFieldRow {
            measure_id: m,
            field_id: "management".into(),
        }];
        let milestones = vec![
            milestone(m, "Beschluss", true, 1),
            milestone(m, "Noch offen", false, 2),
            milestone(p, "Auftakt", true, 1),
        ];
        let shown = public_measures(vec![member, partner, internal], fields, milestones);
        assert_eq!(shown.len(), 2);
        let member = shown.iter().find(|s| s.id == m).unwrap();
        assert_eq!(member.owner, PublicOwner::Administration);
        assert_eq!(member.field_ids, ["management"]);
        assert_eq!(
            member.milestones_reached,
            [("Beschluss".to_owned(), date!(2026 - 11 - 15))],
            "milestones not reached stay internal"
        );
        let partner = shown.iter().find(|s| s.id == p).unwrap();
        assert_eq!(partner.owner, PublicOwner::ExternalPartner);
        let public = format!("{shown:?}");
        assert!(
            !public.contains("Erika") && !public.contains("Kim"),
            "no owner's name reaches the public type"
        );
        assert!(!public.contains("Beschreibung"), "the description stays internal");
    }

    #[test]
    fn owners_have_words_in_both_languages() {
        for owner in [
            PublicOwner::Administration,
            PublicOwner::ExternalPartner,
            PublicOwner::Nobody,
        ] {
            for locale in Locale::ALL {
                assert!(locale.has(owner.label_key()), "{owner:?} in {locale:?}");
            }
        }
    }
}
