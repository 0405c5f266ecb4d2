"""The Parquet tables of a batch run, and the rows a document gives each.

=================  =============================================================================
``articles``       one row per document, in input order (``task``, ``pos``): status (``ok`` /
                   ``duplicate`` / ``failed``) and error, the first copy it duplicates, title,
                   dates, outlet, author, script, the article text, and ``doc`` — the rest of the
                   document as JSON, as the store keeps it (so it loads back exactly)
``spans``          every annotation: sentences, entities, times, quantities, events (``attrs``
                   as JSON), offsets into the article text
``entities``       the entity mentions, typed: type, text, KB id, name, country, CAMEO code
``events``         one row per coded event of an article — the same record as ``dashiji export
                   --format parquet``'s ``events.parquet``
``event_mentions`` the GDELT mentions table (``dashiji export``'s ``mentions.parquet``)
``raw_inputs``     the inputs' bytes, by SHA-256 (what ``dashiji load`` needs to fill a store)
=================  =============================================================================

Nothing here is a second implementation of a step: the rows are read off the documents the
pipeline made, and the event rows are the exporter's (:mod:`dashiji.export.tables`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..model import Document
from ..store.sqlite import status_of

TABLES = ("articles", "spans", "entities", "events", "event_mentions", "raw_inputs")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def schemas() -> dict[str, Any]:
    import pyarrow as pa

    from ..export.tables import event_schema, mention_schema

    s, i, b = pa.string(), pa.int64(), pa.bool_()
    return {
        "articles": pa.schema(
            [
                ("task", i),
                ("pos", i),
                ("id", s),
                ("source", s),
                ("status", s),
                ("error_code", s),
                ("error_message", s),
                ("error_step", s),
                ("duplicate_of", s),
                ("title", s),
                ("published", s),
                ("published_from", s),
                ("author", s),
                ("outlet", s),
                ("script", s),
                ("reference_date", s),
                ("text", s),
                ("raw_sha256", s),
                ("doc", s),
            ]
        ),
        "spans": pa.schema(
            [
                ("doc_id", s),
                ("idx", i),
                ("layer", s),
                ("start", i),
                ("end", i),
                ("label", s),
                ("attrs", s),
                ("text", s),
            ]
        ),
        "entities": pa.schema(
            [
                ("doc_id", s),
                ("start", i),
                ("end", i),
                ("type", s),
                ("text", s),
                ("name", s),
                ("kb_id", s),
                ("country", s),
                ("cameo", s),
                ("role", s),
                ("source", s),
                ("coref", b),
            ]
        ),
        "events": event_schema(),
        "event_mentions": mention_schema(),
        "raw_inputs": pa.schema(
            [
                ("sha256", s),
                ("uri", s),
                ("media_type", s),
                ("fetched_at", s),
                ("encoding", s),
                ("metadata", s),
                ("data", pa.binary()),
            ]
        ),
    }


class Rows:
    """The rows of one task, table by table."""

    def __init__(self, task: int, added: str) -> None:
        from ..export.gdelt import GdeltCoder

        self.task = task
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self._coder = GdeltCoder(added_at=lambda _doc: added)
        self._added = added
        self._raw_seen: set[str] = set()

    def add(self, pos: int, doc: Document) -> None:
        self.tables["articles"].append(article_row(self.task, pos, doc))
        self.tables["spans"].extend(span_rows(doc))
        self.tables["entities"].extend(entity_rows(doc))
        self._events(doc)
        sha = doc.raw.sha256()
        if sha not in self._raw_seen:
            self._raw_seen.add(sha)
            self.tables["raw_inputs"].append(raw_row(sha, doc))

    def _events(self, doc: Document) -> None:
        if doc.error is not None or doc.duplicate_of is not None:
            return
        from ..export import events_of
        from ..export.tables import parquet_event_record

        for event in events_of(doc):
            self.tables["events"].append(parquet_event_record(doc, event, self._added))
            self.tables["event_mentions"].extend(self._coder.mention_rows(doc, event))

    def take(self) -> dict[str, list[dict[str, Any]]]:
        out, self.tables = self.tables, {name: [] for name in TABLES}
        return out


def article_row(task: int, pos: int, doc: Document) -> dict[str, Any]:
    art, err = doc.article, doc.error
    d = doc.to_dict(spans=False)
    del d["raw"]["data"], d["text"]
    return {
        "task": task,
        "pos": pos,
        "id": doc.id,
        "source": doc.source,
        "status": status_of(doc),
        "error_code": err.code if err else None,
        "error_message": err.message if err else None,
        "error_step": err.step if err else None,
        "duplicate_of": doc.duplicate_of,
        "title": art.title if art else None,
        "published": art.published if art else None,
        "published_from": art.published_from if art else None,
        "author": art.author if art else None,
        "outlet": art.outlet if art else None,
        "script": art.script if art else None,
        "reference_date": doc.reference_date,
        "text": doc.text,
        "raw_sha256": doc.raw.sha256(),
        "doc": _json(d),
    }


def span_rows(doc: Document) -> Iterable[dict[str, Any]]:
    for i, s in enumerate(doc.spans):
        yield {
            "doc_id": doc.id,
            "idx": i,
            "layer": s.layer,
            "start": s.start,
            "end": s.end,
            "label": s.label,
            "attrs": _json(s.attrs),
            "text": doc.text[s.start : s.end],
        }


def entity_rows(doc: Document) -> Iterable[dict[str, Any]]:
    for s in doc.spans:
        if s.layer != "entity":
            continue
        a = s.attrs or {}
        yield {
            "doc_id": doc.id,
            "start": s.start,
            "end": s.end,
            "type": s.label,
            "text": doc.text[s.start : s.end],
            "name": _str(a.get("name")),
            "kb_id": _str(a.get("kb_id")),
            "country": _str(a.get("country")),
            "cameo": _str(a.get("cameo")),
            "role": _str(a.get("role")),
            "source": _str(a.get("source")),
            "coref": bool(a.get("refers_to") or a.get("members")),
        }


def raw_row(sha: str, doc: Document) -> dict[str, Any]:
    raw = doc.raw
    return {
        "sha256": sha,
        "uri": raw.uri,
        "media_type": raw.media_type,
        "fetched_at": raw.fetched_at,
        "encoding": raw.encoding,
        "metadata": _json(raw.metadata),
        "data": raw.data,
    }


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def document_of(article: dict[str, Any], spans: list[dict[str, Any]], raw: bytes) -> Document:
    """The document an ``articles`` row, its ``spans`` rows (in ``idx`` order) and its raw bytes
    stand for — what the pipeline made, exactly."""
    import base64

    d = json.loads(article["doc"])
    d["raw"]["data"] = base64.b64encode(raw).decode("ascii")
    d["text"] = article["text"]
    d["spans"] = [
        {
            "layer": r["layer"],
            "start": r["start"],
            "end": r["end"],
            "label": r["label"],
            "attrs": json.loads(r["attrs"]),
        }
        for r in sorted(spans, key=lambda r: r["idx"])
    ]
    return Document.from_dict(d)
