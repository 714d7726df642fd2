-- Indexes the event filters are driven by (store/queries.py): each filter on event actors is an
-- `e.event_id IN (SELECT event_id FROM event_actors WHERE ...)` list built once from one of these,
-- not a subquery run again for every event.
CREATE INDEX event_actors_country_role ON event_actors (country, role, event_id);
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);
DROP INDEX event_actors_country;
