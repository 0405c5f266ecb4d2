"""Which Chinese script a text is written in, and converters between the scripts (OpenCC)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Script

# A text counts as one script when at least this share of its script-specific characters is of
# that script.  Real traditional articles contain a few characters that OpenCC's s2t table also
# changes (干, 后 in names, 发 in quoted mainland text), and simplified articles quote the odd
# traditional name, so a pure 100% rule would call most real pages "mixed"; 0.9 keeps single
# stray characters from flipping the label while a page that really mixes paragraphs of both
# scripts (reposted quotes) still reads as mixed.
DOMINANT_SHARE = 0.9


#: The OpenCC converters made so far, by configuration (one of each a process).
_CONVERTERS: dict[str, Any] = {}
#: The configurations that only tables are built with: the KB's and the codebook's forms in
#: every script (:func:`dashiji.kb.model._script_variants`, :func:`.events.codebook._variants`),
#: made once a process; a document needs t2s (:func:`to_simplified`) and s2t
#: (:func:`detect_script`) only.
TABLE_ONLY = ("s2tw", "s2hk")


def converter(config: str):  # type: ignore[no-untyped-def]
    """A cached OpenCC converter: 't2s', 's2t', 'tw2s', 'hk2s', …"""
    conv = _CONVERTERS.get(config)
    if conv is None:
        import opencc

        conv = _CONVERTERS[config] = opencc.OpenCC(config)
    return conv


def release_converters(configs: Iterable[str] = TABLE_ONLY) -> None:
    """Let go of the converters of ``configs`` (made again if asked for).  OpenCC shares a
    dictionary file between the converters that read it, so the dictionaries only these use
    are freed: s2tw's Taiwan phrases and variants, ~16 MB resident (``s2t``'s 26 MB stay, which
    the Taiwan and Hong Kong conversions read too).  An ingest's process releases them once its
    tables are built, before it forks its workers (:meth:`dashiji.work.DocumentWork.warm`)."""
    for config in configs:
        _CONVERTERS.pop(config, None)


def to_simplified(text: str) -> str:
    """``text`` in simplified script (OpenCC ``t2s``).  A text whose conversion changes only
    characters that are simplified already (a phrase key of the traditional tables met in
    simplified text: 打坏 → 打坯, 拉坏 → 拉坯 - "adobe" for "broken") is left as it is: t2s's
    phrase tables are written for traditional text, and such a text has no traditional
    character for them to convert."""
    marks = _t2s_marks()
    if marks is not None and marks.search(text) is None:
        return str(text)  # nothing t2s would change (see _t2s_marks): OpenCC is not called
    out = str(converter("t2s").convert(text))
    if len(out) == len(text) and out != text and _phrase_changes_only(text, out):
        return str(text)
    return out


def _phrase_changes_only(text: str, out: str) -> bool:
    """Does every character ``out`` changed in ``text`` (same length) stay itself when
    converted alone - a simplified character a traditional phrase key rewrote?"""
    convert = converter("t2s").convert
    return all(a == b or convert(a) == a for a, b in zip(text, out, strict=True))


#: The characters of :data:`T2S_MARKS_FILE`, made by :func:`t2s_marks` from the tables of the
#: OpenCC release it names.
T2S_MARKS_FILE = "opencc_t2s_marks.json"


@lru_cache(maxsize=1)
def _t2s_marks() -> re.Pattern[str] | None:
    """A character class no text matches whose t2s conversion OpenCC could change, or None
    (no pre-check: every text converted) unless the installed tables are the ones
    :data:`T2S_MARKS_FILE` was made from (the same SHA-256 of t2s's configuration and each of
    its dictionaries, as the converter resolves them).

    OpenCC converts by maximum matching: at each position the longest key of the
    configuration's dictionaries (the normalisation one first, then the conversion chain's)
    that starts there is replaced by its value, a position no key starts at is copied as it
    is.  A text holding no key whose value differs (a *changing* key) comes out unchanged.
    The class holds (:func:`t2s_marks`) every one-character changing key of the Basic
    Multilingual Plane, one character of each longer changing key that holds none (回覆: 覆),
    every character beyond the BMP and the lone surrogates (which OpenCC's UTF-8 encoding
    refuses: the error stays OpenCC's).  A text none of whose characters is in the class
    holds no changing key.  (About 9 in 10 DTELS articles, each ~20 µs of OpenCC; the test
    costs ~3 µs.)"""
    try:
        spec = json.loads(
            resources.files("dashiji.data").joinpath(T2S_MARKS_FILE).read_text("utf-8")
        )
        config = Path(str(converter("t2s").config))
        tables = _t2s_tables(config)
        if {p.name: _sha256(p) for p in tables} != spec["sha256"]:
            return None
        marks = str(spec["marks"])
    except (OSError, ValueError, KeyError, TypeError, ImportError, AttributeError):
        return None
    if not marks or any(ord(ch) > 0xFFFF or 0xD800 <= ord(ch) <= 0xDFFF for ch in marks):
        return None
    body = "".join(re.escape(ch) for ch in marks)
    return re.compile(f"[{body}\ud800-\udfff\U00010000-\U0010ffff]")


def _t2s_tables(config: Path) -> list[Path]:
    """The configuration file and the dictionary files it names (next to it), in its order."""
    spec = json.loads(config.read_text("utf-8"))
    files: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return [config, *(config.parent / f for f in files)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def t2s_marks(entries: Iterable[tuple[str, str]]) -> str:
    """The characters of :func:`_t2s_marks`'s class (within the BMP, sorted) for the
    dictionary ``entries`` (key, value: its first candidate) of t2s's tables: each
    one-character key whose value differs, and for the longer such keys holding none of
    those nor a character beyond the BMP, a few characters that leave none of them out: of
    each, a character the conversion replaces (回覆 → 回复: 覆, not the everyday 回; 衹得 →
    只得: 衹, not 得), chosen greedily (the one in most of the keys left, the lowest on a
    tie).  Any character of a key would do; these make the class match fewer texts."""
    changing = {k: v for k, v in entries if k and k != v}
    singles = {k for k in changing if len(k) == 1}
    rest = [
        k for k in changing if len(k) > 1 and not any(ch in singles or ord(ch) > 0xFFFF for ch in k)
    ]
    chosen: set[str] = set()
    while rest:
        counts: dict[str, int] = {}
        for k in rest:
            for ch in _replaced(k, changing[k]):
                counts[ch] = counts.get(ch, 0) + 1
        ch = min(counts, key=lambda c: (-counts[c], c))
        chosen.add(ch)
        rest = [k for k in rest if ch not in k]
    return "".join(sorted(ch for ch in singles | chosen if ord(ch) <= 0xFFFF))


def _replaced(key: str, value: str) -> set[str]:
    """The characters of ``key`` its ``value`` replaces (where both are as long), else all."""
    if len(key) != len(value):
        return set(key)
    return {a for a, b in zip(key, value, strict=True) if a != b}


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
