"""Which Chinese script a text is written in, and converters between the scripts (OpenCC)."""

from __future__ import annotations

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


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F


def _changed_positions(text: str, converted: str) -> int | None:
    """How many characters a conversion changed, or None when it changed the length."""
    if len(text) != len(converted):
        return None
    return sum(1 for a, b in zip(text, converted, strict=True) if a != b)


def script_counts(text: str) -> tuple[int, int, int]:
    """(CJK characters, traditional-only characters, simplified-only characters)."""
    cjk = "".join(ch for ch in text if _is_cjk(ch))
    if not cjk:
        return 0, 0, 0
    trad = _changed_positions(cjk, to_simplified(cjk))
    simp = _changed_positions(cjk, to_traditional(cjk))
    if trad is None:
        trad = sum(1 for ch in cjk if to_simplified(ch) != ch)
    if simp is None:
        simp = sum(1 for ch in cjk if to_traditional(ch) != ch)
    return len(cjk), trad, simp


def detect_script(text: str) -> Script:
    """zh-Hans, zh-Hant, mixed, or unknown (no Chinese characters)."""
    cjk, trad, simp = script_counts(text)
    if cjk == 0:
        return "unknown"
    marked = trad + simp
    if marked == 0:
        return "zh-Hans"  # only characters common to both scripts: either label is right
    if trad / marked >= DOMINANT_SHARE:
        return "zh-Hant"
    if simp / marked >= DOMINANT_SHARE:
        return "zh-Hans"
    return "mixed"
