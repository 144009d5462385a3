//! The workshop's use cases, each in one transaction: create and change a workshop, join it,
//! comment, give and take back dots, mark agreed potentials, record decisions, move through the
//! agenda, close it, invite by mail, and create a measure from a decision. They take a
//! [`WorkshopRow`], which only a read that names the municipality (or the share link) gives out.
//!
//! The handlers nudge the workshop's live topic after a use case returned, so pages following it
//! reload their changing parts.

use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::accounts::model::Email;
use weltoffen_platform::clock::now;
use weltoffen_platform::crypto::{random_token, token_hash};
use weltoffen_platform::db::{Db, DbResult};
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::mail::{self, MailKind};

use super::input::{CommentInput, DecisionInput, JoinInput, WorkshopInput};
use super::model::{DotRefusal, Step, WorkshopStatus, check_dot, link_token, step_field};
use super::store::{self, WorkshopRow};
use crate::plan::input::MeasureInput;

/// Creates a workshop with a fresh share link; `key` is the server's key the link's token is
/// derived from.
pub async fn create(
    db: &Db,
    municipality_id: Uuid,
    input: &WorkshopInput,
    key: &[u8; 32],
    actor: Uuid,
) -> DbResult<Uuid> {
    let nonce = random_token();
    let hash = token_hash(&link_token(key, &nonce));
    let mut tx = db.begin().await?;
    let id = store::insert_workshop(&mut tx, municipality_id, input, (&nonce, &hash), Some(actor), now()).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves the edited workshop while it is open; false when it is closed or gone.
pub async fn update(db: &Db, workshop: &WorkshopRow, input: &WorkshopInput) -> DbResult<bool> {
    let current = workshop
        .current_field
        .clone()
        .filter(|f| input.fields.contains(f))
        .or_else(|| input.fields.first().cloned());
    let mut tx = db.begin().await?;
    if !store::update_workshop(&mut tx, workshop.municipality_id, workshop.id, input, current, now()).await? {
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}

/// Why a participant's change was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The workshop is closed.
    Closed,
    /// The workshop or the participant is gone.
    Gone,
}

/// A participant who joined: their id and the secret for their cookie.
#[derive(Debug, Clone)]
pub struct Joined {
    /// The participant.
    pub participant_id: Uuid,
    /// The cookie's secret (only its hash is stored).
    pub secret: String,
}

/// Adds a participant to an open workshop. A member who joined before (on another device) stays
/// the same participant and gets a new cookie secret.
pub async fn join(
    db: &Db,
    workshop: &WorkshopRow,
    input: &JoinInput,
    user: Option<Uuid>,
) -> DbResult<Result<Joined, Refusal>> {
    let secret = random_token();
    let hash = token_hash(&secret);
    let mut tx = db.begin().await?;
    match store::lock_workshop(&mut tx, workshop.id, true).await? {
        None => return Ok(Err(Refusal::Gone)),
        Some(WorkshopStatus::Closed) => return Ok(Err(Refusal::Closed)),
        Some(WorkshopStatus::Open) => {}
    }
    let existing = match user {
        Some(user) => store::participant_of_user(&mut tx, workshop.id, user).await?,
        None => None,
    };
    let participant_id = match existing {
        Some(p) => {
            store::set_participant_secret(&mut tx, p.id, &hash).await?;
            p.id
        }
        None => store::insert_participant(&mut tx, workshop.id, input, user, &hash, now()).await?,
    };
    tx.commit().await?;
    Ok(Ok(Joined { participant_id, secret }))
}

/// Records a comment on `field`; `Ok(false)` when the same form was sent before (nothing new).
pub async fn comment(
    db: &Db,
    workshop_id: Uuid,
    participant_id: Uuid,
    field: &str,
    input: &CommentInput,
) -> DbResult<Result<bool, Refusal>> {
    let mut tx = db.begin().await?;
    match store::lock_workshop(&mut tx, workshop_id, false).await? {
        None => return Ok(Err(Refusal::Gone)),
        Some(WorkshopStatus::Closed) => return Ok(Err(Refusal::Closed)),
        Some(WorkshopStatus::Open) => {}
    }
    let added = store::insert_comment(
        &mut tx,
        workshop_id,
        participant_id,
        field,
        input.item.as_deref(),
        &input.body,
        &input.nonce,
        now(),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(added))
}

/// What became of a dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DotOutcome {
    /// Counted.
    Counted,
    /// The same form was sent before; it counted then and not again.
    AlreadyCounted,
}

