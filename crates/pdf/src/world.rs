//! A minimal typst world: one static template as the main file, the data as `data.json`, the
//! bundled fonts, a fixed date. Nothing is read from disk or the network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::PdfError;

/// The fonts every document may use, parsed once: Open Sans for the text (bundled in `fonts/`,
/// Apache-2.0), typst's own fonts as fallback for symbols and other scripts.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// The templates use no italics, so only the upright styles are bundled.
static OPEN_SANS: [&[u8]; 3] = [
    include_bytes!("../fonts/OpenSans-Regular.ttf"),
    include_bytes!("../fonts/OpenSans-Semibold.ttf"),
    include_bytes!("../fonts/OpenSans-Bold.ttf"),
];

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = OPEN_SANS
        .into_iter()
        .chain(typst_assets::fonts())
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// Loads the fonts and the standard library now rather than on the first request.
pub fn warm_up() {
    LazyLock::force(&FONTS);
    LazyLock::force(&LIBRARY);
}

/// True when some bundled font has a glyph for `c`.
fn covered(c: char) -> bool {
    FONTS.fonts.iter().any(|f| f.info().coverage.contains(u32::from(c)))
}

/// Makes a user's text printable under PDF/UA-1, which refuses a character no font can show (it
/// would print as an empty box) and characters from the private use area: those become `?`;
/// control characters other than line breaks and tabs become spaces.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() => ' ',
            '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => '?',
            c if c.is_whitespace() || c.is_ascii() => c,
            c if covered(c) => c,
            _ => '?',
        })
        .collect()
}

/// Replaces every string in a JSON value by its [`printable`] form.
fn make_printable(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if s.chars().any(|c| !c.is_ascii() || c.is_ascii_control()) => {
            *s = printable(s);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(make_printable),
        serde_json::Value::Object(map) => map.values_mut().for_each(make_printable),
        _ => {}
    }
}

fn file_id(path: &str) -> Result<FileId, PdfError> {
    let vpath = VirtualPath::new(path).map_err(|e| PdfError::Setup(format!("{path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// The look both documents share, imported by them as `common.typ`.
const COMMON: &str = include_str!("../templates/common.typ");

struct DocumentWorld {
    main: Source,
    common: Source,
    data_id: FileId,
    data: Bytes,
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else if id == self.data_id {
            Err(FileError::NotSource)
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if let Ok(source) = self.source(id) {
            Ok(Bytes::from_string(source.text().to_owned()))
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // A fixed date keeps the output reproducible; the templates print dates from the data.
        Datetime::from_ymd(2026, 1, 1)
    }
}

/// Describes typst's diagnostics in one line each, with the template line where there is one.
fn describe(world: &DocumentWorld, diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let mut line = d.message.to_string();
            if let Some(id) = d.span.id()
                && let Ok(source) = world.source(id)
                && let Some(range) = world.range(d.span)
            {
                let text = source.text();
                let number = text.get(..range.start).unwrap_or(text).matches('\n').count() + 1;
                line = format!("{}:{number}: {line}", id.vpath().get_without_slash());
            }
            for hint in &d.hints {
                line.push_str(&format!(" (hint: {})", hint.v));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn content_hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// Compiles the template `name` with `data` as `data.json` into a tagged PDF/UA-1 document.
pub fn render(name: &str, template: &'static str, data: &impl serde::Serialize) -> Result<Vec<u8>, PdfError> {
    let mut json = serde_json::to_value(data).map_err(|e| PdfError::Setup(e.to_string()))?;
    make_printable(&mut json);
    let bytes = serde_json::to_vec(&json).map_err(|e| PdfError::Setup(e.to_string()))?;
    let hash = content_hash(&bytes);
    let world = DocumentWorld {
        main: Source::new(file_id(name)?, template.to_owned()),
        common: Source::new(file_id("common.typ")?, COMMON.to_owned()),
        data_id: file_id("data.json")?,
        data: Bytes::new(bytes),
    };
    let pdf = compile_and_export(&world, name, hash);
    // typst memoises across compilations; drop what the last few renders did not reuse so a
    // long-running server does not grow.
    typst::comemo::evict(10);
    pdf
}

fn compile_and_export(world: &DocumentWorld, name: &str, hash: u64) -> Result<Vec<u8>, PdfError> {
    let document = typst::compile::<PagedDocument>(world)
        .output
        .map_err(|errors| PdfError::Compile(describe(world, &errors)))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| PdfError::Setup(e.message().to_string()))?;
    let options = PdfOptions {
        // The same data gives the same document id; different data a different one.
        ident: Smart::Custom(format!("{name}:{hash:016x}")),
        creator: Smart::Custom(Some("weltoffen".to_owned())),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError::Export(describe(world, &errors)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_errors_name_the_file_and_line() {
        let data = serde_json::json!({ "title": "x" });
        match render("broken.typ", "#set document(title: \"x\")\n#nonexistent", &data) {
            Err(PdfError::Compile(message)) => {
                assert!(message.contains("broken.typ:2:"), "{message}");
                assert!(message.contains("nonexistent"), "{message}");
            }
            other => panic!("expected a compile error, got {:?}", other.map(|b| b.len())),
        }
    }

    #[test]
    fn pdf_ua_is_enforced_a_document_without_title_is_refused() {
        let result = render("untitled.typ", "Hallo", &serde_json::json!({}));
        match result {
            Err(PdfError::Export(message)) => assert!(message.contains("title"), "{message}"),
            other => panic!("expected a PDF/UA error, got {:?}", other.map(|b| b.len())),
        }
    }

    #[test]
    fn printable_keeps_ordinary_text_and_replaces_what_no_font_can_show() {
        assert_eq!(
            printable("Grüße, #Team* $x$ [a] – „ok“\nZeile"),
            "Grüße, #Team* $x$ [a] – „ok“\nZeile"
        );
        assert_eq!(printable("a\u{7}b"), "a b");
        assert_eq!(printable("x\u{E000}y"), "x?y");
        assert_eq!(printable("🦜"), "?");
    }
}
