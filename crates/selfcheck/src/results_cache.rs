//! Results of closed rounds, kept in memory. A closed round's answers cannot change (saving and
//! importing re-check the status inside their transaction, and reopening changes the status), so
//! the key — the round and its closing time, the compared round and its closing time, the
//! language — names one immutable result, on every node alike. Reading a round's thousands of
//! answers is what a results page costs; a closed round is read once per process.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use time::OffsetDateTime;
use uuid::Uuid;

use crate::results::RoundResults;
use crate::store::RoundRow;

/// Entries before the cache starts over (a few hundred KB each at most).
const CAPACITY: usize = 256;

/// What a cached result is the result of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    round: Uuid,
    closed_at: OffsetDateTime,
    previous: Option<(Uuid, Option<OffsetDateTime>)>,
    locale: &'static str,
}

impl Key {
    /// The key of a round's results, or `None` while the round is open (its results still change).
    pub fn of(round: &RoundRow, previous: Option<&RoundRow>, locale: &'static str) -> Option<Key> {
        let closed_at = round.closed_at.filter(|_| !round.is_open())?;
        Some(Key {
            round: round.id,
            closed_at,
            previous: previous.map(|p| (p.id, p.closed_at)),
            locale,
        })
    }
}

static CACHE: LazyLock<Mutex<HashMap<Key, Arc<RoundResults>>>> = LazyLock::new(Default::default);

/// The rendered per-field sections of the results page, by result and by whether the reader may
/// adopt recommendations into the action plan: escaping and translating thousands of strings is
/// what a results page costs once its results are known.
static FIELDS_HTML: LazyLock<Mutex<HashMap<FieldsKey, Arc<str>>>> = LazyLock::new(Default::default);

/// A result and whether the reader may adopt recommendations.
type FieldsKey = (Key, bool);

/// The cached results, if any.
pub fn get(key: &Key) -> Option<Arc<RoundResults>> {
    CACHE.lock().ok()?.get(key).cloned()
}

/// Keeps results; starts over when full, which is simpler than LRU and rare.
pub fn put(key: Key, results: Arc<RoundResults>) {
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= CAPACITY {
            cache.clear();
        }
        cache.insert(key, results);
    }
}

/// The cached per-field sections, if any.
pub fn get_fields_html(key: &Key, can_adopt: bool) -> Option<Arc<str>> {
    FIELDS_HTML.lock().ok()?.get(&(key.clone(), can_adopt)).cloned()
}

/// Keeps rendered per-field sections, like `put`.
pub fn put_fields_html(key: Key, can_adopt: bool, html: Arc<str>) {
    if let Ok(mut cache) = FIELDS_HTML.lock() {
        if cache.len() >= CAPACITY {
            cache.clear();
        }
        cache.insert((key, can_adopt), html);
    }
}

/// Drops a round's entries; called on close and reopen, so that even a reopen, change and close
/// within the same second (closing times are stored to the second) is never served stale here.
pub fn forget(round: Uuid) {
    let unrelated = |key: &Key| key.round != round && key.previous.is_none_or(|(p, _)| p != round);
    if let Ok(mut cache) = CACHE.lock() {
        cache.retain(|key, _| unrelated(key));
    }
    if let Ok(mut cache) = FIELDS_HTML.lock() {
        cache.retain(|(key, _), _| unrelated(key));
    }
}
