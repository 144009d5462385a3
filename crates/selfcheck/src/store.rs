//! Queries of the Selbstcheck: rounds, respondents and their fields, answers. Every read of a
//! round takes the municipality, so one municipality can never reach another's round.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex};

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

/// What happened to a round, with the facts its history line needs. The code goes into
/// `selfcheck_round_events.event`, the facts as JSON into `detail`: data, not sentences, so the
/// round page can say it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundEvent {
    /// The round was started.
    Started,
    /// The round was closed.
    Closed,
    /// The round was reopened.
    Reopened,
    /// Fields were assigned to a member, or to an address that was invited.
    Assigned(AssignmentDetail),
    /// Fields were taken back from a respondent.
    Unassigned(AssignmentDetail),
    /// Paper questionnaires were imported.
    Imported(ImportDetail),
}

/// Who got (or lost) which fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct AssignmentDetail {
    /// The address of the member or of the invited person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The respondent's name at the time (an invited person has none yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Field ids.
    pub fields: Vec<String>,
    /// True when nobody of the municipality had the address and an invitation went out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub invited: bool,
}

/// What a paper import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ImportDetail {
    /// Respondents the rows belonged to.
    pub respondents: usize,
    /// Of those, respondents created by the import.
    pub new_respondents: usize,
    /// Answers written.
    pub answers: usize,
}

impl RoundEvent {
    /// The stored code (the table's CHECK constraint lists them).
    pub fn code(&self) -> &'static str {
        match self {
            RoundEvent::Started => "started",
            RoundEvent::Closed => "closed",
            RoundEvent::Reopened => "reopened",
            RoundEvent::Assigned(_) => "assigned",
            RoundEvent::Unassigned(_) => "unassigned",
            RoundEvent::Imported(_) => "imported",
        }
    }

    /// The stored detail: JSON for the events that have facts, none for the others.
    pub fn detail(&self) -> Option<String> {
        match self {
            RoundEvent::Started | RoundEvent::Closed | RoundEvent::Reopened => None,
            RoundEvent::Assigned(d) | RoundEvent::Unassigned(d) => serde_json::to_string(d).ok(),
            RoundEvent::Imported(d) => serde_json::to_string(d).ok(),
        }
    }

    /// Reads a stored event; `None` for an unknown code or a detail that does not fit it.
    pub fn from_stored(code: &str, detail: Option<&str>) -> Option<RoundEvent> {
        let assignment = || {
            detail
                .and_then(|d| serde_json::from_str::<AssignmentDetail>(d).ok())
                .filter(|d| !d.fields.is_empty() && (d.email.is_some() || d.name.is_some()))
        };
        match code {
            "started" => Some(RoundEvent::Started),
            "closed" => Some(RoundEvent::Closed),
            "reopened" => Some(RoundEvent::Reopened),
            "assigned" => assignment().map(RoundEvent::Assigned),
            "unassigned" => assignment().map(RoundEvent::Unassigned),
            "imported" => detail
                .and_then(|d| serde_json::from_str(d).ok())
                .map(RoundEvent::Imported),
            _ => None,
        }
    }
}

