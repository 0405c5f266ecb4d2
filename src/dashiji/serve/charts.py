"""Geometry of the small charts the pages draw as inline SVG (the template writes the elements;
every label in them is escaped like any other text): events per month as bars, an actor's
partners as a star network, and events placed on the world map."""

from __future__ import annotations

import math
from typing import Any

from .worldmap import HEIGHT, WIDTH, project


def month_bars(by_month: list[dict[str, Any]], *, width: int = 640, height: int = 160) -> dict:
    """Bars of events per month over the months from the first to the last (gaps as zero)."""
    if not by_month:
        return {"bars": [], "width": width, "height": height, "max": 0, "ticks": []}
    counts = {m["month"]: int(m["count"]) for m in by_month}
    first, last = min(counts), max(counts)
    months: list[str] = []
    y, mo = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{mo:02d}" <= last and len(months) < 600:
        months.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    top = max(counts.values())
    pad_b, pad_t = 20, 10
    plot_h = height - pad_b - pad_t
    step = width / len(months)
    bars = []
    for i, m in enumerate(months):
        n = counts.get(m, 0)
        h = plot_h * n / top if top else 0
        bars.append(
            {
                "x": round(i * step + step * 0.1, 1),
                "y": round(pad_t + plot_h - h, 1),
                "w": round(max(step * 0.8, 1), 1),
                "h": round(h, 1),
                "month": m,
                "count": n,
            }
        )
    every = max(1, math.ceil(len(months) / 8))
    ticks = [
        {"x": round(max(i * step + step / 2, 22), 1), "label": m}
        for i, m in enumerate(months)
        if i % every == 0
    ]
    return {
        "bars": bars,
        "width": width,
        "height": height,
        "max": top,
        "ticks": ticks,
        "base": height - pad_b,
    }


LABEL_EM = 11.0  # the network's label font size (app.css: svg .label)


def fit_label(text: str, ems: float) -> str:
    """``text`` cut to about ``ems`` ems (a CJK character one em, others about half), with "…"
    when cut: a long name must not run off the picture (the full name is in the node's title)."""
    width = 0.0
    for i, ch in enumerate(text):
        width += 1.0 if ord(ch) > 0x2E7F else 0.6
        if width > ems:
            return text[: max(1, i - 1)] + "…" if i else text[:1]
    return text


def star_network(center: str, partners: list[dict[str, Any]], *, size: int = 360) -> dict:
    """The actor in the middle, its partners around it; edge width by shared events."""
    c = size / 2
    r = size / 2 - 70
    top = max((int(p["events"]) for p in partners), default=1)
    nodes = []
    for i, p in enumerate(partners):
        a = 2 * math.pi * i / max(1, len(partners)) - math.pi / 2
        x, y = c + r * math.cos(a), c + r * math.sin(a)
        nodes.append(
            {
                **p,
                "x": round(x, 1),
                "y": round(y, 1),
                "w": round(1 + 5 * int(p["events"]) / top, 1),
                "anchor": "start"
                if math.cos(a) > 0.2
                else "end"
                if math.cos(a) < -0.2
                else "middle",
                "label": fit_label(
                    str(p.get("display") or p.get("name") or ""),
                    # room between the label's anchor and the picture's edge, in 11px ems
                    (c - r - 14) / LABEL_EM if abs(math.cos(a)) > 0.2 else 2 * r / LABEL_EM / 3,
                ),
                "lx": round(c + (r + 10) * math.cos(a), 1),
                "ly": round(c + (r + 10) * math.sin(a) + 4, 1),
            }
        )
    return {"size": size, "cx": c, "cy": c, "center": center, "nodes": nodes}


def map_points(places: list[dict[str, Any]], kb: Any) -> dict:
    """Circles on the world map: each place at its KB point (else its country's), area by
    event count; places the KB cannot place are counted apart."""
    merged: dict[tuple[float, float], dict[str, Any]] = {}
    unplaced = 0
    for p in places:
        entry = kb.by_id(p["place_kb_id"]) if p.get("place_kb_id") else None
        point = entry.point if entry is not None else None
        if point is None and p.get("place_country"):
            country = kb.by_id(p["place_country"])
            point = country.point if country is not None else None
            entry = country if point is not None else entry
        if point is None:
            unplaced += int(p["events"])
            continue
        x, y = project(*point)
        item = merged.setdefault(
            (x, y),
            {
                "x": x,
                "y": y,
                "events": 0,
                "name": entry.name if entry is not None else p.get("place") or "",
                "place": p.get("place_kb_id") or p.get("place_country"),
            },
        )
        item["events"] += int(p["events"])
    top = max((m["events"] for m in merged.values()), default=1)
    points = sorted(merged.values(), key=lambda m: -m["events"])
    for m in points:
        m["r"] = round(2 + 14 * math.sqrt(m["events"] / top), 1)
    return {"width": WIDTH, "height": HEIGHT, "points": points, "unplaced": unplaced}
