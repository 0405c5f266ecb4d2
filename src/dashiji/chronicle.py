"""The chronicle (大事记): events in the order of their own dates, one line each.

>>> from dashiji.chronicle import chronicle, render
>>> from dashiji.export import iter_events
>>> print(render(chronicle(iter_events(store), actor="USA"), "md"))    # doctest: +SKIP

Each line is a short Chinese summary (who, what, to whom, where) with the date shown at its own
precision, the event's status and modality marked, and its source::

    2025-10-20　鲁比奥（美国）与拉夫罗夫（俄罗斯）通话〔据俄副外长里亚布科夫〕—
        《美俄峰会另有安排…》：“鲁比奥和拉夫罗夫已经在20日通话”

(one line in the output; broken here to fit.)

* Dates (:func:`dashiji.export.dates.date_label`): ``2025-10-20``, ``约2025-10-15`` (approx-day),
  ``2025年10月上旬`` (early-month; 中旬, 下旬), ``2025年5月``, ``2026年``, ranges
  ``2025年5月至2025年7月``.  Entries are ordered by the first day the date can mean, then the
  last (a day before the month that contains it), then document and text order.  Undated events
  are listed apart, under 日期未定, in document order.
* Marks: status 〔计划〕 planned, 〔推迟〕 postponed, 〔取消〕 cancelled; modality 〔据X〕
  reported (X = who it is attributed to; 〔据报道〕 when unnamed), 〔疑似〕 uncertain,
  〔假设〕 hypothetical, 〔未〕 negated (〔X否认〕 when someone denies it); 〔图片说明〕 when
  stated only in a photo caption.
  Another attribution (of an asserted or uncertain event) is shown as 〔据X〕 too.
* Verbs come from ``data/chronicle_verbs.json`` by PLOVER type and mode (CONSULT/phone 通话,
  meet 会晤, visit 访问, mediate 调停, negotiate 谈判; THREATEN/ultimatum 发出最后通牒…).
  Actors are named as the KB names them in simplified Chinese (else as written, converted to
  simplified), with their country in brackets unless the name already says it.  The quote and
  the title are cited verbatim.
* Filters: as :mod:`dashiji.export.filters` (``actor``, ``type``, ``date_from``, ``date_to``);
  with a date bound, undated events are left out.

:func:`render` gives Markdown, a standalone HTML page (every scraped string escaped) or JSON (a
list of entries with every field, each with ``section``: ``dated`` or ``undated``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from .events.model import Event, EventActor
from .export.dates import date_label, interval
from .export.filters import make_filter
from .kb import Entry, KnowledgeBase, load_kb
from .model import Document
from .normalize import to_simplified

FORMATS = ("md", "html", "json")
UNDATED = "日期未定"

STATUS_MARKS = {"planned": "计划", "postponed": "推迟", "cancelled": "取消"}
MODALITY_MARKS = {"uncertain": "疑似", "hypothetical": "假设"}
CAPTION_MARK = "图片说明"

QUOTE_MAX = 60
TITLE_MAX = 20
_TITLE_CUT = re.compile(r"[,，:：?？!！|｜—]")


@dataclass(slots=True)
class ChronicleEntry:
    """One line of the chronicle, with the fields it was made from."""

    section: str  # "dated" | "undated"
    date: str | None
    precision: str | None
    date_label: str
    date_first: str | None
    date_last: str | None
    summary: str
    marks: list[str]
    line: str
    event_id: str
    doc: str
    type: str | None
    mode: str | None
    cameo: str | None
    status: str
    modality: str
    attributed_to: str | None
    source_part: str
    actors: list[dict[str, Any]]
    place: str | None
    quote: str
    sentence: str
    title: str | None
    source: str
    published: str | None
    date_text: str | None = None
    news_type: str | None = None
    num_articles: int = 1  # articles that report the event (merged across articles)
    num_sources: int = 1  # distinct outlets among them
    by_report_date: bool = False  # dated by the reporting article, not by its own words

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Chronicle:
    """Dated entries in date order, undated ones apart, and the filters that made it."""

    entries: list[ChronicleEntry] = field(default_factory=list)
    undated: list[ChronicleEntry] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries) + len(self.undated)

    def all(self) -> list[ChronicleEntry]:
        return [*self.entries, *self.undated]


@cache
def verbs() -> dict[str, Any]:
    """``data/chronicle_verbs.json``: the summary's predicate by PLOVER type and mode."""
    path = resources.files("dashiji") / "data" / "chronicle_verbs.json"
    return json.loads(path.read_text(encoding="utf-8"))


