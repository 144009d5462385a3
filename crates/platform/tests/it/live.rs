//! Live nudges between nodes: two buses on one PostgreSQL database stand for two nodes.

use std::time::Duration;

use uuid::Uuid;
use weltoffen_platform::db::Db;
use weltoffen_platform::live::LiveBus;
use weltoffen_testkit::{postgres_server_url, postgres_unavailable};

#[tokio::test]
async fn a_nudge_on_one_node_reaches_subscribers_on_another_through_postgres() {
    let Some(url) = postgres_server_url().await else {
        postgres_unavailable("live nudges between nodes");
        return;
    };
    let writer_node = LiveBus::new(&Db::connect(&url).await.unwrap());
    let reader_node = LiveBus::new(&Db::connect(&url).await.unwrap());
    let topic = format!("workshop:{}", Uuid::now_v7());
    let mut subscription = reader_node.subscribe(&topic);
    let mut unrelated = reader_node.subscribe("workshop:someone-else");
    assert_eq!(reader_node.subscribers(), 2);
    // The reader's listener starts with its first subscription; until its LISTEN is in place a
    // nudge passes it by, so nudge until one arrives (the first refetch-everything signal aside).
    let heard = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            writer_node.nudge(&topic);
            if tokio::time::timeout(Duration::from_millis(300), subscription.changed())
                .await
                .is_ok()
            {
                break;
            }
        }
    })
    .await;
    assert!(heard.is_ok(), "no nudge crossed from one node to the other");
    // From now on every nudge crosses: drain what is queued, then one more.
    while tokio::time::timeout(Duration::from_millis(300), subscription.changed())
        .await
        .is_ok()
    {}
    writer_node.nudge(&topic);
    let next = tokio::time::timeout(Duration::from_secs(5), subscription.changed()).await;
    assert_eq!(next.ok(), Some(true), "a later nudge was lost");
    // The other topic heard only the listener's start-up signal, if anything.
    while tokio::time::timeout(Duration::from_millis(100), unrelated.changed())
        .await
        .is_ok()
    {}
    writer_node.nudge(&topic);
    let stray = tokio::time::timeout(Duration::from_millis(500), unrelated.changed()).await;
    assert!(stray.is_err(), "a subscriber heard another topic's nudge");
}
