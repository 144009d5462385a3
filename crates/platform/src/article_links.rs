//! Titles of the magazine's published articles by slug, so that another pillar (the Selbstcheck's
//! recommendations) can link to an article by its slug without depending on the knowledge pillar.
//! The knowledge pillar fills it at start and after every change of an article on this node.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

use crate::i18n::Locale;

/// A linkable article: its title in German and, if it has one, in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleLink {
    /// The slug (`/magazin/{slug}`).
    pub slug: String,
    /// German title.
    pub title_de: String,
    /// English title, where there is an English version.
    pub title_en: Option<String>,
}

impl ArticleLink {
    /// The article's path.
    pub fn path(&self) -> String {
        format!("/magazin/{}", self.slug)
    }
    /// The title in `locale`, German where there is no English version.
    pub fn title(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => self.title_en.as_deref().unwrap_or(&self.title_de),
            Locale::De => &self.title_de,
        }
    }
}

static LINKS: LazyLock<RwLock<Arc<HashMap<String, ArticleLink>>>> = LazyLock::new(Default::default);

/// Replaces the known articles.
pub fn set(links: Vec<ArticleLink>) {
    let map: HashMap<String, ArticleLink> = links.into_iter().map(|l| (l.slug.clone(), l)).collect();
    if let Ok(mut current) = LINKS.write() {
        *current = Arc::new(map);
    }
}

/// The published article with this slug, if any.
pub fn get(slug: &str) -> Option<ArticleLink> {
    LINKS.read().ok()?.get(slug).cloned()
}

/// The published articles among `slugs`, in their order; unknown slugs are left out.
pub fn resolve(slugs: &[String]) -> Vec<ArticleLink> {
    let Ok(links) = LINKS.read() else {
        return Vec::new();
    };
    slugs.iter().filter_map(|s| links.get(s).cloned()).collect()
}
