//! The editors' pages under `/redaktion`: every article by status, writing a new one, editing with
//! a check that nobody saved in between (a conflict is shown side by side, nothing is lost), the
//! workflow's steps with planned publication, a preview, and the history of versions with their
//! differences and a way back. For editors and admins only.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::clock::{in_germany, now};
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::fields::FIELD_IDS;
use weltoffen_platform::i18n::format_date;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{EditorUser, Page};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::diff::{DiffSection, diff};
use super::draft::{Draft, DraftForm};
use super::store::{self as editorial, EditorRow, RevisionRow, Saved};
use super::workflow::{ScheduleProblem, Transition, parse_local, publication_time};
use crate::model::{Access as ArticleAccess, ArticleType, Status};
use crate::store;
use crate::views::{ArticleView, BodyAccess, Card};

/// The editors' routes.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/redaktion", Access::Editor, list)
        .get("/redaktion/neu", Access::Editor, new_form)
        .post("/redaktion/neu", Access::Editor, create)
        .get("/redaktion/beitraege/{id}", Access::Editor, edit_page)
        .post("/redaktion/beitraege/{id}", Access::Editor, save)
        .post("/redaktion/beitraege/{id}/status", Access::Editor, change_status)
        .get("/redaktion/beitraege/{id}/vorschau", Access::Editor, preview)
        .get(
            "/redaktion/beitraege/{id}/versionen/{number}",
            Access::Editor,
            revision_page,
        )
        .post("/redaktion/beitraege/{id}/versionen/{number}", Access::Editor, restore)
        .merge(super::cover_pages::routes())
}

pub(crate) fn editor_path(id: Uuid) -> String {
    format!("/redaktion/beitraege/{id}")
}

fn status_of(code: &str) -> Status {
    Status::parse(code).unwrap_or(Status::Draft)
}

/// The Fluent key of a status's name; a publication in the future is "planned".
fn status_key(row: &EditorRow, at: OffsetDateTime) -> &'static str {
    match status_of(&row.status) {
        Status::Draft => "knowledge-status-draft",
        Status::Review => "knowledge-status-review",
        Status::Published if row.published_at.is_some_and(|p| p > at) => "knowledge-status-planned",
        Status::Published => "knowledge-status-published",
        Status::Archived => "knowledge-status-archived",
    }
}

fn parse_id(id: &str) -> AppResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::not_found())
}

// ---------------------------------------------------------------------------------------------
// The list

/// An article in the editors' list.
pub struct ListItem {
    /// Its row.
    pub row: EditorRow,
    /// Fluent key of its status.
    pub status: &'static str,
    /// Its type's name.
    pub kind: String,
    /// Last change in words.
    pub changed: String,
    /// Publication (or planned publication) in words.
    pub published: Option<String>,
}

#[derive(Template)]
#[template(path = "knowledge/editorial/list.html")]
struct ListPage {
    page: Page,
    /// Groups of the list: (status key, items).
    groups: Vec<(&'static str, Vec<ListItem>)>,
    /// Access requests waiting for a decision.
    pending_requests: i64,
}

impl ListPage {
    fn requests_link(&self) -> String {
        let count = usize::try_from(self.pending_requests).unwrap_or(0);
        self.page
            .locale
            .t_numbers("knowledge-requests-link", &[], &[("count", count)])
    }
}

/// GET /redaktion — every article, grouped by where it stands.
pub async fn list(State(state): State<AppState>, page: Page, _: EditorUser) -> AppResult<Response> {
    let at = now();
    let rows = editorial::list(&state.db).await?;
    let order = [
        "knowledge-status-review",
        "knowledge-status-draft",
        "knowledge-status-planned",
        "knowledge-status-published",
        "knowledge-status-archived",
    ];
    let mut groups: Vec<(&'static str, Vec<ListItem>)> = order.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        let status = status_key(&row, at);
        let item = ListItem {
            status,
            kind: page.t(&ArticleType::parse(&row.kind).map(|k| k.label_key()).unwrap_or_default()),
            changed: format_date(page.locale, in_germany(row.updated_at).date()),
            published: row.published_at.map(|p| date_time(&page, p)),
            row,
        };
        if let Some(group) = groups.iter_mut().find(|(k, _)| *k == status) {
            group.1.push(item);
        }
    }
    groups.retain(|(_, items)| !items.is_empty());
    let pending_requests = crate::access_requests::pending_count(&state.db).await?;
    render(&ListPage {
        page,
        groups,
        pending_requests,
    })
}

fn date_time(page: &Page, at: OffsetDateTime) -> String {
    let local = in_germany(at);
    format!(
        "{}, {:02}:{:02}",
        format_date(page.locale, local.date()),
        local.hour(),
        local.minute()
    )
}

// ---------------------------------------------------------------------------------------------
// The form

/// A choice in the form.
pub struct Choice {
    /// The value sent.
    pub value: String,
    /// Its name.
    pub label: String,
    /// Whether it is chosen.
    pub checked: bool,
}

/// What the form offers and shows.
pub struct FormView {
    /// As typed.
    pub form: DraftForm,
    /// Errors by input id.
    pub errors: FormErrors,
    /// Types.
    pub kinds: Vec<Choice>,
    /// Access levels.
    pub access: Vec<Choice>,
    /// Fields of action.
    pub fields: Vec<Choice>,
    /// Municipality types.
    pub applies_to: Vec<Choice>,
    /// Authors.
    pub authors: Vec<Choice>,
}

impl FormView {
    /// The error message for an input.
    pub fn error(&self, id: &str) -> Option<&'static str> {
        self.errors.for_field(id)
    }
}

