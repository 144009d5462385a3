//! The audit log of security events, visible to admins.

use sea_query::{Expr, ExprTrait, Order, Query};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::clock::now;
use crate::db::{Db, DbResult, Tx};
use crate::schema::AuditLog;

/// The security events the platform records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditEvent {
    /// A successful login.
    LoginOk,
    /// A failed login (wrong password, unknown address or throttled).
    LoginFailed,
    /// A logout.
    Logout,
    /// A password was changed or reset.
    PasswordChanged,
    /// A password reset was requested.
    PasswordResetRequested,
    /// A platform or municipality role was granted, changed or removed.
    RoleChanged,
    /// An invitation was sent.
    InvitationSent,
    /// An invitation was accepted and an account created.
    InvitationAccepted,
    /// An account was created from the command line.
    UserCreated,
    /// An account was deleted.
    UserDeleted,
    /// An API token was created.
    TokenCreated,
    /// An API token was revoked.
    TokenRevoked,
    /// A municipality was added.
    MunicipalityAdded,
    /// A municipality started or stopped sharing data with others (subject: its AGS; detail:
    /// `on` or `off`), e.g. its Selbstcheck results for the benchmark.
    DataSharingChanged,
}

impl AuditEvent {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::LoginOk => "login_ok",
            AuditEvent::LoginFailed => "login_failed",
            AuditEvent::Logout => "logout",
            AuditEvent::PasswordChanged => "password_changed",
            AuditEvent::PasswordResetRequested => "password_reset_requested",
            AuditEvent::RoleChanged => "role_changed",
            AuditEvent::InvitationSent => "invitation_sent",
            AuditEvent::InvitationAccepted => "invitation_accepted",
            AuditEvent::UserCreated => "user_created",
            AuditEvent::UserDeleted => "user_deleted",
            AuditEvent::TokenCreated => "token_created",
            AuditEvent::TokenRevoked => "token_revoked",
            AuditEvent::MunicipalityAdded => "municipality_added",
            AuditEvent::DataSharingChanged => "data_sharing_changed",
        }
    }
}

/// One entry to write.
#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    /// Who acted (id), if known.
    pub actor_id: Option<Uuid>,
    /// Who acted (address), kept after the account is deleted.
    pub actor_email: Option<&'a str>,
    /// What was acted on, e.g. an e-mail address or AGS.
    pub subject: Option<&'a str>,
    /// Client address.
    pub ip: Option<&'a str>,
    /// Further detail (a role, a reason).
    pub detail: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// An entry for something a logged-in person did from `ip`.
    pub fn by(actor: &'a crate::accounts::store::SessionUser, ip: &'a str) -> Entry<'a> {
        Entry {
            actor_id: Some(actor.id),
            actor_email: Some(&actor.email),
            ip: Some(ip),
            ..Default::default()
        }
    }
    /// What the action was about.
    pub fn subject(self, subject: &'a str) -> Entry<'a> {
        Entry {
            subject: Some(subject),
            ..self
        }
    }
    /// Further detail.
    pub fn detail(self, detail: &'a str) -> Entry<'a> {
        Entry {
            detail: Some(detail),
            ..self
        }
    }
}

fn insert(event: AuditEvent, e: &Entry<'_>) -> sea_query::InsertStatement {
    Query::insert()
        .into_table(AuditLog::Table)
        .columns([
            AuditLog::Id,
            AuditLog::OccurredAt,
            AuditLog::Event,
            AuditLog::ActorId,
            AuditLog::ActorEmail,
            AuditLog::Subject,
            AuditLog::Ip,
            AuditLog::Detail,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            now().into(),
            event.as_str().into(),
            e.actor_id.into(),
            e.actor_email.into(),
            e.subject.into(),
            e.ip.into(),
            e.detail.into(),
        ])
        .to_owned()
}

/// Records an event inside the transaction that caused it.
pub async fn record(tx: &mut Tx, event: AuditEvent, entry: &Entry<'_>) -> DbResult<()> {
    tx.execute(&insert(event, entry)).await?;
    Ok(())
}

/// Records an event on its own (e.g. a failed login, which changes nothing else).
pub async fn record_now(db: &Db, event: AuditEvent, entry: &Entry<'_>) -> DbResult<()> {
    db.execute(&insert(event, entry)).await?;
    Ok(())
}

/// A stored entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    /// When.
    pub occurred_at: OffsetDateTime,
    /// Event code.
    pub event: String,
    /// Actor address.
    pub actor_email: Option<String>,
    /// Subject.
    pub subject: Option<String>,
    /// Client address.
    pub ip: Option<String>,
    /// Detail.
    pub detail: Option<String>,
}

/// Newest entries first, optionally of one event type.
pub async fn list(db: &Db, event: Option<&str>, limit: u64, offset: u64) -> DbResult<Vec<AuditRow>> {
    let mut q = Query::select()
        .columns([
            AuditLog::OccurredAt,
            AuditLog::Event,
            AuditLog::ActorEmail,
            AuditLog::Subject,
            AuditLog::Ip,
            AuditLog::Detail,
        ])
        .from(AuditLog::Table)
        .order_by(AuditLog::OccurredAt, Order::Desc)
        .order_by(AuditLog::Id, Order::Desc)
        .limit(limit)
        .offset(offset)
        .to_owned();
    if let Some(event) = event.filter(|e| !e.is_empty()) {
        q.and_where(Expr::col(AuditLog::Event).eq(event));
    }
    db.fetch_all(&q).await
}

impl AuditEvent {
    /// Every event, in the order the admin's filter lists them.
    pub const ALL: [AuditEvent; 14] = [
        AuditEvent::LoginOk,
        AuditEvent::LoginFailed,
        AuditEvent::Logout,
        AuditEvent::PasswordChanged,
        AuditEvent::PasswordResetRequested,
        AuditEvent::RoleChanged,
        AuditEvent::InvitationSent,
        AuditEvent::InvitationAccepted,
        AuditEvent::UserCreated,
        AuditEvent::UserDeleted,
        AuditEvent::TokenCreated,
        AuditEvent::TokenRevoked,
        AuditEvent::MunicipalityAdded,
        AuditEvent::DataSharingChanged,
    ];

    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<AuditEvent> {
        AuditEvent::ALL.into_iter().find(|e| e.as_str() == code)
    }
}

/// How many entries there are, optionally of one event type (for paging).
pub async fn count(db: &Db, event: Option<&str>) -> DbResult<i64> {
    #[derive(sqlx::FromRow)]
    struct Count {
        n: i64,
    }
    let mut q = Query::select()
        .expr_as(Expr::col(AuditLog::Id).count(), "n")
        .from(AuditLog::Table)
        .to_owned();
    if let Some(event) = event.filter(|e| !e.is_empty()) {
        q.and_where(Expr::col(AuditLog::Event).eq(event));
    }
    Ok(db.fetch_optional::<Count>(&q).await?.map(|c| c.n).unwrap_or(0))
}
