-- dashiji store on PostgreSQL, schema version 5: indexes for the API's event lists
-- (migrations/0005_event_indexes.sql).
CREATE INDEX IF NOT EXISTS events_type_status_date ON events(type, status, date);
CREATE INDEX IF NOT EXISTS events_id_date ON events(event_id, date);
CREATE INDEX IF NOT EXISTS events_num_mentions ON events(num_mentions);
CREATE INDEX IF NOT EXISTS events_num_articles ON events(num_articles);
CREATE INDEX IF NOT EXISTS events_last_seen ON events(last_seen);
