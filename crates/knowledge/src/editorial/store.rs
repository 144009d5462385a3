//! The editorial queries, both backends. A save names the version it started from: the article's
//! row is updated only while that is still its version, so two editors never overwrite each other
//! unnoticed. Every save and status change writes `knowledge_changes` in the same transaction.

use sea_query::{Expr, ExprTrait, JoinType, Order, Query};
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult, Tx};
use weltoffen_platform::schema::Users;

use super::draft::{Draft, DraftText};
use crate::markdown;
use crate::model::{ArticleType, Status, count_words};
use crate::schema::*;
use crate::store::{self, NewArticle, NewText, record_change};

/// An article as the editors' list shows it, whatever its status.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditorRow {
    /// Id.
    pub id: Uuid,
    /// Slug.
    pub slug: String,
    /// Type code.
    pub kind: String,
    /// Status code.
    pub status: String,
    /// Publication time (planned when in the future).
    pub published_at: Option<OffsetDateTime>,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// The current version's number.
    pub revision: i64,
    /// German title.
    pub title: String,
}

fn editor_select() -> sea_query::SelectStatement {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticles::Table, KnowledgeArticles::Id),
            (KnowledgeArticles::Table, KnowledgeArticles::Slug),
            (KnowledgeArticles::Table, KnowledgeArticles::Kind),
            (KnowledgeArticles::Table, KnowledgeArticles::Status),
            (KnowledgeArticles::Table, KnowledgeArticles::PublishedAt),
            (KnowledgeArticles::Table, KnowledgeArticles::UpdatedAt),
        ])
        .column((KnowledgeArticles::Table, KnowledgeArticles::Revision))
        .expr_as(
            Expr::col((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::Title)),
            "title",
        )
        .from(KnowledgeArticles::Table);
    store::join_german_text(&mut query);
    query
}

/// Every article, the last changed first.
pub async fn list(db: &Db) -> DbResult<Vec<EditorRow>> {
    let query = editor_select()
        .order_by((KnowledgeArticles::Table, KnowledgeArticles::UpdatedAt), Order::Desc)
        .order_by((KnowledgeArticles::Table, KnowledgeArticles::Slug), Order::Asc)
        .to_owned();
    db.fetch_all(&query).await
}

/// One article's row.
pub async fn row(db: &Db, id: Uuid) -> DbResult<Option<EditorRow>> {
    let query = editor_select()
        .and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&query).await
}

#[derive(sqlx::FromRow)]
struct HeadRow {
    kind: String,
    access: String,
    applies_to: String,
    topics: String,
}

#[derive(sqlx::FromRow)]
struct TextRow {
    locale: String,
    title: String,
    teaser: String,
    body_markdown: String,
    steps: String,
}

/// The article's current content as a draft (five queries).
pub async fn current_draft(db: &Db, id: Uuid) -> DbResult<Option<Draft>> {
    let head = Query::select()
        .columns([
            KnowledgeArticles::Kind,
            KnowledgeArticles::Access,
            KnowledgeArticles::AppliesTo,
            KnowledgeArticles::Topics,
        ])
        .from(KnowledgeArticles::Table)
        .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
        .to_owned();
    let Some(head): Option<HeadRow> = db.fetch_optional(&head).await? else {
        return Ok(None);
    };
    let texts = Query::select()
        .columns([
            KnowledgeArticleTexts::Locale,
            KnowledgeArticleTexts::Title,
            KnowledgeArticleTexts::Teaser,
            KnowledgeArticleTexts::BodyMarkdown,
            KnowledgeArticleTexts::Steps,
        ])
        .from(KnowledgeArticleTexts::Table)
        .and_where(Expr::col(KnowledgeArticleTexts::ArticleId).eq(id))
        .to_owned();
    let texts: Vec<TextRow> = db.fetch_all(&texts).await?;
    let text = |locale: &str| {
        texts.iter().find(|t| t.locale == locale).map(|t| DraftText {
            title: t.title.clone(),
            teaser: t.teaser.clone(),
            body: t.body_markdown.clone(),
            steps: serde_json::from_str(&t.steps).unwrap_or_default(),
        })
    };
    let authors = store::authors_of(db, id).await?.into_iter().map(|a| a.id).collect();
    let fields = store::fields_of(db, id).await?;
    let related = Query::select()
        .column(KnowledgeRelated::RelatedSlug)
        .from(KnowledgeRelated::Table)
        .and_where(Expr::col(KnowledgeRelated::ArticleId).eq(id))
        .order_by(KnowledgeRelated::Position, Order::Asc)
        .to_owned();
    let related: Vec<(String,)> = db.fetch_all(&related).await?;
    Ok(Some(Draft {
        kind: head.kind,
        access: head.access,
        fields,
        applies_to: head.applies_to.split_whitespace().map(str::to_owned).collect(),
        topics: head
            .topics
            .lines()
            .map(str::to_owned)
            .filter(|t| !t.is_empty())
            .collect(),
        authors,
        related: related.into_iter().map(|(s,)| s).collect(),
        de: text("de").unwrap_or_default(),
        en: text("en"),
    }))
}

