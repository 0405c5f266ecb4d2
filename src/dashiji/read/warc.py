"""WARC archives (``.warc``, ``.warc.gz``; Common Crawl style): one document per HTML response.

Records stream one at a time through FastWARC.  A ``response`` record with a 2xx status and an
HTML ``Content-Type`` becomes a document:

* ``raw.data`` — the HTTP payload, with its transfer coding (chunked) and content coding (gzip,
  deflate, br) undone;
* ``raw.uri`` — ``WARC-Target-URI``; ``raw.fetched_at`` — ``WARC-Date``;
* the ``charset`` of the HTTP ``Content-Type`` is the declared encoding;
* ``metadata``: ``http_headers`` (content-type, last-modified, date, …), ``http_status``,
  ``warc_record_id``, ``warc_file``, and ``warc_truncated`` when the crawler kept only the start
  of the page (``WARC-Truncated``; the document is still read);
* the id is the content id of the payload, as for every other input: the same page bytes get
  the same id whichever archive, file or fetch they came from (the record id is kept in
  ``metadata["warc_record_id"]``).

Other records (requests, metadata, non-HTML or non-2xx responses, revisits) are skipped; an archive
of nothing but such records yields one ``empty`` error document, so that every file answers.  A
record cut off by the end of the file, or a ``.warc.gz`` that ends early, yields one ``truncated``
error document; unreadable data in the middle of a file yields ``bad_record`` (FastWARC cannot
resync, so that ends the file).

Gzip is decompressed by Python's :mod:`gzip` rather than FastWARC's own reader because the former
reports a stream that ends early, the latter silently stops.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from fastwarc.stream_io import BrotliReader
from fastwarc.warc import ArchiveIterator, HeaderMap, WarcRecord, WarcRecordType

from dashiji.errors import BadRecord, DocumentError, EmptyInput, TruncatedInput, UnsupportedInput
from dashiji.model import Document

from .documents import (
    HTML,
    KEPT_HTTP_HEADERS,
    error_document,
    media_type_of,
    not_found,
    text_document,
)
from .encoding import charset_from_content_type
from .streams import is_gzip_name, too_large


def read_warc(path: str, max_bytes: int) -> Iterator[Document]:
    """The documents of the WARC file at ``path`` (see the module docstring)."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield not_found(path, f"cannot open {path}: {exc}")
        return
    size = os.fstat(raw.fileno()).st_size
    stream: BinaryIO = raw
    if is_gzip_name(path):
        if raw.read(2) != b"\x1f\x8b":
            raw.close()
            yield error_document(path, UnsupportedInput("named .gz but not gzip data"))
            return
        raw.seek(0)
        stream = _EndOnError(gzip.GzipFile(fileobj=raw))  # type: ignore[assignment]
    count = 0
    yielded = 0
    cut_off = False  # the last record was reported as cut off: the stream error says no more
    try:
        records = ArchiveIterator(
            stream, parse_http=True, stream_detect=False, max_header_len=1 << 20
        )
        for record in records:
            count += 1
            doc = _record_document(record, path, max_bytes)
            if doc is not None:
                cut_off = doc.error is not None and doc.error.code == TruncatedInput.code
                yielded += 1
                yield doc
        if isinstance(stream, _EndOnError) and stream.error is not None and not cut_off:
            raise stream.error
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        yielded += 1
        yield error_document(
            f"{path}#record{count + 1}", _stream_error(exc, count, raw.tell() >= size)
        )
    finally:
        stream.close()
        raw.close()
    if not yielded:
        what = f"{count} records" if count != 1 else "1 record"
        yield error_document(path, EmptyInput(f"the WARC holds no HTML response ({what})"))


