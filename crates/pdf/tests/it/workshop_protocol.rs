//! The workshop protocol: a tagged PDF/UA-1 document in the right language with participants,
//! priorities, dots by role, comments and decisions, and participants' text printed literally.

use weltoffen_pdf::{
    Fact, WorkshopComment, WorkshopDecision, WorkshopDotRow, WorkshopPriority, WorkshopProtocolData,
    WorkshopProtocolField, WorkshopProtocolLabels, WorkshopRoleGroup, workshop_protocol,
};

use super::{MARKUP, assert_pdf_ua, keep, text_of};

fn protocol(lang: &str) -> WorkshopProtocolData {
    WorkshopProtocolData {
        lang: lang.into(),
        title: "Workshop-Protokoll".into(),
        workshop: "Workshop zum Selbstcheck Herbst 2025".into(),
        municipality: "Landkreis Teltow-Fläming".into(),
        facts: vec![
            Fact {
                label: "Termin".into(),
                value: "03.12.2026, 17:00 Uhr".into(),
            },
            Fact {
                label: "Teilnehmende".into(),
                value: "12 Personen".into(),
            },
        ],
        participants: vec![
            WorkshopRoleGroup {
                role: "Verwaltung".into(),
                names: vec!["Petra Lindner".into(), "Teilnehmer:in 4".into()],
            },
            WorkshopRoleGroup {
                role: "Zivilgesellschaft".into(),
                names: vec!["Aylin Demir".into()],
            },
        ],
        priorities: vec![WorkshopPriority {
            statement: "Der Kreistag hat ein Integrationskonzept beschlossen.".into(),
            field: "Management und Steuerung".into(),
            agreed: Some("vereinbart".into()),
            dots: "14 Punkte".into(),
        }],
        fields: vec![WorkshopProtocolField {
            title: "Management und Steuerung".into(),
            score: "Wert 42 von 100 · Stufe Aufbau".into(),
            items: vec![WorkshopDotRow {
                statement: "Der Kreistag hat ein Integrationskonzept beschlossen.".into(),
                agreed: Some("vereinbart".into()),
                counts: vec!["4".into(), "2".into(), "3".into(), "1".into(), "4".into()],
                total: "14".into(),
            }],
            comments: vec![WorkshopComment {
                author: "Teilnehmer:in 7 (Zivilgesellschaft)".into(),
                statement: Some("Der Kreistag hat ein Integrationskonzept beschlossen.".into()),
                text: "Ein Konzept hilft nur, wenn wir mitreden.".into(),
            }],
            decisions: vec![WorkshopDecision {
                text: "Das Integrationskonzept wird fortgeschrieben.".into(),
                statement: None,
                first_step: Some("Auftakt im ersten Quartal".into()),
                owner: Some("Integrationsbeauftragte".into()),
                measures: vec!["Integrationskonzept fortschreiben".into()],
            }],
        }],
        labels: WorkshopProtocolLabels {
            page: "Seite {page} von {total}".into(),
            participants: "Teilnehmende nach Bereich".into(),
            priorities: "Prioritäten".into(),
            dots: "Punkte nach Bereich".into(),
            statement: "Aussage".into(),
            roles: ["Verwaltung", "Politik", "Zivilgesellschaft", "Wirtschaft", "Sonstige"]
                .map(String::from)
                .to_vec(),
            total: "Zusammen".into(),
            comments: "Kommentare".into(),
            decisions: "Entscheidungen".into(),
            first_step: "Erster Schritt".into(),
            owner: "Zuständig".into(),
            measures: "Maßnahme".into(),
            none: "Keine.".into(),
        },
    }
}

#[test]
fn the_workshop_protocol_renders_as_pdf_ua_with_participants_dots_and_decisions() {
    for lang in ["de", "en"] {
        let data = protocol(lang);
        let pdf = workshop_protocol(&data).unwrap();
        keep(&format!("workshop-protocol-{lang}.pdf"), &pdf);
        assert_pdf_ua(&pdf, lang);
        if let Some(text) = text_of(&pdf) {
            let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for needle in [
                "Petra Lindner",
                "Teilnehmer:in 4",
                "Punkte nach Bereich",
                "Zivilgesellschaft",
                "Ein Konzept hilft nur, wenn wir mitreden.",
                "Das Integrationskonzept wird fortgeschrieben.",
                "Auftakt im ersten Quartal",
                "Integrationskonzept fortschreiben",
            ] {
                assert!(flat.contains(needle), "{needle} missing: {flat}");
            }
        }
    }
}

#[test]
fn an_empty_workshop_protocol_and_participants_markup_render() {
    let mut empty = protocol("de");
    empty.participants.clear();
    empty.priorities.clear();
    empty.fields[0].items.clear();
    empty.fields[0].comments.clear();
    empty.fields[0].decisions.clear();
    let pdf = workshop_protocol(&empty).unwrap();
    assert_pdf_ua(&pdf, "de");

    let mut marked = protocol("de");
    marked.fields[0].comments[0].text = format!("Kommentar {MARKUP}");
    marked.participants[0].names[0] = "#set page(width: 1cm)".into();
    // Compiling at all shows the text was not read as markup (`#panic` would abort).
    let pdf = workshop_protocol(&marked).unwrap();
    assert_pdf_ua(&pdf, "de");
    if let Some(text) = text_of(&pdf) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("#set page(width: 1cm)"), "{flat}");
    }
}
