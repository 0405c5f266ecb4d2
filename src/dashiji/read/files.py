"""Local input: a file, a directory (recursive), a glob pattern, or stdin → documents.

What a file is follows from its name, then its content:

* ``.jsonl`` / ``.ndjson`` → one document per line (:mod:`.jsonl`);
* ``.json`` → one document for a JSON object, one per element for an array of objects, with the
  same fields as a JSONL record (uri ``path#<n>`` for the n-th element, from 1);
* ``.warc`` → one document per HTML response (:mod:`.warc`);
* ``.xml`` / ``.rss`` / ``.atom``, or any text that starts like RSS/Atom → one per feed entry
  (:mod:`.feed`); XML that is not a feed is ``unsupported`` unless it is XHTML;
* ``.html`` / ``.htm`` / ``.shtml`` / ``.xhtml`` → HTML;
* anything else (``.txt``, ``.md``, no extension, …) → HTML if it starts like HTML
  (``<!doctype html`` / ``<html``), else plain text; binary data is an error document.

Any of these may be gzip-compressed (``page.html.gz``, ``news.jsonl.gz``, ``x.warc.gz``).
Directories are walked in sorted order, skipping hidden files and directories; glob patterns
(``*.html``, ``**/*.txt``) are expanded in sorted order.  Nothing is read before it is needed.

A :class:`Selection` (``--include`` / ``--exclude`` globs) narrows what a directory or a glob
yields: a file is read when it matches an include pattern (if any is given) and no exclude
pattern; a pattern matches the file's name or its path below the directory (``*.html``,
``2024/*/*.html``, ``README*``).  A file named on the command line is always read.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dashiji.errors import DocumentError, UnsupportedInput
from dashiji.model import Document

from .documents import HTML, error_document, looks_like_html, not_found, text_document
from .feed import feed_documents, looks_like_feed, parse_feed
from .jsonl import json_documents, read_jsonl
from .streams import is_gzip_name, open_stream, read_limited, too_large
from .warc import read_warc

HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
GLOB_CHARS = frozenset("*?[")


def file_kind(path: str) -> str:
    """``jsonl``, ``json``, ``warc``, ``feed``, ``html`` or ``other``, from the file name."""
    name = path.lower()
    if is_gzip_name(name):
        name = name[: -len(".gz")]
    suffix = os.path.splitext(name)[1]
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix == ".warc":
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "other"


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files of a directory or a glob are read (see the module docstring)."""

    include: Sequence[str] = ()
    exclude: Sequence[str] = ()

    def wants(self, path: str, top: str = "") -> bool:
        rel = os.path.relpath(path, top) if top else path
        names = (os.path.basename(path), rel.replace(os.sep, "/"))

        def hit(patterns: Sequence[str]) -> bool:
            return any(fnmatch.fnmatch(n, p) for p in patterns for n in names)

        if self.include and not hit(self.include):
            return False
        return not hit(self.exclude)


ALL = Selection()


def input_files(item: str, selection: Selection = ALL) -> Iterator[str] | None:
    """The files one path, directory or glob stands for (None when it names nothing)."""
    if os.path.isdir(item):
        return (p for p in walk(item) if selection.wants(p, item))
    if os.path.exists(item):
        return iter([item])
    if GLOB_CHARS & set(item):
        matches = sorted(glob.iglob(item, recursive=True))
        if not matches:
            return None
        return (
            f
            for m in matches
            for f in (walk(m) if os.path.isdir(m) else [m])
            if selection.wants(f, m if os.path.isdir(m) else "")
        )
    return None


def read_path_input(item: str, max_bytes: int, selection: Selection = ALL) -> Iterator[Document]:
    """The documents of one path, directory or glob pattern."""
    files = input_files(item, selection)
    if files is None:
        what = "no file matches" if GLOB_CHARS & set(item) else "no such file or directory:"
        yield not_found(item, f"{what} {item}")
        return
    for path in files:
        yield from read_file(path, max_bytes)


def count_documents(item: str, selection: Selection = ALL) -> int | None:
    """How many documents a path, directory or glob holds, when that is cheap to know (each file
    one document, a JSONL file one per line); None when it is not (WARC, feeds, JSON arrays)."""
    files = input_files(item, selection)
    if files is None:
        return 1  # its not_found document
    total = 0
    for path in files:
        kind = file_kind(path)
        if kind in ("warc", "feed", "json"):
            return None
        if kind == "jsonl":
            if is_gzip_name(path):
                return None
            try:
                with open(path, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def walk(top: str) -> Iterator[str]:
    """The regular files under ``top``, recursively, in sorted order, without hidden ones."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.startswith(".") and os.path.isfile(path):  # no FIFOs, sockets, devices
                yield path


def read_file(path: str, max_bytes: int) -> Iterator[Document]:
    """The documents of one file, by kind (see the module docstring)."""
    kind = file_kind(path)
    if kind == "jsonl":
        yield from read_jsonl(path, max_bytes)
        return
    if kind == "warc":
        yield from read_warc(path, max_bytes)
        return
    try:
        if not is_gzip_name(path) and (size := os.path.getsize(path)) > max_bytes:
            yield error_document(path, too_large(size, max_bytes))
            return
        with open_stream(path) as stream:
            data, error = read_limited(stream, max_bytes)
    except OSError as exc:
        yield not_found(path, f"cannot read {path}: {exc}")
        return
    if error is not None:
        yield error_document(path, error, data)
    elif kind == "json":
        yield from json_documents(data, path)
    elif kind == "feed" or (kind == "other" and looks_like_feed(data)):
        yield from _feed_file(data, path)
    else:
        yield text_document(data, path, media_type=HTML if kind == "html" else None)


def _feed_file(data: bytes, path: str) -> Iterator[Document]:
    try:
        parsed = parse_feed(data) if looks_like_feed(data) else None
    except DocumentError as exc:
        yield error_document(path, exc, data)
        return
    if parsed is not None:
        yield from feed_documents(parsed, path)
        return
    doc = text_document(data, path)
    if doc.error is None and not looks_like_html(doc.source_text or ""):
        doc = error_document(path, UnsupportedInput("XML that is not an RSS/Atom feed"), data)
    yield doc


def read_stdin(max_bytes: int) -> Iterator[Document]:
    """Standard input as one text (or HTML) document, uri ``-``."""
    data, error = read_limited(sys.stdin.buffer, max_bytes)
    yield error_document("-", error, data) if error else text_document(data, "-")
