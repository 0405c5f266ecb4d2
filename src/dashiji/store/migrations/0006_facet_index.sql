-- dashiji store, schema version 6: a covering index for the API's event facets (bench/serve.py).
-- The facet counts group the events of a date range by type, news type, status, modality and
-- place country: this index holds every column they read, so the count walks the index, not
-- the wide event rows.
CREATE INDEX IF NOT EXISTS events_date_facets
    ON events(date, type, news_type, status, modality, place_country);
