"""Hostile HTTP servers (issue 12): every fetch ends within its deadline + 1 s, with a name.

Real servers on 127.0.0.1, written on raw sockets so that they can misbehave at any byte: headers
or bodies dripped one byte at a time, lengths that lie, gzip bombs, redirect loops, wrong
charsets, codings nobody asked for.  The deadline is the whole fetch (connect + headers + body,
redirects included) and the size limit is on the decoded body.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dashiji.model import Document
from dashiji.read import read_inputs
from dashiji.read.http import Fetcher

TEXT = "国务院总理今天在北京会见了来访的外国客人，双方就经贸合作和地区形势深入交换了意见。"
TRADITIONAL = (
    "俄羅斯總統普京和美國總統特朗普將於8月15日在美國阿拉斯加會晤。這是普京十年來首次訪問美國。"
)
PAGE = f"<html><head><title>会见外宾</title></head><body><p>{TEXT}</p></body></html>"
TIMEOUT = 1.0
SLACK = 1.0  # the bound: deadline + 1 s

Handler = Callable[[socket.socket, str], None]


def _head(status: str = "200 OK", **headers: str) -> bytes:
    # The server answers one request per connection and then closes it; saying so keeps
    # the client from sending the next request (a redirect) on a socket being closed,
    # which made /slow-redirects end in a reset instead of the deadline now and then.
    headers.setdefault("Connection", "close")
    lines = [f"HTTP/1.1 {status}", *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _request_path(conn: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(4096)
        if not piece:
            break
        data += piece
    first = data.split(b"\r\n", 1)[0].decode("latin-1").split()
    return first[1] if len(first) > 1 else "/"


def _drip(conn: socket.socket, data: bytes, pause: float, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    for i in range(len(data)):
        if time.monotonic() > end:
            return
        conn.sendall(data[i : i + 1])
        time.sleep(pause)


def _gzip_bomb(members: int) -> bytes:
    """``members`` gzip members of 1 MB of zeros each: ~1 KB apiece on the wire."""
    return gzip.compress(b"\0" * (1 << 20), 9) * members


def _deflate_bomb(megabytes: int) -> bytes:
    """One zlib stream of ``megabytes`` MB of zeros."""
    packer = zlib.compressobj(9)
    zeros = b"\0" * (1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


BOMB = _gzip_bomb(1024)  # 1 GB decoded
DEFLATE_BOMB = _deflate_bomb(200)


def dripped_headers(conn: socket.socket, path: str) -> None:
    _drip(conn, _head(Content_Type="text/html") + PAGE.encode(), 0.05)


def dripped_body(conn: socket.socket, path: str) -> None:
    body = PAGE.encode() * 100
    conn.sendall(_head(Content_Type="text/html", Content_Length=str(len(body))))
    _drip(conn, body, 0.05)


def silent(conn: socket.socket, path: str) -> None:
    time.sleep(30)


def endless_headers(conn: socket.socket, path: str) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for n in range(1_000_000):
        conn.sendall(f"X-Header-{n}: {'x' * 100}\r\n".encode())


def length_too_long_then_close(conn: socket.socket, path: str) -> None:
    conn.sendall(_head(Content_Type="text/html", Content_Length="100000") + PAGE.encode())


def length_too_long_then_wait(conn: socket.socket, path: str) -> None:
    conn.sendall(_head(Content_Type="text/html", Content_Length="100000") + PAGE.encode())
    time.sleep(30)


def length_too_short(conn: socket.socket, path: str) -> None:
    body = PAGE.encode()
    conn.sendall(_head(Content_Type="text/html", Content_Length="60") + body + body)


def length_beyond_limit(conn: socket.socket, path: str) -> None:
    conn.sendall(_head(Content_Type="text/html", Content_Length=str(10**12)))
    time.sleep(30)


def gzip_bomb(conn: socket.socket, path: str) -> None:
    head = _head(Content_Type="text/html", Content_Encoding="gzip", Content_Length=str(len(BOMB)))
    conn.sendall(head + BOMB)


def gzip_bomb_chunked(conn: socket.socket, path: str) -> None:
    conn.sendall(
        _head(Content_Type="text/html", Content_Encoding="gzip", Transfer_Encoding="chunked")
    )
    for start in range(0, len(BOMB), 65536):
        piece = BOMB[start : start + 65536]
        conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
    conn.sendall(b"0\r\n\r\n")


def deflate_bomb(conn: socket.socket, path: str) -> None:
    head = _head(
        Content_Type="text/html", Content_Encoding="deflate", Content_Length=str(len(DEFLATE_BOMB))
    )
    conn.sendall(head + DEFLATE_BOMB)


def gzip_page(conn: socket.socket, path: str) -> None:
    body = gzip.compress(PAGE.encode())
    conn.sendall(
        _head(Content_Type="text/html", Content_Encoding="gzip", Content_Length=str(len(body)))
        + body
    )


def raw_deflate_page(conn: socket.socket, path: str) -> None:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = packer.compress(PAGE.encode()) + packer.flush()
    conn.sendall(
        _head(Content_Type="text/html", Content_Encoding="deflate", Content_Length=str(len(body)))
        + body
    )


def cut_gzip(conn: socket.socket, path: str) -> None:
    body = gzip.compress(PAGE.encode() * 50)[:-200]
    conn.sendall(
        _head(Content_Type="text/html", Content_Encoding="gzip", Content_Length=str(len(body)))
        + body
    )


def brotli_unasked(conn: socket.socket, path: str) -> None:
    conn.sendall(
        _head(Content_Type="text/html", Content_Encoding="br", Content_Length="4")
        + b"\x0b\x01\x80\x03"
    )


def redirect_loop(conn: socket.socket, path: str) -> None:
    conn.sendall(_head("302 Found", Location=path, Content_Length="0"))


def slow_redirects(conn: socket.socket, path: str) -> None:
    n = int(path.rsplit("/", 1)[1] or 0)
    time.sleep(0.3)  # each one well within the deadline, together far beyond it
    conn.sendall(_head("302 Found", Location=f"/slow-redirects/{n + 1}", Content_Length="0"))


def wrong_charset(conn: socket.socket, path: str) -> None:
    body = PAGE.encode("gbk")
    conn.sendall(
        _head(Content_Type="text/html; charset=utf-8", Content_Length=str(len(body))) + body
    )


def unknown_charset(conn: socket.socket, path: str) -> None:
    body = f"<html><body><p>{TRADITIONAL}</p></body></html>".encode("big5")
    conn.sendall(
        _head(Content_Type="text/html; charset=x-no-such", Content_Length=str(len(body))) + body
    )


def garbage_status(conn: socket.socket, path: str) -> None:
    conn.sendall(b"\x00\xff garbage \r\n\r\n" * 10)


def feed(conn: socket.socket, path: str) -> None:
    port = conn.getsockname()[1]
    items = "".join(
        f"<item><title>t{n}</title><link>http://127.0.0.1:{port}/dripped-headers</link>"
        f"<description>{TEXT}</description></item>"
        for n in range(3)
    )
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{items}</channel></rss>'
    )
    data = body.encode()
    conn.sendall(_head(Content_Type="application/rss+xml", Content_Length=str(len(data))) + data)


ROUTES: dict[str, Handler] = {
    "/dripped-headers": dripped_headers,
    "/dripped-body": dripped_body,
    "/silent": silent,
    "/endless-headers": endless_headers,
    "/length-too-long-then-close": length_too_long_then_close,
    "/length-too-long-then-wait": length_too_long_then_wait,
    "/length-too-short": length_too_short,
    "/length-beyond-limit": length_beyond_limit,
    "/gzip-bomb": gzip_bomb,
    "/gzip-bomb-chunked": gzip_bomb_chunked,
    "/deflate-bomb": deflate_bomb,
    "/gzip-page": gzip_page,
    "/raw-deflate-page": raw_deflate_page,
    "/cut-gzip": cut_gzip,
    "/brotli": brotli_unasked,
    "/redirect-loop": redirect_loop,
    "/slow-redirects/": slow_redirects,
    "/wrong-charset": wrong_charset,
    "/unknown-charset": unknown_charset,
    "/garbage": garbage_status,
    "/feed.xml": feed,
}


class HostileServer:
    """A TCP server on 127.0.0.1 that runs one handler per connection, each in a thread."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.base = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                path = _request_path(conn)
                handler = next(
                    (
                        h
                        for p, h in ROUTES.items()
                        if path == p or (p.endswith("/") and path.startswith(p))
                    ),
                    None,
                )
                if handler is None:
                    conn.sendall(_head("404 Not Found", Content_Length="0"))
                else:
                    handler(conn, path)
            except OSError:  # the client went away: what a deadline does
                pass

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    srv = HostileServer()
    yield srv
    srv.close()


