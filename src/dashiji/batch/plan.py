"""The plan of a batch run: its input files, cut into tasks, and the options every task uses.

A task is a list of files that one worker (a process of the local pool, a Spark task) reads
from start to end, as cc-pyspark gives each task its WARC files.  Inputs are files,
directories, globs or **path lists** — a file named ``*.paths`` or ``*.paths.gz`` (as Common
Crawl publishes ``warc.paths.gz``) holding one path a line.  Files are taken in the order
``dashiji ingest`` reads them, so the run sees its documents in the same order.

By default the files are cut by size (:func:`cut_by_size`): small files (one HTML page each)
share a task, a big one (a WARC file) has its own.  The plan is written to ``OUT/_plan.json``;
a later run on the same output must read the same files with the same options, and keeps the
stored tasks, so that a re-run only does the tasks that did not finish.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import FatalError
from ..read.files import ALL, Selection, input_files
from ..read.http import is_url

PLAN = "_plan.json"
LIST_SUFFIXES = (".paths", ".paths.gz")
#: Cut by size (the default), a task reads about this many bytes of input at most, unless one
#: file alone is bigger (a WARC file is one task, as in cc-pyspark) ...
TASK_BYTES = 16 * 1024 * 1024
#: ... and there are at least this many tasks per worker while there are files to share, so
#: that the workers finish together. A task costs a fixed start (on Spark ~0.1-0.5 s: the task's
#: closure, its Python worker, six Parquet writers), which one page per task paid for every page.
TASKS_PER_WORKER = 4
#: The size a URL is taken to have (it is fetched by the task).
URL_BYTES = 256 * 1024


class PlanMismatch(FatalError):
    """The output directory holds a run of other inputs or options."""


@dataclass(frozen=True)
class Options:
    """What every task needs to know: the per-document steps' settings."""

    date: str | None = None
    statistical: bool = False


@dataclass(frozen=True)
class Task:
    index: int
    files: tuple[str, ...]

    @property
    def key(self) -> str:
        """The task's name in the output: its position, and a hash of its files."""
        digest = hashlib.sha1("\n".join(self.files).encode("utf-8")).hexdigest()[:10]
        return f"{self.index:05d}-{digest}"


@dataclass(frozen=True)
class Plan:
    inputs: tuple[str, ...]
    options: Options
    tasks: tuple[Task, ...]
    created: str

    def to_json(self) -> str:
        d = asdict(self)
        return json.dumps(d, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Plan:
        d = json.loads(text)
        return cls(
            inputs=tuple(d["inputs"]),
            options=Options(**d["options"]),
            tasks=tuple(Task(t["index"], tuple(t["files"])) for t in d["tasks"]),
            created=d["created"],
        )

    def files(self) -> list[str]:
        return [f for t in self.tasks for f in t.files]

    def same_work(self, other: Plan) -> bool:
        """The same options over the same files in the same order, however they are cut into
        tasks (a re-run with more workers keeps the first run's tasks)."""
        return self.options == other.options and self.files() == other.files()


def listed_paths(path: str) -> list[str]:
    """The paths a ``*.paths(.gz)`` list holds, one a line (blank lines and ``#`` comments
    skipped); relative paths are taken from the list's folder."""
    opener: Any = gzip.open if path.endswith(".gz") else open
    base = Path(path).parent
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            item = line.strip()
            if not item or item.startswith("#"):
                continue
            out.append(item if is_url(item) or Path(item).is_absolute() else str(base / item))
    return out


def expand(inputs: list[str], selection: Selection) -> list[str]:
    """Every file the inputs stand for, in order; a path that names nothing is kept (its task
    records it as ``not_found``, as ingest does)."""
    out: list[str] = []
    for item in inputs:
        if item.endswith(LIST_SUFFIXES) and Path(item).is_file():
            out.extend(expand(listed_paths(item), selection))
            continue
        files = None if is_url(item) else input_files(item, selection)
        out.extend([item] if files is None else files)
    return out


def make_plan(
    inputs: list[str],
    options: Options,
    files_per_task: int | None = None,
    selection: Selection = ALL,
    parallelism: int = 1,
) -> Plan:
    """Cut the inputs' files into tasks of consecutive files: ``files_per_task`` files each,
    or (None) by size for ``parallelism`` workers (:func:`cut_by_size`)."""
    files = expand(inputs, selection)
    if files_per_task:
        n = max(1, files_per_task)
        groups = [files[j : j + n] for j in range(0, len(files), n)]
    else:
        groups = cut_by_size(files, [_size(f) for f in files], parallelism)
    tasks = tuple(Task(i, tuple(g)) for i, g in enumerate(groups))
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return Plan(tuple(inputs), options, tasks, created)


def cut_by_size(files: list[str], sizes: list[int], parallelism: int = 1) -> list[list[str]]:
    """Consecutive files in groups of about equal bytes: as many groups as ``TASK_BYTES``
    needs, and at least ``TASKS_PER_WORKER`` per worker (never more groups than files). A
    group closes once it reaches its share, so a file bigger than a share is a group alone."""
    if not files:
        return []
    total = sum(sizes)
    wanted = max(
        min(len(files), TASKS_PER_WORKER * max(1, parallelism)), math.ceil(total / TASK_BYTES)
    )
    share = total / wanted
    if share == 0:  # nothing to weigh (empty or missing files): a task each
        return [[f] for f in files]
    groups: list[list[str]] = [[]]
    held = done = 0
    k = 1  # the group being filled closes once the bytes so far reach k shares
    for path, size in zip(files, sizes, strict=True):
        if groups[-1] and held + size > share * 1.5:
            groups.append([])  # this file would make the group far too big: it starts the next
            held = 0
        groups[-1].append(path)
        held += size
        done += size
        if done >= k * share - size / 2:  # the nearest file boundary to the k-th share
            groups.append([])
            held = 0
            k = max(k + 1, math.floor(done / share) + 1)
    return [g for g in groups if g]


def _size(path: str) -> int:
    if is_url(path):
        return URL_BYTES
    try:
        return os.stat(path).st_size
    except OSError:  # not there: its task records it as not_found
        return 0


def fix_plan(out: Path, plan: Plan) -> Plan:
    """The plan of the run in ``out``: ``plan``, written there on the first run; the stored
    one on a re-run (which must be the same work)."""
    path = out / PLAN
    if path.exists():
        stored = Plan.from_json(path.read_text("utf-8"))
        if not stored.same_work(plan):
            raise PlanMismatch(
                f"{out} holds a run of other inputs or options ({stored.inputs}); "
                "choose another --out"
            )
        return stored
    out.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(plan.to_json(), "utf-8")
    tmp.replace(path)
    return plan
