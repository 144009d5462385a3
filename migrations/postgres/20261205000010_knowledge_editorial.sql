-- The magazine's editorial workflow: each article counts its saved versions (an edit names the
-- version it started from, so a save over someone else's is noticed), and every saved version is
-- kept as JSON with who saved it and why, for the history, its differences and restoring.

ALTER TABLE knowledge_articles ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

CREATE TABLE knowledge_revisions (
    article_id UUID NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    content TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, number)
);
