//! The workshop while it is held: the guest's way in by the share link `/w/{token}` and their
//! participant view on their phone (the current field, comments, dots), the presenter view for the
//! projector, and the facilitator's view with dots by role, comments, agreed potentials,
//! decisions and the moves through the agenda.
//!
//! Every page works without JavaScript: forms post and redirect, and a link reloads. With htmx the
//! changing part of each view subscribes to the workshop's server-sent events and fetches itself
//! again (the same handler answers an `HX-Request` with that fragment only); the forms stay
//! outside the swapped part, so nothing being typed is lost.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use time::Date;
use uuid::Uuid;
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::crypto::{random_token, token_hash};
use weltoffen_platform::error::{AppError, AppResult, ErrorKind};
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::live::sse_response;
use weltoffen_platform::municipalities::store as municipalities;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CoordinatorTenant, Page};
use weltoffen_platform::web::cookies;
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};

use super::answer::dom_id;
use super::workshop::{
    instrument_of, nudge, nudge_counts, round_results, share_link, stage_topic, tenant_workshop, topic, when_text,
    where_text, workshop_path,
};
use crate::instrument::{Field, Instrument};
use crate::results::{FieldSummary, RoundResults, format_score};
use crate::scoring::Band;
use crate::workshop::input::{
    CommentForm, CommentInput, DecisionForm, DecisionInput, DotForm, JoinForm, JoinInput, MAX_COMMENT_CHARS,
    parse_nonce,
};
use crate::workshop::model::{
    DotRefusal, ParticipantRole, RoleCounts, ShownAs, Step, dot_targets, dots_left, link_path, link_valid, own_dots,
    shown_as, shown_field, tally,
};
use crate::workshop::service::{self, DotOutcome, Refusal};
use crate::workshop::store::{self, AgreedRow, CommentRow, DecisionRow, DotRow, ParticipantRow, WorkshopRow};

/// The cookie that tells a participant's browser from the others: a random secret whose hash the
/// participant's row keeps. Scoped to the workshop's link path, so a browser may take part in
/// several workshops; `__Secure-` because `__Host-` cookies must have the path `/`.
pub const PARTICIPANT_COOKIE: &str = "__Secure-weltoffen_workshop";

fn is_htmx(headers: &HeaderMap) -> bool {
    headers.get("hx-request").is_some()
}

fn conflict(detail: &'static str) -> AppError {
    AppError {
        kind: ErrorKind::Conflict,
        detail: Some(detail),
    }
}

fn refusal_error(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::Closed => conflict("selfcheck-workshop-error-closed"),
        Refusal::Gone => AppError::not_found(),
    }
}

// ---------------------------------------------------------------------------------------------
// What the live views show

/// A comment as the live views show it: the author named as the protocol names them.
pub struct CommentView {
    /// "Anna Beispiel (Politik)" or "Teilnehmer:in 3 (Politik)".
    pub author: String,
    /// Text.
    pub body: String,
    /// The statement it is about.
    pub item_id: Option<String>,
}

/// A development potential (or agreed statement) as the live views show it.
pub struct TargetView {
    /// Statement id.
    pub item_id: String,
    /// Element id.
    pub dom_id: String,
    /// The statement.
    pub statement: String,
    /// Its mean in the round, as shown ("0,8"); empty when not among the results' highlights.
    pub mean: String,
    /// Its recommendation.
    pub recommendation: String,
    /// Agreed on as a development potential.
    pub agreed: bool,
    /// Dots by role.
    pub counts: RoleCounts,
    /// The viewer's own dots on it, newest first.
    pub mine: Vec<Uuid>,
    /// Comments about it.
    pub comments: Vec<CommentView>,
}

impl TargetView {
    /// The viewer's dots on it.
    pub fn mine_count(&self) -> usize {
        self.mine.len()
    }
    /// The dot the viewer would take back first.
    pub fn latest_mine(&self) -> Option<Uuid> {
        self.mine.first().copied()
    }
    /// "5 Punkte, davon 2 von Ihnen".
    pub fn dots_text(&self, page: &Page) -> String {
        page.locale.t_numbers(
            "selfcheck-workshop-target-dots",
            &[],
            &[("total", self.counts.total() as usize), ("mine", self.mine.len())],
        )
    }
    /// "5 Punkte" (the facilitator's and presenter's views show no own dots).
    pub fn total_text(&self, page: &Page) -> String {
        page.locale.t_numbers(
            "selfcheck-workshop-dots-count",
            &[],
            &[("count", self.counts.total() as usize)],
        )
    }
    /// The dots by role in the order of [`ParticipantRole::ALL`].
    pub fn by_role(&self) -> [u32; 5] {
        self.counts.in_order()
    }
    /// All dots.
    pub fn total(&self) -> u32 {
        self.counts.total()
    }
}

