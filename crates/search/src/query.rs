//! Searching: a query's words must each occur in an article (title, topics, teaser or a body the
//! reader may read); titles weigh most. The last word also matches as a prefix while it is being
//! typed. Facet counts are over all matches; snippets come from the teaser where it matches,
//! otherwise from the body where the reader may read it.

use std::collections::HashMap;
use std::ops::Bound;

use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhrasePrefixQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

use crate::analyzer::{Lang, terms, words};
use crate::error::SearchResult;
use crate::index::{ArticleIndex, FIELD, Fields, MUNICIPALITY_TYPE, TYPE, TextFields, facet};

/// Every access level; a reader who may read all needs no filter.
const ACCESS_LEVELS: usize = 3;
/// Prefixes shorter than this would match too much.
const MIN_PREFIX_CHARS: usize = 3;
/// Terms a prefix expands to at most.
const PREFIX_EXPANSIONS: u32 = 50;
/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;

/// What to look for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The words typed; empty lists every article, newest first.
    pub text: &'a str,
    /// Whether the last word is still being typed (it then also matches as a prefix).
    pub typing: bool,
    /// The reader's language; an English reader also finds German texts.
    pub lang: Lang,
    /// Fields of action to keep (any of them); empty keeps all.
    pub fields: &'a [String],
    /// Types to keep (any of them); empty keeps all.
    pub types: &'a [String],
    /// Municipality types to keep (any of them); empty keeps all.
    pub municipality_types: &'a [String],
    /// Access levels of the articles that may be listed.
    pub listed_access: &'a [&'a str],
    /// Access levels of the articles whose body is searched and quoted.
    pub body_access: &'a [&'a str],
    /// Now, Unix seconds: later publications are not found.
    pub now: i64,
    /// Hits skipped.
    pub offset: usize,
    /// Hits returned at most.
    pub limit: usize,
}

/// A part of a snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    /// Text.
    pub text: String,
    /// Whether it matched the query.
    pub highlighted: bool,
}

/// A found article.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Slug.
    pub slug: String,
    /// Relevance (0 when listed without words).
    pub score: f32,
    /// A passage with the matching words highlighted.
    pub snippet: Vec<SnippetPart>,
    /// The language of the snippet.
    pub snippet_lang: Lang,
}

/// How many matches have one facet value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The value (a field id, type code or municipality type code).
    pub value: String,
    /// Matches.
    pub count: u64,
}

/// Counts per facet over all matches.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    /// By field of action.
    pub fields: Vec<FacetCount>,
    /// By type.
    pub types: Vec<FacetCount>,
    /// By municipality type.
    pub municipality_types: Vec<FacetCount>,
}

/// The answer to a request.
#[derive(Debug, Clone)]
pub struct Results {
    /// All matches.
    pub total: usize,
    /// The requested page of them, best first.
    pub hits: Vec<Hit>,
    /// Counts per facet.
    pub facets: Facets,
    /// Whether the words were all stop words (nothing to search for).
    pub only_stop_words: bool,
}

fn term_query(field: Field, term: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, term),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

/// Any of `values` in a keyword field, without effect on the score.
fn any_of(field: Field, values: &[&str]) -> Box<dyn Query> {
    let clauses = values.iter().map(|v| (Occur::Should, term_query(field, v))).collect();
    Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(clauses)), 0.0))
}

fn any_facet(fields: &Fields, group: &str, values: &[String]) -> Box<dyn Query> {
    let clauses = values
        .iter()
        .map(|v| {
            let term = Term::from_facet(fields.facets, &facet(group, v));
            (
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(clauses)), 0.0))
}

