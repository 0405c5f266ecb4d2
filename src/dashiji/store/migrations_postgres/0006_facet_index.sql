-- dashiji store on PostgreSQL, schema version 6: a covering index for the API's event facets
-- (migrations/0006_facet_index.sql).
CREATE INDEX IF NOT EXISTS events_date_facets
    ON events(date, type, news_type, status, modality, place_country);
