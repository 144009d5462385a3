//! The shipped magazine content (`content/knowledge/`): authors and articles in Markdown with TOML
//! front matter, parsed and validated. Every error names the file and the line.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use time::Date;
use toml::Spanned;
use weltoffen_platform::content::{ContentError, line_of, toml_error};
use weltoffen_platform::fields::is_field;
use weltoffen_platform::municipalities::model::MunicipalityType;

use crate::model::{Access, ArticleType, TEASER_MAX, is_valid_slug};

/// An author with a short bio.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Stable id.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// Short bio.
    pub bio: Bio,
}

/// A bio in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bio {
    /// German.
    pub de: String,
    /// English.
    pub en: String,
}

/// A step of a checklist.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable within the article: a municipality's ticks refer to it.
    pub id: String,
    /// What to do.
    pub title: String,
    /// A hint on how.
    #[serde(default)]
    pub hint: String,
}

/// An article's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    /// Title.
    pub title: String,
    /// Teaser.
    pub teaser: String,
    /// Body in Markdown.
    pub body: String,
    /// A checklist's steps.
    pub steps: Vec<Step>,
}

/// A shipped article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShippedArticle {
    /// Slug.
    pub slug: String,
    /// Type.
    pub kind: ArticleType,
    /// Fields of action.
    pub fields: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Municipality types it suits.
    pub applies_to: Vec<MunicipalityType>,
    /// Author ids.
    pub authors: Vec<String>,
    /// Publication date.
    pub published_at: Date,
    /// Who may read it.
    pub access: Access,
    /// Related slugs.
    pub related: Vec<String>,
    /// German text.
    pub de: ArticleText,
    /// English text, if any.
    pub en: Option<ArticleText>,
}

/// The whole shipped content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// Authors.
    pub authors: Vec<Author>,
    /// Articles, by slug.
    pub articles: Vec<ShippedArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthors {
    author: Vec<Author>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGerman {
    #[serde(rename = "type")]
    kind: Spanned<String>,
    title: Spanned<String>,
    teaser: Spanned<String>,
    fields: Spanned<Vec<String>>,
    #[serde(default)]
    topics: Vec<String>,
    applies_to: Option<Spanned<Vec<String>>>,
    authors: Spanned<Vec<String>>,
    published_at: Spanned<String>,
    access: Option<Spanned<String>>,
    related: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    steps: Vec<Spanned<Step>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnglish {
    title: Spanned<String>,
    teaser: Spanned<String>,
    #[serde(default)]
    steps: Vec<Spanned<Step>>,
}

/// A file split into its front matter (with the line it starts on) and its body.
struct Split<'a> {
    front: &'a str,
    front_line: usize,
    body: &'a str,
}

fn split<'a>(file: &str, text: &'a str) -> Result<Split<'a>, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| ContentError::new(file, 1, "the file must start with a line +++ (front matter)"))?;
    let end = rest
        .find("\n+++\n")
        .or_else(|| rest.strip_suffix("\n+++").map(str::len))
        .or_else(|| rest.find("\r\n+++\r\n"))
        .ok_or_else(|| ContentError::new(file, 1, "the front matter is not closed by a line +++"))?;
    let front = &rest[..=end];
    let after = &rest[end + 1..];
    let body = after
        .strip_prefix("+++\r\n")
        .or_else(|| after.strip_prefix("+++\n"))
        .or_else(|| after.strip_prefix("+++"))
        .unwrap_or(after);
    Ok(Split {
        front,
        front_line: 2,
        body,
    })
}

