"""Stories, as articles arrive: each new article joins the story it is most like, or begins one.

A story's profile is the mean of its articles' profiles (:mod:`.terms`), kept to its
:data:`CENTROID_SIZE` heaviest words and stored word by word in ``story_terms`` (indexed by word),
so finding the stories an article may belong to is one indexed query over the article's own
words, whatever the size of the store.  The article joins the story of highest cosine similarity
when it reaches :data:`JOIN_AT` (raised by time: a story quiet for longer than
:data:`QUIET_DAYS` must be more alike to take an article).  When an article is as close to a
second story as :data:`BRIDGE_AT`, the two stories are one: the younger joins the older, which
keeps its id (the younger's id is kept as ``merged_into`` so links to it still resolve).  An
article that came before its story had the words it shares with it began a story of its own: a
story of at most :data:`STRAY_SIZE` articles near an article that joins another story is taken
into that story when the story, grown by the article, is as like it as :data:`JOIN_AT`
(:func:`_strays`; the growing story keeps its id).

A story's id is ``s`` and 12 hex digits of the SHA-1 of its first article's id, so it is the same
however many articles join and whichever store holds it.  Its title is that of its most
typical report: the article most like the story when it joined (its first article's until then).
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

CENTROID_SIZE = 150
#: Tuned on DTELS dev stories (76 857 869 901 956 925), checked on the others (812 896 904
#: 963): B-cubed P 1.000 / R 0.957 and 1.000 / 0.954 at 0.20 (0.15: 0.984 and 0.962 recall).
#: Across stories an article's best similarity to another story's profile stays below 0.19
#: (99% below 0.12), its own story's above 0.32 for 95% of articles: 0.20 keeps a margin.
JOIN_AT = 0.20
BRIDGE_AT = 0.30
QUIET_DAYS = 120
QUIET_PENALTY = 0.10
#: A story of at most this many articles is taken into a story that has grown towards it (see
#: :func:`_strays`).
STRAY_SIZE = 1
ACTORS_KEPT = 12


@dataclass(slots=True)
class Assignment:
    story_id: str
    similarity: float
    new: bool
    merged: list[str]


def story_id_for(doc_id: str) -> str:
    return "s" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def _candidates(conn: sqlite3.Connection, prof: dict[str, float]) -> dict[str, float]:
    """The stories sharing a word with the article, by the sum of the products of their
    shared words' weights (added up, and the stories met, in the order of ``story_terms``: by
    word, then story id)."""
    if not prof:
        return {}
    terms = list(prof)
    marks = ",".join("?" * len(terms))
    rows = conn.execute(
        f"SELECT term, story_id, weight FROM story_terms WHERE term IN ({marks})", terms
    )
    got = _held(conn)
    held = got.weights if got is not None else {}
    scores: dict[str, float] = {}
    firsts: list[tuple[str, str]] = []
    for term, story, weight in rows:
        score = scores.get(story)
        if score is None:
            if story in held:
                continue  # its stored rows are old: its held profile is read below
            firsts.append((term, story))
            score = 0.0
        scores[story] = score + weight * prof[term]
    if held:
        scores = _with_held(scores, firsts, prof, held)
    return scores


def _with_held(
    scores: dict[str, float],
    firsts: list[tuple[str, str]],
    prof: dict[str, float],
    held: dict[str, dict[str, float]],
) -> dict[str, float]:
    """``scores`` (of the stored profiles; ``firsts``: each story's first word, in their order)
    and those of the ``held`` profiles, as if they were stored: each sum made by word, the
    stories in the order of their first word, then id (``story_terms``' key; SQLite compares
    words as UTF-8 bytes, which order as Python's code points)."""
    more: dict[str, float] = {}
    for story, weights in held.items():
        # the words of both, in code-point order (a set intersection sorted: the same list as
        # scanning the article's sorted words, ~150 lookups a held profile, ~8 profiles)
        shared = sorted(prof.keys() & weights.keys())
        if not shared:
            continue
        firsts.append((shared[0], story))
        score = 0.0
        for t in shared:
            score = score + weights[t] * prof[t]
        more[story] = score
    if not more:
        return scores
    scores.update(more)
    return {story: scores[story] for _, story in sorted(firsts)}


def _score(
    conn: sqlite3.Connection, scores: dict[str, float], published: str | None
) -> list[tuple[float, str]]:
    """The 20 best stories by similarity, those quiet around ``published`` penalised."""
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:20]
    periods: dict[str, tuple[str | None, str | None]] = {}
    if published and top:
        ids = [story for story, _ in top]
        periods = {
            sid: (start, end)
            for sid, start, end in conn.execute(
                f'SELECT story_id, start, "end" FROM stories WHERE story_id IN '
                f"({','.join('?' * len(ids))})",
                ids,
            )
        }
    out = []
    for story, sim in top:
        if published and story in periods:
            start, end = periods[story]
            gap = min(
                (g for g in (_days(published, start), _days(published, end)) if g is not None),
                default=None,
            )
            inside = start and end and start[:10] <= published[:10] <= end[:10]
            if gap is not None and not inside and gap > QUIET_DAYS:
                sim -= QUIET_PENALTY
        out.append((sim, story))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out


@dataclass(slots=True)
class _Held:
    """The profiles written in one write transaction, not yet in ``story_terms``."""

    #: by story id, its profile as written (``{}``: none, the story merged away)
    weights: dict[str, dict[str, float]]
    #: by story id, the rows ``story_terms`` holds for it (None: not read; all are rewritten)
    stored: dict[str, dict[str, float] | None]
    #: by story id, its profile as read from ``story_terms`` in this transaction
    #: (:func:`_stored_centroid`): read once, the rows change only when it ends
    #: (:func:`flush_profiles`; no other connection writes in a write transaction)
    read: dict[str, dict[str, float]] = field(default_factory=dict)


#: The profiles written in each connection's current write transaction (``id(conn)`` → the
#: connection and its :class:`_Held`).  A profile is written to ``story_terms`` once, when the
#: transaction ends (:func:`flush_profiles`), however many articles of the batch joined its
#: story (150 rows rewritten an article: ~0.6 ms); until then what reads a profile reads it
#: here (:func:`_centroid`, :func:`_candidates`, in ``story_terms``' own order, so that every sum
#: is made in the same order).  Held from the start of a write transaction to its end
#: (:func:`begin_profiles`, :func:`flush_profiles`, :func:`end_profiles`, called by
#: :meth:`dashiji.store.Store.batch`): another connection may change a profile between two.
_written: dict[int, tuple[object, _Held]] = {}


def begin_profiles(conn: object) -> None:
    """A write transaction begins on ``conn``: profiles written in it are held until it ends."""
    _written[id(conn)] = (conn, _Held({}, {}))


def end_profiles(conn: object) -> None:
    """The write transaction of ``conn`` ended (committed or rolled back): forget its profiles
    (those not flushed are lost with a rolled back transaction)."""
    _written.pop(id(conn), None)


def flush_profiles(conn: sqlite3.Connection) -> None:
    """Write the profiles held for ``conn``'s transaction to ``story_terms`` (before it
    commits); they stay held until :func:`end_profiles`."""
    held = _held(conn)
    if held is None:
        return
    for story, weights in held.weights.items():
        _write_rows(conn, story, weights, held.stored[story])
    held.stored = {story: weights for story, weights in held.weights.items()}
    held.read.clear()


def _held(conn: object) -> _Held | None:
    got = _written.get(id(conn))
    return got[1] if got is not None and got[0] is conn else None


def _centroid(conn: sqlite3.Connection, story: str) -> dict[str, float]:
    """The story's profile, in the order of its rows in ``story_terms`` (by word)."""
    held = _held(conn)
    if held is not None and story in held.weights:
        return dict(sorted(held.weights[story].items()))
    return _stored_centroid(conn, story)


def _stored_centroid(conn: sqlite3.Connection, story: str) -> dict[str, float]:
    """The story's rows in ``story_terms`` (shared: not to be changed).  In a write transaction
    each story's are read once (``_Held.read``): a story of one article near a story that
    articles join is read at each of them (_strays), 3 reads in 4 of a batch's."""
    held = _held(conn)
    got = held.read.get(story) if held is not None else None
    if got is None:
        got = dict(
            conn.execute(
                "SELECT term, weight FROM story_terms WHERE story_id = ?", (story,)
            ).fetchall()
        )
        if held is not None:
            held.read[story] = got
    return got


def _write_centroid(
    conn: sqlite3.Connection,
    story: str,
    vec: dict[str, float],
    stored: dict[str, float] | None = None,
) -> dict[str, float]:
    """Store the story's profile: ``vec``'s heaviest words, normalised; return it (the words
    and weights :func:`_centroid` reads back).  ``stored``: the rows the
    story has now (:func:`_centroid`), when the caller read them: only the words that change are
    written then (a weight updated in place leaves the index by story untouched).  In a write
    transaction the profile is held, and written when it ends (:func:`flush_profiles`)."""
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_SIZE]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    weights = {t: v / norm for t, v in top}
    _put_profile(conn, story, weights, stored)
    return weights


