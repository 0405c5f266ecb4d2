"""Chinese word segmentation, for the layers that need words.

Search no longer uses it (store schema 4 matches substrings of a folded view:
:mod:`dashiji.store.search_text`); :func:`segment_for_index` and :func:`query_groups` are what
the word index ``documents_fts`` of schema versions 1-3 was written and queried with.

One process-wide segmenter is loaded lazily on first use: ``jieba_fast_dat`` (the C++ port)
when it imports, else ``jieba``.  Loading is silent: both libraries log "Building prefix
dict ..." on load; their loggers are set to WARNING and nothing is written to stdout.

Two facts about the segmenters shape this module:

* ``jieba_fast_dat`` does **not** load its dictionary on the first ``cut``: without an explicit
  ``initialize()`` it silently segments against an empty dictionary (``特朗普在`` comes out as
  ``特朗 / 普在``).  :func:`_segmenter` always initialises it.
* jieba's HMM guesses unknown words differently depending on context: ``埃尔多安称`` becomes
  ``埃 / 尔多 / 安称`` but the query ``埃尔多安`` becomes ``埃 / 尔多 / 安``.  For the search index
  and the search query we therefore segment with the dictionary only (``hmm=False``), which
  gives the same tokens for a word wherever it stands; unknown words fall apart into single
  characters on both sides and are matched as a phrase (see :func:`query_groups`).

Search text is compared in a *normalised view*: Unicode NFKC (full-width letters and digits
become ASCII), lower case, and simplified script (OpenCC ``t2s``), so a traditional query finds a
simplified document and vice versa.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

__all__ = [
    "segment",
    "segment_for_index",
    "tokenize",
    "query_groups",
    "to_simplified",
    "normalize_for_search",
    "normalized_view",
    "backend",
    "straddles",
    "in_dictionary",
    "STRADDLE_LONGEST",
]

_lock = threading.Lock()
_jieba: Any = None
_backend: str | None = None
_t2s: Callable[[str], str] | None = None


def _segmenter() -> Any:
    """The process-wide jieba module, loaded and initialised once."""
    global _jieba, _backend
    if _jieba is not None:
        return _jieba
    with _lock:
        if _jieba is not None:
            return _jieba
        for name in ("jieba", "jieba_fast_dat", "jieba_fast_dat.core.tokenizer"):
            logging.getLogger(name).setLevel(logging.WARNING)
        # Neither library should print, but a dictionary load must never reach stdout.
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                import jieba_fast_dat as module

                backend = "jieba_fast_dat"
            except ImportError:  # pragma: no cover - depends on the environment
                try:
                    import jieba as module
                except ImportError as exc:
                    from .errors import MissingDependency

                    raise MissingDependency("jieba-fast-dat") from exc
                module.setLogLevel(logging.WARNING)
                backend = "jieba"
            module.initialize()
        _jieba, _backend = module, backend
        return module


def dictionary_frequency() -> Callable[[str], int | None]:
    """jieba's dictionary look-up: a word's frequency, None (or 0) for a word it does not hold
    as a word (for the layers that ask about words without cutting a text)."""
    return _segmenter().get_FREQ  # type: ignore[no-any-return]


def backend() -> str:
    """Which segmenter is in use: ``"jieba_fast_dat"`` or ``"jieba"``."""
    _segmenter()
    assert _backend is not None
    return _backend


def to_simplified(text: str) -> str:
    """The text in simplified script (OpenCC ``t2s``); simplified text is returned unchanged."""
    global _t2s
    if _t2s is None:
        with _lock:
            if _t2s is None:
                from .normalize.script import converter  # (the process's one t2s)

                _t2s = converter("t2s").convert
    return _t2s(text) if text else text


def _ascii_decompositions() -> dict[str, str]:
    """The characters of the punctuation, CJK symbol and full-width blocks whose compatibility
    decomposition (NFKD) is other ASCII characters: ，→ ,  （→ (  …→ ...  the ideographic space."""
    out = {}
    for lo, hi in ((0x2000, 0x2070), (0x3000, 0x3040), (0xFF00, 0xFFF0)):
        for c in map(chr, range(lo, hi)):
            d = unicodedata.normalize("NFKD", c)
            if d != c and d.isascii():
                out[c] = d
    return out


_DECOMPOSED = _ascii_decompositions()
_TO_DECOMPOSE = re.compile("[" + "".join(map(re.escape, _DECOMPOSED)) + "]")


def _decomposed(m: re.Match[str]) -> str:
    return _DECOMPOSED[m.group()]


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster for Chinese news.  Its full-width
    punctuation fails NFKC's quick check, and the whole text then goes through decomposition
    and composition (~0.15 ms a news text); those characters are written as their NFKD first,
    after which the quick check mostly passes.  Exact: NFKC decomposes every character fully
    before it reorders and composes, and a character's NFKD decomposes to itself."""
    return unicodedata.normalize("NFKC", _TO_DECOMPOSE.sub(_decomposed, text))


def normalize_for_search(text: str) -> str:
    """NFKC, lower case, simplified script: the view that the index and queries share."""
    return to_simplified(nfkc(text).lower())


def normalized_view(text: str) -> tuple[str, list[int]]:
    """:func:`normalize_for_search` of ``text`` with a map back to the original.

    Returns ``(view, origin)`` where ``origin[i]`` is the offset in ``text`` of the character that
    produced ``view[i]`` (NFKC may expand one character into several, e.g. ``…`` into ``...``).
    """
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).lower() if not ch.isascii() else ch.lower()
        pieces.append(piece)
        origin.extend([i] * len(piece))
    joined = "".join(pieces)
    view = to_simplified(joined)
    if len(view) != len(joined):  # a phrase conversion changed the length: go char by char
        view = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in joined)
    return view, origin


