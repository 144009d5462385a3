//! Operator-editable texts (Impressum, Datenschutz) and the accessibility feedback inbox.

use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::clock::now;
use crate::db::{Db, DbResult};
use crate::i18n::Locale;
use crate::schema::{Feedback, SitePages};

/// The editable pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitePage {
    /// Legal notice (§ 5 DDG).
    Impressum,
    /// Privacy statement (Art. 13 GDPR).
    Datenschutz,
}

impl SitePage {
    /// Both pages.
    pub const ALL: [SitePage; 2] = [SitePage::Impressum, SitePage::Datenschutz];

    /// The slug (and path).
    pub fn slug(self) -> &'static str {
        match self {
            SitePage::Impressum => "impressum",
            SitePage::Datenschutz => "datenschutz",
        }
    }
    /// Parses a slug.
    pub fn parse(slug: &str) -> Option<SitePage> {
        SitePage::ALL.into_iter().find(|p| p.slug() == slug)
    }
    /// The Fluent key of the title.
    pub fn title_key(self) -> &'static str {
        match self {
            SitePage::Impressum => "impressum-title",
            SitePage::Datenschutz => "datenschutz-title",
        }
    }
    /// The Fluent key of the default text, used until the operator writes their own.
    pub fn default_key(self) -> &'static str {
        match self {
            SitePage::Impressum => "impressum-default",
            SitePage::Datenschutz => "datenschutz-default",
        }
    }
}

/// Longest text an operator may store for a page.
pub const MAX_PAGE_CHARS: usize = 50_000;

#[derive(sqlx::FromRow)]
struct BodyRow {
    body: String,
}

/// The operator's text of a page, if they wrote one.
pub async fn page_text(db: &Db, page: SitePage, locale: Locale) -> DbResult<Option<String>> {
    let q = Query::select()
        .column(SitePages::Body)
        .from(SitePages::Table)
        .and_where(Expr::col(SitePages::Slug).eq(page.slug()))
        .and_where(Expr::col(SitePages::Locale).eq(locale.code()))
        .to_owned();
    Ok(db.fetch_optional::<BodyRow>(&q).await?.map(|r| r.body))
}

/// Stores the operator's text of a page.
pub async fn save_page_text(db: &Db, page: SitePage, locale: Locale, body: &str, by: Uuid) -> DbResult<()> {
    let q = Query::insert()
        .into_table(SitePages::Table)
        .columns([
            SitePages::Slug,
            SitePages::Locale,
            SitePages::Body,
            SitePages::UpdatedAt,
            SitePages::UpdatedBy,
        ])
        .values_panic([
            page.slug().into(),
            locale.code().into(),
            body.into(),
            now().into(),
            by.into(),
        ])
        .on_conflict(
            OnConflict::columns([SitePages::Slug, SitePages::Locale])
                .update_columns([SitePages::Body, SitePages::UpdatedAt, SitePages::UpdatedBy])
                .to_owned(),
        )
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

/// Splits a plain text into paragraphs at blank lines (the stored texts are plain text, so
/// nothing an operator writes can inject markup).
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Longest feedback message.
pub const MAX_FEEDBACK_CHARS: usize = 5_000;

/// A message about a barrier.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedbackRow {
    /// Id.
    pub id: Uuid,
    /// When sent.
    pub created_at: OffsetDateTime,
    /// Sender's name, if given.
    pub name: Option<String>,
    /// Sender's address for an answer, if given.
    pub email: Option<String>,
    /// The page concerned.
    pub page_url: Option<String>,
    /// The message.
    pub message: String,
    /// When an admin marked it read.
    pub read_at: Option<OffsetDateTime>,
}

/// Stores a feedback message.
pub async fn save_feedback(
    db: &Db,
    name: Option<&str>,
    email: Option<&str>,
    page_url: Option<&str>,
    message: &str,
) -> DbResult<()> {
    let q = Query::insert()
        .into_table(Feedback::Table)
        .columns([
            Feedback::Id,
            Feedback::CreatedAt,
            Feedback::Name,
            Feedback::Email,
            Feedback::PageUrl,
            Feedback::Message,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            now().into(),
            name.into(),
            email.into(),
            page_url.into(),
            message.into(),
        ])
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

/// The inbox, newest first.
pub async fn list_feedback(db: &Db, limit: u64, offset: u64) -> DbResult<Vec<FeedbackRow>> {
    let q = Query::select()
        .columns([
            Feedback::Id,
            Feedback::CreatedAt,
            Feedback::Name,
            Feedback::Email,
            Feedback::PageUrl,
            Feedback::Message,
            Feedback::ReadAt,
        ])
        .from(Feedback::Table)
        .order_by(Feedback::CreatedAt, Order::Desc)
        .order_by(Feedback::Id, Order::Desc)
        .limit(limit)
        .offset(offset)
        .to_owned();
    db.fetch_all(&q).await
}

/// Marks a message read.
pub async fn mark_feedback_read(db: &Db, id: Uuid) -> DbResult<u64> {
    let q = Query::update()
        .table(Feedback::Table)
        .value(Feedback::ReadAt, now())
        .and_where(Expr::col(Feedback::Id).eq(id))
        .and_where(Expr::col(Feedback::ReadAt).is_null())
        .to_owned();
    db.execute(&q).await
}

#[derive(sqlx::FromRow)]
struct FeedbackCount {
    n: i64,
}

/// How many feedback messages there are, and how many of them are unread.
pub async fn count_feedback(db: &Db) -> DbResult<(i64, i64)> {
    let all = Query::select()
        .expr_as(Expr::col(Feedback::Id).count(), "n")
        .from(Feedback::Table)
        .to_owned();
    let unread = Query::select()
        .expr_as(Expr::col(Feedback::Id).count(), "n")
        .from(Feedback::Table)
        .and_where(Expr::col(Feedback::ReadAt).is_null())
        .to_owned();
    let all = db
        .fetch_optional::<FeedbackCount>(&all)
        .await?
        .map(|c| c.n)
        .unwrap_or(0);
    let unread = db
        .fetch_optional::<FeedbackCount>(&unread)
        .await?
        .map(|c| c.n)
        .unwrap_or(0);
    Ok((all, unread))
}

/// True when a feedback message with this id exists.
pub async fn feedback_exists(db: &Db, id: Uuid) -> DbResult<bool> {
    let q = Query::select()
        .expr_as(Expr::col(Feedback::Id).count(), "n")
        .from(Feedback::Table)
        .and_where(Expr::col(Feedback::Id).eq(id))
        .to_owned();
    Ok(db.fetch_optional::<FeedbackCount>(&q).await?.is_some_and(|c| c.n > 0))
}

/// Forgets the operator's text of a page, so the default text shows again.
pub async fn delete_page_text(db: &Db, page: SitePage, locale: Locale) -> DbResult<()> {
    let q = Query::delete()
        .from_table(SitePages::Table)
        .and_where(Expr::col(SitePages::Slug).eq(page.slug()))
        .and_where(Expr::col(SitePages::Locale).eq(locale.code()))
        .to_owned();
    db.execute(&q).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_drop_empty_ones() {
        assert_eq!(
            paragraphs("a\nb\r\n\r\nc\n\n\n\n d "),
            vec!["a\nb".to_owned(), "c".to_owned(), "d".to_owned()]
        );
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
