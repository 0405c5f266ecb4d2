"""The timeline (大事记) of one story: its N most important dates, each with a one-line summary.

>>> from dashiji.stories.timeline import build_timeline
>>> for entry in build_timeline([store.get(i) for i in doc_ids], n_dates=10):  # doctest: +SKIP
...     print(entry.date, entry.summary, entry.sources)

**Which dates.**  The classic signals of timeline summarisation: how many articles are published
on a date, and how often the texts refer to it.

* Each article votes for its publication date, with a weight that depends on what the article's
  *first* dated reference says about it: a report that opens on its own day (今天, 18日, or the
  full date) is news of that day (1.0); one that opens on a day or three before it is a follow-up
  whose news happened then (0.5); one that opens on an older date is background or a look back
  (0.4) — and gives as much to the older date it looks back to, when it names that date in its
  lead (:data:`LOOKBACK_CHARS`: an older date first named deeper is background recalled in
  passing, and the article counts as one without a dated reference); one without any dated
  reference counts 0.8, unless its opening sentence attributes what it says (据路透社报道, 记者获悉,
  发言人, 警方通报: ``report_cues`` of ``data/stories.json``), the way a news report opens: then
  it is a report of its day (0.9) — alone on its date, a report votes :data:`LONE_REPORT_WEIGHT`
  instead (a lone follow-up 0.65, a lone report without a date 0.5, an attributed one 0.9).
  A comment — a headline that explains, weighs or asks about the news (``commentary_cues``:
  分析, 怎么回事, 为什么) — votes :data:`COMMENTARY` times as much: chronicles list what
  happened.  An expression meaning "that same day" or "the day after" (当天, 当日下午, 当晚,
  次日: the time layer's :func:`~dashiji.annotate.time_rules.day_anaphor_offset`) that the time
  layer read from the publication date is no reference at all: it points back to a day the text
  named before, which the time layer did not look for.  Copies count too: a story reprinted by
  many outlets is a story that mattered; but a second report of one outlet on one day counts
  :data:`SAME_OUTLET` times as much, and a copy whose date most of its copies contradict (each
  published more than :data:`COPY_DAYS` days from it: a reprint dated a year before the two
  other copies of its report; copies are the store's near-duplicates and reports under one
  headline) is no evidence of its date and votes for none.
  A date told in a foreign place's local time (当地时间6日) on the day before the report's
  publication is the report's own day: the hours between that place and the publisher put one
  news day across two calendar days (an evening in Washington is the next morning in Beijing),
  and the story's readers got that news on the day of the report (the cues are
  ``local_time_cues`` of ``data/stories.json``).  So is a date told at night (6月20日深夜:
  ``night_cues``) the day before: the news of that night is the next day's.
  An article published more than a year from every other article of the story is misdated and
  votes for nothing; so is one that tells as past a date it writes with its year more than
  :data:`MISDATED_AHEAD` days after its publication date (a page dated by the first date of its
  text, 2021-08-06 for a report of 2022); and so is one that calls "today" a day of the month
  (今天（16日）) more than a day from its publication day: the dates its text names without
  their year, read from that wrong date, count for nothing either.
* An *echo* — an article whose title and opening are close (tf-idf cosine of character bigrams)
  to those of one published a day or two before — repeats that day's news: half its vote goes to
  the date of that news.
* Each article that refers to a date other than its own publication date (resolved absolute and
  relative expressions of the ``time`` layer at day precision, approximate ones left out) adds
  :data:`REFERENCE_WEIGHT` to it, once per article however often it names it.  References to a
  date on which (and on the day after which) no article of the story appeared count less: that is
  the background of the story (the crime before the case), not a day of its news; a look back
  to such a date gives it :data:`LOOKBACK_UNCOVERED` of its weight.

The N dates with the highest score are kept (ties: more documents behind it, then the earlier
date) and listed in date order.

**Which summary.**  The candidates of a date are the titles of the articles published that day,
the titles of the follow-ups and echoes whose news is of that day, and — for a date no article was
published on — the sentences that name it (without the date expression).  Titles lose their tags
(【图】, #话题#) and, when a whole post stands in for a title, are cut to their first clauses; an
article without a title (a text file) stands with its opening sentence, cut the same way.  The
summary is the most central candidate: the one sharing most character bigrams with the others
and with what the sentences of other articles naming the date say (cosine, weighted like the
votes; such a sentence counts :data:`VOTER_WEIGHT`), without leading and trailing clauses no
other candidate supports (:func:`consensus`) — unless that leaves less than :data:`KEEP_SHARE` of
it: then the headline's news is its own, and it stays whole.  A cry before the news (痛心！), a
label around it (某案最新进展：…) and the story's name in quotes (“某市男童走失案”二审宣判) go
(:func:`unlabel`).  A line still longer than
:data:`GIST_OVER` characters ends at the clause break where it has :data:`GIST_CHARS` (its
:func:`gist`): a headline tells its news first, and details, reactions and asides after.  A
busy date (:data:`MORE_HEADLINES` candidates) gets a second or third headline, as distinct from
the first as :data:`DISTINCT` allows, on the same line after "；".  Dates get their lines in order
of importance, and a headline given to a more important date nearby (:data:`USED_DAYS`) is not a
candidate again while the date has others: the report published the day after a verdict tells
that verdict, not the next day's news.

**Events.**  Each ``event`` span of the documents is placed on its own day when it has one, else
on the date of the article that reports it (:attr:`Event.reported`, or the article's date) —
never dropped.  An entry is ``by_report_date`` when no text names its date: it rests only on
publication dates.

The weights were tuned on five DTELS dev stories and checked on four others
(``bench/timelines.py``; ``--diagnose`` shows where a story's timeline parts from the
baseline's).  Deterministic; no model, no I/O.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..annotate.time_rules import day_anaphor_offset
from ..annotate.time_tense import tense
from ..events.model import EVENT_LAYER
from ..model import Document
from ..normalize.script import to_simplified, to_traditional
from .knowledge import knowledge

__all__ = [
    "LIFECYCLE_STATUSES",
    "TimelineEntry",
    "build_timeline",
    "consensus",
    "gist",
    "unlabel",
    "has_lifecycle",
    "lifecycle_order",
    "with_lifecycles",
]

# The weight of an article's vote for its publication date, by what its first dated reference
# is: the same day, 1–RECENT_DAYS days before ("recent"), older, later, or none at all.
FIRST_REFERENCE_WEIGHT = {
    "same": 1.0,
    "recent": 0.5,
    "old": 0.4,
    "future": 0.5,
    "none": 0.8,
    "reported": 0.9,  # no dated reference, but an attributed opening (see _attributed)
}
RECENT_DAYS = 3
# An article looks back only when it opens on the older date: within its first LOOKBACK_CHARS
# characters (its lead).  An older date first named deeper is background it recalls in passing
# (资料显示，某某2017年…; the day of an old report it tells about again): it is no look back, and
# the article's vote stays with its own day as one opening on no date (kind "none").
LOOKBACK_CHARS = 300
# The vote of a report alone on its date (the only one published that day, itself no repeat of
# earlier news): a lone report without any dated reference is more often a feature or a comment
# than news (on the DTELS dev stories 6 of 46 such dates are gold dates, against 9 of 33 dates of
# a lone follow-up); when other reports share its day, its kind matters less.
LONE_REPORT_WEIGHT = {
    "same": 1.0,
    "recent": 0.65,
    "old": 0.4,
    "future": 0.5,
    "none": 0.5,
    "reported": 0.9,
}
# A comment (a commentary_cues word in the headline: 分析, 怎么回事) votes COMMENTARY times its
# weight, and its headline is as much weaker a candidate for the date's summary.
COMMENTARY = 0.5
# What one article's reference to another date adds to it; a date no article of the story was
# published on, that day or the next COVERAGE_DAYS, is background (the crime before the case, the
# accident before the protest): its references count UNCOVERED times as much.
REFERENCE_WEIGHT = 0.15
COVERAGE_DAYS = 1
UNCOVERED = 0.3
# A look back (an article opening on an older date gives that date its weight) to such a date
# counts LOOKBACK_UNCOVERED times as much: the day of the accident the protest was about is
# background, however many reports recall it.
LOOKBACK_UNCOVERED = 0.5
# A second (third…) report of one outlet on one day votes SAME_OUTLET times its weight: a day
# many outlets report is news; one outlet's series of posts is less.
SAME_OUTLET = 0.6
# Copies of one article (the store's near-duplicates) published more than COPY_DAYS days apart
# disagree on its date; a copy most of its copies disagree with does not vote for its own date.
COPY_DAYS = 2
# Reports under one headline of at least COPY_HEADLINE letters and digits are copies too.
COPY_HEADLINE = 12
# An echo: an article as similar as ECHO_SIMILARITY (tf-idf cosine of the character bigrams of its
# title and opening, over the story) to one published 1–ECHO_DAYS days before is a later report
# of that article's news: ECHO_SHARE of its vote goes to that news's date.
ECHO_DAYS = 2
ECHO_SIMILARITY = 0.25
ECHO_SHARE = 0.5
ECHO_NEIGHBOURS = 60  # earlier articles compared with each (the nearest): a busy store stays fast
OPENING_CHARS = 200
MISDATED_DAYS = 365  # a publication date this far from all the others of the story is wrong
# A publication date is wrong, too, when the article tells as past a date it writes with its year
# more than MISDATED_AHEAD days later (a page dated by the first date of its text).
MISDATED_AHEAD = 30

_WITH_YEAR = re.compile(r"\d{4}\s*年")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[0-9A-Z:.]*)?")
_TIME_LABELS = ("date", "time")


@dataclass(slots=True)
class TimelineEntry:
    date: str  # YYYY-MM-DD
    summary: str  # one line, from the headlines and dated sentences of that date
    event_ids: list[str] = field(default_factory=list)  # Event.id of the events placed here
    doc_ids: list[str] = field(default_factory=list)  # published that day, then referring to it
    sources: list[str] = field(default_factory=list)  # their outlets, distinct, in order
    by_report_date: bool = False  # no text names the date: only publication dates stand behind it
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score"] = round(self.score, 3)
        return d


@dataclass(slots=True)
class _Ref:
    day: str
    start: int
    end: int
    with_year: bool = False  # the expression writes its year (2022年5月30日, not 5月30日)


@dataclass(slots=True)
class _Event:
    """What the timeline needs of an event span (:class:`dashiji.events.model.Event`): its id,
    its own date and the date of the article that reports it."""

    id: str
    date: str | None
    reported: str | None


@dataclass(slots=True, eq=False)  # one article is itself: compared by identity
class _Article:
    doc: Document
    date: str | None
    title: str
    source: str
    refs: list[_Ref]
    kind: str
    weight: float
    events: list[_Event]
    discount: float = 1.0  # COMMENTARY for a comment, else 1
    echo_of: str | None = None  # the date of the news this article repeats (see ECHO_DAYS)
    copy_of: str | None = None  # the id of the first copy when this is a copy of another
    own_vote: float = 1.0  # 0 for a copy whose date its siblings contradict (see COPY_DAYS)
    read: Document | None = None  # the document its refs were read from (a copy's first copy)
    script: str | None = None  # the story's script (see _one_script)

    @property
    def source_doc(self) -> Document:
        """The document whose text and spans the positions of :attr:`refs` are of."""
        return self.read if self.read is not None else self.doc


# ---- reading the documents ------------------------------------------------------------------
def _day(value: Any) -> str | None:
    """``YYYY-MM-DD`` when ``value`` is one calendar day (with or without a time of day)."""
    if not isinstance(value, str):
        return None
    m = _DAY.fullmatch(value)
    if m is None:
        return None
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return value[:10]


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _source(doc: Document) -> str:
    if doc.article is not None and doc.article.outlet:
        return doc.article.outlet
    for key in ("outlet", "source", "site"):
        value = doc.raw.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return doc.raw.uri


def _refs(doc: Document) -> list[_Ref]:
    out = []
    for span in doc.spans:
        if span.layer != "time" or span.label not in _TIME_LABELS or span.attrs.get("approx"):
            continue
        day = _day(span.attrs.get("value"))
        if day is not None:
            written = doc.text[span.start : span.end]
            out.append(_Ref(day, span.start, span.end, _WITH_YEAR.search(written) is not None))
    out.sort(key=lambda r: r.start)
    return out


def _local_days(doc: Document, refs: list[_Ref], published: str | None) -> list[_Ref]:
    """``refs``, each date told in a foreign place's local time (a ``local_time_cues`` word at most
    ``local_time_gap`` characters before it: 当地时间6日) on the day before ``published`` moved to
    ``published``: the report's own news day in the publisher's time (see the module docstring);
    so is a date told at night (a ``night_cues`` word within it: 6月20日深夜) that day."""
    if published is None:
        return refs
    k = knowledge()
    cues = k.local_time_cues
    out = []
    for r in refs:
        if _days_between(r.day, published) == 1:
            reach = [doc.text[max(0, r.start - k.local_time_gap - len(c)) : r.end] for c in cues]
            if any(cue in text for cue, text in zip(cues, reach, strict=True)):
                r = _Ref(published, r.start, r.end, r.with_year)
            elif any(cue in doc.text[r.start : r.end] for cue in k.night_cues):
                r = _Ref(published, r.start, r.end, r.with_year)
        out.append(r)
    return out


def _anaphor_read_as(published: str | None, text: str, day: str) -> bool:
    """Whether a reference is a day anaphor (当天, 当晚, 次日: :func:`~dashiji.annotate.
    time_rules.day_anaphor_offset`) the time layer read from the publication date: it points
    back to a day the text named before, which the time layer did not look for."""
    offset = day_anaphor_offset(text)
    if offset is None or published is None:
        return False
    return day == (date.fromisoformat(published) + timedelta(days=offset)).isoformat()


def _kind(published: str | None, refs: list[_Ref]) -> str:
    if not refs or published is None:
        return "none"
    lag = _days_between(refs[0].day, published)
    if lag == 0:
        return "same"
    if 0 < lag <= RECENT_DAYS:
        return "recent"
    if lag < 0:
        return "future"
    return "old" if refs[0].start < LOOKBACK_CHARS else "none"


def _article(doc: Document, first: Document | None = None) -> _Article | None:
    """The article's votes; a copy (``first``: the first copy, which was analysed in its place)
    is a report of its own date that refers to the dates its first copy refers to."""
    if doc.article is None or doc.error is not None:
        return None
    published = _day((doc.article.published or "")[:10]) or _day(doc.reference_date)
    src = doc if first is None else first
    refs = _local_days(src, _refs(src), published)
    refs = [r for r in refs if not _anaphor_read_as(published, src.text[r.start : r.end], r.day)]
    kind = _kind(published, refs)
    if kind == "none" and _attributed(src):
        kind = "reported"
    events = [
        _Event(str(s.attrs.get("id") or ""), s.attrs.get("date"), s.attrs.get("reported"))
        for s in doc.spans
        if s.layer == EVENT_LAYER
    ]
    raw_title = doc.article.title or ""
    discount = COMMENTARY if _is_comment(raw_title) else 1.0
    return _Article(
        doc,
        published,
        _headline(raw_title) if raw_title.strip() else _headline(_opening(src)),
        _source(doc),
        refs,
        kind,
        FIRST_REFERENCE_WEIGHT[kind] * discount,
        events,
        discount,
        copy_of=first.id if first is not None else None,
        read=first,
    )


LEAD_CHARS = 120  # at most this much of an article's opening sentence is read for report cues


def _opening(doc: Document) -> str:
    """The opening sentence of ``doc`` (at most :data:`LEAD_CHARS` characters) without its
    asides in brackets: the headline of an article without a title (a text file), which tells
    its news first."""
    ends = [s.end for s in doc.spans if s.layer == "sentence"]
    lead = doc.text[: min(min(ends, default=LEAD_CHARS), LEAD_CHARS)]
    return _ASIDE.sub("", lead).strip().rstrip("。！？!?；;")


# An aside in brackets: a name in its own script (普京（Vladimir Putin）), a gloss.
_ASIDE = re.compile(r"（[^（）]{0,40}）|\([^()]{0,40}\)")


def _attributed(doc: Document) -> bool:
    """Whether the opening sentence of ``doc`` (at most :data:`LEAD_CHARS` characters)
    attributes what it says — 据路透社报道, 记者获悉, 发言人, 警方通报 (``report_cues``): a news
    report opens so, a feature or a comment seldom does."""
    ends = [s.end for s in doc.spans if s.layer == "sentence"]
    lead = doc.text[: min(min(ends, default=LEAD_CHARS), LEAD_CHARS)]
    return any(cue in lead for cue in knowledge().report_cues)


def _is_comment(title: str) -> bool:
    """Whether a headline comments on the news rather than tells it (a ``commentary_cues``
    word: 分析, 怎么回事, 为什么)."""
    return any(cue in title for cue in knowledge().commentary_cues)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# A headline's tags: 【图】, 【#话题#】, #话题#, leading or trailing.
_TAGS = re.compile(
    r"^(?:\s*(?:【[^】]{0,30}】|\[[^\]]{0,30}\]|#[^#]{0,30}#))+|(?:【[^】]{0,30}】\s*)+$"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
MAX_HEADLINE = 40  # characters: past this, a "title" is a paragraph and is cut
MIN_SENTENCE = 6  # characters after a date expression for them to say what happened then


def _headline(text: str) -> str:
    """One line, without its tags, and cut to its first clauses when it runs past
    :data:`MAX_HEADLINE` characters (a post's first paragraph standing in for a title)."""
    return _cut(_TAGS.sub("", _one_line(text)).strip())


def _cut(t: str) -> str:
    """``t`` cut to its first sentence or clauses when it runs past :data:`MAX_HEADLINE`."""
    if len(t) <= MAX_HEADLINE:
        return t
    m = _SENTENCE_END.search(t, 8)
    if m is not None and m.end() <= MAX_HEADLINE:
        return t[: m.start()]
    cut = [m.start() for m in _CUT.finditer(t) if 8 <= m.start() <= MAX_HEADLINE]
    return t[: cut[-1]] if cut else t[:MAX_HEADLINE]


# ---- scoring the dates ----------------------------------------------------------------------
@dataclass(slots=True)
class _Date:
    day: str
    votes: float = 0.0
    references: float = 0.0
    published: list[_Article] = field(default_factory=list)
    referring: list[tuple[_Article, _Ref]] = field(default_factory=list)
    followups: list[_Article] = field(default_factory=list)
    events: list[_Event] = field(default_factory=list)
    lookback: float = 0.0  # of ``votes``: what look-backs gave it
    named: bool = False  # some text names the date (its own publication day included)
    to_script: Callable[[str], str] | None = None  # the story's script, for a text of the other

    @property
    def score(self) -> float:
        return self.votes + REFERENCE_WEIGHT * self.references

    @property
    def n_docs(self) -> int:
        return len({a.doc.id for a in self.published} | {a.doc.id for a, _ in self.referring})


def _dates(articles: Sequence[_Article]) -> dict[str, _Date]:
    dates: dict[str, _Date] = {}

    def at(day: str) -> _Date:
        if day not in dates:
            dates[day] = _Date(day)
        return dates[day]

    outlets: set[tuple[str, str]] = set()
    for a in articles:
        if a.date is not None:
            d = at(a.date)
            d.published.append(a)
            key = (a.date, _outlet(a.source))
            w = a.weight * a.own_vote * (SAME_OUTLET if key in outlets else 1.0)
            if w > 0:
                outlets.add(key)
            if a.echo_of is None:
                d.votes += w
            else:
                d.votes += w * (1 - ECHO_SHARE)
                at(a.echo_of).votes += a.weight * a.own_vote * ECHO_SHARE
                at(a.echo_of).followups.append(a)
        seen: set[str] = set()
        for ref in a.refs:
            at(ref.day).named = True
            if ref.day == a.date:
                continue
            d = at(ref.day)
            if ref.day not in seen:
                seen.add(ref.day)
                d.references += 1
                d.referring.append((a, ref))
        if a.kind == "recent" and a not in at(a.refs[0].day).followups:
            at(a.refs[0].day).followups.append(a)
        elif a.kind == "old":  # a look back: the day it opens on mattered
            at(a.refs[0].day).votes += a.weight
            at(a.refs[0].day).lookback += a.weight
        for e in a.events:
            day = _day(e.date) or _day(e.reported) or a.date
            if day is not None:
                at(day).events.append(e)
    for d in dates.values():  # a date one report stands behind: see LONE_REPORT_WEIGHT
        live = [a for a in d.published if a.weight * a.own_vote > 0]
        if len(live) == 1 and live[0].echo_of is None:
            d.votes += LONE_REPORT_WEIGHT[live[0].kind] * live[0].discount - live[0].weight
    covered = {a.date for a in articles if a.date is not None and a.weight * a.own_vote > 0}
    for d in dates.values():
        after = date.fromisoformat(d.day)
        if not any(
            (after + timedelta(days=k)).isoformat() in covered for k in range(COVERAGE_DAYS + 1)
        ):
            d.references *= UNCOVERED
            d.votes -= (1 - LOOKBACK_UNCOVERED) * d.lookback
    return dates


_SECOND_LEVEL = ("com", "net", "org", "gov", "edu", "co", "ac")


def _outlet(source: str) -> str:
    """The outlet of a source: the registrable part of a host name (m.163.com, www.163.com:
    163.com; news.sina.com.cn: sina.com.cn), else the source as given."""
    host = source.split("//")[-1].split("/")[0].lower()
    labels = host.split(".")
    if len(labels) < 2:
        return source
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _tfidf(texts: Sequence[str]) -> list[dict[str, float]]:
    """Unit tf-idf vectors of the texts' character bigrams, idf over these texts."""
    bags = [_bigrams(t) for t in texts]
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(bags)
    idf = {g: math.log((n + 1) / k) for g, k in df.items()}
    out = []
    for b in bags:
        v = {g: (idf[g] if c == 1 else (1 + math.log(c)) * idf[g]) for g, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({g: x / norm for g, x in v.items()})
    return out


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[g] * b[g] for g in a.keys() & b.keys())


def _discount_misdated(articles: Sequence[_Article]) -> None:
    """An article published more than :data:`MISDATED_DAYS` from every other article of the
    story (of at least three) is misdated — a page dated 1991 in a 2011–2024 story — and votes
    for no date; what its text names still counts."""
    ordinals = sorted(date.fromisoformat(a.date).toordinal() for a in articles if a.date)
    if len(ordinals) < 3:
        return
    for a in articles:
        if a.date is None:
            continue
        o = date.fromisoformat(a.date).toordinal()
        i = bisect_left(ordinals, o)
        nearest = min(
            (abs(ordinals[j] - o) for j in (i - 1, i + 1) if 0 <= j < len(ordinals)),
            default=0,
        )
        if nearest > MISDATED_DAYS:
            a.weight = 0.0


def _discount_told_later(articles: Sequence[_Article]) -> None:
    """An article that tells as past (no future cue by the date: :func:`tense`) a date it writes
    with its year more than :data:`MISDATED_AHEAD` days after its publication date was published
    later than it says (a page dated by the first date of its text): it votes for no date."""
    for a in articles:
        if a.date is None or a.weight == 0:
            continue
        text = a.source_doc.text
        for r in a.refs:
            if r.with_year and _days_between(a.date, r.day) > MISDATED_AHEAD:
                if tense(text, r.start, r.end) is not False:
                    a.weight = 0.0
                    break


@lru_cache(maxsize=1)
def _today_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in knowledge().today_words)
    return re.compile(rf"(?:{words})\s*[（(]\s*(\d{{1,2}})\s*日\s*[)）]")


