"""What the routes share: the store file (read-only), the knowledge base, and the views that
need more than one query (an actor's profile, a story's timeline, kept in a small cache that
is dropped when the file changes)."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from fastapi import Request

from ..kb import KnowledgeBase, load_kb
from ..store.search import SearchHit, SearchResult, run_search
from ..stories.keys import fold_name
from . import queries as q
from .db import ReadOnlyStore

TIMELINE_CACHE = 64
#: Entries kept per kind of cached view (the first item of a key): the views that are cheap to
#: keep and asked for with many different keys get more room; every other kind keeps
#: :data:`TIMELINE_CACHE`.
CACHE_SIZES = {"search": 512, "count": 1024, "actor": 256}


class NotCached(Exception):
    """Raised under :func:`cache_only` by what would read the store."""


_CACHE_ONLY: ContextVar[bool] = ContextVar("dashiji_cache_only", default=False)


@contextmanager
def cache_only() -> Iterator[None]:
    """Inside: :meth:`AppState.cached` answers only from its caches and :meth:`AppState.conn`
    is refused, both with :class:`NotCached` (so that a route can be answered on the event loop
    when its view is cached, without a trip through the thread pool, and never reads the store
    there)."""
    token = _CACHE_ONLY.set(True)
    try:
        yield
    finally:
        _CACHE_ONLY.reset(token)


class AppState:
    def __init__(self, db: str | Path) -> None:
        self.store = ReadOnlyStore(db)
        self._caches: dict[Any, OrderedDict[tuple[Any, ...], Any]] = {}
        self._lock = threading.Lock()

    def conn(self) -> sqlite3.Connection:
        if _CACHE_ONLY.get():
            raise NotCached("a connection, under cache_only")
        return self.store.conn()

    @cached_property
    def _kb(self) -> KnowledgeBase:
        return load_kb()

    def kb(self) -> KnowledgeBase:
        return self._kb

    def cached(self, key: tuple[Any, ...], make: Any) -> Any:
        """``make()``, kept for this version of the file under ``key`` (its first item names
        the kind of view: each kind has an LRU of its own, :data:`CACHE_SIZES`)."""
        full = (*key, self.store.data_version())
        with self._lock:
            cache = self._caches.setdefault(key[0], OrderedDict())
            if full in cache:
                cache.move_to_end(full)
                return cache[full]
        if _CACHE_ONLY.get():
            raise NotCached(key[0])
        value = make()
        with self._lock:
            cache[full] = value
            while len(cache) > CACHE_SIZES.get(key[0], TIMELINE_CACHE):
                cache.popitem(last=False)
        return value


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.dashiji
    return state


# ---- aggregates over the whole store, computed once per version of the file ---------------------
def actors_page(
    state: AppState, *, country: str | None, kb_only: bool, limit: int, offset: int
) -> dict[str, Any]:
    ranking: list[dict[str, Any]] = state.cached(
        ("actors", country, kb_only),
        lambda: q.actor_ranking(state.conn(), country=country, kb_only=kb_only),
    )
    return q.page(len(ranking), limit, offset, ranking[offset : offset + limit])


def stats(state: AppState) -> dict[str, Any]:
    result: dict[str, Any] = state.cached(("stats",), lambda: q.stats(state.conn()))
    return result


def trending(state: AppState, days: int, limit: int) -> dict[str, Any]:
    result: dict[str, Any] = state.cached(
        ("trending", days, limit), lambda: q.trending_stories(state.conn(), days=days, limit=limit)
    )
    return result


def channels(state: AppState, limit: int = 12) -> dict[str, Any]:
    def make() -> dict[str, Any]:
        actors = actors_page(state, country=None, kb_only=True, limit=limit, offset=0)["items"]
        return q.channels(state.conn(), actors, limit=limit)

    result: dict[str, Any] = state.cached(("channels", limit), make)
    return result


def _filter_key(flt: q.EventFilter) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, str(v)) for k, v in flt.as_dict().items()))


def events_page(
    state: AppState,
    flt: q.EventFilter,
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
    dated_only: bool = False,
) -> dict[str, Any]:
    """:func:`queries.list_events`, the total counted once per filter and version of the file
    (counting an actor's 8,000 events or a broad date range is most of a page's cost).  With
    an actor, whose events no index holds in order, the ids of all of them in ``sort`` order
    are kept instead (per filter, sort and version of the file): a page is their slice."""
    if flt.actor:
        ids: tuple[str, ...] = state.cached(
            ("ids", _filter_key(flt), sort, dated_only),
            lambda: q.event_ids(state.conn(), flt, sort=sort, dated_only=dated_only),
        )
        return q.events_of_ids(state.conn(), ids, flt, sort=sort, limit=limit, offset=offset)
    total: int = state.cached(
        ("count", _filter_key(flt), dated_only),
        lambda: q.count_events(state.conn(), flt, dated_only=dated_only),
    )
    return q.list_events(
        state.conn(),
        flt,
        sort=sort,
        limit=limit,
        offset=offset,
        dated_only=dated_only,
        total=total,
    )


HIT_FIELDS = tuple(f.name for f in fields(SearchHit))


def articles_page(
    state: AppState,
    *,
    story: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """:func:`queries.list_articles`, the total counted once per filter and version of the
    file."""
    where, args = q.article_where(story, outlet, date_from, date_to)
    total: int = state.cached(
        ("count", "articles", where, tuple(args)),
        lambda: q.count_articles(state.conn(), where, args),
    )
    return q.list_articles(
        state.conn(),
        story=story,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
        total=total,
    )


def search_result(state: AppState, query: str, limit: int, offset: int) -> SearchResult:
    """One page of :func:`~dashiji.store.search.run_search`, kept per query, page and version
    of the file (a malformed query raises and is not kept).  Callers must not change it."""
    result: SearchResult = state.cached(
        ("search", query, limit, offset),
        lambda: run_search(state.conn(), query, limit=limit, offset=offset),
    )
    return result


def search(state: AppState, query: str, limit: int, offset: int) -> dict[str, Any]:
    """:func:`search_result` as the API returns it."""
    result = search_result(state, query, limit, offset)
    # the hits' fields as they are (dataclasses.asdict deep-copies every highlight tuple:
    # ~50 us a hit); the result is cached and nobody changes it
    hits = [{f: getattr(h, f) for f in HIT_FIELDS} for h in result.hits]
    return q.page(result.total, limit, offset, hits, query=result.query)


def facets(state: AppState, flt: q.EventFilter) -> dict[str, Any]:
    """:func:`queries.event_facets`, once per filter and version of the file.  Without an
    actor, story or place filter, from the events' facet values per year (counted once per
    version of the file, :func:`queries.facet_years`) and the date range's first and last
    years (:func:`queries.facet_counts`), not a pass over every event the filter keeps
    (25-90 ms for a broad date range of 90,000 events; 0.1-0.5 s under load)."""

    def make() -> dict[str, Any]:
        counts = None
        if not (flt.actor or flt.story or flt.place):
            years = state.cached(("facet-years",), lambda: q.facet_years(state.conn()))
            if years is not None:
                counts = q.facet_counts(state.conn(), years, flt)
        if counts is None:
            return q.event_facets(state.conn(), flt)
        return q.top_facets(counts)

    result: dict[str, Any] = state.cached(("facets", _filter_key(flt)), make)
    return result


def map_data(state: AppState, flt: q.EventFilter) -> dict[str, Any]:
    from .charts import map_points

    key = ("map", _filter_key(flt))
    result: dict[str, Any] = state.cached(
        key, lambda: map_points(q.places(state.conn(), flt), state.kb())
    )
    return result


def warm(state: AppState) -> None:
    """Make the cached views over the whole store that the front page and the unfiltered
    lists show (``dashiji serve`` runs it in a thread as it starts; failures are left to the
    requests that need the views)."""
    try:
        stats(state)
        trending(state, 30, 8)
        channels(state, 12)  # and the ranking of the KB's actors
        actors_page(state, country=None, kb_only=False, limit=50, offset=0)
        events_page(state, q.EventFilter(), limit=1, dated_only=True)
        events_page(state, q.EventFilter(), limit=1)
        facets(state, q.EventFilter())
        map_data(state, q.EventFilter())
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass


# ---- actors ----------------------------------------------------------------------------------
def actor_keys(actor: str, kb: Callable[[], KnowledgeBase] = load_kb) -> list[str]:
    """The ``event_actors.actor_key`` values a user's actor can mean: a KB id as given, the
    KB entries a name names (in ``kb()``, by default the packaged KB), and the name folded (how
    unlinked actors are keyed)."""
    keys = [actor, fold_name(actor)]
    try:
        keys += [e.id for e in kb().lookup(actor)]
    except Exception:  # noqa: BLE001 - a KB that cannot load leaves the literal keys
        pass
    return list(dict.fromkeys(k for k in keys if k))


def actor_profile(state: AppState, key: str) -> dict[str, Any]:
    """The KB entry (names, type, country, roles with dates), the actor's events per month and
    its most frequent partners.  404 when neither the store nor the KB knows the key.  Kept
    per key and version of the file."""
    profile: dict[str, Any] = state.cached(("actor", key), lambda: _actor_profile(state, key))
    return profile


def _actor_profile(state: AppState, key: str) -> dict[str, Any]:
    summary = q.actor_summary(state.conn(), key)
    kb = state.kb()
    entry = kb.by_id(key)
    if entry is None and not summary["num_events"]:
        raise q.missing("no_actor", key)
    profile: dict[str, Any] = {
        "actor_key": key,
        "name": entry.name if entry else (summary["names"][0] if summary["names"] else key),
        "kb": None,
        "roles": [],
        **{k: v for k, v in summary.items() if k != "actor_key"},
    }
    if entry is not None:
        profile["kb"] = {
            "id": entry.id,
            "type": entry.type,
            "names": dict(entry.names),
            "aliases": list(entry.aliases),
            "country": entry.country,
            "cameo": entry.cameo,
            "point": entry.point,
        }
        roles: dict[tuple[Any, ...], dict[str, Any]] = {}
        for r in sorted(entry.roles, key=lambda r: (r.start or "", r.end or "9999")):
            at = kb.by_id(r.at)
            shown = (r.title_zh or r.role, r.at, r.start, r.end)  # two posts, one title: once
            roles.setdefault(shown, {**asdict(r), "at_name": at.name if at else r.at})
        roles_list = list(roles.values())
        profile["roles"] = roles_list
        if profile["country"] is None:
            profile["country"] = entry.country
    for p in profile["partners"]:
        e = kb.by_id(p["kb_id"]) if p.get("kb_id") else None
        p["display"] = e.name if e is not None else p["name"]
    return profile


# ---- timelines -------------------------------------------------------------------------------
def story_timeline(state: AppState, story_id: str, n_dates: int) -> list[dict[str, Any]]:
    """The story's timeline as ``dashiji timeline`` shows it
    (:func:`dashiji.stories.queries.story_timeline`: each entry with the merged events placed
    on it and the story's lifecycles), kept per story, N and version of the file."""

    def make() -> list[dict[str, Any]]:
        from ..store import Store
        from ..stories.queries import story_timeline as build

        reader = Store(state.conn(), state.store.path)  # read-only: only its getters are used
        return build(reader, story_id, n_dates)

    result: list[dict[str, Any]] = state.cached(("timeline", story_id, n_dates), make)
    return result