pub(crate) async fn form_view(
    state: &AppState,
    page: &Page,
    form: DraftForm,
    errors: FormErrors,
) -> AppResult<FormView> {
    let authors = store::all_authors(&state.db).await?;
    let choice = |value: &str, label: String, chosen: &[String]| Choice {
        value: value.to_owned(),
        label,
        checked: chosen.iter().any(|c| c == value),
    };
    Ok(FormView {
        kinds: ArticleType::ALL
            .iter()
            .map(|k| choice(k.code(), page.t(&k.label_key()), std::slice::from_ref(&form.kind)))
            .collect(),
        access: ArticleAccess::ALL
            .iter()
            .map(|a| {
                let key = format!("knowledge-editor-access-{}", a.code().replace('_', "-"));
                choice(a.code(), page.t(&key), std::slice::from_ref(&form.access))
            })
            .collect(),
        fields: FIELD_IDS
            .iter()
            .map(|f| choice(f, page.t(&crate::web::field_key(f)), &form.fields))
            .collect(),
        applies_to: MunicipalityType::ALL
            .iter()
            .map(|t| choice(t.as_str(), page.t(t.label_key()), &form.applies_to))
            .collect(),
        authors: authors
            .iter()
            .map(|a| choice(&a.id, a.name.clone(), &form.authors))
            .collect(),
        form,
        errors,
    })
}

#[derive(Template)]
#[template(path = "knowledge/editorial/new.html")]
struct NewPage {
    page: Page,
    v: FormView,
}

/// GET /redaktion/neu
pub async fn new_form(State(state): State<AppState>, page: Page, _: EditorUser) -> AppResult<Response> {
    let form = DraftForm {
        access: ArticleAccess::Public.code().to_owned(),
        applies_to: MunicipalityType::ALL.iter().map(|t| t.as_str().to_owned()).collect(),
        ..DraftForm::default()
    };
    let v = form_view(&state, &page, form, FormErrors::default()).await?;
    render(&NewPage { page, v })
}

/// POST /redaktion/neu — a new draft, or the form again with what was typed and why not.
pub async fn create(
    State(state): State<AppState>,
    page: Page,
    EditorUser(editor): EditorUser,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let by = editor.id;
    let form = DraftForm::from_pairs(&pairs);
    let slugs = store::all_slugs(&state.db).await?;
    let authors = store::author_ids(&state.db).await?;
    let mut errors = FormErrors::default();
    form.check_slug(&slugs, &mut errors);
    let draft = match form.check(&authors, &slugs) {
        Ok(draft) if errors.is_empty() => draft,
        Ok(_) => Draft::default(),
        Err(more) => {
            errors.list.extend(more.list);
            Draft::default()
        }
    };
    if !errors.is_empty() {
        let v = form_view(&state, &page, form, errors).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &NewPage { page, v });
    }
    let mut tx = state.db.begin().await?;
    let id = editorial::create(&mut tx, &form.slug, &draft, form.note.trim(), by, now()).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?notice=notice-knowledge-editor-created",
        editor_path(id)
    )))
}

