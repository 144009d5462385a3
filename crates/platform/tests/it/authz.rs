//! Walks every route of the router for every actor and checks the declared access is enforced.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use weltoffen_platform::accounts::store;
use weltoffen_platform::web::table::Access;

use crate::support::{ACTORS, TestApp, on_every_backend};

fn allowed(access: Access, actor: &str) -> bool {
    match access {
        Access::Public => true,
        Access::Authenticated | Access::Token => actor != "anonymous",
        Access::Member => matches!(actor, "member-a" | "coordinator-a" | "admin"),
        Access::Coordinator => matches!(actor, "coordinator-a" | "admin"),
        Access::Editor => matches!(actor, "editor" | "admin"),
        Access::Admin => actor == "admin",
    }
}

fn concrete(path: &str, app: &TestApp) -> String {
    path.replace("{ags}", &app.a.ags)
        .replace("{token}", "no-such-token")
        .replace("{id}", &uuid::Uuid::now_v7().to_string())
        .replace("{slug}", "impressum")
        .replace("{round}", &uuid::Uuid::now_v7().to_string())
        .replace("{field}", "management")
}

async fn call(app: &TestApp, method: &Method, path: &str, access: Access, actor: &str) -> (StatusCode, String) {
    if access == Access::Token {
        let mut builder = Request::builder()
            .method(method.clone())
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(id) = app.users.get(actor) {
            let mut tx = app.state.db.begin().await.unwrap();
            let token = store::create_token(&mut tx, *id, "authz").await.unwrap();
            tx.commit().await.unwrap();
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = if *method == Method::GET {
            Body::empty()
        } else {
            Body::from("{}")
        };
        let r = app.send(builder.body(body).unwrap()).await;
        return (r.status, r.location().to_owned());
    }
    let session = app.session(actor).await;
    let r = if *method == Method::GET {
        app.get(path, session.as_deref()).await
    } else {
        app.post_raw(path, &format!("csrf={}", app.csrf), session.as_deref(), method.clone())
            .await
    };
    (r.status, r.location().to_owned())
}

#[tokio::test]
async fn every_route_enforces_its_declared_access_for_every_role() {
    on_every_backend(|app| async move {
        let specs = crate::all_routes().specs;
        assert!(
            specs.len() >= 25,
            "the route table looks incomplete: {} routes",
            specs.len()
        );
        let mut failures = Vec::new();
        for spec in &specs {
            let path = concrete(spec.path, &app);
            for actor in ACTORS {
                let (status, location) = call(&app, &spec.method, &path, spec.access, actor).await;
                let sent_to_login = status == StatusCode::SEE_OTHER && location.starts_with("/login");
                let refused = status == StatusCode::FORBIDDEN || status == StatusCode::UNAUTHORIZED || sent_to_login;
                let expected_allowed = allowed(spec.access, actor);
                let ok = if expected_allowed {
                    !refused && status != StatusCode::INTERNAL_SERVER_ERROR
                } else if actor == "anonymous" {
                    sent_to_login || status == StatusCode::UNAUTHORIZED
                } else {
                    status == StatusCode::FORBIDDEN
                };
                if !ok {
                    failures.push(format!(
                        "{} {} as {actor}: got {status} {location} ({:?})",
                        spec.method, spec.path, spec.access
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "[{}] {} access failures:\n{}",
            app.label,
            failures.len(),
            failures.join("\n")
        );
    })
    .await;
}

#[tokio::test]
async fn routes_are_declared_once() {
    let specs = crate::all_routes().specs;
    let mut seen = std::collections::HashSet::new();
    for s in &specs {
        assert!(
            seen.insert((s.method.clone(), s.path)),
            "{} {} declared twice",
            s.method,
            s.path
        );
    }
}
