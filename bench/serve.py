"""Latency of the HTTP API (``dashiji serve``) on a store of 20,000+ articles, beside datasette
serving the same file for comparable queries.

**The store** (cached in ``.bench-cache/serve-<articles>.db``): the DTELS dev articles
(``../shared/bench/stories/dtels-dev/articles.jsonl``, 642 lines) ingested by the real pipeline,
then replicated until it holds ``--articles`` articles.  Copy ``k`` of each stored ok document is
read back (``Store.get``), given the id ``<id>~r<k>`` and its date moved ``k`` years back, and
written with ``Store.put`` (raw input, row, blocks, spans, search index: the store's own write
path).  Its derived rows -- events, mentions, event actors, its story and story membership,
which ``dashiji.stories`` rebuilds from the spans -- are copied by SQL with the same id suffix
and dates moved by the same years (running the story/event update per copy,
``stories.update.add_document``, costs ~0.25 s an article on this machine as the store grows:
an hour for 20,000).  So the store has the shape of 33 years of the DTELS news: ~33× the
articles, events, mentions, actors' events and stories.

**The load**: ``dashiji serve`` (uvicorn; one process, ``--workers N``: N) on 127.0.0.1, and
``datasette serve`` on the same file; a client keeps ``--concurrency`` requests in flight (a
bounded load) for ``--requests`` requests per route, after a warm-up of 10; each route's ids and
parameters vary over realistic values drawn from the store.  p50/p95/p99 in milliseconds, one table.

    python bench/serve.py [--articles 20000] [--requests 200] [--concurrency 4]

Search queries are drawn from ~300 (:func:`search_words`: the store's actor names, title words
and characters, pairs of them with AND / OR / NOT, quoted phrases), so that the server's cache
of search answers (kept per query, page and file version) answers a minority of them.  Beside
the wall-clock times, the table gives the server's CPU milliseconds per request (its process,
from ``/proc``) and the p50/p95 of the CPU each API answer reports in its ``Server-Timing``
header (its route and JSON, in its thread): what other jobs of a shared machine do not change.
``--in-process`` asks each route's URLs one at a time through the app in this process, first on
a fresh app that has made the start-up views (cold) then again (warm), in wall-clock and CPU time.

Measured 2026-12-04 00:26-00:29 on 2 cores shared with other jobs (load average 11-13), 4 in
flight, the server's CPU per request (its process, /proc) before -> after the changes of that
night, same store, same URLs, run one after the other: events latest 4.8 -> 3.5 ms, by type and
status 4.2 -> 3.5, by actor 5.9 -> 3.8, with facets 4.6 -> 3.7, chronicle 5.0 -> 3.2, articles
7.2 -> 2.3, article 3.7 -> 3.1, search 9.5 -> 9.3, stories 5.1 -> 4.7, actor 4.2 -> 3.2, stats,
map, trending 1.1-1.3.  About 1 ms of each is uvicorn and FastAPI (a cached stats answer: 1.1
ms; the route's own CPU, Server-Timing, 0.1-0.3).  Search is the costly route: its own CPU p50
~5-7, p95 ~17-21 ms -- bm25 scores every matching row (~1.3 us a row in FTS5: 的 matches 19,000
articles, 25 ms; 美 8,000, 10 ms), and the 20 snippets cost ~2.5 ms.  Wall-clock p95 at that
load was 30-270 ms (search the worst): four requests in flight on a machine whose two cores
ran a dozen jobs; on an idle machine (load 0.4, 2026-12-03 23:16, before) search had p50/p95
39/128 ms with 4 in flight and 11/26 ms one at a time, every other route p95 under 56 ms.
Views over the whole store (actor ranking, stats, trending, map, facets by year, totals) are
computed once per version of the file, at start (``dashiji serve``) or at first use.

Measured 2026-12-04 04:20-04:25 (load average 10.6 at start, 16.9 at the end; 4 in flight), after
search ranks common terms from their postings (``dashiji.store.search_postings``, migration 0008)
and events sort by their days (0009): search's own CPU (Server-Timing) p50/p95 4.9/9.4 ms (was
~5-7/17-25), the server's CPU per search 5.7 ms (was 9.3); wall-clock search p50/p95/p99
35/123/242 ms at that load -- every route's wall-clock p95 was 25-135 ms there, stats 7 ms, so
the wall-clock figures are the machine's load more than the routes' work.  Same-process A/B of
``run_search`` over the 292 search queries (CPU, fastest of 3): p50 5.4 -> 4.2, p95 17.7 -> 10.2.

Measured 2026-12-04 07:20-07:35 (issue 9: the date filter compares the days of the events' dates,
migration 0011), the old and the new code alternated twice on two copies of the same store, load
average 13-19, 4 in flight: the route added then, "events in a month + facets"
(``date_from=YYYY-MM&date_to=YYYY-MM``), server CPU per request 85/80 -> 6.3/6.2 ms, its own CPU
p95 (Server-Timing) 102/94 -> 7.9/7.2, wall p95 1698/1337 -> 127/245 ms; every other route's
server CPU within the spread of the runs (old 0.9-4.4 ms, new 0.9-5.1).  Same-process A/B of
the event list's SQL (total, facets from the per-year counts, a page of 50; CPU, fastest of 5):
a month 74.6 -> 4.1 ms, from a year 4.5 -> 4.6, four years and a status 20.4 -> 11.5; the
per-year counts (made once per version of the file) 235 -> 269 ms; a page by type and status,
of the latest events or of a story's chronicle the same plan and CPU.

Measured 2026-12-04 12:44-13:30 (issue 9: search's tail).  Where it went, 4 in flight, one
process: the answer of one search takes 4-5 ms of CPU at its median and 10-13 at its p95, but
one at a time its wall p50 is 6.6 ms and with 4 in flight 27 ms -- the requests queue, and
the process's CPU per search rises from 6.6 to 10.1 ms (load 1.6-1.7).  Routes run in the
thread pool, SQLite leaves the GIL while it steps, but the ranking from postings (numpy), the
snippets, the JSON and the time limit's progress handler (~100 calls of Python in a long FTS5
query) hold it, so one process uses little of a second core.  The search's own CPU tail was
the store's postings: built before triples were tracked (3ac2f5a), the cached store ranked
特斯拉 or 黎智英 by FTS5 over thousands of rows; migration 12 rebuilds such postings.  Idle
(load 1.0-3.1), the old code and store, one process: search p50/p95/p99 30.0/64.7/95.2 and
30.8/68.4/77.9 ms, server CPU 6.8/6.5 ms, its own CPU p50/p95 5.6/13.0, 5.0/11.5; with two
processes (uvicorn workers, the same code, load 1.6-2.0): 16.8/39.9/288 (p99: the second
worker still warming), every route's p95 9-40 ms, against 55.4 for search one process minutes
before.  At load 13-23 (13:06-13:30), old code and store / new code and store, one process,
alternated twice: search server CPU 6.8, 7.4 -> 5.3, 6.7 ms, its own CPU p95 11.7, 12.9 ->
8.0, 11.7; every other route's CPU within the spread of the rounds; wall-clock p95 of every
route 35-300 ms there, the load's.  Two processes at that load: search CPU 7.9-8.9 ms (each
process's SQLite cache and views cold), wall p50/p95 no better than one (45-61 / 175-210 ms
against 53-68 / 172-220); at load 7.3-7.6 (13:49-13:50, this code) one process: search
19.1/51.4/67.7 ms, CPU 4.6 ms, its own CPU p50/p95 3.6/8.2; two: 26.8/65.6/126.8, CPU 7.4;
then alternated twice (load 7.0-7.8), one process 37.9/93.9/126.6 and 26.7/84.7/118.0 (CPU
5.8, 5.9), two 16.7/78.3/496.9 and 22.0/90.0/619.9 (CPU 6.7, 6.7) -- at times a better median,
always a longer tail and more CPU on a busy machine: ``dashiji serve`` runs one process unless
told otherwise.  Same-process A/B of
``run_search`` over the 292 queries (CPU): each asked once, stale -> rebuilt postings p50/p95/
p99 4.29/11.57/16.70 -> 4.62/9.02/11.11 ms; old -> new code on the rebuilt store, alternated
per query, fastest of 5, p50/p95/p99/mean 3.82/7.59/10.82/4.06 -> 3.66/6.42/11.64/3.82.

Measured 2026-12-04 16:40-17:55 (issue 9: search's work under the GIL), 2 cores shared with
other jobs (load 5-12).  A store built from scratch by this script had no search postings for
its copies (``build_store`` never refreshed them, so every search was ranked by FTS5 alone:
``run_search`` CPU mean 4.6 ms over the 293 queries against 3.1 with them); it refreshes them
now, as an ingest run's end does.  The changes (the time limit by a watchdog thread calling
``conn.interrupt()`` instead of a progress handler, a page's rows in one statement, cheaper
snippets, ranking from the postings from 700 matches instead of 2,000) keep every answer
(``bench/search_answers.py``: totals, ids, scores, snippets, pages 1 and 2 of the 293 queries).
Same-process ``run_search`` CPU, old/new alternated per query, fastest of 5: p50/p95/p99/mean
2.54/4.54/5.75/2.62 -> 2.07/3.95/5.51/2.21 ms.  Under load the wall clock is the machine's:
``bench/serve_ab.py`` alternating the two servers, the same code differed by 2x between rounds
(search p95 45 and 88 ms), so its ``--together`` runs both at once, a client process each (the
same code then differs by +-15%): 6 rounds, 300 requests, load 7-10, search server CPU 3.9 ->
3.5 ms, its own CPU p50/p95 2.8/6.2 -> 2.4/5.2, wall p50/p95/p99 38.7/186.8/243.3 ->
49.6/174.0/226.8 (two servers and two clients at once).  Then this script alone (load 6.8): search
19.4/53.4/61.9 ms, server CPU 3.5; every other route's p95 11-76 ms.  Tried and not kept: a GIL
switch interval of 0.5 ms in the server (one alternated run at load 5, p95 73 -> 40; at load 8-10
none, ``--together`` p95 97.6 -> 109.2), searches one at a time (``anyio.CapacityLimiter(1)``,
``--together``: p95 161.7 -> 210.9), searches on the event loop (alternated, load 9-10: p95 103
-> 82, CPU 3.6 -> 3.2; but a slow search would stop every route for up to its 5 s limit), an
asyncio client here (httpx's async client costs more than its threads: cached stats p50 4-10 ->
20-31 ms), httptools for uvicorn (stats CPU 0.6 -> 0.5 ms: not worth a dependency).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import REPO, shared_dir  # noqa: E402

CACHE = REPO / ".bench-cache"
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})(?=-\d{2}|\b)")


def _shift(value: Any, years: int) -> Any:
    if not isinstance(value, str):
        return value
    return _YEAR.sub(lambda m: str(int(m.group(1)) - years), value)


def base_store() -> Path:
    """The DTELS dev articles ingested by the real pipeline (cached)."""
    from dashiji.pipeline import ingest
    from dashiji.store import Store

    CACHE.mkdir(exist_ok=True)
    db = CACHE / "serve-base.db"
    done = db.with_suffix(".done")
    if not done.exists():
        for p in CACHE.glob(db.name + "*"):
            p.unlink()
        src = shared_dir() / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
        t0 = time.perf_counter()
        with Store.open(db) as store:
            ingest([str(src)], store)
        print(f"ingested {src.name} in {time.perf_counter() - t0:.0f}s", flush=True)
        done.write_text("ok")
    return db


#: The derived tables copied with each document copy: columns holding ids get the copy's suffix,
#: columns holding dates are moved the copy's number of years back.
ID_COLUMNS = {"event_id", "mention_id", "doc_id", "story_id", "merged_into"}
DATE_COLUMNS = {
    "date",
    "date_start",
    "date_end",
    "first_seen",
    "last_seen",
    "published",
    "announced",
    "start",
    "end",
}
DERIVED = ("events", "event_mentions", "event_actors", "stories", "story_articles")


def _copy_sql(conn: sqlite3.Connection, table: str) -> str:
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    exprs = []
    for c in cols:
        q = f'"{c}"'
        if c in ID_COLUMNS:
            exprs.append(f"CASE WHEN {q} IS NULL THEN NULL ELSE {q} || :suffix END")
        elif c in DATE_COLUMNS:
            exprs.append(
                f"CASE WHEN {q} GLOB '[12][0-9][0-9][0-9]*' THEN "
                f"printf('%04d', CAST(substr({q}, 1, 4) AS INTEGER) - :k) || substr({q}, 5) "
                f"ELSE {q} END"
            )
        else:
            exprs.append(q)
    key = {"stories": "story_id", "events": "event_id", "event_actors": "event_id"}.get(
        table, "doc_id"
    )
    names = ", ".join(f'"{c}"' for c in cols)
    return (
        f"INSERT INTO {table} ({names}) SELECT {', '.join(exprs)} FROM {table} "
        f"WHERE instr({key}, '~r') = 0"
    )


def build_store(n_articles: int) -> Path:
    """``n_articles`` articles: the base store's, then copies of them (see the module's doc)."""
    from dashiji.store import Store

    db = CACHE / f"serve-{n_articles}.db"
    done = db.with_suffix(".done")
    if done.exists():
        # a store cached by an older dashiji: its migrations run; and its search postings are
        # brought up to date, as an ingest run's end does (a store built before this line had
        # none for its copies: every search was ranked by FTS5 alone)
        with Store.open(db) as store:
            store.refresh_search()
        return db
    base = base_store()
    for p in CACHE.glob(db.name + "*"):
        p.unlink()
    with Store.open(base) as store:  # checkpoint, then copy the file
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(base, db)
    t0 = time.perf_counter()
    with Store.open(db) as store:
        conn = store.connection
        base_ids = [
            i
            for (i,) in conn.execute("SELECT id FROM documents WHERE status = 'ok' ORDER BY rowid")
        ]
        copies = max(0, -(-n_articles // len(base_ids)) - 1)
        sql = {t: _copy_sql(conn, t) for t in DERIVED}
        for k in range(1, copies + 1):
            suffix = f"~r{k}"
            with store.batch():
                for doc_id in base_ids:
                    doc = store.get(doc_id)
                    if doc is None:
                        continue
                    doc.id = doc_id + suffix
                    if doc.article is not None:
                        doc.article.published = _shift(doc.article.published, k)
                    for span in doc.spans:
                        if span.layer == "event":
                            span.attrs["doc"] = doc.id
                            if isinstance(span.attrs.get("id"), str):
                                span.attrs["id"] += suffix
                    store.put(doc)
                for table in DERIVED:
                    conn.execute(sql[table], {"suffix": suffix, "k": k})
            print(f"copy {k}/{copies}: {time.perf_counter() - t0:.0f}s", flush=True)
        store.refresh_search()  # as the end of an ingest run does (Store.finish_run)
        conn.execute("ANALYZE")
    done.write_text("ok")
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=5).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


_SERVER_CPU = re.compile(r"\bcpu;dur=([0-9.]+)")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """:func:`cpu_seconds` of process ``pid`` and of its children (``dashiji serve
    --workers N``: uvicorn's worker processes), those alive now."""
    total = cpu_seconds(pid)
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        kids = []
    for kid in kids:
        try:
            total += tree_cpu_seconds(int(kid))
        except OSError:  # ended meanwhile
            pass
    return total


def wait_idle(pid: int, timeout: float = 180) -> None:
    """Until the process ``pid`` and its children have used under 5% of a core for half a
    second."""
    deadline = time.monotonic() + timeout
    last = tree_cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = tree_cpu_seconds(pid)
        if now - last < 0.025:
            return
        last = now


def measure(
    base: str,
    make_url: Callable[[random.Random], str],
    n: int,
    concurrency: int,
    pid: int | None = None,
) -> dict[str, float]:
    """p50/p95/p99 wall-clock milliseconds of ``n`` requests (and, given the server's ``pid``,
    ``cpu``: the server's CPU milliseconds per request, which other jobs of a shared machine
    do not change)."""
    rng = random.Random(7)
    urls = [make_url(rng) for _ in range(n + 10)]
    times: list[float] = []
    route_cpu: list[float] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for u in urls[:10]:
            client.get(u)

        def one(u: str) -> float:
            t = time.perf_counter()
            r = client.get(u)
            took = (time.perf_counter() - t) * 1000
            if r.status_code != 200:
                raise RuntimeError(f"{u}: {r.status_code} {r.text[:200]}")
            timing = _SERVER_CPU.search(r.headers.get("server-timing", ""))
            if timing:
                route_cpu.append(float(timing.group(1)))
            return took

        cpu0 = tree_cpu_seconds(pid) if pid is not None else 0.0
        with ThreadPoolExecutor(concurrency) as pool:
            times = list(pool.map(one, urls[10:]))
        cpu = (tree_cpu_seconds(pid) - cpu0) * 1000 / n if pid is not None else float("nan")
    q = statistics.quantiles(times, n=100)
    out = {"p50": q[49], "p95": q[94], "p99": q[98], "cpu": cpu}
    if len(route_cpu) > 1:  # the app's own CPU per request (its Server-Timing header)
        c = statistics.quantiles(route_cpu, n=100)
        out |= {"route_cpu_p50": c[49], "route_cpu_p95": c[94]}
    return out


def samples(db: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def col(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0]]

    out = {
        "events": col("SELECT event_id FROM events ORDER BY random() LIMIT 300"),
        "docs": col("SELECT id FROM documents WHERE status = 'ok' ORDER BY random() LIMIT 300"),
        "stories": col(
            "SELECT story_id FROM stories WHERE merged_into IS NULL ORDER BY random() LIMIT 100"
        ),
        "actors": col(
            "SELECT actor_key FROM event_actors GROUP BY actor_key ORDER BY count(*) DESC LIMIT 40"
        ),
        "types": col("SELECT DISTINCT type FROM events WHERE type IS NOT NULL"),
        "words": search_words(conn),
    }
    conn.close()
    return out


#: The first queries measured (README's table before the vocabulary grew): kept in the mix.
FIXED_WORDS = ["美", "特斯拉", "法院", "郭美美 OR 黎智英", '"新冠疫情"', "疫情 -美国", "警方"]
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$|^[A-Za-z][A-Za-z0-9]{2,20}$")


def search_words(conn: sqlite3.Connection, n: int = 300) -> list[str]:
    """About ``n`` queries as users of this store would type them, so that a cache of search
    results cannot answer most of a run: the fixed queries above; the names of the events'
    actors and the words of the titles (jieba), most frequent first; frequent characters of the
    titles; then pairs of them (``a b``, ``a OR b``, ``a -b``) and quoted four-character phrases
    of the titles, drawn with a fixed seed."""
    from dashiji.segment import segment

    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM event_actors GROUP BY name ORDER BY count(*) DESC, name LIMIT 400"
        )
        if _CJK_WORD.match(name)
    ][:90]
    titles = [
        t
        for (t,) in conn.execute(
            "SELECT title FROM documents WHERE status = 'ok' AND instr(id, '~r') = 0 "
            "AND title IS NOT NULL ORDER BY id"
        )
    ]
    words: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for t in titles:
        words.update(w for w in segment(t) if _CJK_WORD.match(w))
        chars.update(c for c in t if "\u4e00" <= c <= "\u9fff")
    title_words = [w for w, _ in words.most_common() if w not in names][:90]
    singles = [c for c, _ in chars.most_common(20)]
    rng = random.Random(11)
    pool = names[:60] + title_words[:60]
    pairs = [rng.sample(pool, 2) for _ in range(60)]
    phrases = []
    for t in rng.sample(titles, 30):
        runs = re.findall(r"[\u4e00-\u9fff]{4,}", t)
        if runs:
            run = rng.choice(runs)
            i = rng.randrange(len(run) - 3)
            phrases.append(f'"{run[i : i + 4]}"')
    combos = (
        [f"{a} {b}" for a, b in pairs[:30]]
        + [f"{a} OR {b}" for a, b in pairs[30:45]]
        + [f"{a} -{b}" for a, b in pairs[45:]]
    )
    found = list(dict.fromkeys(FIXED_WORDS + names + title_words + singles + combos + phrases))
    return found[:n]


