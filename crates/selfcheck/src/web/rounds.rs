//! The Selbstcheck overview of a municipality (rounds, start form) and a round's page (progress,
//! assignments, close and reopen).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use time::Date;
use time::macros::format_description;
use uuid::Uuid;
use weltoffen_platform::accounts::model::Email;
use weltoffen_platform::accounts::store::{self as accounts, MemberRow};
use weltoffen_platform::clock::in_germany;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{ClientIp, CoordinatorTenant, Page, Tenant};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::{round_path, tenant_round};
use crate::instrument::{Field, Instrument};
use crate::progress::{self, RoundProgress};
use crate::service::{self, AssignError, AssignOutcome};
use crate::store::{self, AssignmentDetail, InvitationRow, RoundEvent, RoundRow};

/// The routes of this module.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/selbstcheck", Access::Member, overview)
        .post("/m/{ags}/selbstcheck", Access::Coordinator, start)
        .get("/m/{ags}/selbstcheck/{round}", Access::Member, round_page)
        .post("/m/{ags}/selbstcheck/{round}/assignments", Access::Coordinator, assign)
        .post("/m/{ags}/selbstcheck/{round}/close", Access::Coordinator, close)
        .post("/m/{ags}/selbstcheck/{round}/reopen", Access::Coordinator, reopen)
}

/// A round as listed, with what the viewer needs to know about it.
pub struct RoundListEntry {
    /// The round.
    pub round: RoundRow,
    /// Start date, formatted.
    pub started: String,
    /// Due date, formatted.
    pub due: Option<String>,
    /// Closing date, formatted.
    pub closed: Option<String>,
}

impl RoundListEntry {
    fn new(round: RoundRow, page: &Page) -> RoundListEntry {
        RoundListEntry {
            started: format_date(page.locale, in_germany(round.created_at).date()),
            due: round.due_date.map(|d| format_date(page.locale, d)),
            closed: round.closed_at.map(|c| format_date(page.locale, in_germany(c).date())),
            round,
        }
    }
}

#[derive(Template)]
#[template(path = "selfcheck/overview.html")]
struct OverviewPage {
    page: Page,
    tenant: Tenant,
    instrument: &'static Instrument,
    rounds: Vec<RoundListEntry>,
    mine: Vec<Uuid>,
    errors: FormErrors,
    title: String,
    due_date: String,
}

impl OverviewPage {
    fn field_title(&self, field: &Field) -> String {
        field.title.get(self.page.locale).to_owned()
    }
    fn paper_field_label(&self, field: &Field) -> String {
        self.page.t1("selfcheck-paper-field", "field", &self.field_title(field))
    }
    fn is_mine(&self, round: &Uuid) -> bool {
        self.mine.contains(round)
    }
}

/// Turns pending mail invitations of the viewer into assignments (one query when there are none).
async fn claim(state: &AppState, tenant: &Tenant) -> AppResult<()> {
    store::claim_invitations(&state.db, tenant.user.id, &tenant.user.email, &tenant.user.name).await?;
    Ok(())
}

async fn overview_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    errors: FormErrors,
    title: String,
    due_date: String,
) -> AppResult<OverviewPage> {
    claim(state, &tenant).await?;
    let instrument = crate::current_instrument()?;
    let rounds = store::rounds(&state.db, tenant.municipality.id).await?;
    let mine = store::rounds_of_respondent(&state.db, tenant.municipality.id, tenant.user.id).await?;
    Ok(OverviewPage {
        rounds: rounds.into_iter().map(|r| RoundListEntry::new(r, &page)).collect(),
        page,
        tenant,
        instrument,
        mine,
        errors,
        title,
        due_date,
    })
}

/// GET /m/{ags}/selbstcheck
pub async fn overview(State(state): State<AppState>, tenant: Tenant, page: Page) -> AppResult<Response> {
    let view = overview_page(
        &state,
        page,
        tenant,
        FormErrors::default(),
        String::new(),
        String::new(),
    )
    .await?;
    render(&view)
}

/// The start form.
#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_date: String,
}

/// Parses the `YYYY-MM-DD` of an `<input type="date">`; empty means no due date.
pub fn parse_due_date(input: &str) -> Result<Option<Date>, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    Date::parse(input, format_description!("[year]-[month]-[day]"))
        .map(Some)
        .map_err(|_| "selfcheck-error-due-invalid")
}

