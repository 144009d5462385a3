-- Selbstcheck: rounds of a municipality, respondents (kept when an account is deleted, so closed
-- results never change), their assigned fields, their answers, and the round's history.

CREATE TABLE selfcheck_rounds (
    id UUID PRIMARY KEY,
    municipality_id UUID NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    due_date DATE,
    created_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    closed_at TIMESTAMPTZ
);
CREATE INDEX selfcheck_rounds_municipality_idx ON selfcheck_rounds (municipality_id, created_at);

CREATE TABLE selfcheck_respondents (
    id UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    user_id UUID REFERENCES users (id) ON DELETE SET NULL,
    display_name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX selfcheck_respondents_round_user_idx ON selfcheck_respondents (round_id, user_id);
CREATE INDEX selfcheck_respondents_user_idx ON selfcheck_respondents (user_id);

CREATE TABLE selfcheck_assignments (
    respondent_id UUID NOT NULL REFERENCES selfcheck_respondents (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    done_at TIMESTAMPTZ,
    PRIMARY KEY (respondent_id, field_id)
);

CREATE TABLE selfcheck_answers (
    respondent_id UUID NOT NULL REFERENCES selfcheck_respondents (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    value TEXT NOT NULL CHECK (value IN ('0', '1', '2', '3', 'dont_know', 'not_applicable')),
    comment TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (respondent_id, item_id)
);

CREATE TABLE selfcheck_round_events (
    id UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('started', 'closed', 'reopened')),
    actor_id UUID REFERENCES users (id) ON DELETE SET NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX selfcheck_round_events_round_idx ON selfcheck_round_events (round_id, occurred_at);
