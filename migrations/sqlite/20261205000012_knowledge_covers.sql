-- An article's cover image: two JPEG files written by the server (large and small), their sizes
-- and the alternative texts. A new upload replaces the row with a new id, so the image addresses,
-- which browsers may keep forever, change with the picture.
CREATE TABLE knowledge_covers (
    article_id BLOB PRIMARY KEY REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    id BLOB NOT NULL UNIQUE,
    alt_de TEXT NOT NULL,
    alt_en TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    small_width INTEGER NOT NULL,
    small_height INTEGER NOT NULL,
    large BLOB NOT NULL,
    small BLOB NOT NULL,
    created_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
