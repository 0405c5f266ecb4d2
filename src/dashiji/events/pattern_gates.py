"""Cheap pre-tests for families of regular expressions: the characters a match can open with.

A search for an alternation of many patterns tries each of them at every position of the text;
one character class is scanned in a tight loop.  A text (or a window of it) that holds none of
the characters a match of the patterns can open with holds no match of theirs, so a class of
those characters, tried first, settles most texts at a fraction of the cost - and passes every
text where one of the patterns may match (the answer is the same).

The characters are read from the parse tree of the private ``re._parser``; where it is missing
or reads differently (another Python), or a pattern's characters are not known, a gate is
:data:`NO_GATE`, which matches at the start of any window: the pattern is read wherever it was.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from ..wordtrie import word_alternation

_R = TypeVar("_R")

# the parse tree the re module compiles from (its node kinds: LITERAL, IN, BRANCH…)
_parser: Any
try:
    _parser = importlib.import_module("re._parser")
except ImportError:  # (a private module: another Python may have none - no gates)
    _parser = None

#: The gate of patterns whose characters are not known: it matches (the empty string) at the
#: start of any window, so the pattern behind it is read wherever it would be with no gate.
NO_GATE = re.compile("")

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
    tree = _parse(pattern)
    found = None if tree is None else _try(_sequence, tree.data)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def char_gate(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One character class of every character a match of one of ``patterns`` can open with:
    a match opens with one of them where it starts, so a text or a window (searched with the
    same bounds) holding none of them holds no match of ``patterns``.  Each pattern's first
    characters known (:func:`first_chars`), else the gate is :data:`NO_GATE`.  Matched at a
    position (``gate.match(text, i)``), it tells whether a match of one of them can start there."""
    sets = [first_chars(p) for p in patterns]
    if not sets or any(s is None for s in sets):
        return NO_GATE
    chars = sorted(set().union(*(s for s in sets if s is not None)))
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def found_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern whose search finds a match wherever ``pattern``'s finds one, in any window -
    only whether there is one, not where: at each position it consumes one character a match
    of ``pattern`` can open with (:func:`first_chars`) and reads, looking back over it, a match
    of ``pattern`` opening there (a lookahead inside a lookbehind: the same text, bounds and
    position as a search of ``pattern`` tries).  Opening with a class, it is searched by its
    characters, skipping the rest; ``pattern``, opening with groups or lookarounds, is tried at
    every position.  Where the characters are not known: ``pattern`` itself."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    klass = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    return re.compile(klass + "(?<=(?=(?:" + pattern.pattern + "))(?s:.))", pattern.flags)


def required_gate(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int | None]:
    """A class of characters one of which every match of ``pattern`` consumes (the ones of the
    part it cannot skip that has the fewest; of those, the last), and the most characters a
    match consumes (None: no bound - a repeat without one): a match of ``pattern`` from ``i``
    lies in ``text[i : i + width]`` and in the window a search or a match reads, so where the
    class finds nothing there, the pattern finds nothing either.  Where the characters are not
    known (a case-blind part, no part it cannot skip made of known characters): :data:`NO_GATE`
    and no bound."""
    tree: Any = None if pattern.flags & ~re.UNICODE else _parse(pattern)
    chars = None if tree is None else _try(_required, tree.data)
    width = None if chars is None else _try(lambda: tree.getwidth()[1])
    if chars is None or not isinstance(width, int):
        return NO_GATE, None
    klass = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return klass, (width if width < _WIDTH_MAX else None)


_WIDTH_MAX = 10_000  # (a repeat with no bound: the parser's width is 2**64)


def flat_words(word_lists: Sequence[Sequence[str]], *more: str) -> str:
    """One alternation of the words of ``word_lists`` (in order) and then of the patterns
    ``more``, each an alternative of its own: the same matches as the lists' patterns
    (:func:`~dashiji.wordtrie.word_alternation`) and ``more`` joined by ``|``, which try each
    list's words (the one listed first preferred), then the next list's, then ``more`` - an
    alternation of alternations is the alternation of all their alternatives, in order.  Written
    flat, with each alternative opening with a character (none with a group or a lookaround:
    ``more`` should open with one too), ``re`` skips ahead by the characters a match can open
    with; a group of groups makes it try each alternative at every position."""
    joined = word_alternation([w for words in word_lists for w in words])
    assert joined.startswith("(?:") and joined.endswith(")")  # (one group round the words)
    return "(?:" + "|".join([joined[3:-1], *more]) + ")" if more else joined


def words_not_after(words: Sequence[str], chars: str) -> str:
    """The alternation of ``words`` (in order: the one listed first preferred, as
    :func:`~dashiji.wordtrie.word_alternation` prefers) where the character before a match is
    none of ``chars``: the same matches as ``(?<![chars])(?:words)``.  The lookbehind is read
    after each word's first character, over that character and the one before it - the same
    character before the match, tested the same way (none before the text: no such character) -,
    so that every alternative opens with a character and ``re`` skips ahead by them."""
    assert all(words) and chars
    before = "[" + "".join(re.escape(c) for c in chars) + "]"
    alternatives = [
        f"{re.escape(w[0])}(?<!{before}{re.escape(w[0])}){re.escape(w[1:])}" for w in words
    ]
    return "(?:" + "|".join(alternatives) + ")"


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parse tree of ``pattern`` (None: no parser, or it failed)."""
    if _parser is None:
        return None
    return _try(_parser.parse, pattern.pattern, pattern.flags)


def _try(read: Callable[..., _R], *args: Any) -> _R | None:
    """``read(*args)``, or None where it fails: a tree of another Python's parser may hold
    other node kinds or shapes (no characters known, no gate - never an error)."""
    try:
        return read(*args)
    except Exception:  # (any failure of a private module's reading: no gate)
        return None


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
