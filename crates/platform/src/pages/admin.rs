//! Admin pages: municipalities, users, invitations, audit log, feedback inbox, site texts.
//!
//! Every handler takes `AdminUser`, so only platform admins get past the extractors. Lists are
//! paged with one query for the rows and one for the count; nothing is queried per row.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use super::municipality::group_thousands;
use crate::accounts::model::{Email, MunicipalityRole, PlatformRole, parse_name};
use crate::accounts::service::{self, Invite, InviteError};
use crate::accounts::store::{self, SessionUser};
use crate::audit::{self, AuditEvent, Entry};
use crate::clock::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::municipalities::model::{Ags, Land, MunicipalityType};
use crate::municipalities::store as municipalities;
use crate::site::{self, MAX_PAGE_CHARS, SitePage};
use crate::state::AppState;
use crate::web::context::{AdminUser, ClientIp, Page};
use crate::web::forms::FormErrors;
use crate::web::render::{render, render_status, see_other};
use crate::web::table::{Access, RouteTable};

/// Rows per page of the municipality, user and feedback lists.
const PER_PAGE: u64 = 50;
/// Rows per page of the audit log.
const AUDIT_PER_PAGE: u64 = 100;
/// How many invitations the invitation page lists.
const INVITATIONS_SHOWN: u64 = 100;
/// Highest page number accepted from a query string (keeps the offset far from overflow).
const MAX_PAGE: u64 = 100_000;
/// Largest population accepted for a new Gemeinde (Berlin has fewer than four million).
const MAX_POPULATION: i64 = 100_000_000;

/// The admin routes.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/admin", Access::Admin, index)
        .get("/admin/municipalities", Access::Admin, municipality_list)
        .post("/admin/municipalities", Access::Admin, add_municipality)
        .get("/admin/users", Access::Admin, user_list)
        .get("/admin/users/{id}", Access::Admin, user_detail)
        .post("/admin/users/{id}/role", Access::Admin, set_platform_role)
        .post("/admin/users/{id}/memberships", Access::Admin, set_membership)
        .get("/admin/invitations", Access::Admin, invitation_list)
        .post("/admin/invitations", Access::Admin, invite)
        .get("/admin/audit", Access::Admin, audit_log)
        .get("/admin/feedback", Access::Admin, feedback_inbox)
        .post("/admin/feedback/{id}/read", Access::Admin, mark_feedback_read)
        .get("/admin/pages/{slug}", Access::Admin, edit_site_page)
        .post("/admin/pages/{slug}", Access::Admin, save_site_page)
}

// ---------------------------------------------------------------------------------------------
// Shared helpers: query strings, paging, formatting

/// The query string as a map; malformed input counts as absent (a filter page never fails on it).
fn query_params(raw: Option<String>) -> HashMap<String, String> {
    raw.and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(&q).ok())
        .unwrap_or_default()
        .into_iter()
        .collect()
}

fn param(params: &HashMap<String, String>, key: &str) -> String {
    params.get(key).map(|v| v.trim().to_owned()).unwrap_or_default()
}

/// The requested page number: 1 when missing or malformed.
fn page_number(params: &HashMap<String, String>) -> u64 {
    params
        .get("page")
        .and_then(|p| p.trim().parse::<u64>().ok())
        .filter(|n| *n >= 1)
        .map(|n| n.min(MAX_PAGE))
        .unwrap_or(1)
}

/// The offset of a 1-based page.
fn offset(page: u64, per_page: u64) -> u64 {
    page.saturating_sub(1).saturating_mul(per_page)
}

/// A time as the admin pages show it: UTC, `YYYY-MM-DD HH:MM`.
fn format_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

fn optional(value: Option<&str>) -> String {
    value.unwrap_or("").to_owned()
}

/// One entry of a pagination nav: a page link or a gap.
pub struct PageLink {
    /// The page number as text (empty for a gap).
    pub number: String,
    /// Where the link goes.
    pub href: String,
    /// True for the page shown.
    pub current: bool,
    /// True for an ellipsis.
    pub gap: bool,
}

/// Paging of a list whose filters the links keep.
pub struct Pager {
    /// The page shown (1-based).
    pub current: u64,
    /// Number of pages (at least 1).
    pub pages: u64,
    base: String,
}

impl Pager {
    fn new(path: &str, filters: &[(&str, &str)], current: u64, per_page: u64, total: i64) -> Pager {
        let total = u64::try_from(total).unwrap_or(0);
        let pages = total.div_ceil(per_page).max(1);
        let kept: Vec<(&str, &str)> = filters.iter().copied().filter(|(_, v)| !v.is_empty()).collect();
        let query = serde_urlencoded::to_string(&kept).unwrap_or_default();
        let base = if query.is_empty() {
            format!("{path}?")
        } else {
            format!("{path}?{query}&")
        };
        Pager { current, pages, base }
    }

