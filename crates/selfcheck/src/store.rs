//! Queries of the Selbstcheck: rounds, respondents and their fields, answers. Every read of a
//! round takes the municipality, so one municipality can never reach another's round.

use std::collections::{HashMap, HashSet};

use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};
use time::{Date, OffsetDateTime};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbError, DbResult, Tx};

use crate::instrument::Instrument;
use crate::schema::*;
use crate::scoring::AnswerValue;

/// Longest comment on a statement.
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// A round as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoundRow {
    /// Id.
    pub id: Uuid,
    /// The municipality.
    pub municipality_id: Uuid,
    /// Title.
    pub title: String,
    /// Instrument version the round started with.
    pub instrument_version: String,
    /// `open` or `closed`.
    pub status: String,
    /// Due date.
    pub due_date: Option<Date>,
    /// Started at.
    pub created_at: OffsetDateTime,
    /// Closed at.
    pub closed_at: Option<OffsetDateTime>,
}

impl RoundRow {
    /// True while answers may change.
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

const ROUND_COLUMNS: [SelfcheckRounds; 8] = [
    SelfcheckRounds::Id,
    SelfcheckRounds::MunicipalityId,
    SelfcheckRounds::Title,
    SelfcheckRounds::InstrumentVersion,
    SelfcheckRounds::Status,
    SelfcheckRounds::DueDate,
    SelfcheckRounds::CreatedAt,
    SelfcheckRounds::ClosedAt,
];

async fn log_event(tx: &mut Tx, round_id: Uuid, event: &str, actor: Option<Uuid>) -> DbResult<()> {
    let q = Query::insert()
        .into_table(SelfcheckRoundEvents::Table)
        .columns([
            SelfcheckRoundEvents::Id,
            SelfcheckRoundEvents::RoundId,
            SelfcheckRoundEvents::Event,
            SelfcheckRoundEvents::ActorId,
            SelfcheckRoundEvents::OccurredAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            round_id.into(),
            event.into(),
            actor.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Starts a round with the given instrument version; logs who started it.
pub async fn create_round(
    db: &Db,
    municipality_id: Uuid,
    title: &str,
    due_date: Option<Date>,
    instrument_version: &str,
    actor: Uuid,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let mut tx = db.begin().await?;
    let q = Query::insert()
        .into_table(SelfcheckRounds::Table)
        .columns([
            SelfcheckRounds::Id,
            SelfcheckRounds::MunicipalityId,
            SelfcheckRounds::Title,
            SelfcheckRounds::InstrumentVersion,
            SelfcheckRounds::Status,
            SelfcheckRounds::DueDate,
            SelfcheckRounds::CreatedBy,
            SelfcheckRounds::CreatedAt,
        ])
        .values_panic([
            id.into(),
            municipality_id.into(),
            title.into(),
            instrument_version.into(),
            "open".into(),
            due_date.into(),
            actor.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    log_event(&mut tx, id, "started", Some(actor)).await?;
    tx.commit().await?;
    Ok(id)
}

/// The round `round_id` if it belongs to `municipality_id`.
pub async fn round(db: &Db, municipality_id: Uuid, round_id: Uuid) -> DbResult<Option<RoundRow>> {
    let q = Query::select()
        .columns(ROUND_COLUMNS)
        .from(SelfcheckRounds::Table)
        .and_where(Expr::col(SelfcheckRounds::Id).eq(round_id))
        .and_where(Expr::col(SelfcheckRounds::MunicipalityId).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A municipality's rounds, newest first.
pub async fn rounds(db: &Db, municipality_id: Uuid) -> DbResult<Vec<RoundRow>> {
    let q = Query::select()
        .columns(ROUND_COLUMNS)
        .from(SelfcheckRounds::Table)
        .and_where(Expr::col(SelfcheckRounds::MunicipalityId).eq(municipality_id))
        .order_by(SelfcheckRounds::CreatedAt, Order::Desc)
        .order_by(SelfcheckRounds::Id, Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Closes (`open = false`) or reopens a round; returns false when it already was in that state.
pub async fn set_round_open(db: &Db, round: &RoundRow, open: bool, actor: Uuid) -> DbResult<bool> {
    let (from, to, event) = if open {
        ("closed", "open", "reopened")
    } else {
        ("open", "closed", "closed")
    };
    let mut tx = db.begin().await?;
    let q = Query::update()
        .table(SelfcheckRounds::Table)
        .value(SelfcheckRounds::Status, to)
        .value(SelfcheckRounds::ClosedAt, if open { None } else { Some(now()) })
        .and_where(Expr::col(SelfcheckRounds::Id).eq(round.id))
        .and_where(Expr::col(SelfcheckRounds::Status).eq(from))
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(false);
    }
    log_event(&mut tx, round.id, event, Some(actor)).await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: Uuid,
}

async fn respondent_id(tx: &mut Tx, round_id: Uuid, user_id: Uuid) -> DbResult<Option<Uuid>> {
    let q = Query::select()
        .column(SelfcheckRespondents::Id)
        .from(SelfcheckRespondents::Table)
        .and_where(Expr::col(SelfcheckRespondents::RoundId).eq(round_id))
        .and_where(Expr::col(SelfcheckRespondents::UserId).eq(user_id))
        .to_owned();
    Ok(tx.fetch_optional::<IdRow>(&q).await?.map(|r| r.id))
}

async fn ensure_respondent(tx: &mut Tx, round_id: Uuid, user_id: Uuid, display_name: &str) -> DbResult<Uuid> {
    if let Some(id) = respondent_id(tx, round_id, user_id).await? {
        return Ok(id);
    }
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
            round_id.into(),
            user_id.into(),
            display_name.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Assigns fields to a member for a round (fields already assigned stay as they are).
pub async fn assign(db: &Db, round_id: Uuid, user_id: Uuid, display_name: &str, fields: &[&str]) -> DbResult<Uuid> {
    let mut tx = db.begin().await?;
    let respondent = ensure_respondent(&mut tx, round_id, user_id, display_name).await?;
    if !fields.is_empty() {
        let mut q = Query::insert()
            .into_table(SelfcheckAssignments::Table)
            .columns([SelfcheckAssignments::RespondentId, SelfcheckAssignments::FieldId])
            .on_conflict(
                OnConflict::columns([SelfcheckAssignments::RespondentId, SelfcheckAssignments::FieldId])
                    .do_nothing()
                    .to_owned(),
            )
            .to_owned();
        for field in fields {
            q.values_panic([respondent.into(), (*field).into()]);
        }
        tx.execute(&q).await?;
    }
    tx.commit().await?;
    Ok(respondent)
}

#[derive(sqlx::FromRow)]
struct FieldRow {
    field_id: String,
}

/// The fields assigned to a member in a round.
pub async fn assigned_fields(db: &Db, round_id: Uuid, user_id: Uuid) -> DbResult<Vec<String>> {
    let q = Query::select()
        .column((SelfcheckAssignments::Table, SelfcheckAssignments::FieldId))
        .from(SelfcheckAssignments::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id))
                .equals((SelfcheckAssignments::Table, SelfcheckAssignments::RespondentId)),
        )
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::UserId)).eq(user_id))
        .to_owned();
    Ok(db
        .fetch_all::<FieldRow>(&q)
        .await?
        .into_iter()
        .map(|r| r.field_id)
        .collect())
}

/// One answer to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAnswer {
    /// Statement id.
    pub item_id: String,
    /// The rating.
    pub value: AnswerValue,
    /// Optional comment.
    pub comment: Option<String>,
}

/// Why answers were refused; nothing was saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The round is closed.
    #[error("the round is closed")]
    RoundClosed,
    /// The round uses another instrument version than the one given.
    #[error("the round uses instrument version {0}")]
    WrongInstrument(String),
    /// A statement id the instrument does not have.
    #[error("unknown statement {0}")]
    UnknownItem(String),
    /// A statement of a field not assigned to the respondent.
    #[error("statement {0} belongs to a field not assigned to you")]
    NotAssigned(String),
    /// A comment over the limit.
    #[error("the comment on {0} is too long")]
    CommentTooLong(String),
    /// The same statement twice in one request.
    #[error("statement {0} is answered twice")]
    Duplicate(String),
    /// Storage failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Saves a member's answers all-or-nothing: every statement must exist, belong to an assigned
/// field (or the member may answer every field, as the coordinator may) and the round must be open.
pub async fn save_answers(
    db: &Db,
    instrument: &Instrument,
    round: &RoundRow,
    user_id: Uuid,
    display_name: &str,
    may_answer_every_field: bool,
    answers: &[NewAnswer],
) -> Result<usize, SaveError> {
    if !round.is_open() {
        return Err(SaveError::RoundClosed);
    }
    if round.instrument_version != instrument.version {
        return Err(SaveError::WrongInstrument(round.instrument_version.clone()));
    }
    let assigned: HashSet<String> = assigned_fields(db, round.id, user_id).await?.into_iter().collect();
    let mut seen = HashSet::new();
    for a in answers {
        let Some((field, _)) = instrument.item(&a.item_id) else {
            return Err(SaveError::UnknownItem(a.item_id.clone()));
        };
        if !may_answer_every_field && !assigned.contains(&field.id) {
            return Err(SaveError::NotAssigned(a.item_id.clone()));
        }
        if a.comment
            .as_ref()
            .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
        {
            return Err(SaveError::CommentTooLong(a.item_id.clone()));
        }
        if !seen.insert(a.item_id.as_str()) {
            return Err(SaveError::Duplicate(a.item_id.clone()));
        }
    }
    if answers.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin().await?;
    // The round may have been closed since it was read: re-check inside the transaction.
    let still_open = tx
        .fetch_optional::<IdRow>(
            &Query::select()
                .column(SelfcheckRounds::Id)
                .from(SelfcheckRounds::Table)
                .and_where(Expr::col(SelfcheckRounds::Id).eq(round.id))
                .and_where(Expr::col(SelfcheckRounds::Status).eq("open"))
                .to_owned(),
        )
        .await?
        .is_some();
    if !still_open {
        return Err(SaveError::RoundClosed);
    }
    let respondent = ensure_respondent(&mut tx, round.id, user_id, display_name).await?;
    let t = now();
    let mut q = Query::insert()
        .into_table(SelfcheckAnswers::Table)
        .columns([
            SelfcheckAnswers::RespondentId,
            SelfcheckAnswers::ItemId,
            SelfcheckAnswers::Value,
            SelfcheckAnswers::Comment,
            SelfcheckAnswers::UpdatedAt,
        ])
        .on_conflict(
            OnConflict::columns([SelfcheckAnswers::RespondentId, SelfcheckAnswers::ItemId])
                .update_columns([
                    SelfcheckAnswers::Value,
                    SelfcheckAnswers::Comment,
                    SelfcheckAnswers::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    for a in answers {
        let comment = a.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
        q.values_panic([
            respondent.into(),
            a.item_id.as_str().into(),
            a.value.code().into(),
            comment.into(),
            t.into(),
        ]);
    }
    tx.execute(&q).await?;
    tx.commit().await?;
    Ok(answers.len())
}

#[derive(sqlx::FromRow)]
struct AnswerRow {
    item_id: String,
    value: String,
}

/// Every respondent's answers of a round, by statement (the input of `scoring::score_round`).
pub async fn answers_by_item(db: &Db, round_id: Uuid) -> DbResult<HashMap<String, Vec<AnswerValue>>> {
    let q = Query::select()
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::ItemId))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::Value))
        .from(SelfcheckAnswers::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id))
                .equals((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId)),
        )
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
        .to_owned();
    let mut map: HashMap<String, Vec<AnswerValue>> = HashMap::new();
    for row in db.fetch_all::<AnswerRow>(&q).await? {
        if let Some(v) = AnswerValue::parse(&row.value) {
            map.entry(row.item_id).or_default().push(v);
        }
    }
    Ok(map)
}
