"""Throughput of the whole pipeline, stage by stage and end to end, beside a naive chain.

**The corpus** (generated once, cached in ``.bench-cache/throughput-<N>/``): ``--articles``
distinct articles (default 20,000), half of them JSONL text records and half HTML pages, built
from the public bench data at run time (nothing of it is committed):

* *text*: each record takes the title and first paragraphs of one DTELS dev article
  (``shared/bench/stories/dtels-dev``) and the later paragraphs of two others of the same story,
  in a shuffled order, dated a random number of days later: real news prose, about the length of
  the originals, and no two records near-duplicates of each other;
* *HTML*: each page is one of the 95 public extraction pages (``shared/bench/extraction``, real
  portal markup, navigation and footers) whose article paragraphs -- the text nodes found in the
  page's gold body -- are replaced by the paragraphs of a generated text record.

**Stages** (one process, CPU time, over ``--sample`` documents of each kind, materialised between
stages): read, extract, normalise, dedup, annotate, code, store (as ``ingest`` stores: in the
worker, what storing each document needs that is made from it alone -- ``work.for_store``: its
rows, story profile and events' facts --, then, in the storing process, ``store_batch`` over
batches of 32 -- ``Store.put`` and the story and event update of each article, one transaction
a batch).  articles/s per core = documents / CPU seconds of that stage.

**End to end**: ``dashiji ingest`` of the whole corpus into a fresh store, in a child process,
with ``-j 1`` and ``-j 2`` (wall time, CPU time of the process tree, and peak memory per
process), on SQLite and -- with ``--postgres`` -- on PostgreSQL; and ``dashiji run --engine
spark`` on ``local[2]`` when ``--spark`` is given (start-up time reported apart).  With
``--engines ROUNDS``, only the engines once started: local -j 2 and Spark ``local[2]`` back to
back, each started (Spark's daemon loaded) before the clock starts, with the CPU seconds of
the Python processes and of the JVM during the run.

**The naive chain**, on the same files in the same run: trafilatura (``extract``) for the HTML,
jieba (``lcut``) and Microsoft Recognizers-Text's Chinese date-time model for every text.  It
finds no entities and no events and stores nothing: the ratio is a floor on what dashiji's extra
work costs.

**Profile**: cProfile over the single-process ingest of ``--sample`` documents, time by module.

    python bench/throughput.py [--articles 20000] [--sample 1000] [--jobs 1,2] \\
        [--postgres auto|URL] [--spark] [--skip-e2e] [--json OUT]
    python bench/throughput.py --articles 600 --engines 3    # the engines once started

The machine is printed with the table; timings are only comparable on one machine, and the
other processes running on it (load average) are printed too.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from _shared import shared_dir  # noqa: E402

CACHE = REPO / ".bench-cache"
RECORDS_PER_FILE = 500
TARGETS = {"text": 300.0, "html": 100.0, "naive_ratio": 5.0, "peak_mb": 400.0, "j2": 1.8}


# ---- the corpus ------------------------------------------------------------------------------
def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if len(p.strip()) >= 8]


def _dtels(shared: Path) -> list[dict[str, Any]]:
    path = shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if len(_paragraphs(r.get("content") or "")) >= 3]


def _text_record(rng: random.Random, by_story: dict[str, list[dict[str, Any]]], k: int) -> dict:
    story = rng.choice(sorted(by_story))
    base, *others = (
        rng.sample(by_story[story], 3)
        if len(by_story[story]) >= 3
        else ([rng.choice(by_story[story])] * 3)
    )
    paras = _paragraphs(base["content"])
    head = paras[: max(2, len(paras) // 2)]
    tail: list[str] = []
    for other in others:
        op = _paragraphs(other["content"])
        tail += op[len(op) // 2 :]
    rng.shuffle(tail)
    body = head[1:] + tail[: max(2, len(paras) - len(head) + 2)]
    published = date.fromisoformat(base["publish_date"][:10]) + timedelta(
        days=rng.randrange(0, 400)
    )
    return {
        "id": f"tp{k:06d}",
        "title": base.get("title") or head[0],
        "text": "\n\n".join(body),
        "date": published.isoformat(),
        "url": f"https://news.example.cn/{published:%Y%m%d}/tp{k:06d}.html",
    }


def _page_templates(shared: Path) -> list[tuple[bytes, str]]:
    """(HTML bytes, gold body without white space) of each public extraction page."""
    out = []
    for folder in ("cwced-zh", "magic-html-zh-dev"):
        for html in sorted((shared / "bench" / "extraction" / folder).glob("*.html")):
            gold = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
            body = "".join(str(gold.get("content") or gold.get("body") or "").split())
            if len(body) > 200:
                out.append((html.read_bytes(), body))
    return out


def _fill_page(template: tuple[bytes, str], record: dict[str, Any]) -> bytes | None:
    """The page with its article paragraphs replaced by the record's, or None when the page's
    body cannot be found in its markup."""
    import lxml.html

    raw, gold = template
    try:
        tree = lxml.html.document_fromstring(raw)
    except Exception:
        return None
    paras = [record["title"], *_paragraphs(record["text"])]
    nodes = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title"):
            continue
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and len(value.strip()) >= 12 and "".join(value.split()) in gold:
                nodes.append((el, attr))
    if len(nodes) < 2:
        return None
    for i, (el, attr) in enumerate(nodes):
        setattr(el, attr, paras[i] if i < len(paras) else "")
    if len(nodes) < len(paras):  # the rest after the last replaced node
        el, attr = nodes[-1]
        setattr(el, attr, getattr(el, attr) + "\n" + "\n".join(paras[len(nodes) :]))
    title = tree.find(".//title")
    if title is not None:
        title.text = record["title"]
    head = tree.find("head")
    if head is not None:
        meta = lxml.html.Element("meta", name="publishdate", content=record["date"])
        head.append(meta)
    return lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def build_corpus(n: int, shared: Path, seed: int = 20261203) -> Path:
    out = CACHE / f"throughput-{n}"
    if (out / "done").exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    (out / "text").mkdir(parents=True)
    (out / "html").mkdir(parents=True)
    rng = random.Random(seed)
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _dtels(shared):
        by_story[row["timeline_id"]].append(row)
    templates = [
        t for t in _page_templates(shared) if _fill_page(t, _text_record(rng, by_story, 0))
    ]
    n_text, n_html = n - n // 2, n // 2
    batch: list[str] = []
    for k in range(n_text):
        batch.append(json.dumps(_text_record(rng, by_story, k), ensure_ascii=False))
        if len(batch) == RECORDS_PER_FILE or k == n_text - 1:
            (out / "text" / f"part-{k // RECORDS_PER_FILE:04d}.jsonl").write_text(
                "\n".join(batch) + "\n", encoding="utf-8"
            )
            batch = []
    made = 0
    k = n_text
    while made < n_html:
        record = _text_record(rng, by_story, k)
        page = _fill_page(rng.choice(templates), record)
        k += 1
        if page is None:
            continue
        sub = out / "html" / f"{made // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{record['id']}.html").write_bytes(page)
        made += 1
    (out / "done").write_text(
        json.dumps({"text": n_text, "html": n_html, "templates": len(templates)})
    )
    return out


def corpus_files(corpus: Path, kind: str) -> list[str]:
    pattern = "*.jsonl" if kind == "text" else "*/*.html"
    return [str(p) for p in sorted((corpus / kind).glob(pattern))]


# ---- stages ----------------------------------------------------------------------------------
def _cpu() -> float:
    return time.process_time()


def stage_table(files: list[str], limit: int) -> tuple[dict[str, float], int]:
    """CPU seconds of each stage over the first ``limit`` documents of ``files``."""
    from dashiji.annotate.step import Annotate
    from dashiji.dedup import Deduplicate
    from dashiji.events.step import CodeEvents
    from dashiji.extract import Extract
    from dashiji.normalize import Normalize
    from dashiji.pipeline import store_batch
    from dashiji.read import read_inputs
    from dashiji.store import Store
    from dashiji.work import BATCH, for_store

    times: dict[str, float] = {}
    # warm-up: dictionaries, models and patterns load lazily; not counted
    warm = list(read_inputs(files[:1]))[:3]
    for step in (Extract(), Normalize(), Annotate(), CodeEvents()):
        warm = list(step(warm))

    t = _cpu()
    docs = []
    for doc in read_inputs(files):
        docs.append(doc)
        if len(docs) >= limit:
            break
    times["read"] = _cpu() - t
    for name, step in (
        ("extract", Extract()),
        ("normalise", Normalize()),
        ("dedup", Deduplicate()),
    ):
        t = _cpu()
        docs = list(step(docs))
        times[name] = _cpu() - t
    for name, step in (("annotate", Annotate()), ("code", CodeEvents())):
        t = _cpu()
        docs = list(step(docs))
        times[name] = _cpu() - t
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "s.db") as store:
        # as ingest stores: what storing a document needs that is made from it alone -- its
        # rows, story profile and events' facts -- where it was analysed (the worker), then, in
        # the storing process, batches of BATCH documents, one transaction each, with their
        # stories and events
        t = _cpu()
        analysed = [for_store(d) for d in docs]
        times["store: in the worker"] = _cpu() - t
        t = _cpu()
        run_id = store.begin_run(files)
        for i in range(0, len(analysed), BATCH):
            store_batch(store, analysed[i : i + BATCH], run_id)
        times["store: storing process"] = _cpu() - t
    return times, len(docs)


# ---- the naive chain -------------------------------------------------------------------------
def naive_chain(files: list[str], limit: int) -> tuple[float, int, dict[str, float]]:
    """CPU seconds of trafilatura + jieba + Recognizers-Text over the first ``limit`` documents."""
    import jieba
    import ms_recognizers_date_time as msdt
    import trafilatura
    from ms_recognizers_text import Culture

    jieba.setLogLevel(60)
    jieba.initialize()
    model = msdt.DateTimeRecognizer(Culture.Chinese).get_datetime_model()
    parts = {"extract": 0.0, "segment": 0.0, "time": 0.0}
    texts: list[str] = []
    n = 0
    t0 = _cpu()
    for path in files:
        if n >= limit:
            break
        if path.endswith(".jsonl"):
            t = _cpu()
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if n >= limit:
                        break
                    rec = json.loads(line)
                    texts.append(rec["title"] + "\n" + rec["text"])
                    n += 1
            parts["extract"] += _cpu() - t
        else:
            t = _cpu()
            html = Path(path).read_bytes()
            texts.append(trafilatura.extract(html, with_metadata=False) or "")
            parts["extract"] += _cpu() - t
            n += 1
    ref = __import__("datetime").datetime(2025, 1, 1)
    for text in texts:
        t = _cpu()
        jieba.lcut(text)
        parts["segment"] += _cpu() - t
        t = _cpu()
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                model.parse(text, ref)
            except Exception:
                pass
        parts["time"] += _cpu() - t
    return _cpu() - t0, n, parts


# ---- end to end ------------------------------------------------------------------------------
_CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {src!r})
from dashiji.pipeline import ingest
from dashiji.store import Store
inputs, db, workers = json.loads(sys.argv[1])
t = time.perf_counter()
with Store.open(db) as store:
    report = ingest(inputs, store, workers=workers)
wall = time.perf_counter() - t
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"wall": wall, "stored": report.stored, "duplicates": report.duplicates,
  "failed": sum(report.failed.values()), "seen": report.seen,
  "cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
  "peak_parent_mb": own.ru_maxrss / 1024, "peak_worker_mb": kids.ru_maxrss / 1024}}))
"""


