"""The event coder: sentences, entities and times of an annotated document → coded events.

:func:`code_events` reads the layers the earlier steps put on a :class:`~dashiji.model.Document`
— ``sentence`` spans (with ``part``: body, caption, title), ``entity``, ``time`` and ``quantity``
spans — and returns :class:`~dashiji.events.model.Event` s.  Per sentence:

1. **Triggers** — :meth:`Codebook.match` over the article's analysis view (simplified script),
   once, vetoes (negative cues, sports/market/product domains) and overlaps resolved there; the
   cues around each trigger (:mod:`.cues`).  A sentence that asks (ends in ？, 为什么/是否…)
   states nothing and yields no event; a trigger that only names an attribute (启动制裁的条件)
   is none.
2. **Clauses** (:mod:`.clauses`) and **actors** (:mod:`.actors`): the arguments of the trigger in
   its clause; a subject dropped from the clause is taken from the clauses before it (topic
   chain), or — for 从…到…-style openings — from the main clause after it.  Directed events with
   several target countries become one event per target (dyads); mediation keeps the mediated
   parties together.  Symmetric events keep their actors as a set (side ``party``).
3. **Date** (:mod:`.dates`): the clause's own time expression, a sentence-initial time clause,
   the speech's date for what a dated speech reports, offsets chained onto the speech's date, one
   event per item of a date list; vague windows (日前, 前不久) are never dates, and neither is
   the article's date.
4. **Status and modality** (:mod:`.status`), place, quantities (amounts and durations of the
   clause), and who said it (``attributed_to``: a speaker or an outlet; outlets are never
   actors).  A clause closed by 之后/后 (特使访问莫斯科之后) tells what has occurred.  When the
   speaker is the source and the trigger is itself a speech act (a threat, an appeal, praise),
   the saying is the event: asserted, occurred, dated by the speech — and the speaker, a person,
   is its source (特朗普表示，…美方将不再参与斡旋 → Trump).
5. **Discourse** — what the sentence leaves out and the article said just before (within one
   part: a caption does not continue the body).  A directed event with a source and no target
   takes the target of the latest event of the same type and mode by the same source within
   :data:`DISCOURSE_REACH` sentences (普京随即宣布临时停火 → the ceasefire against Ukraine told
   before), else the other country of the latest event of its source in this sentence or the
   one before (特朗普表示，…美方将不再参与斡旋 → Russia, Trump's counterpart just before); a
   symmetric trigger with one side only and no other country in its sentence is that side's own
   act (a unilateral ceasefire) and is coded as directed; a symmetric event in a sentence that
   names no actor at all takes the parties of the sentence before (虽然共识大多只是交换战俘); an
   event introduced by 随即 takes the date of the event before it, at ``approx-day``.  Only
   asserted or reported mentions borrow, and only from asserted or reported events.
6. **Derived events** — a participant announcing a planned meeting (特朗普说，要和普京…开峰会)
   has also expressed intent to meet: AGREE/meet (CAMEO 036, ``cues.json`` ``derived``), dated
   by the announcement.
7. **Merging** (:mod:`.merge`): mentions of one event in one article become one event with
   several mentions, and later mentions update its status (planned → postponed).

Mentions in the complement of an attitude verb (认为, 担心, 希望, 不在意…), in a prediction
(…只是时间问题), or in what an appeal, accusation or threat frames (呼吁西方向乌克兰提供防空系统,
指责俄罗斯违反停火协议) may join an event the article states, but never make one.

**Confidence** is a simple score in [0.05, 0.99]: 0.55; +0.15 when the trigger's own clause names
its actors; −0.10 for each side borrowed from another clause of the sentence; −0.15 when a side
or the date comes from an earlier sentence; +0.05 when dated; −0.05 for a pattern trigger whose
words stand more than :data:`GAP_TOLERANCE` characters apart; then times 0.95 (reported), 0.8
(uncertain), 0.75 (negated) or 0.6 (hypothetical); +0.05 for each further mention (at most
+0.15).  Events below :data:`MIN_CONFIDENCE` are not emitted: in practice a hypothetical event
whose actors had to be borrowed.
"""

from __future__ import annotations

import copy
import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

from ..kb import KnowledgeBase, load_kb
from ..model import Document, Span
from ..normalize import AnalysisView, to_simplified
from .actors import (
    HELD_TITLES,
    Args,
    Ent,
    Titles,
    Who,
    arguments,
    clause_subject,
    conflict_parties,
    drop_asked_objects,
    eligible,
    holds,
    is_meeting_noun,
    may_qualify,
    members_listed,
    sentence_entities,
)
from .clauses import CLAUSE_CUT, Clause, clause_at, split_clauses
from .codebook import Codebook, CueHit, TriggerEntry, _MatchTuple, load_codebook
from .cues import SentenceCues
from .dates import (
    DateChoice,
    TimeRef,
    anchor_day_anaphors,
    clause_time,
    event_date,
    later_than,
    tells_an_age,
)
from .doubt import doubts, drop_doubtful, lead_index
from .lexicon import Lexicon, alternation, lexicon
from .merge import Cluster, Proto, merge
from .model import Event, EventActor, Mention, Side
from .news import BAN_CODE, WEEKDAY_ONLY, NewsCoder, takes_off_devices, told_quote_goes_on
from .news_actors import drop_outlets
from .news_cues import cue
from .status import (
    PLAN_GOES_ON,
    Modality,
    Status,
    directive_before,
    in_said_topic,
    modality_of,
    refused_object,
    status_of,
    unnamed_speaker,
)

EXTRACTOR = "dashiji-coder/0.1"
MIN_CONFIDENCE = 0.3
DISCOURSE_REACH = 5  # sentences back a dropped target or date may be found
GAP_TOLERANCE = 4  # characters a pattern trigger may skip between its words without penalty
_MODALITY_WEIGHT = {
    "asserted": 1.0,
    "reported": 0.95,
    "uncertain": 0.8,
    "negated": 0.75,
    "hypothetical": 0.6,
}
_UNSET: Any = object()
# The hot constructors are called with positional arguments; these are the field orders they
# assume (checked when the module loads).
_PROTO_FIELDS = (
    "entry", "sentence_index", "sources", "targets", "parties", "date", "precision", "date_text",
    "status", "modality", "place", "quantities", "mention", "sentence", "quote", "trigger", "part",
    "confidence", "merge_only", "borrowed", "discourse", "own_clause", "mode", "at", "gap",
)  # fmt: skip
_ACTOR_FIELDS = ("name", "kb_id", "country", "cameo", "side", "role", "start", "end")
_EVENT_FIELDS = (
    "doc", "type", "mode", "cameo", "goldstein", "quad_class", "actors", "date", "precision",
    "date_text", "place", "place_kb_id", "place_country", "status", "modality", "attributed_to",
    "source_part", "quantities", "sentence", "quote", "start", "end", "trigger", "trigger_start",
    "trigger_end", "mentions", "confidence", "extractor", "source",
)  # fmt: skip
_NEW_PREDICATE = re.compile(r"(?:并且|并|同时|此外|随后|而且|而|但是|但|另外|还)")
_TAIL = 9  # a speech or attitude verb closing a clause stands in its last characters
#: Types whose trigger frames what follows it in its clause as asked for, alleged or threatened.
_FRAMING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# 提议已被, 方案遭到: a passive mark right after a trigger, past adverbs (news_cues marked_adverbs)
_PASSIVE_NEXT = re.compile("(?:" + cue("marked_adverbs").pattern + ")*(?:被|遭到|遭)")


def _passive_subject_noun(vt: str, x: _Local) -> bool:
    """Is the trigger ``x`` a noun that a passive right after it is about (某国的援助提议已被某国
    拒绝: the proposal is what is refused, no request framing the refusal)?"""
    return _PASSIVE_NEXT.match(vt, x.abs_end) is not None


def _weekday_gone_by(choice: DateChoice, status: Status, reference: str | None) -> Status:
    """警方周五指，正式控告…: a plan read from a bare weekday alone (no plan word: the status's
    cue is the day) that the time layer put after the article's date is the last such day gone
    by, as the news coder reads it (news._ahead_untold) - done, of that day."""
    value, text = choice.value, choice.text or ""
    if value is None or len(value) != 10 or not WEEKDAY_ONLY.fullmatch(text):
        return status
    back = (date.fromisoformat(value) - timedelta(days=7)).isoformat()
    if later_than(back, reference, choice.precision) is not False:
        return status
    choice.value = back
    return Status("occurred", True, back)


def _held_title_before(text: str, before: list[Span], span: Span) -> bool:
    """某集团创办人Y: a body, then the title Y holds in it, right before the person ``span`` -
    Y is the actor the body only places (:func:`.actors._modifiers`), named or not by the KB."""
    prev = before[-1] if before else None
    return (
        prev is not None
        and prev.label == "ORG"
        and prev.end < span.start
        and text[prev.end : span.start] in HELD_TITLES
    )
