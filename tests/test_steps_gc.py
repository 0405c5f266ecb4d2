"""The young generation's threshold a step raises while it processes a document."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from dashiji.annotate.step import Annotate
from dashiji.model import Document, Raw
from dashiji.steps import YOUNG_THRESHOLD, DocumentStep, fewer_young_collections, run_local


class Seen(DocumentStep):
    name = "seen"

    def __init__(self) -> None:
        super().__init__()
        self.thresholds: list[tuple[int, int, int]] = []

    def process(self, doc: Document) -> Document:
        self.thresholds.append(gc.get_threshold())
        if doc.id == "bug":
            raise RuntimeError("boom")
        return doc


def _doc(doc_id: str) -> Document:
    return Document(id=doc_id, raw=Raw(b"", f"test:{doc_id}"), text="某地发生车祸。")


@pytest.fixture
def cpython_threshold() -> Iterator[None]:
    """CPython's thresholds (700, 10, 10) for the test; the process's own put back after it."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def test_raised_while_processing_and_put_back(cpython_threshold: None) -> None:
    step = Seen()
    out = list(run_local([step], [_doc("a"), _doc("bug"), _doc("b")]))
    assert [d.id for d in out] == ["a", "bug", "b"]
    assert step.thresholds == [(YOUNG_THRESHOLD, 10, 10)] * 3
    assert gc.get_threshold() == (700, 10, 10)  # (after a failure too)


class Prepared(Annotate):
    """The annotator with its chunk's batched entities (``_prepare``) and its documents
    (``process``) only seen."""

    def __init__(self) -> None:
        super().__init__()
        self.thresholds: list[tuple[int, int, int]] = []

    def _prepare(self, chunk: list[Document]) -> None:
        self.thresholds.append(gc.get_threshold())

    def process(self, doc: Document) -> Document:
        return doc


def test_raised_while_the_annotator_finds_a_chunks_entities(cpython_threshold: None) -> None:
    step = Prepared()
    assert [d.id for d in step([_doc("a"), _doc("b")])] == ["a", "b"]
    assert step.thresholds == [(YOUNG_THRESHOLD, 10, 10)]  # (one chunk)
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_blocks_put_back_once_the_last_ends(cpython_threshold: None) -> None:
    with fewer_young_collections():
        with fewer_young_collections():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


def test_a_callers_own_setting_stays(cpython_threshold: None) -> None:
    for own in ((0, 10, 10), (50_000, 10, 10)):  # collection off; higher already
        gc.set_threshold(*own)
        with fewer_young_collections():
            assert gc.get_threshold() == own
        assert gc.get_threshold() == own
