"""Time expressions: the seed documents, both scripts, durations, tense, no reference, the bench."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_bench
from conftest import seed_text as seed
from conftest import shared_dir as shared_root

from dashiji.annotate.time_tense import tense
from dashiji.annotate.times import TimeExpr, find_times

REPO = Path(__file__).resolve().parents[1]


def at(exprs: list[TimeExpr], text: str, phrase: str, nth: int = 0) -> TimeExpr:
    """The expression starting where the ``nth`` occurrence of ``phrase`` starts in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(phrase, pos + 1)
    found = [e for e in exprs if e.start == pos]
    assert found, f"no time expression at {phrase!r} ({pos}); found {exprs}"
    return found[0]


def check(e: TimeExpr, kind: str, value: str | None, precision: str | None = None, **kw) -> None:
    assert (e.kind, e.value) == (kind, value), e
    if precision is not None:
        assert e.precision == precision, e
    for k, v in kw.items():
        assert getattr(e, k) == v, e


@pytest.fixture(scope="module")
def s000() -> tuple[str, list[TimeExpr]]:
    text = seed("000")
    return text, find_times(text, "2025-10-22")


@pytest.fixture(scope="module")
def s002() -> tuple[str, list[TimeExpr]]:
    text = seed("002")
    return text, find_times(text, "2025-08-13")


def test_offsets_point_into_the_original_text(s000, s002) -> None:
    for text, exprs in (s000, s002):
        assert exprs
        for e in exprs:
            assert text[e.start : e.end] == e.text


def test_seed_000(s000) -> None:
    text, ex = s000
    check(at(ex, text, "一周前"), "date", "2025-10-15", "approx-day", approx=True)
    check(at(ex, text, "两周后"), "date", "2025-11-05", "approx-day", approx=True)
    check(at(ex, text, "20日通话"), "date", "2025-10-20", "day")
    assert at(ex, text, "20日通话").text == "20日"
    check(at(ex, text, "本月初"), "date", "2025-10", "early-month")
    check(
        at(ex, text, "日前在与"),
        "range",
        "2025-10-08/2025-10-22",
        "approx-range",
        direction="before",
    )
    check(
        at(ex, text, "最近美俄"),
        "range",
        "2025-09-22/2025-10-22",
        "approx-range",
        direction="before",
    )
    e = at(ex, text, "自2014年之后")
    check(e, "range", "2014/..", "year", direction="after")
    assert e.text == "自2014年之后"
    check(at(ex, text, "2026年到期"), "date", "2026", "year")
    assert at(ex, text, "2026年到期").text == "2026年"
    check(at(ex, text, "几个月"), "duration", None, approx=True)
    # page timestamps are dated times
    assert at(ex, text, "2026-02-27 09:29:11").value == "2026-02-27T09:29:11"
    # "近6000枚", "1600枚": numbers, not times
    pos = text.index("6000枚")
    assert not [e for e in ex if e.start <= pos < e.end]


def test_seed_000_past_tense_day_before_reference_day() -> None:
    text = seed("000")
    ex = find_times(text, "2025-10-05")
    check(at(ex, text, "20日通话"), "date", "2025-09-20", "day")


def test_seed_002(s002) -> None:
    text, ex = s002
    check(at(ex, text, "8月15日"), "date", "2025-08-15", "day")
    check(at(ex, text, "十年來"), "duration", "P10Y")
    check(at(ex, text, "8月8日"), "date", "2025-08-08", "day")
    check(at(ex, text, "10天最後"), "duration", "P10D")
    check(at(ex, text, "2025年8月6日"), "date", "2025-08-06", "day")
    check(at(ex, text, "2月12日"), "date", "2025-02-12", "day")
    check(at(ex, text, "2月18日"), "date", "2025-02-18", "day")
    check(at(ex, text, "3月18日"), "date", "2025-03-18", "day")
    check(at(ex, text, "30天全面"), "duration", "P30D")
    check(at(ex, text, "一個月後"), "date", "2025-09", "month", approx=True)
    e = at(ex, text, "4月20日前後")
    check(e, "date", "2025-04-20", "approx-day", direction="around", approx=True)
    assert e.text == "4月20日前後"
    check(at(ex, text, "30小時"), "duration", "PT30H")
    check(at(ex, text, "5月、"), "date", "2025-05", "month")
    check(at(ex, text, "6月、"), "date", "2025-06", "month")
    check(at(ex, text, "7月在"), "date", "2025-07", "month")
    check(
        at(ex, text, "前不久"),
        "range",
        "2025-07-14/2025-08-13",
        "approx-range",
        direction="before",
        approx=True,
    )
    check(at(ex, text, "前不久", 1), "range", "2025-07-14/2025-08-13", "approx-range")
    check(at(ex, text, "2017年11月11日"), "date", "2017-11-11", "day")
    check(at(ex, text, "三年多"), "duration", "P3Y", approx=True)


