"""The two task functions of a batch run, and the de-duplication between them.

Every engine runs the same three phases (:func:`dashiji.batch.run_batch`):

1. :func:`prepare_task` for each task, in parallel — read the task's files, then
   :meth:`DocumentWork.prepare` (extract, normalise, sign) batch by batch; the prepared documents
   and their signatures go to ``_work/``;
2. :func:`find_copies`, in one process — the de-duplication decisions, in input order, exactly as
   ``dashiji ingest`` makes them;
3. :func:`analyse_task` for each task, in parallel — :meth:`DocumentWork.analyse` (annotate and
   code all but the copies), rows written to each table's ``part-<task>.parquet``.

A task writes its files under temporary names, renames them when complete, then writes its
completion marker ``_work/done/<phase>-<task>.json`` (its counts): a task with a marker is not
run again, so re-running on the same output adds nothing, and a killed run, run again, only does
the tasks that did not finish (as datatrove's executors do).  A task that fails as a whole (a
bug, a worker killed) is recorded with its reason; the others go on.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..dedup import DedupIndex
from ..model import Document
from ..read import read_inputs, read_part
from ..steps import _chunks
from ..work import BATCH, DocumentWork, decide_copies
from .plan import Options, Plan, Task
from .tables import TABLES, Rows, schemas

log = logging.getLogger(__name__)

WORK = "_work"
#: Rows a task writes to a table at a time.
ROW_GROUP = 2000

_works: dict[Options, DocumentWork] = {}
#: A task's de-duplication decisions: its copies (id → first copy's id), and the positions of
#: the documents whose id came earlier in the run.
Decisions = tuple[dict[str, str], list[int]]


def document_work(options: Options) -> DocumentWork:
    """The per-document work for these options, built once per process (a forked pool worker
    or a reused Spark Python worker keeps the models it loaded)."""
    work = _works.get(options)
    if work is None:
        work = _works[options] = DocumentWork(options.date, options.statistical, story_terms=False)
    return work


def _done(out: Path, phase: str, task: Task) -> Path:
    return out / WORK / "done" / f"{phase}-{task.key}.json"


def _prepared(out: Path, task: Task) -> Path:
    return out / WORK / "prepared" / f"{task.key}.pickle"


def _signatures(out: Path, task: Task) -> Path:
    return out / WORK / "signatures" / f"{task.key}.pickle"


def _finish(marker: Path, counts: dict[str, Any]) -> dict[str, Any]:
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps(counts, ensure_ascii=False), "utf-8")
    tmp.replace(marker)
    return counts


def _guarded(phase: str, task: Task, run: Any) -> dict[str, Any]:
    try:
        return dict(run())
    except Exception:  # noqa: BLE001 - one task failing must not stop the job
        log.exception("%s task %s failed", phase, task.key)
        return {"task": task.key, "failed_task": traceback.format_exc(limit=5)}


# ---- phase 1 ------------------------------------------------------------------------------------
def prepare_task(out: str, plan_options: Options, task: Task) -> dict[str, Any]:
    """Read, extract, normalise and sign the documents of ``task``'s files."""
    return _guarded("prepare", task, lambda: _prepare(Path(out), plan_options, task))


def _prepare(out: Path, options: Options, task: Task) -> dict[str, Any]:
    marker = _done(out, "prepare", task)
    if marker.exists():
        return {**json.loads(marker.read_text("utf-8")), "skipped": True}
    work = document_work(options)
    docs_path, sigs_path = _prepared(out, task), _signatures(out, task)
    docs_path.parent.mkdir(parents=True, exist_ok=True)
    sigs_path.parent.mkdir(parents=True, exist_ok=True)
    sigs: list[tuple[str, Any]] = []
    n = 0
    with open(docs_path.with_suffix(".tmp"), "wb") as f:
        read = read_part(task.files[0], task.part) if task.part else read_inputs(task.files)
        for batch in _chunks(read, BATCH):
            docs, batch_sigs = work.prepare(batch)
            pickle.dump(docs, f, protocol=pickle.HIGHEST_PROTOCOL)
            sigs.extend((d.id, s) for d, s in zip(docs, batch_sigs, strict=True))
            n += len(docs)
    with open(sigs_path.with_suffix(".tmp"), "wb") as f:
        pickle.dump(sigs, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(docs_path.with_suffix(".tmp"), docs_path)
    os.replace(sigs_path.with_suffix(".tmp"), sigs_path)
    return _finish(marker, {"task": task.key, "documents": n})


def _read_prepared(path: Path) -> Iterator[list[Document]]:
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)  # noqa: S301 - our own file, written by phase 1
            except EOFError:
                return


