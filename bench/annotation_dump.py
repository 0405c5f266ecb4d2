"""Dump what the default analysis writes (entity, time, quantity and event spans) for DTELS dev
articles and the seeds, and compare two dumps: the check that a speed change leaves the output
unchanged.

Run the dump once with the old code and once with the new one (``PYTHONPATH`` chooses the
``src`` tree), then compare::

    PYTHONPATH=/path/to/old/src python bench/annotation_dump.py old.jsonl [-n 300]
    PYTHONPATH=src python bench/annotation_dump.py new.jsonl [-n 300]
    python bench/annotation_dump.py --compare old.jsonl new.jsonl

The comparison prints, per layer, the spans only one side has (with the article id and text),
and exits 1 when the dumps differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from _shared import shared_dir

os.environ.setdefault("OMP_NUM_THREADS", "1")
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

LAYERS = ("entity", "time", "quantity", "event")


def _inputs(shared: Path, n: int, tmp: Path) -> list[str]:
    path = tmp / "dtels.jsonl"
    lines = (shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl").open(encoding="utf-8")
    with path.open("w", encoding="utf-8") as f:
        for k, line in enumerate(lines):
            if k >= n:
                break
            a = json.loads(line)
            rec = {"id": a["doc_id"], "text": a["content"], "date": a["publish_date"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return [str(path), *(str(p) for p in sorted((shared / "seeds").glob("*.txt")))]


def dump(out: Path, n: int, statistical: bool) -> int:
    from dashiji.pipeline import annotate_documents

    shared = shared_dir()
    with tempfile.TemporaryDirectory() as tmp, out.open("w", encoding="utf-8") as f:
        docs = annotate_documents(
            _inputs(shared, n, Path(tmp)), date="2025-10-22", statistical=statistical, events=True
        )
        for doc in docs:
            spans = [
                # the source names a temporary file: the same input reads differently each run
                [
                    s.layer,
                    s.start,
                    s.end,
                    s.label,
                    {k: v for k, v in s.attrs.items() if k != "source"},
                ]
                for s in doc.spans
                if s.layer in LAYERS
            ]
            rec = {"id": doc.id, "text": doc.text, "spans": spans}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8"))}


def compare(a: Path, b: Path, show: int) -> int:
    old, new = _load(a), _load(b)
    diff: Counter[str] = Counter()
    total: Counter[str] = Counter()
    shown = 0
    for doc_id in sorted(old.keys() | new.keys()):
        if doc_id not in old or doc_id not in new:
            diff["document"] += 1
            continue
        text = new[doc_id]["text"]
        before = Counter(json.dumps(s, sort_keys=True) for s in old[doc_id]["spans"])
        after = Counter(json.dumps(s, sort_keys=True) for s in new[doc_id]["spans"])
        for s in after:
            total[json.loads(s)[0]] += after[s]
        for side, only in (("-", before - after), ("+", after - before)):
            for s in only.elements():
                layer, start, end, label, attrs = json.loads(s)
                diff[layer] += 1
                if shown < show:
                    shown += 1
                    brief = {k: v for k, v in attrs.items() if k not in ("sentence", "quote")}
                    print(f"{side} {doc_id} {layer} {text[start:end]!r} {label} {brief}"[:400])
    for layer in LAYERS:
        print(f"{layer:<10} spans {total[layer]:>7}  differing {diff[layer]}")
    if diff["document"]:
        print(f"documents on one side only: {diff['document']}")
    return 1 if sum(diff.values()) else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="write the dump here")
    ap.add_argument("-n", type=int, default=300, help="DTELS dev articles (first n)")
    ap.add_argument("--statistical", action="store_true", help="LAC on every sentence")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("--show", type=int, default=40, help="differing spans to print")
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare, args.show)
    if args.out is None:
        ap.error("give an output path or --compare OLD NEW")
    return dump(args.out, args.n, args.statistical)


if __name__ == "__main__":
    raise SystemExit(main())
