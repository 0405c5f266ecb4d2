"""Benchmark: stories and their timelines on the DTELS dev articles, and the cost of growth.

1. Ingests ``../shared/bench/stories/dtels-dev/articles.jsonl`` into a fresh store (time and
   peak memory of the ingest, in a child process) — or reuses ``--db PATH``.
2. **Story grouping**: B-cubed precision, recall and F1 of the store's stories against the gold
   ``timeline_id`` (the first ``_``-field of each record's ``doc_id``), over all stories and over
   the two halves of stories (tune 76 857 869 901 956 925 / check 812 896 904 963), beside a
   baseline in the same run: TF-IDF over jieba tokens of title and text + agglomerative
   clustering (scikit-learn, cosine, average linkage, distance threshold 0.9 — not told the number
   of stories).
3. **Timelines of the stories found**: for each gold story with a gold timeline, the found story
   holding most of its articles; its timeline (``build_timeline``, N = distinct gold dates)
   scored with date F1 and agreement ROUGE-1/2 (``timeline_metrics``) beside the article-title
   baseline on the gold grouping; and the timeline as ``dashiji timeline`` shows it
   (``story_timeline``: the N dates and, on top, entries of their own for events planned, put
   off or called off) scored the same way ("as shown").
4. **Growth** (``--scale N``, default 10,000; 0 skips): a store of N other short news texts (the
   DuEE 1.0 train texts, non-commercial research data, read at run time only) plus the DTELS
   articles; the time to add one more article: the whole ``ingest`` of one file (wall time of a
   child process), the story and event update alone (CPU), and one ``ingest`` call of one
   article in a process that has loaded its models (CPU: p50, p95, max of 20).

Usage::

    python bench/stories.py [--db PATH] [--scale N] [--check] [--json OUT]

``--check`` exits 1 when a score falls below its floor in ``bench/floors.json`` ("stories").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
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
from timeline_metrics import ahead, gold_by_date, score, title_baseline, versus  # noqa: E402

FLOORS_PATH = REPO / "bench" / "floors.json"
TUNE = ("76", "857", "869", "901", "956", "925")
CHECK = ("812", "896", "904", "963")


def gold_story(doc_id: str) -> str:
    return doc_id.split("_", 1)[0]


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall, F1 of a clustering ``pred`` (item → cluster) against ``gold``."""
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for d in pred:
        pc[pred[d]].add(d)
        gc[gold[d]].add(d)
    p = r = 0.0
    for d in pred:
        both = len(pc[pred[d]] & gc[gold[d]])
        p += both / len(pc[pred[d]])
        r += both / len(gc[gold[d]])
    n = len(pred) or 1
    p, r = p / n, r / n
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def halves(pred: dict[str, str], gold: dict[str, str]) -> dict[str, dict[str, float]]:
    """B-cubed over all documents and over each half's documents (clusters as found)."""
    out = {"all": bcubed(pred, gold)}
    for name, ids in (("tune", TUNE), ("check", CHECK)):
        keep = {d for d in pred if gold[d] in ids}
        out[name] = bcubed({d: pred[d] for d in keep}, {d: gold[d] for d in keep})
    return out


def baseline_clusters(texts: dict[str, str], threshold: float = 0.9) -> dict[str, str]:
    """TF-IDF (jieba tokens) + agglomerative clustering, cosine, average linkage."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    from dashiji.segment import normalize_for_search, segment

    ids = sorted(texts)
    vec = TfidfVectorizer(
        tokenizer=lambda t: segment(normalize_for_search(t)),
        token_pattern=None,
        lowercase=False,
        sublinear_tf=True,
        min_df=1,
    )
    x = vec.fit_transform([texts[i] for i in ids]).toarray()
    labels = AgglomerativeClustering(
        n_clusters=None, distance_threshold=threshold, metric="cosine", linkage="average"
    ).fit_predict(x)
    return {i: str(label) for i, label in zip(ids, labels, strict=True)}


_CHILD_INGEST = """
import json, resource, sys, time
from dashiji.pipeline import ingest
from dashiji.store import Store
t = time.perf_counter()
with Store.open(sys.argv[1]) as store:
    r = ingest([sys.argv[2]], store)
