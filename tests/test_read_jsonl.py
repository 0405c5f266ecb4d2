"""JSONL input: one document per line, the schema of docs/input-formats.md, bad lines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from dashiji.model import Document, content_id
from dashiji.read import read_inputs
from dashiji.read.dates import iso_date

TEXT = "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作交换了意见。"
HTML = f"<html><head><title>会见</title></head><body><p>{TEXT}</p></body></html>"


def line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode()


def jsonl(tmp_path: Path, *lines: bytes, name: str = "news.jsonl", end: bytes = b"\n") -> Path:
    path = tmp_path / name
    data = b"\n".join(lines) + end
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def read(path: Path, **kw: int) -> list[Document]:
    return list(read_inputs([str(path)], **kw))  # type: ignore[arg-type]


def test_field_variants(tmp_path: Path) -> None:
    records = [
        {"id": 7, "text": TEXT, "source": "新华社", "tags": ["外交"]},
        {"doc_id": "abc-1", "content": TEXT, "published": "2025-08-13T10:00:00+08:00"},
        {
            "html": HTML,
            "url": "https://news.example.cn/a.html",
            "title": "会见",
            "date": "2025年8月13日",
        },
        {"text": TEXT, "publish_date": "2025/8/3"},
    ]
    path = jsonl(tmp_path, *map(line, records))
    a, b, c, d = read(path)

    assert a.ok and a.id == "7" and a.raw.media_type == "text/plain" and a.source_text == TEXT
    assert a.raw.uri == f"{path}#L1" and a.raw.encoding == "utf-8"
    assert a.raw.data == line(records[0])
    assert a.raw.metadata == {"source": "新华社", "tags": ["外交"]}

    assert b.id == "abc-1" and b.source_text == TEXT
    assert b.raw.metadata["date"] == "2025-08-13" and b.raw.metadata["date_from"] == "jsonl"
    assert b.raw.metadata["date_raw"] == "2025-08-13T10:00:00+08:00"
    assert b.raw.metadata["published"] == "2025-08-13T10:00:00+08:00"

    assert c.raw.media_type == "text/html" and c.source_text == HTML
    assert c.id == content_id(line(records[2]))  # no id field: the content id of the line
    meta = c.raw.metadata
    assert meta["url"] == "https://news.example.cn/a.html" and meta["title"] == "会见"
    assert meta["date"] == "2025-08-13" and meta["date_raw"] == "2025年8月13日"
    assert "html" not in meta

    assert d.raw.metadata["date"] == "2025-08-03" and d.raw.uri == f"{path}#L4"


def test_html_wins_over_text_which_is_kept(tmp_path: Path) -> None:
    [doc] = read(jsonl(tmp_path, line({"id": "x", "html": HTML, "text": TEXT})))
    assert doc.raw.media_type == "text/html" and doc.source_text == HTML
    assert doc.raw.metadata["text"] == TEXT


def test_unparseable_date_is_kept_raw_only(tmp_path: Path) -> None:
    [doc] = read(jsonl(tmp_path, line({"text": TEXT, "date": "上周三"})))
    assert doc.ok
    assert "date" not in doc.raw.metadata and "date_from" not in doc.raw.metadata
    assert doc.raw.metadata["date_raw"] == "上周三"


def test_text_with_date_header(tmp_path: Path) -> None:
    [doc] = read(jsonl(tmp_path, line({"text": f"date 2025-08-13 {TEXT}"})))
    meta = doc.raw.metadata
    assert meta["date"] == "2025-08-13" and meta["date_from"] == "header"
    assert meta["content_start"] == len("date 2025-08-13 ")


def test_declared_date_wins_over_header(tmp_path: Path) -> None:
    [doc] = read(jsonl(tmp_path, line({"text": f"date 2025-08-13 {TEXT}", "date": "2025-08-14"})))
    meta = doc.raw.metadata
    assert meta["date"] == "2025-08-14" and meta["date_from"] == "jsonl"
    assert meta["content_start"] == len("date 2025-08-13 ")


def test_bad_lines_in_the_middle(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        line({"id": 1, "text": TEXT}),
        b"{not json",
        b"",
        line(["a", "list"]),
        line({"id": 5, "title": "no body"}),
        line({"id": 6, "text": "   "}),
        line({"id": 7, "text": 42}),
        b"\x89PNG\x1a\x00\x00\x00IHDR",
        line({"id": 9, "content": TEXT}),
    )
    docs = read(path)
    got = [(d.raw.uri.rsplit("#", 1)[1], d.error.code if d.error else d.id) for d in docs]
    assert got == [
        ("L1", "1"),
        ("L2", "bad_record"),
        ("L4", "bad_record"),
        ("L5", "bad_record"),
        ("L6", "empty"),
        ("L7", "bad_record"),
        ("L8", "binary"),
        ("L9", "9"),
    ]
    assert docs[1].raw.data == b"{not json" and docs[1].error is not None
    assert docs[1].error.step == "read"


def test_cut_off_last_line_is_truncated(tmp_path: Path) -> None:
    cut = line({"id": 2, "text": TEXT})[:30]
    path = jsonl(tmp_path, line({"id": 1, "text": TEXT}), cut, end=b"")
    first, last = read(path)
    assert first.ok
    assert last.error is not None and last.error.code == "truncated"
    assert last.raw.data == cut and last.raw.uri == f"{path}#L2"


def test_last_line_without_newline_is_fine_when_complete(tmp_path: Path) -> None:
    docs = read(jsonl(tmp_path, line({"text": TEXT}), line({"text": TEXT + "。"}), end=b""))
    assert [d.ok for d in docs] == [True, True]


def test_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "win.jsonl"
    path.write_bytes(
        line({"id": "a", "text": TEXT}) + b"\r\n" + line({"id": "b", "text": TEXT}) + b"\r\n"
    )
    a, b = read(path)
    assert a.ok and b.ok and a.raw.data == line({"id": "a", "text": TEXT})


def test_gbk_encoded_jsonl_line(tmp_path: Path) -> None:
    [doc] = read(jsonl(tmp_path, line({"text": TEXT}).decode().encode("gbk"), name="gbk.ndjson"))
    assert doc.ok and doc.source_text == TEXT and doc.raw.encoding == "gb18030"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    docs = read(
        jsonl(
            tmp_path,
            line({"id": 1, "text": TEXT}),
            line({"id": 2, "text": TEXT}),
            name="a.jsonl.gz",
        )
    )
    assert [d.id for d in docs] == ["1", "2"]


def test_truncated_gzipped_jsonl(tmp_path: Path) -> None:
    lines = [line({"id": i, "text": f"{i} {TEXT}"}) for i in range(300)]
    packed = gzip.compress(b"\n".join(lines) + b"\n")
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    docs = read(path)
    assert len(docs) > 2 and all(d.ok for d in docs[:-2])
    assert docs[-1].error is not None and docs[-1].error.code == "truncated"


def test_too_long_line_is_skipped(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        line({"id": 1, "text": TEXT}),
        line({"id": 2, "text": TEXT * 50}),
        line({"id": 3, "text": TEXT}),
    )
    docs = read(path, max_bytes=500)
    assert [d.error.code if d.error else d.id for d in docs] == ["1", "too_large", "3"]
    assert docs[1].raw.uri == f"{path}#L2" and docs[2].raw.uri == f"{path}#L3"


@pytest.mark.parametrize("name", ["long.jsonl", "long.jsonl.gz"])
def test_lines_of_many_pieces_are_read_whole_and_kept_once(tmp_path: Path, name: str) -> None:
    """A line longer than a read piece (CHUNK) is gathered piece by piece, whole; its document
    keeps the line's bytes without their end, the very object the reader held; a line one
    byte over max_bytes is too_large and read past, and the lines after it are read."""
    from dashiji.read.streams import CHUNK

    body = TEXT * (3 * CHUNK // len(TEXT.encode()) + 1)
    long = line({"id": "long", "text": body})
    assert len(long) > 3 * CHUNK
    over = line({"id": "over", "text": "x" * (4 * CHUNK)})
    path = jsonl(tmp_path, long, line({"id": 2, "text": TEXT}), over, b"", long, name=name)
    max_bytes = len(over)  # the line with its end is one byte more
    docs = read(path, max_bytes=max_bytes)
    assert [d.error.code if d.error else d.id for d in docs] == ["long", "2", "too_large", "long"]
    assert docs[0].raw.data == long and docs[0].source_text == body
    assert docs[2].raw.uri == f"{path}#L3" and docs[3].raw.uri == f"{path}#L5"


def test_the_reader_holds_no_line_beside_its_document(tmp_path: Path) -> None:
    """Suspended at a document, the JSONL reader holds its bytes only as the document does
    (not the line with its end, a second copy), and not at all once it reads on."""
    from dashiji.read.jsonl import read_jsonl

    text = TEXT * 100
    path = jsonl(tmp_path, line({"id": 1, "text": text}), line({"id": 2, "text": text}))
    reader = read_jsonl(str(path), 10_000_000)
    first = next(reader)
    held = [v for v in reader.gi_frame.f_locals.values() if isinstance(v, bytes) and len(v) > 1000]
    assert all(v is first.raw.data for v in held)
    second = next(reader)
    assert second.id == "2" and not any(
        v is first.raw.data for v in reader.gi_frame.f_locals.values()
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-13", "2025-08-13"),
        ("2025-08-13T23:30:00Z", "2025-08-13"),
        ("2025-08-13 08:00:00", "2025-08-13"),
        ("2025/8/3", "2025-08-03"),
        ("2025.08.13", "2025-08-13"),
        ("2025年8月13日", "2025-08-13"),
        ("2025年8月13日 10:20", "2025-08-13"),
        ("20250813", "2025-08-13"),
        ("Wed, 13 Aug 2025 10:00:00 +0800", "2025-08-13"),
        (1755043200, "2025-08-13"),
        (1755043200000, "2025-08-13"),
        ("2025-02-30", None),
        ("上周三", None),
        ("", None),
        (None, None),
        (True, None),
        ({"y": 2025}, None),
    ],
)
def test_iso_date(value: Any, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_a_json_file_holds_one_record_or_an_array(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dashiji.read import read_inputs

    one = tmp_path / "one.json"
    one.write_text('{"id": "x1", "text": "特朗普和普京通话。", "date": "2025-02-12"}', "utf-8")
    many = tmp_path / "many.json"
    many.write_text('[{"doc_id": 7, "content": "第一篇。"}, {"body": "no text field"}, 3]', "utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x2", "text": "cut', "utf-8")
    docs = list(read_inputs([str(one), str(many), str(broken)]))
    assert [d.id for d in docs[:2]] == ["x1", "7"]
    assert docs[0].raw.metadata["date"] == "2025-02-12"
    assert docs[1].source.endswith("many.json#1")
    assert [d.error.code for d in docs[2:]] == ["bad_record", "bad_record", "truncated"]
