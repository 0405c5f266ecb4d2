"""One event however many articles report it: cross-article merging of event mentions.

A mention (one coded event in one article) joins an existing event when all of these hold —
the rules of within-article merging (:mod:`dashiji.events.merge`), taken across articles:

* **kind**: the same news type when both have one, else the same PLOVER type and the same group
  of modes (a summit, a meeting and a visit are one group; a phone call another);
* **actors**: they share a specific actor (:func:`.keys.actor_key`: same KB entry, or the same
  name after script and alias folding), a directed event keeps its direction, and two-sided
  events share both sides when both name two;
* **told alike**, for a mention with only generic actors (警方, 法院) and for two mentions in one
  article (a headline and its lede): the same story, the same actors, the same day (or both
  undated and reported within a day) and the same participants (its DuEE arguments: one shared,
  none different in a role both fill) — two arrests "by the police" are not one arrest;
* **date**: the dates overlap across precisions (8月中旬 and 8月15日); an undated mention that
  reports an event as done joins an event dated up to :data:`UNDATED_BACK_DAYS` before its
  article; a postponement or cancellation joins an event still ahead of its article; two undated
  mentions must be reported within :data:`UNDATED_APART_DAYS` of each other; and when only one
  side is dated and one actor is shared, the article must be within :data:`UNDATED_NEAR_DAYS`
  of the event's day or of its last report (a story's protagonist is in every episode);
* **place**: no two different countries;
* **modality**: a negated mention joins only a negated event, an asserted one never a negated one.

Of the events that fit, the one sharing most actors wins, then the same date, then the same
story, then the most recent.  Every mention keeps why it joined (``merge_reason``: the shared
actors, the date agreement, the trigger) — so a bad merge can be traced, and, the rules changed,
:func:`dashiji.stories.update.remerge_events` rebuilds events from the stored mentions alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..events.lexicon import lexicon
from ..events.model import Event
from .event_rows import event_from_json
from .keys import (
    ActorKey,
    actor_key,
    dates_overlap,
    day_interval,
    fold_name,
    specific_name,
    width_days,
)

TIME_ROLES = frozenset({"时间"})
UNDATED_BACK_DAYS = 30
UNDATED_NEAR_DAYS = 2
UNDATED_APART_DAYS = 7


@lru_cache(maxsize=4096)
def mode_group(type_: str | None, mode: str | None) -> str:
    """The kind of happening: the type and its group of modes (``coder.json`` ``mode_groups``,
    as within-article merging uses them), else the mode itself.  Cached: a mention is fitted
    against tens of candidate events, each asking it of both (the lexicon loads once)."""
    group = lexicon().mode_groups.get(type_ or "", {}).get(mode or "")
    return f"{type_}:{mode}" if group is None else f"{type_}:{group}"


@dataclass(slots=True)
class Keys:
    """A mention's or an event's actors as keys, by side."""

    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    generic: set[str] = field(default_factory=set)

    @property
    def specific(self) -> set[str]:
        return self.sources | self.targets | self.parties

    def add(self, key: ActorKey, side: str) -> None:
        if not key.specific:
            self.generic.add(key.key)
        elif side == "source":
            self.sources.add(key.key)
        elif side == "target":
            self.targets.add(key.key)
        else:
            self.parties.add(key.key)


def mention_keys(event: Event) -> tuple[Keys, list[tuple[ActorKey, str, Any]]]:
    keys = Keys()
    rows: list[tuple[ActorKey, str, Any]] = []
    for actor in event.actors:
        k = actor_key(actor)
        keys.add(k, actor.side)
        rows.append((k, actor.side, actor))
    return keys, rows


#: The keys of a candidate not yet kept (:func:`candidates`); never filled.
_NO_KEYS = Keys()


@dataclass(slots=True)
class Candidate:
    event_id: str
    type: str | None
    mode: str | None
    news_type: str | None
    date: str | None
    date_source: str | None
    place_country: str | None
    modality: str | None
    status: str | None
    story_id: str | None
    last_seen: str | None
    trigger: str | None
    same_doc: bool
    keys: Keys


@lru_cache(maxsize=16384)
def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _kind_fits(ev: Event, c: Candidate) -> bool:
    if ev.news_type and c.news_type:
        return ev.news_type == c.news_type
    if ev.type and c.type:
        return mode_group(ev.type, ev.mode) == mode_group(c.type, c.mode)
    return False


def _actors_fit(keys: Keys, c: Candidate, same_story: bool, same_day: bool) -> list[str] | None:
    """The shared actor keys, or None when the actors do not fit."""
    mine, theirs = keys.specific, c.keys.specific
    if not mine or not theirs:
        if mine or theirs:
            return None
        shared_generic = keys.generic & c.keys.generic
        if same_story and same_day and (shared_generic or not (keys.generic or c.keys.generic)):
            return sorted(shared_generic)
        return None
    shared = mine & theirs
    if not shared:
        return None
    # a directed event keeps its direction
    if keys.sources & c.keys.targets and not keys.sources & c.keys.sources:
        return None
    if keys.targets & c.keys.sources and not keys.targets & c.keys.targets:
        return None
    directed = (keys.sources or keys.targets) and (c.keys.sources or c.keys.targets)
    if directed and not (keys.parties or c.keys.parties):
        # who was acted on decides (临江市公安局 and 临江警方 arresting 王某 is one arrest; the
        # police arresting 王某 and arresting 李某 are two)
        if keys.targets and c.keys.targets and not keys.targets & c.keys.targets:
            return None
        return sorted(shared)
    # two named sides on both: both sides must match
    if len(mine) >= 2 and len(theirs) >= 2 and len(shared) < 2:
        return None
    return sorted(shared)


def _dates_fit(ev: Event, published: str | None, c: Candidate) -> str | None:
    """How the dates agree ('same', 'overlap', 'undated'), or None when they do not."""
    c_dated = c.date_source == "text" and c.date
    if ev.date and c_dated:
        if not dates_overlap(ev.date, c.date):
            return None
        return "same" if ev.date == c.date else "overlap"
    report = _day(published)
    if ev.date and not c_dated:
        # the event is undated so far: it was reported on c.date / last_seen
        seen = _day(c.last_seen or c.date)
        iv = day_interval(ev.date)
        if seen is None or iv is None:
            return "undated"
        lo, hi = date.fromisoformat(iv[0]), date.fromisoformat(iv[1])
        if lo - timedelta(days=UNDATED_APART_DAYS) <= seen and hi >= seen - timedelta(
            days=UNDATED_BACK_DAYS
        ):
            return "undated"
        return None
    if not ev.date and c_dated:
        iv = day_interval(c.date)
        if report is None or iv is None:
            return "undated"
        lo, hi = date.fromisoformat(iv[0]), date.fromisoformat(iv[1])
        if ev.status in ("postponed", "cancelled", "planned"):
            return "undated" if hi >= report - timedelta(days=1) else None
        if hi <= report + timedelta(days=1) and hi >= report - timedelta(days=UNDATED_BACK_DAYS):
            return "undated"
        return None
    seen = _day(c.last_seen)
    if report is None or seen is None:
        return "undated"
    return "undated" if abs((report - seen).days) <= UNDATED_APART_DAYS else None


def _near_date(published: str | None, c: Candidate) -> bool:
    """The article is dated within UNDATED_NEAR_DAYS after the candidate's own (stated) day."""
    a, b = _day(published), _day(c.date) if c.date_source == "text" else None
    return a is not None and b is not None and 0 <= (a - b).days <= UNDATED_NEAR_DAYS


