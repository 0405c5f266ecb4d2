"""Content platforms whose article body is hidden or injected, from ``data/platforms.json``.

WeChat official-account pages hide their body (``#js_content``) until scripts run; Toutiao,
Baijiahao, Weibo and Zhihu render theirs from JSON in a ``<script>``, or wrap it in class names
that read like page furniture (Zhihu's ``CopyrightRichText``).  The data file names, per platform,
how to recognise a page (hosts, CSS markers, script markers), where its body, headline and author
are (CSS selectors) and how its scripts state the publication date; this module only loads and
checks it (schema ``dashiji.platforms/1``) and answers for one parsed page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.cssselect import CSSSelector, SelectorError

from ..errors import ConfigError
from .pattern_set import PatternSet

SCHEMA = "dashiji.platforms/1"
_PLATFORM_KEYS = (
    "name",
    "hosts",
    "markers",
    "script_markers",
    "body",
    "title",
    "author",
    "dates",
    "script_authors",
    "utc_offset_hours",
)
_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
# The longest platform notice seen (百家号's, 60 characters) with room to spare.
NOTICE_MAX_CHARS = 120
_FIRST_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")


def _title_key(title: str) -> str:
    return _WS.sub("", title).lower()


def _selectors(values: list[str], where: str) -> tuple[CSSSelector, ...]:
    out = []
    for v in values:
        try:
            out.append(CSSSelector(v))
        except SelectorError as e:
            raise ConfigError(f"platform data: bad selector in {where}: {v!r}: {e}") from e
    return tuple(out)


def _patterns(values: list[str], where: str, groups: set[str]) -> tuple[re.Pattern[str], ...]:
    out = []
    for v in values:
        try:
            p = re.compile(v)
        except re.error as e:
            raise ConfigError(f"platform data: bad pattern in {where}: {v!r}: {e}") from e
        if not set(p.groupindex) & groups:
            raise ConfigError(f"platform data: {where}: {v!r} names none of {sorted(groups)}")
        out.append(p)
    return tuple(out)


@dataclass(frozen=True)
class Platform:
    name: str
    hosts: tuple[str, ...]
    markers: tuple[CSSSelector, ...]
    script_markers: tuple[str, ...]
    body: tuple[CSSSelector, ...]
    title: tuple[CSSSelector, ...]
    author: tuple[CSSSelector, ...]
    dates: tuple[re.Pattern[str], ...]
    script_authors: tuple[re.Pattern[str], ...]
    utc_offset: dt.timezone
    marker_names: tuple[tuple[str, ...], ...] = ()
    #: per marker, the attribute names its selector tests, as patterns found in a page's source
    #: whatever their case (see _attribute_gate)
    marker_attrs: tuple[tuple[re.Pattern[str], ...], ...] = ()
    #: page titles that name the platform, not the post (Weibo serves a status as "微博")
    site_titles: frozenset[str] = frozenset()
    #: patterns (group ``title``) over the scripts for a post's own title ($render_data's
    #: status_title), and whether a post without one is titled by its opening (see post_title)
    script_titles: tuple[re.Pattern[str], ...] = ()
    title_from_post: bool = False

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Platform:
        for key in _PLATFORM_KEYS:
            if key not in d:
                raise ConfigError(f"platform data: {d.get('name', '?')!r} lacks {key!r}")
        name = str(d["name"])
        return cls(
            name=name,
            hosts=tuple(h.lower() for h in d["hosts"]),
            markers=_selectors(d["markers"], f"{name}.markers"),
            script_markers=tuple(d["script_markers"]),
            body=_selectors(d["body"], f"{name}.body"),
            title=_selectors(d["title"], f"{name}.title"),
            author=_selectors(d["author"], f"{name}.author"),
            dates=_patterns(d["dates"], f"{name}.dates", {"epoch", "ctime", "date"}),
            script_authors=_patterns(d["script_authors"], f"{name}.script_authors", {"author"}),
            utc_offset=dt.timezone(dt.timedelta(hours=float(d["utc_offset_hours"]))),
            marker_names=tuple(tuple(_NAMES.findall(m)) for m in d["markers"]),
            marker_attrs=tuple(_attribute_gates(m) for m in d["markers"]),
            site_titles=frozenset(_title_key(t) for t in d.get("site_titles", [])),
            script_titles=_patterns(d.get("script_titles", []), f"{name}.script_titles", {"title"}),
            title_from_post=bool(d.get("title_from_post", False)),
        )

    # ---- questions about one page --------------------------------------------------------------
    def matches(
        self, root: etree._Element, url: str | None, scripts: str, source: str | None = None
    ) -> bool:
        """Whether the page is this platform's; ``source``, the page's HTML, lets markers whose
        names (or the names of the attributes they test) do not occur in it be skipped without a
        tree search."""
        host = (urlsplit(url).hostname or "").lower() if url else ""
        if host and any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        if any(m in scripts for m in self.script_markers):
            return True
        return any(
            _first(sel, root) is not None
            for sel, names, attrs in zip(
                self.markers, self.marker_names, self.marker_attrs, strict=True
            )
            if source is None
            or (all(n in source for n in names) and all(a.search(source) for a in attrs))
        )

    def body_element(self, root: etree._Element) -> etree._Element | None:
        """The first element a body selector finds that holds text."""
        for sel in self.body:
            for el in sel(root):
                if _WS.sub("", el.text_content() or ""):
                    return el
        return None

    def is_site_title(self, title: str | None) -> bool:
        """Whether ``title`` is only the platform's name (the page gives its post no title)."""
        return bool(title) and _title_key(title or "") in self.site_titles

    def text_of(self, sels: tuple[CSSSelector, ...], root: etree._Element) -> str | None:
        for sel in sels:
            for el in sel(root):
                text = _WS.sub(" ", el.text_content() or "").strip()
                if text and len(text) <= 120:
                    return text
        return None

    def post_title(self, scripts: str, first_paragraph: str | None) -> str | None:
        """A title for a post the page gives none: the one its scripts state, else its opening
        (:func:`post_title`); None unless the platform's data asks for it."""
        if not self.title_from_post:
            return None
        for p in self.script_titles:
            m = p.search(scripts)
            if m:
                got = post_title(_TAG.sub("", _unescape(m.group("title"))))
                if got:
                    return got
        return post_title(first_paragraph) if first_paragraph else None

    def script_author(self, scripts: str) -> str | None:
        for p in self.script_authors:
            m = p.search(scripts)
            if m and m.group("author").strip():
                return _unescape(m.group("author").strip())
        return None

    def date(self, scripts: str) -> str | None:
        """The publication date the page's scripts state (ISO), or None."""
        for p in self.dates:
            for m in p.finditer(scripts):
                got = self._date_of(m)
                if got:
                    return got
        return None

    def _date_of(self, m: re.Match[str]) -> str | None:
        groups = m.groupdict()
        try:
            if groups.get("epoch"):
                ts = int(groups["epoch"])
                if ts <= 0:
                    return None
                return dt.datetime.fromtimestamp(ts, self.utc_offset).date().isoformat()
            if groups.get("ctime"):
                parsed = dt.datetime.strptime(groups["ctime"], "%a %b %d %H:%M:%S %z %Y")
                return parsed.astimezone(self.utc_offset).date().isoformat()
            if groups.get("date"):
                y, mo, d = (int(x) for x in re.split(r"\D+", groups["date"])[:3])
                return dt.date(y, mo, d).isoformat()
        except (ValueError, OverflowError, OSError):
            return None
        return None