def _discount_today_elsewhere(articles: Sequence[_Article]) -> None:
    """An article whose first "today" with its day of the month (今天（16日）, 今（16日）:
    ``today_words``) names a day more than a day from its publication day (the day before: an
    evening report published the next morning; the day after: a morning report stamped with
    the previous day's date in another time zone) was published on another day than it says: a
    page dated a year or a fortnight off.  It votes for no date, and the dates its text names
    without their year, read from the wrong publication date, are no evidence either.  A copy
    of another article (the store's near-duplicate: its text is its first copy's) is left to
    :func:`_discount_copies`."""
    pattern = _today_pattern()
    for a in articles:
        if a.date is None or a.read is not None:
            continue
        m = pattern.search(a.source_doc.text)
        if m is None:
            continue
        published = date.fromisoformat(a.date)
        if int(m.group(1)) in {(published + timedelta(days=k)).day for k in (-1, 0, 1)}:
            continue
        a.weight = 0.0
        a.refs = [r for r in a.refs if r.with_year]
        a.kind = _kind(a.date, a.refs)


def _copy_groups(articles: Sequence[_Article]) -> list[list[_Article]]:
    """The dated articles in groups of copies of one article: the store's near-duplicates (a
    copy's ``duplicate_of``), and articles whose headlines are one (letters and digits alike, at
    least :data:`COPY_HEADLINE` of them): one report under another outlet's name."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    dated = [a for a in articles if a.date is not None]
    first: dict[str, int] = {}
    for i, a in enumerate(dated):
        keys = [f"id:{a.copy_of or a.doc.id}"]
        headline = _DROP.sub("", a.doc.article.title or "") if a.doc.article else ""
        if COPY_HEADLINE and len(headline) >= COPY_HEADLINE:
            keys.append(f"title:{headline}")
        for key in keys:
            j = first.setdefault(key, i)
            parent[find(i)] = find(j)
    groups: dict[int, list[_Article]] = {}
    for i, a in enumerate(dated):
        groups.setdefault(find(i), []).append(a)
    return list(groups.values())


def _discount_copies(articles: Sequence[_Article]) -> None:
    """A copy of an article (:func:`_copy_groups`) whose publication date more than half of the
    article's copies contradict — each published more than :data:`COPY_DAYS` days from it — is
    no evidence of its own date: it does not vote for it (a reprint dated a year before the two
    other copies of its report).  What its text names still counts.  Two copies that disagree
    contradict each other no more than they agree: both keep their votes."""
    for group in _copy_groups(articles):
        for a in group:
            assert a.date is not None
            far = sum(abs(_days_between(a.date, b.date or a.date)) > COPY_DAYS for b in group)
            if 2 * far > len(group):
                a.own_vote = 0.0


def _mark_echoes(articles: Sequence[_Article]) -> None:
    """Set ``echo_of`` of each article that repeats the news of one published 1–ECHO_DAYS days
    before it (``articles`` in date order); a repeat of a repeat points to the first news."""
    dated = [a for a in articles if a.date is not None]
    vecs = _tfidf([a.title + " " + a.doc.text[:OPENING_CHARS] for a in dated])
    ordinals = [date.fromisoformat(a.date).toordinal() for a in dated if a.date is not None]
    lo = day_start = 0
    for i, a in enumerate(dated):
        while ordinals[i] - ordinals[lo] > ECHO_DAYS:
            lo += 1
        if ordinals[day_start] < ordinals[i]:
            day_start = i
        best, best_j = ECHO_SIMILARITY, -1
        # the nearest earlier articles first; on a tie the nearer one
        for j in range(day_start - 1, max(lo, day_start - ECHO_NEIGHBOURS) - 1, -1):
            s = _dot(vecs[i], vecs[j])
            if s > best or (s == best and best_j < 0):
                best, best_j = s, j
        if best_j >= 0:
            earlier = dated[best_j]
            a.echo_of = earlier.echo_of or earlier.date


# ---- summaries ------------------------------------------------------------------------------
_DROP = re.compile(r"[\W_]+")
# Where a headline may be cut: after punctuation that ends a clause (not inside quotes).
_CUT = re.compile(r"[，,！!？?：:；;。|｜、]+|\s+|——")
# A date with this many candidates (or more) gets a second (third…) headline, as distinct from
# the first as DISTINCT (cosine of character bigrams) allows: a day many reports cover is often
# a day of more than one news (on the five tuning stories, the gold dates of 1-4 articles have
# 1.0-1.3 gold lines, those of 5-7 articles 1.7-2.3, of 11 or more 3-7).
MORE_HEADLINES: tuple[int, ...] = (5, 12)
DISTINCT = 0.2
# The sentences of other articles that name a date vote for its headlines, each with this weight
# (a headline of the day: its vote weight), at most MAX_VOTERS of them.
VOTER_WEIGHT = 0.3
MAX_VOTERS = 10
MAX_CANDIDATES = 60  # headlines of one date compared with each other (a busy day of a big store)
# A headline already given to a more important date within USED_DAYS days (or one as similar
# as USED_SIMILAR to it) is not a candidate again, while the date has others: two dates, two news.
USED_SIMILAR = 0.6
USED_DAYS = 7
SUPPORT = 0.5  # the share of a clause's bigrams another candidate must hold for it to stay
KEEP_SHARE = 0.5  # what consensus keeps of a headline: at least this share of it, or all of it


@lru_cache(maxsize=8192)
def _bigrams(text: str) -> Counter[str]:
    """The character bigrams of ``text`` once everything but letters and digits is gone (shared
    between callers: never change the counter returned)."""
    t = _DROP.sub("", text)
    return Counter([t[i : i + 2] for i in range(len(t) - 1)])


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(c, b[g]) for g, c in a.items() if g in b)
    return shared / math.sqrt(a.total() * b.total()) if shared else 0.0


def consensus(text: str, others: Sequence[str], min_chars: int = 8) -> str:
    """``text`` without the leading and trailing clauses that ``others`` do not support.

    Clauses are cut at clause punctuation and spaces; one is supported when at least
    :data:`SUPPORT` of its character bigrams occur in one of the other texts.  What lies between
    the first and the last supported clause stays as written.  When that is shorter than
    ``min_chars`` characters or than :data:`KEEP_SHARE` of ``text`` (or nothing is supported),
    ``text`` comes back whole: the others tell other news (突发！临江市长宣布辞职：三天后离任并
    移交工作 beside 市民回应临江市长辞职 keeps what happens next)."""
    if not others:
        return text
    other_grams = [_bigrams(o) for o in others]
    pieces = []  # (start, end) of each clause
    pos = 0
    for m in _CUT.finditer(text):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        pieces.append((pos, len(text)))

    def supported(a: int, b: int) -> bool:
        g = _bigrams(text[a:b])
        if not g:
            return False
        total = sum(g.values())
        return max(sum((g & o).values()) / total for o in other_grams) >= SUPPORT

    kept = [p for p in pieces if supported(*p)]
    if not kept:
        return text
    short = text[kept[0][0] : kept[-1][1]]
    return short if len(short) >= max(min_chars, KEEP_SHARE * len(text)) else text


_LEAD_PUNCT = " ，,、：:；;。．.）)】」』”’"


def _sentence_around(doc: Document, ref: _Ref) -> str:
    """What the sentence that holds ``ref`` says happened then: the words after the date
    expression (before it when it ends the sentence), cut to a headline's length."""
    start, end = ref.start, ref.end
    for s in doc.spans:
        if s.layer == "sentence" and s.start <= ref.start < s.end:
            start, end = s.start, s.end
            break
    else:
        start = max(0, doc.text.rfind("\n", 0, ref.start) + 1)
        stop = doc.text.find("\n", ref.end)
        end = len(doc.text) if stop < 0 else stop
    after = _one_line(doc.text[ref.end : end]).strip(_LEAD_PUNCT)
    before = _one_line(doc.text[start : ref.start]).strip(_LEAD_PUNCT)
    return _cut(after if len(after) >= MIN_SENTENCE else before)


