"""Who did what to whom: a trigger's source, target and parties, from the entity layer.

The entity spans of a sentence become :class:`Ent` s with what the words around them say:

* the **marker** written before the entity (past a title such as 俄罗斯总统): ``with`` (与/同/和/
  跟 — unless a coordinated entity stands right before it: 特朗普和普京), ``to`` (对/向/给/为/涉
  /把…), ``by`` (被/遭…), ``place`` (在/于/赴… before a place, country or organisation, not
  before a person, and not in 在X之间 or 在X问题上), ``topic`` (就/关于/围绕…), ``from``; a marker
  covers the entities coordinated after it (对中国和印度);
* ``topic`` also for an entity followed by 问题/看来/来说 (乌克兰问题特使, 在俄方看来);
* ``media`` for outlets (CAMEO ``…MED``): they report, they are not actors;
* ``modifier`` for X in X的…Y when another entity Y follows within :data:`MODIFIER_GAP`
  characters (俄罗斯的支持者中印): the head is Y, and X's marker passes to Y;
* ``group``: entities written next to each other or joined by 、/和/与/及 (past a title) are one
  coordinated group (美俄, 柬埔寨和泰国, 日本印度欧盟等).

Coreference is resolved through the entity layer: 他 carries its antecedent's identity
(``refers_to``), 两人/双方/普特 its ``members``, which become one :class:`Who` each.

:func:`arguments` then reads a trigger's clause, leaving out entities inside a 在…期间/时 phrase
that does not hold the trigger, entities outside a quotation that holds it (俄罗斯说过“西方制裁…”),
and the entities of a relative clause about something else (:func:`_relative_clause`):

* **symmetric** types (会晤, 通话…): the parties are the unmarked and ``with`` entities before the
  trigger and in its gap (and ``to`` ones when no partner is marked: 推迟了对美国的访问).  The
  coder adds the subject of an earlier clause when the clause has none of its own (Chinese drops
  subjects: 贝森特…会晤期间，呼吁…).
* **directed** types: ``by`` entities are the source, else the unmarked group right before the
  trigger (at most :data:`ADJACENT` characters: X引发朝鲜强烈不满), else the clause's first
  unmarked group; ``to`` entities before the trigger, else the first group in the trigger's gap
  or right after it (the object), else a second unmarked group before it, are the target.  Later
  entities belong to an embedded clause (呼吁欧洲加大对俄施压: the target is 欧洲, not 俄).
* ``=XXX`` roles of the codebook fix the target (访华 → CHN); ``place`` roles make the country of
  the place visited the target (访问莫斯科 → RUS).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, Literal

from ..annotate.entity_coref import bracketed_after_noun
from ..annotate.numerals import NUMERAL_CHARS
from ..kb import KnowledgeBase
from ..model import Span
from .clauses import Clause
from .codebook import TriggerEntry
from .lexicon import Lexicon
from .news_actors import (
    body_after_country,
    leaders_government,
    people_after_place,
    tagged_words,
)
from .news_cues import cue, cue_words

#: How far back (characters) the subject of a clause may stand from the clause start.
SUBJECT_REACH = 12
#: X的…Y: the most characters (的 included) between a modifier X and its head Y
#: (俄罗斯的支持者中印: 4); more, and a verb likely stands between (美国和日本的联合军演引发朝鲜).
MODIFIER_GAP = 5
#: An entity at most this many characters before a directed trigger is its subject (朝鲜强烈不满).
ADJACENT = 3
#: How far back a title (美国总统, 俄副外长) may reach before an entity.
TITLE_REACH = 14
_CONNECTIVE = re.compile(
    r"^\s*(?:（[^（）]{0,40}）|\([^()]{0,40}\))?\s*(?:、|和|与|及|以及|同|跟|,)?\s*$"
)
#: _CONNECTIVE.match(view[a:b]) is _CONNECTIVE_AT.match(view, a, b) (match anchors at a; $ at b)
_CONNECTIVE_AT = re.compile(_CONNECTIVE.pattern.removeprefix("^"))
_MEETING_NOUNS = ("峰会", "会晤", "会谈", "会议", "谈判", "会面")


@dataclass(slots=True)
class Who:
    """One actor identity: a resolved entity, or one member of 两人/双方."""

    name: str
    kb_id: str | None
    country: str | None
    cameo: str | None
    role: str | None
    type: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.kb_id or f"{self.country}:{self.name}"

    @property
    def person(self) -> bool:
        """A named individual the KB knows (not a country, a body or an unnamed official)."""
        return self.type == "PER" and self.kb_id is not None


@dataclass(slots=True)
class Ent:
    """An entity of the sentence, in analysis-view offsets, with what the words around it say."""

    idx: int
    start: int
    end: int
    type: str
    text: str
    who: list[Who]
    kb_kind: str | None = None  # country, place, org, person
    kb_type: str | None = None
    marker: str | None = None
    marker_at: int = -1  # where the marker starts
    media: bool = False
    topic: bool = False
    modifier: bool = False
    possessive: bool = False  # X的 + trigger noun
    pronoun: bool = False  # a coreference the layer could not resolve
    group: int = 0
    claimants: tuple[str, ...] = ()  # a disputed area: the other states that claim it

    @property
    def is_place(self) -> bool:
        return self.kb_kind == "place"

    @property
    def countries(self) -> set[str]:
        return {w.country for w in self.who if w.country}


@dataclass(slots=True)
class Args:
    sources: list[Ent] = field(default_factory=list)
    targets: list[Ent] = field(default_factory=list)
    parties: list[Ent] = field(default_factory=list)
    place: Ent | None = None
    fixed_target: str | None = None
    borrowed: int = 0  # sides taken from another clause (topic chain, main clause)
    subject: Ent | None = None  # the subject borrowed, if any
    object_opener: bool = False  # the source is the one right before the 对 of the object
    # a passive's subject 对B的N whose owner before the 对 is no entity (其对…的方案被…拒绝):
    # where that 对 stands (-1: none)
    owner_unnamed: int = -1
    # where a member of no country listed after a counted group the trigger is done to starts →
    # the one country of that group (制裁11名俄罗斯官员，包括甲: 甲 goes with 俄罗斯 when the
    # event is split by country pair; ``members_listed``)
    member_country: dict[int, str] = field(default_factory=dict)


# ---- titles ---------------------------------------------------------------------------------
class Titles:
    """Where titles stand in a text: role words (外长, 总统, 特使…), optionally opened by a
    country name or short form (俄罗斯总统普京, 美国中东问题特使威特科夫).

    :meth:`start_before` is asked at the start of each entity the coder reads: the role word
    ending there is looked up in the set of role words (most positions are ruled out by their
    last character alone), and the country names before a role word by an Aho-Corasick pass
    over the few characters that may hold them."""

    _tables: ClassVar[dict[int, tuple[KnowledgeBase, _TitleTables]]] = {}  # (ClassVar: mypyc)

    def __init__(self, text: str, kb: KnowledgeBase) -> None:
        tables = self._build(kb)
        self._t = tables
        self.countries = tables.countries
        self.country_lengths = tables.country_lengths
        self.text = text
        self.role_end: dict[int, int] = {}  # pos → start of the longest role word ending there
        self._before: dict[tuple[int, int], int] = {}  # (pos, lo) → start_before(pos, lo)

    @classmethod
    def _build(cls, kb: KnowledgeBase) -> _TitleTables:
        hit = cls._tables.get(id(kb))
        if hit is not None and hit[0] is kb:
            return hit[1]
        from ..wordscan import WordScanner

        roles = {
            f
            for e in kb.entries(kind="role_word")
            if e.extra.get("bound") != "suffix"
            for f in e.surface_forms()
        }
        countries: set[str] = set()
        for e in kb.entries(kind="country"):
            countries.update(f for f in e.surface_forms() if not f.isascii())
            countries.update(sh.form for sh in e.short)
        auto = WordScanner({w: len(w) for w in countries})
        tables = _TitleTables(
            frozenset(roles),
            frozenset(w[-1] for w in roles if w),
            tuple(sorted({len(w) for w in roles if w}, reverse=True)),
            frozenset(countries),
            tuple(sorted({len(c) for c in countries}, reverse=True)),
            auto,
        )
        cls._tables[id(kb)] = (kb, tables)
        return tables

    def _role_at(self, pos: int) -> int:
        """Where the longest role word ending at ``pos`` starts, or -1."""
        at = self.role_end.get(pos)
        if at is None:
            at = -1
            t, text = self._t, self.text
            if pos > 0 and text[pos - 1] in t.role_last:
                for n in t.role_lengths:
                    if n <= pos and text[pos - n : pos] in t.roles:
                        at = pos - n
                        break
            self.role_end[pos] = at
        return at

    def start_before(self, pos: int, lo: int) -> int:
        """Where a title written right before ``pos`` starts (``pos`` when there is none): a
        role word ending at ``pos``, optionally after a country name up to 6 characters before
        it.  Never before ``lo``."""
        role_at = self._role_at(pos)
        if role_at < max(lo, pos - TITLE_REACH):
            return pos
        key = (pos, lo)
        best = self._before.get(key)
        if best is not None:
            return best
        best = role_at
        text = self.text
        # the longest country name ending at each j, among those that start at or after lo
        first_j = max(lo, role_at - 6)
        at = max(lo, first_j - (self.country_lengths[0] if self.country_lengths else 0))
        longest: dict[int, int] = {}
        for end, n in self._t.country_automaton.iter(text[at:role_at]):
            if n > longest.get(at + end + 1, 0):
                longest[at + end + 1] = n
        if longest:
            for j in range(role_at, first_j - 1, -1):
                if j < role_at and text[j] in _STOP:
                    break
                n = longest.get(j, 0)
                if n:
                    best = min(best, j - n)
        self._before[key] = best
        return best


@dataclass(frozen=True, slots=True)
class _TitleTables:
    roles: frozenset[str]
    role_last: frozenset[str]  # the last characters of the role words
    role_lengths: tuple[int, ...]  # longest first
    countries: frozenset[str]
    country_lengths: tuple[int, ...]  # longest first
    country_automaton: Any


_STOP = set("，。；：、,;:！？!? \n")


# ---- the entities of a sentence ---------------------------------------------------------------
def sentence_entities(
    view: str,
    spans: list[tuple[int, Span, int, int]],  # the sentence's (or the document's) entities
    doc_spans: list[Span],
    sent_start: int,
    sent_end: int,
    clauses: list[Clause],
    kb: KnowledgeBase,
    lex: Lexicon,
    titles: Titles,
) -> list[Ent]:
    """The sentence's entities (``spans``: doc index, span, view start, view end), classified."""
    raw: list[Ent] = []
    for idx, span, a, b in spans:
        if sent_start <= a < sent_end:
            raw.append(_ent(idx, span, a, b, view, doc_spans, kb))
    if len(raw) > 1:
        raw.sort(key=_longest_first)
    ents: list[Ent] = []
    last: Ent | None = None
    for e in raw:  # nested (乌克兰 in 美国乌克兰问题特使) and parenthetical aliases go
        if last is not None:
            if e.start < last.end:
                continue
            if e.start > last.end and _is_alias(view, last, e):  # (an alias needs a gap)
                last.end = max(last.end, _paren_end(view, e.end, sent_end))
                continue
        ents.append(e)
        last = e
    if ents:
        ents = [e for e in ents if not _inside_name(view, e, sent_start, sent_end, lex)]
        for k, e in enumerate(ents):
            limit = ents[k + 1].start if k + 1 < len(ents) else sent_end
            if e.kb_kind in ("country", "place") and len(e.who) == 1:
                people = people_after_place(view, e.end, limit)
                if people is not None:
                    _people_of_place(view, e, *people)
                elif e.kb_kind == "country" and (body := body_after_country(view, e.end, limit)):
                    _body_of_country(view, e, *body)
            elif e.kb_kind == "person" and len(e.who) == 1 and e.who[0].country:
                if (gov_end := leaders_government(view, e.end, limit)) is not None:
                    _qualified_by(view, e, gov_end, "GOV", "ORG")  # 拜登政府: the leader's
    group = 0
    prev: Ent | None = None
    start_before = titles.start_before
    for e in ents:
        title = start_before(e.start, sent_start)
        if prev is not None and (
            _CONNECTIVE_AT.match(view, prev.end, e.start)
            or (
                prev.end <= title < e.start and _CONNECTIVE_AT.match(view, prev.end, title)
            )  # 普京和美国总统特朗普: a connective, then a title
        ):
            e.group = prev.group
        else:
            group += 1
            e.group = group
        _mark(view, e, prev, sent_start, title, lex)
        prev = e
    if len(ents) > 1:
        _modifiers(view, ents, clauses)
    return ents