/// Adds an entry to a round's history inside the transaction of the change it records.
pub async fn record_event(tx: &mut Tx, round_id: Uuid, event: &RoundEvent, actor: Option<Uuid>) -> DbResult<()> {
    let q = Query::insert()
        .into_table(SelfcheckRoundEvents::Table)
        .columns([
            SelfcheckRoundEvents::Id,
            SelfcheckRoundEvents::RoundId,
            SelfcheckRoundEvents::Event,
            SelfcheckRoundEvents::ActorId,
            SelfcheckRoundEvents::OccurredAt,
            SelfcheckRoundEvents::Detail,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            round_id.into(),
            event.code().into(),
            actor.into(),
            now().into(),
            event.detail().into(),
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
    record_event(&mut tx, id, &RoundEvent::Started, Some(actor)).await?;
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

/// The municipality's rounds, newest first, each with its revision (see `results_cache`), and
/// whether it shares its results for the benchmark — one query for the results page, which needs
/// all of it on every request.
pub async fn rounds_and_sharing(db: &Db, municipality_id: Uuid) -> DbResult<(Vec<(RoundRow, i64)>, bool)> {
    let shared = Query::select()
        .column(SelfcheckBenchmarkOptIns::MunicipalityId)
        .from(SelfcheckBenchmarkOptIns::Table)
        .and_where(Expr::col(SelfcheckBenchmarkOptIns::MunicipalityId).eq(municipality_id))
        .to_owned();
    let q = Query::select()
        .columns(ROUND_COLUMNS)
        .column(SelfcheckRounds::Revision)
        .expr_as(Expr::exists(shared), SharingAlias::Shared)
        .from(SelfcheckRounds::Table)
        .and_where(Expr::col(SelfcheckRounds::MunicipalityId).eq(municipality_id))
        .order_by(SelfcheckRounds::CreatedAt, Order::Desc)
        .order_by(SelfcheckRounds::Id, Order::Desc)
        .to_owned();
    let rows: Vec<RoundSharingRow> = db.fetch_all(&q).await?;
    let shared = rows.first().is_some_and(|r| r.shared);
    Ok((rows.into_iter().map(|r| (r.round, r.revision)).collect(), shared))
}

#[derive(sqlx::FromRow)]
struct RoundSharingRow {
    #[sqlx(flatten)]
    round: RoundRow,
    revision: i64,
    shared: bool,
}

#[derive(sea_query::Iden)]
enum SharingAlias {
    Shared,
}

/// Closes (`open = false`) or reopens a round; returns false when it already was in that state.
/// Closing stores the field scores (those with a score) for the benchmark; reopening removes them.
pub async fn set_round_open(
    db: &Db,
    round: &RoundRow,
    open: bool,
    actor: Uuid,
    field_scores: &[(&str, f64)],
) -> DbResult<bool> {
    let (from, to, event) = if open {
        ("closed", "open", RoundEvent::Reopened)
    } else {
        ("open", "closed", RoundEvent::Closed)
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
    let clear = Query::delete()
        .from_table(SelfcheckFieldScores::Table)
        .and_where(Expr::col(SelfcheckFieldScores::RoundId).eq(round.id))
        .to_owned();
    tx.execute(&clear).await?;
    if !open && !field_scores.is_empty() {
        let mut insert = Query::insert()
            .into_table(SelfcheckFieldScores::Table)
            .columns([
                SelfcheckFieldScores::RoundId,
                SelfcheckFieldScores::FieldId,
                SelfcheckFieldScores::Score,
            ])
            .to_owned();
        for (field, score) in field_scores {
            insert.values_panic([round.id.into(), (*field).into(), (*score).into()]);
        }
        tx.execute(&insert).await?;
    }
    record_event(&mut tx, round.id, &event, Some(actor)).await?;
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

/// Assigns fields to a member for a round (fields already assigned stay as they are), without a
/// history entry: for claiming an invitation, whose assignment the history already holds.
pub async fn assign(db: &Db, round_id: Uuid, user_id: Uuid, display_name: &str, fields: &[&str]) -> DbResult<Uuid> {
    let mut tx = db.begin().await?;
    let (respondent, _) = assign_in(&mut tx, round_id, user_id, display_name, fields).await?;
    tx.commit().await?;
    Ok(respondent)
}

/// Assigns fields to a member inside the caller's transaction; returns the respondent and the
/// fields that were not assigned before (in the order given), so the caller records and mails
/// only what changed.
pub async fn assign_in(
    tx: &mut Tx,
    round_id: Uuid,
    user_id: Uuid,
    display_name: &str,
    fields: &[&str],
) -> DbResult<(Uuid, Vec<String>)> {
    let respondent = ensure_respondent(tx, round_id, user_id, display_name).await?;
    if fields.is_empty() {
        return Ok((respondent, Vec::new()));
    }
    let mut q = Query::insert()
        .into_table(SelfcheckAssignments::Table)
        .columns([SelfcheckAssignments::RespondentId, SelfcheckAssignments::FieldId])
        .on_conflict(
            OnConflict::columns([SelfcheckAssignments::RespondentId, SelfcheckAssignments::FieldId])
                .do_nothing()
                .to_owned(),
        )
        // Only the rows really inserted come back, so two requests at the same moment cannot
        // both report (and mail) the same field as new.
        .returning_col(SelfcheckAssignments::FieldId)
        .to_owned();
    let mut unique: Vec<&str> = Vec::with_capacity(fields.len());
    for field in fields {
        if !unique.contains(field) {
            unique.push(field);
        }
    }
    for field in &unique {
        q.values_panic([respondent.into(), (*field).into()]);
    }
    let inserted: HashSet<String> = tx
        .fetch_all::<FieldRow>(&q)
        .await?
        .into_iter()
        .map(|r| r.field_id)
        .collect();
    let added = unique
        .into_iter()
        .filter(|f| inserted.contains(*f))
        .map(str::to_owned)
        .collect();
    Ok((respondent, added))
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
    // The round may have been closed since it was read: re-check inside the transaction, and count
    // up its revision there, so kept results of the round's earlier answers are not shown again.
    if !bump_revision_if_open(&mut tx, round.id).await? {
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

/// Counts up the revision of round `round_id` if it is open, in the caller's transaction (which it
/// also makes the round's writer, so a concurrent close waits); false when the round is closed.
pub async fn bump_revision_if_open(tx: &mut Tx, round_id: Uuid) -> DbResult<bool> {
    let q = Query::update()
        .table(SelfcheckRounds::Table)
        .value(SelfcheckRounds::Revision, Expr::col(SelfcheckRounds::Revision).add(1))
        .and_where(Expr::col(SelfcheckRounds::Id).eq(round_id))
        .and_where(Expr::col(SelfcheckRounds::Status).eq("open"))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
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

/// A round by its id alone; the API resolves the municipality from it and then checks membership.
pub async fn round_by_id(db: &Db, round_id: Uuid) -> DbResult<Option<RoundRow>> {
    let q = Query::select()
        .columns(ROUND_COLUMNS)
        .from(SelfcheckRounds::Table)
        .and_where(Expr::col(SelfcheckRounds::Id).eq(round_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A respondent of a round with one of their assigned fields (a respondent without fields, e.g.
/// one imported from paper or a coordinator answering freely, appears once with `field_id` None).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RespondentFieldRow {
    /// Respondent id.
    pub respondent_id: Uuid,
    /// The account, gone when it was deleted.
    pub user_id: Option<Uuid>,
    /// Name shown in progress and results.
    pub display_name: String,
    /// An assigned field.
    pub field_id: Option<String>,
    /// When the respondent marked that field done.
    pub done_at: Option<OffsetDateTime>,
}

/// Every respondent of a round with their assigned fields, in the order they joined.
pub async fn respondent_fields(db: &Db, round_id: Uuid) -> DbResult<Vec<RespondentFieldRow>> {
    let q = Query::select()
        .expr_as(
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id)),
            RespondentAlias::RespondentId,
        )
        .column((SelfcheckRespondents::Table, SelfcheckRespondents::UserId))
        .column((SelfcheckRespondents::Table, SelfcheckRespondents::DisplayName))
        .column((SelfcheckAssignments::Table, SelfcheckAssignments::FieldId))
        .column((SelfcheckAssignments::Table, SelfcheckAssignments::DoneAt))
        .from(SelfcheckRespondents::Table)
        .left_join(
            SelfcheckAssignments::Table,
            Expr::col((SelfcheckAssignments::Table, SelfcheckAssignments::RespondentId))
                .equals((SelfcheckRespondents::Table, SelfcheckRespondents::Id)),
        )
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
        .order_by(
            (SelfcheckRespondents::Table, SelfcheckRespondents::CreatedAt),
            Order::Asc,
        )
        .order_by((SelfcheckRespondents::Table, SelfcheckRespondents::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

#[derive(sea_query::Iden)]
enum RespondentAlias {
    RespondentId,
}

/// One stored answer with its respondent.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AnswerRecord {
    /// Respondent id.
    pub respondent_id: Uuid,
    /// Statement id.
    pub item_id: String,
    /// Answer code (see [`AnswerValue::code`]).
    pub value: String,
    /// Comment.
    pub comment: Option<String>,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

impl AnswerRecord {
    /// The parsed answer; the table's CHECK constraint makes `None` impossible in practice.
    pub fn answer(&self) -> Option<AnswerValue> {
        AnswerValue::parse(&self.value)
    }
}

fn answer_query(round_id: Uuid) -> sea_query::SelectStatement {
    Query::select()
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::ItemId))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::Value))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::Comment))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::UpdatedAt))
        .from(SelfcheckAnswers::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id))
                .equals((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId)),
        )
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
        .to_owned()
}

/// A statement a respondent answered (in any way), as progress counts it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AnsweredItem {
    /// Respondent id.
    pub respondent_id: Uuid,
    /// Statement id.
    pub item_id: String,
}

/// Which statements each respondent of a round answered: only the two columns progress needs, as
/// decoding values, comments and timestamps of thousands of answers costs more than the query.
pub async fn answered_items(db: &Db, round_id: Uuid) -> DbResult<Vec<AnsweredItem>> {
    let q = Query::select()
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId))
        .column((SelfcheckAnswers::Table, SelfcheckAnswers::ItemId))
        .from(SelfcheckAnswers::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id))
                .equals((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId)),
        )
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
        .to_owned();
    db.fetch_all(&q).await
}

