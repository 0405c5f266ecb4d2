"""The SQL both stores share, as PostgreSQL reads it.

The modules that query the store (stories, export, the store itself) write SQLite's SQL with
``?`` placeholders.  :func:`translate` rewrites one statement for PostgreSQL (psycopg's ``%s``
placeholders), so that the same code runs on both stores:

* ``?`` outside string literals and quoted names becomes ``%s``; a literal ``%`` becomes ``%%``
  (only when the statement takes parameters: without them psycopg sends the text as it is);
* ``INSERT OR IGNORE INTO ...`` becomes ``INSERT INTO ... ON CONFLICT DO NOTHING``;
* ``INDEXED BY name`` (SQLite's choice of index, where it would choose worse without
  statistics) is dropped: PostgreSQL's planner chooses;
* ``x GLOB 'pattern'`` (a literal pattern) becomes ``x ~ 'regex'``, the anchored POSIX
  expression that matches the same strings (``*``, ``?``, ``[...]``; both case-sensitive);
* ``INSERT OR REPLACE INTO t (cols) VALUES (...)`` becomes an upsert on ``t``'s primary key
  (``ON CONFLICT (key) DO UPDATE SET col = EXCLUDED.col, ...``, the columns not given set to
  their defaults, as a replaced row would have them): no table of the store has
  another unique key that a replacement must clear, nor rows that cascade from these.

Anything else SQLite-specific (``rowid``, ``PRAGMA``, FTS5) stays in the SQLite store's own
methods, which the PostgreSQL store overrides.  The shared SQL uses SQLite's
``json_extract(json, '$.key')``, which the PostgreSQL schema defines (migration 0001).
Table and column names come from the statement and the schema, never from data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Table", "translate", "placeholders", "glob_regex"]


@dataclass(frozen=True, slots=True)
class Table:
    """A table's columns in order and its primary key."""

    columns: tuple[str, ...]
    key: tuple[str, ...]


_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_GLOB = re.compile(r"\bGLOB\s+('(?:[^']|'')*'|\?)", re.IGNORECASE)
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\s+", re.IGNORECASE)
_REPLACE_HEAD = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+", re.IGNORECASE)
_OR_REPLACE = re.compile(
    r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE | re.DOTALL
)


def placeholders(sql: str, *, params: bool = True) -> str:
    """``?`` → ``%s`` and ``%`` → ``%%`` outside quotes (``params=False``: the text unchanged)."""
    if not params:
        return sql
    out: list[str] = []
    quote: str | None = None
    for c in sql:
        if quote is not None:
            if c == quote:
                quote = None
            out.append("%%" if c == "%" else c)
        elif c in "'\"":
            quote = c
            out.append(c)
        elif c == "?":
            out.append("%s")
        elif c == "%":
            out.append("%%")
        else:
            out.append(c)
    return "".join(out)


def glob_regex(pattern: str) -> str:
    """SQLite's GLOB ``pattern`` as an anchored POSIX regular expression."""
    out = ["^"]
    i = 0
    while i < len(pattern):
        c = pattern[i]
        close = pattern.find("]", i + 2) if c == "[" else -1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif close > 0:
            body = pattern[i + 1 : close]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close
        elif c.isalnum() or not c.isascii():
            out.append(c)
        else:
            out.append("\\" + c)
        i += 1
    return "".join(out) + "$"


def _glob(m: re.Match[str]) -> str:
    if m.group(1) == "?":
        raise ValueError("GLOB with a parameter: write the pattern into the statement")
    pattern = m.group(1)[1:-1].replace("''", "'")
    return "~ '" + glob_regex(pattern).replace("'", "''") + "'"


def _name(col: str) -> str:
    return col.strip().strip('"')


def translate(sql: str, tables: Mapping[str, Table], *, params: bool = True) -> str:
    """One SQLite statement as PostgreSQL runs it (see the module docstring).

    ``tables`` describes the store's tables (for ``INSERT OR REPLACE``).
    """
    text = sql.strip().rstrip(";")
    if "INDEXED" in text.upper():
        text = _INDEXED_BY.sub("", text)
    if "GLOB" in text.upper():
        text = _GLOB.sub(_glob, text)
    if _OR_IGNORE.match(text):
        text = _OR_IGNORE.sub("INSERT INTO ", text, count=1) + " ON CONFLICT DO NOTHING"
    else:
        m = _OR_REPLACE.match(text)
        if m:
            table, cols = m.group(1), [_name(c) for c in m.group(2).split(",")]
            info = tables.get(table)
            if info is None or not info.key:
                raise ValueError(f"INSERT OR REPLACE into {table}, which has no primary key")
            # a replaced row takes the given values and the defaults of the columns not given
            sets = [
                f'"{c}" = EXCLUDED."{c}"' if c in cols else f'"{c}" = DEFAULT'
                for c in info.columns
                if c not in info.key
            ]
            action = "DO UPDATE SET " + ", ".join(sets) if sets else "DO NOTHING"
            conflict = ", ".join(f'"{c}"' for c in info.key)
            text = _REPLACE_HEAD.sub("INSERT INTO ", text, count=1)
            text += f" ON CONFLICT ({conflict}) {action}"
    return placeholders(text, params=params)
