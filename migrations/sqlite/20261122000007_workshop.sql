-- Selbstcheck workshop: after a round is closed, the coordinator holds a workshop on its results
-- with administration, politics, civil society and business. Guests join by a link without an
-- account; during the workshop they comment and put dots on development potentials; the
-- facilitator marks agreed potentials and records decisions, from which measures are created.

CREATE TABLE workshops (
    id BLOB PRIMARY KEY,
    municipality_id BLOB NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    round_id BLOB NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- A calendar date and a wall-clock time in Germany, as people enter them.
    held_on TEXT NOT NULL,
    start_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    online_link TEXT NOT NULL DEFAULT '',
    dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant BETWEEN 1 AND 20),
    -- The field on the projector; NULL before the facilitator starts.
    current_field TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    -- The share link's token is derived from this nonce and the server's key; only its hash is
    -- looked up, so a copy of the database does not open the workshop.
    link_nonce TEXT NOT NULL,
    link_token_hash TEXT NOT NULL UNIQUE,
    -- Last day (in Germany) on which the link works.
    link_expires_on TEXT NOT NULL,
    created_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX workshops_municipality_idx ON workshops (municipality_id, held_on);
CREATE INDEX workshops_round_idx ON workshops (round_id);

-- The fields of action discussed, in the order of the agenda.
CREATE TABLE workshop_agenda (
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, field_id)
);

-- A person taking part: a guest without an account or a member who joined by the link. The
-- name is shown to others only with consent; `number` names the others ("Teilnehmer:in 3").
CREATE TABLE workshop_participants (
    id BLOB PRIMARY KEY,
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    user_id BLOB REFERENCES users (id) ON DELETE SET NULL,
    display_name TEXT NOT NULL DEFAULT '',
    show_name BOOLEAN NOT NULL DEFAULT 0 CHECK (show_name IN (0, 1)),
    role TEXT NOT NULL CHECK (role IN ('administration', 'politics', 'civil_society', 'business', 'other')),
    number INTEGER NOT NULL,
    -- Hash of the secret in the participant's cookie.
    secret_hash TEXT NOT NULL UNIQUE,
    joined_at TEXT NOT NULL,
    UNIQUE (workshop_id, number)
);
CREATE UNIQUE INDEX workshop_participants_user_idx ON workshop_participants (workshop_id, user_id);

-- A comment on a field or one of its statements. The nonce of the form makes a repeated POST
-- a no-op.
CREATE TABLE workshop_comments (
    id BLOB PRIMARY KEY,
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    participant_id BLOB NOT NULL REFERENCES workshop_participants (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    item_id TEXT,
    body TEXT NOT NULL,
    nonce TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (participant_id, nonce)
);
CREATE INDEX workshop_comments_workshop_idx ON workshop_comments (workshop_id, created_at);

-- One row per dot on a statement (a development potential and its recommendation). The limit
-- per participant is checked in the transaction that inserts, and the nonce of the form makes a
-- repeated POST count once.
CREATE TABLE workshop_dots (
    id BLOB PRIMARY KEY,
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    participant_id BLOB NOT NULL REFERENCES workshop_participants (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (participant_id, nonce)
);
CREATE INDEX workshop_dots_workshop_idx ON workshop_dots (workshop_id, item_id);

-- Statements the workshop agreed on as development potentials.
CREATE TABLE workshop_agreed (
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    field_id TEXT NOT NULL,
    agreed_at TEXT NOT NULL,
    PRIMARY KEY (workshop_id, item_id)
);

-- A decision of the workshop with its first step and who takes it on (free text: guests have no
-- account); a measure of the action plan may be created from it.
CREATE TABLE workshop_decisions (
    id BLOB PRIMARY KEY,
    workshop_id BLOB NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    item_id TEXT,
    body TEXT NOT NULL,
    first_step TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    created_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX workshop_decisions_workshop_idx ON workshop_decisions (workshop_id, created_at);

-- The trace from a measure back to the workshop decision behind it.
ALTER TABLE measures ADD COLUMN workshop_decision_id BLOB REFERENCES workshop_decisions (id) ON DELETE SET NULL;
CREATE INDEX measures_workshop_decision_idx ON measures (workshop_decision_id);
