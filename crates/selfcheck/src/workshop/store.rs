//! Queries of the workshop. Every read of a workshop by id takes the municipality (the guest link
//! finds it by the hash of its token instead), and writes take a transaction, so a use case in
//! `service` checks and changes together. Rows that must not change under a check (the workshop's
//! status, a participant's dots) are locked with `FOR UPDATE`/`FOR SHARE` on PostgreSQL; SQLite
//! serialises writers with `BEGIN IMMEDIATE` and ignores the lock clause.

use sea_query::{Expr, ExprTrait, Func, LockType, OnConflict, Order, Query, SelectStatement};
use time::{Date, OffsetDateTime};
use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult, Tx};

use super::input::{DecisionInput, JoinInput, WorkshopInput};
use super::model::{ParticipantRole, WorkshopStatus};
use crate::schema::*;

/// A workshop as stored, with the title of its round.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WorkshopRow {
    /// Id.
    pub id: Uuid,
    /// The municipality.
    pub municipality_id: Uuid,
    /// The closed round whose results are discussed.
    pub round_id: Uuid,
    /// That round's title.
    pub round_title: String,
    /// Title.
    pub title: String,
    /// Date.
    pub held_on: Date,
    /// Start time, `HH:MM`.
    pub start_time: Option<String>,
    /// Place.
    pub place: String,
    /// Link of an online meeting.
    pub online_link: String,
    /// Dots per participant.
    pub dots_per_participant: i32,
    /// The field on the projector.
    pub current_field: Option<String>,
    /// `open` or `closed`.
    pub status: String,
    /// What the share link's token is derived from.
    pub link_nonce: String,
    /// Last day of the share link.
    pub link_expires_on: Date,
    /// Created at.
    pub created_at: OffsetDateTime,
    /// Closed at.
    pub closed_at: Option<OffsetDateTime>,
}

impl WorkshopRow {
    /// The status.
    pub fn status(&self) -> WorkshopStatus {
        WorkshopStatus::parse(&self.status)
    }
    /// True while comments, dots and decisions are taken.
    pub fn is_open(&self) -> bool {
        self.status() == WorkshopStatus::Open
    }
    /// Dots per participant (the CHECK constraint keeps it within 1–20).
    pub fn dots(&self) -> u32 {
        u32::try_from(self.dots_per_participant).unwrap_or(0)
    }
}

#[derive(sea_query::Iden)]
enum Alias {
    RoundTitle,
    Number,
    Role,
    DisplayName,
    ShowName,
    WorkshopTitle,
    HeldOn,
    MeasureId,
    MeasureTitle,
    RoundId,
}

fn workshop_select() -> SelectStatement {
    Query::select()
        .columns([
            (Workshops::Table, Workshops::Id),
            (Workshops::Table, Workshops::MunicipalityId),
            (Workshops::Table, Workshops::RoundId),
        ])
        .expr_as(
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Title)),
            Alias::RoundTitle,
        )
        .columns([
            (Workshops::Table, Workshops::Title),
            (Workshops::Table, Workshops::HeldOn),
            (Workshops::Table, Workshops::StartTime),
            (Workshops::Table, Workshops::Place),
            (Workshops::Table, Workshops::OnlineLink),
            (Workshops::Table, Workshops::DotsPerParticipant),
            (Workshops::Table, Workshops::CurrentField),
            (Workshops::Table, Workshops::Status),
            (Workshops::Table, Workshops::LinkNonce),
            (Workshops::Table, Workshops::LinkExpiresOn),
            (Workshops::Table, Workshops::CreatedAt),
            (Workshops::Table, Workshops::ClosedAt),
        ])
        .from(Workshops::Table)
        .inner_join(
            SelfcheckRounds::Table,
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id)).equals((Workshops::Table, Workshops::RoundId)),
        )
        .to_owned()
}

