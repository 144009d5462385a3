//! The round pages on both backends: start, assign, answer field by field, resume, mark done,
//! progress, close (frozen), reopen, the round's history and the mails of an assignment; and
//! the refusals.

use axum::http::StatusCode;
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;
use weltoffen_platform::accounts::model::MunicipalityRole;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::schema::MailOutbox;
use weltoffen_selfcheck::instrument::shipped;
use weltoffen_selfcheck::store::{self, AssignmentDetail, RoundEvent};

use crate::support::{TestApp, on_every_backend};

/// Starts a round as coordinator-a and returns its page path.
async fn start_round(app: &TestApp, title: &str) -> String {
    let r = app
        .post_as(
            "/m/12072/selbstcheck",
            &[("title", title), ("due_date", "")],
            "coordinator-a",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
    r.location().split('?').next().unwrap().to_owned()
}

fn applicable(field: &str) -> Vec<String> {
    let instrument = shipped().unwrap();
    instrument
        .field(field)
        .unwrap()
        .items
        .iter()
        .filter(|i| i.applies(MunicipalityType::Landkreis))
        .map(|i| i.id.clone())
        .collect()
}

#[tokio::test]
async fn a_round_is_started_assigned_answered_across_visits_and_closed_through_the_pages() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        assert_eq!(app.a.kind(), MunicipalityType::Landkreis);
        // Bad input first: nothing is stored.
        let r = app
            .post_as(
                "/m/12072/selbstcheck",
                &[("title", "  "), ("due_date", "2001-01-01")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(
            r.body.contains("error-summary") && r.body.contains("href=\"#due_date\""),
            "[{label}]"
        );
        assert_eq!(app.count("selfcheck_rounds").await, 0);
        let r = app
            .post_as("/m/12072/selbstcheck", &[("title", "Runde")], "member-a")
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}] members cannot start rounds");

        let round = start_round(&app, "Selbstcheck 2027").await;
        let overview = app.get_as("/m/12072/selbstcheck", "member-a").await;
        assert!(overview.body.contains("Selbstcheck 2027"), "[{label}]");
        assert!(
            !overview.body.contains("name=\"due_date\""),
            "[{label}] no start form for members"
        );

        // Assign two fields to member-a by choosing them from the members list.
        let member_id = app.users["member-a"].to_string();
        let r = app
            .post_as(
                &format!("{round}/assignments"),
                &[
                    ("member", member_id.as_str()),
                    ("field", "management"),
                    ("field", "opening"),
                ],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        // Without fields: an error, nothing assigned.
        let r = app
            .post_as(
                &format!("{round}/assignments"),
                &[("email", "neu@test.example")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert_eq!(app.count("selfcheck_invitations").await, 0);
        // A new address is invited; the invitation is mailed.
        let r = app
            .post_as(
                &format!("{round}/assignments"),
                &[("email", "neu@test.example"), ("field", "work")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        assert!(r.location().contains("notice-selfcheck-invited"), "[{label}]");
        assert_eq!(app.count("selfcheck_invitations").await, 1);
        assert!(
            app.deliver_mail().await.iter().any(|m| m.contains("neu@test.example")),
            "[{label}]"
        );

        // member-a sees their two fields and answers the first in two visits.
        let page = app.get_as(&round, "member-a").await;
        assert!(page.body.contains(&format!("{round}/fields/management")), "[{label}]");
        assert!(
            !page.body.contains("/assignments"),
            "[{label}] no assignment form for members"
        );
        let items = applicable("management");
        let first_half: Vec<(String, String)> = items
            .iter()
            .take(5)
            .map(|id| (format!("a:{id}"), "2".to_owned()))
            .chain([(format!("c:{}", items[0]), "Konzept von 2021".to_owned())])
            .collect();
        let fields: Vec<(&str, &str)> = first_half.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let mut with_action = fields.clone();
        with_action.push(("action", "save"));
        // The round page keeps who answered what per revision; a save must show at once.
        let before = app.get_as(&round, "coordinator-a").await;
        assert!(!before.body.contains("5 von "), "[{label}] nothing answered yet");
        let r = app
            .post_as(&format!("{round}/fields/management"), &with_action, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        let after = app.get_as(&round, "coordinator-a").await;
        assert!(
            after.body.contains("5 von "),
            "[{label}] the round's progress follows the save"
        );
        // Resume: the stored answers and the comment are shown again.
        let form = app.get_as(&format!("{round}/fields/management"), "member-a").await;
        assert!(form.body.contains("Konzept von 2021"), "[{label}]");
        assert!(form.body.contains("5 von"), "[{label}] progress shows 5 answered");
        assert_eq!(form.body.matches(" checked>").count(), 5, "[{label}]");
        // A comment without an answer and an invalid value: shown as errors, nothing stored.
        let before = app.count("selfcheck_answers").await;
        let bad = [
            (format!("a:{}", items[6]), "9".to_owned()),
            (format!("c:{}", items[7]), "nur Text".to_owned()),
            (format!("a:{}", items[8]), "3".to_owned()),
        ];
        let bad_fields: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let r = app
            .post_as(&format!("{round}/fields/management"), &bad_fields, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(r.body.contains("nur Text"), "[{label}] typed text is kept");
        assert_eq!(
            app.count("selfcheck_answers").await,
            before,
            "[{label}] nothing partly saved"
        );
        // The script's single-statement save answers without a page.
        let auto = [
            (format!("a:{}", items[6]), "3".to_owned()),
            ("autosave".to_owned(), "1".to_owned()),
        ];
        let auto_fields: Vec<(&str, &str)> = auto.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let r = app
            .post_as(&format!("{round}/fields/management"), &auto_fields, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "[{label}] {}", r.body);
        // The rest, then "save and mark done".
        let rest: Vec<(String, String)> = items
            .iter()
            .skip(7)
            .map(|id| (format!("a:{id}"), "1".to_owned()))
            .collect();
        let mut rest_fields: Vec<(&str, &str)> = rest.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        rest_fields.push(("action", "done"));
        let r = app
            .post_as(&format!("{round}/fields/management"), &rest_fields, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        assert!(r.location().contains("notice-selfcheck-field-done"), "[{label}]");
        assert_eq!(
            app.count("selfcheck_answers").await,
            before + 1 + (items.len() - 7) as i64
        );
        // A field not assigned to member-a is refused.
        let r = app.get_as(&format!("{round}/fields/work"), "member-a").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
        let r = app.get_as(&format!("{round}/fields/nonsense"), "member-a").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{label}]");

        // The coordinator sees the progress and closes the round.
        let progress = app.get_as(&round, "coordinator-a").await;
        assert!(progress.body.contains("member-a"), "[{label}] respondent listed");
        assert!(
            progress.body.contains("neu@test.example"),
            "[{label}] pending invitation listed"
        );
        let r = app.post_as(&format!("{round}/close"), &[], "coordinator-a").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
        assert!(
            app.count("selfcheck_field_scores").await >= 1,
            "[{label}] scores stored on close"
        );
        // Frozen: saving is refused, the page shows the answers read-only.
        let r = app
            .post_as(&format!("{round}/fields/management"), &fields, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "[{label}]");
        let form = app.get_as(&format!("{round}/fields/management"), "member-a").await;
        assert!(
            form.body.contains("<fieldset class=\"statements\" disabled>"),
            "[{label}]"
        );
        // Reopen is for coordinators, and logged.
        let r = app.post_as(&format!("{round}/reopen"), &[], "member-a").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
        let r = app.post_as(&format!("{round}/reopen"), &[], "coordinator-a").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
        assert_eq!(
            app.count("selfcheck_round_events").await,
            5,
            "[{label}] started, assigned, invited, closed, reopened"
        );
        let page = app.get_as(&round, "coordinator-a").await;
        assert!(
            page.body.contains("wieder geöffnet von coordinator-a"),
            "[{label}] history shown"
        );
        assert_eq!(
            app.count("selfcheck_field_scores").await,
            0,
            "[{label}] scores removed on reopen"
        );
    })
    .await;
}

#[tokio::test]
async fn an_invited_colleague_gets_the_fields_when_first_opening_the_selfcheck() {
    on_every_backend(|app| async move {
        let round = start_round(&app, "Runde").await;
        let r = app
            .post_as(
                &format!("{round}/assignments"),
                &[("email", "spaeter@test.example"), ("field", "cohesion")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // The person accepts the invitation: an account with that address in municipality A.
        let mut tx = app.state.db.begin().await.unwrap();
        let id = weltoffen_platform::accounts::service::create_account(
            &mut tx,
            &weltoffen_platform::accounts::model::Email::parse("spaeter@test.example").unwrap(),
            "Sam Später",
            crate::support::PASSWORD,
            None,
            Some((app.a.id, MunicipalityRole::Member)),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let mut tx = app.state.db.begin().await.unwrap();
        let token = weltoffen_platform::accounts::store::create_session(&mut tx, id, 1)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let page = app.get(&round, Some(&token)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&format!("{round}/fields/cohesion")),
            "[{}]",
            app.label
        );
        assert_eq!(app.count("selfcheck_invitations").await, 0);
    })
    .await;
}

#[tokio::test]
async fn another_municipalitys_round_is_not_found_and_members_elsewhere_are_refused() {
    on_every_backend(|app| async move {
        let round = start_round(&app, "Runde A").await;
        let id = round.rsplit('/').next().unwrap();
        let r = app.get_as(&round, "member-b").await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{}]", app.label);
        let r = app.get_as(&format!("/m/05962/selbstcheck/{id}"), "member-b").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.label);
        let r = app
            .get_as(&format!("/m/05962/selbstcheck/{id}/fields/management"), "member-b")
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "[{}]", app.label);
    })
    .await;
}

#[tokio::test]
async fn provisional_results_of_an_open_round_follow_every_save() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let round = start_round(&app, "Laufende Runde").await;
        let item = applicable("management")[0].clone();
        for (value, comment) in [("2", "Erste Fassung"), ("0", "Zweite Fassung"), ("3", "Dritte Fassung")] {
            let fields = [
                (format!("a:{item}"), value.to_owned()),
                (format!("c:{item}"), comment.to_owned()),
            ];
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let r = app
                .post_as(&format!("{round}/fields/management"), &pairs, "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            // Twice: the second answer comes from what the first kept.
            for _ in 0..2 {
                let results = app.get_as(&format!("{round}/results/management"), "member-a").await;
                assert!(
                    results.body.contains(comment),
                    "[{label}] the results show \"{comment}\""
                );
                assert_eq!(
                    results.body.matches("Fassung").count(),
                    1,
                    "[{label}] an older comment is shown"
                );
                let points = format!(
                    "<strong>{} von 100 Punkten",
                    [0, 33, 66, 100][value.parse::<usize>().unwrap()]
                );
                assert!(results.body.contains(&points), "[{label}] {points}");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn results_of_a_closed_round_follow_a_reopen_and_a_change() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let round = start_round(&app, "Runde mit Nachtrag").await;
        let item = applicable("management")[0].clone();
        let post = |comment: &'static str| {
            let fields = vec![
                (format!("a:{item}"), "2".to_owned()),
                (format!("c:{item}"), comment.to_owned()),
            ];
            fields
        };
        for (comment, expect) in [("Erste Fassung", "Erste Fassung"), ("Nachgetragen", "Nachgetragen")] {
            if app.get_as(&round, "coordinator-a").await.body.contains("/reopen") {
                let r = app.post_as(&format!("{round}/reopen"), &[], "coordinator-a").await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            }
            let fields = post(comment);
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let r = app
                .post_as(&format!("{round}/fields/management"), &pairs, "coordinator-a")
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
            // Closing times are stored to the second; a new close gets a new key.
            tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
            let r = app.post_as(&format!("{round}/close"), &[], "coordinator-a").await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}]");
            let results = app.get_as(&format!("{round}/results/management"), "member-a").await;
            assert!(results.body.contains(expect), "[{label}] the results show \"{expect}\"");
        }
    })
    .await;
}

#[derive(sqlx::FromRow)]
struct OutboxMail {
    subject: String,
    body_text: String,
}

/// The mails waiting in the outbox for `recipient`, oldest first.
async fn mails_to(app: &TestApp, recipient: &str) -> Vec<OutboxMail> {
    let q = Query::select()
        .columns([MailOutbox::Subject, MailOutbox::BodyText])
        .from(MailOutbox::Table)
        .and_where(Expr::col(MailOutbox::Recipient).eq(recipient))
        .order_by(MailOutbox::CreatedAt, sea_query::Order::Asc)
        .order_by(MailOutbox::Id, sea_query::Order::Asc)
        .to_owned();
    app.state.db.fetch_all(&q).await.unwrap()
}

/// The round's history as stored, oldest first.
async fn history(app: &TestApp, round: &str) -> Vec<Option<RoundEvent>> {
    let id = Uuid::parse_str(round.rsplit('/').next().unwrap()).unwrap();
    store::round_events(&app.state.db, id)
        .await
        .unwrap()
        .iter()
        .map(store::RoundEventRow::kind)
        .collect()
}

fn title(field: &str, locale: Locale) -> String {
    shipped().unwrap().field(field).unwrap().title.get(locale).to_owned()
}

async fn assign(app: &TestApp, round: &str, who: (&str, &str), fields: &[&str]) {
    let mut form = vec![who];
    form.extend(fields.iter().map(|f| ("field", *f)));
    let r = app
        .post_as(&format!("{round}/assignments"), &form, "coordinator-a")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "[{}] {}", app.label, r.body);
}

