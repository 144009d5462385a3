//! The account page: name, language, password, API tokens, deleting the account.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use crate::accounts::model::{check_new_password, parse_name};
use crate::accounts::store::{self, TokenRow};
use crate::audit::{self, AuditEvent, Entry};
use crate::crypto::{hash_password, verify_password};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::mail::{self, MailKind};
use crate::state::AppState;
use crate::web::context::{ClientIp, CurrentUser, Page};
use crate::web::cookies;
use crate::web::forms::FormErrors;
use crate::web::render::{render, render_status, see_other};

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    errors: FormErrors,
    name: String,
    locale: &'static str,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
}

impl AccountPage {
    /// A token's time as the clock on the wall showed it in Germany.
    fn format_time(&self, t: &time::OffsetDateTime) -> String {
        let t = crate::clock::in_germany(*t);
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute()
        )
    }
}

async fn account_page(
    state: &AppState,
    page: Page,
    errors: FormErrors,
    name: Option<String>,
    new_token: Option<String>,
) -> AppResult<AccountPage> {
    let user = page
        .user
        .clone()
        .ok_or(AppError::new(crate::error::ErrorKind::LoginRequired))?;
    let tokens = store::list_tokens(&state.db, user.id).await?;
    Ok(AccountPage {
        name: name.unwrap_or_else(|| user.name.clone()),
        locale: user.locale.code(),
        page,
        errors,
        tokens,
        new_token,
    })
}

/// GET /account
pub async fn show(State(state): State<AppState>, _user: CurrentUser, page: Page) -> AppResult<Response> {
    render(&account_page(&state, page, FormErrors::default(), None, None).await?)
}

/// Name and language.
#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    locale: String,
}

/// POST /account/profile
pub async fn update_profile(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    page: Page,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", parse_name(&form.name));
    let locale = Locale::parse(&form.locale);
    if locale.is_none() {
        errors.add("locale", "error-unknown-language");
    }
    let (Some(name), Some(locale)) = (name, locale) else {
        let view = account_page(&state, page, errors, Some(form.name), None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    };
    let mut tx = state.db.begin().await?;
    store::update_profile(&mut tx, user.id, &name, locale).await?;
    tx.commit().await?;
    let mut response = see_other("/account?notice=notice-profile-saved");
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::LANG_COOKIE, locale.code(), Some(31_536_000)),
    );
    Ok(response)
}

/// Current and new password.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// POST /account/password — checks the current password, ends the other sessions.
pub async fn change_password(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let stored = store::credentials_by_id(&state.db, user.id)
        .await?
        .map(|c| c.password_hash)
        .unwrap_or_default();
    let current = form.current_password.clone();
    let ok = tokio::task::spawn_blocking(move || verify_password(&current, &stored))
        .await
        .map_err(AppError::internal)?;
    if !ok {
        errors.add("current_password", "password-error-current-wrong");
    }
    if let Err((field, key)) = check_new_password(&form.password, &form.password_confirm) {
        errors.add(field, key);
    }
    if !errors.is_empty() {
        let view = account_page(&state, page, errors, None, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let hash = hash_password(&form.password).map_err(AppError::internal)?;
    let mut tx = state.db.begin().await?;
    store::update_password(&mut tx, user.id, &hash).await?;
    store::delete_other_sessions(&mut tx, user.id, Some(&user.session_hash)).await?;
    mail::enqueue(&mut tx, &user.email, user.locale, &MailKind::PasswordChanged).await?;
    let entry = Entry::by(&user, &ip);
    audit::record(&mut tx, AuditEvent::PasswordChanged, &entry).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(see_other("/account?notice=notice-password-changed"))
}

/// A label for a new token.
#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    token_name: String,
}

/// POST /account/tokens — shows the new token once.
pub async fn create_token(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let name = form.token_name.trim();
    if name.is_empty() {
        errors.add("token_name", "token-error-name-missing");
    } else if name.chars().count() > 80 {
        errors.add("token_name", "token-error-name-too-long");
    }
    if !errors.is_empty() {
        let view = account_page(&state, page, errors, None, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let mut tx = state.db.begin().await?;
    let token = store::create_token(&mut tx, user.id, name).await?;
    let entry = Entry::by(&user, &ip).detail(name);
    audit::record(&mut tx, AuditEvent::TokenCreated, &entry).await?;
    tx.commit().await?;
    render(&account_page(&state, page, FormErrors::default(), None, Some(token)).await?)
}

/// POST /account/tokens/{id}/revoke
pub async fn revoke_token(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::not_found())?;
    let mut tx = state.db.begin().await?;
    if store::delete_token(&mut tx, user.id, id).await? == 0 {
        return Err(AppError::not_found());
    }
    let entry = Entry::by(&user, &ip);
    audit::record(&mut tx, AuditEvent::TokenRevoked, &entry).await?;
    tx.commit().await?;
    Ok(see_other("/account?notice=notice-token-revoked"))
}

/// Confirmation of deletion.
#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    delete_password: String,
}

/// POST /account/delete — needs the password; removes the account and its sessions.
pub async fn delete_account(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    let stored = store::credentials_by_id(&state.db, user.id)
        .await?
        .map(|c| c.password_hash)
        .unwrap_or_default();
    let given = form.delete_password.clone();
    let ok = tokio::task::spawn_blocking(move || verify_password(&given, &stored))
        .await
        .map_err(AppError::internal)?;
    if !ok {
        let mut errors = FormErrors::default();
        errors.add("delete_password", "password-error-current-wrong");
        let view = account_page(&state, page, errors, None, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let mut tx = state.db.begin().await?;
    store::delete_user(&mut tx, user.id).await?;
    let entry = Entry {
        actor_email: Some(&user.email),
        subject: Some(&user.email),
        ip: Some(&ip),
        ..Default::default()
    };
    audit::record(&mut tx, AuditEvent::UserDeleted, &entry).await?;
    tx.commit().await?;
    let mut response = see_other("/?notice=notice-account-deleted");
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookies::clear(cookies::SESSION_COOKIE));
    Ok(response)
}
