//! The results page of a round on both backends: scores, bands, divergent statements, anonymous
//! comments, the comparison with the previous closed round, tenancy, and the benchmark that needs
//! at least five other opted-in municipalities of the same type.

use axum::http::StatusCode;
use uuid::Uuid;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::municipalities::store::{MunicipalityRow, by_ags};
use weltoffen_platform::web::cookies::LANG_COOKIE;
use weltoffen_selfcheck::benchmark::{self, MIN_CONTRIBUTORS};
use weltoffen_selfcheck::instrument::{Instrument, shipped};
use weltoffen_selfcheck::results::format_score;
use weltoffen_selfcheck::scoring::{AnswerValue, score_round};
use weltoffen_selfcheck::service;
use weltoffen_selfcheck::store::{self, NewAnswer};

use crate::support::{TestApp, on_every_backend};

fn answer(item: &str, value: &str, comment: Option<&str>) -> NewAnswer {
    NewAnswer {
        item_id: item.to_owned(),
        value: AnswerValue::parse(value).unwrap(),
        comment: comment.map(str::to_owned),
    }
}

fn management_items(instrument: &Instrument, kind: MunicipalityType) -> Vec<String> {
    instrument
        .field("management")
        .unwrap()
        .items
        .iter()
        .filter(|i| i.applies(kind))
        .map(|i| i.id.clone())
        .collect()
}

/// Starts a round, lets `who` answer, and closes it when `close` is set; returns the round id.
async fn round_with(
    app: &TestApp,
    instrument: &Instrument,
    municipality: &MunicipalityRow,
    title: &str,
    who: &[(Uuid, &str, Vec<NewAnswer>)],
    close: bool,
) -> Uuid {
    let db = &app.state.db;
    let actor = who.first().map(|w| w.0).unwrap_or(app.users["admin"]);
    let id = store::create_round(db, municipality.id, title, None, &instrument.version, actor)
        .await
        .unwrap();
    let round = store::round(db, municipality.id, id).await.unwrap().unwrap();
    for (user, name, answers) in who {
        store::save_answers(db, instrument, &round, *user, name, true, answers)
            .await
            .unwrap();
    }
    if close {
        assert!(
            service::close_round(&app.state, instrument, municipality, &round, actor)
                .await
                .unwrap()
        );
    }
    id
}