def news_verb(news_type: str) -> dict[str, Any]:
    """The summary verb of an event that has only a news type: the DuEE type's own word
    (司法行为-拘捕 → 拘捕), the other side after it."""
    return {"verb": news_type.rsplit("-", 1)[-1], "prep": ""}


def verb_for(type_: str, mode: str | None) -> dict[str, Any]:
    table = verbs()
    by_type = table.get((type_ or "").upper())
    if not isinstance(by_type, dict):
        return table["_default"]
    return by_type.get(mode or "", by_type.get("default", table["_default"]))


# ---- summaries ---------------------------------------------------------------------------------
def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _simplified(text: str) -> str:
    return to_simplified(text) if _has_cjk(text) else text


class _Namer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._cameo = {e.cameo: e for e in kb.entries(kind="country") if e.cameo}

    def entry(self, actor: EventActor) -> Entry | None:
        if actor.kb_id and (entry := self.kb.by_id(actor.kb_id)) is not None:
            return entry
        found = self.kb.lookup(actor.name) if actor.name else []
        return found[0] if len(found) == 1 else None

    def country(self, code: str | None) -> Entry | None:
        if not code:
            return None
        entry = self.kb.by_id(code)
        if entry is not None and entry.kind == "country":
            return entry
        return self._cameo.get(code)

    def actor(self, actor: EventActor) -> str:
        entry = self.entry(actor)
        name = entry.name if entry is not None else _simplified(actor.name or "")
        if entry is not None and entry.kind == "country":
            return name
        country = self.country(actor.country or (entry.country if entry else None))
        if country is None or not name:
            return name or (country.name if country else "")
        cname = country.name
        forms = set(country.surface_forms()) | {s.form for s in country.short}
        if entry is None and name in forms:  # a short form standing for its country: 美 → 美国
            return cname
        if cname in name or name in forms or any(name.startswith(f) for f in forms if f):
            return name
        return f"{name}（{cname}）"

    def place(self, event: Event) -> str:
        if event.place_kb_id and (entry := self.kb.by_id(event.place_kb_id)) is not None:
            return entry.name
        return _simplified(event.place) if event.place else ""


def _sides(event: Event) -> tuple[list[EventActor], list[EventActor]]:
    """Who acts and on whom: sources (else the first party) and targets plus other parties."""
    sources = event.sources
    targets = event.targets
    parties = [a for a in event.actors if a.side not in ("source", "target")]
    if sources:
        return sources, [*targets, *parties]
    return parties[:1], [*targets, *parties[1:]]


def _join(names: list[str], sep: str) -> str:
    return sep.join(dict.fromkeys(n for n in names if n))


def summary(event: Event, namer: _Namer) -> str:
    """The short Chinese summary: who, what, to whom, where."""
    if event.type is None and event.news_type:
        v = news_verb(event.news_type)
    else:
        v = verb_for(event.type or "", event.mode)
    a_side, b_side = _sides(event)
    a = _join([namer.actor(x) for x in a_side], "、")
    b_names = [namer.actor(x) for x in b_side]
    b = _join([n for n in b_names if n and n != a], v.get("join", "、"))
    place = namer.place(event)
    if place and any(x.kb_id and x.kb_id == event.place_kb_id for x in b_side):
        place = ""  # the place is the one acted on (访问莫斯科): name it once
    verb = v.get("verb_at_place", v["verb"]) if place else v["verb"]
    at = f"在{place}" if place else ""
    prep = v.get("prep", "与")
    if not b:
        if v.get("place_object") and place:
            return f"{a}{verb}{place}"
        return f"{a}{at}{verb}"
    if prep in ("与", "和", "同"):
        return f"{a}{prep}{b}{at}{verb}"
    if prep == "":
        return f"{a}{at}{verb}{b}"
    if "…" in prep:  # a frame: 应…要求 → 应B要求
        return f"{a}{at}{prep.replace('…', b)}{verb}"
    return f"{a}{at}{prep}{b}{verb}"


