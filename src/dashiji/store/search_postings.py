"""Top-k search on common terms without asking FTS5 to score every match.

FTS5's ``bm25`` costs ~1.5 us for each matching row (it walks the row's instances of every
phrase): 的 matches 19,000 of 20,000 articles and took 35 ms, 美 8,000 and 12 ms, before a
single hit was shown.  Search engines keep, for their commonest terms, postings that can be
ranked without the index's general machinery; this module does the same for the terms of one to
three characters that many documents hold.

**The postings** (migration ``0008_search_postings``).  For each *tracked* term -- a character,
a pair or a triple of characters held by at least :data:`MIN_DF_SHARE` of the documents when the
postings were first built -- ``search_postings`` holds, in segments, the ids
(``search_docs.id``) of the documents whose search view contains it and how many times it
occurs in the title's view and in the text's view (overlapping occurrences each counted:
exactly FTS5's instances of the term's phrase over the bigram tokens); ``search_sizes`` holds
each covered document's size in index tokens.  These are facts of one document each, which do
not change when others are added: :func:`refresh` appends a segment for the documents indexed
since the last one (``through``, in ``search_postings_state``), merges a term's segments when
it has too many, and chooses the terms again when the index has doubled.  It runs at the end of
every ingest run (``Store.finish_run``), at the migration, and from ``Store.refresh_search``.

**Ranking from them** (:func:`ranked_page`).  The score of a row is FTS5's ``bm25`` with the
column weights of :data:`~dashiji.store.search.BM25_WEIGHTS`, computed with numpy over the rows
that match (from the postings, and from FTS5 for other terms), phrase by phrase and operation by
operation as ``fts5_aux.c`` does: for a tracked term from its postings, with the IDF of its
exact document count and the average document size of the FTS5 table; for any other term (and
for documents indexed after the postings were built) the term's own ``bm25`` from FTS5 alone,
which is exactly that phrase's share of the score, on the few rows it matches.  A phrase inside
an ``AND`` group (not the query's top level) counts only where its group matches, as in FTS5.
So the scores, the order and the ties (storage order) are FTS5's own -- ``tests/test_search.py``
compares the two paths query by query -- and the total is FTS5's exact count.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from .search_query import All, Node, Term, phrases
from .search_query import Any as AnyOf
from .search_text import _view_array, term_expression

__all__ = [
    "MIN_DF_SHARE",
    "MIN_DF_ABS",
    "FAST_MIN",
    "refresh",
    "invalidate",
    "covers",
    "Plan",
    "plan",
    "ranked_page",
    "scores",
]

#: A term is tracked when at least this share of the documents (and :data:`MIN_DF_ABS`) hold it
#: as the postings are first built (estimated on a sample; tracking more terms costs space only).
MIN_DF_SHARE = 0.05
MIN_DF_ABS = 1000
#: Queries matching fewer documents are ranked by FTS5's bm25 directly (cheap below this).  On
#: 20,536 articles (bench/serve.py's 293 queries, CPU of the page, fastest of 3) the two cost the
#: same near 650 matches (认罪, 646: FTS5 0.75 ms, postings 0.69), FTS5 ~1.1 us a match beyond
#: (1,000-2,000 matches: 1.2-2.8 ms against 0.6-1.1), the postings ~0.5 ms and more with each term.
FAST_MIN = 700
#: A term with more segments than this has them merged into one.
MAX_SEGMENTS = 8
_SAMPLE = 3000  # documents looked at to choose the tracked terms
_CHUNK = 2000  # documents per segment written in one go
_DF_PART = 200  # sampled documents whose terms are counted together (:func:`_sample_df`)
_K1 = 1.2
_B = 0.75
# Term keys (int64): the term's length << 60, then its characters' code points, 20 bits each (a
# character of one-character term: its whole code point).  Pairs and triples of characters beyond
# U+FFFFF (private use) are not tracked.
_LEN = 60
_BITS = 20
_BIG = 1 << _BITS
_MASK = _BIG - 1


def _key(term: str) -> int:
    n = len(term)
    key = n << _LEN
    for i, c in enumerate(term):
        key |= ord(c) << (_BITS * (n - 1 - i))
    return key


def _term(key: int) -> str:
    n = key >> _LEN
    if n == 1:
        return chr(key & ((1 << _LEN) - 1))
    return "".join(chr((key >> (_BITS * (n - 1 - i))) & _MASK) for i in range(n))


def _runs(v: Any, n: int, where: Any = None) -> Any:
    """The keys of the runs of ``n`` characters of the view ``v`` (int64) starting at
    ``where`` (default: everywhere a run fits and all its characters are below U+100000)."""
    if where is None:
        small = v < _BIG
        ok = small[: v.size - n + 1].copy()
        for k in range(1, n):
            ok &= small[k : v.size - n + 1 + k]
        where = np.flatnonzero(ok)
    key = np.full(where.size, n << _LEN, np.int64)
    for k in range(n):
        key |= v[where + k] << (_BITS * (n - 1 - k))
    return key


def _keys_counts(view: Any) -> tuple[Any, Any]:
    """The distinct characters, pairs and triples of a view (numpy uint32 code points) and
    how many times each occurs (overlapping ones each counted)."""
    if not view.size:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    v = view.astype(np.int64)
    keys = np.concatenate([(1 << _LEN) | v] + [_runs(v, n) for n in (2, 3) if v.size >= n])
    return np.unique(keys, return_counts=True)


def _views(
    conn: sqlite3.Connection, after: int, ids: Sequence[int] | None = None
) -> Iterator[tuple[int, Any, Any]]:
    """``(search_docs id, title view, text view)`` of the indexed documents after ``after``."""
    cur = conn.execute(
        "SELECT s.id, coalesce(d.title, ''), d.text FROM search_docs s"
        " JOIN documents d ON d.id = s.doc_id WHERE s.id > ? ORDER BY s.id",
        (after,),
    )
    wanted = None if ids is None else set(ids)
    for rid, title, text in cur:
        if wanted is not None and rid not in wanted:
            continue
        yield int(rid), _view_array(title or ""), _view_array(text or "")


# ---- building ------------------------------------------------------------------------------------
def _choose_terms(conn: sqlite3.Connection) -> tuple[Any, int]:
    """The keys of the terms to track (sorted) and the document floor used."""
    n_docs, lo, hi = conn.execute("SELECT count(*), min(id), max(id) FROM search_docs").fetchone()
    if not n_docs:
        return np.empty(0, np.int64), MIN_DF_ABS
    floor = max(MIN_DF_ABS, math.ceil(MIN_DF_SHARE * n_docs))
    if n_docs < floor:  # no term can be that common yet
        return np.empty(0, np.int64), floor
    step = max(1, n_docs // _SAMPLE)
    ids = [
        r[0]
        for i, r in enumerate(conn.execute("SELECT id FROM search_docs ORDER BY id"))
        if i % step == 0
    ]
    keys, df = _sample_df(_views(conn, 0, ids))
    if not keys.size:
        return keys, floor
    # A sample share a little under the floor's: a term near it is tracked rather than missed.
    need = max(1, math.floor(0.8 * floor * len(ids) / n_docs))
    return keys[df >= need], floor


def _sample_df(views: Iterator[tuple[int, Any, Any]]) -> tuple[Any, Any]:
    """The distinct terms of the sampled ``views`` (sorted keys) and how many documents hold
    each, counted :data:`_DF_PART` documents at a time into the running totals: the sample's
    terms are never all held at once (3,000 articles of ~1,000 characters hold 6.5 million,
    52 MB, of which 0.3 million distinct; sorting them at once took 170 MB at the end of every
    run that chose its terms)."""
    keys = df = np.empty(0, np.int64)
    part: list[Any] = []
    for _, title, text in views:
        part.append(np.union1d(_keys_counts(title)[0], _keys_counts(text)[0]))
        if len(part) >= _DF_PART:
            keys, df = _add_df(keys, df, part)
            part = []
    return _add_df(keys, df, part)


def _add_df(keys: Any, df: Any, part: list[Any]) -> tuple[Any, Any]:
    """The running totals ``keys``, ``df`` with the documents of ``part`` (each one's distinct
    keys) counted in."""
    if not part:
        return keys, df
    new, n = np.unique(np.concatenate(part), return_counts=True)
    merged, where = np.unique(np.concatenate([keys, new]), return_inverse=True)
    total = np.zeros(merged.size, np.int64)
    total[where[: keys.size]] += df  # (each key once in ``keys``, once in ``new``)
    total[where[keys.size :]] += n
    return merged, total


class _Tracked:
    """The tracked terms, as tables over code points that find them in a view without sorting
    it: which characters are tracked, and which can stand at each place of a tracked pair or
    triple."""

    def __init__(self, keys: Any) -> None:
        self.keys = keys
        size = keys >> _LEN
        self.char = np.zeros(0x110000, bool)
        self.char[keys[size == 1] & ((1 << _LEN) - 1)] = True
        self.runs: dict[int, tuple[Any, list[Any]]] = {}
        for n in (2, 3):
            found = np.sort(keys[size == n])
            places = []
            for k in range(n):
                at = np.zeros(_BIG, bool)
                at[(found >> (_BITS * (n - 1 - k))) & _MASK] = True
                places.append(at)
            self.runs[n] = (found, places)

    def counts(self, view: Any) -> tuple[Any, Any]:
        """The tracked terms of a view and how many times each occurs."""
        if not view.size:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        v = view.astype(np.int64)
        parts = [(1 << _LEN) | v[self.char[v]]]
        small = np.where(v < _BIG, v, 0)  # (a character beyond: no tracked run has it)
        for n, (found, places) in self.runs.items():
            if not found.size or v.size < n:
                continue
            ok = places[0][small[: v.size - n + 1]] & (v[: v.size - n + 1] < _BIG)
            for k in range(1, n):
                ok &= places[k][small[k : v.size - n + 1 + k]] & (v[k : v.size - n + 1 + k] < _BIG)
            keys = _runs(v, n, np.flatnonzero(ok))
            at = np.minimum(np.searchsorted(found, keys), found.size - 1)
            parts.append(keys[found[at] == keys])
        keys = np.concatenate(parts)
        if not keys.size:
            return keys, keys
        keys.sort()
        cuts = np.flatnonzero(np.diff(keys)) + 1
        starts = np.concatenate([[0], cuts])
        return keys[starts], np.diff(np.append(starts, keys.size))


def _write_segment(
    conn: sqlite3.Connection, tracked: _Tracked, docs: list[tuple[int, Any, Any]]
) -> None:
    """One segment of postings (and sizes) for ``docs``: ``(id, title view, text view)``."""
    if not docs:
        return
    all_keys, all_docs, all_t, all_b = [], [], [], []
    for rid, title, text in docs:
        tk, tc = tracked.counts(title)
        bk, bc = tracked.counts(text)
        keys = np.union1d(tk, bk)
        if not keys.size:
            continue
        t = np.zeros(keys.size, np.uint32)
        b = np.zeros(keys.size, np.uint32)
        i = np.searchsorted(keys, tk)
        ok = (i < keys.size) & (keys[np.minimum(i, keys.size - 1)] == tk)
        t[i[ok]] = tc[ok]
        i = np.searchsorted(keys, bk)
        ok = (i < keys.size) & (keys[np.minimum(i, keys.size - 1)] == bk)
        b[i[ok]] = bc[ok]
        all_keys.append(keys)
        all_docs.append(np.full(keys.size, rid, np.uint32))
        all_t.append(t)
        all_b.append(b)
    first = docs[0][0]
    sizes = np.array([len(title) + len(text) for _, title, text in docs], np.uint32)
    ids = np.array([rid for rid, _, _ in docs], np.uint32)
    conn.execute(
        "INSERT INTO search_sizes (first, docs, sizes) VALUES (?, ?, ?)",
        (first, ids.tobytes(), sizes.tobytes()),
    )
    if not all_keys:
        return
    keys = np.concatenate(all_keys)
    order = np.lexsort((np.concatenate(all_docs), keys))
    keys = keys[order]
    dcol = np.concatenate(all_docs)[order]
    tcol = np.concatenate(all_t)[order]
    bcol = np.concatenate(all_b)[order]
    cuts = np.flatnonzero(np.diff(keys)) + 1
    starts = np.concatenate([[0], cuts])
    ends = np.concatenate([cuts, [keys.size]])
    conn.executemany(
        "INSERT INTO search_postings (term, first, docs, title_tf, body_tf) VALUES (?, ?, ?, ?, ?)",
        (
            (
                _term(int(keys[s])),
                first,
                dcol[s:e].tobytes(),
                tcol[s:e].tobytes(),
                bcol[s:e].tobytes(),
            )
            for s, e in zip(starts.tolist(), ends.tolist(), strict=True)
        ),
    )


def _merge_segments(conn: sqlite3.Connection) -> None:
    """Merge the segments of every term (and of the sizes) that has more than
    :data:`MAX_SEGMENTS`."""
    many = [
        r[0]
        for r in conn.execute(
            "SELECT term FROM search_postings GROUP BY term HAVING count(*) > ?", (MAX_SEGMENTS,)
        )
    ]
    for term in many:
        rows = conn.execute(
            "SELECT first, docs, title_tf, body_tf FROM search_postings WHERE term = ?"
            " ORDER BY first",
            (term,),
        ).fetchall()
        if 2 * sum(len(r[1]) for r in rows[1:]) < len(rows[0][1]):
            rows = rows[1:]  # the newer ones are small: merged apart from the first, large one
        conn.execute(
            "DELETE FROM search_postings WHERE term = ? AND first >= ?", (term, rows[0][0])
        )
        conn.execute(
            "INSERT INTO search_postings (term, first, docs, title_tf, body_tf)"
            " VALUES (?, ?, ?, ?, ?)",
            (term, rows[0][0], *(b"".join(r[k] for r in rows) for k in (1, 2, 3))),
        )
    rows = conn.execute("SELECT first, docs, sizes FROM search_sizes ORDER BY first").fetchall()
    if len(rows) > MAX_SEGMENTS:
        conn.execute("DELETE FROM search_sizes")
        conn.execute(
            "INSERT INTO search_sizes (first, docs, sizes) VALUES (?, ?, ?)",
            (rows[0][0], b"".join(r[1] for r in rows), b"".join(r[2] for r in rows)),
        )


def invalidate(conn: sqlite3.Connection) -> None:
    """Forget the postings (a covered document left the index); the next :func:`refresh`
    builds them again (the caller holds the transaction)."""
    conn.execute("DELETE FROM search_postings_state")
    conn.execute("DELETE FROM search_postings")
    conn.execute("DELETE FROM search_sizes")
    conn.execute("DELETE FROM search_terms")


def refresh(conn: sqlite3.Connection) -> int:
    """Bring the postings up to the newest indexed document; return how many documents were
    added.  Builds them whole when there are none, and when the index has doubled since its
    tracked terms were chosen (a store grown by small runs from a few documents tracks the
    terms common in it now; the rebuilds cost twice the last build at most).  The caller holds
    the transaction."""
    state = conn.execute("SELECT through, chosen_at FROM search_postings_state").fetchone()
    n_docs = int(conn.execute("SELECT count(*) FROM search_docs").fetchone()[0])
    if state is not None and n_docs >= max(2 * int(state[1]), MIN_DF_ABS):
        state = None  # the store doubled since the terms were chosen: choose them again
    if state is None:
        invalidate(conn)
        keys, floor = _choose_terms(conn)
        conn.executemany(
            "INSERT INTO search_terms (term) VALUES (?)", ((_term(int(k)),) for k in keys)
        )
        through = 0
        conn.execute(
            "INSERT INTO search_postings_state (id, through, min_df, chosen_at)"
            " VALUES (1, 0, ?, ?)",
            (floor, n_docs),
        )
    else:
        through = int(state[0])
        keys = np.array(
            sorted(_key(r[0]) for r in conn.execute("SELECT term FROM search_terms")), np.int64
        )
    if not keys.size:  # a small store tracks nothing: no postings to write, no views to make
        added, last = conn.execute(
            "SELECT count(*), max(id) FROM search_docs WHERE id > ?", (through,)
        ).fetchone()
        if added:
            conn.execute("UPDATE search_postings_state SET through = ?", (last,))
        return int(added)
    found = _Tracked(keys)
    added = 0
    chunk: list[tuple[int, Any, Any]] = []
    last = through
    for doc in _views(conn, through):
        chunk.append(doc)
        last = doc[0]
        if len(chunk) >= _CHUNK:
            _write_segment(conn, found, chunk)
            added += len(chunk)
            chunk = []
    _write_segment(conn, found, chunk)
    added += len(chunk)
    if added:
        conn.execute("UPDATE search_postings_state SET through = ?", (last,))
        _merge_segments(conn)
    return added


# ---- ranking -------------------------------------------------------------------------------------
def _state(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT through FROM search_postings_state").fetchone()
    return None if row is None else int(row[0])


def covers(conn: sqlite3.Connection, rowid: int) -> bool:
    """Do the postings cover the document with this ``search_docs`` id?"""
    through = _state(conn)
    return through is not None and rowid <= through


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint (FTS5 writes its averages record with it) at ``buf[i]``."""
    v = 0
    for k in range(8):
        c = buf[i + k]
        if not c & 0x80:
            return (v << 7) | c, i + k + 1
        v = (v << 7) | (c & 0x7F)
    return (v << 8) | buf[i + 8], i + 9


