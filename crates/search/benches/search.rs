//! Search over 10,000 generated articles: builds the index, then times a mix of queries as the
//! search page sends them (one to three words, some with facets, the last word as a prefix,
//! snippets for ten hits). Prints the build time and p50/p95/p99/max per query.
//!
//! Run with `cargo bench -p weltoffen-search --bench search`.

use std::time::{Duration, Instant};

use weltoffen_search::{ArticleDoc, ArticleIndex, ArticleText, Lang, Request};

const ARTICLES: usize = 10_000;
const WORDS_PER_BODY: usize = 700;
const QUERIES: usize = 3_000;

const VOCABULARY: &[&str] = &[
    "Integrationskonzept",
    "Integrationskonzepte",
    "Verwaltung",
    "Kommune",
    "Kommunen",
    "Landkreis",
    "Beirat",
    "Beteiligung",
    "Dialog",
    "Dialogveranstaltung",
    "Bürgerinnen",
    "Bürger",
    "Ehrenamt",
    "Engagement",
    "Vereine",
    "Migrantenorganisationen",
    "Ausländerbehörde",
    "Jobcenter",
    "Arbeitsmarkt",
    "Ausbildung",
    "Anerkennung",
    "Berufsabschlüsse",
    "Sprachkurse",
    "Dolmetscher",
    "Mehrsprachigkeit",
    "Willkommenskultur",
    "Antirassismus",
    "Diskriminierung",
    "Beschwerdestelle",
    "Personalentwicklung",
    "Fortbildung",
    "Schulung",
    "Kreistag",
    "Stadtrat",
    "Gemeinderat",
    "Bürgermeisterin",
    "Landrat",
    "Steuerung",
    "Monitoring",
    "Kennzahlen",
    "Haushalt",
    "Fördermittel",
    "Netzwerk",
    "Kooperation",
    "Wirtschaft",
    "Unternehmen",
    "Fachkräfte",
    "Zusammenhalt",
    "Begegnung",
    "Nachbarschaft",
    "Quartier",
    "Sportverein",
    "Kultur",
    "Konflikt",
    "Konfliktmanagement",
    "Kommunikation",
    "Öffentlichkeitsarbeit",
    "Presse",
    "Gerüchte",
    "Hassrede",
    "Anfeindungen",
    "Sicherheit",
    "Schule",
    "Kita",
    "Eltern",
    "Jugendliche",
    "Senioren",
    "Wohnungsmarkt",
    "Gesundheit",
    "Teilhabe",
    "Zugang",
    "Barrieren",
    "Leichte",
    "Sprache",
    "Formulare",
    "Sprechstunde",
    "Beratung",
    "Lotsen",
    "Mentoring",
    "Patenschaften",
    "Ziele",
    "Maßnahmen",
    "Umsetzung",
    "Evaluation",
    "Bestandsaufnahme",
    "Workshop",
    "Moderation",
    "Protokoll",
    "Ergebnisse",
    "Empfehlungen",
    "die",
    "der",
    "und",
    "mit",
    "für",
    "eine",
    "wird",
    "werden",
    "auch",
    "nach",
    "sich",
    "über",
    "bei",
];

const FIELDS: &[&str] = &[
    "management",
    "opening",
    "access",
    "work",
    "engagement",
    "cohesion",
    "communication",
];
const TYPES: &[&str] = &[
    "leitartikel",
    "gastbeitrag",
    "interview",
    "praxistipp",
    "checkliste",
    "praxisbericht",
];
const MUNICIPALITY_TYPES: &[&str] = &["landkreis", "kreisfreie_stadt", "kreisangehoerige_gemeinde"];
const ACCESS: &[&str] = &["public", "public", "public", "members", "on_request"];

/// A small deterministic generator (xorshift), so every run indexes the same articles.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() % from.len()]
    }
    fn words(&mut self, n: usize) -> String {
        let mut out = String::with_capacity(n * 10);
        for i in 0..n {
            if i > 0 {
                out.push(if i % 12 == 0 { '.' } else { ' ' });
                if i % 12 == 0 {
                    out.push(' ');
                }
            }
            out.push_str(self.pick(VOCABULARY));
        }
        out
    }
}

