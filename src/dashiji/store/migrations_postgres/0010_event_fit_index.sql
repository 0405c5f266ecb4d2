-- dashiji store on PostgreSQL, schema version 10: the covering index of the candidate events
-- of a mention (migrations/0010_event_fit_index.sql).
CREATE INDEX IF NOT EXISTS events_fit
    ON events(event_id, type, mode, news_type, date, date_source, place_country, modality,
              status, story_id, last_seen, trigger);
