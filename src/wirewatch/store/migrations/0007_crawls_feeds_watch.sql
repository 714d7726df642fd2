-- wirewatch schema, version 7 (issue 14, items 4 and 5). Portable SQL (PostgreSQL runs it too).
-- When a web archive or the feed reader fetched an article's page (the WARC-Date of its record,
-- or the time of the fetch), beside `published`, the date the page gives.
ALTER TABLE articles ADD COLUMN crawled TEXT;

-- `wirewatch feeds`: every feed item seen, so a restart fetches only what is new. An item is
-- known by its feed and its key (the item's guid/id, else its link).
CREATE TABLE feed_items (
    feed_url    TEXT NOT NULL,
    item_key    TEXT NOT NULL,
    link        TEXT,
    article_id  TEXT,
    outcome     TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
-- A page two feeds list is fetched once: the second feed finds its link here.
CREATE INDEX feed_items_link ON feed_items (link);

-- The validators of the last full answer for a URL (a feed), sent back as If-None-Match /
-- If-Modified-Since so an unchanged feed costs a 304 and no body.
CREATE TABLE http_validators (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    checked_at     TEXT NOT NULL
);

-- `wirewatch watch`: the content digest each watched file was last coded from, and the article
-- id its single record was coded under, so a later version is coded again under that id.
CREATE TABLE watched_files (
    path        TEXT PRIMARY KEY,
    digest      TEXT NOT NULL,
    article_id  TEXT,
    coded_at    TEXT NOT NULL
);
