//! The workshop's forms as typed and as checked: the workshop itself, joining as a guest, a
//! comment, a dot, a decision and mail invitations. Parsing turns a form into domain values or
//! into one error per form field (a Fluent key), so the page shows every problem at once and
//! keeps what was typed.

use std::collections::HashSet;

use time::Date;
use time::macros::format_description;
use uuid::Uuid;
use weltoffen_platform::accounts::model::Email;
use weltoffen_platform::web::forms::FormErrors;

use super::model::{DEFAULT_DOTS, MAX_DOTS, MIN_DOTS, ParticipantRole, default_link_expiry};
use crate::instrument::{Field, Instrument};
use crate::plan::input::parse_date;
use crate::store::RoundRow;

/// Longest title of a workshop.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest place.
pub const MAX_PLACE_CHARS: usize = 300;
/// Longest online link.
pub const MAX_LINK_CHARS: usize = 500;
/// Longest name a participant gives.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest comment.
pub const MAX_COMMENT_CHARS: usize = 2_000;
/// Longest decision.
pub const MAX_DECISION_CHARS: usize = 2_000;
/// Longest first step.
pub const MAX_FIRST_STEP_CHARS: usize = 1_000;
/// Longest owner of a decision.
pub const MAX_OWNER_CHARS: usize = 200;
/// Most addresses one invitation form takes.
pub const MAX_INVITATIONS: usize = 100;
/// Longest nonce of a form (a random token of 43 characters, and for a dot form the statement's
/// element id after it).
pub const MAX_NONCE_CHARS: usize = 160;

/// The workshop form as typed (also what the form shows again after an error).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkshopForm {
    /// Title.
    pub title: String,
    /// The closed round's id.
    pub round: String,
    /// Date.
    pub held_on: String,
    /// Start time, `HH:MM`.
    pub start_time: String,
    /// Place.
    pub place: String,
    /// Link of an online meeting.
    pub online_link: String,
    /// Field ids of the agenda (repeated `field` keys).
    pub fields: Vec<String>,
    /// Dots per participant.
    pub dots: String,
    /// Last day of the share link.
    pub link_expires_on: String,
}

impl WorkshopForm {
    /// Reads the posted pairs; repeated keys are why a plain struct form does not do.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> WorkshopForm {
        let mut form = WorkshopForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => form.title = value,
                "round" => form.round = value,
                "held_on" => form.held_on = value,
                "start_time" => form.start_time = value,
                "place" => form.place = value,
                "online_link" => form.online_link = value,
                "field" => form.fields.push(value),
                "dots" => form.dots = value,
                "link_expires_on" => form.link_expires_on = value,
                _ => {}
            }
        }
        form
    }

    /// A new workshop on `round`: every field on the agenda and the default number of dots.
    pub fn blank(round: Option<&RoundRow>, instrument: &Instrument) -> WorkshopForm {
        WorkshopForm {
            round: round.map(|r| r.id.to_string()).unwrap_or_default(),
            fields: instrument.fields.iter().map(|f| f.id.clone()).collect(),
            dots: DEFAULT_DOTS.to_string(),
            ..WorkshopForm::default()
        }
    }
}

/// A checked workshop, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkshopInput {
    /// Title, trimmed.
    pub title: String,
    /// The closed round whose results are discussed.
    pub round_id: Uuid,
    /// Date.
    pub held_on: Date,
    /// Start time, `HH:MM`.
    pub start_time: Option<String>,
    /// Place (may be empty for an online workshop).
    pub place: String,
    /// Link of an online meeting (may be empty).
    pub online_link: String,
    /// Field ids in the instrument's order, at least one.
    pub fields: Vec<String>,
    /// Dots per participant.
    pub dots: u32,
    /// Last day of the share link, not before the workshop.
    pub link_expires_on: Date,
}

/// Parses a start time `HH:MM` (also `H:MM` and `HH.MM`, as people type it); empty is none.
pub fn parse_time(input: &str) -> Result<Option<String>, &'static str> {
    let input = input.trim().replace('.', ":");
    if input.is_empty() {
        return Ok(None);
    }
    time::Time::parse(&input, format_description!("[hour padding:none]:[minute]"))
        .map(|t| Some(format!("{:02}:{:02}", t.hour(), t.minute())))
        .map_err(|_| "selfcheck-workshop-error-time-invalid")
}

