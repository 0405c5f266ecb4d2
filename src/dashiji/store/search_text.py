"""The text that search compares, and the tokens its index holds.

**The search view.**  A query term matches a document when it is a *substring* of the document's
search view: every character is folded on its own -- Unicode NFKC (full-width letters, digits
and punctuation become ASCII), lower case, simplified script (OpenCC ``t2s``, character by
character, so that a character folds the same way wherever it stands) -- invisible format and
control characters are dropped, and every run of whitespace becomes one space (none at the ends).
:func:`search_view` also returns, for each view character, the offset of the original character
it came from, so that matches can be shown in the original text.

**The index.**  ``search_index`` (migration ``0004_search``) is a contentless FTS5 table whose
tokens are the overlapping character *bigrams* of the view, each character written as four
base-36 digits (its code point), so every token is 8 ASCII letters and digits, read by FTS5's
``ascii`` tokenizer the same way whatever SQLite version or Unicode tables open the file.  A
sentinel character ends each column, so that every character of the view starts one bigram.

* a term of n >= 2 characters is the FTS5 phrase of its n - 1 bigrams: adjacent bigrams chain,
  so the phrase matches exactly where the term is a substring of the view;
* a term of one character is the prefix query ``"<4 digits>"*`` -- every bigram starting with
  that character -- answered by the table's 4-character prefix index (``prefix='4'``).

Chosen by measuring (``bench/search.py --designs``, 20,544 documents) against one token per
character (smaller, slower on terms of common characters) and FTS5's ``trigram`` tokenizer
(larger, and it cannot answer terms of one or two characters, the commonest Chinese queries).
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

from ..segment import to_simplified

__all__ = [
    "search_view",
    "search_view_offsets",
    "view_of",
    "index_tokens",
    "term_expression",
    "END",
]

#: Ends every indexed column; never part of a view (whitespace becomes " ").
END = "\n"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_ASCII_DIGITS: Any = None  # numpy view of _DIGITS, set on first use

_fold_cache: dict[str, str] = {}
_code_cache: dict[str, str] = {}


def _fold_char(c: str) -> str:
    """One character of text as it appears in the view ("" for invisible ones)."""
    got = _fold_cache.get(c)
    if got is not None:
        return got
    if c.isspace() or unicodedata.category(c).startswith("Z"):
        got = " "
    elif unicodedata.category(c) in ("Cc", "Cf"):
        got = ""
    elif unicodedata.category(c) == "Cs":  # a lone surrogate
        got = "\ufffd"
    else:
        pieces = []
        for x in unicodedata.normalize("NFKC", c).lower():
            if x.isspace():
                pieces.append(" ")
            elif unicodedata.category(x) in ("Cc", "Cf"):
                continue
            else:
                s = to_simplified(x)
                pieces.append(s if len(s) == 1 else x)
        got = "".join(pieces)
    if len(_fold_cache) < 200_000:
        _fold_cache[c] = got
        if len(got) == 1 and got != " ":  # folds one for one, to no space
            if got != c:
                _plain_folds[ord(c)] = got
            _plain.add(c)
    return got


# The characters that fold to one character other than a space, as :func:`_fold_char` learns them,
# and the folds of those that change (for str.translate): a text made only of them has the view
# ``text.translate(_plain_folds)``, each character from its own offset (most titles).
_plain: set[str] = set()
_plain_folds: dict[int, str] = {}


# Characters seen so far, in code point tables (numpy, built on first use): the fold of each
# character that folds one for one, which characters are known, and which do not fold to exactly
# one character (NFKC expansions, dropped format characters: those texts take the slow path);
# and the folds that change a character, for str.translate.
_table: dict[int, str] = {}
_tables: Any = None  # (lut uint32, known bool, fold length uint8), each 0x110000 long
_SPACE = ord(" ")
_init_lock = threading.Lock()


def _codes(text: str) -> tuple[Any, bool]:
    """The code points of ``text`` (numpy uint32), every character learnt; and whether all of
    them fold one for one."""
    global _tables, _ASCII_DIGITS
    import numpy as np

    if _tables is None:
        with _init_lock:
            if _tables is None:
                _ASCII_DIGITS = np.frombuffer(_DIGITS.encode(), dtype=np.uint8)
                _tables = (
                    np.arange(0x110000, dtype=np.uint32),
                    np.zeros(0x110000, dtype=bool),
                    np.ones(0x110000, dtype=np.uint8),
                )
    lut, known, length = _tables
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    seen = known[codes]
    for cp in () if seen.all() else np.unique(codes[~seen]).tolist():
        c = chr(cp)
        folded = _fold_char(c)
        if folded != c:
            _table[cp] = folded
        if len(folded) == 1:
            lut[cp] = ord(folded)
        else:
            length[cp] = min(len(folded), 255)
        known[cp] = True  # last: a known character has its folds in place
    return codes, bool((length[codes] == 1).all())


def _view_codes(folded: Any) -> Any:
    """The indexes of the folded code points that the view keeps (whitespace runs as one
    space, none at the ends)."""
    import numpy as np

    space = folded == _SPACE
    after_space = np.empty_like(space)
    after_space[0] = True
    after_space[1:] = space[:-1]
    keep = np.flatnonzero(~(space & after_space))
    if keep.size and folded[keep[-1]] == _SPACE:
        keep = keep[:-1]
    return keep


def _folded(text: str, codes: Any, regular: bool) -> Any:
    import numpy as np

    lut = _tables[0]
    if regular:
        return lut[codes]
    # Each character as many times as its fold is long, folded one for one; then the few that
    # fold otherwise (…  -> "...", a dropped format character -> "") get their folds written
    # in (str.translate with a dict of folds costs ~0.5 us a character: 1 ms for a news text).
    lengths = _tables[2][codes]
    out = lut[np.repeat(codes, lengths)]
    ends = np.cumsum(lengths, dtype=np.int64)
    for i in np.flatnonzero(lengths != 1).tolist():
        k = int(lengths[i])
        if k:
            fold = _table[int(codes[i])]
            out[ends[i] - k : ends[i]] = [ord(x) for x in fold]
    return out


#: Texts up to this long are folded character by character (a title: the dozen numpy steps of
#: the long path cost more than the loop).
SHORT = 64


def search_view(text: str) -> tuple[str, list[int]]:
    """The search view of ``text`` and, for each view character, its offset in ``text``."""
    if len(text) <= SHORT:
        return _search_view_short(text)
    return _search_view_long(text)


def _search_view_long(text: str) -> tuple[str, list[int]]:
    view, origin = search_view_offsets(text)
    return view, origin.tolist() if not isinstance(origin, list) else origin


def search_view_offsets(text: str) -> tuple[str, Any]:
    """:func:`search_view`, the offsets as a numpy array for a long text (making a list of a
    news text's offsets costs more than folding it; a snippet looks up a few of them)."""
    if len(text) <= SHORT:
        return _search_view_short(text)
    if not text:
        return "", []
    import numpy as np

    codes, regular = _codes(text)
    folded = _folded(text, codes, regular)
    if not folded.size:
        return "", []
    keep = _view_codes(folded)
    if regular:
        origin = keep
    else:  # a character folded into k characters is the origin of k of them
        origin = np.repeat(np.arange(len(codes)), _tables[2][codes])[keep]
    return folded[keep].tobytes().decode("utf-32-le"), origin


def _search_view_short(text: str) -> tuple[str, list[int]]:
    if _plain.issuperset(text):
        return text.translate(_plain_folds), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    space = True  # no leading space
    for i, c in enumerate(text):
        for x in _fold_char(c):
            if x == " ":
                if space:
                    continue
                space = True
            else:
                space = False
            out.append(x)
            origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def _view_array(text: str) -> Any:
    """The code points of the search view of ``text`` (numpy uint32)."""
    codes, regular = _codes(text)
    folded = _folded(text, codes, regular)
    return folded[_view_codes(folded)] if folded.size else folded


def view_of(text: str) -> str:
    """:func:`search_view` without the offsets (the same string, faster)."""
    if not text:
        return ""
    return str(_view_array(text).tobytes().decode("utf-32-le"))


def _code(c: str) -> str:
    """Four base-36 digits for one character's code point (at most 0x10FFFF < 36**4)."""
    got = _code_cache.get(c)
    if got is None:
        n = ord(c)
        digits = []
        for _ in range(4):
            n, r = divmod(n, 36)
            digits.append(_DIGITS[r])
        got = "".join(reversed(digits))
        if len(_code_cache) < 200_000:
            _code_cache[c] = got
    return got


#: Characters whose tokens are written at a time (:func:`index_tokens`).
TOKEN_WINDOW = 65_536


def index_tokens(text: str) -> str:
    """The column value written to ``search_index`` for ``text``: its bigram tokens."""
    if not text:
        return ""
    import numpy as np

    view = _view_array(text)
    if not view.size:
        return ""
    cps = np.append(view, np.uint32(ord(END)))
    del view
    out = np.empty((len(cps) - 1, 9), dtype=np.uint8)  # "<char i><char i+1> "
    # In windows of TOKEN_WINDOW characters: a text of millions of characters holds its 9 bytes
    # a character once (and the str made from them), not five arrays of that size.
    for lo in range(0, len(cps) - 1, TOKEN_WINDOW):
        part = cps[lo : lo + TOKEN_WINDOW + 1]
        digits = np.empty((len(part), 4), dtype=np.uint8)  # base 36, most significant first
        for k in range(3, -1, -1):
            digits[:, k] = _ASCII_DIGITS[part % 36]
            part = part // 36
        rows = out[lo : lo + len(part) - 1]
        rows[:, 0:4] = digits[:-1]
        rows[:, 4:8] = digits[1:]
    out[:, 8] = ord(" ")
    return str(out.reshape(-1).data[:-1], "ascii")


def term_expression(term: str) -> str:
    """The FTS5 expression matching the documents whose view contains ``term`` (a view string).

    Only base-36 digits, spaces, quotes and ``*`` appear in it: no user text reaches FTS5.
    """
    if not term:
        raise ValueError("empty search term")
    codes = [_code(c) for c in term]
    if len(codes) == 1:
        return f'"{codes[0]}"*'
    return '"' + " ".join(a + b for a, b in zip(codes, codes[1:], strict=False)) + '"'
