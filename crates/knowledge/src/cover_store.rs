//! Cover images in the database, both backends: replaced as a whole (with a change row for the
//! nodes' caches), read by id for the image addresses.

use sea_query::{Expr, ExprTrait, OnConflict, Query};
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult, Tx};

use crate::cover::Cover;
use crate::schema::KnowledgeCovers;
use crate::store::record_change;

/// The columns of a cover after its article: all of them change with a new upload.
const REPLACED: [KnowledgeCovers; 11] = [
    KnowledgeCovers::Id,
    KnowledgeCovers::AltDe,
    KnowledgeCovers::AltEn,
    KnowledgeCovers::Width,
    KnowledgeCovers::Height,
    KnowledgeCovers::SmallWidth,
    KnowledgeCovers::SmallHeight,
    KnowledgeCovers::Large,
    KnowledgeCovers::Small,
    KnowledgeCovers::CreatedBy,
    KnowledgeCovers::CreatedAt,
];

/// Sets `article`'s cover (replacing one it had); returns the image's new id.
pub async fn set(
    tx: &mut Tx,
    article: Uuid,
    cover: &Cover,
    alt_de: &str,
    alt_en: &str,
    by: Uuid,
    now: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let size = |v: u32| i64::from(v);
    let query = Query::insert()
        .into_table(KnowledgeCovers::Table)
        .columns(std::iter::once(KnowledgeCovers::ArticleId).chain(REPLACED))
        .values_panic([
            article.into(),
            id.into(),
            alt_de.into(),
            alt_en.into(),
            size(cover.width).into(),
            size(cover.height).into(),
            size(cover.small_width).into(),
            size(cover.small_height).into(),
            cover.large.clone().into(),
            cover.small.clone().into(),
            by.into(),
            now.into(),
        ])
        .on_conflict(
            OnConflict::column(KnowledgeCovers::ArticleId)
                .update_columns(REPLACED)
                .to_owned(),
        )
        .to_owned();
    tx.execute(&query).await?;
    record_change(tx, article, now).await?;
    Ok(id)
}

/// Removes `article`'s cover; false when it had none.
pub async fn remove(tx: &mut Tx, article: Uuid, now: OffsetDateTime) -> DbResult<bool> {
    let query = Query::delete()
        .from_table(KnowledgeCovers::Table)
        .and_where(Expr::col(KnowledgeCovers::ArticleId).eq(article))
        .to_owned();
    let removed = tx.execute(&query).await? > 0;
    if removed {
        record_change(tx, article, now).await?;
    }
    Ok(removed)
}

/// A cover's facts, without the files.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CoverRow {
    /// The image id (part of its address).
    pub id: Uuid,
    /// German alternative text.
    pub alt_de: String,
    /// English alternative text (may be empty).
    pub alt_en: String,
    /// Width of the large file.
    pub width: i64,
    /// Height of the large file.
    pub height: i64,
    /// Width of the small file.
    pub small_width: i64,
}

/// `article`'s cover, if it has one.
pub async fn of_article(db: &Db, article: Uuid) -> DbResult<Option<CoverRow>> {
    let query = Query::select()
        .columns([
            KnowledgeCovers::Id,
            KnowledgeCovers::AltDe,
            KnowledgeCovers::AltEn,
            KnowledgeCovers::Width,
            KnowledgeCovers::Height,
            KnowledgeCovers::SmallWidth,
        ])
        .from(KnowledgeCovers::Table)
        .and_where(Expr::col(KnowledgeCovers::ArticleId).eq(article))
        .to_owned();
    db.fetch_optional(&query).await
}

/// The bytes of image `id` in the large or small size.
pub async fn file(db: &Db, id: Uuid, large: bool) -> DbResult<Option<Vec<u8>>> {
    let column = if large {
        KnowledgeCovers::Large
    } else {
        KnowledgeCovers::Small
    };
    let query = Query::select()
        .column(column)
        .from(KnowledgeCovers::Table)
        .and_where(Expr::col(KnowledgeCovers::Id).eq(id))
        .to_owned();
    let row: Option<(Vec<u8>,)> = db.fetch_optional(&query).await?;
    Ok(row.map(|(b,)| b))
}
