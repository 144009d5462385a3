//! The admin area over HTTP, on SQLite and PostgreSQL: municipalities, users and roles,
//! invitations, audit log, feedback inbox and the operator texts.

use axum::http::StatusCode;
use weltoffen_platform::accounts::model::{MunicipalityRole, PlatformRole};
use weltoffen_platform::accounts::store;
use weltoffen_platform::audit;
use weltoffen_platform::municipalities::store::by_ags;
use weltoffen_platform::site::{self, MAX_PAGE_CHARS};

use crate::support::{PASSWORD, TestApp, link_in, on_every_backend};

/// Rows of the municipality table (each row links the name to the municipality's page).
fn municipality_rows(body: &str) -> usize {
    body.matches("<td><a href=\"/m/").count()
}

async fn role_changes(app: &TestApp) -> Vec<audit::AuditRow> {
    audit::list(&app.state.db, Some("role_changed"), 100, 0).await.unwrap()
}

#[tokio::test]
async fn admin_searches_filters_and_pages_the_municipalities() {
    on_every_backend(|app| async move {
        let all = app.get_as("/admin/municipalities", "admin").await;
        assert_eq!(all.status, StatusCode::OK, "[{}]", app.label);
        assert_eq!(municipality_rows(&all.body), 50, "50 per page");
        assert!(all.body.contains("aria-current=\"page\">1</a>"));
        assert!(all.body.contains("href=\"/admin/municipalities?page=2\""));
        assert!(
            all.body
                .contains("Datenquelle: Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2018")
        );
        // 401 Kreise: 9 pages, the last one with a single row.
        let second = app.get_as("/admin/municipalities?page=2", "admin").await;
        assert_eq!(second.status, StatusCode::OK);
        assert_eq!(municipality_rows(&second.body), 50);
        assert_ne!(all.body, second.body);
        assert!(second.body.contains("rel=\"prev\""));
        let last = app.get_as("/admin/municipalities?page=9", "admin").await;
        assert_eq!(municipality_rows(&last.body), 1);
        assert!(!last.body.contains("rel=\"next\""));

        let teltow = app.get_as("/admin/municipalities?q=Teltow", "admin").await;
        assert!(teltow.body.contains("<a href=\"/m/12072\">Teltow-Fläming</a>"));
        assert_eq!(municipality_rows(&teltow.body), 1);
        assert!(
            teltow.body.contains("value=\"Teltow\""),
            "the search term stays in the field"
        );
        // Population with thousands separators.
        let population = app.a.population.unwrap();
        assert!(
            teltow
                .body
                .contains(&format!("{}.{:03}", population / 1000, population % 1000))
        );

        let cities_in_bb = app
            .get_as("/admin/municipalities?type=kreisfreie_stadt&land=BB", "admin")
            .await;
        assert!(cities_in_bb.body.contains("/m/12054\">Potsdam, Stadt</a>"));
        assert!(!cities_in_bb.body.contains("/m/12072\""), "a Landkreis is filtered out");
        assert_eq!(
            municipality_rows(&cities_in_bb.body),
            4,
            "Brandenburg has four kreisfreie Städte"
        );
        assert!(
            cities_in_bb
                .body
                .contains("<option value=\"BB\" selected>Brandenburg</option>")
        );

        // Paging links keep the filters.
        let landkreise = app.get_as("/admin/municipalities?type=landkreis", "admin").await;
        // askama writes `&` in attributes as `&#38;`.
        assert!(
            landkreise
                .body
                .contains("href=\"/admin/municipalities?type=landkreis&#38;page=2\" rel=\"next\"")
        );
        // A malformed page number is page 1, not an error.
        assert_eq!(
            app.get_as("/admin/municipalities?page=x", "admin").await.status,
            StatusCode::OK
        );
        assert_eq!(
            app.get_as("/admin/municipalities", "coordinator-a").await.status,
            StatusCode::FORBIDDEN
        );
    })
    .await;
}

