//! The `Db` executor: one enum over SQLite and PostgreSQL pools, queries written once in sea-query.

use std::str::FromStr;
use std::time::Duration;

use sea_query::{PostgresQueryBuilder, SqliteQueryBuilder};
use sea_query_sqlx::{SqlxBinder, SqlxValues};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{AssertSqlSafe, FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The driver reported an error.
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    /// A migration failed.
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database URL names no backend we support.
    #[error("unsupported database URL (use sqlite://… or postgres://…): {0}")]
    UnsupportedUrl(String),
}

impl DbError {
    /// True when the error is a violated unique constraint (e.g. a duplicate e-mail).
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, DbError::Sqlx(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

/// Result of a storage operation.
pub type DbResult<T> = Result<T, DbError>;

/// Which backend a `Db` talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite, the default.
    Sqlite,
    /// PostgreSQL, for tests and scale-out.
    Postgres,
}

/// A pool of connections to one of the supported backends.
#[derive(Clone, Debug)]
pub enum Db {
    /// SQLite pool.
    Sqlite(SqlitePool),
    /// PostgreSQL pool.
    Postgres(PgPool),
}

/// A row type that can be read from both backends.
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

/// A statement that sea-query can render for either backend.
pub trait Statement: SqlxBinder {}
impl<T: SqlxBinder> Statement for T {}

fn render(stmt: &impl Statement, backend: Backend) -> (String, SqlxValues) {
    match backend {
        Backend::Sqlite => stmt.build_sqlx(SqliteQueryBuilder),
        Backend::Postgres => stmt.build_sqlx(PostgresQueryBuilder),
    }
}

// Both the pool and a transaction run the same three operations; the macro keeps them in one place.
macro_rules! run_on {
    ($db:ty, $backend:expr, $exec:expr, $stmt:expr, execute) => {{
        let (sql, values) = render($stmt, $backend);
        Ok(sqlx::query_with::<$db, _>(AssertSqlSafe(sql), values)
            .execute($exec)
            .await?
            .rows_affected())
    }};
    ($db:ty, $backend:expr, $exec:expr, $stmt:expr, $fetch:ident) => {{
        let (sql, values) = render($stmt, $backend);
        Ok(sqlx::query_as_with::<$db, _, _>(AssertSqlSafe(sql), values)
            .$fetch($exec)
            .await?)
    }};
}

impl Db {
    /// Connects to `url` (`sqlite://path` or `postgres://…`), creating a SQLite file when missing.
    pub async fn connect(url: &str) -> DbResult<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // Rows travel from the connection's thread through a bounded channel; with the
                // default of 50 a page reading a round's 2,000+ answers switched threads every 50
                // rows, which cost more than the query (see docs/PERFORMANCE.md).
                .row_buffer_size(4096);
            // Readers run in parallel under WAL; writers queue on BEGIN IMMEDIATE and the busy
            // timeout. Eight connections beat one per core even on two cores (measured: the
            // results page lost a fifth of its throughput with two). (An earlier limit of one
            // connection hid a test-harness bug that deleted the database file under the open
            // pool; see `on_every_backend` in the platform tests.)
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                // A ping before every use is a round trip to the connection's thread, as costly as
                // the query itself; a connection to a local file does not go stale.
                .test_before_acquire(false)
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Ok(Db::Postgres(pool))
        } else {
            Err(DbError::UnsupportedUrl(url.to_owned()))
        }
    }

    /// The backend of this pool.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the migrations of this backend that are not applied yet.
    pub async fn migrate(&self) -> DbResult<()> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("../../migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("../../migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// True when every migration this binary knows is applied.
    pub async fn migrations_applied(&self) -> DbResult<bool> {
        let (known, pool_applied): (usize, i64) = match self {
            Db::Sqlite(pool) => (
                sqlx::migrate!("../../migrations/sqlite").iter().count(),
                sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
                    .fetch_one(pool)
                    .await?,
            ),
            Db::Postgres(pool) => (
                sqlx::migrate!("../../migrations/postgres").iter().count(),
                sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
                    .fetch_one(pool)
                    .await?,
            ),
        };
        Ok(usize::try_from(pool_applied).unwrap_or(0) >= known)
    }

    /// Runs a statement and returns the number of rows it touched.
    pub async fn execute(&self, stmt: &impl Statement) -> DbResult<u64> {
        match self {
            Db::Sqlite(p) => run_on!(Sqlite, Backend::Sqlite, p, stmt, execute),
            Db::Postgres(p) => run_on!(Postgres, Backend::Postgres, p, stmt, execute),
        }
    }

    /// Runs a query and reads every row.
    pub async fn fetch_all<T: Row>(&self, stmt: &impl Statement) -> DbResult<Vec<T>> {
        match self {
            Db::Sqlite(p) => run_on!(Sqlite, Backend::Sqlite, p, stmt, fetch_all),
            Db::Postgres(p) => run_on!(Postgres, Backend::Postgres, p, stmt, fetch_all),
        }
    }

    /// Runs a query and reads the first row, if any.
    pub async fn fetch_optional<T: Row>(&self, stmt: &impl Statement) -> DbResult<Option<T>> {
        match self {
            Db::Sqlite(p) => run_on!(Sqlite, Backend::Sqlite, p, stmt, fetch_optional),
            Db::Postgres(p) => run_on!(Postgres, Backend::Postgres, p, stmt, fetch_optional),
        }
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE` on SQLite, so writers queue instead of deadlocking).
    pub async fn begin(&self) -> DbResult<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Closes the pool, waiting for connections in use to be returned.
    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// A transaction on either backend; dropped without `commit` it rolls back.
pub enum Tx {
    /// SQLite transaction.
    Sqlite(Transaction<'static, Sqlite>),
    /// PostgreSQL transaction.
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    /// Runs a statement inside the transaction.
    pub async fn execute(&mut self, stmt: &impl Statement) -> DbResult<u64> {
        match self {
            Tx::Sqlite(t) => run_on!(Sqlite, Backend::Sqlite, &mut **t, stmt, execute),
            Tx::Postgres(t) => run_on!(Postgres, Backend::Postgres, &mut **t, stmt, execute),
        }
    }

    /// Reads every row of a query inside the transaction.
    pub async fn fetch_all<T: Row>(&mut self, stmt: &impl Statement) -> DbResult<Vec<T>> {
        match self {
            Tx::Sqlite(t) => run_on!(Sqlite, Backend::Sqlite, &mut **t, stmt, fetch_all),
            Tx::Postgres(t) => run_on!(Postgres, Backend::Postgres, &mut **t, stmt, fetch_all),
        }
    }

    /// Reads the first row of a query inside the transaction.
    pub async fn fetch_optional<T: Row>(&mut self, stmt: &impl Statement) -> DbResult<Option<T>> {
        match self {
            Tx::Sqlite(t) => run_on!(Sqlite, Backend::Sqlite, &mut **t, stmt, fetch_optional),
            Tx::Postgres(t) => run_on!(Postgres, Backend::Postgres, &mut **t, stmt, fetch_optional),
        }
    }

    /// Commits the transaction.
    pub async fn commit(self) -> DbResult<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

impl Db {
    /// Writes a consistent copy of a SQLite database to `target` while it stays in use
    /// (`VACUUM INTO` reads one snapshot, so concurrent writers do not tear the copy).
    pub async fn backup_sqlite(&self, target: &std::path::Path) -> DbResult<()> {
        let Db::Sqlite(pool) = self else {
            return Err(DbError::UnsupportedUrl("backup_sqlite on PostgreSQL".into()));
        };
        let path = target.to_string_lossy().replace('\'', "''");
        sqlx::query(AssertSqlSafe(format!("VACUUM INTO '{path}'")))
            .execute(pool)
            .await?;
        Ok(())
    }
}

/// A case-insensitive "contains" pattern for `LIKE`: lower-cased, with `%`, `_` and `\` escaped
/// so that what a person types is matched literally.
pub fn contains_pattern(text: &str) -> sea_query::LikeExpr {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    sea_query::LikeExpr::new(escaped).escape('\\')
}
