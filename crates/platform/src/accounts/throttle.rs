//! Login rate limits: failures counted per account and per client address in fixed windows.
//! The counters live in the database so every node agrees; the arithmetic here is pure.

use time::{Duration, OffsetDateTime};

/// Length of a counting window.
pub const WINDOW: Duration = Duration::minutes(15);
/// Failed logins per account within a window before it is locked for the rest of the window.
pub const MAX_ACCOUNT_FAILURES: i64 = 5;
/// Failed logins per client address within a window.
pub const MAX_IP_FAILURES: i64 = 30;

/// A stored counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    /// When the window began.
    pub window_start: OffsetDateTime,
    /// Failures in the window.
    pub failures: i64,
}

/// The counter after one more failure at `now`.
pub fn after_failure(current: Option<Counter>, now: OffsetDateTime) -> Counter {
    match current {
        Some(c) if now - c.window_start < WINDOW => Counter {
            failures: c.failures + 1,
            ..c
        },
        _ => Counter {
            window_start: now,
            failures: 1,
        },
    }
}

/// When blocked, the minutes until the window ends (at least 1).
pub fn blocked_for(current: Option<Counter>, limit: i64, now: OffsetDateTime) -> Option<i64> {
    let c = current?;
    let elapsed = now - c.window_start;
    if elapsed < WINDOW && c.failures >= limit {
        Some(((WINDOW - elapsed).whole_seconds() + 59) / 60)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn failures_accumulate_within_window_and_reset_after() {
        let t0 = datetime!(2026-11-21 10:00 UTC);
        let mut c = after_failure(None, t0);
        for _ in 0..4 {
            c = after_failure(Some(c), t0 + Duration::minutes(1));
        }
        assert_eq!(c.failures, 5);
        assert_eq!(
            blocked_for(Some(c), MAX_ACCOUNT_FAILURES, t0 + Duration::minutes(1)),
            Some(14)
        );
        assert_eq!(
            blocked_for(Some(c), MAX_ACCOUNT_FAILURES, t0 + Duration::minutes(15)),
            None
        );
        let fresh = after_failure(Some(c), t0 + Duration::minutes(16));
        assert_eq!(fresh.failures, 1);
        assert_eq!(fresh.window_start, t0 + Duration::minutes(16));
    }

    #[test]
    fn below_limit_is_not_blocked() {
        let t0 = datetime!(2026-11-21 10:00 UTC);
        let c = Counter {
            window_start: t0,
            failures: 4,
        };
        assert_eq!(blocked_for(Some(c), 5, t0), None);
        assert_eq!(blocked_for(None, 5, t0), None);
    }
}
