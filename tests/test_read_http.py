"""URLs: a real HTTP server on 127.0.0.1 (random port) serves pages, a feed, and failures."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from dashiji.model import Document, content_id
from dashiji.read import read_inputs

SIMPLIFIED = (
    "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作和地区形势深入交换了意见。"
)
TRADITIONAL = (
    "俄羅斯總統普京和美國總統特朗普將於8月15日在美國阿拉斯加會晤。這是普京十年來首次訪問美國。"
)
GBK_PAGE = (
    f"<html><head><title>朱镕基会见外宾</title></head><body><p>{SIMPLIFIED}</p></body></html>"
)
BIG5_PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
    f"<title>普京訪美</title></head><body><p>{TRADITIONAL}</p></body></html>"
)
NOTE = f"date 2025-08-13 {SIMPLIFIED}\n\n第二段。"

Route = tuple[int, dict[str, str], bytes]


def rss(base: str) -> bytes:
    def item(path: str, title: str, extra: str = "") -> str:
        return f"<item><title>{title}</title><link>{base}{path}</link>{extra}</item>"

    items = [
        item(
            "/gbk.html",
            "朱镕基会见外宾",
            "<pubDate>Wed, 13 Aug 2025 06:30:00 +0800</pubDate>"
            "<author>xinhua@example.cn (新华社)</author>",
        ),
        item("/big5.html", "普京訪美", "<pubDate>Thu, 14 Aug 2025 09:00:00 +0800</pubDate>"),
        item(
            "/gone.html",
            "已删除的文章",
            f"<description>&lt;p&gt;{SIMPLIFIED}&lt;/p&gt;</description>",
        ),
        item("/gone-too.html", "没有摘要"),
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>测试新闻</title>'
        f"<link>{base}/</link><description>test</description>{''.join(items)}</channel></rss>"
    ).encode()


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], None]] = {}
        self.agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                elif callable(route):
                    route(self)
                else:
                    status, headers, body = route
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(2)
    handler.send_response(200)
    handler.end_headers()


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.end_headers()
    try:
        for _ in range(12):  # each piece well within the read timeout, the whole far beyond it
            handler.wfile.write("新闻".encode() * 10)
            handler.wfile.flush()
            time.sleep(0.15)
    except OSError:
        pass


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)  # no Content-Length: the size is only known while reading
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(100):
            handler.wfile.write(b"<p>" + SIMPLIFIED.encode() * 20 + b"</p>")
    except OSError:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server()
    html = {"Content-Type": "text/html"}
    srv.routes.update(
        {
            "/gbk.html": (
                200,
                {
                    "Content-Type": "text/html; charset=gbk",
                    "Last-Modified": "Wed, 13 Aug 2025 08:00:00 GMT",
                },
                GBK_PAGE.encode("gbk"),
            ),
            "/big5.html": (200, html, BIG5_PAGE.encode("big5")),
            "/note.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, NOTE.encode()),
            "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, rss(srv.base)),
            "/old": (302, {"Location": "/gbk.html"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/big": (200, {"Content-Type": "text/html", "Content-Length": "50000"}, b""),
            "/image.png": (
                200,
                {"Content-Type": "image/png"},
                b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
            ),
            "/empty.html": (200, html, b""),
            "/error": (500, html, b"<html>oops</html>"),
            "/slow": _slow,
            "/drip": _drip,
            "/endless": _endless,
        }
    )
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def read(*urls: str, **kw: Any) -> list[Document]:
    return list(read_inputs(urls, **kw))


def code(doc: Document) -> str:
    return doc.error.code if doc.error else "ok"


def test_gbk_page_declared_by_header(server: Server) -> None:
    [doc] = read(server.url("/gbk.html"))
    assert doc.ok and doc.source_text == GBK_PAGE
    assert doc.raw.data == GBK_PAGE.encode("gbk") and doc.id == content_id(doc.raw.data)
    assert doc.raw.uri == server.url("/gbk.html")
    assert doc.raw.media_type == "text/html" and doc.raw.encoding == "gb18030"
    assert doc.raw.fetched_at is not None and doc.raw.fetched_at.endswith("Z")
    headers = doc.raw.metadata["http_headers"]
    assert headers["content-type"] == "text/html; charset=gbk"
    assert headers["last-modified"] == "Wed, 13 Aug 2025 08:00:00 GMT"
    assert "date" in headers
    assert doc.raw.metadata["http_status"] == 200


def test_big5_page_declared_only_by_meta(server: Server) -> None:
    [doc] = read(server.url("/big5.html"))
    assert doc.ok and doc.source_text == BIG5_PAGE and doc.raw.encoding == "big5hkscs"


def test_plain_text_with_date_header(server: Server) -> None:
    [doc] = read(server.url("/note.txt"))
    assert doc.raw.media_type == "text/plain" and doc.source_text == NOTE
    assert doc.raw.metadata["date"] == "2025-08-13" and doc.raw.metadata["date_from"] == "header"


def test_user_agent(server: Server) -> None:
    read(server.url("/note.txt"))
    assert server.agents[-1] == "dashiji/0.1"


def test_redirect_is_followed(server: Server) -> None:
    [doc] = read(server.url("/old"))
    assert doc.ok and doc.source_text == GBK_PAGE
    assert doc.raw.uri == server.url("/gbk.html")
    assert doc.raw.metadata["requested_url"] == server.url("/old")


def test_feed_entries_are_fetched(server: Server) -> None:
    docs = read(server.url("/feed.xml"))
    assert [code(d) for d in docs] == ["ok", "ok", "ok", "fetch_failed"]
    gbk, big5, fallback, failed = docs

    assert gbk.raw.uri == server.url("/gbk.html") and gbk.source_text == GBK_PAGE
    meta = gbk.raw.metadata
    assert meta["title"] == "朱镕基会见外宾" and meta["link"] == server.url("/gbk.html")
    assert meta["date"] == "2025-08-13" and meta["date_from"] == "feed"  # its own time zone
    assert meta["published"] == "Wed, 13 Aug 2025 06:30:00 +0800"
    assert "新华社" in meta["author"]
    assert meta["feed"] == server.url("/feed.xml") and meta["feed_title"] == "测试新闻"
    assert "http_headers" in meta

    assert big5.source_text == BIG5_PAGE and big5.raw.metadata["date"] == "2025-08-14"

    assert fallback.raw.uri == server.url("/gone.html")
    assert fallback.raw.media_type == "text/html" and fallback.source_text == f"<p>{SIMPLIFIED}</p>"
    assert fallback.raw.metadata["feed_part"] == "summary"
    assert fallback.raw.metadata["fetch_error"].startswith("fetch_failed: HTTP 404")

    assert failed.raw.uri == server.url("/gone-too.html")
    assert failed.raw.metadata["title"] == "没有摘要"


@pytest.mark.parametrize(
    ("path", "expected", "kw"),
    [
        ("/slow", "fetch_timeout", {"timeout": 0.5}),
        ("/drip", "fetch_timeout", {"timeout": 0.5}),
        ("/missing", "fetch_failed", {}),
        ("/error", "fetch_failed", {}),
        ("/loop", "fetch_failed", {}),
        ("/big", "too_large", {"max_bytes": 10_000}),
        ("/endless", "too_large", {"max_bytes": 10_000}),
        ("/image.png", "binary", {}),
        ("/empty.html", "empty", {}),
    ],
)
def test_failures_are_error_documents(server: Server, path: str, expected: str, kw: Any) -> None:
    started = time.monotonic()
    [doc] = read(server.url(path), **kw)
    assert code(doc) == expected
    assert doc.error is not None and doc.error.step == "read"
    assert doc.raw.uri.startswith(server.base)
    assert time.monotonic() - started < 1.8  # the timeout holds, even against a slow drip


def test_refused_connection() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [doc] = read(f"http://127.0.0.1:{port}/")
    assert code(doc) == "fetch_failed"


def test_urls_and_files_mix(server: Server, tmp_path: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    docs = read(server.url("/missing"), str(path), server.url("/gbk.html"))
    assert [code(d) for d in docs] == ["fetch_failed", "ok", "ok"]