fn new_text<'a>(locale: &'a str, text: &'a DraftText) -> NewText<'a> {
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

fn new_article<'a>(slug: &'a str, draft: &'a Draft) -> NewArticle<'a> {
    NewArticle {
        slug,
        kind: ArticleType::parse(&draft.kind).unwrap_or(ArticleType::Leitartikel),
        status: Status::Draft,
        access: &draft.access,
        applies_to: draft.applies_to.join(" "),
        topics: draft.topics.join("\n"),
        published_at: None,
        fields: &draft.fields,
        authors: &draft.authors,
        related: &draft.related,
        texts: std::iter::once(new_text("de", &draft.de))
            .chain(draft.en.as_ref().map(|en| new_text("en", en)))
            .collect(),
    }
}

async fn insert_revision(
    tx: &mut Tx,
    article: Uuid,
    number: i64,
    draft: &Draft,
    note: &str,
    by: Option<Uuid>,
    now: OffsetDateTime,
) -> DbResult<()> {
    let content = serde_json::to_string(draft).unwrap_or_default();
    let query = Query::insert()
        .into_table(KnowledgeRevisions::Table)
        .columns([
            KnowledgeRevisions::ArticleId,
            KnowledgeRevisions::Number,
            KnowledgeRevisions::Content,
            KnowledgeRevisions::Note,
            KnowledgeRevisions::CreatedBy,
            KnowledgeRevisions::CreatedAt,
        ])
        .values_panic([
            article.into(),
            number.into(),
            content.into(),
            note.into(),
            by.into(),
            now.into(),
        ])
        .to_owned();
    tx.execute(&query).await.map(|_| ())
}

/// Makes `draft` the article's kept version 1 (for an article inserted without the editors, such
/// as a shipped one).
pub async fn keep_first_version(tx: &mut Tx, id: Uuid, draft: &Draft, now: OffsetDateTime) -> DbResult<()> {
    let bump = Query::update()
        .table(KnowledgeArticles::Table)
        .value(KnowledgeArticles::Revision, 1)
        .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
        .to_owned();
    tx.execute(&bump).await?;
    insert_revision(tx, id, 1, draft, "", None, now).await
}

/// Creates a draft article with its first version.
pub async fn create(
    tx: &mut Tx,
    slug: &str,
    draft: &Draft,
    note: &str,
    by: Uuid,
    now: OffsetDateTime,
) -> DbResult<Uuid> {
    let id = store::insert_article(tx, &new_article(slug, draft), now).await?;
    let bump = Query::update()
        .table(KnowledgeArticles::Table)
        .value(KnowledgeArticles::Revision, 1)
        .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
        .to_owned();
    tx.execute(&bump).await?;
    insert_revision(tx, id, 1, draft, note, Some(by), now).await?;
    Ok(id)
}

/// What a save found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved as this version.
    As(i64),
    /// Someone saved another version since `base`; nothing was written.
    Stale,
}

