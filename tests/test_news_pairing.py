"""Types that go together (issue 7, conventions "Courts, police and lawsuits"): a DuEE type that
implies a PLOVER type in a political setting gets it where the sentence or its article places the
people; a verdict word is a verdict, not a hearing; a share price is no price of goods; a prison
term a part of the group sentenced has suspended still sends the rest to prison.  Invented
sentences (none from the dev sets)."""

from __future__ import annotations

from test_events import events, kinds, typed

JAILED = "司法行为-入狱"
HEARING = "司法行为-开庭"


def test_a_public_body_of_the_article_places_a_person_named_in_full(steps) -> None:
    evs = events(
        steps,
        "退休教师贺晓峰多年前曾在全国人民代表大会的机关里当司机。",
        "2016年5月，贺晓峰因诈骗被捕入狱。",
    )
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert "CHN" in jailed[0].countries


def test_a_company_of_the_article_places_no_one(steps) -> None:
    evs = events(
        steps,
        "退休教师贺晓峰多年前做过比亚迪的销售员。",
        "2016年5月，贺晓峰因诈骗被捕入狱。",
    )
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type is None, kinds(evs)


def test_a_term_a_part_of_the_group_has_suspended_is_still_prison(steps) -> None:
    evs = events(steps, "新加坡九名装修工人因非法拘禁被判入狱一年至三年，另有两人被判缓刑。")
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert len([e for e in evs if e.type == "COERCE"]) == 1, kinds(evs)  # (the part: no event)


def test_a_suspended_term_of_the_one_sentenced_is_no_prison(steps) -> None:
    evs = events(steps, "新加坡装修工头龚永胜被判入狱一年，缓刑十八个月。")
    assert not typed(evs, JAILED), kinds(evs)
    assert any(e.type == "COERCE" for e in evs), kinds(evs)


def test_a_verdict_given_at_the_hearing_is_a_verdict_of_that_day(steps) -> None:
    # the hearing and the ruling in two paragraphs: only the at_hearing rule carries the day
    # across (the retold-day rule stops at a paragraph)
    hearing = "2019年3月2日上午，经半年侦查，倪长风因诈骗罪在宁波受审。"
    evs = events(steps, hearing, "合议庭当庭宣判，判其有期徒刑三年。")
    assert len(typed(evs, HEARING)) == 1, kinds(evs)  # (the trial, not the ruling)
    jailed = typed(evs, JAILED)
    # (the day is told in the paragraph before: the ruling's context date, not its own)
    assert jailed and jailed[0].context_date == "2019-03-02", [
        (e.trigger, e.date, e.context_date) for e in jailed
    ]
    assert jailed[0].date is None
    # control: another day told in a paragraph between - no day carried
    between = "2019年3月5日，倪长风的家属向法院递交了一份材料。"
    evs = events(steps, hearing, between, "合议庭当庭宣判，判其有期徒刑三年。")
    assert [e.context_date for e in typed(evs, JAILED)] == [None], kinds(evs)


def test_a_hearing_is_still_a_hearing(steps) -> None:
    evs = events(steps, "2019年3月2日，宁波中院开庭，审理倪长风诈骗一案。")
    assert typed(evs, HEARING), kinds(evs)


def test_a_share_price_told_before_is_no_price_cut(steps) -> None:
    evs = events(steps, "受利空消息影响，某银行股价周二收于8.6元，跌幅为4%。")
    assert not typed(evs, "财经/交易-降价"), kinds(evs)


def test_a_price_told_before_falls(steps) -> None:
    evs = events(steps, "该楼盘上月均价为每平方米3万元，跌幅达5%。")
    assert typed(evs, "财经/交易-降价"), kinds(evs)


def test_an_unauthorised_assembly_in_a_story_of_one_region_is_a_protest(steps) -> None:
    evs = events(
        steps,
        "韦永康是澳门一名的士司机。",
        "韦永康前年与邵家豪等几名司机在政府总部外非法集会，抗议油价上涨。",
    )
    march = typed(evs, "组织行为-游行")
    assert march and march[0].type == "PROTEST", kinds(evs)
    assert "MAC" in march[0].countries


def test_defending_ones_rights_takes_no_country_from_the_article(steps) -> None:
    evs = events(
        steps,
        "韦永康是澳门一名的士司机。",
        "韦永康为拖欠的车费一直在维权。",
    )
    assert not [e for e in evs if e.type == "PROTEST"], kinds(evs)


def test_the_news_one_tells_closes_what_it_credits(steps) -> None:
    evs = events(steps, "今年3月，理发师周海涛发视频公布订婚的消息，半年后两人正式领证。")
    wed = typed(evs, "人生-结婚")
    assert wed and wed[0].modality == "asserted", [(e.trigger, e.modality) for e in evs]


def test_the_news_a_sentence_cites_credits_what_follows(steps) -> None:
    evs = events(steps, "据交警昨晚发布的消息，一辆货车在高架桥上追尾一辆客车。")
    crash = typed(evs, "灾害/意外-车祸")
    assert crash and crash[0].modality == "reported", [(e.trigger, e.modality) for e in evs]


def test_a_court_written_with_its_city_places_the_article(steps) -> None:
    evs = events(steps, "湖州市南浔区人民法院今天集中宣判了一批案件。", "贺晓峰因诈骗罪获刑三年。")
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert "CHN" in jailed[0].countries


# paragraphs of a case that name no place, then the term of one named in full
_CASE_AND_TERM = (
    "案发于去年冬天的一间酒吧。",
    "涉案的几名男子当晚曾饮酒。",
    "被告卢嘉辉被判囚八个月。",
)


def test_a_place_and_a_role_word_place_the_article(steps) -> None:
    # a body written as a place and a role word (a region's court), in an article naming no
    # place of its own, places the people named in full as a court written with its city does
    evs = events(
        steps,
        "五名被告昨天在澳门法院听取裁决。",
        *_CASE_AND_TERM,
    )
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert "MAC" in jailed[0].countries


def test_a_court_police_word_places_no_one(steps) -> None:
    # 法警 (a court's police) is no country's police: it places no one
    evs = events(
        steps,
        "庭审结束后，法警把被告带回羁押室。",
        *_CASE_AND_TERM,
    )
    jailed = typed(evs, JAILED)
    assert jailed and jailed[0].type is None, kinds(evs)
