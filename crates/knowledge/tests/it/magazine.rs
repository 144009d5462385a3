//! The magazine on both backends: the shipped articles seeded once and never overwritten, the
//! home, field and article pages in both languages, what members, editors and others may read,
//! articles not yet due, and Markdown that tries to run script.

use axum::http::StatusCode;
use sea_query::{Expr, ExprTrait, Query};
use weltoffen_knowledge::content::{Content, parse, shipped};
use weltoffen_knowledge::schema::{KnowledgeArticleTexts, KnowledgeArticles};
use weltoffen_knowledge::seed::seed;
use weltoffen_platform::web::cookies::LANG_COOKIE;

use crate::support::{TestApp, on_every_backend};

const AUTHORS: &str =
    "[[author]]\nid = \"redaktion\"\nname = \"Redaktion Test\"\nbio.de = \"Bio de\"\nbio.en = \"Bio en\"\n";

fn article(kind: &str, title: &str, extra: &str, body: &str) -> String {
    format!(
        "+++\ntype = \"{kind}\"\ntitle = \"{title}\"\nteaser = \"Teaser von {title}.\"\nfields = [\"engagement\"]\nauthors = [\"redaktion\"]\npublished_at = \"2026-02-01\"\n{extra}+++\n{body}\n"
    )
}

fn test_content() -> Content {
    let public = article(
        "praxistipp",
        "Offen",
        "related = [\"nur-mitglieder\", \"zukunft\"]\n",
        "## Abschnitt\n\nÖffentlicher Text.",
    );
    let members = article(
        "leitartikel",
        "Nur Mitglieder",
        "access = \"members\"\n",
        "Geheimer Mitgliedertext.",
    );
    let on_request = article(
        "interview",
        "Auf Anfrage",
        "access = \"on_request\"\n",
        "Text nur auf Anfrage.",
    );
    let future = article("leitartikel", "Zukunft", "", "Noch nicht erschienen.").replace("2026-02-01", "2099-01-01");
    let hostile = article(
        "gastbeitrag",
        "Feindlich",
        "",
        "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[klick](javascript:alert(1))\n\n<p onclick=\"alert(1)\">Absatz</p>",
    );
    let checklist = article(
        "checkliste",
        "Liste",
        "[[steps]]\nid = \"auftrag\"\ntitle = \"Auftrag holen\"\n[[steps]]\nid = \"team\"\ntitle = \"Team bilden\"\nhint = \"Mit allen Ämtern.\"\n",
        "Erläuterungen.",
    );
    parse(
        AUTHORS,
        &[
            ("liste.de.md", &checklist),
            ("offen.de.md", &public),
            ("nur-mitglieder.de.md", &members),
            ("auf-anfrage.de.md", &on_request),
            ("zukunft.de.md", &future),
            ("feindlich.de.md", &hostile),
        ],
    )
    .unwrap()
}

async fn title_in_db(app: &TestApp, slug: &str) -> String {
    let query = Query::select()
        .column((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::Title))
        .from(KnowledgeArticleTexts::Table)
        .inner_join(
            KnowledgeArticles::Table,
            Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Id))
                .equals((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::ArticleId)),
        )
        .and_where(Expr::col((KnowledgeArticles::Table, KnowledgeArticles::Slug)).eq(slug))
        .and_where(Expr::col((KnowledgeArticleTexts::Table, KnowledgeArticleTexts::Locale)).eq("de"))
        .to_owned();
    let row: (String,) = app.state.db.fetch_optional(&query).await.unwrap().unwrap();
    row.0
}

#[tokio::test]
async fn shipped_articles_are_seeded_once_and_never_overwritten() {
    let content = shipped().unwrap();
    on_every_backend(|app| {
        let content = content.clone();
        async move {
            let label = app.label.clone();
            let n = content.articles.len();
            assert_eq!(seed(&app.state.db, &content).await.unwrap(), n, "[{label}]");
            assert_eq!(app.count("knowledge_articles").await, n as i64);
            // Each insert recorded a change in its transaction, for the nodes' derived data.
            assert_eq!(app.count("knowledge_changes").await, n as i64);
            let slug = &content.articles[0].slug;
            let update = Query::update()
                .table(KnowledgeArticleTexts::Table)
                .value(KnowledgeArticleTexts::Title, "Von der Redaktion geändert")
                .and_where(Expr::col(KnowledgeArticleTexts::Locale).eq("de"))
                .to_owned();
            app.state.db.execute(&update).await.unwrap();
            assert_eq!(seed(&app.state.db, &content).await.unwrap(), 0, "[{label}]");
            assert_eq!(app.count("knowledge_articles").await, n as i64);
            assert_eq!(title_in_db(&app, slug).await, "Von der Redaktion geändert");
        }
    })
    .await;
}