def fetch(url: str, **kw: Any) -> tuple[list[Document], float]:
    kw.setdefault("timeout", TIMEOUT)
    started = time.monotonic()
    docs = list(read_inputs([url], **kw))
    return docs, time.monotonic() - started


def code(doc: Document) -> str:
    return doc.error.code if doc.error else "ok"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/dripped-headers", "fetch_timeout"),
        ("/dripped-body", "fetch_timeout"),
        ("/silent", "fetch_timeout"),
        ("/length-too-long-then-wait", "fetch_timeout"),
        ("/slow-redirects/0", "fetch_timeout"),
        ("/endless-headers", "fetch_failed"),
        ("/length-too-long-then-close", "fetch_failed"),
        ("/redirect-loop", "fetch_failed"),
        ("/cut-gzip", "fetch_failed"),
        ("/brotli", "fetch_failed"),
        ("/garbage", "fetch_failed"),
        ("/length-beyond-limit", "too_large"),
        ("/gzip-bomb", "too_large"),
        ("/gzip-bomb-chunked", "too_large"),
        ("/deflate-bomb", "too_large"),
    ],
)
def test_a_hostile_server_gives_a_named_error_within_the_deadline(
    server: HostileServer, path: str, expected: str
) -> None:
    [doc], seconds = fetch(server.url(path), max_bytes=1_000_000)
    assert code(doc) == expected, doc.error
    assert doc.error is not None and doc.error.step == "read"
    assert seconds < TIMEOUT + SLACK, f"{path} held the fetch {seconds:.2f} s"