_ROLE_AFTER = 6  # how far after a country its role word may start (美国一名联邦法官)
_TITLE_LENGTHS = (3, 2)  # a role word right before a name (最高法官, 法官): longest first
_DEMAND_ENTRY = "request.要求"  # the REQUEST an act asked of another is coded as (demand, 100)
_PIVOT_GAP = 4  # characters between the demander and 让 (竟然, 再次…)
_NO_CUT = re.compile(r"[^，。；：,;:！？!?的]*")  # (美国的制裁让…: a cause)
_QUESTION_END = re.compile(r"[？?][”’」』）)\s]*$")
_PAST_CLAUSE = re.compile(r"(?:之后|以后|后)$")


class _Local:
    """A trigger match of a sentence in sentence-local offsets (``start``, ``end``, ``parts``),
    with its view offsets (``at``, ``abs_end``, ``abs_parts``) and, once known, its clause."""

    __slots__ = ("start", "end", "entry", "text", "parts", "veto", "at", "abs_end", "abs_parts")

    def __init__(self, m: _MatchTuple, a: int) -> None:
        start, end, self.entry, self.text, parts, self.veto = m
        self.start = start - a
        self.end = end - a
        if len(parts) == 1:
            ((x, y),) = parts
            self.parts: tuple[tuple[int, int], ...] = ((x - a, y - a),)
        else:
            self.parts = tuple([(x - a, y - a) for x, y in parts])
        self.at = start
        self.abs_end = end
        self.abs_parts = parts


@dataclass(slots=True)
class _Sentence:
    index: int
    start: int
    end: int
    part: str
    local: str
    clauses: list[Clause]
    ents: list[Ent]
    times: list[TimeRef]
    speech: dict[int, tuple[Ent | None, int, int]]  # clause index → speaker, verb start/end
    attitude_from: int | None  # first clause index in the complement of an attitude verb
    condition_at: int | None
    prev_same: int | None = None  # the sentence before in the same part (body, caption…)
    entity_starts: set[int] = field(default_factory=set)  # sentence-local
    place_clause: Any = None  # a clause naming only a place (越南岘港), once looked for
    _cues: SentenceCues | None = None
    clause_ents: list[list[Ent]] = field(default_factory=list)  # by clause index
    first_trigger: dict[int, int | None] = field(default_factory=dict)  # clause → first live
    subjects: dict[int, Any] = field(default_factory=dict)  # clause → clause_subject, once
    subordinate: dict[int, bool] = field(default_factory=dict)  # clause → _subordinate, once
    chains: dict[int, Any] = field(default_factory=dict)  # clause → _chain, once
    immediately: Any = _UNSET  # the 随即 of the sentence (a match or None), once looked for
    out_part: str = "body"  # the part as events name it (_part)
    original: str = ""  # the sentence in the document's text
    quants: list[tuple[int, int, Span]] = field(default_factory=list)  # the sentence's
    quantified: bool = False  # any quantity or duration in the sentence

    def cues(self, cb: Codebook) -> SentenceCues:
        """The codebook's cues of this sentence, found once."""
        if self._cues is None:
            self._cues = SentenceCues(cb, self.local)
        return self._cues


