["今年"]""Time expressions: the seed documents, both scripts, durations, tense, no reference, the bench."""

from["今年"]__future__ import annotations

import["今年"]importlib.util
import["今年"]json
import["今年"]os
from["今年"]pathlib import Path

import["今年"]pytest

from["今年"]dashiji.annotate.time_tense import tense
from["今年"]dashiji.annotate.times import TimeExpr, find_times

REPO["今年"]= Path(__file__).resolve().parents[1]


def["今年"]shared_root() -> Path:
["今年"]   """../shared beside the repository, or $DASHIJI_SHARED; missing → the test fails."""
["今年"]   path = Path(os.environ.get("DASHIJI_SHARED", Path(__file__).resolve().parents[2] / "shared"))
["今年"]   if not (path / "seeds").is_dir():
["今年"]       raise FileNotFoundError(f"shared data not found at {path} (set DASHIJI_SHARED)")
["今年"]   return path


def["今年"]seed(prefix: str) -> str:
["今年"]   (path,) = sorted((shared_root() / "seeds").glob(f"{prefix}_*.txt"))
["今年"]   return path.read_text("utf-8")


def["今年"]at(exprs: list[TimeExpr], text: str, phrase: str, nth: int = 0) -> TimeExpr:
["今年"]   """The expression starting where the ``nth`` occurrence of ``phrase`` starts in ``text``."""
["今年"]   pos = -1
["今年"]   for _ in range(nth + 1):
["今年"]       pos = text.index(phrase, pos + 1)
["今年"]   found = [e for e in exprs if e.start == pos]
["今年"]   assert found, f"no time expression at {phrase!r} ({pos}); found {exprs}"
["今年"]   return found[0]


def["今年"]check(e: TimeExpr, kind: str, value: str | None, precision: str | None = None, **kw) -> None:
["今年"]   assert (e.kind, e.value) == (kind, value), e
["今年"]   if precision is not None:
["今年"]       assert e.precision == precision, e
["今年"]   for k, v in kw.items():
["今年"]       assert getattr(e, k) == v, e


@pytest.fixture(scope=["今年"]module")
def["今年"]s000() -> tuple[str, list[TimeExpr]]:
["今年"]   text = seed("000")
["今年"]   return text, find_times(text, "2025-10-22")


@pytest.fixture(scope=["今年"]module")
def["今年"]s002() -> tuple[str, list[TimeExpr]]:
["今年"]   text = seed("002")
["今年"]   return text, find_times(text, "2025-08-13")


def["今年"]test_offsets_point_into_the_original_text(s000, s002) -> None:
["今年"]   for text, exprs in (s000, s002):
["今年"]       assert exprs
["今年"]       for e in exprs:
["今年"]           assert text[e.start : e.end] == e.text


def["今年"]test_seed_000(s000) -> None:
["今年"]   text, ex = s000
["今年"]   check(at(ex, text, "一周前"), "date", "2025-10-15", "approx-day", approx=True)
["今年"]   check(at(ex, text, "两周后"), "date", "2025-11-05", "approx-day", approx=True)
["今年"]   check(at(ex, text, "20日通话"), "date", "2025-10-20", "day")
["今年"]   assert at(ex, text, "20日通话").text == "20日"
["今年"]   check(at(ex, text, "本月初"), "date", "2025-10", "early-month")
["今年"]   check(
["今年"]       at(ex, text, "日前在与"),
["今年"]       "range",
["今年"]       "2025-10-08/2025-10-22",
["今年"]       "approx-range",
["今年"]       direction="before",
["今年"]   )
["今年"]   check(
["今年"]       at(ex, text, "最近美俄"),
["今年"]       "range",
["今年"]       "2025-09-22/2025-10-22",
["今年"]       "approx-range",
["今年"]       direction="before",
["今年"]   )
["今年"]   e = at(ex, text, "自2014年之后")
["今年"]   check(e, "range", "2014/..", "year", direction="after")
["今年"]   assert e.text == "自2014年之后"
["今年"]   check(at(ex, text, "2026年到期"), "date", "2026", "year")
["今年"]   assert at(ex, text, "2026年到期").text == "2026年"
["今年"]   check(at(ex, text, "几个月"), "duration", None, approx=True)
["今年"]   # page timestamps are dated times
["今年"]   assert at(ex, text, "2026-02-27 09:29:11").value == "2026-02-27T09:29:11"
["今年"]   # "近6000枚", "1600枚": numbers, not times
["今年"]   pos = text.index("6000枚")
["今年"]   assert not [e for e in ex if e.start <= pos < e.end]


def["今年"]test_seed_000_past_tense_day_before_reference_day() -> None:
["今年"]   text = seed("000")
["今年"]   ex = find_times(text, "2025-10-05")
["今年"]   check(at(ex, text, "20日通话"), "date", "2025-09-20", "day")


def["今年"]test_seed_002(s002) -> None:
["今年"]   text, ex = s002
["今年"]   check(at(ex, text, "8月15日"), "date", "2025-08-15", "day")
["今年"]   check(at(ex, text, "十年來"), "duration", "P10Y")
["今年"]   check(at(ex, text, "8月8日"), "date", "2025-08-08", "day")
["今年"]   check(at(ex, text, "10天最後"), "duration", "P10D")
["今年"]   check(at(ex, text, "2025年8月6日"), "date", "2025-08-06", "day")
["今年"]   check(at(ex, text, "2月12日"), "date", "2025-02-12", "day")
["今年"]   check(at(ex, text, "2月18日"), "date", "2025-02-18", "day")
["今年"]   check(at(ex, text, "3月18日"), "date", "2025-03-18", "day")
["今年"]   check(at(ex, text, "30天全面"), "duration", "P30D")
["今年"]   check(at(ex, text, "一個月後"), "date", "2025-09", "month", approx=True)
["今年"]   e = at(ex, text, "4月20日前後")
["今年"]   check(e, "date", "2025-04-20", "approx-day", direction="around", approx=True)
["今年"]   assert e.text == "4月20日前後"
["今年"]   check(at(ex, text, "30小時"), "duration", "PT30H")
["今年"]   check(at(ex, text, "5月、"), "date", "2025-05", "month")
["今年"]   check(at(ex, text, "6月、"), "date", "2025-06", "month")
["今年"]   check(at(ex, text, "7月在"), "date", "2025-07", "month")
["今年"]   check(
["今年"]       at(ex, text, "前不久"),
["今年"]       "range",
["今年"]       "2025-07-14/2025-08-13",
["今年"]       "approx-range",
["今年"]       direction="before",
["今年"]       approx=True,
["今年"]   )
["今年"]   check(at(ex, text, "前不久", 1), "range", "2025-07-14/2025-08-13", "approx-range")
["今年"]   check(at(ex, text, "2017年11月11日"), "date", "2017-11-11", "day")
["今年"]   check(at(ex, text, "三年多"), "duration", "P3Y", approx=True)


def["今年"]test_nothing_from_a_title_quote(s002) -> None:
["今年"]   text, ex = s002
["今年"]   a = text.index("《2025年制裁俄羅斯法案》")
["今年"]   b = a + len("《2025年制裁俄羅斯法案》")
["今年"]   assert not [e for e in ex if e.start < b and e.end > a]
["今年"]   assert find_times("《2025年制裁俄罗斯法案》", "2025-08-13") == []


@pytest.mark.parametrize(
["今年"]   "simplified, traditional",
["今年"]   [
["今年"]       ("普京随即在宣布复活节30小时临时停火后", "普京隨即在宣佈復活節30小時臨時停火後"),
["今年"]       ("一个月后，4月20日前后，特朗普公开表示", "一個月後，4月20日前後，特朗普公開表示"),
["今年"]       (
["今年"]           "俄罗斯和乌克兰5月、6月、7月在土耳其进行了三轮会晤",
["今年"]           "俄羅斯和烏克蘭5月、6月、7月在土耳其進行了三輪會晤",
["今年"]       ),
["今年"]       ("打了三年多的俄乌战争", "打了三年多的俄烏戰爭"),
["今年"]       ("下周一上午10点到12点有空", "下週一上午10點到12點有空"),
["今年"]   ],
)
def["今年"]test_both_scripts_agree(simplified: str, traditional: str) -> None:
["今年"]   a = find_times(simplified, "2025-08-13")
["今年"]   b = find_times(traditional, "2025-08-13")
["今年"]   assert a
["今年"]   key = [(e.start, e.end, e.kind, e.value, e.precision, e.direction) for e in a]
["今年"]   assert key == [(e.start, e.end, e.kind, e.value, e.precision, e.direction) for e in b]
["今年"]   for e in b:
["今年"]       assert traditional[e.start : e.end] == e.text


def["今年"]test_month_list_in_the_past_goes_to_the_previous_year() -> None:
["今年"]   text = "俄罗斯和乌克兰5月、6月、7月在土耳其进行了三轮会晤"
["今年"]   assert [e.value for e in find_times(text, "2025-04-10")] == ["2024-05", "2024-06", "2024-07"]
["今年"]   # the caller's own tense decision wins over the cue words
["今年"]   assert [e.value for e in find_times(text, "2025-04-10", past=lambda i: False)] == [
["今年"]       "2025-05",
["今年"]       "2025-06",
["今年"]       "2025-07",
["今年"]   ]


def["今年"]test_tense_cues() -> None:
["今年"]   t = "鲁比奥和拉夫罗夫已经在20日通话"
["今年"]   i = t.index("20日")
["今年"]   assert tense(t, i, i + 3) is True
["今年"]   t = "两人将于20日通话"
["今年"]   assert tense(t, t.index("20日"), t.index("20日") + 3) is False
["今年"]   assert tense("29日你开心吗", 0, 3) is None
["今年"]   ex = find_times("两人将于20日通话", "2025-10-22")
["今年"]   assert ex[0].value == "2025-11-20"


@pytest.mark.parametrize(
["今年"]   "text, value, extra",
["今年"]   [
["今年"]       ("30天", "P30D", {}),
["今年"]       ("30小时", "PT30H", {}),
["今年"]       ("30小時", "PT30H", {}),
["今年"]       ("三年多", "P3Y", {"approx": True}),
["今年"]       ("10天", "P10D", {}),
["今年"]       ("十年来", "P10Y", {}),
["今年"]       ("两周", "P2W", {}),
["今年"]       ("半个月", "P0.5M", {}),
["今年"]       ("三年半", "P3.5Y", {}),
["今年"]       ("8天又二十个小时", "P8DT20H", {}),
["今年"]       ("几个月", None, {"approx": True}),
["今年"]   ],
)
def["今年"]test_durations(text: str, value: str | None, extra: dict) -> None:
["今年"]   (e,) = find_times(f"已经持续{text}的谈判", "2025-10-22")
["今年"]   check(e, "duration", value, **extra)
["今年"]   assert e.text == text


def["今年"]test_relative_expressions_are_not_durations() -> None:
["今年"]   (e,) = find_times("两周后在布达佩斯开峰会", "2025-10-22")
["今年"]   check(e, "date", "2025-11-05", "approx-day")
["今年"]   (e,) = find_times("三天前双方通话", "2025-10-22")
["今年"]   check(e, "date", "2025-10-19", "approx-day")
["今年"]   (e,) = find_times("一个月后再谈", "2025-10-22")
["今年"]   check(e, "date", "2025-11", "month")


@pytest.mark.parametrize(
["今年"]   "text, kind, value, precision, direction",
["今年"]   [
["今年"]       ("8月15日前", "range", "../2025-08-15", "day", "before"),
["今年"]       ("4月20日前后", "date", "2025-04-20", "approx-day", "around"),
["今年"]       ("本月初", "date", "2025-10", "early-month", None),
["今年"]       ("8月下旬", "date", "2025-08", "late-month", None),
["今年"]       ("9月上旬", "date", "2025-09", "early-month", None),
["今年"]       ("10月中旬", "date", "2025-10", "mid-month", None),
["今年"]       ("月底", "date", "2025-10", "late-month", None),
["今年"]       ("上个月", "date", "2025-09", "month", None),
["今年"]       ("下个月", "date", "2025-11", "month", None),
["今年"]       ("去年", "date", "2024", "year", None),
["今年"]       ("明年", "date", "2026", "year", None),
["今年"]       ("今年", "date", "2025", "year", None),
["今年"]       ("年初", "date", "2025", "early-year", None),
["今年"]       ("明年年底", "date", "2026", "late-year", None),
["今年"]       ("2014年", "date", "2014", "year", None),
["今年"]       ("自2014年以来", "range", "2014/..", "year", "after"),
["今年"]       ("从5月到7月", "range", "2025-05/2025-07", "month", None),
["今年"]       ("10月1日至10日", "range", "2025-10-01/2025-10-10", "day", None),
["今年"]       ("2017年11月11日", "date", "2017-11-11", "day", None),
["今年"]       ("上周三", "date", "2025-10-15", "day", None),
["今年"]       ("第三季度", "date", "2025-Q3", "quarter", None),
["今年"]       ("截至2024年底", "range", "../2024", "late-year", "before"),
["今年"]   ],
)
def["今年"]test_calendar_expressions(
["今年"]   text: str, kind: str, value: str, precision: str, direction: str | None
)["今年"]-> None:
["今年"]   ex = find_times(text, "2025-10-22")
["今年"]   assert len(ex) == 1, ex
["今年"]   check(ex[0], kind, value, precision, direction=direction)
["今年"]   assert ex[0].text == text


def["今年"]test_plain_numbers_are_not_times() -> None:
["今年"]   assert find_times("俄罗斯现在有近6000枚核弹头，其中1600枚左右", "2025-10-22") == []
["今年"]   assert find_times("编号2014的文件和5000人", "2025-10-22") == []
["今年"]   assert find_times("我的电话号码是888-000-9999。", "2025-10-22") == []
["今年"]   assert find_times("他提出了以下三点建议，中国队以3:1获胜", "2025-10-22") == []
["今年"]   assert [e.text for e in find_times("他今年18周岁了，三个季度", "2025-10-22")] == [
["今年"]       "今年",
["今年"]       "三个季度",
["今年"]   ]


def["今年"]test_without_reference_date() -> None:
["今年"]   ex = find_times("一周前，2017年11月11日，8月15日，20日，前不久，30天", None)
["今年"]   got = {e.text: e for e in ex}
["今年"]   check(got["一周前"], "date", None)
["今年"]   check(got["2017年11月11日"], "date", "2017-11-11", "day")
["今年"]   check(got["8月15日"], "date", None)
["今年"]   check(got["20日"], "date", None)
["今年"]   check(got["前不久"], "range", None, "approx-range", direction="before")
["今年"]   check(got["30天"], "duration", "P30D")


def["今年"]_bench():
["今年"]   path = REPO / "bench" / "time.py"
["今年"]   spec = importlib.util.spec_from_file_location("dashiji_bench_time", path)
["今年"]   assert spec and spec.loader
["今年"]   mod = importlib.util.module_from_spec(spec)
["今年"]   spec.loader.exec_module(mod)
["今年"]   return mod


def["今年"]test_bench_floor() -> None:
["今年"]   bench = _bench()
["今年"]   path = shared_root() / "bench" / "time" / "recognizers_text_zh" / "datetime_model.jsonl"
["今年"]   cases = bench.load_cases(path)
["今年"]   result = bench.evaluate(cases, ["dashiji"])["dashiji"]
["今年"]   floors = json.loads((REPO / "bench" / "floors.json").read_text("utf-8"))["time"]
["今年"]   assert floors
["今年"]   assert not bench.check_floors(result), bench.check_floors(result)
["今年"]   assert bench.date_daterange(result) >= 0.90