impl WorkshopInput {
    /// Checks the form against the instrument and the municipality's rounds (only a closed one
    /// may be discussed: its results no longer change).
    pub fn validate(
        form: &WorkshopForm,
        instrument: &Instrument,
        rounds: &[RoundRow],
    ) -> Result<WorkshopInput, FormErrors> {
        let mut errors = FormErrors::default();
        let title = form.title.trim();
        if title.is_empty() {
            errors.add("title", "selfcheck-workshop-error-title-missing");
        } else if title.chars().count() > MAX_TITLE_CHARS {
            errors.add("title", "selfcheck-workshop-error-title-too-long");
        }
        let round = Uuid::parse_str(form.round.trim())
            .ok()
            .and_then(|id| rounds.iter().find(|r| r.id == id));
        match round {
            None if form.round.trim().is_empty() => errors.add("round", "selfcheck-workshop-error-round-missing"),
            None => errors.add("round", "selfcheck-workshop-error-round-unknown"),
            Some(r) if r.is_open() => errors.add("round", "selfcheck-workshop-error-round-open"),
            Some(_) => {}
        }
        let held_on = match errors.check(
            "held_on",
            parse_date(&form.held_on).map_err(|_| "selfcheck-workshop-error-date-invalid"),
        ) {
            Some(None) => {
                errors.add("held_on", "selfcheck-workshop-error-date-missing");
                None
            }
            other => other.flatten(),
        };
        let start_time = errors.check("start_time", parse_time(&form.start_time));
        let place = form.place.trim();
        if place.chars().count() > MAX_PLACE_CHARS {
            errors.add("place", "selfcheck-workshop-error-place-too-long");
        }
        let online_link = form.online_link.trim();
        if online_link.chars().count() > MAX_LINK_CHARS {
            errors.add("online_link", "selfcheck-workshop-error-link-too-long");
        } else if !online_link.is_empty()
            && (!(online_link.starts_with("https://") || online_link.starts_with("http://"))
                || online_link.chars().any(char::is_whitespace))
        {
            errors.add("online_link", "selfcheck-workshop-error-link-invalid");
        }
        let chosen: HashSet<&str> = form.fields.iter().map(|f| f.trim()).collect();
        if chosen.iter().any(|f| instrument.field(f).is_none()) {
            errors.add("fields", "selfcheck-workshop-error-field-unknown");
        } else if chosen.is_empty() {
            errors.add("fields", "selfcheck-workshop-error-fields-missing");
        }
        let fields: Vec<String> = instrument
            .fields
            .iter()
            .filter(|f| chosen.contains(f.id.as_str()))
            .map(|f| f.id.clone())
            .collect();
        let dots = match form.dots.trim().parse::<u32>() {
            Ok(n) if (MIN_DOTS..=MAX_DOTS).contains(&n) => Some(n),
            _ => {
                errors.add("dots", "selfcheck-workshop-error-dots");
                None
            }
        };
        let expires = errors.check(
            "link_expires_on",
            parse_date(&form.link_expires_on).map_err(|_| "selfcheck-workshop-error-date-invalid"),
        );
        let link_expires_on = match (held_on, expires) {
            (Some(held), Some(Some(expires))) if expires < held => {
                errors.add("link_expires_on", "selfcheck-workshop-error-expiry-before-date");
                None
            }
            (_, Some(Some(expires))) => Some(expires),
            (Some(held), Some(None)) => Some(default_link_expiry(held)),
            _ => None,
        };
        match (round, held_on, start_time, dots, link_expires_on) {
            (Some(round), Some(held_on), Some(start_time), Some(dots), Some(link_expires_on)) if errors.is_empty() => {
                Ok(WorkshopInput {
                    title: title.to_owned(),
                    round_id: round.id,
                    held_on,
                    start_time,
                    place: place.to_owned(),
                    online_link: online_link.to_owned(),
                    fields,
                    dots,
                    link_expires_on,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The join form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct JoinForm {
    /// Name (optional).
    #[serde(default)]
    pub name: String,
    /// "Show my name to the others and in the protocol".
    #[serde(default)]
    pub show_name: Option<String>,
    /// Role code.
    #[serde(default)]
    pub role: String,
}

/// A checked join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinInput {
    /// Name, trimmed; may be empty.
    pub name: String,
    /// Consent to show the name.
    pub show_name: bool,
    /// Role.
    pub role: ParticipantRole,
}

impl JoinInput {
    /// Checks the join form: a role is needed, a name is not; consent needs a name to show.
    pub fn validate(form: &JoinForm) -> Result<JoinInput, FormErrors> {
        let mut errors = FormErrors::default();
        let name = form.name.trim();
        let show_name = form.show_name.as_deref() == Some("on");
        if name.chars().count() > MAX_NAME_CHARS {
            errors.add("name", "selfcheck-workshop-error-name-too-long");
        } else if show_name && name.is_empty() {
            errors.add("name", "selfcheck-workshop-error-consent-without-name");
        }
        let role = ParticipantRole::parse(&form.role);
        if role.is_none() {
            errors.add("role", "selfcheck-workshop-error-role-missing");
        }
        match role {
            Some(role) if errors.is_empty() => Ok(JoinInput {
                name: name.to_owned(),
                show_name,
                role,
            }),
            _ => Err(errors),
        }
    }
}

/// Checks the nonce a form carries so that sending it twice counts once: a random token of the
/// page, URL-safe characters only.
pub fn parse_nonce(input: &str) -> Option<String> {
    let nonce = input.trim();
    (!nonce.is_empty()
        && nonce.len() <= MAX_NONCE_CHARS
        && nonce
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then(|| nonce.to_owned())
}

/// The comment form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct CommentForm {
    /// The field it is about (the one on the projector when the form was shown).
    #[serde(default)]
    pub field: String,
    /// Text.
    #[serde(default)]
    pub body: String,
    /// The statement it is about; empty for the field as a whole.
    #[serde(default)]
    pub item: String,
    /// The form's nonce.
    #[serde(default)]
    pub nonce: String,
}

/// A checked comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentInput {
    /// Text, trimmed.
    pub body: String,
    /// The statement, one of the field's.
    pub item: Option<String>,
    /// The form's nonce.
    pub nonce: String,
}

impl CommentInput {
    /// Checks a comment on `field`.
    pub fn validate(form: &CommentForm, field: &Field) -> Result<CommentInput, FormErrors> {
        let mut errors = FormErrors::default();
        let body = form.body.trim();
        if body.is_empty() {
            errors.add("body", "selfcheck-workshop-error-comment-missing");
        } else if body.chars().count() > MAX_COMMENT_CHARS {
            errors.add("body", "selfcheck-workshop-error-comment-too-long");
        }
        let item = form.item.trim();
        let item = if item.is_empty() {
            None
        } else if field.items.iter().any(|i| i.id == item) {
            Some(item.to_owned())
        } else {
            errors.add("item", "selfcheck-workshop-error-item-unknown");
            None
        };
        let nonce = parse_nonce(&form.nonce);
        if nonce.is_none() {
            errors.add("body", "selfcheck-workshop-error-form-stale");
        }
        match nonce {
            Some(nonce) if errors.is_empty() => Ok(CommentInput {
                body: body.to_owned(),
                item,
                nonce,
            }),
            _ => Err(errors),
        }
    }
}

/// A dot (or taking one back) as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct DotForm {
    /// The statement.
    #[serde(default)]
    pub item: String,
    /// The form's nonce (giving a dot).
    #[serde(default)]
    pub nonce: String,
    /// The dot to take back.
    #[serde(default)]
    pub dot: String,
    /// `add` or `remove`.
    #[serde(default)]
    pub action: String,
}

/// The decision form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct DecisionForm {
    /// The field it belongs to.
    #[serde(default)]
    pub field: String,
    /// The statement it takes up; empty for the field as a whole.
    #[serde(default)]
    pub item: String,
    /// What was decided.
    #[serde(default)]
    pub body: String,
    /// The first step.
    #[serde(default)]
    pub first_step: String,
    /// Who takes it on.
    #[serde(default)]
    pub owner: String,
}

/// A checked decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionInput {
    /// Field id, on the agenda.
    pub field: String,
    /// Statement of that field.
    pub item: Option<String>,
    /// What was decided.
    pub body: String,
    /// First step (may be empty).
    pub first_step: String,
    /// Who takes it on (may be empty).
    pub owner: String,
}

impl DecisionInput {
    /// Checks a decision against the agenda and the instrument.
    pub fn validate(
        form: &DecisionForm,
        instrument: &Instrument,
        agenda: &[String],
    ) -> Result<DecisionInput, FormErrors> {
        let mut errors = FormErrors::default();
        let field = form.field.trim();
        let field = instrument.field(field).filter(|f| agenda.contains(&f.id));
        if field.is_none() {
            errors.add("decision-body", "selfcheck-workshop-error-field-unknown");
        }
        let item = form.item.trim();
        let item = match (field, item.is_empty()) {
            (_, true) => None,
            (Some(f), false) if f.items.iter().any(|i| i.id == item) => Some(item.to_owned()),
            _ => {
                errors.add("decision-item", "selfcheck-workshop-error-item-unknown");
                None
            }
        };
        let body = form.body.trim();
        if body.is_empty() {
            errors.add("decision-body", "selfcheck-workshop-error-decision-missing");
        } else if body.chars().count() > MAX_DECISION_CHARS {
            errors.add("decision-body", "selfcheck-workshop-error-decision-too-long");
        }
        let first_step = form.first_step.trim();
        if first_step.chars().count() > MAX_FIRST_STEP_CHARS {
            errors.add("decision-first-step", "selfcheck-workshop-error-first-step-too-long");
        }
        let owner = form.owner.trim();
        if owner.chars().count() > MAX_OWNER_CHARS {
            errors.add("decision-owner", "selfcheck-workshop-error-owner-too-long");
        }
        match field {
            Some(field) if errors.is_empty() => Ok(DecisionInput {
                field: field.id.clone(),
                item,
                body: body.to_owned(),
                first_step: first_step.to_owned(),
                owner: owner.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// The invitation form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct InviteForm {
    /// Addresses separated by commas, semicolons, spaces or lines.
    #[serde(default)]
    pub emails: String,
}

/// Reads the addresses of the invitation form: each checked, duplicates dropped.
pub fn parse_invitations(form: &InviteForm) -> Result<Vec<Email>, FormErrors> {
    let mut errors = FormErrors::default();
    let mut emails: Vec<Email> = Vec::new();
    for part in form
        .emails
        .split([',', ';', ' ', '\n', '\r', '\t'])
        .filter(|p| !p.trim().is_empty())
    {
        match Email::parse(part) {
            Ok(email) => {
                if !emails.contains(&email) {
                    emails.push(email);
                }
            }
            Err(_) => errors.add("emails", "selfcheck-workshop-error-email-invalid"),
        }
    }
    if emails.is_empty() && errors.is_empty() {
        errors.add("emails", "selfcheck-workshop-error-emails-missing");
    } else if emails.len() > MAX_INVITATIONS {
        errors.add("emails", "selfcheck-workshop-error-emails-too-many");
    }
    if errors.is_empty() { Ok(emails) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};
    use weltoffen_platform::i18n::Locale;

    use super::*;
    use crate::instrument::shipped;

    fn round(open: bool) -> RoundRow {
        RoundRow {
            id: Uuid::now_v7(),
            municipality_id: Uuid::now_v7(),
            title: "Selbstcheck 2026".into(),
            instrument_version: "1".into(),
            status: if open { "open" } else { "closed" }.into(),
            due_date: None,
            created_at: datetime!(2026-01-01 0:00 UTC),
            closed_at: None,
        }
    }

    fn form(round: &RoundRow) -> WorkshopForm {
        WorkshopForm {
            title: "Workshop Weltoffenheit".into(),
            round: round.id.to_string(),
            held_on: "2026-12-03".into(),
            start_time: "9.30".into(),
            place: "Kreishaus, Saal 2".into(),
            online_link: String::new(),
            fields: vec!["management".into(), "work".into()],
            dots: "5".into(),
            link_expires_on: String::new(),
        }
    }

    fn all_keys_exist(errors: &FormErrors) {
        for e in &errors.list {
            for locale in Locale::ALL {
                assert!(locale.has(e.key), "{} missing in {locale:?}", e.key);
            }
        }
    }

    #[test]
    fn a_workshop_needs_a_closed_round_a_date_fields_and_a_sane_number_of_dots() {
        let instrument = shipped().unwrap();
        let closed = round(false);
        let open = round(true);
        let rounds = vec![closed.clone(), open.clone()];
        let input = WorkshopInput::validate(&form(&closed), &instrument, &rounds).unwrap();
        assert_eq!(input.start_time.as_deref(), Some("09:30"));
        assert_eq!(input.link_expires_on, date!(2026 - 12 - 04));
        assert_eq!(input.dots, 5);
        // The agenda follows the instrument's order, whatever the form's order.
        let order: Vec<&str> = instrument
            .fields
            .iter()
            .map(|f| f.id.as_str())
            .filter(|f| ["management", "work"].contains(f))
            .collect();
        assert_eq!(input.fields, order);

        let errors = WorkshopInput::validate(&form(&open), &instrument, &rounds).unwrap_err();
        assert_eq!(errors.for_field("round"), Some("selfcheck-workshop-error-round-open"));
        let mut bad = form(&closed);
        bad.round = Uuid::now_v7().to_string();
        bad.dots = "21".into();
        bad.fields = vec!["nonsense".into()];
        bad.held_on = String::new();
        bad.online_link = "javascript:alert(1)".into();
        bad.start_time = "25:00".into();
        let errors = WorkshopInput::validate(&bad, &instrument, &rounds).unwrap_err();
        for field in ["round", "dots", "fields", "held_on", "online_link", "start_time"] {
            assert!(errors.has(field), "{field}");
        }
        all_keys_exist(&errors);
        let mut early = form(&closed);
        early.link_expires_on = "2026-12-01".into();
        let errors = WorkshopInput::validate(&early, &instrument, &rounds).unwrap_err();
        assert!(errors.has("link_expires_on"));
        all_keys_exist(&errors);
    }

    #[test]
    fn joining_needs_a_role_and_consent_needs_a_name() {
        let ok = JoinInput::validate(&JoinForm {
            name: " ".into(),
            show_name: None,
            role: "politics".into(),
        })
        .unwrap();
        assert_eq!(ok.name, "");
        assert!(!ok.show_name);
        assert_eq!(ok.role, ParticipantRole::Politics);
        let errors = JoinInput::validate(&JoinForm {
            name: String::new(),
            show_name: Some("on".into()),
            role: "press".into(),
        })
        .unwrap_err();
        assert_eq!(
            errors.for_field("name"),
            Some("selfcheck-workshop-error-consent-without-name")
        );
        assert_eq!(errors.for_field("role"), Some("selfcheck-workshop-error-role-missing"));
        all_keys_exist(&errors);
    }

    #[test]
    fn comments_need_text_a_statement_of_the_field_and_a_nonce() {
        let instrument = shipped().unwrap();
        let field = instrument.field("management").unwrap();
        let item = field.items[0].id.clone();
        let ok = CommentInput::validate(
            &CommentForm {
                field: "management".into(),
                body: " Wichtig ".into(),
                item: item.clone(),
                nonce: "abc-DEF_1".into(),
            },
            field,
        )
        .unwrap();
        assert_eq!(ok.body, "Wichtig");
        assert_eq!(ok.item, Some(item));
        let other = instrument.field("work").unwrap().items[0].id.clone();
        let errors = CommentInput::validate(
            &CommentForm {
                field: "management".into(),
                body: String::new(),
                item: other,
                nonce: "no spaces".into(),
            },
            field,
        )
        .unwrap_err();
        assert!(errors.has("body") && errors.has("item"));
        all_keys_exist(&errors);
        assert_eq!(parse_nonce(&"x".repeat(MAX_NONCE_CHARS + 1)), None);
        assert_eq!(parse_nonce("a<b"), None);
    }

    #[test]
    fn decisions_belong_to_a_field_of_the_agenda() {
        let instrument = shipped().unwrap();
        let agenda = vec!["management".to_owned()];
        let item = instrument.field("management").unwrap().items[1].id.clone();
        let ok = DecisionInput::validate(
            &DecisionForm {
                field: "management".into(),
                item: item.clone(),
                body: "Integrationskonzept fortschreiben".into(),
                first_step: "Auftakt im Januar".into(),
                owner: "Integrationsbeauftragte".into(),
            },
            &instrument,
            &agenda,
        )
        .unwrap();
        assert_eq!(ok.item, Some(item));
        let errors = DecisionInput::validate(
            &DecisionForm {
                field: "work".into(),
                body: String::new(),
                ..DecisionForm::default()
            },
            &instrument,
            &agenda,
        )
        .unwrap_err();
        assert!(errors.has("decision-body"));
        all_keys_exist(&errors);
    }

    #[test]
    fn invitations_are_read_from_a_list_of_addresses() {
        let emails = parse_invitations(&InviteForm {
            emails: "a@example.org, B@example.org;a@example.org\nc@example.org".into(),
        })
        .unwrap();
        assert_eq!(emails.len(), 3);
        let errors = parse_invitations(&InviteForm {
            emails: "kein-mail".into(),
        })
        .unwrap_err();
        assert!(errors.has("emails"));
        let errors = parse_invitations(&InviteForm { emails: " ".into() }).unwrap_err();
        assert_eq!(
            errors.for_field("emails"),
            Some("selfcheck-workshop-error-emails-missing")
        );
        all_keys_exist(&errors);
    }
}
