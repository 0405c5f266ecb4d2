"""The search query language: a small lexer and a recursive-descent parser.

::

    query    := sequence EOF
    sequence := choice ( ["AND"] choice )*        -- implicit AND
    choice   := unary ( ("OR" | "|") unary )*     -- OR binds tighter than AND
    unary    := ("-" | "NOT") primary | primary
    primary  := WORD | PHRASE | "(" sequence ")"

* a WORD is a run of characters up to whitespace, a quote, a parenthesis or ``|``; it is folded
  into the search view (:mod:`dashiji.store.search_text`) and cut at punctuation (``普京，特朗普``
  is two terms; ``covid-19``, ``u.s.a`` and ``唐纳德·特朗普`` stay whole: ASCII punctuation between
  ASCII letters or digits, and a middle dot between letters, belong to the word);
* a PHRASE is the text between ``"..."``, ``“...”``, ``「...」`` or ``『...』``, taken literally
  (folded, whitespace runs as one space);
* ``OR``, ``AND`` and ``NOT`` are operators only in capitals; quote them to find them;
* ``-`` excludes the word, phrase or group right after it (``疫情 -美国``); a sequence needs at
  least one term that is not excluded; a free-standing ``--`` is punctuation.

Every term matches as a substring of a document's search view; a term repeated counts once.
Bounds keep one query from tying up the database: at most 1,000 characters, 32 terms, terms of
200 characters and 16 nested groups.  Malformed input (an unbalanced
quote or parenthesis, a lone ``-``, an ``OR`` without two sides, nothing to search for) raises
:class:`~dashiji.errors.SearchQueryError` with the offset where it was noticed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..errors import SearchQueryError
from ..messages import MESSAGES, text, word
from .search_text import view_of

__all__ = [
    "Term",
    "All",
    "Any",
    "Node",
    "parse_query",
    "positive_terms",
    "MESSAGES",
    "query_error",
    "message",
    "phrases",
    "MAX_QUERY_CHARS",
]

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_TERM_CHARS = 200
MAX_DEPTH = 16

_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_STOP = set(_QUOTES) | {"(", ")", "|"}
_JOINERS = "·・‧•"


def query_error(key: str, position: int | None = None, **params: object) -> SearchQueryError:
    """The :class:`~dashiji.errors.SearchQueryError` of message ``key`` of
    :data:`dashiji.messages.MESSAGES` (the one table of every message a user reads, in Chinese
    and English), worded in English; its ``key`` and ``params`` let a page word it in its own
    language (:func:`message`)."""
    return SearchQueryError(text(key, "en", **params), position, key=key, params=params)


def message(exc: SearchQueryError, lang: str) -> str:
    """The error's message in ``lang`` (``zh`` or ``en``); its own message when it has no key."""
    return word(exc, lang)


@dataclass(frozen=True, slots=True)
class Term:
    """A string that must occur in the search view (already folded, never empty)."""

    text: str


@dataclass(frozen=True, slots=True)
class All:
    """Every item must match and no excluded one may."""

    items: tuple[Node, ...]
    exclude: tuple[Node, ...] = ()


@dataclass(frozen=True, slots=True)
class Any:
    """At least one item must match."""

    items: tuple[Node, ...]


Node = Term | All | Any


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # WORD PHRASE OR AND NOT NEG ( ) EOF
    text: str
    pos: int


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in _QUOTES:
            close = query.find(_QUOTES[c], i + 1)
            if close < 0:
                raise query_error("unbalanced_quote", i, quote=c, at=i + 1, close=_QUOTES[c])
            toks.append(_Tok("PHRASE", query[i + 1 : close], i))
            i = close + 1
        elif c in "()":
            toks.append(_Tok(c, c, i))
            i += 1
        elif c == "|":
            toks.append(_Tok("OR", c, i))
            i += 1
        elif c == "-" and not _dash_run(query, i):
            nxt = query[i + 1] if i + 1 < n else ""
            if not nxt or nxt.isspace() or nxt in ")|":
                raise query_error("lone_dash", i, at=i + 1)
            toks.append(_Tok("NEG", c, i))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in _STOP:
                j += 1
            word = query[i:j]
            kind = word if word in ("OR", "AND", "NOT") else "WORD"
            toks.append(_Tok(kind, word, i))
            i = j
    toks.append(_Tok("EOF", "", n))
    return toks


def _dash_run(query: str, i: int) -> bool:
    """Is ``query[i:]`` a run of two or more dashes standing alone (``--``: punctuation)?"""
    j = i
    while j < len(query) and query[j] == "-":
        j += 1
    return j - i >= 2 and (j == len(query) or query[j].isspace() or query[j] in ")|")