def test_a_gzip_bomb_stops_at_the_size_limit_of_the_decoded_body(server: HostileServer) -> None:
    fetcher = Fetcher(timeout=10, max_bytes=5_000_000)
    started = time.monotonic()
    with fetcher, pytest.raises(Exception) as caught:
        fetcher.get(server.url("/gzip-bomb"))
    assert getattr(caught.value, "code", None) == "too_large"
    assert "5,000,001 bytes" in str(caught.value)  # decoded no further than the limit + 1
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", ["/gzip-page", "/raw-deflate-page", "/length-too-short"])
def test_coded_and_short_bodies_are_read(server: HostileServer, path: str) -> None:
    [doc], _ = fetch(server.url(path))
    assert code(doc) == "ok"
    if path != "/length-too-short":
        assert doc.source_text == PAGE
    else:
        assert len(doc.raw.data) == 60  # what Content-Length said, not what came after it


@pytest.mark.parametrize("path", ["/wrong-charset", "/unknown-charset"])
def test_a_wrong_charset_is_read_by_what_the_bytes_are(server: HostileServer, path: str) -> None:
    [doc], _ = fetch(server.url(path))
    assert code(doc) == "ok"
    assert (TEXT if path == "/wrong-charset" else TRADITIONAL) in (doc.source_text or "")


def test_each_entry_of_a_feed_has_its_own_deadline(server: HostileServer) -> None:
    docs, seconds = fetch(server.url("/feed.xml"))
    assert [code(d) for d in docs] == ["ok", "ok", "ok"]  # the feed's own text stands in
    assert all(d.raw.metadata["fetch_error"].startswith("fetch_timeout") for d in docs)
    assert seconds < 3 * (TIMEOUT + SLACK)


def test_the_deadline_does_not_outlive_its_fetch(server: HostileServer) -> None:
    """A connection kept alive after one fetch serves the next with a fresh deadline."""
    with Fetcher(timeout=TIMEOUT) as fetcher:
        first = fetcher.get(server.url("/gzip-page"))
        time.sleep(TIMEOUT + 0.2)
        second = fetcher.get(server.url("/gzip-page"))
    assert first.data == second.data == PAGE.encode()
