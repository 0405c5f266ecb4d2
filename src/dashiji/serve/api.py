"""The JSON API (``/api/…``): articles, search, events, actors, stories, chronicle, timeline,
map places and stats.  Read-only; every list is a page (``limit`` ≤ :data:`MAX_PAGE`) with its
``total``; an unknown id is a 404 and a bad parameter a 422, both as JSON ``{"code": …,
"detail": …, "status": …}``: a stable ``code`` and the message in Chinese or English
(:mod:`~dashiji.serve.problems`).  Dates filter by :data:`~dashiji.serve.queries.DATE_RULE`."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from . import queries as q
from .context import (
    AppState,
    NotCached,
    actor_keys,
    actor_profile,
    actors_page,
    articles_page,
    cache_only,
    events_page,
    get_state,
    map_data,
    search,
    stats,
    story_timeline,
    trending,
)
from .context import facets as event_facets

_ANY: TypeAdapter[Any] = TypeAdapter(Any)


class FastJSON(Response):
    """JSON rendered by pydantic-core in one step (FastAPI's generic encoder walks every value
    in Python first: 7 ms for a page of 50 events against 0.2 ms)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return _ANY.dump_json(content)


def _answer(route: Callable[..., Any], args: Any, kwargs: Any) -> FastJSON:
    start = time.thread_time()
    response = FastJSON(route(*args, **kwargs))
    response.headers["Server-Timing"] = f"cpu;dur={(time.thread_time() - start) * 1000:.2f}"
    return response


def fast_json(route: Callable[..., Any]) -> Callable[..., Any]:
    """A route returning plain data, answered as :class:`FastJSON` (the signature is kept for
    FastAPI's parameters and the OpenAPI schema), with a ``Server-Timing`` header: ``cpu``, the
    CPU milliseconds the route and its JSON took in its thread (``bench/serve.py`` reads it:
    the cost of a request whatever else the machine runs)."""

    @functools.wraps(route)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return _answer(route, args, kwargs)

    return wrapper


def cached_json(route: Callable[..., Any]) -> Callable[..., Any]:
    """:func:`fast_json` for a route that only shows a cached view: answered on the event loop
    when the view is cached (:func:`~dashiji.serve.context.cache_only`: nothing reads the store
    there), else in the thread pool like any route -- the trip through the pool is a third of
    the CPU of a cached answer."""

    @functools.wraps(route)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with cache_only():
                return _answer(route, args, kwargs)
        except NotCached:
            return await run_in_threadpool(_answer, route, args, kwargs)

    return wrapper


