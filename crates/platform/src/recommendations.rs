//! Articles recommended to a municipality. The Selbstcheck knows why (the weakest fields of its
//! last round), the magazine shows them; neither imports the other. The binary registers the
//! Selbstcheck's source at start; without one there are no recommendations.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use crate::error::AppResult;
use crate::municipalities::store::MunicipalityRow;
use crate::state::AppState;

/// What a municipality is recommended to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recommendation {
    /// The fields of action it was chosen for (field ids, weakest first).
    pub fields: Vec<String>,
    /// Article slugs, most fitting first (unpublished ones are left out by the reader).
    pub articles: Vec<String>,
}

/// The future a source returns.
pub type RecommendationFuture<'a> = Pin<Box<dyn Future<Output = AppResult<Option<Recommendation>>> + Send + 'a>>;

/// A source of recommendations: `None` when it has nothing to go by (no finished Selbstcheck).
pub type Source = for<'a> fn(&'a AppState, &'a MunicipalityRow) -> RecommendationFuture<'a>;

static SOURCE: OnceLock<Source> = OnceLock::new();

/// Registers the source; the first registration wins.
pub fn register(source: Source) {
    let _ = SOURCE.set(source);
}

/// The recommendation for `municipality`, `None` without a source or without grounds.
pub async fn for_municipality(state: &AppState, municipality: &MunicipalityRow) -> AppResult<Option<Recommendation>> {
    match SOURCE.get() {
        Some(source) => source(state, municipality).await,
        None => Ok(None),
    }
}