/// A statement the departments saw differently.
pub struct DivergentView {
    /// Statement id.
    pub item_id: String,
    /// The statement.
    pub statement: String,
    /// Highest minus lowest answer, in words.
    pub spread: String,
    /// Agreed on as a development potential.
    pub agreed: bool,
}

/// A decision as the live views show it.
pub struct DecisionView {
    /// Id.
    pub id: Uuid,
    /// The statement it takes up.
    pub statement: Option<String>,
    /// What was decided.
    pub body: String,
    /// The first step.
    pub first_step: String,
    /// Who takes it on.
    pub owner: String,
}

/// The field on the projector with everything the views show of it.
pub struct FieldView {
    /// Field id.
    pub id: String,
    /// Title.
    pub title: String,
    /// "Handlungsfeld 2 von 5".
    pub position: String,
    /// Score as shown.
    pub score: Option<String>,
    /// Band.
    pub band: Option<Band>,
    /// Development potentials and agreed statements.
    pub targets: Vec<TargetView>,
    /// Statements seen differently.
    pub divergent: Vec<DivergentView>,
    /// Comments on the field as a whole (and on statements not shown above).
    pub comments: Vec<CommentView>,
    /// Decisions on the field.
    pub decisions: Vec<DecisionView>,
    /// Every statement of the field (for the comment's and the decision's statement choice).
    pub statements: Vec<(String, String)>,
}

impl FieldView {
    /// The band's name, if the field has a score.
    pub fn band_text(&self, page: &Page) -> Option<String> {
        self.band.as_ref().map(|b| band_label(page, b))
    }
    /// The band's tag class.
    pub fn band_css(&self) -> &'static str {
        self.band.as_ref().map_or("tag", band_class)
    }
    /// True when anybody commented on the field or its statements.
    pub fn has_comments(&self) -> bool {
        !self.comments.is_empty() || self.targets.iter().any(|t| !t.comments.is_empty())
    }
}

/// Everything the store holds of a workshop during the workshop.
pub struct Live {
    /// The workshop.
    pub workshop: WorkshopRow,
    /// The instrument of its round.
    pub instrument: &'static Instrument,
    /// Its round's results.
    pub results: std::sync::Arc<RoundResults>,
    /// The agenda's field ids.
    pub agenda: Vec<String>,
    /// Participants.
    pub participants: Vec<ParticipantRow>,
    /// Dots.
    pub dots: Vec<DotRow>,
    /// Comments.
    pub comments: Vec<CommentRow>,
    /// Agreed statements.
    pub agreed: Vec<AgreedRow>,
    /// Decisions.
    pub decisions: Vec<DecisionRow>,
}