// ---------------------------------------------------------------------------------------------
// Editing

/// A step the status panel offers.
pub struct TransitionView {
    /// Its code.
    pub code: &'static str,
    /// The button's Fluent key.
    pub label: String,
}

/// A kept version in the history.
pub struct RevisionItem {
    /// Its number.
    pub number: i64,
    /// When, in words.
    pub when: String,
    /// Who.
    pub author: Option<String>,
    /// Why.
    pub note: String,
}

/// Everything the edit page shows besides the form.
pub struct EditView {
    /// The article.
    pub row: EditorRow,
    /// Fluent key of its status.
    pub status: &'static str,
    /// Its publication (or planned publication) in words.
    pub published: Option<String>,
    /// The steps open from its status.
    pub transitions: Vec<TransitionView>,
    /// Error of the last status step.
    pub status_error: Option<&'static str>,
    /// The planned time as typed.
    pub planned: String,
    /// Kept versions, newest first.
    pub revisions: Vec<RevisionItem>,
    /// The cover image, if there is one.
    pub cover: Option<crate::cover_store::CoverRow>,
    /// Why the last upload was refused.
    pub cover_error: Option<crate::cover::CoverProblem>,
    /// The alternative texts as typed with a refused upload.
    pub cover_alt: (String, String),
}

impl EditView {
    /// The Fluent key of an upload problem for `field`.
    pub fn cover_error_for(&self, field: &str) -> Option<&'static str> {
        self.cover_error.filter(|p| p.field() == field).map(|p| p.message_key())
    }
}

/// The edit page.
#[derive(Template)]
#[template(path = "knowledge/editorial/edit.html")]
pub(crate) struct EditPage {
    pub(crate) page: Page,
    pub(crate) e: EditView,
    pub(crate) v: FormView,
}

#[derive(Template)]
#[template(path = "knowledge/editorial/conflict.html")]
struct ConflictPage {
    page: Page,
    e: EditView,
    v: FormView,
    theirs: Draft,
    mine: Draft,
    changes: Vec<DiffSection>,
}

/// Everything the edit page shows besides the form.
pub(crate) async fn edit_view(
    state: &AppState,
    page: &Page,
    row: EditorRow,
    status_error: Option<&'static str>,
    planned: String,
) -> AppResult<EditView> {
    let at = now();
    let revisions = editorial::revisions(&state.db, row.id)
        .await?
        .into_iter()
        .map(|r| RevisionItem {
            number: r.number,
            when: date_time(page, r.created_at),
            author: r.author,
            note: r.note,
        })
        .collect();
    let transitions = Transition::open_from(status_of(&row.status))
        .into_iter()
        .map(|t| TransitionView {
            code: t.code(),
            label: page.t(&format!("knowledge-transition-{}", t.code().replace('_', "-"))),
        })
        .collect();
    let cover = crate::cover_store::of_article(&state.db, row.id).await?;
    let cover_alt = cover
        .as_ref()
        .map(|c| (c.alt_de.clone(), c.alt_en.clone()))
        .unwrap_or_default();
    Ok(EditView {
        cover,
        cover_error: None,
        cover_alt,
        status: status_key(&row, at),
        published: row.published_at.map(|p| date_time(page, p)),
        transitions,
        status_error,
        planned,
        revisions,
        row,
    })
}

