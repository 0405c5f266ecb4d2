"""Does any of a list of regular expressions match a line?  Asked without trying the patterns
that cannot match it.

The chrome data (``data/chrome_zh.json``) gives its line tests as lists of patterns, and a line
is chrome when any of them is found in it.  Most of them need a character the line does not hold:
one anchored at the start (``^(?:评论|阅读|…)``) can only match a line opening with one of its
first characters, and every pattern takes some characters in every match (``…\\d{1,2}:\\d{2}``
takes a ``:``).  Tried one by one, each costs a Python call and, for a pattern opening with an
optional group or a class of digits, a try at every position of the line: the list-item patterns
alone were a fifth of extracting a text record.

:class:`PatternSet` reads each pattern's parse (``re._parser``) once and files it

* *by its first character*, when it is anchored at the start (``^`` or ``\\A``, no MULTILINE) and
  every match's first character is one of a small known set: it is tried only on the lines
  opening with one of them;
* *behind a gate*, otherwise, when every match takes one character of a known set (the smallest
  such set of the pattern's mandatory single characters, or the set of its first characters): a
  compiled class of those characters is searched first (for the first characters of an anchored
  pattern: matched at the start), and the pattern is tried only where the gate is found;
* *plain*, tried on every line, when neither is known (a match may be empty, start with any
  character, or the pattern ignores case).

Exact: a line the pattern matches holds the characters every match takes, so neither filing
skips a line a pattern matches; :meth:`PatternSet.search_any` is ``any(p.search(line) for p in
patterns)``.  The analysis only takes literals, classes of literals, ranges and the ``\\d``,
``\\s``, ``\\w`` categories (the same class in the gate); anything else (negated classes, ``.``,
group references, case-insensitive parts) leaves the pattern plain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"}
_REPEATS = tuple(
    op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op
)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
# zero-width items: they take no character, and only narrow what matches
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_NOT_PLAIN_FLAGS = re.IGNORECASE | re.MULTILINE | re.VERBOSE
#: First characters are listed one by one (to file an anchored pattern by them) up to this many.
LISTED = 256

#: A set of characters: ("c", one character), ("r", (lowest, highest) code point), ("k", a
#: category's class escape); a match's character is one of its members.
Chars = list[tuple[str, Any]]


class _Unknown(Exception):
    """What the item may start with is not known."""


def _class(items: Any, categories: bool) -> Chars:
    """The members of an IN item; raises _Unknown for a negated class or an unknown member."""
    out: Chars = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(("c", chr(av)))
        elif op is _C.RANGE:
            out.append(("r", av))
        elif categories and op is _C.CATEGORY and av in _CATEGORIES:
            out.append(("k", _CATEGORIES[av]))
        else:  # NEGATE, a negated category, anything else
            raise _Unknown
    return out


def _first_of_seq(items: Any, out: Chars) -> bool:
    """Add to ``out`` what a match of the sequence may start with; True when it may be empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if not _first_of_item(op, av, out):
            return False
    return True


def _first(items: Any) -> Chars | None:
    """What a match of the sequence may start with; None when not known or a match may be
    empty."""
    out: Chars = []
    try:
        if _first_of_seq(items, out):
            return None
    except _Unknown:
        return None
    return out


def _first_of_item(op: Any, av: Any, out: Chars) -> bool:
    if op is _C.LITERAL:
        out.append(("c", chr(av)))
        return False
    if op is _C.IN:
        out += _class(av, categories=True)
        return False
    if op is _C.BRANCH:
        empty = False
        for alt in av[1]:
            empty = _first_of_seq(alt.data, out) or empty
        return empty
    if op is _C.SUBPATTERN:
        if av[1] & _NOT_PLAIN_FLAGS:
            raise _Unknown
        return _first_of_seq(av[3].data, out)
    if _ATOMIC is not None and op is _ATOMIC:
        return _first_of_seq(av.data, out)
    if op in _REPEATS:
        return _first_of_seq(av[2].data, out) or av[0] == 0
    raise _Unknown  # ANY, NOT_LITERAL, group references, conditionals, …


