"""Names the KB lacks, read right after a role word: 俄副外长X, 美财长X, 外交部发言人X.

Two shapes (``names`` in ``entity_rules.json``):

* a transliterated foreign name: a run of the characters news uses to spell foreign names
  (里亚布科夫, 阿巴斯·阿拉格齐), parts joined by a middle dot;
* a Chinese name: a surname (single or double) and one or two given characters.

A name ends before a stop character (的, 是, 在, 表示…) and before a dictionary word that runs
past it: in 贝森特达成协议 the word 达成 starts inside the run, so the name is 贝森特.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from operator import gt

from .entity_lexicon import WordSet, dictionary, rules

__all__ = ["first_title", "name_after", "names_after_titles"]


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


def _cut_before_word(view: str, start: int, end: int, words: WordSet) -> int:
    """The run ``view[start:end]`` shortened so that no dictionary word starts inside it and ends
    after it (贝森特达成 → 贝森特).  Keeps at least two characters."""
    for i in range(start + 2, end):
        for j in range(end + 1, min(len(view), i + 4) + 1):
            if view[i:j] in words:
                return i
    return end


# a person's name in Latin letters: a given name and one to three more capitalised words (an
# initial, McMorris, O'Brien, Smith-Jones), parted by a space or a middle dot
_LATIN_PERSON = re.compile(
    r"[A-Z][a-z]+(?:[ ·](?:[A-Z]\.|(?:Mc|Mac|O'|De|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,3}"
    r"(?![A-Za-z0-9])"
)


def name_after(view: str, pos: int) -> tuple[int, int] | None:
    """The span of an unknown person name starting at ``pos``, or None."""
    translit, joiners, surnames, doubles, stops = _sets()
    r = rules()["names"]
    n = len(view)
    if pos >= n or view[pos] in stops:
        return None
    if view[pos].isascii():
        latin = _LATIN_PERSON.match(view, pos)  # 主席Cathy McMorris Rodgers: the whole name
        return latin.span() if latin is not None else None
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
        while end > pos and view[end - 1] in joiners:
            end -= 1  # 赫德里克·史密斯: the part after the dot is not spelled like a name
        if end < n and view[end - 1] in r["cause_marks"] and "\u4e00" <= view[end] <= "\u9fff":
            end -= 1  # 奥康纳因病: 因 is "because of", not the name's last syllable
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
    if length == 0 or _time_word(view[pos : given + length]):
        return None
    return pos, given + length


@cache
def _time_sets() -> tuple[frozenset[str], frozenset[str]]:
    r = rules()["names"]
    return frozenset(r["time_words"]), frozenset(r["day_parts"])


def _time_word(cand: str) -> bool:
    """周四, 周四晚, 明天: a time word that opens with a surname (``time_words``), alone or with a
    part of the day or a verb of saying after it (``day_parts``: 警方周五指) - when, not who
    (总理周四表示); 周一围 is a name."""
    words, parts = _time_sets()
    return cand[:2] in words and all(c in parts for c in cand[2:])


@cache
def _titles() -> re.Pattern[str]:
    r = rules()["titles"]
    forms = sorted([*r["forms"], *r["participants"]], key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms))


@cache
def _participant_titles() -> frozenset[str]:
    return frozenset(rules()["titles"]["participants"])


def first_title(view: str) -> int | None:
    """Where the first job title of ``view`` starts (None: the text has none, and
    :func:`names_after_titles` finds nothing in it)."""
    m = _titles().search(view)
    return None if m is None else m.start()


def names_after_titles(
    view: str,
    taken: bytearray | Callable[[], bytearray],
    tokens: list[tuple[int, int, str]] | None = None,
    start: int = 0,
) -> list[tuple[int, int]]:
    """Names right after a job title (副总经理曾世民, 记者王姝): spans of ``view`` that touch no
    character ``taken`` (already an entity), read by :func:`name_after`.

    Where the statistical recogniser read the text (``tokens``: start, end, tag), a word must
    end where the title ends (not 赛区长沙: 区长 is no title there) and the name must not start a
    verb, adjective, function word or number (教授成立); without tokens, no dictionary word may
    run across the title's end, and the name must not be a dictionary word itself.  In the
    parts of an article LAC did not read (it tags windows around triggers only) the titles of
    the people who act in the events they are named in (大法官霍尔布鲁克, 裁判官顾立安:
    ``participants`` in the rules) are read so too; other titles there are left alone (the
    expert or guest a job title brings in is seldom a participant).  ``start``: no title starts
    before it (:func:`first_title`; the titles are then the same, found from there).
    ``taken`` may be a function making that mask: it is called at the first title the checks
    that do not read it let through (none: not called; the checks only skip titles, so their
    order changes nothing)."""
    words = dictionary()
    surnames = _sets()[2]
    ends: set[int] = set()
    tag_at: dict[int, tuple[int, str]] | None = None  # (with ``ends``) built at a title LAC read
    tagged = _tagged(tokens or [], len(view))  # (a character LAC tagged)
    mask = None if callable(taken) else taken
    out: list[tuple[int, int]] = []
    for m in _titles().finditer(view, start):
        pos = m.end()
        if pos >= len(view):
            continue
        lac_read = tagged(pos)
        if tokens is not None and not lac_read and m.group() not in _participant_titles():
            continue
        if mask is None:
            mask = taken() if callable(taken) else taken
        if mask[pos]:
            continue
        if lac_read:
            if tag_at is None:  # (a title LAC read: only with tokens)
                assert tokens is not None
                ends = {e for _, e, _ in tokens}
                tag_at = {s: (e, t) for s, e, t in tokens}
            if pos not in ends:
                continue
            end, tag = tag_at.get(pos, (pos, "n"))
            after = tag_at.get(end)
            if (
                end == pos + 1
                and view[pos] in surnames
                and after is not None
                and after[1] == "PER"
                and after[0] - pos <= 3
                and not any(mask[pos : after[0]])
            ):
                out.append((pos, after[0]))  # 导演许秦豪: the surname split off the name
                continue
            if tag not in _NAME_TAGS:
                continue
        elif any(view[pos - k : pos - k + w] in words for k in (1, 2) for w in (k + 1, k + 2)):
            continue
        span = name_after(view, pos)
        if span is None or any(mask[span[0] : span[1]]):
            continue
        if not lac_read and view[span[0] : span[1]] in words:
            continue
        if _titles().search(view, span[0] + 1, span[1]):
            continue  # 律师王律师: a surname and a title, not a name
        out.append(span)
    return out


def _tagged(tokens: list[tuple[int, int, str]], n: int) -> Callable[[int], bool]:
    """Whether a word of ``tokens`` (start, end, tag) holds the character at an offset of a
    text of ``n`` characters.  LAC's words come in text order, each ending by the next one's
    start (:meth:`.entity_lac.LacTagger.tag`): the first word ending after the offset, found
    by bisection over the ends, holds it or none does - no mask of the text built a word at
    a time for the few titles read.  Words in any other order get that mask (the same
    answers)."""
    starts = [a for a, _, _ in tokens]
    ends = [b for _, b, _ in tokens]
    if any(map(gt, starts, ends)) or any(map(gt, ends, starts[1:])):
        read = bytearray(n + 1)  # 1: a character a word holds
        for a, b in zip(starts, ends, strict=True):
            read[a:b] = b"\x01" * (b - a)
        return lambda pos: bool(read[pos])
    count = len(ends)

    def holds(pos: int) -> bool:
        k = bisect_right(ends, pos)  # the first word ending after ``pos``
        return k < count and starts[k] <= pos

    return holds


# LAC tags a name after a title may start with: nouns, and 曾 read as an adverb (曾世民)
_NAME_TAGS = frozenset({"n", "nz", "nw", "d", "s", "PER"})
