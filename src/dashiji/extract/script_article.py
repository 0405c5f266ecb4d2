"""An article carried in a page's scripts: the JSON a client-rendered page builds itself from.

Toutiao (``window._SSR_HYDRATED_DATA = {...}``), Weibo (``var $render_data = [...]``, the full
text in ``status.longText.longTextContent``), Zhihu (``<script id="js-initialData">``), JSON-LD
(``articleBody``) and many single-page sites ship the article as a string in a script while the
page itself shows nothing, a placeholder or a truncated preview.  The scripts are not parsed as
JSON (they are JavaScript: ``undefined``, unquoted keys, trailing ``[0] || {}``); every string
literal that follows one of the known body keys (``script_body_keys`` in ``data/platforms.json``)
is decoded instead, read as HTML when it holds tags (its paragraphs cut by
:func:`~dashiji.extract.html_blocks.segment`) or as text lines otherwise, and the one with the
most punctuated text wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml import etree

from . import html_blocks as hb


@lru_cache(maxsize=4)
def _keyed_string(keys: frozenset[str]) -> re.Pattern[str]:
    """``"key": "value"`` / ``key: 'value'`` / ``var key = 'value'`` for one of ``keys``; the
    value a JavaScript string literal in double (group 2) or single quotes (group 3), escapes
    kept."""
    alt = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(
        r"""(?<![\w$.])["']?(""" + alt + r""")["']?\s*[:=]\s*"""
        r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')"""
    )


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _key_names(keys: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def _keyed_matches(keys: frozenset[str], scripts: str) -> Iterator[re.Match[str]]:
    """``_keyed_string(keys).finditer(scripts)``, tried only where a key's name is written.

    A match starts at a key's name or at a quote just before it.  The names are found by a plain
    alternation (the full pattern's look-behind makes the regex engine try it at every
    character: 0.29 ms a page against 0.12); a name written inside another found before it is
    preceded by a word character, where no match starts (keys of other characters are looked
    for the slow way).
    """
    full = _keyed_string(keys)
    if not all(_WORD.fullmatch(k) for k in keys):
        yield from full.finditer(scripts)
        return
    end = 0
    for name in _key_names(keys).finditer(scripts):
        at = name.start()
        starts = (at - 1, at) if at > 0 and scripts[at - 1] in "\"'" else (at,)
        for start in starts:
            if start < end:
                continue
            m = full.match(scripts, start)
            if m is not None:
                yield m
                end = m.end()
                break


_HAS_TAGS = re.compile(r"<(?:p|br|div|section|span|h[1-6]|blockquote|li|strong|img|a)\b", re.I)
# Scripts larger than this (in total) are read only up to it: the article JSON of a page is well
# under a megabyte; an analytics bundle inlined into the page can be several.
MAX_SCRIPT_CHARS = 4_000_000


@dataclass
class ScriptArticle:
    key: str
    paragraphs: list[str]

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def page_scripts(root: etree._Element) -> str:
    """The text of the page's inline scripts, joined (at most :data:`MAX_SCRIPT_CHARS`)."""
    out: list[str] = []
    total = 0
    for el in root.iter("script"):
        text = el.text or ""
        if not text.strip():
            continue
        out.append(text)
        total += len(text)
        if total >= MAX_SCRIPT_CHARS:
            break
    return "\n".join(out)[:MAX_SCRIPT_CHARS]


def _decode(raw: str) -> str | None:
    try:
        value = json.loads(f'"{raw}"', strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.S)
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "", "f": "", "v": "", "0": ""}


def _decode_single(raw: str) -> str:
    """A single-quoted JavaScript string's text (``\\x0a``, ``\\u4e2d``, ``\\'``)."""

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if len(e) > 1:
            return chr(int(e[1:], 16))
        return _JS_SIMPLE.get(e, e)

    text = _JS_ESCAPE.sub(one, raw)
    # \ud83d\ude00 pairs decoded one by one are surrogates: join them, drop lone ones
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _paragraphs(text: str) -> list[str]:
    """The article lines of a body string: HTML paragraphs, or text lines."""
    if _HAS_TAGS.search(text):
        try:
            frag = lxml.html.fragment_fromstring(text, create_parent="div")
        except (etree.ParserError, ValueError):
            return []
        seg = hb.segment(frag)
        return [
            ln.text
            for ln in seg.lines
            if ln.link_density <= 0.5 and not hb.is_boilerplate(ln) and not hb.is_tail_heading(ln)
        ]
    lines = [_WS_LINE.sub(" ", ln).strip() for ln in text.split("\n")]
    return [ln for ln in lines if ln]


_WS_LINE = re.compile(r"[ \t\r\f\v\u3000\xa0\u200b\ufeff]+")


def _prose_chars(paragraphs: Iterable[str]) -> int:
    return sum(len(p) for p in paragraphs if any(c in hb.PUNCT for c in p))


def script_article(scripts: str, keys: frozenset[str], min_chars: int) -> ScriptArticle | None:
    """The article text the scripts carry under one of ``keys``, or None.

    The candidate with the most punctuated characters wins; it needs ``min_chars`` of them.
    """
    best: ScriptArticle | None = None
    best_score = 0
    if not keys:
        return None
    for m in _keyed_matches(keys, scripts):
        key = m.group(1)
        raw = m.group(2) if m.group(2) is not None else m.group(3)
        if len(raw) < min_chars:
            continue
        text = _decode(raw) if m.group(2) is not None else _decode_single(raw)
        if text is None:
            continue
        paragraphs = _paragraphs(text)
        score = _prose_chars(paragraphs)
        if score >= min_chars and score > best_score:
            best, best_score = ScriptArticle(key, paragraphs), score
    return best
