-- dashiji store, schema version 14: each event_actors row carries its event's kind (type and
-- news_type, as the events row has them) and how late the event reaches (`reach`, from its date
-- and last report: stories.event_rows.reach), and the actor's rows are indexed by them.
--
-- Each mention stored looks for the events it may join (stories.event_merge.candidates): the
-- events of its actors, of its kind, recent enough to fit (recent_bound).  Through
-- event_actors(actor_key) that looked up every event of the actor in the events_fit index and
-- kept the few that fit: an actor of a big store has thousands of events (4,454 rows of `tesla`
-- in a 20,541-article store); storing 400 documents there looked up 2,197,818 events, 486,681
-- of the mentions' kinds, 37,302 of them recent enough.  `reach >= bound` holds exactly when an
-- event passes the bound, so the index below gives those of the actor's rows alone.
-- stories.event_rows keeps the three columns equal to the event's (a new actor row takes them
-- from the events row; an event whose kind, date or last report changes updates its rows).
-- event_actors_key stays: counting an actor's distinct events (dashiji serve) reads it in
-- event order (0.5 ms for `tesla`, 1.8 ms through this index).
ALTER TABLE event_actors ADD COLUMN type TEXT;
ALTER TABLE event_actors ADD COLUMN news_type TEXT;
ALTER TABLE event_actors ADD COLUMN reach TEXT;
UPDATE event_actors AS a SET type = e.type, news_type = e.news_type, reach = CASE
        WHEN e.last_seen IS NULL THEN '9999-99-99'
        WHEN e.date IS NULL THEN e.last_seen
        WHEN e.date GLOB '*/*' OR NOT e.date GLOB '[0-9][0-9][0-9][0-9]*' THEN '9999-99-99'
        ELSE max(e.last_seen, e.date || substr('9999-99-99', length(e.date) + 1))
    END
    FROM events AS e WHERE e.event_id = a.event_id;
CREATE INDEX IF NOT EXISTS event_actors_kind ON event_actors(actor_key, news_type, reach, type);
