"""Benchmark: story timelines (大事记) against the DTELS gold timelines.

Ingests ``../shared/bench/stories/dtels-dev/articles.jsonl`` into a temporary store (or reuses
``--db PATH``), groups the stored documents by their gold story (the first ``_``-field of the
record's ``doc_id``, which is the stored document's id — story clustering is not scored here),
builds each gold story's timeline with N = its number of distinct gold dates, and scores it
(``timeline_metrics``: date F1, agreement ROUGE-1/2 over characters) beside the article-title
baseline (the first title of each of the N busiest publication dates).

The weights of :mod:`dashiji.stories.timeline` were tuned on stories 76, 857, 869, 901, 956 and
checked on 812, 896, 904, 963: both halves and the mean over the nine are printed.

Usage::

    python bench/timelines.py [--db PATH] [--json OUT] [--check] [--verbose] [--diagnose]
                              [--swings]

``--check`` exits 1 when a mean falls below its floor in ``bench/floors.json`` (key
"timelines").  The table ends with where the two timelines' dates part, by half: how many dates
each lists alone, and how many of those are gold dates.  ``--diagnose`` prints, for each story
not ahead of the baseline, where the two timelines part: the gold dates one has and the other
misses (with the articles published that day, the date's rank in ours and whether any text
names it), the dates each adds that gold lacks, and per shared gold date the unigrams each
summary shares with gold; and for every story, why our dates part from gold
(``timeline_metrics.causes``: gold dates missed with no evidence, named only, tied at the cut,
of one report or several; dates listed next to a gold date, named only, of one report or
several), summed by half.  ``--swings`` prints, story by story, the articles that alone decide a
date (``timeline_metrics.swings``: left out, a date leaves the timeline and another comes) and
move date F1, and whether one article can change where the story stands against the baseline:
a lead or a tie that rests on one article is luck, not a lead (story 904's tie with the baseline
rests on a news digest's unrelated 8月11日: without it, 2020-08-11 leaves for 2021-02-16).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from _shared import shared_dir  # noqa: E402
from timeline_metrics import (  # noqa: E402
    MISSED_CAUSES,
    WRONG_CAUSES,
    ahead,
    causes,
    compare,
    gold_by_date,
    parted,
    score,
    swings,
    title_baseline,
    versus,
)

from dashiji.model import Document  # noqa: E402
from dashiji.stories.timeline import build_timeline  # noqa: E402

FLOORS_PATH = REPO / "bench" / "floors.json"
TUNE = ("76", "857", "869", "901", "956")
CHECK = ("812", "896", "904", "963")
METRICS = ("date_f1", "ar1", "ar2")


def story_of(doc_id: str) -> str:
    return doc_id.split("_", 1)[0]


def load_docs(articles: Path, db: Path | None) -> tuple[dict[str, list[Document]], float]:
    """The stored documents by gold story, ingesting first when the store lacks them; and the
    ingest time (0 when nothing was ingested)."""
    from dashiji.pipeline import ingest
    from dashiji.store import Store

    def read(store: Store) -> tuple[dict[str, list[Document]], float]:
        t0 = time.perf_counter()
        report = ingest([str(articles)], store)
        took = time.perf_counter() - t0 if report.stored or report.duplicates else 0.0
        by_story: dict[str, list[Document]] = defaultdict(list)
        for doc in store.iter_documents():
            by_story[story_of(doc.id)].append(doc)
        return dict(by_story), took

    if db is not None:
        with Store.open(db) as store:
            return read(store)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "dtels.db") as store:
        return read(store)


def run(
    db: Path | None = None, verbose: bool = False, diagnose: bool = False, swing: bool = False
) -> dict[str, Any]:
    base = shared_dir() / "bench" / "stories" / "dtels-dev"
    records = [json.loads(line) for line in (base / "articles.jsonl").open(encoding="utf-8")]
    gold = {
        str(g["id"]): g
        for g in map(json.loads, (base / "gold_timelines.jsonl").open(encoding="utf-8"))
    }
    by_story, ingest_s = load_docs(base / "articles.jsonl", db)
    stories: dict[str, Any] = {}
    build_s = 0.0
    for sid in sorted(gold, key=int):
        gd = gold_by_date(gold[sid]["timeline"])
        n = len(gd)
        docs = by_story.get(sid, [])
        t0 = time.perf_counter()
        entries = build_timeline(docs, n_dates=n)
        build_s += time.perf_counter() - t0
        ours = {e.date: e.summary for e in entries}
        recs = [r for r in records if str(r["timeline_id"]) == sid]
        base_tl = title_baseline(recs, n)
        s_ours, s_base = score(ours, gd), score(base_tl, gd)
        if diagnose and not ahead(s_ours, s_base):
            print_diagnosis(sid, entries, base_tl, gd, recs, docs)
        why = why_parted(entries, gd, recs, docs) if diagnose else None
        stories[sid] = {
            "articles": len(docs),
            "n": n,
            "ours": s_ours,
            "baseline": s_base,
            "versus": versus(s_ours, s_base),
            "ahead": ahead(s_ours, s_base),
            "parted": parted(ours, base_tl, gd),
        }
        if why is not None:
            stories[sid]["causes"] = why
        if swing:
            stories[sid]["swings"] = one_article_swings(docs, n, gd, s_base["date_f1"])
        if verbose:
            print(f"== story {sid}: {gold[sid]['title'].strip()} (N={n})")
            for e in entries:
                mark = "G" if e.date in gd else " "
                print(f"  {e.date} {mark} {e.summary}   [{len(e.doc_ids)} docs]")
                if e.date in gd:
                    print(f"             gold: {' / '.join(gd[e.date])}")
    halves = {
        name: {
            who: {m: statistics.mean(stories[s][who][m] for s in ids) for m in METRICS}
            for who in ("ours", "baseline")
        }
        for name, ids in (("tune", TUNE), ("check", CHECK), ("mean", TUNE + CHECK))
    }
    for name, ids in (("tune", TUNE), ("check", CHECK), ("mean", TUNE + CHECK)):
        halves[name]["parted"] = {
            k: sum(stories[s]["parted"][k] for s in ids) for k in stories[ids[0]]["parted"]
        }
        if diagnose:
            halves[name]["causes"] = {
                k: {c: sum(stories[s]["causes"][k][c] for s in ids) for c in classes}
                for k, classes in (("missed", MISSED_CAUSES), ("wrong", WRONG_CAUSES))
            }
    return {
        "stories": stories,
        "halves": halves,
        "ingest_s": ingest_s,
        "build_s": build_s,
        "ahead_everywhere": all(s["ahead"] for s in stories.values()),
    }


def one_article_swings(
    docs: list[Document], n: int, gd: dict[str, list[str]], baseline_f1: float
) -> list[dict[str, Any]]:
    """The articles of a story that alone move its timeline's date F1 (``timeline_metrics.
    swings``), each with its headline and date and where the story would stand against the
    baseline's date F1 without it (``+``, ``=``, ``-``)."""
    title = {d.id: (d.article.title if d.article else "") or "" for d in docs}
    day = {d.id: (d.article.published if d.article else "") or "" for d in docs}
    moved = swings(
        lambda ds: [e.date for e in build_timeline(ds, n_dates=n)], docs, [d.id for d in docs], gd
    )
    return [
        {
            **m,
            "title": title[m["id"]],
            "published": day[m["id"]][:10],
            "versus": "+" if m["f1"] > baseline_f1 else "=" if m["f1"] == baseline_f1 else "-",
        }
        for m in moved
        if m["delta"]
    ]


