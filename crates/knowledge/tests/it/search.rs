//! The magazine's search on both backends: German queries with their expected top hits over the
//! shipped articles, the search page with facets, paging and its refusals, what members and
//! anonymous readers find, the API, and the index following changes of the database.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use sea_query::{Expr, ExprTrait, Query};
use serde_json::Value;
use uuid::Uuid;
use weltoffen_knowledge::cache::sync_once;
use weltoffen_knowledge::content::{Content, parse, shipped};
use weltoffen_knowledge::schema::{KnowledgeArticleTexts, KnowledgeArticles};
use weltoffen_knowledge::seed::seed;
use weltoffen_knowledge::store::record_change;
use weltoffen_platform::accounts::store as accounts;
use weltoffen_platform::clock::now;
use weltoffen_platform::web::cookies::LANG_COOKIE;

use crate::support::{TestApp, TestResponse, on_every_backend};

/// German queries and the article a reader expects first.
const EXPECTED_TOP_HITS: &[(&str, &str)] = &[
    ("Integrationskonzepte", "integrationskonzept-in-12-schritten"),
    ("Integrationskonzept Schritte", "integrationskonzept-in-12-schritten"),
    ("Dialogveranstaltungen planen", "dialogveranstaltungen-planen"),
    ("Antidiskriminierungsstelle", "antidiskriminierungsstelle-aufbauen"),
    (
        "Anerkennung ausländischer Abschlüsse",
        "anerkennungsberatung-auslaendischer-abschluesse",
    ),
    ("Integrationsbeirat", "integrationsbeirat-wirksam-machen"),
    ("Anfeindungen", "haltung-zeigen-bei-anfeindungen"),
    ("Migrantenorganisationen", "migrantenorganisationen-als-partner"),
    ("Integrationsmonitoring", "integrationsmonitoring-steuern-mit-zahlen"),
    ("mehrsprachig informieren", "verstaendlich-und-mehrsprachig-informieren"),
    ("Willkommenskultur Fachkräfte", "fachkraefte-brauchen-willkommenskultur"),
    ("interkulturelle Öffnung", "interkulturelle-oeffnung-der-verwaltung"),
];

const AUTHORS: &str =
    "[[author]]\nid = \"redaktion\"\nname = \"Redaktion Test\"\nbio.de = \"Bio de\"\nbio.en = \"Bio en\"\n";

fn article(kind: &str, title: &str, fields: &str, extra: &str, body: &str) -> String {
    format!(
        "+++\ntype = \"{kind}\"\ntitle = \"{title}\"\nteaser = \"Kurz zu {title}.\"\nfields = [{fields}]\nauthors = [\"redaktion\"]\npublished_at = \"2026-02-01\"\n{extra}+++\n{body}\n"
    )
}

fn access_content() -> Content {
    let public = article(
        "praxistipp",
        "Sprechstunde",
        "\"access\"",
        "",
        "Eine offene Sprechstunde im Rathaus.",
    );
    let members = article(
        "leitartikel",
        "Interne Auswertung",
        "\"management\"",
        "access = \"members\"\n",
        "Die Haushaltsklausur entschied über Stellen.",
    );
    let on_request = article(
        "interview",
        "Vertrauliches Gespräch",
        "\"management\"",
        "access = \"on_request\"\n",
        "Der Sicherheitsbericht nennt Vorfälle.",
    );
    let future = article(
        "leitartikel",
        "Sprechstunde der Zukunft",
        "\"access\"",
        "",
        "Noch nicht erschienen.",
    )
    .replace("2026-02-01", "2099-01-01");
    parse(
        AUTHORS,
        &[
            ("sprechstunde.de.md", &public),
            ("interne-auswertung.de.md", &members),
            ("vertrauliches-gespraech.de.md", &on_request),
            ("zukunft.de.md", &future),
        ],
    )
    .unwrap()
}

async fn api(app: &TestApp, path: &str, token: Option<&str>) -> (TestResponse, Value) {
    let mut builder = Request::builder().uri(path);
    if let Some(token) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let response = app.send(builder.body(Body::empty()).unwrap()).await;
    let json = serde_json::from_str(&response.body).unwrap_or(Value::Null);
    (response, json)
}

async fn token(app: &TestApp, actor: &str) -> String {
    let mut tx = app.state.db.begin().await.unwrap();
    let token = accounts::create_token(&mut tx, app.users[actor], "test").await.unwrap();
    tx.commit().await.unwrap();
    token
}