/// The numbers in the cells of the first table after `marker`.
fn cells_after(body: &str, marker: &str) -> Vec<String> {
    let start = body.find(marker).unwrap_or_else(|| panic!("{marker} not on the page"));
    let table = &body[start..];
    let table = &table[..table.find("</table>").unwrap()];
    table
        .split(r#"<td class="table__numeric">"#)
        .skip(1)
        .map(|c| c.split('<').next().unwrap().trim().to_owned())
        .collect()
}

#[tokio::test]
async fn a_round_with_several_respondents_shows_scores_divergence_comments_and_the_comparison() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let instrument = shipped().unwrap();
        let kind = app.a.kind();
        let items = management_items(&instrument, kind);
        let coordinator = app.users["coordinator-a"];
        let member = app.users["member-a"];

        // The previous round: everything in management "trifft eher nicht zu".
        let before: Vec<NewAnswer> = items.iter().map(|i| answer(i, "1", None)).collect();
        round_with(
            &app,
            &instrument,
            &app.a,
            "Selbstcheck 2025",
            &[(coordinator, "Integrationsbüro", before)],
            true,
        )
        .await;
        // This round, still open: two departments agree on the first statement and disagree on
        // the second; the third is unknown to one of them.
        let round = round_with(
            &app,
            &instrument,
            &app.a,
            "Selbstcheck 2026",
            &[
                (
                    coordinator,
                    "Integrationsbüro",
                    vec![
                        answer(&items[0], "3", None),
                        answer(&items[1], "3", Some("Das Konzept ist beschlossen & gilt <bis 2028>.")),
                        answer(&items[2], "dont_know", None),
                    ],
                ),
                (
                    member,
                    "Jugendamt",
                    vec![
                        answer(&items[0], "3", None),
                        answer(&items[1], "1", Some("Bei uns kommt davon wenig an.")),
                        answer(&items[2], "2", None),
                    ],
                ),
            ],
            false,
        )
        .await;
        let expected = score_round(
            &instrument,
            kind,
            &store::answers_by_item(&app.state.db, round).await.unwrap(),
        );
        let management = &expected[0];
        let score = format_score(management.score.unwrap());

        let session = app.session("member-a").await;
        let path = format!("/m/{}/selbstcheck/{round}/results", app.a.ags);
        let page = app.get(&path, session.as_deref()).await;
        assert_eq!(page.status, StatusCode::OK, "[{label}] {}", page.body);
        let body = &page.body;
        assert!(
            !body.contains("selfcheck-results-"),
            "[{label}] an untranslated key: {body}"
        );
        assert!(body.contains("Ergebnisse: Selbstcheck 2026"), "[{label}]");
        assert!(
            body.contains("Vorläufige Ergebnisse"),
            "[{label}] the open round is provisional"
        );
        assert!(body.contains(r#"role="img""#) && body.contains("<desc id=\"radar-desc\">"));
        assert!(
            body.contains(&format!("Management und Steuerung: {score} von 100")),
            "[{label}] the chart describes the score in words"
        );
        assert!(
            body.contains("Beteiligte</dt><dd>2: Integrationsbüro, Jugendamt"),
            "[{label}]"
        );
        assert!(body.contains("Selbstcheck 2025"), "[{label}] names the previous round");
        assert!(
            body.contains(&format!("{path}/management\">Management und Steuerung</a>")),
            "[{label}] the table leads to the field's page"
        );

        // The field's own page: score, band, divergence, comments and changes.
        let field = app.get(&format!("{path}/management"), session.as_deref()).await;
        assert_eq!(field.status, StatusCode::OK, "[{label}] {}", field.body);
        let body = &field.body;
        assert!(
            !body.contains("selfcheck-results-"),
            "[{label}] an untranslated key: {body}"
        );
        assert!(body.contains("Management und Steuerung</h1>"), "[{label}]");
        assert!(body.contains("Vorläufige Ergebnisse"), "[{label}] still provisional");
        assert!(
            body.contains(&format!("{score} von 100 Punkten")),
            "[{label}] score {score}"
        );
        let band = match management.band.unwrap().code() {
            "einstieg" => "Einstieg",
            "aufbau" => "Aufbau",
            "fortgeschritten" => "Fortgeschritten",
            _ => "Vorreiter",
        };
        assert!(body.contains(&format!("Stufe: {band}")), "[{label}] band {band}");
        assert!(
            body.contains(&format!("{path}/opening\" rel=\"next\">Weiter: ")),
            "[{label}] the next field is one link away"
        );

        // The divergent statement with its distribution: 3, 2, 1, 0, weiß nicht, nicht zutreffend.
        let statement = instrument.item(&items[1]).unwrap().1.text.de.clone();
        let divergent = &body[body.find("field-management-divergent-caption").unwrap()..];
        assert!(divergent.contains(&statement), "[{label}]");
        assert_eq!(
            cells_after(body, "field-management-divergent-caption"),
            vec!["1", "0", "1", "0", "0", "0"],
            "[{label}] distribution"
        );
        // Comments appear escaped and without the department's name beside them.
        let comments = &body[body.find("Die Kommentare stehen hier ohne Namen").unwrap()..];
        let comments = &comments[..comments.find("</main>").unwrap()];
        assert!(comments.contains("Das Konzept ist beschlossen &#38; gilt &#60;bis 2028&#62;."));
        assert!(comments.contains("Bei uns kommt davon wenig an."));
        assert!(!comments.contains("Jugendamt") && !comments.contains("Integrationsbüro"));

        // The comparison: management was 33 (all "1"), now higher.
        assert!(
            body.contains("In der vorherigen Runde: 33 Punkte."),
            "[{label}] previous score"
        );
        assert!(body.contains("gestiegen"), "[{label}]");
        let changes = cells_after(body, "field-management-changes-caption");
        // Statement 1: 1,0 → 3,0; statement 2: 1,0 → 2,0 (3 and 1); statement 3: 1,0 → 2,0.
        assert_eq!(changes, vec!["1,0", "3,0", "1,0", "2,0", "1,0", "2,0"], "[{label}]");

        // The same page in English.
        let en = app
            .get_with(&path, session.as_deref(), &format!("{LANG_COOKIE}=en"))
            .await;
        assert_eq!(en.status, StatusCode::OK);
        assert!(en.body.contains("Management and governance: "), "[{label}]");
        assert!(en.body.contains("Provisional results."));
        assert!(!en.body.contains("selfcheck-results-"), "[{label}] {}", en.body);
        let en = app
            .get_with(
                &format!("{path}/management"),
                session.as_deref(),
                &format!("{LANG_COOKIE}=en"),
            )
            .await;
        assert_eq!(en.status, StatusCode::OK);
        assert!(cells_after(&en.body, "field-management-changes-caption").contains(&"3.0".to_owned()));
        assert!(!en.body.contains("selfcheck-results-"), "[{label}] {}", en.body);
    })
    .await;
}