/// Gives one dot to the statement `item` (already checked to be a target of the workshop).
///
/// In one transaction: the workshop's row is read with a shared lock (a closing waits for the
/// dot, or the dot sees the closing), the participant's row is locked, a repeated nonce is
/// recognised, and the participant's dots are counted against the limit before the insert, so
/// dots sent at the same moment can never together exceed it.
pub async fn give_dot(
    db: &Db,
    workshop: &WorkshopRow,
    participant_id: Uuid,
    item: &str,
    nonce: &str,
) -> DbResult<Result<DotOutcome, DotRefusal>> {
    let mut tx = db.begin().await?;
    if store::lock_workshop(&mut tx, workshop.id, false).await? != Some(WorkshopStatus::Open) {
        return Ok(Err(DotRefusal::Closed));
    }
    // A participant who is not (or no longer) one of this workshop's gives no dot here either.
    if !store::lock_participant(&mut tx, workshop.id, participant_id).await? {
        return Ok(Err(DotRefusal::Closed));
    }
    if store::dot_sent(&mut tx, participant_id, nonce).await? {
        return Ok(Ok(DotOutcome::AlreadyCounted));
    }
    let used = store::count_dots(&mut tx, participant_id).await?;
    // The limit as stored now: the coordinator may have changed it since the page was read.
    let limit = current_limit(&mut tx, workshop).await?;
    if let Err(refusal) = check_dot(true, limit, used, true) {
        return Ok(Err(refusal));
    }
    let counted = store::insert_dot(&mut tx, workshop.id, participant_id, item, nonce, now()).await?;
    tx.commit().await?;
    Ok(Ok(if counted {
        DotOutcome::Counted
    } else {
        DotOutcome::AlreadyCounted
    }))
}

async fn current_limit(tx: &mut weltoffen_platform::db::Tx, workshop: &WorkshopRow) -> DbResult<u32> {
    use sea_query::{Expr, ExprTrait, Query};

    use crate::schema::Workshops;
    #[derive(sqlx::FromRow)]
    struct Limit {
        dots_per_participant: i32,
    }
    let q = Query::select()
        .column(Workshops::DotsPerParticipant)
        .from(Workshops::Table)
        .and_where(Expr::col(Workshops::Id).eq(workshop.id))
        .to_owned();
    Ok(tx
        .fetch_optional::<Limit>(&q)
        .await?
        .map_or(workshop.dots(), |l| u32::try_from(l.dots_per_participant).unwrap_or(0)))
}

/// Takes back one of the participant's dots; `Ok(false)` when it was taken back already.
pub async fn take_back_dot(
    db: &Db,
    workshop_id: Uuid,
    participant_id: Uuid,
    dot: Uuid,
) -> DbResult<Result<bool, Refusal>> {
    let mut tx = db.begin().await?;
    match store::lock_workshop(&mut tx, workshop_id, false).await? {
        None => return Ok(Err(Refusal::Gone)),
        Some(WorkshopStatus::Closed) => return Ok(Err(Refusal::Closed)),
        Some(WorkshopStatus::Open) => {}
    }
    let removed = store::delete_dot(&mut tx, participant_id, dot).await?;
    tx.commit().await?;
    Ok(Ok(removed))
}

/// Opens an exclusive transaction on an open workshop for a change of the facilitator.
async fn facilitate<T>(
    db: &Db,
    workshop_id: Uuid,
    change: impl for<'t> FnOnce(&'t mut weltoffen_platform::db::Tx, OffsetDateTime) -> ChangeFuture<'t, T>,
) -> DbResult<Result<T, Refusal>> {
    let mut tx = db.begin().await?;
    match store::lock_workshop(&mut tx, workshop_id, true).await? {
        None => return Ok(Err(Refusal::Gone)),
        Some(WorkshopStatus::Closed) => return Ok(Err(Refusal::Closed)),
        Some(WorkshopStatus::Open) => {}
    }
    let value = change(&mut tx, now()).await?;
    tx.commit().await?;
    Ok(Ok(value))
}

type ChangeFuture<'t, T> = std::pin::Pin<Box<dyn std::future::Future<Output = DbResult<T>> + Send + 't>>;

