-- wirewatch schema, version 8 (issue 14, item 6): per-event summaries that the unfiltered
-- network and facets (store/queries.py) add up instead of joining ~1M events to ~1.7M event actors.
-- event_pairs: one row per event and (source country, target country) pair of its actors, the two
-- countries different; `links` counts the (source actor, target actor) rows behind the pair, so a
-- mean Goldstein weighted by it is the mean over the actor join the filtered network reads.
-- event_sides: one row per event, side and country of its actors. Both carry the event's
-- `kept` (1: affirmed and actual or reported, the events shown unless include_all) and Goldstein
-- score, so the sums read one covering index and never the events. Triggers keep them in step
-- with every insert, update and delete of event actors (cascades from events and articles too) and
-- with updates of an event's polarity, modality or score: each change recomputes the event's rows.
-- The unfiltered type and quad class facets and the unfiltered map read covering indexes, not the
-- events' rows with their sentences (a pass over 1 GB on 1M events): one of each event's kind, one
-- of each located event's place. (PostgreSQL plans its own way: 0008_event_summaries.postgresql.sql
-- leaves them out.)
CREATE INDEX events_kinds ON events (plover, quad_class, polarity, modality);
CREATE INDEX events_places ON events (location_name, lat, lon, location_country, plover, quad_class,
    polarity, modality, event_date) WHERE lat IS NOT NULL AND lon IS NOT NULL;

CREATE TABLE event_pairs (
    event_id   TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    links      INTEGER NOT NULL,
    kept       INTEGER NOT NULL,
    goldstein  REAL,
    PRIMARY KEY (event_id, source, target)
);
CREATE INDEX event_pairs_totals ON event_pairs (kept, source, target, goldstein, links);

CREATE TABLE event_sides (
    event_id  TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    country   TEXT NOT NULL,
    kept      INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, country)
);
CREATE INDEX event_sides_totals ON event_sides (kept, role, country);

CREATE TRIGGER event_actors_summary_insert AFTER INSERT ON event_actors BEGIN
    DELETE FROM event_pairs WHERE event_id = new.event_id;
    INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
        SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END, e.goldstein
        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        JOIN events e ON e.event_id = s.event_id
        WHERE s.event_id = new.event_id AND s.role = 'source' AND s.country <> t.country
        GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
    DELETE FROM event_sides WHERE event_id = new.event_id;
    INSERT INTO event_sides (event_id, role, country, kept)
        SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END
        FROM event_actors x JOIN events e ON e.event_id = x.event_id
        WHERE x.event_id = new.event_id AND x.country IS NOT NULL;
END;
CREATE TRIGGER event_actors_summary_delete AFTER DELETE ON event_actors BEGIN
    DELETE FROM event_pairs WHERE event_id = old.event_id;
    INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
        SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END, e.goldstein
        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        JOIN events e ON e.event_id = s.event_id
        WHERE s.event_id = old.event_id AND s.role = 'source' AND s.country <> t.country
        GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
    DELETE FROM event_sides WHERE event_id = old.event_id;
    INSERT INTO event_sides (event_id, role, country, kept)
        SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END
        FROM event_actors x JOIN events e ON e.event_id = x.event_id
        WHERE x.event_id = old.event_id AND x.country IS NOT NULL;
END;
CREATE TRIGGER event_actors_summary_update AFTER UPDATE ON event_actors BEGIN
    DELETE FROM event_pairs WHERE event_id = old.event_id;
    INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
        SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END, e.goldstein
        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        JOIN events e ON e.event_id = s.event_id
        WHERE s.event_id = old.event_id AND s.role = 'source' AND s.country <> t.country
        GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
    DELETE FROM event_sides WHERE event_id = old.event_id;
    INSERT INTO event_sides (event_id, role, country, kept)
        SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END
        FROM event_actors x JOIN events e ON e.event_id = x.event_id
        WHERE x.event_id = old.event_id AND x.country IS NOT NULL;
    DELETE FROM event_pairs WHERE event_id = new.event_id;
    INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
        SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END, e.goldstein
        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
        JOIN events e ON e.event_id = s.event_id
        WHERE s.event_id = new.event_id AND s.role = 'source' AND s.country <> t.country
        GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
    DELETE FROM event_sides WHERE event_id = new.event_id;
    INSERT INTO event_sides (event_id, role, country, kept)
        SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END
        FROM event_actors x JOIN events e ON e.event_id = x.event_id
        WHERE x.event_id = new.event_id AND x.country IS NOT NULL;
END;
CREATE TRIGGER events_summary_update AFTER UPDATE OF polarity, modality, goldstein ON events BEGIN
    UPDATE event_pairs SET kept = (SELECT CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END FROM events e WHERE e.event_id = new.event_id),
        goldstein = new.goldstein WHERE event_id = new.event_id;
    UPDATE event_sides SET kept = (SELECT CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END FROM events e WHERE e.event_id = new.event_id)
        WHERE event_id = new.event_id;
END;

-- Existing databases: summarise the events already stored.
INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
    SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END, e.goldstein
    FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'
    JOIN events e ON e.event_id = s.event_id
    WHERE s.role = 'source' AND s.country <> t.country
    GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
INSERT INTO event_sides (event_id, role, country, kept)
    SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported') THEN 1 ELSE 0 END
    FROM event_actors x JOIN events e ON e.event_id = x.event_id
    WHERE x.country IS NOT NULL;
