"""Cheap pre-tests for families of regular expressions: the characters a match can open with.

A search for an alternation of many patterns tries each of them at every position of the text;
one character class is scanned in a tight loop.  A text (or a window of it) that holds none of
the characters a match of the patterns can open with holds no match of theirs, so a class of
those characters, tried first, settles most texts at a fraction of the cost - and passes every
text where one of the patterns may match (the answer is the same).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

# the parse tree the re module compiles from (its node kinds: LITERAL, IN, BRANCH…)
_parser: Any = importlib.import_module("re._parser")

# a character range wider than this is not spelled out (no first characters known)
_RANGE_MAX = 256

_Found = tuple[set[str], bool] | None  # (the first characters, may it consume none?)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can open with - the first one it consumes (a
    lookaround or an anchor before it consumes none) - or None when they are not known: a
    class of a category or negated, any character, a back reference, flags beyond UNICODE
    (a case-blind literal), or a pattern that may match the empty string (a match of no
    character opens with none)."""
    if pattern.flags & ~re.UNICODE:
        return None
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def char_gate(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One character class of every character a match of one of ``patterns`` can open with:
    a match opens with one of them where it starts, so a text or a window (searched with the
    same bounds) holding none of them holds no match of ``patterns``.  Each pattern's first
    characters must be known (:func:`first_chars`)."""
    sets = [first_chars(p) for p in patterns]
    missing = [p.pattern for p, s in zip(patterns, sets, strict=True) if s is None]
    assert not missing, f"no first characters known: {missing}"
    chars = sorted(set().union(*(s for s in sets if s is not None)))
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def opening_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters a match of ``pattern`` opens with, which must be known
    (:func:`first_chars`): ``pattern.match(text, i)`` finds nothing unless ``text[i]`` is one
    of them (``text[i : i + 1] in opening_chars(pattern)`` - an empty slice is none)."""
    chars = first_chars(pattern)
    assert chars is not None, f"no first characters known: {pattern.pattern}"
    return chars


def required_gate(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int | None]:
    """A class of characters one of which every match of ``pattern`` consumes (the ones of the
    part it cannot skip that has the fewest; of those, the last), and the most characters a
    match consumes (None: no bound - a repeat without one): a match of ``pattern`` from ``i``
    lies in ``text[i : i + width]`` and in the window a search or a match reads, so where the
    class finds nothing there, the pattern finds nothing either.  The characters must be
    known: no case-blind part, a part it cannot skip made of known characters."""
    assert not pattern.flags & ~re.UNICODE, pattern.pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    chars = _required(tree.data)
    assert chars is not None, f"no required characters known: {pattern.pattern}"
    width = tree.getwidth()[1]
    klass = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return klass, (width if width < _WIDTH_MAX else None)


_WIDTH_MAX = 10_000  # (a repeat with no bound: the parser's width is 2**64)


def _required(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Characters one of which a match of a run of nodes consumes: of each node it cannot skip
    whose characters are known, the fewest - the last of those (None: no such node)."""
    found = [r for op, av in items if (r := _required_of(op, av)) is not None]
    return min(reversed(found), key=len) if found else None  # (一事: 事, the head)


def _required_of(op: Any, av: Any) -> set[str] | None:
    """Characters one of which a match of one node consumes (None: not known, or it may
    consume none - a lookaround's characters are not consumed)."""
    p = _parser
    if op is p.LITERAL or op is p.IN:
        found = _node(op, av)
        return None if found is None else found[0]
    if op is p.BRANCH:
        chars: set[str] = set()
        for alternative in av[1]:
            one = _required(alternative.data)
            if one is None:
                return None
            chars |= one
        return chars
    if op is p.SUBPATTERN:
        return None if av[1] & ~re.UNICODE else _required(av[-1].data)
    if op is p.ATOMIC_GROUP:
        return _required(av.data)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2].data)
    return None


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Found:
    """The first characters of a run of nodes: the first node's, and the next one's while the
    ones before may consume nothing."""
    out: set[str] = set()
    for op, av in items:
        found = _node(op, av)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _node(op: Any, av: Any) -> _Found:
    """The first characters of one node of the parse tree (None: not known)."""
    p = _parser
    if op is p.LITERAL:
        return {chr(av)}, False
    if op is p.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is p.LITERAL:
                chars.add(chr(arg))
            elif kind is p.RANGE and arg[1] - arg[0] <= _RANGE_MAX:
                chars.update(chr(k) for k in range(arg[0], arg[1] + 1))
            else:
                return None  # (a negated class, a category: \d, \w)
        return chars, False
    if op in (p.ASSERT, p.ASSERT_NOT, p.AT):
        return set(), True  # (a lookaround or an anchor consumes nothing)
    if op is p.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            found = _sequence(alternative.data)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is p.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & ~re.UNICODE:
            return None  # (?i:…): a case-blind part
        return _sequence(sub.data)
    if op is p.ATOMIC_GROUP:
        return _sequence(av.data)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        least, _most, sub = av
        found = _sequence(sub.data)
        if found is None:
            return None
        return found[0], found[1] or least == 0
    return None  # any character, a back reference, a conditional group
