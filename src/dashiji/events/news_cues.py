"""The cue words of the news-event coder, from ``data/events/news_cues.json``.

Each named list is compiled once into an alternation of its words, in the order the file gives
them (the first that matches at a place wins; written as a trie where that is the same pattern:
:mod:`dashiji.wordtrie`); a list named in ``anchored`` matches only where the
searched text ends (a deontic 应 right before the trigger).  A missing name or a malformed file
is a :class:`NewsCuesError` naming the file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ..datafiles import DataFileError
from ..wordtrie import word_alternation

_FILE = "news_cues.json"


class NewsCuesError(DataFileError):
    """The news cue file is invalid."""

    label = "<news cues>"


@cache
def _data() -> dict[str, Any]:
    path = resources.files("dashiji") / "data" / "events" / _FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise NewsCuesError(f"cannot read: {exc}", _FILE) from None
    words = data.get("words")
    if not isinstance(words, dict) or not all(
        isinstance(v, list) and v and all(isinstance(w, str) and w for w in v)
        for v in words.values()
    ):
        raise NewsCuesError("'words' must map names to non-empty lists of words", _FILE)
    return data


def cue(name: str) -> re.Pattern[str]:
    """The alternation of the words of list ``name``."""
    data = _data()
    words = data["words"].get(name)
    if words is None:
        raise NewsCuesError(f"no cue list {name!r}", _FILE)
    tail = "$" if name in data.get("anchored", []) else ""
    return re.compile(word_alternation(words) + tail)  # (the same pattern, written as a trie)


def cue_words(name: str) -> list[str]:
    """The words of list ``name``, in the file's order."""
    words = _data()["words"].get(name)
    if words is None:
        raise NewsCuesError(f"no cue list {name!r}", _FILE)
    return list(words)
