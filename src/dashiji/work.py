"""The work done on each document, in two stages around de-duplication.

De-duplication must see every document, in input order, so it runs in one process; everything
else is per-document work that can run anywhere — in this process, in the workers of a process
pool (:mod:`dashiji.lanes`), in a Spark task (:mod:`dashiji.spark`).  A batch of read documents
goes through

1. :meth:`DocumentWork.prepare` — extract, normalise and sign: the MinHash signature that
   de-duplication compares (:meth:`~dashiji.dedup.DedupIndex.signature_of`);
2. the de-duplication decision, in one process (:meth:`~dashiji.dedup.DedupIndex.check_signature`);
3. :meth:`DocumentWork.analyse` — mark the copies, annotate and code the others (copies are not
   analysed, as in a run without a pool).

:func:`analysed_batches` drives the three over a stream of documents with a :class:`Runner`
(:class:`InlineRunner` here, or :class:`~dashiji.lanes.Lanes` of worker processes) and yields
the analysed batches in input order, so the results do not depend on the runner.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from .dedup import DedupIndex
from .model import Document, content_id
from .steps import Step, _chunks, pipeline

if TYPE_CHECKING:
    from .store.rows import DocumentRows
    from .stories.update import ArticleFacts

#: A document's de-duplication signature: (exact hash, MinHash values or None), or None when it
#: has no article text to compare.
Signature = tuple[str, np.ndarray | None] | None


@dataclass(slots=True)
class ForStore:
    """What storing an analysed document needs that is made from the document alone, made
    where it was analysed (:meth:`DocumentWork.analyse`): its rows (:mod:`.store.rows`) and its
    story and events facts (:func:`.stories.update.article_facts`, None for a copy or a failed
    document).  The document's spans are in the rows, and it travels without them."""

    rows: DocumentRows
    facts: ArticleFacts | None


#: An analysed document, with what storing it needs (:class:`ForStore`), or (without
#: ``DocumentWork.story_terms``) with None.
Analysed = tuple[Document, "ForStore | None"]
#: Documents per batch: the unit sent to a worker.  32 is also the annotator's chunk of
#: documents tagged together, so a batch is tagged as one.
BATCH = 32
#: A batch also ends once its documents' raw bytes reach this many: what a batch holds (raw
#: bytes, text, analysis) stays bounded by the largest document rather than 32 of them.
BATCH_BYTES = 8_000_000


@dataclass
class DocumentWork:
    """The per-document steps of an ingest, in the two stages around de-duplication.

    Holds steps only (no open resources), so it pickles; models load on first use, once per
    process, or before a pool forks its workers (:meth:`warm`)."""

    date: str | None = None
    statistical: bool = False
    events: bool = True
    #: Also make what storing each document needs (:class:`ForStore`: its rows, its story
    #: profile and events' facts), and send the document without its spans.
    story_terms: bool = True
    _article: list[Step] = field(init=False, repr=False)
    _analysis: list[Step] = field(init=False, repr=False)
    _signer: DedupIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        from .memory import return_freed_memory
        from .pipeline import analysis_steps, article_steps

        return_freed_memory()  # a huge document's memory goes back once it is done with

        self._article = article_steps(self.date)
        self._analysis = analysis_steps(self.statistical, self.events)
        self._signer = DedupIndex()

    def prepare(self, docs: Iterable[Document]) -> tuple[list[Document], list[Signature]]:
        """Extract and normalise read documents; their de-duplication signatures."""
        out = list(pipeline(self._article, docs))
        return out, [self._signer.signature_of(d) for d in out]

    def analyse(self, docs: Iterable[Document], copies: dict[str, str]) -> list[Analysed]:
        """Mark the copies (``copies``: document id → first copy's id), then annotate and code
        events in the others; each with what storing it needs (:func:`for_store`; None for all
        without ``story_terms``)."""
        docs = list(docs)
        for doc in docs:
            first = copies.get(doc.id)
            if first is not None:
                doc.duplicate_of = first
        if not self.story_terms:
            return [(doc, None) for doc in pipeline(self._analysis, docs)]
        return [for_store(doc) for doc in pipeline(self._analysis, docs)]

    def warm(self) -> None:
        """Load every model and table the steps use, by running them over a short built-in
        article: a pool that forks after this starts its workers ready.

        What is loaded then leaves the garbage collector's watch (``gc.freeze``): the models
        live as long as the process, a full collection no longer walks them (a reused Spark
        worker runs one after every task: ~45 ms each with the models watched), and a forked
        worker does not copy the shared pages by writing the objects' collector headers.

        A forked worker starts with every page this process has resident, its own or not: so
        the converters only the tables were built with go (:func:`.normalize.script.
        release_converters`: ~16 MB), and so do the free pages that loading left in the heap
        (:func:`.memory.trim_freed_heap`: ~23 MB), from this process and each worker's start."""
        data = resources.files("dashiji").joinpath("data/warmup.txt").read_bytes()
        from .memory import trim_freed_heap
        from .normalize.script import release_converters
        from .read.documents import text_document

        doc = text_document(data, "dashiji:warmup.txt", doc_id=content_id(data))
        docs, _ = self.prepare([doc])
        self.analyse(docs, {})
        del doc, docs
        release_converters()
        gc.collect()
        gc.freeze()
        trim_freed_heap()


