"""Worker processes for :func:`dashiji.work.analysed_batches`: one lane per worker.

Each worker prepares the batches sent to it and keeps their documents until it is told which
of them are copies, then analyses them and sends them back: a document crosses between
processes twice (read, analysed), not four times.  Where the platform can ``fork``, the models
are loaded once, in this process, before the workers start (:meth:`DocumentWork.warm`), and the
workers share them; elsewhere each worker loads them on its first batch.

Messages travel through :mod:`multiprocessing` queues, pickled.  All workers are started before
any queue is used, so no thread of this process exists when they fork.  A worker that dies
(killed, out of memory) stops the run with a :class:`~dashiji.errors.FatalError` rather than
leaving it waiting.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
import traceback
from typing import Any

from .errors import FatalError
from .memory import trim_freed_heap
from .model import Document
from .work import DocumentWork

#: Seconds between checks that the workers are alive while waiting for a result.
POLL = 1.0
#: Seconds the workers get to finish when the pool closes, before they are terminated.
STOP_WAIT = 30.0


class WorkerDied(FatalError):
    """A worker process of the pool died or failed."""


def _serve(work: DocumentWork, tasks: Any, results: Any) -> None:
    """A worker's loop: prepare and analyse batches until told to stop (``None``)."""
    held: dict[int, list[Document]] = {}
    while True:
        msg = tasks.get()
        if msg is None:
            return
        kind, key, payload = msg
        try:
            if kind == "prepare":
                held[key], sigs = work.prepare(payload)
                results.put(("prepared", key, sigs))
            else:
                results.put(("analysed", key, work.analyse(held.pop(key), payload)))
        except BaseException:  # noqa: BLE001 - reported to the parent, which stops the run
            results.put(("error", key, traceback.format_exc()))
            return
        # the batch is out (or held), and what handling it freed goes back to the system, not
        # kept by the heap under the next batch's objects: worker peak 301 -> 293 MB, -j 2
        # over 2,000 documents (malloc_trim: ~0.3 ms a batch with nothing to give back)
        del msg, payload
        trim_freed_heap()


class Lanes:
    """``workers`` worker processes running ``work``; use as a context manager."""

    #: Batches out per worker (:func:`~dashiji.work.analysed_batches`): the one it analyses and
    #: one prepared, waiting for its copies to be decided.  Each batch out is held in the worker
    #: (an HTML batch: 5-10 MB pickled, more as objects); a third bought no speed (2,000
    #: documents -j 2: 47.0 s with 3, 47.1 s with 2) and cost its batch on the worker's peak
    #: (293 -> 285 MB).
    ahead = 2

    def __init__(self, work: DocumentWork, workers: int) -> None:
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("fork" if "fork" in methods else None)
        if ctx.get_start_method() == "fork":
            work.warm()  # the workers inherit what it loaded
        self.lanes = workers
        self._results: Any = ctx.Queue()
        self._tasks: list[Any] = [ctx.Queue() for _ in range(workers)]
        self._procs = [
            ctx.Process(target=_serve, args=(work, q, self._results), daemon=True)
            for q in self._tasks
        ]
        for proc in self._procs:
            proc.start()

    def prepare(self, lane: int, key: int, docs: list[Document]) -> None:
        self._tasks[lane].put(("prepare", key, docs))

    def analyse(self, lane: int, key: int, copies: dict[str, str]) -> None:
        self._tasks[lane].put(("analyse", key, copies))

    def results(self, block: bool) -> list[tuple[str, int, Any]]:
        out: list[tuple[str, int, Any]] = []
        while True:
            try:
                if block and not out:
                    msg = self._results.get(timeout=POLL)
                else:
                    msg = self._results.get_nowait()
            except queue.Empty:
                if out or not block:
                    return out
                self._check_alive()
                continue
            if msg[0] == "error":
                raise WorkerDied(f"a worker failed on batch {msg[1]}:\n{msg[2]}")
            out.append(msg)

    def _check_alive(self) -> None:
        for proc in self._procs:
            if not proc.is_alive():
                raise WorkerDied(f"a worker process died (exit code {proc.exitcode})")

    def close(self) -> None:
        """Stop the workers: each finishes its batch in hand; results nobody asked for are
        dropped (a worker cannot exit while its last results wait in the pipe)."""
        for q, proc in zip(self._tasks, self._procs, strict=True):
            if proc.is_alive():
                q.put(None)
        deadline = time.monotonic() + STOP_WAIT
        while any(p.is_alive() for p in self._procs) and time.monotonic() < deadline:
            try:
                self._results.get(timeout=0.05)
            except queue.Empty:
                pass
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        for q in (*self._tasks, self._results):
            q.cancel_join_thread()
            q.close()

    def __enter__(self) -> Lanes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
