//! Queries of the magazine, both backends. Every change of an article writes a row to
//! `knowledge_changes` in the same transaction, from which each node keeps its derived data (the
//! search index, the titles other pillars link to) current.

use sea_query::{Expr, ExprTrait, Func, Iden, JoinType, OnConflict, Order, Query, SelectStatement};
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::db::{Db, DbResult, Tx};

use crate::model::{ArticleType, Status};
use crate::schema::*;

/// A published article as listed: enough for a teaser card.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SummaryRow {
    /// Id.
    pub id: Uuid,
    /// Slug.
    pub slug: String,
    /// Type code.
    pub kind: String,
    /// Access code.
    pub access: String,
    /// Publication time.
    pub published_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// German title.
    pub title_de: String,
    /// German teaser.
    pub teaser_de: String,
    /// Words of the German body.
    pub words_de: i32,
    /// English title.
    pub title_en: Option<String>,
    /// English teaser.
    pub teaser_en: Option<String>,
}

/// A whole published article.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArticleRow {
    /// Id.
    pub id: Uuid,
    /// Slug.
    pub slug: String,
    /// Type code.
    pub kind: String,
    /// Access code.
    pub access: String,
    /// Municipality types, space-separated.
    pub applies_to: String,
    /// Topics, one per line.
    pub topics: String,
    /// Publication time.
    pub published_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// German title.
    pub title_de: String,
    /// German teaser.
    pub teaser_de: String,
    /// German body, sanitised HTML.
    pub html_de: String,
    /// German checklist steps (JSON).
    pub steps_de: String,
    /// Words of the German body.
    pub words_de: i32,
    /// English title.
    pub title_en: Option<String>,
    /// English teaser.
    pub teaser_en: Option<String>,
    /// English body, sanitised HTML.
    pub html_en: Option<String>,
    /// English checklist steps (JSON).
    pub steps_en: Option<String>,
}

/// An article's author.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuthorRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// German bio.
    pub bio_de: String,
    /// English bio.
    pub bio_en: String,
}

const DE: &str = "de_text";
const EN: &str = "en_text";

/// Articles joined with their German text and, where there is one, their English text.
fn with_texts(query: &mut SelectStatement) -> &mut SelectStatement {
    query
        .from(KnowledgeArticles::Table)
        .join_as(
            JoinType::InnerJoin,
            KnowledgeArticleTexts::Table,
            DE,
            Expr::col((DE, KnowledgeArticleTexts::ArticleId))
                .equals((KnowledgeArticles::Table, KnowledgeArticles::Id))
                .and(Expr::col((DE, KnowledgeArticleTexts::Locale)).eq("de")),
        )
        .join_as(
            JoinType::LeftJoin,
            KnowledgeArticleTexts::Table,
            EN,
            Expr::col((EN, KnowledgeArticleTexts::ArticleId))
                .equals((KnowledgeArticles::Table, KnowledgeArticles::Id))
                .and(Expr::col((EN, KnowledgeArticleTexts::Locale)).eq("en")),
        )
}

/// Joins each article's German text (unaliased), for lists that show the German title.
pub fn join_german_text(query: &mut SelectStatement) -> &mut SelectStatement {
    query.join(
        JoinType::InnerJoin,
        KnowledgeArticleTexts::Table,
        Expr::col((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::ArticleId))
            .equals((KnowledgeArticles::Table, KnowledgeArticles::Id))
            .and(Expr::col((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::Locale)).eq("de")),
    )
}

/// Only articles that are published and whose publication time has come.
fn visible(query: &mut SelectStatement, now: OffsetDateTime) -> &mut SelectStatement {
    query
        .and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Status)).eq(Status::Published.code()))
        .and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::PublishedAt)).lte(now))
}

fn summary_select() -> SelectStatement {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticles::Table, KnowledgeArticles::Id),
            (KnowledgeArticles::Table, KnowledgeArticles::Slug),
            (KnowledgeArticles::Table, KnowledgeArticles::Kind),
            (KnowledgeArticles::Table, KnowledgeArticles::Access),
            (KnowledgeArticles::Table, KnowledgeArticles::PublishedAt),
            (KnowledgeArticles::Table, KnowledgeArticles::UpdatedAt),
        ])
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Title)), "title_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Teaser)), "teaser_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Words)), "words_de")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Title)), "title_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Teaser)), "teaser_en");
    with_texts(&mut query);
    query
}

