//! The workshop's domain without I/O: the participants' roles, how many dots one may still give,
//! tallies of dots by role, how a participant is named to others, the share link's token and
//! expiry, and moving through the agenda.

use std::collections::HashMap;

use time::{Date, Duration};
use uuid::Uuid;
use weltoffen_platform::crypto::token_hash;

/// The part of local society a participant speaks for (asked when joining, shown in tallies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParticipantRole {
    /// Verwaltung.
    Administration,
    /// Politik.
    Politics,
    /// Zivilgesellschaft.
    CivilSociety,
    /// Wirtschaft.
    Business,
    /// Sonstige.
    Other,
}

impl ParticipantRole {
    /// Every role in the order pages and tables list them.
    pub const ALL: [ParticipantRole; 5] = [
        ParticipantRole::Administration,
        ParticipantRole::Politics,
        ParticipantRole::CivilSociety,
        ParticipantRole::Business,
        ParticipantRole::Other,
    ];

    /// The stored code (the migration's CHECK constraint lists the same five).
    pub fn code(self) -> &'static str {
        match self {
            ParticipantRole::Administration => "administration",
            ParticipantRole::Politics => "politics",
            ParticipantRole::CivilSociety => "civil_society",
            ParticipantRole::Business => "business",
            ParticipantRole::Other => "other",
        }
    }

    /// Parses a stored or submitted code.
    pub fn parse(code: &str) -> Option<ParticipantRole> {
        ParticipantRole::ALL.into_iter().find(|r| r.code() == code.trim())
    }

    /// The Fluent key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            ParticipantRole::Administration => "selfcheck-workshop-role-administration",
            ParticipantRole::Politics => "selfcheck-workshop-role-politics",
            ParticipantRole::CivilSociety => "selfcheck-workshop-role-civil-society",
            ParticipantRole::Business => "selfcheck-workshop-role-business",
            ParticipantRole::Other => "selfcheck-workshop-role-other",
        }
    }

    /// Position in [`ParticipantRole::ALL`] (the index of its column in tallies).
    pub fn index(self) -> usize {
        match self {
            ParticipantRole::Administration => 0,
            ParticipantRole::Politics => 1,
            ParticipantRole::CivilSociety => 2,
            ParticipantRole::Business => 3,
            ParticipantRole::Other => 4,
        }
    }
}

/// Whether the workshop still takes comments, dots and decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopStatus {
    /// Planned or running.
    Open,
    /// Held and closed by the coordinator; the protocol is final.
    Closed,
}

impl WorkshopStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            WorkshopStatus::Open => "open",
            WorkshopStatus::Closed => "closed",
        }
    }
    /// Parses a stored code; anything unknown reads as closed, which refuses writes.
    pub fn parse(code: &str) -> WorkshopStatus {
        if code == "open" {
            WorkshopStatus::Open
        } else {
            WorkshopStatus::Closed
        }
    }
}

/// Fewest dots per participant.
pub const MIN_DOTS: u32 = 1;
/// Most dots per participant (the migration's CHECK constraint says the same).
pub const MAX_DOTS: u32 = 20;
/// Dots per participant when the coordinator does not say otherwise.
pub const DEFAULT_DOTS: u32 = 5;

/// Why a dot is not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DotRefusal {
    /// The workshop is closed.
    Closed,
    /// The participant has given all their dots.
    NoneLeft,
    /// The statement is no development potential of the agenda.
    NotATarget,
}

impl DotRefusal {
    /// The Fluent key of the message that explains the refusal.
    pub fn message_key(self) -> &'static str {
        match self {
            DotRefusal::Closed => "selfcheck-workshop-error-closed",
            DotRefusal::NoneLeft => "selfcheck-workshop-error-no-dots-left",
            DotRefusal::NotATarget => "selfcheck-workshop-error-not-a-target",
        }
    }
}

/// Checks one more dot of a participant who has given `used` of `limit` dots. The store calls it
/// inside the transaction that inserts the dot, with the participant's row locked, so two dots
/// sent at once are checked one after the other.
pub fn check_dot(open: bool, limit: u32, used: u32, is_target: bool) -> Result<(), DotRefusal> {
    if !open {
        Err(DotRefusal::Closed)
    } else if !is_target {
        Err(DotRefusal::NotATarget)
    } else if used >= limit {
        Err(DotRefusal::NoneLeft)
    } else {
        Ok(())
    }
}

