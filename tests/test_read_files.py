"""read_inputs on local input: files by kind, directories, globs, stdin, bad input, the seeds."""

from __future__ import annotations

import gzip
import io
import random
import sys
from pathlib import Path

import pytest

from dashiji.model import Document, content_id
from dashiji.read import files, read_inputs

SIMPLIFIED = (
    "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作和地区形势深入交换了意见。"
)
TRADITIONAL = (
    "俄羅斯總統普京和美國總統特朗普將於8月15日在美國阿拉斯加會晤。這是普京十年來首次訪問美國。"
)
GBK_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="gbk"><title>朱镕基会见外宾</title></head>'
    f"<body><p>{SIMPLIFIED}</p></body></html>"
)


def read(*inputs: str | Path, **kw: int) -> list[Document]:
    return list(read_inputs([str(i) for i in inputs], **kw))  # type: ignore[arg-type]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_html_file(tmp_path: Path) -> None:
    data = GBK_PAGE.encode("gbk")
    path = write(tmp_path / "a.html", data)
    [doc] = read(path)
    assert doc.ok
    assert doc.raw.data == data
    assert doc.raw.uri == str(path)
    assert doc.raw.media_type == "text/html"
    assert doc.raw.encoding == "gb18030"
    assert doc.raw.fetched_at is None
    assert doc.source_text == GBK_PAGE
    assert doc.id == content_id(data)


def test_text_file(tmp_path: Path) -> None:
    data = (TRADITIONAL + "\n\n" + TRADITIONAL).encode("big5")
    [doc] = read(write(tmp_path / "b.txt", data))
    assert doc.ok and doc.raw.media_type == "text/plain" and doc.raw.encoding == "big5hkscs"
    assert doc.source_text == TRADITIONAL + "\n\n" + TRADITIONAL
    assert "date" not in doc.raw.metadata and "content_start" not in doc.raw.metadata


@pytest.mark.parametrize("name", ["page", "page.txt", "page.dat"])
def test_html_is_sniffed_without_html_extension(tmp_path: Path, name: str) -> None:
    [doc] = read(write(tmp_path / name, b"\n<!doctype html>\n" + GBK_PAGE[15:].encode("gbk")))
    assert doc.ok and doc.raw.media_type == "text/html"


def test_no_extension_text_is_plain(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "README", SIMPLIFIED.encode()))
    assert doc.ok and doc.raw.media_type == "text/plain"


def test_html_extension_is_html_even_for_a_fragment(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "frag.htm", f"<p>{SIMPLIFIED}</p>".encode()))
    assert doc.raw.media_type == "text/html"


def test_date_header_of_plain_text(tmp_path: Path) -> None:
    data = f"date 2025-08-13 {TRADITIONAL}\n\n第二段。".encode()
    [doc] = read(write(tmp_path / "d.txt", data))
    meta = doc.raw.metadata
    assert meta["date"] == "2025-08-13" and meta["date_from"] == "header"
    assert doc.source_text is not None
    assert doc.source_text[meta["content_start"] :].startswith(TRADITIONAL)


def test_id_is_stable_and_content_based(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", SIMPLIFIED.encode())
    b = write(tmp_path / "copy" / "b.txt", SIMPLIFIED.encode())
    first = read(a, b)
    assert first[0].id == first[1].id == content_id(SIMPLIFIED.encode())
    assert [d.id for d in read(a, b)] == [d.id for d in first]


def test_directory_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", ".git/e.txt"]:
        write(tmp_path / rel, f"{rel} {SIMPLIFIED}".encode())
    uris = [Path(d.raw.uri).relative_to(tmp_path).as_posix() for d in read(tmp_path)]
    assert uris == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]