#[tokio::test]
async fn admin_adds_a_gemeinde_with_an_eight_digit_ags_and_it_is_audited() {
    on_every_backend(|app| async move {
        let before = app.count("municipalities").await;
        let r = app
            .post_as(
                "/admin/municipalities",
                &[("ags", "12072232"), ("name", "Ludwigsfelde"), ("population", "25.000")],
                "admin",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
        assert!(r.location().contains("notice=notice-admin-municipality-added"));
        assert_eq!(app.count("municipalities").await, before + 1);
        let added = by_ags(&app.state.db, "12072232").await.unwrap().unwrap();
        assert_eq!(added.name, "Ludwigsfelde");
        assert_eq!(added.municipality_type, "kreisangehoerige_gemeinde");
        assert_eq!(added.land, "BB");
        assert_eq!(added.population, Some(25_000));
        let entries = audit::list(&app.state.db, Some("municipality_added"), 10, 0)
            .await
            .unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].subject.as_deref(), Some("12072232"));
        assert_eq!(entries[0].actor_email.as_deref(), Some("admin@test.example"));
        let shown = app.get_as(r.location(), "admin").await;
        assert!(shown.body.contains("/m/12072232\">Ludwigsfelde</a>"));
        assert!(shown.body.contains("Die Gemeinde ist angelegt"));
    })
    .await;
}

#[tokio::test]
async fn a_malformed_short_or_duplicate_ags_rerenders_with_a_field_error_and_adds_nothing() {
    on_every_backend(|app| async move {
        let before = app.count("municipalities").await;
        for ags in ["12a72232", "12072", "99072232", "12072"] {
            let r = app
                .post_as(
                    "/admin/municipalities",
                    &[("ags", ags), ("name", "Neudorf"), ("population", "")],
                    "admin",
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{}] {ags}", app.label);
            assert!(
                r.body.contains("class=\"error-summary\"") && r.body.contains("href=\"#ags\""),
                "{ags}"
            );
            assert!(
                r.body.contains(&format!("value=\"{ags}\"")) && r.body.contains("value=\"Neudorf\""),
                "typed values are kept"
            );
            assert!(r.body.contains("aria-invalid=\"true\""));
        }
        let short = app
            .post_as(
                "/admin/municipalities",
                &[("ags", "12072"), ("name", "Neudorf")],
                "admin",
            )
            .await;
        assert!(short.body.contains("Amtlichen Gemeindeschlüssel mit 8 Ziffern"));
        let taken = app
            .post_as(
                "/admin/municipalities",
                &[("ags", "12072232"), ("name", "Ludwigsfelde")],
                "admin",
            )
            .await;
        assert_eq!(taken.status, StatusCode::SEE_OTHER);
        let duplicate = app
            .post_as(
                "/admin/municipalities",
                &[("ags", "12072232"), ("name", "Nochmal")],
                "admin",
            )
            .await;
        assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(duplicate.body.contains("gibt es schon"));
        let bad_population = app
            .post_as(
                "/admin/municipalities",
                &[("ags", "12072233"), ("name", "X"), ("population", "-3")],
                "admin",
            )
            .await;
        assert_eq!(bad_population.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad_population.body.contains("href=\"#population\""));
        let no_name = app
            .post_as("/admin/municipalities", &[("ags", "12072233"), ("name", " ")], "admin")
            .await;
        assert!(no_name.body.contains("href=\"#name\""));
        assert_eq!(
            app.count("municipalities").await,
            before + 1,
            "only the one good Gemeinde"
        );
        assert_eq!(
            audit::count(&app.state.db, Some("municipality_added")).await.unwrap(),
            1
        );
    })
    .await;
}

