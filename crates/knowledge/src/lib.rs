//! The knowledge platform: the magazine organised by the seven fields of action, its articles
//! (Markdown, rendered and sanitised), authors and checklists.

pub mod access_pages;
pub mod access_requests;
pub mod api;
pub mod cache;
pub mod checklist;
pub mod checklist_pages;
pub mod content;
pub mod cover;
pub mod cover_store;
pub mod editorial;
pub mod feeds;
pub mod indexing;
pub mod markdown;
pub mod model;
pub mod schema;
pub mod search;
pub mod search_pages;
pub mod seed;
pub mod store;
pub mod views;
pub mod web;

use weltoffen_platform::article_links::{self, ArticleLink};
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult};

/// Every route of the knowledge platform with its declared access.
pub fn routes() -> weltoffen_platform::web::table::RouteTable {
    web::routes().merge(api::routes())
}

/// Publishes the titles of the published articles for other pillars' links (see
/// [`weltoffen_platform::article_links`]).
pub async fn refresh_links(db: &Db) -> DbResult<usize> {
    let rows = store::list_published(db, now()).await?;
    let count = rows.len();
    article_links::set(
        rows.into_iter()
            .map(|r| ArticleLink {
                slug: r.slug,
                title_de: r.title_de,
                title_en: r.title_en,
            })
            .collect(),
    );
    Ok(count)
}