#[tokio::test]
async fn assigning_fields_to_a_member_is_in_the_history_and_mailed_to_them_in_their_language() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let r = app
            .post_as(
                "/m/12072/selbstcheck",
                &[("title", "Runde 2099"), ("due_date", "2099-03-31")],
                "coordinator-a",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        let round = r.location().split('?').next().unwrap().to_owned();
        let member = app.users["member-a"];
        weltoffen_platform::accounts::store::update_locale(&app.state.db, member, Locale::En)
            .await
            .unwrap();
        let member_id = member.to_string();

        assign(&app, &round, ("member", &member_id), &["management", "opening"]).await;
        let expected = AssignmentDetail {
            email: Some("member-a@test.example".to_owned()),
            name: Some("member-a".to_owned()),
            fields: vec!["management".to_owned(), "opening".to_owned()],
            invited: false,
        };
        assert_eq!(
            history(&app, &round).await,
            vec![Some(RoundEvent::Started), Some(RoundEvent::Assigned(expected))],
            "[{label}]"
        );
        let mails = mails_to(&app, "member-a@test.example").await;
        assert_eq!(mails.len(), 1, "[{label}] one notice");
        assert_eq!(mails[0].subject, "New for you in the self-assessment “Runde 2099”");
        let link = format!("{}{round}", app.state.settings.base_url);
        let body = &mails[0].body_text;
        assert!(
            body.contains(&format!(
                "coordinator-a has assigned these fields of action in the self-assessment “Runde 2099” ({}) to you:\n\n\
                 – Management and governance\n– Intercultural opening and anti-racism\n\n\
                 You can answer them here by 31 March 2099:\n\n{link}\n",
                app.a.name
            )),
            "[{label}] {body}"
        );

        // Only what is new is recorded and mailed; the same fields again change nothing.
        assign(&app, &round, ("member", &member_id), &["management", "work"]).await;
        assign(&app, &round, ("member", &member_id), &["work", "opening"]).await;
        let events = history(&app, &round).await;
        assert_eq!(events.len(), 3, "[{label}] {events:?}");
        assert!(
            matches!(&events[2], Some(RoundEvent::Assigned(d)) if d.fields == ["work"]),
            "[{label}] {events:?}"
        );
        let mails = mails_to(&app, "member-a@test.example").await;
        assert_eq!(mails.len(), 2, "[{label}] no mail about nothing new");
        assert!(
            mails[1]
                .body_text
                .contains("this field of action in the self-assessment")
                && mails[1]
                    .body_text
                    .contains("– Work and economic development\n\nYou can answer it here")
                && !mails[1].body_text.contains("Management"),
            "[{label}] {}",
            mails[1].body_text
        );

        // A coordinator who takes a field themselves is not mailed about it.
        let coordinator_id = app.users["coordinator-a"].to_string();
        assign(&app, &round, ("member", &coordinator_id), &["access"]).await;
        assert!(mails_to(&app, "coord-a@test.example").await.is_empty(), "[{label}]");
        assert_eq!(history(&app, &round).await.len(), 4, "[{label}]");

        // The round page tells the story in the reader's language.
        let page = app.get_as(&round, "coordinator-a").await;
        let line = format!(
            "Handlungsfelder „{}“, „{}“ zugewiesen an member-a (member-a@test.example) von coordinator-a",
            title("management", Locale::De),
            title("opening", Locale::De)
        );
        assert!(page.body.contains(&line), "[{label}] {line} missing");
        assert!(
            page.body.contains(&format!(
                "Handlungsfeld „{}“ zugewiesen an coordinator-a (coord-a@test.example) von coordinator-a",
                title("access", Locale::De)
            )),
            "[{label}]"
        );
        let session = app.session("coordinator-a").await;
        let english = app
            .get_with(&round, session.as_deref(), "__Host-weltoffen_lang=en")
            .await;
        assert!(
            english.body.contains(&format!(
                "field of action “{}” assigned to member-a (member-a@test.example) by coordinator-a",
                title("work", Locale::En)
            )),
            "[{label}]"
        );
        // Members do not see the history.
        let page = app.get_as(&round, "member-a").await;
        assert!(!page.body.contains("zugewiesen an"), "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn an_invitation_names_the_round_and_the_fields_and_is_in_the_history() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let round = start_round(&app, "Runde mit Gästen").await;
        assign(&app, &round, ("email", "neu@test.example"), &["work", "cohesion"]).await;
        let mails = mails_to(&app, "neu@test.example").await;
        assert_eq!(mails.len(), 1, "[{label}]");
        let link = format!("{}{round}", app.state.settings.base_url);
        let details = format!(
            "Sie sind für den Selbstcheck „Runde mit Gästen“ eingeplant. Bitte beantworten Sie diese Handlungsfelder:\n\n\
             – {}\n– {}\n\n\
             Nachdem Sie die Einladung angenommen haben, geht es hier los: {link}\n\n\
             Mit diesem Link nehmen Sie die Einladung an:",
            title("work", Locale::De),
            title("cohesion", Locale::De)
        );
        assert!(
            mails[0].body_text.contains(&details),
            "[{label}] {}",
            mails[0].body_text
        );
        assert!(mails[0].body_text.contains("/invitation/"), "[{label}] the accept link is there");

        // Inviting again for one more field: the history has the new field, the mail all of them.
        assign(&app, &round, ("email", "neu@test.example"), &["access", "work"]).await;
        let events = history(&app, &round).await;
        assert_eq!(
            events[1..],
            [
                Some(RoundEvent::Assigned(AssignmentDetail {
                    email: Some("neu@test.example".to_owned()),
                    name: None,
                    fields: vec!["work".to_owned(), "cohesion".to_owned()],
                    invited: true,
                })),
                Some(RoundEvent::Assigned(AssignmentDetail {
                    email: Some("neu@test.example".to_owned()),
                    name: None,
                    fields: vec!["access".to_owned()],
                    invited: true,
                })),
            ],
            "[{label}]"
        );
        let mails = mails_to(&app, "neu@test.example").await;
        assert_eq!(mails.len(), 2, "[{label}]");
        for field in ["work", "cohesion", "access"] {
            assert!(
                mails[1].body_text.contains(&format!("– {}\n", title(field, Locale::De))),
                "[{label}] {field} in {}",
                mails[1].body_text
            );
        }
        assert_eq!(
            weltoffen_platform::audit::count(&app.state.db, Some("invitation_sent"))
                .await
                .unwrap(),
            2,
            "[{label}] each invitation audited"
        );
        let page = app.get_as(&round, "coordinator-a").await;
        let line = format!(
            "Einladung an neu@test.example für die Handlungsfelder „{}“, „{}“ verschickt von coordinator-a",
            title("work", Locale::De),
            title("cohesion", Locale::De)
        );
        assert!(page.body.contains(&line), "[{label}] {line} missing");
    })
    .await;
}