    /// The link to page `n`.
    pub fn href(&self, n: u64) -> String {
        format!("{}page={n}", self.base)
    }

    /// True when there is more than one page.
    pub fn shown(&self) -> bool {
        self.pages > 1
    }

    /// The link to the previous page, if any.
    pub fn prev(&self) -> Option<String> {
        (self.current > 1).then(|| self.href(self.current.min(self.pages + 1) - 1))
    }

    /// The link to the next page, if any.
    pub fn next(&self) -> Option<String> {
        (self.current < self.pages).then(|| self.href(self.current + 1))
    }

    /// First, last, and the pages around the current one; gaps between them.
    pub fn links(&self) -> Vec<PageLink> {
        let mut out = Vec::new();
        let mut gap_open = false;
        for n in 1..=self.pages {
            if n == 1 || n == self.pages || n.abs_diff(self.current) <= 2 {
                out.push(PageLink {
                    number: n.to_string(),
                    href: self.href(n),
                    current: n == self.current,
                    gap: false,
                });
                gap_open = false;
            } else if !gap_open {
                out.push(PageLink {
                    number: String::new(),
                    href: String::new(),
                    current: false,
                    gap: true,
                });
                gap_open = true;
            }
        }
        out
    }
}

/// The caption of a paged table: number of matches, page and pages.
fn list_caption(page: &Page, total: i64, pager: &Pager) -> String {
    let lang = page.lang();
    let count = group_thousands(total, lang);
    let current = pager.current.to_string();
    let pages = pager.pages.to_string();
    page.locale.t_args(
        "admin-list-caption",
        &[
            ("count", count.as_str()),
            ("page", current.as_str()),
            ("pages", pages.as_str()),
        ],
    )
}

/// An option of a `<select>`.
pub struct Choice {
    /// Submitted value.
    pub value: String,
    /// Visible label.
    pub label: String,
    /// True when chosen.
    pub selected: bool,
}

