"""Names the KB lacks, read right after a role word: 俄副外长X, 美财长X, 外交部发言人X.

Two shapes (``names`` in ``entity_rules.json``):

* a transliterated foreign name: a run of the characters news uses to spell foreign names
  (里亚布科夫, 阿巴斯·阿拉格齐), parts joined by a middle dot;
* a Chinese name: a surname (single or double) and one or two given characters.

A name ends before a stop character (的, 是, 在, 表示…) and before a dictionary word that runs
past it: in 贝森特达成协议 the word 达成 starts inside the run, so the name is 贝森特.
"""

from __future__ import annotations

from functools import cache

from .entity_lexicon import dictionary, rules

__all__ = ["name_after"]


@cache
def _sets() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]
]:
    r = rules()["names"]
    return (
        frozenset(r["translit"]),
        frozenset(r["joiners"]),
        frozenset(r["surnames"]),
        tuple(r["double_surnames"]),
        frozenset(r["stop_chars"]),
    )


def _cut_before_word(view: str, start: int, end: int, words: frozenset[str]) -> int:
    """The run ``view[start:end]`` shortened so that no dictionary word starts inside it and ends
    after it (贝森特达成 → 贝森特).  Keeps at least two characters."""
    for i in range(start + 2, end):
        for j in range(end + 1, min(len(view), i + 4) + 1):
            if view[i:j] in words:
                return i
    return end


def name_after(view: str, pos: int) -> tuple[int, int] | None:
    """The span of an unknown person name starting at ``pos``, or None."""
    translit, joiners, surnames, doubles, stops = _sets()
    r = rules()["names"]
    n = len(view)
    if pos >= n or view[pos] in stops:
        return None
    words = dictionary()
    # a transliterated name: translit characters, parts joined by a middle dot
    end = pos
    while end < n and (
        view[end] in translit
        or (view[end] in joiners and end > pos and end + 1 < n and view[end + 1] in translit)
    ):
        end += 1
    if end - pos >= 3:
        end = min(_cut_before_word(view, pos, end, words), pos + int(r["max_translit"]))
        if end - pos >= int(r["min_translit"]):
            return pos, end
    # a Chinese name: surname + one or two given characters
    if view.startswith(doubles, pos):
        given = pos + 2
    elif view[pos] in surnames:
        given = pos + 1
    else:
        return None
    length = 0
    for k in range(given, min(n, given + 2)):
        ch = view[k]
        if not ("\u4e00" <= ch <= "\u9fff") or ch in stops:
            break
        # the next character starts a word that runs on (王毅表示: 表示)
        if any(view[k : k + m] in words for m in (2, 3)) and length >= 1:
            break
        length += 1
    if length == 0:
        return None
    return pos, given + length
