"""WARC archives (``.warc``, ``.warc.gz``; Common Crawl style): one document per HTML response.

Records stream one at a time through FastWARC.  A ``response`` record with a 2xx status and an
HTML ``Content-Type`` becomes a document:

* ``raw.data`` — the HTTP payload (the body, transfer- and content-decoded by FastWARC);
* ``raw.uri`` — ``WARC-Target-URI``; ``raw.fetched_at`` — ``WARC-Date``;
* the ``charset`` of the HTTP ``Content-Type`` is the declared encoding;
* ``metadata``: ``http_headers`` (content-type, last-modified, date), ``http_status``,
  ``warc_record_id``, ``warc_file``;
* the id is the content id of the payload, as for every other input: the same page bytes get
  the same id whichever archive, file or fetch they came from (the record id is kept in
  ``metadata["warc_record_id"]``).

Other records (requests, metadata, non-HTML or non-2xx responses, revisits) are skipped.  A record
cut off by the end of the file, or a ``.warc.gz`` that ends early, yields one ``truncated`` error
document; unreadable data in the middle of a file yields ``bad_record`` (FastWARC cannot resync,
so that ends the file).

Gzip is decompressed by Python's :mod:`gzip` rather than FastWARC's own reader because the former
reports a stream that ends early, the latter silently stops.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from dashiji.errors import BadRecord, DocumentError, TruncatedInput, UnsupportedInput
from dashiji.model import DocError, Document

from .documents import HTML, error_document, text_document
from .encoding import charset_from_content_type
from .streams import is_gzip_name, too_large

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
KEPT_HEADERS = ("content-type", "last-modified", "date", "content-language")


def read_warc(path: str, max_bytes: int) -> Iterator[Document]:
    """The documents of the WARC file at ``path`` (see the module docstring)."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield error_document(path, DocError("not_found", f"cannot open {path}: {exc}", "read"))
        return
    size = os.fstat(raw.fileno()).st_size
    stream: BinaryIO = raw
    if is_gzip_name(path):
        if raw.read(2) != b"\x1f\x8b":
            raw.close()
            yield error_document(path, UnsupportedInput("named .gz but not gzip data"))
            return
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
    count = 0
    try:
        records = ArchiveIterator(
            stream, parse_http=True, auto_decode="all", stream_detect=False, max_header_len=1 << 20
        )
        for record in records:
            count += 1
            doc = _record_document(record, path, max_bytes)
            if doc is not None:
                yield doc
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        yield error_document(
            f"{path}#record{count + 1}", _stream_error(exc, count, raw.tell() >= size)
        )
    finally:
        stream.close()
        raw.close()


def _stream_error(exc: Exception, count: int, at_end: bool) -> DocumentError:
    """What stopped reading the archive: the end of a cut-off file, or bad data inside it."""
    message = f"the WARC cannot be read past record {count}: {exc or type(exc).__name__}"
    return TruncatedInput(message) if isinstance(exc, EOFError) or at_end else BadRecord(message)


def _record_document(record: WarcRecord, path: str, max_bytes: int) -> Document | None:
    """The document of one record; None for a record that is skipped."""
    headers = record.headers
    if not headers.get("WARC-Type") or not (headers.get("Content-Length") or "").strip():
        error = TruncatedInput(f"a WARC record header is cut off (at byte {record.stream_pos})")
        return error_document(f"{path}@{record.stream_pos}", error)
    target = headers.get("WARC-Target-URI") or f"{path}@{record.stream_pos}"
    http = record.http_headers
    if record.record_type != WarcRecordType.response:
        return _skip(record, target)
    if http is None or http.status_code is None:
        return error_document(target, TruncatedInput("the record's HTTP header is cut off"))
    content_type = http.get("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if not (200 <= http.status_code < 300) or mime not in HTML_TYPES:
        return _skip(record, target)
    meta: dict[str, Any] = {
        "http_headers": {k: v for k in KEPT_HEADERS if (v := http.get(k)) is not None},
        "http_status": http.status_code,
        "warc_record_id": record.record_id,
        "warc_file": path,
    }
    fetched_at = headers.get("WARC-Date")
    expected = record.content_length
    data = b"" if expected > max_bytes else record.reader.read(max_bytes + 1)
    if expected > max_bytes or len(data) > max_bytes:
        record.reader.consume()
        big = too_large(max(expected, len(data)), max_bytes)
        return error_document(target, big, media_type=HTML, fetched_at=fetched_at, metadata=meta)
    if len(data) < expected and not _encoded(record):
        error = TruncatedInput(f"the record is cut off ({len(data)} of {expected} bytes)")
        return error_document(
            target, error, data, media_type=HTML, fetched_at=fetched_at, metadata=meta
        )
    declared = charset_from_content_type(content_type)
    return text_document(
        data, target, media_type=HTML, declared=declared, fetched_at=fetched_at, metadata=meta
    )


def _encoded(record: WarcRecord) -> bool:
    """Is the payload transfer- or content-encoded (so its decoded length differs)?"""
    http = record.http_headers
    return http is not None and any(http.get(h) for h in ("Content-Encoding", "Transfer-Encoding"))


def _skip(record: WarcRecord, target: str) -> Document | None:
    """Read past a record that yields no document; a cut-off one is reported."""
    expected = record.content_length
    consumed = record.reader.consume()
    if consumed < expected and not _encoded(record):
        return error_document(
            target, TruncatedInput(f"the record is cut off ({consumed} of {expected} bytes)")
        )
    return None