impl Choice {
    fn new(value: &str, label: String, chosen: &str) -> Choice {
        Choice {
            value: value.to_owned(),
            label,
            selected: value == chosen,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Overview

#[derive(Template)]
#[template(path = "admin/index.html")]
struct IndexPage {
    page: Page,
    municipalities: String,
    users: String,
    open_invitations: String,
    unread_feedback: String,
}

/// GET /admin — counts and the way to each section.
pub async fn index(State(state): State<AppState>, _admin: AdminUser, page: Page) -> AppResult<Response> {
    let lang = page.lang();
    let municipalities = group_thousands(municipalities::count(&state.db).await?, lang);
    let users = group_thousands(store::count_users(&state.db, None).await?, lang);
    let open_invitations = group_thousands(store::count_open_invitations(&state.db).await?, lang);
    let unread_feedback = group_thousands(site::count_feedback(&state.db).await?.1, lang);
    render(&IndexPage {
        page,
        municipalities,
        users,
        open_invitations,
        unread_feedback,
    })
}

// ---------------------------------------------------------------------------------------------
// Municipalities

/// A municipality as the admin table shows it.
pub struct MunicipalityView {
    /// AGS.
    pub ags: String,
    /// Name.
    pub name: String,
    /// Translated type.
    pub kind: String,
    /// Name of the Land.
    pub land: String,
    /// Population with thousands separators (empty when unknown).
    pub population: String,
}

/// A kreisangehörige Gemeinde to add.
#[derive(Deserialize, Default)]
pub struct AddMunicipalityForm {
    #[serde(default)]
    ags: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    population: String,
}

#[derive(Template)]
#[template(path = "admin/municipalities.html")]
struct MunicipalitiesPage {
    page: Page,
    errors: FormErrors,
    q: String,
    types: Vec<Choice>,
    lands: Vec<Choice>,
    rows: Vec<MunicipalityView>,
    caption: String,
    pager: Pager,
    form: AddMunicipalityForm,
}

async fn municipalities_page(
    state: &AppState,
    page: Page,
    params: &HashMap<String, String>,
    errors: FormErrors,
    form: AddMunicipalityForm,
) -> AppResult<MunicipalitiesPage> {
    let q = param(params, "q");
    let kind_code = param(params, "type");
    let land_code = param(params, "land");
    let kind = MunicipalityType::parse(&kind_code);
    let land = Land::from_abbreviation(&land_code).filter(|_| !land_code.is_empty());
    let filter = municipalities::Filter {
        kind,
        land,
        text: Some(q.clone()).filter(|t| !t.is_empty()),
    };
    let kind_code = kind.map(MunicipalityType::as_str).unwrap_or("");
    let land_code = land.map(Land::abbreviation).unwrap_or("");
    let current = page_number(params);
    let (found, total) = municipalities::list(&state.db, &filter, PER_PAGE, offset(current, PER_PAGE)).await?;
    let pager = Pager::new(
        "/admin/municipalities",
        &[("q", &q), ("type", kind_code), ("land", land_code)],
        current,
        PER_PAGE,
        total,
    );
    let lang = page.lang();
    let rows = found
        .into_iter()
        .map(|m| MunicipalityView {
            kind: page.t(m.kind().label_key()),
            land: m.land_name().to_owned(),
            population: m.population.map(|p| group_thousands(p, lang)).unwrap_or_default(),
            ags: m.ags,
            name: m.name,
        })
        .collect();
    let mut types = vec![Choice::new("", page.t("admin-filter-all"), kind_code)];
    types.extend(
        MunicipalityType::ALL
            .into_iter()
            .map(|t| Choice::new(t.as_str(), page.t(t.label_key()), kind_code)),
    );
    let mut lands = vec![Choice::new("", page.t("admin-filter-all"), land_code)];
    lands.extend(
        Land::ALL
            .into_iter()
            .map(|l| Choice::new(l.abbreviation(), l.name().to_owned(), land_code)),
    );
    Ok(MunicipalitiesPage {
        caption: list_caption(&page, total, &pager),
        page,
        errors,
        q,
        types,
        lands,
        rows,
        pager,
        form,
    })
}

/// GET /admin/municipalities?q=&type=&land=&page=
pub async fn municipality_list(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let params = query_params(raw);
    render(
        &municipalities_page(
            &state,
            page,
            &params,
            FormErrors::default(),
            AddMunicipalityForm::default(),
        )
        .await?,
    )
}

/// Parses an optional population: digits, optionally grouped by spaces or the page language's separator.
fn parse_population(input: &str, locale: Locale) -> Result<Option<i64>, &'static str> {
    let separator = if locale == Locale::De { '.' } else { ',' };
    let digits: String = input
        .trim()
        .chars()
        .filter(|c| *c != separator && *c != ' ' && *c != '\u{a0}')
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("admin-population-error-shape");
    }
    match digits.parse::<i64>() {
        Ok(n) if n <= MAX_POPULATION => Ok(Some(n)),
        _ => Err("admin-population-error-too-large"),
    }
}

/// POST /admin/municipalities — adds a kreisangehörige Gemeinde.
pub async fn add_municipality(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<AddMunicipalityForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let ags = match Ags::parse(&form.ags) {
        Ok(ags) if ags.is_gemeinde() => Some(ags),
        Ok(_) => {
            errors.add("ags", "admin-ags-error-gemeinde");
            None
        }
        Err(e) => {
            errors.add("ags", e.message_key());
            None
        }
    };
    if let Some(ags) = &ags
        && municipalities::by_ags(&state.db, ags.as_str()).await?.is_some()
    {
        errors.add("ags", "admin-ags-error-exists");
    }
    let name = errors.check("name", parse_name(&form.name));
    let population = errors.check("population", parse_population(&form.population, page.locale));
    if let (true, Some(ags), Some(name), Some(population)) = (errors.is_empty(), &ags, &name, population) {
        let mut tx = state.db.begin().await?;
        match municipalities::create(
            &mut tx,
            ags,
            name,
            MunicipalityType::KreisangehoerigeGemeinde,
            population,
        )
        .await
        {
            Ok(_) => {
                let entry = Entry::by(&admin, &ip).subject(ags.as_str()).detail(name);
                audit::record(&mut tx, AuditEvent::MunicipalityAdded, &entry).await?;
                tx.commit().await?;
                let query = serde_urlencoded::to_string([("q", ags.as_str())]).unwrap_or_default();
                return Ok(see_other(&format!(
                    "/admin/municipalities?{query}&notice=notice-admin-municipality-added"
                )));
            }
            // Someone added the same AGS a moment ago.
            Err(e) if e.is_unique_violation() => errors.add("ags", "admin-ags-error-exists"),
            Err(e) => return Err(e.into()),
        }
    }
    let view = municipalities_page(&state, page, &HashMap::new(), errors, form).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

// ---------------------------------------------------------------------------------------------
// Users

/// A user as the admin table shows it.
pub struct UserView {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Translated platform role (empty for none).
    pub role: String,
    /// Created, formatted.
    pub created: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    q: String,
    rows: Vec<UserView>,
    caption: String,
    pager: Pager,
}

fn platform_role_label(page: &Page, role: Option<&str>) -> String {
    match role.and_then(PlatformRole::parse) {
        Some(role) => page.t(role.label_key()),
        None => page.t("admin-role-none"),
    }
}

/// GET /admin/users?q=&page=
pub async fn user_list(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let params = query_params(raw);
    let q = param(&params, "q");
    let search = Some(q.as_str()).filter(|s| !s.is_empty());
    let current = page_number(&params);
    let (found, total) = store::search_users(&state.db, search, PER_PAGE, offset(current, PER_PAGE)).await?;
    let pager = Pager::new("/admin/users", &[("q", &q)], current, PER_PAGE, total);
    let rows = found
        .into_iter()
        .map(|u| UserView {
            role: platform_role_label(&page, u.platform_role.as_deref()),
            created: format_time(u.created_at),
            id: u.id,
            name: u.name,
            email: u.email,
        })
        .collect();
    render(&UsersPage {
        caption: list_caption(&page, total, &pager),
        page,
        q,
        rows,
        pager,
    })
}

/// A membership as the user page shows it.
pub struct MembershipView {
    /// AGS.
    pub ags: String,
    /// Municipality name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// Translated role.
    pub role_label: String,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserPage {
    page: Page,
    errors: FormErrors,
    user: SessionUser,
    created: String,
    role_label: String,
    role_choices: Vec<Choice>,
    memberships: Vec<MembershipView>,
    membership_ags: String,
    membership_role: String,
}

fn parse_id(id: &str) -> AppResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::not_found())
}

async fn find_user(state: &AppState, id: &str) -> AppResult<SessionUser> {
    store::user_by_id(&state.db, parse_id(id)?)
        .await?
        .ok_or_else(AppError::not_found)
}

async fn user_page(
    state: &AppState,
    page: Page,
    user: SessionUser,
    errors: FormErrors,
    membership_ags: String,
    membership_role: String,
) -> AppResult<UserPage> {
    let created = store::user_created_at(&state.db, user.id)
        .await?
        .map(format_time)
        .unwrap_or_default();
    let current = user.platform_role.map(PlatformRole::as_str).unwrap_or("none");
    let role_choices = vec![
        Choice::new("none", page.t("admin-role-none"), current),
        Choice::new("editor", page.t("role-editor"), current),
        Choice::new("admin", page.t("role-admin"), current),
    ];
    let memberships = user
        .memberships
        .iter()
        .map(|m| MembershipView {
            ags: m.ags.clone(),
            name: m.name.clone(),
            role: m.role.as_str().to_owned(),
            role_label: page.t(m.role.label_key()),
        })
        .collect();
    let role_label = platform_role_label(&page, user.platform_role.map(PlatformRole::as_str));
    Ok(UserPage {
        page,
        errors,
        user,
        created,
        role_label,
        role_choices,
        memberships,
        membership_ags,
        membership_role,
    })
}

/// GET /admin/users/{id}
pub async fn user_detail(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let user = find_user(&state, &id).await?;
    render(
        &user_page(
            &state,
            page,
            user,
            FormErrors::default(),
            String::new(),
            "member".into(),
        )
        .await?,
    )
}

/// A platform role (`admin`, `editor` or `none`), or a membership's AGS and role.
#[derive(Deserialize, Default)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    ags: String,
    /// The AGS field of the "add membership" form (its id names the field in the error summary).
    #[serde(default)]
    membership_ags: String,
}

