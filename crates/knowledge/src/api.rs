//! The magazine's API: `GET /api/v1/articles` (published articles the caller may read, best match
//! first when `q` is given) and `GET /api/v1/articles/{slug}`. Anonymous callers see public
//! articles; a bearer token adds what its user may read.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::middleware;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::{OpenApi, ToSchema};
use weltoffen_platform::api::auth::MaybeApiUser;
use weltoffen_platform::api::extract::QueryParams;
use weltoffen_platform::api::problem::{self as platform_problem, Problem};
use weltoffen_platform::error::{AppError, AppResult, ErrorKind};
use weltoffen_platform::fields::{FIELD_IDS, is_field};
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::request_locale;
use weltoffen_platform::web::table::{Access, RouteTable};
use weltoffen_search::Request;

use crate::access_requests;
use crate::cache;
use crate::indexing;
use crate::model::Access as ArticleAccess;
use crate::search::{API_PARAMS, SearchForm, readable_levels};
use crate::search_pages::lang_of;
use crate::store::SummaryRow;
use crate::views::{BodyAccess, Card};

/// Articles per page of the list.
pub const API_PAGE_SIZE: usize = 20;

/// The API routes of the magazine.
pub fn routes() -> RouteTable {
    let mut table = RouteTable::default()
        .get("/api/v1/articles", Access::Public, list)
        .get("/api/v1/articles/{slug}", Access::Public, show)
        .describe_api(ArticlesApiDoc::openapi());
    table.router = table.router.layer(middleware::from_fn(platform_problem::api_responses));
    table
}

/// The OpenAPI description of the magazine's API.
#[derive(OpenApi)]
#[openapi(
    paths(list, show),
    components(schemas(ArticleList, ArticleItem, ArticleDetail, Problem)),
    tags((name = "magazine", description = "The magazine's published articles"))
)]
pub struct ArticlesApiDoc;

/// A page of articles.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleList {
    /// Matching articles in all.
    pub total: usize,
    /// This page, from 1.
    pub page: usize,
    /// Articles per page.
    pub page_size: usize,
    /// The articles of this page: best match first with `q`, otherwise newest first.
    pub articles: Vec<ArticleItem>,
}

/// An article in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleItem {
    /// Slug; the article's page is `/magazin/{slug}`.
    pub slug: String,
    /// Title in the language of `Accept-Language`, German when there is no English version.
    pub title: String,
    /// Type: `leitartikel`, `gastbeitrag`, `interview`, `praxistipp`, `checkliste` or `praxisbericht`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Fields of action (ids of the Selbstcheck's fields).
    pub fields: Vec<String>,
    /// Teaser.
    pub teaser: String,
    /// Language of title and teaser (`de` or `en`).
    pub language: String,
    /// Publication time.
    #[serde(with = "time::serde::rfc3339")]
    pub published_at: OffsetDateTime,
}

/// A whole article.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleDetail {
    /// What the list shows.
    #[serde(flatten)]
    pub item: ArticleItem,
    /// Access: `public`, `members` or `on_request`.
    pub access: String,
    /// Authors' names.
    pub authors: Vec<String>,
    /// The body as sanitised HTML.
    pub body_html: String,
    /// Slugs of related published articles.
    pub related: Vec<String>,
}

fn item(row: &SummaryRow, fields: &[String], locale: Locale) -> ArticleItem {
    // The card chooses the language as the pages do.
    let card = Card::new(row, locale);
    let mut fields: Vec<String> = fields.iter().filter(|f| is_field(f)).cloned().collect();
    fields.sort_by_key(|f| FIELD_IDS.iter().position(|x| x == f));
    ArticleItem {
        slug: card.slug,
        title: card.title,
        kind: row.kind.clone(),
        fields,
        teaser: card.teaser,
        language: card.lang.to_owned(),
        published_at: row.published_at,
    }
}

fn reader(user: &MaybeApiUser) -> (bool, bool) {
    let user = user.0.as_deref();
    (
        user.is_some_and(|u| !u.memberships.is_empty()),
        user.is_some_and(|u| u.is_editor()),
    )
}