def may_qualify(view: str, kb_kind: str | None, end: int, sent_end: int) -> bool:
    """Might :func:`sentence_entities` turn the country or place ending at ``end`` into the
    people or the body written after it, or the leader ending there into the government named
    by him (a new identity: :func:`_qualified_by`)?  Not unless an alias in brackets follows
    (it widens the entity), or the people, body or government follow with the sentence's end
    as the limit (a nearer limit finds no more)."""
    if kb_kind == "person":
        return leaders_government(view, end, sent_end) is not None  # 拜登政府…拜登
    if kb_kind not in ("country", "place"):
        return False
    if _ALIAS_OPENS.match(view, end, sent_end):
        return True
    if people_after_place(view, end, sent_end) is not None:
        return True
    return kb_kind == "country" and body_after_country(view, end, sent_end) is not None


_ALIAS_OPENS = re.compile(r"\s*[（(]")
_NAME_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")
_OBJECT_OPENS = re.compile(r"\s?对")  # (CFIUS 对…: a space after a Latin name)
_PASSIVE = re.compile(r"(?:被|遭到|遭|受到)[^，。；：,;:]{0,4}$")
_NON_PREFIX = frozenset("除无莫南北东西")
_NOT_IN_NAME = frozenset("的与和同跟及、对向在将把被从为是")