/// POST /admin/users/{id}/role — sets the platform role.
pub async fn set_platform_role(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    let user = find_user(&state, &id).await?;
    let mut errors = FormErrors::default();
    let new_role = match form.role.as_str() {
        "none" => Some(None),
        code => PlatformRole::parse(code).map(Some),
    };
    match new_role {
        None => errors.add("platform_role", "role-error-unknown"),
        // Locking oneself out of the admin area would leave nobody to undo it.
        Some(role) if user.id == admin.id && role != Some(PlatformRole::Admin) => {
            errors.add("platform_role", "admin-role-error-own")
        }
        Some(_) => {}
    }
    let Some(new_role) = new_role.filter(|_| errors.is_empty()) else {
        let view = user_page(&state, page, user, errors, String::new(), "member".into()).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    };
    if new_role != user.platform_role {
        let code = |r: Option<PlatformRole>| r.map(PlatformRole::as_str).unwrap_or("none");
        let detail = format!("platform: {} -> {}", code(user.platform_role), code(new_role));
        let mut tx = state.db.begin().await?;
        store::set_platform_role(&mut tx, user.id, new_role).await?;
        let entry = Entry::by(&admin, &ip).subject(&user.email).detail(&detail);
        audit::record(&mut tx, AuditEvent::RoleChanged, &entry).await?;
        tx.commit().await?;
    }
    Ok(see_other(&format!(
        "/admin/users/{}?notice=notice-admin-role-saved",
        user.id
    )))
}

