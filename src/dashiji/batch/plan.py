"""The plan of a batch run: its input files, cut into tasks, and the options every task uses.

A task is a list of files that one worker (a process of the local pool, a Spark task) reads
from start to end, as cc-pyspark gives each task its WARC files.  Inputs are files,
directories, globs or **path lists** — a file named ``*.paths`` or ``*.paths.gz`` (as Common
Crawl publishes ``warc.paths.gz``) holding one path a line.  Files are taken in the order
``dashiji ingest`` reads them, so the run sees its documents in the same order.

The plan is written to ``OUT/_plan.json``; a later run on the same output must have the same
plan (the same inputs and options), so that a re-run only does the tasks that did not finish.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import FatalError
from ..read.files import ALL, Selection, input_files
from ..read.http import is_url

PLAN = "_plan.json"
LIST_SUFFIXES = (".paths", ".paths.gz")


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

    def same_work(self, other: Plan) -> bool:
        return (self.options, self.tasks) == (other.options, other.tasks)


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
    inputs: list[str], options: Options, files_per_task: int = 1, selection: Selection = ALL
) -> Plan:
    """Cut the inputs' files into tasks of ``files_per_task`` consecutive files."""
    files = expand(inputs, selection)
    n = max(1, files_per_task)
    tasks = tuple(Task(i, tuple(files[j : j + n])) for i, j in enumerate(range(0, len(files), n)))
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return Plan(tuple(inputs), options, tasks, created)


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
