"""Fetching URLs: ``http``/``https`` → bytes, within a time and size limit.

:class:`Fetcher` holds one ``httpx`` client (connection reuse across a feed's entries), follows up
to 5 redirects, sends ``User-Agent: dashiji/0.1``, and streams the body so that the size limit is
enforced while reading: no more than ``max_bytes + 1`` bytes of the *decoded* body are ever held
(a gzip bomb stops at the limit, however small it is on the wire).

``timeout`` is the deadline of the whole fetch — connecting, the TLS handshake, every redirect,
the headers and the body — whatever the server does: each socket operation waits at most for
the time left (:class:`_DeadlineBackend`), so a server that drips its headers or body one byte at
a time cannot hold a fetch past it.  (Resolving the host name is the system resolver's and is not
bounded by it.)  Failures are named: :class:`FetchTimeout`, :class:`FetchFailed` (HTTP status
≥ 400, refused connection, too many redirects, bad response, a content coding that was not asked
for), :class:`InputTooLarge`.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from dashiji.errors import DocumentError, FetchFailed, FetchTimeout, InputTooLarge
from dashiji.model import Document

from .documents import (
    KEPT_HTTP_HEADERS,
    error_document,
    media_type_of,
    now_iso,
    text_document,
)
from .encoding import charset_from_content_type
from .feed import feed_documents, looks_like_feed, parse_feed
from .streams import too_large

USER_AGENT = "dashiji/0.1"
MAX_REDIRECTS = 5
ACCEPT_ENCODING = "gzip, deflate"  # the codings decoded within the size limit (see _Decoder)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


@dataclass(slots=True)
class Response:
    """A fetched body and what the server said about it."""

    url: str  # after redirects
    requested: str
    status: int
    headers: dict[str, str]
    data: bytes
    fetched_at: str = field(default_factory=now_iso)

    def metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"http_headers": dict(self.headers), "http_status": self.status}
        if self.url != self.requested:
            meta["requested_url"] = self.requested
        return meta


class _Deadline:
    """The end of the fetch in progress (``time.monotonic()``), shared by a client's sockets."""

    def __init__(self) -> None:
        self.at: float | None = None

    def left(self, timeout: float | None, late: type[Exception]) -> float | None:
        """``timeout`` cut to the time left; raises ``late`` when there is none."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise late("the fetch deadline has passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write waits at most for the time left."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = self._deadline.left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, timeout), self._deadline
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, with every operation bounded by the fetch's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend, deadline: _Deadline) -> None:
        self._backend = backend
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = self._deadline.left(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - dashiji fetches over TCP
        timeout = self._deadline.left(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_unix_socket(path, timeout, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - used by retries only
        self._backend.sleep(seconds)


def _bound_by(client: httpx.Client, deadline: _Deadline) -> None:
    """Put the deadline under every connection pool of the client (direct and proxies).

    httpx does not take a network backend, so it goes into each transport's httpcore pool.  If a
    future httpx hides the pool, the deadline is still checked between the body's chunks.
    """
    for transport in (client._transport, *client._mounts.values()):
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend, deadline)  # type: ignore[union-attr]


class _Decoder:
    """The HTTP content coding undone piece by piece, never producing more than a limit.

    gzip (several members too), deflate (zlib or raw, as some servers send it) and identity; any
    other coding is a :class:`FetchFailed` (dashiji asks for gzip and deflate only).
    """

    def __init__(self, coding: str, url: str) -> None:
        self.coding = coding.strip().lower()
        self.url = url
        self._zlib: Any = None
        self._head: bytes | None = None  # deflate: the start, to read again as raw deflate
        self._started = False
        if self.coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.coding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
            self._head = b""
        elif self.coding not in ("", "identity"):
            raise FetchFailed(f"{url} sent content coding {coding!r}, which was not asked for")

    def decode(self, data: bytes, limit: int) -> bytes:
        """Decoded bytes of ``data``: at most ``limit + 1`` of them (more means too large)."""
        if self._zlib is None:
            return data
        self._started = self._started or bool(data)
        try:
            out = self._inflate(data, limit)
        except zlib.error as exc:
            if self._head is not None:  # no zlib header: raw deflate
                head, self._head = self._head + data, None
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(head, limit)
            raise FetchFailed(f"corrupt {self.coding} body from {self.url} ({exc})") from exc
        if self._head is not None:
            self._head = self._head + data if len(self._head) < 1024 else None
        return out

    def _inflate(self, data: bytes, limit: int) -> bytes:
        out: list[bytes] = []
        size = 0
        while data and size <= limit:
            piece = self._zlib.decompress(data, limit + 1 - size)
            out.append(piece)
            size += len(piece)
            data = self._zlib.unconsumed_tail
            if self._zlib.eof and self._zlib.unused_data:
                data = self._zlib.unused_data
                if self.coding == "deflate" or not data.startswith(b"\x1f\x8b"):
                    break  # bytes after the end of the body: ignored, as browsers do
                self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
        return b"".join(out)

    def finish(self) -> None:
        """The body has ended: a compressed one must have ended too."""
        if self._zlib is not None and self._started and not self._zlib.eof:
            raise FetchFailed(f"the {self.coding} body from {self.url} is cut off")


class Fetcher:
    """Fetch URLs with one reusable client.  Use as a context manager, or call :meth:`close`."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None
        self._deadline = _Deadline()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            )
            _bound_by(self._client, self._deadline)
        return self._client

    def get(self, url: str) -> Response:
        """Fetch ``url`` (raises FetchFailed, FetchTimeout, InputTooLarge)."""
        # The deadline starts before the client is made: building its TLS context takes ~30 ms
        # of CPU, 0.2-0.3 s of wall time at load 8, was outside the deadline.
        self._deadline.at = time.monotonic() + self.timeout
        try:
            client = self.client
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchFailed(f"HTTP {resp.status_code} {resp.reason_phrase} for {url}")
                length = resp.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise too_large(int(length), self.max_bytes)
                data = self._body(resp, url)
                headers = {
                    k: v for k in KEPT_HTTP_HEADERS if (v := resp.headers.get(k)) is not None
                }
                return Response(str(resp.url), url, resp.status_code, headers, data)
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url} did not finish within {self.timeout:g} s") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchFailed(f"more than {MAX_REDIRECTS} redirects from {url}") from exc
        except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as exc:
            raise FetchFailed(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
        finally:
            self._deadline.at = None

    def _body(self, resp: httpx.Response, url: str) -> bytes:
        decoder = _Decoder(resp.headers.get("content-encoding", ""), url)
        chunks: list[bytes] = []
        size = 0
        for raw in resp.iter_raw():
            chunk = decoder.decode(raw, self.max_bytes - size)
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large(size, self.max_bytes)
            if self._deadline.at is not None and time.monotonic() > self._deadline.at:
                raise FetchTimeout(f"{url} did not finish within {self.timeout:g} s")
        decoder.finish()
        return b"".join(chunks)


def page_document(resp: Response) -> Document:
    """The document of a fetched page: HTML or plain text by Content-Type, else sniffed."""
    content_type = resp.headers.get("content-type")
    return text_document(
        resp.data,
        resp.url,
        media_type=media_type_of(content_type),
        declared=charset_from_content_type(content_type),
        fetched_at=resp.fetched_at,
        metadata=resp.metadata(),
    )


def fetch_document(fetcher: Fetcher, url: str) -> Document:
    """Fetch one page into a document; a failed fetch is an error document (never raises)."""
    try:
        resp = fetcher.get(url)
    except (FetchFailed, InputTooLarge) as exc:
        return error_document(url, exc, fetched_at=now_iso())
    return page_document(resp)


def read_url(url: str, fetcher: Fetcher) -> Iterator[Document]:
    """The document of a page, or one per entry when the URL is an RSS/Atom feed."""
    try:
        resp = fetcher.get(url)
    except (FetchFailed, InputTooLarge) as exc:
        yield error_document(url, exc, fetched_at=now_iso())
        return
    try:
        parsed = parse_feed(resp.data) if looks_like_feed(resp.data) else None
    except DocumentError as exc:
        yield error_document(resp.url, exc, resp.data, fetched_at=resp.fetched_at)
        return
    if parsed is None:
        yield page_document(resp)
    else:
        yield from feed_documents(parsed, resp.url, lambda link: fetch_document(fetcher, link))
