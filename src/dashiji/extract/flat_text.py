"""Flattened page text -> :class:`~dashiji.model.Article`.

Every plain-text input takes this path (a text file, stdin, a JSONL ``text``/``content``):

* a web page copied as plain text ("select all, copy"): the article sits among portal chrome —
  breadcrumbs, share counters, disclaimers, recommendation lists, author cards, channel menus;
* text scraped from portals (JSONL ``content``): the article with end matter run into its last
  line (``…。原标题：…``, ``…。责任编辑：…``) and a list of other stories' headlines after it;
* clean article text (a commentary pasted as paragraphs), where every line is article.

The method is line classification, then a densest-run search:

1. every non-empty line is classified from its shape and from the portal knowledge in
   ``data/chrome_zh.json`` (:mod:`.text_chrome`): *stop* lines (list headers, also decorated —
   ``▼ 往期推荐 ▼``, ``—— 相关阅读 ——`` —, disclaimers, credit lines naming editors or reviewers —
   ``编辑 | 某某 审核 | 某某``) that end an article, *chrome* (share buttons, counters, menu words),
   *breadcrumb*, *meta* (bylines, timestamps, a lone author or source credit — ``记者 某某``),
   *caption* (a paragraph ending in a photo credit), and text lines graded by how much they read
   like prose (length, Chinese sentence punctuation, a sentence-final mark);
2. each line gets a weight — prose positive, furniture and short link-like lines negative, lines
   repeated elsewhere on the page (recommendation headlines) negative, lines ending inside a
   sentence (verses, list items) slightly positive — and page structures adjust it: an ad card
   with a close button and an encyclopedia's numbered contents are chrome, the repeated dated
   headers of a thread's posts are stop lines, a table of tab-separated rows between paragraphs
   weighs nothing;
3. the article core is the contiguous run of lines with the largest total weight that crosses no
   stop line; a page with no prose in that run (a table of contents) is searched again for its
   densest run of list entries; the core runs on through an encyclopedia article's edit-linked
   sections and over a table its last line announces (附：…); it ends at end matter run into a
   paragraph's last sentence (the paragraph keeps the text before it) and before a trailing list
   of headlines (:data:`HEADLINE_LIST_MIN`), which may have its first headline glued to the last
   paragraph;
4. inside the core, text lines become body (or caption) blocks and furniture becomes boilerplate;
   the headline is looked for just above the core (or as its first line when a byline follows it,
   possibly after an author or outlet name; not a line right above a follow button — 关注 —,
   which names an account); a byline under the headline may give the date, outlet and author,
   and a run of other stories' headlines between it and the body is furniture
   (:data:`RELATED_LEAD_MIN`).
   Fold markers (展开全文) are chrome: the text after them is still article.

Every block's text is the stripped line (a section heading without its "[编辑]" edit link, a
last paragraph without the end matter or headline run into it) and ``source_start`` its exact
offset in the input, so ``text[b.source_start:b.source_end] == b.text``.

No article (:class:`~dashiji.errors.NoArticle`) means no line outside furniture weighs anything:
a line counts when it ends a sentence or clause with 5+ Han characters, or holds a sentence mark,
6+ Han characters and more than 8 characters (on a page without such lines, a list entry of 8+ Han
characters) — or the core is only other stories' headlines or teasers, a news feed or a sidebar
scraped as the article (:data:`HEADLINE_PAGE_MIN`, :data:`TEASER_RUN_MIN`).  A line that opens
like end matter is furniture only up to :data:`STOP_LINE_MAX_HAN` Han characters, so a
one-paragraph article scraped as ``原标题：<title><first sentence>…`` is not lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..errors import EmptyInput, HeadlineList, NoArticle
from ..model import Article, Block, BlockKind
from .platforms import load_platforms as _PLATFORMS
from .text_chrome import Chrome, load_chrome, simplified

__all__ = ["extract_text", "parse_date_header", "split_lines"]

# ---- the date header a reader may find on the first line ---------------------------------------
_DATE_HEADER = re.compile(
    r"[\ufeff\s]*date\s*[:：=]?\s*"
    r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)[ \t\u3000]*",
    re.IGNORECASE,
)


def parse_date_header(text: str) -> tuple[str | None, int]:
    """Find a leading ``date YYYY-MM-DD`` header line.

    Accepts a BOM and leading white space, ``date 2025-08-13``, ``date: 2025-08-13``,
    ``Date 2025/8/13``.  Returns (ISO date, offset where content begins): content may start on
    the header line itself, right after the date and the spaces that follow it; when the rest of
    the header line is empty, content starts on the next line.  Without a header (or with an
    impossible date): ``(None, 0)``.
    """
    m = _DATE_HEADER.match(text)
    if not m:
        return None, 0
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None, 0
    end = m.end()
    if text.startswith("\r\n", end):
        end += 2
    elif text.startswith("\n", end) or text.startswith("\r", end):
        end += 1
    return f"{y:04d}-{mo:02d}-{d:02d}", end


# ---- lines -------------------------------------------------------------------------------------
_STRIP = " \t\r\f\v\u3000\u00a0\ufeff\u200b\u200c\u200d\u2028\u2029"
# (each class written once: _count counts by its complement or its characters)
_HAN_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{_HAN_RANGES}]")
_MID_CHARS = "，,、；;：:"
_END_CHARS = "。！？!?…"
_MID_PUNCT = re.compile(f"[{_MID_CHARS}]")
_END_PUNCT = re.compile(f"[{_END_CHARS}]")
_CLOSERS = "”\"’'」』）)】]》〉"
_FINAL = tuple("。！？!?…；;")
_LINKISH = re.compile(r"\t|\s[|｜丨]\s|[|｜]|^[•·◆◇■□▪●○►▶\-–*]\s*|^【[^】]{1,8}】")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


# The characters _HAN does not match, in runs; and the characters of _MID_PUNCT and _END_PUNCT
# (a test checks each against its pattern over the whole Unicode range).
_NOT_HAN = re.compile(f"[^{_HAN_RANGES}]+")
_CHARS_OF = {_MID_PUNCT: _MID_CHARS, _END_PUNCT: _END_CHARS}


def _count(pattern: re.Pattern[str], s: str) -> int:
    """How many matches of ``pattern`` ``s`` holds (``len(findall)`` without a list of them: a
    line of millions of Han characters would be a list of millions of one-character strings).

    The line tests' own patterns, of one character each, are counted faster, to the same
    number: the Han characters as what is left once the runs of other characters are taken out
    (a few runs in a Chinese line, where subn replaced every character), the punctuation marks
    by ``str.count`` of each (every line is asked both)."""
    if pattern is _HAN:
        return len(_NOT_HAN.sub("", s))
    chars = _CHARS_OF.get(pattern)
    if chars is not None:
        return sum(map(s.count, chars))
    return pattern.subn("", s)[1]


@dataclass(slots=True)
class Line:
    """One non-empty line of the input: stripped text, its offset, and what it was taken for."""

    text: str
    start: int
    kind: str = "text"  # stop | chrome | breadcrumb | meta | caption | prose | weak | short | link
    weight: float = 0.0
    dup: bool = False
    key: str = ""  # the text in simplified script, for matching the chrome word lists
    keep: int | None = None  # a body line cut short: the length of its text that is article
    lead: int = 0  # a byline run into the line's first sentence: the length of the byline

    @property
    def final(self) -> bool:
        return self.text.rstrip(_CLOSERS).endswith(_FINAL)


def split_lines(text: str, start: int = 0) -> list[Line]:
    """The non-empty lines of ``text[start:]``, stripped, with their exact offsets in ``text``."""
    out: list[Line] = []
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip(_STRIP)
        if stripped:
            lead = len(raw) - len(raw.lstrip(_STRIP))
            out.append(Line(stripped, pos + lead))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _token_list(s: str) -> bool:
    """A menu flattened onto one line: several short words separated by spaces, no sentence."""
    if "。" in s or "，" in s:
        return False
    tokens = s.split()
    if len(tokens) < 4:
        return False
    mean = sum(len(t) for t in tokens) / len(tokens)
    return mean <= 6 or (len(tokens) >= 8 and mean <= 9)


# Lines that end inside or at the end of a sentence (，、；。！？) are text even when short or
# bulleted: the lines of a poem (7-character verses), a sentence split by <br>, a list item.
# They get at least CLAUSE_WEIGHT, enough for four verses to carry the run across a label line
# such as "注释："; set by hand at 2, not tuned (1 and 3 score the same on the bench).
CLAUSE_MIN_HAN = 5
CLAUSE_WEIGHT = 2.0
_CLAUSE_END = ("，", ",", "、", "；", ";", *_FINAL)


# A line that starts like a stop line (原标题：, 责任编辑：, 声明：) but holds more than
# STOP_LINE_MAX_HAN Han characters is a paragraph with the marker run into it ("原标题：离婚？…
# 两人已分居半年近日，有网友拍到…", a whole one-paragraph article), not furniture: it is graded
# like any other text line.  The longest true stop lines seen (disclaimers, copyright notices,
# reprint notices on the flattened bench pages and the 642 DTELS articles) hold under 120 Han
# characters, the shortest glued paragraphs over 300; 200 lies between, not tuned.
STOP_LINE_MAX_HAN = 200


def _classify(line: Line, chrome: Chrome) -> None:
    s = line.key = simplified(line.text) if len(line.text) <= 200 else line.text
    lead = chrome.byline_lead(s) if len(s) == len(line.text) else 0
    if lead and _count(_HAN, s[lead:]) >= NEWS_BEFORE_TAIL_HAN:
        # a byline with the first sentence run into it: the sentence is graded, the byline
        # becomes boilerplate when the line is a body block
        line.lead = lead
        s = line.key = s[lead:]
    n = len(s)
    han = _count(_HAN, s)
    mid = _count(_MID_PUNCT, s)
    end = _count(_END_PUNCT, s)
    sentence_like = "。" in s or (end >= 1 and n >= 20) or line.final
    short = n <= 40 and "。" not in s
    if short and chrome.is_breadcrumb(s):
        line.kind, line.weight = "breadcrumb", -6.0
    elif han <= STOP_LINE_MAX_HAN and chrome.is_stop(s) and not _news_before_tail(s, chrome):
        line.kind, line.weight = "stop", float("-inf")
    elif n <= chrome.credit_max and (credit := chrome.credit(s)) is not None:
        # editors and reviewers end the article; a lone author or source credit is a byline
        line.kind, line.weight = ("stop", float("-inf")) if credit == "stop" else ("meta", -6.0)
    elif han <= STOP_LINE_MAX_HAN and _PLATFORMS().is_notice(s):
        line.kind, line.weight = "stop", float("-inf")
    elif n <= 100 and (chrome.is_chrome(s) or _PLATFORMS().is_text_chrome(s)):
        line.kind, line.weight = "chrome", -6.0
    elif n <= 80 and chrome.is_meta(s):
        line.kind, line.weight = "meta", -6.0
    elif han >= 6 and chrome.is_caption(s):
        line.kind, line.weight = "caption", max(1.0, (n - 8) * 0.5)
    elif (
        (_LINKISH.search(s) and not (n >= 60 and sentence_like))
        or chrome.is_list_item(s)
        or _token_list(s)
    ):
        line.kind, line.weight = "link", -4.0 - min(n, 40) * 0.1
    elif han >= 6 and sentence_like and line.final:
        line.kind, line.weight = "prose", float(n - 8)
    elif han >= 6 and sentence_like:
        line.kind, line.weight = "prose", float(n - 8) * 0.8
    elif (han >= 8 and mid >= 1) or han >= 30 or _count(_LATIN_WORD, s) >= 12:
        line.kind, line.weight = "weak", (n - 8) * 0.5
    else:
        line.kind, line.weight = "short", -2.0 - (0.1 * min(n, 30))
    if (
        line.kind in ("prose", "weak", "short", "link")
        and han >= CLAUSE_MIN_HAN
        and line.text.rstrip(_CLOSERS).endswith(_CLAUSE_END)
    ):
        # a verse line or a sentence broken across lines: never a menu word, however short
        line.weight = max(line.weight, CLAUSE_WEIGHT)


# A stop notice run into the end of a line after a sentence of news (…预计听证为期两天。未经授权，
# 不得转载。) leaves the line a paragraph: _cut_glued_tail keeps the sentence and drops the
# notice.  The sentence must hold NEWS_BEFORE_TAIL_HAN Han characters and be no notice itself
# (本文为某报原创。未经授权，不得转载。 stays a stop line); 12 is a short news sentence, not tuned.
NEWS_BEFORE_TAIL_HAN = 12


def _news_before_tail(s: str, chrome: Chrome) -> bool:
    """Does ``s`` hold a sentence of news before end matter glued to it?"""
    cut = chrome.glued_tail(s)
    if cut is None:
        return False
    head = s[:cut]
    return (
        _count(_HAN, head) >= NEWS_BEFORE_TAIL_HAN
        and not chrome.is_stop(head)
        and not chrome.is_chrome(head)
        and chrome.glued_tail(head) is None
    )


def _mark_closable(lines: list[Line], chrome: Chrome) -> None:
    """An ad card or pop-up: a close button and the line it closes are chrome."""
    for i, ln in enumerate(lines):
        if chrome.is_close_button(ln.text):
            ln.kind, ln.weight = "chrome", -6.0
            prev = lines[i - 1] if i > 0 else None
            if prev is not None and prev.kind != "stop" and len(prev.text) <= 80:
                prev.kind, prev.weight = "chrome", -6.0


def _mark_duplicates(lines: list[Line]) -> None:
    counts = Counter(ln.text for ln in lines)
    for ln in lines:
        if counts[ln.text] < 2 or ln.kind in ("stop", "chrome", "breadcrumb", "meta"):
            continue
        ln.dup = True
        if ln.kind in ("prose", "weak", "short", "caption", "link") and not (
            ln.final and "。" in ln.text and len(ln.text) >= 30
        ):
            ln.weight = -6.0 - 0.3 * min(len(ln.text), 30)


# A stop line ends the article that precedes it: the core is the first run, in page order, whose
# weight reaches SUBSTANTIAL (a few real paragraphs) or FIRST_SHARE of the heaviest run;
# comment threads and recommendation lists after a stop line cannot outweigh the article above it.
# SUBSTANTIAL was tuned on the bench and sits in a narrow window: the heaviest non-article run
# standing above an article there is a sidebar of reader comments (133), the lightest article
# followed by a heavier run (the next story of a news feed) weighs 177; 100 or 200 each lose a
# page.  FIRST_SHARE is not sensitive (0.3-0.7 score the same).
SUBSTANTIAL = 150.0
FIRST_SHARE = 0.5


def _best_run(lines: list[Line], lo: int, hi: int) -> tuple[float, tuple[int, int] | None]:
    """Largest-weight contiguous run within lines[lo:hi] (Kadane)."""
    best, best_ab = 0.0, None
    cur, cur_a = 0.0, lo
    for i in range(lo, hi):
        if cur <= 0:
            cur, cur_a = 0.0, i
        cur += lines[i].weight
        if cur > best:
            best, best_ab = cur, (cur_a, i)
    return best, best_ab


# A line with a date and time whose words before the date (digits aside) recur on the page at least
# POST_MARK_REPEATS times is the header or footer of the posts of a thread ("〓 明星话题 发布时间
# 2005/03/16 01:08 by 某某 〓", "楼层：第 2 楼 时间：…"); from its second occurrence on it ends the
# article: the opening post is the article, the replies are not.  Three, so that a date repeated
# once (at the head and the foot of an article) never counts; not tuned (2-5 score the same).
POST_MARK_REPEATS = 3
_POST_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")
_DIGITS = re.compile(r"\d+")


def _mark_post_separators(lines: list[Line]) -> None:
    shapes: dict[str, list[Line]] = {}
    for ln in lines:
        if ln.kind in ("link", "short", "meta", "weak") and len(ln.text) <= 80:
            m = _POST_DATE.search(ln.text)
            words = _DIGITS.sub("#", ln.text[: m.start()]) if m else ""
            if len(words.strip(" #")) >= 2:  # a label before the date, not a bare date
                shapes.setdefault(words, []).append(ln)
    for same in shapes.values():
        if len(same) >= POST_MARK_REPEATS:
            for ln in same[1:]:
                ln.kind, ln.weight = "stop", float("-inf")


_NUMBER_CELL = re.compile(r"^[\d.,%+\-\s]+$")


def _is_cell(ln: Line) -> bool:
    """A table row (tab-separated cells) or a line a table cell may stand on by itself."""
    if ln.kind == "chrome":
        return bool(_NUMBER_CELL.match(ln.text))  # a figure that reads like a counter
    return ln.kind in ("link", "short", "weak") and not ln.dup


_BULLET = re.compile(r"^[•·◆◇■□▪●○►▶\-–*]")


def _is_row(ln: Line, chrome: Chrome) -> bool:
    """Tab-separated cells of data: not a bulleted link box entry, not a menu of a layout table
    (a cell that is a chrome word: 首页, 关于我们)."""
    s = ln.key
    if "\t" not in s or _BULLET.match(s):
        return False
    return not any(chrome.is_chrome(c.strip()) for c in s.split("\t") if c.strip())


def _bridge_tables(lines: list[Line], chrome: Chrome) -> None:
    """A table inside the article — TABLE_MIN_ROWS or more rows of tab-separated cells, rows
    at least a third of its lines, with prose right before it and prose right after it — weighs
    nothing, so the article runs on across it however many rows it has."""
    i = 0
    while i < len(lines):
        if not _is_cell(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _is_cell(lines[j + 1]):
            j += 1
        rows = sum(1 for k in range(i, j + 1) if _is_row(lines[k], chrome))
        before = lines[i - 1] if i > 0 else None
        after = lines[j + 1] if j + 1 < len(lines) else None
        if (
            rows >= TABLE_MIN_ROWS
            and 3 * rows >= j + 1 - i
            and before is not None
            and (before.kind == "prose" or before.text.endswith(("：", ":")))
            and after is not None
            and after.kind == "prose"
            and not after.dup
        ):
            for k in range(i, j + 1):
                lines[k].weight = max(lines[k].weight, 0.0)
        i = j + 1


def _open_inline_boxes(lines: list[Line], chrome: Chrome) -> None:
    """A list header followed shortly by more prose heads a link box inside the article: make
    the header and its few link lines plain chrome, so the article runs on across them.  The
    prose must go on for a few paragraphs (see chrome_zh.json inline_box): one paragraph after
    a list is the blurb of the account or portal."""
    for i, ln in enumerate(lines):
        if ln.kind != "stop" or not chrome.is_inline_box(ln.key):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + chrome.inline_box_max_lines)):
            nxt = lines[j]
            if nxt.kind == "stop":
                break
            if nxt.kind == "prose" and not nxt.dup and len(nxt.text) >= chrome.inline_box_resume:
                paragraphs = 0
                for after in lines[j:]:
                    if after.kind == "stop":
                        break
                    paragraphs += after.kind == "prose" and not after.dup
                if paragraphs >= chrome.inline_box_paragraphs:
                    for box in lines[i:j]:
                        box.kind, box.weight = "chrome", -6.0
                break


# A comment header (网友评论) also captions a screenshot of readers' comments inside an article.
# It ends the article only when what follows may be comments: prose must resume right under it
# and go on for a few paragraphs in a reporter's voice (no first person, question or exclamation
# outside quotes), and no short line after it may look like a comment's furniture (a post time,
# a reply or like count: see chrome_zh.json inline_box.comment_*).  Comments are
# only scanned in short lines (COMMENT_LINE_MAX), so a time of day in a paragraph is no signal;
# 40 is the longest furniture line of a flattened comment, not tuned.
COMMENT_LINE_MAX = 40


def _open_comment_captions(lines: list[Line], chrome: Chrome) -> None:
    """A comment header under which the article's prose goes on is a caption: plain chrome."""
    for i, ln in enumerate(lines):
        if ln.kind != "stop" or not chrome.is_comment_header(ln.key):
            continue
        near = lines[i + 1 : i + 1 + chrome.comment_max_lines]
        if not any(nxt.kind == "prose" and not nxt.dup for nxt in near):
            continue
        after: list[Line] = []
        for nxt in lines[i + 1 :]:
            if nxt.kind == "stop":
                break
            after.append(nxt)
        scanned = after[: chrome.comment_scan]
        prose = [nxt for nxt in after if nxt.kind == "prose" and not nxt.dup]
        if len(prose) < chrome.comment_paragraphs:
            continue
        if any(chrome.in_reader_voice(nxt.key) for nxt in prose[: chrome.comment_paragraphs]):
            continue
        if any(
            len(nxt.text) <= COMMENT_LINE_MAX and chrome.is_comment_furniture(nxt.text)
            for nxt in scanned
        ):
            continue
        ln.kind, ln.weight = "chrome", -6.0


