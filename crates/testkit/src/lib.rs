//! Databases for tests: every storage test of weltoffen runs on SQLite and on PostgreSQL.
//!
//! ```no_run
//! # async fn example() {
//! for db in weltoffen_testkit::backends().await {
//!     // connect with `Db::connect(db.url())`, migrate, test; `db` cleans up when dropped
//!     println!("running on {}: {}", db.backend(), db.url());
//! }
//! # }
//! ```
//!
//! PostgreSQL comes from `TEST_DATABASE_URL` (a database on a server where we may
//! `CREATE DATABASE`) or, when that is unset, from a throwaway cluster started once per test
//! process from the installed server binaries. Each test gets its own empty database on it.

// Test support only: a panic with a clear message is exactly how a test should fail here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cluster;

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::{AssertSqlSafe, Connection as _, PgConnection};
use tokio::sync::OnceCell;
use uuid::Uuid;

pub use cluster::{ClusterError, ThrowawayCluster, start_throwaway_cluster};

/// Where the PostgreSQL server for this test process comes from.
#[derive(Debug)]
enum PostgresServer {
    /// `TEST_DATABASE_URL`: a server someone else runs; we drop our databases again.
    External(String),
    /// Our own cluster; it disappears with the process, databases and all.
    Throwaway(ThrowawayCluster),
}

impl PostgresServer {
    fn url(&self) -> &str {
        match self {
            PostgresServer::External(url) => url,
            PostgresServer::Throwaway(cluster) => cluster.url(),
        }
    }
}

/// The server, resolved once per process; `Err` says why there is none.
static SERVER: OnceCell<Result<PostgresServer, String>> = OnceCell::const_new();

async fn server() -> Result<&'static PostgresServer, &'static str> {
    SERVER
        .get_or_init(|| async {
            match std::env::var("TEST_DATABASE_URL") {
                Ok(url) if !url.is_empty() => Ok(PostgresServer::External(url)),
                _ => start_throwaway_cluster()
                    .await
                    .map(PostgresServer::Throwaway)
                    .map_err(|e| format!("no TEST_DATABASE_URL and no throwaway cluster: {e}")),
            }
        })
        .await
        .as_ref()
        .map_err(String::as_str)
}

/// URL of the PostgreSQL server for tests (`TEST_DATABASE_URL` or a throwaway cluster), if any.
pub async fn postgres_server_url() -> Option<String> {
    server().await.ok().map(|server| server.url().to_owned())
}

/// Creates a new empty database on the test server and returns its URL; `None` without a server.
///
/// Panics if the server exists but the database cannot be created. Databases on a throwaway
/// cluster vanish with it; on a `TEST_DATABASE_URL` server they stay, so prefer
/// [`fresh_postgres_db`] or [`backends`], which drop them again.
pub async fn fresh_postgres_url() -> Option<String> {
    let server = server().await.ok()?;
    Some(
        create_fresh_database(server.url())
            .await
            .unwrap_or_else(|e| panic!("creating a test database on {} failed: {e}", server.url())),
    )
}

/// Creates a uniquely named empty database (`weltoffen_test_<uuid>`) on the server at `server_url`.
///
/// Safe to call concurrently: a `CREATE DATABASE` that collides with a connection to the
/// template database is retried.
pub async fn create_fresh_database(server_url: &str) -> Result<String, sqlx::Error> {
    let name = format!("weltoffen_test_{}", Uuid::now_v7().simple());
    let mut connection = PgConnection::connect(server_url).await?;
    let mut attempt = 0;
    loop {
        let created = sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
            .execute(&mut connection)
            .await;
        match created {
            Ok(_) => break,
            // 55006 object_in_use: "source database template1 is being accessed by other users".
            Err(e) if attempt < 50 && sqlstate(&e).as_deref() == Some("55006") => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(20 * attempt)).await;
            }
            Err(e) => return Err(e),
        }
    }
    connection.close().await?;
    Ok(url_with_database(server_url, &name))
}

fn sqlstate(error: &sqlx::Error) -> Option<String> {
    error.as_database_error()?.code().map(|code| code.into_owned())
}

/// `server_url` with its database (the URL path) replaced by `database`, query string kept.
fn url_with_database(server_url: &str, database: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server_url, None),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let path = base[authority..].find('/').map_or(base.len(), |i| authority + i);
    let mut url = format!("{}/{database}", &base[..path]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Reports that PostgreSQL tests are skipped; panics instead when `CI` is `true` (or `1`).
///
/// The line goes straight to stderr so that the test harness's output capture cannot hide it;
/// it is printed once per process.
pub fn postgres_unavailable(reason: &str) {
    static REPORTED: AtomicBool = AtomicBool::new(false);
    let in_ci = std::env::var("CI")
        .map(|ci| ci.eq_ignore_ascii_case("true") || ci == "1")
        .unwrap_or(false);
    if in_ci {
        panic!("PostgreSQL tests skipped: {reason} (CI is set, so this is a failure)");
    }
    if !REPORTED.swap(true, Ordering::Relaxed) {
        let _ = writeln!(std::io::stderr(), "\n*** PostgreSQL tests skipped: {reason} ***\n");
    }
}

/// A directory under the system temp dir that is removed, with its contents, when dropped.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates a new uniquely named directory whose name starts with `prefix`.
    pub fn new(prefix: &str) -> std::io::Result<TempDir> {
        let path = std::env::temp_dir().join(format!("{prefix}{}", Uuid::now_v7().simple()));
        std::fs::create_dir(&path)?;
        Ok(TempDir { path })
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A URL `sqlite://<tmp>/test.db` for a not yet existing file in a directory removed with the guard.
///
/// `Db::connect` creates the file; plain sqlx needs `?mode=rwc` appended.
pub fn fresh_sqlite_url() -> (TempDir, String) {
    let dir = TempDir::new("weltoffen-sqlite-").expect("creating a temp dir for SQLite");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    (dir, url)
}

/// The database backends every storage test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TestBackend {
    /// A SQLite file in a temp directory.
    Sqlite,
    /// A fresh database on the test PostgreSQL server.
    Postgres,
}

impl fmt::Display for TestBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TestBackend::Sqlite => "SQLite",
            TestBackend::Postgres => "PostgreSQL",
        })
    }
}

