//! The editorial workflow on both backends: who may use it, writing a draft, review, planned and
//! immediate publication, a visitor finding the published article by a German search, an edit
//! over someone else's shown side by side, and the history with differences and restoring.

use axum::http::StatusCode;
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;
use weltoffen_knowledge::cache::sync_once;
use weltoffen_knowledge::content::shipped;
use weltoffen_knowledge::schema::KnowledgeArticles;
use weltoffen_knowledge::seed::seed;

use crate::support::{TestApp, TestResponse, on_every_backend};

const AUTHOR: &str = "redaktion";

/// The fields of a valid new article.
fn article_fields<'a>(slug: &'a str, title: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("slug", slug),
        ("kind", "praxistipp"),
        ("access", "public"),
        ("fields", "engagement"),
        ("fields", "cohesion"),
        ("applies_to", "landkreis"),
        ("applies_to", "kreisangehoerige_gemeinde"),
        ("authors", AUTHOR),
        ("topics", "Ehrenamt\nVereine"),
        ("title_de", title),
        (
            "teaser_de",
            "Wie Vereine und Verwaltung gemeinsam Ehrenamtliche gewinnen.",
        ),
        ("body_de", body),
        ("note", "Erste Fassung"),
    ]
}

fn id_from(response: &TestResponse) -> Uuid {
    let location = response.location();
    let id = location
        .trim_start_matches("/redaktion/beitraege/")
        .split(['?', '/'])
        .next()
        .unwrap();
    Uuid::parse_str(id).unwrap_or_else(|_| panic!("no article id in {location}"))
}

fn revision_in(body: &str) -> String {
    let at = body
        .find("name=\"revision\" value=\"")
        .expect("the form names its version")
        + 23;
    body[at..].split('"').next().unwrap().to_owned()
}

async fn status(app: &TestApp, id: Uuid, transition: &str, planned: &str) -> TestResponse {
    app.post_as(
        &format!("/redaktion/beitraege/{id}/status"),
        &[("transition", transition), ("planned", planned)],
        "editor",
    )
    .await
}

#[tokio::test]
async fn only_editors_and_admins_reach_the_editorial_pages() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let anonymous = app.get("/redaktion", None).await;
        assert!(anonymous.status.is_redirection(), "[{label}] {}", anonymous.status);
        assert!(anonymous.location().starts_with("/login"), "[{label}]");
        for actor in ["member-a", "coordinator-a"] {
            assert_eq!(
                app.get_as("/redaktion", actor).await.status,
                StatusCode::FORBIDDEN,
                "[{label}] {actor}"
            );
            let post = app
                .post_as("/redaktion/neu", &article_fields("x", "X", "Y"), actor)
                .await;
            assert_eq!(post.status, StatusCode::FORBIDDEN, "[{label}] {actor} may not create");
        }
        assert_eq!(app.count("knowledge_articles").await, 0);
        for actor in ["editor", "admin"] {
            let page = app.get_as("/redaktion", actor).await;
            assert_eq!(page.status, StatusCode::OK, "[{label}] {actor}");
            assert!(
                page.body.contains("aria-current=\"page\">Redaktion</a>"),
                "[{label}] navigation"
            );
        }
        assert!(
            !app.get_as("/", "member-a").await.body.contains("href=\"/redaktion\""),
            "[{label}]"
        );
    })
    .await;
}

