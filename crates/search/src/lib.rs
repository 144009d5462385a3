//! The full-text index of weltoffen: the magazine's articles in tantivy, analyzed in German and
//! English, with facets by field of action, type and municipality type and highlighted snippets.
//! It knows nothing of the database; the knowledge pillar builds it at start and feeds it changes.

pub mod analyzer;
pub mod error;
pub mod index;
pub mod query;

pub use analyzer::Lang;
pub use error::{SearchError, SearchResult};
pub use index::{ArticleDoc, ArticleIndex, ArticleText};
pub use query::{FacetCount, Facets, Hit, Request, Results, SnippetPart};