class EventCoder:
    """Codes events from annotated documents; one instance per process (it holds the codebook)."""

    def __init__(self, codebook: Codebook | None = None, kb: KnowledgeBase | None = None) -> None:
        self.cb = codebook if codebook is not None else load_codebook()
        self.kb = kb if kb is not None else load_kb()
        self.lex: Lexicon = lexicon()
        self._derived = _derived_entry(self.cb)
        self._hedges = alternation(self.cb.cues.words("modality", "uncertain"))
        self.news = NewsCoder(kb=self.kb, codebook=self.cb)
        # what a match of an entry one entity may give a complete mention holds (_unread)
        lone = self.cb.literals(_lone_entries(self.cb, self.lex))
        self._lone = alternation(lone) if lone is not None else re.compile("")
        self.drop_doubtful = True  # events a reader would not list (.doubt)

    # ---- the document --------------------------------------------------------------------------
    def code(self, doc: Document) -> list[Event]:
        if not doc.text or not doc.spans:
            return []
        if _simplified(doc):
            view = AnalysisView(doc.text, doc.text)  # simplified already: offsets are the text's
        else:
            view = _view(doc.text)
        vt = view.text
        tv = view.to_view
        identity = view.identity
        # one pass over the spans, each layer in document order
        ent_spans: list[Span] = []
        time_spans: list[Span] = []
        quant_spans: list[Span] = []
        sentences: list[Span] = []
        persons: list[Span] = []
        for span in doc.spans:
            layer = span.layer
            if layer == "entity":
                at = span.attrs
                if span.label == "PER":
                    persons.append(span)
                if (
                    at.get("source") == "lac"
                    and not at.get("country")
                    and not at.get("kb_id")
                    and not _held_title_before(doc.text, ent_spans, span)
                ):
                    continue  # a name the KB does not place: the news coder's, not diplomacy's
                ent_spans.append(span)
            elif layer == "sentence":
                sentences.append(span)
            elif layer == "time":
                time_spans.append(span)
            elif layer == "quantity":
                quant_spans.append(span)
        if identity:
            ents_view = [(i, s, s.start, s.end) for i, s in enumerate(ent_spans)]
        else:
            ents_view = [(i, s, tv(s.start), tv(s.end)) for i, s in enumerate(ent_spans)]
        ents_view.sort(key=_view_start)
        ent_starts = [e[2] for e in ents_view]
        times: list[TimeRef] | None = None  # (read once a sentence is: _times)
        if identity:
            quants = [(s.start, s.end, s) for s in quant_spans]
        else:
            quants = [(tv(s.start), tv(s.end), s) for s in quant_spans]
        sentences.sort(key=_span_start)
        if identity:
            starts = [sent.start for sent in sentences]
            ends = [sent.end for sent in sentences]
        else:
            starts = [tv(sent.start) for sent in sentences]
            ends = [tv(sent.end) for sent in sentences]
        parts = [str(sent.attrs.get("part", "body")) for sent in sentences]
        protos: list[Proto] = []
        titles: Titles | None = None
        mines = []  # each sentence's entities
        for a, b in zip(starts, ends, strict=True):
            lo = bisect_left(ent_starts, a)
            mines.append(ents_view[lo : bisect_left(ent_starts, b, lo)])
        # the triggers of the sentences that may be read while no mention is complete yet, in
        # one pass (patterns stay inside clauses); the others' once one is
        soon = self.lex.immediately_after.search(vt) is not None  # (in no sentence if not here)
        wanted = [
            not self._unread(vt, self._identities(vt, m, ends[i]), i, starts, ends, soon)
            for i, m in enumerate(mines)
        ]
        buckets: list[list[_MatchTuple]] = [[] for _ in sentences]
        self._match(vt, starts, ends, wanted, buckets)
        last_of_part: dict[str, int] = {}
        armed = False  # a complete mention so far: a later one may join it or borrow from it
        for si, sent in enumerate(sentences):
            part = parts[si]
            prev_same = last_of_part.get(part)
            last_of_part[part] = si
            if not armed and not wanted[si]:
                continue  # its mentions could only join or lend to complete ones: none yet
            bucket = buckets[si]
            if not bucket or not any(_worth(m) for m in bucket):
                continue
            a, b = starts[si], ends[si]
            if _QUESTION_END.search(vt, a, b):
                continue  # a question states nothing: no event, no status update
            mine = mines[si]
            if not mine and not any(
                m[2].symmetric or m[2].plover_type == "CONSULT" for m in bucket
            ):
                continue  # no actor to code, none to borrow for, no meeting to update
            matches = [_Local(m, a) for m in bucket]
            if titles is None:
                titles = Titles(vt, self.kb)
            if times is None:
                times = _times(view, time_spans, doc.reference_date)
            s = self._sentence(si, sent, a, b, vt, mine, ent_spans, times, titles)
            if not armed and self._unread(vt, _sides_bound(s.ents), si, starts, ends, soon):
                continue  # (the same, counted on the entities as read: one identity, told twice)
            s.prev_same = prev_same
            new = self._code_sentence(doc, view, s, matches, quants, protos)
            protos.extend(new)
            if not armed:
                monadic = self.lex.monadic_types
                armed = any(p.complete(monadic) and not p.merge_only for p in new)
                if armed:  # every later sentence may be read now: their triggers too
                    rest = [j > si and not w for j, w in enumerate(wanted)]
                    self._match(vt, starts, ends, rest, buckets)
        clusters = merge(protos, self.lex)
        events = [self._event(doc, view, c) for c in clusters]
        events = [e for e in events if e.confidence >= MIN_CONFIDENCE]
        events = self.news.code(doc, view, events)
        _in_office_on_the_day(events, self.kb)
        if self.drop_doubtful:
            if identity:  # (the view's offsets are the text's: nothing to map)
                person_spans = [(x.start, x.end) for x in persons]
            else:
                person_spans = [(tv(x.start), tv(x.end)) for x in persons]
            events = drop_doubtful(events, view, person_spans, lead_index(sentences))
        self.news.untype(events, view)  # (read as arrests up to here: their doubts too)
        drop_outlets(events, doc.text)  # an outlet or reporter tells the news, whoever coded it
        drop_asked_objects(events, doc.text)
        for e in events:  # an event its sentence does not date is placed by its report's date
            if e.date is None and e.reported is None:
                e.reported = doc.reference_date
        for n, e in enumerate(events, 1):
            e.id = f"{doc.id}:{n:03d}"
        return events

    def doubtful(self, doc: Document) -> list[tuple[Event, list[str]]]:
        """Every event of ``doc``, the doubtful ones too, each with why it is doubtful (an empty
        list: it is kept) — for tests and for reading what :mod:`.doubt` drops."""
        keep, self.drop_doubtful = self.drop_doubtful, False
        try:
            events = self.code(doc)
        finally:
            self.drop_doubtful = keep
        view = AnalysisView(doc.text, doc.text) if _simplified(doc) else _view(doc.text)
        persons = [
            (view.to_view(x.start), view.to_view(x.end))
            for x in doc.spans_of("entity")
            if x.label == "PER"
        ]
        lead = lead_index(sorted(doc.spans_of("sentence"), key=_span_start))
        return [(e, doubts(e, view, persons, lead)) for e in events]

    def _unread(
        self, vt: str, n: int, i: int, starts: list[int], ends: list[int], soon: bool = True
    ) -> bool:
        """Can no mention of sentence ``i``, whose entities give at most ``n`` actor identities
        (:func:`_who_bound`, :func:`_sides_bound`), be complete (:meth:`Proto.complete`) while
        no earlier one is?  Its actors are its entities' identities, and a side or a pair takes
        two (one for a monadic type or a target the trigger fixes: :func:`_lone_entries`, whose
        matches hold one of the literals ``self._lone``); nothing joins or lends to an
        incomplete mention (:func:`merge`, :meth:`_discourse`) but its date, to a 随即 in the
        next sentence (:meth:`_discourse_date`).  ``soon``: False when ``vt`` holds no such word
        anywhere (a literal of ``lex.immediately_after``), so no sentence of it does."""
        if n >= 2:
            return False
        if n and self._lone.search(vt, starts[i], ends[i]) is not None:
            return False
        if soon and i + 1 < len(starts):
            later = vt[starts[i + 1] : ends[i + 1]]  # (searched as _discourse_date does: s.local)
            if self.lex.immediately_after.search(later) is not None:
                return False
        return True

    def _identities(self, vt: str, mine: list[tuple[int, Span, int, int]], end: int) -> int:
        """At most how many actor identities (as :func:`_sides_bound` counts them) the
        sentence's entities ``mine`` give, up to 2, before they are read: one an entity of the
        KB gives (:func:`.actors._ent`), unless it may become the people or body after it
        (:func:`.actors.may_qualify`); one for each other (:func:`_who_bound`).

        Each identity of the KB gives at least one whatever :func:`.actors.may_qualify`
        answers (a telling that may become another is one of its own, one that may not is
        that identity), so two of them, or one and another entity, are two without asking it;
        it is asked only of one identity told more than once with nothing else (甲国…甲国…:
        one, or two if a telling may become the people or body after it)."""
        bound = _who_bound(mine)
        if bound < 2:
            return bound
        n = 0
        told: dict[tuple[str, Any], list[tuple[str, int]]] = {}  # identity → (kb_id, end)s
        for _i, span, _a, b in mine:
            get = span.attrs.get
            kb_id = get("kb_id")
            if get("members") or not kb_id:
                n += _who_bound([(_i, span, _a, b)])
            else:
                told.setdefault((kb_id, get("country")), []).append((kb_id, b))
            if n + len(told) >= 2:
                return 2
        for tellings in told.values():  # (one at most: n + len(told) < 2)
            if len(tellings) >= 2 and any(self._may_qualify(vt, k, b, end) for k, b in tellings):
                return 2
        return n + len(told)

    def _may_qualify(self, vt: str, kb_id: str, b: int, end: int) -> bool:
        """:func:`.actors.may_qualify` of the entity of the KB ``kb_id`` ending at ``b``."""
        entry = self.kb.by_id(kb_id)
        return may_qualify(vt, entry.kind if entry is not None else None, b, end)

    def _match(
        self,
        vt: str,
        starts: list[int],
        ends: list[int],
        which: list[bool],
        buckets: list[list[_MatchTuple]],
    ) -> None:
        """The triggers of the sentences ``which`` marks, each in its sentence's bucket: all of
        them, as matching the whole text finds them (``within``: :meth:`Codebook.match_tuples`).
        (start, end, entry, text, parts, veto)"""
        ranges = [(starts[i], ends[i]) for i, w in enumerate(which) if w]
        if not ranges:
            return
        for m in self.cb.match_tuples(vt, keep_vetoed=True, within=ranges):
            i = bisect_right(starts, m[0]) - 1
            if i >= 0 and m[1] <= ends[i] and which[i]:
                buckets[i].append(m)

    def _sentence(
        self,
        si: int,
        sent: Span,
        a: int,
        b: int,
        vt: str,
        ents_view: list[tuple[int, Span, int, int]],
        ent_spans: list[Span],
        times: list[TimeRef],
        titles: Titles,
    ) -> _Sentence:
        lex = self.lex
        clauses = split_clauses(vt, a, b, lex)
        ents = sentence_entities(vt, ents_view, ent_spans, a, b, clauses, self.kb, lex, titles)
        ent_starts = [e.start for e in ents]  # ascending
        clause_ents = []
        for c in clauses:
            lo = bisect_left(ent_starts, c.start)
            clause_ents.append(ents[lo : bisect_left(ent_starts, c.end, lo)])
        s_times = [t for t in times if a <= t.start < b] if times else []
        speech: dict[int, tuple[Ent | None, int, int]] = {}  # see _speech_scan
        attitude_from: int | None = None
        cond = None
        if vt.find("：", a, b) >= 0 or vt.find(":", a, b) >= 0:  # the list opens with a colon
            cond = lex.condition_list.search(vt, a, b)
        return _Sentence(
            si, a, b, str(sent.attrs.get("part", "body")), vt[a:b], clauses, ents, s_times,
            speech, attitude_from, cond.end() if cond else None, None,
            {e.start - a for e in ents}, _UNSET, None, clause_ents,
            out_part=_part(str(sent.attrs.get("part", "body"))),
        )  # fmt: skip

    def _speech_scan(self, vt: str, s: _Sentence, limit: int) -> None:
        """Speech clauses (…表示，) and the first clause closed by an attitude verb, among the
        clauses before ``limit``: the coder asks about the clauses before a trigger's only."""
        lex = self.lex
        speech = s.speech
        for c in s.clauses[: min(limit, len(s.clauses) - 1)]:  # the last says nothing after it
            text = vt[c.start : c.end]
            tail = max(0, len(text) - _TAIL)
            m = lex.speech_end.search(text, tail)
            if m and text[: m.start()].endswith(text[m.start()]):
                m = None  # 只是说说: talk, not a report
            if m:
                speaker = self._speaker(s.clause_ents[c.index])
                if speaker is not None:
                    speech[c.index] = (speaker, c.start + m.start(), c.start + m.end())
            if s.attitude_from is None:
                m2 = lex.attitude.search(text, tail)
                if m2 and m2.end() >= len(text.rstrip()) - 1:
                    s.attitude_from = c.index + 1

    def _speaker(self, clause_ents: list[Ent]) -> Ent | None:
        for e in clause_ents:
            if e.who and (e.media or (eligible(e) and e.marker in (None, "by"))):
                return e
        return None

    # ---- one sentence -------------------------------------------------------------------------
    def _code_sentence(
        self,
        doc: Document,
        view: AnalysisView,
        s: _Sentence,
        matches: list[_Local],
        quants: list[tuple[int, int, Span]],
        history: list[Proto],
    ) -> list[Proto]:
        out: list[Proto] = []
        clauses = s.clauses
        in_clause = [clause_at(clauses, m.at) for m in matches]
        live = [m for m in matches if m.veto is None]
        live_clause = [c for m, c in zip(matches, in_clause, strict=True) if m.veto is None]
        first_trigger: dict[int, int | None] = {c.index: None for c in clauses}
        for m, c in zip(live, live_clause, strict=True):
            if c is not None and first_trigger.get(c.index) is None:
                first_trigger[c.index] = m.at
        s.first_trigger = first_trigger
        limit = 0
        for c in live_clause:
            if c is not None and c.index > limit:
                limit = c.index
        if limit:
            self._speech_scan(view.text, s, limit)
        if quants:
            s.quants = [q for q in quants if s.start <= q[0] < s.end]
        s.quantified = bool(s.quants) or any(t.kind == "duration" for t in s.times)
        if doc.text is view.original and view.identity:
            s.original = doc.text[s.start : s.end]
        else:
            s.original = doc.text[view.to_original(s.start) : view.to_original(s.end)]
        local = s.local
        attributive = self.lex.attributive_heads
        for m, clause in zip(matches, in_clause, strict=True):
            if m.veto is not None:
                upd = self._update_only(doc, view, s, m, clause)
                if upd is not None:
                    out.append(upd)
                continue
            if attributive.match(local, m.end):
                continue  # 启动制裁的条件: an attribute of something else, not an event
            hits = s.cues(self.cb).around(m.start, m.end, m.parts)
            if any(h.category == "question" for h in hits):
                continue
            if clause is None:
                continue  # nothing to code (no clause holds the trigger)
            out.extend(self._code_trigger(doc, view, s, m, clause, hits, live, live_clause))
        # discourse: what the sentence leaves out and the article said just before
        lex = self.lex
        for i, p in enumerate(out):
            self._discourse(s, p, history, out, i)
            p.settled = _settled(p, lex)
        return out

    def _code_trigger(
        self,
        doc: Document,
        view: AnalysisView,
        s: _Sentence,
        m: _Local,
        clause: Clause,
        hits: list[CueHit],
        live: list[_Local],
        live_clause: list[Clause | None],
    ) -> list[Proto]:
        """``live``: the sentence's triggers that are not vetoed, with their clauses."""
        vt, lex, entry = view.text, self.lex, m.entry
        ts, te = m.at, m.abs_end
        parts = m.abs_parts
        args = arguments(vt, clause, s.clause_ents[clause.index], entry, ts, te, parts, lex)
        self._borrow_subject(vt, s, clause, args, entry)
        if not entry.symmetric:  # 制裁11名官员，包括甲、乙: the group's named members too
            args.targets += self._members(vt, s, clause, args, te)
        sources = _who_once(args.sources)
        if args.fixed_target or entry.plover_mode in lex.set_modes:
            targets = _who(args.targets)
            if args.fixed_target:
                targets = [self._country(args.fixed_target, ts, te)]
            if entry.plover_mode in lex.set_modes:
                for e in args.targets:
                    for code in conflict_parties(vt, e, lex):
                        targets.append(self._country(code, e.start, e.end))
            targets = _dedupe(targets)
        else:
            targets = _who_once(args.targets)
        if entry.plover_type in lex.firm_deal_types and self._firms_only(
            vt, [*args.sources, *args.targets, *args.parties]
        ):
            return []  # 某公司与某集团签署合作协议: a deal between companies, no political act
        if entry.by_source:
            read = self._read_by_source(vt, s, entry, args.sources, sources, targets)
            if read is None:
                return []  # 法官裁定推迟实施该禁令: its own domain words veto the entry's reading
            entry, sources, targets = read
        if targets:
            kept = _not_self(sources, targets)
            if not kept and not args.fixed_target:
                # 法国的用户协会起诉法国政府: a country against its own government, body or
                # people is a misread side (the real source went unrecognised), not an event
                return []
            targets = kept
        parties = _who_once(args.parties)
        if entry.plover_type != "REJECT" and refused_object(vt, clause.start, ts) == "object":
            return []  # 市府没有批准某会游行: the refusal, told by its own word, is the event
        if (
            sources
            and targets
            and entry.plover_type not in _FRAMING
            and self._demanded(vt, clause, args, ts, te)
        ):
            entry = self.cb.entry(_DEMAND_ENTRY)  # 某人竟然让某国释放…: the demand, not the act
        if entry.plover_type == "REQUEST" and takes_off_devices(vt, te, clause.end):
            ban = self.cb.cameo(BAN_CODE)  # 要求工作人员从工作设备上卸载某应用: a ban on the app
            entry = replace(
                entry, plover_type="SANCTION", plover_mode="economic", cameo=ban.code,
                goldstein=ban.goldstein, quad_class=ban.quad_class,
            )  # fmt: skip
        # where
        place = _place_who(args.place)
        if place is None:
            if s.place_clause is _UNSET:
                s.place_clause = self._place_clause(vt, s)
            place = s.place_clause
        # who said it, and is it one of them?
        speech_clause, speaker = self._speech_for(s, clause)
        attitude = s.attitude_from is not None and clause.index >= s.attitude_from
        if not attitude:
            attitude = bool(lex.attitude.search(vt, clause.start, ts))
        if not attitude:  # 俄罗斯全面占领乌东只是时间问题: a prediction, not an event
            attitude = bool(lex.predictions.search(vt, te, s.end))
        if not attitude and entry.plover_type not in _FRAMING:
            # 呼吁西方向乌克兰提供防空系统, 指责俄罗斯违反停火协议, 扬言对韩国发动袭击: what is
            # asked for, alleged or threatened is not reported as done
            for x, cx in zip(live, live_clause, strict=True):
                if (
                    x.end <= m.start
                    and x.entry.plover_type in _FRAMING
                    and self._framed(vt, s, x, cx, clause)
                    and not _passive_subject_noun(vt, x)
                ):
                    attitude = True
                    break
        # when
        choice = event_date(
            vt, s.clauses, clause, s.times, ts, speech_clause, doc.reference_date,
            entry.plover_type in lex.content_date_types,
        )  # fmt: skip
        if choice.value is None and args.subject is not None and clause.index > 0:
            # 阿拉格齐12日抵达北京，开始对中国进行正式访问: the clause goes on with the subject
            # and the date of the clause before it
            prev = s.clauses[clause.index - 1]
            opens = lex.marker_before.match(vt, clause.start, clause.start + 2)
            if prev.start <= args.subject.start < prev.end and opens is None:
                t = clause_time(prev, s.times)
                if t is not None:
                    value, precision = t.date_value
                    choice.value, choice.precision, choice.text = value, precision, t.text
                    choice.start, choice.end = t.start, t.end
        entity_starts = s.entity_starts
        status = status_of(
            entry, hits, choice.value, choice.precision, doc.reference_date, s.local,
            m.start, m.end, clause.start - s.start, entity_starts, lex,
        )  # fmt: skip
        if not status.explicit and _PAST_CLAUSE.search(vt, clause.start, clause.end):
            status = Status("occurred", True, "后")
        if status.value == "occurred" and _ordered_inquiry(entry, vt, clause.start, ts):
            return []  # 总统指示商务部调查某国: the order is no event, the inquiry not yet one
        if status.value == "planned" and status.cue == choice.value:
            status = _weekday_gone_by(choice, status, doc.reference_date)
        # 发言人表示，双方已达成和解: an act told as done before the saying (已, 此前…) is
        # neither the saying itself nor of its day
        done_before = lex.past_before.fullmatch(status.cue or "") is not None
        cue_speaker = self._cue_speaker(s, hits, sources or parties, args)
        modality = modality_of(
            entry, hits, s.local, m.start,
            None if s.condition_at is None else s.condition_at - s.start,
            speaker, speech_clause is not None, cue_speaker, lex,
        )  # fmt: skip
        if (
            modality.value in ("asserted", "reported")
            and clause.start < ts
            and self._hedges.search(vt, clause.start, ts) is not None
        ):
            # 欧盟可能下周对俄罗斯实施制裁: a hedge anywhere before the trigger in its clause
            wide = s.cues(self.cb).around(
                clause.start - s.start, m.end, m.parts, categories=("modality",)
            )
            hedge = next((h for h in wide if h.label == "uncertain"), None)
            if hedge is not None:
                modality = Modality("uncertain", modality.attributed_to, None, hedge.text)
        if modality.value == "asserted" and told_quote_goes_on(vt, s.start, ts):
            # 某人表示：“…。之前…拒绝…。”: a sentence inside words quoted over sentences
            modality = Modality("reported", None, None, None)
        actors_now = sources or parties
        if modality.value == "reported" and modality.speaker_key:
            own = {w.key for w in actors_now} | {w.country for w in actors_now if w.country}
            speaker_who = speaker.who if speaker is not None else []
            is_own = (
                bool(modality.speaker_key & {w.key for w in actors_now})
                or (
                    bool(speaker_who)
                    and all(not w.person for w in speaker_who)
                    and bool(modality.speaker_key & own)
                )
                or (not actors_now and speaker is not None and not entry.symmetric)
            )
            is_own = is_own and not (speaker is not None and speaker.media)
            # (a suit the speaker says it will bring, 宣布将于8月24日起诉: filing is no saying —
            # the suit is planned)
            suit_ahead = (entry.plover_mode == "sue" or status.cue == PLAN_GOES_ON) and (
                status.value == "planned"
            )  # (并将与X合作，要求Y…: what it will demand, in a clause of plans, is planned)
            if (
                is_own
                and entry.plover_type in lex.speech_act_types
                and not suit_ahead
                and not done_before
            ):
                # the saying is the event: 特朗普表示，如果…，美方将不再参与斡旋
                modality = Modality("asserted", None, None, modality.cue)
                status = Status("occurred", True, "said")
                if speaker is not None and not entry.symmetric:
                    # 特朗普表示，美方将…: the one who says it is the source, more precisely
                    sc = {w.country for w in sources}
                    people = [w for w in speaker.who if w.person]
                    if not sources or (
                        people
                        and all(not w.person for w in sources)
                        and sc <= {w.country for w in people}
                    ):
                        sources = list(speaker.who)
                    targets = _not_self(sources, targets)
            elif is_own and status.value == "planned":
                modality = Modality("asserted", None, None, modality.cue)
        if (
            choice.value is None
            and choice.speech is not None
            and status.value == "occurred"
            and not done_before
        ):
            value, precision = choice.speech.date_value
            choice.value, choice.precision, choice.text = value, precision, choice.speech.text
            choice.start, choice.end = choice.speech.start, choice.speech.end
            if not status.explicit and later_than(value, doc.reference_date, precision) is False:
                status = Status("occurred", True, choice.text)
        quantities = self._quantities(view, s, clause) if s.quantified else []
        quote_end = te
        for e in args.targets:
            if e.end <= s.end and e.end > quote_end:
                quote_end = e.end
        quote_start = self._quote_start(s, ts, args, choice)
        if view.identity:
            mention = Mention(quote_start, quote_end, s.start, s.end, ts, te, s.out_part, s.index)
        else:
            to = view.to_original
            mention = Mention(
                to(quote_start), to(quote_end), to(s.start), to(s.end), to(ts), to(te),
                s.out_part, s.index,
            )  # fmt: skip
        gap = len(parts) > 1 and any(
            a1 - b0 > GAP_TOLERANCE for (_, b0), (a1, _) in zip(parts, parts[1:], strict=False)
        )
        base = Proto(  # positional, in the order of Proto's fields (see _PROTO_FIELDS)
            entry, s.index, sources, targets, parties, choice.value, choice.precision,
            choice.text, status, modality, place, quantities, mention, s.original,
            (mention.start, mention.end), doc.text[mention.trigger_start : mention.trigger_end],
            s.out_part, 0.5, attitude, args.borrowed, False, args.borrowed == 0, None, ts, gap,
        )  # fmt: skip
        if len(choice.items) < 2:
            protos = _split_dyads(base, args, lex)
        else:
            protos = [q for p in _split_dates(base, choice) for q in _split_dyads(p, args, lex)]
        derived = self._derive(doc, view, s, base, speech_clause, speaker, choice)
        if derived is not None:
            protos.append(derived)
        return protos

    def _members(self, vt: str, s: _Sentence, clause: Clause, args: Args, te: int) -> list[Ent]:
        """The named members of a counted group the trigger is done to, listed after it
        (``members_listed``), that are not already one of its sides; those of no country go
        with the group's when it has one (``Args.member_country``), none when it has more."""
        nxt = clause.index + 1
        after = (s.clauses[nxt], s.clause_ents[nxt]) if nxt < len(s.clauses) else None
        listed, countries = members_listed(vt, s.clause_ents[clause.index], clause, after, te)
        members = [e for e in listed if not holds(args.targets, e) and not holds(args.sources, e)]
        if len(countries) > 1:  # (11名中港官员，包括甲: which one 甲 is of is unknown)
            return [e for e in members if e.countries]
        if countries:
            (country,) = countries
            args.member_country.update(
                (w.start, country) for e in members for w in e.who if not w.country
            )
        return members

    def _read_by_source(
        self,
        vt: str,
        s: _Sentence,
        entry: TriggerEntry,
        source_ents: list[Ent],
        sources: list[Who],
        targets: list[Who],
    ) -> tuple[TriggerEntry, list[Who], list[Who]] | None:
        """The reading of an entry with ``by_source`` its source's kind of actor asks for (法院
        叫停禁令: a court's COERCE against the government, which it keeps of the targets; the
        source coded as of that kind: USAJUD), or the entry itself; None when no reading fits and
        a word of the entry's own ``domain_exclusions`` stands in the sentence (the reading they
        rule out)."""
        kinds = {k for e in source_ents for k in self._kinds_of(vt, e)}
        for kind, reading in entry.by_source:
            if kind in kinds:
                if reading.target_kinds:
                    targets = [w for w in targets if _who_kind(w) in reading.target_kinds]
                sources = [_of_kind(w, kind) for w in sources]
                return reading, sources, targets
        own = [d for d in entry.domain_exclusions if not d.startswith("@")]
        if any(vt.find(d, s.start, s.end) >= 0 for d in own):
            return None
        return entry, sources, targets

    def _firms_only(self, vt: str, ents: list[Ent]) -> bool:
        """Are the participants of a kind all companies (BUS), with no country among them nor
        among the ones a word like 双方 stands for — a deal between firms (a place read inside a
        firm's name, of no kind, changes nothing)?"""
        if any(
            e.kb_kind == "country" or any(w.kb_id == w.country for w in e.who) for e in ents
        ):
            return False  # (双方 of a firm and a state: 美国 among the ones it stands for)
        kinds = {k for e in ents for k in self._kinds_of(vt, e)}
        return kinds == {"BUS"}

    def _kinds_of(self, vt: str, e: Ent) -> set[str]:
        """The kinds of actor (JUD, GOV…) an entity is: its people's CAMEO roles, else the role
        word its name ends with (英国高等法院) or that is written right before it (法官比尔勒), or,
        for a country, one a few words after it (美国一名联邦法官: the country's judge)."""
        kinds = {k for w in e.who if (k := _who_kind(w)) is not None}
        for n in _TITLE_LENGTHS:
            if kinds:
                break
            for at in (e.end - n, e.start - n):  # (the head of the name, a title before it)
                if at < 0 or (at >= e.start and n >= e.end - e.start):
                    continue  # (a name all role word is no head of a longer one)
                kinds.update(self._role_kinds(vt[at : at + n]))
        if not kinds and e.kb_kind == "country":
            for at in range(e.end, min(e.end + _ROLE_AFTER, len(vt))):
                if CLAUSE_CUT.match(vt, at):
                    break
                for n in _TITLE_LENGTHS:
                    kinds.update(self._role_kinds(vt[at : at + n]))
                if kinds:
                    break
        return kinds

    def _role_kinds(self, word: str) -> set[str]:
        """The kinds of actor (``cameo_role``) of the knowledge base's role words ``word`` is."""
        return {
            role
            for x in self.kb.lookup(word)
            if x.kind == "role_word" and isinstance(role := x.extra.get("cameo_role"), str)
        }

    def _demanded(self, vt: str, clause: Clause, args: Args, ts: int, te: int) -> bool:
        """Does a demand pivot (``demand_pivots``: 让, 叫) stand right before the first target,
        itself before the trigger ``vt[ts:te]``, with the last source a few characters before the
        pivot in the clause (某外长竟然让某国释放…)?  The act is the target's, asked of it - not
        one told done (美国让某国释放了…: made to, and done)."""
        if not args.sources or not args.targets:
            return False  # a side taken from the trigger itself (访华: 华) stands before no pivot
        src, tgt = args.sources[-1], args.targets[0]
        if not (clause.start <= src.end <= tgt.start and tgt.end <= ts):
            return False
        if vt.startswith("了", te) or "已" in vt[tgt.end : ts]:
            return False
        pivot = self.lex.demand_pivot.search(vt, src.end, tgt.start)
        return (
            pivot is not None
            and pivot.start() - src.end <= _PIVOT_GAP
            and _NO_CUT.fullmatch(vt, src.end, tgt.start) is not None
        )

    def _framed(
        self,
        vt: str,
        s: _Sentence,
        x: _Local,
        cx: Clause | None,
        clause: Clause,
    ) -> bool:
        """Does the trigger ``x`` frame the clause ``clause``?  Its own clause, always; for an
        appeal or demand (敦促美方停止X，停止Y), the subject-less clauses that follow it too,
        unless a conjunction opens a new predicate (…，并宣布…)."""
        if cx is None or cx.index > clause.index:
            return False
        if cx.index == clause.index:
            return True
        if x.entry.plover_type != "REQUEST":
            return False
        for c in s.clauses[cx.index + 1 : clause.index + 1]:
            if _NEW_PREDICATE.match(vt, c.start):
                return False
            if isinstance(self._subject(vt, s, c), Ent):
                return False
        return True

    # ---- helpers: actors ----------------------------------------------------------------------
    def _borrow_subject(
        self,
        vt: str,
        s: _Sentence,
        clause: Clause,
        args: Args,
        entry: TriggerEntry,
    ) -> None:
        own = self._subject(vt, s, clause)
        if entry.symmetric:
            if own is not False:
                for e in args.parties:
                    if e.marker is None:
                        return
        elif (own is False and args.sources and args.object_opener) or (
            args.sources and args.owner_unnamed >= 0 and _subject_about(own, args.owner_unnamed)
        ):
            # 我们一直配合某委员会对我们…进行的调查: the one right before the 对 acts; the topic
            # the pronoun subject stands for is acted on.  某国称，其对某地的方案已被某国拒绝: the
            # topic the pronoun owner stands for is the one refused (not a name inside what the
            # plan is about)
            subj = self._chained(vt, s, clause)
            if subj is not None and not args.targets and not holds(args.sources, subj):
                args.targets = [subj]
                args.borrowed += 1
            return
        elif own is False and args.sources:  # 他们还没有收到美方…: 美方 is no subject
            if not args.targets:
                args.targets = args.sources
            args.sources = []
        if not entry.symmetric and args.sources:
            return
        subj = self._chained(vt, s, clause)
        if subj is None:
            return
        if entry.symmetric:
            if not holds(args.parties, subj):
                args.parties.insert(0, subj)
        elif not holds(args.targets, subj):
            args.sources = [subj]
        args.borrowed += 1
        args.subject = subj

    def _chained(self, vt: str, s: _Sentence, clause: Clause) -> Ent | None:
        """:meth:`_chain` of ``clause``, read once a sentence (``s.chains``)."""
        subj = s.chains.get(clause.index, _UNSET)
        if subj is _UNSET:
            subj = s.chains[clause.index] = self._chain(vt, s, clause)
        return subj

    def _chain(self, vt: str, s: _Sentence, clause: Clause) -> Ent | None:
        """The topic chain: the subject of the nearest clause before with one, else (for a
        sentence opening with 从/到/在…) the subject of the main clause after."""
        for c in reversed(s.clauses[: clause.index]):
            if clause.after_colon and not c.after_colon:
                break
            subj = self._subject(vt, s, c)
            if isinstance(subj, Ent):
                return subj
        if self._subordinate(vt, s, s.clauses[0]) or self._subordinate(vt, s, clause):
            for c in s.clauses[clause.index + 1 :]:
                if self._subordinate(vt, s, c):
                    continue
                subj = self._subject(vt, s, c)
                return subj if isinstance(subj, Ent) else None
        return None

    def _subject(self, vt: str, s: _Sentence, c: Clause) -> Ent | None | bool:
        """:func:`clause_subject` of a clause of the sentence, found once."""
        subj = s.subjects.get(c.index, _UNSET)
        if subj is _UNSET:
            subj = s.subjects[c.index] = clause_subject(
                vt, c, s.clause_ents[c.index], self.lex, s.first_trigger.get(c.index)
            )
        return subj

    def _subordinate(self, vt: str, s: _Sentence, c: Clause) -> bool:
        sub = s.subordinate.get(c.index)
        if sub is None:
            sub = s.subordinate[c.index] = _subordinate(vt, c, self.lex)
        return sub

    def _country(self, code: str, start: int, end: int) -> Who:
        entry = self.kb.by_id(code)
        name = entry.name if entry is not None else code
        return Who(name, code if entry is not None else None, code, code, None, "GPE", start, end)

    def _place_clause(self, vt: str, s: _Sentence) -> Who | None:
        """越南岘港 standing alone between commas: where the sentence happens."""
        for c in s.clauses:
            mine = s.clause_ents[c.index]
            if len(mine) == 1 and mine[0].is_place and mine[0].who:
                rest = vt[c.start : c.end].replace(mine[0].text, "")
                if not rest.strip(" 　（）()"):
                    return mine[0].who[0]
        return None

    def _speech_for(self, s: _Sentence, clause: Clause) -> tuple[Clause | None, Ent | None]:
        for i in range(clause.index - 1, -1, -1):
            if i in s.speech:
                return s.clauses[i], s.speech[i][0]
        return None, None

    def _cue_speaker(
        self, s: _Sentence, hits: list[CueHit], actors: list[Who], args: Args
    ) -> Ent | None:
        """Who a reporting cue of the sentence (…表示, 据…, 宣称) points at: the entity right
        before the cue, else the event's own subject (从高调宣称调停…，特朗普…)."""
        opened = -1  # where the 据 of a 据X报道 frame opens (X, and no one else, is the source)
        for h in hits:
            if h.category != "modality" or h.label != "reported":
                continue
            if in_said_topic(s.local, h.start, h.end):
                continue  # 针对某官员称…的言论，…: the matter answered, no one's report
            at = s.start + h.start
            before = [e for e in s.ents if e.end <= at and e.who and (e.media or eligible(e))]
            if before:
                return before[-1]
            after = [e for e in s.ents if e.start >= s.start + h.end and e.media]
            if after and after[0].start - (s.start + h.end) <= 2:
                return after[0]  # 据美媒报道
            if h.text == "据":
                opened = h.end
            elif 0 <= opened < h.start and CLAUSE_CUT.search(s.local, opened, h.start) is None:
                continue  # 据某网站报道，X…: an outlet no entity names, not the event's subject
            if unnamed_speaker(s.local, h):
                continue  # 据悉, 有人说: no one named
            src = args.subject or (args.sources[0] if args.sources else None)
            if src is not None:
                return src
        return None

    # ---- helpers: date, quantities, quote -----------------------------------------------------
    def _quantities(self, view: AnalysisView, s: _Sentence, clause: Clause) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        to = view.to_original
        for a, b, span in s.quants:
            if clause.start <= a < clause.end:
                at = span.attrs
                out.append(
                    {
                        "text": view.original[to(a) : to(b)],
                        "kind": span.label,
                        "value": at.get("value"),
                        "unit": at.get("unit"),
                        "start": to(a),
                        "end": to(b),
                    }
                )
        for t in s.times:
            if t.kind == "duration" and clause.start <= t.start < clause.end:
                out.append(
                    {
                        "text": view.original[to(t.start) : to(t.end)],
                        "kind": "duration",
                        "value": t.value,
                        "unit": None,
                        "start": to(t.start),
                        "end": to(t.end),
                    }
                )
        out.sort(key=lambda q: q["start"])
        return out

    def _quote_start(self, s: _Sentence, ts: int, args: Args, choice: DateChoice) -> int:
        best = ts
        a, b = s.start, s.end
        for side in (args.sources, args.parties, args.targets):
            for e in side:
                if a <= e.start < b and e.start < best:
                    best = e.start
        if choice.start is not None and a <= choice.start < b and choice.start < best:
            best = choice.start
        return best

    # ---- status updates from vetoed meeting nouns ---------------------------------------------
    def _update_only(
        self, doc: Document, view: AnalysisView, s: _Sentence, m: _Local, clause: Clause | None
    ) -> Proto | None:
        """布达佩斯峰会筹备受阻: 峰会 is vetoed as an event (峰会筹备 is not a summit), but the
        sentence says the summit is stalled — a status update for the summit planned earlier."""
        if not (m.veto or "").startswith("negative_cue") or m.entry.plover_type != "CONSULT":
            return None
        if not is_meeting_noun(m.text):
            return None
        hits = s.cues(self.cb).around(m.start, m.end + 6, m.parts, categories=("status",))
        labels = [h.label for h in hits if h.label in ("postponed", "cancelled")]
        if not labels:
            return None
        vt = view.text
        ts, te = m.at, m.abs_end
        if clause is None:
            return None
        args = arguments(
            vt, clause, s.clause_ents[clause.index], m.entry, ts, te, ((ts, te),), self.lex
        )
        place = _place_who(args.place)
        mention = Mention(
            view.to_original(min([ts, *(e.start for e in args.parties)])),
            view.to_original(te),
            view.to_original(s.start),
            view.to_original(s.end),
            view.to_original(ts),
            view.to_original(te),
            s.out_part,
            s.index,
        )
        return Proto(
            m.entry,
            s.index,
            parties=_dedupe(_who(args.parties)),
            status=Status(labels[0], True, labels[0]),
            place=place,
            mention=mention,
            sentence=s.original,
            quote=(mention.start, mention.end),
            trigger=doc.text[mention.trigger_start : mention.trigger_end],
            part=s.out_part,
            merge_only=True,
        )

    # ---- derived: an announced meeting is an intent to meet -----------------------------------
    def _derive(
        self,
        doc: Document,
        view: AnalysisView,
        s: _Sentence,
        p: Proto,
        speech_clause: Clause | None,
        speaker: Ent | None,
        choice: DateChoice,
    ) -> Proto | None:
        rule = self._derived
        if rule is None or speech_clause is None or speaker is None:
            return None
        when_type, when_status, entry = rule
        if p.type != when_type or (when_status and p.status.value != when_status):
            return None
        if p.modality.value not in ("asserted", "reported"):
            return None
        keys = {w.key for w in speaker.who}
        parties = p.parties or [*p.sources, *p.targets]
        if not keys & {w.key for w in parties}:
            return None
        others = [w for w in parties if w.key not in keys]
        if not others:
            return None
        _, va, vb = s.speech[speech_clause.index]
        sp = choice.speech
        mention = Mention(
            view.to_original(min(speaker.start, va)),
            p.mention.end if p.mention else view.to_original(vb),
            view.to_original(s.start),
            view.to_original(s.end),
            view.to_original(va),
            view.to_original(vb),
            s.out_part,
            s.index,
        )
        value, precision = sp.date_value if sp is not None else (None, None)
        return Proto(
            entry,
            s.index,
            sources=list(speaker.who),
            targets=others,
            date=value,
            precision=precision,
            date_text=sp.text if sp is not None else None,
            status=Status("occurred", True, "said"),
            modality=Modality("asserted"),
            place=p.place,
            mention=mention,
            sentence=p.sentence,
            quote=(mention.start, mention.end),
            trigger=doc.text[mention.trigger_start : mention.trigger_end],
            part=p.part,
            borrowed=0,
            own_clause=True,
        )

    # ---- discourse ----------------------------------------------------------------------------
    def _discourse(
        self, s: _Sentence, p: Proto, history: list[Proto], here_before: list[Proto], n: int
    ) -> None:
        """Fill what the sentence leaves out from the article just before (see the module
        docstring).  The mentions before this one: ``history`` and the first ``n`` of
        ``here_before`` (this sentence's).  Discourse runs inside one part: a photo caption does
        not continue the body."""
        settled = p.modality.value in ("asserted", "reported") and not p.merge_only
        if not settled:
            if p.date is None:
                self._discourse_date(s, p, history, here_before, n)
            return
        prev_index = s.prev_same
        same_part: list[Proto] | None = None
        if p.symmetric and len({w.key for w in p.parties}) == 1:
            mine = p.parties[0].country
            if not any(
                eligible(e) and e.countries - {mine} for e in s.ents
            ):  # 普京宣布临时停火: one side's ceasefire is directed at the other
                p.sources, p.parties = p.parties, []
                p.unilateral = True
        if not p.symmetric and p.sources and not p.targets:
            same_part = _settled_in(p.part, history, here_before, n)
            recent = [h for h in same_part if s.index - h.sentence_index <= DISCOURSE_REACH]
            src = {w.country for w in p.sources if w.country}
            same = [
                h
                for h in recent
                if h.type == p.type
                and (h.mode or h.entry.plover_mode) == p.entry.plover_mode
                and src & {w.country for w in h.sources if w.country}
                and h.targets
            ]
            if same:
                p.targets = [_moved(w) for w in same[-1].targets]
            else:  # the counterpart of the latest event (this sentence, else the one before)
                here = [h for h in same_part if h.sentence_index == s.index]
                prev = [h for h in same_part if h.sentence_index == prev_index]
                for h in reversed(here or prev):
                    cs = {w.country for w in h.actors if w.country}
                    if src & cs and cs - src:
                        others = sorted(cs - src)
                        p.targets = [self._country(c, h.at, h.at) for c in others[:1]]
                        break
            if p.targets:
                p.discourse = True
        if p.symmetric and len({w.key for w in p.parties}) < 2:
            if not any(eligible(e) for e in s.ents) and prev_index is not None:
                if same_part is None:
                    same_part = _settled_in(p.part, history, here_before, n)
                prev = [h for h in same_part if h.sentence_index == prev_index]
                if prev:
                    p.parties = _dedupe([_moved(w) for w in prev[-1].actors])
                    p.discourse = True
        if p.date is None:
            self._discourse_date(s, p, history, here_before, n)

    def _discourse_date(
        self, s: _Sentence, p: Proto, history: list[Proto], here_before: list[Proto], n: int
    ) -> None:
        """随即…: the date of the event just before (in the sentence before), at approx-day."""
        m = s.immediately
        if m is _UNSET:
            m = s.immediately = self.lex.immediately_after.search(s.local)
        if m is not None and s.start + m.start() < p.at:
            earlier = [*history, *here_before[:n]]
            dated = [h for h in earlier if h.sentence_index == s.index - 1 and h.date]
            if dated:
                h = dated[-1]
                p.date, p.date_text = h.date, h.date_text
                exact = h.precision in ("day", "approx-day")
                p.precision = "approx-day" if exact else h.precision
                p.discourse = True

    # ---- the event ----------------------------------------------------------------------------
    def _event(self, doc: Document, view: AnalysisView, c: Cluster) -> Event:
        p = c.primary
        status = c.status.value
        sources, targets, parties = _upgrade(c)
        place_kind = None
        if p.place is not None and p.place.country:
            pc = p.place.country
            if p.symmetric:
                place_kind = "host" if pc in {w.country for w in parties} else "third"
            elif pc in {w.country for w in targets}:
                place_kind = "visit"
            elif pc in {w.country for w in sources}:
                place_kind = "host"
            else:
                place_kind = "third"
        if p.entry.id == "derived.announce-meet":
            mode, cc = p.entry.plover_mode, self.cb.cameo(p.entry.cameo)
        else:
            mode, cc = self.cb.cameo_for(p.entry, status=status, place=place_kind)
        actors = []
        to = None if view.identity else view.to_original
        sides: tuple[tuple[Side, list[Who]], ...] = (
            ("source", sources),
            ("target", targets),
            ("party", parties),
        )
        for side, ws in sides:
            for w in ws:
                a, b = (w.start, w.end) if to is None else (to(w.start), to(w.end))
                # positional, in the order of EventActor's fields (see _ACTOR_FIELDS)
                actors.append(EventActor(w.name, w.kb_id, w.country, w.cameo, side, w.role, a, b))
        mentions = []
        seen = set()
        for q in c.protos:
            if q.mention is not None and (q.mention.start, q.mention.trigger_start) not in seen:
                seen.add((q.mention.start, q.mention.trigger_start))
                mentions.append(q.mention)
        quantities = list(p.quantities)
        place = p.place or next((q.place for q in c.protos if q.place is not None), None)
        dated = bool(c.date)
        return Event(  # positional, in the order of Event's fields (see _EVENT_FIELDS)
            doc.id, p.type, mode, cc.code, cc.goldstein, cc.quad_class, actors, c.date,
            c.precision if dated else None, c.date_text if dated else None,
            place.name if place else None, place.kb_id if place else None,
            place.country if place else None, status, p.modality.value,  # type: ignore[arg-type]
            p.modality.attributed_to, p.part, quantities, p.sentence,
            doc.text[p.quote[0] : p.quote[1]], p.quote[0], p.quote[1], p.trigger,
            p.mention.trigger_start if p.mention else p.quote[0],
            p.mention.trigger_end if p.mention else p.quote[1],
            mentions, _confidence(c), EXTRACTOR, doc.source,
        )  # fmt: skip