# the ids, class names and quoted attribute values a selector needs in the page's source
_NAMES = re.compile(r"(?<=[#.])[\w-]+|(?<=')[^']+(?=')")


# the attribute names a selector tests ("[data-testid='article']")
_ATTR_NAMES = re.compile(r"(?<=\[)[\w-]+")


def _attribute_gates(selector: str) -> tuple[re.Pattern[str], ...]:
    """Patterns one of which a page's source must hold for ``selector`` to find an element, one
    per attribute name it tests: lxml's HTML parser gives attribute names in lower case however
    the page writes them, so each is looked for without case.

    Only the name from its first caseless character on (``-testid`` of ``data-testid``): the
    regex engine then scans for that character in C before comparing, where a pattern opening
    with a letter without case is tried at every position (as slow as the tree search it
    spares).  A name of letters only gets no gate.
    """
    gates = []
    for name in _ATTR_NAMES.findall(selector):
        at = next((i for i, c in enumerate(name) if c.lower() == c.upper()), None)
        if at is not None:
            gates.append(re.compile(re.escape(name[at:]), re.I))
    return tuple(gates)


def _first(sel: CSSSelector, root: etree._Element) -> etree._Element | None:
    for el in sel(root):
        return el
    return None


_TAG = re.compile(r"<[^>]{0,400}>")
_HEADLINE = re.compile(r"^\s*【([^【】]{2,80})】")
_FIRST = re.compile(r"^.*?[。！？!?](?=[^。！？!?”」』]|$)", re.S)
_HASHTAG = re.compile(r"#([^#\n]{1,40})#")
#: a post's opening taken for its title is cut to this many characters (a headline's length)
POST_TITLE_MAX = 40


def post_title(text: str) -> str | None:
    """A social post's title: its 【headline】, else its first sentence without the full stop,
    at most POST_TITLE_MAX characters (cut with …); hashtags lose their # marks."""
    text = text.strip()
    m = _HEADLINE.match(text)
    if m:
        head = m.group(1)
    else:
        first = _FIRST.match(text)
        head = (first.group(0) if first else text).rstrip("。")
    head = _WS.sub(" ", _HASHTAG.sub(r"\1", head)).strip(" #")
    if not head:
        return None
    return head if len(head) <= POST_TITLE_MAX else head[: POST_TITLE_MAX - 1] + "…"


def _unescape(s: str) -> str:
    try:
        return str(json.loads(f'"{s}"'))
    except ValueError:
        return s


