-- dashiji store on PostgreSQL, schema version 2: duplicate-detection signatures
-- (migrations/0002_minhash.sql).
CREATE TABLE minhash (
    doc_id      TEXT PRIMARY KEY,
    exact_hash  TEXT NOT NULL,
    scheme      TEXT NOT NULL,
    num_perm    INTEGER NOT NULL,
    seed        BIGINT NOT NULL,
    shingle     INTEGER NOT NULL,
    hashvalues  BYTEA
);
CREATE INDEX minhash_exact_hash ON minhash(exact_hash);
