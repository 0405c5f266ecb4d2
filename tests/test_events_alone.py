"""Sentences the diplomatic coder leaves unread: one whose entities give too few actors for a
complete event while the article has none yet to join or lend to (EventCoder._unread) - skipped
only where reading it could change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from test_events import events

from dashiji.events import coder


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The indices of the sentences the coder read (EventCoder._sentence counted)."""
    seen: list[int] = []
    sentence = coder.EventCoder._sentence

    def _sentence(self: Any, si: int, *rest: Any, **kw: Any) -> Any:
        seen.append(si)
        return sentence(self, si, *rest, **kw)

    monkeypatch.setattr(coder.EventCoder, "_sentence", _sentence)
    return seen


def _sides(evs: list[Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(e.trigger, [(a.name, a.side) for a in e.actors]) for e in evs]


def test_one_actor_and_nothing_told_before_is_not_read(
    steps: tuple[Any, Any], read: list[int]
) -> None:
    assert events(steps, "普京随后宣布临时停火。") == []
    assert read == []


def test_one_actor_after_a_complete_event_borrows_its_target(
    steps: tuple[Any, Any], read: list[int]
) -> None:
    evs = events(steps, "俄罗斯宣布对乌克兰暂停打击30天。", "普京随后宣布临时停火。")
    assert read == [0, 1]
    assert _sides(evs) == [("暂停打击", [("普京", "source"), ("乌克兰", "target")])]


def test_two_actors_or_a_fixed_target_are_read(steps: tuple[Any, Any], read: list[int]) -> None:
    assert _sides(events(steps, "普京与埃尔多安举行会谈。")) == [
        ("举行会谈", [("普京", "party"), ("埃尔多安", "party")])
    ]
    assert _sides(events(steps, "普京宣布访华。")) == [
        ("访华", [("普京", "source"), ("中国", "target")])
    ]
    assert read == [0, 0]


def test_a_sentence_that_dates_the_next_one_s_immediate_event_is_read(
    steps: tuple[Any, Any], read: list[int]
) -> None:
    (e,) = events(steps, "5月3日，普京宣布临时停火。", "随即，俄罗斯与乌克兰举行会谈。")
    assert read == [0, 1] and e.trigger == "举行会谈" and e.date == "2025-05-03"
    read.clear()
    (e,) = events(steps, "5月3日，普京宣布临时停火。", "俄罗斯与乌克兰举行会谈。")
    assert read == [1] and e.date is None  # (no 随即: the first sentence lends nothing)


def test_who_bound_counts_members_and_no_unresolved_pronoun() -> None:
    from dashiji.model import Span

    def ent(**attrs: Any) -> tuple[int, Span, int, int]:
        return (0, Span("entity", 0, 2, "PER", attrs), 0, 2)

    assert coder._who_bound([]) == 0
    assert coder._who_bound([ent(source="coref")]) == 0  # 他, unresolved
    assert coder._who_bound([ent(source="coref", kb_id="Q1")]) == 1
    assert coder._who_bound([ent(source="kb", country="RUS")]) == 1
    assert coder._who_bound([ent(source="coref", members=["Q1", "Q2"])]) == 2  # 两人
    assert coder._who_bound([ent(source="kb"), ent(source="lac")]) == 2


def test_the_triggers_of_unread_sentences_are_not_matched(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[tuple[int, int]] | None] = []
    cb = coder.default_coder().cb
    match = cb.match_tuples

    def match_tuples(text: str, **kw: Any) -> Any:
        asked.append(kw.get("within"))
        return match(text, **kw)

    monkeypatch.setattr(cb, "match_tuples", match_tuples)
    assert events(steps, "普京随后宣布临时停火。") == []
    assert asked == []  # (no sentence to read: nothing matched)
    evs = events(steps, "俄罗斯宣布对乌克兰暂停打击30天。", "普京随后宣布临时停火。")
    assert len(evs) == 1
    # the first sentence alone; once its event is complete, the rest
    assert asked == [[(0, 17)], [(19, 30)]]  # (the paragraphs joined by a blank line)


def test_one_identity_named_twice_is_not_coded(
    steps: tuple[Any, Any], read: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coded: list[int] = []
    code_sentence = coder.EventCoder._code_sentence

    def _code_sentence(self: Any, doc: Any, view: Any, s: Any, *rest: Any) -> Any:
        coded.append(s.index)
        return code_sentence(self, doc, view, s, *rest)

    monkeypatch.setattr(coder.EventCoder, "_code_sentence", _code_sentence)
    assert events(steps, "俄罗斯宣布，俄罗斯将暂停打击。") == []
    assert read == [] and coded == []  # (two entities, one identity: no pair to code)
    # an alias in brackets may widen the entity before it (read), and is that entity (not coded)
    assert events(steps, "俄罗斯（Russia）宣布，俄罗斯将暂停打击。") == []
    assert read == [0] and coded == []
    read.clear()
    # the body a country's name qualifies is an identity of its own: read and coded
    events(steps, "美国宣布，美国法院将暂停执行禁令。")
    assert read == [0] and coded == [0]
    read.clear()
    assert _sides(events(steps, "俄罗斯宣布，俄罗斯将对乌克兰暂停打击。")) == [
        ("暂停打击", [("俄罗斯", "source"), ("乌克兰", "target")])
    ]
    assert read == [0] and coded == [0, 0]


def test_the_times_are_read_only_for_a_sentence_read(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    anchored: list[int] = []
    anchor = coder.anchor_day_anaphors

    def anchor_day_anaphors(times: Any, *rest: Any) -> Any:
        anchored.append(len(times))
        return anchor(times, *rest)

    monkeypatch.setattr(coder, "anchor_day_anaphors", anchor_day_anaphors)
    assert events(steps, "5月3日，普京宣布临时停火。") == []  # (news: 停火 has no news type)
    assert anchored == []
    assert len(events(steps, "5月3日，俄罗斯宣布对乌克兰暂停打击。")) == 1
    assert anchored == [1]


def test_a_country_or_place_may_become_the_people_or_body_after_it() -> None:
    from dashiji.events.actors import may_qualify

    assert may_qualify("美国法院宣布", "country", 2, 6)  # (英国地方政府, 某国法院)
    assert may_qualify("北京市民抗议", "place", 2, 6)  # (某地的居民)
    assert may_qualify("俄罗斯（Russia）", "country", 3, 13)  # (an alias widens it)
    assert not may_qualify("美国宣布制裁", "country", 2, 6)
    assert not may_qualify("美国法院宣布", None, 2, 6)  # (a person or a body: no place)


def _identities_asking_each(c: Any, vt: str, mine: list[Any], end: int) -> int:
    """EventCoder._identities as first written: may_qualify asked of every entity of the KB."""
    if coder._who_bound(mine) < 2:
        return coder._who_bound(mine)
    seen: set[tuple[str, Any]] = set()
    n = 0
    for item in mine:
        span, b = item[1], item[3]
        kb_id = span.attrs.get("kb_id")
        if span.attrs.get("members") or not kb_id:
            n += coder._who_bound([item])
        else:
            entry = c.kb.by_id(kb_id)
            if coder.may_qualify(vt, entry.kind if entry is not None else None, b, end):
                n += 1
            else:
                seen.add((kb_id, span.attrs.get("country")))
        if n + len(seen) >= 2:
            return 2
    return n + len(seen)


def test_identities_ask_may_qualify_only_where_it_can_change_the_count(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One identity of the KB told twice is two when a telling may become the people or body
    after it (美国…美国法院), one otherwise; two identities are two without asking."""
    from test_events import annotated

    c = coder.default_coder()
    asked: list[int] = []
    may = coder.may_qualify

    def may_qualify(view: str, kind: Any, end: int, sent_end: int) -> bool:
        asked.append(end)
        return may(view, kind, end, sent_end)

    cases = {
        "美国宣布，美国法院将暂停执行禁令。": 2,  # (a body the country's name qualifies)
        "俄罗斯（Russia）宣布，俄罗斯将暂停打击。": 2,  # (an alias may widen it)
        "俄罗斯宣布，俄罗斯将暂停打击。": 1,
        "俄罗斯宣布，俄罗斯将对乌克兰暂停打击。": 2,
        "普京与埃尔多安举行会谈。": 2,
    }
    for text, want in cases.items():
        doc = annotated(steps, [text])
        vt = doc.text
        mine = sorted(
            (
                (i, s, s.start, s.end)
                for i, s in enumerate(doc.spans_of("entity"))
                if s.attrs.get("source") != "lac" or s.attrs.get("country") or s.attrs.get("kb_id")
            ),
            key=lambda x: x[2],
        )
        end = max(s.end for s in doc.spans_of("sentence"))
        assert _identities_asking_each(c, vt, mine, end) == want, text
        monkeypatch.setattr(coder, "may_qualify", may_qualify)
        asked.clear()
        assert c._identities(vt, mine, end) == want, text
        monkeypatch.setattr(coder, "may_qualify", may)
        if text.startswith(("普京", "俄罗斯宣布，俄罗斯将对")):
            assert asked == [], text  # (two identities: nothing to ask)
