"""Keeping events and stories up to date as articles are stored.

:func:`add_document` takes one stored article: it joins (or begins) a story
(:mod:`.clustering`), each of its coded events becomes a mention row that joins an existing event
or begins one (:mod:`.event_merge`), and the rows of the events and the story it touched are
recomputed (:mod:`.event_rows`).  Everything for one article is one transaction, so a killed run
leaves no half-added article; :func:`catch_up` adds the stored articles that were not added yet
(a killed run, a store from before schema 3), oldest first.

:func:`remerge_events` rebuilds the events from the stored mentions alone — after a change of the
merging rules, a wrongly merged event is split without re-reading or re-annotating anything.
:func:`rebuild` rebuilds stories and events from the stored articles.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from ..events.model import EVENT_LAYER, Event, EventActor
from ..model import Document
from .clustering import assign
from .event_merge import Keys, best, mention_keys
from .event_rows import (
    MENTION_ROW_COLUMNS,
    ActorRow,
    actor_rows,
    event_from_json,
    event_json,
    insert_actor_rows,
    insert_mention,
    is_announcement,
    meetings_announced_by,
    refresh_event,
    write_new_event,
)
from .keys import actor_key
from .knowledge import knowledge
from .terms import profile

if TYPE_CHECKING:
    from ..store import Store

_ACTOR_LABELS = frozenset({"PER", "ORG"})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@cache
def _summariser() -> Callable[[Event], str]:
    from ..chronicle import _Namer, summary
    from ..kb import load_kb

    namer = _Namer(load_kb())
    return lambda ev: summary(ev, namer)


def _doc_actors(doc: Document) -> list[tuple[str, str | None]]:
    """The people and organisations the article names: its PER/ORG entities and the specific
    actors of its events (a name the entity layer left out: 周某某)."""
    out = []
    for span in doc.spans:
        if span.layer == "entity" and span.label in _ACTOR_LABELS:
            attrs = span.attrs or {}
            if attrs.get("members") or attrs.get("refers_to") or attrs.get("source") == "coref":
                continue  # 两人, 双方: the people themselves are counted where they are named
            name = str(attrs.get("name") or doc.text[span.start : span.end])
            if len(name) >= 2:
                out.append((name, attrs.get("kb_id")))
        elif span.layer == EVENT_LAYER:
            for actor in (span.attrs or {}).get("actors", []):
                key = actor_key(EventActor(**actor))
                if key.specific and not (
                    actor.get("kb_id") and actor.get("kb_id") == actor.get("country")
                ):
                    out.append((str(actor["name"]), actor.get("kb_id")))
    return out


def _published(doc: Document) -> str | None:
    art = doc.article
    day = (art.published if art else None) or doc.reference_date
    return str(day)[:10] if day else None


def announced_on(doc: Document, ev: Event) -> str | None:
    """For a planned event: the day its announcement names (白宫8日宣布，…将于15日会晤 → the 8th):
    a resolved date right before an announcing verb, earlier in the event's sentence."""
    if ev.status != "planned" or not ev.mentions:
        return None
    k = knowledge()
    lo = ev.mentions[0].sentence_start
    found = None
    for span in doc.spans:
        if span.layer != "time" or span.start < lo or span.end > ev.start:
            continue
        value = str((span.attrs or {}).get("value") or "")
        if len(value) != 10:
            continue
        after = doc.text[span.end : span.end + k.announce_gap + 2]
        if any(after.find(v) != -1 and after.find(v) <= k.announce_gap for v in k.announce_verbs):
            if not ev.date or value <= ev.date:
                found = value
    return found


@dataclass(slots=True)
class MentionFacts:
    """One event mention of an article, as merging it into the events needs it."""

    event: Event
    #: the ``event`` column of its ``event_mentions`` row (:func:`.event_rows.event_json`)
    json: str
    #: who did what where (:func:`dashiji.chronicle.summary`; it reads no date or status)
    summary: str | None
    keys: Keys
    #: its ``event_actors`` rows without the event id (:func:`.event_rows.actor_rows`)
    actor_rows: list[ActorRow]
    announced: str | None


def mention_facts(ev: Event, announced: str | None, *, summary: bool = True) -> MentionFacts:
    keys, actors = mention_keys(ev)
    return MentionFacts(
        event=ev,
        json=event_json(ev),
        summary=_summariser()(ev) if summary else None,
        keys=keys,
        actor_rows=actor_rows(actors),
        announced=announced,
    )


@dataclass(slots=True)
class ArticleFacts:
    """What adding an article to its story and its events to the events reads of it: made from
    the article alone (:func:`article_facts`), where it was analysed — in an ``ingest -j N``
    worker, so that the process that stores only looks up and writes."""

    terms: dict[str, float]
    published: str | None
    title: str | None
    outlet: str | None
    actors: list[tuple[str, str | None]]
    mentions: list[MentionFacts]


