"""Split a sentence into clauses, where a trigger's arguments live.

A clause ends at ，；：(either width) or a line break.  A temporal clause opened by 在 and closed
by 之后/期间/时 with no comma after it (在美国特使访问莫斯科之后美俄达成共识) is split there too:
its verb and the main clause's verb have different arguments.  Offsets are offsets of the text
given (the document's analysis view), so clauses line up with entity and time spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

_BREAK = re.compile(r"[，,；;：:\n]")
# where a clause or a sentence ends, for readers that look across sentences
CLAUSE_CUT = re.compile(r"[，,；;：:。！？!?\n]")
# a comma or a colon: the cuts within a sentence a claim or a saying reads across clause by clause
COMMA_COLON = re.compile(r"[，,：:]")
QUOTE_OPEN = frozenset('“「『"')  # the marks that open a quotation
QUOTE_CLOSES = re.compile("[”」』]")  # a mark that closes one (the plain " opens one too: not here)
_COLON = "：:"


@dataclass(slots=True)
class Clause:
    start: int
    end: int  # exclusive, before the punctuation that closes it
    index: int
    punct: str = ""  # the punctuation that closes it ('' at the end of the sentence)
    after_colon: bool = False  # a colon stands between the sentence start and this clause

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end or (offset == self.end and self.start == self.end)


def split_clauses(text: str, start: int, end: int, lex: Lexicon) -> list[Clause]:
    """The clauses of ``text[start:end]`` (stripped of leading white space), in order."""
    pieces: list[tuple[int, int, str]] = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        pieces.append((pos, m.start(), m.group()))
        pos = m.end()
    pieces.append((pos, end, ""))
    out: list[Clause] = []
    colon = False
    for a, b, punct in pieces:
        while a < b and text[a].isspace():
            a += 1
        if text.startswith("在", a):
            for a2, b2, p2 in _split_temporal(text, a, b, punct, lex):
                if b2 > a2:
                    out.append(Clause(a2, b2, len(out), p2, colon))
        elif b > a:
            out.append(Clause(a, b, len(out), punct, colon))
        if punct in _COLON:
            colon = True
    return out


def _split_temporal(
    text: str, a: int, b: int, punct: str, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """在…之后 + main clause without a comma → two clauses."""
    if text.startswith("在", a):
        for m in lex.subordinate_end.finditer(text, a + 2, min(b, a + 40)):
            cut = m.end()
            if cut < b - 1:
                return [(a, cut, ""), (cut, b, punct)]
    return [(a, b, punct)]


def clause_at(clauses: list[Clause], offset: int) -> Clause | None:
    for c in clauses:
        if c.start <= offset < c.end:
            return c
    best = None
    for c in clauses:  # an offset on the punctuation belongs to the clause before it
        if c.end <= offset:
            best = c
    return best
