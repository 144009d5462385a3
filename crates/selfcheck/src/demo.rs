//! Demo rounds for the demo municipality: two closed rounds a year apart answered by several
//! departments, and one open round, so results, divergence and the trend show on the first start.
//! The answers are generated deterministically from a fixed seed; the comments are written out.

use std::collections::HashMap;

use sea_query::Query;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult, Tx};
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::instrument::Instrument;
use crate::schema::*;
use crate::scoring::{AnswerValue, score_round};

/// Who takes part in the demo rounds: the demo coordinator and member accounts, if they exist.
pub struct DemoPeople {
    /// The coordinator's account and name.
    pub coordinator: Option<(Uuid, String)>,
    /// The member's account and name.
    pub member: Option<(Uuid, String)>,
}

/// A department answering on paper in the demo (no account), its bias and its fields.
struct Department {
    name: &'static str,
    bias: f64,
    fields: &'static [&'static str],
}

const DEPARTMENTS: [Department; 5] = [
    Department {
        name: "Ausländerbehörde",
        bias: -0.2,
        fields: &["opening", "access", "communication"],
    },
    Department {
        name: "Personal- und Organisationsamt",
        bias: 0.1,
        fields: &["management", "opening"],
    },
    Department {
        name: "Jobcenter (kommunaler Träger)",
        bias: 0.2,
        fields: &["work", "access"],
    },
    Department {
        name: "Amt für Bildung, Kultur und Sport",
        bias: 0.0,
        fields: &["access", "engagement", "cohesion"],
    },
    Department {
        name: "Pressestelle",
        bias: 0.3,
        fields: &["communication", "cohesion", "engagement"],
    },
];

/// Mean level (0–3) per field in the first and second closed round: progress in most fields,
/// a setback in one, so the comparison shows both directions.
const LEVELS: [(&str, f64, f64); 7] = [
    ("management", 1.3, 1.9),
    ("opening", 1.0, 1.5),
    ("access", 1.6, 1.8),
    ("work", 1.9, 2.1),
    ("engagement", 2.2, 2.0),
    ("cohesion", 1.7, 2.2),
    ("communication", 0.9, 1.4),
];

/// Comments as departments write them: (field, position of the statement in the field, text).
const COMMENTS: [(&str, usize, &str); 6] = [
    (
        "management",
        0,
        "Das Integrationskonzept ist von 2016 und wird gerade fortgeschrieben; Kennzahlen fehlen noch.",
    ),
    (
        "opening",
        2,
        "Schulungen gab es bisher nur für die Ausländerbehörde, nicht für das Bürgerbüro.",
    ),
    (
        "access",
        1,
        "Merkblätter gibt es auf Deutsch und Englisch, Arabisch und Ukrainisch sind in Arbeit.",
    ),
    (
        "work",
        3,
        "Die Anerkennungsberatung läuft über die IQ-Beratungsstelle in Potsdam, nicht bei uns im Haus.",
    ),
    (
        "communication",
        4,
        "Nach der Bürgerversammlung im Frühjahr gab es keinen abgestimmten Ablauf für Anfeindungen.",
    ),
    (
        "cohesion",
        0,
        "Die interkulturelle Woche wird vom Migrationsbeirat getragen, die Verwaltung unterstützt.",
    ),
];

/// A small deterministic generator (xorshift), so the demo looks the same on every start.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 10_000) as f64 / 10_000.0
    }
}

fn answer_for(level: f64, bias: f64, dice: &mut Dice) -> AnswerValue {
    let roll = dice.next();
    if roll < 0.05 {
        return AnswerValue::DontKnow;
    }
    if roll < 0.07 {
        return AnswerValue::NotApplicable;
    }
    let value = level + bias + (dice.next() - 0.5) * 1.6;
    AnswerValue::Score(value.round().clamp(0.0, 3.0) as u8)
}

struct Respondent {
    name: String,
    user_id: Option<Uuid>,
    fields: Vec<&'static str>,
    bias: f64,
}

