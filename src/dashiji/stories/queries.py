"""Reading stories, merged events and timelines back from the store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from .clustering import resolve

if TYPE_CHECKING:
    from ..model import Document
    from ..store import Store


@dataclass(slots=True, frozen=True)
class Merged:
    """What the chronicle needs to know of the merged event a mention belongs to."""

    event_id: str
    best: str  # the mention that stands for the event
    date: str | None
    precision: str | None
    date_source: str | None
    status: str | None
    num_articles: int
    num_sources: int
    num_mentions: int


def merged_events(store: Store, story_id: str | None = None) -> dict[str, Merged]:
    """Mention id → its merged event (of one story, or all)."""
    sql = (
        "SELECT m.mention_id, e.event_id, e.mention_id, e.date, e.precision, e.date_source, "
        "e.status, e.num_articles, e.num_sources, e.num_mentions FROM event_mentions m "
        "JOIN events e ON e.event_id = m.event_id"
    )
    args: list[Any] = []
    if story_id is not None:
        sql += " WHERE e.story_id = ?"
        args.append(story_id)
    return {row[0]: Merged(*row[1:]) for row in store.connection.execute(sql, args)}


#: A story's first or last article date that lies further than this from all the others is a
#: misdated article (a page dated 1991 in a 2021 story), not the story's period.
PERIOD_GAP_DAYS = 365


def period(days: list[str]) -> tuple[str | None, str | None]:
    """The story's first and last day, without isolated misdated articles at either end."""
    from datetime import date

    ds = sorted(d[:10] for d in days if d)
    parsed = []
    for d in ds:
        try:
            parsed.append(date.fromisoformat(d))
        except ValueError:
            continue
    while len(parsed) >= 3 and (parsed[1] - parsed[0]).days > PERIOD_GAP_DAYS:
        parsed.pop(0)
    while len(parsed) >= 3 and (parsed[-1] - parsed[-2]).days > PERIOD_GAP_DAYS:
        parsed.pop()
    if not parsed:
        return None, None
    return parsed[0].isoformat(), parsed[-1].isoformat()


def story_row(conn: sqlite3.Connection, story_id: str) -> dict[str, Any]:
    row = conn.execute(
        'SELECT story_id, title, start, "end", actors, num_articles, num_events FROM stories '
        "WHERE story_id = ?",
        (resolve(conn, story_id),),
    ).fetchone()
    if row is None:
        raise NotFound(f"no story {story_id!r} in the store (see 'dashiji stories')")
    sid, title, start, end, actors, n_articles, n_events = row
    members = conn.execute(
        "SELECT doc_id, published FROM story_articles WHERE story_id = ? "
        "ORDER BY coalesce(published, ''), doc_id",
        (sid,),
    ).fetchall()
    doc_ids = [d for d, _ in members]
    start, end = period([p for _, p in members if p]) if members else (start, end)
    events = [
        {
            "event_id": e[0],
            "date": e[1],
            "summary": e[2],
            "status": e[3],
            "num_articles": e[4],
            "type": e[5],
            "news_type": e[6],
        }
        for e in conn.execute(
            "SELECT event_id, date, summary, status, num_articles, type, news_type FROM events "
            "WHERE story_id = ? ORDER BY coalesce(date, ''), event_id",
            (sid,),
        )
    ]
    return {
        "story_id": sid,
        "title": title,
        "start": start,
        "end": end,
        "actors": [a["name"] for a in json.loads(actors or "[]")],
        "num_articles": n_articles,
        "num_events": n_events,
        "doc_ids": doc_ids,
        "events": events,
    }


def iter_stories(store: Store, *, min_articles: int = 1) -> Iterator[dict[str, Any]]:
    """Every story, largest first."""
    conn = store.connection
    ids = [
        sid
        for (sid,) in conn.execute(
            "SELECT story_id FROM stories WHERE merged_into IS NULL AND num_articles >= ? "
            'ORDER BY num_articles DESC, "end" DESC, story_id',
            (min_articles,),
        ).fetchall()
    ]
    for sid in ids:
        yield story_row(conn, sid)


def story_documents(store: Store, story_id: str | None) -> list[Document]:
    """The documents of a story — its articles and their copies (a copy is one more report on
    its own date) — or, when ``story_id`` is None, every ok document and copy."""
    if story_id is None:
        return [d for d in store.iter_documents() if d.error is None]
    row = story_row(store.connection, story_id)
    copies = [
        i
        for (i,) in store.connection.execute(
            "SELECT d.id FROM documents d JOIN story_articles s ON s.doc_id = d.duplicate_of "
            "WHERE s.story_id = ? AND d.status = 'duplicate' ORDER BY d.id",
            (row["story_id"],),
        )
    ]
    return [d for d in (store.get(i) for i in [*row["doc_ids"], *copies]) if d is not None]


def counts(store: Store) -> dict[str, int]:
    """How many events, mentions, entities and stories the store holds."""
    conn = store.connection

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return {
        "events": one("SELECT count(*) FROM events"),
        "event_mentions": one("SELECT count(*) FROM event_mentions"),
        "entities": one("SELECT count(*) FROM spans WHERE layer = 'entity'"),
        "stories": one("SELECT count(*) FROM stories WHERE merged_into IS NULL"),
        "stories_of_2_or_more": one(
            "SELECT count(*) FROM stories WHERE merged_into IS NULL AND num_articles >= 2"
        ),
    }


