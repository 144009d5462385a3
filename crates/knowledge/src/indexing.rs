//! The magazine's search index on this node: built from the database at start (or on the first
//! search), then kept current from `knowledge_changes`, which every change of an article writes in
//! its own transaction. The index is a derived cache: it can always be rebuilt.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};

use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::state::AppState;
use weltoffen_search::{ArticleDoc, ArticleIndex, ArticleText};

use crate::markdown::plain_text;
use crate::model::Status;
use crate::store::{self, SearchableRow};

/// More changed articles than this are indexed by a rebuild rather than one by one.
const REBUILD_ABOVE: usize = 500;

/// What one state keeps (see [`AppState::extension`]).
#[derive(Default)]
pub struct MagazineIndex {
    index: OnceLock<Arc<ArticleIndex>>,
    /// The newest change the index reflects.
    indexed_to: AtomicI64,
    /// One build or update at a time.
    writing: tokio::sync::Mutex<()>,
}

/// Runs index work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, weltoffen_search::SearchError> + Send + 'static,
) -> AppResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)
}

/// The index, built first when this node has none yet.
pub async fn index(state: &AppState) -> AppResult<Arc<ArticleIndex>> {
    let kept = state.extension::<MagazineIndex>();
    if let Some(index) = kept.index.get() {
        return Ok(Arc::clone(index));
    }
    let _writing = kept.writing.lock().await;
    if let Some(index) = kept.index.get() {
        return Ok(Arc::clone(index));
    }
    // Read the change id first: a change during the build is then applied again, never missed.
    let latest = store::latest_change(&state.db).await?;
    let docs = documents(&state.db, None).await?;
    let index = blocking(move || {
        let index = ArticleIndex::new()?;
        index.rebuild(docs.into_values())?;
        Ok(index)
    })
    .await?;
    let index = Arc::new(index);
    kept.indexed_to.store(latest, Ordering::Release);
    let _ = kept.index.set(Arc::clone(&index));
    tracing::info!(articles = index.len(), "search index built");
    Ok(index)
}

/// Applies the changes written since the index was last updated; returns how many articles it
/// indexed again or removed. Does nothing on a node that has not built its index.
pub async fn follow(state: &AppState) -> AppResult<usize> {
    let kept = state.extension::<MagazineIndex>();
    let Some(index) = kept.index.get().cloned() else {
        return Ok(0);
    };
    let _writing = kept.writing.lock().await;
    let since = kept.indexed_to.load(Ordering::Acquire);
    let changes = store::changes_since(&state.db, since).await?;
    let Some(latest) = changes.last().map(|(id, _)| *id) else {
        return Ok(0);
    };
    let ids: Vec<Uuid> = changes
        .iter()
        .map(|(_, a)| *a)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let count = ids.len();
    if count > REBUILD_ABOVE {
        let docs = documents(&state.db, None).await?;
        blocking(move || index.rebuild(docs.into_values())).await?;
    } else {
        let mut docs = documents(&state.db, Some(&ids)).await?;
        let removed: Vec<String> = ids
            .iter()
            .filter(|id| !docs.contains_key(id))
            .map(Uuid::to_string)
            .collect();
        let changed: Vec<ArticleDoc> = docs.drain().map(|(_, d)| d).collect();
        blocking(move || index.update(&changed, &removed)).await?;
    }
    kept.indexed_to.store(latest, Ordering::Release);
    Ok(count)
}

/// The index documents of the published articles among `ids` (all when `None`), by article.
async fn documents(db: &Db, ids: Option<&[Uuid]>) -> DbResult<HashMap<Uuid, ArticleDoc>> {
    let rows = store::searchable(db, ids).await?;
    let mut fields: HashMap<Uuid, Vec<String>> = HashMap::new();
    for (article, field) in store::fields_of_articles(db, ids).await? {
        fields.entry(article).or_default().push(field);
    }
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let article_fields = fields.remove(&row.id).unwrap_or_default();
            document(row, article_fields).map(|d| (d.0, d.1))
        })
        .collect())
}

/// An article as the index sees it; `None` unless it is published.
pub fn document(row: SearchableRow, fields: Vec<String>) -> Option<(Uuid, ArticleDoc)> {
    let published_at = row.published_at.filter(|_| row.status == Status::Published.code())?;
    let en = match (row.title_en, row.teaser_en, row.markdown_en) {
        (Some(title), Some(teaser), Some(markdown)) => Some(ArticleText {
            title,
            teaser,
            topics: String::new(),
            body: plain_text(&markdown),
        }),
        _ => None,
    };
    let doc = ArticleDoc {
        id: row.id.to_string(),
        slug: row.slug,
        kind: row.kind,
        access: row.access,
        fields,
        municipality_types: row.applies_to.split_whitespace().map(str::to_owned).collect(),
        published_at: published_at.unix_timestamp(),
        de: ArticleText {
            title: row.title_de,
            teaser: row.teaser_de,
            topics: row.topics,
            body: plain_text(&row.markdown_de),
        },
        en,
    };
    Some((row.id, doc))
}
