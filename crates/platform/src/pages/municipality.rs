//! A municipality's own pages: overview with members; coordinators invite colleagues and set roles.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use crate::accounts::model::{Email, MunicipalityRole};
use crate::accounts::service::{self, Invite, InviteError};
use crate::accounts::store::{self, MemberRow};
use crate::audit::{self, AuditEvent, Entry};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::context::{ClientIp, CoordinatorTenant, CurrentUser, Page, Tenant};
use crate::web::forms::FormErrors;
use crate::web::render::{render, render_status, see_other};

#[derive(Template)]
#[template(path = "municipality.html")]
struct OverviewPage {
    page: Page,
    tenant: Tenant,
    members: Vec<MemberRow>,
    errors: FormErrors,
    invite_email: String,
    invite_role: String,
}

impl OverviewPage {
    fn role_label(&self, code: &str) -> String {
        MunicipalityRole::parse(code)
            .map(|r| self.page.t(r.label_key()))
            .unwrap_or_default()
    }
    fn population(&self) -> String {
        self.tenant
            .municipality
            .population
            .map(|p| group_thousands(p, self.page.lang()))
            .unwrap_or_default()
    }
}

/// Formats 168296 as "168.296" (de) or "168,296" (en).
pub fn group_thousands(n: i64, lang: &str) -> String {
    let sep = if lang == "de" { '.' } else { ',' };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

async fn overview_page(
    state: &AppState,
    page: Page,
    tenant: Tenant,
    errors: FormErrors,
    email: String,
    role: String,
) -> AppResult<OverviewPage> {
    let members = store::list_members(&state.db, tenant.municipality.id).await?;
    Ok(OverviewPage {
        page,
        tenant,
        members,
        errors,
        invite_email: email,
        invite_role: role,
    })
}

/// GET /m/{ags}
pub async fn overview(State(state): State<AppState>, tenant: Tenant, page: Page) -> AppResult<Response> {
    render(
        &overview_page(
            &state,
            page,
            tenant,
            FormErrors::default(),
            String::new(),
            "member".into(),
        )
        .await?,
    )
}

/// The invitation form of a coordinator.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// POST /m/{ags}/invitations
pub async fn invite(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let role = MunicipalityRole::parse(&form.role);
    if role.is_none() {
        errors.add("role", "role-error-unknown");
    }
    if let (Some(email), Some(role)) = (&email, role) {
        let invite = Invite {
            email,
            municipality: Some((&tenant.municipality, role)),
            platform_role: None,
            locale: page.locale,
        };
        match service::invite(&state.db, &state.settings.base_url, &tenant.user, &ip, &invite).await {
            Ok(()) => {
                state.mail_wake.notify_one();
                return Ok(see_other(&format!(
                    "/m/{}?notice=notice-invitation-sent",
                    tenant.municipality.ags
                )));
            }
            Err(InviteError::AlreadyMember) => errors.add("email", "invite-error-already-member"),
            Err(InviteError::Db(e)) => return Err(e.into()),
        }
    }
    let view = overview_page(&state, page, tenant, errors, form.email, form.role).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

/// A new role for a member, or removal.
#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

/// POST /m/{ags}/members/{id}/role — `coordinator`, `member` or `remove`.
pub async fn change_role(
    State(state): State<AppState>,
    CoordinatorTenant(tenant): CoordinatorTenant,
    ClientIp(ip): ClientIp,
    Path((_ags, id)): Path<(String, String)>,
    Form(form): Form<RoleForm>,
) -> AppResult<Response> {
    let member_id = Uuid::parse_str(&id).map_err(|_| AppError::not_found())?;
    let members = store::list_members(&state.db, tenant.municipality.id).await?;
    let member = members
        .iter()
        .find(|m| m.id == member_id)
        .ok_or_else(AppError::not_found)?;
    let coordinators = members.iter().filter(|m| m.role == "coordinator").count();
    let demotes_last_coordinator = member.role == "coordinator" && coordinators == 1 && form.role != "coordinator";
    if demotes_last_coordinator {
        return Err(AppError {
            kind: crate::error::ErrorKind::Conflict,
            detail: Some("role-error-last-coordinator"),
        });
    }
    let mut tx = state.db.begin().await?;
    let detail = match form.role.as_str() {
        "remove" => {
            store::remove_membership(&mut tx, member_id, tenant.municipality.id).await?;
            format!("{} removed", tenant.municipality.ags)
        }
        other => {
            let role = MunicipalityRole::parse(other).ok_or(AppError::bad_request("role-error-unknown"))?;
            store::set_membership(&mut tx, member_id, tenant.municipality.id, role).await?;
            format!("{} {}", tenant.municipality.ags, role.as_str())
        }
    };
    let entry = Entry::by(&tenant.user, &ip).subject(&member.email).detail(&detail);
    audit::record(&mut tx, AuditEvent::RoleChanged, &entry).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "/m/{}?notice=notice-role-changed",
        tenant.municipality.ags
    )))
}

/// The municipality switcher.
#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    ags: String,
}

/// POST /municipality/switch
pub async fn switch(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Form(form): Form<SwitchForm>,
) -> AppResult<Response> {
    // Switching to a municipality one does not belong to is a malformed request, not a way in.
    let membership = user
        .memberships
        .iter()
        .find(|m| m.ags == form.ags)
        .ok_or(AppError::bad_request("switch-error-unknown"))?;
    store::set_active_municipality(&state.db, &user.session_hash, membership.municipality_id).await?;
    Ok(see_other(&format!("/m/{}", membership.ags)))
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn thousands_are_grouped_per_language() {
        assert_eq!(group_thousands(168296, "de"), "168.296");
        assert_eq!(group_thousands(1_234_567, "en"), "1,234,567");
        assert_eq!(group_thousands(999, "de"), "999");
        assert_eq!(group_thousands(-1000, "de"), "-1.000");
    }
}
