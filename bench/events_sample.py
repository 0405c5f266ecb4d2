"""Draw a fixed random sample of coded events from the DTELS dev articles, to judge by hand.

Issue 7 asks that, of 50 events coded on everyday news, a reader judge ≥ 80 % fully right: the
event is real and stated in its sentence (not background, figurative, a question, an opinion or a
list of headlines), its PLOVER and/or DuEE type is right, its actors and arguments hold the right
roles (no reporter or outlet as actor), its date is the event's own (or null with ``reported``
when the sentence gives none), its status and modality are right.

This script codes every article of ``../shared/bench/stories/dtels-dev/articles.jsonl`` (its
``content`` with its ``publish_date``; the real pipeline, in-process, default settings), draws
``--n`` events uniformly with ``random.Random(seed)`` and prints each with the article's date and
title, the sentence before it and the event's fields, as Markdown with an empty ``verdict`` line
to fill in.  A judgement file is kept outside the package (``-o /work/judged/ev-seedN.md``).

Usage::

    python bench/events_sample.py --seed 7 [--n 50] [-o OUT] [--cache PATH]

``--cache`` keeps the coded events (JSONL) so a second seed needs no second run; delete it
after changing the coder.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from _shared import shared_dir  # noqa: E402
from events_news import code_records, dtels_records, events_of  # noqa: E402


def coded_events(shared: Path, cache: Path | None) -> list[dict[str, Any]]:
    """Every event coded on the DTELS dev articles, as records with the article's date, title
    and the text just before the sentence."""
    if cache is not None and cache.exists():
        return [json.loads(x) for x in cache.open(encoding="utf-8")]
    path = shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    titles = {}
    for line in path.open(encoding="utf-8"):
        a = json.loads(line)
        titles[a["doc_id"]] = a.get("title") or ""
    recs = dtels_records(shared)
    dates = {r["id"]: r["date"] for r in recs}
    out: list[dict[str, Any]] = []
    for doc in code_records(recs):
        for e in events_of(doc):
            rec = e.to_record()
            first = e.mentions[0] if e.mentions else None
            before = ""
            if first is not None:
                before = doc.text[max(0, first.sentence_start - 80) : first.sentence_start]
            rec.update(article_date=dates.get(doc.id), title=titles.get(doc.id, ""),
                       before=before, doc_id=doc.id)  # fmt: skip
            out.append(rec)
    if cache is not None:
        with cache.open("w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def describe(i: int, r: dict[str, Any]) -> str:
    actors = "; ".join(
        f"{a['name']} [{a['side']}{'/' + a['role'] if a['role'] else ''}] "
        f"{a['cameo'] or a['country'] or '-'}"
        for a in r["actors"]
    )
    args = "; ".join(f"{a['role']}={a['text']}" for a in r["arguments"])
    lines = [
        f"## {i}. {r['doc_id']} (article {r['article_date']}) {r['title'][:40]}",
        f"- before: …{r['before'][-60:].replace(chr(10), ' ')}",
        f"- sentence: {r['sentence'].replace(chr(10), ' ')}",
        f"- trigger: {r['trigger']}  | type {r['type']} {r['cameo'] or ''} | news {r['news_type']}",
        f"- actors: {actors or '-'}",
        f"- arguments: {args or '-'}",
        f"- date {r['date']} ({r['date_text'] or '-'}) reported {r['reported']}"
        + (f" context {r['context_date']}" if r.get("context_date") else "")
        + " | "
        f"{r['status']} {r['modality']} | conf {r['confidence']}",
        "- verdict: ",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("-o", "--out")
    ap.add_argument("--cache")
    args = ap.parse_args(argv)
    events = coded_events(shared_dir(), Path(args.cache) if args.cache else None)
    rng = random.Random(args.seed)
    picked = sorted(rng.sample(range(len(events)), min(args.n, len(events))))
    text = f"# {len(picked)} of {len(events)} DTELS dev events, seed {args.seed}\n\n" + "\n".join(
        describe(k + 1, events[j]) for k, j in enumerate(picked)
    )
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
