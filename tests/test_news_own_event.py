"""Does a trigger state an event its sentence asserts, or does it name an event in passing — by
its place in the sentence (issue 7, judged samples: "not the sentence's own event")?  A noun in
a time anchor, the name of a charge, a head of what the act had (its cause, its details), many
acts of a kind, a class an act is put in, a when-clause, a condition its next clause draws the
consequence of, an act judged by a copula, a guess about the act, a why-question, a list of
quoted titles or slogans.  Each case has a control the coder must keep.  Invented sentences
(none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events

from dashiji.events.model import Event


def typed(evs: list[Event], news_type: str) -> list[Event]:
    return [e for e in evs if e.news_type == news_type]


def kinds(evs: list[Event]) -> list[tuple[str | None, str | None, str]]:
    return [(e.type, e.news_type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # a time counted back from the act anchors another one
        ("就在王某要受审的前三天，他又在网上发表了过激言论。", "司法行为-开庭"),
        # the act frames a time, its verb of happening between
        ("公司回应称，两车碰撞发生过程中，司机并未踩下刹车。", "灾害/意外-车祸"),
        # the name of a charge
        ("警方拘捕了李某等五人，控告他们组织未经批准游行等罪。", "组织行为-游行"),
        # what the act had: its cause, its details, the life after it
        ("调查显示，这次直升机失事的主要原因是天气恶劣。", "灾害/意外-坠机"),
        ("女车主维权缘由是刹车失灵。", None),
        ("节目中，两人展示了在上海的新婚生活。", "人生-结婚"),
        # many acts of a kind
        ("围绕这项法令展开的一系列诉讼行动，让它迟迟没有生效。", "司法行为-起诉"),
        ("她的这次胜利为她带来了无数赞誉。", "交往-点赞"),
        # the class an act is put in
        ("交警把这起事故认定为司机违章导致的全责事故。", "灾害/意外-车祸"),
        # an act of a kind
        ("他看起来不是会做出劈腿这样事的人。", "人生-出轨"),
        # a when-clause frames the assertion
        ("当决定要嫁给一个人的时候，需要慎重考虑。", "人生-结婚"),
        ("当某球队输球不再是新闻，球迷也就不再关心。", "竞赛行为-胜负"),
        # a condition whose consequence the next clause draws
        ("如今张某和刘某离婚，那张某的股份肯定要重新分配。", "人生-离婚"),
        # the act judged by a copula
        ("发言人表示，对违法人员进行判刑是合法合理的。", "司法行为-入狱"),
        # a guess about the act
        ("法院最终对他判处了实刑，应该是考虑到了他的社会危害性。", "司法行为-入狱"),
        # a why-question in the clause
        ("律师说，当初为什么没有立案，让人觉得蹊跷。", "司法行为-立案"),
        # thanks for an act: background
        ("他在节目里说，也谢谢妻子跟自己结婚。", "人生-结婚"),
        # a list of quoted titles or slogans
        ("视频上了很多热搜，比如“某某新歌”“某某曾说出轨就分手”。", "人生-出轨"),
    ],
)
def test_no_own_event(steps, text: str, news_type: str | None) -> None:
    evs = events(steps, text)
    if news_type is None:
        assert [e for e in evs if e.type == "PROTEST"] == [], kinds(evs)
    else:
        assert typed(evs, news_type) == [], kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # the act told, a charge named after it in a clause of its own
        ("王某因涉嫌诈骗被警方刑事拘留。", "司法行为-拘捕"),
        # counts of a charge are what is charged, not a name
        ("五名男子被起诉26项罪名。", "司法行为-起诉"),
        # the crimes confessed: the act is told
        ("他曾在镜头前痛哭流涕，忏悔罪行。", "交往-道歉"),
        # good news of the act is how it is told
        ("歌手李某公布了向女友求婚成功的好消息。", "人生-求婚"),
        # the second suit named its defendant: the copula names, it does not judge
        ("她第二次起诉的是当地警察局。", "司法行为-起诉"),
        # a guess about a later clause's act leaves an earlier act alone
        (
            "她昨天凌晨生下一名男孩，母子平安，网友说宝宝真会挑日子，可能是为了过儿童节吧。",
            "人生-产子/女",
        ),
        # 当地, 当天, 当庭: no when-clause
        ("当地时间3月5日，著名演员王大明在家中病逝。", "人生-死亡"),
        ("法院当庭宣判，判处被告人有期徒刑三年。", "司法行为-入狱"),
        # a past act is no condition (那 opens a clause of its own)
        ("张某和刘某去年已经离婚了，那段婚姻只维持了两年。", "人生-离婚"),
        # a quoted word, then what was said
        ("他被警方“感谢”，“城市的平安离不开大家”。", "交往-感谢"),
    ],
)
def test_own_event_kept(steps, text: str, news_type: str) -> None:
    evs = events(steps, text)
    assert typed(evs, news_type), kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # the act describes the people named after its 的
        ("参与非法集会的相关人员被警方拘捕。", "组织行为-游行"),
        ("刚刚过完40岁生日的歌手王某宣布退出乐队。", "人生-庆生"),
        # a count of many
        ("大货车在这条公路上已经出过好几次伤亡事故了。", "灾害/意外-车祸"),
        # the cause a party names: the act is its topic
        ("公司称车祸是由对方司机的失误造成的。", "灾害/意外-车祸"),
    ],
)
def test_no_own_event_described(steps, text: str, news_type: str) -> None:
    evs = events(steps, text)
    assert typed(evs, news_type) == [], kinds(evs)


def test_a_death_told_of_the_dead_is_kept(steps) -> None:
    # a death is told so: 去世的女儿
    evs = events(steps, "2019年10月15日，在家中自杀身亡的歌手王某被发现。")
    assert typed(evs, "人生-死亡"), kinds(evs)


def test_a_mention_in_passing_joins_the_event_told_before(steps) -> None:
    evs = events(
        steps, "5月1日，演员王大明被北京警方刑事拘留。", "警方在这次拘留王大明后发布了通报。"
    )
    held = typed(evs, "司法行为-拘捕")
    assert len(held) == 1, kinds(evs)
    assert len(held[0].mentions) == 2, held[0].mentions
    # another person's arrest named in passing is no mention of this one
    evs = events(
        steps, "5月1日，演员王大明被北京警方刑事拘留。", "警方在这次拘留李小红后发布了通报。"
    )
    held = typed(evs, "司法行为-拘捕")
    assert len(held) == 1 and len(held[0].mentions) == 1, held[0].mentions


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # the act opens a span of time
        ("车主王某表示，从车子出事故到今天为止，厂家没有联系过他。", "灾害/意外-车祸"),
        # whoever does it (…的，), a rule
        ("被告提起上诉的，法院一般会在三个月内审理。", "司法行为-起诉"),
        # the apology named with a determiner: told before, not told here
        ("张某昨天发的这份道歉，并没有得到网友的原谅。", "交往-道歉"),
        # one of the alternatives offered
        ("政府给了某公司两个选择，将业务出售给本国企业，或者被封禁。", "财经/交易-出售/收购"),
    ],
)
def test_no_own_event_in_a_span_a_rule_or_an_alternative(steps, text: str, news_type: str) -> None:
    evs = events(steps, text)
    assert typed(evs, news_type) == [], kinds(evs)


def test_a_cleft_closing_with_de_states_the_act(steps) -> None:
    evs = events(steps, "王某是昨天被捕的，警方表示案件仍在调查。")
    assert typed(evs, "司法行为-拘捕"), kinds(evs)
