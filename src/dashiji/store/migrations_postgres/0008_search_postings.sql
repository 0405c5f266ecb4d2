-- dashiji store on PostgreSQL, schema version 8 (migrations/0008_search_postings.sql): nothing.
-- SQLite's postings of common search terms let it rank without FTS5 scoring every match; here
-- search_docs already holds each document's views and size, and the ranking is SQL
-- (dashiji.store.pg_search).  The version is kept in step with SQLite's.
SELECT 1;
