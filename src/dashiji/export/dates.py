"""Event dates as day intervals, the GDELT date columns, and the chronicle's date labels.

An event's ``date`` is what :mod:`dashiji.annotate.times` resolves (``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY``, ``YYYY-H1``, ``YYYY-Q2``, ``YYYY-SU``, ``YYYY-W14``, ``199X``, ``19XX``, an ISO interval
``A/B``, ``A/..``, ``../A``, any of them with a ``T…`` clock part) with a ``precision``
(``day``, ``approx-day``, ``early-month``/``mid-month``/``late-month``, ``month``,
``early-year``/``mid-year``/``late-year``, ``year``, ``approx-range``…).  :func:`interval` turns
that into the first and last day it can mean, which the filters, the sort order of the chronicle
and GDELT's SQLDATE are computed from.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Document

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_PART = re.compile(r"^(\d{4})-(H[12]|Q[1-4]|SP|SU|FA|AU|WI)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")

#: precision → (first day, last day) within the month / the year
_MONTH_PARTS = {"early-month": (1, 10), "mid-month": (11, 20), "late-month": (21, 31)}
_YEAR_PARTS = {"early-year": (1, 4), "mid-year": (5, 8), "late-year": (9, 12)}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11)}

#: precisions that name one day
DAY_PRECISIONS = ("day", "approx-day")

Interval = tuple[str | None, str | None]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{min(day, _last_day(year, month)):02d}"


def _point(value: str, precision: str | None) -> Interval | None:
    """The days one end of a date (no ``/``) covers, or None when it cannot be read."""
    value = value.split("T", 1)[0]
    try:
        if m := _DAY.match(value):
            dt.date.fromisoformat(value)
            return value, value
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                return None
            a, b = _MONTH_PARTS.get(precision or "", (1, 31))
            return _iso(y, mo, a), _iso(y, mo, b)
        if m := _YEAR.match(value):
            y = int(m[1])
            a, b = _YEAR_PARTS.get(precision or "", (1, 12))
            return _iso(y, a, 1), _iso(y, b, 31)
        if m := _PART.match(value):
            y, part = int(m[1]), m[2]
            if part == "WI":  # winter: December into the next February
                return _iso(y, 12, 1), _iso(y + 1, 2, 31)
            if part[0] == "H":
                a, b = (1, 6) if part == "H1" else (7, 12)
            elif part[0] == "Q":
                q = int(part[1])
                a, b = 3 * q - 2, 3 * q
            else:
                a, b = _SEASONS[part]
            return _iso(y, a, 1), _iso(y, b, 31)
        if m := _WEEK.match(value):
            y, w = int(m[1]), int(m[2])
            first = dt.date.fromisocalendar(y, w, 6 if m[3] else 1)
            last = dt.date.fromisocalendar(y, w, 7)
            return first.isoformat(), last.isoformat()
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return _iso(y, 1, 1), _iso(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return _iso(y, 1, 1), _iso(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def interval(date: str | None, precision: str | None = None) -> Interval | None:
    """``(first day, last day)`` an event date can mean, as ``YYYY-MM-DD`` strings.

    An open end of a range is None (``2025-05/..`` → ``("2025-05-01", None)``).  None when there
    is no date or it cannot be read.
    """
    if not date:
        return None
    if "/" in date:
        a, _, b = date.partition("/")
        lo = _point(a, None) if a not in ("", "..") else None
        hi = _point(b, None) if b not in ("", "..") else None
        if lo is None and hi is None:
            return None
        return (lo[0] if lo else None, hi[1] if hi else None)
    return _point(date, precision)


def sort_bounds(date: str | None, precision: str | None = None) -> Interval:
    """``(date_start, date_end)`` of the events table: :func:`interval`, an open end taking the
    other end's day; ``(None, None)`` for no date or one that cannot be read."""
    found = interval(date, precision)
    if found is None:
        return None, None
    lo, hi = found
    return lo or hi, hi or lo


def parse_query_date(value: str | dt.date | None) -> Interval | None:
    """A ``--from``/``--to`` value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a date) as days."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), value.isoformat()
    found = _point(str(value).strip(), None)
    if found is None or not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", str(value).strip()):
        raise ValueError(f"not a date: {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    return found


_BOUND_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_bounds(
    date_from: str | dt.date | None,
    date_to: str | dt.date | None,
    names: tuple[str, str] = ("date_from", "date_to"),
) -> tuple[str | None, str | None]:
    """The first day ``date_from`` names and the last day ``date_to`` names (``YYYY-MM-DD``,
    None where not given): ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a date), the API's
    ``date_from``/``date_to`` and the CLI's ``--from``/``--to`` alike (``names``: how the
    messages call them).  :class:`~dashiji.errors.BadParameter` for a value that is no such
    date (``2021-13``, ``May``) or a range that ends before it begins.  An event is within
    them when :func:`within` says so."""
    from ..errors import BadParameter
    from ..messages import text as message_text

    days: list[str | None] = []
    for param, value, end in ((names[0], date_from, 0), (names[1], date_to, 1)):
        if value is None:
            days.append(None)
            continue
        found = None
        if isinstance(value, dt.date) or _BOUND_FORM.match(value):
            try:
                found = parse_query_date(value)
            except ValueError:
                found = None
        if found is None or found[end] is None:
            raise BadParameter(
                message_text("bad_date", "en", param=param, value=value),
                param=param,
                key="bad_date",
                params={"param": param, "value": str(value)},
            )
        days.append(found[end])
    first, last = days
    if first is not None and last is not None and first > last:
        values: dict[str, object] = {
            "date_from": str(date_from),
            "date_to": str(date_to),
            "first": first,
            "last": last,
            "from_name": names[0],
            "to_name": names[1],
        }
        raise BadParameter(
            message_text("date_order", "en", **values),
            param=names[0],
            key="date_order",
            params=values,
        )
    return first, last


def within(
    date: str | None, precision: str | None, first_day: str | None, last_day: str | None
) -> bool:
    """Does every day the date can mean (:func:`sort_bounds`: the events table's ``date_start``
    .. ``date_end``) lie within ``first_day`` .. ``last_day`` (:func:`date_bounds`; None: open)?
    An undated event, or one whose date cannot be read, is within no bound (and within no
    bounds at all: True)."""
    if first_day is None and last_day is None:
        return True
    start, end = sort_bounds(date, precision)
    if start is None or end is None:
        return False
    return (first_day is None or start >= first_day) and (last_day is None or end <= last_day)


def published_day(doc: Document) -> str | None:
    """The article's publication day (``YYYY-MM-DD``) when it has one."""
    published = doc.article.published if doc.article else None
    if published and _DAY.match(published[:10]):
        try:
            dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
        return published[:10]
    return None


