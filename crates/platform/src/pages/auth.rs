//! Login, logout, password reset, invitation acceptance and the language switch.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::accounts::model::{Email, MunicipalityRole, PlatformRole, check_new_password, parse_name};
use crate::accounts::service::RESET_VALIDITY;
use crate::accounts::store::{self, NewUser};
use crate::accounts::throttle::{self, MAX_ACCOUNT_FAILURES, MAX_IP_FAILURES};
use crate::audit::{self, AuditEvent, Entry};
use crate::clock::now;
use crate::crypto::{dummy_hash, hash_password, verify_password};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::mail::{self, MailKind};
use crate::state::AppState;
use crate::web::context::{ClientIp, Page};
use crate::web::cookies;
use crate::web::forms::FormErrors;
use crate::web::render::{is_local_path, render, render_status, see_other};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    errors: FormErrors,
    problem: Option<&'static str>,
    email: String,
    next: String,
}

/// Query of the login page.
#[derive(Deserialize, Default)]
pub struct LoginQuery {
    next: Option<String>,
}

/// GET /login
pub async fn login_form(page: Page, Query(q): Query<LoginQuery>) -> AppResult<Response> {
    if page.logged_in() {
        return Ok(see_other("/"));
    }
    let next = q.next.filter(|n| is_local_path(n)).unwrap_or_default();
    render(&LoginPage {
        page,
        errors: FormErrors::default(),
        problem: None,
        email: String::new(),
        next,
    })
}

/// The login form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// POST /login
pub async fn login(
    State(state): State<AppState>,
    page: Page,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    if form.password.is_empty() {
        errors.add("password", "password-error-missing");
    }
    let next = if is_local_path(&form.next) {
        form.next.clone()
    } else {
        String::new()
    };
    let again = |page: Page, errors: FormErrors, problem: Option<&'static str>, status: StatusCode| {
        render_status(
            status,
            &LoginPage {
                page,
                errors,
                problem,
                email: form.email.trim().to_owned(),
                next: next.clone(),
            },
        )
    };
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return again(page, errors, None, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let account_key = format!("account:{}", email.as_str());
    let ip_key = format!("ip:{ip}");
    let t = now();
    let account_counter = store::throttle_counter(&state.db, &account_key).await?;
    let ip_counter = store::throttle_counter(&state.db, &ip_key).await?;
    if throttle::blocked_for(account_counter, MAX_ACCOUNT_FAILURES, t).is_some()
        || throttle::blocked_for(ip_counter, MAX_IP_FAILURES, t).is_some()
    {
        let entry = Entry {
            subject: Some(email.as_str()),
            ip: Some(&ip),
            detail: Some("throttled"),
            ..Default::default()
        };
        audit::record_now(&state.db, AuditEvent::LoginFailed, &entry).await?;
        return again(
            page,
            FormErrors::default(),
            Some("login-error-throttled"),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }

    let credentials = store::credentials_by_email(&state.db, email.as_str()).await?;
    let password = form.password.clone();
    let stored = credentials
        .as_ref()
        .map(|c| c.password_hash.clone())
        .unwrap_or_else(|| dummy_hash().to_owned());
    // argon2 takes tens of milliseconds of CPU: keep it off the async workers.
    let matches = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
        .await
        .map_err(AppError::internal)?;
    let Some(credentials) = credentials.filter(|_| matches) else {
        store::record_failure(&state.db, &account_key).await?;
        store::record_failure(&state.db, &ip_key).await?;
        let entry = Entry {
            subject: Some(email.as_str()),
            ip: Some(&ip),
            detail: Some("wrong credentials"),
            ..Default::default()
        };
        audit::record_now(&state.db, AuditEvent::LoginFailed, &entry).await?;
        return again(
            page,
            FormErrors::default(),
            Some("login-error-wrong"),
            StatusCode::UNAUTHORIZED,
        );
    };

    store::clear_failures(&state.db, &account_key).await?;
    let mut tx = state.db.begin().await?;
    let token = store::create_session(&mut tx, credentials.id, state.settings.session_hours).await?;
    let entry = Entry {
        actor_id: Some(credentials.id),
        actor_email: Some(email.as_str()),
        ip: Some(&ip),
        ..Default::default()
    };
    audit::record(&mut tx, AuditEvent::LoginOk, &entry).await?;
    tx.commit().await?;
    // The old session, if any, ends: the id is cycled on login.
    if let Some(old) = cookies::get(&headers, cookies::SESSION_COOKIE) {
        store::delete_session(&state.db, &crate::crypto::token_hash(old)).await?;
    }
    let locale = Locale::parse(&credentials.locale).unwrap_or_default();
    let target = if next.is_empty() { "/".to_owned() } else { next };
    let mut response = see_other(&target);
    let max_age = state.settings.session_hours * 3600;
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::SESSION_COOKIE, &token, Some(max_age)),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::LANG_COOKIE, locale.code(), Some(31_536_000)),
    );
    Ok(response)
}