# ---- phase 2 ------------------------------------------------------------------------------------
def find_copies(out: Path, plan: Plan, prepared: set[str]) -> dict[str, Decisions]:
    """For each prepared task, its copies (document id → first copy's id) and the positions of
    the documents an earlier one of the run had the same id as (the same record read twice:
    ingest skips them, so does the run): the signatures of all tasks, in plan order, through
    one de-duplication index — input order, as ingest."""
    index = DedupIndex()
    seen: set[str] = set()
    decisions: dict[str, Decisions] = {}
    for task in plan.tasks:
        if task.key not in prepared:
            continue
        with open(_signatures(out, task), "rb") as f:
            sigs = pickle.load(f)  # noqa: S301 - our own file, written by phase 1
        repeats = []
        ids, kept = [], []
        for pos, (doc_id, sig) in enumerate(sigs):
            if doc_id in seen:
                repeats.append(pos)
                continue
            seen.add(doc_id)
            ids.append(doc_id)
            kept.append(sig)
        decisions[task.key] = (decide_copies(index, ids, kept), repeats)
    return decisions


# ---- phase 3 ------------------------------------------------------------------------------------
def analyse_task(
    out: str, plan_options: Options, added: str, task: Task, decisions: Decisions
) -> dict[str, Any]:
    """Annotate and code the prepared documents of ``task`` (all but the copies; the repeated
    ones left out), and write their rows to the tables."""
    return _guarded(
        "analyse", task, lambda: _analyse(Path(out), plan_options, added, task, decisions)
    )


def _analyse(
    out: Path, options: Options, added: str, task: Task, decisions: Decisions
) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    marker = _done(out, "analyse", task)
    if marker.exists():
        return {**json.loads(marker.read_text("utf-8")), "skipped": True}
    work = document_work(options)
    tables = schemas()
    final = {name: out / name / f"part-{task.key}.parquet" for name in TABLES}
    for path in final.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    writers = {
        name: pq.ParquetWriter(str(path.with_suffix(".tmp")), tables[name], compression="zstd")
        for name, path in final.items()
    }
    counts: Counter[str] = Counter()
    rows = Rows(task.index, added)
    pos = 0

    def flush() -> None:
        for name, got in rows.take().items():
            if got:
                writers[name].write_table(pa.Table.from_pylist(got, schema=tables[name]))

    copies, repeats = decisions[0], set(decisions[1])
    seen = 0
    try:
        for batch in _read_prepared(_prepared(out, task)):
            docs = [d for i, d in enumerate(batch, seen) if i not in repeats]
            counts["repeated"] += len(batch) - len(docs)
            seen += len(batch)
            for doc, _ in work.analyse(docs, copies):
                rows.add(pos, doc)
                pos += 1
                counts[_status(doc)] += 1
            if (
                len(rows.tables["spans"]) >= ROW_GROUP * 10
                or len(rows.tables["articles"]) >= ROW_GROUP
            ):
                flush()
        flush()
    finally:
        for writer in writers.values():
            writer.close()
    for path in final.values():
        os.replace(path.with_suffix(".tmp"), path)
    _prepared(out, task).unlink(missing_ok=True)  # analysed: the intermediate file has served
    return _finish(marker, {"task": task.key, "documents": pos, **counts})


def _status(doc: Document) -> str:
    if doc.error is not None:
        return f"failed:{doc.error.code}"
    return "duplicate" if doc.duplicate_of is not None else "ok"
