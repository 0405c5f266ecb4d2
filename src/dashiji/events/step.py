"""The ``events`` step: code the events of each annotated document into ``event`` spans.

Reads the ``sentence``, ``entity``, ``time`` and ``quantity`` spans earlier steps added
(:class:`~dashiji.normalize.Normalize`, :class:`~dashiji.annotate.step.Annotate`) and replaces the
document's ``event`` layer with one span per coded event (:meth:`Event.to_span`; the span covers
the quote that states the event, its attrs the rest).  The coder — the codebook and the knowledge
base — loads lazily, once per process, and is not pickled with the step, so the step runs in a
process pool or on Spark like the others.
"""

from __future__ import annotations

from typing import Any

from ..model import Document
from ..steps import DocumentStep
from .model import EVENT_LAYER


class CodeEvents(DocumentStep):
    """Add one ``event`` span per coded event (replacing any the document had)."""

    name = "events"

    def __init__(self) -> None:
        super().__init__()
        self._coder: Any = None

    @property
    def coder(self) -> Any:
        if self._coder is None:
            from .coder import default_coder

            self._coder = default_coder()
        return self._coder

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state["_coder"] = None
        return state

    def process(self, doc: Document) -> Document:
        if not doc.text:
            return doc
        events = self.coder.code(doc)
        kept = [s for s in doc.spans if s.layer != EVENT_LAYER]
        kept.extend(e.to_span() for e in events)
        doc.spans = kept
        return doc
