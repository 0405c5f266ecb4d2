"""Pronouns, 该-phrases and zero subjects of everyday news pointed back to the participant they
stand for (dashiji.events.anaphora and the news coder's subject rules).  Each rule has a
sentence where it acts and a similar one where it must not.  Invented sentences (none from the
dev set or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import assert_role, news, on_side, remand, roles

from dashiji.events import anaphora
from dashiji.events.model import Event
from dashiji.events.news_actors import Actor


def names(e: Event) -> list[str]:
    return [a.name for a in e.actors]


# ---- the resolver alone ---------------------------------------------------------------------
def test_a_pronoun_takes_the_person_named_before_its_clause() -> None:
    text = "孙女士称，她已起诉华力公司。"
    people = [Actor(0, 3, "孙女士", "PER"), Actor(10, 14, "华力公司", "ORG")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    she = next(x for x in out if x.start == 5)
    assert she.alias_of == "孙女士" and she.kind == "PER"


def test_words_holding_the_character_are_no_pronouns() -> None:
    text = "孙女士称，其他车主也起诉了华力公司。"
    people = [Actor(0, 3, "孙女士", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert [x.text for x in out] == ["孙女士"]


def test_a_possessive_pronoun_is_no_participant() -> None:
    text = "孙女士称，她的律师已起诉华力公司。"
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 3, "孙女士", "PER")], [])
    assert len(out) == 1


def test_she_skips_a_man_and_he_a_woman() -> None:
    text = "赵先生称，她已起诉华力公司。"
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 3, "赵先生", "PER")], [])
    assert len(out) == 1
    text = "赵先生称，他已起诉华力公司。"
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 3, "赵先生", "PER")], [])
    assert out[-1].alias_of == "赵先生"


def test_she_skips_a_man_titled_before_his_name_for_the_one_whose_he_is() -> None:
    # 丈夫/男友 written before the name makes him a man; 她 is the wife the title names him by
    text = "孙丽的丈夫陈国强透露，她上月产下一名男婴。"
    wife, title, husband = (
        Actor(0, 2, "孙丽", "PER"), Actor(3, 5, "丈夫", "generic"), Actor(5, 8, "陈国强", "PER")
    )
    out = anaphora.resolve(text, 0, len(text), [wife, title, husband], [])
    she = next(x for x in out if x.start == 11)
    assert she.alias_of == "孙丽", out
    # with no wife named, 她 stands for no one; 他 still stands for the husband
    text = "据丈夫陈国强透露，她上月产下一名男婴。"
    people = [Actor(1, 3, "丈夫", "generic"), Actor(3, 6, "陈国强", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert all(x.alias_of != "陈国强" for x in out), out
    text = "据妻子孙丽透露，他上月被公司解雇。"
    people = [Actor(1, 3, "妻子", "generic"), Actor(3, 5, "孙丽", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert all(x.alias_of != "孙丽" for x in out), out
    text = "据丈夫陈国强透露，他上月被公司解雇。"
    people = [Actor(1, 3, "丈夫", "generic"), Actor(3, 6, "陈国强", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert any(x.alias_of == "陈国强" for x in out), out


def test_the_agent_of_a_passive_is_no_antecedent() -> None:
    text = "刘某某几次申请赴外地探亲，均遭法官驳回，要求其待在本市。"
    people = [Actor(0, 3, "刘某某", "PER"), Actor(12, 14, "法官", "generic", agent_type="JUD")]
    out = anaphora.resolve(text, 0, len(text), people, [])
    it = next(x for x in out if x.text == "其")
    assert it.alias_of == "刘某某"


def test_a_side_with_no_name_is_no_antecedent() -> None:
    # 女方…，他: 女方 tells no name - the pronoun reads past it (not stopped by it, a woman)
    text = "女方称钱明已当面道歉，他随后离开了会场。"
    side = Actor(0, 2, "女方", "generic", agent_type="CVL")
    out = anaphora.resolve(text, 0, len(text), [side, Actor(3, 5, "钱明", "PER")], list)
    he = next(x for x in out if x.text == "他")
    assert he.alias_of == "钱明"
    # control: a woman's title does stop it (孙女士…，他: either no one or someone before)
    text = "孙女士称钱明已当面道歉，他随后离开了会场。"
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 3, "孙女士", "PER")], list)
    assert all(x.text != "他" for x in out)


# ---- through the coder --------------------------------------------------------------------------
def test_a_pronoun_subject_is_the_person_told_before(steps) -> None:
    e = news(events(steps, "孙女士称，她已向法院起诉华力公司。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["孙女士"] and roles(e)["被告"] == ["华力公司"]
    evs = events(steps, "华力公司昨日发布了新款手机。其随后起诉了周某。")
    e = next(x for x in evs if x.news_type == "司法行为-起诉")
    assert roles(e)["原告"] == ["华力公司"]


def test_a_sentence_opening_pronoun_continues_the_last_sentence_subject(steps) -> None:
    text = "当天，陈某某撤销了王某某对华力公司的投诉。同时他起诉了华力公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["陈某某"]


def test_an_object_pronoun_takes_the_nearest_person(steps) -> None:
    text = "男子吴某驾车撞倒一名女子，警方随后对其刑事拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["女子"]  # (not 吴某: the nearest one before is the woman)


def test_a_determiner_phrase_takes_the_name_it_titled(steps) -> None:
    text = "男子赵某驾车撞倒一名老人。该男子随后被警方刑事拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["赵某"]
    text = "华力公司昨日发布新品。该公司随后起诉了王某。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["华力公司"]


def test_a_paragraph_opening_pronoun_continues_the_last_named_subject(steps) -> None:
    text = "赵某某昨日出庭。\n他随后起诉了华力公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["赵某某"]
    # across a paragraph a generic noun is no antecedent (一名男子 may be anyone's)
    text = "一名男子昨日出庭。\n他随后起诉了华力公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "男子" not in names(e) and "原告" not in roles(e)


def test_no_pronoun_across_a_paragraph_from_inside_one(steps) -> None:
    text = "赵某某昨日出庭。\n华力公司昨日发布了新款手机。他随后起诉了孙某某。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "赵某某" not in names(e)


def test_a_pronoun_before_an_adverb_is_the_subject(steps) -> None:
    text = "经过一番波折，林晓晓名气越来越大，她直接签约了一家经纪公司。"
    e = news(events(steps, text), "组织关系-加盟")
    assert roles(e)["加盟者"] == ["林晓晓"]


def test_the_court_hearing_a_suit_gives_way_to_the_one_sued(steps) -> None:
    e = news(events(steps, "赵女士已向法院起诉华力公司。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["华力公司"]
    e = news(events(steps, "赵女士已向法院提起诉讼。"), "司法行为-起诉")
    assert "被告" not in roles(e)


# ---- subjects ---------------------------------------------------------------------------------
def test_one_waiting_for_an_apology_does_not_give_it(steps) -> None:
    e = news(events(steps, "受害人家属称，至今仍未等来道歉。"), "交往-道歉")
    assert "道歉者" not in roles(e)
    e = news(events(steps, "华力公司向受害人家属道歉。"), "交往-道歉")
    assert roles(e)["道歉者"] == ["华力公司"]


def test_the_agent_of_an_earlier_passive_is_not_the_next_clause_subject(steps) -> None:
    text = "郑某某因组织传销被警方逮捕，侦查三个月后，于今天出庭受审。"
    e = news(events(steps, text), "司法行为-开庭")
    assert "警方" not in names(e)


def test_the_subject_of_a_cause_clause_is_not_the_main_clause_subject(steps) -> None:
    e = next(
        (x for x in events(steps, "由于主审法官临时生病，第二次庭审又被推迟。") if x.news_type),
        None,
    )
    assert e is None or "审判长" not in names(e)


def test_a_verb_between_two_names_makes_a_clause_not_a_title(steps) -> None:
    text = "法院判决李某某赔偿华力公司经济损失。"
    for e in events(steps, text):
        assert not any(a.role == "被告" and a.text == "华力公司" for a in e.arguments)


# ---- pairs, chains and named objects -----------------------------------------------------------
def test_a_pair_word_fills_its_role_with_the_two_joined_before(steps) -> None:
    text = "张三和妻子琳达交往六年，后来两人结婚生下了一对双胞胎女儿。"
    e = news(events(steps, text), "人生-结婚")
    assert sorted(roles(e)["结婚双方"]) == ["张三", "琳达"]
    assert "女儿" not in names(e)  # (the daughters are born, not married)
    text = "刘某与陈某某在本案中刑期合共14个月，二人将于下月入狱。"
    e = news(events(steps, text), "司法行为-入狱")
    assert sorted(roles(e)["入狱者"]) == ["刘某", "陈某某"]


def test_a_pair_word_stands_for_a_person_and_the_one_whose_kin_a_copula_makes_them(steps) -> None:
    lead = "林小雨被曝新恋情，据报道林小雨和赵阳正在交往。"
    e = news(events(steps, lead + "林小雨是陈大海的前妻，2019年两人离婚。"), "人生-离婚")
    assert sorted(roles(e)["离婚双方"]) == ["林小雨", "陈大海"]
    # control: a copula of no kin word leaves the pair joined in the sentence before
    e = news(events(steps, lead + "林小雨是陈大海的同事，2019年两人离婚。"), "人生-离婚")
    assert sorted(roles(e)["离婚双方"]) == ["林小雨", "赵阳"]


def test_a_pair_word_stands_for_the_two_its_own_sentence_names(steps) -> None:
    lead = "原告周某起诉被告吴某，要求赔偿损失。"
    text = lead + (
        "冯涛退役后常陪伴家中，小女儿爱打网球冯涛也悉心培养，那天两人乘飞机去参赛，结果航班坠毁。"
    )
    e = news(events(steps, text), "灾害/意外-坠机")
    assert {"冯涛", "小女儿"} <= set(names(e))  # (not the 原告 and 被告 told before)
    assert not {"周某", "吴某", "原告", "被告"} & set(names(e))


def test_a_plural_pronoun_stands_for_every_one_of_the_list_before_it(steps) -> None:
    text = "邵青、柯楠和范小舟在这家乐队弹了七年。上月底他们一起宣布退出乐队。"
    e = news(events(steps, text), "组织关系-退出")
    assert sorted(roles(e)["退出方"]) == ["柯楠", "范小舟", "邵青"]
    # (a short relative clause may qualify the one joined last)
    text = (
        "病床边守着伤者的家人，有他的姐姐和连夜从乡下赶来的奶奶。"
        "她们一再对来访的记者表示，感谢护士们的照料。"
    )
    e = news(events(steps, text), "交往-感谢")
    assert sorted(roles(e)["致谢人"]) == ["奶奶", "姐姐"]


def test_a_plural_pronoun_is_no_list_of_which_its_sentence_names_one_apart(steps) -> None:
    lead = "邵青与柯楠在这家乐队弹了七年。"
    text = lead + "邵青起诉了范小舟及其经纪人，要求他们赔偿损失。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "邵青" not in roles(e).get("被告", [])
    # control: a sentence naming none of them apart takes the list
    e = news(events(steps, lead + "上月底他们一起宣布退出乐队。"), "组织关系-退出")
    assert sorted(roles(e)["退出方"]) == ["柯楠", "邵青"]


def test_a_plural_pronoun_after_a_group_counted_in_its_sentence_is_no_earlier_list(steps) -> None:
    lead = "货主钟涛和司机骆平前晚在码头被海关扣留。"
    text = lead + "缉私民警又在仓库查出四名搬运工，他们当晚也被刑事拘留。"
    evs = [e for e in events(steps, text) if e.trigger == "刑事拘留"]
    assert len(evs) == 1, evs
    assert not {"钟涛", "骆平"} & set(roles(evs[0]).get("被拘捕者", [])), roles(evs[0])


def test_a_pair_read_with_a_duration_among_it_is_dropped() -> None:
    text = "法官称二人刑期合共14个月。"
    pair = Actor(3, 5, "二人", "generic", members=["李某", "14个月"])
    out = anaphora.resolve(text, 0, len(text), [pair], list)
    assert out[0].members == []


def test_the_one_acted_on_is_the_other_party_of_a_pair_role(steps) -> None:
    e = news(events(steps, "李某与妻子王芳已于去年离婚。"), "人生-离婚")
    assert sorted(roles(e)["离婚双方"]) == ["李某", "王芳"]
    evs = events(steps, "李某被妻子王芳以家暴为由起诉离婚。")  # a divorce suit, not a divorce
    assert roles(news(evs, "司法行为-起诉")) == {"原告": ["王芳"], "被告": ["李某"]}
    e = news(events(steps, "李某被妻子王芳以家暴为由起诉。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["王芳"]  # (not 妻子: the name the kin word qualifies)


def test_the_court_where_a_case_is_filed_files_it(steps) -> None:
    text = "华力公司反诉张女士违约并在南城区人民法院立案。"
    e = news(events(steps, text), "司法行为-立案")
    assert roles(e)["立案机构"] == ["南城区人民法院"]
    e = news(events(steps, "张女士的律师称，华力公司已经立案。"), "司法行为-立案")
    assert "立案机构" not in roles(e)  # (a company files no case as an office)


def test_an_object_marked_before_carries_to_a_chained_clause(steps) -> None:
    text = "南城区公安局已对涉嫌抢劫的两名犯罪嫌疑人刑事拘留，并经南城区人民检察院批准逮捕。"
    for e in events(steps, text):
        if e.news_type == "司法行为-拘捕":
            assert roles(e)["被拘捕者"] == ["犯罪嫌疑人"]
    e = news(events(steps, "南城区人民检察院昨日批准逮捕。"), "司法行为-拘捕")
    assert "被拘捕者" not in roles(e)


def test_a_quoted_name_after_a_launch_is_its_product_whole(steps) -> None:
    e = news(events(steps, "华力公司3月16日将发布“星河一号”。"), "产品行为-发布")
    assert roles(e)["发布产品"] == ["星河一号"]
    e = news(events(steps, "华力公司3月16日将发布新款手机。"), "产品行为-发布")
    assert roles(e)["发布产品"] != ["星河一号"]


def test_partners_opening_a_later_clause_share_the_subject_role(steps) -> None:
    text = "正被还押的王建业，与李明华、赵大同等另外8人涉及去年的集会，被控一项非法集结罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == ["李明华", "王建业", "赵大同"]
    text = "王建业昨日来到法院，李明华随后被控一项非法集结罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["被告"] == ["李明华"]


def test_where_a_ban_applies_is_not_what_it_bans(steps) -> None:
    text = "美国州长琼斯签署法案，禁止在公务手机上使用抖音。"
    e = next(e for e in events(steps, text) if e.type == "SANCTION")
    assert [a.name for a in e.actors if a.side == "target"] == ["抖音"]


def test_whom_one_learned_it_from_is_not_who_did_it(steps) -> None:
    text = "2023年夏，家属从承办民警那里得知，此案已按诈骗罪立案。"
    for e in events(steps, text):
        assert not any(a.role == "立案机构" and a.text == "民警" for a in e.arguments)


def test_the_one_before_the_verb_of_a_relative_clause_opened_by_dui_does_it(steps) -> None:
    # (a charge named in passing after 对, its accuser before the verb, is no event of its own:
    # doubt nominal_relative, test_news_own_event)
    e = news(events(steps, "公诉人对王某提起公诉。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["王某"]


def test_a_verb_ending_the_gap_between_two_names_makes_a_clause(steps) -> None:
    text = "婚后，琳达全力支持张三的生意，并生下了一个儿子。"
    e = news(events(steps, text), "人生-产子/女")
    assert roles(e)["产子者"] == ["琳达"]


def test_a_person_fills_no_thing_role(steps) -> None:
    e = news(events(steps, "“江边阿姨”等6名市民被评为见义勇为获专项奖励。"), "产品行为-获奖")
    assert roles(e)["获奖人"] == ["市民"] and "市民" not in roles(e).get("奖项", [])
    e = news(events(steps, "华力公司推出新款手机。"), "产品行为-发布")
    assert roles(e)["发布产品"] == ["新款手机"]


def test_the_possessor_in_an_object_is_no_subject_of_the_next_clause(steps) -> None:
    text = "婚后，小美全力支持王强的生意，并生下了一个儿子。"
    e = news(events(steps, text), "人生-产子/女")
    assert "王强" not in names(e)  # (小美, unread, is the one who gave birth)
    text = "王强的诉讼请求有三项：起诉华力公司违约赔偿。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["王强"]  # (a possessor opening the clause stays)


def test_an_aside_after_a_name_does_not_break_the_list(steps) -> None:
    text = "警方抓获王某某（女，26岁）、李某某（女，30岁）等3名犯罪嫌疑人。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["王某某", "李某某"]


def test_the_ones_named_among_a_group_acted_on_are_acted_on(steps) -> None:
    text = "某市警方10日拘捕了涉嫌诈骗的10人，其中包括公司创办人王某某。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["王某某"]
    text = "某市警方抓获17名嫌疑人，其中有今年41岁的李某某。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert "李某某" in roles(e)["被拘捕者"]
    # a list after a clause that acts on no group adds no one
    text = "某市警方拘捕了王某某，其中包括他的两辆汽车。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["王某某"]


def test_her_counted_claims_stand_for_the_claimant(steps) -> None:
    text = "早先，王女士起诉华力公司，可滨江区法院一审时驳回了她的这三项诉讼请求。"
    e = next(x for x in events(steps, text) if x.type == "COERCE")  # (a verdict on her suit)
    assert "王女士" in names(e)
    # her lawyer is not her
    text = "此前，王女士起诉华力公司，但某区人民法院驳回了她的律师的申请。"
    e = next(x for x in events(steps, text) if x.type == "REJECT")
    assert "王女士" not in names(e)


def test_his_bail_application_stands_for_the_one_who_applied(steps) -> None:
    # what is asked for (保释) before the claim noun, and the court the claim is made to (向…
    # 法院申请) in the claimant's way: 他 is the one who applied, not the court
    text = (
        "据报道，61岁的商人梁国华上周向广州市中级人民法院申请保释，"
        "主审法官陈志远周五批准了他的保释申请。"
    )
    e = next(x for x in events(steps, text) if x.type == "CONCEDE")
    assert "梁国华" in names(e) and "他" not in names(e)
    assert "广州市中级人民法院" not in names(e)


@pytest.mark.parametrize(
    "text, want",
    [
        pytest.param(
            "曾在展台上高喊“蓝海汽车质量太差”的车主林女士向记者透露，其已起诉该公司。",
            "林女士",
            id="name-inside-words-quoted",
        ),
        # control: a name quoted whole is a subject like any other
        pytest.param("“蓝海汽车”向记者透露，其已起诉林女士。", "蓝海汽车", id="name-quoted-whole"),
    ],
)
def test_a_name_inside_words_quoted_is_no_subject_a_pronoun_continues(text: str, want: str) -> None:
    car, she = text.index("蓝海汽车"), text.index("林女士")
    people = [Actor(car, car + 4, "蓝海汽车", "ORG"), Actor(she, she + 3, "林女士", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, list)
    it = next(x for x in out if x.start == text.index("其"))
    assert it.alias_of == want, [(x.text, x.alias_of) for x in out]


def test_a_pronoun_a_verb_takes_is_not_that_clauses_subject(steps) -> None:
    # 称赞 opens with 称 but tells nothing: the one praised is not the one praising
    text = "上月星河公司任命刘建平为总经理。董事长王海出席仪式，并当场称赞他。"
    assert_role(steps, text, "交往-点赞", "点赞对象", ["刘建平"])
    # a clause going on with the sentence's subject: its object is someone else
    text = "上个月，星河公司任命刘建平为总经理。董事长王海称他工作踏实，并感谢他。"
    assert_role(steps, text, "交往-感谢", "被感谢人", ["刘建平"])
    # after a verb of telling, the pronoun may stand for the speaker
    assert_role(steps, "孙女士称其已起诉华力公司。", "司法行为-起诉", "原告", ["孙女士"])


def test_the_other_party_a_verb_takes_is_the_one_acted_on_before(steps) -> None:
    # 约谈了甲，要求对方…: 对方 is the one 约谈'd (every one of a list), not the one asking
    for said, asked in (
        ("昨天，江州市市场监管局约谈了东岳快递有限公司，要求对方立即整改。", ["东岳快递有限公司"]),
        (
            "昨天，江州市市场监管局约谈了东岳快递有限公司、西林物流有限公司，要求对方立即整改。",
            ["东岳快递有限公司", "西林物流有限公司"],
        ),
    ):
        e = next(e for e in events(steps, said) if e.type == "REQUEST")
        sides = {a.name: a.side for a in e.actors}
        assert sorted(n for n, side in sides.items() if side == "target") == asked, sides
        assert sides["江州市市场监管局"] == "source", sides
    # the ones asking a list of bodies, one of them told by no name of its own (市场监管总局)
    said = "3月5日，市场监管总局、交通运输部等四部门联合约谈了东岳快递有限公司，要求对方整改。"
    e = next(e for e in events(steps, said) if e.type == "REQUEST")
    sides = {a.name: a.side for a in e.actors}
    assert sides == {"市场监管总局": "source", "交通运输部": "source", "东岳快递有限公司": "target"}


def test_the_other_party_opening_its_clause_or_a_word_stays_unread() -> None:
    # 对方 as a subject (the other of two its sentence may not tell), and 针对方案: no one
    for text in ("刘某与陈某发生争执，对方随即报警。", "市政府针对方案提出意见，要求刘某整改。"):
        people = [Actor(text.index(n), text.index(n) + 2, n, "PER") for n in ("刘某",)]
        out = anaphora.resolve(text, 0, len(text), people, lambda: [])
        assert [x.text for x in out] == ["刘某"], out
    # nor the other of two told in an earlier sentence: its own sentence names no one
    text = "刘某报警后，被告知对方并未违法。"
    earlier = [[Actor(0, 2, "陈某", "PER"), Actor(5, 7, "王某", "PER")]]
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 2, "刘某", "PER")], lambda: earlier)
    assert [x.text for x in out] == ["刘某"], out


def test_a_pronoun_told_again_in_its_sentence_stands_for_the_same_one(steps) -> None:
    text = (
        "车主刘女士对记者说，一是她起诉了星河汽车公司和销售经理孙丽，二是星河汽车公司起诉她诽谤。"
    )
    suits = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    assert [roles(e).get("被告") for e in suits] == [["星河汽车公司", "孙丽"], ["刘女士"]]
    # control: one pronoun alone still takes the one named nearest before it
    e = news(events(steps, "王先生说他曾借钱给李某，李某却起诉他敲诈。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["王先生"]


# ---- 这两款应用, 这些APP, 该应用: the products or firms named before ----------------------
_APPS_NAMED = "印度议员称，抖音和脸书长期收集用户数据。随后，印度电子和信息技术部宣布对"


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("这两款应用", ["douyin", "meta-platforms"]),  # counted: the two of the list
        ("这些应用", ["douyin", "meta-platforms"]),
        ("这三款应用", []),  # a count the list before does not fit: no guess
        # a noun of the things' kind longer than two characters after the determiner
        ("这些社交媒体应用", ["douyin", "meta-platforms"]),
        ("这两款短视频应用", ["douyin", "meta-platforms"]),
        ("这三款短视频应用", []),  # (control: the count still has to fit)
        ("这些社交媒体", ["douyin", "meta-platforms"]),
        ("这些短视频平台", ["douyin", "meta-platforms"]),
    ],
)
def test_a_demonstrative_thing_phrase_stands_for_the_list_named_before(
    steps, phrase: str, want: list[str]
) -> None:
    e = next(e for e in events(steps, _APPS_NAMED + phrase + "实施禁令。") if e.type == "SANCTION")
    assert [a.kb_id for a in e.actors if a.side == "target"] == want


def test_news_outlets_are_no_social_media_named_before(steps) -> None:
    # control: 这些社交媒体 after a list of outlets (media) stands for none of them
    text = "路透社和新华社长期报道此事。随后，印度电子和信息技术部宣布对"
    e = next(e for e in events(steps, text + "这些社交媒体实施禁令。") if e.type == "SANCTION")
    assert [a.name for a in e.actors if a.side == "target"] == []


def test_a_single_thing_phrase_stands_for_the_one_named_before(steps) -> None:
    text = "印度议员称，抖音长期收集用户数据。随后，印度电子和信息技术部宣布对该应用实施禁令。"
    e = next(e for e in events(steps, text) if e.type == "SANCTION")
    assert [(a.kb_id, a.country) for a in e.actors if a.side == "target"] == [("douyin", "CHN")]


def test_a_ban_spelled_out_in_the_clause_after_falls_on_the_things_named_there(steps) -> None:
    # 实施禁令，要求下架这些应用: the clause spelling the ban out names what it falls on
    said = _APPS_NAMED[:-1] + "将实施禁令，要求在印度境内下架这些应用。"
    e = next(e for e in events(steps, said) if e.type == "SANCTION")
    assert [a.kb_id for a in e.actors if a.side == "target"] == ["douyin", "meta-platforms"]
    # controls: a clause after the ban that spells nothing out names no one banned
    for after in ("，抖音表示遗憾。", "。抖音表示将继续与印方沟通。"):
        said = "印度电子和信息技术部宣布将实施禁令" + after
        e = next(e for e in events(steps, said) if e.type == "SANCTION")
        assert not [a for a in e.actors if a.side == "target"], e.actors
    # (review rev51b) the firms 要求 addresses carry the ban out, no target; the ones barred
    # from acting on another (禁止甲向乙出口) leave the target to that other
    said = "印度政府宣布实施禁令，要求谷歌和苹果公司下架这些应用程序。"
    e = next(e for e in events(steps, said) if e.type == "SANCTION")
    assert not [a.name for a in e.actors if a.side == "target"], e.actors
    said = "美国政府宣布实施禁令，包括禁止美国企业向华为出口芯片。"
    e = next(e for e in events(steps, said) if e.type == "SANCTION")
    assert "华为" in [a.name for a in e.actors if a.side == "target"], e.actors


# ---- 导致其当场死亡: 其 after a causative verb is the one the cause befalls ----------------------
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("男子驾车撞上护栏，导致其当场死亡。", "男子"),  # the subject of the cause
        ("一名男子遭歹徒刺伤，导致其当场死亡。", "男子"),  # the one a passive befalls
        ("一辆货车撞倒一名行人，致其当场死亡。", "行人"),  # the one the cause acted on
    ],
)
def test_qi_after_a_causative_verb_is_the_one_it_befalls(steps, text: str, dead: str) -> None:
    e = news(events(steps, text), "人生-死亡")
    assert roles(e).get("死者") == [dead], roles(e)


def test_qi_after_a_causative_verb_before_a_noun_is_an_owner(steps) -> None:
    # 导致其父亲当场死亡: whose father - the father died, not the driver (the control)
    assert_role(steps, "王某驾车撞上护栏，导致其父亲当场死亡。", "人生-死亡", "死者", ["父亲"])


def test_qi_after_a_causative_verb_past_people_counted_is_not_the_doer(steps) -> None:
    # 某男子刺伤一名路人，致其…: the one counted is who died, though no participant is read
    # for it - not the man who stabbed, the nearest one named
    for e in events(steps, "某男子持刀刺伤一名路人，致其当场死亡。"):
        if e.news_type == "人生-死亡":
            assert roles(e).get("死者") != ["男子"], roles(e)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("男子赵某持刀刺伤邻居，致其当场死亡。", "邻居"),  # a neighbour, a person of no name
        ("钱某酒后打伤对方家属，导致其不治身亡。", "家属"),  # a relative of the other side
        ("孙某驾车撞倒路人，致其当场死亡。", "路人"),  # a noun of people read as a crowd
        ("吴某用铁锹砸伤工友，导致其当场死亡。", "工友"),  # a worker, of a group's kind
    ],
)
def test_qi_after_a_causative_verb_is_the_neighbour_acted_on_not_the_attacker(
    steps, text: str, dead: str
) -> None:
    # 甲刺伤邻居，致其死亡: the one the stabbing befalls dies, never the one who stabbed - a
    # noun of people no participant reads stands between (news_cues people_nouns)
    e = news(events(steps, text), "人生-死亡")
    assert roles(e).get("死者") == [dead], roles(e)


def test_qi_after_a_causative_verb_of_a_crash_alone_is_still_the_driver(steps) -> None:
    # the control: 刘某驾车撞上护栏，致其…: the wall is no person, the driver dies
    assert_role(steps, "刘某驾车撞上护栏，致其当场死亡。", "人生-死亡", "死者", ["刘某"])


@pytest.mark.parametrize(
    "text",
    [
        "张某在邻居家中被刺伤，致其当场死亡。",  # 邻居 owns the place, 张某 was stabbed
        "王某醉酒后与邻居发生口角，被邻居刺伤，致其当场死亡。",  # 邻居: the passive's agent
        "赵某驾车撞上护栏，现场人员立即报警，致其当场死亡。",  # 人员: someone else acting
        "王某在与村民争执中被打伤，致其当场死亡。",  # 村民 (read as a crowd): a partner
    ],
)
def test_qi_after_a_causative_verb_is_no_noun_of_people_that_closes_no_clause(
    steps, text: str
) -> None:
    # a noun of people is the one a cause befalls only as the object closing the clause right
    # before the causative verb (刺伤邻居，致其…), not an agent, an owner or a bystander
    e = news(events(steps, text), "人生-死亡")
    assert roles(e).get("死者") == [text[:2]], roles(e)


# ---- 某法院…，三名法官裁定…: a court's judges rule for the court ------------------------------
@pytest.mark.parametrize(
    "text, court",
    [
        (
            "江州市中级人民法院昨日宣读判词，3名法官一致裁定撤销王某的保释，王某须即时还押。",
            "江州市中级人民法院",
        ),
        ("香港高等法院昨日开庭，法官裁定撤销王某的保释，王某须即时还押。", "香港高等法院"),
    ],
)
def test_judges_written_alone_after_their_court_stand_for_it(steps, text: str, court: str) -> None:
    e = remand(events(steps, text))
    assert on_side(e, "source") == [court]
    assert (e.actors[0].cameo or "").endswith("JUD")


def test_judges_with_no_court_or_with_a_name_stay_themselves(steps) -> None:
    e = remand(events(steps, "法官裁定撤销王某的保释，王某须即时还押。"))
    assert on_side(e, "source") == ["法官"]
    text = "江州市中级人民法院昨日开庭，审判长张某宣布撤销王某的保释，王某须即时还押。"
    assert on_side(remand(events(steps, text)), "source") == ["张某"]


@pytest.mark.parametrize(
    "text",
    [
        # invented sentences: a word before the member qualifies it - another bench
        "香港高等法院驳回申请，另一名法官裁定撤销王某的保释，王某须即时还押。",
        "香港高等法院驳回申请，英国的法官裁定撤销王某的保释，王某须即时还押。",
        "香港高等法院驳回申请，两名外籍法官裁定撤销王某的保释，王某须即时还押。",
    ],
)
def test_a_qualified_court_member_stands_for_no_court_named_before(steps, text: str) -> None:
    e = remand(events(steps, text))
    assert "香港高等法院" not in on_side(e, "source"), e.actors


def test_a_court_clerk_or_bailiff_stands_for_no_court() -> None:
    # who serves the court (法警, 书记员) rules for none: only its bench stands for it
    from dashiji.events.anaphora import _BENCH

    assert "法官" in _BENCH and "审判长" in _BENCH
    assert "法警" not in _BENCH and "书记员" not in _BENCH


def test_judges_acting_for_themselves_stand_for_no_court(steps) -> None:
    # invented: no ruling in the member's clause - the judges' own act, not the court's
    e = news(events(steps, "香港高等法院驳回申请，两名法官宣布辞职。"), "组织关系-辞/离职")
    assert [a.name for a in e.actors] == ["法官"], e.actors


# ---- one person counted and unnamed: a pronoun opening a clause goes on with that one ----------
@pytest.mark.parametrize(
    "text",
    [
        # invented: 一位/一名 counts the one whose act the clause before tells; 他 is that one
        "一名保安拿出了孙某的照片。这段视频被商场里的另一位顾客看到，随后他向警方举报了此事。",
        "一名保安拿出了孙某的照片。一位店员看到了这一幕，随后他向警方举报了此事。",
        "一名保安拿出了孙某的照片。此事被一名记者知道，之后他向警方举报了此事。",
    ],
)
def test_a_pronoun_after_one_counted_person_is_no_one_named_before(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-举报")
    assert "孙某" not in names(e), e.actors


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # invented controls: a person named as the topic, a clause of time, a rank, two counted
        ("孙某拿出了照片。随后他向警方举报了此事。", "孙某"),
        ("孙某受伤倒地。一名医生赶到后，他向警方举报了此事。", "孙某"),
        ("孙某拿出了照片。他获得第一名，随后他向警方举报了此事。", "孙某"),
        ("孙某看到一名顾客被打，随后他向警方举报了此事。", "孙某"),
        ("孙某拿出了照片。这一幕被一名男子看到，随后他向警方举报了此事。", "男子"),
    ],
)
def test_a_pronoun_keeps_its_topic_past_a_counted_person(steps, text: str, who: str) -> None:
    e = news(events(steps, text), "司法行为-举报")
    assert roles(e).get("举报发起方") == [who], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # invented: the one counted tells the words the pronoun opens - no one unnamed
        "张三在家中被捕。此前一名邻居报警称，他长期殴打妻子。",
        "张三被捕。据一位知情人透露，其此前曾殴打过妻子。",
    ],
)
def test_a_pronoun_opening_words_told_by_one_counted_keeps_its_topic(steps, text: str) -> None:
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("袭击者") == ["张三"], roles(e)


# ---- 自己 in words told: the teller -----------------------------------------------------------
def _actors_at(text: str, found: list[tuple[str, str]]) -> list[Actor]:
    """Actors of ``text`` at the first place each (name, kind) of ``found`` is written."""
    return [Actor(text.index(n), text.index(n) + len(n), n, kind) for n, kind in found]


def test_a_reflexive_in_told_words_stands_for_the_teller(steps) -> None:
    # 甲称，乙起诉了自己: the one sued is the teller, not no one
    assert_role(steps, "孙某称，华力公司去年起诉了自己。", "司法行为-起诉", "被告", ["孙某"])
    text = "赵女士透露，前男友曾多次殴打自己。"
    assert_role(steps, text, "灾害/意外-袭击", "袭击对象", ["赵女士"])
    text = "钱某在微博上表示，华力公司已经解雇了自己。"
    assert_role(steps, text, "组织关系-解雇", "被解雇人员", ["钱某"])


def test_a_reflexive_stands_for_the_nearest_teller() -> None:
    text = "孙某称，钱某表示华力公司解雇了自己。"
    people = _actors_at(text, [("孙某", "PER"), ("钱某", "PER"), ("华力公司", "ORG")])
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert next(x for x in out if x.text == "自己").alias_of == "钱某", out


def test_a_reflexive_with_no_teller_or_owning_a_noun_stands_for_no_one() -> None:
    # control: 自己的 tells whose, not who; no teller (据某报报道: a source; 孙某伤害了自己:
    # himself) nor one right after the verb of telling (孙某说自己…: the subject of the words
    # told, read as such elsewhere) makes it a participant
    for text, found in (
        ("据某报报道，华力公司起诉了自己的前员工。", [("某报", "ORG"), ("华力公司", "ORG")]),
        ("孙某伤害了自己，被送往医院。", [("孙某", "PER")]),
        ("孙某说自己已经起诉了华力公司。", [("孙某", "PER"), ("华力公司", "ORG")]),
        ("据某报报道，华力公司起诉了自己。", [("某报", "ORG"), ("华力公司", "ORG")]),
        # (某公司自己…: that one itself; 给自己, 为自己: for oneself - the clause's own subject)
        ("钱某称，华力公司自己给自己发了一封致歉函。", [("钱某", "PER"), ("华力公司", "ORG")]),
        ("钱某表示，孙女士在为自己维权。", [("钱某", "PER"), ("孙女士", "PER")]),
        ("钱某称自己曾被华力公司解雇。", [("钱某", "PER"), ("华力公司", "ORG")]),
    ):
        people = _actors_at(text, found)
        out = anaphora.resolve(text, 0, len(text), people, [])
        assert [x.text for x in out] == [x.text for x in people], out


def test_a_reflexive_after_a_one_character_verb_stands_for_the_teller() -> None:
    # 甲称，乙打自己: one character between the doer and 自己 - the verb, not a name's end
    text = "孙某称，钱某打自己。"
    people = _actors_at(text, [("孙某", "PER"), ("钱某", "PER")])
    out = anaphora.resolve(text, 0, len(text), people, [])
    assert [x.alias_of for x in out if x.text == "自己"] == ["孙某"], out


def test_a_reflexive_after_a_verb_of_thinking_is_no_teller() -> None:
    # 甲称，乙担心自己被起诉: 自己 is the subject of what 乙 thinks - 乙, read elsewhere - not 甲
    for text in ("孙某称，钱某担心自己被华力公司起诉。", "孙某称，钱某觉得自己被华力公司解雇了。"):
        people = _actors_at(text, [("孙某", "PER"), ("钱某", "PER"), ("华力公司", "ORG")])
        out = anaphora.resolve(text, 0, len(text), people, [])
        assert not any(x.text == "自己" and x.alias_of == "孙某" for x in out), out


# ---- the one a passive told of the subject is the object pronoun (q41d) ---------------------
# 王某觉得自己被李某骗了，于是举报了她: the subject goes on through a passive told of itself
# (自己被X, 王某被X) and acts back on the passive's agent; an aspect mark (了, 过) between the
# verb and the pronoun keeps it the verb's object, not the clause's subject.
@pytest.mark.parametrize(
    "text, role_from, role_to, doer, done_to",
    [
        ("回家后的王某越想越气，觉得自己被李某骗了，于是愤怒地举报了她。", "举报发起方", "举报对象",
         "王某", "李某"),
        ("王某被李某骗了，于是举报了他。", "举报发起方", "举报对象", "王某", "李某"),
        ("赵女士认为自己遭钱某诽谤，随后起诉了她。", "原告", "被告", "赵女士", "钱某"),
        ("李某帮过王某，王某却举报了他。", "举报发起方", "举报对象", "王某", "李某"),
    ],
)  # fmt: skip
def test_the_subject_of_its_own_passive_acts_back_on_the_passives_agent(
    steps, text: str, role_from: str, role_to: str, doer: str, done_to: str
) -> None:
    evs = [e for e in events(steps, text) if e.news_type]
    assert len(evs) == 1, evs
    assert roles(evs[0]).get(role_from) == [doer] and roles(evs[0]).get(role_to) == [done_to]


@pytest.mark.parametrize(
    "text, names, pronoun_at, antecedent",
    [
        # the subject pronoun of the clause after the passive is the topic, not its agent
        ("王某觉得自己被李某骗了，于是他举报了李某。", ["王某", "李某"], 14, "王某"),
        # the passive is of the topic, but another subject acts: the one acted on is the topic
        ("王某被李某打了，张某随后送他去医院。", ["王某", "李某", "张某"], 13, "王某"),
    ],
)  # fmt: skip
def test_a_pronoun_the_passives_agent_does_not_fit_keeps_its_reading(
    text: str, names: list[str], pronoun_at: int, antecedent: str
) -> None:
    people = [Actor(text.index(n), text.index(n) + len(n), n, "PER") for n in names]
    out = anaphora.resolve(text, 0, len(text), people, lambda: [])
    it = next(x for x in out if x.start == pronoun_at)
    assert it.alias_of == antecedent, out


def test_a_passive_of_another_subject_still_hands_on_its_agent() -> None:
    # 孙某的请求均遭法官驳回，要求其…: the passive is of the request, not of 孙某 - no subject
    # of 孙某 goes on, and the passive's agent is no antecedent
    text = "孙某的请求均遭法官驳回，要求其补交材料。"
    people = [Actor(0, 2, "孙某", "PER"), Actor(8, 10, "法官", "generic")]
    out = anaphora.resolve(text, 0, len(text), people, lambda: [])
    it = [x for x in out if x.text == "其"]
    assert not it or it[0].alias_of != "法官", out


def test_an_aspect_mark_before_a_pronoun_keeps_it_the_verbs_object() -> None:
    text = "王某觉得自己被李某骗了，于是举报了她。"
    people = [Actor(0, 2, "王某", "PER"), Actor(7, 9, "李某", "PER")]
    out = anaphora.resolve(text, 0, len(text), people, lambda: [])
    she = next(x for x in out if x.text == "她")
    assert she.alias_of == "李某", out
    text = "王某称赞了他。"
    out = anaphora.resolve(text, 0, len(text), [Actor(0, 2, "王某", "PER")], lambda: [])
    assert all(x.alias_of != "王某" for x in out if x.text == "他"), out


# ---- a kind noun told again of the one person named before it -------------------------------
def test_a_determiner_kind_noun_is_the_one_named_before_it(steps) -> None:
    # 将其女友撞倒…碾压该女子: one victim, named twice
    text = (
        "6月3日晚，男子孙某某驾车在城东路口将其女友撞倒在地，路人上前阻拦，"
        "孙某某随后又再次碾压该女子，随即驾车逃走。"
    )
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["女友"], roles(e)
    assert names(e).count("女友") == 1 and "女子" not in names(e), names(e)


def test_a_bare_kind_noun_a_clause_later_is_the_one_named_before_it(steps) -> None:
    # 生下一个儿子，生下孩子后: one child born; the second 生下 tells the same birth
    text = "钱女士在40岁时生下一个儿子，生下孩子没几天她就因感染住院。"
    evs = [e for e in events(steps, text) if e.news_type == "人生-产子/女"]
    born = {n for e in evs for n in roles(e).get("出生者", [])}
    assert born == {"儿子"}, [roles(e) for e in evs]


def _person(n: str, at: int) -> Actor:
    """The person ``n`` written at ``at``: a name (a surname first) or a generic person noun (a
    civilian)."""
    if n[0] in "孙钱":
        return Actor(at, at + len(n), n, "PER")
    return Actor(at, at + len(n), n, "generic", agent_type="CVL")


def _people_at(text: str, found: list[str]) -> list[Actor]:
    """People of ``text`` at the last place each is written (``_person``)."""
    return [_person(n, text.rindex(n)) for n in found]


def test_a_kind_noun_of_two_people_or_of_another_kind_stays() -> None:
    # two women named before 该女子: which one is not told; 该男子 after a woman: no one
    text = "孙某将其前妻和女友撞倒，随后碾压该女子。"
    people = _people_at(text, ["孙某", "前妻", "女友", "女子"])
    out = anaphora.resolve(text, 0, len(text), people, list)
    assert next(x for x in out if x.text == "女子").alias_of is None, out
    text = "孙某将其前妻撞倒，随后碾压该男子。"
    people = _people_at(text, ["孙某", "前妻", "男子"])
    out = anaphora.resolve(text, 0, len(text), people, list)
    assert next(x for x in out if x.text == "男子").alias_of is None, out


def test_the_resolver_points_a_kind_noun_back() -> None:
    text = "孙某将其前妻撞倒，随后碾压该女子。"
    out = anaphora.resolve(text, 0, len(text), _people_at(text, ["孙某", "前妻", "女子"]), list)
    assert next(x for x in out if x.text == "女子").alias_of == "前妻", out
    text = "钱女士生下一个儿子，生下孩子后住进了医院。"
    out = anaphora.kinds_again(text, _people_at(text, ["钱女士", "儿子", "孩子"]))
    assert next(x for x in out if x.text == "孩子").alias_of == "儿子", out
    # 女子钱某: the title of a name, no one told again
    text = "孙某将妻子撞伤，女子钱某随后报警。"
    out = anaphora.kinds_again(text, _people_at(text, ["孙某", "妻子", "女子", "钱某"]))
    assert next(x for x in out if x.text == "女子").alias_of is None, out
    # 她的孩子: someone's, maybe another; 他的儿子送孩子上学: one clause, another child
    for text in ("钱女士生下一个儿子，她的孩子今年已经三岁。", "钱女士说她的儿子送孩子上学。"):
        out = anaphora.kinds_again(text, _people_at(text, ["钱女士", "儿子", "孩子"]))
        assert next(x for x in out if x.text == "孩子").alias_of is None, out


def test_a_counted_kind_noun_is_another(steps) -> None:
    # 其前妻和一名女子: two victims
    text = "6月3日晚，男子孙某某驾车在城东路口将其前妻和一名女子撞倒在地后逃离现场。"
    evs = events(steps, text)
    assert evs and all("女子" in names(e) for e in evs), [names(e) for e in evs]


def test_a_kind_noun_keeps_its_titled_one_of_the_sentence_before() -> None:
    # 男子孙某… / 钱女士将其前夫撞倒…该男子: 男子 titled 孙某 before, the resolver's old reading
    before = "男子孙某当晚报警。"
    text = "钱女士将其前夫撞倒，随后碾压该男子。"
    earlier = _people_at(before, ["男子", "孙某"])
    out = anaphora.resolve(
        text, 0, len(text), _people_at(text, ["钱女士", "前夫", "男子"]), lambda: [earlier]
    )
    assert next(x for x in out if x.text == "男子").alias_of == "孙某", out
    # 该公司 after two companies: a body noun, no kind noun - the nearest whose name ends so
    text = "华力公司与远星公司签约，该公司随后起诉了钱某。"
    people = [
        Actor(0, 4, "华力公司", "ORG"),
        Actor(5, 9, "远星公司", "ORG"),
        Actor(text.index("公司随"), text.index("公司随") + 2, "公司", "generic", agent_type="BUS"),
    ]
    out = anaphora.resolve(text, 0, len(text), people, list)
    assert next(x for x in out if x.text == "公司").alias_of == "远星公司", out


def _first_and_again(text: str, found: list[str], noun: str) -> list[Actor]:
    """``_person`` at the first place each of ``found`` is written, and ``noun`` written again
    after its first place, sorted."""
    people = [_person(n, text.index(n)) for n in found] + [_person(noun, text.rindex(noun))]
    return sorted(people, key=lambda x: x.start)


def test_a_kind_noun_after_one_counted_of_its_kind_is_not_another_named() -> None:
    # 妻子与一名女子…该女子, 丈夫撞倒一名男孩，男孩…: the one counted, maybe - never the wife or
    # the husband; 一名女子带着一个女孩…该女孩: not the woman; 一名妇女 counts as a woman too
    for text, found, noun in (
        ("孙某与妻子和一名女子争吵，随后殴打了该女子。", ["孙某", "妻子", "女子"], "女子"),
        ("孙某的妻子与一名妇女争吵，随后殴打了该妇女。", ["孙某", "妻子", "妇女"], "妇女"),
        ("一名女子带着一个女孩出门，随后该女孩被车撞倒。", ["女子", "女孩"], "女孩"),
    ):
        people = _first_and_again(text, found, noun)
        out = anaphora.resolve(text, 0, len(text), people, list)
        assert all(x.alias_of is None for x in out), out
    for text, noun in (
        ("钱女士的丈夫撞倒了一名男孩，男孩当场死亡。", "男孩"),
        ("钱女士的丈夫撞倒了一名男子，男子当场死亡。", "男子"),
    ):
        people = _first_and_again(text, ["钱女士", "丈夫", noun], noun)
        out = anaphora.kinds_again(text, people)
        assert all(x.alias_of is None for x in out), out


def test_a_kind_noun_of_a_household_of_twins_or_of_many_is_another() -> None:
    # 邻居家孩子: someone's; 双胞胎孩子: counted; 孩子们: more than one - none is the son or
    # the daughter born before
    for text in (
        "钱女士生下一个儿子，三年后又生下双胞胎孩子。",
        "孙某的儿子放学后，打伤了邻居家孩子。",
        "钱女士生下一个女儿后，孩子们都被送到外婆家。",  # (孩子们: more than one)
    ):
        kin = "儿子" if "儿子" in text else "女儿"
        out = anaphora.kinds_again(text, _people_at(text, [kin, "孩子"]))
        assert next(x for x in out if x.text == "孩子").alias_of is None, out


def test_a_boy_killed_is_not_the_driver(steps) -> None:
    text = "钱女士的丈夫开车撞倒了路边一名男孩，男孩当场死亡。"
    e = news(events(steps, text), "人生-死亡")
    assert roles(e)["死者"] == ["男孩"], roles(e)


def test_a_kind_noun_opening_its_clause_after_someone_of_no_kind_is_not_the_kin(steps) -> None:
    # 王某撞倒其父亲，随后该男子…: the subject, 王某 going on, maybe - not the father he hit
    text = "孙某驾车撞倒了其父亲，随后该男子又殴打了路人。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "父亲" not in roles(e).get("袭击者", []), roles(e)
    for text in (
        "孙某驾车撞倒了其父亲，随后该男子逃离现场。",
        "孙某撞倒了其女儿，该女子当场死亡。",
    ):
        noun = text[text.index("该") + 1 : text.index("该") + 3]
        kin = "父亲" if "父亲" in text else "女儿"
        out = anaphora.kinds_again(text, _people_at(text, ["孙某", kin, noun]))
        assert next(x for x in out if x.text == noun).alias_of is None, out
        out = anaphora.resolve(text, 0, len(text), _people_at(text, ["孙某", kin, noun]), list)
        assert next(x for x in out if x.text == noun).alias_of is None, out
    # control: as the object it is still the one named (孙某将其前妻撞倒，随后碾压该女子)
    text = "孙某将其前妻撞倒，随后碾压该女子。"
    out = anaphora.kinds_again(text, _people_at(text, ["孙某", "前妻", "女子"]))
    assert next(x for x in out if x.text == "女子").alias_of == "前妻", out


def test_one_a_comparison_likens_someone_to_is_no_antecedent(steps) -> None:
    # 公婆待她像自家女儿一样。…她生下一个儿子: the daughter of the likeness is no one told of -
    # she is not the mother (news_cues likeness_opens/likeness_closes; 如同…一般: a word of
    # news_cues likened opens it too)
    for text in (
        "公婆待她像自家女儿一样。在38岁那年她还生下一个儿子。",
        "公婆待她如同自家女儿一般。在38岁那年她还生下一个儿子。",
    ):
        e = news(events(steps, text), "人生-产子/女")
        assert "女儿" not in roles(e).get("产子者", []), roles(e)
    # control: a kin word told as a person of its own stays an antecedent
    text = "张家的女儿今年三十岁。去年她在上海生下一个儿子。"
    e = news(events(steps, text), "人生-产子/女")
    assert roles(e).get("产子者") and "女儿" in roles(e)["产子者"][0], roles(e)


def test_the_owner_of_a_birth_word_gives_birth_not_the_teller(steps) -> None:
    # 丈夫某某回忆起她的分娩过程: the one whose childbirth it is, not the husband who tells it
    # (nor a husband as the antecedent of 她: entity_rules other_sex_titles)
    text = "演员林美四十岁才生孩子，采访中，丈夫周明回忆起她的分娩过程。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])
    text = "周明说起妻子林美的剖腹产手术。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])
    # controls: a teller who gives birth herself, two births, a mother before the verb
    assert_role(steps, "林美说自己生下了一个儿子。", "人生-产子/女", "产子者", ["林美"])
    evs = [e for e in events(steps, "林美去年生下女儿，今年又生下儿子。") if e.news_type]
    assert [roles(e).get("产子者") for e in evs] == [["林美"], ["林美"]], evs
    assert_role(steps, "林美的分娩很顺利。", "人生-产子/女", "产子者", ["林美"])


def test_a_pronoun_read_as_the_teller_names_no_owner_of_a_birth(steps) -> None:
    # 周明说起她的分娩过程: with no one else named, 她 read as 周明 is no owner of the birth -
    # not the teller named before it in its own clause (news._birth_owner)
    for text in ("周明说起她的分娩过程。", "采访中，周明回忆起她的剖腹产手术。"):
        for e in events(steps, text):
            assert "周明" not in roles(e).get("产子者", []), roles(e)
    # control: a name told in a clause before still owns it
    text = "林美四十岁才生孩子，采访中，丈夫周明回忆起她的分娩过程。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])


def test_a_pronoun_once_the_object_of_someone_is_not_that_one_again(steps) -> None:
    # 甲给她一个家，对她百般呵护，她还生下…: 她, the object of 甲's clauses, is someone else - the
    # same pronoun later in the sentence is no more 甲 (anaphora.resolve, not_told)
    text = "而周明也像一个好丈夫一样，给她一个安稳的家，对她百般呵护，在38岁时她还生下一个儿子。"
    e = news(events(steps, text), "人生-产子/女")
    assert "周明" not in roles(e).get("产子者", []), roles(e)
    # control: the speaker told before still stands for the later 她
    text = "林美表示，周明给她买了房子，后来她还生下一个儿子。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])


def test_a_pronoun_after_an_object_mark_and_an_adverb_is_the_marked_object(steps) -> None:
    # 周明对她百般呵护: 她 after 对 is the mark's object though an adverb follows it - not 周明,
    # and the same 她 later in the sentence is the one told before (林美)
    text = "林美嫁给周明后，周明对她百般呵护，她还生下一个儿子。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])
    # control: after a verb of telling, a pronoun an adverb follows opens the told clause
    assert_role(steps, "周明称，他已起诉李强。", "司法行为-起诉", "原告", ["周明"])


def test_a_birth_word_before_a_de_is_no_word_the_one_before_owns(steps) -> None:
    # 周明的怀孕的妻子: 怀孕 with 的 after it tells of the noun after it - the wife is pregnant,
    # not 周明 before it (news._birth_owner not asked)
    assert_role(steps, "周明的怀孕的妻子林美住院了。", "人生-怀孕", "怀孕者", ["林美"])
    # control: the owner of a birth word with no 的 after it
    assert_role(steps, "周明说起妻子林美的剖腹产手术。", "人生-产子/女", "产子者", ["林美"])


def test_a_pronoun_whose_view_a_clause_frames_is_no_ones_object(steps) -> None:
    # 林美称，对她而言，她…: 对她而言 frames her view - 她 is no object of 林美, read as the
    # clause's subject, so the later 她 may still be 林美 (anaphora.resolve not_told)
    for text in ("林美称，对她而言，她已起诉了周明。", "林美称，对她来说，她已起诉了周明。"):
        assert_role(steps, text, "司法行为-起诉", "原告", ["林美"])
    # control: once the object of 周明's clause, 她 is not 周明 later in the sentence
    text = "林美嫁给周明后，周明对她百般呵护，她还生下一个儿子。"
    assert_role(steps, text, "人生-产子/女", "产子者", ["林美"])


def test_one_named_as_an_example_is_an_antecedent(steps) -> None:
    # 像张某那样的演员: 那样的 gives an example, a real person - an antecedent all the same
    # (anaphora._in_likeness: not with 的 after its close)
    text = "像周明那样的演员很少，他去年起诉了李强。"
    assert_role(steps, text, "司法行为-起诉", "原告", ["周明"])
    # control: what someone is likened to, with no 的 after it, is none
    text = "公婆待她像自家女儿一样。在38岁那年她还生下一个儿子。"
    e = news(events(steps, text), "人生-产子/女")
    assert "女儿" not in roles(e).get("产子者", []), roles(e)


# ---- 她与他: a couple's two pronouns are two people ------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("演员王磊与女友张丽丽相恋五年。今年三月，她与他分手。", "人生-分手", "分手双方"),
        ("演员王磊与女友张丽丽相恋五年。去年，她与他登记结婚。", "人生-结婚", "结婚双方"),
        ("歌手王磊与妻子张丽丽结婚十年。今年初，她和他离婚。", "人生-离婚", "离婚双方"),
    ],
)
def test_she_and_he_of_a_couple_are_its_two_people(steps, text, kind, role) -> None:
    # 她与他 both read as 王磊 (the topic): 她 is the one a woman's title marked before (女友
    # 张丽丽), 他 stays 王磊
    got = roles(news(events(steps, text), kind))
    assert sorted(got.get(role, [])) == ["张丽丽", "王磊"], got


@pytest.mark.parametrize(
    ("text", "kind", "role", "partners"),
    [
        # no title marks either's gender: as before
        ("演员王磊与张丽丽相恋五年。今年三月，她与他分手。", "人生-分手", "分手双方",
         ["张丽丽", "王磊"]),
        # 她 unread, no woman marked before: 他 stays the one it was, no title read as her
        ("歌手张丽丽与男友王磊相恋五年。今年三月，她与他分手。", "人生-分手", "分手双方",
         ["王磊"]),
    ],
)
def test_a_couple_of_pronouns_with_no_gender_told_stays_as_read(
    steps, text, kind, role, partners
) -> None:
    got = roles(news(events(steps, text), kind))
    assert sorted(got.get(role, [])) == partners, got


@pytest.mark.parametrize(
    ("text", "she", "he"),
    [
        ("王磊与女友张丽丽相恋。她与他分手。", "张丽丽", "王磊"),
        ("张丽丽与男友王磊相恋。他和她分手。", "张丽丽", "王磊"),
        # 她与他的经纪人: 他 owns the agent, no partner of 她 - no one found for it (though a
        # title marks a man before: 男友王磊)
        ("张丽丽与男友王磊相恋。她与他的经纪人吵架。", None, None),
    ],
)
def test_the_couple_rule_in_the_resolver(text: str, she: str | None, he: str | None) -> None:
    k = text.index("。") + 1
    a, b = text.index("王磊"), text.index("张丽丽")
    before = [[Actor(a, a + 2, "王磊", "PER"), Actor(b, b + 3, "张丽丽", "PER")]]
    out = anaphora.resolve(text, k, len(text), [], lambda: before)
    read = {x.text: x.alias_of for x in out if x.text in ("他", "她")}
    if she is None:
        assert read.get("他") is None, read
    else:
        assert read == {"她": she, "他": he}, read


@pytest.mark.parametrize(
    "text",
    [
        "张丽丽与丈夫李强相恋。她与他人合作。",  # 他人: others, no pronoun
        "张丽丽与丈夫李强相恋。她与他们合作。",  # 他们: a group, not the husband
        "李强与女友张丽丽相恋。他与她们合作。",
    ],
)
def test_a_couple_rule_reads_no_one_for_others_or_a_group(text: str) -> None:
    # 她与他人, 她与他们: no couple - the one read stays, no one is found for the other
    k = text.index("。") + 1
    p, q = ("张丽丽", "李强") if text.startswith("张") else ("李强", "张丽丽")
    a, b = text.index(p), text.index(q)
    before = [[Actor(a, a + len(p), p, "PER"), Actor(b, b + len(q), q, "PER")]]
    out = anaphora.resolve(text, k, len(text), [], lambda: before)
    assert [x.alias_of for x in out if x.start >= k] == [p], out


# ---- a person noun labelling an affair (issue 7) -----------------------------------------------
def test_a_person_noun_labelling_an_affair_gives_way_to_the_one_named_after_it(steps) -> None:
    # 男子“霸座”事件…见到了当事人邓先生，…他: the one named, not the affair's label
    text = (
        "6月2日，地铁男子“霸座”事件发生三天后，记者在家中见到了当事人邓先生，"
        "在采访中，他为当天的举动连连道歉。"
    )
    assert_role(steps, text, "交往-道歉", "道歉者", ["邓先生"])
    # controls: the label when no one else is; a person noun telling no affair is the subject
    text = "地铁男子霸座事件发生后，他为当天的举动连连道歉。"
    assert_role(steps, text, "交往-道歉", "道歉者", ["男子"])
    text = "一名男子在地铁上霸座，他事后向乘客道歉。"
    assert_role(steps, text, "交往-道歉", "道歉者", ["男子"])
    # (review rev51b) one named inside the label is in the affair, not after it; a person noun
    # before 对/在 and an affair told before (对此事件) is the sentence's subject, no label
    text = "女子遭邻居李某殴打事件发生后，她向警方报案。"
    assert_role(steps, text, "司法行为-举报", "举报发起方", ["女子"])
    text = "男子对此事件深感后悔，事后警方找到了张某，他表示愿意道歉。"
    assert_role(steps, text, "交往-道歉", "道歉者", ["男子"])


# ---- 两人 opening the sentence, no one named for them (issue 7) --------------------------------
def test_two_unnamed_opening_the_sentence_are_the_subject_later_clauses_go_on_with(steps) -> None:
    # 但两人…，…，卖掉房子…: the seller is the two, as written, though no pair was named before
    text = "这对夫妻都是中学教师。但两人一心想去海外，认为那里什么都好，卖掉房子去了加拿大。"
    e = news(events(steps, text), "财经/交易-出售/收购")
    assert roles(e).get("出售方") == ["两人"], roles(e)
    assert [a.country for a in e.actors] == [None], e.actors  # (where they went: no nationality)
    # (review rev51b) two a passive befalls, or two no act is told of, are no goods sold later
    for text in ("两人被警方带走，随后房子被卖掉。", "两人来到北京，随后房子被卖掉。"):
        evs = events(steps, text)
        assert all("两人" not in roles(e).get("交易物", []) for e in evs), [roles(e) for e in evs]
    # control: the two of a clause of time (…后，) are not its main clause's subject
    evs = events(steps, "两人成婚后，周琳全力支持丈夫的事业，又生下了两个孩子。")
    assert all("两人" not in roles(e).get("产子者", []) for e in evs), roles(evs[0])
