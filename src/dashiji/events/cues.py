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

Finding them: a group's regex is an alternation of its words, the longest first, so its matches
are leftmost, the longest word at a position, never overlapping.  One Aho-Corasick pass over the
sentence finds every occurrence of every group's words (and ``exclude`` words) at once; going
through them by start, longest first, and keeping for each group the first one that does not
overlap the one it kept before gives exactly those matches.  A codebook whose group regexes are
built otherwise is scanned with the regexes themselves.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from ..wordscan import WordScanner
from .codebook import (
    _CLAUSE_RE,
    _SENTENCE_RE,
    Codebook,
    CueGroup,
    CueHit,
    Cues,
    _alternation,
    _variants,
    opens_sentence,
)

_Hit = tuple[int, int, str]
_Found = list[tuple[CueGroup, list[_Hit]]]


class _Words:
    """Every word of every cue group (and every ``exclude`` word) in one automaton: word →
    (length, word, ((group index, is_exclude), …))."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.groups = cues.groups
        self.automaton: Any = None
        where: dict[str, list[tuple[int, int]]] = {}
        for gi, g in enumerate(cues.groups):
            lists = [(0, g.words, g.regex)]
            if g.exclude_regex is not None:
                lists.append((1, g.exclude, g.exclude_regex))
            for kind, words, regex in lists:
                if not words or regex.pattern != _alternation(words).pattern:
                    return  # not a plain alternation of the words: use the regexes
                for v in dict.fromkeys(v for w in words for v in _variants(w)):
                    where.setdefault(v, []).append((gi, kind))
        self.automaton = WordScanner({w: (len(w), w, tuple(gs)) for w, gs in where.items()})


_WORDS: dict[int, _Words] = {}


def _words(cues: Cues) -> _Words:
    hit = _WORDS.get(id(cues))
    if hit is None or hit.cues is not cues:
        hit = _WORDS[id(cues)] = _Words(cues)
    return hit


def _scan(g: CueGroup, text: str) -> list[_Hit]:
    """The group's cues in ``text``, minus those overlapping an ``exclude`` word (regexes)."""
    hits = [(m.start(), m.end(), m.group()) for m in g.regex.finditer(text)]
    if hits and g.exclude_regex is not None:
        excluded = [(m.start(), m.end()) for m in g.exclude_regex.finditer(text)]
        if excluded:
            hits = [h for h in hits if not any(h[0] < xe and h[1] > xs for xs, xe in excluded)]
    return hits


def _find(words: _Words, text: str) -> _Found:
    """What :func:`_scan` finds for each group, from one automaton pass."""
    occurrences = [(e + 1 - n, -n, w, gs) for e, (n, w, gs) in words.automaton.iter(text)]
    if not occurrences:
        return []
    occurrences.sort()  # by start, the longest first
    hits: dict[int, list[_Hit]] = {}
    excluded: dict[int, list[tuple[int, int]]] = {}
    last_end: dict[tuple[int, int], int] = {}
    for s, neg, w, gs in occurrences:
        e = s - neg
        for key in gs:
            if s < last_end.get(key, 0):
                continue  # inside the match the group's regex made before
            last_end[key] = e
            if key[1]:
                excluded.setdefault(key[0], []).append((s, e))
            else:
                hits.setdefault(key[0], []).append((s, e, w))
    found: _Found = []
    groups = words.groups
    for gi in sorted(hits):
        hs = hits[gi]
        xs = excluded.get(gi)
        if xs:
            hs = [h for h in hs if not any(h[0] < xe and h[1] > xb for xb, xe in xs)]
        if hs:
            found.append((groups[gi], hs))
    return found


class SentenceCues:
    """Every cue of one sentence (``text``: the sentence alone), by group."""

    __slots__ = ("text", "found", "_clause_breaks", "_sentence_breaks", "_made")

    def __init__(self, cb: Codebook, text: str) -> None:
        self.text = text
        self._clause_breaks: list[int] | None = None
        self._sentence_breaks: list[int] | None = None
        self._made: dict[tuple[int, int], CueHit] = {}
        words = _words(cb.cues)
        if words.automaton is not None:
            self.found = _find(words, text)
        else:
            self.found = []
            for g in cb.cues.groups:
                hits = _scan(g, text)
                if hits:
                    self.found.append((g, hits))

    @property
    def clause_breaks(self) -> list[int]:
        if self._clause_breaks is None:
            self._clause_breaks = [m.start() for m in _CLAUSE_RE.finditer(self.text)]
        return self._clause_breaks

    @property
    def sentence_breaks(self) -> list[int]:
        if self._sentence_breaks is None:
            self._sentence_breaks = [m.start() for m in _SENTENCE_RE.finditer(self.text)]
        return self._sentence_breaks

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
        clause: tuple[int, int] | None = None
        sentence: tuple[int, int] | None = None
        out: list[CueHit] = []
        made = self._made
        for gi, (g, hits) in enumerate(self.found):
            if g.category not in categories:
                continue
            if g.scope == "clause":
                if clause is None:
                    clause = self._bounds(self.clause_breaks, start, end)
                a, b = clause
            else:
                if sentence is None:
                    sentence = self._bounds(self.sentence_breaks, start, end)
                a, b = sentence
            window = g.window
            before_ok = g.where in ("before", "around")
            after_ok = g.where in ("after", "around")
            for hi, (cs, ce, word) in enumerate(hits):
                if cs < a or ce > b:
                    continue
                for ps, pe in spans:
                    if cs < pe and ce > ps:
                        break
                else:
                    if (
                        (start <= cs and ce <= end)
                        or (
                            before_ok
                            and ce <= start
                            and (
                                start - ce <= window
                                or (g.opens and opens_sentence(g, word, self.text, a, cs))
                            )
                        )
                        or (after_ok and cs >= end and cs - end <= window)
                    ):
                        hit = made.get((gi, hi))
                        if hit is None:  # (a CueHit is immutable: made once per sentence)
                            hit = made[(gi, hi)] = CueHit(g.category, g.label, cs, ce, word)
                        out.append(hit)
        if len(out) > 1:
            out.sort(key=_hit_order)
        return out


def _hit_order(h: CueHit) -> tuple[int, str]:
    return (h.start, h.category)
