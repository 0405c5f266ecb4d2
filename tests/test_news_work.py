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
