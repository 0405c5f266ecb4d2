-- dashiji store, schema version 2: duplicate-detection signatures (dashiji.dedup).
-- One row per first copy (an ok document): the hash of its normalised text and its MinHash
-- signature (num_perm little-endian uint32 values of `scheme` (dashiji.minhash); NULL for texts
-- too short for near-duplicate detection), so that a later run is seeded without
-- recomputing.  No foreign key: a signature may be saved just before its document; readers
-- join on documents.
CREATE TABLE minhash (
    doc_id      TEXT PRIMARY KEY,
    exact_hash  TEXT NOT NULL,
    scheme      TEXT NOT NULL,
    num_perm    INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    shingle     INTEGER NOT NULL,
    hashvalues  BLOB
);
CREATE INDEX minhash_exact_hash ON minhash(exact_hash);
