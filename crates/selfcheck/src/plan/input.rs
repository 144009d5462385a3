//! The action plan's forms as typed and as checked: a measure, an update and a milestone. Parsing
//! turns the form into domain values or into one error per form field (a Fluent key), so the
//! page can show every problem at once and keep what was typed.

use std::collections::HashSet;

use time::Date;
use time::macros::format_description;
use uuid::Uuid;
use weltoffen_platform::web::forms::FormErrors;

use super::model::MeasureStatus;
use crate::instrument::Instrument;

/// Longest title of a measure or milestone.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest description of a measure.
pub const MAX_DESCRIPTION_CHARS: usize = 5_000;
/// Longest name of an external owner.
pub const MAX_EXTERNAL_OWNER_CHARS: usize = 200;
/// Longest text of an update.
pub const MAX_UPDATE_CHARS: usize = 5_000;

/// Parses a date as a date input sends it (`2027-03-31`) or as people type it where the browser
/// offers a plain text box (`31.03.2027`); empty means no date.
pub fn parse_date(input: &str) -> Result<Option<Date>, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    Date::parse(input, format_description!("[year]-[month]-[day]"))
        .or_else(|_| Date::parse(input, format_description!("[day].[month].[year]")))
        .map(Some)
        .map_err(|_| "selfcheck-plan-error-date-invalid")
}

/// Parses a progress in percent; empty is `None`.
pub fn parse_progress(input: &str) -> Result<Option<u8>, &'static str> {
    let input = input.trim().trim_end_matches('%').trim();
    if input.is_empty() {
        return Ok(None);
    }
    match input.parse::<u8>() {
        Ok(p) if p <= 100 => Ok(Some(p)),
        _ => Err("selfcheck-plan-error-progress"),
    }
}

/// The measure form as typed (also what the form shows again after an error).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureForm {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Chosen field ids (repeated `field` keys).
    pub fields: Vec<String>,
    /// Chosen statement ids (repeated `item` keys).
    pub items: Vec<String>,
    /// Status code.
    pub status: String,
    /// Progress in percent.
    pub progress: String,
    /// User id of the owning member, from the members list.
    pub owner: String,
    /// Name of an external owner.
    pub owner_external: String,
    /// Start date.
    pub start_date: String,
    /// Due date.
    pub due_date: String,
    /// Shown on a public progress page.
    pub public: bool,
    /// The round whose recommendation the measure takes up (hidden field of a prefilled form).
    pub source_round: String,
}

impl MeasureForm {
    /// Reads the posted pairs; repeated keys are why a plain struct form does not do.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> MeasureForm {
        let mut form = MeasureForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => form.title = value,
                "description" => form.description = value,
                "field" => form.fields.push(value),
                "item" => form.items.push(value),
                "status" => form.status = value,
                "progress" => form.progress = value,
                "owner" => form.owner = value,
                "owner_external" => form.owner_external = value,
                "start_date" => form.start_date = value,
                "due_date" => form.due_date = value,
                "public" => form.public = value == "on",
                "source_round" => form.source_round = value,
                _ => {}
            }
        }
        form
    }

    /// A new, empty measure: planned, no progress yet.
    pub fn blank() -> MeasureForm {
        MeasureForm {
            status: MeasureStatus::Planned.code().to_owned(),
            progress: "0".to_owned(),
            ..MeasureForm::default()
        }
    }

    /// A new measure taking up the recommendation of a statement: its first sentence as title,
    /// the whole recommendation as description, the statement and its field linked.
    pub fn from_recommendation(field_id: &str, item_id: &str, recommendation: &str, round: Uuid) -> MeasureForm {
        MeasureForm {
            title: title_from_recommendation(recommendation),
            description: recommendation.trim().to_owned(),
            fields: vec![field_id.to_owned()],
            items: vec![item_id.to_owned()],
            source_round: round.to_string(),
            ..MeasureForm::blank()
        }
    }
}

