//! The action plan, continued, on both backends: the trace from a statement to its ratings and
//! measures and from a measure to its statements' change, the reminders to owners through the
//! outbox, and the public progress page with its opt-ins.

use axum::http::StatusCode;
use sea_query::{Expr, ExprTrait, Query};
use time::{Date, Duration};
use uuid::Uuid;
use weltoffen_platform::clock::now;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::web::cookies::LANG_COOKIE;
use weltoffen_selfcheck::instrument::{Instrument, shipped};
use weltoffen_selfcheck::plan::input::{MeasureInput, MilestoneInput, Owner, UpdateInput};
use weltoffen_selfcheck::plan::model::MeasureStatus;
use weltoffen_selfcheck::plan::reminders::run_once;
use weltoffen_selfcheck::plan::{service, store as plan_store};
use weltoffen_selfcheck::schema::Measures;
use weltoffen_selfcheck::scoring::AnswerValue;
use weltoffen_selfcheck::store::{self, NewAnswer};

use crate::support::{TestApp, decode_mail, on_every_backend};

const PLAN: &str = "/m/12072/handlungsplan";
const PUBLIC: &str = "/kommunen/12072/handlungsplan";

fn measure(title: &str, status: MeasureStatus, owner: Owner, due: Option<Date>) -> MeasureInput {
    MeasureInput {
        title: title.into(),
        description: String::new(),
        status,
        progress: if status == MeasureStatus::Done { 100 } else { 20 },
        owner,
        start_date: None,
        due_date: due,
        fields: vec!["management".into()],
        items: vec![],
        public: false,
    }
}

async fn create(app: &TestApp, input: &MeasureInput, source_round: Option<Uuid>) -> Uuid {
    service::create(&app.state.db, app.a.id, input, source_round, app.users["coordinator-a"])
        .await
        .unwrap()
}

/// A statement of the management field that municipality A (a Landkreis) is asked.
fn statement(instrument: &Instrument, app: &TestApp) -> String {
    instrument
        .field("management")
        .unwrap()
        .items
        .iter()
        .find(|i| i.applies(app.a.kind()))
        .unwrap()
        .id
        .clone()
}

/// A closed round of A in which the coordinator and a member rated `item`.
async fn closed_round(app: &TestApp, instrument: &Instrument, title: &str, item: &str, values: [u8; 2]) -> Uuid {
    let db = &app.state.db;
    let coordinator = app.users["coordinator-a"];
    let id = store::create_round(db, app.a.id, title, None, &instrument.version, coordinator)
        .await
        .unwrap();
    let round = store::round(db, app.a.id, id).await.unwrap().unwrap();
    for (actor, value) in [("coordinator-a", values[0]), ("member-a", values[1])] {
        let answer = NewAnswer {
            item_id: item.to_owned(),
            value: AnswerValue::Score(value),
            comment: None,
        };
        store::save_answers(db, instrument, &round, app.users[actor], actor, true, &[answer])
            .await
            .unwrap();
    }
    assert!(
        store::set_round_open(db, &round, false, coordinator, &[])
            .await
            .unwrap()
    );
    id
}

