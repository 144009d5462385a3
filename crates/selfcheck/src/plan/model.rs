//! The action plan's domain without I/O: a measure's status, who may change a measure, what
//! "overdue" means, the list's filters and order, and the periods and bars of the timeline.

use std::cmp::Ordering;

use time::{Date, Month};
use uuid::Uuid;

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureStatus {
    /// Decided, not started (geplant).
    Planned,
    /// Being worked on (in Arbeit).
    InProgress,
    /// Carried out (umgesetzt).
    Done,
    /// Given up, with the reason in an update (verworfen).
    Dropped,
}

impl MeasureStatus {
    /// Every status in the order the pages list them.
    pub const ALL: [MeasureStatus; 4] = [
        MeasureStatus::Planned,
        MeasureStatus::InProgress,
        MeasureStatus::Done,
        MeasureStatus::Dropped,
    ];

    /// The stored code (the migration's CHECK constraint lists the same four).
    pub fn code(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "planned",
            MeasureStatus::InProgress => "in_progress",
            MeasureStatus::Done => "done",
            MeasureStatus::Dropped => "dropped",
        }
    }

    /// Parses a stored or submitted code.
    pub fn parse(code: &str) -> Option<MeasureStatus> {
        MeasureStatus::ALL.into_iter().find(|s| s.code() == code.trim())
    }

    /// The Fluent key of the status's name.
    pub fn label_key(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "selfcheck-plan-status-planned",
            MeasureStatus::InProgress => "selfcheck-plan-status-in-progress",
            MeasureStatus::Done => "selfcheck-plan-status-done",
            MeasureStatus::Dropped => "selfcheck-plan-status-dropped",
        }
    }

    /// The tag colour class of the status (the name is always written out next to it).
    pub fn tag_class(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "tag tag--blue",
            MeasureStatus::InProgress => "tag tag--yellow",
            MeasureStatus::Done => "tag tag--green",
            MeasureStatus::Dropped => "tag tag--grey",
        }
    }

    /// True while there is still something to do (planned or in progress).
    pub fn is_active(self) -> bool {
        matches!(self, MeasureStatus::Planned | MeasureStatus::InProgress)
    }
}

/// Who may change a measure (edit it, add updates and milestones, mark milestones done).
///
/// Everybody who may see the municipality's action plan — its members and admins — may read
/// every measure. Coordinators and admins decide the plan, so they create measures and may change
/// every one; the measure's owner may change their own measure, because reporting progress is
/// their job. Any other member reads only. An external partner has no account here, so someone
/// of the municipality reports for them.
pub fn may_edit(can_manage: bool, user: Uuid, owner: Option<Uuid>) -> bool {
    can_manage || owner == Some(user)
}

/// True when a measure is past its due date and still open.
pub fn is_overdue(status: MeasureStatus, due: Option<Date>, today: Date) -> bool {
    status.is_active() && due.is_some_and(|d| d < today)
}

/// Whose measures the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OwnerFilter {
    /// Everybody's.
    #[default]
    Any,
    /// Those of one member.
    Member(Uuid),
    /// Those of external partners.
    External,
    /// Those without an owner.
    Nobody,
}

impl OwnerFilter {
    /// The value of the filter's `<select>`.
    pub fn code(&self) -> String {
        match self {
            OwnerFilter::Any => String::new(),
            OwnerFilter::Member(id) => id.to_string(),
            OwnerFilter::External => "external".to_owned(),
            OwnerFilter::Nobody => "none".to_owned(),
        }
    }
}

/// The filters of the list and timeline, from the query string of a GET form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only measures addressing this field.
    pub field: Option<String>,
    /// Only measures with this status.
    pub status: Option<MeasureStatus>,
    /// Only measures of this owner.
    pub owner: OwnerFilter,
}