# a surname's courtesy or anonymising word (张女士, 李先生, 王某): who a place right before it
# describes (and the person a relative clause describes: doubt ``nominal_relative``)
COURTESY_AFTER = re.compile(r"[\u4e00-\u9fff](?:女士|先生|小姐|某)")


@cache
def surnames() -> frozenset[str]:
    from ..annotate.entity_lexicon import rules

    return frozenset(rules()["names"]["surnames"])


def _inside_name(view: str, e: Ent, sent_start: int, sent_end: int, lex: Lexicon) -> bool:
    """A place or country written as part of something else: the head of an organisation's
    name (北京大学, 中国法学会, 中国之声), a title in 《》 (《中国某某周刊》), an entity
    negated by 非 (非美国企业), or where a person named by a surname and a courtesy word is
    from (湖北邓女士)."""
    a, b = e.start, e.end
    if a > sent_start and view[a - 1] == "非" and view[a - 2 : a - 1] not in _NON_PREFIX:
        return True  # (除非/无非/莫非 are conjunctions, 南非/北非 places)
    if e.type not in ("GPE", "LOC") and e.kb_kind not in ("country", "place"):
        return False
    if COURTESY_AFTER.match(view, b, sent_end) and view[b] in surnames():
        return True  # 湖北邓女士, 江西汪某: where the person is from, no actor of its own
    if bracketed_after_noun(view, a, b, sent_start):
        return True  # 某车展（上海）, 某某销售（广州）有限公司: what the bracket qualifies
    opened = view.rfind("《", sent_start, a)
    if opened >= 0 and view.rfind("》", opened, a) < 0 and view.find("》", b, sent_end) >= 0:
        return True
    gap = _NAME_GAP.match(view, b, sent_end)
    if gap is None:
        return False
    for i in range(b, gap.end() + 1):
        if i > b and view[i - 1] in _NOT_IN_NAME:
            return False
        if lex.organisation_heads.match(view, i, sent_end):
            return True
    return False


def _people_of_place(view: str, e: Ent, end: int, code: str) -> None:
    """某地的居民, 某地“维权”车主: the place ``e`` qualifies the kind of people written right
    after it (``news_actors.people_after_place``), who are the participant - of the place's
    country, with the kind's actor-type code - not the place."""
    _qualified_by(view, e, end, code, "PER")


def _body_of_country(view: str, e: Ent, end: int, code: str) -> None:
    """英国地方政府, 某国州政府, 某国法院: the country ``e`` qualifies a state body written right
    after it (``news_actors.body_after_country``), which is the participant - a body of that
    country, with the body's actor-type code - not the country (nor one of its people)."""
    _qualified_by(view, e, end, code, "ORG")


def _qualified_by(view: str, e: Ent, end: int, code: str, kind: str) -> None:
    """``e`` (a place, a country or a leader) grows to ``end`` into the ``kind`` participant
    it qualifies, of its country, with the actor-type ``code``."""
    w = e.who[0]
    name = view[e.start : end]
    cameo = f"{w.country}{code}" if w.country else None
    e.who = [Who(name, None, w.country, cameo, code, kind, e.start, end)]
    e.end, e.text, e.type = end, name, kind
    e.kb_kind = e.kb_type = None


def _longest_first(e: Ent) -> tuple[int, int]:
    return (e.start, e.start - e.end)


def _ent(
    idx: int, span: Span, a: int, b: int, view: str, doc_spans: list[Span], kb: KnowledgeBase
) -> Ent:
    at = span.attrs
    get = at.get
    text = view[a:b]
    who: list[Who] = []
    pronoun = False
    members = get("members")
    kb_id = get("kb_id")
    if members:
        for m in members:
            w = _member(m, idx, doc_spans, kb, a, b)
            if w is not None:
                who.append(w)
        pronoun = not who
    elif get("source") == "coref" and not (kb_id or get("country")):
        pronoun = True
    else:
        who.append(
            Who(
                get("name") or text,
                kb_id,
                get("country"),
                get("cameo"),
                get("role"),
                span.label,
                a,
                b,
            )  # fmt: skip
        )
    entry = kb.by_id(at["kb_id"]) if kb_id else None
    cameo = get("cameo") or ""
    if entry is None:
        kb_kind = kb_type = None
    else:
        kb_type = entry.type
        kb_kind = entry.kind
    ent = Ent(
        idx, a, b, span.label, text, who, kb_kind, kb_type, None, -1,
        cameo.endswith("MED") or get("role") == "media", False, False, False, pronoun,
    )  # fmt: skip
    if kb_type == "disputed_area":
        ent.claimants = tuple(c for c in entry.extra.get("countries", ()) if isinstance(c, str))  # type: ignore[union-attr]
    return ent


def _member(
    m: str, idx: int, doc_spans: list[Span], kb: KnowledgeBase, a: int, b: int
) -> Who | None:
    """A member of 两人/双方: the latest entity before it with that id or name, else the KB."""
    for i in range(idx - 1, -1, -1):
        s = doc_spans[i]
        at = s.attrs
        if at.get("kb_id") == m or at.get("name") == m:
            if at.get("members"):
                continue
            return Who(
                at.get("name") or m, at.get("kb_id"), at.get("country"), at.get("cameo"),
                at.get("role"), s.label, a, b,
            )  # fmt: skip
    entry = kb.by_id(m)
    if entry is None:
        return None
    country = entry.id if entry.kind == "country" else entry.code
    label = {"country": "GPE", "person": "PER", "place": "GPE"}.get(entry.kind, "ORG")
    return Who(entry.name, entry.id, country, entry.cameo or country, None, label, a, b)


def _is_alias(view: str, prev: Ent, e: Ent) -> bool:
    """普京（Vladimir Putin）: the bracketed name of the entity just before."""
    gap = view[prev.end : e.start]
    if gap.strip() not in ("（", "("):
        return False
    keys = {w.key for w in prev.who}
    return bool(keys & {w.key for w in e.who}) or not e.who