#[tokio::test]
async fn the_magazine_home_field_and_article_pages_show_the_shipped_articles_in_both_languages() {
    let content = shipped().unwrap();
    let checklist = content
        .articles
        .iter()
        .find(|a| a.slug == "integrationskonzept-in-12-schritten")
        .expect("the 12-step checklist is shipped")
        .clone();
    let german_only = content.articles.iter().find(|a| a.en.is_none()).unwrap().clone();
    on_every_backend(|app| {
        let (content, checklist, german_only) = (content.clone(), checklist.clone(), german_only.clone());
        async move {
            let label = app.label.clone();
            seed(&app.state.db, &content).await.unwrap();

            let home = app.get("/magazin", None).await;
            assert_eq!(home.status, StatusCode::OK, "[{label}]");
            assert!(home.body.contains("<h1>Magazin</h1>"), "[{label}]");
            assert!(home.body.contains("Management und Steuerung"));
            assert!(home.body.contains(&format!("href=\"/magazin/{}\"", checklist.slug)));
            assert!(
                home.body.contains("aria-current=\"page\">Magazin</a>"),
                "the navigation marks the magazine"
            );

            let field = app.get("/magazin/feld/management?typ=checkliste", None).await;
            assert_eq!(field.status, StatusCode::OK, "[{label}]");
            assert!(field.body.contains(&checklist.de.title), "[{label}]");
            assert!(field.body.contains("<option value=\"checkliste\" selected>"));
            let leitartikel = app.get("/magazin/feld/management?typ=leitartikel", None).await;
            assert!(
                !leitartikel
                    .body
                    .contains(&format!("href=\"/magazin/{}\"", checklist.slug))
            );
            assert_eq!(
                app.get("/magazin/feld/garten", None).await.status,
                StatusCode::NOT_FOUND
            );
            assert_eq!(
                app.get("/magazin/feld/management?typ=blog", None).await.status,
                StatusCode::BAD_REQUEST
            );

            let page = app.get(&format!("/magazin/{}", checklist.slug), None).await;
            assert_eq!(page.status, StatusCode::OK, "[{label}]");
            assert!(
                page.body.contains(&format!("<h1>{}</h1>", checklist.de.title)),
                "[{label}]"
            );
            assert_eq!(page.body.matches("<li id=\"schritt-").count(), 12);
            assert!(page.body.contains("<h2"), "the body is rendered from Markdown");
            assert!(page.body.contains("Redaktion weltoffen"));

            let english = format!("{LANG_COOKIE}=en");
            let en = app
                .get_with(&format!("/magazin/{}", checklist.slug), None, &english)
                .await;
            let en_title = &checklist.en.as_ref().unwrap().title;
            assert!(en.body.contains(&format!("<h1>{en_title}</h1>")), "[{label}]");
            assert!(!en.body.contains("only available in German"));
            let de_only = app
                .get_with(&format!("/magazin/{}", german_only.slug), None, &english)
                .await;
            assert!(de_only.body.contains("only available in German"), "[{label}]");
            assert!(
                de_only.body.contains("<h1 lang=\"de\">"),
                "German text is marked as German"
            );
            assert!(de_only.body.contains("<div class=\"prose article__body\" lang=\"de\">"));

            assert_eq!(
                app.get("/magazin/gibt-es-nicht", None).await.status,
                StatusCode::NOT_FOUND
            );
        }
    })
    .await;
}

#[tokio::test]
async fn readers_see_what_their_access_allows_and_nothing_before_its_date() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &test_content()).await.unwrap();

        let members = app.get("/magazin/nur-mitglieder", None).await;
        assert_eq!(members.status, StatusCode::OK, "[{label}]");
        assert!(members.body.contains("Teaser von Nur Mitglieder."));
        assert!(!members.body.contains("Geheimer Mitgliedertext"), "[{label}] anonymous");
        assert!(members.body.contains("Bitte melden Sie sich an"));
        let as_member = app.get_as("/magazin/nur-mitglieder", "member-a").await;
        assert!(as_member.body.contains("Geheimer Mitgliedertext"), "[{label}] member");

        let on_request = app.get_as("/magazin/auf-anfrage", "member-a").await;
        assert!(!on_request.body.contains("Text nur auf Anfrage"), "[{label}] member");
        let as_editor = app.get_as("/magazin/auf-anfrage", "editor").await;
        assert!(as_editor.body.contains("Text nur auf Anfrage"), "[{label}] editor");

        assert_eq!(
            app.get("/magazin/zukunft", None).await.status,
            StatusCode::NOT_FOUND,
            "[{label}]"
        );
        let public = app.get("/magazin/offen", None).await;
        assert!(
            public.body.contains("href=\"/magazin/nur-mitglieder\""),
            "[{label}] related"
        );
        assert!(
            !public.body.contains("href=\"/magazin/zukunft\""),
            "[{label}] a related article not yet due"
        );
        let home = app.get("/magazin", None).await;
        assert!(!home.body.contains("Zukunft"), "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn markdown_that_tries_to_run_script_is_rendered_harmless() {
    on_every_backend(|app| async move {
        seed(&app.state.db, &test_content()).await.unwrap();
        let page = app.get("/magazin/feindlich", None).await;
        assert_eq!(page.status, StatusCode::OK, "[{}]", app.label);
        let body = page.body.to_lowercase();
        assert!(body.contains("absatz"), "the harmless text stays");
        for bad in ["<script>alert", "onerror", "onclick", "javascript:"] {
            assert!(!body.contains(bad), "[{}] {bad}", app.label);
        }
    })
    .await;
}

