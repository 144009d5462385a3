//! Queries of the action plan. Every read of a measure takes the municipality, so one
//! municipality can never reach another's measure; writes take a transaction, so a use case in
//! `service` changes a measure and its links, milestones and history together or not at all.

use sea_query::{Expr, ExprTrait, Func, Order, Query, SelectStatement};
use time::{Date, OffsetDateTime};
use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult, Tx};
use weltoffen_platform::schema::Users;

use super::input::{MeasureInput, MilestoneInput};
use super::model::{ListFilter, MeasureStatus, OwnerFilter};
use crate::schema::*;

/// A measure as stored, with the names its ids point to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MeasureRow {
    /// Id.
    pub id: Uuid,
    /// The municipality.
    pub municipality_id: Uuid,
    /// Title.
    pub title: String,
    /// Description (may be empty).
    pub description: String,
    /// Status code (see [`MeasureStatus::code`]).
    pub status: String,
    /// Progress in percent.
    pub progress: i32,
    /// The owning member.
    pub owner_user_id: Option<Uuid>,
    /// The owning member's name.
    pub owner_name: Option<String>,
    /// The external owner's name.
    pub owner_external: Option<String>,
    /// Start date.
    pub start_date: Option<Date>,
    /// Due date.
    pub due_date: Option<Date>,
    /// Shown on a public progress page.
    pub public: bool,
    /// The round whose recommendation it takes up.
    pub source_round_id: Option<Uuid>,
    /// That round's title.
    pub source_round_title: Option<String>,
    /// Created at.
    pub created_at: OffsetDateTime,
    /// Last change of the measure itself (an update that changes status or progress counts).
    pub updated_at: OffsetDateTime,
}

impl MeasureRow {
    /// The status; the CHECK constraint makes the fallback unreachable in practice.
    pub fn status(&self) -> MeasureStatus {
        MeasureStatus::parse(&self.status).unwrap_or(MeasureStatus::Planned)
    }
    /// The progress as the domain has it (the CHECK constraint keeps it within 0–100).
    pub fn progress(&self) -> u8 {
        u8::try_from(self.progress.clamp(0, 100)).unwrap_or(0)
    }
}

#[derive(sea_query::Iden)]
enum Alias {
    OwnerName,
    SourceRoundTitle,
    AuthorName,
    Position,
}

fn measure_select() -> SelectStatement {
    Query::select()
        .columns([
            (Measures::Table, Measures::Id),
            (Measures::Table, Measures::MunicipalityId),
            (Measures::Table, Measures::Title),
            (Measures::Table, Measures::Description),
            (Measures::Table, Measures::Status),
            (Measures::Table, Measures::Progress),
            (Measures::Table, Measures::OwnerUserId),
        ])
        .expr_as(Expr::col((Users::Table, Users::Name)), Alias::OwnerName)
        .columns([
            (Measures::Table, Measures::OwnerExternal),
            (Measures::Table, Measures::StartDate),
            (Measures::Table, Measures::DueDate),
            (Measures::Table, Measures::Public),
            (Measures::Table, Measures::SourceRoundId),
        ])
        .expr_as(
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Title)),
            Alias::SourceRoundTitle,
        )
        .columns([
            (Measures::Table, Measures::CreatedAt),
            (Measures::Table, Measures::UpdatedAt),
        ])
        .from(Measures::Table)
        .left_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((Measures::Table, Measures::OwnerUserId)),
        )
        .left_join(
            SelfcheckRounds::Table,
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id)).equals((Measures::Table, Measures::SourceRoundId)),
        )
        .to_owned()
}