# ---- module helpers ---------------------------------------------------------------------------
def _derived_entry(cb: Codebook) -> tuple[str, str | None, TriggerEntry] | None:
    for rule in cb.cues.derived:
        code = cb.cameo(rule.also_cameo)
        entry = TriggerEntry(
            id="derived.announce-meet",
            zh="",
            kind="word",
            plover_type=rule.also_type,
            plover_mode=rule.also_mode,
            cameo=rule.also_cameo,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            note=rule.note,
            source="cues.json:derived",
        )
        return rule.when_type, rule.when_status, entry
    return None


def _simplified(doc: Document) -> bool:
    return doc.article is not None and doc.article.script == "zh-Hans"


def _view(text: str) -> AnalysisView:
    """The simplified text to read; the full analysis view only when conversion changes the
    length (the coder's patterns accept both widths of ，：；？, so width folding is not needed
    when offsets stay put)."""
    simple = to_simplified(text)
    if len(simple) == len(text):
        return AnalysisView(text, simple)
    return AnalysisView.of(text)


def _times(view: AnalysisView, spans: list[Span], reference: str | None) -> list[TimeRef]:
    """The time spans as the coder reads them, in view offsets, day anaphors anchored."""
    vt, tv = view.text, view.to_view
    identity = view.identity
    times = []
    for ts in spans:
        at = ts.attrs
        a, b = (ts.start, ts.end) if identity else (tv(ts.start), tv(ts.end))
        if at.get("precision") == "year" and tells_an_age(vt, b):
            continue  # 今年65岁的某人: the year of an age, no act's
        value, precision, approx = at.get("value"), at.get("precision"), at.get("approx")
        tr = TimeRef(a, b, ts.label, value, precision, bool(approx), at.get("direction"), vt[a:b])
        times.append(tr)
    anchor_day_anaphors(times, reference, vt)  # (事发当天: unknown here)
    return times


