//! CSV and JSON exports of a round and the import of paper questionnaires, over HTTP on both backends.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use uuid::Uuid;
use weltoffen_platform::web::cookies::{CSRF_COOKIE, SESSION_COOKIE};
use weltoffen_selfcheck::instrument::Instrument;
use weltoffen_selfcheck::scoring::AnswerValue;
use weltoffen_selfcheck::store::{self, NewAnswer};

use crate::support::{TestApp, TestResponse, on_every_backend};

const BOUNDARY: &str = "----weltoffenTestBoundary7MA4YWxk";

fn instrument() -> &'static Instrument {
    weltoffen_selfcheck::current_instrument().unwrap()
}

/// The first `n` statements of a field that apply to the test municipality A (a Landkreis).
fn items(app: &TestApp, field: &str, n: usize) -> Vec<String> {
    instrument()
        .field(field)
        .unwrap()
        .items
        .iter()
        .filter(|i| i.applies(app.a.kind()))
        .take(n)
        .map(|i| i.id.clone())
        .collect()
}

async fn new_round(app: &TestApp, municipality: Uuid, title: &str) -> Uuid {
    store::create_round(
        &app.state.db,
        municipality,
        title,
        None,
        &instrument().version,
        app.users["coordinator-a"],
    )
    .await
    .unwrap()
}

async fn answer(app: &TestApp, round: Uuid, actor: &str, answers: &[(&str, AnswerValue, Option<&str>)]) {
    let row = store::round_by_id(&app.state.db, round).await.unwrap().unwrap();
    let answers: Vec<NewAnswer> = answers
        .iter()
        .map(|(item, value, comment)| NewAnswer {
            item_id: (*item).to_owned(),
            value: *value,
            comment: comment.map(str::to_owned),
        })
        .collect();
    store::save_answers(
        &app.state.db,
        instrument(),
        &row,
        app.users[actor],
        actor,
        true,
        &answers,
    )
    .await
    .unwrap();
}

/// Every answer of a round as (respondent name, item, value, comment), for comparisons.
async fn answer_set(app: &TestApp, round: Uuid) -> BTreeSet<(String, String, String, Option<String>)> {
    let names: std::collections::HashMap<Uuid, String> = store::respondent_fields(&app.state.db, round)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.respondent_id, r.display_name))
        .collect();
    store::round_answers(&app.state.db, round)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (names[&a.respondent_id].clone(), a.item_id, a.value, a.comment))
        .collect()
}

fn path(app: &TestApp, round: Uuid, rest: &str) -> String {
    format!("/m/{}/selbstcheck/{round}{rest}", app.a.ags)
}

/// A multipart upload as the import form sends it: the CSRF field first, then the file.
async fn upload(app: &TestApp, actor: &str, round: Uuid, file: &[u8]) -> TestResponse {
    upload_named(app, actor, round, "antworten.csv", file).await
}

/// Like [`upload`] with a file name (empty when the form is sent without choosing a file).
async fn upload_named(app: &TestApp, actor: &str, round: Uuid, file_name: &str, file: &[u8]) -> TestResponse {
    let session = app.session(actor).await.unwrap();
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n",
            app.csrf
        )
        .as_bytes(),
    );
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let request = Request::builder()
        .method(Method::POST)
        .uri(path(app, round, "/import"))
        .header(
            header::COOKIE,
            format!("{CSRF_COOKIE}={}; {SESSION_COOKIE}={session}", app.csrf),
        )
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap();
    app.send(request).await
}

