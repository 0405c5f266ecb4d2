"""Scoring a story's timeline against a gold timeline (the classic offline timeline-summarisation
metrics, as in the ``tilse`` toolkit; ``../shared/bench/stories/dtels-dev/README.md``).

* :func:`date_f1` — F1 of the set of system dates against the set of gold dates.
* :func:`agreement_rouge` — agreement ROUGE-n F over characters: the n-grams of each summary
  (punctuation and white space removed), an overlap counted only between the system summary and
  the gold summaries of the *same* date; precision over all system n-grams, recall over all gold
  n-grams.  A date's several summaries are read as one text, joined in their order (this is how
  the README's baseline scores, 0.617 / 0.339 / 0.285, were computed).
* :func:`title_baseline` — for the N dates with most articles, the title of the first article of
  that date.
* :func:`compare` — where two timelines of one story part: the dates each has right that the other
  misses, the dates each adds that gold lacks, and, date by date, the unigrams each shares with
  gold (``bench/timelines.py --diagnose``).
* :func:`parted` — how many dates each of two timelines lists that the other does not, and how
  many of those are gold dates: where they part, whose choice is right (``bench/timelines.py``
  sums it by half).
* :func:`causes` — why a timeline misses the gold dates it misses and lists the dates gold lacks,
  date by date, in a few classes (no evidence, named only, one report, a tie at the cut, next
  to a gold date…): ``bench/timelines.py --diagnose`` sums them by half.
* :func:`swings` — the articles that one by one decide a date of a timeline: leave one out and
  a date leaves, another comes, and date F1 moves (``bench/timelines.py --swings``): a lead
  over the baseline, or a tie, that rests on one article is no lead.
* :func:`versus` — whether a story's timeline is ahead of the baseline's (``+``), level (``=``)
  or behind (``-``) on date F1 and AR-1: the target is *ahead* on both, story by story.

Pure functions, no dashiji import: ``bench/stories.py`` and ``bench/timelines.py`` share them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any


def _kept(ch: str) -> bool:
    """A letter, a digit or a combining mark: punctuation, symbols (“…”, ～, emoji), spaces and
    line breaks go."""
    return unicodedata.category(ch)[0] in "LNM"


def clean(text: str) -> str:
    """``text`` without punctuation, symbols and white space."""
    return "".join(ch for ch in text if _kept(ch))


def char_ngrams(text: str, n: int) -> Counter[str]:
    """The character n-grams of ``text`` once punctuation and white space are removed."""
    t = clean(text)
    return Counter(t[i : i + n] for i in range(len(t) - n + 1))


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def date_prf(system_dates: Iterable[str], gold_dates: Iterable[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the set of system dates against the set of gold dates."""
    s, g = set(system_dates), set(gold_dates)
    if not s or not g:
        return 0.0, 0.0, 0.0
    hit = len(s & g)
    p, r = hit / len(s), hit / len(g)
    return p, r, f1(p, r)


def date_f1(system_dates: Iterable[str], gold_dates: Iterable[str]) -> float:
    """F1 of the set of system dates against the set of gold dates (0 when either is empty)."""
    return date_prf(system_dates, gold_dates)[2]


def _joined(summaries: Iterable[str], n: int) -> Counter[str]:
    return char_ngrams("".join(clean(s) for s in summaries), n)


def agreement_rouge_prf(
    system: Mapping[str, str | Sequence[str]],
    gold: Mapping[str, str | Sequence[str]],
    n: int,
) -> tuple[float, float, float]:
    """Agreement ROUGE-n precision, recall and F over characters.

    ``system`` and ``gold`` map a date to its summary or list of summaries (a list is read as
    one text, its summaries joined).  The overlap of a date is the clipped count of n-grams the
    system summary shares with that date's gold summaries; precision divides the summed overlap
    by every system n-gram, recall by every gold n-gram."""

    def as_list(v: str | Sequence[str]) -> Sequence[str]:
        return [v] if isinstance(v, str) else v

    sys_grams = {d: _joined(as_list(v), n) for d, v in system.items()}
    gold_grams = {d: _joined(as_list(v), n) for d, v in gold.items()}
    total_sys = sum(sum(c.values()) for c in sys_grams.values())
    total_gold = sum(sum(c.values()) for c in gold_grams.values())
    overlap = sum(
        sum((grams & gold_grams[d]).values()) for d, grams in sys_grams.items() if d in gold_grams
    )
    p = overlap / total_sys if total_sys else 0.0
    r = overlap / total_gold if total_gold else 0.0
    return p, r, f1(p, r)


