"""Fixes from the review of the news coder's arguments (辞/离职's organisation, contests):
自/从 opening another word or a time is no organisation left (自愿, 从下月起); a bare 公司 before a
title is no organisation's name; a date or a clock is no score, so a contest sentence with one
is no sentence of sport.  Each with a similar sentence that stays as it was.  Invented
sentences (none from the dev set, DuEE or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events, kinds, typed
from test_events_news import news, roles

_LEAVE = "组织关系-辞/离职"


def test_zi_or_cong_opening_another_word_or_a_time_is_no_organisation(steps) -> None:
    for text in (
        "孙晓梅自愿提出辞职，回乡种茶。",
        "孙晓梅从下个月起辞职，回乡种茶。",
        "孙晓梅自明年春天起便辞职回乡。",
    ):
        r = roles(news(events(steps, text), _LEAVE))
        assert r.get("离职者") == ["孙晓梅"] and "原所属组织" not in r, (text, r)
    r = roles(news(events(steps, "孙晓梅已从绿谷茶叶研究所辞职。"), _LEAVE))
    assert r.get("原所属组织") == ["绿谷茶叶研究所"], r


def test_a_bare_company_before_a_title_is_no_organisation(steps) -> None:
    r = roles(news(events(steps, "公司一名员工王一鸣上周辞职。"), _LEAVE))
    assert r.get("离职者") == ["王一鸣"] and "原所属组织" not in r, r
    text = "青木科技在周五的公告中说，公司一名员工王一鸣上周辞职。"
    r = roles(news(events(steps, text), _LEAVE))
    assert r.get("原所属组织") == ["青木科技"], r


def test_a_date_or_a_clock_is_no_score(steps) -> None:
    for text in (
        "2031-07，挪威在申办冬季展会中击败了芬兰。",
        "上午10:30，挪威在申办冬季展会中击败了芬兰。",
    ):
        r = roles(news(events(steps, text), "竞赛行为-胜负"))
        assert "挪威" not in r.get("胜者", []), (text, r)
    r = roles(news(events(steps, "挪威在半场以2:1击败了芬兰。"), "竞赛行为-胜负"))
    assert r.get("胜者") == ["挪威"], r


def test_the_argument_cue_lists_are_data_and_documented() -> None:
    from pathlib import Path

    from dashiji.events.news_cues import cue_words

    schema = Path(__file__).resolve().parents[1] / "src/dashiji/data/events/SCHEMA.md"
    doc = schema.read_text(encoding="utf-8")
    for name in (
        "office_title",
        "from_not_source",
        "job_nouns",
        "no_object_time",
        "sport",
        "contest_head",
        "gathering_head",
        "contest_before",
        "contest_word_goes_on",
        "not_a_side_first",
    ):
        assert cue_words(name), name
        assert f"`{name}`" in doc, name
    assert all(len(w) == 1 for w in cue_words("contest_word_goes_on"))
    assert all(len(w) == 1 for w in cue_words("not_a_side_first"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第五届青湖杯网球公开赛昨天在江城开幕。", "第五届青湖杯网球公开赛"),
        ("首届江城市民马拉松邀请赛在滨江公园鸣枪开幕。", "首届江城市民马拉松邀请赛"),
    ],
)
def test_a_contest_that_opens_is_named_by_its_contest_head(steps, text: str, name: str) -> None:
    evs = events(steps, text)
    opened = typed(evs, "组织行为-开幕")
    assert opened and [a.text for a in opened[0].arguments if a.role == "活动名称"] == [name], (
        kinds(evs)
    )