/// Every published article, newest first (the pages filter by field and type on the kept catalog).
pub async fn list_published(db: &Db, now: OffsetDateTime) -> DbResult<Vec<SummaryRow>> {
    let mut query = summary_select();
    visible(&mut query, now);
    query
        .order_by((KnowledgeArticles::Table, KnowledgeArticles::PublishedAt), Order::Desc)
        .order_by((KnowledgeArticles::Table, KnowledgeArticles::Slug), Order::Asc);
    db.fetch_all(&query).await
}

/// The fields of action of every published article: (article, field).
pub async fn published_fields(db: &Db, now: OffsetDateTime) -> DbResult<Vec<(Uuid, String)>> {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticleFields::Table, KnowledgeArticleFields::ArticleId),
            (KnowledgeArticleFields::Table, KnowledgeArticleFields::FieldId),
        ])
        .from(KnowledgeArticleFields::Table)
        .inner_join(
            KnowledgeArticles::Table,
            Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id))
                .equals((KnowledgeArticleFields::Table, KnowledgeArticleFields::ArticleId)),
        );
    visible(&mut query, now);
    db.fetch_all(&query).await
}

/// The columns of a whole article; the publication time of one never published is its last change.
fn article_select() -> SelectStatement {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticles::Table, KnowledgeArticles::Id),
            (KnowledgeArticles::Table, KnowledgeArticles::Slug),
            (KnowledgeArticles::Table, KnowledgeArticles::Kind),
            (KnowledgeArticles::Table, KnowledgeArticles::Access),
            (KnowledgeArticles::Table, KnowledgeArticles::AppliesTo),
            (KnowledgeArticles::Table, KnowledgeArticles::Topics),
        ])
        .expr_as(
            Func::coalesce([
                Expr::col((KnowledgeArticles::Table, KnowledgeArticles::PublishedAt)),
                Expr::col((KnowledgeArticles::Table, KnowledgeArticles::UpdatedAt)),
            ]),
            "published_at",
        )
        .column((KnowledgeArticles::Table, KnowledgeArticles::UpdatedAt))
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Title)), "title_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Teaser)), "teaser_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::BodyHtml)), "html_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Steps)), "steps_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Words)), "words_de")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Title)), "title_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Teaser)), "teaser_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::BodyHtml)), "html_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Steps)), "steps_en");
    with_texts(&mut query);
    query
}

/// A published article by slug.
pub async fn published_by_slug(db: &Db, slug: &str, now: OffsetDateTime) -> DbResult<Option<ArticleRow>> {
    let mut query = article_select();
    visible(&mut query, now);
    query.and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Slug)).eq(slug));
    db.fetch_optional(&query).await
}

/// An article by id whatever its status, for the editors' preview.
pub async fn article_by_id(db: &Db, id: Uuid) -> DbResult<Option<ArticleRow>> {
    let mut query = article_select();
    query.and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id)).eq(id));
    db.fetch_optional(&query).await
}

/// The fields of one article.
pub async fn fields_of(db: &Db, article: Uuid) -> DbResult<Vec<String>> {
    let query = Query::select()
        .column(KnowledgeArticleFields::FieldId)
        .from(KnowledgeArticleFields::Table)
        .and_where(Expr::col(KnowledgeArticleFields::ArticleId).eq(article))
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&query).await?;
    Ok(rows.into_iter().map(|(f,)| f).collect())
}

/// The authors of one article, in their order.
pub async fn authors_of(db: &Db, article: Uuid) -> DbResult<Vec<AuthorRow>> {
    let query = Query::select()
        .columns([
            (KnowledgeAuthors::Table, KnowledgeAuthors::Id),
            (KnowledgeAuthors::Table, KnowledgeAuthors::Name),
            (KnowledgeAuthors::Table, KnowledgeAuthors::BioDe),
            (KnowledgeAuthors::Table, KnowledgeAuthors::BioEn),
        ])
        .from(KnowledgeArticleAuthors::Table)
        .inner_join(
            KnowledgeAuthors::Table,
            Expr::col((KnowledgeAuthors::Table, KnowledgeAuthors::Id))
                .equals((KnowledgeArticleAuthors::Table, KnowledgeArticleAuthors::AuthorId)),
        )
        .and_where(Expr::col((KnowledgeArticleAuthors::Table, KnowledgeArticleAuthors::ArticleId)).eq(article))
        .order_by(
            (KnowledgeArticleAuthors::Table, KnowledgeArticleAuthors::Position),
            Order::Asc,
        )
        .to_owned();
    db.fetch_all(&query).await
}

