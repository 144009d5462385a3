//! Finds the Fluent keys the code and templates use, and the keys each locale defines, so a
//! test can insist that every used key exists in every language.

use std::collections::BTreeSet;
use std::path::Path;

/// The keys defined by the Fluent files of one locale folder (messages, not attributes or terms).
pub fn defined_keys(locale_dir: &Path) -> std::io::Result<BTreeSet<String>> {
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(locale_dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(&path)?.lines() {
                if let Some((id, _)) = line.split_once('=') {
                    let id = id.trim_end();
                    if !id.is_empty() && !line.starts_with([' ', '\t', '#', '-', '.']) && is_key(id) {
                        keys.insert(id.to_owned());
                    }
                }
            }
        }
    }
    Ok(keys)
}

/// True for a string shaped like one of our message keys (`lower-case-with-dashes`).
pub fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.as_bytes()[0].is_ascii_lowercase()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.ends_with('-')
}

/// Keys used in templates: the first string argument of `t(`, `t1(` and `t2(`.
pub fn template_keys(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for marker in [".t(\"", ".t1(\"", ".t2(\""] {
        let mut rest = text;
        while let Some(pos) = rest.find(marker) {
            rest = &rest[pos + marker.len()..];
            if let Some(end) = rest.find('"') {
                if is_key(&rest[..end]) {
                    keys.insert(rest[..end].to_owned());
                }
                rest = &rest[end..];
            }
        }
    }
    keys
}

/// Keys used in Rust code: string literals shaped like keys that carry one of our key markers.
pub fn rust_keys(text: &str) -> BTreeSet<String> {
    const MARKERS: [&str; 6] = ["-error-", "notice-", "role-", "municipality-type-", "mail-", "error-"];
    let mut keys = BTreeSet::new();
    for (i, part) in text.split('"').enumerate() {
        // Odd parts are inside quotes (good enough for our code, which has no escaped quotes in keys).
        let candidate = part.trim_start_matches("notice=");
        let candidate = candidate.rsplit("notice=").next().unwrap_or(candidate);
        let candidate = candidate.split(['#', '&']).next().unwrap_or(candidate);
        if i % 2 == 1
            && is_key(candidate)
            && MARKERS
                .iter()
                .any(|m| candidate.starts_with(m) || candidate.contains(m))
        {
            keys.insert(candidate.to_owned());
        }
    }
    for piece in text.split("notice=").skip(1) {
        let key: String = piece
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
            .collect();
        if key.starts_with("notice-") && is_key(&key) {
            keys.insert(key);
        }
    }
    keys
}

/// Parses every `.ftl` file under `locales_dir/<lang>/` and compares the languages: returns
/// `file:line: message` lines for syntax errors and for keys only one language defines.
pub fn check_locales(locales_dir: &Path) -> Vec<String> {
    use fluent_templates::fluent_bundle::FluentResource;
    let mut problems = Vec::new();
    let mut per_lang = Vec::new();
    for lang in ["de", "en"] {
        let dir = locales_dir.join(lang);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            problems.push(format!("{}:0: missing locale folder", dir.display()));
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
                for e in errors {
                    let line = text.as_bytes()[..e.pos.start.min(text.len())]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count()
                        + 1;
                    problems.push(format!("{}:{line}: {:?}", path.display(), e.kind));
                }
            }
        }
        per_lang.push((lang, defined_keys(&dir).unwrap_or_default()));
    }
    if let [(a, ka), (b, kb)] = per_lang.as_slice() {
        for k in ka.difference(kb) {
            problems.push(format!(
                "{}/{b}:0: message {k} exists in {a} only",
                locales_dir.display()
            ));
        }
        for k in kb.difference(ka) {
            problems.push(format!(
                "{}/{a}:0: message {k} exists in {b} only",
                locales_dir.display()
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_in_templates_and_code() {
        let t = template_keys(r#"{{ page.t("a-b") }} {{ page.t1("c-d", "name", x) }} {{ page.t(var) }}"#);
        assert_eq!(t.into_iter().collect::<Vec<_>>(), vec!["a-b", "c-d"]);
        let r = rust_keys(
            r#"errors.add("email", "email-error-shape"); see_other("/x?notice=notice-saved#main"); h("x-request-id")"#,
        );
        assert_eq!(
            r.into_iter().collect::<Vec<_>>(),
            vec!["email-error-shape", "notice-saved"]
        );
        assert!(is_key("home-title") && !is_key("Home") && !is_key("a-"));
    }
}
