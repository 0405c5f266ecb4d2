"""The SQL behind the API and the pages: every value a parameter, every list a page and a total.

Each function takes a read-only connection (:mod:`dashiji.serve.db`) and returns plain data
(dicts and lists) ready for JSON or a template.  Filters are fixed SQL fragments chosen by name;
what the user typed only ever travels as a parameter.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..errors import NotFound
from ..export.dates import date_bounds
from ..messages import text as message_text
from ..stories.clustering import resolve

#: The largest page any list returns.
MAX_PAGE = 200

EVENT_COLUMNS = (
    "event_id, type, mode, news_type, cameo, date, precision, date_source, status, modality, "
    "place, place_kb_id, place_country, actor1_name, actor1_kb_id, actor1_country, actor2_name, "
    "actor2_kb_id, actor2_country, story_id, trigger, summary, mention_id, sentence, doc_id, "
    "num_mentions, num_sources, num_articles, first_seen, last_seen, status_history"
)

#: ``sort`` values of the event lists → their ORDER BY (constants).
EVENT_SORTS = {  # by the days the date means (migration 0009: a week is not after its year's
    # days), undated events first ascending, last descending
    "date": "e.date_start ASC, e.date_end ASC, e.event_id",
    "-date": "e.date_start DESC, e.date_end DESC, e.event_id",
    "mentions": "e.num_mentions DESC, e.event_id",
    "articles": "e.num_articles DESC, e.event_id",
    "seen": "coalesce(e.last_seen, '') DESC, e.event_id",
}

#: facet name → column of ``events``
EVENT_FACETS = {
    "type": "e.type",
    "news_type": "e.news_type",
    "status": "e.status",
    "modality": "e.modality",
    "place_country": "e.place_country",
}


def missing(key: str, ident: str) -> NotFound:
    """The :class:`NotFound` of message ``key`` (``no_event``, ``no_story``…) for ``ident``."""
    return NotFound(message_text(key, "en", id=ident), key=key, params={"id": ident})


def rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def one(cur: sqlite3.Cursor) -> dict[str, Any] | None:
    found = rows(cur)
    return found[0] if found else None


def page(total: int, limit: int, offset: int, items: list[Any], **extra: Any) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items, **extra}


def _event(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["status_history"] = json.loads(row.get("status_history") or "[]")
    return row


# ---- dates ----------------------------------------------------------------------------------
#: How ``date_from`` and ``date_to`` filter (the API's reference says so too):
DATE_RULE = (
    "date_from and date_to take YYYY, YYYY-MM or YYYY-MM-DD, each on its own or both; date_from "
    "is the first day of what it names (2021-05 → 2021-05-01), date_to the last (2021-05 → "
    "2021-05-31, 2021 → 2021-12-31). An event matches when every day its date can mean lies "
    "within those days: its date is known to fall in the period. Filtering May 2021 "
    "(date_from=2021-05&date_to=2021-05) gives the events dated 2021-05-15, 2021-05, late May "
    "or 2021-05-01/2021-05-20, not those dated only 2021 or 2021-Q2 (they may lie outside May: "
    "they match a filter of the whole year), nor a range that runs on into June. With a date "
    "bound undated events are left out. Facet counts follow the same rule. A value that is no "
    "such date is a 422 (code bad_date), and so is a date_from after date_to (date_order)."
)


def day_after(day: str) -> str:
    """The ISO day after ``day`` (``YYYY-MM-DD``); where there is none, a string above every
    time of that day (``2021-05-31T…`` < ``2021-05-31~``)."""
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except (OverflowError, ValueError):  # 9999-12-31, or year 0 (which ``date`` has not)
        return day[:10] + "~"


# ---- events ----------------------------------------------------------------------------------
@dataclass(slots=True)
class EventFilter:
    """What the event lists, facets, chronicle and map keep.  ``date_from``/``date_to`` as the
    user wrote them; :attr:`first_day` and :attr:`last_day` what they mean (:func:`date_bounds`;
    a value that is no date raises :class:`BadParameter` here)."""

    actor: list[str] = field(default_factory=list)  # actor keys (any of them)
    type: str | None = None
    news_type: str | None = None
    status: str | None = None
    modality: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    story: str | None = None
    first_day: str | None = field(default=None, init=False, repr=False, compare=False)
    last_day: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.first_day, self.last_day = date_bounds(self.date_from, self.date_to)

    def where(self) -> tuple[str, list[Any]]:
        parts: list[str] = []
        args: list[Any] = []
        if self.actor:
            marks = ", ".join("?" for _ in self.actor)
            parts.append(
                f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor_key IN ({marks}))"
            )
            args.extend(self.actor)
        for col, value in (
            ("e.type", self.type),
            ("e.news_type", self.news_type),
            ("e.status", self.status),
            ("e.modality", self.modality),
            ("e.story_id", self.story),
        ):
            if value is not None:
                parts.append(f"{col} = ?")
                args.append(value)
        # DATE_RULE: every day of the event's date within the days asked for (an undated
        # event, or one whose date cannot be read, has no days: NULL, left out)
        if self.first_day is not None:
            parts.append("e.date_start >= ?")
            args.append(self.first_day)
        if self.last_day is not None:
            parts.append("e.date_end <= ?")
            args.append(self.last_day)
        if self.place is not None:
            parts.append("(e.place_country = ? OR e.place_kb_id = ?)")
            args.extend([self.place, self.place])
        return (" WHERE " + " AND ".join(parts)) if parts else "", args

    def as_dict(self) -> dict[str, Any]:
        return {
            k: v
            for k, v in {
                "actor": self.actor or None,
                "type": self.type,
                "news_type": self.news_type,
                "status": self.status,
                "modality": self.modality,
                "date_from": self.date_from,
                "date_to": self.date_to,
                "place": self.place,
                "story": self.story,
            }.items()
            if v is not None
        }


def list_events(
    conn: sqlite3.Connection,
    flt: EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
    facets: bool = False,
    dated_only: bool = False,
    total: int | None = None,
) -> dict[str, Any]:
    """A page of the filtered events in ``sort`` order, with their total (``total``: counted
    already, see :func:`count_events`)."""
    where, args = _event_where(flt, dated_only)
    order = EVENT_SORTS[sort]
    if total is None:
        total = count_events(conn, flt, dated_only=dated_only)
    cols = ", ".join("e." + c.strip() for c in EVENT_COLUMNS.split(","))
    # The page's ids first, sorted by the narrow sort key alone, then their rows: sorting the
    # whole wide rows of an actor's 8,000 events to keep 50 cost 70 ms, the ids 15 ms.
    # ``event_id`` ends every order, so both orders agree row for row.
    items = [
        _event(r)
        for r in rows(
            conn.execute(
                f"SELECT {cols}, s.title AS story_title FROM events e "
                "LEFT JOIN stories s ON s.story_id = e.story_id WHERE e.event_id IN "
                f"(SELECT e.event_id FROM events e{where} ORDER BY {order} LIMIT ? OFFSET ?) "
                f"ORDER BY {order}",
                [*args, limit, offset],
            )
        )
    ]
    out = page(total, limit, offset, items, filters=flt.as_dict(), sort=sort)
    if facets:
        out["facets"] = event_facets(conn, flt)
    return out


def event_ids(
    conn: sqlite3.Connection, flt: EventFilter, *, sort: str = "-date", dated_only: bool = False
) -> tuple[str, ...]:
    """The ids of every event the filter keeps, in ``sort`` order (for :func:`events_of_ids`:
    an actor's events have no index in date order, so each page sorted them all again)."""
    where, args = _event_where(flt, dated_only)
    return tuple(
        r[0]
        for r in conn.execute(
            f"SELECT e.event_id FROM events e{where} ORDER BY {EVENT_SORTS[sort]}", args
        )
    )


def events_of_ids(
    conn: sqlite3.Connection,
    ids: tuple[str, ...],
    flt: EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """:func:`list_events`' page from the ids of all the filtered events in ``sort`` order
    (:func:`event_ids`): the page's rows in that order, ``len(ids)`` the total."""
    chunk = list(ids[offset : offset + limit])
    cols = ", ".join("e." + c.strip() for c in EVENT_COLUMNS.split(","))
    found = {
        r["event_id"]: r
        for r in rows(
            conn.execute(
                f"SELECT {cols}, s.title AS story_title FROM events e "
                "LEFT JOIN stories s ON s.story_id = e.story_id "
                f"WHERE e.event_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        )
    }
    items = [_event(found[i]) for i in chunk if i in found]
    return page(len(ids), limit, offset, items, filters=flt.as_dict(), sort=sort)


def _event_where(flt: EventFilter, dated_only: bool) -> tuple[str, list[Any]]:
    where, args = flt.where()
    if dated_only:
        where += (" AND " if where else " WHERE ") + "e.date IS NOT NULL"
    return where, args


def count_events(conn: sqlite3.Connection, flt: EventFilter, *, dated_only: bool = False) -> int:
    """How many events the filter keeps."""
    where, args = _event_where(flt, dated_only)
    return int(conn.execute(f"SELECT count(*) FROM events e{where}", args).fetchone()[0])


@dataclass(slots=True)
class FacetYear:
    """Events by facet values: every combination of the values of :data:`EVENT_FACETS` (in that
    order) with its count, and per facet the count of each value."""

    #: each combination of the values of :data:`EVENT_FACETS` (in that order), with its count
    combos: list[tuple[tuple[Any, ...], int]] = field(default_factory=list)
    #: per facet, the count of each value (None left out)
    values: dict[str, Counter[Any]] = field(
        default_factory=lambda: {name: Counter() for name in EVENT_FACETS}
    )

    def add(self, values: tuple[Any, ...], n: int) -> None:
        self.combos.append((values, n))
        for name, value in zip(EVENT_FACETS, values, strict=True):
            if value is not None:
                self.values[name][value] += n


@dataclass(slots=True)
class FacetYears:
    """The facet values of every event of the store, by the days of its date
    (``date_start``/``date_end``): what :func:`facet_counts` answers a date filter from."""

    #: the events whose days lie within one year, by that year (``YYYY``)
    years: dict[str, FacetYear] = field(default_factory=dict)
    #: the events whose days run over a year's end (a winter, a range of years: a few hundred
    #: in 90,000), each group as (date_start, date_end, facet values, count)
    spans: list[tuple[str | None, str | None, tuple[Any, ...], int]] = field(default_factory=list)
    #: the undated events (and those whose date cannot be read)
    undated: FacetYear = field(default_factory=FacetYear)


def facet_years(conn: sqlite3.Connection) -> FacetYears:
    """:class:`FacetYears` of the whole store, in one pass over the covering index of migration
    0011 (the app keeps it per version of the file: :func:`facet_counts` answers a date filter
    from it, reading from the store only the events of the filter's first and last years)."""
    cols = ", ".join(EVENT_FACETS.values())
    same = "substr(e.date_start, 1, 4) = substr(e.date_end, 1, 4)"
    out = FacetYears()
    for year, start, end, *values, n in conn.execute(
        f"SELECT CASE WHEN {same} THEN substr(e.date_start, 1, 4) END, "
        f"CASE WHEN {same} THEN NULL ELSE e.date_start END, "
        f"CASE WHEN {same} THEN NULL ELSE e.date_end END, {cols}, count(*) "
        f"FROM events e INDEXED BY events_days_facets GROUP BY 1, 2, 3, {cols}"
    ):
        if year is not None:
            out.years.setdefault(year, FacetYear()).add(tuple(values), n)
        elif start is None and end is None:
            out.undated.add(tuple(values), n)
        else:
            out.spans.append((start, end, tuple(values), n))
    return out


#: The filters of :class:`EventFilter` on the facets' own columns, by index in EVENT_FACETS.
_FACET_FILTERS = {0: "type", 1: "news_type", 2: "status", 3: "modality"}


def facet_counts(
    conn: sqlite3.Connection, years: FacetYears, flt: EventFilter
) -> dict[str, Counter[Any]] | None:
    """The filtered events' count of each value of each facet, from ``years`` and the store.
    ``None`` for a filter on an actor, a story or a place (which ``years`` does not know).

    Exact, by :data:`DATE_RULE` (every day of the event within ``first_day``..``last_day``):
    the events of a year strictly between the first day's year and the last day's all match,
    those of a year outside none; those of the first and the last day's years are counted in
    the store under the whole filter (a range of the index); those that run over a year's end
    are each tested here."""
    if flt.actor or flt.story or flt.place:
        return None
    want = [(i, v) for i, name in _FACET_FILTERS.items() if (v := getattr(flt, name)) is not None]
    lo, hi = flt.first_day, flt.last_day
    lo_year = lo[:4] if lo is not None else None
    hi_year = hi[:4] if hi is not None else None
    out: dict[str, Counter[Any]] = {name: Counter() for name in EVENT_FACETS}

    def add(got: FacetYear) -> None:
        if not want:
            for name, counter in got.values.items():
                out[name].update(counter)
            return
        for values, n in got.combos:
            if all(values[i] == v for i, v in want):
                add_values(values, n)

    def add_values(values: tuple[Any, ...], n: int) -> None:
        for name, value in zip(EVENT_FACETS, values, strict=True):
            if value is not None:
                out[name][value] += n

    if lo is None and hi is None:
        add(years.undated)
    for year, got in years.years.items():
        if (lo_year is None or year > lo_year) and (hi_year is None or year < hi_year):
            add(got)
    for start, end, values, n in years.spans:
        if (
            (lo is None or (start is not None and start >= lo))
            and (hi is None or (end is not None and end <= hi))
            and all(values[i] == v for i, v in want)
        ):
            add_values(values, n)
    cols = ", ".join(EVENT_FACETS.values())
    for year in sorted({y for y in (lo_year, hi_year) if y is not None}):
        # the year's events that lie within it, as a range of the index
        where, args = flt.where()
        where += (" AND " if where else " WHERE ") + (
            "e.date_start >= ? AND e.date_start <= ? AND e.date_end <= ?"
        )
        args += [f"{year}-01-01", f"{year}-12-31", f"{year}-12-31"]
        for *values, n in conn.execute(
            f"SELECT {cols}, count(*) FROM events e INDEXED BY events_days_facets{where} "
            f"GROUP BY {cols}",
            args,
        ):
            add_values(tuple(values), n)
    return out


def event_facets(conn: sqlite3.Connection, flt: EventFilter, top: int = 20) -> dict[str, Any]:
    """Counts of the filtered events by each of :data:`EVENT_FACETS`, the largest ``top`` of
    each: one pass over the events (grouped by all the facets at once), summed here."""
    where, args = flt.where()
    cols = ", ".join(EVENT_FACETS.values())
    # A filter on the date and the facets' own columns reads only the covering index of
    # migration 0011 (half the time of reading the rows; the planner, going by the statistics
    # of older indexes, does not always choose it); an actor, story or place filter has an
    # index of its own.
    source = "events e"
    if not (flt.actor or flt.story or flt.place):
        source = "events e INDEXED BY events_days_facets"
    counts: dict[str, Counter[str]] = {name: Counter() for name in EVENT_FACETS}
    for *values, n in conn.execute(
        f"SELECT {cols}, count(*) FROM {source}{where} GROUP BY {cols}", args
    ):
        for name, value in zip(EVENT_FACETS, values, strict=True):
            if value is not None:
                counts[name][value] += n
    return top_facets(counts, top)


def top_facets(counts: dict[str, Counter[Any]], top: int = 20) -> dict[str, Any]:
    """The ``top`` values of each facet, most events first (ties by value)."""
    return {
        name: [
            {"value": v, "count": n}
            for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        ]
        for name, c in counts.items()
    }


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    row = one(
        conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id = ?",
            (event_id,),
        )
    )
    if row is None:
        raise missing("no_event", event_id)
    event = _event(row)
    event["actors"] = rows(
        conn.execute(
            "SELECT actor_key, side, name, kb_id, country FROM event_actors WHERE event_id = ? "
            "ORDER BY CASE side WHEN 'source' THEN 0 WHEN 'party' THEN 1 ELSE 2 END, name",
            (event_id,),
        )
    )
    story = one(
        conn.execute(
            'SELECT story_id, title, start, "end", num_articles FROM stories WHERE story_id = ?',
            (event["story_id"],),
        )
    )
    event["story"] = story
    mentions = []
    for m in rows(
        conn.execute(
            "SELECT m.mention_id, m.doc_id, m.date, m.precision, m.status, m.modality, "
            'm.trigger, m.sentence, m.start, m."end", m.outlet, m.published, m.event, '
            "d.title FROM event_mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.event_id = ? ORDER BY coalesce(m.published, ''), m.mention_id",
            (event_id,),
        )
    ):
        m["event"] = json.loads(m["event"])
        mentions.append(m)
    event["mentions"] = mentions
    return event


def time_spans(
    conn: sqlite3.Connection, doc_id: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The time expressions of a document inside ``[start, end)``."""
    return [
        (s, e)
        for s, e in conn.execute(
            "SELECT start, \"end\" FROM spans WHERE doc_id = ? AND layer = 'time' "
            'AND start >= ? AND "end" <= ? ORDER BY start',
            (doc_id, start, end),
        )
    ]


# ---- articles --------------------------------------------------------------------------------
def list_articles(
    conn: sqlite3.Connection,
    *,
    story: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
    total: int | None = None,
) -> dict[str, Any]:
    """A page of the ok documents, newest first, with their total (``total``: counted already,
    see :func:`count_articles`)."""
    where, args = article_where(story, outlet, date_from, date_to)
    if total is None:
        total = count_articles(conn, where, args)
    # The page's rows are chosen in the documents_published_status index (migration 0007: the
    # rows an offset skips are not read from the wide table), then read; the unary + keeps the
    # planner off the status index, which would sort every ok document.
    page_where = where.replace("d.status = 'ok'", "+d.status = 'ok'", 1)
    order = "d.published DESC, d.id"
    items = rows(
        conn.execute(
            "SELECT d.id, d.title, d.published, d.outlet, d.source, sa.story_id "
            "FROM documents d LEFT JOIN story_articles sa ON sa.doc_id = d.id "
            f"WHERE d.rowid IN (SELECT d.rowid FROM documents d{page_where} "
            f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}",
            [*args, limit, offset],
        )
    )
    return page(total, limit, offset, items)


def article_where(
    story: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause of the ok documents these filters keep, and its parameters.  The dates
    as the events' (:func:`date_bounds`; :class:`BadParameter` for no date): an article
    matches when its publication day lies within the days they name."""
    first, last = date_bounds(date_from, date_to)
    parts = ["d.status = 'ok'"]
    args: list[Any] = []
    if story is not None:
        parts.append("d.id IN (SELECT doc_id FROM story_articles WHERE story_id = ?)")
        args.append(story)
    if outlet is not None:
        parts.append("d.outlet = ?")
        args.append(outlet)
    if first is not None:
        parts.append("d.published >= ?")
        args.append(first)
    if last is not None:  # any time of the last day (2021-05-31T23:00 < 2021-06-01)
        parts.append("d.published < ?")
        args.append(day_after(last))
    return " WHERE " + " AND ".join(parts), args


def count_articles(conn: sqlite3.Connection, where: str, args: list[Any]) -> int:
    """How many documents ``where`` (:func:`article_where`) keeps."""
    return int(conn.execute(f"SELECT count(*) FROM documents d{where}", args).fetchone()[0])


def article_url(uri: str | None, metadata: dict[str, Any]) -> str | None:
    """The article's web address, if it has one."""
    for value in (metadata.get("url"), uri):
        if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
            return value
    return None


def get_article(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    row = one(
        conn.execute(
            "SELECT d.id, d.status, d.title, d.published, d.published_from, d.author, d.outlet, "
            "d.script, d.source, d.text, d.duplicate_of, d.ingested_at, r.uri, r.metadata, "
            "r.media_type FROM documents d JOIN raw_inputs r ON r.sha256 = d.raw_sha256 "
            "WHERE d.id = ?",
            (doc_id,),
        )
    )
    if row is None:
        raise missing("no_article", doc_id)
    try:
        metadata = json.loads(row.pop("metadata") or "{}")
    except ValueError:
        metadata = {}
    row["metadata"] = metadata if isinstance(metadata, dict) else {}
    row["url"] = article_url(row["uri"], row["metadata"])
    row["blocks"] = rows(
        conn.execute(
            'SELECT idx, kind, text, start, "end" FROM blocks WHERE doc_id = ? ORDER BY idx',
            (doc_id,),
        )
    )
    spans = []
    for layer, start, end, label, attrs, text in conn.execute(
        'SELECT layer, start, "end", label, attrs, text FROM spans '
        "WHERE doc_id = ? AND layer != 'sentence' ORDER BY start, id",
        (doc_id,),
    ):
        spans.append(
            {
                "layer": layer,
                "start": start,
                "end": end,
                "label": label,
                "text": text,
                "attrs": json.loads(attrs or "{}"),
            }
        )
    row["annotations"] = spans
    story = one(
        conn.execute(
            "SELECT s.story_id, s.title, s.num_articles FROM story_articles sa "
            "JOIN stories s ON s.story_id = sa.story_id WHERE sa.doc_id = ?",
            (doc_id,),
        )
    )
    row["story"] = story
    row["related"] = (
        rows(
            conn.execute(
                "SELECT d.id, d.title, d.published, d.outlet FROM story_articles sa "
                "JOIN documents d ON d.id = sa.doc_id WHERE sa.story_id = ? AND sa.doc_id != ? "
                "ORDER BY coalesce(sa.published, '') DESC LIMIT 20",
                (story["story_id"], doc_id),
            )
        )
        if story
        else []
    )
    row["events"] = rows(
        conn.execute(
            "SELECT DISTINCT e.event_id, e.date, e.precision, e.status, e.summary, e.type, "
            "e.news_type FROM event_mentions m JOIN events e ON e.event_id = m.event_id "
            "WHERE m.doc_id = ? ORDER BY m.start",
            (doc_id,),
        )
    )
    return row


# ---- stories ---------------------------------------------------------------------------------
STORY_SORTS = {
    "articles": 'num_articles DESC, "end" DESC, story_id',
    "recent": '"end" DESC, num_articles DESC, story_id',
    "events": 'num_events DESC, "end" DESC, story_id',
}


def _story(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["actors"] = json.loads(row.get("actors") or "[]")
    return row


def list_stories(
    conn: sqlite3.Connection,
    *,
    sort: str = "articles",
    min_articles: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    where = " WHERE merged_into IS NULL AND num_articles >= ?"
    total = conn.execute(f"SELECT count(*) FROM stories{where}", (min_articles,)).fetchone()[0]
    items = [
        _story(r)
        for r in rows(
            conn.execute(
                'SELECT story_id, title, start, "end", actors, num_articles, num_events '
                f"FROM stories{where} ORDER BY {STORY_SORTS[sort]} LIMIT ? OFFSET ?",
                (min_articles, limit, offset),
            )
        )
    ]
    return page(total, limit, offset, items, sort=sort)


def resolve_story(conn: sqlite3.Connection, story_id: str) -> str:
    """The story an id names now (a story merged into another names that one)."""
    sid = resolve(conn, story_id)
    if conn.execute("SELECT 1 FROM stories WHERE story_id = ?", (sid,)).fetchone() is None:
        raise missing("no_story", story_id)
    return sid


def get_story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any]:
    sid = resolve_story(conn, story_id)
    row = one(
        conn.execute(
            'SELECT story_id, title, start, "end", actors, num_articles, num_events, updated_at '
            "FROM stories WHERE story_id = ?",
            (sid,),
        )
    )
    assert row is not None
    story = _story(row)
    story["articles"] = rows(
        conn.execute(
            "SELECT d.id, d.title, d.published, d.outlet FROM story_articles sa "
            "JOIN documents d ON d.id = sa.doc_id WHERE sa.story_id = ? "
            "ORDER BY coalesce(sa.published, ''), sa.doc_id LIMIT 500",
            (sid,),
        )
    )
    return story


def trending_stories(conn: sqlite3.Connection, *, days: int = 30, limit: int = 8) -> dict[str, Any]:
    """Stories that gained most articles in the ``days`` before the latest article of the store
    (the store's own "now": news archives are not read on the day they were written)."""
    latest = conn.execute(
        "SELECT max(published) FROM story_articles WHERE published IS NOT NULL AND published != ''"
    ).fetchone()[0]
    if not latest:
        return {"as_of": None, "days": days, "items": []}
    try:
        since = (date.fromisoformat(latest[:10]) - timedelta(days=days)).isoformat()
    except ValueError:
        since = latest[:10]
    items = [
        _story(r)
        for r in rows(
            conn.execute(
                'SELECT s.story_id, s.title, s.start, s."end", s.actors, s.num_articles, '
                "s.num_events, g.gained FROM (SELECT story_id, count(*) AS gained "
                "FROM story_articles WHERE published >= ? GROUP BY story_id) g "
                "JOIN stories s ON s.story_id = g.story_id WHERE s.merged_into IS NULL "
                "ORDER BY g.gained DESC, s.num_articles DESC, s.story_id LIMIT ?",
                (since, limit),
            )
        )
    ]
    if len(items) < limit:  # a quiet archive: fill up with the stories seen last
        have = {s["story_id"] for s in items}
        for r in rows(
            conn.execute(
                'SELECT story_id, title, start, "end", actors, num_articles, num_events, '
                "0 AS gained FROM stories WHERE merged_into IS NULL AND num_articles >= 2 "
                'ORDER BY "end" DESC, num_articles DESC, story_id LIMIT ?',
                (limit + len(have),),
            )
        ):
            if r["story_id"] not in have and len(items) < limit:
                items.append(_story(r))
    return {"as_of": latest[:10], "days": days, "items": items}


# ---- actors ----------------------------------------------------------------------------------
def actor_ranking(
    conn: sqlite3.Connection, *, country: str | None = None, kb_only: bool = False
) -> list[dict[str, Any]]:
    """Every actor of the events (or of one country, or only those the KB knows), the one in
    most events first; ``country`` only where all its events agree on one."""
    parts: list[str] = []
    args: list[Any] = []
    if country is not None:
        parts.append("country = ?")
        args.append(country)
    if kb_only:
        parts.append("kb_id IS NOT NULL")
    where = (" WHERE " + " AND ".join(parts)) if parts else ""
    return rows(
        conn.execute(
            "SELECT actor_key, max(name) AS name, max(kb_id) AS kb_id, "
            "CASE WHEN count(DISTINCT country) = 1 THEN max(country) END AS country, "
            f"count(DISTINCT event_id) AS events FROM event_actors{where} GROUP BY actor_key "
            "ORDER BY events DESC, actor_key",
            args,
        )
    )


def actor_summary(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    """The actor's names as the events give them, its event count, per-month counts and the
    actors it shares most events with."""
    names = Counter(
        {
            n: c
            for n, c in conn.execute(
                "SELECT name, count(*) FROM event_actors WHERE actor_key = ? GROUP BY name",
                (key,),
            )
        }
    )
    n_events = conn.execute(
        "SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_key = ?", (key,)
    ).fetchone()[0]
    country = conn.execute(
        "SELECT country FROM event_actors WHERE actor_key = ? AND country IS NOT NULL "
        "GROUP BY country ORDER BY count(*) DESC LIMIT 1",
        (key,),
    ).fetchone()
    by_month = [
        {"month": m, "count": c}
        for m, c in conn.execute(
            "SELECT substr(e.date, 1, 7) AS m, count(DISTINCT e.event_id) FROM event_actors a "
            "JOIN events e ON e.event_id = a.event_id WHERE a.actor_key = ? "
            "AND length(e.date) >= 7 GROUP BY m ORDER BY m",
            (key,),
        )
    ]
    partners = rows(
        conn.execute(
            "SELECT b.actor_key, max(b.name) AS name, max(b.kb_id) AS kb_id, "
            "count(DISTINCT b.event_id) AS events FROM event_actors a "
            "JOIN event_actors b ON b.event_id = a.event_id AND b.actor_key != a.actor_key "
            "WHERE a.actor_key = ? GROUP BY b.actor_key ORDER BY events DESC, b.actor_key "
            "LIMIT 12",
            (key,),
        )
    )
    return {
        "actor_key": key,
        "names": [n for n, _ in names.most_common()],
        "country": country[0] if country else None,
        "num_events": n_events,
        "by_month": by_month,
        "partners": partners,
    }


# ---- map and stats ---------------------------------------------------------------------------
def places(conn: sqlite3.Connection, flt: EventFilter, limit: int = 500) -> list[dict[str, Any]]:
    where, args = flt.where()
    extra = "(e.place_kb_id IS NOT NULL OR e.place_country IS NOT NULL)"
    where = where + (" AND " if where else " WHERE ") + extra
    return rows(
        conn.execute(
            "SELECT e.place_kb_id, e.place_country, max(e.place) AS place, count(*) AS events "
            f"FROM events e{where} GROUP BY 1, 2 ORDER BY events DESC LIMIT ?",
            [*args, limit],
        )
    )


def channels(
    conn: sqlite3.Connection, actors: list[dict[str, Any]], limit: int = 12
) -> dict[str, Any]:
    """The front page's channels: where events happen (countries) and who acts (``actors``: the
    KB actors' ranking)."""
    regions = [
        {"country": c, "events": n}
        for c, n in conn.execute(
            "SELECT place_country, count(*) FROM events WHERE place_country IS NOT NULL "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            (limit,),
        )
    ]
    return {"regions": regions, "actors": actors[:limit]}


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    by_status = {s: n for s, n in conn.execute("SELECT status, count(*) FROM documents GROUP BY 1")}
    pub = conn.execute(
        "SELECT min(published), max(published) FROM documents WHERE status = 'ok' "
        "AND published IS NOT NULL AND published != ''"
    ).fetchone()
    return {
        "documents": sum(by_status.values()),
        "by_status": by_status,
        "published": {"min": pub[0], "max": pub[1]},
        "events": count("SELECT count(*) FROM events"),
        "event_mentions": count("SELECT count(*) FROM event_mentions"),
        "stories": count("SELECT count(*) FROM stories WHERE merged_into IS NULL"),
        "actors": count("SELECT count(DISTINCT actor_key) FROM event_actors"),
        "events_by_type": {
            t: n
            for t, n in conn.execute(
                "SELECT coalesce(type, news_type), count(*) FROM events GROUP BY 1 "
                "ORDER BY 2 DESC LIMIT 30"
            )
        },
        "schema_version": count("PRAGMA user_version"),
    }
