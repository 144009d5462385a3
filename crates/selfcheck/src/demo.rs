//! Demo rounds for the demo municipality: two closed rounds a year apart answered by several
//! departments, and one open round, so results, divergence and the trend show on the first start.
//! The answers are generated deterministically from a fixed seed; the comments are written out.
//! Then an action plan with measures in every status that take up weak statements of the latest
//! closed round, with owners, milestones and dated updates; and a held workshop on that round
//! with its protocol, two of whose decisions the plan's measures carry out.

use std::collections::HashMap;

use sea_query::Query;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult, Tx};
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::instrument::Instrument;
use crate::plan::input::{MeasureInput, MilestoneInput, Owner};
use crate::plan::model::MeasureStatus;
use crate::plan::store as plan_store;
use crate::results::POTENTIAL_BELOW_MEAN;
use crate::schema::*;
use crate::scoring::{AnswerValue, score_item, score_round};
use crate::workshop::model::ParticipantRole;

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

/// Seeds the demo rounds unless the municipality already has rounds, then the demo action plan
/// unless it already has measures, then the demo workshop unless it has one; returns how many
/// rounds, measures and workshops it added.
pub async fn seed(
    db: &Db,
    instrument: &Instrument,
    municipality_id: Uuid,
    kind: MunicipalityType,
    people: &DemoPeople,
) -> DbResult<usize> {
    let rounds = if crate::store::rounds(db, municipality_id).await?.is_empty() {
        seed_rounds(db, instrument, municipality_id, kind, people).await?
    } else {
        0
    };
    let measures = seed_action_plan(db, instrument, municipality_id, kind, people).await?;
    let workshops = seed_workshop(db, instrument, municipality_id, kind, people).await?;
    Ok(rounds + measures + workshops)
}