def _is_term(token: str) -> bool:
    return any(c.isalnum() for c in token)


def segment(text: str, *, search: bool = False, hmm: bool = True) -> list[str]:
    """Words of ``text`` as jieba cuts them (whitespace-only tokens dropped).

    ``search=True`` is a search mode: each word is preceded by the dictionary words inside it
    (``中华人民共和国`` also gives ``中华``, ``人民``, ``共和国`` ...).  The text is not normalised;
    call :func:`normalize_for_search` first for a script-independent view.
    """
    if not text:
        return []
    jb = _segmenter()
    words = [w for w in jb.lcut(text, HMM=hmm) if w.strip()]
    if not search:
        return words
    out: list[str] = []
    for word in words:
        out.extend(_sub_words(jb, word))
        out.append(word)
    return out


def _sub_words(jb: Any, word: str) -> list[str]:
    """Dictionary words inside ``word`` (2 characters up to one less than the word).

    jieba's own search mode only looks for 2- and 3-character sub-words, so ``阿拉斯加州``
    would not yield ``阿拉斯加``; this looks at every length.
    """
    n = len(word)
    if n <= 2 or word.isascii():
        return []
    return [
        word[i : i + k]
        for k in range(2, n)
        for i in range(n - k + 1)
        if jb.get_FREQ(word[i : i + k])
    ]