#[tokio::test]
async fn a_round_without_answers_shows_a_friendly_empty_state() {
    on_every_backend(|app| async move {
        let instrument = shipped().unwrap();
        let round = round_with(&app, &instrument, &app.a, "Leer", &[], false).await;
        let page = app
            .get_as(
                &format!("/m/{}/selbstcheck/{round}/results", app.a.ags),
                "coordinator-a",
            )
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Noch keine Antworten"), "[{}]", app.label);
        assert!(!page.body.contains("<svg"), "no empty chart");
    })
    .await;
}

#[tokio::test]
async fn other_municipalities_cannot_see_a_municipalitys_results() {
    on_every_backend(|app| async move {
        let instrument = shipped().unwrap();
        let items = management_items(&instrument, app.a.kind());
        let round = round_with(
            &app,
            &instrument,
            &app.a,
            "Selbstcheck",
            &[(app.users["coordinator-a"], "Büro", vec![answer(&items[0], "2", None)])],
            false,
        )
        .await;
        let b = app.session("member-b").await;
        let theirs = app
            .get(&format!("/m/{}/selbstcheck/{round}/results", app.a.ags), b.as_deref())
            .await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN, "[{}]", app.label);
        let via_own = app
            .get(&format!("/m/{}/selbstcheck/{round}/results", app.b.ags), b.as_deref())
            .await;
        assert_eq!(via_own.status, StatusCode::NOT_FOUND, "[{}]", app.label);
        let field_via_own = app
            .get(
                &format!("/m/{}/selbstcheck/{round}/results/management", app.b.ags),
                b.as_deref(),
            )
            .await;
        assert_eq!(field_via_own.status, StatusCode::NOT_FOUND, "[{}]", app.label);
        let unknown_field = app
            .get_as(
                &format!("/m/{}/selbstcheck/{round}/results/nonsense", app.a.ags),
                "member-a",
            )
            .await;
        assert_eq!(unknown_field.status, StatusCode::NOT_FOUND, "[{}]", app.label);
        let malformed = app
            .get(
                &format!("/m/{}/selbstcheck/not-a-round/results", app.b.ags),
                b.as_deref(),
            )
            .await;
        assert_eq!(malformed.status, StatusCode::NOT_FOUND);
        let anonymous = app
            .get(&format!("/m/{}/selbstcheck/{round}/results", app.a.ags), None)
            .await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        assert!(anonymous.location().starts_with("/login"));
        let admin = app
            .get_as(&format!("/m/{}/selbstcheck/{round}/results", app.a.ags), "admin")
            .await;
        assert_eq!(admin.status, StatusCode::OK);
    })
    .await;
}

