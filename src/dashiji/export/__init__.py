"""``dashiji export``: the stored events as GDELT 2.0 tables, JSON lines, CSV or Parquet.

>>> from dashiji.export import export_events
>>> export_events(store, "gdelt", Path("out/events.tsv"), actor="USA")   # doctest: +SKIP
{'format': 'gdelt', 'documents': 2, 'events': 7, 'mentions': 9, 'files': [...]}

Formats and the files they write (``out`` is a path, or for ``jsonl``/``csv``/``gdelt`` an open
text stream):

``gdelt``
    ``out`` gets the GDELT 2.0 event table of the events that have a CAMEO code (an event with
    only a news type has no GDELT row; JSONL, CSV and Parquet carry every event): 61
    tab-separated columns, no header, no quoting
    (tabs and line breaks inside a field become spaces), UTF-8.  The mentions table (GDELT's 16
    mention columns, then dashiji's provenance columns) goes beside it: ``X.export.CSV`` →
    ``X.mentions.CSV`` (GDELT's own file names, tab-separated despite the suffix); otherwise a
    ``.tsv``/``.csv``/``.txt`` suffix is dropped and ``.mentions.tsv`` added (``events.tsv`` →
    ``events.mentions.tsv``).  With a stream, mentions go to ``mentions=`` (a path or stream)
    or are not written.  ``header=True`` adds a header row to both (not GDELT's practice).
``jsonl``
    one :meth:`Event.to_record` per line.
``csv``
    the same records, RFC 4180, with a header; nested fields as JSON strings.
``parquet``
    ``out`` is a directory (created): ``events.parquet`` and ``mentions.parquet``.

The column-by-column mapping is in ``docs/gdelt-mapping.md``.  Events are read from the store's
``ok`` documents (a duplicate's events are its original's; failed documents have none), in the
order the documents were stored, each document's events in span order.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, TextIO

from ..events.model import EVENT_LAYER, Event
from ..kb import KnowledgeBase
from ..model import Document
from .filters import EventFilter, make_filter
from .gdelt import EVENT_COLUMNS, MENTION_COLUMNS, GdeltCoder, tsv_line
from .tables import ParquetTables, csv_row, csv_writer, jsonl_line

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "MENTION_COLUMNS",
    "EventFilter",
    "GdeltCoder",
    "events_of",
    "export_events",
    "iter_events",
    "make_filter",
    "mentions_path",
    "write_events",
]

FORMATS = ("gdelt", "jsonl", "parquet", "csv")

log = logging.getLogger(__name__)


def events_of(doc: Document) -> list[Event]:
    """The events stored on a document (spans of layer ``event``), in span order.

    A span whose attributes do not make an :class:`Event` is skipped with a warning."""
    out = []
    for span in doc.spans_of(EVENT_LAYER):
        try:
            out.append(Event.from_span(span))
        except (TypeError, ValueError, KeyError) as exc:
            log.warning("%s: event span %d:%d skipped (%s)", doc.id, span.start, span.end, exc)
    return out


def iter_events(
    store: Any,
    *,
    actor: str | None = None,
    type: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    kb: KnowledgeBase | None = None,
) -> Iterator[tuple[Document, Event]]:
    """``(document, event)`` for each stored event that passes the filters
    (:mod:`dashiji.export.filters`: actor, PLOVER type, date window on the event's own date)."""
    keep = make_filter(actor=actor, type=type, date_from=date_from, date_to=date_to, kb=kb)
    return _filtered(store, keep)  # the filter is built (and checked) before iteration starts


def _filtered(store: Any, keep: EventFilter) -> Iterator[tuple[Document, Event]]:
    for doc in store.iter_documents(status="ok"):
        for event in events_of(doc):
            if keep(event):
                yield doc, event


def mentions_path(out: Path) -> Path:
    """Where the GDELT mentions table goes beside the event table ``out``."""
    name = out.name
    if name.lower().endswith(".export.csv"):
        return out.with_name(name[: -len(".export.CSV")] + ".mentions.CSV")
    for suffix in (".tsv", ".csv", ".txt"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return out.with_name(name + ".mentions.tsv")


def _ingest_times(store: Any) -> Callable[[Document], str | None]:
    """``documents.ingested_at`` of a stored document (DATEADDED), looked up once per document."""
    cache: dict[str, str | None] = {}

    def added(doc: Document) -> str | None:
        if doc.id not in cache:
            row = store.connection.execute(
                "SELECT ingested_at FROM documents WHERE id = ?", (doc.id,)
            ).fetchone()
            cache.clear()
            cache[doc.id] = row[0] if row else None
        return cache[doc.id]

    return added


class _Discard(io.StringIO):
    def write(self, s: str) -> int:
        return len(s)


@contextlib.contextmanager
def _text_out(target: Path | IO[str], *, csv_mode: bool = False) -> Iterator[IO[str]]:
    if isinstance(target, (str, Path)):
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="" if csv_mode else None) as fh:
            yield fh
    else:
        yield target


def write_events(
    pairs: Iterable[tuple[Document, Event]],
    fmt: str,
    out: Path | str | TextIO,
    *,
    mentions: Path | str | TextIO | None = None,
    header: bool = False,
    kb: KnowledgeBase | None = None,
    added_at: Callable[[Document], str | None] | None = None,
    merged: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write ``(document, event)`` pairs in format ``fmt``; return the counts and files written.

    ``added_at(doc)``: when the document was stored (DATEADDED, EventTimeDate); the document's
    fetch time, else the time of the export, when it gives None.

    ``merged`` (GDELT only; :func:`dashiji.stories.queries.merged_events`): mention id → the
    cross-article event it belongs to.  Each such event is then one row of the event table —
    told by its best-supported mention, with its merged date, status, NumMentions, NumSources
    and NumArticles — and every article's mentions are rows of the mentions table under its
    GLOBALEVENTID.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    counts: dict[str, Any] = {"format": fmt, "documents": 0, "events": 0, "mentions": 0}
    files: list[str] = []
    docs: set[str] = set()
    coder: GdeltCoder | None = None
    if fmt in ("gdelt", "parquet"):
        coder = GdeltCoder(kb, added_at)

    def tally(doc: Document) -> None:
        counts["events"] += 1
        docs.add(doc.id)

    if isinstance(out, str):
        out = Path(out)

    if fmt == "jsonl":
        with _text_out(out) as fh:
            for doc, event in pairs:
                fh.write(jsonl_line(event))
                tally(doc)
    elif fmt == "csv":
        with _text_out(out, csv_mode=True) as fh:
            writer = csv_writer(fh)
            for doc, event in pairs:
                writer.writerow(csv_row(event))
                tally(doc)
    elif fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet export needs a directory path, not a stream")
        out.mkdir(parents=True, exist_ok=True)
        events_file, mentions_file = out / "events.parquet", out / "mentions.parquet"
        tables = ParquetTables(events_file, mentions_file)
        try:
            for doc, event in pairs:
                assert coder is not None
                counts["mentions"] += tables.add(doc, event, coder)
                tally(doc)
        finally:
            tables.close()
        files += [str(events_file), str(mentions_file)]
    else:  # gdelt
        assert coder is not None
        if mentions is None and isinstance(out, Path):
            mentions = mentions_path(out)
        if isinstance(mentions, str):
            mentions = Path(mentions)
        with contextlib.ExitStack() as stack:
            ev = stack.enter_context(_text_out(out))
            mn = stack.enter_context(_text_out(mentions)) if mentions is not None else _Discard()
            if header:
                ev.write("\t".join(EVENT_COLUMNS) + "\n")
                mn.write("\t".join(MENTION_COLUMNS) + "\n")
            for doc, event in pairs:
                if not event.cameo:
                    counts["without_cameo"] = counts.get("without_cameo", 0) + 1
                    continue  # a news-only event has no GDELT row
                info = merged.get(event.id) if merged else None
                if info is not None:
                    best = info.best == event.id
                    event = replace(
                        event,
                        id=info.event_id,
                        **({"date": info.date, "precision": info.precision} if best else {}),
                    )
                    if not best:  # another article's report of an event told elsewhere
                        for row in coder.mention_rows(doc, event):
                            mn.write(tsv_line(row, MENTION_COLUMNS))
                            counts["mentions"] += 1
                        docs.add(doc.id)
                        continue
                    row = coder.event_row(doc, event)
                    row["NumMentions"] = max(row["NumMentions"], info.num_mentions)
                    row["NumSources"] = info.num_sources
                    row["NumArticles"] = info.num_articles
                    ev.write(tsv_line(row, EVENT_COLUMNS))
                else:
                    ev.write(tsv_line(coder.event_row(doc, event), EVENT_COLUMNS))
                for row in coder.mention_rows(doc, event):
                    mn.write(tsv_line(row, MENTION_COLUMNS))
                    counts["mentions"] += 1
                tally(doc)
        if isinstance(mentions, Path):
            files.append(str(mentions))
        elif mentions is None:
            counts["mentions"] = 0
    if isinstance(out, Path) and fmt != "parquet":
        files.insert(0, str(out))
    counts["documents"] = len(docs)
    counts["files"] = files
    return counts


def export_events(
    store: Any,
    fmt: str,
    out: Path | str | TextIO,
    *,
    actor: str | None = None,
    type: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    mentions: Path | str | TextIO | None = None,
    header: bool = False,
    kb: KnowledgeBase | None = None,
) -> dict[str, Any]:
    """Export the store's events (filtered) in ``fmt`` to ``out``; see the module docstring.

    Returns ``{"format", "documents", "events", "mentions", "files"}``.  Raises ValueError for an
    unknown format or filter value (a bad date, --from after --to).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    pairs = iter_events(store, actor=actor, type=type, date_from=date_from, date_to=date_to, kb=kb)
    merged = None
    if fmt == "gdelt":
        from ..stories.queries import merged_events

        merged = merged_events(store)
    return write_events(
        pairs,
        fmt,
        out,
        mentions=mentions,
        header=header,
        kb=kb,
        added_at=_ingest_times(store),
        merged=merged,
    )
