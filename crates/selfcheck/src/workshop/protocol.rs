//! The protocol of a workshop, assembled without I/O from what the store read: participants by
//! role (names only with consent), per field of the agenda the score, the development potentials
//! with their dots by role, the agreed ones, the comments and the decisions with the measures
//! created from them, and a prioritised list across fields. The page, the PDF and the API
//! (`GET /api/v1/workshops/{id}/protocol`) all show this one structure.

use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;
use uuid::Uuid;

use super::model::{ParticipantRole, RoleCounts, ShownAs, by_role, priority_order, shown_as, tally};
use super::store::{AgreedRow, CommentRow, DecisionMeasureRow, DecisionRow, DotRow, ParticipantRow, WorkshopRow};

/// The protocol of a workshop.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Protocol {
    /// The workshop's id.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// The closed round whose results were discussed.
    pub round_id: Uuid,
    /// That round's title.
    pub round_title: String,
    /// Date, `YYYY-MM-DD`.
    #[schema(example = "2026-12-03")]
    pub held_on: String,
    /// Start time, `HH:MM`.
    pub start_time: Option<String>,
    /// Place (may be empty).
    pub place: String,
    /// Link of an online meeting (may be empty).
    pub online_link: String,
    /// `open` while the workshop runs, `closed` when the protocol is final.
    #[schema(example = "closed")]
    pub status: String,
    /// When it was closed (RFC 3339).
    pub closed_at: Option<String>,
    /// Dots each participant had.
    pub dots_per_participant: u32,
    /// How many took part.
    pub participant_count: usize,
    /// Participants grouped by role, roles without participants left out.
    pub participants: Vec<RoleGroup>,
    /// The fields of the agenda in its order.
    pub fields: Vec<ProtocolField>,
    /// Every development potential discussed, agreed ones first, then by dots.
    pub priorities: Vec<Priority>,
}

/// The participants of one role.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RoleGroup {
    /// Role code: `administration`, `politics`, `civil_society`, `business` or `other`.
    #[schema(example = "civil_society")]
    pub role: String,
    /// Its participants in the order of joining.
    pub members: Vec<ProtocolParticipant>,
}

/// A participant as the protocol names them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolParticipant {
    /// Number in the order of joining ("Teilnehmer:in 3").
    pub number: u32,
    /// The name, only when the participant agreed to show it.
    pub name: Option<String>,
}

/// Dots by the role of those who gave them.
#[derive(Debug, Clone, Copy, Default, Serialize, ToSchema)]
pub struct DotCounts {
    /// All roles.
    pub total: u32,
    /// Verwaltung.
    pub administration: u32,
    /// Politik.
    pub politics: u32,
    /// Zivilgesellschaft.
    pub civil_society: u32,
    /// Wirtschaft.
    pub business: u32,
    /// Sonstige.
    pub other: u32,
}

impl DotCounts {
    fn of(counts: RoleCounts) -> DotCounts {
        DotCounts {
            total: counts.total(),
            administration: counts.of(ParticipantRole::Administration),
            politics: counts.of(ParticipantRole::Politics),
            civil_society: counts.of(ParticipantRole::CivilSociety),
            business: counts.of(ParticipantRole::Business),
            other: counts.of(ParticipantRole::Other),
        }
    }
    /// The counts in the order of [`ParticipantRole::ALL`].
    pub fn by_role(&self) -> [u32; 5] {
        [
            self.administration,
            self.politics,
            self.civil_society,
            self.business,
            self.other,
        ]
    }
}

/// One field of the agenda.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolField {
    /// Field id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The round's score 0–100, unrounded.
    pub score: Option<f64>,
    /// The score as shown (a whole number rounded down).
    pub score_text: Option<String>,
    /// The band code (`einstieg`, `aufbau`, `fortgeschritten`, `vorreiter`).
    pub band: Option<String>,
    /// Development potentials and agreed statements with their dots.
    pub items: Vec<ProtocolItem>,
    /// Comments in the order they were written.
    pub comments: Vec<ProtocolComment>,
    /// Decisions in the order they were taken.
    pub decisions: Vec<ProtocolDecision>,
}

