-- The history of a round also records assignments (to members and invited addresses), removed
-- assignments and paper imports. `detail` holds the facts of such an event as JSON (addresses,
-- field ids, counts), never text for people: the round page renders it in the reader's language.
ALTER TABLE selfcheck_round_events DROP CONSTRAINT selfcheck_round_events_event_check;
ALTER TABLE selfcheck_round_events ADD CONSTRAINT selfcheck_round_events_event_check
    CHECK (event IN ('started', 'closed', 'reopened', 'assigned', 'unassigned', 'imported'));
ALTER TABLE selfcheck_round_events ADD COLUMN detail TEXT;
