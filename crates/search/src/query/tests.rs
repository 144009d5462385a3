use super::*;
use crate::index::{ArticleDoc, ArticleText};

const ALL: &[&str] = &["public", "members", "on_request"];
const PUBLIC: &[&str] = &["public"];

fn doc(slug: &str, kind: &str, fields: &[&str], title: &str, body: &str) -> ArticleDoc {
    ArticleDoc {
        id: format!("id-{slug}"),
        slug: slug.to_owned(),
        kind: kind.to_owned(),
        access: "public".to_owned(),
        fields: fields.iter().map(|f| (*f).to_owned()).collect(),
        municipality_types: vec!["landkreis".to_owned()],
        published_at: 1_000,
        de: ArticleText {
            title: title.to_owned(),
            teaser: format!("Kurzfassung: {title}"),
            topics: String::new(),
            body: body.to_owned(),
        },
        en: None,
    }
}

fn index(docs: Vec<ArticleDoc>) -> ArticleIndex {
    let index = ArticleIndex::new().unwrap();
    index.rebuild(docs).unwrap();
    index
}

fn request(text: &str) -> Request<'_> {
    Request {
        text,
        typing: false,
        lang: Lang::De,
        fields: &[],
        types: &[],
        municipality_types: &[],
        listed_access: ALL,
        body_access: ALL,
        now: 2_000,
        offset: 0,
        limit: 10,
    }
}

fn slugs(results: &Results) -> Vec<&str> {
    results.hits.iter().map(|h| h.slug.as_str()).collect()
}

fn sample() -> Vec<ArticleDoc> {
    vec![
        doc(
            "konzept",
            "checkliste",
            &["management"],
            "Integrationskonzept in zwölf Schritten",
            "Ein Konzept braucht einen Beschluss des Kreistags.",
        ),
        doc(
            "dialog",
            "praxistipp",
            &["kommunikation", "engagement"],
            "Dialogveranstaltungen planen",
            "Kleine Gruppen, klare Regeln. Auch ein Integrationskonzept kann im Dialog entstehen.",
        ),
        doc(
            "beirat",
            "interview",
            &["engagement"],
            "Der Beirat als Stimme",
            "Beiräte beraten den Rat.",
        ),
    ]
}

#[test]
fn a_plural_finds_the_singular_and_the_title_ranks_first() {
    let index = index(sample());
    let results = index.search(&request("Integrationskonzepte")).unwrap();
    assert_eq!(slugs(&results), ["konzept", "dialog"]);
    assert_eq!(results.total, 2);
}

#[test]
fn every_word_must_match() {
    let index = index(sample());
    assert_eq!(
        slugs(&index.search(&request("Integrationskonzept Dialog")).unwrap()),
        ["dialog"]
    );
    assert!(
        index
            .search(&request("Integrationskonzept Feuerwehr"))
            .unwrap()
            .hits
            .is_empty()
    );
}

#[test]
fn stop_words_alone_search_nothing() {
    let index = index(sample());
    let results = index.search(&request("die und der")).unwrap();
    assert!(results.only_stop_words);
    assert!(results.hits.is_empty());
}

#[test]
fn the_snippet_highlights_the_matching_word() {
    let index = index(sample());
    let results = index.search(&request("Beschluss")).unwrap();
    let snippet = &results.hits[0].snippet;
    assert!(
        snippet.iter().any(|p| p.highlighted && p.text == "Beschluss"),
        "{snippet:?}"
    );
    assert!(snippet.iter().any(|p| !p.highlighted));
}

#[test]
fn a_snippet_cut_from_a_long_body_says_so() {
    let long = format!(
        "{} Der Beschluss fiel einstimmig. {}",
        "Vorher. ".repeat(60),
        "Nachher. ".repeat(60)
    );
    let index = index(vec![doc("lang", "leitartikel", &["management"], "Titel", &long)]);
    let snippet = &index.search(&request("Beschluss")).unwrap().hits[0].snippet;
    assert_eq!(snippet.first().map(|p| p.text.as_str()), Some("… "));
    assert_eq!(snippet.last().map(|p| p.text.as_str()), Some(" …"));
}

#[test]
fn facets_count_all_matches_and_filter() {
    let index = index(sample());
    let results = index.search(&request("")).unwrap();
    assert_eq!(results.total, 3);
    let engagement = results.facets.fields.iter().find(|c| c.value == "engagement").unwrap();
    assert_eq!(engagement.count, 2);
    assert_eq!(results.facets.types.len(), 3);
    let fields = ["engagement".to_owned()];
    let types = ["interview".to_owned()];
    let filtered = index
        .search(&Request {
            fields: &fields,
            types: &types,
            ..request("")
        })
        .unwrap();
    assert_eq!(slugs(&filtered), ["beirat"]);
}