def _marked(days: list[tuple[str, bool]]) -> str:
    return " ".join(f"{d}{' G' if g else ''}" for d, g in days) or "-"


def print_swings(r: dict[str, Any]) -> None:
    """Per story, the articles that alone move date F1 (see :func:`one_article_swings`): up to
    three whose absence raises it, then those whose absence lowers it, five at most."""
    print("\narticles that alone move a story's date F1 (left out: dates that leave -> enter):")
    for sid, s in r["stories"].items():
        sw = s["swings"]
        flips = [m for m in sw if m["versus"] != s["versus"]["date_f1"]]
        print(
            f"  {sid}: {len(sw)} article(s) move date F1 {s['ours']['date_f1']:.3f}; "
            f"{len(flips)} change where it stands against the baseline "
            f"({s['versus']['date_f1']} at {s['baseline']['date_f1']:.3f})"
        )
        up = [m for m in sw if m["delta"] > 0][:3]
        down = [m for m in sw if m["delta"] < 0][: 5 - len(up)]
        for m in up + down:
            print(
                f"    {m['id']} ({m['published']}) {m['title'][:30]}: {_marked(m['leave'])} -> "
                f"{_marked(m['enter'])}; date F1 {m['f1']:.3f} ({m['versus']})"
            )


def why_parted(
    entries: list[Any], gd: dict[str, list[str]], recs: list[dict[str, Any]], docs: list[Document]
) -> dict[str, dict[str, int]]:
    """Why our timeline of a story misses the gold dates it misses and lists the dates gold lacks
    (``timeline_metrics.causes``): every date we score, ranked, and the articles of each day."""
    every = build_timeline(docs, n_dates=sys.maxsize)  # every date that counts at all
    ranked = sorted(((e.date, e.score) for e in every), key=lambda x: -x[1])
    per_day: dict[str, int] = defaultdict(int)
    for rec in recs:
        per_day[str(rec.get("publish_date") or "")[:10]] += 1
    return causes([e.date for e in entries], ranked, gd, per_day)


