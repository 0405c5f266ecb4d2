"""Portal chrome knowledge for flattened page text, loaded from ``data/chrome_zh.json``.

The data file holds the words and patterns; this module only loads, checks and compiles them
(schema ``dashiji.chrome_zh/1``) and answers questions about one stripped line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import ConfigError
from .pattern_set import PatternSet

SCHEMA = "dashiji.chrome_zh/1"
_REQUIRED: dict[str, tuple[str, ...]] = {
    "stop": ("exact", "prefixes", "headers", "patterns"),
    "chrome": ("exact", "prefixes", "patterns"),
    "breadcrumb": ("separators", "home_words", "tail_words", "max_segment_chars"),
    "meta": ("patterns", "outlet_patterns", "author_patterns", "line_patterns"),
    "caption": ("credit_patterns", "prefix_patterns", "max_chars"),
    "list_item": ("patterns", "max_chars"),
    "inline_box": (
        "exact",
        "prefixes",
        "headers",
        "patterns",
        "max_lines",
        "min_resume_chars",
        "min_resume_paragraphs",
    ),
    "credit": (
        "roles",
        "editorial_roles",
        "spaced_roles",
        "lead_words",
        "max_value_chars",
        "max_chars",
    ),
    "contents": ("number_pattern", "edit_marks", "min_entries"),
    "table_intro": ("patterns",),
    "close_button": ("exact",),
    "account": ("follow_buttons",),
    "glued_tail": ("after", "patterns"),
    "teaser_feed": ("speaker_ends",),
}
# brackets a chrome word may stand in: 【举报】 [打印] （关闭）
_BRACKETS = "【】[]（）()「」<>《》"


def _compile(patterns: list[str], where: str) -> list[re.Pattern[str]]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as e:
            raise ConfigError(f"chrome data: bad pattern in {where}: {p!r}: {e}") from e
    return out


# a Latin label beside a list heading: "往期推荐 | RECOMMEND", "READ MORE 延伸阅读"
_LATIN_TAIL = re.compile(r"^(.*?[\u3400-\u9fff])[\s|｜丨/·•\-—_]*[A-Za-z][A-Za-z\s]*$")
_LATIN_HEAD = re.compile(r"^[A-Za-z][A-Za-z\s]*[\s|｜丨/·•\-—_]+(?=[\u3400-\u9fff])")
# what may follow a list heading at the start of a line: a separator, then its first entry
_HEADER_SEPARATORS = tuple(":：|｜丨>》→-—/ \u3000")
_SENTENCE = re.compile(r"[，,。！？!?；;]")
# a credit's name holds no sentence mark, colon or quotation ("记者：您怎么看？" is an interview)
_CREDIT_STOP = re.compile(r"[，,。！？!?；;：:“”\"]")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")
HEADER_REST_MAX = 30  # a glued rest longer than a headline is prose; not tuned


def undecorated(line: str) -> str:
    """``line`` without the symbols, dashes, emoji and Latin label around a heading (``▼ 往期推荐
    ▼``, ``—— 相关阅读 ——``, ``📌延伸阅读``, ``热门推荐 | RECOMMEND`` -> the heading's words)."""
    s = line
    for _ in range(2):
        i, j = 0, len(s)
        while i < j and not s[i].isalnum():
            i += 1
        while j > i and not s[j - 1].isalnum():
            j -= 1
        s = s[i:j]
        m = _LATIN_TAIL.match(s)
        if m:
            s = m.group(1)
        m = _LATIN_HEAD.match(s)
        if m:
            s = s[m.end() :]
    return s


@dataclass(frozen=True)
class _WordSet:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    #: asked by PatternSet.search_any: only the patterns a line may match are tried
    patterns: PatternSet
    headers: tuple[str, ...] = ()

    def match(self, line: str) -> bool:
        bare = line.strip(_BRACKETS + " \u3000")
        if line in self.exact or bare in self.exact:
            return True
        if line.startswith(self.prefixes) or bare.startswith(self.prefixes):
            return True
        if self.headers and len(line) <= 100:  # list headings (stop, inline_box), decorated
            plain = undecorated(line)
            if plain in self.exact or self._header(plain):
                return True
        return self.patterns.search_any(line)

    def _header(self, plain: str) -> bool:
        """A list heading at the start of the line, then a separator and its first entry, or a
        rest that holds no sentence ("推荐阅读《某书》"); not a sentence that starts with the
        heading's words ("推荐阅读书单的二十位市民中，…")."""
        for h in self.headers:
            if plain.startswith(h):
                rest = plain[len(h) :]
                if not rest or rest.startswith(_HEADER_SEPARATORS):
                    return True
                if len(rest) <= HEADER_REST_MAX and not _SENTENCE.search(rest):
                    return True
        return False


class Chrome:
    """Compiled chrome knowledge; build with :func:`load_chrome`."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("schema") != SCHEMA:
            raise ConfigError(f"chrome data: schema {data.get('schema')!r}, expected {SCHEMA!r}")
        for section, keys in _REQUIRED.items():
            if not isinstance(data.get(section), dict):
                raise ConfigError(f"chrome data: missing section {section!r}")
            for key in keys:
                if key not in data[section]:
                    raise ConfigError(f"chrome data: missing {section}.{key}")
        self.stop = self._words(data["stop"], "stop")
        self.chrome = self._words(data["chrome"], "chrome")
        box = data["inline_box"]
        self.inline_box = self._words(box, "inline_box")
        self.inline_box_max_lines = int(box["max_lines"])
        self.inline_box_resume = int(box["min_resume_chars"])
        self.inline_box_paragraphs = int(box["min_resume_paragraphs"])
        self.comment_headers = frozenset(box.get("comment_headers", ()))
        self.comment_max_lines = int(box.get("comment_max_lines", 0))
        self.comment_paragraphs = int(box.get("comment_min_paragraphs", 0))
        self.comment_scan = int(box.get("comment_scan", 0))
        self.comment_voice = PatternSet(
            _compile(box.get("comment_voice", []), "inline_box.comment_voice")
        )
        self.comment_signals = PatternSet(
            _compile(box.get("comment_signals", []), "inline_box.comment_signals")
        )
        bc = data["breadcrumb"]
        seps = sorted(bc["separators"], key=len, reverse=True)
        self._bc_split = re.compile("|".join(re.escape(s) for s in seps))
        self._bc_home = tuple(bc["home_words"])
        self._bc_tail = frozenset(bc["tail_words"])
        self._bc_max = int(bc["max_segment_chars"])
        meta = data["meta"]
        self.meta_date = _compile(meta["patterns"], "meta.patterns")
        self.meta_outlet = _compile(meta["outlet_patterns"], "meta.outlet_patterns")
        self.meta_author = _compile(meta["author_patterns"], "meta.author_patterns")
        self.meta_line = PatternSet(_compile(meta["line_patterns"], "meta.line_patterns"))
        self.meta_glued = _compile(meta.get("glued_prose", []), "meta.glued_prose")
        li = data["list_item"]
        self.list_item = PatternSet(_compile(li["patterns"], "list_item.patterns"))
        self.list_item_max = int(li["max_chars"])
        ct = data["contents"]
        self.toc_number = _compile([ct["number_pattern"]], "contents.number_pattern")[0]
        self.edit_marks = tuple(sorted(ct["edit_marks"], key=len, reverse=True))
        self.toc_min_entries = int(ct["min_entries"])
        self.close_buttons = frozenset(data["close_button"]["exact"])
        self.follow_buttons = frozenset(data["account"]["follow_buttons"])
        glued = data["glued_tail"]
        self.glued_after = frozenset(glued["after"])
        self.glued_tails = _compile(glued["patterns"], "glued_tail.patterns")
        # the characters of glued_after, found by one compiled search (not a Python step a
        # character of each line); None when there is none
        ends = sorted(ch for ch in self.glued_after if len(ch) == 1)
        self._glued_at = re.compile(f"[{''.join(map(re.escape, ends))}]") if ends else None
        self.table_intro = PatternSet(
            _compile(data["table_intro"]["patterns"], "table_intro.patterns")
        )
        # a speaker's words before a colon (某某表示：), which opens a quote, not a headline
        self.speaker_ends = tuple(map(str, data["teaser_feed"]["speaker_ends"]))
        cr = data["credit"]
        editorial = [str(r) for r in cr["editorial_roles"]]
        roles = sorted({*map(str, cr["roles"]), *editorial}, key=len, reverse=True)
        if not roles:
            raise ConfigError("chrome data: credit.roles is empty")
        self._editorial = frozenset(editorial)
        self._credit_lead = tuple(str(w) for w in cr["lead_words"])
        spaced = sorted(map(str, cr["spaced_roles"]), key=len, reverse=True)
        self._credit_role = re.compile(
            r"(?:^|(?<=[\s/|｜丨·•、，,；;]))(?:(" + "|".join(map(re.escape, roles)) + r")"
            r"\s*[:：|｜丨/]\s*|(" + "|".join(map(re.escape, spaced)) + r")\s+)"
            r"(?=[^\s:：|｜丨/])"
        )
        self._credit_value_max = int(cr["max_value_chars"])
        self.credit_max = int(cr["max_chars"])
        cap = data["caption"]
        # both asked together (is_caption): one set
        self.caption = PatternSet(
            _compile(cap["credit_patterns"], "caption.credit_patterns")
            + _compile(cap["prefix_patterns"], "caption.prefix_patterns")
        )
        self.caption_max = int(cap["max_chars"])

    @staticmethod
    def _words(section: dict[str, Any], where: str) -> _WordSet:
        return _WordSet(
            frozenset(section["exact"]),
            tuple(section["prefixes"]),
            PatternSet(_compile(section["patterns"], f"{where}.patterns")),
            tuple(section.get("headers", ())),
        )

    # ---- questions about one stripped line -------------------------------------------------
    def is_stop(self, line: str) -> bool:
        return self.stop.match(line)

    def is_inline_box(self, line: str) -> bool:
        return self.inline_box.match(line)

    def is_comment_header(self, line: str) -> bool:
        """A comment section's header, which a page may also show as a picture's caption."""
        return undecorated(line) in self.comment_headers

    def is_comment_furniture(self, line: str) -> bool:
        """A comment's post time, reply or like count, floor number (see comment_signals)."""
        return self.comment_signals.search_any(line)

    def in_reader_voice(self, line: str) -> bool:
        """A first person, question or exclamation outside quotation marks (see comment_voice)."""
        own = _QUOTED.sub("", line)
        return self.comment_voice.search_any(own)

    def is_chrome(self, line: str) -> bool:
        return self.chrome.match(line)

    def is_breadcrumb(self, line: str) -> bool:
        parts = [p.strip() for p in self._bc_split.split(line)]
        if len(parts) < 2:
            return line.startswith(self._bc_home) and len(line) <= self._bc_max
        if any(len(p) > self._bc_max for p in parts):
            return False
        first = parts[0]
        last_words = set(parts[-1].split())
        return (
            first.startswith(self._bc_home)
            or bool(last_words & self._bc_tail)
            or (len(parts) >= 3 and all(len(p) <= 10 for p in parts))
        )

    def is_meta(self, line: str) -> bool:
        return self.meta_line.search_any(line)

    def byline_lead(self, line: str) -> int:
        """The length of a byline the line's first sentence is run into (``作者：某某不过，…``
        -> 6), 0 when the line opens with none."""
        for p in self.meta_glued:
            m = p.match(line)
            if m:
                return m.end()
        return 0

    def is_list_item(self, line: str) -> bool:
        return len(line) <= self.list_item_max and self.list_item.search_any(line)

    def is_caption(self, line: str) -> bool:
        if len(line) > self.caption_max:
            return False
        return self.caption.search_any(line)

    def credit(self, line: str) -> str | None:
        """``"stop"`` for a credit line that ends the article, ``"meta"`` for a single byline
        credit, None for any other line (see the data's credit section)."""
        s = line.strip(_BRACKETS + " \u3000")
        for w in self._credit_lead:
            if s.startswith(w):
                s = s[len(w) :].lstrip()
                break
        if not s or len(s) > self.credit_max:
            return None
        found = list(self._credit_role.finditer(s))
        if not found or found[0].start() != 0:
            return None
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(s)
            value = s[m.end() : end].strip(" \t\u3000/|｜丨·•、，,；;")
            if not value or len(value) > self._credit_value_max or _CREDIT_STOP.search(value):
                return None
        if len(found) >= 2 or any((m.group(1) or m.group(2)) in self._editorial for m in found):
            return "stop"
        return "meta"

    def is_follow_button(self, line: str) -> bool:
        return line in self.follow_buttons

    def is_close_button(self, line: str) -> bool:
        return line in self.close_buttons

    def glued_tail(self, line: str) -> int | None:
        """Where end matter run into the line's last sentence begins (``…处理。原标题：…`` ->
        the offset after ``。``), or None.  The earliest sentence end whose tail matches wins."""
        if self._glued_at is None or len(line) < 2:
            return None
        for m in self._glued_at.finditer(line, 0, len(line) - 1):
            if any(p.match(line, m.end()) for p in self.glued_tails):
                return m.end()
        return None

    def is_table_intro(self, line: str) -> bool:
        return self.table_intro.search_any(line)

    def is_speaker(self, head: str) -> bool:
        """Does ``head``, the text before a colon, end like a speaker's (某某表示, 某报记者)?"""
        return head.rstrip().endswith(self.speaker_ends)

    def heading(self, line: str) -> str:
        """``line`` without a trailing edit link (``历史沿革[编辑]`` -> ``历史沿革``)."""
        for mark in self.edit_marks:
            if line.endswith(mark) and len(line) > len(mark):
                return line[: -len(mark)].rstrip()
        return line

    def contents_entry(self, line: str) -> str | None:
        """The heading a numbered contents line points to (``1.2 近代`` -> ``近代``), or None."""
        m = self.toc_number.match(line)
        if not m:
            return None
        return self.heading(line[m.end() :].strip()) or None

    def byline(self, line: str) -> tuple[str | None, str | None, str | None]:
        """(ISO date, outlet, author) stated by a byline line, each None when absent."""
        date = None
        for p in self.meta_date:
            m = p.search(line)
            if m:
                date = _iso_date(m.group("date"))
                if date:
                    break
        outlet = _first_group(self.meta_outlet, line, "outlet")
        author = _first_group(self.meta_author, line, "author")
        return date, outlet, author


_DATE_PARTS = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _iso_date(s: str) -> str | None:
    m = _DATE_PARTS.search(s)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _first_group(patterns: list[re.Pattern[str]], line: str, group: str) -> str | None:
    for p in patterns:
        m = p.search(line)
        if m:
            return m.group(group).strip() or None
    return None


def _t2s():  # type: ignore[no-untyped-def]
    """The process's one OpenCC t2s converter (:func:`dashiji.normalize.script.converter`)."""
    try:
        from ..normalize.script import converter

        return converter("t2s")
    except ImportError:  # pragma: no cover - opencc is a dependency; degrade to no folding
        return None


def simplified(line: str) -> str:
    """``line`` in simplified script, so one word list serves both scripts (繁 -> 简)."""
    cc = _t2s()
    return cc.convert(line) if cc is not None else line


@lru_cache(maxsize=1)
def load_chrome() -> Chrome:
    """The packaged chrome knowledge (``dashiji/data/chrome_zh.json``), compiled once."""
    try:
        raw = resources.files("dashiji").joinpath("data/chrome_zh.json").read_text("utf-8")
        data = json.loads(raw)
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"chrome data unreadable: {e}") from e
    return Chrome(data)