def end_to_end(inputs: list[str], db: str, workers: int) -> dict[str, Any]:
    code = _CHILD.format(src=str(REPO / "src"))
    env = dict(os.environ, OMP_NUM_THREADS="1")
    proc = subprocess.run(
        [sys.executable, "-c", code, json.dumps([inputs, db, workers])],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def batch_run(inputs: list[str], out: str, engine: str) -> dict[str, Any]:
    """``dashiji run`` (the batch runner, Parquet out): ``local`` on 2 workers or Spark
    ``local[2]``; wall time including the engine's start-up."""
    extra = ["--master", "local[2]"] if engine == "spark" else ["-j", "2"]
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "dashiji", "run", "--engine", engine, *extra, *inputs, "--out", out],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO / "src")),
        check=False,
    )
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):  # 1: the run finished, some inputs failed (as ingest)
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    info: dict[str, Any] = {"wall": wall, "exit": proc.returncode}
    for line in proc.stdout.splitlines():  # the runner prints its own timing as JSON
        with contextlib.suppress(ValueError):
            data = json.loads(line)
            if isinstance(data, dict):
                info.update(data)
    return info


# ---- engines once started ---------------------------------------------------------------------
_ENGINE_CHILD = r"""
import json, os, shutil, sys, time
sys.path.insert(0, {src!r})
from dashiji.batch import LocalEngine, Options, SparkEngine, run_batch
TCK = os.sysconf("SC_CLK_TCK")

def tree(root):  # CPU seconds (own + reaped children) of root and its descendants, by pid
    kids, cpu = {{}}, {{}}
    for p in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = open(f"/proc/{{p}}/stat").read()
        except OSError:
            continue
        name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :]
        f = rest.split()
        kids.setdefault(int(f[1]), []).append(int(p))
        cpu[int(p)] = (sum(int(x) for x in f[11:15]) / TCK, name)
    out, todo = {{}}, [root]
    while todo:
        p = todo.pop()
        if p in cpu:
            out[p] = cpu[p]
        todo += kids.get(p, [])
    return out

engine, out, inputs = json.loads(sys.argv[1])
opts = Options()
t0 = time.perf_counter()
eng = SparkEngine(master="local[2]") if engine == "spark" else LocalEngine(2, opts)
if engine == "spark":  # the daemon starts and loads the models: part of starting
    eng.spark.sparkContext.parallelize(range(2), 2).map(lambda x: os.getpid()).collect()
else:
    eng.map(os.getpid, [()] * 2)
t1 = time.perf_counter()
before = tree(os.getpid())
report = run_batch(inputs, out, eng, opts)
wall = time.perf_counter() - t1
after = tree(os.getpid())
cpu = {{}}
for pid, (c, name) in after.items():
    kind = "jvm" if name == "java" else "python"
    cpu[kind] = cpu.get(kind, 0.0) + c - before.get(pid, (0.0,))[0]
eng.close()
print(json.dumps({{"start": t1 - t0, "wall": wall, "cpu": cpu, "tasks": report.tasks,
  "documents": report.documents, "load": os.getloadavg()[0]}}))
"""