/// The two closed rounds and the open one.
async fn seed_rounds(
    db: &Db,
    instrument: &Instrument,
    municipality_id: Uuid,
    kind: MunicipalityType,
    people: &DemoPeople,
) -> DbResult<usize> {
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

/// Who is responsible for a demo measure.
#[derive(Clone, Copy)]
enum DemoOwner {
    Coordinator,
    Member,
    External(&'static str),
    Nobody,
}

/// A milestone: title, due (days from today), reached (days ago).
type DemoMilestone = (&'static str, Option<i64>, Option<i64>);
/// An update: days ago, text, the status and progress it set.
type DemoUpdate = (i64, &'static str, Option<MeasureStatus>, Option<u8>);

/// A measure of the demo plan; dates are days from today (negative: in the past).
struct DemoMeasure {
    title: &'static str,
    description: &'static str,
    fields: &'static [&'static str],
    /// Statements it addresses; only weak ones of the latest closed round are linked.
    items: &'static [&'static str],
    status: MeasureStatus,
    progress: u8,
    owner: DemoOwner,
    start: Option<i64>,
    due: Option<i64>,
    created_days_ago: i64,
    public: bool,
    milestones: &'static [DemoMilestone],
    updates: &'static [DemoUpdate],
}

/// An invented association of migrants, the external partner of the demo.
const DEMO_PARTNER: &str = "Migrantenselbstorganisation Brückenschlag Fläming e. V.";

const DEMO_MEASURES: [DemoMeasure; 8] = [
    DemoMeasure {
        title: "Integrationskonzept fortschreiben",
        description: "Das Integrationskonzept von 2016 wird bilanziert und fortgeschrieben: mit Zielen, Zuständigkeiten und Kennzahlen für jedes Handlungsfeld.\n\nMigrationsbeirat und Migrantenorganisationen wirken in einer Beteiligungswerkstatt mit. Der Entwurf geht vor der Sommerpause in den Kreistag.",
        fields: &["management"],
        items: &[
            "management.integration-concept",
            "management.participatory-concept",
            "management.monitoring",
        ],
        status: MeasureStatus::InProgress,
        progress: 40,
        owner: DemoOwner::Coordinator,
        start: Some(-120),
        due: Some(150),
        created_days_ago: 130,
        public: true,
        milestones: &[
            ("Bilanz des Konzepts von 2016 vorlegen", Some(-60), Some(65)),
            (
                "Beteiligungswerkstatt mit Migrationsbeirat und Migrantenorganisationen",
                Some(30),
                None,
            ),
            ("Beschlussvorlage für den Kreistag", Some(140), None),
        ],
        updates: &[
            (
                100,
                "Auftaktgespräch mit der Landrätin: Die Fortschreibung soll vor der Sommerpause im Kreistag beraten werden.",
                Some(MeasureStatus::InProgress),
                Some(10),
            ),
            (
                65,
                "Die Bilanz liegt vor: 14 von 23 Maßnahmen aus 2016 sind umgesetzt, Kennzahlen fehlen weitgehend.",
                None,
                Some(30),
            ),
            (
                12,
                "Der Termin für die Beteiligungswerkstatt steht; die Einladungen gehen über den Migrationsbeirat hinaus.",
                None,
                Some(40),
            ),
        ],
    },
    DemoMeasure {
        title: "Fortbildung zu Vielfalt und Diskriminierung für Führungskräfte und Bürgerbüro",
        description: "Führungskräfte nehmen verbindlich an einer Fortbildung teil; danach folgen die Beschäftigten des Bürgerbüros und der Kfz-Zulassung. Menschen mit Rassismuserfahrung gestalten die Fortbildung mit.",
        fields: &["opening"],
        items: &["opening.training-managers", "opening.training-frontline"],
        status: MeasureStatus::Planned,
        progress: 0,
        owner: DemoOwner::Member,
        start: Some(30),
        due: Some(210),
        created_days_ago: 40,
        public: false,
        milestones: &[
            ("Angebote von zwei Bildungsträgern einholen", Some(20), None),
            ("Erste Schulungsgruppe", Some(90), None),
        ],
        updates: &[(
            40,
            "In der Auswertung des Selbstchecks vereinbart; das Personalamt prüft die Mittel im Fortbildungsbudget.",
            None,
            None,
        )],
    },
    DemoMeasure {
        title: "Merkblätter in Arabisch und Ukrainisch",
        description: "Die sechs wichtigsten Merkblätter für Neuzugezogene (Anmeldung, Kita, Schule, Gesundheit, Arbeit, Beratung) gibt es zusätzlich in Arabisch und Ukrainisch, gedruckt und auf der Website.",
        fields: &["access"],
        items: &["access.multilingual-information", "access.plain-language"],
        status: MeasureStatus::Done,
        progress: 100,
        owner: DemoOwner::Member,
        start: Some(-220),
        due: Some(-45),
        created_days_ago: 230,
        public: true,
        milestones: &[
            ("Übersetzungen beauftragt", Some(-180), Some(182)),
            ("Merkblätter online und im Bürgerbüro ausgelegt", Some(-45), Some(50)),
        ],
        updates: &[
            (
                200,
                "Übersetzungsbüro beauftragt; die Texte wurden vorher in einfacher Sprache überarbeitet.",
                Some(MeasureStatus::InProgress),
                Some(30),
            ),
            (
                50,
                "Alle sechs Merkblätter liegen in Arabisch und Ukrainisch vor, gedruckt und online.",
                Some(MeasureStatus::Done),
                Some(100),
            ),
        ],
    },
    DemoMeasure {
        title: "Ablauf bei Anfeindungen gegen Beschäftigte und Ehrenamtliche festlegen",
        description: "Eine Dienstanweisung legt fest, wer bei Anfeindungen und Bedrohungen ansprechbar ist, wie Vorfälle dokumentiert und angezeigt werden und welche Unterstützung Betroffene erhalten.",
        fields: &["communication"],
        items: &[
            "communication.hostility-contact-point",
            "communication.criminal-complaints",
            "communication.security-concept",
        ],
        status: MeasureStatus::InProgress,
        progress: 20,
        owner: DemoOwner::Coordinator,
        start: Some(-90),
        due: Some(-10),
        created_days_ago: 95,
        public: false,
        milestones: &[
            ("Entwurf mit dem Personalrat abstimmen", Some(-30), None),
            ("Dienstanweisung in Kraft", Some(-10), None),
        ],
        updates: &[
            (
                80,
                "Gespräch mit der Polizeiinspektion und der Opferberatung geführt; beide unterstützen den Ablauf.",
                Some(MeasureStatus::InProgress),
                Some(20),
            ),
            (
                5,
                "Der Personalrat braucht mehr Zeit für die Stellungnahme; neuer Termin im nächsten Monat.",
                None,
                None,
            ),
        ],
    },
    DemoMeasure {
        title: "Anerkennungsberatung im Jobcenter anbieten",
        description: "Eine Beraterin der IQ-Anerkennungsberatung bietet einmal im Monat eine Sprechstunde im Jobcenter an.",
        fields: &["work"],
        items: &["work.recognition-advice", "work.jobcenter-cooperation"],
        status: MeasureStatus::Planned,
        progress: 0,
        owner: DemoOwner::Nobody,
        start: Some(60),
        due: Some(240),
        created_days_ago: 20,
        public: false,
        milestones: &[],
        updates: &[],
    },
    DemoMeasure {
        title: "Gerüchten gemeinsam begegnen: Informationskanäle mit Migrantenorganisationen",
        description: "Die Verwaltung erreicht Zugewanderte über die Kanäle, die sie nutzen: Ein Verein pflegt mit ihr Messenger-Gruppen und eine Liste von Ansprechpersonen. Bei Gerüchten geht eine abgestimmte, mehrsprachige Richtigstellung innerhalb eines Tages hinaus.",
        fields: &["communication", "engagement"],
        items: &["communication.rumour-response", "communication.community-channels"],
        status: MeasureStatus::InProgress,
        progress: 60,
        owner: DemoOwner::External(DEMO_PARTNER),
        start: Some(-60),
        due: Some(40),
        created_days_ago: 70,
        public: true,
        milestones: &[
            ("Messenger-Gruppen und Ansprechpersonen erfasst", Some(-40), Some(42)),
            (
                "Ablauf für schnelle Richtigstellungen mit der Pressestelle abgestimmt",
                Some(-20),
                Some(18),
            ),
            ("Erste mehrsprachige Richtigstellung verschickt", Some(40), None),
        ],
        updates: &[
            (
                42,
                "Der Verein hat 14 Gruppen in sechs Sprachen erfasst und Ansprechpersonen gewonnen.",
                Some(MeasureStatus::InProgress),
                Some(30),
            ),
            (
                18,
                "Ablauf mit der Pressestelle abgestimmt: Text, Übersetzung und Freigabe innerhalb eines Arbeitstages.",
                None,
                Some(60),
            ),
        ],
    },
    DemoMeasure {
        title: "Eigenen Haushaltsansatz für Integration beantragen",
        description: "Ein eigenes Produkt im Haushalt, über das die Koordinierungsstelle im Rahmen der Ziele selbst verfügt.",
        fields: &["management"],
        items: &["management.budget-line"],
        status: MeasureStatus::Dropped,
        progress: 10,
        owner: DemoOwner::Coordinator,
        start: Some(-300),
        due: Some(-120),
        created_days_ago: 310,
        public: false,
        milestones: &[("Antrag zum Haushaltsentwurf", Some(-200), Some(205))],
        updates: &[
            (
                280,
                "Antrag für den Haushaltsentwurf vorbereitet.",
                Some(MeasureStatus::InProgress),
                Some(10),
            ),
            (
                130,
                "Im Haushalt nicht durchsetzbar. Wird mit der Fortschreibung des Integrationskonzepts neu aufgegriffen.",
                Some(MeasureStatus::Dropped),
                None,
            ),
        ],
    },
    DemoMeasure {
        title: "Willkommensseite in einfacher Sprache auf der Website",
        description: "Eine Seite für Neuzugezogene in einfacher Sprache, mit den wichtigsten Ansprechpersonen und Links zu den mehrsprachigen Merkblättern.",
        fields: &["communication", "access"],
        items: &[],
        status: MeasureStatus::Done,
        progress: 100,
        owner: DemoOwner::Member,
        start: Some(-160),
        due: Some(-70),
        created_days_ago: 170,
        public: true,
        milestones: &[],
        updates: &[(
            72,
            "Die Seite ist online; Rückmeldungen des Migrationsbeirats sind eingearbeitet.",
            Some(MeasureStatus::Done),
            Some(100),
        )],
    },
];

/// Seeds the demo action plan unless the municipality has measures; returns how many it added.
/// Of the statements a measure takes up, those that scored weak in the latest closed round are
/// linked (and that round is its source), so the plan and the results tell one story; a measure
/// without a weak statement stays a measure decided freely.
pub async fn seed_action_plan(
    db: &Db,
    instrument: &Instrument,
    municipality_id: Uuid,
    kind: MunicipalityType,
    people: &DemoPeople,
) -> DbResult<usize> {
    if plan_store::count(db, municipality_id).await? > 0 {
        return Ok(0);
    }
    let latest_closed = crate::store::rounds(db, municipality_id)
        .await?
        .into_iter()
        .find(|r| !r.is_open());
    let means: HashMap<String, f64> = match &latest_closed {
        Some(round) => crate::store::answers_by_item(db, round.id)
            .await?
            .iter()
            .filter_map(|(item, answers)| score_item(item, answers).mean.map(|m| (item.clone(), m)))
            .collect(),
        None => HashMap::new(),
    };
    let coordinator = people.coordinator.as_ref().map(|(id, _)| *id);
    let member = people.member.as_ref().map(|(id, _)| *id);
    let today = now();
    let day = |offset: i64| (today + Duration::days(offset)).date();
    let mut tx = db.begin().await?;
    for m in &DEMO_MEASURES {
        let items = weak_items(instrument, kind, m, &means);
        let owner = match m.owner {
            DemoOwner::Coordinator => coordinator.map_or(Owner::Nobody, Owner::Member),
            DemoOwner::Member => member.map_or(Owner::Nobody, Owner::Member),
            DemoOwner::External(name) => Owner::External(name.to_owned()),
            DemoOwner::Nobody => Owner::Nobody,
        };
        // Whoever reports: the owning member, else the coordinator.
        let reporter = owner.user_id().or(coordinator);
        let input = MeasureInput {
            title: m.title.to_owned(),
            description: m.description.to_owned(),
            status: m.status,
            progress: m.progress,
            owner,
            start_date: m.start.map(day),
            due_date: m.due.map(day),
            fields: m.fields.iter().map(|f| (*f).to_owned()).collect(),
            public: m.public,
            items,
        };
        let source = latest_closed.as_ref().filter(|_| !input.items.is_empty()).map(|r| r.id);
        let created = today - Duration::days(m.created_days_ago);
        let id = plan_store::insert_measure(&mut tx, municipality_id, &input, source, coordinator, created).await?;
        for (title, due, reached) in m.milestones {
            let milestone = MilestoneInput {
                title: (*title).to_owned(),
                due_date: due.map(day),
            };
            let done_at = reached.map(|days| today - Duration::days(days));
            plan_store::insert_milestone(&mut tx, id, &milestone, done_at).await?;
        }
        for (days_ago, body, status, progress) in m.updates {
            let at = today - Duration::days(*days_ago);
            plan_store::insert_update(&mut tx, id, reporter, body, *status, *progress, at).await?;
        }
    }
    tx.commit().await?;
    Ok(DEMO_MEASURES.len())
}

/// The statements of a demo measure that scored weak in the latest closed round.
fn weak_items(
    instrument: &Instrument,
    kind: MunicipalityType,
    measure: &DemoMeasure,
    means: &HashMap<String, f64>,
) -> Vec<String> {
    measure
        .items
        .iter()
        .filter(|id| {
            instrument
                .item(id)
                .is_some_and(|(field, item)| item.applies(kind) && measure.fields.contains(&field.id.as_str()))
        })
        .filter(|id| means.get(**id).is_some_and(|m| *m < POTENTIAL_BELOW_MEAN))
        .map(|id| (*id).to_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The demo workshop

/// A participant of the demo workshop: name (shown only with consent), consent, role, and how
/// they spread their dots over the workshop's development potentials (indexes into them).
struct DemoParticipant {
    name: &'static str,
    show_name: bool,
    role: ParticipantRole,
    dots: &'static [usize],
}

const DEMO_PARTICIPANTS: [DemoParticipant; 12] = [
    DemoParticipant {
        name: "",
        show_name: false,
        role: ParticipantRole::Administration,
        dots: &[0, 0, 1, 2, 3],
    },
    DemoParticipant {
        name: "Petra Lindner",
        show_name: true,
        role: ParticipantRole::Administration,
        dots: &[0, 1, 1, 4, 5],
    },
    DemoParticipant {
        name: "Jonas Weber",
        show_name: true,
        role: ParticipantRole::Administration,
        dots: &[0, 2, 3, 3, 6],
    },
    DemoParticipant {
        name: "Heike Brandt",
        show_name: false,
        role: ParticipantRole::Administration,
        dots: &[1, 1, 0, 5, 7],
    },
    DemoParticipant {
        name: "Dr. Klaus Reimer",
        show_name: true,
        role: ParticipantRole::Politics,
        dots: &[0, 0, 2, 4, 4],
    },
    DemoParticipant {
        name: "",
        show_name: false,
        role: ParticipantRole::Politics,
        dots: &[1, 3, 3, 6, 0],
    },
    DemoParticipant {
        name: "Aylin Demir",
        show_name: true,
        role: ParticipantRole::CivilSociety,
        dots: &[0, 0, 0, 1, 2],
    },
    DemoParticipant {
        name: "Samuel Okafor",
        show_name: true,
        role: ParticipantRole::CivilSociety,
        dots: &[1, 1, 2, 2, 5],
    },
    DemoParticipant {
        name: "Marta Nowak",
        show_name: false,
        role: ParticipantRole::CivilSociety,
        dots: &[0, 1, 4, 7, 7],
    },
    DemoParticipant {
        name: "Frank Hoffmann",
        show_name: true,
        role: ParticipantRole::Business,
        dots: &[3, 3, 3, 0, 1],
    },
    DemoParticipant {
        name: "",
        show_name: false,
        role: ParticipantRole::Business,
        dots: &[3, 6, 6, 1, 0],
    },
    DemoParticipant {
        name: "Lena Schulze",
        show_name: true,
        role: ParticipantRole::Other,
        dots: &[0, 2, 5, 8, 8],
    },
];

/// Comments of the demo workshop: (participant index, potential index or none, text).
const DEMO_WORKSHOP_COMMENTS: [(usize, Option<usize>, &str); 9] = [
    (
        6,
        Some(0),
        "Aus Sicht der Vereine: Ein Konzept hilft nur, wenn wir bei der Fortschreibung wirklich mitreden.",
    ),
    (
        1,
        Some(0),
        "Die Verwaltung braucht dafür einen klaren Auftrag des Kreistags und eine feste Ansprechperson.",
    ),
    (
        4,
        None,
        "Der Kreistag sollte einmal im Jahr über den Stand berichtet bekommen, nicht nur bei Problemen.",
    ),
    (
        9,
        Some(1),
        "Die Betriebe suchen Fachkräfte – Anerkennung und Sprachkurse müssen schneller gehen.",
    ),
    (
        7,
        Some(2),
        "Viele Familien erfahren von Angeboten nur über Mundpropaganda. Mehrsprachige Infos wären ein Anfang.",
    ),
    (
        3,
        None,
        "Wichtig ist, dass wir uns wenige Dinge vornehmen und die dann auch umsetzen.",
    ),
    (
        11,
        Some(3),
        "Die Migrantenorganisationen sollten nicht nur gefragt, sondern auch beteiligt werden.",
    ),
    (
        8,
        Some(3),
        "Ehrenamtliche Sprachmittlung braucht Anerkennung und eine kleine Aufwandsentschädigung.",
    ),
    (
        5,
        None,
        "Die Ergebnisse sollten auch im Sozialausschuss vorgestellt werden.",
    ),
];

/// Decisions of the demo workshop: (potential index, decision, first step, owner).
const DEMO_DECISIONS: [(usize, &str, &str, &str); 3] = [
    (
        0,
        "Das Integrationskonzept wird gemeinsam mit dem Migrationsbeirat und den Vereinen fortgeschrieben.",
        "Auftaktsitzung der Steuerungsgruppe im ersten Quartal",
        "Integrationsbeauftragte des Landkreises",
    ),
    (
        3,
        "Migrantenorganisationen werden an der Planung von Angeboten von Anfang an beteiligt.",
        "Einladung aller bekannten Organisationen zu einem Vernetzungstreffen",
        "Brückenschlag e. V.",
    ),
    (
        2,
        "Informationen zu den wichtigsten Angeboten erscheinen mehrsprachig und in einfacher Sprache.",
        "Liste der zehn meistgefragten Informationen mit der Pressestelle abstimmen",
        "Pressestelle",
    ),
];

/// Seeds a held workshop on the latest closed round unless the municipality has a workshop:
/// twelve participants of every role (some by name, some anonymous), their dots and comments,
/// agreed potentials, three decisions, and the first demo measures of their fields linked to the
/// decisions. The share link is expired and unusable (the demo has no server key to derive it
/// from); the workshop is closed, so only its protocol matters. Returns how many it added.
pub async fn seed_workshop(
    db: &Db,
    instrument: &Instrument,
    municipality_id: Uuid,
    kind: MunicipalityType,
    people: &DemoPeople,
) -> DbResult<usize> {
    use weltoffen_platform::crypto::{random_token, token_hash};
    use weltoffen_platform::i18n::Locale;

    use crate::workshop::input::{DecisionInput, JoinInput, WorkshopInput};
    use crate::workshop::store as workshop_store;

    if workshop_store::count(db, municipality_id).await? > 0 {
        return Ok(0);
    }
    let Some(round) = crate::store::rounds(db, municipality_id)
        .await?
        .into_iter()
        .find(|r| !r.is_open())
    else {
        return Ok(0);
    };
    let answers = crate::store::round_answers(db, round.id).await?;
    let results = crate::results::build(instrument, kind, &answers, &[], None, Locale::De);
    // The three fields with the most development potentials, in the instrument's order.
    let mut fields: Vec<&crate::results::FieldSummary> =
        results.fields.iter().filter(|f| !f.potentials.is_empty()).collect();
    fields.sort_by(|a, b| b.potentials.len().cmp(&a.potentials.len()).then(a.order.cmp(&b.order)));
    fields.truncate(3);
    fields.sort_by_key(|f| f.order);
    let potentials: Vec<(String, String)> = fields
        .iter()
        .flat_map(|f| f.potentials.iter().map(|p| (f.id.clone(), p.item.id.clone())))
        .collect();
    if potentials.is_empty() {
        return Ok(0);
    }
    let potential = |index: usize| &potentials[index % potentials.len()];

    let closed = round.closed_at.unwrap_or_else(now);
    let held = closed + Duration::days(21);
    let held_on = held.date();
    let input = WorkshopInput {
        title: format!("Workshop zum {}", round.title),
        round_id: round.id,
        held_on,
        start_time: Some("17:00".to_owned()),
        place: "Kreishaus, großer Sitzungssaal".to_owned(),
        online_link: String::new(),
        fields: fields.iter().map(|f| f.id.clone()).collect(),
        dots: 5,
        link_expires_on: crate::workshop::model::default_link_expiry(held_on),
    };
    let coordinator = people.coordinator.as_ref().map(|(id, _)| *id);
    let mut tx = db.begin().await?;
    let created = held - Duration::days(14);
    let id = workshop_store::insert_workshop(
        &mut tx,
        municipality_id,
        &input,
        (&random_token(), &token_hash(&random_token())),
        coordinator,
        created,
    )
    .await?;
    let mut participants = Vec::new();
    for (n, p) in DEMO_PARTICIPANTS.iter().enumerate() {
        let join = JoinInput {
            name: p.name.to_owned(),
            show_name: p.show_name,
            role: p.role,
        };
        // The demo member account is the administration's first participant.
        let user = if n == 0 {
            people.member.as_ref().map(|(id, _)| *id)
        } else {
            None
        };
        let joined = held + Duration::minutes(i64::try_from(n).unwrap_or(0));
        let participant =
            workshop_store::insert_participant(&mut tx, id, &join, user, &token_hash(&random_token()), joined).await?;
        participants.push(participant);
        for (k, index) in p.dots.iter().enumerate() {
            let (_, item) = potential(*index);
            let at = held + Duration::minutes(30 + i64::try_from(n * 5 + k).unwrap_or(0));
            workshop_store::insert_dot(&mut tx, id, participant, item, &format!("demo-{n}-{k}"), at).await?;
        }
    }
    for (k, (who, target, body)) in DEMO_WORKSHOP_COMMENTS.iter().enumerate() {
        let (field, item) = match target {
            Some(index) => {
                let (field, item) = potential(*index);
                (field.clone(), Some(item.as_str()))
            }
            None => (potentials[0].0.clone(), None),
        };
        let at = held + Duration::minutes(20 + i64::try_from(k).unwrap_or(0) * 3);
        workshop_store::insert_comment(
            &mut tx,
            id,
            participants[*who],
            &field,
            item,
            body,
            &format!("demo-c{k}"),
            at,
        )
        .await?;
    }
    let agreed_at = held + Duration::minutes(90);
    for index in [0usize, 2, 3] {
        let (field, item) = potential(index);
        workshop_store::set_agreed(&mut tx, id, item, field, true, agreed_at).await?;
    }
    let mut linked = 0;
    for (k, (index, body, first_step, owner)) in DEMO_DECISIONS.iter().enumerate() {
        let (field, item) = potential(*index);
        let decision = DecisionInput {
            field: field.clone(),
            item: Some(item.clone()),
            body: (*body).to_owned(),
            first_step: (*first_step).to_owned(),
            owner: (*owner).to_owned(),
        };
        let at = held + Duration::minutes(100 + i64::try_from(k).unwrap_or(0) * 10);
        let decision_id = workshop_store::insert_decision(&mut tx, id, &decision, coordinator, at).await?;
        // The first two decisions are carried out by demo measures of their field.
        if linked < 2
            && let Some(measure) = demo_measure_of_field(&mut tx, municipality_id, field).await?
        {
            workshop_store::link_measure(&mut tx, municipality_id, measure, decision_id).await?;
            linked += 1;
        }
    }
    workshop_store::set_current_field(&mut tx, id, &potentials[0].0, held).await?;
    workshop_store::close(&mut tx, id, held + Duration::hours(3)).await?;
    tx.commit().await?;
    Ok(1)
}

/// The oldest measure of the municipality that addresses `field` and carries out no workshop
/// decision yet.
async fn demo_measure_of_field(tx: &mut Tx, municipality_id: Uuid, field: &str) -> DbResult<Option<Uuid>> {
    use sea_query::{Expr, ExprTrait, Order};
    #[derive(sqlx::FromRow)]
    struct Found {
        id: Uuid,
    }
    let q = Query::select()
        .column((Measures::Table, Measures::Id))
        .from(Measures::Table)
        .inner_join(
            MeasureFields::Table,
            Expr::col((MeasureFields::Table, MeasureFields::MeasureId)).equals((Measures::Table, Measures::Id)),
        )
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((MeasureFields::Table, MeasureFields::FieldId)).eq(field))
        .and_where(Expr::col((Measures::Table, Measures::WorkshopDecisionId)).is_null())
        .order_by((Measures::Table, Measures::CreatedAt), Order::Asc)
        .limit(1)
        .to_owned();
    Ok(tx.fetch_optional::<Found>(&q).await?.map(|f| f.id))
}