/// POST /m/{ags}/selbstcheck
pub async fn start(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let due = errors.check("due_date", parse_due_date(&form.due_date));
    // Both problems at once, rather than one per attempt.
    if form.title.trim().is_empty() && due.is_some() {
        errors.add("title", service::StartError::TitleMissing.key());
    }
    if due
        .flatten()
        .is_some_and(|d| d < weltoffen_platform::clock::today_in_germany())
    {
        errors.add("due_date", service::StartError::DueInPast.key());
    }
    if let (Some(due), true) = (due, errors.is_empty()) {
        let instrument = crate::current_instrument()?;
        match service::start_round(
            &state,
            instrument,
            &tenant.municipality,
            &form.title,
            due,
            tenant.user.id,
        )
        .await
        {
            Ok(id) => {
                return Ok(see_other(&format!(
                    "{}?notice=notice-selfcheck-round-started",
                    round_path(&tenant.municipality.ags, id)
                )));
            }
            Err(service::StartError::Db(e)) => return Err(e.into()),
            Err(e @ service::StartError::DueInPast) => errors.add("due_date", e.key()),
            Err(e) => errors.add("title", e.key()),
        }
    }
    let view = overview_page(&state, page, tenant, errors, form.title, form.due_date).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

#[derive(Template)]
#[template(path = "selfcheck/round.html")]
struct RoundPage {
    page: Page,
    tenant: Tenant,
    instrument: &'static Instrument,
    entry: RoundListEntry,
    progress: RoundProgress,
    members: Vec<MemberRow>,
    invitations: Vec<InvitationRow>,
    history: Vec<store::RoundEventRow>,
    errors: FormErrors,
    assign_member: String,
    assign_email: String,
    assign_fields: Vec<String>,
}

impl RoundPage {
    fn field_title(&self, id: &str) -> String {
        self.instrument
            .field(id)
            .map(|f| f.title.get(self.page.locale).to_owned())
            .unwrap_or_else(|| id.to_owned())
    }
    fn base(&self) -> String {
        round_path(&self.tenant.municipality.ags, self.entry.round.id)
    }
    /// The viewer's own assigned fields, or every field for a coordinator without assignments.
    fn my_fields(&self) -> Vec<crate::progress::FieldProgress> {
        self.progress
            .of_user(self.tenant.user.id)
            .map(|r| r.fields.clone())
            .unwrap_or_default()
    }
    fn tr<'a>(&self, text: &'a crate::instrument::Text) -> &'a str {
        text.get(self.page.locale)
    }
    fn other_answers_label(&self, count: &usize) -> String {
        self.page.t1("selfcheck-other-answers", "count", &count.to_string())
    }
    fn event_line(&self, event: &store::RoundEventRow) -> String {
        history_line(self.page.locale, self.instrument, event)
    }
    fn field_chosen(&self, id: &str) -> bool {
        self.assign_fields.iter().any(|f| f == id)
    }
    fn invitation_fields(&self, invitation: &InvitationRow) -> String {
        invitation
            .field_ids()
            .iter()
            .map(|f| self.field_title(f))
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn percent_label(&self, answered: &usize, total: &usize) -> String {
        self.page.t2(
            "selfcheck-progress-answered",
            "answered",
            &answered.to_string(),
            "total",
            &total.to_string(),
        )
    }
}

/// An entry of a round's history as a sentence in `locale`: the day (in German time), who acted,
/// and for assignments and imports what was assigned to whom or how much was imported.
pub fn history_line(locale: Locale, instrument: &Instrument, event: &store::RoundEventRow) -> String {
    let date = format_date(locale, in_germany(event.occurred_at).date());
    let name = event
        .actor_name
        .clone()
        .unwrap_or_else(|| locale.t("selfcheck-history-someone"));
    let texts = [("date", date.as_str()), ("name", name.as_str())];
    match event.kind() {
        Some(RoundEvent::Started) => locale.t_args("selfcheck-history-started", &texts),
        Some(RoundEvent::Closed) => locale.t_args("selfcheck-history-closed", &texts),
        Some(RoundEvent::Reopened) => locale.t_args("selfcheck-history-reopened", &texts),
        Some(RoundEvent::Assigned(detail)) => {
            let key = if detail.invited {
                "selfcheck-history-invited"
            } else {
                "selfcheck-history-assigned"
            };
            assignment_line(locale, instrument, key, &detail, &texts)
        }
        Some(RoundEvent::Unassigned(detail)) => {
            assignment_line(locale, instrument, "selfcheck-history-unassigned", &detail, &texts)
        }
        Some(RoundEvent::Imported(detail)) => locale.t_numbers(
            "selfcheck-history-imported",
            &texts,
            &[
                ("answers", detail.answers),
                ("respondents", detail.respondents),
                ("new", detail.new_respondents),
            ],
        ),
        // Written by a newer version, or by hand: say that something changed rather than guess.
        None => locale.t_args("selfcheck-history-changed", &texts),
    }
}