def _put_profile(
    conn: sqlite3.Connection,
    story: str,
    weights: dict[str, float],
    stored: dict[str, float] | None,
) -> None:
    """The story's profile is now ``weights``: held (see :data:`_written`), else written."""
    held = _held(conn)
    if held is None:
        _write_rows(conn, story, weights, stored)
        return
    if story not in held.weights:
        held.stored[story] = stored
    held.weights[story] = weights


def _write_rows(
    conn: sqlite3.Connection,
    story: str,
    weights: dict[str, float],
    stored: dict[str, float] | None,
) -> None:
    """Make the story's rows of ``story_terms`` ``weights`` (``stored``: the rows it has, when
    known: only the words that change are written)."""
    if stored is None:
        conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story,))
        conn.executemany(
            "INSERT INTO story_terms (term, story_id, weight) VALUES (?, ?, ?)",
            [(t, story, w) for t, w in weights.items()],
        )
        return
    conn.executemany(
        "DELETE FROM story_terms WHERE term = ? AND story_id = ?",
        [(t, story) for t in stored if t not in weights],
    )
    conn.executemany(
        "UPDATE story_terms SET weight = ? WHERE term = ? AND story_id = ?",
        [(w, t, story) for t, w in weights.items() if t in stored and stored[t] != w],
    )
    conn.executemany(
        "INSERT INTO story_terms (term, story_id, weight) VALUES (?, ?, ?)",
        [(t, story, w) for t, w in weights.items() if t not in stored],
    )


