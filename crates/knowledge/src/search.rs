//! The magazine's search as a reader asks for it: the query string of the search page or the API
//! read into a [`SearchForm`] (words, facets, page) and checked, and who may read what. Pure, so
//! every refusal is tested without a server.

use weltoffen_platform::fields::is_field;
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::model::{Access, ArticleType};
use crate::views::{BodyAccess, body_access};

/// Slugs no article may take: paths of the magazine's own pages under `/magazin/`.
pub const RESERVED_SLUGS: &[&str] = &["suche", "feld", "bild"];

/// Longest query, in characters; anything longer is refused rather than cut.
pub const MAX_QUERY_CHARS: usize = 200;
/// Hits per page of the search page.
pub const PAGE_SIZE: usize = 10;
/// Highest page number accepted.
pub const MAX_PAGE: usize = 1000;

/// The names of the parameters: the page's are German, the API's English.
#[derive(Debug, Clone, Copy)]
pub struct ParamNames {
    /// The words.
    pub q: &'static str,
    /// A field of action.
    pub field: &'static str,
    /// A type.
    pub kind: &'static str,
    /// A municipality type.
    pub municipality_type: &'static str,
    /// The page number, from 1.
    pub page: &'static str,
}

/// The search page's parameters.
pub const PAGE_PARAMS: ParamNames = ParamNames {
    q: "q",
    field: "feld",
    kind: "typ",
    municipality_type: "kommune",
    page: "seite",
};

/// The API's parameters.
pub const API_PARAMS: ParamNames = ParamNames {
    q: "q",
    field: "field",
    kind: "type",
    municipality_type: "municipality_type",
    page: "page",
};

/// A search as asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchForm {
    /// The words as typed; `None` when the form was not sent.
    pub q: Option<String>,
    /// Fields of action to keep.
    pub fields: Vec<String>,
    /// Types to keep.
    pub types: Vec<String>,
    /// Municipality types to keep.
    pub municipality_types: Vec<String>,
    /// Page number, from 1.
    pub page: usize,
}

/// Why a search was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchProblem {
    /// The words are longer than [`MAX_QUERY_CHARS`].
    TooLong,
    /// A field, type or municipality type that does not exist.
    UnknownFacet,
    /// A page number that is not a number from 1 to [`MAX_PAGE`].
    BadPage,
}

impl SearchProblem {
    /// The Fluent key of the explanation.
    pub fn message_key(self) -> &'static str {
        match self {
            SearchProblem::TooLong => "knowledge-search-error-too-long",
            SearchProblem::UnknownFacet => "knowledge-search-error-facet",
            SearchProblem::BadPage => "knowledge-search-error-page",
        }
    }
}

impl SearchForm {
    /// Reads the query string's pairs. A refused form still carries what could be read, so the
    /// page can show it again with the explanation.
    pub fn parse(pairs: &[(String, String)], names: ParamNames) -> (SearchForm, Option<SearchProblem>) {
        let mut form = SearchForm {
            page: 1,
            ..SearchForm::default()
        };
        let mut problem = None;
        for (name, value) in pairs {
            let value = value.trim();
            let name = name.as_str();
            if name == names.q {
                if value.chars().count() > MAX_QUERY_CHARS {
                    problem = Some(SearchProblem::TooLong);
                    form.q = Some(value.chars().take(MAX_QUERY_CHARS).collect());
                } else {
                    form.q = Some(value.to_owned());
                }
            } else if name == names.page {
                match value.parse::<usize>() {
                    Ok(p) if (1..=MAX_PAGE).contains(&p) => form.page = p,
                    _ if value.is_empty() => {}
                    _ => problem = problem.or(Some(SearchProblem::BadPage)),
                }
            } else if value.is_empty() {
                continue;
            } else if name == names.field {
                push_known(&mut form.fields, value, is_field(value), &mut problem);
            } else if name == names.kind {
                push_known(
                    &mut form.types,
                    value,
                    ArticleType::parse(value).is_some(),
                    &mut problem,
                );
            } else if name == names.municipality_type {
                let known = MunicipalityType::parse(value).is_some();
                push_known(&mut form.municipality_types, value, known, &mut problem);
            }
        }
        (form, problem)
    }

