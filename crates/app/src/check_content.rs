//! `weltoffen check-content`: validates the authored content and the translations, naming the
//! file and line of every problem.

use std::path::Path;

/// Checks `content/selfcheck/` and `locales/` under `root`; returns the problems found.
pub fn check(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    match weltoffen_selfcheck::instrument::load_dir(&root.join("content/selfcheck")) {
        Ok(instrument) => println!(
            "selfcheck: instrument {} with {} fields and {} statements",
            instrument.version,
            instrument.fields.len(),
            instrument.item_count()
        ),
        Err(errors) => problems.extend(errors.iter().map(|e| format!("content/selfcheck/{e}"))),
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
