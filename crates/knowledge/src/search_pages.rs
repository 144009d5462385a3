//! `/magazin/suche`: the magazine's search page. A plain GET form that works without JavaScript;
//! with htmx, results follow the typing (the same handler answers an `HX-Request` with the results
//! part only, and the count is announced through a status region outside it).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use weltoffen_platform::error::{AppError, AppResult};
use weltoffen_platform::fields::FIELD_IDS;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::state::AppState;
use weltoffen_platform::web::context::Page;
use weltoffen_platform::web::render::{render, render_status};
use weltoffen_search::{FacetCount, Lang, Request, Results, SnippetPart};

use crate::cache::{self, Catalog};
use crate::indexing;
use crate::model::ArticleType;
use crate::search::{ALL_LEVELS, PAGE_PARAMS, PAGE_SIZE, SearchForm, SearchProblem, readable_levels};
use crate::views::Card;
use crate::web::field_key;

/// A found article as the page shows it.
pub struct HitView {
    /// The article's card (title, type, date, access) in the reader's language.
    pub card: Card,
    /// The passage, split at the matching words.
    pub snippet: Vec<SnippetPart>,
    /// The passage's language.
    pub snippet_lang: &'static str,
}

/// One choice of a facet.
pub struct FacetOption {
    /// The value sent.
    pub value: &'static str,
    /// Its name.
    pub label: String,
    /// Matches with it.
    pub count: u64,
    /// Whether it is chosen.
    pub checked: bool,
}

/// A facet: its parameter, legend and choices.
pub struct FacetGroup {
    /// Parameter name.
    pub name: &'static str,
    /// Fluent key of the legend.
    pub legend: &'static str,
    /// Choices with matches or chosen.
    pub options: Vec<FacetOption>,
}

/// A link to another page of results.
pub struct PageLink {
    /// Page number.
    pub number: usize,
    /// The query string to it.
    pub href: String,
}

/// What the search page shows.
pub struct SearchView {
    /// The form as sent.
    pub form: SearchForm,
    /// Why the search was refused.
    pub problem: Option<SearchProblem>,
    /// Matches in all.
    pub total: usize,
    /// This page's hits.
    pub hits: Vec<HitView>,
    /// Facets.
    pub facets: Vec<FacetGroup>,
    /// The words were only stop words.
    pub only_stop_words: bool,
    /// Previous and next page.
    pub previous: Option<PageLink>,
    /// Next page.
    pub next: Option<PageLink>,
    /// Pages in all.
    pub pages: usize,
}

impl SearchView {
    /// The count announced to the reader.
    pub fn status(&self, page: &Page) -> String {
        if let Some(problem) = self.problem {
            return page.t(problem.message_key());
        }
        if self.only_stop_words {
            return page.t("knowledge-search-only-stop-words");
        }
        // A form sent without words says so, then lists everything (the facets still apply).
        let key = if self.form.sent_empty() {
            "knowledge-search-count-no-words"
        } else if self.form.words().is_empty() {
            "knowledge-search-count-all"
        } else {
            "knowledge-search-count"
        };
        page.locale
            .t_numbers(key, &[("q", self.form.words())], &[("count", self.total)])
    }

    /// "Page 2 of 5".
    pub fn page_of(&self, page: &Page) -> String {
        page.locale.t_numbers(
            "knowledge-search-page-of",
            &[],
            &[("page", self.form.page), ("pages", self.pages)],
        )
    }
}

#[derive(Template)]
#[template(path = "knowledge/search.html")]
struct SearchPage {
    page: Page,
    v: SearchView,
}

#[derive(Template)]
#[template(path = "knowledge/search_live.html")]
struct SearchLive {
    page: Page,
    v: SearchView,
}