#[test]
fn without_words_the_newest_come_first() {
    let mut docs = sample();
    docs[2].published_at = 1_500;
    let index = index(docs);
    assert_eq!(slugs(&index.search(&request("")).unwrap())[0], "beirat");
}

#[test]
fn a_body_the_reader_may_not_read_is_neither_searched_nor_quoted() {
    let mut docs = sample();
    docs[0].access = "members".to_owned();
    let index = index(docs);
    let anonymous = Request {
        body_access: PUBLIC,
        ..request("Beschluss")
    };
    assert!(index.search(&anonymous).unwrap().hits.is_empty());
    // The title is public, and the snippet then comes from the teaser.
    let by_title = index
        .search(&Request {
            body_access: PUBLIC,
            ..request("Integrationskonzept")
        })
        .unwrap();
    let hit = by_title.hits.iter().find(|h| h.slug == "konzept").unwrap();
    assert!(
        hit.snippet.iter().all(|p| !p.text.contains("Kreistag")),
        "{:?}",
        hit.snippet
    );
    // Not listed at all where only public articles may be listed.
    let listed = index
        .search(&Request {
            listed_access: PUBLIC,
            body_access: PUBLIC,
            ..request("Integrationskonzept")
        })
        .unwrap();
    assert_eq!(slugs(&listed), ["dialog"]);
}

#[test]
fn a_scheduled_article_is_found_from_its_time_on() {
    let mut docs = sample();
    docs[2].published_at = 3_000;
    let index = index(docs);
    assert!(index.search(&request("Beirat")).unwrap().hits.is_empty());
    assert_eq!(
        slugs(
            &index
                .search(&Request {
                    now: 3_000,
                    ..request("Beirat")
                })
                .unwrap()
        ),
        ["beirat"]
    );
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let index = index(sample());
    assert!(index.search(&request("Dialogveran")).unwrap().hits.is_empty());
    let typing = index
        .search(&Request {
            typing: true,
            ..request("Dialogveran")
        })
        .unwrap();
    assert_eq!(slugs(&typing), ["dialog"]);
}

#[test]
fn an_english_reader_finds_english_and_german_texts() {
    let mut docs = sample();
    docs[1].en = Some(ArticleText {
        title: "Planning dialogue events".to_owned(),
        teaser: "Small groups and clear rules.".to_owned(),
        topics: String::new(),
        body: "Municipalities invite residents.".to_owned(),
    });
    let index = index(docs);
    let english = Request {
        lang: Lang::En,
        ..request("municipality")
    };
    let results = index.search(&english).unwrap();
    assert_eq!(slugs(&results), ["dialog"]);
    assert_eq!(results.hits[0].snippet_lang, Lang::En);
    let german = index
        .search(&Request {
            lang: Lang::En,
            ..request("Beirat")
        })
        .unwrap();
    assert_eq!(slugs(&german), ["beirat"]);
    assert_eq!(german.hits[0].snippet_lang, Lang::De);
    // A German reader does not search English texts.
    assert!(index.search(&request("municipality")).unwrap().hits.is_empty());
}

#[test]
fn updates_replace_and_remove_documents() {
    let index = index(sample());
    let mut changed = sample().remove(2);
    changed.de.title = "Seniorenbeirat".to_owned();
    index.update(&[changed], &["id-dialog".to_owned()]).unwrap();
    assert_eq!(index.len(), 2);
    assert_eq!(slugs(&index.search(&request("Seniorenbeirat")).unwrap()), ["beirat"]);
    assert!(index.search(&request("Dialogveranstaltungen")).unwrap().hits.is_empty());
}

#[test]
fn pages_follow_each_other() {
    let index = index(sample());
    let first = index
        .search(&Request {
            limit: 2,
            ..request("")
        })
        .unwrap();
    let second = index
        .search(&Request {
            limit: 2,
            offset: 2,
            ..request("")
        })
        .unwrap();
    assert_eq!(first.hits.len(), 2);
    assert_eq!(second.hits.len(), 1);
    assert_eq!(first.total, 3);
    assert!(!slugs(&first).contains(&second.hits[0].slug.as_str()));
}

#[test]
fn parts_split_at_highlights() {
    let p = parts("ab cd ef, gh", &[3..5, 10..12]);
    assert_eq!(p.len(), 4);
    assert!(p[1].highlighted && p[1].text == "cd");
}
