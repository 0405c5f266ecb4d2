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

Measured on 20,000 documents (``bench/search.py``) against one token per character (smaller,
but 2-5 times slower on phrases of common characters) and FTS5's ``trigram`` tokenizer (which
cannot answer 1- and 2-character terms, the commonest Chinese queries).
"""

from __future__ import annotations

import re
import unicodedata

from ..segment import to_simplified

__all__ = ["search_view", "view_of", "index_tokens", "term_expression", "END"]

#: Ends every indexed column; never part of a view (whitespace becomes " ").
END = "\n"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

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
    return got


# Characters seen so far: their folds for str.translate (only those that change), and those
# that do not fold to exactly one character (NFKC expansions, dropped format characters).
_table: dict[int, str] = {}
_known: set[str] = set()
_irregular: set[str] = set()
_SPACES = re.compile(" {2,}")


def _learn(chars: set[str]) -> None:
    for c in chars - _known:
        folded = _fold_char(c)
        if folded != c:
            _table[ord(c)] = folded
        if len(folded) != 1:
            _irregular.add(c)
        _known.add(c)


def search_view(text: str) -> tuple[str, list[int]]:
    """The search view of ``text`` and, for each view character, its offset in ``text``."""
    chars = set(text)
    _learn(chars)
    if chars & _irregular:
        return _search_view_slow(text)
    folded = text.translate(_table)  # one character for one: offsets only move at spaces
    origin = list(range(len(folded)))
    for m in reversed(list(_SPACES.finditer(folded))):
        del origin[m.start() + 1 : m.end()]
    view = _SPACES.sub(" ", folded)
    if view.startswith(" "):
        view, origin = view[1:], origin[1:]
    if view.endswith(" "):
        view = view[:-1]
        origin.pop()
    return view, origin


def _search_view_slow(text: str) -> tuple[str, list[int]]:
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


def view_of(text: str) -> str:
    """:func:`search_view` without the offsets (the same string, faster)."""
    if not text:
        return ""
    _learn(set(text))
    return " ".join(part for part in text.translate(_table).split(" ") if part)


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


def index_tokens(text: str) -> str:
    """The column value written to ``search_index`` for ``text``: its bigram tokens."""
    view = view_of(text)
    if not view:
        return ""
    codes = [_code(c) for c in view]
    codes.append(_code(END))
    return " ".join([a + b for a, b in zip(codes, codes[1:], strict=False)])


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
