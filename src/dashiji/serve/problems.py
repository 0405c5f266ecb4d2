"""The API's errors in the reader's language: JSON ``{"code", "detail", "status"}``.

``code`` is stable and for machines (a key of :data:`dashiji.messages.MESSAGES`: ``no_event``,
``bad_date``, ``unbalanced_quote``, ``bad_parameter``…); ``detail`` says what is wrong in
Chinese or English: the ``lang`` query parameter (``zh``, ``en``) if it names one, else the
``Accept-Language`` header's preferred one of the two, else Chinese, as the web UI.  A bad
parameter also lists each problem (``errors``: ``loc``, ``code``, ``msg`` in that language).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..messages import LANGS, pick, text

#: pydantic's error types → the message of a parameter's problem, and how to fill it from the
#: error's context (``ctx``)
_PYDANTIC: dict[str, str] = {
    "missing": "missing",
    "less_than_equal": "too_big",
    "less_than": "too_big",
    "greater_than_equal": "too_small",
    "greater_than": "too_small",
    "string_too_long": "too_long",
    "string_too_short": "too_short",
    "int_parsing": "not_integer",
    "int_from_float": "not_integer",
    "bool_parsing": "not_boolean",
    "literal_error": "not_one_of",
    "enum": "not_one_of",
    "string_pattern_mismatch": "bad_format",
}


def accept_language(header: str | None) -> str | None:
    """The preferred of :data:`LANGS` in an ``Accept-Language`` header (``en-US,en;q=0.9,
    zh;q=0.8`` → ``en``; the first listed of equal weight), None if it names neither."""
    if not header:
        return None
    best: tuple[float, int, str] | None = None
    for i, item in enumerate(header.split(",")[:32]):
        tag, _, rest = item.strip().partition(";")
        lang = pick(tag)
        if lang is None:
            continue
        weight = 1.0
        param = rest.strip()
        if param.startswith("q="):
            try:
                weight = float(param[2:])
            except ValueError:
                weight = 0.0
        if weight > 0 and (best is None or weight > best[0]):
            best = (weight, i, lang)
    return best[2] if best else None


def request_lang(query: Mapping[str, str], headers: Mapping[str, str]) -> str:
    """The language of an API error: ``lang`` of the query, else ``Accept-Language``, else
    Chinese."""
    return pick(query.get("lang")) or accept_language(headers.get("accept-language")) or LANGS[0]


def _param(loc: Sequence[Any]) -> str:
    # ("query", "limit") → "limit"; a body or a path names itself
    return ".".join(str(x) for x in loc[1:]) or (str(loc[0]) if loc else "request")


def _expected(expected: str, lang: str) -> str:
    # pydantic writes "'asc' or 'desc'", "'a', 'b' or 'c'"
    return expected.replace("' or '", "'、'").replace("', '", "'、'") if lang == "zh" else expected


def parameter_problem(error: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """One of pydantic's validation errors as ``{"loc", "code", "msg"}``, ``msg`` in ``lang``."""
    loc = list(error.get("loc", ()))
    param = _param(loc)
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    value = error.get("input")
    key = _PYDANTIC.get(kind, "invalid")
    fill: dict[str, Any] = {"param": param}
    if key == "too_big":
        fill["most"] = ctx.get("le", ctx.get("lt", "?"))
    elif key == "too_small":
        fill["least"] = ctx.get("ge", ctx.get("gt", "?"))
    elif key == "too_long":
        fill["n"] = ctx.get("max_length", "?")
    elif key == "too_short":
        fill["n"] = ctx.get("min_length", "?")
    elif key == "not_one_of":
        fill["expected"] = _expected(str(ctx.get("expected", "")), lang)
    elif key in ("not_integer", "bad_format"):
        fill["value"] = value if isinstance(value, str) else str(value)
    elif key == "invalid":
        fill["reason"] = str(error.get("msg", kind))
    return {"loc": loc, "code": kind or key, "msg": text(key, lang, **fill)}


def parameter_problems(errors: Sequence[Mapping[str, Any]], lang: str) -> tuple[str, list[Any]]:
    """The message of a request's bad parameters in ``lang`` and each problem
    (:func:`parameter_problem`)."""
    found = [parameter_problem(e, lang) for e in errors]
    sep = "；" if lang == "zh" else "; "
    return text("bad_parameter", lang, details=sep.join(p["msg"] for p in found)), found