/// The revision of round `round_id` (0 for an unknown round): it names the state of its answers.
pub async fn round_revision(db: &Db, round_id: Uuid) -> DbResult<i64> {
    let q = Query::select()
        .column(SelfcheckRounds::Revision)
        .from(SelfcheckRounds::Table)
        .and_where(Expr::col(SelfcheckRounds::Id).eq(round_id))
        .to_owned();
    let row: Option<(i64,)> = db.fetch_optional(&q).await?;
    Ok(row.map_or(0, |(r,)| r))
}

/// Which statements each respondent answered, kept per round and revision: the thousands of rows
/// are the same as long as the revision is (every save and import counts it up), so a round's
/// page reads them once per change instead of on every visit.
pub async fn answered_items_at_revision(db: &Db, round_id: Uuid) -> DbResult<Arc<Vec<AnsweredItem>>> {
    /// A round's answered statements at a revision.
    type Kept = (i64, Arc<Vec<AnsweredItem>>);
    static KEPT: LazyLock<Mutex<HashMap<Uuid, Kept>>> = LazyLock::new(Default::default);
    /// Rounds kept before the map starts over.
    const CAPACITY: usize = 256;
    let revision = round_revision(db, round_id).await?;
    if let Some((kept, items)) = KEPT.lock().ok().and_then(|m| m.get(&round_id).cloned())
        && kept == revision
    {
        return Ok(items);
    }
    let items = Arc::new(answered_items(db, round_id).await?);
    if let Ok(mut map) = KEPT.lock() {
        if map.len() >= CAPACITY {
            map.clear();
        }
        map.insert(round_id, (revision, Arc::clone(&items)));
    }
    Ok(items)
}

