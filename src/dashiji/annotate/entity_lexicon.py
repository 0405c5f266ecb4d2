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

__all__ = ["rules", "dictionary", "crosses_word"]

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
    with _lock:
        path = _dict_path()
        if path is None:
            return frozenset()
        min_freq = int(rules()["dictionary"]["min_freq"])
        words: set[str] = set()
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split(" ", 2)
                if len(parts) < 2:
                    continue
                word = parts[0]
                if 2 <= len(word) <= 4 and not word.isascii() and int(parts[1]) >= min_freq:
                    words.add(word)
        return frozenset(words)


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