/// How many dots are left of `limit` after `used` (never negative, also when the coordinator
/// lowered the limit after dots were given).
pub fn dots_left(limit: u32, used: u32) -> u32 {
    limit.saturating_sub(used)
}

/// Dots (or comments) counted by the role of those who gave them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RoleCounts(pub [u32; 5]);

impl RoleCounts {
    /// Counts one for `role`.
    pub fn add(&mut self, role: ParticipantRole) {
        self.0[role.index()] += 1;
    }
    /// The count of one role.
    pub fn of(&self, role: ParticipantRole) -> u32 {
        self.0[role.index()]
    }
    /// All roles together.
    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }
    /// The counts in the order of [`ParticipantRole::ALL`].
    pub fn in_order(&self) -> [u32; 5] {
        self.0
    }
}

/// Tallies dots per statement and role from (statement, role of the giver) pairs.
pub fn tally<'a>(dots: impl IntoIterator<Item = (&'a str, ParticipantRole)>) -> HashMap<String, RoleCounts> {
    let mut counts: HashMap<String, RoleCounts> = HashMap::new();
    for (item, role) in dots {
        counts.entry(item.to_owned()).or_default().add(role);
    }
    counts
}

/// How a participant appears to others: by name only when they gave one and agreed to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShownAs {
    /// Their name.
    Name(String),
    /// "Teilnehmer:in 3": the number in the order of joining.
    Number(u32),
}

/// How a participant who joined as `number` appears to the others and in the protocol.
pub fn shown_as(display_name: &str, show_name: bool, number: u32) -> ShownAs {
    let name = display_name.trim();
    if show_name && !name.is_empty() {
        ShownAs::Name(name.to_owned())
    } else {
        ShownAs::Number(number)
    }
}

/// Participants grouped by role, in the order of [`ParticipantRole::ALL`], each group in the
/// order of joining; roles without participants are left out.
pub fn by_role<T>(participants: Vec<T>, role_of: impl Fn(&T) -> ParticipantRole) -> Vec<(ParticipantRole, Vec<T>)> {
    let mut groups: Vec<(ParticipantRole, Vec<T>)> = ParticipantRole::ALL.iter().map(|r| (*r, Vec::new())).collect();
    for p in participants {
        let role = role_of(&p);
        groups[role.index()].1.push(p);
    }
    groups.retain(|(_, list)| !list.is_empty());
    groups
}

/// The share link's token: derived from the workshop's stored nonce and the server's key, so the
/// coordinator's page can show the link again while the database keeps only the token's hash
/// (a copy of the database alone does not open a workshop). 32 hex digits, 128 bits.
pub fn link_token(key: &[u8; 32], nonce: &str) -> String {
    let mut material = String::with_capacity(64 + nonce.len() + 16);
    for byte in key {
        material.push_str(&format!("{byte:02x}"));
    }
    material.push_str(":workshop-link:");
    material.push_str(nonce);
    token_hash(&material).chars().take(32).collect()
}

/// The share link's path.
pub fn link_path(token: &str) -> String {
    format!("/w/{token}")
}

/// The last day the share link works unless the coordinator says otherwise: the day after the
/// workshop, so latecomers and those who add a comment afterwards still get in.
pub fn default_link_expiry(held_on: Date) -> Date {
    held_on.checked_add(Duration::days(1)).unwrap_or(held_on)
}

/// True while the link works: up to and including its last day (in Germany).
pub fn link_valid(expires_on: Date, today: Date) -> bool {
    today <= expires_on
}

/// A move through the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next field.
    Next,
    /// The previous field.
    Previous,
}

impl Step {
    /// Parses the value of the facilitator's button.
    pub fn parse(code: &str) -> Option<Step> {
        match code.trim() {
            "next" => Some(Step::Next),
            "previous" => Some(Step::Previous),
            _ => None,
        }
    }
}

/// The field after a step from `current` through `agenda`; stays at either end. A current field
/// no longer on the agenda (the coordinator changed it) restarts at the first field.
pub fn step_field(agenda: &[String], current: Option<&str>, step: Step) -> Option<String> {
    let position = current.and_then(|c| agenda.iter().position(|f| f == c));
    let target = match (position, step) {
        (None, _) => 0,
        (Some(i), Step::Next) => (i + 1).min(agenda.len().saturating_sub(1)),
        (Some(i), Step::Previous) => i.saturating_sub(1),
    };
    agenda.get(target).cloned()
}

