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
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..errors import SearchQueryError
from ..store.search_query import All, Node, Term, parse_query
from ..store.search_query import message as query_message
from ..store.search_text import view_of
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
UNTITLED_CHARS = 28  # of an untitled article's text, to name it

_env: Environment | None = None


def safe_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL without control characters or spaces, else None."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if not re.match(r"^https?://[^\s\x00-\x1f\x7f\"'<>`\\]+$", v, re.IGNORECASE):
        return None
    return v


def outlet_label(value: Any) -> str:
    """An outlet as a reader wants it: a name as it is; a URL by its host; a local file (an
    ingest of files records their path) by its file name."""
    if not isinstance(value, str):
        return ""
    v = value.strip()
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#\s]+)", v, re.IGNORECASE)
    if m:
        return m[1]
    if "/" in v or "\\" in v:
        return re.split(r"[/\\]", v.rstrip("/\\"))[-1] or v
    return v


def markdown_lite(text: Any, block: bool = True) -> Markup:
    """The little Markdown the API's descriptions are written in (paragraphs, ``**bold**``,
    code in backquotes) as HTML, every character escaped first; ``block=False``: no
    paragraphs."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", str(text or "").strip())]
    paras = [p for p in paras if p]
    html = []
    for para in paras:
        h = str(escape(para))
        h = re.sub(r"`([^`]+)`", r"<code>\1</code>", h)
        h = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", h)
        html.append(f"<p>{h}</p>" if block else h)
    return Markup("\n".join(html) if block else " ".join(html))


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
        e.filters["outlet"] = outlet_label
        e.filters["markdown_lite"] = markdown_lite
        e.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
        _env = e
    return _env


def kb_display(kb: Any, entry_id: str | None, lang: str) -> str:
    """A KB entry's name in the page's language (its English name on English pages when it has
    one); "" for an id the KB does not hold."""
    entry = kb.by_id(entry_id) if entry_id else None
    if entry is None:
        return ""
    if lang == "en" and entry.en:
        return str(entry.en)
    return str(entry.name)


def role_title(kb: Any, role: dict[str, Any], lang: str) -> str:
    """A post's title in the page's language: the KB's own title, else (in English) the role
    word of the Chinese title (rw:总统 → president), else the role's code in words."""
    zh, en = role.get("title_zh"), role.get("title_en")
    if lang == "zh":
        return str(zh or en or role["role"])
    return str(en or kb_display(kb, f"rw:{zh}", "en") or str(role["role"]).replace("_", " "))


def lang_of(request: Request) -> str:
    lang = request.cookies.get("lang", "zh")
    return lang if lang in LANGS else "zh"


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = lang_of(request)
    state = get_state(request)
    kb = state.kb()

    def kb_name(entry_id: str | None) -> str:
        return kb_display(kb, entry_id, lang) or (entry_id or "")

    def url_with(**params: Any) -> str:
        """This page's URL with some query parameters replaced (None drops one)."""
        args = dict(request.query_params)
        for k, v in params.items():
            if v is None:
                args.pop(k, None)
            else:
                args[k] = str(v)
        return request.url.path + ("?" + urlencode(args) if args else "")

    def untitled(doc_id: str) -> str:
        """An article without a title, named by the start of its text (not its hex id)."""
        row = (
            state.conn()
            .execute("SELECT substr(text, 1, 120) FROM documents WHERE id = ?", (doc_id,))
            .fetchone()
        )
        lead = next((ln.strip() for ln in (row[0] if row else "").splitlines() if ln.strip()), "")
        if not lead:
            return doc_id
        if len(lead) > UNTITLED_CHARS:
            lead = lead[:UNTITLED_CHARS] + "…"
        return Words(lang)("untitled", lead=lead)

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
            untitled=untitled,
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


def _latest_events(state: Any) -> dict[str, Any]:
    """The events last reported, those of one report day by their own date, latest first."""
    page = events_page(state, q.EventFilter(), sort="seen", limit=15, dated_only=True)
    items = sorted(
        page["items"], key=lambda e: (e.get("last_seen") or "", e.get("date") or ""), reverse=True
    )
    return {**page, "items": items}


