"""The analysis view of a text: simplified script, folded width, with an exact offset map back.

Later layers (entities, times, events) match their dictionaries and patterns against one form of
the text — simplified characters, half-width ASCII letters and digits, full-width Chinese
punctuation — and report offsets into the *original* text.  :class:`AnalysisView` holds the
converted text and maps every offset both ways.

OpenCC's t2s converts character for character almost always; when a phrase conversion changes the
length, the two texts are aligned with :mod:`difflib` and offsets inside a replaced stretch are
mapped proportionally, so every view offset still lands inside the original stretch it came from.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .script import to_simplified

# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset; the ideographic space too.
_FULLWIDTH_OFFSET = 0xFEE0
# Punctuation written half-width inside Chinese text is folded to the full-width form Chinese
# typesetting uses, so one pattern (，。？！；：) serves both.  Only when a CJK character stands on
# at least one side: "3.5", "U.S." and "a, b" stay as they are.
_TO_FULL = {",": "，", "?": "？", "!": "！", ";": "；", ":": "："}
_KEEP_FULL = set("，。？！；：“”‘’（）《》【】、")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F


_FOLDABLE = re.compile(
    "["
    + "".join(re.escape(chr(o)) for o in range(0xFF01, 0xFF5F) if chr(o) not in _KEEP_FULL)
    + "\u3000]"
)


def _fold_one(m: re.Match[str]) -> str:
    ch = m.group()
    return " " if ch == "\u3000" else chr(ord(ch) - _FULLWIDTH_OFFSET)


_HALF_PUNCT = re.compile(r"[,?!;:]")


def fold_width(text: str) -> str:
    """Full-width letters/digits → ASCII; half-width punctuation between Chinese → full-width.

    Length-preserving: character ``i`` of the result comes from character ``i`` of the input.
    """
    folded = _FOLDABLE.sub(_fold_one, text)
    if not _HALF_PUNCT.search(folded):
        return folded
    # Decide on the input's neighbours (as written), like a reader would: a mark with a CJK
    # character on either side, found from the (few) marks rather than by a lookaround pattern
    # tried at every character, and put in by slices rather than a list of every character.
    n = len(text)
    parts: list[str] = []
    pos = 0
    for m in _HALF_PUNCT.finditer(text):
        i = m.start()
        if (i > 0 and _is_cjk(text[i - 1])) or (i + 1 < n and _is_cjk(text[i + 1])):
            parts.append(folded[pos:i])
            parts.append(_TO_FULL[m.group()])
            pos = i + 1
    if not parts:
        return folded
    parts.append(folded[pos:])
    return "".join(parts)


@dataclass(slots=True)
class AnalysisView:
    original: str
    text: str
    # Aligned anchor points (view offset, original offset), sorted; empty when lengths match.
    _anchors_view: list[int] = field(default_factory=list)
    _anchors_orig: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, original: str) -> AnalysisView:
        view = fold_width(to_simplified(original))
        if len(view) == len(original):
            return cls(original, view)
        anchors_v: list[int] = []
        anchors_o: list[int] = []
        matcher = difflib.SequenceMatcher(None, original, view, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            anchors_o.append(i1)
            anchors_v.append(j1)
            if tag == "equal":
                continue
            anchors_o.append(i2)
            anchors_v.append(j2)
        anchors_o.append(len(original))
        anchors_v.append(len(view))
        return cls(original, view, anchors_v, anchors_o)

    @property
    def identity(self) -> bool:
        return not self._anchors_view

    def to_original(self, offset: int) -> int:
        if not self._anchors_view:  # identity (tested inline: called for every span)
            return offset
        return _map(offset, self._anchors_view, self._anchors_orig)

    def to_view(self, offset: int) -> int:
        if not self._anchors_view:
            return offset
        return _map(offset, self._anchors_orig, self._anchors_view)


def _map(offset: int, src: list[int], dst: list[int]) -> int:
    k = bisect_right(src, offset) - 1
    if k < 0:
        return 0
    if k + 1 >= len(src):
        return dst[-1]
    s0, s1, d0, d1 = src[k], src[k + 1], dst[k], dst[k + 1]
    if s1 - s0 == d1 - d0:  # an equal stretch: exact
        return d0 + (offset - s0)
    if s1 == s0:
        return d0
    return d0 + (offset - s0) * (d1 - d0) // (s1 - s0)
