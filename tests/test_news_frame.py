"""The other side of a two-party event, from the article when its sentence leaves it out
(dashiji.events.frame).  Each rule has a text where it acts and a similar one where it must not.
Invented sentences (none from the dev set or the DTELS articles)."""

from __future__ import annotations

import signal

import pytest
from test_events import events
from test_events_news import news, roles

from dashiji.events.model import Event


def sides(e: Event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in e.actors:
        out.setdefault(a.side, []).append(a.name)
    return out


def protest(evs: list[Event]) -> Event:
    found = [e for e in evs if e.type == "PROTEST"]
    assert len(found) == 1, [(e.type, e.news_type, e.trigger) for e in evs]
    return found[0]


# ---- against: the company a consumer's 维权 is against ---------------------------------------
def test_a_consumer_protest_is_against_the_company_its_sentence_names(steps) -> None:
    e = protest(events(steps, "郑州一名格力空调用户前天举着纸牌在商场里维权。"))
    (target,) = sides(e).get("target", [])
    assert target.startswith("格力")


def test_a_consumer_protest_takes_the_company_of_the_headline(steps) -> None:
    text = "格力空调用户商场内举牌维权\n郑州几名用户前天举着纸牌在商场里维权，讨要说法。"
    evs = [e for e in events(steps, text) if e.type == "PROTEST" and "纸牌" in e.sentence]
    assert len(evs) == 1
    (target,) = sides(evs[0]).get("target", [])
    assert target.startswith("格力")
    e = protest(events(steps, "郑州几名用户前天举着纸牌在商场里维权，讨要说法。"))
    assert "target" not in sides(e)  # (no company named anywhere)


def test_no_target_when_two_companies_compete(steps) -> None:
    text = "郑州一名格力空调用户和一名美的冰箱用户前天举着纸牌在商场里维权。"
    assert "target" not in sides(protest(events(steps, text)))


# ---- case: the other party of the suit told before -------------------------------------------
def test_an_appeal_is_against_the_other_party_of_the_suit(steps) -> None:
    text = "去年春天，周某起诉了宏远公司。一审宣判后，宏远公司随即提出上诉。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    appeal = next(e for e in evs if e.trigger == "上诉")
    assert roles(appeal).get("被告") == ["周某"]
    assert roles(appeal).get("原告") == ["宏远公司"]


def test_no_party_from_before_when_the_sentence_names_its_own(steps) -> None:
    text = "去年春天，周某起诉了宏远公司。宏远公司此后起诉了郑某。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    second = max(evs, key=lambda e: e.trigger_start)
    assert "周某" not in roles(second).get("被告", [])


def test_a_suit_takes_the_defendant_its_sentence_names_from_the_case_told_before(steps) -> None:
    text = (
        "三月初，孙某起诉了宏远公司。孙某上周又向区法院提起诉讼，认为宏远公司的广告损害了他的声誉。"
    )
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    second = max(evs, key=lambda e: e.trigger_start)
    assert roles(second).get("原告") == ["孙某"]
    assert roles(second).get("被告") == ["宏远公司"]


def test_no_defendant_from_before_when_the_sentence_names_another_one(steps) -> None:
    # 钱某 is no party of the suit told before: the frame does not overrule the sentence
    text = (
        "三月初，孙某起诉了宏远公司。孙某上周又向区法院提起诉讼，认为钱某的帖子损害了他的声誉。"
    )
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    second = max(evs, key=lambda e: e.trigger_start)
    assert "宏远公司" not in roles(second).get("被告", [])


def test_a_hearing_of_one_side_takes_the_other_side_of_the_suit_told_before(steps) -> None:
    text = "去年冬天，宏远公司起诉了孙某。宏远公司要求孙某删除视频并赔偿损失，此案至今没有开庭。"
    hearing = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert {"宏远公司", "孙某"} <= {a.name for a in hearing.actors}


def test_a_hearing_takes_no_party_of_a_suit_where_the_one_named_sued_another(steps) -> None:
    # 宏远公司 sued 孙某 before; the hearing is of 宏远公司's suit against someone unnamed
    text = "去年冬天，孙某起诉了宏远公司。宏远公司诉一名员工泄密一案，此案至今没有开庭。"
    hearing = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert "孙某" not in {a.name for a in hearing.actors}


def test_a_hearing_of_a_suit_marked_by_jiang_has_both_sides_and_none_from_another_case(
    steps,
) -> None:
    text = "去年，孙某起诉了钱某。此后，宏远公司也将孙某告上了法庭，此案将于下月在区法院开庭。"
    hearing = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    names = {a.name for a in hearing.actors}
    assert {"宏远公司", "孙某"} <= names
    assert "钱某" not in names


def test_a_hearing_of_the_case_told_before_has_both_its_sides(steps) -> None:
    text = "去年冬天，宏远公司起诉了孙某。此案定于下月十日在县法院开庭。"
    hearing = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert {"宏远公司", "孙某"} <= {a.name for a in hearing.actors}


def test_a_hearing_of_the_case_takes_no_sides_when_another_act_was_told_last(steps) -> None:
    text = "去年冬天，宏远公司起诉了孙某。上个月，警方拘留了钱某。此案定于下月十日在县法院开庭。"
    hearing = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert not {"宏远公司", "孙某", "钱某"} & {a.name for a in hearing.actors}


def test_an_appeal_against_a_ruling_told_before_is_against_the_one_it_acted_on(steps) -> None:
    text = "区法院上周裁定吴某无罪释放，区检察院随即就此裁定提起上诉。"
    appeal = next(e for e in events(steps, text) if e.news_type == "司法行为-起诉")
    assert roles(appeal).get("原告") == ["区检察院"]
    assert roles(appeal).get("被告") == ["吴某"]


def test_an_appeal_of_ones_own_ruling_takes_no_respondent_from_it(steps) -> None:
    text = "区法院上周裁定吴某无罪释放，吴某随即就此裁定提起上诉。"
    appeal = next(e for e in events(steps, text) if e.news_type == "司法行为-起诉")
    assert "被告" not in roles(appeal)


def test_an_appeal_against_this_grant_is_against_the_one_it_was_granted_to(steps) -> None:
    # 对此上诉 points back as 就此 does: the bail granted just before, to the one named
    text = "澳门商人程某某上月获澳门中级法院准予保释，澳门检察院随即对此项决定提出上诉。"
    appeal = next(e for e in events(steps, text) if e.news_type == "司法行为-起诉")
    assert roles(appeal).get("被告") == ["程某某"], roles(appeal)
    # (对此表示不满: no appeal, nothing read)
    text = "澳门商人程某某上月获澳门中级法院准予保释，澳门检察院随即对此项决定表达了异议。"
    assert not [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]


# ---- agent_kinds: the police of the arrest told just before ----------------------------------
def test_a_detention_is_by_the_police_that_made_the_arrest_before(steps) -> None:
    text = "绍兴市公安局上周在一处仓库抓获了5名制假人员。主犯钱某某已被依法刑事拘留。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-拘捕"]
    held = next(e for e in evs if e.trigger == "刑事拘留")
    assert roles(held).get("拘捕者") == ["绍兴市公安局"]
    assert roles(held).get("被拘捕者") == ["钱某某"]


