"""A time before an earlier act and a later-step word (随后, 后来) dates the earlier act only; a
prison term after 被判了 is the verdict's term; leaving a list is no leaving of a body (issue 7,
judged date and type faults).  Invented sentences (none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import REF, events, typed


def test_a_year_before_an_earlier_act_and_a_later_step_does_not_date_the_later_act(steps) -> None:
    text = "2016年周某因走私香烟被海关扣押随后被判处有期徒刑四年。"
    evs = typed(events(steps, text), "司法行为-入狱")
    assert [(e.date, e.context_date) for e in evs] == [(None, None)], evs
    # control: with no later step, the year is the verdict's (a year alone: its context date)
    evs = typed(events(steps, "2016年周某因走私香烟被判处有期徒刑四年。"), "司法行为-入狱")
    assert [(e.date, e.context_date) for e in evs] == [(None, "2016")], evs


def test_a_term_after_bei_pan_le_is_a_prison_verdict(steps) -> None:
    evs = typed(events(steps, "上周钱某被判了一年八个月。"), "司法行为-入狱")
    assert [[a.text for a in e.arguments if a.role == "刑期"] for e in evs] == [["一年八个月"]]


def test_leaving_a_list_is_no_leaving_of_a_body(steps) -> None:
    assert not typed(events(steps, "去年，这个村子退出了贫困村名单。"), "组织关系-退出")
    # control: a body left
    assert typed(events(steps, "2019年，该县退出了某协会。"), "组织关系-退出")


def test_a_report_of_the_days_news_dates_the_act_it_tells(steps) -> None:
    # a report of the page's own day (今天, 今日) telling an act with no time of its own: the
    # news of that day, the act done that day - before the telling verb or after it
    for text in (
        "今天（20日）上午，据本地电视台消息，南岗派出所拘捕了涉嫌纵火的男子刘某。",
        "今天上午，南岗派出所通报称，涉嫌纵火的男子刘某被行政拘留十日。",
        "今天上午，南岗派出所通报称涉嫌纵火的男子刘某被行政拘留十日。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [REF], text
    # controls: told as done before (此前, 曾), learned (获悉), or a report of another day
    for text in (
        "今天上午，南岗派出所通报称，涉嫌纵火的男子刘某此前已被刑事拘留。",
        "今天上午，据本地电视台消息，涉嫌纵火的男子刘某曾被南岗派出所拘捕。",
        "今天上午，记者获悉，南岗派出所拘捕了涉嫌纵火的男子刘某。",
        "昨天上午，据本地电视台消息，南岗派出所拘捕了涉嫌纵火的男子刘某。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [None], text


def test_a_time_after_conjunctions_still_opens_its_clause(steps) -> None:
    text = "可是紧接着在3月8日，县公安局在调查后认为之前的证据充足，对余某刑事拘留。"
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == ["2025-03-08"]


def test_a_month_covers_the_steps_it_ends_with(steps) -> None:
    text = "2024年3月，魏某到市政府门口拉横幅维权，最终被警方行政拘留10天。"
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == ["2024-03"]
    # controls: a later time (后来), a day (the end of the steps may be another day), a court
    # step (a charge comes months after)
    for text in (
        "2024年3月，魏某到市政府门口拉横幅维权，后来被警方行政拘留10天。",
        "2024年3月5日，魏某到市政府门口拉横幅维权，最终被警方行政拘留10天。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [None], text
    text = "2024年3月，魏某到市政府门口拉横幅维权，最终被检察院提起公诉。"
    assert [e.date for e in typed(events(steps, text), "司法行为-起诉")] == [None]


def test_an_act_from_a_time_of_day_on_is_of_that_day(steps) -> None:
    # 今日早上开始, 今天上午起: a range open at its end from a time of day, as from a day
    text = "警方今日早上开始拘捕行动，多名涉嫌诈骗的男子被捕。"
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")][:1] == [REF]
    text = "今天上午起，全市出租车司机举行罢工。"
    assert [e.date for e in typed(events(steps, text), "组织行为-罢工")] == [REF]
    # control: an act that runs over the range (相继) has no one day
    text = "从今天上午开始，多名业主相继起诉开发商。"
    assert [e.date for e in typed(events(steps, text), "司法行为-起诉")] == [None]


def test_a_clause_opening_with_ji_glosses_the_day_before_it(steps) -> None:
    # 某日，即事发次日，…: the gloss restates the day that opens the sentence; its 次日 counts
    # from the incident, not from the page's day
    text = "2022年3月8日，即事发次日，钱女士向当地派出所报案。"
    assert [e.date for e in typed(events(steps, text), "司法行为-举报")] == ["2022-03-08"]


def test_zuihou_before_a_count_is_the_last_one_not_a_later_step(steps) -> None:
    # 最后一战, 最后的: which one (an attribute), no later step after the day told
    text = "2019年5月2日，马某迎来退役前最后一战，全场砍下36分，率领雄鹰队逆转猛虎队。"
    assert [e.date for e in typed(events(steps, text), "竞赛行为-胜负")] == ["2019-05-02"]
    # control: 最后 as an adverb is a later step, its day unknown
    text = "2024年3月5日，魏某到市政府门口拉横幅维权，最后遭警方行政拘留10天。"
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [None]


def test_a_time_inside_a_when_clause_dates_the_act_after_it(steps) -> None:
    # …时，X发动罢工: the act of the next clause is done at the time the when-clause tells,
    # however far into the when-clause the time stands
    text = "风波的起点是今年3月初订单骤减时，县纺织厂工人发动罢工，三天内有2000人响应。"
    assert [e.date for e in typed(events(steps, text), "组织行为-罢工")] == ["2025-03"]
    # control: a clause that only names the time (说起) is no when-clause
    text = "第一件大事要从今年3月初说起，县纺织厂工人发动罢工。"
    assert [e.date for e in typed(events(steps, text), "组织行为-罢工")] == [None]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 某日，警方发布通报，某人被处以行政拘留: the notice imposes the penalty, on its day
        ("2023年6月2日，区公安分局发布通报，吴某因殴打他人被处以行政拘留七日。", "2023-06-02"),
        # 通报称, 通报中称: the notice's own saying, no other telling - it imposes it too
        ("2023年6月2日，区公安分局发布通报称，吴某因殴打他人被处以行政拘留七日。", "2023-06-02"),
        ("2023年6月2日，区公安分局在通报中称，吴某因殴打他人被处以行政拘留七日。", "2023-06-02"),
        # controls: a media report; another telling after the notice (记者获悉); a detention the
        # notice tells as done before
        ("2023年6月2日，区电视台报道，吴某因殴打他人被处以行政拘留七日。", None),
        ("2023年6月2日，区公安分局发布通报，记者获悉，吴某因殴打他人被处以行政拘留七日。", None),
        ("2023年6月2日，区公安分局发布通报，吴某因殴打他人此前已被行政拘留。", None),
        ("2023年6月2日，区公安分局发布通报称，吴某因殴打他人此前已被处以行政拘留。", None),
        # controls: a telling before the notice's saying, an earlier notice's saying
        ("6月2日，据媒体报道，区公安分局通报称，吴某被处以七日行政拘留。", None),
        ("2023年6月2日，网友质疑警方此前的通报称，吴某仅被处以行政拘留七日。", None),
    ],
    ids=[
        "notice", "notice-says", "in-the-notice-says", "media-report", "learned-after",
        "done-before", "says-done-before", "report-before", "earlier-notice",
    ],
)  # fmt: skip
def test_a_penalty_a_dated_notice_imposes_is_of_the_notice_s_day(
    steps, text: str, date: str | None
) -> None:
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [date]


def test_a_time_in_the_object_of_a_verb_with_le_opens_no_clause(steps) -> None:
    # 获得了2008年某奖，…夺冠: the year is the award's, not the title's won after
    text = "获得了2008年全国中学生最佳球员奖，在他高中最后一年，马某带领球队拿到了州级冠军。"
    evs = typed(events(steps, text, ref="2020-01-27"), "竞赛行为-夺冠")
    assert [(e.date, e.context_date) for e in evs] == [(None, None)], evs
    assert not [a for e in evs for a in e.arguments if a.role == "时间"]
    # control: 到了 (by then) opens the clause with its time
    text = "到了2019年5月，雄鹰队夺得联赛冠军。"
    evs = typed(events(steps, text, ref="2020-01-27"), "竞赛行为-夺冠")
    assert [e.date for e in evs] == ["2019-05"]


def test_a_relative_day_counts_from_the_day_told_just_before(steps) -> None:
    # 次日, 在这前一天, 2天前 after a day told in the sentence before: that day, plus or minus -
    # a day (not the window 前一天 reads from the page), told by the sentence itself
    cases = (
        ("2025年3月4日，邓某在济南一家商场门口拉横幅维权。次日，邓某被警方行政拘留七日。",
         "司法行为-拘捕", "2025-03-05"),
        ("9月16日，该案在杭州市中级人民法院二审开庭。在这前一天，蒋某的同伙被警方刑事拘留。",
         "司法行为-拘捕", "2025-09-15"),
        ("当地时间2025年2月20日，智利政府要求法院暂停审理此案。2天前，智利政府起诉了这家矿业公司。",
         "司法行为-起诉", "2025-02-18"),
        ("2025年6月7日，彭某在长沙驾车撞伤多名行人，事发次日，彭某被警方刑事拘留。",
         "司法行为-拘捕", "2025-06-08"),
    )  # fmt: skip
    for text, kind, day in cases:
        assert [e.date for e in typed(events(steps, text), kind)] == [day], text
    # controls: a day told sentences further back is no day of this sentence; 2天前 with no
    # day told before counts from the page's day
    far = "3月4日，邓某在济南维权。商场报了警。围观者拍下视频。次日，邓某被警方行政拘留七日。"
    assert [e.date for e in typed(events(steps, far), "司法行为-拘捕")] == [None]
    alone = "2天前，智利政府起诉了这家矿业公司。"
    assert [e.date for e in typed(events(steps, alone), "司法行为-起诉")] == ["2025-10-18"]


def test_a_count_of_days_after_counts_from_the_day_told_just_before(steps) -> None:
    # 一天后, 两天后, 三天后 opening a clause after a day told in the sentence before or in its
    # own: that day plus the count, not the page's day plus it, nor no day at all
    cases = (
        ("9月3日，钟某在宁波被警方刑事拘留。一天后，检察院对钟某提起公诉。",
         "司法行为-起诉", "2025-09-04"),
        ("据本地电视台10月12日报道，钟某9日获准保释。两天后，检察院向法院提出了上诉。",
         "司法行为-起诉", "2025-10-11"),
        ("9月3日，钟某在宁波被警方刑事拘留，三天后被检察院批准逮捕。",
         "司法行为-拘捕", "2025-09-06"),
        ("2025年3月5日，钟某在商场被打，两天后钟某向警方报案。", "司法行为-举报", "2025-03-07"),
    )  # fmt: skip
    for text, kind, day in cases:
        assert [e.date for e in typed(events(steps, text), kind)][-1:] == [day], text
    # controls: a count after with no day told before, a day told sentences further back, and
    # a count ending an act's own words (工作了一天后: counted from the work) date nothing
    for text, kind in (
        ("一天后，检察院对钟某提起公诉。", "司法行为-起诉"),
        ("9月3日，钟某在宁波维权。商场报了警。围观者拍下视频。两天后，检察院对钟某提起公诉。",
         "司法行为-起诉"),
        ("2019年3月2日，钟某在网上发了一张照片。他工作了一天后，和女友举行了婚礼。", "人生-婚礼"),
        ("9月3日，钟某在宁波被警方刑事拘留。10多天后，检察院对钟某提起公诉。", "司法行为-起诉"),
        ("9月3日，钟某在宁波被警方刑事拘留。两三天后，检察院对钟某提起公诉。", "司法行为-起诉"),
        ("9月3日，钟某在宁波被警方刑事拘留。一两天后，检察院对钟某提起公诉。", "司法行为-起诉"),
        # (a day of a plan - to come, or 原定于 - is no day an act was done on; nor a day after
        # the page's with no word of a plan before it)
        ("决赛将于10月25日在宁波举行。两天后，钟某宣布退役。", "竞赛行为-退役"),
        ("10月25日，钟某将在宁波出战决赛。两天后，钟某宣布退役。", "竞赛行为-退役"),
        ("该案原定于2025年9月3日开庭。一天后，检察院对钟某提起公诉。", "司法行为-起诉"),
    ):  # fmt: skip
        assert [e.date for e in typed(events(steps, text), kind)] == [None], text


def test_just_now_opening_a_clause_is_the_pages_day(steps) -> None:
    # 就在刚刚, 刚刚 and its comma: a live report's "just now", the page's own day
    for text in (
        "就在刚刚，宁波市中级人民法院对钟某作出一审判决，钟某被判有期徒刑3年。",
        "刚刚，宁波市中级人民法院对钟某作出一审判决，钟某被判有期徒刑3年。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-入狱")] == [REF], text
    # controls: the adverb 刚刚 (just) inside a clause, 刚刚 in a poster's words, 日前 and 近日
    # (windows) date nothing
    for text in (
        "刚刚年满18岁的钟某在家中被警方刑事拘留。",
        "8月4日，钟某的妻子发文称：“刚刚，我丈夫被警方刑事拘留了。”",
        "日前，宁波市公安局将涉嫌诈骗的男子钟某刑事拘留。",
        "近日，宁波市公安局将涉嫌诈骗的男子钟某刑事拘留。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == [None], text
    # controls: 就在刚刚 then a time the words go on to name (刚刚过去的周末, 刚刚结束的决赛)
    for text, kind in (
        ("就在刚刚过去的周末，某科技公司宣布裁员三百人。", "组织关系-裁员"),
        ("就在刚刚结束的决赛中，钟某夺得冠军。", "竞赛行为-夺冠"),
    ):
        assert [e.date for e in typed(events(steps, text), kind)] == [None], text


def test_a_record_of_a_day_showing_an_act_dates_the_record_not_the_act(steps) -> None:
    # 某人10月1日发布的视频显示，…: the day is the video's; what it shows was done before
    for text in (
        "歌手钟某10月1日发布的视频显示，他已经和妻子离婚。",
        "10月1日，网友上传的一段视频显示，歌手钟某已经和妻子离婚。",
    ):
        assert [e.date for e in typed(events(steps, text), "人生-离婚")] == [None], text
    # controls: an act done in the record (在…视频中感谢), a record posted and an act told
    # after it, a day told after 显示: the day stands
    for text, kind in (
        ("歌手钟某在10月1日发布的一段视频中感谢了网友的支持。", "交往-感谢"),
        ("10月1日，歌手钟某发布视频，感谢了网友的支持。", "交往-感谢"),
        ("视频显示，10月1日晚，歌手钟某和妻子离婚。", "人生-离婚"),
        # (a record of that day, not made public on it: what it shows is of that day)
        ("10月1日的监控视频显示，钟某在商场内殴打了一名保安。", "灾害/意外-袭击"),
        ("10月1日，网友拍摄的视频显示，钟某在街头殴打一名老人。", "灾害/意外-袭击"),
        ("10月1日的聊天记录显示，钟某向女友求婚。", "人生-求婚"),
    ):
        assert [e.date for e in typed(events(steps, text), kind)] == ["2025-10-01"], text


def test_a_day_of_the_same_year_as_a_written_one_stays_on_a_page_dated_before_it(steps) -> None:
    # 同年10月18日 after 2024年3月5日, on a page dated before both: the year is the one written,
    # not the page's - the page's date is wrong, the day is kept (as 2024年10月18日 would be)
    text = "2024年3月5日，检察院对蒋某批准逮捕。同年10月18日，蒋某一审获刑三年。"
    evs = typed(events(steps, text, ref="2024-01-10"), "司法行为-入狱")
    assert [e.date for e in evs] == ["2024-10-18"], evs
    # control: a month and day with no year, after the page's date, is no such day
    text = "检察院对蒋某批准逮捕。10月18日，蒋某一审获刑三年。"
    evs = typed(events(steps, text, ref="2024-01-10"), "司法行为-入狱")
    assert [e.date for e in evs] != ["2024-10-18"], evs


def test_an_act_a_speech_of_a_month_tells_as_just_done_is_of_that_month(steps) -> None:
    text = "5月，车主孙女士表示，已向郑州市中级人民法院提起上诉。"
    assert [e.date for e in typed(events(steps, text), "司法行为-起诉")] == ["2025-05"]
    # controls: told as done earlier (此前), or a speech of a day (the act may be days before it)
    for text in (
        "5月，车主孙女士表示，此前已向郑州市中级人民法院提起上诉。",
        "5月8日，车主孙女士表示，已向郑州市中级人民法院提起上诉。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-起诉")] == [None], text


def test_a_calendar_day_apposed_to_a_relative_time_dates_the_act(steps) -> None:
    # 上周10月14日, 约10天前的10月9日: the day tells when; the relative time only rounds it
    for text, day in (
        ("就在上周10月14日，合肥市中级法院对这起案件公开开庭审理。", "2025-10-14"),
        ("约10天前的10月9日，合肥市中级法院对这起案件公开开庭审理。", "2025-10-09"),
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-开庭")] == [day], text
    # control: the relative time alone dates the act by itself
    text = "就在上周，合肥市中级法院对这起案件公开开庭审理。"
    assert [e.date for e in typed(events(steps, text), "司法行为-开庭")] != [None]


def test_a_count_of_years_before_a_day_gives_it_its_year(steps) -> None:
    # 两年前的7月26日 (article 2025-10): the day is of 2023, not of the article's year; a count
    # written in numerals of the calendar (三年前, 十年前) is a count, not a year
    for text, day in (
        ("两年前的7月26日，合肥市中级法院对这起案件公开开庭审理。", "2023-07-26"),
        ("约三年前的7月26日，合肥市中级法院对这起案件公开开庭审理。", "2022-07-26"),
        ("十年前的2月3日，合肥市中级法院对这起案件公开开庭审理。", "2015-02-03"),
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-开庭")] == [day], text
    # controls: a count of days keeps the day's own reading; a written year stands
    for text, day in (
        ("十天前的9月20日，合肥市中级法院对这起案件公开开庭审理。", "2025-09-20"),
        ("2021年的7月26日，合肥市中级法院对这起案件公开开庭审理。", "2021-07-26"),
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-开庭")] == [day], text
    # a leap day is not moved into a year that has none (no 2023-02-29)
    text = "两年前的2月29日，合肥市中级法院对这起案件公开开庭审理。"
    dates = [e.date for e in typed(events(steps, text, ref="2025-03-10"), "司法行为-开庭")]
    assert "2023-02-29" not in dates, dates


def test_a_day_apposed_to_a_relative_time_opens_its_clause(steps) -> None:
    # 约20天前的10月1日，: the day, told after the relative time and 的, heads the clause as a
    # day alone would - it dates the acts of the clauses after it, as 10月1日， does
    cases = (
        ("约20天前的10月1日，网友吴某在微博发布长文，举报老板钱某拖欠工资。", "司法行为-举报"),
        ("约一个月前的9月20日，歌手周某发布视频，宣布与女友结婚。", "人生-结婚"),
        ("约20天前的10月1日，刘某被警方拘捕并被检察院起诉。", "司法行为-起诉"),
    )
    for text, kind in cases:
        plain = text.split("的", 1)[1]
        assert [e.date for e in typed(events(steps, plain), kind)] != [None], plain
        want = [e.date for e in typed(events(steps, plain), kind)]
        assert [e.date for e in typed(events(steps, text), kind)] == want, text
    # controls: the relative time alone keeps its approximate day; a report, an act done
    # before the day (此前), a later step (后来), or a statement after a semicolon are not of it
    text = "约20天前，南岗派出所民警在一家宾馆内拘捕了涉嫌诈骗的男子刘某。"
    assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == ["2025-09-30"]
    arrest, suit = "司法行为-拘捕", "司法行为-起诉"
    for text, kind in (
        ("约20天前的10月1日，据本地电视台报道，南岗派出所拘捕了涉嫌诈骗的男子刘某。", arrest),
        ("约20天前的10月1日，南岗派出所通报，涉嫌诈骗的男子刘某此前已被拘捕。", arrest),
        ("约20天前的10月1日，刘某到市政府门口拉横幅维权，后来被警方行政拘留10天。", arrest),
        ("约20天前的10月1日，刘某被警方拘捕；钱某曾起诉他。", suit),
        ("约20天前的10月1日，车主孙女士发文，起诉某车企。", suit),
    ):
        assert [e.date for e in typed(events(steps, text), kind)] == [None], text
    # control: the day heading the clause of the act, as before
    evs = events(steps, "约20天前的10月1日，刘某被警方拘捕。")
    assert [e.date for e in typed(evs, arrest)] == ["2025-10-01"]


def test_a_later_time_of_day_takes_the_part_of_the_day_off_the_day_heading_it(steps) -> None:
    # 10月6日上午…，下午3时许…去世: the act is of that day at its own hour - the part of the
    # day (上午, 晚) told with the day is the time of the act told first, not of this one
    for text, kind in (
        ("10月6日晚，张某与李某发生争执，晚上10时许，张某被警方拘留。", "司法行为-拘捕"),
        ("10月6日上午，张某在家中突发疾病，下午3时许在医院去世。", "人生-死亡"),
        ("10月6日上午，张某被带到派出所问话；下午，张某被警方刑事拘留。", "司法行为-拘捕"),
    ):
        evs = typed(events(steps, text), kind)
        assert [(e.date, e.date_text) for e in evs] == [("2025-10-06", "10月6日")], text
        assert [a.text for e in evs for a in e.arguments if a.role == "时间"] == ["10月6日"]
    # controls: the part of the day is the act's own (no later time of day before it, or the
    # hour is the day's own: 晚8时许), or the later hour is another act's, after the trigger
    for text, kind, told in (
        ("10月6日晚8时许，张某被警方拘留。", "司法行为-拘捕", "10月6日晚"),
        ("10月6日晚，张某被警方拘留。", "司法行为-拘捕", "10月6日晚"),
        ("10月6日上午，张某被警方拘留，下午2时，李某被释放。", "司法行为-拘捕", "10月6日上午"),
        ("10月6日上午，张某与李某在民政局登记结婚。", "人生-结婚", "10月6日上午"),
        ("10月6日上午张某在家中突发疾病去世。", "人生-死亡", "10月6日上午"),
    ):
        evs = typed(events(steps, text), kind)
        assert [(e.date, e.date_text) for e in evs] == [("2025-10-06", told)], text


def test_a_later_time_of_day_of_another_clause_leaves_the_part_of_the_day(steps) -> None:
    # the later time of day is of a clause other than the act's (下午 read in 喝下午茶): the day
    # heading the sentence keeps its part of the day
    for text, kind, told in (
        ("10月6日上午，张某与李某在家中喝下午茶，张某被警方拘留。", "司法行为-拘捕", "10月6日上午"),
        (
            "10月6日上午，张某与李某喝下午茶时发生争执，张某被警方拘留。",
            "司法行为-拘捕",
            "10月6日上午",
        ),
    ):
        evs = typed(events(steps, text), kind)
        assert [(e.date, e.date_text) for e in evs] == [("2025-10-06", told)], text
    # control: the later hour heads the act's own clause, 许 or 左右 after it
    text = "10月6日上午，张某被带到派出所问话，下午3时左右，张某被警方刑事拘留。"
    evs = typed(events(steps, text), "司法行为-拘捕")
    assert [(e.date, e.date_text) for e in evs] == [("2025-10-06", "10月6日")], text


def test_an_act_heading_no_one_after_a_verb_and_its_le_keeps_its_day(steps) -> None:
    # 作出了行政拘留10日的处罚: the act heads the penalty given that day, no one done to before
    for text in (
        "10月3日，警方对张某作出了行政拘留10日的处罚。",
        "10月3日，公安机关依法对其作出了行政拘留的处罚决定。",
    ):
        assert [e.date for e in typed(events(steps, text), "司法行为-拘捕")] == ["2025-10-03"], text
    # 除了, 为了: no verb's 了 - the deaths are of the accident that day
    for text in (
        "10月3日，某煤矿发生透水事故，除了遇难的3名矿工，另有5人受伤。",
        "10月3日，某煤矿发生透水事故，为了遇难的3名矿工，全村停工一天。",
    ):
        assert [e.date for e in typed(events(steps, text), "人生-死亡")] == ["2025-10-03"], text
    # control: 了已经 before the act, someone named after its 的
    text = "10月3日，警方找到了已经失踪三天的刘某。"
    assert [e.date for e in typed(events(steps, text), "人生-失联")] == [None], text


def test_an_act_named_as_the_object_of_a_later_verb_takes_no_day_from_it(steps) -> None:
    # 找到了失踪的刘某: the act named in the relative clause after the verb and its 了 was done
    # before the finding - the day told is the finding's, the sentence gives none of its own
    for text, kind in (
        ("10月3日，民警在河边的树林里找到了失踪的刘某。", "人生-失联"),
        ("10月3日，警方找到了已失踪三天的刘某。", "人生-失联"),
        ("10月3日，救援人员找到了遇难的3名矿工。", "人生-死亡"),
        ("10月3日，家属在殡仪馆悼念了遇难的工人。", "人生-死亡"),
    ):
        assert [e.date for e in typed(events(steps, text), kind)] == [None], text
    # controls: the act is the clause's own, or the time is told inside the relative clause,
    # or what follows 了 is the verb's own object (no act named in a relative clause)
    for text, kind in (
        ("10月3日，刘某失踪。", "人生-失联"),
        ("10月3日，刘某在山中失踪，警方找到了他的背包。", "人生-失联"),
        ("10月3日遇难的张某被安葬。", "人生-死亡"),
        ("10月3日，警方拘留了涉嫌诈骗的张某。", "司法行为-拘捕"),
        ("10月3日，张某辞去了甲公司的职务。", "组织关系-辞/离职"),
        ("10月3日，法院判处了张某有期徒刑三年。", "司法行为-入狱"),
    ):
        assert [e.date for e in typed(events(steps, text), kind)] == ["2025-10-03"], text


def test_a_fine_added_to_a_prison_term_is_of_the_rulings_day(steps) -> None:
    text = (
        "2019年9月10日，郑州市金水区法院经审理判定被告人钟某犯诈骗罪，"
        "判处有期徒刑5年，并处罚金人民币5万元。"
    )
    evs = events(steps, text)
    assert [e.date for e in typed(evs, "司法行为-入狱")] == ["2019-09-10"]
    assert [e.date for e in typed(evs, "司法行为-罚款")] == ["2019-09-10"]


def _titled(steps, title: str, body: str, ref: str = "2021-10-19") -> list:
    """The events of a one-paragraph article with the headline ``title`` (no block of it)."""
    from dashiji.events.coder import code_events
    from dashiji.model import Article, Block, Document, Raw, content_id

    data = body.encode("utf-8")
    doc = Document(id=content_id(data), raw=Raw(data, "mem://test", "text/plain"))
    doc.reference_date = ref
    doc.set_article(Article(title=title, blocks=[Block("body", body)]))
    normalize, annotate = steps
    return code_events(annotate.process(normalize.process(doc)))


def test_a_headline_repeated_before_the_lead_leaves_the_lead_its_own_day(steps) -> None:
    # 标题 导语: the paragraph opens with the title's words and a space, then the lead - the
    # lead's verdict keeps its day (10月18日), not read as the headline's undated 获刑
    body = (
        "邹某诈骗获刑3年 宁波市中级人民法院通报，10月18日14时，该院对邹某诈骗案"
        "公开宣判，以诈骗罪判处邹某有期徒刑三年。"
    )
    evs = typed(_titled(steps, "邹某诈骗获刑3年并处罚金5万元", body), "司法行为-入狱")
    assert "2021-10-18" in [e.date for e in evs], evs
    # controls: words before a space that open no title (a speaker's label), no title, or a
    # title of spaces alone
    for title in ("宁波一男子诈骗被判刑", "", " "):
        evs = typed(_titled(steps, title, body), "司法行为-入狱")
        assert "2021-10-18" not in [e.date for e in evs], (title, evs)
    # a title repeated over two lines (a space inside it): cut after all of it
    body = "中国男篮击败日本队 晋级决赛 北京时间10月18日，中国男篮在亚运会半决赛中击败日本队。"
    evs = typed(_titled(steps, "中国男篮击败日本队晋级决赛", body), "竞赛行为-胜负")
    assert [e.date for e in evs if e.sentence.startswith("北京时间")] == ["2021-10-18"], evs
    # (Latin words a space parts open no headline: Apple Watch Ultra 发布会上…, even ending on
    # a figure: Apple Watch 2 发布会上…)
    for model in ("Apple Watch Ultra", "Apple Watch 2"):
        latin = model + " 发布会上，某科技公司宣布首席执行官钟某辞职。"
        evs = _titled(steps, model + "发布会举行", latin)
        assert evs and all(e.sentence.startswith("Apple") for e in evs), (model, evs)
    # (nor one that opens with Chinese words and ends on a Latin one: 苹果公司CEO 库克…)
    latin = "美国苹果公司CEO 库克昨天在北京宣布，公司首席运营官钟某辞职。"
    evs = _titled(steps, "美国苹果公司CEO库克访华", latin)
    assert evs and all(e.sentence.startswith("美国苹果") for e in evs), evs
    label = "某研究会副秘书长 钟某：消费者拿到数据后问题并没有解决，法院判处邹某有期徒刑三年。"
    evs = _titled(steps, "专家谈维权：某研究会副秘书长钟某", label)
    assert all(e.sentence.startswith("某研究会副秘书长 钟某") for e in evs), evs
    # (nor a label whose title opens with it: the name and its colon after the space open the
    # speaker's words, no lead)
    evs = _titled(steps, "某研究会副秘书长钟某谈维权", label)
    assert evs and all(e.sentence.startswith("某研究会副秘书长 钟某") for e in evs), evs
