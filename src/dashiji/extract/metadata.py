"""Title, publication date, author and outlet of an HTML news page.

Evidence is taken in order of reliability:

* title: ``<h1>`` (or an ``og:title``) that the ``<title>`` contains, else ``<title>`` minus its
  site suffix ("_新浪网", " - 网易", "|人民网");
* date: ``<meta>`` tags (article:published_time, pubdate, publishdate, ...), JSON-LD
  ``datePublished``, ``<time datetime>``, then the text right around the title (the "header zone":
  "2005-5-7 21:23:57", "2022年03月01日 10:20", "发布时间：…"), the lines right after the body
  ("发表于 2005-07-31 12:30"), the URL, then a month the page gives itself
  ("《北京之春》1998年3月号", "第5期 2003年5月": returned as "YYYY-MM", ISO 8601 reduced
  precision, never with an invented day), and htmldate as a last resort.  Dates after today or
  after a date in the URL are rejected; dates in link lists and page furniture are never read.
  Numeric dates with the year last ("7/5/2005") are read day-first or month-first by the page's
  own convention (see :func:`slash_order`);
* author: bylines in the header zone and at the ends of the body ("作者：X", "记者 X", "文/X",
  "（记者 X）", "X 发表于"), ``<meta name="author">`` when it names a person, a name on its own
  line under the title; the editor ("责任编辑：X") only when nothing else names a person;
* outlet: ``og:site_name``, else the site part of the ``<title>``, else the "来源：" line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from dashiji.extract import html_blocks as hb

_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff\ue000-\uf8ff]+")


@dataclass
class Meta:
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    author: str | None = None
    outlet: str | None = None
    meta_date: str | None = None
    metas: dict[str, str] = field(default_factory=dict)


def _clean(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _meta_map(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    return out


# ---- title ------------------------------------------------------------------------------------
# Separators between a headline and the site/channel names in <title>.  A bare "-" only counts
# when spaced (" - 网易新闻"), or when what follows it is short and ends like a site name.
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——|--|－－)\s*")
_SITEY = re.compile(
    r"(网|报|台|频道|新闻|在线|网站|中心|平台|门户|社区|论坛|博客|\.com|\.cn|\.net)$"
)


def strip_site_suffix(title: str) -> tuple[str, str | None]:
    """("标题", "新浪网") from "标题_财经频道_新浪网"."""
    title = _clean(title)
    parts = [p for p in _TITLE_SPLIT.split(title) if p]
    if len(parts) <= 1:
        m = re.match(r"^(.{4,}?)\s*[-－]\s*([^-－]{2,12})$", title)
        if m and _SITEY.search(m.group(2)):
            return m.group(1), m.group(2)
        return title, None
    head = parts[0]
    # "新浪网_标题": the site first (a site name is short: "…搭建信息平台_振兴东北" is a headline)
    if len(head) <= 12 and _SITEY.search(head) and not _SITEY.search(parts[-1]):
        return max(parts[1:], key=len), head
    site = parts[-1] if len(parts[-1]) <= 20 else None
    return head, site


def _candidate_headings(root: etree._Element) -> list[str]:
    out = []
    for tag in ("h1", "h2"):
        for el in root.iter(tag):
            t = _clean(el.text_content())
            if 4 <= len(t) <= 120:
                out.append(t)
        if out:
            break
    return out


def find_title(root: etree._Element, metas: dict[str, str]) -> tuple[str | None, str | None]:
    """(title, site name from the <title> suffix)."""
    title_el = root.find(".//title")
    raw = _clean(title_el.text_content()) if title_el is not None else ""
    og = _clean(
        metas.get("og:title")
        or metas.get("twitter:title")
        or metas.get("articletitle")  # the government-site CMS standard (政府网站)
        or metas.get("title")
    )
    stripped, site = strip_site_suffix(raw) if raw else ("", None)
    norm_raw = _WS.sub("", raw)
    # a heading that is the headline part of <title> beats an <h1> that is the site's name
    # (a blog's "<h1>某某的博客</h1>" above the post's "<h2>标题</h2>")
    norm_head = _WS.sub("", stripped)
    if site and len(norm_head) >= 4:
        for tag in ("h1", "h2", "h3"):
            for el in root.iter(tag):
                t = _clean(el.text_content())
                if _WS.sub("", t) == norm_head:
                    return t, site
    for h in _candidate_headings(root):
        nh = _WS.sub("", h)
        if norm_raw and len(nh) >= 2 and nh in norm_raw:
            return h, site
    if og:
        og_stripped, og_site = strip_site_suffix(og)
        return og_stripped, site or og_site
    if stripped:
        return stripped, site
    heads = _candidate_headings(root)
    return (heads[0] if heads else None), site


# ---- dates ------------------------------------------------------------------------------------
_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "publish_time",
    "publication_date",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "weibo:article:create_at",
    "bytedance:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "firstpublishedtime",
    "releasedate",
    "date",
)
_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})[:：时](\d{2}))?"
)
_MDY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
# Words that make a line with a date a publication stamp rather than a date in a sentence.
_DATE_LABEL = re.compile(
    r"(发布|发表|发稿|更新|时间|日期|posted|published|张贴|@|来源|阅读|点击|浏览|作者|编辑)", re.I
)
_URL_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_](0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?!\d)"),
)


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_EN_MDY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+((?:19|20)\d{2})\b",
    re.I,
)
_EN_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?"
    r"\s+((?:19|20)\d{2})\b",
    re.I,
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if day.year < 1990 or day > dt.date.today() + dt.timedelta(days=1):
        return None
    return day.isoformat()


# A 12-hour clock after a numeric date: the en-US format ("7/5/2005 9:23:57 PM"), month first.
_AMPM = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b")


def slash_order(texts: list[str]) -> str | None:
    """The page's convention for numeric dates with the year last: "DMY", "MDY" or None.

    A date whose first field is above 12 ("17/9/2004") can only be day-first, one whose second
    field is above 12 ("9/17/2004") only month-first; the page's other such dates are read the
    same way.  None when the page has no unambiguous one, or has both kinds.
    """
    dmy = mdy = False
    for text in texts:
        if "/" not in text:
            continue
        for m in _MDY.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            dmy |= a > 12 and b <= 12
            mdy |= b > 12 and a <= 12
    if dmy == mdy:
        return None
    return "DMY" if dmy else "MDY"


def _slash_date(m: re.Match[str], text: str, order: str | None) -> str | None:
    """A/B/YYYY by ``order`` (the page's convention); without one, month-first only when a
    12-hour clock follows (the en-US format of ASP/.NET servers, "7/5/2005 9:23:57 PM"), else
    day-first, the convention of nearly everywhere else that writes the year last (Hong Kong,
    Singapore, Malaysia, Europe: "06/02/2022 - 13:48")."""
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 or b > 12:  # only one reading
        return _valid(y, a, b) or _valid(y, b, a)
    if order is None:
        order = "MDY" if _AMPM.match(text, m.end()) else "DMY"
    return _valid(y, a, b) if order == "MDY" else _valid(y, b, a)


def parse_date(text: str, order: str | None = None) -> str | None:
    """The first plausible calendar date in ``text``, as YYYY-MM-DD.

    ``order``: how to read a numeric date with the year last ("DMY"/"MDY", from
    :func:`slash_order`); None decides from the clock that follows it.
    """
    m = _YMD.search(text)
    if m:
        got = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if got:
            return got
    m = _MDY.search(text)
    if m:
        return _slash_date(m, text, order)
    m = _EN_MDY.search(text)
    if m:
        return _valid(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    m = _EN_DMY.search(text)
    if m:
        return _valid(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    return None


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    for rx in _URL_DATE:
        for m in rx.finditer(url):
            got = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if got:
                return got
    m2 = re.search(r"/((?:19|20)\d{2})-?(0[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/", url)
    if m2:
        return _valid(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
    return None


# A year and month without a day: "1998年3月号", "2003年5月", "2003-05".
_YM = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d)|[-/.](0[1-9]|1[0-2])(?![\d./-]))"
)
# What may stand next to the month on a dateline: a publication's name, an issue number, a label
# ("原载", "发表时间："), "号"/"刊"/"份" and punctuation.  Anything else ("2003年5月，我们…",
# "2006年12月(5)", "2004年3月底") makes it a date in a sentence or a list, not the page's own.
_DATELINE_REST = re.compile(
    r"《[^》]{1,30}》|〈[^〉]{1,30}〉|(?:(?:19|20)\d{2}\s*年\s*)?总?第\s*[\d一二三四五六七八九十百]+\s*[期卷辑]|"
    r"原载|转载自|载于|刊于|刊登于|发表于|出版|号|刊|期|份|(?:发布|发表|出版|更新)?(?:时间|日期)|"
    r"[\s\-—–－_·•:：,，.。;；/|()（）\[\]【】<>]"
)


def month_dateline(text: str) -> str | None:
    """ "YYYY-MM" when ``text`` is a dateline giving only a year and month, else None.

    "——《北京之春》1998年3月号" -> "1998-03", "第5期 2003年5月" -> "2003-05"; a month inside a
    sentence, a range or a list entry is not a dateline.  The day is never guessed.
    """
    if len(text) > 40:
        return None
    found = list(_YM.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    if _DATELINE_REST.sub("", text[: m.start()] + " " + text[m.end() :]):
        return None
    y, mo = int(m.group(1)), int(m.group(2) or m.group(3))
    today = dt.date.today()
    if not (1 <= mo <= 12) or y < 1990 or (y, mo) > (today.year, today.month):
        return None
    return f"{y:04d}-{mo:02d}"


def _jsonld_date(root: etree._Element) -> str | None:
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', s.text)
        if m:
            got = parse_date(m.group(1))
            if got:
                return got
    return None


def meta_date(root: etree._Element, metas: dict[str, str]) -> tuple[str | None, str | None]:
    for key in _META_DATE_KEYS:
        v = metas.get(key)
        if v:
            got = parse_date(v)
            if got:
                return got, "html:meta"
    got = _jsonld_date(root)
    if got:
        return got, "html:jsonld"
    return None, None


# The elements ``body.iterfind('.//*[@itemprop="datePublished"]')`` gives, in the same order:
# the body's itemprop values first (libxml2's attribute axis, no predicate), and the elements
# only when one is datePublished (ElementPath tests every element in Python, libxml2's
# predicate is slower still; most pages have none).
_ITEMPROPS = etree.XPath("descendant::*/@itemprop", smart_strings=False)
_WITH_ITEMPROP = etree.XPath("descendant::*[@itemprop]")


def _date_published(body: etree._Element) -> list[etree._Element]:
    if "datePublished" not in _ITEMPROPS(body):  # type: ignore[operator]
        return []
    found: list[etree._Element] = _WITH_ITEMPROP(body)  # type: ignore[assignment]
    return [el for el in found if el.get("itemprop") == "datePublished"]


def time_element_date(root: etree._Element) -> str | None:
    """``<time datetime>`` or an ``itemprop="datePublished"`` element in the body."""
    body = root.find("body")
    if body is None:
        return None
    for el in _date_published(body):
        got = parse_date(el.get("content") or el.get("datetime") or el.text_content())
        if got:
            return got
    for el in body.iter("time"):
        # the first <time> of the page; later ones belong to comments and lists
        return parse_date(el.get("datetime") or "") or parse_date(el.text_content())
    return None


# ---- authors ----------------------------------------------------------------------------------
# Common Chinese surnames (the ~400 most frequent single ones and the usual compound ones): a run
# of 2-4 Han characters after a weak cue ("记者", "发表于") is taken for a name only when it starts
# with one, so "据记者了解" or "记者博客" do not produce an author.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由凤黑钮红洪风"
)
_COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 "
    "西门 百里 呼延 万俟 东郭 澹台 申屠 太史 闻人"
).split()
_HAN_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·•]{1,3}")
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{2,24}")
_LOOSE_NAME = re.compile(r"[^\s:：,，。;；|/\\\[\]【】()（）<>《》\"“”]{2,16}")
# Words that end a run of names ("记者 张三 李四 北京报道", "文/张三 编辑：李四").
_STOP = re.compile(
    r"(来源|编辑|责编|责任|时间|日期|发布|发表|出处|摄影|摄|报道|发自|电|综合|整理|通讯员|实习生|"
    r"记者|作者|点击|阅读|评论|字号|分享|图|文章|新闻|\d)"
)
_NOT_NAME = re.compile(
    r"(网|报|社|台|刊|部|局|厅|委|会|院|站|中心|集团|公司|频道|新闻|日报|晚报|时报|编辑|转载|"
    r"原创|未知|佚名|本站|admin|匿名|不详|来源|供稿|图片|视频|客户端|杂志|出版|大学|政府)$",
    re.I,
)
_NAME_SEP = re.compile(r"[\s、，,/／和与]+")


# Words that fill a name slot on portal pages without being names.
_NOT_NAMES = frozenset(
    """关注 订阅 分享 收藏 举报 点赞 评论 回复 登录 注册 首页 更多 返回 打印 关闭 正文 本文 本站
    小编 网友 游客 匿名 佚名 未知 不详 原创 转载 整理 综合 the a an this that his her their our
    its my your user users admin administrator editor staff""".split()
)


def _is_person(tok: str, strict: bool) -> bool:
    if _NOT_NAME.search(tok) or tok.lower() in _NOT_NAMES:
        return False
    if re.fullmatch(r"[\u4e00-\u9fff]{7,}", tok):  # a phrase, not a name or pen name
        return False
    if _HAN_NAME.fullmatch(tok):
        if not strict:
            return True
        return tok[0] in _SURNAMES or tok[:2] in _COMPOUND_SURNAMES
    if _HANDLE.fullmatch(tok):
        return True
    return not strict and bool(_LOOSE_NAME.fullmatch(tok)) and not tok.isdigit()


def _names_after(text: str, strict: bool = True) -> str | None:
    """The run of person names at the start of ``text`` ("张三、李四 北京报道" -> "张三、李四").

    ``strict``: Han names must start with a common surname; otherwise (after an explicit label
    such as "作者：") any short token without label words is accepted ("放飞&心情").
    """
    text = text.lstrip(" :：/／|｜[]【】()（）<>")
    text = re.split(r"[)）\]】>》。；;！!？?]", text, maxsplit=1)[0]  # a name run ends at a bracket
    end = 0
    pos = 0
    for m in _NAME_SEP.finditer(text + " "):
        tok = text[pos : m.start()]
        tok_start = pos
        pos = m.end()
        if not tok:
            continue
        cut = _STOP.search(tok)
        if cut and cut.start() == 0:
            break
        if cut:
            tok = tok[: cut.start()]
        if not _is_person(tok, strict):
            break
        end = tok_start + len(tok)
        if cut:
            break
    name = text[:end].strip(" 、，,/／")
    return name or None


# (pattern, priority, strict, needs): lower priority is better; ``needs``, strings one of which
# a line holds wherever the pattern matches in it: a line with none of them is not searched
# (most lines hold none, and a pattern opening with a character class, or a group, is tried at
# each position of the line: ``(\S+)\s*发表于`` backtracks over every run without spaces).
_BYLINES: list[tuple[re.Pattern[str], float, bool, tuple[str, ...]]] = [
    (
        re.compile(r"(?:作\s*者|执笔人?|撰\s*文|撰稿人?|口述|译\s*者)\s*[:：]\s*(.+)"),
        0.9,
        False,
        ("作", "执笔", "撰", "口述", "译"),
    ),
    (re.compile(r"(?:^|[\s(（【\[|])文\s*[/／:：|]\s*(.+)"), 1, False, ("文",)),
    (re.compile(r"[（(][^()（）]{0,12}记者\s*[:：]?\s*([^()（）]+)[)）]"), 1, False, ("记者",)),
    (re.compile(r"(?:记者|实习生|通讯员)\s*[:：]?\s*(.+)"), 1, True, ("记者", "实习生", "通讯员")),
    (
        re.compile(r"(?:发信人|楼主|发帖人|博主)\s*[:：]\s*(.+)"),
        2,
        False,
        ("发信人", "楼主", "发帖人", "博主"),
    ),
    (re.compile(r"本贴由\s*(.+?)\s*于"), 2, False, ("本贴由",)),
    (re.compile(r"由\s*(\S+?)\s*(?:张贴|发表|发布|发贴|于)"), 2, True, ("由",)),
    (re.compile(r"(\S+)\s*发表于"), 2, True, ("发表于",)),
    (re.compile(r"是\s*(\S{2,12}?)\s*在.{0,30}发表"), 2, False, ("发表",)),
    (re.compile(r"(?<![Pp]owered )\b[Bb]y\s+(\S+)"), 2, False, ("By", "by")),
    (re.compile(r"[\[【]\s*([^\[\]【】]{2,12}?)\s*[\]】]\s*来\s*源"), 2, True, ("来",)),
    (re.compile(r"(?:来\s*源|稿\s*源)\s*[:：]\s*(.+)"), 5, True, ("源",)),
    (re.compile(r"(?:责任编辑|责\s*编|编\s*辑|主\s*编)\s*[:：]\s*(.+)"), 8, False, ("编",)),
]
_ISSUER = re.compile(r"(?:发文机关|发布机构|发布单位)\s*[:：]\s*(\S{2,30})")
# Bylines are read within this many characters of a line's start (a trailing "（张三）" of its
# end): the patterns backtrack, and over a line of a megabyte without spaces ``(\S+)\s*发表于``
# alone took minutes.
BYLINE_SCAN = 1000
# "（张三 李四）", "（张三 上海报道）" closing a paragraph.
_TRAILING_PAREN = re.compile(
    r"[（(]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,4})"
    r"\s*(?:[\u4e00-\u9fff]{0,8}报道)?\s*[)）]\s*$"
)


def _person_like(value: str | None) -> bool:
    if not value:
        return False
    v = value.strip()
    if len(v) > 30 or "http" in v or "www" in v or ("." in v and " " not in v):
        return False
    if re.fullmatch(r"[A-Za-z]{0,3}_?\d+", v) or re.fullmatch(r"[a-z0-9]+_[a-z0-9_]+", v):
        return False  # an account id ("L_104485", "sina_mobile"), not a name
    return not _NOT_NAME.search(v) and "网" not in v


def find_author(
    zones: list[tuple[list[str], float]],
    trailing: list[str],
    metas: dict[str, str],
    name_lines: Sequence[str] = (),
) -> str | None:
    """Best byline in the text zones and the meta tags.

    ``zones`` are (lines, penalty) pairs: the header zone (penalty 0), short lines after and at
    the ends of the body (0.5: a blog's "作者:" footer), and long body paragraphs (2: a byline
    quoted inside the text, "本报讯（实习记者 张三）").  Each pattern has a priority
    (explicit "作者：" 0.9, "记者" 1, forum and blog stamps 2, "来源：<name>" 5, the editor 8);
    the lowest priority + penalty wins, then the earliest line.
    """
    best: tuple[float, int, str] | None = None

    def offer(prio: float, pos: int, name: str) -> None:
        nonlocal best
        if best is None or (prio, pos) < best[:2]:
            best = (prio, pos, name)

    pos = 0
    for lines, penalty in zones:
        # a label alone on its line takes its value from the next one ("发文机关：" / "某某政府")
        lines = [t[:BYLINE_SCAN] for t in lines]
        joined = [
            t + lines[i + 1] if t.rstrip().endswith((":", "：")) and i + 1 < len(lines) else t
            for i, t in enumerate(lines)
        ]
        for text in joined:
            pos += 1
            for rx, prio, strict, needs in _BYLINES:
                if prio >= 2 and penalty >= 2:
                    continue  # stamps ("by X", "X 发表于") are read on short lines only
                if not any(n in text for n in needs):
                    continue
                for m in rx.finditer(text):
                    names = _names_after(m.group(1), strict)
                    if prio == 5 and names and (len(names) > 4 or " " in names):
                        names = None  # "来源：X" names a person only when X is a bare name
                    if names:
                        offer(prio + penalty, pos, names)
                        break
            issuer = _ISSUER.search(text)
            if issuer:
                offer(3 + penalty, pos, issuer.group(1))
    for text in trailing:
        pos += 1
        paren = _TRAILING_PAREN.search(text[-BYLINE_SCAN:])
        if paren:
            names = _names_after(paren.group(1), strict=True)
            if names:
                offer(3, pos, names)
    for text in name_lines:
        text = text[:BYLINE_SCAN]
        pos += 1
        # a name on its own line under the headline ("胡平", "赵延东、风笑天")
        cand = _names_after(text, strict=True)
        if cand and _WS.sub("", cand) == _WS.sub("", text):
            offer(4, pos, cand)
    for key in ("citation_author", "citation_authors", "author", "article:author", "dc.creator"):
        v = metas.get(key)
        if v and _person_like(v):
            offer(1 if key.startswith("citation") else 4, 0, _clean(v))
            break
    return best[2] if best else None


# ---- entry points -----------------------------------------------------------------------------
def extract_metadata(root: etree._Element, url: str | None) -> Meta:
    """What the <head> says: title, site name, meta date and author."""
    metas = _meta_map(root)
    title, site = find_title(root, metas)
    meta = Meta(title=title or None)
    meta.outlet = _clean(metas.get("og:site_name") or metas.get("application-name")) or None
    if not meta.outlet and site and _SITEY.search(site):
        meta.outlet = site
    meta.meta_date, meta.published_from = meta_date(root, metas)
    meta.metas = metas
    return meta


def _texty(line: hb.Line) -> bool:
    return hb.body_like(line) or (line.chars >= 20 and line.punct >= 1 and line.link_chars == 0)


def _title_index(seg: hb.Segmented, title: str | None, first_body: int) -> int:
    """Index of the line holding the headline, searching backwards from the body."""
    if not title:
        return -1
    nt = _WS.sub("", title)
    if not nt:
        return -1
    top = min(first_body, len(seg.lines) - 1)
    window = range(top, max(-1, top - 40), -1)
    # the earliest line within 40 lines above the body holding the whole headline (pages
    # repeat the headline inside the article box; the stamp sits under the first one) ...
    found = -1
    for i in window:
        t = _WS.sub("", seg.lines[i].text)
        if t and nt in t and len(t) <= 2 * len(nt):
            found = i
    if found >= 0:
        return found
    for i in window:  # ... else the nearest line holding most of it
        t = _WS.sub("", seg.lines[i].text)
        if len(t) >= 6 and t in nt and len(t) >= 0.6 * len(nt):
            return i
    return -1


def complete_from_text(
    meta: Meta,
    seg: hb.Segmented,
    kept: list[hb.Line],
    root: etree._Element,
    html: str,
    url: str | None,
) -> None:
    """Fill date, author and outlet from the page text around the article body."""
    metas = meta.metas
    index = {id(line): i for i, line in enumerate(seg.lines)}
    body_idx = [index[id(ln)] for ln in kept if id(ln) in index]
    first = body_idx[0] if body_idx else 0
    last = body_idx[-1] if body_idx else len(seg.lines) - 1
    # the first line of running text: bylines and dates sit between the headline and it
    # (a paragraph, or a punctuated line of a hard-wrapped text), never before the 3rd line
    body_start = next(
        (index[id(ln)] for ln in kept if id(ln) in index and _texty(ln)), len(seg.lines) - 1
    )
    body_start = max(min(body_start, first + 8), first + 2)
    t_idx = _title_index(seg, meta.title, body_start)
    # header zone: from the headline (or 8 lines above the body) to the first body paragraph
    start = t_idx if 0 <= t_idx < body_start and body_start - t_idx <= 40 else max(0, first - 8)
    header = seg.lines[start : body_start + 1]
    if start != t_idx:  # no headline found: keep the link lists of the page top out
        header = [ln for ln in header if ln.link_density <= 0.5]
    trailing = []
    for ln in seg.lines[last + 1 : last + 5]:
        if hb.is_tail_heading(ln):
            break  # dates in "相关阅读" lists are other articles' dates
        if ln.link_density <= 0.3 or _POSTED.search(ln.text):
            trailing.append(ln)

    # date
    url_date = date_from_url(url)
    order = slash_order([ln.text for ln in seg.lines])
    published, source = meta.meta_date, meta.published_from
    if not published:
        published = time_element_date(root)
        source = "html:time" if published else None
    if not published:
        kept_ids = {id(ln) for ln in kept}
        published = _date_in_zone(header, nearest_last=True, body=kept_ids, order=order)
        if not published and start == t_idx:
            # a stamp just above the headline (forum archives: "2003-5-29 09:07 用户名")
            above = [ln for ln in seg.lines[max(0, t_idx - 2) : t_idx] if ln.link_density <= 0.5]
            published = _date_in_zone(above, nearest_last=True, body=kept_ids, order=order)
        if not published:
            published = _date_in_zone(trailing, nearest_last=False, stamps_only=True, order=order)
        source = "html:text" if published else None
    if published and url_date and published > url_date:
        # the page cannot be published after the URL that carries it was minted
        published, source = None, None
    if not published and url_date:
        published, source = url_date, "url"
    if not published:
        published = _month_of_page(seg, index, header, t_idx if start == t_idx else -1, kept)
        if published and url_date and published > url_date:
            published = None
        source = "html:text" if published else None
    if not published:
        published = _htmldate(html, url)
        if published and url_date and published > url_date:
            published = None
        if published and any(
            ln.link_chars and published == parse_date(ln.text, order)
            for ln in seg.lines
            if hb._DATETIME.search(ln.text) or _YMD.search(ln.text)
        ):
            published = None  # htmldate read it off a link list ("相关阅读 ... 2019-01-02")
        source = "htmldate" if published else None
    meta.published, meta.published_from = published, source

    # author
    head_texts = [ln.text for ln in header if ln.chars <= 60]
    after = [ln.text for ln in seg.lines[last + 1 : last + 9]]  # names are often links here
    ends = kept[:2] + kept[-3:]
    short_ends = [ln.text for ln in ends if ln.chars <= 40]
    long_ends = [ln.text for ln in ends if ln.chars > 40]
    long_ends += [ln.text for ln in header if ln.chars > 60]
    short_body = [ln.text for ln in kept[2:-3] if ln.chars <= 40]
    name_lines = [
        ln.text for ln in header if ln.chars <= 12 and ln.punct <= 1 and ln.link_density <= 0.5
    ]
    author = find_author(
        [(head_texts, 0.0), (short_ends + after, 0.5), (long_ends + short_body, 2.0)],
        [ln.text for ln in kept[-3:]] + after[:3],
        metas,
        name_lines,
    )
    meta.author = author


# A month named with where it appeared ("《北京之春》1998年3月号", "原载…", "第5期") or a label.
_ISSUE_MARK = re.compile(r"[《〈号期刊]|原载|载于|发表|出版|时间|日期")
# The lines around a calendar widget's caption ("<  2006年12月  >", then "Su Mo Tu …").
_CALENDAR = re.compile(
    r"^([<>«»‹›]|上一?月|下一?月|日历|Su|Mo|Sun|Mon|日|一|周日|周一|星期[日天一]|\d{1,2})$", re.I
)


def _month_of_page(
    seg: hb.Segmented,
    index: dict[int, int],
    header: list[hb.Line],
    t_idx: int,
    kept: list[hb.Line],
) -> str | None:
    """ "YYYY-MM" when the page gives itself only a month; nearest the body first.

    Between the headline and the body a bare month counts ("2003年5月" under a report's
    byline) unless it captions a calendar widget; at the end of the body and after it only a
    marked one ("——《北京之春》1998年3月号"), as blog archives list bare months there.
    """
    last = index.get(id(kept[-1]), len(seg.lines)) if kept else len(seg.lines)
    above = seg.lines[max(0, t_idx - 2) : t_idx] if t_idx >= 0 else []
    after = []
    for ln in seg.lines[last + 1 : last + 5]:
        if hb.is_tail_heading(ln):
            break
        after.append(ln)
    zones = [(ln, False) for ln in [*reversed(header), *above]]
    zones += [(ln, True) for ln in [*kept[-3:], *after]]
    for ln, marked_only in zones:
        got = None if ln.link_density > 0.5 else month_dateline(ln.text)
        if not got or (marked_only and not _ISSUE_MARK.search(ln.text)):
            continue
        i = index.get(id(ln), -1)
        near = seg.lines[max(0, i - 2) : i] + seg.lines[i + 1 : i + 3] if i >= 0 else []
        if any(_CALENDAR.match(n.text) for n in near):
            continue
        return got
    return None


_POSTED = re.compile(r"(发表|发布|张贴|发帖|posted)", re.I)
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_LIST_ITEM = re.compile(r"^\s*(\[\s*\d|[·•●◆■□▪\-*]|\d{1,2}[.、]\D)")


def _date_in_zone(
    zone: list[hb.Line],
    nearest_last: bool,
    stamps_only: bool = False,
    body: set[int] | None = None,
    order: str | None = None,
) -> str | None:
    """A date from the header zone (or the lines after the body).

    A labelled date ("发布时间：", "发表于", "日期") beats an unlabelled one; among equals the one
    is not article text (a date inside a body paragraph is an event date) and then the one
    nearest the body wins (the header zone runs from the headline down to the body, and dates
    further up belong to the site: "建立于:2004年10月6日").  After the body only stamp-like lines
    count (a label or a clock time, not a list item such as "[2005-08-17] 标题").
    """
    found: list[tuple[bool, bool, int, str]] = []
    for k, ln in enumerate(zone):
        if ln.chars > 200 or _LIST_ITEM.match(ln.text):
            continue
        got = parse_date(ln.text, order)
        if not got:
            continue
        labelled = bool(_DATE_LABEL.search(ln.text))
        if stamps_only and not (labelled or _CLOCK.search(ln.text)):
            continue
        outside = body is None or id(ln) not in body
        found.append((labelled, outside, k if nearest_last else -k, got))
    if not found:
        return None
    return max(found)[3]


def _htmldate(html: str, url: str | None) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover
        return None
    try:
        got = find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:
        return None
    return got if got and _valid(*map(int, got.split("-"))) else None