def test_no_doer_from_before_for_an_act_of_another_time(steps) -> None:
    text = "绍兴市公安局上周在一处仓库抓获了5名制假人员。2009年11月，钱某某因盗窃被刑事拘留。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-拘捕"]
    held = next(e for e in evs if e.trigger == "刑事拘留")
    assert "拘捕者" not in roles(held)


@pytest.mark.parametrize("when", ["上周", "去年夏天"])
def test_a_week_or_a_season_is_compared_by_its_year(steps, when: str) -> None:
    # (a week's or a season's date has no month: it once stopped the article's coding)
    text = f"宁波警方前天在码头抓获了三名走私嫌疑人。{when}，船主郑某某已被刑事拘留。"
    evs = [e for e in events(steps, text, ref="2023-09-10") if e.news_type == "司法行为-拘捕"]
    held = next(e for e in evs if e.trigger == "刑事拘留")
    assert roles(held).get("被拘捕者") == ["郑某某"]
    # the same year: the police just named; a summer of another year: no doer from there
    doer = roles(held).get("拘捕者")
    assert doer == (["宁波警方"] if when == "上周" else None)


def test_no_doer_from_a_sentence_that_tells_no_such_act(steps) -> None:
    text = "交警认定吕某某负全责。吕某某随后被行政拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert "拘捕者" not in roles(e)


# ---- dates: a call to the police dates the incident it tells -------------------------------------
def test_an_incident_told_in_a_call_to_the_police_is_dated_by_the_call(steps) -> None:
    text = "据区应急管理局介绍，20日凌晨3时左右，值班人员接到报警称，一座化工仓库发生爆炸。"
    e = news(events(steps, text, ref="2023-09-22"), "灾害/意外-爆炸")
    assert e.date == "2023-09-20"
    text = "20日凌晨3时左右，当地一家电视台称，一座化工仓库发生爆炸。"  # (a report: not its day)
    e = news(events(steps, text, ref="2023-09-22"), "灾害/意外-爆炸")
    assert e.date is None


