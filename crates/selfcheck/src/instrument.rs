//! The instrument as authored content: `content/selfcheck/*.toml`, parsed and validated.
//! Every error names the file and the line, so an editor can fix the content without reading code.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;
pub use weltoffen_platform::content::ContentError;
use weltoffen_platform::content::line_of;
use weltoffen_platform::i18n::Locale;
use weltoffen_platform::municipalities::model::MunicipalityType;

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Text {
    /// German.
    #[serde(default)]
    pub de: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::De => &self.de,
            Locale::En => &self.en,
        }
    }
    fn complete(&self) -> bool {
        !self.de.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// One of the three dimensions each field is grouped by.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Dimension {
    /// Stable id (`haltung`, `massnahmen`, `zusammenarbeit`).
    pub id: String,
    /// Title.
    pub title: Text,
}

/// A statement respondents rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable id, `<field>.<slug>`.
    pub id: String,
    /// Dimension id.
    pub dimension: String,
    /// The statement.
    pub text: Text,
    /// What counts, with an example.
    pub explanation: Option<Text>,
    /// Municipality types the statement applies to.
    pub applies_to: Vec<MunicipalityType>,
    /// Weight in the field and dimension scores.
    pub weight: u32,
    /// The next step shown when the statement scores low.
    pub recommendation: Text,
    /// Slugs of knowledge articles.
    pub articles: Vec<String>,
}

impl Item {
    /// True when the statement applies to municipalities of `kind`.
    pub fn applies(&self, kind: MunicipalityType) -> bool {
        self.applies_to.contains(&kind)
    }
}

/// A field of action.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Stable id, e.g. `management`.
    pub id: String,
    /// Position, 1 to 7.
    pub order: u32,
    /// Title.
    pub title: Text,
    /// What the field is about.
    pub intro: Text,
    /// Statements in authored order.
    pub items: Vec<Item>,
}

/// The whole instrument of one version.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    /// Version; a round keeps the version it started with.
    pub version: String,
    /// The dimensions.
    pub dimensions: Vec<Dimension>,
    /// The fields in order.
    pub fields: Vec<Field>,
}

