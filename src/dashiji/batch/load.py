"""Load the tables of a batch run into a store (``dashiji load OUT --db PATH``).

Each document is rebuilt exactly from its ``articles`` row, its ``spans`` and its raw bytes
(:func:`.tables.document_of`) and stored as ``dashiji ingest`` stores it, in input order, in
batches of one transaction — then added to its story and its events to the merged events: the
cross-article steps run here, on one machine, over what the cluster made.  Loading twice adds
nothing (the store skips documents it has).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FatalError
from ..model import Document
from .tables import document_of

if TYPE_CHECKING:
    from ..store import Store


def _parts(out: Path, table: str) -> list[Path]:
    return sorted((out / table).glob("part-*.parquet"))


def iter_documents(out: str | Path) -> Iterator[Document]:
    """The documents of a batch run's tables, in input order."""
    import pyarrow.parquet as pq

    out = Path(out)
    parts = _parts(out, "articles")
    if not parts:
        raise FatalError(f"{out} holds no articles/part-*.parquet: not the output of dashiji run")
    for part in parts:
        name = part.name
        articles = pq.read_table(part).to_pylist()
        spans: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in pq.read_table(out / "spans" / name).to_pylist():
            spans[row["doc_id"]].append(row)
        raw = {
            r["sha256"]: r["data"]
            for r in pq.read_table(
                out / "raw_inputs" / name, columns=["sha256", "data"]
            ).to_pylist()
        }
        for row in sorted(articles, key=lambda r: (r["task"], r["pos"])):
            yield document_of(row, spans.pop(row["id"], []), raw[row["raw_sha256"]])


def load(
    out: str | Path, store: Store, on_document: Callable[[Document], None] | None = None
) -> tuple[int, int]:
    """Store the documents of a batch run (with stories and events); ``(new, already stored)``."""
    from ..dedup import DedupIndex
    from ..pipeline import store_batch
    from ..steps import _chunks
    from ..work import BATCH

    run_id = store.begin_run([str(out)])
    index = DedupIndex.from_store(store)
    new = old = 0
    for batch in _chunks(iter_documents(out), BATCH):
        for doc in batch:
            text = doc.duplicate_of is None and doc.error is None
            sig = index.signature_of(doc) if text else None
            if sig is not None:
                index.check_signature(doc.id, *sig)  # its signature, for later ingests
        for stored, doc in store_batch(store, [(d, None) for d in batch], run_id):
            new += stored
            old += not stored
            if on_document:
                on_document(doc)
    index.save(store)
    store.finish_run(run_id, {"loaded": new, "skipped": old, "from": str(out)})
    return new, old
