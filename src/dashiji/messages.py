"""What dashiji tells a user who asked for something it cannot give, in Chinese and English.

One table for every such message: the search parser's (:mod:`dashiji.store.search_query`) and
the HTTP API's (:mod:`dashiji.serve.problems`).  An error that a user can cause carries the key
of its message and the values to fill in (``key``, ``params``: :class:`~dashiji.errors.
SearchQueryError`, :class:`~dashiji.errors.BadParameter`, :class:`~dashiji.errors.NotFound`);
its ``str`` is the English message, and :func:`word` gives it in either language.  The key is
also the machine-readable ``code`` of the API's JSON errors, so a key, once published, stays.
``at`` is a character number counted from 1.
"""

from __future__ import annotations

#: The languages of every message, in the order of the pairs below (the first is the default).
LANGS = ("zh", "en")

#: key → (Chinese, English), both with the same ``{fields}``.
MESSAGES: dict[str, tuple[str, str]] = {
    # ---- the search query (dashiji.store.search_query) ----
    "unbalanced_quote": (
        "第 {at} 个字符处的引号 {quote} 没有配对：请用 {close} 结束短语",
        "unbalanced quote {quote} at character {at}: close the phrase with {close}",
    ),
    "lone_dash": (
        "第 {at} 个字符处的“-”后面没有内容：请把要排除的词或短语紧接在它后面（-词）",
        "lone '-' at character {at}: put the word or phrase to exclude right after it (-word)",
    ),
    "unbalanced_close": (
        "第 {at} 个字符处的“)”没有对应的“(”",
        "unbalanced ')' at character {at}: no '(' opens it",
    ),
    "nothing": (
        "没有可搜索的内容：查询中没有词或短语",
        "nothing to search for: the query holds no word or phrase",
    ),
    "and_sides": (
        "第 {at} 个字符处的 AND 两边都需要搜索词",
        "AND at character {at} needs a term on each side",
    ),
    "only_excludes": (
        "从第 {at} 个字符起的查询只有排除项：请加上要查找的词",
        "the query part at character {at} only excludes: add a word to find",
    ),
    "or_sides": (
        "第 {at} 个字符处的 OR 两边都需要搜索词",
        "OR at character {at} needs a term on each side",
    ),
    "or_excluded": (
        "第 {at} 个字符处的 OR 连接了排除项：排除项作用于整个查询，请放在 OR 之外",
        "OR at character {at} joins an excluded term: exclusions apply to the whole query, "
        "put them outside the OR",
    ),
    "exclude_what": (
        "第 {at} 个字符处的“{op}”后面必须跟要排除的词、短语或括号分组",
        "'{op}' at character {at} must be followed by a word, a phrase or a group to exclude",
    ),
    "excludes_nothing": (
        "第 {at} 个字符处的“{op}”没有排除任何可搜索的内容",
        "'{op}' at character {at} excludes nothing searchable",
    ),
    "too_deep": ("括号嵌套超过 {n} 层", "more than {n} nested groups"),
    "unbalanced_open": (
        "第 {at} 个字符处的“(”没有闭合：请用“)”结束分组",
        "unbalanced '(' at character {at}: close the group with ')'",
    ),
    "empty_phrase": (
        "第 {at} 个字符处的短语是空的：请在引号之间写上词语",
        "empty phrase at character {at}: put words between the quotes",
    ),
    "unexpected": ("第 {at} 个字符处出现了意外的 {text}", "unexpected {text} at character {at}"),
    "too_many_terms": ("一次查询的搜索词超过 {n} 个", "more than {n} terms in one query"),
    "term_too_long": (
        "第 {at} 个字符处的搜索词超过 {n} 个字符",
        "the term at character {at} is longer than {n} characters",
    ),
    "query_too_long": ("查询超过 {n} 个字符", "the query is longer than {n} characters"),
    "too_slow": (
        "搜索超过 {seconds} 秒，已停止：请减少搜索词，或使用更长的词",
        "the search took longer than {seconds} s and was stopped: use fewer terms, or longer ones",
    ),
    "bad_limit": (
        "每页数量必须在 0 到 {most} 之间，而不是 {limit}",
        "limit must be between 0 and {most}, not {limit}",
    ),
    "bad_offset": (
        "偏移量不能为负数，而不是 {offset}",
        "offset must not be negative, not {offset}",
    ),
    # ---- the HTTP API (dashiji.serve): what a request asked for is not there ----
    "no_event": ("没有编号为“{id}”的事件", "no event '{id}'"),
    "no_article": ("没有编号为“{id}”的文章", "no article '{id}'"),
    "no_story": ("没有编号为“{id}”的专题", "no story '{id}'"),
    "no_actor": ("没有“{id}”这个行为体", "no actor '{id}'"),
    "no_page": ("没有这个地址：{path}", "no such address: {path}"),
    "bad_method": ("{path} 不接受 {method} 请求", "{path} does not take {method} requests"),
    "http_error": (
        "请求无法完成（HTTP {status}）",
        "the request cannot be answered (HTTP {status})",
    ),
    # ---- the HTTP API: a parameter it cannot use ----
    "bad_date": (
        "{param}：“{value}”不是日期，请写成 YYYY、YYYY-MM 或 YYYY-MM-DD"
        "（如 2021、2021-05、2021-05-15）",
        "{param}: '{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
        "(2021, 2021-05, 2021-05-15)",
    ),
    "date_order": (
        "{from_name} {date_from}（自 {first} 起）晚于 {to_name} {date_to}（至 {last} 止）",
        "{from_name} {date_from} (from {first}) is after {to_name} {date_to} (to {last})",
    ),
    "bad_parameter": ("参数有误：{details}", "bad parameter: {details}"),
    # one problem of a parameter, by pydantic's error type (dashiji.serve.problems)
    "missing": ("{param}：缺少这个参数", "{param}: field required"),
    "too_big": ("{param}：不能大于 {most}", "{param}: must be at most {most}"),
    "too_small": ("{param}：不能小于 {least}", "{param}: must be at least {least}"),
    "too_long": ("{param}：最多 {n} 个字符", "{param}: at most {n} characters"),
    "too_short": ("{param}：至少 {n} 个字符", "{param}: at least {n} characters"),
    "not_integer": (
        "{param}：应为整数，而不是“{value}”",
        "{param}: '{value}' is not a whole number",
    ),
    "not_boolean": ("{param}：应为 true 或 false", "{param}: must be true or false"),
    "not_one_of": ("{param}：应为 {expected} 之一", "{param}: must be one of {expected}"),
    "bad_format": ("{param}：“{value}”格式不对", "{param}: '{value}' has the wrong form"),
    "invalid": ("{param}：取值无效（{reason}）", "{param}: invalid value ({reason})"),
}


def pick(value: str | None) -> str | None:
    """``zh`` or ``en`` from a language tag (``zh-CN``, ``zh_Hant``, ``EN-gb``); None for any
    other."""
    if not value:
        return None
    base = value.strip().lower().replace("_", "-").split("-", 1)[0]
    return base if base in LANGS else None


def text(key: str, lang: str, **params: object) -> str:
    """Message ``key`` in ``lang`` (an unknown language: the first of :data:`LANGS`)."""
    pair = MESSAGES[key]
    return pair[LANGS.index(lang) if lang in LANGS else 0].format(**params)


def word(exc: BaseException, lang: str) -> str:
    """An error's message in ``lang``: its ``key`` and ``params`` worded from
    :data:`MESSAGES`, else its own message."""
    key = getattr(exc, "key", None)
    if key not in MESSAGES or lang not in LANGS:
        return str(getattr(exc, "message", None) or exc)
    return text(key, lang, **getattr(exc, "params", {}))
