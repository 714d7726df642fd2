-- Word search (SQLite FTS5) over event sentences and over the names and mention texts of event
-- actors: the `search` (q) and `actor` filters of store/queries.py MATCH these instead of reading
-- every row with LIKE. Both are external-content indexes on the tables' rowids: they hold no copy
-- of the text, and the triggers below keep them in step with every insert, replace, update and
-- delete (including the cascade when an article is deleted). A PostgreSQL store would use a
-- tsvector index in their place.
CREATE VIRTUAL TABLE events_fts USING fts5 (sentence, content = 'events', content_rowid = 'rowid');
CREATE VIRTUAL TABLE event_actors_fts USING fts5 (text, name, content = 'event_actors', content_rowid = 'rowid');

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;
-- INSERT OR REPLACE deletes the old row without running delete triggers: take it out first.
CREATE TRIGGER events_fts_replace BEFORE INSERT ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence)
        SELECT 'delete', rowid, sentence FROM events WHERE event_id = new.event_id;
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
    INSERT INTO events_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;

CREATE TRIGGER event_actors_fts_insert AFTER INSERT ON event_actors BEGIN
    INSERT INTO event_actors_fts (rowid, text, name) VALUES (new.rowid, new.text, new.name);
END;
CREATE TRIGGER event_actors_fts_replace BEFORE INSERT ON event_actors BEGIN
    INSERT INTO event_actors_fts (event_actors_fts, rowid, text, name)
        SELECT 'delete', rowid, text, name FROM event_actors
        WHERE event_id = new.event_id AND role = new.role AND position = new.position;
END;
CREATE TRIGGER event_actors_fts_delete AFTER DELETE ON event_actors BEGIN
    INSERT INTO event_actors_fts (event_actors_fts, rowid, text, name) VALUES ('delete', old.rowid, old.text, old.name);
END;
CREATE TRIGGER event_actors_fts_update AFTER UPDATE OF text, name ON event_actors BEGIN
    INSERT INTO event_actors_fts (event_actors_fts, rowid, text, name) VALUES ('delete', old.rowid, old.text, old.name);
    INSERT INTO event_actors_fts (rowid, text, name) VALUES (new.rowid, new.text, new.name);
END;

-- Existing databases: index the rows already stored.
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
INSERT INTO event_actors_fts (event_actors_fts) VALUES ('rebuild');

-- The joins from events to their source and target countries (network, facets) read this index
-- alone, never the event_actors rows.
CREATE INDEX event_actors_event_role_country ON event_actors (event_id, role, country);
