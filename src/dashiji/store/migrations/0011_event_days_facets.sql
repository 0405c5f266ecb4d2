-- dashiji store, schema version 11: the API's date filter compares the days an event's date
-- means (date_start, date_end of migration 0009), not its string (dashiji.serve.queries:
-- DATE_RULE, an event matches when all its days lie within the days asked for).  Its facet
-- counts group the events of a date range by type, news type, status, modality and place
-- country: this covering index holds every column they read, in the order of the days, so a
-- count walks a range of the index, not the wide event rows.  It replaces the one on the
-- date string (0006), which nothing reads now.
CREATE INDEX IF NOT EXISTS events_days_facets
    ON events(date_start, date_end, type, news_type, status, modality, place_country);
DROP INDEX IF EXISTS events_date_facets;