def test_an_incident_told_in_a_complaint_is_not_of_the_complaint_s_day(steps) -> None:
    # 某日，某局接到投诉，投诉人反映…发生交通事故: a complaint is made after the incident
    text = "5月9日下午，市消协接到钱先生的投诉，投诉人反映其新车因刹车失灵发生交通事故。"
    e = news(events(steps, text, ref="2021-05-12"), "灾害/意外-车祸")
    assert e.date is None
    # control: a call to the police is made as the incident happens
    text = "5月9日下午，交警接到报警，一辆新车因刹车失灵发生交通事故。"
    e = news(events(steps, text, ref="2021-05-12"), "灾害/意外-车祸")
    assert e.date == "2021-05-09"


def test_a_day_inside_an_after_frame_is_the_earlier_act_s(steps) -> None:
    text = "有知情人透露，在吴某20日凌晨获释后，他以低价出售了名下的股票。"
    e = news(events(steps, text, ref="2023-09-22"), "财经/交易-出售/收购")
    assert e.date is None
    # the day opening the sentence is its main act's, not the one the after-frame names
    text = "20日晚间，在机场被香港警方拘留了三天后，涉嫌夹带象牙的货主韩德明获准保释。"
    dates = {x.type: x.date for x in events(steps, text, ref="2023-09-22")}
    assert dates == {"CONCEDE": "2023-09-20", "COERCE": None}


def test_a_time_does_not_cross_a_contrast(steps) -> None:
    text = "2020年10月5日，孙某某申请撤诉，但华力公司已起诉了孙某某的丈夫赵某某。"
    evs = [e for e in events(steps, text, ref="2021-06-14") if e.news_type == "司法行为-起诉"]
    dates = {e.trigger: e.date for e in evs}
    assert dates.get("撤诉") == "2020-10-05" and dates.get("起诉") is None


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("2026-W01", "2025-12", True),  # the week's Thursday is 1 January 2026
        ("2026-W01", "2025-12-29", True),
        ("2026-W40", "2026-01", False),  # October, nine months from January
        ("2026-W40", "2026-09-15", True),
        ("2025-WI", "2026-02", True),  # winter: December into February
        ("2026-SU", "2026-01", False),  # summer: June to August
        ("2026-SU", "2026-09", True),
        ("2026", "2026-11", True),  # a year alone: the same year
    ],
)
def test_a_week_or_a_season_is_near_by_its_months(a: str, b: str, near: bool) -> None:
    from dashiji.events.frame import _near

    assert _near(a, b) is near


def test_a_partner_left_out_is_the_one_of_the_couple_told_before(steps) -> None:
    text = (
        "2019年，歌手林晓与演员陈默宣布分手。消息传出后，林晓的粉丝纷纷留言。"
        "2020年3月，林晓在采访中再次确认已经分手。"
    )
    later = [e for e in events(steps, text) if e.news_type == "人生-分手"][-1]
    assert sorted(roles(later)["分手双方"]) == sorted(["林晓", "陈默"])
    # a breakup told before is no marriage's couple: one may marry someone else
    text = "2019年，歌手林晓与演员陈默宣布分手。2021年，林晓在老家举办了婚礼。"
    wed = news(events(steps, text), "人生-婚礼")
    assert roles(wed).get("结婚双方") == ["林晓"]


@pytest.mark.parametrize(
    ("text", "news_type", "couple"),
    [
        (
            "苏婉晴出生于成都，是一名舞蹈演员。2016年8月与歌手庞浩开始恋爱，2019年宣布分手。",
            "人生-分手",
            ["庞浩", "苏婉晴"],
        ),
        ("2008年，苏婉晴考入北京舞蹈学院。同年与导演庞浩结婚。", "人生-结婚", ["庞浩", "苏婉晴"]),
    ],
)
def test_a_partner_left_out_is_the_subject_of_the_sentence_before(
    steps, text: str, news_type: str, couple: list[str]
) -> None:
    # 2016年与乙开始恋爱，…分手: a sentence with no subject goes on with the one the sentence
    # right before it opens with
    e = news(events(steps, text), news_type)
    key = next(r for r in roles(e) if r.endswith("双方"))
    assert sorted(roles(e)[key]) == sorted(couple), roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with someone's kin (苏婉晴的母亲), with two people, or with no
        # one; the couple's sentence names its own subject
        "苏婉晴的母亲出生于成都。2008年与导演庞浩结婚。",
        "据报道，苏婉晴与钟丽是同学。2008年与导演庞浩结婚。",
        "婚礼在成都举行。2008年与导演庞浩结婚。",
    ],
)
def test_no_subject_is_carried_past_kin_pairs_or_no_one(steps, text: str) -> None:
    e = news(events(steps, text), "人生-结婚")
    assert roles(e)["结婚双方"] == ["庞浩"], roles(e)


