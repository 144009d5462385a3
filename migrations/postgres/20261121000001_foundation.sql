-- Foundation: municipalities, accounts, roles, sessions, tokens, invitations, audit, mail outbox, feedback, site pages.

CREATE TABLE municipalities (
    id UUID PRIMARY KEY,
    ags TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    municipality_type TEXT NOT NULL CHECK (municipality_type IN ('landkreis', 'kreisfreie_stadt', 'kreisangehoerige_gemeinde')),
    land TEXT NOT NULL,
    population BIGINT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX municipalities_land_idx ON municipalities (land, municipality_type);
CREATE INDEX municipalities_name_idx ON municipalities (name);

CREATE TABLE users (
    id UUID PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    platform_role TEXT CHECK (platform_role IN ('admin', 'editor')),
    locale TEXT NOT NULL DEFAULT 'de',
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    municipality_id UUID NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'member')),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, municipality_id)
);
CREATE INDEX memberships_municipality_idx ON memberships (municipality_id);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    active_municipality_id UUID REFERENCES municipalities (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE invitations (
    id UUID PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    municipality_id UUID REFERENCES municipalities (id) ON DELETE CASCADE,
    role TEXT CHECK (role IN ('coordinator', 'member')),
    platform_role TEXT CHECK (platform_role IN ('admin', 'editor')),
    locale TEXT NOT NULL DEFAULT 'de',
    invited_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ
);
CREATE INDEX invitations_municipality_idx ON invitations (municipality_id);

CREATE TABLE password_resets (
    id UUID PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    failures BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id UUID PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    event TEXT NOT NULL,
    actor_id UUID REFERENCES users (id) ON DELETE SET NULL,
    actor_email TEXT,
    subject TEXT,
    ip TEXT,
    detail TEXT
);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

CREATE TABLE mail_outbox (
    id UUID PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    last_error TEXT
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (sent_at, next_attempt_at);

CREATE TABLE feedback (
    id UUID PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    name TEXT,
    email TEXT,
    page_url TEXT,
    message TEXT NOT NULL,
    read_at TIMESTAMPTZ
);
CREATE INDEX feedback_created_idx ON feedback (created_at);

CREATE TABLE site_pages (
    slug TEXT NOT NULL,
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by UUID REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (slug, locale)
);
