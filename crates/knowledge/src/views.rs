//! What the magazine's pages show of an article, in the reader's language: pure functions from
//! stored rows to view models, so the choice of language and what a reader may see is tested
//! without a database.

use weltoffen_platform::i18n::{Locale, format_date};

use crate::content::Step;
use crate::model::{Access, ArticleType, reading_minutes};
use crate::store::{ArticleRow, AuthorRow, SummaryRow};

/// An article as a card in a list.
#[derive(Debug, Clone)]
pub struct Card {
    /// Slug.
    pub slug: String,
    /// Title in the shown language.
    pub title: String,
    /// Teaser in the shown language.
    pub teaser: String,
    /// The language of title and teaser (`de` when there is no English version).
    pub lang: &'static str,
    /// Type name.
    pub kind: String,
    /// Publication date in words.
    pub date: String,
    /// Machine-readable date.
    pub date_iso: String,
    /// Reading time in words.
    pub reading_time: String,
    /// Access level.
    pub access: Access,
}

impl Card {
    /// A card in `locale`.
    pub fn new(row: &SummaryRow, locale: Locale) -> Card {
        let english = locale == Locale::En && row.title_en.is_some();
        let kind = ArticleType::parse(&row.kind).unwrap_or(ArticleType::Leitartikel);
        Card {
            slug: row.slug.clone(),
            title: if english {
                row.title_en.clone().unwrap_or_default()
            } else {
                row.title_de.clone()
            },
            teaser: if english {
                row.teaser_en.clone().unwrap_or_default()
            } else {
                row.teaser_de.clone()
            },
            lang: if english { "en" } else { "de" },
            kind: locale.t(&kind.label_key()),
            date: format_date(locale, row.published_at.date()),
            date_iso: row.published_at.date().to_string(),
            reading_time: reading_time(locale, row.words_de),
            access: Access::parse(&row.access).unwrap_or(Access::Public),
        }
    }
    /// The article's path.
    pub fn path(&self) -> String {
        format!("/magazin/{}", self.slug)
    }
    /// True when only members may read the body.
    pub fn members_only(&self) -> bool {
        self.access == Access::Members
    }
    /// True when the body is shown on request.
    pub fn on_request(&self) -> bool {
        self.access == Access::OnRequest
    }
}

fn reading_time(locale: Locale, words: i32) -> String {
    let minutes = reading_minutes(usize::try_from(words).unwrap_or(0));
    locale.t_numbers("knowledge-reading-time", &[], &[("minutes", minutes)])
}

/// What a reader may see of an article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyAccess {
    /// The whole article.
    Full,
    /// Only the teaser: log in first.
    LoginRequired,
    /// Only the teaser: access is given on request.
    OnRequest,
}

/// Who may read what: public articles everybody; members-only articles logged-in members of a
/// municipality, editors and admins; articles on request editors and admins (a granted request
/// will be the other way in).
pub fn body_access(access: Access, logged_in_member: bool, editor: bool) -> BodyAccess {
    match access {
        Access::Public => BodyAccess::Full,
        Access::Members if logged_in_member || editor => BodyAccess::Full,
        Access::Members => BodyAccess::LoginRequired,
        Access::OnRequest if editor => BodyAccess::Full,
        Access::OnRequest => BodyAccess::OnRequest,
    }
}

/// An author in the shown language.
#[derive(Debug, Clone)]
pub struct AuthorView {
    /// Name.
    pub name: String,
    /// Bio.
    pub bio: String,
}

/// A whole article in the shown language.
#[derive(Debug, Clone)]
pub struct ArticleView {
    /// The card's data (title, teaser, type, date, reading time).
    pub card: Card,
    /// Sanitised HTML of the body in the shown language.
    pub html: String,
    /// A checklist's steps.
    pub steps: Vec<Step>,
    /// True when the reader asked for English and the article has no English version.
    pub german_only: bool,
    /// Topics.
    pub topics: Vec<String>,
    /// Authors.
    pub authors: Vec<AuthorView>,
    /// Machine-readable time of the last change.
    pub updated_iso: String,
}

