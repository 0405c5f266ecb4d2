"""What makes two mentions name the same thing: actor keys and comparable dates.

An actor's key is its knowledge-base id when it has one, else its name folded: simplified
script, full-width folded, no spaces or middle dots, then looked up among the KB's names and
aliases (澤連斯基 → 泽连斯基 → ``volodymyr-zelensky``; 川普 → ``donald-trump``).  A key is
*specific* when it names one person, organisation or place — a KB entry or a proper name — and
generic when it names a kind (警方, 法院, 市民): two arrests "by the police" are not one arrest.

A date is an interval of days: ``2025-08-15`` is one day, ``2025-08`` a month, ``2025`` a year,
``2025-08-11/2025-08-20`` a range; 8月中旬 and 8月15日 overlap, so they can be one date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from ..events.model import EventActor
from ..events.news_actors import generic_head
from ..kb import KnowledgeBase, load_kb
from ..normalize.script import to_simplified
from ..normalize.view import fold_width

_DROP = re.compile(r"[\s·•・‧.\-_]+")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@cache
def _kb() -> KnowledgeBase:
    return load_kb()


def fold_name(name: str) -> str:
    """The name in simplified script, width-folded, lower case, without spaces and dots."""
    return _DROP.sub("", to_simplified(fold_width(name))).lower()


@dataclass(frozen=True, slots=True)
class ActorKey:
    key: str
    specific: bool


def specific_name(name: str, key: str) -> bool:
    """Does ``name`` (folded to ``key``) name one actor, not a kind (警方, 法院, 市民)?"""
    return generic_head(name) is None and generic_head(key) is None and len(key) >= 2


def actor_key(actor: EventActor) -> ActorKey:
    """The key of an event's actor (see the module docstring)."""
    if actor.kb_id:
        return ActorKey(actor.kb_id, True)
    return _name_key(actor.name)


@lru_cache(maxsize=65536)
def _name_key(name: str) -> ActorKey:
    folded = fold_name(name)
    found = {e.id for e in _kb().lookup(folded) if e.kind != "role_word"} if folded else set()
    if len(found) == 1:
        return ActorKey(found.pop(), True)
    return ActorKey(folded or name, specific_name(name, folded))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=16384)
def day_interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day a date value covers, as ISO strings; None when it has no date."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        lo, hi = day_interval(a), day_interval(b)
        if lo is None or hi is None:
            return None
        return lo[0], hi[1]
    m = _DAY.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(3):
        return value, value
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{_last_day(year, month):02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def dates_overlap(a: str | None, b: str | None) -> bool:
    """Whether two date values can name the same date (an unknown date fits any)."""
    ia, ib = day_interval(a), day_interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


@lru_cache(maxsize=16384)
def width_days(value: str | None) -> int:
    """How many days a date value spans (a day 1, a month ~30); 100000 when unknown."""
    iv = day_interval(value)
    if iv is None:
        return 100000
    return (date.fromisoformat(iv[1]) - date.fromisoformat(iv[0])).days + 1