/// The measure `id` if it belongs to `municipality_id`.
pub async fn measure(db: &Db, municipality_id: Uuid, id: Uuid) -> DbResult<Option<MeasureRow>> {
    let q = measure_select()
        .and_where(Expr::col((Measures::Table, Measures::Id)).eq(id))
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A municipality's measures matching `filter`, in one query (order them with `model::list_order`).
pub async fn measures(db: &Db, municipality_id: Uuid, filter: &ListFilter) -> DbResult<Vec<MeasureRow>> {
    let mut q = measure_select()
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .order_by((Measures::Table, Measures::CreatedAt), Order::Asc)
        .order_by((Measures::Table, Measures::Id), Order::Asc)
        .to_owned();
    if let Some(field) = &filter.field {
        q.and_where(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from(MeasureFields::Table)
                .and_where(
                    Expr::col((MeasureFields::Table, MeasureFields::MeasureId)).equals((Measures::Table, Measures::Id)),
                )
                .and_where(Expr::col((MeasureFields::Table, MeasureFields::FieldId)).eq(field.as_str()))
                .to_owned(),
        ));
    }
    if let Some(status) = filter.status {
        q.and_where(Expr::col((Measures::Table, Measures::Status)).eq(status.code()));
    }
    match filter.owner {
        OwnerFilter::Any => {}
        OwnerFilter::Member(id) => {
            q.and_where(Expr::col((Measures::Table, Measures::OwnerUserId)).eq(id));
        }
        OwnerFilter::External => {
            q.and_where(Expr::col((Measures::Table, Measures::OwnerExternal)).is_not_null());
        }
        OwnerFilter::Nobody => {
            q.and_where(Expr::col((Measures::Table, Measures::OwnerUserId)).is_null());
            q.and_where(Expr::col((Measures::Table, Measures::OwnerExternal)).is_null());
        }
    }
    db.fetch_all(&q).await
}

