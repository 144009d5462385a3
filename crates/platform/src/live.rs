//! Live updates: small "something changed" nudges per topic (a workshop, later a dialogue
//! session), fanned out to this node's server-sent-event clients, which then fetch the fresh state
//! with an ordinary GET.
//!
//! A nudge carries no data, so it can be coalesced: writes only mark their topic, and a flush a few
//! milliseconds later sends one nudge per marked topic, however many writes came in between (200
//! people giving dots at once cause a handful of nudges, not 200). On PostgreSQL each flush also
//! sends one `NOTIFY` per topic, so clients on other nodes hear of writes on this one; SQLite has
//! one node by definition. The state itself always lives in the database, never in a nudge: a
//! client that missed one (a lagging channel, a reconnect) is simply told to refetch.

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::{Notify, broadcast};
use uuid::Uuid;

use crate::db::Db;

/// The PostgreSQL channel that carries nudges between nodes.
const CHANNEL: &str = "weltoffen_live";
/// How long a flush waits after the first write, so that writes arriving together share a nudge.
const COALESCE: Duration = Duration::from_millis(50);
/// How long the listener waits before reconnecting after it lost its connection.
const RECONNECT: Duration = Duration::from_secs(1);
/// Nudges buffered per subscriber; a slower subscriber lags and is told to refetch.
const CAPACITY: usize = 256;
/// The topic that tells every subscriber to refetch (after the listener reconnected).
const EVERY_TOPIC: &str = "*";

/// This node's live bus, held in the application state.
pub struct LiveBus {
    shared: Arc<Shared>,
    wake: Arc<Notify>,
}

struct Shared {
    /// Identifies this node's notifications, so the listener skips its own.
    node: String,
    sender: broadcast::Sender<Arc<str>>,
    pending: Mutex<BTreeSet<String>>,
    flusher_started: AtomicBool,
    listener_started: AtomicBool,
    postgres: Option<PgPool>,
}

impl LiveBus {
    /// A bus for the database's backend; its tasks start on first use.
    pub fn new(db: &Db) -> LiveBus {
        let (sender, _) = broadcast::channel(CAPACITY);
        let postgres = match db {
            Db::Postgres(pool) => Some(pool.clone()),
            Db::Sqlite(_) => None,
        };
        LiveBus {
            shared: Arc::new(Shared {
                node: Uuid::now_v7().simple().to_string(),
                sender,
                pending: Mutex::new(BTreeSet::new()),
                flusher_started: AtomicBool::new(false),
                listener_started: AtomicBool::new(false),
                postgres,
            }),
            wake: Arc::new(Notify::new()),
        }
    }

    /// Marks `topic` as changed; its subscribers on every node hear of it within a few
    /// milliseconds. Call it after the write committed, so a refetch sees the write.
    pub fn nudge(&self, topic: &str) {
        if let Ok(mut pending) = self.shared.pending.lock() {
            pending.insert(topic.to_owned());
        }
        if !self.shared.flusher_started.swap(true, Ordering::AcqRel) {
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                runtime.spawn(flush_loop(Arc::downgrade(&self.shared), self.wake.clone()));
            } else {
                self.shared.flusher_started.store(false, Ordering::Release);
                return;
            }
        }
        self.wake.notify_one();
    }

    /// Subscribes to nudges of `topic`.
    pub fn subscribe(&self, topic: &str) -> LiveSubscription {
        if let Some(pool) = &self.shared.postgres
            && !self.shared.listener_started.swap(true, Ordering::AcqRel)
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(listen_loop(Arc::downgrade(&self.shared), pool.clone()));
        }
        LiveSubscription {
            topic: topic.into(),
            receiver: self.shared.sender.subscribe(),
        }
    }

    /// How many subscriptions are open on this node (for metrics and tests).
    pub fn subscribers(&self) -> usize {
        self.shared.sender.receiver_count()
    }
}

/// One client's subscription to a topic.
pub struct LiveSubscription {
    topic: Arc<str>,
    receiver: broadcast::Receiver<Arc<str>>,
}

impl LiveSubscription {
    /// Waits for the next nudge of the topic; false when the bus is gone.
    pub async fn changed(&mut self) -> bool {
        loop {
            match self.receiver.recv().await {
                Ok(topic) if *topic == *self.topic || &*topic == EVERY_TOPIC => return true,
                Ok(_) => continue,
                // Nudges were dropped: one of them may have been ours, so refetch.
                Err(broadcast::error::RecvError::Lagged(_)) => return true,
                Err(broadcast::error::RecvError::Closed) => return false,
            }
        }
    }
}

