//! Storing an imported file of paper questionnaires: every row in one transaction, respondents
//! matched by name or created without an account.

use std::collections::HashMap;

use sea_query::{Expr, ExprTrait, OnConflict, Query};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbError, Tx};

use crate::csv::{ImportRow, respondent_key};
use crate::schema::{SelfcheckAnswers, SelfcheckRespondents};
use crate::store::{ImportDetail, RoundEvent, RoundRow, record_event};

/// Rows per INSERT: far below the bind-parameter limits of SQLite (32766) and PostgreSQL (65535).
const ROWS_PER_INSERT: usize = 500;

/// Why an import was refused; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportStoreError {
    /// The round is closed (perhaps since the form was opened).
    #[error("the round is closed")]
    RoundClosed,
    /// Several respondents of the round have this name, so the rows cannot be given to one.
    #[error("several respondents are called {0}")]
    AmbiguousName(String),
    /// Storage failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What an import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// Answers written (new or replaced).
    pub answers: usize,
    /// Respondents found in the round by name.
    pub matched_respondents: usize,
    /// Respondents created without an account.
    pub new_respondents: usize,
}

#[derive(sqlx::FromRow)]
struct RespondentName {
    id: Uuid,
    display_name: String,
}

/// Locks the round for this transaction and tells whether it is open. The no-op update takes a
/// row lock on PostgreSQL, so a close running at the same time waits for the import to finish.
async fn lock_open_round(tx: &mut Tx, round_id: Uuid) -> Result<bool, DbError> {
    crate::store::bump_revision_if_open(tx, round_id).await
}

async fn create_paper_respondent(tx: &mut Tx, round_id: Uuid, name: &str) -> Result<Uuid, DbError> {
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
            Option::<Uuid>::None.into(),
            name.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Writes the rows of an import: a name that matches one respondent of the round (case and
/// spacing aside) gets the answers, an unknown name becomes a respondent without account.
/// Answers to statements the respondent answered before are replaced. All or nothing, the
/// entry in the round's history (by `actor`) included.
pub async fn import_answers(
    db: &Db,
    round: &RoundRow,
    rows: &[ImportRow],
    actor: Uuid,
) -> Result<ImportSummary, ImportStoreError> {
    let mut tx = db.begin().await?;
    if !lock_open_round(&mut tx, round.id).await? {
        return Err(ImportStoreError::RoundClosed);
    }
    let existing: Vec<RespondentName> = tx
        .fetch_all(
            &Query::select()
                .columns([SelfcheckRespondents::Id, SelfcheckRespondents::DisplayName])
                .from(SelfcheckRespondents::Table)
                .and_where(Expr::col(SelfcheckRespondents::RoundId).eq(round.id))
                .to_owned(),
        )
        .await?;
    let mut by_key: HashMap<String, Vec<Uuid>> = HashMap::new();
    for r in &existing {
        by_key.entry(respondent_key(&r.display_name)).or_default().push(r.id);
    }
    let mut summary = ImportSummary::default();
    let mut resolved: HashMap<String, Uuid> = HashMap::new();
    for row in rows {
        let key = respondent_key(&row.respondent);
        if resolved.contains_key(&key) {
            continue;
        }
        let id = match by_key.get(&key).map(Vec::as_slice) {
            Some([one]) => {
                summary.matched_respondents += 1;
                *one
            }
            Some([_, _, ..]) => return Err(ImportStoreError::AmbiguousName(row.respondent.clone())),
            _ => {
                summary.new_respondents += 1;
                create_paper_respondent(&mut tx, round.id, &row.respondent).await?
            }
        };
        resolved.insert(key, id);
    }
    let t = now();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
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
        for row in chunk {
            let respondent = resolved
                .get(&respondent_key(&row.respondent))
                .copied()
                .ok_or_else(|| ImportStoreError::AmbiguousName(row.respondent.clone()))?;
            q.values_panic([
                respondent.into(),
                row.item_id.as_str().into(),
                row.value.code().into(),
                row.comment.as_deref().into(),
                t.into(),
            ]);
        }
        tx.execute(&q).await?;
    }
    summary.answers = rows.len();
    let detail = ImportDetail {
        respondents: summary.matched_respondents + summary.new_respondents,
        new_respondents: summary.new_respondents,
        answers: summary.answers,
    };
    record_event(&mut tx, round.id, &RoundEvent::Imported(detail), Some(actor)).await?;
    tx.commit().await?;
    Ok(summary)
}
