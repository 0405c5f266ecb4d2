-- dashiji store on PostgreSQL, schema version 14 (migrations/0014_event_actors_kind.sql): each
-- event_actors row carries its event's type and news_type and how late it reaches
-- (stories.event_rows.reach), indexed as (actor_key, news_type, reach, type); event_actors_key
-- stays.
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS type TEXT;
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS news_type TEXT;
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS reach TEXT;
UPDATE event_actors AS a SET type = e.type, news_type = e.news_type, reach = CASE
        WHEN e.last_seen IS NULL THEN '9999-99-99'
        WHEN e.date IS NULL THEN e.last_seen
        WHEN e.date LIKE '%/%' OR e.date !~ '^[0-9][0-9][0-9][0-9]' THEN '9999-99-99'
        ELSE greatest(e.last_seen, e.date || substr('9999-99-99', length(e.date) + 1))
    END
    FROM events AS e WHERE e.event_id = a.event_id;
CREATE INDEX IF NOT EXISTS event_actors_kind ON event_actors(actor_key, news_type, reach, type);
