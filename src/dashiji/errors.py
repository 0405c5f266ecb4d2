"""Every error dashiji raises, named for what the caller should do next.

* :class:`DocumentError` — this one document cannot go on: record it (with its ``code``) on the
  document, count it, and carry on with the run.  Its subclasses name the reason.
* :class:`RetryableError` — a passing failure (a network timeout): trying again may work.
* :class:`FatalError` — the run itself cannot go on (bad configuration, a missing dependency,
  an unusable store): stop and tell the user.
"""

from __future__ import annotations


class DashijiError(Exception):
    """Base of every dashiji error."""


# ---- one document fails; record it and go on ---------------------------------------------------
class DocumentError(DashijiError):
    code = "document_error"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        self.message = message or (self.__class__.__doc__ or self.code).strip()


class EmptyInput(DocumentError):
    """The input holds no text."""

    code = "empty"


class BinaryInput(DocumentError):
    """The input is binary data, not text or HTML."""

    code = "binary"


class UndecodableInput(DocumentError):
    """No text encoding decodes the input cleanly."""

    code = "undecodable"


class TruncatedInput(DocumentError):
    """The input ends before its structure does (a cut-off file or record)."""

    code = "truncated"


class InputTooLarge(DocumentError):
    """The input is larger than the configured limit."""

    code = "too_large"


class BadRecord(DocumentError):
    """A record (JSONL line, WARC record, feed entry) is malformed."""

    code = "bad_record"


class NoArticle(DocumentError):
    """No article text could be found in the input."""

    code = "no_article"


class HeadlineList(NoArticle):
    """The text is only a list of other stories' headlines or teasers (a scrape of a page's news
    feed, not its article); a record that declares its own title keeps that title as its
    article (:func:`dashiji.extract.extract_article`)."""


class ArticleRemoved(NoArticle):
    """The page says its article was removed or blocked (a platform's notice page)."""

    code = "article_removed"


class FetchFailed(DocumentError):
    """A URL could not be fetched (HTTP error, refused connection, bad response)."""

    code = "fetch_failed"


class UnsupportedInput(DocumentError):
    """The input is of a kind dashiji does not read."""

    code = "unsupported"


class StoreWriteFailed(DocumentError):
    """The store cannot write this document (SQLite refused a value of it)."""

    code = "store_failed"


class StepFailed(DocumentError):
    """A step raised an unexpected exception on this document."""

    code = "step_failed"


# ---- try again --------------------------------------------------------------------------------
class RetryableError(DashijiError):
    """A passing failure; the same call may succeed later."""


class FetchTimeout(RetryableError, FetchFailed):
    """A URL did not answer in time."""

    code = "fetch_timeout"


# ---- stop the run -----------------------------------------------------------------------------
class FatalError(DashijiError):
    """The run cannot go on."""


class ConfigError(FatalError):
    """A setting or argument is invalid."""


class NotFound(FatalError):
    """An id asked for (a story, an event) is not in the store.

    ``key`` and ``params`` name its message in :data:`dashiji.messages.MESSAGES` (``no_event``,
    ``id``), for an interface that words it in its own language; the message is the English one.
    """

    def __init__(
        self, message: str, *, key: str | None = None, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.key = key
        self.params = params or {}


class BadParameter(ConfigError, ValueError):
    """A request's parameter has a value that cannot be used (``date_from=2021-13``, a date
    range that ends before it begins).

    ``param`` is the parameter; ``key`` and ``params`` name the message in
    :data:`dashiji.messages.MESSAGES`; the message is the English one.
    """

    def __init__(self, message: str, *, param: str, key: str, params: dict[str, object]) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.key = key
        self.params = params


class SearchQueryError(ConfigError, ValueError):
    """A search query cannot be parsed (an unbalanced quote, a lone ``-``, nothing to find).

    ``position`` is the offset in the query where the problem was noticed (None when it is the
    query as a whole).
    """

    def __init__(
        self,
        message: str,
        position: int | None = None,
        *,
        key: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        #: the message's entry in :data:`dashiji.messages.MESSAGES` and its values,
        #: for a user interface that words it in its own language
        self.key = key
        self.params = params or {}


class MissingDependency(FatalError):
    """An optional component is not installed; the message names the install command."""

    def __init__(self, package: str, extra: str | None = None) -> None:
        how = f"pip install 'dashiji[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"{package} is required for this feature: {how}")


class NotOnPostgres(ConfigError):
    """A command that only works on a SQLite store file was given a PostgreSQL store."""


class StoreError(FatalError):
    """The store cannot be opened or written (bad path, newer schema, corrupt file)."""