impl Instrument {
    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }
    /// The item with this id, with its field.
    pub fn item(&self, id: &str) -> Option<(&Field, &Item)> {
        self.fields
            .iter()
            .find_map(|f| f.items.iter().find(|i| i.id == id).map(|i| (f, i)))
    }
    /// Number of statements.
    pub fn item_count(&self) -> usize {
        self.fields.iter().map(|f| f.items.len()).sum()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    version: String,
    dimensions: Vec<Dimension>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFieldFile {
    field: RawField,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: Spanned<String>,
    order: u32,
    title: Text,
    intro: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    dimension: String,
    text: Text,
    explanation: Option<Text>,
    applies_to: Option<Vec<String>>,
    weight: Option<i64>,
    recommendation: Text,
    #[serde(default)]
    articles: Vec<String>,
}

/// Fewest and most statements a field may have.
pub const ITEMS_PER_FIELD: std::ops::RangeInclusive<usize> = 12..=20;

fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> ContentError {
    weltoffen_platform::content::toml_error(file, text, 1, e)
}

/// Parses and validates an instrument from `instrument.toml` and the field files (name, text).
pub fn parse(instrument: (&str, &str), field_files: &[(&str, &str)]) -> Result<Instrument, Vec<ContentError>> {
    let mut errors = Vec::new();
    let (name, text) = instrument;
    let raw: Option<RawInstrument> = toml::from_str(text)
        .map_err(|e| errors.push(toml_error(name, text, &e)))
        .ok();
    let (version, dimensions) = match raw {
        Some(r) => (r.version, r.dimensions),
        None => (String::new(), Vec::new()),
    };
    for d in &dimensions {
        if !d.title.complete() {
            errors.push(ContentError {
                file: name.into(),
                line: 0,
                message: format!("dimension {}: title needs de and en", d.id),
            });
        }
    }
    if version.trim().is_empty() && errors.is_empty() {
        errors.push(ContentError {
            file: name.into(),
            line: 1,
            message: "version must not be empty".into(),
        });
    }
    let dimension_ids: HashSet<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();

    let mut fields = Vec::new();
    let mut item_ids = HashSet::new();
    let mut field_ids = HashSet::new();
    let mut orders = HashSet::new();
    for (file, text) in field_files {
        let raw: RawFieldFile = match toml::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                errors.push(toml_error(file, text, &e));
                continue;
            }
        };
        let mut err = |line: usize, message: String| {
            errors.push(ContentError {
                file: (*file).to_owned(),
                line,
                message,
            })
        };
        let field_line = line_of(text, raw.field.id.span().start);
        let field_id = raw.field.id.get_ref().clone();
        if field_id.is_empty() || !field_id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            err(field_line, format!("field id {field_id:?} must be lower-case ASCII"));
        }
        if !field_ids.insert(field_id.clone()) {
            err(field_line, format!("field id {field_id:?} is used twice"));
        }
        if !orders.insert(raw.field.order) {
            err(field_line, format!("field order {} is used twice", raw.field.order));
        }
        if !raw.field.title.complete() || !raw.field.intro.complete() {
            err(field_line, "field title and intro need both de and en".into());
        }
        if !ITEMS_PER_FIELD.contains(&raw.items.len()) {
            err(
                field_line,
                format!("{} statements; a field needs 12 to 20", raw.items.len()),
            );
        }
        let mut items = Vec::new();
        for raw_item in raw.items {
            let line = line_of(text, raw_item.id.span().start);
            let id = raw_item.id.into_inner();
            if !id.starts_with(&format!("{field_id}.")) {
                err(line, format!("item id {id:?} must start with \"{field_id}.\""));
            }
            if !item_ids.insert(id.clone()) {
                err(line, format!("item id {id:?} is used twice"));
            }
            if !dimension_ids.contains(raw_item.dimension.as_str()) {
                err(line, format!("{id}: unknown dimension {:?}", raw_item.dimension));
            }
            if !raw_item.text.complete() {
                err(line, format!("{id}: text needs both de and en"));
            }
            if !raw_item.recommendation.complete() {
                err(line, format!("{id}: recommendation needs both de and en"));
            }
            if raw_item.explanation.as_ref().is_some_and(|e| !e.complete()) {
                err(line, format!("{id}: explanation needs both de and en (or neither)"));
            }
            let applies_to = match raw_item.applies_to {
                None => MunicipalityType::ALL.to_vec(),
                Some(codes) => {
                    let mut types = Vec::new();
                    for code in codes {
                        match MunicipalityType::parse(&code) {
                            Some(t) => types.push(t),
                            None => err(line, format!("{id}: unknown municipality type {code:?}")),
                        }
                    }
                    if types.is_empty() {
                        err(line, format!("{id}: applies_to must name at least one type"));
                    }
                    types
                }
            };
            let weight = raw_item.weight.unwrap_or(1);
            if !(1..=3).contains(&weight) {
                err(line, format!("{id}: weight must be 1, 2 or 3, not {weight}"));
            }
            items.push(Item {
                id,
                dimension: raw_item.dimension,
                text: raw_item.text,
                explanation: raw_item.explanation,
                applies_to,
                weight: u32::try_from(weight.clamp(1, 3)).unwrap_or(1),
                recommendation: raw_item.recommendation,
                articles: raw_item.articles,
            });
        }
        fields.push(Field {
            id: field_id,
            order: raw.field.order,
            title: raw.field.title,
            intro: raw.field.intro,
            items,
        });
    }
    fields.sort_by_key(|f| f.order);
    if errors.is_empty() {
        Ok(Instrument {
            version,
            dimensions,
            fields,
        })
    } else {
        Err(errors)
    }
}

/// The instrument shipped with this build (`content/selfcheck/`).
pub const SHIPPED: [(&str, &str); 8] = [
    (
        "instrument.toml",
        include_str!("../../../content/selfcheck/instrument.toml"),
    ),
    (
        "01-management.toml",
        include_str!("../../../content/selfcheck/01-management.toml"),
    ),
    (
        "02-opening.toml",
        include_str!("../../../content/selfcheck/02-opening.toml"),
    ),
    (
        "03-access.toml",
        include_str!("../../../content/selfcheck/03-access.toml"),
    ),
    ("04-work.toml", include_str!("../../../content/selfcheck/04-work.toml")),
    (
        "05-engagement.toml",
        include_str!("../../../content/selfcheck/05-engagement.toml"),
    ),
    (
        "06-cohesion.toml",
        include_str!("../../../content/selfcheck/06-cohesion.toml"),
    ),
    (
        "07-communication.toml",
        include_str!("../../../content/selfcheck/07-communication.toml"),
    ),
];

/// Parses the shipped instrument.
pub fn shipped() -> Result<Instrument, Vec<ContentError>> {
    parse(SHIPPED[0], &SHIPPED[1..])
}