Limit = Annotated[int, Query(ge=1, le=q.MAX_PAGE, description=f"Page size (≤ {q.MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
DateParam = Annotated[
    str | None,
    Query(
        max_length=40,
        description="YYYY, YYYY-MM or YYYY-MM-DD: date_from from its first day, date_to to its "
        "last (both inclusive); an article matches when its publication day lies within.",
        examples=["2021-05"],
    ),
]
EventDate = Annotated[
    str | None, Query(max_length=40, description=q.DATE_RULE, examples=["2021-05"])
]


async def reader_lang(
    lang: Annotated[
        Literal["zh", "en"] | None,
        Query(
            description="The language of an error's message (detail): zh or en; without it, "
            "the preferred of the two in Accept-Language, else zh. The error's code is the "
            "same in both."
        ),
    ] = None,
) -> None:
    """``lang``, for the reference (:mod:`~dashiji.serve.problems` reads it from the request
    when it words an error)."""


router = APIRouter(prefix="/api", dependencies=[Depends(reader_lang)])


async def state_of(request: Request) -> AppState:
    """The app's state.  The dependencies are ``async`` (run on the event loop): a plain
    ``def`` dependency costs each request a trip through the thread pool (~0.5 ms CPU);
    the route itself, which reads the store, is the request's one trip."""
    return get_state(request)


State = Annotated[AppState, Depends(state_of)]


async def event_filter(
    state: State,
    actor: Annotated[
        str | None, Query(max_length=200, description="KB id (donald-trump) or a name (特朗普).")
    ] = None,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type.")] = None,
    news_type: Annotated[str | None, Query(max_length=40, description="DuEE news type.")] = None,
    status: Annotated[
        Literal["planned", "occurred", "postponed", "cancelled"] | None, Query()
    ] = None,
    modality: Annotated[
        Literal["asserted", "reported", "uncertain", "hypothetical", "negated"] | None, Query()
    ] = None,
    date_from: EventDate = None,
    date_to: EventDate = None,
    place: Annotated[
        str | None, Query(max_length=80, description="Country code (HUN) or place KB id.")
    ] = None,
    story: Annotated[str | None, Query(max_length=40, description="Story id.")] = None,
) -> q.EventFilter:
    return q.EventFilter(
        actor=actor_keys(actor, state.kb) if actor else [],
        type=type,
        news_type=news_type,
        status=status,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
        place=place,
        story=story,
    )


Filter = Annotated[q.EventFilter, Depends(event_filter)]


@router.get("/stats", summary="What the store holds")
@cached_json
def api_stats(state: State) -> dict[str, Any]:
    return stats(state)


@router.get("/articles", summary="Articles, newest first")
@fast_json
def api_articles(
    state: State,
    story: Annotated[str | None, Query(max_length=40)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return articles_page(
        state,
        story=story,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )


@router.get("/articles/search", summary="Full-text search over the articles")
@cached_json
def api_search(
    state: State,
    q_: Annotated[
        str,
        Query(
            alias="q",
            min_length=1,
            max_length=500,
            description='Words of any length, "phrases", OR, -exclude, ( groups ); either script.',
        ),
    ],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    return search(state, q_, limit, offset)


@router.get("/articles/{doc_id}", summary="One article with its annotations")
@fast_json
def api_article(state: State, doc_id: str) -> dict[str, Any]:
    return q.get_article(state.conn(), doc_id)


@router.get("/events", summary="Merged events: filter, sort, page, facet counts")
@fast_json
def api_events(
    state: State,
    flt: Filter,
    sort: Annotated[Literal["date", "-date", "mentions", "articles", "seen"], Query()] = "-date",
    facets: Annotated[bool, Query(description="Add counts by type, status, …")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    result = events_page(state, flt, sort=sort, limit=limit, offset=offset)
    if facets:
        result["facets"] = event_facets(state, flt)
    return result


@router.get("/events/facets", summary="Counts of the filtered events by type, status, …")
@cached_json
def api_event_facets(state: State, flt: Filter) -> dict[str, Any]:
    return event_facets(state, flt)


@router.get("/events/{event_id}", summary="One event with its status history and sources")
@fast_json
def api_event(state: State, event_id: str) -> dict[str, Any]:
    return q.get_event(state.conn(), event_id)


@router.get("/actors", summary="Actors of events, most active first")
@cached_json
def api_actors(
    state: State,
    country: Annotated[str | None, Query(max_length=10)] = None,
    kb_only: Annotated[bool, Query(description="Only actors the KB knows.")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return actors_page(state, country=country, kb_only=kb_only, limit=limit, offset=offset)


@router.get("/actors/{key}", summary="An actor: KB entry, roles, events per month, partners")
@cached_json
def api_actor(state: State, key: str) -> dict[str, Any]:
    return actor_profile(state, key)


@router.get("/actors/{key}/events", summary="An actor's events")
@fast_json
def api_actor_events(
    state: State,
    key: str,
    sort: Annotated[Literal["date", "-date", "mentions", "articles", "seen"], Query()] = "-date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    actor_profile(state, key)  # 404 for an unknown actor
    flt = q.EventFilter(actor=[key])
    return events_page(state, flt, sort=sort, limit=limit, offset=offset)


@router.get("/stories", summary="Stories")
@fast_json
def api_stories(
    state: State,
    sort: Annotated[Literal["articles", "recent", "events"], Query()] = "articles",
    min_articles: Annotated[int, Query(ge=1, le=100_000)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return q.list_stories(
        state.conn(), sort=sort, min_articles=min_articles, limit=limit, offset=offset
    )


@router.get("/stories/trending", summary="Stories gaining most articles lately")
@cached_json
def api_trending(
    state: State,
    days: Annotated[int, Query(ge=1, le=3650)] = 30,
    limit: Limit = 10,
) -> dict[str, Any]:
    return trending(state, days, limit)


@router.get("/stories/{story_id}", summary="One story with its timeline")
@fast_json
def api_story(
    state: State,
    story_id: str,
    dates: Annotated[int, Query(ge=1, le=100, description="Timeline dates.")] = 10,
) -> dict[str, Any]:
    story = q.get_story(state.conn(), story_id)
    story["timeline"] = story_timeline(state, story["story_id"], dates)
    return story


@router.get("/timeline", summary="A story's timeline (大事记) as JSON")
@fast_json
def api_timeline(
    state: State,
    story: Annotated[str, Query(max_length=40)],
    dates: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    sid = q.resolve_story(state.conn(), story)
    return {"story_id": sid, "entries": story_timeline(state, sid, dates)}


@router.get("/chronicle", summary="The chronicle: dated events in date order")
@fast_json
def api_chronicle(
    state: State,
    flt: Filter,
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    return events_page(
        state,
        flt,
        sort="date" if order == "asc" else "-date",
        limit=limit,
        offset=offset,
        dated_only=True,
    )


@router.get("/map", summary="Where events happen: places with KB coordinates and counts")
@cached_json
def api_map(state: State, flt: Filter) -> dict[str, Any]:
    return map_data(state, flt)
