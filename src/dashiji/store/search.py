"""Full-text search over the store: queries, the index, ranking and highlighted snippets.

A user query is parsed by :mod:`dashiji.store.search_query` (words of any length, phrases in
quotes, ``OR``, ``-exclude``, groups) and every term matches as a substring of a document's
search view (:mod:`dashiji.store.search_text`: NFKC, lower case, simplified script).  The query
tree becomes an FTS5 MATCH expression over ``search_index`` built only from base-36 digits --
never FTS5 syntax from the user -- and the SQL takes it as a parameter.

Hits are ranked by FTS5's ``bm25`` with the title weighted above the body (:data:`BM25_WEIGHTS`),
ties by storage order; the total is the exact number of matching documents.  Each hit carries a
snippet: the passage of the original text (not the folded view) holding the most distinct query
terms, with the offsets of every match inside it (:attr:`SearchHit.highlights`), so that a user
interface can escape the text and mark the matches safely (:func:`mark`).

Which documents are indexed: every ``ok`` document with a title or text, one ``search_docs`` row
(an INTEGER PRIMARY KEY, stable under VACUUM) per document, whose id is the FTS5 rowid.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import time
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any as Any_

from ..errors import SearchQueryError, StoreError
from .search_query import (
    MAX_TERM_CHARS,
    All,
    Any,
    Node,
    Term,
    parse_query,
    positive_terms,
    query_error,
)
from .search_text import index_tokens, search_view, search_view_offsets, term_expression

__all__ = [
    "BM25_WEIGHTS",
    "MAX_LIMIT",
    "NO_MATCH",
    "SearchHit",
    "SearchResult",
    "match_expression",
    "query_match",
    "snippet",
    "mark",
    "index_document",
    "unindex_document",
    "register_functions",
    "run_search",
    "check_page",
    "make_hits",
]

#: bm25 weights of the search_index columns: title, body.
BM25_WEIGHTS = (3.0, 1.0)
#: The largest page a search returns.
MAX_LIMIT = 1000
#: Seconds a search may run before it is stopped (Store.search, run_search).
TIME_LIMIT = 5.0
SNIPPET_WIDTH = 100
SNIPPET_BEFORE = 20
_MAX_OCCURRENCES = 64  # per term, when choosing the passage
_LEAD = 2_000  # characters of a long text looked at first: the passage is there if all terms are
_SCAN = 20_000  # characters looked at next for the passage


@dataclass(slots=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    source: str
    outlet: str | None
    score: float  # bm25: lower is better
    snippet: str  # a passage of the original text, whitespace runs as one space
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets in `snippet`
    title_highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets in `title`

    def marked(
        self, open_: str = "[", close: str = "]", escape: Callable[[str], str] | None = None
    ) -> str:
        """The snippet with each match between ``open_`` and ``close``, the text ``escape``-d."""
        return mark(self.snippet, self.highlights, open_, close, escape)

    def marked_title(
        self, open_: str = "[", close: str = "]", escape: Callable[[str], str] | None = None
    ) -> str:
        return mark(self.title or "", self.title_highlights, open_, close, escape)


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int  # every matching document, not only this page
    limit: int
    offset: int
    hits: list[SearchHit]


def mark(
    text: str,
    spans: list[tuple[int, int]],
    open_: str = "[",
    close: str = "]",
    escape: Callable[[str], str] | None = None,
) -> str:
    """``text`` with each ``(start, end)`` span wrapped in the marks; text pieces escaped."""
    esc = escape or (lambda s: s)
    out: list[str] = []
    pos = 0
    for s, e in spans:
        out += [esc(text[pos:s]), open_, esc(text[s:e]), close]
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


# ---- the MATCH expression ----------------------------------------------------------------------
def match_expression(node: Node) -> str:
    """The FTS5 MATCH expression over ``search_index`` for a parsed query."""
    if isinstance(node, Term):
        return term_expression(node.text)
    if isinstance(node, Any):
        return " OR ".join(f"({match_expression(n)})" for n in node.items)
    assert isinstance(node, All)
    expr = " AND ".join(f"({match_expression(n)})" for n in node.items)
    if node.exclude:
        excluded = " OR ".join(f"({match_expression(n)})" for n in node.exclude)
        expr = f"({expr}) NOT ({excluded})"
    return expr


def query_match(query: str) -> tuple[str, list[str]]:
    """Parse a user query: its MATCH expression and its terms (for highlighting)."""
    node = parse_query(query)
    return match_expression(node), positive_terms(node)


# ---- snippets ------------------------------------------------------------------------------------
def _occurrences(
    view: str,
    origin: Sequence[int],
    terms: list[str],
    lo: int = 0,
    hi: int | None = None,
    cap: int | None = _MAX_OCCURRENCES,
) -> list[tuple[int, int, int]]:
    """``(start, end, term index)`` of each term found inside ``view[lo:hi]`` (at most ``cap``
    per term), as offsets of the original text, in order."""
    found: list[tuple[int, int, int]] = []
    hi = len(view) if hi is None else hi
    for k, term in enumerate(terms):
        i, n = view.find(term, lo, hi), 0
        while i >= 0 and (cap is None or n < cap):
            found.append((int(origin[i]), int(origin[i + len(term) - 1]) + 1, k))
            i = view.find(term, i + 1, hi)
            n += 1
    found.sort()
    return found


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _best_window(
    occ: list[tuple[int, int, int]], size: int, width: int, n_terms: int | None = None
) -> tuple[int, int]:
    """The window of ``width`` characters holding the most distinct terms, then matches, then
    the first (``occ`` is in order of start; ``n_terms``: more than its largest term index)."""
    best_distinct = best_count = -1
    best_start = 0
    if n_terms is None:
        n_terms = max(k for _, _, k in occ) + 1
    counts = [0] * n_terms  # matches of each term in occ[i:j]
    distinct = 0  # terms with a match in occ[i:j]
    j, n = 0, len(occ)
    for i, (start, _, term) in enumerate(occ):
        if j < i:
            j = i
            counts = [0] * n_terms
            distinct = 0
        limit = start + width - SNIPPET_BEFORE
        while j < n and occ[j][1] <= limit:
            k = occ[j][2]
            if not counts[k]:
                distinct += 1
            counts[k] += 1
            j += 1
        if j <= i:  # the anchor itself is longer than the window
            d, c = 1, 1
        else:
            d, c = distinct, j - i
        # (a later start never wins a tie: the starts only grow)
        if d > best_distinct or (d == best_distinct and c > best_count):
            best_distinct, best_count, best_start = d, c, start
        if j > i:
            counts[term] -= 1
            if not counts[term]:
                distinct -= 1
    begin = max(0, best_start - SNIPPET_BEFORE)
    end = min(size, begin + width)
    begin = max(0, min(begin, end - width))
    return begin, end


_WHITESPACE = re.compile(r"\s+")  # runs of the characters str.isspace() accepts


def _squeeze(text: str, begin: int, end: int) -> tuple[str, Sequence[int]]:
    """``text[begin:end]`` with each whitespace run as one space and none at either end, and
    for each offset ``i`` of that slice, the offset in the result its character went to (a
    character of a run: the run's space, then the offset after it; of a leading run: 0)."""
    piece = text[begin:end]
    runs = [m.span() for m in _WHITESPACE.finditer(piece)]
    if not runs:  # most passages of Chinese news
        return piece, range(len(piece))
    parts: list[str] = []
    where: list[int] = []
    n = pos = 0  # characters kept so far; offset in piece
    for s, e in runs:
        if s > pos:
            parts.append(piece[pos:s])
            where += range(n, n + s - pos)
            n += s - pos
        if n:
            parts.append(" ")
            where.append(n)
            n += 1
            where += [n] * (e - s - 1)
        else:  # a leading run: nothing kept
            where += [0] * (e - s)
        pos = e
    if pos < len(piece):
        parts.append(piece[pos:])
        where += range(n, n + len(piece) - pos)
    body = "".join(parts)
    return (body[:-1] if body.endswith(" ") else body), where


def snippet(
    text: str, terms: list[str], *, width: int = SNIPPET_WIDTH
) -> tuple[str, list[tuple[int, int]]]:
    """The best passage of ``text`` for ``terms`` (view strings) and the matches' offsets in it:
    the window holding the most distinct terms, then the most matches, in the text's first
    :data:`_LEAD` characters when they hold every term, else in its first :data:`_SCAN`, else
    anywhere (a news text's lead is its summary; and 的 in a long text is found at once).

    Whitespace runs in the passage become one space; ``…`` marks text cut at either end.
    """
    if not text:
        return "", []
    terms = [t for t in terms if t]
    occ: list[tuple[int, int, int]] = []
    if len(text) > _LEAD:  # a long text: its lead, when it holds every term
        # (read a passage's width and a term further, to mark every match of a passage there)
        view, origin = search_view_offsets(text[: _LEAD + width + MAX_TERM_CHARS])
        occ = [o for o in _occurrences(view, origin, terms) if o[0] < _LEAD]
        if len({k for _, _, k in occ}) < len(terms):
            occ = []
    if not occ:
        view, origin = search_view_offsets(text[:_SCAN])
        occ = _occurrences(view, origin, terms)
    if not occ and len(text) > _SCAN:
        view, origin = search_view_offsets(text)
        occ = _occurrences(view, origin, terms)
    begin, end = (
        _best_window(occ, len(text), width, len(terms)) if occ else (0, min(len(text), width))
    )
    if occ:  # every match in the passage (the choice above saw the first few of each term)
        lo = bisect_left(origin, begin)
        hi = min(len(view), bisect_left(origin, end) + max(map(len, terms)))
        occ = _occurrences(view, origin, terms, lo, hi, cap=None)
    # The passage, whitespace squeezed, with a map from original offsets to passage offsets.
    body, where = _squeeze(text, begin, end)
    lead = 1 if begin > 0 else 0
    spans: list[tuple[int, int]] = []
    for s, e in _merge([(s, e) for s, e, _ in occ]):
        s, e = max(s, begin), min(e, end)
        if s >= e:
            continue
        a, b = where[s - begin], where[e - 1 - begin] + 1
        b = min(b, len(body))
        if a < b:
            spans.append((a + lead, b + lead))
    passage = ("…" if lead else "") + body + ("…" if end < len(text) else "")
    return passage, spans


def title_highlights(title: str, terms: list[str]) -> list[tuple[int, int]]:
    if not title:
        return []
    view, origin = search_view(title)
    return _merge([(s, e) for s, e, _ in _occurrences(view, origin, terms)])


# ---- the index ---------------------------------------------------------------------------------
def index_document(
    conn: sqlite3.Connection,
    doc_id: str,
    title: str,
    text: str,
    tokens: tuple[str, str] | None = None,
) -> None:
    """Add one document to the index (the caller holds the transaction); ``tokens``: the
    :func:`index_tokens` of ``title`` and ``text``, when made beforehand."""
    cur = conn.execute("INSERT INTO search_docs (doc_id) VALUES (?)", (doc_id,))
    conn.execute(
        "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
        (cur.lastrowid, *(tokens or (index_tokens(title), index_tokens(text)))),
    )


def unindex_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Remove a document from the index, if it is there (before its ``documents`` row goes).

    The index is contentless: FTS5 needs the tokens it indexed, which are recomputed from the
    stored title and text (the fold must not have changed since -- only failed documents, which
    are never indexed, are deleted today).
    """
    row = conn.execute(
        "SELECT s.id, coalesce(d.title, ''), d.text FROM search_docs s"
        " JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return
    rowid, title, text = row
    conn.execute(
        "INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (rowid, index_tokens(title), index_tokens(text)),
    )
    conn.execute("DELETE FROM search_docs WHERE id = ?", (rowid,))
    from .search_postings import covers, invalidate

    if covers(conn, rowid):  # its postings would outlive it: built again at the next refresh
        invalidate(conn)


#: A MATCH expression that matches nothing ("zzzz" is no code point: 36**4 - 1 > 0x10FFFF).
NO_MATCH = '"zzzzzzzz"'


def _sql_match(query: object) -> str:
    """``dashiji_search_match(q)``: the MATCH expression; :data:`NO_MATCH` for a blank or
    malformed query (FTS5 has no NULL match)."""
    if query is None or not str(query).strip():
        return NO_MATCH
    try:
        return query_match(str(query))[0]
    except SearchQueryError:
        return NO_MATCH


def _sql_error(query: object) -> str | None:
    """``dashiji_search_error(q)``: why the query is malformed; NULL when it is fine or blank."""
    if query is None or not str(query).strip():
        return None
    try:
        query_match(str(query))
    except SearchQueryError as exc:
        return f"query error: {exc.message}"
    return None


def _sql_snippet(text: object, query: object) -> str | None:
    """``dashiji_search_snippet(text, q)``: JSON ``{"text": ..., "highlights": [[s, e], ...]}``."""
    if text is None or query is None:
        return None
    try:
        terms = query_match(str(query))[1]
    except SearchQueryError:
        terms = []
    passage, spans = snippet(str(text), terms)
    return json.dumps({"text": passage, "highlights": spans}, ensure_ascii=False)


def _date_start(date: str | None, precision: str | None) -> str | None:
    from ..export.dates import sort_bounds  # (imported when a migration needs it)

    return sort_bounds(date, precision)[0]


def _date_end(date: str | None, precision: str | None) -> str | None:
    from ..export.dates import sort_bounds

    return sort_bounds(date, precision)[1]


def register_functions(conn: sqlite3.Connection) -> None:
    """The search SQL functions, on one connection: ``dashiji_search_tokens(text)`` (what
    migration 0004 indexes stored documents with), ``dashiji_search_match(q)``,
    ``dashiji_search_error(q)`` and ``dashiji_search_snippet(text, q)`` (for datasette and
    hand-written SQL: ``... WHERE search_index MATCH dashiji_search_match('郭美美 OR 黎智英')``).
    """
    conn.create_function(
        "dashiji_search_tokens", 1, lambda t: index_tokens(t or ""), deterministic=True
    )
    conn.create_function("dashiji_search_match", 1, _sql_match, deterministic=True)
    # migration 0009 fills the events' sort days with these
    conn.create_function("dashiji_date_start", 2, _date_start, deterministic=True)
    conn.create_function("dashiji_date_end", 2, _date_end, deterministic=True)
    conn.create_function("dashiji_search_error", 1, _sql_error, deterministic=True)
    conn.create_function("dashiji_search_snippet", 2, _sql_snippet, deterministic=True)


# ---- running a search ----------------------------------------------------------------------------
class _Watchdog:
    """One daemon thread that stops the searches running past their time limit, by
    ``sqlite3.Connection.interrupt()`` from outside (SQLite's statement then fails with
    "interrupted").  A progress handler did this before: a call of Python every 1,000 steps of
    SQLite's VM, which takes the GIL back from the other threads ~100 times in a long FTS5
    query (a search's SQL otherwise runs without the GIL, beside the other requests' Python).

    The thread sleeps until the earliest deadline of the searches it watches (never woken for a
    later one: with one time limit for every search, a new deadline is the latest), or a second
    when it watches none.  A search past its deadline is interrupted again every
    :data:`_AGAIN` seconds until it ends (an interrupt that falls between two of its statements
    is lost: SQLite clears it when a statement starts on an idle connection), and
    :func:`run_search` checks the clock after its SQL, so that a search ending past its limit is
    refused whatever the thread's timing."""

    _IDLE = 1.0
    _AGAIN = 0.05

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active: dict[int, tuple[float, sqlite3.Connection]] = {}
        self._serial = 0
        self._next_wake = math.inf
        self._thread: threading.Thread | None = None

    def watch(self, conn: sqlite3.Connection, deadline: float) -> int:
        with self._cond:
            self._serial += 1
            token = self._serial
            self._active[token] = (deadline, conn)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="dashiji-search-watchdog", daemon=True
                )
                self._thread.start()
            elif deadline < self._next_wake:
                self._cond.notify()
        return token

    def done(self, token: int) -> None:
        """The search ``token`` ended: it is not interrupted after this returns."""
        with self._cond:
            self._active.pop(token, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                wake = now + self._IDLE
                for deadline, conn in self._active.values():
                    if deadline <= now:
                        try:
                            conn.interrupt()
                        except sqlite3.Error:  # closed meanwhile
                            pass
                        wake = min(wake, now + self._AGAIN)
                    else:
                        wake = min(wake, deadline)
                self._next_wake = wake
                self._cond.wait(max(0.0, wake - now))


_WATCHDOG = _Watchdog()


_WEIGHTS_SQL = ", ".join(str(float(w)) for w in BM25_WEIGHTS)  # constants, not data
_PAGE_SQL = (
    "SELECT s.doc_id, r.score, d.title, d.published, d.source, d.outlet, d.text FROM"
    f" (SELECT rowid AS rid, bm25(search_index, {_WEIGHTS_SQL}) AS score FROM search_index"
    "  WHERE search_index MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) r"
    " JOIN search_docs s ON s.id = r.rid JOIN documents d ON d.id = s.doc_id"
    " ORDER BY r.score, r.rid"
)


def run_search(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    time_limit: float | None = TIME_LIMIT,
) -> SearchResult:
    """Search the ok documents: the exact total and one page of hits, best first.

    Raises :class:`~dashiji.errors.SearchQueryError` for a malformed query or page, and for a
    query that runs longer than ``time_limit`` seconds (``None``: no limit; many terms that
    each match most of the store are what takes long).
    """
    check_page(limit, offset)
    node = parse_query(query)
    expr, terms = match_expression(node), positive_terms(node)
    deadline = None if time_limit is None else time.monotonic() + time_limit
    token = None if deadline is None else _WATCHDOG.watch(conn, deadline)
    try:
        # The common terms' postings (.search_postings) rank a query matching many rows
        # without FTS5 scoring every match, and count one whose terms all have them.
        from . import search_postings

        plan = search_postings.plan(conn, node, _WEIGHTS_SQL) if limit else None
        if plan is not None and plan.all_tracked:
            total = int(plan.match().size)
        else:
            total = conn.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (expr,)
            ).fetchone()[0]
        rows: list[tuple[Any_, ...]] = []
        if total and limit and offset < total:
            if plan is not None and total >= search_postings.FAST_MIN:
                rows = _rows(conn, plan.page(int(limit), int(offset), BM25_WEIGHTS))
            else:
                rows = conn.execute(_PAGE_SQL, (expr, int(limit), int(offset))).fetchall()
    except sqlite3.OperationalError as exc:
        if deadline is not None and time.monotonic() > deadline:
            raise query_error("too_slow", seconds=f"{time_limit:g}") from exc
        raise StoreError(f"search failed for {query!r}: {exc}") from exc
    finally:
        if token is not None:
            _WATCHDOG.done(token)
    if deadline is not None and time.monotonic() > deadline:
        raise query_error("too_slow", seconds=f"{time_limit:g}")
    return SearchResult(
        query=query, total=total, limit=limit, offset=offset, hits=make_hits(rows, terms)
    )


