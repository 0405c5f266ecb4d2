-- dashiji store on PostgreSQL, schema version 9 (migrations/0009_event_date_bounds.sql): the
-- first and last day each event's date can mean, which the event lists sort by.  The rows
-- already stored get them from dashiji.store.pg_schema.migrate (Python: the date grammar of
-- dashiji.export.dates), in the same transaction.
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_start TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_end TEXT;
CREATE INDEX IF NOT EXISTS events_date_start ON events(date_start, date_end);
CREATE INDEX IF NOT EXISTS events_type_status_start ON events(type, status, date_start, date_end);