def _summary(d: _Date, used: dict[int, list[Counter[str]]] | None = None) -> str:
    cands: list[tuple[str, float]] = []
    for a in d.published:
        if a.title:
            cands.append((a.title, a.weight))
    for a in d.followups:
        if a.title:
            cands.append((a.title, FIRST_REFERENCE_WEIGHT["recent"] * a.discount))
    day = date.fromisoformat(d.day).toordinal()
    if used:
        near = [u for k in range(day - USED_DAYS, day + USED_DAYS + 1) for u in used.get(k, ())]
        fresh = [c for c in cands if all(_cosine(_bigrams(c[0]), u) < USED_SIMILAR for u in near)]
        cands = fresh or cands
    n_lines = 1 + sum(len(cands) >= t for t in MORE_HEADLINES)
    if len(cands) > MAX_CANDIDATES:  # the most weighted, then in date and id order
        order = sorted(range(len(cands)), key=lambda j: (-cands[j][1], j))[:MAX_CANDIDATES]
        cands = [cands[j] for j in sorted(order)]
    # what other articles say happened that day: voters for the headlines, or the candidates
    # themselves when no headline is of that day
    said = [
        _in_script(_sentence_around(a.source_doc, ref), a, d.to_script)
        for a, ref in d.referring[:MAX_VOTERS]
    ]
    voters = [(s, VOTER_WEIGHT) for s in said if s]
    if not cands:  # sentences are long: one is enough
        n_lines = 1
        cands, voters = [(s, 1.0) for s, _ in voters], []
    if not cands:
        return ""
    everyone = cands + voters
    grams = [_bigrams(t) for t, _ in everyone]
    cent = [
        sum(everyone[j][1] * _cosine(grams[i], grams[j]) for j in range(len(everyone)) if j != i)
        for i in range(len(cands))
    ]
    order = sorted(range(len(cands)), key=lambda j: (-round(cent[j], 9), -cands[j][1], j))
    chosen: list[int] = []
    for j in order:
        if len(chosen) == n_lines:
            break
        if all(_cosine(grams[j], grams[c]) < DISTINCT for c in chosen):
            chosen.append(j)
    if used is not None:
        used.setdefault(day, []).extend(grams[i] for i in chosen)
    parts = []
    for i in chosen:
        others = [t for j, (t, _) in enumerate(cands) if j != i]
        parts.append(gist(unlabel(consensus(cands[i][0], others))))
    return "；".join(parts)


