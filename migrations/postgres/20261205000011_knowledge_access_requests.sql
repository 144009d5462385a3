-- Requests for articles "auf Anfrage": a logged-in person gives a reason, an editor grants or
-- declines; one request per person and article (asking again after a refusal reopens it).
CREATE TABLE knowledge_access_requests (
    id UUID PRIMARY KEY,
    article_id UUID NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'granted', 'declined')),
    decided_by UUID REFERENCES users (id) ON DELETE SET NULL,
    decided_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (article_id, user_id)
);
CREATE INDEX knowledge_access_requests_status_idx ON knowledge_access_requests (status, created_at);
