"""Reading: any input → :class:`~dashiji.model.Document` objects.

:func:`read_inputs` is the one entry point.  Each input string is a file, a directory, a glob
pattern, an ``http(s)`` URL (a page, or a feed whose entries are fetched), or ``-`` for stdin.
Every document keeps its raw bytes, their URI and encoding, what the source declared (metadata),
and the decoded source text.  Input that cannot be read becomes a document with ``error`` set
(``step="read"``) — reading never raises — so a run counts what failed and why.  The formats and
the JSONL schema are described in ``docs/input-formats.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from dashiji.errors import StepFailed
from dashiji.model import DocError, Document

from .documents import error_document
from .encoding import decode_bytes
from .files import ALL, Selection, count_documents, read_path_input, read_stdin
from .http import Fetcher, is_url, read_url
from .jsonl import Part, read_jsonl

__all__ = ["ALL", "Part", "Selection", "count_inputs", "decode_bytes", "read_inputs", "read_part"]

log = logging.getLogger(__name__)


def read_inputs(
    inputs: Iterable[str],
    *,
    max_bytes: int = 20_000_000,
    timeout: float = 20.0,
    selection: Selection = ALL,
) -> Iterator[Document]:
    """Documents from each input in turn, streamed (nothing is read before it is needed).

    :param max_bytes: larger documents (a file, a JSONL line, a WARC record, a response) become
        ``too_large`` error documents; no more than ``max_bytes + 1`` bytes are read of them
    :param timeout: seconds allowed for each URL fetch
    :param selection: ``--include`` / ``--exclude`` globs for the files of directories and globs
    """
    with Fetcher(timeout=timeout, max_bytes=max_bytes) as fetcher:
        for item in inputs:
            if item == "-":
                docs = read_stdin(max_bytes)
            elif is_url(item):
                docs = read_url(item, fetcher)
            else:
                docs = read_path_input(item, max_bytes, selection)
            yield from _guarded(docs, item)


def read_part(path: str, part: Part, *, max_bytes: int = 20_000_000) -> Iterator[Document]:
    """The documents of one part of an uncompressed JSONL file (lines ``part`` = (start byte,
    end byte, first line number)), as :func:`read_inputs` gives them from the whole file."""
    yield from _guarded(read_jsonl(path, max_bytes, part), path)


def count_inputs(inputs: Iterable[str], selection: Selection = ALL) -> int | None:
    """How many documents the inputs hold, when cheap to know (files and JSONL lines); None for
    URLs, standard input, feeds and WARC files."""
    total = 0
    for item in inputs:
        if item == "-" or is_url(item):
            return None
        n = count_documents(item, selection)
        if n is None:
            return None
        total += n
    return total


def _guarded(docs: Iterator[Document], item: str) -> Iterator[Document]:
    """Pass documents on; a bug in a reader ends this input with an error document, not the run."""
    try:
        yield from docs
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # also a Rust panic in FastWARC, which is no Exception
        log.exception("reading %s failed", item)
        message = f"reading stopped: {type(exc).__name__}: {exc}"
        yield error_document(item, DocError(StepFailed.code, message, "read"))
