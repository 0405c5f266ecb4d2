"""Opening local input: plain or gzip-compressed files, read within a size limit.

Decompression problems become named document errors: a ``.gz`` that ends early is
:class:`~dashiji.errors.TruncatedInput`, one that is not gzip at all is
:class:`~dashiji.errors.UnsupportedInput`, corrupt compressed data is
:class:`~dashiji.errors.BadRecord`.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from dashiji.errors import BadRecord, DocumentError, InputTooLarge, TruncatedInput, UnsupportedInput

CHUNK = 1 << 16
#: Compressed input that expands more than this many times is too_large once it has expanded
#: past :data:`BOMB_FROM` bytes: a decompression bomb (gzip of one repeated unit: ~1,000 times).
#: Text and HTML compress 3-20 times.  A 19 KB .gz of 19.6 MB of <p> was read whole, and
#: storing it took an ingest from ~350 to 431 MB (its bytes, its decoded text, their copies).
MAX_RATIO = 200
BOMB_FROM = 1 << 20


def is_gzip_name(path: str) -> bool:
    return path.lower().endswith(".gz")


def open_stream(path: str) -> BinaryIO:
    """The file's bytes, decompressed if its name ends in ``.gz`` (raises OSError)."""
    if is_gzip_name(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


@contextmanager
def decompression_errors() -> Iterator[None]:
    """Turn the errors of reading gzip data into document errors."""
    try:
        yield
    except EOFError as exc:
        raise TruncatedInput(f"the compressed data ends early ({exc})") from exc
    except gzip.BadGzipFile as exc:
        raise UnsupportedInput(f"named .gz but not gzip data ({exc})") from exc
    except zlib.error as exc:
        raise BadRecord(f"corrupt compressed data ({exc})") from exc


def too_large(size: int, max_bytes: int) -> InputTooLarge:
    return InputTooLarge(f"the input is larger than max_bytes={max_bytes} ({size:,} bytes or more)")


def read_limited(stream: BinaryIO, max_bytes: int) -> tuple[bytes, DocumentError | None]:
    """Read the whole stream, but never more than ``max_bytes + 1`` bytes.

    Returns the bytes and the error that stopped the read, if any: too large, or gzip data
    expanding more than :data:`MAX_RATIO` times (no bytes are returned then), or a truncated /
    corrupt compressed stream (the bytes read until then).
    """
    chunks: list[bytes] = []
    size = 0
    read = getattr(stream, "read1", stream.read)  # read1: keep what came before a cut-off
    packed = stream.fileobj if isinstance(stream, gzip.GzipFile) else None  # the .gz file
    try:
        with decompression_errors():
            while chunk := read(min(CHUNK, max_bytes + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    return b"", too_large(size, max_bytes)
                if packed is not None and size > BOMB_FROM:
                    read_packed = max(1, packed.tell())  # read ahead: at least what was used
                    if size > MAX_RATIO * read_packed:
                        return b"", InputTooLarge(
                            f"the compressed input expands more than {MAX_RATIO} times"
                            f" ({read_packed:,} bytes to {size:,} or more): a decompression bomb"
                        )
    except DocumentError as exc:
        return b"".join(chunks), exc
    return b"".join(chunks), None
