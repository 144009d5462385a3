//! The action plan's use cases: create and change a measure, report an update, add and complete
//! milestones. Each runs in one transaction. They take a [`MeasureRow`], which only a read that
//! names the municipality gives out, and every write names the municipality again, so a measure of
//! another municipality is never changed (the pages answer 404 for it).

use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult};

use super::input::{MeasureInput, MilestoneInput, UpdateInput};
use super::store::{self, MeasureRow};

/// Creates a measure of the municipality; `source_round` is the round whose recommendation it
/// takes up, already checked to be the municipality's.
pub async fn create(
    db: &Db,
    municipality_id: Uuid,
    input: &MeasureInput,
    source_round: Option<Uuid>,
    actor: Uuid,
) -> DbResult<Uuid> {
    let mut tx = db.begin().await?;
    let id = store::insert_measure(&mut tx, municipality_id, input, source_round, Some(actor), now()).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves the edited measure; a change of status or progress is also written to the measure's
/// history as an update without text, so the history stays complete. False when the measure
/// is gone.
pub async fn update(db: &Db, measure: &MeasureRow, input: &MeasureInput, actor: Uuid) -> DbResult<bool> {
    let at = now();
    let mut tx = db.begin().await?;
    if !store::update_measure(&mut tx, measure.municipality_id, measure.id, input, at).await? {
        return Ok(false);
    }
    let status = (input.status != measure.status()).then_some(input.status);
    let progress = (input.progress != measure.progress()).then_some(input.progress);
    if status.is_some() || progress.is_some() {
        store::insert_update(&mut tx, measure.id, Some(actor), "", status, progress, at).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Records an update and applies the status and progress it sets. False when the measure is gone.
pub async fn add_update(db: &Db, measure: &MeasureRow, update: &UpdateInput, actor: Uuid) -> DbResult<bool> {
    let at = now();
    let mut tx = db.begin().await?;
    let status = update.status.unwrap_or(measure.status());
    let progress = update.progress.unwrap_or(measure.progress());
    // Also when nothing but the text is new: the measure was touched, and this checks it is
    // still the municipality's inside the transaction.
    if !store::set_state(&mut tx, measure.municipality_id, measure.id, status, progress, at).await? {
        return Ok(false);
    }
    store::insert_update(
        &mut tx,
        measure.id,
        Some(actor),
        &update.body,
        update.status,
        update.progress,
        at,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Adds a milestone at the end of the measure's list. `None` when the measure is gone.
pub async fn add_milestone(db: &Db, measure: &MeasureRow, input: &MilestoneInput) -> DbResult<Option<Uuid>> {
    let mut tx = db.begin().await?;
    if !store::touch(&mut tx, measure.municipality_id, measure.id, now()).await? {
        return Ok(None);
    }
    let id = store::insert_milestone(&mut tx, measure.id, input, None).await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Marks a milestone of the measure reached, or open again. False when the measure has no such
/// milestone (the page answers 404) — the id alone never reaches another measure's milestone.
pub async fn set_milestone_done(db: &Db, measure: &MeasureRow, milestone: Uuid, done: bool) -> DbResult<bool> {
    let at = now();
    let mut tx = db.begin().await?;
    if !store::set_milestone_done(&mut tx, measure.id, milestone, done.then_some(at)).await?
        || !store::touch(&mut tx, measure.municipality_id, measure.id, at).await?
    {
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}