/// A server-sent-event stream that sends an event named `changed` once at the start (the state
/// may have changed between the page and the connection) and then on every nudge of the topic.
pub fn sse_response(subscription: LiveSubscription) -> Response {
    let first = futures_util::stream::once(async { Ok::<_, Infallible>(changed_event()) });
    let rest = futures_util::stream::unfold(subscription, |mut subscription| async move {
        subscription
            .changed()
            .await
            .then(|| (Ok::<_, Infallible>(changed_event()), subscription))
    });
    use futures_util::StreamExt as _;
    Sse::new(first.chain(rest))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

fn changed_event() -> Event {
    // Browsers drop an event without a data line, and axum writes none for empty data.
    Event::default().event("changed").data("1")
}

async fn flush_loop(shared: Weak<Shared>, wake: Arc<Notify>) {
    loop {
        wake.notified().await;
        tokio::time::sleep(COALESCE).await;
        let Some(shared) = shared.upgrade() else { return };
        let topics = match shared.pending.lock() {
            Ok(mut pending) => std::mem::take(&mut *pending),
            Err(_) => return,
        };
        for topic in topics {
            // No receivers on this node is not an error.
            let _ = shared.sender.send(topic.as_str().into());
            if let Some(pool) = &shared.postgres {
                let payload = format!("{} {topic}", shared.node);
                if let Err(error) = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(CHANNEL)
                    .bind(payload)
                    .execute(pool)
                    .await
                {
                    tracing::warn!(%error, "live: NOTIFY failed; other nodes refetch on their next nudge");
                }
            }
        }
    }
}

async fn listen_loop(shared: Weak<Shared>, pool: PgPool) {
    loop {
        let mut listener = match PgListener::connect_with(&pool).await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "live: cannot connect the listener; retrying");
                tokio::time::sleep(RECONNECT).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(CHANNEL).await {
            tracing::warn!(%error, "live: LISTEN failed; retrying");
            tokio::time::sleep(RECONNECT).await;
            continue;
        }
        // Whatever happened while we were not listening: everyone refetches.
        match shared.upgrade() {
            Some(shared) => {
                let _ = shared.sender.send(EVERY_TOPIC.into());
            }
            None => return,
        }
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => {
                    let Some(shared) = shared.upgrade() else { return };
                    if let Some((node, topic)) = notification.payload().split_once(' ')
                        && node != shared.node
                    {
                        let _ = shared.sender.send(topic.into());
                    }
                }
                // The connection was lost; sqlx reconnects on the next call, and the missed
                // notifications are covered by telling everyone to refetch.
                Ok(None) => match shared.upgrade() {
                    Some(shared) => {
                        let _ = shared.sender.send(EVERY_TOPIC.into());
                    }
                    None => return,
                },
                Err(error) => {
                    tracing::warn!(%error, "live: listener failed; reconnecting");
                    tokio::time::sleep(RECONNECT).await;
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite_bus() -> LiveBus {
        let (sender, _) = broadcast::channel(CAPACITY);
        LiveBus {
            shared: Arc::new(Shared {
                node: "test".into(),
                sender,
                pending: Mutex::new(BTreeSet::new()),
                flusher_started: AtomicBool::new(false),
                listener_started: AtomicBool::new(false),
                postgres: None,
            }),
            wake: Arc::new(Notify::new()),
        }
    }

    #[tokio::test]
    async fn a_subscriber_hears_its_topic_and_not_others() {
        let bus = sqlite_bus();
        let mut mine = bus.subscribe("workshop:1");
        bus.nudge("workshop:2");
        bus.nudge("workshop:1");
        let heard = tokio::time::timeout(Duration::from_secs(2), mine.changed()).await;
        assert_eq!(heard.ok(), Some(true));
        // Only one nudge for topic 1 was sent, so nothing else is waiting.
        let more = tokio::time::timeout(Duration::from_millis(200), mine.changed()).await;
        assert!(more.is_err(), "a second nudge arrived");
    }

    #[tokio::test]
    async fn many_writes_in_a_burst_make_one_nudge() {
        let bus = sqlite_bus();
        let mut subscription = bus.subscribe("w");
        for _ in 0..200 {
            bus.nudge("w");
        }
        let first = tokio::time::timeout(Duration::from_secs(2), subscription.changed()).await;
        assert_eq!(first.ok(), Some(true));
        let second = tokio::time::timeout(Duration::from_millis(200), subscription.changed()).await;
        assert!(second.is_err(), "the burst was not coalesced");
    }
}
