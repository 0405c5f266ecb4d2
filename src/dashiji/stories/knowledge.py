"""The knowledge of :mod:`dashiji.stories`, from ``data/stories.json`` (checked on load)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..datafiles import DataFileError


@dataclass(frozen=True, slots=True)
class StoriesKnowledge:
    announce_verbs: tuple[str, ...]
    announce_gap: int
    local_time_cues: tuple[str, ...]
    local_time_gap: int
    commentary_cues: tuple[str, ...]
    report_cues: tuple[str, ...]
    night_cues: tuple[str, ...]
    label_words: tuple[str, ...]
    case_words: tuple[str, ...]
    cry_words: tuple[str, ...]
    today_words: tuple[str, ...]


@cache
def knowledge() -> StoriesKnowledge:
    path = "data/stories.json"
    try:
        data = json.loads((resources.files("dashiji") / path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    verbs = _words(data, "announce_verbs", path)
    gap = _gap(data, "announce_gap", path)
    cues = _words(data, "local_time_cues", path)
    cue_gap = _gap(data, "local_time_gap", path)
    comment = _words(data, "commentary_cues", path)
    report = _words(data, "report_cues", path)
    night = _words(data, "night_cues", path)
    labels = _words(data, "label_words", path)
    cases = _words(data, "case_words", path)
    cries = _words(data, "cry_words", path)
    today = _words(data, "today_words", path)
    return StoriesKnowledge(
        tuple(sorted(set(verbs), key=len, reverse=True)),
        gap,
        tuple(sorted(set(cues), key=len, reverse=True)),
        cue_gap,
        tuple(sorted(set(comment), key=len, reverse=True)),
        tuple(sorted(set(report), key=len, reverse=True)),
        tuple(sorted(set(night), key=len, reverse=True)),
        tuple(sorted(set(labels), key=len, reverse=True)),
        tuple(sorted(set(cases), key=len, reverse=True)),
        tuple(sorted(set(cries), key=len, reverse=True)),
        tuple(sorted(set(today), key=len, reverse=True)),
    )


def _words(data: dict[str, Any], key: str, path: str) -> list[str]:
    words = data.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise DataFileError(f"{path}: {key} must be a non-empty list of words")
    return words


def _gap(data: dict[str, Any], key: str, path: str) -> int:
    gap = data.get(key)
    if not isinstance(gap, int) or not 0 <= gap <= 20:
        raise DataFileError(f"{path}: {key} must be an integer from 0 to 20")
    return gap