pub(crate) async fn article(state: &AppState, id: &str) -> AppResult<(EditorRow, Draft)> {
    let id = parse_id(id)?;
    let row = editorial::row(&state.db, id).await?.ok_or_else(AppError::not_found)?;
    let draft = editorial::current_draft(&state.db, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((row, draft))
}

/// GET /redaktion/beitraege/{id}
pub async fn edit_page(
    State(state): State<AppState>,
    page: Page,
    _: EditorUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (row, draft) = article(&state, &id).await?;
    let form = DraftForm::of(&draft, row.revision);
    let v = form_view(&state, &page, form, FormErrors::default()).await?;
    let e = edit_view(&state, &page, row, None, String::new()).await?;
    render(&EditPage { page, e, v })
}

/// POST /redaktion/beitraege/{id} — saves a new version if nobody saved since the editor began;
/// otherwise shows both versions side by side with the editor's text still in the form.
pub async fn save(
    State(state): State<AppState>,
    page: Page,
    EditorUser(editor): EditorUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = DraftForm::from_pairs(&pairs);
    save_form(state, page, editor.id, id, form, None).await
}

async fn save_form(
    state: AppState,
    page: Page,
    by: Uuid,
    id: String,
    form: DraftForm,
    restored: Option<i64>,
) -> AppResult<Response> {
    let (row, current) = article(&state, &id).await?;
    let slugs: Vec<String> = store::all_slugs(&state.db)
        .await?
        .into_iter()
        .filter(|s| *s != row.slug)
        .collect();
    let authors = store::author_ids(&state.db).await?;
    let draft = match form.check(&authors, &slugs) {
        Ok(draft) => draft,
        Err(errors) => {
            let v = form_view(&state, &page, form, errors).await?;
            let e = edit_view(&state, &page, row, None, String::new()).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &EditPage { page, e, v });
        }
    };
    let note = match restored {
        Some(n) if form.note.trim().is_empty() => page.locale.t_numbers(
            "knowledge-editor-restored-note",
            &[],
            &[("number", usize::try_from(n).unwrap_or(0))],
        ),
        _ => form.note.trim().to_owned(),
    };
    let mut tx = state.db.begin().await?;
    let saved = editorial::save(
        &mut tx,
        row.id,
        &row.slug,
        form.base_revision,
        &current,
        &draft,
        &note,
        by,
        now(),
    )
    .await?;
    match saved {
        Saved::As(_) => {
            tx.commit().await?;
            Ok(see_other(&format!(
                "{}?notice=notice-knowledge-editor-saved",
                editor_path(row.id)
            )))
        }
        Saved::Stale => {
            drop(tx);
            // Someone saved in between: both versions side by side; the form keeps this editor's
            // text and now starts from the newest version, so saving again is a deliberate choice.
            let changes = diff(&current, &draft);
            let mut again = form;
            again.base_revision = row.revision;
            let v = form_view(&state, &page, again, FormErrors::default()).await?;
            let e = edit_view(&state, &page, row, None, String::new()).await?;
            render_status(
                StatusCode::CONFLICT,
                &ConflictPage {
                    page,
                    e,
                    v,
                    theirs: current,
                    mine: draft,
                    changes,
                },
            )
        }
    }
}

/// POST /redaktion/beitraege/{id}/status — one step of the workflow; publishing may name a time.
pub async fn change_status(
    State(state): State<AppState>,
    page: Page,
    _: EditorUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (row, draft) = article(&state, &id).await?;
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let transition = Transition::parse(value("transition"))
        .ok_or_else(|| AppError::bad_request("knowledge-editor-error-transition"))?;
    let planned_text = value("planned").to_owned();
    let refuse = |key: &'static str| (key, planned_text.clone());
    let at = now();
    let outcome: Result<Option<OffsetDateTime>, (&'static str, String)> = if transition.from() != status_of(&row.status)
    {
        Err(refuse("knowledge-editor-error-status-moved"))
    } else if transition == Transition::Publish {
        match parse_local(&planned_text).and_then(|p| publication_time(p, at)) {
            Ok(t) => Ok(Some(t)),
            Err(ScheduleProblem::Unreadable) => Err(refuse("knowledge-editor-error-planned-unreadable")),
            Err(ScheduleProblem::InThePast) => Err(refuse("knowledge-editor-error-planned-past")),
        }
    } else {
        Ok(None)
    };
    let published_at = match outcome {
        Ok(p) => p,
        Err((key, planned)) => return status_refused(&state, page, row, draft, key, planned).await,
    };
    let mut tx = state.db.begin().await?;
    if !editorial::set_status(&mut tx, row.id, transition.from(), transition.to(), published_at, at).await? {
        drop(tx);
        return status_refused(
            &state,
            page,
            row,
            draft,
            "knowledge-editor-error-status-moved",
            planned_text,
        )
        .await;
    }
    tx.commit().await?;
    let notice = match (transition, published_at) {
        (Transition::Publish, Some(p)) if p > at => "notice-knowledge-editor-planned",
        (Transition::Publish, _) => "notice-knowledge-editor-published",
        _ => "notice-knowledge-editor-status",
    };
    Ok(see_other(&format!("{}?notice={notice}", editor_path(row.id))))
}

async fn status_refused(
    state: &AppState,
    page: Page,
    row: EditorRow,
    draft: Draft,
    key: &'static str,
    planned: String,
) -> AppResult<Response> {
    let form = DraftForm::of(&draft, row.revision);
    let v = form_view(state, &page, form, FormErrors::default()).await?;
    let e = edit_view(state, &page, row, Some(key), planned).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &EditPage { page, e, v })
}