/// Parses the authors file and the article files (name, text).
pub fn parse(authors_text: &str, files: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let authors = match toml::from_str::<RawAuthors>(authors_text) {
        Ok(raw) => raw.author,
        Err(e) => {
            errors.push(toml_error("authors.toml", authors_text, 1, &e));
            Vec::new()
        }
    };
    let mut author_ids = HashSet::new();
    for a in &authors {
        let line = authors_text
            .find(&format!("id = \"{}\"", a.id))
            .map_or(0, |at| line_of(authors_text, at));
        if !is_valid_slug(&a.id) {
            errors.push(ContentError::new(
                "authors.toml",
                line,
                format!("author id {:?} must be lower-case ASCII with hyphens", a.id),
            ));
        }
        if !author_ids.insert(a.id.as_str()) {
            errors.push(ContentError::new(
                "authors.toml",
                line,
                format!("author id {:?} is used twice", a.id),
            ));
        }
        if a.name.trim().is_empty() || a.bio.de.trim().is_empty() || a.bio.en.trim().is_empty() {
            errors.push(ContentError::new(
                "authors.toml",
                line,
                format!("author {:?} needs a name and a bio in de and en", a.id),
            ));
        }
    }

    // The German files define the articles; English files are versions of them.
    let mut german: Vec<(&str, &str, &str)> = Vec::new();
    let mut english: HashMap<&str, (&str, &str)> = HashMap::new();
    for (name, text) in files {
        let (slug, lang) = match name.strip_suffix(".de.md") {
            Some(slug) => (slug, "de"),
            None => match name.strip_suffix(".en.md") {
                Some(slug) => (slug, "en"),
                None => {
                    errors.push(ContentError::new(
                        name,
                        0,
                        "an article file is named <slug>.de.md or <slug>.en.md",
                    ));
                    continue;
                }
            },
        };
        if !is_valid_slug(slug) {
            errors.push(ContentError::new(
                name,
                0,
                format!("slug {slug:?} must be lower-case ASCII letters, digits and hyphens"),
            ));
            continue;
        }
        if lang == "de" {
            german.push((name, slug, text));
        } else {
            english.insert(slug, (name, text));
        }
    }
    let slugs: HashSet<&str> = german.iter().map(|(_, slug, _)| *slug).collect();
    for (slug, (name, _)) in &english {
        if !slugs.contains(slug) {
            errors.push(ContentError::new(
                name,
                0,
                format!("there is no German article {slug}.de.md for this English version"),
            ));
        }
    }

    let mut articles = Vec::new();
    for (name, slug, text) in german {
        let Some(article) = parse_german(name, slug, text, &author_ids, &slugs, &mut errors) else {
            continue;
        };
        let en = english
            .get(slug)
            .and_then(|(en_name, en_text)| parse_english(en_name, en_text, &article.de.steps, &mut errors));
        articles.push(ShippedArticle { en, ..article });
    }
    articles.sort_by(|a, b| a.slug.cmp(&b.slug));
    if errors.is_empty() {
        Ok(Content { authors, articles })
    } else {
        Err(errors)
    }
}

