"""Full-text search on the PostgreSQL store, answering as the SQLite store does.

The query language, the search view and the snippets are :mod:`dashiji.store.search`'s; only
finding and ranking the documents differ (schema: ``migrations_postgres/0004_search.sql``):

* **Finding.**  ``search_docs.bigrams`` is a tsvector of the distinct character bigrams of a
  document's title and text views -- the same tokens (four base-36 digits per character) that
  SQLite's ``search_index`` holds -- with a GIN index.  A query becomes a tsquery over them: a
  term of two or more characters needs every bigram of the term (``'b1' & 'b2' & ...``), a
  one-character term any bigram it begins (``'code':*``), OR and groups as written; excluded
  terms are left out of the tsquery, which only narrows the candidates.  The exact test then
  runs on the candidates: ``strpos`` of each term in the title view or the text view (for a
  term of one or two characters the lexemes are exact already), with the query's AND, OR and
  NOT.  So a document matches exactly when SQLite's phrase queries over
  bigrams match it: every term a substring of the title's view or the text's view.
  (A tsvector of jieba words could not find 美 inside 欧美, nor can pg_trgm answer a
  one- or two-character pattern from its index: no trigram is drawn from it.)
* **Ranking.**  FTS5's ``bm25`` with the same column weights (title 3, text 1), computed in
  SQL with the same formula and the same order of operations: for each phrase (term) its IDF
  ``log((N - n + 0.5) / (n + 0.5))`` (1e-6 when not above 0) over N indexed documents of which
  n hold it, its frequency (the weighted count of its -- overlapping -- occurrences, counted
  only where the part of the query holding it matches, as FTS5 does), the document's size in
  tokens against the average; ties by storage order.  Scores are the same floating-point
  values as SQLite's, so hits come in the same order.

Every term reaches PostgreSQL as a parameter; the SQL is put together from fixed pieces, one per
node of the parsed query.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .search import BM25_WEIGHTS, SearchResult, check_page, make_hits
from .search_query import All, Node, Term, parse_query, phrases, positive_terms, query_error
from .search_query import Any as AnyOf
from .search_text import index_tokens, term_expression, view_of

if TYPE_CHECKING:
    from .postgres import PgConnection

__all__ = ["index_document", "unindex_document", "run_search", "tsquery"]

K1 = 1.2
B = 0.75


def index_document(
    conn: PgConnection,
    doc_id: str,
    title: str,
    text: str,
    tokens: tuple[str, str] | None = None,
) -> None:
    """Add one document to the index (the caller holds the transaction); ``tokens``: the
    :func:`index_tokens` of ``title`` and ``text``, when made beforehand."""
    title_view, body_view = view_of(title), view_of(text)
    title_tokens, body_tokens = tokens or (index_tokens(title), index_tokens(text))
    bigrams = sorted(set(title_tokens.split()) | set(body_tokens.split()))
    conn.execute(
        "INSERT INTO search_docs (doc_id, title_view, body_view, size, bigrams)"
        " VALUES (?, ?, ?, ?, array_to_tsvector(?::text[]))",
        (doc_id, title_view, body_view, len(title_view) + len(body_view), bigrams),
    )


def unindex_document(conn: PgConnection, doc_id: str) -> None:
    conn.execute("DELETE FROM search_docs WHERE doc_id = ?", (doc_id,))


# ---- the tsquery that finds the candidates -------------------------------------------------------
def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _term_tsquery(term: str) -> str:
    expr = term_expression(term)  # '"abcd"*' or '"abcdefgh ijklmnop ..."' (base-36 digits only)
    if expr.endswith("*"):
        return _quote(expr[1:-2]) + ":*"
    return " & ".join(_quote(t) for t in dict.fromkeys(expr.strip('"').split()))


def tsquery(node: Node) -> str:
    """The tsquery over ``search_docs.bigrams`` that every match of ``node`` satisfies."""
    if isinstance(node, Term):
        return _term_tsquery(node.text)
    if isinstance(node, AnyOf):
        return " | ".join(f"({tsquery(n)})" for n in node.items)
    return " & ".join(f"({tsquery(n)})" for n in node.items)  # exclusions only narrow further


# ---- the exact test and the score ----------------------------------------------------------------
_HAS = "(strpos(s.title_view, ?) > 0 OR strpos(s.body_view, ?) > 0)"


def _border(term: str) -> bool:
    """Can two occurrences of ``term`` overlap (a proper prefix that is also a suffix)?"""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))


def _regex_literal(term: str) -> str:
    """``term`` as a PostgreSQL regular expression matching it literally."""
    return "".join(c if c.isalnum() or not c.isascii() else "\\" + c for c in term)


@dataclass
class _Sql:
    """SQL text put together from fixed pieces, with its parameters in order."""

    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> _Sql:
        self.parts.append(sql)
        self.params.extend(params)
        return self

    def extend(self, other: _Sql) -> _Sql:
        self.parts.extend(other.parts)
        self.params.extend(other.params)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


#: Terms this long or shorter are answered exactly by the bigram lexemes alone: a character
#: occurs in a view exactly when some bigram begins with it (the last one with the column's end
#: mark), two characters exactly when their bigram is there (no term holds the end mark).
EXACT_BY_LEXEMES = 2


def predicate(node: Node) -> _Sql:
    """The exact test of ``node`` on a ``search_docs s`` row."""
    if isinstance(node, Term):
        if len(node.text) <= EXACT_BY_LEXEMES:
            return _Sql().add("s.bigrams @@ ?::tsquery", _term_tsquery(node.text))
        return _Sql().add(_HAS, node.text, node.text)
    out = _Sql().add("(")
    joiner = " OR " if isinstance(node, AnyOf) else " AND "
    for i, item in enumerate(node.items):
        out.add(joiner if i else "").extend(predicate(item))
    if isinstance(node, All) and node.exclude:
        out.add(" AND NOT (")
        for i, item in enumerate(node.exclude):
            out.add(" OR " if i else "").extend(predicate(item))
        out.add(")")
    return out.add(")")


def _occurrences(column: str, term: str) -> _Sql:
    """How many times ``term`` occurs in ``column``, overlapping occurrences each counted."""
    if _border(term):
        return _Sql().add(f"regexp_count({column}, ?)", "(?=" + _regex_literal(term) + ")")
    return _Sql().add(
        f"((char_length({column}) - char_length(replace({column}, ?, ''))) / ?)",
        term,
        len(term),
    )


def _frequency(term: str, guards: tuple[Node, ...]) -> _Sql:
    title_w, body_w = BM25_WEIGHTS
    freq = (
        _Sql()
        .add("(?::float8 * (", float(title_w))
        .extend(_occurrences("s.title_view", term))
        .add(")::float8 + ?::float8 * (", float(body_w))
        .extend(_occurrences("s.body_view", term))
        .add(")::float8)")
    )
    if not guards:
        return freq
    out = _Sql().add("(CASE WHEN ")
    for i, g in enumerate(guards):
        out.add(" AND " if i else "").extend(predicate(g))
    return out.add(" THEN ").extend(freq).add(" ELSE 0.0::float8 END)")


def score(idf: list[float], avgdl: float) -> _Sql:
    """FTS5's bm25, operation for operation (fts5_aux.c), of a row ``q`` holding the phrases'
    frequencies ``f0``, ``f1``, ... and the document's ``size``."""
    out = _Sql().add("(-1.0::float8 * (0.0::float8")
    for i, w in enumerate(idf):
        f = f"q.f{i}"  # a column name made here, not data
        out.add(f" + (?::float8 * (({f} * ?::float8) / ({f}", w, K1 + 1.0)
        out.add(
            " + ?::float8 * (?::float8 + ?::float8 * q.size::float8 / ?::float8))))",
            K1,
            1 - B,
            B,
            avgdl,
        )
    return out.add("))")


