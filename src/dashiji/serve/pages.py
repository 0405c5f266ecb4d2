"""The web pages: server-rendered HTML (Jinja2, autoescaped), Chinese first with an English
toggle, no inline script, no network.

Scraped text is hostile: templates only ever print it through autoescaping, highlights are
built from offsets (:mod:`dashiji.serve.highlight`), and a URL becomes a link only when it is
``http(s)`` (:func:`safe_url`).
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from ..errors import SearchQueryError
from . import queries as q
from .api import DateParam, Filter, State
from .charts import month_bars, star_network
from .context import (
    actor_profile,
    channels,
    events_page,
    facets,
    get_state,
    map_data,
    search_result,
    stats,
    story_timeline,
    trending,
)
from .highlight import event_sentence_marks, runs
from .i18n import LANGS, Words

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50

_env: Environment | None = None


def safe_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL without control characters or spaces, else None."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if not re.match(r"^https?://[^\s\x00-\x1f\x7f\"'<>`\\]+$", v, re.IGNORECASE):
        return None
    return v


def env() -> Environment:
    global _env
    if _env is None:
        e = Environment(
            loader=PackageLoader("dashiji.serve", "templates"),
            autoescape=select_autoescape(["html", "svg"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        e.filters["safe_url"] = safe_url
        e.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
        _env = e
    return _env


def lang_of(request: Request) -> str:
    lang = request.cookies.get("lang", "zh")
    return lang if lang in LANGS else "zh"


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = lang_of(request)
    state = get_state(request)
    kb = state.kb()

    def kb_name(entry_id: str | None) -> str:
        if not entry_id:
            return ""
        entry = kb.by_id(entry_id)
        if entry is None:
            return entry_id
        if lang == "en" and entry.en:
            return entry.en
        return entry.name

    def url_with(**params: Any) -> str:
        """This page's URL with some query parameters replaced (None drops one)."""
        args = dict(request.query_params)
        for k, v in params.items():
            if v is None:
                args.pop(k, None)
            else:
                args[k] = str(v)
        return request.url.path + ("?" + urlencode(args) if args else "")

    here = request.url.path + ("?" + request.url.query if request.url.query else "")
    html = (
        env()
        .get_template(template)
        .render(
            t=Words(lang),
            lang=lang,
            other_lang="en" if lang == "zh" else "zh",
            lang_link="/lang?" + urlencode({"to": "en" if lang == "zh" else "zh", "next": here}),
            kb_name=kb_name,
            url_with=url_with,
            **ctx,
        )
    )
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    try:
        return render(request, "error.html", status=status, status_code=status, message=message)
    except Exception:  # noqa: BLE001 - the error page must not fail
        return HTMLResponse("<h1>error</h1>", status_code=status)


def _page_args(page: int) -> tuple[int, int]:
    return PAGE_SIZE, (page - 1) * PAGE_SIZE


PageNo = Annotated[int, Query(ge=1, le=10_000)]


@router.get("/lang")
def set_lang(
    to: Annotated[str, Query(pattern="^(zh|en)$")],
    next: Annotated[str, Query(max_length=2000)] = "/",
) -> Response:
    target = next if next.startswith("/") and not next.startswith(("//", "/\\")) else "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie("lang", to, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


@router.get("/", response_class=HTMLResponse)
def front(request: Request, state: State) -> Response:
    return render(
        request,
        "front.html",
        trending=trending(state, 30, 8),
        latest=events_page(state, q.EventFilter(), sort="-date", limit=15, dated_only=True),
        channels=channels(state, 12),
        stats=stats(state),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    state: State,
    q_: Annotated[str, Query(alias="q", max_length=500)] = "",
    page: PageNo = 1,
) -> Response:
    limit, offset = _page_args(page)
    result = None
    problem = None
    if q_.strip():
        try:
            result = search_result(state, q_, limit, offset)
        except SearchQueryError as exc:
            problem = str(exc)
    hits = []
    for h in result.hits if result else []:
        hits.append(
            {
                "hit": h,
                "title_runs": runs(
                    h.title or h.id, [(a, b, "hl-match") for a, b in h.title_highlights]
                ),
                "snippet_runs": runs(h.snippet, [(a, b, "hl-match") for a, b in h.highlights]),
            }
        )
    return render(
        request,
        "search.html",
        status=422 if problem else 200,
        query=q_,
        result=result,
        hits=hits,
        problem=problem,
        page=page,
        page_size=limit,
    )


