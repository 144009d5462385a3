//! `weltoffen check-content`: validates the authored content and the translations, naming the
//! file and line of every problem.

use std::path::Path;

use weltoffen_knowledge::content::Content;
use weltoffen_selfcheck::instrument::Instrument;

/// The recommendations' links to articles that the magazine content does not have, as
/// `content/selfcheck/…` problems (the instrument keeps no lines, so they name the item).
fn unresolved_links(instrument: &Instrument, articles: &Content) -> Vec<String> {
    let mut problems = Vec::new();
    for field in &instrument.fields {
        for item in &field.items {
            for slug in &item.articles {
                if !articles.articles.iter().any(|a| &a.slug == slug) {
                    problems.push(format!(
                        "content/selfcheck: {}: article {slug:?} does not exist in content/knowledge/articles",
                        item.id
                    ));
                }
            }
        }
    }
    problems
}

/// The shipped magazine content, checked on its own and against the links of the instrument.
pub fn shipped_articles(instrument: &Instrument) -> Result<Content, String> {
    let articles = weltoffen_knowledge::content::shipped().map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  content/knowledge/{e}")).collect();
        format!("the magazine content is invalid:\n{}", lines.join("\n"))
    })?;
    let unresolved = unresolved_links(instrument, &articles);
    if unresolved.is_empty() {
        Ok(articles)
    } else {
        Err(format!(
            "the Selbstcheck content links to missing articles:\n  {}",
            unresolved.join("\n  ")
        ))
    }
}

/// Checks `content/selfcheck/`, `content/knowledge/` and `locales/` under `root`; returns the
/// problems found.
pub fn check(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let instrument = match weltoffen_selfcheck::instrument::load_dir(&root.join("content/selfcheck")) {
        Ok(instrument) => {
            println!(
                "selfcheck: instrument {} with {} fields and {} statements",
                instrument.version,
                instrument.fields.len(),
                instrument.item_count()
            );
            Some(instrument)
        }
        Err(errors) => {
            problems.extend(errors.iter().map(|e| format!("content/selfcheck/{e}")));
            None
        }
    };
    match weltoffen_knowledge::content::load_dir(&root.join("content/knowledge")) {
        Ok(articles) => {
            println!(
                "knowledge: {} articles ({} in English) by {} authors",
                articles.articles.len(),
                articles.articles.iter().filter(|a| a.en.is_some()).count(),
                articles.authors.len()
            );
            if let Some(instrument) = &instrument {
                problems.extend(unresolved_links(instrument, &articles));
            }
        }
        Err(errors) => problems.extend(errors.iter().map(|e| format!("content/knowledge/{e}"))),
    }
    let locale_problems = weltoffen_platform::i18n_keys::check_locales(&root.join("locales"));
    if locale_problems.is_empty() {
        println!("locales: de and en parse and define the same messages");
    }
    problems.extend(locale_problems);
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_content_passes_and_a_broken_copy_is_reported_with_file_and_line() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        assert_eq!(check(&root), Vec::<String>::new());

        let copy = std::env::temp_dir().join(format!("weltoffen-content-{}", std::process::id()));
        let selfcheck = copy.join("content/selfcheck");
        std::fs::create_dir_all(&selfcheck).unwrap();
        for entry in std::fs::read_dir(root.join("content/selfcheck")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, selfcheck.join(path.file_name().unwrap())).unwrap();
        }
        let file = selfcheck.join("03-access.toml");
        let text = std::fs::read_to_string(&file).unwrap().replacen(
            "dimension = \"massnahmen\"",
            "dimension = \"unbekannt\"",
            1,
        );
        let line = text.lines().position(|l| l.contains("\"unbekannt\"")).unwrap();
        std::fs::write(&file, text).unwrap();
        for lang in ["de", "en"] {
            std::fs::create_dir_all(copy.join("locales").join(lang)).unwrap();
        }
        std::fs::write(copy.join("locales/de/x.ftl"), "a = A\nb = B\nkaputt\n").unwrap();
        std::fs::write(copy.join("locales/en/x.ftl"), "a = A\n").unwrap();
        let problems = check(&copy);
        std::fs::remove_dir_all(&copy).unwrap();
        // The dimension line follows the item's id line; errors point at the id.
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("content/selfcheck/03-access.toml:") && p.contains("unknown dimension")),
            "{problems:?}"
        );
        let reported: usize = problems
            .iter()
            .find(|p| p.contains("unknown dimension"))
            .unwrap()
            .split(':')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            reported <= line + 1 && reported + 3 >= line,
            "reported {reported}, actual {line}"
        );
        assert!(problems.iter().any(|p| p.contains("x.ftl:3")), "{problems:?}");
        assert!(
            problems.iter().any(|p| p.contains("message b exists in de only")),
            "{problems:?}"
        );
    }
}