/// Every answer of a round (for results and exports), one query.
pub async fn round_answers(db: &Db, round_id: Uuid) -> DbResult<Vec<AnswerRecord>> {
    db.fetch_all(&answer_query(round_id)).await
}

/// One member's own answers in a round.
pub async fn my_answers(db: &Db, round_id: Uuid, user_id: Uuid) -> DbResult<Vec<AnswerRecord>> {
    let q = answer_query(round_id)
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::UserId)).eq(user_id))
        .to_owned();
    db.fetch_all(&q).await
}

/// Marks a member's field done (or not done again); false when the field is not assigned to them.
pub async fn set_field_done(db: &Db, round_id: Uuid, user_id: Uuid, field_id: &str, done: bool) -> DbResult<bool> {
    let mut tx = db.begin().await?;
    let Some(respondent) = respondent_id(&mut tx, round_id, user_id).await? else {
        return Ok(false);
    };
    let q = Query::update()
        .table(SelfcheckAssignments::Table)
        .value(SelfcheckAssignments::DoneAt, if done { Some(now()) } else { None })
        .and_where(Expr::col(SelfcheckAssignments::RespondentId).eq(respondent))
        .and_where(Expr::col(SelfcheckAssignments::FieldId).eq(field_id))
        .to_owned();
    let changed = tx.execute(&q).await? == 1;
    tx.commit().await?;
    Ok(changed)
}

