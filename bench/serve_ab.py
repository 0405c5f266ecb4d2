"""A/B of ``dashiji serve`` under load: a base source tree against this one, alternated.

On a shared machine the wall-clock latency of a route moves with whatever else runs, so two runs
made minutes apart compare the machine more than the code.  Here the server of each tree is
started in turn (``python -m dashiji serve`` with that tree's ``src`` first on ``PYTHONPATH``),
on the same store (``bench/serve.py``'s, built or taken from its cache), warmed the same way, and
measured with the same URLs (``serve.measure``: ``--concurrency`` requests in flight, the same
seed); the order alternates A B B A A B …, so that a drift of the machine's load falls on both;
with ``--together`` both servers run at once, each with a client process of its own, so that
each round's A and B see the same moments of the machine.
Each round prints p50/p95/p99 (ms), the server's CPU ms per request (its process, ``/proc``), the
p50/p95 of the route's own CPU (its ``Server-Timing`` header) and the load average; then the
median over the rounds.

    git archive BASE_COMMIT src | tar -x -C /tmp/base
    python bench/serve_ab.py /tmp/base/src [--rounds 4] [--only search] [--requests 200]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import serve  # noqa: E402 (this folder is on sys.path)
from _shared import REPO  # noqa: E402

KEYS = ("p50", "p95", "p99", "cpu", "route_cpu_p50", "route_cpu_p95")


def run_server(src: str, db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.Popen(
        [sys.executable, "-m", "dashiji", "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def one_round(
    src: str, db: Path, chosen: list[Any], requests: int, concurrency: int
) -> dict[str, dict[str, float]]:
    port = serve.free_port()
    proc = run_server(src, db, port)
    out: dict[str, dict[str, float]] = {}
    try:
        base = f"http://127.0.0.1:{port}"
        serve.wait_up(base + "/api/stats", proc)
        serve.wait_idle(proc.pid)
        for name, make_url, _ in chosen:
            load = os.getloadavg()[0]
            got = serve.measure(base, make_url, requests, concurrency, pid=proc.pid)
            out[name] = {**got, "load": load}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return out


def _measure_route(
    base: str, s: dict[str, list[str]], name: str, requests: int, concurrency: int, pid: int
) -> dict[str, float]:
    """:func:`serve.measure` of the route ``name`` (in a process of its own, for --together)."""
    make_url = next(r[1] for r in serve.routes(s) if r[0] == name)
    load = os.getloadavg()[0]
    return {**serve.measure(base, make_url, requests, concurrency, pid=pid), "load": load}


def together_round(
    trees: dict[str, str],
    db: Path,
    s: dict[str, list[str]],
    chosen: list[Any],
    requests: int,
    concurrency: int,
) -> dict[str, dict[str, dict[str, float]]]:
    """Both servers at once, each loaded by a client process of its own, route by route: the
    two see the same machine at the same moments (and each other, alike)."""
    procs: dict[str, subprocess.Popen[bytes]] = {}
    out: dict[str, dict[str, dict[str, float]]] = {tree: {} for tree in trees}
    try:
        bases = {}
        for tree, src in trees.items():
            port = serve.free_port()
            procs[tree] = run_server(src, db, port)
            bases[tree] = f"http://127.0.0.1:{port}"
        for tree, proc in procs.items():
            serve.wait_up(bases[tree] + "/api/stats", proc)
        for proc in procs.values():
            serve.wait_idle(proc.pid)
        with ProcessPoolExecutor(len(trees)) as pool:
            for name, _, _ in chosen:
                jobs = {
                    tree: pool.submit(
                        _measure_route, bases[tree], s, name, requests, concurrency, procs[tree].pid
                    )
                    for tree in trees
                }
                for tree, job in jobs.items():
                    out[tree][name] = job.result()
    finally:
        for proc in procs.values():
            proc.terminate()
            proc.wait(timeout=30)
    return out


def fmt(r: dict[str, float]) -> str:
    return " | ".join(f"{r[k]:.1f}" if k in r else "–" for k in (*KEYS, "load"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base_src", help="the base tree's src folder (A; a PYTHONPATH)")
    ap.add_argument("--src", default=str(REPO / "src"), help="the new tree's src (B; a PYTHONPATH)")
    ap.add_argument("--rounds", type=int, default=4, help="rounds of A and B each")
    ap.add_argument("--only", default="search", help="routes whose name holds this ('': all)")
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument(
        "--together",
        action="store_true",
        help="run A and B at the same time (a client process each) instead of in turn",
    )
    args = ap.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that the servers are stopped
    db = serve.build_store(args.articles)
    s = serve.samples(db)
    chosen = [r for r in serve.routes(s) if args.only in r[0]]
    trees = {
        name: os.pathsep.join(str(Path(p).resolve()) for p in src.split(os.pathsep))
        for name, src in (("A", args.base_src), ("B", args.src))
    }
    print(
        f"store {db}; A = {trees['A']}, B = {trees['B']}; {args.requests} requests a route, "
        f"{args.concurrency} in flight",
        flush=True,
    )
    results: dict[str, list[dict[str, dict[str, float]]]] = {"A": [], "B": []}
    header = "| round | tree | route | p50 | p95 | p99 | CPU | route CPU p50 | p95 | load |"
    print(header + "\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for k in range(args.rounds):
        if args.together:
            both = together_round(trees, db, s, chosen, args.requests, args.concurrency)
            for tree in "AB":
                results[tree].append(both[tree])
                for name, r in both[tree].items():
                    print(f"| {k + 1} | {tree} | {name} | {fmt(r)} |", flush=True)
            continue
        for tree in "AB" if k % 2 == 0 else "BA":
            got = one_round(trees[tree], db, chosen, args.requests, args.concurrency)
            results[tree].append(got)
            for name, r in got.items():
                print(f"| {k + 1} | {tree} | {name} | {fmt(r)} |", flush=True)
    print("\nmedian over the rounds\n\n" + header.replace("round | ", ""))
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, _, _ in chosen:
        for tree in "AB":
            rows = [r[name] for r in results[tree]]
            med = {
                key: statistics.median(r[key] for r in rows)
                for key in (*KEYS, "load")
                if all(key in r for r in rows)
            }
            print(f"| {tree} | {name} | {fmt(med)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