def _is_letter(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _split_word(view: str) -> list[str]:
    """The terms of a folded bare word: cut at punctuation, keeping joiners inside words."""
    terms: list[str] = []
    cur: list[str] = []
    for k, c in enumerate(view):
        if _is_letter(c):
            cur.append(c)
            continue
        prev = view[k - 1] if k else ""
        nxt = view[k + 1] if k + 1 < len(view) else ""
        if (
            cur
            and nxt
            and (
                (
                    c.isascii()
                    and prev.isascii()
                    and nxt.isascii()
                    and prev.isalnum()
                    and nxt.isalnum()
                )
                or (c in _JOINERS and _is_letter(prev) and _is_letter(nxt))
            )
        ):
            cur.append(c)
            continue
        if cur:
            terms.append("".join(cur))
            cur = []
    if cur:
        terms.append("".join(cur))
    return terms


class _Parser:
    def __init__(self, query: str) -> None:
        self.toks = _lex(query)
        self.i = 0
        self.depth = 0
        self.terms = 0

    @property
    def tok(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.sequence()
        if self.tok.kind == ")":
            raise query_error("unbalanced_close", self.tok.pos, at=self.tok.pos + 1)
        if node is None:
            raise query_error("nothing")
        return node

    def sequence(self) -> Node | None:
        items: list[Node] = []
        exclude: list[Node] = []
        start = self.tok.pos
        while self.tok.kind not in ("EOF", ")"):
            if self.tok.kind == "AND":
                tok = self.take()
                if not items and not exclude or self.tok.kind in ("EOF", ")", "OR", "AND"):
                    raise query_error("and_sides", tok.pos, at=tok.pos + 1)
                continue
            negated, node = self.choice()
            if node is not None:
                (exclude if negated else items).append(node)
        if exclude and not items:
            raise query_error("only_excludes", start, at=start + 1)
        if not items:
            return None
        items, exclude = list(dict.fromkeys(items)), list(dict.fromkeys(exclude))
        if len(items) == 1 and not exclude:
            return items[0]
        return All(tuple(items), tuple(exclude))

    def choice(self) -> tuple[bool, Node | None]:
        first = self.tok
        if first.kind == "OR":
            raise query_error("or_sides", first.pos, at=first.pos + 1)
        negated, node = self.unary()
        alternatives: list[Node | None] = [node]
        while self.tok.kind == "OR":
            op = self.take()
            if self.tok.kind in ("EOF", ")", "OR", "AND"):
                raise query_error("or_sides", op.pos, at=op.pos + 1)
            neg, alt = self.unary()
            if neg or negated:
                raise query_error("or_excluded", op.pos, at=op.pos + 1)
            alternatives.append(alt)
        kept = list(dict.fromkeys(a for a in alternatives if a is not None))
        if not kept:
            return negated, None
        if len(kept) == 1:
            return negated, kept[0]
        return negated, Any(tuple(kept))

    def unary(self) -> tuple[bool, Node | None]:
        if self.tok.kind in ("NEG", "NOT"):
            op = self.take()
            if self.tok.kind in ("NEG", "NOT", "EOF", ")", "OR", "AND"):
                raise query_error("exclude_what", op.pos, op=op.text, at=op.pos + 1)
            node = self.primary()
            if node is None:
                raise query_error("excludes_nothing", op.pos, op=op.text, at=op.pos + 1)
            return True, node
        return False, self.primary()

    def primary(self) -> Node | None:
        tok = self.take()
        if tok.kind == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise query_error("too_deep", tok.pos, n=MAX_DEPTH)
            node = self.sequence()
            close = self.take()
            if close.kind != ")":
                raise query_error("unbalanced_open", tok.pos, at=tok.pos + 1)
            self.depth -= 1
            return node
        if tok.kind == "PHRASE":
            text = view_of(tok.text)
            if not text:
                raise query_error("empty_phrase", tok.pos, at=tok.pos + 1)
            return self.term(text, tok.pos)
        if tok.kind == "WORD":
            terms = list(
                dict.fromkeys(self.term(t, tok.pos) for t in _split_word(view_of(tok.text)))
            )
            if not terms:
                return None
            return terms[0] if len(terms) == 1 else All(tuple(terms))
        raise query_error(  # pragma: no cover - the callers check the token first
            "unexpected", tok.pos, text=tok.text or "end", at=tok.pos + 1
        )

    def term(self, text: str, pos: int) -> Term:
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise query_error("too_many_terms", pos, n=MAX_TERMS)
        if len(text) > MAX_TERM_CHARS:
            raise query_error("term_too_long", pos, at=pos + 1, n=MAX_TERM_CHARS)
        return Term(text)


def parse_query(query: str) -> Node:
    """The query as a tree of :class:`Term`, :class:`All` and :class:`Any`.

    Raises :class:`~dashiji.errors.SearchQueryError` for malformed or empty input.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise query_error("query_too_long", n=MAX_QUERY_CHARS)
    return _Parser(unicodedata.normalize("NFKC", query)).parse()


def positive_terms(node: Node) -> list[str]:
    """The terms a matching document may contain (excluded ones left out), longest first."""
    found: list[str] = []

    def walk(n: Node) -> None:
        if isinstance(n, Term):
            found.append(n.text)
        else:
            for item in n.items:
                walk(item)

    walk(node)
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def phrases(
    node: Node, guards: tuple[Node, ...] = (), *, root: bool = True
) -> list[tuple[str, tuple[Node, ...]]]:
    """The query's terms in FTS5's phrase order (excluded ones left out: their frequency in a
    matching row is 0), each with the AND groups around it that must match for FTS5 to count
    its occurrences in a row (a group that fails moves all its phrases past the row)."""
    if isinstance(node, Term):
        return [(node.text, guards)]
    inner = guards + (node,) if isinstance(node, All) and not root else guards
    return [p for item in node.items for p in phrases(item, inner, root=False)]