/// The published articles related to one article, in their order.
pub async fn related_of(db: &Db, article: Uuid, now: OffsetDateTime) -> DbResult<Vec<SummaryRow>> {
    let mut query = summary_select();
    visible(&mut query, now);
    query
        .inner_join(
            KnowledgeRelated::Table,
            Expr::col((KnowledgeRelated::Table, KnowledgeRelated::RelatedSlug))
                .equals((KnowledgeArticles::Table, KnowledgeArticles::Slug)),
        )
        .and_where(Expr::col((KnowledgeRelated::Table, KnowledgeRelated::ArticleId)).eq(article))
        .order_by((KnowledgeRelated::Table, KnowledgeRelated::Position), Order::Asc);
    db.fetch_all(&query).await
}

/// The slugs of every article, in any status.
pub async fn all_slugs(db: &Db) -> DbResult<Vec<String>> {
    let query = Query::select()
        .column(KnowledgeArticles::Slug)
        .from(KnowledgeArticles::Table)
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&query).await?;
    Ok(rows.into_iter().map(|(s,)| s).collect())
}

/// Every author, by name.
pub async fn all_authors(db: &Db) -> DbResult<Vec<AuthorRow>> {
    let query = Query::select()
        .columns([
            KnowledgeAuthors::Id,
            KnowledgeAuthors::Name,
            KnowledgeAuthors::BioDe,
            KnowledgeAuthors::BioEn,
        ])
        .from(KnowledgeAuthors::Table)
        .order_by(KnowledgeAuthors::Name, Order::Asc)
        .to_owned();
    db.fetch_all(&query).await
}

/// The ids of every author.
pub async fn author_ids(db: &Db) -> DbResult<Vec<String>> {
    let query = Query::select()
        .column(KnowledgeAuthors::Id)
        .from(KnowledgeAuthors::Table)
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&query).await?;
    Ok(rows.into_iter().map(|(s,)| s).collect())
}

/// A new author.
pub async fn insert_author(tx: &mut Tx, id: &str, name: &str, bio_de: &str, bio_en: &str) -> DbResult<()> {
    let query = Query::insert()
        .into_table(KnowledgeAuthors::Table)
        .columns([
            KnowledgeAuthors::Id,
            KnowledgeAuthors::Name,
            KnowledgeAuthors::BioDe,
            KnowledgeAuthors::BioEn,
        ])
        .values_panic([id.into(), name.into(), bio_de.into(), bio_en.into()])
        .to_owned();
    tx.execute(&query).await.map(|_| ())
}

/// An article to insert, with everything it links to.
#[derive(Debug, Clone)]
pub struct NewArticle<'a> {
    /// Slug.
    pub slug: &'a str,
    /// Type.
    pub kind: ArticleType,
    /// Status.
    pub status: Status,
    /// Access code.
    pub access: &'a str,
    /// Municipality types, space-separated.
    pub applies_to: String,
    /// Topics, one per line.
    pub topics: String,
    /// Publication time.
    pub published_at: Option<OffsetDateTime>,
    /// Fields of action.
    pub fields: &'a [String],
    /// Author ids, in order.
    pub authors: &'a [String],
    /// Related slugs, in order.
    pub related: &'a [String],
    /// Texts per language.
    pub texts: Vec<NewText<'a>>,
}

/// An article's text in one language, rendered.
#[derive(Debug, Clone)]
pub struct NewText<'a> {
    /// `de` or `en`.
    pub locale: &'a str,
    /// Title.
    pub title: &'a str,
    /// Teaser.
    pub teaser: &'a str,
    /// Markdown source.
    pub markdown: &'a str,
    /// Sanitised HTML.
    pub html: String,
    /// Steps as JSON.
    pub steps: String,
    /// Words in the body.
    pub words: usize,
}

