//! The workshop on both backends: created only for a closed round; guests join by the link (with
//! or without their name) and comment and give dots up to their limit, a repeated form counting
//! once; nothing is counted after closing or through an expired link; the facilitator sees dots
//! by role, marks agreed potentials and records decisions that become measures tracing back to
//! them; the protocol (page, PDF, API) names only those who agreed; another municipality's
//! workshop is 404; and fifty dots sent at once never exceed the limit.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;
use weltoffen_platform::accounts::store as accounts;
use weltoffen_platform::clock::today_in_germany;
use weltoffen_platform::web::cookies::{CSRF_COOKIE, SESSION_COOKIE};
use weltoffen_selfcheck::instrument::{Instrument, shipped};
use weltoffen_selfcheck::schema::Workshops;
use weltoffen_selfcheck::scoring::AnswerValue;
use weltoffen_selfcheck::store::{self, NewAnswer};
use weltoffen_selfcheck::web::workshop_live::PARTICIPANT_COOKIE;
use weltoffen_selfcheck::workshop::input::{JoinInput, WorkshopInput};
use weltoffen_selfcheck::workshop::model::ParticipantRole;
use weltoffen_selfcheck::workshop::service::{self, DotOutcome};
use weltoffen_selfcheck::workshop::store as workshop_store;

use crate::support::{TestApp, TestResponse, on_every_backend};

const WORKSHOPS: &str = "/m/12072/selbstcheck/workshops";

/// The statements of a field that municipality A (a Landkreis) is asked.
fn items(instrument: &Instrument, app: &TestApp, field: &str) -> Vec<String> {
    instrument
        .field(field)
        .unwrap()
        .items
        .iter()
        .filter(|i| i.applies(app.a.kind()))
        .map(|i| i.id.clone())
        .collect()
}

/// A round of A in which the coordinator and a member rated the first statements of two fields
/// low (development potentials) and one statement very differently; closed unless `open`.
async fn round(app: &TestApp, instrument: &Instrument, title: &str, open: bool) -> Uuid {
    let db = &app.state.db;
    let coordinator = app.users["coordinator-a"];
    let id = store::create_round(db, app.a.id, title, None, &instrument.version, coordinator)
        .await
        .unwrap();
    let row = store::round(db, app.a.id, id).await.unwrap().unwrap();
    let management = items(instrument, app, "management");
    let work = items(instrument, app, "work");
    for (actor, values) in [("coordinator-a", [0u8, 1, 0, 0]), ("member-a", [1, 0, 3, 1])] {
        let answers = vec![
            NewAnswer {
                item_id: management[0].clone(),
                value: AnswerValue::Score(values[0]),
                comment: None,
            },
            NewAnswer {
                item_id: management[1].clone(),
                value: AnswerValue::Score(values[1]),
                comment: None,
            },
            NewAnswer {
                item_id: management[2].clone(),
                value: AnswerValue::Score(values[2]),
                comment: None,
            },
            NewAnswer {
                item_id: work[0].clone(),
                value: AnswerValue::Score(values[3]),
                comment: None,
            },
        ];
        store::save_answers(db, instrument, &row, app.users[actor], actor, true, &answers)
            .await
            .unwrap();
    }
    if !open {
        assert!(store::set_round_open(db, &row, false, coordinator, &[]).await.unwrap());
    }
    id
}

