"""The news-event lexicon: trigger words of everyday news (courts, police, accidents, deaths,
marriages, companies…) typed in Baidu's DuEE 1.0 schema, and PLOVER/CAMEO where the event is also
a political interaction.  The words live in ``data/events/news_triggers.jsonl`` (schema in
``data/events/SCHEMA.md``); the DuEE types and their roles in ``data/events/duee_schema.jsonl``.

:meth:`NewsLexicon.match` finds the triggers of a (simplified-script) text: leftmost-longest,
non-overlapping; a match that lies inside one of its entry's ``stop`` words (上市公司 for 上市,
拘留所 for 拘留) is no trigger, nor is a match of an entry with ``requires_any`` whose sentence
(up to 。！？；or a line break) holds none of those words, nor is a match of two or three
characters that jieba's segmentation cuts across (并购买: 并 / 购买;
:func:`..segment.straddles`).  Where several entries share a word, the first one in file order
that survives these checks is the match.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import DataFileError, read_records
from ..segment import STRADDLE_LONGEST, in_dictionary, straddles
from ..wordscan import SHARED, WordScanner

_FILES = ("news_triggers.jsonl", "news_political.jsonl")
_SCHEMA_FILE = "duee_schema.jsonl"
GAP = "…"  # in a word: the two parts stand within MAX_GAP characters of one clause
MAX_GAP = 16
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)
_PLOVER_ROLES = frozenset({"source", "target"})
# the CAMEO actor types of generic_actors.json an entry's agent_kinds may name, and PRO: a
# prosecutor (a JUD body that prosecutes: 检察院, 律政司) — JUD there names a court or a judge
AGENT_KINDS = frozenset("COP JUD PRO GOV MIL CVL OPP CRM MED BUS EDU LAB HLH".split())
_SENT_END = re.compile(r"[。！？!?；;\n]")


def _sentence(text: str, a: int, b: int, lo: int, hi: int) -> str:
    """The sentence of ``text[lo:hi]`` around the span ``a:b``."""
    s = lo
    for m in _SENT_END.finditer(text, lo, a):
        s = m.end()
    after = _SENT_END.search(text, b, hi)
    return text[s : after.start() if after else hi]


class _Sentences:
    """:func:`_sentence` for many spans of one ``text[lo:hi]``: the sentence ends are found
    once (a span's own scan from ``lo`` costs as much as the text before it)."""

    __slots__ = ("text", "lo", "hi", "ends")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.ends = [m.start() for m in _SENT_END.finditer(text, lo, hi)]

    def around(self, a: int, b: int) -> str:
        ends = self.ends
        k = bisect_left(ends, a)
        j = bisect_left(ends, b, k)
        return self.text[ends[k - 1] + 1 if k else self.lo : ends[j] if j < len(ends) else self.hi]


# a span of time right after a verdict verb (被判5年, 获判三年六个月, 被判了两年, 被判2年6个月,
# 被判一年半) is the prison term an entry whose object is 刑期 requires (no 刑/徒刑 word needed)
_NUM = "[0-9一二三四五六七八九十两]+"
_TERM_AFTER = re.compile(
    rf"(?:处|了)?{_NUM}(?:年半?(?:零?{_NUM}个月)?|个半?月)(?![前后间内来底初期级0-9])"
)
# a term written short right after a verdict verb of the sentence (…作出一审判决，甲被判2年6个月,
# 甲获刑两年, 甲被判监14个月): the prison term a ruling word of the sentence requires
_TERM_TOLD_SHORT = re.compile(r"(?:判[监囚]?|获刑)" + _TERM_AFTER.pattern)
# 被判处5年，缓期5年执行, 判处3年缓刑: the term is suspended, no one goes to prison
_SUSPENDED = re.compile(r"[^。；！？]{0,12}?缓(?:期|刑)")


def term_after(e: NewsEntry, text: str, end: int) -> bool:
    """Does a prison term follow the trigger ending at ``end`` of an entry whose object is the
    term (刑期)?"""
    if e.object != "刑期" or (term := _TERM_AFTER.match(text, end)) is None:
        return False
    return _SUSPENDED.match(text, term.end()) is None


# a model's code - Latin letters and digits mixed, a letter first (X5, Y9000X) or two digits or
# more first (508L; not 5G, 4K) - and then, in its clause, no more than a few words (将于下月)
MODEL_CODE = r"(?<![A-Za-z0-9])(?:[A-Za-z]+[0-9][A-Za-z0-9]*|[0-9]{2,}[A-Za-z][A-Za-z0-9]*)"
_MODEL_CODE_BEFORE = re.compile(MODEL_CODE + r"[^，。；！？、,;!?A-Za-z0-9]{0,8}$")
_MODEL_WINDOW = 24  # characters looked at before the trigger
_LAUNCH = "产品行为-发布"


def model_before(e: NewsEntry, text: str, start: int) -> bool:
    """Does a model's code stand before the trigger starting at ``start`` of a launch entry, in
    its clause and a few words away (某品牌Y9000X将于下月上市, 某某508L开售: the code names the
    product, no noun of products needed)?"""
    if e.news != _LAUNCH:
        return False
    return _MODEL_CODE_BEFORE.search(text, max(0, start - _MODEL_WINDOW), start) is not None


def _required(e: NewsEntry, sent: str) -> bool:
    """Does ``sent`` hold a word of ``e.requires_any`` outside the words that, before the
    trigger, make it no event (价 of 股价 is no price of goods: 股价…，跌幅3%), or, for an entry
    of a prison term, a term written short after a verdict verb (甲被判2年6个月)?"""
    for w in e.not_before:
        if w in sent:
            sent = sent.replace(w, "\x00")
    return _any_word(e.requires_any).search(sent) is not None or short_term_told(e, sent)


@lru_cache(maxsize=1024)  # (one per entry's list of words: the lexicon's, a few hundred)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for a word of ``words`` (an entry's ten or thirty, asked in turn with ``in``
    cost more): it finds one wherever one of them is written."""
    return re.compile("|".join(re.escape(w) for w in words))


def short_term_told(e: NewsEntry, sent: str) -> bool:
    """Does ``sent`` tell, for an entry of a prison term, a term written short right after a
    verdict verb (…作出一审判决，甲被判2年6个月: no 刑 word needed), not one suspended (获判两年，
    缓期三年执行)?"""
    return e.news == _JAILED and any(
        _SUSPENDED.match(sent, t.end()) is None for t in _TERM_TOLD_SHORT.finditer(sent)
    )


_JAILED = "司法行为-入狱"


def _gap_key(head: str, tail: str) -> str:
    """The part of a gapped word (批准…保释) the lexicon's scan looks for: the longer one, the
    first of two as long."""
    return tail if len(tail) > len(head) else head


class NewsLexiconError(DataFileError):
    """The news-trigger file is invalid."""

    label = "<news triggers>"


@dataclass(slots=True, frozen=True)
class NewsEntry:
    id: str
    news: str | None  # DuEE "class-type", or None for a PLOVER-only entry
    words: tuple[str, ...]
    subject: str | None = None  # DuEE role (or source/target) of the active subject
    object: str | None = None  # DuEE role (or source/target) of what the trigger acts on
    plover: str | None = None
    cameo: str | None = None
    stop: tuple[str, ...] = ()
    requires_any: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()  # words that, right after the trigger, make it no event
    not_before: tuple[str, ...] = ()  # words that, right before the trigger, make it no event
    status: str | None = None  # the status the word itself states (推迟 → postponed)
    negated: bool = False  # the word itself denies the event (否认出轨)
    # the kinds of actor (COP, JUD…) that do this act: one named in the sentence is its doer
    # when the sentence names no other (张某被拘留 announced by the police, 还押 by a judge)
    agent_kinds: tuple[str, ...] = ()
    # the word is this act only when its sentence names a participant of ``agent_kinds`` (带离:
    # led away by the police is an arrest, by bailiffs out of a courtroom none)
    agent_required: bool = False
    # the DuEE role of a sum written right after the trigger (罚金5万元: 罚款金额)
    amount: str | None = None
    # the kinds of participant (BUS…) the act is against: with none in the sentence's target
    # place, one of the kind the article names nearby is its target (events.frame)
    against: tuple[str, ...] = ()
    # a two-party act of a case (a suit, an appeal): a side the sentence leaves out is the
    # other party of the article's earlier act the known one took part in (events.frame)
    case: bool = False
    # the event keeps its PLOVER type only: ``news`` names the type whose roles and doubts it
    # is read with, the event carries no DuEE type in the end (还押: custody, no arrest) and is
    # coded with no participant's country too when one of ``agent_kinds`` is named before it in
    # its sentence (法官…将其还押候审)
    roles_only: bool = False
    # the same, only for an event whose doer (a source) is of one of these kinds (收押 by a
    # court: a remand in custody; by the police: a detention, an arrest)
    roles_only_by: tuple[str, ...] = ()
    # a gapped word (禁止…销售) is this act only when its gap holds one of these words (禁止某国
    # 手机在本国销售: a ban on sale in a country; not 禁止商家销售过期食品: a trade rule)
    gap_has: tuple[str, ...] = ()
    note: str = ""


@dataclass(slots=True)
class NewsMatch:
    start: int
    end: int
    entry: NewsEntry
    text: str


_Stops = list[tuple[int, int, tuple[NewsEntry, ...]]]  # (start, end, entries): by end


def _cover_of(stops: _Stops) -> Callable[[int, int], list[tuple[int, tuple[NewsEntry, ...]]]]:
    """For the stop words ``stops`` (start, end, entries: in the scan's order, by end), what
    gives the (length, entries) of those that cover ``a:b``: those ending at ``b`` or after, by
    ``a`` + the longest one's length (one ending later opens after ``a``), opening by ``a`` -
    bisected, not each one asked."""
    ends = [sb for _, sb, _ in stops]
    longest = max((sb - sa for sa, sb, _ in stops), default=0)

    def covering(a: int, b: int) -> list[tuple[int, tuple[NewsEntry, ...]]]:
        lo = bisect_left(ends, b)
        hi = bisect_right(ends, a + longest, lo)
        return [(sb - sa, se) for sa, sb, se in stops[lo:hi] if sa <= a]

    return covering


# (the gap's pattern stops at ，。；！？,; already: a colon is the one clause cut left to test)
_GAP_CUTS = frozenset("：:")


def _gap_holds(words: tuple[str, ...], text: str, m: re.Match[str], head: str, tail: str) -> bool:
    """Does the gap of the gapped word ``head…tail`` matched at ``m`` hold one of ``words``,
    inside one clause (禁止以下交易：在某商店上架…: the ban is 禁止…交易, the listing the first
    thing it names)?"""
    gap = text[m.start() + len(head) : m.end() - len(tail)]
    return any(w in gap for w in words) and _GAP_CUTS.isdisjoint(gap)


def _requiring(entries: Sequence[NewsEntry]) -> bool:
    """Does one of ``entries`` require a cue word in its sentence (``requires_any``)?  (A plain
    loop: asked of every trigger match, most of one entry, where a generator cost more.)"""
    for e in entries:
        if e.requires_any:
            return True
    return False


@dataclass
class NewsLexicon:
    entries: list[NewsEntry]
    roles: dict[str, tuple[str, ...]]  # DuEE type → its roles
    _automaton: Any = field(default=None, repr=False)
    # (pattern, entry, its first part, its last part): no match where either part is not
    # (checked first: a first part may be one common character, 为…庆生)
    _gaps: list[tuple[re.Pattern[str], NewsEntry, str, str]] = field(
        default_factory=list, repr=False
    )
    # what readers of the lexicon build from it once, kept with it (events.frame's tables):
    # freed with the lexicon
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # the text trigger_starts was last asked about, scanned whole: (text, its hits, their last
    # indices, how many trigger words or parts before each), for the questions about its other
    # pieces (:meth:`_scan`)
    _last: Any = field(default=None, repr=False, compare=False)
    # the part of each of ``_gaps`` the scan looks for (:func:`_gap_key`), in their order
    _gap_keys: list[str] = field(default_factory=list, repr=False, compare=False)
    # each word of a ``roles_only`` (or ``roles_only_by``) entry, no gapped one: the DuEE type
    # its events are read with, and carry no more once read (还押 → 司法行为-拘捕: custody, no
    # arrest) - with the kinds of doer it holds for (none: every event)
    roles_only: dict[str, tuple[str, tuple[str, ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # the same for the gapped words of those entries (撤销…的保释): (first part, last part)
    _roles_only_gaps: list[tuple[str, str, tuple[str, tuple[str, ...]]]] = field(
        default_factory=list, repr=False, compare=False
    )

    def roles_only_of(self, trigger: str) -> tuple[str | None, tuple[str, ...]]:
        """The ``roles_only`` DuEE type and kinds of doer of the trigger text ``trigger`` - a
        word of such an entry, or the text a gapped one matched (撤销了某某的保释) - or None."""
        found = self.roles_only.get(trigger)
        if found is not None:
            return found
        for head, tail, value in self._roles_only_gaps:
            if trigger.startswith(head) and trigger.endswith(tail):
                return value
        return None, ()

    def __post_init__(self) -> None:
        table: dict[str, tuple[list[NewsEntry], list[NewsEntry]]] = {}
        gaps: list[tuple[re.Pattern[str], NewsEntry, str, str]] = []
        for e in self.entries:
            only: tuple[str, tuple[str, ...]] | None = None
            if (e.roles_only or e.roles_only_by) and e.news is not None:
                only = (e.news, () if e.roles_only else e.roles_only_by)
            for w in e.words:
                if GAP in w:  # 批准…保释: the first word, then the second within a clause
                    head, tail = w.split(GAP, 1)
                    # (a gap 的 closes names the one the tail's noun is of: no 并 in it - 撤销原判
                    # 并维持某某的保释 joins a second predicate; 保释…获批 may hold one)
                    bar = "并" if tail.startswith("的") else ""
                    pat = f"{re.escape(head)}[^，。；！？,;{bar}]{{0,{MAX_GAP}}}?{re.escape(tail)}"
                    gaps.append((re.compile(pat), e, head, tail))
                    if only is not None:  # (its roles_only_of entry, read by both parts)
                        self._roles_only_gaps.append((head, tail, only))
                    continue
                if only is not None:
                    self.roles_only[w] = only
                table.setdefault(w, ([], []))[0].append(e)
            for w in e.stop:
                table.setdefault(w, ([], []))[1].append(e)
        # the longer part of each gapped word (the first one of two as long) is a word of the
        # scan too (marked ``part``): a gapped word is looked for only where the scan met it -
        # one scan, not a str.find of both parts in every text asked about; its pattern finds
        # nothing where a part is missing, so which part is asked changes no match (the longer
        # one: a one-character part, 为 of 为…庆生, would be met everywhere)
        parts = {_gap_key(head, tail) for _, _, head, tail in gaps}
        for x in parts:
            table.setdefault(x, ([], []))
        words = {
            w: (w, tuple(trig), tuple(stop), w in parts) for w, (trig, stop) in table.items()
        }
        self._automaton = WordScanner(words) if words else None
        self._gaps = gaps
        self._gap_keys = [_gap_key(head, tail) for _, _, head, tail in gaps]

    def has_match(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        around: tuple[int, int] | None = None,
    ) -> bool:
        """Whether :meth:`match` finds a trigger in ``text[start:end]``, found faster: the
        first candidate in text order that survives its stop words and ``requires_any`` is
        always kept, so any candidate surviving them answers (no overlaps to resolve).
        ``requires_any`` is looked for in the sentence within ``around`` (default: within
        ``text[start:end]`` itself)."""
        return bool(self._survivors(text, start, end, around, first=True))

    def trigger_starts(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        around: tuple[int, int] | None = None,
    ) -> list[int]:
        """Where the candidates :meth:`has_match` would answer with start, in text order (the
        starts of :meth:`match`'s triggers among them, with no overlaps resolved).  The whole
        ``text`` is scanned once and the scan kept for the next questions about it (the pieces
        of one text asked about in turn: :func:`dashiji.annotate.entity_lac._kept`)."""
        last = self._last
        if self._automaton is not None:
            if last is None or last[0] is not text:
                hits = self._automaton.iter(text)
                # where the hits that are a trigger word or a gapped word's part end (the hits
                # are in order of their ends: so are these)
                ends = [h[0] for h in hits if h[1][1] or h[1][3]]
                last = self._last = (text, hits, [h[0] for h in hits], ends)
            # a piece without such a hit ending inside it has no candidate (most pieces): no
            # need to look closer
            ends = last[3]
            i = bisect_left(ends, start)
            if i == len(ends) or ends[i] >= (len(text) if end is None else end):
                return []
        starts = self._survivors(text, start, end, around)
        starts.sort()
        return starts

    def _scan(self, text: str, start: int, end: int) -> list[tuple[int, Any]]:
        """The scan's hits ending inside ``text[start:end]``, some of which may start before
        ``start`` (the caller skips those): taken from the last whole text scanned when
        ``text`` is that one (the same hits, in the same order: every occurrence of every
        word, by end and at one end longest first), else scanned (all inside)."""
        assert self._automaton is not None
        last = self._last
        if last is not None and last[0] is text:
            hits, lasts = last[1], last[2]
            lo = bisect_left(lasts, start)
            return hits[lo : bisect_left(lasts, end, lo)]  # (last index < end)
        return self._automaton.iter(text, start, end)

    def _survivors(
        self,
        text: str,
        start: int,
        end: int | None,
        around: tuple[int, int] | None,
        first: bool = False,
    ) -> list[int]:
        """Where the candidates in ``text[start:end]`` that survive their stop words and
        ``requires_any`` (looked for in the sentence within ``around``) start, in the order
        they are looked at; with ``first``, the first one only (a list of one, or none)."""
        out: list[int] = []
        if self._automaton is None and not self._gaps:
            return out
        end = len(text) if end is None else end
        lo, hi = around if around is not None else (start, end)
        found: list[tuple[int, int, tuple[NewsEntry, ...]]] = []
        stops: _Stops = []
        parts: set[str] = set()  # the parts of gapped words met (:func:`_gap_key`)
        hits = self._scan(text, start, end) if self._automaton is not None else ()
        for last, (word, trig, stop, part) in hits:
            a = last + 1 - len(word)
            if a < start:
                continue  # (begun before the piece: not inside it)
            if trig:
                found.append((a, last + 1, trig))
            if stop:
                stops.append((a, last + 1, stop))
            if part:
                parts.add(word)
        if parts:
            for (pat, e, _, _), key in zip(self._gaps, self._gap_keys, strict=True):
                if key in parts:
                    found.extend(
                        (gm.start(), gm.end(), (e,)) for gm in pat.finditer(text, start, end)
                    )
        cover = _cover_of(stops)
        for a, b, trig in found:
            if stops:
                covering = cover(a, b)
                if covering:
                    if any(n > b - a for n, _ in covering):
                        continue
                    trig = tuple(e for e in trig if not any(e in se for _, se in covering))
            for e in trig:
                if not e.requires_any or (
                    _required(e, _sentence(text, a, b, lo, hi))
                    or term_after(e, text, b)
                    or model_before(e, text, a)
                ):
                    out.append(a)
                    if first:
                        return out
                    break
        return out

    def match(self, text: str, start: int = 0, end: int | None = None) -> list[NewsMatch]:
        """Trigger matches in ``text[start:end]`` (offsets into ``text``), in text order."""
        if self._automaton is None and not self._gaps:
            return []
        end = len(text) if end is None else end
        found: list[tuple[int, int, str, tuple[NewsEntry, ...]]] = []
        stops: _Stops = []
        parts: set[str] = set()  # the parts of gapped words met (:func:`_gap_key`)
        hits = self._automaton.iter(text, start, end) if self._automaton is not None else ()
        for last, (word, trig, stop, part) in hits:
            a = last + 1 - len(word)
            if trig:
                found.append((a, last + 1, word, trig))
            if stop:
                stops.append((a, last + 1, stop))
            if part:
                parts.add(word)
        for (pat, e, head, tail), key in (
            zip(self._gaps, self._gap_keys, strict=True) if parts else ()
        ):
            if key not in parts:
                continue
            for gm in pat.finditer(text, start, end):
                if any(
                    gm.start() + len(head) <= fa and fb == gm.end() and fb - fa > len(tail)
                    for fa, fb, _, _ in found
                ):  # 批准控方就某人获准保释…: the tail ends a trigger word of its own in the
                    # gap (获准保释: another's act), not the act the head begins
                    continue
                if e.gap_has and not _gap_holds(e.gap_has, text, gm, head, tail):
                    continue  # 禁止商家销售…: no 在 of a country in the gap
                # 审理…案件: the tail is the head of a word of the text (案 of 案件) - the trigger
                # ends where that word does, not inside it
                b = gm.end()
                if b < end and in_dictionary(tail + text[b]):
                    b += 1
                found.append((gm.start(), b, text[gm.start() : b], (e,)))
        if not found:
            return []
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        cover = _cover_of(stops)
        out: list[NewsMatch] = []
        sentences: _Sentences | None = None
        taken_to = -1
        for a, b, word, trig in found:
            if a < taken_to:
                continue
            live: Sequence[NewsEntry] = trig
            if stops:  # (the stop words covering the match)
                covering = cover(a, b)
                # a longer stop word of any entry covering the match (示威者 over 示威) makes
                # it no trigger; one as long stops its own entries
                if covering:  # (most matches: none covers them, nothing more to ask)
                    if any(n > b - a for n, _ in covering):
                        continue
                    live = [e for e in trig if not any(e in se for _, se in covering)]
            if _requiring(live):
                if sentences is None:
                    sentences = _Sentences(text, start, end)
                sent = sentences.around(a, b)
                live = [
                    e
                    for e in live
                    if not e.requires_any
                    or _required(e, sent)
                    or term_after(e, text, b)
                    or model_before(e, text, a)
                ]
            if not live:
                continue
            if b - a <= STRADDLE_LONGEST and self._straddles(text, a, b, start, end):
                continue  # 并购买 (并 + 购买), 公开庭审 (公开 + 庭审): no word of the text
            out.append(NewsMatch(a, b, live[0], word))
            taken_to = b
        return out

    def _straddles(self, text: str, a: int, b: int, start: int, end: int) -> bool:
        return straddles(text, a, b, start, end, self._is_word)

    def _is_word(self, tok: str) -> bool:
        hits = self._automaton.iter(tok, 0, len(tok)) if self._automaton is not None else ()
        return any(last + 1 - len(w) == 0 and trig for last, (w, trig, _, _) in hits)




def _str_list(rec: dict[str, Any], key: str, name: str, line: int) -> tuple[str, ...]:
    v = rec.get(key, [])
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        raise NewsLexiconError(f"{key!r} must be a list of non-empty strings", name, line)
    return tuple(v)


def load_schema(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """DuEE type → its role names."""
    p = path or Path(str(resources.files("dashiji") / "data" / "events" / _SCHEMA_FILE))
    out: dict[str, tuple[str, ...]] = {}
    for rec, _, _ in read_records(p, NewsLexiconError, "DuEE schema"):
        out[rec["event_type"]] = tuple(r["role"] for r in rec["role_list"])
    return out


def read_entries(path: Path, roles: dict[str, tuple[str, ...]]) -> list[NewsEntry]:
    out: list[NewsEntry] = []
    seen: set[str] = set()
    for rec, name, line in read_records(path, NewsLexiconError, "news trigger"):
        eid = rec.get("id")
        if not isinstance(eid, str) or not eid:
            raise NewsLexiconError("'id' is required", name, line)
        if eid in seen:
            raise NewsLexiconError(f"duplicate id {eid!r}", name, line)
        seen.add(eid)
        news = rec.get("news")
        plover = rec.get("plover")
        if news is None and plover is None:
            raise NewsLexiconError("an entry needs 'news' or 'plover'", name, line)
        if news is not None and news not in roles:
            raise NewsLexiconError(f"unknown DuEE type {news!r}", name, line)
        if plover is not None and plover not in PLOVER_TYPES:
            raise NewsLexiconError(f"unknown PLOVER type {plover!r}", name, line)
        if plover is not None and not isinstance(rec.get("cameo"), str):
            raise NewsLexiconError("a 'plover' entry needs its 'cameo' code", name, line)
        allowed = set(roles.get(news, ())) if news else set()
        allowed |= _PLOVER_ROLES
        for key in ("subject", "object"):
            r = rec.get(key)
            if r is not None and r not in allowed:
                raise NewsLexiconError(f"{key} role {r!r} is not a role of {news}", name, line)
        words = _str_list(rec, "words", name, line)
        if not words:
            raise NewsLexiconError("'words' must not be empty", name, line)
        if any(w.count(GAP) > 1 or w.startswith(GAP) or w.endswith(GAP) for w in words):
            raise NewsLexiconError(f"a word holds one {GAP} between two parts", name, line)
        status = rec.get("status")
        if status not in (None, "planned", "occurred", "postponed", "cancelled"):
            raise NewsLexiconError(f"unknown status {status!r}", name, line)
        kinds = _str_list(rec, "agent_kinds", name, line)
        amount = rec.get("amount")
        if amount is not None and not (isinstance(amount, str) and amount):
            raise NewsLexiconError("amount must be a role name", name, line)
        against = _str_list(rec, "against", name, line)
        bad = sorted((set(kinds) | set(against)) - AGENT_KINDS)
        if bad:
            raise NewsLexiconError(f"unknown agent kinds {bad}", name, line)
        for flag in ("case", "agent_required", "roles_only"):
            if not isinstance(rec.get(flag, False), bool):
                raise NewsLexiconError(f"{flag} must be true or false", name, line)
        only_by = _str_list(rec, "roles_only_by", name, line)
        if (rec.get("roles_only") or only_by) and not (news and plover):
            raise NewsLexiconError("roles_only needs 'news' and 'plover'", name, line)
        if bad := sorted(set(only_by) - AGENT_KINDS):
            raise NewsLexiconError(f"unknown agent kinds {bad}", name, line)
        if rec.get("gap_has") and not all(GAP in w for w in words):
            raise NewsLexiconError("gap_has needs gapped words only", name, line)
        if rec.get("agent_required") and not kinds:
            raise NewsLexiconError("agent_required needs agent_kinds", name, line)
        unknown = set(rec) - {
            "id", "news", "words", "subject", "object", "plover", "cameo", "stop",
            "requires_any", "not_after", "not_before", "status", "negated", "agent_kinds",
            "amount", "against", "case", "agent_required", "roles_only", "roles_only_by",
            "gap_has", "note",
        }  # fmt: skip
        if unknown:
            raise NewsLexiconError(f"unknown fields {sorted(unknown)}", name, line)
        out.append(
            NewsEntry(
                id=eid,
                news=news,
                words=words,
                subject=rec.get("subject"),
                object=rec.get("object"),
                plover=plover,
                cameo=rec.get("cameo"),
                stop=_str_list(rec, "stop", name, line),
                requires_any=_str_list(rec, "requires_any", name, line),
                not_after=_str_list(rec, "not_after", name, line),
                not_before=_str_list(rec, "not_before", name, line),
                status=status,
                negated=bool(rec.get("negated", False)),
                agent_kinds=kinds,
                agent_required=bool(rec.get("agent_required", False)),
                amount=amount,
                against=against,
                case=bool(rec.get("case", False)),
                roles_only=bool(rec.get("roles_only", False)),
                roles_only_by=only_by,
                gap_has=_str_list(rec, "gap_has", name, line),
                note=str(rec.get("note", "")),
            )
        )
    return out


_lock = threading.Lock()
_cache: dict[tuple[str, ...], NewsLexicon] = {}


def load_news_lexicon(extra: list[Path] | None = None) -> NewsLexicon:
    """The packaged news lexicon (and ``extra`` files after it), built once per process."""
    base = resources.files("dashiji") / "data" / "events"
    paths = [*(Path(str(base / f)) for f in _FILES), *(extra or [])]
    key = tuple(str(p) for p in paths)
    with _lock:
        if key not in _cache:
            roles = load_schema()
            entries: list[NewsEntry] = []
            for p in paths:
                entries.extend(read_entries(p, roles))
            _cache[key] = NewsLexicon(entries, roles)
            if _cache[key]._automaton is not None:
                SHARED.add(_cache[key]._automaton)  # one pass per article with the other tables
        return _cache[key]