#[derive(sqlx::FromRow)]
struct RespondentWho {
    display_name: String,
    email: Option<String>,
}

/// Removes a field from a respondent of `round_id` (their answers stay; they count as long as
/// they exist) and records that in the round's history; false when there was no such assignment.
pub async fn unassign(db: &Db, round_id: Uuid, respondent_id: Uuid, field_id: &str, actor: Uuid) -> DbResult<bool> {
    use weltoffen_platform::schema::Users;
    let mut tx = db.begin().await?;
    let who = tx
        .fetch_optional::<RespondentWho>(
            &Query::select()
                .column((SelfcheckRespondents::Table, SelfcheckRespondents::DisplayName))
                .column((Users::Table, Users::Email))
                .from(SelfcheckRespondents::Table)
                .left_join(
                    Users::Table,
                    Expr::col((Users::Table, Users::Id))
                        .equals((SelfcheckRespondents::Table, SelfcheckRespondents::UserId)),
                )
                .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id)).eq(respondent_id))
                .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)).eq(round_id))
                .to_owned(),
        )
        .await?;
    let Some(who) = who else {
        return Ok(false);
    };
    let q = Query::delete()
        .from_table(SelfcheckAssignments::Table)
        .and_where(Expr::col(SelfcheckAssignments::RespondentId).eq(respondent_id))
        .and_where(Expr::col(SelfcheckAssignments::FieldId).eq(field_id))
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(false);
    }
    let detail = AssignmentDetail {
        email: who.email,
        name: Some(who.display_name),
        fields: vec![field_id.to_owned()],
        invited: false,
    };
    record_event(&mut tx, round_id, &RoundEvent::Unassigned(detail), Some(actor)).await?;
    tx.commit().await?;
    Ok(true)
}

/// A colleague invited to a round who has no account yet (or has not opened the Selbstcheck).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    /// The round.
    pub round_id: Uuid,
    /// The invited address (lower case).
    pub email: String,
    /// Field ids, comma-separated.
    pub fields: String,
}

impl InvitationRow {
    /// The invited fields.
    pub fn field_ids(&self) -> Vec<&str> {
        self.fields.split(',').filter(|f| !f.is_empty()).collect()
    }
}

/// The fields of an invitation after it was recorded or extended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitedFields {
    /// Fields the invitation did not hold before, in the order given.
    pub added: Vec<String>,
    /// Every field the invitation now holds.
    pub all: Vec<String>,
}

