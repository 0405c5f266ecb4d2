"""JSONL (``.jsonl``, ``.ndjson``, optionally ``.gz``): one document per line.

The schema is in ``docs/input-formats.md``.  In short: ``id``/``doc_id`` → the document id;
``html`` (HTML source) or ``text``/``content`` (plain text source); ``date``/``published``/
``publish_date`` → ``metadata["date"]`` as an ISO date; every other field is kept in metadata.

Lines are read one at a time, so a file of any size streams.  A bad line becomes an error
document and the lines after it still come out: every non-blank line gives exactly one document
(and a file without any, or a ``.json`` array without elements, one ``empty`` error document).
A record nested more than :data:`MAX_DEPTH` levels deep is a ``bad_record``; a lone surrogate
escape in a string (``"\\ud83d"``: half an emoji) becomes U+FFFD (see :mod:`.documents`).
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

from dashiji.errors import (
    BadRecord,
    DocumentError,
    EmptyInput,
    StepFailed,
    TruncatedInput,
)
from dashiji.model import Document

from .dates import iso_date
from .documents import HTML, TEXT, decoded_document, error_document, not_found
from .encoding import decode_bytes
from .streams import CHUNK, decompression_errors, open_stream, too_large

ID_FIELDS = ("id", "doc_id")
HTML_FIELDS = ("html",)
TEXT_FIELDS = ("text", "content")
DATE_FIELDS = ("date", "published", "publish_date")
# Deeper records are malformed (news records are a few levels deep); this bounds every later
# walk over the metadata (serialising, pickling, storing) far below Python's recursion limit.
MAX_DEPTH = 100

log = logging.getLogger(__name__)


#: A part of a JSONL file: its lines from byte ``start`` (a line's start) to byte ``end`` (the
#: end of a line, or of the file), the first of them line number ``first_line``.
Part = tuple[int, int, int]


def read_jsonl(path: str, max_bytes: int, part: Part | None = None) -> Iterator[Document]:
    """One document per non-blank line of the JSONL file at ``path``; uri ``path#L<n>``.

    With ``part``, only the lines of that part of an uncompressed file (a batch run's task, see
    :mod:`dashiji.batch.plan`), with their numbers in the whole file: the parts of a file give
    the documents the whole file gives, in order."""
    try:
        stream = open_stream(path)
    except OSError as exc:
        yield not_found(path, f"cannot open {path}: {exc}")
        return
    with stream:
        n = 0
        records = 0
        end = None
        if part is not None:
            start, end, first = part
            if start > 0:
                stream.seek(start - 1)
                if stream.read(1) != b"\n":
                    yield error_document(
                        f"{path}#L{first}",
                        BadRecord(f"byte {start} does not start a line: the file changed"),
                    )
                    return
            n = first - 1
        while end is None or stream.tell() < end:
            uri = f"{path}#L{n + 1}"
            try:
                with decompression_errors():
                    line, size = _read_line(stream, max_bytes)
            except DocumentError as exc:
                yield error_document(uri, exc)
                return
            if line is None:  # longer than max_bytes (read past)
                n += 1
                records += 1
                yield error_document(uri, too_large(size, max_bytes))
                continue
            if not line:
                break
            n += 1
            if not line.isspace():  # (not strip(): a copy of the line)
                records += 1
                ended = line.endswith(b"\n")
                # without its line end now: these are the very bytes the document keeps (held
                # here while suspended, the line with its end was a second copy of them)
                line = line.rstrip(b"\r\n")
                yield line_document(line, uri, last=not ended)
            # the next line is read once this one's document is done with, not beside it
            line = b""
    if not records and (part is None or part[0] == 0):  # the file answers for itself: one
        # error, not silence (a part starts with a record; the first answers for an emptied file)
        yield error_document(path, EmptyInput("the JSONL file holds no records"))


def json_documents(data: bytes, path: str) -> Iterator[Document]:
    """The documents of a whole ``.json`` file: an object, or an array of objects."""
    try:
        parsed, encoding = _parse(data, last=True)
    except DocumentError as exc:
        yield error_document(path, exc, data)
        return
    if not isinstance(parsed, list):
        yield _record_or_error(parsed, data, path, encoding)
        return
    if not parsed:
        yield error_document(path, EmptyInput("the JSON array holds no records"), data)
        return
    for n, record in enumerate(parsed, start=1):
        yield _record_or_error(record, None, f"{path}#{n}", "utf-8")


def _record_or_error(record: Any, data: bytes | None, uri: str, encoding: str) -> Document:
    """The record's document, or its error document; ``data`` None: the bytes are the record's
    own JSON (an element of an array)."""
    try:
        if data is None:
            data = _element_bytes(record)
        return record_document(record, data, uri, encoding)
    except DocumentError as exc:
        return error_document(uri, exc, data or b"")


def _element_bytes(record: Any) -> bytes:
    """The UTF-8 JSON of an array element (a lone surrogate stays the escape it was written as)."""
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace")
    except RecursionError as exc:
        raise BadRecord(f"nested more than {MAX_DEPTH} levels deep") from exc


def _read_line(stream: Any, max_bytes: int) -> tuple[bytes | None, int]:
    """The next line of ``stream`` (b"" at its end) and its length; None for a line longer than
    ``max_bytes``, read past without being kept.

    A long line is gathered piece by piece (:data:`CHUNK`) into one growing buffer whose bytes
    are then handed over without a copy: ``readline(max_bytes + 1)`` joined its pieces at the
    end, twice the line at once (a 20 MB line of a .gz took an ingest 37 MB higher)."""
    buf: io.BytesIO | None = None
    size = 0
    while True:
        piece = stream.readline(CHUNK)
        size += len(piece)
        if size > max_bytes:
            del buf
            _skip_line(stream, piece)
            return None, size
        ended = len(piece) < CHUNK or piece.endswith(b"\n")  # a line end, or the file's
        if buf is None:
            if ended:
                return piece, size
            buf = io.BytesIO()
        buf.write(piece)
        if ended:
            return buf.getvalue(), size


def _skip_line(stream: Any, head: bytes) -> None:
    """Read past the rest of an over-long line without keeping it."""
    chunk = head
    while chunk and not chunk.endswith(b"\n"):
        chunk = stream.readline(CHUNK)


def line_document(line: bytes, uri: str, *, last: bool = False) -> Document:
    """The document of one JSONL line (or an error document).

    ``last`` says the line is the end of the file without a newline: JSON cut off there is a
    truncated file, not a malformed record.
    """
    data = line.rstrip(b"\r\n")
    try:
        record, encoding = _parse(data, last)
        return record_document(record, data, uri, encoding)
    except DocumentError as exc:
        return error_document(uri, exc, data)
    except Exception as exc:  # a bug costs this line, not the lines after it
        log.exception("reading %s failed", uri)
        return error_document(uri, StepFailed(f"{type(exc).__name__}: {exc}"), data)


def _parse(data: bytes, last: bool) -> tuple[Any, str]:
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = decode_bytes(data)
    try:
        return json.loads(text), encoding
    except json.JSONDecodeError as exc:
        if last:
            raise TruncatedInput(f"the last line is cut off: {exc}") from exc
        raise BadRecord(f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise BadRecord(f"nested more than {MAX_DEPTH} levels deep") from exc
    except ValueError as exc:  # an integer of more digits than Python converts
        raise BadRecord(f"not valid JSON: {exc}") from exc


def record_document(record: Any, data: bytes, uri: str, encoding: str = "utf-8") -> Document:
    """A document from one parsed JSONL record (raises BadRecord / EmptyInput)."""
    if not isinstance(record, dict):
        raise BadRecord(f"a JSON {type(record).__name__}, not an object")
    if _deeper_than(record, MAX_DEPTH):
        raise BadRecord(f"nested more than {MAX_DEPTH} levels deep")
    source_key, media_type = _source_field(record)
    metadata = dict(record)
    source = metadata.pop(source_key)
    id_key = next((k for k in ID_FIELDS if record.get(k) not in (None, "")), None)
    doc_id = str(metadata.pop(id_key)) if id_key else None
    _declared_date(metadata)
    return decoded_document(
        data, uri, source, encoding, media_type, metadata=metadata, doc_id=doc_id
    )


def _deeper_than(value: Any, limit: int) -> bool:
    """Are the lists and objects of ``value`` (a list or an object) nested more than ``limit``
    levels deep?  Level by level, without recursion."""
    level = [value]
    for _ in range(limit):
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def _source_field(record: dict[str, Any]) -> tuple[str, str]:
    """Which field holds the source: the first non-empty ``html``, ``text`` or ``content``."""
    present = False
    for keys, media_type in ((HTML_FIELDS, HTML), (TEXT_FIELDS, TEXT)):
        for key in keys:
            value = record.get(key)
            if isinstance(value, str):
                present = True
                if value.strip():
                    return key, media_type
    if present:
        raise EmptyInput("the record's text is empty")
    raise BadRecord("the record has no text, content or html field (a string)")


def _declared_date(metadata: dict[str, Any]) -> None:
    """``date``/``published``/``publish_date`` → ``date`` (ISO), ``date_raw``, ``date_from``."""
    key = next((k for k in DATE_FIELDS if metadata.get(k) not in (None, "")), None)
    if key is None:
        return
    raw = metadata[key]
    metadata["date_raw"] = raw
    iso = iso_date(raw)
    if iso is None:
        metadata.pop("date", None)
        return
    metadata["date"] = iso
    metadata["date_from"] = "jsonl"
