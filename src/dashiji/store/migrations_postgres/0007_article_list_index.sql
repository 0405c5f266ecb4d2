-- dashiji store on PostgreSQL, schema version 7: a covering index for the API's article list
-- (migrations/0007_article_list_index.sql).
CREATE INDEX IF NOT EXISTS documents_published_status
    ON documents(published, status, id);
