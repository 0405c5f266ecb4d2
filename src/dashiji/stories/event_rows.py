"""Writing events as rows: a mention's row, and an event's row recomputed from its mentions.

An event's row carries what its mentions support best:

* **date**: of the dates its mentions state, the one most mentions agree with (a date agrees
  with another when they overlap), then the most precise; with no stated date, the earliest
  article's date (``date_source = 'report'``);
* **status**: the latest reported (by article date; in one article, a later stage wins), with
  the whole **status history**: every stage with its date, the article that reported it and
  when — ``planned`` for a date, ``postponed``, ``cancelled``, ``occurred``; a meeting also gets
  ``announced`` from an agreement to meet (AGREE/meet, CAMEO 036) between the same parties,
  dated before it and at most :data:`ANNOUNCED_WITHIN_DAYS` ahead;
* **place**, **actors**, **summary**, **sentence**: those of its best mention (the one whose date
  is the event's, earliest reported);
* **num_mentions**, **num_articles**, **num_sources** (distinct outlets), **first_seen** and
  **last_seen** (article dates).  Copies of an article (near-duplicates) are never analysed, so
  they are not counted.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from ..events.lexicon import lexicon
from ..events.model import Argument, Event, EventActor, Mention, _plain
from ..export.dates import sort_bounds
from ..json_text import encoder
from .keys import ActorKey, dates_overlap, width_days

ANNOUNCED_WITHIN_DAYS = 60
NOT_TOLD = ("hypothetical", "negated")
STAGE_ORDER = {"announced": 0, "planned": 1, "postponed": 2, "cancelled": 3, "occurred": 4}


#: ``json.dumps(value, ensure_ascii=False)``, without making an encoder each call
#: (:mod:`dashiji.json_text`: the same text, the same errors)
_dumps = encoder()


def event_json(ev: Event) -> str:
    return _dumps(_plain(ev))


def event_from_json(text: str) -> Event:
    d = json.loads(text)
    d["actors"] = [EventActor(**x) for x in d.get("actors", [])]
    d["mentions"] = [Mention(**x) for x in d.get("mentions", [])]
    d["arguments"] = [Argument(**x) for x in d.get("arguments", [])]
    return Event(**d)


_MENTION_COLUMNS = (
    "mention_id",
    "doc_id",
    "event_id",
    "type",
    "news_type",
    "cameo",
    "date",
    "precision",
    "status",
    "modality",
    "place",
    "place_country",
    "trigger",
    "sentence",
    "start",
    "end",
    "outlet",
    "published",
    "announced",
    "merge_reason",
    "event",
)
_INSERT_MENTION = (
    "INSERT OR REPLACE INTO event_mentions ("
    + ", ".join(f'"{c}"' for c in _MENTION_COLUMNS)
    + f") VALUES ({', '.join('?' * len(_MENTION_COLUMNS))})"
)


def insert_mention(
    conn: sqlite3.Connection,
    ev: Event,
    event_id: str,
    doc_id: str,
    outlet: str | None,
    published: str | None,
    reason: dict[str, Any] | None,
    announced: str | None = None,
    text: str | None = None,
) -> None:
    """Write the mention's row (``text``: its :func:`event_json`, when made already)."""
    conn.execute(
        _INSERT_MENTION,
        (
            ev.id,
            doc_id,
            event_id,
            ev.type,
            ev.news_type,
            ev.cameo,
            ev.date,
            ev.precision,
            ev.status,
            ev.modality,
            ev.place,
            ev.place_country,
            ev.trigger,
            ev.sentence,
            ev.start,
            ev.end,
            outlet,
            published,
            announced,
            _dumps(reason) if reason else None,
            event_json(ev) if text is None else text,
        ),
    )


#: An ``event_actors`` row without its event id: actor key, side, name, KB id, country.
ActorRow = tuple[str, str, str, str | None, str | None]


def actor_rows(actors: list[tuple[ActorKey, str, EventActor]]) -> list[ActorRow]:
    """The ``event_actors`` rows of a mention's actors (:func:`.event_merge.mention_keys`)."""
    return [
        (
            k.key,
            side,
            a.name,
            a.kb_id or (k.key if k.specific and k.key != a.name else None),
            a.country,
        )
        for k, side, a in actors
    ]


