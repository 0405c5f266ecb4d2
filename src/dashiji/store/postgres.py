"""The store on a PostgreSQL server: ``--db postgresql://user@host/dbname``.

The same tables, versions and behaviour as the SQLite store (:class:`~dashiji.store.Store`,
which this subclasses): the same methods, the same answers to searches, and the same SQL from
the modules that query the store, which :class:`PgConnection` runs after
:func:`~dashiji.store.pg_sql.translate`.  Differences that callers see: ``store.connection`` is a
:class:`PgConnection` (``execute`` / ``executemany`` with ``?`` placeholders, cursors with
``fetchone``, ``fetchall``, iteration and ``description``); and a NUL character in text, which
PostgreSQL cannot store, comes back as U+FFFD.

Several processes may write to one database at once (``dashiji ingest`` on several machines):
every write transaction takes one advisory lock (``pg_schema.WRITE_LOCK``), as SQLite's
``BEGIN IMMEDIATE`` does, so writes are applied one after another while reading, extraction and
annotation run in parallel; a document id or raw input already stored is never stored twice
(primary keys; ``ON CONFLICT DO NOTHING``).

psycopg 3 is an optional dependency (``pip install 'dashiji[postgres]'``), imported when a
PostgreSQL store is opened.  The database must use UTF-8; with the ``C`` collation (``initdb
--locale=C`` or ``CREATE DATABASE ... LC_COLLATE 'C' TEMPLATE template0``) text sorts as on
SQLite, so that listings come in the same order.  The candidate events a mention is matched
with are ordered in Python, not by the database, so they are the same under any collation; the
comparison of ``event_actors.reach`` with a day (migration 14) is made by the database, on ISO
day strings that the ICU collations und, en-US and zh-Hans order as C does (tested; the ``C``
collation makes it certain under any other, a libc locale's among them: not checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import MissingDependency, StoreError
from . import pg_schema, pg_search
from .pg_sql import Table, translate
from .search import SearchResult
from .sqlite import Store

__all__ = ["PostgresStore", "PgConnection", "is_postgres_url", "redact"]

_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: object) -> bool:
    """Does ``--db`` name a PostgreSQL database rather than a SQLite file?"""
    return isinstance(location, str) and location.startswith(_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise MissingDependency("psycopg", "postgres") from exc
    return psycopg


class PgConnection:
    """A psycopg connection that runs the store's SQLite SQL (see :mod:`.pg_sql`)."""

    def __init__(self, conn: Any) -> None:
        self.raw = conn
        self._tables: dict[str, Table] = {}
        self._sql: dict[tuple[str, bool], str] = {}

    def load_tables(self) -> None:
        """Read the tables' columns and primary keys (after migrating)."""
        tables: dict[str, tuple[list[str], list[str]]] = {}
        for table, column, in_key in self.raw.execute(
            "SELECT c.relname, a.attname, coalesce(a.attnum = ANY(i.indkey), false)"
            " FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()"
            " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            " LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary"
            " WHERE c.relkind = 'r' ORDER BY c.relname, a.attnum"
        ):
            cols, key = tables.setdefault(table, ([], []))
            cols.append(column)
            if in_key:
                key.append(column)
        self._tables = {t: Table(tuple(c), tuple(k)) for t, (c, k) in tables.items()}
        self._sql.clear()

    def _translate(self, sql: str, params: bool) -> str:
        got = self._sql.get((sql, params))
        if got is None:
            got = self._sql[(sql, params)] = translate(sql, self._tables, params=params)
        return got

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """Run one statement (``?`` placeholders); the cursor, its rows fetched."""
        if params is None:
            return self.raw.execute(self._translate(sql, False))
        return self.raw.execute(self._translate(sql, True), _values(params))

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        """Run one statement for each row of parameters.  An INSERT of one VALUES row (plain or
        ``ON CONFLICT DO NOTHING``) becomes multi-row INSERTs of up to :data:`ROWS_PER_INSERT`
        rows: one statement for a document's spans, not one per span."""
        cur = self.raw.cursor()
        rows = [_values(p) for p in seq]
        if not rows:
            return cur
        text = self._translate(sql, True)
        m = _ONE_ROW.match(text)
        if m is None:
            cur.executemany(text, rows)
            return cur
        head, row, tail = m.groups()
        for i in range(0, len(rows), ROWS_PER_INSERT):
            chunk = rows[i : i + ROWS_PER_INSERT]
            cur.execute(head + ", ".join([row] * len(chunk)) + tail, [v for r in chunk for v in r])
        return cur

    def execute_script(self, sql: str) -> None:
        """Run several statements without parameters (a migration), as written."""
        self.raw.execute(sql)

    def transaction(self) -> AbstractContextManager[Any]:
        """A transaction (a savepoint inside another)."""
        return self.raw.transaction()  # type: ignore[no-any-return]

    def close(self) -> None:
        self.raw.close()