#[tokio::test]
async fn sharing_results_for_the_benchmark_is_in_the_audit_log_and_on_the_admin_page() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let entries = |app: &TestApp| {
            let db = app.state.db.clone();
            async move {
                weltoffen_platform::audit::list(&db, Some("data_sharing_changed"), 10, 0)
                    .await
                    .unwrap()
            }
        };
        let r = app
            .post_as("/m/12072/selbstcheck/benchmark", &[("share", "on")], "coordinator-a")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
        let found = entries(&app).await;
        assert_eq!(found.len(), 1, "[{label}]");
        assert_eq!(found[0].subject.as_deref(), Some("12072"));
        assert_eq!(found[0].detail.as_deref(), Some("on"));
        assert_eq!(found[0].actor_email.as_deref(), Some("coord-a@test.example"));
        // Asking for what is already so changes nothing and records nothing.
        app.post_as("/m/12072/selbstcheck/benchmark", &[("share", "on")], "coordinator-a")
            .await;
        assert_eq!(entries(&app).await.len(), 1, "[{label}]");
        // A refused request neither.
        let r = app
            .post_as("/m/12072/selbstcheck/benchmark", &[("share", "off")], "member-a")
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "[{label}]");
        assert_eq!(entries(&app).await.len(), 1, "[{label}]");
        app.post_as("/m/12072/selbstcheck/benchmark", &[("share", "off")], "coordinator-a")
            .await;
        let found = entries(&app).await;
        assert_eq!(found.len(), 2, "[{label}]");
        assert_eq!(found[0].detail.as_deref(), Some("off"), "[{label}] newest first");

        let page = app.get_as("/admin/audit?event=data_sharing_changed", "admin").await;
        assert_eq!(page.status, StatusCode::OK, "[{label}]");
        assert!(page.body.contains("Datenfreigabe geändert"), "[{label}]");
        assert!(page.body.contains("12072"), "[{label}]");
    })
    .await;
}