def test_nothing_from_a_title_quote(s002) -> None:
    text, ex = s002
    a = text.index("《2025年制裁俄羅斯法案》")
    b = a + len("《2025年制裁俄羅斯法案》")
    assert not [e for e in ex if e.start < b and e.end > a]
    assert find_times("《2025年制裁俄罗斯法案》", "2025-08-13") == []


@pytest.mark.parametrize(
    "simplified, traditional",
    [
        ("普京随即在宣布复活节30小时临时停火后", "普京隨即在宣佈復活節30小時臨時停火後"),
        ("一个月后，4月20日前后，特朗普公开表示", "一個月後，4月20日前後，特朗普公開表示"),
        (
            "俄罗斯和乌克兰5月、6月、7月在土耳其进行了三轮会晤",
            "俄羅斯和烏克蘭5月、6月、7月在土耳其進行了三輪會晤",
        ),
        ("打了三年多的俄乌战争", "打了三年多的俄烏戰爭"),
        ("下周一上午10点到12点有空", "下週一上午10點到12點有空"),
    ],
)
def test_both_scripts_agree(simplified: str, traditional: str) -> None:
    a = find_times(simplified, "2025-08-13")
    b = find_times(traditional, "2025-08-13")
    assert a
    key = [(e.start, e.end, e.kind, e.value, e.precision, e.direction) for e in a]
    assert key == [(e.start, e.end, e.kind, e.value, e.precision, e.direction) for e in b]
    for e in b:
        assert traditional[e.start : e.end] == e.text


def test_month_list_in_the_past_goes_to_the_previous_year() -> None:
    text = "俄罗斯和乌克兰5月、6月、7月在土耳其进行了三轮会晤"
    assert [e.value for e in find_times(text, "2025-04-10")] == ["2024-05", "2024-06", "2024-07"]
    # the caller's own tense decision wins over the cue words
    assert [e.value for e in find_times(text, "2025-04-10", past=lambda i: False)] == [
        "2025-05",
        "2025-06",
        "2025-07",
    ]


def test_tense_cues() -> None:
    t = "鲁比奥和拉夫罗夫已经在20日通话"
    i = t.index("20日")
    assert tense(t, i, i + 3) is True
    t = "两人将于20日通话"
    assert tense(t, t.index("20日"), t.index("20日") + 3) is False
    assert tense("29日你开心吗", 0, 3) is None
    ex = find_times("两人将于20日通话", "2025-10-22")
    assert ex[0].value == "2025-11-20"


def test_a_plan_dated_days_before_the_page_is_of_the_pages_year() -> None:
    # 将于+a month and day a few days before the page: the page went up after it was written;
    # not a plan of next year (one of a year ahead is written with its year)
    text = "某书店宣布，读者见面会将于6月3日在二楼举办。"
    assert find_times(text, "2024-06-05")[0].value == "2024-06-03"
    # control: weeks before the page, the day still to come is next year's
    assert find_times(text, "2024-07-05")[0].value == "2025-06-03"


@pytest.mark.parametrize(
    "text, value, extra",
    [
        ("30天", "P30D", {}),
        ("30小时", "PT30H", {}),
        ("30小時", "PT30H", {}),
        ("三年多", "P3Y", {"approx": True}),
        ("10天", "P10D", {}),
        ("十年来", "P10Y", {}),
        ("两周", "P2W", {}),
        ("半个月", "P0.5M", {}),
        ("三年半", "P3.5Y", {}),
        ("8天又二十个小时", "P8DT20H", {}),
        ("几个月", None, {"approx": True}),
    ],
)
def test_durations(text: str, value: str | None, extra: dict) -> None:
    (e,) = find_times(f"已经持续{text}的谈判", "2025-10-22")
    check(e, "duration", value, **extra)
    assert e.text == text


def test_a_duration_is_parsed_once_and_each_caller_gets_its_own_fields() -> None:
    from dashiji.annotate import times

    times._parsed_duration.cache_clear()
    first = times._duration_fields("三年半")
    assert first == {"value": "P3.5Y", "approx": False, "lai": False}
    first["lunar"] = True  # a candidate's fields may be changed later
    assert times._duration_fields("三年半") == {"value": "P3.5Y", "approx": False, "lai": False}
    assert times._parsed_duration.cache_info().hits == 1  # the same text: parsed once
    assert times._duration_fields("2018年") is None


def test_relative_expressions_are_not_durations() -> None:
    (e,) = find_times("两周后在布达佩斯开峰会", "2025-10-22")
    check(e, "date", "2025-11-05", "approx-day")
    (e,) = find_times("三天前双方通话", "2025-10-22")
    check(e, "date", "2025-10-19", "approx-day")
    (e,) = find_times("一个月后再谈", "2025-10-22")
    check(e, "date", "2025-11", "month")


