"""Hostile input never stops a run and never loses a document (issue 12).

Lone surrogates (half an emoji escaped in scraped JSON, a character reference to one in a feed,
an undecodable byte of a file name) are made valid when read; records nested absurdly deep are
named ``bad_record``; a document the store cannot write is stored as ``store_failed`` with its
reason and raw bytes, and the documents after it are stored.
"""

from __future__ import annotations

import inspect
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashiji import errors
from dashiji.model import Document, Raw
from dashiji.pipeline import _put, extract_documents
from dashiji.read import read_inputs
from dashiji.store import Store

GOOD_1 = '{"text": "习近平会见普京，双方就乌克兰问题交换了意见。"}'
GOOD_2 = '{"text": "拜登访问北京，会见了中国领导人。"}'
SURROGATE = '{"text": "abc\\ud800def 特朗普会见普京。", "title": "会见\\udc00"}'
DEEP = "[" * 5000
# Every code a document error can have: what "a named error" means here.
CODES = {
    cls.code
    for cls in vars(errors).values()
    if inspect.isclass(cls) and issubclass(cls, errors.DocumentError)
}


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _dashiji(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashiji", *args], capture_output=True, text=True, timeout=300
    )


def _rows(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT source, status, error_code, error_message, error_step, text FROM documents"
            " ORDER BY source"
        ).fetchall()


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# ---- lone surrogates -----------------------------------------------------------------------------
def test_a_lone_surrogate_line_is_repaired_and_every_line_is_stored(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", SURROGATE, GOOD_1, GOOD_2)
    db = tmp_path / "store.db"

    proc = _dashiji("ingest", str(src), "--db", str(db))

    assert proc.returncode == 0, proc.stderr  # nothing failed: the text was made valid
    assert "Traceback" not in proc.stderr
    assert "stored 3" in proc.stderr
    rows = _rows(db)
    assert [(r[0].rsplit("#", 1)[1], r[1]) for r in rows] == [
        ("L1", "ok"),
        ("L2", "ok"),
        ("L3", "ok"),
    ]
    with Store.open(db) as store:
        first = next(d for d in store.iter_documents() if d.source.endswith("#L1"))
    assert "abc\ufffddef" in first.text
    assert first.raw.metadata["lone_surrogates"] == 2  # the text's and the title's
    assert first.raw.metadata["title"] == "会见\ufffd"
    assert first.raw.data == SURROGATE.encode()  # the bytes as they came


def test_extract_prints_the_repaired_record_without_a_traceback(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", SURROGATE, GOOD_1, GOOD_2)

    proc = _dashiji("extract", str(src), "--format", "jsonl")

    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    records = _records(proc.stdout)
    assert [r["error"] for r in records] == [None, None, None]
    assert records[0]["body"] == ["abc\ufffddef 特朗普会见普京。"]


def test_surrogates_from_json_files_feeds_and_file_names_are_repaired(tmp_path: Path) -> None:
    (tmp_path / "array.json").write_text(f"[{SURROGATE}, {GOOD_1}]", encoding="utf-8")
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>会见&#xD83D;</title><link>https://news.example/a</link>"
        "<description>特朗普会见普京&#55296;。双方讨论了乌克兰问题。</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    bad_name = os.fsencode(tmp_path) + b"/bad\xffname.txt"  # not UTF-8: os.fsdecode → \udcff
    with open(bad_name, "wb") as f:
        f.write("特朗普会见普京。双方讨论了乌克兰问题。".encode())

    docs = {Path(d.source).name: d for d in read_inputs([str(tmp_path)])}

    assert docs["array.json#1"].error is None
    assert docs["array.json#1"].source_text == "abc\ufffddef 特朗普会见普京。"
    assert docs["array.json#1"].raw.metadata["lone_surrogates"] == 2
    assert docs["array.json#1"].raw.data.decode("utf-8")  # valid UTF-8, the escape kept
    assert docs["array.json#2"].error is None
    entry = docs["a"]
    assert entry.error is None
    assert "普京\ufffd。" in (entry.source_text or "")
    assert entry.raw.metadata["title"] == "会见\ufffd"
    assert entry.raw.metadata["feed_bad_char_refs"] == 2
    named = docs["bad\ufffdname.txt"]
    assert named.error is None and named.raw.metadata["lone_surrogates"] == 1
    for doc in docs.values():  # everything a store or stdout will write is valid UTF-8
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


# ---- malformed records ---------------------------------------------------------------------------
def test_a_deeply_nested_line_is_a_bad_record_and_the_next_line_is_stored(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", DEEP, GOOD_1)
    db = tmp_path / "store.db"

    proc = _dashiji("ingest", str(src), "--db", str(db))

    assert proc.returncode == 1  # something failed
    assert "Traceback" not in proc.stderr
    assert "stored 1" in proc.stderr and "bad_record 1" in proc.stderr
    (bad, good) = _rows(db)
    assert bad[0].endswith("#L1") and bad[1:3] == ("failed", "bad_record")
    assert "nested" in bad[3]
    assert good[0].endswith("#L2") and good[1] == "ok"


def test_records_nested_deep_but_within_the_limit_are_read(tmp_path: Path) -> None:
    nested: Any = "x"
    for _ in range(99):
        nested = [nested]
    ok = json.dumps({"text": "特朗普会见普京。", "extra": nested})
    too_deep = json.dumps({"text": "特朗普会见普京。", "extra": [nested]})
    src = _jsonl(tmp_path / "news.jsonl", ok, too_deep)

    first, second = read_inputs([str(src)])

    assert first.error is None
    assert second.error is not None and second.error.code == "bad_record"


def test_malformed_and_too_large_lines_are_named_and_counted(tmp_path: Path) -> None:
    huge_number = '{"text": "特朗普会见普京。", "n": ' + "9" * 5000 + "}"
    long_line = json.dumps({"text": "特朗普会见普京。" * 300}, ensure_ascii=False)
    src = _jsonl(
        tmp_path / "news.jsonl", huge_number, DEEP, "[" * 500 + "]" * 500, long_line, GOOD_1
    )

    docs = list(read_inputs([str(src)], max_bytes=6000))

    assert [d.error.code if d.error else None for d in docs] == [
        "bad_record",
        "bad_record",
        "bad_record",
        "too_large",
        None,
    ]
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["L1", "L2", "L3", "L4", "L5"]


def test_extract_gives_one_row_per_line_of_a_hostile_file(tmp_path: Path) -> None:
    lines = [
        SURROGATE,
        DEEP,
        '{"text": "特朗普会见普京。", "n": ' + "9" * 5000 + "}",
        "not json at all",
        "[1, 2, 3]",
        '{"text": "   "}',
        '{"id": "\\udfff", "text": "特朗普会见普京。", "date": ["\\ud800"]}',
        '{"text": "\\ud83d\\ude00 特朗普会见普京。"}',
        '{"text": "特朗普会见普京\\u0000。"}',
        GOOD_2,
    ]
    src = _jsonl(tmp_path / "hostile.jsonl", *lines)

    proc = _dashiji("extract", str(src), "--format", "jsonl")

    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    records = _records(proc.stdout)
    assert [r["source"].rsplit("#", 1)[1] for r in records] == [f"L{i + 1}" for i in range(10)]
    assert [r["error"] for r in records] == [
        None,
        "bad_record",
        "bad_record",
        "bad_record",
        "bad_record",
        "empty",
        None,
        None,
        None,
        None,
    ]
    assert records[6]["id"] == "\ufffd"
    assert records[7]["body"] == ["😀 特朗普会见普京。"]


# ---- the store cannot write a document -----------------------------------------------------------
def _refuse(db: Path, when: str) -> None:
    """A store whose SQLite refuses to insert some documents (a real SQLite error)."""
    with Store.open(db) as store:
        store.connection.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON documents"
            f" WHEN {when} BEGIN SELECT RAISE(ABORT, 'refused by the disk'); END"
        )


def test_a_document_the_store_cannot_write_is_recorded_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    src = _jsonl(tmp_path / "news.jsonl", GOOD_1, SURROGATE, GOOD_2)
    db = tmp_path / "store.db"
    _refuse(db, "NEW.status = 'ok' AND NEW.source LIKE '%#L2'")

    proc = _dashiji("ingest", str(src), "--db", str(db))

    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "stored 2" in proc.stderr and "store_failed 1" in proc.stderr
    first, failed, third = _rows(db)
    assert first[1] == third[1] == "ok"
    assert failed[1:3] == ("failed", "store_failed")
    assert "refused by the disk" in failed[3] and failed[4] == "store"
    with Store.open(db) as store:
        (doc,) = store.iter_documents(status="failed")
        assert doc.raw.data == SURROGATE.encode()  # the raw bytes are kept
        assert doc.raw.metadata["lone_surrogates"] == 2


def test_a_store_that_cannot_write_at_all_stops_the_run_with_a_message(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", GOOD_1, GOOD_2)
    db = tmp_path / "store.db"
    _refuse(db, "1")

    proc = _dashiji("ingest", str(src), "--db", str(db))

    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "cannot write to store" in proc.stderr


def test_store_put_names_the_failure_and_writes_nothing_of_the_document(
    store_location: str,
) -> None:
    # A Document made through the Python API, not by a reader: nothing made its text valid.
    raw = Raw("特朗普会见普京。".encode(), "api://doc", metadata={"title": "会见\ud800"})
    doc = Document(id="api-1", raw=raw, source_text="特朗普会见普京。")
    with Store.open(store_location) as store:  # SQLite, then PostgreSQL
        with pytest.raises(errors.StoreWriteFailed, match="UnicodeEncodeError"):
            store.put(doc)
        assert not store.has_doc("api-1")
        assert not store.has_raw(raw.sha256(), any_status=True)

        new, stored = _put(store, doc)

        assert new and stored.error is not None and stored.error.code == "store_failed"
        got = store.get("api-1")
    assert got is not None and got.error == stored.error
    assert got.raw.data == raw.data and got.raw.metadata["title"] == "会见\ufffd"


# ---- any line ------------------------------------------------------------------------------------
_PIECES = st.sampled_from(
    [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        '"text": ',
        '"html": ',
        '"id": ',
        '"date": ',
        "\\ud800",
        "\\udfff",
        "\\ud83d\\ude00",
        "\\u0000",
        "\\",
        "1e999",
        "-0",
        "null",
        "特朗普会见普京。",
        "<html><p>",
        "\x00",
        "\r",
        " ",
    ]
)
_LINE = st.one_of(
    st.text(max_size=80).map(lambda t: json.dumps({"text": t}, ensure_ascii=False)),
    st.text(max_size=80).map(lambda t: json.dumps({"text": t, "x": [t]})),
    st.lists(_PIECES, max_size=30).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=20).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=6))
def test_every_line_gives_one_row_or_one_named_error(lines: list[str]) -> None:
    data = b"".join(
        line.encode("utf-8", "surrogatepass").replace(b"\n", b" ") + b"\n" for line in lines
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "any.jsonl"
        path.write_bytes(data)
        docs = list(extract_documents([str(path)]))
    expected = [f"L{n}" for n, line in enumerate(data.split(b"\n")[:-1], 1) if line.strip()]
    if not expected:  # the file answers for itself
        [doc] = docs
        assert doc.error is not None and doc.error.code == "empty" and "#" not in doc.source
        return
    assert [d.source.rsplit("#", 1)[1] for d in docs] == expected
    for doc in docs:
        assert doc.error is None or (doc.error.code in CODES and doc.error.code != "step_failed")
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # storable, printable