@dataclass(frozen=True)
class Platforms:
    platforms: tuple[Platform, ...]
    script_body_keys: frozenset[str]
    script_min_chars: int
    text_notices: tuple[re.Pattern[str], ...] = ()
    text_chrome: tuple[re.Pattern[str], ...] = ()
    text_starts: tuple[re.Pattern[str], ...] = ()
    removed_notices: frozenset[str] = frozenset()

    def is_removed_notice(self, line: str) -> bool:
        """A platform's message in place of an article it removed or blocked (see the data)."""
        # a line's key opens with its first character that is no space or punctuation: most
        # lines (every line of every page is asked) are ruled out by it, without their key
        if line.lstrip(_NOTICE_STRIP)[:1] not in self._notice_firsts:
            return False
        return _notice_key(line) in self.removed_notices

    @cached_property
    def _notice_firsts(self) -> frozenset[str]:
        return frozenset(key[:1] for key in self.removed_notices)

    def is_text_start(self, line: str) -> bool:
        """A line right above a platform's article in a copied page (see the data file)."""
        return len(line) <= NOTICE_MAX_CHARS and self._sets[2].search_any(line)

    def is_notice(self, line: str) -> bool:
        """A line a platform appends to an article (text input; ``line`` in simplified script).

        The notice must stand in the line's first sentence, and the line be at most
        NOTICE_MAX_CHARS: otherwise it is a paragraph with a notice run into its end, which the
        end-matter rules of :mod:`.flat_text` cut."""
        if len(line) > NOTICE_MAX_CHARS:
            return False
        first = _FIRST_SENTENCE.match(line)
        head = first.group(0) if first else line
        return self._sets[0].search_any(head)

    def is_text_chrome(self, line: str) -> bool:
        return len(line) <= NOTICE_MAX_CHARS and self._sets[1].search_any(line)

    @cached_property
    def _sets(self) -> tuple[PatternSet, PatternSet, PatternSet]:
        """text_notices, text_chrome and text_starts, each asked as one set: only the patterns
        a line may match are tried (:mod:`.pattern_set`)."""
        return (
            PatternSet(self.text_notices),
            PatternSet(self.text_chrome),
            PatternSet(self.text_starts),
        )

    def detect(
        self, root: etree._Element, url: str | None, scripts: str, source: str | None = None
    ) -> Platform | None:
        for p in self.platforms:
            if p.matches(root, url, scripts, source):
                return p
        return None


def parse_platforms(data: dict[str, Any]) -> Platforms:
    """Check and compile the platform data (raises ConfigError)."""
    if data.get("schema") != SCHEMA:
        raise ConfigError(f"platform data: schema {data.get('schema')!r}, expected {SCHEMA!r}")
    for key in (
        "platforms",
        "script_body_keys",
        "script_min_chars",
        "text_notices",
        "text_chrome",
        "text_starts",
    ):
        if key not in data:
            raise ConfigError(f"platform data: missing {key!r}")
    removed = data.get("removed_notices", [])
    if not isinstance(removed, list) or not all(isinstance(t, str) and t.strip() for t in removed):
        raise ConfigError("platform data: 'removed_notices' must be a list of non-empty strings")
    platforms = tuple(Platform.from_data(d) for d in data["platforms"])
    names = [p.name for p in platforms]
    if len(set(names)) != len(names):
        raise ConfigError("platform data: a platform name is used twice")
    return Platforms(
        platforms=platforms,
        script_body_keys=frozenset(data["script_body_keys"]),
        script_min_chars=int(data["script_min_chars"]),
        text_notices=_compiled(data["text_notices"], "text_notices"),
        text_chrome=_compiled(data["text_chrome"], "text_chrome"),
        text_starts=_compiled(data["text_starts"], "text_starts"),
        removed_notices=frozenset(_notice_key(t) for t in data.get("removed_notices", [])),
    )


_NOTICE_PUNCT = re.compile(r"[\s,，.。!！:：;；]+")
# the characters _NOTICE_PUNCT matches: its punctuation and the white space of ``\s`` (the
# characters for which str.isspace() holds, all below U+3100: a test checks the whole range)
_NOTICE_STRIP = ",，.。!！:：;；" + "".join(c for c in map(chr, range(0x3100)) if c.isspace())


def _notice_key(line: str) -> str:
    """A notice compared without spaces and punctuation (pages vary them)."""
    return _NOTICE_PUNCT.sub("", line)


def _compiled(values: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for v in values:
        try:
            out.append(re.compile(v))
        except re.error as e:
            raise ConfigError(f"platform data: bad pattern in {where}: {v!r}: {e}") from e
    return tuple(out)


@lru_cache(maxsize=1)
def load_platforms() -> Platforms:
    """The packaged platform knowledge (``dashiji/data/platforms.json``), compiled once."""
    try:
        raw = resources.files("dashiji").joinpath("data/platforms.json").read_text("utf-8")
        data = json.loads(raw)
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"platform data unreadable: {e}") from e
    return parse_platforms(data)
