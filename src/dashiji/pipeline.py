"""The standard pipelines, assembled from steps: read → extract → normalize → dedup → store.

These functions are the Python API behind the CLI::

    from dashiji.pipeline import extract_documents, ingest
    for doc in extract_documents(["page.html"], date="2025-10-22"):
        print(doc.article.title, doc.article.body)

    with Store.open("news.db") as store:
        report = ingest(["pages/"], store)
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import StoreError, StoreWriteFailed
from .extract import Extract
from .model import DocError, Document, Raw
from .normalize import Normalize
from .read import ALL, Selection, read_inputs
from .read.encoding import valid_unicode
from .steps import Step, pipeline, run_pool

if TYPE_CHECKING:
    from .store import Store
    from .store.rows import DocumentRows
    from .work import Analysed, DocumentWork, Runner

log = logging.getLogger(__name__)


def article_steps(date: str | None = None) -> list[Step]:
    """The steps every document goes through after reading."""
    return [Extract(date), Normalize()]


def analysis_steps(statistical: bool = False, events: bool = True) -> list[Step]:
    """The steps that analyse an article (run after de-duplication: copies are not analysed):
    annotation (entities, times, quantities), then event coding."""
    from .annotate.step import Annotate

    steps: list[Step] = [Annotate(statistical=statistical)]
    if events:
        from .events.step import CodeEvents

        steps.append(CodeEvents())
    return steps


def run(steps: list[Step], docs: Iterable[Document], workers: int = 1) -> Iterator[Document]:
    """Run steps in-process, or in a pool of ``workers`` processes."""
    if workers > 1:
        return run_pool(steps, docs, workers=workers)
    return pipeline(steps, docs)


def articles(
    docs: Iterable[Document], date: str | None = None, workers: int = 1
) -> Iterator[Document]:
    """Run the article steps over read documents, in-process or in a pool of ``workers``."""
    return run(article_steps(date), docs, workers)


def extract_documents(
    inputs: Iterable[str], date: str | None = None, workers: int = 1
) -> Iterator[Document]:
    """Read and extract, no store: one Document per input document, failed ones included."""
    return articles(read_inputs(inputs), date, workers)


def annotate_documents(
    inputs: Iterable[str],
    date: str | None = None,
    workers: int = 1,
    statistical: bool = False,
    events: bool = False,
) -> Iterator[Document]:
    """Read, extract and annotate (entities, times, quantities; with ``events``, code events)."""
    steps = [*article_steps(date), *analysis_steps(statistical, events)]
    return run(steps, read_inputs(inputs), workers)


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store: a re-run adds nothing
    duplicates: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    retried: int = 0  # stored failures tried again
    still_failed: int = 0  # skipped: stored as failed, and not tried again
    #: (document id, source, error code, message) of each document that failed in this run
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


#: Failures whose cause may be gone on the next try whatever the code: a network or disk error,
#: a file that was missing.  Any other failure is tried again when dashiji's version changed.
TRANSIENT_FAILURES = frozenset({"fetch_timeout", "fetch_failed", "store_failed", "not_found"})
#: How many failures an IngestReport lists one by one.
FAILURES_LISTED = 1000


def should_retry(code: str, version: str | None, retry_failed: bool | None) -> bool:
    """Try a stored failure again?  Always (True), never (False), or by default when its cause
    may have changed: a transient failure, or one recorded by another version of dashiji."""
    if retry_failed is not None:
        return retry_failed
    from . import __version__

    return code in TRANSIENT_FAILURES or version != __version__


def ingest(
    inputs: Iterable[str],
    store: Store,
    date: str | None = None,
    on_document: Callable[[Document], None] | None = None,
    workers: int = 1,
    statistical: bool = False,
    *,
    retry_failed: bool | None = None,
    selection: Selection = ALL,
) -> IngestReport:
    """Read, extract, normalise, de-duplicate, store, and add to stories and events; idempotent
    and resumable.

    A document already in the store (same id) is skipped before any work is done on it, so
    running the same ingest twice adds nothing and a killed run, run again, picks up where it
    stopped.  Documents are stored in batches of :data:`~dashiji.work.BATCH`, one transaction
    each (with their stories and events).  With ``workers > 1`` extraction, normalisation,
    annotation and event coding run in worker processes (:mod:`dashiji.lanes`); reading,
    de-duplication and storing stay here, and the result is the same as with one.  A document
    the store cannot write is stored as failed (``store_failed``, with SQLite's reason, its raw
    bytes kept) and the run goes on.

    A document stored as failed is tried again as :func:`should_retry` says (``retry_failed``:
    None = when its cause may have changed, True = always, False = never).  ``selection``
    (``--include`` / ``--exclude``) narrows the files of directories and globs.
    """
    from . import __version__
    from .dedup import DedupIndex
    from .memory import trim_freed_heap
    from .stories.update import catch_up
    from .work import DocumentWork, analysed_batches

    inputs = list(inputs)
    report = IngestReport()
    run_id = store.begin_run(inputs)
    catch_up(store)  # articles a killed run stored but did not add to their stories

    def fresh(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            report.seen += 1
            if store.has_doc(doc.id):
                failed = store.failure(doc.id)
                if failed is not None and failed.run_id == run_id:
                    # a copy of a document that failed earlier in this run fails again: skipped,
                    # as it is with worker processes, which read it before that failure is stored
                    failed = None
                if failed is not None and should_retry(failed.code, failed.version, retry_failed):
                    store.forget_failed(doc.id)
                    report.retried += 1
                    yield doc
                    del doc  # (see below)
                    continue
                report.skipped += 1
                if failed is not None:
                    report.still_failed += 1
                if on_document:
                    on_document(doc)
                continue
            yield doc
            # resumed when the next document is wanted: this one is stored by now, and held
            # here it would live through the reading of the next
            del doc

    index = DedupIndex.from_store(store)  # one index, in this process: it must see every document
    work = DocumentWork(date, statistical)
    stream = fresh(read_inputs(inputs, selection=selection))
    with _runner(work, workers) as runner:
        for batch in analysed_batches(stream, index, runner):
            trim_freed_heap()  # what the batch's analysis freed, before storing it takes more
            stored = store_batch(store, batch, run_id)
            # the signatures registered so far, saved now rather than held to the end of the
            # run (~1 KB a document: 100 MB for 100,000); a killed run keeps them too (rows of
            # documents not stored yet are ignored as the index is read, and kept as they are
            # when the documents are stored again)
            index.save(store)
            _count_stored(report, stored, on_document)
            del stored
            del batch  # stored: let go before the next batch is read and analysed
            trim_freed_heap()  # and what it freed between live objects goes back to the system
    index.save(store)
    store.finish_run(
        run_id,
        {
            "seen": report.seen,
            "stored": report.stored,
            "skipped": report.skipped,
            "duplicates": report.duplicates,
            "failed": dict(report.failed),
            "retried": report.retried,
            "version": __version__,
        },
    )
    return report


def _count_stored(
    report: IngestReport,
    stored: list[tuple[bool, Document]],
    on_document: Callable[[Document], None] | None,
) -> None:
    """Count a stored batch's documents into ``report`` (a function of its own, so that no
    loop variable of :func:`ingest` holds the batch's last document on into the next batch)."""
    for new, doc in stored:
        if not new:
            report.skipped += 1
        elif doc.error is not None:
            report.failed[doc.error.code] += 1
            if len(report.failures) < FAILURES_LISTED:
                report.failures.append((doc.id, doc.source, doc.error.code, doc.error.message))
        elif doc.duplicate_of is not None:
            report.duplicates += 1
        else:
            report.stored += 1
        if on_document:
            on_document(doc)