def print_diagnosis(
    sid: str,
    entries: list[Any],
    base_tl: dict[str, str],
    gd: dict[str, list[str]],
    recs: list[dict[str, Any]],
    docs: list[Document],
) -> None:
    """Where our timeline of ``sid`` and the baseline's part (see the module docstring)."""
    ours = {e.date: e.summary for e in entries}
    c = compare(ours, base_tl, gd)
    ranked = sorted(build_timeline(docs, n_dates=None), key=lambda e: -e.score)
    rank = {e.date: (i + 1, e.score, e.by_report_date) for i, e in enumerate(ranked)}
    per_day: dict[str, int] = defaultdict(int)
    for rec in recs:
        per_day[str(rec.get("publish_date") or "")[:10]] += 1

    def where(d: str) -> str:
        r = rank.get(d)
        named = "; named by no text" if r and r[2] else ""
        at = f"our rank {r[0]}, score {r[1]:.2f}{named}" if r else "not a date of ours"
        return f"{d} ({per_day.get(d, 0)} published; {at})"

    (po, ro), (pb, rb) = c["ar1"]["ours"], c["ar1"]["theirs"]
    print(
        f"== story {sid}: N={len(gd)}; AR-1 P/R ours {po:.3f}/{ro:.3f}, baseline {pb:.3f}/{rb:.3f}"
    )
    print("  gold dates only the baseline has:", "; ".join(map(where, c["only_theirs"])) or "-")
    print("  gold dates only we have:", "; ".join(map(where, c["only_ours"])) or "-")
    for who, key in (("we list", "wrong_ours"), ("the baseline lists", "wrong_theirs")):
        spent = c[key]
        print(
            f"  dates {who} that gold lacks ({sum(spent.values())} unigrams):",
            "; ".join(f"{d} ({n})" for d, n in spent.items()) or "-",
        )
    worse = {d: v for d, v in c["shared"].items() if v["ours"] < v["theirs"]}
    print(
        f"  shared gold dates: {len(c['shared'])}; unigrams shared with gold, ours "
        f"{sum(v['ours'] for v in c['shared'].values())} vs baseline "
        f"{sum(v['theirs'] for v in c['shared'].values())}; ours fewer on:"
    )
    for d, v in worse.items():
        print(f"    {d} ours {v['ours']} / baseline {v['theirs']} / gold {v['gold']}: {ours[d]}")