/// Saves `draft` as the version after `base`. `previous` is the content of version `base`: an
/// article that never had a kept version (a shipped one) keeps it as version `base` first, so the
/// history can show and restore it.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    tx: &mut Tx,
    id: Uuid,
    slug: &str,
    base: i64,
    previous: &Draft,
    draft: &Draft,
    note: &str,
    by: Uuid,
    now: OffsetDateTime,
) -> DbResult<Saved> {
    let next = base + 1;
    let article = new_article(slug, draft);
    let update = Query::update()
        .table(KnowledgeArticles::Table)
        .values([
            (KnowledgeArticles::Kind, article.kind.code().into()),
            (KnowledgeArticles::Access, draft.access.as_str().into()),
            (KnowledgeArticles::AppliesTo, article.applies_to.as_str().into()),
            (KnowledgeArticles::Topics, article.topics.as_str().into()),
            (KnowledgeArticles::UpdatedAt, now.into()),
            (KnowledgeArticles::Revision, next.into()),
        ])
        .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
        .and_where(Expr::col(KnowledgeArticles::Revision).eq(base))
        .to_owned();
    if tx.execute(&update).await? == 0 {
        return Ok(Saved::Stale);
    }
    if revision_content(tx, id, base).await?.is_none() {
        insert_revision(tx, id, base, previous, "", None, now).await?;
    }
    store::delete_parts(tx, id).await?;
    store::insert_parts(tx, id, &article).await?;
    insert_revision(tx, id, next, draft, note, Some(by), now).await?;
    record_change(tx, id, now).await?;
    Ok(Saved::As(next))
}

async fn revision_content(tx: &mut Tx, id: Uuid, number: i64) -> DbResult<Option<String>> {
    let query = Query::select()
        .column(KnowledgeRevisions::Content)
        .from(KnowledgeRevisions::Table)
        .and_where(Expr::col(KnowledgeRevisions::ArticleId).eq(id))
        .and_where(Expr::col(KnowledgeRevisions::Number).eq(number))
        .to_owned();
    let row: Option<(String,)> = tx.fetch_optional(&query).await?;
    Ok(row.map(|(c,)| c))
}

/// Moves an article from `from` to `to`, setting its publication time when given; false when it
/// was no longer in `from` (someone else moved it first).
pub async fn set_status(
    tx: &mut Tx,
    id: Uuid,
    from: Status,
    to: Status,
    published_at: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> DbResult<bool> {
    let mut update = Query::update();
    update
        .table(KnowledgeArticles::Table)
        .value(KnowledgeArticles::Status, to.code())
        .value(KnowledgeArticles::UpdatedAt, now)
        .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
        .and_where(Expr::col(KnowledgeArticles::Status).eq(from.code()));
    if let Some(at) = published_at {
        update.value(KnowledgeArticles::PublishedAt, at);
    }
    if tx.execute(&update).await? == 0 {
        return Ok(false);
    }
    record_change(tx, id, now).await?;
    Ok(true)
}

/// A kept version.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRow {
    /// Its number.
    pub number: i64,
    /// What changed, as the editor said.
    pub note: String,
    /// When it was saved.
    pub created_at: OffsetDateTime,
    /// Who saved it (none for the shipped original or a deleted account).
    pub author: Option<String>,
    /// The content as JSON.
    pub content: String,
}

impl RevisionRow {
    /// The content as a draft.
    pub fn draft(&self) -> Option<Draft> {
        serde_json::from_str(&self.content).ok()
    }
}

fn revision_select() -> sea_query::SelectStatement {
    Query::select()
        .columns([
            (KnowledgeRevisions::Table, KnowledgeRevisions::Number),
            (KnowledgeRevisions::Table, KnowledgeRevisions::Note),
            (KnowledgeRevisions::Table, KnowledgeRevisions::CreatedAt),
            (KnowledgeRevisions::Table, KnowledgeRevisions::Content),
        ])
        .expr_as(Expr::col((Users::Table, Users::Name)), "author")
        .from(KnowledgeRevisions::Table)
        .join(
            JoinType::LeftJoin,
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((KnowledgeRevisions::Table, KnowledgeRevisions::CreatedBy)),
        )
        .to_owned()
}

/// An article's kept versions, the newest first.
pub async fn revisions(db: &Db, id: Uuid) -> DbResult<Vec<RevisionRow>> {
    let query = revision_select()
        .and_where(Expr::col((KnowledgeRevisions::Table, KnowledgeRevisions::ArticleId)).eq(id))
        .order_by((KnowledgeRevisions::Table, KnowledgeRevisions::Number), Order::Desc)
        .to_owned();
    db.fetch_all(&query).await
}