@contextmanager
def _runner(work: DocumentWork, workers: int) -> Iterator[Runner]:
    """Where the per-document work runs: here, or in ``workers`` worker processes."""
    from .work import InlineRunner

    if workers <= 1:
        yield InlineRunner(work)
        return
    from .lanes import Lanes

    with Lanes(work, workers) as lanes:
        yield lanes


def store_batch(
    store: Store, batch: list[Analysed], run_id: int | None
) -> list[tuple[bool, Document]]:
    """Store a batch of analysed documents and add them to stories and events, in one
    transaction; ``(newly stored, document as stored)`` for each.

    A document the store refuses rolls the batch back; the batch is then stored one document
    at a time, so that only that one is stored as failed (:func:`_put`)."""
    from .stories.update import add_document

    def put(one_by_one: bool) -> list[tuple[bool, Document]]:
        out = []
        for doc, ready in batch:
            rows = ready.rows if ready is not None else None
            if one_by_one:
                new, stored = _put(store, doc, run_id, rows)
            else:
                new, stored = store.put(doc, run_id=run_id, rows=rows), doc
            if new:
                if stored is doc and ready is not None:
                    add_document(store, doc, facts=ready.facts)
                else:
                    add_document(store, stored)
            out.append((new, stored))
        return out

    try:
        with store.batch():
            return put(one_by_one=False)
    except StoreWriteFailed:
        return put(one_by_one=True)


def _put(
    store: Store, doc: Document, run_id: int | None = None, rows: DocumentRows | None = None
) -> tuple[bool, Document]:
    """Store ``doc`` (``rows``: its rows, made already); if the store cannot write it, store it
    as failed, saying why.

    Returns whether it was newly stored, and the document as stored.  Raises
    :class:`~dashiji.errors.StoreError` if not even the failure can be written.
    """
    try:
        return store.put(doc, run_id=run_id, rows=rows), doc
    except StoreWriteFailed as exc:
        log.warning("document %s cannot be stored: %s", doc.id, exc.message)
        failed = unstorable(doc, exc)
    try:
        return store.put(failed, run_id=run_id), failed
    except StoreWriteFailed as exc:
        raise StoreError(f"cannot write to store {store.path}: {exc.message}") from exc


def unstorable(doc: Document, error: StoreWriteFailed) -> Document:
    """The failed document that stands for ``doc`` in the store: its id, raw bytes and what the
    source declared (with valid text), and the error; nothing that was derived from them."""
    (uri, metadata, message), _ = valid_unicode((doc.raw.uri, doc.raw.metadata, error.message))
    raw = Raw(doc.raw.data, uri, doc.raw.media_type, doc.raw.fetched_at, doc.raw.encoding, metadata)
    return Document(id=doc.id, raw=raw, error=DocError(error.code, message, "store"))