#: rows of one multi-row INSERT made by :meth:`PgConnection.executemany`
ROWS_PER_INSERT = 500
_ONE_ROW = re.compile(
    r"^(INSERT INTO [^;]*? VALUES\s*)(\([^()]*\))(| ON CONFLICT DO NOTHING)$", re.DOTALL
)


def _value(v: Any) -> Any:
    if isinstance(v, str):
        # PostgreSQL text cannot hold NUL: U+FFFD stands for it (one character for one, so
        # offsets into the text stay right); SQLite keeps it
        return v.replace("\x00", "\ufffd") if "\x00" in v else v
    if isinstance(v, (memoryview, bytearray)):  # sqlite3 takes them for BLOBs; psycopg: bytes
        return bytes(v)
    return v


def _values(params: Sequence[Any]) -> list[Any]:
    return [_value(v) for v in params]


class PostgresStore(Store):
    """A dashiji store in a PostgreSQL database.  Open with :meth:`Store.open` and a URL."""

    _SEQ = "seq"

    def __init__(self, conn: PgConnection, url: str) -> None:  # type: ignore[override]
        super().__init__(conn, url)  # type: ignore[arg-type]
        self.url = url
        self._db_errors = (_psycopg().Error,)

    @classmethod
    def open(cls, path: Any, *, timeout: float = 30.0) -> PostgresStore:
        """Connect to the database at URL ``path``, creating or migrating its schema.

        Raises :class:`~dashiji.errors.MissingDependency` without psycopg, and
        :class:`~dashiji.errors.StoreError` when the server cannot be reached, the database is
        not UTF-8, or its schema is newer than this code.
        """
        url = str(path)
        psycopg = _psycopg()
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(timeout)))
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {redact(url)}: {exc}") from exc
        from psycopg.types.numeric import FloatLoader

        raw.adapters.register_loader("numeric", FloatLoader)  # sum(), avg(): floats, as SQLite
        conn = PgConnection(raw)
        try:
            encoding = conn.execute("SHOW server_encoding").fetchone()[0]
            if encoding != "UTF8":
                raise StoreError(
                    f"cannot open store {redact(url)}: the database's encoding is {encoding}, "
                    "not UTF8 (CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0)"
                )
            conn.execute(f"SET lock_timeout = {int(timeout * 1000)}")
            pg_schema.migrate(conn)
            conn.load_tables()
        except StoreError:
            conn.close()
            raise
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(f"cannot open store {redact(url)}: {exc}") from exc
        return cls(conn, redact(url))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    @property
    def connection(self) -> PgConnection:  # type: ignore[override]
        if self._conn is None:
            raise StoreError(f"store {self.path} is closed")
        return self._conn  # type: ignore[return-value]

    @property
    def schema_version(self) -> int:
        return pg_schema.version(self.connection)

    # The outermost batch's transaction (Store.batch nests them): holding the write lock.
    _tx: Any = None

    def _begin(self) -> None:
        psycopg = _psycopg()
        try:
            tx = self.connection.transaction()
            tx.__enter__()
            self.connection.execute("SELECT pg_advisory_xact_lock(?)", (pg_schema.WRITE_LOCK,))
        except psycopg.Error as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        self._tx = tx

    def _rollback(self, exc: BaseException) -> None:
        self._tx.__exit__(type(exc), exc, exc.__traceback__)

    def _commit(self) -> None:
        psycopg = _psycopg()
        try:
            self._tx.__exit__(None, None, None)
        except psycopg.Error as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc

    # ---- the search index --------------------------------------------------------------------
    def _index(
        self, doc_id: str, title: str, text: str, tokens: tuple[str, str] | None = None
    ) -> None:
        pg_search.index_document(self.connection, doc_id, title, text, tokens)

    def _unindex(self, doc_id: str) -> None:
        pg_search.unindex_document(self.connection, doc_id)

    def search(
        self, query: str, limit: int = 20, offset: int = 0, *, time_limit: float | None = 5.0
    ) -> SearchResult:
        return pg_search.run_search(
            self.connection, query, limit=limit, offset=offset, time_limit=time_limit
        )

    def refresh_search(self) -> int:
        """Nothing to do: PostgreSQL ranks in SQL from ``search_docs`` (no postings to keep)."""
        return 0
