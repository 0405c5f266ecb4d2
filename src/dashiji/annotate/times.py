"""Find Chinese time expressions and normalise them against a reference date, keeping precision.

:func:`find_times` works over the analysis view of the text (simplified script, half-width
digits; :class:`dashiji.normalize.AnalysisView`) and reports offsets into the original text.

Every expression is a :class:`TimeExpr`:

========== ======================================================================================
kind       value
========== ======================================================================================
date       a calendar point or period: ``2025-08-15`` (day), ``2025-08`` (month, or a part of it:
           precision ``early-month``/``mid-month``/``late-month``), ``2026`` (year, or
           ``early-year``/``mid-year``/``late-year``), ``2019-H1`` (half-year), ``2017-Q1``,
           ``2017-SU`` (season), ``2017-W14`` (ISO week), ``2017-W14-WE`` (weekend), ``199X``
           (decade), ``19XX`` (century).  Relative offsets (一周前) are dates with precision
           ``approx-day`` (or ``month``/``year`` for month/year offsets) and ``approx=True``.
range      ``A/B`` (ISO 8601 interval, both ends as written: ``2025-05/2025-07`` is May to July),
           ``A/..`` (from A on: direction ``after``), ``../A`` (up to A: direction ``before``).
           Vague windows before the reference date (前不久, 日前, 最近) have precision
           ``approx-range`` and direction ``before``.
duration   ISO 8601 duration: ``P30D``, ``PT30H``, ``P3Y`` (三年多: ``approx=True``),
           ``P1Y3M20DT8H50M20S``; None when vague (几个月).
set        a recurrence: ``P1W`` (每周), ``XXXX-WXX-1`` (每周一), ``XXXX-WXX-1T20``.
time       a clock time ``T17:00``, a part of the day ``TMO``/``TAF``/``TEV``/``TNI``, or either
           on a date: ``2016-11-08T17:00``, ``2016-11-06TEV``, ``2026-02-27T09:29:11``;
           precision ``hour``/``minute``/``second``/``part-of-day``.
========== ======================================================================================

A date written without its year takes the reference year — or, after an earlier year and month
of the text (2019年6月…7月初), that narrative year when the month does not go back before it;
without its month, the reference month.  When the sentence is in the past tense
(:func:`dashiji.annotate.time_tense.tense`, or the caller's ``past``) and the date would fall
after the reference date, the previous year (month) is taken; in the future tense, a date before
the reference date moves to the next year (month).
With no reference date, expressions that need one keep their kind, text and offsets with
``value=None``.  Nothing is taken from inside a book/title quote 《…》.

The knowledge (numerals, calendar and relative words, tense cues, eras, holidays) is in
``data/time_rules.json``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from ..model import Span
from ..normalize import AnalysisView
from .time_rules import NUM_CHARS, cn_to_int, rules
from .time_tense import sentence_ends, tense
from .windowed import WindowedPatterns

__all__ = ["TimeExpr", "find_times", "to_span"]


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    kind: str
    value: str | None
    precision: str | None = None
    approx: bool = False
    direction: str | None = None


def to_span(expr: TimeExpr) -> Any:
    """The expression as a :class:`dashiji.model.Span` of layer ``time``."""
    attrs = {
        "value": expr.value,
        "precision": expr.precision,
        "approx": expr.approx,
        "direction": expr.direction,
    }
    return Span("time", expr.start, expr.end, expr.kind, attrs)


# ---------------------------------------------------------------------------------------------
# Patterns (over the analysis view)

_CN = "[" + NUM_CHARS + "]"
_NUM = rf"(?:[0-9]+(?:\.[0-9]+)?|{_CN}+)"
_CNDIG = "[零〇○一二三四五六七八九]"
_Y4 = (
    rf"(?:(?<![0-9])[12][0-9]{{3}}(?![0-9])|{_CNDIG}{{4}}"
    r"|[一二两]千(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)"
)
_Y2 = rf"(?:(?<![0-9])'?[0-9]{{2}}(?![0-9])|{_CNDIG}{{2}})"
# 15年 with no month after it: a year only where no duration can be (_two_digit_year_ok)
_Y2T = r"(?<![0-9])(?P<y2t>[1-9][0-9])年"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
_DAYD = r"(?:3[01]|[12][0-9]|0?[1-9])"
_D19 = "[一二三四五六七八九]"
_DAYC = rf"(?:三十一?|二十{_D19}?|十{_D19}?|廿{_D19}?|{_D19})"
_DAYL = r"(?:初[一二三四五六七八九十])"
_NOT_AFTER_NUM = r"(?![0-9零〇一二两三四五六七八九十百千万亿个名人岁%.])"
# 9月18上午, 12号晚上: a part of the day after it tells a day written with no 日 (after a
# month) or with 号 alone (a bare 号 is a number otherwise: 8号线, 24号球衣)
_DAY_PART_AFTER = r"(?=上午|下午|中午|晚上|晚间|凌晨|早上|早晨|傍晚|夜里|夜间)"
# 3月10起，…, 3月10至12日, 3月10、11日, 3月10晚: a day written with no 日 after a month, told as
# a day by what follows it - 起 (from) before a pause, a second day of a range or a list, the
# evening (not a count: 3月10起事故 goes on with a noun, 3月10多万 with a number word; not a
# range of buildings, rooms or lines: 6月8至11号楼)
_BARE_DAY_AFTER = (
    rf"(?=起[，,。；;\s]|[至到、]\s?{_DAYD}\s?(?:日|号(?![楼栋室房线]))"
    r"|晚(?![会报宴餐饭辈年期点]))"
)
_DAY = (
    rf"(?:{_DAYD}\s?[日号]|{_DAYD}{_DAY_PART_AFTER}|{_DAYD}{_BARE_DAY_AFTER}"
    rf"|(?:{_DAYC}|{_DAYL})(?:[日号]|{_NOT_AFTER_NUM}))"
)
_H = r"(?:2[0-4]|[01]?[0-9]|二十[一二三四]?|十[一二三四五六七八九]?|[零一二两三四五六七八九])"
_MI = rf"(?:[0-5]?[0-9]|[二三四五]十{_D19}?|十{_D19}?|零{_D19}|{_D19})"


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = rules()
    eras = _alt(k for k in r["eras"] if not k.startswith("_"))
    month_names = _alt(r["month_names"])
    lunar = _alt(r["lunar_markers"])
    mon = rf"(?:(?P<mon>{_MON})\s?月|(?P<mname>{month_names}))"
    year = (
        rf"(?:(?P<era>{eras})(?P<eray>元|{_NUM})年|(?P<y4>{_Y4})\s?年|"
        rf"(?P<y2>{_Y2})\s?年(?=\s?{_MON}\s?月)|(?P<y0>(?<![0-9])'?0[0-9]|零{_CNDIG})\s?年"
        rf"|{_Y2T})"  # (two digits alone: _two_digit_year_ok)
    )
    day = rf"(?P<day>{_DAY})"
    p: dict[str, str] = {}
    # Calendar dates: [lunar] [year] [month [day]] | [lunar] year
    p["cal"] = rf"(?P<lunar>{lunar})?(?:{year}\s?(?:的)?)?{mon}(?:\s?{day})?"  # (4 月 1 日)
    p["calyear"] = rf"(?P<lunar>{lunar})?{year}"
    nye = _alt(k for k in r["new_year_eve_words"] if k[0] != "_")
    p["nye"] = rf"(?:(?P<lunar>{lunar})?{year}\s?)?(?P<nye>{nye})"
    p["bareday"] = (
        rf"(?<![0-9月号日第每几数个{NUM_CHARS}])(?P<day>{_DAYD}|{_DAYC})"
        rf"(?:日(?![内来间])|号{_DAY_PART_AFTER})"
    )
    p["numdate"] = (
        r"(?<![0-9./:])(?P<y>[12][0-9]{3})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)"
        r"(?P<d>[0-9]{1,2})(?![0-9]|\.[0-9])"
        r"(?:[ T](?P<hh>[0-2]?[0-9]):(?P<mm>[0-5][0-9])(?::(?P<ss>[0-5][0-9]))?(?![0-9]))?"
    )
    p["dmy"] = (
        r"(?<![0-9./:])(?P<d>[0-9]{1,2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)"
        r"(?P<y>[12][0-9]{3})(?![0-9])"
    )
    p["yymmdd"] = r"(?<![0-9./:-])(?P<y>[0-9]{2})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![0-9.-])"
    p["md"] = r"(?<![0-9./:-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9./%])"
    p["decade"] = (
        rf"(?:(?P<cent>{_NUM})世纪|(?P<relc>本|上个?|上一个?)世纪)?"
        r"(?P<dec>[一二三四五六七八九]十|[1-9]0|(?:19|20)[0-9]0)年代"
    )
    p["century"] = rf"(?P<cent>{_NUM})世纪(?!{_CN}*年代)"
    ry = _alt(r["relative_years"])
    rm = _alt(r["relative_months"])
    rw = _alt(r["relative_weeks"])
    p["relyear"] = rf"(?P<ry>{ry})"
    p["relmonth"] = rf"(?P<rm>{rm})"
    p["relweek"] = rf"(?P<rw>{rw})(?P<we>末)?"
    wp = _alt(r["week_prefixes"])
    names = r["weekday_in_names"]
    report, papers = _alt(w[1:] for w in names["report_words"]), _alt(names["paper_words"])
    p["weekday"] = (
        rf"(?:(?P<wp>{wp})|(?<![0-9{NUM_CHARS}每几数第]))(?:星期|周|礼拜)(?P<wd>[一二三四五六日天末])"
        rf"(?![0-9一二三四五六七八九十])(?!报(?!{report})|{papers})"  # 星期天报: a paper
    )
    p["relday"] = rf"(?P<rd>{_alt(r['relative_days'])})"
    p["dayparen"] = (
        rf"今\s?[（(]\s?(?P<day>{_DAYD}|{_DAYC})\s?[日号]?\s?[)）]\s?(?:[日号](?![0-9]))?"
    )
    p["halfperiod"] = rf"(?<![年0-9])(?P<hp>{_alt(k for k in r['half_periods'] if k[0] != '_')})"
    p["monthpart_alone"] = r"(?<![0-9一二三四五六七八九十个本这当上下])月(?P<mp>初|底|末|中)(?!旬)"
    p["xun_alone"] = r"(?<![月0-9])(?P<mp>上旬|中旬|下旬)"
    p["yearpart_alone"] = (
        r"(?<![0-9零〇一二三四五六七八九今明去前后本当来])(?P<yp>年初|年中|年底|年末)"
        r"|(?<![年0-9])(?P<yp2>上半年|下半年|前半年|后半年)"
    )
    p["quarter"] = r"(?<![年0-9])(?:第(?P<q>[1-4一二三四])(?:个)?|(?P<q2>[1-4一二三四]))季度"
    p["holiday"] = rf"(?P<hol>{_alt(k for k in r['holidays'] if not k.startswith('_'))})"
    units = r["relative_units"]
    p["reloffset"] = (
        rf"(?<![0-9第每])(?P<n>{_NUM}|半)(?P<more>多|余)?(?P<u>{_alt(units)})(?P<more2>多|余)?"
        r"(?P<dir>之前|以前|前|之后|以后|后)(?![天年日])"
    )
    p["window"] = (
        rf"(?P<wdir>过去|未来|今后|最近|近|前|后|之前|之后)\s?(?P<n>{_NUM}|几)(?P<more>多)?"
        rf"\s?(?P<u>{_alt(units)})(?P<lai>来|里|内|中)?"
    )
    p["vague"] = rf"(?P<vg>{_alt(k for k in r['vague_windows'] if not k.startswith('_'))})"
    dunits = {**r["duration_units"], **r["compound_only_units"]}
    dunits.pop("_doc", None)
    one = (
        rf"(?:(?:{_NUM}|几|数|半)(?:多|余|来)?\s?(?:{_alt(dunits)})(?:半|多|余)?"
        rf"|{_alt(['半个月', '半年', '半小时', '半个小时', '半个钟头', '半天', '半分钟'])})"
    )
    p["duration"] = rf"(?<![0-9第每]){one}(?:(?:又|零|余|\s)?(?:{one}))*(?P<lai>来|以来)?"
    sunits = r["set_units"]
    p["set"] = (
        r"每(?:个)?(?:星期|周|礼拜)(?P<swd>[一二三四五六日天])"
        rf"|每(?:隔)?(?P<sn>{_NUM})?(?P<su>{_alt(sunits)})"
    )
    parts = _alt(k for k in r["day_parts"] if len(k) > 1)
    rparts = _alt(r["relative_day_parts"])
    p["clock"] = (
        rf"(?P<approx>大约|大概|约)?(?P<part>{rparts}|{parts}|早(?={_H}点)|晚(?={_H}点))?\s?"
        rf"(?:(?P<h>{_H})\s?(?:点|时)(?:(?P<half>半)|(?P<q>一刻|三刻)|(?P<mi>{_MI})\s?分?)?"
        rf"(?:(?P<s>{_MI})秒)?(?P<zheng>整|钟)?"
        r"|(?<![0-9.])(?P<hh>[0-2]?[0-9])[:：](?P<mm>[0-5][0-9])(?:[:：](?P<ss>[0-5][0-9]))?"
        r"(?![0-9])(?:\s?(?P<ampm>[ap]\.?\s?m\.?|[AP]M))?)"
    )
    p["dpart"] = rf"(?P<dp>{rparts}|{parts})"
    return {k: re.compile(v) for k, v in p.items()}


# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    tag: str
    f: dict[str, Any] = field(default_factory=dict)
    prio: int = 0


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.strip().lstrip("'")
    if s in ("半",):
        return None
    try:
        return cn_to_int(s)
    except ValueError:
        return None


def _about_pair(s: str) -> tuple[int, int] | None:
    """The two ends of a count of two Chinese digits, the second the greater (一两, 两三, 三五,
    七八: about so many - not a number read digit by digit, as a year's 九八 is), else None."""
    if len(s) != 2 or s.isascii():
        return None
    digits: dict[str, int] = rules()["numerals"]["digits"]
    low, high = digits.get(s[0], 0), digits.get(s[1], 0)
    return (low, high) if 0 < low < high else None


_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


def _fnum(s: str) -> float | None:
    s = s.strip()
    if s == "半":
        return 0.5
    if _DECIMAL.fullmatch(s):
        return float(s)
    n = cn_to_int(s)
    return None if n is None else float(n)


def _two_digit_year(yy: int, ref: date | None) -> int:
    pivot = (ref.year % 100 + 10) if ref else 50
    return (2000 if yy <= pivot else 1900) + yy


_CLAUSE_OPENERS = frozenset("是从自到至，,。；;：:、 （(“\n")  # (or the text's start: 16年底…)
_CLAUSE_BREAKS = frozenset("，,；;、")
_TWO_DIGIT_YEAR = re.compile(_Y2T)
_LIST_REACH = 120  # (how far back a list of years is looked for: no scan of the whole text)


@cache
def _two_digit_rules() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """time_rules two_digit_year, read once: ``before`` (在, 于), ``not_after`` (来, 内, 前…),
    ``parts_after`` (的时候, 底, 初…) and ``not_words``, the words ending in 在 / 于 / 到 that
    place nothing in time (现在20年过去了, 不少于10年, 达到20年的时候)."""
    r = rules()["two_digit_year"]
    return (
        frozenset(r["before"]),
        frozenset(r["not_after"]),
        tuple(r["parts_after"]),
        tuple(r["not_words"]),
    )


def _listed_after_a_year(v: str, at: int) -> bool:
    """他们在15年公开恋情，17年结婚: a two-digit year opening a clause (at ``at``) goes on
    with a list of years when a clause before it in its sentence holds a two-digit year read
    as a year (:func:`_two_digit_year_ok`) no later than it (a list runs forward: not 于15年
    加盟，10年合同)."""
    lo = max(0, at - _LIST_REACH)
    for end in _SENTENCE_END.finditer(v, lo, at):  # (its sentence: from the last end before it)
        lo = end.end()
    yy = _two_digit_year(int(v[at : at + 2]), None)
    return any(
        _two_digit_year(int(y["y2t"]), None) <= yy and _two_digit_year_ok(v, y)
        for y in _TWO_DIGIT_YEAR.finditer(v, lo, at - 1)
    )


def _two_digit_year_ok(v: str, m: re.Match[str]) -> bool:
    """Is the two-digit year ``m`` holds in group ``y2t`` (15年, no month after it) one that
    cannot be a duration (time_rules two_digit_year)?  After 在 or 于 with no word of a
    duration or an offset next (在15年公开恋情, 于17年结婚 - not 在10年内, 在20年前), or
    opening a clause (or after 在, 是, 从…) right before a word of a time within it (16年的时候,
    18年底 - not 坐牢17年, 持续了15年的时候, 第15年底), or opening a clause after one that
    holds such a year (在15年公开恋情，17年结婚: :func:`_listed_after_a_year`)."""
    before, not_after, parts_after, not_words = _two_digit_rules()
    at, after = m.start("y2t"), m.end("y2t") + 1  # (after 年)
    prev = v[at - 1] if at else "\n"
    nxt = v[after : after + 1]
    if v.endswith(not_words, 0, at):
        return False  # (现在20年过去了, 不少于10年: no word placing an act in time)
    if not (nxt.isdigit() or nxt in not_after) and (
        prev in before or (prev in _CLAUSE_BREAKS and _listed_after_a_year(v, at))
    ):
        return True  # (no duration nor offset next: 在10年内, 10年来)
    opens = prev in _CLAUSE_OPENERS or prev in before  # (在16年的时候)
    return opens and v.startswith(parts_after, after)


def _cal_fields(m: re.Match[str], ref: date | None) -> dict[str, Any] | None:
    g = m.groupdict()
    r = rules()
    f: dict[str, Any] = {}
    if g.get("era"):
        n = 1 if g["eray"] == "元" else _num(g["eray"])
        if n is None:
            return None
        f["y"] = r["eras"][g["era"]] + n - 1
    elif g.get("y4"):
        f["y"] = _num(g["y4"])
    elif g.get("y2"):
        f["y"] = _two_digit_year(_num(g["y2"]) or 0, ref)
    elif g.get("y0"):
        f["y"] = _two_digit_year(_num(g["y0"]) or 0, ref)
    elif g.get("y2t"):
        f["y"] = _two_digit_year(int(g["y2t"]), ref)
    if g.get("mon"):
        f["m"] = _num(g["mon"])
    elif g.get("mname"):
        f["m"] = r["month_names"][g["mname"]]
    if g.get("day"):
        d = g["day"].rstrip("日号 ")
        f["d"] = _num(d.lstrip("初"))
    if "m" in f and not (1 <= f["m"] <= 12):
        return None
    if "d" in f and not (f["d"] and 1 <= f["d"] <= 31):
        return None
    f["gran"] = "day" if "d" in f else "month" if "m" in f else "year"
    if g.get("lunar"):
        f["lunar"] = True
    return f


_MONTH_NEXT = re.compile(rf"\s?{_MON}\s?月")


@cache
def _windowed() -> WindowedPatterns:
    """Every candidate pattern, matched only in the stretches of text where it can match."""
    return WindowedPatterns({**_patterns(), "yrange": _YRANGE})


# 从3月10起, 自今年3月10起: a range from a day (a year said relatively may come between)
_OPENS_FROM = re.compile(r"[从自](?:今年|去年|明年|前年|同年|当年)?$")
_OPENS_REACH = 3  # characters the opener of a range takes before the month


def _count_not_from(v: str, m: re.Match[str]) -> bool:
    """Is the calendar match ``m`` of ``v`` a month and a day written with no 日 that only 起
    after it tells (:data:`_BARE_DAY_AFTER`), with no 从 or 自 (从今年) opening it?  Then 起 counts
    (1月5起，3月10起: the cases of each month), and the number is no day."""
    day = m.group("day")
    return (
        day is not None
        and day.isdigit()
        and v.startswith("起", m.end())
        and not _OPENS_FROM.search(v, max(0, m.start() - _OPENS_REACH), m.start())
    )


def _candidates(v: str, ref: date | None, pats: dict[str, list[re.Match[str]]]) -> list[_Cand]:
    """``pats``: the matches of each pattern over ``v`` (``_windowed().scan(v)``)."""
    r = rules()
    out: list[_Cand] = []

    def add(m: re.Match[str], tag: str, f: dict[str, Any], prio: int = 0) -> None:
        out.append(_Cand(m.start(), m.end(), tag, f, prio))

    for m in [*pats["cal"], *pats["calyear"]]:
        if m["y2t"] and not _two_digit_year_ok(v, m):
            continue  # (坐牢17年: a duration)
        f = _cal_fields(m, ref)
        if f is None:
            continue
        if "d" in f and _count_not_from(v, m):  # 1月5起，3月10起: counts by month, no days
            f = {k: x for k, x in f.items() if k != "d"} | {"gran": "month"}
            out.append(_Cand(m.start(), m.start("day"), "cal", f, 3))
            continue
        # a bare year needs four digits (2014年), an era or two digits where no duration can
        # be (_two_digit_year_ok); "坐牢10年" is a duration
        add(m, "cal", f, 3)
    for m in pats["nye"]:
        dated = m["y4"] or m["era"] or m["y2"] or m["y0"]
        f = _cal_fields(m, ref) if dated or (m["y2t"] and _two_digit_year_ok(v, m)) else {}
        if f is None:
            continue
        f["m"], f["d"] = r["new_year_eve_words"][m["nye"]]
        f["gran"] = "day"
        add(m, "cal", f, 3)
    for m in pats["bareday"]:
        d = _num(m.group("day"))
        if d and 1 <= d <= 31:
            add(m, "cal", {"d": d, "gran": "day", "bare": True}, 2)
    for m in pats["numdate"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            f = {"y": y, "m": mo, "d": d, "gran": "day"}
            if m["hh"] is not None and int(m["hh"]) <= 24:
                f["clock"] = (int(m["hh"]), int(m["mm"]), int(m["ss"]) if m["ss"] else None)
            add(m, "cal", f, 4)
    for m in pats["dmy"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m, "cal", {"y": y, "m": mo, "d": d, "gran": "day"}, 4)
    for m in pats["yymmdd"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m, "cal", {"y": _two_digit_year(y, ref), "m": mo, "d": d, "gran": "day"}, 1)
    for m in pats["md"]:
        add(m, "cal", {"m": int(m["m"]), "d": int(m["d"]), "gran": "day"}, 0)
    for m in pats["decade"]:
        dec = m["dec"]
        n: float | None = int(dec) if dec.isdigit() else _num(dec)
        if n is None:
            continue
        if n >= 1000:
            add(m, "cal", {"decade": n, "gran": "decade"}, 5)
            continue
        cent = _num(m["cent"]) if m["cent"] else None
        if m["relc"] and ref is not None:
            cent = ref.year // 100 + (0 if m["relc"] == "本" else -1) + 1
        base = (cent - 1) * 100 if cent else 1900
        add(m, "cal", {"decade": base + n % 100, "gran": "decade"}, 5)
    for m in pats["century"]:
        cent = _num(m["cent"])
        if cent and 1 <= cent <= 30:
            add(m, "cal", {"century": cent, "gran": "century"}, 4)
    anaphoric = r["anaphoric_years"]["words"]
    month_only = r["anaphoric_years"]["month_only"]
    for m in pats["relyear"]:
        if m["ry"] in month_only and not _MONTH_NEXT.match(v, m.end()):
            continue  # 不同年龄: no year
        f = {"y_off": r["relative_years"][m["ry"]], "gran": "year"}
        if m["ry"] in anaphoric:
            f["anaphoric"] = True  # 当年: the year named before, resolved in _compose
        add(m, "cal", f, 3)
    for m in pats["dayparen"]:  # 今（14）日, 今(16日): the day of the month in brackets
        d = _num(m["day"])
        if d and 1 <= d <= 31:
            add(m, "cal", {"d": d, "gran": "day"}, 4)
    for m in pats["relmonth"]:
        add(m, "cal", {"m_off": r["relative_months"][m["rm"]], "gran": "month"}, 3)
    for m in pats["relweek"]:
        f = {"w_off": r["relative_weeks"][m["rw"]], "gran": "weekend" if m["we"] else "week"}
        add(m, "cal", f, 3)
    for m in pats["weekday"]:
        wd = r["weekday_words"][m["wd"]]
        w_off = r["week_prefixes"][m["wp"]] if m["wp"] else None
        if wd == "WE":
            add(m, "cal", {"w_off": w_off or 0, "gran": "weekend"}, 3)
        else:
            add(m, "cal", {"w_off": w_off, "wd": wd, "gran": "day"}, 3)
    for m in pats["halfperiod"]:
        add(m, "cal", {"half": r["half_periods"][m["hp"]], "gran": "span"}, 3)
    for m in pats["relday"]:
        add(m, "cal", {"d_off": r["relative_days"][m["rd"]], "gran": "day"}, 3)
    for m in pats["monthpart_alone"]:
        add(m, "cal", {"m_off": 0, "gran": "month", "mpart": r["month_parts"][m["mp"]]}, 2)
    for m in pats["xun_alone"]:
        add(m, "cal", {"m_off": 0, "gran": "month", "mpart": r["month_parts"][m["mp"]]}, 2)
    for m in pats["yearpart_alone"]:
        yp = m["yp"] or m["yp2"]
        add(m, "cal", {"y_off": 0, "gran": "year", "ypart": r["year_parts"][yp][0]}, 2)
    for m in pats["quarter"]:
        q = _num(m["q"] or m["q2"])
        if q and 1 <= q <= 4:
            add(m, "cal", {"y_off": 0, "gran": "year", "ypart": f"Q{q}"}, 2)
    for m in pats["holiday"]:
        mo, d = r["holidays"][m["hol"]]
        add(m, "cal", {"m": mo, "d": d, "gran": "day"}, 2)
    for m in pats["reloffset"]:
        pair = _about_pair(m["n"])  # (两三天后, 五六年前: about so many - not 23, 56)
        n = _fnum(m["n"]) if pair is None else float(pair[0])  # (the nearer end, approximate)
        unit = r["relative_units"][m["u"]]
        if n is None or n <= 0 or (unit == "Y" and re.fullmatch(r"[0-9]{4}|0[0-9]", m["n"])):
            continue
        if m["u"] == "日" and m["n"].isdigit():
            continue  # "20日后": after the 20th, not twenty days later
        f = {"n": n, "unit": unit, "sign": -1 if "前" in m["dir"] else 1}
        f["approx"] = bool(m["more"] or m["more2"]) or pair is not None
        add(m, "rel", f, 6)
    for m in pats["window"]:
        pair = _about_pair(m["n"])  # (近两三年: a window of up to three years, not 23)
        n = None if m["n"] == "几" else _fnum(m["n"]) if pair is None else float(pair[1])
        unit = r["relative_units"][m["u"]]
        if unit == "Y" and re.fullmatch(r"[0-9]{4}", m["n"]):
            continue
        if m["wdir"] in ("前", "后") and m["lai"]:
            continue
        if m.group() in r["relative_days"] and v[m.start() - 1 : m.start()] != "提":
            continue  # 在这前一天: the day before a day told, a relative day (提前一天: ahead)
        sign = 1 if m["wdir"] in ("未来", "今后", "后", "之后") else -1
        add(m, "win", {"n": n, "unit": unit, "sign": sign, "approx": bool(m["more"])}, 5)
    for m in pats["vague"]:
        add(m, "vague", {"days": r["vague_windows"][m["vg"]]}, 4)
    for m in pats["duration"]:
        if v.startswith("岁", m.end()):
            continue  # 18周岁: an age
        f = _duration_fields(m.group())
        if f is not None:
            add(m, "dur", f, 1)
    for m in pats["set"]:
        if m["swd"]:
            wd = r["weekday_words"][m["swd"]]
            add(m, "set", {"value": f"XXXX-WXX-{wd}"}, 3)
        else:
            n = _num(m["sn"]) if m["sn"] else 1
            base = r["set_units"][m["su"]]
            val = re.sub(r"1", str(n or 1), base, count=1)
            add(m, "set", {"value": val}, 3)
    for m in pats["clock"]:
        f = _clock_fields(m, v)
        if f is not None:
            add(m, "clock", f, 2)
    for m in pats["dpart"]:
        dp = m["dp"]
        if dp in r["relative_day_parts"]:
            off, part = r["relative_day_parts"][dp]
            add(m, "cal", {"d_off": off, "gran": "day", "dpart": part}, 2)
        else:
            add(m, "dpart", {"dpart": r["day_parts"][dp][0]}, 0)
    return out


def _clock_fields(m: re.Match[str], v: str) -> dict[str, Any] | None:
    r = rules()
    part = m["part"]
    h: int | None
    if m["hh"] is not None:
        h, mi = int(m["hh"]), int(m["mm"])
        s = int(m["ss"]) if m["ss"] else None
        ampm = (m["ampm"] or "").lower()
        if h > 24:
            return None
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        f: dict[str, Any] = {
            "h": h,
            "mi": mi,
            "s": s,
            "gran": "second" if s is not None else "minute",
        }
    else:
        h = _num(m["h"])
        if h is None or h > 24:
            return None
        mi = None
        if m["half"]:
            mi = 30
        elif m["q"]:
            mi = 15 if m["q"] == "一刻" else 45
        elif m["mi"]:
            mi = _num(m["mi"])
            if mi is None or mi >= 60:
                return None
        s = _num(m["s"]) if m["s"] else None
        bare = mi is None and not m["zheng"] and not part and not m["approx"]
        if bare and not m["h"].isdigit() and h != 0:
            prev = v[max(0, m.start() - 1) : m.start()]
            nxt = v[m.end() : m.end() + 2]
            ok_next = ("左右", "前后", "之前", "之后", "以前", "以后")
            if not (prev in ("到", "至", "日", "号", "天", "-", "~") or nxt.startswith(ok_next)):
                return None
        if m["h"][-1:] == "十" and v[m.end() - 1 : m.end()] == "时" and False:
            return None
        gran = "second" if s is not None else "minute" if mi is not None else "hour"
        f = {"h": h, "mi": mi, "s": s, "gran": gran}
    if part:
        if part in r["relative_day_parts"]:
            off, code = r["relative_day_parts"][part]
            f["d_off"] = off
            shift = 12 if code in ("TEV", "TNI", "TAF") else 0
        else:
            code, shift = r["day_parts"][part]
        if shift and f["h"] < 12:
            f["h"] += 12
        if code == "TNI" and part in ("凌晨", "半夜") and f["h"] == 12:
            f["h"] = 0
    if m["approx"]:
        f["approx"] = True
    return f


_HALVES = {
    "半个月": ("M", 0.5),
    "半年": ("Y", 0.5),
    "半小时": ("TH", 0.5),
    "半个小时": ("TH", 0.5),
    "半个钟头": ("TH", 0.5),
    "半天": ("D", 0.5),
    "半分钟": ("TM", 0.5),
}
_LAI_END = re.compile(r"(以来|来)$")


@cache
def _duration_tok() -> tuple[dict[str, str], re.Pattern[str]]:
    r = rules()
    units = {**r["duration_units"], **r["compound_only_units"]}
    units.pop("_doc", None)
    tok = re.compile(
        rf"\s*(?:又|零|余)?\s*(?:(?P<half>{_alt(_HALVES)})|(?P<n>{_NUM}|几|数|半)(?P<m1>多|余|来)?"
        rf"\s?(?P<u>{_alt(units)})(?P<m2>半|多|余)?)"
    )
    return units, tok


def _duration_fields(s: str) -> dict[str, Any] | None:
    """Parse a (compound) duration into ISO 8601; None if it is not one.  A fresh dict each
    call (its candidate may be changed later)."""
    f = _parsed_duration(s)
    return None if f is None else dict(f)


@lru_cache(maxsize=4096)  # the same few durations (3年, 10天, 两个月) recur article after article
def _parsed_duration(s: str) -> dict[str, Any] | None:
    r = rules()
    units, tok = _duration_tok()
    halves = _HALVES
    parts: dict[str, float] = {}
    approx = vague = False
    lai = s.endswith("来")
    body = _LAI_END.sub("", s)
    pos = 0
    count = 0
    day_word = ""
    while pos < len(body):
        m = tok.match(body, pos)
        if not m:
            return None
        pos = m.end()
        count += 1
        if m["half"]:
            u, n = halves[m["half"]]
            parts[u] = parts.get(u, 0) + n
            continue
        u = units[m["u"]]
        if m["u"] in r["compound_only_units"] and count == 1:
            return None  # "3月", "5时", "20分" alone are not durations
        if m["u"] in r["compound_only_units"] and "D" in parts and day_word == "日":
            return None  # 29日21时(许): a day of the month and its hour, not 29 days 21 hours
        if u == "D":
            day_word = m["u"]
        if u == "Y" and (re.fullmatch(r"0[0-9]|零.", m["n"] or "") or (_fnum(m["n"]) or 0) >= 1000):
            return None  # 2018年, 08年: a year, not a duration
        if m["n"] in ("几", "数"):
            vague = True
            n = 0.0
        else:
            fn = _fnum(m["n"])
            if fn is None:
                return None
            n = fn
        if m["m1"] or m["m2"] in ("多", "余"):
            approx = True
        if m["m2"] == "半":
            n += 0.5
        if u in parts:
            return None
        parts[u] = n
    if not parts:
        return None
    if vague:
        return {"value": None, "approx": True, "lai": lai}
    order = ["Y", "M", "W", "D"]
    torder = ["TH", "TM", "TS"]
    iso = "P" + "".join(f"{_fmt(parts[u])}{u}" for u in order if u in parts)
    t = "".join(f"{_fmt(parts[u])}{u[1]}" for u in torder if u in parts)
    if t:
        iso += "T" + t
    return {"value": iso, "approx": approx, "lai": lai}


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# ---------------------------------------------------------------------------------------------
# Suffixes that refine a year or a month (去年上半年, 本月初, 8月下旬, 2021年的第一周)

_ORD = r"(?:[1-9]|[一二三四五六七八九十]{1,2})"


@cache
def _suffix_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()
    seasons = _alt(r["seasons"])
    year = (
        r"(?:的)?\s?(?:(?P<yp>上半年|前半年|下半年|后半年|年初|年中|年底|年末|初|底|末)"
        rf"|(?P<season>{seasons})|第(?P<q>{_ORD})(?:个)?季度|(?P<q2>[一二三四])季度"
        rf"|第(?P<nm>{_ORD})个月|第(?P<nw>{_ORD})(?:周|个星期)"
        rf"|(?P<fl>前|最后|最後)\s?(?P<fn>{_NUM})\s?(?P<fu>周|个星期|个月|天))"
    )
    month = (
        r"(?:的)?\s?(?:(?P<mp>初|上旬|中旬|下旬|底|末)(?![0-9一二三四五六七八九十])"
        rf"|(?P<day>{_DAY})"
        rf"|第(?P<nw>{_ORD})(?:周|个星期)"
        r"|(?P<last>最后一个)(?:星期|周)(?P<lwd>[一二三四五六日天]))"
    )
    return re.compile(year), re.compile(month)


def _extend(c: _Cand, v: str) -> _Cand | None:
    """A longer candidate when a year/month atom is followed by a refining suffix."""
    f = c.f
    if c.tag != "cal" or f.get("gran") not in ("year", "month") or f.get("ypart") or f.get("mpart"):
        return None
    ypat, mpat = _suffix_patterns()
    r = rules()
    g = dict(f)
    if f["gran"] == "year":
        m = ypat.match(v, c.end)
        if not m:
            return None
        if m["yp"]:
            yp = m["yp"]
            yp = {"初": "年初", "底": "年底", "末": "年末"}.get(yp, yp)
            g["ypart"] = r["year_parts"][yp][0]
        elif m["season"]:
            g["ypart"] = r["seasons"][m["season"]]
        elif m["q"] or m["q2"]:
            q = _num(m["q"] or m["q2"])
            if not q or q > 4:
                return None
            g["ypart"] = f"Q{q}"
        elif m["nm"]:
            n = _num(m["nm"])
            if not n or n > 12:
                return None
            g.update(m=n, gran="month")
            g.pop("ypart", None)
        elif m["nw"]:
            n = _num(m["nw"])
            if not n or n > 53:
                return None
            g.update(nweek=n, gran="nweek")
        elif m["fl"]:
            n = _num(m["fn"])
            if not n:
                return None
            unit = {"周": "W", "个星期": "W", "个月": "M", "天": "D"}[m["fu"]]
            g.update(first_last=("first" if m["fl"] == "前" else "last", n, unit), gran="span")
        return _Cand(c.start, m.end(), "cal", g, c.prio + 1)
    m = mpat.match(v, c.end)
    if not m or f.get("d"):
        return None
    if m["mp"]:
        g["mpart"] = r["month_parts"][m["mp"]]
    elif m["day"]:
        if "m_off" not in f:
            return None
        day = _num(m["day"].rstrip("日号 ").lstrip("初"))
        if not day or day > 31:
            return None
        g.update(d=day, gran="day")
    elif m["nw"]:
        n = _num(m["nw"])
        if not n or n > 5:
            return None
        g.update(nweek=n, gran="nweek")
    elif m["last"]:
        g.update(lastwd=r["weekday_words"][m["lwd"]], gran="day")
    return _Cand(c.start, m.end(), "cal", g, c.prio + 1)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then priority; keep the candidates that do not overlap a kept one."""
    taken: list[_Cand] = []
    occupied = bytearray()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if len(occupied) < c.end:
            occupied.extend(b"\0" * (c.end - len(occupied)))
        if occupied.find(1, c.start, c.end) >= 0:  # (it holds 0 and 1 only: any())
            continue
        occupied[c.start : c.end] = b"\1" * (c.end - c.start)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------
# Resolution against the reference date


@dataclass(slots=True)
class _Ref:
    day: date
    clock: datetime | None  # the reference datetime when a time of day was given


def _parse_ref(ref_date: str | date | datetime | None) -> _Ref | None:
    if ref_date is None or ref_date == "":
        return None
    if isinstance(ref_date, datetime):
        return _Ref(ref_date.date(), ref_date)
    if isinstance(ref_date, date):
        return _Ref(ref_date, None)
    s = str(ref_date).strip()
    try:
        if len(s) > 10:
            dt = datetime.fromisoformat(s.replace(" ", "T"))
            return _Ref(dt.date(), dt)
        return _Ref(date.fromisoformat(s[:10]), None)
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift(d: date, n: float, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit == "W":
        return d + timedelta(days=round(7 * n))
    months = round(n * (12 if unit == "Y" else 1))
    y, m = _add_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift_or_none(d: date, n: float, unit: str) -> date | None:
    """:func:`_shift`, or None when the result falls outside years 1–9999."""
    try:
        return _shift(d, n, unit)
    except (OverflowError, ValueError):
        return None


# a day this many days after the reference, told in the past tense, is that day, not a year (or a
# month) earlier: a report dated by one clock tells a day already gone by another (北京时间1月27日
# in a page dated 26 January, the reporter's own time zone)
_AHEAD_DAYS = 2


def _just_ahead(today: date, y: int, m: int, d: int) -> bool:
    """Is ``y-m-d`` a real day within :data:`_AHEAD_DAYS` days after ``today``?"""
    if not _valid(y, m, d):
        return False
    return 0 < (date(y, m, d) - today).days <= _AHEAD_DAYS


# a month and day this many days before the reference, told in the future tense, is that day of
# the reference's year, not of the next: the page was put up a few days after it was written
# (将于4月20日举行 in a page dated 21 April) - a plan of a year ahead is told with its year
_BEHIND_DAYS = 7


def _just_behind(today: date, y: int, m: int, d: int) -> bool:
    """Is ``y-m-d`` a real day within :data:`_BEHIND_DAYS` days before ``today``?"""
    if not _valid(y, m, d):
        return False
    return 0 < (today - date(y, m, d)).days <= _BEHIND_DAYS


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


@dataclass(slots=True)
class _Res:
    value: str | None
    precision: str | None
    y: int | None = None
    m: int | None = None
    d: int | None = None
    approx: bool = False


def _week_value(d: date, weekend: bool = False) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy}-W{iw:02d}" + ("-WE" if weekend else "")


def _first_monday(y: int, m: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def _resolve_cal(
    f: dict[str, Any], ref: _Ref | None, tns: bool | None, inherit: _Res | None = None
) -> _Res:
    gran = f.get("gran")
    if "half" in f:
        return _half(f["half"], ref.day if ref else None)
    if "decade" in f:
        return _Res(f"{f['decade'] // 10}X", "decade")
    if "century" in f:
        return _Res(f"{f['century'] - 1:02d}XX", "century")
    today = ref.day if ref else None
    # --- relative to the reference date ------------------------------------------------------
    if "d_off" in f:
        if today is None:
            return _Res(None, "day")
        day = today + timedelta(days=f["d_off"])
        return _Res(day.isoformat(), "day", day.year, day.month, day.day)
    if "w_off" in f:
        if today is None:
            return _Res(None, "day" if "wd" in f else "week")
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * (f["w_off"] or 0))
        if "wd" in f:
            day = monday + timedelta(days=f["wd"] - 1)
            if f["w_off"] is None:
                if tns is True and day > today:
                    day -= timedelta(days=7)
                elif tns is False and day < today:
                    day += timedelta(days=7)
            return _Res(day.isoformat(), "day", day.year, day.month, day.day)
        weekend = gran == "weekend"
        return _Res(_week_value(monday, weekend), "weekend" if weekend else "week")
    if "m_off" in f:
        if today is None:
            return _Res(None, f.get("mpart") or "month")
        yr, mo = _add_months(today.year, today.month, f["m_off"])
        if f.get("d") is not None:
            if not _valid(yr, mo, f["d"]):
                return _Res(None, "day", yr, mo, f["d"])
            return _Res(f"{yr:04d}-{mo:02d}-{f['d']:02d}", "day", yr, mo, f["d"])
        return _finish_month(f, yr, mo)
    if "y_off" in f and "m" not in f:
        if today is None:
            return _Res(None, "year")
        return _finish_year(f, today.year + f["y_off"], today)
    # --- calendar fields, the missing ones from the reference (or the range's start) ---------
    y, m, d = f.get("y"), f.get("m"), f.get("d")
    if "y_off" in f and today is not None:
        y = today.year + f["y_off"]
    y_inferred = y is None
    if m is None and d is not None:
        if inherit is not None and inherit.m is not None:
            y = inherit.y if y is None else y
            m = inherit.m
            if inherit.d is not None and d < inherit.d and y_inferred:
                y, m = _add_months(y or 0, m, 1) if y else (None, m % 12 + 1)
        elif today is not None:
            y, m = today.year, today.month
            if tns is True and d > today.day and not _just_ahead(today, y, m, d):
                y, m = _add_months(y, m, -1)
            elif tns is False and d < today.day:
                y, m = _add_months(y, m, 1)
            step = 1 if tns is False else -1
            for _ in range(12):  # "29日" in February: the nearest month that has one
                if _valid(y, m, d):
                    break
                y, m = _add_months(y, m, step)
        else:
            return _Res(None, "day")
    if y is None and m is not None:
        if inherit is not None and inherit.y is not None:
            y = inherit.y
            if (m, d or 1) < (inherit.m or 1, inherit.d or 1):
                y += 1
        elif today is not None:
            y = today.year
            if tns is True and (m, d or 1) > (today.month, today.day):
                if d is None or not _just_ahead(today, y, m, d):
                    y -= 1
            elif tns is False and (m, d or 31) < (today.month, today.day):
                if d is None or not _just_behind(today, y, m, d):
                    y += 1
        else:
            return _Res(None, gran)
    if y is None:
        return _Res(None, gran)
    if gran == "year":
        return _finish_year(f, y, today)
    if gran == "span":
        return _span(f["first_last"], y, None)
    if gran == "nweek":
        n = f["nweek"]
        start = _first_monday(y, m or 1) if m else date.fromisocalendar(y, 1, 1)
        d0 = start + timedelta(days=7 * (n - 1))
        return _Res(_week_value(d0), "week", d0.year, d0.month, d0.day)
    if m is None:  # a year's fields only: read as the year
        return _finish_year(f, y, today)
    if "lastwd" in f:
        last = date(y, m, calendar.monthrange(y, m)[1])
        d0 = last - timedelta(days=(last.weekday() - (f["lastwd"] - 1)) % 7)
        return _Res(d0.isoformat(), "day", d0.year, d0.month, d0.day)
    if d is None:
        return _finish_month(f, y, m)
    if not _valid(y, m, d):
        if y_inferred and m == 2 and d == 29:
            step = 1 if tns is False else -1
            while not calendar.isleap(y):
                y += step
        else:
            return _Res(None, "day", y, m, d)
    return _Res(f"{y:04d}-{m:02d}-{d:02d}", "day", y, m, d)


def _half(spec: list[Any], today: date | None) -> _Res:
    """上个半年, 上半月, 下半周 …: ``[unit, which, offset]`` from the rules file."""
    unit, which, off = spec
    if today is None:
        return _Res(None, "half-year" if unit == "year" else "span")
    if unit == "year":
        k = today.year * 2 + (today.month > 6) + off
        y, h = k // 2, k % 2 + 1 if which is None else which
        return _Res(f"{y:04d}-H{h}", "half-year", y)
    if unit == "month":
        last = calendar.monthrange(today.year, today.month)[1]
        a = today.replace(day=1 if which == 1 else 16)
        b = today.replace(day=15 if which == 1 else last)
    else:
        monday = today - timedelta(days=today.weekday())
        a = monday + timedelta(days=0 if which == 1 else 3)
        b = monday + timedelta(days=2 if which == 1 else 6)
    return _Res(f"{a.isoformat()}/{b.isoformat()}", "span", a.year, a.month)


def _finish_month(f: dict[str, Any], y: int, m: int) -> _Res:
    return _Res(f"{y:04d}-{m:02d}", f.get("mpart") or "month", y, m)


def _finish_year(f: dict[str, Any], y: int, today: date | None) -> _Res:
    yp = f.get("ypart")
    if f.get("gran") == "span":
        return _span(f["first_last"], y, None)
    if f.get("gran") == "nweek":
        d0 = date.fromisocalendar(y, 1, 1) + timedelta(days=7 * (f["nweek"] - 1))
        return _Res(_week_value(d0), "week", d0.year, d0.month, d0.day)
    if yp is None:
        return _Res(f"{y:04d}", "year", y)
    if yp in ("early-year", "mid-year", "late-year"):
        return _Res(f"{y:04d}", yp, y)
    if yp in ("H1", "H2"):
        return _Res(f"{y:04d}-{yp}", "half-year", y)
    if yp.startswith("Q"):
        return _Res(f"{y:04d}-{yp}", "quarter", y)
    return _Res(f"{y:04d}-{yp}", "season", y)


def _span(fl: tuple[str, int, str], y: int, m: int | None) -> _Res:
    """The first / last N weeks, months or days of year ``y``: an ``A/B`` day range."""
    which, n, unit = fl
    if unit == "W":
        if which == "first":
            a = date.fromisocalendar(y, 1, 1)
            b = a + timedelta(days=7 * n - 1)
        else:
            last_week = date(y, 12, 28).isocalendar()[1]
            a = date.fromisocalendar(y, last_week - n + 1, 1)
            b = a + timedelta(days=7 * n - 1)
    elif unit == "M":
        if which == "first":
            a, b = date(y, 1, 1), date(y, n, calendar.monthrange(y, n)[1])
        else:
            a, b = date(y, 13 - n, 1), date(y, 12, 31)
    else:
        if which == "first":
            a = date(y, 1, 1)
            b = a + timedelta(days=n - 1)
        else:
            b = date(y, 12, 31)
            a = b - timedelta(days=n - 1)
    return _Res(f"{a.isoformat()}/{b.isoformat()}", "span", y)


# ---------------------------------------------------------------------------------------------
# Composition: ranges, date + clock, open ranges (之前/之后/以来), approximations (前后/左右)


@dataclass(slots=True)
class _Out:
    start: int
    end: int
    kind: str
    value: str | None
    precision: str | None = None
    approx: bool = False
    direction: str | None = None


@cache
def _glue() -> dict[str, re.Pattern[str]]:
    r = rules()
    conn = _alt(r["range_connectors"])
    return {
        "conn": re.compile(rf"\s*(?:{conn})\s*"),
        "and": re.compile(r"\s*(?:和|与|及|至)\s*"),
        "between": re.compile(rf"\s*(?:{_alt(r['between_words'])})"),
        "from": re.compile(r"(?:从|自从|自)\s*$"),
        # (not a word they open: 前面, 后来, 起诉 — 去年2月起诉 is a suit in that month — 前往)
        "before": re.compile(rf"\s*(?:{_alt(r['before_words'])})(?![天日年来面者诉往])"),
        "after": re.compile(rf"\s*(?:{_alt(r['after_words'])})(?![天日年来面者诉往])"),
        "around": re.compile(rf"\s*(?:{_alt(r['around_words'])})"),
        "since_pre": re.compile(rf"(?:{_alt(r['since_prefixes'])})\s*$"),
        "until_pre": re.compile(rf"(?:{_alt(r['until_prefixes'])})\s*$"),
        "approx_pre": re.compile(rf"(?:{_alt(r['approx_prefixes'])})\s*$"),
        "forward": re.compile(rf"(?:{_alt(r['tense']['forward'])})\s*$"),
        "datetime_gap": re.compile(r"\s*(?:的)?\s*"),
    }


def _clock_str(f: dict[str, Any]) -> str:
    h, mi, s = f["h"], f.get("mi"), f.get("s")
    out = f"T{h:02d}"
    if mi is not None or s is not None:
        out += f":{mi or 0:02d}"
    if s is not None:
        out += f":{s:02d}"
    return out


def _pointlike(c: _Cand) -> bool:
    return c.tag == "clock" or (c.tag == "cal" and c.f.get("gran") not in ("span",))


_DAY_PART_1 = re.compile(r"[早晚](?![已就些于在点饭餐上间])")


def _compose(
    cands: list[_Cand], v: str, ref: _Ref | None, tense_at: Callable[[int, int], bool | None]
) -> list[_Out]:
    g = _glue()
    outs: list[_Out] = []
    i = 0
    n = len(cands)
    # merge a date and the clock time / part of day that follows it
    merged: list[_Cand] = []
    while i < n:
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < n else None
        adjacent = nxt is not None and g["datetime_gap"].fullmatch(v, c.end, nxt.start)
        if (
            c.tag == "cal"
            and c.f.get("gran") == "day"
            and nxt is not None
            and adjacent
            and nxt.tag in ("clock", "dpart")
            and "d_off" not in nxt.f
        ):
            f = dict(c.f)
            if nxt.tag == "clock":
                f["clock_f"] = nxt.f
            else:
                f["dpart"] = nxt.f["dpart"]
            merged.append(_Cand(c.start, nxt.end, "cal", f, c.prio))
            i += 2
            continue
        if (
            c.tag == "cal"
            and c.f.get("gran") == "day"
            and "clock" not in c.f
            and _DAY_PART_1.match(v, c.end)
        ):
            f = dict(c.f)
            f["dpart"] = "TMO" if v[c.end] == "早" else "TEV"
            merged.append(_Cand(c.start, c.end + 1, "cal", f, c.prio))
            i += 1
            continue
        if (
            c.tag == "cal"
            and "y_off" in c.f
            and c.f.get("gran") == "year"
            and not c.f.get("ypart")
            and nxt is not None
            and adjacent
            and nxt.tag == "cal"
            and "m" in nxt.f
            and "y" not in nxt.f
            and "y_off" not in nxt.f
        ):
            f = {**nxt.f, "y_off": c.f["y_off"]}
            if c.f.get("anaphoric"):
                f["anaphoric"] = True
            merged.append(_Cand(c.start, nxt.end, "cal", f, c.prio))
            i += 2
            continue
        if (
            c.tag == "set"
            and c.f["value"].startswith("XXXX-WXX")
            and nxt is not None
            and adjacent
            and nxt.tag in ("clock", "dpart")
            and "d_off" not in nxt.f
        ):
            t = _clock_str(nxt.f) if nxt.tag == "clock" else nxt.f["dpart"]
            merged.append(_Cand(c.start, nxt.end, "set", {"value": c.f["value"] + t}, c.prio))
            i += 2
            continue
        merged.append(c)
        i += 1
    cands = merged
    n = len(cands)
    i = 0
    story: tuple[int, int] | None = None  # the narrative's (year, month): 2019年6月…
    sentence_year: tuple[int, int] | None = None  # (year, end offset) of a year alone: 2024年…
    named: int | None = None  # the year the text named last (for 当年)
    told_day: tuple[int, int, int, int] | None = None  # (y, m, d, end) of the last day told
    while i < n:
        c = cands[i]
        # the tense guess (a few regex passes over the sentence) only where it is read
        nxt = cands[i + 1] if i + 1 < n else None
        tns = tense_at(c.start, c.end) if _reads_tense(c, nxt) else None
        if c.tag == "cal" and g["forward"].search(v, max(0, c.start - 4), c.start):
            # 押后至11月24日, 推迟至9月27日: the new day lies ahead of the postponement — in the
            # narrative's year when there is one, else not before the reference date
            tns = None if story is not None else False
        if c.tag == "cal" and c.f.get("anaphoric"):
            if named is None:  # 当年8月 with no year named before: the year is unknown
                gran = c.f.get("gran")
                outs.append(_Out(c.start, c.end, "date", None, "year" if gran == "year" else gran))
                i += 1
                continue
            f = {k: x for k, x in c.f.items() if k not in ("y_off", "anaphoric")}
            c = _Cand(c.start, c.end, c.tag, {**f, "y": named}, c.prio)
        elif c.tag == "cal" and c.f.get("y") is not None:
            named = c.f["y"]
        elif c.tag == "cal" and "y_off" in c.f and ref is not None:
            named = ref.day.year + c.f["y_off"]
        story, c = _story_year(c, story, ref, tns)
        sentence_year, c = _sentence_year(c, sentence_year, v)
        # ranges: A 到/至/- B, A 和 B 之间
        if i + 1 < n and c.tag in ("cal", "clock") and cands[i + 1].tag in ("cal", "clock"):
            b = cands[i + 1]
            m_conn = g["conn"].fullmatch(v, c.end, b.start)
            m_and = g["and"].fullmatch(v, c.end, b.start)
            btw = g["between"].match(v, b.end)
            if m_conn or (m_and and btw):
                end = btw.end() if btw else b.end
                start = c.start
                pre = g["from"].search(v, max(0, start - 2), start)
                if pre:
                    start = pre.start()
                out = _range(c, b, ref, tns, start, end)
                if out is not None:
                    if b.tag == "cal" and b.f.get("y") not in (None, c.f.get("y")):
                        story = None  # 2019年4月至2021年6月期间: a period over years, no one year
                    outs.append(out)
                    i += 2
                    continue
        if c.tag == "range":
            outs.append(
                _range(c.f["a"], c.f["b"], ref, tns, c.start, c.end)
                or _Out(c.start, c.end, "range", None, "year")
            )
            i += 1
            continue
        c = _month_told(c, told_day, v)
        out = _single(c, ref, tns)
        if out is None:
            i += 1
            continue
        if c.tag == "cal" and "m" in c.f:  # (the month told last: 8月 with no year read, none)
            day = out.value or ""
            told_day = None
            if _DAY_VALUE.match(day):
                told_day = (int(day[:4]), int(day[5:7]), int(day[8:10]), out.end)
        if (
            c.tag in ("cal", "clock")
            and out.kind in ("date", "time")
            and _pointlike(c)
            and out.value is not None
            or ref is None
        ):
            _directional(out, v, g, c)
        outs.append(out)
        i += 1
    return outs


def _reads_tense(c: _Cand, nxt: _Cand | None) -> bool:
    """Can :func:`_compose` read the tense of ``c`` (``nxt``: the candidate after it)?  Only
    calendar dates (:func:`_resolve_cal`, :func:`_story_year`) and ranges read it.  Not a date
    of a day offset (昨天: resolved from the reference alone) nor one with its year and month
    written (2024年3月5日: nothing is inferred), nor anything else (durations, clock times,
    relative offsets, sets), unless the next candidate may close a range with it (then the
    range reads it for its other end).  Tags and these fields do not change before the read."""
    if nxt is not None and c.tag in ("cal", "clock") and nxt.tag in ("cal", "clock"):
        return True
    if c.tag == "cal":
        f = c.f
        written = f.get("y") is not None and f.get("m") is not None and "w_off" not in f
        return not ("d_off" in f or written)
    return c.tag == "range"


_SENTENCE_END = re.compile(r"[。！？!?\n]")
# the fields of a date told relative to another or of a half year: such a date neither takes
# nor gives a year told before it (_sentence_year, _story_year)
_RELATIVE_FIELDS = frozenset(("y_off", "m_off", "d_off", "w_off", "half"))
SENTENCE_YEAR_REACH = 40  # characters after a year alone that a month-day may take its year


def _sentence_year(
    c: _Cand, current: tuple[int, int] | None, v: str
) -> tuple[tuple[int, int] | None, _Cand]:
    """2025年滨江龙舟赛将于6月8日开赛: a month and day written without a year take the year
    written alone shortly before them in the same sentence (past or future), not the reference
    year.  Returns the new state ((year, end offset) or None) and the candidate."""
    if c.tag != "cal":
        return current, c
    f = c.f
    if not _RELATIVE_FIELDS.isdisjoint(f):  # (as any(k in f …): one C call)
        return None, c
    y, m = f.get("y"), f.get("m")
    if y is not None:
        return ((y, c.end) if m is None else None), c
    if current is None or m is None or f.get("d") is None:
        return current, c
    year, end = current
    if c.start - end > SENTENCE_YEAR_REACH or _SENTENCE_END.search(v, end, c.start):
        return None, c
    return current, _Cand(c.start, c.end, c.tag, {**f, "y": year}, c.prio)


MONTH_TOLD_REACH = 80  # characters after a month-day that a bare day (9日) may take its month


def _month_told(c: _Cand, told: tuple[int, int, int, int] | None, v: str) -> _Cand:
    """某厂3月4日停产…，11日复工: a day written without its month, shortly after a month-day of
    the same sentence and not before it, is in that month (and year), not in the reference
    month — when that month has such a day."""
    if told is None or c.tag != "cal" or not c.f.get("bare") or "m" in c.f:
        return c
    y, m, d, end = told
    day = c.f.get("d")
    if day is None or day < d or c.start - end > MONTH_TOLD_REACH:
        return c
    if day > calendar.monthrange(y, m)[1]:
        return c  # (no such day in the month told: 2月1日…，30日 is not in February)
    if _SENTENCE_END.search(v, end, c.start):
        return c
    return _Cand(c.start, c.end, c.tag, {**c.f, "y": y, "m": m}, c.prio)


def _story_year(
    c: _Cand, story: tuple[int, int] | None, ref: _Ref | None, tns: bool | None
) -> tuple[tuple[int, int] | None, _Cand]:
    """The narrative year: after an earlier year and month (2019年6月…), a later month written
    without its year (7月初) is in that year, not the reference year, when it does not go back
    before the month that year was given with and the sentence is not about the future.  A
    relative expression (今年, 上月, 昨天) or a year that is the reference year ends the
    narrative.  Returns the new narrative state and the candidate (with the year filled in)."""
    if c.tag != "cal" or ref is None:
        return story, c
    f = c.f
    if not _RELATIVE_FIELDS.isdisjoint(f):  # (as any(k in f …): one C call)
        return None, c
    y, m = f.get("y"), f.get("m")
    if y is not None:  # a year alone (早在2015年) does not start a narrative
        return ((y, m) if m is not None and y < ref.day.year else None), c
    if story is None or m is None or tns is False or m < story[1]:
        return story, c
    return (story[0], m), _Cand(c.start, c.end, c.tag, {**f, "y": story[0]}, c.prio)


def _directional(out: _Out, v: str, g: dict[str, re.Pattern[str]], c: _Cand) -> None:
    """Open ranges (之前, 以来, 自…起) and approximations (前后, 左右) around a calendar date."""
    lo = max(0, out.start - 4)
    m_around = g["around"].match(v, out.end)
    if m_around:
        out.end = m_around.end()
        out.approx = True
        out.direction = "around"
        if out.precision == "day":
            out.precision = "approx-day"
        return
    m_before = g["before"].match(v, out.end)
    m_after = g["after"].match(v, out.end)
    since = g["since_pre"].search(v, lo, out.start)
    until = g["until_pre"].search(v, lo, out.start)
    if m_before and not since:
        out.end = m_before.end()
        if until:
            out.start = until.start()
        out.kind, out.direction = "range", "before"
        out.value = None if out.value is None else f"../{out.value}"
        return
    if m_after or since:
        if m_after:
            out.end = m_after.end()
        if since:
            out.start = since.start()
        out.kind, out.direction = "range", "after"
        out.value = None if out.value is None else f"{out.value}/.."
        return
    if until:
        out.start = until.start()
        out.kind, out.direction = "range", "before"
        out.value = None if out.value is None else f"../{out.value}"
        return
    pre = g["approx_pre"].search(v, lo, out.start)
    if pre:
        out.start = pre.start()
        out.approx = True
        if out.precision == "day":
            out.precision = "approx-day"


def _later_clock(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """``b`` read in the afternoon when ``a`` is (下午5:00到6:00 → 18:00)."""
    b = dict(b)
    if a["h"] >= 12 and b["h"] < 12 and not b.get("part") and b["h"] + 12 > a["h"]:
        b["h"] += 12
    return b


def _range(
    a: _Cand, b: _Cand, ref: _Ref | None, tns: bool | None, start: int, end: int
) -> _Out | None:
    a_dt = a.tag == "cal" and ("clock_f" in a.f or "clock" in a.f)
    if a.tag == "clock" and b.tag == "clock" and "d_off" not in a.f and "d_off" not in b.f:
        va, later = _clock_str(a.f), _later_clock(a.f, b.f)
        return _Out(start, end, "range", f"{va}/{_clock_str(later)}", a.f["gran"])
    if a_dt or (a.tag == "clock" and "d_off" in a.f):
        oa = _single(a, ref, tns)
        if oa is None or oa.value is None:
            return None
        if b.tag == "clock" and "d_off" not in b.f:
            ca = a.f.get("clock_f") or a.f
            vb = oa.value.split("T")[0] + _clock_str(_later_clock(ca, b.f))
        elif b.tag == "cal" and ("clock_f" in b.f or "clock" in b.f) or b.tag == "clock":
            ob = _single(b, ref, tns)
            if ob is None or ob.value is None:
                return None
            vb = ob.value
        else:
            return None
        return _Out(start, end, "range", f"{oa.value}/{vb}", oa.precision)
    if a.tag != "cal" or b.tag != "cal":
        return None
    if a.f.get("gran") in ("span", "week", "weekend") or "clock_f" in b.f or "dpart" in a.f:
        return None
    ra = _resolve_cal(a.f, ref, tns)
    rb = _resolve_cal(b.f, ref, tns, inherit=ra)
    if ra.value is None or rb.value is None:
        if ref is None:
            return _Out(start, end, "range", None, ra.precision)
        return None
    return _Out(start, end, "range", f"{ra.value}/{rb.value}", ra.precision)


def _single(c: _Cand, ref: _Ref | None, tns: bool | None) -> _Out | None:
    f = c.f
    today = ref.day if ref else None
    if c.tag == "cal":
        res = _resolve_cal(f, ref, tns)
        if "clock_f" in f or "clock" in f or "dpart" in f:
            if "clock_f" in f:
                cf = f["clock_f"]
                if "d_off" in cf and today is not None and res.value is None:
                    pass
                t = _clock_str(cf)
                prec = cf["gran"]
            elif "clock" in f:
                h, mi, s = f["clock"]
                t = _clock_str({"h": h, "mi": mi, "s": s})
                prec = "second" if s is not None else "minute"
            else:
                t = f["dpart"]
                prec = "part-of-day"
            val = None if res.value is None else f"{res.value}{t}"
            return _Out(c.start, c.end, "time", val, prec)
        kind = "range" if res.precision == "span" else "date"
        return _Out(c.start, c.end, kind, res.value, res.precision)
    if c.tag == "rel":
        n, unit = f["n"] * f["sign"], f["unit"]
        if unit.startswith("T"):
            if ref is None or ref.clock is None:
                return _Out(c.start, c.end, "time", None, "minute", True)
            secs = {"TH": 3600, "TM": 60, "TS": 1}[unit] * n
            try:
                at = ref.clock + timedelta(seconds=secs)
            except (OverflowError, ValueError):  # 一万万小时前: out of the calendar
                return _Out(c.start, c.end, "time", None, "minute", True)
            return _Out(c.start, c.end, "time", at.strftime("%Y-%m-%dT%H:%M:%S"), "second", True)
        d = None if today is None else _shift_or_none(today, n, unit)
        if d is None:  # no reference date, or 四千三百余年前: before year 1
            prec = {"D": "approx-day", "W": "approx-day", "M": "month", "Y": "year"}[unit]
            return _Out(c.start, c.end, "date", None, prec, True)
        if unit in ("D", "W"):
            return _Out(c.start, c.end, "date", d.isoformat(), "approx-day", True)
        if unit == "M":
            return _Out(c.start, c.end, "date", f"{d.year:04d}-{d.month:02d}", "month", True)
        return _Out(c.start, c.end, "date", f"{d.year:04d}", "year", True)
    if c.tag == "win":
        direction = "before" if f["sign"] < 0 else "after"
        if f["n"] is None:
            val = None
            if today is not None:
                w0, w1 = (
                    (today - timedelta(days=7), today)
                    if f["sign"] < 0
                    else (today + timedelta(days=1), today + timedelta(days=8))
                )
                val = f"{w0.isoformat()}/{w1.isoformat()}"
            return _Out(c.start, c.end, "range", val, "approx-range", True, direction)
        unit = f["unit"]
        if unit.startswith("T"):
            if ref is None or ref.clock is None:
                return _Out(c.start, c.end, "range", None, "minute", f["approx"], direction)
            secs = {"TH": 3600, "TM": 60, "TS": 1}[unit] * f["n"]
            now = ref.clock
            try:
                a_t, b_t = (
                    (now - timedelta(seconds=secs), now)
                    if f["sign"] < 0
                    else (now, now + timedelta(seconds=secs))
                )
            except (OverflowError, ValueError):
                return _Out(c.start, c.end, "range", None, "minute", f["approx"], direction)
            fmt = "%Y-%m-%dT%H:%M:%S"
            val = f"{a_t.strftime(fmt)}/{b_t.strftime(fmt)}"
            return _Out(c.start, c.end, "range", val, "second", f["approx"], direction)
        if f["sign"] < 0:
            a, b = (None if today is None else _shift_or_none(today, -f["n"], unit)), today
        else:
            a = None if today is None else today + timedelta(days=1)
            b = None if a is None else _shift_or_none(a, f["n"], unit)
        if a is None or b is None:  # no reference date, or 过去五千年: before year 1
            return _Out(c.start, c.end, "range", None, "day", f["approx"], direction)
        return _Out(
            c.start,
            c.end,
            "range",
            f"{a.isoformat()}/{b.isoformat()}",
            "day",
            f["approx"],
            direction,
        )
    if c.tag == "vague":
        val = None
        if today is not None:
            val = f"{(today - timedelta(days=f['days'])).isoformat()}/{today.isoformat()}"
        return _Out(c.start, c.end, "range", val, "approx-range", True, "before")
    if c.tag == "dur":
        return _Out(c.start, c.end, "duration", f["value"], None, f["approx"])
    if c.tag == "set":
        return _Out(c.start, c.end, "set", f["value"], None)
    if c.tag == "clock":
        t = _clock_str(f)
        if "d_off" in f:
            if today is None:
                return _Out(c.start, c.end, "time", None, f["gran"], bool(f.get("approx")))
            d = today + timedelta(days=f["d_off"])
            t = d.isoformat() + t
        return _Out(c.start, c.end, "time", t, f["gran"], bool(f.get("approx")))
    if c.tag == "dpart":
        return _Out(c.start, c.end, "time", f["dpart"], "part-of-day")
    return None


# ---------------------------------------------------------------------------------------------
# Entry point

_TITLE = re.compile(r"《[^《》\n]{0,80}》")


def find_times(
    text: str,
    ref_date: str | date | datetime | None,
    *,
    past: Callable[[int], bool] | None = None,
    view: AnalysisView | None = None,
) -> list[TimeExpr]:
    """Time expressions of ``text``, normalised against ``ref_date`` (ISO date or datetime).

    ``past(offset)`` says whether the sentence at an offset of ``text`` is in the past tense;
    without it a cue-word guess (:func:`dashiji.annotate.time_tense.tense`) decides.  ``view``:
    the analysis view of ``text`` when the caller already has it.
    """
    if view is None:
        view = AnalysisView.of(text)
    elif view.original is not text and view.original != text:
        raise ValueError("find_times: the view is of another text")
    v = _TITLE.sub(lambda m: " " * len(m.group()), view.text)
    ref = _parse_ref(ref_date)
    found = _windowed().scan(v)
    cands = _candidates(v, ref.day if ref else None, found)
    cands += _year_ranges(found["yrange"])
    cands += [x for c in cands if (x := _extend(c, v)) is not None]
    chosen = _select(cands)
    ends: list[int] | None = None  # the sentence ends, found when a tense is first asked

    def tense_at(s: int, e: int) -> bool | None:
        nonlocal ends
        if past is not None:
            return True if past(view.to_original(s)) else None
        if ends is None:
            ends = sentence_ends(v)
        return tense(v, s, e, ends=ends)

    out: list[TimeExpr] = []
    day: _Out | None = None  # the last calendar day, for a weekday right after it
    for o in _compose(chosen, v, ref, tense_at):
        if (
            day is not None
            and day.value is not None
            and o.value is not None
            and o.kind in ("date", "time")
            and _DAY_GAP.fullmatch(v, day.end, o.start)
            and _weekday_opening().match(v, o.start)
            and _DAY_VALUE.match(o.value)
        ):  # 1月26日周日上午, 5月12日（周三）: the weekday of the day just told, not this week's
            o = replace(o, value=day.value + o.value[10:])
        calendar_day = o.kind == "date" and o.precision == "day" and len(o.value or "") == 10
        day = o if calendar_day else None
        if (
            o.kind == "date"
            and _DETENTION_DAYS.fullmatch(v, o.start, o.end)
            and (
                _days_counted()[0].search(v, max(0, o.start - 6), o.start)
                or _days_counted()[1].match(v, o.end)
            )
        ):
            o = _Out(o.start, o.end, "duration", f"P{_num(v[o.start : o.end - 1])}D", None, False)
        s, e = view.to_original(o.start), view.to_original(o.end)
        out.append(TimeExpr(text[s:e], s, e, o.kind, o.value, o.precision, o.approx, o.direction))
    return out


_DAY_GAP = re.compile(r"[（(]?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _weekday_opening() -> re.Pattern[str]:
    r = rules()
    weeks = "|".join(sorted(r["week_words"], key=len, reverse=True))
    days = "".join(k for k in r["weekday_words"] if not k.startswith("_") and k != "末")
    return re.compile(rf"(?:{weeks})[{days}]")


# 行政拘留5日, 置顶30日, 结束5日拘留, 10日内: a count of days, not a day of the month
_DETENTION_DAYS = re.compile(r"[0-9一二三四五六七八九十两]{1,3}日")


@cache
def _days_counted() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after) patterns of ``duration_days`` in the rules file: the words that make N日 a
    count of days when they end right before it or follow it."""
    spec = rules()["duration_days"]

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(spec[key], key=len, reverse=True))

    return (
        re.compile(rf"(?:{alt('before')})\s*$"),
        re.compile(rf"的?(?:行政|刑事)?(?:{alt('after')})"),
    )


_YRANGE = re.compile(
    r"(?<![0-9])(?P<a>[12][0-9]{3})\s?(?:[-–~—－]|到|至)\s?(?P<b>[12][0-9]{3})\s?年"
    r"|(?<=从)(?P<a2>[12][0-9]{3})\s?(?:[-–~—－]|到|至)\s?(?P<b2>[12][0-9]{3})(?![0-9年])"
)


def _year_ranges(matches: list[re.Match[str]]) -> list[_Cand]:
    """2014-2016年, 从2014到2016: ``matches`` of :data:`_YRANGE`."""
    out = []
    for m in matches:
        ya, yb = int(m["a"] or m["a2"]), int(m["b"] or m["b2"])
        a = _Cand(m.start(), m.start() + 4, "cal", {"y": ya, "gran": "year"})
        b = _Cand(m.end() - 5, m.end(), "cal", {"y": yb, "gran": "year"})
        start = m.start() - 1 if m["a2"] else m.start()
        out.append(_Cand(start, m.end(), "range", {"a": a, "b": b}, 5))
    return out
