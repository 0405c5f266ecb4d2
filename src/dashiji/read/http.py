"""Fetching URLs: ``http``/``https`` → bytes, within a time and size limit.

:class:`Fetcher` holds one ``httpx`` client (connection reuse across a feed's entries), follows up
to 5 redirects, sends ``User-Agent: dashiji/0.1``, and streams the body so that the size limit is
enforced while reading: no more than ``max_bytes + 1`` bytes are ever held.  ``timeout`` bounds
each network operation and the whole fetch.  Failures are named: :class:`FetchTimeout`,
:class:`FetchFailed` (HTTP status ≥ 400, refused connection, too many redirects, bad response),
:class:`InputTooLarge`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from dashiji.errors import FetchFailed, FetchTimeout, InputTooLarge
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


class Fetcher:
    """Fetch URLs with one reusable client.  Use as a context manager, or call :meth:`close`."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None

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
                headers={"User-Agent": USER_AGENT},
            )
        return self._client

    def get(self, url: str) -> Response:
        """Fetch ``url`` (raises FetchFailed, FetchTimeout, InputTooLarge)."""
        deadline = time.monotonic() + self.timeout
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchFailed(f"HTTP {resp.status_code} {resp.reason_phrase} for {url}")
                length = resp.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise too_large(int(length), self.max_bytes)
                data = self._body(resp, deadline, url)
                headers = {
                    k: v for k in KEPT_HTTP_HEADERS if (v := resp.headers.get(k)) is not None
                }
                return Response(str(resp.url), url, resp.status_code, headers, data)
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"no answer from {url} within {self.timeout:g} s") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchFailed(f"more than {MAX_REDIRECTS} redirects from {url}") from exc
        except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as exc:
            raise FetchFailed(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc

    def _body(self, resp: httpx.Response, deadline: float, url: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large(size, self.max_bytes)
            if time.monotonic() > deadline:
                raise FetchTimeout(f"{url} did not finish within {self.timeout:g} s")
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
    parsed = parse_feed(resp.data) if looks_like_feed(resp.data) else None
    if parsed is None:
        yield page_document(resp)
    else:
        yield from feed_documents(parsed, resp.url, lambda link: fetch_document(fetcher, link))
