-- dashiji store, schema version 7: a covering index for the API's article list (bench/serve.py).
-- The list pages the ok documents newest first; with only documents_published, every row
-- skipped by the page's offset was read from the wide documents table (3.7 ms for offset 950
-- of 20,000 articles).  This index holds what choosing the page reads.
CREATE INDEX IF NOT EXISTS documents_published_status
    ON documents(published, status, id);
