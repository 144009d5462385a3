//! The foundation's flows over HTTP, on SQLite and PostgreSQL.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};

use crate::support::{PASSWORD, link_in, on_every_backend};

#[tokio::test]
async fn home_page_is_german_by_default_english_on_request_and_carries_security_headers() {
    on_every_backend(|app| async move {
        let r = app.get("/", None).await;
        assert_eq!(r.status, StatusCode::OK, "[{}]", app.label);
        assert!(r.body.contains("<html lang=\"de\">"));
        assert!(r.body.contains("href=\"#main\""), "skip link");
        let csp = r
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .unwrap()
            .to_str()
            .unwrap();
        assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"));
        assert_eq!(r.headers.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
        assert!(r.headers.get("x-request-id").is_some());
        let en = app.get_with("/", None, "__Host-weltoffen_lang=en").await;
        assert!(en.body.contains("<html lang=\"en\">"));
        assert_ne!(r.body, en.body);
    })
    .await;
}

#[tokio::test]
async fn login_sets_a_host_cookie_cycles_the_session_and_logout_ends_it() {
    on_every_backend(|app| async move {
        let old = app.session("member-a").await.unwrap();
        let r = app
            .post(
                "/login",
                &[
                    ("email", "Member-A@test.example"),
                    ("password", PASSWORD),
                    ("next", "/account"),
                ],
                Some(&old),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
        assert_eq!(r.location(), "/account");
        let cookie = r
            .set_cookies()
            .into_iter()
            .find(|c| c.starts_with("__Host-weltoffen_session="))
            .unwrap();
        assert!(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"));
        let new = r.cookie("__Host-weltoffen_session").unwrap();
        assert_ne!(new, old);
        // The old session is gone, the new one works.
        assert_eq!(app.get("/account", Some(&old)).await.status, StatusCode::SEE_OTHER);
        let account = app.get("/account", Some(&new)).await;
        assert_eq!(account.status, StatusCode::OK);
        assert!(account.body.contains("member-a@test.example") || account.body.contains("member-a"));
        let out = app.post("/logout", &[], Some(&new)).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(
            app.get("/account", Some(&new)).await.location(),
            "/login?next=%2Faccount"
        );
        assert!(app.count("audit_log").await >= 2);
    })
    .await;
}

#[tokio::test]
async fn wrong_password_keeps_the_email_and_shows_an_error_without_revealing_the_account() {
    on_every_backend(|app| async move {
        let known = app
            .post(
                "/login",
                &[("email", "member-a@test.example"), ("password", "falsch-falsch")],
                None,
            )
            .await;
        let unknown = app
            .post(
                "/login",
                &[("email", "nobody@test.example"), ("password", "falsch-falsch")],
                None,
            )
            .await;
        assert_eq!(known.status, StatusCode::UNAUTHORIZED, "[{}]", app.label);
        assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
        assert!(known.body.contains("value=\"member-a@test.example\""));
        assert!(!known.body.contains("falsch-falsch"), "passwords are never echoed");
        assert!(known.body.contains("error-summary"));
        let strip = |b: &str| {
            b.replace("member-a@test.example", "X")
                .replace("nobody@test.example", "X")
        };
        assert_eq!(strip(&known.body).len(), strip(&unknown.body).len());
        let malformed = app
            .post("/login", &[("email", "kein-at"), ("password", "")], None)
            .await;
        assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(malformed.body.contains("href=\"#email\"") && malformed.body.contains("href=\"#password\""));
    })
    .await;
}

#[tokio::test]
async fn five_failures_lock_the_account_for_the_window_even_with_the_right_password() {
    on_every_backend(|app| async move {
        for _ in 0..5 {
            app.post(
                "/login",
                &[("email", "member-a@test.example"), ("password", "falsch-falsch")],
                None,
            )
            .await;
        }
        let r = app
            .post(
                "/login",
                &[("email", "member-a@test.example"), ("password", PASSWORD)],
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "[{}]", app.label);
        assert!(r.cookie("__Host-weltoffen_session").is_none());
        // Other accounts are not affected.
        let other = app
            .post(
                "/login",
                &[("email", "member-b@test.example"), ("password", PASSWORD)],
                None,
            )
            .await;
        assert_eq!(other.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn forged_or_cross_site_posts_are_refused_with_a_localized_page_and_request_id() {
    on_every_backend(|app| async move {
        let session = app.session("member-a").await;
        let no_token = app
            .post_raw(
                "/account/profile",
                "name=Hacked&locale=de",
                session.as_deref(),
                Method::POST,
            )
            .await;
        assert_eq!(no_token.status, StatusCode::FORBIDDEN, "[{}]", app.label);
        assert!(no_token.body.contains("<code>"), "request id shown");
        let wrong = app
            .post_raw(
                "/account/profile",
                "csrf=forged.token&name=Hacked&locale=de",
                session.as_deref(),
                Method::POST,
            )
            .await;
        assert_eq!(wrong.status, StatusCode::FORBIDDEN);
        let cross = Request::builder()
            .method(Method::POST)
            .uri("/account/profile")
            .header(
                header::COOKIE,
                format!(
                    "__Host-weltoffen_csrf={}; __Host-weltoffen_session={}",
                    app.csrf,
                    session.clone().unwrap()
                ),
            )
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "cross-site")
            .body(Body::from(format!("csrf={}&name=Hacked&locale=de", app.csrf)))
            .unwrap();
        assert_eq!(app.send(cross).await.status, StatusCode::FORBIDDEN);
        let page = app.get("/account", session.as_deref()).await;
        assert!(!page.body.contains("Hacked"), "nothing was changed");
    })
    .await;
}

#[tokio::test]
async fn coordinator_invites_a_colleague_who_accepts_once_and_can_log_in() {
    on_every_backend(|app| async move {
        let path = format!("/m/{}/invitations", app.a.ags);
        let r = app
            .post_as(
                &path,
                &[("email", "neu@test.example"), ("role", "member")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
        assert_eq!(
            app.count("mail_outbox").await,
            1,
            "mail written in the same transaction"
        );
        let mails = app.deliver_mail().await;
        assert_eq!(mails.len(), 1);
        let link = link_in(&mails[0], "http://127.0.0.1:8080/invitation/").unwrap();
        let invitation_path = link.trim_start_matches("http://127.0.0.1:8080");
        let form = app.get(invitation_path, None).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("neu@test.example"));
        // Bad input: mismatched passwords and an over-long name keep what was typed (but not passwords).
        let long_name = "x".repeat(121);
        let bad = app
            .post(
                invitation_path,
                &[
                    ("name", &long_name),
                    ("password", "lang-genug-123"),
                    ("password_confirm", "anders-123456"),
                ],
                None,
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains(&long_name) && !bad.body.contains("lang-genug-123"));
        assert_eq!(app.count("users").await, 5, "nothing half-written");
        let ok = app
            .post(
                invitation_path,
                &[
                    ("name", "Nora Neu"),
                    ("password", "lang-genug-123"),
                    ("password_confirm", "lang-genug-123"),
                ],
                None,
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert!(ok.location().starts_with("/login?notice="));
        let reused = app.get(invitation_path, None).await;
        assert_eq!(reused.status, StatusCode::BAD_REQUEST);
        let login = app
            .post(
                "/login",
                &[("email", "neu@test.example"), ("password", "lang-genug-123")],
                None,
            )
            .await;
        assert_eq!(login.status, StatusCode::SEE_OTHER);
        let session = login.cookie("__Host-weltoffen_session").unwrap();
        let overview = app.get(&format!("/m/{}", app.a.ags), Some(&session)).await;
        assert_eq!(overview.status, StatusCode::OK);
        assert!(overview.body.contains("Nora Neu"));
        // A member cannot invite.
        let refused = app
            .post_as(&path, &[("email", "x@test.example"), ("role", "member")], "member-a")
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        // Inviting an existing member is a clear form error.
        let dup = app
            .post_as(
                &path,
                &[("email", "member-a@test.example"), ("role", "member")],
                "coordinator-a",
            )
            .await;
        assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(dup.body.contains("href=\"#email\""));
    })
    .await;
}

#[tokio::test]
async fn expired_invitation_is_refused() {
    on_every_backend(|app| async move {
        use weltoffen_platform::accounts::model::MunicipalityRole;
        use weltoffen_platform::accounts::store::{NewInvitation, create_invitation};
        let mut tx = app.state.db.begin().await.unwrap();
        let inv = NewInvitation {
            email: "spaet@test.example",
            municipality: Some((app.a.id, MunicipalityRole::Member)),
            platform_role: None,
            locale: weltoffen_platform::i18n::Locale::De,
            invited_by: None,
            valid_for: time::Duration::seconds(-1),
        };
        let token = create_invitation(&mut tx, &inv).await.unwrap();
        tx.commit().await.unwrap();
        let r = app.get(&format!("/invitation/{token}"), None).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "[{}]", app.label);
        let post = app
            .post(
                &format!("/invitation/{token}"),
                &[
                    ("name", "Zu Spät"),
                    ("password", "lang-genug-123"),
                    ("password_confirm", "lang-genug-123"),
                ],
                None,
            )
            .await;
        assert_eq!(post.status, StatusCode::BAD_REQUEST);
        assert_eq!(app.count("users").await, 5);
    })
    .await;
}

#[tokio::test]
async fn members_see_only_their_own_municipality() {
    on_every_backend(|app| async move {
        let a = format!("/m/{}", app.a.ags);
        let b = format!("/m/{}", app.b.ags);
        assert_eq!(
            app.get_as(&a, "member-a").await.status,
            StatusCode::OK,
            "[{}]",
            app.label
        );
        assert_eq!(app.get_as(&b, "member-a").await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get_as(&a, "member-b").await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get_as(&b, "member-b").await.status, StatusCode::OK);
        assert_eq!(app.get_as(&a, "admin").await.status, StatusCode::OK);
        let page = app.get_as(&a, "member-b").await;
        assert!(!page.body.contains("member-a@test.example"));
    })
    .await;
}

#[tokio::test]
async fn password_reset_by_mail_changes_the_password_once() {
    on_every_backend(|app| async move {
        let unknown = app
            .post("/password/forgot", &[("email", "nobody@test.example")], None)
            .await;
        let known = app
            .post("/password/forgot", &[("email", "member-a@test.example")], None)
            .await;
        assert_eq!(
            unknown.location(),
            known.location(),
            "[{}] no account enumeration",
            app.label
        );
        let mails = app.deliver_mail().await;
        assert_eq!(mails.len(), 1);
        let link = link_in(&mails[0], "http://127.0.0.1:8080/password/reset/").unwrap();
        let path = link.trim_start_matches("http://127.0.0.1:8080");
        let short = app
            .post(path, &[("password", "kurz"), ("password_confirm", "kurz")], None)
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        let ok = app
            .post(
                path,
                &[
                    ("password", "ganz-neu-und-lang"),
                    ("password_confirm", "ganz-neu-und-lang"),
                ],
                None,
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        let again = app
            .post(
                path,
                &[("password", "noch-einmal-neu"), ("password_confirm", "noch-einmal-neu")],
                None,
            )
            .await;
        assert_eq!(again.status, StatusCode::BAD_REQUEST);
        let login = app
            .post(
                "/login",
                &[("email", "member-a@test.example"), ("password", "ganz-neu-und-lang")],
                None,
            )
            .await;
        assert_eq!(login.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn account_page_changes_name_language_password_and_deletes_the_account() {
    on_every_backend(|app| async move {
        let s = app.session("member-a").await;
        let s = s.as_deref();
        let long = "n".repeat(121);
        let bad = app
            .post("/account/profile", &[("name", &long), ("locale", "de")], s)
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "[{}]", app.label);
        assert!(bad.body.contains(&long));
        let ok = app
            .post("/account/profile", &[("name", "Maria Mitglied"), ("locale", "en")], s)
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert!(
            ok.set_cookies()
                .iter()
                .any(|c| c.starts_with("__Host-weltoffen_lang=en"))
        );
        let wrong = app
            .post(
                "/account/password",
                &[
                    ("current_password", "falsch"),
                    ("password", "neu-und-lang-1"),
                    ("password_confirm", "neu-und-lang-1"),
                ],
                s,
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        let changed = app
            .post(
                "/account/password",
                &[
                    ("current_password", PASSWORD),
                    ("password", "neu-und-lang-1"),
                    ("password_confirm", "neu-und-lang-1"),
                ],
                s,
            )
            .await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        let token_page = app.post("/account/tokens", &[("token_name", "Statistik")], s).await;
        assert_eq!(token_page.status, StatusCode::OK);
        assert!(token_page.body.contains("wo_"));
        let refused = app.post("/account/delete", &[("delete_password", PASSWORD)], s).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "old password no longer valid"
        );
        let deleted = app
            .post("/account/delete", &[("delete_password", "neu-und-lang-1")], s)
            .await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER);
        assert_eq!(app.count("users").await, 4);
        assert_eq!(app.get("/account", s).await.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn unknown_pages_get_a_localized_404_with_request_id_and_health_probes_answer() {
    on_every_backend(|app| async move {
        let r = app.get("/gibt-es-nicht", None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.label);
        let id = r.headers.get("x-request-id").unwrap().to_str().unwrap().to_owned();
        assert!(r.body.contains(&id));
        assert!(r.body.contains("<html lang=\"de\">"));
        assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
        let ready = app.get("/readyz", None).await;
        assert_eq!(ready.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn accessibility_feedback_lands_in_the_inbox_and_empty_messages_are_refused() {
    on_every_backend(|app| async move {
        let empty = app
            .post("/barrierefreiheit", &[("message", "  "), ("email", "kaputt")], None)
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "[{}]", app.label);
        assert!(empty.body.contains("href=\"#message\"") && empty.body.contains("value=\"kaputt\""));
        assert_eq!(app.count("feedback").await, 0);
        let ok = app
            .post(
                "/barrierefreiheit",
                &[("message", "Der Kontrast im Menü ist zu schwach."), ("page_url", "/")],
                None,
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert_eq!(app.count("feedback").await, 1);
    })
    .await;
}

#[tokio::test]
async fn housekeeping_removes_expired_sessions_and_old_audit_entries_but_keeps_recent_ones() {
    on_every_backend(|app| async move {
        use sea_query::Query;
        use weltoffen_platform::schema::{AuditLog, Sessions};
        let live = app.session("member-a").await.unwrap();
        let old = weltoffen_platform::clock::now() - time::Duration::days(400);
        let expired = Query::insert()
            .into_table(Sessions::Table)
            .columns([
                Sessions::IdHash,
                Sessions::UserId,
                Sessions::CreatedAt,
                Sessions::ExpiresAt,
            ])
            .values_panic(["x".into(), app.users["member-b"].into(), old.into(), old.into()])
            .to_owned();
        app.state.db.execute(&expired).await.unwrap();
        let ancient = Query::insert()
            .into_table(AuditLog::Table)
            .columns([AuditLog::Id, AuditLog::OccurredAt, AuditLog::Event])
            .values_panic([uuid::Uuid::now_v7().into(), old.into(), "login_ok".into()])
            .to_owned();
        app.state.db.execute(&ancient).await.unwrap();
        app.post(
            "/login",
            &[("email", "member-a@test.example"), ("password", "falsch-falsch")],
            None,
        )
        .await;
        let audit_before = app.count("audit_log").await;
        let removed = weltoffen_platform::housekeeping::run_once(&app.state.db).await.unwrap();
        assert!(removed >= 2, "[{}] removed {removed}", app.label);
        assert_eq!(app.count("audit_log").await, audit_before - 1);
        assert_eq!(
            app.get("/account", Some(&live)).await.status,
            StatusCode::OK,
            "live session kept"
        );
    })
    .await;
}

#[tokio::test]
async fn search_matches_percent_and_underscore_literally() {
    on_every_backend(|app| async move {
        let percent = app.get_as("/admin/municipalities?q=%25", "admin").await;
        assert_eq!(percent.status, StatusCode::OK, "[{}]", app.label);
        assert!(!percent.body.contains("Teltow-Fläming"), "% is not a wildcard");
        let underscore = app.get_as("/admin/municipalities?q=_", "admin").await;
        assert!(!underscore.body.contains("Teltow-Fläming"), "_ is not a wildcard");
        let teltow = app.get_as("/admin/municipalities?q=TELTOW", "admin").await;
        assert!(teltow.body.contains("Teltow-Fläming"));
    })
    .await;
}

#[tokio::test]
async fn store_queries_right_after_setup_see_the_migrated_tables_on_every_connection() {
    on_every_backend(|app| async move {
        for i in 0..4 {
            let m = weltoffen_platform::municipalities::store::by_ags(&app.state.db, "12072").await;
            assert!(m.is_ok(), "[{}] call {i}: {m:?}", app.label);
        }
    })
    .await;
}