@router.get("/chronicle", response_class=HTMLResponse)
def chronicle_page(
    request: Request,
    state: State,
    flt: Filter,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
    page: PageNo = 1,
) -> Response:
    limit, offset = _page_args(page)
    conn = state.conn()
    result = q.list_events(
        conn,
        flt,
        sort="date" if order == "asc" else "-date",
        limit=limit,
        offset=offset,
        dated_only=True,
    )
    return render(
        request,
        "chronicle.html",
        result=result,
        facets=facets(state, flt),
        flt=flt,
        actor=actor,
        order=order,
        page=page,
        page_size=limit,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, state: State, event_id: str) -> Response:
    conn = state.conn()
    event = q.get_event(conn, event_id)
    sources = []
    texts: dict[str, str] = {}
    for m in event["mentions"]:
        doc_id = m["doc_id"]
        if doc_id not in texts:
            row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            texts[doc_id] = row[0] if row else ""
        text = texts[doc_id]
        record = m["event"]
        places = record.get("mentions") or []
        if not places and record.get("start") is not None:
            places = [
                {
                    "sentence_start": record["start"],
                    "sentence_end": record["end"],
                    "trigger_start": record.get("trigger_start") or record["start"],
                    "trigger_end": record.get("trigger_end") or record["start"],
                }
            ]
        sentences = []
        for place in places:
            s0, s1 = int(place["sentence_start"]), int(place["sentence_end"])
            if not (0 <= s0 < s1 <= len(text)):
                continue
            s0, s1, marks = event_sentence_marks(
                place, {**record, "_text": text}, q.time_spans(conn, doc_id, s0, s1)
            )
            sentences.append({"start": s0, "end": s1, "runs": runs(text[s0:s1], marks, offset=s0)})
        sources.append({"mention": m, "record": record, "sentences": sentences})
    return render(request, "event.html", event=event, sources=sources)


ANN_CLASSES = {"entity": "ann-entity", "time": "ann-time", "quantity": "ann-quantity"}


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article_page(
    request: Request,
    state: State,
    doc_id: str,
    hl: Annotated[str | None, Query(pattern=r"^\d{1,9}-\d{1,9}$")] = None,
) -> Response:
    article = q.get_article(state.conn(), doc_id)
    marks: list[tuple[int, int, str]] = []
    for a in article["annotations"]:
        cls = ANN_CLASSES.get(a["layer"])
        if cls:
            label = re.sub(r"[^A-Za-z0-9_-]", "", a["label"] or "")[:20]
            marks.append((a["start"], a["end"], f"{cls} {cls}-{label}" if label else cls))
        elif a["layer"] == "event":
            ts, te = a["attrs"].get("trigger_start"), a["attrs"].get("trigger_end")
            if isinstance(ts, int) and isinstance(te, int):
                marks.append((ts, te, "ann-event"))
    if hl:
        a, b = (int(x) for x in hl.split("-"))
        marks.append((a, b, "hl-focus"))
    text = article["text"] or ""
    blocks = []
    for b in article["blocks"]:
        if b["kind"] == "title":
            continue
        piece = text[b["start"] : b["end"]] if b["end"] <= len(text) else b["text"]
        blocks.append({"kind": b["kind"], "runs": runs(piece, marks, offset=b["start"])})
    if not blocks and text:
        blocks.append({"kind": "body", "runs": runs(text, marks)})
    body = [b for b in blocks if b["kind"] != "caption"]
    captions = [b for b in blocks if b["kind"] == "caption"]
    return render(request, "article.html", article=article, body=body, captions=captions)


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor_page(request: Request, state: State, key: str) -> Response:
    profile = actor_profile(state, key)
    events = q.list_events(state.conn(), q.EventFilter(actor=[key]), sort="-date", limit=30)
    return render(
        request,
        "actor.html",
        actor=profile,
        events=events,
        chart=month_bars(profile["by_month"]),
        network=star_network(profile["name"], profile["partners"]),
    )


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, state: State, page: PageNo = 1) -> Response:
    limit, offset = _page_args(page)
    result = q.list_stories(state.conn(), sort="articles", limit=limit, offset=offset)
    return render(request, "stories.html", result=result, page=page, page_size=limit)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(
    request: Request,
    state: State,
    story_id: str,
    dates: Annotated[int, Query(ge=1, le=100)] = 12,
) -> Response:
    conn = state.conn()
    story = q.get_story(conn, story_id)
    sid = story["story_id"]
    timeline = story_timeline(state, sid, dates)
    events = q.list_events(conn, q.EventFilter(story=sid), sort="date", limit=q.MAX_PAGE)
    return render(request, "story.html", story=story, timeline=timeline, events=events)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, state: State, flt: Filter) -> Response:
    data = map_data(state, flt)
    return render(request, "map.html", data=data, flt=flt)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> Response:
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = []
            for p in op.get("parameters", []):
                schema = p.get("schema", {})
                kind = schema.get("type") or "/".join(
                    str(s.get("type") or s.get("enum") or "") for s in schema.get("anyOf", [])
                )
                if "enum" in schema:
                    kind = " | ".join(map(str, schema["enum"]))
                params.append(
                    {
                        "name": p.get("name"),
                        "in": p.get("in"),
                        "required": p.get("required", False),
                        "type": kind,
                        "default": schema.get("default"),
                        "description": p.get("description") or schema.get("description") or "",
                        "max": schema.get("maximum"),
                    }
                )
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                }
            )
    return render(request, "docs.html", routes=routes, info=spec.get("info", {}))


__all__ = ["router", "error_page", "safe_url", "DateParam"]
