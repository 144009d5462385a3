//! Time as the platform stores it: UTC, whole seconds.

use time::OffsetDateTime;

/// The current time in UTC, truncated to whole seconds.
///
/// SQLite stores timestamps as RFC 3339 text and compares them as strings; without
/// fractional seconds every stored value has the same shape, so string order is time order.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(0).unwrap_or(t)
}
