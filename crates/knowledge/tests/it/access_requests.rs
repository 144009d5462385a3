//! Articles on request on both backends: a reader asks with a reason, editors grant or decline,
//! the reader gets a mail and, when granted, reads the article.

use axum::http::StatusCode;
use weltoffen_knowledge::content::parse;
use weltoffen_knowledge::seed::seed;

use crate::support::{TestApp, decode_mail, on_every_backend};

const AUTHORS: &str =
    "[[author]]\nid = \"redaktion\"\nname = \"Redaktion Test\"\nbio.de = \"Bio de\"\nbio.en = \"Bio en\"\n";

fn article(title: &str, access: &str, body: &str) -> String {
    format!(
        "+++\ntype = \"interview\"\ntitle = \"{title}\"\nteaser = \"Kurz zu {title}.\"\nfields = [\"management\"]\nauthors = [\"redaktion\"]\npublished_at = \"2026-02-01\"\naccess = \"{access}\"\n+++\n{body}\n"
    )
}

async fn seeded(app: &TestApp) {
    let content = parse(
        AUTHORS,
        &[
            (
                "vertraulich.de.md",
                &article("Vertraulich", "on_request", "Der geschützte Bericht."),
            ),
            ("offen.de.md", &article("Offen", "public", "Für alle.")),
        ],
    )
    .unwrap();
    seed(&app.state.db, &content).await.unwrap();
}

