//! An article as an editor writes it: every editable part in one value, read from the edit form
//! and checked, kept as JSON in each revision. Pure: the form's rules are tested without a server.

use serde::{Deserialize, Serialize};
use weltoffen_platform::fields::is_field;
use weltoffen_platform::municipalities::model::MunicipalityType;
use weltoffen_platform::web::forms::FormErrors;

use crate::content::Step;
use crate::model::{Access, ArticleType, is_valid_slug};

/// Longest title.
pub const TITLE_MAX: usize = 200;
/// Longest teaser.
pub const TEASER_MAX: usize = 400;
/// Longest body, in characters.
pub const BODY_MAX: usize = 100_000;
/// Longest revision note.
pub const NOTE_MAX: usize = 200;
/// Most topics.
pub const TOPICS_MAX: usize = 12;
/// Most steps of a checklist.
pub const STEPS_MAX: usize = 40;

/// One language's text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftText {
    /// Title.
    pub title: String,
    /// Teaser.
    pub teaser: String,
    /// Body, Markdown.
    pub body: String,
    /// A checklist's steps.
    #[serde(default)]
    pub steps: Vec<Step>,
}

/// Everything an editor can change of an article. The default, an empty draft, is what a first
/// version is compared with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Type code.
    pub kind: String,
    /// Access code.
    pub access: String,
    /// Fields of action.
    pub fields: Vec<String>,
    /// Municipality types.
    pub applies_to: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Author ids.
    pub authors: Vec<String>,
    /// Related slugs.
    pub related: Vec<String>,
    /// German text.
    pub de: DraftText,
    /// English text, if any.
    pub en: Option<DraftText>,
}

impl Draft {
    /// A shipped article as a draft (its first kept version).
    pub fn of_shipped(article: &crate::content::ShippedArticle) -> Draft {
        let text = |t: &crate::content::ArticleText| DraftText {
            title: t.title.clone(),
            teaser: t.teaser.clone(),
            body: t.body.clone(),
            steps: t.steps.clone(),
        };
        Draft {
            kind: article.kind.code().to_owned(),
            access: article.access.code().to_owned(),
            fields: article.fields.clone(),
            applies_to: article.applies_to.iter().map(|t| t.as_str().to_owned()).collect(),
            topics: article.topics.clone(),
            authors: article.authors.clone(),
            related: article.related.clone(),
            de: text(&article.de),
            en: article.en.as_ref().map(text),
        }
    }
}

/// What the edit form sends, as typed (kept for showing it again).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftForm {
    /// Slug (only when creating).
    pub slug: String,
    /// Type.
    pub kind: String,
    /// Access.
    pub access: String,
    /// Fields of action.
    pub fields: Vec<String>,
    /// Municipality types.
    pub applies_to: Vec<String>,
    /// Topics, one per line.
    pub topics: String,
    /// Author ids.
    pub authors: Vec<String>,
    /// Related slugs, one per line.
    pub related: String,
    /// German title.
    pub title_de: String,
    /// German teaser.
    pub teaser_de: String,
    /// German body.
    pub body_de: String,
    /// German steps, one per line: `id | title | hint`.
    pub steps_de: String,
    /// English title.
    pub title_en: String,
    /// English teaser.
    pub teaser_en: String,
    /// English body.
    pub body_en: String,
    /// English steps.
    pub steps_en: String,
    /// What changed (for the history).
    pub note: String,
    /// The revision the editor started from.
    pub base_revision: i64,
}

impl DraftForm {
    /// Reads the form's pairs (repeated names for the check boxes).
    pub fn from_pairs(pairs: &[(String, String)]) -> DraftForm {
        let mut form = DraftForm::default();
        for (name, value) in pairs {
            let v = value.clone();
            match name.as_str() {
                "slug" => form.slug = v.trim().to_owned(),
                "kind" => form.kind = v,
                "access" => form.access = v,
                "fields" => form.fields.push(v),
                "applies_to" => form.applies_to.push(v),
                "topics" => form.topics = v,
                "authors" => form.authors.push(v),
                "related" => form.related = v,
                "title_de" => form.title_de = v,
                "teaser_de" => form.teaser_de = v,
                "body_de" => form.body_de = v,
                "steps_de" => form.steps_de = v,
                "title_en" => form.title_en = v,
                "teaser_en" => form.teaser_en = v,
                "body_en" => form.body_en = v,
                "steps_en" => form.steps_en = v,
                "note" => form.note = v,
                "revision" => form.base_revision = v.trim().parse().unwrap_or(-1),
                _ => {}
            }
        }
        form
    }

