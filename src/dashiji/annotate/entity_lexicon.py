"""The word knowledge the entity layer needs beyond the KB: ``data/entity_rules.json`` and a
dictionary of ordinary words.

The dictionary tells an ordinary word from a country's one-character form (美元, 集中印发)
and ends an unknown name before the word that follows it (贝森特达成 → 贝森特).  It is jieba's
word list, shipped inside ``jieba_fast_dat`` (a dashiji dependency) or ``jieba``: words of two
to four characters at or above ``dictionary.min_freq``, with the part of speech of every word of at
most four characters, loaded once per process (about a second) into one double-array trie of
``jieba_fast_dat`` (about 20 MB resident where a dict and a frozenset took about 70).  Without
either package the tables are empty and only the explicit stop-lists apply.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Protocol

__all__ = ["rules", "dictionary", "parts_of_speech", "crosses_word", "TagTable", "WordSet"]

_lock = threading.Lock()


@cache
def rules() -> dict[str, Any]:
    text = resources.files("dashiji.data").joinpath("entity_rules.json").read_text("utf-8")
    return json.loads(text)


def _dict_path() -> Path | None:
    for module in ("jieba_fast_dat", "jieba"):
        spec = find_spec(module)
        if spec is not None and spec.origin:
            path = Path(spec.origin).parent / "dict.txt"
            if path.is_file():
                return path
    return None


def dictionary() -> WordSet:
    """Ordinary words of 2-4 characters (simplified and traditional forms)."""
    return _jieba_words()[1]


def parts_of_speech() -> TagTable:
    """Word → part of speech from the same dictionary (jieba's ``dict.txt``), words of at most
    four characters; empty when no dictionary is installed."""
    return _jieba_words()[0]


class TagTable(Protocol):
    """What the layers ask of the part-of-speech table: ``get``, ``[]``, ``in``, ``len``."""

    def get(self, word: str, /) -> str | None: ...

    def __getitem__(self, word: str, /) -> str: ...

    def __contains__(self, word: object, /) -> bool: ...

    def __len__(self) -> int: ...


class WordSet(Protocol):
    """What the layers ask of the ordinary words: ``in`` and ``len``."""

    def __contains__(self, word: object, /) -> bool: ...

    def __len__(self) -> int: ...


_ORDINARY = 128  # the code's bit for a word of :func:`dictionary`; below it, 1 + a tag's index
_SEEN = 1 << 15  # strings whose part of speech a table remembers (a few MB at most)


class _Answers(dict[str, "str | None"]):
    """The remembered answers of :class:`_TrieTags`: a string not seen yet is looked up in the
    trie (``__missing__``) and remembered, at most :data:`_SEEN` of them (then started again)."""

    __slots__ = ("_search", "_tags")

    def __init__(self, search: Callable[[str], int], tags: tuple[str | None, ...]) -> None:
        super().__init__()
        self._search = search
        self._tags = tags

    def __missing__(self, word: str) -> str | None:
        try:
            tag = self._tags[self._search(word) & (_ORDINARY - 1)]
        except (TypeError, UnicodeError):  # not a str, or a lone surrogate: no word
            return None
        if len(self) >= _SEEN:
            self.clear()
        self[word] = tag
        return tag


class _TrieTags:
    """Word → part of speech, from both tables' double-array trie of ``jieba_fast_dat`` (its C++
    ``DatTrie``, the structure its segmenter keeps its dictionary in).  Each word of either table
    has one small code there (1 + its tag's index, plus :data:`_ORDINARY` when it is an ordinary
    word), any other string 0.  About 11 MB where the Python dict and frozenset took about 70 MB
    (issue 12); a look-up costs about 0.3 µs (a dict's 0.03)."""

    __slots__ = ("_search", "_tags", "_size", "_seen", "get")

    def __init__(self, trie: Any, tags: tuple[str, ...], size: int) -> None:
        self._search = trie.search
        self._tags: tuple[str | None, ...] = (None, *tags)
        self._size = size
        # the answers of the last look-ups (at most _SEEN strings, then started again): the
        # coders ask about the same few thousand strings of two or three characters article
        # after article - ``get`` is the bound look-up of that dict itself (C, no Python frame),
        # which asks the trie only for a string it has not seen yet
        self._seen = _Answers(self._search, self._tags)
        self.get: Callable[[str], str | None] = self._seen.__getitem__

    def __getitem__(self, word: str, /) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word: object, /) -> bool:
        try:
            return self.get(word) is not None  # type: ignore[arg-type]
        except TypeError:  # (unhashable: no word)
            return False

    def __len__(self) -> int:
        return self._size