_ROWS_SQL = (
    "SELECT s.id, s.doc_id, d.title, d.published, d.source, d.outlet, d.text FROM search_docs s"
    " JOIN documents d ON d.id = s.doc_id WHERE s.id IN (SELECT value FROM json_each(?))"
)


def _rows(conn: sqlite3.Connection, page: list[tuple[int, float]]) -> list[tuple[Any_, ...]]:
    """The hits' rows of a page of ``(search_docs id, score)``, in its order: one statement
    (each statement and row is a trip out of the GIL and back, which can wait for the other
    threads' Python when requests are served side by side)."""
    if not page:
        return []
    found = {
        rid: rest for rid, *rest in conn.execute(_ROWS_SQL, (json.dumps([rid for rid, _ in page]),))
    }
    rows = []
    for rid, score in page:
        doc_id, *rest = found[rid]
        rows.append((doc_id, score, *rest))
    return rows


def check_page(limit: int, offset: int) -> None:
    """Raise :class:`~dashiji.errors.SearchQueryError` for a page no search returns."""
    if not 0 <= limit <= MAX_LIMIT:
        raise query_error("bad_limit", most=MAX_LIMIT, limit=limit)
    if offset < 0:
        raise query_error("bad_offset", offset=offset)


def make_hits(rows: list[tuple[Any_, ...]], terms: list[str]) -> list[SearchHit]:
    """Hits of ``(doc_id, score, title, published, source, outlet, text)`` rows, best first,
    each with its snippet and highlights for ``terms``."""
    hits = []
    for doc_id, score, title, published, source, outlet, text in rows:
        passage, spans = snippet(text or title or "", terms)
        hits.append(
            SearchHit(
                id=doc_id,
                title=title,
                published=published,
                source=source,
                outlet=outlet,
                score=score,
                snippet=passage,
                highlights=spans,
                title_highlights=title_highlights(title or "", terms),
            )
        )
    return hits
