//! Results of rounds, kept in memory. A closed round's answers cannot change (saving and importing
//! re-check the status inside their transaction, and reopening changes the status), and an open
//! round's answers are the same as long as its revision is (every save and import counts it up in
//! its transaction). So the key — the round and its closing time or revision, the compared round
//! and its closing time, the language — names one immutable result, on every node alike. Reading
//! a round's thousands of answers is what a results page costs; a round is read once per process
//! and change.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use time::OffsetDateTime;
use uuid::Uuid;

use crate::results::RoundResults;
use crate::store::RoundRow;

/// Entries before the cache starts over (a few hundred KB each at most).
const CAPACITY: usize = 256;
/// Rendered field pages before that cache starts over (about 20 KB each).
const FIELD_CAPACITY: usize = 1024;

/// What a cached result is the result of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    round: Uuid,
    version: Version,
    previous: Option<(Uuid, Option<OffsetDateTime>)>,
    locale: &'static str,
}

/// Which state of a round's answers a result belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Version {
    /// A closed round, by its closing time.
    Closed(OffsetDateTime),
    /// An open round, by its revision.
    Open(i64),
}

impl Key {
    /// The key of a closed round's results, or `None` while the round is open.
    pub fn of(round: &RoundRow, previous: Option<&RoundRow>, locale: &'static str) -> Option<Key> {
        let closed_at = round.closed_at.filter(|_| !round.is_open())?;
        Some(Key {
            round: round.id,
            version: Version::Closed(closed_at),
            previous: previous.map(|p| (p.id, p.closed_at)),
            locale,
        })
    }

    /// The key of a round's results at `revision` (read with the round), open or closed.
    pub fn at_revision(round: &RoundRow, previous: Option<&RoundRow>, locale: &'static str, revision: i64) -> Key {
        Key::of(round, previous, locale).unwrap_or(Key {
            round: round.id,
            version: Version::Open(revision),
            previous: previous.map(|p| (p.id, p.closed_at)),
            locale,
        })
    }

    /// True for a key of an older or newer revision of the same open round: once a round has a
    /// newer revision, its older results are never asked for again.
    fn superseded_by(&self, newer: &Key) -> bool {
        self.round == newer.round
            && matches!(newer.version, Version::Open(_))
            && matches!(self.version, Version::Open(_))
            && self.version != newer.version
    }
}

static CACHE: LazyLock<Mutex<HashMap<Key, Arc<RoundResults>>>> = LazyLock::new(Default::default);

/// The rendered body of each field's results page, by result, field and whether the reader may
/// adopt recommendations into the action plan: escaping and translating hundreds of strings is
/// what a field's page costs once its results are known.
static FIELDS_HTML: LazyLock<Mutex<HashMap<FieldKey, Arc<str>>>> = LazyLock::new(Default::default);

/// A result, the position of a field in it, and whether the reader may adopt recommendations.
type FieldKey = (Key, usize, bool);

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
        cache.retain(|k, _| !k.superseded_by(&key));
        cache.insert(key, results);
    }
}

/// The radar charts of a result (wide and compact SVG), by result and the benchmark's values shown
/// in them (as bits, since the benchmark changes apart from the round): drawing two charts with
/// their descriptions is most of what the overview costs once its results are known.
static CHARTS: LazyLock<Mutex<HashMap<ChartKey, Arc<ChartSvgs>>>> = LazyLock::new(Default::default);

/// The wide and the compact chart of a result, as SVG.
pub type ChartSvgs = (String, String);

/// A result and the benchmark's values per field, as `f64::to_bits`.
pub type ChartKey = (Key, Option<Vec<Option<u64>>>);

/// Charts before that cache starts over (about 10 KB each).
const CHART_CAPACITY: usize = 512;

/// The cached charts (wide, compact), if any.
pub fn get_charts(key: &ChartKey) -> Option<Arc<ChartSvgs>> {
    CHARTS.lock().ok()?.get(key).cloned()
}

/// Keeps the charts of a result, like `put`.
pub fn put_charts(key: ChartKey, charts: Arc<ChartSvgs>) {
    if let Ok(mut cache) = CHARTS.lock() {
        if cache.len() >= CHART_CAPACITY {
            cache.clear();
        }
        cache.retain(|(k, _), _| !k.superseded_by(&key.0));
        cache.insert(key, charts);
    }
}

/// The cached body of the field at `field` (its position), if any.
pub fn get_field_html(key: &Key, field: usize, can_adopt: bool) -> Option<Arc<str>> {
    FIELDS_HTML.lock().ok()?.get(&(key.clone(), field, can_adopt)).cloned()
}

/// Keeps the rendered body of a field's page, like `put`.
pub fn put_field_html(key: Key, field: usize, can_adopt: bool, html: Arc<str>) {
    if let Ok(mut cache) = FIELDS_HTML.lock() {
        if cache.len() >= FIELD_CAPACITY {
            cache.clear();
        }
        cache.retain(|(k, _, _), _| !k.superseded_by(&key));
        cache.insert((key, field, can_adopt), html);
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
        cache.retain(|(key, _, _), _| unrelated(key));
    }
    if let Ok(mut cache) = CHARTS.lock() {
        cache.retain(|(key, _), _| unrelated(key));
    }
}
