"""Batch runs: the ingest pipeline over many files, on a local process pool or on Spark,
writing Parquet tables (``dashiji run``).

The per-document work is :class:`dashiji.work.DocumentWork` — the same steps, the same code as
``dashiji ingest`` — in the same three phases: prepare in parallel, de-duplicate in input order
in one process, analyse in parallel (:mod:`.tasks`).  What differs is where tasks run
(:mod:`.engines`) and where the results go: Parquet tables in ``OUT`` (:mod:`.tables`), which
``dashiji load`` puts into a store (:mod:`.load`), where stories and merged events are made.

Layout of ``OUT``::

    _plan.json                    inputs, options, the tasks and their files
    articles/part-<task>.parquet  one file per task and table (see dashiji.batch.tables)
    spans/  entities/  events/  event_mentions/  raw_inputs/
    _work/done/<phase>-<task>.json   completion markers, with each task's counts
    _work/signatures/  _work/prepared/   what phase 1 hands on (prepared documents are deleted
                                         once analysed)
    _SUMMARY.json                 the run's counts, and the tasks that failed
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..read.files import ALL, Selection
from .engines import Engine, LocalEngine, SparkEngine
from .plan import Options, fix_plan, make_plan
from .tasks import analyse_task, find_copies, prepare_task

__all__ = ["BatchReport", "LocalEngine", "Options", "SparkEngine", "run_batch"]


@dataclass
class BatchReport:
    tasks: int = 0
    skipped_tasks: int = 0  # done by an earlier run on this output
    documents: int = 0
    #: ok / duplicate / failed:<code> / repeated (an id read before in this run, left out)
    counts: Counter[str] = field(default_factory=Counter)
    failed_tasks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed_tasks and not any(k.startswith("failed") for k in self.counts)


def run_batch(
    inputs: list[str],
    out: str | Path,
    engine: Engine,
    options: Options | None = None,
    *,
    files_per_task: int | None = None,
    selection: Selection = ALL,
) -> BatchReport:
    """Run the pipeline over ``inputs`` with ``engine``, writing the tables to ``out``; the
    files are cut into tasks of ``files_per_task`` files, or (None) by size for the engine's
    parallelism (:func:`.plan.cut_by_size`)."""
    out = Path(out)
    options = options or Options()
    plan = fix_plan(out, make_plan(inputs, options, files_per_task, selection, engine.parallelism))
    report = BatchReport(tasks=len(plan.tasks))
    outdir = str(out.resolve())

    prepared = engine.map(partial(prepare_task, outdir, plan.options), [(t,) for t in plan.tasks])
    ready = set()
    for task, result in zip(plan.tasks, prepared, strict=True):
        if "failed_task" in result:
            report.failed_tasks.append((task.key, result["failed_task"]))
        else:
            ready.add(task.key)
    decisions = find_copies(out, plan, ready)
    todo = [t for t in plan.tasks if t.key in ready]
    analysed = engine.map(
        partial(analyse_task, outdir, plan.options, plan.created),
        [(t, decisions[t.key]) for t in todo],
    )
    for task, result in zip(todo, analysed, strict=True):
        if "failed_task" in result:
            report.failed_tasks.append((task.key, result["failed_task"]))
            continue
        report.skipped_tasks += bool(result.get("skipped"))
        report.documents += int(result.get("documents", 0))
        for key, value in result.items():
            if key in ("ok", "duplicate", "repeated") or key.startswith("failed:"):
                report.counts[key] += int(value)
    _write_summary(out, engine.name, report)
    return report


def _write_summary(out: Path, engine: str, report: BatchReport) -> None:
    summary: dict[str, Any] = {
        "engine": engine,
        "tasks": report.tasks,
        "skipped_tasks": report.skipped_tasks,
        "documents": report.documents,
        "counts": dict(report.counts),
        "failed_tasks": [{"task": k, "error": e} for k, e in report.failed_tasks],
    }
    (out / "_SUMMARY.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