#[tokio::test]
async fn an_editor_writes_reviews_plans_and_publishes_and_a_visitor_finds_the_article() {
    let content = shipped().unwrap();
    on_every_backend(|app| {
        let content = content.clone();
        async move {
            let label = app.label.clone();
            seed(&app.state.db, &content).await.unwrap();

            // A form with gaps comes back with every problem named and the typed text kept.
            let mut bad = article_fields("Ehrenamt Gewinnen", "", "Text bleibt erhalten.");
            bad.retain(|(k, _)| *k != "fields");
            let refused = app.post_as("/redaktion/neu", &bad, "editor").await;
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            for message in [
                "Bitte geben Sie einen Titel ein.",
                "mindestens ein Handlungsfeld",
                "Die Adresse darf nur",
            ] {
                assert!(refused.body.contains(message), "[{label}] {message}");
            }
            assert!(
                refused.body.contains("Text bleibt erhalten."),
                "[{label}] nothing typed is lost"
            );
            let taken = app
                .post_as(
                    "/redaktion/neu",
                    &article_fields("integrationskonzept-in-12-schritten", "T", "B"),
                    "editor",
                )
                .await;
            assert!(taken.body.contains("schon vergeben"), "[{label}]");

            let created = app
                .post_as(
                    "/redaktion/neu",
                    &article_fields(
                        "ehrenamt-gewinnen",
                        "Ehrenamtliche gewinnen",
                        "Vereinsvorstände suchen Nachwuchs.",
                    ),
                    "editor",
                )
                .await;
            assert_eq!(created.status, StatusCode::SEE_OTHER, "[{label}] {}", created.body);
            let id = id_from(&created);
            // A draft is not public, not found, but can be previewed.
            assert_eq!(
                app.get("/magazin/ehrenamt-gewinnen", None).await.status,
                StatusCode::NOT_FOUND
            );
            let preview = app
                .get_as(&format!("/redaktion/beitraege/{id}/vorschau"), "editor")
                .await;
            assert_eq!(preview.status, StatusCode::OK, "[{label}]");
            assert!(preview.body.contains("Vorschau für die Redaktion – Stand: Entwurf"));
            assert!(preview.body.contains("Vereinsvorstände suchen Nachwuchs."));
            assert!(preview.body.contains("<meta name=\"robots\" content=\"noindex\">"));

            // A draft cannot be published without review.
            let skip = status(&app, id, "publish", "").await;
            assert_eq!(skip.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert!(
                skip.body
                    .contains("Der Stand des Beitrags hat sich inzwischen geändert")
            );
            assert_eq!(status(&app, id, "submit", "").await.status, StatusCode::SEE_OTHER);
            // A planned time in the past is refused and kept in the form.
            let past = status(&app, id, "publish", "2020-01-01T09:00").await;
            assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert!(past.body.contains("liegt in der Vergangenheit"));
            assert!(past.body.contains("value=\"2020-01-01T09:00\""));
            let garbled = status(&app, id, "publish", "morgen früh").await;
            assert!(garbled.body.contains("Datum und Uhrzeit vollständig"), "[{label}]");
            // Planned for later: published, but not yet visible.
            let planned = status(&app, id, "publish", "2099-06-01T09:30").await;
            assert_eq!(planned.status, StatusCode::SEE_OTHER, "[{label}]");
            assert!(planned.location().ends_with("notice=notice-knowledge-editor-planned"));
            let list = app.get_as("/redaktion", "editor").await;
            assert!(list.body.contains("Geplant"), "[{label}]");
            assert!(
                list.body.contains("01.06.2099, 09:30"),
                "[{label}] German clock time: {}",
                list.body
            );
            sync_once(&app.state).await.unwrap();
            assert_eq!(
                app.get("/magazin/ehrenamt-gewinnen", None).await.status,
                StatusCode::NOT_FOUND
            );
            let early = app.get("/magazin/suche?q=Vereinsvorst%C3%A4nde", None).await;
            assert!(
                early.body.contains("Nichts gefunden"),
                "[{label}] not found before its time"
            );

            // Archived, reopened, reviewed and published now: public and found by a German search.
            assert_eq!(status(&app, id, "archive", "").await.status, StatusCode::SEE_OTHER);
            assert_eq!(status(&app, id, "reopen", "").await.status, StatusCode::SEE_OTHER);
            assert_eq!(status(&app, id, "submit", "").await.status, StatusCode::SEE_OTHER);
            let now = status(&app, id, "publish", "").await;
            assert!(
                now.location().ends_with("notice=notice-knowledge-editor-published"),
                "[{label}]"
            );
            sync_once(&app.state).await.unwrap();
            let public = app.get("/magazin/ehrenamt-gewinnen", None).await;
            assert_eq!(public.status, StatusCode::OK, "[{label}]");
            assert!(public.body.contains("<h1>Ehrenamtliche gewinnen</h1>"));
            let found = app.get("/magazin/suche?q=Vereinsvorstand", None).await;
            assert!(
                found.body.contains("href=\"/magazin/ehrenamt-gewinnen\""),
                "[{label}] found by another word form"
            );
        }
    })
    .await;
}

async fn title_of(app: &TestApp, id: Uuid) -> String {
    let page = app.get_as(&format!("/redaktion/beitraege/{id}"), "editor").await;
    let marker = "id=\"title_de\" name=\"title_de\" type=\"text\" value=\"";
    let at = page.body.find(marker).unwrap() + marker.len();
    page.body[at..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_stale_edit_is_shown_side_by_side_and_versions_can_be_compared_and_restored() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &shipped().unwrap()).await.unwrap();
        let created = app
            .post_as(
                "/redaktion/neu",
                &article_fields(
                    "beirat-staerken",
                    "Den Beirat stärken",
                    "Zeile eins.\nZeile zwei.\nZeile drei.",
                ),
                "editor",
            )
            .await;
        let id = id_from(&created);
        let path = format!("/redaktion/beitraege/{id}");

        // Two editors open the same version.
        let opened = app.get_as(&path, "editor").await;
        assert_eq!(opened.status, StatusCode::OK, "[{label}]");
        let base = revision_in(&opened.body);
        assert_eq!(base, "1");
        let mut theirs = article_fields("", "Den Beirat stärken", "Zeile eins.\nZeile ZWEI.\nZeile drei.");
        theirs.retain(|(k, _)| *k != "slug");
        theirs.push(("revision", &base));
        theirs.retain(|(k, _)| *k != "note");
        theirs.push(("note", "Zeile zwei betont"));
        assert_eq!(
            app.post_as(&path, &theirs, "admin").await.status,
            StatusCode::SEE_OTHER,
            "[{label}]"
        );

        // The second save started from version 1 too: nothing is overwritten, both are shown.
        let mut mine = article_fields(
            "",
            "Den Beirat wirksam stärken",
            "Zeile eins.\nZeile zwei.\nZeile drei.\nZeile vier.",
        );
        mine.retain(|(k, _)| *k != "slug");
        mine.push(("revision", &base));
        let conflict = app.post_as(&path, &mine, "editor").await;
        assert_eq!(conflict.status, StatusCode::CONFLICT, "[{label}]");
        assert!(
            conflict
                .body
                .contains("Inzwischen hat jemand anderes diesen Beitrag gespeichert")
        );
        assert!(
            conflict.body.contains("Zeile ZWEI."),
            "[{label}] the saved version is shown"
        );
        assert!(
            conflict.body.contains("value=\"Den Beirat wirksam stärken\""),
            "[{label}] my text stays in the form"
        );
        assert_eq!(
            revision_in(&conflict.body),
            "2",
            "[{label}] saving again starts from the newest"
        );
        assert!(
            conflict.body.contains("<ins>Zeile vier.</ins>"),
            "[{label}] the difference"
        );
        assert_eq!(
            title_of(&app, id).await,
            "Den Beirat stärken",
            "[{label}] nothing overwritten"
        );
        let mut again = mine.clone();
        again.retain(|(k, _)| *k != "revision");
        again.push(("revision", "2"));
        assert_eq!(app.post_as(&path, &again, "editor").await.status, StatusCode::SEE_OTHER);
        assert_eq!(title_of(&app, id).await, "Den Beirat wirksam stärken");

        // The history: three versions; version 2 changed line two; version 1 restored as version 4.
        let edit = app.get_as(&path, "editor").await;
        assert!(edit.body.contains("Fassung 3"), "[{label}]");
        assert!(edit.body.contains("Zeile zwei betont"));
        let second = app.get_as(&format!("{path}/versionen/2"), "editor").await;
        assert_eq!(second.status, StatusCode::OK, "[{label}]");
        assert!(second.body.contains("Änderungen gegenüber Fassung 1"));
        assert!(second.body.contains("<del>Zeile zwei.</del>"), "[{label}]");
        assert!(second.body.contains("<ins>Zeile ZWEI.</ins>"));
        let stale_restore = app
            .post_as(&format!("{path}/versionen/1"), &[("revision", "2")], "editor")
            .await;
        assert_eq!(
            stale_restore.status,
            StatusCode::CONFLICT,
            "[{label}] restoring over a newer version"
        );
        let restored = app
            .post_as(&format!("{path}/versionen/1"), &[("revision", "3")], "editor")
            .await;
        assert_eq!(restored.status, StatusCode::SEE_OTHER, "[{label}]");
        assert_eq!(
            title_of(&app, id).await,
            "Den Beirat stärken",
            "[{label}] version 1 is back"
        );
        let history = app.get_as(&path, "editor").await;
        assert!(history.body.contains("Fassung 1 wiederhergestellt"), "[{label}]");
        assert_eq!(
            app.get_as(&format!("{path}/versionen/9"), "editor").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get_as(&format!("/redaktion/beitraege/{}", Uuid::nil()), "editor")
                .await
                .status,
            StatusCode::NOT_FOUND
        );

        // A shipped article's history starts with the shipped text as version 1.
        let query = Query::select()
            .column(KnowledgeArticles::Id)
            .from(KnowledgeArticles::Table)
            .and_where(Expr::col(KnowledgeArticles::Slug).eq("integrationskonzept-in-12-schritten"))
            .to_owned();
        let (shipped_id,): (Uuid,) = app.state.db.fetch_optional(&query).await.unwrap().unwrap();
        let shipped_page = app
            .get_as(&format!("/redaktion/beitraege/{shipped_id}"), "editor")
            .await;
        assert_eq!(revision_in(&shipped_page.body), "1", "[{label}]");
        assert!(
            shipped_page.body.contains("auftrag | Politischen Auftrag einholen"),
            "[{label}] steps in the form"
        );
    })
    .await;
}
