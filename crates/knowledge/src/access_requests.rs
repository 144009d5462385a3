//! Requests for articles *auf Anfrage*: a logged-in person asks with a reason, an editor grants
//! or declines, and the person gets a mail either way. A granted request opens the article's body
//! to that person. The rules of the reason are pure; the queries serve both backends.

use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Order, Query};
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::accounts::store::SessionUser;
use weltoffen_platform::db::{Db, DbResult, Tx};
use weltoffen_platform::schema::Users;

use crate::model::Access;
use crate::schema::*;
use crate::views::{BodyAccess, body_access};

/// Shortest reason, in characters.
pub const REASON_MIN: usize = 10;
/// Longest reason, in characters.
pub const REASON_MAX: usize = 1000;

/// Checks a reason; the trimmed text, or the Fluent key of the problem.
pub fn check_reason(reason: &str) -> Result<String, &'static str> {
    let reason = reason.trim();
    match reason.chars().count() {
        0 => Err("knowledge-request-error-empty"),
        n if n < REASON_MIN => Err("knowledge-request-error-short"),
        n if n > REASON_MAX => Err("knowledge-request-error-long"),
        _ => Ok(reason.to_owned()),
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    /// Waiting for an editor.
    Pending,
    /// Access given.
    Granted,
    /// Access refused.
    Declined,
}

impl RequestStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Granted => "granted",
            RequestStatus::Declined => "declined",
        }
    }

    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<RequestStatus> {
        [RequestStatus::Pending, RequestStatus::Granted, RequestStatus::Declined]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// Where `user`'s request for `article` stands, if there is one.
pub async fn status_of(db: &Db, article: Uuid, user: Uuid) -> DbResult<Option<RequestStatus>> {
    let query = Query::select()
        .column(KnowledgeAccessRequests::Status)
        .from(KnowledgeAccessRequests::Table)
        .and_where(Expr::col(KnowledgeAccessRequests::ArticleId).eq(article))
        .and_where(Expr::col(KnowledgeAccessRequests::UserId).eq(user))
        .to_owned();
    let row: Option<(String,)> = db.fetch_optional(&query).await?;
    Ok(row.and_then(|(s,)| RequestStatus::parse(&s)))
}

/// What `user` may see of an article's body: the rule of [`body_access`], and for an article on
/// request also a granted request (one query, only then). The request's status comes along for
/// the page's form.
pub async fn reader_access(
    db: &Db,
    article: Uuid,
    access: Access,
    user: Option<&SessionUser>,
) -> DbResult<(BodyAccess, Option<RequestStatus>)> {
    let rule = body_access(
        access,
        user.is_some_and(|u| !u.memberships.is_empty()),
        user.is_some_and(|u| u.is_editor()),
    );
    let Some(user) = user.filter(|_| rule == BodyAccess::OnRequest) else {
        return Ok((rule, None));
    };
    let status = status_of(db, article, user.id).await?;
    let access = if status == Some(RequestStatus::Granted) {
        BodyAccess::Full
    } else {
        rule
    };
    Ok((access, status))
}

/// Asks for access: a new request, or a declined one asked again. Returns false when a request is
/// already waiting or granted (nothing changes then).
pub async fn ask(tx: &mut Tx, article: Uuid, user: Uuid, reason: &str, now: OffsetDateTime) -> DbResult<bool> {
    let query = Query::insert()
        .into_table(KnowledgeAccessRequests::Table)
        .columns([
            KnowledgeAccessRequests::Id,
            KnowledgeAccessRequests::ArticleId,
            KnowledgeAccessRequests::UserId,
            KnowledgeAccessRequests::Reason,
            KnowledgeAccessRequests::Status,
            KnowledgeAccessRequests::CreatedAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            article.into(),
            user.into(),
            reason.into(),
            RequestStatus::Pending.code().into(),
            now.into(),
        ])
        .on_conflict(
            OnConflict::columns([KnowledgeAccessRequests::ArticleId, KnowledgeAccessRequests::UserId])
                .values([
                    (KnowledgeAccessRequests::Reason, reason.into()),
                    (KnowledgeAccessRequests::Status, RequestStatus::Pending.code().into()),
                    (KnowledgeAccessRequests::CreatedAt, now.into()),
                    (KnowledgeAccessRequests::DecidedBy, Option::<Uuid>::None.into()),
                    (
                        KnowledgeAccessRequests::DecidedAt,
                        Option::<OffsetDateTime>::None.into(),
                    ),
                ])
                .action_and_where(
                    Expr::col((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Status))
                        .eq(RequestStatus::Declined.code()),
                )
                .to_owned(),
        )
        .to_owned();
    Ok(tx.execute(&query).await? > 0)
}

/// A request as the editors see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    /// Id.
    pub id: Uuid,
    /// The article.
    pub article_id: Uuid,
    /// Its slug.
    pub slug: String,
    /// Its German title.
    pub title: String,
    /// Who asked.
    pub user_name: String,
    /// Their address.
    pub user_email: String,
    /// Their language for the mail.
    pub user_locale: String,
    /// Why.
    pub reason: String,
    /// Status code.
    pub status: String,
    /// When asked.
    pub created_at: OffsetDateTime,
}