def _view_start(item: tuple[int, Span, int, int]) -> int:
    return item[2]


def _span_start(span: Span) -> int:
    return span.start


def _worth(m: _MatchTuple) -> bool:
    """A live trigger, or a meeting noun vetoed by a negative cue (a possible status update)."""
    veto = m[5]
    if veto is None:
        return True
    return m[2].plover_type == "CONSULT" and veto.startswith("negative_cue")


def _who_bound(mine: list[tuple[int, Span, int, int]]) -> int:
    """At most how many actor identities (:class:`.actors.Who`) the entities ``mine`` give,
    counted up to 2: one each, one per member of 两人/双方, none for an unresolved pronoun
    (:func:`.actors.sentence_entities` drops or requalifies entities, never adds one)."""
    n = 0
    for _i, span, _a, _b in mine:
        get = span.attrs.get
        members = get("members")
        if members:
            n += len(members)
        elif get("source") != "coref" or get("kb_id") or get("country"):
            n += 1
        if n >= 2:
            break
    return n


def _sides_bound(ents: list[Ent]) -> int:
    """How many actor identities (key and country: two make a pair, or a source and a target
    :func:`_not_self` keeps) the sentence's entities give, counted up to 2."""
    seen: set[tuple[str, str | None]] = set()
    for e in ents:
        for w in e.who:
            seen.add((w.key, w.country))
        if len(seen) >= 2:
            return 2
    return len(seen)