def engines_once_started(inputs: list[str], rounds: int) -> list[dict[str, Any]]:
    """``dashiji run`` on the local pool (-j 2) and on Spark ``local[2]``, back to back, for
    ``rounds`` rounds: each engine started (Spark's session, its daemon with the models; the
    pool's forked workers) before the clock starts, then wall time of the run, and CPU seconds
    of the process tree during it, Python processes and the JVM apart."""
    code = _ENGINE_CHILD.format(src=str(REPO / "src"))
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), OMP_NUM_THREADS="1")
    out: list[dict[str, Any]] = []
    for r in range(rounds):
        for engine in ("local", "spark"):
            tmp = tempfile.mkdtemp(prefix=f"tp-{engine}-")
            proc = subprocess.run(
                [sys.executable, "-c", code, json.dumps([engine, tmp + "/out", inputs])],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            shutil.rmtree(tmp, ignore_errors=True)
            if proc.returncode != 0:
                err = (proc.stderr.strip().splitlines() or ["failed"])[-1]
                out.append({"round": r, "engine": engine, "error": err})
                continue
            out.append({"round": r, "engine": engine, **json.loads(proc.stdout.splitlines()[-1])})
    return out


def postgres_url(arg: str | None) -> tuple[str | None, Callable[[], None]]:
    """A PostgreSQL URL: the one given, or (``auto``) a throwaway server of the tests' kind."""
    if not arg:
        return None, lambda: None
    if arg != "auto":
        return arg, lambda: None
    try:
        sys.path.insert(0, str(REPO / "tests"))
        from pg_server import start_server  # type: ignore[import-not-found]
    except ImportError:
        return None, lambda: None
    server = start_server(Path(tempfile.mkdtemp(prefix="tp-pg-")))
    return server.url, server.stop


# ---- profile ---------------------------------------------------------------------------------
def profile(inputs: list[str], limit: int) -> list[tuple[str, float]]:
    """Seconds of own time by dashiji module (and 'other') over a single-process ingest."""
    from dashiji.pipeline import ingest
    from dashiji.read import read_inputs  # noqa: F401  (warm import)
    from dashiji.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        lines: list[str] = []
        for path in inputs:
            if path.endswith(".jsonl"):
                lines += Path(path).read_text(encoding="utf-8").splitlines()
            if len(lines) >= limit:
                break
        sample.write_text("\n".join(lines[:limit]) + "\n", encoding="utf-8")
        prof = cProfile.Profile()
        with Store.open(Path(tmp) / "p.db") as store:
            prof.enable()
            ingest([str(sample)], store)
            prof.disable()
    by: dict[str, float] = defaultdict(float)
    stats = pstats.Stats(prof)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/dashiji/" in filename:
            mod = filename.split("/dashiji/", 1)[1].removesuffix(".py").replace("/", ".")
        elif "site-packages/" in filename:
            mod = "lib:" + filename.split("site-packages/", 1)[1].split("/", 1)[0]
        elif filename.startswith("~") or filename.startswith("<"):
            mod = "builtins (C: regex, sqlite, str…)"
        else:
            mod = "stdlib"
        by[mod] += tottime
    return sorted(by.items(), key=lambda kv: -kv[1])[:18]


# ---- the table -------------------------------------------------------------------------------
def machine() -> str:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, load {load}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--sample", type=int, default=1000, help="documents of each kind per stage")
    ap.add_argument("--jobs", default="1,2", help="ingest worker counts, comma-separated")
    ap.add_argument("--postgres", help="'auto' (a throwaway server) or a postgresql:// URL")
    ap.add_argument("--spark", action="store_true", help="also run the Spark runner, local[2]")
    ap.add_argument(
        "--engines",
        type=int,
        metavar="ROUNDS",
        help="only compare the engines once started: run local -j 2 and Spark local[2] "
        "back to back, ROUNDS times, on the corpus",
    )
    ap.add_argument("--skip-e2e", action="store_true", help="stages and the naive chain only")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--json", type=Path, help="write the results here too")
    args = ap.parse_args(argv)

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    shared = shared_dir()
    t = time.perf_counter()
    corpus = build_corpus(args.articles, shared)
    meta = json.loads((corpus / "done").read_text())
    print(
        f"# corpus: {corpus} — {meta['text']} text records, {meta['html']} HTML pages "
        f"from {meta['templates']} page templates ({time.perf_counter() - t:.0f} s)"
    )
    print(f"# machine: {machine()}")
    results: dict[str, Any] = {"corpus": meta, "machine": machine()}
    if args.engines:
        return engine_table(corpus, args.engines, results, args.json)

    print("\n## Stages, one process, CPU time (articles/s per core)\n")
    print("| stage | text: ms/article | text: articles/s | HTML: ms/page | HTML: pages/s |")
    print("|---|---|---|---|---|")
    stages: dict[str, dict[str, Any]] = {}
    for kind in ("text", "html"):
        secs, n = stage_table(corpus_files(corpus, kind), args.sample)
        secs["end to end (sum)"] = sum(secs.values())
        stages[kind] = {"n": n, "seconds": secs}
    for name in stages["text"]["seconds"]:
        cells = []
        for kind in ("text", "html"):
            s, n = stages[kind]["seconds"][name], stages[kind]["n"]
            cells += [f"{1000 * s / n:.2f}", f"{n / s:,.0f}" if s else "∞"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    results["stages"] = stages

    print("\n## The naive chain (trafilatura + jieba + Recognizers-Text), same files, CPU time\n")
    print(
        "| input | naive: articles/s | dashiji stages sum: articles/s | dashiji ÷ naive "
        "| naive parts (ms/article) |"
    )
    print("|---|---|---|---|---|")
    naive: dict[str, Any] = {}
    for kind in ("text", "html"):
        secs, n, parts = naive_chain(corpus_files(corpus, kind), args.sample)
        ours = stages[kind]["n"] / stages[kind]["seconds"]["end to end (sum)"]
        theirs = n / secs
        naive[kind] = {"per_s": theirs, "parts": parts, "ratio": ours / theirs}
        pstr = ", ".join(f"{k} {1000 * v / n:.1f}" for k, v in parts.items())
        print(f"| {kind} | {theirs:,.0f} | {ours:,.0f} | {ours / theirs:.2f}× | {pstr} |")
    results["naive"] = naive

    if not args.skip_e2e:
        # the two folders, walked in sorted order (the files corpus_files lists): the list of
        # 10,000 page paths is more than one argument of a child's command line may hold
        inputs = [str(corpus / "text"), str(corpus / "html")]
        print(f"\n## End to end: `ingest` of all {meta['text'] + meta['html']:,} documents\n")
        print(
            "| run | wall s | articles/s (wall) | CPU s | articles/s per CPU-s | stored | dups "
            "| failed | peak MB parent / worker |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        e2e: dict[str, Any] = {}
        url, stop = postgres_url(args.postgres)
        try:
            runs: list[tuple[str, str, int]] = []
            tmp = Path(tempfile.mkdtemp(prefix="tp-"))
            for j in (int(x) for x in args.jobs.split(",")):
                runs.append((f"SQLite -j {j}", str(tmp / f"j{j}.db"), j))
            if url:
                runs.append(("PostgreSQL -j 1", url, 1))
            for label, db, j in runs:
                r = end_to_end(inputs, db, j)
                e2e[label] = r
                if "error" in r:
                    print(f"| {label} | error: {r['error']} | | | | | | | |")
                    continue
                n = r["seen"]
                print(
                    f"| {label} | {r['wall']:.0f} | {n / r['wall']:,.0f} | {r['cpu']:.0f} | "
                    f"{n / r['cpu']:,.0f} | {r['stored']:,} | {r['duplicates']:,} | "
                    f"{r['failed']:,} | "
                    f"{r['peak_parent_mb']:.0f} / {r['peak_worker_mb']:.0f} |"
                )
            n_all = meta["text"] + meta["html"]
            engines = ["local", "spark"] if args.spark else ["local"]
            for engine in engines:
                label = (
                    "run --engine local -j 2"
                    if engine == "local"
                    else "run --engine spark local[2]"
                )
                r = batch_run(inputs, str(tmp / f"{engine}-out"), engine)
                e2e[label] = r
                if "error" in r:
                    print(f"| {label} | error: {r['error']} | | | | | | | |")
                else:
                    print(f"| {label} | {r['wall']:.0f} | {n_all / r['wall']:,.0f} | | | | | | |")
            shutil.rmtree(tmp, ignore_errors=True)
        finally:
            stop()
        j1, j2 = e2e.get("SQLite -j 1", {}), e2e.get("SQLite -j 2", {})
        if "wall" in j1 and "wall" in j2:
            print(f"\n-j 2 speed-up: {j1['wall'] / j2['wall']:.2f}× (target ≥ {TARGETS['j2']}×)")
        results["end_to_end"] = e2e

    if not args.no_profile:
        print(
            "\n## Where the time goes: cProfile of a single-process ingest of "
            f"{args.sample} text records (own time)\n"
        )
        print("| module | seconds |")
        print("|---|---|")
        prof = profile(corpus_files(corpus, "text"), args.sample)
        for mod, secs in prof:
            print(f"| {mod} | {secs:.2f} |")
        results["profile"] = prof

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n# this process peaked at {peak:.0f} MB; targets: text ≥ {TARGETS['text']:.0f}/s, "
        f"HTML ≥ {TARGETS['html']:.0f}/s per core, ≥ {TARGETS['naive_ratio']:.0f}× naive, "
        f"≤ {TARGETS['peak_mb']:.0f} MB per worker"
    )
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


def engine_table(corpus: Path, rounds: int, results: dict[str, Any], out: Path | None) -> int:
    inputs = [str(corpus / "text"), str(corpus / "html")]
    print("\n## dashiji run once started: local -j 2 vs Spark local[2], back to back\n")
    print("| round | engine | start s | run wall s | CPU s: Python | CPU s: JVM | tasks | load |")
    print("|---|---|---|---|---|---|---|---|")
    runs = engines_once_started(inputs, rounds)
    for r in runs:
        if "error" in r:
            print(f"| {r['round']} | {r['engine']} | error: {r['error']} | | | | | |")
            continue
        cpu = r["cpu"]
        print(
            f"| {r['round']} | {r['engine']} | {r['start']:.1f} | {r['wall']:.1f} | "
            f"{cpu.get('python', 0):.1f} | {cpu.get('jvm', 0):.2f} | {r['tasks']} | "
            f"{r['load']:.1f} |"
        )
    best = {
        e: min((r["wall"] for r in runs if r["engine"] == e and "wall" in r), default=None)
        for e in ("local", "spark")
    }
    if best["local"] and best["spark"]:
        print(f"\nfastest run: Spark / local = {best['spark'] / best['local']:.2f} (target ≤ 1.15)")
    results["engines"] = runs
    if out:
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
