"""The word knowledge the entity layer needs beyond the KB: ``data/entity_rules.json`` and a
dictionary of ordinary words.

The dictionary tells an ordinary word from a country's one-character form (美元, 集中印发)
and ends an unknown name before the word that follows it (贝森特达成 → 贝森特).  It is jieba's
word list, shipped inside ``jieba_fast_dat`` (a dashiji dependency) or ``jieba``: words of two
to four characters at or above ``dictionary.min_freq``, loaded once per process (about half a
second).  Without either package the set is empty and only the explicit stop-lists apply.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

__all__ = ["rules", "dictionary", "parts_of_speech", "crosses_word"]

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


@cache
def dictionary() -> frozenset[str]:
    """Ordinary words of 2-4 characters (simplified and traditional forms)."""
    return _jieba_words()[1]


def parts_of_speech() -> dict[str, str]:
    """Word → part of speech from the same dictionary (jieba's ``dict.txt``), words of at most
    four characters; empty when no dictionary is installed."""
    return _jieba_words()[0]


@cache
def _jieba_words() -> tuple[dict[str, str], frozenset[str]]:
    """:func:`parts_of_speech` and :func:`dictionary`, from one reading of the file.  The
    dictionary's words are the very string objects of the part-of-speech table's keys and the
    tags are interned (56 distinct tags over 570,000 words): about 30 MB less resident than two
    tables of their own."""
    with _lock:
        path = _dict_path()
        if path is None:
            return {}, frozenset()
        min_freq = int(rules()["dictionary"]["min_freq"])
        tags: dict[str, str] = {}
        pos: dict[str, str] = {}
        words: set[str] = set()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                word = parts[0] if parts else ""
                if len(parts) == 3 and len(word) <= 4:
                    tag = parts[2]
                    pos[word] = tags.setdefault(tag, tag)
                # the ordinary words as split at the first two spaces (a line's own format)
                cut = line.split(" ", 2)
                if len(cut) < 2:
                    continue
                if cut[0] != word:
                    word = cut[0]
                if 2 <= len(word) <= 4 and not word.isascii() and int(cut[1]) >= min_freq:
                    words.add(word)
        return pos, frozenset(words)


def crosses_word(text: str, start: int, end: int, words: frozenset[str] | None = None) -> bool:
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
