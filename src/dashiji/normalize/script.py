"""Which Chinese script a text is written in, and converters between the scripts (OpenCC)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Script

# A text counts as one script when at least this share of its script-specific characters is of
# that script.  Real traditional articles contain a few characters that OpenCC's s2t table also
# changes (干, 后 in names, 发 in quoted mainland text), and simplified articles quote the odd
# traditional name, so a pure 100% rule would call most real pages "mixed"; 0.9 keeps single
# stray characters from flipping the label while a page that really mixes paragraphs of both
# scripts (reposted quotes) still reads as mixed.
DOMINANT_SHARE = 0.9


@lru_cache(maxsize=4)
def converter(config: str):  # type: ignore[no-untyped-def]
    """A cached OpenCC converter: 't2s', 's2t', 'tw2s', 'hk2s', …"""
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return str(converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(converter("s2t").convert(text))


#: The CJK ideographs counted: the unified block, extension A, and the supplementary planes'
#: extensions up to the compatibility supplement (U+20000-U+2FA1F).
_CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f]+")


def _is_cjk(ch: str) -> bool:
    """Whether ``ch`` is one of the ideographs :data:`_CJK` matches (its definition, tested)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F


def _changed_positions(text: str, converted: str) -> int | None:
    """How many characters a conversion changed, or None when it changed the length."""
    if len(text) != len(converted):
        return None
    if text == converted:  # (most texts: compared in C, not a character at a time)
        return 0
    return sum(map(str.__ne__, text, converted))


def _traditional_only(cjk: str) -> int:
    """How many of ``cjk``'s characters OpenCC's t2s changes (traditional-only characters)."""
    n = _changed_positions(cjk, to_simplified(cjk))
    return sum(1 for ch in cjk if to_simplified(ch) != ch) if n is None else n


def _simplified_only(cjk: str) -> int:
    """How many of ``cjk``'s characters OpenCC's s2t changes (simplified-only characters)."""
    n = _changed_positions(cjk, to_traditional(cjk))
    return sum(1 for ch in cjk if to_traditional(ch) != ch) if n is None else n


def script_counts(text: str) -> tuple[int, int, int]:
    """(CJK characters, traditional-only characters, simplified-only characters)."""
    cjk = "".join(_CJK.findall(text))  # the characters _is_cjk accepts, in C
    if not cjk:
        return 0, 0, 0
    return len(cjk), _traditional_only(cjk), _simplified_only(cjk)


def detect_script(text: str) -> Script:
    """zh-Hans, zh-Hant, mixed, or unknown (no Chinese characters)."""
    cjk = "".join(_CJK.findall(text))
    if not cjk:
        return "unknown"
    trad = _traditional_only(cjk)
    if trad == 0:
        # no traditional-only character: zh-Hans whatever the simplified-only count (none:
        # common characters only; some: all the marked ones are simplified), so the s2t pass
        # (half of the OpenCC work) is not needed - this equals the share rule below only while
        # DOMINANT_SHARE <= 1 (simp / marked is then 1; tests/test_normalize.py guards it)
        return "zh-Hans"
    simp = _simplified_only(cjk)
    marked = trad + simp
    if trad / marked >= DOMINANT_SHARE:
        return "zh-Hant"
    if simp / marked >= DOMINANT_SHARE:
        return "zh-Hans"
    return "mixed"
