"""Run many regular expressions over a text, but only where each can match.

Most of a news text is prose no time pattern can touch; running some thirty patterns over all of
it costs more than everything else the time layer does.  :class:`WindowedPatterns` reads each
pattern's syntax tree once and derives two things:

* its **live characters**: every character any part of it can consume, lookarounds included.
  A character live for no pattern is *dead*: no match contains one, and every lookaround reads
  it exactly as it reads the end (or start) of the string — a positive one fails, a negative
  one holds.  So the text falls into **runs** of live characters, and matching a pattern inside
  one run (``finditer(text, a, b)``: lookbehinds see the dead character before ``a``,
  lookaheads stop at ``b`` as at the end of a string) gives exactly the matches the whole text
  gives there.
* its **anchors**: a set of characters every match must contain one of (the 月 of a calendar
  date, the 节 or 日 of a holiday).  A run without one of a pattern's anchors holds no match of
  it and is skipped.

Since the matches in a run depend on the run's text alone, the patterns that match in a run, and
where in the run each match starts, are remembered by its text, and a run seen before is matched
with those patterns only, each at those starts (``match`` there: the match ``finditer`` finds).

The result is the same as ``pattern.finditer(text)``, match for match.  A pattern whose tree the
analysis does not cover (``.``, negated classes, ``^``/``$``/``\\b``, categories other than
``\\s``/``\\d``, or a possible empty match) runs over the whole text, as before.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
from typing import Any

__all__ = ["WindowedPatterns"]

# Anchor choice: fewer, rarer characters are better; digits and numeral characters are common
# in the windows where times occur, so they count as several characters.
_COMMON = frozenset("0123456789零〇○一二两三四五六七八九十百千万")
_MAX_CLASS = 64  # a character class larger than this is no use as an anchor
# Runs remembered (run text → the patterns that match in it, with where in the run each of their
# matches starts); the memo is emptied when full.
_MEMO_MAX = 20_000
# Only runs this short are remembered (the ones that recur: 年, 今年, 3月; a longer run, a
# table's row of figures, is seldom seen twice), so the memo holds at most ~20k × 32 characters.
_MEMO_RUN = 32


class _Unsupported(Exception):
    pass


def _live(tree: Any, chars: set[str], cats: set[Any]) -> None:
    for op, av in tree:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    chars.add(chr(a))
                elif o is _c.RANGE:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                elif o is _c.CATEGORY and a in (_c.CATEGORY_SPACE, _c.CATEGORY_DIGIT):
                    cats.add(a)
                else:  # NEGATE, other categories
                    raise _Unsupported(o)
        elif op is _c.SUBPATTERN:
            _live(av[3], chars, cats)
        elif op is _c.BRANCH:
            for b in av[1]:
                _live(b, chars, cats)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _live(av[2], chars, cats)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _live(av[1], chars, cats)
        elif op is _c.GROUPREF:
            pass  # repeats characters a group consumed
        elif op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, _c.CATEGORY_DIGIT):
            cats.add(av)
        else:  # ANY, NOT_LITERAL, AT, ATOMIC_GROUP, GROUPREF_EXISTS, …
            raise _Unsupported(op)


def _cost(chars: frozenset[str]) -> int:
    return sum(4 if ch in _COMMON else 1 for ch in chars)


def _options(tree: Any) -> list[frozenset[str]]:
    """Character sets each of which every match of the sequence ``tree`` contains one of."""
    out: list[frozenset[str]] = []
    for op, av in tree:
        a = _anchor(op, av)
        if a is not None:
            out.append(a)
    return out


def _anchor(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                return None
        return frozenset(chars) if len(chars) <= _MAX_CLASS else None
    if op is _c.SUBPATTERN:
        return _best(_options(av[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _best(_options(av[2])) if av[0] >= 1 else None
    if op is _c.BRANCH:
        return _cover([_options(b) for b in av[1]])
    return None  # lookarounds, back-references, categories: no guarantee


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    if not options:
        return None
    return min(reversed(options), key=_cost)  # ties: the later one (the head: 节, 年, 日)


def _cover(branches: list[list[frozenset[str]]]) -> frozenset[str] | None:
    """One anchor set for an alternation: every branch must contain one of its characters.
    Greedy: the single character required by most branches first (今天|明天|昨天 → 天)."""
    if any(not opts for opts in branches):
        return None
    chosen: set[str] = set()
    todo = list(range(len(branches)))
    while todo:
        counts: dict[str, int] = {}
        for k in todo:
            for ch in dict.fromkeys(next(iter(o)) for o in reversed(branches[k]) if len(o) == 1):
                counts[ch] = counts.get(ch, 0) + 1
        if not counts:
            break
        ch = max(counts, key=lambda c: (counts[c], -_cost(frozenset(c))))
        chosen.add(ch)
        todo = [k for k in todo if frozenset(ch) not in branches[k]]
    for k in todo:  # branches with no single required character
        best = _best(branches[k])
        assert best is not None
        chosen |= best
    return frozenset(chosen)


class WindowedPatterns:
    """Named compiled patterns, matched only in the runs of the text where they can match."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.whole: list[str] = []  # names run over the whole text
        live: set[str] = set()
        cats: set[Any] = set()
        by_char: dict[str, list[str]] = {}
        # the fewest characters a match of each pattern spans: a shorter run holds none
        self._widths: dict[str, int] = {}
        for name, pat in patterns.items():
            try:
                tree = _p.parse(pat.pattern, pat.flags)
                if pat.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
                    raise _Unsupported(pat.flags)
                if tree.getwidth()[0] == 0:
                    raise _Unsupported("empty match")
                p_live: set[str] = set()
                p_cats: set[Any] = set()
                _live(tree, p_live, p_cats)
                anchors = _best(_options(tree))
                if anchors is None:
                    raise _Unsupported("no anchor")
            except _Unsupported:
                self.whole.append(name)
                continue
            live |= p_live
            self._widths[name] = tree.getwidth()[0]
            cats |= p_cats
            for ch in anchors:
                by_char.setdefault(ch, []).append(name)
        self.anchors = {ch: tuple(names) for ch, names in by_char.items()}
        self.live = frozenset(live)  # characters some windowed pattern can read
        cls = "".join(re.escape(ch) for ch in sorted(live))
        cls += r"\s" if _c.CATEGORY_SPACE in cats else ""
        cls += r"\d" if _c.CATEGORY_DIGIT in cats else ""
        # a dead character: the end of a run, or (searched in the reversed text) its start
        self._dead = re.compile(f"[^{cls}]") if cls else None
        anchor_cls = "".join(re.escape(ch) for ch in sorted(by_char))
        self._anchor = re.compile(f"[{anchor_cls}]") if anchor_cls else None
        # A run's matches depend on its text alone (dead characters read as the text's edges),
        # so which patterns match in a run, and where each match starts in it, is remembered by
        # its text: most runs are short and recur (年, 今年, 到, 后), the patterns that match
        # nothing there (¾ of the tries) are not run again, and the others are matched at their
        # starts only (not tried at every character of the run).  The matches themselves are
        # always made in this text.
        self._memo: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {}

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        """The matches of every pattern over ``text``, in text order (as ``finditer``)."""
        out: dict[str, list[re.Match[str]]] = {name: [] for name in self.patterns}
        if self._dead is not None and self._anchor is not None:
            # the run around each anchor (an anchor is a live character), found from the anchor
            # out to the dead characters on either side: only the runs holding an anchor
            anchor = self._anchor.search
            dead = self._dead.search
            memo = self._memo
            patterns = self.patterns
            n = len(text)
            back = text[::-1]  # the last dead character before an anchor: searched backwards
            end = 0  # the end of the last run found
            while (m := anchor(text, end)) is not None:
                pos = m.start()
                d = dead(back, n - pos)
                e = dead(text, pos)
                a = n - d.start() if d is not None else 0
                end = e.start() if e is not None else n
                run = text[a:end] if end - a <= _MEMO_RUN else None
                seen = memo.get(run) if run is not None else None
                if seen is None:
                    seen = self._matching(text, a, end, out)
                    if run is not None:
                        if len(memo) >= _MEMO_MAX:
                            memo.clear()
                        memo[run] = seen
                    continue
                for name, starts in seen:  # (each start holds a match: the run's text is the same)
                    match = patterns[name].match
                    out[name].extend([x for s in starts if (x := match(text, a + s, end))])
        for name in self.whole:
            out[name] = list(self.patterns[name].finditer(text))
        return out

    def _matching(
        self, text: str, a: int, b: int, out: dict[str, list[re.Match[str]]]
    ) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Match the patterns anchored in the run ``text[a:b]`` there (adding to ``out``); the
        names of those that matched, each with where its matches start (from ``a``)."""
        anchors = self.anchors
        widths = self._widths
        tried = dict.fromkeys(name for ch in text[a:b] for name in anchors.get(ch, ()))
        hit: list[tuple[str, tuple[int, ...]]] = []
        for name in tried:
            if b - a >= widths[name]:  # (a third of the runs an anchor picks are too short)
                found = list(self.patterns[name].finditer(text, a, b))
                if found:
                    out[name].extend(found)
                    hit.append((name, tuple(m.start() - a for m in found)))
        return tuple(hit)
