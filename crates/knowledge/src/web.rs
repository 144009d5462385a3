//! The magazine's pages: `/magazin` (home by field), `/magazin/feld/{field}` (one field, filtered
//! by type) and `/magazin/{slug}` (an article). Plain GET pages, readable without JavaScript.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::fields::{FIELD_IDS, is_field};
use weltoffen_platform::recommendations;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::Page;
use weltoffen_platform::web::render::{render, render_status};
use weltoffen_platform::web::table::{Access, RouteTable};

use crate::access_requests::{self, RequestStatus};
use crate::cache;
use crate::feeds::{self, FeedEntry};
use crate::model::ArticleType;
use crate::views::{ArticleView, BodyAccess, Card};

/// The fields of action, for the templates' field navigation.
pub const FIELD_LINKS: &[&str] = &FIELD_IDS;

/// The Fluent key of a field's title.
pub fn field_key(field: &str) -> String {
    format!("knowledge-field-{field}")
}

/// The field of action named in a path; 404 for any other.
fn known_field(field: &str) -> AppResult<&'static str> {
    FIELD_IDS
        .into_iter()
        .find(|f| *f == field)
        .ok_or_else(AppError::not_found)
}

/// How many articles of each field the magazine's home shows.
const HOME_CARDS_PER_FIELD: usize = 3;

/// The magazine's routes with their declared access.
pub fn routes() -> RouteTable {
    RouteTable::default()
        .get("/magazin", Access::Public, home)
        .get("/magazin/feld/{field}", Access::Public, field_page)
        .get("/magazin/feld/{field}/atom.xml", Access::Public, field_feed)
        .get("/magazin/suche", Access::Public, crate::search_pages::search_page)
        .get("/magazin/{slug}", Access::Public, article_page)
        .get("/sitemap.xml", Access::Public, sitemap)
        .merge(crate::checklist_pages::routes())
        .merge(crate::editorial::pages::routes())
        .merge(crate::access_pages::routes())
}

/// The newest articles of one field on the home page.
pub struct FieldSection {
    /// Field id.
    pub field: &'static str,
    /// Its newest articles.
    pub cards: Vec<Card>,
}

/// Articles recommended to the reader's municipality.
pub struct Recommended {
    /// The municipality's name.
    pub municipality: String,
    /// The names of the fields they were chosen for.
    pub fields: String,
    /// The articles.
    pub cards: Vec<Card>,
}

#[derive(Template)]
#[template(path = "knowledge/home.html")]
struct HomePage {
    page: Page,
    recommended: Option<Recommended>,
    sections: Vec<FieldSection>,
}

/// GET /magazin — the newest articles of each field of action (no query while the catalog is kept).
pub async fn home(State(state): State<AppState>, page: Page) -> AppResult<Response> {
    let catalog = cache::catalog(&state).await?;
    // An article of several fields appears in each; rows are newest first.
    let sections = FIELD_IDS
        .iter()
        .map(|field| FieldSection {
            field,
            cards: catalog
                .in_field(field)
                .take(HOME_CARDS_PER_FIELD)
                .map(|r| Card::new(r, page.locale))
                .collect(),
        })
        .filter(|s| !s.cards.is_empty())
        .collect();
    let recommended = recommended(&state, &page, &catalog).await?;
    render(&HomePage {
        page,
        recommended,
        sections,
    })
}

/// "Für Ihre Kommune empfohlen": for a member, the published articles linked to the weakest fields
/// of the municipality's last Selbstcheck.
async fn recommended(state: &AppState, page: &Page, catalog: &cache::Catalog) -> AppResult<Option<Recommended>> {
    let Some(membership) = page.active_membership() else {
        return Ok(None);
    };
    let Some(recommendation) = recommendations::for_municipality(state, &membership.municipality).await? else {
        return Ok(None);
    };
    let cards: Vec<Card> = recommendation
        .articles
        .iter()
        .filter_map(|slug| catalog.by_slug(slug))
        .map(|r| Card::new(r, page.locale))
        .collect();
    if cards.is_empty() {
        return Ok(None);
    }
    let fields: Vec<String> = recommendation
        .fields
        .iter()
        .filter(|f| is_field(f))
        .map(|f| page.t(&field_key(f)))
        .collect();
    Ok(Some(Recommended {
        municipality: membership.name.clone(),
        fields: fields.join(&page.t("knowledge-list-and")),
        cards,
    }))
}

/// The field page's filter.
#[derive(Debug, Default, Deserialize)]
pub struct FieldQuery {
    #[serde(default)]
    typ: String,
}