def _lone_entries(cb: Codebook, lex: Lexicon) -> frozenset[str]:
    """The ids of the entries one entity may give a complete mention: a monadic type, a target
    the entry fixes (访华 → CHN) or the claimants of a conflict (``set_modes``), or such a
    ``by_source`` reading."""

    def lone(e: TriggerEntry) -> bool:
        return (
            e.plover_type in lex.monadic_types
            or e.fixed_target is not None
            or e.plover_mode in lex.set_modes
            or any(lone(r) for _k, r in e.by_source)
        )

    return frozenset(e.id for e in cb.entries if lone(e))


def _settled_in(part: str, history: list[Proto], here_before: list[Proto], n: int) -> list[Proto]:
    """The settled mentions of a part, of ``history`` and the first ``n`` of ``here_before``."""
    out = [h for h in history if h.settled and h.part == part]
    for i in range(n):
        h = here_before[i]
        if h.settled and h.part == part:
            out.append(h)
    return out


def _settled(h: Proto, lex: Lexicon) -> bool:
    """Can lend its actors to the next sentence: complete, asserted or reported, an event."""
    return (
        h.complete(lex.monadic_types)
        and h.modality.value in ("asserted", "reported")
        and not h.merge_only
    )


def _who_kind(w: Who) -> str | None:
    """The kind of actor (JUD, GOV…) a CAMEO actor code names after its country (USAJUD)."""
    code = w.cameo or ""
    return code[3:6] if len(code) >= 6 else None


