//! Realistic data for the tests and the benchmark: the shipped instrument's texts (read from
//! `content/selfcheck/`, 7 fields × 17 statements) with made-up but plausible results.

#![allow(dead_code)]

use std::collections::BTreeMap;

use serde::Deserialize;
use weltoffen_pdf::*;

#[derive(Deserialize)]
struct Text {
    de: String,
    en: String,
}

impl Text {
    fn get(&self, lang: &str) -> String {
        if lang == "de" { self.de.clone() } else { self.en.clone() }
    }
}

#[derive(Deserialize)]
struct Dimension {
    id: String,
    title: Text,
}

#[derive(Deserialize)]
struct InstrumentFile {
    version: String,
    dimensions: Vec<Dimension>,
}

#[derive(Deserialize)]
struct FieldHead {
    order: u32,
    title: Text,
    intro: Text,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    dimension: String,
    text: Text,
    explanation: Option<Text>,
    recommendation: Text,
}

#[derive(Deserialize)]
struct FieldFile {
    field: FieldHead,
    items: Vec<Item>,
}

/// The shipped instrument as read from disk.
pub struct Content {
    version: String,
    dimensions: Vec<Dimension>,
    fields: Vec<FieldFile>,
}

/// Reads `content/selfcheck/`.
pub fn content() -> Content {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/selfcheck");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let instrument: InstrumentFile = toml::from_str(&read("instrument.toml")).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml") && n.as_bytes()[0].is_ascii_digit())
        .collect();
    names.sort();
    let fields = names.iter().map(|n| toml::from_str(&read(n)).unwrap()).collect();
    Content {
        version: instrument.version,
        dimensions: instrument.dimensions,
        fields,
    }
}

const SCALE_DE: [&str; 6] = [
    "trifft voll zu",
    "trifft eher zu",
    "trifft eher nicht zu",
    "trifft nicht zu",
    "weiß nicht",
    "nicht zutreffend",
];
const SCALE_EN: [&str; 6] = [
    "fully applies",
    "largely applies",
    "hardly applies",
    "does not apply",
    "don't know",
    "not applicable",
];

fn scale(lang: &str) -> Vec<String> {
    let s = if lang == "de" { SCALE_DE } else { SCALE_EN };
    s.iter().map(|s| (*s).to_owned()).collect()
}

fn de_en(lang: &str, de: &str, en: &str) -> String {
    if lang == "de" { de.to_owned() } else { en.to_owned() }
}

/// The questionnaire of all fields (or the field with `order`).
pub fn questionnaire(lang: &str, only: Option<u32>) -> QuestionnaireData {
    let content = content();
    let fields = content
        .fields
        .iter()
        .filter(|f| only.is_none_or(|o| o == f.field.order))
        .map(|f| QuestionnaireField {
            number: f.field.order,
            title: f.field.title.get(lang),
            intro: f.field.intro.get(lang),
            dimensions: content
                .dimensions
                .iter()
                .map(|d| QuestionnaireDimension {
                    title: d.title.get(lang),
                    items: f
                        .items
                        .iter()
                        .filter(|i| i.dimension == d.id)
                        .map(|i| QuestionnaireItem {
                            id: i.id.clone(),
                            text: i.text.get(lang),
                            explanation: i.explanation.as_ref().map(|e| e.get(lang)).unwrap_or_default(),
                        })
                        .collect(),
                })
                .filter(|d: &QuestionnaireDimension| !d.items.is_empty())
                .collect(),
        })
        .collect();
    QuestionnaireData {
        lang: lang.into(),
        title: de_en(
            lang,
            "Selbstcheck Weltoffene Kommune – Fragebogen",
            "Welcoming Municipality Self-Check – Questionnaire",
        ),
        subtitle: "Landkreis Barnim".into(),
        instrument_version: content.version.clone(),
        fields,
        labels: QuestionnaireLabels {
            page: de_en(lang, "Seite {page} von {total}", "Page {page} of {total}"),
            version: de_en(lang, "Fassung", "Version"),
            how_to_title: de_en(
                lang,
                "So füllen Sie den Fragebogen aus",
                "How to fill in the questionnaire",
            ),
            how_to: vec![
                de_en(
                    lang,
                    "Kreuzen Sie bei jeder Aussage an, wie sehr sie auf Ihre Verwaltung zutrifft. Antworten Sie aus Sicht Ihres Arbeitsbereichs.",
                    "For each statement, tick how far it applies to your administration.",
                ),
                de_en(
                    lang,
                    "Wenn Sie etwas nicht beurteilen können, kreuzen Sie „weiß nicht“ an.",
                    "If you cannot judge, tick “don't know”.",
                ),
            ],
            respondent: vec![
                de_en(lang, "Name", "Name"),
                de_en(lang, "Organisationseinheit", "Department"),
                de_en(lang, "Datum", "Date"),
            ],
            contents: de_en(lang, "Inhalt", "Contents"),
            field: de_en(lang, "Handlungsfeld", "Field of action"),
            scale: scale(lang),
            comment: de_en(lang, "Anmerkung", "Comment"),
        },
    }
}

/// A number in 0..1 that depends only on `seed`.
fn noise(seed: &str) -> f64 {
    let h = seed
        .bytes()
        .fold(2166136261u32, |h, b| (h ^ u32::from(b)).wrapping_mul(16777619));
    f64::from(h % 1000) / 1000.0
}

