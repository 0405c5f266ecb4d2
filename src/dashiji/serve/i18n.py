"""The web UI's words: Chinese first, English on request (the ``lang`` cookie).  The messages
of errors are in :data:`dashiji.messages.MESSAGES` (the search parser's and the API's), in the
same languages (:data:`LANGS`)."""

from __future__ import annotations

import re

from ..messages import LANGS

_WORDS: dict[str, tuple[str, str]] = {
    "site": ("大事记", "dashiji"),
    "tagline": ("从新闻到有据可查的大事记", "From news to a sourced chronicle"),
    "home": ("首页", "Home"),
    "search": ("搜索", "Search"),
    "search_ph": (
        '搜索文章：词、"短语"、OR、-排除',
        'Search articles: words, "phrases", OR, -exclude',
    ),
    # not 大事记: that is the site's name, the brand that leads home
    "chronicle": ("事件年表", "Chronicle"),
    "stories": ("专题", "Stories"),
    "map": ("地图", "Map"),
    "api": ("API", "API"),
    "trending": ("热门专题", "Trending stories"),
    "trending_note": (
        "截至{as_of}的{days}天内新增报道最多",
        "most articles gained in the {days} days to {as_of}",
    ),
    "latest": ("最新事件", "Latest events"),
    "by_region": ("按地区", "By region"),
    "by_actor": ("按人物与机构", "By actor"),
    "articles": ("篇报道", "articles"),
    "reports": ("报道", "Articles"),
    "event_list": ("事件", "Events"),
    "events": ("个事件", "events"),
    "event": ("事件", "Event"),
    "article": ("文章", "Article"),
    "actor": ("行为体", "Actor"),
    "story": ("专题", "Story"),
    "timeline": ("时间线", "Timeline"),
    "date": ("日期", "Date"),
    "precision": ("精度", "Precision"),
    "status": ("状态", "Status"),
    "status_history": ("状态变化", "Status history"),
    "modality": ("情态", "Modality"),
    "type": ("类型", "Type"),
    "news_type": ("新闻类型", "News type"),
    "place": ("地点", "Place"),
    "actors": ("行为体", "Actors"),
    "sources": ("来源句子", "Source sentences"),
    "source": ("来源", "Source"),
    "published": ("发布日期", "Published"),
    "outlet": ("媒体", "Outlet"),
    "author": ("作者", "Author"),
    "url": ("原文链接", "Original URL"),
    "metadata": ("元数据", "Metadata"),
    "related": ("同一专题的报道", "Related articles (same story)"),
    "captions": ("图片说明", "Captions"),
    "layers": ("标注层", "Annotation layers"),
    "entity": ("实体", "Entities"),
    "time": ("时间", "Times"),
    "quantity": ("数量", "Quantities"),
    "trigger": ("触发词", "Triggers"),
    "roles": ("职务", "Roles"),
    "over_time": ("事件数（按月）", "Events per month"),
    "partners": ("最常互动的行为体", "Most frequent partners"),
    "no_results": ("没有结果", "No results"),
    "results": ("共{total}条结果", "{total} results"),
    # a search's total counts articles (the events and names above it are apart)
    "article_results": ("共{total}篇文章", "{total} articles"),
    "filter": ("筛选", "Filter"),
    "from": ("起", "From"),
    "to": ("止", "To"),
    "any": ("全部", "Any"),
    "prev": ("上一页", "Previous"),
    "next": ("下一页", "Next"),
    "reported_by": ("据报道日期", "by report date"),
    "open_article": ("查看原文", "Open article"),
    "events_in_article": ("文中事件", "Events in this article"),
    "since": ("起", "from"),
    "until": ("至", "until"),
    "now": ("今", "now"),
    "kb": ("知识库条目", "Knowledge base entry"),
    "not_found": ("找不到", "Not found"),
    "unplaced": ("{n}个事件的地点无法定位", "{n} events could not be placed"),
    "lang_other": ("English", "中文"),
    "mentions": ("次提及", "mentions"),
    "as_of": ("报道于", "as of"),
    "stats": ("数据概况", "What the store holds"),
    "all_stories": ("全部专题", "All stories"),
    "search_error": ("查询有误", "Bad query"),
    "n_articles": ("{n}篇报道", "{n} articles"),
    "n_events": ("{n}个事件", "{n} events"),
    "n_stories": ("{n}个专题", "{n} stories"),
    "n_outlets": ("{n}家媒体", "{n} outlets"),
    "n_mentions": ("{n}次提及", "{n} mentions"),
    "implied": ("据上下文推断", "inferred from context"),
    "history_on": ("", "on"),
    "history_for": ("计划于", "planned for"),
    "history_article": ("原文", "article"),
    "history_event": ("宣布时的事件", "the announcement"),
    "open_in_article": ("在原文中查看", "see it in the article"),
    "focus_note": ("高亮处是事件的来源句子", "The highlighted passage is the event's source"),
    "back_to_event": ("返回事件", "back to the event"),
    "search_help": (
        '写法：词 · "短语" · 词A OR 词B · -排除的词（还需一个要找的词）',
        'Write: words · "a phrase" · A OR B · -excluded (with a word to find)',
    ),
    "gained": ("近{days}天新增{n}篇", "+{n} in {days} days"),
    "untitled": ("（无标题）{lead}", "(untitled) {lead}"),
    "matching_events": ("相关事件", "Matching events"),
    "matching_kb": ("人物、机构与地点", "People, organisations and places"),
    "events_at": ("在{name}发生的事件", "events in {name}"),
    "actor_page": ("{name}的主页", "{name}'s page"),
    "segmented": (
        "没有找到“{query}”，以下是“{words}”的结果",
        "Nothing for “{query}”: results for “{words}”",
    ),
    "loose": (
        "引号或括号不成对，已按普通词搜索“{words}”",
        "A quote or parenthesis is left open: searched for the words “{words}”",
    ),
    "search_title": ("搜索“{query}”", "Search: {query}"),
    # the API's date filter (serve.queries.DATE_RULE), in a word
    "date_rule": (
        "只列出日期完全落在这段时间内的事件：筛选2021年5月时，只知是2021年或第二季度的事件不在其中",
        "Only events dated wholly within the period: May 2021 leaves out those known only as "
        "2021 or its second quarter",
    ),
    # between the names of a list (普京、特朗普; Vladimir Putin, Donald Trump)
    "list_sep": ("、", ", "),
    "all_places": ("全部地点", "All places"),
    # what one report says of the event (a source's status and date, not the event's)
    "mention_says": ("此报道：", "this report: "),
    "mention_date": ("日期", "date"),
    "events_here": ("这里的事件", "Events here"),
}

