//! The action plan's API and downloads on both backends: an integration creates, lists, changes
//! and reports on measures; refused input changes nothing; tenancy and the edit rule hold; the
//! CSV and PDF show the measures the list's filter shows.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use serde_json::{Value, json};
use uuid::Uuid;
use weltoffen_platform::accounts::store as accounts;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::web::cookies::LANG_COOKIE;
use weltoffen_selfcheck::current_instrument;
use weltoffen_selfcheck::plan::input::{MeasureInput, Owner};
use weltoffen_selfcheck::plan::model::{ListFilter, MeasureStatus};
use weltoffen_selfcheck::plan::service;
use weltoffen_selfcheck::web::plan_export::{plan_measures, plan_pdf_data};

use crate::support::{TestApp, TestResponse, on_every_backend};

async fn token(app: &TestApp, actor: &str) -> String {
    let mut tx = app.state.db.begin().await.unwrap();
    let token = accounts::create_token(&mut tx, app.users[actor], "test").await.unwrap();
    tx.commit().await.unwrap();
    token
}

async fn call(app: &TestApp, method: Method, path: &str, token: &str, body: Option<&Value>) -> TestResponse {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let request = builder
        .body(body.map(|b| Body::from(b.to_string())).unwrap_or_default())
        .unwrap();
    app.send(request).await
}

async fn get(app: &TestApp, path: &str, token: &str) -> TestResponse {
    call(app, Method::GET, path, token, None).await
}

fn json_of(r: &TestResponse) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body))
}

/// Asserts problem details with this status; returns the detail.
fn problem(r: &TestResponse, status: StatusCode, context: &str) -> String {
    assert_eq!(r.status, status, "{context}: {}", r.body);
    assert_eq!(
        r.headers.get(header::CONTENT_TYPE).unwrap(),
        "application/problem+json",
        "{context}"
    );
    let body = json_of(r);
    assert_eq!(body["status"], status.as_u16(), "{context}");
    body["detail"].as_str().unwrap().to_owned()
}

fn item(field: &str, n: usize) -> String {
    current_instrument().unwrap().field(field).unwrap().items[n].id.clone()
}

