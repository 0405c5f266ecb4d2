-- dashiji store on PostgreSQL, schema version 13 (migrations/0013_raw_data_last.sql):
-- raw_inputs.data becomes the table's last column, as in SQLite, where a zeroblob that ends the
-- row is not made in memory (a 19.6 MB input's insert: +39 MB before, +2 MB after).  PostgreSQL
-- binds the bytes as they are (no zeroblob); the columns are kept in the same order on both
-- stores.  PostgreSQL cannot move a column either: the bytes go into a new last column.
ALTER TABLE raw_inputs ADD COLUMN data_v13 BYTEA;
UPDATE raw_inputs SET data_v13 = data;
ALTER TABLE raw_inputs DROP COLUMN data;
ALTER TABLE raw_inputs RENAME COLUMN data_v13 TO data;
ALTER TABLE raw_inputs ALTER COLUMN data SET NOT NULL;
COMMENT ON COLUMN raw_inputs.data IS 'the input''s bytes exactly as they arrived';
