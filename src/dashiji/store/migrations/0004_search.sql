-- dashiji store, schema version 4: substring search (dashiji.store.search, search_text).
-- Replaces documents_fts (jieba words, which missed single characters inside words) with an
-- index of character bigrams over each ok document's search view (NFKC, lower case,
-- simplified script), in which every query term of any length matches as a substring.

DROP TABLE IF EXISTS documents_fts;

-- One row per indexed document; `id` is the rowid of its search_index row (an INTEGER
-- PRIMARY KEY, so that VACUUM keeps it).
CREATE TABLE IF NOT EXISTS search_docs (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL UNIQUE
);

-- Contentless FTS5: each column holds the overlapping bigrams of the view, each character as
-- four base-36 digits of its code point (8-character ASCII tokens); prefix='4' answers
-- one-character terms.  Query it with dashiji_search_match(query) (the datasette plugin and
-- dashiji.store register it): MATCH expressions are never written by hand.
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
    title,
    body,
    content = '',
    prefix = '4',
    tokenize = 'ascii'
);

-- Index the documents already stored (dashiji_search_tokens is registered by Store.open);
-- written so that a file whose version was set back re-runs it without indexing twice.
INSERT INTO search_docs (doc_id)
    SELECT id FROM documents
    WHERE status = 'ok' AND (text != '' OR coalesce(title, '') != '')
      AND id NOT IN (SELECT doc_id FROM search_docs)
    ORDER BY rowid;
INSERT INTO search_index (rowid, title, body)
    SELECT s.id, dashiji_search_tokens(coalesce(d.title, '')), dashiji_search_tokens(d.text)
    FROM search_docs s JOIN documents d ON d.id = s.doc_id
    WHERE s.id NOT IN (SELECT id FROM search_index_docsize)
    ORDER BY s.id;