fn request_select() -> sea_query::SelectStatement {
    let mut query = Query::select();
    query
        .columns([
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Id),
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::ArticleId),
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Reason),
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Status),
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::CreatedAt),
        ])
        .column((KnowledgeArticles::Table, KnowledgeArticles::Slug))
        .expr_as(
            Expr::col((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::Title)),
            "title",
        )
        .expr_as(Expr::col((Users::Table, Users::Name)), "user_name")
        .expr_as(Expr::col((Users::Table, Users::Email)), "user_email")
        .expr_as(Expr::col((Users::Table, Users::Locale)), "user_locale")
        .from(KnowledgeAccessRequests::Table)
        .join(
            JoinType::InnerJoin,
            KnowledgeArticles::Table,
            Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id))
                .equals((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::ArticleId)),
        )
        .join(
            JoinType::InnerJoin,
            Users::Table,
            Expr::col((Users::Table, Users::Id))
                .equals((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::UserId)),
        );
    crate::store::join_german_text(&mut query);
    query
}

/// The requests waiting for a decision, oldest first, and the last `decided` decided ones.
pub async fn for_editors(db: &Db, decided: u64) -> DbResult<(Vec<RequestRow>, Vec<RequestRow>)> {
    let pending = request_select()
        .and_where(
            Expr::col((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Status))
                .eq(RequestStatus::Pending.code()),
        )
        .order_by(
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::CreatedAt),
            Order::Asc,
        )
        .to_owned();
    let done = request_select()
        .and_where(
            Expr::col((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Status))
                .ne(RequestStatus::Pending.code()),
        )
        .order_by(
            (KnowledgeAccessRequests::Table, KnowledgeAccessRequests::DecidedAt),
            Order::Desc,
        )
        .limit(decided)
        .to_owned();
    Ok((db.fetch_all(&pending).await?, db.fetch_all(&done).await?))
}

/// One request.
pub async fn by_id(db: &Db, id: Uuid) -> DbResult<Option<RequestRow>> {
    let query = request_select()
        .and_where(Expr::col((KnowledgeAccessRequests::Table, KnowledgeAccessRequests::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&query).await
}

/// Decides a waiting request; false when it was decided already.
pub async fn decide(tx: &mut Tx, id: Uuid, to: RequestStatus, by: Uuid, now: OffsetDateTime) -> DbResult<bool> {
    let query = Query::update()
        .table(KnowledgeAccessRequests::Table)
        .values([
            (KnowledgeAccessRequests::Status, to.code().into()),
            (KnowledgeAccessRequests::DecidedBy, by.into()),
            (KnowledgeAccessRequests::DecidedAt, now.into()),
        ])
        .and_where(Expr::col(KnowledgeAccessRequests::Id).eq(id))
        .and_where(Expr::col(KnowledgeAccessRequests::Status).eq(RequestStatus::Pending.code()))
        .to_owned();
    Ok(tx.execute(&query).await? > 0)
}

/// How many requests wait for a decision.
pub async fn pending_count(db: &Db) -> DbResult<i64> {
    let query = Query::select()
        .expr_as(Expr::col(KnowledgeAccessRequests::Id).count(), "n")
        .from(KnowledgeAccessRequests::Table)
        .and_where(Expr::col(KnowledgeAccessRequests::Status).eq(RequestStatus::Pending.code()))
        .to_owned();
    let row: Option<(i64,)> = db.fetch_optional(&query).await?;
    Ok(row.map_or(0, |(n,)| n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_needs_a_few_words_and_not_a_book() {
        assert_eq!(check_reason("   "), Err("knowledge-request-error-empty"));
        assert_eq!(check_reason("kurz"), Err("knowledge-request-error-short"));
        assert_eq!(
            check_reason(&"x".repeat(REASON_MAX + 1)),
            Err("knowledge-request-error-long")
        );
        assert_eq!(
            check_reason("  Für unsere Integrationskonferenz  ").unwrap(),
            "Für unsere Integrationskonferenz"
        );
    }

    #[test]
    fn codes_round_trip() {
        for s in [RequestStatus::Pending, RequestStatus::Granted, RequestStatus::Declined] {
            assert_eq!(RequestStatus::parse(s.code()), Some(s));
        }
    }
}