print(json.dumps({"seconds": time.perf_counter() - t, "stored": r.stored,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child_ingest(db: Path, source: Path) -> dict[str, Any]:
    """Ingest ``source`` into ``db`` in a child process: seconds, stored count, peak RSS (MB)."""
    env_path = str(REPO / "src")
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD_INGEST, str(db), str(source)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": env_path},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"ingest of {source} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def grouping(db: Path, base: Path) -> dict[str, Any]:
    from dashiji.store import Store

    with Store.open(db) as store:
        rows = store.connection.execute("SELECT doc_id, story_id FROM story_articles").fetchall()
        pred = dict(rows)
        texts = {}
        for doc_id in pred:
            doc = store.get(doc_id)
            if doc is not None:
                title = doc.article.title if doc.article else ""
                texts[doc_id] = f"{title}\n{doc.text[:1500]}"
    gold = {d: gold_story(d) for d in pred}
    t0 = time.perf_counter()
    base_pred = baseline_clusters(texts)
    base_s = time.perf_counter() - t0
    return {
        "documents": len(pred),
        "stories": len(set(pred.values())),
        "ours": halves(pred, gold),
        "baseline": halves(base_pred, gold),
        "baseline_stories": len(set(base_pred.values())),
        "baseline_seconds": base_s,
    }


def timelines(db: Path, base: Path) -> dict[str, Any]:
    from dashiji.store import Store
    from dashiji.stories.queries import story_documents, story_timeline
    from dashiji.stories.timeline import build_timeline

    records = [json.loads(line) for line in (base / "articles.jsonl").open(encoding="utf-8")]
    gold = {
        str(g["id"]): g
        for g in map(json.loads, (base / "gold_timelines.jsonl").open(encoding="utf-8"))
    }
    out: dict[str, Any] = {}
    with Store.open(db) as store:
        conn = store.connection
        members: dict[str, list[str]] = defaultdict(list)
        for doc_id, story in conn.execute("SELECT doc_id, story_id FROM story_articles"):
            members[story].append(doc_id)
        for sid in sorted(gold, key=int):
            best = max(members, key=lambda s: sum(gold_story(d) == sid for d in members[s]))
            gd = gold_by_date(gold[sid]["timeline"])
            n = len(gd)
            docs = story_documents(store, best)
            t0 = time.perf_counter()
            entries = build_timeline(docs, n_dates=n)
            took = time.perf_counter() - t0
            recs = [r for r in records if str(r["timeline_id"]) == sid]
            ours = score({e.date: e.summary for e in entries}, gd)
            base_score = score(title_baseline(recs, n), gd)
            # as `dashiji timeline` and the web UI show it: the N dates and, on top, entries of
            # their own for events planned, put off or called off (with_lifecycles)
            shown_entries = story_timeline(store, best, n)
            shown = score({e["date"]: e["summary"] for e in shown_entries}, gd)
            out[sid] = {
                "shown": shown,
                "lifecycle_entries": sum(bool(e["lifecycle"]) for e in shown_entries),
                "story": best,
                "articles": len(docs),
                "n": n,
                "seconds": took,
                "ours": ours,
                "baseline": base_score,
                "versus": versus(ours, base_score),
            }
    return out


def _duee_jsonl(path: Path, n: int) -> int:
    src = shared_dir() / "bench" / "events" / "duee1.0-train" / "train.jsonl"
    written = 0
    with src.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if written >= n:
                break
            rec = json.loads(line)
            day = f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out.write(
                json.dumps(
                    {
                        "id": f"duee-{rec['id']}",
                        "title": rec["text"][:30],
                        "text": rec["text"],
                        "date": day,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            written += 1
    return written


def growth(base: Path, scale: int, tmp: Path) -> dict[str, Any]:
    """The cost of adding one article to a store of ``scale`` others."""
    from dashiji.model import Document
    from dashiji.store import Store
    from dashiji.stories.update import add_document

    db = tmp / "grow.db"
    bulk = tmp / "bulk.jsonl"
    have = _duee_jsonl(bulk, scale)
    t_bulk = child_ingest(db, bulk)
    t_dtels = child_ingest(db, base / "articles.jsonl")
    # one more article, and 21 more, each a fresh `ingest` process: the difference is what one
    # article costs inside a run; the rest is the run's start (models, KB, duplicate index)
    lines = (base / "articles.jsonl").open(encoding="utf-8").readlines()
    extra = []
    for i, line in enumerate(lines[-43:]):
        rec = json.loads(line)
        rec["doc_id"] = f"extra{i}-" + rec["doc_id"]
        rec["content"] = f"（第{i}稿）" + str(rec.get("content") or "")
        extra.append(json.dumps(rec, ensure_ascii=False) + "\n")
    one, more = tmp / "one.jsonl", tmp / "more.jsonl"
    one.write_text(extra[0], encoding="utf-8")
    more.write_text("".join(extra[1:22]), encoding="utf-8")
    t_one = child_ingest(db, one)
    t_more = child_ingest(db, more)
    # the story/event update alone, for stored articles taken out of their stories and re-added
    with Store.open(db) as store:
        conn = store.connection
        n_docs = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
        ids = [
            d
            for (d,) in conn.execute(
                "SELECT doc_id FROM story_articles WHERE doc_id LIKE '857%' "
                "ORDER BY doc_id LIMIT 20"
            )
        ]
        docs: list[Document] = [d for d in (store.get(i) for i in ids) if d is not None]
        times = []
        for k, doc in enumerate(docs):
            with store.batch():
                conn.execute("DELETE FROM story_articles WHERE doc_id = ?", (doc.id,))
                conn.execute("DELETE FROM event_mentions WHERE doc_id = ?", (doc.id,))
            t0 = time.process_time()
            add_document(store, doc)
            if k:  # the first one loads the knowledge base and the segmenter
                times.append(time.process_time() - t0)
        # one article, one `ingest` call each (its run start included: the duplicate index read
        # from the store, the stories caught up), in a process that has loaded its models
        from dashiji.pipeline import ingest

        calls = []
        for k, line in enumerate(extra[22:]):
            f = tmp / f"call{k}.jsonl"
            f.write_text(line, encoding="utf-8")
            t0 = time.process_time()
            ingest([str(f)], store)
            if k:  # the first one loads the models
                calls.append(time.process_time() - t0)
    calls.sort()
    return {
        "store_articles": n_docs,
        "bulk_texts": have,
        "bulk_ingest_s": t_bulk["seconds"],
        "bulk_peak_mb": t_bulk["peak_mb"],
        "dtels_ingest_s": t_dtels["seconds"],
        "one_ingest_s": t_one["seconds"],
        "per_article_in_run_s": (t_more["seconds"] - t_one["seconds"]) / 20,
        "run_start_s": t_one["seconds"] - (t_more["seconds"] - t_one["seconds"]) / 20,
        "one_update_p50_s": statistics.median(times) if times else None,
        "one_update_max_s": max(times) if times else None,
        "one_call_cpu_p50_s": statistics.median(calls),
        "one_call_cpu_p95_s": calls[int(0.95 * (len(calls) - 1))],
        "one_call_cpu_max_s": calls[-1],
    }


def run(db: Path | None, scale: int) -> dict[str, Any]:
    base = shared_dir() / "bench" / "stories" / "dtels-dev"
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if db is None:
            db = Path(tmp) / "dtels.db"
            result["ingest"] = child_ingest(db, base / "articles.jsonl")
        result["grouping"] = grouping(db, base)
        result["timelines"] = timelines(db, base)
        if scale:
            result["growth"] = growth(base, scale, Path(tmp))
    return result


def summary(r: dict[str, Any]) -> dict[str, float]:
    t = r["timelines"]
    mean = {m: statistics.mean(s["ours"][m] for s in t.values()) for m in ("date_f1", "ar1", "ar2")}
    base = {m: statistics.mean(s["baseline"][m] for s in t.values()) for m in ("date_f1", "ar1")}
    g = r["grouping"]["ours"]["all"]
    return {
        "bcubed_p": g["p"],
        "bcubed_f1": g["f1"],
        "date_f1": mean["date_f1"],
        "ar1": mean["ar1"],
        "ar2": mean["ar2"],
        "baseline_date_f1": base["date_f1"],
        "baseline_ar1": base["ar1"],
    }


def print_tables(r: dict[str, Any]) -> None:
    if "ingest" in r:
        i = r["ingest"]
        print(
            f"ingest of the DTELS dev articles: {i['stored']} stored in {i['seconds']:.1f} s, "
            f"peak {i['peak_mb']:.0f} MB"
        )
    g = r["grouping"]
    print(
        f"\nStory grouping, B-cubed ({g['documents']} articles; ours {g['stories']} stories, "
        f"baseline {g['baseline_stories']})"
    )
    print(f"{'':<10}{'ours P':>8}{'R':>7}{'F1':>7}   {'baseline P':>11}{'R':>7}{'F1':>7}")
    for part in ("tune", "check", "all"):
        o, b = g["ours"][part], g["baseline"][part]
        print(
            f"{part:<10}{o['p']:8.3f}{o['r']:7.3f}{o['f1']:7.3f}   "
            f"{b['p']:11.3f}{b['r']:7.3f}{b['f1']:7.3f}"
        )
    print("\nTimelines of the stories found (N = gold dates)")
    print(
        f"{'story':<7}{'N':>4}{'docs':>6}{'F1':>8}{'AR-1':>7}{'AR-2':>7}   "
        f"{'title F1':>9}{'AR-1':>7}{'AR-2':>7}{'build s':>9}   ahead F1 AR-1"
    )
    for sid, s in r["timelines"].items():
        o, b = s["ours"], s["baseline"]
        vs = versus(o, b)
        print(
            f"{sid:<7}{s['n']:>4}{s['articles']:>6}{o['date_f1']:8.3f}{o['ar1']:7.3f}"
            f"{o['ar2']:7.3f}   {b['date_f1']:9.3f}{b['ar1']:7.3f}{b['ar2']:7.3f}"
            f"{s['seconds']:9.3f}   {vs['date_f1']:>5} {vs['ar1']:>4}"
        )
    for name, ids in (("tune", TUNE), ("check", CHECK), ("mean", TUNE + CHECK)):
        rows = [r["timelines"][s] for s in ids if s in r["timelines"]]
        o = {m: statistics.mean(x["ours"][m] for x in rows) for m in ("date_f1", "ar1", "ar2")}
        b = {m: statistics.mean(x["baseline"][m] for x in rows) for m in ("date_f1", "ar1", "ar2")}
        print(
            f"{name:<7}{'':>10}{o['date_f1']:8.3f}{o['ar1']:7.3f}{o['ar2']:7.3f}   "
            f"{b['date_f1']:9.3f}{b['ar1']:7.3f}{b['ar2']:7.3f}"
        )
    for name, ids in (("tune", TUNE), ("check", CHECK), ("mean", TUNE + CHECK)):
        rows = [r["timelines"][s] for s in ids if s in r["timelines"]]
        o = {m: statistics.mean(x["shown"][m] for x in rows) for m in ("date_f1", "ar1", "ar2")}
        print(
            f"as shown, with lifecycle entries ({name}: "
            f"{sum(x['lifecycle_entries'] for x in rows)} of them): date F1 {o['date_f1']:.3f}, "
            f"AR-1 {o['ar1']:.3f}, AR-2 {o['ar2']:.3f}"
        )
    not_ahead = [sid for sid, s in r["timelines"].items() if not ahead(s["ours"], s["baseline"])]
    print(
        "ahead of the title baseline on every story (date F1 >, AR-1 >): "
        + ("yes" if not not_ahead else "no, not on " + " ".join(not_ahead))
    )
    if "growth" in r:
        w = r["growth"]
        print(
            f"\nGrowth: a store of {w['store_articles']} articles ({w['bulk_texts']} short texts "
            f"ingested in {w['bulk_ingest_s']:.0f} s, peak {w['bulk_peak_mb']:.0f} MB)"
        )
        print(
            f"  add one article, a whole `ingest` run (interpreter start excluded): "
            f"{w['one_ingest_s']:.3f} s = run start {w['run_start_s']:.3f} s + the article "
            f"{w['per_article_in_run_s']:.3f} s (from a run of 21)"
        )
        print(
            f"  add one article, story and event update (CPU): p50 {w['one_update_p50_s']:.4f} s, "
            f"max {w['one_update_max_s']:.4f} s"
        )
        print(
            f"  add one article, one `ingest` call in a process with its models loaded (CPU): "
            f"p50 {w['one_call_cpu_p50_s']:.3f} s, p95 {w['one_call_cpu_p95_s']:.3f} s, "
            f"max {w['one_call_cpu_max_s']:.3f} s"
        )


def check(s: dict[str, float]) -> list[str]:
    """The scores below their floors in ``bench/floors.json`` ("stories")."""
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8")).get("stories", {})
    return [
        f"{k} {s[k]:.3f} < {v}"
        for k, v in floors.items()
        if not k.startswith("_") and k in s and s[k] < v
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="reuse a store that holds the DTELS dev articles")
    ap.add_argument("--scale", type=int, default=10000, help="growth test size (0: skip)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    r = run(args.db, args.scale)
    print_tables(r)
    s = summary(r)
    print("\nsummary: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    if args.json:
        args.json.write_text(json.dumps(r, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.check:
        low = check(s)
        for line in low:
            print(f"BELOW FLOOR: {line}")
        return 1 if low else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