def article_facts(doc: Document, terms: dict[str, float] | None = None) -> ArticleFacts | None:
    """The facts of an analysed article (None for a failed or duplicate document, which belongs
    to no story); ``terms``: its :func:`~.terms.profile`, when made already."""
    if doc.error is not None or doc.duplicate_of is not None:
        return None
    art = doc.article
    mentions = []
    for span in doc.spans:
        if span.layer == EVENT_LAYER:
            ev = Event.from_span(span)
            mentions.append(mention_facts(ev, announced_on(doc, ev)))
    return ArticleFacts(
        terms=profile(doc) if terms is None else terms,
        published=_published(doc),
        title=art.title if art else None,
        outlet=(art.outlet if art else None) or doc.raw.uri,
        actors=_doc_actors(doc),
        mentions=mentions,
    )


def add_document(
    store: Store,
    doc: Document,
    terms: dict[str, float] | None = None,
    facts: ArticleFacts | None = None,
) -> str | None:
    """Add one stored, analysed article to its story and its events to the events; returns the
    story id (None for a failed or duplicate document, which belongs to no story).

    ``terms``: the article's :func:`~.terms.profile`, when it was made already; ``facts``: all
    it needs (:func:`article_facts`), when made already (a worker process makes them, so that
    the process that stores does less; the document's spans are not read then)."""
    if doc.error is not None or doc.duplicate_of is not None:
        return None
    conn = store.connection
    with store.batch():
        if conn.execute("SELECT 1 FROM story_articles WHERE doc_id = ?", (doc.id,)).fetchone():
            return None
        if facts is None:
            facts = article_facts(doc, terms)
        assert facts is not None  # an ok document has its facts
        return _add(conn, doc.id, facts)


def _add(conn: sqlite3.Connection, doc_id: str, facts: ArticleFacts) -> str:
    now = _now()
    a = assign(
        conn,
        doc_id,
        facts.terms,
        published=facts.published,
        title=facts.title,
        actors=facts.actors,
        now=now,
    )
    touched: set[str] = set()
    fresh: dict[str, tuple[Event, str]] = {}
    began: dict[str, MentionFacts] = {}
    for m in facts.mentions:
        event_id = _merge_mention(
            conn, m, doc_id, facts.outlet, facts.published, a.story_id, touched, began
        )
        touched.add(event_id)
        summary = _summariser()(m.event) if m.summary is None else m.summary
        fresh[m.event.id] = (m.event, summary)
    new = {
        event_id: _NewEvent(_mention_row(m, doc_id, facts.outlet, facts.published), m.actor_rows)
        for event_id, m in began.items()
    }
    _refresh(conn, touched, fresh, new, a.story_id)
    _refresh_story(conn, a.story_id, now)
    return a.story_id


@dataclass(slots=True)
class _NewEvent:
    """An event a mention of the article being added began (see :func:`_merge_mention`)."""

    #: its one mention's row (:data:`.event_rows.MENTION_ROW_COLUMNS`), as inserted
    row: dict[str, Any]
    #: its actor rows, not written yet
    actors: list[ActorRow]


def _mention_row(
    m: MentionFacts, doc_id: str, outlet: str | None, published: str | None
) -> dict[str, Any]:
    """The mention's row as :func:`insert_mention` writes it (its text columns, which read
    back as written), by :data:`.event_rows.MENTION_ROW_COLUMNS`."""
    ev = m.event
    values = (ev.id, doc_id, ev.date, ev.precision, ev.status, ev.modality, outlet, published)
    return dict(zip(MENTION_ROW_COLUMNS, (*values, m.announced), strict=True))


def _merge_mention(
    conn: sqlite3.Connection,
    m: MentionFacts,
    doc_id: str,
    outlet: str | None,
    published: str | None,
    story_id: str | None,
    doc_events: set[str] | None = None,
    began: dict[str, MentionFacts] | None = None,
) -> str:
    """Insert the mention ``m`` of article ``doc_id`` into the event it joins (or begins);
    returns the event's id.  ``doc_events``: the events the article's mentions joined so far,
    every mention of the article being merged in this transaction, one after the other.

    ``began``: when given, an event the mention begins (none of that id stored, nor begun by
    another mention of the article) goes there (event id → ``m``), its actor rows not written:
    its rows are written whole by :func:`_refresh` (:func:`.event_rows.write_new_event`).  No
    other mention can join it before: a mention's candidate events are read from ``events``,
    which has no row for it until then."""
    ev = m.event
    found = best(conn, ev, m.keys, published, story_id, doc_id, doc_events)
    event_id, reason = found if found is not None else (ev.id, None)
    insert_mention(conn, ev, event_id, doc_id, outlet, published, reason, m.announced, m.json)
    if (
        began is not None
        and found is None
        and event_id not in began
        and (doc_events is None or event_id not in doc_events)
        and conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone() is None
    ):
        began[event_id] = m
        return event_id
    first = began.pop(event_id, None) if began is not None else None
    if first is not None:  # a second mention of that id: the event is read back after all
        insert_actor_rows(conn, event_id, first.actor_rows)
    insert_actor_rows(conn, event_id, m.actor_rows)
    return event_id


