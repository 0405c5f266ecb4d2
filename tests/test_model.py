from __future__ import annotations

import pytest

from dashiji.errors import EmptyInput
from dashiji.model import Article, Block, DocError, Document, Raw, Span
from dashiji.steps import DocumentStep, run_local, run_pool


def _doc(text: str = "第一段。\n第二段", doc_id: str = "d1") -> Document:
    src = "标题\n" + text
    doc = Document(id=doc_id, raw=Raw(src.encode(), "mem://" + doc_id), source_text=src)
    paras = text.split("\n")
    blocks = [Block("body", p, source_start=src.index(p)) for p in paras]
    doc.set_article(Article(title="标题", blocks=blocks))
    return doc


def test_blocks_are_laid_out_with_offsets() -> None:
    doc = _doc()
    assert doc.text == "第一段。\n\n第二段"
    b = doc.article.blocks[1]  # type: ignore[union-attr]
    assert doc.text[b.start : b.end] == "第二段"
    # an offset in the article text maps back to the original input
    i = doc.text.index("二")
    j = doc.to_source_offset(i)
    assert j is not None and doc.source_text is not None and doc.source_text[j] == "二"


def test_round_trip_through_dict() -> None:
    doc = _doc()
    doc.add_span(Span("entity", 0, 2, "PER", {"kb_id": None}))
    again = Document.from_dict(doc.to_dict())
    assert again == doc


def test_to_dict_is_asdict_with_the_bytes_in_base64() -> None:
    """to_dict is built field by field for speed: it must give exactly what asdict gives, nested
    values copied (changing the dict leaves the document alone), dataclasses and named tuples
    inside attributes turned into plain data as asdict turns them."""
    import base64
    from collections import namedtuple
    from dataclasses import asdict

    pair = namedtuple("pair", "a b")
    doc = _doc()
    doc.raw.metadata = {"tags": ["a", ("b", 1)], "deep": {"x": [1, {"y": 2}]}}
    doc.add_span(Span("entity", 0, 2, "PER", {"kb_id": None, "roles": [{"r": "x"}]}))
    doc.add_span(Span("event", 0, 3, "ACCUSE", {"block": Block("body", "t"), "p": pair(1, [2])}))
    doc.error = DocError("bad_record", "why", "read")
    want = asdict(doc)
    want["raw"]["data"] = base64.b64encode(doc.raw.data).decode("ascii")
    got = doc.to_dict()
    assert got == want
    assert type(got["spans"][1]["attrs"]["p"]) is pair
    got["spans"][0]["attrs"]["roles"][0]["r"] = "changed"
    got["raw"]["metadata"]["deep"]["x"].append(3)
    assert doc.spans[0].attrs["roles"][0]["r"] == "x"
    assert doc.raw.metadata["deep"]["x"] == [1, {"y": 2}]
    del want["spans"]
    assert doc.to_dict(spans=False) == want


def test_span_outside_text_is_refused() -> None:
    with pytest.raises(ValueError):
        _doc().add_span(Span("entity", 0, 999))


class Upper(DocumentStep):
    name = "upper"

    def process(self, doc: Document) -> Document:
        if doc.id == "bad":
            raise EmptyInput("nothing here")
        if doc.id == "bug":
            raise RuntimeError("boom")
        doc.reference_date = "2025-01-01"
        return doc


def test_step_records_failures_and_goes_on() -> None:
    step = Upper()
    docs = [_doc(doc_id="a"), _doc(doc_id="bad"), _doc(doc_id="bug"), _doc(doc_id="b")]
    out = list(run_local([step], docs))
    assert [d.id for d in out] == ["a", "bad", "bug", "b"]
    assert out[1].error is not None and out[1].error.code == "empty"
    assert out[2].error is not None and out[2].error.code == "step_failed"
    assert out[3].reference_date == "2025-01-01"
    assert step.stats.ok == 2 and step.stats.failed == {"empty": 1, "step_failed": 1}


def test_process_pool_gives_the_same_result() -> None:
    docs = [_doc(doc_id=f"d{i}") for i in range(6)] + [_doc(doc_id="bad")]
    local = [
        d.to_dict() for d in run_local([Upper()], [Document.from_dict(x.to_dict()) for x in docs])
    ]
    pooled = [d.to_dict() for d in run_pool([Upper()], docs, workers=2)]
    assert pooled == local