def _of_kind(w: Who, kind: str) -> Who:
    """``w`` coded as an actor of ``kind`` (美国法院 → USAJUD; 美国 of 美国巡回法官: the country's
    judge, no longer the country itself); one of a kind already, or of no country, as it is."""
    if not w.country or w.cameo not in (None, w.country):
        return w
    return replace(w, cameo=w.country + kind, type="ORG" if w.type == "GPE" else w.type)


def _who(ents: list[Ent]) -> list[Who]:
    return [w for e in ents for w in e.who]


def _who_once(ents: list[Ent]) -> list[Who]:
    """``_dedupe(_who(ents))``."""
    out: list[Who] = []
    if not ents:
        return out
    seen: set[str] = set()
    for e in ents:
        for w in e.who:
            key = w.key
            if key not in seen:
                seen.add(key)
                out.append(w)
    return out


def _dedupe(ws: list[Who]) -> list[Who]:
    seen: set[str] = set()
    out = []
    for w in ws:
        if w.key in seen:
            continue
        seen.add(w.key)
        out.append(w)
    return out


def _subject_about(own: Ent | None | bool, opener: int) -> bool:
    """Is the clause subject ``own`` none, or a name after the 对 at ``opener`` - inside what
    a plan told as 其对…的N is about, so no owner of it?"""
    return not isinstance(own, Ent) or own.start > opener