/// A development potential (or agreed statement) of a field.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolItem {
    /// Statement id.
    pub item_id: String,
    /// The statement.
    pub statement: String,
    /// Its recommendation.
    pub recommendation: String,
    /// Agreed on as a development potential.
    pub agreed: bool,
    /// Dots by role.
    pub dots: DotCounts,
}

/// A comment.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolComment {
    /// The statement it is about, if any.
    pub item_id: Option<String>,
    /// That statement's text.
    pub statement: Option<String>,
    /// Text.
    pub body: String,
    /// The author's role code.
    pub role: String,
    /// The author's number.
    pub participant: u32,
    /// The author's name, only with their consent.
    pub name: Option<String>,
    /// When (RFC 3339).
    pub created_at: String,
}

/// A decision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolDecision {
    /// Id (a measure created from it names it).
    pub id: Uuid,
    /// The statement it takes up, if any.
    pub item_id: Option<String>,
    /// That statement's text.
    pub statement: Option<String>,
    /// What was decided.
    pub body: String,
    /// The first step.
    pub first_step: String,
    /// Who takes it on.
    pub owner: String,
    /// Measures of the action plan created from it.
    pub measures: Vec<ProtocolMeasure>,
}

/// A measure created from a decision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProtocolMeasure {
    /// Id.
    pub id: Uuid,
    /// Title.
    pub title: String,
}

/// One line of the prioritised list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Priority {
    /// Statement id.
    pub item_id: String,
    /// Its field.
    pub field_id: String,
    /// The statement.
    pub statement: String,
    /// Agreed on as a development potential.
    pub agreed: bool,
    /// All dots it got.
    pub dots: u32,
}

/// What the protocol needs to know of a statement, in the protocol's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementText {
    /// Its field.
    pub field: String,
    /// The statement.
    pub text: String,
    /// Its recommendation.
    pub recommendation: String,
}

/// A field of the agenda with its results.
#[derive(Debug, Clone, Default)]
pub struct FieldSource {
    /// Field id.
    pub id: String,
    /// Title in the protocol's language.
    pub title: String,
    /// Score, unrounded.
    pub score: Option<f64>,
    /// Score as shown.
    pub score_text: Option<String>,
    /// Band code.
    pub band: Option<String>,
    /// The development potentials of the round's results, in their order.
    pub potentials: Vec<String>,
}

/// Everything the store read for the protocol.
pub struct Sources<'a> {
    /// The workshop.
    pub workshop: &'a WorkshopRow,
    /// The agenda's fields with their results.
    pub fields: Vec<FieldSource>,
    /// Participants.
    pub participants: &'a [ParticipantRow],
    /// Comments.
    pub comments: &'a [CommentRow],
    /// Dots.
    pub dots: &'a [DotRow],
    /// Agreed statements.
    pub agreed: &'a [AgreedRow],
    /// Decisions.
    pub decisions: &'a [DecisionRow],
    /// Measures created from the decisions.
    pub measures: &'a [DecisionMeasureRow],
}

fn name_of(display_name: &str, show_name: bool, number: u32) -> Option<String> {
    match shown_as(display_name, show_name, number) {
        ShownAs::Name(name) => Some(name),
        ShownAs::Number(_) => None,
    }
}