fn header(r: &TestResponse, name: header::HeaderName) -> &str {
    r.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn csv_export_has_bom_header_semicolons_crlf_and_no_formulas() {
    on_every_backend(|app| async move {
        let round = new_round(&app, app.a.id, "Export").await;
        let m = items(&app, "management", 2);
        answer(
            &app,
            round,
            "member-a",
            &[
                (
                    &m[0],
                    AnswerValue::Score(3),
                    Some("=HYPERLINK(\"http://evil.example\")"),
                ),
                (&m[1], AnswerValue::DontKnow, Some("erstens; zweitens\nneue Zeile")),
            ],
        )
        .await;
        let r = app.get_as(&path(&app, round, "/answers.csv"), "member-a").await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.label, r.body);
        assert_eq!(header(&r, header::CONTENT_TYPE), "text/csv; charset=utf-8");
        assert_eq!(header(&r, header::CACHE_CONTROL), "private, no-store");
        // The file is named by the round's start day in Germany.
        let today = weltoffen_platform::clock::today_in_germany();
        let name = format!(
            "attachment; filename=\"selbstcheck-{}-{:04}-{:02}-{:02}.csv\"",
            app.a.ags,
            today.year(),
            u8::from(today.month()),
            today.day()
        );
        assert_eq!(header(&r, header::CONTENT_DISPOSITION), name);
        assert!(
            r.body
                .starts_with("\u{feff}respondent;field;statement;value;comment;statement_text\r\n"),
            "{}",
            r.body
        );
        let lines: Vec<&str> = r.body.split("\r\n").collect();
        assert!(
            lines[1].starts_with(&format!(
                "member-a;management;{};3;\"'=HYPERLINK(\"\"http://evil.example\"\")\";",
                m[0]
            )),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].starts_with(&format!(
                "member-a;management;{};dont_know;\"erstens; zweitens\nneue Zeile\";",
                m[1]
            )),
            "{}",
            lines[2]
        );
        assert!(!r.body.contains(";=HYPERLINK"));

        let json = app.get_as(&path(&app, round, "/answers.json"), "coordinator-a").await;
        assert_eq!(json.status, StatusCode::OK, "{}", json.body);
        assert!(header(&json, header::CONTENT_DISPOSITION).ends_with(".json\""));
        assert_eq!(header(&json, header::CACHE_CONTROL), "private, no-store");
        let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(doc["round"]["id"], round.to_string());
        assert_eq!(doc["round"]["status"], "open");
        assert_eq!(doc["municipality"]["ags"], app.a.ags);
        assert_eq!(doc["respondents"][0]["name"], "member-a");
        assert_eq!(doc["respondents"][0]["has_account"], true);
        assert_eq!(doc["answers"][0]["item"], m[0].as_str());
        assert_eq!(doc["answers"][0]["value"], 3);
        assert_eq!(doc["answers"][0]["field"], "management");
        assert_eq!(doc["answers"][1]["value"], "dont_know");
        assert_eq!(doc["answers"][0]["comment"], "=HYPERLINK(\"http://evil.example\")");
    })
    .await;
}

