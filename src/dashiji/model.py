"""The one data model that passes through every step of dashiji.

A :class:`Document` carries

* the raw input, untouched (:class:`Raw`: bytes, source URI, fetch time and the metadata the
  source declared, such as a ``date`` header or the other fields of a JSONL record);
* the decoded source text (``source_text``: the page's HTML or the file's text);
* the clean article (:class:`Article`): title, publication date and how it was found, outlet,
  author, script, and its text as ordered :class:`Block` s (title, body paragraphs, photo
  captions);
* ``text``: the article text that every annotation's offsets refer to — the blocks joined by
  ``"\\n\\n"`` in source order.  Each block also records where it stands in ``source_text``
  when it was taken verbatim from it, so an offset maps back to the original input;
* ``spans``: annotations added by later steps (sentences, entities, times, events).  A step adds
  spans; it never rewrites ``text``.

Everything here is plain data and round-trips through :meth:`Document.to_dict` /
:meth:`Document.from_dict`, so documents cross process and machine boundaries (process pool,
Spark) and land in the store unchanged.
"""

from __future__ import annotations

import base64
import copy
import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

BlockKind = Literal["title", "body", "caption"]
Script = Literal["zh-Hans", "zh-Hant", "mixed", "unknown"]

BLOCK_SEPARATOR = "\n\n"


@dataclass(slots=True)
class Raw:
    """The input exactly as it arrived."""

    data: bytes
    uri: str
    media_type: str = "text/plain"
    fetched_at: str | None = None
    encoding: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(slots=True)
class Block:
    """One unit of article text: the title, a body paragraph or a photo caption."""

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    source_start: int | None = None

    @property
    def source_end(self) -> int | None:
        return None if self.source_start is None else self.source_start + len(self.text)


@dataclass(slots=True)
class Article:
    """The clean article found in a document."""

    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    author: str | None = None
    outlet: str | None = None
    script: Script = "unknown"
    blocks: list[Block] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "body"]

    @property
    def captions(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "caption"]


@dataclass(slots=True)
class Span:
    """An annotation: ``text[start:end]`` of the document, with a layer and a label."""

    layer: str
    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DocError:
    """Why a document failed a step: a named code, a human message, and the step."""

    code: str
    message: str
    step: str = ""