def event_day(
    date: str | None, precision: str | None, doc: Document, fallback: str | None = None
) -> tuple[str | None, str]:
    """The day GDELT's SQLDATE gets, and where it came from.

    * ``event``: the event's own date -- the day itself at day precision, else the first day of
      the period it names (a month, the first/second/third part of a month, a year, a quarter…,
      the start of a range);
    * ``article``: the article's publication date (GDELT's own convention), when the event has
      no date or only an open-ended one;
    * ``reference``: the document's reference date, when the article has no publication date;
    * ``ingest``: ``fallback`` (the day it was stored), when there is nothing else.
    """
    found = interval(date, precision)
    if found and found[0]:
        return found[0], "event"
    if day := published_day(doc):
        return day, "article"
    if doc.reference_date and _DAY.match(doc.reference_date[:10]):
        return doc.reference_date[:10], "reference"
    if fallback:
        return fallback[:10], "ingest"
    return None, "none"


def fraction_date(day: str) -> float:
    """GDELT's FractionDate: ``YYYY + ((MONTH - 1) * 30 + DAY) / 365``, 4 decimals.

    The codebook words it as "(MONTH * 30 + DAY) / 365"; the values recalled from GDELT's files
    (20140218 → 2014.1315, 19790101 → 1979.0027) fit the month counted from zero, which is what
    is computed here (not checked against a GDELT file in this repository).
    """
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    return round(y + ((m - 1) * 30 + d) / 365, 4)


# ---- labels for the chronicle ------------------------------------------------------------------
_PART_ZH = {"early-month": "上旬", "mid-month": "中旬", "late-month": "下旬"}
_YEAR_PART_ZH = {"early-year": "年初", "mid-year": "年中", "late-year": "年底"}
_QUARTERS = {"Q1": "第一季度", "Q2": "第二季度", "Q3": "第三季度", "Q4": "第四季度"}
_SEASON_ZH = {"SP": "春季", "SU": "夏季", "FA": "秋季", "AU": "秋季", "WI": "冬季"}


def _label_point(value: str, precision: str | None) -> str:
    value = value.split("T", 1)[0]
    if m := _DAY.match(value):
        return ("约" if precision == "approx-day" else "") + value
    if m := _MONTH.match(value):
        base = f"{m[1]}年{int(m[2])}月"
        return base + _PART_ZH.get(precision or "", "")
    if m := _YEAR.match(value):
        if precision in _YEAR_PARTS:
            return f"{m[1]}{_YEAR_PART_ZH[precision]}"
        return f"{m[1]}年"
    if m := _PART.match(value):
        part = m[2]
        if part[0] == "H":
            return f"{m[1]}年{'上' if part == 'H1' else '下'}半年"
        return f"{m[1]}年" + (_QUARTERS.get(part) or _SEASON_ZH[part])
    if m := _WEEK.match(value):
        return f"{m[1]}年第{int(m[2])}周" + ("周末" if m[3] else "")
    if m := _DECADE.match(value):
        return f"{m[1]}0年代"
    if m := _CENTURY.match(value):
        return f"{int(m[1]) + 1}世纪"
    return value


def date_label(date: str | None, precision: str | None = None) -> str:
    """How the chronicle shows a date, its precision visible.

    ``2025-10-20`` (day) · ``约2025-10-15`` (approx-day) · ``2025年10月上旬`` (early-month; 中旬,
    下旬) · ``2025年5月`` (month) · ``2026年`` (year; 年初, 年中, 年底) · ``2019年上半年`` ·
    ``2017年第一季度`` · ``2025年5月至2025年7月`` (range) · ``2025年5月起`` · ``约2025-10-22前``
    (a vague window before a date) · ``日期未定`` (no date).
    """
    if not date:
        return "日期未定"
    if "/" in date:
        a, _, b = date.partition("/")
        if a in ("", ".."):
            approx = "约" if precision == "approx-range" else ""
            return f"{approx}{_label_point(b, None)}前"
        if b in ("", ".."):
            return f"{_label_point(a, None)}起"
        return f"{_label_point(a, None)}至{_label_point(b, None)}"
    return _label_point(date, precision)
