-- Knowledge platform: the magazine's authors and articles, each article's text per language
-- (Markdown source and the sanitised HTML rendered from it), its fields of action, authors and
-- related articles, and a change table written in the same transaction as every change of an
-- article, from which each node keeps its search index current.

CREATE TABLE knowledge_authors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    bio_de TEXT NOT NULL DEFAULT '',
    bio_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE knowledge_articles (
    id BLOB PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('leitartikel', 'gastbeitrag', 'interview', 'praxistipp', 'checkliste', 'praxisbericht')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'published', 'archived')),
    access TEXT NOT NULL CHECK (access IN ('public', 'on_request', 'members')),
    -- Municipality types, space-separated (landkreis kreisfreie_stadt kreisangehoerige_gemeinde).
    applies_to TEXT NOT NULL,
    -- Topics, one per line.
    topics TEXT NOT NULL DEFAULT '',
    published_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX knowledge_articles_published_idx ON knowledge_articles (status, published_at);

CREATE TABLE knowledge_article_texts (
    article_id BLOB NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    locale TEXT NOT NULL CHECK (locale IN ('de', 'en')),
    title TEXT NOT NULL,
    teaser TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- A checklist's steps as JSON: [{"id", "title", "hint"}].
    steps TEXT NOT NULL DEFAULT '[]',
    words INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, locale)
);

CREATE TABLE knowledge_article_fields (
    article_id BLOB NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    PRIMARY KEY (article_id, field_id)
);
CREATE INDEX knowledge_article_fields_field_idx ON knowledge_article_fields (field_id);

CREATE TABLE knowledge_article_authors (
    article_id BLOB NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES knowledge_authors (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);

-- Related articles by slug, so an article may name one that is written later.
CREATE TABLE knowledge_related (
    article_id BLOB NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    related_slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, related_slug)
);

CREATE TABLE knowledge_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id BLOB NOT NULL,
    changed_at TEXT NOT NULL
);

-- A municipality's work on a checklist: per step whether it is done, a note and who is responsible.
CREATE TABLE knowledge_checklist_steps (
    municipality_id BLOB NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    article_id BLOB NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
    step_id TEXT NOT NULL,
    done BOOLEAN NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    updated_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (municipality_id, article_id, step_id)
);
