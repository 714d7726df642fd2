-- wirewatch schema, version 8 on PostgreSQL (in place of 0008_event_summaries.sql, whose triggers are SQLite's) (issue 14, item 6): per-event summaries that the unfiltered
-- network and facets (store/queries.py) add up instead of joining ~1M events to ~1.7M event actors.
-- event_pairs: one row per event and (source country, target country) pair of its actors, the two
-- countries different; `links` counts the (source actor, target actor) rows behind the pair, so a
-- mean Goldstein weighted by it is the mean over the actor join the filtered network reads.
-- event_sides: one row per event, side and country of its actors. Both carry the event's
-- `kept` (1: affirmed and actual or reported, the events shown unless include_all) and Goldstein
-- score, so the sums read one covering index and never the events. Triggers keep them in step
-- with every insert, update and delete of event actors (cascades from events and articles too) and
-- with updates of an event's polarity, modality or score: each change recomputes the event's rows.
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

-- The triggers' work: recompute event `eid`'s summary rows (a function body is a quoted string
-- here, not a dollar-quoted one, so the migration runner splits statements at the right semicolons).
CREATE FUNCTION event_summary_refresh(eid character varying) RETURNS void LANGUAGE sql AS '
    DELETE FROM event_pairs WHERE event_id = eid;
    INSERT INTO event_pairs (event_id, source, target, links, kept, goldstein)
        SELECT s.event_id, s.country, t.country, COUNT(*), CASE WHEN e.polarity = ''affirmed'' AND e.modality IN (''actual'', ''reported'') THEN 1 ELSE 0 END, e.goldstein
        FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = ''target''
        JOIN events e ON e.event_id = s.event_id
        WHERE s.event_id = eid AND s.role = ''source'' AND s.country <> t.country
        GROUP BY s.event_id, s.country, t.country, e.polarity, e.modality, e.goldstein;
    DELETE FROM event_sides WHERE event_id = eid;
    INSERT INTO event_sides (event_id, role, country, kept)
        SELECT DISTINCT x.event_id, x.role, x.country, CASE WHEN e.polarity = ''affirmed'' AND e.modality IN (''actual'', ''reported'') THEN 1 ELSE 0 END
        FROM event_actors x JOIN events e ON e.event_id = x.event_id
        WHERE x.event_id = eid AND x.country IS NOT NULL;
';
CREATE FUNCTION event_actors_summary() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        PERFORM event_summary_refresh(OLD.event_id);
    END IF;
    IF TG_OP <> ''DELETE'' THEN
        PERFORM event_summary_refresh(NEW.event_id);
    END IF;
    RETURN NULL;
END;
';
CREATE TRIGGER event_actors_summary AFTER INSERT OR UPDATE OR DELETE ON event_actors
    FOR EACH ROW EXECUTE FUNCTION event_actors_summary();
CREATE FUNCTION events_summary() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    PERFORM event_summary_refresh(NEW.event_id);
    RETURN NULL;
END;
';
CREATE TRIGGER events_summary AFTER UPDATE OF polarity, modality, goldstein ON events
    FOR EACH ROW EXECUTE FUNCTION events_summary();

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
