-- dashiji store, schema version 8: postings of the common search terms (dashiji.store.search_postings).
-- FTS5's bm25 walks every matching row (~1.5 us each: 的 matches 19,000 of 20,000 articles, 35
-- ms); for the characters and character pairs that many documents hold, these postings let a
-- search rank its matches with numpy, to the same scores.  Store.open fills them for the
-- documents already indexed right after this migration; every ingest run appends a segment.

-- The tracked terms: one or two characters of the search view.
CREATE TABLE IF NOT EXISTS search_terms (
    term    TEXT PRIMARY KEY
) WITHOUT ROWID;

-- A segment of one term's postings: the search_docs ids (uint32, ascending, little-endian)
-- of the documents holding it from `first` on, and its occurrences in each one's title view
-- and text view (uint32 each, the same order).
CREATE TABLE IF NOT EXISTS search_postings (
    term        TEXT NOT NULL,
    first       INTEGER NOT NULL,
    docs        BLOB NOT NULL,
    title_tf    BLOB NOT NULL,
    body_tf     BLOB NOT NULL,
    PRIMARY KEY (term, first)
) WITHOUT ROWID;

-- Each covered document's size in index tokens (title and text views), in segments.
CREATE TABLE IF NOT EXISTS search_sizes (
    first   INTEGER PRIMARY KEY,
    docs    BLOB NOT NULL,
    sizes   BLOB NOT NULL
);

-- One row once the postings are built: the last search_docs id they cover, the document floor
-- the tracked terms were chosen with and how many documents there were then (when the index
-- has twice as many, the terms are chosen again and the postings built anew).
CREATE TABLE IF NOT EXISTS search_postings_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    through     INTEGER NOT NULL,
    min_df      INTEGER NOT NULL,
    chosen_at   INTEGER NOT NULL
);