/// Inserts an article with its texts, fields, authors and related articles, and records the change.
pub async fn insert_article(tx: &mut Tx, article: &NewArticle<'_>, now: OffsetDateTime) -> DbResult<Uuid> {
    let id = Uuid::now_v7();
    let query = Query::insert()
        .into_table(KnowledgeArticles::Table)
        .columns([
            KnowledgeArticles::Id,
            KnowledgeArticles::Slug,
            KnowledgeArticles::Kind,
            KnowledgeArticles::Status,
            KnowledgeArticles::Access,
            KnowledgeArticles::AppliesTo,
            KnowledgeArticles::Topics,
            KnowledgeArticles::PublishedAt,
            KnowledgeArticles::CreatedAt,
            KnowledgeArticles::UpdatedAt,
        ])
        .values_panic([
            id.into(),
            article.slug.into(),
            article.kind.code().into(),
            article.status.code().into(),
            article.access.into(),
            article.applies_to.as_str().into(),
            article.topics.as_str().into(),
            article.published_at.into(),
            now.into(),
            now.into(),
        ])
        .to_owned();
    tx.execute(&query).await?;
    insert_parts(tx, id, article).await?;
    record_change(tx, id, now).await?;
    Ok(id)
}

/// Inserts an article's texts, fields, authors and related slugs.
pub async fn insert_parts(tx: &mut Tx, id: Uuid, article: &NewArticle<'_>) -> DbResult<()> {
    for text in &article.texts {
        let query = Query::insert()
            .into_table(KnowledgeArticleTexts::Table)
            .columns([
                KnowledgeArticleTexts::ArticleId,
                KnowledgeArticleTexts::Locale,
                KnowledgeArticleTexts::Title,
                KnowledgeArticleTexts::Teaser,
                KnowledgeArticleTexts::BodyMarkdown,
                KnowledgeArticleTexts::BodyHtml,
                KnowledgeArticleTexts::Steps,
                KnowledgeArticleTexts::Words,
            ])
            .values_panic([
                id.into(),
                text.locale.into(),
                text.title.into(),
                text.teaser.into(),
                text.markdown.into(),
                text.html.as_str().into(),
                text.steps.as_str().into(),
                i32::try_from(text.words).unwrap_or(i32::MAX).into(),
            ])
            .to_owned();
        tx.execute(&query).await?;
    }
    if !article.fields.is_empty() {
        let mut query = Query::insert();
        query
            .into_table(KnowledgeArticleFields::Table)
            .columns([KnowledgeArticleFields::ArticleId, KnowledgeArticleFields::FieldId]);
        for field in article.fields {
            query.values_panic([id.into(), field.as_str().into()]);
        }
        tx.execute(&query).await?;
    }
    insert_positioned(
        tx,
        KnowledgeArticleAuthors::Table,
        [
            KnowledgeArticleAuthors::ArticleId,
            KnowledgeArticleAuthors::AuthorId,
            KnowledgeArticleAuthors::Position,
        ],
        id,
        article.authors,
    )
    .await?;
    insert_positioned(
        tx,
        KnowledgeRelated::Table,
        [
            KnowledgeRelated::ArticleId,
            KnowledgeRelated::RelatedSlug,
            KnowledgeRelated::Position,
        ],
        id,
        article.related,
    )
    .await?;
    Ok(())
}

/// Deletes an article's texts, fields, authors and related slugs (before [`insert_parts`]).
pub async fn delete_parts(tx: &mut Tx, id: Uuid) -> DbResult<()> {
    let texts = Query::delete()
        .from_table(KnowledgeArticleTexts::Table)
        .and_where(Expr::col(KnowledgeArticleTexts::ArticleId).eq(id))
        .to_owned();
    tx.execute(&texts).await?;
    let fields = Query::delete()
        .from_table(KnowledgeArticleFields::Table)
        .and_where(Expr::col(KnowledgeArticleFields::ArticleId).eq(id))
        .to_owned();
    tx.execute(&fields).await?;
    let authors = Query::delete()
        .from_table(KnowledgeArticleAuthors::Table)
        .and_where(Expr::col(KnowledgeArticleAuthors::ArticleId).eq(id))
        .to_owned();
    tx.execute(&authors).await?;
    let related = Query::delete()
        .from_table(KnowledgeRelated::Table)
        .and_where(Expr::col(KnowledgeRelated::ArticleId).eq(id))
        .to_owned();
    tx.execute(&related).await.map(|_| ())
}

/// Inserts an article's ordered list (authors, related slugs) as (article, value, position) rows,
/// in one statement.
async fn insert_positioned<T: Iden + Copy + 'static>(
    tx: &mut Tx,
    table: T,
    columns: [T; 3],
    article: Uuid,
    values: &[String],
) -> DbResult<()> {
    if values.is_empty() {
        return Ok(());
    }
    let mut query = Query::insert();
    query.into_table(table).columns(columns);
    for (position, value) in values.iter().enumerate() {
        query.values_panic([
            article.into(),
            value.as_str().into(),
            i32::try_from(position).unwrap_or(i32::MAX).into(),
        ]);
    }
    tx.execute(&query).await.map(|_| ())
}

