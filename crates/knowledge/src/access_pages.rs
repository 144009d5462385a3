//! The pages of access requests: `POST /magazin/{slug}/zugang` (a logged-in reader asks with a
//! reason; the editors get a mail) and `/redaktion/anfragen` (editors grant or decline; the reader
//! gets a mail).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;
use weltoffen_platform::accounts::store as accounts;
use weltoffen_platform::clock::{in_germany, now};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::mail::{self, MailKind};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{CurrentUser, EditorUser, Page};
use weltoffen_platform::web::render::{render, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use crate::access_requests::{self, RequestRow, RequestStatus, check_reason};
use crate::cache;
use crate::model::Access as ArticleAccess;

/// How many decided requests the editors' page shows.
const DECIDED_SHOWN: u64 = 50;

/// The routes of access requests.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .post("/magazin/{slug}/zugang", Access::Authenticated, ask)
        .get("/redaktion/anfragen", Access::Editor, list)
        .post("/redaktion/anfragen/{id}", Access::Editor, decide)
}

/// The request form.
#[derive(Debug, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    reason: String,
}

/// POST /magazin/{slug}/zugang — a request with a reason; a refused reason comes back with the page.
pub async fn ask(
    State(state): State<AppState>,
    page: Page,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    Form(form): Form<AskForm>,
) -> AppResult<Response> {
    let bundle = cache::article(&state, &slug).await?.ok_or_else(AppError::not_found)?;
    if ArticleAccess::parse(&bundle.row.access) != Some(ArticleAccess::OnRequest) {
        return Err(AppError::bad_request("knowledge-request-error-not-on-request"));
    }
    let reason = match check_reason(&form.reason) {
        Ok(reason) => reason,
        Err(key) => return crate::web::article_response(&state, page, &slug, Some((form.reason, key))).await,
    };
    let editors = accounts::editor_contacts(&state.db).await?;
    let mut tx = state.db.begin().await?;
    let asked = access_requests::ask(&mut tx, bundle.row.id, user.id, &reason, now()).await?;
    if asked {
        // Every editor hears of it, in the same transaction as the request.
        let link = format!("{}/redaktion/anfragen", state.settings.base_url.trim_end_matches('/'));
        let texts = [
            ("name", user.name.as_str()),
            ("title", bundle.row.title_de.as_str()),
            ("reason", reason.as_str()),
            ("link", link.as_str()),
        ];
        for (email, locale) in &editors {
            mail::enqueue(
                &mut tx,
                email,
                Locale::parse(locale).unwrap_or(Locale::De),
                &MailKind::Message {
                    subject: "mail-knowledge-request-new-subject",
                    body: "mail-knowledge-request-new-body",
                    texts: &texts,
                    numbers: &[],
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    let notice = if asked {
        "notice-knowledge-request-sent"
    } else {
        "notice-knowledge-request-exists"
    };
    Ok(see_other(&format!("/magazin/{slug}?notice={notice}")))
}

/// A request as the editors' page shows it.
pub struct RequestItem {
    /// The row.
    pub row: RequestRow,
    /// When asked, in words.
    pub asked: String,
    /// Fluent key of the status.
    pub status: &'static str,
}

#[derive(Template)]
#[template(path = "knowledge/editorial/requests.html")]
struct ListPage {
    page: Page,
    pending: Vec<RequestItem>,
    decided: Vec<RequestItem>,
}

fn item(row: RequestRow, locale: Locale) -> RequestItem {
    RequestItem {
        asked: format_date(locale, in_germany(row.created_at).date()),
        status: match RequestStatus::parse(&row.status) {
            Some(RequestStatus::Granted) => "knowledge-request-status-granted",
            Some(RequestStatus::Declined) => "knowledge-request-status-declined",
            _ => "knowledge-request-status-pending",
        },
        row,
    }
}

/// GET /redaktion/anfragen — waiting requests first, then the last decided ones.
pub async fn list(State(state): State<AppState>, page: Page, _: EditorUser) -> AppResult<Response> {
    let (pending, decided) = access_requests::for_editors(&state.db, DECIDED_SHOWN).await?;
    let locale = page.locale;
    render(&ListPage {
        pending: pending.into_iter().map(|r| item(r, locale)).collect(),
        decided: decided.into_iter().map(|r| item(r, locale)).collect(),
        page,
    })
}

/// The decision form.
#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
}

/// POST /redaktion/anfragen/{id} — grants or declines, and tells the reader by mail (in the same
/// transaction, through the outbox).
pub async fn decide(
    State(state): State<AppState>,
    EditorUser(editor): EditorUser,
    Path(id): Path<String>,
    Form(form): Form<DecideForm>,
) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::not_found())?;
    let to = match form.decision.as_str() {
        "grant" => RequestStatus::Granted,
        "decline" => RequestStatus::Declined,
        _ => return Err(AppError::bad_request("knowledge-request-error-decision")),
    };
    let request = access_requests::by_id(&state.db, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let mut tx = state.db.begin().await?;
    if !access_requests::decide(&mut tx, id, to, editor.id, now()).await? {
        drop(tx);
        return Ok(see_other(
            "/redaktion/anfragen?notice=notice-knowledge-request-decided-before",
        ));
    }
    let locale = Locale::parse(&request.user_locale).unwrap_or(Locale::De);
    let link = format!(
        "{}/magazin/{}",
        state.settings.base_url.trim_end_matches('/'),
        request.slug
    );
    let (subject, body) = match to {
        RequestStatus::Granted => (
            "mail-knowledge-request-granted-subject",
            "mail-knowledge-request-granted-body",
        ),
        _ => (
            "mail-knowledge-request-declined-subject",
            "mail-knowledge-request-declined-body",
        ),
    };
    let texts = [
        ("name", request.user_name.as_str()),
        ("title", request.title.as_str()),
        ("link", link.as_str()),
    ];
    mail::enqueue(
        &mut tx,
        &request.user_email,
        locale,
        &MailKind::Message {
            subject,
            body,
            texts: &texts,
            numbers: &[],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/redaktion/anfragen?notice=notice-knowledge-request-decided"))
}