fn respondents(people: &DemoPeople) -> Vec<Respondent> {
    let mut list = Vec::new();
    if let Some((id, name)) = &people.coordinator {
        list.push(Respondent {
            name: name.clone(),
            user_id: Some(*id),
            fields: vec!["management", "engagement"],
            bias: 0.15,
        });
    }
    for d in &DEPARTMENTS {
        list.push(Respondent {
            name: d.name.to_owned(),
            user_id: None,
            fields: d.fields.to_vec(),
            bias: d.bias,
        });
    }
    list
}

/// Seeds the demo rounds unless the municipality already has rounds; returns how many it added.
pub async fn seed(
    db: &Db,
    instrument: &Instrument,
    municipality_id: Uuid,
    kind: MunicipalityType,
    people: &DemoPeople,
) -> DbResult<usize> {
    if !crate::store::rounds(db, municipality_id).await?.is_empty() {
        return Ok(0);
    }
    let today = now();
    let mut tx = db.begin().await?;
    let mut dice = Dice(0x5eed_2019_0035);
    for (index, title, started_days_ago, closed_days_ago) in [
        (1usize, "Selbstcheck Herbst 2024", 760i64, 715i64),
        (2, "Selbstcheck Herbst 2025", 395, 350),
    ] {
        let round = insert_round(
            &mut tx,
            municipality_id,
            title,
            &instrument.version,
            today - Duration::days(started_days_ago),
            Some(today - Duration::days(closed_days_ago)),
        )
        .await?;
        let mut by_item: HashMap<String, Vec<AnswerValue>> = HashMap::new();
        for (position, r) in respondents(people).iter().enumerate() {
            let respondent = insert_respondent(&mut tx, round, r, today - Duration::days(started_days_ago)).await?;
            for field_id in &r.fields {
                let Some(field) = instrument.field(field_id) else {
                    continue;
                };
                let level = LEVELS
                    .iter()
                    .find(|(f, ..)| f == field_id)
                    .map_or(1.5, |(_, first, second)| if index == 1 { *first } else { *second });
                for (n, item) in field.items.iter().filter(|i| i.applies(kind)).enumerate() {
                    // Two statements per field on which departments clearly disagree.
                    let value = if n == 5 || n == 11 {
                        AnswerValue::Score(if position % 2 == 0 { 3 } else { 0 })
                    } else {
                        answer_for(level, r.bias, &mut dice)
                    };
                    let comment = COMMENTS
                        .iter()
                        .find(|(f, p, _)| f == field_id && *p == n && index == 2 && position == 1)
                        .map(|(.., text)| *text);
                    insert_answer(&mut tx, respondent, &item.id, value, comment).await?;
                    by_item.entry(item.id.clone()).or_default().push(value);
                }
            }
        }
        let scores: Vec<(String, f64)> = score_round(instrument, kind, &by_item)
            .into_iter()
            .filter_map(|f| f.score.map(|s| (f.id, s)))
            .collect();
        for (field, score) in scores {
            let q = Query::insert()
                .into_table(SelfcheckFieldScores::Table)
                .columns([
                    SelfcheckFieldScores::RoundId,
                    SelfcheckFieldScores::FieldId,
                    SelfcheckFieldScores::Score,
                ])
                .values_panic([round.into(), field.into(), score.into()])
                .to_owned();
            tx.execute(&q).await?;
        }
    }
    // The open round: the coordinator and the member have fields, two departments started.
    let started = today - Duration::days(19);
    let open = insert_round(
        &mut tx,
        municipality_id,
        "Selbstcheck Herbst 2026",
        &instrument.version,
        started,
        None,
    )
    .await?;
    let mut open_people = Vec::new();
    if let Some((id, name)) = &people.coordinator {
        open_people.push(Respondent {
            name: name.clone(),
            user_id: Some(*id),
            fields: vec!["management"],
            bias: 0.1,
        });
    }
    if let Some((id, name)) = &people.member {
        open_people.push(Respondent {
            name: name.clone(),
            user_id: Some(*id),
            fields: vec!["opening", "access"],
            bias: 0.0,
        });
    }
    for d in DEPARTMENTS.iter().take(2) {
        open_people.push(Respondent {
            name: d.name.to_owned(),
            user_id: None,
            fields: d.fields.to_vec(),
            bias: d.bias,
        });
    }
    for r in &open_people {
        let respondent = insert_respondent(&mut tx, open, r, started).await?;
        // Members answer in the browser; the departments have answered their first field.
        if r.user_id.is_some() {
            continue;
        }
        if let Some(field) = r.fields.first().and_then(|f| instrument.field(f)) {
            for item in field.items.iter().filter(|i| i.applies(kind)) {
                insert_answer(&mut tx, respondent, &item.id, answer_for(2.0, r.bias, &mut dice), None).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(3)
}

async fn insert_round(
    tx: &mut Tx,
    municipality_id: Uuid,
    title: &str,
    version: &str,
    created_at: OffsetDateTime,
    closed_at: Option<OffsetDateTime>,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(SelfcheckRounds::Table)
        .columns([
            SelfcheckRounds::Id,
            SelfcheckRounds::MunicipalityId,
            SelfcheckRounds::Title,
            SelfcheckRounds::InstrumentVersion,
            SelfcheckRounds::Status,
            SelfcheckRounds::DueDate,
            SelfcheckRounds::CreatedAt,
            SelfcheckRounds::ClosedAt,
        ])
        .values_panic([
            id.into(),
            municipality_id.into(),
            title.into(),
            version.into(),
            if closed_at.is_some() { "closed" } else { "open" }.into(),
            Some((created_at + Duration::days(42)).date()).into(),
            created_at.into(),
            closed_at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    let mut events = vec![("started", created_at)];
    if let Some(closed) = closed_at {
        events.push(("closed", closed));
    }
    for (event, at) in events {
        let q = Query::insert()
            .into_table(SelfcheckRoundEvents::Table)
            .columns([
                SelfcheckRoundEvents::Id,
                SelfcheckRoundEvents::RoundId,
                SelfcheckRoundEvents::Event,
                SelfcheckRoundEvents::OccurredAt,
            ])
            .values_panic([Uuid::now_v7().into(), id.into(), event.into(), at.into()])
            .to_owned();
        tx.execute(&q).await?;
    }
    Ok(id)
}

async fn insert_respondent(tx: &mut Tx, round: Uuid, r: &Respondent, at: OffsetDateTime) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(SelfcheckRespondents::Table)
        .columns([
            SelfcheckRespondents::Id,
            SelfcheckRespondents::RoundId,
            SelfcheckRespondents::UserId,
            SelfcheckRespondents::DisplayName,
            SelfcheckRespondents::CreatedAt,
        ])
        .values_panic([
            id.into(),
            round.into(),
            r.user_id.into(),
            r.name.as_str().into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    for field in &r.fields {
        let q = Query::insert()
            .into_table(SelfcheckAssignments::Table)
            .columns([SelfcheckAssignments::RespondentId, SelfcheckAssignments::FieldId])
            .values_panic([id.into(), (*field).into()])
            .to_owned();
        tx.execute(&q).await?;
    }
    Ok(id)
}

async fn insert_answer(
    tx: &mut Tx,
    respondent: Uuid,
    item: &str,
    value: AnswerValue,
    comment: Option<&str>,
) -> DbResult<()> {
    let q = Query::insert()
        .into_table(SelfcheckAnswers::Table)
        .columns([
            SelfcheckAnswers::RespondentId,
            SelfcheckAnswers::ItemId,
            SelfcheckAnswers::Value,
            SelfcheckAnswers::Comment,
            SelfcheckAnswers::UpdatedAt,
        ])
        .values_panic([
            respondent.into(),
            item.into(),
            value.code().into(),
            comment.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}