#[tokio::test]
async fn fields_have_atom_feeds_and_the_sitemap_lists_published_articles() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &test_content()).await.unwrap();
        let feed = app.get("/magazin/feld/engagement/atom.xml", None).await;
        assert_eq!(feed.status, StatusCode::OK, "[{label}]");
        assert_eq!(
            feed.headers.get("content-type").unwrap().to_str().unwrap(),
            "application/atom+xml; charset=utf-8"
        );
        assert!(feed.body.contains("<title>Offen</title>"), "[{label}] {}", feed.body);
        assert!(feed.body.contains("/magazin/offen</id>"));
        assert!(!feed.body.contains("Zukunft"), "[{label}] not yet due");
        assert!(
            feed.body
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">")
        );
        let empty = app.get("/magazin/feld/work/atom.xml", None).await;
        assert_eq!(empty.status, StatusCode::OK);
        assert_eq!(empty.body.matches("<entry>").count(), 0);
        assert_eq!(
            app.get("/magazin/feld/garten/atom.xml", None).await.status,
            StatusCode::NOT_FOUND
        );

        let map = app.get("/sitemap.xml", None).await;
        assert_eq!(map.status, StatusCode::OK, "[{label}]");
        assert!(
            map.body.contains("/magazin/nur-mitglieder</loc>"),
            "teaser pages are public"
        );
        assert!(map.body.contains("/magazin/feld/cohesion</loc>"));
        assert!(!map.body.contains("/magazin/zukunft</loc>"), "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn a_municipality_works_through_a_checklist_and_bad_input_changes_nothing() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &test_content()).await.unwrap();
        let path = "/m/12072/checklisten/liste";

        let list = app.get_as("/m/12072/checklisten", "member-a").await;
        assert_eq!(list.status, StatusCode::OK, "[{label}]");
        assert!(
            list.body.contains("0 von 2 Schritten erledigt (0\u{a0}%)"),
            "[{label}] {}",
            list.body
        );
        let article = app.get_as("/magazin/liste", "member-a").await;
        assert!(
            article.body.contains(&format!("href=\"{path}\"")),
            "[{label}] the article offers the work page"
        );

        let saved = app
            .post_as(
                path,
                &[
                    ("done-auftrag", "on"),
                    ("note-auftrag", "Beschluss am 3. März"),
                    ("responsible-team", "Integrationsbüro"),
                ],
                "member-a",
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "[{label}] {}", saved.body);
        let page = app.get_as(path, "member-a").await;
        assert!(
            page.body.contains("1 von 2 Schritten erledigt (50\u{a0}%)"),
            "[{label}]"
        );
        assert!(page.body.contains("Beschluss am 3. März"));
        assert!(page.body.contains("value=\"Integrationsbüro\""));
        assert!(
            page.body
                .contains("id=\"done-auftrag\" name=\"done-auftrag\" value=\"on\" checked")
        );
        // Another member of the same municipality sees the same state; unticking works.
        let other = app.get_as(path, "coordinator-a").await;
        assert!(other.body.contains("Beschluss am 3. März"), "[{label}]");
        app.post_as(path, &[("note-auftrag", "Beschluss am 3. März")], "coordinator-a")
            .await;
        let list = app.get_as("/m/12072/checklisten", "member-a").await;
        assert!(list.body.contains("0 von 2 Schritten erledigt"), "[{label}]");

        // Too long, or a step the checklist does not have: nothing saved, the typed text comes back.
        let long = "x".repeat(2001);
        let refused = app
            .post_as(
                path,
                &[
                    ("done-team", "on"),
                    ("note-team", &long),
                    ("responsible-auftrag", "Neu"),
                ],
                "member-a",
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(refused.body.contains("höchstens 2000 Zeichen"));
        assert!(refused.body.contains("value=\"Neu\""), "what was typed is kept");
        let stale = app.post_as(path, &[("done-gibt-es-nicht", "on")], "member-a").await;
        assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        let page = app.get_as(path, "member-a").await;
        assert!(!page.body.contains("value=\"Neu\""), "[{label}] nothing was saved");
        assert!(page.body.contains("0 von 2 Schritten erledigt"));

        // Only members of the municipality; only checklists.
        assert_ne!(app.get_as(path, "member-b").await.status, StatusCode::OK, "[{label}]");
        let foreign = app.post_as(path, &[("done-team", "on")], "member-b").await;
        assert_ne!(foreign.status, StatusCode::SEE_OTHER, "[{label}]");
        assert_eq!(
            app.get_as("/m/12072/checklisten/offen", "member-a").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get_as("/m/12072/checklisten/zukunft", "member-a").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/m/12072/checklisten", None).await.status,
            StatusCode::SEE_OTHER,
            "[{label}] to the login"
        );
    })
    .await;
}