def test_a_day_of_the_month_with_its_hour_is_no_duration() -> None:
    (e,) = find_times("29日21时许，民警将其抓获", "2021-05-30")
    check(e, "time", "2021-05-29T21")
    (e,) = find_times("1月29日21时，张某被拘留", "2021-05-30")
    check(e, "time", "2021-01-29T21")
    (e,) = find_times("工程历时29天21小时", "2021-05-30")
    check(e, "duration", "P29DT21H")


def test_a_date_spaced_out_is_one_date() -> None:
    (e,) = find_times("香港法庭 4 月 1 日裁定罪成", "2021-04-05")
    check(e, "date", "2021-04-01", "day")
    (e,) = find_times("涉及 2019 年 8 月 18 日的集会", "2021-04-05")
    check(e, "date", "2019-08-18", "day")


@pytest.mark.parametrize(
    "text, kind, value, precision, direction",
    [
        ("8月15日前", "range", "../2025-08-15", "day", "before"),
        ("4月20日前后", "date", "2025-04-20", "approx-day", "around"),
        ("本月初", "date", "2025-10", "early-month", None),
        ("8月下旬", "date", "2025-08", "late-month", None),
        ("9月上旬", "date", "2025-09", "early-month", None),
        ("10月中旬", "date", "2025-10", "mid-month", None),
        ("月底", "date", "2025-10", "late-month", None),
        ("上个月", "date", "2025-09", "month", None),
        ("下个月", "date", "2025-11", "month", None),
        ("去年", "date", "2024", "year", None),
        ("明年", "date", "2026", "year", None),
        ("今年", "date", "2025", "year", None),
        ("年初", "date", "2025", "early-year", None),
        ("明年年底", "date", "2026", "late-year", None),
        ("2014年", "date", "2014", "year", None),
        ("自2014年以来", "range", "2014/..", "year", "after"),
        ("从5月到7月", "range", "2025-05/2025-07", "month", None),
        ("10月1日至10日", "range", "2025-10-01/2025-10-10", "day", None),
        ("2017年11月11日", "date", "2017-11-11", "day", None),
        ("上周三", "date", "2025-10-15", "day", None),
        ("第三季度", "date", "2025-Q3", "quarter", None),
        ("截至2024年底", "range", "../2024", "late-year", "before"),
    ],
)
def test_calendar_expressions(
    text: str, kind: str, value: str, precision: str, direction: str | None
) -> None:
    ex = find_times(text, "2025-10-22")
    assert len(ex) == 1, ex
    check(ex[0], kind, value, precision, direction=direction)
    assert ex[0].text == text


def test_plain_numbers_are_not_times() -> None:
    assert find_times("俄罗斯现在有近6000枚核弹头，其中1600枚左右", "2025-10-22") == []
    assert find_times("编号2014的文件和5000人", "2025-10-22") == []
    assert find_times("我的电话号码是888-000-9999。", "2025-10-22") == []
    assert find_times("他提出了以下三点建议，中国队以3:1获胜", "2025-10-22") == []
    assert [e.text for e in find_times("他今年18周岁了，三个季度", "2025-10-22")] == ["今年"]


def test_without_reference_date() -> None:
    ex = find_times("一周前，2017年11月11日，8月15日，20日，前不久，30天", None)
    got = {e.text: e for e in ex}
    check(got["一周前"], "date", None)
    check(got["2017年11月11日"], "date", "2017-11-11", "day")
    check(got["8月15日"], "date", None)
    check(got["20日"], "date", None)
    check(got["前不久"], "range", None, "approx-range", direction="before")
    check(got["30天"], "duration", "P30D")


def _bench() -> ModuleType:
    return load_bench("time")


def test_bench_floor() -> None:
    bench = _bench()
    path = shared_root() / "bench" / "time" / "recognizers_text_zh" / "datetime_model.jsonl"
    cases = bench.load_cases(path)
    result = bench.evaluate(cases, ["dashiji"])["dashiji"]
    floors = json.loads((REPO / "bench" / "floors.json").read_text("utf-8"))["time"]
    assert floors
    assert not bench.check_floors(result), bench.check_floors(result)
    assert bench.date_daterange(result) >= 0.90


def test_offsets_beyond_the_calendar_keep_the_expression() -> None:
    """An offset that leaves years 1–9999 (a history text: 四千三百余年前) has no value; it
    does not raise."""
    ex = find_times("始祖黄帝于四千三百余年前，过去五千年来，九千九百万天前", "2005-09-15")
    got = {e.text: e for e in ex}
    check(got["四千三百余年前"], "date", None, "year", approx=True)
    check(got["过去五千年来"], "range", None, "day", direction="before")
    assert got["九千九百万天前"].value is None