/// The titles of a list answer, in its order.
fn titles(r: &TestResponse) -> Vec<String> {
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    json_of(r)["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap().to_owned())
        .collect()
}

/// A measure of municipality B, stored directly (B has no coordinator in the harness).
async fn measure_of_b(app: &TestApp) -> Uuid {
    let input = MeasureInput {
        title: "Maßnahme im Märkischen Kreis".into(),
        description: String::new(),
        status: MeasureStatus::Planned,
        progress: 0,
        owner: Owner::Member(app.users["member-b"]),
        start_date: None,
        due_date: None,
        fields: vec!["work".into()],
        items: vec![],
        public: false,
    };
    service::create(&app.state.db, app.b.id, &input, None, app.users["member-b"])
        .await
        .unwrap()
}

#[tokio::test]
async fn an_integration_creates_lists_changes_and_reports_on_measures() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let coordinator = token(&app, "coordinator-a").await;
        let member_a = app.users["member-a"];

        // Create: the member owns the first, an external partner the second.
        let concept = json!({
            "title": "Integrationskonzept fortschreiben",
            "description": "Bilanz ziehen, Beirat beteiligen.",
            "fields": ["opening", "management"],
            "items": [item("management", 0)],
            "status": "in_progress",
            "progress": 10,
            "owner": {"kind": "member", "user_id": member_a},
            "start_date": "2026-03-01",
            "due_date": "2026-09-30"
        });
        let r = call(&app, Method::POST, "/api/v1/measures", &coordinator, Some(&concept)).await;
        assert_eq!(r.status, StatusCode::CREATED, "[{label}] {}", r.body);
        let first = json_of(&r);
        let id = first["id"].as_str().unwrap().to_owned();
        assert_eq!(r.location(), format!("/api/v1/measures/{id}"), "[{label}]");
        assert_eq!(
            first["fields"],
            json!(["management", "opening"]),
            "[{label}] instrument order"
        );
        assert_eq!(first["items"], json!([item("management", 0)]));
        assert_eq!(first["status"], "in_progress");
        assert_eq!(first["progress"], 10);
        assert_eq!(first["owner"]["kind"], "member");
        assert_eq!(first["owner"]["user_id"], member_a.to_string());
        assert_eq!(first["owner"]["name"], "member-a");
        assert_eq!(first["start_date"], "2026-03-01");
        assert_eq!(first["due_date"], "2026-09-30");
        assert_eq!(first["public"], false);
        assert_eq!(first["milestones"], json!([]));
        assert_eq!(first["latest_update"], Value::Null);
        assert!(first["created_at"].as_str().unwrap().contains('T'));
        // Its due date has passed (the harness's clock is today) and it is still open.
        assert_eq!(first["overdue"], true, "[{label}]");

        let partner = json!({
            "title": "Sprachmittlerpool aufbauen",
            "fields": ["work"],
            "owner": {"kind": "external", "name": "Brückenschlag e. V."}
        });
        let r = call(&app, Method::POST, "/api/v1/measures", &coordinator, Some(&partner)).await;
        assert_eq!(r.status, StatusCode::CREATED, "[{label}] {}", r.body);
        let second = json_of(&r);
        let second_id = second["id"].as_str().unwrap().to_owned();
        assert_eq!(second["status"], "planned", "[{label}] the default status");
        assert_eq!(
            second["owner"],
            json!({"kind": "external", "name": "Brückenschlag e. V."})
        );
        assert_eq!(second["overdue"], false);

        // Refused creations save nothing, and the detail names the key.
        let measures_before = app.count("measures").await;
        let unknown = json!({"title": "X", "fields": ["management"], "items": ["management.no-such-statement"]});
        let r = call(&app, Method::POST, "/api/v1/measures", &coordinator, Some(&unknown)).await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("items:"));
        let backwards =
            json!({"title": "X", "fields": ["management"], "start_date": "2026-05-01", "due_date": "2026-04-01"});
        let r = call(&app, Method::POST, "/api/v1/measures", &coordinator, Some(&backwards)).await;
        let detail = problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label);
        assert!(
            detail.contains("due_date:") && detail.contains("nichts gespeichert"),
            "[{label}] {detail}"
        );
        let foreign_round = json!({"title": "X", "fields": ["management"], "source_round": Uuid::now_v7()});
        let r = call(
            &app,
            Method::POST,
            "/api/v1/measures",
            &coordinator,
            Some(&foreign_round),
        )
        .await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("source_round:"));
        let r = call(
            &app,
            Method::POST,
            "/api/v1/measures",
            &coordinator,
            Some(&json!({"fields": []})),
        )
        .await;
        problem(&r, StatusCode::BAD_REQUEST, &label);
        assert_eq!(app.count("measures").await, measures_before, "[{label}] nothing saved");

        // List with filters.
        assert_eq!(
            titles(&get(&app, "/api/v1/measures", &coordinator).await),
            ["Integrationskonzept fortschreiben", "Sprachmittlerpool aufbauen"],
            "[{label}] by due date, undated last"
        );
        for (query, expected) in [
            ("status=in_progress", vec!["Integrationskonzept fortschreiben"]),
            ("field=work", vec!["Sprachmittlerpool aufbauen"]),
            ("field=opening&status=planned", vec![]),
            ("owner=external", vec!["Sprachmittlerpool aufbauen"]),
            ("owner=none", vec![]),
            (&format!("owner={member_a}"), vec!["Integrationskonzept fortschreiben"]),
        ] {
            let r = get(&app, &format!("/api/v1/measures?{query}"), &coordinator).await;
            assert_eq!(titles(&r), expected, "[{label}] {query}");
        }
        let r = get(&app, "/api/v1/measures?status=finished", &coordinator).await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("status"));

        // PATCH changes only the keys sent, and a change of progress goes into the history.
        let path = format!("/api/v1/measures/{id}");
        let updates_before = app.count("measure_updates").await;
        let r = call(&app, Method::PATCH, &path, &coordinator, Some(&json!({"progress": 50}))).await;
        assert_eq!(r.status, StatusCode::OK, "[{label}] {}", r.body);
        let patched = json_of(&r);
        assert_eq!(patched["progress"], 50);
        for key in [
            "title",
            "description",
            "fields",
            "items",
            "status",
            "owner",
            "start_date",
            "due_date",
        ] {
            assert_eq!(patched[key], first[key], "[{label}] {key} unchanged");
        }
        assert_eq!(app.count("measure_updates").await, updates_before + 1, "[{label}]");
        assert_eq!(patched["latest_update"]["progress"], 50);

        // Refused changes change nothing.
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"title": "Neu", "due_date": "2026-02-01"})),
        )
        .await;
        let detail = problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label);
        assert!(detail.contains("due_date:"), "[{label}] {detail}");
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"items": ["opening.no-such"]})),
        )
        .await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("items:"));
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"fields": ["opening"]})),
        )
        .await;
        assert!(
            problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("items:"),
            "[{label}] the linked statement's field cannot be dropped alone"
        );
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"owner": {"kind": "member", "user_id": app.users["member-b"]}})),
        )
        .await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("owner:"));
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"colour": "red"})),
        )
        .await;
        problem(&r, StatusCode::BAD_REQUEST, &label);
        let now = json_of(&get(&app, &path, &coordinator).await);
        assert_eq!(now, patched, "[{label}] nothing changed");
        assert_eq!(app.count("measure_items").await, 1, "[{label}]");

        // `null` clears a date; other keys stay.
        let r = call(
            &app,
            Method::PATCH,
            &path,
            &coordinator,
            Some(&json!({"due_date": null, "title": "Konzept fortschreiben"})),
        )
        .await;
        let cleared = json_of(&r);
        assert_eq!(cleared["due_date"], Value::Null, "[{label}]");
        assert_eq!(cleared["start_date"], "2026-03-01");
        assert_eq!(cleared["title"], "Konzept fortschreiben");
        assert_eq!(cleared["overdue"], false);

        // Updates.
        let updates = format!("{path}/updates");
        let r = call(
            &app,
            Method::POST,
            &updates,
            &coordinator,
            Some(&json!({"body": "Beirat hat zugestimmt.", "status": "done"})),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "[{label}] {}", r.body);
        assert_eq!(r.location(), path);
        let done = json_of(&r);
        assert_eq!(done["status"], "done");
        assert_eq!(done["progress"], 100, "[{label}] done without progress means 100");
        assert_eq!(done["latest_update"]["body"], "Beirat hat zugestimmt.");
        assert_eq!(done["latest_update"]["status"], "done");
        assert_eq!(done["latest_update"]["author"], "coordinator-a");
        let count = app.count("measure_updates").await;
        let r = call(&app, Method::POST, &updates, &coordinator, Some(&json!({"body": " "}))).await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("body:"));
        let r = call(
            &app,
            Method::POST,
            &updates,
            &coordinator,
            Some(&json!({"body": "x", "progress": 101})),
        )
        .await;
        assert!(problem(&r, StatusCode::UNPROCESSABLE_ENTITY, &label).contains("progress:"));
        assert_eq!(app.count("measure_updates").await, count, "[{label}] nothing recorded");

        // The owner may change their measure; another member may not change someone else's,
        // nor create one; everyone in the municipality reads.
        let member = token(&app, "member-a").await;
        let r = call(&app, Method::PATCH, &path, &member, Some(&json!({"progress": 90}))).await;
        assert_eq!(r.status, StatusCode::OK, "[{label}] the owner: {}", r.body);
        let second_path = format!("/api/v1/measures/{second_id}");
        let r = call(
            &app,
            Method::PATCH,
            &second_path,
            &member,
            Some(&json!({"progress": 5})),
        )
        .await;
        problem(&r, StatusCode::FORBIDDEN, &label);
        let r = call(
            &app,
            Method::POST,
            &format!("{second_path}/updates"),
            &member,
            Some(&json!({"body": "x"})),
        )
        .await;
        problem(&r, StatusCode::FORBIDDEN, &label);
        let r = call(&app, Method::POST, "/api/v1/measures", &member, Some(&partner)).await;
        problem(&r, StatusCode::FORBIDDEN, &label);
        assert_eq!(
            json_of(&get(&app, &second_path, &member).await)["progress"],
            0,
            "[{label}]"
        );
        assert_eq!(get(&app, "/api/v1/measures", &member).await.status, StatusCode::OK);

        // Another municipality's measure does not exist for A, nor A's for B.
        let of_b = format!("/api/v1/measures/{}", measure_of_b(&app).await);
        problem(&get(&app, &of_b, &coordinator).await, StatusCode::NOT_FOUND, &label);
        let r = call(&app, Method::PATCH, &of_b, &coordinator, Some(&json!({"progress": 5}))).await;
        problem(&r, StatusCode::NOT_FOUND, &label);
        let r = call(
            &app,
            Method::POST,
            &format!("{of_b}/updates"),
            &coordinator,
            Some(&json!({"body": "x"})),
        )
        .await;
        problem(&r, StatusCode::NOT_FOUND, &label);
        let b = token(&app, "member-b").await;
        problem(&get(&app, &path, &b).await, StatusCode::NOT_FOUND, &label);
        assert_eq!(
            titles(&get(&app, "/api/v1/measures", &b).await),
            ["Maßnahme im Märkischen Kreis"],
            "[{label}] B lists only its own"
        );
        problem(
            &get(&app, "/api/v1/measures/not-a-uuid", &coordinator).await,
            StatusCode::NOT_FOUND,
            &label,
        );

        // The municipality: the only one, or named; admins always name it.
        let r = get(&app, "/api/v1/measures?ags=05962", &coordinator).await;
        problem(&r, StatusCode::FORBIDDEN, &label);
        let admin = token(&app, "admin").await;
        problem(
            &get(&app, "/api/v1/measures", &admin).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            &label,
        );
        assert_eq!(
            titles(&get(&app, "/api/v1/measures?ags=12072", &admin).await).len(),
            2,
            "[{label}]"
        );
        assert_eq!(json_of(&get(&app, &path, &admin).await)["id"], id.as_str());
        let editor = token(&app, "editor").await;
        problem(
            &get(&app, "/api/v1/measures", &editor).await,
            StatusCode::NOT_FOUND,
            &label,
        );
        let r = app.get("/api/v1/measures", None).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn members_download_the_plan_as_csv_and_pdf_with_the_lists_filter() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let coordinator = token(&app, "coordinator-a").await;
        for body in [
            json!({
                "title": "=Integrationskonzept; fortschreiben",
                "fields": ["management"],
                "items": [item("management", 0), item("management", 1)],
                "status": "in_progress",
                "progress": 40,
                "owner": {"kind": "member", "user_id": app.users["member-a"]},
                "start_date": "2026-03-01",
                "due_date": "2026-09-30"
            }),
            json!({"title": "Fortbildung abgeschlossen", "fields": ["opening"], "status": "done"}),
        ] {
            let r = call(&app, Method::POST, "/api/v1/measures", &coordinator, Some(&body)).await;
            assert_eq!(r.status, StatusCode::CREATED, "[{label}] {}", r.body);
        }

        // The list links both downloads, with its filter.
        let list = app.get_as("/m/12072/handlungsplan?status=done", "member-a").await;
        assert!(list.body.contains("href=\"/m/12072/handlungsplan/massnahmen.csv?status=done\""), "[{label}]");
        assert!(list.body.contains("href=\"/m/12072/handlungsplan/handlungsplan.pdf?status=done\""), "[{label}]");
        let list = app.get_as("/m/12072/handlungsplan", "member-a").await;
        assert!(list.body.contains("href=\"/m/12072/handlungsplan/massnahmen.csv\""), "[{label}]");

        let csv = app.get_as("/m/12072/handlungsplan/massnahmen.csv", "member-a").await;
        assert_eq!(csv.status, StatusCode::OK, "[{label}] {}", csv.body);
        assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
        let disposition = csv.headers["content-disposition"].to_str().unwrap();
        assert!(
            disposition.starts_with("attachment; filename=\"handlungsplan-12072-") && disposition.ends_with(".csv\""),
            "[{label}] {disposition}"
        );
        assert!(
            csv.body.starts_with(
                "\u{feff}id;title;description;status;status_text;progress;fields;statements;owner;owner_external;\
                 start_date;due_date;overdue;public;latest_update;source_round;created_at;updated_at;milestones\r\n"
            ),
            "[{label}] {}",
            csv.body
        );
        let rows: Vec<&str> = csv.body.split("\r\n").skip(1).filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 2, "[{label}] one row per measure");
        let expected = format!(
            ";\"'=Integrationskonzept; fortschreiben\";;in_progress;In Arbeit;40;management;{}, {};member-a;;2026-03-01;2026-09-30;true;false;",
            item("management", 0),
            item("management", 1)
        );
        assert!(rows[0].contains(&expected), "[{label}] {}", rows[0]);
        assert!(rows[1].contains(";Fortbildung abgeschlossen;;done;Umgesetzt;100;opening;"), "[{label}] {}", rows[1]);

        let filtered = app.get_as("/m/12072/handlungsplan/massnahmen.csv?status=done", "member-a").await;
        let rows: Vec<&str> = filtered.body.split("\r\n").skip(1).filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 1, "[{label}]");
        assert!(rows[0].contains("Fortbildung abgeschlossen"));
        let english = app
            .get_with(
                "/m/12072/handlungsplan/massnahmen.csv?field=opening",
                app.session("member-a").await.as_deref(),
                &format!("{LANG_COOKIE}=en"),
            )
            .await;
        assert!(english.body.contains(";done;Done;100;"), "[{label}] {}", english.body);
        assert_eq!(app.get_as("/m/12072/handlungsplan/massnahmen.csv", "member-b").await.status, 403);

        let pdf = app.get_as("/m/12072/handlungsplan/handlungsplan.pdf", "member-a").await;
        assert_eq!(pdf.status, StatusCode::OK, "[{label}]");
        assert_eq!(pdf.headers["content-type"], "application/pdf");
        assert!(pdf.body.starts_with("%PDF-"), "[{label}] not a PDF");
        let filtered = app.get_as("/m/12072/handlungsplan/handlungsplan.pdf?status=done", "coordinator-a").await;
        assert!(filtered.body.starts_with("%PDF-"), "[{label}]");
        assert_eq!(app.get_as("/m/12072/handlungsplan/handlungsplan.pdf", "member-b").await.status, 403);

        // The same data as the download, rendered here to read its text back.
        let instrument = current_instrument().unwrap();
        let today = weltoffen_platform::clock::today_in_germany();
        let measures = plan_measures(&app.state.db, app.a.id, &ListFilter::default(), instrument)
            .await
            .unwrap();
        let data = plan_pdf_data(&app.a.name, &measures, &ListFilter::default(), instrument, Locale::De, today);
        assert_eq!(data.fields.len(), 2, "[{label}] two fields with measures");
        let bytes = weltoffen_pdf::action_plan(&data).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        if let Some(text) = pdf_text(&bytes) {
            let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains("=Integrationskonzept; fortschreiben"), "[{label}] {flat}");
            assert!(flat.contains("Überfällig: war fällig am 30.09.2026"), "[{label}] {flat}");
            assert!(flat.contains(&app.a.name));
        }
    })
    .await;
}

