"""Building read documents: bytes + where they came from → a :class:`~dashiji.model.Document`.

Every reader ends here, so every document is built the same way: the raw bytes kept exactly, the
text decoded by :func:`~dashiji.read.encoding.decode_bytes`, a stable id, and — for input that
cannot be read — an error document instead of an exception.  Text that no encoder can write (a
lone surrogate: half an emoji escaped in JSON, an undecodable byte of a file name) is made valid
here, in the source text, the URI, the id, the error message and every string of the metadata:
each lone surrogate becomes U+FFFD and ``metadata["lone_surrogates"]`` says how many there were.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from dashiji.errors import DocumentError
from dashiji.extract.flat_text import parse_date_header
from dashiji.model import DocError, Document, Raw, content_id

from .encoding import decode_bytes, valid_unicode

STEP = "read"
HTML = "text/html"
TEXT = "text/plain"
UNKNOWN = "application/octet-stream"
# The HTTP response headers kept in ``metadata["http_headers"]`` (fetched pages, WARC records).
KEPT_HTTP_HEADERS = ("content-type", "last-modified", "date", "content-language", "etag")
# metadata: how many lone surrogates were replaced by U+FFFD when the document was read
LONE_SURROGATES = "lone_surrogates"

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Does the text start like an HTML document (``<!doctype html`` or ``<html``)?"""
    return _HTML_START.match(text[:8192]) is not None


def media_type_of(content_type: str | None) -> str | None:
    """An HTTP ``Content-Type`` → ``text/html``, ``text/plain``, or None (anything else)."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return HTML
    return TEXT if mime == "text/plain" else None


def now_iso() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` (the ``fetched_at`` of fetched input)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def error_document(
    uri: str,
    error: DocumentError | DocError,
    data: bytes = b"",
    *,
    media_type: str = UNKNOWN,
    fetched_at: str | None = None,
    metadata: dict[str, Any] | None = None,
    doc_id: str | None = None,
) -> Document:
    """A document that could not be read: its error, and whatever bytes there were.

    Its id is the source's id if given, else the content id of the bytes, else (no bytes) the
    content id of the URI — so two different missing files do not share an id.
    """
    if isinstance(error, DocumentError):
        error = DocError(error.code, error.message, STEP)
    uri, message, doc_id, metadata = _valid(uri, error.message, doc_id, metadata)
    error = DocError(error.code, message, error.step)
    raw = Raw(data, uri, media_type, fetched_at, None, metadata)
    return Document(id=doc_id or content_id(data or uri.encode("utf-8")), raw=raw, error=error)


def not_found(uri: str, message: str) -> Document:
    """The error document of an input that does not exist or cannot be opened."""
    return error_document(uri, DocError("not_found", message, STEP))


def text_document(
    data: bytes,
    uri: str,
    *,
    media_type: str | None = None,
    declared: str | None = None,
    fetched_at: str | None = None,
    metadata: dict[str, Any] | None = None,
    doc_id: str | None = None,
) -> Document:
    """Decode ``data`` into a text or HTML document (or an error document; never raises).

    ``media_type`` None means "sniff": HTML if the text starts like HTML, else plain text.  Plain
    text that opens with a ``date YYYY-MM-DD`` header gets ``metadata["date"]`` (unless the source
    declared one already), ``date_from="header"`` and ``content_start``.
    """
    try:
        text, encoding = decode_bytes(data, declared, html=media_type != TEXT)
    except DocumentError as exc:
        return error_document(
            uri,
            exc,
            data,
            media_type=media_type or UNKNOWN,
            fetched_at=fetched_at,
            metadata=metadata,
            doc_id=doc_id,
        )
    if media_type is None:
        media_type = HTML if looks_like_html(text) else TEXT
    return decoded_document(
        data,
        uri,
        text,
        encoding,
        media_type,
        fetched_at=fetched_at,
        metadata=metadata,
        doc_id=doc_id,
    )


def decoded_document(
    data: bytes,
    uri: str,
    text: str,
    encoding: str,
    media_type: str,
    *,
    fetched_at: str | None = None,
    metadata: dict[str, Any] | None = None,
    doc_id: str | None = None,
) -> Document:
    """A document whose source text is already decoded (a JSONL field, a feed entry)."""
    uri, text, doc_id, metadata = _valid(uri, text, doc_id, metadata)
    if media_type == TEXT:
        _date_header(text, metadata)
    raw = Raw(data, uri, media_type, fetched_at, encoding, metadata)
    return Document(id=doc_id or content_id(data), raw=raw, source_text=text)


def _valid(
    uri: str, text: str, doc_id: str | None, metadata: dict[str, Any] | None
) -> tuple[str, str, str | None, dict[str, Any]]:
    """A document's strings without lone surrogates, and a new metadata dict that says how many
    were replaced (if any were)."""
    (uri, text, doc_id, metadata), bad = valid_unicode((uri, text, doc_id, metadata or {}))
    metadata = dict(metadata)
    if bad:
        metadata[LONE_SURROGATES] = bad
    return uri, text, doc_id, metadata


def _date_header(text: str, metadata: dict[str, Any]) -> None:
    date, start = parse_date_header(text)
    if date is None:
        return
    metadata["content_start"] = start
    if not metadata.get("date"):
        metadata["date"] = date
        metadata["date_from"] = "header"
