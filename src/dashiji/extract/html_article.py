"""HTML page -> clean :class:`~dashiji.model.Article`.

``extract_html(html, url)`` finds the article text of a (mostly Chinese) news page, its title,
publication date, author and outlet.

* Main content: :mod:`dashiji.extract.html_blocks` -- lines scored by text and punctuation
  density (GNE's observation, extended to a maximum-sum subtree with link penalties), then
  Chinese-portal boilerplate rules (editor/source lines, "相关推荐" lists, share counters,
  copyright notes).  When that finds too little text, readability-lxml is asked instead.
* Metadata: :mod:`dashiji.extract.metadata` -- meta tags, ``<time>``, the text around the title
  and the URL, with htmldate as a last resort for the date.
"""

from __future__ import annotations

import copy
import logging
import re

import lxml.html
from lxml import etree

from dashiji.errors import ArticleRemoved, InputTooLarge, NoArticle
from dashiji.extract import html_blocks as hb
from dashiji.extract import metadata as md
from dashiji.extract.platforms import load_platforms
from dashiji.extract.script_article import page_scripts, script_article
from dashiji.model import Article, Block

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


# huge_tree: libxml2 otherwise drops everything nested deeper than 256 elements, and pages with
# thousands of unclosed <font> tags exist.
def _new_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        huge_tree=True,
        encoding=encoding,
    )
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python call each
    # time an element is handed to Python (every step of every walk over the tree), to give
    # <form>, <input>, <select>, <textarea> and <label> classes of their own that nothing here uses.
    parser.set_element_class_lookup(_LOOKUP)
    return parser


_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


_PARSER = _new_parser()
#: The same parser reading UTF-8 bytes (:func:`parse_html`).
_UTF8_PARSER = _new_parser("utf-8")
#: A page of more characters is parsed by a parser of its own, dropped with it: a parser keeps
#: what libxml2 allocated for the last page it parsed (~1 byte per character: after a 20 MB page
#: 19 MB stayed resident under everything that followed, the models loaded and the page stored).
OWN_PARSER_FROM = 1_000_000

# Below this many characters of body text the density scorer is considered to have missed
# (a 1-2 sentence news flash is ~60 characters; no page of the 95 bench pages has a shorter gold
# body than 140 characters) and readability-lxml gets a chance.
MIN_BODY_CHARS = 40

# A page with more elements is refused (too_large): the tree and the walks over it cost ~1 KB and
# ~40 µs per element, so 4 million <p> in a 12 MB page would take 3 GB and minutes.  The largest
# of the bench pages has ~15,000 tags; a long real page a few tens of thousands.
MAX_ELEMENTS = 150_000
_TAG = re.compile(r"<[A-Za-z]")


def check_size(html: str) -> None:
    """Raise :class:`InputTooLarge` for a page of more than :data:`MAX_ELEMENTS` start tags."""
    if html.count("<") <= MAX_ELEMENTS:
        return
    n = 0
    for _ in _TAG.finditer(html):
        n += 1
        if n > MAX_ELEMENTS:
            raise InputTooLarge(f"the page has more than {MAX_ELEMENTS:,} elements")


