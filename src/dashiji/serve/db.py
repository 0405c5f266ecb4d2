"""Read-only access to a store file for the web app: one SQLite connection per thread.

The file is opened with a ``file:…?mode=ro`` URI, so nothing the app does can write to it;
SQLite connections are not shared across threads, and FastAPI runs plain ``def`` routes in a
thread pool, so each thread keeps its own connection.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError
from ..store.schema import SCHEMA_VERSION, user_version
from ..store.search import register_functions


def ro_uri(path: Path) -> str:
    return "file:" + quote(str(path.resolve())) + "?mode=ro"


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection to the store at ``path``; :class:`StoreError` if it is no
    dashiji store of this version."""
    if not path.is_file():
        raise StoreError(f"no store at {path} (run 'dashiji ingest' first)")
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA query_only = ON")
        version = user_version(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"store {path} has schema version {version}, this dashiji reads {SCHEMA_VERSION}: "
            "run 'dashiji stats --db PATH' once to bring it up to date"
        )
    register_functions(conn)
    return conn


class ReadOnlyStore:
    """The store file the app serves; :meth:`conn` gives this thread's connection."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        connect_ro(self.path).close()  # fail now, not at the first request

    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect_ro(self.path)
            self._local.conn = conn
        return conn

    def data_version(self) -> tuple[float, int]:
        """Changes when the file is written (for caches of expensive views)."""
        st = self.path.stat()
        wal = self.path.with_name(self.path.name + "-wal")
        return (st.st_mtime, wal.stat().st_size if wal.exists() else 0)
