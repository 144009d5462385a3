-- An article's cover image: two JPEG files written by the server (large and small), their sizes
-- and the alternative texts. A new upload replaces the row with a new id, so the image addresses,
-- which browsers may keep forever, change with the picture.
CREATE TABLE knowledge_covers (
    article_id UUID PRIMARY KEY REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    id UUID NOT NULL UNIQUE,
    alt_de TEXT NOT NULL,
    alt_en TEXT NOT NULL DEFAULT '',
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    small_width BIGINT NOT NULL,
    small_height BIGINT NOT NULL,
    large BYTEA NOT NULL,
    small BYTEA NOT NULL,
    created_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL
);
