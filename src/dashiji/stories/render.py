"""Stories and timelines as text: Markdown, JSON lines / JSON, and a standalone HTML page.

Every piece of article text is escaped for its format (Markdown's special characters, HTML's
``& < > " '``): titles and summaries come from scraped pages.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any


def md(text: Any) -> str:
    """Text made inert for Markdown (as the chronicle does it)."""
    from ..chronicle import _md

    return _md(str(text if text is not None else ""))


def stories_jsonl(stories: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories)


def stories_md(stories: Iterable[dict[str, Any]], *, events_shown: int = 5) -> str:
    lines = ["# 专题（stories）", ""]
    for s in stories:
        period = f"{s['start'] or '?'} – {s['end'] or '?'}"
        lines.append(f"## {md(s['title'] or s['story_id'])}")
        lines.append("")
        lines.append(
            f"`{s['story_id']}` · {period} · {s['num_articles']} 篇 · {s['num_events']} 个事件"
        )
        if s["actors"]:
            lines.append(f"人物/机构：{md('、'.join(s['actors'][:8]))}")
        ranked = sorted(s["events"], key=lambda e: -int(e["num_articles"] or 0))[:events_shown]
        for e in sorted(ranked, key=lambda e: e["date"] or ""):
            lines.append(f"- {md(e['date'] or '日期未定')}　{md(e['summary'])}")
        lines.append("")
    return "\n".join(lines) + "\n"


#: Lifecycle events shown under one entry of a timeline (the JSON has them all).
LIFECYCLE_SHOWN = 3


def lifecycles(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of a timeline entry that were planned, put off or called off, most telling
    first (at most :data:`LIFECYCLE_SHOWN`)."""
    from .timeline import has_lifecycle, lifecycle_order

    found = [ev for ev in entry.get("events") or () if has_lifecycle(ev)]
    return sorted(found, key=lifecycle_order)[:LIFECYCLE_SHOWN]


def _status(status: str) -> str:
    from ..serve.i18n import STATUS

    return STATUS[status][0] if status in STATUS else status


def _precision(entry: dict[str, Any]) -> str:
    """The words for an entry's date when it is not a day told (约某日), else ""."""
    from ..serve.i18n import PRECISION

    p = entry.get("precision")
    return PRECISION[p][0] if p in PRECISION and p != "day" else ""


#: Stages a report tells as news of its own day (宣布, 推迟, 取消): dated by the report when no
#: other day is told (``date`` = ``as_of``), and shown so — not as if it happened that day.
REPORTED_STAGES = ("announced", "postponed", "cancelled")


def _stages(event: dict[str, Any]) -> list[str]:
    """An event's status history in words: 宣布 2025-10-15, 计划 2025-10-29, 推迟（报道于
    2025-10-22） (its status alone when it has no history)."""
    history = event.get("status_history") or [{"status": event.get("status"), "date": None}]
    out = []
    for h in history:
        word, day = _status(str(h.get("status") or "")), h.get("date")
        if day and h.get("status") in REPORTED_STAGES and day == h.get("as_of"):
            out.append(f"{word}（报道于 {day}）")
        else:
            out.append(f"{word} {day}" if day else word)
    return out


def timeline_json(title: str | None, story_id: str | None, entries: list[dict[str, Any]]) -> str:
    return (
        json.dumps(
            {"story_id": story_id, "title": title, "timeline": entries},
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def timeline_md(title: str | None, story_id: str | None, entries: list[dict[str, Any]]) -> str:
    head = f"# 大事记：{md(title)}" if title else "# 大事记"
    lines = [head, ""]
    if story_id:
        lines += [f"`{story_id}`", ""]
    for e in entries:
        mark = "（据报道日期）" if e.get("by_report_date") else ""
        mark += f"（{md(_precision(e))}）" if _precision(e) else ""
        mark += f"〔{md(_status(e['status']))}〕" if e.get("status") else ""
        sources = "、".join(e.get("sources") or [])
        lines.append(
            f"- **{md(e['date'])}**{mark}　{md(e['summary'])}"
            + (f" — {md(sources)}" if sources else "")
        )
        for ev in lifecycles(e):
            stages = " → ".join(md(s) for s in _stages(ev))
            lines.append(f"  - {md(ev['summary'] or ev['event_id'])}：{stages}")
    return "\n".join(lines) + "\n"


def timeline_html(title: str | None, story_id: str | None, entries: list[dict[str, Any]]) -> str:
    esc = html.escape
    items = []
    for e in entries:
        mark = '<span class="by-report">（据报道日期）</span>' if e.get("by_report_date") else ""
        sources = "、".join(e.get("sources") or [])
        if _precision(e):
            mark += f'<span class="precision">（{esc(_precision(e))}）</span>'
        if e.get("status"):
            mark += (
                f'<span class="status status-{esc(e["status"])}">{esc(_status(e["status"]))}</span>'
            )
        events = "".join(
            f'<li><span class="event">{esc(ev["summary"] or ev["event_id"])}</span>：'
            + " → ".join(f'<span class="stage">{esc(s)}</span>' for s in _stages(ev))
            + "</li>"
            for ev in lifecycles(e)
        )
        items.append(
            f'<li><time datetime="{esc(e["date"])}">{esc(e["date"])}</time>{mark} '
            f'<span class="summary">{esc(e["summary"])}</span>'
            f'<span class="sources">{esc(sources)}</span>'
            + (f'<ul class="lifecycle">{events}</ul>' if events else "")
            + "</li>"
        )
    name = esc(title or "大事记")
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{name}</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.6}"
        "time{font-weight:bold;margin-right:.6em}.sources{color:#666;margin-left:.6em;"
        "font-size:.9em}.by-report{color:#a60;font-size:.85em}.status,.precision{color:#a60;"
        "font-size:.85em;margin-left:.3em}.lifecycle{color:#444;font-size:.9em}</style>"
        "</head><body>"
        f"<h1>大事记：{name}</h1>"
        + (f"<p><code>{esc(story_id)}</code></p>" if story_id else "")
        + "<ol>"
        + "".join(items)
        + "</ol></body></html>\n"
    )
