"""Who is the subject or object of the trigger: a relative named by a kin word, the ones a
prosecutor charges with 以, the one a 向 phrase addresses past a modifier, a passive inside the
object's relative clause.  Invented sentences (none from the dev set or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events, kinds
from test_events_news import news, roles


def test_a_kin_word_subject_is_the_participant_not_the_name_it_belongs_to(steps) -> None:
    # the relative the clause is about did it, not the person the article is about
    e = news(events(steps, "厨师林一帆的舅舅前年因走私入狱。"), "司法行为-入狱")
    assert roles(e)["入狱者"] == ["林一帆的舅舅"]  # (the relative, named whose he is)
    e = news(events(steps, "林一帆读高中时，他父母协议离婚。"), "人生-离婚")
    assert roles(e)["离婚双方"] == ["他父母"]
    # control: no kin word, the name
    e = news(events(steps, "厨师林一帆前年因走私入狱。"), "司法行为-入狱")
    assert roles(e)["入狱者"] == ["林一帆"]


def test_a_kin_word_after_a_kind_of_officer_is_an_address_form(steps) -> None:
    # 民警叔叔: how one speaks of the officer, no relative of anyone, not the one arrested
    e = news(events(steps, "路过的民警叔叔立刻将抢包的窃贼抓获。"), "司法行为-拘捕")
    assert roles(e)["拘捕者"] == ["民警"] and "叔叔" not in roles(e).get("被拘捕者", []), roles(e)
    # control: after a kind of civilians it is a relative (the victim's sister)
    e = news(events(steps, "受害人姐姐昨天被警方拘留。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["姐姐"], roles(e)


def test_the_ones_a_prosecutor_charges_with_yi_are_the_defendants(steps) -> None:
    # 以被告人X涉嫌…罪: X is charged; the prosecutor before 以 brings the charge
    text = "江北检方以被告人韩某涉嫌私刻公章罪提起公诉。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["江北检方"] and roles(e)["被告"] == ["韩某"], roles(e)
    text = "江北检方以被告人韩某、史某涉嫌虚开增值税发票为由，前天向江北区法院提出公诉。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["江北检方"] and "韩某" in roles(e)["被告"], roles(e)
    # control: a charge given with 以 names no one; the object marked by 对 is the defendant
    e = news(events(steps, "江北检方以私刻公章罪对韩某提起公诉。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["江北检方"] and roles(e)["被告"] == ["韩某"], roles(e)


def test_the_one_a_xiang_phrase_addresses_past_a_modifier_is_the_object(steps) -> None:
    # 向 + a relative clause ending in 的 + the one addressed: the object, not the doer; what the
    # modifier names (多年来陪他训练的) is no subject either
    e = news(events(steps, "贺磊向相识八年的女友求婚。"), "人生-求婚")
    assert roles(e)["求婚者"] == ["贺磊"] and roles(e)["求婚对象"] == ["女友"], roles(e)
    text = "比赛结束后，马拉松冠军贺磊向多年来陪他训练的女友求婚。"
    e = news(events(steps, text), "人生-求婚")
    assert roles(e).get("求婚者") == ["贺磊"], roles(e)
    # control: 向 with no modifier, as before
    e = news(events(steps, "贺磊向女友求婚。"), "人生-求婚")
    assert roles(e)["求婚者"] == ["贺磊"] and roles(e)["求婚对象"] == ["女友"], roles(e)


def test_a_passive_inside_the_relative_clause_of_the_object_is_not_the_triggers(steps) -> None:
    # 受到…的用户: the passive is the users' relative clause; the company still apologises
    e = news(events(steps, "青禾电器向受到停电影响的用户道歉。"), "交往-道歉")
    assert roles(e)["道歉者"] == ["青禾电器"] and roles(e)["道歉对象"] == ["用户"], roles(e)
    # control: a passive whose agent has a modifier stays the trigger's
    e = news(events(steps, "北极星队被来自南方的星辰队击败。"), "竞赛行为-胜负")
    assert roles(e)["胜者"] == ["星辰队"] and roles(e)["败者"] == ["北极星队"], roles(e)


def test_the_defendant_of_a_civil_suit_is_no_criminal(steps) -> None:
    # 被告 is coded CRM only where a criminal case is told (its sentence, or an article that
    # tells one and no civil case)
    e = news(events(steps, "上月，被告在北极星汽车的门店前拉横幅抗议。"), "组织行为-游行")
    assert [a.role for a in e.actors if a.name == "被告"] == ["CVL"]
    e = news(events(steps, "上月，涉嫌诈骗的被告在北极星汽车的门店前拉横幅抗议。"), "组织行为-游行")
    assert [a.role for a in e.actors if a.name == "被告"] == ["CRM"]


def test_an_act_named_in_a_jiu_phrase_is_not_the_subjects(steps) -> None:
    # 律政司就X获释提出覆核: the 就 phrase names the matter; its act (X set free)
    # is not done by the one who asks for the review
    evs = events(steps, "香港律政司昨日就商人王某获释提出覆核。")
    bail = [e for e in evs if e.type == "CONCEDE"]
    assert bail and all("香港律政司" not in [a.name for a in e.actors] for e in bail), kinds(evs)
    # control: no verb answering the matter after it, 就 is an adverb
    e = news(events(steps, "商人王某前天就被澳门警方刑事拘留了。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["王某"], roles(e)


def test_the_country_of_an_outlet_is_no_participants(steps) -> None:
    # 据新加坡《某报》报道: the paper's country places no one of the news
    evs = events(steps, "据新加坡《南洋晚报》报道，商人王某昨日与妻子离婚。")
    assert not any("SGP" in e.countries for e in evs), [(kinds([e]), e.countries) for e in evs]
    assert not any(a.country == "SGP" for e in evs for a in e.actors)
    # control: the country of the police who act
    e = news(events(steps, "新加坡警方昨日拘捕了商人王某。"), "司法行为-拘捕")
    assert "SGP" in e.countries


def test_the_head_of_a_relative_clause_the_attack_opens_is_the_attacker(steps) -> None:
    # 面对开车撞人、持刀伤人的歹徒上前阻拦: the attack (its object, 人, inside the trigger) is the
    # villain's, whom the relative clause describes; the one who faces him attacks no one
    text = "去年冬天，孟涛在街头面对开车撞人、挥刀砍人的歹徒上前阻拦，身中两刀。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "孟涛" not in roles(e).get("袭击者", []), roles(e)
    assert roles(e).get("袭击者") == ["歹徒"], roles(e)
    # control: a trigger with no object inside, the relative clause's head is acted on
    e = news(events(steps, "孟涛起诉了开车撞伤他的司机。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["孟涛"], roles(e)


def test_a_trigger_and_its_object_qualifying_a_person_tell_what_the_person_did(steps) -> None:
    # 刚产下女儿的X (no one named before): X gave birth, the daughter was born
    e = news(events(steps, "据说上月产下女儿的歌手赵敏下周将复出。"), "人生-产子/女")
    r = roles(e)
    assert r.get("产子者") == ["赵敏"] and r.get("出生者") == ["女儿"], r
    # control: one named before the trigger is its subject; X的Y after it is whose Y is
    e = news(events(steps, "孟涛起诉了北极星公司的两名员工。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["孟涛"], roles(e)


# ---- 为/给 someone before a birth word: the other parent (news_cues for_whom_partner_roles) ----
@pytest.mark.parametrize(
    ("text", "parents"),
    [
        ("陈静为丈夫张伟诞下一女。", ["陈静", "张伟"]),  # (the name the kin word titles)
        ("演员林美为张伟生下一个儿子。", ["林美", "张伟"]),
        ("林美给丈夫生下一个女儿。", ["林美", "丈夫"]),
        ("林美为丈夫诞下一对龙凤胎。", ["林美", "丈夫"]),
        ("去年秋天，陈静，为丈夫张伟诞下一女。", ["陈静", "张伟"]),  # (the mark opening its clause)
    ],
)
def test_the_one_a_birth_is_given_for_is_the_other_parent(
    steps, text: str, parents: list[str]
) -> None:
    r = roles(news(events(steps, text), "人生-产子/女"))
    assert sorted(r.get("产子者", [])) == sorted(parents), r
    assert not set(parents) & set(r.get("出生者", [])), r


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("苏菲为张伟生下了健康的女儿张小美。", "张小美"),  # (the name the kin word titles)
        ("演员林美为张伟生下一个儿子。", "儿子"),
        ("林美为丈夫诞下一对龙凤胎。", "龙凤胎"),
    ],
)
def test_the_one_born_is_read_after_the_birth_word_once_the_father_is_before_it(
    steps, text: str, born: str
) -> None:
    r = roles(news(events(steps, text), "人生-产子/女"))
    assert r.get("出生者") == [born], r


@pytest.mark.parametrize(
    "text",
    [
        "林美为公司拍摄广告后生下一子。",  # (no person after 为)
        "林美在为丈夫庆祝生日时透露自己已生下一子。",  # (the 为 is another verb's, far off)
        "陈静在医院产下一子。",
    ],
)
def test_no_one_marked_for_a_birth_leaves_the_mother_alone(steps, text: str) -> None:
    r = roles(news(events(steps, text), "人生-产子/女"))
    assert r.get("产子者") == [text[:2]], r


def test_a_place_after_zai_is_where_the_act_is_done_not_who_does_it(steps) -> None:
    # 在澳门请求…: the place the act is done in makes no request; the subject is told before
    text = "何家栋被指于去年夏天期间，在澳门请求境外团体对当地施加制裁。"
    evs = events(steps, text)
    assert not any(
        e.type == "REQUEST" and any(a.name == "澳门" and a.side == "source" for a in e.actors)
        for e in evs
    ), [(kinds([e]), e.actors) for e in evs]
    # control: a body of the place makes it
    evs = events(steps, "澳门政府要求英方停止干涉。")
    assert any(
        e.type == "REQUEST" and any(a.name == "澳门政府" and a.side == "source" for a in e.actors)
        for e in evs
    ), [(kinds([e]), e.actors) for e in evs]


def test_the_possessor_inside_a_verb_first_clause_is_no_subject_of_the_next(steps) -> None:
    # 置全体澳门居民的福祉于不顾，要求…: the residents are inside the object; they ask nothing
    text = "这些年来，钱某屡次勾结境外团体，置全体澳门居民的福祉于不顾，高调要求英方制裁澳门。"
    evs = events(steps, text)
    asked = [a.name for e in evs if e.type == "REQUEST" for a in e.actors if a.side == "source"]
    assert not any(x.startswith("澳门") for x in asked), [(kinds([e]), e.actors) for e in evs]


def test_a_kind_of_people_a_later_clause_says_the_person_became_is_that_person(steps) -> None:
    # 甲被捕，成为…第三名被警方逮捕的嫌犯: 嫌犯 is 甲 again, no second one arrested
    e = news(
        events(steps, "李明华上周在码头被捕，成为该团伙中第三名被警方逮捕的嫌犯。"), "司法行为-拘捕"
    )
    assert roles(e)["被拘捕者"] == ["李明华"], roles(e)
    # control: a defendant named as someone else's is still there
    e = news(events(steps, "钱某昨日起诉了一家公司，该公司的被告代理人到庭应诉。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["钱某"], roles(e)


def test_a_pronoun_does_not_stand_for_a_kin_word_of_the_other_sex_or_of_two(steps) -> None:
    # 她 is no 爸爸: the one sued is the daughter, not her father
    e = news(events(steps, "宋雨桐的爸爸是一名律师。上月一家出版社起诉了她。"), "司法行为-起诉")
    assert roles(e).get("被告") == ["宋雨桐"], roles(e)
    # 她 is no 父母 (two people): the one whose parents they are
    e = news(events(steps, "陈晓梅的父母经营一家小店。去年她在家乡与同学结婚。"), "人生-结婚")
    assert "父母" not in roles(e).get("结婚双方", []), roles(e)
    assert "陈晓梅" in roles(e).get("结婚双方", []), roles(e)
    # control: 她 may stand for 妈妈
    e = news(events(steps, "孙强的妈妈去年退休，今年她在家乡与老同学结婚。"), "人生-结婚")
    assert roles(e).get("结婚双方", [])[:1] in (["孙强的妈妈"], ["她"]), roles(e)


def test_a_teller_is_not_the_subject_of_a_told_clause_with_a_name_of_its_own(steps) -> None:
    # 外交部…通报，奥斯卡松在斯德哥尔摩会见了王某: the told clause names its own subject, one the
    # entity layer misses; the ministry that tells it met no one
    text = "瑞典外交部昨日通报，奥斯卡松在斯德哥尔摩会见了王某。"
    e = news(events(steps, text), "交往-会见")
    assert "瑞典外交部" not in roles(e).get("会见主体", []), roles(e)
    # control: a told clause with no subject of its own takes the teller's
    e = news(events(steps, "瑞典外交部昨日通报，昨天在斯德哥尔摩会见了王某。"), "交往-会见")
    assert roles(e).get("会见主体") == ["瑞典外交部"], roles(e)


def test_the_possessor_inside_what_a_verb_takes_is_no_subject_of_the_next_clause(steps) -> None:
    # 追随英国情报部门的线人，呼吁…: the agency owns the informant he follows; it asks for nothing
    text = "钱某多年来追随英国情报部门的线人，呼吁他国对澳门特区政府施压。"
    evs = events(steps, text)
    asked = [a.name for e in evs if e.type == "REQUEST" for a in e.actors if a.side == "source"]
    assert not any(x.startswith("英国") for x in asked), [(kinds([e]), e.actors) for e in evs]
    # control: the agency as the clause's own subject asks
    evs = events(steps, "英国情报部门多年来呼吁他国对澳门特区政府施压。")
    asked = [a.name for e in evs if e.type == "REQUEST" for a in e.actors if a.side == "source"]
    assert any(x.startswith("英国") for x in asked), [(kinds([e]), e.actors) for e in evs]


def test_the_people_a_bare_baokuo_clause_names_after_a_counted_group_are_acted_on(steps) -> None:
    # 拘捕8人，包括X、Y及Z: the clause opening with 包括 names those of the group, as 其中包括 does
    text = "昨天，江北警方在多处拘捕8人，包括韩立新、其妻子罗美华及公司经理邓志强。"
    e = news(events(steps, text), "司法行为-拘捕")
    held = roles(e)["被拘捕者"]
    assert "韩立新" in held and "罗美华" in held and "邓志强" in held, roles(e)
    # control: 其中包括, as before
    e = news(events(steps, "江北警方周二拘捕5人，其中包括公司老板韩立新。"), "司法行为-拘捕")
    assert "韩立新" in roles(e)["被拘捕者"], roles(e)


def test_the_name_heading_a_counted_group_after_dui_is_the_object(steps) -> None:
    # 对X、Y等N名kind: X and Y are acted on, not the kind of people they are counted as
    text = "江北警方对韩立新等12名犯罪嫌疑人依法刑事拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["韩立新等12名犯罪嫌疑人"], roles(e)  # (with the count)
    text = "江北警方对韩立新、邓志强等12名犯罪嫌疑人依法刑事拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert sorted(roles(e)["被拘捕者"]) == sorted(["韩立新", "邓志强等12名犯罪嫌疑人"]), roles(e)
    # control: the kind alone stays the object
    e = news(events(steps, "江北警方对12名犯罪嫌疑人依法刑事拘留。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["犯罪嫌疑人"], roles(e)


def test_the_one_a_suit_demands_something_of_is_the_defendant(steps) -> None:
    # 甲提起诉讼，要求乙和丙…: the suit's clause names no defendant; the demand's object is sued
    text = "李建国在区法院提起侵权诉讼，要求王芳和赵磊停用该商标。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["李建国"], roles(e)
    assert sorted(roles(e)["被告"]) == sorted(["王芳", "赵磊"]), roles(e)
    # control: a demand of the court names no defendant
    text = "李建国在区法院提起侵权诉讼，要求法院撤销该商标。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "被告" not in roles(e) and roles(e)["原告"] == ["李建国"], roles(e)


def test_a_suit_demanding_no_remedy_of_someone_names_no_defendant(steps) -> None:
    # 要求乙的母亲出庭作证: 乙 is only the possessor, and testifying is no remedy of the one sued
    text = "王某在区法院提起诉讼，要求李某的母亲出庭作证。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "被告" not in roles(e) and roles(e)["原告"] == ["王某"], roles(e)
    text = "刘志军向县法院提起诉讼，要求孙婷出庭说明情况。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "被告" not in roles(e), roles(e)
    # control: a remedy demanded of someone makes that one sued
    text = "刘志军向县法院提起诉讼，要求孙婷赔偿损失三万元。"
    assert roles(news(events(steps, text), "司法行为-起诉"))["被告"] == ["孙婷"]


def test_the_object_of_an_earlier_clause_is_no_later_doer(steps) -> None:
    # a long aside on the suspect cuts no clause; 在解放路 opens an adjunct, so the clause opens
    # with its verb (驾车撞倒严某): 严某 is acted on, and 随后 (an adverb) opens the next one
    text = (
        "嫌疑人冯某（男，37岁，某省某县人，在本市打零工、无固定住所）与妻子严某因家庭琐事争吵，"
        "在解放路驾车撞倒严某，随后拿起匕首刺伤严某的哥哥。"
    )
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["冯某"], roles(e)
    # a verb right before the first name takes it as its object: the one who spoke fires
    text = "邵某：我们会尽力保障消费者，并已将涉事店员开除。"
    e = news(events(steps, text), "组织关系-解雇")
    assert roles(e)["解雇方"] == ["邵某"], roles(e)
    # control: the one a pivot verb (致使) names does what follows it - dies
    text = "工地脚手架突然倒塌，致使工人严某头部重伤，后经抢救无效死亡。"
    e = news(events(steps, text), "人生-死亡")
    assert roles(e)["死者"] == ["严某"], roles(e)


def test_where_someone_comes_from_or_lives_is_no_event_place(steps) -> None:
    # 某省籍: a place of origin; 暂住在本市某区: a residence - neither is where the act happened
    e = news(events(steps, "湖北籍作家孔某昨晚因病去世，享年80岁。"), "人生-死亡")
    assert "地点" not in roles(e), roles(e)
    text = "一名老人（女，70岁，暂住在本市东城区）被一辆货车撞倒。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert "地点" not in roles(e), roles(e)
    # control: a place the act happens at, with 人 of a noun of people after it (行人)
    text = "一辆轿车在朝阳公园门口撞倒行人，随后逃逸。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert roles(e).get("地点") == ["朝阳公园"], roles(e)


def test_a_name_after_a_second_verb_joined_by_a_list_comma_is_that_verbs(steps) -> None:
    # 获释、步出某警署: a trigger that takes no object; the place named after the second verb
    # joined by 、 is what that verb acts on, no target of the release
    evs = events(steps, "商人周志坚前晚获释、步出沙田警署后乘车回家。")
    e = next(e for e in evs if e.type == "CONCEDE")
    assert [a.name for a in e.actors if a.side == "target"] == ["周志坚"], e.actors
    # control: a trigger with an object shares it with the verb joined to it
    e = news(events(steps, "沙田警方前晚拘留、审问了商人周志坚。"), "司法行为-拘捕")
    assert [a.name for a in e.actors if a.side == "target"] == ["周志坚"], e.actors


def test_the_us_foreign_investment_committee_is_a_us_body(steps) -> None:
    # a KB entry: the committee by its short English name is an actor of the United States
    evs = events(steps, "上周，CFIUS已对阿里巴巴的一笔并购展开调查。")
    e = next(e for e in evs if e.type == "ACCUSE")
    assert [a.country for a in e.actors if a.side == "source"] == ["USA"], e.actors
    assert [a.country for a in e.actors if a.side == "target"] == ["CHN"], e.actors


def test_a_pronoun_an_object_mark_takes_leaves_the_subject_told_before(steps) -> None:
    # 还向他求婚: 他 is whom she proposes to, no subject of the clause; the subject is the one
    # the clause before names
    e = news(events(steps, "庆功宴上，苏晴先是感谢了男友，随后又当众向他求婚。"), "人生-求婚")
    assert roles(e)["求婚者"] == ["苏晴"], roles(e)
    # control: a subject of the clause's own, before the marked pronoun, proposes
    e = news(events(steps, "庆功宴上，苏晴先是感谢了男友，随后男友当众向她求婚。"), "人生-求婚")
    assert roles(e)["求婚者"] == ["男友"], roles(e)


def test_one_brought_along_is_a_partner_of_the_subject(steps) -> None:
    # 携女友出席: the one who brings her attends, and she, brought along, attends with him
    e = news(events(steps, "歌手周原携女友出席了好友的婚礼。"), "人生-婚礼")
    assert roles(e)["参礼人员"] == ["周原", "女友"], roles(e)
    # 携妻子白露: the kin word titles the name - she is the one named
    e = news(events(steps, "歌手周原携妻子白露出席了好友的婚礼。"), "人生-婚礼")
    assert roles(e)["参礼人员"] == ["周原", "白露"], roles(e)
    # control: a lawyer brought along is no party to the suit
    e = news(events(steps, "歌手周原携律师钱明向法院提起诉讼。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["周原"], roles(e)
    # a relative brought along visits a set with the subject (探班: a role of
    # brought_along_roles)
    e = news(events(steps, "歌手周原携妻子探班好友的拍摄现场。"), "交往-探班")
    assert roles(e)["探班主体"] == ["周原", "妻子"], roles(e)
    # control: one who surrenders does it alone - the son brought along only goes with him
    for said in ("韦志强携儿子到派出所投案自首。", "韦志强携妻子向警方投案。"):
        e = news(events(steps, said), "司法行为-拘捕")
        assert roles(e)["被拘捕者"] == ["韦志强"], roles(e)
    # control: with no one named before 携, the ones brought along are the subject read
    text = "几位家长成立了维权小组，并在3月5日携两名原告正式起诉该培训机构。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["原告"], roles(e)


@pytest.mark.parametrize(
    ("text", "news_type", "role", "who"),
    [
        # 偕夫人乙: a title the recogniser leaves out - she goes with him, he is not lost
        ("商人郑海偕夫人苏琴出席了朋友的婚礼。", "人生-婚礼", "参礼人员", ["苏琴", "郑海"]),
        # 携妻子乙、女儿丙: the one who brings a list along leads it
        (
            "商人郑海携妻子苏琴、女儿郑小雨出席了朋友的婚礼。",
            "人生-婚礼",
            "参礼人员",
            ["苏琴", "郑小雨", "郑海"],
        ),
        # 携妻子盗窃…被抓获: both stole, both are caught
        ("男子邓强携妻子偷窃商场财物被警方抓获。", "司法行为-拘捕", "被拘捕者", ["妻子", "邓强"]),
        # controls: a lawyer is brought to no wedding, a son brought along does not surrender
        ("商人郑海携律师钱明出席了朋友的婚礼。", "人生-婚礼", "参礼人员", ["郑海"]),
        ("男子邓强携儿子向警方投案。", "司法行为-拘捕", "被拘捕者", ["邓强"]),
    ],
)
def test_the_one_who_brings_others_along_is_never_lost(
    steps, text: str, news_type: str, role: str, who: list[str]
) -> None:
    e = news(events(steps, text), news_type)
    assert sorted(roles(e).get(role, [])) == who, roles(e)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a guest at a rite for the dead is no dead: the one it is for is
        ("歌手何宁出席了好友的葬礼。", ["好友"]),
        ("市长韩涛参加了老战友的追悼会。", ["老战友"]),
        ("演员孙悦在母亲的葬礼上痛哭失声。", ["母亲"]),
        # controls: the one the rite is for, named before it
        ("作家汪立新的葬礼昨日在南京举行。", ["汪立新"]),
        ("歌手何宁出席了作家汪立新的葬礼。", ["汪立新"]),
        # the one named right before it past a regnal number, not the guest who brings his wife
        ("市长韩涛携夫人苏琴出席了英国女王伊丽莎白二世的葬礼。", ["伊丽莎白"]),
    ],
)
def test_the_dead_of_a_rite_is_the_one_it_is_for(steps, text: str, dead: list[str]) -> None:
    e = news(events(steps, text), "人生-死亡")
    assert roles(e).get("死者") == dead, roles(e)


def test_the_one_a_rite_is_held_for_is_its_dead(steps) -> None:
    # control (kept from the old tree, lost by a guest rule without it): 亲属为其举办葬礼 -
    # 其, the one it is held for, not the family holding it
    e = [
        e
        for e in events(steps, "画家邵明远病逝。", "9月3日，亲属为其举办了葬礼。")
        if e.trigger == "葬礼"
    ]
    assert len(e) == 1 and roles(e[0]).get("死者") == ["邵明远"], [roles(x) for x in e]


@pytest.mark.parametrize(
    ("text", "trigger", "dead"),
    [
        # a death word qualifying people in the object of another verb: they died, not the
        # verb's subject
        ("上千名群众自发前来悼念牺牲民警。", "牺牲", ["民警"]),
        ("市长韩涛参加了遇难消防员的追悼会。", "遇难", ["消防员"]),
        ("歌手何宁出席了病逝的老战友的追悼会。", "病逝", ["老战友"]),
        # controls: the subject died (the word closes its clause, a headline runs on)
        ("登山者韩涛在雪崩中遇难。", "遇难", ["韩涛"]),
        ("母亲突然去世弟弟又摔成重伤，韩涛独自撑起整个家。", "去世", ["母亲"]),
    ],
)
def test_the_people_a_death_word_qualifies_are_the_dead(
    steps, text: str, trigger: str, dead: list[str]
) -> None:
    e = [e for e in events(steps, text) if e.news_type == "人生-死亡" and e.trigger == trigger]
    assert len(e) == 1, kinds(events(steps, text))
    assert roles(e[0]).get("死者") == dead, roles(e[0])


@pytest.mark.parametrize(
    "text",
    [
        # going to or holding a rite whose dead is not told: no death told
        "昨日，演员孙悦前往殡仪馆参加葬礼。",
        "演员孙悦为亡父举办了葬礼。",
        "葬礼由牧师高德明主持。",
        # a rite in a figure of speech, a rite for a 其 with no one before it
        "有评论称，这场比赛是中国足球的葬礼。",
        "歌手何宁为其举行了葬礼。",
    ],
)
def test_one_who_goes_to_or_holds_a_rite_is_no_dead(steps, text: str) -> None:
    assert not [e for e in events(steps, text) if e.news_type == "人生-死亡"], kinds(
        events(steps, text)
    )


def test_one_who_brings_a_named_spouse_along_is_the_later_clauses_subject(steps) -> None:
    # 甲携丈夫乙出席…，获…: 携 brings 乙 along - 甲 does not qualify 乙 as 甲丈夫乙 would, and
    # the clause with no subject of its own goes on with 甲
    text = "演员孟瑶携丈夫程铭出席颁奖典礼，获两项大奖。"
    e = news(events(steps, text), "产品行为-获奖")
    assert roles(e)["获奖人"] == ["孟瑶"], roles(e)


def test_a_spouse_named_after_the_owner_is_still_the_subject(steps) -> None:
    # the control: 甲丈夫乙 with no 携 - the husband named is the subject
    e = news(events(steps, "孟瑶丈夫程铭出席颁奖典礼，获两项大奖。"), "产品行为-获奖")
    assert roles(e)["获奖人"] == ["程铭"], roles(e)


def test_an_owner_before_a_modified_kin_word_is_not_the_subject(steps) -> None:
    # 他最疼爱的三女儿: whose daughter, past what is said of her - she is the one who died
    text = "赛车手周航因事故身亡。他最疼爱的三女儿在同一场事故中不幸离世，年仅9岁。"
    e = [e for e in events(steps, text) if e.trigger == "不幸离世"][0]
    assert roles(e)["死者"] == ["三女儿"], roles(e)  # (三女儿: one kin word, by birth order)
    # control: a short modifier before the kin word, as before
    text = "赛车手周航因事故身亡。他年仅九岁的二儿子在同一场事故中不幸离世。"
    e = [e for e in events(steps, text) if e.trigger == "不幸离世"][0]
    assert roles(e)["死者"] == ["二儿子"], roles(e)


def test_the_court_whose_warrant_the_police_hold_is_not_the_doer(steps) -> None:
    # 持法庭手令搜查: the court issued the warrant; the officers search and arrest
    said = (
        "警方通报称，九龙区警署重案组探员经多月跟进后，前日持法庭手令展开突击搜查，"
        "并在多区拘捕3名男子。"
    )
    evs = events(steps, said)
    sources = {a.name for e in evs for a in e.actors if a.side == "source"}
    assert "法庭" not in sources and "九龙区警署" in sources, kinds(evs)
    e = news(evs, "司法行为-拘捕")
    assert roles(e)["拘捕者"] == ["九龙区警署"], roles(e)


def test_the_one_a_quote_follows_a_verb_ending_in_dao_says_it(steps) -> None:
    # 点评道, 感叹道, 写道：“…”: verbs of telling, the quotation's speaker is who thanks
    for said, thanker in (
        ("主教练孟德林赛后感叹道：“感谢两位队员，她们打出了一场漂亮的比赛。”", "孟德林"),
        ("解说员韦志强在赛后点评道：“感谢两名棋手，她们下出了一盘精彩的对局。”", "韦志强"),
    ):
        e = news(events(steps, said), "交往-感谢")
        assert roles(e).get("致谢人") == [thanker], roles(e)


def test_an_adverb_of_acting_together_closes_no_subject(steps) -> None:
    # 同时/联合/联手 between the subject no name was recognised for and the verb: the ones
    # who act are the phrase before it, not the phrase with it (nor no one)
    for said, who in (
        ("上月，省里四个部门同时约谈了这家外卖平台。", "省里四个部门"),
        ("上月，省里四个部门联合约谈了这家外卖平台。", "省里四个部门"),
    ):
        e = news(events(steps, said), "司法行为-约谈")
        assert roles(e).get("约谈发起方") == [who], roles(e)


def test_the_accused_after_a_charge_told_with_cheng_or_a_colon_is_the_defendant(steps) -> None:
    # 指控称，被告人X…, 指控事实：被告人X…: the charge's verb closes its clause before what it
    # tells all the same
    for said in (
        "检察机关指控称，被告人吕志刚于去年3月多次在商场内盗窃手机。",
        "检方指控事实：被告人吕志刚于去年3月多次在商场内盗窃手机。",
    ):
        e = news(events(steps, said), "司法行为-起诉")
        assert roles(e).get("被告") == ["吕志刚"], roles(e)


def test_those_told_doing_something_in_court_are_the_ones_tried(steps) -> None:
    # 开庭，甲、乙和丙在法庭上表示认罪: no title of the accused, but what they do in court
    said = "9日，江州市中级法院开庭，商人钟立新、彭博文和韦一鸣在法庭上表示认罪。"
    evs = events(steps, said)
    [e] = [x for x in evs if x.news_type == "司法行为-开庭"]
    assert {"钟立新", "彭博文", "韦一鸣"} <= {a.name for a in e.actors}, kinds(evs)
    # a hearing of the case 此案 still tries the accused named after it
    said = "昨日，江州市中级法院开庭审理此案，被告人钟立新当庭认罪。"
    [e] = [x for x in events(steps, said) if x.news_type == "司法行为-开庭"]
    assert "钟立新" in {a.name for a in e.actors}, [a.name for a in e.actors]


def test_a_clause_of_the_writer_carries_no_subject_told_before_it(steps) -> None:
    # 法院驳回了…，我拿到了卷宗，并要求…: 我 is the subject from there on, not the court
    for text in (
        "西城区法院驳回了被告方的延期申请，我拿到了全部卷宗，并要求法院对双方进行笔迹鉴定。",
        "市公安局公布了初步调查情况，我们随后要求警方公开监控录像。",
    ):
        for e in events(steps, text):
            if e.type == "REQUEST":
                assert not any(a.side == "source" for a in e.actors), e.actors
    # control: no clause of the writer between, the subject told before goes on
    evs = events(steps, "市公安局公布了初步调查情况，随后要求商户配合调查。")
    assert [
        a.name for e in evs if e.type == "REQUEST" for a in e.actors if a.side == "source"
    ] == ["市公安局"]
    # control: right after a colon 我们 is the one named before it, speaking
    e = news(events(steps, "周经理：我们会妥善保管客户资料，并已将涉事员工解雇。"), "组织关系-解雇")
    assert roles(e).get("解雇方") == ["周经理"], roles(e)
    # control: inside a quotation 本人 is the one quoted
    text = "维权业主郑先生在微博撰文回应“一审判决并非终局，本人还将上诉”。"
    assert roles(news(events(steps, text), "司法行为-起诉")).get("原告") == ["郑先生"]


def test_the_subject_of_a_protest_carries_past_a_passive_relative_clause(steps) -> None:
    # 已被撞坏的…车上维权: the passive qualifies the car; the woman protests, against the make
    text = "2024年6月，赵女士坐在一辆车身写着“比亚迪刹车失灵”、已被撞坏的汽车上维权。"
    (e,) = [x for x in events(steps, text) if x.type == "PROTEST"]
    sides = {a.name: a.side for a in e.actors}
    assert sides.get("赵女士") == "source" and sides.get("比亚迪") == "target", sides
    # control: a passive whose agent has a modifier stays the trigger's
    e = news(events(steps, "北极星队被来自南方的星辰队击败。"), "竞赛行为-胜负")
    assert roles(e)["败者"] == ["北极星队"], roles(e)


def test_people_at_a_state_bodys_door_protest_against_it(steps) -> None:
    # 到某国议会大楼前举着标语抗议: the body the protest is brought before is its target
    text = "上周五，数百名Facebook创作者聚集到美国国会大楼前举着标语抗议。"
    (e,) = [x for x in events(steps, text) if x.type == "PROTEST"]
    sides = {a.name: a.side for a in e.actors}
    assert sides.get("Facebook创作者") == "source", sides
    assert sides.get("美国国会") == "target", sides


@pytest.mark.parametrize(
    "text",
    [
        "青禾科技拒不退还用户押金，让用户维权无门，反而起诉用户索赔十万元。",
        "青禾科技拒不退还押金，使用户十分不满，随后又起诉了三名用户。",
        # control: with no causative clause between, the subject carries over as before; an
        # acted-on subject after the clause is still the one caused (使司机受伤，被送往医院)
        "青禾科技拒不退还押金，反而起诉用户索赔十万元。",
    ],
)
def test_the_one_a_causative_clause_acts_on_is_no_subject_of_a_later_clause(
    steps, text: str
) -> None:
    # 拒不退款，让用户投诉无门，反而起诉用户: the customers 让 makes helpless do not sue; the
    # firm told before the causative clause does
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["青禾科技"], roles(e)


def test_people_protesting_at_a_body_s_door_are_the_protest_s_organisers(steps) -> None:
    # 到某公司门前抗议: the company is where (and whom) they protest, not who protests
    e = news(events(steps, "数十名村民到某公司门前抗议。"), "组织行为-游行")
    assert roles(e).get("游行组织") == ["村民"], roles(e)
    assert {a.name for a in e.actors} == {"村民", "公司"}
    e = news(events(steps, "上百名储户聚集在某银行门口抗议。"), "组织行为-游行")
    assert roles(e).get("游行组织") == ["储户"], roles(e)
    # control: with no door, the people are read as before
    e = news(events(steps, "数十名村民在村口抗议。"), "组织行为-游行")
    assert roles(e).get("游行组织") == ["村民"], roles(e)


def test_the_one_sentenced_before_is_no_doer_of_the_next_sentencing(steps) -> None:
    # …判处被告人甲有期徒刑…；判处被告人乙有期徒刑…: the second clause has no subject of its
    # own; the first one sentenced is not it (he would be a private person jailing another)
    text = (
        "江宁区法院日前公开宣判：\n以职务侵占罪判处被告人韩立新有期徒刑三年，并处罚金合计人民币六万元；"
        "判处被告人曹志远有期徒刑一年，并处罚金合计人民币八千元。"
    )
    e = news(events(steps, text), "司法行为-入狱")
    assert "曹志远" in roles(e).get("入狱者", []), roles(e)
    assert "曹志远" not in [a.name for a in e.actors if a.side == "source"], e.actors


def test_the_one_written_to_or_told_is_no_subject_of_a_later_clause(steps) -> None:
    # 致信, 通知, 探望…: the one a verb of writing, telling or meeting addresses is its object;
    # a later clause with no subject of its own takes the earlier clause's subject
    e = news(events(steps, "钱某致信某基金会，宣布辞去理事长职务。"), "组织关系-辞/离职")
    assert roles(e)["离职者"] == ["钱某"], roles(e)
    e = news(events(steps, "青禾电器通知全体员工，将裁员两百人。"), "组织关系-裁员")
    assert roles(e)["裁员方"] == ["青禾电器"], roles(e)
    e = news(events(steps, "贺磊探望受伤队友，宣布退役。"), "竞赛行为-退役")
    assert roles(e)["退役者"] == ["贺磊"], roles(e)
    # controls: a verb with no object before a kind of people is an epithet (离职员工), and a
    # name before the clause's verb is its subject, as before
    e = news(events(steps, "青禾电器离职员工昨天起诉了公司。"), "司法行为-起诉")
    assert "员工" in roles(e)["原告"][0], roles(e)
    e = news(events(steps, "钱某宣布辞去某基金会理事长职务。"), "组织关系-辞/离职")
    assert roles(e)["离职者"] == ["钱某"], roles(e)
