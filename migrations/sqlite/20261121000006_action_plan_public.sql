-- Action plan, continued: a municipality's opt-in to a public progress page, and the reminders
-- mailed to the owners of measures, so each goes out once.

-- One row while the municipality publishes its action plan (only measures marked public appear).
CREATE TABLE action_plan_publications (
    municipality_id BLOB PRIMARY KEY REFERENCES municipalities (id) ON DELETE CASCADE,
    published_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    published_at TEXT NOT NULL
);

-- A reminder sent (or being sent) for a measure: the key decides which node sends it, and a
-- changed due date is a new key, so the new date gets its own reminders.
CREATE TABLE measure_reminders (
    measure_id BLOB NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
    due_date TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (measure_id, kind, due_date)
);