/// A Landkreis (other than A) that shares a closed round where management is rated `value`.
async fn sharing_landkreis(app: &TestApp, instrument: &Instrument, ags: &str, value: &str, opt_in: bool) {
    let municipality = by_ags(&app.state.db, ags).await.unwrap().unwrap();
    assert_eq!(municipality.kind(), MunicipalityType::Landkreis, "{ags}");
    let admin = app.users["admin"];
    let answers = management_items(instrument, municipality.kind())
        .iter()
        .map(|i| answer(i, value, None))
        .collect();
    round_with(
        app,
        instrument,
        &municipality,
        "Runde",
        &[(admin, "Amt", answers)],
        true,
    )
    .await;
    if opt_in {
        assert!(
            benchmark::set_opt_in(&app.state.db, municipality.id, admin, true)
                .await
                .unwrap()
        );
    }
}

#[tokio::test]
async fn the_benchmark_appears_only_with_five_other_sharing_municipalities_of_the_same_type() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let instrument = shipped().unwrap();
        let db = &app.state.db;
        let items = management_items(&instrument, app.a.kind());
        let round = round_with(
            &app,
            &instrument,
            &app.a,
            "Selbstcheck 2026",
            &[(app.users["coordinator-a"], "Büro", vec![answer(&items[0], "2", None)])],
            true,
        )
        .await;
        let path = format!("/m/{}/selbstcheck/{round}/results", app.a.ags);

        // Four sharing Landkreise; the first has an older round that must not count.
        let goslar = by_ags(db, "03153").await.unwrap().unwrap();
        let older: Vec<NewAnswer> = items.iter().map(|i| answer(i, "3", None)).collect();
        round_with(
            &app,
            &instrument,
            &goslar,
            "Alt",
            &[(app.users["admin"], "Amt", older)],
            true,
        )
        .await;
        for (ags, value) in [("03153", "0"), ("03154", "1"), ("03155", "2"), ("03157", "3")] {
            sharing_landkreis(&app, &instrument, ags, value, true).await;
        }
        // Neither a kreisfreie Stadt nor a Landkreis that does not share counts.
        let flensburg = by_ags(db, "01001").await.unwrap().unwrap();
        let city_answers = items.iter().map(|i| answer(i, "3", None)).collect();
        round_with(
            &app,
            &instrument,
            &flensburg,
            "Stadt",
            &[(app.users["admin"], "Amt", city_answers)],
            true,
        )
        .await;
        benchmark::set_opt_in(db, flensburg.id, app.users["admin"], true)
            .await
            .unwrap();
        sharing_landkreis(&app, &instrument, "03158", "3", false).await;
        // A itself shares, through the coordinator's form.
        let member = app.session("member-a").await;
        let refused = app
            .post(
                "/m/12072/selbstcheck/benchmark",
                &[("share", "on"), ("round", &round.to_string())],
                member.as_deref(),
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{label}] members cannot opt in");
        let coordinator = app.session("coordinator-a").await;
        let shared = app
            .post(
                "/m/12072/selbstcheck/benchmark",
                &[("share", "on"), ("round", &round.to_string())],
                coordinator.as_deref(),
            )
            .await;
        assert_eq!(shared.status, StatusCode::SEE_OTHER, "[{label}] {}", shared.body);
        assert_eq!(
            shared.location(),
            format!("{path}?notice=notice-selfcheck-results-shared#benchmark")
        );
        assert!(benchmark::is_opted_in(db, app.a.id).await.unwrap());
        let notice = app.get(shared.location(), coordinator.as_deref()).await;
        assert!(
            notice.body.contains("Ihre Kommune teilt jetzt"),
            "[{label}] notice shown"
        );
        let bad = app
            .post(
                "/m/12072/selbstcheck/benchmark",
                &[("share", "maybe")],
                coordinator.as_deref(),
            )
            .await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);

        // Four others: no benchmark, anywhere.
        assert_eq!(
            benchmark::type_means(db, MunicipalityType::Landkreis, app.a.id)
                .await
                .unwrap(),
            None,
            "[{label}] four are not enough"
        );
        let page = app.get(&path, member.as_deref()).await;
        assert!(
            !page
                .body
                .contains("<th scope=\"col\" class=\"table__numeric\">Vergleichswert</th>")
        );
        assert!(!page.body.contains("radar__benchmark"), "[{label}]");
        assert!(
            page.body
                .contains("sobald abgeschlossene Runden von mindestens 5 anderen Landkreisen")
        );

        // The fifth: management's mean over 0, 33.3, 66.7, 100 and 100 is 60.
        sharing_landkreis(&app, &instrument, "03159", "3", true).await;
        let means = benchmark::type_means(db, MunicipalityType::Landkreis, app.a.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(means.contributors, MIN_CONTRIBUTORS, "[{label}]");
        let management = means.mean("management").unwrap();
        assert!((management - 60.0).abs() < 1e-6, "[{label}] {management}");
        assert_eq!(means.fields.len(), 1, "[{label}] only management was rated");
        let page = app.get(&path, member.as_deref()).await;
        assert!(
            page.body
                .contains("<th scope=\"col\" class=\"table__numeric\">Vergleichswert</th>")
        );
        assert!(
            page.body.contains("radar__benchmark"),
            "[{label}] the chart has a third series"
        );
        assert!(
            page.body.contains("Durchschnitt von 5 anderen Landkreisen"),
            "[{label}]"
        );
        assert!(
            page.body
                .contains("Vergleichswert: Management und Steuerung: 60 von 100")
        );

        // For Goslar, A's shared round counts among the five others; once A stops sharing, only
        // four remain. A then no longer sees the benchmark either (fair exchange).
        let for_goslar = benchmark::type_means(db, MunicipalityType::Landkreis, goslar.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(for_goslar.contributors, 5, "[{label}]");
        let stopped = app
            .post(
                "/m/12072/selbstcheck/benchmark",
                &[("share", "off"), ("round", &round.to_string())],
                coordinator.as_deref(),
            )
            .await;
        assert!(
            stopped
                .location()
                .contains("notice=notice-selfcheck-results-not-shared")
        );
        assert!(
            benchmark::type_means(db, MunicipalityType::Landkreis, goslar.id)
                .await
                .unwrap()
                .is_none(),
            "[{label}] A no longer counts"
        );
        let page = app.get(&path, member.as_deref()).await;
        assert!(!page.body.contains("radar__benchmark"), "[{label}] fair exchange");
        assert!(page.body.contains("Ob Ihre Kommune ihre Ergebnisse teilt, entscheidet"));
    })
    .await;
}

