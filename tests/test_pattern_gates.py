"""The characters a match of a pattern can open with, and the class that gates a family."""

from __future__ import annotations

import re

import pytest

from dashiji.events.pattern_gates import char_gate, first_chars, required_gate


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("着手", "着"),
        ("(?:否则|不然|要不然|要么)", "否不要"),
        (r"(?<![需想只主重不还])要$", "要"),  # (a lookbehind consumes nothing)
        (r"(?:也|都)?不(?:敢|愿)?$", "也都不"),  # (an optional opening: the next one too)
        ("[a-d]?被", "abcd被"),
        (r"(?=将)将于", "将"),
        (r"(将)\1", "将"),  # (what comes after the first character is not read)
    ],
)
def test_the_first_characters_are_those_a_match_opens_with(pattern: str, chars: str) -> None:
    assert first_chars(re.compile(pattern)) == frozenset(chars)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+起",  # a category
        "[^，。]{0,6}起",  # a negated class
        ".被",  # any character
        "(?:将)?",  # may match the empty string
        "要?$",
        r"(?:(将)|\1)被",  # a back reference first
        "(?i)ab",  # a case-blind literal
    ],
)
def test_no_first_characters_are_given_where_they_are_not_known(pattern: str) -> None:
    assert first_chars(re.compile(pattern)) is None


def test_a_text_with_no_opening_character_holds_no_match_of_the_family() -> None:
    family = [re.compile(p) for p in ("(?<!立)将(?:于|在)", "着手", "(?:没有|未)被[^，]{1,4}$")]
    gate = char_gate(family)
    texts = ["王某将于下月起诉", "他着手准备", "王某未被警方带走", "他昨天到了北京", "立将于"]
    for vt in texts:
        for p in range(len(vt)):
            for q in range(p, len(vt) + 1):
                if any(x.search(vt, p, q) for x in family):
                    assert gate.search(vt, p, q)  # (a match: the class finds its opening)
    assert gate.search("他昨天到了北京") is None


def test_a_family_with_a_pattern_of_unknown_openings_is_refused() -> None:
    with pytest.raises(AssertionError):
        char_gate([re.compile("着手"), re.compile(r"\d+起")])


@pytest.mark.parametrize(
    ("pattern", "chars", "width"),
    [
        ("[^，]{0,6}?(?:高达|多达)[0-9]+余?起", "起", None),  # (one character: the fewest)
        ("[^，]{0,4}(?:一事|一案|案件?)", "事案", 6),  # (of a branch: one of each alternative)
        ("(?:计划|方案)", "划案", 2),  # (of the ones it cannot skip, the last)
        (r"[^：:]*?[；;]", ";；", None),
        ("(?<=被)判(?=刑)", "判", 1),  # (a lookaround's characters are not consumed)
    ],
)
def test_the_required_characters_are_held_by_every_match(
    pattern: str, chars: str, width: int | None
) -> None:
    gate, reach = required_gate(re.compile(pattern))
    assert set(gate.pattern.strip("[]").replace("\\", "")) == set(chars)
    assert reach == width


@pytest.mark.parametrize("pattern", [r"\d+", "将?于?", "(?:甲|\\d)起?", "(?i)ab"])
def test_a_pattern_with_no_required_characters_known_is_refused(pattern: str) -> None:
    with pytest.raises(AssertionError):
        required_gate(re.compile(pattern))


def test_a_window_holding_no_required_character_holds_no_match() -> None:
    patterns = (
        "[^，。]{0,6}?(?:高达|有)[0-9一二三七]+起",
        "[^，]{0,12}(?:一事|一案|案件?)",
        "[^：:]*?[；;]",
    )
    family = [re.compile(p) for p in patterns]
    texts = ["车祸竟多达七起，王某起诉李某一案；乙被起诉", "事故有三起：甲；乙", "他昨天到了北京"]
    for pattern in family:
        gate, reach = required_gate(pattern)
        for vt in texts:
            for p in range(len(vt) + 1):
                for q in range(p, len(vt) + 1):
                    if pattern.match(vt, p, q):
                        assert gate.search(vt, p, q if reach is None else min(q, p + reach))
                    if pattern.search(vt, p, q):
                        assert gate.search(vt, p, q)
