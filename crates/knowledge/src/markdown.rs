//! Markdown to safe HTML: pulldown-cmark renders, ammonia keeps only harmless tags and attributes,
//! so neither raw HTML, event handlers nor `javascript:` links in an article reach a reader.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, TagEnd, html};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    // The article's title is the page's only h1; headings in the body start at h2.
    builder
        .rm_tags(["h1", "img"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer"))
        .add_generic_attributes(["lang"]);
    builder
});

/// Renders Markdown to sanitised HTML.
pub fn render(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let parser = Parser::new_ext(markdown, options);
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    CLEANER.clean(&unsafe_html).to_string()
}

/// The words of Markdown as plain text for the search index: text and code kept, markup and raw
/// HTML dropped, blocks separated by a line break.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    // Text between inline <script> or <style> tags is code, not words (the page never shows it).
    let mut in_code_tag = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::InlineHtml(tag) => {
                let tag = tag.to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    in_code_tag = true;
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    in_code_tag = false;
                }
            }
            Event::Text(_) if in_code_tag => {}
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_words_and_drops_markup() {
        let text = plain_text("## Ziel\n\nEin **klarer** [Auftrag](/x).<script>evil()</script>\n\n- eins\n- zwei");
        assert_eq!(text, "Ziel\nEin klarer Auftrag.\neins\nzwei\n");
    }

    #[test]
    fn markdown_becomes_html() {
        let html = render("## Ziel\n\nEin **klarer** Auftrag.\n\n- eins\n- zwei\n\n[Mehr](/magazin/x)");
        assert!(html.contains("<h2>Ziel</h2>"), "{html}");
        assert!(html.contains("<strong>klarer</strong>"));
        assert!(html.contains("<li>eins</li>"));
        assert!(html.contains("href=\"/magazin/x\""));
    }

    #[test]
    fn script_handlers_and_javascript_links_are_removed() {
        let attempts = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "<p onclick=\"alert(1)\">x</p>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<style>body{display:none}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
        ];
        for attempt in attempts {
            let html = render(attempt).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onclick",
                "javascript:",
                "<iframe",
                "data:text",
                "<style",
                "style=",
            ] {
                assert!(!html.contains(bad), "{attempt:?} rendered as {html:?}");
            }
        }
    }

    #[test]
    fn links_get_a_safe_rel_and_headings_of_level_one_are_dropped() {
        let html = render("# Titel\n\n[extern](https://example.org)");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
    }
}
