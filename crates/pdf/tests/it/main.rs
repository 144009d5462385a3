//! Renders both documents with realistic data and checks what comes out: a PDF/UA-1 file in the
//! right language, with user text printed literally.
//!
//! Set `WELTOFFEN_PDF_OUT=/some/dir` to keep the rendered files for a look.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod action_plan;
mod fixture;
mod workshop_protocol;

use std::process::Command;

use weltoffen_pdf::{PdfError, questionnaire, report};

fn keep(name: &str, pdf: &[u8]) {
    if let Ok(dir) = std::env::var("WELTOFFEN_PDF_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), pdf).unwrap();
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The XMP metadata stream is written uncompressed, so its claims can be read from the bytes.
fn assert_pdf_ua(pdf: &[u8], lang: &str) {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert!(contains(pdf, "<x:xmpmeta"), "no XMP metadata stream");
    assert!(
        contains(pdf, "<pdfuaid:part>1</pdfuaid:part>") || contains(pdf, "pdfuaid:part=\"1\""),
        "no PDF/UA-1 identifier in the XMP metadata"
    );
    assert!(contains(pdf, "/MarkInfo"), "not marked as tagged");
    assert!(contains(pdf, "/StructTreeRoot"), "no structure tree");
    assert!(
        (contains(pdf, &format!("/Lang({lang}")) || contains(pdf, &format!("/Lang ({lang}"))),
        "document language {lang} not set"
    );
}

/// The text of a PDF as `pdftotext` extracts it; `None` when poppler is not installed (then the
/// check is skipped locally, but CI must have it).
fn text_of(pdf: &[u8]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("weltoffen-pdf-{}-{}", std::process::id(), pdf.len()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").arg("-layout").arg(&path).arg("-").output();
    let _ = std::fs::remove_dir_all(&dir);
    match out {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "pdftotext (poppler-utils) is needed in CI"
            );
            None
        }
    }
}

#[test]
fn full_questionnaire_renders_as_pdf_ua_in_german_and_english() {
    for lang in ["de", "en"] {
        let data = fixture::questionnaire(lang, None);
        assert_eq!(data.fields.len(), 7);
        assert!(
            data.fields
                .iter()
                .all(|f| f.dimensions.iter().map(|d| d.items.len()).sum::<usize>() == 17)
        );
        let pdf = questionnaire(&data).unwrap();
        keep(&format!("questionnaire-{lang}.pdf"), &pdf);
        assert_pdf_ua(&pdf, lang);
        if let Some(text) = text_of(&pdf) {
            assert!(text.contains(&data.fields[6].title), "last field missing");
            assert!(text.contains(&data.labels.scale[5]));
        }
    }
}

#[test]
fn questionnaire_of_one_field_is_short() {
    let data = fixture::questionnaire("de", Some(3));
    assert_eq!(data.fields.len(), 1);
    let one = questionnaire(&data).unwrap();
    keep("questionnaire-field-de.pdf", &one);
    assert_pdf_ua(&one, "de");
    let all = questionnaire(&fixture::questionnaire("de", None)).unwrap();
    assert!(one.len() < all.len());
}

#[test]
fn report_renders_as_pdf_ua_with_and_without_comparison() {
    for lang in ["de", "en"] {
        for previous in [false, true] {
            let data = fixture::report(lang, previous);
            let pdf = report(&data).unwrap();
            keep(
                &format!("report-{lang}{}.pdf", if previous { "-compared" } else { "" }),
                &pdf,
            );
            assert_pdf_ua(&pdf, lang);
            assert!(
                contains(&pdf, "/S/Figure") && contains(&pdf, "/Alt"),
                "chart without alternative text"
            );
            if let Some(text) = text_of(&pdf) {
                assert!(text.contains(&data.municipality));
                assert!(
                    text.contains(&data.labels.change) == previous,
                    "comparison column only when compared"
                );
            }
        }
    }
}

const MARKUP: &str = "#panic(\"boom\") *fett* $x^2 [link] _kursiv_ <label> @ref \\ `code` // kein Kommentar";

#[test]
fn user_text_with_typst_markup_prints_literally() {
    let mut data = fixture::report("de", true);
    data.municipality = format!("Gemeinde {MARKUP}");
    data.round_title = format!("Runde ] {MARKUP}");
    data.fields[0].strengths[0].text = format!("Aussage {MARKUP}");
    data.fields[0].band = Some("$".into());
    data.facts[0].value = "#set page(width: 1cm)".into();
    // Compiling at all shows the text was not read as markup: `#panic` would abort, `$` and `]`
    // alone would be syntax errors.
    let pdf = report(&data).unwrap();
    assert_pdf_ua(&pdf, "de");

    let mut q = fixture::questionnaire("en", Some(1));
    q.subtitle = MARKUP.into();
    q.fields[0].dimensions[0].items[0].text = MARKUP.into();
    let qpdf = questionnaire(&q).unwrap();

    if let Some(text) = text_of(&pdf) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Gemeinde #panic(\"boom\") *fett* $x^2 [link]"), "{flat}");
        assert!(flat.contains("#set page(width: 1cm)"));
    }
    if let Some(text) = text_of(&qpdf) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("_kursiv_ <label> @ref \\ `code` // kein Kommentar"),
            "{flat}"
        );
    }
}

#[test]
fn characters_no_font_can_show_do_not_break_pdf_ua() {
    let mut data = fixture::report("en", false);
    data.round_title = "Round 🦜 with \u{E000} and a bell \u{7}".into();
    let pdf = report(&data).unwrap();
    assert_pdf_ua(&pdf, "en");
}

#[test]
fn missing_scores_and_empty_lists_render() {
    let mut data = fixture::report("de", true);
    for f in &mut data.fields {
        f.score = None;
        f.band = None;
        f.coverage = 0.0;
        f.previous_score = None;
        f.strengths.clear();
        f.potentials.clear();
        f.divergent.clear();
        f.dimensions.iter_mut().for_each(|d| d.score = None);
    }
    let pdf = report(&data).unwrap();
    keep("report-empty-de.pdf", &pdf);
    assert_pdf_ua(&pdf, "de");
}

#[test]
fn errors_carry_the_diagnostics() {
    let e = PdfError::Compile("report.typ:3: unknown variable".into());
    assert!(e.to_string().contains("report.typ:3"));
}
