//! Time as the platform stores it: UTC, whole seconds; and as people in Germany read it.

use time::macros::{offset, time};
use time::{Date, Month, OffsetDateTime, UtcOffset};

/// The current time in UTC, truncated to whole seconds.
///
/// SQLite stores timestamps as RFC 3339 text and compares them as strings; without
/// fractional seconds every stored value has the same shape, so string order is time order.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(0).unwrap_or(t)
}

/// Central European Time, the German offset in winter.
const CET: UtcOffset = offset!(+1);
/// Central European Summer Time.
const CEST: UtcOffset = offset!(+2);

/// The same instant on the clocks of Europe/Berlin, so that its `.date()` is the day people in
/// Germany saw (23:30 UTC on 31 March is already 1 April there).
///
/// The EU rule since 1996: summer time from the last Sunday of March, 01:00 UTC, to the last
/// Sunday of October, 01:00 UTC. Written out here rather than read from a time-zone database,
/// which would be a dependency and a data file for one zone whose rule has not changed in decades.
pub fn in_germany(at: OffsetDateTime) -> OffsetDateTime {
    let utc = at.to_offset(UtcOffset::UTC);
    let offset = if is_summer_time(utc) { CEST } else { CET };
    // Only the last hours of year 9999 cannot be shown with an offset; they stay in UTC.
    utc.checked_to_offset(offset).unwrap_or(utc)
}

/// Today's date in Germany (for comparisons with calendar dates people enter, such as a due date).
pub fn today_in_germany() -> Date {
    in_germany(now()).date()
}

/// True when the UTC instant `utc` falls into German summer time.
fn is_summer_time(utc: OffsetDateTime) -> bool {
    let year = utc.year();
    match (switch_at(year, Month::March), switch_at(year, Month::October)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        // Unreachable for any representable year; winter time is the safe reading.
        _ => false,
    }
}

/// 01:00 UTC on the last Sunday of `month` (March or October, both of 31 days) in `year`.
fn switch_at(year: i32, month: Month) -> Option<OffsetDateTime> {
    let last = Date::from_calendar_date(year, month, 31).ok()?;
    let back = i64::from(last.weekday().number_days_from_sunday());
    let sunday = last.checked_sub(time::Duration::days(back))?;
    Some(sunday.with_time(time!(01:00)).assume_utc())
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn winter_is_one_hour_ahead_of_utc() {
        let t = in_germany(datetime!(2026-01-15 12:00 UTC));
        assert_eq!(t.offset(), offset!(+1));
        assert_eq!(t.hour(), 13);
    }

    #[test]
    fn summer_is_two_hours_ahead_of_utc() {
        let t = in_germany(datetime!(2026-07-01 12:00 UTC));
        assert_eq!(t.offset(), offset!(+2));
        assert_eq!(t.hour(), 14);
    }

    #[test]
    fn summer_time_starts_on_the_last_sunday_of_march_at_one_utc() {
        // 2026: 29 March is the last Sunday.
        assert_eq!(in_germany(datetime!(2026-03-29 00:59:59 UTC)).offset(), offset!(+1));
        assert_eq!(
            in_germany(datetime!(2026-03-29 00:59:59 UTC)).time(),
            time::macros::time!(01:59:59)
        );
        assert_eq!(in_germany(datetime!(2026-03-29 01:00 UTC)).offset(), offset!(+2));
        assert_eq!(
            in_germany(datetime!(2026-03-29 01:00 UTC)).time(),
            time::macros::time!(03:00)
        );
        // The Sunday before is still winter time all day.
        assert_eq!(in_germany(datetime!(2026-03-22 12:00 UTC)).offset(), offset!(+1));
        // 2027: the 31st itself is a Wednesday, the switch is on the 28th.
        assert_eq!(in_germany(datetime!(2027-03-28 00:30 UTC)).offset(), offset!(+1));
        assert_eq!(in_germany(datetime!(2027-03-28 01:30 UTC)).offset(), offset!(+2));
    }

    #[test]
    fn summer_time_ends_on_the_last_sunday_of_october_at_one_utc() {
        // 2026: 25 October is the last Sunday.
        assert_eq!(in_germany(datetime!(2026-10-25 00:59:59 UTC)).offset(), offset!(+2));
        assert_eq!(
            in_germany(datetime!(2026-10-25 00:59:59 UTC)).time(),
            time::macros::time!(02:59:59)
        );
        assert_eq!(in_germany(datetime!(2026-10-25 01:00 UTC)).offset(), offset!(+1));
        assert_eq!(
            in_germany(datetime!(2026-10-25 01:00 UTC)).time(),
            time::macros::time!(02:00)
        );
        // A year whose 31 October is itself a Sunday (2027): the switch is that day.
        assert_eq!(in_germany(datetime!(2027-10-31 00:30 UTC)).offset(), offset!(+2));
        assert_eq!(in_germany(datetime!(2027-10-31 01:30 UTC)).offset(), offset!(+1));
        assert_eq!(in_germany(datetime!(2027-10-24 12:00 UTC)).offset(), offset!(+2));
    }

    #[test]
    fn late_evening_utc_is_the_next_day_in_germany() {
        let winter = in_germany(datetime!(2026-11-20 23:30 UTC));
        assert_eq!(winter.date(), time::macros::date!(2026 - 11 - 21));
        let summer = in_germany(datetime!(2026-06-30 22:30 UTC));
        assert_eq!(summer.date(), time::macros::date!(2026 - 07 - 01));
        // Before the offset the date is unchanged.
        assert_eq!(
            in_germany(datetime!(2026-06-30 21:59 UTC)).date(),
            time::macros::date!(2026 - 06 - 30)
        );
    }

    #[test]
    fn new_years_eve_in_utc_is_already_the_new_year_in_germany() {
        let t = in_germany(datetime!(2026-12-31 23:00 UTC));
        assert_eq!(t.date(), time::macros::date!(2027 - 01 - 01));
        assert_eq!(t.hour(), 0);
        assert_eq!(t.offset(), offset!(+1));
        let before = in_germany(datetime!(2026-12-31 22:59 UTC));
        assert_eq!(before.date(), time::macros::date!(2026 - 12 - 31));
        // The first seconds of a year in UTC are winter time too.
        assert_eq!(in_germany(datetime!(2027-01-01 00:00 UTC)).offset(), offset!(+1));
    }

    #[test]
    fn the_instant_is_kept_whatever_offset_it_came_with() {
        let given = datetime!(2026-08-01 23:30 -02:00);
        let t = in_germany(given);
        assert_eq!(t, given, "the same instant");
        assert_eq!(t.offset(), offset!(+2));
        assert_eq!(t.date(), time::macros::date!(2026 - 08 - 02));
        assert_eq!(t.hour(), 3);
    }

    #[test]
    fn the_last_representable_hours_stay_in_utc_instead_of_panicking() {
        let end = datetime!(9999-12-31 23:30 UTC);
        assert_eq!(in_germany(end), end);
    }
}
