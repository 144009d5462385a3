//! The Selbstcheck API: a coordinator's integration runs a whole round, bad requests are refused
//! with problem details and nothing saved, tenancy holds; on both backends.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use serde_json::{Value, json};
use weltoffen_platform::accounts::store as accounts;
use weltoffen_selfcheck::instrument::Instrument;

use crate::support::{TestApp, TestResponse, on_every_backend};

fn instrument() -> &'static Instrument {
    weltoffen_selfcheck::current_instrument().unwrap()
}

async fn token(app: &TestApp, actor: &str) -> String {
    let mut tx = app.state.db.begin().await.unwrap();
    let token = accounts::create_token(&mut tx, app.users[actor], "test").await.unwrap();
    tx.commit().await.unwrap();
    token
}

async fn call(app: &TestApp, method: Method, path: &str, token: &str, body: Option<&str>) -> TestResponse {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let request = builder
        .body(body.map(|b| Body::from(b.to_owned())).unwrap_or_default())
        .unwrap();
    app.send(request).await
}

async fn get(app: &TestApp, path: &str, token: &str) -> TestResponse {
    call(app, Method::GET, path, token, None).await
}

async fn send_json(app: &TestApp, method: Method, path: &str, token: &str, body: &Value) -> TestResponse {
    call(app, method, path, token, Some(&body.to_string())).await
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
    assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()), "{context}");
    assert!(body["instance"].as_str().unwrap().starts_with("urn:weltoffen:request:"));
    body["detail"].as_str().unwrap().to_owned()
}

/// The first `n` management statements that apply to municipality A.
fn management(app: &TestApp, n: usize) -> Vec<String> {
    instrument()
        .field("management")
        .unwrap()
        .items
        .iter()
        .filter(|i| i.applies(app.a.kind()))
        .take(n)
        .map(|i| i.id.clone())
        .collect()
}

fn opening(app: &TestApp) -> String {
    instrument()
        .field("opening")
        .unwrap()
        .items
        .iter()
        .find(|i| i.applies(app.a.kind()))
        .unwrap()
        .id
        .clone()
}