/// How many measures a municipality has (the demo adds its plan only to an empty one).
pub async fn count(db: &Db, municipality_id: Uuid) -> DbResult<i64> {
    #[derive(sqlx::FromRow)]
    struct Count {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::col(Measures::Id).count(), "n")
        .from(Measures::Table)
        .and_where(Expr::col(Measures::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(db.fetch_optional::<Count>(&q).await?.map_or(0, |c| c.n))
}

/// A field a measure addresses.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MeasureFieldRow {
    /// The measure.
    pub measure_id: Uuid,
    /// The field.
    pub field_id: String,
}

/// The fields of every measure of a municipality, in one query, for the list and timeline.
pub async fn plan_fields(db: &Db, municipality_id: Uuid) -> DbResult<Vec<MeasureFieldRow>> {
    let q = Query::select()
        .columns([
            (MeasureFields::Table, MeasureFields::MeasureId),
            (MeasureFields::Table, MeasureFields::FieldId),
        ])
        .from(MeasureFields::Table)
        .inner_join(
            Measures::Table,
            Expr::col((Measures::Table, Measures::Id)).equals((MeasureFields::Table, MeasureFields::MeasureId)),
        )
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_all(&q).await
}

#[derive(sqlx::FromRow)]
struct FieldIdRow {
    field_id: String,
}

#[derive(sqlx::FromRow)]
struct ItemIdRow {
    item_id: String,
}

/// The field ids of one measure.
pub async fn fields_of(db: &Db, measure_id: Uuid) -> DbResult<Vec<String>> {
    let q = Query::select()
        .column(MeasureFields::FieldId)
        .from(MeasureFields::Table)
        .and_where(Expr::col(MeasureFields::MeasureId).eq(measure_id))
        .to_owned();
    Ok(db
        .fetch_all::<FieldIdRow>(&q)
        .await?
        .into_iter()
        .map(|r| r.field_id)
        .collect())
}

/// The statement ids one measure addresses.
pub async fn items_of(db: &Db, measure_id: Uuid) -> DbResult<Vec<String>> {
    let q = Query::select()
        .column(MeasureItems::ItemId)
        .from(MeasureItems::Table)
        .and_where(Expr::col(MeasureItems::MeasureId).eq(measure_id))
        .to_owned();
    Ok(db
        .fetch_all::<ItemIdRow>(&q)
        .await?
        .into_iter()
        .map(|r| r.item_id)
        .collect())
}

/// Stores a new measure with its fields and statements; `at` is its creation time.
pub async fn insert_measure(
    tx: &mut Tx,
    municipality_id: Uuid,
    input: &MeasureInput,
    source_round: Option<Uuid>,
    actor: Option<Uuid>,
    at: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(Measures::Table)
        .columns([
            Measures::Id,
            Measures::MunicipalityId,
            Measures::Title,
            Measures::Description,
            Measures::Status,
            Measures::Progress,
            Measures::OwnerUserId,
            Measures::OwnerExternal,
            Measures::StartDate,
            Measures::DueDate,
            Measures::Public,
            Measures::SourceRoundId,
            Measures::CreatedBy,
            Measures::CreatedAt,
            Measures::UpdatedAt,
        ])
        .values_panic([
            id.into(),
            municipality_id.into(),
            input.title.as_str().into(),
            input.description.as_str().into(),
            input.status.code().into(),
            i32::from(input.progress).into(),
            input.owner.user_id().into(),
            input.owner.external().into(),
            input.start_date.into(),
            input.due_date.into(),
            input.public.into(),
            source_round.into(),
            actor.into(),
            at.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    insert_links(tx, id, &input.fields, &input.items).await?;
    Ok(id)
}

async fn insert_links(tx: &mut Tx, measure_id: Uuid, fields: &[String], items: &[String]) -> DbResult<()> {
    if !fields.is_empty() {
        let mut q = Query::insert()
            .into_table(MeasureFields::Table)
            .columns([MeasureFields::MeasureId, MeasureFields::FieldId])
            .to_owned();
        for field in fields {
            q.values_panic([measure_id.into(), field.as_str().into()]);
        }
        tx.execute(&q).await?;
    }
    if !items.is_empty() {
        let mut q = Query::insert()
            .into_table(MeasureItems::Table)
            .columns([MeasureItems::MeasureId, MeasureItems::ItemId])
            .to_owned();
        for item in items {
            q.values_panic([measure_id.into(), item.as_str().into()]);
        }
        tx.execute(&q).await?;
    }
    Ok(())
}

/// Overwrites a measure's attributes and replaces its fields and statements; false when the
/// measure is not (or no longer) the municipality's.
pub async fn update_measure(
    tx: &mut Tx,
    municipality_id: Uuid,
    id: Uuid,
    input: &MeasureInput,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let q = Query::update()
        .table(Measures::Table)
        .value(Measures::Title, input.title.as_str())
        .value(Measures::Description, input.description.as_str())
        .value(Measures::Status, input.status.code())
        .value(Measures::Progress, i32::from(input.progress))
        .value(Measures::OwnerUserId, input.owner.user_id())
        .value(Measures::OwnerExternal, input.owner.external())
        .value(Measures::StartDate, input.start_date)
        .value(Measures::DueDate, input.due_date)
        .value(Measures::Public, input.public)
        .value(Measures::UpdatedAt, at)
        .and_where(Expr::col(Measures::Id).eq(id))
        .and_where(Expr::col(Measures::MunicipalityId).eq(municipality_id))
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(false);
    }
    let q = Query::delete()
        .from_table(MeasureFields::Table)
        .and_where(Expr::col(MeasureFields::MeasureId).eq(id))
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::delete()
        .from_table(MeasureItems::Table)
        .and_where(Expr::col(MeasureItems::MeasureId).eq(id))
        .to_owned();
    tx.execute(&q).await?;
    insert_links(tx, id, &input.fields, &input.items).await?;
    Ok(true)
}

/// Sets status and progress (from an update); false when the measure is not the municipality's.
pub async fn set_state(
    tx: &mut Tx,
    municipality_id: Uuid,
    id: Uuid,
    status: MeasureStatus,
    progress: u8,
    at: OffsetDateTime,
) -> DbResult<bool> {
    let q = Query::update()
        .table(Measures::Table)
        .value(Measures::Status, status.code())
        .value(Measures::Progress, i32::from(progress))
        .value(Measures::UpdatedAt, at)
        .and_where(Expr::col(Measures::Id).eq(id))
        .and_where(Expr::col(Measures::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// A dated update of a measure, with the name of its author.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UpdateRow {
    /// Id.
    pub id: Uuid,
    /// The author's name (gone when the account was deleted).
    pub author_name: Option<String>,
    /// Text (empty when the update only changed status or progress).
    pub body: String,
    /// The status it set.
    pub status: Option<String>,
    /// The progress it set.
    pub progress: Option<i32>,
    /// When.
    pub created_at: OffsetDateTime,
}

impl UpdateRow {
    /// The status it set.
    pub fn new_status(&self) -> Option<MeasureStatus> {
        self.status.as_deref().and_then(MeasureStatus::parse)
    }
}

/// Records an update (`status` and `progress` only when they changed).
pub async fn insert_update(
    tx: &mut Tx,
    measure_id: Uuid,
    author: Option<Uuid>,
    body: &str,
    status: Option<MeasureStatus>,
    progress: Option<u8>,
    at: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(MeasureUpdates::Table)
        .columns([
            MeasureUpdates::Id,
            MeasureUpdates::MeasureId,
            MeasureUpdates::AuthorId,
            MeasureUpdates::Body,
            MeasureUpdates::Status,
            MeasureUpdates::Progress,
            MeasureUpdates::CreatedAt,
        ])
        .values_panic([
            id.into(),
            measure_id.into(),
            author.into(),
            body.into(),
            status.map(MeasureStatus::code).into(),
            progress.map(i32::from).into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// The updates of a measure, newest first.
pub async fn updates(db: &Db, measure_id: Uuid) -> DbResult<Vec<UpdateRow>> {
    let q = Query::select()
        .column((MeasureUpdates::Table, MeasureUpdates::Id))
        .expr_as(Expr::col((Users::Table, Users::Name)), Alias::AuthorName)
        .columns([
            (MeasureUpdates::Table, MeasureUpdates::Body),
            (MeasureUpdates::Table, MeasureUpdates::Status),
            (MeasureUpdates::Table, MeasureUpdates::Progress),
            (MeasureUpdates::Table, MeasureUpdates::CreatedAt),
        ])
        .from(MeasureUpdates::Table)
        .left_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((MeasureUpdates::Table, MeasureUpdates::AuthorId)),
        )
        .and_where(Expr::col((MeasureUpdates::Table, MeasureUpdates::MeasureId)).eq(measure_id))
        .order_by((MeasureUpdates::Table, MeasureUpdates::CreatedAt), Order::Desc)
        .order_by((MeasureUpdates::Table, MeasureUpdates::Id), Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A milestone of a measure.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MilestoneRow {
    /// Id.
    pub id: Uuid,
    /// What is to be reached.
    pub title: String,
    /// By when.
    pub due_date: Option<Date>,
    /// When it was reached.
    pub done_at: Option<OffsetDateTime>,
    /// Order within the measure.
    pub position: i32,
}

/// The milestones of a measure in the order they were added.
pub async fn milestones(db: &Db, measure_id: Uuid) -> DbResult<Vec<MilestoneRow>> {
    let q = Query::select()
        .columns([
            MeasureMilestones::Id,
            MeasureMilestones::Title,
            MeasureMilestones::DueDate,
            MeasureMilestones::DoneAt,
            MeasureMilestones::Position,
        ])
        .from(MeasureMilestones::Table)
        .and_where(Expr::col(MeasureMilestones::MeasureId).eq(measure_id))
        .order_by(MeasureMilestones::Position, Order::Asc)
        .order_by(MeasureMilestones::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Adds a milestone after the measure's last one (`done_at` for one reached already).
pub async fn insert_milestone(
    tx: &mut Tx,
    measure_id: Uuid,
    input: &MilestoneInput,
    done_at: Option<OffsetDateTime>,
) -> DbResult<Uuid> {
    #[derive(sqlx::FromRow)]
    struct Last {
        position: Option<i32>,
    }
    let last = tx
        .fetch_optional::<Last>(
            &Query::select()
                .expr_as(Func::max(Expr::col(MeasureMilestones::Position)), Alias::Position)
                .from(MeasureMilestones::Table)
                .and_where(Expr::col(MeasureMilestones::MeasureId).eq(measure_id))
                .to_owned(),
        )
        .await?
        .and_then(|l| l.position);
    let id = Uuid::now_v7();
    let q = Query::insert()
        .into_table(MeasureMilestones::Table)
        .columns([
            MeasureMilestones::Id,
            MeasureMilestones::MeasureId,
            MeasureMilestones::Title,
            MeasureMilestones::DueDate,
            MeasureMilestones::DoneAt,
            MeasureMilestones::Position,
        ])
        .values_panic([
            id.into(),
            measure_id.into(),
            input.title.as_str().into(),
            input.due_date.into(),
            done_at.into(),
            last.map_or(1, |p| p + 1).into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Marks a milestone of the measure reached (`Some` time) or open again; false when the
/// measure has no such milestone. A milestone reached already keeps its date, so sending the
/// form twice changes nothing.
pub async fn set_milestone_done(
    tx: &mut Tx,
    measure_id: Uuid,
    milestone_id: Uuid,
    done_at: Option<OffsetDateTime>,
) -> DbResult<bool> {
    let value: Expr = match done_at {
        Some(at) => Func::coalesce([Expr::col(MeasureMilestones::DoneAt), Expr::val(at)]).into(),
        None => Expr::val(Option::<OffsetDateTime>::None),
    };
    let q = Query::update()
        .table(MeasureMilestones::Table)
        .value(MeasureMilestones::DoneAt, value)
        .and_where(Expr::col(MeasureMilestones::Id).eq(milestone_id))
        .and_where(Expr::col(MeasureMilestones::MeasureId).eq(measure_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Marks the measure changed (a milestone counts as a change of the measure).
pub async fn touch(tx: &mut Tx, municipality_id: Uuid, id: Uuid, at: OffsetDateTime) -> DbResult<bool> {
    let q = Query::update()
        .table(Measures::Table)
        .value(Measures::UpdatedAt, at)
        .and_where(Expr::col(Measures::Id).eq(id))
        .and_where(Expr::col(Measures::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

// ---------------------------------------------------------------------------------------------
// Reads of the API and the exports (CSV, PDF): whole plans in a few queries, not one per measure.

/// The measure `id` of whichever municipality; only for the API, which checks the token user's
/// membership of the measure's municipality before it shows or changes anything.
pub async fn measure_by_id(db: &Db, id: Uuid) -> DbResult<Option<MeasureRow>> {
    let q = measure_select()
        .and_where(Expr::col((Measures::Table, Measures::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A statement a measure addresses.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MeasureItemRow {
    /// The measure.
    pub measure_id: Uuid,
    /// The statement.
    pub item_id: String,
}

/// The statements of every measure of a municipality, in one query.
pub async fn plan_items(db: &Db, municipality_id: Uuid) -> DbResult<Vec<MeasureItemRow>> {
    let q = Query::select()
        .columns([
            (MeasureItems::Table, MeasureItems::MeasureId),
            (MeasureItems::Table, MeasureItems::ItemId),
        ])
        .from(MeasureItems::Table)
        .inner_join(
            Measures::Table,
            Expr::col((Measures::Table, Measures::Id)).equals((MeasureItems::Table, MeasureItems::MeasureId)),
        )
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .to_owned();
    db.fetch_all(&q).await
}

/// A milestone with the measure it belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PlanMilestoneRow {
    /// The measure.
    pub measure_id: Uuid,
    /// The milestone.
    #[sqlx(flatten)]
    pub milestone: MilestoneRow,
}

/// The milestones of every measure of a municipality, each measure's in their order.
pub async fn plan_milestones(db: &Db, municipality_id: Uuid) -> DbResult<Vec<PlanMilestoneRow>> {
    let q = Query::select()
        .columns([
            (MeasureMilestones::Table, MeasureMilestones::MeasureId),
            (MeasureMilestones::Table, MeasureMilestones::Id),
            (MeasureMilestones::Table, MeasureMilestones::Title),
            (MeasureMilestones::Table, MeasureMilestones::DueDate),
            (MeasureMilestones::Table, MeasureMilestones::DoneAt),
            (MeasureMilestones::Table, MeasureMilestones::Position),
        ])
        .from(MeasureMilestones::Table)
        .inner_join(
            Measures::Table,
            Expr::col((Measures::Table, Measures::Id)).equals((MeasureMilestones::Table, MeasureMilestones::MeasureId)),
        )
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .order_by((MeasureMilestones::Table, MeasureMilestones::MeasureId), Order::Asc)
        .order_by((MeasureMilestones::Table, MeasureMilestones::Position), Order::Asc)
        .order_by((MeasureMilestones::Table, MeasureMilestones::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// An update with the measure it belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PlanUpdateRow {
    /// The measure.
    pub measure_id: Uuid,
    /// The update.
    #[sqlx(flatten)]
    pub update: UpdateRow,
}

/// The newest update of each measure of a municipality that has one (what the exports show
/// as a measure's latest state). Reads the updates newest first and keeps each measure's first,
/// which stays one query on both backends.
pub async fn latest_updates(db: &Db, municipality_id: Uuid) -> DbResult<Vec<PlanUpdateRow>> {
    let q = Query::select()
        .columns([
            (MeasureUpdates::Table, MeasureUpdates::MeasureId),
            (MeasureUpdates::Table, MeasureUpdates::Id),
        ])
        .expr_as(Expr::col((Users::Table, Users::Name)), Alias::AuthorName)
        .columns([
            (MeasureUpdates::Table, MeasureUpdates::Body),
            (MeasureUpdates::Table, MeasureUpdates::Status),
            (MeasureUpdates::Table, MeasureUpdates::Progress),
            (MeasureUpdates::Table, MeasureUpdates::CreatedAt),
        ])
        .from(MeasureUpdates::Table)
        .inner_join(
            Measures::Table,
            Expr::col((Measures::Table, Measures::Id)).equals((MeasureUpdates::Table, MeasureUpdates::MeasureId)),
        )
        .left_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((MeasureUpdates::Table, MeasureUpdates::AuthorId)),
        )
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .order_by((MeasureUpdates::Table, MeasureUpdates::CreatedAt), Order::Desc)
        .order_by((MeasureUpdates::Table, MeasureUpdates::Id), Order::Desc)
        .to_owned();
    let mut seen = std::collections::HashSet::new();
    Ok(db
        .fetch_all::<PlanUpdateRow>(&q)
        .await?
        .into_iter()
        .filter(|row| seen.insert(row.measure_id))
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Trace, public progress page and reminders.

/// The measures of a municipality that address the statement `item_id`, in one query.
pub async fn measures_addressing(db: &Db, municipality_id: Uuid, item_id: &str) -> DbResult<Vec<MeasureRow>> {
    let q = measure_select()
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from(MeasureItems::Table)
                .and_where(
                    Expr::col((MeasureItems::Table, MeasureItems::MeasureId)).equals((Measures::Table, Measures::Id)),
                )
                .and_where(Expr::col((MeasureItems::Table, MeasureItems::ItemId)).eq(item_id))
                .to_owned(),
        ))
        .to_owned();
    db.fetch_all(&q).await
}

/// One answer of a closed round to a statement.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoundAnswerRow {
    /// The round.
    pub round_id: Uuid,
    /// The statement.
    pub item_id: String,
    /// Answer code.
    pub value: String,
}

/// Every answer to the statements `items` in the municipality's closed rounds, in one query (the
/// trace reduces them per statement and round).
pub async fn closed_round_answers(db: &Db, municipality_id: Uuid, items: &[String]) -> DbResult<Vec<RoundAnswerRow>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .expr_as(
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id)),
            TraceAlias::RoundId,
        )
        .columns([
            (SelfcheckAnswers::Table, SelfcheckAnswers::ItemId),
            (SelfcheckAnswers::Table, SelfcheckAnswers::Value),
        ])
        .from(SelfcheckAnswers::Table)
        .inner_join(
            SelfcheckRespondents::Table,
            Expr::col((SelfcheckRespondents::Table, SelfcheckRespondents::Id))
                .equals((SelfcheckAnswers::Table, SelfcheckAnswers::RespondentId)),
        )
        .inner_join(
            SelfcheckRounds::Table,
            Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Id))
                .equals((SelfcheckRespondents::Table, SelfcheckRespondents::RoundId)),
        )
        .and_where(Expr::col((SelfcheckRounds::Table, SelfcheckRounds::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((SelfcheckRounds::Table, SelfcheckRounds::Status)).eq("closed"))
        .and_where(
            Expr::col((SelfcheckAnswers::Table, SelfcheckAnswers::ItemId)).is_in(items.iter().map(String::as_str)),
        )
        .to_owned();
    db.fetch_all(&q).await
}

#[derive(sea_query::Iden)]
enum TraceAlias {
    RoundId,
    MeasureId,
    MunicipalityName,
}

/// Publishes the municipality's action plan (`on`) or withdraws it; true when that changed
/// anything. Publishing twice keeps who published first and when.
pub async fn set_published(db: &Db, municipality_id: Uuid, user_id: Uuid, on: bool) -> DbResult<bool> {
    let changed = if on {
        let q = Query::insert()
            .into_table(ActionPlanPublications::Table)
            .columns([
                ActionPlanPublications::MunicipalityId,
                ActionPlanPublications::PublishedBy,
                ActionPlanPublications::PublishedAt,
            ])
            .values_panic([
                municipality_id.into(),
                user_id.into(),
                weltoffen_platform::clock::now().into(),
            ])
            .on_conflict(
                sea_query::OnConflict::column(ActionPlanPublications::MunicipalityId)
                    .do_nothing()
                    .to_owned(),
            )
            .to_owned();
        db.execute(&q).await?
    } else {
        let q = Query::delete()
            .from_table(ActionPlanPublications::Table)
            .and_where(Expr::col(ActionPlanPublications::MunicipalityId).eq(municipality_id))
            .to_owned();
        db.execute(&q).await?
    };
    Ok(changed > 0)
}

/// When the municipality published its action plan; `None` while it is not published.
pub async fn published_at(db: &Db, municipality_id: Uuid) -> DbResult<Option<OffsetDateTime>> {
    #[derive(sqlx::FromRow)]
    struct Published {
        published_at: OffsetDateTime,
    }
    let q = Query::select()
        .column(ActionPlanPublications::PublishedAt)
        .from(ActionPlanPublications::Table)
        .and_where(Expr::col(ActionPlanPublications::MunicipalityId).eq(municipality_id))
        .to_owned();
    Ok(db.fetch_optional::<Published>(&q).await?.map(|p| p.published_at))
}

/// The measures of a municipality marked public, whether or not the plan is published (the page
/// checks that first).
pub async fn public_measures(db: &Db, municipality_id: Uuid) -> DbResult<Vec<MeasureRow>> {
    let q = measure_select()
        .and_where(Expr::col((Measures::Table, Measures::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((Measures::Table, Measures::Public)).eq(true))
        .to_owned();
    db.fetch_all(&q).await
}

/// An open measure with a due date and an owner who is a member, with what its reminder needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReminderCandidate {
    /// The measure.
    pub measure_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its status code.
    pub status: String,
    /// Its due date.
    pub due_date: Date,
    /// The municipality's AGS (for the link).
    pub ags: String,
    /// The municipality's name.
    pub municipality_name: String,
    /// The owner's address.
    pub email: String,
    /// The owner's language code.
    pub locale: String,
}

fn reminder_sent(kind: &str) -> SelectStatement {
    Query::select()
        .expr(Expr::val(1))
        .from(MeasureReminders::Table)
        .and_where(
            Expr::col((MeasureReminders::Table, MeasureReminders::MeasureId)).equals((Measures::Table, Measures::Id)),
        )
        .and_where(
            Expr::col((MeasureReminders::Table, MeasureReminders::DueDate))
                .equals((Measures::Table, Measures::DueDate)),
        )
        .and_where(Expr::col((MeasureReminders::Table, MeasureReminders::Kind)).eq(kind))
        .to_owned()
}

/// Open measures due by `horizon` whose owner is still a member of the municipality and that lack
/// the reminder their date calls for: overdue ones (before `today`) without an overdue reminder,
/// the others without a "due soon" one. One query across all municipalities.
pub async fn reminder_candidates(db: &Db, today: Date, horizon: Date) -> DbResult<Vec<ReminderCandidate>> {
    use weltoffen_platform::schema::{Memberships, Municipalities};
    let q = Query::select()
        .expr_as(Expr::col((Measures::Table, Measures::Id)), TraceAlias::MeasureId)
        .columns([
            (Measures::Table, Measures::Title),
            (Measures::Table, Measures::Status),
            (Measures::Table, Measures::DueDate),
        ])
        .column((Municipalities::Table, Municipalities::Ags))
        .expr_as(
            Expr::col((Municipalities::Table, Municipalities::Name)),
            TraceAlias::MunicipalityName,
        )
        .column((Users::Table, Users::Email))
        .column((Users::Table, Users::Locale))
        .from(Measures::Table)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((Measures::Table, Measures::OwnerUserId)),
        )
        .inner_join(
            Municipalities::Table,
            Expr::col((Municipalities::Table, Municipalities::Id)).equals((Measures::Table, Measures::MunicipalityId)),
        )
        .inner_join(
            Memberships::Table,
            Expr::col((Memberships::Table, Memberships::UserId))
                .equals((Measures::Table, Measures::OwnerUserId))
                .and(
                    Expr::col((Memberships::Table, Memberships::MunicipalityId))
                        .equals((Measures::Table, Measures::MunicipalityId)),
                ),
        )
        .and_where(
            Expr::col((Measures::Table, Measures::Status))
                .is_in([MeasureStatus::Planned.code(), MeasureStatus::InProgress.code()]),
        )
        .and_where(Expr::col((Measures::Table, Measures::DueDate)).lte(horizon))
        .and_where(Expr::exists(reminder_sent("overdue")).not())
        .and_where(
            Expr::col((Measures::Table, Measures::DueDate))
                .lt(today)
                .or(Expr::exists(reminder_sent("due_soon")).not()),
        )
        .order_by((Measures::Table, Measures::DueDate), Order::Asc)
        .order_by((Measures::Table, Measures::Id), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Records the reminder `kind` for the measure's due date `due`, if the measure is still open and
/// still due that day and no reminder of that kind was recorded for that date; true when this call
/// recorded it — the caller then sends it in the same transaction. On PostgreSQL a second node's
/// insert waits for this transaction and then does nothing.
pub async fn claim_reminder(
    tx: &mut Tx,
    measure_id: Uuid,
    kind: &str,
    due: Date,
    at: OffsetDateTime,
) -> DbResult<bool> {
    #[derive(sqlx::FromRow)]
    struct Open {
        #[allow(dead_code)] // read only to learn that the row exists
        id: Uuid,
    }
    let still_due = Query::select()
        .column(Measures::Id)
        .from(Measures::Table)
        .and_where(Expr::col(Measures::Id).eq(measure_id))
        .and_where(Expr::col(Measures::DueDate).eq(due))
        .and_where(Expr::col(Measures::Status).is_in([MeasureStatus::Planned.code(), MeasureStatus::InProgress.code()]))
        .to_owned();
    if tx.fetch_optional::<Open>(&still_due).await?.is_none() {
        return Ok(false);
    }
    let q = Query::insert()
        .into_table(MeasureReminders::Table)
        .columns([
            MeasureReminders::MeasureId,
            MeasureReminders::Kind,
            MeasureReminders::DueDate,
            MeasureReminders::SentAt,
        ])
        .values_panic([measure_id.into(), kind.into(), due.into(), at.into()])
        .on_conflict(
            sea_query::OnConflict::columns([
                MeasureReminders::MeasureId,
                MeasureReminders::Kind,
                MeasureReminders::DueDate,
            ])
            .do_nothing()
            .to_owned(),
        )
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}
