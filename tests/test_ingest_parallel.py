"""Ingest with worker processes (-j 2) stores exactly what ingest in one process stores: the same
articles, spans, entities, events, mentions, stories, duplicates and failures, row for row."""

from __future__ import annotations

import sqlite3
from itertools import islice
from pathlib import Path

import pytest

from dashiji import work
from dashiji.model import Document, Raw, Span
from dashiji.pipeline import IngestReport, ingest
from dashiji.steps import _chunks
from dashiji.store import Store

#: Columns that hold the wall-clock time of a write.
CLOCK = {"stored_at", "ingested_at", "updated_at", "created_at"}


def tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the run log and FTS5's internals, clock columns left out,
    sorted."""
    with sqlite3.connect(db) as conn:
        names = [
            name
            for (name, sql) in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='table'"
            )
            if name != "runs"
            and not name.startswith("sqlite_")
            and "VIRTUAL" not in (sql or "").upper()
            and not any(name.startswith(f"{v}_") for v in ("search_index", "documents_fts"))
        ]
        out = {}
        for name in names:
            cols = [r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", (name,))]
            kept = ", ".join(f'"{c}"' for c in cols if c not in CLOCK)
            rows = conn.execute(f'SELECT {kept} FROM "{name}"').fetchall()  # noqa: S608 - names from the schema
            out[name] = sorted(rows, key=repr)
        return out


@pytest.fixture(scope="module")
def inputs(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """130 DTELS articles (9 of them copies of others, some within a batch of 32, some across
    batches), three HTML pages, a copy under another name, a broken JSONL line, an empty file."""
    folder = tmp_path_factory.mktemp("inputs")
    source = shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"
    with source.open(encoding="utf-8") as f:
        lines = list(islice(f, 100, 230))
    articles = folder / "articles.jsonl"
    articles.write_text("".join(lines) + '{"text": "断了的\n' + lines[5], encoding="utf-8")
    pages = sorted((shared / "bench" / "extraction" / "cwced-zh").glob("*.html"))[:3]
    for page in pages:
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "copy.html").write_bytes(pages[0].read_bytes() + b"\n<!-- mirrored -->")
    (folder / "empty.txt").write_bytes(b"")
    return [str(articles), *(str(p) for p in sorted(folder.glob("*.*")) if p != articles)]


def _ingest(inputs: list[str], db: Path, workers: int) -> IngestReport:
    with Store.open(db) as store:
        return ingest(inputs, store, date="2025-01-01", workers=workers)


@pytest.fixture(scope="module")
def one_process(
    inputs: list[str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[IngestReport, Path]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    return _ingest(inputs, db, 1), db


def test_two_workers_store_what_one_process_stores(
    inputs: list[str], one_process: tuple[IngestReport, Path], tmp_path: Path
) -> None:
    one, one_db = one_process
    two = _ingest(inputs, tmp_path / "two.db", 2)
    assert (two.stored, two.duplicates, two.skipped, two.failed) == (
        one.stored,
        one.duplicates,
        one.skipped,
        one.failed,
    )
    # the inputs exercise what must come out the same
    assert one.duplicates >= 10 and one.failed and one.stored >= 120
    a, b = tables(one_db), tables(tmp_path / "two.db")
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], f"table {name} differs between -j 1 and -j 2"
    for name in ("documents", "spans", "events", "event_mentions", "stories", "minhash"):
        assert a[name], f"no rows in {name}: the comparison would prove nothing"
    with Store.open(one_db) as s1, Store.open(tmp_path / "two.db") as s2:
        for query in ("警方", "调查", "北京"):
            hits1 = [(h.id, h.score) for h in s1.search(query, limit=50).hits]
            hits2 = [(h.id, h.score) for h in s2.search(query, limit=50).hits]
            assert hits1 == hits2 and hits1


def test_a_second_run_with_workers_adds_nothing(inputs: list[str], tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    first = _ingest(inputs, db, 2)
    before = tables(db)
    second = _ingest(inputs, db, 2)
    assert second.stored == 0 and second.duplicates == 0
    assert second.skipped == second.seen == first.seen
    assert tables(db) == before


def test_batches_cut_by_bytes_store_what_batches_of_32_store(
    inputs: list[str],
    one_process: tuple[IngestReport, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch ends at BATCH_BYTES of raw documents (issue 12: memory bounded by the largest
    document, not by 32 of them); the store is the same whatever the cuts."""
    monkeypatch.setattr(work, "BATCH_BYTES", 30_000)  # batches of a few articles
    cut = _ingest(inputs, tmp_path / "cut.db", 1)
    one, one_db = one_process
    assert (cut.stored, cut.duplicates, cut.failed) == (one.stored, one.duplicates, one.failed)
    assert tables(tmp_path / "cut.db") == tables(one_db)


def test_chunks_end_at_the_byte_limit() -> None:
    docs = [
        Document(id=str(k), raw=Raw(b"x" * n, f"t{k}"))
        for k, n in enumerate([5, 5, 20, 1, 1, 1, 30])
    ]
    sizes = [[len(d.raw.data) for d in c] for c in _chunks(docs, 4, max_bytes=10)]
    assert sizes == [[5, 5], [20], [1, 1, 1, 30]]
    assert [len(c) for c in _chunks(docs, 4)] == [4, 3]  # no byte limit: counts only


def test_a_handed_over_batch_is_not_held_by_the_batching() -> None:
    """Suspended after handing a list over, the batching holds neither the list nor its last
    document (the one that filled it, often the largest): once its consumer lets go of a
    stored batch, nothing keeps it through the reading of the next."""
    docs = [Document(id=str(k), raw=Raw(b"x" * n, f"t{k}")) for k, n in enumerate([5, 5, 20, 1])]
    batches = _chunks(iter(docs), 4, max_bytes=10)
    first = next(batches)
    held = list(batches.gi_frame.f_locals.values())
    assert first == docs[:2]
    assert not any(v is first or v is first[-1] for v in held)


def test_what_the_workers_make_for_the_store_stores_what_the_store_makes(
    one_process: tuple[IngestReport, Path], tmp_path: Path
) -> None:
    """ingest stores each document with the rows and story facts made where it was analysed
    (work.for_store; its spans do not travel); the same documents stored from themselves, spans
    and all, in the same order and batches, give the same tables."""
    from dashiji.pipeline import store_batch

    _, one_db = one_process
    with Store.open(one_db) as s:
        docs = list(s.iter_documents())
    assert any(d.spans for d in docs)
    db = tmp_path / "plain.db"
    with Store.open(db) as store:
        run_id = store.begin_run(["again"])
        for i in range(0, len(docs), work.BATCH):
            store_batch(store, [(d, None) for d in docs[i : i + work.BATCH]], run_id)
        store.finish_run(run_id, {})  # the search postings, as at the end of ingest
    a, b = tables(one_db), tables(db)
    assert a.keys() == b.keys()
    for name in a.keys() - {"minhash"}:  # the signatures: saved by ingest's de-duplication
        assert a[name] == b[name], f"table {name} differs"
    assert a["events"] and a["event_mentions"] and a["story_terms"]


def test_for_store_sends_the_document_without_its_spans() -> None:
    doc = Document(id="d1", raw=Raw(b"x", "mem://d1"), text="甲乙丙丁", spans=[])
    doc.spans.append(Span(layer="sentence", start=0, end=4))
    sent, ready = work.for_store(doc)
    assert sent.spans == [] and ready is not None
    assert ready.rows.spans == [("sentence", 0, 4, "", "{}", "甲乙丙丁")]
    assert ready.facts is not None and ready.facts.mentions == []