impl ListFilter {
    /// Reads the filter; a value it does not know (an old bookmark, a typo) filters nothing
    /// rather than failing, and the form then shows "all" for it.
    pub fn parse(field: &str, status: &str, owner: &str, known_field: impl Fn(&str) -> bool) -> ListFilter {
        let field = field.trim();
        let owner = match owner.trim() {
            "external" => OwnerFilter::External,
            "none" => OwnerFilter::Nobody,
            other => Uuid::parse_str(other).map_or(OwnerFilter::Any, OwnerFilter::Member),
        };
        ListFilter {
            field: (!field.is_empty() && known_field(field)).then(|| field.to_owned()),
            status: MeasureStatus::parse(status),
            owner,
        }
    }

    /// True when any filter is set.
    pub fn is_active(&self) -> bool {
        self.field.is_some() || self.status.is_some() || self.owner != OwnerFilter::Any
    }
}

/// The order of the list: the next due date first, measures without one after those with one,
/// then by start date and title, so the order is the same on every backend and every visit.
pub fn list_order(a: (Option<Date>, Option<Date>, &str), b: (Option<Date>, Option<Date>, &str)) -> Ordering {
    fn some_first(x: Option<Date>, y: Option<Date>) -> Ordering {
        match (x, y) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    some_first(a.0, b.0)
        .then_with(|| some_first(a.1, b.1))
        .then_with(|| a.2.to_lowercase().cmp(&b.2.to_lowercase()))
}

/// The order of the plan's list: what is still to do (planned, in progress) before what is
/// finished (done, dropped), each by [`list_order`].
pub fn plan_order(
    a: (MeasureStatus, Option<Date>, Option<Date>, &str),
    b: (MeasureStatus, Option<Date>, Option<Date>, &str),
) -> Ordering {
    b.0.is_active()
        .cmp(&a.0.is_active())
        .then_with(|| list_order((a.1, a.2, a.3), (b.1, b.2, b.3)))
}

/// How finely the timeline groups measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    /// By quarter (the default: a plan usually runs over a year or two).
    #[default]
    Quarter,
    /// By month.
    Month,
}

impl Scale {
    /// Reads the `scale` query parameter; anything but `month` means quarters.
    pub fn parse(code: &str) -> Scale {
        if code.trim() == "month" {
            Scale::Month
        } else {
            Scale::Quarter
        }
    }
    /// The query parameter's value.
    pub fn code(self) -> &'static str {
        match self {
            Scale::Quarter => "quarter",
            Scale::Month => "month",
        }
    }
}

/// A quarter or a month of a year, the heading of one group of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    /// Year.
    pub year: i32,
    /// Quarter (1–4) or month (1–12), depending on the scale.
    pub number: u8,
}

impl Period {
    /// The period a date falls in.
    pub fn of(date: Date, scale: Scale) -> Period {
        let month = u8::from(date.month());
        Period {
            year: date.year(),
            number: match scale {
                Scale::Quarter => (month - 1) / 3 + 1,
                Scale::Month => month,
            },
        }
    }
}

/// The date a measure is placed under in the timeline: its due date, else its start date.
pub fn timeline_date(start: Option<Date>, due: Option<Date>) -> Option<Date> {
    due.or(start)
}

/// Groups items by the period of their timeline date, periods in time order, items in the order
/// given; items without a date come back separately, to be shown last.
pub fn group_by_period<T>(
    items: Vec<T>,
    scale: Scale,
    date_of: impl Fn(&T) -> Option<Date>,
) -> (Vec<(Period, Vec<T>)>, Vec<T>) {
    let mut groups: Vec<(Period, Vec<T>)> = Vec::new();
    let mut undated = Vec::new();
    for item in items {
        match date_of(&item) {
            Some(date) => {
                let period = Period::of(date, scale);
                match groups.iter_mut().find(|(p, _)| *p == period) {
                    Some((_, list)) => list.push(item),
                    None => groups.push((period, vec![item])),
                }
            }
            None => undated.push(item),
        }
    }
    groups.sort_by_key(|(p, _)| *p);
    (groups, undated)
}

