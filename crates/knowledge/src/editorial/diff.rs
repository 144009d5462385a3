//! A readable difference between two drafts: for each part that changed (title, teaser, body,
//! steps, facts), the lines removed and added, with unchanged lines around them. Pure.

use similar::{ChangeTag, TextDiff};

use super::draft::{Draft, DraftText, steps_text};

/// How a line differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineChange {
    /// In both.
    Same,
    /// Only in the older draft.
    Removed,
    /// Only in the newer draft.
    Added,
}

/// One line of a difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// How it differs.
    pub change: LineChange,
    /// Its text.
    pub text: String,
}

impl DiffLine {
    /// The CSS modifier and the word a screen reader hears before the line.
    pub fn code(&self) -> &'static str {
        match self.change {
            LineChange::Same => "same",
            LineChange::Removed => "removed",
            LineChange::Added => "added",
        }
    }
}

/// The difference in one part of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffSection {
    /// The Fluent key of the part's name.
    pub label: &'static str,
    /// Its lines.
    pub lines: Vec<DiffLine>,
}

/// Unchanged lines kept around a change.
const CONTEXT: usize = 2;

/// The parts that differ between `old` and `new`, in form order.
pub fn diff(old: &Draft, new: &Draft) -> Vec<DiffSection> {
    let empty = DraftText::default();
    let (old_en, new_en) = (old.en.as_ref().unwrap_or(&empty), new.en.as_ref().unwrap_or(&empty));
    let parts: [(&'static str, String, String); 10] = [
        ("knowledge-editor-facts", facts(old), facts(new)),
        ("knowledge-editor-title-de", old.de.title.clone(), new.de.title.clone()),
        (
            "knowledge-editor-teaser-de",
            old.de.teaser.clone(),
            new.de.teaser.clone(),
        ),
        ("knowledge-editor-body-de", old.de.body.clone(), new.de.body.clone()),
        (
            "knowledge-editor-steps-de",
            steps_text(&old.de.steps),
            steps_text(&new.de.steps),
        ),
        ("knowledge-editor-title-en", old_en.title.clone(), new_en.title.clone()),
        (
            "knowledge-editor-teaser-en",
            old_en.teaser.clone(),
            new_en.teaser.clone(),
        ),
        ("knowledge-editor-body-en", old_en.body.clone(), new_en.body.clone()),
        (
            "knowledge-editor-steps-en",
            steps_text(&old_en.steps),
            steps_text(&new_en.steps),
        ),
        (
            "knowledge-editor-related",
            old.related.join("\n"),
            new.related.join("\n"),
        ),
    ];
    parts
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(label, a, b)| DiffSection {
            label,
            lines: lines(&a, &b),
        })
        .collect()
}

/// Type, access, fields, municipality types, topics and authors, one per line.
fn facts(d: &Draft) -> String {
    [
        format!("type: {}", d.kind),
        format!("access: {}", d.access),
        format!("fields: {}", d.fields.join(", ")),
        format!("applies_to: {}", d.applies_to.join(", ")),
        format!("topics: {}", d.topics.join(", ")),
        format!("authors: {}", d.authors.join(", ")),
    ]
    .join("\n")
}

/// The changed lines of two texts with [`CONTEXT`] unchanged lines around each change.
pub fn lines(old: &str, new: &str) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(old, new);
    let all: Vec<DiffLine> = diff
        .iter_all_changes()
        .map(|c| DiffLine {
            change: match c.tag() {
                ChangeTag::Equal => LineChange::Same,
                ChangeTag::Delete => LineChange::Removed,
                ChangeTag::Insert => LineChange::Added,
            },
            text: c.value().trim_end_matches('\n').to_owned(),
        })
        .collect();
    let near_change = |i: usize| {
        let from = i.saturating_sub(CONTEXT);
        let to = (i + CONTEXT).min(all.len().saturating_sub(1));
        (from..=to).any(|j| all[j].change != LineChange::Same)
    };
    all.iter()
        .enumerate()
        .filter(|(i, _)| near_change(*i))
        .map(|(_, l)| l.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(body: &str) -> Draft {
        Draft {
            kind: "praxistipp".into(),
            access: "public".into(),
            fields: vec!["engagement".into()],
            applies_to: vec!["landkreis".into()],
            topics: vec![],
            authors: vec!["redaktion".into()],
            related: vec![],
            de: DraftText {
                title: "Titel".into(),
                teaser: "Kurz.".into(),
                body: body.into(),
                steps: vec![],
            },
            en: None,
        }
    }

    #[test]
    fn only_changed_parts_and_lines_near_a_change_are_shown() {
        let old = draft("a\nb\nc\nd\ne\nf\ng\n");
        let mut new = draft("a\nb\nc\nd\nE\nf\ng\n");
        new.access = "members".into();
        let sections = diff(&old, &new);
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].label, "knowledge-editor-facts");
        let body = &sections[1];
        assert_eq!(body.label, "knowledge-editor-body-de");
        let texts: Vec<(&str, &str)> = body.lines.iter().map(|l| (l.code(), l.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                ("same", "c"),
                ("same", "d"),
                ("removed", "e"),
                ("added", "E"),
                ("same", "f"),
                ("same", "g")
            ]
        );
    }

    #[test]
    fn equal_drafts_have_no_difference() {
        assert!(diff(&draft("x"), &draft("x")).is_empty());
    }
}
