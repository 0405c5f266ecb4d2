-- dashiji store, schema version 9: events sort by the days their date means, not its string.
-- An event's `date` is written at its precision (2021-W06, 2021-02, 2021-02-08, 2015-H1, a
-- range A/B ...): compared as strings a week date sorts after every day of its year
-- ('W' > '1').  date_start and date_end are the first and the last day the date can mean
-- (dashiji.export.dates.interval; an open end of a range takes the other end), YYYY-MM-DD, and
-- the event lists sort by them (dashiji.serve.queries.EVENT_SORTS).  dashiji_date_start and
-- dashiji_date_end are registered by Store.open.
ALTER TABLE events ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN date_end TEXT;
UPDATE events SET date_start = dashiji_date_start(date, precision),
                  date_end = dashiji_date_end(date, precision)
    WHERE date IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_date_start ON events(date_start, date_end);
CREATE INDEX IF NOT EXISTS events_type_status_start ON events(type, status, date_start, date_end);
