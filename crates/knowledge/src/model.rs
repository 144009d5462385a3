//! The magazine's domain types and pure rules: article types, access levels, slugs, reading time.

use serde::{Deserialize, Serialize};

/// The kind of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleType {
    /// A lead article by the editors.
    Leitartikel,
    /// A guest post, e.g. by a researcher.
    Gastbeitrag,
    /// An interview.
    Interview,
    /// A practical tip.
    Praxistipp,
    /// A checklist with steps a municipality can tick.
    Checkliste,
    /// A report from practice.
    Praxisbericht,
}

impl ArticleType {
    /// Every type, in the order the magazine lists them.
    pub const ALL: [ArticleType; 6] = [
        ArticleType::Leitartikel,
        ArticleType::Gastbeitrag,
        ArticleType::Interview,
        ArticleType::Praxistipp,
        ArticleType::Checkliste,
        ArticleType::Praxisbericht,
    ];

    /// The stable code, as stored and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            ArticleType::Leitartikel => "leitartikel",
            ArticleType::Gastbeitrag => "gastbeitrag",
            ArticleType::Interview => "interview",
            ArticleType::Praxistipp => "praxistipp",
            ArticleType::Checkliste => "checkliste",
            ArticleType::Praxisbericht => "praxisbericht",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<ArticleType> {
        ArticleType::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The Fluent key of the type's name.
    pub fn label_key(self) -> String {
        format!("knowledge-type-{}", self.code())
    }
}

/// Who may read an article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Everybody.
    Public,
    /// Everybody sees the teaser; the body after an editor grants a request.
    OnRequest,
    /// Logged-in members of a municipality, editors and admins.
    Members,
}

impl Access {
    /// Every level, from the most open.
    pub const ALL: [Access; 3] = [Access::Public, Access::Members, Access::OnRequest];

    /// The stable code, as stored.
    pub fn code(self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::OnRequest => "on_request",
            Access::Members => "members",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Access> {
        Access::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Where an article stands in the editorial workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Being written.
    Draft,
    /// Waiting for review.
    Review,
    /// Visible (from its publication time on).
    Published,
    /// Withdrawn.
    Archived,
}

impl Status {
    /// The stable code, as stored.
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Published => "published",
            Status::Archived => "archived",
        }
    }

    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<Status> {
        [Status::Draft, Status::Review, Status::Published, Status::Archived]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// Longest slug accepted.
pub const SLUG_MAX: usize = 120;

/// True for a slug of lower-case ASCII letters, digits and single inner hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= SLUG_MAX
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Words a reader reads per minute (a common figure for German non-fiction).
const WORDS_PER_MINUTE: usize = 200;

/// Reading time in whole minutes, at least one.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// Counts the words of a Markdown text (runs of letters or digits).
pub fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// The longest teaser accepted, in characters.
pub const TEASER_MAX: usize = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_ascii_with_single_inner_hyphens() {
        assert!(is_valid_slug("integrationskonzept-in-12-schritten"));
        for bad in ["", "Gross", "a--b", "-a", "a-", "ä", "a b", "a/b"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
        assert!(!is_valid_slug(&"a".repeat(SLUG_MAX + 1)));
    }

    #[test]
    fn reading_time_rounds_up_and_is_at_least_a_minute() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
        assert_eq!(count_words("Ein *kurzer* Satz – mit 3 Wörtern, oder mehr."), 8);
    }

    #[test]
    fn codes_round_trip() {
        for t in ArticleType::ALL {
            assert_eq!(ArticleType::parse(t.code()), Some(t));
        }
        for a in [Access::Public, Access::OnRequest, Access::Members] {
            assert_eq!(Access::parse(a.code()), Some(a));
        }
        assert_eq!(ArticleType::parse("blog"), None);
    }
}
