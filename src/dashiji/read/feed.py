"""RSS and Atom feeds → one document per entry.

An entry's document comes either from its page (when the feed was fetched from a URL, each
entry's link is fetched in turn) or from the feed itself: the entry's full content
(``content:encoded``, Atom ``<content>``) when it has one, else its summary / description.  A
feed read from a file never touches the network.  When fetching an entry's page fails, the
entry's own content stands in for it, with ``metadata["fetch_error"]`` saying why.

Entry metadata: ``title``, ``link``, ``author``, ``entry_id``, ``published`` (as written),
``date`` (ISO) with ``date_from="feed"``, ``feed`` (the feed's URI), ``feed_title``, and
``feed_part`` (``content`` or ``summary``) for documents made from the feed itself, and
``feed_bad_char_refs`` when the feed held character references to no character (``&#xD800;``:
half an emoji; beyond U+10FFFF), which are read as U+FFFD.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from dashiji.errors import BadRecord, EmptyInput, InputTooLarge
from dashiji.model import Document

from .dates import iso_date
from .documents import HTML, TEXT, decoded_document, error_document

Fetch = Callable[[str], Document]

_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_HTML_ROOT = re.compile(rb"<html[\s>]", re.I)
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")
# An XML declaration's encoding that is not ASCII (feedparser decodes it as UTF-8 and stops).
_BAD_DECL_ENCODING = re.compile(
    rb"""(<\?xml[^>]*?)\sencoding\s*=\s*(["'])[^"'>]*?[\x80-\xff][^"'>]*\2"""
)
BAD_CHAR_REFS = "feed_bad_char_refs"
# A feed of more start tags is too_large: when the XML is malformed feedparser falls back on its
# SGML parser, ~300 bytes and ~50 µs a tag — 1.3 million <b> in a 4 MB feed took 377 MB and 69 s.
# A big real feed (1,000 entries with their HTML) has some tens of thousands.
MAX_FEED_TAGS = 300_000
_START_TAG = re.compile(rb"<[A-Za-z]")
# A feed with more tags in one entry (or before the first, or after the last) is too_large: in one
# element's content they cost feedparser some 400 bytes each, nested or not — 295,000 <b> in an
# Atom entry (under MAX_FEED_TAGS) took an ingest from 387 to 458 MB, 100,000 take 39 MB and
# 4 s.  The largest bench page has 15,400 tags in all; a feed of 1,000 entries of 50 paragraphs
# each (209,000 tags) is read, in 33 MB.
MAX_ENTRY_TAGS = 50_000
_ENTRY = re.compile(rb"<(?:item|entry)[\s>/]")
# A feed with a longer stretch of text between two tags is too_large: feedparser (its sanitiser
# above all) holds some 50 bytes for each byte of such a stretch — an entry of 3 MB of text took
# a feed's reading from 50 to 200 MB.  A whole article escaped as HTML in one entry is some tens
# of kilobytes; one of 200,000 characters (the most an article may have) about 600 KB.
MAX_FEED_TEXT_RUN = 1_000_000


def looks_like_feed(data: bytes) -> bool:
    """Does the data start like an RSS, RDF or Atom document?"""
    head = data[:2048]
    return _ROOT.search(head) is not None and _HTML_ROOT.search(head) is None


def parse_feed(data: bytes) -> Any | None:
    """The parsed feed, or None if the data is not a feed.  Always parses bytes: feedparser
    fetches a *string* that looks like a URL, and reading must not touch the network.

    A character reference to no character would stop feedparser; it is read as U+FFFD, and
    ``parsed[BAD_CHAR_REFS]`` counts them.  An encoding declared in bytes that are no ASCII is
    dropped (the bytes decide).  Data feedparser still cannot read is a :class:`BadRecord`; a
    feed of more than :data:`MAX_FEED_TAGS` elements or :data:`MAX_ENTRY_TAGS` in one entry, or
    with more than :data:`MAX_FEED_TEXT_RUN` bytes of text between two tags, is
    :class:`InputTooLarge`.
    """
    tags = data.count(b"<")
    if tags > MAX_FEED_TAGS and _more_tags_than(data, MAX_FEED_TAGS):
        raise InputTooLarge(f"the feed has more than {MAX_FEED_TAGS:,} elements")
    if tags > MAX_ENTRY_TAGS and _most_tags_in_an_entry(data) > MAX_ENTRY_TAGS:
        raise InputTooLarge(f"an entry of the feed has more than {MAX_ENTRY_TAGS:,} elements")
    if len(data) > MAX_FEED_TEXT_RUN and _longest_text_run(data) > MAX_FEED_TEXT_RUN:
        raise InputTooLarge(
            f"the feed has more than {MAX_FEED_TEXT_RUN:,} bytes of text between two tags"
        )
    data, bad = _char_refs_repaired(bytes(data))
    data = _BAD_DECL_ENCODING.sub(rb"\1", data[:1024], count=1) + data[1024:]
    try:
        parsed = feedparser.parse(data, sanitize_html=True)
    except (UnicodeError, LookupError, ValueError, RecursionError) as exc:
        raise BadRecord(f"the feed cannot be read: {type(exc).__name__}: {exc}") from exc
    if bad:
        parsed[BAD_CHAR_REFS] = bad
    return parsed if parsed.get("version") or parsed.entries else None


def _more_tags_than(data: bytes, limit: int) -> bool:
    for n, _ in enumerate(_START_TAG.finditer(data), 1):
        if n > limit:
            return True
    return False


def _most_tags_in_an_entry(data: bytes) -> int:
    """The most ``<`` from one ``<item`` / ``<entry`` to the next (or from the start to the first,
    or from the last to the end) in ``data``."""
    most = start = 0
    for m in _ENTRY.finditer(data):
        most = max(most, data.count(b"<", start, m.start()))
        start = m.start()
    return max(most, data.count(b"<", start))


def _longest_text_run(data: bytes) -> int:
    """The most bytes between two ``<`` (or an end) in ``data``."""
    longest = pos = 0
    while True:
        nxt = data.find(b"<", pos)
        if nxt < 0:
            return max(longest, len(data) - pos)
        longest = max(longest, nxt - pos)
        pos = nxt + 1


def _char_refs_repaired(data: bytes) -> tuple[bytes, int]:
    """``&#…`` references to a surrogate or beyond U+10FFFF → ``&#xFFFD``; and how many."""
    if b"&#" not in data:
        return data, 0
    bad = 0

    def repair(m: re.Match[bytes]) -> bytes:
        nonlocal bad
        digits = (m.group(1) or m.group(2)).lstrip(b"0")
        if len(digits) <= 8:  # longer is beyond U+10FFFF in any base (and no int() of it)
            code = int(digits or b"0", 16 if m.group(1) is not None else 10)
            if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return m.group(0)
        bad += 1
        return b"&#xFFFD"

    return _CHAR_REF.sub(repair, data), bad


def feed_documents(parsed: Any, uri: str, fetch: Fetch | None = None) -> Iterator[Document]:
    """The documents of a parsed feed's entries; ``fetch`` (link → document) to fetch pages."""
    if not parsed.entries:
        yield error_document(uri, EmptyInput("the feed has no entries"))
        return
    feed_title = parsed.feed.get("title")
    bad_refs = parsed.get(BAD_CHAR_REFS)
    for n, entry in enumerate(parsed.entries, 1):
        meta = entry_metadata(entry, uri, feed_title)
        if bad_refs:
            meta[BAD_CHAR_REFS] = bad_refs
        link = entry.get("link") or ""
        if fetch is None or not link.lower().startswith(("http://", "https://")):
            yield entry_document(entry, uri, n, meta)
            continue
        page = fetch(link)
        if page.error is None:
            page.raw.metadata.update(meta)
            yield page
            continue
        meta["fetch_error"] = f"{page.error.code}: {page.error.message}"
        fallback = entry_document(entry, uri, n, meta)
        if fallback.error is not None:  # nothing in the feed to fall back on
            page.raw.metadata.update(meta)
            fallback = page
        yield fallback


def entry_metadata(entry: Any, feed_uri: str, feed_title: str | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"feed": feed_uri}
    if feed_title:
        meta["feed_title"] = feed_title
    for key, field in (("title", "title"), ("link", "link"), ("author", "author")):
        if entry.get(field):
            meta[key] = entry[field]
    if entry.get("id"):
        meta["entry_id"] = entry["id"]
    published = entry.get("published") or entry.get("updated")
    if published:
        meta["published"] = published
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        # The date as the feed wrote it (its own time zone); feedparser's struct is in UTC.
        date = iso_date(published) or (time.strftime("%Y-%m-%d", parsed) if parsed else None)
        if date:
            meta["date"] = date
            meta["date_from"] = "feed"
    return meta


def entry_document(entry: Any, feed_uri: str, n: int, meta: dict[str, Any]) -> Document:
    """A document from the entry's own content or summary (an error document if it has none).

    The uri is the entry's link (the article's address), else ``<feed>#entry<n>``; the raw bytes
    are the UTF-8 of the content as the feed gave it (feedparser decodes and sanitises it).
    """
    uri = entry.get("link") or f"{feed_uri}#entry{n}"
    found = _entry_content(entry)
    if found is None:
        return error_document(uri, BadRecord("the feed entry has no content"), metadata=meta)
    text, media_type, part = found
    meta = {**meta, "feed_part": part}
    return decoded_document(text.encode("utf-8"), uri, text, "utf-8", media_type, metadata=meta)


def _entry_content(entry: Any) -> tuple[str, str, str] | None:
    """(text, media type, which part) of the entry's full content, else its summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return value, _media_type(content.get("type")), "content"
    summary = entry.get("summary") or ""
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, _media_type(detail.get("type", "text/html")), "summary"
    return None


def _media_type(declared: str | None) -> str:
    return HTML if declared and "html" in declared else TEXT
