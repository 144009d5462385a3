//! The shared state every handler sees.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::db::Db;
use crate::live::LiveBus;
use crate::settings::{Secrets, Settings};

/// Shared, cheaply cloned application state.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// What `AppState` holds.
pub struct Inner {
    /// The database.
    pub db: Db,
    /// The node's settings.
    pub settings: Settings,
    /// The node's secrets.
    pub secrets: Secrets,
    /// Wakes the mail worker when a transaction wrote to the outbox.
    pub mail_wake: tokio::sync::Notify,
    /// Live nudges to server-sent-event clients, across nodes.
    pub live: LiveBus,
    /// Renders Prometheus metrics, when a recorder is installed.
    pub metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    /// Per-state data of the pillars (their caches), one value per type.
    extensions: Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl AppState {
    /// Bundles the parts into a state.
    pub fn new(
        db: Db,
        settings: Settings,
        secrets: Secrets,
        metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    ) -> AppState {
        AppState(Arc::new(Inner {
            live: LiveBus::new(&db),
            db,
            settings,
            secrets,
            mail_wake: tokio::sync::Notify::new(),
            metrics,
            extensions: Mutex::default(),
        }))
    }

    /// The state's value of type `T`, created with `Default` on first use. A pillar keeps what
    /// belongs to one database here rather than in a static, so two states in one process (tests,
    /// a server beside a tool) never share it.
    pub fn extension<T: Any + Default + Send + Sync>(&self) -> Arc<T> {
        let mut map = match self.extensions.lock() {
            Ok(map) => map,
            Err(poisoned) => poisoned.into_inner(),
        };
        let value = map
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()) as Arc<dyn Any + Send + Sync>)
            .clone();
        // The entry for `TypeId::of::<T>()` always holds a `T`.
        value.downcast::<T>().unwrap_or_else(|_| Arc::new(T::default()))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