impl ArticleIndex {
    /// Searches the index.
    pub fn search(&self, request: &Request<'_>) -> SearchResult<Results> {
        let searcher = self.reader.searcher();
        let text = self.text_query(request);
        let only_stop_words = text.is_none() && words(request.text).next().is_some();
        if only_stop_words {
            return Ok(Results {
                total: 0,
                hits: Vec::new(),
                facets: Facets::default(),
                only_stop_words,
            });
        }
        let ranked = text.is_some();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.unwrap_or_else(|| Box::new(AllQuery)))];
        let f = &self.fields;
        clauses.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(
                Box::new(RangeQuery::new(
                    Bound::Unbounded,
                    Bound::Included(Term::from_field_i64(f.published_at, request.now)),
                )),
                0.0,
            )),
        ));
        if request.listed_access.len() < ACCESS_LEVELS {
            clauses.push((Occur::Must, any_of(f.access, request.listed_access)));
        }
        for (group, values) in [
            (FIELD, request.fields),
            (TYPE, request.types),
            (MUNICIPALITY_TYPE, request.municipality_types),
        ] {
            if !values.is_empty() {
                clauses.push((Occur::Must, any_facet(f, group, values)));
            }
        }
        let query = BooleanQuery::new(clauses);

        let mut facets = FacetCollector::for_field("facets");
        for group in [FIELD, TYPE, MUNICIPALITY_TYPE] {
            facets.add_facet(tantivy::schema::Facet::from_path([group]));
        }
        let limit = request.limit.max(1);
        let top = TopDocs::with_limit(limit).and_offset(request.offset);
        let (total, addresses, counts) = if ranked {
            let (total, top, counts) = searcher.search(&query, &(Count, top.order_by_score(), facets))?;
            (total, top, counts)
        } else {
            let (total, top, counts) = searcher.search(
                &query,
                &(
                    Count,
                    top.order_by_fast_field::<i64>("published_at", Order::Desc),
                    facets,
                ),
            )?;
            (total, top.into_iter().map(|(_, a)| (0.0, a)).collect(), counts)
        };
        let facet_counts = |group: &str| {
            let mut out: Vec<FacetCount> = counts
                .get(tantivy::schema::Facet::from_path([group]))
                .filter_map(|(facet, count)| {
                    facet.to_path().last().map(|v| FacetCount {
                        value: (*v).to_owned(),
                        count,
                    })
                })
                .collect();
            out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            out
        };
        let facets = Facets {
            fields: facet_counts(FIELD),
            types: facet_counts(TYPE),
            municipality_types: facet_counts(MUNICIPALITY_TYPE),
        };
        let hits = self.hits(&searcher, &query, &addresses, request)?;
        Ok(Results {
            total,
            hits,
            facets,
            only_stop_words,
        })
    }

    /// Each word must match in one of the reader's languages; `None` when no word is left after
    /// stop words (or there were none).
    fn text_query(&self, request: &Request<'_>) -> Option<Box<dyn Query>> {
        let languages: &[Lang] = match request.lang {
            Lang::De => &[Lang::De],
            Lang::En => &[Lang::En, Lang::De],
        };
        let all_words: Vec<&str> = words(request.text).collect();
        let mut musts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, word) in all_words.iter().enumerate() {
            let prefix = request.typing && i + 1 == all_words.len() && word.chars().count() >= MIN_PREFIX_CHARS;
            let mut shoulds: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for lang in languages {
                let fields = self.fields.text(*lang);
                for term in terms(*lang, word) {
                    self.word_clauses(&mut shoulds, fields, &term, request, false);
                    if prefix {
                        self.word_clauses(&mut shoulds, fields, &term, request, true);
                    }
                }
            }
            if !shoulds.is_empty() {
                musts.push((Occur::Must, Box::new(BooleanQuery::new(shoulds))));
            }
        }
        (!musts.is_empty()).then(|| Box::new(BooleanQuery::new(musts)) as Box<dyn Query>)
    }

    fn word_clauses(
        &self,
        out: &mut Vec<(Occur, Box<dyn Query>)>,
        fields: TextFields,
        term: &str,
        request: &Request<'_>,
        prefix: bool,
    ) {
        let make = |field: Field| -> Box<dyn Query> {
            if prefix {
                // A single-term phrase prefix is a bounded range over the term dictionary: cheaper
                // than building an automaton per query.
                let mut query = PhrasePrefixQuery::new(vec![Term::from_field_text(field, term)]);
                query.set_max_expansions(PREFIX_EXPANSIONS);
                Box::new(query)
            } else {
                term_query(field, term)
            }
        };
        // A prefix match counts for less than the whole word.
        let weight = if prefix { 0.5 } else { 1.0 };
        out.push((Occur::Should, boosted(make(fields.title), 4.0 * weight)));
        out.push((Occur::Should, boosted(make(fields.topics), 2.0 * weight)));
        out.push((Occur::Should, boosted(make(fields.teaser), 2.0 * weight)));
        let body = boosted(make(fields.body), weight);
        let body = if request.body_access.len() < ACCESS_LEVELS {
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, body),
                (Occur::Must, any_of(self.fields.access, request.body_access)),
            ])) as Box<dyn Query>
        } else {
            body
        };
        out.push((Occur::Should, body));
    }

    fn hits(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        addresses: &[(f32, DocAddress)],
        request: &Request<'_>,
    ) -> SearchResult<Vec<Hit>> {
        let f = &self.fields;
        let mut generators: HashMap<Field, SnippetGenerator> = HashMap::new();
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            let doc: TantivyDocument = searcher.doc(*address)?;
            let text_of = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let has_en = doc.get_first(f.has_en).and_then(|v| v.as_bool()).unwrap_or(false);
            let lang = if request.lang == Lang::En && has_en {
                Lang::En
            } else {
                Lang::De
            };
            let fields = f.text(lang);
            let access = text_of(f.access);
            // The teaser first: it is short (tokenizing a whole body for its passage is the
            // costly part of a search) and, where it matches, the best summary.
            let mut candidates = vec![fields.teaser];
            if request.body_access.contains(&access.as_str()) {
                candidates.push(fields.body);
            }
            let mut snippet = Vec::new();
            for field in candidates {
                let text = text_of(field);
                let generator = match generators.entry(field) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let mut g = SnippetGenerator::create(searcher, query, field)?;
                        g.set_max_num_chars(SNIPPET_CHARS);
                        e.insert(g)
                    }
                };
                let found = generator.snippet(&text);
                if !found.is_empty() {
                    snippet = parts(found.fragment(), found.highlighted());
                    // Mark where the passage was cut from a longer text.
                    let range = found.fragment_range();
                    if range.start > 0 {
                        snippet.insert(0, plain("… "));
                    }
                    if range.end < text.trim_end().len() {
                        snippet.push(plain(" …"));
                    }
                    break;
                }
            }
            if snippet.is_empty() {
                snippet = vec![SnippetPart {
                    text: text_of(fields.teaser),
                    highlighted: false,
                }];
            }
            hits.push(Hit {
                slug: text_of(f.slug),
                score: *score,
                snippet,
                snippet_lang: lang,
            });
        }
        Ok(hits)
    }
}

fn plain(text: &str) -> SnippetPart {
    SnippetPart {
        text: text.to_owned(),
        highlighted: false,
    }
}

/// Splits a fragment at its highlighted ranges.
fn parts(fragment: &str, highlighted: &[std::ops::Range<usize>]) -> Vec<SnippetPart> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut ranges = highlighted.to_vec();
    ranges.sort_by_key(|r| r.start);
    for range in ranges {
        if range.start < at || range.end > fragment.len() {
            continue;
        }
        if range.start > at {
            out.push(SnippetPart {
                text: fragment[at..range.start].to_owned(),
                highlighted: false,
            });
        }
        out.push(SnippetPart {
            text: fragment[range.clone()].to_owned(),
            highlighted: true,
        });
        at = range.end;
    }
    if at < fragment.len() {
        out.push(SnippetPart {
            text: fragment[at..].to_owned(),
            highlighted: false,
        });
    }
    out
}

#[cfg(test)]
mod tests;