_CLOSE_PAREN = re.compile(r"\s*[）)]")
_BETWEEN = re.compile(r"[^，。；：,;:]{0,4}?(?:之间|中间)")
_PUNCT = re.compile(r"[，。；：,;:]")


def _paren_end(view: str, pos: int, limit: int) -> int:
    m = _CLOSE_PAREN.match(view[pos:limit])
    return pos + m.end() if m else pos


def _mark(view: str, e: Ent, prev: Ent | None, sent_start: int, title: int, lex: Lexicon) -> None:
    """The marker written before ``e`` (past its title, which starts at ``title``)."""
    after = view[e.end : e.end + 3]
    topics = lex.after_topic_words
    if after[:2] in topics or after in topics or after[:1] in topics:
        e.topic = True  # (what lex.after_topic.match finds: its words are 1 to 3 characters)
    pos = title
    lo = pos - 3 if pos - 3 > sent_start else sent_start
    m = lex.marker_before.search(view, lo, pos)
    if m is None:
        if prev is not None and prev.group == e.group and prev.marker not in (None, "with"):
            e.marker, e.marker_at = prev.marker, prev.marker_at  # 就俄乌: 乌 is a topic too
            e.topic = e.topic or prev.topic
            return
        at = _described_object(view, pos, sent_start if prev is None else prev.end, lex)
        if at >= 0:  # 对电信巨头某公司发出威胁: the mark reaches past a noun describing it
            e.marker, e.marker_at = "to", at
        return
    word = m.group()
    two = view[max(sent_start, m.end() - 2) : m.end()]
    if len(word) == 1 and two in lex.marker_exceptions:
        return
    kind = lex.marker_kind[word]
    if kind == "place" and e.type == "PER":
        return  # 在美国特使访问莫斯科之后: 在 opens a time clause, the envoy is no place
    if kind == "place" and _BETWEEN.match(view[e.end : e.end + 8]):
        return  # 在俄乌之间斡旋: the parties, not a place
    if kind == "place":
        stop = _PUNCT.search(view[e.end : e.end + 12])
        frame = lex.topic_frames.search(view, e.end, e.end + (stop.start() if stop else 12))
        if frame is not None:  # 在俄乌冲突问题上: a topic, not a place
            e.topic = True
    if kind == "with" and prev is not None and prev.group == e.group:
        if prev.marker not in (None, "with"):  # 对中国和印度: the marker covers both
            e.marker, e.marker_at, e.topic = prev.marker, prev.marker_at, prev.topic
        return  # 特朗普和普京: coordination, not a partner
    e.marker = kind
    e.marker_at = m.start()
    if kind == "topic":
        e.topic = True


#: 对/向/把/将 + a noun describing the entity (对电信巨头某公司): the most characters the noun
#: may have
DESCRIPTOR_REACH = 6
_OBJECT_MARKS = frozenset(w for w in cue_words("object_marks") if len(w) == 1)
_NOT_DESCRIPTOR = ("v", "p", "c", "d", "r", "u", "m", "q", "t", "f", "y", "e", "o")


def _described_object(view: str, pos: int, lo: int, lex: Lexicon) -> int:
    """Where an object mark (对/向/把/将) stands before a noun of at most
    :data:`DESCRIPTOR_REACH` characters that ends at ``pos`` (对电商龙头某平台, 向科技公司某某):
    the entity at ``pos`` is what the mark introduces, the noun its description; -1 if none.
    Not past a verb, a preposition, a number or any word but a noun or an attribute (将严厉
    制裁某国: 将 is no mark, 对此批评某国: 此 is its object), nor a noun naming a matter
    (``topic_heads``: 对人权问题欧盟批评某国 - the entity is the subject)."""
    lo = max(lo, pos - DESCRIPTOR_REACH - 1)
    at = -1
    for k in range(pos - 2, lo - 1, -1):
        c = view[k]
        if not "\u4e00" <= view[k + 1] <= "\u9fff":
            return -1
        if c in _OBJECT_MARKS:
            at = k
            break
    if at < 0 or view[at - 1 : at + 1] in lex.marker_exceptions:
        return -1
    tags = [tag for _, tag in tagged_words(view, at + 1, pos)]
    if not tags or not tags[-1].startswith("n") or tags[-1].startswith("nr"):
        return -1
    if view.endswith(lex.topic_heads, at + 1, pos):
        return -1  # 对人权问题欧盟批评某国: a matter, no description of the one after it
    return -1 if any(t.startswith(_NOT_DESCRIPTOR) for t in tags) else at


def _verb_between(view: str, a: int, b: int) -> bool:
    """Does a verb stand in ``view[a:b]``, the words between two entities?  Without one the
    first is part of the second's noun phrase, its title or owner (香港某党主席某某, 某某政府),
    and no side of its own."""
    return any(tag.startswith("v") for _, tag in tagged_words(view, a, b))


def in_asked_object(view: str, a: int, b: int, end: int, ce: int) -> bool:
    """Does the name at ``view[a:b]``, after a request ending at ``end`` (its clause ending at
    ``ce``), stand inside the attribute of the object of the act asked for (要求出示查封X的依据,
    要求交出有关X案的资料: a verb before it, no one asked right after the request; a 的 after
    it, no verb between, in its clause, before a noun that ends the phrase)?  Not the one asked
    (要求X提供…), nor the object itself (要求释放X)."""
    if a < end or not _verb_between(view, end, a):
        return False
    de = view.find("的", b, ce)
    if de < 0 or _PUNCT.search(view, b, de) or "\u201c" in view[b:de] or _verb_between(view, b, de):
        return False  # (要求包括X在内的公司提供…的信息: X's phrase ends before the act)
    return not _verb_between(view, de + 1, ce)


def _qualifies_asked_noun(
    view: str, a: int, b: int, end: int, ce: int, state: bool = False
) -> bool:
    """Does the name at ``view[a:b]``, some words after a request ending at ``end`` (its
    clause ending at ``ce``), qualify a noun of the act asked for - marked by 对 with a 的
    after it (要求暂停对X的禁令), or a verb or adverb opening the words before it and a common
    noun closing the clause right after it (要求暂停X禁令; not a ``state``, a country or its
    government, which does the act its noun names: 要求撤销美国制裁, 要求停止某国核污水排放 -
    that state is asked)?  What the act is about, not the one asked: that one stands right
    after the request (要求X暂停…).  Read on a coded event, once its actors are settled (no
    target is then borrowed from a sentence before in X's place)."""
    if view[a - 1] == "对" and view.startswith("的", b):
        return True
    if state:
        return False
    words = list(tagged_words(view, end, a))
    if not words or not (words[0][1].startswith("v") or words[0][1] in ("d", "ad")):
        return False
    rest = [tag for _, tag in tagged_words(view, b, ce)]
    return bool(rest) and rest[0] == "n" and not any(t.startswith("v") for t in rest)