def _scan_texts() -> list[str]:
    """Seeds, the bench inputs, and random strings: pieces of the inputs and characters the
    time patterns read, with characters they never read in between (the edges of windows)."""
    import random

    from dashiji.annotate.times import _windowed

    texts = [seed("000"), seed("002")]
    path = shared_root() / "bench" / "time" / "recognizers_text_zh" / "datetime_model.jsonl"
    inputs = [json.loads(line)["input"] for line in path.read_text("utf-8").splitlines()]
    texts += inputs
    live = sorted(_windowed().live)
    dead = "我他说事物，。a"
    rng = random.Random(7)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            roll = rng.random()
            if roll < 0.3:
                src = rng.choice(inputs)
                a = rng.randrange(len(src))
                parts.append(src[a : a + rng.randint(1, 12)])
            elif roll < 0.8:
                parts.append("".join(rng.choice(live) for _ in range(rng.randint(1, 6))))
            else:
                parts.append(rng.choice(dead))
        texts.append("".join(parts))
    return texts


def test_windowed_scan_equals_finditer() -> None:
    """The time patterns matched only in their windows give exactly ``finditer``'s matches."""
    from dashiji.annotate.times import _windowed

    w = _windowed()
    assert not w.whole  # every pattern is windowed
    n = 0
    for text in _scan_texts():
        found = w.scan(text)
        for name, pat in w.patterns.items():
            want = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in found[name]]
            assert got == want, (name, text)
            n += len(want)
    assert n > 2000


def test_windowed_scan_finds_each_anchors_run_at_the_edges() -> None:
    """The run around an anchor is found out to the dead characters on both sides: at the
    text's start and end, runs one dead character apart, several anchors in one run."""
    from dashiji.annotate.times import _windowed

    w = _windowed()
    dead = next(ch for ch in "隽鹦鹉蜥" if ch not in w.live)
    for text in (
        "3月5日",
        f"3月5日{dead}4月6日",
        f"{dead}2024年3月5日上午9时{dead}",
        f"{dead * 3}去年12月{dead}今年1月{dead}明年",
        f"前天{dead}",
    ):
        found = w.scan(text)
        for name, pat in w.patterns.items():
            assert [m.span() for m in found[name]] == [m.span() for m in pat.finditer(text)]


def test_windowed_scan_remembers_which_patterns_match_in_a_run() -> None:
    """A run seen before is matched only with the patterns that matched in it then (the memo
    is consulted, keyed by the run's text), and gives the same matches in another text."""
    from dashiji.annotate.times import _patterns
    from dashiji.annotate.windowed import WindowedPatterns

    w = WindowedPatterns(_patterns())
    dead = next(ch for ch in "隽鹦鹉蜥" if ch not in w.live)
    first = w.scan(f"{dead}3月5日{dead}")
    assert "3月5日" in w._memo and dict(w._memo["3月5日"])["cal"] == (0,)  # where it starts
    again = w.scan(f"{dead * 2}3月5日{dead}去年")
    for name, pat in w.patterns.items():
        text = f"{dead * 2}3月5日{dead}去年"
        assert [m.span() for m in again[name]] == [m.span() for m in pat.finditer(text)]
    assert [m.group() for m in first["cal"]] == ["3月5日"]
    w._memo["3月5日"] = ()  # a remembered run with no matching pattern is not matched again
    assert w.scan(f"{dead}3月5日{dead}")["cal"] == []
    # a remembered pattern is matched at the starts remembered, not tried along the run
    w._memo["3月5日"] = (("cal", (1,)),)  # (a wrong start: no match there)
    assert w.scan(f"{dead}3月5日{dead}")["cal"] == []
    w._memo.clear()
    dates = f"{dead}4月1日至5月5日{dead}"  # two matches of one pattern in one run
    assert dict(w._matching(dates, 1, len(dates) - 1, w.scan("")))["cal"] == (0, 5)
    w.scan(dates)
    again = w.scan(f"{dead}{dates}")  # from the memo, at the starts remembered
    assert [m.span() for m in again["cal"]] == [(2, 6), (7, 11)]
    assert [m.span() for m in again["cal"]] == [
        m.span() for m in w.patterns["cal"].finditer(f"{dead}{dates}")
    ]


# ---- issue 7: a future cue right after the date --------------------------------------------------
def _both(text: str) -> list[str]:
    from dashiji.normalize import to_traditional

    return [text, to_traditional(text)]


@pytest.mark.parametrize(
    ("text", "ref", "phrase", "value"),
    [
        # a planned visit shortly after the article's date, past cues elsewhere in the sentence
        ("克里姆林宫已经证实，普京2月14日将访问北京。", "2022-02-06", "2月14日", "2022-02-14"),
        ("外交部6日宣布了这一消息：王毅2月14日将出席会议", "2022-02-06", "2月14日", "2022-02-14"),
        ("新规已经公布，3月1日起将正式实施。", "2022-02-06", "3月1日起", "2022-03-01/.."),
        # 将 before an object (将其, 将嫌疑人) is not the future
        ("法院12月28日将该案移送检察院了。", "2022-01-02", "12月28日", "2021-12-28"),
        ("警方12月30日将两名嫌疑人抓获了。", "2022-01-02", "12月30日", "2021-12-30"),
    ],
)
def test_future_cue_after_the_date(text: str, ref: str, phrase: str, value: str) -> None:
    for t in _both(text):
        e = at(find_times(t, ref), t, phrase[:2])
        assert e.value == value, (t, e)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("消息人士已经透露了细节，下周二将举行新一轮会谈。", "下周二"),
        ("消息人士已经透露了细节，下星期二将举行新一轮会谈。", "下星期二"),
        ("已经确认，双方星期二将举行新一轮会谈。", "星期二"),
        ("他曾表示，双方将于星期二举行新一轮会谈。", "星期二"),
    ],
)
def test_next_tuesday_is_forward(text: str, phrase: str) -> None:
    # the reference date is a Wednesday: the Tuesday meant is the coming one
    for t in _both(text):
        e = at(find_times(t, "2022-02-09"), t, phrase[:1])
        assert (e.kind, e.value) == ("date", "2022-02-15"), (t, e)