def test_globs(tmp_path: Path) -> None:
    for rel in ["x/2.html", "x/1.html", "x/n.txt", "y/z/3.html", "y/z/m.txt"]:
        write(tmp_path / rel, f"{rel} {SIMPLIFIED}".encode())
    names = [Path(d.raw.uri).name for d in read(tmp_path / "x" / "*.html")]
    assert names == ["1.html", "2.html"]
    names = [Path(d.raw.uri).name for d in read(tmp_path / "**" / "*.txt")]
    assert names == ["n.txt", "m.txt"]


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    missing, no_match = read(tmp_path / "nope.txt", tmp_path / "*.nothing")
    assert missing.error is not None and missing.error.code == "not_found"
    assert missing.raw.uri == str(tmp_path / "nope.txt") and missing.error.step == "read"
    assert no_match.error is not None and no_match.error.code == "not_found"
    assert missing.id != no_match.id


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t ", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40, "binary"),
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary"),
        ("noise.txt", bytes(range(256)) * 16, "binary"),
        ("mixed.txt", "新闻".encode("gbk") + b"\xff\xff\xff " * 30, "undecodable"),
    ],
)
def test_bad_files_become_error_documents(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    [doc] = read(write(tmp_path / name, data))
    assert doc.error is not None and doc.error.code == code and doc.error.step == "read"
    assert doc.raw.data == data and doc.raw.uri == str(tmp_path / name)
    assert doc.source_text is None


def test_gzip_file(tmp_path: Path) -> None:
    data = GBK_PAGE.encode("gbk")
    [doc] = read(write(tmp_path / "page.html.gz", gzip.compress(data)))
    assert doc.ok and doc.raw.data == data and doc.raw.media_type == "text/html"
    assert doc.source_text == GBK_PAGE


def test_truncated_gzip_keeps_what_was_there(tmp_path: Path) -> None:
    text = "\n".join([SIMPLIFIED] * 400).encode()
    packed = gzip.compress(text)
    [doc] = read(write(tmp_path / "cut.txt.gz", packed[: len(packed) // 2]))
    assert doc.error is not None and doc.error.code == "truncated"
    assert doc.raw.data and text.startswith(doc.raw.data)


def test_gz_name_without_gzip_data(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "fake.txt.gz", SIMPLIFIED.encode()))
    assert doc.error is not None and doc.error.code == "unsupported"


def test_too_large(tmp_path: Path) -> None:
    data = SIMPLIFIED.encode() * 10
    small, big = read(
        write(tmp_path / "a.txt", data[:100]), write(tmp_path / "b.txt", data), max_bytes=200
    )
    assert small.ok
    assert big.error is not None and big.error.code == "too_large" and big.raw.data == b""


def test_too_large_gzip_is_not_inflated(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 1_000_000)), max_bytes=1000)
    assert doc.error is not None and doc.error.code == "too_large"


def test_a_gzip_bomb_under_the_size_limit_is_too_large_and_real_gzip_is_read(
    tmp_path: Path,
) -> None:
    """gzip of one repeated unit expands ~1,000 times: past 1 MB, more than MAX_RATIO times is
    a bomb (no bytes kept); text compressed as text compresses (a few times) is read whole."""
    from dashiji.read.streams import MAX_RATIO

    bomb = gzip.compress(b"<p>" * 2_000_000, 9)
    [doc] = read(write(tmp_path / "bomb.html.gz", bomb))
    assert doc.error is not None and doc.error.code == "too_large"
    assert f"more than {MAX_RATIO} times" in doc.error.message and doc.raw.data == b""
    rng = random.Random(7)
    text = "".join(rng.choice(SIMPLIFIED) for _ in range(1_500_000)).encode()  # 4.5 MB
    assert len(text) / len(gzip.compress(text, 9)) < 10
    [doc] = read(write(tmp_path / "long.txt.gz", gzip.compress(text, 9)))
    assert doc.ok and doc.raw.data == text


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = f"date 2025-08-13 {SIMPLIFIED}".encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = read("-")
    assert doc.ok and doc.raw.uri == "-" and doc.raw.data == data
    assert doc.source_text == f"date 2025-08-13 {SIMPLIFIED}"
    assert doc.raw.metadata["date"] == "2025-08-13"


def test_inputs_stream_lazily(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SIMPLIFIED.encode())
    docs = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "later.txt")])
    assert next(docs).ok
    write(tmp_path / "later.txt", TRADITIONAL.encode())  # created after the first came out
    assert next(docs).ok


def test_a_reader_bug_does_not_stop_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: str, max_bytes: int) -> list[Document]:
        raise RuntimeError("boom")

    monkeypatch.setattr(files, "read_jsonl", broken)
    bad = write(tmp_path / "x.jsonl", b'{"text": "x"}\n')
    good = write(tmp_path / "y.txt", SIMPLIFIED.encode())
    first, second = read(bad, good)
    assert first.error is not None and first.error.code == "step_failed"
    assert "boom" in first.error.message
    assert second.ok


def test_mixed_bad_inputs_never_raise(tmp_path: Path) -> None:
    write(tmp_path / "d" / "ok.txt", SIMPLIFIED.encode())
    write(tmp_path / "d" / "bad.bin", b"\x00\x01\x02" * 100)
    write(tmp_path / "d" / "e.jsonl", b'{"text": "\xe6\x96\xb0\xe9\x97\xbb"}\nnot json\n{"tex')
    write(tmp_path / "d" / "w.warc.gz", b"\x1f\x8b\x08\x00garbage")
    docs = read(tmp_path / "d", tmp_path / "missing", "https://[::1:bad")
    codes = [d.error.code if d.error else "ok" for d in docs]
    assert codes == [
        "binary",
        "ok",
        "bad_record",
        "truncated",
        "ok",
        "truncated",
        "not_found",
        "fetch_failed",
    ]


def test_seeds(seeds: Path) -> None:
    docs = {Path(d.raw.uri).name: d for d in read(seeds / "*.txt")}
    assert sorted(docs) == ["000_789da36100d29724.txt", "002_4cc2dfc617e4ab0c.txt"]
    for name, doc in docs.items():
        assert doc.ok and doc.raw.media_type == "text/plain" and doc.raw.encoding == "utf-8"
        assert doc.raw.data == (seeds / name).read_bytes()
        assert doc.id == content_id(doc.raw.data)
    plain = docs["000_789da36100d29724.txt"]
    assert "date" not in plain.raw.metadata and "content_start" not in plain.raw.metadata
    dated = docs["002_4cc2dfc617e4ab0c.txt"]
    meta = dated.raw.metadata
    assert meta["date"] == "2025-08-13" and meta["date_from"] == "header"
    assert dated.source_text is not None
    assert dated.source_text[: meta["content_start"]] == " date 2025-08-13 "
    assert dated.source_text[meta["content_start"] :].startswith("俄羅斯總統普京")