def _mark_contents(lines: list[Line], chrome: Chrome) -> None:
    """Numbered lines that list headings found further down (an encyclopedia article's table
    of contents) are furniture; one unnumbered line may stand between two of them."""
    last = {chrome.heading(ln.key): i for i, ln in enumerate(lines)}
    entries: list[int] = []

    def flush() -> None:
        if len(entries) >= chrome.toc_min_entries:
            for k in entries:
                lines[k].kind, lines[k].weight = "chrome", -6.0
        entries.clear()

    for i, ln in enumerate(lines):
        if ln.kind not in ("short", "weak", "link"):
            if ln.kind not in ("chrome", "meta"):
                flush()
            continue
        target = chrome.contents_entry(ln.key)
        if target is not None and last.get(target, -1) > i:
            if entries and i - entries[-1] > 2:
                flush()
            entries.append(i)
        elif entries and i - entries[-1] > 1:
            flush()
    flush()


def _densest_run(lines: list[Line]) -> tuple[int, int] | None:
    """Indices [a, b] of the article core: a heavy run of lines that crosses no stop line."""
    runs: list[tuple[float, tuple[int, int]]] = []
    lo = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or lines[i].kind == "stop":
            score, ab = _best_run(lines, lo, i)
            if ab is not None:
                runs.append((score, ab))
            lo = i + 1
    if not runs:
        return None
    top = max(score for score, _ in runs)
    for score, ab in runs:
        if score >= min(SUBSTANTIAL, top) or score >= FIRST_SHARE * top:
            return ab
    return runs[0][1]  # pragma: no cover - the heaviest run always qualifies


