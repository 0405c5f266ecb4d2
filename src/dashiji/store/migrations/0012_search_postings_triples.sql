-- dashiji store, schema version 12: the search postings (0008) track triples of characters too
-- (特斯拉, 黎智英) since the rule that chooses their terms changed; a store whose postings were
-- built before tracks only characters and pairs, and kept them (the terms are chosen again only
-- when the store doubles): FTS5 scored the thousands of rows of every such triple (bench/serve.py,
-- 20,536 articles: run_search CPU p95 11.6 -> 9.0 ms once rebuilt).  Such postings are
-- forgotten here; Store.open builds them again right after this migration (~17 s CPU on 20,000
-- articles, once).  A store tracking triples already, or tracking nothing, keeps its postings.
DELETE FROM search_postings_state
WHERE EXISTS (SELECT 1 FROM search_terms)
  AND NOT EXISTS (SELECT 1 FROM search_terms WHERE length(term) = 3);