/// The first sentence of a recommendation, shortened at a word to fit a title.
pub fn title_from_recommendation(recommendation: &str) -> String {
    let text = recommendation.trim();
    let sentence = text
        .char_indices()
        .find(|(i, c)| ends_sentence(text, *i, *c))
        .map_or(text, |(i, c)| &text[..i + c.len_utf8()]);
    if sentence.chars().count() <= MAX_TITLE_CHARS {
        return sentence.to_owned();
    }
    // Room for the ellipsis; cut at the last space so no word is broken.
    let cut: String = sentence.chars().take(MAX_TITLE_CHARS - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Abbreviations whose full stop does not end a sentence (single letters, as in "z. B.", and
/// dotted ones, as in "e.g.", are recognised by their shape).
const ABBREVIATIONS: [&str; 13] = [
    "bzw", "usw", "etc", "ggf", "evtl", "inkl", "vgl", "ca", "Nr", "sog", "Dr", "St", "Abs",
];

/// True when the punctuation `c` at byte `i` ends a sentence: a space and a capital letter
/// follow, and the word before it is not an abbreviation.
fn ends_sentence(text: &str, i: usize, c: char) -> bool {
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let rest = &text[i + c.len_utf8()..];
    let next_is_capital = rest
        .strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    let word = text[..i].rsplit(' ').next().unwrap_or("");
    let abbreviation = word.chars().count() < 2 || word.contains('.') || ABBREVIATIONS.contains(&word);
    next_is_capital && (c != '.' || !abbreviation)
}

/// Who is responsible for a measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// Nobody yet: a measure may be decided before someone takes it on.
    Nobody,
    /// A member of the municipality.
    Member(Uuid),
    /// A named partner outside the administration, without an account.
    External(String),
}

impl Owner {
    /// The user id, for a member.
    pub fn user_id(&self) -> Option<Uuid> {
        match self {
            Owner::Member(id) => Some(*id),
            _ => None,
        }
    }
    /// The name, for an external partner.
    pub fn external(&self) -> Option<&str> {
        match self {
            Owner::External(name) => Some(name),
            _ => None,
        }
    }
}

/// A checked measure, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureInput {
    /// Title, trimmed.
    pub title: String,
    /// Description, trimmed (may be empty).
    pub description: String,
    /// Status.
    pub status: MeasureStatus,
    /// Progress in percent.
    pub progress: u8,
    /// Owner.
    pub owner: Owner,
    /// Start date.
    pub start_date: Option<Date>,
    /// Due date, not before the start date.
    pub due_date: Option<Date>,
    /// Field ids in the instrument's order, at least one.
    pub fields: Vec<String>,
    /// Statement ids, each of one of the fields.
    pub items: Vec<String>,
    /// Shown on a public progress page.
    pub public: bool,
}

impl MeasureInput {
    /// Checks the form against the current instrument and the municipality's members.
    ///
    /// Progress left empty is 0, or 100 when the status is `done`; a progress that was entered
    /// stays as entered, also with `done` (someone may close a measure that reached less).
    pub fn validate(form: &MeasureForm, instrument: &Instrument, members: &[Uuid]) -> Result<MeasureInput, FormErrors> {
        let mut errors = FormErrors::default();
        let title = form.title.trim();
        if title.is_empty() {
            errors.add("title", "selfcheck-plan-error-title-missing");
        } else if title.chars().count() > MAX_TITLE_CHARS {
            errors.add("title", "selfcheck-plan-error-title-too-long");
        }
        let description = form.description.trim();
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.add("description", "selfcheck-plan-error-description-too-long");
        }

        let chosen: HashSet<&str> = form.fields.iter().map(|f| f.trim()).collect();
        if chosen.iter().any(|f| instrument.field(f).is_none()) {
            errors.add("fields", "selfcheck-plan-error-field-unknown");
        } else if chosen.is_empty() {
            errors.add("fields", "selfcheck-plan-error-fields-missing");
        }
        let fields: Vec<String> = instrument
            .fields
            .iter()
            .filter(|f| chosen.contains(f.id.as_str()))
            .map(|f| f.id.clone())
            .collect();
        let mut items: Vec<String> = Vec::new();
        for item in &form.items {
            let item = item.trim();
            match instrument.item(item) {
                None => errors.add("items", "selfcheck-plan-error-item-unknown"),
                // Only reported once the fields themselves are fine, so the two errors do not
                // contradict each other.
                Some((field, _)) if !chosen.contains(field.id.as_str()) => {
                    if !errors.has("fields") {
                        errors.add("items", "selfcheck-plan-error-item-other-field");
                    }
                }
                Some(_) => {
                    if !items.iter().any(|i| i == item) {
                        items.push(item.to_owned());
                    }
                }
            }
        }

        let status = MeasureStatus::parse(&form.status);
        if status.is_none() {
            errors.add("status", "selfcheck-plan-error-status");
        }
        let progress = errors.check("progress", parse_progress(&form.progress));

        let external = form.owner_external.trim();
        let member = form.owner.trim();
        let owner = match (member.is_empty(), external.is_empty()) {
            (true, true) => Some(Owner::Nobody),
            (false, false) => {
                errors.add("owner", "selfcheck-plan-error-owner-both");
                None
            }
            (false, true) => match Uuid::parse_str(member).ok().filter(|id| members.contains(id)) {
                Some(id) => Some(Owner::Member(id)),
                None => {
                    errors.add("owner", "selfcheck-plan-error-owner-unknown");
                    None
                }
            },
            (true, false) if external.chars().count() > MAX_EXTERNAL_OWNER_CHARS => {
                errors.add("owner_external", "selfcheck-plan-error-owner-external-too-long");
                None
            }
            (true, false) => Some(Owner::External(external.to_owned())),
        };

        let start_date = errors.check("start_date", parse_date(&form.start_date));
        let due_date = errors.check("due_date", parse_date(&form.due_date));
        if let (Some(Some(start)), Some(Some(due))) = (start_date, due_date)
            && due < start
        {
            errors.add("due_date", "selfcheck-plan-error-due-before-start");
        }

        match (status, progress, owner, start_date, due_date) {
            (Some(status), Some(progress), Some(owner), Some(start_date), Some(due_date)) if errors.is_empty() => {
                Ok(MeasureInput {
                    title: title.to_owned(),
                    description: description.to_owned(),
                    status,
                    progress: progress.unwrap_or(if status == MeasureStatus::Done { 100 } else { 0 }),
                    owner,
                    start_date,
                    due_date,
                    fields,
                    items,
                    public: form.public,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The update form as typed: a text, and optionally a new status and progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct UpdateForm {
    /// What happened.
    #[serde(default)]
    pub body: String,
    /// New status code; empty keeps the status.
    #[serde(default)]
    pub status: String,
    /// New progress; empty keeps the progress.
    #[serde(default)]
    pub progress: String,
}

/// A checked update: only what changes is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateInput {
    /// Text (may be empty when status or progress change).
    pub body: String,
    /// The new status, if it changes.
    pub status: Option<MeasureStatus>,
    /// The new progress, if it changes.
    pub progress: Option<u8>,
}

impl UpdateInput {
    /// Checks an update of a measure that now has `current` status and progress. A status or
    /// progress equal to the current one is no change; an update must say or change something.
    /// As on the measure form, `done` without a progress means 100 %.
    pub fn validate(form: &UpdateForm, current: (MeasureStatus, u8)) -> Result<UpdateInput, FormErrors> {
        let mut errors = FormErrors::default();
        let body = form.body.trim();
        if body.chars().count() > MAX_UPDATE_CHARS {
            errors.add("body", "selfcheck-plan-error-update-too-long");
        }
        let status = if form.status.trim().is_empty() {
            Some(None)
        } else {
            match MeasureStatus::parse(&form.status) {
                Some(s) => Some(Some(s)),
                None => {
                    errors.add("update-status", "selfcheck-plan-error-status");
                    None
                }
            }
        };
        let progress = errors.check("update-progress", parse_progress(&form.progress));
        let (Some(status), Some(progress)) = (status, progress) else {
            return Err(errors);
        };
        let progress = progress.or((status == Some(MeasureStatus::Done)).then_some(100));
        let status = status.filter(|s| *s != current.0);
        let progress = progress.filter(|p| *p != current.1);
        if body.is_empty() && status.is_none() && progress.is_none() {
            errors.add("body", "selfcheck-plan-error-update-empty");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(UpdateInput {
            body: body.to_owned(),
            status,
            progress,
        })
    }
}

/// The milestone form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct MilestoneForm {
    /// What is to be reached.
    #[serde(default)]
    pub title: String,
    /// By when.
    #[serde(default)]
    pub due_date: String,
}

/// A checked milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneInput {
    /// Title, trimmed.
    pub title: String,
    /// Due date.
    pub due_date: Option<Date>,
}

impl MilestoneInput {
    /// Checks the milestone form (its inputs have their own ids on the measure's page).
    pub fn validate(form: &MilestoneForm) -> Result<MilestoneInput, FormErrors> {
        let mut errors = FormErrors::default();
        let title = form.title.trim();
        if title.is_empty() {
            errors.add("milestone-title", "selfcheck-plan-error-milestone-title-missing");
        } else if title.chars().count() > MAX_TITLE_CHARS {
            errors.add("milestone-title", "selfcheck-plan-error-title-too-long");
        }
        let due_date = errors.check("milestone-due", parse_date(&form.due_date));
        match due_date {
            Some(due_date) if errors.is_empty() => Ok(MilestoneInput {
                title: title.to_owned(),
                due_date,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::instrument::shipped;

    fn instrument() -> Instrument {
        shipped().unwrap()
    }

    fn item_of(instrument: &Instrument, field: &str, n: usize) -> String {
        instrument.field(field).unwrap().items[n].id.clone()
    }

    fn valid(instrument: &Instrument) -> MeasureForm {
        MeasureForm {
            title: "  Integrationskonzept fortschreiben ".into(),
            description: "Bilanz ziehen, dann fortschreiben.".into(),
            fields: vec!["opening".into(), "management".into()],
            items: vec![item_of(instrument, "management", 0)],
            status: "in_progress".into(),
            progress: "40".into(),
            start_date: "2026-03-01".into(),
            due_date: "30.06.2026".into(),
            ..MeasureForm::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_a_measure_with_fields_in_instrument_order() {
        let instrument = instrument();
        let m = MeasureInput::validate(&valid(&instrument), &instrument, &[]).unwrap();
        assert_eq!(m.title, "Integrationskonzept fortschreiben");
        assert_eq!(m.fields, ["management", "opening"]);
        assert_eq!(m.status, MeasureStatus::InProgress);
        assert_eq!(m.progress, 40);
        assert_eq!(m.owner, Owner::Nobody);
        assert_eq!(m.start_date, Some(date!(2026 - 03 - 01)));
        assert_eq!(m.due_date, Some(date!(2026 - 06 - 30)));
        assert!(!m.public);
    }

    #[test]
    fn every_problem_is_reported_at_once_with_its_field() {
        let instrument = instrument();
        let form = MeasureForm {
            title: " ".into(),
            description: "x".repeat(MAX_DESCRIPTION_CHARS + 1),
            fields: vec![],
            status: "finished".into(),
            progress: "101".into(),
            owner: Uuid::now_v7().to_string(),
            start_date: "2026-07-01".into(),
            due_date: "2026-06-30".into(),
            ..MeasureForm::default()
        };
        let errors = MeasureInput::validate(&form, &instrument, &[]).unwrap_err();
        assert_eq!(errors.for_field("title"), Some("selfcheck-plan-error-title-missing"));
        assert_eq!(
            errors.for_field("description"),
            Some("selfcheck-plan-error-description-too-long")
        );
        assert_eq!(errors.for_field("fields"), Some("selfcheck-plan-error-fields-missing"));
        assert_eq!(errors.for_field("status"), Some("selfcheck-plan-error-status"));
        assert_eq!(errors.for_field("progress"), Some("selfcheck-plan-error-progress"));
        assert_eq!(errors.for_field("owner"), Some("selfcheck-plan-error-owner-unknown"));
        assert_eq!(
            errors.for_field("due_date"),
            Some("selfcheck-plan-error-due-before-start")
        );
    }

    #[test]
    fn statements_must_exist_and_belong_to_a_chosen_field() {
        let instrument = instrument();
        let mut form = valid(&instrument);
        form.items = vec!["management.no-such-statement".into()];
        let errors = MeasureInput::validate(&form, &instrument, &[]).unwrap_err();
        assert_eq!(errors.for_field("items"), Some("selfcheck-plan-error-item-unknown"));
        form.items = vec![item_of(&instrument, "work", 0)];
        let errors = MeasureInput::validate(&form, &instrument, &[]).unwrap_err();
        assert_eq!(errors.for_field("items"), Some("selfcheck-plan-error-item-other-field"));
        form.fields = vec!["nonsense".into()];
        let errors = MeasureInput::validate(&form, &instrument, &[]).unwrap_err();
        assert_eq!(errors.for_field("fields"), Some("selfcheck-plan-error-field-unknown"));
        assert!(!errors.has("items"), "no second, contradicting error for the statement");
        // The same statement twice is linked once.
        let mut form = valid(&instrument);
        form.items = vec![item_of(&instrument, "opening", 1), item_of(&instrument, "opening", 1)];
        assert_eq!(MeasureInput::validate(&form, &instrument, &[]).unwrap().items.len(), 1);
    }

    #[test]
    fn the_owner_is_a_member_or_an_external_partner_never_both() {
        let instrument = instrument();
        let member = Uuid::now_v7();
        let mut form = valid(&instrument);
        form.owner = member.to_string();
        let m = MeasureInput::validate(&form, &instrument, &[member]).unwrap();
        assert_eq!(m.owner, Owner::Member(member));
        assert_eq!(m.owner.user_id(), Some(member));
        form.owner_external = "Migrantenselbstorganisation Brücke e. V.".into();
        let errors = MeasureInput::validate(&form, &instrument, &[member]).unwrap_err();
        assert_eq!(errors.for_field("owner"), Some("selfcheck-plan-error-owner-both"));
        form.owner.clear();
        let m = MeasureInput::validate(&form, &instrument, &[member]).unwrap();
        assert_eq!(m.owner.external(), Some("Migrantenselbstorganisation Brücke e. V."));
        form.owner_external = "x".repeat(MAX_EXTERNAL_OWNER_CHARS + 1);
        let errors = MeasureInput::validate(&form, &instrument, &[member]).unwrap_err();
        assert_eq!(
            errors.for_field("owner_external"),
            Some("selfcheck-plan-error-owner-external-too-long")
        );
        form.owner_external.clear();
        form.owner = "not-a-uuid".into();
        assert!(MeasureInput::validate(&form, &instrument, &[member]).is_err());
    }

    #[test]
    fn done_without_a_progress_means_complete_but_an_entered_progress_stays() {
        let instrument = instrument();
        let mut form = valid(&instrument);
        form.status = "done".into();
        form.progress = String::new();
        assert_eq!(MeasureInput::validate(&form, &instrument, &[]).unwrap().progress, 100);
        form.progress = "80".into();
        assert_eq!(MeasureInput::validate(&form, &instrument, &[]).unwrap().progress, 80);
        form.status = "planned".into();
        form.progress = " ".into();
        assert_eq!(MeasureInput::validate(&form, &instrument, &[]).unwrap().progress, 0);
    }

    #[test]
    fn progress_and_dates_are_parsed_strictly() {
        assert_eq!(parse_progress("100"), Ok(Some(100)));
        assert_eq!(parse_progress(" 35 % "), Ok(Some(35)));
        assert_eq!(parse_progress(""), Ok(None));
        for bad in ["101", "-1", "12.5", "viel"] {
            assert_eq!(parse_progress(bad), Err("selfcheck-plan-error-progress"), "{bad}");
        }
        assert_eq!(parse_date("2027-03-31"), Ok(Some(date!(2027 - 03 - 31))));
        assert_eq!(parse_date("31.03.2027"), Ok(Some(date!(2027 - 03 - 31))));
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("2027-02-30"), Err("selfcheck-plan-error-date-invalid"));
        let instrument = instrument();
        let mut form = valid(&instrument);
        form.start_date = "2026-06-30".into();
        form.due_date = "2026-06-30".into();
        assert!(
            MeasureInput::validate(&form, &instrument, &[]).is_ok(),
            "due on the start day is fine"
        );
    }

    #[test]
    fn repeated_keys_are_read_from_the_posted_pairs() {
        let pairs = [
            ("csrf", "t"),
            ("title", "T"),
            ("field", "management"),
            ("field", "work"),
            ("item", "management.leadership"),
            ("public", "on"),
            ("source_round", "r"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .to_vec();
        let form = MeasureForm::from_pairs(pairs);
        assert_eq!(form.fields, ["management", "work"]);
        assert_eq!(form.items, ["management.leadership"]);
        assert!(form.public);
        assert_eq!(form.source_round, "r");
    }

    #[test]
    fn a_recommendation_becomes_a_short_title_and_the_description() {
        let text = "Holen Sie sich zuerst einen politischen Auftrag: Schlagen Sie vor, ein Konzept zu erarbeiten. Gibt es eines, ziehen Sie Bilanz.";
        assert_eq!(
            title_from_recommendation(text),
            "Holen Sie sich zuerst einen politischen Auftrag: Schlagen Sie vor, ein Konzept zu erarbeiten."
        );
        let long = format!("{} Ende.", "Wort ".repeat(60));
        let title = title_from_recommendation(&long);
        assert!(title.chars().count() <= MAX_TITLE_CHARS, "{title}");
        assert!(title.ends_with("Wort…"), "{title}");
        assert_eq!(
            title_from_recommendation("Prüfen Sie z. B. Landesprogramme. Dann mehr."),
            "Prüfen Sie z. B. Landesprogramme."
        );
        assert_eq!(
            title_from_recommendation("Laden Sie ein, bzw. Fragen Sie nach. Danach mehr."),
            "Laden Sie ein, bzw. Fragen Sie nach."
        );
        assert_eq!(
            title_from_recommendation("Check how many reached it. Then propose more."),
            "Check how many reached it."
        );
        assert_eq!(
            title_from_recommendation("Use a format, e.g. A fair. Then more."),
            "Use a format, e.g. A fair."
        );
        let round = Uuid::now_v7();
        let form = MeasureForm::from_recommendation("management", "management.leadership", text, round);
        assert_eq!(form.description, text);
        assert_eq!(form.fields, ["management"]);
        assert_eq!(form.items, ["management.leadership"]);
        assert_eq!(form.source_round, round.to_string());
        assert_eq!(form.status, "planned");
        // Every shipped recommendation gives a title that passes validation.
        let instrument = instrument();
        for field in &instrument.fields {
            for item in &field.items {
                for text in [&item.recommendation.de, &item.recommendation.en] {
                    let form = MeasureForm::from_recommendation(&field.id, &item.id, text, round);
                    assert!(
                        MeasureInput::validate(&form, &instrument, &[]).is_ok(),
                        "{}: {}",
                        item.id,
                        form.title
                    );
                }
            }
        }
    }

    #[test]
    fn an_update_records_only_what_changes_and_must_say_something() {
        let current = (MeasureStatus::InProgress, 40);
        let form = UpdateForm {
            body: " Workshop mit dem Beirat gehalten. ".into(),
            status: "in_progress".into(),
            progress: "60".into(),
        };
        let u = UpdateInput::validate(&form, current).unwrap();
        assert_eq!(u.body, "Workshop mit dem Beirat gehalten.");
        assert_eq!(u.status, None, "unchanged status is no change");
        assert_eq!(u.progress, Some(60));
        let done = UpdateForm {
            status: "done".into(),
            ..UpdateForm::default()
        };
        let u = UpdateInput::validate(&done, current).unwrap();
        assert_eq!((u.status, u.progress), (Some(MeasureStatus::Done), Some(100)));
        let nothing = UpdateForm {
            status: "in_progress".into(),
            progress: "40".into(),
            ..UpdateForm::default()
        };
        let errors = UpdateInput::validate(&nothing, current).unwrap_err();
        assert_eq!(errors.for_field("body"), Some("selfcheck-plan-error-update-empty"));
        let bad = UpdateForm {
            body: "x".into(),
            status: "later".into(),
            progress: "101".into(),
        };
        let errors = UpdateInput::validate(&bad, current).unwrap_err();
        assert!(errors.has("update-status") && errors.has("update-progress"));
    }

    #[test]
    fn a_milestone_needs_a_title_and_a_valid_date() {
        let ok = MilestoneInput::validate(&MilestoneForm {
            title: " Beschlussvorlage ".into(),
            due_date: "2027-01-15".into(),
        })
        .unwrap();
        assert_eq!(ok.title, "Beschlussvorlage");
        assert_eq!(ok.due_date, Some(date!(2027 - 01 - 15)));
        let errors = MilestoneInput::validate(&MilestoneForm {
            title: String::new(),
            due_date: "morgen".into(),
        })
        .unwrap_err();
        assert!(errors.has("milestone-title") && errors.has("milestone-due"));
    }
}