# A page without prose — a journal's table of contents, a catalogue, a list of rules — has no run
# of paragraphs; its content is then the densest run of *entries*: a line counts by its Han
# characters beyond LIST_ENTRY_BASE, so titles and headings (10-40 characters) weigh for the run
# while one-word lines (menu items, author names, "2021年第6期" archive links, 2-6 characters)
# weigh against it.  LIST_ENTRY_BASE = 7 lies between the two groups on the bench's one list page
# (article titles 12-38 Han characters, menu and archive lines 2-5); 6-10 score the same there.
LIST_ENTRY_BASE = 7


def _list_weights(lines: list[Line]) -> None:
    for ln in lines:
        if ln.kind in ("prose", "weak", "short") and not ln.dup:
            ln.weight = max(ln.weight, float(_count(_HAN, ln.key) - LIST_ENTRY_BASE))


# ---- a short article under its headline ------------------------------------------------------
# A short article (one or two paragraphs) weighs less than a sidebar of news flashes, a feed of
# summaries or a column of reader comments, so the densest run is then a *blurb list*: at least
# BLURB_MIN prose lines, none longer than BLURB_MAX_CHARS, interleaved with as many non-prose
# lines (times, names, headlines: at least BLURB_INTERLEAVE per prose line).  When the core is such
# a list and the page has an article header outside it — a headline, within HEADER_GAP lines a
# line with a date (the byline), then within HEADER_GAP more lines of furniture a prose line —
# the article is the prose under that header (on until the first line that weighs nothing).
# Values set by reasoning, not tuned: flash lists, feeds and comment columns alternate one item
# line with one prose line (ratio 1); an article's paragraphs follow each other (ratio near 0).
BLURB_MIN = 3
BLURB_MAX_CHARS = 100
BLURB_INTERLEAVE = 0.6
HEADER_GAP = 3
# The article under a header ends before a blurb list only across a break: BREAK_LINES or more
# lines without text (a headline list, an info card, a share bar) right after it; an article of
# short paragraphs with an advertisement or two between them has no such break.
BREAK_LINES = 2
_HEADER_DATE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|"
    r"(?<!\d)\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}"
)


