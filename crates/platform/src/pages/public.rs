//! Public pages: home, Impressum, Datenschutz, the accessibility statement and its feedback form.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::accounts::model::Email;
use crate::error::AppResult;
use crate::site::{self, MAX_FEEDBACK_CHARS, SitePage};
use crate::state::AppState;
use crate::web::context::Page;
use crate::web::forms::FormErrors;
use crate::web::render::{render, render_status, see_other};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
}

/// GET /
pub async fn home(page: Page) -> AppResult<Response> {
    render(&HomePage { page })
}

#[derive(Template)]
#[template(path = "site_page.html")]
struct SitePageView {
    page: Page,
    title_key: &'static str,
    paragraphs: Vec<String>,
}

async fn site_page(state: &AppState, page: Page, which: SitePage) -> AppResult<Response> {
    let text = match site::page_text(&state.db, which, page.locale).await? {
        Some(text) => text,
        None => page.t(which.default_key()),
    };
    render(&SitePageView {
        page,
        title_key: which.title_key(),
        paragraphs: site::paragraphs(&text),
    })
}

/// GET /impressum
pub async fn impressum(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    site_page(&state, page, SitePage::Impressum).await
}

/// GET /datenschutz
pub async fn datenschutz(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    site_page(&state, page, SitePage::Datenschutz).await
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    page: Page,
    errors: FormErrors,
    form: FeedbackForm,
}

/// GET /barrierefreiheit
pub async fn accessibility(page: Page) -> AppResult<Response> {
    render(&AccessibilityPage {
        page,
        errors: FormErrors::default(),
        form: FeedbackForm::default(),
    })
}

/// A message about a barrier.
#[derive(Deserialize, Default, Clone)]
pub struct FeedbackForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    page_url: String,
    #[serde(default)]
    message: String,
}

/// POST /barrierefreiheit
pub async fn send_feedback(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<FeedbackForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let message = form.message.trim();
    if message.is_empty() {
        errors.add("message", "feedback-error-message-missing");
    } else if message.chars().count() > MAX_FEEDBACK_CHARS {
        errors.add("message", "feedback-error-message-too-long");
    }
    let email = form.email.trim();
    if !email.is_empty() {
        errors.check("email", Email::parse(email));
    }
    if form.name.chars().count() > 120 {
        errors.add("name", "name-error-too-long");
    }
    if form.page_url.chars().count() > 500 {
        errors.add("page_url", "feedback-error-url-too-long");
    }
    if !errors.is_empty() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &AccessibilityPage { page, errors, form },
        );
    }
    let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    site::save_feedback(
        &state.db,
        optional(&form.name).as_deref(),
        optional(email).as_deref(),
        optional(&form.page_url).as_deref(),
        message,
    )
    .await?;
    Ok(see_other("/barrierefreiheit?notice=notice-feedback-sent#main"))
}