# A headline may wear a cry before its news (最新！, 痛心！: a ``cry_words`` word of
# ``data/stories.json`` then ！ - not 某人辞职！, a cry that is the news), a label around it
# (某案最新进展：…, …事件后续详情: ``label_words``, a trailing label of at least TAIL_LABEL
# characters) or the story's name in quotes (“某市男童走失案”二审宣判: at least QUOTED_NAME
# letters ending in a ``case_words`` word); a summary line drops a cry or a label when at least
# MIN_NEWS letters of news stay, the name when at least GIST_CHARS do (今日迎来转机 alone tells
# no news of whom).
TAIL_LABEL = 4
QUOTED_NAME = 8
MIN_NEWS = 6
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{2,40})[”\"」』]")
_SEPARATORS = " ：:，,"


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(w) for w in knowledge().label_words)
    lead = re.compile(rf"^[^：:]{{2,30}}?(?:{words})\s*[：:]\s*")
    tail = re.compile(rf"[\s，,、]*(?:事件)?(?:{words})+\s*$")
    cries = "|".join(re.escape(w) for w in knowledge().cry_words)
    cry = re.compile(rf"^\s*(?:{cries})\s*[！!]+\s*")
    return lead, tail, cry


def unlabel(line: str) -> str:
    """``line`` without a leading cry or a label before or after its news (see
    :data:`TAIL_LABEL`)."""

    def news(rest: str) -> bool:
        return len(_DROP.sub("", rest)) >= MIN_NEWS

    lead, tail, cry = _label_patterns()
    m = cry.match(line)
    if m and news(line[m.end() :]):
        line = line[m.end() :]
    m = lead.match(line)
    if m and news(line[m.end() :]):
        line = line[m.end() :]
    m = tail.search(line)
    if m and len(_DROP.sub("", m.group())) >= TAIL_LABEL and news(line[: m.start()]):
        line = line[: m.start()]
    for m in _QUOTED.finditer(line):
        name = _DROP.sub("", m.group(1))
        if len(name) >= QUOTED_NAME and name.endswith(knowledge().case_words):
            rest = (line[: m.start()].rstrip(_SEPARATORS) + line[m.end() :]).strip(_SEPARATORS)
            if len(_DROP.sub("", rest)) >= GIST_CHARS:
                return rest
            break
    return line


