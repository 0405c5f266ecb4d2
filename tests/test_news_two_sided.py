"""The other side of a two-sided act (issue 7, participant-missing): the one sued named in a
以…为被告 phrase, the doer of an act addressed to someone named after 向/为/给, the doer of a
passive attack.  Each rule has sentences where it acts and controls where it must not.
Invented sentences (none from the dev sets or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, roles

SUED = "司法行为-起诉"


# ---- 以…为被告: the ones named are sued ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        ("华美公司以新宇科技为被告提起诉讼。", ["华美公司"], ["新宇科技"]),
        (
            "华美公司以新宇科技、蓝天物流等三家企业为被告提起诉讼。",
            ["华美公司"],
            ["新宇科技", "蓝天物流"],
        ),
        (
            "车主王磊以北极星公司及其销售经理李某为共同被告提起诉讼。",
            ["王磊"],
            ["北极星公司", "李某"],
        ),
    ],
)
def test_the_ones_a_yi_phrase_names_as_defendants_are_sued(steps, text, plaintiff, sued) -> None:
    e = news(events(steps, text), SUED)
    assert roles(e).get("原告") == plaintiff and roles(e).get("被告") == sued, roles(e)


def test_the_ones_named_as_the_object_of_a_suit_are_not_plaintiffs(steps) -> None:
    # 以某甲、某乙为对象发起诉讼: the bodies named are sued, none of them sues
    e = news(events(steps, "他以市政府、区政府和街道办为对象发起行政诉讼。"), SUED)
    assert "原告" not in roles(e) and roles(e).get("被告") == ["市政府", "区政府"], roles(e)


@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        # 以…为榜样 in a clause of its own: no role of the suit
        ("华美公司以北极星公司为榜样，起诉了新宇科技。", ["华美公司"], ["新宇科技"]),
        # the charged one of 以被告人X涉嫌… stays as it was
        ("检方以被告人刘某涉嫌盗窃罪提起公诉。", ["检方"], ["刘某"]),
    ],
)
def test_a_yi_phrase_naming_no_defendant_leaves_the_suit_as_it_was(
    steps, text, plaintiff, sued
) -> None:
    e = news(events(steps, text), SUED)
    assert roles(e).get("原告") == plaintiff and roles(e).get("被告") == sued, roles(e)


# ---- 某甲向某乙道歉: the doer before the mark, though no name was recognised ---------------------
@pytest.mark.parametrize(
    ("text", "news_type", "role", "doer"),
    [
        ("在一场直播活动里，小崔向刘涛公开道歉。", "交往-道歉", "道歉者", ["小崔"]),
        ("在颁奖典礼上，小周向刘涛表示感谢。", "交往-感谢", "致谢人", ["小周"]),
        # the speaker carried from the clause before is no party of the act the clause tells
        ("张女士说，小崔向刘涛道歉了。", "交往-道歉", "道歉者", ["小崔"]),
    ],
)
def test_the_phrase_before_the_mark_of_the_one_addressed_is_the_doer(
    steps, text, news_type, role, doer
) -> None:
    e = news(events(steps, text), news_type)
    assert roles(e).get(role) == doer, roles(e)


@pytest.mark.parametrize(
    ("text", "news_type", "role", "doer"),
    [
        # a time and a place before the mark name no doer
        ("昨天在节目现场向刘涛公开道歉。", "交往-道歉", "道歉者", None),
        ("事后向朱军鞠躬道歉。", "交往-道歉", "道歉者", None),
        # the speaker's own act, the clause naming no one of its own, stays the speaker's
        ("朱军表示，早就向刘涛道歉了。", "交往-道歉", "道歉者", ["朱军"]),
        ("朱军表示，他早就向刘涛道歉了。", "交往-道歉", "道歉者", ["朱军"]),
        # a verb phrase before the mark (how it was said) is no doer: the one carried stays
        ("刘某注销了账号，微博发声向张某道歉。", "交往-道歉", "道歉者", ["刘某"]),
        # a name recognised before the mark stays the doer
        ("网友小周向刘涛表示感谢。", "交往-感谢", "致谢人", ["网友"]),
        # an award given by someone named stays as it was; one told without a giver has none
        (
            "据了解，4月9日，宁波市慈善协会为阿亮颁发了爱心奖章。",
            "产品行为-获奖",
            "颁奖机构",
            ["宁波市慈善协会"],
        ),
        ("今年的一等奖颁给了胖哥。", "产品行为-获奖", "颁奖机构", None),
    ],
)
def test_no_phrase_before_the_mark_leaves_the_doer_as_it_was(
    steps, text, news_type, role, doer
) -> None:
    e = news(events(steps, text), news_type)
    assert roles(e).get(role) == doer, roles(e)


@pytest.mark.parametrize(
    "text",
    [
        "节目中向刘涛鞠躬道歉。",  # a place closing with a localiser
        "私下向刘涛道歉。",
        "会上向刘涛表示感谢。",  # a time, a place the tagger reads
        "网上向刘涛道歉。",
        "现场向刘涛道歉。",  # how it was addressed (news_cues address_manners)
        "书面向刘涛致歉。",
    ],
)
def test_where_or_how_before_the_mark_is_no_doer(steps, text) -> None:
    e = next(e for e in events(steps, text) if e.news_type in ("交往-道歉", "交往-感谢"))
    assert [a.name for a in e.actors] == ["刘涛"], roles(e)


@pytest.mark.parametrize(
    "text", ["小崔昨晚向刘涛道歉。", "小崔连续向刘涛道歉。", "小崔现场向刘涛道歉。"]
)
def test_when_and_how_close_no_doer_before_the_mark(steps, text) -> None:
    # a time, an adverb or how it was addressed is cut off the doer read before 向
    e = news(events(steps, text), "交往-道歉")
    assert roles(e).get("道歉者") == ["小崔"], roles(e)


def test_an_act_of_its_own_doer_told_by_a_speaker_is_reported(steps) -> None:
    # the speaker carried from the clause before gives way to the doer: told by her, not hers
    e = news(events(steps, "张女士称，小崔向刘涛道歉了。"), "交往-道歉")
    assert roles(e).get("道歉者") == ["小崔"] and e.modality == "reported", (roles(e), e.modality)


def test_one_told_to_apologise_is_no_doer_read_before_the_mark(steps) -> None:
    # 他被要求向某甲道歉: a passive demand, no apology made - none coded
    assert not [e for e in events(steps, "他被要求向刘涛公开道歉。") if e.news_type == "交往-道歉"]


# ---- 乙被甲V: the doer of a passive attack, though no name was recognised ---------------------
ATTACK = "灾害/意外-袭击"


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("老人遭一伙劫匪殴打。", ["一伙劫匪"]),
        ("店主遭两名蒙面劫匪袭击。", ["两名蒙面劫匪"]),
        ("一名保洁员遭三名醉汉用木棍殴打。", ["三名醉汉"]),
    ],
)
def test_the_phrase_after_the_passive_mark_of_an_attack_is_the_attacker(
    steps, text, attacker
) -> None:
    e = news(events(steps, text), ATTACK)
    assert roles(e).get("袭击者") == attacker, roles(e)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        # 被人, 被他人: no one told
        ("昨晚，一名外卖员被人捅伤。", None),
        ("昨晚，一名外卖员被他人捅伤。", None),
        # a vehicle after the mark is what it was done with, no attacker
        ("一名女子被一辆货车多次碾压。", None),
        # an attacker recognised after the mark stays, with a place before it
        ("店主在店内被一名男子砍伤。", ["男子"]),
        ("出租车司机被醉酒乘客持刀刺伤。", ["乘客"]),
    ],
)
def test_no_phrase_after_the_passive_mark_leaves_the_attacker_as_it_was(
    steps, text, attacker
) -> None:
    e = news(events(steps, text), ATTACK)
    assert roles(e).get("袭击者") == attacker, roles(e)


@pytest.mark.parametrize("text", ["伤者已被送往医院救治。", "小区保安被认为是这起事件的目击者。"])
def test_a_passive_with_no_attack_makes_no_attacker(steps, text) -> None:
    assert not [e for e in events(steps, text) if e.news_type == ATTACK]


# ---- 感谢这位某某: the one a determiner and a classifier of people name --------------------------
THANKS = "交往-感谢"


@pytest.mark.parametrize(
    ("text", "thanked"),
    [
        ("不少村民送来锦旗，感谢这位退伍老兵。", ["退伍老兵"]),
        ("许多乘客留言，感谢那位好心船长。", ["好心船长"]),
    ],
)
def test_the_one_a_person_determiner_names_after_thanks_is_thanked(steps, text, thanked) -> None:
    e = news(events(steps, text), THANKS)
    assert roles(e).get("被感谢人") == thanked, roles(e)


@pytest.mark.parametrize(
    ("text", "thanked"),
    [
        # a recognised name after the determiner stays the one thanked
        ("许多网友感谢这位司机。", ["司机"]),
        ("市民纷纷留言，感谢这位好心司机的帮助。", ["司机"]),
    ],
)
def test_a_recognised_name_after_a_determiner_stays_thanked(steps, text, thanked) -> None:
    e = news(events(steps, text), THANKS)
    assert roles(e).get("被感谢人") == thanked, roles(e)


@pytest.mark.parametrize("text", ["他感谢这个机会。", "他在发布会上感谢这次活动的主办方。"])
def test_no_classifier_of_people_names_no_one_thanked(steps, text) -> None:
    # 这个, 这次: no classifier of people - nothing thanked is read after the determiner
    for e in events(steps, text):
        assert "被感谢人" not in roles(e) or e.news_type != THANKS, roles(e)


@pytest.mark.parametrize(
    "text", ["一名路人被严重殴打。", "一名路人被疯狂砍杀。", "一名路人遭暴力殴打。"]
)
def test_how_an_attack_was_done_after_the_passive_mark_is_no_one(steps, text) -> None:
    # an adjective or a word describing people, alone after 被/遭: how, no attacker nor party
    e = news(events(steps, text), ATTACK)
    assert roles(e).get("袭击者") is None and len(e.actors) == 1, (roles(e), e.actors)


@pytest.mark.parametrize(
    "text", ["王某被送往医院途中遭殴打。", "王某被带往派出所途中遭人殴打。", "王某被曝遭人殴打。"]
)
def test_the_passive_of_another_verb_makes_no_attacker(steps, text) -> None:
    # 被送往…遭殴打: the 被 is of 送往; the one attacked stays so, no attacker read after it
    e = news(events(steps, text), ATTACK)
    assert roles(e).get("袭击对象") == ["王某"] and "袭击者" not in roles(e), roles(e)


@pytest.mark.parametrize(
    ("text", "not_one"),
    [
        # 感谢这位来自某地的医生: what 的 closes qualifies the one after it, no one thanked
        ("患者家属留言，感谢这位来自西安的医生。", "来自西安"),
        ("患者家属留言，感谢这位年轻的护士。", "年轻"),
        # a verb closing the clause: a clause after the determiner, no name
        ("患者家属留言，感谢这位医生救命。", "医生救命"),
    ],
)
def test_a_clause_after_a_determiner_is_no_one_thanked(steps, text, not_one) -> None:
    e = news(events(steps, text), THANKS)
    assert not_one not in [a.name for a in e.actors], roles(e)


@pytest.mark.parametrize(
    "text", ["王某被三名醉汉昨晚殴打。", "王某被三名醉汉连续殴打。", "王某被三名醉汉轮番殴打。"]
)
def test_when_and_how_close_no_attacker_after_the_passive_mark(steps, text) -> None:
    # a time or an adverb before the trigger is cut off the attacker read after 被
    e = news(events(steps, text), ATTACK)
    assert roles(e).get("袭击者") == ["三名醉汉"], roles(e)


# ---- 甲和乙发生口角后被刑拘: the other side of a quarrel is not the one arrested ----------
ARREST = "司法行为-拘捕"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("钟某和出租车司机方某发生口角后被刑拘。", ["钟某"]),
        ("钟某与两名男子发生口角后被警方带走。", ["钟某"]),
        ("钟某与两名男子发生争执，被警方带走。", ["钟某"]),
    ],
)
def test_the_other_side_of_a_quarrel_is_not_arrested(steps, text: str, held: list[str]) -> None:
    r = roles(news(events(steps, text), ARREST))
    assert r.get("被拘捕者") == held, r


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (controls: both sides told as held; a fight, no quarrel; a list, no quarrel)
        ("钟某与方某发生冲突后双方均被警方拘留。", {"钟某", "方某"}),
        ("钟某与方某发生争执，两人都被警方带走。", {"钟某", "方某"}),
        # (都 alone after the quarrel, no 双方/两人 read as the pair: the case only both_sides
        # keeps - the two above hold both by the pair word too)
        ("钟某与方某发生争执后都被警方带走。", {"钟某", "方某"}),
        ("钟某与方某打架后被警方拘留。", {"钟某", "方某"}),
        ("钟某和方某因涉嫌诈骗被警方刑拘。", {"钟某", "方某"}),
        # (a dispute named as the cause, no quarrel told: both held)
        ("钟某与司机方某因债务纠纷被警方刑拘。", {"钟某", "方某"}),
    ],
)
def test_both_sides_held_stay_held(steps, text: str, held: set[str]) -> None:
    r = roles(news(events(steps, text), ARREST))
    assert set(r.get("被拘捕者", [])) == held, r


# ---- 向甲类人员、乙类人员致歉: the last kind listed after 向 is addressed, no apologiser ---------
APOLOGY = "交往-道歉"


@pytest.mark.parametrize(
    "text",
    ["长青物业向相关人员、广大业主致歉。", "某平台向相关人员和广大网友致歉。"],
)
def test_the_last_kind_listed_after_xiang_is_addressed(steps, text: str) -> None:
    r = roles(news(events(steps, text), APOLOGY))
    assert len(r.get("道歉者", [])) == 1 and r["道歉者"][0] not in ("业主", "网友"), r
    assert set(r.get("道歉对象", [])) & {"业主", "网友"}, r


def test_a_dispute_of_two_sued_keeps_both_sued(steps) -> None:
    # control: 甲与乙因合同纠纷被起诉 - a suit is no quarrel's act: the partner stays sued
    r = roles(news(events(steps, "华美公司与新宇科技因合同纠纷被起诉。"), SUED))
    assert set(r.get("被告", [])) == {"华美公司", "新宇科技"}, r


def test_offices_listed_after_xiang_are_no_kinds_of_people(steps) -> None:
    # control: 向公安机关、纪委举报某人 - the offices told to, the one reported stays the object
    r = roles(news(events(steps, "王某向公安机关、纪委举报了李某。"), "司法行为-举报"))
    assert r.get("举报对象") == ["李某"], r


def test_a_clause_after_xiang_is_no_list_of_kinds(steps) -> None:
    # control: 向法院起诉甲和乙 - a verb and its objects, not kinds listed after 向
    r = roles(news(events(steps, "长青物业向法院起诉杜某和网友。"), SUED))
    assert r.get("原告") == ["长青物业"] and "杜某" in r.get("被告", []), r


def test_kinds_listed_past_one_no_actor_names_are_all_addressed(steps) -> None:
    # 对甲类、(某类)、乙类致歉: a kind of people no actor names between two that are does not
    # cut the list - both are addressed
    text = "长青物业对受影响的业主、相关人员、广大网友致歉。"
    r = roles(news(events(steps, text), APOLOGY))
    assert {"业主", "网友"} <= set(r.get("道歉对象", [])), r
    # control: a list of actors alone reads as before
    r = roles(news(events(steps, "长青物业向业主、网友致歉。"), APOLOGY))
    assert set(r.get("道歉对象", [])) == {"业主", "网友"}, r