#[derive(Template)]
#[template(path = "knowledge/field.html")]
struct FieldPage {
    page: Page,
    field: &'static str,
    /// (code, name, selected) of every type.
    types: Vec<(&'static str, String, bool)>,
    cards: Vec<Card>,
}

impl FieldPage {
    fn title(&self) -> String {
        self.page.t(&field_key(self.field))
    }
    fn count(&self) -> String {
        self.page
            .locale
            .t_numbers("knowledge-field-count", &[], &[("count", self.cards.len())])
    }
}

/// GET /magazin/feld/{field}?typ= — every article of a field, optionally of one type.
pub async fn field_page(
    State(state): State<AppState>,
    page: Page,
    Path(field): Path<String>,
    Query(query): Query<FieldQuery>,
) -> AppResult<Response> {
    let field = known_field(&field)?;
    let kind = match query.typ.as_str() {
        "" => None,
        code => Some(ArticleType::parse(code).ok_or_else(|| AppError::bad_request("knowledge-error-type"))?),
    };
    let catalog = cache::catalog(&state).await?;
    let cards = catalog
        .in_field(field)
        .filter(|r| kind.is_none_or(|k| r.kind == k.code()))
        .map(|r| Card::new(r, page.locale))
        .collect();
    let types = ArticleType::ALL
        .into_iter()
        .map(|t| (t.code(), page.t(&t.label_key()), Some(t) == kind))
        .collect();
    render(&FieldPage {
        page,
        field,
        types,
        cards,
    })
}

/// The request form of an article *auf Anfrage* for a reader who may not read it yet.
pub struct RequestView {
    /// Whether the reader is logged in (otherwise the page asks them to).
    pub logged_in: bool,
    /// Their request so far.
    pub status: Option<RequestStatus>,
    /// The reason as typed (after a refusal of the form).
    pub reason: String,
    /// Why the form was refused.
    pub error: Option<&'static str>,
}

impl RequestView {
    /// True while the request waits for the editors.
    pub fn pending(&self) -> bool {
        self.status == Some(RequestStatus::Pending)
    }
    /// True when the last request was declined.
    pub fn declined(&self) -> bool {
        self.status == Some(RequestStatus::Declined)
    }
}

#[derive(Template)]
#[template(path = "knowledge/article.html")]
struct ArticlePage {
    page: Page,
    a: ArticleView,
    access: BodyAccess,
    fields: Vec<String>,
    related: Vec<Card>,
    /// The editors' preview banner (never on the public page).
    preview: Option<String>,
    /// The request form, for an article on request the reader may not read yet.
    request: Option<RequestView>,
    /// The cover image.
    cover: Option<crate::views::CoverView>,
    /// The cover's absolute address, for link previews (OpenGraph).
    og_image: Option<String>,
}

/// GET /magazin/{slug} — a published article (no query while it is kept, except whether a reader
/// was granted an article on request).
pub async fn article_page(State(state): State<AppState>, page: Page, Path(slug): Path<String>) -> AppResult<Response> {
    article_response(&state, page, &slug, None).await
}

/// The article page; `refused` carries a request form sent back with its reason and problem.
pub async fn article_response(
    state: &AppState,
    page: Page,
    slug: &str,
    refused: Option<(String, &'static str)>,
) -> AppResult<Response> {
    let bundle = cache::article(state, slug).await?.ok_or_else(AppError::not_found)?;
    let mut fields: Vec<String> = bundle.fields.iter().filter(|f| is_field(f)).cloned().collect();
    fields.sort_by_key(|f| FIELD_IDS.iter().position(|x| x == f));
    let related = bundle.related.iter().map(|r| Card::new(r, page.locale)).collect();
    let user = page.user.as_deref();
    let level = crate::model::Access::parse(&bundle.row.access).unwrap_or(crate::model::Access::Members);
    let (access, status) = access_requests::reader_access(&state.db, bundle.row.id, level, user).await?;
    let request = (access == BodyAccess::OnRequest).then(|| {
        let (reason, error) = refused.clone().map_or((String::new(), None), |(r, e)| (r, Some(e)));
        RequestView {
            logged_in: user.is_some(),
            status,
            reason,
            error,
        }
    });
    let a = ArticleView::new(bundle.row.clone(), &bundle.authors, page.locale);
    let cover = bundle
        .cover
        .as_ref()
        .map(|c| crate::views::CoverView::new(c, page.locale));
    let og_image = cover
        .as_ref()
        .map(|c| format!("{}{}", state.settings.base_url.trim_end_matches('/'), c.large));
    let template = ArticlePage {
        cover,
        og_image,
        page,
        a,
        access,
        fields,
        related,
        preview: None,
        request,
    };
    if refused.is_some() {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &template)
    } else {
        render(&template)
    }
}

/// GET /magazin/feld/{field}/atom.xml — the field's articles as an Atom feed, in the request's
/// language (German unless the reader asks for English).
pub async fn field_feed(State(state): State<AppState>, page: Page, Path(field): Path<String>) -> AppResult<Response> {
    let field = known_field(&field)?;
    let base = state.settings.base_url.trim_end_matches('/');
    let catalog = cache::catalog(&state).await?;
    let entries: Vec<FeedEntry> = catalog
        .in_field(field)
        .map(|r| {
            let card = Card::new(r, page.locale);
            FeedEntry {
                url: format!("{base}{}", card.path()),
                title: card.title,
                summary: card.teaser,
                published: r.published_at,
                updated: r.updated_at,
            }
        })
        .collect();
    let title = page.t2(
        "knowledge-feed-title",
        "field",
        &page.t(&field_key(field)),
        "site",
        &page.t("site-name"),
    );
    let xml = feeds::atom(
        &title,
        &format!("{base}/magazin/feld/{field}/atom.xml"),
        &format!("{base}/magazin/feld/{field}"),
        &page.t("knowledge-feed-author"),
        page.lang(),
        &entries,
    );
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response())
}

/// Public pages of the platform that belong in the sitemap besides the magazine's.
const SITEMAP_PAGES: [&str; 5] = ["/", "/magazin", "/impressum", "/datenschutz", "/barrierefreiheit"];

/// GET /sitemap.xml — the public pages and every published article.
pub async fn sitemap(State(state): State<AppState>) -> AppResult<Response> {
    let base = state.settings.base_url.trim_end_matches('/');
    let catalog = cache::catalog(&state).await?;
    let rows = &catalog.rows;
    let mut urls: Vec<(String, Option<time::OffsetDateTime>)> =
        SITEMAP_PAGES.iter().map(|p| (format!("{base}{p}"), None)).collect();
    urls.extend(FIELD_IDS.iter().map(|f| (format!("{base}/magazin/feld/{f}"), None)));
    urls.extend(
        rows.iter()
            .map(|r| (format!("{base}/magazin/{}", r.slug), Some(r.updated_at))),
    );
    let xml = feeds::sitemap(&urls);
    Ok(([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], xml).into_response())
}