@dataclass(slots=True)
class Document:
    id: str
    raw: Raw
    source_text: str | None = None
    article: Article | None = None
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    error: DocError | None = None
    duplicate_of: str | None = None
    reference_date: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def source(self) -> str:
        return self.raw.uri

    def __repr__(self) -> str:
        """One line: id, source, title, date, size and layers — never the raw page."""

        def short(text: str | None, n: int = 40) -> str | None:
            return text if text is None or len(text) <= n else text[: n - 1] + "…"

        parts = [f"id={self.id!r}", f"source={short(self.source, 60)!r}"]
        if self.error is not None:
            parts.append(f"error={self.error.code!r}")
        if self.duplicate_of is not None:
            parts.append(f"duplicate_of={self.duplicate_of!r}")
        if self.article is not None:
            parts.append(f"title={short(self.article.title)!r}")
            parts.append(f"published={self.article.published!r}")
        parts.append(f"chars={len(self.text)}")
        layers: dict[str, int] = {}
        for span in self.spans:
            layers[span.layer] = layers.get(span.layer, 0) + 1
        if layers:
            parts.append("spans={" + ", ".join(f"{k}: {v}" for k, v in layers.items()) + "}")
        parts.append(f"raw={len(self.raw.data)} bytes")
        return f"Document({', '.join(parts)})"

    def set_article(self, article: Article) -> None:
        """Attach the article and lay its blocks out into ``text``, assigning offsets."""
        pieces: list[str] = []
        pos = 0
        for block in article.blocks:
            if pieces:
                pos += len(BLOCK_SEPARATOR)
            block.start = pos
            block.end = pos + len(block.text)
            pieces.append(block.text)
            pos = block.end
        self.article = article
        self.text = BLOCK_SEPARATOR.join(pieces)

    def block_at(self, offset: int) -> Block | None:
        if self.article is None:
            return None
        for block in self.article.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def to_source_offset(self, offset: int) -> int | None:
        """Map an offset in ``text`` to an offset in ``source_text`` (None if not verbatim)."""
        block = self.block_at(offset)
        if block is None or block.source_start is None:
            return None
        return block.source_start + (offset - block.start)

    def spans_of(self, layer: str) -> list[Span]:
        return [s for s in self.spans if s.layer == layer]

    def add_span(self, span: Span) -> Span:
        if not (0 <= span.start <= span.end <= len(self.text)):
            raise ValueError(f"span {span.start}:{span.end} outside text of {len(self.text)} chars")
        self.spans.append(span)
        return span

    # ---- serialisation -------------------------------------------------------------------
    def to_dict(self, *, spans: bool = True) -> dict[str, Any]:
        """The document as plain data (what :func:`dataclasses.asdict` gives, the raw bytes in
        base64), built field by field: ``asdict``'s generic recursion and deep copies cost more
        than the rest of storing a document.  ``spans=False`` leaves the ``spans`` key out (the
        store keeps spans as rows of their own)."""
        raw = self.raw
        article = self.article
        error = self.error
        d: dict[str, Any] = {
            "id": self.id,
            "raw": {
                "data": base64.b64encode(raw.data).decode("ascii"),
                "uri": raw.uri,
                "media_type": raw.media_type,
                "fetched_at": raw.fetched_at,
                "encoding": raw.encoding,
                "metadata": plain(raw.metadata),
            },
            "source_text": self.source_text,
            "article": None
            if article is None
            else {
                "title": article.title,
                "published": article.published,
                "published_from": article.published_from,
                "author": article.author,
                "outlet": article.outlet,
                "script": article.script,
                "blocks": [
                    {
                        "kind": b.kind,
                        "text": b.text,
                        "start": b.start,
                        "end": b.end,
                        "source_start": b.source_start,
                    }
                    for b in article.blocks
                ],
                "boilerplate": list(article.boilerplate),
            },
            "text": self.text,
            "spans": [
                {
                    "layer": s.layer,
                    "start": s.start,
                    "end": s.end,
                    "label": s.label,
                    "attrs": plain(s.attrs),
                }
                for s in (self.spans if spans else ())
            ],
            "error": None
            if error is None
            else {"code": error.code, "message": error.message, "step": error.step},
            "duplicate_of": self.duplicate_of,
            "reference_date": self.reference_date,
        }
        if not spans:
            del d["spans"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        raw_d = dict(d["raw"])
        raw_d["data"] = base64.b64decode(raw_d["data"])
        article = None
        if d.get("article") is not None:
            a = dict(d["article"])
            a["blocks"] = [Block(**b) for b in a.get("blocks", [])]
            article = Article(**a)
        return cls(
            id=d["id"],
            raw=Raw(**raw_d),
            source_text=d.get("source_text"),
            article=article,
            text=d.get("text", ""),
            spans=[Span(**s) for s in d.get("spans", [])],
            error=DocError(**d["error"]) if d.get("error") else None,
            duplicate_of=d.get("duplicate_of"),
            reference_date=d.get("reference_date"),
        )


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = frozenset({str, int, float, bool, type(None)})  # shared as they are (no call for them)


def plain(value: Any) -> Any:
    """A copy of ``value`` as :func:`dataclasses.asdict` makes it: dicts, lists and tuples copied
    all the way down, dataclass instances turned into dicts, other values shared -- without
    ``asdict``'s generic recursion (documents and events are converted by the thousand)."""
    kind = type(value)
    if kind is dict:
        return {k: v if type(v) in _ATOMS else plain(v) for k, v in value.items()}
    if kind is list:
        return [v if type(v) in _ATOMS else plain(v) for v in value]
    if kind in _ATOMS:
        return value
    if kind is tuple:
        return tuple(plain(v) for v in value)
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {
            name: v if type(v := getattr(value, name)) in _ATOMS else plain(v) for name in names
        }
    if isinstance(value, dict):
        return kind((k, plain(v)) for k, v in value.items())
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return kind(*[plain(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(plain(v) for v in value)
    return copy.deepcopy(value)


def content_id(data: bytes) -> str:
    """Stable id derived from the content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]