@pytest.mark.parametrize(
    "text",
    [
        "英国《星期天报》报道称，首相将在下月辞职。",
        "英国星期天报报道称，首相将在下月辞职。",
        "据英国星期日泰晤士报披露，首相将在下月辞职。",
        "英国周日邮报援引消息人士的话说，首相将在下月辞职。",
    ],
)
def test_weekday_in_a_newspaper_name_is_not_a_date(text: str) -> None:
    for t in _both(text):
        found = [e.text for e in find_times(t, "2022-02-09")]
        assert found == ["下月"], t


def test_weekday_before_a_report_verb_is_a_date() -> None:
    for t in _both("路透社星期天报道说，谈判已经结束。"):
        e = at(find_times(t, "2022-02-09"), t, t[3:5])
        assert (e.kind, e.value) == ("date", "2022-02-06"), (t, e)


# ---- issue 7: the narrative year, and dates in running text -------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("2019年6月，两国签署了合作协议。7月初，首批项目正式启动。", "7月初", "2019-07"),
        ("2019年6月，两国签署了合作协议。此后7月18日，双方又举行了会谈。", "7月18日", "2019-07-18"),
        # a month before the narrative's month is not carried (it may be the next year)
        ("2019年6月，两国签署了合作协议。3月，双方又举行了会谈。", "3月", "2020-03"),
        # a year alone does not start a narrative; 今年 ends one
        ("早在2015年，两国就开始接触。7月18日，双方举行了会谈。", "7月18日", "2020-07-18"),
        (
            "2019年6月，两国签署了协议。今年5月，双方又在北京会谈。7月初，项目启动。",
            "7月初",
            "2020-07",
        ),
        # a period over years, both ends with their year, gives no one narrative year
        ("该厂2016年3月至2018年9月间排污。10月12日，环保局约谈厂长。", "10月12日", "2020-10-12"),
        ("该厂2016年3月至9月间多次排污。10月12日，环保局约谈厂长。", "10月12日", "2016-10-12"),
    ],
)
def test_narrative_year_is_carried(text: str, phrase: str, value: str) -> None:
    for t in _both(text):
        e = at(find_times(t, "2020-08-01"), t, phrase[:2])
        assert e.value == value, (t, e)


@pytest.mark.parametrize(
    ("text", "ref", "phrase", "kind", "value"),
    [
        (
            "公司1月18日晚间公告，其总经理已经离任。",
            "2022-02-06",
            "1月18日晚间",
            "time",
            "2022-01-18TEV",
        ),
        ("今年3月起，新规在全国范围内实施。", "2022-05-06", "今年3月起", "range", "2022-03/.."),
        ("会议于9月19日在北京举行。", "2022-10-06", "9月19日", "date", "2022-09-19"),
        ("该公司于9月19日宣布裁员。", "2022-10-06", "9月19日", "date", "2022-09-19"),
        # 起 of 起诉, 前 of 前往: no open range
        ("周某于去年2月起诉了一家物业公司。", "2022-10-06", "去年2月", "date", "2021-02"),
        ("代表团3月5日前往日内瓦。", "2022-10-06", "3月5日", "date", "2022-03-05"),
    ],
)
def test_dates_in_running_text(text: str, ref: str, phrase: str, kind: str, value: str) -> None:
    for t in _both(text):
        e = at(find_times(t, ref), t, phrase[:2])
        assert (e.end - e.start, e.kind, e.value) == (len(phrase), kind, value), (t, e)


def test_a_day_just_after_the_reference_told_as_past_is_that_day() -> None:
    # a page dated by another clock (a time zone, a late stamp): 1-2 days ahead is that day
    text = "北京时间3月9日，景区管理处确认，一名登山客已在峡谷中遇难。"
    assert [(t.text, t.value) for t in find_times(text, "2024-03-08")] == [("3月9日", "2024-03-09")]
    # further ahead, told as past, it is still last year's
    text = "北京时间3月18日，景区管理处确认，一名登山客已在峡谷中遇难。"
    assert [t.value for t in find_times(text, "2024-03-08")] == ["2023-03-18"]


