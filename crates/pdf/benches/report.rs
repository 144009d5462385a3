//! Times the two documents with realistic data (7 fields × 17 statements): one warm-up render,
//! then 20 timed ones; prints median, min and max in milliseconds. Target: report median < 300 ms
//! in release. Run with `cargo bench -p weltoffen-pdf`.
//!
//! typst memoises layout across compilations, so a second render of the same data is much faster.
//! The main figures clear that cache before every run (a round's first download); the `_cached`
//! figures keep it (the same report downloaded again soon after).

#![allow(missing_docs, clippy::unwrap_used)]

#[path = "../tests/it/fixture.rs"]
mod fixture;

use std::time::Instant;

const RUNS: usize = 20;

fn time(name: &str, cold: bool, render: impl Fn() -> Vec<u8>) {
    let bytes = render().len();
    let mut ms: Vec<f64> = (0..RUNS)
        .map(|_| {
            if cold {
                typst::comemo::evict(0);
            }
            let start = Instant::now();
            std::hint::black_box(render());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let median = (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2.0;
    println!(
        "{name} median_ms={median:.1} min_ms={:.1} max_ms={:.1} bytes={bytes}",
        ms[0],
        ms[RUNS - 1]
    );
}

fn main() {
    // `cargo test --benches` runs this binary too; a quick smoke run is enough there.
    if std::env::args().any(|a| a == "--test") {
        weltoffen_pdf::report(&fixture::report("de", true)).unwrap();
        return;
    }
    let report = fixture::report("de", true);
    let questionnaire = fixture::questionnaire("de", None);
    time("report_pdf", true, || weltoffen_pdf::report(&report).unwrap());
    time("questionnaire_pdf", true, || {
        weltoffen_pdf::questionnaire(&questionnaire).unwrap()
    });
    time("report_pdf_cached", false, || weltoffen_pdf::report(&report).unwrap());
    time("questionnaire_pdf_cached", false, || {
        weltoffen_pdf::questionnaire(&questionnaire).unwrap()
    });
}
