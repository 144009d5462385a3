//! The index of the magazine's articles: one document per article with its German text and, where
//! there is one, its English text. It is held in memory and derived from the database: built at
//! start and updated from the change table, so it can always be thrown away.

use std::sync::Mutex;

use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::analyzer::Lang;
use crate::error::SearchResult;

/// An article as the index sees it.
#[derive(Debug, Clone)]
pub struct ArticleDoc {
    /// The article's id (its database key as text).
    pub id: String,
    /// Slug.
    pub slug: String,
    /// Type code.
    pub kind: String,
    /// Access code (`public`, `members`, `on_request`).
    pub access: String,
    /// Fields of action.
    pub fields: Vec<String>,
    /// Municipality types it suits.
    pub municipality_types: Vec<String>,
    /// Publication time, Unix seconds; an article is found from then on.
    pub published_at: i64,
    /// German text.
    pub de: ArticleText,
    /// English text, when there is one.
    pub en: Option<ArticleText>,
}

/// One language's text of an article, plain (no markup).
#[derive(Debug, Clone, Default)]
pub struct ArticleText {
    /// Title.
    pub title: String,
    /// Teaser.
    pub teaser: String,
    /// Topics, separated by anything.
    pub topics: String,
    /// Body as plain text.
    pub body: String,
}

/// The fields of one language's text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextFields {
    pub title: Field,
    pub teaser: Field,
    pub topics: Field,
    pub body: Field,
}

/// Every field of the schema.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub id: Field,
    pub slug: Field,
    pub access: Field,
    pub facets: Field,
    pub published_at: Field,
    pub has_en: Field,
    pub de: TextFields,
    pub en: TextFields,
}

impl Fields {
    pub fn text(&self, lang: Lang) -> TextFields {
        match lang {
            Lang::De => self.de,
            Lang::En => self.en,
        }
    }
}

/// The facet of a field of action, a type or a municipality type.
pub(crate) fn facet(group: &str, value: &str) -> Facet {
    Facet::from_path([group, value])
}

/// Facet groups.
pub(crate) const FIELD: &str = "field";
pub(crate) const TYPE: &str = "type";
pub(crate) const MUNICIPALITY_TYPE: &str = "mtype";

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |lang: Lang, stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(lang.analyzer_name())
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored { options.set_stored() } else { options }
    };
    let mut text_fields = |lang: Lang, suffix: &str| TextFields {
        title: builder.add_text_field(&format!("title_{suffix}"), text(lang, false)),
        // Teaser and body are stored for the snippets.
        teaser: builder.add_text_field(&format!("teaser_{suffix}"), text(lang, true)),
        topics: builder.add_text_field(&format!("topics_{suffix}"), text(lang, false)),
        body: builder.add_text_field(&format!("body_{suffix}"), text(lang, true)),
    };
    let de = text_fields(Lang::De, "de");
    let en = text_fields(Lang::En, "en");
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        slug: builder.add_text_field("slug", STORED),
        access: builder.add_text_field("access", STRING | STORED),
        facets: builder.add_facet_field("facets", FacetOptions::default()),
        published_at: builder.add_i64_field("published_at", INDEXED | FAST),
        has_en: builder.add_bool_field("has_en", STORED),
        de,
        en,
    };
    (builder.build(), fields)
}

/// The search index of the magazine.
pub struct ArticleIndex {
    index: Index,
    pub(crate) reader: IndexReader,
    /// One writer at a time; it exists only while writing, so an idle node keeps no indexing
    /// thread or memory arena.
    writing: Mutex<()>,
    pub(crate) fields: Fields,
}

/// The indexing memory: tantivy's minimum for one thread is 15 MB.
const WRITER_MEMORY: usize = 15_000_000;

impl ArticleIndex {
    /// An empty index in memory.
    pub fn new() -> SearchResult<Self> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        for lang in [Lang::De, Lang::En] {
            index.tokenizers().register(lang.analyzer_name(), lang.analyzer());
        }
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self {
            index,
            reader,
            writing: Mutex::new(()),
            fields,
        })
    }

    /// Replaces everything indexed by `docs`.
    pub fn rebuild(&self, docs: impl IntoIterator<Item = ArticleDoc>) -> SearchResult<()> {
        let _writing = self.writing.lock().map_err(|_| crate::error::SearchError::Poisoned)?;
        let writer = self.writer()?;
        writer.delete_all_documents()?;
        for doc in docs {
            writer.add_document(self.document(&doc))?;
        }
        self.commit(writer)
    }

    /// Replaces the documents of `changed` and removes those of the article ids in `removed`.
    pub fn update(&self, changed: &[ArticleDoc], removed: &[String]) -> SearchResult<()> {
        let _writing = self.writing.lock().map_err(|_| crate::error::SearchError::Poisoned)?;
        let writer = self.writer()?;
        for id in changed.iter().map(|d| &d.id).chain(removed) {
            writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
        for doc in changed {
            writer.add_document(self.document(doc))?;
        }
        self.commit(writer)
    }

    /// How many articles are indexed.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn writer(&self) -> SearchResult<IndexWriter> {
        Ok(self.index.writer_with_num_threads(1, WRITER_MEMORY)?)
    }

    /// Commits, waits for merges and drops the writer, then shows the new state to searches.
    fn commit(&self, mut writer: IndexWriter) -> SearchResult<()> {
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    fn document(&self, article: &ArticleDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &article.id);
        doc.add_text(f.slug, &article.slug);
        doc.add_text(f.access, &article.access);
        doc.add_facet(f.facets, facet(TYPE, &article.kind));
        for field in &article.fields {
            doc.add_facet(f.facets, facet(FIELD, field));
        }
        for kind in &article.municipality_types {
            doc.add_facet(f.facets, facet(MUNICIPALITY_TYPE, kind));
        }
        doc.add_i64(f.published_at, article.published_at);
        doc.add_bool(f.has_en, article.en.is_some());
        let mut add_text = |fields: TextFields, text: &ArticleText| {
            doc.add_text(fields.title, &text.title);
            doc.add_text(fields.teaser, &text.teaser);
            doc.add_text(fields.topics, &text.topics);
            doc.add_text(fields.body, &text.body);
        };
        add_text(f.de, &article.de);
        if let Some(en) = &article.en {
            add_text(f.en, en);
        }
        doc
    }
}
