//! Operations on rounds shared by the pages and the API: start, assign by e-mail, close, reopen.
//! Each checks what the store cannot (fields exist, the round is open) and logs to the audit trail.

use time::Date;
use uuid::Uuid;
use weltoffen_platform::accounts::model::{Email, MunicipalityRole};
use weltoffen_platform::accounts::service::{self as accounts, Invite};
use weltoffen_platform::accounts::store::{self as account_store, MemberRow, SessionUser};
use weltoffen_platform::db::DbError;
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::mail::{self, MailKind};
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_platform::state::AppState;

use crate::instrument::Instrument;
use crate::scoring::score_round;
use crate::store::{self, AssignmentDetail, RoundEvent, RoundRow};
use crate::web::round_path;

/// Longest round title.
pub const MAX_TITLE_CHARS: usize = 200;

/// Why a round could not be started.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// No title.
    #[error("the title is missing")]
    TitleMissing,
    /// Title over the limit.
    #[error("the title is too long")]
    TitleTooLong,
    /// Due date in the past.
    #[error("the due date lies in the past")]
    DueInPast,
    /// Storage failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

impl StartError {
    /// The Fluent key of the message.
    pub fn key(&self) -> &'static str {
        match self {
            StartError::TitleMissing => "selfcheck-error-title-missing",
            StartError::TitleTooLong => "selfcheck-error-title-too-long",
            StartError::DueInPast => "selfcheck-error-due-in-past",
            StartError::Db(_) => "error-internal-title",
        }
    }
}

/// Starts a round of the current instrument.
pub async fn start_round(
    state: &AppState,
    instrument: &Instrument,
    municipality: &MunicipalityRow,
    title: &str,
    due_date: Option<Date>,
    actor: Uuid,
) -> Result<Uuid, StartError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(StartError::TitleMissing);
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(StartError::TitleTooLong);
    }
    if due_date.is_some_and(|d| d < weltoffen_platform::clock::today_in_germany()) {
        return Err(StartError::DueInPast);
    }
    Ok(store::create_round(&state.db, municipality.id, title, due_date, &instrument.version, actor).await?)
}

/// What assigning by e-mail did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOutcome {
    /// The address belongs to a member: the fields are assigned now.
    Assigned,
    /// Nobody of the municipality has that address: an invitation went out; the fields are
    /// assigned when the person first opens the Selbstcheck.
    Invited,
}

/// Why fields could not be assigned; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum AssignError {
    /// The round is closed.
    #[error("the round is closed")]
    RoundClosed,
    /// No field chosen.
    #[error("no field chosen")]
    NoFields,
    /// A field id the instrument does not have.
    #[error("unknown field {0}")]
    UnknownField(String),
    /// Storage failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

impl AssignError {
    /// The Fluent key of the message.
    pub fn key(&self) -> &'static str {
        match self {
            AssignError::RoundClosed => "selfcheck-error-round-closed",
            AssignError::NoFields => "selfcheck-error-no-fields",
            AssignError::UnknownField(_) => "selfcheck-error-unknown-field",
            AssignError::Db(_) => "error-internal-title",
        }
    }
}

/// Assigns `fields` to the member with `email`, or invites that person to the municipality. The
/// assignment, its entry in the round's history and the mail (a notice to the member, or the
/// invitation naming the round and the fields) are stored in one transaction.
#[allow(clippy::too_many_arguments)] // each is a distinct fact of the request
pub async fn assign_by_email(
    state: &AppState,
    instrument: &Instrument,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    inviter: &SessionUser,
    ip: &str,
    email: &Email,
    fields: &[String],
    locale: Locale,
) -> Result<AssignOutcome, AssignError> {
    if !round.is_open() {
        return Err(AssignError::RoundClosed);
    }
    if fields.is_empty() {
        return Err(AssignError::NoFields);
    }
    if let Some(unknown) = fields.iter().find(|f| instrument.field(f).is_none()) {
        return Err(AssignError::UnknownField(unknown.clone()));
    }
    let field_refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    let members = account_store::list_members(&state.db, municipality.id).await?;
    if let Some(member) = members.iter().find(|m| m.email.eq_ignore_ascii_case(email.as_str())) {
        assign_member(state, instrument, municipality, round, inviter, member, &field_refs).await?;
        return Ok(AssignOutcome::Assigned);
    }
    let invite = Invite {
        email,
        municipality: Some((municipality, MunicipalityRole::Member)),
        platform_role: None,
        locale,
    };
    let mut tx = state.db.begin().await?;
    let invited = store::invite(&mut tx, round.id, email.as_str(), &field_refs, inviter.id).await?;
    if !invited.added.is_empty() {
        let detail = AssignmentDetail {
            email: Some(email.as_str().to_owned()),
            name: None,
            fields: invited.added,
            invited: true,
        };
        store::record_event(&mut tx, round.id, &RoundEvent::Assigned(detail), Some(inviter.id)).await?;
    }
    // The mail names every field the invitation now holds: its link is the one the person uses.
    let mail = AssignmentMail::new(
        &state.settings.base_url,
        instrument,
        municipality,
        round,
        &invited.all,
        locale,
    );
    let details = format!(
        "{}\n\n",
        locale.t_numbers("mail-selfcheck-invitation-details", &mail.texts(), &mail.numbers())
    );
    // No member had the address a moment ago, so the platform's membership check is not repeated;
    // should the person join in between, the fields are claimed all the same.
    accounts::invite_in(&mut tx, &state.settings.base_url, inviter, ip, &invite, &details).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(AssignOutcome::Invited)
}