def _add_to_centroid(
    conn: sqlite3.Connection, story: str, n: int, vec: dict[str, float], k: int = 1
) -> dict[str, float]:
    """Mean of n articles' profiles plus k more with mean ``vec``; the new profile."""
    held = _held(conn)
    if held is not None and story in held.weights:
        old = held.weights[story]
    else:
        old = _stored_centroid(conn, story)
    new = {t: w * n for t, w in old.items()}
    for t, w in vec.items():
        new[t] = new.get(t, 0.0) + w * k
    return _write_centroid(conn, story, new, old)


def _actors_json(old: str | None, names: Sequence[tuple[str, str | None]]) -> str:
    actors: dict[str, dict[str, object]] = {}
    for a in json.loads(old) if old else []:
        actors[str(a["kb_id"] or a["name"])] = a
    for name, kb_id in dict.fromkeys(names):
        key = kb_id or name
        entry = actors.setdefault(key, {"name": name, "kb_id": kb_id, "count": 0})
        entry["count"] = int(entry["count"]) + 1  # type: ignore[call-overload]
    ranked = sorted(actors.values(), key=lambda a: (-int(a["count"]), str(a["name"])))  # type: ignore[call-overload]
    return json.dumps(ranked[:ACTORS_KEPT], ensure_ascii=False)


