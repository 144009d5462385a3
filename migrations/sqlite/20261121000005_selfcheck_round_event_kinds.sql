-- The history of a round also records assignments (to members and invited addresses), removed
-- assignments and paper imports. `detail` holds the facts of such an event as JSON (addresses,
-- field ids, counts), never text for people: the round page renders it in the reader's language.
-- SQLite cannot change a CHECK constraint, so the table is built anew and the rows copied over.
CREATE TABLE selfcheck_round_events_new (
    id BLOB PRIMARY KEY,
    round_id BLOB NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('started', 'closed', 'reopened', 'assigned', 'unassigned', 'imported')),
    actor_id BLOB REFERENCES users (id) ON DELETE SET NULL,
    occurred_at TEXT NOT NULL,
    detail TEXT
);
INSERT INTO selfcheck_round_events_new (id, round_id, event, actor_id, occurred_at)
    SELECT id, round_id, event, actor_id, occurred_at FROM selfcheck_round_events;
DROP TABLE selfcheck_round_events;
ALTER TABLE selfcheck_round_events_new RENAME TO selfcheck_round_events;
CREATE INDEX selfcheck_round_events_round_idx ON selfcheck_round_events (round_id, occurred_at);