def test_a_long_number_opening_the_sentence_before_is_read_at_once(steps) -> None:
    # the sentence before opens with a run of 40 digits (a serial number), no time, before its
    # one person: its opening was matched with a run quantified inside a star, splitting the
    # run every way before failing at 位 (2**40 tries); one character a step fails at once and
    # carries no one
    def _stop(*_: object) -> None:
        raise TimeoutError("the opening of the sentence before backtracks")

    old = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(60)
    try:
        text = "1234567890" * 4 + "，2号位的苏婉晴出生于成都。2008年与导演庞浩结婚。"
        e = news(events(steps, text), "人生-结婚")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert roles(e)["结婚双方"] == ["庞浩"], roles(e)


# ---- a release: who held the one let go -------------------------------------------------------
def test_a_release_is_by_the_police_that_detained_the_one_released(steps) -> None:
    text = (
        "据其律师介绍，宁波展会上抗议的女车主三天拘留期满，已经释放。"
        "这名女车主上周因堵塞展馆通道被宁波警方拘留三天。"
    )
    e = next(e for e in events(steps, text) if e.type == "CONCEDE")
    assert sides(e).get("source") == ["宁波警方"], sides(e)
    # (a bail is granted by a court other than the one that remanded: nothing is read)
    text = "香港商人龙某某昨日获准保释。龙某某上月被香港法院还押。"
    e = next(e for e in events(steps, text) if e.type == "CONCEDE")
    assert "source" not in sides(e), sides(e)


# ---- 某人周三…，乙…: a day right after the subject opens the predicate and covers the clauses
# after it that have no time of their own --------------------------------------------------------
_SUIT = "司法行为-起诉"


def test_a_day_after_the_subject_covers_a_later_clause(steps) -> None:
    text = "65岁的商人王某周三被警方拘留，其妻子向法院起诉了警方。"
    e = news(events(steps, text, ref="2020-12-26"), _SUIT)
    assert e.date == "2020-12-23", e.date


def test_a_day_after_the_subject_covers_a_political_act_after_it(steps) -> None:
    text = "香港商人王某周三向区域法院再次提出保释，法官刘某批准其保释。"
    (e,) = [x for x in events(steps, text, ref="2020-12-26") if x.type == "CONCEDE"]
    assert e.date == "2020-12-23", e.date


def test_a_step_word_stops_the_day_after_the_subject(steps) -> None:
    # (control: 随即 moves the later act on - no day, on both trees)
    text = "65岁的商人王某周三被警方拘留，其妻子随即向法院起诉了警方。"
    e = news(events(steps, text, ref="2020-12-26"), _SUIT)
    assert e.date is None, e.date


def test_a_clause_with_a_year_of_its_own_takes_no_day_told_before(steps) -> None:
    # 周一，甲举行婚礼，乙去年已经离婚: the divorce is of last year, not of Monday
    text = "周一，大儿子举行婚礼，小儿子去年已经离婚。"
    e = news(events(steps, text, ref="2020-12-26"), "人生-离婚")
    assert e.date is None and e.context_date == "2019", (e.date, e.context_date)


def test_a_day_heading_the_sentence_covers_a_later_clause(steps) -> None:
    # (control: the day opening the sentence covers the clause after it, on both trees)
    text = "周一，大儿子举行婚礼，小儿子与妻子离婚。"
    e = news(events(steps, text, ref="2020-12-26"), "人生-离婚")
    assert e.date == "2020-12-21", e.date


def test_a_day_qualifying_the_subjects_noun_covers_no_later_clause(steps) -> None:
    # 某董事长周三的讲话引发争议: the day is the speech's, inside the subject - no predicate
    # opens with it, the suit after it has no day
    text = "某公司前董事长王某周三的讲话引发争议，某协会起诉了该公司。"
    e = news(events(steps, text, ref="2020-12-26"), _SUIT)
    assert e.date is None, e.date