def test_a_year_alone_earlier_in_the_sentence_gives_a_month_day_its_year() -> None:
    from dashiji.annotate.times import find_times

    found = find_times("2024年滨江龙舟赛将于5月20日鸣锣开赛。", "2021-05-07")
    assert [(t.text, t.value) for t in found] == [("2024年", "2024"), ("5月20日", "2024-05-20")]
    # not across a sentence end
    found = find_times("2014年两人分手。5月20日他结婚了。", "2021-05-07")
    assert ("5月20日", "2020-05-20") in [(t.text, t.value) for t in found]


def test_that_same_day_is_one_list_of_the_time_layer_in_both_scripts() -> None:
    from dashiji.annotate.time_rules import day_anaphor, day_anaphor_offset, day_anaphors, rules

    assert {"当天", "当日", "當天", "當日", "次日", "翌日"} <= set(day_anaphors())
    r = rules()
    words = r["day_anaphors"]["words"]
    assert all(w in r["relative_days"] or w in r["relative_day_parts"] for w in words)
    # what the time layer finds, as written: a day anaphor alone or with a part of the day
    for text in ("当天，警方赶到现场。", "警方当日下午赶到现场。", "當天晚上，警方趕到。"):
        (found,) = find_times(text, "2025-10-22")
        assert found.value.startswith("2025-10-22") and day_anaphor(found.text), text
        assert day_anaphor_offset(found.text) == 0
    (found,) = find_times("警方次日凌晨赶到现场。", "2025-10-22")
    assert found.value.startswith("2025-10-23") and day_anaphor_offset(found.text) == 1
    for text, value, offset in (
        ("同日，警方赶到现场。", "2025-10-22", 0),
        ("当晚，警方赶到现场。", "2025-10-22TEV", 0),
        ("当夜11时许，警方赶到现场。", "2025-10-22T23", 0),
        ("第二天，警方赶到现场。", "2025-10-23", 1),
        ("隔天，警方赶到现场。", "2025-10-23", 1),
    ):
        (found,) = find_times(text, "2025-10-22")
        assert (found.value, day_anaphor_offset(found.text)) == (value, offset), text
    for text in ("警方今天赶到现场。", "警方明天赶到现场。", "警方10月22日赶到现场。"):
        (found,) = find_times(text, "2025-10-22")
        assert not day_anaphor(found.text) and day_anaphor_offset(found.text) is None, text


def test_the_day_of_an_incident_is_knowledge_of_the_rules_file() -> None:
    from dashiji.annotate.time_rules import day_of_incident

    nouns, kinds = day_of_incident()
    assert {"事发", "案发", "出事", "事故发生"} <= set(nouns) and "事發" in nouns
    assert len(nouns[0]) == max(map(len, nouns))  # longest first
    assert "灾害/意外" in kinds


def test_the_day_anaphors_must_be_relative_days(monkeypatch) -> None:
    import copy

    from dashiji.annotate import time_rules as tr
    from dashiji.datafiles import DataFileError

    bad = copy.deepcopy(tr.rules())
    bad["day_anaphors"]["words"].append("那天")  # no relative day
    monkeypatch.setattr(tr, "rules", lambda: bad)
    tr._anaphor_offsets.cache_clear()
    tr.day_of_incident.cache_clear()
    try:
        with pytest.raises(DataFileError):
            tr._anaphor_offsets()
        bad["day_anaphors"]["words"].pop()
        bad["day_anaphors"]["day_of"]["kinds"] = []
        with pytest.raises(DataFileError):
            tr.day_of_incident()
    finally:
        monkeypatch.undo()
        tr._anaphor_offsets.cache_clear()
        tr.day_of_incident.cache_clear()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a weekday right after a calendar day is that day's, not one of the reference week
        ("当地时间1月26日周日上午9点45分，直升机坠毁。", ["2025-01-26", "2025-01-26T09:45"]),
        ("法院将在11月3日（周一）下午开庭。", ["2025-11-03", "2025-11-03", "TAF"]),
        ("下周三开会。", ["2025-10-29"]),
    ],
)
def test_a_weekday_right_after_a_day_is_that_day(text: str, values: list[str]) -> None:
    found = find_times(text, "2025-10-22")
    assert [t.value for t in found] == values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 当年 points back to the year the text named last, not to the reference year
        ("2018年3月，工厂开始动工。当年9月，第一条生产线投产。", "当年9月", "2018-09"),
        ("去年2月，两家公司开始谈判。当年6月，双方签约。", "当年6月", "2021-06"),
        # with no year named before, the year is unknown
        ("当年10月，这名球员转会到了上海。", "当年10月", None),
        # 同年 the same, even when the reference date is before it (a misdated article)
        ("2024年5月，该球员受伤。同年11月，他宣布退役。", "同年11月", "2024-11"),
    ],
)
def test_dangnian_takes_the_year_named_before(text: str, phrase: str, value: str | None) -> None:
    found = find_times(text, "2022-11-20")
    e = at(found, text, phrase)
    assert (e.text, e.value) == (phrase, value), e


