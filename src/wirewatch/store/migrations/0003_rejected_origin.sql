-- wirewatch schema, version 3: find an input's earlier rejection by where it came from, so that
-- coding the input once it is fixed (a new id: the text's hash, not the bad bytes') replaces the
-- rejected row instead of leaving it beside the coded one. Portable SQL (PostgreSQL runs it too).
CREATE INDEX articles_rejected_origin ON articles (origin) WHERE status = 'rejected';
