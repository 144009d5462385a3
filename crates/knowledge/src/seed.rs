//! Brings the shipped articles into the database: on every start, the authors and articles whose
//! id or slug is not there yet are inserted, published on their date. An article that is already
//! there is never overwritten, since editors may have changed it; one that editors archived stays
//! archived (its slug is still taken).

use std::collections::HashSet;

use time::{OffsetDateTime, Time};
use weltoffen_platform::clock::now;
use weltoffen_platform::db::{Db, DbResult};

use crate::content::{ArticleText, Content, ShippedArticle};
use crate::editorial::draft::Draft;
use crate::markdown;
use crate::model::{Status, count_words};
use crate::store::{self, NewArticle, NewText};

/// Inserts the missing authors and articles; returns how many articles were added.
pub async fn seed(db: &Db, content: &Content) -> DbResult<usize> {
    let known_authors: HashSet<String> = store::author_ids(db).await?.into_iter().collect();
    let known_slugs: HashSet<String> = store::all_slugs(db).await?.into_iter().collect();
    let missing: Vec<&ShippedArticle> = content
        .articles
        .iter()
        .filter(|a| !known_slugs.contains(&a.slug))
        .collect();
    let new_authors: Vec<_> = content
        .authors
        .iter()
        .filter(|a| !known_authors.contains(&a.id))
        .collect();
    if missing.is_empty() && new_authors.is_empty() {
        return Ok(0);
    }
    let t = now();
    let mut tx = db.begin().await?;
    for author in new_authors {
        store::insert_author(&mut tx, &author.id, &author.name, &author.bio.de, &author.bio.en).await?;
    }
    for article in &missing {
        let texts = std::iter::once(("de", &article.de))
            .chain(article.en.as_ref().map(|en| ("en", en)))
            .map(|(locale, text)| new_text(locale, text))
            .collect();
        let new = NewArticle {
            slug: &article.slug,
            kind: article.kind,
            status: Status::Published,
            access: article.access.code(),
            applies_to: article
                .applies_to
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            topics: article.topics.join("\n"),
            published_at: Some(publication_time(article)),
            fields: &article.fields,
            authors: &article.authors,
            related: &article.related,
            texts,
        };
        let id = store::insert_article(&mut tx, &new, t).await?;
        // Kept as version 1, so the editors' history starts with the shipped text.
        crate::editorial::store::keep_first_version(&mut tx, id, &Draft::of_shipped(article), t).await?;
    }
    tx.commit().await?;
    Ok(missing.len())
}

/// A shipped article appears in the morning of its date (07:00 UTC).
fn publication_time(article: &ShippedArticle) -> OffsetDateTime {
    article
        .published_at
        .with_time(Time::from_hms(7, 0, 0).unwrap_or(Time::MIDNIGHT))
        .assume_utc()
}

fn new_text<'a>(locale: &'a str, text: &'a ArticleText) -> NewText<'a> {
    NewText {
        locale,
        title: &text.title,
        teaser: &text.teaser,
        markdown: &text.body,
        html: markdown::render(&text.body),
        steps: serde_json::to_string(&text.steps).unwrap_or_else(|_| "[]".into()),
        words: count_words(&text.body),
    }
}