@router.get("/", response_class=HTMLResponse)
def front(request: Request, state: State) -> Response:
    return render(
        request,
        "front.html",
        trending=trending(state, 30, 8),
        # the latest reported (by date, a planned event's future day or a week's date would
        # come first: 2024-W04 sorts after 2024-12); that order is a sort of every event
        # (~70 ms on 89,000), so kept per version of the file
        latest=state.cached(("front-latest",), lambda: _latest_events(state)),
        channels=channels(state, 12),
        stats=stats(state),
    )


#: how many events and knowledge-base entries the search page shows above the articles
SEARCH_EVENTS = 8
SEARCH_KB = 6
_QUERY_WORD = re.compile(r"[^\s\"“”「」『』()|]+")
_UNPAIRED = re.compile(r"[\"“”「」『』()]")
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff]{3,40}$")


def _query_words(query: str) -> list[str]:
    """The words of a search query as typed (operators and excluded words left out)."""
    words = []
    for w in _QUERY_WORD.findall(query):
        if w in ("OR", "AND", "NOT") or w.startswith("-"):
            continue
        words.append(w)
    return list(dict.fromkeys(words))[:8]


def kb_matches(state: Any, query: str) -> list[dict[str, Any]]:
    """People, organisations, countries and places the query names (by the knowledge base's
    names in either script, or in English), each with the page that shows its events and how
    many events the store holds for it.  A long Chinese word the KB does not know is tried in
    its segmenter words (布达佩斯会晤 → 布达佩斯)."""
    kb = state.kb()
    conn = state.conn()
    found: dict[str, Any] = {}
    for word in _query_words(query):
        entries = kb.lookup(word) or kb.lookup(word[:1].upper() + word[1:])
        if not entries and _CJK_ONLY.match(word):
            from ..segment import segment

            entries = [e for part in segment(word, hmm=False) for e in kb.lookup(part)]
        for e in entries:
            if e.kind != "role_word":
                found.setdefault(e.id, e)
    out = []
    for e in list(found.values())[:SEARCH_KB]:
        if e.kind == "place":
            n = conn.execute(
                "SELECT count(*) FROM events WHERE place_country = ? AND place_kb_id = ?",
                (e.country or "", e.id),
            ).fetchone()[0]
            link = "/chronicle?" + urlencode({"place": e.id})
        else:
            n = conn.execute(
                "SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_key = ?", (e.id,)
            ).fetchone()[0]
            link = "/actors/" + quote(e.id, safe="")
        out.append({"id": e.id, "type": e.type, "kind": e.kind, "link": link, "events": n})
    return out


_EVENT_COLS = (
    "e.event_id, e.date, e.precision, e.date_source, e.status, e.modality, e.summary, "
    "e.trigger, e.type, e.news_type, e.num_articles"
)


def _matches(node: Node, view: str) -> bool:
    """Whether ``view`` (a text's search view) matches the parsed query ``node``."""
    if isinstance(node, Term):
        return node.text in view
    if isinstance(node, All):
        return all(_matches(n, view) for n in node.items) and not any(
            _matches(n, view) for n in node.exclude
        )
    return any(_matches(n, view) for n in node.items)


def matching_events(state: Any, doc_ids: list[str], query: Node) -> list[dict[str, Any]]:
    """Events of these articles whose one-line summary matches the query (in the search view:
    either script, any case; words, phrases, OR and -exclude as for articles), the best
    reported first."""
    if not doc_ids:
        return []
    marks = ",".join("?" for _ in doc_ids)
    rows = q.rows(
        state.conn().execute(
            f"SELECT DISTINCT {_EVENT_COLS} "
            "FROM event_mentions m JOIN events e ON e.event_id = m.event_id "
            f"WHERE m.doc_id IN ({marks})",
            doc_ids,
        )
    )
    hits = []
    for r in rows:
        view = view_of(r["summary"] or "")
        if view and _matches(query, view):
            hits.append(r)
    hits.sort(key=lambda r: (-(r["num_articles"] or 0), r["date"] or "", r["event_id"]))
    return hits[:SEARCH_EVENTS]