/// POST /admin/users/{id}/memberships — adds or changes a membership by AGS, or removes it (`role=remove`).
pub async fn set_membership(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Path(id): Path<String>,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    let user = find_user(&state, &id).await?;
    let mut errors = FormErrors::default();
    let typed_ags = if form.ags.trim().is_empty() {
        form.membership_ags.clone()
    } else {
        form.ags.clone()
    };
    let municipality = match Ags::parse(&typed_ags) {
        Ok(ags) => {
            let found = municipalities::by_ags(&state.db, ags.as_str()).await?;
            if found.is_none() {
                errors.add("membership_ags", "admin-ags-error-unknown");
            }
            found
        }
        Err(_) if typed_ags.trim().is_empty() => {
            errors.add("membership_ags", "admin-ags-error-missing");
            None
        }
        Err(e) => {
            errors.add("membership_ags", e.message_key());
            None
        }
    };
    let new_role = match form.role.as_str() {
        "remove" => Some(None),
        code => MunicipalityRole::parse(code).map(Some),
    };
    if new_role.is_none() {
        errors.add("membership_role", "role-error-unknown");
    }
    let (Some(municipality), Some(new_role), true) = (municipality, new_role, errors.is_empty()) else {
        let view = user_page(&state, page, user, errors, typed_ags, form.role).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    };
    let old_role = user.role_in(municipality.id);
    if old_role != new_role {
        let code = |r: Option<MunicipalityRole>| r.map(MunicipalityRole::as_str).unwrap_or("none");
        let detail = format!("{}: {} -> {}", municipality.ags, code(old_role), code(new_role));
        let mut tx = state.db.begin().await?;
        match new_role {
            Some(role) => store::set_membership(&mut tx, user.id, municipality.id, role).await?,
            None => {
                store::remove_membership(&mut tx, user.id, municipality.id).await?;
            }
        }
        let entry = Entry::by(&admin, &ip).subject(&user.email).detail(&detail);
        audit::record(&mut tx, AuditEvent::RoleChanged, &entry).await?;
        tx.commit().await?;
    }
    Ok(see_other(&format!(
        "/admin/users/{}?notice=notice-admin-membership-saved",
        user.id
    )))
}

// ---------------------------------------------------------------------------------------------
// Invitations

/// An invitation as the admin table shows it.
pub struct InvitationView {
    /// Invited address.
    pub email: String,
    /// Municipality name and AGS (empty for a platform role).
    pub municipality: String,
    /// Translated role.
    pub role: String,
    /// Created, formatted.
    pub created: String,
    /// Expiry, formatted.
    pub expires: String,
    /// Translated status.
    pub status: String,
    /// Modifier class of the status tag.
    pub status_class: &'static str,
}

/// The invitation form.
#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    ags: String,
    #[serde(default)]
    role: String,
}

#[derive(Template)]
#[template(path = "admin/invitations.html")]
struct InvitationsPage {
    page: Page,
    errors: FormErrors,
    rows: Vec<InvitationView>,
    roles: Vec<Choice>,
    form: InviteForm,
}

async fn invitations_page(
    state: &AppState,
    page: Page,
    errors: FormErrors,
    form: InviteForm,
) -> AppResult<InvitationsPage> {
    let t = now();
    let rows = store::list_invitations_with_municipality(&state.db, INVITATIONS_SHOWN)
        .await?
        .into_iter()
        .map(|i| {
            let (status, status_class) = if i.accepted_at.is_some() {
                (page.t("admin-invitation-accepted"), "tag--green")
            } else if i.expires_at <= t {
                (page.t("admin-invitation-expired"), "tag--grey")
            } else {
                (page.t("admin-invitation-open"), "tag--blue")
            };
            let role = match (
                i.role.as_deref().and_then(MunicipalityRole::parse),
                i.platform_role.as_deref().and_then(PlatformRole::parse),
            ) {
                (Some(r), _) => page.t(r.label_key()),
                (None, Some(r)) => page.t(r.label_key()),
                (None, None) => String::new(),
            };
            let municipality = match (i.municipality_name, i.ags) {
                (Some(name), Some(ags)) => format!("{name} ({ags})"),
                _ => String::new(),
            };
            InvitationView {
                email: i.email,
                municipality,
                role,
                created: format_time(i.created_at),
                expires: format_time(i.expires_at),
                status,
                status_class,
            }
        })
        .collect();
    let chosen = if form.role.is_empty() {
        "coordinator"
    } else {
        form.role.as_str()
    };
    let roles = vec![
        Choice::new("coordinator", page.t("role-coordinator"), chosen),
        Choice::new("member", page.t("role-member"), chosen),
        Choice::new("editor", page.t("admin-invite-role-editor"), chosen),
        Choice::new("admin", page.t("admin-invite-role-admin"), chosen),
    ];
    Ok(InvitationsPage {
        page,
        errors,
        rows,
        roles,
        form,
    })
}