# A ticker of news flashes: STAMPED_MIN or more lines in a row that open with a clock time
# ("10:42 騰訊控股升2.1%…"); its lines are list entries, not paragraphs.  Three, as for the other
# lists here; not tuned.
STAMPED_MIN = 3
_STAMPED = re.compile(r"^[(（\[【]?\d{1,2}[:：]\d{2}(?![:\d])[)）\]】]?\s*\S")


def _mark_stamped_items(lines: list[Line]) -> None:
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _STAMPED.match(lines[j].text):
            j += 1
        if j - i >= STAMPED_MIN:
            for ln in lines[i:j]:
                if ln.kind in ("prose", "weak", "short"):
                    ln.kind, ln.weight = "link", -4.0 - min(len(ln.text), 40) * 0.1
        i = max(j, i + 1)


def _mark_platform_start(lines: list[Line]) -> None:
    """Text above a platform's article start line (``text_starts`` in data/platforms.json: the
    question above a Zhihu answer) is not the article, when prose follows the start line."""
    known = _PLATFORMS()
    start = next((i for i, ln in enumerate(lines) if known.is_text_start(ln.key)), None)
    if start is None or not any(ln.kind == "prose" for ln in lines[start + 1 :]):
        return
    above = sum(ln.weight for ln in lines[:start] if ln.kind == "prose")
    below = sum(ln.weight for ln in lines[start + 1 :] if ln.kind == "prose")
    if above > below:  # an article with stamped comments under it: the stamp is a reply's
        return
    for ln in lines[: start + 1]:
        if ln.kind in ("prose", "weak", "short", "link", "caption"):
            ln.kind, ln.weight = "chrome", -6.0


def _blurb_list(lines: list[Line], a: int, b: int, interleaved: bool = True) -> bool:
    """lines[a..b] are short prose items (see BLURB_MIN), interleaved with non-text lines unless
    ``interleaved`` is False (comments flattened as "name：text" lines)."""
    part = lines[a : b + 1]
    prose = [ln for ln in part if ln.kind == "prose"]
    # the item lines: times, names, headlines (an advertisement between paragraphs is chrome)
    other = sum(1 for ln in part if ln.kind in ("short", "link", "meta"))
    return (
        len(prose) >= BLURB_MIN
        and (not interleaved or other >= BLURB_INTERLEAVE * len(prose))
        and max(len(ln.text) for ln in part if ln.kind in ("prose", "weak")) <= BLURB_MAX_CHARS
    )


