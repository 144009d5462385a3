use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use weltoffen_platform::error::ErrorKind;
use weltoffen_platform::i18n_keys::{defined_keys, rust_keys, template_keys};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn used_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let crates = workspace().join("crates");
    let mut templates = Vec::new();
    files_under(&crates, "html", &mut templates);
    for t in templates {
        keys.extend(template_keys(&std::fs::read_to_string(t).unwrap()));
    }
    let mut sources = Vec::new();
    files_under(&crates, "rs", &mut sources);
    // The scanner's own unit tests hold sample keys that are not real messages.
    for s in sources
        .iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "src") && !p.ends_with("i18n_keys.rs"))
    {
        keys.extend(rust_keys(&std::fs::read_to_string(s).unwrap()));
    }
    for kind in [
        ErrorKind::BadRequest,
        ErrorKind::LoginRequired,
        ErrorKind::Forbidden,
        ErrorKind::Csrf,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::TooManyRequests,
        ErrorKind::Internal,
    ] {
        keys.insert(kind.message_keys().0.to_owned());
        keys.insert(kind.message_keys().1.to_owned());
    }
    keys
}

#[test]
fn every_used_key_exists_in_german_and_english() {
    let used = used_keys();
    assert!(
        used.len() > 100,
        "found only {} keys: the scanner is broken",
        used.len()
    );
    for locale in ["de", "en"] {
        let defined = defined_keys(&workspace().join("locales").join(locale)).unwrap();
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(
            missing.is_empty(),
            "{locale}: {} keys missing: {missing:?}",
            missing.len()
        );
    }
}

#[test]
fn german_and_english_define_the_same_keys() {
    let de = defined_keys(&workspace().join("locales/de")).unwrap();
    let en = defined_keys(&workspace().join("locales/en")).unwrap();
    let only_de: Vec<_> = de.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&de).collect();
    assert!(
        only_de.is_empty() && only_en.is_empty(),
        "only in de: {only_de:?}; only in en: {only_en:?}"
    );
}
