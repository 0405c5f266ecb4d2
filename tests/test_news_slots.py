"""Argument completion: a role of the event's DuEE type that the role rules leave empty takes
the phrase of its kind that the trigger's own clause names, by construction and position - the
object an object mark opens before the trigger though a venue or an adverb stands between, the
nouns such a mark joins, the object phrase closing the clause after the trigger, the venue a
place or a court takes.  Each case has a control that stays as it was.  Invented sentences
(none from the dev set, DuEE or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import assert_role, news, roles


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("这家面馆已对差评的发布者在区法院提起诉讼。", ["差评的发布者"]),  # a venue between
        ("这家面馆打算对差评的发布者及两家点评网站提起诉讼。", ["差评的发布者", "两家点评网站"]),
        ("邓先生表示将向区法院提起诉讼。", None),  # control: the court addressed is no party
    ],
    ids=["venue-between", "nouns-joined", "control-court-addressed"],
)
def test_the_object_an_object_mark_opens(steps, text: str, want: list[str] | None) -> None:
    assert_role(steps, text, "司法行为-起诉", "被告", want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("前锋阿杰正式加盟青岩。", ["青岩"]),
        ("前锋阿杰正式加盟青岩并首发出场。", None),  # control: a second predicate follows
    ],
    ids=["closing-object", "control-predicate-follows"],
)
def test_the_object_phrase_closing_the_clause(steps, text: str, want: list[str] | None) -> None:
    assert_role(steps, text, "组织关系-加盟", "所加盟组织", want)


def test_an_account_handle_is_a_party(steps) -> None:
    assert_role(steps, "一家民宿随后起诉了＠江边看云。", "司法行为-起诉", "被告", ["＠江边看云"])
    # control: the person noun before the handle is the one named
    assert_role(steps, "一家民宿随后起诉了网友＠江边看云。", "司法行为-起诉", "被告", ["网友"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("一名游客昨天在景区栈道失联。", ["景区栈道"]),
        ("一名在景区栈道拍照的游客失联。", None),  # control: the venue of a relative clause
    ],
    ids=["venue", "control-relative-clause"],
)
def test_the_place_a_venue_word_opens(steps, text: str, want: list[str] | None) -> None:
    assert_role(steps, text, "人生-失联", "地点", want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("星河轮胎公司昨天宣布对三批冬季轮胎予以召回。", ["三批冬季轮胎"]),
        ("星河轮胎公司昨天宣布在下月予以召回。", None),  # control: 将 is the future, no thing
    ],
    ids=["thing-marked", "control-future"],
)
def test_the_thing_an_object_mark_opens(steps, text: str, want: list[str] | None) -> None:
    assert_role(steps, text, "产品行为-召回", "召回内容", want)


def test_the_place_an_existential_verb_follows(steps) -> None:
    assert_role(steps, "今晨，江边货场发生火灾。", "灾害/意外-起火", "地点", ["江边货场"])
    # control: a vehicle is what it befell, no place
    assert_role(steps, "今晨，一辆冷藏货车发生火灾。", "灾害/意外-起火", "地点", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("被告人钱某昨日在东城裁判署受审。", ["东城裁判署"]),
        ("被告人钱某昨日在看守所内受审。", None),  # control: a venue that is no court
    ],
    ids=["court", "control-no-court"],
)
def test_the_court_a_venue_word_opens(steps, text: str, want: list[str] | None) -> None:
    assert_role(steps, text, "司法行为-开庭", "开庭法院", want)


def test_nouns_alone_before_a_listed_name_title_it(steps) -> None:
    text = "某软件公司公告称，技术总监严柏、行政主管魏思远和董事会秘书陶一帆已提交辞呈并辞职。"
    e = news(events(steps, text), "组织关系-辞/离职")
    assert {"严柏", "魏思远", "陶一帆"} <= set(roles(e)["离职者"])
    # control: a verb between the coordinator and the name makes it no title
    text = "技术总监严柏和接替他的陶一帆昨日见面后，严柏宣布辞职。"
    e = news(events(steps, text), "组织关系-辞/离职")
    assert "陶一帆" not in roles(e)["离职者"]


def test_a_thing_opening_the_clause_is_what_is_launched(steps) -> None:
    text = "远帆科技公司研制的“灵犀翻译笔”将于明年三月向海外市场推出。"
    assert_role(steps, text, "产品行为-发布", "发布产品", ["“灵犀翻译笔”"])
    # control: the maker opening the clause launches, it is not the thing launched
    text = "远帆科技公司将于明年三月向海外市场推出。"
    assert_role(steps, text, "产品行为-发布", "发布产品", None)