def _within(published: str | None, c: Candidate, days: int) -> bool:
    a, b = _day(published), _day(c.last_seen)
    return a is not None and b is not None and abs((a - b).days) <= days


def _modality_fits(ev: Event, c: Candidate) -> bool:
    if ev.modality == "negated" or c.modality == "negated":
        return ev.modality == c.modality
    return True


def arg_keys(ev: Event) -> frozenset[tuple[str, str]]:
    """The event's participants and objects as (DuEE role, folded text), time roles left out."""
    return frozenset(
        (a.role, fold_name(a.text)) for a in ev.arguments if a.text and a.role not in TIME_ROLES
    )


def args_agree(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Both name participants, share one, and name nobody else in a role both fill."""
    if not a or not b or not a & b:
        return False
    ra: dict[str, set[str]] = {}
    rb: dict[str, set[str]] = {}
    for role, text in a:
        ra.setdefault(role, set()).add(text)
    for role, text in b:
        rb.setdefault(role, set()).add(text)
    return all(ra[r] & rb[r] for r in ra.keys() & rb.keys())


def _told_alike(conn: sqlite3.Connection, ev: Event, c: Candidate) -> bool:
    """Whether one of the candidate's mentions has the mention's participants (arguments)."""
    mine = arg_keys(ev)
    if not mine:
        return False
    return any(
        args_agree(mine, arg_keys(event_from_json(text)))
        for (text,) in conn.execute(
            "SELECT event FROM event_mentions WHERE event_id = ? LIMIT 50", (c.event_id,)
        )
    )


def _fits_before_actors(ev: Event, published: str | None, c: Candidate) -> str | None:
    """What :func:`fit` asks first, of the candidate's row alone: kind, modality, place,
    dates — how the dates fit (:func:`_dates_fit`), or None when the candidate does not fit,
    whatever its actors."""
    if not _kind_fits(ev, c) or not _modality_fits(ev, c):
        return None
    if ev.place_country and c.place_country and ev.place_country != c.place_country:
        return None
    return _dates_fit(ev, published, c)


def fit(
    ev: Event,
    keys: Keys,
    published: str | None,
    story_id: str | None,
    c: Candidate,
    conn: sqlite3.Connection | None = None,
) -> tuple[float, dict[str, Any]] | None:
    """The score and reasons of ``ev`` joining candidate event ``c``; None when it does not fit.

    Two mentions in one article (a headline and its lede), or two with generic actors only (警方
    拘捕…), are one event only when told alike: the same actors, the same date (one day, or both
    undated and reported within a day), and the same participants (:func:`args_agree`)."""
    how = _fits_before_actors(ev, published, c)
    if how is None:
        return None
    same_story = story_id is not None and story_id == c.story_id
    same_day = (how == "same" and width_days(ev.date) == 1) or (
        how == "undated" and not ev.date and c.date_source != "text" and _within(published, c, 1)
    )
    generic_only = not keys.specific and not c.keys.specific
    if c.same_doc or generic_only:
        if not (same_story and same_day and keys.generic == c.keys.generic):
            return None
        if c.same_doc and keys.specific != c.keys.specific:
            return None
        if conn is None or not _told_alike(conn, ev, c):
            return None
        shared: list[str] | None = sorted(keys.specific & c.keys.specific or keys.generic)
    else:
        shared = _actors_fit(keys, c, same_story, same_day)
        # a date on one side only, one actor in common: in a story every episode has its
        # protagonist (张女士 sues, appeals, is sued); it is the same episode only when reported
        # within UNDATED_NEAR_DAYS of it
        if (
            shared is not None
            and how == "undated"
            and len(shared) < 2
            and not (_within(published, c, UNDATED_NEAR_DAYS) or _near_date(published, c))
        ):
            return None
    if shared is None:
        return None
    score = 2.0 * len(shared) + (1.0 if how == "same" else 0.0) + (0.5 if same_story else 0.0)
    if ev.trigger and ev.trigger == c.trigger:
        score += 0.5
    reason: dict[str, Any] = {"actors": shared, "date": how, "event": c.event_id}
    if c.same_doc or generic_only:
        reason["participants"] = sorted(t for _, t in arg_keys(ev))
    if ev.trigger and ev.trigger == c.trigger:
        reason["trigger"] = ev.trigger
    if same_story:
        reason["story"] = story_id
    return score, reason


#: Days before the earliest day a mention can name (its own date, or its article's) that a
#: candidate event must still reach, by its date or its last report, to be worth fitting: above
#: every window of :func:`_dates_fit` (UNDATED_BACK_DAYS, UNDATED_APART_DAYS).
REACH_DAYS = UNDATED_BACK_DAYS + UNDATED_APART_DAYS + 3

# A candidate too old to fit: its last report and its date (of any precision, compared on the
# date's own length: '2024' is before '2025-03-01' only as a year) end before the bound.  Ranges
# and dates that are not plain ISO prefixes are kept (``_dates_fit`` decides).
_RECENT_SQL = (
    "(e.last_seen IS NULL OR e.last_seen >= ? OR (e.date IS NOT NULL AND ("
    "e.date GLOB '*/*' OR NOT e.date GLOB '[0-9][0-9][0-9][0-9]*' "
    "OR e.date >= substr(?, 1, length(e.date)))))"
)


def recent_bound(ev: Event, published: str | None) -> str | None:
    """The ISO day before which a candidate event cannot fit ``ev`` (None: any may).

    Every branch of :func:`_dates_fit` needs the candidate's date interval or its last report to
    reach within UNDATED_BACK_DAYS (or UNDATED_APART_DAYS) of the mention's first day or of its
    article's date, when those are known; a store of years of news holds thousands of events of
    one actor, and this keeps the old ones out of the query."""
    days = []
    iv = day_interval(ev.date) if ev.date else None
    if ev.date and iv is None:
        return None  # a date that names no interval fits anything
    if iv is not None:
        days.append(date.fromisoformat(iv[0]))
    report = _day(published)
    if report is not None:
        days.append(report)
    elif not ev.date:
        return None
    return (min(days) - timedelta(days=REACH_DAYS)).isoformat()


def _kind_filter(ev: Event, published: str | None) -> tuple[str, list[Any], str | None]:
    """The SQL filter (on ``events e``) and its arguments that keep the candidate events of
    ``ev``'s kind, not so old that no date rule could join them; the bound
    (:func:`recent_bound`)."""
    kind_sql = (
        "(e.news_type = ? OR (e.news_type IS NULL AND e.type = ?))"
        if ev.news_type
        else ("e.type = ?")
    )
    kind_args: list[Any] = [ev.news_type, ev.type] if ev.news_type else [ev.type]
    bound = recent_bound(ev, published)
    if bound is not None:
        kind_sql = f"{kind_sql} AND {_RECENT_SQL}"
        kind_args = [*kind_args, bound, bound]
    return kind_sql, kind_args, bound


def _story_may_hold(
    conn: sqlite3.Connection, ev: Event, published: str | None, story_id: str | None
) -> bool:
    """Whether story ``story_id`` holds an event that ``ev``, a mention with generic actors only,
    may join; False: :func:`best` finds none.  :func:`fit` joins such a mention only to an event
    of its story (of its kind, recent enough: :func:`candidates`) told the same day: its own
    day, stated (``same``: a date of one day), or, the mention undated, an event last reported
    within a day of its article.  A story holds hundreds of events; most such mentions join
    none, and reading them all as candidates, each fitted, was most of what storing them cost."""
    if story_id is None or (ev.news_type is None and ev.type is None):
        return False
    report = _day(published)
    if ev.date and width_days(ev.date) != 1 or not ev.date and report is None:
        return False
    kind_sql, kind_args, _ = _kind_filter(ev, published)
    head = f"FROM events e INDEXED BY events_story WHERE e.story_id = ? AND {kind_sql}"
    if ev.date:
        got = conn.execute(
            f"SELECT 1 {head} AND e.date = ? AND e.date_source = 'text' LIMIT 1",
            [story_id, *kind_args, ev.date],
        ).fetchone()
        return got is not None
    assert report is not None
    return any(
        seen is not None and abs((report - seen).days) <= 1
        for (last,) in conn.execute(f"SELECT e.last_seen {head}", [story_id, *kind_args])
        for seen in (_day(last),)
    )


def candidates(
    conn: sqlite3.Connection,
    ev: Event,
    keys: Keys,
    story_id: str | None,
    doc_id: str,
    published: str | None = None,
    doc_events: set[str] | None = None,
    keep: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Events that may be the same as ``ev``: sharing a specific actor key, or, for a mention
    with generic actors only, of the same story; of the same type or news type; not so old that
    no date rule could join them (:func:`recent_bound`).

    ``doc_events``: the events that article ``doc_id``'s mentions joined so far, when the caller
    knows them (:func:`dashiji.stories.update.add_document` adds an article's mentions one after
    the other), so that whether a candidate has a mention in the article need not be queried.
    ``keep``: only the candidates it keeps (judged on their rows, before their actors are read).
    """
    kind_sql, kind_args, bound = _kind_filter(ev, published)
    if ev.news_type is None and ev.type is None:
        return []
    cols = (
        "e.event_id, e.type, e.mode, e.news_type, e.date, e.date_source, e.place_country, "
        "e.modality, e.status, e.story_id, e.last_seen, e.trigger"
    )
    same_sql, same_args = "", []
    if doc_events is None:
        same_sql = (
            ", EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id "
            "AND m.doc_id = ?)"
        )
        same_args = [doc_id]
    spec = sorted(keys.specific)
    if spec:
        rows = _by_actors(conn, ev, spec, cols + same_sql, same_args, kind_sql, kind_args, bound)
    elif story_id is not None:
        # the story's events (a story holds tens): without the index named, SQLite reads every
        # event of the type (events_type_status_date) when the mention has no news type
        rows = conn.execute(
            f"SELECT {cols}{same_sql} FROM events e INDEXED BY events_story "
            f"WHERE e.story_id = ? AND {kind_sql}",
            [*same_args, story_id, *kind_args],
        ).fetchall()
    else:
        return []
    rows = rows[:500]
    # each candidate gets its Keys once kept (most are not: four sets made for nothing); its
    # fields given by position (by keyword, making the tens of candidates of each mention took
    # half as long again)
    if doc_events is None:
        found = [Candidate(*row[:-1], bool(row[-1]), _NO_KEYS) for row in rows]  # type: ignore[call-arg]
    else:
        found = [Candidate(*row, row[0] in doc_events, _NO_KEYS) for row in rows]  # type: ignore[call-arg]
    if keep is not None:
        found = [c for c in found if keep(c)]
    keys_of: dict[str, Keys] = {}
    for c in found:
        got = keys_of.get(c.event_id)
        if got is None:
            got = keys_of[c.event_id] = Keys()
        c.keys = got
    ids = list(keys_of)
    for i in range(0, len(ids), 400):  # the candidates' actors in one query (per 400)
        chunk = ids[i : i + 400]
        for event_id, key, side, kb_id, name in conn.execute(
            "SELECT event_id, actor_key, side, kb_id, name FROM event_actors "
            f"WHERE event_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            keys_of[event_id].add(_stored_key(key, bool(kb_id), name), side)
    return found


def _by_actors(
    conn: sqlite3.Connection,
    ev: Event,
    spec: list[str],
    cols: str,
    same_args: list[Any],
    kind_sql: str,
    kind_args: list[Any],
    bound: str | None,
) -> list[Any]:
    """The rows (``cols``) of the events of the actor keys ``spec`` (sorted) of ``ev``'s kind
    that ``kind_sql`` keeps, each once, in the order of (actor key, event id) of their first
    actor row.

    The actor's rows of that kind that reach ``bound`` (:func:`recent_bound`) only are read,
    from ``event_actors_kind`` (migration 14: each actor row has its event's type, news
    type and :func:`.event_rows.reach`), each event from its covering index ``events_fit``
    (migration 10); an actor of a big store has thousands of events, of tens of kinds, over
    years.  A mention with a news type fits the events of that news type and those of its type
    with none: two ranges of the index.  The events' own kind and dates are tested too
    (``kind_sql``).  The order is the one reading the actor's every row (``event_actors_key``)
    gave before.  It is made here, in Python (code-point order of the keys and ids), so it
    does not depend on a PostgreSQL database's collation; only the filter ``reach >= bound``
    is compared by the database, and both sides are ISO days (or a report's ISO time, or a
    date padded with 9s), digits and separators in the same places, which the ICU collations
    und, en-US and zh-Hans order as the bytes do (tests/test_store_postgres.py) — the ``C``
    collation (:mod:`dashiji.store.postgres`) makes that certain under any other one."""
    marks = ",".join("?" * len(spec))
    head = (
        f"SELECT a.actor_key, {cols} FROM event_actors a INDEXED BY event_actors_kind "
        "JOIN events e INDEXED BY events_fit ON e.event_id = a.event_id "
        f"WHERE a.actor_key IN ({marks}) AND "
    )
    tail, tail_args = (f" AND {kind_sql}", kind_args)
    if bound is not None:
        tail, tail_args = (f" AND a.reach >= ?{tail}", [bound, *kind_args])
    if ev.news_type:
        got = conn.execute(
            f"{head}a.news_type = ?{tail} UNION ALL {head}a.news_type IS NULL AND a.type = ?{tail}",
            [*same_args, *spec, ev.news_type, *tail_args]
            + [*same_args, *spec, ev.type, *tail_args],
        ).fetchall()
    else:
        got = conn.execute(
            f"{head}a.type = ?{tail}", [*same_args, *spec, ev.type, *tail_args]
        ).fetchall()
    got.sort(key=lambda r: (r[0], r[1]))
    seen: set[str] = set()
    rows = []
    for r in got:
        if r[1] not in seen:
            seen.add(r[1])
            rows.append(r[1:])
    return rows


@lru_cache(maxsize=65536)
def _stored_key(key: str, has_kb_id: bool, name: str) -> ActorKey:
    """The key of an ``event_actors`` row (specific when it has a KB id)."""
    return ActorKey(key, has_kb_id or specific_name(name, key))


def best(
    conn: sqlite3.Connection,
    ev: Event,
    keys: Keys,
    published: str | None,
    story_id: str | None,
    doc_id: str,
    doc_events: set[str] | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """The event ``ev`` (a mention in article ``doc_id``) joins, and why; None: a new event.
    ``doc_events``: see :func:`candidates`."""
    if not keys.specific and not _story_may_hold(conn, ev, published, story_id):
        return None  # a mention with generic actors only joins none of its story's events
    found = []
    for c in candidates(
        conn,
        ev,
        keys,
        story_id,
        doc_id,
        published,
        doc_events,
        keep=lambda c: _fits_before_actors(ev, published, c) is not None,
    ):
        scored = fit(ev, keys, published, story_id, c, conn)
        if scored is not None:
            found.append((scored[0], c.last_seen or "", c.event_id, scored[1]))
    if not found:
        return None
    found.sort(key=lambda x: (-x[0], _neg(x[1]), x[2]))
    _, _, event_id, reason = found[0]
    return event_id, reason


def _neg(day: str) -> str:
    """A sort key that puts later dates first."""
    return "".join(chr(0x10FFFF - ord(ch)) for ch in day)