@cache
def _punish_asked() -> re.Pattern[str]:
    words = sorted(cue_words("punish_asked"), key=len, reverse=True)
    return re.compile("(?:立即|尽快|依法|坚决)?(?:" + "|".join(map(re.escape, words)) + ")")


def _punished_asked(text: str, te: int, ce: int, at: int) -> bool:
    """Does the name at ``at`` stand in the object of a verb of punishing right after the
    request ending at ``te`` (news_cues punish_asked: 严惩, 惩处, 追究…), in its clause ending at
    ``ce``?  要求严惩杀害记者的凶手某某: the one to be punished is inside the act asked for, not
    the one asked (that is the authority the demand is made of)."""
    hit = _punish_asked().match(text, te, ce)
    return hit is not None and hit.end() <= at < ce


def _state(x: Any) -> bool:
    """Is the event actor ``x`` a country, or its government or army (USA, USAGOV, JPNMIL)?"""
    return x.cameo is not None and (x.cameo == x.country or x.cameo.endswith(("GOV", "MIL")))


def drop_asked_objects(events: list[Any], text: str) -> None:
    """Take out of each request's targets a name inside the object of the act it asks for
    (要求出示查封X的依据: X is asked nothing), whichever coder coded it."""
    for e in events:
        if e.type != "REQUEST" or not any(x.side == "target" for x in e.actors):
            continue
        te = e.trigger_end
        cut = _PUNCT.search(text, te)
        ce = cut.start() if cut is not None else len(text)
        gone = [
            x
            for x in e.actors
            if x.side == "target"
            and x.start is not None
            and x.end is not None
            and (
                in_asked_object(text, x.start, x.end, te, ce)
                or _punished_asked(text, te, ce, x.start)
                or (x.start > te and _qualifies_asked_noun(text, x.start, x.end, te, ce, _state(x)))
            )
        ]
        if gone:
            names = {x.name for x in gone}
            e.actors = [x for x in e.actors if x not in gone]
            e.arguments = [g for g in e.arguments if g.text not in names]


#: a title of a person a body holds (创办人, 总裁, 董事长…: news_cues person_title; the
#: coder reads it too)
HELD_TITLES = frozenset(cue_words("person_title"))


def _modifiers(view: str, ents: list[Ent], clauses: list[Clause]) -> None:
    """X的…Y: X modifies Y when Y is another entity of the same clause a few characters on; a
    body right before the title of the person named after it (某集团创办人Y) only places Y."""
    for i in range(len(ents) - 1):
        e = ents[i]
        nxt = ents[i + 1]
        if e.type == "ORG" and nxt.type == "PER" and view[e.end : nxt.start] in HELD_TITLES:
            e.modifier = True
            continue
        if _country_of_next(e, nxt):
            e.modifier = True  # 美国拜登政府, 美国特朗普: the country only says whose
            continue
        if e.type == "ORG" and nxt.type == "PER" and _committee_title(view[e.end : nxt.start]):
            e.modifier = True  # 某院司法和移民委员会主席Y: Y, of the body's country and code
            for w in nxt.who:
                if w.country is None and e.who:
                    w.country, w.cameo = e.who[0].country, e.who[0].cameo
            continue
        if not view.startswith("的", e.end):
            continue
        if nxt.start - e.end > MODIFIER_GAP or _clause_of(clauses, nxt.start) != _clause_of(
            clauses, e.start
        ):
            continue
        if _PUNCT.search(view[e.end : nxt.start]):
            continue
        e.modifier = True
        if e.marker and not nxt.marker:
            nxt.marker, nxt.marker_at = e.marker, e.marker_at
        for other in ents[i + 1 :]:  # the head's group takes the marker as a whole
            if other.group == nxt.group and not other.marker:
                other.marker = nxt.marker
    return


def _country_of_next(e: Ent, nxt: Ent) -> bool:
    """Is ``e`` a country written right before a person or a body of that country, nothing
    between (美国拜登政府, 美国特朗普)?  It only says whose the next one is - no second
    participant."""
    return (
        e.kb_kind == "country"
        and e.end == nxt.start
        and nxt.type in ("PER", "ORG")
        and len(e.who) == 1
        and bool(nxt.who)
        and all(w.country == e.who[0].country for w in nxt.who)
    )


_FIELD_BODY = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}(?:[和与及、][\u4e00-\u9fff]{2,4})?)?(?:"
    + "|".join(sorted(cue_words("field_body_heads"), key=len, reverse=True))
    + ")"
)


def _committee_title(gap: str) -> bool:
    """Is ``gap`` (between a body and a person) a committee of the body, named by its fields,
    and the title the person holds in it (某院司法和移民委员会主席Y)?"""
    body = _FIELD_BODY.match(gap)
    return body is not None and gap[body.end() :] in HELD_TITLES


def _clause_of(clauses: list[Clause], offset: int) -> int:
    for c in clauses:
        if c.start <= offset < c.end:
            return c.index
    return -1


# ---- subjects -------------------------------------------------------------------------------
def eligible(e: Ent) -> bool:
    """Can stand as an actor: not an outlet, a topic, a modifier, a place or an empty pronoun."""
    return bool(e.who) and not (e.media or e.topic or e.modifier or e.pronoun)


def clause_subject(
    view: str, clause: Clause, ents: list[Ent], lex: Lexicon, first_trigger: int | None
) -> Ent | None | Literal[False]:
    """The subject of a clause: its first unmarked, eligible entity near the clause start and
    before its first trigger.  ``False`` when the clause opens with a pronoun the entity layer
    left unresolved (他们…): the caller goes on to the clause before."""
    cs, ce = clause.start, clause.end
    m = lex.pronoun_head.match(view[cs:ce])  # (anchored at ^: the clause as a string)
    if m:
        head_end = cs + m.end()
        for e in ents:
            if cs <= e.start < head_end:
                break
        else:
            return False
    placed = False  # (the entity before places this one: 某院某委员会主席Y, in reach from it)
    for e in ents:
        es = e.start
        if not (cs <= es < ce):
            continue
        if first_trigger is not None and es >= first_trigger:
            break
        if es - cs > SUBJECT_REACH and not placed:
            break
        placed = e.modifier and es - cs <= SUBJECT_REACH
        if e.pronoun or e.media:
            continue
        if _object_possessor(view, cs, e):
            return None  # 置全体市民的安危于不顾: the object's possessor, the clause has no subject
        if e.marker is None and e.who and not (e.topic or e.modifier):
            return e
    return None


