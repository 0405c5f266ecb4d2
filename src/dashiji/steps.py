"""The one step contract, and the executors that run steps.

A step is a callable ``Iterable[Document] -> Iterator[Document]``.  Most steps work one document
at a time: subclass :class:`DocumentStep` and write ``process(doc) -> Document``; the base class
skips documents that already failed, turns a :class:`~dashiji.errors.DocumentError` into a
recorded ``doc.error`` (the run goes on), and counts what it kept and what failed, with reasons.

Steps hold no open resources at construction, so they pickle: the same list of steps runs
in-process (:func:`run_local`), in a process pool (:func:`run_pool`) or inside a Spark
``mapPartitions`` (:func:`pipeline` is exactly the function to hand it).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .errors import DocumentError, StepFailed
from .model import DocError, Document

log = logging.getLogger(__name__)

Step = Callable[[Iterable[Document]], Iterator[Document]]


# Objects allocated (less those freed) between two collections of the youngest generation while
# a step processes a document, instead of CPython's 700.  Annotating and coding an article makes
# and drops tens of thousands of small containers (matches, actors, spans); at 700 the collector
# ran ~37 times a pass of annotate + code over the 144 DTELS bench articles, 0.26 ms an article
# (``gc.callbacks``, CPU time; ~3 % of the pass), at 10,000 (documents and the annotator's
# chunks) once, 0.02 ms.  What a document leaves in cycles is collected a little later; the
# young objects waiting for it are a megabyte or so.
YOUNG_THRESHOLD = 10_000
_young_lock = threading.Lock()
_young_depth = 0  # documents being processed now (threads, or a step inside a step)
_young_saved: tuple[int, int, int] | None = None  # the thresholds to put back after the last


@contextmanager
def fewer_young_collections() -> Iterator[None]:
    """Raise the youngest generation's threshold to :data:`YOUNG_THRESHOLD` while the block
    runs, and put the thresholds back when the last such block running ends (a caller's own
    setting is put back as it was; one that disables collection, 0, or is higher stays)."""
    global _young_depth, _young_saved
    with _young_lock:
        if _young_depth == 0:
            _young_saved = gc.get_threshold()
            young, *older = _young_saved
            if 0 < young < YOUNG_THRESHOLD:
                gc.set_threshold(YOUNG_THRESHOLD, *older)
        _young_depth += 1
    try:
        yield
    finally:
        with _young_lock:
            _young_depth -= 1
            if _young_depth == 0 and _young_saved is not None:
                gc.set_threshold(*_young_saved)
                _young_saved = None


@dataclass
class StepStats:
    seen: int = 0
    ok: int = 0
    failed: Counter[str] = field(default_factory=Counter)

    def merge(self, other: StepStats) -> None:
        self.seen += other.seen
        self.ok += other.ok
        self.failed.update(other.failed)


class DocumentStep:
    """A step that transforms one document at a time."""

    name: str = "step"

    def __init__(self) -> None:
        self.stats = StepStats()

    def process(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.error is not None or doc.duplicate_of is not None:
                yield doc
                continue
            self.stats.seen += 1
            try:
                with fewer_young_collections():
                    doc = self.process(doc)
            except DocumentError as exc:
                doc.error = DocError(exc.code, exc.message, self.name)
            except Exception as exc:  # a bug in a step must not stop the run
                log.exception("step %s failed on %s", self.name, doc.id)
                doc.error = DocError(StepFailed.code, f"{type(exc).__name__}: {exc}", self.name)
            if doc.error is None:
                self.stats.ok += 1
            else:
                self.stats.failed[doc.error.code] += 1
            yield doc

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["stats"] = StepStats()
        return state


def pipeline(steps: Sequence[Step], docs: Iterable[Document]) -> Iterator[Document]:
    """Chain ``steps`` lazily over ``docs``."""
    stream: Iterable[Document] = docs
    for step in steps:
        stream = step(stream)
    return iter(stream)


def run_local(steps: Sequence[Step], docs: Iterable[Document]) -> Iterator[Document]:
    return pipeline(steps, docs)


def _run_chunk(args: tuple[Sequence[Step], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    steps, chunk = args
    return [d.to_dict() for d in pipeline(steps, (Document.from_dict(x) for x in chunk))]


def run_pool(
    steps: Sequence[Step], docs: Iterable[Document], workers: int = 2, chunksize: int = 8
) -> Iterator[Document]:
    """Run the steps over documents in a process pool, yielding results in input order.

    Documents travel as plain dicts in chunks; at most ``2 * workers`` chunks are in flight, so
    memory stays bounded however long the input is.
    """
    window = 2 * max(1, workers)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        for chunk in _chunks(docs, chunksize):
            pending.append(pool.submit(_run_chunk, (steps, [d.to_dict() for d in chunk])))
            if len(pending) >= window:
                yield from (Document.from_dict(x) for x in pending.popleft().result())
        while pending:
            yield from (Document.from_dict(x) for x in pending.popleft().result())


def _chunks(
    docs: Iterable[Document], size: int, max_bytes: int | None = None
) -> Iterator[list[Document]]:
    """``docs`` in lists of ``size``; with ``max_bytes``, a list also ends once its documents'
    raw bytes reach that many (a few huge documents do not share a batch with 30 others:
    what a batch holds in memory stays bounded by the largest document, not by the batch)."""
    chunk: list[Document] = []
    held = 0
    for doc in docs:
        chunk.append(doc)
        if max_bytes is not None:
            held += len(doc.raw.data)
        if len(chunk) >= size or (max_bytes is not None and held >= max_bytes):
            # Handed over without a reference left in this frame: the list, or its last
            # document (the one that filled it, often the largest), kept while suspended here
            # would live until the next list is read, after its consumer let it go.
            out = [chunk]
            chunk, held = [], 0
            del doc
            yield out.pop()
    if chunk:
        yield chunk