def parse_html(html: str) -> etree._Element:
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        raise NoArticle("empty page")
    check_size(html)
    try:
        if len(html) <= OWN_PARSER_FROM:
            # The page's UTF-8 bytes, read as UTF-8: the same characters, the same tree, but
            # libxml2 reads a Python string (UCS-2 for a Chinese page) through its converter from
            # UTF-16 into the UTF-8 it parses, ~a quarter of the parse.  A string UTF-8 cannot
            # hold (a lone surrogate) is parsed as before; so is a page of more characters than
            # OWN_PARSER_FROM (its bytes would be one more copy of a huge page).
            try:
                data = html.encode("utf-8")
            except UnicodeEncodeError:
                return lxml.html.document_fromstring(html, parser=_PARSER)
            return lxml.html.document_fromstring(data, parser=_UTF8_PARSER)
        return lxml.html.document_fromstring(html, parser=_new_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NoArticle(f"unparseable HTML: {exc}") from exc


# readability-lxml's own parsers with lxml.html's options (its utf8_parser, lxml.html's default
# for the summary), but every element an HtmlElement chosen in C (see _new_parser): its cleaner
# and scoring walk the page's whole tree several times, and lxml.html's Python lookup ran for each
# element handed to Python (~30 % of the fallback's time on a 0.75 MB page).  The same tree and
# the same summary: readability and its cleaner use no form class.
_READABILITY_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_READABILITY_PARSER.set_element_class_lookup(_LOOKUP)
_FRAGMENT_PARSER = lxml.html.HTMLParser()
_FRAGMENT_PARSER.set_element_class_lookup(_LOOKUP)


def _readability_doc(html: str) -> lxml.html.HtmlElement:
    """The page as readability's ``build_doc`` parses it, with :data:`_READABILITY_PARSER`."""
    # the page encoded again, as build_doc does, to replace what UTF-8 cannot encode
    doc: lxml.html.HtmlElement = lxml.html.document_fromstring(
        html.encode("utf-8", "replace"), parser=_READABILITY_PARSER
    )
    return doc


def _readability_class() -> type:
    """readability's ``Document`` whose cleaner strips script attributes from the summary only.

    readability's cleaner (``html_cleaner``) first rewrites every link, event handler and
    ``srcdoc`` of the whole page (~40 % of the fallback's time on a long page), though nothing it
    scores reads them: only class, id, itemprop and an <iframe>'s src (checked in ``sanitize``).
    Here the page is cleaned without that step (``javascript=False``, the rest alike), and the
    library's own cleaner runs on each <iframe> as ``sanitize`` starts and on what is left of the
    summary as it is serialised (``get_clean_html``): the step is per element and idempotent, and
    the summary's elements are the page's, so the summary is the same string.  A page with
    ``<base href>`` (whose links are made absolute in between) is parsed by the library's own
    ``_parse``.
    """
    global _READABILITY_CLASS
    if _READABILITY_CLASS is not None:
        return _READABILITY_CLASS
    from readability import Document
    from readability.cleaners import html_cleaner
    from readability.readability import REGEXES

    page_cleaner = copy.copy(html_cleaner)  # the library's settings (a Cleaner's attributes)
    page_cleaner.javascript = False
    none_re = REGEXES["displayNoneRe"]
    unlikely_re = REGEXES["unlikelyCandidatesRe"]
    maybe_re = REGEXES["okMaybeItsACandidateRe"]

    class _Document(Document):  # type: ignore[misc]
        def _parse(self, input: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
            if input.xpath("//base[@href]"):
                self._deferred = False
                return super()._parse(input)
            self._deferred = True
            doc = input
            self.encoding = "utf-8"
            # as Document._parse: the hidden elements go, then the cleaner, then <base href>
            for elem in doc.xpath("//*[@hidden]"):
                elem.drop_tree()
            for elem in doc.xpath("//*[@style]"):
                if none_re.search(elem.get("style")):
                    elem.drop_tree()
            cleaned: lxml.html.HtmlElement = page_cleaner.clean_html(doc)
            cleaned.resolve_base_href(handle_failures=self.handle_failures)  # as there
            return cleaned

        def sanitize(self, node: lxml.html.HtmlElement, *args: object, **kw: object) -> str:
            if self._deferred:  # the one attribute it reads that the step rewrites
                for iframe in node.iter("iframe"):
                    html_cleaner(iframe)
            summary: str = super().sanitize(node, *args, **kw)
            return summary

        def remove_unlikely_candidates(self) -> None:
            # as the library's, over the elements with a class or an id only (it reads
            # "<class> <id>" and skips the one-space string of every other element), with the
            # two patterns' verdict on each string kept (menus repeat their class names)
            unlikely: dict[str, bool] = {}
            kept: set[lxml.html.HtmlElement] | None = None
            for elem in _NAMED(self.html):
                s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
                if len(s) < 2:
                    continue
                verdict = unlikely.get(s)
                if verdict is None:
                    verdict = unlikely[s] = bool(unlikely_re.search(s)) and not maybe_re.search(s)
                if verdict and elem.tag not in ["html", "body"]:
                    # the library's two searches from each candidate, answered for the whole page
                    # once: which elements are inside a <pre>/<code> or hold a <main>,
                    # <article> or <math> does not change as candidates go (what is dropped is
                    # neither: it never cuts an element from such an ancestor or descendant)
                    if kept is None:
                        kept = set(_PROTECTED(self.html))
                    if elem not in kept:
                        elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self) -> None:
            """As the library's: a <div> holding no block element becomes a <p>, then the text
            and inline runs of each <div> are wrapped in <p> elements.

            The library serialises each <div>'s children to search them for a block tag, again
            for every <div> around them; here the <div>s above a block element are found once.
            Exact while nothing is serialised as it stands (script, style, comments: none are
            left by then; a "<" in a name; else the library's own method runs).
            """
            if _RAW_TEXT(self.html):
                super().transform_misused_divs_into_paragraphs()
                return
            holding: set[lxml.html.HtmlElement] = set()  # the elements above a block element
            for block in self.html.iter(etree.Element):
                # lower() as the pattern's ASCII case: K and İ, the non-ASCII letters lowering to
                # ASCII ("k", "i" + a dot), start none of the prefixes
                if not block.tag.lower().startswith(_BLOCK_PREFIXES):
                    continue
                for above in block.iterancestors():
                    if above in holding:
                        break  # and so is everything above it
                    holding.add(above)
            for elem in self.tags(self.html, "div"):
                if elem not in holding:
                    elem.tag = "p"
            for elem in self.tags(self.html, "div"):
                _wrap_inline_runs(elem)

        def get_link_density(self, elem: lxml.html.HtmlElement) -> float:
            # as Document.get_link_density, with _text_length for its text_length
            link_length = 0
            for i in elem.iterfind(".//a"):
                link_length += _text_length(i)
            return float(link_length) / max(_text_length(elem), 1)

        def get_clean_html(self) -> str:
            if self._deferred:  # the step left out of _parse, on what is left of the summary
                html_cleaner(self.html)
            clean: str = super().get_clean_html()
            return clean

    _READABILITY_CLASS = _Document
    return _Document


_READABILITY_CLASS: type | None = None
# the elements readability's divToPElementsRe finds in a <div>'s serialised children: "<" and a
# tag name starting with one of these (the pattern ignores case; the names are ASCII)
_BLOCK_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "table", "ul")
_NAMED = etree.XPath(".//*[@class or @id]")
# the elements readability's unlikely-candidate pass keeps whatever their class: those with an
# ancestor-or-self <pre> or <code>, and those with a descendant-or-self <main>, <article>, <math>
_PROTECTED = etree.XPath(
    "//pre/descendant-or-self::* | //code/descendant-or-self::*"
    " | (//main | //article | //math)/ancestor-or-self::*"
)
# what is serialised as it stands (not escaped), where a "<p" could be other than a tag's start:
# script and style text, comments, and tag or attribute names holding a "<" (a broken page's
# "<scrip<div>" is an element named "scrip<div")
_RAW_TEXT = etree.XPath(
    "boolean(//script | //style | //comment() | //processing-instruction()"
    " | //*[contains(name(), '<')] | //@*[contains(name(), '<')])"
)
_INLINE_TAGS = frozenset("a b cite code em font i small span strong sub sup u".split())