class _TrieWords:
    """The ordinary words, from the same trie (:class:`_TrieTags`)."""

    __slots__ = ("_search", "_size")

    def __init__(self, trie: Any, size: int) -> None:
        self._search = trie.search
        self._size = size

    def __contains__(self, word: object, /) -> bool:
        try:
            return bool(self._search(word) & _ORDINARY)
        except (TypeError, UnicodeError):  # not a str, or a lone surrogate: no word
            return False

    def __len__(self) -> int:
        return self._size


@cache
def _jieba_words() -> tuple[TagTable, WordSet]:
    """:func:`parts_of_speech` and :func:`dictionary`, from one reading of the file, kept in one
    double-array trie when ``jieba_fast_dat`` is installed (else a dict and a frozenset)."""
    with _lock:
        try:
            from jieba_fast_dat._jieba_fast_dat_functions_py3 import DatTrie
        except ImportError:  # pragma: no cover - depends on the environment
            return _read_tables()
        path = _dict_path()
        if path is None:  # pragma: no cover - depends on the environment
            return {}, frozenset()
        # straight into codes (no tables of strings kept)
        index: dict[str, int] = {}
        codes: dict[str, int] = {}
        tagged = ordinary = 0
        for word, tag in _entries(path):
            code = codes.get(word, 0)
            if tag is not None:
                i = index.setdefault(tag, len(index) + 1)
                tagged += not code & (_ORDINARY - 1)
                codes[word] = (code & _ORDINARY) | i
            else:
                ordinary += not code & _ORDINARY
                codes[word] = code | _ORDINARY
        if len(index) >= _ORDINARY - 1:  # pragma: no cover - not jieba's dictionary
            return _read_tables()
        trie = DatTrie()
        trie.build(codes.items())
        del codes
        return _TrieTags(trie, tuple(index), tagged), _TrieWords(trie, ordinary)


def _entries(path: Path) -> Iterator[tuple[str, str | None]]:
    """jieba's dictionary file, line by line: ``(word, tag)`` for a word of at most four
    characters with its part of speech, then ``(word, None)`` for an ordinary word (two to four
    characters, not ASCII, at least the rules' ``min_freq``; split at the first two spaces, the
    line's own format)."""
    min_freq = int(rules()["dictionary"]["min_freq"])
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            word = parts[0] if parts else ""
            if len(parts) == 3 and len(word) <= 4:
                yield word, parts[2]
            cut = line.split(" ", 2)
            if len(cut) < 2:
                continue
            word = cut[0]
            if 2 <= len(word) <= 4 and not word.isascii() and int(cut[1]) >= min_freq:
                yield word, None


def _read_tables() -> tuple[dict[str, str], frozenset[str]]:
    """The two tables as Python objects (the dictionary's words are the part-of-speech table's
    key strings, the tags interned)."""
    path = _dict_path()
    if path is None:
        return {}, frozenset()
    tags: dict[str, str] = {}
    pos: dict[str, str] = {}
    words: set[str] = set()
    for word, tag in _entries(path):
        if tag is not None:
            pos[word] = tags.setdefault(tag, tag)
        else:
            words.add(word)
    return pos, frozenset(words)


def crosses_word(text: str, start: int, end: int, words: WordSet | None = None) -> bool:
    """True when a dictionary word crosses the left or right edge of ``text[start:end]``: it
    starts before ``start`` and ends inside, or starts inside and ends after ``end`` (集中印发:
    集中 crosses the left edge of 中印)."""
    words = dictionary() if words is None else words
    if not words:
        return False
    n = len(text)
    for edge in (start, end):
        if edge <= 0 or edge >= n:
            continue
        # a word text[a:b] with a < edge < b, 2 <= b - a <= 4, overlapping [start, end)
        for a in range(max(0, edge - 3), edge):
            for b in range(edge + 1, min(n, a + 4) + 1):
                if b - a >= 2 and text[a:b] in words:
                    return True
    return False