def agreement_rouge(
    system: Mapping[str, str | Sequence[str]],
    gold: Mapping[str, str | Sequence[str]],
    n: int,
) -> float:
    """Agreement ROUGE-n F over characters (see :func:`agreement_rouge_prf`)."""
    return agreement_rouge_prf(system, gold, n)[2]


def title_baseline(articles: Sequence[Mapping[str, Any]], n: int) -> dict[str, str]:
    """The article-title baseline: for the ``n`` dates with most articles (ties: the earlier
    date), the title of the first article (in the given order) published that date.

    ``articles`` are records with ``publish_date`` (or ``date``) and ``title``."""
    count: Counter[str] = Counter()
    first: dict[str, str] = {}
    for a in articles:
        d = str(a.get("publish_date") or a.get("date") or "")[:10]
        if not d:
            continue
        count[d] += 1
        first.setdefault(d, str(a.get("title") or ""))
    top = sorted(count, key=lambda d: (-count[d], d))[:n]
    return {d: first[d] for d in sorted(top)}


def gold_by_date(timeline: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """A gold timeline's nodes (``time`` ``YYYY-MM-DDT…``, ``summary``) as date → summaries."""
    out: dict[str, list[str]] = defaultdict(list)
    for node in timeline:
        out[str(node["time"])[:10]].append(str(node["summary"]))
    return dict(out)


def score(system: Mapping[str, str], gold: Mapping[str, Sequence[str]]) -> dict[str, float]:
    """Date F1, AR-1 and AR-2 of one story's timeline."""
    return {
        "date_f1": date_f1(system, gold),
        "ar1": agreement_rouge(system, gold, 1),
        "ar2": agreement_rouge(system, gold, 2),
    }


AHEAD_METRICS = ("date_f1", "ar1")


def versus(ours: Mapping[str, float], baseline: Mapping[str, float]) -> dict[str, str]:
    """Per metric of :data:`AHEAD_METRICS`: ``+`` when ours is higher than the baseline's, ``=``
    when the two are equal (to 1e-9), ``-`` when ours is lower."""
    out = {}
    for m in AHEAD_METRICS:
        d = ours[m] - baseline[m]
        out[m] = "=" if abs(d) < 1e-9 else ("+" if d > 0 else "-")
    return out


def ahead(ours: Mapping[str, float], baseline: Mapping[str, float]) -> bool:
    """Ours is strictly ahead of the baseline on date F1 and on AR-1."""
    return all(v == "+" for v in versus(ours, baseline).values())


def overlap(summary: str | Sequence[str], gold_summaries: Sequence[str], n: int = 1) -> int:
    """The clipped count of character n-grams ``summary`` shares with ``gold_summaries``."""
    mine = _joined([summary] if isinstance(summary, str) else summary, n)
    return sum((mine & _joined(gold_summaries, n)).values())


def size(summary: str | Sequence[str], n: int = 1) -> int:
    """The number of character n-grams of ``summary``."""
    return sum(_joined([summary] if isinstance(summary, str) else summary, n).values())


def compare(
    ours: Mapping[str, str], theirs: Mapping[str, str], gold: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    """Where ``ours`` and ``theirs`` (date → summary) part against ``gold`` (date → summaries).

    ``only_ours`` / ``only_theirs``: the gold dates one has and the other lacks; ``wrong_ours`` /
    ``wrong_theirs``: the dates one lists that gold lacks, with the unigrams spent on them;
    ``shared``: per gold date both list, the unigrams each shares with gold (``ours``, ``theirs``)
    and gold's own count; ``ar1``: (precision, recall) of each."""

    def wrong(tl: Mapping[str, str]) -> dict[str, int]:
        return {d: size(s) for d, s in sorted(tl.items()) if d not in gold}

    return {
        "only_ours": sorted(d for d in ours if d in gold and d not in theirs),
        "only_theirs": sorted(d for d in theirs if d in gold and d not in ours),
        "wrong_ours": wrong(ours),
        "wrong_theirs": wrong(theirs),
        "shared": {
            d: {
                "ours": overlap(ours[d], gold[d]),
                "theirs": overlap(theirs[d], gold[d]),
                "gold": size(gold[d]),
            }
            for d in sorted(ours)
            if d in gold and d in theirs
        },
        "ar1": {
            "ours": agreement_rouge_prf(ours, gold, 1)[:2],
            "theirs": agreement_rouge_prf(theirs, gold, 1)[:2],
        },
    }


def parted(ours: Iterable[str], theirs: Iterable[str], gold: Iterable[str]) -> dict[str, int]:
    """Where two timelines' dates part: ``ours`` / ``theirs`` — the dates one lists and the other
    does not; ``ours_gold`` / ``theirs_gold`` — how many of those are gold dates.

    Two timelines of N dates each part on as many dates on each side; the one whose dates
    alone are more often gold has the higher date F1, by the difference."""
    o, t, g = set(ours), set(theirs), set(gold)
    return {
        "ours": len(o - t),
        "ours_gold": len((o - t) & g),
        "theirs": len(t - o),
        "theirs_gold": len((t - o) & g),
    }


def swings(
    dates_of: Callable[[Sequence[Any]], Iterable[str]],
    items: Sequence[Any],
    ids: Sequence[str],
    gold: Iterable[str],
) -> list[dict[str, Any]]:
    """The items (articles) whose absence alone changes the dates a timeline chooses.

    ``dates_of`` builds the timeline of some items and returns its dates; ``ids`` names each
    item.  For each item left out in turn: ``id``, the dates that ``leave`` and the dates that
    ``enter``, each as (date, whether gold), and ``f1`` (the date F1 without it) and ``delta``
    (that minus the date F1 with every item).  Only items that move a date, the largest change
    of date F1 first, then in the order of ``items``."""
    g = set(gold)
    whole = set(dates_of(items))
    base = date_f1(whole, g)
    out = []
    for i, item_id in enumerate(ids):
        without = set(dates_of([x for j, x in enumerate(items) if j != i]))
        if without == whole:
            continue
        f = date_f1(without, g)
        out.append(
            {
                "id": item_id,
                "leave": [(d, d in g) for d in sorted(whole - without)],
                "enter": [(d, d in g) for d in sorted(without - whole)],
                "f1": f,
                "delta": f - base,
            }
        )
    return sorted(out, key=lambda s: -abs(s["delta"]))


#: The classes of :func:`causes`, in print order.
MISSED_CAUSES = ("no evidence", "named only", "tie at the cut", "one report", "several reports")
WRONG_CAUSES = (
    "next to a gold date listed",
    "next to a gold date missed",
    "named only",
    "one report",
    "several reports",
)


def _next_to(day: str, others: Iterable[str]) -> bool:
    d = date.fromisoformat(day)
    return any((d + timedelta(days=k)).isoformat() in others for k in (-1, 1))


def causes(
    ours: Iterable[str],
    ranked: Sequence[tuple[str, float]],
    gold: Iterable[str],
    published: Mapping[str, int],
) -> dict[str, dict[str, int]]:
    """Why a timeline's dates part from gold, date by date, counted by class.

    ``ours``: the dates the timeline lists (its top N); ``ranked``: every date the system
    scored, (date, score) best first; ``published``: the number of articles published on each
    date.  A gold date missed is *no evidence* (not a date the system scored: no article that
    day, no text naming it), *named only* (no article published that day: only texts naming
    it), a *tie at the cut* (as high a score as the last date listed), or a date of *one
    report* or *several reports*.  A date listed that gold lacks is *next to a gold date
    listed* (the day before or after one: a day of news and the day of its reports), *next to
    a gold date missed*, or *named only*, *one report*, *several reports* as above.
    ``missed`` and ``wrong`` map each class (:data:`MISSED_CAUSES`, :data:`WRONG_CAUSES`) to
    its count."""
    mine, g = set(ours), set(gold)
    score = dict(ranked)
    cut = min((score[d] for d in mine if d in score), default=float("-inf"))
    missed = dict.fromkeys(MISSED_CAUSES, 0)
    for d in g - mine:
        if d not in score:
            missed["no evidence"] += 1
        elif not published.get(d):
            missed["named only"] += 1
        elif abs(score[d] - cut) < 1e-9:
            missed["tie at the cut"] += 1
        else:
            missed["one report" if published[d] == 1 else "several reports"] += 1
    wrong = dict.fromkeys(WRONG_CAUSES, 0)
    for d in mine - g:
        if _next_to(d, g & mine):
            wrong["next to a gold date listed"] += 1
        elif _next_to(d, g - mine):
            wrong["next to a gold date missed"] += 1
        elif not published.get(d):
            wrong["named only"] += 1
        else:
            wrong["one report" if published[d] == 1 else "several reports"] += 1
    return {"missed": missed, "wrong": wrong}
