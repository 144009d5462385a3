//! Reminders to the owners of measures, through the mail outbox: once in the week before the due
//! date and once when the measure is overdue — never twice for the same measure, kind and due date.
//!
//! The job runs on every node. Which node mails is decided by the `measure_reminders` row: it is
//! inserted with ON CONFLICT DO NOTHING in the same transaction as the outbox row, so only the
//! node whose insert went in sends, and a crash between the two sends nothing rather than twice.
//! A changed due date is a new key, so the new date gets its own reminders.

use time::{Date, Duration};
use weltoffen_platform::clock::{now, today_in_germany};
use weltoffen_platform::db::{Db, DbResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::mail::{self, MailKind};
use weltoffen_platform::state::AppState;

use super::model::MeasureStatus;
use super::store::{self, ReminderCandidate};
use crate::web::plan::measure_path;

/// How many days before the due date the first reminder goes out.
pub const DUE_SOON_DAYS: i64 = 7;

/// Which reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// The due date is at most [`DUE_SOON_DAYS`] away.
    DueSoon,
    /// The due date has passed and the measure is still open.
    Overdue,
}

impl ReminderKind {
    /// The stored code (the migration's CHECK constraint lists the same two).
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::DueSoon => "due_soon",
            ReminderKind::Overdue => "overdue",
        }
    }

    fn keys(self) -> (&'static str, &'static str) {
        match self {
            ReminderKind::DueSoon => (
                "mail-selfcheck-plan-due-soon-subject",
                "mail-selfcheck-plan-due-soon-body",
            ),
            ReminderKind::Overdue => (
                "mail-selfcheck-plan-overdue-subject",
                "mail-selfcheck-plan-overdue-body",
            ),
        }
    }
}

/// The reminder an open measure due on `due` should have had by `today`, if any.
///
/// From [`DUE_SOON_DAYS`] days before the due date up to the due date itself it is the "due soon"
/// reminder, so a job that did not run for a day still sends it; after the due date it is the
/// "overdue" one. A measure that is done or dropped, or has no due date, gets none.
pub fn due_reminder(status: MeasureStatus, due: Option<Date>, today: Date) -> Option<ReminderKind> {
    let due = due?;
    if !status.is_active() {
        None
    } else if due < today {
        Some(ReminderKind::Overdue)
    } else if due - today <= Duration::days(DUE_SOON_DAYS) {
        Some(ReminderKind::DueSoon)
    } else {
        None
    }
}

/// Sends every reminder due on `today` that was not sent yet; returns how many were queued.
pub async fn run_once(db: &Db, base_url: &str, today: Date) -> DbResult<usize> {
    let horizon = today + Duration::days(DUE_SOON_DAYS);
    let mut queued = 0;
    for candidate in store::reminder_candidates(db, today, horizon).await? {
        let status = MeasureStatus::parse(&candidate.status).unwrap_or(MeasureStatus::Planned);
        let Some(kind) = due_reminder(status, Some(candidate.due_date), today) else {
            continue;
        };
        let mut tx = db.begin().await?;
        // Claims the reminder only if the measure is still open and still due that day.
        if !store::claim_reminder(&mut tx, candidate.measure_id, kind.code(), candidate.due_date, now()).await? {
            continue;
        }
        let locale = Locale::parse(&candidate.locale).unwrap_or_default();
        let mail = ReminderMail::new(&candidate, base_url, locale, today);
        let (subject, body) = kind.keys();
        mail::enqueue(
            &mut tx,
            &candidate.email,
            locale,
            &MailKind::Message {
                subject,
                body,
                texts: &mail.texts(),
                numbers: &[("days", mail.days)],
            },
        )
        .await?;
        tx.commit().await?;
        queued += 1;
    }
    Ok(queued)
}

/// What a reminder says, in the recipient's language.
struct ReminderMail {
    measure: String,
    municipality: String,
    due: String,
    link: String,
    days: usize,
}

impl ReminderMail {
    fn new(c: &ReminderCandidate, base_url: &str, locale: Locale, today: Date) -> ReminderMail {
        ReminderMail {
            measure: c.title.clone(),
            municipality: c.municipality_name.clone(),
            due: format_date(locale, c.due_date),
            link: format!("{base_url}{}", measure_path(&c.ags, c.measure_id)),
            days: usize::try_from((c.due_date - today).whole_days().unsigned_abs()).unwrap_or(0),
        }
    }

    fn texts(&self) -> [(&str, &str); 4] {
        [
            ("measure", &self.measure),
            ("municipality", &self.municipality),
            ("due", &self.due),
            ("link", &self.link),
        ]
    }
}

/// Runs the reminders hourly until `shutdown` changes, like the platform's housekeeping; an
/// hourly run is enough for reminders by the day, and each run is cheap when nothing is due.
pub async fn run_worker(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        match run_once(&state.db, &state.settings.base_url, today_in_germany()).await {
            Ok(n) if n > 0 => {
                tracing::info!(queued = n, "action plan reminders");
                state.mail_wake.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "action plan reminders failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn the_first_reminder_comes_in_the_week_before_the_due_date_the_second_after_it() {
        let due = Some(date!(2026 - 12 - 10));
        let open = MeasureStatus::InProgress;
        assert_eq!(due_reminder(open, due, date!(2026 - 12 - 02)), None, "8 days ahead");
        assert_eq!(
            due_reminder(open, due, date!(2026 - 12 - 03)),
            Some(ReminderKind::DueSoon),
            "7 days ahead"
        );
        assert_eq!(
            due_reminder(MeasureStatus::Planned, due, date!(2026 - 12 - 10)),
            Some(ReminderKind::DueSoon),
            "on the due date itself"
        );
        assert_eq!(
            due_reminder(open, due, date!(2026 - 12 - 11)),
            Some(ReminderKind::Overdue)
        );
        assert_eq!(
            due_reminder(open, due, date!(2027 - 06 - 01)),
            Some(ReminderKind::Overdue)
        );
    }

    #[test]
    fn finished_measures_and_measures_without_a_due_date_get_no_reminder() {
        let today = date!(2026 - 12 - 11);
        for status in [MeasureStatus::Done, MeasureStatus::Dropped] {
            assert_eq!(due_reminder(status, Some(date!(2026 - 12 - 10)), today), None);
            assert_eq!(due_reminder(status, Some(today), today), None);
        }
        assert_eq!(due_reminder(MeasureStatus::Planned, None, today), None);
    }

    #[test]
    fn reminder_mails_exist_in_both_languages() {
        let texts = [
            ("measure", "Konzept"),
            ("municipality", "Teltow-Fläming"),
            ("due", "17.06.2030"),
            ("link", "https://weltoffen.example/m/12072/handlungsplan/x"),
        ];
        for kind in [ReminderKind::DueSoon, ReminderKind::Overdue] {
            let (subject, body) = kind.keys();
            for locale in Locale::ALL {
                let subject = locale.t_numbers(subject, &texts, &[("days", 3)]);
                let body = locale.t_numbers(body, &texts, &[("days", 3)]);
                assert!(subject.contains("Konzept"), "{kind:?} in {locale:?}: {subject}");
                for (_, text) in texts {
                    assert!(body.contains(text), "{kind:?} in {locale:?}: {body}");
                }
            }
        }
        assert_eq!(ReminderKind::Overdue.code(), "overdue");
    }
}
