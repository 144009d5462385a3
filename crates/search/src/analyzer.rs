//! The text analyzers: words split on anything that is not a letter or digit, very long tokens
//! dropped, lower-cased, stop words removed, stemmed (Snowball), accents folded. The German stemmer
//! reduces "Integrationskonzepte" and "Integrationskonzept" to the same term.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
    TokenStream,
};

/// A language the index analyzes text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
}

impl Lang {
    /// The name under which its analyzer is registered in the index.
    pub fn analyzer_name(self) -> &'static str {
        match self {
            Lang::De => "weltoffen_de",
            Lang::En => "weltoffen_en",
        }
    }

    /// Its analyzer.
    pub fn analyzer(self) -> TextAnalyzer {
        let language = match self {
            Lang::De => Language::German,
            Lang::En => Language::English,
        };
        // Both languages have a stop word list; the empty filter only keeps this total.
        let stop_words = StopWordFilter::new(language).unwrap_or_else(|| StopWordFilter::remove(Vec::new()));
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(64))
            .filter(LowerCaser)
            .filter(stop_words)
            .filter(Stemmer::new(language))
            .filter(AsciiFoldingFilter)
            .build()
    }
}

/// The terms `text` is indexed as in `lang`, in order.
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    let mut analyzer = lang.analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The words of a query, split as the tokenizer splits text.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_plural_and_singular_meet() {
        assert_eq!(
            terms(Lang::De, "Integrationskonzepte"),
            terms(Lang::De, "Integrationskonzept")
        );
        assert_eq!(terms(Lang::De, "Kommunen"), terms(Lang::De, "Kommune"));
        assert_eq!(terms(Lang::De, "Bürgermeisterinnen").len(), 1);
    }

    #[test]
    fn german_stop_words_are_dropped() {
        assert_eq!(terms(Lang::De, "die und der"), Vec::<String>::new());
        assert_eq!(terms(Lang::De, "Dialog mit den Bürgern").len(), 2);
    }

    #[test]
    fn english_is_stemmed_as_english() {
        assert_eq!(terms(Lang::En, "municipalities"), terms(Lang::En, "municipality"));
        assert_eq!(terms(Lang::En, "the of and"), Vec::<String>::new());
    }

    #[test]
    fn words_split_like_the_tokenizer() {
        let w: Vec<_> = words("Selbstcheck-Workshop,  Beirat ").collect();
        assert_eq!(w, ["Selbstcheck", "Workshop", "Beirat"]);
    }
}