#[tokio::test]
async fn a_statement_shows_its_ratings_per_closed_round_and_a_measure_shows_their_change() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let item = statement(&instrument, &app);
            let (field, statement) = instrument.item(&item).unwrap();
            let page_path = format!("/m/12072/selbstcheck/aussagen/{item}");

            // Before any round: the page says so, and the measure has nothing to compare.
            let r = app.get_as(&page_path, "member-a").await;
            assert_eq!(r.status, StatusCode::OK, "[{label}]");
            assert!(
                r.body.contains("noch keine Runde des Selbstchecks abgeschlossen"),
                "[{label}]"
            );

            let first = closed_round(&app, &instrument, "Selbstcheck 2025", &item, [0, 2]).await;
            let mut input = measure(
                "Kompass-Projekt starten",
                MeasureStatus::InProgress,
                Owner::Nobody,
                None,
            );
            input.items = vec![item.clone()];
            let id = create(&app, &input, Some(first)).await;
            let detail = format!("{PLAN}/{id}");
            let r = app.get_as(&detail, "member-a").await;
            assert!(
                r.body.contains(
                    "Vor der Maßnahme („Selbstcheck 2025“): 1,0. Eine spätere Runde ist noch nicht abgeschlossen."
                ),
                "[{label}] {}",
                r.body
            );
            // The measure is older than the next round's closing.
            let q = Query::update()
                .table(Measures::Table)
                .value(Measures::CreatedAt, now() - Duration::hours(1))
                .and_where(Expr::col(Measures::Id).eq(id))
                .to_owned();
            app.state.db.execute(&q).await.unwrap();
            let second = closed_round(&app, &instrument, "Selbstcheck 2026", &item, [3, 2]).await;

            let r = app.get_as(&page_path, "member-a").await;
            assert_eq!(r.status, StatusCode::OK, "[{label}]");
            assert!(r.body.contains(&statement.text.de), "[{label}]");
            if let Some(explanation) = &statement.explanation {
                let escaped = explanation
                    .de
                    .replace('&', "&amp;")
                    .replace('"', "&#34;")
                    .replace('\'', "&#39;");
                assert!(r.body.contains(&escaped), "[{label}]");
            }
            let older = r.body.find("Selbstcheck 2025").unwrap();
            let newer = r.body.find("Selbstcheck 2026").unwrap();
            assert!(older < newer, "[{label}] oldest round first");
            assert!(r.body.contains(">1,0<") && r.body.contains(">2,5<"), "[{label}] means");
            assert!(r.body.contains("+1,5 (gestiegen)"), "[{label}] the change in words");
            assert!(
                r.body.contains(&format!("/m/12072/selbstcheck/{second}/results")),
                "[{label}] rounds link to their results"
            );
            assert!(
                r.body.contains(&format!("href=\"{detail}\"")),
                "[{label}] the measure is linked"
            );
            assert!(r.body.contains("In Arbeit"), "[{label}]");

            let r = app.get_as(&detail, "member-a").await;
            assert!(
                r.body
                    .contains("Mittelwert von 1,0 auf 2,5 gestiegen (von „Selbstcheck 2025“ bis „Selbstcheck 2026“)."),
                "[{label}] {}",
                r.body
            );
            assert!(r.body.contains(&format!("href=\"{page_path}\"")), "[{label}]");
            let session = app.session("member-a").await;
            let english = app
                .get_with(&detail, session.as_deref(), &format!("{LANG_COOKIE}=en"))
                .await;
            assert!(english.body.contains("Mean rose from 1.0 to 2.5"), "[{label}]");

            // The results page links its statements to their pages.
            let r = app
                .get_as(
                    &format!("/m/12072/selbstcheck/{second}/results/{}", field.id),
                    "member-a",
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "[{label}]");
            assert!(r.body.contains(&format!("href=\"{page_path}\"")), "[{label}]");

            // Only members see it; an unknown statement is not found.
            assert_eq!(app.get_as(&page_path, "member-b").await.status, StatusCode::FORBIDDEN);
            let r = app
                .get_as("/m/12072/selbstcheck/aussagen/management.no-such-statement", "member-a")
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");
            // Another municipality's page of the statement shows none of A's rounds or measures.
            let r = app.get_as(&page_path.replace("12072", "05962"), "member-b").await;
            assert_eq!(r.status, StatusCode::OK, "[{label}]");
            assert!(
                !r.body.contains("Selbstcheck 2025") && !r.body.contains("Kompass-Projekt"),
                "[{label}]"
            );
        }
    })
    .await;
}

/// The outbox's subjects, oldest first.
async fn outbox_subjects(app: &TestApp) -> Vec<String> {
    #[derive(sqlx::FromRow)]
    struct Subject {
        subject: String,
    }
    let q = Query::select()
        .column(weltoffen_platform::schema::MailOutbox::Subject)
        .from(weltoffen_platform::schema::MailOutbox::Table)
        .order_by(weltoffen_platform::schema::MailOutbox::CreatedAt, sea_query::Order::Asc)
        .order_by(weltoffen_platform::schema::MailOutbox::Id, sea_query::Order::Asc)
        .to_owned();
    app.state
        .db
        .fetch_all::<Subject>(&q)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.subject)
        .collect()
}