#[tokio::test]
async fn exported_answers_imported_into_another_round_are_the_same_answers() {
    on_every_backend(|app| async move {
        let source = new_round(&app, app.a.id, "Quelle").await;
        let m = items(&app, "management", 3);
        let o = items(&app, "opening", 2);
        answer(
            &app,
            source,
            "member-a",
            &[
                (&m[0], AnswerValue::Score(3), Some("-5 Stellen; \"befristet\"")),
                (&m[1], AnswerValue::Score(0), None),
                (&o[0], AnswerValue::NotApplicable, Some("@Amt\r\nzweite Zeile")),
            ],
        )
        .await;
        answer(
            &app,
            source,
            "coordinator-a",
            &[
                (&m[0], AnswerValue::Score(1), Some("'=zitiert")),
                (&m[2], AnswerValue::DontKnow, None),
                (&o[1], AnswerValue::Score(2), Some("+49 30 1234")),
            ],
        )
        .await;
        let csv = app.get_as(&path(&app, source, "/answers.csv"), "coordinator-a").await;
        assert_eq!(csv.status, StatusCode::OK);

        let target = new_round(&app, app.a.id, "Ziel").await;
        let r = upload(&app, "coordinator-a", target, csv.body.as_bytes()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
        assert_eq!(
            r.location(),
            format!("{}?notice=notice-selfcheck-imported", path(&app, target, ""))
        );
        assert_eq!(answer_set(&app, source).await, answer_set(&app, target).await);
        let people = store::respondent_fields(&app.state.db, target).await.unwrap();
        assert!(
            people.iter().all(|p| p.user_id.is_none()),
            "imported people are paper respondents"
        );

        // Importing again matches the names (any case) instead of creating people twice.
        let respondents_before = app.count("selfcheck_respondents").await;
        let again = format!(
            "respondent;field;statement;value;comment\r\nMEMBER-A;management;{};2;\r\n",
            m[1]
        );
        let r = upload(&app, "coordinator-a", target, again.as_bytes()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(app.count("selfcheck_respondents").await, respondents_before);
        assert!(
            answer_set(&app, target)
                .await
                .contains(&("member-a".into(), m[1].clone(), "2".into(), None))
        );
    })
    .await;
}

#[tokio::test]
async fn import_errors_are_listed_with_their_lines_and_nothing_is_saved() {
    on_every_backend(|app| async move {
        let round = new_round(&app, app.a.id, "Papier").await;
        let m = items(&app, "management", 2);
        let head = "respondent;field;statement;value;comment\r\n";
        let good = format!("Jugendamt;management;{};3;gut\r\n", m[0]);
        let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
            (
                "wrong header",
                format!("name;field;statement;value;comment\r\n{good}").into_bytes(),
                vec![
                    "Zeile 1: Die Spalte „name“ ist unbekannt",
                    "Die Spalte „respondent“ fehlt",
                ],
            ),
            (
                "latin-1",
                [
                    head.as_bytes(),
                    good.as_bytes(),
                    b"Stra\xdfenverkehrsamt;management;x;1;\r\n",
                ]
                .concat(),
                vec![
                    "Zeile 3: Die Datei ist nicht in UTF-8 gespeichert",
                    "Bitte als UTF-8 speichern",
                ],
            ),
            (
                "duplicate row",
                format!("{head}{good}jugendamt;management;{};2;\r\n", m[0]).into_bytes(),
                vec!["Zeile 3: Dieselbe Person hat diese Aussage schon in Zeile 2 beantwortet."],
            ),
            (
                "unknown id",
                format!("{head}{good}Jugendamt;management;management.gibt-es-nicht;2;\r\n").into_bytes(),
                vec!["Zeile 3: Die Aussage „management.gibt-es-nicht“ gibt es"],
            ),
            (
                "value 7",
                format!("{head}{good}Jugendamt;management;{};7;\r\n", m[1]).into_bytes(),
                vec!["Zeile 3: Die Antwort „7“ ist nicht erlaubt."],
            ),
        ];
        for (case, file, expected) in cases {
            let r = upload(&app, "coordinator-a", round, &file).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] {case}: {}",
                app.label,
                r.body
            );
            assert!(r.body.contains("class=\"error-summary\""), "{case}");
            assert!(r.body.contains("<title>Fehler: "), "{case}");
            assert!(r.body.contains("aria-invalid=\"true\""), "{case}");
            for needle in expected {
                assert!(r.body.contains(needle), "[{}] {case}: {needle:?} missing", app.label);
            }
            assert_eq!(app.count("selfcheck_answers").await, 0, "{case}: nothing saved");
            assert_eq!(app.count("selfcheck_respondents").await, 0, "{case}: nobody created");
        }

        let r = upload_named(&app, "coordinator-a", round, "", b"").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Wählen Sie eine CSV-Datei aus."), "{}", r.body);
        let r = upload(&app, "coordinator-a", round, b"").await;
        assert!(r.body.contains("Die Datei ist leer."), "{}", r.body);

        // A closed round takes nothing, even a good file.
        let row = store::round_by_id(&app.state.db, round).await.unwrap().unwrap();
        store::set_round_open(&app.state.db, &row, false, app.users["coordinator-a"], &[])
            .await
            .unwrap();
        let r = upload(&app, "coordinator-a", round, format!("{head}{good}").as_bytes()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains("Die Runde ist abgeschlossen."), "{}", r.body);
        assert_eq!(app.count("selfcheck_answers").await, 0);
        let page = app.get_as(&path(&app, round, "/import"), "coordinator-a").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("type=\"file\""),
            "no upload form for a closed round"
        );
    })
    .await;
}