#[tokio::test]
async fn admin_invites_a_coordinator_whose_mailed_link_makes_them_coordinator() {
    on_every_backend(|app| async move {
        let page = app.get_as("/admin/invitations", "admin").await;
        assert_eq!(page.status, StatusCode::OK, "[{}]", app.label);
        for needle in [
            "id=\"email\"",
            "id=\"ags\"",
            "id=\"role\"",
            "Kommune (AGS)",
            "Redaktion (ganze Plattform)",
            "Administration (ganze Plattform)",
        ] {
            assert!(page.body.contains(needle), "{needle}");
        }
        let r = app
            .post_as(
                "/admin/invitations",
                &[("email", "Neu@Test.example"), ("ags", "12072"), ("role", "coordinator")],
                "admin",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location(), "/admin/invitations?notice=notice-invitation-sent");
        let listed = app.get_as("/admin/invitations", "admin").await;
        assert!(listed.body.contains("neu@test.example") && listed.body.contains("Teltow-Fläming (12072)"));
        assert!(listed.body.contains(">offen</strong>"));

        let mails = app.deliver_mail().await;
        assert_eq!(mails.len(), 1);
        let link = link_in(&mails[0], "http://127.0.0.1:8080/invitation/").unwrap();
        let path = link.trim_start_matches("http://127.0.0.1:8080");
        let accepted = app
            .post(
                path,
                &[
                    ("name", "Nora Neu"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
                None,
            )
            .await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
        let id = store::user_id_by_email(&app.state.db, "neu@test.example")
            .await
            .unwrap()
            .unwrap();
        let memberships = store::memberships_of(&app.state.db, id).await.unwrap();
        assert_eq!(memberships.len(), 1);
        assert_eq!(
            (memberships[0].ags.as_str(), memberships[0].role),
            ("12072", MunicipalityRole::Coordinator)
        );
        let after = app.get_as("/admin/invitations", "admin").await;
        assert!(after.body.contains(">angenommen</strong>"));

        // A platform role needs no municipality.
        let editor = app
            .post_as(
                "/admin/invitations",
                &[("email", "redaktion@test.example"), ("ags", ""), ("role", "editor")],
                "admin",
            )
            .await;
        assert_eq!(editor.status, StatusCode::SEE_OTHER);
        assert_eq!(app.count("invitations").await, 2);
    })
    .await;
}

#[tokio::test]
async fn inviting_with_a_bad_or_unknown_ags_or_a_member_is_a_field_error_and_writes_nothing() {
    on_every_backend(|app| async move {
        let cases: [(&str, &str, &str, &str); 6] = [
            ("neu@test.example", "12999", "coordinator", "#ags"),
            ("neu@test.example", "12a72", "member", "#ags"),
            ("neu@test.example", "", "member", "#ags"),
            ("kein-at", "12072", "member", "#email"),
            ("member-a@test.example", "12072", "member", "#email"),
            ("neu@test.example", "12072", "owner", "#role"),
        ];
        for (email, ags, role, field) in cases {
            let r = app
                .post_as(
                    "/admin/invitations",
                    &[("email", email), ("ags", ags), ("role", role)],
                    "admin",
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "[{}] {email} {ags} {role}",
                app.label
            );
            assert!(
                r.body.contains(&format!("href=\"{field}\"")),
                "{email} {ags} {role}: error links to {field}"
            );
            assert!(
                r.body.contains(&format!("value=\"{email}\"")) && r.body.contains(&format!("value=\"{ags}\"")),
                "typed values kept"
            );
        }
        let unknown = app
            .post_as(
                "/admin/invitations",
                &[("email", "neu@test.example"), ("ags", "12999"), ("role", "member")],
                "admin",
            )
            .await;
        assert!(unknown.body.contains("gibt es keine Kommune"));
        assert!(
            unknown.body.contains("<option value=\"member\" selected>"),
            "chosen role kept"
        );
        assert_eq!(app.count("invitations").await, 0);
        assert_eq!(app.count("mail_outbox").await, 0);
    })
    .await;
}

#[tokio::test]
async fn changing_a_platform_role_or_membership_is_audited_with_old_and_new_role() {
    on_every_backend(|app| async move {
        let member = app.users["member-a"];
        let detail = app.get_as(&format!("/admin/users/{member}"), "admin").await;
        assert_eq!(detail.status, StatusCode::OK, "[{}]", app.label);
        assert!(detail.body.contains("member-a@test.example") && detail.body.contains("/m/12072\">Teltow-Fläming</a>"));

        let r = app
            .post_as(&format!("/admin/users/{member}/role"), &[("role", "editor")], "admin")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let user = store::user_by_id(&app.state.db, member).await.unwrap().unwrap();
        assert_eq!(user.platform_role, Some(PlatformRole::Editor));
        let changes = role_changes(&app).await;
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].subject.as_deref(), Some("member-a@test.example"));
        assert_eq!(changes[0].detail.as_deref(), Some("platform: none -> editor"));

        let back = app
            .post_as(&format!("/admin/users/{member}/role"), &[("role", "none")], "admin")
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER);
        assert_eq!(
            store::user_by_id(&app.state.db, member)
                .await
                .unwrap()
                .unwrap()
                .platform_role,
            None
        );
        assert_eq!(
            role_changes(&app).await[0].detail.as_deref(),
            Some("platform: editor -> none")
        );

        // Memberships by AGS: add, change, remove.
        let b = app.users["member-b"];
        let path = format!("/admin/users/{b}/memberships");
        assert_eq!(
            app.post_as(&path, &[("membership_ags", "12072"), ("role", "member")], "admin")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            app.post_as(&path, &[("ags", "12072"), ("role", "coordinator")], "admin")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let user = store::user_by_id(&app.state.db, b).await.unwrap().unwrap();
        assert_eq!(user.role_in(app.a.id), Some(MunicipalityRole::Coordinator));
        assert_eq!(
            role_changes(&app).await[0].detail.as_deref(),
            Some("12072: member -> coordinator")
        );
        assert_eq!(
            app.post_as(&path, &[("ags", "12072"), ("role", "remove")], "admin")
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let user = store::user_by_id(&app.state.db, b).await.unwrap().unwrap();
        assert_eq!(user.role_in(app.a.id), None);
        assert_eq!(
            user.role_in(app.b.id),
            Some(MunicipalityRole::Member),
            "other memberships stay"
        );
        assert_eq!(
            role_changes(&app).await[0].detail.as_deref(),
            Some("12072: coordinator -> none")
        );
        assert_eq!(role_changes(&app).await.len(), 5);

        let unknown = app
            .post_as(&path, &[("membership_ags", "12999"), ("role", "member")], "admin")
            .await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unknown.body.contains("href=\"#membership_ags\"") && unknown.body.contains("value=\"12999\""));
        let bad_role = app
            .post_as(&format!("/admin/users/{member}/role"), &[("role", "root")], "admin")
            .await;
        assert_eq!(bad_role.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(role_changes(&app).await.len(), 5, "refused changes are not audited");
    })
    .await;
}

#[tokio::test]
async fn an_admin_cannot_remove_their_own_admin_role() {
    on_every_backend(|app| async move {
        let admin = app.users["admin"];
        for role in ["none", "editor"] {
            let r = app
                .post_as(&format!("/admin/users/{admin}/role"), &[("role", role)], "admin")
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{}] {role}", app.label);
            assert!(r.body.contains("href=\"#platform_role\""));
            assert!(
                r.body
                    .contains("Sie können sich die Rolle Administration nicht selbst nehmen")
            );
        }
        let user = store::user_by_id(&app.state.db, admin).await.unwrap().unwrap();
        assert_eq!(user.platform_role, Some(PlatformRole::Admin));
        assert!(role_changes(&app).await.is_empty());
        // Keeping it is fine.
        let same = app
            .post_as(&format!("/admin/users/{admin}/role"), &[("role", "admin")], "admin")
            .await;
        assert_eq!(same.status, StatusCode::SEE_OTHER);
    })
    .await;
}

