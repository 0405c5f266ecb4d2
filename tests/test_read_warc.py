"""WARC input: archives built here with warcio, read back with FastWARC, cut in the middle."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dashiji.model import Document, content_id
from dashiji.read import read_inputs

SIMPLIFIED = "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作交换了意见。"
TRADITIONAL = (
    "俄羅斯總統普京和美國總統特朗普將於8月15日在美國阿拉斯加會晤。這是普京十年來首次訪問美國。"
)
GBK_PAGE = f"<html><head><title>会见</title></head><body><p>{SIMPLIFIED}</p></body></html>"
UTF8_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
    f"<body><p>{TRADITIONAL}</p></body></html>"
)
WARC_DATE = "2025-08-13T10:20:30Z"


def _response(
    writer: WARCWriter,
    uri: str,
    payload: bytes,
    headers: list[tuple[str, str]],
    status: str = "200 OK",
) -> None:
    request = StatusAndHeaders(
        "GET / HTTP/1.1", [("Host", "news.example.cn")], is_http_request=True
    )
    writer.write_record(
        writer.create_warc_record(
            uri,
            "request",
            payload=io.BytesIO(b""),
            http_headers=request,
            warc_headers_dict={"WARC-Date": WARC_DATE},
        )
    )
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(payload),
        http_headers=http,
        warc_headers_dict={"WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def build_warc(compress: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "warcio"}))
    gbk_headers = [
        ("Content-Type", "text/html; charset=GBK"),
        ("Last-Modified", "Wed, 13 Aug 2025 08:00:00 GMT"),
        ("Date", "Wed, 13 Aug 2025 10:20:30 GMT"),
        ("Server", "nginx"),
    ]
    _response(writer, "http://news.example.cn/gbk.html", GBK_PAGE.encode("gbk"), gbk_headers)
    _response(
        writer,
        "http://news.example.cn/logo.png",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        [("Content-Type", "image/png")],
    )
    _response(
        writer,
        "http://news.example.cn/gone.html",
        b"<html>404</html>",
        [("Content-Type", "text/html")],
        "404 Not Found",
    )
    body = UTF8_PAGE.encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    _response(
        writer,
        "http://news.example.tw/big5.html",
        chunked,
        [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
    )
    _response(
        writer,
        "http://news.example.cn/zipped.html",
        gzip.compress(GBK_PAGE.encode("gbk")),
        [("Content-Type", "text/html; charset=gb2312"), ("Content-Encoding", "gzip")],
    )
    return buf.getvalue()


def read(path: Path, **kw: int) -> list[Document]:
    return list(read_inputs([str(path)], **kw))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def warc_gz() -> bytes:
    return build_warc(compress=True)


def test_one_document_per_html_response(tmp_path: Path, warc_gz: bytes) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz)
    docs = read(path)
    assert [d.raw.uri for d in docs] == [
        "http://news.example.cn/gbk.html",
        "http://news.example.tw/big5.html",
        "http://news.example.cn/zipped.html",
    ]
    assert all(d.ok for d in docs)
    gbk, utf8, zipped = docs

    assert gbk.raw.data == GBK_PAGE.encode("gbk")
    assert gbk.id == content_id(gbk.raw.data)
    assert gbk.raw.media_type == "text/html" and gbk.raw.encoding == "gb18030"
    assert gbk.source_text == GBK_PAGE
    assert gbk.raw.fetched_at == WARC_DATE
    meta = gbk.raw.metadata
    assert meta["http_headers"] == {
        "content-type": "text/html; charset=GBK",
        "last-modified": "Wed, 13 Aug 2025 08:00:00 GMT",
        "date": "Wed, 13 Aug 2025 10:20:30 GMT",
    }
    assert meta["http_status"] == 200
    assert meta["warc_record_id"].startswith("<urn:uuid:") and meta["warc_file"] == str(path)

    assert utf8.raw.data == UTF8_PAGE.encode() and utf8.source_text == UTF8_PAGE  # de-chunked
    assert zipped.raw.data == GBK_PAGE.encode("gbk") and zipped.source_text == GBK_PAGE  # gunzipped
    assert zipped.id == gbk.id  # the same page bytes, the same id


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(compress=False))
    assert [d.ok for d in read(path)] == [True, True, True]


def test_truncated_warc_gz(tmp_path: Path, warc_gz: bytes) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(warc_gz[: len(warc_gz) * 2 // 3])
    docs = read(path)
    assert docs[0].ok and docs[0].raw.uri == "http://news.example.cn/gbk.html"
    assert docs[-1].error is not None and docs[-1].error.code == "truncated"
    assert docs[-1].raw.uri.startswith(str(path))


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7, 0.9, 0.99])
def test_warc_cut_anywhere_is_reported(tmp_path: Path, fraction: float) -> None:
    data = build_warc(compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: int(len(data) * fraction)])
    docs = read(path)
    assert docs and docs[-1].error is not None and docs[-1].error.code == "truncated"
    assert all(d.ok for d in docs[:-1])


def test_gz_name_without_gzip(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc.gz"
    path.write_bytes(build_warc(compress=False))
    [doc] = read(path)
    assert doc.error is not None and doc.error.code == "unsupported"


def test_too_large_record_is_skipped_not_loaded(tmp_path: Path, warc_gz: bytes) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz)
    assert len(UTF8_PAGE.encode()) > 200 > len(gzip.compress(GBK_PAGE.encode("gbk")))
    docs = read(path, max_bytes=200)
    codes = [d.error.code if d.error else "ok" for d in docs]
    assert codes == ["ok", "too_large", "ok"]
    assert docs[1].raw.data == b"" and docs[1].raw.uri == "http://news.example.tw/big5.html"


def test_missing_warc(tmp_path: Path) -> None:
    [doc] = read(tmp_path / "none.warc.gz")
    assert doc.error is not None and doc.error.code == "not_found"