def _headed_article(lines: list[Line], chrome: Chrome) -> tuple[int, int, int] | None:
    """(headline, first, last line) of the prose run under the first article header of the page
    (see BLURB_MIN), or None.  An encyclopedia's section heading ("铁路[编辑]") heads no article."""
    for h, ln in enumerate(lines):
        if not _title_like(ln) or ln.dup or chrome.heading(ln.text) != ln.text:
            continue
        dated = next(
            (
                j
                for j in range(h + 1, min(len(lines), h + 1 + HEADER_GAP))
                if lines[j].kind != "prose"
                and "。" not in lines[j].text  # a byline, not a note ("此条目需要补充来源。")
                and _HEADER_DATE.search(lines[j].text)
            ),
            None,
        )
        if dated is None:
            continue
        for j in range(dated + 1, min(len(lines), dated + 1 + HEADER_GAP)):
            if lines[j].kind == "prose" and not lines[j].dup:
                end = j
                while end + 1 < len(lines) and lines[end + 1].weight > 0:
                    end += 1
                return h, j, end
            if lines[j].kind == "stop":
                break
    return None


def _core(lines: list[Line], chrome: Chrome) -> tuple[int, int] | None:
    """The article core; for a page whose heaviest run holds no prose line, the list core."""
    run = _densest_run(lines)
    headed = _headed_article(lines, chrome) if run is not None else None
    if run is not None and headed is not None:
        h, first, last = headed
        if not (run[0] <= first <= run[1]):
            if _blurb_list(lines, *run):
                return first, last
        else:
            # the run holds the header below short items (a sidebar of comments or flashes
            # flattened before the article), or runs on from the article into a blurb list: the
            # article is the part under the header, up to the list
            above = run[0] < h and _blurb_list(lines, run[0], h - 1, interleaved=False)
            below = (
                last + BREAK_LINES <= run[1]
                and all(
                    ln.kind not in ("prose", "weak", "caption")
                    for ln in lines[last + 1 : last + 1 + BREAK_LINES]
                )
                and _blurb_list(lines, last + 1, run[1])
                and not any(chrome.heading(ln.text) != ln.text for ln in lines[last + 1 : run[1]])
            )
            if above or below:
                return (first if above else run[0]), (last if below else run[1])
    if run is None or not any(ln.kind in ("prose", "caption") for ln in lines[run[0] : run[1] + 1]):
        _list_weights(lines)
        run = _densest_run(lines) or run
        if run is not None:
            run = _close_list(lines, *run)
    if run is not None:
        run = _extend_sections(lines, *run, chrome)
        run = _extend_table(lines, *run, chrome)
    return run


# A table announced at the end of the article ("附：招生专业及考试科目") is part of it.  Its rows
# are lines with tab-separated cells; a cell holding a paragraph stands on a line of its own, so
# rows may lie up to TABLE_ROW_GAP lines apart (20, set from the bench's one such page, where a
# header row of one-line cells puts the first row 17 lines down; 12 loses that page), and at
# least TABLE_MIN_ROWS rows must follow.  The
# table runs to its last row, then on over at most TABLE_ROW_GAP more cell lines (short lines,
# no furniture) until a stop line.
TABLE_ROW_GAP = 20
TABLE_MIN_ROWS = 3


def _extend_table(lines: list[Line], a: int, b: int, chrome: Chrome) -> tuple[int, int]:
    if not any(chrome.is_table_intro(lines[i].key) for i in range(max(a, b - 1), b + 1)):
        return a, b
    rows: list[int] = []
    last = b
    i = b + 1
    while i < len(lines) and i - last <= TABLE_ROW_GAP:
        if lines[i].kind in ("stop", "breadcrumb"):
            break
        if _is_row(lines[i], chrome):
            rows.append(i)
            last = i
        i += 1
    if len(rows) < TABLE_MIN_ROWS:
        return a, b
    end = rows[-1]
    while (
        end + 1 < len(lines)
        and end + 1 - rows[-1] <= TABLE_ROW_GAP
        and lines[end + 1].kind in ("short", "weak")
    ):
        end += 1
    return a, end


# An encyclopedia article goes on, section after section, to its reference list: when a section
# heading (a line with an edit link, "音乐作品[编辑]") follows the core within SECTION_GAP lines,
# the core runs on to the next stop line ("参考资料[编辑]"), across the discographies, tables and
# lists its sections may hold (without such a line, to the furniture after the last section).
# Two lines, for an edit link or two standing between; not tuned.
SECTION_GAP = 2


def _extend_sections(lines: list[Line], a: int, b: int, chrome: Chrome) -> tuple[int, int]:
    def heading(i: int) -> bool:
        return lines[i].kind != "stop" and chrome.heading(lines[i].text) != lines[i].text

    if not any(heading(i) for i in range(b + 1, min(len(lines), b + 1 + SECTION_GAP))):
        return a, b
    end = b
    while end + 1 < len(lines) and lines[end + 1].kind != "stop":
        end += 1
    if end + 1 == len(lines):  # no reference list: the last section ends at the page furniture
        last = max(i for i in range(b + 1, end + 1) if heading(i))
        end = last
        while end + 1 < len(lines) and lines[end + 1].kind not in ("chrome", "breadcrumb", "meta"):
            end += 1
    return a, end


def _close_list(lines: list[Line], a: int, b: int) -> tuple[int, int]:
    """A list whose entries mostly carry one short line (title, then author) keeps the short
    line of its last entry, which the run search leaves out for its negative weight."""
    entries = [i for i in range(a, b + 1) if lines[i].weight > 0]
    paired = sum(1 for i in entries if i < b and lines[i + 1].weight <= 0)
    if (
        len(entries) >= 3
        and paired >= 0.5 * len(entries)
        and b + 1 < len(lines)
        and lines[b + 1].kind == "short"
        and not lines[b + 1].dup
    ):
        return a, b + 1
    return a, b


# ---- the end of the article: end matter run into its last paragraph, a list of headlines -------
_TEXT_KINDS = ("prose", "weak", "short", "caption", "link")


def _paragraph(ln: Line) -> bool:
    """A line of prose that ends its sentence with a full stop, as no headline does."""
    return ln.kind == "prose" and ln.text.rstrip(_CLOSERS).endswith("。")


def _cut_glued_tail(lines: list[Line], a: int, b: int, chrome: Chrome) -> int:
    """A core line with end matter run into its last sentence (``…依法处理。原标题：…``,
    ``…。责任编辑：某某``, ``…。来源：某报``) keeps the text before it, and the article ends with
    it unless a paragraph of prose follows in the core (a data source cited mid-article);
    returns the new end of the core."""
    for i in range(a, b + 1):
        ln = lines[i]
        if ln.kind not in _TEXT_KINDS:
            continue
        probe = ln.key if len(ln.key) == len(ln.text) else simplified(ln.text)
        if len(probe) != len(ln.text):
            probe = ln.text
        cut = chrome.glued_tail(probe)
        if cut is not None:
            ln.keep = len(ln.text[:cut].rstrip(_STRIP))
            if not any(_paragraph(lines[j]) for j in range(i + 1, b + 1)):
                return i
    return b