def _month(r: random.Random) -> str:
    return f"20{r.randrange(10, 24)}-{r.randrange(1, 13):02d}"


def _month_range(r: random.Random) -> str:
    month = _month(r)
    return f"date_from={month}&date_to={month}"


def routes(s: dict[str, list[str]]) -> list[tuple[str, Callable[[random.Random], str], Any]]:
    """(name, dashiji url maker, datasette url maker or None): comparable queries side by side."""
    c = random.Random.choice
    db = "/store"
    return [
        (
            "events (latest, page of 50)",
            lambda r: f"/api/events?limit=50&offset={r.randrange(0, 500, 50)}",
            lambda r: f"{db}/events.json?_size=50&_sort_desc=date&_nocount=0",
        ),
        (
            "events by type + status",
            lambda r: f"/api/events?type={c(r, s['types'])}&status=occurred&limit=50",
            lambda r: f"{db}/events.json?type={c(r, s['types'])}&status=occurred&_size=50",
        ),
        (
            "events by actor",
            lambda r: f"/api/events?actor={c(r, s['actors'])}&limit=50",
            lambda r: (
                f"{db}.json?sql=select+e.*+from+events+e+where+event_id+in+(select+event_id+from+"
                f"event_actors+where+actor_key%3D%3Ak)+order+by+date+desc+limit+50"
                f"&k={c(r, s['actors'])}"
            ),
        ),
        (
            "events with facets",
            lambda r: f"/api/events?facets=true&date_from=20{r.randrange(10, 24)}&limit=50",
            lambda r: (
                f"{db}/events.json?_size=50&date__gte=20{r.randrange(10, 24)}"
                "&_facet=type&_facet=news_type&_facet=status&_facet=modality&_facet=place_country"
            ),
        ),
        (
            "events in a month + facets",
            lambda r: f"/api/events?facets=true&{_month_range(r)}&limit=50",
            lambda r: (
                f"{db}/events.json?_size=50&date__startswith={_month(r)}"
                "&_facet=type&_facet=news_type&_facet=status&_facet=modality&_facet=place_country"
            ),
        ),
        (
            "chronicle (story)",
            lambda r: f"/api/chronicle?story={c(r, s['stories'])}&limit=100",
            lambda r: f"{db}/events.json?story_id={c(r, s['stories'])}&_sort=date&_size=100",
        ),
        (
            "event by id",
            lambda r: f"/api/events/{c(r, s['events'])}",
            lambda r: f"{db}/events.json?event_id={c(r, s['events'])}",
        ),
        (
            "articles (page of 50)",
            lambda r: f"/api/articles?limit=50&offset={r.randrange(0, 1000, 50)}",
            lambda r: (
                f"{db}/documents.json?status=ok&_sort_desc=published&_size=50"
                "&_col=title&_col=published&_col=outlet"
            ),
        ),
        (
            "article by id",
            lambda r: f"/api/articles/{c(r, s['docs'])}",
            lambda r: f"{db}/documents.json?id={c(r, s['docs'])}",
        ),
        (
            "search (20 hits)",
            lambda r: f"/api/articles/search?q={c(r, s['words'])}&limit=20",
            lambda r: f"{db}/search.json?q={c(r, s['words'])}",
        ),
        (
            "stories (page of 50)",
            lambda r: f"/api/stories?limit=50&offset={r.randrange(0, 200, 50)}",
            lambda r: f"{db}/stories_view.json?_size=50&_sort_desc=num_articles",
        ),
        (
            "actors (page of 50)",
            lambda r: f"/api/actors?limit=50&offset={r.randrange(0, 500, 50)}",
            lambda r: (
                f"{db}.json?sql=select+actor_key%2C+count(distinct+event_id)+n+from+event_actors"
                "+group+by+actor_key+order+by+n+desc+limit+50"
            ),
        ),
        ("actor profile", lambda r: f"/api/actors/{c(r, s['actors'])}", None),
        ("trending stories", lambda r: "/api/stories/trending", None),
        ("map", lambda r: "/api/map", None),
        ("stats", lambda r: "/api/stats", None),
        ("page: event", lambda r: f"/events/{c(r, s['events'])}", None),
        ("page: front", lambda r: "/", None),
    ]