def print_table(r: dict[str, Any]) -> None:
    head = (
        f"{'story':<8}{'N':>4}{'docs':>6}   "
        + "  ".join(f"{m:>7}" for m in ("F1", "AR-1", "AR-2"))
        + "   |  baseline F1   AR-1   AR-2  | ahead F1 AR-1"
    )
    print(head)
    print("-" * len(head))

    def row(label: str, n: str, docs: str, ours: dict[str, float], base: dict[str, float]) -> None:
        vs = versus(ours, base)
        print(
            f"{label:<8}{n:>4}{docs:>6}   "
            + "  ".join(f"{ours[m]:7.3f}" for m in METRICS)
            + "   |  "
            + "  ".join(f"{base[m]:6.3f}" for m in METRICS)
            + f"  |  {vs['date_f1']:>5} {vs['ar1']:>4}"
        )

    for sid, s in r["stories"].items():
        half = "t" if sid in TUNE else "c"
        row(f"{sid} {half}", str(s["n"]), str(s["articles"]), s["ours"], s["baseline"])
    print("-" * len(head))
    for name, h in r["halves"].items():
        row(name, "", "", h["ours"], h["baseline"])
    print(
        "\nwhere the two part (dates one lists and the other does not; of them gold):\n"
        + "\n".join(
            f"  {name:<6} we alone {p['ours']:3d} ({p['ours_gold']:3d} gold), "
            f"the baseline alone {p['theirs']:3d} ({p['theirs_gold']:3d} gold)"
            for name, p in ((n, h["parted"]) for n, h in r["halves"].items())
        )
    )
    if "causes" in r["halves"]["mean"]:
        print("\nwhy our dates part from gold (gold dates we miss; dates we list that gold lacks):")
        for name, h in r["halves"].items():
            c = h["causes"]
            for k in ("missed", "wrong"):
                print(
                    f"  {name:<6} {k:<7} {sum(c[k].values()):3d}: "
                    + ", ".join(f"{cls} {n}" for cls, n in c[k].items())
                )
    behind = {
        m: [sid for sid, s in r["stories"].items() if s["versus"][m] != "+"]
        for m in ("date_f1", "ar1")
    }
    print(
        f"\nahead of the baseline on every story (date F1 >, AR-1 >): {r['ahead_everywhere']}"
        + "".join(
            f"; {label} not ahead on {' '.join(behind[m])}"
            for m, label in (("date_f1", "date F1"), ("ar1", "AR-1"))
            if behind[m]
        )
        + f"\ntimelines built in {r['build_s']:.2f} s"
        + (f"; ingest {r['ingest_s']:.0f} s" if r["ingest_s"] else "")
    )


def check(r: dict[str, Any]) -> list[str]:
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))["timelines"]
    got = {
        "mean_date_f1": r["halves"]["mean"]["ours"]["date_f1"],
        "mean_ar1": r["halves"]["mean"]["ours"]["ar1"],
        "mean_ar2": r["halves"]["mean"]["ours"]["ar2"],
    }
    return [
        f"{k} {got[k]:.3f} < floor {v}"
        for k, v in floors.items()
        if not k.startswith("_") and got[k] < v
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", type=Path, help="a store to reuse (ingested into when incomplete)")
    ap.add_argument("--json", type=Path, help="write the results as JSON")
    ap.add_argument("--check", action="store_true", help="exit 1 below the floors")
    ap.add_argument("--verbose", action="store_true", help="print every timeline beside the gold")
    ap.add_argument(
        "--diagnose", action="store_true", help="where the stories not ahead part from the baseline"
    )
    ap.add_argument(
        "--swings", action="store_true", help="the articles that alone move a story's date F1"
    )
    a = ap.parse_args()
    r = run(a.db, a.verbose, a.diagnose, a.swings)
    print_table(r)
    if a.swings:
        print_swings(r)
    if a.json:
        a.json.write_text(json.dumps(r, ensure_ascii=False, indent=2), encoding="utf-8")
    if a.check:
        failures = check(r)
        for f in failures:
            print("BELOW FLOOR:", f)
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
