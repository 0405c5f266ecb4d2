"""A regular expression matching any of a list of words, written as a trie.

``re`` tries the branches of an alternation one after the other at each place a search stops:
``(?:甲乙|甲丙|丁…)`` over a list of 80 words makes up to 80 attempts at a place, most failing on
their first character.  The same words written as a trie (``(?:甲(?:乙|丙)|丁…)``) make one attempt
per character read.

The trie is the *same* pattern, match for match, in any context (searched, matched, inside a
larger pattern that backtracks into it): the words that can match at one place are prefixes of one
another, so the alternation prefers among them the one listed first, and the trie the longest (it
tries going on before stopping).  These agree when every word is listed before the words that are
its prefixes (sorted longest first, say): :func:`word_alternation` then writes the trie, and the
plain alternation otherwise (as the list asks: 籍 before 籍贯 prefers 籍).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeAlias

__all__ = ["word_alternation"]

_Node: TypeAlias = "dict[str, _Node]"  # a trie node: each next character's node
_END = ""  # the key of a trie node marking that a word ends there


def word_alternation(words: Sequence[str]) -> str:
    """The pattern (no group of its own, ready to embed) matching any of ``words`` (non-empty),
    preferring the one listed first where several match at one place."""
    if not words:
        raise ValueError("no words")
    if not _longest_first(words):
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return "(?:" + _branches(root) + ")"


def _longest_first(words: Sequence[str]) -> bool:
    """Is every word listed before any word that is a proper prefix of it?"""
    seen: set[str] = set()
    for w in words:
        if any(w[:k] in seen for k in range(1, len(w))):
            return False
        seen.add(w)
    return True


def _branches(node: _Node) -> str:
    """The alternation of what may follow ``node`` (a word ending there: empty, tried last)."""
    kids = [re.escape(ch) + _rest(child) for ch, child in node.items() if ch != _END]
    body = "|".join(kids)
    if _END in node:
        return f"(?:{body})?" if len(kids) > 1 or len(kids[0]) > 1 else f"{body}?"
    return body


def _rest(node: _Node) -> str:
    """What follows a character leading to ``node``: nothing (a leaf), or its branches."""
    if len(node) == 1 and _END in node:
        return ""
    kids = [ch for ch in node if ch != _END]
    if len(kids) == 1 and _END not in node:
        return re.escape(kids[0]) + _rest(node[kids[0]])  # a chain: 甲乙丙
    inner = _branches(node)
    return inner if _END in node else f"(?:{inner})"
