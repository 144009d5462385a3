//! Translations: Fluent files under `locales/<lang>/`, loaded once at compile time.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "de",
        // Unicode isolation marks would end up verbatim in HTML attributes and mails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static DE: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("de"));
static EN: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("en"));

/// A language the platform speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// German, the default.
    #[default]
    De,
    /// English.
    En,
}

impl Locale {
    /// Every supported locale, default first.
    pub const ALL: [Locale; 2] = [Locale::De, Locale::En];

    /// The BCP 47 code (`de`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
        }
    }

    /// Parses a code; anything unknown is `None`.
    pub fn parse(code: &str) -> Option<Locale> {
        match code.trim().get(..2).map(|c| c.to_ascii_lowercase()).as_deref() {
            Some("de") => Some(Locale::De),
            Some("en") => Some(Locale::En),
            _ => None,
        }
    }

    /// The other language, for the language switch.
    pub fn other(self) -> Locale {
        match self {
            Locale::De => Locale::En,
            Locale::En => Locale::De,
        }
    }

    /// The first supported language of an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        header
            .split(',')
            .find_map(|part| Locale::parse(part.split(';').next().unwrap_or("")))
    }

    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::De => &DE,
            Locale::En => &EN,
        }
    }

    /// The message `key` in this language (the key itself when it is missing, which a test forbids).
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.langid(), key)
    }

    /// The message `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), FluentValue::from((*value).to_owned())))
            .collect();
        LOCALES.lookup_with_args(self.langid(), key, &map)
    }

    /// The message `key` with text arguments and number arguments; numbers, unlike text, choose
    /// plural variants (`[one]`, `*[other]`) and match numeric keys such as `[0]`.
    pub fn t_numbers(self, key: &str, texts: &[(&str, &str)], numbers: &[(&str, usize)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> = texts
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), FluentValue::from((*value).to_owned())))
            .collect();
        for (name, value) in numbers {
            map.insert(Cow::Owned((*name).to_owned()), FluentValue::from(*value));
        }
        LOCALES.lookup_with_args(self.langid(), key, &map)
    }

    /// True when the message exists in this language.
    pub fn has(self, key: &str) -> bool {
        LOCALES.try_lookup(self.langid(), key).is_some()
    }
}

/// A date as people write it: `28.11.2026` in German, `28 November 2026` in English.
pub fn format_date(locale: Locale, date: time::Date) -> String {
    match locale {
        Locale::De => format!("{:02}.{:02}.{}", date.day(), u8::from(date.month()), date.year()),
        Locale::En => format!("{} {} {}", date.day(), date.month(), date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let d = time::macros::date!(2026 - 11 - 28);
        assert_eq!(format_date(Locale::De, d), "28.11.2026");
        assert_eq!(format_date(Locale::En, d), "28 November 2026");
    }

    #[test]
    fn locale_parsing_and_accept_language() {
        assert_eq!(Locale::parse("en-GB"), Some(Locale::En));
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(
            Locale::from_accept_language("fr-FR,en;q=0.8,de;q=0.5"),
            Some(Locale::En)
        );
        assert_eq!(Locale::De.other(), Locale::En);
    }
}