# ---- running a search ----------------------------------------------------------------------------
def _match(node: Node) -> _Sql:
    if isinstance(node, Term) and len(node.text) <= EXACT_BY_LEXEMES:
        return predicate(node)
    return _Sql().add("s.bigrams @@ ?::tsquery AND ", tsquery(node)).extend(predicate(node))


def run_search(
    conn: PgConnection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    time_limit: float | None = 5.0,
) -> SearchResult:
    """:func:`dashiji.store.search.run_search` on PostgreSQL: the same total, hits and order."""
    check_page(limit, offset)
    node = parse_query(query)
    terms = positive_terms(node)
    where = _match(node)
    import psycopg

    try:
        with conn.transaction():
            if time_limit is not None:
                conn.execute(
                    "SELECT set_config('statement_timeout', ?, true)",
                    (str(max(1, int(time_limit * 1000))),),
                )
            total = int(
                conn.execute(
                    "SELECT count(*) FROM search_docs s WHERE " + where.text, where.params
                ).fetchone()[0]
            )
            rows: list[tuple[Any, ...]] = []
            if total and limit and offset < total:
                rows = _page(conn, node, where, limit, offset, total)
    except psycopg.errors.QueryCanceled as exc:
        raise query_error("too_slow", seconds=f"{time_limit:g}") from exc
    except psycopg.Error as exc:
        raise StoreError(f"search failed for {query!r}: {exc}") from exc
    return SearchResult(
        query=query, total=total, limit=limit, offset=offset, hits=make_hits(rows, terms)
    )


