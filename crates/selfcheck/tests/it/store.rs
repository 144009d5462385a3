use weltoffen_platform::accounts::model::{Email, MunicipalityRole};
use weltoffen_platform::accounts::{service, store as accounts};
use weltoffen_platform::db::Db;
use weltoffen_platform::demo::seed_municipalities;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::municipalities::store::by_ags;
use weltoffen_selfcheck::instrument::shipped;
use weltoffen_selfcheck::scoring::{AnswerValue, score_round};
use weltoffen_selfcheck::store::{self, AssignmentDetail, NewAnswer, RoundEvent, SaveError};

use crate::support::on_every_backend;

fn answer(item: &str, value: AnswerValue) -> NewAnswer {
    NewAnswer {
        item_id: item.to_owned(),
        value,
        comment: None,
    }
}

#[tokio::test]
async fn a_round_is_answered_by_two_departments_scored_closed_and_kept_when_an_account_goes() {
    let instrument = shipped().unwrap();
    for test_db in weltoffen_testkit::backends().await {
        let label = test_db.backend();
        let db = Db::connect(test_db.url()).await.unwrap();
        db.migrate().await.unwrap();
        seed_municipalities(&db).await.unwrap();
        let tf = by_ags(&db, "12072").await.unwrap().unwrap();
        let other = by_ags(&db, "05962").await.unwrap().unwrap();
        let mut tx = db.begin().await.unwrap();
        let coord = service::create_account(
            &mut tx,
            &Email::parse("k@t.example").unwrap(),
            "Kim",
            "lang-genug-123",
            None,
            Some((tf.id, MunicipalityRole::Coordinator)),
        )
        .await
        .unwrap();
        let jugend = service::create_account(
            &mut tx,
            &Email::parse("j@t.example").unwrap(),
            "Jugendamt",
            "lang-genug-123",
            None,
            Some((tf.id, MunicipalityRole::Member)),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();

        let round_id = store::create_round(&db, tf.id, "Selbstcheck 2026", None, &instrument.version, coord)
            .await
            .unwrap();
        assert!(
            store::round(&db, other.id, round_id).await.unwrap().is_none(),
            "[{label}] another municipality cannot read the round"
        );
        let round = store::round(&db, tf.id, round_id).await.unwrap().unwrap();
        assert!(round.is_open());
        store::assign(&db, round_id, jugend, "Jugendamt", &["access", "management"])
            .await
            .unwrap();
        store::assign(&db, round_id, jugend, "Jugendamt", &["access"])
            .await
            .unwrap();
        let mut fields = store::assigned_fields(&db, round_id, jugend).await.unwrap();
        fields.sort();
        assert_eq!(fields, vec!["access", "management"]);

        // Bad input: nothing of a failing request is saved.
        let not_assigned = store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[
                answer("access.interpreting", AnswerValue::Score(3)),
                answer("work.recognition-advice", AnswerValue::Score(2)),
            ],
        )
        .await;
        assert!(
            matches!(not_assigned, Err(SaveError::NotAssigned(ref i)) if i == "work.recognition-advice"),
            "{not_assigned:?}"
        );
        let unknown = store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[answer("access.nope", AnswerValue::Score(1))],
        )
        .await;
        assert!(matches!(unknown, Err(SaveError::UnknownItem(_))));
        let twice = store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[
                answer("access.interpreting", AnswerValue::Score(1)),
                answer("access.interpreting", AnswerValue::Score(2)),
            ],
        )
        .await;
        assert!(matches!(twice, Err(SaveError::Duplicate(_))));
        let long = NewAnswer {
            comment: Some("x".repeat(2001)),
            ..answer("access.interpreting", AnswerValue::Score(1))
        };
        assert!(matches!(
            store::save_answers(&db, &instrument, &round, jugend, "Jugendamt", false, &[long]).await,
            Err(SaveError::CommentTooLong(_))
        ));
        assert!(
            store::answers_by_item(&db, round_id).await.unwrap().is_empty(),
            "[{label}] nothing partly saved"
        );

        // Two departments answer; answering again overwrites.
        store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[
                answer("access.interpreting", AnswerValue::Score(0)),
                NewAnswer {
                    comment: Some("  Pool fehlt  ".into()),
                    ..answer("access.plain-language", AnswerValue::DontKnow)
                },
            ],
        )
        .await
        .unwrap();
        store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[answer("access.interpreting", AnswerValue::Score(1))],
        )
        .await
        .unwrap();
        store::save_answers(
            &db,
            &instrument,
            &round,
            coord,
            "Kim",
            true,
            &[
                answer("access.interpreting", AnswerValue::Score(3)),
                answer("work.recognition-advice", AnswerValue::Score(2)),
            ],
        )
        .await
        .unwrap();
        let answers = store::answers_by_item(&db, round_id).await.unwrap();
        let mut interpreting = answers["access.interpreting"].clone();
        interpreting.sort_by_key(|a| a.code());
        assert_eq!(interpreting, vec![AnswerValue::Score(1), AnswerValue::Score(3)]);
        let results = score_round(&instrument, MunicipalityType::Landkreis, &answers);
        let access = results.iter().find(|f| f.id == "access").unwrap();
        let item = access.items.iter().find(|i| i.id == "access.interpreting").unwrap();
        assert_eq!(item.mean, Some(2.0));
        assert!(item.divergent);
        assert!(access.score.is_some());

        // Closing freezes; reopening works once and is logged.
        assert!(store::set_round_open(&db, &round, false, coord, &[]).await.unwrap());
        assert!(
            !store::set_round_open(&db, &round, false, coord, &[]).await.unwrap(),
            "already closed"
        );
        let closed = store::round(&db, tf.id, round_id).await.unwrap().unwrap();
        assert!(!closed.is_open() && closed.closed_at.is_some());
        let late = store::save_answers(
            &db,
            &instrument,
            &closed,
            jugend,
            "Jugendamt",
            false,
            &[answer("access.interpreting", AnswerValue::Score(3))],
        )
        .await;
        assert!(matches!(late, Err(SaveError::RoundClosed)));
        // A stale copy of the round read before closing is refused too.
        let stale = store::save_answers(
            &db,
            &instrument,
            &round,
            jugend,
            "Jugendamt",
            false,
            &[answer("access.interpreting", AnswerValue::Score(3))],
        )
        .await;
        assert!(matches!(stale, Err(SaveError::RoundClosed)), "{stale:?}");
        assert!(store::set_round_open(&db, &closed, true, coord, &[]).await.unwrap());

        // Deleting an account keeps its answers in the results.
        let mut tx = db.begin().await.unwrap();
        accounts::delete_user(&mut tx, jugend).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(
            store::answers_by_item(&db, round_id).await.unwrap()["access.interpreting"].len(),
            2,
            "[{label}]"
        );
        assert_eq!(store::rounds(&db, tf.id).await.unwrap().len(), 1);
        assert!(store::rounds(&db, other.id).await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn taking_a_field_back_is_recorded_in_the_history_and_only_within_its_round() {
    let instrument = shipped().unwrap();
    on_every_backend(|app| {
        let instrument = instrument.clone();
        async move {
            let label = app.label.clone();
            let db = &app.state.db;
            let coordinator = app.users["coordinator-a"];
            let member = app.users["member-a"];
            let round = store::create_round(db, app.a.id, "Runde", None, &instrument.version, coordinator)
                .await
                .unwrap();
            let other = store::create_round(db, app.a.id, "Andere", None, &instrument.version, coordinator)
                .await
                .unwrap();
            let respondent = store::assign(db, round, member, "member-a", &["management", "opening"])
                .await
                .unwrap();
            assert_eq!(
                store::round_events(db, round).await.unwrap().len(),
                1,
                "[{label}] claiming-style assignment leaves the history alone"
            );

            // The respondent of one round cannot be reached through another.
            assert!(
                !store::unassign(db, other, respondent, "opening", coordinator)
                    .await
                    .unwrap()
            );
            assert!(
                store::unassign(db, round, respondent, "opening", coordinator)
                    .await
                    .unwrap()
            );
            assert_eq!(
                store::assigned_fields(db, round, member).await.unwrap(),
                vec!["management"],
                "[{label}]"
            );
            // Nothing to take back: no change, no entry.
            assert!(
                !store::unassign(db, round, respondent, "opening", coordinator)
                    .await
                    .unwrap()
            );
            let events = store::round_events(db, round).await.unwrap();
            assert_eq!(events.len(), 2, "[{label}]");
            assert_eq!(events[1].actor_name.as_deref(), Some("coordinator-a"));
            assert_eq!(
                events[1].kind(),
                Some(RoundEvent::Unassigned(AssignmentDetail {
                    email: Some("member-a@test.example".to_owned()),
                    name: Some("member-a".to_owned()),
                    fields: vec!["opening".to_owned()],
                    invited: false,
                })),
                "[{label}]"
            );
            assert!(store::round_events(db, other).await.unwrap().len() == 1, "[{label}]");
        }
    })
    .await;
}
