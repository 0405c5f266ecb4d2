"""The event's own date, from the time expressions of its sentence — never the article's date.

Rules, in order (:func:`event_date`):

1. **The trigger's clause.**  The time expression of the clause that holds the trigger; of
   several, the one closest before the trigger, else the closest after it — not one that opens
   a later item of a list of acts (…制裁并于5月…援助, …维权以及4月在某地维权).
2. **Sentence-initial time clauses.**  A clause that holds nothing but a time expression
   (一个月后，4月20日前后，特朗普公开表示…; 2017年11月11日，越南岘港，…) dates the clauses after
   it; the nearest one before the trigger's clause counts.
3. **Lists.**  5月、6月、7月 (expressions joined by 、/和/及): every item is returned, and the coder
   makes one event per item.
4. **Chaining.**  In reported speech (一周前特朗普说，要和普京两周后…开峰会) a 前/后 offset in the
   plan counts from the date of the speech, not from the reference date: the offset the time
   layer computed against the reference date (两周后 = ref + 14 days) is moved onto the speech's
   date (一周前 = ref − 7 days): ref − 7 + 14.
5. **The report's date.**  An event with no date of its own inside what a dated speech clause
   says (特朗普8月6日表示，威特科夫与普京的会晤…) is no later than the speech: the coder takes the
   speech's date for events that have taken place (:attr:`DateChoice.speech`).

What is never an event date: vague windows (最近, 日前, 前不久: precision ``approx-range``),
open ranges (自2014年之后), durations and recurrences.  With nothing left the date is None —
the article's date is never used silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ..annotate.time_rules import day_anaphor_offset, day_of_incident, rules
from .clauses import Clause
from .news_cues import cue, cue_words

_OFFSET = re.compile(r"(?:前|后|以前|以后|之前|之后)$")
_LIST_GAP = re.compile(r"^\s*(?:、|和|及|与|以及|,|，)?\s*$")
_ZONES = "|".join(sorted(rules()["zone_words"]["words"], key=len, reverse=True))
# what may stand around a time expression in a clause of its own (当地时间2021年2月11日，…)
# 领证(的)时间是1月18日, 开庭日期定为…: after a trigger, its time and then the day (digits or a
# numeral, then 年/月/日/号): the sentence tells the day of the act, which is no attribute noun
DATED_AS = re.compile(
    r"的?(?:时间|日期)(?:是|为|定为|定在|定于)[0-9一二三四五六七八九十]+[年月日号]"
)
_RULING_END = cue("ruling_end")  # (anchored: the clause ends with it)
# 美国宣布制裁伊朗并于5月援助以色列: a coordinator right before a time after the trigger
# (perhaps with 在/于) opens a later item of a list of acts - the time is that item's own
ITEM_OPENS = re.compile(
    rf"(?:{cue('coordinators').pattern}|{cue('act_joiners').pattern})\s*[在于]?\s*$"
)
# a clock word may follow the place whose clock it is (冰岛当地时间, 英国伦敦当地时间)
# (a place before the zone, 冰岛当地时间 - not a phrase with 的, 被, 了: 某人被捕的北京时间…)
_ZONED = rf"(?:[^\s\d，,。；;：:！？!?“”「」的被了]{{0,6}}?(?:{_ZONES}))"
_FILLER = re.compile(rf"(?:[\s的在于约大概左右前后起，,但而]|{_ZONED})*")
_ZONE_LEAD = re.compile(rf"\s*{_ZONED}\s*")


@dataclass(slots=True)
class TimeRef:
    """A time span of the document, in analysis-view offsets."""

    start: int
    end: int
    kind: str
    value: str | None
    precision: str | None
    approx: bool
    direction: str | None
    text: str
    # a time given the day it counts from: a day anaphor (当天, 次日下午) or a count
    # (两天后) after a day told (:func:`anchor_day_anaphors`), a relative day in a dated post's
    # or report's words (:func:`posted_days`, :func:`reported_days`), a demonstrative day (这天:
    # :func:`demonstrative_days`), a live report's 刚刚 (:func:`just_now_days`: the page's day)
    anchored: bool = False
    # a day anaphor that means the day of an incident or act (事发当天, 开庭当日): the kinds of
    # event (DuEE class or type prefixes, PLOVER types) whose day it is; its value is None
    day_of: tuple[str, ...] | None = None
    # an ``anchored`` time: where the day it counts from was told (the start of that time)
    base: int | None = None
    # a relative day (今天, 昨晚) told in the words of a post or a statement whose day the text
    # gives, counted from that day (:func:`posted_days`)
    posted: bool = False

    @property
    def usable(self) -> bool:
        """Can date an event: a calendar date, a dated time, or a closed range."""
        if self.value is None or self.precision == "approx-range":
            return False
        if self.kind == "date":
            return True
        if self.kind == "time":
            return _DATED.match(self.value) is not None  # (compiled once, below)
        if self.kind == "range":
            return ".." not in self.value
        return False

    @property
    def date_value(self) -> tuple[str, str | None]:
        """(value, precision) as an event date: a dated time keeps its day."""
        assert self.value is not None
        if self.kind == "time":
            return self.value[:10], "day"
        return self.value, self.precision


@dataclass(slots=True)
class DateChoice:
    value: str | None = None
    precision: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    items: list[TimeRef] = field(default_factory=list)  # a list of dates: one event each
    speech: TimeRef | None = None  # the date of the speech the event is reported in
    chained: bool = False


def same_day(text: str) -> bool:
    """A time expression that points back to the day told before itself (当天, 当日下午: the
    ``day_anaphors`` of time_rules.json of offset 0, not 次日; 同日, 当晚 or 当时 are no time
    expressions of the time layer, so they never reach here)."""
    return day_anaphor_offset(text) == 0


# 曾因, 之前, 早年…: an act told as background, before the sentence's own act (某人9月12日出狱，
# 之前因诈骗罪被判刑) - the day of an earlier clause is that later act's, not this one's
_BACKGROUND = cue("background_marks")
_BEFORE_X = re.compile("[在于]")  # 在/于…之前: before an act named, a time frame
_BACKGROUND_REACH = 8  # characters into the clause the mark may stand (after a subject: 他之前…)


def told_as_background(view: str, start: int, before: int) -> bool:
    """Does the clause opening at ``start`` tell its act as background, a ``background_marks``
    word (曾因, 之前, 早年…) in its first ``_BACKGROUND_REACH`` characters before offset
    ``before``, with no 的 between it and ``before`` (曾经的球星, 在之前住过的酒店: the mark is in
    a modifier of a noun, not of the act)?  Then no date is borrowed from an earlier clause: that
    day is the sentence's later act's."""
    end = min(before, start + _BACKGROUND_REACH)
    hit = _BACKGROUND.search(view, start, end) if end > start else None
    if hit is None or view.find("的", hit.end(), before) != -1:
        return False
    # 在上市之前完成了…, 于出境之前: 之前 after a verb, 'before X', dates no act as background
    return hit.group() != "之前" or not _BEFORE_X.search(view, start, hit.start())


def own_vague_time(clause: Clause, times: list[TimeRef], before: int) -> bool:
    """Does the clause hold, before offset ``before``, a time expression of its own that cannot
    date an event (最近, 日前, 两天后, 次日)?  Then no date is borrowed from an earlier clause
    (去年…，近日双方的案子第二次开庭: not last year)."""
    return any(
        clause.start <= t.start
        and t.end <= before
        and t.kind in ("date", "range")
        and not t.usable
        and not same_day(t.text)
        for t in times
    )  # (a time of day, 下午两点, 凌晨, refines the day told before)


def holds_only(view: str, start: int, end: int, t: TimeRef) -> bool:
    """Does ``view[start:end]`` hold nothing but the time expression ``t`` (and fillers:
    在, 于, 当地时间…)?"""
    rest = view[start : t.start] + view[t.end : end]
    return bool(_FILLER.fullmatch(rest))


def zone_lead(view: str, start: int, end: int) -> bool:
    """Is ``view[start:end]`` a clock word, after the name of its place (冰岛当地时间, 北京时间),
    that a time expression right after it is told by?  Such a clause opens with its time."""
    return _ZONE_LEAD.fullmatch(view, start, end) is not None


def time_only(view: str, clause: Clause, times: list[TimeRef]) -> TimeRef | None:
    """The time expression a clause consists of, if it holds nothing else."""
    inside = [t for t in times if clause.start <= t.start and t.end <= clause.end]
    if not inside:
        return None
    rest = view[clause.start : clause.end]
    for t in sorted(inside, key=lambda t: -t.start):
        a, b = t.start - clause.start, t.end - clause.start
        rest = rest[:a] + rest[b:]
    if _FILLER.fullmatch(rest):
        usable = [t for t in inside if t.usable]
        return usable[-1] if usable else None
    return None


def ruling_time(view: str, clause: Clause, times: list[TimeRef]) -> TimeRef | None:
    """The date of a clause that ends with a ruling (北京市高级法院3月5日裁定，…; 法院于2022年3月5日
    作出判决，…): what the ruling says in the clauses after it takes that date."""
    if not _RULING_END.search(view, clause.start, clause.end):
        return None
    return clause_time(clause, times)


def event_date(
    view: str,
    clauses: list[Clause],
    clause: Clause,
    times: list[TimeRef],
    trigger_start: int,
    speech_clause: Clause | None,
    reference: str | None,
    content_after: bool = False,
) -> DateChoice:
    """The date of the trigger at ``trigger_start`` in ``clause`` (see the module docstring).
    ``content_after``: what follows the trigger is what it asks or threatens (要求…于明年1月1日
    前…), so a date after it in its clause is not its own."""
    choice = DateChoice()
    if not times:
        return choice
    speech_time = None
    if speech_clause is not None:
        speech_time = clause_time(speech_clause, times)
        for c in reversed(clauses[: speech_clause.index]):
            if speech_time is not None:
                break
            speech_time = time_only(view, c, times)
    choice.speech = speech_time
    own = [t for t in times if clause.start <= t.start < clause.end and t.usable]
    chosen: TimeRef | None = None
    if content_after:
        own = [t for t in own if t.end <= trigger_start]
    own = _before_later_item(view, trigger_start, own)
    if own:
        before = [t for t in own if t.end <= trigger_start]
        chosen = max(before, key=lambda t: t.end) if before else min(own, key=lambda t: t.start)
    elif not own_vague_time(clause, times, trigger_start):
        for c in reversed(clauses[: clause.index]):
            if speech_clause is not None and c.index <= speech_clause.index:
                break
            t = time_only(view, c, times) or ruling_time(view, c, times)
            if t is not None:
                chosen = t
                break
        if chosen is None and speech_clause is None:
            for c in reversed(clauses[: clause.index]):
                t = time_only(view, c, times) or ruling_time(view, c, times)
                if t is not None:
                    chosen = t
                    break
    if chosen is None:
        return choice
    items = _list_around(view, chosen, [t for t in times if t.usable])
    if len(items) > 1:
        choice.items = items
    value, precision = chosen.date_value
    if speech_time is not None and reference and _is_offset(chosen):
        moved = _move(value, reference, speech_time.date_value[0])
        if moved is not None:
            value, precision = moved, chosen.precision
            choice.chained = True
    choice.value, choice.precision = value, precision
    choice.text, choice.start, choice.end = chosen.text, chosen.start, chosen.end
    return choice


def _before_later_item(view: str, trigger_start: int, own: list[TimeRef]) -> list[TimeRef]:
    """``own`` without the times from the first one after the trigger that opens a later item
    of a list of acts (甲在郑州维权以及2021年4月在上海维权): those are the later items'."""
    later = [
        t.start
        for t in own
        if t.start >= trigger_start and ITEM_OPENS.search(view, trigger_start, t.start)
    ]
    return [t for t in own if t.start < min(later)] if later else own