/// GET /admin/invitations
pub async fn invitation_list(State(state): State<AppState>, _admin: AdminUser, page: Page) -> AppResult<Response> {
    render(&invitations_page(&state, page, FormErrors::default(), InviteForm::default()).await?)
}

/// What the role select of the invitation form grants.
enum InviteRole {
    Municipality(MunicipalityRole),
    Platform(PlatformRole),
}

/// POST /admin/invitations — invites to a municipality role or a platform role.
pub async fn invite(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let role = match (MunicipalityRole::parse(&form.role), PlatformRole::parse(&form.role)) {
        (Some(r), _) => Some(InviteRole::Municipality(r)),
        (None, Some(r)) => Some(InviteRole::Platform(r)),
        (None, None) => None,
    };
    // The municipality matters only for a role in one; for a platform role the field is ignored.
    let municipality = match role {
        Some(InviteRole::Municipality(_)) => match Ags::parse(&form.ags) {
            Ok(ags) => {
                let found = municipalities::by_ags(&state.db, ags.as_str()).await?;
                if found.is_none() {
                    errors.add("ags", "admin-ags-error-unknown");
                }
                found
            }
            Err(_) if form.ags.trim().is_empty() => {
                errors.add("ags", "admin-ags-error-missing");
                None
            }
            Err(e) => {
                errors.add("ags", e.message_key());
                None
            }
        },
        _ => None,
    };
    if role.is_none() {
        errors.add("role", "role-error-unknown");
    }
    if let (true, Some(email), Some(role)) = (errors.is_empty(), &email, &role) {
        let invite = match role {
            InviteRole::Municipality(r) => Invite {
                email,
                municipality: municipality.as_ref().map(|m| (m, *r)),
                platform_role: None,
                locale: page.locale,
            },
            InviteRole::Platform(r) => Invite {
                email,
                municipality: None,
                platform_role: Some(*r),
                locale: page.locale,
            },
        };
        match service::invite(&state.db, &state.settings.base_url, &admin, &ip, &invite).await {
            Ok(()) => {
                state.mail_wake.notify_one();
                return Ok(see_other("/admin/invitations?notice=notice-invitation-sent"));
            }
            Err(InviteError::AlreadyMember) => errors.add("email", "admin-invite-error-already-member"),
            Err(InviteError::Db(e)) => return Err(e.into()),
        }
    }
    let view = invitations_page(&state, page, errors, form).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

// ---------------------------------------------------------------------------------------------
// Audit log

/// The Fluent key of an event's label.
fn event_label_key(event: AuditEvent) -> &'static str {
    match event {
        AuditEvent::LoginOk => "admin-event-login-ok",
        AuditEvent::LoginFailed => "admin-event-login-failed",
        AuditEvent::Logout => "admin-event-logout",
        AuditEvent::PasswordChanged => "admin-event-password-changed",
        AuditEvent::PasswordResetRequested => "admin-event-password-reset-requested",
        AuditEvent::RoleChanged => "admin-event-role-changed",
        AuditEvent::InvitationSent => "admin-event-invitation-sent",
        AuditEvent::InvitationAccepted => "admin-event-invitation-accepted",
        AuditEvent::UserCreated => "admin-event-user-created",
        AuditEvent::UserDeleted => "admin-event-user-deleted",
        AuditEvent::TokenCreated => "admin-event-token-created",
        AuditEvent::TokenRevoked => "admin-event-token-revoked",
        AuditEvent::MunicipalityAdded => "admin-event-municipality-added",
        AuditEvent::DataSharingChanged => "admin-event-data-sharing-changed",
    }
}

/// An audit entry as the admin table shows it.
pub struct AuditView {
    /// UTC time, formatted.
    pub time: String,
    /// Translated event (the code itself for events this version does not know).
    pub event: String,
    /// Actor address.
    pub actor: String,
    /// Subject.
    pub subject: String,
    /// Client address.
    pub ip: String,
    /// Detail.
    pub detail: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: Page,
    events: Vec<Choice>,
    rows: Vec<AuditView>,
    caption: String,
    pager: Pager,
}

/// GET /admin/audit?event=&page=
pub async fn audit_log(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let params = query_params(raw);
    let event = AuditEvent::parse(&param(&params, "event"));
    let code = event.map(AuditEvent::as_str).unwrap_or("");
    let current = page_number(&params);
    let filter = event.map(AuditEvent::as_str);
    let found = audit::list(&state.db, filter, AUDIT_PER_PAGE, offset(current, AUDIT_PER_PAGE)).await?;
    let total = audit::count(&state.db, filter).await?;
    let pager = Pager::new("/admin/audit", &[("event", code)], current, AUDIT_PER_PAGE, total);
    let rows = found
        .into_iter()
        .map(|r| AuditView {
            time: format_time(r.occurred_at),
            event: AuditEvent::parse(&r.event)
                .map(|e| page.t(event_label_key(e)))
                .unwrap_or_else(|| r.event.clone()),
            actor: optional(r.actor_email.as_deref()),
            subject: optional(r.subject.as_deref()),
            ip: optional(r.ip.as_deref()),
            detail: optional(r.detail.as_deref()),
        })
        .collect();
    let mut events = vec![Choice::new("", page.t("admin-filter-all"), code)];
    events.extend(
        AuditEvent::ALL
            .into_iter()
            .map(|e| Choice::new(e.as_str(), page.t(event_label_key(e)), code)),
    );
    render(&AuditPage {
        caption: list_caption(&page, total, &pager),
        page,
        events,
        rows,
        pager,
    })
}

