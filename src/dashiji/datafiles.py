"""Reading dashiji's knowledge data files (the actor KB, the event codebook, a user's own).

Both kinds share one format: JSON lines (one object a line; blank lines and ``//`` comments
skipped) or a ``.json`` file holding a list of objects.  Every record comes with its file name and
line number, and every problem is a :class:`DataFileError` whose message starts ``file:line:``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import ConfigError

Record = tuple[dict[str, Any], str, int]


class DataFileError(ConfigError):
    """A data file is invalid; the message names the file and the line."""

    label = "<data>"  # stands in for the file name when there is none

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = path if path else self.label
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message


def file_stamp(path: Path, error: type[DataFileError]) -> tuple[str, int, int]:
    """(resolved path, size, mtime): a loaded file's identity, for caching what was built."""
    try:
        st = path.stat()
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", str(path)) from None
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def read_text(path: Path, error: type[DataFileError]) -> str:
    """The file's UTF-8 text, or ``error`` naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error("not UTF-8 text", str(path)) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", str(path)) from None


def line_of(text: str, needle: str) -> int | None:
    """The 1-based line on which ``needle`` first stands in ``text``."""
    pos = text.find(needle)
    return None if pos < 0 else text.count("\n", 0, pos) + 1


def read_records(
    path: Path, error: type[DataFileError], kind: str, *, locate_ids: bool = False
) -> Iterator[Record]:
    """Each record of a JSONL (or ``.json`` list) file with its file name and line number.

    ``kind`` names the file in messages ("trigger", "knowledge-base").  In a ``.json`` list the
    line number is the entry's index, or with ``locate_ids`` the line where its id stands.
    """
    name = str(path)
    text = read_text(path, error)
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise error(f"invalid JSON: {exc.msg}", name, exc.lineno) from None
        if not isinstance(data, list):
            raise error(f"a .json {kind} file must hold a list of entries", name, 1)
        for i, record in enumerate(data, 1):
            if not isinstance(record, dict):
                raise error(f"entry {i} is not an object", name)
            line = (line_of(text, f'"{record.get("id")}"') if locate_ids else None) or i
            yield record, name, line
        return
    for lineno, line_text in enumerate(text.splitlines(), 1):
        stripped = line_text.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise error(f"invalid JSON: {exc.msg} (column {exc.colno})", name, lineno) from None
        if not isinstance(record, dict):
            raise error("a line must hold one JSON object", name, lineno)
        yield record, name, lineno