def _page(
    conn: PgConnection, node: Node, where: _Sql, limit: int, offset: int, total: int
) -> list[tuple[Any, ...]]:
    n_rows, n_tokens = conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM search_docs"
    ).fetchone()
    terms = phrases(node)
    idf = []
    hits: dict[str, int] = {node.text: total} if isinstance(node, Term) else {}
    for term, _ in terms:
        if term not in hits:
            m = _match(Term(term))
            hits[term] = conn.execute(
                "SELECT count(*) FROM search_docs s WHERE " + m.text, m.params
            ).fetchone()[0]
        hit = hits[term]
        value = math.log((int(n_rows) - int(hit) + 0.5) / (int(hit) + 0.5))
        idf.append(value if value > 0.0 else 1e-6)
    avgdl = float(int(n_tokens)) / float(int(n_rows))
    # The matches with their views read once (``|| ''``: one detoasted copy, not one per use),
    # then each phrase's frequency once, then the score: OFFSET 0 keeps the planner from
    # folding the layers together (which would compute each expression again where it is used).
    freqs = _Sql().add("SELECT s.id, s.doc_id, s.size")
    for i, (term, guards) in enumerate(terms):
        freqs.add(", ").extend(_frequency(term, guards)).add(f" AS f{i}")
    sql = (
        _Sql()
        .add("SELECT m.doc_id, m.score, d.title, d.published, d.source, d.outlet, d.text FROM")
        .add(" (SELECT q.id, q.doc_id, ")
        .extend(score(idf, avgdl))
        .add(" AS score FROM (")
        .extend(freqs)
        .add(" FROM (SELECT s.id, s.doc_id, s.size, s.bigrams, s.title_view || '' AS title_view,")
        .add(" s.body_view || '' AS body_view FROM search_docs s WHERE ")
        .extend(where)
        .add(" OFFSET 0) s OFFSET 0) q")
        .add(" ORDER BY 3, 1 LIMIT ? OFFSET ?) m", int(limit), int(offset))
        .add(" JOIN documents d ON d.id = m.doc_id ORDER BY m.score, m.id")
    )
    return [tuple(r) for r in conn.execute(sql.text, sql.params).fetchall()]