    /// The form showing a draft.
    pub fn of(draft: &Draft, base_revision: i64) -> DraftForm {
        let en = draft.en.clone().unwrap_or_default();
        DraftForm {
            slug: String::new(),
            kind: draft.kind.clone(),
            access: draft.access.clone(),
            fields: draft.fields.clone(),
            applies_to: draft.applies_to.clone(),
            topics: draft.topics.join("\n"),
            authors: draft.authors.clone(),
            related: draft.related.join("\n"),
            title_de: draft.de.title.clone(),
            teaser_de: draft.de.teaser.clone(),
            body_de: draft.de.body.clone(),
            steps_de: steps_text(&draft.de.steps),
            title_en: en.title.clone(),
            teaser_en: en.teaser.clone(),
            body_en: en.body.clone(),
            steps_en: steps_text(&en.steps),
            note: String::new(),
            base_revision,
        }
    }

    /// Checks the form against the known authors and article slugs; the draft, or the errors
    /// by field id.
    pub fn check(&self, known_authors: &[String], known_slugs: &[String]) -> Result<Draft, FormErrors> {
        let mut e = FormErrors::default();
        let kind = ArticleType::parse(&self.kind);
        if kind.is_none() {
            e.add("kind", "knowledge-editor-error-kind");
        }
        if Access::parse(&self.access).is_none() {
            e.add("access-public", "knowledge-editor-error-access");
        }
        let fields = dedup(&self.fields);
        if fields.is_empty() || !fields.iter().all(|f| is_field(f)) {
            e.add("fields-management", "knowledge-editor-error-fields");
        }
        let applies_to = dedup(&self.applies_to);
        if applies_to.is_empty() || !applies_to.iter().all(|t| MunicipalityType::parse(t).is_some()) {
            e.add("applies_to-landkreis", "knowledge-editor-error-applies-to");
        }
        let topics: Vec<String> = lines(&self.topics);
        if topics.len() > TOPICS_MAX || topics.iter().any(|t| t.chars().count() > 60) {
            e.add("topics", "knowledge-editor-error-topics");
        }
        let authors = dedup(&self.authors);
        if authors.is_empty() || !authors.iter().all(|a| known_authors.contains(a)) {
            e.add("authors", "knowledge-editor-error-authors");
        }
        let related: Vec<String> = dedup(&lines(&self.related));
        if !related.iter().all(|s| known_slugs.contains(s)) {
            e.add("related", "knowledge-editor-error-related");
        }
        let checklist = kind == Some(ArticleType::Checkliste);
        let de = text(
            &mut e,
            ["title_de", "teaser_de", "body_de", "steps_de"],
            [&self.title_de, &self.teaser_de, &self.body_de, &self.steps_de],
            checklist,
        );
        let any_en = [&self.title_en, &self.teaser_en, &self.body_en, &self.steps_en]
            .iter()
            .any(|v| !v.trim().is_empty());
        let en = if any_en {
            let en = text(
                &mut e,
                ["title_en", "teaser_en", "body_en", "steps_en"],
                [&self.title_en, &self.teaser_en, &self.body_en, &self.steps_en],
                checklist,
            );
            let same_steps = en.steps.iter().map(|s| &s.id).eq(de.steps.iter().map(|s| &s.id));
            if checklist && !same_steps && !e.has("steps_en") {
                e.add("steps_en", "knowledge-editor-error-steps-match");
            }
            Some(en)
        } else {
            None
        };
        if self.note.chars().count() > NOTE_MAX {
            e.add("note", "knowledge-editor-error-note");
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(Draft {
            kind: self.kind.clone(),
            access: self.access.clone(),
            fields,
            applies_to,
            topics,
            authors,
            related,
            de,
            en,
        })
    }

    /// Checks the slug of a new article against those taken.
    pub fn check_slug(&self, taken: &[String], errors: &mut FormErrors) {
        if !is_valid_slug(&self.slug) {
            errors.add("slug", "knowledge-editor-error-slug");
        } else if taken.contains(&self.slug) || crate::search::RESERVED_SLUGS.contains(&self.slug.as_str()) {
            errors.add("slug", "knowledge-editor-error-slug-taken");
        }
    }
}

fn dedup(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One language's text; `ids` are the inputs' ids for the errors.
fn text(e: &mut FormErrors, ids: [&'static str; 4], values: [&String; 4], checklist: bool) -> DraftText {
    let [title, teaser, body, steps] = values;
    let (title, teaser) = (title.trim(), teaser.trim());
    if title.is_empty() {
        e.add(ids[0], "knowledge-editor-error-title");
    } else if title.chars().count() > TITLE_MAX {
        e.add(ids[0], "knowledge-editor-error-title-long");
    }
    if teaser.is_empty() {
        e.add(ids[1], "knowledge-editor-error-teaser");
    } else if teaser.chars().count() > TEASER_MAX {
        e.add(ids[1], "knowledge-editor-error-teaser-long");
    }
    if body.trim().is_empty() {
        e.add(ids[2], "knowledge-editor-error-body");
    } else if body.chars().count() > BODY_MAX {
        e.add(ids[2], "knowledge-editor-error-body-long");
    }
    let parsed = match parse_steps(steps) {
        Some(s) => s,
        None => {
            e.add(ids[3], "knowledge-editor-error-steps");
            Vec::new()
        }
    };
    if checklist && parsed.is_empty() && !e.has(ids[3]) {
        e.add(ids[3], "knowledge-editor-error-steps-missing");
    }
    if !checklist && !parsed.is_empty() {
        e.add(ids[3], "knowledge-editor-error-steps-not-checklist");
    }
    DraftText {
        title: title.to_owned(),
        teaser: teaser.to_owned(),
        body: body.replace("\r\n", "\n"),
        steps: parsed,
    }
}

/// Steps written one per line as `id | title | hint` (the hint optional), ids unique slugs;
/// `None` when a line breaks these rules.
pub fn parse_steps(text: &str) -> Option<Vec<Step>> {
    let mut steps: Vec<Step> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut parts = line.splitn(3, '|').map(str::trim);
        let id = parts.next().unwrap_or_default();
        let title = parts.next().unwrap_or_default();
        let hint = parts.next().unwrap_or_default();
        if !is_valid_slug(id) || title.is_empty() || steps.iter().any(|s| s.id == id) {
            return None;
        }
        steps.push(Step {
            id: id.to_owned(),
            title: title.to_owned(),
            hint: hint.to_owned(),
        });
    }
    (steps.len() <= STEPS_MAX).then_some(steps)
}

/// Steps as the form shows them.
pub fn steps_text(steps: &[Step]) -> String {
    steps
        .iter()
        .map(|s| {
            if s.hint.is_empty() {
                format!("{} | {}", s.id, s.title)
            } else {
                format!("{} | {} | {}", s.id, s.title, s.hint)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors() -> Vec<String> {
        vec!["redaktion".to_owned()]
    }

    fn valid() -> DraftForm {
        DraftForm {
            slug: "neuer-beitrag".into(),
            kind: "praxistipp".into(),
            access: "public".into(),
            fields: vec!["engagement".into()],
            applies_to: vec!["landkreis".into()],
            topics: "Beteiligung\n\n Ehrenamt ".into(),
            authors: authors(),
            related: "anderer\n".into(),
            title_de: " Titel ".into(),
            teaser_de: "Kurz.".into(),
            body_de: "Text\r\nmit Zeilen.".into(),
            ..DraftForm::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_a_draft() {
        let draft = valid().check(&authors(), &["anderer".to_owned()]).unwrap();
        assert_eq!(draft.topics, ["Beteiligung", "Ehrenamt"]);
        assert_eq!(draft.de.title, "Titel");
        assert_eq!(draft.de.body, "Text\nmit Zeilen.");
        assert_eq!(draft.related, ["anderer"]);
        assert_eq!(draft.en, None);
        // The form shows the draft again as it was.
        let again = DraftForm::of(&draft, 3);
        assert_eq!(again.check(&authors(), &["anderer".to_owned()]).unwrap(), draft);
        assert_eq!(again.base_revision, 3);
    }

    #[test]
    fn every_missing_or_unknown_part_is_named() {
        let form = DraftForm {
            kind: "roman".into(),
            access: "secret".into(),
            fields: vec!["garten".into()],
            applies_to: vec![],
            authors: vec!["unbekannt".into()],
            related: "fehlt".into(),
            title_de: "x".repeat(TITLE_MAX + 1),
            teaser_de: " ".into(),
            body_de: String::new(),
            note: "n".repeat(NOTE_MAX + 1),
            ..DraftForm::default()
        };
        let errors = form.check(&authors(), &[]).unwrap_err();
        for id in [
            "kind",
            "access-public",
            "fields-management",
            "applies_to-landkreis",
            "authors",
            "related",
            "title_de",
            "teaser_de",
            "body_de",
            "note",
        ] {
            assert!(errors.has(id), "{id}");
        }
    }

    #[test]
    fn an_english_text_is_all_or_nothing_and_checklist_steps_must_match() {
        let mut form = valid();
        form.title_en = "Title".into();
        let errors = form.check(&authors(), &["anderer".to_owned()]).unwrap_err();
        assert!(errors.has("teaser_en") && errors.has("body_en"));

        let mut list = valid();
        list.kind = "checkliste".into();
        assert!(
            list.check(&authors(), &["anderer".to_owned()])
                .unwrap_err()
                .has("steps_de")
        );
        list.steps_de = "auftrag | Auftrag holen | Beim Rat\nteam | Team bilden".into();
        list.title_en = "T".into();
        list.teaser_en = "T.".into();
        list.body_en = "B".into();
        list.steps_en = "auftrag | Get a mandate".into();
        assert!(
            list.check(&authors(), &["anderer".to_owned()])
                .unwrap_err()
                .has("steps_en")
        );
        list.steps_en = "auftrag | Get a mandate\nteam | Build a team".into();
        let draft = list.check(&authors(), &["anderer".to_owned()]).unwrap();
        assert_eq!(draft.de.steps[0].hint, "Beim Rat");
        assert_eq!(
            steps_text(&draft.de.steps),
            "auftrag | Auftrag holen | Beim Rat\nteam | Team bilden"
        );
    }

    #[test]
    fn steps_need_unique_slug_ids_and_a_title() {
        assert!(parse_steps("a | A\na | B").is_none());
        assert!(parse_steps("Groß | A").is_none());
        assert!(parse_steps("a |").is_none());
        assert_eq!(parse_steps("\n a | A \n").unwrap().len(), 1);
        let mut form = valid();
        form.steps_de = "a | A".into();
        assert!(
            form.check(&authors(), &["anderer".to_owned()])
                .unwrap_err()
                .has("steps_de"),
            "only checklists have steps"
        );
    }

    #[test]
    fn slugs_must_be_well_formed_free_and_not_reserved() {
        let mut e = FormErrors::default();
        valid().check_slug(&["neuer-beitrag".to_owned()], &mut e);
        assert!(e.has("slug"));
        for slug in ["Groß", "suche", ""] {
            let mut e = FormErrors::default();
            DraftForm {
                slug: slug.into(),
                ..valid()
            }
            .check_slug(&[], &mut e);
            assert!(e.has("slug"), "{slug}");
        }
        let mut e = FormErrors::default();
        valid().check_slug(&[], &mut e);
        assert!(e.is_empty());
    }
}
