"""The one-search gates in front of the news coder's modality tests (a speaker's 说, a label's
colon, an opinion's 认为, a quotation's closing mark): each rules out only stretches the full
test would answer no for, and lets through every form the full test answers yes for; and the
reporting words joined at one level (_alternatives) match as their groups did."""

from __future__ import annotations

import re

import pytest

from dashiji.events import news
from dashiji.events.news_actors import Actor


def _who(vt: str, name: str) -> Actor:
    i = vt.index(name)
    return Actor(i, i + len(name), name, "PER")


@pytest.mark.parametrize("mark", ["，", ",", "：", ":", "“"])
def test_a_speaker_who_says_is_read_past_the_gate(mark: str) -> None:
    text = f"有网友说{mark}某公司已起诉这名博主"
    before = text[: text.index("起诉")]
    assert news._someone_says(before, 0, len(before))
    assert news._reported_in(before)


def test_no_says_no_speaker() -> None:
    text = "这位律师讲，某公司已起诉这名博主"
    assert not news._someone_says(text, 0, text.index("起诉"))


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_speaker_label_either_colon_is_read_past_the_gate(colon: str) -> None:
    vt = f"张先生{colon}我上个月被单位辞退了。"
    assert news._speaker_label(vt, 0, vt.index("辞退"), [_who(vt, "张先生")])


def test_a_media_label_is_read_past_the_gate() -> None:
    vt = "外媒：一名男子前天被警方拘留。"
    assert news._speaker_label(vt, 0, vt.index("拘留"), [])


def test_an_opinion_is_read_past_the_gate() -> None:
    vt = "法庭认为，赵某在网上发帖的行为构成诽谤。"
    assert news._held_view(vt, 0, vt.index("诽谤"))
    assert not news._held_view("法庭审理后，赵某构成诽谤。", 0, 9)


def test_a_quotation_closing_in_its_sentence_is_read_past_the_gate() -> None:
    vt = "“商家不肯退钱，还起诉了我们，”刘女士说。"
    assert news._speaker_after_quote(vt, 0, vt.index("起诉"), len(vt))


def test_a_quotation_closing_past_its_sentence_is_read_past_the_gate() -> None:
    # (the closing mark stands right after the sentence's full stop: the second search finds it)
    vt = "“商家不肯退钱。他们还起诉了我们。”刘女士说。"
    a = vt.index("他们")
    b = vt.index("。", a) + 1
    assert news._speaker_after_quote(vt, a, vt.index("起诉"), b)


@pytest.mark.parametrize(
    "pattern, flat",
    [
        ("(?:a|b(?:c|d))", "a|b(?:c|d)"),
        ("(?:a)|(?:b)", "(?:a)|(?:b)"),  # two groups: kept whole
        ("(?:a)b", "(?:a)b"),
        ("(?:[)]|x)", "[)]|x"),  # a bracket in a set, an escaped one
        ("(?:\\)|x)", "\\)|x"),
        ("(?:[^]a)]|b)", "[^]a)]|b"),
        ("abc", "abc"),
    ],
)
def test_the_alternatives_of_a_wrapped_pattern(pattern: str, flat: str) -> None:
    assert news._alternatives(re.compile(pattern)) == flat


def test_the_reported_words_joined_at_one_level_match_as_the_groups_did() -> None:
    from dashiji.events.news_cues import cue, cue_words

    grouped = re.compile(
        "(?:" + cue("reported").pattern + "|" + news._INQUIRY.pattern + ")(?!(?<=显示)出)"
    )
    words = cue_words("reported") + cue_words("inquiry_findings")
    text = "，".join(w + "某事" for w in words) + "画面显示出，经调查，初步调查发现，以下简称"
    assert [(m.span(), m.group()) for m in news._REPORTED.finditer(text)] == [
        (m.span(), m.group()) for m in grouped.finditer(text)
    ]
    assert len(list(news._REPORTED.finditer(text))) >= len(words)
