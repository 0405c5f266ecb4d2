"""A small tense guess for the sentence around a time expression.

Chinese marks tense with words, not inflection: 已经/曾/了/此前 point to the past,
将/将于/要/计划 to the future.  The guess decides how a date written without its year or
month is resolved ("已经在20日通话" on 5 October means 20 September).  The cue lists live in
``data/time_rules.json`` (``tense``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .entity_lexicon import parts_of_speech as _parts_of_speech  # events.news* import it here
from .time_rules import rules

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")  # one character each
# Words that contain a cue character without carrying its tense.
_NOT_CUES = (
    "了解",
    "为了",
    "除了",
    "不了",
    "过去",
    "过程",
    "通过",
    "超过",
    "经过",
    "不过",
    "要求",
    "重要",
    "主要",
    "需要",
    "要素",
    "将军",
    "将领",
    "刚果",
    "会议",  # (论坛或会议, 可能会议: no 或会, 可能会 - future cues)
)


_FUTURE_REACH = 4  # characters between a future cue and the expression
_AFTER_REACH = 2  # characters between the expression and a future cue after it (2月14日起将)
_CLAUSE_MARK = re.compile(r"[，,、：:]")


def sentence_ends(text: str) -> list[int]:
    """The offsets of the characters that end a sentence of ``text``, ascending; pass them to
    :func:`sentence_bounds` / :func:`tense` when asking about many offsets of one text."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def sentence_bounds(text: str, pos: int, ends: list[int] | None = None) -> tuple[int, int]:
    """The sentence of ``text`` containing offset ``pos`` (split at 。！？；, newlines)."""
    if ends is None:
        ends = sentence_ends(text)
    k = bisect_left(ends, pos)  # ends[:k] lie before pos
    start = ends[k - 1] + 1 if k else 0
    end = ends[k] if k < len(ends) else len(text)
    return start, end


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = rules()["tense"]

    def alt(words: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))

    return alt(t["past"]), alt(t["future"]), alt(list(_NOT_CUES))


def tense(
    text: str, start: int, end: int | None = None, *, ends: list[int] | None = None
) -> bool | None:
    """True (past), False (future) or None (no cue) for the sentence around ``text[start:end]``.

    The expression itself is blanked out first, so "两周后" does not read as a past cue.  A
    future cue right before the expression (at most 4 characters) or right after it (at most 2,
    in the same clause: 2月14日将访问; a 将 before a noun or pronoun marks an object, 将其抓获)
    wins; otherwise any past cue in the sentence makes it past.  ``ends``: :func:`sentence_ends`
    of ``text``, when known.
    """
    end = start if end is None else end
    s0, s1 = sentence_bounds(text, start, ends)
    sent = text[s0:start] + " " * (end - start) + text[end:s1]
    past, future, not_cues = _cue_patterns()
    sent = not_cues.sub(lambda m: " " * len(m.group()), sent)
    here = start - s0
    # A future cue counts only just before the expression (将于8月15日, 计划在20日): in news, a
    # 将 further away is usually reported speech about something else.
    for m in future.finditer(sent, max(0, here - _FUTURE_REACH), here):
        if here - m.end() <= _FUTURE_REACH:
            return False
    # … or right after it (普京2月14日将访问, 双方星期二将举行会谈): the plan the date is for,
    # whatever the rest of the sentence reports in the past tense
    after = end - s0
    cue = future.search(sent, after, after + _AFTER_REACH + 4)
    if (
        cue is not None
        and cue.start() - after <= _AFTER_REACH
        and not _CLAUSE_MARK.search(sent, after, cue.start())
        and not (cue.group() == "将" and _object_after(sent, cue.end()))
    ):
        return False
    if past.search(sent):
        return True
    return None


def _object_after(sent: str, pos: int) -> bool:
    """The word at ``pos`` is a noun, a pronoun or a count (the longest dictionary word there):
    将 marks an object (将其抓获, 将嫌疑人送往, 将两名男子…), not the future (将访问, 将正式)."""
    pos_of = _parts_of_speech()
    if not pos_of:
        return False
    for n in range(min(4, len(sent) - pos), 0, -1):
        word = sent[pos : pos + n]
        tag = pos_of.get(word)
        if tag is None or tag in ("i", "l"):  # not a word, or a set phrase (举行会谈)
            continue
        if tag.startswith(("n", "r")):  # 嫌疑人, 该, 其
            return True
        return tag.startswith("m") and word[0] in _COUNT_START  # 两名…, not 首次
    return False


_COUNT_START = frozenset("一二两三四五六七八九十几数0123456789")