    /// The words, trimmed; empty when none were typed.
    pub fn words(&self) -> &str {
        self.q.as_deref().unwrap_or("")
    }

    /// True when the form was sent without words.
    pub fn sent_empty(&self) -> bool {
        self.q.as_deref().is_some_and(str::is_empty)
    }
}

fn push_known(into: &mut Vec<String>, value: &str, known: bool, problem: &mut Option<SearchProblem>) {
    if !known {
        *problem = problem.or(Some(SearchProblem::UnknownFacet));
    } else if !into.iter().any(|v| v == value) {
        into.push(value.to_owned());
    }
}

/// The access levels whose bodies a reader may read: everybody public ones, logged-in members of a
/// municipality and editors members-only ones, editors those on request.
/// Derived from [`crate::views::body_access`], so the search and the article page share one rule.
pub fn readable_levels(logged_in_member: bool, editor: bool) -> Vec<&'static str> {
    Access::ALL
        .into_iter()
        .filter(|a| body_access(*a, logged_in_member, editor) == BodyAccess::Full)
        .map(Access::code)
        .collect()
}

/// Every access level: the search page lists every published article, showing only the teaser of
/// those the reader may not read.
pub const ALL_LEVELS: &[&str] = &["public", "members", "on_request"];

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn a_full_search_is_read() {
        let (form, problem) = SearchForm::parse(
            &pairs(&[
                ("q", " Integrationskonzept "),
                ("feld", "management"),
                ("feld", "engagement"),
                ("feld", "management"),
                ("typ", "checkliste"),
                ("kommune", "landkreis"),
                ("seite", "2"),
            ]),
            PAGE_PARAMS,
        );
        assert_eq!(problem, None);
        assert_eq!(form.words(), "Integrationskonzept");
        assert_eq!(form.fields, ["management", "engagement"]);
        assert_eq!(form.types, ["checkliste"]);
        assert_eq!(form.municipality_types, ["landkreis"]);
        assert_eq!(form.page, 2);
    }

    #[test]
    fn nothing_sent_and_sent_empty_differ() {
        let (none, _) = SearchForm::parse(&[], PAGE_PARAMS);
        assert!(!none.sent_empty());
        assert_eq!(none.page, 1);
        let (empty, problem) = SearchForm::parse(&pairs(&[("q", "  "), ("feld", "")]), PAGE_PARAMS);
        assert!(empty.sent_empty());
        assert_eq!(problem, None);
    }

    #[test]
    fn too_long_words_are_refused_and_kept_shortened() {
        let long = "Wort ".repeat(60);
        let (form, problem) = SearchForm::parse(&pairs(&[("q", &long)]), PAGE_PARAMS);
        assert_eq!(problem, Some(SearchProblem::TooLong));
        assert_eq!(form.words().chars().count(), MAX_QUERY_CHARS);
        let exactly = "ä".repeat(MAX_QUERY_CHARS);
        assert_eq!(SearchForm::parse(&pairs(&[("q", &exactly)]), PAGE_PARAMS).1, None);
    }

    #[test]
    fn unknown_facets_and_pages_are_refused() {
        for (name, value, expected) in [
            ("feld", "sport", SearchProblem::UnknownFacet),
            ("typ", "roman", SearchProblem::UnknownFacet),
            ("kommune", "bundesland", SearchProblem::UnknownFacet),
            ("seite", "0", SearchProblem::BadPage),
            ("seite", "x", SearchProblem::BadPage),
            ("seite", "1001", SearchProblem::BadPage),
        ] {
            assert_eq!(
                SearchForm::parse(&pairs(&[(name, value)]), PAGE_PARAMS).1,
                Some(expected),
                "{name}={value}"
            );
        }
    }

    #[test]
    fn the_api_uses_english_names() {
        let (form, problem) = SearchForm::parse(&pairs(&[("type", "interview"), ("page", "3")]), API_PARAMS);
        assert_eq!(problem, None);
        assert_eq!(form.types, ["interview"]);
        assert_eq!(form.page, 3);
    }

    #[test]
    fn who_reads_what() {
        assert_eq!(readable_levels(false, false), ["public"]);
        assert_eq!(readable_levels(true, false), ["public", "members"]);
        assert_eq!(readable_levels(false, true), ["public", "members", "on_request"]);
    }
}
