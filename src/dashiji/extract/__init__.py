"""Extraction: a read document → its clean article (title, date, author, body, captions).

HTML goes through :func:`~dashiji.extract.html_article.extract_html`; plain text — a clean
article or a whole page flattened to text — through :func:`~dashiji.extract.flat_text.extract_text`.
The publication date is taken, in this order, from what the source declared (a JSONL field, a
``date`` header, a feed entry) - unless the byline under the page's title prints a day more
than a few days before it (:func:`_byline_contradicts`) -, from the page itself, and last from
a date the user supplied (``--date``); ``published_from`` says which.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

from ..errors import ConfigError, HeadlineList, InputTooLarge, NoArticle
from ..model import Article, Block, Document
from ..steps import DocumentStep

_CHAR_REF = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: An article of more characters is refused (``too_large``): what annotation, event coding,
#: de-duplication and the search index hold grows with the text, and an article this long is
#: not news (the longest of the 13,900 bench articles has 9,404 characters; 200,000 is a book
#: of 400 pages).  A text of 1.6 million characters took an ingest from 340 MB to 490 MB.
MAX_ARTICLE_CHARS = 200_000


def check_date(value: str | None) -> str | None:
    """Validate a user-supplied YYYY-MM-DD date (raises ConfigError)."""
    if value is None:
        return None
    if not _ISO_DATE.match(value):
        raise ConfigError(f"--date must be YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--date {value!r} is not a calendar date") from exc
    return value


def _declared_title(meta: dict[str, Any]) -> str | None:
    """The title a record declares (its ``title`` field), or None."""
    declared = meta.get("title")
    if not isinstance(declared, str) or not declared.strip():
        return None
    # a scraped title field often keeps the page's character references (&#xFF0C;)
    title = declared.strip()
    return html.unescape(title) if _CHAR_REF.search(title) else title


def extract_article(doc: Document) -> Article:
    """The article of one read document (raises NoArticle)."""
    text = doc.source_text
    if text is None or not text.strip():
        raise NoArticle("the document has no text")
    if doc.raw.media_type == "text/html":
        from .html_article import extract_html

        article = extract_html(text, doc.raw.uri if "://" in doc.raw.uri else None)
    else:
        from .flat_text import extract_text

        start = int(doc.raw.metadata.get("content_start", 0) or 0)
        try:
            article = extract_text(text, start=start)
        except HeadlineList:
            title = _declared_title(doc.raw.metadata)
            if title is None:
                raise
            # a record whose text is its page's feed of other stories (the scrape missed the
            # article) keeps its own headline: the document stays in its story, dated, and only
            # its title is read for events, none of the feed's
            return Article(title=title, blocks=[Block(kind="title", text=title)])
    if not any(b.kind == "body" for b in article.blocks):
        raise NoArticle("no body paragraph found")
    chars = sum(len(b.text) for b in article.blocks)
    if chars > MAX_ARTICLE_CHARS:
        raise InputTooLarge(
            f"the article has {chars:,} characters, more than {MAX_ARTICLE_CHARS:,}"
        )
    return article


#: Days a declared date may lie after the article's own byline date (a page dated by its crawl
#: or its time zone is a day or two off); further, the two tell different days.
_BYLINE_SLACK_DAYS = 3


def _byline_contradicts(article: Article, declared: str) -> bool:
    """Does the article print, in the byline under its title, a day of publication more than
    ``_BYLINE_SLACK_DAYS`` before the ``declared`` one (a record dated 2024-04-30 whose text
    carries "2021.04.20 10:54" under its title)?  The text's own day is the article's: the
    declared one is a feed's that re-dated an old story, and relative days (昨天, a month-day
    without its year) count from the byline's.  A byline day after the declared one is no
    such tell - an update's (更新时间：…) or a re-post's day, the text written before it: the
    declared day stays."""
    if article.published_from != "text:byline" or not article.published:
        return False
    try:
        printed = date.fromisoformat(article.published[:10])
        given = date.fromisoformat(declared)
    except ValueError:
        return False
    return (given - printed).days > _BYLINE_SLACK_DAYS


class Extract(DocumentStep):
    """Find the clean article of each document and lay out its text for annotation."""

    name = "extract"

    def __init__(self, date: str | None = None) -> None:
        super().__init__()
        self.date = check_date(date)

    def process(self, doc: Document) -> Document:
        article = extract_article(doc)
        meta = doc.raw.metadata
        title = _declared_title(meta)
        if title is not None:
            article.title = title
        declared = meta.get("date")
        if (
            isinstance(declared, str)
            and _ISO_DATE.match(declared)
            and not _byline_contradicts(article, declared)  # (a feed that re-dated an old story)
        ):
            article.published = declared
            article.published_from = str(meta.get("date_from") or "source")
        elif article.published is None and self.date is not None:
            article.published = self.date
            article.published_from = "cli"
        for key in ("author", "outlet"):
            value = meta.get(key)
            if getattr(article, key) is None and isinstance(value, str) and value.strip():
                setattr(article, key, value.strip())
        doc.set_article(article)
        doc.reference_date = article.published
        return doc