fn parse_german(
    name: &str,
    slug: &str,
    text: &str,
    author_ids: &HashSet<&str>,
    slugs: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Option<ShippedArticle> {
    let parts = split(name, text).map_err(|e| errors.push(e)).ok()?;
    let raw: RawGerman = toml::from_str(parts.front)
        .map_err(|e| errors.push(toml_error(name, parts.front, parts.front_line, &e)))
        .ok()?;
    let at = |span: std::ops::Range<usize>| line_of(parts.front, span.start) + parts.front_line - 1;
    let mut err = |line: usize, message: String| errors.push(ContentError::new(name, line, message));

    let kind = ArticleType::parse(raw.kind.get_ref());
    if kind.is_none() {
        err(
            at(raw.kind.span()),
            format!(
                "unknown type {:?}; known: leitartikel, gastbeitrag, interview, praxistipp, checkliste, praxisbericht",
                raw.kind.get_ref()
            ),
        );
    }
    check_title_and_teaser(&raw.title, &raw.teaser, &at, &mut err);
    if raw.fields.get_ref().is_empty() {
        err(
            at(raw.fields.span()),
            "an article needs at least one field of action".into(),
        );
    }
    for f in raw.fields.get_ref() {
        if !is_field(f) {
            err(at(raw.fields.span()), format!("unknown field of action {f:?}"));
        }
    }
    let applies_to = match &raw.applies_to {
        None => MunicipalityType::ALL.to_vec(),
        Some(codes) => {
            let mut types = Vec::new();
            for code in codes.get_ref() {
                match MunicipalityType::parse(code) {
                    Some(t) => types.push(t),
                    None => err(at(codes.span()), format!("unknown municipality type {code:?}")),
                }
            }
            if types.is_empty() {
                err(at(codes.span()), "applies_to must name at least one type".into());
            }
            types
        }
    };
    if raw.authors.get_ref().is_empty() {
        err(at(raw.authors.span()), "an article needs at least one author".into());
    }
    for a in raw.authors.get_ref() {
        if !author_ids.contains(a.as_str()) {
            err(
                at(raw.authors.span()),
                format!("unknown author {a:?} (see authors.toml)"),
            );
        }
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let published_at = Date::parse(raw.published_at.get_ref(), format)
        .map_err(|_| {
            err(
                at(raw.published_at.span()),
                format!(
                    "published_at {:?} must be a date like 2026-03-12",
                    raw.published_at.get_ref()
                ),
            )
        })
        .ok();
    let access = match &raw.access {
        None => Some(Access::Public),
        Some(code) => {
            let access = Access::parse(code.get_ref());
            if access.is_none() {
                err(
                    at(code.span()),
                    format!(
                        "unknown access {:?}; known: public, on_request, members",
                        code.get_ref()
                    ),
                );
            }
            access
        }
    };
    if let Some(related) = &raw.related {
        for r in related.get_ref() {
            if r == slug || !slugs.contains(r.as_str()) {
                err(
                    at(related.span()),
                    format!("related article {r:?} does not exist (or is this article)"),
                );
            }
        }
    }
    let is_checklist = kind == Some(ArticleType::Checkliste);
    if is_checklist && raw.steps.is_empty() {
        err(at(raw.kind.span()), "a checklist needs [[steps]]".into());
    }
    if !is_checklist && !raw.steps.is_empty() {
        err(at(raw.steps[0].span()), "only a checklist has [[steps]]".into());
    }
    let mut step_ids = HashSet::new();
    for step in &raw.steps {
        let s = step.get_ref();
        if !is_valid_slug(&s.id) || !step_ids.insert(s.id.clone()) {
            err(
                at(step.span()),
                format!("step id {:?} must be unique, lower-case ASCII with hyphens", s.id),
            );
        }
        if s.title.trim().is_empty() {
            err(at(step.span()), format!("step {:?} needs a title", s.id));
        }
    }
    if parts.body.trim().is_empty() {
        err(
            parts.front_line + parts.front.lines().count() + 1,
            "the article has no body".into(),
        );
    }
    Some(ShippedArticle {
        slug: slug.to_owned(),
        kind: kind?,
        fields: raw.fields.into_inner(),
        topics: raw.topics,
        applies_to,
        authors: raw.authors.into_inner(),
        published_at: published_at?,
        access: access?,
        related: raw.related.map(Spanned::into_inner).unwrap_or_default(),
        de: ArticleText {
            title: raw.title.into_inner(),
            teaser: raw.teaser.into_inner(),
            body: parts.body.to_owned(),
            steps: raw.steps.into_iter().map(Spanned::into_inner).collect(),
        },
        en: None,
    })
}

fn check_title_and_teaser(
    title: &Spanned<String>,
    teaser: &Spanned<String>,
    at: &impl Fn(std::ops::Range<usize>) -> usize,
    err: &mut impl FnMut(usize, String),
) {
    if title.get_ref().trim().is_empty() {
        err(at(title.span()), "the title must not be empty".into());
    }
    let teaser_chars = teaser.get_ref().chars().count();
    if teaser.get_ref().trim().is_empty() || teaser_chars > TEASER_MAX {
        err(
            at(teaser.span()),
            format!("the teaser needs 1 to {TEASER_MAX} characters, not {teaser_chars}"),
        );
    }
}

fn parse_english(name: &str, text: &str, german_steps: &[Step], errors: &mut Vec<ContentError>) -> Option<ArticleText> {
    let parts = split(name, text).map_err(|e| errors.push(e)).ok()?;
    let raw: RawEnglish = toml::from_str(parts.front)
        .map_err(|e| errors.push(toml_error(name, parts.front, parts.front_line, &e)))
        .ok()?;
    let at = |span: std::ops::Range<usize>| line_of(parts.front, span.start) + parts.front_line - 1;
    let before = errors.len();
    let mut err = |line: usize, message: String| errors.push(ContentError::new(name, line, message));
    check_title_and_teaser(&raw.title, &raw.teaser, &at, &mut err);
    let ids: Vec<&str> = raw.steps.iter().map(|s| s.get_ref().id.as_str()).collect();
    let german_ids: Vec<&str> = german_steps.iter().map(|s| s.id.as_str()).collect();
    if ids != german_ids {
        err(
            at(raw.title.span()),
            format!("the steps must have the German file's ids in its order: {german_ids:?}"),
        );
    }
    for step in &raw.steps {
        if step.get_ref().title.trim().is_empty() {
            err(at(step.span()), format!("step {:?} needs a title", step.get_ref().id));
        }
    }
    if parts.body.trim().is_empty() {
        err(0, "the article has no body".into());
    }
    (errors.len() == before).then(|| ArticleText {
        title: raw.title.into_inner(),
        teaser: raw.teaser.into_inner(),
        body: parts.body.to_owned(),
        steps: raw.steps.into_iter().map(Spanned::into_inner).collect(),
    })
}

mod shipped_files {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// Parses the content shipped with this build.
pub fn shipped() -> Result<Content, Vec<ContentError>> {
    parse(shipped_files::AUTHORS_FILE, shipped_files::ARTICLE_FILES)
}

/// Reads and parses the content from a folder on disk (for `weltoffen check-content`).
pub fn load_dir(dir: &std::path::Path) -> Result<Content, Vec<ContentError>> {
    let io = |name: &str, e: std::io::Error| vec![ContentError::new(name, 0, e.to_string())];
    let authors = std::fs::read_to_string(dir.join("authors.toml")).map_err(|e| io("authors.toml", e))?;
    let mut files: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(dir.join("articles")).map_err(|e| io("articles", e))? {
        let entry = entry.map_err(|e| io("articles", e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            let text = std::fs::read_to_string(entry.path()).map_err(|e| io(&name, e))?;
            files.push((format!("articles/{name}"), text));
        }
    }
    files.sort();
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.strip_prefix("articles/").unwrap_or(n), t.as_str()))
        .collect();
    parse(&authors, &borrowed).map_err(|errors| {
        errors
            .into_iter()
            .map(|mut e| {
                if e.file != "authors.toml" {
                    e.file = format!("articles/{}", e.file);
                }
                e
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUTHORS: &str = "[[author]]\nid = \"redaktion\"\nname = \"Redaktion\"\nbio.de = \"B\"\nbio.en = \"B\"\n";

    fn article(front_extra: &str) -> String {
        format!(
            "+++\ntype = \"leitartikel\"\ntitle = \"T\"\nteaser = \"Kurz.\"\nfields = [\"management\"]\nauthors = [\"redaktion\"]\npublished_at = \"2026-03-12\"\n{front_extra}+++\n\n## Text\n\nInhalt.\n"
        )
    }

    #[test]
    fn a_valid_article_with_an_english_version_parses() {
        let de = article("related = [\"b\"]\n");
        let b = article("");
        let en = "+++\ntitle = \"T\"\nteaser = \"Short.\"\n+++\nBody.\n";
        let content = parse(AUTHORS, &[("a.de.md", &de), ("a.en.md", en), ("b.de.md", &b)]).unwrap();
        assert_eq!(content.articles.len(), 2);
        let a = &content.articles[0];
        assert_eq!(a.slug, "a");
        assert_eq!(a.related, vec!["b"]);
        assert_eq!(a.applies_to.len(), 3);
        assert!(a.de.body.starts_with("\n## Text"));
        assert_eq!(a.en.as_ref().unwrap().title, "T");
    }

    #[test]
    fn errors_name_file_and_line() {
        let de = article("access = \"geheim\"\nrelated = [\"fehlt\"]\n").replace("\"management\"", "\"garten\"");
        let errors = parse(AUTHORS, &[("a.de.md", &de)]).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            text.contains(&"a.de.md:5: unknown field of action \"garten\"".to_owned()),
            "{text:?}"
        );
        assert!(
            text.iter().any(|e| e.starts_with("a.de.md:8: unknown access")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|e| e.starts_with("a.de.md:9: related article \"fehlt\"")),
            "{text:?}"
        );
    }

    #[test]
    fn checklists_need_steps_and_english_steps_must_match() {
        let de =
            article("[[steps]]\nid = \"auftrag\"\ntitle = \"Auftrag\"\n[[steps]]\nid = \"team\"\ntitle = \"Team\"\n")
                .replace("leitartikel", "checkliste");
        let en = "+++\ntitle = \"T\"\nteaser = \"S.\"\n[[steps]]\nid = \"team\"\ntitle = \"Team\"\n+++\nBody.\n";
        let errors = parse(AUTHORS, &[("c.de.md", &de), ("c.en.md", en)]).unwrap_err();
        assert!(
            errors.iter().any(|e| e.file == "c.en.md" && e.message.contains("ids")),
            "{errors:?}"
        );
        let no_steps = article("").replace("leitartikel", "checkliste");
        let errors = parse(AUTHORS, &[("c.de.md", &no_steps)]).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.message.contains("needs [[steps]]") && e.line == 2),
            "{errors:?}"
        );
    }

    #[test]
    fn bad_files_are_reported() {
        let errors = parse(
            AUTHORS,
            &[
                ("x.md", "a"),
                ("Gross.de.md", "a"),
                ("y.de.md", "kein front matter"),
                ("z.en.md", "+++\ntitle=\"t\"\nteaser=\"t\"\n+++\nb"),
            ],
        )
        .unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
        let long = article("").replace("Kurz.", &"x".repeat(301));
        let errors = parse(AUTHORS, &[("a.de.md", &long)]).unwrap_err();
        assert!(
            errors[0].message.contains("teaser") && errors[0].line == 4,
            "{errors:?}"
        );
        let unknown_key = article("autor = \"x\"\n");
        let errors = parse(AUTHORS, &[("a.de.md", &unknown_key)]).unwrap_err();
        assert_eq!(errors[0].line, 8, "{errors:?}");
    }

    #[test]
    fn the_shipped_content_is_valid() {
        let content = shipped()
            .unwrap_or_else(|e| panic!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
        assert!(content.authors.iter().any(|a| a.id == "redaktion"));
    }
}
