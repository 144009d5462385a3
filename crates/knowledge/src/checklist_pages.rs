//! A municipality's checklists: `/m/{ags}/checklisten` lists the magazine's checklists with the
//! municipality's progress, `/m/{ags}/checklisten/{slug}` is the page on which members tick steps,
//! note what was done and name who is responsible. Plain forms, printable.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::i18n::{Locale, format_date};
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::{Page, Tenant};
use weltoffen_platform::web::render::{render, render_status, see_other};
use weltoffen_platform::web::table::{Access, RouteTable};

use crate::checklist::{self, EntryError, StepEntry, percent_done};
use crate::content::Step;
use crate::model::ArticleType;
use crate::store::{self, ArticleRow, ChecklistStepRow};

/// The checklist pages with their declared access.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/m/{ags}/checklisten", Access::Member, list)
        .get("/m/{ags}/checklisten/{slug}", Access::Member, work_page)
        .post("/m/{ags}/checklisten/{slug}", Access::Member, save)
}

/// A checklist in the list, with the municipality's progress.
pub struct ChecklistSummary {
    /// Slug.
    pub slug: String,
    /// Title in the shown language.
    pub title: String,
    /// Language of the title.
    pub lang: &'static str,
    /// Steps done.
    pub done: usize,
    /// Steps in all.
    pub total: usize,
}

#[derive(Template)]
#[template(path = "knowledge/checklists.html")]
struct ListPage {
    page: Page,
    ags: String,
    municipality: String,
    checklists: Vec<ChecklistSummary>,
}

impl ListPage {
    fn progress(&self, c: &ChecklistSummary) -> String {
        self.page.locale.t_numbers(
            "knowledge-checklist-progress",
            &[],
            &[
                ("done", c.done),
                ("total", c.total),
                ("percent", percent_done(c.done, c.total)),
            ],
        )
    }
}

/// GET /m/{ags}/checklisten — the published checklists with the municipality's progress (two queries).
pub async fn list(State(state): State<AppState>, page: Page, tenant: Tenant) -> AppResult<Response> {
    let rows = store::published_checklists(&state.db, now()).await?;
    let mut done: HashMap<Uuid, Vec<String>> = HashMap::new();
    for (article, step) in store::done_steps(&state.db, tenant.municipality.id).await? {
        done.entry(article).or_default().push(step);
    }
    let checklists = rows
        .into_iter()
        .map(|r| {
            let steps: Vec<Step> = serde_json::from_str(&r.steps_de).unwrap_or_default();
            let ticked = done
                .get(&r.id)
                .map_or(0, |d| steps.iter().filter(|s| d.contains(&s.id)).count());
            let english = page.locale == Locale::En && r.title_en.is_some();
            ChecklistSummary {
                slug: r.slug,
                title: if english {
                    r.title_en.unwrap_or_default()
                } else {
                    r.title_de
                },
                lang: if english { "en" } else { "de" },
                done: ticked,
                total: steps.len(),
            }
        })
        .collect();
    render(&ListPage {
        page,
        ags: tenant.municipality.ags.clone(),
        municipality: tenant.municipality.name.clone(),
        checklists,
    })
}

/// A step on the work page: the article's text and the municipality's record.
pub struct StepView {
    /// The step.
    pub step: Step,
    /// Position, from 1.
    pub number: usize,
    /// The record (as saved, or as sent back with errors).
    pub entry: StepEntry,
    /// When it was last changed, in words.
    pub changed: Option<String>,
}

#[derive(Template)]
#[template(path = "knowledge/checklist.html")]
struct WorkPage {
    page: Page,
    ags: String,
    municipality: String,
    slug: String,
    title: String,
    lang: &'static str,
    steps: Vec<StepView>,
    errors: Vec<EntryError>,
}

impl WorkPage {
    fn progress(&self) -> String {
        let done = self.steps.iter().filter(|s| s.entry.done).count();
        let total = self.steps.len();
        self.page.locale.t_numbers(
            "knowledge-checklist-progress",
            &[],
            &[("done", done), ("total", total), ("percent", percent_done(done, total))],
        )
    }
    fn error_for(&self, field: &str) -> Option<&'static str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.key)
    }
}

