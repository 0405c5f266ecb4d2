"""dashiji's search inside datasette: ``datasette news.db`` finds what ``dashiji search`` finds.

Registered through the ``datasette`` entry point of the package (``pyproject.toml``), so that
installing dashiji beside datasette is enough.  For every database holding a dashiji search
index (``search_index``, store schema 4 and later) it adds:

* SQL functions on every connection: ``dashiji_search_match(q)`` -- the FTS5 MATCH expression
  for a user query (the language of :mod:`dashiji.store.search_query`); a malformed query gives
  an expression that matches nothing -- ``dashiji_search_error(q)`` -- why a query is malformed
  (NULL when it is fine or blank) -- ``dashiji_search_snippet(text, q)`` -- the best passage
  of ``text`` as JSON ``{"text": ..., "highlights": [[start, end], ...]}``;
* a canned query ``search`` (``/<db>/search?q=...``): the total, then title, date, outlet and
  snippet of the best 50 hits, ranked like ``dashiji search``; a malformed query shows one row
  with the reason;
* cell rendering: the ``snippet`` column of that query shows its matches in ``<mark>``, the
  text escaped (scraped text is hostile);
* metadata hiding ``search_index``, ``search_docs`` and the postings of common terms from the
  table list: datasette's own search box on them would look for words in tables of codes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from .store.search import BM25_WEIGHTS, mark, register_functions

PAGE = 50

_WEIGHTS = ", ".join(str(float(w)) for w in BM25_WEIGHTS)
SEARCH_SQL = f"""
SELECT title, published, outlet, json_extract(snip, '$.text') AS snippet, id, total,
       json_extract(snip, '$.highlights') AS highlights
FROM (
  SELECT 0 AS part, 0 AS score, 0 AS rid, dashiji_search_error(:q) AS title,
         NULL AS published, NULL AS outlet, NULL AS snip, NULL AS id, 0 AS total
  WHERE dashiji_search_error(:q) IS NOT NULL
  UNION ALL
  SELECT 1, r.score, r.rid, d.title, d.published, d.outlet,
         dashiji_search_snippet(coalesce(nullif(d.text, ''), d.title), :q), d.id, r.total
  FROM (
    SELECT rowid AS rid, bm25(search_index, {_WEIGHTS}) AS score,
           (SELECT count(*) FROM search_index WHERE search_index MATCH dashiji_search_match(:q))
             AS total
    FROM search_index WHERE search_index MATCH dashiji_search_match(:q)
    ORDER BY score, rowid LIMIT {PAGE}
  ) r
  JOIN search_docs s ON s.id = r.rid
  JOIN documents d ON d.id = s.doc_id
)
ORDER BY part, score, rid
"""


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    register_functions(conn)


@hookimpl
def canned_queries(datasette: Any, database: str) -> Any:
    async def inner() -> dict[str, Any]:
        db = datasette.get_database(database)
        if not await db.table_exists("search_index") or not await db.table_exists("search_docs"):
            return {}
        return {
            "search": {
                "sql": SEARCH_SQL,
                "title": "Search articles (dashiji)",
                "description": (
                    'Words of any length (美, 郭美美), "phrases", OR, -exclude, (groups), '
                    "either script; every term matches as a substring. The same search as "
                    "`dashiji search`: total, then the best 50 hits."
                ),
                "params": ["q"],
            }
        }

    return inner


_HIDDEN = {
    "hidden": True,
    "description": "dashiji's search index (character bigrams, not words): search with the "
    "canned query 'search' of this database, or dashiji_search_match(q) in SQL",
}


@hookimpl
def get_metadata(datasette: Any) -> dict[str, Any]:
    """Hide the index tables (their own search box would take words, not bigram codes)."""
    tables = {
        name: _HIDDEN
        for name in (
            "search_index",
            "search_docs",
            "search_terms",
            "search_postings",
            "search_sizes",
            "search_postings_state",
        )
    }
    return {"databases": {name: {"tables": tables} for name in datasette.databases}}


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None) -> Any:
    if table is not None or column != "snippet" or not isinstance(value, str):
        return None
    try:
        raw = row["highlights"]
    except (KeyError, IndexError, TypeError):
        return None
    try:
        spans = [(int(s), int(e)) for s, e in json.loads(raw or "[]")]
    except (ValueError, TypeError):
        return None
    return Markup(mark(value, spans, "<mark>", "</mark>", escape=lambda s: str(escape(s))))