def _ordered_inquiry(entry: TriggerEntry, vt: str, a: int, ts: int) -> bool:
    """Does a directive word stand before the investigation ``entry`` (plover_mode
    investigate) at ``ts`` in its clause (from ``a``: :func:`.status.directive_before`)?  The
    investigation is then only ordered: an order to investigate, given inside a government, is
    no event of any type (gold convention: investigations for which no type fits)."""
    return entry.plover_mode == "investigate" and directive_before(vt, a, ts) is not None


def _not_self(sources: list[Who], targets: list[Who]) -> list[Who]:
    """A target that is the source, or only the source's own country, is no counterpart; nor is
    anyone of a country whose bare name is the source (以色列 → 以色列国防军, 美国 → 美国政府)."""
    keys = {w.key for w in sources}
    countries = {w.country for w in sources if w.country}
    bare = {w.country for w in sources if w.country and w.type == "GPE" and not w.person}
    return [
        w
        for w in targets
        if w.key not in keys
        and not (w.country in countries and not w.person and w.type == "GPE")
        and w.country not in bare
    ]


def _moved(w: Who) -> Who:
    return Who(w.name, w.kb_id, w.country, w.cameo, w.role, w.type, w.start, w.end)


def _place_who(e: Ent | None) -> Who | None:
    return e.who[0] if e is not None and e.who else None


def _part(part: str) -> str:
    return part if part in ("body", "caption", "title") else "body"


def _subordinate(vt: str, c: Clause, lex: Lexicon) -> bool:
    text = vt[c.start : c.end]
    return any(text.startswith(w) for w in lex.subordinators if w != "在") or (
        text.startswith("在") and bool(lex.subordinate_end.search(text))
    )


def _split_dates(p: Proto, choice: DateChoice) -> list[Proto]:
    """5月、6月、7月…三轮会晤: one event per date of the list."""
    if len(choice.items) < 2:
        return [p]
    out = []
    for t in choice.items:
        value, precision = t.date_value
        q = _copy(p)
        q.date, q.precision, q.date_text = value, precision, t.text
        out.append(q)
    return out


def _split_dyads(p: Proto, args: Args, lex: Lexicon) -> list[Proto]:
    """One event per source–target pair of countries (中印 → two threats), except for modes
    whose targets form one set (调停印巴冲突); a symmetric event with a partner (同美国) and
    several subjects (日本印度欧盟等) → one event per subject."""
    if p.symmetric:
        partner = [e for e in args.parties if e.marker == "with"]
        if not partner:
            return [p]
        subjects = [e for e in args.parties if e.marker is None]
        if len({c for e in subjects for c in e.countries}) >= 2:
            pw = _who(partner)
            out = []
            for e in subjects:
                q = _copy(p)
                q.parties = _dedupe([*e.who, *pw])
                out.append(q)
            return out
        return [p]
    if p.entry.plover_mode in lex.set_modes:
        return [p]
    if len(p.targets) < 2 and len(p.sources) < 2:
        return [p]  # one country a side at most
    tc = sorted({w.country for w in p.targets if w.country})
    sc = sorted({w.country for w in p.sources if w.country})
    if len(tc) < 2 and len(sc) < 2:
        return [p]
    out = []
    none: list[str | None] = [None]
    of_group = args.member_country  # (a member of no country: its group's, if one)
    for s_country in sc or none:
        for t_country in tc or none:
            q = _copy(p)
            q.sources = [w for w in p.sources if w.country == s_country] if s_country else p.sources
            q.targets = (
                [w for w in p.targets if (w.country or of_group.get(w.start)) == t_country]
                if t_country
                else p.targets
            )
            out.append(q)
    return out


def _copy(p: Proto) -> Proto:
    q = copy.copy(p)
    q.sources, q.targets, q.parties = list(p.sources), list(p.targets), list(p.parties)
    return q


def _upgrade(c: Cluster) -> tuple[list[Who], list[Who], list[Who]]:
    """The event's actors: its first mention's, with a country named more precisely by a later
    mention (美国 → 特朗普) replaced by that person - not a body its sentence names (英国地方政府,
    某国法院: no later person is that body)."""
    p = c.primary
    sides = [list(p.sources), list(p.targets), list(p.parties)]
    for q in c.protos[1:]:
        if q.modality.value in ("hypothetical", "negated"):
            continue
        for side, qs in zip(sides, (q.sources, q.targets, q.parties), strict=True):
            if not side or not any(x.person for x in qs):
                continue  # nothing to replace, or no one to replace it with
            for i, w in enumerate(side):
                if w.person or w.type != "GPE" or w.role is not None:
                    continue  # (a person already, or a body)
                better = [x for x in qs if x.person and x.country == w.country]
                if len(better) == 1 and better[0].key not in {y.key for y in side}:
                    side[i] = better[0]
    return sides[0], sides[1], sides[2]


def _confidence(c: Cluster) -> float:
    p = c.primary
    score = 0.55
    if p.own_clause:
        score += 0.15
    score -= 0.10 * p.borrowed
    if p.discourse:
        score -= 0.15
    if c.date:
        score += 0.05
    if p.gap:
        score -= 0.05
    score *= _MODALITY_WEIGHT.get(p.modality.value, 1.0)
    score += min(0.15, 0.05 * (len(c.protos) - 1))
    return round(max(0.05, min(0.99, score)), 3)


for _cls, _names in ((Proto, _PROTO_FIELDS), (EventActor, _ACTOR_FIELDS), (Event, _EVENT_FIELDS)):
    if tuple(f.name for f in fields(_cls))[: len(_names)] != _names:  # pragma: no cover
        raise ImportError(f"{_cls.__name__}: fields changed; update the coder's positional calls")

_LOCAL = threading.local()


def default_coder() -> EventCoder:
    """One coder per thread (the codebook and KB are loaded and cached once)."""
    coder = getattr(_LOCAL, "coder", None)
    if coder is None:
        coder = _LOCAL.coder = EventCoder()
    return coder


def _in_office_on_the_day(events: list[Event], kb: KnowledgeBase) -> None:
    """美国前国务卿布林肯 doing something on a day he was still in office: the entity step codes
    a former official ELI on the report's date; an event its sentence dates (to the month or the
    day) within a term the KB records is coded by that office (CAMEO codes the act by the office
    then held)."""
    for e in events:
        if e.date is None or len(e.date) not in (7, 10):
            continue  # (no date, a year or a range: no day to look up)
        for x in e.actors:
            if x.kb_id is None or x.cameo is None or not x.cameo.endswith("ELI"):
                continue
            entry = kb.by_id(x.kb_id)
            if entry is None:
                continue
            try:
                code = next((r.cameo for r in entry.roles_on(e.date) if r.cameo), None)
            except ValueError:  # (not a calendar date)
                break
            if code is not None:
                x.cameo = code


def code_events(doc: Document) -> list[Event]:
    """The events of an annotated document (sentence, entity, time and quantity spans)."""
    return default_coder().code(doc)
