//! The JSON API: bearer tokens, `me`, the municipality list with its parameters, problem
//! details and the OpenAPI document, on both backends.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use serde_json::Value;
use weltoffen_platform::accounts::store;
use weltoffen_platform::web::cookies::SESSION_COOKIE;

use crate::support::{TestApp, TestResponse, on_every_backend};

async fn token_for(app: &TestApp, actor: &str) -> String {
    let mut tx = app.state.db.begin().await.unwrap();
    let token = store::create_token(&mut tx, app.users[actor], "test").await.unwrap();
    tx.commit().await.unwrap();
    token
}

fn request(method: Method, path: &str, token: Option<&str>) -> axum::http::request::Builder {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::ACCEPT_LANGUAGE, "en");
    if let Some(token) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    builder
}

async fn get(app: &TestApp, path: &str, token: Option<&str>) -> TestResponse {
    app.send(request(Method::GET, path, token).body(Body::empty()).unwrap())
        .await
}

fn json(r: &TestResponse) -> Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body))
}

fn content_type(r: &TestResponse) -> &str {
    r.headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// Asserts an RFC 9457 answer with this status and returns its body.
fn assert_problem(r: &TestResponse, status: StatusCode, context: &str) -> Value {
    assert_eq!(r.status, status, "{context}: {}", r.body);
    assert_eq!(content_type(r), "application/problem+json", "{context}");
    let body = json(r);
    assert_eq!(body["status"], status.as_u16(), "{context}");
    assert!(
        body["title"].as_str().is_some_and(|t| !t.is_empty()),
        "{context}: {body}"
    );
    assert!(
        body["instance"]
            .as_str()
            .is_some_and(|i| i.starts_with("urn:weltoffen:request:")),
        "{context}"
    );
    body
}

fn assert_unauthorized(r: &TestResponse, context: &str) -> Value {
    let body = assert_problem(r, StatusCode::UNAUTHORIZED, context);
    let challenge = r
        .headers
        .get(header::WWW_AUTHENTICATE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        challenge.starts_with("Bearer "),
        "{context}: WWW-Authenticate {challenge:?}"
    );
    body
}

fn ags_list(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["ags"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn me_returns_the_token_owners_profile_and_memberships() {
    on_every_backend(|app| async move {
        let token = token_for(&app, "member-a").await;
        let r = get(&app, "/api/v1/me", Some(&token)).await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.label, r.body);
        assert!(content_type(&r).starts_with("application/json"));
        assert_eq!(r.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
        let me = json(&r);
        assert_eq!(me["id"], app.users["member-a"].to_string());
        assert_eq!(me["email"], "member-a@test.example");
        assert_eq!(me["name"], "member-a");
        assert_eq!(me["platform_role"], Value::Null);
        assert!(me["locale"] == "de" || me["locale"] == "en");
        let memberships = me["memberships"].as_array().unwrap();
        assert_eq!(memberships.len(), 1, "[{}] {me}", app.label);
        assert_eq!(memberships[0]["ags"], "12072");
        assert_eq!(memberships[0]["name"], "Teltow-Fläming");
        assert_eq!(memberships[0]["role"], "member");
        assert!(!r.body.contains("05962"), "member-a must not see municipality b");

        let tokens = store::list_tokens(&app.state.db, app.users["member-a"]).await.unwrap();
        assert!(tokens[0].last_used_at.is_some(), "use of the token is recorded");

        let admin = json(&get(&app, "/api/v1/me", Some(&token_for(&app, "admin").await)).await);
        assert_eq!(admin["platform_role"], "admin");
        assert_eq!(admin["memberships"], serde_json::json!([]));
        let coordinator = json(&get(&app, "/api/v1/me", Some(&token_for(&app, "coordinator-a").await)).await);
        assert_eq!(coordinator["memberships"][0]["role"], "coordinator");
    })
    .await;
}

#[tokio::test]
async fn requests_without_a_valid_bearer_token_get_401_problem_details() {
    on_every_backend(|app| async move {
        for path in ["/api/v1/me", "/api/v1/municipalities"] {
            let missing = assert_unauthorized(&get(&app, path, None).await, path);
            assert!(
                missing["detail"].as_str().unwrap().contains("Authorization: Bearer"),
                "{missing}"
            );
            let bad = get(&app, path, Some("wo_no-such-token")).await;
            let body = assert_unauthorized(&bad, path);
            assert!(
                bad.headers[header::WWW_AUTHENTICATE]
                    .to_str()
                    .unwrap()
                    .contains("invalid_token")
            );
            assert!(body["detail"].as_str().unwrap().contains("revoked"), "{body}");
        }
        let basic = Request::builder()
            .uri("/api/v1/me")
            .header(header::AUTHORIZATION, "Basic bWVtYmVyLWE6Z2VoZWlt")
            .body(Body::empty())
            .unwrap();
        assert_unauthorized(&app.send(basic).await, "basic auth");

        // A browser session is no API credential (so the API needs no CSRF protection).
        let session = app.session("admin").await.unwrap();
        let cookie_only = Request::builder()
            .uri("/api/v1/me")
            .header(header::COOKIE, format!("{SESSION_COOKIE}={session}"))
            .body(Body::empty())
            .unwrap();
        assert_unauthorized(&app.send(cookie_only).await, "session cookie");

        // German is the default language of problem details.
        let german = app
            .send(Request::builder().uri("/api/v1/me").body(Body::empty()).unwrap())
            .await;
        let body = assert_unauthorized(&german, "german");
        assert!(body["detail"].as_str().unwrap().contains("Token"), "{body}");
    })
    .await;
}

#[tokio::test]
async fn a_revoked_token_no_longer_works() {
    on_every_backend(|app| async move {
        let user = app.users["member-b"];
        let token = token_for(&app, "member-b").await;
        assert_eq!(get(&app, "/api/v1/me", Some(&token)).await.status, StatusCode::OK);
        let id = store::list_tokens(&app.state.db, user).await.unwrap()[0].id;
        let mut tx = app.state.db.begin().await.unwrap();
        assert_eq!(store::delete_token(&mut tx, user, id).await.unwrap(), 1);
        tx.commit().await.unwrap();
        assert_unauthorized(&get(&app, "/api/v1/me", Some(&token)).await, &app.label);
        assert_unauthorized(&get(&app, "/api/v1/municipalities", Some(&token)).await, &app.label);
    })
    .await;
}

#[tokio::test]
async fn municipalities_are_filtered_searched_and_paged() {
    on_every_backend(|app| async move {
        let token = token_for(&app, "member-b").await;
        let t = Some(token.as_str());

        let all = get(&app, "/api/v1/municipalities", t).await;
        assert_eq!(all.status, StatusCode::OK, "{}", all.body);
        let all = json(&all);
        assert_eq!(
            (all["total"].as_u64(), all["page"].as_u64(), all["per_page"].as_u64()),
            (Some(401), Some(1), Some(50))
        );
        assert_eq!(all["items"].as_array().unwrap().len(), 50);

        // Brandenburg had 14 Landkreise and 4 kreisfreie Städte in the 2018 data.
        let bb = json(&get(&app, "/api/v1/municipalities?land=BB&type=landkreis", t).await);
        assert_eq!(bb["total"], 14, "[{}] {bb}", app.label);
        let items = bb["items"].as_array().unwrap();
        assert_eq!(items.len(), 14);
        for item in items {
            assert_eq!(
                (item["land"].as_str(), item["type"].as_str()),
                (Some("BB"), Some("landkreis")),
                "{item}"
            );
            assert_eq!(item["land_name"], "Brandenburg");
            assert!(item["ags"].as_str().unwrap().starts_with("12"));
        }
        let by_code = json(&get(&app, "/api/v1/municipalities?land=12", t).await);
        assert_eq!(by_code["total"], 18);
        let cities = json(&get(&app, "/api/v1/municipalities?land=bb&type=kreisfreie_stadt", t).await);
        assert_eq!(cities["total"], 4);

        let search = json(&get(&app, "/api/v1/municipalities?q=teltow", t).await);
        let found = ags_list(&search);
        assert!(found.contains(&"12072".to_owned()), "[{}] {search}", app.label);
        let tf = search["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["ags"] == "12072")
            .unwrap();
        assert_eq!(tf["name"], "Teltow-Fläming");
        assert_eq!(tf["type"], "landkreis");
        assert!(tf["population"].as_i64().unwrap() > 100_000);
        assert_eq!(
            ags_list(&json(&get(&app, "/api/v1/municipalities?q=12072", t).await)),
            ["12072"]
        );

        let last = json(&get(&app, "/api/v1/municipalities?per_page=10&page=41", t).await);
        assert_eq!(
            (last["total"].as_u64(), last["page"].as_u64(), last["per_page"].as_u64()),
            (Some(401), Some(41), Some(10))
        );
        assert_eq!(last["items"].as_array().unwrap().len(), 1);
        let past = json(&get(&app, "/api/v1/municipalities?per_page=10&page=42", t).await);
        assert_eq!(past["items"], serde_json::json!([]));
        assert_eq!(past["total"], 401);
        let far = get(&app, "/api/v1/municipalities?per_page=200&page=4294967295", t).await;
        assert_eq!(far.status, StatusCode::OK, "[{}] {}", app.label, far.body);
        assert_eq!(json(&far)["items"], serde_json::json!([]));

        // Pages do not overlap and cover everything.
        let mut seen = std::collections::HashSet::new();
        for page in 1..=3 {
            let body = json(&get(&app, &format!("/api/v1/municipalities?per_page=200&page={page}"), t).await);
            seen.extend(ags_list(&body));
        }
        assert_eq!(seen.len(), 401);

        // Empty values count as absent.
        let empty = json(&get(&app, "/api/v1/municipalities?type=&land=&q=&page=&per_page=", t).await);
        assert_eq!(empty["total"], 401);
    })
    .await;
}

#[tokio::test]
async fn bad_parameters_are_400_problems_naming_the_parameter() {
    on_every_backend(|app| async move {
        let token = token_for(&app, "editor").await;
        let long_q = "a".repeat(101);
        let cases = [
            ("type=gemeinde".to_owned(), "\"type\""),
            ("land=XX".to_owned(), "\"land\""),
            ("land=17".to_owned(), "\"land\""),
            ("page=0".to_owned(), "\"page\""),
            ("page=abc".to_owned(), "\"page\""),
            ("page=-3".to_owned(), "\"page\""),
            ("per_page=0".to_owned(), "\"per_page\""),
            ("per_page=201".to_owned(), "\"per_page\""),
            ("per_page=1e2".to_owned(), "\"per_page\""),
            (format!("q={long_q}"), "\"q\""),
            ("land=BB&land=BY".to_owned(), "more than once"),
        ];
        for (query, named) in cases {
            let r = get(&app, &format!("/api/v1/municipalities?{query}"), Some(&token)).await;
            let body = assert_problem(&r, StatusCode::BAD_REQUEST, &format!("[{}] {query}", app.label));
            let detail = body["detail"].as_str().unwrap();
            assert!(detail.contains(named), "{query}: {detail}");
        }
        let german = Request::builder()
            .uri("/api/v1/municipalities?per_page=500")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        let body = assert_problem(&app.send(german).await, StatusCode::BAD_REQUEST, "german");
        assert!(body["detail"].as_str().unwrap().contains("„per_page“"), "{body}");
    })
    .await;
}

#[tokio::test]
async fn other_api_failures_are_problem_details_too() {
    on_every_backend(|app| async move {
        let token = token_for(&app, "member-a").await;
        let post = request(Method::POST, "/api/v1/me", Some(&token))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{"))
            .unwrap();
        let r = app.send(post).await;
        assert_problem(&r, StatusCode::METHOD_NOT_ALLOWED, "POST /api/v1/me");
        assert!(
            r.headers
                .get(header::ALLOW)
                .is_some_and(|v| v.to_str().unwrap().contains("GET"))
        );
        assert_problem(
            &get(&app, "/api/v1/no-such-endpoint", Some(&token)).await,
            StatusCode::NOT_FOUND,
            "unknown path",
        );
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_describes_both_endpoints_and_the_bearer_scheme() {
    on_every_backend(|app| async move {
        let r = get(&app, "/api/openapi.json", None).await;
        assert_eq!(r.status, StatusCode::OK, "[{}] {}", app.label, r.body);
        assert!(content_type(&r).starts_with("application/json"));
        let doc = json(&r);
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."), "{}", doc["openapi"]);
        assert_eq!(doc["info"]["title"], "weltoffen API");
        assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
        let description = doc["info"]["description"].as_str().unwrap();
        assert!(description.contains(
            "Datenquelle: Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2018; aufbereitet von landkreise-deutschland (CC BY 4.0)"
        ));
        let me = &doc["paths"]["/api/v1/me"]["get"];
        let list = &doc["paths"]["/api/v1/municipalities"]["get"];
        assert!(me.is_object() && list.is_object(), "{}", doc["paths"]);
        assert_eq!(doc["components"]["securitySchemes"]["bearer"]["type"], "http");
        assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
        for op in [me, list] {
            assert_eq!(op["security"], serde_json::json!([{ "bearer": [] }]));
            assert!(op["responses"]["401"]["content"]["application/problem+json"].is_object(), "{op}");
        }
        assert!(list["responses"]["400"]["content"]["application/problem+json"].is_object());
        let params: Vec<&str> = list["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
        assert_eq!(params, ["type", "land", "q", "page", "per_page"]);
        for schema in ["Problem", "Me", "MunicipalityList", "MunicipalityItem", "MunicipalityType"] {
            assert!(doc["components"]["schemas"][schema].is_object(), "schema {schema} missing");
        }
        // Every schema reference resolves.
        let text = r.body.as_str();
        for piece in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = piece.split('"').next().unwrap();
            assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
        }
    })
    .await;
}
