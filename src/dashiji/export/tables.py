"""Events as JSON lines, CSV and Parquet tables.

* JSONL: one :meth:`Event.to_record` per line.
* CSV (RFC 4180, via :mod:`csv`: comma separated, fields quoted when needed, CRLF line ends,
  a header row): the same record's fields as columns; the nested ones (``actors``,
  ``quantities``, ``mentions``) as JSON strings; a missing value is an empty field.
* Parquet (written with pyarrow, read back by pyarrow and DuckDB): ``events.parquet`` -- the
  record with proper types (``actors`` and ``mentions`` as ``list<struct>``, dates as strings as
  the record has them plus ``date_first``/``date_last``/``sql_date`` as ``date32``) and the
  GDELT ``globaleventid`` -- and ``mentions.parquet``, the GDELT mentions table with dashiji's
  provenance columns (:data:`dashiji.export.gdelt.MENTION_COLUMNS`), typed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from typing import IO, Any

from ..events.model import Event
from ..model import Document
from .dates import event_day, interval
from .gdelt import (
    MENTION_COLUMNS,
    MENTION_FLOAT_COLUMNS,
    MENTION_INT_COLUMNS,
    GdeltCoder,
    global_event_id,
)

#: the columns of the CSV export (the keys of Event.to_record, in order)
CSV_COLUMNS: tuple[str, ...] = tuple(
    Event(doc="", type="", mode=None, cameo="", goldstein=0.0, quad_class=0).to_record()
)
_NESTED = frozenset({"actors", "arguments", "quantities", "mentions"})


def jsonl_line(event: Event) -> str:
    return json.dumps(event.to_record(), ensure_ascii=False) + "\n"


def csv_writer(stream: IO[str]) -> Any:
    writer = csv.writer(stream)  # excel dialect: RFC 4180 quoting, CRLF line ends
    writer.writerow(CSV_COLUMNS)
    return writer


def csv_row(event: Event) -> list[str]:
    record = event.to_record()
    out = []
    for key in CSV_COLUMNS:
        value = record[key]
        if key in _NESTED:
            out.append(json.dumps(value, ensure_ascii=False))
        elif value is None:
            out.append("")
        else:
            out.append(str(value))
    return out


# ---- Parquet ----------------------------------------------------------------------------------
def _pa() -> Any:
    import pyarrow as pa

    return pa


def event_schema() -> Any:
    pa = _pa()
    actor = pa.struct(
        [
            ("name", pa.string()),
            ("kb_id", pa.string()),
            ("country", pa.string()),
            ("cameo", pa.string()),
            ("side", pa.string()),
            ("role", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    )
    mention = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("sentence_start", pa.int64()),
            ("sentence_end", pa.int64()),
            ("trigger_start", pa.int64()),
            ("trigger_end", pa.int64()),
            ("source_part", pa.string()),
            ("sentence_index", pa.int64()),
        ]
    )
    argument = pa.struct(
        [
            ("role", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kb_id", pa.string()),
            ("country", pa.string()),
        ]
    )
    s, i64, f64 = pa.string(), pa.int64(), pa.float64()
    return pa.schema(
        [
            ("globaleventid", i64),
            ("id", s),
            ("doc", s),
            ("source", s),
            ("title", s),
            ("published", s),
            ("type", s),
            ("news_type", s),
            ("arguments", pa.list_(argument)),
            ("reported", s),
            ("context_date", s),
            ("mode", s),
            ("cameo", s),
            ("goldstein", f64),
            ("quad_class", pa.int8()),
            ("actors", pa.list_(actor)),
            ("date", s),
            ("precision", s),
            ("date_text", s),
            ("date_first", pa.date32()),
            ("date_last", pa.date32()),
            ("sql_date", pa.date32()),
            ("date_source", s),
            ("place", s),
            ("place_kb_id", s),
            ("place_country", s),
            ("status", s),
            ("modality", s),
            ("attributed_to", s),
            ("source_part", s),
            ("quantities", s),  # free-form objects: JSON text
            ("sentence", s),
            ("quote", s),
            ("trigger", s),
            ("start", i64),
            ("end", i64),
            ("trigger_start", i64),
            ("trigger_end", i64),
            ("mentions", pa.list_(mention)),
            ("confidence", f64),
            ("extractor", s),
        ]
    )


def mention_schema() -> Any:
    pa = _pa()
    fields = []
    for col in MENTION_COLUMNS:
        if col in MENTION_INT_COLUMNS:
            fields.append((col, pa.int64()))
        elif col in MENTION_FLOAT_COLUMNS:
            fields.append((col, pa.float64()))
        else:
            fields.append((col, pa.string()))
    return pa.schema(fields)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parquet_event_record(doc: Document, event: Event, added: str | None) -> dict[str, Any]:
    found = interval(event.date, event.precision)
    day, date_source = event_day(event.date, event.precision, doc, added)
    return {
        "globaleventid": global_event_id(event),
        "id": event.id,
        "doc": event.doc or doc.id,
        "source": event.source or doc.source,
        "title": doc.article.title if doc.article else None,
        "published": doc.article.published if doc.article else None,
        "type": event.type,
        "news_type": event.news_type,
        "arguments": [
            {
                "role": x.role,
                "text": x.text,
                "start": x.start,
                "end": x.end,
                "kb_id": x.kb_id,
                "country": x.country,
            }
            for x in event.arguments
        ],
        "reported": event.reported,
        "context_date": event.context_date,
        "mode": event.mode,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "actors": [
            {
                "name": a.name,
                "kb_id": a.kb_id,
                "country": a.country,
                "cameo": a.cameo,
                "side": a.side,
                "role": a.role,
                "start": a.start,
                "end": a.end,
            }
            for a in event.actors
        ],
        "date": event.date,
        "precision": event.precision,
        "date_text": event.date_text,
        "date_first": _day(found[0]) if found else None,
        "date_last": _day(found[1]) if found else None,
        "sql_date": _day(day),
        "date_source": date_source,
        "place": event.place,
        "place_kb_id": event.place_kb_id,
        "place_country": event.place_country,
        "status": event.status,
        "modality": event.modality,
        "attributed_to": event.attributed_to,
        "source_part": event.source_part,
        "quantities": json.dumps(event.quantities, ensure_ascii=False),
        "sentence": event.sentence,
        "quote": event.quote,
        "trigger": event.trigger,
        "start": event.start,
        "end": event.end,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "sentence_start": m.sentence_start,
                "sentence_end": m.sentence_end,
                "trigger_start": m.trigger_start,
                "trigger_end": m.trigger_end,
                "source_part": m.source_part,
                "sentence_index": m.sentence_index,
            }
            for m in event.mentions
        ],
        "confidence": event.confidence,
        "extractor": event.extractor,
    }


class ParquetTables:
    """Collects event and mention rows in batches and writes the two Parquet files."""

    def __init__(self, events_path: Any, mentions_path: Any, batch: int = 5000) -> None:
        import pyarrow.parquet as pq

        self._pq = pq
        self._schemas = (event_schema(), mention_schema())
        self._writers = (
            pq.ParquetWriter(str(events_path), self._schemas[0]),
            pq.ParquetWriter(str(mentions_path), self._schemas[1]),
        )
        self._pending: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
        self._batch = batch

    def add(self, doc: Document, event: Event, coder: GdeltCoder) -> int:
        self._pending[0].append(parquet_event_record(doc, event, coder.added(doc)))
        mentions = coder.mention_rows(doc, event)
        self._pending[1].extend(mentions)
        if len(self._pending[0]) >= self._batch:
            self._flush()
        return len(mentions)

    def _flush(self) -> None:
        pa = _pa()
        for rows, schema, writer in zip(self._pending, self._schemas, self._writers, strict=True):
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows.clear()

    def close(self) -> None:
        self._flush()
        for writer in self._writers:
            writer.close()


def write_jsonl(events: Iterable[Event], stream: IO[str]) -> int:
    n = 0
    for event in events:
        stream.write(jsonl_line(event))
        n += 1
    return n