fn assignment_line(
    locale: Locale,
    instrument: &Instrument,
    key: &str,
    detail: &AssignmentDetail,
    texts: &[(&str, &str)],
) -> String {
    let list = detail
        .fields
        .iter()
        .map(|id| {
            // A field a later instrument version dropped is still named, by its id.
            let title = instrument.field(id).map(|f| f.title.get(locale)).unwrap_or(id);
            locale.t_args("selfcheck-history-field", &[("field", title)])
        })
        .collect::<Vec<_>>()
        .join(", ");
    let who = match (&detail.name, &detail.email) {
        (Some(name), Some(email)) => locale.t_args("selfcheck-history-who", &[("name", name), ("email", email)]),
        (Some(name), None) => name.clone(),
        (None, Some(email)) => email.clone(),
        // `RoundEvent::from_stored` refuses an assignment to nobody.
        (None, None) => String::new(),
    };
    let mut all = texts.to_vec();
    all.push(("list", &list));
    all.push(("who", &who));
    locale.t_numbers(key, &all, &[("count", detail.fields.len())])
}

async fn round_view(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    round: RoundRow,
    errors: FormErrors,
    form: Option<AssignInput>,
) -> AppResult<RoundPage> {
    claim(state, &tenant).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let rows = store::respondent_fields(&state.db, round.id).await?;
    let answers = store::answered_items_at_revision(&state.db, round.id).await?;
    let progress = progress::compute(instrument, tenant.municipality.kind(), &rows, &answers);
    let (members, invitations, history) = if tenant.can_manage() {
        (
            accounts::list_members(&state.db, tenant.municipality.id).await?,
            store::invitations(&state.db, round.id).await?,
            store::round_events(&state.db, round.id).await?,
        )
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let form = form.unwrap_or_default();
    Ok(RoundPage {
        entry: RoundListEntry::new(round, &page),
        page,
        tenant,
        instrument,
        progress,
        members,
        invitations,
        history,
        errors,
        assign_member: form.member,
        assign_email: form.email,
        assign_fields: form.fields,
    })
}

/// GET /m/{ags}/selbstcheck/{round}
pub async fn round_page(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    render(&round_view(&state, page, tenant, round, FormErrors::default(), None).await?)
}

/// The assignment form as typed: a member chosen from the list or an e-mail address, and fields.
#[derive(Default)]
struct AssignInput {
    member: String,
    email: String,
    fields: Vec<String>,
}

impl AssignInput {
    /// Reads repeated `field` keys, which a plain struct form cannot.
    fn from_pairs(pairs: Vec<(String, String)>) -> AssignInput {
        let mut input = AssignInput::default();
        for (key, value) in pairs {
            match key.as_str() {
                "member" => input.member = value,
                "email" => input.email = value.trim().to_owned(),
                "field" => input.fields.push(value),
                _ => {}
            }
        }
        input
    }
}

/// POST /m/{ags}/selbstcheck/{round}/assignments
pub async fn assign(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    ClientIp(ip): ClientIp,
    page: Page,
    Path((_ags, round)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    let input = AssignInput::from_pairs(pairs);
    let mut errors = FormErrors::default();
    let email = if !input.member.is_empty() {
        let members = accounts::list_members(&state.db, tenant.municipality.id).await?;
        let chosen = members.into_iter().find(|m| m.id.to_string() == input.member);
        match chosen.map(|m| Email::parse(&m.email)) {
            Some(Ok(email)) => Some(email),
            _ => {
                errors.add("member", "selfcheck-error-member-unknown");
                None
            }
        }
    } else if input.email.is_empty() {
        errors.add("member", "selfcheck-error-who-missing");
        None
    } else {
        errors.check("email", Email::parse(&input.email))
    };
    if input.fields.is_empty() {
        errors.add("field-management", "selfcheck-error-no-fields");
    }
    if let Some(email) = email.filter(|_| errors.is_empty()) {
        let outcome = service::assign_by_email(
            &state,
            instrument,
            &tenant.municipality,
            &round,
            &tenant.user,
            &ip,
            &email,
            &input.fields,
            page.locale,
        )
        .await;
        let notice = match outcome {
            Ok(AssignOutcome::Assigned) => "notice-selfcheck-assigned",
            Ok(AssignOutcome::Invited) => "notice-selfcheck-invited",
            Err(AssignError::Db(e)) => return Err(e.into()),
            Err(AssignError::RoundClosed) => {
                return Err(AppError {
                    kind: weltoffen_platform::error::ErrorKind::Conflict,
                    detail: Some("selfcheck-error-round-closed"),
                });
            }
            Err(e) => {
                errors.add("field-management", e.key());
                ""
            }
        };
        if !notice.is_empty() {
            return Ok(see_other(&format!(
                "{}?notice={notice}#assign-heading",
                round_path(&tenant.municipality.ags, round.id)
            )));
        }
    }
    let view = round_view(&state, page, tenant, round, errors, Some(input)).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

/// POST /m/{ags}/selbstcheck/{round}/close
pub async fn close(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    let instrument = crate::instrument_of_version(&round.instrument_version)?;
    service::close_round(&state, instrument, &tenant.municipality, &round, tenant.user.id).await?;
    Ok(see_other(&format!(
        "{}?notice=notice-selfcheck-closed",
        round_path(&tenant.municipality.ags, round.id)
    )))
}

/// POST /m/{ags}/selbstcheck/{round}/reopen
pub async fn reopen(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, round)): Path<(String, String)>,
) -> AppResult<Response> {
    let round = tenant_round(&state, &tenant, &round).await?;
    service::reopen_round(&state, &round, tenant.user.id).await?;
    Ok(see_other(&format!(
        "{}?notice=notice-selfcheck-reopened",
        round_path(&tenant.municipality.ags, round.id)
    )))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;
    use weltoffen_platform::i18n::Locale;

    use super::{history_line, parse_due_date};
    use crate::instrument::{Instrument, shipped};
    use crate::store::{AssignmentDetail, ImportDetail, RoundEvent, RoundEventRow};

    fn row(event: &RoundEvent, at: time::OffsetDateTime) -> RoundEventRow {
        RoundEventRow {
            event: event.code().to_owned(),
            detail: event.detail(),
            actor_name: Some("Kim Koordination".to_owned()),
            occurred_at: at,
        }
    }

    fn line(instrument: &Instrument, locale: Locale, event: &RoundEvent) -> String {
        history_line(locale, instrument, &row(event, datetime!(2026-11-20 10:00 UTC)))
    }

    fn assigned(fields: &[&str], invited: bool) -> RoundEvent {
        RoundEvent::Assigned(AssignmentDetail {
            email: Some("jo@kreis.example".to_owned()),
            name: (!invited).then(|| "Jo Jugendamt".to_owned()),
            fields: fields.iter().map(|f| (*f).to_owned()).collect(),
            invited,
        })
    }

    #[test]
    fn assignments_name_the_fields_the_person_and_who_assigned_them() {
        let instrument = shipped().unwrap();
        assert_eq!(
            line(&instrument, Locale::De, &assigned(&["management", "work"], false)),
            "20.11.2026: Handlungsfelder „Management und Steuerung“, „Arbeit und wirtschaftliche Entwicklung“ \
             zugewiesen an Jo Jugendamt (jo@kreis.example) von Kim Koordination"
        );
        assert_eq!(
            line(&instrument, Locale::En, &assigned(&["management"], false)),
            "20 November 2026: field of action “Management and governance” assigned to \
             Jo Jugendamt (jo@kreis.example) by Kim Koordination"
        );
        assert_eq!(
            line(&instrument, Locale::De, &assigned(&["work"], true)),
            "20.11.2026: Einladung an jo@kreis.example für das Handlungsfeld „Arbeit und wirtschaftliche Entwicklung“ \
             verschickt von Kim Koordination"
        );
        assert_eq!(
            line(&instrument, Locale::En, &assigned(&["work", "management"], true)),
            "20 November 2026: invitation to jo@kreis.example for the fields of action \
             “Work and economic development”, “Management and governance” sent by Kim Koordination"
        );
        let taken_back = RoundEvent::Unassigned(AssignmentDetail {
            email: None,
            name: Some("Straßenverkehrsamt".to_owned()),
            fields: vec!["work".to_owned()],
            invited: false,
        });
        assert_eq!(
            line(&instrument, Locale::De, &taken_back),
            "20.11.2026: Zuweisung des Handlungsfelds „Arbeit und wirtschaftliche Entwicklung“ an Straßenverkehrsamt \
             aufgehoben von Kim Koordination"
        );
        assert_eq!(
            line(&instrument, Locale::En, &taken_back),
            "20 November 2026: field of action “Work and economic development” taken back from Straßenverkehrsamt \
             by Kim Koordination"
        );
    }

    #[test]
    fn a_field_the_instrument_no_longer_has_is_named_by_its_id() {
        let instrument = shipped().unwrap();
        assert!(
            line(&instrument, Locale::De, &assigned(&["retired-field"], false))
                .contains("Handlungsfeld „retired-field“ zugewiesen"),
        );
    }

    #[test]
    fn imports_count_answers_and_people_in_singular_and_plural() {
        let instrument = shipped().unwrap();
        let import = |respondents, new_respondents, answers| {
            RoundEvent::Imported(ImportDetail {
                respondents,
                new_respondents,
                answers,
            })
        };
        assert_eq!(
            line(&instrument, Locale::De, &import(3, 2, 120)),
            "20.11.2026: Papierfragebögen eingelesen von Kim Koordination: 120 Antworten von 3 Personen, davon 2 neu"
        );
        assert_eq!(
            line(&instrument, Locale::De, &import(1, 0, 1)),
            "20.11.2026: Papierfragebögen eingelesen von Kim Koordination: eine Antwort von einer Person"
        );
        assert_eq!(
            line(&instrument, Locale::En, &import(3, 2, 120)),
            "20 November 2026: paper questionnaires imported by Kim Koordination: 120 answers from 3 people, 2 of them new"
        );
        assert_eq!(
            line(&instrument, Locale::En, &import(1, 1, 1)),
            "20 November 2026: paper questionnaires imported by Kim Koordination: one answer from one person, 1 of them new"
        );
    }

    #[test]
    fn history_days_are_the_days_in_germany() {
        let instrument = shipped().unwrap();
        let late = row(&RoundEvent::Closed, datetime!(2026-11-20 23:30 UTC));
        assert_eq!(
            history_line(Locale::De, &instrument, &late),
            "21.11.2026: abgeschlossen von Kim Koordination"
        );
        let summer = row(&RoundEvent::Started, datetime!(2026-06-30 22:15 UTC));
        assert_eq!(
            history_line(Locale::En, &instrument, &summer),
            "1 July 2026: started by Kim Koordination"
        );
    }

    #[test]
    fn an_entry_without_actor_or_with_unreadable_facts_still_reads_as_a_sentence() {
        let instrument = shipped().unwrap();
        let mut gone = row(&RoundEvent::Reopened, datetime!(2026-11-20 10:00 UTC));
        gone.actor_name = None;
        assert_eq!(
            history_line(Locale::De, &instrument, &gone),
            "20.11.2026: wieder geöffnet von einer Person ohne Konto"
        );
        let mut broken = row(&assigned(&["work"], false), datetime!(2026-11-20 10:00 UTC));
        broken.detail = Some("{".to_owned());
        assert_eq!(
            history_line(Locale::En, &instrument, &broken),
            "20 November 2026: changed by Kim Koordination"
        );
    }

    #[test]
    fn due_dates_are_iso_dates_or_empty() {
        assert_eq!(parse_due_date("").unwrap(), None);
        assert_eq!(
            parse_due_date(" 2027-03-31 ").unwrap().unwrap().to_string(),
            "2027-03-31"
        );
        assert_eq!(parse_due_date("31.03.2027"), Err("selfcheck-error-due-invalid"));
    }
}