#[tokio::test]
async fn import_page_explains_the_format_and_the_template_lists_the_statements() {
    on_every_backend(|app| async move {
        let round = new_round(&app, app.a.id, "Vorlage").await;
        let page = app.get_as(&path(&app, round, "/import"), "coordinator-a").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        for needle in [
            "enctype=\"multipart/form-data\"",
            "<label class=\"label label--bold\" for=\"file\">",
            "respondent;field;statement;value;comment\nJugendamt;management;",
            "/import/template.csv",
            &format!("name=\"csrf\" value=\"{}\"", app.csrf),
        ] {
            assert!(page.body.contains(needle), "{needle:?} missing");
        }
        let template = app
            .get_as(&path(&app, round, "/import/template.csv"), "coordinator-a")
            .await;
        assert_eq!(template.status, StatusCode::OK);
        assert!(header(&template, header::CONTENT_DISPOSITION).ends_with("-vorlage.csv\""));
        let applicable = instrument()
            .fields
            .iter()
            .flat_map(|f| f.items.iter())
            .filter(|i| i.applies(app.a.kind()))
            .count();
        assert_eq!(template.body.matches("\r\n").count(), applicable + 1);

        // A filled-in template line is enough; the empty lines are skipped.
        let m = items(&app, "management", 1);
        let filled = template.body.replacen(
            &format!(";management;{};;;", m[0]),
            &format!("Ordnungsamt;management;{};2;;", m[0]),
            1,
        );
        let r = upload(&app, "coordinator-a", round, filled.as_bytes()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(app.count("selfcheck_answers").await, 1);
    })
    .await;
}

#[tokio::test]
async fn nobody_outside_the_municipality_exports_or_imports_its_round() {
    on_every_backend(|app| async move {
        let round = new_round(&app, app.a.id, "Geheim").await;
        let m = items(&app, "management", 1);
        answer(&app, round, "member-a", &[(&m[0], AnswerValue::Score(2), None)]).await;
        for suffix in ["/answers.csv", "/answers.json"] {
            let r = app.get_as(&path(&app, round, suffix), "member-b").await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{suffix}");
            assert!(!r.body.contains(&m[0]));
            // Through B's own address the round of A does not exist.
            let r = app
                .get_as(&format!("/m/{}/selbstcheck/{round}{suffix}", app.b.ags), "member-b")
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{suffix}");
        }
        let r = app.get_as(&path(&app, round, "/import"), "member-a").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = upload(&app, "member-a", round, b"x").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_paper_import_is_in_the_round_history_and_a_refused_one_is_not() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let round = new_round(&app, app.a.id, "Papier und Netz").await;
        let m = items(&app, "management", 2);
        // member-a answered online, so the import matches that name instead of creating a person.
        answer(&app, round, "member-a", &[(&m[0], AnswerValue::Score(2), None)]).await;
        let file = format!(
            "respondent;field;statement;value;comment\r\n\
             member-a;management;{a};3;\r\n\
             Jugendamt;management;{a};1;\r\n\
             Jugendamt;management;{b};0;\r\n",
            a = m[0],
            b = m[1]
        );
        let r = upload(&app, "coordinator-a", round, file.as_bytes()).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        let events = store::round_events(&app.state.db, round).await.unwrap();
        let kinds: Vec<_> = events.iter().map(store::RoundEventRow::kind).collect();
        assert_eq!(
            kinds,
            vec![
                Some(store::RoundEvent::Started),
                Some(store::RoundEvent::Imported(store::ImportDetail {
                    respondents: 2,
                    new_respondents: 1,
                    answers: 3,
                })),
            ],
            "[{label}]"
        );
        assert_eq!(events[1].actor_name.as_deref(), Some("coordinator-a"), "[{label}]");

        // A file with an error stores nothing, the history entry included.
        let bad = format!(
            "respondent;field;statement;value;comment\r\nJugendamt;management;{};9;\r\n",
            m[1]
        );
        let r = upload(&app, "coordinator-a", round, bad.as_bytes()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert_eq!(
            store::round_events(&app.state.db, round).await.unwrap().len(),
            2,
            "[{label}]"
        );
        let page = app.get_as(&path(&app, round, ""), "coordinator-a").await;
        assert!(
            page.body
                .contains("Papierfragebögen eingelesen von coordinator-a: 3 Antworten von 2 Personen, davon 1 neu"),
            "[{label}] history line missing"
        );
    })
    .await;
}