# A long headline tells its news in its first clauses; the clauses after them add details,
# reactions and asides (某歌手深夜向前女友道歉！承认多次劈腿，“所有后果我一人承担”).  A line of
# more than GIST_OVER characters (letters and digits) ends at the clause break (，！？) where
# it has reached GIST_CHARS.
GIST_OVER = 24
GIST_CHARS = 12
_CLAUSE_BREAK = re.compile(r"[，,！!？?]")


def gist(line: str) -> str:
    """``line`` cut after its first clauses when it is long (see :data:`GIST_OVER`)."""
    if len(_DROP.sub("", line)) <= GIST_OVER:
        return line
    for m in _CLAUSE_BREAK.finditer(line):
        if len(_DROP.sub("", line[: m.start()])) >= GIST_CHARS:
            return line[: m.start()]
    return line


# One timeline, one script: the headlines and sentences of articles written in the other script
# (or mixing both) are converted to the script most of the story's articles are written in, so a
# traditional copy supports its simplified twin and a line reads like the others.
_SCRIPTS: dict[str, Callable[[str], str]] = {"zh-Hans": to_simplified, "zh-Hant": to_traditional}


def _one_script(articles: Sequence[_Article]) -> Callable[[str], str] | None:
    """Converts the headlines of ``articles`` not written in the story's script (the one more
    of them are written in; none on a tie) to it, and returns the converter (None: no script)."""
    counts = Counter(a.doc.article.script for a in articles if a.doc.article is not None)
    if counts["zh-Hans"] == counts["zh-Hant"]:
        return None
    script = "zh-Hans" if counts["zh-Hans"] > counts["zh-Hant"] else "zh-Hant"
    convert = _SCRIPTS[script]
    for a in articles:
        a.script = script
        if a.title and (a.doc.article is None or a.doc.article.script != script):
            a.title = convert(a.title)
    return convert