STATUS = {
    "planned": ("计划", "planned"),
    "announced": ("宣布", "announced"),
    "postponed": ("推迟", "postponed"),
    "cancelled": ("取消", "cancelled"),
    "occurred": ("已发生", "occurred"),
}
MODALITY = {
    "asserted": ("确认", "asserted"),
    "reported": ("据报道", "reported"),
    "uncertain": ("疑似", "uncertain"),
    "hypothetical": ("假设", "hypothetical"),
    "negated": ("否定", "negated"),
}
PRECISION = {
    "day": ("日", "day"),
    "approx-day": ("前后", "approximate"),
    "month": ("月", "month"),
    "early-month": ("上旬", "early month"),
    "mid-month": ("中旬", "mid month"),
    "late-month": ("下旬", "late month"),
    "year": ("年", "year"),
    "range": ("时段", "range"),
    "approx-range": ("约时段", "about a range"),
    "early-year": ("年初", "early year"),
    "mid-year": ("年中", "mid year"),
    "late-year": ("年底", "late year"),
    "half-year": ("半年", "half year"),
    "quarter": ("季度", "quarter"),
    "season": ("季节", "season"),
    "week": ("周", "week"),
    "weekend": ("周末", "weekend"),
    "decade": ("年代", "decade"),
    "century": ("世纪", "century"),
    "hour": ("小时", "hour"),
    "minute": ("分钟", "minute"),
    "second": ("秒", "second"),
    "part-of-day": ("时段", "part of day"),
    "span": ("时段", "span"),
}
#: an event actor's side (event_actors.side)
SIDE = {
    "source": ("发起方", "initiator"),
    "target": ("对象", "target"),
    "party": ("参与方", "party"),
}
#: PLOVER event types (data/events/plover.json)
PLOVER = {
    "AGREE": ("同意", "agree"),
    "CONSULT": ("磋商", "consult"),
    "SUPPORT": ("支持", "support"),
    "CONCEDE": ("让步", "concede"),
    "COOPERATE": ("合作", "cooperate"),
    "AID": ("援助", "aid"),
    "RETREAT": ("退让", "retreat"),
    "REQUEST": ("要求", "request"),
    "ACCUSE": ("指责", "accuse"),
    "REJECT": ("拒绝", "reject"),
    "THREATEN": ("威胁", "threaten"),
    "PROTEST": ("抗议", "protest"),
    "SANCTION": ("制裁", "sanction"),
    "MOBILIZE": ("动员", "mobilize"),
    "COERCE": ("强制", "coerce"),
    "ASSAULT": ("攻击", "assault"),
}
#: where an article's date was read (Article.published_from, written by dashiji.extract); a
#: platform's page is ``page:NAME``
DATE_FROM = {
    "cli": ("导入时指定", "given at ingest"),
    "header": ("文件头", "file header"),
    "html:meta": ("网页元数据", "page metadata"),
    "html:jsonld": ("网页结构化数据", "page JSON-LD"),
    "html:time": ("网页时间标签", "page time tag"),
    "html:text": ("网页正文", "page text"),
    "text:byline": ("正文署名行", "byline"),
    "url": ("网址", "URL"),
    "htmldate": ("由网页推断", "guessed from the page"),
    "source": ("来源数据", "source record"),
    "page": ("平台网页", "platform page"),
}
#: knowledge-base entry types (dashiji.kb.model.TYPES)
KB_TYPE = {
    "country": ("国家", "country"),
    "territory": ("地区", "territory"),
    "bloc": ("国家集团", "bloc"),
    "city": ("城市", "city"),
    "region": ("地区", "region"),
    "disputed_area": ("争议地区", "disputed area"),
    "building": ("建筑", "building"),
    "sea": ("海域", "sea"),
    "strait": ("海峡", "strait"),
    "island": ("岛屿", "island"),
    "peninsula": ("半岛", "peninsula"),
    "facility": ("设施", "facility"),
    "river": ("河流", "river"),
    "border": ("边境", "border"),
    "igo": ("国际组织", "international organisation"),
    "forum": ("论坛", "forum"),
    "igo_body": ("国际组织机构", "IGO body"),
    "national_body": ("国家机构", "national body"),
    "armed_group": ("武装组织", "armed group"),
    "party": ("政党", "party"),
    "court": ("法院", "court"),
    "ngo": ("非政府组织", "NGO"),
    "media": ("媒体", "media outlet"),
    "company": ("公司", "company"),
    "person": ("人物", "person"),
    "role_word": ("职务词", "role word"),
}