/// The text of a PDF as `pdftotext` extracts it; `None` when poppler is not installed (CI has it).
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let path = std::env::temp_dir().join(format!("weltoffen-plan-{}.pdf", Uuid::now_v7()));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext").arg(&path).arg("-").output();
    let _ = std::fs::remove_file(&path);
    match out {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "pdftotext is needed in CI"
            );
            None
        }
    }
}

#[tokio::test]
async fn the_openapi_document_lists_the_measures_api() {
    on_every_backend(|app| async move {
        let r = app.get("/api/openapi.json", None).await;
        assert_eq!(r.status, StatusCode::OK);
        let doc = json_of(&r);
        for (path, method) in [
            ("/api/v1/measures", "get"),
            ("/api/v1/measures", "post"),
            ("/api/v1/measures/{id}", "get"),
            ("/api/v1/measures/{id}", "patch"),
            ("/api/v1/measures/{id}/updates", "post"),
        ] {
            let op = &doc["paths"][path][method];
            assert!(op.is_object(), "{method} {path} missing");
            assert_eq!(op["tags"], json!(["action_plan"]), "{method} {path}");
            assert_eq!(op["security"], json!([{ "bearer": [] }]), "{method} {path}");
        }
        assert!(
            doc["paths"]["/api/v1/selfcheck/rounds"]["post"].is_object(),
            "the Selbstcheck's paths stay"
        );
        for piece in r.body.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = piece.split('"').next().unwrap();
            assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
        }
        let measure = &doc["components"]["schemas"]["MeasureDoc"]["properties"];
        for key in [
            "id",
            "status",
            "progress",
            "fields",
            "items",
            "owner",
            "milestones",
            "overdue",
            "latest_update",
        ] {
            assert!(measure[key].is_object(), "MeasureDoc.{key} undocumented");
        }
    })
    .await;
}