def in_process(db: Path, s: dict[str, list[str]], n: int) -> None:
    """Single requests, one at a time, through the app in this process (no server, no load
    from the client): per route, ``n`` URLs drawn as under load; *cold* is the first request
    of each distinct URL on a fresh app that has made the views ``dashiji serve`` makes as it
    starts (``context.warm``: the views over the whole store) and nothing else (SQLite's pages
    in the OS cache), *warm* the same URLs asked again; wall-clock and CPU time of this process
    (the CPU time does not count other jobs of a shared machine)."""
    from fastapi.testclient import TestClient

    from dashiji.serve.app import create_app
    from dashiji.serve.context import warm as warm_views

    print(
        "| route | distinct URLs | cold p50 | cold p95 | warm p50 | warm p95 "
        "| cold CPU p50 | cold CPU p95 | warm CPU p95 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, ours, _ in routes(s):
        rng = random.Random(7)
        urls = list(dict.fromkeys(ours(rng) for _ in range(n)))
        app = create_app(db)
        warm_views(app.state.dashiji)  # as dashiji serve does when it starts
        with TestClient(app) as client:
            client.get("/api/stats")  # the app's first request: not a route's cost

            def timed(u: str, client: TestClient = client) -> tuple[float, float]:
                t, c = time.perf_counter(), time.process_time()
                r = client.get(u)
                took = (time.perf_counter() - t) * 1000
                cpu = (time.process_time() - c) * 1000
                if r.status_code != 200:
                    raise RuntimeError(f"{u}: {r.status_code} {r.text[:200]}")
                return took, cpu

            cold_both = [timed(u) for u in urls]
            warm_both = [timed(u) for u in urls]
        cold, cold_cpu = [w for w, _ in cold_both], [c for _, c in cold_both]
        warm, warm_cpu = [w for w, _ in warm_both], [c for _, c in warm_both]

        def q(xs: list[float], k: int) -> float:
            return statistics.quantiles(xs, n=100)[k - 1] if len(xs) > 1 else xs[0]

        print(
            f"| {name} | {len(urls)} | {q(cold, 50):.1f} | {q(cold, 95):.1f} | "
            f"{q(warm, 50):.1f} | {q(warm, 95):.1f} | {q(cold_cpu, 50):.1f} | "
            f"{q(cold_cpu, 95):.1f} | {q(warm_cpu, 95):.1f} |",
            flush=True,
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--no-datasette", action="store_true")
    ap.add_argument(
        "--workers",
        type=int,
        default=None,
        help="dashiji serve's --workers (default: its own, one process)",
    )
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="single requests through the app in this process, cold and warm (no server)",
    )
    args = ap.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that the servers are stopped
    db = build_store(args.articles)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        n_docs, n_events, n_stories = conn.execute(
            "SELECT (SELECT count(*) FROM documents WHERE status = 'ok'), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM stories)"
        ).fetchone()
    print(f"store: {db} ({n_docs} articles, {n_events} events, {n_stories} stories)")
    print(f"load average {os.getloadavg()[0]:.1f} at start", flush=True)
    s = samples(db)
    if args.in_process:
        in_process(db, s, args.requests)
        return 0
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    port = free_port()
    app = subprocess.Popen(
        [sys.executable, "-m", "dashiji", "serve", "--db", str(db), "--port", str(port)]
        + (["--workers", str(args.workers)] if args.workers else []),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    ds = None
    ds_port = free_port()
    datasette = shutil.which("datasette") or str(Path(sys.executable).with_name("datasette"))
    if not args.no_datasette and Path(datasette).exists():
        link = db.with_name("store.db")  # datasette names the database after the file
        if link.exists() or link.is_symlink():
            link.unlink()
        link.symlink_to(db.name)
        ds = subprocess.Popen(
            [
                datasette,
                "serve",
                str(link),
                "-p",
                str(ds_port),
                "--setting",
                "sql_time_limit_ms",
                "20000",
                "--setting",
                "facet_time_limit_ms",
                "20000",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    results: dict[str, Any] = {}
    try:
        base = f"http://127.0.0.1:{port}"
        wait_up(base + "/api/stats", app)
        wait_idle(app.pid)  # the views dashiji serve makes as it starts: not a route's cost
        ds_base = f"http://127.0.0.1:{ds_port}"
        if ds is not None:
            wait_up(ds_base + "/-/versions.json", ds)
        rows = []
        for name, ours, theirs in routes(s):
            a = measure(base, ours, args.requests, args.concurrency, pid=app.pid)
            print(f"  {name}: dashiji p95 {a['p95']:.1f} ms, {a['cpu']:.1f} ms CPU", flush=True)

            def ds_url(r: random.Random, theirs: Any = theirs) -> str:
                url: str = theirs(r)
                if ".json?" in url and "sql=" not in url and "/search.json" not in url:
                    url += "&_nosuggest=1"  # datasette's facet suggestions: not asked for
                return url

            b = (
                measure(ds_base, ds_url, args.requests, args.concurrency, pid=ds.pid)
                if ds and theirs
                else None
            )
            results[name] = {"dashiji": a, "datasette": b}
            rows.append((name, a, b))
            if b:
                print(f"  {name}: datasette p95 {b['p95']:.1f} ms", flush=True)
    finally:
        app.terminate()
        if ds is not None:
            ds.terminate()
    print(
        f"\n{n_docs} articles, {n_events} events; {args.requests} requests per route, "
        f"{args.concurrency} in flight, 127.0.0.1, dashiji serve --workers "
        f"{args.workers or 'default'}; load average {os.getloadavg()[0]:.1f}; "
        "CPU: the server's CPU ms per request\n"
    )
    print(
        "| route | dashiji p50 | p95 | p99 | CPU | route CPU p50 | p95 "
        "| datasette p50 | p95 | p99 | CPU |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    keys = ("p50", "p95", "p99", "cpu")
    for name, a, b in rows:
        theirs = " | ".join(f"{b[k]:.1f}" for k in keys) if b else "– | – | – | –"
        ours = " | ".join(
            f"{a[k]:.1f}" for k in (*keys, "route_cpu_p50", "route_cpu_p95") if k in a
        )
        if "route_cpu_p50" not in a:
            ours += " | – | –"
        print(f"| {name} | {ours} | {theirs} |")
    out = CACHE / "serve-results.json"
    out.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