def _range(
    row_start: str | None, row_end: str | None, day: str | None
) -> tuple[str | None, str | None]:
    if not day:
        return row_start, row_end
    d = day[:10]
    return (min(row_start, d) if row_start else d), (max(row_end, d) if row_end else d)


def _merge_stories(conn: sqlite3.Connection, keep: str, gone: str, now: str) -> None:
    """Story ``gone`` joins story ``keep``: its articles, events and profile move over."""
    (n_keep,) = conn.execute(
        "SELECT num_articles FROM stories WHERE story_id = ?", (keep,)
    ).fetchone()
    row = conn.execute(
        'SELECT num_articles, start, "end", actors FROM stories WHERE story_id = ?', (gone,)
    ).fetchone()
    n_gone, g_start, g_end, g_actors = row
    _add_to_centroid(conn, keep, n_keep, _centroid(conn, gone), n_gone)
    _put_profile(conn, gone, {}, None)
    conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, gone))
    conn.execute("UPDATE events SET story_id = ? WHERE story_id = ?", (keep, gone))
    k = conn.execute(
        'SELECT start, "end", actors FROM stories WHERE story_id = ?', (keep,)
    ).fetchone()
    start, end = _range(k[0], k[1], g_start)
    start, end = _range(start, end, g_end)
    merged = json.loads(k[2] or "[]")
    by_key = {str(a["kb_id"] or a["name"]): a for a in merged}
    for a in json.loads(g_actors or "[]"):
        key = str(a["kb_id"] or a["name"])
        if key in by_key:
            by_key[key]["count"] += a["count"]
        else:
            by_key[key] = a
    actors = sorted(by_key.values(), key=lambda a: (-a["count"], a["name"]))[:ACTORS_KEPT]
    conn.execute(
        'UPDATE stories SET num_articles = num_articles + ?, start = ?, "end" = ?, actors = ?, '
        "updated_at = ? WHERE story_id = ?",
        (n_gone, start, end, json.dumps(actors, ensure_ascii=False), now, keep),
    )
    conn.execute(
        "UPDATE stories SET merged_into = ?, num_articles = 0, updated_at = ? WHERE story_id = ?",
        (keep, now, gone),
    )
    conn.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (keep, gone))


def assign(
    conn: sqlite3.Connection,
    doc_id: str,
    prof: dict[str, float],
    *,
    published: str | None,
    title: str | None,
    actors: Sequence[tuple[str, str | None]],
    now: str,
) -> Assignment:
    """Put the article into its story (see the module docstring); write it to the tables."""
    ranked = _score(conn, _candidates(conn, prof), published)
    merged: list[str] = []
    if ranked and ranked[0][0] >= JOIN_AT:
        sim, story = ranked[0]
        bridged = [s for v, s in ranked[1:] if v >= BRIDGE_AT]
        if bridged and sim >= BRIDGE_AT:
            for other in bridged:
                keep, gone = _older(conn, story, other)
                _merge_stories(conn, keep, gone, now)
                merged.append(gone)
                story = keep
        n, start, end, old_actors = conn.execute(
            'SELECT num_articles, start, "end", actors FROM stories WHERE story_id = ?', (story,)
        ).fetchone()
        grown = _add_to_centroid(conn, story, n, prof)
        if title and sim >= _best_join(conn, story):
            # a story is named by its most typical report
            conn.execute("UPDATE stories SET title = ? WHERE story_id = ?", (title, story))
        start, end = _range(start, end, published)
        conn.execute(
            'UPDATE stories SET num_articles = num_articles + 1, start = ?, "end" = ?, actors = ?, '
            "updated_at = ? WHERE story_id = ?",
            (start, end, _actors_json(old_actors, actors), now, story),
        )
        for other in _strays(conn, story, [s for _, s in ranked[1:] if s not in merged], grown):
            _merge_stories(conn, story, other, now)  # the story shown so far keeps its id
            merged.append(other)
        new = False
    else:
        story, sim, new = story_id_for(doc_id), 1.0, True
        day = published[:10] if published else None
        conn.execute(
            'INSERT OR REPLACE INTO stories (story_id, title, start, "end", actors, num_articles, '
            "num_events, merged_into, updated_at) VALUES (?, ?, ?, ?, ?, 1, 0, NULL, ?)",
            (story, title, day, day, _actors_json(None, actors), now),
        )
        _write_centroid(conn, story, prof)
    conn.execute(
        "INSERT OR REPLACE INTO story_articles (doc_id, story_id, similarity, published) "
        "VALUES (?, ?, ?, ?)",
        (doc_id, story, round(sim, 4), published),
    )
    return Assignment(story, sim, new, merged)


