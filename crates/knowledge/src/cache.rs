//! The published magazine as this node last read it. Every change of an article writes a row to
//! `knowledge_changes` in its transaction; each node polls the newest id once a second and drops
//! what it kept when it moved, so all nodes follow the database within about a second. Entries are
//! also dropped after a minute, which bounds how late an article scheduled for a time appears.
//! With the cache, the magazine's pages run no query for an anonymous reader. The same poll keeps
//! the search index current ([`crate::indexing::follow`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::db::DbResult;
use weltoffen_platform::error::AppResult;
use weltoffen_platform::state::AppState;

use crate::store::{self, ArticleRow, AuthorRow, SummaryRow};

/// How long a kept entry is used at most.
const MAX_AGE: Duration = Duration::from_secs(60);
/// How often each node looks for changes.
const POLL: Duration = Duration::from_secs(1);
/// Articles kept before the map starts over (a few KB each).
const ARTICLE_CAPACITY: usize = 4096;

/// Every published article, newest first, with its fields.
#[derive(Debug)]
pub struct Catalog {
    /// Summaries, newest first.
    pub rows: Vec<SummaryRow>,
    /// Fields of action per article.
    pub fields: HashMap<Uuid, Vec<String>>,
    positions: HashMap<String, usize>,
    revision: i64,
    loaded: Instant,
}

impl Catalog {
    /// The published article with `slug`.
    pub fn by_slug(&self, slug: &str) -> Option<&SummaryRow> {
        self.positions.get(slug).and_then(|i| self.rows.get(*i))
    }

    /// The rows of articles in `field`, newest first.
    pub fn in_field<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a SummaryRow> + 'a {
        self.rows
            .iter()
            .filter(move |r| self.fields.get(&r.id).is_some_and(|fs| fs.iter().any(|f| f == field)))
    }
}

/// A published article with what its page shows besides it.
#[derive(Debug)]
pub struct ArticleBundle {
    /// The article.
    pub row: ArticleRow,
    /// Its authors.
    pub authors: Vec<AuthorRow>,
    /// Its fields of action.
    pub fields: Vec<String>,
    /// Its related, published articles.
    pub related: Vec<SummaryRow>,
    /// Its cover image.
    pub cover: Option<crate::cover_store::CoverRow>,
    revision: i64,
    loaded: Instant,
}

/// What one state keeps (see [`AppState::extension`]).
#[derive(Default)]
pub struct MagazineCache {
    revision: AtomicI64,
    catalog: RwLock<Option<Arc<Catalog>>>,
    articles: Mutex<HashMap<String, Arc<ArticleBundle>>>,
}

impl MagazineCache {
    fn fresh(&self, revision: i64, loaded: Instant) -> bool {
        revision == self.revision.load(Ordering::Acquire) && loaded.elapsed() < MAX_AGE
    }

    /// Drops everything kept and remembers the newest change.
    fn moved_to(&self, revision: i64) {
        self.revision.store(revision, Ordering::Release);
        if let Ok(mut c) = self.catalog.write() {
            *c = None;
        }
        if let Ok(mut a) = self.articles.lock() {
            a.clear();
        }
    }
}

/// The catalog of published articles (two queries when it is not kept).
pub async fn catalog(state: &AppState) -> DbResult<Arc<Catalog>> {
    let cache = state.extension::<MagazineCache>();
    if let Some(c) = cache.catalog.read().ok().and_then(|c| c.clone())
        && cache.fresh(c.revision, c.loaded)
    {
        return Ok(c);
    }
    let revision = cache.revision.load(Ordering::Acquire);
    let t = now();
    let rows = store::list_published(&state.db, t).await?;
    let mut fields: HashMap<Uuid, Vec<String>> = HashMap::new();
    for (article, field) in store::published_fields(&state.db, t).await? {
        fields.entry(article).or_default().push(field);
    }
    let positions = rows.iter().enumerate().map(|(i, r)| (r.slug.clone(), i)).collect();
    let catalog = Arc::new(Catalog {
        rows,
        fields,
        positions,
        revision,
        loaded: Instant::now(),
    });
    if let Ok(mut c) = cache.catalog.write() {
        *c = Some(Arc::clone(&catalog));
    }
    Ok(catalog)
}

/// A published article with its authors, fields, related articles and cover (five queries when
/// it is not kept); `None` when there is no such published article.
pub async fn article(state: &AppState, slug: &str) -> DbResult<Option<Arc<ArticleBundle>>> {
    let cache = state.extension::<MagazineCache>();
    if let Some(a) = cache.articles.lock().ok().and_then(|a| a.get(slug).cloned())
        && cache.fresh(a.revision, a.loaded)
    {
        return Ok(Some(a));
    }
    let revision = cache.revision.load(Ordering::Acquire);
    let t = now();
    let Some(row) = store::published_by_slug(&state.db, slug, t).await? else {
        return Ok(None);
    };
    let authors = store::authors_of(&state.db, row.id).await?;
    let fields = store::fields_of(&state.db, row.id).await?;
    let related = store::related_of(&state.db, row.id, t).await?;
    let cover = crate::cover_store::of_article(&state.db, row.id).await?;
    let bundle = Arc::new(ArticleBundle {
        row,
        authors,
        fields,
        related,
        cover,
        revision,
        loaded: Instant::now(),
    });
    if let Ok(mut a) = cache.articles.lock() {
        if a.len() >= ARTICLE_CAPACITY {
            a.clear();
        }
        a.insert(slug.to_owned(), Arc::clone(&bundle));
    }
    Ok(Some(bundle))
}

/// Looks for changes once; drops what is kept when there were any. Returns true on a change.
pub async fn sync_once(state: &AppState) -> AppResult<bool> {
    let cache = state.extension::<MagazineCache>();
    let latest = store::latest_change(&state.db).await?;
    if latest == cache.revision.load(Ordering::Acquire) {
        return Ok(false);
    }
    cache.moved_to(latest);
    crate::refresh_links(&state.db).await?;
    crate::indexing::follow(state).await?;
    Ok(true)
}

/// Follows the change table until `shutdown` changes.
pub async fn run_worker(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = sync_once(&state).await {
            tracing::warn!(error = ?e, "following the magazine's changes failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL) => {}
            _ = shutdown.changed() => return,
        }
    }
}