def for_store(doc: Document, terms: dict[str, float] | None = None) -> Analysed:
    """``doc`` without its spans, and what storing it needs (:class:`ForStore`; ``terms``: its
    story profile, when made already).  A document whose rows cannot be made (a value JSON
    cannot hold) keeps its spans and gets None: the store then makes them, and says why not."""
    from .store.rows import document_rows
    from .stories.update import article_facts

    try:
        ready = ForStore(document_rows(doc), article_facts(doc, terms))
    except (UnicodeError, ValueError, OverflowError, RecursionError, TypeError):
        return doc, None
    doc.spans = []
    return doc, ready


class Runner(Protocol):
    """Runs the two stages of :class:`DocumentWork` on batches, somewhere.

    A batch prepared in lane ``n`` is analysed in lane ``n`` (a worker keeps the documents it
    prepared, so they do not travel back and forth).  Results come back through
    :meth:`results`, tagged with the batch's key, in any order."""

    lanes: int

    def prepare(self, lane: int, key: int, docs: list[Document]) -> None: ...

    def analyse(self, lane: int, key: int, copies: dict[str, str]) -> None: ...

    def results(self, block: bool) -> list[tuple[str, int, Any]]:
        """``("prepared", key, signatures)`` and ``("analysed", key, documents)`` messages
        available now (with ``block``: at least one)."""
        ...


class InlineRunner:
    """Both stages in this process, at once."""

    lanes = 1
    #: One batch out at a time: running ahead buys nothing here (there is nothing to overlap
    #: with), and each batch out is 32 documents held in memory, analysed and not yet stored.
    ahead = 1

    def __init__(self, work: DocumentWork) -> None:
        self.work = work
        self._held: dict[int, list[Document]] = {}
        self._done: list[tuple[str, int, Any]] = []

    def prepare(self, lane: int, key: int, docs: list[Document]) -> None:
        self._held[key], sigs = self.work.prepare(docs)
        self._done.append(("prepared", key, sigs))

    def analyse(self, lane: int, key: int, copies: dict[str, str]) -> None:
        self._done.append(("analysed", key, self.work.analyse(self._held.pop(key), copies)))

    def results(self, block: bool) -> list[tuple[str, int, Any]]:
        done, self._done = self._done, []
        if block and not done:
            raise RuntimeError("no result to wait for")
        return done


def analysed_batches(
    docs: Iterable[Document],
    index: DedupIndex,
    runner: Runner,
    batch_size: int = BATCH,
    ahead: int | None = None,
    max_bytes: int | None = None,
) -> Iterator[list[Analysed]]:
    """Batches of ``docs``, prepared, de-duplicated against ``index`` and analysed by
    ``runner``, in input order (each document with its story profile).

    At most ``ahead`` batches per lane are out at a time (memory stays bounded however long the
    input; by default the runner's own ``ahead``, else 3), each of at most ``batch_size``
    documents and ``max_bytes`` raw bytes (by default :data:`BATCH_BYTES`; a document larger
    than that alone).  De-duplication decisions are made in input order, whatever order the
    lanes finish in, so a copy is always linked to the copy that came first in the input."""
    batches = iter(_chunks(docs, batch_size, BATCH_BYTES if max_bytes is None else max_bytes))
    if ahead is None:
        ahead = getattr(runner, "ahead", 3)
    window = ahead * runner.lanes
    ids: dict[int, list[str]] = {}
    prepared: dict[int, list[Signature]] = {}
    analysed: dict[int, list[Analysed]] = {}
    submitted = decided = yielded = 0
    exhausted = False
    while True:
        while not exhausted and submitted - yielded < window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                break
            ids[submitted] = [d.id for d in batch]
            runner.prepare(submitted % runner.lanes, submitted, batch)
            # the runner holds it now; kept here too, a stored batch would live on through the
            # reading of the next one (``batch = next(...)`` lets go only once that is read)
            del batch
            submitted += 1
        for kind, key, payload in runner.results(block=False):
            (prepared if kind == "prepared" else analysed)[key] = payload
        while decided in prepared:
            copies = decide_copies(index, ids.pop(decided), prepared.pop(decided))
            runner.analyse(decided % runner.lanes, decided, copies)
            decided += 1
        if yielded in analysed:
            yield analysed.pop(yielded)
            yielded += 1
            continue
        if exhausted and yielded == submitted:
            return
        for kind, key, payload in runner.results(block=True):
            (prepared if kind == "prepared" else analysed)[key] = payload


def decide_copies(index: DedupIndex, ids: list[str], sigs: list[Signature]) -> dict[str, str]:
    """The copies among a batch's documents (id → first copy's id), registering the others."""
    copies: dict[str, str] = {}
    for doc_id, sig in zip(ids, sigs, strict=True):
        if sig is None:
            continue
        first, _ = index.check_signature(doc_id, *sig)
        if first is not None and first != doc_id:
            copies[doc_id] = first
    return copies
