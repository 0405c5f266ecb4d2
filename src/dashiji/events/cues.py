"""The codebook's status, modality and question cues of a whole sentence, found once.

:meth:`Codebook.cues_around` scans a trigger's clause and sentence for every cue group each time
it is asked; a sentence with several triggers is scanned several times.  :class:`SentenceCues`
finds every cue of the sentence once (each group's words, minus its ``exclude`` words) and then
answers :meth:`around` for each trigger with exactly the rules of ``cues_around``: a cue counts
inside the trigger, or within the group's ``window`` on its side (``before``/``after``/
``around``) inside the group's ``scope`` (clause or sentence), unless it overlaps a literal part of
the trigger.  Cue words hold no punctuation, so a cue found in the whole sentence is one
``cues_around`` finds in the clause it stands in.  ``tests/test_events.py`` checks that both
give the same hits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .codebook import CLAUSE_BREAKS, SENTENCE_BREAKS, Codebook, CueGroup, CueHit


class SentenceCues:
    """Every cue of one sentence (``text``: the sentence alone), by group."""

    def __init__(self, cb: Codebook, text: str) -> None:
        self.text = text
        self.clause_breaks = [i for i, ch in enumerate(text) if ch in CLAUSE_BREAKS]
        self.sentence_breaks = [i for i, ch in enumerate(text) if ch in SENTENCE_BREAKS]
        self.found: list[tuple[CueGroup, list[tuple[int, int, str]]]] = []
        for g in cb.cues.groups:
            hits = [(m.start(), m.end(), m.group()) for m in g.regex.finditer(text)]
            if not hits:
                continue
            if g.exclude_regex is not None:
                excluded = [(m.start(), m.end()) for m in g.exclude_regex.finditer(text)]
                if excluded:
                    hits = [
                        h for h in hits if not any(h[0] < xe and h[1] > xs for xs, xe in excluded)
                    ]
            if hits:
                self.found.append((g, hits))

    def _bounds(self, breaks: list[int], start: int, end: int) -> tuple[int, int]:
        i = bisect_left(breaks, start)
        a = breaks[i - 1] + 1 if i > 0 else 0
        j = bisect_left(breaks, end)
        b = breaks[j] if j < len(breaks) else len(self.text)
        return a, b

    def around(
        self,
        start: int,
        end: int,
        parts: Sequence[tuple[int, int]] | None = None,
        categories: Sequence[str] = ("status", "modality", "question"),
    ) -> list[CueHit]:
        """What ``Codebook.cues_around(text, start, end, parts, categories)`` returns."""
        if not self.found:
            return []
        spans = tuple(parts) if parts else ((start, end),)
        bounds = {
            "clause": self._bounds(self.clause_breaks, start, end),
            "sentence": self._bounds(self.sentence_breaks, start, end),
        }
        out: list[CueHit] = []
        for g, hits in self.found:
            if g.category not in categories:
                continue
            a, b = bounds[g.scope]
            for cs, ce, word in hits:
                if cs < a or ce > b:
                    continue
                if any(cs < pe and ce > ps for ps, pe in spans):
                    continue
                inside = start <= cs and ce <= end
                before = ce <= start and start - ce <= g.window
                after = cs >= end and cs - end <= g.window
                if inside or (
                    (before and g.where in ("before", "around"))
                    or (after and g.where in ("after", "around"))
                ):
                    out.append(CueHit(g.category, g.label, cs, ce, word))
        out.sort(key=lambda h: (h.start, h.category))
        return out