class _EndOnError:
    """A stream that ends where its source fails, keeping the error for later.

    FastWARC reads ahead: an error raised while it fills its buffer would lose the records
    already in the buffer.  Ending the stream there lets them come out first.
    """

    def __init__(self, source: gzip.GzipFile) -> None:
        self.source = source
        self.error: Exception | None = None
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            data = self.source.read1(size)
        except (EOFError, OSError, zlib.error) as exc:
            self.error = exc
            return b""
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position

    def close(self) -> None:
        self.source.close()


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
    content_type = http.get("Content-Type")
    if not (200 <= http.status_code < 300) or media_type_of(content_type) != HTML:
        return _skip(record, target)
    meta: dict[str, Any] = {
        "http_headers": {k: v for k in KEPT_HTTP_HEADERS if (v := http.get(k)) is not None},
        "http_status": http.status_code,
        "warc_record_id": record.record_id,
        "warc_file": path,
    }
    if headers.get("WARC-Truncated"):  # the crawler kept only the start of a long page
        meta["warc_truncated"] = headers.get("WARC-Truncated")
    fetched_at = headers.get("WARC-Date")
    expected = record.content_length
    data = b"" if expected > max_bytes else record.reader.read(max_bytes + 1)
    try:
        if expected > max_bytes or len(data) > max_bytes:
            record.reader.consume()
            raise too_large(max(expected, len(data)), max_bytes)
        if len(data) < expected:
            raise TruncatedInput(f"the record is cut off ({len(data)} of {expected} bytes)")
        data = decode_payload(data, http, max_bytes)
    except DocumentError as exc:
        return error_document(
            target, exc, data, media_type=HTML, fetched_at=fetched_at, metadata=meta
        )
    declared = charset_from_content_type(content_type)
    return text_document(
        data, target, media_type=HTML, declared=declared, fetched_at=fetched_at, metadata=meta
    )


def _skip(record: WarcRecord, target: str) -> Document | None:
    """Read past a record that yields no document; a cut-off one is reported."""
    expected = record.content_length
    consumed = record.reader.consume()
    if consumed < expected:
        error = TruncatedInput(f"the record is cut off ({consumed} of {expected} bytes)")
        return error_document(target, error)
    return None


def decode_payload(data: bytes, http: HeaderMap, max_bytes: int) -> bytes:
    """Undo the HTTP transfer coding (chunked) and content coding (gzip, deflate, br).

    Crawlers that already decoded the body but kept the header (Common Crawl renames it instead)
    are recognised: a body that does not look encoded is kept as it is.
    """
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        data = _dechunk(data)
    coding = (http.get("Content-Encoding") or "").strip().lower()
    if coding in ("gzip", "x-gzip") and data.startswith(b"\x1f\x8b"):
        return _inflate(data, 16 + zlib.MAX_WBITS, max_bytes)
    if coding == "deflate":
        try:
            return _inflate(data, zlib.MAX_WBITS, max_bytes)
        except BadRecord:
            return _inflate(data, -zlib.MAX_WBITS, max_bytes)  # raw deflate, as some servers send
    if coding == "br":
        decoded = BrotliReader(io.BytesIO(data)).read(max_bytes + 1)
        if len(decoded) > max_bytes:
            raise too_large(len(decoded), max_bytes)
        return decoded
    return data


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise BadRecord(f"corrupt compressed payload ({exc})") from exc
    if len(out) > max_bytes:
        raise too_large(len(out), max_bytes)
    if not inflater.eof:
        raise TruncatedInput("the compressed payload is cut off")
    return out


def _dechunk(data: bytes) -> bytes:
    """The body of a chunked payload; the payload itself if it is not chunked after all."""
    pieces: list[bytes] = []
    pos = 0
    while True:
        eol = data.find(b"\n", pos)
        size_field = data[pos:eol].split(b";", 1)[0].strip() if eol >= 0 else b""
        try:
            size = int(size_field, 16)
        except ValueError:
            if pos == 0:
                return data  # not chunked
            raise TruncatedInput("the chunked payload is cut off") from None
        if size == 0:
            return b"".join(pieces)
        start = eol + 1
        if start + size > len(data):
            raise TruncatedInput("the chunked payload is cut off")
        pieces.append(data[start : start + size])
        pos = start + size
        pos += 2 if data.startswith(b"\r\n", pos) else 1