#: The ``reach`` of an event that every bound of :func:`.event_merge.recent_bound` keeps.
ALWAYS = "9999-99-99"


def reach(date: str | None, last_seen: str | None) -> str:
    """How late an event (its ``date`` and ``last_seen``) reaches, as the candidate events of a
    mention are bounded (:func:`.event_merge.recent_bound`): the event passes
    :data:`.event_merge._RECENT_SQL` with bound B (a ``YYYY-MM-DD`` day) exactly when
    ``reach(date, last_seen) >= B``.  Its last report, or its date padded to a day's length
    with the largest digits (``2024-03`` → ``2024-03-99``: as a prefix, a month reaches every
    day of it), whichever is later; :data:`ALWAYS` for an event never reported and for a date
    that is a range or not an ISO prefix, which every bound keeps."""
    if last_seen is None:
        return ALWAYS
    if date is None:
        return last_seen
    if "/" in date or not (len(date) >= 4 and all(c in "0123456789" for c in date[:4])):
        return ALWAYS
    return max(last_seen, date + ALWAYS[len(date) :])


def insert_actor_rows(conn: sqlite3.Connection, event_id: str, rows: list[ActorRow]) -> None:
    """Add the event's actor rows (those it has already stay as they are).  Each carries the
    event's ``type``, ``news_type`` and :func:`reach` (migration 14), which the candidate
    events of a mention are looked up by (:func:`.event_merge.candidates`), taken from the event's
    row — none yet for an event its mention just began: :func:`write_event` sets them when it
    writes that row."""
    row = conn.execute(
        "SELECT type, news_type, date, last_seen FROM events WHERE event_id = ?", (event_id,)
    ).fetchone()
    kind = (None, None, None) if row is None else (row[0], row[1], reach(row[2], row[3]))
    _insert_actors(conn, event_id, rows, kind)


def _insert_actors(
    conn: sqlite3.Connection, event_id: str, rows: list[ActorRow], kind: tuple[Any, Any, Any]
) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO event_actors "
        "(event_id, actor_key, side, name, kb_id, country, type, news_type, reach) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(event_id, *r, *kind) for r in rows],
    )


def _actors_kind(values: tuple[Any, ...]) -> tuple[Any, Any, str]:
    """What an event's actor rows carry of its row (``values``: see :func:`write_event`)."""
    return values[_TYPE_AT], values[_NEWS_TYPE_AT], reach(values[_DATE_AT], values[_LAST_AT])


def _set_actors_kind(conn: sqlite3.Connection, kind: tuple[Any, Any, str], event_id: str) -> None:
    conn.execute(
        "UPDATE event_actors SET type = ?, news_type = ?, reach = ? WHERE event_id = ?",
        (*kind, event_id),
    )


