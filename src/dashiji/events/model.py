"""The event record: one coded event with its actors, date, lifecycle, modality and evidence.

An event lives on its document as a span of layer ``"event"`` (the span covers the quote that
states it; ``attrs`` holds the rest), so it is stored, moved between processes and exported
through the same document model as everything else.  :class:`Event` is the typed view of that
span: :meth:`Event.to_span` and :meth:`Event.from_span` convert both ways.

Offsets (``start``/``end`` of the quote, ``trigger_start``/``trigger_end``, each actor's
``start``/``end``) are character offsets into the document's article text ``Document.text``;
``Document.to_source_offset`` maps them into the original input where the text was taken
verbatim (text files, JSONL text).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ..model import Span, plain

Side = Literal["source", "target", "party"]
Status = Literal["planned", "occurred", "postponed", "cancelled"]
Modality = Literal["asserted", "reported", "uncertain", "hypothetical", "negated"]

EVENT_LAYER = "event"


@dataclass(slots=True)
class EventActor:
    name: str
    kb_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or a bloc code (EUR, NATO, …)
    cameo: str | None = None  # CAMEO actor code: USA, USAGOV, RUSGOV, NATO, …
    side: Side = "party"
    role: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Argument:
    """One argument of an event's news type, by its DuEE role name (被拘捕者, 时间, 死者…);
    offsets into the article text."""

    role: str
    text: str
    start: int | None = None
    end: int | None = None
    kb_id: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Mention:
    """One place in the text that states the event."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    source_part: str = "body"
    sentence_index: int | None = None


@dataclass(slots=True)
class Event:
    doc: str
    type: str | None  # PLOVER type; None for an event that has only a news type
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    actors: list[EventActor] = field(default_factory=list)
    date: str | None = None  # YYYY-MM-DD, YYYY-MM, YYYY or a range; None = unresolved
    precision: str | None = None
    date_text: str | None = None  # the expression the date came from
    place: str | None = None
    place_kb_id: str | None = None
    place_country: str | None = None
    status: Status = "occurred"
    modality: Modality = "asserted"
    attributed_to: str | None = None
    source_part: str = "body"
    quantities: list[dict[str, Any]] = field(default_factory=list)
    sentence: str = ""
    quote: str = ""
    start: int = 0
    end: int = 0
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.5
    extractor: str = ""
    source: str = ""  # the document's path or URL
    id: str = ""
    news_type: str | None = None  # DuEE 1.0 ``class-type`` (司法行为-拘捕), or None
    arguments: list[Argument] = field(default_factory=list)
    reported: str | None = None  # the article's date, for an event whose sentence gives none
    # the date the article gives the event that is not its own by the convention (issue 7): a
    # day told only outside its sentence (an act retold, 当天 after a day of the sentence before)
    # or a year or a half-year alone; ``date`` is then None and ``reported`` the article's date
    context_date: str | None = None

    @property
    def sources(self) -> list[EventActor]:
        return [a for a in self.actors if a.side == "source"]

    @property
    def targets(self) -> list[EventActor]:
        return [a for a in self.actors if a.side == "target"]

    @property
    def countries(self) -> set[str]:
        return {a.country for a in self.actors if a.country}

    def to_span(self) -> Span:
        attrs = _plain(self)
        for key in ("start", "end"):
            attrs.pop(key)
        return Span(EVENT_LAYER, self.start, self.end, self.type or self.news_type or "", attrs)

    @classmethod
    def from_span(cls, span: Span) -> Event:
        a = dict(span.attrs)
        a["actors"] = [EventActor(**x) for x in a.get("actors", [])]
        a["mentions"] = [Mention(**x) for x in a.get("mentions", [])]
        a["arguments"] = [Argument(**x) for x in a.get("arguments", [])]
        return cls(start=span.start, end=span.end, **a)

    def to_record(self) -> dict[str, Any]:
        """The ``dashiji events --format jsonl`` record."""
        return {
            "id": self.id,
            "doc": self.doc,
            "source": self.source,
            "type": self.type,
            "news_type": self.news_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "actors": [
                {
                    "name": x.name,
                    "kb_id": x.kb_id,
                    "country": x.country,
                    "cameo": x.cameo,
                    "side": x.side,
                    "role": x.role,
                }
                for x in self.actors
            ],
            "arguments": [asdict(x) for x in self.arguments],
            "date": self.date,
            "reported": self.reported,
            "context_date": self.context_date,
            "precision": self.precision,
            "date_text": self.date_text,
            "place": self.place,
            "status": self.status,
            "modality": self.modality,
            "attributed_to": self.attributed_to,
            "source_part": self.source_part,
            "quantities": self.quantities,
            "sentence": self.sentence,
            "quote": self.quote,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "mentions": [asdict(m) for m in self.mentions],
            "confidence": round(self.confidence, 3),
            "extractor": self.extractor,
        }


# ``dataclasses.asdict`` of an event without its generic recursion (the events step converts
# thousands of events): the same dicts, lists and copies, an order of magnitude faster.
_plain = plain