/// The id of the only waiting request on the editors' page.
async fn pending_request(app: &TestApp) -> String {
    let page = app.get_as("/redaktion/anfragen", "editor").await;
    let at = page
        .body
        .find("action=\"/redaktion/anfragen/")
        .expect("a waiting request")
        + 28;
    page.body[at..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_reader_asks_an_editor_grants_and_the_reader_reads() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seeded(&app).await;

        let anonymous = app.get("/magazin/vertraulich", None).await;
        assert!(anonymous.body.contains("Melden Sie sich an, um Zugang"), "[{label}]");
        assert!(!anonymous.body.contains("Der geschützte Bericht"));
        let refused_anonymous = app
            .post("/magazin/vertraulich/zugang", &[("reason", "Für die Konferenz")], None)
            .await;
        assert!(refused_anonymous.status.is_redirection(), "[{label}] login first");
        assert_eq!(app.count("knowledge_access_requests").await, 0);

        let form = app.get_as("/magazin/vertraulich", "member-a").await;
        assert!(
            form.body.contains("action=\"/magazin/vertraulich/zugang\""),
            "[{label}]"
        );
        let short = app
            .post_as("/magazin/vertraulich/zugang", &[("reason", "kurz")], "member-a")
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(short.body.contains("mindestens 10 Zeichen"));
        assert!(short.body.contains(">kurz</textarea>"), "[{label}] the reason is kept");
        assert_eq!(app.count("knowledge_access_requests").await, 0);
        let public = app
            .post_as(
                "/magazin/offen/zugang",
                &[("reason", "Für die Integrationskonferenz")],
                "member-a",
            )
            .await;
        assert_eq!(
            public.status,
            StatusCode::BAD_REQUEST,
            "[{label}] a public article needs no request"
        );

        let sent = app
            .post_as(
                "/magazin/vertraulich/zugang",
                &[("reason", "Für unsere Integrationskonferenz im März")],
                "member-a",
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "[{label}]");
        assert!(sent.location().ends_with("notice=notice-knowledge-request-sent"));
        // The editors hear of it.
        let to_editors: Vec<String> = app.deliver_mail().await.iter().map(|m| decode_mail(m)).collect();
        assert_eq!(to_editors.len(), 2, "[{label}] editor and admin");
        assert!(
            to_editors.iter().any(|m| m.contains("editor@test.example")),
            "[{label}]"
        );
        assert!(
            to_editors
                .iter()
                .all(|m| m.contains("Für unsere Integrationskonferenz im März")),
            "[{label}]"
        );
        assert!(to_editors.iter().all(|m| m.contains("/redaktion/anfragen")));
        let again = app
            .post_as(
                "/magazin/vertraulich/zugang",
                &[("reason", "Noch einmal gefragt, bitte")],
                "member-a",
            )
            .await;
        assert!(
            again.location().ends_with("notice=notice-knowledge-request-exists"),
            "[{label}]"
        );
        let waiting = app.get_as("/magazin/vertraulich", "member-a").await;
        assert!(
            waiting.body.contains("Ihre Anfrage liegt der Redaktion vor"),
            "[{label}]"
        );
        assert!(!waiting.body.contains("Der geschützte Bericht"));

        // Only editors decide.
        assert_eq!(
            app.get_as("/redaktion/anfragen", "member-a").await.status,
            StatusCode::FORBIDDEN
        );
        let list = app.get_as("/redaktion/anfragen", "editor").await;
        assert!(
            list.body.contains("Für unsere Integrationskonferenz im März"),
            "[{label}]"
        );
        assert!(
            app.get_as("/redaktion", "editor")
                .await
                .body
                .contains("Zugangsanfragen (1 offen)")
        );
        let id = pending_request(&app).await;
        let by_member = app
            .post_as(
                &format!("/redaktion/anfragen/{id}"),
                &[("decision", "grant")],
                "member-a",
            )
            .await;
        assert_eq!(by_member.status, StatusCode::FORBIDDEN, "[{label}]");
        let bogus = app
            .post_as(&format!("/redaktion/anfragen/{id}"), &[("decision", "maybe")], "editor")
            .await;
        assert_eq!(bogus.status, StatusCode::BAD_REQUEST);

        let granted = app
            .post_as(&format!("/redaktion/anfragen/{id}"), &[("decision", "grant")], "editor")
            .await;
        assert!(
            granted.location().ends_with("notice=notice-knowledge-request-decided"),
            "[{label}]"
        );
        let twice = app
            .post_as(
                &format!("/redaktion/anfragen/{id}"),
                &[("decision", "decline")],
                "editor",
            )
            .await;
        assert!(
            twice
                .location()
                .ends_with("notice=notice-knowledge-request-decided-before"),
            "[{label}]"
        );
        // The sink keeps every mail of the test: the reader's is the one to member-a.
        let to_reader: Vec<String> = app
            .deliver_mail()
            .await
            .iter()
            .map(|m| decode_mail(m))
            .filter(|m| m.contains("To: member-a@test.example"))
            .collect();
        assert_eq!(to_reader.len(), 1, "[{label}]");
        let mail = &to_reader[0];
        assert!(mail.contains("Zugang zum Beitrag"), "[{label}] {mail}");
        assert!(mail.contains("/magazin/vertraulich"));
        let reads = app.get_as("/magazin/vertraulich", "member-a").await;
        assert!(reads.body.contains("Der geschützte Bericht."), "[{label}] granted");
        // Another member still only sees the teaser.
        let other = app.get_as("/magazin/vertraulich", "member-b").await;
        assert!(!other.body.contains("Der geschützte Bericht."), "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn a_declined_reader_is_told_and_may_ask_again() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seeded(&app).await;
        app.post_as(
            "/magazin/vertraulich/zugang",
            &[("reason", "Für den Kreistag")],
            "member-b",
        )
        .await;
        assert_eq!(app.deliver_mail().await.len(), 2, "[{label}] the editors' notices");
        let id = pending_request(&app).await;
        app.post_as(
            &format!("/redaktion/anfragen/{id}"),
            &[("decision", "decline")],
            "editor",
        )
        .await;
        let to_reader: Vec<String> = app
            .deliver_mail()
            .await
            .iter()
            .map(|m| decode_mail(m))
            .filter(|m| m.contains("To: member-b@test.example"))
            .collect();
        assert_eq!(to_reader.len(), 1, "[{label}]");
        assert!(
            to_reader[0].contains("derzeit leider nicht freigeben"),
            "[{label}] {}",
            to_reader[0]
        );
        let page = app.get_as("/magazin/vertraulich", "member-b").await;
        assert!(
            page.body.contains("Ihre letzte Anfrage hat die Redaktion abgelehnt"),
            "[{label}]"
        );
        assert!(!page.body.contains("Der geschützte Bericht."));
        let again = app
            .post_as(
                "/magazin/vertraulich/zugang",
                &[("reason", "Für den Kreistag im Mai, mit Vorlage")],
                "member-b",
            )
            .await;
        assert!(
            again.location().ends_with("notice=notice-knowledge-request-sent"),
            "[{label}] asked again"
        );
        let list = app.get_as("/redaktion/anfragen", "editor").await;
        assert!(list.body.contains("mit Vorlage"), "[{label}]");
    })
    .await;
}
