"""Who did what to whom in everyday news: names the recogniser garbles, people a title or a
group noun qualifies, the police inside a passive word, the one a report is made to, the case
a trial hears.  Each rule has a sentence where it acts and a similar one that stays as it was.
Invented sentences (none from the dev set or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events, kinds, one, typed
from test_events_news import assert_role, news, on_side, remand, roles
from test_events_news import sides as _side_of

from dashiji.events.model import Event
from dashiji.events.news import (
    NewsCoder,
    _Clause,
    _in_name,
    _object_run,
    _topic,
    _verb_read_as_name,
)
from dashiji.events.news_actors import Actor
from dashiji.model import Span


def names(e: Event) -> list[str]:
    return [a.name for a in e.actors]


# ---- names --------------------------------------------------------------------------------------
def test_an_object_mark_glued_to_a_name_is_no_part_of_it() -> None:
    # the statistical recogniser sometimes reads 将 as a name's last character (X将Y告上法庭)
    coder = NewsCoder()
    text = "车主周凯将北极星公司告上法庭。"
    x = coder._entity_actor(text, 2, 5, Span("entity", 2, 5, "PER", {"source": "lac"}))
    assert x is not None and x.text == "周凯"
    text = "车主周杰伦起诉北极星公司。"
    x = coder._entity_actor(text, 2, 5, Span("entity", 2, 5, "PER", {"source": "lac"}))
    assert x is not None and x.text == "周杰伦"


def test_a_country_form_opening_a_name_gives_no_country(steps) -> None:
    # 韩 of 韩冰 read as Korea: the article names 韩冰 as a person
    evs = events(steps, "车主韩冰起诉特斯拉。韩冰此前在网上谴责特斯拉。")
    assert not any("KOR" in e.countries for e in evs), [(e.trigger, e.countries) for e in evs]
    assert news(evs, "司法行为-起诉").actors[0].name == "韩冰"
    e = one_consult(events(steps, "韩美两国外长在首尔举行会谈。"))
    assert {"KOR", "USA"} <= set(e.countries)


def one_consult(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "CONSULT"]
    assert found, [(e.type, e.trigger) for e in evs]
    return found[0]


def test_a_surname_and_a_title_stand_for_the_person_named_before(steps) -> None:
    evs = events(steps, "检察官陈宏达昨晚家中失窃，陈检察官已向警方报案。")
    e = news(evs, "司法行为-举报")
    assert roles(e)["举报发起方"] == ["陈宏达"]
    evs = events(steps, "检察官陈宏达昨晚家中失窃，李检察官已向警方报案。")
    e = news(evs, "司法行为-举报")
    assert "陈宏达" not in roles(e).get("举报发起方", [])


# ---- who is qualified by what ----------------------------------------------------------------
def test_a_quoted_organisation_and_a_title_qualify_the_person(steps) -> None:
    e = news(events(steps, "警方10日拘捕“星光传媒”创办人高志远。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["高志远"] and "星光传媒" not in names(e)
    e = news(events(steps, "警方10日拘捕了“星光传媒”的高层。"), "司法行为-拘捕")
    assert "高志远" not in names(e)


def test_a_named_person_heads_the_group_counted_after_it(steps) -> None:
    e = news(events(steps, "8月10日，警方拘捕了高志远等5名犯罪嫌疑人。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["高志远等5名犯罪嫌疑人"]  # (the group's count kept with him)
    e = news(events(steps, "8月10日，警方拘捕了5名犯罪嫌疑人。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["犯罪嫌疑人"]


def test_a_long_title_before_a_name_qualifies_it(steps) -> None:
    evs = events(steps, "前美国职业网球巨星约翰·史密斯，发生小型飞机坠机事故。")
    e = news(evs, "灾害/意外-坠机")
    assert names(e) == ["约翰·史密斯"]


def test_an_intransitive_verb_before_a_kind_of_people_is_an_epithet(steps) -> None:
    e = news(events(steps, "北极星公司维权用户被警方拘留。"), "司法行为-拘捕")
    assert "北极星公司" not in names(e)
    # (被拘…用户首次露面: the detention only describes the owner — no event of its own)
    assert not events(steps, "被拘北极星公司维权用户首次露面。")
    e = news(events(steps, "北极星公司起诉用户张女士。"), "司法行为-起诉")
    assert roles(e) == {"原告": ["北极星公司"], "被告": ["张女士"]}


# ---- the police, the court ------------------------------------------------------------------
def test_the_police_after_a_passive_charge_bring_it(steps) -> None:
    # 甲被警方起诉: the agent of a passive charge is the one who brings it, a police body too
    for text, police in (
        ("赵立新被警方以涉嫌盗窃罪起诉。", "警方"),
        ("孙海波遭警方落案起诉。", "警方"),
        ("周志明被某市公安局依法移送起诉。", "市公安局"),
    ):
        e = news(events(steps, text), "司法行为-起诉")
        assert roles(e).get("原告") == [police], (text, roles(e))


def test_a_charge_added_is_a_charge(steps) -> None:
    # 加控 (Hong Kong usage): one more charge laid is a prosecution of the one charged
    e = news(events(steps, "孙海波被警方加控一项欺诈罪。"), "司法行为-起诉")
    assert roles(e) == {"原告": ["警方"], "被告": ["孙海波"]}, roles(e)
    e = news(events(steps, "检方对赵立新加控两项罪名。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["赵立新"], roles(e)
    # (a charge that may come is none laid)
    for text in ("警方表示不排除加控的可能。", "警方表示不排除加控孙海波。"):
        assert not [e for e in events(steps, text) if e.news_type], text


def test_the_charges_laid_are_not_the_one_charged(steps) -> None:
    # 起诉两罪, 控告三项罪名: a count of charges after a verb of charging is what is laid
    for text in ("警方之后再控告三项罪名。", "警方之后再加控两罪。"):
        for e in events(steps, text):
            assert "两罪" not in roles(e).get("被告", []), (text, roles(e))
            assert "三项罪名" not in roles(e).get("被告", []), (text, roles(e))
    # controls: the one charged still is
    e = news(events(steps, "检方起诉孙海波受贿罪。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["孙海波"], roles(e)
    e = news(events(steps, "检方起诉某公司。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["公司"], roles(e)


def test_charges_laid_in_a_clause_naming_no_one_are_not_the_one_charged(steps) -> None:
    # 其后加控两罪: no one named in the clause, the phrase after the verb is still the charges
    for text in ("孙海波被警方拘捕，其后加控两罪。", "赵立新获保释，其后再起诉三项罪名。"):
        for e in events(steps, text):
            assert not {"两罪", "三项罪名"} & set(roles(e).get("被告", [])), (text, roles(e))


def test_the_police_doing_something_else_before_a_suit_do_not_bring_it(steps) -> None:
    # controls: the police act, then someone else sues; or the police are sued, or act actively
    for text in (
        "赵立新被警方带走后起诉了邻居。",
        "赵立新被警方拘留，其妻起诉了商场。",
        "孙海波被警察打伤后起诉警方。",
        "赵立新起诉警方滥用职权。",
    ):
        for e in events(steps, text):
            if e.news_type == "司法行为-起诉":
                assert roles(e).get("原告") != ["警方"], (text, roles(e))
                assert roles(e).get("原告") != ["警察"], (text, roles(e))
    e = news(events(steps, "赵立新被某公司起诉。"), "司法行为-起诉")
    assert roles(e) == {"原告": ["公司"], "被告": ["赵立新"]}, roles(e)


def test_the_one_who_suffers_a_protest_does_not_organise_it(steps) -> None:
    # 甲遭乙抗议: 甲 is protested against; 乙 protests
    for said in (
        "昨日，宏达地产公司总经理林建新遭数十名业主上门抗议。",
        "宏达地产公司近日遭到业主的强烈抗议。",
    ):
        e = news(events(steps, said), "组织行为-游行")
        assert roles(e).get("游行组织", []) in ([], ["业主"]), roles(e)
    # control: 遭遇 is a verb of its own - the one before it still protests
    e = news(events(steps, "村民代表王大海遭遇冷遇后静坐抗议。"), "组织行为-游行")
    assert roles(e).get("游行组织") == ["王大海"], roles(e)


def test_a_court_named_after_a_prison_word_imposes_the_term(steps) -> None:
    # a headline glued to the body: the court opening the body is no prison term, nor jailed
    said = (
        "赵海峰销售假药获刑4年 苏州市中级人民法院通报，6月3日，该院对被告人赵海峰进行公开宣判，"
        "判处赵海峰有期徒刑四年。"
    )
    [e] = [e for e in events(steps, said) if e.trigger == "获刑"]
    sides = {a.name: a.side for a in e.actors}
    assert sides == {"赵海峰": "target", "苏州市中级人民法院": "source"}, sides
    assert roles(e).get("刑期") == ["4年"], roles(e)


def test_a_ruling_that_a_judge_erred_coerces_no_one(steps) -> None:
    # 裁定某法官犯错: the clause after the ruling verb finds a decision wrong; the judge is
    # no target of a coercion
    said = "法官梁景辉早前批准何志强保释，但香港终审法院已裁定梁景辉犯错，撤销何志强的保释。"
    ruled = [e for e in events(steps, said) if e.type == "COERCE" and e.trigger == "裁定"]
    assert not ruled, [(e.trigger, names(e)) for e in ruled]
    # control: a ruling on the one bailed convicts him
    said = "法官梁景辉早前批准何志强保释，但香港终审法院已裁定何志强罪成。"
    ruled = [e for e in events(steps, said) if e.type == "COERCE" and e.trigger == "裁定"]
    assert ruled and "何志强" in names(ruled[0]), kinds(events(steps, said))


def test_the_police_inside_a_passive_word_arrest(steps) -> None:
    e = news(events(steps, "犯罪嫌疑人吉某自杀未遂，被警方控制。"), "司法行为-拘捕")
    r = roles(e)
    assert r["被拘捕者"] == ["吉某"] and r["拘捕者"] == ["警方"]
    assert next(a for a in e.actors if a.name == "警方").side != "target"
    e = news(events(steps, "犯罪嫌疑人吉某自杀未遂，被抓获。"), "司法行为-拘捕")
    assert roles(e) == {"被拘捕者": ["吉某"]}


def test_the_police_a_report_is_made_to_are_not_reported_on(steps) -> None:
    e = news(events(steps, "张某昨日向警方报案。"), "司法行为-举报")
    r = roles(e)
    assert r["举报发起方"] == ["张某"] and "举报对象" not in r
    e = news(events(steps, "张某昨日向警方举报了李某。"), "司法行为-举报")
    assert roles(e)["举报对象"] == ["李某"]


def test_a_trial_hears_a_case_not_a_person(steps) -> None:
    text = "南京市鼓楼区人民法院今天下午公开开庭审理被告人王某、赵某非法经营一案。"
    e = news(events(steps, text), "司法行为-开庭")
    r = roles(e)
    assert r["开庭案件"] == ["被告人王某、赵某非法经营一案"]
    assert "王某" in names(e)  # the defendants stay participants
    e = news(events(steps, "王某肖像权案今天在南京市鼓楼区法院开庭。"), "司法行为-开庭")
    r = roles(e)
    assert r["开庭案件"] == ["王某肖像权案"] and r["开庭法院"] == ["南京市鼓楼区法院"]


@pytest.mark.parametrize(
    "text, court",
    [
        # the prosecutor who brings the case and the one who presides are no 开庭法院: the court is
        ("东平县检察院移送的马某偷窃电缆一案周二于东平县法院开庭。", ["东平县法院"]),
        ("休庭二十分钟后，主审法官示意继续开庭，控辩双方开始辩论。", None),
        ("上午九点，西林区人民法院开庭审理周某诈骗案。", ["西林区人民法院"]),  # the subject
        # a court's short form (某市中院, 某地高院, 区院) is a court too
        ("周四，宁海中院审理了陈某故意伤害一案。", ["宁海中院"]),
        # 受审 takes the one tried as its subject; the court 在 which it is, tries him
        ("蒋某上周五在江城市临水区人民法院受审。", ["江城市临水区人民法院"]),
        # and a court opening the sentence in a place adjunct of its own tries the case after it
        ("今天上午10时在临水区人民法院，蒋某私刻公章一案一审开庭。", ["临水区人民法院"]),
        # control: a court where another act was done, told in a clause of its own, holds nothing
        ("蒋某在临水区人民法院起诉了邻居，此案于下月开庭。", None),
    ],
)
def test_the_court_of_a_trial_is_the_court_not_its_prosecutor_or_judge(
    steps, text: str, court: list[str] | None
) -> None:
    assert_role(steps, text, "司法行为-开庭", "开庭法院", court)


def test_a_court_announcing_a_trial_in_a_clause_before_holds_it(steps) -> None:
    # 法院宣布，某案将于…开庭: the court that announces the trial is the one that holds it
    text = "法院宣布，孙某受贿一案将于下月10日开庭审理。"
    e = news(events(steps, text), "司法行为-开庭")
    assert roles(e)["开庭法院"] == ["法院"] and roles(e)["开庭案件"] == ["孙某受贿一案"], roles(e)
    # control: a judge the trial is asked to replace holds no trial
    text = "孙某受贿一案将于下月10日开庭审理，孙某已申请两名法官回避。"
    assert_role(steps, text, "司法行为-开庭", "开庭法院", None)


def test_the_police_told_elsewhere_refuse_to_open_a_case(steps) -> None:
    # 不予立案 with no one before it: the police the sentence names refuse
    text = "派出所经调查认为，无证据显示李某有违法行为，决定不予立案。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["派出所"])
    text = "王女士报警后，民警却告诉她不予立案。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["民警"])


def test_a_defendant_told_in_a_clause_before_sentences_no_one(steps) -> None:
    # 合议庭指出，被告人…，所以对…判处: the court that reasons sentences, not the defendant
    # the reasoning is about (carried over as the subject, he hid the court)
    text = "合议庭指出，被告人的行为已经构成盗窃罪，所以对两名被告人分别判处三年和两年有期徒刑。"
    e = news(events(steps, text), "司法行为-入狱")
    assert "合议庭" in names(e) and roles(e)["入狱者"] == ["被告人"], (e.actors, roles(e))
    # control: the one sentenced is still read when the court is named in the clause
    e = news(events(steps, "被告人钱某当庭认罪，法院对其判处有期徒刑两年。"), "司法行为-入狱")
    assert "法院" in names(e) and roles(e)["入狱者"] == ["钱某"], (e.actors, roles(e))


def test_a_court_s_short_form_is_not_read_inside_another_word(steps) -> None:
    # (小区院内 holds no court)
    text = "两人在小区院内拘禁了一名邻居，警方随后刑拘了两人。"
    assert not any(x.role == "JUD" for e in events(steps, text) for x in e.actors)


def test_a_body_word_the_segmentation_cuts_across_is_no_actor(steps) -> None:
    # 古城管委会: 管委会, no 城管; 家中院落: 院落, no 中院 - the one arrested there stays
    text = "一名男子在古城管委会门口与保安发生口角后被警方抓获。"
    assert_role(steps, text, "司法行为-拘捕", "被拘捕者", ["男子"])
    text = "郑某昨天在家中院落里被民警抓获。"
    assert_role(steps, text, "司法行为-拘捕", "被拘捕者", ["郑某"])
    # (controls: the word written whole, or after its level, is the body)
    text = "区城管昨天对那家占道经营的水果店立案调查。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["区城管"])
    text = "周五，江宁中院审理了吕某挪用资金一案。"
    assert_role(steps, text, "司法行为-开庭", "开庭法院", ["江宁中院"])


def test_the_accused_a_trial_names_after_its_trigger_are_tried(steps) -> None:
    text = "案件上周在青河县人民法院开庭审理，被告人孙某和钱某当庭认罪。"
    e = news(events(steps, text), "司法行为-开庭")
    assert {x.name for x in e.actors if x.side == "target"} == {"孙某", "钱某"}, e.actors
    # (a victim or a witness named after it is no one tried)
    text = "案件上周在青河县人民法院开庭审理，被害人孙某当庭发言。"
    e = news(events(steps, text), "司法行为-开庭")
    assert not any(x.name == "孙某" and x.side == "target" for x in e.actors), e.actors
    # not one tried in another hearing told after it (…，被告人乙下周受审: his own hearing)
    text = "东湖区法院周二开庭，审理一宗盗窃电动车案，同案的被告人周某下周受审。"
    e = next(x for x in events(steps, text) if x.trigger == "开庭")
    assert "周某" not in {x.name for x in e.actors}, e.actors
    # nor, in a news-only event (every side "party"), past a party the hearing already holds
    text = "法院昨天开庭审理了房某挪用公款案，被告人邱某则将于下月受审。"
    e = next(x for x in events(steps, text) if x.trigger == "开庭审理")
    assert {x.name for x in e.actors} == {"法院", "房某"}, e.actors
    # counted and unnamed (五名被告…): they are the ones tried; a title read apart before a
    # name is no second one
    text = "此案前天在滨江区法院开庭，五名被告对指控均无异议。"
    e = news(events(steps, text), "司法行为-开庭")
    assert [x.name for x in e.actors] == ["滨江区法院", "被告"], e.actors
    text = "此案前天在滨江区法院开庭，被告人丁某否认控罪。"
    e = news(events(steps, text), "司法行为-开庭")
    assert [x.name for x in e.actors] == ["滨江区法院", "丁某"], e.actors
    text = "此案将在滨江区法院开庭，原告为丁某，被告为钱某。"  # (a title told of, not counted)
    assert "被告" not in [x.name for x in news(events(steps, text), "司法行为-开庭").actors]


def test_the_ones_a_judge_rules_on_before_a_later_sentencing_are_jailed(steps) -> None:
    # 法官某某裁定甲、乙…，押后判刑: the judge carried to the sentencing's clause does it; the
    # people it ruled on are the ones jailed (not the judge, not its title)
    # (a sentencing to come with no prison nor term told is a ruling, COERCE, with no 入狱)
    text = "东区裁判法院法官高文轩周二裁定周立群、马德华两人纵火罪成，押后至月底判刑。"
    [e] = [e for e in events(steps, text) if e.trigger == "判刑"]
    assert sorted(a.name for a in e.actors if a.side == "target") == ["周立群", "马德华"], e.actors
    assert [a.name for a in e.actors if a.side == "source"] == ["高文轩"], e.actors
    text = "香港法院昨天认定被告周立群偷税罪成，押后判刑。"
    [e] = [e for e in events(steps, text) if e.trigger == "判刑"]
    assert [a.name for a in e.actors if a.side == "target"] == ["周立群"], e.actors
    # control: a clause naming its own one jailed keeps it
    text = "法官高文轩周二批准周立群保释，马德华则被判刑两年。"
    assert_role(steps, text, "司法行为-入狱", "入狱者", ["马德华"])


@pytest.mark.parametrize(
    "text",
    [
        "澳门初级法院法官今天宣布商人郑文涛罪名成立。",
        "香港商人郑文涛两项洗黑钱罪罪名成立，下月再审。",
    ],
)
def test_the_one_whose_charge_is_made_out_is_the_convicted(steps, text: str) -> None:
    # 甲罪名成立: the charge made out is 甲's - 甲 is ruled on (target), not the court ruling
    e = one(events(steps, text), "COERCE")
    assert [a.name for a in e.actors if a.side == "target"] == ["郑文涛"], e.actors
    assert "郑文涛" not in [a.name for a in e.actors if a.side == "source"], e.actors


def test_a_heading_yields_to_the_same_act_its_sentence_tells(steps) -> None:
    # 【X】…，Y: the body's trigger of the type the bracketed heading names codes the event
    text = "【恢复开庭】14时10分，审判长宣布恢复开庭，被告人丁某、钱某被带进法庭。"
    e = news(events(steps, text), "司法行为-开庭")
    assert e.mentions[0].trigger_start == text.index("宣布") + 4, e.mentions
    # control: a heading naming no act of that type keeps the body's own
    text = "【庭审现场】东区法院今天开庭审理丁某诈骗案。"
    assert_role(steps, text, "司法行为-开庭", "开庭法院", ["东区法院"])


def test_people_told_by_their_count_before_the_word_are_its_own_subject(steps) -> None:
    # N名被告里甲、乙…，只有M人…受审: the ones tried are the M, not the two named apart
    text = "十名被告里孔某、严某住院治疗，今天只有八人出庭受审。"
    e = news(events(steps, text), "司法行为-开庭")
    assert not {"孔某", "严某"} & {x.name for x in e.actors}, e.actors
    # (a count a partner mark opens is no subject: the one told before is)
    text = "一名男子冒充医生，与十多名患者发生纠纷被起诉。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["男子"])


def test_a_trial_held_with_no_case_named_has_no_stray_phrase(steps) -> None:
    evs = events(steps, "其中三宗官司已开庭审理完毕，尚待宣判。")
    assert not any("完毕" in a.text for e in evs for a in e.arguments)


def test_one_argument_per_role_and_text(steps) -> None:
    e = news(events(steps, "3月2日，歌手林子轩与妻子在海边办了婚礼。"), "人生-婚礼")
    texts = [(a.role, a.text) for a in e.arguments]
    assert len(texts) == len(set(texts))


# ---- more than one, and who is told before ----------------------------------------------------
def test_people_joined_past_a_title_are_all_charged(steps) -> None:
    text = "商人高志远与时任“星光物流”财务总监黄明强被控逃税罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == ["高志远", "黄明强"]
    e = news(events(steps, "警方拘捕了高志远，其律师黄明强表示不服。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["高志远"]


def test_the_police_may_be_sued_but_a_magistrate_is_not_remanded(steps) -> None:
    e = news(events(steps, "玛莎另外还起诉了芝加哥警局和警长约翰·史密斯。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["芝加哥警局", "约翰·史密斯"]
    e = remand(events(steps, "裁判官下令将王某收押。"))  # (a court's custody: a remand)
    assert on_side(e, "target") == ["王某"] and on_side(e, "source") == ["裁判官"], e.actors


def test_outlets_sued_or_fined_are_parties_not_reporters(steps) -> None:
    # the counted outlets after a suit are its defendants (an outlet acted on is no reporter)
    text = "去年年底，蓝海科技一口气起诉了4家媒体，要求公开道歉。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["蓝海科技"] and roles(e)["被告"] == ["媒体"], roles(e)
    assert_role(steps, "作家陈默同时起诉了两名记者。", "司法行为-起诉", "被告", ["记者"])
    # (the reporter a statement is made to stays out: 对记者表示)
    e = news(events(steps, "陈默对记者表示，他已起诉该出版社。"), "司法行为-起诉")
    assert "记者" not in names(e), names(e)


def test_a_paper_beside_the_verb_of_its_suit_takes_no_party_of_its_own(steps) -> None:
    # the paper fetched (起诉书) is the suit the next clause tells: one suit, its plaintiff
    # the verb's subject - not the paper's object read across the comma
    text = "上午接到朝阳区人民法院的电话，让我去领起诉书，刘思远已起诉我和另一名博主。"
    evs = typed(events(steps, text), "司法行为-起诉")
    assert [e.trigger for e in evs] == ["起诉"], kinds(evs)
    assert roles(evs[0])["原告"] == ["刘思远"], roles(evs[0])


def test_the_charge_right_after_a_suit_is_its_claim(steps) -> None:
    text = "周末，林晓燕将杭州星河传媒有限公司告上法庭，指控该公司盗用她的肖像。"
    evs = typed(events(steps, text), "司法行为-起诉")
    assert [e.trigger for e in evs] == ["告上法庭"], kinds(evs)
    # (a charge told on its own stays: the prosecutor's)
    evs = typed(events(steps, "检方指控，被告人王某多次入室盗窃。"), "司法行为-起诉")
    assert [e.trigger for e in evs] == ["指控"], kinds(evs)


def test_the_police_who_arrest_pass_no_sentence(steps) -> None:
    text = "2019年5月，商人王建国因涉嫌诈骗，被警方刑事拘留并被判刑。"
    evs = events(steps, text)
    assert "警方" in names(news(evs, "司法行为-拘捕")), kinds(evs)
    assert names(news(evs, "司法行为-入狱")) == ["王建国"], kinds(evs)


def test_people_of_a_country_are_one_actor(steps) -> None:
    e = news(events(steps, "多名抖音法国用户和北极星公司各自提出诉讼。"), "司法行为-起诉")
    assert "抖音法国用户" in roles(e)["原告"] and "法国" not in names(e)
    e = news(events(steps, "美国警方逮捕了两名中国游客。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["中国游客"]
    assert next(a for a in e.actors if a.name == "中国游客").cameo == "CHNCVL"
    e = news(events(steps, "美国政府起诉北极星公司。"), "司法行为-起诉")
    assert roles(e)["原告"] == ["美国政府"]


def test_a_possessive_pronoun_in_the_object_keeps_the_subject_told_before(steps) -> None:
    text = "犯罪嫌疑人吉某驾驶银色面包车，在停车场将其前夫撞倒。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["吉某"]
    e = news(events(steps, "王某与李某发生争执，他随后将李某撞倒。"), "灾害/意外-车祸")
    assert "王某" not in names(e)  # 他: someone the sentence does not name for sure


def test_the_object_of_a_clause_opening_with_its_verb_is_no_later_subject(steps) -> None:
    text = "美国总统史密斯签署行政命令，撤销前总统琼斯对某游戏的限制，并要求财政部重新评估。"
    e = next(e for e in events(steps, text) if e.type == "REQUEST")
    assert [a.name for a in e.actors if a.side == "source"] == ["史密斯"]
    e = news(events(steps, "法院判处被告人汪某有期徒刑十个月，并处罚金3万元。"), "司法行为-罚款")
    assert roles(e)["罚款对象"] == ["汪某"]


def test_a_league_opening_an_awards_name_is_not_the_award(steps) -> None:
    e = news(events(steps, "2012年4月9日，联盟宣布琼斯荣获NBA最佳防守球员奖。"), "产品行为-获奖")
    assert roles(e)["奖项"] == ["NBA最佳防守球员奖"] and "NBA" not in names(e)
    e = news(events(steps, "琼斯荣获最佳防守球员奖。"), "产品行为-获奖")
    assert roles(e)["奖项"] == ["最佳防守球员奖"]


def test_a_defendant_named_before_the_crime_is_found(steps) -> None:
    from dashiji.events.news_actors import chinese_names

    def found(text: str) -> list[str]:
        return [x.text for x in chinese_names(text, 0, len(text), bytearray(len(text)), set())]

    assert found("法院认定被告人邵雨桐犯非法经营罪。") == ["邵雨桐"]
    assert found("法院认定被告人犯罪。") == []


def test_a_surname_alone_in_a_gapped_trigger_is_the_person_the_article_names(steps) -> None:
    text = "商人谭志远被控逃税罪。区域法院法官李运达昨日批准谭以现金30万港元保释。"
    e = next(e for e in events(steps, text) if e.type == "CONCEDE")
    assert [a.name for a in e.actors if a.side == "target"] == ["谭志远"]
    text = "商人谭志远与谭国明被控逃税罪。区域法院法官李运达昨日批准谭以现金30万港元保释。"
    e = next(e for e in events(steps, text) if e.type == "CONCEDE")
    assert not [a for a in e.actors if a.side == "target"]  # two of that name: no guess


@pytest.mark.parametrize(
    ("text", "news_type", "role"),
    [
        ("台湾商人郑家豪上月被控洗钱罪。警方昨日拘捕郑及其助手。", "司法行为-拘捕", "被拘捕者"),
        ("香港商人郑家豪上月被控洗钱罪。区域法院昨日判处郑入狱三年。", "司法行为-入狱", "入狱者"),
    ],
)
def test_a_surname_alone_in_a_participant_slot_is_the_person_named_before(
    steps, text: str, news_type: str, role: str
) -> None:
    assert_role(steps, text, news_type, role, ["郑家豪"])


def test_a_surname_alone_held_in_custody_is_the_person_named_before(steps) -> None:
    text = "香港商人郑家豪上月被控洗钱罪。郑被警方拘捕后一直还押。"  # (custody: no DuEE role)
    assert on_side(remand(events(steps, text)), "target") == ["郑家豪"]


def test_a_surname_two_people_share_stands_for_no_one(steps) -> None:
    text = "台湾商人郑家豪与郑国栋上月被控洗钱罪。警方昨日拘捕郑及其助手。"
    assert_role(steps, text, "司法行为-拘捕", "被拘捕者", None)


def test_a_bare_surname_needs_a_slot_and_a_name_repeated_or_read() -> None:
    from dashiji.events.news import _bare_surnames, _mention_counter

    def bare(text: str, holders: dict[str, str]) -> list[tuple[str, str | None]]:
        out = _bare_surnames(
            text, 0, len(text), bytearray(len(text)), holders, [], _mention_counter(text)
        )
        return [(x.text, x.alias_of) for x in out]

    # a name the recogniser never read, but the article repeats: 邝 is 邝立仁
    text = "渔民邝立仁出海未归，邝立仁的家人报警，搜救队昨晚找到邝立仁。海事处称邝已获救。"
    assert bare(text, {}) == [("邝", "邝立仁")]
    # a word holding the surname's character (高于) is no slot; nor is a name not yet written
    assert bare("市民高志明称，今年物价将高于去年。", {"高": "高志明"}) == []
    assert bare("海事处称邝已获救。渔民邝立仁出海未归。", {"邝": "邝立仁"}) == []
    # a double surname opening with a character no single surname is (慕容) is still one
    text = "律师慕容启明代理此案。法院批准慕容的保释申请。"
    assert bare(text, {"慕容": "慕容启明"}) == [("慕容", "慕容启明")]


def test_a_transliterated_name_after_a_kin_word_is_a_person() -> None:
    from dashiji.events.news_actors import Actor, foreign_names_after

    def found(text: str, noun: str) -> list[str]:
        k = text.index(noun)
        title = Actor(k, k + len(noun), noun, "generic", agent_type="CVL")
        taken = bytearray(len(text))
        return [x.text for x in foreign_names_after(text, [title], len(text), taken)]

    assert found("车手遗孀克劳迪娅正式提出诉讼。", "遗孀") == ["克劳迪娅"]
    assert found("车手遗孀正式提出诉讼。", "遗孀") == []


def test_a_person_takes_the_country_of_the_title_before_the_name(steps) -> None:
    evs = events(
        steps,
        "6月2日，成都家具展上一名消费者在展台拉横幅维权。",
        "成都市场监管部门随后介入。",
        "消费者刘某随后起诉北极星公司。",
    )
    e = news(evs, "司法行为-起诉")
    assert next(a for a in e.actors if a.name == "刘某").country == "CHN"
    evs = events(steps, "歌手刘某随后起诉北极星公司。")
    e = news(evs, "司法行为-起诉")
    assert next(a for a in e.actors if a.name == "刘某").country is None


# ---- a court's ruling ---------------------------------------------------------------------------
def _target(e: Event) -> list[str]:
    return [a.name for a in e.actors if a.side == "target"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # 判决X胜诉: X wins; the one whose claims were dismissed is ruled against
        # (the dismissal and the 判决 are one verdict: COERCE)
        ("历时八个月，宁波市鄞州区人民法院驳回了陈女士的诉讼请求，判决蓝鲸公司胜诉。", "陈女士"),
        ("历时八个月，宁波市鄞州区人民法院驳回了蓝鲸公司的上诉，判决陈女士胜诉。", "蓝鲸公司"),
        # X败诉 with no ruling verb still tells a verdict against X (civil verdicts are COERCE too)
        ("这起买卖合同纠纷历时两年，宁波某建材公司最终败诉。", "宁波某建材公司"),
        # with the instance before it (一审败诉, which a hearing's stop list reads as no hearing)
        ("温州市民钱立新起诉某快递公司，钱立新一审败诉。", "钱立新"),
    ],
)
def test_the_winner_of_a_ruling_is_not_its_target(steps, text: str, target: str) -> None:
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert _target(e) == [target], [(a.name, a.side) for a in e.actors]


def test_the_loser_a_ruling_names_after_the_winner_is_its_target(steps) -> None:
    # 宣判甲一审胜诉，乙败诉: the winner past the instance word, the loser named after him
    text = "镇江市中级人民法院前天宣判养殖户邓立群二审胜诉，饲料商黄振东败诉。"
    e = next(e for e in events(steps, text) if e.trigger == "宣判")
    assert _target(e) == ["黄振东"], [(a.name, a.side) for a in e.actors]
    # control: the one ruled against, named with no outcome word, stays the target
    text = "镇江市中级人民法院前天宣判饲料商黄振东退还养殖户邓立群货款八万元。"
    e = next(e for e in events(steps, text) if e.trigger == "宣判")
    assert _target(e) == ["黄振东"], [(a.name, a.side) for a in e.actors]


def test_a_ruling_that_names_only_its_winner_is_kept_with_the_winner_a_party(steps) -> None:
    # 判决X胜诉 and no loser named: a civil verdict all the same (COERCE); X won, so X is a party
    # of the ruling, not its target, and the ruling is not one "on no one named"
    text = "绍兴市柯桥区人民法院判决纺织商汪海涛胜诉。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert _target(e) == [], [(a.name, a.side) for a in e.actors]
    assert [a.name for a in e.actors if a.side == "party"] == ["汪海涛"]
    # control: a court that only rules and names no party stays dropped
    text = "绍兴市柯桥区人民法院裁定证据不足。"
    assert not [e for e in events(steps, text) if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # the winner named in a later clause of the ruling's sentence (…，乙胜诉), not right after
        # the ruling verb: the court's act is against the side whose claims it dismissed
        (
            "上月，法院对钱女士诉阿里巴巴一案进行了宣判，驳回了钱女士的诉讼请求，阿里巴巴胜诉。",
            "阿里巴巴",
        ),
        ("昨日，法院对孙立诉华为侵权案作出判决，驳回孙立的全部诉讼请求，华为一审胜诉。", "华为"),
    ],
)
def test_a_winner_told_after_the_ruling_is_no_target(steps, text: str, winner: str) -> None:
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert winner not in _target(e), [(a.name, a.side) for a in e.actors]
    assert winner in [a.name for a in e.actors if a.side == "party"]


def test_a_loser_told_after_the_ruling_stays_its_target(steps) -> None:
    # control: the side the sentence says lost (败诉) is the one ruled against
    text = "昨日，法院对华为诉孙立侵权案作出判决，华为一审败诉。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert "华为" in _target(e), [(a.name, a.side) for a in e.actors]


def test_a_winner_of_an_earlier_instance_stays_the_target_of_a_later_ruling(steps) -> None:
    # 张某一审胜诉 is told before the trigger of the second instance's ruling, which dismisses
    # his claims: he is the one it goes against
    text = "此前张某一审胜诉，但昨日某市中级法院二审改判，驳回张某的全部诉讼请求。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert "张某" in _target(e), [(a.name, a.side) for a in e.actors]


def test_a_loss_feared_or_a_losing_side_is_no_verdict(steps) -> None:
    # (a party said to lose its case, X败诉, is the target of a ruling: rows of the table above)
    # a loss feared as a time clause, and the losing side as a legal term, are no verdict
    for text in (
        "某物业公司担心败诉之后无力赔偿，提前申请了财产保全。",
        "按照规定，败诉方须承担全部诉讼费用。",
        "一审败诉后，钱立新向温州市中级人民法院提起上诉。",
    ):
        assert not [e for e in events(steps, text) if e.type == "COERCE"], text


def test_the_one_who_sees_an_act_takes_no_part_in_it(steps) -> None:
    # 看到被撞老人: the passer-by who sees it is no party of the crash
    text = "快递员蒋建平送件时看到一名骑手被出租车撞倒。"
    e = next(e for e in events(steps, text) if e.trigger.endswith("撞倒"))
    assert "蒋建平" not in names(e), [(a.name, a.side) for a in e.actors]
    # control: the one who acts once the noticing is over is the doer
    text = "快递员蒋建平得知后马上向派出所报案。"
    e = next(e for e in events(steps, text) if e.trigger == "报案")
    assert "蒋建平" in names(e), [(a.name, a.side) for a in e.actors]


def test_the_one_who_sees_then_acts_is_the_doer(steps) -> None:
    # 看到…竟…, 看到…纷纷…: a second predicate ends the noticing, its subject does the act
    text = "丈夫王某看到前妻与新男友同行竟持刀刺伤对方。"
    e = next(e for e in events(steps, text) if e.trigger == "刺伤")
    assert roles(e)["袭击者"] == ["王某"], roles(e)
    text = "网友看到视频纷纷举报该主播。"
    e = next(e for e in events(steps, text) if e.trigger == "举报")
    assert roles(e)["举报发起方"] == ["网友"], roles(e)
    # control: with no second predicate the one who sees takes no part, the one seen stays
    text = "快递员蒋建平送件时看到一名骑手被出租车撞倒。"
    e = next(e for e in events(steps, text) if e.trigger.endswith("撞倒"))
    assert names(e) == ["骑手"], [(a.name, a.side) for a in e.actors]


def test_a_pronoun_owning_a_claim_stands_for_the_claimant(steps) -> None:
    # 驳回了其全部诉讼请求: the one who sued, not the company sued (the nearest name)
    text = "陈女士起诉蓝鲸公司泄露其个人信息，宁波市鄞州区人民法院驳回了其全部诉讼请求。"
    e = next(e for e in events(steps, text) if e.trigger == "驳回")
    assert _target(e) == ["陈女士"], [(a.name, a.side) for a in e.actors]


def test_was_told_holds_no_defendant(steps) -> None:
    # 被告知 (was told) is no 被告 (defendant)
    text = "房东打听处理结果时被告知租客行为不构成犯罪，派出所不予立案。"
    assert not any(a.name == "被告" for e in events(steps, text) for a in e.actors)
    text = "被告不服判决，向广州市中级人民法院提起上诉。"
    assert any(a.name == "被告" for e in events(steps, text) for a in e.actors)


def test_a_generic_noun_inside_a_word_that_is_no_actor_is_none() -> None:
    # generic_actors asks _inside_not_noun only of a word written inside one of the table's
    # not_nouns (被告 of 被告知, 嫌犯 of 涉嫌犯罪): the gate must keep those words asked
    from dashiji.events.news_actors import _not_noun_parts, generic_actors, generic_table

    table = generic_table()
    for text, noun in (("房东被告知租客行为不构成犯罪。", "被告"), ("他因涉嫌犯罪被拘。", "嫌犯")):
        found = [x.text for x in generic_actors(text, 0, len(text), bytearray(len(text)))]
        assert noun not in found, found
    # control: the same nouns standing alone are actors
    for text, noun in (("被告不服判决。", "被告"), ("两名嫌犯被拘。", "嫌犯")):
        found = [x.text for x in generic_actors(text, 0, len(text), bytearray(len(text)))]
        assert noun in found, found
    parts = _not_noun_parts(table.not_nouns)
    assert {"被告", "嫌犯", ""} <= parts


def test_an_object_phrase_ends_where_a_penalty_begins() -> None:
    # with no name recognised, the one sentenced is read from the phrase after the trigger
    from dashiji.events.news import _Clause, _np_after, _packaged_lexicon
    from dashiji.events.news_lexicon import NewsMatch

    first = "法院当日判处柯小朵有期徒刑3年，并处罚金1万元。"
    entry = next(x for x in _packaged_lexicon().match(first) if x.text == "判处").entry

    def after(text: str, trigger: str) -> str | None:
        k = text.index(trigger)
        m = NewsMatch(k, k + len(trigger), entry, trigger)
        span = _np_after(text, _Clause(0, text.index("，", k)), m)
        return None if span is None else text[span[0] : span[1]]

    assert after("法院当日判处柯小朵有期徒刑3年，并处罚金1万元。", "判处") == "柯小朵"
    assert after("法院当日判处柯小朵等三人，并处罚金1万元。", "判处") == "柯小朵等三人"
    assert after("法院当日判处有期徒刑3年，并处罚金1万元。", "判处") is None


def test_a_place_opening_a_quoted_nickname_is_no_place(steps) -> None:
    # “合肥胖哥”: an epithet, not where the death happened; a place told as such stays
    text = "3月14日，“芜湖大叔”邱某发帖称，患病多年的母亲于凌晨2时10分去世。"
    e = news(events(steps, text), "人生-死亡")
    assert "地点" not in roles(e), roles(e)
    text = "“芜湖女孩”李某在芜湖街头被撞身亡。"
    e = news(events(steps, text), "人生-死亡")
    assert roles(e)["地点"] == ["芜湖"], roles(e)


def test_the_day_of_the_affair_a_clause_names_does_not_date_a_charge(steps) -> None:
    # 3月2日晚…发生的案件，…被指控: the crime's day, not the charge's; an arrest told with the
    # day opening its own sentence keeps it
    text = "据悉，3月2日晚芜湖发生的一起抢劫案，日前已移送检方审查，嫌疑人李某被指控犯有抢劫罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "时间" not in roles(e), roles(e)
    text = "3月2日晚，芜湖一男子入室抢劫，嫌疑人李某被警方拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["时间"] == ["3月2日晚"], roles(e)


def test_later_clauses_of_a_name_and_its_penalty_list_the_others_sentenced(steps) -> None:
    # 判处A入狱10个月，B入狱8个月；C入狱6个月: B and C are sentenced too
    text = "香港法院昨日判处张志明入狱10个月，王国华入狱8个月，缓刑1年；陈立新入狱6个月。"
    e = next(e for e in events(steps, text) if e.trigger == "判处")
    assert {"张志明", "王国华", "陈立新"} <= set(names(e)), names(e)
    text = "香港法院昨日判处张志明入狱10个月，王国华当庭表示不服。"
    e = next(e for e in events(steps, text) if e.trigger == "判处")
    assert "王国华" not in names(e), names(e)


# ---- a name the article names is not cut by a knowledge-base match ------------------------------
def test_a_kb_alias_cutting_across_a_named_person_is_no_actor(steps) -> None:
    # the article names 王建军 (the statistical recogniser reads its first sentences); later,
    # past what it reads, 王建军委托律师 holds 军委 (the Central Military Commission) across
    # the name: not the plaintiff
    first = "王建军起诉了某杂志社。"
    filler = (
        "此前该杂志社发布文章称，某地一家化工厂去年发生爆炸，工厂负责人已被警方拘留，"
        "后又被检察院起诉，此案将于下月开庭审理。"
    )  # (event words: the statistical recogniser reads it and has no room for what follows)
    later = "2017年6月5日，王建军委托律师向法院提交起诉状。"
    evs = events(steps, first, filler, later)
    suits = [e for e in evs if e.news_type == "司法行为-起诉" and "起诉状" in e.trigger]
    assert suits, [(e.trigger, e.news_type, names(e)) for e in evs]
    e = suits[0]
    assert "军委" not in names(e) and "CHNMIL" not in {a.cameo for a in e.actors}, names(e)
    assert roles(e).get("原告") == ["王建军"], roles(e)


# ---- the teller may be the one who acts ----------------------------------------------------------
def test_one_who_tells_of_her_own_breakup_is_a_party(steps) -> None:
    e = news(events(steps, "5月3日，歌手陈小红在微博承认与刘大伟已经分手。"), "人生-分手")
    assert set(roles(e)["分手双方"]) == {"陈小红", "刘大伟"}, roles(e)
    # one who tells of another's act is no party of it
    e = news(events(steps, "5月3日，网友孙丽爆料陈小红已经与刘大伟分手。"), "人生-分手")
    assert "孙丽" not in roles(e)["分手双方"], roles(e)


def test_the_teller_of_a_crash_is_no_party_to_it(steps) -> None:
    # 某某对记者说，车辆追尾: the one who tells of the accident was not said to be in it
    for text in (
        "钱小红的哥哥钱先生接受记者采访时表示，当天车辆刹车失灵，滑行百米后追尾。",
        "钱先生对记者说，事发时车辆突然失控撞上护栏。",
    ):
        e = news(events(steps, text), "灾害/意外-车祸")
        assert "钱先生" not in names(e), (text, names(e))
    # controls: the teller drove, rode, or is the one the crash is told of without a telling
    for text in (
        "钱先生称，他驾驶的车辆与一辆货车发生追尾。",
        "钱先生表示，当天驾车回家途中与货车追尾。",
        "钱先生驾车回家，途中与货车追尾。",
    ):
        e = news(events(steps, text), "灾害/意外-车祸")
        assert "钱先生" in names(e), (text, names(e))


def test_a_teller_in_the_vehicle_is_a_party_to_the_crash(steps) -> None:
    # the teller is a driver or a passenger by name, or drives (开车, 踩刹车) or speaks of
    # themself (自己) in what is told
    for text, who in (
        ("司机称，车辆突然失控撞上护栏。", "司机"),
        ("乘客表示，车辆突然失控撞上护栏。", "乘客"),
        ("司机钱某称，车辆突然失控撞上护栏。", "钱某"),
        ("钱先生接受采访时表示，当天开车回家，车辆失控撞上护栏。", "钱先生"),
        ("钱先生接受采访时表示，当天踩刹车后车辆仍撞上护栏。", "钱先生"),
        ("钱先生称，自己坐在车上，车辆失控撞上护栏。", "钱先生"),
    ):
        e = news(events(steps, text), "灾害/意外-车祸")
        assert who in names(e), (text, names(e))
    # 我市 is no first person: the traffic police who tell of it are no party
    e = news(events(steps, "交警表示，我市一辆货车与轿车追尾。"), "灾害/意外-车祸")
    assert "交警" not in names(e), names(e)


def test_how_far_a_vehicle_went_is_no_party_to_its_crash(steps) -> None:
    # 滑行50米追尾: a verb and a distance before the trigger, no one who crashed
    for text in ("钱先生对记者说，两次刹车失灵后，滑行50米追尾。", "刹车失灵后，滑行50米追尾。"):
        for e in events(steps, text):
            assert "滑行50米" not in names(e), (text, names(e))


# ---- a person in a role only an organisation fills -----------------------------------------------
def test_a_person_who_signs_with_a_company_joins_it(steps) -> None:
    e = news(events(steps, "毕业后，赵晓明很快签约了北方的一家影视公司。"), "组织关系-加盟")
    assert roles(e)["加盟者"] == ["赵晓明"] and roles(e)["所加盟组织"] == ["影视公司"], roles(e)
    e = news(events(steps, "北方影视公司上月签约了赵晓明。"), "组织关系-加盟")
    assert roles(e)["加盟者"] == ["赵晓明"] and roles(e)["所加盟组织"] == ["北方影视公司"]
    # (no one named as the one who signs: the company is still the one joined, not who joins)
    e = news(events(steps, "后来，她直接签约了北方的一家影视公司。"), "组织关系-加盟")
    assert roles(e).get("所加盟组织") == ["影视公司"] and "加盟者" not in roles(e), roles(e)


# ---- a place inside the phrase that qualifies a person -------------------------------------------
def test_a_place_inside_an_epithet_does_not_break_it(steps) -> None:
    text = "此外，大众浙江温州维权女车主李女士打算向法院起诉大众公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["李女士"] and roles(e)["被告"] == ["大众公司"], roles(e)


# ---- the object of an earlier verb is not the trigger's subject ----------------------------------
def test_what_a_reason_clause_or_a_driver_acts_on_is_no_subject(steps) -> None:
    e = news(events(steps, "王立新因殴打李大伟被警方刑事拘留。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["王立新"], roles(e)
    e = news(events(steps, "洛阳王女士因驾驶比亚迪出了车祸。"), "灾害/意外-车祸")
    assert names(e) == ["王女士"], names(e)
    e = news(events(steps, "昨天，王立新驾驶特斯拉撞上护栏。"), "灾害/意外-车祸")
    assert names(e) == ["王立新"], names(e)
    # the ones who step in to stop an attack do not attack (阻止X再次行凶 itself tells no attack:
    # doubt ``averted``, test_events_doubt)
    e = news(events(steps, "几名路人上前拦他，王某仍然持刀行凶。"), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["王某"], roles(e)


# ---- the people joined to a subject told in an earlier clause ------------------------------------
def test_the_names_listed_with_an_earlier_subject_share_its_role(steps) -> None:
    text = "反对派人士张大同、李小明、王立新等9人涉及去年的集会，被控一项非法集结罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert set(roles(e)["被告"]) == {"张大同", "李小明", "王立新等9人"}, roles(e)
    text = "反对派人士张大同涉及去年的集会，李小明则没有，张大同被控一项非法集结罪。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["被告"] == ["张大同"], roles(e)


def test_the_person_one_marries_is_a_party(steps) -> None:
    e = news(events(steps, "李强出院后，他的女友选择了嫁给他。"), "人生-结婚")
    assert "李强" in roles(e)["结婚双方"], roles(e)


# ---- a car's make, and a place someone comes from ---------------------------------------------
def test_a_cars_make_is_no_party_of_the_accident(steps) -> None:
    text = "8月9日上午，温州市某路口发生一起疑似大众汽车刹车失效事故。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert not e.actors and roles(e)["地点"] == ["温州市"], (names(e), roles(e))
    e = news(events(steps, "昨天，李大伟驾驶宝马汽车撞上护栏。"), "灾害/意外-车祸")
    assert names(e) == ["李大伟"], names(e)
    # a company is a party of what is not an accident
    e = news(events(steps, "李大伟昨天起诉了宝马公司。"), "司法行为-起诉")
    assert "宝马公司" in roles(e)["被告"], roles(e)


def test_a_place_before_a_person_or_closing_a_description_is_no_location(steps) -> None:
    e = news(events(steps, "2022年7月，兰州李女士开车出了车祸。"), "灾害/意外-车祸")
    assert "地点" not in roles(e) and names(e) == ["李女士"], (names(e), roles(e))
    text = "当天，嫌疑人王某（男，41岁，江苏滨海人）在金陵路持刀伤人。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "江苏滨海" not in roles(e).get("地点", []), roles(e)
    e = news(events(steps, "5月2日，杭州一辆汽车发生交通事故。"), "灾害/意外-车祸")
    assert roles(e)["地点"] == ["杭州"], roles(e)


# ---- the doer of a legal act, named elsewhere in its sentence ----------------------------------
def sides(e: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.side, []).append(a.name)
    return out


def test_the_police_announcing_a_detention_made_it(steps) -> None:
    evs = events(steps, "11日，杭州警方发布通报称，因寻衅滋事，赵某被行政拘留十日。")
    e = news(evs, "司法行为-拘捕")
    assert roles(e)["拘捕者"] == ["杭州警方"] and roles(e)["被拘捕者"] == ["赵某"]
    # no police in the sentence: the one detained alone
    e = news(events(steps, "11日，赵某因酒后闹事被行政拘留七日。"), "司法行为-拘捕")
    assert "拘捕者" not in roles(e)


def test_a_court_or_judge_named_in_the_sentence_remands_and_sentences(steps) -> None:
    evs = events(steps, "法官马志明听完控辩双方意见后驳回申请，被告人钱某继续还押。")
    e = remand(evs)
    assert on_side(e, "target") == ["钱某"] and on_side(e, "source")
    assert "钱某" not in on_side(e, "source")
    evs = events(steps, "苏州市中级人民法院认定被告人孙某犯诈骗罪，判处其有期徒刑六年。")
    e = news(evs, "司法行为-入狱")
    assert sides(e).get("source") == ["苏州市中级人民法院"], e.actors
    assert roles(e)["入狱者"] == ["孙某"]


def test_a_prosecutor_is_no_court_but_approves_an_arrest(steps) -> None:
    evs = events(steps, "检方提出上诉，高等法院裁定撤销保释，钱某须立即还押。")
    e = remand(evs)
    assert on_side(e, "source") == ["高等法院"], e.actors
    evs = events(
        steps, "3日，青松县公安局对两名犯罪嫌疑人刑事拘留，6日，青松县人民检察院批准逮捕。"
    )
    e = [x for x in evs if x.trigger == "批准逮捕"][0]
    assert roles(e)["拘捕者"] == ["青松县人民检察院"] and roles(e)["被拘捕者"]


def test_the_court_applied_to_grants_bail(steps) -> None:
    evs = events(steps, "钱某于5月3日向澳门中级法院申请保释并获准。")
    e = [x for x in evs if x.type == "CONCEDE"][0]
    assert sides(e).get("source") == ["澳门中级法院"], e.actors


# ---- a court hears a suit, it does not bring one ----------------------------------------------
def test_a_court_named_again_is_no_party_to_a_suit(steps) -> None:
    text = "鼓楼法院受理了此案。随后，周凯以合同违约为由，向鼓楼法院提交诉状，起诉北极星公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["原告"] == ["周凯"], roles(e)
    assert "鼓楼法院" not in roles(e).get("被告", [])


def test_a_verb_phrase_is_no_stand_in_participant(steps) -> None:
    evs = events(steps, "法院认定被告人孙某犯诈骗罪，判处其有期徒刑六年。")
    assert not any("判处其" in a.text for e in evs for a in e.arguments)


# ---- life and trade: whose birthday, who attends, who buys ---------------------------------------
def test_a_birthday_celebrated_for_someone_is_theirs(steps) -> None:
    e = news(events(steps, "5月2日，歌手王小明晒出合照为妻子李小红庆生。"), "人生-庆生")
    assert roles(e)["庆祝方"] == ["王小明"] and "王小明" not in roles(e).get("生日方", [])
    e = news(events(steps, "5月2日，李小红在北京庆生。"), "人生-庆生")
    assert roles(e)["生日方"] == ["李小红"]


def test_a_wedding_guest_is_no_spouse(steps) -> None:
    e = news(events(steps, "演员林小雨也出席了婚礼。"), "人生-婚礼")
    assert roles(e) == {"参礼人员": ["林小雨"]}


def test_the_one_sold_to_buys(steps) -> None:
    e = news(events(steps, "王某以每箱80元的价格转卖给其下家李某。"), "财经/交易-出售/收购")
    assert roles(e)["出售方"] == ["王某"] and roles(e)["收购方"] == ["李某"]


def test_what_jiang_opens_before_a_verb_of_selling_to_is_sold_not_the_buyer(steps) -> None:
    # 将X卖给Y: X (a business named by its place) is the thing sold, Y after the verb buys it
    text = "据悉，远航集团将旗下美国业务全部卖给华润集团。"
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert r["出售方"] == ["远航集团"] and r["收购方"] == ["华润集团"], r
    # (a business no name is read in: still no buyer)
    text = "远航集团将酒店业务卖给一家外地公司。"
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert "酒店业务" not in r.get("收购方", []), r
    # control: 将 of the future before the verb opens no object
    text = "远航集团将卖给华润集团一家工厂。"
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert r["出售方"] == ["远航集团"] and r["收购方"] == ["华润集团"], r


def test_people_counted_before_a_chain_of_predicates_are_the_ones_sentenced(steps) -> None:
    # 9人服罪并被判处…: the ones counted plead guilty and are sentenced, both
    text = "孙某与多名帮派骨干组织并参加非法聚集，其中9人服罪并被判处3至7个月的监禁。"
    r = roles(news(events(steps, text), "司法行为-入狱"))
    assert r["入狱者"] == ["9人"], r


def test_one_named_in_the_warrant_held_is_not_the_doer(steps) -> None:
    # 持/凭法庭手令: the court issued the warrant; the police holding it act
    for text in (
        "江城警方前日持法庭手令展开突击搜查，并拘捕4名男子。",
        "江城警方昨日凭法院逮捕令拘捕了4名男子。",
    ):
        r = roles(news(events(steps, text), "司法行为-拘捕"))
        assert r["拘捕者"] == ["江城警方"], (text, r)


def test_a_place_in_a_clause_qualifying_the_subject_is_not_the_venue(steps) -> None:
    e = news(events(steps, "1月9日，曾在杭州西湖救人受伤的王力举办婚礼。"), "人生-婚礼")
    assert "地点" not in roles(e)
    e = news(events(steps, "1月9日，王力在杭州西湖举办婚礼。"), "人生-婚礼")
    assert roles(e)["地点"] == ["杭州西湖"]


def test_where_one_went_is_not_who_was_arrested(steps) -> None:
    text = "星光物流创办人、商人高志远此前已被起诉，3月9日前往派出所报到时，被警方当场拘捕。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["高志远"] and roles(e)["拘捕者"] == ["警方"]


def test_a_determined_noun_is_the_passive_subject_not_the_topic(steps) -> None:
    text = "周凯起诉北湖警局和警长马克·史密斯，这名警长被控伪造笔录。"
    e = [x for x in events(steps, text) if x.trigger == "被控"][0]
    assert roles(e) == {"被告": ["警长"]}


def test_a_court_rejects_the_appeal_of_the_one_it_ruled_on(steps) -> None:
    text = "8月3日，成都市中级人民法院判决北极星公司违约，驳回上诉。"
    e = [x for x in events(steps, text) if x.type == "COERCE"][0]  # (the verdict's)
    assert sides(e) == {"source": ["成都市中级人民法院"], "target": ["北极星公司"]}


def test_the_driver_is_a_party_of_the_crash_past_a_time(steps) -> None:
    e = news(events(steps, "车主李女士于2021年3月驾驶一辆轿车发生交通事故。"), "灾害/意外-车祸")
    assert names(e) == ["李女士"]


def test_a_crash_naming_no_driver_has_the_car_as_its_party(steps) -> None:
    text = "昨天下午，一辆白色面包车在和平路口与一辆货车发生碰撞，造成两人受伤。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["一辆白色面包车", "一辆货车"], names(e)  # (and the other car)
    e = news(events(steps, "当晚11时许，涉事车辆在环城路撞上路边护栏。"), "灾害/意外-车祸")
    assert names(e) == ["涉事车辆"], names(e)
    # the one run down is no party of the car; a named driver is the party, not the car
    e = news(events(steps, "当天傍晚，行人孙某被一辆货车撞倒。"), "灾害/意外-车祸")
    assert "一辆货车" not in names(e), names(e)
    e = news(events(steps, "昨晚，赵建国驾驶一辆轿车撞上护栏。"), "灾害/意外-车祸")
    assert names(e) == ["赵建国"], names(e)
    e = news(events(steps, "他在倒车时不慎车辆撞上了路边的石墩。"), "灾害/意外-车祸")
    assert "车辆" not in names(e), names(e)  # (he drives: not the car)
    # the crash the sentence before told goes on: its driver, not the car
    text = "周五晚，赵建国驾驶一辆轿车在滨江路上撞上护栏。那辆轿车随后又撞上了路边的电线杆。"
    evs = [e for e in events(steps, text) if e.news_type == "灾害/意外-车祸"]
    assert [names(e) for e in evs] == [["赵建国"], ["赵建国"]], [names(e) for e in evs]


def test_the_car_a_crash_clause_goes_on_about_is_its_party(steps) -> None:
    # a crash clause naming no one: the car the clause before has as its subject crashed
    text = "该车一路沿着滨江大道高速行驶，在避开两辆电动车后发生追尾。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["该车"], names(e)
    text = "湖南岳阳一辆面包车疑因爆胎失控，发生侧翻事故后起火。"  # (a place before the car)
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["一辆面包车"], names(e)
    e = news(events(steps, "昨天下午，这辆大巴在山区公路上发生侧翻。"), "灾害/意外-车祸")
    assert names(e) == ["这辆大巴"], names(e)
    # controls: a car the clause before hits, a pronoun for the driver, a car as a modifier
    # (the one accident's parties: the car that overturned, then the one it hit)
    text = "周五晚，一辆货车在环城路上撞上一辆轿车，随后发生侧翻。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["一辆货车", "一辆轿车"], names(e)
    text = "一名汽车博主对新车进行测评，他在掉头时不慎车辆撞上了路边的石墩。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert "汽车" not in names(e), names(e)



def test_a_car_named_by_its_make_is_the_party_of_its_crash(steps) -> None:
    # 某品牌车辆, 某品牌Model Y: the make and its noun or model name the car that crashed (the
    # make alone, a company, is still no party)
    text = "监控录像显示，比亚迪车辆高速行驶约1公里，随后发生两起车祸。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["比亚迪车辆"], names(e)
    e = news(events(steps, "3月2日，特斯拉Model Y在三亚撞上了路边护栏。"), "灾害/意外-车祸")
    assert names(e) == ["特斯拉Model Y"], names(e)
    # controls: the make's cars describing the cases counted (3起, 一起疑似) are no party
    e = news(events(steps, "据统计，去年就有3起宝马汽车失控事故发生。"), "灾害/意外-车祸")
    assert not e.actors, names(e)

def test_the_driver_carrying_his_own_people_is_the_party_of_the_crash(steps) -> None:
    # 载其家属, 带着家人: the verb acts on his own people - he is no epithet of them, he drives
    for text in (
        "上周六，孙女士的丈夫周先生载其家人共5人，沿318国道行驶时与一辆货车发生碰撞。",
        "上周六，周先生驾车带着家人，沿318国道行驶时与一辆货车发生碰撞。",
    ):
        e = news(events(steps, text), "灾害/意外-车祸")
        assert names(e)[:1] == ["周先生"], names(e)
        assert roles(e)["地点"] == ["318国道"], roles(e)
    # 与其他车辆: 其他 is "other", no pronoun standing for a subject of the clause's own
    text = "5月2日晚，司机吴建华驾驶一辆出租车，在解放路与其他车辆相撞。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["吴建华", "其他车辆"], names(e)  # (the other cars, no one's own)


def test_a_name_inside_the_place_phrase_of_a_crash_is_where_it_happens(steps) -> None:
    # 在某市以西约50公里的某地的一处山谷中坠毁: the name the landform is of is a place (the
    # entity layer may read it as a person's), the ones aboard told before are the parties
    text = (
        "2023年5月4日，莫里森与儿子乔治等一行4人乘坐一架小型飞机，"
        "在丹佛以西约50公里的埃尔德拉的一处山谷中坠毁，全部遇难。"
    )
    evs = events(steps, text)
    e = news(evs, "灾害/意外-坠机")
    assert names(e) == ["莫里森", "乔治"], names(e)
    assert roles(e)["地点"] == ["埃尔德拉"], roles(e)
    assert roles(news(evs, "人生-死亡"))["死者"] == ["莫里森", "乔治"]
    # control: the one whose car it happens in is no place
    e = news(events(steps, "昨晚，一辆货车在环城路上与孙立伟驾驶的轿车相撞。"), "灾害/意外-车祸")
    assert "孙立伟" in names(e), names(e)


def test_the_dead_told_by_their_count_are_the_dead_not_the_driver(steps) -> None:
    # 造成3人死亡: the counted people are the dead - the driver carried from before is not;
    # after a crash the count is the crash's toll (死亡人数), no one named dead
    text = "当晚，司机马永刚驾驶一辆货车在沪陕高速上行驶，与前方一辆客车追尾，造成4人死亡。"
    evs = events(steps, text)
    assert "死者" not in roles(news(evs, "人生-死亡")), kinds(evs)
    assert roles(news(evs, "灾害/意外-车祸"))["死亡人数"] == ["4人"], kinds(evs)
    assert names(news(evs, "灾害/意外-车祸")) == ["马永刚", "一辆客车"]  # (and the car hit)
    # the count, not the words before it (已确认有)
    e = news(events(steps, "截至发稿已确认有11人死亡，其中包括3名机组人员。"), "人生-死亡")
    assert roles(e)["死者"] == ["11人"], roles(e)
    # control: the driver himself named dead
    e = news(events(steps, "周五，马永刚驾车撞上护栏，当场死亡。"), "人生-死亡")
    assert roles(e)["死者"] == ["马永刚"], roles(e)


def test_a_counted_car_of_a_make_is_the_party_of_its_crash(steps) -> None:
    # 一辆+make(+model): the car crashed (not the company, not no one)
    text = "前天，浙江温州一辆比亚迪疑因刹车失灵撞上路边的花坛。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert names(e) == ["一辆比亚迪"], names(e)
    # control: the car of a make another one hits is a party whole, the make alone is none
    e = news(events(steps, "前天，一辆货车在滨江路口追尾一辆比亚迪轿车。"), "灾害/意外-车祸")
    assert names(e) == ["一辆货车", "一辆比亚迪轿车"], names(e)


def test_a_make_the_words_around_it_make_a_car_is_no_party(steps) -> None:
    # a company after a counter of vehicles or before a vehicle noun names a car of its make
    e = news(events(steps, "周五凌晨，一辆比亚迪汽车在环城路上突然起火。"), "灾害/意外-起火")
    assert "比亚迪汽车" not in names(e)
    e = news(events(steps, "市民孙某前年买下一辆银色比亚迪。"), "财经/交易-出售/收购")
    assert names(e) == ["孙某"] and roles(e)["交易物"] == ["一辆银色比亚迪"]
    # control: the company itself buys
    text = "比亚迪公司上月买下一家电池厂。"
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["比亚迪公司"])


def test_a_wound_an_attack_left_is_no_second_attack(steps) -> None:
    # 碾压伤: the wound (a noun) of the attack told before, no attack of its own (an undated
    # second line of the same attack in a chronicle)
    lead = "当晚，歹徒冯某某驾车撞倒周某，又持刀捅伤吴某后逃离。"
    text = lead + "周某的女儿双腿留有碾压伤，至今仍在住院。"
    assert not [x for x in events(steps, text) if x.trigger == "碾压"]
    # control: the verb itself, with its doer before it
    evs = events(steps, lead + "其后冯某某又驾车碾压周某的女儿。")
    [e] = [x for x in evs if x.trigger == "碾压"]
    assert roles(e)["袭击者"] == ["冯某某"]


def test_two_people_are_a_person_and_the_kin_told_as_theirs(steps) -> None:
    text = "车祸之后，王大力只能坐轮椅，所幸他的女友始终守着他，两人在2023年4月登记结婚。"
    e = news(events(steps, text), "人生-结婚")
    assert roles(e)["结婚双方"] == ["王大力", "女友"]


def test_the_dead_named_after_the_verb(steps) -> None:
    text = "这场雪崩中遇难的还有向导约翰·史密斯和他的儿子凯文。"
    e = news(events(steps, text), "人生-死亡")
    assert roles(e)["死者"] == ["约翰·史密斯", "凯文"]


def test_the_one_who_finds_out_is_not_the_doer(steps) -> None:
    text = "之后，有网友发现李小红凌晨用另一个账号点赞了王小明的帖子。"
    e = news(events(steps, text), "交往-点赞")
    assert roles(e)["点赞方"] == ["李小红"], roles(e)


def test_a_possessive_pronoun_does_not_bind_the_topic(steps) -> None:
    text = "4月2日，王大力在直播中向观众交代了善款的去向，感谢了观众对他的帮助。"
    e = news(events(steps, text), "交往-感谢")
    assert roles(e)["致谢人"] == ["王大力"], roles(e)


def test_at_a_wedding_one_is_a_guest_and_the_owners_marry(steps) -> None:
    e = news(events(steps, "韩小雪在李小红的婚礼上担任伴娘。"), "人生-婚礼")
    assert roles(e) == {"参礼人员": ["韩小雪"], "结婚双方": ["李小红"]}, roles(e)
    e = news(events(steps, "在李小红和王小明的婚礼上，王小明直接称呼李小红为女儿。"), "人生-婚礼")
    assert sorted(roles(e)["结婚双方"]) == ["李小红", "王小明"] and "参礼人员" not in roles(e)
    e = news(events(steps, "法院在北京开庭。"), "司法行为-开庭")
    assert roles(e) == {"开庭法院": ["法院"]}


def test_the_one_a_relative_clause_after_a_charge_is_about(steps) -> None:
    text = "他在帖子里写道，日前被控纵火罪的大二学生钱小龙未出庭。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e)["被告"] == ["钱小龙"], roles(e)


def test_the_other_side_of_a_suit_settled(steps) -> None:
    e = news(events(steps, "记者获悉，周凯与北极星公司诉讼已和解。"), "司法行为-起诉")
    assert roles(e) == {"原告": ["周凯"], "被告": ["北极星公司"]}, roles(e)
    text = "张女士与丈夫在绵阳市涪城区人民法院提起诉讼，起诉北极星公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert "丈夫" not in roles(e).get("被告", []), roles(e)


def test_a_judge_a_relative_clause_qualifies_remanded(steps) -> None:
    text = "主审这宗案件的正是上周二下令把钱某还押的总裁判官。"
    e = remand(events(steps, text))
    assert on_side(e, "source") == ["裁判官"] and on_side(e, "target") == ["钱某"], e.actors


def test_one_named_on_both_sides_is_the_one_acted_on(steps) -> None:
    text = "但周凯始终否认欠款，女方坚持继续起诉周凯。"
    e = news(events(steps, text), "司法行为-起诉")
    # (女方, the woman's side, is the plaintiff: a participant, as the conventions judge it)
    assert roles(e) == {"原告": ["女方"], "被告": ["周凯"]}, roles(e)


# ---- participants the sentence names without a name ------------------------------------------
def test_a_partner_past_a_title_or_relative_clause_is_the_other_party(steps) -> None:
    # 与/和 right after the first party, then a modifier naming no one, then the second party
    e = news(events(steps, "歌手赵强与名模孙丽昨日领证结婚。"), "人生-结婚")
    assert sorted(roles(e)["结婚双方"]) == ["孙丽", "赵强"], roles(e)
    e = news(events(steps, "钢琴家王明和同为钢琴家的李华宣布离婚。"), "人生-离婚")
    assert sorted(roles(e)["离婚双方"]) == ["李华", "王明"], roles(e)
    # control: a verb between the mark and the name — no partner of the act
    assert_role(steps, "王某与朋友聚会后起诉了李某。", "司法行为-起诉", "被告", ["李某"])


def test_people_told_by_their_count_are_the_ones_arrested(steps) -> None:
    e = news(events(steps, "两名偷车贼已被警方抓获。"), "司法行为-拘捕")
    assert roles(e) == {"拘捕者": ["警方"], "被拘捕者": ["偷车贼"]}, roles(e)
    e = news(events(steps, "昨夜，某区警方抓获了3名涉嫌盗窃的男子。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["男子"], roles(e)
    e = news(events(steps, "某县一名快递员被刑拘。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["快递员"], roles(e)
    e = news(events(steps, "17人被警方行政拘留。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["17人"], roles(e)
    # control: a count of things is no one
    evs = events(steps, "警方查获了两辆被盗车辆。")
    assert not any(a.text in ("辆被盗车辆", "被盗车辆") for e in evs for a in e.arguments)


def test_the_court_that_sentences_imposes_the_fine_chained_after(steps) -> None:
    text = "某区人民法院一审判处被告人孙某有期徒刑两年，并处罚金一万元。"
    e = news(events(steps, text), "司法行为-罚款")
    assert roles(e)["执法机构"] == ["区人民法院"] and roles(e)["罚款对象"] == ["孙某"], roles(e)
    # control: a prosecutor named before is no one who fines
    text = "经某区检察院提起公诉，某区法院一审判处孙某有期徒刑两年，并处罚金一万元。"
    e = news(events(steps, text), "司法行为-罚款")
    assert roles(e)["执法机构"] == ["区法院"], roles(e)
    # control: no court named, none made up
    e = news(events(steps, "孙某被判有期徒刑两年，并处罚金一万元。"), "司法行为-罚款")
    assert "执法机构" not in roles(e), roles(e)


def test_the_one_sentenced_before_is_the_one_fined(steps) -> None:
    text = "近日，某县法院以盗窃罪判处钱某有期徒刑三年，并处罚金五万元。"
    e = news(events(steps, text), "司法行为-罚款")
    assert roles(e)["罚款对象"] == ["钱某"], roles(e)
    # control: no penalty told before, no one taken from it (an administrative 罚款: a criminal
    # 罚金 is COERCE, whose court rules on the one the clause before names)
    text = "某县法院审理了钱某盗窃一案，并处罚款五万元。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-罚款"]
    assert all("钱某" not in roles(e).get("罚款对象", []) for e in evs), [roles(e) for e in evs]


def test_the_one_sentenced_in_the_same_clause_is_the_one_fined(steps) -> None:
    # 判处X有期徒刑…并处罚金 with no comma: the fine is added to X's sentence all the same
    text = "昨日，江北区法院判处何建军有期徒刑两年并处罚金八千元。"
    e = news(events(steps, text), "司法行为-罚款")
    assert roles(e)["罚款对象"] == ["何建军"], roles(e)
    # and each of two sentenced in clauses of their own is fined
    text = "法院判处何建军有期徒刑两年并处罚金八千元，判处另一被告许文有期徒刑一年并处罚金五千元。"
    e = news(events(steps, text), "司法行为-罚款")
    assert set(roles(e)["罚款对象"]) == {"何建军", "许文"}, roles(e)


def test_a_criminal_fine_with_no_penalty_before_takes_the_one_whose_case_was_tried(steps) -> None:
    # the control above with 罚金: a criminal fine, which the court passes on the one whose
    # case the clause before names
    assert_role(
        steps, "某县法院审理了钱某盗窃一案，并处罚金五万元。", "司法行为-罚款", "罚款对象", ["钱某"]
    )


# ---- a word whose only role is its subject ------------------------------------------------------
def test_the_one_acted_on_fills_a_word_whose_only_role_is_its_subject(steps) -> None:
    # 将X…归案: X is the one arrested, the police who bring him in arrest
    e = news(events(steps, "巡逻民警次日在一家网吧里将逃犯钱某捉拿归案。"), "司法行为-拘捕")
    r = roles(e)
    assert r["被拘捕者"] == ["钱某"] and r["拘捕者"] == ["民警"]
    # X被…撞倒后身亡: the one the passive of another verb is about is the one who died
    e = news(events(steps, "一名菜贩被渣土车刮倒后当场身亡。"), "人生-死亡")
    assert roles(e)["死者"] == ["菜贩"]
    # 被停职: the passive word's subject is the one suspended
    e = news(events(steps, "涉事协管员已被停职。"), "组织关系-停职")
    assert roles(e)["停职人员"] == ["涉事协管员"]


def test_a_body_that_investigates_opens_a_case(steps) -> None:
    text = "县纪委监委对乡里原会计吴某某虚报补助问题立案审查。"
    e = news(events(steps, text), "司法行为-立案")
    r = roles(e)
    assert r["立案机构"] == ["县纪委监委"] and r["立案对象"] == ["吴某某"]


def test_one_joined_to_his_own_relative_is_a_participant_too(steps) -> None:
    # X及其Y, X与其Y: X and X's son / driver / wife — X qualifies no one, both take the role
    e = news(events(steps, "药材商人孟某及其司机上月被捕。"), "司法行为-拘捕")
    assert sorted(roles(e)["被拘捕者"]) == sorted(["孟某", "司机"])
    e = news(events(steps, "孟某与其妻子均已遭刑事拘留。"), "司法行为-拘捕")
    assert "孟某" in roles(e)["被拘捕者"]
    # (X和其他两人: 其他 is "the others", no possessive)
    e = news(events(steps, "孟某和其他两人被捕。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["孟某"]


def test_the_one_sentenced_in_a_clause_is_no_subject_of_the_next(steps) -> None:
    # 对被告人甲…判处…；对被告人乙…判处…: each clause its own defendant and term (one verdict
    # of the three: news._join_parallel; each term right after its own defendant)
    text = (
        "对被告人韦某以非法狩猎罪判处有期徒刑九年；对被告人柏某某以非法狩猎罪判处有期徒刑四年；"
        "对被告人岑某以非法狩猎罪判处有期徒刑二年。"
    )
    found = [
        (a.role, a.text)
        for e in events(steps, text)
        if e.news_type == "司法行为-入狱"
        for a in e.arguments
    ]
    assert found == [
        ("入狱者", "韦某"), ("刑期", "九年"), ("入狱者", "柏某某"), ("刑期", "四年"),
        ("入狱者", "岑某"), ("刑期", "二年"),
    ]  # fmt: skip


def test_a_name_heading_a_counted_group_is_the_participant(steps) -> None:
    # 甲等9名被告: the name (with the group's count), not the kind of people it is counted as
    e = news(events(steps, "庞某某等9名被告被控非法采矿罪。"), "司法行为-起诉")
    assert roles(e)["被告"] == ["庞某某等9名被告"]


def test_a_subject_word_done_to_people_named_by_a_mark_or_their_kind(steps) -> None:
    # 将扒手缉拿归案: the bare noun the mark names is the one arrested
    e = news(events(steps, "巡逻民警连夜将两名扒手缉拿归案。"), "司法行为-拘捕")
    r = roles(e)
    assert r["被拘捕者"] == ["两名扒手"] and r["拘捕者"] == ["民警"]
    # one of the police may be suspended, and may die
    e = news(events(steps, "值班交警已被停职。"), "组织关系-停职")
    assert roles(e)["停职人员"] == ["交警"]
    # (派出所查明: the police as a body are no one pregnant or dead)
    evs = events(steps, "那位歌手谎称怀孕五个月（随后派出所查明并无此事）。")
    assert not any(a.text == "派出所" for e in evs for a in e.arguments)


def test_a_partner_introduced_past_a_title_after_a_verb(steps) -> None:
    # 宣布与演员Y结婚: 与 after a verb is "with"; the teller is the other spouse
    text = "歌手苏晴周一在个人账号宣布已经与演员陆远登记结婚。"
    e = news(events(steps, text), "人生-结婚")
    assert sorted(roles(e)["结婚双方"]) == sorted(["苏晴", "陆远"])
    # 和前男友Y分手: the kind of people inside the title goes with the partner
    e = news(events(steps, "苏晴上个月已经和前男友陆远分手。"), "人生-分手")
    assert sorted(roles(e)["分手双方"]) == sorted(["苏晴", "陆远"])


def test_the_one_named_among_a_counted_group_is_acted_on_too(steps) -> None:
    # 抓获甲、乙等N人，其中也包括丙: 丙 is one of those arrested
    text = "边检站上月捣毁一个偷渡团伙，抓获组织者贺某某、蓝某某等9人，其中也包括退休船长宋某。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert "宋某" in roles(e)["被拘捕者"]


def test_a_title_after_a_coordinator_and_its_owner_is_a_participant(steps) -> None:
    # 起诉某物业及其总经理: the company and its manager, both sued
    e = news(events(steps, "业主代表决定起诉青禾物业公司及其总经理。"), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == sorted(["青禾物业公司", "总经理"])
    # (及其律师团队: the title opens a longer noun; 及其总经理王某: the name is the one)
    e = news(events(steps, "业主代表决定起诉青禾物业公司及其总经理王某。"), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == sorted(["青禾物业公司", "王某"])
    # (及其经理的助理: the title owns the noun after 的, no participant)
    e = news(events(steps, "业主代表决定起诉青禾物业公司及其经理的助理。"), "司法行为-起诉")
    assert "经理" not in roles(e)["被告"], roles(e)


def test_a_company_named_with_its_seat_in_brackets_is_one_company(steps) -> None:
    text = "几名果农状告绿源农业科技（昆明）有限公司和远帆科技（厦门）有限公司。"
    e = news(events(steps, text), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == sorted(
        ["绿源农业科技（昆明）有限公司", "远帆科技（厦门）有限公司"]
    )


def test_suspected_of_a_crime_names_no_suspect(steps) -> None:
    # 涉嫌犯…罪: 嫌犯 inside the verb is no participant in place of the one named
    e = news(events(steps, "快递员滕某因涉嫌犯盗窃罪昨天被刑事拘留。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["滕某"]
    e = news(events(steps, "民警在出租屋内抓获嫌犯邹某。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["邹某"]


def test_a_kind_of_people_a_copula_says_the_named_one_is_is_no_one_else(steps) -> None:
    # 甲是乙的女友: 女友 is 甲 — the two who broke up are 甲 and 乙
    e = news(events(steps, "林晓是陈默的女友，去年两人分手。"), "人生-分手")
    assert sorted(roles(e)["分手双方"]) == sorted(["林晓", "陈默"])


def test_a_coordinated_object_given_its_country_keeps_its_side(steps) -> None:
    # the second one sued, given the article's country (a copy), is still a target, no party
    e = news(events(steps, "天津市民刘建军前天起诉了张国强和王志明。"), "司法行为-起诉")
    sides = {x.name: x.side for x in e.actors}
    assert sides == {"刘建军": "source", "张国强": "target", "王志明": "target"}, sides


# ---- bans: who bans, who is kept from what, what is banned --------------------------------------
def sanction(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "SANCTION"]
    assert len(found) == 1, [(e.type, e.trigger, [a.name for a in e.actors]) for e in evs]
    return found[0]


def ban_sides(e: Event) -> dict[str, str]:
    return {x.name: x.side for x in e.actors}


def test_the_ones_a_ban_keeps_from_using_a_thing_are_not_its_target(steps) -> None:
    # 禁止X使用Y: X (a kind of people or bodies) is kept from it, Y is what is banned
    e = sanction(events(steps, "新西兰议会通过法案，禁止政府雇员使用华为。"))
    assert ban_sides(e).get("华为") == "target" and "政府" not in ban_sides(e), ban_sides(e)
    # 本国企业被禁止与Y交易: the same, told as a passive
    text = "日本经济产业省表示，日本企业此后将被禁止与华为开展交易。"
    e = sanction(events(steps, text))
    assert ban_sides(e).get("华为") == "target" and "日本企业" not in ban_sides(e), ban_sides(e)
    # (a company's own rules for its users are no sanction)
    assert not [x for x in events(steps, "Telegram宣布禁止用户发布暴力视频。") if x.type]


def test_bodies_of_a_kind_a_ban_binds_are_not_its_target(steps) -> None:
    # a body word after a kind (政府部门) names no one - what it may not use is banned
    e = sanction(events(steps, "瑞典和另外几国禁止政府部门使用Telegram。"))
    assert ban_sides(e).get("Telegram") == "target" and "政府部门" not in ban_sides(e), ban_sides(e)


def test_a_university_banning_an_app_is_the_source_of_the_ban(steps) -> None:
    e = sanction(events(steps, "多所澳大利亚大学随后也禁止学生下载Telegram。"))
    assert ban_sides(e) == {"澳大利亚大学": "source", "Telegram": "target"}, ban_sides(e)


# ---- a place something happens in ---------------------------------------------------------------
def test_a_place_where_a_protest_or_a_crash_happens_is_no_one_in_it(steps) -> None:
    evs = events(steps, "2022年5月，美国纽约出现示威集会。")
    assert evs and not any(e.actors for e in evs), [(e.type, names(e)) for e in evs]
    assert all(roles(e).get("地点") == ["美国纽约"] for e in evs)
    e = news(events(steps, "昨日，广东佛山一路口发生车祸。"), "灾害/意外-车祸")
    assert not e.actors and roles(e)["地点"] == ["广东佛山"], (names(e), roles(e))
    # (a few words may qualify what happens: the place is still where, and the place of it)
    e = news(events(steps, "2023年11月，澳门发生反赌场示威游行。"), "组织行为-游行")
    assert not e.actors and roles(e).get("地点") == ["澳门"], (names(e), roles(e))
    # what collapses is no place: the bridge stays the subject
    e = news(events(steps, "昨日，广东佛山一座大桥发生垮塌。"), "灾害/意外-坍/垮塌")
    assert roles(e)["坍塌主体"] == ["广东佛山一座大桥"]
    # people named before the place still march
    e = news(events(steps, "大批学生在智利圣地亚哥抗议游行。"), "组织行为-游行")
    assert roles(e)["游行组织"] == ["学生"]


# ---- an act's word is a verb, whatever the parts of speech say ----------------------------------
def test_the_one_stabbed_in_a_clause_before_is_no_attacker_after_it(steps) -> None:
    # 又持刀捅伤吴某后逃离，…将行人郑某撞伤: 捅伤 (a word the parts of speech do not know) takes
    # 吴某 as its object, so the subject of the next clause is the one who did both
    text = "当晚，歹徒冯某某驾车撞倒周某，又持刀捅伤吴某后逃离，在某路口将行人郑某撞伤。"
    evs = [e for e in events(steps, text) if e.news_type == "灾害/意外-袭击"]
    attackers = {a.text for e in evs for a in e.arguments if a.role == "袭击者"}
    assert attackers == {"冯某某"}, [(e.trigger, roles(e)) for e in evs]
    hit = {a.text for e in evs for a in e.arguments if a.role == "袭击对象"}
    assert {"周某", "吴某", "郑某"} <= hit, hit


# ---- a release told of the one released ---------------------------------------------------------
def test_one_said_to_be_released_with_no_object_is_the_one_released(steps) -> None:
    # 某车主…已经释放 (no 被): only an authority releases, so the person it opens with is let go
    text = "据家属透露，杭州车展维权男车主十日拘留到期后，已经释放。"
    e = one_concede(events(steps, text))
    assert {x.name: x.side for x in e.actors} == {"车主": "target"}, e.actors
    # (the police named as the subject still release him)
    e = one_concede(events(steps, "杭州警方已经释放了维权男车主。"))
    assert {x.name: x.side for x in e.actors} == {"杭州警方": "source", "车主": "target"}


def one_concede(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "CONCEDE"]
    assert len(found) == 1, [(e.type, e.trigger) for e in evs]
    return found[0]


# ---- a county or a city a legal act names as its party -------------------------------------------
def test_a_county_sued_is_the_defendant(steps) -> None:
    text = "陈女士联合另一名家属起诉了圣迭戈县，索赔500万美元。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["圣迭戈县"])
    # (where the police act is no one arrested)
    e = news(events(steps, "警方在圣迭戈县逮捕了陈某。"), "司法行为-拘捕")
    assert roles(e)["被拘捕者"] == ["陈某"], roles(e)


# ---- a body's officer named after a title the words before it qualify ----------------------------
def test_a_title_opened_by_a_noun_like_word_still_names_the_person(steps) -> None:
    # 对外 opens a place word here, no preposition: the officer is the one sued, not the firm
    text = "周一，退休教师马先生称已起诉小米对外事务总监胡一鸣。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["胡一鸣"])
    # (对 as a preposition breaks the phrase: the firm's decision about him is what is sued)
    text = "周一，退休教师马先生称已起诉小米对销售总监胡一鸣的处分。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["小米"])


# ---- the one granted bail by an authority after 获 -----------------------------------------------
def test_one_granted_bail_by_a_judge_after_huo_is_the_one_bailed(steps) -> None:
    # 某人…，后获某法院法官某某批准保释: the judge grants, the clause's subject is bailed
    text = "澳门商人程某某被控洗钱，一度被拒保释，其后获澳门中级法院法官许某某准予保释。"
    e = one_concede(events(steps, text))
    assert {x.name: x.side for x in e.actors} == {"许某某": "source", "程某某": "target"}
    # (the subject in the clause itself, its title before it)
    text = "澳门商人程某某上周获澳门中级法院准予保释。"
    e = one_concede(events(steps, text))
    assert {x.name: x.side for x in e.actors}.get("程某某") == "target", e.actors
    # (a court that grants with no 获: the one it names after the verb, as before)
    e = one_concede(events(steps, "澳门中级法院上周批准程某某保释。"))
    assert {x.name: x.side for x in e.actors} == {"澳门中级法院": "source", "程某某": "target"}


# ---- a refusal told from the refused one's side -------------------------------------------------
def test_the_one_not_granted_bail_is_refused_by_the_judge_named(steps) -> None:
    # 某人不准保释: the person only an authority refuses, told with no object, is the one refused;
    # the judge or court the sentence names refuses
    text = "裁判官宣布案件押后至下月再讯，商人方国栋不准保释，须继续还押。"
    (e,) = [e for e in events(steps, text) if e.type == "REJECT"]
    assert {x.name: x.side for x in e.actors} == {"裁判官": "source", "方国栋": "target"}
    text = "区域法院法官周三裁定，被告韦嘉明不准保释。"
    (e,) = [e for e in events(steps, text) if e.type == "REJECT"]
    assert {x.name: x.side for x in e.actors}.get("韦嘉明") == "target", e.actors
    # (the judge as the subject still refuses)
    text = "裁判官罗某拒绝批准韦某保释。"
    (e,) = [e for e in events(steps, text) if e.type == "REJECT"]
    assert {x.name: x.side for x in e.actors} == {"罗某": "source", "韦某": "target"}


def test_bail_not_obtained_is_the_courts_refusal_of_the_applicant(steps) -> None:
    # 不获保释, 未获保释, 保释申请被拒: a refusal of the applicant, not a negated release
    for told in ("不获保释", "未获保释", "保释申请被拒"):
        text = f"裁判官决定押后再讯，商人方国栋{told}。"
        evs = events(steps, text)
        assert not any(e.type == "CONCEDE" for e in evs), told
        (e,) = [e for e in evs if e.type == "REJECT"]
        assert {x.name: x.side for x in e.actors} == {"裁判官": "source", "方国栋": "target"}


# ---- a ruling that only tells the penalties after it -------------------------------------------
def test_a_panel_is_the_court_of_the_terms_it_pronounces(steps) -> None:
    text = (
        "杭州市民何某某诈骗一案昨日宣判。"
        "庭审持续六小时后，合议庭作出判决，认为证据确凿，一审判处何某某有期徒刑七年。"
    )
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-入狱"]
    assert len(evs) == 1 and roles(evs[0]).get("入狱者") == ["何某某"], evs
    assert "合议庭" in {x.name for x in evs[0].actors}


def test_a_ruling_naming_only_its_court_is_the_penalty_it_pronounces_after_it() -> None:
    from dashiji.events.model import Argument, EventActor
    from dashiji.events.news import _bare_rulings

    s = "合议庭当天宣读判决，认定罪名成立，判处某甲有期徒刑四年。"

    def ev(trigger: str, args: list[Argument], typ: str | None) -> Event:
        t0 = s.index(trigger)
        return Event(
            "d", typ, None, None, None, None, [EventActor("合议庭", role="JUD")],
            sentence=s, start=0, end=len(s), trigger=trigger, trigger_start=t0,
            trigger_end=t0 + len(trigger), news_type="司法行为-入狱", arguments=args,
        )  # fmt: skip

    ruling = ev("判决", [], None)
    term = ev("判处", [Argument("入狱者", "某甲"), Argument("刑期", "四年")], "COERCE")
    out = [ruling, term]
    assert _bare_rulings(out) and out == [term]
    # (a ruling that names the one it sentences stays: two acts, or one the merge makes)
    ruling = ev("判决", [Argument("入狱者", "某乙")], None)
    out = [ruling, term]
    assert not _bare_rulings(out) and out == [ruling, term]


# ---- one named inside a relative clause qualifies the person after it ---------------------------
def test_a_firm_inside_a_relative_clause_is_not_the_one_detained(steps) -> None:
    # 在华为专卖店门前…的男子孙某: the clause places the man; he is the one detained
    text = "警方昨晚通报，在华为专卖店门前持棍打砸的无业男子孙某，因寻衅滋事已被刑事拘留。"
    assert_role(steps, text, "司法行为-拘捕", "被拘捕者", ["孙某"])
    # (one opening the clause is its subject: the man he hurt is no topic)
    text = "孙某在华为门店打伤前来理论的男子刘某，随后被刑事拘留。"
    assert_role(steps, text, "司法行为-拘捕", "被拘捕者", ["孙某"])


# ---- a body named where a trigger word opens with its last word --------------------------------
def test_a_prosecutor_named_into_the_charge_word_is_the_plaintiff(steps) -> None:
    # 检察院起诉 is a trigger word; the named procuratorate that ends with 检察院 is who charges
    text = "2019年3月，钱某某因涉嫌受贿罪，被苏州市吴中区人民检察院起诉。"
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["苏州市吴中区人民检察院"], roles(e)
    assert roles(e).get("被告") == ["钱某某"], roles(e)
    # (one character of a name inside the word is no body's word: 美国会|见 stays a meeting)
    e = news(events(steps, "孙某某上月出访美国会见了几位议员。"), "交往-会见")
    assert e.trigger == "会见", e.trigger


# ---- the one who sued, told in the clause after the suit received ------------------------------
def test_a_suit_received_is_of_the_party_whose_claim_the_next_clause_tells(steps) -> None:
    text = (
        "上个月，周某某接到一纸诉状，小米公司认为周某某在视频中诋毁其产品，要求周某某赔偿30万元。"
    )
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["小米公司"], roles(e)
    assert roles(e).get("被告") == ["周某某"], roles(e)
    # (a court telling the receiver to answer is no plaintiff)
    e = news(events(steps, "上个月，周某某接到一纸诉状，法院要求他按时应诉。"), "司法行为-起诉")
    assert "原告" not in roles(e), roles(e)


# ---- a noun trigger joined to another noun phrase -----------------------------------------------
def test_one_named_in_the_noun_joined_to_a_wedding_is_no_party_of_it(steps) -> None:
    # 婚礼与儿子乐乐的百日宴: the son is the banquet's, the couple before the noun marry
    text = "上月十五日，歌手周某与陈某在老家举行了婚礼与儿子乐乐的百日宴。"
    e = news(events(steps, text), "人生-婚礼")
    assert sorted(x.name for x in e.actors) == ["周某", "陈某"], e.actors
    # (a verb joined to another verb keeps the one named after them)
    assert_role(steps, "警方昨日拘留和审讯了无业男子刘某。", "司法行为-拘捕", "被拘捕者", ["刘某"])


# ---- a place qualifying the people or the thing written with it ----------------------------------
def test_the_people_a_place_qualifies_are_the_party_not_the_place(steps) -> None:
    # 某地的居民 / 某地“维权”车主: the people, of the place's country, whichever coder reads it
    evs = events(steps, "上周，美国的消费者以抵制要挟丰田公司降价。")
    e = next(e for e in evs if e.type == "THREATEN")
    assert names(e)[0] == "美国的消费者" and "USA" in e.countries, names(e)
    evs = events(steps, "特斯拉上月同广东“冒烟”电动车车主和解。")
    e = next(e for e in evs if e.type == "AGREE")
    assert "广东“冒烟”电动车车主" in names(e) and "广东" not in names(e)
    # controls: a country that acts; people who qualify a thing in turn (某国用户数据)
    evs = events(steps, "上周，美国以制裁要挟日本。")
    e = next(e for e in evs if e.type == "THREATEN")
    assert names(e)[0] == "美国"
    evs = events(steps, "特斯拉承诺德国用户资料一律保存在德国境内。")
    e = next(e for e in evs if e.type == "AGREE")
    assert "德国用户" not in names(e), names(e)


def test_a_place_in_a_bracket_after_a_noun_is_no_party(steps) -> None:
    # 某车展（某地）: where the show is; the place does not accuse anyone
    evs = events(steps, "某电器博览会（成都）首日，几位消费者当众痛斥特斯拉售后服务差。")
    assert not any("成都" in names(e) for e in evs), [(e.type, names(e)) for e in evs]
    # control: a place with a bracket of its own after it is still the one who acts
    evs = events(steps, "某电器博览会首日，成都（中国西南城市）痛斥特斯拉售后服务差。")
    assert any("成都" in names(e) for e in evs if e.type == "ACCUSE")


def test_where_one_stays_gives_the_police_no_country(steps) -> None:
    # 身在某国的某人: where the one wanted stays, not whose police want him
    evs = events(steps, "香港警方昨日拘捕了三名商人。身在日本的前董事长陈某亦遭警方通缉。")
    assert not any(a.cameo == "JPNCOP" for e in evs for a in e.actors), [
        (e.trigger, [(a.name, a.cameo) for a in e.actors]) for e in evs
    ]
    # control: a place the sentence opens with is where the police act
    evs = events(steps, "香港警方昨日拘捕了三名商人。在日本，前董事长陈某亦遭警方通缉。")
    assert any(a.cameo == "JPNCOP" for e in evs for a in e.actors)


def test_the_court_of_a_passive_verdict_imposes_it(steps) -> None:
    # 被某法院判处…: the court is the source of the COERCE, not a bystander
    text = "出纳钱某挪用公款，日前被江州市临河区人民法院判处有期徒刑3年。"
    e = news(events(steps, text), "司法行为-入狱")
    sides = {a.name: a.side for a in e.actors}
    assert sides == {"钱某": "target", "江州市临河区人民法院": "source"}, sides
    # control: the active verdict, as before
    e = news(events(steps, "江州市临河区人民法院判处出纳钱某有期徒刑3年。"), "司法行为-入狱")
    assert {a.name: a.side for a in e.actors}["江州市临河区人民法院"] == "source"


def test_one_inside_the_object_of_an_earlier_verb_is_no_doer(steps) -> None:
    # 退还某人的押金…深表歉意: the people whose deposit was not paid back do not apologise
    e = news(events(steps, "滴滴：未能按时退还乘客的押金深表歉意。"), "交往-道歉")
    assert roles(e)["道歉者"] == ["滴滴"], roles(e)
    # control: the one the apology is made to, marked by 对, stays its object
    e = news(events(steps, "滴滴：对乘客深表歉意。"), "交往-道歉")
    assert roles(e)["道歉者"] == ["滴滴"] and roles(e)["道歉对象"] == ["乘客"], roles(e)


def test_a_public_body_right_after_the_trigger_holds_the_side(steps) -> None:
    # 以停诊要挟某机关撤回对某国游客的禁令: the body threatened, not the people inside what
    # it is asked to do (the diplomatic coder reads no generic body)
    evs = events(steps, "香港的医生以停诊要挟警务处撤回对泰国游客的禁令。")
    e = next(e for e in evs if e.type == "THREATEN")
    assert [(a.name, a.cameo) for a in e.actors if a.side == "target"] == [("警务处", "HKGCOP")]
    # control: a state threatened by name stays the target
    evs = events(steps, "朝鲜以核试验要挟美国撤军。")
    e = next(e for e in evs if e.type == "THREATEN")
    assert "USA" in {a.country for a in e.actors if a.side == "target"}


def test_an_adverb_between_two_names_makes_a_clause() -> None:
    # 敦促某法院暂缓某应用的禁令: the court is asked; it qualifies nothing after it (暂缓 is
    # tagged an adverb by the parts of speech)
    from dashiji.events.news import _modifies
    from dashiji.events.news_actors import Actor

    text = "商务部敦促巡回法院暂缓Zorbo禁令。"
    court = Actor(5, 9, "巡回法院", "ORG")
    app = Actor(11, 16, "Zorbo", "ORG")
    assert not _modifies(text, court, [app])
    # control: a company's own title before a person still qualifies the person
    text = "Zorbo创始人周明"
    assert _modifies(text, Actor(0, 5, "Zorbo", "ORG"), [Actor(8, 10, "周明", "PER")])


def test_a_foreign_place_qualifying_a_person_is_that_persons_country() -> None:
    # 某国女星某某: where she is from, not the country of the sentence's other people
    from dashiji.events.news import _nationalities, _sentence_country
    from dashiji.events.news_actors import Actor

    text = "歌手周海涛与日本演员山田美纪上月在成都完婚。"
    zhou = Actor(2, 5, "周海涛", "PER")
    japan = Actor(6, 8, "日本", "GPE", country="JPN")
    yamada = Actor(10, 14, "山田美纪", "PER")
    chengdu = Actor(17, 19, "成都", "GPE", country="CHN")
    actors = [zhou, japan, yamada, chengdu]
    told: dict[str, str] = {}
    described = _nationalities(text, actors, "CHN", told)
    assert described == [japan] and yamada.country == "JPN" and told == {"山田美纪": "JPN"}
    assert _sentence_country([x for x in actors if x not in described]) == "CHN"
    # a place of the article's own country still describes her, and stays a place of the
    # sentence
    yamada.country = None
    assert _nationalities(text, actors, "JPN", {}) == [] and yamada.country == "JPN"


def test_a_country_one_went_off_to_is_no_nationality(steps) -> None:
    # 卖掉房产跑到英国, 移居加拿大: where one moved, not whose national one is
    e = news(events(steps, "钱某卖掉房子去了加拿大。"), "财经/交易-出售/收购")
    assert [(a.name, a.country) for a in e.actors] == [("钱某", None)], e.actors
    # control: a country where one is arrested is still the sentence's
    e = news(events(steps, "钱某在加拿大被捕。"), "司法行为-拘捕")
    assert [a.country for a in e.actors] == ["CAN"], e.actors
    # (review rev51b) and one gone back to (回到) may well be one's own
    e = news(events(steps, "钱某卖掉房子回到了加拿大。"), "财经/交易-出售/收购")
    assert [(a.name, a.country) for a in e.actors] == [("钱某", "CAN")], e.actors


def countries(evs: list[Event], news_type: str) -> dict[str, str | None]:
    e = news(evs, news_type)
    return {a.name: a.country for a in e.actors}


def test_a_foreign_place_the_sentence_names_is_no_chinese_named_persons_country(steps) -> None:
    # 与某国领事会面, 某国节目播出某某的婚礼, 某国歌手的丈夫某某: whom one meets, what shows
    # it, whose husband - no nationality of a person named in full with no mark of their own
    opening = "日本歌手山田美纪在大阪出席活动。"
    evs = events(steps, opening, "上周，日本一档音乐节目播出了山田美纪和孟庆林婚礼的花絮。")
    assert countries(evs, "人生-婚礼") == {"山田美纪": "JPN", "孟庆林": None}
    evs = events(steps, opening, "有网友爆料，人气日本歌手山田美纪的丈夫孟庆林婚内出轨。")
    assert countries(evs, "人生-出轨") == {"孟庆林": None}
    evs = events(steps, "孟庆林在北京出席活动。", "上月，孟庆林与美国驻华领事等人会面。")
    assert e_country(evs, "孟庆林") is None
    # control: a nationality word of the person's own still gives theirs
    evs = events(steps, opening, "有网友爆料，日本歌手孟庆林婚内出轨。")
    assert countries(evs, "人生-出轨") == {"孟庆林": "JPN"}


def e_country(evs: list[Event], name: str) -> str | None:
    return next(a.country for e in evs for a in e.actors if a.name == name)


def test_a_chinese_surname_opens_a_chinese_name_whatever_its_given_name(steps) -> None:
    # 刘 + two characters transliterations are spelled with: still a Chinese name, of the
    # article's home rather than of the place of a wedding abroad
    body = [
        "刘泰华在北京出席活动。",
        "2017年10月，刘泰华和女友在迈阿密登记结婚。",
        "他随后返回北京。",
    ]
    assert countries(events(steps, *body), "人生-结婚")["刘泰华"] == "CHN"
    # control: a transliteration keeps the sentence's country
    body = [b.replace("刘泰华", "安德华") for b in body]
    assert countries(events(steps, *body), "人生-结婚")["安德华"] != "CHN"


def test_a_pronoun_a_court_acts_on_is_where_its_antecedent_was_placed(steps) -> None:
    # 法院驳回其请求, 将其告上法庭: 其 stands for the one named in full before it, of the
    # article's home
    body = [
        "郑州车主孟庆林与一家车企在郑州发生纠纷。",
        "孟庆林起诉星河汽车损害其名誉，法院当天判决驳回其诉求。",
    ]
    e = next(e for e in events(steps, *body) if e.trigger == "判决")
    assert {a.name: a.country for a in e.actors} == {"法院": "CHN", "孟庆林": "CHN"}
    body = [
        "据报道，车主孟庆林近日表示，星河汽车以损害名誉为由将其告上法庭，索赔30万元。",
        "郑州市一家法院已受理此案。",
    ]
    e = news(events(steps, *body), "司法行为-起诉")
    assert e.type == "ACCUSE" and {a.name: a.country for a in e.actors}["孟庆林"] == "CHN"
    # control: a pronoun standing for no one placed stays without a country
    body = ["据报道，车主孟庆林近日表示，星河汽车以损害名誉为由将其告上法庭，索赔30万元。"]
    e = news(events(steps, *body), "司法行为-起诉")
    assert {a.name: a.country for a in e.actors}["孟庆林"] is None


def test_a_hometown_says_where_a_person_is_from() -> None:
    from dashiji.events.news import _nationality_told
    from dashiji.events.news_actors import Actor

    text = "周立新回到了家乡新加坡。"
    assert _nationality_told(text, [Actor(8, 11, "新加坡", "GPE", country="SGP")], "SGP")
    text = "周立新回到了新加坡。"  # control: where one goes
    assert not _nationality_told(text, [Actor(6, 9, "新加坡", "GPE", country="SGP")], "SGP")


def test_the_one_marked_with_and_together_acts_with_the_subject(steps) -> None:
    # 甲与乙一同V: 乙 does it with 甲; not one 与 marks for another verb, nor one in an aside
    text = "渔民王某在台风中与儿子一起遇难。"
    assert_role(steps, text, "人生-死亡", "死者", ["王某", "儿子"])
    assert_role(steps, "张某在山中与女儿走散后遇难。", "人生-死亡", "死者", ["张某"])
    text = "上周，青木科技拿到了远山基金（由华信银行和东岳信托公司一同管理）领投的B轮融资。"
    assert_role(steps, text, "财经/交易-融资", "融资方", ["青木科技"])


def test_a_regulator_is_a_public_body_that_acts(steps) -> None:
    # 证监会, 税务局, 城管…: a body that opens a case or fines, not a bare name left unargued
    text = "一家做净水器的厂商因虚报营收被证监会立案调查。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["证监会"])
    text = "据悉，区城管已对占道经营的那家烧烤摊立案调查。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["区城管"])  # (its level: 市公安局)
    # control: a body the lists already knew stays the doer
    text = "一家做净水器的厂商因虚报营收被市场监管局立案调查。"
    assert_role(steps, text, "司法行为-立案", "立案机构", ["市场监管局"])


# ---- no participant: adverbs, counts of times, verbs, causes ----------------------------------
def test_an_adverb_or_a_count_of_times_is_no_participant(steps) -> None:
    text = "男星高某昨晚发声明。承认数次出轨，并向岳父母致歉。"
    assert not any("数次" in names(e) for e in events(steps, text))
    e = news(events(steps, "华力公司昨晚回应称，将依法提起诉讼。"), "司法行为-起诉")
    assert "被告" not in roles(e)
    assert_role(steps, "男星高某承认曾数次出轨。", "人生-出轨", "出轨方", ["高某"])


def test_a_verb_the_recogniser_read_as_a_person_is_no_name() -> None:
    lac = Span("entity", 0, 2, "PER", {"source": "lac"})
    assert _verb_read_as_name("违宪", lac)
    assert not _verb_read_as_name("王伟", lac)
    assert not _verb_read_as_name("笑笑", lac)  # (a doubled character: a nickname)
    assert not _verb_read_as_name("违宪", Span("entity", 0, 2, "PER", {"source": "rules"}))


def test_the_ones_named_in_a_cause_do_not_do_the_act(steps) -> None:
    text = "星河公司总裁李强因不满华光集团与蓝海银行联手压价而离职。"
    e = news(events(steps, text), "组织关系-辞/离职")
    assert roles(e)["离职者"] == ["李强"] and names(e) == ["李强"]
    text = "工程师赵刚因蓝海银行拖欠报酬而离职。"
    assert_role(steps, text, "组织关系-辞/离职", "离职者", ["赵刚"])
    # the act of both sides keeps the other one named in its cause
    text = "女演员因长期不满王某的冷漠态度而提出分手。"
    assert_role(steps, text, "人生-分手", "分手双方", ["王某"])


def test_the_ones_an_earlier_clause_addresses_are_no_subject(steps) -> None:
    # 向甲和乙致敬，感谢她们…: both are addressed, neither thanks
    text = "赛后，组委会向李娜和王芳致敬，感谢她们带来的精彩对决。"
    e = news(events(steps, text), "交往-感谢")
    assert sorted(roles(e)["被感谢人"]) == ["李娜", "王芳"]
    assert not {"李娜", "王芳"} & set(roles(e).get("致谢人", []))
    text = "刘洋和陈静赛后发文，感谢球迷的支持。"
    assert_role(steps, text, "交往-感谢", "致谢人", ["刘洋", "陈静"])


def test_the_scope_of_an_office_is_no_part_of_the_organisation(steps) -> None:
    text = "星河公司全球总裁李强昨日离职。"
    assert_role(steps, text, "组织关系-辞/离职", "原所属组织", ["星河公司"])
    # a region's unit is an organisation of its own
    text = "星河公司华南区总裁李强昨日离职。"
    assert_role(steps, text, "组织关系-辞/离职", "原所属组织", ["星河公司华南区"])


def test_one_named_inside_the_act_sued_over_is_no_defendant(steps) -> None:
    text = "陈女士起诉了散布李某隐私的三名网友。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["三名网友"])
    e = news(events(steps, "陈女士起诉泄露李某病历并非为了赔偿。"), "司法行为-起诉")
    assert "被告" not in roles(e) and "李某" not in names(e)
    assert_role(steps, "陈女士起诉了网友李某。", "司法行为-起诉", "被告", ["李某"])  # control


def test_one_confirmed_to_buy_is_the_buyer(steps) -> None:
    text = "星河集团此前被证实已收购一家芯片厂。"
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["星河集团"])


def test_the_investors_of_a_round_are_not_the_financed(steps) -> None:
    text = "远山科技完成3000万元B+轮融资，由北辰资本领投，南湖资本跟投。"
    r = roles(news(events(steps, text), "财经/交易-融资"))
    assert r["融资方"] == ["远山科技"] and r["融资轮次"] == ["B+轮"]
    assert r["领投方"] == ["北辰资本"] and r["跟投方"] == ["南湖资本"]
    evs = events(steps, "远山科技本月拿下一笔融资，北辰资本作为领投方出资。")
    assert all("领投方" not in roles(e) for e in evs)  # the role's own name is no act


@pytest.mark.parametrize(
    "text",
    [
        "远山科技完成3000万元B轮融资，由北辰资本及南湖资本联合投资。",
        "远山科技宣布完成新一轮融资，本轮由北辰资本和南湖资本共同投资。",
        "远山科技完成2亿元新一轮融资，由北辰资本及南湖资本联合战略投资。",
    ],
)
def test_investors_joined_in_a_round_lead_it(steps, text) -> None:
    # 本轮融资由甲及乙联合投资: a round told, the ones investing in it together lead it - the
    # company financed stays its only 融资方
    r = roles(news(events(steps, text), "财经/交易-融资"))
    assert r["融资方"] == ["远山科技"], r
    assert sorted(r["领投方"]) == ["北辰资本", "南湖资本"], r


@pytest.mark.parametrize(
    "text",
    [
        "北辰集团与南湖集团联合投资50亿元建设新工厂。",
        "该项目由市政府和北辰集团共同投资建设。",
        "北辰资本与南湖资本联合投资了一家芯片公司。",
        "双方将共同投资设立一支产业基金。",
        "北辰集团与南湖集团共同投资设立一家公司，经营融资租赁业务。",
        "两家公司共同投资建设的新园区将为企业搭建融资平台。",
        "本轮疫情期间，北辰集团与南湖集团共同投资建设了一座方舱医院。",
    ],
)
def test_investing_together_with_no_round_told_raises_nothing(steps, text) -> None:
    # controls: a plant, a project, a fund invested in together - no round of financing told
    evs = events(steps, text)
    assert all(e.news_type != "财经/交易-融资" for e in evs), kinds(evs)


def test_a_price_is_no_doer_of_its_change(steps) -> None:
    e = news(events(steps, "星河牌电饭煲Q5售价降至399元。"), "财经/交易-降价")
    assert roles(e).get("降价物") == ["星河牌电饭煲Q5"] and "降价方" not in roles(e)
    text = "北极星公司宣布手机X9降价500元。"  # control
    assert_role(steps, text, "财经/交易-降价", "降价方", ["北极星公司"])


@pytest.mark.parametrize("quoted", ["“刹车门”", "“刹车门\""])
def test_a_company_and_a_quoted_epithet_qualify_the_people_after_them(steps, quoted) -> None:
    text = f"小米{quoted}女车主本周二再次提起上诉。"
    assert_role(steps, text, "司法行为-起诉", "原告", ["女车主"])
    text = "小米本周二再次提起上诉。"  # control: the company alone appeals
    assert_role(steps, text, "司法行为-起诉", "原告", ["小米"])


# ---- who the court acts on, and who acts (issue 7, roles) ------------------------------------
def test_a_pair_word_after_the_names_adds_no_one(steps) -> None:
    # 裁定甲、乙两人罪成: 两人 repeats the two named, no third target, no members again
    lead = "张志强与刘海涛被控欺诈罪。"
    evs = events(steps, lead + "香港区域法院法官王建明裁定张志强、刘海涛两人欺诈罪成立，押后判刑。")
    e = next(e for e in evs if e.trigger == "裁定")
    assert names(e) == ["王建明", "张志强", "刘海涛"], names(e)
    evs = events(steps, lead + "香港区域法院法官王建明裁定两人欺诈罪成立。")
    e = next(e for e in evs if e.trigger == "裁定")
    assert {"张志强", "刘海涛"} <= set(names(e)), names(e)


def test_the_victim_a_case_is_named_after_is_not_ruled_on(steps) -> None:
    # 某女孩被拐卖案二审维持原判: neither she nor the case is a party; no court or accused named,
    # the ruling names no one (no_one_ruled: no event)
    evs = events(steps, "云南9岁女孩被拐卖案二审维持原判，家属不服准备申诉")
    assert not any("女孩" in n for e in evs for n in names(e)), [names(e) for e in evs]
    assert not [e for e in evs if e.type == "COERCE"], [names(e) for e in evs]


def test_the_one_reported_or_caught_a_case_is_named_after_is_ruled_on(steps) -> None:
    # 某人被人举报受贿一案, 某人被民警抓获一案: an agent between 被 and the charge or the
    # arrest - the accused, tried in it, no victim
    for text in (
        "北岭市中级人民法院对钱某被人举报受贿一案作出判决。",
        "北岭市中级人民法院对钱某被民警抓获一案作出判决。",
    ):
        e = one(events(steps, text), "COERCE")
        assert [a.name for a in e.actors if a.side == "target"] == ["钱某"], e.actors


def test_a_court_ruling_on_a_case_named_after_its_victim_is_its_source_alone(steps) -> None:
    # 某法院对某男童被拐卖一案作出判决: the court rules on the ones tried in the case, unnamed
    e = one(events(steps, "北岭市中级人民法院对一名男童被拐卖一案作出判决。"), "COERCE")
    assert [(a.name, a.side) for a in e.actors] == [("北岭市中级人民法院", "source")], e.actors
    text = "8月2日，“江北12岁男孩自述被殴打案”在北岭市中级人民法院二审宣判，维持一审原判。"
    e = one(events(steps, text), "COERCE")
    assert [(a.name, a.side) for a in e.actors] == [("北岭市中级人民法院", "source")], e.actors


def test_a_ruling_on_no_case_and_no_one_stays_doubtful(steps) -> None:
    # controls: 裁定证据无法证明…, 对该方案作出裁定: no one, no case ruled on
    for text in ("北岭市中级人民法院裁定证据无法证明其有罪。", "北岭市中院对该方案作出裁定。"):
        assert not [e for e in events(steps, text) if e.type == "COERCE"], text


def test_a_case_told_with_a_day_or_a_counter_is_ruled_on(steps) -> None:
    # 某男童被拐卖案今日…宣判 (a near day between), 这个案件在…宣判 (个案 no word of its own)
    for text in (
        "江北一名男童被拐卖案今日在北岭市中级人民法院二审宣判。",
        "这个案件在北岭市中级人民法院一审宣判。",
    ):
        e = one(events(steps, text), "COERCE")
        assert [(a.name, a.side) for a in e.actors] == [("北岭市中级人民法院", "source")], text


def test_a_case_opened_or_committed_is_no_case_ruled_on(steps) -> None:
    # 立案进行调查, 作案于…: the police's act, the crime's time - no case named; the court's
    # ruling after them names no one
    for text in (
        "警方立案进行调查后，北岭市中院已经判决。",
        "嫌疑人作案于去年5月，北岭市中级人民法院昨日作出判决。",
    ):
        evs = [e for e in events(steps, text) if e.type == "COERCE"]
        assert not [e for e in evs if not e.targets], [e.actors for e in evs]


def test_the_one_telling_of_a_ruling_is_not_ruled_on(steps) -> None:
    text = (
        "北极星地产业主李建华在微博上表示，杭州市中级人民法院判决北极星地产存在违约，"
        "驳回上诉维持原判。"
    )
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert "李建华" not in names(e) and "北极星地产" in names(e), names(e)


def test_the_doer_named_after_a_headless_relative(steps) -> None:
    # 对X宣布禁令的还有Y: Y bans, X is banned
    e = next(e for e in events(steps, "对中国应用宣布禁令的还有奥本大学。") if e.type == "SANCTION")
    assert [(a.name, a.side) for a in e.actors] == [("奥本大学", "source"), ("中国", "target")]
    e = next(e for e in events(steps, "奥本大学对中国应用宣布禁令。") if e.type == "SANCTION")
    assert [(a.name, a.side) for a in e.actors] == [("奥本大学", "source"), ("中国", "target")]


def test_a_body_of_no_country_that_bans_is_its_source(steps) -> None:
    # a university or a school board that bans is the source, of no country when none is told;
    # the one marked 对 before the ban is its target
    e = one(events(steps, "北岭大学日前对中国社交软件颁布禁令。"), "SANCTION")
    assert [(a.name, a.side, a.country) for a in e.actors] == [
        ("北岭大学", "source", None),
        ("中国", "target", "CHN"),
    ]
    e = one(events(steps, "一所州立大学宣布禁止学生在校园网络上使用微信。"), "SANCTION")
    assert ("微信", "target") in [(a.name, a.side) for a in e.actors]
    assert e.actors[0].side == "source" and "大学" in e.actors[0].name, e.actors
    e = one(events(steps, "海湾军校对中国应用宣布禁令。"), "SANCTION")  # a military academy too
    assert [(a.name, a.side) for a in e.actors] == [("海湾军校", "source"), ("中国", "target")]


def test_the_accused_do_not_sentence(steps) -> None:
    text = (
        "江苏南京一起抢劫案昨日宣判。院方认为，被告人持刀抢劫，情节严重，"
        "所以分别对三名嫌疑人判处10年、8年和5年的有期徒刑。"
    )
    e = news(events(steps, text), "司法行为-入狱")
    assert "被告人" not in names(e) and roles(e)["入狱者"] == ["嫌疑人"], names(e)


def test_the_court_whose_ruling_is_undone_is_not_the_one_ruling(steps) -> None:
    text = "香港特区终审法院5日裁定，取消早前高等法院对于陈志伟的保释决定，陈志伟继续还押候审。"
    ruling = text[: text.index("5日")]  # (the court opening the sentence, not 高等法院)
    assert on_side(remand(events(steps, text)), "source") == [ruling]
    text = "香港高等法院5日裁定，陈志伟继续还押候审。"
    assert on_side(remand(events(steps, text)), "source") == ["香港高等法院"]


def test_a_relative_clause_before_a_kin_word_qualifies_it(steps) -> None:
    # 他最疼爱的二女儿…离开人世: the daughter died, not the one who loved her
    text = "詹宁斯因直升机事故不幸离世。他最疼爱的二女儿在同一事故中离开人世，年仅13岁。"
    e = next(e for e in events(steps, text) if e.trigger == "离开人世")
    assert roles(e)["死者"] == ["二女儿"], roles(e)  # (二女儿: one kin word, by birth order)


# ---- round 12: who does the act a phrase around the trigger tells of -------------------------
def test_one_drawn_into_a_rumour_of_an_affair_is_the_one_cheating(steps) -> None:
    assert_role(steps, "近日，歌手孙浩宇被卷入婚外情传闻。", "人生-出轨", "出轨方", ["孙浩宇"])
    text = "演员高明轩被卷入出轨嫌疑，经纪公司尚未回应。"
    assert_role(steps, text, "人生-出轨", "出轨方", ["高明轩"])
    # control: a passive of the act itself still makes its subject the one it is done to
    e = news(events(steps, "网友称，模特林小雅被高明轩劈腿。"), "人生-出轨")
    assert "林小雅" not in roles(e).get("出轨方", []), roles(e)


def test_the_guest_of_a_birthday_party_is_not_whose_birthday_it_is(steps) -> None:
    text = "歌手周明辉称，他当晚只是去参加认识十多年的老同学的生日聚会。"
    e = news(events(steps, text), "人生-庆生")
    assert "周明辉" not in roles(e).get("生日方", []), roles(e)
    assert roles(e)["庆祝方"] == ["周明辉"]
    e = news(events(steps, "演员李小春出席了好友赵兰的生日宴。"), "人生-庆生")
    assert roles(e)["庆祝方"] == ["李小春"] and roles(e)["生日方"] == ["赵兰"]
    # control: one keeping a birthday is whose birthday it is
    assert_role(steps, "5月2日，歌手周明辉在上海过生日。", "人生-庆生", "生日方", ["周明辉"])


def test_a_headline_space_ends_the_passive_of_the_phrase_before_it(steps) -> None:
    text = "警方通报男子持刀伤人事件：男子已被抓获 系因债务纠纷行凶"
    [e] = [x for x in events(steps, text) if x.trigger == "行凶"]
    assert roles(e).get("袭击者") == ["男子"] and "袭击对象" not in roles(e), roles(e)


def test_the_one_a_relative_clause_of_an_act_without_object_qualifies_does_it(steps) -> None:
    # 在车展维权、后被警告的车主周女士: the 的 closing the relative clause stands past a second
    # verb phrase; an act that takes no object is done by the noun the clause qualifies
    from dashiji.events.news import _Clause, _packaged_lexicon, _relative_de

    text = "记者采访了在北京车展维权、后被处以行政警告的车主周女士。"
    [m] = [x for x in _packaged_lexicon().match(text) if x.text == "维权"]
    clause = _Clause(0, len(text) - 1)
    assert _relative_de(text, m, clause, [], alone=True) == text.index("的")
    assert _relative_de(text, m, clause, [], alone=False) is None  # (a subject named before)
    # (the relative clause on the interview's object is background: no event of its own -
    # tests/test_events_not_events.py, the relative clause on an object)
    assert not [x for x in events(steps, text) if x.trigger == "维权"]


def test_the_child_an_earlier_act_bore_is_not_who_marries(steps) -> None:
    # 在生了女儿之后: the daughter is the birth's, not the wedding's party
    e = news(events(steps, "王立和周倩在生下女儿后登记结婚。"), "人生-结婚")
    assert roles(e).get("结婚双方") == ["王立", "周倩"], roles(e)
    # a pair word opening the clause before, read for no one: the pair marries
    said = "陈浩为了和妻子多聊几句，专门去学了粤语。两个人在生了女儿之后，便举办了婚礼。"
    e = news(events(steps, said), "人生-婚礼")
    assert roles(e).get("结婚双方") == ["两个人"], roles(e)
    # control: the frame's own subject is still the one who acts after it
    said = "有消息称，在郑某13日获保释后，不惜低价出售房产。"
    e = news(events(steps, said), "财经/交易-出售/收购")
    assert roles(e).get("出售方") == ["郑某"], roles(e)


def test_a_pair_word_with_a_count_stands_for_the_two_named_before(steps) -> None:
    said = "歌手林凡与演员苏晴相恋六年，夫妻俩去年在海口举行了婚礼。"
    e = news(events(steps, said), "人生-婚礼")
    assert roles(e).get("结婚双方") == ["林凡", "苏晴"], roles(e)


def test_an_outlet_credited_with_the_story_is_no_actor(steps) -> None:
    # 宁波网 发布时间: the site that published the story, whichever coder read it
    said = "特斯拉要求维权女车主赔偿300万 宁波网 发布时间：2024-03-02 08:15 特斯拉方面将继续上诉。"
    for e in events(steps, said):
        assert "宁波网" not in [a.name for a in e.actors], e.actors
        assert "宁波网" not in [a.text for a in e.arguments], e.arguments
    # control: an outlet that sues, or one fined, is a party
    e = news(events(steps, "宁波网起诉一家公司侵权。"), "司法行为-起诉")
    assert roles(e).get("原告") == ["宁波网"], roles(e)
    e = news(events(steps, "市场监管局对东方商报罚款20万元。"), "司法行为-罚款")
    assert roles(e).get("罚款对象") == ["东方商报"], roles(e)


def test_the_victim_a_case_is_named_after_is_not_ruled_on_however_it_is_told(steps) -> None:
    # 某女孩自述被殴打案: she says it was done to her; 某人坠机…一案: the crash was his fate
    said = (
        "7月8日，备受关注的“贵州毕节13岁女孩自述被殴打案”在毕节市中级人民法院二审宣判，"
        "维持一审原判。"
    )
    for e in events(steps, said):
        assert "女孩" not in names(e), (e.trigger, names(e))
    e = next(e for e in events(steps, "美国一家联邦法院对詹宁斯坠机遗体照片外泄一案做出判决。"))
    assert "詹宁斯" not in names(e), names(e)
    # control: the ones charged (被落案控告, 被诉) are the case's accused, no victims
    said = "几人3月5日向警方报到，陈志伟、财务总监刘海涛2人被落案控告诈骗，案件6日在东区法院提堂。"
    e = news(events(steps, said), "司法行为-起诉")
    assert sorted(roles(e)["被告"]) == ["刘海涛", "陈志伟"], roles(e)


def test_a_place_opening_a_name_is_no_place_of_another_event(steps) -> None:
    # 曾效力于某市某某队, 在某市车展维权: the place is part of a team's or a gathering's name
    def opens_name(text: str, place: str) -> bool:
        k = text.index(place)
        return _in_name(text, Actor(k, k + len(place), place, "GPE", place=True))

    assert opens_name("曾效力于丹佛掘金队的前球星托马斯遇难。", "丹佛")
    assert opens_name("曾在广州车展维权的车主称其父亲发生车祸。", "广州")
    assert opens_name("毕业于南京大学的王某在车祸中身亡。", "南京")
    assert not opens_name("托马斯在丹佛一家医院去世。", "丹佛")
    assert not opens_name("王某在南京发生车祸。", "南京")
    # a gathering's own opening keeps the place of its name
    e = news(events(steps, "4月8日，广州车展正式开幕。"), "组织行为-开幕")
    assert roles(e)["地点"] == ["广州"], roles(e)


def test_a_place_of_an_earlier_clause_is_no_place_of_a_later_dated_event(steps) -> None:
    # 在某地参加活动的车主称，3月9日…发生碰撞: the crash has its own day, not that place
    text = "记者采访了在杭州参加展会的车主王女士，其称今年3月9日，她驾车时与一辆货车发生碰撞。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert "地点" not in roles(e), roles(e)


# ---- round 16: the role the construction gives ------------------------------------------------
def test_the_bereaved_before_a_loss_word_is_not_the_dead(steps) -> None:
    # 某人痛失某人: the one written before the word is left behind; the dead follow it
    e = news(events(steps, "噩耗传来，老渔民周德顺痛失了儿子和孙子。"), "人生-死亡")
    r = roles(e)
    assert sorted(r["死者"]) == ["儿子", "孙子"] and "周德顺" not in r["死者"], r
    e = news(events(steps, "歌手林晓雯上月痛失爱女。"), "人生-死亡")
    assert roles(e)["死者"] == ["爱女"], roles(e)
    e = news(events(steps, "县长吊唁了护林员韦国清。"), "人生-死亡")  # the mourner neither
    assert roles(e)["死者"] == ["韦国清"], roles(e)
    # control: the one written before a word of dying is the one who died
    e = news(events(steps, "老渔民周德顺昨天凌晨病逝。"), "人生-死亡")
    assert roles(e)["死者"] == ["周德顺"], roles(e)


def test_the_owner_of_what_opens_is_not_its_name(steps) -> None:
    # 某人的新店开业: the shop opens; its owner is no 活动名称
    e = news(events(steps, "周六上午，孙立强的烧烤店新店开业。"), "组织行为-开幕")
    assert roles(e)["活动名称"] == ["烧烤店新店"], roles(e)
    e = news(events(steps, "周六上午，孙立强的书画展开幕。"), "组织行为-开幕")
    assert roles(e)["活动名称"] == ["书画展"], roles(e)


def test_the_ones_a_round_is_made_by_invest_in_it(steps) -> None:
    # 本轮融资由某资本、某基金等参与: those after 由 are investors, not the ones financed
    text = "本轮融资由北极光集团、远航基金等机构参与，华泰联合担任独家财务顾问。"
    r = roles(news(events(steps, text), "财经/交易-融资"))
    assert "融资方" not in r and "北极光集团" in r["跟投方"], r
    # control: 由某公司完成 - the one after 由 raises the round
    text = "本次融资由青松科技完成，融资金额未披露。"
    assert_role(steps, text, "财经/交易-融资", "融资方", ["青松科技"])


def test_the_channel_a_programme_is_shown_on_shows_it(steps) -> None:
    # 《某节目》在某卫视播出: the channel after 在 is the 上映方; how long it runs is no programme
    text = "由何涛主持的《山川诗会》将于下周五在湖南卫视连续播出10天。"
    r = roles(news(events(steps, text), "产品行为-上映"))
    assert r["上映方"] == ["湖南卫视"] and r["上映影视"] == ["《山川诗会》"], r
    text = "电视剧《长河岁月》昨晚在东方卫视首播。"
    assert_role(steps, text, "产品行为-上映", "上映方", ["东方卫视"])
    text = "该节目将连续播出12天。"
    assert_role(steps, text, "产品行为-上映", "上映影视", None)
    # control: a city it is shown in is where, not who shows it
    text = "电影《长河岁月》下月在成都上映。"
    assert_role(steps, text, "产品行为-上映", "上映方", None)


def test_the_cast_or_the_director_of_a_film_do_not_show_it(steps) -> None:
    # 某演员主演的新片上映, 某导演执导的《某片》定档: a person before a release made or played in
    # the film; a channel or a distributor shows it, no person
    text = "演员王立新主演的新片下月上映。"
    assert_role(steps, text, "产品行为-上映", "上映方", None)
    text = "导演陈家明的新片《远山》定档国庆。"
    assert_role(steps, text, "产品行为-上映", "上映方", None)


def test_the_film_of_a_person_named_before_it_is_still_shown(steps) -> None:
    # the person before the release shows nothing, but still helps find the film: 某歌手的演唱会
    # 电影 is the film shown, and 导演某某宣布 is no film
    text = "歌手周某的演唱会电影今天在全国上映。"
    assert_role(steps, text, "产品行为-上映", "上映方", None)
    assert_role(steps, text, "产品行为-上映", "上映影视", ["演唱会电影"])
    text = "湖南卫视主持人何某主持的新节目下周播出。"
    assert_role(steps, text, "产品行为-上映", "上映影视", ["新节目"])
    assert_role(steps, "导演张某宣布新片将于国庆上映。", "产品行为-上映", "上映影视", None)


def test_the_channel_of_a_film_its_cast_named_shows_it(steps) -> None:
    # control: the channel after 在 still shows it
    text = "演员王立新主演的电视剧《远山》昨晚在东方卫视首播。"
    assert_role(steps, text, "产品行为-上映", "上映方", ["东方卫视"])


@pytest.mark.parametrize(
    "text, kind, role, who",
    [
        ("华夏队3比2战胜长城队夺得联赛冠军。", "竞赛行为-夺冠", "冠军", "华夏队"),
        ("王立新在决赛中击败刘建国夺得冠军。", "竞赛行为-夺冠", "冠军", "王立新"),
        ("华夏队战胜长城队夺冠。", "竞赛行为-夺冠", "冠军", "华夏队"),
        ("华夏队3比1击败长城队挺进决赛。", "竞赛行为-晋级", "晋级方", "华夏队"),
    ],
)
def test_the_one_beaten_takes_no_title(steps, text: str, kind: str, role: str, who: str) -> None:
    # 甲战胜乙夺冠, 甲击败乙晋级决赛: the one right after the verb of beating is beaten; the
    # title or the next round is the beater's
    assert_role(steps, text, kind, role, [who])


def test_a_beating_that_frames_a_time_leaves_the_title_to_its_subject(steps) -> None:
    # 战胜伤病后王某夺冠: 后 closes a time the beating frames - 王某 is the subject of the title,
    # not one beaten (the actor before the verb takes nothing)
    text = "教练李某说，战胜伤病后王某夺得了冠军。"
    assert_role(steps, text, "竞赛行为-夺冠", "冠军", ["王某"])


def test_a_winner_named_before_the_title_keeps_it(steps) -> None:
    # controls: no verb of beating before the doer (获胜的某人: the winner qualified by 的)
    assert_role(steps, "在决赛中获胜的王立新夺冠。", "竞赛行为-夺冠", "冠军", ["王立新"])
    assert_role(steps, "华夏队昨晚夺冠。", "竞赛行为-夺冠", "冠军", ["华夏队"])


def test_where_one_goes_is_no_subject_carried_to_a_later_clause(steps) -> None:
    # 到某局请愿，要求…: the body gone to is petitioned; it does not demand
    text = "数十名家长今天到香港教育局请愿，要求撤换校长陈志强。"
    for e in events(steps, text):
        if e.type == "REQUEST":
            assert all(a.name != "香港教育局" for a in e.actors if a.side == "source"), e.actors
    # control: 收到 is no going - the bureau that received the letter is the subject told
    e = one(events(steps, "香港教育局收到家长联名信，要求撤换校长陈志强。"), "REQUEST")
    assert [a.name for a in e.actors if a.side == "source"] == ["香港教育局"], e.actors


def test_the_company_a_product_is_told_to_belong_to_launches_it(steps) -> None:
    # 某应用是某公司旗下的平台，于…上线: the company launches; the app is what is launched
    text = "Kwai是快手科技旗下的短视频平台，于2017年上线。"
    r = roles(news(events(steps, text), "产品行为-发布"))
    assert r["发布方"] == ["快手科技"], r
    # control: the company told as the subject launches what follows
    text = "阿里巴巴于2003年5月推出淘宝。"
    assert_role(steps, text, "产品行为-发布", "发布方", ["阿里巴巴"])


@pytest.mark.parametrize(
    "text",
    [
        "华为一直在积极配合美国商务部对其收购项目进行的调查。",
        # a pronoun subject (我们) stands for the topic told before: it is investigated
        "华为创始人任正非表示，我们一直在积极配合美国商务部对我们的调查。",
    ],
)
def test_the_one_right_before_the_object_of_an_investigation_investigates(steps, text) -> None:
    # 配合某部对某公司进行的调查: the one right before 对 investigates, not the clause's subject
    e = one(events(steps, text), "ACCUSE")
    sides = {a.side: a.name for a in e.actors}
    assert sides.get("source") == "美国商务部" and sides.get("target") == "华为", e.actors


def test_a_pronoun_for_a_list_of_bodies_stands_for_each(steps) -> None:
    # 以甲和乙威胁隐私为由，对其下达禁令: 其 is both apps of the list, not the nearer one alone
    text = "2021年3月，巴西政府以抖音和微信威胁用户隐私为由，对其下达禁令。"
    e = next(e for e in events(steps, text) if e.type == "SANCTION")
    assert {a.name for a in e.actors if a.side == "target"} == {"抖音", "微信"}, names(e)
    # control: 其 for one body stays that body
    text = "2021年3月，巴西政府以微信威胁用户隐私为由，对其下达禁令。"
    e = next(e for e in events(steps, text) if e.type == "SANCTION")
    assert [a.name for a in e.actors if a.side == "target"] == ["微信"], names(e)


# ---- a decision on a request: the one who applied is refused; a petition's court is asked ----
def _sides(e: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.side, []).append(a.name)
    return out


def _rejects(evs: list[Event]) -> list[Event]:
    found = [e for e in evs if e.type == "REJECT"]
    assert found, [(e.type, e.news_type, e.trigger) for e in evs]
    return found


def test_the_one_who_applied_in_a_clause_before_is_the_one_refused(steps) -> None:
    # 某组织申请游行，但警方不批准: the applicant, told in the clause before, is the target
    text = "香港激进组织“青年阵线”上月申请在旺角举行游行，但警方发出反对通知书，不批准举行游行。"
    for e in _rejects(events(steps, text)):
        assert _sides(e).get("target") == ["青年阵线"], _sides(e)
    # the police asked a procuratorate to approve an arrest: the police is refused, not the
    # procuratorate it applied to (向某检察院提请)
    text = "天河区公安分局向天河区检察院提请批准逮捕，检察院决定不予批准逮捕。"
    for e in _rejects(events(steps, text)):
        assert _sides(e).get("target") == ["天河区公安分局"], _sides(e)
        assert "天河区检察院" in _sides(e)["source"], _sides(e)
    # no application told: no one added
    for e in _rejects(events(steps, "香港警方昨日发出反对通知书，不批准在旺角举行游行。")):
        assert "target" not in _sides(e), _sides(e)


def test_the_court_a_petition_is_brought_to_is_asked_not_asking(steps) -> None:
    text = "香港“东方新闻”报道称，有多个团体今日到高等法院请愿，要求严惩陈志明。"
    e = one_request(events(steps, text))
    assert "高等法院" not in _sides(e).get("source", []), _sides(e)
    # the court asking on its own is the source
    e = one_request(events(steps, "香港高等法院要求律政司于下周提交补充文件。"))
    assert "高等法院" in _sides(e).get("source", [""])[0], _sides(e)


def one_request(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "REQUEST"]
    assert len(found) == 1, [(e.type, e.trigger) for e in evs]
    return found[0]


def test_an_act_applied_for_to_a_court_is_done_by_the_court(steps) -> None:
    # 某公司向某法院申请冻结…，并且查封…: the court applied to freezes and seizes; the company
    # that applied is a party to it, not the one coercing
    text = "据周明透露，蔚来公司向上海法院申请冻结了周明名下20万元存款，并且查封了他的房产。"
    e = one_coerce(events(steps, text))
    assert _sides(e)["source"] == ["上海法院"], _sides(e)
    assert "蔚来公司" in _sides(e).get("party", []), _sides(e)
    # the court told as doing it itself: as it was
    text = "据周明透露，上海法院冻结了周明名下20万元存款，并且查封了他的房产。"
    e = one_coerce(events(steps, text))
    assert _sides(e)["source"] == ["上海法院"], _sides(e)


def one_coerce(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "COERCE"]
    assert len(found) == 1, [(e.type, e.trigger) for e in evs]
    return found[0]


def test_a_name_inside_the_object_of_the_act_asked_for_is_asked_nothing(steps) -> None:
    evs = [e for e in events(steps, "韩国国会要求提供封禁百度的证据。") if e.type == "REQUEST"]
    assert evs and all("百度" not in names(e) for e in evs)  # 百度 is in what is asked for
    # control: the one asked stands right after the request, before the act
    e = one(events(steps, "加拿大政府要求华为提供有关间谍案的全部资料。"), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["华为"]


@pytest.mark.parametrize(
    "text",
    [
        "加拿大政府要求暂停对抖音的禁令。",  # 对X的N: the ban is on 抖音, no one is named asked
        "加拿大政府要求暂停抖音禁令，并承诺解决供应问题。",  # X N: 抖音 qualifies the ban
    ],
)
def test_a_name_qualifying_the_noun_of_the_act_asked_for_is_asked_nothing(steps, text) -> None:
    e = one(events(steps, text), "REQUEST")
    assert "抖音" not in names(e)


def test_the_one_asked_right_after_the_request_stays_the_target(steps) -> None:
    # control: the court right after the request is asked, the app after it is what it is about
    e = one(events(steps, "加拿大政府要求高等法院暂停对抖音的禁令。"), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["高等法院"]
    # control: a name followed by its own predicate is the one asked (要求涉事公司整改)
    e = one(events(steps, "加拿大政府要求涉事公司立即整改。"), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"]
    # control: a state qualifying the act's noun does the act (撤销美国制裁): it is the one asked
    e = one(events(steps, "俄罗斯要求立即撤销美国制裁。"), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["美国"]


@pytest.mark.parametrize(
    "text",
    [
        "星河集团将成为蓝湾公司的物流伙伴，交易不会是全面出售。",
        "星河集团已是蓝湾公司的股东，该协议可能是部分出售。",
        "星河集团将是蓝湾公司的物流伙伴，预计这笔交易并非整体出售。",
    ],
)
def test_a_deal_subject_of_its_own_clause_takes_no_seller_from_before(steps, text) -> None:
    # the clause of the sale has its own subject (交易, 该协议): the company of the clause
    # before (the partner, the shareholder) is carried into no role of the sale
    for e in events(steps, text):
        if e.news_type == "财经/交易-出售/收购":
            assert "星河集团" not in roles(e).get("出售方", []), roles(e)


@pytest.mark.parametrize(
    ("text", "sellers"),
    [
        # 该交易完成后将出售…: the deal is the subject of 完成; the company still sells
        ("星河集团表示，该交易完成后将出售旗下酒店。", ["星河集团"]),
        # a clause with no subject of its own takes the seller told before
        ("星河集团宣布，将出售旗下酒店。", ["星河集团"]),
        # 交易双方 - the deal's noun qualifies the parties, who sell
        ("星河集团与蓝湾公司达成协议，交易双方将共同出售海川公司股份。", ["星河集团", "蓝湾公司"]),
        # 计划 opening the clause is the verb of planning (计划明年出售): no deal subject
        ("星河集团发布公告称，计划明年出售旗下酒店。", ["星河集团"]),
    ],
)
def test_a_deal_subject_of_another_verb_leaves_the_seller(steps, text, sellers) -> None:
    # controls
    assert_role(steps, text, "财经/交易-出售/收购", "出售方", sellers)


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        ("星河集团的冷链业务被出售给蓝湾公司。", ["星河集团"]),  # X的Y: X holds what is sold
        ("星河集团旗下两家酒店均被转让给蓝湾公司。", ["星河集团"]),  # X旗下Y
        ("星河集团已被出售给蓝湾公司。", None),  # the company itself is sold: no seller named
        ("星河集团的冷链业务去年被出售给了蓝湾公司。", ["星河集团"]),
        ("海川公司被星河集团以10亿元出售给蓝湾公司。", ["星河集团"]),  # 被X: X sells
    ],
)
def test_the_one_a_passive_sale_is_made_to_buys(steps, text, seller) -> None:
    # Y被出售给Z: the one after the trigger buys; the subject is sold, its holder sells
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["蓝湾公司"])
    assert_role(steps, text, "财经/交易-出售/收购", "出售方", seller)


def test_an_active_sale_to_someone_keeps_its_sides(steps) -> None:
    # control: X将Y出售给Z - X sells, Z buys
    text = "星河集团将冷链业务出售给蓝湾公司。"
    assert_role(steps, text, "财经/交易-出售/收购", "出售方", ["星河集团"])
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["蓝湾公司"])


def test_a_possessive_pronoun_for_one_named_is_no_second_party(steps) -> None:
    # 甲和她的同事们…报案: 她 is 甲 again, the owner of what follows - no second party or role
    for text, news_type, who in (
        ("王芳和她的同事们随即向派出所报案。", "司法行为-举报", "王芳"),
        ("张三和他的律师今日向法院提起上诉。", "司法行为-起诉", "张三"),
        ("李四和他的案子将于下月开庭。", "司法行为-开庭", "李四"),
    ):
        e = news(events(steps, text), news_type)
        assert "他" not in names(e) and "她" not in names(e) and who in names(e), (text, names(e))
        assert all(r.text not in ("他", "她") for r in e.arguments), (text, e.arguments)
    # controls: someone else named beside the pronoun's noun, a pronoun of its own, a pronoun
    # standing for one the sentence does not name
    r = roles(news(events(steps, "王芳和她的丈夫李明一起向警方报案。"), "司法行为-举报"))
    assert r["举报发起方"] == ["王芳", "李明"], r
    e = news(events(steps, "李明称，王芳和他已于去年离婚。"), "人生-离婚")
    assert names(e) == ["王芳", "李明"], names(e)
    e = news(events(steps, "王芳起诉了李明，要求他赔礼道歉。"), "司法行为-起诉")
    assert names(e) == ["王芳", "李明"], names(e)


def test_where_one_goes_after_leaving_is_not_the_body_left(steps) -> None:
    # 辞职攻读某学院MBA (news_cues moved_on_verbs): where one goes next, no 原所属组织
    for text in (
        "王五在摩根大通工作三年后辞职攻读斯坦福商学院MBA。",
        "王五上月辞职去了北京大学读研。",
    ):
        r = roles(news(events(steps, text), "组织关系-辞/离职"))
        assert r.get("离职者") == ["王五"] and "原所属组织" not in r, (text, r)
    # controls: the body left, after the trigger or marked before it
    for text, left in (
        ("王五辞去摩根大通的职务。", "摩根大通"),
        ("王五辞职离开摩根大通。", "摩根大通"),
        ("王五昨日离职腾讯。", "腾讯"),
        ("王五卸任腾讯总裁。", "腾讯"),
        ("王五从摩根大通辞职，到斯坦福大学深造。", "摩根大通"),
        # the going verb in a phrase qualifying the post left (a 的 after it): the body left
        ("王五辞去加入摩根大通以来担任的所有职务。", "摩根大通"),
        ("王五辞去2019年加入的摩根大通董事职务。", "摩根大通"),
        ("王五卸任刚进入三年的腾讯总裁。", "腾讯"),
        ("王五离任任职到期的腾讯董事。", "腾讯"),
        # 去 of another word (去年) is no going
        ("王五辞职去年底获腾讯批准。", "腾讯"),
    ):
        r = roles(news(events(steps, text), "组织关系-辞/离职"))
        assert r.get("原所属组织") == [left], (text, r)


def test_the_home_of_a_quoted_outlet_is_no_actor(steps) -> None:
    from dashiji.events.news_actors import outlet_home

    text = "澳门“晨光新闻”报道称，有几个社团昨天到澳门特区政府总部请愿，要求严惩周某。"
    evs = [e for e in events(steps, text) if e.type == "REQUEST"]
    assert evs and all("澳门" not in names(e) for e in evs)
    assert outlet_home("台湾《民众日报》称", 2) and outlet_home("英国“天空新闻”报道", 2)
    assert not outlet_home("某市公安局《警情通报》称", 5)  # a document the body issues


def test_the_one_sold_to_marked_by_xiang_buys_and_the_thing_follows(steps) -> None:
    # A向B出售C: B buys, C is the thing sold (not B)
    text = "远航集团本周向华润集团出售旗下酒店业务。"
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert r["出售方"] == ["远航集团"] and r["收购方"] == ["华润集团"], r
    assert r["交易物"] == ["旗下酒店业务"], r
    # control: no 向, the thing sold follows the verb and no one buys
    text = "远航集团本周出售旗下酒店业务。"
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert "收购方" not in r and r["交易物"] == ["旗下酒店业务"], r


def test_the_company_an_investment_is_made_in_raises_it(steps) -> None:
    # X领投了对Y的N投资: Y is the one financed
    text = "北辰资本去年领投了对远山科技的2000万元投资。"
    r = roles(news(events(steps, text), "财经/交易-融资"))
    assert r["领投方"] == ["北辰资本"] and r["融资方"] == ["远山科技"], r
    # control: no 对…的, no one financed is read
    text = "北辰资本去年领投了2000万元。"
    assert "融资方" not in roles(news(events(steps, text), "财经/交易-融资"))


def test_a_company_named_after_its_kind_is_the_one_bought(steps) -> None:
    # 收购了芯片设计公司Lumio: the name in apposition, not the generic kind
    text = "北辰集团上月宣布收购芯片设计公司Lumio，交易金额未披露。"
    assert_role(steps, text, "财经/交易-出售/收购", "交易物", ["Lumio"])
    text = "北辰集团上月宣布收购一家芯片设计公司，交易金额未披露。"  # control: no name
    r = roles(news(events(steps, text), "财经/交易-出售/收购"))
    assert "Lumio" not in r.get("交易物", []) and r.get("交易物"), r


def test_a_noun_opening_the_clause_of_a_deal_is_its_buyer_not_the_one_before(steps) -> None:
    # 某平台…，松鼠被证实已收购…: the clause's own subject (no recognised name) buys
    text = "星河集团上月推出了一款新手机，松鼠被证实已收购云芯科技。"
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["松鼠"])
    # control: a clause with no subject of its own keeps the one before
    text = "星河集团上月推出了一款新手机，近日又收购了云芯科技。"
    assert_role(steps, text, "财经/交易-出售/收购", "收购方", ["星河集团"])


def test_a_county_ruled_to_pay_is_the_target_not_the_one_paid(steps) -> None:
    # 裁定某县须向甲赔偿, 裁定某市对侵犯甲的权利负有责任: the place right after the ruling's
    # verb is the party ruled against; the one paid (or wronged) is not its target
    text = "联邦陪审团周三裁定休斯敦市须向护士艾米丽·卡特赔偿1500万美元。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert _target(e) == ["休斯敦市"], [(a.name, a.side) for a in e.actors]
    text = "陪审团昨天裁定圣地亚哥市对侵犯退伍军人马库斯的隐私权负有责任。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert _target(e) == ["圣地亚哥市"], [(a.name, a.side) for a in e.actors]
    # control: a company ruled to pay is the target as before
    text = "法院判决长沙一家物业公司向业主刘某支付赔偿金8万元。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert "刘某" not in _target(e), [(a.name, a.side) for a in e.actors]


def test_a_case_name_beside_the_party_ruled_against_is_no_actor(steps) -> None:
    # 对某某录像外流一案作出判决，裁定某市…负有责任: the party ruled against is named, so
    # the case's name (which stands in only when no one is) is no actor
    text = (
        "加州一地区陪审团周五对马库斯溺亡现场录像外流一案作出判决，"
        "裁定休斯敦市对侵犯马库斯的遗孀琳达的隐私权负有责任。"
    )
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert _target(e) == ["休斯敦市"], [(a.name, a.side) for a in e.actors]
    # with no party named, the ruling on the case stays, its source alone: a case is no party
    # (nor the victim it is named after)
    text = "加州一地区陪审团周五对马库斯溺亡现场录像外流一案作出判决。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert [(a.name, a.side) for a in e.actors] == [("加州一地区陪审团", "source")], e.actors


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "香港商人周某涉嫌欺诈一案今早在九龙城裁判法院提堂，"
            "控方要求两名被告暂不表态，案件押后至下月再讯。",
            "九龙城裁判法院",
        ),
        # no court named in the sentence: the court at large, of the party's country
        ("香港警方上月拘捕周某，控方今日要求两名被告暂不表态，案件押后至下月再讯。", "法院"),
    ],
)
def test_a_party_s_request_in_a_hearing_is_made_to_the_court(steps, text, court) -> None:
    # 控方要求被告暂不表态: the defendants are inside the act asked for; the court is asked
    e = one_request(events(steps, text))
    sides = _sides(e)
    assert sides.get("source") == ["控方"] and sides.get("target") == [court], sides
    assert all(a.cameo == "HKGJUD" for a in e.actors if a.side == "target"), e.actors
    # control: a body the party names of its own stays the one asked
    e = one_request(events(steps, "香港高等法院要求律政司于下周提交补充文件。"))
    assert _sides(e).get("target") == ["律政司"], _sides(e)


@pytest.mark.parametrize(
    "text",
    [
        "美国国务院发表声明，要求严惩杀害记者的凶手卡林。",
        "法国外交部要求依法严惩袭击使馆的男子杜邦。",
    ],
)
def test_the_one_to_be_punished_in_a_demand_is_asked_nothing(steps, text) -> None:
    # 要求严惩某人: the one punished is inside the act asked for, not the one asked
    e = one_request(events(steps, text))
    assert "target" not in _sides(e), _sides(e)
    assert _sides(e).get("source"), _sides(e)
    # control: the one asked stands right after the request
    e = one_request(events(steps, "英国外交部要求伊朗立即释放英国公民琼斯。"))
    assert _sides(e).get("target") == ["伊朗"], _sides(e)


def test_the_object_of_a_repeated_thanks_is_not_the_next_thanker(steps) -> None:
    # 感谢X感谢Y: X is the object of the first 感谢 (被感谢人), not the subject of the second
    evs = events(steps, "演员周立波在微博上写道：“今天就到这里，感谢律师感谢王小鹿感谢大家！”")
    thanks = [e for e in evs if e.news_type == "交往-感谢"]
    roles = {(x.role, x.text) for e in thanks for x in e.arguments}
    assert ("被感谢人", "王小鹿") in roles, roles
    assert ("致谢人", "王小鹿") not in roles, roles


def test_the_one_named_in_the_objects_own_toward_phrase_is_not_thanked(steps) -> None:
    # 感谢大家对某公司的关注: 大家 is thanked; the company inside 对…的 is what they cared about
    evs = events(steps, "蔚来公司发文称，感谢大家对蔚来的支持。")
    thanks = [e for e in evs if e.news_type == "交往-感谢"]
    roles = {(x.role, x.text) for e in thanks for x in e.arguments}
    assert thanks and ("被感谢人", "蔚来") not in roles, roles


def test_the_one_who_comments_on_a_threat_does_not_make_it(steps) -> None:
    # 某某表示，以恐吓…: a threat told as a noun in what is said is not the speaker's act
    for said in (
        "对此，市公安局局长赵东明表示，以恐吓要求放走被拘人员不会有任何作用。",
        "对此，市公安局局长赵东明表示，以恐吓逼警方释放被拘者注定失败。",
    ):
        for e in events(steps, said):
            sources = [a.name for a in e.actors if a.side == "source"]
            assert "赵东明" not in sources, (e.trigger, e.actors)


@pytest.mark.parametrize(
    ("text", "news_type", "role"),
    [
        ("歌手周小川发布视频说，演出已经顺利结束，感谢大家。", "交往-感谢", "被感谢人"),
        ("主持人林悦在节目最后感谢大家的陪伴。", "交往-感谢", "被感谢人"),
        ("演员孙晓峰在微博上向大家道歉。", "交往-道歉", "道歉对象"),
        ("演员孙晓峰当晚再次向各位道歉。", "交往-道歉", "道歉对象"),
        ("教练郑海对大家表示感谢。", "交往-感谢", "被感谢人"),
    ],
)
def test_everyone_addressed_is_the_one_thanked_or_apologised_to(steps, text, news_type, role):
    # 感谢大家, 向大家道歉: a word for everyone listening names who is thanked, no name needed
    e = news(events(steps, text), news_type)
    assert roles(e).get(role) in (["大家"], ["各位"]), roles(e)


def test_everyone_as_a_determiner_or_the_thanker_is_not_the_one_thanked(steps) -> None:
    # control: 各位 before a noun (各位嘉宾) is no addressee alone; 大家 before the verb thanks
    e = news(events(steps, "主办方代表方明感谢各位嘉宾的到来。"), "交往-感谢")
    assert "各位" not in roles(e).get("被感谢人", []), roles(e)
    e = news(events(steps, "大家感谢志愿者王丽。"), "交往-感谢")
    assert roles(e).get("被感谢人") == ["王丽"], roles(e)
    # control: a person named after the verb is thanked, as before
    assert_role(steps, "主持人林悦感谢观众王强。", "交往-感谢", "被感谢人", ["王强"])


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendant"),
    [
        ("歌手孙丽以名誉权被侵犯为由起诉网友赵强。", "孙丽", "赵强"),
        ("车主周凯以个人信息被泄露为由将北极星公司告上法庭。", "周凯", "北极星公司"),
    ],
)
def test_a_passive_inside_the_reason_given_does_not_turn_the_suit(
    steps, text, plaintiff, defendant
) -> None:
    # 以…被侵犯为由起诉某人: the 被 is the reason's own verb; the one suing stays the plaintiff
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == [plaintiff] and roles(e).get("被告") == [defendant], roles(e)


def test_a_passive_after_the_reason_given_is_still_the_triggers(steps) -> None:
    # control: 以…为由被某方起诉 - the passive stands after the reason, the subject is sued
    e = news(events(steps, "网友赵强以言论自由为由被歌手孙丽起诉。"), "司法行为-起诉")
    assert roles(e).get("被告") == ["赵强"], roles(e)
    e = news(events(steps, "车主周凯以涉嫌寻衅滋事为由被警方拘留。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["周凯"], roles(e)


def test_those_who_became_defendants_are_the_ones_sued(steps) -> None:
    # 甲和乙都成为了被告: to become a defendant is to be sued - each one listed is a 被告
    e = news(events(steps, "据报道，商人钱立和妻子吴芳都成为了被告。"), "司法行为-起诉")
    assert sorted(roles(e).get("被告", [])) == ["吴芳", "钱立"], roles(e)
    e = news(events(steps, "北极星公司因合同纠纷成为被告。"), "司法行为-起诉")
    assert roles(e).get("被告") == ["北极星公司"], roles(e)
    # control: a defendant named as such is no suit of its own
    assert not typed(events(steps, "被告钱立当天没有出庭。"), "司法行为-起诉")


def test_a_verb_of_beginning_after_a_time_is_no_part_of_the_time(steps) -> None:
    # 今天上午开始大规模拘捕: 开始 is the clause's verb; the time argument is the morning
    text = "当地警方今天上午开始大规模拘捕，钱立等三人落网。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert roles(e).get("时间") == ["今天上午"], roles(e)
    # control: a day alone stays whole
    e = news(events(steps, "警方5月3日上午抓获了嫌疑人钱立。"), "司法行为-拘捕")
    assert roles(e).get("时间") == ["5月3日上午"], roles(e)


def test_the_list_a_passive_befalls_is_arrested_whole(steps) -> None:
    # 甲与两个儿子被拘留: before a passive 与 joins the ones it befalls (no "with" there)
    e = news(events(steps, "钱立与两个儿子昨天被警方拘留。"), "司法行为-拘捕")
    assert {"钱立", "儿子"} <= set(roles(e).get("被拘捕者", [])), roles(e)
    # 共3人: the total of the list is kept beside the names
    e = news(events(steps, "钱立、孙浩共3人被警方拘留。"), "司法行为-拘捕")
    assert sorted(roles(e).get("被拘捕者", [])) == ["3人", "孙浩", "钱立"], roles(e)
    # control: an active arrest of one named keeps that one alone
    e = news(events(steps, "警方拘留了钱立。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["钱立"], roles(e)


def test_a_bodys_people_counted_are_the_ones_acted_on(steps) -> None:
    # 某公司多名高层: the company's people counted, not the company
    e = news(events(steps, "警方拘捕了北极星公司多名高层。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["北极星公司多名高层"], roles(e)
    e = news(events(steps, "北极星公司两名职员被警方刑事拘留。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["北极星公司两名职员"], roles(e)
    # control: a company alone is still the one that sues
    assert_role(steps, "北极星公司起诉了商人钱立。", "司法行为-起诉", "原告", ["北极星公司"])


def test_a_list_told_before_the_passive_clause_is_arrested_whole(steps) -> None:
    # 甲与两个儿子及某公司多名高层共8人，因涉嫌…被拘捕: the list (and its total) in the clause
    # before the passive is the one it befalls, every one of it
    text = "钱立与两个儿子及北极星公司多名高层共8人，因涉嫌合同诈骗上月被警方拘捕。"
    e = news(events(steps, text), "司法行为-拘捕")
    got = set(roles(e).get("被拘捕者", []))
    assert {"钱立", "儿子", "北极星公司多名高层", "8人"} <= got, roles(e)
    # control: one named before the passive clause alone is still arrested alone
    e = news(events(steps, "钱立，因涉嫌合同诈骗上月被警方拘捕。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["钱立"], roles(e)


def test_the_topic_named_again_heads_the_list_the_passive_befalls(steps) -> None:
    # a headline run into the body names the topic first; the list is the later mention's
    text = "钱立诈骗案再次延期 身陷官司的钱立与两个儿子共3人，因涉嫌合同诈骗上月被警方拘捕。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert {"钱立", "儿子", "3人"} <= set(roles(e).get("被拘捕者", [])), roles(e)


def test_a_latin_title_after_a_space_is_the_bodys_officer(steps) -> None:
    # 某公司 CEO出席听证会: the space before a title in Latin letters is no break - the
    # officer attends, not the company
    evs = events(steps, "北极星公司 CEO出席参议院听证会。")
    names = {a.name for e in evs for a in e.actors}
    assert "北极星公司 CEO" in names and "北极星公司" not in names, names
    # control: a space before a number is no title - the company itself attends
    evs = events(steps, "北极星公司 2023年派代表出席参议院听证会。")
    names = {a.name for e in evs for a in e.actors}
    assert "北极星公司" in names and not any(n.startswith("北极星公司 ") for n in names), names


def test_a_clause_opening_with_oneself_and_a_partner_names_both(steps) -> None:
    # 某人称，自己和乙都成为了被告: 自己 is the subject told before; 乙 is sued beside them
    text = "8月3日，钱立在微博称，自己和吴芳都成为了被告。"
    e = news(events(steps, text), "司法行为-起诉")
    assert sorted(roles(e).get("被告", [])) == ["吴芳", "钱立"], roles(e)
    # control: 自己 told alone is the one who tells it, as before
    assert_role(steps, "吴芳称，自己已经起诉了北极星公司。", "司法行为-起诉", "原告", ["吴芳"])


@pytest.mark.parametrize(
    ("text", "news_type", "role", "want"),
    [
        ("钱立称自己被吴芳殴打。", "灾害/意外-袭击", "袭击对象", ["钱立"]),
        ("钱立透露自己曾遭前夫殴打。", "灾害/意外-袭击", "袭击对象", ["钱立"]),
        ("钱立表示自己被吴芳起诉了。", "司法行为-起诉", "被告", ["钱立"]),
        ("钱立在微博上称自己被北极星公司解雇。", "组织关系-解雇", "被解雇人员", ["钱立"]),
        # adverbs, a time word, a count between: still the teller
        ("钱立称自己曾多次被吴芳殴打。", "灾害/意外-袭击", "袭击对象", ["钱立"]),
        ("钱立称本人昨天被吴芳起诉。", "司法行为-起诉", "被告", ["钱立"]),
        # a teller who is no party: no 自己, the one before the passive is the one sued
        ("律师钱立称吴芳被周凯起诉。", "司法行为-起诉", "被告", ["吴芳"]),
        ("律师钱立说，吴芳起诉了周凯。", "司法行为-起诉", "被告", ["周凯"]),
        # 自己的儿子: a relative of the teller is the one hit, not the teller
        ("钱立称自己的儿子被吴芳殴打。", "灾害/意外-袭击", "袭击对象", ["儿子"]),
        # the teller's own act, told with 自己 and no passive: the teller does it
        ("钱立称自己殴打了吴芳。", "灾害/意外-袭击", "袭击对象", ["吴芳"]),
        # a comma after the telling verb: read as before
        ("钱立称，自己被吴芳殴打。", "灾害/意外-袭击", "袭击对象", ["钱立"]),
        # a passive with no 自己: the one named before it
        ("钱立称周凯被吴芳殴打。", "灾害/意外-袭击", "袭击对象", ["周凯"]),
        # a noun or a verb after 自己: another one is done to (自己人, 自己团队, 自己看见人)
        ("钱立称自己人被吴芳殴打。", "灾害/意外-袭击", "袭击对象", None),
        ("钱立称自己团队被北极星公司解雇。", "组织关系-解雇", "被解雇人员", None),
        ("钱立称自己看见人被吴芳殴打。", "灾害/意外-袭击", "袭击对象", None),
        # 我 told without a colon or a quotation mark, 我市: whose 我 it is is not written
        ("钱立称我被吴芳殴打。", "灾害/意外-袭击", "袭击对象", None),
        ("钱立称我市被吴芳起诉。", "司法行为-起诉", "被告", None),
    ],
)
def test_oneself_told_right_after_the_telling_verb_is_the_one_done_to(
    steps, text: str, news_type: str, role: str, want: list[str] | None
) -> None:
    # 甲称自己被乙殴打: the words told open with 自己 (no comma after the telling verb) and a
    # passive - the teller is the one it befalls, though no name stands before the passive
    assert_role(steps, text, news_type, role, want)


@pytest.mark.parametrize(
    ("text", "news_type", "role", "want"),
    [
        ("刘志强说：“吴芳起诉了我。”", "司法行为-起诉", "被告", ["刘志强"]),
        ("刘志强：吴芳去年起诉了我。", "司法行为-起诉", "被告", ["刘志强"]),
        ("刘志强：“周凯殴打了我。”", "灾害/意外-袭击", "袭击对象", ["刘志强"]),
        ("刘志强说：“吴芳昨天殴打了我。”", "灾害/意外-袭击", "袭击对象", ["刘志强"]),
        # the one told to (向乙, 跟妻子) is no speaker: the teller is
        ("刘志强向吴芳表示：“周凯起诉了我。”", "司法行为-起诉", "被告", ["刘志强"]),
        ("刘志强跟妻子说：“周凯起诉了我。”", "司法行为-起诉", "被告", ["刘志强"]),
        # a speaker who is no party: the one sued is named
        ("律师刘志强说：“吴芳起诉了周凯。”", "司法行为-起诉", "被告", ["周凯"]),
        # 我 the subject: the speaker sues, as before
        ("刘志强说：“我起诉了吴芳。”", "司法行为-起诉", "原告", ["刘志强"]),
        # 我们公司: a body of the speaker's, no 我 of the speaker's own
        ("刘志强说：“吴芳起诉了我们公司。”", "司法行为-起诉", "被告", ["公司"]),
        # no speaker: the writer's 我 stands for no one named
        ("吴芳起诉了我。", "司法行为-起诉", "被告", None),
        # no colon nor quotation mark: whose words they are is not written
        ("刘志强称，吴芳殴打了我。", "灾害/意外-袭击", "袭击对象", None),
        # the quotation closed before 我: the words after it are no longer the speaker's
        ("刘志强说：“我不知道”，周凯随后起诉了我。", "司法行为-起诉", "被告", None),
        ('刘志强说："我不知道"，周凯随后起诉了我。', "司法行为-起诉", "被告", None),
    ],
)
def test_i_in_the_words_a_speaker_says_openly_is_that_speaker(
    steps, text: str, news_type: str, role: str, want: list[str] | None
) -> None:
    # 甲说：“乙起诉了我”, 甲：乙起诉了我 (an interview's label): 我, the object, is the speaker
    assert_role(steps, text, news_type, role, want)


@pytest.mark.parametrize(
    ("text", "news_type", "role", "want"),
    [
        # the speaker named in the next sentence, right after the quotation closes its own
        (
            "“我们已向警方报案，希望尽快查明真相。”华力公司副总经理刘志强介绍说，警方已展开调查。",
            "司法行为-举报", "举报发起方", ["刘志强"],
        ),
        ("“我们已于昨日向法院起诉吴芳。”华力公司在声明中表示。", "司法行为-起诉", "原告",
         ["华力公司"]),
        # the speaker after the quotation in its own sentence
        ("“我们已经向警方报案了，”刘志强说。", "司法行为-举报", "举报发起方", ["刘志强"]),
        # a body's words; the one told to (对乙说) is no speaker
        ("“网上的说法毫无根据，我们已向警方报案。”华力公司回应称。", "司法行为-举报", "举报发起方",
         ["华力公司"]),
        ("“我们已向警方报案。”吴芳对刘志强说。", "司法行为-举报", "举报发起方", ["吴芳"]),
        # a later sentence of words a telling verb and a colon opened before it
        ("华力公司经理刘志强回应称：“网上的说法不实。我们已向警方报案。”", "司法行为-举报",
         "举报发起方", ["刘志强"]),
        ("吴芳对刘志强说：“此事已有定论。我们已向警方报案。”", "司法行为-举报", "举报发起方",
         ["吴芳"]),
        ("“我们已向警方报案，”刘志强对一名网友说。", "司法行为-举报", "举报发起方", ["刘志强"]),
        # the teller of the clause the mark ends, not one named in a clause before it
        ("刘志强介绍，吴芳称：“此事已有定论。我们已向警方报案。”", "司法行为-举报", "举报发起方",
         ["吴芳"]),
        # controls (held on both trees)
        # a reporter's words, or an unnamed netizen's: no one to name
        ("“我们已向警方报案。”本报记者说。", "司法行为-举报", "举报发起方", None),
        ("“我们已向警方报案。”一名网友说。", "司法行为-举报", "举报发起方", None),
        # 我们的: whose, no subject
        ("“警方已经拘留了我们的同事。”刘志强说。", "司法行为-拘捕", "被拘捕者", None),
        # after the quotation closed: the words are no longer the speaker's
        ("“此事已有定论，”刘志强说，我们已向警方报案。", "司法行为-举报", "举报发起方", None),
        # a new paragraph names no speaker of the words before it
        ("“我们已向警方报案。”\n刘志强说，公司将配合调查。", "司法行为-举报", "举报发起方", None),
        # words no one is told to say (a statement's sentence, then a quotation), an unnamed
        # netizen's, or the writer's after the quotation closed
        ("华力公司昨日发表声明。“我们已就此事向警方报案。”", "司法行为-举报", "举报发起方", None),
        ("有网友留言：“此事已有定论。我们已向警方报案。”", "司法行为-举报", "举报发起方", None),
        ("刘志强称：“此事已有定论。”我们已向警方报案。", "司法行为-举报", "举报发起方", None),
        # an unnamed speaker nearest the verb: not one named before it
        ("“我们已向警方报案，”刘志强介绍的一名网友说。", "司法行为-举报", "举报发起方", None),
        # an unnamed teller in the clause of the mark: not one named in a clause before it
        ("刘志强介绍，有网友留言称：“此事已有定论。我们已向警方报案。”", "司法行为-举报",
         "举报发起方", None),
        ("刘志强起诉华力公司后，一名市民称：“此事已有定论。我们已向警方报案。”", "司法行为-举报",
         "举报发起方", None),
    ],
)  # fmt: skip
def test_we_opening_the_words_of_a_named_speaker_is_that_speaker(
    steps, text: str, news_type: str, role: str, want: list[str] | None
) -> None:
    # “我们已向警方报案。”甲介绍说, 甲称：“…。我们…”: the quotation's 我们, its clause's subject, is
    # its speaker
    assert_role(steps, text, news_type, role, want)


def test_a_name_read_with_the_verb_of_saying_is_no_speaker(steps) -> None:
    # “…，”吴芳说。: a name read over the verb after it (吴芳说) names no one who spoke - no
    # speaker rather than a wrong name, in the sentence or in the next one, nor the one named
    # before it (刘志强的妻子吴芳说: not 刘志强)
    for text in (
        "“我们已向警方报案，”吴芳说。",
        "“我们已向警方报案。”吴芳说，警方已经立案。",
        "“我们已向警方报案，”刘志强的妻子吴芳说。",
    ):
        e = news(events(steps, text), "司法行为-举报")
        assert not any(x.name.endswith("说") for x in e.actors), (text, roles(e))
        doers = roles(e).get("举报发起方", [])
        assert all(not t.endswith("说") and t != "刘志强" for t in doers), (text, doers)


def test_one_introduced_by_a_count_and_a_surname_heads_the_relative_clause(steps) -> None:
    # 起诉某公司获赔的一位姓王的车主，后来也被某公司起诉: the man the clause qualifies (一位
    # 姓王的 introduces him) is the one the later passive befalls, not the company inside it
    for text in (
        "起诉北极星公司获得双倍赔偿的一位姓王的车主，后来也被北极星公司起诉。",
        # (a clause before naming the company too: the relative clause's verb opens the next)
        "此前一位买了北极星公司汽车，起诉北极星公司获得双倍退款的一名姓孙的车主，后来也被北极星公司起诉。",
    ):
        evs = typed(events(steps, text), "司法行为-起诉")
        sued = [roles(e).get("被告") for e in evs if roles(e).get("原告") == ["北极星公司"]]
        assert ["姓王的车主"] in sued or ["姓孙的车主"] in sued, [roles(e) for e in evs]
        assert all(roles(e).get("被告") != roles(e).get("原告") for e in evs), text
    # the relative clause's own suit is the head's: 车主 sued the company, no one told elsewhere
    text = (
        "北极星公司起诉了女车主钱某。此前一位买了北极星公司汽车，"
        "起诉北极星公司获得双倍退款的一名姓孙的车主，后来也被北极星公司起诉。"
    )
    evs = typed(events(steps, text), "司法行为-起诉")
    assert any(roles(e).get("原告") == ["姓孙的车主"] for e in evs), [roles(e) for e in evs]
    assert not any(roles(e).get("原告") == ["钱某"] for e in evs), [roles(e) for e in evs]


def test_a_name_given_a_role_is_among_the_actors(steps) -> None:
    # 拘捕了包括甲、乙在内的9人: 甲, a 被拘捕者 though its code is its country's alone, is a
    # target beside 乙 whom the knowledge base knows - actors and arguments agree
    text = "上月，香港警方曾拘捕了包括王大伟、工党前主席李柱铭在内的9人。"
    e = news(events(steps, text), "司法行为-拘捕")
    targets = {a.name for a in e.actors if a.side == "target"}
    assert {"王大伟", "李柱铭"} <= targets, e.actors
    # control: the police, no one arrested, stay the source alone
    assert {a.name for a in e.actors if a.side == "source"} == {"香港警方"}, e.actors


def test_a_name_given_a_role_is_not_added_twice(steps) -> None:
    # an actor that stands for the name already - its own words (华为 of 华为公司) or a title
    # right before it (中国留学生 of 中国留学生王大伟) - is not joined by the name again
    e = news(events(steps, "美国司法部起诉了华为公司和孟晚舟。"), "司法行为-起诉")
    spans = [(a.start, a.end) for a in e.actors if a.side == "target"]
    assert len(spans) == len(set(spans)), e.actors
    e = news(events(steps, "英国警方拘捕了中国留学生王大伟和李明。"), "司法行为-拘捕")
    targets = [a for a in e.actors if a.side == "target"]
    assert len(targets) == 2 and "李明" in {a.name for a in targets}, e.actors


@pytest.mark.parametrize(
    "text",
    [
        "钱立以前被北极星公司以名誉受损为由起诉。",
        "钱立所以被北极星公司以侵权为由起诉。",
    ],
)
def test_a_passive_before_the_reason_given_is_the_triggers_despite_another_yi(steps, text):
    # the 以 of 以前 or 所以 opens no reason: the 被 before 以…为由 is still the suit's passive
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("被告") == ["钱立"] and roles(e).get("原告") == ["北极星公司"], roles(e)


def test_a_lists_total_is_read_with_the_words_of_a_sum(steps) -> None:
    # the total closing a list before a passive is read with the words of any sum (合计, 共计…)
    e = news(events(steps, "钱立、孙浩合计3人被警方拘留。"), "司法行为-拘捕")
    assert sorted(roles(e).get("被拘捕者", [])) == ["3人", "孙浩", "钱立"], roles(e)
    # control: a sum of times is no one arrested
    e = news(events(steps, "钱立、孙浩共3次被警方拘留。"), "司法行为-拘捕")
    assert sorted(roles(e).get("被拘捕者", [])) == ["孙浩", "钱立"], roles(e)


def test_a_longer_word_holding_everyone_is_no_addressee(steps) -> None:
    # 大家庭, 大家族: a word the segmentation reads whole is no 大家 addressed
    for text in ("演员孙晓峰说，他要感谢大家庭的支持。", "演员孙晓峰感谢大家族的关照。"):
        e = news(events(steps, text), "交往-感谢")
        assert "大家" not in roles(e).get("被感谢人", []), roles(e)
    # 大家伙儿 is one word of everyone, read whole
    assert_role(steps, "演员孙晓峰在微博上向大家伙儿道歉。", "交往-道歉", "道歉对象", ["大家伙儿"])


def test_a_bodys_people_counted_fill_no_role_only_the_body_fills(steps) -> None:
    # 某公司多名高层解雇了员工: 解雇方 is an organisation's role - the company dismisses
    e = news(events(steps, "北极星公司多名高层解雇了员工钱立。"), "组织关系-解雇")
    assert roles(e).get("解雇方") == ["北极星公司"], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        "起诉北极星公司获赔的一名车主，后来又被北极星公司起诉。",
        "记者了解到，起诉北极星公司获赔的一名车主，后来又被北极星公司起诉。",
    ],
)
def test_a_relative_clause_whose_verb_the_tagger_splits_still_qualifies_its_head(steps, text):
    # 获赔 is read as 获|赔, two one-character verbs: still the relative clause's verb - the
    # owner sued the company and is sued by it, and no suit has the company on both sides
    evs = typed(events(steps, text), "司法行为-起诉")
    assert any(roles(e).get("原告") == ["车主"] for e in evs), [roles(e) for e in evs]
    assert any(roles(e).get("被告") == ["车主"] for e in evs), [roles(e) for e in evs]
    assert all(roles(e).get("被告") != roles(e).get("原告") for e in evs), [roles(e) for e in evs]


def test_the_one_set_beside_with_besides_shares_the_role(steps) -> None:
    # 除了甲外，乙、丙也被捕: 甲 is arrested too (也 joins them); so for one who resigns
    r = roles(news(events(steps, "除了陈某外，刘某、孙某也被警方拘留。"), "司法行为-拘捕"))
    assert sorted(r.get("被拘捕者", [])) == ["刘某", "孙某", "陈某"], r
    r = roles(news(events(steps, "除陈某之外，刘某也宣布辞职。"), "组织关系-辞/离职"))
    assert sorted(r.get("离职者", [])) == ["刘某", "陈某"], r


def test_the_ones_set_apart_or_a_thing_beside_share_no_role(steps) -> None:
    # controls: 其他人都 sets 甲 apart; a fine set beside an arrest is no one
    r = roles(news(events(steps, "除了罚款外，刘某还被警方拘留。"), "司法行为-拘捕"))
    assert r.get("被拘捕者") == ["刘某"], r
    r = roles(news(events(steps, "刘某、孙某被警方拘留。"), "司法行为-拘捕"))
    assert sorted(r.get("被拘捕者", [])) == ["刘某", "孙某"], r


def test_a_noun_of_the_ones_acted_on_before_the_list_names_them(steps) -> None:
    # 拘捕了5人，被捕者包括甲、乙: the noun of the arrested opens the list of them
    r = roles(news(events(steps, "警方拘捕了5人，被捕者包括陈某、刘某、孙某。"), "司法行为-拘捕"))
    assert {"陈某", "刘某", "孙某"} <= set(r.get("被拘捕者", [])) and "5人" in r["被拘捕者"], r
    # control: a list after a clause of something else names no one arrested
    r = roles(news(events(steps, "警方拘捕了5人，涉案物品包括刀具、手机。"), "司法行为-拘捕"))
    assert r.get("被拘捕者") == ["5人"], r


def test_a_suit_naming_only_its_plaintiff_is_against_the_other_side_told_before(steps) -> None:
    # 甲诉乙一案，甲提起诉讼: the suit the sentence names first is against 乙; the one sued
    # who appeals (乙不服，提起上诉) appeals against 甲 - 不服 is why, no act undone
    r = roles(news(events(steps, "王某诉赵某合同纠纷一案，王某提起诉讼。"), "司法行为-起诉"))
    assert r.get("原告") == ["王某"] and r.get("被告") == ["赵某"], r
    text = "王某诉赵某合同纠纷一案，一审判决后，赵某不服，提起上诉。"
    r = roles(news(events(steps, text), "司法行为-起诉"))
    assert r.get("原告") == ["赵某"] and r.get("被告") == ["王某"], r


def test_a_later_suit_of_someone_else_takes_no_side_told_before(steps) -> None:
    # control: 丙 is no side of the suit told first - no defendant lent to her
    evs = events(steps, "张某起诉李某侵犯名誉权，孙某也提起诉讼。")
    later = [e for e in evs if e.news_type == "司法行为-起诉" and roles(e).get("原告") == ["孙某"]]
    assert later and "被告" not in roles(later[0]), [roles(e) for e in evs]


def test_an_appeal_after_the_verdict_is_no_order(steps) -> None:
    # 判决后: a time after the verdict, not a verdict ordering what follows
    r = roles(news(events(steps, "一审判决后张某向市中级法院提起上诉。"), "司法行为-起诉"))
    assert r.get("原告") == ["张某"], r
    # control: a verdict ordering an apology - ordered, not done
    evs = events(steps, "法院判决张某向李某赔礼道歉。")
    assert not [e for e in evs if e.news_type == "交往-道歉"], kinds(evs)


def test_a_title_between_a_list_joiner_and_a_name_titles_that_one(steps) -> None:
    # 甲与(其)助手乙被拘留, 拘留了甲与秘书乙: before a passive, or as the trigger's object, 与
    # lists; nouns alone between it and a name title the one after, a title word or not
    r = roles(news(events(steps, "钱某与其助手孙某被警方拘留。"), "司法行为-拘捕"))
    assert sorted(r.get("被拘捕者", [])) == ["孙某", "钱某"], r
    r = roles(news(events(steps, "警方拘留了钱某与秘书孙某。"), "司法行为-拘捕"))
    assert sorted(r.get("被拘捕者", [])) == ["孙某", "钱某"], r


def test_a_name_in_a_clause_of_its_own_is_not_listed(steps) -> None:
    # control: the secretary is met in a clause of her own, not arrested with him
    r = roles(news(events(steps, "警方拘留了钱某，并约谈其秘书孙某。"), "司法行为-拘捕"))
    assert r.get("被拘捕者") == ["钱某"], r


def test_a_joiner_that_opens_a_word_lists_no_one_after_an_object(steps) -> None:
    # control: 同 of 同胞 (a compatriot) joins no one to the team joined
    evs = events(steps, "王某近日谈到了加盟青山队的巴西同胞孙某。")
    assert all("孙某" not in roles(e).get("所加盟组织", []) for e in evs), [roles(e) for e in evs]


def test_the_one_set_apart_with_besides_takes_no_part(steps) -> None:
    # 除了甲外，其他人都没有被捕: 甲 is set apart from the ones not arrested - no participant
    evs = events(steps, "除了陈某外，其他人都没有被捕。")
    assert not any(
        t.startswith("陈某") for e in evs for ts in roles(e).values() for t in ts
    ), [roles(e) for e in evs]
    # control: one named in the clause itself keeps the role
    r = roles(news(events(steps, "陈某没有被捕。"), "司法行为-拘捕"))
    assert r.get("被拘捕者") == ["陈某"], r


# ---- what a complaint alleges ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "complainant"),
    [
        # a clause closed by a verb of allegation (爆料称, 反映, 举报): the one who complains does
        # not do what is alleged, though the clause after it names no subject the coder reads
        ("有网友爆料称，某餐厅老板殴打顾客。", "网友"),
        ("村民反映，施工方多次殴打阻工村民。", "村民"),
        ("有居民投诉称，隔壁工地的工人多次殴打路过的老人。", "居民"),
        # the 接 of 直接, 接受 is no report reaching the complainant (news_cues report_reaches)
        ("村民直接反映，施工方多次殴打阻工村民。", "村民"),
        ("村民接受采访时反映，施工方多次殴打阻工村民。", "村民"),
    ],
)
def test_the_one_who_complains_does_not_do_what_is_alleged(
    steps, text: str, complainant: str
) -> None:
    e = news(events(steps, text), "灾害/意外-袭击")
    assert complainant not in roles(e).get("袭击者", []), roles(e)


def test_the_one_a_report_reaches_takes_no_part_in_what_it_says(steps) -> None:
    # 接到报警称，…: 称 opens the words of the report, which tell of others (the police only
    # receive it); without 称 the police go on with their own acts (the control below)
    e = news(events(steps, "当天下午，警方接到报警称，某小区发生火灾。"), "灾害/意外-起火")
    assert "警方" not in [a.name for a in e.actors], [a.name for a in e.actors]


@pytest.mark.parametrize(
    ("text", "news_type", "role", "doer"),
    [
        # controls: a report made as an act, then the reporter's own next act (no content)
        ("张某先是报警，随后又持刀刺伤了邻居。", "灾害/意外-袭击", "袭击者", "张某"),
        # an allegation verb closing the clause with no 称/说, then a clause that goes on with
        # the narrator's account (随后, 遂: news_cues claim_resumes) - the complainant's own act
        ("张某多次向物业投诉，随后持刀刺伤了物业经理。", "灾害/意外-袭击", "袭击者", "张某"),
        ("张某多次投诉，遂持刀刺伤了物业经理。", "灾害/意外-袭击", "袭击者", "张某"),
        # …or with an adverb, a preposition or a verb - no subject of its own (还向…, 又向…)
        ("张某多次向纪委举报，还向法院起诉了李某。", "司法行为-起诉", "原告", "张某"),
        ("张某多次向纪委举报，又向法院起诉了李某。", "司法行为-起诉", "原告", "张某"),
        # an allegation the subject acts on (针对群众投诉, 根据举报), then what it does (对…)
        ("警方针对群众投诉，对该店处以罚款。", "司法行为-罚款", "执法机构", "警方"),
        # the one a report reaches acts on it (接到举报)
        ("派出所接到群众举报，迅速出警将嫌疑人抓获。", "司法行为-拘捕", "拘捕者", "派出所"),
        # …also after the words of the report (称): a later clause with no subject of its own
        ("警方接到报警称，有人持刀伤人，随即赶往该处将其抓获。", "司法行为-拘捕", "拘捕者", "警方"),
        # the one reported on (被举报) is no complainant: the act after is still his
        # (with a longer phrase of who reports between the passive mark and the verb)
        ("李某某遭到多名村民联名举报，2016年被判刑。", "司法行为-入狱", "入狱者", "李某某"),
        (
            "商人李某某因涉嫌非法经营被查。没过多久，李某某开办的地下钱庄被人举报，后来在2016年被判刑。",
            "司法行为-入狱",
            "入狱者",
            "李某某",
        ),
    ],
)
def test_a_reporter_or_the_one_a_report_reaches_still_acts(
    steps, text: str, news_type: str, role: str, doer: str
) -> None:
    assert roles(news(events(steps, text), news_type)).get(role) == [doer]


def test_the_one_a_report_reaches_is_not_reported_on(steps) -> None:
    # 接到举报: the police receive the report (a party); the one who reports stays 举报发起方
    e = news(events(steps, "派出所接到群众举报，迅速出警将嫌疑人抓获。"), "司法行为-举报")
    assert "举报对象" not in roles(e), roles(e)
    assert roles(e).get("举报发起方") == ["群众"], roles(e)
    # control: 被举报 - the subject is the one reported on
    assert_role(steps, "王某被同事举报。", "司法行为-举报", "举报对象", ["王某"])


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("某店老板多次殴打顾客。", "某店老板"),
        # the doer an allegation names, once the complainant is cut, is read the same way
        ("村民反映，施工方多次殴打阻工村民。", "施工方"),
    ],
)
def test_a_doer_read_as_a_phrase_ends_before_how_often(steps, text: str, doer: str) -> None:
    # 多次, 屡次 (news_cues repeated) close no phrase read for a subject: how often, not who
    assert roles(news(events(steps, text), "灾害/意外-袭击")).get("袭击者") == [doer]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of giving an award: the giver before it, the winner after it or after 为/向
        (
            "学校为王芳颁发了奖学金。",
            {"颁奖机构": ["学校"], "获奖人": ["王芳"], "奖项": ["奖学金"]},
        ),
        ("一等奖颁给了李明。", {"奖项": ["一等奖"], "获奖人": ["李明"]}),
    ],
)
def test_an_award_given_goes_to_the_one_after_the_giving_verb(
    steps, text: str, expected: dict[str, list[str]]
) -> None:
    got = roles(news(events(steps, text), "产品行为-获奖"))
    for role, fillers in expected.items():
        assert got.get(role) == fillers, got
    assert "获奖人" not in expected or not set(got["获奖人"]) & {"学校", "一等奖"}, got
    # (the prize is an argument, no one taking part)
    assert "一等奖" not in [a.name for a in news(events(steps, text), "产品行为-获奖").actors]


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        # controls: the winner is the subject of a verb of winning, and of a passive giving
        ("李明获得了一等奖。", "李明"),
        ("李明被授予一等奖。", "李明"),
        ("评委会将金奖授予张华。", "张华"),
    ],
)
def test_the_winner_of_an_award_won_or_received(steps, text: str, winner: str) -> None:
    assert roles(news(events(steps, text), "产品行为-获奖")).get("获奖人") == [winner]


@pytest.mark.parametrize(
    "text",
    [
        # 为某X: the name read without its 某 is still the one 为 marks - the winner, no giver
        "基金会为某公司颁发一等奖。",
        "市场监管局为某公司颁发了奖状，表彰其贡献。",
    ],
)
def test_the_one_an_award_is_given_for_after_wei_mou_is_no_giver(steps, text: str) -> None:
    got = roles(news(events(steps, text), "产品行为-获奖"))
    assert "公司" not in got.get("颁奖机构", []) and "某公司" not in got.get("颁奖机构", []), got
    assert got.get("获奖人") in (["公司"], ["某公司"]), got


@pytest.mark.parametrize(
    "text",
    [
        # a licence or a degree given is no award, though an award is told elsewhere
        "市场监管局为某公司颁发营业执照，该公司曾获一等奖。",
        "某大学向张某授予博士学位，他曾获一等奖。",
    ],
)
def test_a_licence_or_degree_given_is_no_award(steps, text: str) -> None:
    evs = [e for e in events(steps, text) if e.news_type == "产品行为-获奖"]
    assert all(e.trigger not in ("颁发", "授予") for e in evs), [e.trigger for e in evs]


# ---- a fine: a company is fined, it does not fine -----------------------------------------------
FINE = "司法行为-罚款"


def _fine_roles(text: str, steps) -> dict[str, list[str]]:
    """The arguments of every fine of ``text``, gathered by role."""
    out: dict[str, list[str]] = {}
    for e in typed(events(steps, text), FINE):
        for role, texts in roles(e).items():
            out.setdefault(role, []).extend(texts)
    return out


@pytest.mark.parametrize(
    ("text", "fined"),
    [
        ("受此事影响，东岳科技又收一张巨额罚单。", "东岳科技"),  # (收…罚单: the ticket received)
        ("经查，南星经纪有限公司违规销售，共罚款人民币30万元。", "南星经纪有限公司"),
    ],
)
def test_a_company_before_a_fine_is_the_one_fined(steps, text: str, fined: str) -> None:
    got = _fine_roles(text, steps)
    assert got.get("罚款对象") == [fined] and "执法机构" not in got, got


def test_a_body_that_fines_a_company_stays_the_one_that_fines(steps) -> None:
    # control: a public body or a sports body before 对…处以罚款, 开出罚单 fines
    got = _fine_roles("省市场监管局对东岳科技有限公司处以50万元罚款。", steps)
    assert got.get("执法机构") == ["省市场监管局"], got
    assert got.get("罚款对象") == ["东岳科技有限公司"], got
    got = _fine_roles("足协昨天开出罚单。", steps)
    assert got.get("执法机构") == ["足协"], got


def test_a_sum_proposed_before_is_not_the_fine(steps) -> None:
    # 监管部门早先提出的900万英镑 (news_cues proposed_sum): the sum proposed, not the fine set
    got = _fine_roles(
        "对于这笔罚款，东岳科技回应称，公司不认同监管部门的决定，但乐见罚款数额比监管部门"
        "早先提出的900万英镑少了一半。",
        steps,
    )
    assert got.get("罚款对象") and "罚款金额" not in got, got
    # control: the sum the fine is set at, told after it, stays
    got = _fine_roles("监管机构最终对东岳科技处以罚款，金额为450万英镑。", steps)
    assert got.get("罚款金额") == ["450万英镑"], got


def _sale_roles(text: str, steps, trigger: str = "卖给") -> dict[str, list[str]]:
    evs = [e for e in events(steps, text) if e.news_type == "财经/交易-出售/收购"]
    return roles(next(e for e in evs if e.trigger == trigger))


def test_a_sum_something_was_bought_at_is_not_its_sale_price(steps) -> None:
    # 以3元/瓶拿到货后卖给下家 (news_cues bought_at): the price of the getting, not of the sale
    for text in (
        "警方介绍，嫌疑人王某以3元/瓶拿到货后卖给下家。",
        "李某以每斤8元收来的茶叶，转手卖给了外地客商。",
        "赵某以每台50元收来旧手机，转手卖给了回收站。",
    ):
        got = _sale_roles(text, steps)
        assert got.get("出售方") and "出售价格" not in got, (text, got)
    # controls: the sale's own sum, the buying trigger's own sum, a sum after the getting verb
    for text, trigger, price in (
        ("嫌疑人王某以3元/瓶的价格卖给下家。", "卖给", "3元"),
        ("远航集团以5亿元购入星河集团旗下酒店业务。", "购入", "5亿元"),
        ("远航集团以5亿元出售旗下酒店业务。", "出售", "5亿元"),
        ("王某以2000元买下这辆车后，以5000元卖给了李某。", "卖给", "5000元"),
        ("王某以2000元买下这辆车后，以5000元卖给了李某。", "买下", "2000元"),
        ("张某以每吨300元进货，再以每吨500元卖给周边商户。", "卖给", "500元"),
        ("王某花2000元买下这辆车。", "买下", "2000元"),
    ):
        got = _sale_roles(text, steps, trigger)
        assert got.get("出售价格") == [price], (text, got)


def test_a_company_that_fines_someone_named_stays_the_one_that_fines(steps) -> None:
    # a company (company_heads) with another told fined after 对: it fines its staff, a league
    # company fines a club
    for text, finer, fined in (
        ("东岳科技有限公司对迟到员工罚款200元。", "东岳科技有限公司", "员工"),
        ("南星联赛公司对北河俱乐部罚款10万元。", "南星联赛公司", "北河俱乐部"),
    ):
        got = _fine_roles(text, steps)
        assert got.get("执法机构") == [finer] and got.get("罚款对象") == [fined], got


def test_a_ticket_withdrawn_is_not_received(steps) -> None:
    # 收回罚单: the body that wrote it takes it back - it is not fined
    got = _fine_roles("证监会收回罚单，此前对东岳科技有限公司罚款100万元。", steps)
    assert "证监会" not in got.get("罚款对象", []), got


def test_a_sale_at_the_sum_first_set_keeps_its_price(steps) -> None:
    # 以原定的5亿元价格: the deal done at the sum agreed before - its price, not a proposal
    evs = typed(events(steps, "东岳科技最终以原定的5亿元价格出售南星工厂。"), "财经/交易-出售/收购")
    assert ["5亿元"] == [a.text for e in evs for a in e.arguments if a.role == "出售价格"], kinds(
        evs
    )


def test_the_one_the_police_tell_of_a_refusal_is_not_its_object(steps) -> None:
    # 民警告诉某人，不予立案: the one told (who may have reported it) hears of the refusal; the
    # case is not against him - with no suspect named, the role stays empty
    for text in (
        "孙大爷报警后多次询问，民警随后告诉他不予立案。",
        "警方书面告知赵女士，对此事不予立案。",
        "派出所通知周某，决定不予立案。",
    ):
        assert_role(steps, text, "司法行为-立案", "立案对象", None)
    # control: the one the case is opened against stays its object
    assert_role(steps, "警方已对涉事司机钱某立案侦查。", "司法行为-立案", "立案对象", ["钱某"])
    text = "公安机关查明何某涉嫌诈骗，决定立案侦查。"
    assert_role(steps, text, "司法行为-立案", "立案对象", ["何某"])


def test_the_platform_and_the_winner_of_a_ruling_are_not_ruled_against(steps) -> None:
    # 判决某人在其抖音账号上发布致歉声明，向某公司道歉: the platform is where the one ruled
    # against must act, the company whom toward; neither is the ruling's target
    for text in (
        "法院判决这名网红在新浪微博上向小米公司公开道歉。",
        "法院判决这名博主在其抖音账号上公开道歉，并赔偿小米公司3万元。",
    ):
        targets = [a.name for e in events(steps, text) for a in e.actors if a.side == "target"]
        assert not {"新浪微博", "微博", "抖音", "小米公司"} & set(targets), targets
    # control: the one ruled against named right after the ruling's verb stays its target
    e = one(events(steps, "法院判决小米公司向孙某赔偿5万元。"), "COERCE")
    assert {a.name: a.side for a in e.actors}.get("小米公司") == "target", e.actors


def test_the_holder_of_a_stake_bought_sells_it_named_or_not(steps) -> None:
    # 收购某科技80%股权: the company whose stake is bought is the seller, even where no
    # recogniser read its name; the whole phrase is what is bought
    text = "甲集团收购乙科技80%股权。"
    e = news(events(steps, text), "财经/交易-出售/收购")
    assert roles(e)["出售方"] == ["乙科技"] and roles(e)["交易物"] == ["乙科技80%股权"], roles(e)
    text = "甲集团宣布收购乙科技的少数股权。"
    assert_role(steps, text, "财经/交易-出售/收购", "出售方", ["乙科技"])
    # control: no stake (海外资产, 一批设备) or a noun of the act (收购某科技的计划) names no seller
    for text in (
        "甲集团收购海外资产。",
        "甲集团收购了一批新设备。",
        "甲集团收购乙科技的计划落空。",
    ):
        assert_role(steps, text, "财经/交易-出售/收购", "出售方", None)


def test_a_pronoun_or_a_word_of_holding_before_a_stake_is_no_seller(steps) -> None:
    # 收购其持有的某科技股权, 收购旗下某科技的股权: no holder's name - no seller read from them
    for text in ("甲集团收购其持有的乙科技股权。", "甲集团收购旗下乙科技的少数股权。"):
        assert_role(steps, text, "财经/交易-出售/收购", "出售方", None)


def test_one_after_a_word_ending_in_yu_stays_ruled_against(steps) -> None:
    # 判决由于某人违约…: 于 ends 由于, no place where the loser acts - he stays the target
    e = one(events(steps, "法院判决由于孙某违约，小米公司胜诉。"), "COERCE")
    assert {a.name: a.side for a in e.actors}.get("孙某") == "target", e.actors


def test_the_ones_the_police_tell_together_are_none_of_them_the_object(steps) -> None:
    # 派出所通知周某和钱某，不予立案: the second one told is no more the object than the first
    text = "派出所通知周某和钱某，决定不予立案。"
    assert_role(steps, text, "司法行为-立案", "立案对象", None)


# ---- whose report a refusal to open a case refuses (q41d) -----------------------------------
# 不予立案 refuses someone's report: the one named right before a report word (甲报案称…,
# 针对甲报案…, 甲的报案), or told of the refusal (甲…却被告知…, 派出所通知甲): that one is the
# REJECT's target (a party of a news-only event); the accused stays 立案对象, off the target side.
def _refusal(steps, text: str) -> Event:
    [e] = [e for e in events(steps, text) if e.trigger in ("不予立案", "不立案")]
    return e


@pytest.mark.parametrize(
    "text, reporter",
    [
        ("2024年5月9日，杭州市某区公安分局在通知书中称，针对周某某报案称遭人诈骗一事，"
         "经核查没有犯罪事实，决定不予立案。", "周某某"),
        ("赵女士报警称遭到殴打，杭州市公安局西湖分局决定不予立案。", "赵女士"),
        ("孙女士多次到派出所询问进展，最终被告知证据不足，杭州市公安局决定不予立案。", "孙女士"),
        ("对于钱某的报案，杭州市公安局经调查后决定不予立案。", "钱某"),
        ("杭州市某派出所通知周某，决定不予立案。", "周某"),
    ],
)  # fmt: skip
def test_the_one_whose_report_is_refused_is_in_the_refusal(steps, text: str, reporter: str) -> None:
    e = _refusal(steps, text)
    want = "target" if e.type == "REJECT" else "party"
    assert _side_of(e).get(reporter) == want, (e.type, _side_of(e))
    assert reporter not in roles(e).get("立案对象", []), roles(e)


def test_the_accused_stays_the_object_and_leaves_the_target_side(steps) -> None:
    text = "赵女士报案后，杭州市警方将男子吴某带回调查，随后决定对吴某不予立案。"
    e = _refusal(steps, text)
    assert roles(e).get("立案对象") == ["吴某"], roles(e)
    assert _side_of(e).get("赵女士") == ("target" if e.type == "REJECT" else "party"), _side_of(e)
    assert _side_of(e).get("吴某") != "target", _side_of(e)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("据记者报道，杭州市公安局决定不予立案。", "记者"),
        ("孙某报案后，杭州警方对李某立案侦查。", "孙某"),
        ("孙某报案后，杭州警方对李某立案侦查。", "杭州警方"),
    ],
)  # fmt: skip
def test_no_reporter_where_no_report_is_refused(steps, text: str, absent: str) -> None:
    # no report word, a news report (报道), a case opened: no one refused is added
    for e in events(steps, text):
        if e.news_type == "司法行为-立案":
            assert _side_of(e).get(absent) != "target", _side_of(e)
            if "不予" not in e.trigger:
                assert absent not in roles(e).get("立案对象", []), roles(e)


def test_a_refusal_to_arrest_keeps_its_target(steps) -> None:
    # 不予批准逮捕 (REJECT, no 立案): the one not arrested stays the target as before
    evs = [e for e in events(steps, "杭州市检察院决定对王某不予批准逮捕。") if e.type == "REJECT"]
    assert evs and all(_side_of(e).get("王某") == "target" for e in evs), evs


def test_the_one_a_case_is_opened_against_stays_its_object(steps) -> None:
    text = "孙某报案后，杭州警方对李某立案侦查。"
    assert_role(steps, text, "司法行为-立案", "立案对象", ["李某"])


@pytest.mark.parametrize(
    "text, accused",
    [
        ("纪委对李某的举报不予立案。", "李某"),
        ("针对有关张某的控告，杭州市检察院决定不予立案。", "张某"),
    ],
)  # fmt: skip
def test_the_one_a_report_accuses_is_not_its_reporter(steps, text: str, accused: str) -> None:
    # 对甲的举报, 有关甲的控告: a report of 甲 - 甲 is accused, not the one who reported (甲的报案
    # is 甲's own): not made the refused reporter, nor dropped as 立案对象
    e = _refusal(steps, text)
    assert not (e.type == "REJECT" and _side_of(e).get(accused) == "target"
                and accused not in roles(e).get("立案对象", [])), (_side_of(e), roles(e))


def test_a_ruling_on_a_case_with_no_court_read_stays_doubtful(steps) -> None:
    # 甲起诉乙两案在某法院做出判决 read with 甲 as the doer, “甲诉乙案”一审宣判: no court is its
    # source - the case named does not keep a ruling the coder gave to a party
    for text in (
        "“女车主诉北岭公司案”一审宣判：北岭公司胜诉。",
        "备受关注的维权女车主起诉北岭公司两案在北岭市中院已经做出一审判决。",
    ):
        evs = [e for e in events(steps, text) if e.type == "COERCE"]
        assert all(any(a.role == "JUD" for a in e.sources) for e in evs), [e.actors for e in evs]


def test_cases_told_before_and_counted_are_no_party_sued(steps) -> None:
    # 对前述三案提起上诉, 对上述两起案件提起上诉: the appeal is against no case (the cases told
    # before, counted, are no participant of their own)
    for text in ("钱女士称，她将对前述三案提起上诉。", "钱女士表示，她将对上述两起案件提起上诉。"):
        e = news(events(steps, text), "司法行为-起诉")
        assert not any("案" in a.text for a in e.arguments), roles(e)
        assert not any("案" in n for n in names(e)), names(e)


def test_a_party_or_a_hearing_s_cases_after_dui_stay(steps) -> None:
    # controls: a party after 对 is sued; a hearing's cases are its 开庭案件
    text = "钱女士表示，她将对北岭公司提起上诉。"
    assert_role(steps, text, "司法行为-起诉", "被告", ["北岭公司"])
    text = "北岭市中级人民法院对上述两起案件进行了开庭审理。"
    e = news(events(steps, text), "司法行为-开庭")
    assert roles(e).get("开庭案件") == ["上述两起案件"], roles(e)


def test_the_one_a_birthday_party_is_planned_for_is_whose_birthday_it_is(steps) -> None:
    # 甲为乙策划生日惊喜, 甲给乙筹备生日会: the one after 为/给 has the birthday, the subject
    # celebrates it (not the planner's own birthday)
    for text, host, guest in (
        ("李强为王芳策划生日惊喜。", "李强", "王芳"),
        ("李强为妻子王芳举办生日派对。", "李强", "王芳"),
        ("演员孙浩宇给女儿筹备生日会。", "孙浩宇", "女儿"),
    ):
        e = news(events(steps, text), "人生-庆生")
        assert roles(e).get("生日方") == [guest] and roles(e).get("庆祝方") == [host], roles(e)
    # controls: one keeping a birthday, 为X庆生, and an anniversary of a company stay as they were
    assert_role(steps, "李强在家中庆祝40岁生日。", "人生-庆生", "生日方", ["李强"])
    assert_role(steps, "李强为妻子王芳庆生。", "人生-庆生", "庆祝方", ["李强"])
    assert not [e for e in events(steps, "李强为公司举办十周年庆典。") if e.news_type]


def test_one_who_subdues_an_attacker_and_is_hurt_is_the_victim(steps) -> None:
    # 甲试图制服歹徒，被捅伤: the one hurt is the subject carried from the verb of subduing, the
    # one subdued (a word of a wrongdoer) is the attacker - not the victim
    for text, hurt, by in (
        ("昨晚，市民孙志刚试图制服肇事者，被捅伤。", "孙志刚", "肇事者"),
        ("一名路人上前制服肇事者时被捅伤。", "路人", "肇事者"),
        ("保安钱立伟在制止凶手时被刺伤。", "钱立伟", "凶手"),
        ("钱立伟上前制止歹徒，结果被刺伤。", "钱立伟", "歹徒"),
        ("钱立伟与歹徒搏斗时被刺伤。", "钱立伟", "歹徒"),
        ("民警在抓捕嫌犯时被刺伤。", "民警", "嫌犯"),
        # (a passive before the trigger, naming a tool or the attacker)
        ("钱立伟想要制服肇事者，却被刀捅伤。", "钱立伟", "肇事者"),
        ("钱立伟试图制服歹徒，却被歹徒捅伤。", "钱立伟", "歹徒"),
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert roles(e).get("袭击对象") == [hurt] and roles(e).get("袭击者") == [by], roles(e)
    # one subdued who is no word of a wrongdoer is not the one hurt, nor made the attacker
    for text in ("钱立伟上前阻止行凶的男子，被刺伤。", "钱立伟劝阻周海时被刺伤。"):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert roles(e).get("袭击对象") == ["钱立伟"] and "袭击者" not in roles(e), roles(e)


def test_a_passive_with_its_own_agent_or_subject_keeps_its_roles(steps) -> None:
    # controls: a passive naming its agent, an attacker hurt in his own clause, two hurt
    e = news(events(steps, "钱立伟见义勇为，被歹徒捅伤。"), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["歹徒"] and roles(e)["袭击对象"] == ["钱立伟"], roles(e)
    e = news(events(steps, "钱立伟被歹徒捅伤。"), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["歹徒"] and roles(e)["袭击对象"] == ["钱立伟"], roles(e)
    e = news(events(steps, "钱立伟制服了歹徒，歹徒被刺伤。"), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["歹徒"] and "袭击者" not in roles(e), roles(e)
    e = news(events(steps, "钱立伟与妻子李芳被刺伤。"), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["钱立伟", "李芳"] and "袭击者" not in roles(e), roles(e)
    assert_role(steps, "昨晚，钱立伟被刺伤。", "灾害/意外-袭击", "袭击对象", ["钱立伟"])
    e = news(events(steps, "歹徒将钱立伟捅伤。"), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["歹徒"] and roles(e)["袭击对象"] == ["钱立伟"], roles(e)


def test_one_who_subdues_another_and_is_run_down_is_a_party_of_the_crash(steps) -> None:
    # 甲试图制止肇事者，被撞伤: 肇事者, now a participant (CRM), is not the only one the crash
    # befalls - the one who tried to stop him is hurt (NewsCoder._subdued_attacker, crashes too)
    for text, hurt, by in (
        ("孙志刚试图制止肇事者，被撞伤。", "孙志刚", "肇事者"),
        ("钱立伟在追赶肇事者时被撞伤。", "钱立伟", "肇事者"),
        ("钱立伟试图拦截男子，被撞伤。", "钱立伟", None),
    ):
        e = news(events(steps, text), "灾害/意外-车祸")
        names = [a.name for a in e.actors]
        assert hurt in names and (by is None or by in names), names
    # control: a driver named as the subject of a crash is one of its parties
    e = news(events(steps, "肇事者驾车撞伤了孙志刚。"), "灾害/意外-车祸")
    assert {"肇事者", "孙志刚"} <= {a.name for a in e.actors}, e.actors


# ---- a mark's character opening a noun -----------------------------------------------------------
def test_the_other_side_saying_it_marks_no_object(steps) -> None:
    # 对方表示…: 对 opens the noun 对方 (the other party, the teller), no object mark - the one
    # named after the telling is the one said to have cheated, not the partner
    for text in ("对方表示张伟出轨了。", "演员张伟近日被传婚变。对方一再强调他没有出轨邻居。"):
        [e] = typed(events(steps, text), "人生-出轨")
        assert roles(e).get("出轨方") == ["张伟"], (text, roles(e))


def test_an_object_marked_by_dui_is_still_the_object(steps) -> None:
    # control: 对 as the mark of the one acted on (对…的王某刑事拘留)
    [e] = typed(events(steps, "警方对涉嫌盗窃的王某刑事拘留。"), "司法行为-拘捕")
    assert roles(e).get("被拘捕者") == ["王某"], roles(e)


# ---- a partner counted ---------------------------------------------------------------------------
def test_a_partner_past_a_count_and_its_kind_is_no_subject(steps) -> None:
    # 与一家模特公司签约: 与, a count with its classifier and a noun naming the kind, then the
    # party - the company is the partner joined, the one named first the one who joins
    for text, joins in (
        ("李娜与一家模特公司签约。", "李娜"),
        ("安娜·史密斯与一家模特公司签约。", "安娜·史密斯"),
        ("王女士宣布，李娜已经与一家著名的服装公司签约。", "李娜"),
    ):
        [e] = typed(events(steps, text), "组织关系-加盟")
        assert roles(e).get("加盟者") == [joins], (text, roles(e))


def test_a_company_named_first_still_leads_its_clause(steps) -> None:
    # control: the one before the 与 is still the subject when the count stands before it
    [e] = typed(events(steps, "张某与一家外卖平台发生纠纷后将其起诉。"), "司法行为-起诉")
    assert roles(e).get("原告") == ["张某"], roles(e)


# ---- a place after 在 --------------------------------------------------------------------------
def test_a_place_after_zai_is_no_subject_handed_on() -> None:
    # 又在某市各区犯下多宗案件，因此将李某收押: the city is where, not who remands him - a clause
    # with no subject of its own takes none from it
    vt = "又在深圳各区犯下多宗案件，因此将李某收押。"
    actors = [Actor(2, 4, "深圳", "GPE"), Actor(17, 19, "李某", "PER")]
    assert _topic(vt, [_Clause(0, 12)], actors) is None


def test_a_subject_before_the_place_is_still_handed_on() -> None:
    # control: the one named before 在 is the subject the next clause takes
    vt = "李某在深圳犯下多宗案件，因此被收押。"
    actors = [Actor(0, 2, "李某", "PER"), Actor(3, 5, "深圳", "GPE")]
    topic = _topic(vt, [_Clause(0, 11)], actors)
    assert topic is not None and topic.text == "李某"


def test_a_counted_partner_with_its_own_act_before_the_subject_is_no_partner_run(steps) -> None:
    # 曾与一家银行合作的某公司起诉了…: the counted party (the bank) is the partner of a
    # modifier; the company after it leads its clause and sues
    for text, suer in (
        ("曾与一家银行合作的腾讯公司起诉了该银行。", "腾讯公司"),
        ("与一家公司有合作关系的阿里巴巴集团起诉了李某。", "阿里巴巴集团"),
    ):
        [e] = typed(events(steps, text), "司法行为-起诉")
        assert roles(e).get("原告") == [suer], (text, roles(e))


def test_an_object_mark_before_a_word_it_opens_is_still_read() -> None:
    # 对与对方发生冲突的王某刑事拘留: the 对 of 对方 is no mark, the 对 before it is - 王某 is in
    # the object run
    vt = "警方对与对方发生冲突的王某刑事拘留。"
    at = vt.index("王某")
    assert _object_run(vt, Actor(at, at + 2, "王某", "PER"), 0, vt.index("刑事"))
# a long first sentence takes the statistical recogniser's budget, so the second is read by
# the rules alone (invented)
_BUDGET_FIRST = (
    "上周五傍晚，位于城南开发区的一家大型仓储物流企业因涉嫌长期偷逃关税、伪造进出口报关"
    "单据以及非法转移资产，被海关缉私部门立案调查，涉案金额据初步估算超过两亿元。"
)


def test_a_ministrys_own_office_written_after_it_is_one_body(steps) -> None:
    # invented: 某部 + its office (局, 司, 中心…) written right after it is that office
    second = "市场监管总局与商务部以及生态环境部大气环境司共同约谈了该物流企业。"
    e = news(events(steps, _BUDGET_FIRST, second), "司法行为-约谈")
    assert "生态环境部大气环境司" in roles(e)["约谈发起方"], roles(e)
    # controls: a list of two ministries stays two; a verb after the ministry is no office
    second = "交通运输部、应急管理部随后共同约谈了该物流企业。"
    e = news(events(steps, _BUDGET_FIRST, second), "司法行为-约谈")
    assert set(roles(e)["约谈发起方"]) == {"交通运输部", "应急管理部"}, roles(e)
    second = "应急管理部调查此处事故后约谈了该物流企业。"
    e = news(events(steps, _BUDGET_FIRST, second), "司法行为-约谈")
    assert roles(e)["约谈发起方"] == ["应急管理部"], roles(e)


def test_a_label_or_a_station_is_named_whole_as_a_party(steps) -> None:
    # invented: 某音乐 after a company is its label; a province's 台 its TV station
    e = news(events(steps, "歌手李明今日宣布加盟索尼音乐。"), "组织关系-加盟")
    assert roles(e)["所加盟组织"] == ["索尼音乐"], roles(e)
    e = one(events(steps, "节目播出后，不少观众纷纷抵制湖北台。"), "PROTEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["湖北台"], e.actors


def test_the_states_of_a_country_that_ban_are_the_source(steps) -> None:
    # invented: the states a count names ban, not the country as a whole (its code kept)
    e = one(events(steps, "截至上月，美国已有近半数的州对这款游戏颁布禁令。"), "SANCTION")
    src = [(a.name, a.country) for a in e.actors if a.side == "source"]
    assert src == [("近半数的州", "USA")], e.actors


def test_a_federal_or_supreme_court_is_named_with_its_kind(steps) -> None:
    # invented: 联邦/最高/地方/上诉 + 法院 is a kind of court, named whole (read by the rules)
    second = "白宫随后要求联邦法院撤销这项禁令。"
    e = one(events(steps, _BUDGET_FIRST, second), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["联邦法院"], e.actors
    # control: a court named alone stays 法院
    second = "白宫随后要求法院撤销这项禁令。"
    e = one(events(steps, _BUDGET_FIRST, second), "REQUEST")
    assert [a.name for a in e.actors if a.side == "target"] == ["法院"], e.actors


def test_a_ministrys_centre_or_office_written_after_it_is_one_body(steps) -> None:
    # invented: a unit word of more than one character (中心, 办公室) is one word, not the end
    # of a dictionary word (心, 公室) - the ministry's own centre or office is one body
    for second, body in (
        ("生态环境部宣传教育中心约谈了该物流企业。", "生态环境部宣传教育中心"),
        ("教育部新闻办公室约谈了该物流企业。", "教育部新闻办公室"),
    ):
        e = news(events(steps, _BUDGET_FIRST, second), "司法行为-约谈")
        assert roles(e)["约谈发起方"] == [body], roles(e)
    # control: 在 before 中心 (a place where) is no office's name
    e = news(events(steps, _BUDGET_FIRST, "商务部今日在中心约谈了该物流企业。"), "司法行为-约谈")
    assert roles(e)["约谈发起方"] == ["商务部"], roles(e)


def test_states_where_protests_break_out_are_no_government(steps) -> None:
    # invented: 多个州相继爆发抗议 tells where protests happen: the country is the place, no
    # government of it (USAGOV) protests
    e = news(events(steps, "美国多个州相继爆发抗议。"), "组织行为-游行")
    assert not any((a.cameo or "").endswith("GOV") for a in e.actors), e.actors
    assert roles(e).get("地点") == ["美国"], roles(e)


def test_a_police_ministrys_own_bureau_is_one_body(steps) -> None:
    # invented: the police ministry (公安部, of the police's kind) with its bureau written right
    # after it is that bureau, as a ministry of the government's kind
    e = news(events(steps, _BUDGET_FIRST, "公安部交通管理局约谈了该物流企业。"), "司法行为-约谈")
    assert roles(e)["约谈发起方"] == ["公安部交通管理局"], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        "英国前司法大臣艾伦·格雷要求法官戴维斯退出此案。",
        "澳大利亚前外长约翰·米勒要求中国释放两名澳大利亚公民。",
    ],
    ids=["new-name", "foreign-minister"],
)
def test_a_former_officials_demand_is_made_by_an_elite(steps, text: str) -> None:
    """前司法大臣X要求…: a demand of one who has left the office is still a political demand,
    its source coded ELI (a former official), not the office's GOV."""
    e = one(events(steps, text), "REQUEST")
    assert [a.cameo[3:] for a in e.actors if a.side == "source" and a.cameo] == ["ELI"]


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("区域法院法官陈国华昨日接到恐吓电话，来电者称要伤害其家人。", "来电者"),
        ("区域法院法官陈国华昨日接到恐吓电话，一名男子称要伤害其家人。", "男子"),
        ("区域法院法官陈国华昨日收到恐吓信，寄信人称要报复。", "寄信人"),
    ],
    ids=["caller", "counted-man", "letter"],
)
def test_an_unnamed_caller_makes_the_threat_received(steps, text: str, caller: str) -> None:
    """某法官接到恐吓电话，来电者称…: the one who called, unnamed, is the threat's source (a
    civilian), the one who received it its target."""
    e = one(events(steps, text), "THREATEN")
    assert [a.name for a in e.actors if a.side == "source"] == [caller]
    assert [a.name for a in e.actors if a.side == "target"] == ["陈国华"]