#[tokio::test]
async fn owners_are_reminded_once_before_the_due_date_and_once_when_it_is_overdue() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let db = &app.state.db;
        let base = &app.state.settings.base_url;
        let today = time::macros::date!(2030 - 06 - 10);
        let member = Owner::Member(app.users["member-a"]);
        let due = today + Duration::days(7);
        let concept = create(
            &app,
            &measure(
                "Konzept fortschreiben",
                MeasureStatus::InProgress,
                member.clone(),
                Some(due),
            ),
            None,
        )
        .await;
        // None of these is reminded: finished, an external owner, nobody, not yet due.
        for (title, status, owner, days) in [
            ("Erledigt", MeasureStatus::Done, member.clone(), 2),
            ("Verworfen", MeasureStatus::Dropped, member.clone(), -3),
            (
                "Extern",
                MeasureStatus::Planned,
                Owner::External("Brückenschlag e. V.".into()),
                2,
            ),
            ("Niemand", MeasureStatus::Planned, Owner::Nobody, 2),
            ("Später", MeasureStatus::Planned, member.clone(), 30),
        ] {
            create(
                &app,
                &measure(title, status, owner, Some(today + Duration::days(days))),
                None,
            )
            .await;
        }
        // The coordinator reads English.
        weltoffen_platform::accounts::store::update_locale(db, app.users["coordinator-a"], Locale::En)
            .await
            .unwrap();
        create(
            &app,
            &measure(
                "Welcome page",
                MeasureStatus::Planned,
                Owner::Member(app.users["coordinator-a"]),
                Some(today + Duration::days(1)),
            ),
            None,
        )
        .await;

        // Two nodes run the job at the same time: each reminder is queued once.
        let (a, b) = tokio::join!(run_once(db, base, today), run_once(db, base, today));
        assert_eq!(a.unwrap() + b.unwrap(), 2, "[{label}]");
        assert_eq!(app.count("mail_outbox").await, 2, "[{label}]");
        assert_eq!(app.count("measure_reminders").await, 2, "[{label}]");
        let mut subjects = outbox_subjects(&app).await;
        subjects.sort();
        assert_eq!(
            subjects,
            ["Bald fällig: „Konzept fortschreiben“", "Due soon: “Welcome page”"],
            "[{label}]"
        );
        let mails: Vec<String> = app.deliver_mail().await.iter().map(|m| decode_mail(m)).collect();
        let german = mails.iter().find(|m| m.contains("Konzept fortschreiben")).unwrap();
        assert!(german.contains("member-a@test.example"), "[{label}] to the owner");
        assert!(german.contains("in 7 Tagen"), "[{label}] {german}");
        assert!(german.contains("17.06.2030"), "[{label}]");
        assert!(german.contains("Teltow-Fl"), "[{label}] names the municipality");
        assert!(
            german.contains(&format!("{base}{PLAN}/{concept}")),
            "[{label}] {german}"
        );
        let english = mails.iter().find(|m| m.contains("Welcome page")).unwrap();
        assert!(english.contains("is due tomorrow"), "[{label}] {english}");

        // Again the same day, and the next: nothing new.
        assert_eq!(run_once(db, base, today).await.unwrap(), 0, "[{label}]");
        assert_eq!(
            run_once(db, base, today + Duration::days(1)).await.unwrap(),
            0,
            "[{label}]"
        );
        // The day after the due date: one overdue reminder each; then none again.
        let later = due + Duration::days(1);
        assert_eq!(run_once(db, base, later).await.unwrap(), 2, "[{label}]");
        assert_eq!(run_once(db, base, later).await.unwrap(), 0, "[{label}]");
        assert!(
            outbox_subjects(&app)
                .await
                .contains(&"Überfällig: „Konzept fortschreiben“".to_owned()),
            "[{label}]"
        );

        // A new due date is a new reminder; a measure done meanwhile gets none.
        let row = plan_store::measure(db, app.a.id, concept).await.unwrap().unwrap();
        let mut moved = measure(
            "Konzept fortschreiben",
            MeasureStatus::InProgress,
            member.clone(),
            Some(later + Duration::days(5)),
        );
        assert!(service::update(db, &row, &moved, app.users["member-a"]).await.unwrap());
        let welcome = plan_store::measures(db, app.a.id, &Default::default())
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.title == "Welcome page")
            .unwrap();
        let done = UpdateInput {
            body: String::new(),
            status: Some(MeasureStatus::Done),
            progress: Some(100),
        };
        assert!(
            service::add_update(db, &welcome, &done, app.users["coordinator-a"])
                .await
                .unwrap()
        );
        let before = app.count("mail_outbox").await;
        assert_eq!(run_once(db, base, later).await.unwrap(), 1, "[{label}]");
        assert_eq!(app.count("mail_outbox").await, before + 1, "[{label}]");
        assert_eq!(run_once(db, base, later).await.unwrap(), 0, "[{label}]");
        // Overdue for the new date: once more.
        let row = plan_store::measure(db, app.a.id, concept).await.unwrap().unwrap();
        moved.due_date = Some(later + Duration::days(5));
        assert_eq!(row.due_date, moved.due_date);
        assert_eq!(
            run_once(db, base, later + Duration::days(6)).await.unwrap(),
            1,
            "[{label}]"
        );
        assert_eq!(app.count("measure_reminders").await, 6, "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn the_public_page_shows_only_public_measures_of_a_municipality_that_published_its_plan() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let db = &app.state.db;
        let mut shown = measure(
            "Interkulturelle Öffnung der Verwaltung",
            MeasureStatus::InProgress,
            Owner::Member(app.users["member-a"]),
            Some(time::macros::date!(2027 - 03 - 31)),
        );
        shown.public = true;
        shown.description = "Interne Notiz zur Haushaltslage".into();
        let shown_id = create(&app, &shown, None).await;
        let mut partner = measure(
            "Interkulturelle Woche",
            MeasureStatus::Planned,
            Owner::External("Erika Mustermann".into()),
            None,
        );
        partner.public = true;
        create(&app, &partner, None).await;
        create(
            &app,
            &measure("Personalgespräche führen", MeasureStatus::Planned, Owner::Nobody, None),
            None,
        )
        .await;
        let row = plan_store::measure(db, app.a.id, shown_id).await.unwrap().unwrap();
        for (title, reached) in [("Beschluss im Kreistag", true), ("Schulung geplant", false)] {
            let input = MilestoneInput {
                title: title.into(),
                due_date: None,
            };
            let id = service::add_milestone(db, &row, &input).await.unwrap().unwrap();
            if reached {
                assert!(service::set_milestone_done(db, &row, id, true).await.unwrap());
            }
        }
        let report = UpdateInput {
            body: "Interner Bericht über Widerstände".into(),
            status: None,
            progress: Some(50),
        };
        assert!(
            service::add_update(db, &row, &report, app.users["member-a"])
                .await
                .unwrap()
        );

        // Not published yet: not found, for anyone; members cannot publish.
        assert_eq!(app.get(PUBLIC, None).await.status, StatusCode::NOT_FOUND, "[{label}]");
        let list = app.get_as(PLAN, "member-a").await;
        assert!(list.body.contains("nicht freigeschaltet"), "[{label}]");
        assert!(
            !list.body.contains("/veroeffentlichung"),
            "[{label}] no switch for members"
        );
        let switch = format!("{PLAN}/veroeffentlichung");
        let r = app.post_as(&switch, &[("publish", "on")], "member-a").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
        let r = app.post_as(&switch, &[("publish", "maybe")], "coordinator-a").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "[{label}]");
        assert_eq!(app.count("action_plan_publications").await, 0, "[{label}]");

        let r = app.post_as(&switch, &[("publish", "on")], "coordinator-a").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
        assert!(r.location().contains("notice=notice-selfcheck-publish-on"), "[{label}]");
        let r = app.post_as(&switch, &[("publish", "on")], "coordinator-a").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] publishing twice is fine");
        assert_eq!(app.count("action_plan_publications").await, 1, "[{label}]");
        let list = app.get_as(PLAN, "coordinator-a").await;
        assert!(list.body.contains(&format!("href=\"{PUBLIC}\"")), "[{label}]");
        assert!(list.body.contains("name=\"publish\" value=\"off\""), "[{label}]");

        let r = app.get(PUBLIC, None).await;
        assert_eq!(r.status, StatusCode::OK, "[{label}]");
        for expected in [
            "Interkulturelle Öffnung der Verwaltung",
            "Interkulturelle Woche",
            "Beschluss im Kreistag",
            ">Verwaltung<",
            "Partner außerhalb der Verwaltung",
            "In Arbeit",
            "50\u{a0}%",
            "bis 31.03.2027",
            "2 Maßnahmen",
        ] {
            assert!(r.body.contains(expected), "[{label}] {expected} shown");
        }
        for hidden in [
            "Personalgespräche führen",
            "Interne Notiz",
            "Schulung geplant",
            "Interner Bericht",
            "Erika Mustermann",
            "member-a",
        ] {
            assert!(!r.body.contains(hidden), "[{label}] {hidden} stays internal");
        }
        let english = app.get_with(PUBLIC, None, &format!("{LANG_COOKIE}=en")).await;
        assert!(english.body.contains(">Administration<"), "[{label}]");
        // Another municipality, an unknown one: not found.
        assert_eq!(
            app.get("/kommunen/05962/handlungsplan", None).await.status,
            StatusCode::NOT_FOUND,
            "[{label}]"
        );
        assert_eq!(
            app.get("/kommunen/99999/handlungsplan", None).await.status,
            StatusCode::NOT_FOUND,
            "[{label}]"
        );

        let r = app.post_as(&switch, &[("publish", "off")], "coordinator-a").await;
        assert!(
            r.location().contains("notice=notice-selfcheck-publish-off"),
            "[{label}]"
        );
        assert_eq!(app.get(PUBLIC, None).await.status, StatusCode::NOT_FOUND, "[{label}]");
        let audit = weltoffen_platform::audit::list(db, Some("data_sharing_changed"), 10, 0)
            .await
            .unwrap();
        assert_eq!(
            audit.len(),
            2,
            "[{label}] switching on and off is audited, twice on once"
        );
    })
    .await;
}