def _strays(
    conn: sqlite3.Connection,
    story: str,
    near: Sequence[str],
    grown: dict[str, float] | None = None,
) -> list[str]:
    """The stories of at most :data:`STRAY_SIZE` articles among ``near`` (the stories nearest
    the article that just joined ``story``) that ``story``, grown by it, now takes as it would
    take an article: their profile as similar to its own as :data:`JOIN_AT` (a story quiet for
    longer than :data:`QUIET_DAYS` around them: :data:`QUIET_PENALTY` more).  An article that
    came before its story had the words it shares with it began a story of its own; it is not
    left there once the story has grown towards it.  ``grown``: the story's profile as just
    written (:func:`_add_to_centroid`), else read."""
    if not near:
        return []
    marks = ",".join("?" * len(near))
    small = {
        sid: (start, end)
        for sid, start, end, n in conn.execute(
            f'SELECT story_id, start, "end", num_articles FROM stories WHERE story_id IN ({marks})'
            " AND merged_into IS NULL",
            list(near),
        )
        if 0 < n <= STRAY_SIZE and sid != story
    }
    if not small:
        return []
    if grown is None:
        grown = _centroid(conn, story)
    s_start, s_end = conn.execute(
        'SELECT start, "end" FROM stories WHERE story_id = ?', (story,)
    ).fetchone()
    out = []
    for sid in near:
        if sid not in small:
            continue
        sim = sum(w * grown.get(t, 0.0) for t, w in _centroid(conn, sid).items())
        start, end = small[sid]
        gaps = [
            g
            for g in (_days(start, s_start), _days(end, s_end), _days(start, s_end))
            if g is not None
        ]
        inside = bool(start and s_start and s_end and s_start[:10] <= start[:10] <= s_end[:10])
        if gaps and not inside and min(gaps) > QUIET_DAYS:
            sim -= QUIET_PENALTY
        if sim >= JOIN_AT:
            out.append(sid)
    return out


def _best_join(conn: sqlite3.Connection, story: str) -> float:
    """The highest similarity an article had when it joined the story (its founder aside)."""
    row = conn.execute(
        "SELECT max(similarity) FROM story_articles WHERE story_id = ? AND similarity < 1.0",
        (story,),
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else 0.0


def _older(conn: sqlite3.Connection, a: str, b: str) -> tuple[str, str]:
    """(the story that began first, the other)."""
    rows = {
        sid: (start or "", sid)
        for sid, start in conn.execute(
            "SELECT story_id, start FROM stories WHERE story_id IN (?, ?)", (a, b)
        )
    }
    first, second = sorted([a, b], key=lambda s: rows.get(s, ("", s)))
    return first, second


def resolve(conn: sqlite3.Connection, story_id: str) -> str:
    """The story a (possibly merged) story id stands for now; an unknown id stands for itself."""
    seen: set[str] = set()
    while story_id not in seen:
        seen.add(story_id)
        row = conn.execute(
            "SELECT merged_into FROM stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        if row is None or not row[0]:
            return story_id
        story_id = row[0]
    return story_id