def _totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """FTS5's row count and total size in tokens (all columns) of ``search_index``."""
    row = conn.execute("SELECT block FROM search_index_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0, 0
    buf = bytes(row[0])
    n_rows, i = _varint(buf, 0)
    tokens = 0
    while i < len(buf):
        size, i = _varint(buf, i)
        tokens += size
    return n_rows, tokens


def _rowids(conn: sqlite3.Connection, expr: str, after: int = 0) -> Any:
    """The rowids (ascending) of the rows after ``after`` matching ``expr``, read as one string
    (a row at a time into Python costs ~0.4 us a row)."""
    got = conn.execute(
        "SELECT group_concat(rowid, ' ') FROM search_index WHERE search_index MATCH ?"
        " AND rowid > ?",
        (expr, after),
    ).fetchone()[0]
    if not got:
        return np.empty(0, np.int64)
    return np.sort(np.array(got.split(), dtype=np.int64))


def _fts_share(conn: sqlite3.Connection, term: str, after: int, weights: str) -> tuple[Any, Any]:
    """``(rowids, share)``: the term's own bm25 share (``-bm25``) on the rows after ``after``."""
    rows = conn.execute(
        f"SELECT rowid, bm25(search_index, {weights}) FROM search_index"
        " WHERE search_index MATCH ? AND rowid > ? ORDER BY rowid",
        (term_expression(term), after),
    ).fetchall()
    if not rows:
        return np.empty(0, np.int64), np.empty(0, np.float64)
    arr = np.array(rows, dtype=np.float64)
    return arr[:, 0].astype(np.int64), -arr[:, 1]


def _postings(conn: sqlite3.Connection, term: str) -> tuple[Any, Any, Any]:
    rows = conn.execute(
        "SELECT docs, title_tf, body_tf FROM search_postings WHERE term = ? ORDER BY first",
        (term,),
    ).fetchall()
    return tuple(  # type: ignore[return-value]
        np.frombuffer(rows[0][k] if len(rows) == 1 else b"".join(r[k] for r in rows), np.uint32)
        for k in range(3)
    )


def _sizes(conn: sqlite3.Connection, through: int) -> Any:
    """Each covered document's size in tokens, by ``search_docs`` id (0 where none)."""
    out = np.zeros(through + 1, np.float64)
    for docs, sizes in conn.execute("SELECT docs, sizes FROM search_sizes"):
        out[np.frombuffer(docs, np.uint32)] = np.frombuffer(sizes, np.uint32)
    return out


def _positions(match: Any, top: int) -> Any:
    """For each rowid up to ``top``, its position in ``match`` (-1 where it is not there)."""
    where = np.full(top + 1, -1, np.int64)
    where[match] = np.arange(match.size)
    return where


class _Query:
    """The rows of each part of one query, from the postings where a term has them."""

    def __init__(
        self, conn: sqlite3.Connection, through: int, top: int, tracked: set[str], weights_sql: str
    ) -> None:
        self.conn = conn
        self.through = through
        self.top = top  # the highest rowid
        self.tracked = tracked
        self.postings: dict[str, tuple[Any, Any, Any]] = {}
        self.shares: dict[tuple[str, int], tuple[Any, Any]] = {}
        self.weights_sql = weights_sql
        self._docs: dict[Node, Any] = {}

    def term_postings(self, term: str) -> tuple[Any, Any, Any]:
        got = self.postings.get(term)
        if got is None:
            got = self.postings[term] = _postings(self.conn, term)
        return got

    def share(self, term: str, after: int) -> tuple[Any, Any]:
        """:func:`_fts_share` of the term, once per query (ascending rowids)."""
        got = self.shares.get((term, after))
        if got is None:
            got = self.shares[term, after] = _fts_share(self.conn, term, after, self.weights_sql)
        return got

    def docs(self, node: Node) -> Any:
        """The sorted rowids of the rows ``node`` matches."""
        got = self._docs.get(node)
        if got is not None:
            return got
        if isinstance(node, Term):
            if node.text in self.tracked:
                got = self.term_postings(node.text)[0]
                if self.top > self.through:  # documents indexed after the postings
                    tail = _rowids(self.conn, term_expression(node.text), self.through)
                    got = np.concatenate([got, tail])
            else:
                got = self.share(node.text, 0)[0]
        else:  # sets as flags over the rowids: no sorting
            flags = self._flags(node.items[0])
            for item in node.items[1:]:
                if isinstance(node, AnyOf):
                    flags |= self._flags(item)
                else:
                    flags &= self._flags(item)
            for item in node.exclude if isinstance(node, All) else ():
                flags &= ~self._flags(item)
            got = np.flatnonzero(flags)
        self._docs[node] = got
        return got

    def _flags(self, node: Node) -> Any:
        flags = np.zeros(self.top + 1, bool)
        flags[self.docs(node)] = True
        return flags


class Plan:
    """One query over the postings: :meth:`match` gives the rows it matches (from the postings
    where its terms have them, FTS5's rowids for the others), :meth:`scores` their bm25."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        node: Node,
        through: int,
        tracked: set[str],
        top: int,
        weights_sql: str,
    ) -> None:
        self.conn = conn
        self.node = node
        self.through = through
        self.tracked = tracked
        self.phrases = phrases(node)
        #: every term of the query has postings: :meth:`match` reads no FTS5 share
        self.all_tracked = all(t in tracked for t in _terms(node))
        self._q = _Query(conn, through, top, tracked, weights_sql)

    def match(self) -> Any:
        """The rowids (ascending) of every row matching the query: FTS5's own count."""
        return self._q.docs(self.node)

    def scores(self, weights: tuple[float, float]) -> tuple[Any, Any]:
        """``(rowids ascending, bm25 scores)`` of every row matching the query, as FTS5's
        ``bm25(search_index, *weights)`` gives them."""
        conn, q, through = self.conn, self._q, self.through
        match = self.match()
        n_rows, n_tokens = _totals(conn)
        if not match.size or not n_rows:
            return match, np.zeros(match.size)
        where = _positions(match, q.top)
        avgdl = float(n_tokens) / float(n_rows)
        size = None
        total = np.zeros(match.size, np.float64)
        w_title, w_body = (float(w) for w in weights)
        for term, guards in self.phrases:
            share = np.zeros(match.size, np.float64)
            if term in self.tracked:
                if size is None:
                    size = _sizes(conn, through)
                n_hit = q.docs(Term(term)).size
                idf = math.log((n_rows - n_hit + 0.5) / (n_hit + 0.5))
                if idf <= 0.0:
                    idf = 1e-6
                docs, tt, bt = q.term_postings(term)
                pos = where[docs]
                ok = pos >= 0
                pos = pos[ok]
                freq = tt[ok] * w_title + bt[ok] * w_body  # exact: small whole numbers
                d = size[match[pos]]
                share[pos] = idf * (
                    (freq * (_K1 + 1.0)) / (freq + _K1 * ((1 - _B) + (_B * d) / avgdl))
                )
                after = through
            else:
                after = 0
            ids, own = q.share(term, after)
            if ids.size:
                pos = where[ids]
                ok = pos >= 0
                share[pos[ok]] = own[ok]
            for guard in guards:
                share[~q._flags(guard)[match]] = 0.0
            total = total + share
        return match, -1.0 * total

    def page(
        self, limit: int, offset: int, weights: tuple[float, float]
    ) -> list[tuple[int, float]]:
        """``(search_docs id, score)`` of one page of hits, best first (ties by id)."""
        match, score = self.scores(weights)
        end = offset + limit
        if end < match.size:  # the rows scoring at most the end-th best (ties included), sorted
            kth = np.partition(score, end - 1)[end - 1]
            keep = np.flatnonzero(score <= kth)
            match, score = match[keep], score[keep]
        order = np.lexsort((match, score))[offset:end]
        return [(int(match[i]), float(score[i])) for i in order]


def plan(conn: sqlite3.Connection, node: Node, weights_sql: str) -> Plan | None:
    """The query over the postings; ``None`` when there are no postings, or none of the query's
    terms has them (FTS5 ranks it as cheaply)."""
    through = _state(conn)
    if through is None:
        return None
    terms = phrases(node)
    short = [t for t, _ in terms] + _terms(node)
    tracked = {
        r[0]
        for r in conn.execute(
            "SELECT term FROM search_terms WHERE term IN (SELECT value FROM json_each(?))",
            (json.dumps([t for t in short if len(t) <= 3], ensure_ascii=False),),
        )
    }
    if not tracked.intersection(t for t, _ in terms):
        return None
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_docs").fetchone()[0])
    return Plan(conn, node, through, tracked, top, weights_sql)


def scores(
    conn: sqlite3.Connection,
    node: Node,
    weights: tuple[float, float],
    weights_sql: str,
) -> tuple[Any, Any] | None:
    """``(rowids ascending, bm25 scores)`` of every row matching the query, as FTS5's
    ``bm25(search_index, *weights)`` gives them; ``None`` when there are no postings, or none
    of the query's terms has them."""
    got = plan(conn, node, weights_sql)
    return None if got is None else got.scores(weights)


def _terms(node: Node) -> list[str]:
    """Every term of the query, excluded ones too."""
    if isinstance(node, Term):
        return [node.text]
    items = node.items + (node.exclude if isinstance(node, All) else ())
    return [t for item in items for t in _terms(item)]


def ranked_page(
    conn: sqlite3.Connection,
    node: Node,
    limit: int,
    offset: int,
    weights: tuple[float, float],
    weights_sql: str,
) -> list[tuple[int, float]] | None:
    """``(search_docs id, score)`` of one page of hits, best first (ties by id); ``None`` when
    there are no postings to rank from."""
    got = plan(conn, node, weights_sql)
    return None if got is None else got.page(limit, offset, weights)