/// Records that an article changed (in the transaction of the change).
pub async fn record_change(tx: &mut Tx, article: Uuid, now: OffsetDateTime) -> DbResult<()> {
    let query = Query::insert()
        .into_table(KnowledgeChanges::Table)
        .columns([KnowledgeChanges::ArticleId, KnowledgeChanges::ChangedAt])
        .values_panic([article.into(), now.into()])
        .to_owned();
    tx.execute(&query).await.map(|_| ())
}

/// A municipality's record of one checklist step.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChecklistStepRow {
    /// The step's id.
    pub step_id: String,
    /// Done.
    pub done: bool,
    /// Note.
    pub note: String,
    /// Responsible person or office.
    pub responsible: String,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

/// A published checklist with its steps, for the list of a municipality's checklists.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChecklistRow {
    /// Id.
    pub id: Uuid,
    /// Slug.
    pub slug: String,
    /// German title.
    pub title_de: String,
    /// English title.
    pub title_en: Option<String>,
    /// German steps (JSON); the English steps have the same ids.
    pub steps_de: String,
}

/// Every published checklist.
pub async fn published_checklists(db: &Db, now: OffsetDateTime) -> DbResult<Vec<ChecklistRow>> {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticles::Table, KnowledgeArticles::Id),
            (KnowledgeArticles::Table, KnowledgeArticles::Slug),
        ])
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Title)), "title_de")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Title)), "title_en")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Steps)), "steps_de");
    with_texts(&mut query);
    visible(&mut query, now);
    query
        .and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Kind)).eq(ArticleType::Checkliste.code()))
        .order_by((DE, KnowledgeArticleTexts::Title), Order::Asc);
    db.fetch_all(&query).await
}

/// A municipality's records of the steps of one checklist.
pub async fn checklist_steps(db: &Db, municipality: Uuid, article: Uuid) -> DbResult<Vec<ChecklistStepRow>> {
    let query = Query::select()
        .columns([
            KnowledgeChecklistSteps::StepId,
            KnowledgeChecklistSteps::Done,
            KnowledgeChecklistSteps::Note,
            KnowledgeChecklistSteps::Responsible,
            KnowledgeChecklistSteps::UpdatedAt,
        ])
        .from(KnowledgeChecklistSteps::Table)
        .and_where(Expr::col(KnowledgeChecklistSteps::MunicipalityId).eq(municipality))
        .and_where(Expr::col(KnowledgeChecklistSteps::ArticleId).eq(article))
        .to_owned();
    db.fetch_all(&query).await
}

/// The steps a municipality has done, per checklist: (article, step).
pub async fn done_steps(db: &Db, municipality: Uuid) -> DbResult<Vec<(Uuid, String)>> {
    let query = Query::select()
        .columns([KnowledgeChecklistSteps::ArticleId, KnowledgeChecklistSteps::StepId])
        .from(KnowledgeChecklistSteps::Table)
        .and_where(Expr::col(KnowledgeChecklistSteps::MunicipalityId).eq(municipality))
        .and_where(Expr::col(KnowledgeChecklistSteps::Done).eq(true))
        .to_owned();
    db.fetch_all(&query).await
}

/// Stores a municipality's records of every step of a checklist, in one transaction.
pub async fn save_checklist(
    db: &Db,
    municipality: Uuid,
    article: Uuid,
    user: Uuid,
    entries: &[crate::checklist::StepEntry],
    now: OffsetDateTime,
) -> DbResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let mut query = Query::insert();
    query
        .into_table(KnowledgeChecklistSteps::Table)
        .columns([
            KnowledgeChecklistSteps::MunicipalityId,
            KnowledgeChecklistSteps::ArticleId,
            KnowledgeChecklistSteps::StepId,
            KnowledgeChecklistSteps::Done,
            KnowledgeChecklistSteps::Note,
            KnowledgeChecklistSteps::Responsible,
            KnowledgeChecklistSteps::UpdatedBy,
            KnowledgeChecklistSteps::UpdatedAt,
        ])
        .on_conflict(
            OnConflict::columns([
                KnowledgeChecklistSteps::MunicipalityId,
                KnowledgeChecklistSteps::ArticleId,
                KnowledgeChecklistSteps::StepId,
            ])
            .update_columns([
                KnowledgeChecklistSteps::Done,
                KnowledgeChecklistSteps::Note,
                KnowledgeChecklistSteps::Responsible,
                KnowledgeChecklistSteps::UpdatedBy,
                KnowledgeChecklistSteps::UpdatedAt,
            ])
            .to_owned(),
        );
    for e in entries {
        query.values_panic([
            municipality.into(),
            article.into(),
            e.step_id.as_str().into(),
            e.done.into(),
            e.note.as_str().into(),
            e.responsible.as_str().into(),
            user.into(),
            now.into(),
        ]);
    }
    let mut tx = db.begin().await?;
    tx.execute(&query).await?;
    tx.commit().await
}

