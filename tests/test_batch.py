"""dashiji run: the same pipeline as ingest over many files, on the local pool or on Spark,
writing Parquet tables — the same tables whatever the engine, nothing added by a re-run, a bad
file counted and the job going on, and the tables loading into a store exactly as ingest
stores the same inputs."""

from __future__ import annotations

import gzip
import json
import sys
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashiji.batch import LocalEngine, Options, SparkEngine, run_batch
from dashiji.batch.load import load
from dashiji.batch.tables import TABLES
from dashiji.errors import MissingDependency
from dashiji.pipeline import ingest
from dashiji.store import Store

#: The GDELT mention columns that hold when the run happened (each run has its own time).
RUN_TIME = {"EventTimeDate", "MentionTimeDate"}
OPTIONS = Options(date="2025-01-01")


def read_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    tables = {}
    for name in TABLES:
        parts = sorted((out / name).glob("part-*.parquet"))
        rows = pa.concat_tables([pq.read_table(p) for p in parts]).to_pylist()
        tables[name] = [{k: v for k, v in r.items() if k not in RUN_TIME} for r in rows]
    return tables


@pytest.fixture(scope="module")
def inputs(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two JSONL files of DTELS articles (with copies within and across files), an HTML page,
    an empty file, a truncated .jsonl.gz, and a path that does not exist."""
    folder = tmp_path_factory.mktemp("batch-inputs")
    source = shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    with source.open(encoding="utf-8") as f:
        lines = list(islice(f, 100, 140))
    (folder / "a.jsonl").write_text("".join(lines[:20]), "utf-8")
    (folder / "b.jsonl").write_text("".join(lines[20:]), "utf-8")
    page = sorted((shared / "bench" / "extraction" / "cwced-zh").glob("*.html"))[0]
    (folder / "page.html").write_bytes(page.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cut.jsonl.gz").write_bytes(gzip.compress("".join(lines[:3]).encode())[:-40])
    return [str(folder), str(folder / "missing.jsonl")]


@pytest.fixture(scope="module")
def local_run(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    engine = LocalEngine(2, OPTIONS)
    try:
        report = run_batch(inputs, out, engine, OPTIONS, files_per_task=1)
    finally:
        engine.close()
    assert report.tasks == 6 and not report.failed_tasks
    assert report.counts["duplicate"] >= 1 and report.counts["ok"] >= 35
    # the bad files are counted, and the job went on
    assert {"failed:empty", "failed:not_found", "failed:truncated"} <= set(report.counts), report
    return out


def test_spark_gives_the_same_tables_as_the_local_pool(
    spark: Any, inputs: list[str], local_run: Path, tmp_path: Path
) -> None:
    report = run_batch(inputs, tmp_path / "out", SparkEngine(spark), OPTIONS, files_per_task=1)
    assert report.tasks == 6 and not report.failed_tasks
    local, remote = read_tables(local_run), read_tables(tmp_path / "out")
    for name in TABLES:
        assert remote[name] == local[name], f"table {name} differs between Spark and local"
    assert local["events"] and local["entities"] and local["event_mentions"]


def test_a_rerun_adds_nothing(inputs: list[str], local_run: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in local_run.rglob("part-*.parquet")}
    engine = LocalEngine(1)  # cut by size for one worker: the stored plan's six tasks are kept
    report = run_batch(inputs, local_run, engine, OPTIONS)
    assert report.skipped_tasks == report.tasks == 6
    assert {p: p.stat().st_mtime_ns for p in local_run.rglob("part-*.parquet")} == before


def test_files_are_cut_into_tasks_by_size() -> None:
    from dashiji.batch.plan import TASK_BYTES, cut_by_size

    pages = [f"p{i}.html" for i in range(300)]
    groups = cut_by_size(pages, [60_000] * 300, parallelism=2)
    assert len(groups) == 8  # four tasks a worker, not one a page
    assert [f for g in groups for f in g] == pages  # consecutive, in order, none lost
    assert max(map(len, groups)) - min(map(len, groups)) <= 1
    # a big WARC file is a task of its own; the small files around it share theirs
    files = ["a.jsonl", "b.jsonl", "crawl.warc.gz", "c.jsonl", "d.jsonl"]
    sizes = [1_000, 1_000, 3 * TASK_BYTES, 1_000, 1_000]
    groups = cut_by_size(files, sizes, parallelism=1)
    assert ["crawl.warc.gz"] in groups and [f for g in groups for f in g] == files
    assert len(groups) == 3  # the WARC needs three shares; the small files fill one each side
    # many bytes: tasks of about TASK_BYTES, whatever the parallelism
    groups = cut_by_size([f"f{i}" for i in range(100)], [TASK_BYTES // 4] * 100, parallelism=1)
    assert len(groups) == 25
    assert cut_by_size([], [], 4) == []
    assert cut_by_size(["x", "y"], [0, 0], 8) == [["x"], ["y"]]


def test_a_big_jsonl_file_is_cut_into_parts_at_line_starts(tmp_path: Path) -> None:
    from dashiji.batch.plan import cut_by_work
    from dashiji.read import read_inputs, read_part

    # invented records; blank lines at the start, between records, and a last line without
    # its newline: the parts hold every record once, in order, with the whole file's numbers
    lines = [json.dumps({"id": f"r{i}", "text": f"第{i}条消息。" * (i % 7 + 1)}) for i in range(40)]
    body = "\n" + "\n\n".join(lines[:20]) + "\n" + "\n".join(lines[20:])
    big = tmp_path / "big.jsonl"
    big.write_text(body, "utf-8")
    small = tmp_path / "small.jsonl"
    small.write_text(lines[0] + "\n", "utf-8")
    tasks = cut_by_work([str(small), str(big)], parallelism=2)
    parts = [part for files, part in tasks if part is not None]
    assert len(parts) >= 4 and all(files == [str(big)] for files, part in tasks if part)
    assert tasks[0] == ([str(small)], None)  # a small file is not cut
    assert parts[0][0] == 0 and parts[-1][1] == big.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))  # no gap, no overlap
    whole = [(d.id, d.source, d.source_text) for d in read_inputs([str(big)])]
    pieced = [(d.id, d.source, d.source_text) for p in parts for d in read_part(str(big), p)]
    assert pieced == whole and len(whole) == 40
    # a part that no longer starts a line (the file changed since the plan) is a named error
    start, end, first = parts[1]
    (doc,) = read_part(str(big), (start + 1, end, first))
    assert doc.error is not None and doc.error.code == "bad_record"


def test_parts_give_the_tables_whole_files_give(
    inputs: list[str], local_run: Path, tmp_path: Path
) -> None:
    engine = LocalEngine(2, OPTIONS)
    try:  # cut by work for two workers: each JSONL file of 20 records is cut into parts
        report = run_batch(inputs, tmp_path / "out", engine, OPTIONS)
    finally:
        engine.close()
    plan = json.loads((tmp_path / "out" / "_plan.json").read_text("utf-8"))
    assert sum(1 for t in plan["tasks"] if t["part"]) >= 4 and not report.failed_tasks
    whole, parts = read_tables(local_run), read_tables(tmp_path / "out")
    for name in TABLES:
        a = [{k: v for k, v in r.items() if k not in ("task", "pos")} for r in whole[name]]
        b = [{k: v for k, v in r.items() if k not in ("task", "pos")} for r in parts[name]]
        if name == "raw_inputs":  # each task writes the bytes it read once (with the first
            # document's uri): the same bytes, whichever task holds them
            assert {r["sha256"]: r["data"] for r in b} == {r["sha256"]: r["data"] for r in a}
            continue
        assert b == a, f"table {name} differs between parts and whole files"


def test_another_input_set_needs_another_output(inputs: list[str], local_run: Path) -> None:
    from dashiji.batch.plan import PlanMismatch

    with pytest.raises(PlanMismatch):
        run_batch(inputs[:1], local_run, LocalEngine(1), OPTIONS)


def test_loaded_tables_are_what_ingest_stores(
    inputs: list[str], local_run: Path, tmp_path: Path
) -> None:
    from test_ingest_parallel import tables

    with Store.open(tmp_path / "loaded.db") as store:
        new, old = load(local_run, store)
    with Store.open(tmp_path / "ingested.db") as store:
        report = ingest(inputs, store, date=OPTIONS.date)
    assert new == report.stored + report.duplicates + sum(report.failed.values())
    assert old == 0 and report.skipped == 2  # cut.jsonl.gz repeats two of a.jsonl: left out
    a, b = tables(tmp_path / "loaded.db"), tables(tmp_path / "ingested.db")
    for name in a:
        assert a[name] == b[name], f"table {name}: loaded != ingested"
    assert a["events"] and a["stories"]


def test_spark_missing_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(MissingDependency, match=r"pip install 'dashiji\[spark\]'"):
        SparkEngine()


def test_the_run_and_load_commands(inputs: list[str], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dashiji.cli import app

    runner = CliRunner()
    out, db = tmp_path / "out", tmp_path / "store.db"
    args = ["run", *inputs, "--out", str(out), "--date", "2025-01-01", "--files-per-task", "3"]
    args.append("--stories")
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output  # three inputs failed, and say so
    assert "stored 40" in first.stderr and "truncated 1" in first.stderr
    assert "read twice 2" in first.stderr
    again = runner.invoke(app, args)
    assert "tasks already done 2" in again.stderr
    loaded = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    with Store.open(db) as store:
        (n,) = store.connection.execute("SELECT count(*) FROM documents").fetchone()
    assert n == 44
    # the story tables are the store's
    stories = pq.read_table(out / "stories" / "part-00000.parquet").to_pylist()
    members = pq.read_table(out / "story_articles" / "part-00000.parquet").to_pylist()
    with Store.open(out / "store.db") as store:
        rows = store.connection.execute("SELECT story_id, num_articles FROM stories").fetchall()
    assert sorted((r["story_id"], r["num_articles"]) for r in stories) == sorted(rows)
    assert len(members) == 40 and {m["story_id"] for m in members} <= {r[0] for r in rows}
    assert pq.read_table(out / "merged_events" / "part-00000.parquet").num_rows > 0
