"""The embedded store: one SQLite file (stdlib ``sqlite3``, WAL mode).

What is where (see ``migrations/*.sql`` for the columns):

* ``raw_inputs`` -- every input's bytes and fetch metadata, keyed by SHA-256, kept even when the
  document failed;
* ``documents`` -- one row per document: status (``ok`` / ``failed`` / ``duplicate``), the error
  or the first copy it duplicates, the article's metadata and text, and ``doc``: the rest of
  :meth:`Document.to_dict` as JSON, so :meth:`Store.get` restores the document exactly
  (a failed document without its decoded ``source_text``: its raw bytes are kept);
* ``blocks`` and ``spans`` -- the article's blocks and the annotations of later layers, as rows;
* ``runs`` -- one row per ingest run; ``search_docs`` and ``search_index`` -- the full-text
  index (:mod:`dashiji.store.search`); ``minhash`` -- duplicate-detection signatures
  (:mod:`dashiji.dedup`).

Every write of a document (raw input, row, blocks, spans, index entry) is one transaction,
committed at once unless grouped with :meth:`Store.batch`; a killed run loses at most the
document or batch in flight, and re-running it skips what is stored (:meth:`Store.has_doc`,
:meth:`Store.has_raw`).  All SQL takes its data as parameters.

A :class:`Store` holds an open connection, so it belongs to one thread and is not pickled into
steps; open one per process.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import StoreError, StoreWriteFailed
from ..model import Document, Raw, Span
from ..stories.clustering import begin_profiles, end_profiles, flush_profiles
from .rows import (
    BLOB_PIECE,
    SOURCE_FROM_FIELD,
    SOURCE_FROM_RAW,
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_OK,  # noqa: F401 - the names this module had
    DocumentRows,
    document_json,
    indexed,
    record_of,
    span_rows,
    status_of,
    to_json,
)
from .schema import SCHEMA_VERSION, migrate, user_version
from .search import (
    SearchHit,
    SearchResult,
    index_document,
    register_functions,
    run_search,
    unindex_document,
)

#: The schema versions that added the search postings (8) and forgot postings built by an older
#: rule (12): a store reaching either builds them (again) as it opens.
_POSTINGS_VERSIONS = (8, 12)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_json = to_json


class Failure(NamedTuple):
    """A document stored as failed: its error code, the version of dashiji that recorded it
    (None when its run did not finish) and that run."""

    code: str
    version: str | None
    run_id: int | None


#: SQLite's page cache of a connection, KiB (SQLite's default: 2,000 KiB, 500 pages of 4 KiB;
#: a batch of 32 documents touches more pages than that, and a full cache spills dirty pages
#: into the WAL before the commit).  With 16 MiB, storing 1,700 documents of the throughput
#: corpus into a fresh store took 3.63 / 3.83 CPU ms a document instead of 3.89 / 4.29 (fastest /
#: median of 6 rounds, load ~7).  The cache fills only as pages are read: at most this much more
#: memory per connection.
PAGE_CACHE_KIB = 16_384
#: Pages the write-ahead log grows to before a commit copies it into the file (SQLite's
#: default: 1,000, 4 MiB; ``PRAGMA wal_autocheckpoint``).  A batch of 32 documents writes
#: hundreds of pages, many of them the same ones batch after batch (the story profiles, the
#: events' indexes, the search index's segments): checkpointed every 1,000 pages, each was
#: copied into the file every batch or two.  With 16,384 pages (64 MiB of log at most, on disk;
#: the log's index in shared memory is ~0.5 MiB) a page is copied once per ~20 batches.
#: Storing 600 text records into a copy of a 3,000-article store, the commits took 0.55-0.58
#: CPU ms a document instead of 0.74-0.78 (a 20,000-page log; the last checkpoint, at close,
#: 40-45 ms: 0.07 ms a document of that run, less in a longer one).
WAL_CHECKPOINT_PAGES = 16_384


class Store:
    """A dashiji store file.  Open with :meth:`Store.open`; use as a context manager.

    ``Store.open("postgresql://...")`` opens a :class:`~dashiji.store.postgres.PostgresStore`
    instead, which has the same methods.
    """

    #: the column that orders documents as they were stored (PostgreSQL: ``seq``)
    _SEQ = "rowid"

    def __init__(self, conn: sqlite3.Connection, path: Path | str) -> None:
        self._conn = conn
        self.path = path
        self._batch_depth = 0
        self._db_errors: tuple[type[Exception], ...] = (sqlite3.Error,)
        #: (doc id, title, text) of the documents put in the current batch, indexed at its end
        self._to_index: list[tuple[str, str, str, tuple[str, str] | None]] = []

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 30.0) -> Store:
        """Open (creating or migrating) the store at ``path``: a SQLite file, or a PostgreSQL
        database given as a ``postgresql://`` URL (:mod:`dashiji.store.postgres`).

        Raises :class:`~dashiji.errors.StoreError` when the path cannot be used, the file is not
        a SQLite database, or its schema is newer than this code.
        """
        from .postgres import PostgresStore, is_postgres_url

        if is_postgres_url(path):
            return PostgresStore.open(path, timeout=timeout)
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            conn.execute("PRAGMA foreign_keys = ON")
            register_functions(conn)  # migration 0004 indexes stored documents with them
            before = user_version(conn)
            migrate(conn)
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        store = cls(conn, path)
        after = user_version(conn)
        if any(before < v <= after for v in _POSTINGS_VERSIONS):
            store.refresh_search()  # the postings of the documents already indexed
        return store

    def close(self) -> None:
        if self._conn is not None:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read-only queries by other modules."""
        if self._conn is None:
            raise StoreError(f"store {self.path} is closed")
        return self._conn

    @property
    def schema_version(self) -> int:
        return user_version(self.connection)

    # ---- transactions ----------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[Store]:
        """Group writes into one transaction (committed on exit, rolled back on an exception).

        Nested batches join the outermost one.
        """
        if self._batch_depth:
            self._batch_depth += 1
            try:
                yield self
            finally:
                self._batch_depth -= 1
            return
        self._begin()
        self._batch_depth = 1
        conn = self.connection
        begin_profiles(conn)  # the story profiles written in this transaction are held
        try:
            yield self
            self._flush_index()
            flush_profiles(conn)
        except BaseException as exc:
            self._batch_depth = 0
            self._to_index.clear()
            end_profiles(conn)
            self._rollback(exc)
            raise
        self._batch_depth = 0
        end_profiles(conn)
        self._commit()

    # The outermost batch's transaction; a backend overrides these three.
    def _begin(self) -> None:
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc

    def _rollback(self, exc: BaseException) -> None:
        conn = self.connection
        if conn.in_transaction:
            conn.execute("ROLLBACK")

    def _commit(self) -> None:
        conn = self.connection
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc

    # ---- documents -------------------------------------------------------------------------
    def has_doc(self, doc_id: str) -> bool:
        """Is a document with this id stored (whatever its status)?"""
        row = self.connection.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,))
        return row.fetchone() is not None

    def has_raw(self, sha256: str, *, any_status: bool = False) -> bool:
        """Has this input already been processed, so that the ingest loop can skip it?

        By default: True when a document made from these bytes is stored as ``ok`` or
        ``duplicate`` (an input whose document failed is worth another try).  With
        ``any_status=True``: True when the bytes are stored at all.
        """
        if any_status:
            sql = "SELECT 1 FROM raw_inputs WHERE sha256 = ?"
        else:
            sql = "SELECT 1 FROM documents WHERE raw_sha256 = ? AND status IN ('ok', 'duplicate')"
        return self.connection.execute(sql, (sha256,)).fetchone() is not None

    def put(
        self, doc: Document, *, run_id: int | None = None, rows: DocumentRows | None = None
    ) -> bool:
        """Store a document with its raw input; True if it was newly stored.

        Idempotent: a document id already stored is left alone (False) -- except that a stored
        ``failed`` document is replaced by a new attempt that did not fail.

        ``rows``: the document's rows made beforehand (:func:`~dashiji.store.rows.document_rows`,
        in the process that analysed it); its ``spans`` are not read then.

        Raises :class:`~dashiji.errors.StoreWriteFailed` when SQLite refuses a value of this
        document (nothing of it is written then, unless within a :meth:`batch`: the batch fails),
        and :class:`~dashiji.errors.StoreError` when the store cannot be written at all.
        """
        status = status_of(doc)
        if rows is not None and rows.status != status:
            raise ValueError(f"rows of a {rows.status} document given for a {status} one")
        refused: tuple[type[BaseException], ...] = (
            *self._db_errors,
            UnicodeError,
            ValueError,
            OverflowError,
            RecursionError,
        )
        try:
            with self.batch():
                conn = self.connection
                row = conn.execute(
                    "SELECT status FROM documents WHERE id = ?", (doc.id,)
                ).fetchone()
                if row is not None:
                    if row[0] != STATUS_FAILED or status == STATUS_FAILED:
                        return False
                    self._delete(doc.id)
                sha256 = rows.sha256 if rows is not None else doc.raw.sha256()
                self._put_raw(doc.raw, sha256)
                self._insert_document(doc, status, run_id, sha256, rows)
        except refused as exc:
            raise StoreWriteFailed(f"{type(exc).__name__}: {exc}") from exc
        return True

    def put_many(
        self, docs: Iterable[Document], *, run_id: int | None = None, batch_size: int = 50
    ) -> int:
        """:meth:`put` each document, committing every ``batch_size``; return how many were new."""
        new = 0
        pending: list[Document] = []

        def flush() -> int:
            with self.batch():
                n = sum(self.put(d, run_id=run_id) for d in pending)
            pending.clear()
            return n

        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch_size:
                new += flush()
        if pending:
            new += flush()
        return new

    def _put_raw(self, raw: Raw, sha256: str | None = None) -> None:
        """Store the raw bytes (once per content).  Bytes of more than :data:`BLOB_PIECE` are
        written into a ``zeroblob`` piece by piece (in SQLite; PostgreSQL has no zeroblob):
        bound as a parameter, SQLite copies them once for the binding (which the cached
        statement keeps until its next use) and once into the record — 19.6 MB of raw bytes
        took 39 MB more, and kept 20 MB.  The zeroblob ends the row (``data`` is the last column
        since schema version 13), so SQLite does not make its zeros in memory either: the
        insert of a 19.6 MB input's row took +39 MB before, +2 MB now."""
        big = len(raw.data) > BLOB_PIECE and isinstance(self.connection, sqlite3.Connection)
        cur = self.connection.execute(
            "INSERT OR IGNORE INTO raw_inputs"
            " (sha256, uri, media_type, fetched_at, encoding, metadata, size, data, stored_at)"
            f" VALUES (?, ?, ?, ?, ?, ?, ?, {'zeroblob(?)' if big else '?'}, ?)",
            (
                sha256 or raw.sha256(),
                raw.uri,
                raw.media_type,
                raw.fetched_at,
                raw.encoding,
                _json(raw.metadata),
                len(raw.data),
                len(raw.data) if big else raw.data,
                _now(),
            ),
        )
        if big and cur.rowcount == 1 and cur.lastrowid is not None:
            data = memoryview(raw.data)
            with self.connection.blobopen("raw_inputs", "data", cur.lastrowid) as blob:
                for start in range(0, len(data), BLOB_PIECE):
                    blob.write(data[start : start + BLOB_PIECE])

    def _insert_document(
        self,
        doc: Document,
        status: str,
        run_id: int | None,
        sha256: str | None = None,
        rows: DocumentRows | None = None,
    ) -> None:
        conn = self.connection
        # spans are rows of their own, the raw bytes and the text columns: the JSON has neither
        art = doc.article
        err = doc.error
        conn.execute(
            "INSERT INTO documents (id, raw_sha256, source, status, error_code, error_message,"
            " error_step, duplicate_of, title, published, published_from, author, outlet,"
            " script, text, run_id, ingested_at, doc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                sha256 or doc.raw.sha256(),
                doc.source,
                status,
                err.code if err else None,
                err.message if err else None,
                err.step if err else None,
                doc.duplicate_of,
                art.title if art else None,
                art.published if art else None,
                art.published_from if art else None,
                art.author if art else None,
                art.outlet if art else None,
                art.script if art else None,
                doc.text,
                run_id,
                _now(),
                rows.doc_json if rows is not None else document_json(doc, status),
            ),
        )
        if art is not None:
            conn.executemany(
                'INSERT INTO blocks (doc_id, idx, kind, text, start, "end", source_start)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (doc.id, i, b.kind, b.text, b.start, b.end, b.source_start)
                    for i, b in enumerate(art.blocks)
                ],
            )
        if rows is not None:
            self._insert_span_rows(doc.id, rows.spans)
        else:
            self._insert_spans(doc.id, doc.text, doc.spans)
        got = indexed(doc, status)
        if got is not None:
            self._index(doc.id, *got, rows.tokens if rows is not None else None)

    def _index(
        self, doc_id: str, title: str, text: str, tokens: tuple[str, str] | None = None
    ) -> None:
        """Add a document to the search index at the end of the current batch (``tokens``:
        the index tokens of its title and text, when made beforehand).

        FTS5 writes the entries it holds to disk at every statement that opens a statement
        journal (an ``INSERT OR REPLACE`` into a table with foreign keys, as the stories step
        makes for each article): indexed one by one between those, every document became a
        segment of its own.  Indexed together at the end of the batch, in the order they were
        put, they are one segment (the same rows, the same ``search_docs`` ids)."""
        self._to_index.append((doc_id, title, text, tokens))

    def _flush_index(self) -> None:
        """Index the documents put in this batch (just before it commits)."""
        if not self._to_index:
            return
        todo, self._to_index = self._to_index, []
        conn = self.connection
        try:
            for doc_id, title, text, tokens in todo:
                index_document(conn, doc_id, title, text, tokens)
        except (sqlite3.Error, UnicodeError, ValueError) as exc:
            raise StoreWriteFailed(f"{type(exc).__name__}: {exc}") from exc

    def _unindex(self, doc_id: str) -> None:
        if any(x[0] == doc_id for x in self._to_index):
            self._to_index = [x for x in self._to_index if x[0] != doc_id]
            return
        unindex_document(self.connection, doc_id)

    def _insert_spans(self, doc_id: str, text: str, spans: Iterable[Span]) -> None:
        self._insert_span_rows(doc_id, span_rows(text, spans))

    def _insert_span_rows(self, doc_id: str, rows: list[tuple[Any, ...]]) -> None:
        self.connection.executemany(
            'INSERT INTO spans (doc_id, layer, start, "end", label, attrs, text)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, *r) for r in rows],
        )

    def _delete(self, doc_id: str) -> None:
        conn = self.connection
        self._unindex(doc_id)
        conn.execute("DELETE FROM spans WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM blocks WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM minhash WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # ---- failures --------------------------------------------------------------------------
    def failure(self, doc_id: str) -> Failure | None:
        """How a document stored as failed failed (:class:`Failure`); None when it is not stored
        failed."""
        row = self.connection.execute(
            "SELECT d.error_code, r.counts, d.run_id FROM documents d"
            " LEFT JOIN runs r ON r.run_id = d.run_id WHERE d.id = ? AND d.status = 'failed'",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        counts = json.loads(row[1]) if row[1] else {}
        version = counts.get("version") if isinstance(counts, dict) else None
        return Failure(str(row[0] or ""), version, row[2])

    def forget_failed(self, doc_id: str) -> bool:
        """Remove a failed document's row so that it can be tried again (its raw input stays)."""
        with self.batch():
            if self.failure(doc_id) is None:
                return False
            self._delete(doc_id)
        return True

    def failures(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The documents stored as failed, latest first: id, source, code, message, step."""
        sql = (
            "SELECT id, source, error_code, error_message, error_step, ingested_at FROM documents"
            " WHERE status = 'failed' ORDER BY ingested_at DESC, id"
        )
        args: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            args = (int(limit),)
        keys = ("id", "source", "code", "message", "step", "ingested_at")
        return [dict(zip(keys, row, strict=True)) for row in self.connection.execute(sql, args)]

    def get(self, doc_id: str) -> Document | None:
        """The stored document, exactly as it was put (with spans as they now stand) -- but a
        failed document without its ``source_text`` (None: its raw bytes are kept)."""
        row = self.connection.execute(
            "SELECT d.doc, d.text, r.data FROM documents d"
            " JOIN raw_inputs r ON r.sha256 = d.raw_sha256 WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        return self._restore(doc_id, *row)

    def _restore(self, doc_id: str, doc_json: str, text: str, data: bytes) -> Document:
        d = json.loads(doc_json)
        d["text"] = text
        d["spans"] = []
        d["raw"]["data"] = ""
        from_raw = d.pop(SOURCE_FROM_RAW, False)
        field = d.pop(SOURCE_FROM_FIELD, None)
        doc = Document.from_dict(d)
        doc.raw.data = bytes(data)
        if from_raw:
            doc.source_text = doc.raw.data.decode(str(doc.raw.encoding))
        elif field:
            record = record_of(doc.raw.data, doc.raw.encoding)
            doc.source_text = None if record is None else record.get(field)
        doc.spans = [
            Span(layer=layer, start=start, end=end, label=label, attrs=json.loads(attrs or "{}"))
            for layer, start, end, label, attrs in self.connection.execute(
                'SELECT layer, start, "end", label, attrs FROM spans WHERE doc_id = ? ORDER BY id',
                (doc_id,),
            )
        ]
        return doc

    def iter_documents(
        self, *, status: str | None = None, batch_size: int = 200
    ) -> Iterator[Document]:
        """Every stored document (or those with ``status``), in the order they were stored."""
        last = 0
        while True:
            seq = self._SEQ  # a column name, not data
            rows = self.connection.execute(
                f"SELECT d.{seq}, d.id, d.doc, d.text, r.data FROM documents d"
                " JOIN raw_inputs r ON r.sha256 = d.raw_sha256"
                f" WHERE d.{seq} > ? AND (CAST(? AS TEXT) IS NULL OR d.status = ?)"
                f" ORDER BY d.{seq} LIMIT ?",
                (last, status, status, batch_size),
            ).fetchall()
            if not rows:
                return
            for rowid, doc_id, doc_json, text, data in rows:
                last = rowid
                yield self._restore(doc_id, doc_json, text, data)

    def put_spans(self, doc_id: str, layer: str, spans: Iterable[Span]) -> None:
        """Replace the spans of ``layer`` on a stored document (in one transaction)."""
        spans = list(spans)
        if any(s.layer != layer for s in spans):
            raise ValueError(f"put_spans({layer!r}) got spans of another layer")
        with self.batch():
            row = self.connection.execute(
                "SELECT text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                raise KeyError(doc_id)
            text = row[0]
            for s in spans:
                if not (0 <= s.start <= s.end <= len(text)):
                    raise ValueError(
                        f"span {s.start}:{s.end} outside text of {len(text)} chars ({doc_id})"
                    )
            self.connection.execute(
                "DELETE FROM spans WHERE doc_id = ? AND layer = ?", (doc_id, layer)
            )
            self._insert_spans(doc_id, text, spans)

    # ---- search ----------------------------------------------------------------------------
    def search(
        self, query: str, limit: int = 20, offset: int = 0, *, time_limit: float | None = 5.0
    ) -> SearchResult:
        """Ok documents matching ``query``: the exact total and hits ``offset`` to
        ``offset + limit``, best first (title matches above body matches), each with a snippet
        of its original text and the offsets of the matches in it.

        The query language (:mod:`dashiji.store.search_query`): words of any length (``美``,
        ``郭美美``), ``"phrases"``, ``OR``, ``-exclude``, ``( groups )``; either script, full-width
        and case folded; every term matches as a substring.  Raises
        :class:`~dashiji.errors.SearchQueryError` for a malformed query, or one that runs
        longer than ``time_limit`` seconds.
        """
        return run_search(self.connection, query, limit=limit, offset=offset, time_limit=time_limit)

    def refresh_search(self) -> int:
        """Bring the postings of common search terms (:mod:`.search_postings`) up to the newest
        indexed document; return how many documents they gained.  Searches are right without
        it (newer documents are ranked by FTS5), and faster with it."""
        from . import search_postings

        with self.batch():
            return search_postings.refresh(self.connection)

    # ---- bookkeeping -----------------------------------------------------------------------
    def begin_run(self, inputs: Any) -> int:
        """Record the start of an ingest run; return its id.  A file name that is no valid text
        (undecodable bytes) is recorded with U+FFFD for them."""
        from ..read.encoding import valid_unicode

        inputs, _ = valid_unicode(inputs)
        with self.batch():
            (run_id,) = self.connection.execute(
                "INSERT INTO runs (started, inputs) VALUES (?, ?) RETURNING run_id",
                (_now(), _json(inputs)),
            ).fetchone()
        return int(run_id)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.batch():
            cur = self.connection.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?",
                (_now(), _json(counts), run_id),
            )
            if cur.rowcount != 1:
                raise KeyError(run_id)
        self.refresh_search()

    def runs(self) -> list[dict[str, Any]]:
        return [
            {
                "run_id": run_id,
                "started": started,
                "finished": finished,
                "inputs": json.loads(inputs) if inputs else None,
                "counts": json.loads(counts) if counts else None,
            }
            for run_id, started, finished, inputs, counts in self.connection.execute(
                "SELECT run_id, started, finished, inputs, counts FROM runs ORDER BY run_id"
            )
        ]

    def stats(self) -> dict[str, Any]:
        """Counts for a report: documents by status, error code and script, dates, raw bytes."""
        conn = self.connection

        def counts(sql: str) -> dict[str, int]:
            return {str(k): int(n) for k, n in conn.execute(sql)}

        by_status = counts("SELECT status, count(*) FROM documents GROUP BY status ORDER BY 2 DESC")
        pub_min, pub_max = conn.execute(
            "SELECT min(published), max(published) FROM documents"
            " WHERE status = 'ok' AND published IS NOT NULL AND published != ''"
        ).fetchone()
        ing_min, ing_max = conn.execute(
            "SELECT min(ingested_at), max(ingested_at) FROM documents"
        ).fetchone()
        raw_n, raw_bytes = conn.execute(
            "SELECT count(*), coalesce(sum(size), 0) FROM raw_inputs"
        ).fetchone()
        return {
            "documents": sum(by_status.values()),
            "by_status": by_status,
            "by_error": counts(
                "SELECT error_code, count(*) FROM documents WHERE status = 'failed'"
                " GROUP BY error_code ORDER BY 2 DESC"
            ),
            "by_script": counts(
                "SELECT coalesce(script, 'unknown'), count(*) FROM documents"
                " WHERE status = 'ok' GROUP BY 1 ORDER BY 2 DESC"
            ),
            "duplicates": by_status.get(STATUS_DUPLICATE, 0),
            "published": {"min": pub_min, "max": pub_max},
            "ingested": {"min": ing_min, "max": ing_max},
            "raw_inputs": int(raw_n),
            "raw_bytes": int(raw_bytes),
            "runs": int(conn.execute("SELECT count(*) FROM runs").fetchone()[0]),
            "schema_version": self.schema_version,
        }

    def span_counts(self, layer: str) -> dict[str, int]:
        """How many spans of each layer label the store holds (e.g. events by type)."""
        return {
            str(label): int(n)
            for label, n in self.connection.execute(
                "SELECT label, count(*) FROM spans WHERE layer = ? GROUP BY label ORDER BY 2 DESC",
                (layer,),
            )
        }

    def top_entities(self, limit: int = 30, *, type: str | None = None) -> list[dict[str, Any]]:
        """The most mentioned actors: linked mentions grouped by KB id, the others by name."""
        sql = """
            SELECT coalesce(json_extract(attrs, '$.kb_id'), json_extract(attrs, '$.name'), text)
                       AS actor,
                   max(json_extract(attrs, '$.kb_id')) AS kb_id,
                   max(json_extract(attrs, '$.name')) AS name,
                   label AS type,
                   max(json_extract(attrs, '$.country')) AS country,
                   max(json_extract(attrs, '$.cameo')) AS cameo,
                   count(*) AS mentions,
                   count(DISTINCT doc_id) AS documents
            FROM spans
            WHERE layer = 'entity' AND (CAST(? AS TEXT) IS NULL OR label = ?)
              AND coalesce(json_extract(attrs, '$.source'), '') != 'coref'
            GROUP BY actor, label
            ORDER BY mentions DESC, documents DESC, actor
            LIMIT ?
        """
        cur = self.connection.execute(sql, (type, type, limit))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]

    # ---- duplicate-detection signatures (used by dashiji.dedup) ----------------------------
    #: columns of a ``minhash`` row, in the order put_minhashes / iter_minhashes use
    MINHASH_COLUMNS = (
        "doc_id",
        "exact_hash",
        "scheme",
        "num_perm",
        "seed",
        "shingle",
        "hashvalues",
    )

    def put_minhashes(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Save signature rows (see :attr:`MINHASH_COLUMNS`); ids already saved are kept."""
        with self.batch():
            self.connection.executemany(
                "INSERT OR IGNORE INTO minhash"
                " (doc_id, exact_hash, scheme, num_perm, seed, shingle, hashvalues)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def iter_minhashes(self) -> Iterator[tuple[Any, ...]]:
        """Signature rows of the stored ``ok`` documents, in the order they were stored.

        Each row is :attr:`MINHASH_COLUMNS` followed by the document's storage sequence number.
        """
        seq = self._SEQ
        yield from self.connection.execute(
            "SELECT m.doc_id, m.exact_hash, m.scheme, m.num_perm, m.seed, m.shingle, m.hashvalues,"
            f" d.{seq} FROM minhash m JOIN documents d ON d.id = m.doc_id"
            f" WHERE d.status = 'ok' ORDER BY d.{seq}"
        ).fetchall()

    def delete_minhashes(self, doc_ids: Iterable[str]) -> None:
        with self.batch():
            self.connection.executemany(
                "DELETE FROM minhash WHERE doc_id = ?", [(i,) for i in doc_ids]
            )

    def iter_unsigned(self) -> Iterator[tuple[int, Document]]:
        """``(sequence number, document)`` for each stored ``ok`` document without a signature."""
        seq = self._SEQ
        rows = self.connection.execute(
            f"SELECT d.{seq}, d.id FROM documents d LEFT JOIN minhash m ON m.doc_id = d.id"
            f" WHERE d.status = 'ok' AND m.doc_id IS NULL ORDER BY d.{seq}"
        ).fetchall()
        for seq, doc_id in rows:
            doc = self.get(doc_id)
            if doc is not None:
                yield seq, doc


__all__ = ["Store", "SearchHit", "SearchResult", "SCHEMA_VERSION", "status_of"]