#[tokio::test]
async fn a_closed_rounds_kept_sections_still_differ_between_coordinators_and_members() {
    on_every_backend(|app| async move {
        let instrument = shipped().unwrap();
        let items = management_items(&instrument, app.a.kind());
        let coordinator = app.users["coordinator-a"];
        // Low answers, so every statement is a development potential with a recommendation.
        let answers: Vec<NewAnswer> = items.iter().map(|i| answer(i, "0", None)).collect();
        let round = round_with(
            &app,
            &instrument,
            &app.a,
            "Selbstcheck 2026",
            &[(coordinator, "Integrationsbüro", answers)],
            true,
        )
        .await;
        let path = format!("/m/{}/selbstcheck/{round}/results", app.a.ags);
        let adopt = format!("/m/{}/handlungsplan/new?round={round}&amp;item=", app.a.ags);
        // The member's request fills the cache first; the coordinator must still get the links,
        // and the member must not get them from the coordinator's entry afterwards.
        for (actor, sees_links) in [("member-a", false), ("coordinator-a", true), ("member-a", false)] {
            for _ in 0..2 {
                let page = app.get_as(&format!("{path}/management"), actor).await;
                assert_eq!(page.status, StatusCode::OK, "{actor}");
                assert_eq!(page.body.contains(&adopt), sees_links, "{actor}");
                assert!(page.body.contains("Management und Steuerung</h1>"), "{actor}");
            }
        }
    })
    .await;
}