/// POST /logout
pub async fn logout(State(state): State<AppState>, page: Page, ClientIp(ip): ClientIp) -> AppResult<Response> {
    if let Some(user) = &page.user {
        store::delete_session(&state.db, &user.session_hash).await?;
        let entry = Entry::by(user, &ip);
        audit::record_now(&state.db, AuditEvent::Logout, &entry).await?;
    }
    let mut response = see_other("/?notice=notice-logged-out");
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookies::clear(cookies::SESSION_COOKIE));
    Ok(response)
}

/// The language switch.
#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    return_to: String,
}

/// POST /language
pub async fn switch_language(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let locale = Locale::parse(&form.lang).ok_or(AppError::bad_request("error-unknown-language"))?;
    if let Some(user) = &page.user {
        store::update_locale(&state.db, user.id, locale).await?;
    }
    let target = if is_local_path(&form.return_to) {
        form.return_to
    } else {
        "/".to_owned()
    };
    let mut response = see_other(&target);
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::LANG_COOKIE, locale.code(), Some(31_536_000)),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "forgot_password.html")]
struct ForgotPage {
    page: Page,
    errors: FormErrors,
    email: String,
}

/// GET /password/forgot
pub async fn forgot_form(page: Page) -> AppResult<Response> {
    render(&ForgotPage {
        page,
        errors: FormErrors::default(),
        email: String::new(),
    })
}

/// The forgotten-password form.
#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// POST /password/forgot — answers the same whether or not the address has an account.
pub async fn forgot(
    State(state): State<AppState>,
    page: Page,
    ClientIp(ip): ClientIp,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let Some(email) = errors.check("email", Email::parse(&form.email)) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ForgotPage {
                page,
                errors,
                email: form.email,
            },
        );
    };
    if let Some(credentials) = store::credentials_by_email(&state.db, email.as_str()).await? {
        let locale = Locale::parse(&credentials.locale).unwrap_or_default();
        let mut tx = state.db.begin().await?;
        let token = store::create_password_reset(&mut tx, credentials.id, RESET_VALIDITY).await?;
        let link = format!("{}/password/reset/{token}", state.settings.base_url);
        mail::enqueue(
            &mut tx,
            email.as_str(),
            locale,
            &MailKind::PasswordReset { link: &link },
        )
        .await?;
        let entry = Entry {
            actor_id: Some(credentials.id),
            subject: Some(email.as_str()),
            ip: Some(&ip),
            ..Default::default()
        };
        audit::record(&mut tx, AuditEvent::PasswordResetRequested, &entry).await?;
        tx.commit().await?;
        state.mail_wake.notify_one();
    }
    Ok(see_other("/login?notice=notice-reset-sent"))
}

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPage {
    page: Page,
    errors: FormErrors,
    token: String,
}

/// GET /password/reset/{token}
pub async fn reset_form(State(state): State<AppState>, page: Page, Path(token): Path<String>) -> AppResult<Response> {
    if store::usable_password_reset(&state.db, &token).await?.is_none() {
        return Err(AppError::bad_request("reset-error-invalid"));
    }
    render(&ResetPage {
        page,
        errors: FormErrors::default(),
        token,
    })
}

