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
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import FatalError
from ..read import Part
from ..read.files import ALL, Selection, file_kind, input_files
from ..read.http import is_url
from ..read.streams import is_gzip_name

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
#: Tasks are balanced by their work, reckoned in JSONL records (a news text of a few KB: its
#: annotation and event coding) ...
#: ... of which a file of any other kind is worth one per this many bytes: an HTML page of
#: ~120 KB, mostly markup, costs about three (extraction, then its article) ...
PAGE_BYTES = 40_000
#: ... its bytes counted this many times over when gzipped.
GZIP_RATIO = 4
#: The records of a JSONL file are reckoned from this many bytes of its start (and counted,
#: line by line, only in a file to be cut into parts).
SAMPLE_BYTES = 1 << 20


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
    #: A part of one big JSONL file (its only file): the lines from byte ``start`` to ``end``,
    #: the first of them line number ``first_line`` (:data:`dashiji.read.Part`); None: the
    #: whole files.
    part: Part | None = None

    @property
    def key(self) -> str:
        """The task's name in the output: its position, and a hash of its files (and part)."""
        name = "\n".join(self.files)
        if self.part is not None:
            name += f"#{self.part[0]}-{self.part[1]}"
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
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
            tasks=tuple(
                Task(t["index"], tuple(t["files"]), tuple(t["part"]) if t.get("part") else None)
                for t in d["tasks"]
            ),
            created=d["created"],
        )

    def files(self) -> list[str]:
        """The input files, in order (a file cut into parts once)."""
        return [f for t in self.tasks if not (t.part and t.part[0] > 0) for f in t.files]

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
    or (None) by their work for ``parallelism`` workers (:func:`cut_by_work`)."""
    files = expand(inputs, selection)
    cut: list[tuple[list[str], Part | None]]
    if files_per_task:
        n = max(1, files_per_task)
        cut = [(files[j : j + n], None) for j in range(0, len(files), n)]
    else:
        cut = cut_by_work(files, parallelism)
    tasks = tuple(Task(i, tuple(g), part) for i, (g, part) in enumerate(cut))
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
    return _group(files, sizes, share)


def _group(files: list[str], sizes: Sequence[float], share: float) -> list[list[str]]:
    """Consecutive files in groups of about ``share`` each (a file bigger than that alone)."""
    groups: list[list[str]] = [[]]
    held = done = 0.0
    k = 1  # the group being filled closes once the bytes so far reach k shares
    for path, size in zip(files, sizes, strict=True):
        if groups[-1] and held + size > share * 1.5:
            groups.append([])  # this file would make the group far too big: it starts the next
            held = 0.0
        groups[-1].append(path)
        held += size
        done += size
        if done >= k * share - size / 2:  # the nearest file boundary to the k-th share
            groups.append([])
            held = 0.0
            k = max(k + 1, math.floor(done / share) + 1)
    if len(groups) > 1 and groups[-1] and held < share / 4:  # a remnant: the group before
        groups[-2].extend(groups.pop())  # takes it
    return [g for g in groups if g]


def cut_by_work(files: list[str], parallelism: int = 1) -> list[tuple[list[str], Part | None]]:
    """Tasks of about equal work for ``parallelism`` workers: as many as :func:`cut_by_size`
    makes of the files' bytes (at least ``TASKS_PER_WORKER`` per worker, each at most about
    ``TASK_BYTES``), weighed by their documents (:data:`PAGE_BYTES`): consecutive files share a
    task, and an uncompressed JSONL file worth more than a task is cut into parts of about a
    task's work each, at line starts (``(files, part)`` pairs; part None: the whole files)."""
    if not files:
        return []
    sizes = [_size(f) for f in files]
    weights = [_weight(f, size) for f, size in zip(files, sizes, strict=True)]
    units = sum(
        max(1, round(w)) if _splittable(f) else 1 for f, w in zip(files, weights, strict=True)
    )
    wanted = max(
        min(units, TASKS_PER_WORKER * max(1, parallelism)), math.ceil(sum(sizes) / TASK_BYTES)
    )
    share = sum(weights) / wanted
    out: list[tuple[list[str], Part | None]] = []
    run: list[int] = []

    def close_run() -> None:
        kept = [files[i] for i in run]
        out.extend((g, None) for g in _group(kept, [weights[i] for i in run], share))
        run.clear()

    for i, path in enumerate(files):
        if _splittable(path) and weights[i] > share * 1.5:
            starts = _records(path)
            if len(starts) > 1:
                close_run()
                n = round(len(starts) / share)
                out.extend(([path], p) for p in _parts(starts, sizes[i], n))
                continue
        run.append(i)
    close_run()
    return out


def _splittable(path: str) -> bool:
    return file_kind(path) == "jsonl" and not is_gzip_name(path) and os.path.isfile(path)


def _weight(path: str, size: int) -> float:
    """The file's work in records: a JSONL file's records, reckoned from its first lines; any
    other file's bytes over :data:`PAGE_BYTES`."""
    if _splittable(path) and size:
        try:
            with open(path, "rb") as f:
                head = f.read(SAMPLE_BYTES)
        except OSError:
            return 1.0
        lines = head.count(b"\n") + (not head.endswith(b"\n"))
        return max(1.0, lines * size / len(head)) if head else 1.0
    return max(1.0, size * (GZIP_RATIO if is_gzip_name(path) else 1) / PAGE_BYTES)


def _records(path: str) -> list[tuple[int, int]]:
    """The (byte offset, line number) of each non-blank line of a JSONL file."""
    out = []
    offset = 0
    try:
        with open(path, "rb") as f:
            for n, line in enumerate(f, start=1):
                if line.strip():
                    out.append((offset, n))
                offset += len(line)
    except OSError:  # not readable: one task, which records why
        return []
    return out


def _parts(starts: list[tuple[int, int]], size: int, n: int) -> list[Part]:
    """``n`` parts of about equal records, each starting at a record's line."""
    n = max(1, min(n, len(starts)))
    cuts = [starts[(k * len(starts)) // n] for k in range(n)]
    ends = [offset for offset, _ in cuts[1:]] + [size]
    parts = [(offset, end, line) for (offset, line), end in zip(cuts, ends, strict=True)]
    parts[0] = (0, parts[0][1], 1)  # the first part from the file's start (blank lines too)
    return parts


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