fn article(dice: &mut Dice, n: usize) -> ArticleDoc {
    let title = dice.words(6);
    let fields = (0..1 + dice.next() % 2).map(|_| dice.pick(FIELDS).to_owned()).collect();
    let has_en = n.is_multiple_of(3);
    ArticleDoc {
        id: format!("article-{n}"),
        slug: format!("beitrag-{n}"),
        kind: dice.pick(TYPES).to_owned(),
        access: dice.pick(ACCESS).to_owned(),
        fields,
        municipality_types: vec![dice.pick(MUNICIPALITY_TYPES).to_owned()],
        published_at: 1_600_000_000 + (n as i64) * 3_600,
        de: ArticleText {
            title,
            teaser: dice.words(30),
            topics: dice.words(3),
            body: dice.words(WORDS_PER_BODY),
        },
        en: has_en.then(|| ArticleText {
            title: "Integration concepts for municipalities".to_owned(),
            teaser: "How administrations plan participation and dialogue.".to_owned(),
            topics: String::new(),
            body: "Municipalities plan dialogue with residents and associations. ".repeat(40),
        }),
    }
}

/// The request the search page would send for the `i`-th query: every second one anonymous, some
/// with a facet, some for a second page, some in English.
fn request<'a>(i: usize, text: &'a str, field: &'a [String], kind: &'a [String]) -> Request<'a> {
    const ANONYMOUS: &[&str] = &["public"];
    const ALL: &[&str] = &["public", "members", "on_request"];
    Request {
        text,
        typing: i.is_multiple_of(4),
        lang: if i.is_multiple_of(10) { Lang::En } else { Lang::De },
        fields: if i % 5 == 1 { field } else { &[] },
        types: if i % 7 == 2 { kind } else { &[] },
        municipality_types: &[],
        listed_access: ALL,
        body_access: if i.is_multiple_of(2) { ANONYMOUS } else { ALL },
        now: 1_600_000_000 + (ARTICLES as i64) * 3_600,
        offset: if i % 9 == 3 { 10 } else { 0 },
        limit: 10,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut dice = Dice(0x5eed_2026_1204);
    let docs: Vec<ArticleDoc> = (0..ARTICLES).map(|n| article(&mut dice, n)).collect();
    let index = ArticleIndex::new()?;
    let started = Instant::now();
    index.rebuild(docs)?;
    let build = started.elapsed();

    let queries: Vec<String> = (0..QUERIES)
        .map(|i| {
            let words = 1 + i % 3;
            let mut q: Vec<String> = (0..words).map(|_| dice.pick(VOCABULARY).to_owned()).collect();
            if i.is_multiple_of(4) {
                // Still typing: the last word cut short.
                let last = q.pop().unwrap_or_default();
                let cut: String = last.chars().take(5.max(last.chars().count() / 2)).collect();
                q.push(cut);
            }
            q.join(" ")
        })
        .collect();
    let field = [FIELDS[0].to_owned()];
    let kind = [TYPES[3].to_owned()];
    // Warm up.
    for (i, q) in queries.iter().enumerate().take(200) {
        index.search(&request(i, q, &field, &kind))?;
    }
    let mut times = Vec::with_capacity(QUERIES);
    let mut found = 0usize;
    for (i, q) in queries.iter().enumerate() {
        let started = Instant::now();
        let results = index.search(&request(i, q, &field, &kind))?;
        times.push(started.elapsed());
        found += results.total;
    }
    times.sort();
    println!(
        "articles indexed: {} ({} words of body each)",
        index.len(),
        WORDS_PER_BODY
    );
    println!("index build: {:.1} s", build.as_secs_f64());
    println!("queries: {QUERIES}, mean hits per query: {}", found / QUERIES);
    for (name, p) in [("p50", 0.50), ("p95", 0.95), ("p99", 0.99), ("max", 1.0)] {
        println!("{name}: {:.2} ms", percentile(&times, p).as_secs_f64() * 1_000.0);
    }
    Ok(())
}