fn form(round: Uuid, dots: &str) -> Vec<(String, String)> {
    [
        ("title", "Workshop Weltoffenheit".to_owned()),
        ("round", round.to_string()),
        ("held_on", today_in_germany().to_string()),
        ("start_time", "09:30".to_owned()),
        ("place", "Kreishaus, Saal 2".to_owned()),
        ("online_link", String::new()),
        ("field", "management".to_owned()),
        ("field", "work".to_owned()),
        ("dots", dots.to_owned()),
        ("link_expires_on", String::new()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// A workshop of A on a fresh closed round, created through the page; its id and link token.
async fn workshop(app: &TestApp, instrument: &Instrument, dots: &str) -> (Uuid, String, Uuid) {
    let round = round(app, instrument, "Selbstcheck 2026", false).await;
    let r = app
        .post_as(&format!("{WORKSHOPS}/new"), &pairs(&form(round, dots)), "coordinator-a")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
    let path = r.location().split('?').next().unwrap().to_owned();
    let id = Uuid::parse_str(path.rsplit('/').next().unwrap()).unwrap();
    let page = app.get_as(&path, "coordinator-a").await;
    assert_eq!(page.status, StatusCode::OK, "[{}]", app.label);
    let start = page.body.find("/w/").expect("the page shows the share link") + 3;
    let token: String = page.body[start..].chars().take_while(char::is_ascii_hexdigit).collect();
    assert_eq!(token.len(), 32, "[{}]", app.label);
    (id, token, round)
}

/// A request of a guest's browser: the CSRF cookie, their participant cookie, maybe a session.
async fn guest(
    app: &TestApp,
    method: Method,
    path: &str,
    fields: &[(&str, &str)],
    secret: Option<&str>,
    session: Option<&str>,
) -> TestResponse {
    let mut cookies = format!("{CSRF_COOKIE}={}", app.csrf);
    if let Some(secret) = secret {
        cookies.push_str(&format!("; {PARTICIPANT_COOKIE}={secret}"));
    }
    if let Some(session) = session {
        cookies.push_str(&format!("; {SESSION_COOKIE}={session}"));
    }
    let builder = Request::builder()
        .method(method.clone())
        .uri(path)
        .header(header::COOKIE, cookies)
        .header("sec-fetch-site", "same-origin");
    let request = if method == Method::POST {
        let mut all: Vec<(&str, &str)> = vec![("csrf", &app.csrf)];
        all.extend_from_slice(fields);
        builder
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(serde_urlencoded::to_string(&all).unwrap()))
            .unwrap()
    } else {
        builder.body(Body::empty()).unwrap()
    };
    app.send(request).await
}

/// Joins as a guest and returns the cookie's secret.
async fn join(app: &TestApp, token: &str, name: &str, consent: bool, role: &str) -> String {
    let mut fields = vec![("name", name), ("role", role)];
    if consent {
        fields.push(("show_name", "on"));
    }
    let r = guest(app, Method::POST, &format!("/w/{token}"), &fields, None, None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
    let cookie = r
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with(PARTICIPANT_COOKIE))
        .expect("a participant cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"));
    assert!(cookie.contains(&format!("Path=/w/{token}")));
    r.cookie(PARTICIPANT_COOKIE).unwrap()
}

async fn dot(app: &TestApp, token: &str, secret: &str, item: &str, nonce: &str) -> TestResponse {
    guest(
        app,
        Method::POST,
        &format!("/w/{token}/dots"),
        &[("action", "add"), ("item", item), ("nonce", nonce)],
        Some(secret),
        None,
    )
    .await
}

#[tokio::test]
async fn a_workshop_is_created_only_for_a_closed_round_of_the_municipality() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let open = round(&app, &instrument, "Laufende Runde", true).await;
            let r = app
                .post_as(&format!("{WORKSHOPS}/new"), &pairs(&form(open, "5")), "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert!(r.body.contains("Diese Runde ist noch offen"), "[{label}]");
            assert!(
                r.body.contains("href=\"#round\""),
                "[{label}] the summary links the field"
            );
            // Too many dots, no field: both named at once, what was typed kept.
            let mut bad = form(open, "25");
            bad.retain(|(k, _)| k != "field");
            let r = app
                .post_as(&format!("{WORKSHOPS}/new"), &pairs(&bad), "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            for anchor in ["href=\"#dots\"", "href=\"#fields\""] {
                assert!(r.body.contains(anchor), "[{label}] {anchor}");
            }
            assert!(r.body.contains("value=\"25\""), "[{label}]");
            // A round of another municipality is unknown here.
            let b_round = store::create_round(
                &app.state.db,
                app.b.id,
                "B",
                None,
                &instrument.version,
                app.users["member-b"],
            )
            .await
            .unwrap();
            let r = app
                .post_as(
                    &format!("{WORKSHOPS}/new"),
                    &pairs(&form(b_round, "5")),
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            // Members see workshops but do not create them.
            let closed = round(&app, &instrument, "Selbstcheck 2026", false).await;
            let r = app
                .post_as(&format!("{WORKSHOPS}/new"), &pairs(&form(closed, "5")), "member-a")
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
            assert_eq!(app.count("workshops").await, 0, "[{label}] nothing saved");

            let (id, _, _) = workshop(&app, &instrument, "5").await;
            assert_eq!(app.count("workshop_agenda").await, 2, "[{label}]");
            let list = app.get_as(WORKSHOPS, "member-a").await;
            assert_eq!(list.status, StatusCode::OK, "[{label}]");
            assert!(list.body.contains("Workshop Weltoffenheit"), "[{label}]");
            let page = app.get_as(&format!("{WORKSHOPS}/{id}"), "member-a").await;
            assert_eq!(page.status, StatusCode::OK, "[{label}]");
            assert!(
                !page.body.contains("/invitations"),
                "[{label}] only coordinators invite"
            );
            // The round page of a closed round and the action plan link to the workshops.
            let round_page = app
                .get_as(&format!("/m/12072/selbstcheck/{closed}"), "coordinator-a")
                .await;
            assert!(
                round_page.body.contains(&format!("workshops/new?round={closed}")),
                "[{label}]"
            );
            let plan = app.get_as("/m/12072/handlungsplan", "member-a").await;
            assert!(plan.body.contains(WORKSHOPS), "[{label}]");

            // Another municipality's workshop is 404 under A's address, for everybody.
            let b_closed = store::round(&app.state.db, app.b.id, b_round).await.unwrap().unwrap();
            store::set_round_open(&app.state.db, &b_closed, false, app.users["member-b"], &[])
                .await
                .unwrap();
            let input = WorkshopInput {
                title: "Workshop B".into(),
                round_id: b_round,
                held_on: today_in_germany(),
                start_time: None,
                place: String::new(),
                online_link: String::new(),
                fields: vec!["management".into()],
                dots: 3,
                link_expires_on: today_in_germany(),
            };
            let b_workshop = service::create(
                &app.state.db,
                app.b.id,
                &input,
                &app.state.secrets.session_key,
                app.users["member-b"],
            )
            .await
            .unwrap();
            for path in ["", "/protokoll", "/moderation", "/praesentation", "/protokoll.pdf"] {
                let r = app
                    .get_as(&format!("{WORKSHOPS}/{b_workshop}{path}"), "coordinator-a")
                    .await;
                assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}] {path}");
            }
            let r = app
                .post_as(&format!("{WORKSHOPS}/{b_workshop}/close"), &[], "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");
            let b = workshop_store::workshop(&app.state.db, app.b.id, b_workshop)
                .await
                .unwrap()
                .unwrap();
            assert!(b.is_open(), "[{label}] untouched");
            // And members of B do not reach A's workshop at all.
            let r = app.get_as(&format!("{WORKSHOPS}/{id}"), "member-b").await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
        }
    })
    .await;
}

