"""Load the time knowledge (``data/time_rules.json``) and parse Chinese numerals."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..datafiles import DataFileError

# Characters that can make up a Chinese numeral (see ``numerals`` in the rules file).
NUM_CHARS = "零〇○一二两三四五六七八九十百千万廿卅"


@cache
def rules() -> dict[str, Any]:
    text = resources.files("dashiji.data").joinpath("time_rules.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=4096)  # pure, and the same few numerals recur (called ~20 times an article)
def cn_to_int(s: str) -> int | None:
    """``"2014"`` → 2014, ``"二零零四"`` → 2004, ``"二十三"`` → 23, ``"两"`` → 2, ``"十"`` → 10.

    Returns None when ``s`` is not a numeral.
    """
    s = s.strip()
    if not s:
        return None
    if s.isascii():
        return int(s) if s.isdigit() else None
    num = rules()["numerals"]
    digits: dict[str, int] = num["digits"]
    units: dict[str, int] = num["units"]
    tens: dict[str, int] = num["tens_shorthand"]
    if all(c in digits for c in s):  # read digit by digit: 二零零四, 零八
        if len(s) == 1:
            return digits[s]
        return int("".join(str(digits[c]) for c in s))
    total = section = cur = 0
    for c in s:
        if c in digits:
            cur = digits[c]
        elif c in tens:
            section += tens[c]
            cur = 0
        elif c == "万":
            total += (section + cur) * 10000
            section = cur = 0
        elif c in units:
            section += (cur or 1) * units[c]
            cur = 0
        elif c.isdigit():
            cur = cur * 10 + int(c)
        else:
            return None
    return total + section + cur


@cache
def _anaphor_offsets() -> dict[str, int]:
    """Each day anaphor (``day_anaphors.words`` of the rules file), in both scripts, with its
    offset in days from the day told before (its ``relative_days`` or ``relative_day_parts``
    offset)."""
    from ..normalize.script import to_traditional

    r = rules()
    words = r.get("day_anaphors", {}).get("words")
    if not isinstance(words, list) or not words:
        raise DataFileError("time_rules.json: day_anaphors.words must be a non-empty list")
    out: dict[str, int] = {}
    for w in words:
        offset = r["relative_days"].get(w)
        if offset is None and w in r["relative_day_parts"]:
            offset = r["relative_day_parts"][w][0]  # 当晚: that same day's evening
        if not isinstance(offset, int):
            raise DataFileError(f"time_rules.json: day anaphor {w!r} is no relative day")
        out[w] = out[to_traditional(w)] = offset
    return out


@cache
def day_anaphors() -> tuple[str, ...]:
    """The words that count from a day the text told before (``day_anaphors`` of the rules
    file: 当天, 当日 that same day; 次日, 翌日 the day after), in both scripts (當天), longest
    first.  Each is a ``relative_days`` word: the time layer reads it from the reference day."""
    return tuple(sorted(_anaphor_offsets(), key=lambda w: (-len(w), w)))


def day_anaphor(expression: str) -> bool:
    """Whether a time expression takes its day from a day anaphor — 当天, 当日下午, 當天, 次日
    (:func:`day_anaphors`).  The time layer reads such a word from the reference day (the
    article's); it counts from the day the text told before it."""
    return expression.startswith(day_anaphors())


def day_anaphor_offset(expression: str) -> int | None:
    """The days from the day told before that a time expression opening with a day anaphor
    means (当天下午 0, 次日凌晨 1); None for any other expression."""
    words = day_anaphors()
    if not expression.startswith(words):  # (most expressions: one test, not one a word)
        return None
    for w in words:
        if expression.startswith(w):
            return _anaphor_offsets()[w]
    return None


@cache
def day_of_incident() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(nouns, kinds) of ``day_anaphors.day_of``: an incident noun right before a day anaphor
    (事发当天) makes it the day of the incident; ``kinds`` (DuEE classes or types, PLOVER types)
    are the events that are such incidents.  Nouns in both scripts, longest first."""
    from ..normalize.script import to_traditional

    spec = rules().get("day_anaphors", {}).get("day_of")
    if not isinstance(spec, dict):
        raise DataFileError("time_rules.json: day_anaphors.day_of must be an object")
    words, kinds = spec.get("words"), spec.get("kinds")
    for key, val in (("words", words), ("kinds", kinds)):
        if not isinstance(val, list) or not val or not all(isinstance(x, str) and x for x in val):
            raise DataFileError(
                f"time_rules.json: day_anaphors.day_of.{key} must be a non-empty list of strings"
            )
    assert isinstance(words, list) and isinstance(kinds, list)
    both = {form for w in words for form in (w, to_traditional(w))}
    return tuple(sorted(both, key=lambda w: (-len(w), w))), tuple(kinds)
