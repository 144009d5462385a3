//! Escaping text for XML written by hand (SVG charts, Atom feeds, sitemaps).

/// Escapes text for XML content and attribute values; drops the control characters XML 1.0 does
/// not allow at all.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_quotes_and_control_characters() {
        assert_eq!(
            super::escape("a < b & 'c' \"d\"\u{1}>"),
            "a &lt; b &amp; &#39;c&#39; &quot;d&quot;&gt;"
        );
    }
}
