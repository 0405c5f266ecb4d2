"""Sentence splitting for Chinese news text, by offsets into the unchanged text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at 。！？ (either width), an ellipsis, or a line break.  Closing quotes and
# brackets right after the terminator belong to the sentence (…说“好主意。”).  A half-width full
# stop ends a sentence only before white space or the end and after a non-digit, so "2.5%" and
# "U.S. officials" mid-sentence do not split.  ；(semicolon) is left inside: Chinese news uses it
# for enumerations within one sentence.
# (The pattern opens with the class of every first character, each branch then asks by a
# lookbehind which one it was: a pattern that opens with a class is searched for by that class
# in C (re's charset prefix) — a leading lookahead tried the whole pattern at every character,
# ~1.8 times slower on DTELS articles.  The same ends as (?=[。！？!?….\n])(?:(?:[。！？!?]+|……|…
# |(?<![0-9A-Z])\.(?=\s|$))[closers]*|\n+), the branches' first characters being disjoint.)
_CLOSERS = r"""[”’」』）)\]】"'》]*"""
_END = re.compile(
    r"[。！？!?….\n](?:"
    rf"(?<=[。！？!?])[。！？!?]*{_CLOSERS}"
    rf"|(?<=…)…?{_CLOSERS}"
    rf"|(?<=\.)(?<![0-9A-Z]\.)(?=\s|$){_CLOSERS}"
    r"|(?<=\n)\n*)"
)


# A bracketed remainder after the full stop — a photo credit （Reuters）, （新华社） — is not a
# sentence of its own: it belongs to the sentence before it on the same line.
_CREDIT = re.compile(r"[（(][^（()）\n]{1,40}[）)]")
_CREDIT_OPENERS = "（("  # the first character of every match of _CREDIT


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank sentence in ``text[start:end]``, stripped."""
    stop = len(text) if end is None else end
    pending: tuple[int, int] | None = None
    for a, b in _pieces(text, start, stop):
        if (
            pending
            and text[a] in _CREDIT_OPENERS  # (most pieces: no bracket opens them, no regex run)
            and _CREDIT.fullmatch(text, a, b)
            and "\n" not in text[pending[1] : a]
        ):
            pending = (pending[0], b)
            continue
        if pending:
            yield pending
        pending = (a, b)
    if pending:
        yield pending


def _pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The non-blank pieces between sentence ends, stripped (a list, built in one loop: an
    article has dozens of sentences and a generator per piece cost more than the cutting)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, stop):
        end = m.end()
        # (the piece pos..b trimmed as by _trimmed, written out: a call a piece cost ~10 %)
        a, b = pos, end if text[m.start()] != "\n" else m.start()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = end
    _trimmed(text, pos, stop, out)
    return out


def _trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
