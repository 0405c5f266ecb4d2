"""Benchmark: the SQLite store against the PostgreSQL store -- ingest speed and search latency.

* **ingest**: the 642 DTELS dev articles (``shared/bench/stories/dtels-dev/articles.jsonl``)
  through :func:`dashiji.pipeline.ingest` (one process, everything that runs by default) into a
  new SQLite file and a new PostgreSQL database: articles/s of wall time and of CPU time (the
  client's, plus for PostgreSQL the server process that served it, read from /proc).
* **store writes**: the same articles analysed once, then only what the store does with them
  (:meth:`Store.put` and the story/event update of :func:`dashiji.stories.update.add_document`),
  articles/s of wall and CPU time: the part of an ingest that differs between the stores.
* **search**: bench/search.py's store (the articles stored ``--copies`` times, 32: 20,544
  documents, written with ``put_many``) in both stores; build time, then bench/search.py's query
  mix, each query ``--repeat`` times after a warm-up: p50/p95 ms of :meth:`Store.search`
  (``limit=20``: exact total, first page by bm25, snippets), and whether both stores gave the
  same total and the same first page.

PostgreSQL: ``--url postgresql://...`` names a server (its database must be empty or a dashiji
store; the benchmark creates databases ``bench_ingest``, ``bench_writes`` and ``bench_search``
beside it), else a throwaway server is started as the tests do (tests/pg_server.py), but
with fsync on and ``synchronous_commit=off`` -- the durability of SQLite's WAL mode with
``synchronous=NORMAL``, which the SQLite store uses.

Usage::

    python bench/store_postgres.py [--url URL] [--copies N] [--repeat R] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _shared import shared_dir

from dashiji.store import Store

REPO = Path(__file__).resolve().parents[1]


def _server_cpu(store: Store) -> float:
    """CPU seconds of the PostgreSQL server process serving ``store`` (0 for SQLite)."""
    if not hasattr(store.connection, "raw"):
        return 0.0
    pid = store.connection.execute("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")  # a server on another machine
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")  # fixed names, not data
        conn.execute(
            f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
        )
    base = admin_url.rsplit("/", 1)[0]
    return f"{base}/{name}"


def _timed(store: Store, work: Any) -> dict[str, float]:
    cpu0, srv0, t0 = time.process_time(), _server_cpu(store), time.perf_counter()
    n = work(store)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    server = _server_cpu(store) - srv0
    return {
        "articles": n,
        "wall_s": round(wall, 2),
        "client_cpu_s": round(cpu, 2),
        "server_cpu_s": round(server, 2),
        "per_s_wall": round(n / wall, 1),
        "per_s_cpu": round(n / (cpu + server), 1),
    }


def bench_ingest(locations: dict[str, str], articles: Path) -> dict[str, Any]:
    from dashiji.pipeline import ingest

    def work(store: Store) -> int:
        report = ingest([str(articles)], store)
        return report.stored + report.duplicates + sum(report.failed.values())

    out = {}
    for name, where in locations.items():
        with Store.open(where) as store:
            out[name] = _timed(store, work)
    return out


def bench_writes(locations: dict[str, str], articles: Path) -> dict[str, Any]:
    from dashiji.pipeline import annotate_documents
    from dashiji.stories.update import add_document

    docs = list(annotate_documents([str(articles)], events=True))

    def work(store: Store) -> int:
        for doc in docs:
            if store.put(doc):
                add_document(store, doc)
        return len(docs)

    out = {}
    for name, where in locations.items():
        with Store.open(where) as store:
            out[name] = _timed(store, work)
    return out


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def bench_search(locations: dict[str, str], copies: int, repeat: int) -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "bench"))
    import search as search_bench  # bench/search.py: its documents and queries

    source = shared_dir() / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    out: dict[str, Any] = {}
    answers: dict[str, dict[str, tuple[int, list[str]]]] = {}
    for name, where in locations.items():
        with Store.open(where) as store:
            t0 = time.perf_counter()
            n = store.put_many(search_bench._documents(source, copies), batch_size=500)
            build = time.perf_counter() - t0
            times: list[float] = []
            answers[name] = {}
            for _, query, *_ in search_bench.QUERIES:
                res = store.search(query)  # warm-up
                answers[name][query] = (res.total, [h.id for h in res.hits])
                for _ in range(repeat):
                    t = time.perf_counter()
                    store.search(query)
                    times.append((time.perf_counter() - t) * 1000)
            out[name] = {
                "documents": n,
                "build_s": round(build, 1),
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(_pct(times, 0.95), 1),
            }
    names = list(answers)
    out["same_answers"] = all(answers[names[0]] == answers[k] for k in names[1:])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="a PostgreSQL server (postgresql://user@host/db)")
    ap.add_argument("--copies", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip", nargs="*", default=[], choices=["ingest", "writes", "search"])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    articles = shared_dir() / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    server = None
    url = args.url
    if url is None:
        sys.path.insert(0, str(REPO / "tests"))
        import pg_server

        server = pg_server.start(durable=True)
        url = server.url
    tmp = Path(tempfile.mkdtemp(prefix="dashiji-bench-"))
    results: dict[str, Any] = {}
    try:
        for part, fn in (
            ("ingest", lambda loc: bench_ingest(loc, articles)),
            ("writes", lambda loc: bench_writes(loc, articles)),
            ("search", lambda loc: bench_search(loc, args.copies, args.repeat)),
        ):
            if part in args.skip:
                continue
            locations = {
                "sqlite": str(tmp / f"{part}.db"),
                "postgresql": _database(url, f"bench_{part}"),
            }
            results[part] = fn(locations)
            print(part, json.dumps(results[part], ensure_ascii=False), flush=True)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