def _wrap_inline_runs(elem: lxml.html.HtmlElement) -> None:
    """The second half of readability's transform_misused_divs_into_paragraphs, for one <div>:
    its text, its runs of inline children and their tails each wrapped in a new <p>."""
    from readability.readability import REGEXES

    block_re = REGEXES["divToPElementsRe"]
    children = list(elem)
    paragraph = None
    if elem.text and elem.text.strip():
        p = lxml.html.fragment_fromstring("<p/>")
        p.text = elem.text
        elem.text = None
        elem.insert(0, p)
        paragraph = p
    for child in children:
        if child.tag == "br":
            paragraph = None
            continue
        if child.tag not in _INLINE_TAGS or block_re.search(etree.tounicode(child, method="html")):
            paragraph = None
            continue
        if paragraph is None:
            paragraph = lxml.html.fragment_fromstring("<p/>")
            child.addprevious(paragraph)
        paragraph.append(child)
    for pos, child in reversed(list(enumerate(elem))):
        if child.tail and child.tail.strip():
            p = lxml.html.fragment_fromstring("<p/>")
            p.text = child.tail
            child.tail = None
            elem.insert(pos + 1, p)
        if child.tag == "br":
            child.drop_tree()


# readability's clean(): its three substitutions, compiled once
_LONG_SPACE = re.compile(r"\s{255,}")
_NEWLINE = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"\t|[ \t]{2,}")