/// The stretch of time the timeline's bars are drawn against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

/// Where a bar starts and how long it is, in percent of the range's width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Distance from the left edge.
    pub offset: f64,
    /// Length; at least [`MIN_SPAN_PERCENT`], so a single day stays visible.
    pub width: f64,
}

/// Shortest bar, in percent.
pub const MIN_SPAN_PERCENT: f64 = 1.5;

impl TimeRange {
    /// The range from the earliest to the latest of `dates` (whole months, so the bars of a
    /// short plan do not fill the width edge to edge); `None` without dates.
    pub fn covering(dates: impl IntoIterator<Item = Date>) -> Option<TimeRange> {
        let mut dates = dates.into_iter();
        let first = dates.next()?;
        let (min, max) = dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
        let from = min.replace_day(1).unwrap_or(min);
        let to = last_day_of_month(max);
        Some(TimeRange { from, to })
    }

    fn days(&self) -> f64 {
        ((self.to - self.from).whole_days() + 1).max(1) as f64
    }

    /// Percent from the left edge of the start of `day`, if it lies in the range.
    pub fn position(&self, day: Date) -> Option<f64> {
        (self.from <= day && day <= self.to)
            .then(|| round1(100.0 * (day - self.from).whole_days() as f64 / self.days()))
    }