def test_tongnian_is_a_year_only_before_a_month() -> None:
    assert find_times("不同年龄的人看法不同。", "2022-11-20") == []


@pytest.mark.parametrize(
    ("text", "ref", "phrase", "value"),
    [
        ("歌手王某今（9）日宣布加盟新公司。", "2023-03-09", "今（9）日", "2023-03-09"),
        ("市政府今(21日)发布通告，全市停课。", "2019-05-22", "今(21日)", "2019-05-21"),
    ],
)
def test_today_with_its_day_in_brackets(text: str, ref: str, phrase: str, value: str) -> None:
    e = at(find_times(text, ref), text, phrase)
    assert (e.text, e.kind, e.value) == (phrase, "date", value), e


@pytest.mark.parametrize(
    ("text", "ref", "phrase", "value"),
    [
        # told in the past tense (早前, 已), the new day of a postponement still lies ahead
        ("法官早前已裁定两人罪成，押后至12月3日判刑。", "2022-11-20", "12月3日", "2022-12-03"),
        ("比赛已推迟到1月8日举行。", "2023-12-28", "1月8日", "2024-01-08"),
        # in a narrative year, in that year
        ("2019年5月10日，主办方宣布，展会延期至6月2日。", "2021-03-01", "6月2日", "2019-06-02"),
        # a day a case is scheduled for, told as done (已排期), lies ahead as well
        ("这宗案件已排期于2月9日提讯。", "2023-11-07", "2月9日", "2024-02-09"),
    ],
)
def test_a_postponement_points_ahead(text: str, ref: str, phrase: str, value: str) -> None:
    e = at(find_times(text, ref), text, phrase)
    assert e.value == value, e


@pytest.mark.parametrize(
    "text, value",
    [
        ("法院判令该博主将致歉声明在主页置顶20日。", "P20D"),
        ("这次展览为期 12日，免费参观。", "P12D"),
        ("自通知送达之日起15日内提交材料。", "P15D"),
        ("双方须在8日内完成交接。", "P8D"),
        ("那名司机被处以7日拘留。", "P7D"),
    ],
)
def test_counted_days_are_durations(text: str, value: str) -> None:
    (e,) = [x for x in find_times(text, "2024-03-02") if x.text.endswith("日")]
    check(e, "duration", value)


def test_a_day_after_a_verb_of_no_count_stays_a_date() -> None:
    (e,) = find_times("代表团于8日抵达当地。", "2024-03-02")
    check(e, "date", "2024-03-08", "day")


def _values(text: str, ref: str) -> dict[str, str | None]:
    """The value of each time found in ``text`` (the article's day ``ref``), by its text."""
    return {e.text: e.value for e in find_times(text, ref)}


def test_a_bare_day_takes_the_month_told_just_before_in_its_sentence() -> None:
    got = _values("商场3月2日闭店装修，9日重新开业。", "2021-06-10")
    assert got["9日"] == "2021-03-09"
    # a day before the one told is no later day of that month; another sentence tells anew
    got = _values("商场3月20日闭店装修，9日重新开业。", "2021-06-10")
    assert got["9日"] == "2021-06-09"
    got = _values("商场3月2日闭店装修。9日，商场开业。", "2021-06-10")
    assert got["9日"] == "2021-06-09"


def test_a_bare_day_the_month_told_has_not_keeps_the_reference_month() -> None:
    # (February has no 30th: the day is not the month told's)
    got = _values("水库2月3日开闸放水，30日关闸。", "2021-06-10")
    assert got["2月3日"] == "2021-02-03"
    assert got["30日"] == "2021-06-30"


def test_a_part_of_the_day_tells_a_day_written_without_its_mark() -> None:
    # 9月18上午: a day with no 日 after its month; 12号晚上: a bare 号 day (a bare 号 alone stays a
    # number: 8号线, 24号球衣)
    got = _values("9月18上午，工人们在厂门口集合。", "2021-10-02")
    assert got == {"9月18上午": "2021-09-18TMO"}
    got = _values("12号晚上，嫌疑人在出租屋被抓获。", "2021-05-20")
    assert got == {"12号晚上": "2021-05-12TEV"}
    assert [e.text for e in find_times("地铁8号线停运，他穿24号球衣。", "2021-05-20")] == []
    assert [e.text for e in find_times("3月10起事故中，两起在高速。", "2021-05-20")] == ["3月"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("从今年4月12起，店主每天在门口抗议。", "从今年4月12起", "2021-04-12/.."),
        ("展会于6月8至11日在会展中心举行。", "6月8至11日", "2021-06-08/2021-06-11"),
        ("展会于6月8到11日在会展中心举行。", "6月8到11日", "2021-06-08/2021-06-11"),
        ("4月12晚，店主在网上发文道歉。", "4月12晚", "2021-04-12TEV"),
    ],
)
def test_what_follows_tells_a_day_written_without_its_mark(
    text: str, phrase: str, value: str
) -> None:
    # 4月12起，…: from that day; 6月8至11日: a range whose second day has its 日; 4月12晚: the
    # evening of that day
    got = _values(text, "2021-05-20")
    assert got.get(phrase) == value, got