# A portal's list of other stories, scraped with the article and left without its header
# ("相关新闻") or with it glued to the text: the core ends in HEADLINE_LIST_MIN or more headline
# lines — at least HEADLINE_MIN_HAN Han characters, at most HEADLINE_MAX_CHARS characters (a
# dated list entry, "…网易新闻 · 2020-12-22", may be longer), no sentence in them (no 。 at the
# end, at most one inside), not ending inside a sentence (，、：), not numbered — with only
# furniture, dates and one-word lines between them (no more of those than entries), right after
# a paragraph that ends its last sentence (or whose last sentence is followed, on the same line,
# by the first headline).  At least a third of them must end without a sentence mark (。！？…),
# as headlines do, so that an article's closing run of questions is kept.  3 entries and 64
# characters are the smallest list and the longest headline seen in the lists scraped with the
# DTELS articles; 8 Han characters keep seven-character verses out; none of the three was tuned.
HEADLINE_LIST_MIN = 3
HEADLINE_MIN_HAN = 8
HEADLINE_MAX_CHARS = 64
_NUMBERED = re.compile(
    r"^(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）]|[\d一二三四五六七八九十]{1,3}\s*[、.．])"
)
_SENTENCE_END = "。！？!?"
_NO_HEADLINE_END = ("。", "，", ",", "、", "；", ";", "：", ":")
_SENTENCE_MARKS = tuple(_SENTENCE_END + "…")


def _unended(text: str) -> bool:
    """Does ``text`` end with no sentence mark (。！？!?…), past closing quotes and blanks?"""
    return not text.rstrip(_CLOSERS + _STRIP).endswith(_SENTENCE_MARKS)


def _headline(text: str, dated: bool = False) -> bool:
    bare = text.rstrip(_CLOSERS + _STRIP)
    return (
        _count(_HAN, text) >= HEADLINE_MIN_HAN
        and (dated or len(text) <= HEADLINE_MAX_CHARS)
        and not bare.endswith(_NO_HEADLINE_END)
        and text.count("。") <= 1
        and not _NUMBERED.match(text)
    )


def _glued_headline(text: str) -> int | None:
    """Where a headline run into the end of a paragraph starts (after its last sentence end), or
    None.  A full stop after a Han character counts as a sentence end (``…深港在线.某标题``)."""
    for i in range(len(text) - 2, 0, -1):
        ch = text[i]
        if ch in _SENTENCE_END or (ch == "." and _HAN.match(text[i - 1])):
            tail = text[i + 1 :].strip(_STRIP)
            if not tail or tail[0] in "（([【" or "。" in tail:  # a credit: （作者：某某）
                return None
            return i + 1 if _headline(tail) else None
    return None


def _cut_headline_list(lines: list[Line], a: int, b: int, chrome: Chrome) -> int:
    """The end of the article core without the headline list it ends in (see HEADLINE_LIST_MIN)."""
    entries: list[str] = []
    others = 0
    i = b
    while i > a:
        ln = lines[i]
        if (
            ln.kind in ("prose", "weak", "short", "link")
            and _headline(ln.text, ln.kind == "link")
            and chrome.heading(ln.text) == ln.text  # a section heading of an encyclopedia
        ):
            entries.append(ln.text)
        elif ln.kind in ("chrome", "meta", "breadcrumb") or (
            ln.kind in ("short", "link") and _count(_HAN, ln.text) < HEADLINE_MIN_HAN
        ):
            others += 1  # furniture, a date, a one-word label between the entries
        else:
            break
        i -= 1
    last = lines[i]
    if not entries or others > len(entries) or last.kind not in ("prose", "weak", "caption"):
        return b
    if "。" not in last.text and len(last.text) <= HEADLINE_MAX_CHARS:
        return b  # the whole core is a list (a page of headlines): keep it
    glued = None if last.final else _glued_headline(last.text)
    if not last.final and glued is None:
        return b  # text without sentence marks (verses, a list of points): no list to cut
    if glued is not None:
        entries.append(last.text[glued:])
    plain = sum(1 for t in entries if _unended(t))
    if len(entries) < HEADLINE_LIST_MIN or 3 * plain < len(entries):
        return b
    if glued is not None:
        last.keep = len(last.text[:glued].rstrip(_STRIP))
    return i


# A feed of other stories' teasers scraped after the article: each line a headline sentence
# (某公司回应某项调查：将继续…。, 某产品来了！) run on with a sentence or two of summary, lines of
# topic tags (2-6 characters: 人工智能, 开源) after them.  The core ends in TEASER_FEED_MIN or
# more teaser lines (:func:`_teaser_head`), at least half of the feed's text lines (a teaser's
# summary may stand on its own line, a headline may have no mark), every text line at most
# FEED_LINE_MAX characters, right after a line that ends its last sentence.  The teasers carry
# their tags: the core ends in FEED_RUN_TAGS or more tag lines or right above them, and such
# runs of tags follow FEED_TAG_RUNS or more of the feed's text lines (an article's own
# paragraphs with heads - its products, 某新品发布：…！, a results round-up, 男子100米决赛：…！,
# numbered points, an interview - end in text, or at most in a byline; a subheading is one
# line).  The article before the feed keeps at least one prose paragraph that is no
# teaser (a digest of teasers is kept whole).
# A teaser's head is its first sentence, at most TEASER_HEAD_MAX characters, ending with an
# exclamation or holding a colon after a topic of at least TEASER_TOPIC_MIN characters (not a
# transcript's 问： or a place, 北京：); in either, the text before a colon is one phrase with
# no clause mark (a dated entry of a timeline, 某年某月某日，某案开庭：…, is no headline), not
# ending like a speaker's (某某表示：, 记者：, 某某介绍：…！ - ``teaser_feed`` in the chrome
# data).  Three, as for the other lists here, and two
# runs of two tags (the fewest that tell a feed from an article's subheadings); the lengths are
# those of headlines and short paragraphs, not tuned.
TEASER_FEED_MIN = 3
TEASER_HEAD_MAX = 40
TEASER_TOPIC_MIN = 6
FEED_LINE_MAX = 300
FEED_TAG_MAX = 6
FEED_TAG_RUNS = 2
FEED_RUN_TAGS = 2
_HEAD_END = re.compile(f"[{_SENTENCE_END}]")
# a colon that is no clock time's or score's (10:30): a headline's topic colon
_TOPIC_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d)")


def _teaser_head(text: str, chrome: Chrome) -> bool:
    """Does ``text`` open with a teaser's headline sentence (see TEASER_FEED_MIN)?"""
    m = _HEAD_END.search(text)
    first = text if m is None else text[: m.end()]
    if len(first) > TEASER_HEAD_MAX:
        return False
    c = _TOPIC_COLON.search(first)
    topic = "" if c is None else first[: c.start()]
    if topic and (_CLAUSE_MARK.search(topic) or chrome.is_speaker(topic)):
        return False  # a quote (某某介绍：…！) or a dated entry, with or without an exclamation
    if m is not None and first[-1] in "！!" and m.end() < len(text):
        return True  # 某产品来了！ with its summary after it
    return c is not None and c.start() >= TEASER_TOPIC_MIN