#[tokio::test]
async fn a_guest_joins_by_the_link_comments_and_gives_dots_up_to_the_limit_each_counted_once() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (_, token, _) = workshop(&app, &instrument, "3").await;
            let link = format!("/w/{token}");
            let management = items(&instrument, &app, "management");
            let (first, second) = (management[0].clone(), management[1].clone());

            // The join form, for anybody with the link; bad input refused, nothing saved.
            let r = guest(&app, Method::GET, &link, &[], None, None).await;
            assert_eq!(r.status, StatusCode::OK, "[{label}]");
            assert!(
                r.body.contains("Zivilgesellschaft") && r.body.contains("Wirtschaft"),
                "[{label}]"
            );
            let r = guest(
                &app,
                Method::POST,
                &link,
                &[("name", ""), ("show_name", "on")],
                None,
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert!(
                r.body.contains("href=\"#role\"") && r.body.contains("href=\"#name\""),
                "[{label}]"
            );
            assert_eq!(app.count("workshop_participants").await, 0, "[{label}]");

            // Anonymous to the others, then one who shows their name.
            let anna = join(&app, &token, "Anna Geheim", false, "politics").await;
            let _bert = join(&app, &token, "Bert Offen", true, "business").await;
            let page = guest(&app, Method::GET, &link, &[], Some(&anna), None).await;
            assert_eq!(page.status, StatusCode::OK, "[{label}]");
            assert!(page.body.contains("Teilnehmer:in 1 (Politik)"), "[{label}]");
            assert!(!page.body.contains("Anna Geheim"), "[{label}] no consent, no name");
            assert!(page.body.contains("Sie haben noch 3 von 3 Punkten"), "[{label}]");
            assert!(page.body.contains("sse-connect=\"/w/"), "[{label}] live with htmx");
            // The fragment for htmx is only the changing part.
            let fragment = app
                .send(
                    Request::builder()
                        .uri(&link)
                        .header("hx-request", "true")
                        .header(header::COOKIE, format!("{PARTICIPANT_COOKIE}={anna}"))
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(fragment.status, StatusCode::OK, "[{label}]");
            assert!(
                fragment.body.starts_with("<div id=\"workshop-live\""),
                "[{label}] {}",
                fragment.body.chars().take(80).collect::<String>()
            );

            // A comment, sent twice by a double click: saved once.
            let comment = [
                ("field", "management"),
                ("item", first.as_str()),
                ("body", "Mehr Sprachkurse"),
                ("nonce", "c-1"),
            ];
            for _ in 0..2 {
                let r = guest(
                    &app,
                    Method::POST,
                    &format!("{link}/comments"),
                    &comment,
                    Some(&anna),
                    None,
                )
                .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            }
            assert_eq!(app.count("workshop_comments").await, 1, "[{label}]");
            let r = guest(
                &app,
                Method::POST,
                &format!("{link}/comments"),
                &[("field", "management"), ("body", " "), ("nonce", "c-2")],
                Some(&anna),
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert_eq!(app.count("workshop_comments").await, 1, "[{label}]");

            // The dot form as the page renders it is accepted as it is.
            let page = guest(&app, Method::GET, &link, &[], Some(&anna), None).await;
            let start = page.body.find("name=\"action\" value=\"add\"").unwrap();
            let form = &page.body[start..];
            let attr = |name: &str| {
                let key = format!("name=\"{name}\" value=\"");
                let at = form.find(&key).unwrap() + key.len();
                form[at..form[at..].find('"').unwrap() + at].to_owned()
            };
            let (item, nonce) = (attr("item"), attr("nonce"));
            let r = dot(&app, &token, &anna, &item, &nonce).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            assert!(
                r.location().contains("notice=notice-selfcheck-workshop-dot-given"),
                "[{label}]"
            );
            // Taken back again, so the counts below start from none.
            let workshop_id =
                workshop_store::workshop_by_link(&app.state.db, &weltoffen_platform::crypto::token_hash(&token))
                    .await
                    .unwrap()
                    .unwrap()
                    .id;
            let given = workshop_store::dots(&app.state.db, workshop_id)
                .await
                .unwrap()
                .remove(0);
            let taken = service::take_back_dot(&app.state.db, workshop_id, given.participant_id, given.id)
                .await
                .unwrap();
            assert_eq!(taken, Ok(true), "[{label}]");
            // Three dots, two on one statement; the same form again counts once.
            for (item, nonce) in [(&first, "d-1"), (&first, "d-2"), (&second, "d-3"), (&second, "d-3")] {
                let r = dot(&app, &token, &anna, item, nonce).await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            }
            assert_eq!(app.count("workshop_dots").await, 3, "[{label}]");
            // The fourth is refused with a clear message, and nothing is counted.
            let r = dot(&app, &token, &anna, &second, "d-4").await;
            assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
            assert!(
                r.body.contains("Sie haben schon alle Ihre Punkte vergeben"),
                "[{label}]"
            );
            assert!(
                r.body.contains("href=\"#dots\""),
                "[{label}] the summary links the dots"
            );
            assert_eq!(app.count("workshop_dots").await, 3, "[{label}]");
            // A counted form sent again is still counted once, even with no dot left.
            let r = dot(&app, &token, &anna, &first, "d-1").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            assert_eq!(app.count("workshop_dots").await, 3, "[{label}]");
            // A statement that is no development potential takes no dot.
            let not_a_target = items(&instrument, &app, "management").last().unwrap().clone();
            let r = dot(&app, &token, &anna, &not_a_target, "d-5").await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");

            // Taking one back frees it; the same form twice takes back one.
            let dots = workshop_store::dots(
                &app.state.db,
                workshop_store::workshop_by_link(&app.state.db, &weltoffen_platform::crypto::token_hash(&token))
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
            )
            .await
            .unwrap();
            let mine = dots.iter().rev().find(|d| d.item_id == second).unwrap().id.to_string();
            for _ in 0..2 {
                let r = guest(
                    &app,
                    Method::POST,
                    &format!("{link}/dots"),
                    &[("action", "remove"), ("item", second.as_str()), ("dot", mine.as_str())],
                    Some(&anna),
                    None,
                )
                .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            }
            assert_eq!(app.count("workshop_dots").await, 2, "[{label}]");
            let page = guest(&app, Method::GET, &link, &[], Some(&anna), None).await;
            assert!(page.body.contains("Sie haben noch einen von 3 Punkten"), "[{label}]");
            // Another guest cannot take back Anna's dot.
            let other = join(&app, &token, "", false, "other").await;
            let theirs = dots.iter().find(|d| d.item_id == first).unwrap().id.to_string();
            guest(
                &app,
                Method::POST,
                &format!("{link}/dots"),
                &[("action", "remove"), ("item", first.as_str()), ("dot", theirs.as_str())],
                Some(&other),
                None,
            )
            .await;
            assert_eq!(app.count("workshop_dots").await, 2, "[{label}]");
            // A browser that did not join is sent to the join form, nothing counted.
            let r = dot(&app, &token, "not-a-secret", &first, "d-6").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            assert_eq!(r.location(), link, "[{label}]");
            assert_eq!(app.count("workshop_dots").await, 2, "[{label}]");

            // A member of the municipality who is logged in joins with the account, once.
            let session = app.session("member-a").await;
            let r = guest(&app, Method::GET, &link, &[], None, session.as_deref()).await;
            assert!(r.body.contains("value=\"member-a\""), "[{label}] the name is filled in");
            for _ in 0..2 {
                let r = guest(
                    &app,
                    Method::POST,
                    &link,
                    &[("name", "member-a"), ("role", "administration")],
                    None,
                    session.as_deref(),
                )
                .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            }
            let participants = workshop_store::participants(
                &app.state.db,
                workshop_store::workshop_by_link(&app.state.db, &weltoffen_platform::crypto::token_hash(&token))
                    .await
                    .unwrap()
                    .unwrap()
                    .id,
            )
            .await
            .unwrap();
            assert_eq!(participants.len(), 4, "[{label}]");
            assert_eq!(
                participants
                    .iter()
                    .filter(|p| p.user_id == Some(app.users["member-a"]))
                    .count(),
                1,
                "[{label}]"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn nothing_is_counted_after_closing_or_through_an_expired_link() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (id, token, _) = workshop(&app, &instrument, "5").await;
            let link = format!("/w/{token}");
            let item = items(&instrument, &app, "management")[0].clone();
            let guest_secret = join(&app, &token, "", false, "civil_society").await;
            assert_eq!(
                dot(&app, &token, &guest_secret, &item, "a").await.status,
                StatusCode::SEE_OTHER
            );

            let r = app.post_as(&format!("{WORKSHOPS}/{id}/close"), &[], "member-a").await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}] only coordinators close");
            let r = app
                .post_as(&format!("{WORKSHOPS}/{id}/close"), &[], "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            assert!(
                r.location()
                    .ends_with("/protokoll?notice=notice-selfcheck-workshop-closed"),
                "[{label}]"
            );

            let r = dot(&app, &token, &guest_secret, &item, "b").await;
            assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
            assert!(r.body.contains("Der Workshop ist abgeschlossen"), "[{label}]");
            let r = guest(
                &app,
                Method::POST,
                &format!("{link}/comments"),
                &[("field", "management"), ("body", "Zu spät"), ("nonce", "late")],
                Some(&guest_secret),
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
            let r = guest(&app, Method::POST, &link, &[("role", "other")], None, None).await;
            assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
            let r = app
                .post_as(
                    &format!("{WORKSHOPS}/{id}/moderation/decisions"),
                    &[("field", "management"), ("body", "Zu spät")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
            assert_eq!(app.count("workshop_dots").await, 1, "[{label}]");
            assert_eq!(app.count("workshop_comments").await, 0, "[{label}]");
            assert_eq!(app.count("workshop_participants").await, 1, "[{label}]");
            assert_eq!(app.count("workshop_decisions").await, 0, "[{label}]");
            let page = guest(&app, Method::GET, &link, &[], Some(&guest_secret), None).await;
            assert!(page.body.contains("Der Workshop ist abgeschlossen"), "[{label}]");
            assert!(!page.body.contains("Punkt geben"), "[{label}] no more dot buttons");

            // Yesterday was the link's last day: a clear page, 410, and nothing counted.
            let yesterday = today_in_germany().previous_day().unwrap();
            app.state
                .db
                .execute(
                    &Query::update()
                        .table(Workshops::Table)
                        .value(Workshops::LinkExpiresOn, yesterday)
                        .value(Workshops::Status, "open")
                        .and_where(Expr::col(Workshops::Id).eq(id))
                        .to_owned(),
                )
                .await
                .unwrap();
            let r = guest(&app, Method::GET, &link, &[], None, None).await;
            assert_eq!(r.status, StatusCode::GONE, "[{label}]");
            assert!(r.body.contains("Der Einladungslink ist abgelaufen"), "[{label}]");
            let r = dot(&app, &token, &guest_secret, &item, "c").await;
            assert_eq!(r.status, StatusCode::GONE, "[{label}]");
            let r = guest(&app, Method::POST, &link, &[("role", "other")], None, None).await;
            assert_eq!(r.status, StatusCode::GONE, "[{label}]");
            assert_eq!(app.count("workshop_dots").await, 1, "[{label}]");
            assert_eq!(app.count("workshop_participants").await, 1, "[{label}]");
            // A link that never existed is simply not found.
            let r = guest(
                &app,
                Method::GET,
                "/w/0123456789abcdef0123456789abcdef",
                &[],
                None,
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");
        }
    })
    .await;
}

#[tokio::test]
async fn the_facilitator_counts_by_role_and_a_decision_becomes_a_measure_that_traces_back_to_it() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (id, token, round) = workshop(&app, &instrument, "5").await;
            let base = format!("{WORKSHOPS}/{id}");
            let management = items(&instrument, &app, "management");
            let first = management[0].clone();
            let roles = ["politics", "politics", "business", "civil_society"];
            for (n, role) in roles.iter().enumerate() {
                let secret = join(&app, &token, "", false, role).await;
                let r = dot(&app, &token, &secret, &first, &format!("n-{n}")).await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            }
            let page = app.get_as(&format!("{base}/moderation"), "coordinator-a").await;
            assert_eq!(page.status, StatusCode::OK, "[{label}]");
            let row_start = page
                .body
                .find(&format!("<tr id=\"s-{}\"", first.replace('.', "-")))
                .unwrap();
            let row = &page.body[row_start..row_start + page.body[row_start..].find("</tr>").unwrap()];
            let cells: Vec<&str> = row
                .split("<td class=\"table__numeric\">")
                .skip(1)
                .map(|c| c.split('<').next().unwrap())
                .collect();
            // Verwaltung, Politik, Zivilgesellschaft, Wirtschaft, Sonstige, then the total.
            assert_eq!(cells, ["0", "2", "1", "1", "0", ""], "[{label}] {row}");
            assert!(row.contains("<strong>4</strong>"), "[{label}]");
            assert!(page.body.contains("aria-live=\"polite\""), "[{label}]");
            let r = app.get_as(&format!("{base}/moderation"), "member-a").await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");

            // Agreed, the next field on every screen, and a decision with its first step.
            let r = app
                .post_as(
                    &format!("{base}/moderation/agreed"),
                    &[("item", &first), ("agreed", "yes")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            assert_eq!(app.count("workshop_agreed").await, 1, "[{label}]");
            let r = app
                .post_as(
                    &format!("{base}/moderation/field"),
                    &[("step", "next")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            let work_title = &instrument.field("work").unwrap().title.de;
            let presenter = app.get_as(&format!("{base}/praesentation"), "coordinator-a").await;
            assert!(
                presenter.body.contains(work_title.as_str()),
                "[{label}] the projector moved on"
            );
            assert!(presenter.body.contains("class=\"presenter\""), "[{label}]");
            let bad = app
                .post_as(
                    &format!("{base}/moderation/decisions"),
                    &[("field", "management"), ("body", "")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert!(bad.body.contains("href=\"#decision-body\""), "[{label}]");
            let r = app
                .post_as(
                    &format!("{base}/moderation/decisions"),
                    &[
                        ("field", "management"),
                        ("item", &first),
                        ("body", "Integrationskonzept fortschreiben. Mit dem Beirat."),
                        ("first_step", "Auftakt im Januar"),
                        ("owner", "Brückenschlag e. V."),
                    ],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            let decision = workshop_store::decisions(&app.state.db, id).await.unwrap().remove(0);

            // The protocol offers to create the measure; the form comes prefilled.
            let protocol = app.get_as(&format!("{base}/protokoll"), "coordinator-a").await;
            let new = format!("/m/12072/handlungsplan/new?decision={}", decision.id);
            assert!(protocol.body.contains(&new), "[{label}]");
            let form = app.get_as(&new, "coordinator-a").await;
            assert_eq!(form.status, StatusCode::OK, "[{label}]");
            assert!(
                form.body.contains("value=\"Integrationskonzept fortschreiben.\""),
                "[{label}]"
            );
            assert!(form.body.contains("Erster Schritt: Auftakt im Januar"), "[{label}]");
            assert!(form.body.contains("value=\"Brückenschlag e. V.\""), "[{label}]");
            assert!(
                form.body
                    .contains(&format!("name=\"decision\" value=\"{}\"", decision.id)),
                "[{label}]"
            );
            let round_text = round.to_string();
            let fields: Vec<(&str, &str)> = vec![
                ("title", "Integrationskonzept fortschreiben"),
                ("description", "Aus dem Workshop"),
                ("field", "management"),
                ("item", first.as_str()),
                ("status", "planned"),
                ("progress", "0"),
                ("owner", ""),
                ("owner_external", "Brückenschlag e. V."),
                ("source_round", &round_text),
            ];
            let mut with_decision = fields.clone();
            let decision_text = decision.id.to_string();
            with_decision.push(("decision", &decision_text));
            let r = app
                .post_as("/m/12072/handlungsplan/new", &with_decision, "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            let measure_path = r.location().split('?').next().unwrap().to_owned();
            let measure = app.get_as(&measure_path, "member-a").await;
            assert!(
                measure.body.contains("Aus dem Workshop „Workshop Weltoffenheit“"),
                "[{label}]"
            );
            assert!(
                measure.body.contains(&format!("protokoll#decision-{}", decision.id)),
                "[{label}]"
            );
            let protocol = app.get_as(&format!("{base}/protokoll"), "member-a").await;
            assert!(
                protocol.body.contains("Integrationskonzept fortschreiben</a>"),
                "[{label}] the measure is linked"
            );

            // A decision of another municipality's workshop: 404, nothing saved.
            let b_round = store::create_round(
                &app.state.db,
                app.b.id,
                "B",
                None,
                &instrument.version,
                app.users["member-b"],
            )
            .await
            .unwrap();
            let b_row = store::round(&app.state.db, app.b.id, b_round).await.unwrap().unwrap();
            store::set_round_open(&app.state.db, &b_row, false, app.users["member-b"], &[])
                .await
                .unwrap();
            let input = WorkshopInput {
                title: "B".into(),
                round_id: b_round,
                held_on: today_in_germany(),
                start_time: None,
                place: String::new(),
                online_link: String::new(),
                fields: vec!["management".into()],
                dots: 3,
                link_expires_on: today_in_germany(),
            };
            let b_workshop = service::create(
                &app.state.db,
                app.b.id,
                &input,
                &app.state.secrets.session_key,
                app.users["member-b"],
            )
            .await
            .unwrap();
            let b_decision = service::add_decision(
                &app.state.db,
                b_workshop,
                &weltoffen_selfcheck::workshop::input::DecisionInput {
                    field: "management".into(),
                    item: None,
                    body: "Geheim".into(),
                    first_step: String::new(),
                    owner: String::new(),
                },
                app.users["member-b"],
            )
            .await
            .unwrap()
            .unwrap();
            let r = app
                .get_as(
                    &format!("/m/12072/handlungsplan/new?decision={b_decision}"),
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");
            let measures = app.count("measures").await;
            let b_text = b_decision.to_string();
            let mut stolen = fields.clone();
            stolen.push(("decision", &b_text));
            let r = app
                .post_as("/m/12072/handlungsplan/new", &stolen, "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");
            assert_eq!(app.count("measures").await, measures, "[{label}] nothing saved");

            // The PDF of the protocol.
            let pdf = app.get_as(&format!("{base}/protokoll.pdf"), "member-a").await;
            assert_eq!(pdf.status, StatusCode::OK, "[{label}]");
            assert_eq!(pdf.headers[header::CONTENT_TYPE], "application/pdf", "[{label}]");
        }
    })
    .await;
}

#[tokio::test]
async fn the_protocol_api_names_only_participants_who_agreed() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (id, token, _) = workshop(&app, &instrument, "5").await;
            let first = items(&instrument, &app, "management")[0].clone();
            let hidden = join(&app, &token, "Anna Geheim", false, "politics").await;
            let _shown = join(&app, &token, "Bert Offen", true, "business").await;
            assert_eq!(
                dot(&app, &token, &hidden, &first, "x").await.status,
                StatusCode::SEE_OTHER
            );
            guest(
                &app,
                Method::POST,
                &format!("/w/{token}/comments"),
                &[("field", "management"), ("body", "Anonym gemeint"), ("nonce", "k")],
                Some(&hidden),
                None,
            )
            .await;

            let call = |actor: Option<&'static str>| {
                let app = &app;
                async move {
                    let mut builder = Request::builder().uri(format!("/api/v1/workshops/{id}/protocol"));
                    if let Some(actor) = actor {
                        let mut tx = app.state.db.begin().await.unwrap();
                        let token = accounts::create_token(&mut tx, app.users[actor], "test").await.unwrap();
                        tx.commit().await.unwrap();
                        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
                    }
                    app.send(builder.body(Body::empty()).unwrap()).await
                }
            };
            let r = call(Some("member-a")).await;
            assert_eq!(r.status, StatusCode::OK, "[{label}] {}", r.body);
            let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
            assert_eq!(json["participant_count"], 2, "[{label}]");
            assert!(r.body.contains("Bert Offen"), "[{label}]");
            assert!(!r.body.contains("Anna Geheim"), "[{label}] no consent, no name");
            let field = &json["fields"][0];
            assert_eq!(field["id"], "management", "[{label}]");
            let item = field["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["item_id"] == first.as_str())
                .unwrap();
            assert_eq!(item["dots"]["politics"], 1, "[{label}]");
            assert_eq!(field["comments"][0]["name"], serde_json::Value::Null, "[{label}]");
            assert_eq!(field["comments"][0]["role"], "politics", "[{label}]");
            let page = app.get_as(&format!("{WORKSHOPS}/{id}/protokoll"), "member-a").await;
            assert!(
                page.body.contains("Bert Offen") && !page.body.contains("Anna Geheim"),
                "[{label}]"
            );
            assert!(page.body.contains("Teilnehmer:in 1"), "[{label}]");

            assert_eq!(call(Some("member-b")).await.status, StatusCode::NOT_FOUND, "[{label}]");
            assert_eq!(call(None).await.status, StatusCode::UNAUTHORIZED, "[{label}]");
            let openapi = app.get("/api/openapi.json", None).await;
            assert!(openapi.body.contains("/api/v1/workshops/{id}/protocol"), "[{label}]");
        }
    })
    .await;
}

#[tokio::test]
async fn invitations_are_mailed_with_the_link() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (id, token, _) = workshop(&app, &instrument, "5").await;
            let r = app
                .post_as(
                    &format!("{WORKSHOPS}/{id}/invitations"),
                    &[("emails", "kein-mail")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
            assert_eq!(app.count("mail_outbox").await, 0, "[{label}]");
            let r = app
                .post_as(
                    &format!("{WORKSHOPS}/{id}/invitations"),
                    &[("emails", "a@example.org, b@example.org")],
                    "coordinator-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            let mails = app.deliver_mail().await;
            assert_eq!(mails.len(), 2, "[{label}]");
            let link = crate::support::link_in(&mails[0], "http://127.0.0.1:8080/w/").unwrap();
            assert!(link.ends_with(&token), "[{label}] {link}");
        }
    })
    .await;
}

#[tokio::test]
async fn fifty_dots_sent_at_once_never_exceed_the_limit_and_one_form_counts_once() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let (id, _, _) = workshop(&app, &instrument, "5").await;
            let workshop = workshop_store::workshop(&app.state.db, app.a.id, id)
                .await
                .unwrap()
                .unwrap();
            let item = items(&instrument, &app, "management")[0].clone();
            let join_as = |role| JoinInput {
                name: String::new(),
                show_name: false,
                role,
            };
            let eager = service::join(&app.state.db, &workshop, &join_as(ParticipantRole::Politics), None)
                .await
                .unwrap()
                .unwrap()
                .participant_id;
            let clicker = service::join(&app.state.db, &workshop, &join_as(ParticipantRole::Other), None)
                .await
                .unwrap()
                .unwrap()
                .participant_id;
            let mut tasks = Vec::new();
            for n in 0..50 {
                let (db, w, target) = (app.state.db.clone(), workshop.clone(), item.clone());
                tasks.push(tokio::spawn(async move {
                    service::give_dot(&db, &w, eager, &target, &format!("n{n}"))
                        .await
                        .unwrap()
                }));
                let (db, w, target) = (app.state.db.clone(), workshop.clone(), item.clone());
                tasks.push(tokio::spawn(async move {
                    service::give_dot(&db, &w, clicker, &target, "same").await.unwrap()
                }));
            }
            let mut counted = 0;
            for task in tasks {
                if task.await.unwrap() == Ok(DotOutcome::Counted) {
                    counted += 1;
                }
            }
            assert_eq!(counted, 6, "[{label}] five of one, one of the other");
            let dots = workshop_store::dots(&app.state.db, id).await.unwrap();
            assert_eq!(
                dots.iter().filter(|d| d.participant_id == eager).count(),
                5,
                "[{label}]"
            );
            assert_eq!(
                dots.iter().filter(|d| d.participant_id == clicker).count(),
                1,
                "[{label}]"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn the_demo_has_a_held_workshop_whose_decisions_measures_carry_out() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let db = &app.state.db;
            let people = weltoffen_selfcheck::demo::DemoPeople {
                coordinator: Some((app.users["coordinator-a"], "coordinator-a".into())),
                member: Some((app.users["member-a"], "member-a".into())),
            };
            weltoffen_selfcheck::demo::seed(db, &instrument, app.a.id, app.a.kind(), &people)
                .await
                .unwrap();
            let workshops = workshop_store::workshops(db, app.a.id).await.unwrap();
            assert_eq!(workshops.len(), 1, "[{label}]");
            let w = &workshops[0];
            assert!(!w.is_open(), "[{label}] held and closed");
            let participants = workshop_store::participants(db, w.id).await.unwrap();
            assert_eq!(participants.len(), 12, "[{label}]");
            for role in ParticipantRole::ALL {
                assert!(participants.iter().any(|p| p.role() == role), "[{label}] {role:?}");
            }
            assert_eq!(app.count("workshop_decisions").await, 3, "[{label}]");
            assert!(app.count("workshop_agreed").await >= 2, "[{label}]");
            assert!(app.count("workshop_comments").await >= 5, "[{label}]");
            let linked = workshop_store::decision_measures(db, app.a.id, w.id).await.unwrap();
            assert!(!linked.is_empty() && linked.len() <= 2, "[{label}] {}", linked.len());
            let protocol = app.get_as(&format!("{WORKSHOPS}/{}/protokoll", w.id), "member-a").await;
            assert_eq!(protocol.status, StatusCode::OK, "[{label}]");
            assert!(
                protocol.body.contains("Petra Lindner"),
                "[{label}] a name shown with consent"
            );
            assert!(
                !protocol.body.contains("Heike Brandt"),
                "[{label}] a name without consent"
            );
            let measure = app
                .get_as(&format!("/m/12072/handlungsplan/{}", linked[0].measure_id), "member-a")
                .await;
            assert!(measure.body.contains("Aus dem Workshop"), "[{label}]");
            // Seeding again adds nothing.
            assert_eq!(
                weltoffen_selfcheck::demo::seed(db, &instrument, app.a.id, app.a.kind(), &people)
                    .await
                    .unwrap(),
                0,
                "[{label}]"
            );
        }
    })
    .await;
}
