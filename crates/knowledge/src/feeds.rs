//! Atom feeds and the sitemap, written by hand: a few elements, with every text escaped, are less
//! than an XML library would cost to build.

use std::fmt::Write as _;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use weltoffen_platform::xml::escape;

/// An entry of a feed.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    /// Absolute URL of the article, also its id.
    pub url: String,
    /// Title.
    pub title: String,
    /// Teaser.
    pub summary: String,
    /// Publication time.
    pub published: OffsetDateTime,
    /// Last change.
    pub updated: OffsetDateTime,
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// An Atom feed (RFC 4287) of `entries`, newest first; `updated` is the newest entry's change.
pub fn atom(title: &str, self_url: &str, page_url: &str, author: &str, lang: &str, entries: &[FeedEntry]) -> String {
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let mut xml = String::with_capacity(512 + entries.len() * 512);
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>{}</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}</updated>\n<author><name>{}</name></author>\n",
        escape(lang),
        escape(title),
        escape(self_url),
        escape(self_url),
        escape(page_url),
        rfc3339(updated),
        escape(author),
    );
    for e in entries {
        let _ = write!(
            xml,
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<published>{}</published>\n<updated>{}</updated>\n<summary>{}</summary>\n</entry>\n",
            escape(&e.title),
            escape(&e.url),
            escape(&e.url),
            rfc3339(e.published),
            rfc3339(e.updated),
            escape(&e.summary),
        );
    }
    xml.push_str("</feed>\n");
    xml
}

/// A sitemap (sitemaps.org 0.9) of absolute URLs with their last change, where known.
pub fn sitemap(urls: &[(String, Option<OffsetDateTime>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, changed) in urls {
        let _ = write!(xml, "<url><loc>{}</loc>", escape(url));
        if let Some(t) = changed {
            let _ = write!(xml, "<lastmod>{}</lastmod>", t.date());
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_escape_every_text_and_date_entries() {
        let t = time::macros::datetime!(2026-03-12 07:00 UTC);
        let entries = [FeedEntry {
            url: "https://example.org/magazin/a?x=1&y=2".into(),
            title: "Tipps <für> \"Kommunen\" & Co".into(),
            summary: "Kurz\u{1}.".into(),
            published: t,
            updated: t,
        }];
        let xml = atom(
            "Feld & mehr",
            "https://example.org/feed",
            "https://example.org/p",
            "Redaktion",
            "de",
            &entries,
        );
        assert!(
            xml.contains("<title>Tipps &lt;für&gt; &quot;Kommunen&quot; &amp; Co</title>"),
            "{xml}"
        );
        assert!(xml.contains("<id>https://example.org/magazin/a?x=1&amp;y=2</id>"));
        assert!(xml.contains("<updated>2026-03-12T07:00:00Z</updated>"));
        assert!(
            xml.contains("<summary>Kurz.</summary>"),
            "control characters are dropped"
        );
        assert!(xml.starts_with("<?xml") && xml.ends_with("</feed>\n"));
        assert_eq!(xml.matches("<entry>").count(), 1);
    }

    #[test]
    fn an_empty_feed_is_still_valid_and_the_sitemap_lists_urls() {
        let xml = atom("Leer", "https://e.org/f", "https://e.org/", "R", "en", &[]);
        assert!(xml.contains("<updated>1970-01-01T00:00:00Z</updated>"));
        let map = sitemap(&[
            ("https://e.org/".into(), None),
            (
                "https://e.org/magazin/a".into(),
                Some(time::macros::datetime!(2026-03-12 07:00 UTC)),
            ),
        ]);
        assert!(map.contains("<url><loc>https://e.org/</loc></url>"));
        assert!(map.contains("<lastmod>2026-03-12</lastmod>"));
    }
}