def marks(event: Event) -> list[str]:
    out = []
    if event.status in STATUS_MARKS:
        out.append(STATUS_MARKS[event.status])
    who = _simplified(event.attributed_to.strip()) if event.attributed_to else ""
    if event.modality == "negated":
        out.append(f"{who}否认" if who else "未")
    elif event.modality == "reported":
        out.append(f"据{who}" if who else "据报道")
    else:
        if event.modality in MODALITY_MARKS:
            out.append(MODALITY_MARKS[event.modality])
        if who:
            out.append(f"据{who}")
    if event.source_part == "caption":
        out.append(CAPTION_MARK)
    return out


def short_title(title: str | None, source: str) -> str:
    """《…》 citation text: the title up to its first break (，：？！|—) or 20 characters."""
    if not title:
        name = source.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return name or source
    title = title.strip()
    m = _TITLE_CUT.search(title)
    if m and m.start() >= 4:
        cut = title[: m.start()]
        return (cut[:TITLE_MAX] + "…") if cut else title[:TITLE_MAX]
    return title if len(title) <= TITLE_MAX else title[:TITLE_MAX] + "…"


def clip(text: str, limit: int = QUOTE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _entry(doc: Document, event: Event, namer: _Namer, info: Any = None) -> ChronicleEntry:
    """One line; ``info`` (a merged event, :class:`dashiji.stories.queries.Merged`) adds the
    number of articles reporting it and marks a date that is only its article's."""
    found = interval(event.date, event.precision)
    dated = found is not None
    by_report = info is not None and info.date_source == "report"
    label = date_label(event.date, event.precision) if dated else UNDATED
    if by_report:
        label += "（据报道日期）"
    n_articles = info.num_articles if info is not None else 1
    text = summary(event, namer)
    mk = marks(event)
    title = doc.article.title if doc.article else None
    source = event.source or doc.source
    quote = event.quote or (doc.text[event.start : event.end] if event.end > event.start else "")
    cite = f"《{short_title(title, source)}》" if title else short_title(title, source)
    head = f"{label}\u3000" if dated else ""
    reports = f"〔{n_articles}篇报道〕" if n_articles > 1 else ""
    line = f"{head}{text}{''.join(f'〔{m}〕' for m in mk)}{reports}— {cite}"
    if quote:
        line += f"：“{clip(quote)}”"
    return ChronicleEntry(
        section="dated" if dated else "undated",
        date=event.date,
        precision=event.precision,
        date_label=label,
        date_first=found[0] if found else None,
        date_last=found[1] if found else None,
        summary=text,
        marks=mk,
        line=line,
        event_id=info.event_id if info is not None else event.id,
        doc=event.doc or doc.id,
        type=event.type,
        news_type=event.news_type,
        mode=event.mode,
        cameo=event.cameo,
        status=event.status,
        modality=event.modality,
        attributed_to=event.attributed_to,
        source_part=event.source_part,
        actors=[
            {
                "name": a.name,
                "label": namer.actor(a),
                "kb_id": a.kb_id,
                "country": a.country,
                "cameo": a.cameo,
                "side": a.side,
                "role": a.role,
            }
            for a in event.actors
        ],
        place=event.place,
        quote=quote,
        sentence=event.sentence,
        title=title,
        source=source,
        published=doc.article.published if doc.article else None,
        date_text=event.date_text,
        num_articles=n_articles,
        num_sources=info.num_sources if info is not None else 1,
        by_report_date=by_report,
    )


def chronicle(
    events: Iterable[tuple[Document, Event]],
    *,
    actor: str | None = None,
    type: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    kb: KnowledgeBase | None = None,
    merged: Mapping[str, Any] | None = None,
) -> Chronicle:
    """Build the chronicle of ``(document, event)`` pairs (e.g. ``export.iter_events(store)``),
    filtered like the export (:mod:`dashiji.export.filters`); an event id seen twice is kept
    once.

    ``merged`` maps a mention's event id to its cross-article event
    (:func:`dashiji.stories.queries.merged_events`): an event reported by several articles is
    then one line, told by its best-supported mention with the merged date and status and the
    number of articles and outlets; an event whose words give no date is placed by the date of
    the article that reports it, marked 据报道日期."""
    kb = kb or load_kb()
    keep = make_filter(actor=actor, type=type, date_from=date_from, date_to=date_to, kb=kb)
    namer = _Namer(kb)
    dated: list[tuple[tuple[Any, ...], ChronicleEntry]] = []
    undated: list[ChronicleEntry] = []
    seen: set[str] = set()
    docs: dict[str, int] = {}
    for doc, event in events:
        if not keep(event):
            continue
        info = merged.get(event.id) if merged else None
        if info is not None:
            if info.best != event.id:
                continue
            event = _as_merged(event, info)
        if event.id:
            if event.id in seen:
                continue
            seen.add(event.id)
        order = docs.setdefault(doc.id, len(docs))
        entry = _entry(doc, event, namer, info)
        if entry.section == "undated":
            undated.append(entry)
        else:
            first = entry.date_first or entry.date_last or ""
            last = entry.date_last or "9999-12-31"
            dated.append(((first, last, order, event.start), entry))
    dated.sort(key=lambda pair: pair[0])
    return Chronicle([e for _, e in dated], undated, keep.as_dict())


def _as_merged(event: Event, info: Any) -> Event:
    """A copy of the mention with its merged event's date and status."""
    return replace(event, date=info.date, precision=info.precision, status=info.status)


# ---- rendering ---------------------------------------------------------------------------------
def render(ch: Chronicle, fmt: str) -> str:
    """The chronicle as ``md``, ``html`` (a standalone page) or ``json``."""
    if fmt == "md":
        return _markdown(ch)
    if fmt == "html":
        return _html(ch)
    if fmt == "json":
        return json.dumps([e.to_dict() for e in ch.all()], ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown chronicle format {fmt!r} (one of {', '.join(FORMATS)})")


def _filters_text(filters: dict[str, Any]) -> str:
    names = {"actor": "行为体", "type": "类型", "from": "起", "to": "止"}
    return "；".join(f"{names[k]}：{v}" for k, v in filters.items() if v)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Backslash-escape Markdown's active characters (and < >, so no raw HTML gets through)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _markdown(ch: Chronicle) -> str:
    out = ["# 大事记", ""]
    if ch.filters and any(ch.filters.values()):
        out += [f"筛选：{_md(_filters_text(ch.filters))}", ""]
    out += [f"- {_md(e.line)}" for e in ch.entries] or ["（无）"]
    if ch.undated:
        out += ["", f"## {UNDATED}", ""]
        out += [f"- {_md(e.line)}" for e in ch.undated]
    return "\n".join(out) + "\n"


_CSS = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
ol.chronicle, ul.chronicle { padding-left: 0; list-style: none; }
li.entry { margin: .4rem 0; }
.date { font-weight: bold; white-space: nowrap; }
.mark { color: #a33; }
.quote { color: #555; }
.filters { color: #666; }
"""


def _html_entry(e: ChronicleEntry) -> str:
    esc = html.escape
    kind = e.type or e.news_type or ""
    parts = [f'<li class="entry" data-event="{esc(e.event_id)}" data-type="{esc(kind)}">']
    if e.section == "dated":
        attr = f' datetime="{esc(e.date_first)}"' if e.date_first else ""
        parts.append(f'<time class="date"{attr}>{esc(e.date_label)}</time>\u3000')
    parts.append(f'<span class="summary">{esc(e.summary)}</span>')
    parts += [f'<span class="mark">〔{esc(m)}〕</span>' for m in e.marks]
    cite_text = short_title(e.title, e.source)
    cite = f"《{esc(cite_text)}》" if e.title else esc(cite_text)
    if re.match(r"^https?://", e.source, re.IGNORECASE):
        cite = f'<a href="{esc(e.source, quote=True)}">{cite}</a>'
    parts.append(f'— <cite title="{esc(e.source, quote=True)}">{cite}</cite>')
    if e.quote:
        parts.append(
            f'：<span class="quote" title="{esc(e.sentence, quote=True)}">'
            f"“{esc(clip(e.quote))}”</span>"
        )
    parts.append("</li>")
    return "".join(parts)


def _html(ch: Chronicle) -> str:
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>大事记</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<h1>大事记</h1>",
    ]
    if ch.filters and any(ch.filters.values()):
        out.append(f'<p class="filters">筛选：{esc(_filters_text(ch.filters))}</p>')
    out.append('<ol class="chronicle">')
    out += [_html_entry(e) for e in ch.entries]
    out.append("</ol>")
    if ch.undated:
        out.append(f"<h2>{UNDATED}</h2>")
        out.append('<ul class="chronicle undated">')
        out += [_html_entry(e) for e in ch.undated]
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
