//! Mail: an outbox written in the same transaction as the change that causes a mail, and a
//! worker that delivers it through SMTP or into `.eml` files, with retries and backoff.

use std::time::Duration as StdDuration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_query::{Expr, ExprTrait, Order, Query};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::clock::now;
use crate::db::{Db, DbResult, Tx};
use crate::i18n::Locale;
use crate::schema::MailOutbox;
use crate::settings::{MailDelivery, Settings};

/// Attempts before a mail is given up (it stays in the outbox with its last error).
pub const MAX_ATTEMPTS: i64 = 8;

/// The wait before attempt `attempts + 1`: 30 s doubling, at most one hour.
pub fn backoff(attempts: i64) -> Duration {
    let exp = attempts.clamp(0, 7) as u32;
    Duration::seconds(std::cmp::min(30i64 << exp, 3600))
}

/// A mail the platform sends, with what its text needs.
#[derive(Debug, Clone)]
pub enum MailKind<'a> {
    /// An invitation to join the platform (and a municipality).
    Invitation {
        /// Name of the person who invites (or the platform).
        inviter: &'a str,
        /// Municipality name, or empty for a platform role.
        municipality: &'a str,
        /// Link to accept.
        link: &'a str,
        /// Expiry date, formatted.
        expires: &'a str,
        /// What the inviting pillar adds, in the mail's language and ending in a blank line
        /// (e.g. the Selbstcheck fields to answer); empty for none.
        details: &'a str,
    },
    /// A link to set a new password.
    PasswordReset {
        /// Link.
        link: &'a str,
    },
    /// Notice that the password was changed.
    PasswordChanged,
    /// A mail whose text a pillar keeps in its own Fluent file: the keys of subject and body and
    /// the arguments of both (text already in the recipient's language, e.g. titles of content).
    Message {
        /// Key of the subject.
        subject: &'static str,
        /// Key of the body.
        body: &'static str,
        /// Text arguments.
        texts: &'a [(&'a str, &'a str)],
        /// Number arguments (they choose plural variants).
        numbers: &'a [(&'a str, usize)],
    },
}

impl MailKind<'_> {
    fn render(&self, locale: Locale) -> (String, String) {
        match self {
            MailKind::Invitation {
                inviter,
                municipality,
                link,
                expires,
                details,
            } => {
                let args = [
                    ("inviter", *inviter),
                    ("municipality", *municipality),
                    ("link", *link),
                    ("expires", *expires),
                    ("details", *details),
                ];
                let (subject, body) = if municipality.is_empty() {
                    ("mail-invitation-platform-subject", "mail-invitation-platform-body")
                } else {
                    ("mail-invitation-subject", "mail-invitation-body")
                };
                (locale.t_args(subject, &args), locale.t_args(body, &args))
            }
            MailKind::PasswordReset { link } => {
                let args = [("link", *link)];
                (locale.t("mail-reset-subject"), locale.t_args("mail-reset-body", &args))
            }
            MailKind::PasswordChanged => (
                locale.t("mail-password-changed-subject"),
                locale.t("mail-password-changed-body"),
            ),
            MailKind::Message {
                subject,
                body,
                texts,
                numbers,
            } => (
                locale.t_numbers(subject, texts, numbers),
                locale.t_numbers(body, texts, numbers),
            ),
        }
    }
}

