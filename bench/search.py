"""Benchmark: full-text search latency on a store of 20,000+ articles, ours against a LIKE scan.

The store: the 642 articles of ``shared/bench/stories/dtels-dev/articles.jsonl`` (≈1,040
characters each; CC BY-NC-SA, measured here, never shipped), each stored ``--copies`` times
(default 32: 20,544 documents) under a changed id (``<doc_id>#<copy>``; the raw bytes carry the
copy number, so every copy is its own raw input).  Documents are written with the store's own
:meth:`dashiji.store.Store.put_many` -- the same write path as ingest, index included -- but
without extraction and annotation (the title and content become the article's blocks as they
are), which would take hours for 20,000 articles and do not touch search.  The copies make
every posting list 32 times longer than the 642 articles alone would; term statistics are those
of the original articles.

The query mix (fixed): one character, two to four characters, quoted phrases, OR, exclusion.

* **ours**: :meth:`Store.search` with ``limit=20``: the exact total, the first page ranked by
  bm25 (title above body), and a highlighted snippet for each hit of the page;
* **LIKE**: the plain scan a SQLite user would write, ``title LIKE '%term%' OR text LIKE
  '%term%'`` (conditions combined for OR and exclusion), ``count(*)`` for the total and the
  first 20 rows in storage order: no ranking, no snippets, no script or width folding (ASCII
  case only).

Each query runs ``--repeat`` times after one warm-up; the table gives p50/p95/p99 over all runs
of a category's queries, and the ratio LIKE / ours of the medians.  The totals of both are
printed per query: they differ where folding matters (traditional script, full width, case).

Usage::

    python bench/search.py [--copies N] [--repeat R] [--db PATH] [--rebuild] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
from collections.abc import Iterator
from pathlib import Path
from timeit import default_timer as perf_counter
from typing import Any

from _shared import shared_dir

from dashiji.model import Article, Block, Document, Raw
from dashiji.store import Store

# (category, our query, LIKE terms: [all of ...], [any of ...], [none of ...])
QUERIES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    ("1 char", "美", ["美"], [], []),
    ("1 char", "疫", ["疫"], [], []),
    ("1 char", "的", ["的"], [], []),
    ("2-4 chars", "疫情", ["疫情"], [], []),
    ("2-4 chars", "中国", ["中国"], [], []),
    ("2-4 chars", "俄罗斯", ["俄罗斯"], [], []),
    ("2-4 chars", "新冠疫情", ["新冠疫情"], [], []),
    ("phrase", '"新闻发布会"', ["新闻发布会"], [], []),
    ("phrase", '"中华人民共和国"', ["中华人民共和国"], [], []),
    ("phrase", '"2022年6月"', ["2022年6月"], [], []),
    ("OR", "郭美美 OR 黎智英", [], ["郭美美", "黎智英"], []),
    ("OR", "美国 OR 日本 OR 韩国", [], ["美国", "日本", "韩国"], []),
    ("exclusion", "疫情 -美国", ["疫情"], [], ["美国"]),
    ("exclusion", "中国 -美国 -日本", ["中国"], [], ["美国", "日本"]),
]


def _documents(path: Path, copies: int) -> Iterator[Document]:
    lines = path.read_text("utf-8").splitlines()
    for copy in range(copies):
        for line in lines:
            rec = json.loads(line)
            title = rec.get("title") or ""
            body = [p for p in (rec.get("content") or "").split("\n") if p.strip()]
            data = f"{copy}\n{line}".encode()
            doc = Document(
                id=f"{rec['doc_id']}#{copy}",
                raw=Raw(data=data, uri=f"dtels:{rec['doc_id']}#{copy}", media_type="text/plain"),
            )
            doc.set_article(
                Article(
                    title=title,
                    published=rec.get("publish_date"),
                    outlet=rec.get("source"),
                    blocks=[Block("title", title)] + [Block("body", p) for p in body],
                )
            )
            yield doc


def build(db: Path, copies: int, rebuild: bool) -> tuple[int, float]:
    source = shared_dir() / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    if rebuild and db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    with Store.open(db) as store:
        have = store.connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        if have:
            return have, 0.0
        t0 = perf_counter()
        n = store.put_many(_documents(source, copies), batch_size=500)
        return n, perf_counter() - t0


def _like(store: Store, all_: list[str], any_: list[str], none: list[str]) -> int:
    def has(_: str) -> str:
        return "(title LIKE ? OR text LIKE ?)"

    conds = [has(t) for t in all_]
    params: list[str] = []
    for t in all_:
        params += [f"%{t}%"] * 2
    if any_:
        conds.append("(" + " OR ".join(has(t) for t in any_) + ")")
        for t in any_:
            params += [f"%{t}%"] * 2
    for t in none:
        conds.append("NOT " + has(t))
        params += [f"%{t}%"] * 2
    where = "status = 'ok' AND " + " AND ".join(conds)
    c = store.connection
    total = c.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]
    c.execute(f"SELECT id, title FROM documents WHERE {where} LIMIT 20", params).fetchall()
    return int(total)


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def _sizes(store: Store) -> dict[str, int]:
    rows = store.connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
    sizes = dict(rows.fetchall())
    index = sum(v for k, v in sizes.items() if k.startswith("search_"))
    text = store.connection.execute(
        "SELECT sum(length(CAST(text AS BLOB)) + length(CAST(coalesce(title, '') AS BLOB)))"
        " FROM documents"
    ).fetchone()[0]
    return {"index_bytes": index, "text_bytes": int(text), "file_bytes": sum(sizes.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--db", type=Path, default=Path("/tmp/dashiji-bench-search/news.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    n, secs = build(args.db, args.copies, args.rebuild)
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    built = f", built in {secs:.0f} s ({n / secs:.0f} docs/s with the index)" if secs else ""
    print(f"store: {args.db} — {n} documents{built}")

    ours: dict[str, list[float]] = {}
    like: dict[str, list[float]] = {}
    rows: list[dict[str, Any]] = []
    with Store.open(args.db) as store:
        sizes = _sizes(store)
        for cat, query, all_, any_, none in QUERIES:
            result = store.search(query, limit=20)  # warm-up
            peer_total = _like(store, all_, any_, none)
            for _ in range(args.repeat):
                t0 = perf_counter()
                store.search(query, limit=20)
                t1 = perf_counter()
                _like(store, all_, any_, none)
                t2 = perf_counter()
                ours.setdefault(cat, []).append((t1 - t0) * 1000)
                like.setdefault(cat, []).append((t2 - t1) * 1000)
            rows.append(
                {
                    "category": cat,
                    "query": query,
                    "ours_total": result.total,
                    "like_total": peer_total,
                    "ours_ms_median": statistics.median(ours[cat][-args.repeat :]),
                    "like_ms_median": statistics.median(like[cat][-args.repeat :]),
                }
            )

    print()
    print(f"{'query':28s} {'ours total':>10s} {'LIKE total':>10s} {'ours ms':>8s} {'LIKE ms':>8s}")
    for r in rows:
        print(
            f"{r['query']:28s} {r['ours_total']:10d} {r['like_total']:10d} "
            f"{r['ours_ms_median']:8.1f} {r['like_ms_median']:8.1f}"
        )
    print()
    head = f"{'category':10s} | {'ours p50':>8s} {'p95':>7s} {'p99':>7s} |"
    head += f" {'LIKE p50':>8s} {'p95':>7s} {'p99':>7s} | {'LIKE/ours p50':>13s}"
    print(head)
    print("-" * len(head))
    summary = []
    cats = list(dict.fromkeys(c for c, *_ in QUERIES)) + ["all"]
    for cat in cats:
        a = [v for k, vs in ours.items() for v in vs] if cat == "all" else ours[cat]
        b = [v for k, vs in like.items() for v in vs] if cat == "all" else like[cat]
        o = [_pct(a, q) for q in (0.5, 0.95, 0.99)]
        lk = [_pct(b, q) for q in (0.5, 0.95, 0.99)]
        summary.append({"category": cat, "ours": o, "like": lk})
        print(
            f"{cat:10s} | {o[0]:8.1f} {o[1]:7.1f} {o[2]:7.1f} | {lk[0]:8.1f} {lk[1]:7.1f} "
            f"{lk[2]:7.1f} | {lk[0] / o[0]:12.1f}x"
        )
    print()
    mb = 1_000_000
    index, text = sizes["index_bytes"], sizes["text_bytes"]
    print(
        f"index (search_index + search_docs): {index / mb:.1f} MB for {text / mb:.1f} MB of"
        f" stored title+text ({index / text:.2f}x); file {sizes['file_bytes'] / mb:.1f} MB"
    )
    if args.json:
        report = {"documents": n, "sizes": sizes, "queries": rows, "summary": summary}
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