/// The field shown: the current one if it is on the agenda, else the first.
pub fn shown_field<'a>(agenda: &'a [String], current: Option<&str>) -> Option<&'a String> {
    current
        .and_then(|c| agenda.iter().find(|f| *f == c))
        .or_else(|| agenda.first())
}

/// The statements dots may go to: the development potentials of the agenda's fields and the
/// statements the workshop agreed on. `potentials` are (field, statement) pairs.
pub fn dot_targets<'a>(
    agenda: &[String],
    potentials: impl IntoIterator<Item = (&'a str, &'a str)>,
    agreed: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<String> {
    let mut targets: Vec<String> = Vec::new();
    for (field, item) in potentials.into_iter().chain(agreed) {
        if agenda.iter().any(|f| f == field) && !targets.iter().any(|t| t == item) {
            targets.push(item.to_owned());
        }
    }
    targets
}

/// The order of the prioritised list: agreed potentials first, then by dots (most first), then
/// in the order given (the agenda's), so equal counts keep a stable order.
pub fn priority_order<T>(items: &mut [T], key: impl Fn(&T) -> (bool, u32)) {
    items.sort_by(|a, b| {
        let (agreed_a, dots_a) = key(a);
        let (agreed_b, dots_b) = key(b);
        agreed_b.cmp(&agreed_a).then(dots_b.cmp(&dots_a))
    });
}

/// A participant's own dots on one statement, newest first (the one taken back first).
pub fn own_dots(dots: &[(Uuid, Uuid, String)], participant: Uuid, item: &str) -> Vec<Uuid> {
    let mut own: Vec<Uuid> = dots
        .iter()
        .filter(|(_, p, i)| *p == participant && i == item)
        .map(|(id, _, _)| *id)
        .collect();
    // UUIDv7 ids sort by creation time.
    own.sort_by(|a, b| b.cmp(a));
    own
}

#[cfg(test)]
mod tests {
    use time::macros::date;
    use weltoffen_platform::i18n::Locale;

    use super::*;

    #[test]
    fn roles_round_trip_through_their_codes_and_have_names_in_both_languages() {
        for (i, role) in ParticipantRole::ALL.into_iter().enumerate() {
            assert_eq!(ParticipantRole::parse(role.code()), Some(role));
            assert_eq!(role.index(), i);
            for locale in Locale::ALL {
                assert!(
                    locale.has(role.label_key()),
                    "{} missing in {locale:?}",
                    role.label_key()
                );
            }
        }
        assert_eq!(ParticipantRole::parse("press"), None);
        assert_eq!(ParticipantRole::parse(""), None);
    }

    #[test]
    fn a_dot_is_counted_only_while_open_on_a_target_and_within_the_limit() {
        assert_eq!(check_dot(true, 5, 0, true), Ok(()));
        assert_eq!(check_dot(true, 5, 4, true), Ok(()));
        assert_eq!(check_dot(true, 5, 5, true), Err(DotRefusal::NoneLeft));
        assert_eq!(check_dot(true, 3, 7, true), Err(DotRefusal::NoneLeft));
        assert_eq!(check_dot(false, 5, 0, true), Err(DotRefusal::Closed));
        assert_eq!(check_dot(true, 5, 0, false), Err(DotRefusal::NotATarget));
        assert_eq!(dots_left(5, 2), 3);
        assert_eq!(dots_left(3, 7), 0);
        for refusal in [DotRefusal::Closed, DotRefusal::NoneLeft, DotRefusal::NotATarget] {
            for locale in Locale::ALL {
                assert!(locale.has(refusal.message_key()));
            }
        }
    }

    #[test]
    fn dots_are_tallied_per_statement_and_role() {
        let counts = tally([
            ("a", ParticipantRole::Politics),
            ("a", ParticipantRole::Politics),
            ("a", ParticipantRole::Business),
            ("b", ParticipantRole::Other),
        ]);
        let a = counts["a"];
        assert_eq!(a.of(ParticipantRole::Politics), 2);
        assert_eq!(a.of(ParticipantRole::Business), 1);
        assert_eq!(a.of(ParticipantRole::Administration), 0);
        assert_eq!(a.total(), 3);
        assert_eq!(a.in_order(), [0, 2, 0, 1, 0]);
        assert_eq!(counts["b"].total(), 1);
        assert!(!counts.contains_key("c"));
    }

