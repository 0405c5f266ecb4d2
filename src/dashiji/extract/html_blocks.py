"""Main-content detection for Chinese news pages: text lines, density scores, boilerplate rules.

The page is cut into *lines*: the text between two block boundaries (a block-level tag opening or
closing, or a ``<br>``).  Each line knows its characters, how many of them sit inside links, how
many Chinese/Latin punctuation marks its own text holds (the GNE observation: body text is
punctuated, navigation and link lists are not) and the chain of elements above it.

Every line gets a value: positive for punctuated running text, negative for link text and for
short unpunctuated lines.  An element's score is the sum of the values of the lines below it; the
main content is the element with the highest score (a maximum-sum subtree: adding a navigation bar
or a related-links list lowers the sum, so the winner is the tightest element around the body).
Siblings of the winner that hold body-like text of their own are added back (bodies split by an
advertisement or by pagination), then line-level rules drop what a portal puts inside the body
container: editor/source lines, share and comment counters, "相关推荐" lists, copyright notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .text_chrome import load_chrome, simplified, undecorated

# Tags whose whole subtree is never article text.
DROP_TAGS = frozenset(
    """script style noscript iframe frame frameset object embed applet select option textarea
    button input svg canvas template map area link meta head title nav aside footer audio video
    source param base""".split()
)

# Tags that start a new line.
BLOCK_TAGS = frozenset(
    """p div td th tr table tbody thead tfoot li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article
    blockquote pre center form fieldset hr main header figure figcaption caption address body
    html legend details summary""".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())

# class/id words that mark a subtree as page furniture.  Matched against the tokens of the
# class and id attributes (split on anything not a letter or digit, lower-cased); prefixes catch
# "commentlist", "sharebox", "relatednews", "recommendlist", "footerwrap" and the like.
BAD_WORDS = frozenset(
    """nav navbar navi menu breadcrumb breadcrumbs crumb crumbs footer foot sidebar sidenav
    copyright share sharebar bdshare comment comments reply replies related recommend recommended
    advert advertisement ads ad banner login toolbar tags tag hotnews hot_news pager pagination
    disclaimer statement""".split()
)
BAD_PREFIXES = (
    "comment",
    "recommend",
    "related",
    "share",
    "footer",
    "copyright",
    "breadcrumb",
    "sidebar",
    "advert",
    "hotnews",
    "relate",
)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

# Punctuation that marks running text.  Sentence punctuation only: brackets, quotes and dashes
# also decorate navigation ("【新闻】", ">>") so they are not counted.
PUNCT = frozenset("，。！？；：、,!?;")
_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff\ue000-\uf8ff]+")


@dataclass(slots=True)
class Line:
    text: str
    chars: int  # characters without white space
    link_chars: int
    punct: int  # punctuation marks outside links
    path: tuple[int, ...]  # ids of the elements above this line, root first
    bad: bool  # under an element whose class/id names page furniture
    heading: bool
    caption: bool
    value: float = 0.0

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass
class Segmented:
    lines: list[Line] = field(default_factory=list)
    elements: list[etree._Element] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    hidden: int = 0  # elements left unread as hidden by CSS (none with ``reveal``)


_NO_NAMES = (None, None)


# Every character _WS matches but the ASCII space is one str.isprintable() rejects (white space,
# format and private-use characters: a test checks the whole range), so a printable text without
# two spaces in a row is its own _WS.sub(" ", ...): the regex runs only on the other texts.
def _collapse_ws(text: str) -> str:
    """``_WS.sub(" ", text)``."""
    if text.isprintable() and "  " not in text:
        return text
    return _WS.sub(" ", text)


def _chars(text: str) -> int:
    """``len(_WS.sub("", text))``: the characters of ``text`` that are not white space."""
    if text.isprintable():  # its only _WS characters are ASCII spaces (see _collapse_ws)
        return len(text) - text.count(" ")
    return len(_WS.sub("", text))


def _is_bad(el: etree._Element) -> bool:
    attrs = (el.get("class") or "") + " " + (el.get("id") or "")
    if not attrs.strip():
        return False
    for tok in _TOKEN_SPLIT.split(attrs.lower()):
        if not tok:
            continue
        if tok in BAD_WORDS or tok.startswith(BAD_PREFIXES):
            return True
    return False


def _hidden(el: etree._Element) -> bool:
    style = el.get("style")
    if style and "none" in style:
        s = style.replace(" ", "").lower()
        if "display:none" in s or "visibility:hidden" in s:
            return True
    return el.get("hidden") is not None


class _Kind:
    """What the line walk does with the elements of one tag name."""

    __slots__ = ("block", "heading", "caption", "pre", "link", "flags")

    def __init__(
        self,
        block: bool = False,
        heading: int = 0,
        caption: int = 0,
        pre: int = 0,
        link: bool = False,
    ) -> None:
        self.block = block  # starts a new line
        self.heading = heading
        self.caption = caption
        self.pre = pre
        self.link = link  # an <a> (the name as written: ``A`` is not one)
        self.flags = bool(heading or caption or pre)


_SKIP = _Kind()  # a subtree never read
_BR = _Kind(block=True)
_KINDS: dict[str, _Kind] = {}


def _tag_kind(tag: str) -> _Kind:
    kind = _KINDS.get(tag)
    if kind is None:
        low = tag.lower()
        if low in DROP_TAGS or low == "img":
            kind = _SKIP
        elif low == "br":
            kind = _BR
        else:
            kind = _Kind(
                block=low in BLOCK_TAGS,
                heading=int(low in HEADING_TAGS),
                caption=int(low == "figcaption"),
                pre=int(low == "pre"),
                link=tag == "a",
            )
        if len(_KINDS) < 2000:  # the tag names of hostile pages are not kept without end
            _KINDS[tag] = kind
    return kind


# Repeated cards: CARD_MIN or more sibling elements of one tag and class (of CARD_TAGS), each
# opening with a link (a headline, a name) and holding some text of its own -- a feed of other
# stories with their summaries, a list of films with synopses, of people with their bios.  An
# article's paragraphs do not each open with a link, so the cards are page furniture however
# punctuated their summaries are.  Three: two alike may be chance, and no recommendation feed
# seen shows fewer; not tuned.
CARD_MIN = 3
CARD_TAGS = frozenset("li div dl dd article section".split())
# as they stand in a tree: lxml's HTML parser gives every tag name in lower case
_CARD_TAG_NAMES = tuple(sorted(CARD_TAGS))


def _opens_with_link(el: etree._Element) -> bool:
    first = next((t for t in el.itertext() if t.strip()), None)
    if first is None:
        return False
    for a in el.iter("a"):
        text = a.text_content().strip()
        if text:
            return first.strip() in text or text.startswith(first.strip())
    return False


def card_lists(root: etree._Element) -> set[etree._Element]:
    """The members of every repeated-card list under ``root`` (see :data:`CARD_MIN`)."""
    found: set[etree._Element] = set()
    # the elements of CARD_TAGS under ``root`` by parent, tag and class, found in C (a walk of
    # every parent's children in Python was most of the time)
    groups: dict[tuple[etree._Element, str, str], list[etree._Element]] = {}
    for child in root.iter(*_CARD_TAG_NAMES):
        if child is not root:
            key = (child.getparent(), child.tag, child.get("class") or "")
            groups.setdefault(key, []).append(child)
    for members in groups.values():
        if len(members) >= CARD_MIN and all(_opens_with_link(m) for m in members):
            found.update(members)
    return found


def segment(
    root: etree._Element,
    show: etree._Element | None = None,
    reveal: bool = False,
    cards: set[etree._Element] | None = None,
) -> Segmented:
    """Cut the tree under ``root`` into lines (see the module docstring).

    ``show``: an element known to hold the article (a platform's body container): it is read
    even when hidden by CSS, and class names inside it are not taken for furniture.  ``reveal``:
    read every element hidden by CSS (a page whose article is hidden until scripts run).
    ``cards``: :func:`card_lists` of ``root``, when the caller has them already.
    """
    seg = Segmented()
    if cards is None:
        cards = card_lists(root)
    lines = seg.lines
    elements = seg.elements
    parents = seg.parent
    # the text pieces of the line being read: (text, inside a link); white space opening a line
    # is left out (the line's text is stripped, and it holds no characters or punctuation)
    buf: list[tuple[str, bool]] = []
    # the open elements: their index in ``elements``, whether they sit in a link, and their flags
    stack: list[int] = []
    open_els: list[etree._Element] = []
    in_link: list[bool] = []
    kinds: list[_Kind] = []
    bads: list[bool] = []
    counts = [0, 0, 0, 0]  # open elements that are bad, headings, captions, <pre>
    trusted = 0
    bad_names: dict[tuple[str | None, str | None], bool] = {}
    kinds_of = _KINDS

    def flush() -> None:
        if counts[3] and any("\n" in t for t, _ in buf):
            pieces = buf[:]
            buf.clear()
            for row in "".join(t for t, _ in pieces).split("\n"):
                buf.append((row, False))
                flush_one()
            return
        flush_one()

    def flush_one() -> None:
        if len(buf) == 1:
            piece, linked = buf[0]
            plain = "" if linked else piece
            linked_text = piece if linked else ""
        else:
            piece = "".join([t for t, _ in buf])
            plain = "".join([t for t, a in buf if not a])
            linked_text = "".join([t for t, a in buf if a])
        buf.clear()
        text = _collapse_ws(piece).strip()
        if not text:
            return
        # every space left in ``text`` stands for a run of white space: the rest are characters
        chars = len(text) - text.count(" ")
        if not chars:
            return
        lines.append(
            Line(
                text=text,
                chars=chars,
                link_chars=_chars(linked_text) if linked_text else 0,
                punct=sum(map(plain.count, PUNCT)) if plain else 0,
                path=tuple(stack),
                bad=counts[0] > 0,
                heading=counts[1] > 0,
                caption=counts[2] > 0,
            )
        )

    # Opening and closing events in document order, in C: unclosed <font>/<div> tags on old
    # pages nest thousands deep.  A comment's (or processing instruction's) tail is text too.
    walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        if event == "start":
            tag = el.tag
            # Open ``el`` unless its subtree is skipped
            kind = kinds_of.get(tag)
            if kind is None:
                kind = _tag_kind(tag) if isinstance(tag, str) else _SKIP
            if kind is not _SKIP:
                if el is show:
                    trusted += 1
                elif not reveal:
                    style = el.get("style")  # as _hidden(el)
                    if style and "none" in style:
                        style = style.replace(" ", "").lower()
                        if "display:none" in style or "visibility:hidden" in style:
                            kind = _SKIP
                    if el.get("hidden") is not None:
                        kind = _SKIP
                    if kind is _SKIP:
                        seg.hidden += 1
            if kind is _BR:
                if buf:
                    flush()
                kind = _SKIP
            if kind is _SKIP:
                if el is root:
                    return seg
                walk.skip_subtree()
                continue
            if buf and kind.block:
                flush()
            link = el is not root and (in_link[-1] or kind.link)
            parents.append(stack[-1] if stack else -1)
            stack.append(len(elements))
            elements.append(el)
            open_els.append(el)
            # children of the root are in a link when it is one; its own text is not
            in_link.append(kind.link if el is root else link)
            if trusted:
                bad = False
            else:  # as _is_bad(el) or el in cards, the answer kept for each class and id
                key = (el.get("class"), el.get("id"))
                found = False
                if key != _NO_NAMES:
                    known = bad_names.get(key)
                    if known is None:
                        known = bad_names[key] = _is_bad(el)
                    found = known
                bad = found or el in cards
            kinds.append(kind)
            bads.append(bad)
            if bad:
                counts[0] += 1
            if kind.flags:
                counts[1] += kind.heading
                counts[2] += kind.caption
                counts[3] += kind.pre
            text = el.text
            if text and (buf or not text.isspace()):
                buf.append((text, link))
            continue
        if event == "end" and open_els and el is open_els[-1]:
            # close ``el``
            kind = kinds.pop()
            if buf and kind.block:
                flush()
            if bads.pop():
                counts[0] -= 1
            if kind.flags:
                counts[1] -= kind.heading
                counts[2] -= kind.caption
                counts[3] -= kind.pre
            stack.pop()
            open_els.pop()
            in_link.pop()
            if el is show:
                trusted -= 1
            if el is root:
                break
        # the tail of a closed or skipped element (or of a comment) is its parent's text
        tail = el.tail
        if tail and (buf or not tail.isspace()):
            buf.append((tail, in_link[-1]))
    if buf:
        flush()
    return seg


# ---- line values and the main-content element -------------------------------------------------
def line_value(line: Line) -> float:
    """How much a line speaks for the element around it being the article body.

    Calibration (cwced-zh + magic-html-zh-dev, 95 pages): body paragraphs have a link density
    near 0 and about one punctuation mark per 10-25 characters; navigation and link lists have
    link density above 0.5 and no punctuation.  Link characters count double against an element
    so a link list of the same size as a paragraph more than cancels it; an unpunctuated short
    line costs a little (menus, counters, labels), a constant 3 per line so a menu of twenty
    items weighs like a 60-character paragraph.
    """
    own = line.chars - line.link_chars
    if line.punct and _KV_LINE.match(line.text):
        # "导演：林舟 主演：陈默", "类型：剧情 上映：2023-12-30": an info card's fields, no prose
        return -3.0 - 2.0 * line.link_chars
    if line.bad:
        return -0.5 * line.chars - 3
    if line.chars and line.link_chars / line.chars > 0.5:
        return -2.0 * line.link_chars - 3
    if line.punct == 0:
        # unpunctuated: a heading, a label, a caption or a menu; long ones are mostly text
        return (0.3 * own if own >= 20 else 0.0) - 2.0 * line.link_chars - 3
    return own - 2.0 * line.link_chars


# ---- boilerplate lines inside the content region ----------------------------------------------
# A label line: "责任编辑：张三", "来源：新华社", "原标题：…", "作者：李四  来源：…".  Only short
# lines (under 60 characters): a paragraph that happens to start with "来源：" stays.
_LABEL = re.compile(
    r"^[\[【(（\s]*(责任编辑|责编|编辑|主编|审核|校对|监制|来源|稿源|出处|作者|文字|撰文|"
    r"摄影|图片|图|视频|原标题|本文来源|文章来源|稿件来源|新闻来源|信息来源|发布时间|发布日期|"
    r"发表时间|更新时间|时间|日期|点击|点击数|点击量|浏览|浏览次数|阅读|阅读量|阅读数|字号|"
    r"字体|关键词|标签|Tags?|分享到|分享|转发|收藏|打印|关闭|评论|主题|标题|楼主|发信人|"
    r"楼层|积分|等级|得分|帖子|注册时间|IP属地|所属分类)\s*[:：]",
    re.I,
)
# Lines that are page furniture whatever their length.
_FURNITURE = re.compile(
    r"版权所有|版权声明|Copyright|©|\(c\)\s*\d{4}|ICP备|ICP证|网安备|公网安备|"
    r"未经.{0,12}(许可|授权|同意).{0,12}(转载|使用|复制)|(禁止|不得|谢绝).{0,6}转载|"
    r"免责声明|仅代表作者(本人|个人)?(观点|立场)|不代表本(网|站|平台|报)|"
    r"(扫一扫|扫描二维码|长按识别|微信扫码|关注我们|下载客户端|打开APP|打开app)|"
    r"(返回(顶部|首页|搜狐|列表|目录)|回到顶部|查看原文|阅读原文|展开全文|点击查看|点击进入|"
    r"加载更多|查看更多|上一篇|下一篇|上一页|下一页|上一章|下一章)|"
    r"(著作权|版权)(归属|归|属于)|(侵权|非法转载)(行为|线索|责任)|转载请?注明|转载.{0,6}注明.{0,4}(出处|来源)|"
    r"仅提供信息(存储|发布)|Trackback|已被阅读\s*\d+\s*次|播报文章|释放双眼|"
    r"不代表.{0,12}(立场|观点)|转载请?(联系|获得|取得|经)|固定链接|此条目(发表|由)|"
    r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    re.I,
)
# Headings of the lists that follow an article: everything from here on is recommendations or
# comments until a line that is clearly body text again.
_TAIL_HEADING = re.compile(
    r"^[\[【(（<《\s]*(相[关關](推[荐薦]|[阅閱][读讀]|新[闻聞]|文章|[报報]道|[链鏈]接|[专專]题|资讯|"
    r"[内內]容|搜索|[视視][频頻])|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|[扩擴]展[阅閱][读讀]|"
    r"[热熱][点點门門](推[荐薦]|文章|新[闻聞]|[资資][讯訊])|精彩(推[荐薦]|[图圖]片|[评評]论)|"
    r"猜你喜[欢歡]|[为為]你推[荐薦]|[为為]您推[荐薦]|[编編][辑輯]推[荐薦]|今日推[荐薦]|"
    r"更多(精彩|推[荐薦]|[阅閱][读讀]|新[闻聞]|相[关關])|往期回[顾顧]|最新(文章|新[闻聞]|[评評]论)|"
    r"网友[评評]论|[发發]表[评評]论|我要[评評]论|[热熱]门[评評]论|全部[评評]论|[评評]论区|"
    r"我[来來][说說]两句|已有\d+条[评評]论|共\d+条[评評]论|推[荐薦]新[闻聞]|大家都在看|"
    r"其他人也在看|你可能(也)?(喜[欢歡]|感[兴興]趣)|看了本文的人[还還]看了|24小[时時][热熱]|"
    r"排行榜|点击排行|往期推[荐薦]|精[选選]留言|更多回答|(网友|用户|热门)?短[评評]$|"
    r"[评評]论\s*([(（]?\d+[)）]?)?$|留言(区|板)?$)"
)
# Share bars, counters and bare bracket menus: "分享到：微博 微信", "阅读(1660) 评论(5)",
# "【打印】【关闭】", "[ 发表评论 ][ 关闭窗口 ]".
_COUNTERS = re.compile(
    r"^((阅读|评论|点赞|赞|收藏|分享|转发|浏览|点击|举报|喜欢|关注|粉丝|回复)\s*[(（:：]?\s*"
    r"[\d\-]+\s*[)）]?\s*[|·\s]*)+(分享|收藏|举报|转发|回复|喜欢)?$"
)
_BRACKET_MENU = re.compile(r"^(\s*[【\[［]\s*[^】\]］]{1,12}\s*[】\]］]\s*[|/·]?\s*){2,}$")
_DATE_ONLY = re.compile(
    r"^[\s(（\[【]*(\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
    r"(\s*\d{1,2}\s*[:：时]\s*\d{1,2}(\s*[:：分]\s*\d{1,2})?)?"
)


_NO_WORDS = re.compile(r"^[^\w\u4e00-\u9fff]*$")
_DATETIME = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}"
)
_STAMP_LABEL = re.compile(
    r"(来源|作者|编辑|发布|发表|时间|日期|更新|阅读|点击|浏览)\s*[:：]|来源|发表于|更新"
)
# two or more "label：value" fields and no other punctuation
_KV_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*[^:：，。！？；,!?;]{1,30}?\s*){2,}$"
)
_STAMP_TIME = re.compile(
    r"(发布|发表|更新)(时间|于)\s*[:：]?\s*(\d{2,4}\s*[-/.年])?\d{1,2}\s*[-/.月]\s*\d{1,2}|"
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}.{0,6}"
    r"(阅读|浏览|点击)(数|量)?\s*[:：]?\s*[\d.]+[万wk]?"
)
_SEPARATOR = re.compile(r"^\s*[-_=─—*~·.]{10,}\s*$")


# Buttons and widgets of modern platforms, when they make up the whole line.
_UI_LINE = re.compile(
    r"^(关注|已关注|\+关注|举报|不喜欢|点赞|赞|收藏|分享|评论|打赏|播报|编辑|更多|展开|收起|返回|"
    r"顶|踩|回复|引用|来自\S{2,4}|IP属地\S{0,6}|\d+|[\d.]+[万wk]?|打开\S{0,4}APP|"
    r"文章不错，?点个赞吧|减少或屏蔽此类内容推荐|已标记为不喜欢内容.*)$",
    re.I,
)


def is_boilerplate(line: Line) -> bool:
    text = line.text
    if line.chars <= 24 and _UI_LINE.match(text):
        return True
    if _NO_WORDS.match(text):
        return True
    if line.chars <= 10 and text.endswith((":", "：")):  # a label with nothing after it
        return True
    if line.chars < 60 and _LABEL.match(text):
        return True
    if line.chars < 200 and _FURNITURE.search(text):
        return True
    if _COUNTERS.match(text) or _BRACKET_MENU.match(text):
        return True
    if line.chars < 40 and line.punct <= 1 and _DATE_ONLY.match(text):
        return True
    if line.chars < 60 and _KV_LINE.match(text):
        return True
    if line.chars < 60 and line.punct <= 2 and _STAMP_TIME.search(text):
        # "某某 发布时间：10-30 18:42 西藏", "张三2023-12-02 21:40阅读数：3.6万": a post's stamp
        return True
    if line.chars < 80 and _DATETIME.search(text) and _STAMP_LABEL.search(text):
        # "2022年03月01日 10:20 来源：新华网 作者：张三": a publication stamp
        return sum(1 for c in text if c in "，。！？；,!?;") <= 1
    return False


def is_tail_heading(line: Line) -> bool:
    """A list or comment heading, possibly decorated (``▼ 往期推荐 ▼``, ``—— 推荐阅读 ——``)."""
    if line.chars > 16:
        return False
    return bool(_TAIL_HEADING.match(line.text) or _TAIL_HEADING.match(undecorated(line.text)))


def ends_article(line: Line) -> bool:
    """A line after which nothing is the article again: a heading of recommended or past posts
    or comments that portals never use for a box inside an article (往期推荐, 热门推荐, 精选留言;
    not 相关阅读, 延伸阅读: see chrome_zh.json inline_box), or a credit line naming editors or
    reviewers (编辑 | 某某 审核 | 某某)."""
    if line.chars > 80:
        return False
    chrome = load_chrome()
    key = simplified(line.text)
    if is_tail_heading(line):
        return not chrome.is_inline_box(key)
    return chrome.credit(key) == "stop"


def body_like(line: Line) -> bool:
    """Clearly running text: long, punctuated and free of links."""
    return line.chars - line.link_chars >= 50 and line.punct >= 3 and line.link_density < 0.1


def select_lines(
    seg: Segmented, ranges: list[tuple[int, int]], title: str | None = None
) -> tuple[list[Line], list[str]]:
    """The lines of the content ranges that are article text, and the dropped ones."""
    keep: list[Line] = []
    dropped: list[str] = []
    norm_title = _WS.sub("", title or "")
    in_tail = False
    kept_chars = 0
    region = [ln for a, b in ranges for ln in seg.lines[a : b + 1]]
    for k, line in enumerate(region):
        drop = False
        if is_tail_heading(line):
            if kept_chars >= 150:
                # after the body: the rest of the region is lists and comments
                dropped.extend(ln.text for ln in region[k:])
                break
            in_tail = True
            drop = True
        elif in_tail:
            if body_like(line):
                in_tail = False
            else:
                drop = True
        if not drop:
            if line.bad and line.value < 0:
                drop = True
            elif line.link_density > 0.5:
                drop = True
            elif is_boilerplate(line):
                drop = True
            elif norm_title and _WS.sub("", line.text) == norm_title:
                drop = True
        if drop:
            dropped.append(line.text)
        else:
            keep.append(line)
            kept_chars += line.chars
    keep = _cut_at_post_footer(region, keep, dropped)
    return keep, dropped


def _is_stamp(line: Line) -> bool:
    """A post header/footer: a short unpunctuated line with a date and a clock time."""
    return line.chars <= 80 and line.punct <= 2 and bool(_DATETIME.search(line.text))


def _cut_at_post_footer(region: list[Line], keep: list[Line], dropped: list[str]) -> list[Line]:
    """On forum threads and blog archive pages keep the first post only.

    Such pages repeat a unit "post text, then a stamp line (date + time, often the poster's
    name)".  When a stamp line follows at least 200 characters of body text (or a third of what
    comes after it) and another stamp line comes later, the first post ends there: the rest are
    replies or other posts.  A news page has at most one such stamp, above the body.  A
    separator line ("------") just before the stamp opens the poster's signature, which goes too.
    """
    stamps = [i for i, ln in enumerate(region) if _is_stamp(ln)]
    if len(stamps) < 2:
        return keep
    kept_ids = {id(ln) for ln in keep}
    for si in stamps[:-1]:
        before = sum(ln.chars for ln in region[:si] if id(ln) in kept_ids and body_like(ln))
        after = sum(ln.chars for ln in region[si + 1 :] if id(ln) in kept_ids)
        if before >= 200 or (before > 0 and before * 3 >= after):
            cut = si
            # the signature: from a separator line shortly before the stamp
            for j in range(si - 1, max(-1, si - 6), -1):
                if _SEPARATOR.match(region[j].text):
                    cut = j
                    break
            gone = {id(ln) for ln in region[cut:]}
            dropped.extend(ln.text for ln in keep if id(ln) in gone)
            return [ln for ln in keep if id(ln) not in gone]
    return keep


_NONE: list[int] = []


def best_range(seg: Segmented) -> tuple[int, list[tuple[int, int]], float]:
    """The best run of consecutive children of one element, plus good siblings.

    Each element's *items* are its child elements that hold text and the lines it owns
    directly, in document order; an item's value is the sum of its lines.  For every element the
    best run of consecutive items is found (Kadane); the best run over all elements is the
    article.  A whole subtree is one such run, so this finds at least what the best subtree
    does, and more when the body paragraphs share their container with link lists (old
    table layouts: the paragraphs, then "相关报道" and ads in the same <td>).

    Returns (element id, line ranges [(first, last), ...], score).
    """
    n_el = len(seg.elements)
    if not seg.lines:
        return -1, [], 0.0
    lo = [-1] * n_el
    hi = [-1] * n_el
    val = [0.0] * n_el
    # the lines each element holds directly, and its children holding lines (only the elements
    # that have any: a list for each of a page's elements was most of the run's allocations)
    direct: dict[int, list[int]] = {}
    for i, line in enumerate(seg.lines):
        line.value = line_value(line)
        for e in line.path:
            if lo[e] < 0:
                lo[e] = i
            hi[e] = i
            val[e] += line.value
        if line.path:
            direct.setdefault(line.path[-1], []).append(i)
    children: dict[int, list[int]] = {}
    for e, p in enumerate(seg.parent):
        if p >= 0 and lo[e] >= 0:
            children.setdefault(p, []).append(e)

    best: tuple[float, int, int, int, list[tuple[int, int, float]]] | None = None
    lines = seg.lines
    for e in range(n_el):
        if lo[e] < 0:
            continue
        kids, own = children.get(e, _NONE), direct.get(e, _NONE)
        if len(kids) + len(own) == 1:
            # one item (a wrapper, a paragraph): the run is that item, as the loop below finds
            c = kids[0] if kids else -1
            item = (lo[c], hi[c], val[c]) if kids else (own[0], own[0], lines[own[0]].value)
            score1 = 0.0 + item[2]
            if best is None or score1 >= best[0]:
                best = (score1, e, 0, 0, [item])
            continue
        items = [(lo[c], hi[c], val[c]) for c in kids]
        items += [(i, i, lines[i].value) for i in own]
        items.sort()
        run_start, run = 0, 0.0
        top = (float("-inf"), 0, 0)
        for k, (_, _, v) in enumerate(items):
            if run <= 0:
                run_start, run = k, 0.0
            run += v
            if run > top[0]:
                top = (run, run_start, k)
        # ties go to the later (deeper) element: the innermost wrapper of the same lines
        if best is None or top[0] >= best[0]:
            best = (top[0], e, top[1], top[2], items)
    assert best is not None
    score, e, a, b, items = best
    ranges = [(items[a][0], items[b][1])]
    # Siblings holding body-like text of their own come back: bodies split by an
    # advertisement, by pagination or into several cells.  A sibling qualifies when its own
    # value is at least 30 (one short punctuated paragraph) and 10% of the run's; calibrated so
    # split bodies on old table layouts come back while sidebars with a few teasers do not.
    # A sibling after the end of the article (a list heading of past posts, an editors' credit
    # line between) is the account's or portal's blurb, not a split body.
    later = [k for k in range(b + 1, len(items)) if items[k][2] >= max(30.0, 0.1 * score)]
    end = len(seg.lines)
    if later:
        end = next(
            (i for i in range(items[b][1] + 1, items[later[-1]][0]) if ends_article(seg.lines[i])),
            end,
        )
    for k, (first, last, v) in enumerate(items):
        if (k < a or (k > b and first < end)) and v >= max(30.0, 0.1 * score):
            ranges.append((first, last))
    ranges.sort()
    return e, ranges, score


# ---- the article under its headline -----------------------------------------------------------
# The first line of running text under the headline is looked for within ANCHOR_WINDOW lines
# (a byline, a share bar and a tag line may stand between); it is at least ANCHOR_MIN_CHARS
# characters with a punctuation mark, no link text to speak of and no furniture.
ANCHOR_WINDOW = 12
ANCHOR_MIN_CHARS = 15


def _after_tail(lines: list[Line], i: int, g0: int) -> bool:
    """Whether a run starting at line ``g0`` lies in the page's tail below the text at line
    ``i``: a list or comment heading (相关推荐, 评论, 网友短评) stands between them, or the run is a
    thread of posts (two or more stamp lines: a name or a label with a date and a time)."""
    if g0 <= i:
        return False
    if any(is_tail_heading(ln) for ln in lines[i + 1 : g0 + 1]):
        return True
    return sum(1 for ln in lines[g0 : g0 + 40] if _is_stamp(ln)) >= 2


# Lines a run gathers from outside the headline's column are dropped when none of them is a
# paragraph of COLUMN_PARAGRAPH_CHARS or more: a sidebar of flashes, teasers or comments next to
# a short article.  Long paragraphs outside it are the rest of a body split from its lead.
COLUMN_PARAGRAPH_CHARS = 100


def _clip_to_column(
    lines: list[Line], ranges: list[tuple[int, int]], column: tuple[int, ...]
) -> list[tuple[int, int]]:
    """``ranges`` without the lines outside ``column`` (the element holding the headline and the
    first text under it), when those lines are short items only (see COLUMN_PARAGRAPH_CHARS)."""
    if not column:
        return ranges
    depth = len(column)
    inside = [ln.path[:depth] == column for ln in lines]
    outside = [k for a, b in ranges for k in range(a, b + 1) if not inside[k]]
    if not outside or any(lines[k].chars >= COLUMN_PARAGRAPH_CHARS for k in outside):
        return ranges
    if sum(lines[k].value for k in outside) <= 0:
        return ranges  # only furniture outside: select_lines drops it anyway
    clipped: list[tuple[int, int]] = []
    for a, b in ranges:
        ks = [k for k in range(a, b + 1) if inside[k]]
        if ks:
            clipped.append((ks[0], ks[-1]))
    return clipped or ranges


def title_line(seg: Segmented, title: str | None) -> int:
    """Index of the first line that is the headline (not a link), or -1."""
    nt = _WS.sub("", title or "")
    if len(nt) < 4:
        return -1
    found = -1
    for i, ln in enumerate(seg.lines):
        if ln.link_density > 0.5 or ln.bad:
            continue
        if _WS.sub("", ln.text) == nt:
            if ln.heading:
                return i
            if found < 0:
                found = i
    return found


def _common_depth(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def anchor_at_title(seg: Segmented, ranges: list[tuple[int, int]], t: int) -> list[tuple[int, int]]:
    """The content ranges, or the text right under the headline when they lie elsewhere.

    A short article (one or two paragraphs) weighs less than a sidebar of punctuated news flashes,
    a blogger's profile or a column of reader comments, and the heaviest run is then chrome.  The
    article sits under its headline: when the first line of running text under the headline
    (line ``i``) is outside the ranges, and the ranges share fewer ancestors with the headline
    than line ``i`` does (they are in another column or box), the article is the run of items of
    the lowest element holding both the headline and line ``i`` that starts at line ``i``'s item
    and goes on while the items weigh something (it stops at the first link list, share bar or
    stamp).  Ranges that share as many ancestors with the headline (a summary box above the body,
    the body below an advertisement) are left alone.
    """
    if t < 0 or not ranges:
        return ranges
    lines = seg.lines
    i = next(
        (
            k
            for k in range(t + 1, min(len(lines), t + 1 + ANCHOR_WINDOW))
            if lines[k].chars >= ANCHOR_MIN_CHARS
            and lines[k].punct >= 1
            and not lines[k].bad
            and lines[k].link_density < 0.3
            and not is_boilerplate(lines[k])
        ),
        -1,
    )
    if i < 0:
        return ranges
    tp, ip = lines[t].path, lines[i].path
    d_anchor = _common_depth(tp, ip)
    if any(a <= i <= b for a, b in ranges):
        return _clip_to_column(lines, ranges, tp[:d_anchor])
    if d_anchor == 0:
        return ranges
    g0 = ranges[0][0]
    if _common_depth(tp, lines[g0].path) >= d_anchor and not _after_tail(lines, i, g0):
        return ranges
    # the items of the lowest common element: its children (by their line spans) and its own lines
    depth = d_anchor  # path[depth] is the child of the common element holding a line, if any
    items: list[tuple[int, int, float]] = []
    k = t + 1
    while k < len(lines) and len(lines[k].path) >= depth and lines[k].path[:depth] == tp[:depth]:
        ln = lines[k]
        if len(ln.path) > depth:
            child = ln.path[depth]
            first = k
            while (
                k + 1 < len(lines)
                and len(lines[k + 1].path) > depth
                and lines[k + 1].path[depth] == child
            ):
                k += 1
            items.append((first, k, sum(x.value for x in lines[first : k + 1])))
        else:
            items.append((k, k, ln.value))
        k += 1
    run: tuple[int, int] | None = None
    for first, last, v in items:
        if run is None:
            if first <= i <= last:
                run = (first, last)
            continue
        if v <= 0:
            break
        run = (run[0], last)
    if run is None or sum(x.value for x in lines[run[0] : run[1] + 1]) <= 0:
        return ranges
    return [run]


def range_under(seg: Segmented, el: etree._Element) -> list[tuple[int, int]]:
    """The best run of lines inside element ``el`` (a platform's body container), or []."""
    try:
        e = next(k for k, x in enumerate(seg.elements) if x is el)
    except StopIteration:
        return []
    idx = [i for i, ln in enumerate(seg.lines) if e in ln.path]
    if not idx:
        return []
    lo, hi = idx[0], idx[-1]
    sub = Segmented(lines=seg.lines[lo : hi + 1], elements=seg.elements, parent=seg.parent)
    _, ranges, score = best_range(sub)
    if score <= 0:
        return []
    return [(a + lo, b + lo) for a, b in ranges]
