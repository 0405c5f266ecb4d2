"""Work the news coder does once per sentence, not once per look: a sentence is cut into clauses
once (its own trigger matches, the sentence after it reading it as its lead-in, a later sentence
taking its day), and the characters its actors take are copied from the article's once."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from test_events import events

from dashiji.events import news
from dashiji.events.news_actors import Actor


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> Counter[Any]:
    calls: Counter[Any] = Counter()
    real = getattr(news, name)

    def counted(*args: Any) -> Any:
        calls[args[1:3] if name == "_clauses" else name] += 1
        return real(*args)

    monkeypatch.setattr(news, name, counted)
    return calls


def test_a_sentence_is_cut_into_clauses_once(steps: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cuts = _counting(monkeypatch, "_clauses")
    evs = events(steps, "3月2日，某区法院当庭宣判：", "以故意伤害罪判处张某有期徒刑3年。")
    assert any(e.news_type for e in evs)  # (the lead-in read: its sentence cut and read again)
    assert cuts and max(cuts.values()) == 1, cuts


def test_the_taken_characters_are_copied_once_per_sentence(
    steps: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = _counting(monkeypatch, "_taken_by")
    evs = events(steps, "车主王某起诉某汽车公司。")
    assert any(e.news_type for e in evs)
    assert copies["_taken_by"] == 1


def test_marking_the_taken_characters_is_in_place() -> None:
    held = bytearray(6)
    x = Actor(1, 3, "王某", "PER")
    assert news._mark_taken(held, [x]) is held
    assert held == bytearray(b"\x00\x01\x01\x00\x00\x00")


def _clauses_by_pattern(vt: str, a: int, b: int) -> list[tuple[int, int]]:
    """news._clauses as first written: cut where _CLAUSE_CUT (with its lookarounds) matches."""
    out: list[tuple[int, int]] = []
    start = a
    asides = [m.span() for m in news._LONG_ASIDE.finditer(vt, a, b)]
    for m in news._CLAUSE_CUT.finditer(vt, a, b):
        if asides and any(x < m.start() < y for x, y in asides):
            continue
        if asides and news._listed_aside(vt, m.start(), asides):
            continue
        if news._LIST_GOES_ON.match(vt, m.start()):
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < b:
        out.append((start, b))
    return out


def test_clauses_cut_where_the_clause_pattern_does() -> None:
    """One character class and a digit test by hand cut a sentence where _CLAUSE_CUT's
    branches do: not at a colon or a comma between two digits (10:30, 1,000 - the digit before
    read even before the sentence, the one after only inside it), at every other mark."""
    import random

    def cut(vt: str, a: int, b: int) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in news._clauses(vt, a, b)]

    assert cut("10:30开庭，1,000元", 0, 13) == [(0, 7), (8, 13)] == _clauses_by_pattern(
        "10:30开庭，1,000元", 0, 13
    )
    assert cut("1,2", 1, 3) == [(1, 3)]  # (the digit before the sentence read: no cut)
    assert cut("1,2", 0, 2) == [(0, 1)]  # (the digit after it not: a cut)
    rng = random.Random(3)
    alphabet = [*"甲乙及时，,：:；;。！？!?0９1０（）()、和", "（男，41岁）", "１：２"]
    for _ in range(20000):
        vt = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        a = rng.randint(0, len(vt))
        b = rng.randint(a, len(vt))
        assert cut(vt, a, b) == _clauses_by_pattern(vt, a, b), (vt, a, b)