/// A report of a seven-field round; `previous` adds the comparison with an earlier round.
pub fn report(lang: &str, previous: bool) -> ReportData {
    let content = content();
    let band = |score: f64| {
        let (de, en) = if score < 25.0 {
            ("Einstieg", "Getting started")
        } else if score < 50.0 {
            ("Aufbau", "Building up")
        } else if score < 75.0 {
            ("Fortgeschritten", "Advanced")
        } else {
            ("Vorreiter", "Pioneer")
        };
        de_en(lang, de, en)
    };
    let fields = content
        .fields
        .iter()
        .map(|f| {
            let mut means: Vec<(f64, &Item)> = f.items.iter().map(|i| (3.0 * noise(&i.id), i)).collect();
            let score = 100.0 * means.iter().map(|(m, _)| m).sum::<f64>() / (3.0 * means.len() as f64);
            means.sort_by(|a, b| b.0.total_cmp(&a.0));
            let item = |(m, i): &(f64, &Item), recommendation: bool| ReportItem {
                id: i.id.clone(),
                text: i.text.get(lang),
                mean: Some(*m),
                recommendation: if recommendation {
                    i.recommendation.get(lang)
                } else {
                    String::new()
                },
                distribution: vec![1, 2, 1, 1, 1, 0],
            };
            let mut by_dimension: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
            for (m, i) in &means {
                let d = content.dimensions.iter().position(|d| d.id == i.dimension).unwrap();
                let e = by_dimension.entry(d).or_default();
                e.0 += m;
                e.1 += 1;
            }
            ReportField {
                number: f.field.order,
                title: f.field.title.get(lang),
                score: Some(score),
                band: Some(band(score)),
                coverage: 0.7 + 0.3 * noise(&f.field.title.de),
                previous_score: previous.then(|| (score - 20.0 + 30.0 * noise(&f.field.title.en)).clamp(0.0, 100.0)),
                dimensions: content
                    .dimensions
                    .iter()
                    .enumerate()
                    .map(|(n, d)| ReportDimension {
                        title: d.title.get(lang),
                        score: by_dimension.get(&n).map(|(s, c)| 100.0 * s / (3.0 * *c as f64)),
                    })
                    .collect(),
                strengths: means.iter().take(3).map(|m| item(m, false)).collect(),
                potentials: means.iter().rev().take(3).map(|m| item(m, true)).collect(),
                divergent: means.iter().skip(5).take(2).map(|m| item(m, false)).collect(),
            }
        })
        .collect();
    ReportData {
        lang: lang.into(),
        title: de_en(
            lang,
            "Selbstcheck Weltoffene Kommune – Ergebnisbericht",
            "Welcoming Municipality Self-Check – Results report",
        ),
        municipality: "Landkreis Barnim".into(),
        round_title: de_en(lang, "Selbstcheck 2026", "Self-check 2026"),
        facts: vec![
            Fact {
                label: de_en(lang, "Stand", "As of"),
                value: "21.11.2026".into(),
            },
            Fact {
                label: de_en(lang, "Teilnehmende", "Respondents"),
                value: "6".into(),
            },
            Fact {
                label: de_en(lang, "Fassung des Fragebogens", "Questionnaire version"),
                value: content.version.clone(),
            },
        ],
        previous_round: previous.then(|| de_en(lang, "Selbstcheck 2024", "Self-check 2024")),
        fields,
        labels: ReportLabels {
            page: de_en(lang, "Seite {page} von {total}", "Page {page} of {total}"),
            contents: de_en(lang, "Inhalt", "Contents"),
            overview: de_en(lang, "Überblick", "Overview"),
            chart_caption: de_en(
                lang,
                "Punktwerte der sieben Handlungsfelder (0 bis 100)",
                "Scores of the seven fields of action (0 to 100)",
            ),
            chart_alt: de_en(
                lang,
                "Netzdiagramm der Punktwerte von 0 bis 100 je Handlungsfeld.",
                "Radar chart of the scores from 0 to 100 per field of action.",
            ),
            chart_current: de_en(lang, "Diese Runde", "This round"),
            chart_previous: de_en(lang, "Vorrunde", "Previous round"),
            reading_help_title: de_en(lang, "So lesen Sie diesen Bericht", "How to read this report"),
            reading_help: vec![de_en(
                lang,
                "Der Punktwert fasst die Antworten zusammen.",
                "The score summarises the answers.",
            )],
            field: de_en(lang, "Handlungsfeld", "Field of action"),
            score: de_en(lang, "Punktwert", "Score"),
            score_value: de_en(lang, "{value} von 100", "{value} of 100"),
            band: de_en(lang, "Stufe", "Stage"),
            coverage: de_en(lang, "Abdeckung", "Coverage"),
            previous: de_en(lang, "Vorrunde", "Previous"),
            change: de_en(lang, "Veränderung", "Change"),
            dimensions: de_en(lang, "Dimensionen", "Dimensions"),
            dimension: de_en(lang, "Dimension", "Dimension"),
            strengths: de_en(lang, "Stärken", "Strengths"),
            strengths_intro: de_en(lang, "Die am besten bewerteten Aussagen.", "The best rated statements."),
            potentials: de_en(lang, "Entwicklungspotenziale", "Development potentials"),
            potentials_intro: de_en(
                lang,
                "Die am niedrigsten bewerteten Aussagen.",
                "The lowest rated statements.",
            ),
            recommendation: de_en(lang, "Empfehlung", "Recommendation"),
            divergent: de_en(lang, "Unterschiedliche Einschätzungen", "Divergent ratings"),
            divergent_intro: de_en(
                lang,
                "Hier liegen die Antworten weit auseinander.",
                "Here the answers differ widely.",
            ),
            mean_value: de_en(lang, "Mittelwert {value} von 3", "Mean {value} of 3"),
            scale: scale(lang),
            none: de_en(
                lang,
                "Keine Aussagen in dieser Kategorie.",
                "No statements in this category.",
            ),
            no_value: de_en(lang, "k. A.", "n/a"),
        },
    }
}
