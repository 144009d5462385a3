//! Embeds the shipped magazine content (`content/knowledge/`) into the binary: one `include_str!`
//! per file, so the list follows the folder without being written by hand.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&manifest).join("../../content/knowledge");
    let articles = root.join("articles");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed={}", articles.display());
    let mut names: Vec<String> = std::fs::read_dir(&articles)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from(
        "/// The shipped article files: (file name, text).\npub const ARTICLE_FILES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = articles.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let authors = root.join("authors.toml");
    println!("cargo:rerun-if-changed={}", authors.display());
    let _ = writeln!(
        code,
        "/// The shipped authors file.\npub const AUTHORS_FILE: &str = include_str!({:?});",
        authors.display().to_string()
    );
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    if let Err(e) = std::fs::write(Path::new(&out).join("shipped.rs"), code) {
        panic!("cannot write shipped.rs: {e}");
    }
}