def _best_date(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    dated = [r for r in rows if r["date"] and r["modality"] not in ("hypothetical", "negated")]
    if not dated:
        dated = [r for r in rows if r["date"]]
    if not dated:
        return None, None
    values = list(dict.fromkeys(r["date"] for r in dated))
    support = {v: sum(dates_overlap(v, r["date"]) for r in dated) for v in values}
    exact = Counter(r["date"] for r in dated)
    best = min(values, key=lambda v: (-support[v], width_days(v), -exact[v], v))
    precision = next(r["precision"] for r in dated if r["date"] == best)
    return best, precision


def _stage(status: str | None) -> str:
    return status if status in STAGE_ORDER else "occurred"


def status_history(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each stage of the event as its mentions report it, in the order reported."""
    out: list[dict[str, Any]] = []
    planned = [r for r in rows if r["status"] == "planned" and r["modality"] not in NOT_TOLD]
    if planned:
        first = min(planned, key=lambda r: r["announced"] or r["published"] or "9999")
        out.append(
            {
                "status": "announced",
                "date": first["announced"] or first["published"],
                "as_of": first["published"],
                "doc_id": first["doc_id"],
                "mention_id": first["mention_id"],
            }
        )
    for r in sorted(
        rows, key=lambda r: (r["published"] or "", STAGE_ORDER.get(_stage(r["status"]), 9))
    ):
        if r["modality"] in NOT_TOLD:
            continue
        stage = _stage(r["status"])
        entry = {
            "status": stage,
            "date": r["date"] if stage in ("planned", "occurred") else r["published"],
            "as_of": r["published"],
            "doc_id": r["doc_id"],
            "mention_id": r["mention_id"],
        }
        if stage in ("postponed", "cancelled") and not any(e["status"] == "planned" for e in out):
            if r["date"]:
                out.append({**entry, "status": "planned", "date": r["date"], "implied": True})
        if out and out[-1]["status"] == stage and out[-1]["date"] == entry["date"]:
            out[-1].setdefault("also", []).append(r["doc_id"])
            continue
        out.append(entry)
    return out


def _countries(conn: sqlite3.Connection, event_id: str) -> frozenset[str]:
    return frozenset(
        c
        for (c,) in conn.execute(
            "SELECT DISTINCT country FROM event_actors WHERE event_id = ? AND country IS NOT NULL",
            (event_id,),
        )
    )


def _keys(conn: sqlite3.Connection, event_id: str) -> frozenset[str]:
    return frozenset(
        k
        for (k,) in conn.execute(
            "SELECT DISTINCT actor_key FROM event_actors WHERE event_id = ?", (event_id,)
        )
    )


def _days_between(a: str | None, b: str | None) -> int | None:
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def is_meeting(type_: str | None, mode: str | None) -> bool:
    """A meeting, a summit or a visit (the mode group of CONSULT/meet in ``coder.json``)."""
    groups = lexicon().mode_groups.get("CONSULT", {})
    return type_ == "CONSULT" and mode is not None and groups.get(mode) == groups.get("meet")


def is_announcement(type_: str | None, mode: str | None) -> bool:
    return type_ == "AGREE" and mode == "meet"


def _same_parties(
    announce: frozenset[str],
    a_countries: frozenset[str],
    meeting: frozenset[str],
    m_countries: frozenset[str],
) -> bool:
    """The announcement names the meeting's parties: the same actors (two of them when both
    name two), or, when it names only countries (美俄商定会晤), the same countries."""
    if announce and announce <= a_countries:
        return len(a_countries) >= 2 and a_countries == m_countries
    shared = announce & meeting
    return len(shared) >= min(2, len(announce), len(meeting)) and bool(shared)


def announcements(
    conn: sqlite3.Connection, event_id: str, when: str | None
) -> list[dict[str, Any]]:
    """Agreements to meet between the same parties, dated before the meeting and at most
    :data:`ANNOUNCED_WITHIN_DAYS` ahead of it."""
    keys, countries = _keys(conn, event_id), _countries(conn, event_id)
    if not keys or not when:
        return []
    marks = ",".join("?" * len(keys | countries))
    found = []
    for other, odate, first_seen, doc_id in conn.execute(
        f"SELECT DISTINCT e.event_id, e.date, e.first_seen, e.doc_id FROM event_actors a "
        f"JOIN events e ON e.event_id = a.event_id WHERE e.type = 'AGREE' AND e.mode = 'meet' "
        f"AND (a.actor_key IN ({marks}) OR a.country IN ({marks}))",
        [*sorted(keys | countries), *sorted(keys | countries)],
    ).fetchall():
        if not _same_parties(_keys(conn, other), _countries(conn, other), keys, countries):
            continue
        said = odate or first_seen
        gap = _days_between(said, when)
        if gap is None or not 0 <= gap <= ANNOUNCED_WITHIN_DAYS:
            continue
        found.append(
            {
                "status": "announced",
                "date": said,
                "as_of": first_seen,
                "doc_id": doc_id,
                "event_id": other,
            }
        )
    return found


def meetings_announced_by(conn: sqlite3.Connection, event_id: str) -> list[str]:
    """The meetings an agreement to meet may announce (same parties; dates checked later)."""
    keys, countries = _keys(conn, event_id), _countries(conn, event_id)
    if not keys:
        return []
    marks = ",".join("?" * len(keys | countries))
    out = []
    for (other,) in conn.execute(
        f"SELECT DISTINCT e.event_id FROM event_actors a JOIN events e ON e.event_id = a.event_id "
        f"WHERE e.type = 'CONSULT' AND (a.actor_key IN ({marks}) OR a.country IN ({marks}))",
        [*sorted(keys | countries), *sorted(keys | countries)],
    ).fetchall():
        row = conn.execute("SELECT mode FROM events WHERE event_id = ?", (other,)).fetchone()
        if (
            row
            and is_meeting("CONSULT", row[0])
            and _same_parties(keys, countries, _keys(conn, other), _countries(conn, other))
        ):
            out.append(other)
    return out


#: The columns of an ``events`` row, in the order :func:`refresh_event` computes them.
EVENT_COLUMNS = (
    "event_id",
    "type",
    "mode",
    "news_type",
    "cameo",
    "root_code",
    "quad_class",
    "goldstein",
    "date",
    "precision",
    "date_start",
    "date_end",
    "date_source",
    "status",
    "modality",
    "place",
    "place_kb_id",
    "place_country",
    "actor1_name",
    "actor1_kb_id",
    "actor1_country",
    "actor2_name",
    "actor2_kb_id",
    "actor2_country",
    "story_id",
    "trigger",
    "summary",
    "mention_id",
    "sentence",
    "doc_id",
    "num_mentions",
    "num_sources",
    "num_articles",
    "first_seen",
    "last_seen",
    "status_history",
)
_SELECT_EVENT = f"SELECT {', '.join(EVENT_COLUMNS[1:])} FROM events WHERE event_id = ?"
_REPLACE_EVENT = (
    f"INSERT OR REPLACE INTO events ({', '.join(EVENT_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
)


#: Columns updated together (:func:`write_event`): an update names whole groups, so that its
#: statements are few (each compiled once), and a group's indexes change only when it does.
_GROUPS = (
    ("num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "status_history"),
    ("date", "precision", "date_start", "date_end", "date_source", "status", "modality"),
    tuple(
        c
        for c in EVENT_COLUMNS[1:]
        if c not in ("num_mentions", "num_sources", "num_articles", "first_seen", "last_seen")
        and c not in ("status_history", "date", "precision", "date_start", "date_end")
        and c not in ("date_source", "status", "modality")
    ),
)
_GROUP_AT = tuple(tuple(EVENT_COLUMNS.index(c) for c in g) for g in _GROUPS)
_TYPE_AT, _NEWS_TYPE_AT = EVENT_COLUMNS.index("type"), EVENT_COLUMNS.index("news_type")
_DATE_AT, _LAST_AT = EVENT_COLUMNS.index("date"), EVENT_COLUMNS.index("last_seen")


def _same(a: Any, b: Any) -> bool:
    """Would writing ``b`` over the stored ``a`` leave the column as it is?  Only when both are
    the same value of the same type (an int written into a REAL column is written again)."""
    return type(a) is type(b) and a == b


def write_event(
    conn: sqlite3.Connection,
    values: tuple[Any, ...],
    *,
    new: bool = False,
    actors_kind: tuple[Any, Any, str] | None = None,
) -> None:
    """Write an ``events`` row (``values`` in :data:`EVENT_COLUMNS` order).  ``new``: an event
    its first mention just began, written as before (``INSERT OR REPLACE``).  Of a stored event
    only the groups of columns (:data:`_GROUPS`) that changed are updated, and nothing when none
    did: the row's content is what replacing it made, but replacing deleted and inserted the
    row and its entry in each of the table's ~20 indexes at every article that touched it.
    The event's actor rows get its ``type``, ``news_type`` and :func:`reach` when it is written
    new (unless its actor rows were written with them: ``actors_kind``) and when one of them
    changes."""
    if new:
        conn.execute(_REPLACE_EVENT, values)
        kind = _actors_kind(values)
        if kind != actors_kind:
            _set_actors_kind(conn, kind, values[0])
        return
    event_id = values[0]
    old = conn.execute(_SELECT_EVENT, (event_id,)).fetchone()
    if old is None:
        conn.execute(_REPLACE_EVENT, values)
        _set_actors_kind(conn, _actors_kind(values), event_id)
        return
    changed = [at for at in _GROUP_AT if any(not _same(old[i - 1], values[i]) for i in at)]
    if not changed:
        return
    kind = _actors_kind(values)
    if kind != _actors_kind((event_id, *old)):
        _set_actors_kind(conn, kind, event_id)
    cols = [i for at in changed for i in at]
    sets = ", ".join(f'"{EVENT_COLUMNS[i]}" = ?' for i in cols)  # this module's names
    conn.execute(
        f"UPDATE events SET {sets} WHERE event_id = ?",  # noqa: S608 - column names above
        [*(values[i] for i in cols), event_id],
    )


@lru_cache(maxsize=2048)
def _stored_event(text: str) -> Event:
    """A stored mention's event, parsed once (:func:`refresh_event` reads the same mentions'
    JSON at every article that touches their event); shared: not to be changed."""
    return event_from_json(text)


@lru_cache(maxsize=2048)
def _summary_of(text: str, summarise: Any) -> str:
    return str(summarise(_stored_event(text)))


def _mention_event(
    conn: sqlite3.Connection,
    mention_id: str,
    summarise: Any,
    fresh: Mapping[str, tuple[Event, str]],
) -> tuple[Event, str]:
    """A mention's event and its summary (who did what where: not the event's date or status,
    which :func:`refresh_event` sets), not to be changed."""
    got = fresh.get(mention_id)
    if got is not None:
        return got
    (text,) = conn.execute(
        "SELECT event FROM event_mentions WHERE mention_id = ?", (mention_id,)
    ).fetchone()
    return _stored_event(text), _summary_of(text, summarise)


#: The columns of an ``event_mentions`` row that an event's row is computed from.
MENTION_ROW_COLUMNS = (
    "mention_id",
    "doc_id",
    "date",
    "precision",
    "status",
    "modality",
    "outlet",
    "published",
    "announced",
)
_SELECT_MENTION_ROWS = (
    f"SELECT {', '.join(MENTION_ROW_COLUMNS)} FROM event_mentions WHERE event_id = ? "
    "ORDER BY published, mention_id"
)


def refresh_event(
    conn: sqlite3.Connection,
    event_id: str,
    summarise: Any,
    fresh: Mapping[str, tuple[Event, str]] | None = None,
) -> tuple[Any, Any] | None:
    """Recompute the event's row from its mentions (see the module docstring); returns the
    row's ``type`` and ``mode`` (None: the event has no mention left, and no row).

    ``fresh``: mention id → (its event, its summary) for the mentions the caller has just
    inserted (:func:`dashiji.stories.update.add_document`), which need not be read back."""
    fresh = fresh or {}
    rows = [
        dict(zip(MENTION_ROW_COLUMNS, r, strict=True))
        for r in conn.execute(_SELECT_MENTION_ROWS, (event_id,))
    ]
    if not rows:
        conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
        return None
    story = conn.execute(
        "SELECT story_id FROM story_articles WHERE doc_id = ?", (rows[0]["doc_id"],)
    ).fetchone()
    new = len(rows) == 1 and rows[0]["mention_id"] == event_id and event_id in fresh
    return _write_event_of(
        conn, event_id, rows, story[0] if story else None, summarise, fresh, new=new
    )


def write_new_event(
    conn: sqlite3.Connection,
    row: dict[str, Any],
    story_id: str | None,
    actors: list[ActorRow],
    summarise: Any,
    fresh: Mapping[str, tuple[Event, str]],
) -> tuple[Any, Any]:
    """Write the rows of an event its mention (``row``: its :data:`MENTION_ROW_COLUMNS`, as
    just inserted; its event and summary in ``fresh``) just began, in article ``row["doc_id"]``
    of story ``story_id``, and its actor rows (``actors``, not written yet); returns its
    ``type`` and ``mode``.  What :func:`refresh_event` writes, without reading back what the
    caller just wrote (the mention, the article's story: ~0.2 ms an article); its actor rows
    are written with the event's kind, not updated after.  Only an event no other mention
    joined yet: its one mention is ``row``."""
    return _write_event_of(
        conn, row["mention_id"], [row], story_id, summarise, fresh, new=True, actors=actors
    )


def _write_event_of(
    conn: sqlite3.Connection,
    event_id: str,
    rows: list[dict[str, Any]],
    story_id: str | None,
    summarise: Any,
    fresh: Mapping[str, tuple[Event, str]],
    *,
    new: bool,
    actors: list[ActorRow] | None = None,
) -> tuple[Any, Any]:
    """Write the row of event ``event_id`` made from its mentions' ``rows`` (ordered by
    article date, then mention id), first writing its ``actors`` (see :func:`write_new_event`);
    returns its ``type`` and ``mode``."""
    best_date, precision = _best_date(rows)
    date_source: str | None = "text"
    if best_date is None:
        best_date = next((r["published"] for r in rows if r["published"]), None)
        precision, date_source = ("day" if best_date else None), ("report" if best_date else None)
    with_date = [r for r in rows if r["date"] == best_date] or rows
    best_row = with_date[0]
    ev, summary = _mention_event(conn, best_row["mention_id"], summarise, fresh)
    published = [r["published"] for r in rows if r["published"]]
    kind = None
    if actors is not None:
        # one mention: its event is the row's (``best_row`` stays), its kind known already
        kind = (ev.type, ev.news_type, reach(best_date, max(published) if published else None))
        _insert_actors(conn, event_id, actors, kind)
    history = status_history(rows)
    history = sorted(
        (announcements(conn, event_id, best_date) if is_meeting(ev.type, ev.mode) else [])
        + history,
        key=lambda e: (e["as_of"] or e["date"] or "", STAGE_ORDER.get(e["status"], 9)),
    )
    said = [e for e in history if e["status"] == "announced"]
    if len(said) > 1:
        # the announcement of this meeting is the latest one made by the time it was first
        # reported planned (an agreement weeks earlier was about another date)
        planned = [e["as_of"] or e["date"] for e in history if e["status"] == "planned"]
        by = min((p for p in planned if p), default=best_date) or "9999"
        before = [e for e in said if (e["date"] or "9999") <= by]
        keep = (
            max(before, key=lambda e: (e["date"] or "", e["as_of"] or ""))
            if before
            else min(said, key=lambda e: (e["date"] or "9999", e["as_of"] or ""))
        )
        history = [e for e in history if e["status"] != "announced" or e is keep]
    asserted = [e for e in history if e["status"] != "announced"]
    status = asserted[-1]["status"] if asserted else ev.status
    # the mention that tells the event as it stands (held, not planned) speaks for it
    telling = [r for r in with_date if r["status"] == status]
    if telling and telling[0] is not best_row:
        best_row = telling[0]
        ev, summary = _mention_event(conn, best_row["mention_id"], summarise, fresh)
    modalities = Counter(r["modality"] for r in rows)
    modality = "asserted" if modalities["asserted"] else modalities.most_common(1)[0][0]
    sources = {r["outlet"] or r["doc_id"] for r in rows}
    a1 = next(iter(ev.sources or ev.actors), None)
    rest = [a for a in (ev.targets or ev.actors) if a is not a1]
    a2 = rest[0] if rest else None
    bounds = sort_bounds(best_date, precision)
    write_event(
        conn,
        (
            event_id,
            ev.type,
            ev.mode,
            ev.news_type,
            ev.cameo,
            ev.cameo[:2] if ev.cameo else None,
            ev.quad_class,
            ev.goldstein,
            best_date,
            precision,
            bounds[0],
            bounds[1],
            date_source,
            status,
            modality,
            ev.place,
            ev.place_kb_id,
            ev.place_country,
            a1.name if a1 else None,
            a1.kb_id if a1 else None,
            a1.country if a1 else None,
            a2.name if a2 else None,
            a2.kb_id if a2 else None,
            a2.country if a2 else None,
            story_id,
            ev.trigger,
            summary,
            best_row["mention_id"],
            ev.sentence,
            best_row["doc_id"],
            len(rows),
            len(sources),
            len({r["doc_id"] for r in rows}),
            min(published) if published else None,
            max(published) if published else None,
            _dumps(history),
        ),
        new=new,
        actors_kind=kind,
    )
    return ev.type, ev.mode