/// GET /magazin/suche?q=&feld=&typ=&kommune=&seite=
pub async fn search_page(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.as_deref().unwrap_or(""))
        .map_err(|_| AppError::bad_request("knowledge-search-error-query"))?;
    let (form, problem) = SearchForm::parse(&pairs, PAGE_PARAMS);
    let live = headers.get("hx-request").is_some();
    let view = match problem {
        Some(problem) => SearchView {
            form,
            problem: Some(problem),
            total: 0,
            hits: Vec::new(),
            facets: Vec::new(),
            only_stop_words: false,
            previous: None,
            next: None,
            pages: 0,
        },
        None => {
            let user = page.user.as_deref();
            let body = readable_levels(
                user.is_some_and(|u| !u.memberships.is_empty()),
                user.is_some_and(|u| u.is_editor()),
            );
            let index = indexing::index(&state).await?;
            let catalog = cache::catalog(&state).await?;
            let request = Request {
                text: form.words(),
                typing: true,
                lang: lang_of(page.locale),
                fields: &form.fields,
                types: &form.types,
                municipality_types: &form.municipality_types,
                listed_access: ALL_LEVELS,
                body_access: &body,
                now: weltoffen_platform::clock::now().unix_timestamp(),
                offset: (form.page - 1) * PAGE_SIZE,
                limit: PAGE_SIZE,
            };
            let results = index.search(&request).map_err(AppError::internal)?;
            view(form, &results, &catalog, page.locale, &pairs)
        }
    };
    let status = if problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    if live {
        return render_status(status, &SearchLive { page, v: view });
    }
    if status == StatusCode::OK {
        render(&SearchPage { page, v: view })
    } else {
        render_status(status, &SearchPage { page, v: view })
    }
}

/// The index language of a page locale.
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::De => Lang::De,
        Locale::En => Lang::En,
    }
}

fn view(
    form: SearchForm,
    results: &Results,
    catalog: &Catalog,
    locale: Locale,
    pairs: &[(String, String)],
) -> SearchView {
    let hits = results
        .hits
        .iter()
        .filter_map(|hit| {
            // The catalog may lag the index by a moment; such a hit is left out.
            let row = catalog.by_slug(&hit.slug)?;
            Some(HitView {
                card: Card::new(row, locale),
                snippet: hit.snippet.clone(),
                snippet_lang: match hit.snippet_lang {
                    Lang::De => "de",
                    Lang::En => "en",
                },
            })
        })
        .collect();
    let pages = results.total.div_ceil(PAGE_SIZE).max(1);
    let link = |number: usize| PageLink {
        number,
        href: page_href(pairs, number),
    };
    let facets = vec![
        facet_group(
            PAGE_PARAMS.field,
            "knowledge-search-facet-field",
            &FIELD_IDS.map(|f| (f, locale.t(&field_key(f)))),
            &results.facets.fields,
            &form.fields,
        ),
        facet_group(
            PAGE_PARAMS.kind,
            "knowledge-search-facet-type",
            &ArticleType::ALL.map(|t| (t.code(), locale.t(&t.label_key()))),
            &results.facets.types,
            &form.types,
        ),
        facet_group(
            PAGE_PARAMS.municipality_type,
            "knowledge-search-facet-municipality-type",
            &MunicipalityType::ALL.map(|t| (t.as_str(), locale.t(t.label_key()))),
            &results.facets.municipality_types,
            &form.municipality_types,
        ),
    ];
    SearchView {
        previous: (form.page > 1).then(|| link(form.page - 1)),
        next: (form.page < pages).then(|| link(form.page + 1)),
        pages,
        total: results.total,
        hits,
        facets,
        only_stop_words: results.only_stop_words,
        problem: None,
        form,
    }
}

fn facet_group(
    name: &'static str,
    legend: &'static str,
    choices: &[(&'static str, String)],
    counts: &[FacetCount],
    chosen: &[String],
) -> FacetGroup {
    let options = choices
        .iter()
        .map(|(value, label)| FacetOption {
            value,
            label: label.clone(),
            count: counts.iter().find(|c| c.value == *value).map_or(0, |c| c.count),
            checked: chosen.iter().any(|c| c == value),
        })
        .filter(|o| o.count > 0 || o.checked)
        .collect();
    FacetGroup { name, legend, options }
}

/// The query string of the same search on another page.
fn page_href(pairs: &[(String, String)], number: usize) -> String {
    let mut kept: Vec<(&str, String)> = pairs
        .iter()
        .filter(|(name, value)| name != PAGE_PARAMS.page && !value.is_empty())
        .map(|(n, v)| (n.as_str(), v.clone()))
        .collect();
    kept.push((PAGE_PARAMS.page, number.to_string()));
    format!(
        "/magazin/suche?{}",
        serde_urlencoded::to_string(&kept).unwrap_or_default()
    )
}
