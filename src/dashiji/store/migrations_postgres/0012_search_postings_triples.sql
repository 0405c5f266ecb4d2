-- dashiji store on PostgreSQL, schema version 12 (migrations/0012_search_postings_triples.sql):
-- nothing.  SQLite's postings of common search terms are built again there when they track no
-- triple of characters; here the ranking is SQL (dashiji.store.pg_search).  The version is kept
-- in step with SQLite's.
SELECT 1;