fn timestamp(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// Assembles the protocol; `text_of` looks a statement up in the round's instrument.
pub fn build(sources: &Sources<'_>, text_of: &dyn Fn(&str) -> Option<StatementText>) -> Protocol {
    let w = sources.workshop;
    let dots = tally(sources.dots.iter().map(|d| (d.item_id.as_str(), d.role())));
    let participants = by_role(sources.participants.to_vec(), ParticipantRow::role)
        .into_iter()
        .map(|(role, members)| RoleGroup {
            role: role.code().to_owned(),
            members: members
                .iter()
                .map(|p| ProtocolParticipant {
                    number: p.number(),
                    name: name_of(&p.display_name, p.show_name, p.number()),
                })
                .collect(),
        })
        .collect();
    let statement = |item: &Option<String>| item.as_deref().and_then(text_of).map(|t| t.text);
    let mut priorities = Vec::new();
    let fields = sources
        .fields
        .iter()
        .map(|f| {
            let mut ids: Vec<&str> = f.potentials.iter().map(String::as_str).collect();
            for a in sources.agreed.iter().filter(|a| a.field_id == f.id) {
                if !ids.contains(&a.item_id.as_str()) {
                    ids.push(&a.item_id);
                }
            }
            let items: Vec<ProtocolItem> = ids
                .into_iter()
                .filter_map(|id| {
                    let text = text_of(id)?;
                    Some(ProtocolItem {
                        item_id: id.to_owned(),
                        statement: text.text,
                        recommendation: text.recommendation,
                        agreed: sources.agreed.iter().any(|a| a.item_id == id),
                        dots: DotCounts::of(dots.get(id).copied().unwrap_or_default()),
                    })
                })
                .collect();
            priorities.extend(items.iter().map(|i| Priority {
                item_id: i.item_id.clone(),
                field_id: f.id.clone(),
                statement: i.statement.clone(),
                agreed: i.agreed,
                dots: i.dots.total,
            }));
            let comments = sources
                .comments
                .iter()
                .filter(|c| c.field_id == f.id)
                .map(|c| {
                    let number = u32::try_from(c.number).unwrap_or(0);
                    ProtocolComment {
                        item_id: c.item_id.clone(),
                        statement: statement(&c.item_id),
                        body: c.body.clone(),
                        role: c.role().code().to_owned(),
                        participant: number,
                        name: name_of(&c.display_name, c.show_name, number),
                        created_at: timestamp(c.created_at),
                    }
                })
                .collect();
            let decisions = sources
                .decisions
                .iter()
                .filter(|d| d.field_id == f.id)
                .map(|d| ProtocolDecision {
                    id: d.id,
                    item_id: d.item_id.clone(),
                    statement: statement(&d.item_id),
                    body: d.body.clone(),
                    first_step: d.first_step.clone(),
                    owner: d.owner.clone(),
                    measures: sources
                        .measures
                        .iter()
                        .filter(|m| m.workshop_decision_id == d.id)
                        .map(|m| ProtocolMeasure {
                            id: m.measure_id,
                            title: m.measure_title.clone(),
                        })
                        .collect(),
                })
                .collect();
            ProtocolField {
                id: f.id.clone(),
                title: f.title.clone(),
                score: f.score,
                score_text: f.score_text.clone(),
                band: f.band.clone(),
                items,
                comments,
                decisions,
            }
        })
        .collect();
    priority_order(&mut priorities, |p| (p.agreed, p.dots));
    Protocol {
        id: w.id,
        title: w.title.clone(),
        round_id: w.round_id,
        round_title: w.round_title.clone(),
        held_on: w.held_on.to_string(),
        start_time: w.start_time.clone(),
        place: w.place.clone(),
        online_link: w.online_link.clone(),
        status: w.status().code().to_owned(),
        closed_at: w.closed_at.map(timestamp),
        dots_per_participant: w.dots(),
        participant_count: sources.participants.len(),
        participants,
        fields,
        priorities,
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn participant(number: i32, name: &str, show: bool, role: &str) -> ParticipantRow {
        ParticipantRow {
            id: Uuid::now_v7(),
            workshop_id: Uuid::nil(),
            user_id: None,
            display_name: name.into(),
            show_name: show,
            role: role.into(),
            number,
            joined_at: datetime!(2026-12-03 9:00 UTC),
        }
    }

    #[test]
    fn the_protocol_names_only_those_who_agreed_and_ranks_agreed_potentials_first() {
        let workshop = WorkshopRow {
            id: Uuid::now_v7(),
            municipality_id: Uuid::now_v7(),
            round_id: Uuid::now_v7(),
            round_title: "Selbstcheck 2026".into(),
            title: "Workshop".into(),
            held_on: date!(2026 - 12 - 03),
            start_time: Some("09:30".into()),
            place: "Kreishaus".into(),
            online_link: String::new(),
            dots_per_participant: 5,
            current_field: Some("f".into()),
            status: "closed".into(),
            link_nonce: "n".into(),
            link_expires_on: date!(2026 - 12 - 04),
            created_at: datetime!(2026-11-01 9:00 UTC),
            closed_at: Some(datetime!(2026-12-03 13:00 UTC)),
        };
        let anna = participant(1, "Anna", true, "politics");
        let bert = participant(2, "Bert", false, "business");
        let participants = vec![anna.clone(), bert.clone()];
        let dot = |p: &ParticipantRow, item: &str| DotRow {
            id: Uuid::now_v7(),
            participant_id: p.id,
            item_id: item.into(),
            role: p.role.clone(),
        };
        let dots = vec![
            dot(&anna, "f.1"),
            dot(&bert, "f.1"),
            dot(&bert, "f.2"),
            dot(&bert, "f.2"),
        ];
        let agreed = vec![AgreedRow {
            item_id: "f.1".into(),
            field_id: "f".into(),
        }];
        let comments = vec![CommentRow {
            id: Uuid::now_v7(),
            participant_id: bert.id,
            field_id: "f".into(),
            item_id: Some("f.2".into()),
            body: "Mehr Sprachkurse".into(),
            created_at: datetime!(2026-12-03 10:00 UTC),
            role: "business".into(),
            number: 2,
            display_name: "Bert".into(),
            show_name: false,
        }];
        let decision = DecisionRow {
            id: Uuid::now_v7(),
            workshop_id: workshop.id,
            field_id: "f".into(),
            item_id: Some("f.1".into()),
            body: "Konzept".into(),
            first_step: "Termin".into(),
            owner: "Amt 50".into(),
            created_at: datetime!(2026-12-03 12:00 UTC),
        };
        let measures = vec![DecisionMeasureRow {
            workshop_decision_id: decision.id,
            measure_id: Uuid::now_v7(),
            measure_title: "Konzept schreiben".into(),
        }];
        let sources = Sources {
            workshop: &workshop,
            fields: vec![FieldSource {
                id: "f".into(),
                title: "Feld".into(),
                score: Some(42.7),
                score_text: Some("42".into()),
                band: Some("aufbau".into()),
                potentials: vec!["f.2".into(), "f.1".into()],
            }],
            participants: &participants,
            comments: &comments,
            dots: &dots,
            agreed: &agreed,
            decisions: std::slice::from_ref(&decision),
            measures: &measures,
        };
        let text_of = |id: &str| {
            Some(StatementText {
                field: "f".into(),
                text: format!("Aussage {id}"),
                recommendation: format!("Empfehlung {id}"),
            })
        };
        let p = build(&sources, &text_of);
        assert_eq!(p.participant_count, 2);
        assert_eq!(p.participants[0].role, "politics");
        assert_eq!(p.participants[0].members[0].name.as_deref(), Some("Anna"));
        assert_eq!(p.participants[1].members[0].name, None, "no consent, no name");
        assert_eq!(p.participants[1].members[0].number, 2);
        let field = &p.fields[0];
        assert_eq!(field.items.len(), 2);
        let f1 = field.items.iter().find(|i| i.item_id == "f.1").unwrap();
        assert!(f1.agreed);
        assert_eq!((f1.dots.total, f1.dots.politics, f1.dots.business), (2, 1, 1));
        assert_eq!(field.comments[0].name, None);
        assert_eq!(field.comments[0].statement.as_deref(), Some("Aussage f.2"));
        assert_eq!(field.decisions[0].measures[0].title, "Konzept schreiben");
        // f.2 has more dots, but f.1 was agreed on.
        let order: Vec<&str> = p.priorities.iter().map(|x| x.item_id.as_str()).collect();
        assert_eq!(order, ["f.1", "f.2"]);
        assert_eq!(p.held_on, "2026-12-03");
        let json = serde_json::to_value(&p).unwrap();
        assert!(
            !json.to_string().contains("Bert"),
            "the name without consent is nowhere"
        );
    }
}