// ---------------------------------------------------------------------------------------------
// Feedback inbox

/// A feedback message as the inbox shows it.
pub struct FeedbackView {
    /// Id.
    pub id: Uuid,
    /// Received, formatted.
    pub received: String,
    /// Sender's name.
    pub name: String,
    /// Sender's address.
    pub email: String,
    /// Page concerned.
    pub page_url: String,
    /// The message in paragraphs.
    pub paragraphs: Vec<String>,
    /// True until an admin marks it read.
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "admin/feedback.html")]
struct FeedbackPage {
    page: Page,
    items: Vec<FeedbackView>,
    unread: String,
    pager: Pager,
}

/// GET /admin/feedback?page=
pub async fn feedback_inbox(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let params = query_params(raw);
    let current = page_number(&params);
    let found = site::list_feedback(&state.db, PER_PAGE, offset(current, PER_PAGE)).await?;
    let (total, unread) = site::count_feedback(&state.db).await?;
    let pager = Pager::new("/admin/feedback", &[], current, PER_PAGE, total);
    let items = found
        .into_iter()
        .map(|f| FeedbackView {
            id: f.id,
            received: format_time(f.created_at),
            name: optional(f.name.as_deref()),
            email: optional(f.email.as_deref()),
            page_url: optional(f.page_url.as_deref()),
            paragraphs: site::paragraphs(&f.message),
            unread: f.read_at.is_none(),
        })
        .collect();
    render(&FeedbackPage {
        unread: group_thousands(unread, page.lang()),
        page,
        items,
        pager,
    })
}

/// The inbox page to return to.
#[derive(Deserialize, Default)]
pub struct ReadForm {
    #[serde(default)]
    page: String,
}

/// POST /admin/feedback/{id}/read
pub async fn mark_feedback_read(
    State(state): State<AppState>,
    _admin: AdminUser,
    Path(id): Path<String>,
    Form(form): Form<ReadForm>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    if !site::feedback_exists(&state.db, id).await? {
        return Err(AppError::not_found());
    }
    site::mark_feedback_read(&state.db, id).await?;
    let back = form
        .page
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (2..=MAX_PAGE).contains(n));
    let location = match back {
        Some(n) => format!("/admin/feedback?page={n}&notice=notice-admin-feedback-read"),
        None => "/admin/feedback?notice=notice-admin-feedback-read".to_owned(),
    };
    Ok(see_other(&location))
}

// ---------------------------------------------------------------------------------------------
// Operator texts (Impressum, Datenschutz)

#[derive(Template)]
#[template(path = "admin/site_page.html")]
struct SitePageForm {
    page: Page,
    errors: FormErrors,
    which: SitePage,
    body_de: String,
    body_en: String,
    max_chars: String,
    /// The page's translated title.
    title: String,
}

fn site_page_slug(slug: &str) -> AppResult<SitePage> {
    SitePage::parse(slug).ok_or_else(AppError::not_found)
}

fn site_page_form(page: Page, errors: FormErrors, which: SitePage, body_de: String, body_en: String) -> SitePageForm {
    let max_chars = group_thousands(i64::try_from(MAX_PAGE_CHARS).unwrap_or(i64::MAX), page.lang());
    let title = page.t(which.title_key());
    SitePageForm {
        page,
        errors,
        which,
        body_de,
        body_en,
        max_chars,
        title,
    }
}

/// GET /admin/pages/{slug} — both languages, prefilled with the stored text or the default.
pub async fn edit_site_page(
    State(state): State<AppState>,
    _admin: AdminUser,
    page: Page,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let which = site_page_slug(&slug)?;
    let body_de = site::page_text(&state.db, which, Locale::De)
        .await?
        .unwrap_or_else(|| Locale::De.t(which.default_key()));
    let body_en = site::page_text(&state.db, which, Locale::En)
        .await?
        .unwrap_or_else(|| Locale::En.t(which.default_key()));
    render(&site_page_form(page, FormErrors::default(), which, body_de, body_en))
}

/// The texts of both languages.
#[derive(Deserialize, Default)]
pub struct SitePageTexts {
    #[serde(default)]
    body_de: String,
    #[serde(default)]
    body_en: String,
}

