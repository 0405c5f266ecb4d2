"""The annotation step: entities, times and quantities as spans over the article text.

Each layer is recomputed whole (its old spans are replaced), so one layer can be re-run alone.
The entity recogniser and its knowledge base load lazily, once per process, and are not
pickled with the step: a process pool or a Spark executor builds its own on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Document, Span
from ..normalize import AnalysisView
from ..steps import DocumentStep, _chunks, fewer_young_collections
from .quantities import find_quantities
from .quantities import to_span as quantity_span
from .times import find_times
from .times import to_span as time_span

LAYERS = ("entity", "time", "quantity")
# Documents whose LAC pieces are tagged together: more pieces share each model call and each
# padded step of it (150 DTELS articles: 48 calls and 2,405 steps in chunks of 32, 21 and 1,052
# in one chunk; the encoder's CPU time 1.31 → 1.17 ms/article).  A row's tags do not depend on
# its batch (.lac_graph), so the chunk changes only the cost.
CHUNK = 128
# A text longer than this is annotated on its own, not with its chunk: the chunk's analysis views
# and entities are all made before the first document is finished, and a few texts of millions
# of characters (scraped pages run together) would be held at once (issue 12: memory bounded by
# the largest document).  The entities are the same either way.
BATCHED_TEXT_MAX = 100_000

log = logging.getLogger(__name__)


class Annotate(DocumentStep):
    """Add ``entity``, ``time`` and ``quantity`` spans to each document."""

    name = "annotate"

    def __init__(self, statistical: bool = False, triggered: bool = True) -> None:
        """``statistical``: the LAC recogniser on every sentence; otherwise (``triggered``, the
        default) on the sentences that hold a news-event trigger word only (in a long article,
        on windows of clauses around the triggers), within a budget of characters per article
        (:data:`.entity_lac.KEPT_BUDGET`; :func:`.entity_lac._kept`)."""
        super().__init__()
        self.statistical = statistical
        self.triggered = triggered
        self._recognizer: Any = None
        # id(doc) → (doc, view, entities) found for the chunk in progress (see __call__); the
        # document is kept and checked, so an id reused by another object finds nothing
        self._ready: dict[int, tuple[Document, AnalysisView, list[Any]]] = {}

    @property
    def recognizer(self) -> Any:
        if self._recognizer is None:
            from .entities import EntityRecognizer

            self._recognizer = EntityRecognizer(
                statistical=self.statistical, triggered=getattr(self, "triggered", True)
            )
        return self._recognizer

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state["_recognizer"] = None
        state["_ready"] = {}
        return state

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Documents in chunks of :data:`CHUNK`: the entities of a chunk are found in one
        :meth:`~.entities.EntityRecognizer.find_batch` call (LAC tags the pieces of all its
        documents in shared model calls, which costs less than one call per piece), then
        each document goes through :meth:`process` as usual, in order, one failure at a time."""
        for chunk in _chunks(docs, CHUNK):
            with fewer_young_collections():  # (the chunk's entities: as a document's step)
                self._prepare(chunk)
            try:
                yield from super().__call__(chunk)
            finally:
                self._ready = {}

    def _prepare(self, chunk: list[Document]) -> None:
        todo = [
            d
            for d in chunk
            if d.error is None and d.duplicate_of is None and 0 < len(d.text) <= BATCHED_TEXT_MAX
        ]
        if len(todo) < 2:
            return
        try:
            views = [AnalysisView.of(d.text) for d in todo]
            found = self.recognizer.find_batch(
                [d.text for d in todo], [d.reference_date for d in todo], views=views
            )
        except Exception:  # noqa: BLE001 - each document then fails (or not) on its own
            log.debug("batched entities failed; documents done one by one", exc_info=True)
            return
        self._ready = {id(d): (d, v, ents) for d, v, ents in zip(todo, views, found, strict=True)}

    def process(self, doc: Document) -> Document:
        if not doc.text:
            return doc
        ref = doc.reference_date
        ready = getattr(self, "_ready", {}).pop(id(doc), None)
        if ready is not None and ready[0] is doc:
            _, view, entities = ready
        else:
            view = AnalysisView.of(doc.text)  # one analysis view for the three layers
            entities = self.recognizer.find(doc.text, ref, view=view)
        times = find_times(doc.text, ref, view=view)
        # A number inside a time (30天) or an entity (两人, 两国: coreference) is not a quantity.
        taken = [(t.start, t.end) for t in times] + [(e.start, e.end) for e in entities]
        quantities = find_quantities(doc.text, exclude=taken, view=view)
        kept = [s for s in doc.spans if s.layer not in LAYERS]
        kept.extend(entity_span(e) for e in entities)
        kept.extend(time_span(t) for t in times)
        kept.extend(quantity_span(q) for q in quantities)
        doc.spans = kept
        return doc


def entity_span(e: Any) -> Span:
    return Span(
        "entity",
        e.start,
        e.end,
        e.type,
        {
            "text": e.text,
            "kb_id": e.kb_id,
            "name": e.name,
            "country": e.country,
            "cameo": e.cameo,
            "role": e.role,
            "source": e.source,
            "refers_to": e.refers_to,
            "members": e.members,
        },
    )