def _mandatory(items: Any, out: list[Chars]) -> None:
    """Add to ``out`` the character set of each single-character item that every match of the
    sequence takes: literals and classes of literals and ranges, alone, repeated at least once
    or in a group (itself such an item) of the sequence."""
    for op, av in items:
        if op is _C.LITERAL:
            out.append([("c", chr(av))])
        elif op is _C.IN:
            try:
                out.append(_class(av, categories=False))
            except _Unknown:
                pass
        elif op is _C.SUBPATTERN:
            if not av[1] & _NOT_PLAIN_FLAGS:
                _mandatory(av[3].data, out)
        elif _ATOMIC is not None and op is _ATOMIC:
            _mandatory(av.data, out)
        elif op in _REPEATS and av[0] >= 1:
            _mandatory(av[2].data, out)


def _size(chars: Chars) -> int:
    """How many characters ``chars`` holds (a category counts as unlisted: LISTED)."""
    return sum(1 if k == "c" else LISTED if k == "k" else v[1] - v[0] + 1 for k, v in chars)


def _listed(chars: Chars) -> set[str] | None:
    if _size(chars) >= LISTED:
        return None
    out: set[str] = set()
    for k, v in chars:
        if k == "c":
            out.add(v)
        else:
            out.update(chr(i) for i in range(v[0], v[1] + 1))
    return out


def _gate_source(chars: Chars) -> str:
    parts = set()
    for k, v in chars:
        if k == "c":
            parts.add(re.escape(v))
        elif k == "r":
            parts.add(f"{re.escape(chr(v[0]))}-{re.escape(chr(v[1]))}")
        else:
            parts.add(v)
    return "[" + "".join(sorted(parts)) + "]"


def filing(pattern: re.Pattern[str]) -> tuple[str, Any]:
    """How :class:`PatternSet` files ``pattern``: ``("first", characters)`` (anchored, first
    characters listed), ``("gate", (anchored, class source))`` or ``("plain", None)``."""
    if pattern.flags & _NOT_PLAIN_FLAGS or not isinstance(pattern.pattern, str):
        return "plain", None
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except (re.error, RecursionError, TypeError):  # pragma: no cover - it compiled already
        return "plain", None
    anchored = bool(items) and (items[0][0], items[0][1]) in (
        (_C.AT, _C.AT_BEGINNING),
        (_C.AT, _C.AT_BEGINNING_STRING),
    )
    first = _first(items[1:] if anchored else items)
    if anchored and first is not None:
        listed = _listed(first)
        if listed is not None:
            return "first", listed
    needs: list[Chars] = []
    _mandatory(items, needs)
    need = min(needs, key=_size) if needs else None
    if need is not None and (first is None or _size(need) <= _size(first)):
        return "gate", (False, _gate_source(need))
    if first is not None:
        return "gate", (anchored, _gate_source(first))
    return "plain", None


class PatternSet:
    """Patterns asked together whether any of them is found in a line (see the module's doc)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        plain: list[re.Pattern[str]] = []
        by_first: dict[str, list[re.Pattern[str]]] = {}
        gated: dict[tuple[bool, str], list[re.Pattern[str]]] = {}
        for p in self.patterns:
            how, what = filing(p)
            if how == "first":
                for c in what:
                    by_first.setdefault(c, []).append(p)
            elif how == "gate":
                gated.setdefault(what, []).append(p)
            else:
                plain.append(p)
        self._plain = tuple(plain)
        self._by_first = {c: (*plain, *ps) for c, ps in by_first.items()}
        self._gated = tuple(
            ((re.compile(src).match if anchored else re.compile(src).search), tuple(ps))
            for (anchored, src), ps in gated.items()
        )

    def search_any(self, line: str) -> bool:
        """``any(p.search(line) for p in self.patterns)``."""
        for p in self._by_first.get(line[:1], self._plain):
            if p.search(line):
                return True
        for gate, patterns in self._gated:
            if gate(line):
                for p in patterns:
                    if p.search(line):
                        return True
        return False

    def __len__(self) -> int:
        return len(self.patterns)