impl ArticleView {
    /// The article in `locale`.
    pub fn new(row: ArticleRow, authors: &[AuthorRow], locale: Locale) -> ArticleView {
        let english = locale == Locale::En && row.title_en.is_some();
        let summary = SummaryRow {
            id: row.id,
            slug: row.slug.clone(),
            kind: row.kind.clone(),
            access: row.access.clone(),
            published_at: row.published_at,
            updated_at: row.updated_at,
            title_de: row.title_de.clone(),
            teaser_de: row.teaser_de.clone(),
            words_de: row.words_de,
            title_en: row.title_en.clone(),
            teaser_en: row.teaser_en.clone(),
        };
        let (html, steps) = if english {
            (row.html_en.unwrap_or_default(), row.steps_en.unwrap_or_default())
        } else {
            (row.html_de, row.steps_de)
        };
        ArticleView {
            card: Card::new(&summary, locale),
            html,
            steps: serde_json::from_str(&steps).unwrap_or_default(),
            german_only: locale == Locale::En && !english,
            topics: row
                .topics
                .lines()
                .filter(|t| !t.trim().is_empty())
                .map(str::to_owned)
                .collect(),
            authors: authors
                .iter()
                .map(|a| AuthorView {
                    name: a.name.clone(),
                    bio: match locale {
                        Locale::De => a.bio_de.clone(),
                        Locale::En => a.bio_en.clone(),
                    },
                })
                .collect(),
            updated_iso: row.updated_at.date().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_only_and_on_request_bodies_are_withheld_from_others() {
        assert_eq!(body_access(Access::Public, false, false), BodyAccess::Full);
        assert_eq!(body_access(Access::Members, false, false), BodyAccess::LoginRequired);
        assert_eq!(body_access(Access::Members, true, false), BodyAccess::Full);
        assert_eq!(body_access(Access::Members, false, true), BodyAccess::Full);
        assert_eq!(body_access(Access::OnRequest, true, false), BodyAccess::OnRequest);
        assert_eq!(body_access(Access::OnRequest, false, true), BodyAccess::Full);
    }

    fn row() -> ArticleRow {
        let t = time::macros::datetime!(2026-03-12 07:00 UTC);
        ArticleRow {
            id: uuid::Uuid::nil(),
            slug: "a".into(),
            kind: "checkliste".into(),
            access: "public".into(),
            applies_to: "landkreis".into(),
            topics: "Konzept\nBeteiligung\n".into(),
            published_at: t,
            updated_at: t,
            title_de: "Titel".into(),
            teaser_de: "Kurz".into(),
            html_de: "<p>Text</p>".into(),
            steps_de: r#"[{"id":"a","title":"Schritt","hint":""}]"#.into(),
            words_de: 450,
            title_en: None,
            teaser_en: None,
            html_en: None,
            steps_en: None,
        }
    }

    #[test]
    fn english_readers_get_the_german_text_marked_as_german_when_there_is_no_translation() {
        let view = ArticleView::new(row(), &[], Locale::En);
        assert!(view.german_only);
        assert_eq!(view.card.lang, "de");
        assert_eq!(view.card.title, "Titel");
        assert_eq!(view.steps.len(), 1);
        assert_eq!(view.topics, vec!["Konzept", "Beteiligung"]);

        let mut translated = row();
        translated.title_en = Some("Title".into());
        translated.teaser_en = Some("Short".into());
        translated.html_en = Some("<p>Text</p>".into());
        translated.steps_en = Some(r#"[{"id":"a","title":"Step","hint":""}]"#.into());
        let view = ArticleView::new(translated, &[], Locale::En);
        assert!(!view.german_only);
        assert_eq!(
            (view.card.lang, view.card.title.as_str(), view.steps[0].title.as_str()),
            ("en", "Title", "Step")
        );
        assert_eq!(view.card.date, "12 March 2026");
    }
}

/// A cover image as the article page shows it.
#[derive(Debug, Clone)]
pub struct CoverView {
    /// Address of the large file.
    pub large: String,
    /// Address of the small file.
    pub small: String,
    /// Width of the large file.
    pub width: i64,
    /// Height of the large file.
    pub height: i64,
    /// Width of the small file.
    pub small_width: i64,
    /// The alternative text in the shown language.
    pub alt: String,
    /// Its language.
    pub alt_lang: &'static str,
}

impl CoverView {
    /// The view of a stored cover in `locale` (the German text when there is no English one).
    pub fn new(cover: &crate::cover_store::CoverRow, locale: Locale) -> CoverView {
        let english = locale == Locale::En && !cover.alt_en.is_empty();
        CoverView {
            large: format!("/magazin/bild/{}/gross.jpg", cover.id),
            small: format!("/magazin/bild/{}/klein.jpg", cover.id),
            width: cover.width,
            height: cover.height,
            small_width: cover.small_width,
            alt: if english {
                cover.alt_en.clone()
            } else {
                cover.alt_de.clone()
            },
            alt_lang: if english { "en" } else { "de" },
        }
    }
}
