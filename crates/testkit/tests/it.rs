//! Tests of the test kit itself: the throwaway cluster really starts, hands out distinct
//! databases, and cleans up after itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::str::FromStr as _;
use std::time::{Duration, Instant};

use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use weltoffen_testkit::{
    TestBackend, ThrowawayCluster, backends, create_fresh_database, fresh_postgres_db, fresh_postgres_url,
    postgres_server_url, postgres_unavailable, start_throwaway_cluster,
};

/// Starts a cluster; `None` (after reporting the skip) only when PostgreSQL is not installed.
async fn start_cluster() -> Option<ThrowawayCluster> {
    match start_throwaway_cluster().await {
        Ok(cluster) => Some(cluster),
        Err(e) if e.is_binaries_missing() => {
            postgres_unavailable(&e.to_string());
            None
        }
        Err(e) => panic!("{e}"),
    }
}

async fn current_database(url: &str) -> String {
    let pool = PgPoolOptions::new().max_connections(1).connect(url).await.unwrap();
    let one: i32 = sqlx::query_scalar("SELECT 1").fetch_one(&pool).await.unwrap();
    assert_eq!(one, 1);
    let name = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    name
}

#[tokio::test]
async fn throwaway_cluster_hands_out_distinct_empty_databases() {
    let started = Instant::now();
    let Some(cluster) = start_cluster().await else {
        return;
    };
    eprintln!(
        "throwaway cluster started in {:?} at {}",
        started.elapsed(),
        cluster.url()
    );

    let first = create_fresh_database(cluster.url()).await.unwrap();
    let second = create_fresh_database(cluster.url()).await.unwrap();
    assert_ne!(first, second);
    let first_name = current_database(&first).await;
    let second_name = current_database(&second).await;
    assert!(first_name.starts_with("weltoffen_test_"), "{first_name}");
    assert_ne!(first_name, second_name);

    // A table made in one database is not visible in the other.
    let pool = PgPoolOptions::new().connect(&first).await.unwrap();
    sqlx::query("CREATE TABLE only_here (id int)")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let pool = PgPoolOptions::new().connect(&second).await.unwrap();
    let tables: i64 =
        sqlx::query_scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(tables, 0);
    pool.close().await;
}

#[tokio::test]
async fn dropping_a_throwaway_cluster_stops_and_removes_it() {
    let Some(cluster) = start_cluster().await else {
        return;
    };
    let dir = cluster.dir().to_owned();
    let url = cluster.url().to_owned();
    assert!(dir.join("data").is_dir());
    drop(cluster);

    let deadline = Instant::now() + Duration::from_secs(15);
    while dir.exists() {
        assert!(Instant::now() < deadline, "{} still exists", dir.display());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let connected = PgPoolOptions::new()
        .acquire_timeout(Duration::from_secs(2))
        .connect(&url)
        .await;
    assert!(connected.is_err(), "server at {url} still answers");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_databases_can_be_created_concurrently() {
    let Some(_) = postgres_server_url().await else {
        postgres_unavailable("no server");
        return;
    };
    let tasks: Vec<_> = (0..16)
        .map(|_| tokio::spawn(async { fresh_postgres_db().await.unwrap() }))
        .collect();
    let mut names = HashSet::new();
    for task in tasks {
        let db = task.await.unwrap();
        assert!(names.insert(current_database(db.url()).await));
    }
    assert_eq!(names.len(), 16);
}

#[tokio::test]
async fn the_server_is_resolved_once_per_process() {
    let first = postgres_server_url().await;
    assert_eq!(first, postgres_server_url().await);
}

#[tokio::test]
async fn fresh_postgres_url_points_at_a_new_database_on_the_server() {
    let (Some(server), Some(url)) = (postgres_server_url().await, fresh_postgres_url().await) else {
        postgres_unavailable("no server");
        return;
    };
    assert_ne!(server, url);
    assert!(current_database(&url).await.starts_with("weltoffen_test_"));
    // Leave nothing behind on a TEST_DATABASE_URL server.
    let pool = PgPoolOptions::new().max_connections(1).connect(&server).await.unwrap();
    let name = url.rsplit('/').next().unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE \"{name}\"")))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
}

#[tokio::test]
async fn backends_gives_a_working_sqlite_and_postgres_database() {
    let has_postgres = postgres_server_url().await.is_some();
    let mut seen = Vec::new();
    for db in backends().await {
        match db.backend() {
            TestBackend::Sqlite => {
                let options = SqliteConnectOptions::from_str(db.url())
                    .unwrap()
                    .create_if_missing(true);
                let pool = SqlitePoolOptions::new().connect_with(options).await.unwrap();
                let one: i32 = sqlx::query_scalar("SELECT 1").fetch_one(&pool).await.unwrap();
                assert_eq!(one, 1);
                pool.close().await;
            }
            TestBackend::Postgres => {
                assert!(current_database(db.url()).await.starts_with("weltoffen_test_"));
            }
        }
        seen.push(db.backend());
    }
    let expected = if has_postgres {
        vec![TestBackend::Sqlite, TestBackend::Postgres]
    } else {
        vec![TestBackend::Sqlite]
    };
    assert_eq!(seen, expected);
}
