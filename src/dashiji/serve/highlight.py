"""Marking parts of a text by their offsets, for templates that escape every piece.

A text and a list of marks ``(start, end, class)`` (offsets into the text; they may overlap)
become runs ``(piece, classes)``: consecutive characters carrying the same set of classes.  The
template writes each piece escaped, inside ``<mark class="…">`` when it carries classes; no
markup is ever built from the text itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

Mark = tuple[int, int, str]


def runs(text: str, marks: Iterable[Mark], *, offset: int = 0) -> list[tuple[str, str]]:
    """``text`` (which starts at ``offset`` in the marks' coordinates) cut into runs of equal
    classes; classes of a run are joined by spaces (sorted), ``""`` for plain text."""
    n = len(text)
    if not n:
        return []
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for start, end, cls in marks:
        s, e = max(0, start - offset), min(n, end - offset)
        if s < e:
            starts.setdefault(s, []).append(cls)
            ends.setdefault(e, []).append(cls)
    if not starts:
        return [(text, "")]
    cuts = sorted({0, n, *starts, *ends})
    active: Counter[str] = Counter()
    out: list[tuple[str, str]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for cls in ends.get(a, ()):
            active[cls] -= 1
        for cls in starts.get(a, ()):
            active[cls] += 1
        classes = " ".join(sorted(c for c, k in active.items() if k > 0))
        if out and out[-1][1] == classes:
            out[-1] = (out[-1][0] + text[a:b], classes)
        else:
            out.append((text[a:b], classes))
    return out


def event_sentence_marks(
    mention: dict[str, Any], event: dict[str, Any], times: list[tuple[int, int]]
) -> tuple[int, int, list[Mark]]:
    """The sentence of one place a mention states its event, and the marks in it: the trigger,
    the actors (by their offsets, else by their names inside the sentence) and the times.

    ``mention`` is one entry of ``Event.mentions`` (offsets into the article text); ``event`` the
    Event record; ``times`` the time expressions of the article inside the sentence."""
    s0, s1 = int(mention["sentence_start"]), int(mention["sentence_end"])
    marks: list[Mark] = [(int(mention["trigger_start"]), int(mention["trigger_end"]), "hl-trigger")]
    sentence = event.get("_text", "")[s0:s1] if event.get("_text") else None
    for actor in event.get("actors") or []:
        a, b = actor.get("start"), actor.get("end")
        if isinstance(a, int) and isinstance(b, int) and s0 <= a < b <= s1:
            marks.append((a, b, "hl-actor"))
        elif sentence and actor.get("name"):
            i = sentence.find(actor["name"])
            if i >= 0:
                marks.append((s0 + i, s0 + i + len(actor["name"]), "hl-actor"))
    marks.extend((a, b, "hl-time") for a, b in times)
    return s0, s1, marks