def test_a_year_after_the_subject_covers_no_later_clause(steps) -> None:
    # 65岁的王某三年前离婚，前妻起诉了他: a year after the subject tells that one's past - the
    # suit is not of three years ago (only a day or finer after the subject opens the predicate)
    text = "65岁的商人王某三年前与妻子离婚，前妻起诉了他。"
    e = news(events(steps, text, ref="2020-12-26"), _SUIT)
    assert e.date is None and e.context_date is None, (e.date, e.context_date)


# ---- the ones an attack hurt, told after it in its sentence ------------------------------------
def test_the_people_an_attack_s_sentence_tells_hurt_are_the_ones_attacked(steps) -> None:
    # 甲持刀行凶，乙和丙受伤: those hurt are the ones attacked, beside the attacker
    text = "昨晚，男子孙某持刀行凶，其前妻和另外3名路人受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击者"] == ["孙某"] and "前妻" in roles(e)["袭击对象"], roles(e)
    text = "男子孙某在街头持刀行凶，路人钱某身中两刀。"  # (the name, not its title)
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["钱某"], roles(e)
    text = "歹徒持刀行凶，孙某挺身而出，身中三刀。"  # (the subject goes on to the hurt)
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["孙某"], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        "歹徒在街头持刀行凶，东湖保安孙某挺身而出，身中三刀。",
        "5月3日晚，一名男子在江城广场开车撞人后持刀伤人，东湖保安孙某挺身而出，身中三刀。",
        # (control, as before: the place after the name)
        "歹徒持刀行凶，孙某在江城广场挺身而出，身中三刀。",
        # the attacker named after 孙某 in the clause is no other subject
        "男子王某持刀行凶，保安孙某与王某搏斗，身中三刀。",
        # one joined to 孙某 by 与 after it: 孙某 still opens the clause
        "男子王某持刀行凶，孙某与民警一起追赶，身中一刀。",
    ],
)
def test_the_subject_who_goes_on_hurt_is_attacked(steps, text: str) -> None:
    # 某地保安孙某挺身而出，身中三刀: the place before the name (or in its clause), the attacker or
    # a partner after it, is no other subject - 孙某 goes on to the hurt
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("袭击对象") == ["孙某"], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # the one who tells of it is no one hurt, nor is the one told of read past him
        "歹徒持刀行凶，店主李某称孙某挺身而出，身中三刀。",
        # 孙某 is the one the hurt clause qualifies, not one going on to it
        "歹徒持刀行凶，东湖民警随即赶来，身中三刀的孙某被送医。",
    ],
)
def test_a_teller_or_a_qualified_one_is_not_read_as_attacked(steps, text: str) -> None:
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "袭击对象" not in roles(e), roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # the hurt clause has a subject of its own (身中…的歹徒, 的店主): 孙某 does not go on
        "歹徒持刀行凶，东湖保安孙某将其制服，身中三刀的歹徒被送医。",
        "男子王某持刀行凶，江城民警孙某赶到现场，身中数刀的店主被送医。",
    ],
)
def test_one_before_a_hurt_clause_with_its_own_subject_is_not_attacked(steps, text) -> None:
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "孙某" not in roles(e).get("袭击对象", []), roles(e)


def test_a_title_s_name_after_a_preposition_is_not_read_as_attacked(steps) -> None:
    # 随后与赶来的民警李某搏斗，身中一枪: the attacker goes on (he is shot); the title before
    # 李某 does not make 李某 the clause's subject - 与…的 before it does not open the clause
    text = "男子王某持刀伤人，随后与赶来的民警李某搏斗，身中一枪。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "李某" not in roles(e).get("袭击对象", []), roles(e)


def test_people_also_hurt_join_those_an_attack_names(steps) -> None:
    # 甲刺伤乙，现场多名群众也受伤: the attack names one attacked; those told as hurt too (也)
    # are attacked as well - control: with no 也, the ones hurt are not read as more of them
    text = "男子孙某持刀刺伤一名保安，现场多名群众也受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["保安", "群众"], roles(e)
    text = "男子孙某持刀刺伤一名保安，现场多名群众受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e)["袭击对象"] == ["保安"], roles(e)


