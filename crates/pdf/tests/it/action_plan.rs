//! The action plan: a tagged PDF/UA-1 document in the right language, with every measure, its
//! overdue mark in words, and user text printed literally; also with no measure at all.

use weltoffen_pdf::{
    ActionPlanData, ActionPlanField, ActionPlanLabels, ActionPlanMeasure, ActionPlanUpdate, Fact, action_plan,
};

use super::{MARKUP, assert_pdf_ua, keep, text_of};

fn measure(title: &str, status: &str, progress: u8, overdue: bool) -> ActionPlanMeasure {
    ActionPlanMeasure {
        title: title.into(),
        status: status.into(),
        progress,
        progress_text: format!("{progress} %"),
        owner: "Jana Beispiel".into(),
        period: "01.03.2026 bis 30.09.2026".into(),
        overdue: overdue.then(|| "Überfällig: war fällig am 30.09.2026".into()),
        description: "Bilanz ziehen.\n\nDen Beirat beteiligen und den Entwurf im Kreistag vorstellen.".into(),
        statements: vec![
            "Der Kreistag hat ein Integrationskonzept beschlossen.".into(),
            "Die Verwaltungsspitze vertritt Vielfalt nach außen.".into(),
        ],
        milestones: vec![
            "Entwurf liegt vor (erreicht am 28.05.2026)".into(),
            "Beschluss im Kreistag (fällig am 30.09.2026)".into(),
        ],
        latest_update: Some(ActionPlanUpdate {
            date: "12.11.2026".into(),
            author: "Jana Beispiel".into(),
            text: "Erste Sitzung mit dem Beirat gehalten.".into(),
        }),
    }
}

fn plan(lang: &str) -> ActionPlanData {
    ActionPlanData {
        lang: lang.into(),
        title: "Handlungsplan".into(),
        municipality: "Landkreis Teltow-Fläming".into(),
        facts: vec![
            Fact {
                label: "Stand".into(),
                value: "21.11.2026".into(),
            },
            Fact {
                label: "Maßnahmen".into(),
                value: "3 (Geplant: 1, In Arbeit: 1, Umgesetzt: 1, Verworfen: 0)".into(),
            },
        ],
        fields: vec![
            ActionPlanField {
                title: "Management und Steuerung".into(),
                measures: vec![
                    measure("Integrationskonzept fortschreiben", "In Arbeit", 40, true),
                    measure("Steuerungsgruppe einrichten", "Geplant", 0, false),
                ],
            },
            ActionPlanField {
                title: "Interkulturelle Öffnung und Antirassismus".into(),
                measures: vec![ActionPlanMeasure {
                    latest_update: None,
                    statements: Vec::new(),
                    milestones: Vec::new(),
                    description: String::new(),
                    ..measure("Fortbildung für Führungskräfte", "Umgesetzt", 100, false)
                }],
            },
        ],
        labels: ActionPlanLabels {
            page: "Seite {page} von {total}".into(),
            contents: "Inhalt".into(),
            status: "Status".into(),
            progress: "Fortschritt".into(),
            owner: "Zuständig".into(),
            period: "Zeitraum".into(),
            statements: "Aussagen aus dem Selbstcheck".into(),
            milestones: "Meilensteine".into(),
            latest_update: "Letzter Bericht".into(),
            empty: "Der Handlungsplan enthält noch keine Maßnahme.".into(),
        },
    }
}

#[test]
fn action_plan_renders_as_pdf_ua_with_every_measure_and_overdue_in_words() {
    for lang in ["de", "en"] {
        let data = plan(lang);
        let pdf = action_plan(&data).unwrap();
        keep(&format!("action-plan-{lang}.pdf"), &pdf);
        assert_pdf_ua(&pdf, lang);
        if let Some(text) = text_of(&pdf) {
            let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for field in &data.fields {
                assert!(flat.contains(&field.title), "{} missing", field.title);
                for m in &field.measures {
                    assert!(flat.contains(&m.title), "{} missing", m.title);
                }
            }
            assert!(flat.contains("Überfällig: war fällig am 30.09.2026"));
            assert_eq!(
                flat.matches("Überfällig").count(),
                1,
                "only the overdue measure is marked"
            );
            assert!(flat.contains("Erste Sitzung mit dem Beirat gehalten."));
            assert!(
                flat.contains("Beschluss im Kreistag (fällig am 30.09.2026)"),
                "milestones"
            );
            assert!(flat.contains("Der Kreistag hat ein Integrationskonzept beschlossen."));
            assert!(flat.contains("Landkreis Teltow-Fläming"));
        }
    }
}

#[test]
fn an_empty_action_plan_and_user_markup_render() {
    let mut empty = plan("de");
    empty.fields.clear();
    let pdf = action_plan(&empty).unwrap();
    keep("action-plan-empty-de.pdf", &pdf);
    assert_pdf_ua(&pdf, "de");
    if let Some(text) = text_of(&pdf) {
        assert!(text.contains("Der Handlungsplan enthält noch keine Maßnahme."));
    }

    let mut marked = plan("de");
    let m = &mut marked.fields[0].measures[0];
    m.title = format!("Maßnahme {MARKUP}");
    m.description = format!("Beschreibung ] {MARKUP}");
    m.statements[0] = "#set page(width: 1cm)".into();
    // Compiling at all shows the text was not read as markup (`#panic` would abort).
    let pdf = action_plan(&marked).unwrap();
    assert_pdf_ua(&pdf, "de");
    if let Some(text) = text_of(&pdf) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Maßnahme #panic(\"boom\") *fett* $x^2 [link]"), "{flat}");
        assert!(flat.contains("#set page(width: 1cm)"));
    }
}