/// POST /admin/pages/{slug} — saves both texts; an emptied text falls back to the default.
pub async fn save_site_page(
    State(state): State<AppState>,
    AdminUser(admin): AdminUser,
    page: Page,
    Path(slug): Path<String>,
    Form(form): Form<SitePageTexts>,
) -> AppResult<Response> {
    let which = site_page_slug(&slug)?;
    let mut errors = FormErrors::default();
    if form.body_de.chars().count() > MAX_PAGE_CHARS {
        errors.add("body_de", "admin-page-error-too-long");
    }
    if form.body_en.chars().count() > MAX_PAGE_CHARS {
        errors.add("body_en", "admin-page-error-too-long");
    }
    if !errors.is_empty() {
        let view = site_page_form(page, errors, which, form.body_de, form.body_en);
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    for (locale, body) in [(Locale::De, &form.body_de), (Locale::En, &form.body_en)] {
        if body.trim().is_empty() {
            site::delete_page_text(&state.db, which, locale).await?;
        } else {
            site::save_page_text(&state.db, which, locale, body, admin.id).await?;
        }
    }
    Ok(see_other(&format!(
        "/admin/pages/{}?notice=notice-admin-page-saved",
        which.slug()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_keeps_filters_and_collapses_far_pages() {
        let p = Pager::new(
            "/admin/municipalities",
            &[("q", "Teltow Fläming"), ("type", ""), ("land", "BB")],
            5,
            50,
            401 * 2,
        );
        assert_eq!(p.pages, 17);
        assert_eq!(p.href(2), "/admin/municipalities?q=Teltow+Fl%C3%A4ming&land=BB&page=2");
        assert_eq!(
            p.prev().as_deref(),
            Some("/admin/municipalities?q=Teltow+Fl%C3%A4ming&land=BB&page=4")
        );
        let numbers: Vec<String> = p
            .links()
            .into_iter()
            .map(|l| if l.gap { "…".into() } else { l.number })
            .collect();
        assert_eq!(numbers, ["1", "…", "3", "4", "5", "6", "7", "…", "17"]);
        let single = Pager::new("/admin/users", &[], 1, 50, 0);
        assert!(!single.shown() && single.next().is_none() && single.prev().is_none());
        assert_eq!(single.href(1), "/admin/users?page=1");
    }

    #[test]
    fn page_numbers_are_lenient() {
        let p = |q: &str| page_number(&query_params(Some(q.to_owned())));
        assert_eq!(p("page=3"), 3);
        assert_eq!(p("page=0"), 1);
        assert_eq!(p("page=abc"), 1);
        assert_eq!(p("page=99999999999999999999"), 1);
        assert_eq!(p("page=9999999"), MAX_PAGE);
    }

    #[test]
    fn population_accepts_grouped_digits_and_refuses_the_rest() {
        assert_eq!(parse_population("", Locale::De), Ok(None));
        assert_eq!(parse_population(" 12.345 ", Locale::De), Ok(Some(12345)));
        assert_eq!(parse_population("12,345", Locale::En), Ok(Some(12345)));
        assert_eq!(parse_population("-5", Locale::De), Err("admin-population-error-shape"));
        assert_eq!(
            parse_population("12,5", Locale::De),
            Err("admin-population-error-shape")
        );
        assert_eq!(
            parse_population("999999999999", Locale::De),
            Err("admin-population-error-too-large")
        );
    }

    #[test]
    fn times_are_shown_in_utc_to_the_minute() {
        let t = time::macros::datetime!(2025-03-01 23:30:59 -02:00);
        assert_eq!(format_time(t), "2025-03-02 01:30");
    }

    /// Keys the templates hand to form macros, where the i18n scan does not look for them.
    #[test]
    fn labels_and_hints_of_the_admin_forms_exist_in_both_languages() {
        let keys = [
            "admin-field-ags",
            "admin-field-ags-hint",
            "admin-field-ags-gemeinde",
            "admin-field-ags-gemeinde-hint",
            "admin-field-membership-ags-hint",
            "admin-field-municipality-name",
            "admin-field-population",
            "admin-field-population-hint",
            "admin-col-platform-role",
        ];
        for key in keys {
            for locale in Locale::ALL {
                assert!(locale.has(key), "{key} is missing in {}", locale.code());
            }
        }
    }

    #[test]
    fn every_audit_event_has_a_label_in_both_languages() {
        for event in AuditEvent::ALL {
            assert_eq!(AuditEvent::parse(event.as_str()), Some(event));
            for locale in Locale::ALL {
                assert!(
                    locale.has(event_label_key(event)),
                    "{} has no label in {}",
                    event.as_str(),
                    locale.code()
                );
            }
        }
    }
}