#: English forms for a count of one (the Chinese ones need none).
_ONE = {
    "n_articles": "{n} article",
    "n_events": "{n} event",
    "n_stories": "{n} story",
    "n_outlets": "{n} outlet",
    "n_mentions": "{n} mention",
    "unplaced": "{n} event could not be placed",
    "results": "{total} result",
    "article_results": "{total} article",
}

#: precisions a date's form already shows
_IMPLIED = {"month": re.compile(r"^\d{4}-\d\d$"), "year": re.compile(r"^\d{4}$")}
_PLAIN_DATE = re.compile(r"^\d{4}(-\d\d){0,2}$")
_CLOCK = re.compile(r"T[0-9:]+$|T[A-Z]{2}$")


class Words:
    """``t("key")`` → the word in the page's language; ``status("planned")`` and the like."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else "zh"
        self._i = LANGS.index(self.lang)

    def __call__(self, key: str, **fmt: object) -> str:
        pair = _WORDS.get(key)
        word = pair[self._i] if pair else key
        if self.lang == "en" and fmt.get("n", fmt.get("total")) == 1 and key in _ONE:
            word = _ONE[key]
        return word.format(**fmt) if fmt else word

    def _pick(self, table: dict[str, tuple[str, str]], value: str | None) -> str:
        if value is None:
            return ""
        pair = table.get(value)
        return pair[self._i] if pair else value

    def status(self, value: str | None) -> str:
        return self._pick(STATUS, value)

    def modality(self, value: str | None) -> str:
        return self._pick(MODALITY, value)

    def precision(self, value: str | None) -> str:
        return self._pick(PRECISION, value)

    def precision_note(self, value: str | None, date: str | None) -> str:
        """The precision a date's own shape does not say: none for a day (2025-10-29), a month
        (2025-10) or a year (2025) written as such; 前后 (approximate) or 上旬 (early month)
        otherwise."""
        if not value or value == "day":
            return ""
        if date and _IMPLIED.get(value) and _IMPLIED[value].match(date):
            return ""
        return self.precision(value)

    def side(self, value: str | None) -> str:
        return self._pick(SIDE, value)

    def plover(self, value: str | None) -> str:
        return self._pick(PLOVER, value)

    def kb_type(self, value: str | None) -> str:
        return self._pick(KB_TYPE, value)

    def date_from(self, value: str | None) -> str:
        """Where a date was read, in words (``cli`` → 导入时指定); an unknown source as it is."""
        if value and value not in DATE_FROM and value.startswith("page:"):
            return self._pick(DATE_FROM, "page")
        return self._pick(DATE_FROM, value)

    def aside(self, text: str) -> str:
        """A remark set apart from a date: 〔据报道日期〕; in English (by report date)."""
        return f"〔{text}〕" if self.lang == "zh" else f"({text})"

    def date(self, value: str | None) -> str:
        """A date as the page shows it: ISO days and months as they are; a week, a part of a
        year, a decade or a range in words (``2024年第4周``; in English ``2024-W04``, a range
        ``A – B``, without clock parts)."""
        if not value:
            return ""
        if _PLAIN_DATE.match(value):
            return value
        if self.lang == "zh":
            from ..export.dates import date_label

            return date_label(value)
        return " – ".join(
            _CLOCK.sub("", part) if part not in ("", "..") else "…" for part in value.split("/")
        )
