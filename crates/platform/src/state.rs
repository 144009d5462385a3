//! The shared state every handler sees.

use std::sync::Arc;

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
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