_LEAD = re.compile(r"[并而又还也再且就即便则]+")
_OWNER_OF = re.compile(r"[^，,。；;：:！!？?的]{0,3}的")


def _object_possessor(view: str, start: int, e: Ent) -> bool:
    """Is ``e`` the possessor (X的, X居民的) inside the object of a verb before it in its clause:
    one of one character no longer word holds opening the clause (置全体X的…), or one of two
    (结识了X机构的线人)?"""
    from ..annotate.time_tense import _parts_of_speech

    if not _OWNER_OF.match(view, e.end):
        return False
    lead = _LEAD.match(view, start, e.start)
    k = lead.end() if lead else start
    if k + 2 > e.start:
        return False
    pos_of = _parts_of_speech()
    if pos_of.get(view[k]) == "v" and view[k : k + 2] not in pos_of:
        return True
    # 钱某结识了某国情报机构的线人: a verb of two characters (the segmenter's) before it in the
    # clause, the possessor inside what that verb takes
    return any(pos_of.get(view[i : i + 2]) == "v" for i in range(k, e.start - 1))


# ---- arguments of one trigger ------------------------------------------------------------------
def arguments(
    view: str,
    clause: Clause,
    ents: list[Ent],
    entry: TriggerEntry,
    start: int,
    end: int,
    parts: tuple[tuple[int, int], ...],
    lex: Lexicon,
) -> Args:
    """The arguments of the trigger ``view[start:end]`` inside its clause (no borrowing)."""
    cs, ce = clause.start, clause.end
    first_end = parts[0][1] if parts else end
    args = Args()
    fixed, place_role = _roles_of(entry)
    if fixed:
        args.fixed_target = fixed
    if not ents:
        return args  # no entity: no argument, no place
    spans = _adverbials(view, clause, start) if view.find("在", cs, start) >= 0 else None
    # the clause's entities before the trigger, inside its gaps, after it; 在X: the place
    before: list[Ent] = []
    inside: list[Ent] = []
    after: list[Ent] = []
    place: Ent | None = None
    for e in ents:
        es, ee = e.start, e.end
        if not (cs <= es < ce):
            continue
        if ee <= start:
            if not spans or not any(a <= es and ee <= b for a, b in spans):
                before.append(e)
        if first_end <= es and ee <= end:
            for a, b in parts:
                if a <= es < b:
                    break
            else:
                inside.append(e)
        if es >= end:
            after.append(e)
        if place is None and e.marker == "place" and e.who and not e.topic:
            place = e
    if before:
        # 中方注意到美国民众批评…: who notices or learns of an act is none of its actors
        rep = _report_end(view, clause, start, lex)
        if rep is not None:
            before = [e for e in before if e.start >= rep]
    if before:
        quote = _quote_start(view, clause, start)
        if quote is not None and before[-1].start > quote:  # 俄罗斯说过“西方制裁已经失败”
            before = [e for e in before if e.start > quote]
    # where: 在X, a place named right before a meeting noun (布达佩斯峰会), a visited place
    if place is None and before and before[-1].is_place and before[-1].end >= start - 1:
        place = before[-1]
    args.place = place
    rel = _relative_clause(view, clause, before, start, lex) if before else None
    usable = [
        e
        for e in before
        if e.who
        and not (e.media or e.topic or e.modifier or e.pronoun)
        and e.marker != "place"
        and e is not place
        and not (rel and holds(rel, e))
    ]
    if entry.symmetric:
        parties: list[Ent] = []
        with_partner = False
        for e in usable:
            if e.marker is None or e.marker == "with":
                parties.append(e)
                with_partner = with_partner or e.marker == "with"
        for e in inside:
            if eligible(e) and e.marker in (None, "with", "to"):
                parties.append(e)
                with_partner = with_partner or e.marker == "with"
        if not with_partner:  # 推迟了对美国的访问
            parties += [e for e in usable if e.marker == "to" and not holds(parties, e)]
        if len(_keys(parties)) < 2 and after:
            obj = _first_group([e for e in after if eligible(e) and e.marker in (None, "with")])
            parties += [e for e in obj if not (e.is_place and e is place)]
        args.parties = parties
        return args
    by: list[Ent] = []
    unmarked: list[Ent] = []
    tgt: list[Ent] = []
    for e in usable:
        marker = e.marker
        if marker is None:
            unmarked.append(e)
        elif marker == "by":
            by.append(e)
        elif marker == "to":
            tgt.append(e)
    if by:  # 美国对某某被加拿大逮捕一事表示不满: the agent of a passive inside a 对 phrase
        by = [e for e in by if not _inner_passive_agent(view, e, start, tgt)]  # is that verb's
    src = by
    if not src and unmarked:
        # 配合美国某委员会对其收购进行的调查: the one right before the 对 that opens the trigger's
        # object is its subject, not the clause's (the last such one: 中方对美国对某公司的制裁…)
        src = [e for e in unmarked if _OBJECT_OPENS.match(view, e.end, start)][-1:]
        args.object_opener = bool(src)
    if not src and unmarked:  # the subject; but a group right before the trigger is its own
        last = _last_group(unmarked)  # subject (X引发Y强烈不满: Y)
        src = last if start - last[-1].end <= ADJACENT else _first_group(unmarked)
    if src and not by and _PASSIVE.search(view, src[-1].end, start):
        # 张三及李四被落案控告: a passive with no agent; its subject is the target
        tgt, src = tgt or src, []
    k = _owned_plan_opener(view, cs, by[0].start, end, ce) if by else -1
    # (what the plan is about: the names after the 对, not the agent)
    about = [e for e in usable if k < e.start and e.marker != "by"] if k >= 0 else []
    if about:
        # 法国对叙利亚的和平方案被俄罗斯拒绝: the one whose plan it is, not what it is about
        tgt = [e for e in tgt if not holds(about, e)]
        unmarked = [e for e in unmarked if not holds(about, e)]
        tgt = tgt or [e for e in unmarked if _OBJECT_OPENS.match(view, e.end, k + 1)]
        args.owner_unnamed = -1 if tgt else k  # (其对…的方案: the owner is the topic told before)
    # 在开罗/于日内瓦 after the trigger: the venue, no object (except of a visit: 访问莫斯科)
    obj_pool = [e for e in inside if eligible(e) and _object_place(e, place_role)] if inside else []
    if not obj_pool and after:
        obj_pool = [
            e
            for e in after
            if eligible(e) and e.marker not in ("by", "from") and _object_place(e, place_role)
        ]
    if obj_pool and entry.plover_type == "REQUEST":
        # 要求提供封禁某应用的证据: a name inside the object of the act asked for, no one asked
        obj_pool = [e for e in obj_pool if not in_asked_object(view, e.start, e.end, end, ce)]
    obj = _first_group(obj_pool)
    if place_role and obj and obj[0].is_place and args.place is None:
        args.place = obj[0]
    if not tgt:
        tgt = obj
    if not tgt and unmarked:  # a second unmarked group before the trigger: 特朗普将俄罗斯…期限
        rest = [e for e in unmarked if not holds(src, e)]
        if by:  # (某国对某某被警方逮捕表示关切: the one before the 对 opening the passive's
            # subject reacts to the act, it does not undergo it - it is the source, the
            # passive's agent, inside the 对 phrase, the one it reacts to)
            reactor = [e for e in rest if _OBJECT_OPENS.match(view, e.end, by[0].start)]
            rest = [e for e in rest if not _OBJECT_OPENS.match(view, e.end, start)]
            if reactor and _verb_between(view, by[-1].end, start):
                src, rest = reactor[-1:], by
        tgt = _first_group(rest)
        if tgt and src and not by:
            first, second = (tgt, src) if tgt[0].start < src[0].start else (src, tgt)
            if not _verb_between(view, first[-1].end, second[0].start):
                tgt = []  # 香港某党主席某某到访…: a place in the subject's own title, no object
    args.sources = src
    args.targets = [e for e in tgt if not holds(src, e)] if src else list(tgt)
    return args