def test_no_one_hurt_and_a_hurt_suspect_are_not_attacked(steps) -> None:
    # control: 无人受伤 names no one; the suspect hurt too is the attacker, told by his kind
    for text in (
        "男子孙某持刀行凶，所幸无人受伤。",
        "犯罪嫌疑人孙某持刀行凶，犯罪嫌疑人在逃跑时受伤。",
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert "袭击对象" not in roles(e), roles(e)


def test_one_hurt_in_another_affair_is_not_attacked(steps) -> None:
    # 钱某在一起车祸中受伤: hurt in a crash, not by the attack told before
    text = "男子孙某持刀行凶，钱某上周在一起车祸中受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "袭击对象" not in roles(e), roles(e)
    # control: the attack pointed back to (在这起血案中) is the one that hurt him
    text = "男子孙某持刀行凶，路人钱某在这起血案中受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("袭击对象") == ["钱某"], roles(e)


def test_the_ones_listed_before_the_other_hurt_are_attacked_too(steps) -> None:
    # 甲、其前妻，以及其他5名受伤路人: 其他 says the ones listed before are hurt too, and the
    # hurt word before the ones counted qualifies them (the attacker listed stays the attacker)
    text = "经初步调查，嫌疑人因债务纠纷行凶，嫌疑人、其妻子，以及其他5名受伤路人已送医治疗。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert {"妻子", "路人"} <= set(roles(e).get("袭击对象", [])), roles(e)
    assert roles(e)["袭击者"] == ["嫌疑人"], roles(e)
    text = "男子孙某持刀行凶，3名受伤群众已被送往医院。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("袭击对象") == ["群众"], roles(e)


def test_a_count_of_the_other_hurt_is_no_number_of_the_hurt(steps) -> None:
    # 其前妻，以及其他5名受伤路人: 5名 counts the others, a part of those hurt - no 受伤人数
    for text in (
        "经初步调查，嫌疑人因债务纠纷行凶，嫌疑人、其妻子，以及其他5名受伤路人已送医治疗。",
        "昨晚，男子孙某持刀行凶，其前妻和另外3名路人受伤。",
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert "受伤人数" not in roles(e) and "袭击对象" in roles(e), roles(e)
    # control: the hurt counted apart from the dead (另有3人受伤), or all of them, are counted
    for text, count in (
        ("男子孙某持刀行凶，致1人死亡，另有3人受伤。", "3人"),
        ("歹徒持刀行凶，造成5人受伤。", "5人"),
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert roles(e).get("受伤人数") == [count], roles(e)


def test_ones_listed_beside_others_not_hurt_are_not_attacked(steps) -> None:
    # control: a list going on to others who are not hurt (其他两名市民上前制止) tells no hurt
    text = "男子孙某持刀行凶，路人钱某，以及其他两名市民上前制止。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert "袭击对象" not in roles(e), roles(e)


def test_one_a_death_word_qualifies_is_attacked(steps) -> None:
    # 遇害女子, 身亡男子: hurt words with no 伤 qualify the one they stand before as well
    for text in (
        "男子孙某持刀行凶，遇害女子系其前妻。",
        "男子孙某持刀行凶，警方已安抚身亡男子的家属。",
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert len(roles(e).get("袭击对象", [])) == 1, roles(e)


def test_the_rest_hurt_after_a_comma_or_no_one_hurt_tells_no_hurt_of_the_one_named(steps) -> None:
    # 其前妻，其余3人受伤: a comma alone - the rest, apart from her, are hurt; 3人 is their number
    text = "男子孙某持刀行凶，致2人死亡，其中包括其前妻，其余3人受伤。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("受伤人数") == ["3人"], roles(e)
    assert "前妻" not in roles(e).get("袭击对象", []), roles(e)
    # 无受伤群众, 没有受伤人员: the hurt word before the people is negated - no one hurt
    for text in ("男子孙某持刀行凶，所幸无受伤群众。", "男子孙某持刀行凶，现场没有受伤群众。"):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert "袭击对象" not in roles(e), roles(e)


def test_one_telling_of_another_s_hurt_or_helping_the_hurt_is_not_attacked(steps) -> None:
    # 王某称钱某受伤, 王某将受伤的钱某送医: the hurt is the other one's, told or carried
    for text, kept in (
        ("男子孙某持刀行凶，民警王某称钱某受伤较重。", ["钱某"]),
        ("男子孙某持刀行凶，路人王某将受伤的钱某送往医院。", None),
        # control: ones a coordinator alone joins are hurt together
        ("男子孙某持刀行凶，钱某和赵某受伤。", ["钱某", "赵某"]),
    ):
        e = news(events(steps, text), "灾害/意外-袭击")
        assert roles(e).get("袭击对象") == kept, roles(e)
