"""Schema versions of the PostgreSQL store: ``migrations_postgres/NNNN_name.sql``.

The same versions as SQLite's (:mod:`dashiji.store.schema`), one file for each, kept in
lock-step by a test that builds both stores and compares their tables, columns and indexes.
The version of a database is the one row of ``dashiji_schema``.  :func:`migrate` applies the
missing migrations in one transaction that holds an advisory lock, so that several processes
opening a new database at once apply each migration once; a database written by a newer
dashiji is refused with :class:`~dashiji.errors.StoreError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import StoreError
from .schema import SCHEMA_VERSION, migrations

if TYPE_CHECKING:
    from .postgres import PgConnection

FOLDER = "migrations_postgres"
#: pg_advisory_xact_lock keys: migrating, and writing (every write transaction holds it).
MIGRATE_LOCK = 0x64617368_0001
WRITE_LOCK = 0x64617368_0002


#: The version that added events.date_start and date_end (filled here: see the migration).
DATE_BOUNDS_VERSION = 9


def _fill_date_bounds(conn: PgConnection) -> None:
    from ..export.dates import sort_bounds

    rows = conn.execute(
        "SELECT event_id, date, precision FROM events WHERE date IS NOT NULL"
    ).fetchall()
    conn.executemany(
        "UPDATE events SET date_start = ?, date_end = ? WHERE event_id = ?",
        [(*sort_bounds(d, p), eid) for eid, d, p in rows],
    )


def version(conn: PgConnection) -> int:
    """The schema version of the database (0: no dashiji schema yet)."""
    row = conn.execute("SELECT to_regclass('dashiji_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    found = conn.execute("SELECT max(version) FROM dashiji_schema").fetchone()
    return int(found[0] or 0)


def migrate(conn: PgConnection, target: int | None = None) -> int:
    """Bring the database up to ``target`` (default: the latest version); return the version."""
    pg = migrations(FOLDER)
    if len(pg) != SCHEMA_VERSION:
        raise StoreError(
            f"the PostgreSQL migrations ({len(pg)}) do not match SQLite's ({SCHEMA_VERSION})"
        )
    target = SCHEMA_VERSION if target is None else target
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATE_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS dashiji_schema ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        current = version(conn)
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {current}, newer than this dashiji supports "
                f"({SCHEMA_VERSION}); upgrade dashiji to open it"
            )
        for mig in pg:
            if current < mig.version <= target:
                conn.execute_script(mig.sql)
                if mig.version == DATE_BOUNDS_VERSION:
                    _fill_date_bounds(conn)
                conn.execute(
                    "INSERT INTO dashiji_schema (version, name, applied_at)"
                    " VALUES (?, ?, now()::text)",
                    (mig.version, mig.name),
                )
    return version(conn)