def _text_length(el: lxml.html.HtmlElement) -> int:
    """readability's ``text_length(el)``: ``len(clean(el.text_content() or ""))``."""
    text = el.text_content() or ""
    if len(text) < 255 and "\n" not in text and "\t" not in text and "  " not in text:
        return len(text.strip())  # none of clean()'s substitutions can apply
    text = _LONG_SPACE.sub(" " * 255, text)
    return len(_SPACES.sub(" ", _NEWLINE.sub("\n", text)).strip())


def _readability_lines(html: str) -> list[str]:
    try:
        Document = _readability_class()
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    # readability logs its own failures with a traceback; here a failure only means "no text"
    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)
    try:
        # The page as readability parses it, with the text of its <style> elements left out:
        # its cleaner drops them, but first rewrites every url() in them one at a time, each
        # time copying the whole style text (0.13 s of a 0.75 MB page; 0.04 s without).
        doc = _readability_doc(html)
        for style in doc.iter("style"):
            style.text = None
        summary = Document(doc).summary(html_partial=True)
        tree = lxml.html.fromstring(summary, parser=_FRAGMENT_PARSER)
    except Exception:
        return []
    seg = hb.segment(tree)
    return [ln.text for ln in seg.lines if not hb.is_boilerplate(ln) and ln.link_density <= 0.5]


def _bigram_recall(part: str, whole: str) -> float:
    """Share of ``part``'s character bigrams found in ``whole`` (white space removed)."""
    a, b = _WS.sub("", part), _WS.sub("", whole)
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    if not grams:
        return 0.0
    return sum(1 for g in grams if g in b) / len(grams)


_WS = re.compile(r"\s+")

# A script's article replaces the text the page shows when that text is under MIN_BODY_CHARS,
# when the page is a known platform's (data/platforms.json) without its body container and the
# script's text is longer, or when it is a preview of the script's text (PREVIEW_RECALL of its
# bigrams are in it) and the script's is at least PREVIEW_RATIO times longer (Weibo's "…全文"
# preview of a long post).  Not tuned: 0.8 and 1.5 are round values a preview clears easily.
PREVIEW_RECALL = 0.8
PREVIEW_RATIO = 1.5
# A page showing a platform's removed-article notice (platforms.json removed_notices) holds no
# article when the body text found beside the notice is shorter than this: the notice's
# explanation (WeChat's rule citation runs to ~50 characters), not an article quoting it.
REMOVED_MAX_BODY_CHARS = 100


