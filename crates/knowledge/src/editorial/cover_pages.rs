//! Uploading and removing an article's cover image (`/redaktion/beitraege/{id}/titelbild`), and
//! serving the images (`/magazin/bild/{id}/{file}`), which browsers may keep for good because a
//! new picture gets a new address.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{EditorUser, Page};
use weltoffen_platform::web::forms::FormErrors;
use weltoffen_platform::web::render::{render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use super::draft::DraftForm;
use super::pages::{EditPage, article, edit_view, editor_path, form_view};
use crate::cover::{self, CoverProblem, check_alt};
use crate::cover_store;

/// The routes of cover images.
pub fn routes() -> RouteTable {
    let mut upload = RouteTable::default().post("/redaktion/beitraege/{id}/titelbild", Access::Editor, upload);
    // Room for the largest accepted image and the form's other fields.
    upload.router = upload
        .router
        .layer(DefaultBodyLimit::max(cover::MAX_BYTES + 512 * 1024));
    RouteTable::default()
        .post("/redaktion/beitraege/{id}/titelbild/entfernen", Access::Editor, remove)
        .get("/magazin/bild/{id}/{file}", Access::Public, image)
        .merge(upload)
}

/// The upload form's parts.
#[derive(Default)]
struct Upload {
    file: Vec<u8>,
    too_large: bool,
    alt_de: String,
    alt_en: String,
}

async fn read(multipart: Result<Multipart, MultipartRejection>) -> Result<Upload, CoverProblem> {
    let mut multipart = multipart.map_err(|_| CoverProblem::NoFile)?;
    let mut upload = Upload::default();
    while let Some(mut field) = multipart.next_field().await.map_err(|_| CoverProblem::TooLarge)? {
        match field.name() {
            Some("cover_file") => {
                while let Some(chunk) = field.chunk().await.map_err(|_| CoverProblem::TooLarge)? {
                    if upload.file.len() + chunk.len() > cover::MAX_BYTES {
                        upload.too_large = true;
                    } else {
                        upload.file.extend_from_slice(&chunk);
                    }
                }
            }
            Some("cover_alt_de") => upload.alt_de = field.text().await.unwrap_or_default(),
            Some("cover_alt_en") => upload.alt_en = field.text().await.unwrap_or_default(),
            _ => {}
        }
    }
    Ok(upload)
}

/// POST /redaktion/beitraege/{id}/titelbild — a new cover with its alternative texts; a refused
/// upload comes back with the page, the texts kept and the problem named.
pub async fn upload(
    State(state): State<AppState>,
    page: Page,
    EditorUser(editor): EditorUser,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (row, draft) = article(&state, &id).await?;
    let upload = read(multipart).await;
    let typed = upload
        .as_ref()
        .map(|u| (u.alt_de.clone(), u.alt_en.clone()))
        .unwrap_or_default();
    let checked = match upload {
        Err(problem) => Err(problem),
        Ok(u) if u.too_large => Err(CoverProblem::TooLarge),
        Ok(u) => match check_alt(&u.alt_de, &u.alt_en) {
            Err(problem) if !u.file.is_empty() => Err(problem),
            // Without a file the missing file is the first thing to say.
            Err(_) => Err(CoverProblem::NoFile),
            Ok(alt) => {
                // Decoding and scaling take a while: off the async threads.
                let file = u.file;
                tokio::task::spawn_blocking(move || cover::process(&file))
                    .await
                    .map_err(AppError::internal)?
                    .map(|c| (c, alt))
            }
        },
    };
    let (processed, (alt_de, alt_en)) = match checked {
        Ok(done) => done,
        Err(problem) => {
            let v = form_view(
                &state,
                &page,
                DraftForm::of(&draft, row.revision),
                FormErrors::default(),
            )
            .await?;
            let mut e = edit_view(&state, &page, row, None, String::new()).await?;
            e.cover_error = Some(problem);
            e.cover_alt = typed;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &EditPage { page, e, v });
        }
    };
    let mut tx = state.db.begin().await?;
    cover_store::set(&mut tx, row.id, &processed, &alt_de, &alt_en, editor.id, now()).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?notice=notice-knowledge-cover-saved#cover-heading",
        editor_path(row.id)
    )))
}

/// POST /redaktion/beitraege/{id}/titelbild/entfernen
pub async fn remove(State(state): State<AppState>, _: EditorUser, Path(id): Path<String>) -> AppResult<Response> {
    let (row, _) = article(&state, &id).await?;
    let mut tx = state.db.begin().await?;
    cover_store::remove(&mut tx, row.id, now()).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?notice=notice-knowledge-cover-removed",
        editor_path(row.id)
    )))
}

/// GET /magazin/bild/{id}/{gross.jpg|klein.jpg}
pub async fn image(State(state): State<AppState>, Path((id, file)): Path<(String, String)>) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::not_found())?;
    let large = match file.as_str() {
        "gross.jpg" => true,
        "klein.jpg" => false,
        _ => return Err(AppError::not_found()),
    };
    let bytes = cover_store::file(&state.db, id, large)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        bytes,
    )
        .into_response())
}