@pytest.mark.parametrize(
    "text",
    [
        "区域法院法官陈国华昨日接到恐吓电话，警方已介入调查。",
        # the next clause's people act or feel after it: no words of a caller
        "区域法院法官陈国华昨日接到恐吓电话，一名男子随后被警方拘捕。",
        "区域法院法官陈国华昨日接到恐吓电话，市民纷纷谴责。",
    ],
    ids=["police", "arrested-man", "citizens"],
)
def test_a_threat_received_with_no_caller_named_has_no_source(steps, text: str) -> None:
    e = one(events(steps, text), "THREATEN")
    assert not [a for a in e.actors if a.side == "source"]


def test_a_former_official_acting_in_office_on_the_day_keeps_the_office(steps) -> None:
    # 美国前国务卿布林肯 on a day the KB has him Secretary of State: the act is the office's
    text = "2023年5月9日，美国前国务卿布林肯要求中国释放两名公民。"
    e = one(events(steps, text), "REQUEST")
    assert [a.cameo for a in e.actors if a.side == "source"] == ["USAGOV"]
    # control: a day after his term - a former official, ELI
    text = "2025年5月9日，美国前国务卿布林肯要求中国释放两名公民。"
    e = one(events(steps, text), "REQUEST")
    assert [a.cameo for a in e.actors if a.side == "source"] == ["USAELI"]


@pytest.mark.parametrize(
    "text",
    [
        "据报道，曾由特首林郑月娥任命为国安法官，负责多宗案件的总裁判官陈国华，昨日接到恐吓电话。",
        "据报道，曾由特首林郑月娥任命为国安法官，负责多宗案件的总裁判官陈国华，昨日接到恐吓电话，"
        "来电者扬言要伤害他的家人。",
        # control: one named inside the receiver's clause is no receiver
        "区域法院法官陈国华在与律师李明通话后接到恐吓电话，来电者称要伤害其家人。",
    ],
    ids=["appointed-by", "appointed-by-caller", "named-inside"],
)
def test_the_one_named_right_before_a_threat_received_receives_it(steps, text: str) -> None:
    """…的总裁判官X，昨日接到恐吓电话: X, closing the clause before the receiving verb, is the
    threat's target - not the one told appointing them."""
    e = one(events(steps, text), "THREATEN")
    targets = [a.name for a in e.actors if a.side == "target"]
    assert "陈国华" in targets and "林郑" not in targets, targets
