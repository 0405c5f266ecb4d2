-- dashiji store on PostgreSQL, schema version 11 (migrations/0011_event_days_facets.sql): the
-- covering index of the event facets by the days of the events' dates, in place of the one on
-- the date string.
CREATE INDEX IF NOT EXISTS events_days_facets
    ON events(date_start, date_end, type, news_type, status, modality, place_country);
DROP INDEX IF EXISTS events_date_facets;