/// Reads a workshop's state for its live views.
pub async fn load(state: &AppState, page: &Page, workshop: WorkshopRow) -> AppResult<Live> {
    let municipality = municipalities::by_id(&state.db, workshop.municipality_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let db = &state.db;
    let id = workshop.id;
    // The reads are independent: run them side by side, so that a page reloading while many
    // people give dots waits for a free connection once, not seven times in a row.
    let (round, agenda, participants, dots, comments, agreed, decisions) = tokio::try_join!(
        round_results(state, &municipality, workshop.round_id, page.locale),
        async { Ok(store::agenda(db, id).await?) },
        async { Ok(store::participants(db, id).await?) },
        async { Ok(store::dots(db, id).await?) },
        async { Ok(store::comments(db, id).await?) },
        async { Ok(store::agreed(db, id).await?) },
        async { Ok::<_, AppError>(store::decisions(db, id).await?) },
    )?;
    let (_, instrument, results) = round;
    Ok(Live {
        agenda,
        participants,
        dots,
        comments,
        agreed,
        decisions,
        workshop,
        instrument,
        results,
    })
}

/// The statements dots may go to, read without the rest of the live state (the dot handler's
/// check, which runs once per dot).
async fn dot_targets_of(state: &AppState, page: &Page, workshop: &WorkshopRow) -> AppResult<Vec<String>> {
    let municipality = municipalities::by_id(&state.db, workshop.municipality_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let db = &state.db;
    let ((_, _, results), agenda, agreed) = tokio::try_join!(
        round_results(state, &municipality, workshop.round_id, page.locale),
        async { Ok(store::agenda(db, workshop.id).await?) },
        async { Ok::<_, AppError>(store::agreed(db, workshop.id).await?) },
    )?;
    Ok(dot_targets(
        &agenda,
        results
            .fields
            .iter()
            .flat_map(|f| f.potentials.iter().map(move |p| (f.id.as_str(), p.item.id.as_str()))),
        agreed.iter().map(|a| (a.field_id.as_str(), a.item_id.as_str())),
    ))
}

/// How a participant is named to others: "Anna (Politik)" or "Teilnehmer:in 3 (Politik)".
pub fn participant_label(
    page: &Page,
    display_name: &str,
    show_name: bool,
    number: u32,
    role: ParticipantRole,
) -> String {
    let who = match shown_as(display_name, show_name, number) {
        ShownAs::Name(name) => name,
        ShownAs::Number(n) => page.t1("selfcheck-workshop-participant-number", "number", &n.to_string()),
    };
    page.t2(
        "selfcheck-workshop-participant-label",
        "who",
        &who,
        "role",
        &page.t(role.label_key()),
    )
}

impl Live {
    /// The field shown now (the current one, else the agenda's first).
    pub fn current_field(&self) -> Option<&'static Field> {
        let id = shown_field(&self.agenda, self.workshop.current_field.as_deref())?;
        self.instrument.field(id)
    }

    fn summary(&self, field: &str) -> Option<&FieldSummary> {
        self.results.fields.iter().find(|f| f.id == field)
    }

    /// The statements dots may go to.
    pub fn targets(&self) -> Vec<String> {
        dot_targets(
            &self.agenda,
            self.results
                .fields
                .iter()
                .flat_map(|f| f.potentials.iter().map(move |p| (f.id.as_str(), p.item.id.as_str()))),
            self.agreed.iter().map(|a| (a.field_id.as_str(), a.item_id.as_str())),
        )
    }

    /// How many dots the participant has given.
    pub fn used_by(&self, participant: Uuid) -> u32 {
        u32::try_from(self.dots.iter().filter(|d| d.participant_id == participant).count()).unwrap_or(u32::MAX)
    }

    /// The view of `field` for a viewer (`viewer` is the participant, for their own dots).
    pub fn field_view(&self, page: &Page, field: &Field, viewer: Option<Uuid>) -> FieldView {
        let summary = self.summary(&field.id);
        let counts = tally(self.dots.iter().map(|d| (d.item_id.as_str(), d.role())));
        let dot_triples: Vec<(Uuid, Uuid, String)> = self
            .dots
            .iter()
            .map(|d| (d.id, d.participant_id, d.item_id.clone()))
            .collect();
        let comment_view = |c: &CommentRow| CommentView {
            author: participant_label(
                page,
                &c.display_name,
                c.show_name,
                u32::try_from(c.number).unwrap_or(0),
                c.role(),
            ),
            body: c.body.clone(),
            item_id: c.item_id.clone(),
        };
        let field_comments: Vec<&CommentRow> = self.comments.iter().filter(|c| c.field_id == field.id).collect();
        let is_agreed = |id: &str| self.agreed.iter().any(|a| a.item_id == id);
        let mut ids: Vec<(String, String)> = summary
            .map(|s| {
                s.potentials
                    .iter()
                    .map(|p| (p.item.id.clone(), p.item.mean_text.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for a in self.agreed.iter().filter(|a| a.field_id == field.id) {
            if !ids.iter().any(|(id, _)| *id == a.item_id) {
                ids.push((a.item_id.clone(), String::new()));
            }
        }
        let targets: Vec<TargetView> = ids
            .into_iter()
            .filter_map(|(id, mean)| {
                let item = field.items.iter().find(|i| i.id == id)?;
                Some(TargetView {
                    dom_id: dom_id(&id),
                    statement: item.text.get(page.locale).to_owned(),
                    recommendation: item.recommendation.get(page.locale).to_owned(),
                    agreed: is_agreed(&id),
                    counts: counts.get(&id).copied().unwrap_or_default(),
                    mine: viewer.map(|v| own_dots(&dot_triples, v, &id)).unwrap_or_default(),
                    comments: field_comments
                        .iter()
                        .filter(|c| c.item_id.as_deref() == Some(id.as_str()))
                        .map(|c| comment_view(c))
                        .collect(),
                    mean,
                    item_id: id,
                })
            })
            .collect();
        let comments = field_comments
            .iter()
            .filter(|c| {
                c.item_id
                    .as_ref()
                    .is_none_or(|i| !targets.iter().any(|t| t.item_id == *i))
            })
            .map(|c| comment_view(c))
            .collect();
        let text_of = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| field.items.iter().find(|i| i.id == id))
                .map(|i| i.text.get(page.locale).to_owned())
        };
        let position = self.agenda.iter().position(|f| *f == field.id).map_or(0, |p| p + 1);
        FieldView {
            id: field.id.clone(),
            title: field.title.get(page.locale).to_owned(),
            position: page.t2(
                "selfcheck-workshop-field-position",
                "position",
                &position.to_string(),
                "count",
                &self.agenda.len().to_string(),
            ),
            score: summary.and_then(|s| s.score).map(format_score),
            band: summary.and_then(|s| s.band),
            targets,
            divergent: summary
                .map(|s| {
                    s.divergent
                        .iter()
                        .map(|d| DivergentView {
                            item_id: d.item.id.clone(),
                            statement: d.item.statement.clone(),
                            spread: page.t1("selfcheck-workshop-spread", "spread", &d.spread.to_string()),
                            agreed: is_agreed(&d.item.id),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            comments,
            decisions: self
                .decisions
                .iter()
                .filter(|d| d.field_id == field.id)
                .map(|d| DecisionView {
                    id: d.id,
                    statement: text_of(&d.item_id),
                    body: d.body.clone(),
                    first_step: d.first_step.clone(),
                    owner: d.owner.clone(),
                })
                .collect(),
            statements: field
                .items
                .iter()
                .map(|i| (i.id.clone(), i.text.get(page.locale).to_owned()))
                .collect(),
        }
    }

    /// A one-line summary of the activity, for the polite live region.
    pub fn activity(&self, page: &Page) -> String {
        page.locale.t_numbers(
            "selfcheck-workshop-activity",
            &[],
            &[
                ("participants", self.participants.len()),
                ("dots", self.dots.len()),
                ("comments", self.comments.len()),
            ],
        )
    }

    /// The agenda as (id, title, current) triples.
    pub fn agenda_entries(&self, page: &Page) -> Vec<AgendaEntry> {
        let current = shown_field(&self.agenda, self.workshop.current_field.as_deref()).cloned();
        self.agenda
            .iter()
            .filter_map(|id| self.instrument.field(id))
            .map(|f| AgendaEntry {
                id: f.id.clone(),
                title: f.title.get(page.locale).to_owned(),
                current: current.as_deref() == Some(f.id.as_str()),
            })
            .collect()
    }
}

/// One field of the agenda in the agenda list.
pub struct AgendaEntry {
    /// Field id.
    pub id: String,
    /// Title.
    pub title: String,
    /// On the projector now.
    pub current: bool,
}

/// The band's name and its tag class, as the results page shows them.
pub fn band_label(page: &Page, band: &Band) -> String {
    page.t(match band {
        Band::Einstieg => "selfcheck-workshop-band-einstieg",
        Band::Aufbau => "selfcheck-workshop-band-aufbau",
        Band::Fortgeschritten => "selfcheck-workshop-band-fortgeschritten",
        Band::Vorreiter => "selfcheck-workshop-band-vorreiter",
    })
}

/// The tag class of a band (the name is always written next to it).
pub fn band_class(band: &Band) -> &'static str {
    match band {
        Band::Einstieg => "tag tag--yellow",
        Band::Aufbau => "tag tag--blue",
        Band::Fortgeschritten => "tag",
        Band::Vorreiter => "tag tag--green",
    }
}

// ---------------------------------------------------------------------------------------------
// The guest's way in

/// The workshop of a share link that still works.
enum Link {
    /// The link works.
    Valid(WorkshopRow),
    /// Its last day has passed.
    Expired(WorkshopRow),
}

async fn by_link(state: &AppState, token: &str) -> AppResult<Link> {
    let token = token.trim();
    if token.is_empty() || token.len() > 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::not_found());
    }
    let workshop = store::workshop_by_link(&state.db, &token_hash(token))
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(if link_valid(workshop.link_expires_on, today_in_germany()) {
        Link::Valid(workshop)
    } else {
        Link::Expired(workshop)
    })
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_gone.html")]
struct GonePage {
    page: Page,
    title: String,
    expired_on: String,
}

fn gone(page: Page, workshop: &WorkshopRow) -> AppResult<Response> {
    let expired_on = format_date(page.locale, workshop.link_expires_on);
    render_status(
        StatusCode::GONE,
        &GonePage {
            title: workshop.title.clone(),
            expired_on,
            page,
        },
    )
}

/// The participant the request's cookie names, if it names one of this workshop.
async fn participant_of(
    state: &AppState,
    headers: &HeaderMap,
    workshop: &WorkshopRow,
) -> AppResult<Option<ParticipantRow>> {
    let Some(secret) = cookies::get(headers, PARTICIPANT_COOKIE) else {
        return Ok(None);
    };
    Ok(store::participant_by_secret(&state.db, workshop.id, &token_hash(secret)).await?)
}

fn participant_cookie(token: &str, secret: &str, expires_on: Date) -> HeaderValue {
    // Kept a day past the link's last day; after that the link itself refuses anyway.
    let days = (expires_on - today_in_germany()).whole_days().max(0) + 2;
    let text = format!(
        "{PARTICIPANT_COOKIE}={secret}; Path={}; Secure; HttpOnly; SameSite=Lax; Max-Age={}",
        link_path(token),
        days * 86_400
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_join.html")]
struct JoinPage {
    page: Page,
    workshop: WorkshopRow,
    token: String,
    when: String,
    place: String,
    form: JoinForm,
    errors: FormErrors,
    member: bool,
}

impl JoinPage {
    fn roles(&self) -> [ParticipantRole; 5] {
        ParticipantRole::ALL
    }
    fn role_checked(&self, role: &ParticipantRole) -> bool {
        self.form.role == role.code()
    }
    fn consent(&self) -> bool {
        self.form.show_name.as_deref() == Some("on")
    }
    fn dots_text(&self) -> String {
        self.page.locale.t_numbers(
            "selfcheck-workshop-join-dots",
            &[],
            &[("count", self.workshop.dots() as usize)],
        )
    }
}

/// True when the logged-in person is a member of the workshop's municipality (or an admin).
fn is_member(page: &Page, workshop: &WorkshopRow) -> bool {
    page.user
        .as_ref()
        .is_some_and(|u| u.role_in(workshop.municipality_id).is_some())
}

fn join_page(page: Page, workshop: WorkshopRow, token: &str, form: JoinForm, errors: FormErrors) -> JoinPage {
    JoinPage {
        when: when_text(&page, &workshop),
        place: where_text(&page, &workshop),
        member: is_member(&page, &workshop),
        token: token.to_owned(),
        page,
        workshop,
        form,
        errors,
    }
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_participant.html")]
struct ParticipantPage {
    page: Page,
    live: LiveParticipant,
    errors: FormErrors,
    comment_form: CommentForm,
}

/// The participant's view of the current field (also the fragment that reloads itself).
#[derive(Template)]
#[template(path = "selfcheck/workshop_participant_field.html")]
struct ParticipantFragment {
    page: Page,
    live: LiveParticipant,
}

/// What the participant's page and fragment show.
struct LiveParticipant {
    workshop: WorkshopRow,
    token: String,
    field: Option<FieldView>,
    open: bool,
    left: u32,
    limit: u32,
    nonce: String,
    participant: String,
}

impl LiveParticipant {
    fn base(&self) -> String {
        link_path(&self.token)
    }
    fn dots_status(&self, page: &Page) -> String {
        page.locale.t_numbers(
            "selfcheck-workshop-dots-left",
            &[],
            &[("left", self.left as usize), ("limit", self.limit as usize)],
        )
    }
    fn max_comment(&self) -> String {
        MAX_COMMENT_CHARS.to_string()
    }
    /// A nonce per form, so two dot forms of one page are two dots.
    fn nonce_for(&self, target: &TargetView) -> String {
        format!("{}-{}", self.nonce, target.dom_id)
    }
}

fn participant_view(page: &Page, live: &Live, participant: &ParticipantRow, token: &str) -> LiveParticipant {
    let limit = live.workshop.dots();
    let used = live.used_by(participant.id);
    LiveParticipant {
        field: live
            .current_field()
            .map(|f| live.field_view(page, f, Some(participant.id))),
        open: live.workshop.is_open(),
        left: dots_left(limit, used),
        limit,
        nonce: random_token(),
        participant: participant_label(
            page,
            &participant.display_name,
            participant.show_name,
            participant.number(),
            participant.role(),
        ),
        token: token.to_owned(),
        workshop: live.workshop.clone(),
    }
}

async fn participant_response(
    state: &AppState,
    page: Page,
    workshop: WorkshopRow,
    participant: &ParticipantRow,
    token: &str,
    (status, errors, comment_form): (StatusCode, FormErrors, CommentForm),
) -> AppResult<Response> {
    let live = load(state, &page, workshop).await?;
    let view = participant_view(&page, &live, participant, token);
    render_status(
        status,
        &ParticipantPage {
            page,
            live: view,
            errors,
            comment_form,
        },
    )
}

/// GET /w/{token} — the join form, or the participant's view for a browser that joined (with
/// `HX-Request` only its changing part).
pub async fn guest(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let workshop = match by_link(&state, &token).await? {
        Link::Valid(w) => w,
        Link::Expired(w) => return gone(page, &w),
    };
    match participant_of(&state, &headers, &workshop).await? {
        Some(participant) => {
            if is_htmx(&headers) {
                let live = load(&state, &page, workshop).await?;
                let view = participant_view(&page, &live, &participant, &token);
                return render(&ParticipantFragment { page, live: view });
            }
            participant_response(
                &state,
                page,
                workshop,
                &participant,
                &token,
                (StatusCode::OK, FormErrors::default(), CommentForm::default()),
            )
            .await
        }
        None => {
            let mut form = JoinForm::default();
            if let Some(user) = page.user.as_ref().filter(|_| is_member(&page, &workshop)) {
                form.name = user.name.clone();
                form.role = ParticipantRole::Administration.code().to_owned();
            }
            render(&join_page(page, workshop, &token, form, FormErrors::default()))
        }
    }
}

/// POST /w/{token} — joins: a participant with the name (optional), the consent and the role,
/// and the cookie that recognises their browser. Members of the municipality who are logged in
/// join with their account.
pub async fn join(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let workshop = match by_link(&state, &token).await? {
        Link::Valid(w) => w,
        Link::Expired(w) => return gone(page, &w),
    };
    if !workshop.is_open() {
        return Err(conflict("selfcheck-workshop-error-closed"));
    }
    let input = match JoinInput::validate(&form) {
        Ok(input) => input,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &join_page(page, workshop, &token, form, errors),
            );
        }
    };
    let user = page.user.as_ref().filter(|_| is_member(&page, &workshop)).map(|u| u.id);
    let joined = service::join(&state.db, &workshop, &input, user)
        .await?
        .map_err(refusal_error)?;
    nudge_counts(&state, workshop.id);
    let mut response = see_other(&format!(
        "{}?notice=notice-selfcheck-workshop-joined",
        link_path(&token)
    ));
    response.headers_mut().append(
        header::SET_COOKIE,
        participant_cookie(&token, &joined.secret, workshop.link_expires_on),
    );
    Ok(response)
}

/// The workshop and participant of a guest's post; a browser that did not join goes back to the
/// join form.
enum Guest {
    /// A participant of a workshop whose link works.
    Participant(Box<WorkshopRow>, ParticipantRow),
    /// Anything else, already answered.
    Answered(Response),
}

async fn guest_of(state: &AppState, page: &Page, headers: &HeaderMap, token: &str) -> AppResult<Guest> {
    let workshop = match by_link(state, token).await? {
        Link::Valid(w) => w,
        Link::Expired(w) => return Ok(Guest::Answered(gone(page.clone(), &w)?)),
    };
    match participant_of(state, headers, &workshop).await? {
        Some(p) => Ok(Guest::Participant(Box::new(workshop), p)),
        None => Ok(Guest::Answered(see_other(&link_path(token)))),
    }
}

/// POST /w/{token}/comments — a comment on the field on the projector (or one of its
/// statements). Sending the form twice adds it once.
pub async fn comment(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let (workshop, participant) = match guest_of(&state, &page, &headers, &token).await? {
        Guest::Participant(w, p) => (*w, p),
        Guest::Answered(response) => return Ok(response),
    };
    let agenda = store::agenda(&state.db, workshop.id).await?;
    let instrument = instrument_of(&state, &workshop).await?;
    let field = instrument.field(form.field.trim()).filter(|f| agenda.contains(&f.id));
    let checked = match field {
        Some(field) => CommentInput::validate(&form, field).map(|input| (field, input)),
        None => {
            let mut errors = FormErrors::default();
            errors.add("body", "selfcheck-workshop-error-form-stale");
            Err(errors)
        }
    };
    let (field, input) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            return participant_response(
                &state,
                page,
                workshop,
                &participant,
                &token,
                (StatusCode::UNPROCESSABLE_ENTITY, errors, form),
            )
            .await;
        }
    };
    match service::comment(&state.db, workshop.id, participant.id, &field.id, &input).await? {
        Ok(_) => {
            nudge(&state, workshop.id);
            Ok(see_other(&format!(
                "{}?notice=notice-selfcheck-workshop-commented#comment-heading",
                link_path(&token)
            )))
        }
        Err(Refusal::Closed) => {
            let mut errors = FormErrors::default();
            errors.add("body", "selfcheck-workshop-error-closed");
            participant_response(
                &state,
                page,
                workshop,
                &participant,
                &token,
                (StatusCode::CONFLICT, errors, form),
            )
            .await
        }
        Err(Refusal::Gone) => Err(AppError::not_found()),
    }
}

/// POST /w/{token}/dots — gives a dot to a development potential (`action=add`, with the form's
/// nonce) or takes one of one's own back (`action=remove`, naming the dot). More dots than
/// allowed, a dot after the workshop closed, or on a statement that is no potential: the page
/// again with the error at the top, and nothing counted.
pub async fn dot(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<DotForm>,
) -> AppResult<Response> {
    let (workshop, participant) = match guest_of(&state, &page, &headers, &token).await? {
        Guest::Participant(w, p) => (*w, p),
        Guest::Answered(response) => return Ok(response),
    };
    let back = |notice: &str, anchor: &str| {
        see_other(&format!(
            "{}?notice={notice}#{}",
            link_path(&token),
            if anchor.is_empty() { "dots" } else { anchor }
        ))
    };
    let anchor = dom_id(form.item.trim());
    if form.action == "remove" {
        let dot = Uuid::parse_str(form.dot.trim())
            .map_err(|_| AppError::bad_request("selfcheck-workshop-error-form-stale"))?;
        return match service::take_back_dot(&state.db, workshop.id, participant.id, dot).await? {
            Ok(_) => {
                nudge_counts(&state, workshop.id);
                Ok(back("notice-selfcheck-workshop-dot-removed", &anchor))
            }
            Err(Refusal::Closed) => refused(&state, page, workshop, &participant, &token, DotRefusal::Closed).await,
            Err(Refusal::Gone) => Err(AppError::not_found()),
        };
    }
    let Some(nonce) = parse_nonce(&form.nonce) else {
        return Err(AppError::bad_request("selfcheck-workshop-error-form-stale"));
    };
    let item = form.item.trim().to_owned();
    // The targets are read before the transaction: they follow from the closed round's results
    // and the agreed statements, which only the facilitator changes.
    if !dot_targets_of(&state, &page, &workshop).await?.contains(&item) {
        return refused(&state, page, workshop, &participant, &token, DotRefusal::NotATarget).await;
    }
    match service::give_dot(&state.db, &workshop, participant.id, &item, &nonce).await? {
        Ok(outcome) => {
            if outcome == DotOutcome::Counted {
                nudge_counts(&state, workshop.id);
            }
            Ok(back("notice-selfcheck-workshop-dot-given", &anchor))
        }
        Err(refusal) => refused(&state, page, workshop, &participant, &token, refusal).await,
    }
}

async fn refused(
    state: &AppState,
    page: Page,
    workshop: WorkshopRow,
    participant: &ParticipantRow,
    token: &str,
    refusal: DotRefusal,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    errors.add("dots", refusal.message_key());
    let status = match refusal {
        DotRefusal::NotATarget => StatusCode::UNPROCESSABLE_ENTITY,
        DotRefusal::Closed | DotRefusal::NoneLeft => StatusCode::CONFLICT,
    };
    participant_response(
        state,
        page,
        workshop,
        participant,
        token,
        (status, errors, CommentForm::default()),
    )
    .await
}

/// GET /w/{token}/events — the workshop's server-sent events for a participant's page.
pub async fn guest_events(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    match by_link(&state, &token).await? {
        Link::Valid(w) => Ok(sse_response(state.live.subscribe(&stage_topic(w.id)))),
        Link::Expired(_) => Ok(StatusCode::GONE.into_response()),
    }
}

// ---------------------------------------------------------------------------------------------
// Facilitator and presenter

/// GET /m/{ags}/selbstcheck/workshops/{id}/events — server-sent events for the facilitator's and
/// the presenter's page.
pub async fn coordinator_events(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    Ok(sse_response(state.live.subscribe(&topic(workshop.id))))
}

/// What the facilitator's page and fragment show.
struct LiveFacilitator {
    /// Rendered on its own (an htmx reload), so the activity line is swapped in out of band.
    standalone: bool,
    ags: String,
    workshop: WorkshopRow,
    field: Option<FieldView>,
    agenda: Vec<AgendaEntry>,
    activity: String,
    link: String,
}

impl LiveFacilitator {
    fn base(&self) -> String {
        workshop_path(&self.ags, self.workshop.id)
    }
    fn roles(&self) -> [ParticipantRole; 5] {
        ParticipantRole::ALL
    }
    fn is_first(&self) -> bool {
        self.agenda.first().is_none_or(|a| a.current)
    }
    fn is_last(&self) -> bool {
        self.agenda.last().is_none_or(|a| a.current)
    }
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_facilitator.html")]
struct FacilitatorPage {
    page: Page,
    live: LiveFacilitator,
    errors: FormErrors,
    decision_form: DecisionForm,
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_facilitator_field.html")]
struct FacilitatorFragment {
    page: Page,
    live: LiveFacilitator,
}

async fn facilitator_view(
    state: &AppState,
    page: &Page,
    ags: &str,
    workshop: WorkshopRow,
) -> AppResult<LiveFacilitator> {
    let link = share_link(state, &workshop);
    let live = load(state, page, workshop).await?;
    Ok(LiveFacilitator {
        standalone: false,
        ags: ags.to_owned(),
        field: live.current_field().map(|f| live.field_view(page, f, None)),
        agenda: live.agenda_entries(page),
        activity: live.activity(page),
        link,
        workshop: live.workshop,
    })
}

/// GET /m/{ags}/selbstcheck/workshops/{id}/moderation — the facilitator's view.
pub async fn facilitator(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    headers: HeaderMap,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let mut live = facilitator_view(&state, &page, &tenant.municipality.ags, workshop).await?;
    if is_htmx(&headers) {
        live.standalone = true;
        return render(&FacilitatorFragment { page, live });
    }
    let decision_form = DecisionForm {
        field: live.field.as_ref().map(|f| f.id.clone()).unwrap_or_default(),
        ..DecisionForm::default()
    };
    render(&FacilitatorPage {
        page,
        live,
        errors: FormErrors::default(),
        decision_form,
    })
}

fn moderation_path(ags: &str, id: Uuid) -> String {
    format!("{}/moderation", workshop_path(ags, id))
}

/// The facilitator's move through the agenda.
#[derive(Debug, Default, serde::Deserialize)]
pub struct FieldMove {
    #[serde(default)]
    step: String,
    #[serde(default)]
    field: String,
}

/// POST …/moderation/field — the next or previous field (`step`), or a field of the agenda
/// (`field`), on every screen.
pub async fn move_field(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<FieldMove>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let agenda = store::agenda(&state.db, workshop.id).await?;
    let result = match (Step::parse(&form.step), form.field.trim()) {
        (Some(step), _) => service::step(&state.db, &workshop, &agenda, step).await?,
        (None, field) if agenda.iter().any(|f| f == field) => {
            service::show_field(&state.db, workshop.id, field).await?
        }
        _ => return Err(AppError::bad_request("selfcheck-workshop-error-field-unknown")),
    };
    result.map_err(refusal_error)?;
    nudge(&state, workshop.id);
    Ok(see_other(&format!(
        "{}#field-heading",
        moderation_path(&tenant.municipality.ags, workshop.id)
    )))
}

/// A statement to mark agreed, or to unmark.
#[derive(Debug, Default, serde::Deserialize)]
pub struct AgreeForm {
    #[serde(default)]
    item: String,
    #[serde(default)]
    agreed: String,
}

/// POST …/moderation/agreed — marks a statement of the agenda as an agreed development
/// potential (`agreed=yes`) or takes the mark back.
pub async fn agree(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<AgreeForm>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let agenda = store::agenda(&state.db, workshop.id).await?;
    let instrument = instrument_of(&state, &workshop).await?;
    let item = form.item.trim();
    let (field, _) = instrument
        .item(item)
        .filter(|(f, _)| agenda.contains(&f.id))
        .ok_or_else(|| AppError::bad_request("selfcheck-workshop-error-item-unknown"))?;
    let on = form.agreed == "yes";
    service::set_agreed(&state.db, workshop.id, item, &field.id, on)
        .await?
        .map_err(refusal_error)?;
    nudge(&state, workshop.id);
    Ok(see_other(&format!(
        "{}?notice={}#{}",
        moderation_path(&tenant.municipality.ags, workshop.id),
        if on {
            "notice-selfcheck-workshop-agreed"
        } else {
            "notice-selfcheck-workshop-unagreed"
        },
        dom_id(item)
    )))
}

/// POST …/moderation/decisions — records a decision with its first step and owner.
pub async fn decide(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let agenda = store::agenda(&state.db, workshop.id).await?;
    let instrument = instrument_of(&state, &workshop).await?;
    let (status, errors) = match DecisionInput::validate(&form, instrument, &agenda) {
        Ok(input) => match service::add_decision(&state.db, workshop.id, &input, tenant.user.id).await? {
            Ok(_) => {
                nudge(&state, workshop.id);
                return Ok(see_other(&format!(
                    "{}?notice=notice-selfcheck-workshop-decided#decisions-heading",
                    moderation_path(&tenant.municipality.ags, workshop.id)
                )));
            }
            Err(Refusal::Closed) => {
                let mut errors = FormErrors::default();
                errors.add("decision-body", "selfcheck-workshop-error-closed");
                (StatusCode::CONFLICT, errors)
            }
            Err(Refusal::Gone) => return Err(AppError::not_found()),
        },
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
    };
    let live = facilitator_view(&state, &page, &tenant.municipality.ags, workshop).await?;
    render_status(
        status,
        &FacilitatorPage {
            page,
            live,
            errors,
            decision_form: form,
        },
    )
}

/// POST …/close — closes the workshop; its protocol is final.
pub async fn close(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    service::close(&state.db, workshop.id).await?.map_err(refusal_error)?;
    nudge(&state, workshop.id);
    Ok(see_other(&format!(
        "{}/protokoll?notice=notice-selfcheck-workshop-closed",
        workshop_path(&tenant.municipality.ags, workshop.id)
    )))
}

/// What the presenter's page and fragment show.
struct LivePresenter {
    ags: String,
    workshop: WorkshopRow,
    field: Option<FieldView>,
    link: String,
}

impl LivePresenter {
    fn base(&self) -> String {
        workshop_path(&self.ags, self.workshop.id)
    }
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_presenter.html")]
struct PresenterPage {
    page: Page,
    live: LivePresenter,
}

#[derive(Template)]
#[template(path = "selfcheck/workshop_presenter_field.html")]
struct PresenterFragment {
    page: Page,
    live: LivePresenter,
}

/// GET …/praesentation — the projector's view: large type, one field at a time.
pub async fn presenter(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    page: Page,
    headers: HeaderMap,
    Path((_ags, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let workshop = tenant_workshop(&state, &tenant, &id).await?;
    let link = share_link(&state, &workshop);
    let live = load(&state, &page, workshop).await?;
    let view = LivePresenter {
        ags: tenant.municipality.ags.clone(),
        field: live.current_field().map(|f| live.field_view(&page, f, None)),
        link,
        workshop: live.workshop,
    };
    if is_htmx(&headers) {
        render(&PresenterFragment { page, live: view })
    } else {
        render(&PresenterPage { page, live: view })
    }
}
