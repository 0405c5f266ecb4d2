"""Everyday acts whose participant is a plain noun or whose trigger a narrow check took for a
noun phrase (issue 7, point 2: actors beyond the knowledge base; point 4: only what is no event
is dropped).  Invented sentences (none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, roles
from test_news_notevent import kinds, typed


@pytest.mark.parametrize(
    ("text", "news_type", "who"),
    [
        ("昨天下午，一名9岁男童在小区池塘溺水身亡。", "人生-死亡", "男童"),
        ("上周五，一名3岁女婴在家中坠楼身亡。", "人生-死亡", "女婴"),
        ("昨天，一名快递员因酒后驾驶被行政拘留。", "司法行为-拘捕", "快递员"),
        ("因防汛工作不力，三位县长被应急管理部约谈。", "司法行为-约谈", "应急管理部"),
    ],
)
def test_a_plain_noun_for_people_or_a_ministry_is_a_participant(
    steps, text: str, news_type: str, who: str | None
) -> None:
    # 男童, 女婴, 快递员, 县长, 应急管理部: generic actors (data/events/generic_actors.json)
    evs = typed(events(steps, text), news_type)
    assert evs, kinds(events(steps, text))
    if who is not None:
        assert any(who == a.name for a in evs[0].actors), [a.name for a in evs[0].actors]


def test_the_phrase_before_a_passive_is_no_doer(steps) -> None:
    # 涉嫌非法经营 before 被刑事拘留 tells what the one held is suspected of: no one who arrests
    evs = typed(
        events(steps, "4月3日，网民陈某某在网上售卖假药，涉嫌非法经营被刑事拘留。"),
        "司法行为-拘捕",
    )
    assert evs
    assert all("涉嫌" not in a.name for a in evs[0].actors), [a.name for a in evs[0].actors]
    assert any(a.name == "陈某某" for a in evs[0].actors), [a.name for a in evs[0].actors]


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # 盗窃5起 counts the thefts; 被刑拘 is one arrest, no count of arrests
        ("男子在一个月内入室盗窃5起被刑拘。", "司法行为-拘捕"),
        ("该男子连续作案6起后被抓获。", "司法行为-拘捕"),
        # 中 of 中国/中华 is no "in the accident" (事故中), nor is anything after a verb with 了
        ("省市场监管局昨日约谈了中国某某电器集团有限公司。", "司法行为-约谈"),
        ("北京市卫健委已约谈中华某某口腔医院负责人。", "司法行为-约谈"),
        # 全国 right before the act, or opening a numbered games, is no total
        ("电影《远山的回声》将于8月1日全国上映。", "产品行为-上映"),
        ("9月15日，运动员李春华在全国第十四届运动会上夺得金牌。", "竞赛行为-夺冠"),
        # 轻松的击败了: 的 stands for 地; the verb with 了 tells the win (瓦妮莎的起诉: owned)
        ("9月2日晚，青木队在主场轻松的击败了远航队。", "竞赛行为-胜负"),
        # 不得不道歉: had to, and did
        ("昨天，歌手林小溪不得不公开向粉丝道歉。", "交往-道歉"),
        # 可 of the singer's name 程晓可 says no "may"
        ("直播时爆粗口的歌手程晓可道歉了。", "交往-道歉"),
    ],
)
def test_an_act_a_narrow_check_took_for_none_is_coded(steps, text: str, news_type: str) -> None:
    evs = events(steps, text)
    assert typed(evs, news_type), kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_types"),
    [
        # control: a count right before the act's own noun is a statistic
        ("去年该市共发生12起交通事故。", ("灾害/意外-车祸",)),
        # control: 全国 with a total (累计) counts releases, none of them told
        ("今年以来，全国累计上映国产影片三百余部。", ("产品行为-上映",)),
        # control: 不得 alone forbids
        ("合同规定，乙方不得向媒体透露或公开道歉。", ("交往-道歉",)),
        # 死者: the dead of a death told elsewhere, a noun - no second death
        ("这些照片严重侵害了张明和多名死者的名誉。", ("人生-死亡",)),
        ("他说，消费死者是一种傲慢。", ("人生-死亡",)),
        # 碾压伤, 撞击伤: the kind of injury (a noun), not the crash or attack that made it
        ("一名女子因腿部多处碾压伤正在医院治疗。", ("灾害/意外-车祸", "灾害/意外-袭击")),
        ("该男子头部有明显撞击伤，已被送往医院。", ("灾害/意外-车祸", "灾害/意外-袭击")),
    ],
)
def test_what_is_no_act_stays_uncoded(steps, text: str, news_types: tuple[str, ...]) -> None:
    evs = events(steps, text)
    assert not any(typed(evs, t) for t in news_types), kinds(evs)


def test_a_beating_by_one_person_is_an_attack(steps) -> None:
    # 殴打 between people: violent crime, 灾害/意外-袭击 with no PLOVER type (as 持刀伤人)
    evs = typed(events(steps, "昨晚，男子赵某在烧烤店门口殴打了两名顾客。"), "灾害/意外-袭击")
    assert evs and evs[0].type is None
    roles = {(a.role, a.text) for a in evs[0].arguments}
    assert ("袭击者", "赵某") in roles, roles


def test_the_dead_counted_before_the_scene_they_died_in(steps) -> None:
    # N人在…中死亡: the scene (在这场火灾中) stands between the count and the death word; 一家三口
    # counts a family
    e = news(events(steps, "已有5人在这场火灾中遇难。"), "人生-死亡")
    assert roles(e)["死者"] == ["5人"], roles(e)
    assert typed(events(steps, "一家三口在车祸中不幸丧生。"), "人生-死亡")
    # a count in the death's own clause names the dead, not a kind of people told before it
    e = news(events(steps, "3名矿工在塌方中受伤，2人死亡。"), "人生-死亡")
    assert roles(e)["死者"] == ["2人"], roles(e)
    # controls: no death word, no death; a person named before stays the named dead
    assert not typed(events(steps, "5人在会议中表示反对。"), "人生-死亡")
    e = news(events(steps, "歌手林一帆乘坐的汽车坠入山谷，车上3人全部遇难。"), "人生-死亡")
    assert roles(e)["死者"] == ["林一帆"], roles(e)


def test_an_act_ending_in_the_result_si_tells_a_death_of_the_one_it_acts_on(steps) -> None:
    # 撞死一名老人: a crash, and the old man's death - two events of one trigger
    evs = events(steps, "一辆货车昨晚在路口撞死一名过路老人。")
    assert typed(evs, "灾害/意外-车祸"), kinds(evs)
    assert roles(news(evs, "人生-死亡"))["死者"] == ["老人"]
    # with 被, the one it befalls stands before it
    e = news(events(steps, "钱某被一辆货车撞死。"), "人生-死亡")
    assert roles(e)["死者"] == ["钱某"], roles(e)
    # controls: no 死, no death (撞伤); a death the sentence tells already is not told twice
    assert not typed(events(steps, "钱某驾车撞伤一名老人。"), "人生-死亡")
    assert len(typed(events(steps, "货车撞死老人，已造成1人死亡。"), "人生-死亡")) == 1


def test_qian_of_an_ex_partner_after_the_trigger_is_no_before(steps) -> None:
    # 刺死前妻, 撞倒前男友: 前 opens the one acted on (ex-wife), it does not say "before the act"
    evs = events(steps, "男子持刀刺死前妻后逃逸。")
    assert typed(evs, "灾害/意外-袭击") and typed(evs, "人生-死亡"), kinds(evs)
    assert roles(news(evs, "人生-死亡"))["死者"] == ["前妻"]
    assert typed(events(steps, "钱某驾车撞伤前男友。"), "灾害/意外-车祸")
    # control: 事故前 / 车祸前 is the time before an accident named, none told
    assert not typed(events(steps, "该路段车祸前曾多次发生拥堵。"), "灾害/意外-车祸")


def test_a_jiezhi_date_is_a_deadline_or_an_as_of_day_not_the_act_s_day(steps) -> None:
    # 截至X: the day a count holds as of, or a deadline - no act happened on it. (Controls of
    # the present reading: such a range dates no event; a planned act keeps its own month.)
    e = news(events(steps, "青禾公司将于10月推出新款手机，预订截至9月30日。"), "产品行为-发布")
    assert e.status == "planned" and not (e.date or "").endswith("-09-30"), (e.status, e.date)
    e = news(events(steps, "截至9月5日，警方已拘捕12名嫌疑人。"), "司法行为-拘捕")
    assert e.status == "occurred" and e.date is None, (e.status, e.date)


def test_the_bei_of_a_telling_or_finding_makes_no_one_dead(steps) -> None:
    # 被曝, 被指, 被人发现…: 被 of a verb of telling or finding, whose object the killing is - the
    # one before it is the doer, not the dead
    for text in (
        "男子被曝开车撞死人后逃逸。",
        "钱某被指酒后驾车撞死人。",
        "一名男子被警方证实开车撞死了人。",
    ):
        evs = events(steps, text)
        assert typed(evs, "灾害/意外-车祸") and not typed(evs, "人生-死亡"), (text, kinds(evs))
    # controls: the act's own passive, its doer between 被 and the trigger
    e = news(events(steps, "张某被钱某驾车撞死。"), "人生-死亡")
    assert roles(e)["死者"] == ["张某"], roles(e)
    e = news(events(steps, "钱某被车撞死。"), "人生-死亡")
    assert roles(e)["死者"] == ["钱某"], roles(e)


def test_qian_before_a_person_after_the_trigger_is_still_before(steps) -> None:
    # 车祸前男子…, 去世前老人…: 前 then a noun of people is "before the act" - only whole words
    # 前 opens (前男友, 前妻, 前往) are no "before"
    assert not typed(events(steps, "车祸前男子曾大量饮酒。"), "灾害/意外-车祸")
    assert not typed(events(steps, "去世前老人立下遗嘱。"), "人生-死亡")
    assert not typed(events(steps, "爆炸前员工已全部撤离。"), "灾害/意外-爆炸")
    # controls: the ex-partner acted on, and 前往 after a resignation
    assert typed(events(steps, "男子驾车撞死前女友。"), "人生-死亡")
    assert typed(events(steps, "钱某辞职前往深圳创业。"), "组织关系-辞/离职")


def test_a_body_killed_dies_no_death(steps) -> None:
    # 空袭炸死哈马斯一名指挥官: a body of the KB (an armed group, a country, a company) dies no
    # death - the one who dies is the body's commander, the body's people counted (staff read
    # whole: 哈马斯一名指挥官), never the body alone; a person named after the trigger dies
    evs = events(steps, "以色列空袭炸死哈马斯一名指挥官。")
    assert typed(evs, "灾害/意外-爆炸"), kinds(evs)
    assert all(roles(e).get("死者") == ["哈马斯一名指挥官"] for e in typed(evs, "人生-死亡"))
    e = news(events(steps, "钱某驾车撞死李某。"), "人生-死亡")
    assert roles(e)["死者"] == ["李某"], roles(e)


def test_a_police_officer_killed_dies_a_death(steps) -> None:
    # 撞死一名民警, 撞死民警钱某: a counted officer or a named one is a person of the police's kind,
    # not the police - the death is told; the police as a body (警方) dies none
    e = news(events(steps, "钱某驾车撞死一名民警。"), "人生-死亡")
    assert roles(e)["死者"] == ["民警"], roles(e)
    e = news(events(steps, "货车撞死民警钱某。"), "人生-死亡")
    assert roles(e)["死者"] == ["钱某"], roles(e)
    evs = events(steps, "钱某撞死人后被警方拘捕。")
    assert typed(evs, "灾害/意外-车祸") and not typed(evs, "人生-死亡"), kinds(evs)


def test_a_bare_passive_then_si_tells_a_death(steps) -> None:
    # 钱某被撞死: the trigger 被撞, the result 死 right after it - the passive's subject dies
    evs = events(steps, "昨天，一名老人在路口被撞死。")
    assert roles(news(evs, "人生-死亡"))["死者"] == ["老人"], kinds(evs)
    # the one named after a passive trigger is no one it acts on (凶手: the killer)
    e = news(events(steps, "钱某被刺死，凶手李某在逃。"), "人生-死亡")
    assert roles(e)["死者"] == ["钱某"], roles(e)
    # controls: negated, no death; 死亡 after the trigger is a death word of its own, told once
    assert not typed(events(steps, "钱某没有被撞死。"), "人生-死亡")
    assert len(typed(events(steps, "钱某被撞死亡。"), "人生-死亡")) == 1


def test_the_doer_s_own_death_does_not_hide_the_one_he_killed(steps) -> None:
    # 撞死李某后跳河自尽: the driver's suicide is another death - the one run over dies too
    evs = typed(events(steps, "钱某驾车撞死李某后跳河自尽。"), "人生-死亡")
    assert sorted(roles(e)["死者"][0] for e in evs) == ["李某", "钱某"], [roles(e) for e in evs]
    # controls: a death of the one acted on, told again, is told once (the passive subject is
    # no doer)
    assert len(typed(events(steps, "钱某被车撞死，当场死亡。"), "人生-死亡")) == 1
    assert len(typed(events(steps, "货车撞死老人，已造成1人死亡。"), "人生-死亡")) == 1


def test_a_family_counted_is_the_dead(steps) -> None:
    # 一家三口, 一家5口 (in words or digits) in 一家N口在车祸中丧生: the family is the 死者, not a
    # measure no party fills
    cases = (("一家三口在车祸中丧生。", "一家三口"), ("一家5口在火灾中遇难。", "一家5口"))
    for text, dead in cases:
        e = news(events(steps, text), "人生-死亡")
        assert roles(e).get("死者") == [dead], (text, roles(e))