def clause_time(clause: Clause, times: list[TimeRef]) -> TimeRef | None:
    own = [t for t in times if clause.start <= t.start < clause.end and t.usable]
    return own[-1] if own else None


def _is_offset(t: TimeRef) -> bool:
    return t.kind == "date" and t.approx and bool(_OFFSET.search(t.text))


def _list_around(view: str, t: TimeRef, times: list[TimeRef]) -> list[TimeRef]:
    ordered = sorted(times, key=lambda x: x.start)
    i = next(k for k, x in enumerate(ordered) if x is t or (x.start, x.end) == (t.start, t.end))
    lo = hi = i
    while lo > 0 and _LIST_GAP.match(view[ordered[lo - 1].end : ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_GAP.match(view[ordered[hi].end : ordered[hi + 1].start]):
        hi += 1
    items = ordered[lo : hi + 1]
    if len(items) > 1 and not all(x.precision == items[0].precision for x in items):
        return [t]
    return items


_YEAR_MONTH = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")  # a value with its year and month


def months_apart(reference: str | None, date: str | None) -> int | None:
    """Whole months from ``reference`` to ``date``: None when either value has no year and month
    (a year alone, a decade 201X, a season 2024-SU, a week 2025-W43, None)."""
    if not reference or not date:
        return None
    if not (_YEAR_MONTH.match(reference) and _YEAR_MONTH.match(date)):
        return None
    y0, m0 = int(reference[:4]), int(reference[5:7])
    y1, m1 = int(date[:4]), int(date[5:7])
    return (y1 - y0) * 12 + (m1 - m0)


def _parse(value: str) -> date | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7:
            return date.fromisoformat(value + "-01")
    except ValueError:
        return None
    return None


def _move(value: str, reference: str, base: str) -> str | None:
    """Move ``value`` (an offset from ``reference``) onto ``base``: base + (value − reference)."""
    v, r, b = _parse(value), _parse(reference[:10]), _parse(base)
    if v is None or r is None or b is None:
        return None
    if len(value) == 10 and len(base) == 10:
        return (b + timedelta(days=(v - r).days)).isoformat()
    if len(value) == 7:
        months = (v.year - r.year) * 12 + (v.month - r.month)
        total = b.year * 12 + (b.month - 1) + months
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return None


_PART_DAYS = {"early-month": (1, 10), "mid-month": (11, 20), "late-month": (21, 31)}
_YEAR_PART = re.compile(r"(\d{4})-([HQ])([1-4])")  # a half-year or a quarter


def _part_later(value: str, ref: str) -> bool | None:
    """Is the half-year or quarter ``value`` (2015-H1, 2017-Q3) after the month of ``ref``?
    None when it holds that month, or for a part of no known months (a season)."""
    part = _YEAR_PART.fullmatch(value)
    if part is None or not ref[:4].isdigit() or not ref[5:7].isdigit():
        return None
    span = 6 if part.group(2) == "H" else 3
    n = int(part.group(3))
    if span == 6 and n > 2:
        return None
    year, month = int(part.group(1)), (int(ref[:4]), int(ref[5:7]))
    if (year, (n - 1) * span + 1) > month:
        return True
    if (year, n * span) < month:
        return False
    return None


@lru_cache(maxsize=4096)  # the same dates, asked again and again of an article
def later_than(
    value: str | None, reference: str | None, precision: str | None = None
) -> bool | None:
    """Is the event date after the reference date?  None when either is unknown or they overlap
    (a month that contains the reference day; 本月下旬 on the 25th)."""
    if not value or not reference:
        return None
    part = _PART_DAYS.get(precision or "")
    if part is not None and len(value) == 7 and value == reference[:7] and len(reference) >= 10:
        day = int(reference[8:10])
        return False if part[1] < day else (True if part[0] > day else None)
    v = value.split("/")[0]
    ref = reference[:10]
    week = re.match(r"(\d{4})-W(\d{2})", v)
    if week:
        r = _parse(ref)
        if r is None:
            return None
        ry, rw, _ = r.isocalendar()
        w = (int(week.group(1)), int(week.group(2)))
        return None if w == (ry, rw) else w > (ry, rw)
    if len(v) >= 10:
        return v[:10] > ref
    if len(v) == 7 and not v[5:].isdigit():  # 2015-H1, 2017-Q3, 2017-SU: a part of a year
        return _part_later(v, ref)
    if len(v) == 7:
        if v == ref[:7]:
            return None
        return v > ref[:7]
    if len(v) == 4 and v.isdigit():
        if v == ref[:4]:
            return None
        return v > ref[:4]
    return None


_AFTER_OFFSET = re.compile(r"(?:后|以后|之后)$")
_TODAY = re.compile(r"(?:今天|今日)")
_YEAR_DAY = re.compile(
    r"(?:19|20)[0-9]{2}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]"
)  # a day told with its year written
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_RETOLD_REACH = 60  # characters from the written day to the 今天 that retells it
_DATED = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plus_days(day: str, n: int) -> str | None:
    d = _parse(day)
    return None if d is None else (d + timedelta(days=n)).isoformat()


def _position(times: list[TimeRef], t: TimeRef) -> int:
    """``times.index(t)``: the first time that is ``t`` or equal to it - the same index, found
    without comparing every time before it field by field (two equal times start at the same
    place: one starting elsewhere is passed on its start alone)."""
    for k, x in enumerate(times):
        if x is t or (x.start == t.start and x == t):
            return k
    raise ValueError("the time is not in the list")


# 两个多月后, 半年后: more than a count, or half a unit - no one month or year to name
_COUNT_MORE = re.compile(r"[多余半]")


def _counted_from_day(
    view: str, t: TimeRef, last: str, told_last: int, ref_day: date, year_told: bool
) -> TimeRef | None:
    """``t``, a count of months or years after (两个月后, 三年后: the time layer counts it from
    the article's day), counted instead from the day ``last`` told before it in its sentence
    (``told_last``: where): 2022年8月27日求婚，两个月后领证 - the marriage is of 2022-10, not of two
    months after the page.  None when ``t`` is no such count, says more than a count or half a
    unit (两个多月后, 半年后), or a sentence ends between the day and it (an act of another
    sentence may be what it counts from) - or when the count passes the page's month (year)
    from a day told with no year (``year_told`` False: 8月27日求婚，两个月后领证 on a page of
    September: the time layer put that day in the page's year, but what is told as done two
    months after it is of a year before - no year to name)."""
    if (
        t.value is None
        or not t.approx
        or t.precision not in ("month", "year")
        or not _AFTER_OFFSET.search(t.text)
        or _COUNT_MORE.search(t.text)
        or _SENTENCE_END.search(view, told_last, t.start)
    ):
        return None
    base = _parse(last)
    if base is None:
        return None
    if t.precision == "year":
        year = base.year + int(t.value[:4]) - ref_day.year
        if not year_told and year > ref_day.year:
            return None
        return replace(t, value=f"{year:04d}", anchored=True, base=told_last)
    value = _move(t.value, ref_day.isoformat(), last)  # (a month: as many months after ``last``)
    if value is None or (not year_told and value > f"{ref_day.year:04d}-{ref_day.month:02d}"):
        return None
    return replace(t, value=value, anchored=True, base=told_last)


def anchor_day_anaphors(
    times: list[TimeRef],
    reference: str | None,
    view: str | None = None,
    acts: Mapping[int, tuple[str, ...]] | None = None,
) -> None:
    """Day anaphors read from the article's day (当天, 当日, 当天下午, 次日: the time layer does
    not look back for the day they count from: :func:`~dashiji.annotate.time_rules.day_anaphor`)
    take the day told last before them in the article, plus their offset (次日: the day after):
    2021年4月19日…。当天下午，… .  The day told last is a calendar day (4月19日, 12日凌晨), a day
    an anaphor resolved to, or the day a relative day after it resolves to counted from it
    (5月3日…，两天后…，当天: 5月5日); a month or a season told after it with no day (前年8月…当日)
    leaves no day to point back to, nor does a relative day with nothing told before it.
    前一天 counts one day back (8月10日开庭。在这前一天，…: 8月9日, a day, not a window), and a
    day in brackets right after an anaphor tells it (前一天（2月10日）).  A day counted back
    (1天前, 三天前) right after a calendar day told in its sentence or the one before counts from
    that day, not from the article's (2021年2月11日，…。1天前，…: 2月10日), and so does a count
    of days after opening its clause right after a day gone by that no plan leads (9月3日，…
    被捕。两天后，…: 9月5日; :func:`_days_on_from`).  Each anchored time
    keeps where its day was told (``base``), so the coder knows which sentence tells it.
    A 今天 shortly after a day written with its year, in the same sentence, whose year is not the
    article's (2012年6月5日上午，…于今天受审 in a page of 2021) retells a report of that day: it
    is that day - unless an act (a word of ``acts``) is told between them and 今天 is not 于今天
    (2019年3月2日入职该公司，今天，他宣布辞职: now set against that past day, it is the article's).
    An anaphor with no day to point back to keeps the time layer's reading (``anchored`` False)
    when it means that same day (the article's, most likely); 次日 after no day has no value.

    ``view`` (the text the offsets are into): an incident noun right before the anaphor (事发
    当天, 事故发生的当日: ``day_anaphors.day_of`` of time_rules.json) makes it the day of that
    incident, not of the day told before: its value becomes None and ``day_of`` its kinds, for
    the event coder to find.  ``acts`` does the same for an act word ending at the offset it is
    keyed by (开庭当日: the kinds of that act)."""
    if not reference:
        return
    ref_day = _parse(reference[:10])
    nouns, kinds = day_of_incident()
    last: str | None = None
    base: int | None = None  # where ``last`` was told (the start of its time)
    written: TimeRef | None = None  # the last day told with its year written (2015年9月10日)
    order = sorted(times, key=lambda t: t.start)
    for i, t in enumerate(order):
        told_last = base
        base = t.start  # (what tells ``last`` below is ``t``, unless it leaves it be)
        if (
            view is not None
            and written is not None
            and t.value is not None
            and _TODAY.match(t.text)
            and written.value is not None
            and written.value[:4] != t.value[:4]
            and t.start - written.end <= _RETOLD_REACH
            and not _SENTENCE_END.search(view, written.end, t.start)
            and (
                view.startswith("于", t.start - 1)  # (于今天受审: a report's own wording)
                or not (acts and any(written.end < k <= t.start for k in acts))
            )
        ):  # 2015年9月10日上午，…于今天受审 in a page of 2021: a report of that day retold
            told = written.value[:10]
            times[_position(times, t)] = replace(
                t, value=told + t.value[10:], anchored=True, base=written.start
            )
            last = told
            continue
        if _YEAR_DAY.match(t.text) and t.value and _DATED.match(t.value):
            written = t
        offset = day_anaphor_offset(t.text)
        if offset is not None and ref_day is not None and t.value:
            own = (ref_day + timedelta(days=offset)).isoformat()
            if not t.value.startswith(own):
                last = t.value[:10] if _DATED.match(t.value) else None  # its own reading
                continue
            j = _position(times, t)
            of = _day_of(view, t.start, nouns, kinds, acts) if view is not None else None
            if of is not None:
                times[j] = replace(t, value=None, day_of=of)
                last = None  # (the incident's day is the event coder's to find)
                continue
            day = _plus_days(last, offset) if last is not None else None
            glossed = _gloss(view, t, order[i + 1 : i + 2]) if view is not None else None
            if glossed is not None:  # 前一天（10月17日）: the day in brackets tells it
                times[j] = replace(t, value=glossed, anchored=True, base=t.start)
                day = glossed
            elif day is not None:
                times[j] = replace(
                    t, value=day + t.value[len(own) :], anchored=True, base=told_last
                )
            elif offset != 0:
                times[j] = replace(t, value=None)  # 次日 after no day told: no day at all
            last = day
            continue
        if t.value is None or t.kind not in ("date", "time"):
            base = told_last
            continue
        if t.kind == "time" and _DATED.match(t.value):
            last = t.value[:10]  # 12日凌晨
        elif t.kind != "date":
            base = told_last
            continue
        elif t.precision == "day" and len(t.value) == 10:
            last = t.value
        elif t.approx and t.precision == "approx-day" and _DATED.fullmatch(t.value):
            if _AFTER_OFFSET.search(t.text) and ref_day is not None:  # 两天后: from the day told
                shift = (date.fromisoformat(t.value) - ref_day).days
                last = _plus_days(last, shift) if last is not None else None
                if (
                    last is not None
                    and view is not None
                    and _days_on_from(view, t, order[i - 1] if i else None, told_last, ref_day)
                ):  # 9月3日，…被捕。一天后，…: the day after that one
                    times[_position(times, t)] = replace(
                        t, value=last, anchored=True, base=told_last
                    )
            elif (
                view is not None
                and last is not None
                and told_last is not None
                and i > 0
                and order[i - 1].start == told_last  # (the time told right before it)
                and ref_day is not None
                and near(view, told_last, t.start)
            ):  # 2021年2月11日，…。1天前，…: a day counted back from the day just told
                shift = (date.fromisoformat(t.value) - ref_day).days
                back = _plus_days(last, shift)
                if back is not None:
                    times[_position(times, t)] = replace(
                        t, value=back, anchored=True, base=told_last
                    )
                last = back
            else:
                last = t.value  # 三天前: from the article's day, as the time layer reads it
        elif (
            t.approx
            and view is not None
            and last is not None
            and told_last is not None
            and ref_day is not None
            and (
                counted := _counted_from_day(
                    view, t, last, told_last, ref_day,
                    written is not None and written.start == told_last,  # (its year written)
                )
            )
            is not None
        ):  # 8月27日求婚，两个月后领证: two months after that day
            times[_position(times, t)] = counted
            last = None
        elif t.precision != "approx-range" and t.precision != "year":
            last = None  # 前年8月, 一个月后: a time with no day of its own
        else:
            base = told_last  # (a vague window or a year leaves the day told last be)


def _days_on_from(
    view: str, t: TimeRef, prev: TimeRef | None, told_last: int | None, ref_day: date
) -> bool:
    """Does ``t``, a count of days after (一天后, 两天后), open its clause (a time of the
    telling, not of a clause's own act: 他工作了一天后 counts from the work) right after the
    calendar day ``prev`` told last, in its sentence or the one before (``told_last``: where)?
    Then it counts from that day (9月3日，…被捕。两天后，…: 9月5日), not from the article's.
    Only a day gone by (not after the page's day ``ref_day``) that no word of a plan leads
    (news_cues time_lead_modals: 将于5月1日…。一天后，… - a plan's day, not an act's)."""
    return (
        prev is not None
        and told_last is not None
        and prev.start == told_last
        and prev.value is not None
        and prev.value[:10] <= ref_day.isoformat()
        and not view.endswith(_PLAN_LEADS, max(0, prev.start - _PLAN_LEAD_REACH), prev.start)
        and not _COUNT_MORE.search(t.text)  # (10多天后, 半天后: no one day)
        and not _COUNT_PAIR.search(t.text)  # (两三天后: two or three)
        and near(view, told_last, t.start)
        and _opens_clause(view, t.start)
    )


# 一两, 两三, 四五: about so many
_COUNT_PAIR = re.compile("[一二两三四五六七八九][两二三四五六七八九]")
_PLAN_LEADS = tuple(cue_words("time_lead_modals"))  # 将于, 拟于, 定于 (原定于): a plan's day
_PLAN_LEAD_REACH = max(map(len, _PLAN_LEADS))  # characters the longest of them takes (预计将于)


def posted_days(view: str, times: list[TimeRef], reference: str | None) -> None:
    """A relative day read from the page's day (:data:`_POST_DAY`: 今天, 昨晚…) that opens the
    words of a post or a statement - right after a telling verb (``tells``: 称, 写道, 表示…)
    and its comma, colon or quotation mark - whose day the sentence tells before that verb, in
    its clause or in a clause of the day alone (8月4日晚，某人发文称：“今天…”), is counted from
    that day, not from the article's: the one who posts says 今天 of the day of posting.  A
    relative day opening the sentence right after one so counted, in the same paragraph, with
    no calendar day between, goes on with the same words (…写道，今天出席了…。今天很荣幸…)
    and counts from the same day.  Such a time is ``posted`` (its words are credited to the
    one who posts them) and ``anchored`` with ``base`` the day of the post."""
    ref_day = _parse(reference[:10]) if reference else None
    if ref_day is None or _POST_DAY.search(view) is None:
        return  # (most articles: no relative day at all)
    day: TimeRef | None = None  # the last calendar day told
    post: TimeRef | None = None  # the day of the last post whose relative day was counted
    for t in sorted(times, key=lambda x: x.start):
        if t.value is None:
            continue
        if _POST_DAY.match(t.text) and not t.anchored and _DATED.match(t.value):
            if day is not None and _said_from(view, day, t):
                post = day
            elif post is None or not (
                _opens_sentence(view, t.start)
                and near(view, post.end, t.start)
                and view.find("\n", post.end, t.start) < 0  # (not past a paragraph's end)
            ):
                post = None
                continue
            shift = (date.fromisoformat(t.value[:10]) - ref_day).days
            moved = _plus_days(str(post.value)[:10], shift)
            if moved is not None:
                times[_position(times, t)] = replace(
                    t, value=moved + t.value[10:], anchored=True, base=post.start, posted=True
                )
            continue
        if t.kind in ("date", "time") and _DATED.match(t.value) and _DAY_NUMBER.search(t.text):
            day, post = t, None
        elif _DATED.match(t.value) or t.precision in ("day", "month"):
            day, post = None, None  # (another time told: the words it stood in are left)


def reported_days(view: str, times: list[TimeRef], reference: str | None) -> None:
    """A day the time layer read from the page's day, with no calendar number of its own
    (昨天, 上周五, 昨晚; a count, 三天前, is :func:`anchor_day_anaphors`'s), in the words of
    a report or a statement whose day the sentence tells before them - the telling verb and
    its comma in the day's clause or in the clause right after a clause of the day alone
    (据某报8月22日报道，…上周五…; 8月22日，警方通报称，某人昨天…) - is counted from that
    day, not from the article's: the report says 昨天 of the day before the report.  Such a
    time is ``anchored``, ``base`` the report's day.  (A day right after the verb is
    :func:`posted_days`'s, run before.)"""
    if reference is None or _parse(reference[:10]) is None or not _TELLS_OPEN.search(view):
        return
    day: TimeRef | None = None  # the last calendar day told
    for t in sorted(times, key=lambda x: x.start):
        if t.value is None:
            continue
        if (
            day is not None
            and not t.anchored
            and not t.approx  # (三天前: anchor_day_anaphors counts it from the day told)
            and _DATED.match(t.value)
            and not _CALENDAR.search(t.text)
            and day_anaphor_offset(t.text) is None
            and _reported_from(view, day, t)
        ):
            value = _read_from(t.text, str(day.value)[:10], t.value[:10] <= reference[:10])
            if value is not None:
                times[_position(times, t)] = replace(t, value=value, anchored=True, base=day.start)
            continue
        if t.kind in ("date", "time") and _DATED.match(t.value) and _DAY_NUMBER.search(t.text):
            day = t
        elif _DATED.match(t.value) or t.precision in ("day", "month"):
            day = None  # (another time told: the report's words are left)


def _reported_from(view: str, day: TimeRef, t: TimeRef) -> bool:
    """Is ``t`` in the words of a telling verb and its comma (报道，, 通报称，) told after the
    calendar day ``day`` in the same sentence, in the day's clause or in the one right after a
    clause of the day alone (not after a clause telling an act of that day: 5月3日发生事故，
    警方称，…)?"""
    if _SENTENCE_END.search(view, day.end, t.start) is not None:
        return False
    said = _TELLS_OPEN.search(view, day.end, t.start)
    return said is not None and _in_days_clause(view, day, said.start())


@lru_cache(maxsize=1024)
def _read_from(text: str, day: str, past: bool) -> str | None:
    """The value of the time written ``text`` read from ``day`` instead of the page's day
    (上周五 told on 2020-08-22: 2020-08-14), when the time layer reads it whole as a day;
    ``past``: the time layer read it as gone by (a bare weekday, 周五: the last one, not the
    next)."""
    from ..annotate.times import find_times  # (the time layer; only for such a rare time)

    found = find_times(text, day, past=lambda _: past)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return None
    value = found[0].value
    return value if value is not None and _DATED.match(value) else None


def _said_from(view: str, day: TimeRef, t: TimeRef) -> bool:
    """Does the relative day ``t`` open the words of a telling verb told after the calendar
    day ``day`` in the same sentence (8月4日晚，某人发文称：“今天…”)?  The day dates the telling:
    the verb stands in its clause or in the one right after a clause of the day alone, perhaps
    with a part of the day (8月4日晚，) - not after a clause telling an act of that day (去年5月3日
    发生事故，警方称，今天…: the day of the accident, not of the statement)."""
    if _SENTENCE_END.search(view, day.end, t.start) is not None:
        return False
    said = _SAID_RIGHT_BEFORE.search(view, max(day.end, t.start - _SAID_REACH), t.start)
    return said is not None and _in_days_clause(view, day, said.start())


def _in_days_clause(view: str, day: TimeRef, at: int) -> bool:
    """Does the telling verb at ``at`` stand in the clause of the calendar day ``day`` or in the
    one right after a clause of the day alone, perhaps with a part of the day (8月4日晚，某人
    发文称), not after a clause telling an act of that day (5月3日发生事故，警方称)?"""
    clauses = _CLAUSE_CUT.split(view[day.end : at])
    return len(clauses) == 1 or (len(clauses) == 2 and len(clauses[0].strip()) <= _DAY_PART)


def _opens_sentence(view: str, at: int) -> bool:
    """Does ``view`` open a sentence at ``at`` (past spaces and quotation marks)?"""
    k = at
    while k > 0 and (view[k - 1].isspace() or view[k - 1] in '“"「『'):
        k -= 1
    return k == 0 or view[k - 1] in "。！？!?\n"


# the relative days read from the page's day (今天, 昨晚, 明日…: time_rules.json relative_days and
# relative_day_parts, not day_anaphors - 当天, 次日 count from a day told before); at a time's
# start, and the gate
_RULES = rules()
_POST_DAY = re.compile(
    "|".join(
        sorted(
            {*_RULES["relative_days"], *_RULES["relative_day_parts"]}
            - set(_RULES["day_anaphors"]["words"]),
            key=len,
            reverse=True,
        )
    )
)
# a telling verb, then its comma or colon and perhaps a quotation mark, right before the time
_SAID_RIGHT_BEFORE = re.compile("(?:" + cue("tells").pattern + r")[，,：:]?\s*[“\"「『]?\s*$")
# a telling verb (or a report's 消息), perhaps 称, then its comma or colon: words told follow
_TELLS_OPEN = re.compile("(?:" + cue("tells").pattern + "|消息)称?[，,：:]")
_DAY_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,3}[日号]")  # 4日, 本月4日, 8月4日晚
_SAID_REACH = 8  # characters back from the relative day that the verb and its marks may take
_CLAUSE_CUT = re.compile("[，,；;]")
_DAY_PART = 2  # 晚, 上午, 晚间: what the day's own clause may hold after it


def apposed_days(view: str, times: list[TimeRef]) -> None:
    """A relative time right before a calendar day, nothing or 的 between (约20天前的7月26日,
    上周8月13日, 昨天1月29日), is told by that day: the relative one (read from the article's
    date, which may be wrong or only rounded) dates nothing - its value becomes None. A count of
    years before (两年前的7月26日) still gives the day its year, which the day does not write
    (:func:`_year_told_by`)."""
    order = sorted(times, key=lambda t: t.start)
    for t, day in zip(order, order[1:], strict=False):
        if (
            t.value is not None
            and view[t.end : day.start] in ("", "的")
            and _CALENDAR_DAY.match(day.text)
            and day.kind == "date"
            and day.precision == "day"
            and (not _CALENDAR.search(t.text) or _COUNT_AGO.search(t.text))
        ):
            dated = _year_told_by(t, day)
            if dated is not None:
                times[_position(times, day)] = replace(day, value=dated)
            times[_position(times, t)] = replace(t, value=None)


def _year_told_by(t: TimeRef, day: TimeRef) -> str | None:
    """The day's value in the year a count of years before it gives a calendar day with no year
    of its own (两年前的7月26日, article 2025 → 2023-07-26), where it differs from the year the
    day was read in;
    None for a count of days, weeks or months (约20天前的7月26日: the day's own reading stands)."""
    if "年" not in t.text or "年" in day.text or t.value is None or day.value is None:
        return None
    year = t.value[:4]
    if not year.isdigit() or year == day.value[:4]:
        return None
    try:
        moved = _in_year(date.fromisoformat(day.value[:10]), int(year))
    except ValueError:
        return None
    return None if moved is None else moved.isoformat() + day.value[10:]  # (2月29日: none)


_CALENDAR = re.compile(r"[0-9一二三四五六七八九十]{1,4}[年月日号]")  # 2021年, 7月, 26日
# a count back or on, not a calendar (三年前, 十日前, 两个月后): 十年前的2月3日 is apposed too
_COUNT_AGO = re.compile(r"(?:年|个?月|天|日|周|星期)(?:多|左右)?[前后]$")
# a calendar day, its year or month written (2021年7月26日, 7月26日; not 26日 alone)
_CALENDAR_DAY = re.compile(
    r"(?:(?:19|20)[0-9]{2}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]"
)


_ENDS = re.compile(r"[。！？!?\n][\s。！？!?”」』\"]*")  # one sentence end (and what closes it)


def near(view: str, start: int, at: int) -> bool:
    """Is ``start`` in the sentence of ``at`` or in the one right before it?"""
    return len(_ENDS.findall(view, start, at)) <= 1


def _gloss(view: str, t: TimeRef, after: list[TimeRef]) -> str | None:
    """The calendar day in brackets right after ``t`` (前一天（10月17日）), if any."""
    g = after[0] if after else None
    if g is None or g.start != t.end + 1 or view[t.end : t.end + 1] not in "（(":
        return None
    return g.value[:10] if g.value and _DATED.match(g.value) else None


def demonstrative_days(view: str, times: list[TimeRef]) -> None:
    """这天, 那一天, 同一天… (news_cues this_day: no expression of the time layer) point to the
    day told just before: when the time expression ending last before one, at most
    ``_THIS_DAY_REACH`` characters back, is a calendar day (2019年3月2日, 3日晚, a day
    anaphor given its day), the demonstrative becomes a time of that day (``anchored``), which
    dates the events of its clause (2019年3月2日，…。这天，她…). After a month, a year, a
    vague or relative time with no day, or nothing, it stays no time: a wrong day is worse than
    none. Not right after a time or a number (8月24日这天 is dated already; 520这天 names a
    day the time layer does not read), nor before 气 or 然 (这天气, 那天然气), nor before a
    word of a start or of after (从那天起, 那天以后: a time from or after the day); 同一天
    only opening its clause (而在同一天，…; not 两人在同一天出生). Run after
    :func:`anchor_day_anaphors`, so a 当天 before it counts."""
    for r in _THIS_DAY.finditer(view):
        a, b = r.start(), r.end()
        if view.startswith(("气", "然"), b) or (
            a and (view[a - 1].isdigit() or view[a - 1] in "的号日")
        ):
            continue  # (…生日的这天 names its own day; 这天气 is the weather, 那天然气 a gas)
        if view.startswith(_THIS_DAY_ON, b):
            continue  # (从那天起, 这天之后: a time from or after that day, not the day)
        if r.group() == "同一天" and not _opens_clause(view, a):
            continue  # (两人在同一天出生, 并不是在同一天: the same day as another one)
        _drop_day_counts_inside(times, a, b)  # (这一天: no duration 一天)
        if any(t.start <= a < t.end or a <= t.start < b for t in times):
            continue
        before = [t for t in times if t.end <= a]
        if not before:
            continue
        last = max(before, key=lambda t: t.end)
        if a - last.end > _THIS_DAY_REACH or last.value is None or last.end == a:
            continue
        if last.kind == "time" and _DATED.match(last.value):
            day = last.value[:10]
        elif last.kind == "date" and last.precision == "day" and _DATED.fullmatch(last.value):
            day = last.value
        else:
            continue
        ref = TimeRef(a, b, "date", day, "day", False, None, view[a:b], anchored=True)
        _insert_in_order(times, ref)


def just_now_days(view: str, times: list[TimeRef], reference: str | None) -> None:
    """就在刚刚, 刚刚 (news_cues just_now: no expression of the time layer) opening a clause and
    followed by its comma (刚刚，某法院…; not the adverb of 刚刚宣布, 他刚刚年满18岁, nor a time
    the words go on to name: 就在刚刚过去的周末, 就在刚刚结束的决赛中) - is a live report's
    "just now": the page's own day, a time of its clause (``anchored``, its
    ``base`` itself) - not in the words a telling verb right before it opens (某人发文称：
    “刚刚，…”: the poster's).  日前, 近日 are no such day: windows of days before the page."""
    if reference is None or "刚" not in view or _parse(reference[:10]) is None:
        return
    for r in _JUST_NOW.finditer(view):
        a, b = r.start(), r.end()
        if not _opens_clause(view, a) or any(t.start < b and a < t.end for t in times):
            continue
        if not view.startswith(("，", ","), b):
            continue  # (就在刚刚过去的周末, 刚刚结束的比赛: a time the words go on to name)
        if _SAID_RIGHT_BEFORE.search(view, max(0, a - _SAID_REACH), a):
            continue  # (某人8月4日发文称：“刚刚，…”: the poster's just now, not the page's)
        ref = TimeRef(
            a, b, "date", reference[:10], "day", False, None, view[a:b], anchored=True, base=a
        )
        _insert_in_order(times, ref)


def _insert_in_order(times: list[TimeRef], ref: TimeRef) -> None:
    """Put ``ref`` into ``times`` (in text order) before the first time that starts after it."""
    times.insert(next((i for i, t in enumerate(times) if t.start > ref.start), len(times)), ref)


def _opens_clause(view: str, a: int) -> bool:
    """Does the word at ``a`` open its clause, perhaps after 而, 就, 也, 是, 在 (而在同一天，…)?"""
    k = a
    while k > 0 and a - k < 3 and view[k - 1] in "而就也是在":
        k -= 1
    return k == 0 or view[k - 1] in "，,。；;：:！？!?\n"


def _drop_day_counts_inside(times: list[TimeRef], a: int, b: int) -> None:
    """Drop from ``times`` a duration the time layer read inside the demonstrative day at
    ``a``..``b`` (一天 of 这一天, 那一天, 同一天): it counts no day, it names one."""
    times[:] = [t for t in times if not (t.kind == "duration" and a <= t.start and t.end <= b)]


def turned_years(
    times: list[TimeRef], reference: str | None = None, view: str | None = None
) -> None:
    """A month and day with no year (2月1日), read by the time layer from the article's date,
    that falls more than ``_TURN_BACK`` days before the day told last with its year written
    (2020年12月23日, at most ``_TURN_REACH`` characters before it), while the same month and day
    of the next year falls at most ``_TURN_AHEAD`` days after that day, is ambiguous: a story
    going on into the next year (a bail in December, then 2月1日 the hearing: February of the
    next year) or one looking back to the start of the year. Its value becomes None — a wrong
    year is worse than none (an article compiled from several reports, or with a wrong date,
    makes the time layer's year wrong the first way).  Not when that next year's day falls after
    the article's date ``reference`` (2025年10月15日…。1月10日… in a page of 2025-10-20: a day
    told as past cannot be 2026-01-10, so the time layer's reading is the only one) - unless
    the article's dateline (2月18日电 in ``view``, the text the offsets are into) falls, so read,
    more than ``_DATELINE_BACK`` days before that date: then the page's date is not the day of
    writing, and its year may be wrong."""
    ref_day = _parse(reference[:10]) if reference else None
    if ref_day is not None and view is not None:
        for t in times:
            line = _parse(t.value[:10]) if t.value and _DATED.match(t.value) else None
            if (
                line is not None
                and dateline(view, t)  # (某网2月18日电: the day it was written)
                and _MONTH_DAY.fullmatch(t.text)
                and (ref_day - line).days > _DATELINE_BACK
            ):
                ref_day = None  # (a page of 2020-12-23 with a dateline of February: not so)
                break
    written: TimeRef | None = None
    turned: tuple[int, str] | None = None  # the end and the month of the last one made None
    for t in sorted(times, key=lambda t: t.start):
        if t.value is not None and _YEAR_DAY.match(t.text) and _DATED.match(t.value):
            written = t
            continue
        if (
            turned is not None
            and t.value is not None
            and t.start - turned[0] <= _RETOLD_REACH
            and _DAY_ALONE.match(t.text)
            and t.value.startswith(turned[1])
        ):  # 2月1日开庭…，于9日宣判: the 9th is of the same month, whose year is unknown
            times[_position(times, t)] = replace(t, value=None)
            continue
        if (
            written is None
            or written.value is None
            or t.value is None
            or t.start - written.end > _TURN_REACH
            or not _MONTH_DAY.match(t.text)
            or not _DATED.match(t.value)
        ):
            continue
        told, day = _parse(written.value[:10]), _parse(t.value[:10])
        if told is None or day is None:
            continue
        try:
            next_year = day.replace(year=day.year + 1)
        except ValueError:
            continue  # (2月29日)
        twin = _in_year(day, told.year)
        if (
            twin is not None
            and (day - told).days > _TURN_BACK
            and 0 <= (twin - told).days <= _TURN_AHEAD
            and (ref_day is None or (day - ref_day).days > _TURN_AHEAD)
            and not _SENTENCE_END.search(view or "", written.end, t.start)
        ):  # 据2021年12月22日报道，…将于12月24日开庭 in a page of 2022: read months ahead of the
            # page's date, the day is ahead of the report's, in its year (the same sentence; a
            # day read a few weeks ahead of the page is the page's own plan: 将于12月3日 in a page
            # of late November)
            times[_position(times, t)] = replace(t, value=twin.isoformat() + t.value[10:])
            continue
        if ref_day is not None and next_year > ref_day:
            continue  # (the next year's day is still to come: the reading stands)
        if (told - day).days > _TURN_BACK and 0 < (next_year - told).days <= _TURN_AHEAD:
            times[_position(times, t)] = replace(t, value=None)
            turned = (t.end, t.value[:7])


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # (2月29日)


def dateline(view: str, t: TimeRef) -> bool:
    """Is ``t`` the day of a dateline (某社2月18日电 …, 本报3月5日讯（记者…）): the day the wire
    was written, no act's?  (news_cues dateline_marks right after it, then a space or a
    bracket.)"""
    return _DATELINE.match(view, t.end) is not None


# 今年已经65岁, 当年30多岁, 今年18周岁, 今年不到30岁: a year, then an age (news_cues since_count
# and age_lead words between - the degree words of any count, and those of an age alone); not a
# bound of ages, 今年18岁以下的青少年…: a group the year's acts are counted in
_AGE_AFTER = re.compile(
    rf"(?:{cue('since_count').pattern}|{cue('age_lead').pattern}){{0,2}}"
    r"[0-9零〇一二两三四五六七八九十百几]+[多余来]?周?岁"
    r"(?!及?以[上下内])"
)


def tells_an_age(view: str, t_end: int) -> bool:
    """Is the time ending at ``t_end`` followed by an age (今年已经65岁的某人, 当年30多岁)?  The
    year tells when the person is that old - an attribute of the person - and dates no act of
    the sentence."""
    return _AGE_AFTER.match(view, t_end) is not None


def far_bare_day(text: str, value: str, page: str) -> bool:
    """Is ``value``, read from ``text``, a day written without its month (5日, 12号) that took the
    page's month (or the month before, for a day after the page's) and so lies more than
    ``_BARE_DAY_REACH`` days before the page's date ``page``?  News writes the month of a day
    that far back: the page's date is wrong.  (A bare day after a month-day of its sentence -
    12月3日和12日 - took that month, not the page's: not read.)"""
    if not _DAY_ALONE.match(text):
        return False
    day, today = _parse(value), _parse(page[:10])
    if day is None or today is None or len(value) != 10:
        return False
    back = today.replace(day=1) - timedelta(days=1)  # (a day of the month before)
    paged = (day.year, day.month) in {(today.year, today.month), (back.year, back.month)}
    return paged and (today - day).days > _BARE_DAY_REACH


def month_day_alone(text: str) -> bool:
    """Does ``text`` open with a month and a day and no year (2月1日, 2月17日下午: not
    今年2月1日, 2021年2月1日)?"""
    return _MONTH_DAY.match(text) is not None


def far_wrapped_day(text: str, value: str, page: str) -> bool:
    """Is ``value``, read from ``text``, a month and a day written without a year (12月2日,
    10月20日下午) that fall after the page's own in the year, so took the year before the
    page's, and lie more than ``_WRAP_REACH`` days before the page's date ``page``?  News
    writes 去年 (or the year) before a day of last year that far back: with neither, the page's
    date is not the article's (a repost, a look back years on) and the year is unsupported."""
    back = _wrapped_back(text, value, page)
    return back is not None and back > _WRAP_REACH


def near_wrapped_day(text: str, value: str, page: str) -> bool:
    """Is ``value``, read from ``text``, a month and a day written without a year that took
    the year before the page's, up to ``_WRAP_REACH`` days before the page's date ``page``
    (12月20日 on a page of January: last month, news's way to tell it)?"""
    back = _wrapped_back(text, value, page)
    return back is not None and back <= _WRAP_REACH


def _wrapped_back(text: str, value: str, page: str) -> int | None:
    """The days from ``value``, read from ``text`` - a month and a day written without a year
    that fall after the page's own in the year, so took the year before the page's - to the
    page's date ``page``; None for any other day."""
    if not month_day_alone(text) or len(value) != 10 or len(page) < 10:
        return None
    day, today = _parse(value), _parse(page[:10])
    if day is None or today is None or day.year != today.year - 1 or value[5:] <= page[5:10]:
        return None
    return (today - day).days


_WRAP_REACH = 90  # days: a day of last year further back than this, news gives its year (去年)
_DATELINE = re.compile(cue("dateline_marks").pattern + r"(?=[\s\u3000（(：:])")
_BARE_DAY_REACH = 21  # days: a day further back than this, news writes with its month
_DAY_ALONE = re.compile(r"[0-9一二三四五六七八九十]{1,3}[日号]")  # 9日, 9日上午: no month
# a month and a day with no year before them (2月1日, 2月17日下午: not 今年2月1日, 2021年2月1日)
_MONTH_DAY = re.compile(r"[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]")
_TURN_REACH = 300  # characters from the day written with its year
_TURN_BACK = 180  # days back to the day written with its year: not a step just before it
_TURN_AHEAD = 92  # days to it a year later: the story going on
_DATELINE_BACK = 30  # days a dateline may fall before the page's date


_THIS_DAY = cue("this_day")
_JUST_NOW = cue("just_now")
# 起, 开始 (news_cues range_open_ends), 之后, 以后, 后, 时 (time_clause_ends): right after a
# demonstrative day, a time from or after it (从那天起, 那天以后), not the day
_THIS_DAY_ON = (*cue_words("range_open_ends"), *cue_words("time_clause_ends"))
_THIS_DAY_REACH = 150  # characters from the day told to the 这天 that points to it


_INCIDENT_NOUN = cue("incident_nouns")
_NAMED_INCIDENT = re.compile(
    r"[^，。；！？,;!?]{0,16}?发生(?:在|于)?[^，。；！？,;!?]{0,16}?的[^，。；！？,;!?]{0,30}?(?:"
    + _INCIDENT_NOUN.pattern
    + ")"
)


# a day opening a sentence that tells an incident happen there (发生了一起 + an incident noun)
_INCIDENT_HAPPENS = re.compile(
    r"[，,]?[^，。；！？,;!?]{0,24}?发生了?(?:一起|一宗|一场|一次)[^，。；！？,;!?]{0,20}?(?:"
    + _INCIDENT_NOUN.pattern
    + ")"
)
_HAPPENED_ON = re.compile(r"(?:事情|事故|事件|案件|惨案|血案)(?:就)?发生(?:在|于)$")  # 事情发生在…


def incident_days(view: str, times: list[TimeRef]) -> list[tuple[int, str]]:
    """(offset, day) of each incident the article names with its day: a calendar day (or a
    dated time, 5月3日晚) followed in its clause by 发生(在…)的 and an incident noun
    (news_cues incident_nouns) — 5月3日晚在某路口发生的车祸, 昨晚发生在某地的一起伤人案件; or
    by 发生(了)一起/一宗 and such a noun; or right after 事情/事故/
    事件…发生在 (事故发生在5月3日晚)."""
    out = []
    for t in sorted(times, key=lambda t: t.start):
        if not t.usable or t.value is None or not _DATED.match(t.value):
            continue
        if t.kind == "date" and t.precision != "day":
            continue
        if (
            _NAMED_INCIDENT.match(view, t.end)
            or _INCIDENT_HAPPENS.match(view, t.end)
            or _HAPPENED_ON.search(view, max(0, t.start - 8), t.start)
        ):
            out.append((t.start, t.value[:10]))
    return out


def _day_of(
    view: str,
    at: int,
    nouns: tuple[str, ...],
    kinds: tuple[str, ...],
    acts: Mapping[int, tuple[str, ...]] | None,
) -> tuple[str, ...] | None:
    """The kinds of incident or act whose day the anaphor at ``at`` means (事发当天, 开庭的当日),
    or None when it points back to the day told before."""
    end = at - 1 if at > 0 and view[at - 1] == "的" else at
    if view.endswith(nouns, max(0, end - len(nouns[0])), end):
        return kinds
    if acts is not None:
        return acts.get(end)
    return None