#[tokio::test]
async fn users_are_searchable_and_unknown_ids_are_not_found() {
    on_every_backend(|app| async move {
        let all = app.get_as("/admin/users", "admin").await;
        assert_eq!(all.status, StatusCode::OK, "[{}]", app.label);
        assert_eq!(all.body.matches("<a href=\"/admin/users/").count(), 5);
        let found = app.get_as("/admin/users?q=COORD", "admin").await;
        assert!(found.body.contains("coord-a@test.example"));
        assert_eq!(
            found.body.matches("<a href=\"/admin/users/").count(),
            1,
            "search is case-insensitive on both backends"
        );
        let random = uuid::Uuid::now_v7();
        assert_eq!(
            app.get_as(&format!("/admin/users/{random}"), "admin").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get_as("/admin/users/not-a-uuid", "admin").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.post_as("/admin/users/not-a-uuid/role", &[("role", "admin")], "admin")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn the_audit_log_lists_a_login_and_filters_by_event() {
    on_every_backend(|app| async move {
        let login = app
            .post(
                "/login",
                &[("email", "admin@test.example"), ("password", PASSWORD)],
                None,
            )
            .await;
        assert_eq!(login.status, StatusCode::SEE_OTHER, "[{}]", app.label);
        let session = login.cookie("__Host-weltoffen_session").unwrap();
        let log = app.get("/admin/audit", Some(&session)).await;
        assert_eq!(log.status, StatusCode::OK);
        assert!(log.body.contains("<td>Anmeldung</td>") && log.body.contains("<td>admin@test.example</td>"));
        let only_logins = app.get("/admin/audit?event=login_ok", Some(&session)).await;
        assert!(only_logins.body.contains("<td>Anmeldung</td>"));
        assert!(only_logins.body.contains("<option value=\"login_ok\" selected>"));
        let only_logouts = app.get("/admin/audit?event=logout", Some(&session)).await;
        assert!(!only_logouts.body.contains("<td>Anmeldung</td>"));
        assert!(only_logouts.body.contains("Keine Einträge."));
    })
    .await;
}

#[tokio::test]
async fn feedback_is_listed_unread_and_can_be_marked_read() {
    on_every_backend(|app| async move {
        site::save_feedback(
            &app.state.db,
            Some("Erika"),
            None,
            Some("/login"),
            "Der Fokus ist nicht sichtbar.",
        )
        .await
        .unwrap();
        let inbox = app.get_as("/admin/feedback", "admin").await;
        assert_eq!(inbox.status, StatusCode::OK, "[{}]", app.label);
        assert!(inbox.body.contains("Der Fokus ist nicht sichtbar.") && inbox.body.contains(">ungelesen</strong>"));
        assert!(inbox.body.contains("Als gelesen markieren"));
        let overview = app.get_as("/admin", "admin").await;
        assert!(overview.body.contains("1 ungelesene Meldungen"));
        let id = site::list_feedback(&app.state.db, 10, 0).await.unwrap()[0].id;
        let r = app.post_as(&format!("/admin/feedback/{id}/read"), &[], "admin").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(r.location().starts_with("/admin/feedback?notice="));
        let after = app.get_as("/admin/feedback", "admin").await;
        assert!(after.body.contains(">gelesen</strong>") && !after.body.contains("Als gelesen markieren"));
        assert_eq!(site::count_feedback(&app.state.db).await.unwrap(), (1, 0));
        let random = uuid::Uuid::now_v7();
        assert_eq!(
            app.post_as(&format!("/admin/feedback/{random}/read"), &[], "admin")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

#[tokio::test]
async fn the_impressum_can_be_edited_in_both_languages_within_the_length_limit() {
    on_every_backend(|app| async move {
        let form = app.get_as("/admin/pages/impressum", "admin").await;
        assert_eq!(form.status, StatusCode::OK, "[{}]", app.label);
        assert!(form.body.contains("id=\"body_de\"") && form.body.contains("id=\"body_en\""));
        let r = app
            .post_as(
                "/admin/pages/impressum",
                &[
                    ("body_de", "Muster-Betrieb GmbH\n\nMusterstraße 1"),
                    ("body_en", "Sample Operator Ltd"),
                ],
                "admin",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let public = app.get("/impressum", None).await;
        assert!(public.body.contains("<p>Muster-Betrieb GmbH</p>") && public.body.contains("<p>Musterstraße 1</p>"));
        let english = app.get_with("/impressum", None, "__Host-weltoffen_lang=en").await;
        assert!(english.body.contains("Sample Operator Ltd"));
        let again = app.get_as("/admin/pages/impressum", "admin").await;
        assert!(
            again.body.contains("Musterstraße 1</textarea>"),
            "the form shows the stored text"
        );

        let too_long = "x".repeat(MAX_PAGE_CHARS + 1);
        let refused = app
            .post_as(
                "/admin/pages/impressum",
                &[("body_de", &too_long), ("body_en", "Kurz")],
                "admin",
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("href=\"#body_de\"") && refused.body.contains("Der Text ist zu lang"));
        assert!(
            app.get("/impressum", None).await.body.contains("Muster-Betrieb GmbH"),
            "nothing was saved"
        );
        assert!(
            app.get_with("/impressum", None, "__Host-weltoffen_lang=en")
                .await
                .body
                .contains("Sample Operator Ltd")
        );

        assert_eq!(
            app.get_as("/admin/pages/nope", "admin").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.post_as("/admin/pages/nope", &[("body_de", "x")], "admin")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get_as("/admin/pages/datenschutz", "admin").await.status,
            StatusCode::OK
        );
    })
    .await;
}

#[tokio::test]
async fn the_overview_counts_and_links_every_section() {
    on_every_backend(|app| async move {
        let r = app.get_as("/admin", "admin").await;
        assert_eq!(r.status, StatusCode::OK, "[{}]", app.label);
        assert!(r.body.contains("401 Kommunen") && r.body.contains("5 Personen mit Konto"));
        for href in [
            "/admin/municipalities",
            "/admin/users",
            "/admin/invitations",
            "/admin/audit",
            "/admin/feedback",
            "/admin/pages/impressum",
            "/admin/pages/datenschutz",
        ] {
            assert!(r.body.contains(&format!("href=\"{href}\"")), "{href}");
        }
        assert_eq!(r.body.matches("<h1>").count(), 1);
        assert!(r.body.contains("class=\"breadcrumbs\""));
    })
    .await;
}
