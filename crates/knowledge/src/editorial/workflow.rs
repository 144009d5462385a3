//! The editorial workflow: draft → in review → published (now or at a planned time) → archived,
//! and back to draft from review or the archive. Pure: who may do what, and when a planned time
//! is acceptable, are tested without a server.

use time::OffsetDateTime;

use crate::model::Status;

/// A step in the workflow an editor can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// Draft → in review.
    Submit,
    /// In review → draft, with changes asked for.
    SendBack,
    /// In review → published, now or at a planned time.
    Publish,
    /// Published (also planned) → archived.
    Archive,
    /// Archived → draft, to work on it again.
    Reopen,
}

impl Transition {
    /// Every transition.
    pub const ALL: [Transition; 5] = [
        Transition::Submit,
        Transition::SendBack,
        Transition::Publish,
        Transition::Archive,
        Transition::Reopen,
    ];

    /// The code the form sends.
    pub fn code(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::SendBack => "send_back",
            Transition::Publish => "publish",
            Transition::Archive => "archive",
            Transition::Reopen => "reopen",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Transition> {
        Transition::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The status it starts from.
    pub fn from(self) -> Status {
        match self {
            Transition::Submit => Status::Draft,
            Transition::SendBack | Transition::Publish => Status::Review,
            Transition::Archive => Status::Published,
            Transition::Reopen => Status::Archived,
        }
    }

    /// The status it leads to.
    pub fn to(self) -> Status {
        match self {
            Transition::Submit => Status::Review,
            Transition::SendBack | Transition::Reopen => Status::Draft,
            Transition::Publish => Status::Published,
            Transition::Archive => Status::Archived,
        }
    }

    /// The transitions open from `status`.
    pub fn open_from(status: Status) -> Vec<Transition> {
        Transition::ALL.into_iter().filter(|t| t.from() == status).collect()
    }
}

/// Why a planned publication time is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// Not a date and time.
    Unreadable,
    /// Already past.
    InThePast,
}

/// A planned time may lie at most this far back (the form was open a moment).
const GRACE_SECONDS: i64 = 60;

/// Checks a planned publication time: `None` means now.
pub fn publication_time(
    planned: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Result<OffsetDateTime, ScheduleProblem> {
    match planned {
        None => Ok(now),
        Some(at) if (now - at).whole_seconds() > GRACE_SECONDS => Err(ScheduleProblem::InThePast),
        Some(at) => Ok(at.max(now)),
    }
}

/// Parses the form's `datetime-local` value (`2026-12-24T09:30`) as a time on German clocks.
pub fn parse_local(value: &str) -> Result<Option<OffsetDateTime>, ScheduleProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let with_seconds = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    time::PrimitiveDateTime::parse(value, format)
        .or_else(|_| time::PrimitiveDateTime::parse(value, with_seconds))
        .map(|t| {
            // The offset of that day in Germany (an hour off only within the night of a switch).
            let offset = weltoffen_platform::clock::in_germany(t.assume_utc()).offset();
            Some(t.assume_offset(offset))
        })
        .map_err(|_| ScheduleProblem::Unreadable)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn each_status_offers_its_steps() {
        assert_eq!(Transition::open_from(Status::Draft), [Transition::Submit]);
        assert_eq!(
            Transition::open_from(Status::Review),
            [Transition::SendBack, Transition::Publish]
        );
        assert_eq!(Transition::open_from(Status::Published), [Transition::Archive]);
        assert_eq!(Transition::open_from(Status::Archived), [Transition::Reopen]);
        for t in Transition::ALL {
            assert_eq!(Transition::parse(t.code()), Some(t));
        }
        // A draft is never published without review.
        assert!(!Transition::open_from(Status::Draft).contains(&Transition::Publish));
    }

    #[test]
    fn a_planned_time_must_not_be_past() {
        let now = datetime!(2026-12-04 12:00 UTC);
        assert_eq!(publication_time(None, now), Ok(now));
        let later = datetime!(2026-12-24 08:00 UTC);
        assert_eq!(publication_time(Some(later), now), Ok(later));
        assert_eq!(
            publication_time(Some(datetime!(2026-12-03 12:00 UTC)), now),
            Err(ScheduleProblem::InThePast)
        );
        // Half a minute ago (the form was open): published now.
        assert_eq!(publication_time(Some(datetime!(2026-12-04 11:59:30 UTC)), now), Ok(now));
    }

    #[test]
    fn the_form_time_is_read_in_the_given_zone() {
        let winter = parse_local("2026-12-24T09:30").unwrap().unwrap();
        assert_eq!(winter, datetime!(2026-12-24 08:30 UTC));
        let summer = parse_local("2026-07-01T09:30").unwrap().unwrap();
        assert_eq!(summer, datetime!(2026-07-01 07:30 UTC));
        assert_eq!(parse_local("  "), Ok(None));
        assert_eq!(parse_local("24.12.2026"), Err(ScheduleProblem::Unreadable));
    }
}