// ---------------------------------------------------------------------------------------------
// Preview and history

#[derive(Template)]
#[template(path = "knowledge/article.html")]
struct PreviewPage {
    page: Page,
    a: ArticleView,
    access: BodyAccess,
    fields: Vec<String>,
    related: Vec<Card>,
    preview: Option<String>,
    request: Option<crate::web::RequestView>,
    cover: Option<crate::views::CoverView>,
    og_image: Option<String>,
}

/// GET /redaktion/beitraege/{id}/vorschau — the article as readers would see it, whatever its status.
pub async fn preview(
    State(state): State<AppState>,
    page: Page,
    _: EditorUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let row = editorial::row(&state.db, id).await?.ok_or_else(AppError::not_found)?;
    let article = store::article_by_id(&state.db, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let authors = store::authors_of(&state.db, id).await?;
    let mut fields = store::fields_of(&state.db, id).await?;
    fields.sort_by_key(|f| FIELD_IDS.iter().position(|x| x == f));
    let related = store::related_of(&state.db, id, now())
        .await?
        .iter()
        .map(|r| Card::new(r, page.locale))
        .collect();
    let status = page.t(status_key(&row, now()));
    let a = ArticleView::new(article, &authors, page.locale);
    let cover = crate::cover_store::of_article(&state.db, id)
        .await?
        .map(|c| crate::views::CoverView::new(&c, page.locale));
    render(&PreviewPage {
        preview: Some(page.t1("knowledge-editor-preview-banner", "status", &status)),
        page,
        a,
        access: BodyAccess::Full,
        fields,
        related,
        request: None,
        cover,
        og_image: None,
    })
}

#[derive(Template)]
#[template(path = "knowledge/editorial/revision.html")]
struct RevisionPage {
    page: Page,
    row: EditorRow,
    number: i64,
    when: String,
    author: Option<String>,
    note: String,
    previous: Option<i64>,
    changes: Vec<DiffSection>,
    current: bool,
}

async fn revision_of(state: &AppState, id: Uuid, number: i64) -> AppResult<(Vec<RevisionRow>, usize)> {
    let revisions = editorial::revisions(&state.db, id).await?;
    let at = revisions
        .iter()
        .position(|r| r.number == number)
        .ok_or_else(AppError::not_found)?;
    Ok((revisions, at))
}

/// GET /redaktion/beitraege/{id}/versionen/{number} — what this version changed against the one before.
pub async fn revision_page(
    State(state): State<AppState>,
    page: Page,
    _: EditorUser,
    Path((id, number)): Path<(String, i64)>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let row = editorial::row(&state.db, id).await?.ok_or_else(AppError::not_found)?;
    let (revisions, at) = revision_of(&state, id, number).await?;
    let this = &revisions[at];
    let draft = this
        .draft()
        .ok_or_else(|| AppError::internal("a kept version is not readable"))?;
    // Newest first: the one before is the next in the list.
    let before = revisions.get(at + 1);
    let changes = match before.and_then(RevisionRow::draft) {
        Some(previous) => diff(&previous, &draft),
        None => diff(&Draft::default(), &draft),
    };
    render(&RevisionPage {
        when: date_time(&page, this.created_at),
        author: this.author.clone(),
        note: this.note.clone(),
        previous: before.map(|b| b.number),
        current: this.number == row.revision,
        number,
        changes,
        row,
        page,
    })
}

/// POST /redaktion/beitraege/{id}/versionen/{number} — saves that version's content as the newest
/// (again checked against a save in between).
pub async fn restore(
    State(state): State<AppState>,
    page: Page,
    EditorUser(editor): EditorUser,
    Path((id, number)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let uuid = parse_id(&id)?;
    let (revisions, at) = revision_of(&state, uuid, number).await?;
    let draft = revisions[at]
        .draft()
        .ok_or_else(|| AppError::internal("a kept version is not readable"))?;
    let base = pairs
        .iter()
        .find(|(n, _)| n == "revision")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(-1);
    let form = DraftForm::of(&draft, base);
    save_form(state, page, editor.id, id, form, Some(number)).await
}