/// The published checklist `slug`, or 404 (also for an article that is no checklist).
async fn checklist(state: &AppState, slug: &str) -> AppResult<ArticleRow> {
    store::published_by_slug(&state.db, slug, now())
        .await?
        .filter(|a| a.kind == ArticleType::Checkliste.code())
        .ok_or_else(AppError::not_found)
}

/// The steps in the reader's language: the English text where there is one, with the German ids.
fn steps_of(article: &ArticleRow, locale: Locale) -> (Vec<Step>, &'static str) {
    let german: Vec<Step> = serde_json::from_str(&article.steps_de).unwrap_or_default();
    if locale == Locale::En
        && let Some(en) = article.steps_en.as_deref()
    {
        let english: Vec<Step> = serde_json::from_str(en).unwrap_or_default();
        if english.len() == german.len() {
            return (english, "en");
        }
    }
    (german, "de")
}

fn work_page_of(
    page: Page,
    tenant: &Tenant,
    article: &ArticleRow,
    entries: &HashMap<String, (StepEntry, Option<String>)>,
    errors: Vec<EntryError>,
) -> WorkPage {
    let (steps, lang) = steps_of(article, page.locale);
    let english = lang == "en";
    let steps = steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let (entry, changed) = entries.get(&step.id).cloned().unwrap_or_else(|| {
                (
                    StepEntry {
                        step_id: step.id.clone(),
                        ..StepEntry::default()
                    },
                    None,
                )
            });
            StepView {
                step,
                number: i + 1,
                entry,
                changed,
            }
        })
        .collect();
    WorkPage {
        ags: tenant.municipality.ags.clone(),
        municipality: tenant.municipality.name.clone(),
        slug: article.slug.clone(),
        title: if english {
            article.title_en.clone().unwrap_or_default()
        } else {
            article.title_de.clone()
        },
        lang,
        steps,
        errors,
        page,
    }
}

fn saved_entries(rows: Vec<ChecklistStepRow>, locale: Locale) -> HashMap<String, (StepEntry, Option<String>)> {
    rows.into_iter()
        .map(|r| {
            let changed = format_date(locale, weltoffen_platform::clock::in_germany(r.updated_at).date());
            (
                r.step_id.clone(),
                (
                    StepEntry {
                        step_id: r.step_id,
                        done: r.done,
                        note: r.note,
                        responsible: r.responsible,
                    },
                    Some(changed),
                ),
            )
        })
        .collect()
}

/// GET /m/{ags}/checklisten/{slug} — the municipality's work on one checklist (two queries).
pub async fn work_page(
    State(state): State<AppState>,
    page: Page,
    tenant: Tenant,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let article = checklist(&state, &slug).await?;
    let rows = store::checklist_steps(&state.db, tenant.municipality.id, article.id).await?;
    let entries = saved_entries(rows, page.locale);
    render(&work_page_of(page, &tenant, &article, &entries, Vec::new()))
}

/// POST /m/{ags}/checklisten/{slug} — saves every step at once; with an error, nothing is saved
/// and the page comes back with what was typed.
pub async fn save(
    State(state): State<AppState>,
    page: Page,
    tenant: Tenant,
    Path((_, slug)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let article = checklist(&state, &slug).await?;
    let german: Vec<Step> = serde_json::from_str(&article.steps_de).unwrap_or_default();
    match checklist::parse_form(&german, &pairs) {
        Ok(entries) => {
            store::save_checklist(
                &state.db,
                tenant.municipality.id,
                article.id,
                tenant.user.id,
                &entries,
                now(),
            )
            .await?;
            Ok(see_other(&format!(
                "/m/{}/checklisten/{}?notice=notice-knowledge-checklist-saved",
                tenant.municipality.ags, article.slug
            )))
        }
        Err(errors) => {
            // Send back what was typed, so nothing is lost while the error is fixed.
            let typed = german
                .iter()
                .map(|s| {
                    let value = |kind: &str| {
                        pairs
                            .iter()
                            .find(|(k, _)| *k == format!("{kind}-{}", s.id))
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    };
                    let entry = StepEntry {
                        step_id: s.id.clone(),
                        done: value("done") == "on",
                        note: value("note"),
                        responsible: value("responsible"),
                    };
                    (s.id.clone(), (entry, None))
                })
                .collect();
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &work_page_of(page, &tenant, &article, &typed, errors),
            )
        }
    }
}
