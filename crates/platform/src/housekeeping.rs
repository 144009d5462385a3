//! Housekeeping: removes what the platform promises not to keep (expired sessions, old login
//! counters, settled invitations and resets, sent mail, audit entries past their retention).

use sea_query::{Expr, ExprTrait, Query};
use time::Duration;

use crate::clock::now;
use crate::db::{Db, DbResult};
use crate::schema::{AuditLog, Invitations, LoginThrottle, MailOutbox, PasswordResets, Sessions};

/// How long audit entries are kept (the privacy statement names this period).
pub const AUDIT_RETENTION: Duration = Duration::days(365);
/// How long settled invitations, resets and sent mails are kept for support questions.
pub const SETTLED_RETENTION: Duration = Duration::days(30);

/// Deletes what is past its retention; returns the number of rows removed.
pub async fn run_once(db: &Db) -> DbResult<u64> {
    let t = now();
    let statements = [
        Query::delete()
            .from_table(Sessions::Table)
            .and_where(Expr::col(Sessions::ExpiresAt).lt(t))
            .to_owned(),
        Query::delete()
            .from_table(LoginThrottle::Table)
            .and_where(Expr::col(LoginThrottle::WindowStart).lt(t - crate::accounts::throttle::WINDOW))
            .to_owned(),
        Query::delete()
            .from_table(Invitations::Table)
            .and_where(Expr::col(Invitations::ExpiresAt).lt(t - SETTLED_RETENTION))
            .to_owned(),
        Query::delete()
            .from_table(PasswordResets::Table)
            .and_where(Expr::col(PasswordResets::ExpiresAt).lt(t - SETTLED_RETENTION))
            .to_owned(),
        Query::delete()
            .from_table(MailOutbox::Table)
            .and_where(Expr::col(MailOutbox::SentAt).lt(t - SETTLED_RETENTION))
            .to_owned(),
        Query::delete()
            .from_table(AuditLog::Table)
            .and_where(Expr::col(AuditLog::OccurredAt).lt(t - AUDIT_RETENTION))
            .to_owned(),
    ];
    let mut removed = 0;
    for statement in &statements {
        removed += db.execute(statement).await?;
    }
    Ok(removed)
}

/// Runs housekeeping hourly until `shutdown` changes.
pub async fn run_worker(db: Db, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        match run_once(&db).await {
            Ok(n) if n > 0 => tracing::info!(removed = n, "housekeeping"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = shutdown.changed() => return,
        }
    }
}