def _feed_tag(ln: Line) -> bool:
    """A topic tag on its own line (人工智能): a few characters, no punctuation or blank."""
    return (
        len(ln.text) <= FEED_TAG_MAX
        and not any(c.isspace() for c in ln.text)
        and not _MID_PUNCT.search(ln.text)
        and not _END_PUNCT.search(ln.text)
    )


def _cut_teaser_feed(lines: list[Line], a: int, b: int, chrome: Chrome) -> int:
    """The end of the article core without the feed of teasers it ends in (see
    TEASER_FEED_MIN).  Cheap first: the core has room for a feed after a paragraph and ends in
    tag lines (or they follow it), and the walk back stops once the lines passed can hold no
    feed (more than TEASER_FEED_MIN text lines beyond twice the teasers seen: an article's
    paragraphs)."""
    if b - a < TEASER_FEED_MIN:
        return b
    start = None
    heads = texts = runs = 0
    # the tag lines below the line walked to; the core may stop above the last teaser's tags
    # (classed as chrome)
    tags = 0
    while b + 1 + tags < len(lines) and _feed_tag(lines[b + 1 + tags]):
        tags += 1
    i = b
    while i > a:
        ln = lines[i]
        if ln.kind in ("chrome", "meta"):
            i -= 1
            continue
        if ln.kind in _TEXT_KINDS and _feed_tag(ln):
            tags += 1
            i -= 1
            continue
        if not texts and tags < FEED_RUN_TAGS:
            return b  # the core ends in text, not in a teaser's tags: an article's own lines
        if ln.kind not in _TEXT_KINDS or len(ln.text) > FEED_LINE_MAX:
            break
        runs += tags >= FEED_RUN_TAGS
        tags = 0
        texts += 1
        if texts - 2 * heads > TEASER_FEED_MIN:
            break  # the article's own paragraphs: the teasers can no longer be half the lines
        if _teaser_head(ln.text, chrome):
            heads += 1
            if (
                heads >= TEASER_FEED_MIN
                and 2 * heads >= texts
                and runs >= FEED_TAG_RUNS
                and lines[i - 1].final
            ):
                start = i
        i -= 1
    if start is None or not any(_kept_prose(lines[j], chrome) for j in range(a, start)):
        return b
    return start - 1


def _kept_prose(ln: Line, chrome: Chrome) -> bool:
    """A prose line that is no teaser (a news digest's first teaser is no article)."""
    return ln.kind == "prose" and not _teaser_head(ln.text, chrome)


# A portal's related headlines printed between the byline and the body (警方通报某某被拘 / 某超市
# 连夜降价促销): RELATED_LEAD_MIN or more headline lines (:func:`_headline`) in a row
# right under a byline, none ending with a sentence mark, the body's first prose line after
# them holding a sentence (。) - other stories' titles, not the article's text.  Two is the
# smallest such run seen with the DTELS articles; one line there may be the article's subtitle.
RELATED_LEAD_MIN = 2


def _past_related_lead(lines: list[Line], body_a: int, b: int) -> int:
    """Where the body starts past a run of related headlines under the byline (see
    RELATED_LEAD_MIN); ``body_a`` when there is none."""
    i = body_a
    while (
        i < b
        and lines[i].kind in ("prose", "weak", "short")
        and _headline(lines[i].text)
        and _unended(lines[i].text)
    ):
        i += 1
    if i - body_a < RELATED_LEAD_MIN or lines[i].kind != "prose" or "。" not in lines[i].text:
        return body_a
    return i


# A portal's list of other stories scraped as the "article", with no article in it: a core of
# HEADLINE_PAGE_MIN or more text lines, every one a headline (:func:`_headline`) that ends with
# no full stop (。), none opening with a clock time (a live blog's entries: 10:30 某某抵达) or a
# bullet (a list of points); at least a third of them end with no sentence mark (a post of
# exclamations or a run of questions ends every line with ！ or ？), and at least a third hold a
# headline's mark — a colon after a speaker or a topic (某部门：…), a ？ or ！, quotes, a blank
# between two parts (某队再夺冠 还能再进决赛吗); a colon between digits is a score's (甲队2：1乙队),
# not a mark.  These are the headlines of a news feed or a sidebar, two of them possibly run
# together on the first line (某市出口为何增长？某国宣布减税计划：…).  A headline drops only its
# full stop, so the page must hold a comma, a ？ or a ！ somewhere: a text typed without marks (a
# news flash, a weather report, a meeting's points, statements, results) writes its clauses
# with blanks and colons — the headline marks — and is not taken for one.  Four keeps a page of
# a headline, a subtitle and a source line (某事件：某某被拘 - 某某网) an article; four and the
# thirds are not tuned.
HEADLINE_PAGE_MIN = 4
_HEADLINE_MARK = re.compile(
    f"{_TOPIC_COLON.pattern}|[？?！!“”「」]|(?<=[{_HAN_RANGES}])[ \u3000]+(?=[{_HAN_RANGES}])"
)
_PUNCTUATED = re.compile(r"[，,？?！!]")


def _headline_page(lines: list[Line], a: int, b: int) -> bool:
    """Is the core lines[a:b+1] only other stories' headlines (see HEADLINE_PAGE_MIN)?"""
    texts = [ln.text for ln in lines[a : b + 1] if ln.kind in _TEXT_KINDS]
    if len(texts) < HEADLINE_PAGE_MIN or not all(
        _headline(t)
        and not t.rstrip(_CLOSERS + _STRIP).endswith("。")
        and not _STAMPED.match(t)
        and not _BULLET.match(t)
        for t in texts
    ):
        return False
    if not any(_PUNCTUATED.search(t) for t in texts):
        return False
    marked = sum(1 for t in texts if _HEADLINE_MARK.search(t))
    return 3 * marked >= len(texts) and 3 * sum(map(_unended, texts)) >= len(texts)


# A portal's list of story teasers scraped as the "article", each teaser flattened to one line:
# the story's headline, a run of blanks, the first sentences of its text (某县：稻田画引来游客
# 近日，某县…。).  A core of TEASER_RUN_MIN or more text lines, every one a teaser, is a list
# page with no article.  A teaser's headline is a :func:`_headline` before the last blanks ahead
# of the first clause or sentence mark (，、；。！？), so it holds none (a clock time or a name of
# two Latin words opening a paragraph, 10:30 某某抵达, Elon Musk表示，…, is no headline), and
# no dateline (新华社某地某日电 （记者某某）…: a digest of wire briefs).  The text after the
# blanks holds that mark (the teaser may be cut off mid-sentence).  Such a run is not cut from
# the end of an article: an article's sections with their subheadings run in (科技赋能 让农业
# 更智慧    近年来，…) have the same shape.  Three, as for the other lists here; not tuned.
TEASER_RUN_MIN = 3
_TEASER_BLANKS = " \t\u3000\u00a0"
_TEASER_GAP = re.compile(f"(?<=\\S)[{_TEASER_BLANKS}]+(?=\\S)")
_CLAUSE_MARK = re.compile(f"[，,、；;{_SENTENCE_END}]")
_DATELINE = re.compile(r"[0-9一二三四五六七八九十]日[电讯]")