/// A fresh empty database for one test; cleaned up when dropped, so keep it alive while testing.
#[derive(Debug)]
pub struct TestDb {
    backend: TestBackend,
    url: String,
    _cleanup: Cleanup,
}

impl TestDb {
    /// Which backend this database is on.
    pub fn backend(&self) -> TestBackend {
        self.backend
    }

    /// The URL to connect to.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// What dropping a [`TestDb`] has to undo.
#[derive(Debug)]
enum Cleanup {
    SqliteDir { _dir: TempDir },
    DropDatabase { _guard: DropDatabase },
    Nothing,
}

/// Drops a database on an external server (which outlives us), even if a pool still uses it.
#[derive(Debug)]
struct DropDatabase {
    server_url: String,
    name: String,
}

impl Drop for DropDatabase {
    fn drop(&mut self) {
        let server_url = self.server_url.clone();
        let sql = format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name);
        // Drop is synchronous and may run inside a runtime: use a thread with its own runtime.
        let dropped = std::thread::spawn(move || -> Result<(), String> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime
                .block_on(async {
                    let mut connection = PgConnection::connect(&server_url).await?;
                    sqlx::raw_sql(AssertSqlSafe(sql)).execute(&mut connection).await?;
                    connection.close().await
                })
                .map_err(|e| e.to_string())
        })
        .join();
        if let Ok(Err(e)) | Err(e) = dropped.map_err(|_| "panicked".to_owned()) {
            let _ = writeln!(std::io::stderr(), "could not drop test database {}: {e}", self.name);
        }
    }
}

/// A fresh empty PostgreSQL database with cleanup, for PostgreSQL-only tests; `None` without a server.
///
/// Panics if the server exists but the database cannot be created. On a `TEST_DATABASE_URL`
/// server the database is dropped with the guard; on a throwaway cluster it vanishes with it.
pub async fn fresh_postgres_db() -> Option<TestDb> {
    let server = server().await.ok()?;
    let url = create_fresh_database(server.url())
        .await
        .unwrap_or_else(|e| panic!("creating a test database on {} failed: {e}", server.url()));
    let cleanup = match server {
        PostgresServer::External(server_url) => Cleanup::DropDatabase {
            _guard: DropDatabase {
                server_url: server_url.clone(),
                name: url_database(&url).to_owned(),
            },
        },
        PostgresServer::Throwaway(_) => Cleanup::Nothing,
    };
    Some(TestDb {
        backend: TestBackend::Postgres,
        url,
        _cleanup: cleanup,
    })
}

/// A fresh SQLite database and, when available, a fresh PostgreSQL database (else
/// [`postgres_unavailable`] is called): `for db in backends().await { … }`.
pub async fn backends() -> Vec<TestDb> {
    let (dir, url) = fresh_sqlite_url();
    let mut dbs = vec![TestDb {
        backend: TestBackend::Sqlite,
        url,
        _cleanup: Cleanup::SqliteDir { _dir: dir },
    }];
    match server().await {
        Ok(_) => dbs.extend(fresh_postgres_db().await),
        Err(reason) => postgres_unavailable(reason),
    }
    dbs
}

/// The database name in a URL made by [`url_with_database`].
fn url_database(url: &str) -> &str {
    let base = url.split_once('?').map_or(url, |(base, _)| base);
    base.rsplit_once('/').map_or(base, |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_in_url_is_replaced_and_query_kept() {
        assert_eq!(
            url_with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(url_with_database("postgres://u:p@h", "x"), "postgres://u:p@h/x");
        assert_eq!(
            url_with_database("postgresql://h:1/db?sslmode=disable", "x"),
            "postgresql://h:1/x?sslmode=disable"
        );
        assert_eq!(url_database("postgresql://h:1/x?sslmode=disable"), "x");
    }

    #[test]
    fn sqlite_dir_is_removed_with_its_guard() {
        let (dir, url) = fresh_sqlite_url();
        let path = dir.path().to_owned();
        assert!(url.starts_with("sqlite://") && url.ends_with("/test.db"));
        std::fs::write(path.join("test.db"), b"x").unwrap();
        drop(dir);
        assert!(!path.exists());
    }
}