fn slugs(json: &Value) -> Vec<String> {
    json["articles"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| x["slug"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn encode(q: &str) -> String {
    serde_urlencoded::to_string([("q", q)]).unwrap()
}

#[tokio::test]
async fn german_queries_find_the_expected_article_first() {
    let content = shipped().unwrap();
    on_every_backend(|app| {
        let content = content.clone();
        async move {
            let label = app.label.clone();
            seed(&app.state.db, &content).await.unwrap();
            for (query, expected) in EXPECTED_TOP_HITS {
                let (response, json) = api(&app, &format!("/api/v1/articles?{}", encode(query)), None).await;
                assert_eq!(response.status, StatusCode::OK, "[{label}] {query}");
                let found = slugs(&json);
                assert_eq!(
                    found.first().map(String::as_str),
                    Some(*expected),
                    "[{label}] {query}: {found:?}"
                );
            }
            // The page shows the same first hit, with the matching word highlighted.
            let page = app.get("/magazin/suche?q=Integrationskonzepte", None).await;
            assert_eq!(page.status, StatusCode::OK, "[{label}]");
            let first_link = page.body.find("<h3 class=\"search-result__title\"><a href=\"").unwrap();
            assert!(
                page.body[first_link..].starts_with(
                    "<h3 class=\"search-result__title\"><a href=\"/magazin/integrationskonzept-in-12-schritten\""
                ),
                "[{label}]"
            );
            assert!(page.body.contains("<mark>Integrationskonzept"), "[{label}] highlighted");
            assert!(
                page.body.contains("Beiträge zu „Integrationskonzepte“ gefunden."),
                "[{label}]"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn the_search_page_filters_by_facets_pages_and_explains_refusals() {
    let content = shipped().unwrap();
    on_every_backend(|app| {
        let content = content.clone();
        async move {
            let label = app.label.clone();
            let n = content.articles.len();
            seed(&app.state.db, &content).await.unwrap();

            // Without words every article is listed, newest first, ten to a page.
            let all = app.get("/magazin/suche", None).await;
            assert_eq!(all.status, StatusCode::OK, "[{label}]");
            assert!(
                all.body.contains(&format!("{n} Beiträge, die neuesten zuerst.")),
                "[{label}]"
            );
            assert_eq!(all.body.matches("class=\"search-result\"").count(), 10);
            assert!(all.body.contains("Seite 1 von 2"));
            assert!(
                all.body.contains("href=\"/magazin/suche?seite=2\" rel=\"next\""),
                "[{label}]"
            );
            let second = app.get("/magazin/suche?seite=2", None).await;
            assert_eq!(second.body.matches("class=\"search-result\"").count(), n - 10);

            // A facet shows its count and filters.
            assert!(all.body.contains("id=\"facet-typ-checkliste\""), "[{label}]");
            assert!(
                all.body
                    .contains("Checkliste <span class=\"search-facet__count\">(2)</span>"),
                "[{label}]"
            );
            let lists = app.get("/magazin/suche?typ=checkliste", None).await;
            assert_eq!(lists.body.matches("class=\"search-result\"").count(), 2, "[{label}]");
            assert!(lists.body.contains(
                "id=\"facet-typ-checkliste\" name=\"typ\" value=\"checkliste\" form=\"search-form\" checked"
            ));
            let both = app.get("/magazin/suche?typ=checkliste&feld=engagement", None).await;
            assert_eq!(both.body.matches("class=\"search-result\"").count(), 1, "[{label}]");

            // Refusals: a clear message, the words kept.
            let long = "Integration ".repeat(30);
            let too_long = app.get(&format!("/magazin/suche?{}", encode(&long)), None).await;
            assert_eq!(too_long.status, StatusCode::BAD_REQUEST, "[{label}]");
            assert!(too_long.body.contains("höchstens 200 Zeichen"));
            assert!(too_long.body.contains("aria-invalid=\"true\""));
            assert!(too_long.body.contains("value=\"Integration Integration"));
            let unknown = app.get("/magazin/suche?feld=garten", None).await;
            assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
            assert!(unknown.body.contains("Diesen Filter gibt es nicht"));
            let bad_page = app.get("/magazin/suche?seite=0", None).await;
            assert_eq!(bad_page.status, StatusCode::BAD_REQUEST);
            let stop_words = app.get("/magazin/suche?q=und+die", None).await;
            assert_eq!(stop_words.status, StatusCode::OK);
            assert!(stop_words.body.contains("nur sehr häufige Wörter"), "[{label}]");
            let empty = app.get("/magazin/suche?q=+&typ=checkliste", None).await;
            assert_eq!(empty.status, StatusCode::OK, "[{label}]");
            assert!(
                empty
                    .body
                    .contains("Sie haben keinen Suchbegriff eingegeben. Hier sind alle 2 passenden Beiträge"),
                "[{label}] an empty search says so"
            );
            let nothing = app.get("/magazin/suche?q=Feuerwehrfest", None).await;
            assert!(nothing.body.contains("Nichts gefunden"), "[{label}]");

            // htmx asks for the changing part only; the count goes to the status region.
            let live = app
                .send(
                    Request::builder()
                        .uri("/magazin/suche?q=Beirat")
                        .header("hx-request", "true")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(live.status, StatusCode::OK);
            assert!(!live.body.contains("<html"), "[{label}] a fragment");
            assert!(live.body.contains("id=\"search-status\" hx-swap-oob=\"innerHTML\""));
            assert!(live.body.contains("/magazin/integrationsbeirat-wirksam-machen"));

            // An English reader finds English texts, and German ones marked as German.
            let english = format!("{LANG_COOKIE}=en");
            let en = app
                .get_with("/magazin/suche?q=integration+concept", None, &english)
                .await;
            assert!(
                en.body.contains("/magazin/integrationskonzept-in-12-schritten"),
                "[{label}]"
            );
            assert!(en.body.contains("articles found for"));
            let de = app
                .get_with("/magazin/suche?q=Integrationsbeirat", None, &english)
                .await;
            assert!(
                de.body.contains("<article class=\"search-result\" lang=\"de\">"),
                "[{label}]"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn bodies_are_searched_only_for_readers_who_may_read_them() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &access_content()).await.unwrap();

        // The page lists every published article, but searches a body only where the reader may read it.
        let anonymous = app.get("/magazin/suche?q=Haushaltsklausur", None).await;
        assert!(anonymous.body.contains("Nichts gefunden"), "[{label}] anonymous");
        let member = app.get_as("/magazin/suche?q=Haushaltsklausur", "member-a").await;
        assert!(member.body.contains("/magazin/interne-auswertung"), "[{label}] member");
        assert!(member.body.contains("<mark>Haushaltsklausur</mark>"));
        let by_title = app.get("/magazin/suche?q=Auswertung", None).await;
        assert!(by_title.body.contains("/magazin/interne-auswertung"), "[{label}] title");
        assert!(by_title.body.contains("Für Mitglieder"));
        assert!(
            !by_title.body.contains("Haushaltsklausur"),
            "[{label}] no quote from the body"
        );
        let on_request = app.get_as("/magazin/suche?q=Sicherheitsbericht", "member-a").await;
        assert!(on_request.body.contains("Nichts gefunden"), "[{label}] on request");
        let editor = app.get_as("/magazin/suche?q=Sicherheitsbericht", "editor").await;
        assert!(
            editor.body.contains("/magazin/vertrauliches-gespraech"),
            "[{label}] editor"
        );
        // Not yet due: found by nobody.
        let future = app.get_as("/magazin/suche?q=Zukunft", "editor").await;
        assert!(future.body.contains("Nichts gefunden"), "[{label}] future");

        // The API lists only what the caller may read.
        let (response, json) = api(&app, "/api/v1/articles", None).await;
        assert_eq!(response.status, StatusCode::OK, "[{label}]");
        assert_eq!(slugs(&json), ["sprechstunde"], "[{label}]");
        assert_eq!(json["total"], 1);
        let member_token = token(&app, "member-a").await;
        let (_, json) = api(&app, "/api/v1/articles?field=management", Some(&member_token)).await;
        assert_eq!(slugs(&json), ["interne-auswertung"], "[{label}]");
        let editor_token = token(&app, "editor").await;
        let (_, json) = api(&app, "/api/v1/articles?q=Sicherheitsbericht", Some(&editor_token)).await;
        assert_eq!(slugs(&json), ["vertrauliches-gespraech"], "[{label}]");

        let (response, json) = api(&app, "/api/v1/articles/sprechstunde", None).await;
        assert_eq!(response.status, StatusCode::OK, "[{label}]");
        assert_eq!(json["type"], "praxistipp");
        assert_eq!(json["fields"], serde_json::json!(["access"]));
        assert!(json["body_html"].as_str().unwrap().contains("offene Sprechstunde"));
        assert_eq!(json["published_at"], "2026-02-01T07:00:00Z");
        let (response, _) = api(&app, "/api/v1/articles/interne-auswertung", None).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "[{label}] members only");
        assert_eq!(
            response.headers.get(header::CONTENT_TYPE).unwrap(),
            "application/problem+json"
        );
        let (response, _) = api(&app, "/api/v1/articles/interne-auswertung", Some(&member_token)).await;
        assert_eq!(response.status, StatusCode::OK, "[{label}] member");
        let (response, _) = api(&app, "/api/v1/articles", Some("wo_unknown")).await;
        assert_eq!(
            response.status,
            StatusCode::UNAUTHORIZED,
            "[{label}] a wrong token is refused"
        );
        for bad in ["type=roman", "field=garten", "page=0", "page=x", "q=a&q=b"] {
            let (response, _) = api(&app, &format!("/api/v1/articles?{bad}"), None).await;
            assert_eq!(response.status, StatusCode::BAD_REQUEST, "[{label}] {bad}");
        }
        let (response, _) = api(&app, &format!("/api/v1/articles?{}", encode(&"x".repeat(201))), None).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "[{label}] too long");

        let (_, document) = api(&app, "/api/openapi.json", None).await;
        assert!(document["paths"]["/api/v1/articles"]["get"].is_object(), "[{label}]");
        assert!(document["paths"]["/api/v1/articles/{slug}"]["get"].is_object());
    })
    .await;
}

async fn article_id(app: &TestApp, slug: &str) -> Uuid {
    let query = Query::select()
        .column(KnowledgeArticles::Id)
        .from(KnowledgeArticles::Table)
        .and_where(Expr::col(KnowledgeArticles::Slug).eq(slug))
        .to_owned();
    let row: (Uuid,) = app.state.db.fetch_optional(&query).await.unwrap().unwrap();
    row.0
}

#[tokio::test]
async fn the_index_follows_changes_written_to_the_change_table() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &access_content()).await.unwrap();
        let (_, json) = api(&app, "/api/v1/articles?q=Bürgersprechstunde", None).await;
        assert_eq!(slugs(&json), Vec::<String>::new(), "[{label}]");

        // An edit and its change row, in one transaction, as every change of an article is written.
        let id = article_id(&app, "sprechstunde").await;
        let mut tx = app.state.db.begin().await.unwrap();
        let update = Query::update()
            .table(KnowledgeArticleTexts::Table)
            .value(KnowledgeArticleTexts::Title, "Bürgersprechstunde im Rathaus")
            .and_where(Expr::col(KnowledgeArticleTexts::ArticleId).eq(id))
            .to_owned();
        tx.execute(&update).await.unwrap();
        record_change(&mut tx, id, now()).await.unwrap();
        tx.commit().await.unwrap();
        // Until the node looks at the change table, the index is as it was.
        let (_, json) = api(&app, "/api/v1/articles?q=Bürgersprechstunde", None).await;
        assert!(slugs(&json).is_empty(), "[{label}]");
        assert!(sync_once(&app.state).await.unwrap());
        let (_, json) = api(&app, "/api/v1/articles?q=Bürgersprechstunde", None).await;
        assert_eq!(slugs(&json), ["sprechstunde"], "[{label}] after the change");

        // Archived: no longer found.
        let mut tx = app.state.db.begin().await.unwrap();
        let archive = Query::update()
            .table(KnowledgeArticles::Table)
            .value(KnowledgeArticles::Status, "archived")
            .and_where(Expr::col(KnowledgeArticles::Id).eq(id))
            .to_owned();
        tx.execute(&archive).await.unwrap();
        record_change(&mut tx, id, now()).await.unwrap();
        tx.commit().await.unwrap();
        assert!(sync_once(&app.state).await.unwrap());
        let (_, json) = api(&app, "/api/v1/articles?q=Sprechstunde", None).await;
        assert!(slugs(&json).is_empty(), "[{label}] archived");
        let page = app.get("/magazin/suche?q=Sprechstunde", None).await;
        assert!(page.body.contains("Nichts gefunden"), "[{label}]");
    })
    .await;
}