/// Records (or extends) an invitation of `email` to answer `fields` of a round.
pub async fn invite(
    tx: &mut Tx,
    round_id: Uuid,
    email: &str,
    fields: &[&str],
    invited_by: Uuid,
) -> DbResult<InvitedFields> {
    let existing = tx
        .fetch_optional::<InvitationRow>(
            &Query::select()
                .columns([
                    SelfcheckInvitations::RoundId,
                    SelfcheckInvitations::Email,
                    SelfcheckInvitations::Fields,
                ])
                .from(SelfcheckInvitations::Table)
                .and_where(Expr::col(SelfcheckInvitations::RoundId).eq(round_id))
                .and_where(Expr::col(SelfcheckInvitations::Email).eq(email))
                .to_owned(),
        )
        .await?;
    let mut all: Vec<String> = existing
        .as_ref()
        .map(|e| e.field_ids().into_iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let mut added = Vec::new();
    for f in fields {
        if !all.iter().any(|a| a == f) {
            all.push((*f).to_owned());
            added.push((*f).to_owned());
        }
    }
    let joined = all.join(",");
    let q = Query::insert()
        .into_table(SelfcheckInvitations::Table)
        .columns([
            SelfcheckInvitations::RoundId,
            SelfcheckInvitations::Email,
            SelfcheckInvitations::Fields,
            SelfcheckInvitations::InvitedBy,
            SelfcheckInvitations::CreatedAt,
        ])
        .values_panic([
            round_id.into(),
            email.into(),
            joined.as_str().into(),
            invited_by.into(),
            now().into(),
        ])
        .on_conflict(
            OnConflict::columns([SelfcheckInvitations::RoundId, SelfcheckInvitations::Email])
                .update_columns([SelfcheckInvitations::Fields])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    Ok(InvitedFields { added, all })
}

/// The pending invitations of a round.
pub async fn invitations(db: &Db, round_id: Uuid) -> DbResult<Vec<InvitationRow>> {
    let q = Query::select()
        .columns([
            SelfcheckInvitations::RoundId,
            SelfcheckInvitations::Email,
            SelfcheckInvitations::Fields,
        ])
        .from(SelfcheckInvitations::Table)
        .and_where(Expr::col(SelfcheckInvitations::RoundId).eq(round_id))
        .order_by(SelfcheckInvitations::CreatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Turns the invitations of `email` into assignments of the member `user_id`; one query when
/// there are none, which is the common case on every Selbstcheck page.
pub async fn claim_invitations(db: &Db, user_id: Uuid, email: &str, display_name: &str) -> DbResult<usize> {
    let q = Query::select()
        .columns([
            SelfcheckInvitations::RoundId,
            SelfcheckInvitations::Email,
            SelfcheckInvitations::Fields,
        ])
        .from(SelfcheckInvitations::Table)
        .and_where(Expr::col(SelfcheckInvitations::Email).eq(email.to_lowercase()))
        .to_owned();
    let pending: Vec<InvitationRow> = db.fetch_all(&q).await?;
    for invitation in &pending {
        assign(db, invitation.round_id, user_id, display_name, &invitation.field_ids()).await?;
        let delete = Query::delete()
            .from_table(SelfcheckInvitations::Table)
            .and_where(Expr::col(SelfcheckInvitations::RoundId).eq(invitation.round_id))
            .and_where(Expr::col(SelfcheckInvitations::Email).eq(invitation.email.as_str()))
            .to_owned();
        db.execute(&delete).await?;
    }
    Ok(pending.len())
}

/// The rounds in which a member has a respondent entry (to list "your fields" on the overview).
pub async fn rounds_of_respondent(db: &Db, municipality_id: Uuid, user_id: Uuid) -> DbResult<Vec<Uuid>> {
    let q = Query::select()
        .column((SelfcheckRounds::Table, SelfcheckRounds::Id))
        .from(SelfcheckRounds::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId))
                .equals((SelfcheckRounds::Table, SelfcheckRounds::Id)),
        )
        .and_where(Expr::col((SelfcheckRounds::Table, SelfcheckRounds::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::UserId)).eq(user_id))
        .to_owned();
    Ok(db.fetch_all::<IdRow>(&q).await?.into_iter().map(|r| r.id).collect())
}

/// One entry of a round's history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoundEventRow {
    /// The code of a [`RoundEvent`].
    pub event: String,
    /// Its facts as JSON, for the events that have some.
    pub detail: Option<String>,
    /// Who did it (gone when the account was deleted).
    pub actor_name: Option<String>,
    /// When.
    pub occurred_at: OffsetDateTime,
}

impl RoundEventRow {
    /// The event with its facts; `None` when the stored row does not make sense to this version.
    pub fn kind(&self) -> Option<RoundEvent> {
        RoundEvent::from_stored(&self.event, self.detail.as_deref())
    }
}

/// The history of a round, oldest first, with the names of those who acted.
pub async fn round_events(db: &Db, round_id: Uuid) -> DbResult<Vec<RoundEventRow>> {
    use weltoffen_platform::schema::Users;
    let q = Query::select()
        .column((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::Event))
        .column((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::Detail))
        .expr_as(Expr::col((Users::Table, Users::Name)), EventAlias::ActorName)
        .column((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::OccurredAt))
        .from(SelfcheckRoundEvents::Table)
        .left_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::ActorId)),
        )
        .and_where(Expr::col((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::RoundId)).eq(round_id))
        .order_by(
            (SelfcheckRoundEvents::Table, SelfcheckRoundEvents::OccurredAt),
            Order::Asc,
        )
        .order_by((SelfcheckRoundEvents::Table, SelfcheckRoundEvents::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

#[derive(sea_query::Iden)]
enum EventAlias {
    ActorName,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(event: &RoundEvent) -> Option<RoundEvent> {
        RoundEvent::from_stored(event.code(), event.detail().as_deref())
    }

    #[test]
    fn round_events_survive_the_trip_through_code_and_detail() {
        let assigned = AssignmentDetail {
            email: Some("kim@example.org".into()),
            name: Some("Kim".into()),
            fields: vec!["management".into(), "opening".into()],
            invited: false,
        };
        let events = [
            RoundEvent::Started,
            RoundEvent::Closed,
            RoundEvent::Reopened,
            RoundEvent::Assigned(assigned.clone()),
            RoundEvent::Assigned(AssignmentDetail {
                email: Some("neu@example.org".into()),
                name: None,
                fields: vec!["work".into()],
                invited: true,
            }),
            RoundEvent::Unassigned(AssignmentDetail {
                email: None,
                name: Some("Jugendamt".into()),
                fields: vec!["access".into()],
                invited: false,
            }),
            RoundEvent::Imported(ImportDetail {
                respondents: 3,
                new_respondents: 2,
                answers: 120,
            }),
        ];
        for event in events {
            assert_eq!(stored(&event), Some(event.clone()), "{event:?}");
        }
        assert_eq!(RoundEvent::Started.detail(), None, "no detail where there are no facts");
    }

    #[test]
    fn the_detail_is_data_without_empty_parts() {
        let detail = RoundEvent::Assigned(AssignmentDetail {
            email: Some("neu@example.org".into()),
            name: None,
            fields: vec!["work".into()],
            invited: true,
        })
        .detail()
        .unwrap();
        assert_eq!(
            detail,
            r#"{"email":"neu@example.org","fields":["work"],"invited":true}"#
        );
        let member = RoundEvent::Assigned(AssignmentDetail {
            email: Some("kim@example.org".into()),
            name: Some("Kim".into()),
            fields: vec!["work".into()],
            invited: false,
        })
        .detail()
        .unwrap();
        assert!(!member.contains("invited"), "{member}");
    }

    #[test]
    fn stored_rows_that_make_no_sense_are_not_guessed_at() {
        assert_eq!(RoundEvent::from_stored("renamed", None), None, "unknown code");
        assert_eq!(RoundEvent::from_stored("assigned", None), None, "facts missing");
        assert_eq!(RoundEvent::from_stored("assigned", Some("kein json")), None);
        assert_eq!(
            RoundEvent::from_stored("assigned", Some(r#"{"email":"a@b.example","fields":[]}"#)),
            None,
            "no fields"
        );
        assert_eq!(
            RoundEvent::from_stored("unassigned", Some(r#"{"fields":["work"]}"#)),
            None,
            "nobody"
        );
        assert_eq!(RoundEvent::from_stored("imported", Some(r#"{"answers":3}"#)), None);
        // A started round needs no facts, and ignores any.
        assert_eq!(
            RoundEvent::from_stored("started", Some("{}")),
            Some(RoundEvent::Started)
        );
    }
}
