-- dashiji store, schema version 10: a covering index for the candidate events of a mention
-- (stories.event_merge.candidates).  Each mention stored looks up every event of its actors
-- and keeps those of its kind and time: for an actor of thousands of events, reading each from
-- the wide events table was most of the store's time (41 ms a document at 20,000 articles,
-- 85 % of it this query).  This index holds what the lookup reads; the query names it, since
-- without statistics SQLite would take the primary key's index instead.
CREATE INDEX IF NOT EXISTS events_fit
    ON events(event_id, type, mode, news_type, date, date_source, place_country, modality,
              status, story_id, last_seen, trigger);
