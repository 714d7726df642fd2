-- wirewatch schema, version 2: the actor knowledge base. Portable SQL (PostgreSQL runs it too).
-- actors (version 1) keeps one row per actor: canonical name, country, sector, current role,
-- first/last seen and origin (learned | curated | analyst). These tables add the names an
-- actor goes by and the roles it held, each bounded by the dates it was seen or its term.
CREATE TABLE actor_aliases (
    actor_id    TEXT NOT NULL REFERENCES actors (actor_id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    alias_key   TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_key ON actor_aliases (alias_key);

-- span_no tells apart two terms in the same role (a president re-elected after a gap).
CREATE TABLE actor_roles (
    actor_id    TEXT NOT NULL REFERENCES actors (actor_id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    span_no     INTEGER NOT NULL DEFAULT 0,
    country     TEXT,
    sector      TEXT,
    first_seen  TEXT,
    last_seen   TEXT,
    origin      TEXT NOT NULL DEFAULT 'learned',
    PRIMARY KEY (actor_id, role, span_no)
);

CREATE INDEX actors_origin ON actors (origin);