def event_record(store: Store, event_id: str) -> dict[str, Any]:
    """One merged event with its status history and every mention: article, date, sentence,
    trigger and why it joined."""
    conn = store.connection
    conn_row = conn.execute("SELECT * FROM events WHERE event_id = ?", (event_id,))
    cols = [d[0] for d in conn_row.description]
    row = conn_row.fetchone()
    if row is None:
        found = conn.execute(
            "SELECT event_id FROM event_mentions WHERE mention_id = ?", (event_id,)
        ).fetchone()
        if found is None:
            raise NotFound(f"no event {event_id!r} in the store (see 'dashiji chronicle')")
        return event_record(store, found[0])
    event = dict(zip(cols, row, strict=True))
    event["status_history"] = json.loads(event["status_history"] or "[]")
    event["actors"] = [
        {"key": k, "side": side, "name": name, "kb_id": kb_id, "country": country}
        for k, side, name, kb_id, country in conn.execute(
            "SELECT actor_key, side, name, kb_id, country FROM event_actors WHERE event_id = ? "
            "ORDER BY side, actor_key",
            (event["event_id"],),
        )
    ]
    event["mentions"] = [
        {
            "mention_id": m[0],
            "doc_id": m[1],
            "title": m[2],
            "outlet": m[3],
            "published": m[4],
            "date": m[5],
            "status": m[6],
            "modality": m[7],
            "trigger": m[8],
            "sentence": m[9],
            "start": m[10],
            "end": m[11],
            "merge_reason": json.loads(m[12]) if m[12] else None,
        }
        for m in conn.execute(
            "SELECT m.mention_id, m.doc_id, d.title, m.outlet, m.published, m.date, m.status, "
            'm.modality, m.trigger, m.sentence, m.start, m."end", m.merge_reason '
            "FROM event_mentions m LEFT JOIN documents d ON d.id = m.doc_id "
            "WHERE m.event_id = ? ORDER BY coalesce(m.published, ''), m.mention_id",
            (event["event_id"],),
        )
    ]
    return event


def _history(value: Any) -> list[dict[str, Any]]:
    try:
        history = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return [h for h in history if isinstance(h, dict)] if isinstance(history, list) else []


_EVENT_COLUMNS = "e.event_id, e.summary, e.date, e.precision, e.status, e.status_history"


def _event_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    event_id, summary, day, precision, status, history = row[:6]
    return {
        "event_id": event_id,
        "summary": summary,
        "date": day,
        "precision": precision,
        "status": status,
        "status_history": _history(history),
    }


def events_of_mentions(conn: Any, mention_ids: list[str]) -> list[dict[str, Any]]:
    """The merged events of these mentions, each once, in the order given: ``event_id``,
    ``summary``, ``date``, ``precision``, ``status`` and ``status_history`` (a list); a mention
    not in the table stands for itself (its id, nothing else known)."""
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(mention_ids), 400):  # one query per 400 mentions, not one each
        chunk = mention_ids[i : i + 400]
        for row in conn.execute(
            f"SELECT m.mention_id, {_EVENT_COLUMNS} FROM event_mentions m "
            "JOIN events e ON e.event_id = m.event_id "
            f"WHERE m.mention_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall():
            found[row[0]] = _event_dict(row[1:])
    out: dict[str, dict[str, Any]] = {}
    for mid in mention_ids:
        event = found.get(mid) or _event_dict((mid, None, None, None, None, None))
        out.setdefault(event["event_id"], event)
    return list(out.values())


def lifecycle_events(conn: Any, story_id: str | None) -> list[dict[str, Any]]:
    """The dated events of a story (None: of the store) that were planned, put off or called
    off (:func:`~dashiji.stories.timeline.has_lifecycle`), most telling first
    (:func:`~dashiji.stories.timeline.lifecycle_order`), then the most sources and mentions,
    then by date; each with ``doc_id`` (its best-supported report) besides the fields of
    :func:`events_of_mentions`."""
    from .timeline import LIFECYCLE_STATUSES, has_lifecycle, lifecycle_order

    marks = ", ".join("?" for _ in LIFECYCLE_STATUSES)
    sql = (
        f"SELECT {_EVENT_COLUMNS}, e.doc_id, e.num_sources, e.num_mentions FROM events e "
        "WHERE e.date IS NOT NULL AND e.date != '' "
        f"AND (e.status IN ({marks}) OR e.status_history LIKE '%planned%')"
    )
    args: list[Any] = list(LIFECYCLE_STATUSES)
    if story_id is not None:
        sql += " AND e.story_id = ?"
        args.append(story_id)
    found = []
    for row in conn.execute(sql, args).fetchall():
        event = _event_dict(row)
        if has_lifecycle(event):
            event.update(doc_id=row[6], num_sources=row[7], num_mentions=row[8])
            found.append(event)
    found.sort(
        key=lambda e: (
            lifecycle_order(e),
            -int(e["num_sources"] or 0),
            -int(e["num_mentions"] or 0),
            e["date"],
            e["event_id"],
        )
    )
    return found


def story_timeline(store: Store, story_id: str | None, n_dates: int) -> list[dict[str, Any]]:
    """The timeline of a story (None: of the whole store) as ``dashiji timeline`` and the web
    UI show it: :func:`~dashiji.stories.timeline.build_timeline` over the story's documents,
    each entry with the merged events placed on it (``events``, ``event_ids``) and the story's
    lifecycles (:func:`~dashiji.stories.timeline.with_lifecycles`: each entry's ``status`` and
    ``status_history``, and entries of their own for planned events off the N dates)."""
    from .timeline import build_timeline, with_lifecycles

    conn = store.connection
    if story_id is not None:
        story_id = story_row(conn, story_id)["story_id"]
    entries = []
    for entry in build_timeline(story_documents(store, story_id), n_dates):
        record = entry.to_dict()
        record["events"] = events_of_mentions(conn, list(entry.event_ids))
        record["event_ids"] = [e["event_id"] for e in record["events"]]
        entries.append(record)
    return with_lifecycles(entries, lifecycle_events(conn, story_id), n_dates)