/// List or search articles.
///
/// Published articles the caller may read: public ones for everybody, members-only ones for
/// members of a municipality and editors, articles on request for editors. With `q`, the best
/// match comes first (German stemming: `Integrationskonzepte` finds `Integrationskonzept`);
/// otherwise the newest. Texts are in the language of `Accept-Language`.
#[utoipa::path(
    get,
    path = "/api/v1/articles",
    tag = "magazine",
    operation_id = "articles_list",
    security((), ("bearer" = [])),
    params(
        ("q" = Option<String>, Query, description = "Words to search for (at most 200 characters)"),
        ("field" = Option<String>, Query, description = "Only articles of this field of action (field id)"),
        ("type" = Option<String>, Query, description = "Only articles of this type"),
        ("municipality_type" = Option<String>, Query, description = "Only articles suited to `landkreis`, `kreisfreie_stadt` or `kreisangehoerige_gemeinde`"),
        ("page" = Option<usize>, Query, description = "Page from 1 (20 articles each)"),
    ),
    responses(
        (status = 200, description = "A page of articles", body = ArticleList),
        (status = 400, description = "Malformed query string, a parameter given twice, a too long `q`, an unknown filter value or a bad page", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "An unknown or revoked token", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: MaybeApiUser,
    headers: HeaderMap,
    params: QueryParams,
) -> AppResult<Json<ArticleList>> {
    let pairs: Vec<(String, String)> = params.0.into_iter().collect();
    let (form, problem) = SearchForm::parse(&pairs, API_PARAMS);
    if let Some(problem) = problem {
        return Err(AppError::bad_request(problem.message_key()));
    }
    let locale = request_locale(&headers);
    let (member, editor) = reader(&user);
    let levels = readable_levels(member, editor);
    let index = indexing::index(&state).await?;
    let catalog = cache::catalog(&state).await?;
    let request = Request {
        text: form.words(),
        typing: false,
        lang: lang_of(locale),
        fields: &form.fields,
        types: &form.types,
        municipality_types: &form.municipality_types,
        listed_access: &levels,
        body_access: &levels,
        now: weltoffen_platform::clock::now().unix_timestamp(),
        offset: (form.page - 1) * API_PAGE_SIZE,
        limit: API_PAGE_SIZE,
    };
    let results = index.search(&request).map_err(AppError::internal)?;
    let articles = results
        .hits
        .iter()
        .filter_map(|hit| {
            let row = catalog.by_slug(&hit.slug)?;
            let fields = catalog.fields.get(&row.id).map(Vec::as_slice).unwrap_or_default();
            Some(item(row, fields, locale))
        })
        .collect();
    Ok(Json(ArticleList {
        total: results.total,
        page: form.page,
        page_size: API_PAGE_SIZE,
        articles,
    }))
}

/// One article.
///
/// A published article the caller may read (an article on request also after the editors granted
/// the token's user access), with its body as sanitised HTML. An article the caller may not read
/// answers like one that does not exist.
#[utoipa::path(
    get,
    path = "/api/v1/articles/{slug}",
    tag = "magazine",
    operation_id = "articles_show",
    security((), ("bearer" = [])),
    params(("slug" = String, Path, description = "The article's slug")),
    responses(
        (status = 200, description = "The article", body = ArticleDetail),
        (status = 401, description = "An unknown or revoked token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such published article the caller may read", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    user: MaybeApiUser,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Json<ArticleDetail>> {
    let not_found = || AppError {
        kind: ErrorKind::NotFound,
        detail: Some("knowledge-api-error-not-found"),
    };
    let bundle = cache::article(&state, &slug).await?.ok_or_else(not_found)?;
    let level = ArticleAccess::parse(&bundle.row.access).unwrap_or(ArticleAccess::Members);
    let (access, _) = access_requests::reader_access(&state.db, bundle.row.id, level, user.0.as_deref()).await?;
    if access != BodyAccess::Full {
        return Err(not_found());
    }
    let locale = request_locale(&headers);
    let catalog = cache::catalog(&state).await?;
    let row = catalog.by_slug(&slug).ok_or_else(not_found)?;
    let english = locale == Locale::En && bundle.row.html_en.is_some();
    Ok(Json(ArticleDetail {
        item: item(row, &bundle.fields, locale),
        access: bundle.row.access.clone(),
        authors: bundle.authors.iter().map(|a| a.name.clone()).collect(),
        body_html: if english { bundle.row.html_en.clone() } else { None }
            .unwrap_or_else(|| bundle.row.html_de.clone()),
        related: bundle.related.iter().map(|r| r.slug.clone()).collect(),
    }))
}