/// The newest change of any article (0 before the first).
pub async fn latest_change(db: &Db) -> DbResult<i64> {
    let query = Query::select()
        .expr_as(Expr::col(KnowledgeChanges::Id).max(), "latest")
        .from(KnowledgeChanges::Table)
        .to_owned();
    let row: Option<(Option<i64>,)> = db.fetch_optional(&query).await?;
    Ok(row.and_then(|(latest,)| latest).unwrap_or(0))
}

/// An article as the search index reads it, whatever its status: the index keeps the published
/// ones and drops the others.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SearchableRow {
    /// Id.
    pub id: Uuid,
    /// Slug.
    pub slug: String,
    /// Type code.
    pub kind: String,
    /// Status code.
    pub status: String,
    /// Access code.
    pub access: String,
    /// Municipality types, space-separated.
    pub applies_to: String,
    /// Topics, one per line.
    pub topics: String,
    /// Publication time (none for a draft that was never scheduled).
    pub published_at: Option<OffsetDateTime>,
    /// German title.
    pub title_de: String,
    /// German teaser.
    pub teaser_de: String,
    /// German body, Markdown.
    pub markdown_de: String,
    /// English title.
    pub title_en: Option<String>,
    /// English teaser.
    pub teaser_en: Option<String>,
    /// English body, Markdown.
    pub markdown_en: Option<String>,
}

/// The articles with `ids`, or all when `ids` is `None`, for the search index.
pub async fn searchable(db: &Db, ids: Option<&[Uuid]>) -> DbResult<Vec<SearchableRow>> {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeArticles::Table, KnowledgeArticles::Id),
            (KnowledgeArticles::Table, KnowledgeArticles::Slug),
            (KnowledgeArticles::Table, KnowledgeArticles::Kind),
            (KnowledgeArticles::Table, KnowledgeArticles::Status),
            (KnowledgeArticles::Table, KnowledgeArticles::Access),
            (KnowledgeArticles::Table, KnowledgeArticles::AppliesTo),
            (KnowledgeArticles::Table, KnowledgeArticles::Topics),
            (KnowledgeArticles::Table, KnowledgeArticles::PublishedAt),
        ])
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Title)), "title_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::Teaser)), "teaser_de")
        .expr_as(Expr::col((DE, KnowledgeArticleTexts::BodyMarkdown)), "markdown_de")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Title)), "title_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::Teaser)), "teaser_en")
        .expr_as(Expr::col((EN, KnowledgeArticleTexts::BodyMarkdown)), "markdown_en");
    with_texts(&mut query);
    if let Some(ids) = ids {
        query.and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id)).is_in(ids.iter().copied()));
    }
    db.fetch_all(&query).await
}

/// The fields of action of the articles with `ids`, or of all when `ids` is `None`.
pub async fn fields_of_articles(db: &Db, ids: Option<&[Uuid]>) -> DbResult<Vec<(Uuid, String)>> {
    let mut query = Query::select();
    query
        .columns([KnowledgeArticleFields::ArticleId, KnowledgeArticleFields::FieldId])
        .from(KnowledgeArticleFields::Table);
    if let Some(ids) = ids {
        query.and_where(Expr::col(KnowledgeArticleFields::ArticleId).is_in(ids.iter().copied()));
    }
    db.fetch_all(&query).await
}

/// The changes after `after`, oldest first: (change id, article).
pub async fn changes_since(db: &Db, after: i64) -> DbResult<Vec<(i64, Uuid)>> {
    let query = Query::select()
        .columns([KnowledgeChanges::Id, KnowledgeChanges::ArticleId])
        .from(KnowledgeChanges::Table)
        .and_where(Expr::col(KnowledgeChanges::Id).gt(after))
        .order_by(KnowledgeChanges::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&query).await
}