def _teaser(text: str) -> bool:
    """Is ``text`` a teaser line: a headline, blanks, then text holding a clause mark?"""
    m = _CLAUSE_MARK.search(text)
    if m is None:
        return False
    gaps = list(_TEASER_GAP.finditer(text, 0, m.start()))
    if not gaps:
        return False
    head = text[: gaps[-1].start()]
    return _headline(head) and _DATELINE.search(head) is None


def _teaser_page(lines: list[Line], a: int, b: int) -> bool:
    """Is the core lines[a:b+1] only other stories' teasers (see TEASER_RUN_MIN)?  Cheap first:
    the core's last line has a blank inside."""
    if not any(c in lines[b].text for c in _TEASER_BLANKS):
        return False
    texts = [ln.text for ln in lines[a : b + 1] if ln.kind in _TEXT_KINDS]
    return len(texts) >= TEASER_RUN_MIN and all(map(_teaser, texts))


def _title_like(ln: Line) -> bool:
    s = ln.text
    if ln.kind not in ("prose", "weak", "short"):
        return False
    if not (4 <= len(s) <= 80) or _count(_HAN, s) < 4 or "\t" in s:
        return False
    return not s.endswith(("。", "，", ",", "；", ";", "：", ":", "、"))


_SKIP_ABOVE = ("chrome", "meta", "stop", "link")
BYLINE_NAMES = 2  # an author and an outlet line


def _name_like(ln: Line) -> bool:
    s = ln.text
    return ln.kind == "short" and not ln.dup and len(s) <= 20 and not _MID_PUNCT.search(s)


def _find_title(
    lines: list[Line], a: int, b: int, chrome: Chrome | None = None
) -> tuple[int | None, int]:
    """(index of the headline line or None, index where the body starts).  A line directly
    above a follow button (关注, +关注) names an account, not the headline: the search goes on
    above it."""
    chrome = chrome or load_chrome()
    first = lines[a]
    if _title_like(first) and a < b:
        # a byline under the headline: meta lines, possibly after the author's or outlet's name
        # (up to BYLINE_NAMES short lines, no sentence in them)
        j = a + 1
        while j < min(b, a + 1 + BYLINE_NAMES) and _name_like(lines[j]):
            j += 1
        if lines[j].kind in ("meta", "chrome"):
            while j <= b and lines[j].kind in ("meta", "chrome", "breadcrumb"):
                j += 1
            return a, j
    i = a - 1
    skipped = 0
    while i >= 0 and skipped < 8:
        ln = lines[i]
        if ln.kind in _SKIP_ABOVE:
            i -= 1
            skipped += 1
            continue
        if ln.kind == "breadcrumb":
            break
        if i + 1 < len(lines) and chrome.is_follow_button(lines[i + 1].key):
            i -= 1
            skipped += 1
            continue
        return (i if _title_like(ln) else None), a
    return None, a


def _byline(lines: list[Line], lo: int, hi: int, chrome: Chrome) -> tuple[str | None, ...]:
    """Date, outlet, author from meta lines lines[lo:hi] (those between headline and body)."""
    date = outlet = author = None
    for ln in lines[lo:hi]:
        if ln.kind not in ("meta", "chrome", "short"):
            continue
        d, o, a = chrome.byline(ln.text)
        date = date or d
        outlet = outlet or o
        author = author or a
    return date, outlet, author


# A text of one line is a headline given alone when it holds at least this many Han characters
# and was read as a short or link-like text line (no menu, stop, breadcrumb or byline line).
LONE_HEADLINE_MIN_HAN = 6
_HEADLINE_KINDS = ("short", "link", "weak")


def _lone_headline(lines: list[Line]) -> bool:
    """Is the whole text one line that reads as a headline (:data:`LONE_HEADLINE_MIN_HAN`)?"""
    return (
        len(lines) == 1
        and lines[0].kind in _HEADLINE_KINDS
        and _count(_HAN, lines[0].text) >= LONE_HEADLINE_MIN_HAN
    )


def extract_text(text: str, *, start: int = 0) -> Article:
    """The article in ``text[start:]``: a flattened web page or clean paragraph text.

    Raises :class:`~dashiji.errors.EmptyInput` when there is no text and
    :class:`~dashiji.errors.NoArticle` when no line reads like article text.
    """
    chrome = load_chrome()
    lines = split_lines(text, start)
    if not lines:
        raise EmptyInput("no text after the header")
    for ln in lines:
        _classify(ln, chrome)
    _mark_closable(lines, chrome)
    _mark_duplicates(lines)
    _mark_contents(lines, chrome)
    _mark_post_separators(lines)
    _mark_stamped_items(lines)
    _mark_platform_start(lines)
    _bridge_tables(lines, chrome)
    _open_inline_boxes(lines, chrome)
    _open_comment_captions(lines, chrome)
    run = _core(lines, chrome)
    if run is None and _lone_headline(lines):
        # a text of one line that reads like a headline (a JSONL record or a feed item whose text
        # is its headline: 某公司发布新款手机 中国芯片领先): the article is that line
        only = lines[0]
        return Article(blocks=[Block(kind="body", text=only.text, source_start=only.start)])
    if run is None:
        raise NoArticle("no line of the text reads like article prose")
    a, b = run
    b = _cut_glued_tail(lines, a, b, chrome)
    b = _cut_headline_list(lines, a, b, chrome)
    b = _cut_teaser_feed(lines, a, b, chrome)
    if _teaser_page(lines, a, b) or _headline_page(lines, a, b):
        raise HeadlineList("the text is a list of other stories' headlines")
    title_i, body_a = _find_title(lines, a, b, chrome)
    if title_i is not None and title_i + 1 < body_a:  # (a byline under the title)
        body_a = _past_related_lead(lines, body_a, b)

    article = Article()
    if title_i is not None:
        article.title = lines[title_i].text
        date, outlet, author = _byline(lines, title_i + 1, body_a, chrome)
        if date:
            article.published, article.published_from = date, "text:byline"
        article.outlet, article.author = outlet, author

    for i, ln in enumerate(lines):
        if i == title_i:
            continue
        if body_a <= i <= b and ln.kind in _TEXT_KINDS:
            kind: BlockKind = "caption" if ln.kind == "caption" else "body"
            text_ = chrome.heading(ln.text[ln.lead :])  # a section heading loses its edit link
            if ln.keep is not None:  # end matter or a headline cut from the end of the line
                text_ = ln.text[ln.lead : ln.keep]
                article.boilerplate.append(ln.text[ln.keep :].strip(_STRIP))
            if ln.lead:  # a byline run into the first sentence
                article.boilerplate.append(ln.text[: ln.lead].strip(_STRIP))
            block = Block(kind=kind, text=text_, source_start=ln.start + ln.lead)
            article.blocks.append(block)
        else:
            article.boilerplate.append(ln.text)
    if not article.blocks:
        raise NoArticle("no body text found")
    return article