/// Reads and parses the instrument from a folder on disk (for `weltoffen check-content`).
pub fn load_dir(dir: &std::path::Path) -> Result<Instrument, Vec<ContentError>> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| {
            vec![ContentError {
                file: name.into(),
                line: 0,
                message: e.to_string(),
            }]
        })
    };
    let instrument = read("instrument.toml")?;
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| {
            vec![ContentError {
                file: dir.display().to_string(),
                line: 0,
                message: e.to_string(),
            }]
        })?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".toml") && n.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .collect();
    names.sort();
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| read(n).map(|t| (n.clone(), t)))
        .collect::<Result<_, _>>()?;
    let borrowed: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    parse(("instrument.toml", &instrument), &borrowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIMS: &str = r#"version = "t1"
[[dimensions]]
id = "haltung"
title = { de = "H", en = "A" }
[[dimensions]]
id = "massnahmen"
title = { de = "M", en = "M" }
"#;

    fn field(items: usize, extra: &str) -> String {
        let mut s = String::from(
            "[field]\nid = \"f\"\norder = 1\ntitle = { de = \"F\", en = \"F\" }\nintro = { de = \"I\", en = \"I\" }\n",
        );
        for i in 0..items {
            s.push_str(&format!(
                "\n[[items]]\nid = \"f.i{i}\"\ndimension = \"haltung\"\ntext = {{ de = \"T\", en = \"T\" }}\nrecommendation = {{ de = \"R\", en = \"R\" }}\n"
            ));
        }
        s.push_str(extra);
        s
    }

    #[test]
    fn shipped_instrument_is_valid_with_seven_fields_and_about_a_hundred_and_twenty_items() {
        let instrument =
            shipped().unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        assert_eq!(instrument.fields.len(), 7);
        assert!((100..=130).contains(&instrument.item_count()));
        assert_eq!(instrument.fields[0].id, "management");
        assert_eq!(instrument.dimensions.len(), 3);
        let (_, item) = instrument.item("access.immigration-office-service").unwrap();
        assert!(!item.applies(MunicipalityType::KreisangehoerigeGemeinde));
        assert!(item.applies(MunicipalityType::Landkreis));
    }

    #[test]
    fn valid_minimal_field_parses_with_defaults() {
        let text = field(12, "");
        let i = parse(("instrument.toml", DIMS), &[("01-f.toml", &text)]).unwrap();
        let item = &i.fields[0].items[0];
        assert_eq!(item.weight, 1);
        assert_eq!(item.applies_to.len(), 3);
    }

    #[test]
    fn errors_name_file_and_line_of_the_offending_item() {
        let extra = "\n[[items]]\nid = \"f.i0\"\ndimension = \"nope\"\ntext = { de = \"T\" }\nrecommendation = { de = \"R\", en = \"R\" }\nweight = 7\napplies_to = [\"dorf\"]\n";
        let text = field(12, extra);
        let errors = parse(("instrument.toml", DIMS), &[("01-f.toml", &text)]).unwrap_err();
        let dup_line = text.lines().position(|l| l == "id = \"f.i0\"").unwrap();
        let last_line = text
            .lines()
            .enumerate()
            .filter(|(_, l)| *l == "id = \"f.i0\"")
            .map(|(n, _)| n + 1)
            .last()
            .unwrap();
        assert!(dup_line + 1 < last_line);
        let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        for needle in [
            "used twice",
            "unknown dimension",
            "text needs both",
            "weight must be",
            "unknown municipality type",
        ] {
            assert!(
                errors
                    .iter()
                    .any(|e| e.file == "01-f.toml" && e.line == last_line && e.message.contains(needle)),
                "{needle} at line {last_line}: {messages:?}"
            );
        }
    }

    #[test]
    fn syntax_errors_and_unknown_keys_are_located() {
        let errors = parse(
            ("instrument.toml", DIMS),
            &[("02-x.toml", "[field]\nid = \"x\"\norder = 2\nbogus = 1\n")],
        )
        .unwrap_err();
        assert_eq!(errors[0].file, "02-x.toml");
        assert!(errors[0].line >= 1, "{:?}", errors);
        let errors = parse(("instrument.toml", DIMS), &[("03-y.toml", "[field\n")]).unwrap_err();
        assert_eq!(errors[0].line, 1);
    }

    #[test]
    fn too_few_items_are_refused() {
        let text = field(3, "");
        let errors = parse(("instrument.toml", DIMS), &[("01-f.toml", &text)]).unwrap_err();
        assert!(errors.iter().any(|e| e.message.contains("12 to 20")));
    }
}
