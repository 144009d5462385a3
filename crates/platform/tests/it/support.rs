//! A black-box harness: the real router on a fresh database of either backend, with the demo
//! roles as logged-in actors.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use uuid::Uuid;
use weltoffen_platform::accounts::model::{Email, MunicipalityRole, PlatformRole};
use weltoffen_platform::accounts::{service, store};
use weltoffen_platform::db::Db;
use weltoffen_platform::municipalities::store::{MunicipalityRow, by_ags};
use weltoffen_platform::settings::{Secrets, Settings};
use weltoffen_platform::web::cookies::{CSRF_COOKIE, SESSION_COOKIE};
use weltoffen_platform::web::csrf::new_token;
use weltoffen_platform::{AppState, app, demo};
use weltoffen_testkit::{TempDir, TestDb};

/// The password of every harness account.
pub const PASSWORD: &str = "geheim-und-lang-123";

/// The actors of the authorisation matrix.
pub const ACTORS: [&str; 6] = ["anonymous", "member-a", "coordinator-a", "member-b", "editor", "admin"];

type Person = (
    &'static str,
    &'static str,
    Option<PlatformRole>,
    Option<(Uuid, MunicipalityRole)>,
);

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub a: MunicipalityRow,
    pub b: MunicipalityRow,
    pub users: HashMap<&'static str, Uuid>,
    pub csrf: String,
    pub label: String,
    /// The data dir and the database; shared, so a test that moves only some fields of the app
    /// into an `async move` block (closures capture disjoint fields) cannot drop them early.
    pub guards: Arc<(TempDir, TestDb)>,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies().iter().find_map(|c| {
            c.strip_prefix(&format!("{name}="))
                .map(|v| v.split(';').next().unwrap().to_owned())
        })
    }
}

impl TestApp {
    pub async fn new(db: TestDb) -> TestApp {
        let label = db.backend().to_string();
        let dir = TempDir::new("weltoffen-it").unwrap();
        let pool = Db::connect(db.url()).await.unwrap();
        pool.migrate().await.unwrap();
        demo::seed_municipalities(&pool).await.unwrap();
        let a = by_ags(&pool, "12072").await.unwrap().unwrap();
        let b = by_ags(&pool, "05962").await.unwrap().unwrap();
        let people: [Person; 5] = [
            ("admin", "admin@test.example", Some(PlatformRole::Admin), None),
            ("editor", "editor@test.example", Some(PlatformRole::Editor), None),
            (
                "coordinator-a",
                "coord-a@test.example",
                None,
                Some((a.id, MunicipalityRole::Coordinator)),
            ),
            (
                "member-a",
                "member-a@test.example",
                None,
                Some((a.id, MunicipalityRole::Member)),
            ),
            (
                "member-b",
                "member-b@test.example",
                None,
                Some((b.id, MunicipalityRole::Member)),
            ),
        ];
        let mut users = HashMap::new();
        let mut tx = pool.begin().await.unwrap();
        for (actor, email, role, membership) in people {
            let id = service::create_account(
                &mut tx,
                &Email::parse(email).unwrap(),
                actor,
                PASSWORD,
                role,
                membership,
            )
            .await
            .unwrap();
            users.insert(actor, id);
        }
        tx.commit().await.unwrap();
        let settings = Settings::for_data_dir(dir.path(), db.url());
        let secrets = Secrets::ephemeral();
        let csrf = new_token(&secrets.session_key);
        let state = AppState::new(pool, settings, secrets, None);
        let router = app(state.clone(), crate::all_routes());
        TestApp {
            state,
            router,
            a,
            b,
            users,
            csrf,
            label,
            guards: Arc::new((dir, db)),
        }
    }

    /// A fresh session for an actor (None for anonymous).
    pub async fn session(&self, actor: &str) -> Option<String> {
        let id = *self.users.get(actor)?;
        let mut tx = self.state.db.begin().await.unwrap();
        let token = store::create_session(&mut tx, id, 1).await.unwrap();
        tx.commit().await.unwrap();
        Some(token)
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub fn cookies(&self, session: Option<&str>, extra: &str) -> String {
        let mut c = format!("{CSRF_COOKIE}={}", self.csrf);
        if let Some(s) = session {
            c.push_str(&format!("; {SESSION_COOKIE}={s}"));
        }
        if !extra.is_empty() {
            c.push_str("; ");
            c.push_str(extra);
        }
        c
    }

    pub async fn get_with(&self, path: &str, session: Option<&str>, extra_cookies: &str) -> TestResponse {
        let request = Request::builder()
            .uri(path)
            .header(header::COOKIE, self.cookies(session, extra_cookies))
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    pub async fn get(&self, path: &str, session: Option<&str>) -> TestResponse {
        self.get_with(path, session, "").await
    }

    pub async fn get_as(&self, path: &str, actor: &str) -> TestResponse {
        let s = self.session(actor).await;
        self.get(path, s.as_deref()).await
    }

    /// A same-origin form post with a valid CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)], session: Option<&str>) -> TestResponse {
        let mut all: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        all.extend_from_slice(fields);
        self.post_raw(path, &serde_urlencoded::to_string(&all).unwrap(), session, Method::POST)
            .await
    }

    pub async fn post_as(&self, path: &str, fields: &[(&str, &str)], actor: &str) -> TestResponse {
        let s = self.session(actor).await;
        self.post(path, fields, s.as_deref()).await
    }

    pub async fn post_raw(&self, path: &str, body: &str, session: Option<&str>, method: Method) -> TestResponse {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::COOKIE, self.cookies(session, ""))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body.to_owned()))
            .unwrap();
        self.send(request).await
    }

    /// Counts rows of a table (for "nothing half-written" checks).
    pub async fn count(&self, table: &str) -> i64 {
        match &self.state.db {
            Db::Sqlite(p) => sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(p)
                .await
                .unwrap(),
            Db::Postgres(p) => sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(p)
                .await
                .unwrap(),
        }
    }

    /// Runs the mail worker once and returns the written `.eml` files' contents.
    pub async fn deliver_mail(&self) -> Vec<String> {
        let transport = weltoffen_platform::mail::Transport::from_settings(&self.state.settings).unwrap();
        weltoffen_platform::mail::deliver_due(&self.state.db, &transport, &self.state.settings.mail_from)
            .await
            .unwrap();
        let mut mails = Vec::new();
        if let Ok(entries) = std::fs::read_dir(self.guards.0.path().join("mail")) {
            for e in entries {
                let path = e.unwrap().path();
                if path.extension().is_some_and(|x| x == "eml") {
                    mails.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        mails
    }
}

/// Runs `test` on a fresh app for every backend.
pub async fn on_every_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in weltoffen_testkit::backends().await {
        let app = TestApp::new(db).await;
        // Held until the test is done: the test's `async move` block may capture only some
        // fields of the app, which would otherwise delete the SQLite file under the open pool.
        let guards = Arc::clone(&app.guards);
        test(app).await;
        drop(guards);
    }
}

/// Decodes a quoted-printable mail body enough to find links in it.
pub fn decode_mail(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let mut out = Vec::new();
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first link in a mail that starts with `prefix`.
pub fn link_in(mail: &str, prefix: &str) -> Option<String> {
    let text = decode_mail(mail);
    let start = text.find(prefix)?;
    Some(text[start..].split_whitespace().next()?.to_owned())
}