/// Marks a statement of `field` agreed as a development potential, or takes the mark back.
pub async fn set_agreed(
    db: &Db,
    workshop_id: Uuid,
    item: &str,
    field: &str,
    on: bool,
) -> DbResult<Result<bool, Refusal>> {
    let (item, field) = (item.to_owned(), field.to_owned());
    facilitate(db, workshop_id, move |tx, at| {
        Box::pin(async move { store::set_agreed(tx, workshop_id, &item, &field, on, at).await })
    })
    .await
}

/// Records a decision with its first step and owner.
pub async fn add_decision(
    db: &Db,
    workshop_id: Uuid,
    input: &DecisionInput,
    actor: Uuid,
) -> DbResult<Result<Uuid, Refusal>> {
    let input = input.clone();
    facilitate(db, workshop_id, move |tx, at| {
        Box::pin(async move { store::insert_decision(tx, workshop_id, &input, Some(actor), at).await })
    })
    .await
}

/// Moves the projector to the next or previous field of the agenda.
pub async fn step(db: &Db, workshop: &WorkshopRow, agenda: &[String], step: Step) -> DbResult<Result<bool, Refusal>> {
    let Some(target) = step_field(agenda, workshop.current_field.as_deref(), step) else {
        return Ok(Ok(false));
    };
    let id = workshop.id;
    facilitate(db, id, move |tx, at| {
        Box::pin(async move { store::set_current_field(tx, id, &target, at).await })
    })
    .await
}

/// Puts a field of the agenda on the projector.
pub async fn show_field(db: &Db, workshop_id: Uuid, field: &str) -> DbResult<Result<bool, Refusal>> {
    let field = field.to_owned();
    facilitate(db, workshop_id, move |tx, at| {
        Box::pin(async move { store::set_current_field(tx, workshop_id, &field, at).await })
    })
    .await
}

/// Closes the workshop: no more comments, dots or decisions; the protocol is final.
pub async fn close(db: &Db, workshop_id: Uuid) -> DbResult<Result<bool, Refusal>> {
    facilitate(db, workshop_id, move |tx, at| {
        Box::pin(async move { store::close(tx, workshop_id, at).await })
    })
    .await
}

/// What an invitation mail says, in the inviter's language (the recipients have no account to
/// tell theirs).
#[derive(Debug, Clone)]
pub struct Invitation<'a> {
    /// The workshop's title.
    pub title: &'a str,
    /// The municipality's name.
    pub municipality: &'a str,
    /// Date and time in words.
    pub when: &'a str,
    /// Place and online link in words.
    pub place: &'a str,
    /// The full share link.
    pub link: &'a str,
    /// The link's last day.
    pub expires: &'a str,
    /// The inviter's name.
    pub inviter: &'a str,
}

/// Puts one invitation per address into the outbox, all or none.
pub async fn invite(db: &Db, emails: &[Email], invitation: &Invitation<'_>, locale: Locale) -> DbResult<usize> {
    let texts = [
        ("title", invitation.title),
        ("municipality", invitation.municipality),
        ("when", invitation.when),
        ("place", invitation.place),
        ("link", invitation.link),
        ("expires", invitation.expires),
        ("inviter", invitation.inviter),
    ];
    let mut tx = db.begin().await?;
    for email in emails {
        mail::enqueue(
            &mut tx,
            email.as_str(),
            locale,
            &MailKind::Message {
                subject: "mail-selfcheck-workshop-invitation-subject",
                body: "mail-selfcheck-workshop-invitation-body",
                texts: &texts,
                numbers: &[],
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(emails.len())
}

/// Creates a measure from a decision (already checked to be the municipality's) and links it, so
/// the measure traces back to the decision; `source_round` is the workshop's round.
pub async fn create_measure(
    db: &Db,
    municipality_id: Uuid,
    input: &MeasureInput,
    source_round: Option<Uuid>,
    decision: Uuid,
    actor: Uuid,
) -> DbResult<Uuid> {
    let mut tx = db.begin().await?;
    let id =
        crate::plan::store::insert_measure(&mut tx, municipality_id, input, source_round, Some(actor), now()).await?;
    store::link_measure(&mut tx, municipality_id, id, decision).await?;
    tx.commit().await?;
    Ok(id)
}
