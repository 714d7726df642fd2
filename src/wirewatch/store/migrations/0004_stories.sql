-- wirewatch schema, version 4: one record per happening (issue 13). Portable SQL (PostgreSQL runs
-- it too). Near-duplicate articles point at the earlier copy; articles are grouped into stories;
-- events of different articles that report one real-world happening share a happening row.
-- Every lookup the linker makes on ingest goes through an index (LSH band, story term, dyad and
-- date window), never a scan of the store.
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
ALTER TABLE articles ADD COLUMN duplicate_similarity REAL;

-- MinHash signature of an article's body (hex) and its LSH bands: articles sharing a band are
-- candidate copies.
CREATE TABLE article_sketches (
    article_id  TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE,
    signature   TEXT NOT NULL
);
CREATE TABLE sketch_bands (
    band        INTEGER NOT NULL,
    band_hash   TEXT NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    PRIMARY KEY (band, band_hash, article_id)
);
CREATE INDEX sketch_bands_article ON sketch_bands (article_id);

-- Running document frequencies of story terms; the row with term '' counts the documents.
CREATE TABLE story_term_df (
    term  TEXT PRIMARY KEY,
    df    INTEGER NOT NULL
);

CREATE TABLE stories (
    story_id     TEXT PRIMARY KEY,
    thread_id    TEXT NOT NULL,
    headline     TEXT,
    first_date   TEXT,
    last_date    TEXT,
    n_articles   INTEGER NOT NULL,
    centroid     TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX stories_thread ON stories (thread_id);
CREATE INDEX stories_last_date ON stories (last_date);

-- centroid: the sum of the members' unit vectors (JSON, its heaviest terms); thread_id: the group of
-- related stories it belongs to. The heaviest terms of each centroid: a new article's candidate stories.
CREATE TABLE story_terms (
    term      TEXT NOT NULL,
    story_id  TEXT NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    PRIMARY KEY (term, story_id)
);
CREATE INDEX story_terms_story ON story_terms (story_id);

-- vector: the article's term counts (JSON), weighed again when its story is rebuilt or split.
CREATE TABLE story_articles (
    article_id  TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE,
    story_id    TEXT NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    similarity  REAL,
    vector      TEXT NOT NULL,
    published   TEXT
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE happenings (
    happening_id      TEXT PRIMARY KEY,
    plover            TEXT NOT NULL,
    cameo             TEXT,
    quad_class        INTEGER,
    goldstein         REAL,
    dyad_key          TEXT NOT NULL,
    event_date        TEXT,
    date_precision    TEXT,
    date_lo           TEXT,
    date_hi           TEXT,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    rep_event_id      TEXT NOT NULL,
    n_mentions        INTEGER NOT NULL,
    n_sources         INTEGER NOT NULL,
    n_articles        INTEGER NOT NULL,
    first_seen        TEXT,
    confidence        REAL NOT NULL
);
CREATE INDEX happenings_candidates ON happenings (plover, dyad_key, date_lo);

CREATE TABLE happening_events (
    event_id      TEXT PRIMARY KEY REFERENCES events (event_id) ON DELETE CASCADE,
    happening_id  TEXT NOT NULL REFERENCES happenings (happening_id) ON DELETE CASCADE,
    article_id    TEXT NOT NULL
);
CREATE INDEX happening_events_happening ON happening_events (happening_id);
CREATE INDEX happening_events_article ON happening_events (article_id);