def _refresh(
    conn: sqlite3.Connection,
    event_ids: Iterable[str],
    fresh: dict[str, tuple[Event, str]] | None = None,
    new: dict[str, _NewEvent] | None = None,
    story_id: str | None = None,
) -> None:
    """Recompute the rows of the events ``event_ids`` (``fresh``: see :func:`refresh_event`;
    ``new``: those a mention of the article just added began (see :func:`_merge_mention`),
    written whole, the article in story ``story_id``)."""
    summarise = _summariser()
    todo = set(event_ids)
    kinds: dict[str, tuple[Any, Any] | None] = {}
    for event_id in sorted(todo):
        got = new.get(event_id) if new else None
        if got is None:
            kinds[event_id] = refresh_event(conn, event_id, summarise, fresh)
        else:
            kinds[event_id] = write_new_event(
                conn, got.row, story_id, got.actors, summarise, fresh or {}
            )
    # an agreement to meet changes the history of the meeting it announces (each event's type
    # and mode as last written, kept in ``kinds``: the row is not read again)
    for event_id in sorted(todo):
        row = kinds[event_id]
        if row is None or not is_announcement(*row):
            continue
        for meeting in meetings_announced_by(conn, event_id):
            written = refresh_event(conn, meeting, summarise)
            if meeting in kinds:
                kinds[meeting] = written


def _refresh_story(conn: sqlite3.Connection, story_id: str, now: str) -> None:
    (n_events,) = conn.execute(
        "SELECT count(*) FROM events WHERE story_id = ?", (story_id,)
    ).fetchone()
    conn.execute(
        "UPDATE stories SET num_events = ?, updated_at = ? WHERE story_id = ?",
        (n_events, now, story_id),
    )


def pending(store: Store) -> list[str]:
    """Stored ok articles not yet in a story, oldest first."""
    return [
        doc_id
        for (doc_id,) in store.connection.execute(
            "SELECT d.id FROM documents d LEFT JOIN story_articles s ON s.doc_id = d.id "
            "WHERE d.status = 'ok' AND s.doc_id IS NULL "
            "ORDER BY coalesce(d.published, ''), d.ingested_at, d.id"
        )
    ]


def catch_up(
    store: Store,
    on_document: Callable[[str], Any] | None = None,
    ids: list[str] | None = None,
) -> int:
    """Add every stored article that is not in a story yet (``ids``: those :func:`pending`
    already found); returns how many."""
    n = 0
    for doc_id in pending(store) if ids is None else ids:
        doc = store.get(doc_id)
        if doc is None:
            continue
        add_document(store, doc)
        n += 1
        if on_document:
            on_document(doc_id)
    return n


DERIVED = ("event_mentions", "events", "event_actors", "stories", "story_articles", "story_terms")


def rebuild(store: Store) -> int:
    """Drop stories and events and add every stored article again."""
    with store.batch():
        for table in DERIVED:
            store.connection.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    return catch_up(store)


def remerge_events(store: Store) -> int:
    """Rebuild the events from the stored mentions (stories are kept); returns the event count."""
    conn = store.connection
    with store.batch():
        mentions = conn.execute(
            "SELECT m.event, m.doc_id, m.outlet, m.published, s.story_id, m.announced "
            "FROM event_mentions m "
            "LEFT JOIN story_articles s ON s.doc_id = m.doc_id "
            "ORDER BY coalesce(m.published, ''), m.doc_id, m.start, m.mention_id"
        ).fetchall()
        for table in ("event_mentions", "events", "event_actors"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        touched: set[str] = set()
        last_doc: str | None = None
        for text, doc_id, outlet, published, story_id, announced in mentions:
            if last_doc is not None and last_doc != doc_id:  # an article's events, then refresh
                _refresh(conn, touched)
                touched = set()
            last_doc = doc_id
            m = mention_facts(event_from_json(text), announced, summary=False)
            touched.add(_merge_mention(conn, m, doc_id, outlet, published, story_id, touched))
        _refresh(conn, touched)
        now = _now()
        for (story_id,) in conn.execute("SELECT story_id FROM stories").fetchall():
            _refresh_story(conn, story_id, now)
        (n,) = conn.execute("SELECT count(*) FROM events").fetchone()
    return int(n)