def extract_html(html: str, url: str | None = None) -> Article:
    """The clean article in ``html``; raises :class:`NoArticle` when there is no article text."""
    if html is None or not html.strip():
        raise NoArticle("empty page")
    root = parse_html(html)
    meta = md.extract_metadata(root, url)
    known = load_platforms()
    scripts = page_scripts(root)
    platform = known.detect(root, url, scripts, html)
    if platform is not None:
        title = platform.text_of(platform.title, root)
        if title:
            meta.title = title
        elif platform.is_site_title(meta.title):
            meta.title = None  # a status page titled with the platform's name has no title

    body_root = root.find("body")
    if body_root is None:
        body_root = root
    container = platform.body_element(body_root) if platform is not None else None
    cards = hb.card_lists(body_root)
    seg = hb.segment(body_root, show=container, cards=cards)
    ranges = hb.range_under(seg, container) if container is not None else []
    if not ranges:
        _, ranges, _ = hb.best_range(seg)
        ranges = hb.anchor_at_title(seg, ranges, hb.title_line(seg, meta.title))
    lines, dropped = hb.select_lines(seg, ranges, meta.title)
    body_chars = sum(ln.chars for ln in lines if not ln.caption)
    if body_chars < MIN_BODY_CHARS and (seg.hidden or container is not None):
        # a body hidden by CSS until scripts run: the page's text with hidden elements shown
        # (a page without a hidden element, and no platform container, reads the same again)
        shown = hb.segment(body_root, reveal=True, cards=cards)
        _, r2, _ = hb.best_range(shown)
        r2 = hb.anchor_at_title(shown, r2, hb.title_line(shown, meta.title))
        lines2, dropped2 = hb.select_lines(shown, r2, meta.title)
        if sum(ln.chars for ln in lines2 if not ln.caption) > body_chars:
            seg, lines, dropped = shown, lines2, dropped2
            body_chars = sum(ln.chars for ln in lines if not ln.caption)

    blocks = [Block(kind="caption" if ln.caption else "body", text=ln.text) for ln in lines]
    in_script = script_article(scripts, known.script_body_keys, known.script_min_chars)
    if in_script is not None and (
        body_chars < MIN_BODY_CHARS
        # a known platform's page without its body container renders the body from the script
        or (platform is not None and container is None and in_script.chars > body_chars)
        or (
            in_script.chars >= PREVIEW_RATIO * body_chars
            and _bigram_recall(
                "".join(b.text for b in blocks if b.kind == "body"), "".join(in_script.paragraphs)
            )
            >= PREVIEW_RECALL
        )
    ):
        blocks = [Block(kind="body", text=t) for t in in_script.paragraphs]
        body_chars = in_script.chars
        lines = []
    notice = next((ln.text for ln in seg.lines if known.is_removed_notice(ln.text)), None)
    if notice is not None:
        beside = sum(len(b.text) for b in blocks if not known.is_removed_notice(b.text))
        if beside < REMOVED_MAX_BODY_CHARS:
            raise ArticleRemoved(f"the page says its article is gone: {notice}")
    if body_chars < MIN_BODY_CHARS:
        alt = _readability_lines(html)
        if sum(len(t) for t in alt) > body_chars:
            blocks = [Block(kind="body", text=t) for t in alt]
    if not any(b.kind == "body" for b in blocks):
        raise NoArticle("no article text found")

    md.complete_from_text(meta, seg, lines, root, html, url)
    if platform is not None:
        if meta.title is None or platform.is_site_title(meta.title):
            first = next((b.text for b in blocks if b.kind == "body"), None)
            meta.title = platform.post_title(scripts, first) or meta.title
        author = platform.text_of(platform.author, root) or platform.script_author(scripts)
        if author:
            meta.author = author
        published = platform.date(scripts)
        if published:
            meta.published, meta.published_from = published, f"page:{platform.name}"
    return Article(
        title=meta.title,
        published=meta.published,
        published_from=meta.published_from,
        author=meta.author,
        outlet=meta.outlet,
        blocks=blocks,
        boilerplate=dropped,
    )
