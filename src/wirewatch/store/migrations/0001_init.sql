-- wirewatch schema, version 1. Portable SQL: TEXT/INTEGER/REAL only, no
-- SQLite-only types or AUTOINCREMENT, so PostgreSQL can run the same file.
CREATE TABLE articles (
    article_id      TEXT PRIMARY KEY,
    origin          TEXT,
    source          TEXT,
    url             TEXT,
    published       TEXT,
    published_from  TEXT,
    title           TEXT,
    text            TEXT,
    status          TEXT NOT NULL CHECK (status IN ('coded', 'rejected')),
    reason          TEXT,
    message         TEXT,
    n_events        INTEGER NOT NULL DEFAULT 0,
    coded_at        TEXT NOT NULL
);
CREATE INDEX articles_status ON articles (status);

CREATE TABLE removed_lines (
    article_id  TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    line_text   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE actors (
    actor_id    TEXT PRIMARY KEY,
    name        TEXT,
    kind        TEXT,
    country     TEXT,
    sector      TEXT,
    role        TEXT,
    first_seen  TEXT,
    last_seen   TEXT,
    origin      TEXT NOT NULL DEFAULT 'learned'
);

CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    name        TEXT,
    role        TEXT,
    actor_id    TEXT,
    rule        TEXT,
    PRIMARY KEY (article_id, start_char, end_char)
);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE events (
    event_id          TEXT PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    event_date        TEXT,
    date_precision    TEXT,
    plover            TEXT NOT NULL,
    mode              TEXT,
    cameo             TEXT,
    quad_class        INTEGER,
    goldstein         REAL,
    polarity          TEXT NOT NULL,
    modality          TEXT NOT NULL,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    sentence          TEXT NOT NULL,
    sentence_start    INTEGER NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      TEXT NOT NULL,
    confidence        REAL NOT NULL,
    rule              TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX events_date ON events (event_date);

CREATE TABLE event_actors (
    event_id    TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    actor_id    TEXT,
    name        TEXT,
    country     TEXT,
    sector      TEXT,
    actor_role  TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE quotes (
    article_id        TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    cue               TEXT,
    speaker_text      TEXT,
    speaker_actor_id  TEXT,
    speaker_name      TEXT,
    speaker_country   TEXT,
    speaker_sector    TEXT,
    speaker_role      TEXT,
    PRIMARY KEY (article_id, start_char, end_char)
);