_VERB_TAGS = frozenset({"v", "i"})  # 表示, 予以; 提出抗议, 深表遗憾 (idioms)
# 已被, 均遭到: adverbs between a noun phrase and the passive mark (news_cues marked_adverbs)
_ADVERBS_END = re.compile("(?:" + cue("marked_adverbs").pattern + ")+$")


def _inner_passive_agent(view: str, e: Ent, start: int, marked: list[Ent]) -> bool:
    """Is ``e``, the agent of a passive (被/遭到 ``e``), that of another verb inside a 对
    phrase the trigger at ``start`` is about - one of ``marked`` (the names a 对/向 marks as
    an object) marked by 对 before it, and a verb between it and the trigger (美国对某某被加拿大
    逮捕一事表示不满: 加拿大 arrests, the United States is displeased)?  Not a passive whose
    verb is the trigger.  The passive's verb may be read as a noun when a word closing a
    matter (news_cues matter_ends: 一事, 此事…) follows it (…被俄罗斯制裁一事提出抗议)."""
    if not any(x.end <= e.start and view.startswith("对", x.marker_at) for x in marked):
        return False
    return _verb_between(view, e.end, start) or _MATTER_END.search(view, e.end, start) is not None


# 一事, 此事: a word closing a matter (news_cues matter_ends)
_MATTER_END = cue("matter_ends")


def _owned_plan_opener(view: str, lo: int, agent_at: int, end: int, hi: int) -> int:
    """Where the 对 stands that opens the noun phrase a passive's agent starting at ``agent_at``
    follows - 对B的N or 对B N, then 被/遭到 (法国对叙利亚的和平方案被俄罗斯拒绝, 某公司对某网站
    收购计划已被某集团回绝); -1 if there is none (俄罗斯对李明被美国逮捕表示关切: no common
    noun heads a phrase, 李明 is the one arrested), or if a verb follows the trigger ending at
    ``end`` in its clause (up to ``hi``), before any conjunction (中国对记者被美国驱逐表示抗议,
    美国对中国的记者被俄罗斯逮捕深表关切 - the 对 phrase, passive and all, is what that verb is
    about, and the one arrested is the passive's own subject; not …被拒绝并遭到批评).
    B is only what the plan, offer or measure N is about; the act is done to N's owner, the
    one named right before the 对."""
    k = view.rfind("对", lo, agent_at)
    p = _PASSIVE.search(view, k, agent_at) if k >= 0 else None
    if p is None or next(tagged_words(view, k, k + 2))[1] != "p":
        return -1  # (no preposition 对, 对于: 对话, 对方 - a word of its own)
    for _, tag in tagged_words(view, end, hi):
        if tag == "c":
            break  # (…被俄罗斯拒绝并遭到美国批评: a second predicate of the same subject)
        if tag in _VERB_TAGS:
            return -1  # (…表示关切, 提出抗议: the 对 of that verb's object)
    if view.find("的", k, p.start()) >= 0:
        return k
    adverbs = _ADVERBS_END.search(view, k + 1, p.start())
    head = p.start() if adverbs is None else adverbs.start()
    last = ""
    for _, tag in tagged_words(view, k + 1, head):
        last = tag
    return k if last == "n" else -1  # (a common noun heads the phrase: 收购计划, 禁令)


def holds(ents: list[Ent], e: Ent) -> bool:
    """``e in ents`` for entities of one sentence: they differ in their index (``idx``), so
    equality is identity (and identity is cheaper than comparing every field)."""
    for x in ents:
        if x is e:
            return True
    return False


_ROLES: dict[int, tuple[TriggerEntry, str | None, bool]] = {}


def _roles_of(entry: TriggerEntry) -> tuple[str | None, bool]:
    """The entry's fixed target (``=XXX``) and whether a visited place is its target."""
    hit = _ROLES.get(id(entry))
    if hit is None or hit[0] is not entry:
        hit = _ROLES[id(entry)] = (entry, entry.fixed_target, "place" in entry.target_roles)
    return hit[1], hit[2]


def _object_place(e: Ent, place_role: bool) -> bool:
    """Can ``e`` be the trigger's object as far as places go: a place introduced by 在/于 is
    where the event happens, unless the trigger takes the visited place as its target."""
    return place_role or e.marker != "place"


def _report_end(view: str, clause: Clause, start: int, lex: Lexicon) -> int | None:
    """Where the last noticing/reporting verb (注意到, 获悉…) before the trigger ends."""
    end = None
    for m in lex.report.finditer(view, clause.start, start):
        end = m.end()
    return end


_ADVERBIAL = re.compile(r"在[^，。；：,;:]{1,30}?(?:期间|之际|的时候|时)")


def _adverbials(view: str, clause: Clause, start: int) -> list[tuple[int, int]]:
    """在出席APEC峰会期间交谈: the 在…期间/时 phrases before the trigger that do not hold it;
    an entity inside one is no argument of the trigger."""
    return [
        (m.start(), m.end())
        for m in _ADVERBIAL.finditer(view, clause.start, start)
        if m.end() <= start
    ]


