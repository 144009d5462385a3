//! `weltoffen serve`: logging, database, demo seed, mail worker, HTTP server, graceful shutdown.

use std::net::SocketAddr;

use tracing_subscriber::EnvFilter;
use weltoffen_platform::db::Db;
use weltoffen_platform::settings::{Secrets, Settings};
use weltoffen_platform::{AppState, app, demo, mail};

fn init_logging(json: bool) {
    let filter =
        EnvFilter::try_from_env("WELTOFFEN_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // Ignore a second initialisation (tests may call serve twice in one process).
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Starts the platform and serves until SIGINT or SIGTERM.
pub async fn serve(settings: Settings, seed_demo: bool, json_logs: bool) -> Result<(), String> {
    init_logging(json_logs);
    let instrument = weltoffen_selfcheck::instrument::shipped().map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  content/selfcheck/{e}")).collect();
        format!("the Selbstcheck content is invalid:\n{}", lines.join("\n"))
    })?;
    tracing::info!(version = %instrument.version, statements = instrument.item_count(), "Selbstcheck instrument loaded");
    let articles = crate::check_content::shipped_articles(&instrument)?;
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| format!("{}: {e}", settings.data_dir.display()))?;
    let secrets = Secrets::load_or_create(&settings.data_dir).map_err(|e| format!("secrets: {e}"))?;
    let db = Db::connect(&settings.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    db.migrate().await.map_err(|e| format!("migrations failed: {e}"))?;
    let added = demo::seed_municipalities(&db).await.map_err(|e| e.to_string())?;
    if added > 0 {
        tracing::info!(added, "seeded Kreise and kreisfreie Städte");
    }
    let added = weltoffen_knowledge::seed::seed(&db, &articles)
        .await
        .map_err(|e| format!("seeding the magazine failed: {e}"))?;
    if added > 0 {
        tracing::info!(added, "seeded magazine articles");
    }
    weltoffen_knowledge::refresh_links(&db)
        .await
        .map_err(|e| format!("reading the magazine failed: {e}"))?;
    if seed_demo {
        let logins = demo::seed_demo(&db)
            .await
            .map_err(|e| format!("demo seed failed: {e}"))?;
        if !logins.is_empty() {
            println!("Demo accounts (shown only this once; the passwords are not stored in plain text):");
            for login in &logins {
                println!("demo-login {} {} {}", login.role, login.email, login.password);
            }
            seed_selfcheck_demo(&db)
                .await
                .map_err(|e| format!("demo seed of the Selbstcheck failed: {e}"))?;
        }
    }
    let metrics = metrics_exporter_prometheus_handle();
    let state = AppState::new(db.clone(), settings.clone(), secrets, metrics);
    // The magazine recommends articles from the Selbstcheck's results.
    weltoffen_platform::recommendations::register(weltoffen_selfcheck::recommend::for_municipality);
    // The search index is derived from the database; each node builds its own at start.
    weltoffen_knowledge::indexing::index(&state)
        .await
        .map_err(|e| format!("building the search index failed: {e:?}"))?;
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", settings.listen))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(mail::run_worker(state.clone(), stop_rx.clone()));
    // Reminders of the action plan run beside housekeeping, on every node (the job is safe to run twice).
    let reminders = tokio::spawn(weltoffen_selfcheck::plan::reminders::run_worker(
        state.clone(),
        stop_rx.clone(),
    ));
    // Each node follows the magazine's change table, so what it keeps stays current.
    let magazine = tokio::spawn(weltoffen_knowledge::cache::run_worker(state.clone(), stop_rx.clone()));
    let housekeeping = tokio::spawn(weltoffen_platform::housekeeping::run_worker(db.clone(), stop_rx));
    println!("weltoffen listening on http://{address}");
    let router = app(state, crate::routes()).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, router)
        .with_graceful_shutdown(shutdown_signal())
        .await;
    let _ = stop_tx.send(true);
    let _ = worker.await;
    let _ = housekeeping.await;
    let _ = reminders.await;
    let _ = magazine.await;
    db.close().await;
    served.map_err(|e| format!("server error: {e}"))
}

/// Demo rounds for the demo municipality, answered by its demo coordinator and member.
async fn seed_selfcheck_demo(db: &Db) -> Result<(), String> {
    let instrument = weltoffen_selfcheck::current_instrument().map_err(|_| "invalid Selbstcheck content".to_owned())?;
    let municipality = weltoffen_platform::municipalities::store::by_ags(db, demo::DEMO_AGS)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the demo municipality is missing")?;
    let members = weltoffen_platform::accounts::store::list_members(db, municipality.id)
        .await
        .map_err(|e| e.to_string())?;
    let person = |role: &str| members.iter().find(|m| m.role == role).map(|m| (m.id, m.name.clone()));
    let people = weltoffen_selfcheck::demo::DemoPeople {
        coordinator: person("coordinator"),
        member: person("member"),
    };
    weltoffen_selfcheck::demo::seed(db, instrument, municipality.id, municipality.kind(), &people)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn metrics_exporter_prometheus_handle() -> Option<metrics_exporter_prometheus::PrometheusHandle> {
    metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .ok()
}
