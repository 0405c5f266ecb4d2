"""Schema versions of the store: ordered ``migrations/NNNN_name.sql`` files.

The version of a store file is SQLite's ``PRAGMA user_version``.  :func:`migrate` applies each
missing migration in its own transaction (``BEGIN IMMEDIATE`` ... ``PRAGMA user_version = N`` ...
``COMMIT``), so a file is always at one whole version.  A file written by a newer dashiji (a
version above :data:`SCHEMA_VERSION`) is refused with :class:`~dashiji.errors.StoreError`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

from ..errors import StoreError

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations(folder: str = "migrations") -> tuple[Migration, ...]:
    """All migrations shipped with the package, in version order (1, 2, ... without gaps):
    SQLite's (``migrations``) or PostgreSQL's (``migrations_postgres``, the same versions)."""
    found: list[Migration] = []
    for entry in resources.files(__package__).joinpath(folder).iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    if [mig.version for mig in found] != list(range(1, len(found) + 1)):
        raise StoreError(
            f"store migrations in {folder} are not numbered 1..n: {[m.version for m in found]}"
        )
    return tuple(found)


SCHEMA_VERSION = len(migrations())


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


_ADD_COLUMN = re.compile(r"^ALTER TABLE (\w+) ADD COLUMN (\w+)[^;]*;[ \t]*$", re.MULTILINE)


def _without_present_columns(conn: sqlite3.Connection, sql: str) -> str:
    """``sql`` without its ``ALTER TABLE t ADD COLUMN c ...;`` lines whose column is there
    already (SQLite has no ``ADD COLUMN IF NOT EXISTS``): a file whose version was set back
    runs the migration again."""

    def keep(m: re.Match[str]) -> str:
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({m[1]})")}  # \w+: a name
        return "" if m[2] in cols else m[0]

    return _ADD_COLUMN.sub(keep, sql)


_REBUILDS = re.compile(r"^\s*DROP TABLE\s+(\w+)", re.IGNORECASE | re.MULTILINE)


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest version); return the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).

    Foreign keys are not enforced while a migration runs (and enforced again after, if they
    were): a migration that makes a table again (SQLite cannot move or change a column) drops the
    old one while other tables' rows refer to it.  Such a migration (one with a ``DROP TABLE``)
    is checked with ``PRAGMA foreign_key_check`` before it commits, as SQLite's procedure for
    schema changes says, and rolled back if a row refers to nothing in a table it made again.
    """
    target = SCHEMA_VERSION if target is None else target
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this dashiji supports "
            f"({SCHEMA_VERSION}); upgrade dashiji to open it"
        )
    pending = [m for m in migrations() if current < m.version <= target]
    if not pending:
        return current
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    if enforced:
        conn.execute("PRAGMA foreign_keys = OFF")  # (a no-op inside a transaction: none here)
    try:
        for mig in pending:
            _apply(conn, mig)
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")
    return user_version(conn)


def _apply(conn: sqlite3.Connection, mig: Migration) -> None:
    """Apply one migration in its own transaction (see :func:`migrate`)."""
    sql = _without_present_columns(conn, mig.sql)
    script = f"BEGIN IMMEDIATE;\n{sql}\n;\n"
    end = f"PRAGMA user_version = {int(mig.version)};\nCOMMIT;\n"
    try:
        rebuilt = {m.lower() for m in _REBUILDS.findall(sql)}
        if not rebuilt:
            conn.executescript(script + end)
            return
        if user_version(conn) >= mig.version:  # another process applied it first
            return
        conn.executescript(script)  # (leaves its transaction open: checked, then committed)
        if user_version(conn) >= mig.version:  # another process applied it meanwhile
            conn.execute("ROLLBACK")
            return
        rows = conn.execute("PRAGMA foreign_key_check")  # (table, rowid, parent, key)
        broken = list(islice((r for r in rows if str(r[2]).lower() in rebuilt), 5))
        if broken:
            raise sqlite3.IntegrityError(f"rows would refer to nothing: {broken}")
        conn.execute(f"PRAGMA user_version = {int(mig.version)}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        # Another process may have applied the same migration first.
        if user_version(conn) >= mig.version:
            return
        raise StoreError(
            f"cannot apply store migration {mig.version:04d}_{mig.name}: {exc}"
        ) from exc