/// A new password with its repetition.
#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// POST /password/reset/{token}
pub async fn reset(
    State(state): State<AppState>,
    page: Page,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> AppResult<Response> {
    let Some((reset_id, user_id)) = store::usable_password_reset(&state.db, &token).await? else {
        return Err(AppError::bad_request("reset-error-invalid"));
    };
    if let Err((field, key)) = check_new_password(&form.password, &form.password_confirm) {
        let mut errors = FormErrors::default();
        errors.add(field, key);
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &ResetPage { page, errors, token });
    }
    let hash = hash_password(&form.password).map_err(AppError::internal)?;
    let user = store::user_by_id(&state.db, user_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let mut tx = state.db.begin().await?;
    if !store::use_password_reset(&mut tx, reset_id).await? {
        return Err(AppError::bad_request("reset-error-invalid"));
    }
    store::update_password(&mut tx, user_id, &hash).await?;
    store::delete_other_sessions(&mut tx, user_id, None).await?;
    mail::enqueue(&mut tx, &user.email, user.locale, &MailKind::PasswordChanged).await?;
    let entry = Entry {
        actor_id: Some(user_id),
        actor_email: Some(&user.email),
        ip: Some(&ip),
        detail: Some("reset"),
        ..Default::default()
    };
    audit::record(&mut tx, AuditEvent::PasswordChanged, &entry).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(see_other("/login?notice=notice-password-reset"))
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    page: Page,
    errors: FormErrors,
    token: String,
    email: String,
    municipality: String,
    existing_account: bool,
    name: String,
}

struct OpenInvitation {
    row: store::InvitationRow,
    municipality_name: String,
    existing_user: Option<uuid::Uuid>,
}

async fn open_invitation(state: &AppState, token: &str) -> AppResult<OpenInvitation> {
    let row = store::invitation_by_token(&state.db, token)
        .await?
        .ok_or(AppError::bad_request("invitation-error-unknown"))?;
    if row.accepted_at.is_some() {
        return Err(AppError::bad_request("invitation-error-used"));
    }
    if row.expires_at <= now() {
        return Err(AppError::bad_request("invitation-error-expired"));
    }
    let municipality_name = match row.municipality_id {
        Some(id) => crate::municipalities::store::by_id(&state.db, id)
            .await?
            .map(|m| m.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let existing_user = store::user_id_by_email(&state.db, &row.email).await?;
    Ok(OpenInvitation {
        row,
        municipality_name,
        existing_user,
    })
}

/// GET /invitation/{token}
pub async fn invitation_form(
    State(state): State<AppState>,
    page: Page,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let inv = open_invitation(&state, &token).await?;
    render(&InvitationPage {
        page,
        errors: FormErrors::default(),
        token,
        email: inv.row.email,
        municipality: inv.municipality_name,
        existing_account: inv.existing_user.is_some(),
        name: String::new(),
    })
}

/// The acceptance form.
#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// POST /invitation/{token}
pub async fn accept_invitation(
    State(state): State<AppState>,
    page: Page,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> AppResult<Response> {
    let inv = open_invitation(&state, &token).await?;
    let mut errors = FormErrors::default();
    let user_id = match inv.existing_user {
        Some(id) => {
            let stored = store::credentials_by_id(&state.db, id)
                .await?
                .map(|c| c.password_hash)
                .unwrap_or_default();
            let password = form.password.clone();
            let ok = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
                .await
                .map_err(AppError::internal)?;
            if !ok {
                errors.add("password", "invitation-error-password");
            }
            Some(id)
        }
        None => {
            errors.check("name", parse_name(&form.name));
            if let Err((field, key)) = check_new_password(&form.password, &form.password_confirm) {
                errors.add(field, key);
            }
            None
        }
    };
    if !errors.is_empty() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &InvitationPage {
                page,
                errors,
                token,
                email: inv.row.email,
                municipality: inv.municipality_name,
                existing_account: inv.existing_user.is_some(),
                name: form.name,
            },
        );
    }
    let hash = match user_id {
        Some(_) => String::new(),
        None => hash_password(&form.password).map_err(AppError::internal)?,
    };
    let locale = Locale::parse(&inv.row.locale).unwrap_or(page.locale);
    let mut tx = state.db.begin().await?;
    if !store::accept_invitation(&mut tx, inv.row.id).await? {
        return Err(AppError::bad_request("invitation-error-used"));
    }
    let platform_role = inv.row.platform_role.as_deref().and_then(PlatformRole::parse);
    let user_id = match user_id {
        Some(id) => {
            if platform_role.is_some() {
                store::set_platform_role(&mut tx, id, platform_role).await?;
            }
            id
        }
        None => {
            let name = parse_name(&form.name).map_err(AppError::bad_request)?;
            let new_user = NewUser {
                email: &inv.row.email,
                name: &name,
                password_hash: &hash,
                platform_role,
                locale,
            };
            match store::create_user(&mut tx, &new_user).await {
                Ok(id) => id,
                Err(e) if e.is_unique_violation() => return Err(AppError::bad_request("invitation-error-used")),
                Err(e) => return Err(e.into()),
            }
        }
    };
    if let (Some(municipality_id), Some(role)) = (
        inv.row.municipality_id,
        inv.row.role.as_deref().and_then(MunicipalityRole::parse),
    ) {
        store::set_membership(&mut tx, user_id, municipality_id, role).await?;
    }
    let detail = inv
        .row
        .role
        .clone()
        .or(inv.row.platform_role.clone())
        .unwrap_or_default();
    let entry = Entry {
        actor_id: Some(user_id),
        actor_email: Some(&inv.row.email),
        subject: Some(&inv.row.email),
        ip: Some(&ip),
        detail: Some(&detail),
    };
    audit::record(&mut tx, AuditEvent::InvitationAccepted, &entry).await?;
    tx.commit().await?;
    let notice = if inv.existing_user.is_some() {
        "notice-invitation-accepted"
    } else {
        "notice-account-created"
    };
    Ok(see_other(&format!("/login?notice={notice}")).into_response())
}
