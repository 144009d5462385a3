-- Colleagues invited by mail to answer fields of a round before they have an account: the
-- assignment waits here, keyed by the address, until that person first opens the Selbstcheck.
CREATE TABLE selfcheck_invitations (
    round_id UUID NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    fields TEXT NOT NULL,
    invited_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (round_id, email)
);
CREATE INDEX selfcheck_invitations_email_idx ON selfcheck_invitations (email);

-- Municipalities that share their closed rounds for the benchmark of their type.
CREATE TABLE selfcheck_benchmark_opt_ins (
    municipality_id UUID PRIMARY KEY REFERENCES municipalities (id) ON DELETE CASCADE,
    opted_in_by UUID REFERENCES users (id) ON DELETE SET NULL,
    opted_in_at TIMESTAMPTZ NOT NULL
);

-- Field scores of a closed round, written when it closes and removed when it reopens, so the
-- benchmark of a municipality type is one aggregate query instead of re-scoring every round.
CREATE TABLE selfcheck_field_scores (
    round_id UUID NOT NULL REFERENCES selfcheck_rounds (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (round_id, field_id)
);