/// The workshop `id` if it belongs to `municipality_id`.
pub async fn workshop(db: &Db, municipality_id: Uuid, id: Uuid) -> DbResult<Option<WorkshopRow>> {
    let q = workshop_select()
        .and_where(Expr::col((Workshops::Table, Workshops::Id)).eq(id))
        .and_where(Expr::col((Workshops::Table, Workshops::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// The workshop `id` of whichever municipality; only for the API, which checks the token user's
/// membership before it shows anything.
pub async fn workshop_by_id(db: &Db, id: Uuid) -> DbResult<Option<WorkshopRow>> {
    let q = workshop_select()
        .and_where(Expr::col((Workshops::Table, Workshops::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// The workshop whose share link's token has the hash `token_hash`.
pub async fn workshop_by_link(db: &Db, token_hash: &str) -> DbResult<Option<WorkshopRow>> {
    let q = workshop_select()
        .and_where(Expr::col((Workshops::Table, Workshops::LinkTokenHash)).eq(token_hash))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A municipality's workshops, newest date first.
pub async fn workshops(db: &Db, municipality_id: Uuid) -> DbResult<Vec<WorkshopRow>> {
    let q = workshop_select()
        .and_where(Expr::col((Workshops::Table, Workshops::MunicipalityId)).eq(municipality_id))
        .order_by((Workshops::Table, Workshops::HeldOn), Order::Desc)
        .order_by((Workshops::Table, Workshops::Id), Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Stores a new workshop and its agenda; the first field of the agenda is the current one.
pub async fn insert_workshop(
    tx: &mut Tx,
    municipality_id: Uuid,
    input: &WorkshopInput,
    link: (&str, &str),
    actor: Option<Uuid>,
    at: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let (nonce, token_hash) = link;
    let q = Query::insert()
        .into_table(Workshops::Table)
        .columns([
            Workshops::Id,
            Workshops::MunicipalityId,
            Workshops::RoundId,
            Workshops::Title,
            Workshops::HeldOn,
            Workshops::StartTime,
            Workshops::Place,
            Workshops::OnlineLink,
            Workshops::DotsPerParticipant,
            Workshops::CurrentField,
            Workshops::Status,
            Workshops::LinkNonce,
            Workshops::LinkTokenHash,
            Workshops::LinkExpiresOn,
            Workshops::CreatedBy,
            Workshops::CreatedAt,
            Workshops::UpdatedAt,
        ])
        .values_panic([
            id.into(),
            municipality_id.into(),
            input.round_id.into(),
            input.title.as_str().into(),
            input.held_on.into(),
            input.start_time.clone().into(),
            input.place.as_str().into(),
            input.online_link.as_str().into(),
            i32::try_from(input.dots).unwrap_or(1).into(),
            input.fields.first().cloned().into(),
            WorkshopStatus::Open.code().into(),
            nonce.into(),
            token_hash.into(),
            input.link_expires_on.into(),
            actor.into(),
            at.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    insert_agenda(tx, id, &input.fields).await?;
    Ok(id)
}

async fn insert_agenda(tx: &mut Tx, workshop_id: Uuid, fields: &[String]) -> DbResult<()> {
    if fields.is_empty() {
        return Ok(());
    }
    let mut q = Query::insert()
        .into_table(WorkshopAgenda::Table)
        .columns([
            WorkshopAgenda::WorkshopId,
            WorkshopAgenda::FieldId,
            WorkshopAgenda::Position,
        ])
        .to_owned();
    for (position, field) in fields.iter().enumerate() {
        q.values_panic([
            workshop_id.into(),
            field.as_str().into(),
            i32::try_from(position).unwrap_or(i32::MAX).into(),
        ]);
    }
    tx.execute(&q).await?;
    Ok(())
}

/// Overwrites a workshop's attributes and agenda while it is open; false when it is not (or no
/// longer) the municipality's or is closed. A current field that left the agenda moves to the
/// agenda's first.
pub async fn update_workshop(
    tx: &mut Tx,
    municipality_id: Uuid,
    id: Uuid,
    input: &WorkshopInput,
    current_field: Option<String>,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let q = Query::update()
        .table(Workshops::Table)
        .value(Workshops::Title, input.title.as_str())
        .value(Workshops::RoundId, input.round_id)
        .value(Workshops::HeldOn, input.held_on)
        .value(Workshops::StartTime, input.start_time.clone())
        .value(Workshops::Place, input.place.as_str())
        .value(Workshops::OnlineLink, input.online_link.as_str())
        .value(Workshops::DotsPerParticipant, i32::try_from(input.dots).unwrap_or(1))
        .value(Workshops::CurrentField, current_field)
        .value(Workshops::LinkExpiresOn, input.link_expires_on)
        .value(Workshops::UpdatedAt, at)
        .and_where(Expr::col(Workshops::Id).eq(id))
        .and_where(Expr::col(Workshops::MunicipalityId).eq(municipality_id))
        .and_where(Expr::col(Workshops::Status).eq(WorkshopStatus::Open.code()))
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(false);
    }
    let q = Query::delete()
        .from_table(WorkshopAgenda::Table)
        .and_where(Expr::col(WorkshopAgenda::WorkshopId).eq(id))
        .to_owned();
    tx.execute(&q).await?;
    insert_agenda(tx, id, &input.fields).await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct FieldIdRow {
    field_id: String,
}

/// The agenda's field ids in their order.
pub async fn agenda(db: &Db, workshop_id: Uuid) -> DbResult<Vec<String>> {
    let q = Query::select()
        .column(WorkshopAgenda::FieldId)
        .from(WorkshopAgenda::Table)
        .and_where(Expr::col(WorkshopAgenda::WorkshopId).eq(workshop_id))
        .order_by(WorkshopAgenda::Position, Order::Asc)
        .to_owned();
    Ok(db
        .fetch_all::<FieldIdRow>(&q)
        .await?
        .into_iter()
        .map(|r| r.field_id)
        .collect())
}

#[derive(sqlx::FromRow)]
struct StatusRow {
    status: String,
}

/// Locks the workshop's row for the rest of the transaction and reads its status; `None` when it
/// is gone. `exclusive` for changes of the workshop itself (closing, joining, which numbers the
/// participants), shared for comments and dots, which must not cross a closing.
pub async fn lock_workshop(tx: &mut Tx, id: Uuid, exclusive: bool) -> DbResult<Option<WorkshopStatus>> {
    let q = Query::select()
        .column(Workshops::Status)
        .from(Workshops::Table)
        .and_where(Expr::col(Workshops::Id).eq(id))
        .lock(if exclusive { LockType::Update } else { LockType::Share })
        .to_owned();
    Ok(tx
        .fetch_optional::<StatusRow>(&q)
        .await?
        .map(|r| WorkshopStatus::parse(&r.status)))
}

/// A participant as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ParticipantRow {
    /// Id.
    pub id: Uuid,
    /// The workshop.
    pub workshop_id: Uuid,
    /// The member's account, if a member joined.
    pub user_id: Option<Uuid>,
    /// The name given (may be empty).
    pub display_name: String,
    /// Consent to show the name.
    pub show_name: bool,
    /// Role code.
    pub role: String,
    /// Number in the order of joining, from 1.
    pub number: i32,
    /// Joined at.
    pub joined_at: OffsetDateTime,
}

impl ParticipantRow {
    /// The role (the CHECK constraint makes the fallback unreachable in practice).
    pub fn role(&self) -> ParticipantRole {
        ParticipantRole::parse(&self.role).unwrap_or(ParticipantRole::Other)
    }
    /// The number in the order of joining.
    pub fn number(&self) -> u32 {
        u32::try_from(self.number).unwrap_or(0)
    }
}

fn participant_select() -> SelectStatement {
    Query::select()
        .columns([
            WorkshopParticipants::Id,
            WorkshopParticipants::WorkshopId,
            WorkshopParticipants::UserId,
            WorkshopParticipants::DisplayName,
            WorkshopParticipants::ShowName,
            WorkshopParticipants::Role,
            WorkshopParticipants::Number,
            WorkshopParticipants::JoinedAt,
        ])
        .from(WorkshopParticipants::Table)
        .to_owned()
}

/// The participants of a workshop in the order of joining.
pub async fn participants(db: &Db, workshop_id: Uuid) -> DbResult<Vec<ParticipantRow>> {
    let q = participant_select()
        .and_where(Expr::col(WorkshopParticipants::WorkshopId).eq(workshop_id))
        .order_by(WorkshopParticipants::Number, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// The participant of `workshop_id` whose cookie secret has the hash `secret_hash`.
pub async fn participant_by_secret(db: &Db, workshop_id: Uuid, secret_hash: &str) -> DbResult<Option<ParticipantRow>> {
    let q = participant_select()
        .and_where(Expr::col(WorkshopParticipants::WorkshopId).eq(workshop_id))
        .and_where(Expr::col(WorkshopParticipants::SecretHash).eq(secret_hash))
        .to_owned();
    db.fetch_optional(&q).await
}

/// The participant a member became in `workshop_id`, if they joined.
pub async fn participant_of_user(tx: &mut Tx, workshop_id: Uuid, user_id: Uuid) -> DbResult<Option<ParticipantRow>> {
    let q = participant_select()
        .and_where(Expr::col(WorkshopParticipants::WorkshopId).eq(workshop_id))
        .and_where(Expr::col(WorkshopParticipants::UserId).eq(user_id))
        .to_owned();
    tx.fetch_optional(&q).await
}

/// Gives a participant a new cookie secret (a member joining again from another device).
pub async fn set_participant_secret(tx: &mut Tx, participant_id: Uuid, secret_hash: &str) -> DbResult<()> {
    let q = Query::update()
        .table(WorkshopParticipants::Table)
        .value(WorkshopParticipants::SecretHash, secret_hash)
        .and_where(Expr::col(WorkshopParticipants::Id).eq(participant_id))
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Adds a participant with the next number; the caller holds the workshop's row locked, so two
/// joins never get the same number.
pub async fn insert_participant(
    tx: &mut Tx,
    workshop_id: Uuid,
    input: &JoinInput,
    user_id: Option<Uuid>,
    secret_hash: &str,
    at: OffsetDateTime,
) -> DbResult<Uuid> {
    #[derive(sqlx::FromRow)]
    struct Last {
        number: Option<i32>,
    }
    let last = tx
        .fetch_optional::<Last>(
            &Query::select()
                .expr_as(Func::max(Expr::col(WorkshopParticipants::Number)), Alias::Number)
                .from(WorkshopParticipants::Table)
                .and_where(Expr::col(WorkshopParticipants::WorkshopId).eq(workshop_id))
                .to_owned(),
        )
        .await?
        .and_then(|l| l.number);
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(WorkshopParticipants::Table)
        .columns([
            WorkshopParticipants::Id,
            WorkshopParticipants::WorkshopId,
            WorkshopParticipants::UserId,
            WorkshopParticipants::DisplayName,
            WorkshopParticipants::ShowName,
            WorkshopParticipants::Role,
            WorkshopParticipants::Number,
            WorkshopParticipants::SecretHash,
            WorkshopParticipants::JoinedAt,
        ])
        .values_panic([
            id.into(),
            workshop_id.into(),
            user_id.into(),
            input.name.as_str().into(),
            input.show_name.into(),
            input.role.code().into(),
            last.map_or(1, |n| n + 1).into(),
            secret_hash.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Locks a participant's row for the rest of the transaction (their dots are checked against
/// the limit after this); false when the participant is not one of `workshop_id`.
pub async fn lock_participant(tx: &mut Tx, workshop_id: Uuid, participant_id: Uuid) -> DbResult<bool> {
    #[derive(sqlx::FromRow)]
    struct Found {
        #[allow(dead_code)] // read only to learn that the row exists
        id: Uuid,
    }
    let q = Query::select()
        .column(WorkshopParticipants::Id)
        .from(WorkshopParticipants::Table)
        .and_where(Expr::col(WorkshopParticipants::Id).eq(participant_id))
        .and_where(Expr::col(WorkshopParticipants::WorkshopId).eq(workshop_id))
        .lock(LockType::Update)
        .to_owned();
    Ok(tx.fetch_optional::<Found>(&q).await?.is_some())
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// How many dots a participant has given.
pub async fn count_dots(tx: &mut Tx, participant_id: Uuid) -> DbResult<u32> {
    let q = Query::select()
        .expr_as(Expr::col(WorkshopDots::Id).count(), "n")
        .from(WorkshopDots::Table)
        .and_where(Expr::col(WorkshopDots::ParticipantId).eq(participant_id))
        .to_owned();
    let n = tx.fetch_optional::<CountRow>(&q).await?.map_or(0, |c| c.n);
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// True when the participant already sent a dot with this nonce.
pub async fn dot_sent(tx: &mut Tx, participant_id: Uuid, nonce: &str) -> DbResult<bool> {
    let q = Query::select()
        .expr_as(Expr::col(WorkshopDots::Id).count(), "n")
        .from(WorkshopDots::Table)
        .and_where(Expr::col(WorkshopDots::ParticipantId).eq(participant_id))
        .and_where(Expr::col(WorkshopDots::Nonce).eq(nonce))
        .to_owned();
    Ok(tx.fetch_optional::<CountRow>(&q).await?.is_some_and(|c| c.n > 0))
}

/// Records a dot; the unique nonce per participant makes a repeated insert a no-op (false).
pub async fn insert_dot(
    tx: &mut Tx,
    workshop_id: Uuid,
    participant_id: Uuid,
    item_id: &str,
    nonce: &str,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let q = Query::insert()
        .into_table(WorkshopDots::Table)
        .columns([
            WorkshopDots::Id,
            WorkshopDots::WorkshopId,
            WorkshopDots::ParticipantId,
            WorkshopDots::ItemId,
            WorkshopDots::Nonce,
            WorkshopDots::CreatedAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            workshop_id.into(),
            participant_id.into(),
            item_id.into(),
            nonce.into(),
            at.into(),
        ])
        .on_conflict(
            OnConflict::columns([WorkshopDots::ParticipantId, WorkshopDots::Nonce])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Takes back one of the participant's own dots; false when it is not theirs or gone already
/// (so sending the form twice takes back one dot).
pub async fn delete_dot(tx: &mut Tx, participant_id: Uuid, dot_id: Uuid) -> DbResult<bool> {
    let q = Query::delete()
        .from_table(WorkshopDots::Table)
        .and_where(Expr::col(WorkshopDots::Id).eq(dot_id))
        .and_where(Expr::col(WorkshopDots::ParticipantId).eq(participant_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// A dot with the role of the one who gave it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DotRow {
    /// Id.
    pub id: Uuid,
    /// Who gave it.
    pub participant_id: Uuid,
    /// The statement.
    pub item_id: String,
    /// The giver's role code.
    pub role: String,
}

impl DotRow {
    /// The giver's role.
    pub fn role(&self) -> ParticipantRole {
        ParticipantRole::parse(&self.role).unwrap_or(ParticipantRole::Other)
    }
}

/// Every dot of a workshop, oldest first.
pub async fn dots(db: &Db, workshop_id: Uuid) -> DbResult<Vec<DotRow>> {
    let q = Query::select()
        .columns([
            (WorkshopDots::Table, WorkshopDots::Id),
            (WorkshopDots::Table, WorkshopDots::ParticipantId),
            (WorkshopDots::Table, WorkshopDots::ItemId),
        ])
        .column((WorkshopParticipants::Table, WorkshopParticipants::Role))
        .from(WorkshopDots::Table)
        .inner_join(
            WorkshopParticipants::Table,
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::Id))
                .equals((WorkshopDots::Table, WorkshopDots::ParticipantId)),
        )
        .and_where(Expr::col((WorkshopDots::Table, WorkshopDots::WorkshopId)).eq(workshop_id))
        .order_by((WorkshopDots::Table, WorkshopDots::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Records a comment; false when the participant already sent this form (the nonce).
#[allow(clippy::too_many_arguments)] // one column each
pub async fn insert_comment(
    tx: &mut Tx,
    workshop_id: Uuid,
    participant_id: Uuid,
    field_id: &str,
    item_id: Option<&str>,
    body: &str,
    nonce: &str,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let q = Query::insert()
        .into_table(WorkshopComments::Table)
        .columns([
            WorkshopComments::Id,
            WorkshopComments::WorkshopId,
            WorkshopComments::ParticipantId,
            WorkshopComments::FieldId,
            WorkshopComments::ItemId,
            WorkshopComments::Body,
            WorkshopComments::Nonce,
            WorkshopComments::CreatedAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            workshop_id.into(),
            participant_id.into(),
            field_id.into(),
            item_id.into(),
            body.into(),
            nonce.into(),
            at.into(),
        ])
        .on_conflict(
            OnConflict::columns([WorkshopComments::ParticipantId, WorkshopComments::Nonce])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// A comment with what the pages say about its author.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    /// Id.
    pub id: Uuid,
    /// The author.
    pub participant_id: Uuid,
    /// The field.
    pub field_id: String,
    /// The statement, if it is about one.
    pub item_id: Option<String>,
    /// Text.
    pub body: String,
    /// When.
    pub created_at: OffsetDateTime,
    /// The author's role code.
    pub role: String,
    /// The author's number.
    pub number: i32,
    /// The author's name (shown only with consent).
    pub display_name: String,
    /// The author's consent to show the name.
    pub show_name: bool,
}

impl CommentRow {
    /// The author's role.
    pub fn role(&self) -> ParticipantRole {
        ParticipantRole::parse(&self.role).unwrap_or(ParticipantRole::Other)
    }
}

/// Every comment of a workshop in the order they were written.
pub async fn comments(db: &Db, workshop_id: Uuid) -> DbResult<Vec<CommentRow>> {
    let q = Query::select()
        .columns([
            (WorkshopComments::Table, WorkshopComments::Id),
            (WorkshopComments::Table, WorkshopComments::ParticipantId),
            (WorkshopComments::Table, WorkshopComments::FieldId),
            (WorkshopComments::Table, WorkshopComments::ItemId),
            (WorkshopComments::Table, WorkshopComments::Body),
            (WorkshopComments::Table, WorkshopComments::CreatedAt),
        ])
        .expr_as(
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::Role)),
            Alias::Role,
        )
        .expr_as(
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::Number)),
            Alias::Number,
        )
        .expr_as(
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::DisplayName)),
            Alias::DisplayName,
        )
        .expr_as(
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::ShowName)),
            Alias::ShowName,
        )
        .from(WorkshopComments::Table)
        .inner_join(
            WorkshopParticipants::Table,
            Expr::col((WorkshopParticipants::Table, WorkshopParticipants::Id))
                .equals((WorkshopComments::Table, WorkshopComments::ParticipantId)),
        )
        .and_where(Expr::col((WorkshopComments::Table, WorkshopComments::WorkshopId)).eq(workshop_id))
        .order_by((WorkshopComments::Table, WorkshopComments::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Marks a statement of `field_id` agreed (`on`) or takes the mark back; true when that changed
/// anything.
pub async fn set_agreed(
    tx: &mut Tx,
    workshop_id: Uuid,
    item_id: &str,
    field_id: &str,
    on: bool,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let changed = if on {
        let q = Query::insert()
            .into_table(WorkshopAgreed::Table)
            .columns([
                WorkshopAgreed::WorkshopId,
                WorkshopAgreed::ItemId,
                WorkshopAgreed::FieldId,
                WorkshopAgreed::AgreedAt,
            ])
            .values_panic([workshop_id.into(), item_id.into(), field_id.into(), at.into()])
            .on_conflict(
                OnConflict::columns([WorkshopAgreed::WorkshopId, WorkshopAgreed::ItemId])
                    .do_nothing()
                    .to_owned(),
            )
            .to_owned();
        tx.execute(&q).await?
    } else {
        let q = Query::delete()
            .from_table(WorkshopAgreed::Table)
            .and_where(Expr::col(WorkshopAgreed::WorkshopId).eq(workshop_id))
            .and_where(Expr::col(WorkshopAgreed::ItemId).eq(item_id))
            .to_owned();
        tx.execute(&q).await?
    };
    Ok(changed > 0)
}

/// An agreed development potential.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgreedRow {
    /// The statement.
    pub item_id: String,
    /// Its field.
    pub field_id: String,
}

/// The statements a workshop agreed on, in the order they were agreed.
pub async fn agreed(db: &Db, workshop_id: Uuid) -> DbResult<Vec<AgreedRow>> {
    let q = Query::select()
        .columns([WorkshopAgreed::ItemId, WorkshopAgreed::FieldId])
        .from(WorkshopAgreed::Table)
        .and_where(Expr::col(WorkshopAgreed::WorkshopId).eq(workshop_id))
        .order_by(WorkshopAgreed::AgreedAt, Order::Asc)
        .order_by(WorkshopAgreed::ItemId, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Records a decision.
pub async fn insert_decision(
    tx: &mut Tx,
    workshop_id: Uuid,
    input: &DecisionInput,
    actor: Option<Uuid>,
    at: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(WorkshopDecisions::Table)
        .columns([
            WorkshopDecisions::Id,
            WorkshopDecisions::WorkshopId,
            WorkshopDecisions::FieldId,
            WorkshopDecisions::ItemId,
            WorkshopDecisions::Body,
            WorkshopDecisions::FirstStep,
            WorkshopDecisions::Owner,
            WorkshopDecisions::CreatedBy,
            WorkshopDecisions::CreatedAt,
        ])
        .values_panic([
            id.into(),
            workshop_id.into(),
            input.field.as_str().into(),
            input.item.clone().into(),
            input.body.as_str().into(),
            input.first_step.as_str().into(),
            input.owner.as_str().into(),
            actor.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// A decision as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DecisionRow {
    /// Id.
    pub id: Uuid,
    /// The workshop.
    pub workshop_id: Uuid,
    /// The field.
    pub field_id: String,
    /// The statement it takes up.
    pub item_id: Option<String>,
    /// What was decided.
    pub body: String,
    /// First step.
    pub first_step: String,
    /// Who takes it on.
    pub owner: String,
    /// When.
    pub created_at: OffsetDateTime,
}

fn decision_select() -> SelectStatement {
    Query::select()
        .columns([
            (WorkshopDecisions::Table, WorkshopDecisions::Id),
            (WorkshopDecisions::Table, WorkshopDecisions::WorkshopId),
            (WorkshopDecisions::Table, WorkshopDecisions::FieldId),
            (WorkshopDecisions::Table, WorkshopDecisions::ItemId),
            (WorkshopDecisions::Table, WorkshopDecisions::Body),
            (WorkshopDecisions::Table, WorkshopDecisions::FirstStep),
            (WorkshopDecisions::Table, WorkshopDecisions::Owner),
            (WorkshopDecisions::Table, WorkshopDecisions::CreatedAt),
        ])
        .from(WorkshopDecisions::Table)
        .to_owned()
}

/// The decisions of a workshop in the order they were taken.
pub async fn decisions(db: &Db, workshop_id: Uuid) -> DbResult<Vec<DecisionRow>> {
    let q = decision_select()
        .and_where(Expr::col((WorkshopDecisions::Table, WorkshopDecisions::WorkshopId)).eq(workshop_id))
        .order_by((WorkshopDecisions::Table, WorkshopDecisions::CreatedAt), Order::Asc)
        .order_by((WorkshopDecisions::Table, WorkshopDecisions::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A decision with the workshop it was taken in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DecisionWithWorkshop {
    /// The decision.
    #[sqlx(flatten)]
    pub decision: DecisionRow,
    /// The workshop's title.
    pub workshop_title: String,
    /// The workshop's date.
    pub held_on: Date,
    /// The workshop's round.
    pub round_id: Uuid,
}

fn decision_with_workshop() -> SelectStatement {
    decision_select()
        .expr_as(Expr::col((Workshops::Table, Workshops::Title)), Alias::WorkshopTitle)
        .expr_as(Expr::col((Workshops::Table, Workshops::HeldOn)), Alias::HeldOn)
        .expr_as(Expr::col((Workshops::Table, Workshops::RoundId)), Alias::RoundId)
        .inner_join(
            Workshops::Table,
            Expr::col((Workshops::Table, Workshops::Id))
                .equals((WorkshopDecisions::Table, WorkshopDecisions::WorkshopId)),
        )
        .to_owned()
}

/// The decision `id` if its workshop belongs to `municipality_id`.
pub async fn decision(db: &Db, municipality_id: Uuid, id: Uuid) -> DbResult<Option<DecisionWithWorkshop>> {
    let q = decision_with_workshop()
        .and_where(Expr::col((WorkshopDecisions::Table, WorkshopDecisions::Id)).eq(id))
        .and_where(Expr::col((Workshops::Table, Workshops::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// The decision a measure of the municipality was created from, if any (the trace back).
pub async fn decision_of_measure(
    db: &Db,
    municipality_id: Uuid,
    measure_id: Uuid,
) -> DbResult<Option<DecisionWithWorkshop>> {
    let q = decision_with_workshop()
        .inner_join(
            Measures::Table,
            Expr::col((Measures::Table, Measures::WorkshopDecisionId))
                .equals((WorkshopDecisions::Table, WorkshopDecisions::Id)),
        )
        .and_where(Expr::col((Measures::Table, Measures::Id)).eq(measure_id))
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((Workshops::Table, Workshops::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A measure created from a decision of a workshop.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DecisionMeasureRow {
    /// The decision.
    pub workshop_decision_id: Uuid,
    /// The measure.
    pub measure_id: Uuid,
    /// Its title.
    pub measure_title: String,
}

/// The measures created from the decisions of a workshop, oldest first.
pub async fn decision_measures(db: &Db, municipality_id: Uuid, workshop_id: Uuid) -> DbResult<Vec<DecisionMeasureRow>> {
    let q = Query::select()
        .column((Measures::Table, Measures::WorkshopDecisionId))
        .expr_as(Expr::col((Measures::Table, Measures::Id)), Alias::MeasureId)
        .expr_as(Expr::col((Measures::Table, Measures::Title)), Alias::MeasureTitle)
        .from(Measures::Table)
        .inner_join(
            WorkshopDecisions::Table,
            Expr::col((WorkshopDecisions::Table, WorkshopDecisions::Id))
                .equals((Measures::Table, Measures::WorkshopDecisionId)),
        )
        .and_where(Expr::col((WorkshopDecisions::Table, WorkshopDecisions::WorkshopId)).eq(workshop_id))
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .order_by((Measures::Table, Measures::CreatedAt), Order::Asc)
        .order_by((Measures::Table, Measures::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Links a measure of the municipality to the decision it was created from.
pub async fn link_measure(tx: &mut Tx, municipality_id: Uuid, measure_id: Uuid, decision_id: Uuid) -> DbResult<bool> {
    let q = Query::update()
        .table(Measures::Table)
        .value(Measures::WorkshopDecisionId, decision_id)
        .and_where(Expr::col(Measures::Id).eq(measure_id))
        .and_where(Expr::col(Measures::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Puts `field` on the projector while the workshop is open; false otherwise.
pub async fn set_current_field(tx: &mut Tx, workshop_id: Uuid, field: &str, at: OffsetDateTime) -> DbResult<bool> {
    let q = Query::update()
        .table(Workshops::Table)
        .value(Workshops::CurrentField, field)
        .value(Workshops::UpdatedAt, at)
        .and_where(Expr::col(Workshops::Id).eq(workshop_id))
        .and_where(Expr::col(Workshops::Status).eq(WorkshopStatus::Open.code()))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Closes the workshop; false when it was closed already.
pub async fn close(tx: &mut Tx, workshop_id: Uuid, at: OffsetDateTime) -> DbResult<bool> {
    let q = Query::update()
        .table(Workshops::Table)
        .value(Workshops::Status, WorkshopStatus::Closed.code())
        .value(Workshops::ClosedAt, at)
        .value(Workshops::UpdatedAt, at)
        .and_where(Expr::col(Workshops::Id).eq(workshop_id))
        .and_where(Expr::col(Workshops::Status).eq(WorkshopStatus::Open.code()))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// How many workshops a municipality has (the demo adds one only to a municipality without).
pub async fn count(db: &Db, municipality_id: Uuid) -> DbResult<i64> {
    let q = Query::select()
        .expr_as(Expr::col(Workshops::Id).count(), "n")
        .from(Workshops::Table)
        .and_where(Expr::col(Workshops::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(db.fetch_optional::<CountRow>(&q).await?.map_or(0, |c| c.n))
}
