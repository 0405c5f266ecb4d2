"""A document's rows in the store, made from the document alone.

Everything :meth:`dashiji.store.Store.put` writes that depends on nothing but the document —
the ``doc`` JSON of its ``documents`` row, its ``spans`` rows (attributes as JSON, each span's
text), the tokens of its search-index entry, the SHA-256 of its raw bytes — is made by
:func:`document_rows`, where the document was analysed: in an ``ingest -j N`` worker, so that the
one process that stores only looks up and inserts.  ``Store.put`` makes the same rows itself for
a document given without them, with the same functions, so both ways store the same.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..json_text import encoder
from ..model import Document, Span

STATUS_OK = "ok"
STATUS_FAILED = "failed"
STATUS_DUPLICATE = "duplicate"

#: Raw bytes longer than this are written into their row piece by piece (:meth:`Store._put_raw`).
BLOB_PIECE = 1 << 20
#: ``json.dumps(value, ensure_ascii=False, default=str)``, without making an encoder each call
#: (:mod:`dashiji.json_text`: the same text, the same errors)
_ENCODE = encoder(default=str)

#: The key of a document's JSON that says its ``source_text`` is its raw bytes decoded by its
#: encoding (and left out of the JSON).
SOURCE_FROM_RAW = "source_text_from_raw"
#: The key of a document's JSON that names the field of its raw bytes' JSON object (a JSONL
#: record) whose string is its ``source_text`` (left out of the JSON).
SOURCE_FROM_FIELD = "source_text_from_raw_field"
#: The fields a JSONL record's source comes from (:mod:`dashiji.read.jsonl`), in its order.
_SOURCE_FIELDS = ("html", "text", "content")

#: Search tokens are made beforehand only for a title and text of at most this many characters
#: together: they take 9 bytes a character, and a larger document's are made as it is indexed,
#: one document at a time (:meth:`Store._flush_index`), not held with its batch.
TOKENS_BEFORE = 200_000

#: A ``spans`` row without its document id: layer, start, end, label, attributes (JSON), text.
SpanRow = tuple[str, int, int, str, str, str]


def to_json(value: Any) -> str:
    return _ENCODE(value)


def status_of(doc: Document) -> str:
    if doc.error is not None:
        return STATUS_FAILED
    if doc.duplicate_of is not None:
        return STATUS_DUPLICATE
    return STATUS_OK


def decodes_to(data: bytes, encoding: str | None, text: str | None) -> bool:
    """Do ``data`` decode strictly by ``encoding`` to exactly ``text``?  Decoded and compared
    piece by piece, never a second copy of the whole text."""
    if not encoding or text is None:
        return False
    try:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        view = memoryview(data)
        pos = 0
        for start in range(0, len(view), BLOB_PIECE):
            end = start + BLOB_PIECE
            part = decoder.decode(view[start:end], final=end >= len(view))
            if not text.startswith(part, pos):
                return False
            pos += len(part)
    except (LookupError, UnicodeError, TypeError, ValueError):
        return False
    return pos == len(text)


def record_of(data: bytes, encoding: str | None) -> dict[str, Any] | None:
    """The JSON object that ``data`` (decoded by ``encoding``) holds, or None: not an object,
    not JSON.  Bytes that do not start like an object are not decoded at all."""
    if not encoding or data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"{":
        return None
    try:
        codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
        record = json.loads(data.decode(codec))
    except (LookupError, UnicodeError, ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def source_field(data: bytes, encoding: str | None, text: str | None) -> str | None:
    """The field of the JSON object in ``data`` whose string is exactly ``text``, or None."""
    if text is None:
        return None
    record = record_of(data, encoding)
    if record is None:
        return None
    return next((k for k in _SOURCE_FIELDS if record.get(k) == text), None)


def document_json(doc: Document, status: str) -> str:
    """The ``doc`` column of the document's ``documents`` row: :meth:`Document.to_dict` without
    what has columns or rows of its own (spans, the raw bytes, the text)."""
    # the bytes are left out before to_dict, which would encode them in base64 for nothing
    data = doc.raw.data
    doc.raw.data = b""
    try:
        d = doc.to_dict(spans=False)
    finally:
        doc.raw.data = data
    del d["raw"]["data"], d["text"]
    if status == STATUS_FAILED:
        # the decoded text of a failed document is not kept: its raw bytes are, and reading
        # them again gives it.  Put in the JSON, the 6.6 million characters of a 19.9 MB
        # line took an ingest 44 MB higher (the JSON, its UTF-8, SQLite's binding and record)
        d["source_text"] = None
    elif len(data) > BLOB_PIECE and decodes_to(data, doc.raw.encoding, doc.source_text):
        # a large page that is its raw bytes decoded: restored from them (:meth:`_restore`)
        # rather than kept twice; a 19.9 MB page's text in the JSON took an ingest 57 MB higher
        d["source_text"] = None
        d[SOURCE_FROM_RAW] = True
    elif len(data) > BLOB_PIECE and (
        field := source_field(data, doc.raw.encoding, doc.source_text)
    ):
        # a large JSONL record's text, the string of one of its fields: restored from the
        # record (:meth:`_restore`).  Kept in the JSON, a 3.2 MB record's text took the
        # insert 18 MB higher (the JSON, its UTF-8, SQLite's binding and row)
        d["source_text"] = None
        d[SOURCE_FROM_FIELD] = field
    return to_json(d)


def span_rows(text: str, spans: Iterable[Span]) -> list[SpanRow]:
    """The ``spans`` rows of ``spans`` over ``text`` (without the document id)."""
    return [
        (s.layer, s.start, s.end, s.label, _ENCODE(s.attrs), text[s.start : s.end]) for s in spans
    ]


def indexed(doc: Document, status: str) -> tuple[str, str] | None:
    """(title, text) that the search index takes of the document; None: it is not indexed."""
    art = doc.article
    if status == STATUS_OK and (doc.text or (art and art.title)):
        return ((art.title or "") if art else ""), doc.text
    return None


@dataclass(slots=True)
class DocumentRows:
    """What :meth:`Store.put` writes of a document that depends on it alone (see the module's
    doc); the document's ``spans`` need not travel with it then (:func:`document_rows`)."""

    status: str
    sha256: str
    doc_json: str
    spans: list[SpanRow]
    #: the search index's tokens of (title, text), when indexed and small enough
    tokens: tuple[str, str] | None


def document_rows(doc: Document) -> DocumentRows:
    """The rows of ``doc`` (see :class:`DocumentRows`)."""
    from .search_text import index_tokens

    status = status_of(doc)
    tokens = None
    got = indexed(doc, status)
    if got is not None and len(got[0]) + len(got[1]) <= TOKENS_BEFORE:
        tokens = (index_tokens(got[0]), index_tokens(got[1]))
    return DocumentRows(
        status=status,
        sha256=doc.raw.sha256(),
        doc_json=document_json(doc, status),
        spans=span_rows(doc.text, doc.spans),
        tokens=tokens,
    )
