"""Many words found at once in a text: an Aho-Corasick automaton with the interface the
recognisers read it through.

:class:`WordScanner` is built from a mapping of words to values; :meth:`WordScanner.iter` returns
every occurrence of every word, overlapping ones included, as ``(index of its last character,
value)``, ordered by end and, at one end, longest first — what ``pyahocorasick``'s
``Automaton.iter`` yields.  The automaton is ``ahocorasick-rs`` (Rust): pyahocorasick walks a
node's children one by one, so a table with a thousand first characters spent about 200 µs on a
1,000-character article, six times what this takes (``tests/test_wordscan.py`` checks both give
the same list).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from .errors import MissingDependency

__all__ = ["WordScanner"]

V = TypeVar("V")


class WordScanner(Generic[V]):
    """Every occurrence of a fixed set of words, with each word's value."""

    __slots__ = ("_ac", "_values")

    def __init__(self, words: Mapping[str, V]) -> None:
        try:
            import ahocorasick_rs
        except ImportError as exc:
            raise MissingDependency("ahocorasick-rs") from exc
        keys = [w for w in words if w]
        self._values = [words[w] for w in keys]
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
        values = self._values
        if start or end is not None:
            found = self._ac.find_matches_as_indexes(text[start:end], overlapping=True)
            return [(start + e - 1, values[i]) for i, _, e in found]
        found = self._ac.find_matches_as_indexes(text, overlapping=True)
        return [(e - 1, values[i]) for i, _, e in found]
