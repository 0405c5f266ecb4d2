-- dashiji store, schema version 13: raw_inputs.data is the table's last column.
--
-- Raw bytes over 1 MB are inserted as a zeroblob and written into it piece by piece
-- (Store._put_raw).  SQLite builds a row whole in memory, but leaves a zeroblob that ends the row
-- out of it: with stored_at after data, the 19.6 MB of zeros of a 19.6 MB input were made (and
-- copied) in memory, +39 MB for the insert; with data last, +2 MB.  SQLite cannot move a
-- column, so the table is made again (the rows copied in the same order, rowids kept) and its
-- rows then keep the order of the columns below.
CREATE TABLE raw_inputs_v13 (
    sha256      TEXT PRIMARY KEY,
    uri         TEXT NOT NULL,
    media_type  TEXT,
    fetched_at  TEXT,
    encoding    TEXT,
    metadata    TEXT,            -- JSON object
    size        INTEGER NOT NULL,
    stored_at   TEXT NOT NULL,
    data        BLOB NOT NULL    -- last: see above
);
INSERT INTO raw_inputs_v13
    (rowid, sha256, uri, media_type, fetched_at, encoding, metadata, size, stored_at, data)
SELECT rowid, sha256, uri, media_type, fetched_at, encoding, metadata, size, stored_at, data
FROM raw_inputs ORDER BY rowid;
DROP TABLE raw_inputs;
ALTER TABLE raw_inputs_v13 RENAME TO raw_inputs;
