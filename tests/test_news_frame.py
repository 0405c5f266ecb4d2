"""The other side of a two-party event, from the article when its sentence leaves it out
(dashiji.events.frame).  Each rule has a text where it acts and a similar one where it must not.
Invented sentences (none from the dev set or the DTELS articles)."""

from __future__ import annotations

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
    e = protest(events(steps, "上海一名华为手机用户昨天站在车顶维权。"))
    assert sides(e).get("target") == ["华为"]


def test_a_consumer_protest_takes_the_company_of_the_headline(steps) -> None:
    text = "华为手机用户店内维权\n上海一名用户昨天站在柜台上维权，要求退款。"
    evs = [e for e in events(steps, text) if e.type == "PROTEST" and "柜台" in e.sentence]
    assert len(evs) == 1 and sides(evs[0]).get("target") == ["华为"]
    e = protest(events(steps, "上海一名用户昨天站在柜台上维权，要求退款。"))
    assert "target" not in sides(e)  # (no company named anywhere)


def test_no_target_when_two_companies_compete(steps) -> None:
    e = protest(events(steps, "上海一名华为手机用户和一名联想电脑用户昨天站在柜台上维权。"))
    assert "target" not in sides(e)


# ---- case: the other party of the suit told before -------------------------------------------
def test_an_appeal_is_against_the_other_party_of_the_suit(steps) -> None:
    text = "孙某某去年起诉了华力公司。一审判决后，华力公司表示将上诉。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    appeal = next(e for e in evs if e.trigger == "上诉")
    assert roles(appeal).get("被告") == ["孙某某"]
    assert roles(appeal).get("原告") == ["华力公司"]


def test_no_party_from_before_when_the_sentence_names_its_own(steps) -> None:
    text = "孙某某去年起诉了华力公司。华力公司随后起诉了赵某某。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    second = max(evs, key=lambda e: e.trigger_start)
    assert "孙某某" not in roles(second).get("被告", [])


# ---- agent_kinds: the police of the arrest told just before ----------------------------------
def test_a_detention_is_by_the_police_that_made_the_arrest_before(steps) -> None:
    text = "杭州警方昨日抓捕了多名嫌疑人。目前，犯罪嫌疑人孙某某已被刑事拘留。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-拘捕"]
    held = next(e for e in evs if e.trigger == "刑事拘留")
    assert roles(held).get("拘捕者") == ["杭州警方"]
    assert roles(held).get("被拘捕者") == ["孙某某"]


def test_no_doer_from_before_for_an_act_of_another_time(steps) -> None:
    text = "杭州警方昨日抓捕了多名嫌疑人。2015年3月，孙某某曾因赌博被刑事拘留。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-拘捕"]
    held = next(e for e in evs if e.trigger == "刑事拘留")
    assert "拘捕者" not in roles(held)


def test_no_doer_from_a_sentence_that_tells_no_such_act(steps) -> None:
    text = "交警认定孙某某负事故全部责任。孙某某随后被行政拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert "拘捕者" not in roles(e)


# ---- dates: a call to the police dates the incident it tells -------------------------------------
def test_an_incident_told_in_a_call_to_the_police_is_dated_by_the_call(steps) -> None:
    text = "30日凌晨，警方通报了案情：29日21时许，110接群众报警称，某区一名男子驾车撞人。"
    e = news(events(steps, text, ref="2021-06-01"), "灾害/意外-车祸")
    assert e.date == "2021-05-29"
    text = "29日21时许，某报记者称，某区一名男子驾车撞人。"  # (a report: not the day it happened)
    e = news(events(steps, text, ref="2021-06-01"), "灾害/意外-车祸")
    assert e.date is None


def test_a_day_inside_an_after_frame_is_the_earlier_act_s(steps) -> None:
    text = "有消息称，在王某某12日凌晨获保释后，他大幅降价出售了名下资产。"
    e = news(events(steps, text, ref="2021-06-14"), "财经/交易-出售/收购")
    assert e.date is None
    # the day opening the sentence is its main act's, not the one the after-frame names
    evs = events(steps, "12日凌晨，在被香港警方拘留约40小时后，王某某获准保释。", ref="2021-06-14")
    dates = {x.type: x.date for x in evs}
    assert dates == {"CONCEDE": "2021-06-12", "COERCE": None}


def test_a_time_does_not_cross_a_contrast(steps) -> None:
    text = "2020年10月5日，孙某某申请撤诉，但华力公司已起诉了孙某某的丈夫赵某某。"
    evs = [e for e in events(steps, text, ref="2021-06-14") if e.news_type == "司法行为-起诉"]
    dates = {e.trigger: e.date for e in evs}
    assert dates.get("撤诉") == "2020-10-05" and dates.get("起诉") is None