def events_of_entry(state: Any, match: dict[str, Any]) -> list[dict[str, Any]]:
    """The best reported events at a place or of an actor the query named."""
    conn = state.conn()
    if match["kind"] == "place":
        entry = state.kb().by_id(match["id"])
        cur = conn.execute(
            f"SELECT {_EVENT_COLS} FROM events e WHERE e.place_country = ? AND "
            "e.place_kb_id = ? ORDER BY e.num_articles DESC, e.event_id LIMIT ?",
            ((entry.country if entry else None) or "", match["id"], SEARCH_EVENTS),
        )
    else:
        cur = conn.execute(
            f"SELECT {_EVENT_COLS} FROM events e WHERE e.event_id IN (SELECT event_id FROM "
            "event_actors WHERE actor_key = ?) ORDER BY e.num_articles DESC, e.event_id LIMIT ?",
            (match["id"], SEARCH_EVENTS),
        )
    return q.rows(cur)


def _segmented(query: str) -> str | None:
    """A one-word Chinese query cut into its words (``布达佩斯会晤`` → ``布达佩斯 会晤``), or
    None when it is no such query or stays one word."""
    q_ = query.strip()
    if not _CJK_ONLY.match(q_):
        return None
    from ..segment import segment

    words = [w for w in segment(q_, hmm=False) if w.strip()]
    return " ".join(words) if len(words) > 1 else None


def _search_extras(
    state: Any, query: str, searched: str, result: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What the search page shows above the articles: the KB entries the query names and the
    events that match it (of the articles found, else of the first entry named)."""
    kb_found = kb_matches(state, query)
    events: list[dict[str, Any]] = []
    if result is not None and result.hits:
        events = matching_events(state, [h.id for h in result.hits], parse_query(searched))
    if not events:
        named = [k for k in kb_found if k["events"]]
        if named:
            # the entry's events, less those the query excludes (布达佩斯 -会晤)
            node = parse_query(searched)
            exclude = node.exclude if isinstance(node, All) else ()
            events = [
                e
                for e in events_of_entry(state, named[0])
                if not any(_matches(n, view_of(e["summary"] or "")) for n in exclude)
            ]
    return kb_found, events


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
    searched = q_
    loose = False
    if q_.strip():
        try:
            result = search_result(state, q_, limit, offset)
            # a Chinese phrase found nowhere as written: its words, as a search engine would
            words = _segmented(q_) if result.total == 0 else None
            if words:
                retry = search_result(state, words, limit, offset)
                if retry.total:
                    result, searched = retry, words
        except SearchQueryError as exc:
            problem = query_message(exc, lang_of(request))
            # a quote or parenthesis left open ("布达佩斯): the words, as a search engine would
            plain = " ".join(_UNPAIRED.sub(" ", q_).split())
            if plain and plain != q_.strip():
                try:
                    result = search_result(state, plain, limit, offset)
                    searched, problem, loose = plain, None, True
                except SearchQueryError:
                    pass
    kb_found: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    if q_.strip() and not problem:
        kb_found, events = state.cached(
            ("search-extras", q_, page), lambda: _search_extras(state, q_, searched, result)
        )
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
        searched=searched,
        loose=loose,
        result=result,
        hits=hits,
        kb_found=kb_found,
        events=events,
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
    ev: Annotated[str | None, Query(max_length=200)] = None,
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
    return render(
        request,
        "article.html",
        article=article,
        body=body,
        captions=captions,
        focus_event=ev if hl else None,
    )


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor_page(request: Request, state: State, key: str) -> Response:
    profile = actor_profile(state, key)
    events = q.list_events(state.conn(), q.EventFilter(actor=[key]), sort="-date", limit=30)
    lang, kb = lang_of(request), state.kb()
    # names in the page's language (the profile is kept for both)
    partners = [
        {**p, "display": kb_display(kb, p.get("kb_id"), lang) or p["display"]}
        for p in profile["partners"]
    ]
    roles = [
        {**r, "title": role_title(kb, r, lang), "at_name": kb_display(kb, r["at"], lang)}
        for r in profile["roles"]
    ]
    for r, kept in zip(roles, profile["roles"], strict=True):
        r["at_name"] = r["at_name"] or kept["at_name"]
    # the names it is written under, less the two the page already shows as its names
    shown = {kb_display(kb, key, "zh"), kb_display(kb, key, "en"), profile["name"]}
    return render(
        request,
        "actor.html",
        actor=profile,
        roles=roles,
        other_names=[n for n in profile.get("names") or [] if n not in shown][:6],
        events=events,
        chart=month_bars(profile["by_month"]),
        network=star_network(profile["name"], partners),
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
