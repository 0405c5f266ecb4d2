-- dashiji store, schema version 1.
-- Applied by dashiji.store.schema.migrate inside one transaction, which then sets
-- PRAGMA user_version = 1.

-- Every input exactly as it arrived, kept even when its document failed.
CREATE TABLE raw_inputs (
    sha256      TEXT PRIMARY KEY,
    uri         TEXT NOT NULL,
    media_type  TEXT,
    fetched_at  TEXT,
    encoding    TEXT,
    metadata    TEXT,            -- JSON object
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL,
    stored_at   TEXT NOT NULL
);

-- Bookkeeping for each ingest run.
CREATE TABLE runs (
    run_id    INTEGER PRIMARY KEY,
    started   TEXT NOT NULL,
    finished  TEXT,
    inputs    TEXT,              -- JSON
    counts    TEXT               -- JSON
);

-- One row per document, whatever became of it.  `doc` is Document.to_dict() without the raw
-- bytes (in raw_inputs), the text (column `text`) and the spans (table `spans`).
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    raw_sha256      TEXT NOT NULL REFERENCES raw_inputs(sha256),
    source          TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'duplicate')),
    error_code      TEXT,
    error_message   TEXT,
    error_step      TEXT,
    duplicate_of    TEXT,
    title           TEXT,
    published       TEXT,
    published_from  TEXT,
    author          TEXT,
    outlet          TEXT,
    script          TEXT,
    text            TEXT NOT NULL DEFAULT '',
    run_id          INTEGER REFERENCES runs(run_id),
    ingested_at     TEXT NOT NULL,
    doc             TEXT NOT NULL    -- JSON
);
CREATE INDEX documents_raw_sha256 ON documents(raw_sha256);
CREATE INDEX documents_status ON documents(status, error_code);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The article's blocks (title, body paragraphs, captions) with their offsets into `text`.
CREATE TABLE blocks (
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    source_start  INTEGER,
    PRIMARY KEY (doc_id, idx)
);

-- Annotations of later layers; `text` is documents.text[start:end], for reading.
CREATE TABLE spans (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    label   TEXT NOT NULL DEFAULT '',
    attrs   TEXT,                -- JSON object
    text    TEXT
);
CREATE INDEX spans_doc_layer ON spans(doc_id, layer);
CREATE INDEX spans_layer_label ON spans(layer, label);

-- Full-text index over ok documents: title and text, normalised (NFKC, lower case,
-- simplified script) and cut into words by jieba, space-separated (dashiji.segment).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61'
);
