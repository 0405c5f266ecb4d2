"""Dates a source declares (a JSONL field, a feed entry's ``published``) → ISO dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

_YMD = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:$|[\sT_])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[\sT_])")


def iso_date(value: Any) -> str | None:
    """A declared date → ``YYYY-MM-DD``, or None if it is not a recognisable calendar date.

    Accepts ISO dates and datetimes, ``2025/8/13``, ``2025.08.13``, ``2025年8月13日``,
    ``20250813``, RFC 2822 (``Wed, 13 Aug 2025 10:00:00 GMT``) and Unix timestamps in seconds
    or milliseconds (read as UTC).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    m = _YMD.match(value) or _COMPACT.match(value)
    if m:
        try:
            year, month, day = (int(g) for g in m.groups())
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
