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

``--designs`` also indexes the same search views three ways, each alone in a file: character
bigrams (ours), one token per character, and FTS5's ``trigram`` tokenizer; it prints build time,
size and the MATCH part of the search (exact total + first 20 by bm25) for the queries each can
answer from its index (the trigram index cannot answer terms of one or two characters).

Usage::

    python bench/search.py [--copies N] [--repeat R] [--db PATH] [--rebuild] [--designs]
                           [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
from collections.abc import Iterator
from pathlib import Path
from timeit import default_timer as perf_counter
from typing import Any

from _shared import shared_dir

from dashiji.model import Article, Block, Document, Raw
from dashiji.store import Store, search_text
from dashiji.store.search_query import All, Node, Term, parse_query
from dashiji.store.search_query import Any as AnyOf

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


# ---- index designs (--designs) -------------------------------------------------------------------
# The same search view indexed three ways, each in a file of its own holding only the index; the
# time is the MATCH part of a search (exact total + first 20 by bm25, no snippets).
_DESIGNS = {
    "bigrams (ours)": "fts5(title, body, content='', prefix='4', tokenize='ascii')",
    "one token per char": "fts5(title, body, content='', tokenize='ascii')",
    "trigram tokenizer": "fts5(title, body, tokenize='trigram')",
}


def _unigrams(view: str) -> str:
    return " ".join(search_text._code(c) for c in view)


def _design_term(design: str, term: str) -> str | None:
    if design.startswith("bigrams"):
        return search_text.term_expression(term)
    if design.startswith("one token"):
        return '"' + " ".join(search_text._code(c) for c in term) + '"'
    if len(term) < 3:  # the trigram index cannot answer it: a scan would
        return None
    return '"' + term.replace('"', '""') + '"'


def _design_match(design: str, node: Node) -> str | None:
    if isinstance(node, Term):
        return _design_term(design, node.text)
    parts = [_design_match(design, n) for n in node.items]
    if any(p is None for p in parts):
        return None
    if isinstance(node, AnyOf):
        return " OR ".join(f"({p})" for p in parts)
    expr = " AND ".join(f"({p})" for p in parts)
    if isinstance(node, All) and node.exclude:
        neg = [_design_match(design, n) for n in node.exclude]
        if any(p is None for p in neg):
            return None
        expr = f"({expr}) NOT (" + " OR ".join(f"({p})" for p in neg) + ")"
    return expr


def compare_designs(store: Store, folder: Path, repeat: int) -> list[dict[str, Any]]:
    rows = store.connection.execute(
        "SELECT coalesce(d.title, ''), d.text FROM search_docs s"
        " JOIN documents d ON d.id = s.doc_id ORDER BY s.id"
    ).fetchall()
    views = [(search_text.view_of(t), search_text.view_of(b)) for t, b in rows]
    out: list[dict[str, Any]] = []
    for design, ddl in _DESIGNS.items():
        path = folder / f"design-{len(out)}.db"
        path.unlink(missing_ok=True)
        conn = sqlite3.connect(path)
        conn.execute(f"CREATE VIRTUAL TABLE t USING {ddl}")
        t0 = perf_counter()
        if design.startswith("bigrams"):
            tok = search_text.index_tokens
            data = ((i, tok(t), tok(b)) for i, (t, b) in enumerate(rows, 1))
        elif design.startswith("one token"):
            data = ((i, _unigrams(t), _unigrams(b)) for i, (t, b) in enumerate(views, 1))
        else:
            data = ((i, t, b) for i, (t, b) in enumerate(views, 1))
        conn.executemany("INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)", data)
        conn.commit()
        conn.execute("INSERT INTO t (t) VALUES ('optimize')")
        conn.commit()
        built = perf_counter() - t0
        conn.execute("VACUUM")
        size = path.stat().st_size
        times: list[float] = []
        answered = 0
        for _, query, *_ in QUERIES:
            expr = _design_match(design, parse_query(query))
            if expr is None:
                continue
            answered += 1
            for _ in range(repeat):
                t1 = perf_counter()
                conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()
                conn.execute(
                    "SELECT rowid, bm25(t, 3.0, 1.0) AS s FROM t WHERE t MATCH ?"
                    " ORDER BY s LIMIT 20",
                    (expr,),
                ).fetchall()
                times.append((perf_counter() - t1) * 1000)
        conn.close()
        path.unlink()
        out.append(
            {
                "design": design,
                "build_s": built,
                "mb": size / 1e6,
                "answered": answered,
                "p50": _pct(times, 0.5),
                "p95": _pct(times, 0.95),
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--db", type=Path, default=Path("/tmp/dashiji-bench-search/news.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--designs", action="store_true", help="also compare index designs (a few minutes)"
    )
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
    designs: list[dict[str, Any]] = []
    if args.designs:
        with Store.open(args.db) as store:
            designs = compare_designs(store, args.db.parent, args.repeat)
        print()
        print(
            f"{'index design':20s} | {'build s':>7s} {'MB':>6s} | {'queries':>7s} "
            f"{'MATCH p50':>9s} {'p95':>6s}"
        )
        for d in designs:
            print(
                f"{d['design']:20s} | {d['build_s']:7.1f} {d['mb']:6.1f} | "
                f"{d['answered']:3d}/{len(QUERIES):<3d} {d['p50']:9.1f} {d['p95']:6.1f}"
            )
    if args.json:
        report = {
            "documents": n,
            "sizes": sizes,
            "queries": rows,
            "summary": summary,
            "designs": designs,
        }
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
