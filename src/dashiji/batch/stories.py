"""Stories and merged events of a batch run: the cross-article steps, after the job, on the
driver (``dashiji run --stories``).

The run's tables are loaded into a store at ``OUT/store.db`` (:func:`.load.load`: the same
stories and event-merging code as ``dashiji ingest``), whose story and merged-event tables are
then written beside the others as Parquet:

=========================  ==================================================================
``stories``                one row per story: title, period, key actors (JSON), counts,
                           ``merged_into`` when it joined another
``story_articles``         which story each article is in
``merged_events``          one row per event across articles (the store's ``events``)
``merged_event_mentions``  each article's report of a merged event (the store's
                           ``event_mentions``)
=========================  ==================================================================

The store stays: ``dashiji serve --db OUT/store.db`` browses the run.  Running it again loads
nothing new and writes the same tables.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: Parquet table → the store's table it copies.
STORY_TABLES = {
    "stories": "stories",
    "story_articles": "story_articles",
    "merged_events": "events",
    "merged_event_mentions": "event_mentions",
}
#: Columns that hold the wall-clock time of a write: left out (a re-run would change them).
_CLOCK = {"updated_at", "created_at", "ingested_at"}


def make_stories(out: str | Path) -> dict[str, int]:
    """Load the run in ``out`` into ``out/store.db`` and write its story tables; rows per table."""
    from ..store import Store
    from .load import load

    out = Path(out)
    with Store.open(out / "store.db") as store:
        load(out, store)
        return {
            name: _write(store.connection, table, out / name)
            for name, table in STORY_TABLES.items()
        }


def _arrow_type(declared: str) -> Any:
    import pyarrow as pa

    kind = declared.upper()
    if "INT" in kind:
        return pa.int64()
    if "REAL" in kind or "FLOA" in kind or "DOUB" in kind:
        return pa.float64()
    return pa.string()


def _write(conn: Any, table: str, folder: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = [
        (name, declared)
        for _, name, declared, *_ in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))
        if name not in _CLOCK
    ]
    schema = pa.schema([(name, _arrow_type(declared)) for name, declared in cols])
    names = ", ".join(f'"{name}"' for name, _ in cols)
    rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}').fetchall()  # noqa: S608 - names from the schema
    data = [
        {
            name: (None if v is None else str(v)) if schema.field(name).type == pa.string() else v
            for (name, _), v in zip(cols, row, strict=True)
        }
        for row in rows
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "part-00000.parquet"
    tmp = path.with_suffix(".tmp")
    pq.write_table(pa.Table.from_pylist(data, schema=schema), str(tmp), compression="zstd")
    os.replace(tmp, path)
    return len(data)
