"""Many words found at once in a text: an Aho-Corasick automaton with the interface the
recognisers read it through.

:class:`WordScanner` is built from a mapping of words to values; :meth:`WordScanner.iter` returns
every occurrence of every word, overlapping ones included, as ``(index of its last character,
value)``, ordered by end and, at one end, longest first — what ``pyahocorasick``'s
``Automaton.iter`` yields.  The automaton is ``ahocorasick-rs`` (Rust): pyahocorasick walks a
node's children one by one, so a table with a thousand first characters spent about 200 µs on a
1,000-character article, six times what this takes (``tests/test_wordscan.py`` checks both give
the same list).

Each pass over a text costs about the same whatever the table (reading the text, not the table,
is most of it), and the packaged tables each scan every article whole (the KB's forms, the news
triggers — twice: once to choose what LAC tags, once to code —, the codebook, the generic
actors).  A :class:`ScanGroup` scans a text once for all its members, with one automaton of all
their words, and keeps what each member found for the last texts it saw: a member's whole-text
:meth:`WordScanner.iter` then returns the same list its own automaton would, from that one pass.
:data:`SHARED` is the group the packaged tables join (:meth:`ScanGroup.add`).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from .errors import MissingDependency

__all__ = ["SHARED", "ScanGroup", "WordScanner"]

V = TypeVar("V")


class WordScanner(Generic[V]):
    """Every occurrence of a fixed set of words, with each word's value."""

    __slots__ = ("__weakref__", "_ac", "_group", "_keys", "_values")

    def __init__(self, words: Mapping[str, V]) -> None:
        try:
            import ahocorasick_rs
        except ImportError as exc:
            raise MissingDependency("ahocorasick-rs") from exc
        keys = [w for w in words if w]
        self._keys = keys
        self._values = [words[w] for w in keys]
        self._group: ScanGroup | None = None
        self._ac = (
            ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
            if keys
            else None
        )

    def __len__(self) -> int:
        return len(self._values)

    def iter(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, V]]:
        """``(last index, value)`` of each occurrence in ``text[start:end]``, indices into
        ``text``, by end and at one end longest first."""
        if self._ac is None:
            return []
        if self._group is not None and not start and (end is None or end == len(text)):
            found_here = self._group.scan(self, text)
            if found_here is not None:
                return found_here
        values = self._values
        if start or end is not None:
            found = self._ac.find_matches_as_indexes(text[start:end], overlapping=True)
            return [(start + e - 1, values[i]) for i, _, e in found]
        found = self._ac.find_matches_as_indexes(text, overlapping=True)
        return [(e - 1, values[i]) for i, _, e in found]


class ScanGroup:
    """Several scanners' whole-text scans made in one pass (see the module's docstring).

    A text is scanned once with one automaton of every member's words; each occurrence goes to
    the members whose table holds the word, with that member's value, in the order the
    automaton gives (by end, at one end longest first: the order of the member's own automaton,
    of which these are exactly the occurrences).  What each member found is kept for the last
    ``keep`` texts holding at most ``held`` characters in all (a text and the same text read
    again later: a chunk of articles annotated, then coded); a text longer than ``longest``
    characters is left to each member's own automaton, and so is one shorter than ``shortest``
    (a name looked up: a pass of every table would cost more than the one asked for, and
    keeping it would push an article out).  Members are held weakly: one dropped (a table built
    in a test) leaves the group at the next scan."""

    def __init__(
        self, keep: int = 256, held: int = 1_000_000, shortest: int = 64, longest: int = 50_000
    ) -> None:
        self.keep = keep
        self.held = held
        self.shortest = shortest
        self.longest = longest
        self._lock = threading.Lock()
        self._members: list[weakref.ref[WordScanner[Any]]] = []
        self._slots: dict[int, int] = {}  # id(member) -> its place in a kept scan
        self._ac: Any = None
        self._owners: list[tuple[tuple[int, Any], ...]] = []  # per word: (slot, value), ...
        self._scans: OrderedDict[str, list[list[tuple[int, Any]]]] = OrderedDict()
        self._chars = 0  # the characters of the texts kept

    def add(self, scanner: WordScanner[Any]) -> None:
        """``scanner``'s whole-text scans are made by the group from now on."""
        with self._lock:
            if scanner._group is self or scanner._ac is None:
                return
            scanner._group = self
            self._members.append(weakref.ref(scanner))
            self._reset()

    def _reset(self) -> None:
        self._ac = None
        self._slots = {}
        self._owners = []
        self._scans.clear()
        self._chars = 0

    def _build(self) -> None:
        import ahocorasick_rs

        self._members = [m for m in self._members if m() is not None]
        owners: dict[str, list[tuple[int, Any]]] = {}
        for slot, ref in enumerate(self._members):
            member = ref()
            assert member is not None
            self._slots[id(member)] = slot
            for word, value in zip(member._keys, member._values, strict=True):
                owners.setdefault(word, []).append((slot, value))
        words = list(owners)
        self._owners = [tuple(owners[w]) for w in words]
        self._ac = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)

    def scan(self, scanner: WordScanner[Any], text: str) -> list[tuple[int, Any]] | None:
        """What ``scanner``'s own automaton finds in the whole ``text`` (a new list), or None
        when the group leaves ``text`` to it."""
        if not self.shortest <= len(text) <= self.longest:
            return None
        with self._lock:
            if any(m() is None for m in self._members):
                self._reset()  # a member gone: its words leave the automaton
            if self._ac is None:
                self._build()
            slot = self._slots.get(id(scanner))
            if slot is None:
                return None
            kept = self._scans.get(text)
            if kept is None:
                kept = [[] for _ in self._members]
                owners = self._owners
                for i, _, e in self._ac.find_matches_as_indexes(text, overlapping=True):
                    for s, value in owners[i]:
                        kept[s].append((e - 1, value))
                self._scans[text] = kept
                self._chars += len(text)
                while len(self._scans) > self.keep or self._chars > self.held:
                    self._chars -= len(self._scans.popitem(last=False)[0])
            return list(kept[slot])


#: The group the packaged tables (the KB's forms, the news triggers, the codebook's words, the
#: generic actors) join.
SHARED = ScanGroup()
