//! What can go wrong in the index.

/// An error of the index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A thread panicked while it held the index writer.
    #[error("search index: the writer was poisoned")]
    Poisoned,
}

/// A result of the index.
pub type SearchResult<T> = Result<T, SearchError>;
