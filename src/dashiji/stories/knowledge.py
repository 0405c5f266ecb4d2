"""The knowledge of :mod:`dashiji.stories`, from ``data/stories.json`` (checked on load)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..datafiles import DataFileError


@dataclass(frozen=True, slots=True)
class StoriesKnowledge:
    announce_verbs: tuple[str, ...]
    announce_gap: int
    local_time_cues: tuple[str, ...]
    local_time_gap: int


@cache
def knowledge() -> StoriesKnowledge:
    path = "data/stories.json"
    try:
        data = json.loads((resources.files("dashiji") / path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    verbs = data.get("announce_verbs")
    gap = data.get("announce_gap")
    if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v for v in verbs):
        raise DataFileError(f"{path}: announce_verbs must be a non-empty list of words")
    if not isinstance(gap, int) or not 0 <= gap <= 20:
        raise DataFileError(f"{path}: announce_gap must be an integer from 0 to 20")
    cues = data.get("local_time_cues")
    cue_gap = data.get("local_time_gap")
    if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c for c in cues):
        raise DataFileError(f"{path}: local_time_cues must be a non-empty list of words")
    if not isinstance(cue_gap, int) or not 0 <= cue_gap <= 20:
        raise DataFileError(f"{path}: local_time_gap must be an integer from 0 to 20")
    return StoriesKnowledge(
        tuple(sorted(set(verbs), key=len, reverse=True)),
        gap,
        tuple(sorted(set(cues), key=len, reverse=True)),
        cue_gap,
    )