    #[test]
    fn names_are_shown_only_with_consent() {
        assert_eq!(shown_as(" Anna ", true, 3), ShownAs::Name("Anna".into()));
        assert_eq!(shown_as("Anna", false, 3), ShownAs::Number(3));
        assert_eq!(shown_as("  ", true, 4), ShownAs::Number(4));
    }

    #[test]
    fn participants_are_grouped_in_the_order_of_the_roles() {
        let people = vec![
            ("x", ParticipantRole::Other),
            ("y", ParticipantRole::Administration),
            ("z", ParticipantRole::Other),
        ];
        let groups = by_role(people, |p| p.1);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, ParticipantRole::Administration);
        assert_eq!(groups[1].1.iter().map(|p| p.0).collect::<Vec<_>>(), ["x", "z"]);
    }

    #[test]
    fn the_link_token_depends_on_key_and_nonce_and_expires_after_its_last_day() {
        let token = link_token(&[1; 32], "abc");
        assert_eq!(token.len(), 32);
        assert_eq!(token, link_token(&[1; 32], "abc"));
        assert_ne!(token, link_token(&[2; 32], "abc"));
        assert_ne!(token, link_token(&[1; 32], "abd"));
        assert_eq!(link_path("t"), "/w/t");
        let held = date!(2026 - 12 - 03);
        assert_eq!(default_link_expiry(held), date!(2026 - 12 - 04));
        assert!(link_valid(date!(2026 - 12 - 04), date!(2026 - 12 - 04)));
        assert!(!link_valid(date!(2026 - 12 - 04), date!(2026 - 12 - 05)));
    }

    #[test]
    fn the_agenda_is_walked_without_running_off_either_end() {
        let agenda: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(step_field(&agenda, Some("a"), Step::Next).as_deref(), Some("b"));
        assert_eq!(step_field(&agenda, Some("c"), Step::Next).as_deref(), Some("c"));
        assert_eq!(step_field(&agenda, Some("b"), Step::Previous).as_deref(), Some("a"));
        assert_eq!(step_field(&agenda, Some("a"), Step::Previous).as_deref(), Some("a"));
        assert_eq!(step_field(&agenda, Some("gone"), Step::Next).as_deref(), Some("a"));
        assert_eq!(step_field(&agenda, None, Step::Next).as_deref(), Some("a"));
        assert_eq!(step_field(&[], None, Step::Next), None);
        assert_eq!(shown_field(&agenda, Some("b")).map(String::as_str), Some("b"));
        assert_eq!(shown_field(&agenda, Some("gone")).map(String::as_str), Some("a"));
        assert_eq!(Step::parse("next"), Some(Step::Next));
        assert_eq!(Step::parse("sideways"), None);
    }

    #[test]
    fn dot_targets_are_potentials_and_agreed_statements_of_the_agenda() {
        let agenda = vec!["f1".to_owned(), "f2".to_owned()];
        let targets = dot_targets(
            &agenda,
            [("f1", "f1.a"), ("f3", "f3.a"), ("f2", "f2.b")],
            [("f1", "f1.c"), ("f1", "f1.a")],
        );
        assert_eq!(targets, ["f1.a", "f2.b", "f1.c"]);
    }

    #[test]
    fn priorities_put_agreed_potentials_first_then_most_dots() {
        let mut items = vec![("a", false, 9), ("b", true, 1), ("c", true, 4), ("d", false, 9)];
        priority_order(&mut items, |i| (i.1, i.2));
        let order: Vec<&str> = items.iter().map(|i| i.0).collect();
        assert_eq!(order, ["c", "b", "a", "d"]);
    }

    #[test]
    fn the_newest_own_dot_is_taken_back_first() {
        let me = Uuid::now_v7();
        let other = Uuid::now_v7();
        let first = Uuid::now_v7();
        let theirs = Uuid::now_v7();
        let second = Uuid::now_v7();
        let dots = vec![
            (first, me, "a".to_owned()),
            (theirs, other, "a".to_owned()),
            (second, me, "a".to_owned()),
        ];
        assert_eq!(own_dots(&dots, me, "a"), [second, first]);
        assert!(own_dots(&dots, me, "b").is_empty());
    }
}
