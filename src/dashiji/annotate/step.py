"""The annotation step: entities, times and quantities as spans over the article text.

Each layer is recomputed whole (its old spans are replaced), so one layer can be re-run alone.
The entity recogniser and its knowledge base load lazily, once per process, and are not
pickled with the step: a process pool or a Spark executor builds its own on first use.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, Span
from ..normalize import AnalysisView
from ..steps import DocumentStep
from .quantities import find_quantities
from .quantities import to_span as quantity_span
from .times import find_times
from .times import to_span as time_span

LAYERS = ("entity", "time", "quantity")


class Annotate(DocumentStep):
    """Add ``entity``, ``time`` and ``quantity`` spans to each document."""

    name = "annotate"

    def __init__(self, statistical: bool = False, triggered: bool = True) -> None:
        """``statistical``: the LAC recogniser on every sentence; otherwise (``triggered``, the
        default) on the sentences that hold a news-event trigger word only."""
        super().__init__()
        self.statistical = statistical
        self.triggered = triggered
        self._recognizer: Any = None

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
        return state

    def process(self, doc: Document) -> Document:
        if not doc.text:
            return doc
        ref = doc.reference_date
        view = AnalysisView.of(doc.text)  # one analysis view for the three layers
        times = find_times(doc.text, ref, view=view)
        entities = self.recognizer.find(doc.text, ref, view=view)
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
