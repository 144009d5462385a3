//! The SQLite and PostgreSQL migrations must describe the same tables, columns and indexes.

use std::collections::BTreeSet;

use weltoffen_platform::db::Db;

async fn describe(db: &Db) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut columns = BTreeSet::new();
    let mut indexes = BTreeSet::new();
    match db {
        Db::Sqlite(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            for t in tables {
                let cols: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT name FROM pragma_table_info('{t}')"
                )))
                .fetch_all(pool)
                .await
                .unwrap();
                columns.extend(cols.into_iter().map(|(c,)| format!("{t}.{c}")));
            }
            let idx: Vec<(String, String)> = sqlx::query_as(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            indexes.extend(idx.into_iter().map(|(t, i)| format!("{t}.{i}")));
        }
        Db::Postgres(pool) => {
            let cols: Vec<(String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            columns.extend(cols.into_iter().map(|(t, c)| format!("{t}.{c}")));
            let idx: Vec<(String, String)> = sqlx::query_as(
                "SELECT tablename::text, indexname::text FROM pg_indexes WHERE schemaname = 'public' \
                 AND tablename <> '_sqlx_migrations' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            indexes.extend(idx.into_iter().map(|(t, i)| format!("{t}.{i}")));
        }
    }
    (columns, indexes)
}

#[tokio::test]
async fn sqlite_and_postgres_migrations_have_the_same_tables_columns_and_indexes() {
    let backends = weltoffen_testkit::backends().await;
    let mut shapes = Vec::new();
    for db in &backends {
        let pool = Db::connect(db.url()).await.unwrap();
        pool.migrate().await.unwrap();
        assert!(pool.migrations_applied().await.unwrap());
        shapes.push((db.backend(), describe(&pool).await));
    }
    if let [(_, (sqlite_cols, sqlite_idx)), (_, (pg_cols, pg_idx))] = shapes.as_slice() {
        assert!(sqlite_cols.len() > 50, "too few columns found: {}", sqlite_cols.len());
        assert_eq!(sqlite_cols, pg_cols, "columns differ");
        assert_eq!(sqlite_idx, pg_idx, "indexes differ");
    }
}