/// Puts a mail into the outbox inside the caller's transaction.
pub async fn enqueue(tx: &mut Tx, recipient: &str, locale: Locale, kind: &MailKind<'_>) -> DbResult<()> {
    let (subject, body) = kind.render(locale);
    let t = now();
    let q = Query::insert()
        .into_table(MailOutbox::Table)
        .columns([
            MailOutbox::Id,
            MailOutbox::CreatedAt,
            MailOutbox::Recipient,
            MailOutbox::Subject,
            MailOutbox::BodyText,
            MailOutbox::Attempts,
            MailOutbox::NextAttemptAt,
        ])
        .values_panic([
            Uuid::now_v7().into(),
            t.into(),
            recipient.into(),
            subject.into(),
            body.into(),
            0i64.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Pending {
    id: Uuid,
    recipient: String,
    subject: String,
    body_text: String,
    attempts: i64,
    next_attempt_at: OffsetDateTime,
}

/// How mail is handed on.
pub enum Transport {
    /// SMTP.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Files in a folder.
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Transport {
    /// Builds the transport the settings ask for.
    pub fn from_settings(settings: &Settings) -> Result<Transport, String> {
        match &settings.mail_delivery {
            MailDelivery::Smtp(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|b| Transport::Smtp(b.build()))
                .map_err(|e| format!("bad SMTP URL: {e}")),
            MailDelivery::Files(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                Ok(Transport::Files(AsyncFileTransport::new(dir)))
            }
        }
    }

    async fn send(&self, message: Message) -> Result<(), String> {
        match self {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Files(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

fn build_message(from: &str, pending: &Pending) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("bad sender address: {e}"))?;
    let to: Mailbox = pending
        .recipient
        .parse()
        .map_err(|e| format!("bad recipient address: {e}"))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(pending.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(pending.body_text.clone())
        .map_err(|e| e.to_string())
}

/// Sends what is due; returns how many mails went out. Safe to run on several nodes at once:
/// a node first claims a mail by moving its next attempt forward, and only the winner sends it.
pub async fn deliver_due(db: &Db, transport: &Transport, from: &str) -> DbResult<usize> {
    let t = now();
    let due: Vec<Pending> = db
        .fetch_all(
            &Query::select()
                .columns([
                    MailOutbox::Id,
                    MailOutbox::Recipient,
                    MailOutbox::Subject,
                    MailOutbox::BodyText,
                    MailOutbox::Attempts,
                    MailOutbox::NextAttemptAt,
                ])
                .from(MailOutbox::Table)
                .and_where(Expr::col(MailOutbox::SentAt).is_null())
                .and_where(Expr::col(MailOutbox::Attempts).lt(MAX_ATTEMPTS))
                .and_where(Expr::col(MailOutbox::NextAttemptAt).lte(t))
                .order_by(MailOutbox::NextAttemptAt, Order::Asc)
                .limit(20)
                .to_owned(),
        )
        .await?;
    let mut sent = 0;
    for mail in due {
        let claim = Query::update()
            .table(MailOutbox::Table)
            .value(MailOutbox::NextAttemptAt, t + Duration::minutes(5))
            .and_where(Expr::col(MailOutbox::Id).eq(mail.id))
            .and_where(Expr::col(MailOutbox::NextAttemptAt).eq(mail.next_attempt_at))
            .to_owned();
        if db.execute(&claim).await? != 1 {
            continue;
        }
        let result = match build_message(from, &mail) {
            Ok(message) => transport.send(message).await,
            Err(e) => Err(e),
        };
        let update = match result {
            Ok(()) => {
                sent += 1;
                Query::update()
                    .table(MailOutbox::Table)
                    .value(MailOutbox::SentAt, now())
                    .value(MailOutbox::Attempts, mail.attempts + 1)
                    .and_where(Expr::col(MailOutbox::Id).eq(mail.id))
                    .to_owned()
            }
            Err(error) => {
                tracing::warn!(mail = %mail.id, attempts = mail.attempts + 1, %error, "mail delivery failed");
                Query::update()
                    .table(MailOutbox::Table)
                    .value(MailOutbox::Attempts, mail.attempts + 1)
                    .value(MailOutbox::NextAttemptAt, now() + backoff(mail.attempts))
                    .value(MailOutbox::LastError, error)
                    .and_where(Expr::col(MailOutbox::Id).eq(mail.id))
                    .to_owned()
            }
        };
        db.execute(&update).await?;
    }
    Ok(sent)
}

/// Runs until `shutdown` resolves: delivers due mail when woken and every few seconds.
pub async fn run_worker(state: crate::state::AppState, shutdown: tokio::sync::watch::Receiver<bool>) {
    let transport = match Transport::from_settings(&state.settings) {
        Ok(t) => t,
        Err(e) => {
            tracing::error!(error = %e, "mail worker cannot start");
            return;
        }
    };
    if let MailDelivery::Files(dir) = &state.settings.mail_delivery {
        tracing::info!(folder = %dir.display(), "no SMTP server configured: mails are written as .eml files");
    }
    let mut shutdown = shutdown;
    loop {
        match deliver_due(&state.db, &transport, &state.settings.mail_from).await {
            Ok(n) if n > 0 => tracing::info!(sent = n, "mail delivered"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "mail worker could not read the outbox"),
        }
        tokio::select! {
            _ = state.mail_wake.notified() => {}
            _ = tokio::time::sleep(StdDuration::from_secs(5)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation(details: &str) -> MailKind<'_> {
        MailKind::Invitation {
            inviter: "Kim Koordination",
            municipality: "Landkreis Teltow-Fläming",
            link: "https://weltoffen.example/invitation/abc",
            expires: "28.11.2026",
            details,
        }
    }

    #[test]
    fn an_invitation_carries_the_details_of_the_pillar_before_its_link() {
        let (_, body) = invitation("Bitte beantworten Sie „Arbeit“.\n\n").render(Locale::De);
        assert!(
            body.contains(
                "mitzuarbeiten. Auf weltoffen arbeiten Kommunen gemeinsam daran, weltoffener zu werden, vom Selbstcheck bis zum Aktionsplan.\n\nBitte beantworten Sie „Arbeit“.\n\nMit diesem Link nehmen Sie die Einladung an:\n\nhttps://weltoffen.example/invitation/abc"
            ),
            "{body}"
        );
        let (_, plain) = invitation("").render(Locale::De);
        assert!(
            plain.contains("Aktionsplan.\n\nMit diesem Link nehmen Sie die Einladung an:"),
            "no gap without details: {plain}"
        );
        let (_, english) = invitation("Please answer “Work”.\n\n").render(Locale::En);
        assert!(
            english.contains("Please answer “Work”.\n\nUse this link to accept the invitation:"),
            "{english}"
        );
    }

    #[test]
    fn a_pillar_message_is_rendered_from_its_keys_in_the_recipients_language() {
        let kind = MailKind::Message {
            subject: "mail-password-changed-subject",
            body: "mail-reset-body",
            texts: &[("link", "https://weltoffen.example/reset/x")],
            numbers: &[],
        };
        let (subject, body) = kind.render(Locale::En);
        assert_eq!(subject, Locale::En.t("mail-password-changed-subject"));
        assert!(body.contains("https://weltoffen.example/reset/x"), "{body}");
        assert!(body.starts_with("Hello,"), "{body}");
    }

    #[test]
    fn backoff_doubles_and_is_capped_at_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(30));
        assert_eq!(backoff(1), Duration::seconds(60));
        assert_eq!(backoff(3), Duration::seconds(240));
        assert_eq!(backoff(7), Duration::seconds(3600));
        assert_eq!(backoff(50), Duration::seconds(3600));
        assert_eq!(backoff(-1), Duration::seconds(30));
    }
}
