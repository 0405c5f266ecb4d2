"""Benchmark: events in everyday Chinese news.

One table:

* **news-dev** — recall and precision on ``../shared/gold/events.news-dev.jsonl`` (200 hand-labelled
  sentences of everyday news), scored by the rule of its ``.md``: a required gold event is found
  when a predicted event of the same sentence has the same PLOVER type (when the gold has one) or
  the same DuEE type (when the gold has one), and names every ``must`` item — for a PLOVER gold
  event each country code among the predicted actors' countries, for a news-only one each string
  inside one of the predicted actor or argument texts.  Precision: predicted events that match any
  gold event of their sentence (required or not) over all predicted events; an event predicted on
  a negative sentence is false unless it is hypothetical.  By family (political = gold with a
  PLOVER type; news-only) and by half (even / odd sentence number: tune on one, check on the
  other).  Each sentence is coded alone, as a JSONL record with its ``ref_date``.
* **DuEE** — sentence-level type P/R/F1 on ``../shared/bench/events/duee1.0-train`` (a fixed
  sample, or all with ``--duee-all``): the set of DuEE types predicted for a sentence against its
  gold types, micro-averaged over (sentence, type) pairs; both halves.
  Beside it, argument P/R/F1 over the events whose type is right (a predicted role and text
  match a gold argument of that role when one text holds the other; 时间 left out).
* **DTELS** — events per article on the 642 DTELS dev articles of ``../shared/bench/stories``
  (``content`` with the article's ``publish_date``; low-quality articles included).
* **seeds** — recall and precision on the two seed commentaries (``bench/events.py``'s scoring).
* **speed** — annotate + code articles/s on one core over the DTELS articles, default settings.

Usage::

    python bench/events_news.py [--duee-sample 3000] [--duee-all] [--json OUT] [--check]
                                [--verbose] [--skip dtels,seeds,speed,duee]

``--check`` exits 1 when a score falls below its floor in ``bench/floors.json`` (key
"events_news").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from _shared import shared_dir  # noqa: E402

from dashiji.events.model import EVENT_LAYER, Event  # noqa: E402
from dashiji.model import Document  # noqa: E402

FLOORS_PATH = REPO / "bench" / "floors.json"
DUEE_SEED = 20261203


# ---- running the pipeline ------------------------------------------------------------------------
def code_records(records: list[dict[str, Any]], statistical: bool | None = None) -> list[Document]:
    """Read, extract, normalise, annotate and code JSONL records, in-process, in order."""
    from dashiji.pipeline import annotate_documents

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kwargs: dict[str, Any] = {"events": True}
        if statistical is not None:
            kwargs["statistical"] = statistical
        return list(annotate_documents([str(path)], **kwargs))


def events_of(doc: Document) -> list[Event]:
    return [Event.from_span(s) for s in doc.spans_of(EVENT_LAYER)]


# ---- news-dev -----------------------------------------------------------------------------------
def found(g: dict[str, Any], e: Event) -> bool:
    type_ok = (g["plover"] is not None and g["plover"] == e.type) or (
        g["news"] is not None and g["news"] == e.news_type
    )
    if not type_ok:
        return False
    if g["plover"] is not None:
        return all(code in e.countries for code in g["must"])
    texts = [a.name for a in e.actors] + [a.text for a in e.arguments]
    return all(any(s in t for t in texts) for s in g["must"])


def date_right(g: dict[str, Any], e: Event) -> bool:
    """Exact day, or the same month for a ``YYYY-MM`` gold date."""
    return bool(g["date"] and e.date and e.date[: len(g["date"])] == g["date"])


def score_dev(gold: list[dict[str, Any]], predicted: dict[str, list[Event]]) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for half in ("all", "even", "odd"):
        sel = [g for g in gold if half == "all" or (int(g["id"][1:]) % 2 == 0) == (half == "even")]
        req = {"all": 0, "political": 0, "news": 0}
        hit = {"all": 0, "political": 0, "news": 0}
        n_pred = n_ok = 0
        dated = dated_ok = 0
        for g in sel:
            evs = predicted.get(g["id"], [])
            for ge in g["events"]:
                if not ge["required"]:
                    continue
                fam = "political" if ge["plover"] else "news"
                req["all"] += 1
                req[fam] += 1
                matching = [e for e in evs if found(ge, e)]
                # the date is scored on the best of the matching events (two arrests of one
                # sentence on two days are two events)
                match = next((e for e in matching if date_right(ge, e)), None) or next(
                    iter(matching), None
                )
                if match is not None:
                    hit["all"] += 1
                    hit[fam] += 1
                    if ge["date"]:
                        dated += 1
                        dated_ok += date_right(ge, match)
            for e in evs:
                n_pred += 1
                if not g["events"]:
                    n_ok += e.modality == "hypothetical"
                else:
                    n_ok += any(found(ge, e) for ge in g["events"])
        rows[half] = {
            "recall": hit["all"] / req["all"] if req["all"] else 0.0,
            "recall_political": hit["political"] / req["political"] if req["political"] else 0.0,
            "recall_news": hit["news"] / req["news"] if req["news"] else 0.0,
            "precision": n_ok / n_pred if n_pred else 0.0,
            "required": req["all"],
            "found": hit["all"],
            "predicted": n_pred,
            "correct": n_ok,
            "date_accuracy": dated_ok / dated if dated else 0.0,
        }
    return rows


def run_dev(shared: Path, verbose: bool) -> dict[str, Any]:
    gold = [
        json.loads(x) for x in (shared / "gold" / "events.news-dev.jsonl").open(encoding="utf-8")
    ]
    recs = [{"id": g["id"], "text": g["text"], "date": g["ref_date"]} for g in gold]
    docs = code_records(recs)
    predicted = {d.id: events_of(d) for d in docs}
    rows = score_dev(gold, predicted)
    if verbose:
        for g in gold:
            evs = predicted.get(g["id"], [])
            miss = [
                ge for ge in g["events"] if ge["required"] and not any(found(ge, e) for e in evs)
            ]
            wrong = [e for e in evs if not any(found(ge, e) for ge in g["events"])]
            if not g["events"]:
                wrong = [e for e in wrong if e.modality != "hypothetical"]
            if miss or wrong:
                print(f"\n{g['id']} {g['text'][:120]}")
                for ge in miss:
                    print(f"  MISS {ge['plover']}/{ge['news']} {ge['must']} {ge['date']}")
                for e in wrong:
                    print(f"  FALSE {_describe(e)}")
    return rows


def _describe(e: Event) -> str:
    acts = ",".join(f"{a.name}:{a.country}:{a.side[0]}" for a in e.actors)
    args = ",".join(f"{a.role}={a.text}" for a in e.arguments)
    return (
        f"{e.type}/{e.news_type} [{e.trigger}] actors={acts} args={args} "
        f"{e.date} {e.status} {e.modality}"
    )


# ---- DuEE ---------------------------------------------------------------------------------------
def run_duee(shared: Path, sample: int | None, verbose: bool) -> dict[str, Any]:
    path = shared / "bench" / "events" / "duee1.0-train" / "train.jsonl"
    rows = [json.loads(x) for x in path.open(encoding="utf-8")]
    indexed = list(enumerate(rows))
    if sample is not None and sample < len(indexed):
        rng = random.Random(DUEE_SEED)
        indexed = sorted(rng.sample(indexed, sample))
    recs = [{"id": f"duee{i}", "text": r["text"]} for i, r in indexed]
    docs = code_records(recs)
    pred = {d.id: {e.news_type for e in events_of(d) if e.news_type} for d in docs}
    out: dict[str, Any] = {"sentences": len(indexed)}
    out["arguments"] = duee_arguments(indexed, {d.id: events_of(d) for d in docs}, verbose)
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    # (predicted type, the gold type it stands in for) of each false positive, by half: a type
    # predicted where the sentence's gold has none left unfound is "-", one where it has several
    # the first of them; and each missed gold type with "-" as prediction
    confusion: dict[str, Counter[tuple[str, str]]] = {"even": Counter(), "odd": Counter()}
    for half in ("all", "even", "odd"):
        tp = fp = fn = 0
        for i, r in indexed:
            if half != "all" and (i % 2 == 0) != (half == "even"):
                continue
            gold = {ev["event_type"] for ev in r["event_list"]}
            got = pred.get(f"duee{i}", set())
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
            if half != "all" and verbose:
                missed = sorted(gold - got)
                for t in got - gold:
                    confusion[half][(t, missed[0] if missed else "-")] += 1
                if not got - gold:
                    for t in missed:
                        confusion[half][("-", t)] += 1
            if half == "all":
                for t in gold & got:
                    per_type[t]["tp"] += 1
                for t in got - gold:
                    per_type[t]["fp"] += 1
                for t in gold - got:
                    per_type[t]["fn"] += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        rr = tp / (tp + fn) if tp + fn else 0.0
        out[half] = {"precision": p, "recall": rr, "f1": 2 * p * rr / (p + rr) if p + rr else 0.0}
    if verbose:
        print("\nDuEE per type (worst F1 first):")
        scored = []
        for t, c in per_type.items():
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            scored.append((f, t, p, r, c["tp"] + c["fn"]))
        for f, t, p, r, n in sorted(scored)[:20]:
            print(f"  {t:<16} F1 {f:.2f}  P {p:.2f}  R {r:.2f}  n={n}")
        for half in ("even", "odd"):
            print(f"\nDuEE confusion, {half} half (predicted -> gold left unfound; - = none):")
            wrong = [(k, v) for k, v in confusion[half].most_common() if k[0] != "-"][:15]
            for (t, g), v in wrong:
                print(f"  {v:4d}  {t:<16} -> {g}")
            print(f"  missed with no wrong type beside them ({half}):")
            missed = [(k, v) for k, v in confusion[half].most_common() if k[0] == "-"][:10]
            for (_, g), v in missed:
                print(f"  {v:4d}  {g}")
    return out


def duee_arguments(
    indexed: list[tuple[int, dict[str, Any]]],
    events: dict[str, list[Event]],
    verbose: bool = False,
) -> dict[str, Any]:
    """Argument P/R/F1 over the events whose DuEE type is right: a predicted (role, text) is
    right when a gold argument of that role holds it or is held by it (时间 left out: dates are
    scored on news-dev).  All, and by half (even / odd sentence index).  With ``verbose``, a
    per-role table: gold arguments missed, predicted ones wrong — of these, how many name a gold
    argument of another role of the event (a role confusion) rather than no gold argument."""
    counts: dict[str, Counter[str]] = {h: Counter() for h in ("all", "even", "odd")}
    per_role: dict[str, Counter[str]] = defaultdict(Counter)

    def hit(x: tuple[str, str], pool: set[tuple[str, str]]) -> bool:
        return any(x[0] == y[0] and (x[1] in y[1] or y[1] in x[1]) for y in pool)

    for i, r in indexed:
        half = "even" if i % 2 == 0 else "odd"
        for ge in r["event_list"]:
            typed = [e for e in events.get(f"duee{i}", []) if e.news_type == ge["event_type"]]
            if not typed:
                continue
            gold = {(a["role"], a["argument"]) for a in ge["arguments"] if a["role"] != "时间"}
            got = {(a.role, a.text) for a in typed[0].arguments if a.role != "时间"}
            for h in ("all", half):
                counts[h]["tp"] += sum(hit(g, got) for g in gold)
                counts[h]["fn"] += sum(not hit(g, got) for g in gold)
                counts[h]["fp"] += sum(not hit(p, gold) for p in got)
            if verbose:
                t = ge["event_type"].split("-")[-1]
                for g in gold:
                    per_role[f"{t}:{g[0]}"]["gold"] += 1
                    per_role[f"{t}:{g[0]}"]["tp" if hit(g, got) else "fn"] += 1
                for p in got:
                    if not hit(p, gold):
                        per_role[f"{t}:{p[0]}"]["fp"] += 1
                        other = any(p[1] in y[1] or y[1] in p[1] for y in gold)
                        per_role[f"{t}:{p[0]}"]["fp_other_role" if other else "fp_no_gold"] += 1
    out: dict[str, Any] = {}
    for h, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r_ = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        row = {"precision": p, "recall": r_, "f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0}
        if h == "all":
            out.update(row)
        else:
            out[h] = row
    if verbose:
        print("\nDuEE arguments per type:role (most missed + wrong first; typed events only):")
        print(f"  {'type:role':<22} {'gold':>5} {'tp':>5} {'miss':>5} {'wrong':>5} "
              f"{'other-role':>10} {'no-gold':>8}")  # fmt: skip
        ranked = sorted(per_role.items(), key=lambda kv: -(kv[1]["fn"] + kv[1]["fp"]))
        for key, c in ranked[:40]:
            print(f"  {key:<22} {c['gold']:>5} {c['tp']:>5} {c['fn']:>5} {c['fp']:>5} "
                  f"{c['fp_other_role']:>10} {c['fp_no_gold']:>8}")  # fmt: skip
    return out


# ---- DTELS --------------------------------------------------------------------------------------
def dtels_records(shared: Path) -> list[dict[str, Any]]:
    path = shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    out = []
    for line in path.open(encoding="utf-8"):
        a = json.loads(line)
        out.append({"id": a["doc_id"], "text": a["content"], "date": a["publish_date"]})
    return out


def run_dtels(shared: Path) -> dict[str, Any]:
    recs = dtels_records(shared)
    docs = code_records(recs)
    counts = [len(d.spans_of(EVENT_LAYER)) for d in docs]
    news = sum(1 for d in docs for e in events_of(d) if e.news_type)
    return {
        "articles": len(docs),
        "events_per_article": sum(counts) / len(docs) if docs else 0.0,
        "news_typed_per_article": news / len(docs) if docs else 0.0,
        "with_events": sum(1 for c in counts if c) / len(docs) if docs else 0.0,
    }


# ---- seeds --------------------------------------------------------------------------------------
def run_seeds(shared: Path) -> dict[str, Any]:
    import events as seed_bench  # bench/events.py

    gold = [json.loads(x) for x in (shared / "gold" / "events.seeds.jsonl").open(encoding="utf-8")]
    docs = seed_bench.seed_documents(shared)
    s = seed_bench.score(gold, docs)
    return {"recall": s["recall"], "precision": s["precision"]}


# ---- speed --------------------------------------------------------------------------------------
def run_speed(shared: Path, limit: int = 300) -> dict[str, Any]:
    from dashiji.annotate.step import Annotate
    from dashiji.events.step import CodeEvents
    from dashiji.extract import Extract
    from dashiji.normalize import Normalize
    from dashiji.read import read_inputs
    from dashiji.steps import pipeline

    recs = dtels_records(shared)[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        normalised = list(pipeline([Extract(), Normalize()], read_inputs([str(path)])))
    annotate, code = Annotate(), CodeEvents()
    list(code(annotate(normalised[:5])))  # load models and tables
    # CPU time of the fastest of two passes: per core, and not what other jobs on a shared
    # machine take (bench/annotate.py measures the same way)
    best, n = float("inf"), 0
    for _ in range(2):
        t0 = time.process_time()
        n = sum(1 for _ in code(annotate(normalised)))
        best = min(best, time.process_time() - t0)
    return {"articles": n, "articles_per_s": n / best if best else 0.0}


# ---- main ---------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duee-sample", type=int, default=3000)
    ap.add_argument("--duee-all", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--skip", default="")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    shared = shared_dir()
    result: dict[str, Any] = {}
    result["dev"] = run_dev(shared, args.verbose)
    if "duee" not in skip:
        result["duee"] = run_duee(shared, None if args.duee_all else args.duee_sample, args.verbose)
    if "dtels" not in skip:
        result["dtels"] = run_dtels(shared)
    if "seeds" not in skip:
        result["seeds"] = run_seeds(shared)
    if "speed" not in skip:
        result["speed"] = run_speed(shared)
    print_table(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    if args.check:
        return check(result)
    return 0


def print_table(r: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str, str]] = []
    d = r["dev"]
    for key in ("recall", "recall_political", "recall_news", "precision", "date_accuracy"):
        rows.append((f"news-dev {key}", *(f"{d[h][key]:.3f}" for h in ("all", "even", "odd"))))  # type: ignore[arg-type]
    a = d["all"]
    rows.append(
        ("news-dev found / correct", f"{a['found']}/{a['required']}",
         f"{a['correct']}/{a['predicted']}", "")
    )  # fmt: skip
    if "duee" in r:
        u = r["duee"]
        ar = u["arguments"]
        for key in ("precision", "recall", "f1"):
            name = f"DuEE arguments {key} (typed events)"
            rows.append((name, f"{ar[key]:.3f}", *(f"{ar[h][key]:.3f}" for h in ("even", "odd"))))
        for key in ("precision", "recall", "f1"):
            name = f"DuEE type {key} (n={u['sentences']})"
            rows.append((name, *(f"{u[h][key]:.3f}" for h in ("all", "even", "odd"))))  # type: ignore[arg-type]
    if "dtels" in r:
        t = r["dtels"]
        rows.append(
            (f"DTELS events/article ({t['articles']})", f"{t['events_per_article']:.2f}",
             f"news-typed {t['news_typed_per_article']:.2f}",
             f"with events {t['with_events']:.2f}")
        )  # fmt: skip
    if "seeds" in r:
        s = r["seeds"]
        rows.append(("seeds recall / precision", f"{s['recall']:.3f}", f"{s['precision']:.3f}", ""))
    if "speed" in r:
        sp = r["speed"]
        name = f"annotate+code articles/s, 1 core ({sp['articles']} DTELS)"
        rows.append((name, f"{sp['articles_per_s']:.0f}", "", ""))
    print("\n| measure | all | even half | odd half |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def check(r: dict[str, Any]) -> int:
    floors = json.loads(FLOORS_PATH.read_text())["events_news"]
    fails = []
    got = {
        "dev_recall": r["dev"]["all"]["recall"],
        "dev_precision": r["dev"]["all"]["precision"],
        "dev_date_accuracy": r["dev"]["all"]["date_accuracy"],
    }
    if "duee" in r:
        got["duee_f1"] = r["duee"]["all"]["f1"]
        got["duee_args_f1"] = r["duee"]["arguments"]["f1"]
    if "dtels" in r:
        got["dtels_events_per_article"] = r["dtels"]["events_per_article"]
    if "seeds" in r:
        got["seeds_recall"] = r["seeds"]["recall"]
        got["seeds_precision"] = r["seeds"]["precision"]
    if "speed" in r:
        got["articles_per_s"] = r["speed"]["articles_per_s"]
    for k, v in got.items():
        if k in floors and v < floors[k]:
            fails.append(f"{k} {v:.3f} < floor {floors[k]}")
    for f in fails:
        print("BELOW FLOOR:", f)
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(main())
