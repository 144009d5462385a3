//! The PDF downloads: questionnaire (all fields, one field), the results report of a round with
//! the comparison to the previous round, and who may download what.

use time::OffsetDateTime;
use uuid::Uuid;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::store::MunicipalityRow;
use weltoffen_selfcheck::current_instrument;
use weltoffen_selfcheck::scoring::AnswerValue;
use weltoffen_selfcheck::store::{self, NewAnswer};
use weltoffen_selfcheck::web::pdf::{questionnaire_data, report_data_of, report_pdf};

use crate::support::{TestApp, TestResponse, on_every_backend};

fn assert_pdf(r: &TestResponse, label: &str) {
    assert_eq!(
        r.status,
        200,
        "[{label}] {}",
        r.body.chars().take(300).collect::<String>()
    );
    assert_eq!(r.headers["content-type"], "application/pdf", "[{label}]");
    assert!(r.body.starts_with("%PDF-"), "[{label}] not a PDF");
}

/// Keeps a rendered document for a look when `WELTOFFEN_PDF_OUT` names a folder.
fn keep(name: &str, pdf: &[u8]) {
    if let Ok(dir) = std::env::var("WELTOFFEN_PDF_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), pdf).unwrap();
    }
}

fn disposition(r: &TestResponse) -> String {
    r.headers["content-disposition"].to_str().unwrap().to_owned()
}

/// Starts a round in municipality A in which member-a answered the first field; returns its id.
async fn answered_round(app: &TestApp, title: &str, values: &[AnswerValue]) -> Uuid {
    let instrument = current_instrument().unwrap();
    let coordinator = app.users["coordinator-a"];
    let member = app.users["member-a"];
    let id = store::create_round(&app.state.db, app.a.id, title, None, &instrument.version, coordinator)
        .await
        .unwrap();
    let field = &instrument.fields[0];
    store::assign(&app.state.db, id, member, "Jugendamt", &[field.id.as_str()])
        .await
        .unwrap();
    let round = store::round(&app.state.db, app.a.id, id).await.unwrap().unwrap();
    let answers: Vec<NewAnswer> = field
        .items
        .iter()
        .zip(values.iter().cycle())
        .map(|(item, value)| NewAnswer {
            item_id: item.id.clone(),
            value: *value,
            comment: Some("Kommentar mit #hash und $dollar".into()),
        })
        .collect();
    store::save_answers(&app.state.db, instrument, &round, member, "Jugendamt", false, &answers)
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn members_download_the_questionnaire_of_all_fields_or_of_one() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let session = app.session("member-a").await;
        let all = app.get("/m/12072/selbstcheck/fragebogen.pdf", session.as_deref()).await;
        assert_pdf(&all, &label);
        let name = disposition(&all);
        assert!(
            name.starts_with("attachment; filename=\"selbstcheck-12072-") && name.ends_with("-fragebogen.pdf\""),
            "[{label}] {name}"
        );
        assert!(name.is_ascii());

        let one = app
            .get("/m/12072/selbstcheck/fragebogen/access.pdf", session.as_deref())
            .await;
        assert_pdf(&one, &label);
        assert!(disposition(&one).ends_with("-fragebogen-access.pdf\""));
        assert!(
            one.body.len() < all.body.len(),
            "[{label}] one field is shorter than seven"
        );

        for unknown in ["nope.pdf", "access", "access.pdf.pdf", "..%2Faccess.pdf"] {
            let r = app
                .get(
                    &format!("/m/12072/selbstcheck/fragebogen/{unknown}"),
                    session.as_deref(),
                )
                .await;
            assert_eq!(r.status, 404, "[{label}] {unknown}");
        }

        let other = app.get_as("/m/12072/selbstcheck/fragebogen.pdf", "member-b").await;
        assert_eq!(other.status, 403, "[{label}] member of another municipality");
        let anonymous = app.get("/m/12072/selbstcheck/fragebogen.pdf", None).await;
        assert_ne!(anonymous.status, 200, "[{label}] anonymous");
    })
    .await;
}

#[tokio::test]
async fn the_questionnaire_shows_only_statements_for_the_municipality_type() {
    let instrument = current_instrument().unwrap();
    let municipality = |kind: &str| MunicipalityRow {
        id: Uuid::now_v7(),
        ags: "12072001".into(),
        name: "Musterstadt".into(),
        municipality_type: kind.into(),
        land: "BB".into(),
        population: None,
        created_at: OffsetDateTime::now_utc(),
    };
    let access = instrument.field("access").unwrap();
    let ids = |kind: &str| -> Vec<String> {
        questionnaire_data(instrument, &[access], &municipality(kind), Locale::De).fields[0]
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(|i| i.id.clone()))
            .collect()
    };
    let gemeinde = ids("kreisangehoerige_gemeinde");
    let kreis = ids("landkreis");
    assert!(!gemeinde.contains(&"access.immigration-office-service".to_owned()));
    assert!(kreis.contains(&"access.immigration-office-service".to_owned()));
    assert!(gemeinde.len() < kreis.len());

    let data = questionnaire_data(instrument, &[access], &municipality("landkreis"), Locale::En);
    keep(
        "selfcheck-questionnaire-access-en.pdf",
        &weltoffen_pdf::questionnaire(&data).unwrap(),
    );
    assert_eq!(data.lang, "en");
    assert_eq!(data.labels.scale.len(), 6);
    assert_eq!(data.labels.page, "Page {page} of {total}");
    assert_eq!(data.fields[0].title, access.title.en);
}