/// Assigns fields to a member; records and mails only the fields that are new to them. Nobody is
/// mailed about fields they assigned to themselves.
async fn assign_member(
    state: &AppState,
    instrument: &Instrument,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    assigner: &SessionUser,
    member: &MemberRow,
    fields: &[&str],
) -> Result<(), DbError> {
    let recipient = if member.id == assigner.id {
        None
    } else {
        account_store::user_by_id(&state.db, member.id).await?
    };
    let mut tx = state.db.begin().await?;
    let (_, added) = store::assign_in(&mut tx, round.id, member.id, &member.name, fields).await?;
    let mut mailed = false;
    if !added.is_empty() {
        if let Some(recipient) = &recipient {
            let mail = AssignmentMail::new(
                &state.settings.base_url,
                instrument,
                municipality,
                round,
                &added,
                recipient.locale,
            );
            let mut texts = mail.texts();
            texts.push(("assigner", assigner.name.as_str()));
            mail::enqueue(
                &mut tx,
                &member.email,
                recipient.locale,
                &MailKind::Message {
                    subject: "mail-selfcheck-assigned-subject",
                    body: "mail-selfcheck-assigned-body",
                    texts: &texts,
                    numbers: &mail.numbers(),
                },
            )
            .await?;
            mailed = true;
        }
        let detail = AssignmentDetail {
            email: Some(member.email.clone()),
            name: Some(member.name.clone()),
            fields: added,
            invited: false,
        };
        store::record_event(&mut tx, round.id, &RoundEvent::Assigned(detail), Some(assigner.id)).await?;
    }
    tx.commit().await?;
    if mailed {
        state.mail_wake.notify_one();
    }
    Ok(())
}

/// What a mail about assigned fields says, in the recipient's language.
struct AssignmentMail {
    round: String,
    municipality: String,
    fields: String,
    count: usize,
    link: String,
    due: String,
}

impl AssignmentMail {
    fn new(
        base_url: &str,
        instrument: &Instrument,
        municipality: &MunicipalityRow,
        round: &RoundRow,
        field_ids: &[String],
        locale: Locale,
    ) -> AssignmentMail {
        let fields = field_ids
            .iter()
            .map(|id| {
                let title = instrument.field(id).map(|f| f.title.get(locale)).unwrap_or(id);
                locale.t_args("mail-selfcheck-field-line", &[("field", title)])
            })
            .collect::<Vec<_>>()
            .join("\n");
        AssignmentMail {
            round: round.title.clone(),
            municipality: municipality.name.clone(),
            fields,
            count: field_ids.len(),
            link: format!("{base_url}{}", round_path(&municipality.ags, round.id)),
            // A due date is a calendar date already; "none" selects the sentence without one.
            due: round
                .due_date
                .map(|d| format_date(locale, d))
                .unwrap_or_else(|| "none".to_owned()),
        }
    }

    fn texts(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("round", self.round.as_str()),
            ("municipality", self.municipality.as_str()),
            ("fields", self.fields.as_str()),
            ("link", self.link.as_str()),
            ("due", self.due.as_str()),
        ]
    }

    fn numbers(&self) -> [(&'static str, usize); 1] {
        [("count", self.count)]
    }
}

/// Closes a round: freezes its answers and stores its field scores for the benchmark.
pub async fn close_round(
    state: &AppState,
    instrument: &Instrument,
    municipality: &MunicipalityRow,
    round: &RoundRow,
    actor: Uuid,
) -> Result<bool, DbError> {
    let answers = store::answers_by_item(&state.db, round.id).await?;
    let results = score_round(instrument, municipality.kind(), &answers);
    let scores: Vec<(&str, f64)> = results
        .iter()
        .filter_map(|f| f.score.map(|s| (f.id.as_str(), s)))
        .collect();
    let changed = store::set_round_open(&state.db, round, false, actor, &scores).await?;
    crate::results_cache::forget(round.id);
    Ok(changed)
}

/// Reopens a closed round (logged in the round's history).
pub async fn reopen_round(state: &AppState, round: &RoundRow, actor: Uuid) -> Result<bool, DbError> {
    let changed = store::set_round_open(&state.db, round, true, actor, &[]).await?;
    crate::results_cache::forget(round.id);
    Ok(changed)
}
