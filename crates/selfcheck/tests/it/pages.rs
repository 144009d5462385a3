//! The round pages on both backends: start, assign, answer field by field, resume, mark done,
//! progress, close (frozen), reopen; and the refusals.

use axum::http::StatusCode;
use weltoffen_platform::accounts::model::MunicipalityRole;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_selfcheck::instrument::shipped;

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
        let r = app
            .post_as(&format!("{round}/fields/management"), &with_action, "member-a")
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "[{label}] {}", r.body);
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
            3,
            "[{label}] started, closed, reopened"
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
            let results = app.get_as(&format!("{round}/results"), "member-a").await;
            assert!(results.body.contains(expect), "[{label}] the results show \"{expect}\"");
        }
    })
    .await;
}