#[tokio::test]
async fn members_download_the_report_and_other_municipalities_cannot() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let id = answered_round(
            &app,
            "Selbstcheck 2026",
            &[AnswerValue::Score(3), AnswerValue::Score(1)],
        )
        .await;
        let path = format!("/m/12072/selbstcheck/{id}/report.pdf");

        let r = app.get_as(&path, "member-a").await;
        assert_pdf(&r, &label);
        assert_eq!(r.headers["cache-control"], "private, no-store", "[{label}]");
        let name = disposition(&r);
        assert!(
            name.starts_with("attachment; filename=\"selbstcheck-12072-") && name.ends_with(".pdf\""),
            "[{label}] {name}"
        );
        assert_pdf(&app.get_as(&path, "coordinator-a").await, &label);

        let b = app.get_as(&path, "member-b").await;
        assert_eq!(b.status, 403, "[{label}] member-b on A's path");
        let via_b = app
            .get_as(&format!("/m/{}/selbstcheck/{id}/report.pdf", app.b.ags), "member-b")
            .await;
        assert_eq!(via_b.status, 404, "[{label}] A's round under B's path");
        let malformed = app
            .get_as("/m/12072/selbstcheck/not-a-uuid/report.pdf", "member-a")
            .await;
        assert_eq!(malformed.status, 404, "[{label}]");
        let missing = app
            .get_as(
                &format!("/m/12072/selbstcheck/{}/report.pdf", Uuid::now_v7()),
                "member-a",
            )
            .await;
        assert_eq!(missing.status, 404, "[{label}]");
    })
    .await;
}

#[tokio::test]
async fn the_report_compares_with_the_previous_closed_round() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        let db = &app.state.db;
        let coordinator = app.users["coordinator-a"];
        let first = answered_round(&app, "Selbstcheck 2025", &[AnswerValue::Score(1)]).await;
        let first_row = store::round(db, app.a.id, first).await.unwrap().unwrap();
        // Without a closed predecessor there is nothing to compare.
        let alone = report_data_of(&app.state, &app.a, &first_row, Locale::De)
            .await
            .unwrap();
        assert_eq!(alone.previous_round, None, "[{label}]");
        store::set_round_open(db, &first_row, false, coordinator, &[])
            .await
            .unwrap();

        let second = answered_round(&app, "Selbstcheck 2026", &[AnswerValue::Score(3)]).await;
        let second_row = store::round(db, app.a.id, second).await.unwrap().unwrap();
        let data = report_data_of(&app.state, &app.a, &second_row, Locale::De)
            .await
            .unwrap();
        assert_eq!(data.previous_round.as_deref(), Some("Selbstcheck 2025"), "[{label}]");
        assert_eq!(data.round_title, "Selbstcheck 2026");
        assert_eq!(data.fields.len(), 7);
        let field = &data.fields[0];
        assert_eq!(field.score.map(f64::round), Some(100.0), "[{label}]");
        assert_eq!(field.previous_score.map(f64::round), Some(33.0), "[{label}]");
        assert_eq!(field.band.as_deref(), Some("Vorreiter"));
        assert_eq!(field.strengths.len(), 3);
        assert!(field.potentials.is_empty(), "all statements fully apply");
        assert!(
            data.fields[1].score.is_none(),
            "[{label}] unanswered field has no score"
        );
        assert_eq!(data.fields[1].previous_score, None);
        assert!(data.facts.iter().any(|f| f.value == "Selbstcheck 2025"));

        // The earlier round's own report does not compare with the later one.
        let first_row = store::round(db, app.a.id, first).await.unwrap().unwrap();
        let earlier = report_data_of(&app.state, &app.a, &first_row, Locale::En)
            .await
            .unwrap();
        assert_eq!(earlier.previous_round, None, "[{label}]");
        let weak = &earlier.fields[0];
        assert_eq!(weak.band.as_deref(), Some("Building up"));
        assert_eq!(weak.potentials.len(), 3);
        assert!(weak.potentials.iter().all(|p| !p.recommendation.is_empty()));
        assert_eq!(weak.potentials[0].distribution, vec![0, 0, 1, 0, 0, 0]);

        let pdf = report_pdf(&app.state, &app.a, &second_row, Locale::En).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        keep("selfcheck-report-en.pdf", &pdf);
        keep(
            "selfcheck-report-de.pdf",
            &report_pdf(&app.state, &app.a, &first_row, Locale::De).await.unwrap(),
        );
    })
    .await;
}

#[test]
fn both_languages_define_the_same_pdf_keys() {
    let keys = |lang: &str| -> Vec<String> {
        let path = format!("{}/../../locales/{lang}/selfcheck-pdf.ftl", env!("CARGO_MANIFEST_DIR"));
        let mut keys: Vec<String> = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_owned()))
            .filter(|k| !k.starts_with('#') && !k.is_empty())
            .collect();
        keys.sort();
        keys
    };
    let de = keys("de");
    assert!(de.iter().all(|k| k.starts_with("selfcheck-pdf-")), "{de:?}");
    assert_eq!(de, keys("en"));
    // Loaded by the platform: a missing message comes back as its key.
    for key in &de {
        for locale in Locale::ALL {
            assert_ne!(&locale.t(key), key, "{key} missing in {locale:?}");
        }
    }
}
