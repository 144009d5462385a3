//! A municipality's work on a checklist: the form of all steps parsed and checked as a whole, and
//! the progress. Pure, so the rules are tested without a database.

use crate::content::Step;

/// Longest note per step, in characters.
pub const NOTE_MAX: usize = 2000;
/// Longest name of a responsible person or office, in characters.
pub const RESPONSIBLE_MAX: usize = 200;

/// What a municipality recorded for one step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StepEntry {
    /// The step's id.
    pub step_id: String,
    /// Done.
    pub done: bool,
    /// A note (trimmed).
    pub note: String,
    /// Who is responsible (trimmed).
    pub responsible: String,
}

/// A problem with one field of the form: the field's name and the message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    /// The form field (`note-<step>` or `responsible-<step>`).
    pub field: String,
    /// Fluent key of the message.
    pub key: &'static str,
}

/// Reads the checklist form: `done-<step>=on`, `note-<step>`, `responsible-<step>` for every step
/// of the checklist. Fields of unknown steps are refused, so a stale form of a changed checklist is
/// noticed instead of saved halfway; on any error nothing is saved.
pub fn parse_form(steps: &[Step], pairs: &[(String, String)]) -> Result<Vec<StepEntry>, Vec<EntryError>> {
    let mut entries: Vec<StepEntry> = steps
        .iter()
        .map(|s| StepEntry {
            step_id: s.id.clone(),
            ..StepEntry::default()
        })
        .collect();
    let mut errors = Vec::new();
    for (name, value) in pairs {
        let Some((kind, step)) = name.split_once('-') else {
            continue; // csrf and other fields of the page
        };
        if !matches!(kind, "done" | "note" | "responsible") {
            continue;
        }
        let Some(entry) = entries.iter_mut().find(|e| e.step_id == step) else {
            errors.push(EntryError {
                field: name.clone(),
                key: "knowledge-checklist-error-stale",
            });
            continue;
        };
        match kind {
            "done" => entry.done = value == "on",
            "note" => {
                entry.note = value.trim().to_owned();
                if entry.note.chars().count() > NOTE_MAX {
                    errors.push(EntryError {
                        field: name.clone(),
                        key: "knowledge-checklist-error-note-long",
                    });
                }
            }
            _ => {
                entry.responsible = value.trim().to_owned();
                if entry.responsible.chars().count() > RESPONSIBLE_MAX {
                    errors.push(EntryError {
                        field: name.clone(),
                        key: "knowledge-checklist-error-responsible-long",
                    });
                }
            }
        }
    }
    if errors.is_empty() { Ok(entries) } else { Err(errors) }
}

/// Share of steps done, in whole percent (rounded down, so 100 means all done).
pub fn percent_done(done: usize, total: usize) -> usize {
    (done * 100).checked_div(total).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps() -> Vec<Step> {
        ["auftrag", "team"]
            .into_iter()
            .map(|id| Step {
                id: id.into(),
                title: id.into(),
                hint: String::new(),
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn the_form_sets_every_step_and_unticked_steps_are_not_done() {
        let entries = parse_form(
            &steps(),
            &pairs(&[
                ("csrf", "x"),
                ("done-auftrag", "on"),
                ("note-auftrag", "  Beschluss vom 3. März "),
                ("responsible-team", "Integrationsbüro"),
                ("note-team", ""),
            ]),
        )
        .unwrap();
        assert_eq!(entries.len(), 2);
        assert!(entries[0].done && entries[0].note == "Beschluss vom 3. März");
        assert!(!entries[1].done && entries[1].responsible == "Integrationsbüro");
    }

    #[test]
    fn too_long_texts_and_unknown_steps_are_refused_as_a_whole() {
        let long = "x".repeat(NOTE_MAX + 1);
        let errors = parse_form(
            &steps(),
            &pairs(&[("done-auftrag", "on"), ("note-team", &long), ("done-alt", "on")]),
        )
        .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].key, "knowledge-checklist-error-note-long");
        assert_eq!(errors[1].field, "done-alt");
        let just_right = "ü".repeat(NOTE_MAX);
        assert!(parse_form(&steps(), &pairs(&[("note-team", &just_right)])).is_ok());
    }

    #[test]
    fn progress_is_a_whole_percentage() {
        assert_eq!(percent_done(0, 0), 0);
        assert_eq!(percent_done(1, 3), 33);
        assert_eq!(percent_done(12, 12), 100);
    }
}