def test_the_second_day_of_a_list_is_in_the_month_of_the_first() -> None:
    got = _values("展会6月8、9日在会展中心举行。", "2021-05-20")
    assert got == {"6月8": "2021-06-08", "9日": "2021-06-09"}


@pytest.mark.parametrize(
    "text",
    [
        "今年4月12起事故中，三起发生在夜间。",  # a count of incidents
        "今年发生的事故：1月5起，4月12起。",  # counts by month (no 从 opens them)
        "4月12起施工单位被通报。",  # (a count: 起 before a noun)
        "今年4月12多万人次出行。",  # a number
        "4月12晚会在广场举行。",  # 晚会, a gala
        "4月12晚报刊登了这则消息。",  # 晚报, a paper
        "截至4月12家门店已关闭。",  # a count of shops
        "4月12，店主在网上发文道歉。",  # (a comma alone tells nothing)
        "小区4月12至14号楼停水。",  # buildings 12 to 14
        "4月12、13号楼停水。",
    ],
)
def test_a_number_after_a_month_that_is_no_day_stays_out(text: str) -> None:
    got = [e.text for e in find_times(text, "2021-05-20")]
    assert not any(t.endswith("12") or "12起" in t or "12晚" in t for t in got), got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 可能会 right before the time: a possible plan, ahead - whatever 宣布 or 透露 says
        ("媒体透露，歌手林某可能会在十二月份召开记者会，并宣布退圈。", "十二月", "2025-12"),
        ("据悉，该公司或会在12月裁员，此前已宣布关闭工厂。", "12月", "2025-12"),
        # controls: a past cue with no future one before the time; 可能会 far from it
        ("媒体透露，歌手林某已经在十二月份召开记者会，并宣布退圈。", "十二月", "2024-12"),
        ("律师表示他可能会被判刑，法院已在十二月份开庭审理。", "十二月", "2024-12"),
        # 会议 holds no 或会: 论坛或会议 is "forums or meetings"
        ("该球员此前曾多次出席论坛或会议，12月宣布退役。", "12月", "2024-12"),
        ("他曾参加培训或会议，12月宣布辞职。", "12月", "2024-12"),
    ],
)
def test_a_possible_plan_right_before_a_time_puts_it_ahead(
    text: str, phrase: str, value: str
) -> None:
    got = _values(text, "2025-10-20")
    assert got.get(phrase) == value, got


def test_the_tense_is_guessed_only_for_expressions_that_read_it(monkeypatch, s000, s002) -> None:
    from dashiji.annotate import times

    asked: list[tuple[int, int]] = []

    def counting(text: str, start: int, end: int | None = None, **kw: object) -> bool | None:
        asked.append((start, end or start))
        return tense(text, start, end, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(times, "tense", counting)
    # a date with its year and month, a duration, a day offset: none is resolved by the tense
    text = "2024年3月5日离开时他已经工作了三年，昨天又回来。"
    assert [e.value for e in find_times(text, "2025-10-03")] == ["2024-03-05", "P3Y", "2025-10-02"]
    assert asked == []
    # two dates in a row may be a range: the first one's tense is asked (its end may read it)
    assert [e.value for e in find_times("2024年3月5日、昨天", "2025-10-03")][-1] == "2025-10-02"
    assert len(asked) == 1
    asked.clear()
    # a day without its month: the past tense takes it to the month before
    (e,) = find_times("他已于25日离开", "2025-10-03")
    check(e, "date", "2025-09-25", "day")
    assert len(asked) == 1
    # the results are those of asking every expression (the seeds, every layer of a time)
    for doc, _ in (s000, s002):
        skipped = find_times(doc, "2025-10-22")
        monkeypatch.setattr(times, "_reads_tense", lambda c, nxt: True)
        assert find_times(doc, "2025-10-22") == skipped
        monkeypatch.undo()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("七八天后", "2025-06-08"),  # about seven or eight days: not 78
        ("一两天后", "2025-06-02"),
        ("五六年前", "2020"),  # not 56 years back (1969)
        ("三四个月前", "2025-03"),
        ("近两三年来", "2022-06-01/2025-06-01"),  # a window of up to three years, not 23
        # controls: one count, a count in figures, a count of more than ten
        ("两天后", "2025-06-03"),
        ("12天后", "2025-06-13"),
        ("十多天后", "2025-06-11"),
    ],
)
def test_a_count_of_two_digits_is_about_so_many(text: str, value: str) -> None:
    (e,) = find_times(text, "2025-06-01")
    assert (e.text, e.value) == (text, value)