    /// The bar of a measure running from `start` to `due`; a measure with only one of the two
    /// dates is a short mark on that day; none without dates.
    pub fn span(&self, start: Option<Date>, due: Option<Date>) -> Option<Span> {
        let (first, last) = match (start, due) {
            (Some(s), Some(d)) => (s.min(d), s.max(d)),
            (Some(x), None) | (None, Some(x)) => (x, x),
            (None, None) => return None,
        };
        let first = first.clamp(self.from, self.to);
        let last = last.clamp(self.from, self.to);
        let offset = 100.0 * (first - self.from).whole_days() as f64 / self.days();
        let width = 100.0 * ((last - first).whole_days() + 1) as f64 / self.days();
        let width = width.clamp(MIN_SPAN_PERCENT, 100.0);
        // A mark at the very end keeps its minimum width inside the track.
        let offset = offset.min(100.0 - width);
        Some(Span {
            offset: round1(offset),
            width: round1(width),
        })
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn last_day_of_month(date: Date) -> Date {
    let days = time::util::days_in_month(date.month(), date.year());
    date.replace_day(days).unwrap_or(date)
}

/// The Fluent key of a month's name (1 = January).
pub fn month_key(month: u8) -> &'static str {
    match Month::try_from(month).unwrap_or(Month::January) {
        Month::January => "selfcheck-plan-month-1",
        Month::February => "selfcheck-plan-month-2",
        Month::March => "selfcheck-plan-month-3",
        Month::April => "selfcheck-plan-month-4",
        Month::May => "selfcheck-plan-month-5",
        Month::June => "selfcheck-plan-month-6",
        Month::July => "selfcheck-plan-month-7",
        Month::August => "selfcheck-plan-month-8",
        Month::September => "selfcheck-plan-month-9",
        Month::October => "selfcheck-plan-month-10",
        Month::November => "selfcheck-plan-month-11",
        Month::December => "selfcheck-plan-month-12",
    }
}

/// How many measures have each status, in the order of [`MeasureStatus::ALL`].
pub fn status_counts(statuses: impl IntoIterator<Item = MeasureStatus>) -> [usize; 4] {
    let mut counts = [0; 4];
    for s in statuses {
        if let Some(i) = MeasureStatus::ALL.iter().position(|x| *x == s) {
            counts[i] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use time::macros::date;
    use weltoffen_platform::i18n::Locale;

    use super::*;

    #[test]
    fn statuses_round_trip_through_their_codes_and_have_labels_in_both_languages() {
        for s in MeasureStatus::ALL {
            assert_eq!(MeasureStatus::parse(s.code()), Some(s));
            for locale in Locale::ALL {
                assert!(locale.has(s.label_key()), "{} missing in {locale:?}", s.label_key());
            }
        }
        assert_eq!(MeasureStatus::parse("finished"), None);
        assert_eq!(MeasureStatus::parse(""), None);
        assert!(MeasureStatus::InProgress.is_active() && !MeasureStatus::Dropped.is_active());
    }

    #[test]
    fn month_names_exist_in_both_languages() {
        for m in 1..=12 {
            for locale in Locale::ALL {
                assert!(locale.has(month_key(m)), "{} missing", month_key(m));
            }
        }
        assert_eq!(month_key(3), "selfcheck-plan-month-3");
    }

    #[test]
    fn coordinators_and_the_owner_may_edit_other_members_may_not() {
        let (owner, other) = (Uuid::now_v7(), Uuid::now_v7());
        assert!(may_edit(true, other, Some(owner)));
        assert!(may_edit(false, owner, Some(owner)));
        assert!(!may_edit(false, other, Some(owner)));
        assert!(!may_edit(false, other, None));
    }

    #[test]
    fn only_open_measures_past_their_due_date_are_overdue() {
        let today = date!(2026 - 11 - 21);
        assert!(is_overdue(
            MeasureStatus::InProgress,
            Some(date!(2026 - 11 - 20)),
            today
        ));
        assert!(is_overdue(MeasureStatus::Planned, Some(date!(2026 - 01 - 01)), today));
        assert!(!is_overdue(MeasureStatus::InProgress, Some(today), today));
        assert!(!is_overdue(MeasureStatus::Done, Some(date!(2026 - 11 - 20)), today));
        assert!(!is_overdue(MeasureStatus::Dropped, Some(date!(2026 - 11 - 20)), today));
        assert!(!is_overdue(MeasureStatus::Planned, None, today));
    }

    #[test]
    fn filters_ignore_values_they_do_not_know() {
        let member = Uuid::now_v7();
        let f = ListFilter::parse("management", "done", &member.to_string(), |f| f == "management");
        assert_eq!(f.field.as_deref(), Some("management"));
        assert_eq!(f.status, Some(MeasureStatus::Done));
        assert_eq!(f.owner, OwnerFilter::Member(member));
        assert!(f.is_active());
        let f = ListFilter::parse("nonsense", "finished", "someone", |f| f == "management");
        assert_eq!(f, ListFilter::default());
        assert!(!f.is_active());
        assert_eq!(
            ListFilter::parse("", "", "external", |_| true).owner,
            OwnerFilter::External
        );
        assert_eq!(ListFilter::parse("", "", "none", |_| true).owner.code(), "none");
    }

    #[test]
    fn the_list_puts_the_next_due_date_first_and_undated_measures_last() {
        // (due, start, title)
        let mut rows = [
            (None, None, "Ohne Termin"),
            (Some(date!(2026 - 12 - 31)), Some(date!(2026 - 03 - 01)), "Später"),
            (Some(date!(2026 - 06 - 30)), None, "Bald"),
            (None, Some(date!(2026 - 01 - 01)), "Nur Start"),
            (Some(date!(2026 - 06 - 30)), None, "auch bald"),
        ];
        rows.sort_by(|a, b| list_order(*a, *b));
        let titles: Vec<&str> = rows.iter().map(|r| r.2).collect();
        assert_eq!(titles, ["auch bald", "Bald", "Später", "Nur Start", "Ohne Termin"]);
    }

    #[test]
    fn the_plan_lists_open_measures_before_finished_ones() {
        let mut rows = [
            (MeasureStatus::Done, Some(date!(2026 - 01 - 31)), None, "Erledigt"),
            (MeasureStatus::Planned, None, None, "Offen ohne Termin"),
            (MeasureStatus::InProgress, Some(date!(2026 - 09 - 30)), None, "Läuft"),
            (MeasureStatus::Dropped, Some(date!(2025 - 01 - 31)), None, "Verworfen"),
        ];
        rows.sort_by(|a, b| plan_order(*a, *b));
        let titles: Vec<&str> = rows.iter().map(|r| r.3).collect();
        assert_eq!(titles, ["Läuft", "Offen ohne Termin", "Verworfen", "Erledigt"]);
    }

    #[test]
    fn periods_are_quarters_or_months() {
        assert_eq!(
            Period::of(date!(2026 - 11 - 21), Scale::Quarter),
            Period { year: 2026, number: 4 }
        );
        assert_eq!(
            Period::of(date!(2026 - 03 - 31), Scale::Quarter),
            Period { year: 2026, number: 1 }
        );
        assert_eq!(
            Period::of(date!(2026 - 04 - 01), Scale::Month),
            Period { year: 2026, number: 4 }
        );
        assert_eq!(Scale::parse("month"), Scale::Month);
        assert_eq!(Scale::parse("weeks"), Scale::Quarter);
        assert_eq!(
            timeline_date(Some(date!(2026 - 01 - 01)), None),
            Some(date!(2026 - 01 - 01))
        );
        assert_eq!(
            timeline_date(Some(date!(2026 - 01 - 01)), Some(date!(2026 - 05 - 01))),
            Some(date!(2026 - 05 - 01))
        );
    }

    #[test]
    fn grouping_orders_periods_in_time_and_keeps_undated_items_apart() {
        let items = vec![
            ("c", Some(date!(2027 - 02 - 01))),
            ("a", Some(date!(2026 - 11 - 01))),
            ("x", None),
            ("b", Some(date!(2026 - 12 - 15))),
        ];
        let (groups, undated) = group_by_period(items, Scale::Quarter, |i| i.1);
        let shape: Vec<(Period, Vec<&str>)> = groups
            .into_iter()
            .map(|(p, list)| (p, list.into_iter().map(|i| i.0).collect()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (Period { year: 2026, number: 4 }, vec!["a", "b"]),
                (Period { year: 2027, number: 1 }, vec!["c"]),
            ]
        );
        assert_eq!(undated.len(), 1);
    }

    #[test]
    fn bars_are_placed_within_whole_months_of_the_range() {
        let range = TimeRange::covering([date!(2026 - 01 - 10), date!(2026 - 04 - 20)]).unwrap();
        assert_eq!(range.from, date!(2026 - 01 - 01));
        assert_eq!(range.to, date!(2026 - 04 - 30));
        // 120 days from 1 January to 30 April.
        let whole = range.span(Some(range.from), Some(range.to)).unwrap();
        assert_eq!((whole.offset, whole.width), (0.0, 100.0));
        let march = range
            .span(Some(date!(2026 - 03 - 01)), Some(date!(2026 - 03 - 31)))
            .unwrap();
        assert_eq!(march.offset, 49.2);
        assert_eq!(march.width, 25.8);
        // One day at the very end stays a visible mark inside the track.
        let last = range.span(None, Some(range.to)).unwrap();
        assert_eq!(last.width, MIN_SPAN_PERCENT);
        assert!(last.offset + last.width <= 100.0);
        assert_eq!(range.span(None, None), None);
        assert_eq!(range.position(date!(2025 - 12 - 31)), None);
        assert_eq!(range.position(date!(2026 - 01 - 01)), Some(0.0));
        assert_eq!(TimeRange::covering(Vec::new()), None);
    }

    #[test]
    fn counts_follow_the_order_of_all_statuses() {
        let counts = status_counts([
            MeasureStatus::Done,
            MeasureStatus::Planned,
            MeasureStatus::Done,
            MeasureStatus::Dropped,
        ]);
        assert_eq!(counts, [1, 0, 2, 1]);
    }
}