def _in_script(text: str, a: _Article, convert: Callable[[str], str] | None) -> str:
    """``text`` of article ``a`` in the story's script (see :func:`_one_script`)."""
    art = a.source_doc.article
    if convert is None or not text or (art is not None and art.script == a.script):
        return text
    return convert(text)


# ---- the timeline ---------------------------------------------------------------------------
def _entry(d: _Date, used: dict[int, list[Counter[str]]] | None = None) -> TimelineEntry:
    doc_ids: list[str] = []
    sources: list[str] = []
    for a in [*d.published, *d.followups, *(a for a, _ in d.referring)]:
        if a.doc.id not in doc_ids:
            doc_ids.append(a.doc.id)
            if a.source not in sources:
                sources.append(a.source)
    event_ids = []
    for e in d.events:
        if e.id and e.id not in event_ids:
            event_ids.append(e.id)
    return TimelineEntry(
        date=d.day,
        summary=_summary(d, used),
        event_ids=event_ids,
        doc_ids=doc_ids,
        sources=sources,
        by_report_date=not d.named and not any(_day(e.date) == d.day for e in d.events),
        score=d.score,
    )


def build_timeline(docs: Iterable[Document], n_dates: int | None = 10) -> list[TimelineEntry]:
    """The ``n_dates`` most important dates of one story, in date order (None: every date an
    article was published on or an event is dated to; with ``n_dates``, every date that counts
    at all competes, also one only referred to)."""
    docs = list(docs)
    by_id = {d.id: d for d in docs}
    articles = [
        a
        for a in (
            _article(doc, by_id.get(doc.duplicate_of) if doc.duplicate_of else None) for doc in docs
        )
        if a is not None
    ]
    articles.sort(key=lambda a: (a.date or "", a.doc.id))
    to_script = _one_script(articles)
    _discount_misdated(articles)
    _discount_told_later(articles)
    _discount_today_elsewhere(articles)
    _discount_copies(articles)
    _mark_echoes(articles)
    dates = _dates(articles)
    for d in dates.values():
        d.to_script = to_script
    if n_dates is None:
        chosen = [d for d in dates.values() if d.published or d.events]
    else:
        ranked = sorted(dates.values(), key=lambda d: (-d.score, -d.n_docs, d.day))
        chosen = ranked[: max(0, n_dates)]
    used: dict[int, list[Counter[str]]] = {}  # the headlines given so far, by day
    entries = [_entry(d, used) for d in sorted(chosen, key=lambda d: (-d.score, -d.n_docs, d.day))]
    return sorted(entries, key=lambda e: e.date)


