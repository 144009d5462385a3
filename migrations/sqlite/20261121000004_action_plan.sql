-- Action plan: the measures a municipality decides on (from a Selbstcheck recommendation or
-- freely), the fields and statements they address, their milestones, and dated updates, which are
-- also the measure's history (an update may record a change of status or progress).

CREATE TABLE measures (
    id BLOB PRIMARY KEY,
    municipality_id BLOB NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    -- The owner is a member with an account or a named external partner, never both.
    owner_user_id BLOB REFERENCES users (id) ON DELETE SET NULL,
    owner_external TEXT,
    start_date TEXT,
    due_date TEXT,
    -- Opt-in per measure for a public progress page.
    public BOOLEAN NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
    -- The round whose recommendation the measure came from.
    source_round_id BLOB REFERENCES selfcheck_rounds (id) ON DELETE SET NULL,
    created_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (owner_user_id IS NULL OR owner_external IS NULL),
    CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
);
CREATE INDEX measures_municipality_status_idx ON measures (municipality_id, status);
CREATE INDEX measures_due_idx ON measures (due_date);

CREATE TABLE measure_fields (
    measure_id BLOB NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    PRIMARY KEY (measure_id, field_id)
);

-- Statements of the instrument a measure addresses; the index serves the way back, from a
-- statement to the measures that address it.
CREATE TABLE measure_items (
    measure_id BLOB NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    PRIMARY KEY (measure_id, item_id)
);
CREATE INDEX measure_items_item_idx ON measure_items (item_id);

CREATE TABLE measure_milestones (
    id BLOB PRIMARY KEY,
    measure_id BLOB NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_date TEXT,
    done_at TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX measure_milestones_measure_idx ON measure_milestones (measure_id, position);

CREATE TABLE measure_updates (
    id BLOB PRIMARY KEY,
    measure_id BLOB NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    author_id BLOB REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    status TEXT CHECK (status IS NULL OR status IN ('planned', 'in_progress', 'done', 'dropped')),
    progress INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    created_at TEXT NOT NULL
);
CREATE INDEX measure_updates_measure_idx ON measure_updates (measure_id, created_at);
