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
from datetime import date
from typing import Any

from ..events.lexicon import lexicon
from ..events.model import Argument, Event, EventActor, Mention, _plain
from ..export.dates import sort_bounds
from .keys import ActorKey, dates_overlap, width_days

ANNOUNCED_WITHIN_DAYS = 60
NOT_TOLD = ("hypothetical", "negated")
STAGE_ORDER = {"announced": 0, "planned": 1, "postponed": 2, "cancelled": 3, "occurred": 4}


#: ``json.dumps(value, ensure_ascii=False)``, without making an encoder each call
_dumps = json.JSONEncoder(ensure_ascii=False).encode


def event_json(ev: Event) -> str:
    return _dumps(_plain(ev))


def event_from_json(text: str) -> Event:
    d = json.loads(text)
    d["actors"] = [EventActor(**x) for x in d.get("actors", [])]
    d["mentions"] = [Mention(**x) for x in d.get("mentions", [])]
    d["arguments"] = [Argument(**x) for x in d.get("arguments", [])]
    return Event(**d)


def upsert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """INSERT OR REPLACE one row; ``table`` and the keys are this module's names, the values
    are parameters."""
    cols = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join("?" * len(row))
    conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({marks})", list(row.values()))


def insert_mention(
    conn: sqlite3.Connection,
    ev: Event,
    event_id: str,
    doc_id: str,
    outlet: str | None,
    published: str | None,
    reason: dict[str, Any] | None,
    announced: str | None = None,
) -> None:
    upsert(
        conn,
        "event_mentions",
        {
            "mention_id": ev.id,
            "doc_id": doc_id,
            "event_id": event_id,
            "type": ev.type,
            "news_type": ev.news_type,
            "cameo": ev.cameo,
            "date": ev.date,
            "precision": ev.precision,
            "status": ev.status,
            "modality": ev.modality,
            "place": ev.place,
            "place_country": ev.place_country,
            "trigger": ev.trigger,
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "outlet": outlet,
            "published": published,
            "announced": announced,
            "merge_reason": _dumps(reason) if reason else None,
            "event": event_json(ev),
        },
    )


def insert_actors(
    conn: sqlite3.Connection, event_id: str, actors: list[tuple[ActorKey, str, EventActor]]
) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO event_actors (event_id, actor_key, side, name, kb_id, country) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                event_id,
                k.key,
                side,
                a.name,
                a.kb_id or (k.key if k.specific and k.key != a.name else None),
                a.country,
            )
            for k, side, a in actors
        ],
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


def refresh_event(conn: sqlite3.Connection, event_id: str, summarise: Any) -> None:
    """Recompute the event's row from its mentions (see the module docstring)."""
    cols = (
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
    rows = [
        dict(zip(cols, r, strict=True))
        for r in conn.execute(
            f"SELECT {', '.join(cols)} FROM event_mentions WHERE event_id = ? "
            "ORDER BY published, mention_id",
            (event_id,),
        )
    ]
    if not rows:
        conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
        conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
        return
    best_date, precision = _best_date(rows)
    date_source: str | None = "text"
    if best_date is None:
        best_date = next((r["published"] for r in rows if r["published"]), None)
        precision, date_source = ("day" if best_date else None), ("report" if best_date else None)
    with_date = [r for r in rows if r["date"] == best_date] or rows
    best_row = with_date[0]
    (text,) = conn.execute(
        "SELECT event FROM event_mentions WHERE mention_id = ?", (best_row["mention_id"],)
    ).fetchone()
    ev = event_from_json(text)
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
        (text,) = conn.execute(
            "SELECT event FROM event_mentions WHERE mention_id = ?", (best_row["mention_id"],)
        ).fetchone()
        ev = event_from_json(text)
    modalities = Counter(r["modality"] for r in rows)
    modality = "asserted" if modalities["asserted"] else modalities.most_common(1)[0][0]
    published = [r["published"] for r in rows if r["published"]]
    sources = {r["outlet"] or r["doc_id"] for r in rows}
    a1 = next(iter(ev.sources or ev.actors), None)
    rest = [a for a in (ev.targets or ev.actors) if a is not a1]
    a2 = rest[0] if rest else None
    story = conn.execute(
        "SELECT story_id FROM story_articles WHERE doc_id = ?", (rows[0]["doc_id"],)
    ).fetchone()
    ev.date, ev.precision, ev.status = best_date, precision, status  # type: ignore[assignment]
    bounds = sort_bounds(best_date, precision)
    upsert(
        conn,
        "events",
        {
            "event_id": event_id,
            "type": ev.type,
            "mode": ev.mode,
            "news_type": ev.news_type,
            "cameo": ev.cameo,
            "root_code": ev.cameo[:2] if ev.cameo else None,
            "quad_class": ev.quad_class,
            "goldstein": ev.goldstein,
            "date": best_date,
            "precision": precision,
            "date_start": bounds[0],
            "date_end": bounds[1],
            "date_source": date_source,
            "status": status,
            "modality": modality,
            "place": ev.place,
            "place_kb_id": ev.place_kb_id,
            "place_country": ev.place_country,
            "actor1_name": a1.name if a1 else None,
            "actor1_kb_id": a1.kb_id if a1 else None,
            "actor1_country": a1.country if a1 else None,
            "actor2_name": a2.name if a2 else None,
            "actor2_kb_id": a2.kb_id if a2 else None,
            "actor2_country": a2.country if a2 else None,
            "story_id": story[0] if story else None,
            "trigger": ev.trigger,
            "summary": summarise(ev),
            "mention_id": best_row["mention_id"],
            "sentence": ev.sentence,
            "doc_id": best_row["doc_id"],
            "num_mentions": len(rows),
            "num_sources": len(sources),
            "num_articles": len({r["doc_id"] for r in rows}),
            "first_seen": min(published) if published else None,
            "last_seen": max(published) if published else None,
            "status_history": _dumps(history),
        },
    )