def _quote_start(view: str, clause: Clause, start: int) -> int | None:
    """Where the quotation holding ``start`` opens, if the trigger stands inside one."""
    at = view.rfind("“", clause.start, start)
    if at < 0 or view.find("”", at, start) >= 0:
        return None
    return at


def _first_group(ents: list[Ent]) -> list[Ent]:
    if not ents:
        return []
    g = ents[0].group
    return [e for e in ents if e.group == g]


def _last_group(ents: list[Ent]) -> list[Ent]:
    if not ents:
        return []
    g = ents[-1].group
    return [e for e in ents if e.group == g]


def _keys(ents: list[Ent]) -> set[str]:
    return {w.key for e in ents for w in e.who}


def _relative_clause(
    view: str, clause: Clause, before: list[Ent], start: int, lex: Lexicon
) -> list[Ent]:
    """Entities of a relative clause ``… V … 的 TRIGGER`` that is about something else.

    因为印度购买俄罗斯石油附加的惩罚关税: two separate entity groups between a clause opener
    (因为, 是, 其中…) or a marker and the 的 before the trigger make a clause of their own (印度
    buys Russian oil); they are not the tariff's actors.  X与Y就…举行的会晤 (a light verb, a
    partner) keeps its actors.
    """
    de = view.rfind("的", clause.start, start + 4)
    if de < 0 or not (start - 6 <= de <= start + 3):
        return _NONE
    lo = clause.start
    for m in lex.relative_starts.finditer(view, clause.start, de):
        lo = max(lo, m.end())
    for e in before:
        if e.marker_at >= 0 and e.marker_at < de and e.marker in ("to",):
            lo = max(lo, e.marker_at)
    # X的 + trigger: X owns the event (美国的额外制裁) and is no part of a relative clause
    inner = [e for e in before if lo <= e.start < de and view[e.end : de].strip() != ""]
    groups = {e.group for e in inner}
    if len(groups) < 2:
        return _NONE
    if any(e.marker == "with" for e in inner) or lex.light_verbs.search(view, lo, min(de, start)):
        return _NONE
    return inner


_NONE: list[Ent] = []  # no relative clause (never changed)


def is_meeting_noun(text: str) -> bool:
    return any(n in text for n in _MEETING_NOUNS)


def conflict_parties(view: str, e: Ent, lex: Lexicon) -> tuple[str, ...]:
    """纳卡地区冲突: a disputed area named before a conflict noun stands for its claimants."""
    if not e.claimants:
        return ()
    if lex.conflict_nouns.match(view, e.end):
        return e.claimants
    return ()


def describe(e: Ent) -> dict[str, Any]:  # pragma: no cover - debugging aid
    return {
        "text": e.text,
        "marker": e.marker,
        "topic": e.topic,
        "mod": e.modifier,
        "media": e.media,
        "group": e.group,
        "who": [w.key for w in e.who],
    }


# 制裁11名官员，其中包括甲、乙 / 禁止5家公司包括甲: a count and its measure word (名, 家, 款…)
# opening the group an act is done to, the noun of the group after it (no verb mark: 并, 的…
# close it), then an ``among_them`` word that opens the list of its named members
_COUNTED_GROUP = re.compile(
    r"([^，。；：！？“”]{0,8}?)[0-9０-９" + NUMERAL_CHARS + r"几数多]+(?:名|位|家|个|款|人)"
    r"[^，。；：！？、“”并而且将已被的对向把]{0,8}?(?:，\s*)?"
    r"(" + cue("among_them").pattern + ")"
)
# what may stand between the trigger and the count besides the names of the group's places or
# bodies (制裁了俄罗斯和伊朗的12名官员): no verb, no mark of another act (批评美方打压10家企业,
# 批评俄罗斯向3个国家出口武器: the group is another act's object, not the trigger's)
_BEFORE_COUNT = frozenset("了和与及、的")
# 包括甲在内的多名官员…: the names qualify another noun, no list of the group's members
_MEMBERS_QUALIFY = "在内的"
# a list item ending at a name: a closing quote, then a joiner, 等, 在内 or the list's end
_MEMBER_ENDS = re.compile(r"[”\"」’\s]*(?:[、，,和及与或等；。]|在内|$)")


def members_listed(
    view: str, ents: list[Ent], clause: Clause, after: tuple[Clause, list[Ent]] | None, te: int
) -> tuple[list[Ent], set[str]]:
    """The named members of a counted group the trigger ending at ``te`` is done to, listed right
    after it by an ``among_them`` word — in its own clause (制裁6名俄方官员包括部长甲) or
    opening the next one, ``after`` (制裁6名官员，其中包括部长甲、局长乙): each is acted
    on too.  Names only, no place, no one qualified (包括某市的官员), none of a list that goes on
    to qualify another noun (包括甲在内的多名官员被问责).  With them, the countries of the
    names of the group (俄罗斯和伊朗的12名官员: both)."""
    if view.find("包括", te, te + 40) < 0 and view.find("其中", te, te + 40) < 0:
        return [], set()  # (cheap first: no list word near the trigger)
    if view.startswith("的", te):
        return [], set()  # (来访的8位领导人: the trigger qualifies the group, does nothing to it)
    hi = after[0].end if after is not None else clause.end
    m = _COUNTED_GROUP.match(view, te, hi)
    if m is None or not _names_only(view, m.start(1), m.end(1), ents):
        return [], set()
    lo = m.end()
    if after is not None and lo > clause.end:
        end, pool = after[0].end, after[1]
    else:
        end, pool = clause.end, ents
    if view.find(_MEMBERS_QUALIFY, lo, end) >= 0:
        return [], set()
    named = [
        e
        for e in pool
        if lo <= e.start < end
        and e.who
        and not (e.is_place or e.media or e.modifier or e.pronoun or e.possessive)
        and not view.startswith("的", e.end)
    ]
    # (包括某传媒创办人甲: a body its list item goes on past - a title, a noun - is whose
    # the member is, not a member; a person's name may be cut short by the tagger)
    members = [
        e
        for e in named
        if e.who[0].type == "PER" or _MEMBER_ENDS.match(view, e.end, end) is not None
    ]
    return members, {c for e in ents if te <= e.start < m.start(2) for c in e.countries}


def _names_only(view: str, lo: int, hi: int, ents: list[Ent]) -> bool:
    """Whether ``view[lo:hi]``, between a trigger and the count of its object, holds nothing but
    names of ``ents`` and ``_BEFORE_COUNT`` marks (俄罗斯和伊朗的; not 美方打压, 俄罗斯向)."""
    i = lo
    while i < hi:
        if view[i] in _BEFORE_COUNT:
            i += 1
            continue
        e = next((e for e in ents if e.start == i and e.end <= hi), None)
        if e is None:
            return False
        i = e.end
    return True
