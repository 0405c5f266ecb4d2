"""The characters a match of a pattern can open with, and the class that gates a family."""

from __future__ import annotations

import re

import pytest

from dashiji.events.pattern_gates import char_gate, first_chars


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