#[tokio::test]
async fn a_coordinators_integration_runs_a_round_from_start_to_results() {
    on_every_backend(|app| async move {
        let coord = token(&app, "coordinator-a").await;
        let member = token(&app, "member-a").await;
        let r = send_json(
            &app,
            Method::POST,
            "/api/v1/selfcheck/rounds",
            &coord,
            &json!({"title": "API-Runde", "due_date": "2099-12-31"}),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "[{}] {}", app.label, r.body);
        let id = json_of(&r)["id"].as_str().unwrap().to_owned();
        let base = format!("/api/v1/selfcheck/rounds/{id}");

        // Assign: an existing member is assigned, a new address is invited by mail.
        let mails_before = app.count("mail_outbox").await;
        let r = send_json(
            &app,
            Method::POST,
            &format!("{base}/assignments"),
            &coord,
            &json!({"email": "member-a@test.example", "fields": ["management"]}),
        )
        .await;
        assert_eq!(
            (r.status, json_of(&r)["status"].clone()),
            (StatusCode::OK, json!("assigned")),
            "{}",
            r.body
        );
        let r = send_json(
            &app,
            Method::POST,
            &format!("{base}/assignments"),
            &coord,
            &json!({"email": "neu@kreis.example", "fields": ["opening"]}),
        )
        .await;
        assert_eq!(
            (r.status, json_of(&r)["status"].clone()),
            (StatusCode::OK, json!("invited")),
            "{}",
            r.body
        );
        assert_eq!(
            app.count("mail_outbox").await,
            mails_before + 2,
            "a notice to the member and an invitation"
        );
        let detail = problem(
            &send_json(
                &app,
                Method::POST,
                &format!("{base}/assignments"),
                &coord,
                &json!({"email": "x@kreis.example", "fields": ["gibtsnicht"]}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown field",
        );
        assert!(detail.contains("gibtsnicht"), "{detail}");
        problem(
            &send_json(
                &app,
                Method::POST,
                &format!("{base}/assignments"),
                &member,
                &json!({"email": "x@kreis.example", "fields": ["opening"]}),
            )
            .await,
            StatusCode::FORBIDDEN,
            "member assigns",
        );

        // Both answer.
        let m = management(&app, 2);
        let o = opening(&app);
        let r = send_json(
            &app,
            Method::PUT,
            &format!("{base}/answers"),
            &member,
            &json!({"answers": [
                {"item": m[0], "value": 3, "comment": "Konzept 2024 beschlossen"},
                {"item": m[1], "value": "dont_know"}
            ]}),
        )
        .await;
        assert_eq!(
            (r.status, json_of(&r)["saved"].clone()),
            (StatusCode::OK, json!(2)),
            "{}",
            r.body
        );
        let r = send_json(
            &app,
            Method::PUT,
            &format!("{base}/answers"),
            &coord,
            &json!({"answers": [{"item": m[0], "value": 1}, {"item": o, "value": "not_applicable"}]}),
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::OK,
            "a coordinator answers every field: {}",
            r.body
        );

        // Bad answers are refused as a whole.
        let answers_before = app.count("selfcheck_answers").await;
        let put = |body: Value| {
            let app = &app;
            let member = member.clone();
            let path = format!("{base}/answers");
            async move { send_json(app, Method::PUT, &path, &member, &body).await }
        };
        let detail = problem(
            &put(json!({"answers": [{"item": m[1], "value": 0}, {"item": m[0], "value": 7}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "value 7",
        );
        assert!(detail.contains('7') && detail.contains(&m[0]), "{detail}");
        let detail = problem(
            &put(json!({"answers": [{"item": m[1], "value": 0}, {"item": "management.nope", "value": 1}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown item",
        );
        assert!(detail.contains("management.nope"), "{detail}");
        problem(
            &put(json!({"answers": [{"item": m[1], "value": 0}, {"item": m[1], "value": 1}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "duplicate",
        );
        problem(
            &put(json!({"answers": [{"item": m[1], "value": 2.5}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "fraction",
        );
        let detail = problem(
            &put(json!({"answers": [{"item": m[1], "value": 0}, {"item": o, "value": 2}]})).await,
            StatusCode::FORBIDDEN,
            "field not assigned",
        );
        assert!(detail.contains(&o), "{detail}");
        problem(
            &put(json!({"answers": [{"item": m[1], "value": 0, "comment": "x".repeat(2001)}]})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "comment too long",
        );
        problem(
            &call(
                &app,
                Method::PUT,
                &format!("{base}/answers"),
                &member,
                Some("{\"answers\": ["),
            )
            .await,
            StatusCode::BAD_REQUEST,
            "malformed JSON",
        );
        assert_eq!(
            app.count("selfcheck_answers").await,
            answers_before,
            "nothing partly saved"
        );
        let csv_before = get(&app, &format!("{base}/answers.csv"), &coord).await;
        assert!(csv_before.body.contains(";dont_know;"), "{}", csv_before.body);

        // Closing: not by a member; once by the coordinator; then answers are frozen.
        problem(
            &call(&app, Method::POST, &format!("{base}/close"), &member, None).await,
            StatusCode::FORBIDDEN,
            "member closes",
        );
        let r = call(&app, Method::POST, &format!("{base}/close"), &coord, None).await;
        assert_eq!(
            (r.status, json_of(&r)["status"].clone()),
            (StatusCode::OK, json!("closed")),
            "{}",
            r.body
        );
        problem(
            &call(&app, Method::POST, &format!("{base}/close"), &coord, None).await,
            StatusCode::CONFLICT,
            "closed twice",
        );
        problem(
            &put(json!({"answers": [{"item": m[1], "value": 0}]})).await,
            StatusCode::CONFLICT,
            "answer after close",
        );

        // Results: management item 0 has 3 and 1 → mean 2, spread 2; item 1 only "weiß nicht".
        let r = get(&app, &format!("{base}/results"), &member).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let results = json_of(&r);
        assert_eq!(results["status"], "closed");
        let fields = results["fields"].as_array().unwrap();
        assert_eq!(fields.len(), 7);
        let field = fields.iter().find(|f| f["id"] == "management").unwrap();
        let score = field["score"].as_f64().unwrap();
        assert!((score - 200.0 / 3.0).abs() < 1e-9, "unrounded score {score}");
        assert_eq!(field["band"], "fortgeschritten");
        let applicable = field["items"].as_array().unwrap().len() as f64;
        assert!((field["coverage"].as_f64().unwrap() - 1.0 / applicable).abs() < 1e-9);
        let item = field["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == m[0].as_str())
            .unwrap();
        assert_eq!(item["mean"], 2.0);
        assert_eq!(item["spread"], 2);
        assert_eq!(item["divergent"], true);
        assert_eq!(
            item["answers"],
            json!({"3": 1, "2": 0, "1": 1, "0": 0, "dont_know": 0, "not_applicable": 0})
        );
        let unsure = field["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == m[1].as_str())
            .unwrap();
        assert_eq!(
            (unsure["mean"].clone(), unsure["answers"]["dont_know"].clone()),
            (Value::Null, json!(1))
        );
        let opening_field = fields.iter().find(|f| f["id"] == "opening").unwrap();
        assert_eq!(
            opening_field["score"],
            Value::Null,
            "only 'nicht zutreffend' in opening"
        );
        assert_eq!(opening_field["band"], Value::Null);
        assert!(
            field["dimensions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["score"].is_f64())
        );

        // The CSV download is the page's file.
        let r = get(&app, &format!("{base}/answers.csv"), &member).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.headers.get(header::CONTENT_TYPE).unwrap(), "text/csv; charset=utf-8");
        assert!(
            r.body
                .starts_with("\u{feff}respondent;field;statement;value;comment;statement_text\r\n")
        );
        assert!(
            r.body
                .contains(&format!("member-a;management;{};3;Konzept 2024 beschlossen;", m[0]))
        );
        assert!(
            r.headers
                .get(header::CONTENT_DISPOSITION)
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );

        let r = get(&app, &format!("{base}/report.pdf"), &member).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(r.headers.get(header::CONTENT_TYPE).unwrap(), "application/pdf");
        assert!(r.body.starts_with("%PDF-"));
    })
    .await;
}

#[tokio::test]
async fn rounds_of_other_municipalities_are_not_found_and_roles_are_enforced() {
    on_every_backend(|app| async move {
        let coord = token(&app, "coordinator-a").await;
        let outsider = token(&app, "member-b").await;
        let admin = token(&app, "admin").await;
        let member = token(&app, "member-a").await;
        let r = send_json(
            &app,
            Method::POST,
            "/api/v1/selfcheck/rounds",
            &coord,
            &json!({"title": "A"}),
        )
        .await;
        let id = json_of(&r)["id"].as_str().unwrap().to_owned();
        let base = format!("/api/v1/selfcheck/rounds/{id}");
        for path in ["/results", "/answers.csv"] {
            let detail = problem(
                &get(&app, &format!("{base}{path}"), &outsider).await,
                StatusCode::NOT_FOUND,
                path,
            );
            assert!(detail.contains("Runde"), "{detail}");
        }
        problem(
            &send_json(
                &app,
                Method::PUT,
                &format!("{base}/answers"),
                &outsider,
                &json!({"answers": []}),
            )
            .await,
            StatusCode::NOT_FOUND,
            "outsider answers",
        );
        problem(
            &call(&app, Method::POST, &format!("{base}/close"), &outsider, None).await,
            StatusCode::NOT_FOUND,
            "outsider closes",
        );
        problem(
            &get(&app, "/api/v1/selfcheck/rounds/kein-uuid/results", &coord).await,
            StatusCode::NOT_FOUND,
            "bad id",
        );
        assert_eq!(
            get(&app, &format!("{base}/results"), &admin).await.status,
            StatusCode::OK
        );

        // Starting rounds: only coordinators, for their own municipality; admins name it.
        problem(
            &send_json(
                &app,
                Method::POST,
                "/api/v1/selfcheck/rounds",
                &member,
                &json!({"title": "B"}),
            )
            .await,
            StatusCode::FORBIDDEN,
            "member starts",
        );
        problem(
            &send_json(
                &app,
                Method::POST,
                "/api/v1/selfcheck/rounds",
                &coord,
                &json!({"title": "B", "ags": app.b.ags}),
            )
            .await,
            StatusCode::FORBIDDEN,
            "coordinator of A starts for B",
        );
        problem(
            &send_json(
                &app,
                Method::POST,
                "/api/v1/selfcheck/rounds",
                &admin,
                &json!({"title": "B"}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "admin without ags",
        );
        let r = send_json(
            &app,
            Method::POST,
            "/api/v1/selfcheck/rounds",
            &admin,
            &json!({"title": "B", "ags": app.b.ags}),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        problem(
            &send_json(
                &app,
                Method::POST,
                "/api/v1/selfcheck/rounds",
                &coord,
                &json!({"title": "  "}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty title",
        );
        problem(
            &send_json(
                &app,
                Method::POST,
                "/api/v1/selfcheck/rounds",
                &coord,
                &json!({"title": "T", "due_date": "31.12.2099"}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "German date",
        );
        problem(
            &send_json(&app, Method::POST, "/api/v1/selfcheck/rounds", &coord, &json!({})).await,
            StatusCode::BAD_REQUEST,
            "no title",
        );
    })
    .await;
}

#[tokio::test]
async fn the_instrument_follows_the_language_and_the_openapi_document_lists_the_selfcheck() {
    on_every_backend(|app| async move {
        let t = token(&app, "member-b").await;
        let request = Request::builder()
            .uri("/api/v1/selfcheck/instrument")
            .header(header::AUTHORIZATION, format!("Bearer {t}"))
            .header(header::ACCEPT_LANGUAGE, "en")
            .body(Body::empty())
            .unwrap();
        let r = app.send(request).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let doc = json_of(&r);
        assert_eq!(doc["version"], instrument().version.as_str());
        assert_eq!(doc["fields"].as_array().unwrap().len(), 7);
        let first = &instrument().fields[0];
        assert_eq!(doc["fields"][0]["title"], first.title.en.as_str());
        let item = &doc["fields"][0]["items"][0];
        assert_eq!(item["id"], first.items[0].id.as_str());
        assert!(item["weight"].is_u64() && item["dimension"].is_string());
        assert!(item["applies_to"].as_array().unwrap().contains(&json!("landkreis")));
        let german = get(&app, "/api/v1/selfcheck/instrument", &t).await;
        assert_eq!(json_of(&german)["fields"][0]["title"], first.title.de.as_str());

        let r = app.get("/api/openapi.json", None).await;
        let doc = json_of(&r);
        for (path, method) in [
            ("/api/v1/selfcheck/instrument", "get"),
            ("/api/v1/selfcheck/rounds", "post"),
            ("/api/v1/selfcheck/rounds/{id}/assignments", "post"),
            ("/api/v1/selfcheck/rounds/{id}/answers", "put"),
            ("/api/v1/selfcheck/rounds/{id}/close", "post"),
            ("/api/v1/selfcheck/rounds/{id}/results", "get"),
            ("/api/v1/selfcheck/rounds/{id}/answers.csv", "get"),
        ] {
            let op = &doc["paths"][path][method];
            assert!(op.is_object(), "{method} {path} missing");
            assert_eq!(op["tags"], json!(["selfcheck"]), "{path}");
            assert_eq!(op["security"], json!([{ "bearer": [] }]), "{path}");
        }
        assert!(
            doc["paths"]["/api/v1/me"]["get"].is_object(),
            "the platform's paths stay"
        );
        for piece in r.body.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = piece.split('"').next().unwrap();
            assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
        }
    })
    .await;
}