def tokenize(text: str, *, hmm: bool = True) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for each word of ``text``, offsets into ``text`` itself."""
    if not text:
        return []
    jb = _segmenter()
    return [(w, s, e) for w, s, e in jb.tokenize(text, HMM=hmm) if w.strip()]


def segment_for_index(text: str) -> str:
    """The text as space-separated search terms for an FTS5 ``unicode61`` column.

    Normalised view, dictionary-only search-mode segmentation, punctuation dropped.
    """
    if not text:
        return ""
    return " ".join(
        w for w in segment(normalize_for_search(text), search=True, hmm=False) if _is_term(w)
    )


def query_groups(query: str) -> list[str]:
    """Split a search query into the groups that must all match, each a space-separated phrase.

    The query is normalised and cut like the index (precise mode, dictionary only).  Words the
    dictionary knows are separate groups (``普京会晤`` -> ``普京``, ``会晤``); a run of
    single-character pieces -- an unknown word the dictionary broke apart, such as ``美俄`` --
    stays together as one phrase (``美 俄``) so it matches only where those characters are
    adjacent.
    """
    groups: list[str] = []
    for chunk in normalize_for_search(query).split():
        run: list[str] = []
        for word in segment(chunk, hmm=False):
            if not _is_term(word):
                if run:
                    groups.append(" ".join(run))
                    run = []
                continue
            if len(word) == 1 and not word.isascii():
                run.append(word)
                continue
            if run:
                groups.append(" ".join(run))
                run = []
            groups.append(word)
        if run:
            groups.append(" ".join(run))
    # A lone function character (``普京与特朗普``) would demand that very character in the
    # document; drop it unless the query is nothing else.
    kept = [g for g in groups if g not in _FUNCTION_CHARS] or groups
    return list(dict.fromkeys(kept))


_FUNCTION_CHARS = frozenset("的了与和及或在是对将把被等也都就而并向从于为以之其这那")


def straddles(
    text: str, a: int, b: int, start: int, end: int, is_word: Callable[[str], bool]
) -> bool:
    """Does a word of the segmentation start inside the trigger ``text[a:b]`` and run past
    its end (并购买: 并 / 购买; 通报案件: 通报 / 案件 for 报案; 两起诉讼: 两起 / 诉讼 for 起诉)?
    Not when that word is itself a trigger word (``is_word``: 开庭审 → 庭审), nor when it is the
    verb after a passive or resultative first character (被判处: 判处; 被撞毁: 撞毁) - unless a
    word also runs across the trigger's start (公开庭审: 公开 / 庭审 for 开庭; 生产下跌: 生产 /
    下跌 for 产下): cut at both ends, the trigger is no word of the text.  A word that only ends
    inside the trigger (车展开幕: 车 / 展开 / 幕) is the segmenter's guess and is let be.
    Asked of triggers of two or three characters (longer ones are phrases) by both coders'
    word lists."""
    lo, hi = max(start, a - _STRADDLE_WINDOW), min(end, b + _STRADDLE_WINDOW)
    if not _word_runs_past(text, a, b, hi):
        return False  # no dictionary word (of up to three characters) starts inside the
        # trigger and runs past it: nothing to ask the segmenter
    at = lo
    opened = False  # a word began before the trigger and ends inside it
    for tok in segment(text[lo:hi], hmm=False):
        x = text.find(tok, at, hi)
        if x < 0:
            return False
        y = at = x + len(tok)
        if x >= b:
            return False
        if x < a < y < b:
            opened = True
        elif a < x and y > b:
            if opened:
                return True
            if is_word(tok) or (x == a + 1 and text[a] in _PREFIX_CHARS):
                return False
            return True
    return False


def _word_runs_past(text: str, a: int, b: int, hi: int) -> bool:
    """Does a word of jieba's dictionary of up to :data:`STRADDLE_LONGEST` characters start
    inside ``text[a:b]`` (after its first character) and end past ``b``, by ``hi``?  (Plain
    loops: asked of every short trigger, a generator per start cost more than the look-ups.)"""
    for x in range(a + 1, b):
        for y in range(b + 1, min(hi, x + STRADDLE_LONGEST) + 1):
            if in_dictionary(text[x:y]):
                return True
    return False


@lru_cache(maxsize=1 << 16)
def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` (its frequency is above 0), remembered: the
    straddle test asks about the same strings of two or three characters article after
    article, and a look-up through jieba's Python wrappers costs several times a cache hit."""
    return bool(dictionary_frequency()(word))


_STRADDLE_WINDOW = 4  # characters around a trigger the segmenter reads
STRADDLE_LONGEST = 3  # longer triggers (保释并获批, 审理…案) are phrases, not one word
_PREFIX_CHARS = frozenset("被遭获受")  # 被判处, 遭撞毁: the word after the prefix is the verb