# ---- lifecycles -----------------------------------------------------------------------------
#: Statuses of events that did not (yet) occur — what was planned, put off or called off (issue
#: 8's lifecycle) — most telling first.
LIFECYCLE_STATUSES = ("postponed", "cancelled", "planned")
#: The statuses of an event that gets an entry of its own when its date is not on the timeline:
#: a plan put off or called off, its planned date told in its status history (the date it did
#: not happen on, which few texts write).  A plan still standing or held is marked on the entry
#: of its date only: on the DTELS dev stories 1 of 25 dates of such plans (mostly told by one
#: report) is a gold date.
OWN_ENTRY_STATUSES = ("postponed", "cancelled")


def _plan_put_off(event: Mapping[str, Any]) -> bool:
    """Whether ``event`` is a plan put off or called off (:data:`OWN_ENTRY_STATUSES`) whose
    status history holds the plan for its date: a ``planned`` stage of the event's day."""
    history = event.get("status_history") or ()
    day = str(event.get("date") or "")[:10]
    return event.get("status") in OWN_ENTRY_STATUSES and any(
        h.get("status") == "planned" and str(h.get("date") or "")[:10] == day for h in history
    )


#: A timeline of N dates gets at most this share of N (at least one) lifecycle events that are
#: not on it already: on the entry of their date, or on an entry of their own.
LIFECYCLE_SHARE = 0.5


def has_lifecycle(event: Mapping[str, Any]) -> bool:
    """Whether ``event`` (a merged event: ``status``, ``status_history``) was planned: its status
    or a stage of its status history is one of :data:`LIFECYCLE_STATUSES` — the Budapest summit,
    planned and put off; the Alaska summit, planned and then held."""
    stages = [event.get("status"), *(h.get("status") for h in event.get("status_history") or ())]
    return any(s in LIFECYCLE_STATUSES for s in stages)


def lifecycle_order(event: Mapping[str, Any]) -> tuple[int, int]:
    """How telling ``event``'s lifecycle is, for sorting (smaller first): put off or called off
    before planned before held, then the longest status history first."""
    status = event.get("status")
    n = len(LIFECYCLE_STATUSES)
    rank = LIFECYCLE_STATUSES.index(status) if status in LIFECYCLE_STATUSES else n
    return rank, -len(event.get("status_history") or ())


def with_lifecycles(
    entries: list[dict[str, Any]], lifecycle: Iterable[Mapping[str, Any]], n_dates: int | None
) -> list[dict[str, Any]]:
    """The timeline with the story's lifecycle events on it, each entry with its status.

    ``entries`` are :meth:`TimelineEntry.to_dict` records, each with its merged ``events``
    (dicts: ``event_id``, ``summary``, ``date``, ``precision``, ``status``,
    ``status_history``); ``lifecycle`` the story's dated events with a lifecycle
    (:func:`has_lifecycle`), most telling first (:func:`lifecycle_order`).

    The timeline's dates are chosen by how much the reports stand behind them
    (:func:`build_timeline`); a date only inferred for an event that was planned and then put
    off — the Budapest summit, 2025-10-29, which no text writes — scores nothing and falls off.
    What was put off or called off matters to the story whatever that date's score: such an
    event not on the timeline yet is placed on the entry of its date, or on an entry of its own
    (``lifecycle``: True, its summary the event's) when its history tells the plan; a plan
    still standing or held joins the entry of its date when the date is on the timeline
    (:data:`OWN_ENTRY_STATUSES`); up to
    :data:`LIFECYCLE_SHARE` of ``n_dates`` of them.  The N dates stay as they are: an entry of
    its own comes on top.

    Every entry gets ``lifecycle`` (False for the N dates), and ``status`` and
    ``status_history``: those of its most telling event with a lifecycle (None and [] when it
    has none); its events with a lifecycle come first, most telling first.  Entries come back
    in date order.
    """
    placed = {e["event_id"] for entry in entries for e in entry["events"]}
    by_date = {entry["date"]: entry for entry in entries}
    for entry in entries:
        entry.setdefault("lifecycle", False)
    room = max(1, int(LIFECYCLE_SHARE * (n_dates if n_dates is not None else len(entries))))
    for ev in lifecycle:
        if ev["event_id"] in placed:
            continue
        if not room:
            break
        day = _day(str(ev.get("date") or "")[:10])
        found = by_date.get(day) if day is not None else None
        if day is None or (found is None and not _plan_put_off(ev)):
            continue
        room -= 1
        if found is not None:
            entry = found
        else:
            doc_id = ev.get("doc_id")
            entry = by_date[day] = {
                "date": day,
                "summary": ev.get("summary") or "",
                "event_ids": [],
                "doc_ids": [doc_id] if doc_id else [],
                "sources": [],
                "by_report_date": False,
                "score": 0.0,
                "lifecycle": True,
                "precision": ev.get("precision"),
                "events": [],
            }
            entries.append(entry)
        entry["events"].append({k: ev.get(k) for k in _EVENT_KEYS})
        entry["event_ids"].append(ev["event_id"])
        placed.add(ev["event_id"])
    for entry in entries:
        marked = sorted((e for e in entry["events"] if has_lifecycle(e)), key=lifecycle_order)
        entry["status"] = marked[0]["status"] if marked else None
        entry["status_history"] = list(marked[0].get("status_history") or ()) if marked else []
        if marked:  # the events with a lifecycle first, most telling first: a page shows a few
            ids = {id(e) for e in marked}
            entry["events"] = marked + [e for e in entry["events"] if id(e) not in ids]
            entry["event_ids"] = [e["event_id"] for e in entry["events"]]
    return sorted(entries, key=lambda entry: entry["date"])


_EVENT_KEYS = ("event_id", "summary", "date", "precision", "status", "status_history")
