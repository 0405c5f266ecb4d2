"""Find the people, countries, places and organisations a Chinese news text names, and link them
to the actor knowledge base (:mod:`dashiji.kb`).

:class:`EntityRecognizer` works over the analysis view of the text (simplified script, folded
width; :class:`dashiji.normalize.AnalysisView`) and reports offsets into the *original* text.
Each :class:`Entity` carries its type (PER, ORG, GPE, LOC), KB id and canonical name, country
(ISO alpha-3 or a bloc code: EUR, NATO…) and CAMEO actor code (USA, USAGOV, RUSGOV…).

What it reads, in order:

1. **KB names** — every name, alias and role word of the KB in both scripts, matched at once
   (Aho-Corasick, :mod:`.entity_alias`); where matches overlap, the reading covering most text
   wins (美国务卿 = 美 + 国务卿; 特朗普普京 = 特朗普 + 普京).  With them: sports leagues the
   KB does not hold (英超, NBA: ORG), leader pair abbreviations before a meeting word (普特会:
   a PER with ``members`` Putin, Trump).  A KB person inside a longer foreign name is that
   name (索尔-坎贝尔 is not Kurt Campbell), a two-character KB name right after a surname is a
   longer Chinese name (阎维文 is not 维文), and a KB place before 先生/女士 is a person.
2. **One-character country forms** in the text no name covers: runs (美俄, 中印, 美欧乌 → one GPE
   per character), sides and suffixes (美方 GPE, 俄军 ORG, 美媒 ORG), single forms where the
   rules allow (对俄施压), never inside an ordinary word (美元, 美丽, 集中印发).
3. **Roles** — a country, bloc or organisation, a role word and a name: 俄副外长里亚布科夫 → the
   person, role ``deputy_foreign_minister``, country RUS, CAMEO RUSGOV, even when the KB does not
   know the person (then ``kb_id`` is None; the name is read by :mod:`.entity_names` or LAC).
   A role without a name (德国外长) is the holder on the reference date when the KB knows
   one (``KnowledgeBase.holder``), else a PER with ``kb_id`` None.  Collective roles make a
   body (美国媒体 → ORG USAMED, 美国政府 → ORG USAGOV) or a side (美国方面 → GPE, role side).
4. **The statistical recogniser** (``statistical=True``): LAC's PER/LOC/ORG spans
   (:mod:`.entity_lac`, merged into names by :mod:`.entity_merge`) where the rules found
   nothing; a LAC span that extends a KB place into an organisation or a longer location
   (北京市消防局, 洛杉矶会展中心) replaces the place.
5. **Address chains** — a place right after the place that contains it is one location
   (美国阿拉斯加, 越南岘港): linked to the finer place, the country of the first.  Names after
   job titles the KB lacks (副总经理X, 记者X) are read where nothing else was found.
6. **Coreference** (:mod:`.entity_coref`): 他/她 point to the nearest person before them
   (``refers_to``); 两人, 两国, 双方 to the two actors named last, 他们 to the last set
   (``members``).

The rules and word lists are in ``data/entity_rules.json``.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from ..events.news_cues import cue, cue_words
from ..kb import Entry, KnowledgeBase, load_kb
from ..kb.model import as_day
from ..normalize import AnalysisView, fold_width, to_simplified
from ..wordscan import SHARED
from .entity_alias import AliasIndex, Hit, ShortRun
from .entity_coref import resolve_coreference
from .entity_lexicon import dictionary, parts_of_speech, rules
from .entity_merge import Candidate, ends_with_org_head, lac_candidates
from .entity_names import first_title, name_after, names_after_titles

__all__ = ["Entity", "EntityRecognizer", "find_entities", "to_span"]


_POSTING_MARK = "驻"  # 中国驻美国大使: posted to the country after it


@dataclass(slots=True)
class Entity:
    text: str
    start: int  # offsets into the ORIGINAL text
    end: int
    type: str  # PER | ORG | GPE | LOC
    kb_id: str | None
    name: str | None  # canonical name (zh-Hans) of the KB entry, or the surface form
    country: str | None  # ISO alpha-3 or bloc code (EUR, NATO…)
    cameo: str | None  # CAMEO actor code: USA, USAGOV, RUSGOV, NATO, …
    role: str | None = None  # e.g. foreign_minister when a role word is attached
    source: str = "kb"  # kb | lac | rule | coref
    refers_to: int | None = None  # coreference: index of the antecedent entity in the list
    members: list[str] | None = None  # 两人/双方: kb_ids or names of the referents


def to_span(entity: Entity) -> Any:
    """The entity as a :class:`dashiji.model.Span` of layer ``entity``."""
    from ..model import Span

    attrs = asdict(entity)
    for key in ("text", "start", "end", "type"):
        attrs.pop(key)
    return Span("entity", entity.start, entity.end, entity.type, attrs)


# ---------------------------------------------------------------------------------------------
# Entry → type, country, CAMEO

_GPE_PLACES = {"city", "region", "disputed_area"}


def entity_type(entry: Entry) -> str:
    kind = entry.kind
    if kind == "country":
        return "GPE"
    if kind == "place":
        return "GPE" if entry.type in _GPE_PLACES else "LOC"
    if kind == "person":
        return "PER"
    return "ORG"


def country_code(entry: Entry) -> str | None:
    """The actor code of the country or bloc an entry belongs to (or is)."""
    if entry.actor:
        return entry.actor
    if entry.kind == "country":
        return entry.id
    return entry.country


@dataclass(slots=True)
class _Ent:
    """An entity in view offsets while the text is being read."""

    start: int
    end: int
    type: str
    kb: Entry | None = None
    name: str | None = None
    country: str | None = None
    cameo: str | None = None
    role: str | None = None
    source: str = "kb"
    place: bool = False  # a KB place or country (may chain into an address)
    members: list[str] | None = None  # a pair abbreviation (普特): the KB ids it names


class EntityRecognizer:
    """KB names, country forms, roles and (optionally) LAC, merged; see the module docstring."""

    _indexes: dict[int, AliasIndex] = {}
    _lock = threading.Lock()

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        *,
        statistical: bool = False,
        triggered: bool = False,
    ) -> None:
        """``statistical``: LAC over every sentence; ``triggered``: LAC only over the sentences
        that hold a news-event trigger word, or in a long text the clauses around the triggers
        (the names an event needs, at a fraction of the cost: :func:`.entity_lac._kept`)."""
        self.kb = kb if kb is not None else load_kb()
        with self._lock:
            index = self._indexes.get(id(self.kb))
            if index is None or index.kb is not self.kb:
                index = AliasIndex(self.kb)
                self._indexes[id(self.kb)] = index
                SHARED.add(index._automaton)  # one pass per article with the other tables
        self.index = index
        self.statistical = statistical
        self._lac: Any = None
        self._lac_keep: Any = None  # None: tag every piece; else where a piece's triggers start
        if statistical or triggered:
            from .entity_lac import LacTagger, available

            if statistical or available():
                self._lac = LacTagger()
            if not statistical and self._lac is not None:
                from ..events.news_lexicon import load_news_lexicon

                self._lac_keep = load_news_lexicon().trigger_starts
        r = rules()
        self._collective: dict[str, str] = {
            k: v for k, v in r["collective_roles"].items() if not k.startswith("_")
        }
        self._side_words = tuple(r["side_words"]["forms"])
        self._prefix_current = tuple(sorted(r["role_prefixes"]["current"], key=len, reverse=True))
        self._prefix_former = tuple(sorted(r["role_prefixes"]["former"], key=len, reverse=True))
        # (prefix, former?) in the order they are tried: the current ones, then the former ones
        self._prefixes: tuple[tuple[str, bool], ...] = tuple(
            [(p, False) for p in self._prefix_current] + [(p, True) for p in self._prefix_former]
        )
        self._prefix_lasts = _prefix_lasts(self._prefixes)
        self._left_office = frozenset(r["role_prefixes"]["left_office"])
        self._official_codes = frozenset(r["role_prefixes"]["official_codes"])
        self._not_elite_roles = frozenset(r["role_prefixes"]["not_elite_roles"])
        self._in_office_after = re.compile(
            "[^，,。；;：:！？!?]{0,6}?(?:"
            + "|".join(map(re.escape, r["role_prefixes"]["in_office_after"]))
            + ")"
        )
        self._topic = r["topic_marker"]["prefix"]
        self._not_person = tuple(r["not_person_endings"]["forms"])
        self._not_person_before = frozenset(r["not_person_endings"]["before"])
        self._act_endings = tuple(
            sorted(r["not_person_endings"]["act_endings"], key=len, reverse=True)
        )
        names = r["names"]
        self._joiners = frozenset(names["joiners"])
        self._name_chars = frozenset(names["translit"]) | frozenset(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        )
        self._max_name = int(names["max_translit"])
        self._honorifics = tuple(names["honorifics"])
        self._stop_chars = frozenset(names["stop_chars"])
        self._surnames = frozenset(names["surnames"]) - self._stop_chars
        # double surnames (欧阳, 司马: two characters each), looked up by the two before a name
        self._double_set = frozenset(names["double_surnames"])
        self._word_surnames = frozenset(names["word_surnames"])
        pr = r["pair_abbreviations"]
        self._pairs: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in pr["forms"].items() if not k.startswith("_")
        }
        self._pair_after = tuple(sorted(pr["after"], key=len, reverse=True))
        self._home = str(r["national_bodies"]["home_country"])
        self._cameo_of: dict[str, str] = {}
        self._cameo_cache: dict[tuple[str, str], str | None] = {}
        # (generic entry id, country) → that country's own body (:meth:`_national_entry`)
        self._national_index: dict[tuple[str, str | None], Entry] | None = None
        for entry in self.kb.entries(kind="country"):
            if entry.cameo:
                self._cameo_of[country_code(entry) or entry.id] = entry.cameo

    def _after_prefix_char(self, v: str, pos: int) -> bool:
        """Can a role prefix (新任, 前…) end at ``pos``: is the character before it the last
        one of a prefix?  When not, no ``v.startswith(p, pos - len(p))`` holds, so the loops
        over the prefixes find nothing and are skipped (most role words: 6 an article, each
        tried against 12 prefixes): at an offset >= 0 the prefix would end with that character;
        at a negative one (a role word within a prefix's length of the text's start)
        ``startswith`` reads the last ``len(p) - pos`` characters (or the whole text when it is
        shorter), fewer than the prefix has - but for a role word opening the text (``pos``
        0), where it reads the text's end: a text ending with a prefix gave the loops a
        "prefix" at a negative offset, which no longer happens.  With an empty prefix (none in
        the rules) every position can."""
        lasts = self._prefix_lasts
        return lasts is None or (pos > 0 and v[pos - 1] in lasts)

    # ---- public --------------------------------------------------------------------------------
    def find(
        self, text: str, ref_date: str | None = None, *, view: AnalysisView | None = None
    ) -> list[Entity]:
        """The entities of ``text``, in text order, offsets into ``text``.  ``view``: the
        analysis view of ``text`` when the caller already has it."""
        return self.find_batch([text], [ref_date], views=None if view is None else [view])[0]

    def find_batch(
        self,
        texts: list[str],
        ref_dates: list[str | None],
        *,
        views: list[AnalysisView] | None = None,
    ) -> list[list[Entity]]:
        """:meth:`find` for many texts; LAC (when on) tags them all in shared batches."""
        if len(ref_dates) != len(texts):
            raise ValueError("find_batch: one reference date (or None) per text")
        if views is None:
            views = [AnalysisView.of(t) for t in texts]
        elif len(views) != len(texts) or any(
            v.original is not t and v.original != t for v, t in zip(views, texts, strict=True)
        ):
            raise ValueError("find_batch: one analysis view per text, of that text")
        tokens: list[Any] = [None] * len(texts)
        if self._lac is not None:
            tokens = self._lac.tag([v.text for v in views], keep=self._lac_keep)
        return [self._find(v, d, t) for v, d, t in zip(views, ref_dates, tokens, strict=True)]

    # ---- one text ------------------------------------------------------------------------------
    def _find(self, view: AnalysisView, ref_date: str | None, tokens: Any) -> list[Entity]:
        v = view.text
        hits = self._joined_names(v, self.index.hits(v))
        hits = self._pair_abbreviations(v, self._chinese_names(v, hits))
        hits = [
            Hit(h.start, h.end, "name", ())  # 贝宁先生: a person, not Benin
            if h.kind == "entry"
            and h.entry.kind in ("country", "place")
            and v.startswith(self._honorifics, h.end)
            else h
            for h in hits
        ]
        hits = [h for h in hits if not _in_latin_name(v, h)]  # Texas A&M University: no Texas
        covered = bytearray(len(v))
        for h in hits:
            covered[h.start : h.end] = b"\x01" * (h.end - h.start)
        role_ends = {h.start: h.end for h in hits if h.kind == "role"}
        for h in hits:  # 美国前总统: the role word counts from its prefix
            if h.kind == "role" and self._after_prefix_char(v, h.start):
                for p, _ in self._prefixes:
                    if v.startswith(p, h.start - len(p)):
                        role_ends[h.start - len(p)] = h.end
        runs = self.index.short_runs(v, covered, role_ends)
        units: list[Hit | ShortRun] = [h for h in hits if h.kind != "stop"]
        units.extend(runs)
        units.sort(key=lambda u: u.start)
        lac_per: dict[int, int] = {}
        if tokens is not None:
            lac_per = {t.start: t.end for t in tokens if t.tag == "PER"}
            units = _agree_with_words(units, tokens)
        reserved = bytearray(len(v))
        ents = self._assemble(v, units, ref_date, lac_per, reserved)
        ents.extend(self._titled(v, ents, units, tokens))
        ents = self._national_bodies(view, ents)
        if tokens is not None:
            for u in units:
                if isinstance(u, ShortRun):
                    if u.suffix is not None:
                        reserved[u.start : u.stop] = b"\x01" * (u.stop - u.start)
                elif u.kind in ("name", "pair") or (u.kind == "entry" and u.entry.kind == "person"):
                    reserved[u.start : u.end] = b"\x01" * (u.end - u.start)
            ents = self._merge_lac(v, ents, tokens, reserved)
        ents = _chain_addresses(ents)
        ents.sort(key=lambda e: (e.start, e.end))
        _bodies_of_places(v, ents)
        _trades_and_stations(v, ents)
        _counted_parts(v, ents)
        out = [self._export(view, e) for e in ents]
        return resolve_coreference(view, out, units_text=v)

    def _export(self, view: AnalysisView, e: _Ent) -> Entity:
        start, end = view.to_original(e.start), view.to_original(e.end)
        text = view.original[start:end]
        name = e.name if e.name is not None else (e.kb.name if e.kb is not None else text)
        return Entity(
            text=text,
            start=start,
            end=end,
            type=e.type,
            kb_id=e.kb.id if e.kb is not None else None,
            name=name,
            country=e.country,
            cameo=e.cameo,
            role=e.role,
            source=e.source,
            members=e.members,
        )

    # ---- assembling units into entities ----------------------------------------------------------
    def _assemble(
        self,
        v: str,
        units: list[Hit | ShortRun],
        ref_date: str | None,
        lac_per: dict[int, int],
        reserved: bytearray,
    ) -> list[_Ent]:
        """Role phrases first (holder + role + name), then every unit they did not consume.
        ``reserved`` gets the characters of each role phrase (LAC adds nothing there)."""
        ends = {u.stop if isinstance(u, ShortRun) else u.end: u for u in units}
        starts = {u.start: u for u in units}
        used: set[int] = set()  # ids of units consumed by a role phrase
        body_holder: dict[int, Hit | ShortRun] = {}  # role unit of a body → its holder
        out: list[_Ent] = []
        next_start = [u.start for u in units]
        for k, unit in enumerate(units):
            if not (isinstance(unit, Hit) and unit.kind == "role"):
                continue
            role_entry = unit.entry
            # a prefix between holder and role: 美国前总统, 俄新任外长
            pre_start, former = unit.start, False
            for p, is_former in self._prefixes if self._after_prefix_char(v, unit.start) else ():
                at = unit.start - len(p)
                if v.startswith(p, at) and (
                    at in ends or (p in self._left_office and _opens_clause(v, at))
                ):
                    pre_start, former = at, is_former
                    break
            left_office = former and v[pre_start : unit.start] in self._left_office
            holder = named_before = ends.get(pre_start)
            topic = None
            form = v[unit.start : unit.end]
            if form.startswith(self._topic) and holder is not None and _is_place(holder):
                topic, holder = holder, ends.get(holder.start)
            if holder is not None and v[holder.start - 1 : holder.start] == _POSTING_MARK:
                # 中国驻美国大使: the one posted to a country is of the country before 驻 (驻美国
                # 大使 alone: of none told); the host stays a place of its own
                holder = ends.get(holder.start - 1)
                if holder is None:
                    pre_start = unit.start
            span_start = holder.start if holder is not None else pre_start
            if isinstance(holder, Hit) and id(holder) in body_holder:
                holder = body_holder[id(holder)]  # 中国外交部发言人: China's
                span_start = pre_start
            elif holder is not None and id(holder) in used:
                holder = None
            if holder is not None and not _can_hold(holder):
                holder = None
            # the name after the role word
            limit = next_start[k + 1] if k + 1 < len(units) else len(v)
            name_unit = starts.get(unit.end)
            name_span: tuple[int, int] | None = None
            person: Entry | None = None
            if (
                isinstance(name_unit, Hit)
                and name_unit.kind == "entry"
                and name_unit.entry.kind == "person"
            ):
                person, name_span = name_unit.entry, (name_unit.start, name_unit.end)
            elif isinstance(name_unit, Hit) and name_unit.kind == "name":
                name_span = (name_unit.start, name_unit.end)  # 美国前防长X·Y, not in the KB
            elif not isinstance(name_unit, (Hit, ShortRun)):
                end = lac_per.get(unit.end)
                found = (unit.end, end) if end is not None else name_after(v, unit.end)
                if found is not None and found[1] <= limit:
                    name_span = found
            if name_span is None and pre_start == unit.start and _names_a_person(named_before):
                continue  # 布林肯国务卿, 拜登总统: a title after a name is that person's, no holder
            made = self._role_entities(
                v, unit, role_entry, holder, topic, span_start, former, person, name_span, ref_date
            )
            if made:
                if left_office and role_entry.extra.get("role") not in self._not_elite_roles:
                    self._as_elite(v, made, ref_date)
                out.extend(made)
                used.add(id(unit))
                if made[0].type != "ORG":  # a LAC organisation may extend a body (北京公司)
                    a = min(span_start, unit.start)
                    b = max(unit.end, name_span[1] if name_span else unit.end)
                    reserved[a:b] = b"\x01" * (b - a)
                if holder is not None and made[0].type == "ORG":
                    body_holder[id(unit)] = holder
                if holder is not None:
                    used.add(id(holder))
                if name_span is not None and isinstance(name_unit, Hit):
                    used.add(id(name_unit))
        # everything not consumed by a role phrase
        for unit in units:
            if id(unit) in used:
                continue
            if isinstance(unit, ShortRun):
                out.extend(self._run_entities(unit, None, ref_date))
            elif unit.kind == "entry":
                out.append(self._entry_entity(v, unit, ref_date))
            elif unit.kind == "name":
                out.append(_Ent(unit.start, unit.end, "PER", source="rule"))
            elif unit.kind == "league":
                out.append(_Ent(unit.start, unit.end, "ORG", source="rule"))
            elif unit.kind == "pair":
                codes = {country_code(e) for e in unit.entries}
                out.append(
                    _Ent(
                        unit.start,
                        unit.end,
                        "PER",
                        country=codes.pop() if len(codes) == 1 else None,
                        source="rule",
                        members=[e.id for e in unit.entries],
                    )
                )
        return out

    def _titled(
        self, v: str, ents: list[_Ent], units: list[Hit | ShortRun], tokens: Any
    ) -> list[_Ent]:
        """副总经理曾世民: a name after a job title, where nothing was found and (with the
        statistical recogniser) LAC does not start a name, place or organisation there."""
        first = first_title(v)
        if first is None:
            return []  # no job title in the text (a third of DTELS articles): no masks built

        def taken() -> bytearray:
            """The characters of the entities and units found (built only when a title is
            read: with LAC, most titles lie where it did not tag and are passed over)."""
            mask = bytearray(len(v))
            for e in ents:
                mask[e.start : e.end] = b"\x01" * (e.end - e.start)
            for u in units:
                stop = u.stop if isinstance(u, ShortRun) else u.end
                mask[u.start : stop] = b"\x01" * (stop - u.start)
            return mask

        words = None if tokens is None else [(t.start, t.end, t.tag) for t in tokens]
        found = names_after_titles(v, taken, words, start=first)
        if not found:
            return []  # (nearly always: LAC's names below are looked at only for a find)
        lac_starts: set[int] = set()
        if tokens is not None:
            lac_starts = {t.start for t in tokens if t.tag in ("PER", "LOC", "ORG")}
        return [_Ent(a, b, "PER", source="rule") for a, b in found if a not in lac_starts]

    # ---- names around KB matches ---------------------------------------------------------------
    def _joined_names(self, v: str, hits: list[Hit]) -> list[Hit]:
        """A KB person matched inside a longer foreign name (索尔-坎贝尔, 亨特·拜登) is that
        longer name: the person the KB knows only when another of their names holds the added
        parts (唐纳德·J·特朗普), else an unknown name (kind ``name``).  A hyphen does not join
        two names the KB knows (特朗普-普京会晤); a middle dot does (亨特·拜登 is one man)."""
        joiners, chars = self._joiners, self._name_chars
        spans: dict[int, tuple[int, int]] = {}
        for k, h in enumerate(hits):
            if h.kind != "entry" or h.entry.kind != "person":
                continue
            s, e = _joined_span(v, h.start, h.end, joiners, chars, self._max_name)
            if (s, e) == (h.start, h.end):
                continue
            others = [
                o for o in hits if o is not h and o.kind != "stop" and o.start < e and s < o.end
            ]
            if any(
                not (o.kind == "entry" and o.entry.kind == "person")
                or "-" in v[min(o.end, h.end) : max(o.start, h.start)]
                or not (s <= o.start and o.end <= e)
                for o in others
            ):
                continue  # the other part is a place, a hyphenated second name, or runs on
            spans[k] = (s, e)
        if not spans:
            return hits
        out: list[Hit] = []
        inside = [(s, e) for s, e in spans.values()]
        for k, h in enumerate(hits):
            if k not in spans:
                if not any(s <= h.start and h.end <= e for s, e in inside):
                    out.append(h)
                continue
            s, e = spans[k]
            if out and out[-1].start == s and out[-1].end == e:
                continue  # 亨特·拜登: both parts widened to the same name
            added = [p for p in _split_joined(v[s : h.start] + v[h.end : e], joiners) if p]
            forms = [_norm_form(f) for entry in h.entries for f in entry.surface_forms()]
            if all(any(p in f for f in forms) for p in added):
                out.append(Hit(s, e, "entry", h.entries))
            else:
                out.append(Hit(s, e, "name", ()))
        return out

    def _chinese_names(self, v: str, hits: list[Hit]) -> list[Hit]:
        """A two-character KB person name right after a surname is the given name of a longer
        Chinese name (阎维文 is not 维文, 欧阳维文 neither): an unknown person.  Not when the
        surname character is a function word (和, 向, 与…) or ends a word (祝贺普京, 主任王毅)."""
        out: list[Hit] = []
        prev_end = 0
        for h in hits:
            # (the surname, the one costly test, only for a two-character KB person: no other
            # hit is changed, and looking for it changes nothing)
            if (
                h.kind == "entry"
                and h.end - h.start == 2
                and h.entry.kind == "person"
                and (surname := self._surname_before(v, h.start, prev_end))
                and not (out and out[-1].end > h.start - surname)
            ):
                out.append(Hit(h.start - surname, h.end, "name", ()))
            else:
                out.append(h)
            prev_end = max(prev_end, h.end)
        return out

    def _surname_before(self, v: str, pos: int, floor: int) -> int:
        """The length of a surname ending at ``pos`` (no earlier than ``floor``), or 0."""
        if pos - 2 >= floor and v[pos - 2 : pos] in self._double_set:
            return 2
        if pos - 1 < floor or v[pos - 1] not in self._surnames:
            return 0
        words = dictionary()
        if any(v[a:pos] in words for a in range(max(0, pos - 3), pos - 1)):
            return 0  # 祝贺普京, 国家副主席韩正: the character ends a word
        return 1

    def _pair_abbreviations(self, v: str, hits: list[Hit]) -> list[Hit]:
        """普特会, 习拜会晤: two leaders named by one character each, before a meeting word."""
        pairs, after = self._pairs, self._pair_after
        if not pairs:
            return hits
        out: list[Hit] = []
        for h in hits:
            ids = pairs.get(v[h.start : h.end])
            if ids is not None and v.startswith(after, h.end):
                members = tuple(e for e in (self.kb.by_id(i) for i in ids) if e is not None)
                if len(members) == len(ids):
                    out.append(Hit(h.start, h.end, "pair", members))
                    continue
            if h.kind == "pair":
                continue  # a pair form that is not one here (and no KB name)
            out.append(h)
        return out

    def _role_entities(
        self,
        v: str,
        unit: Hit,
        role_entry: Entry,
        holder: Hit | ShortRun | None,
        topic: Hit | ShortRun | None,
        span_start: int,
        former: bool,
        person: Entry | None,
        name_span: tuple[int, int] | None,
        ref_date: str | None,
    ) -> list[_Ent]:
        role = role_entry.extra.get("role")
        cameo_role = role_entry.extra.get("cameo_role") or "GOV"
        collective = self._collective.get(role or "")
        if isinstance(holder, ShortRun) and len(holder.members) > 1:
            if name_span is not None:
                return []
            # 美俄元首 → each country's head of state; 美俄官员 → officials of each
            return [
                self._holder_role(
                    off, off + 1, entry, role, cameo_role, collective, topic, former, ref_date
                )
                for off, entry in holder.members
            ]
        holder_entry: Entry | None = None
        if isinstance(holder, ShortRun):
            holder_entry = holder.members[0][1]
        elif isinstance(holder, Hit):
            holder_entry = holder.entry
        if holder_entry is None:
            countries = role_entry.extra.get("countries") or []
            if len(countries) == 1 and self.kb.by_id(countries[0]) is not None:
                holder_entry = self.kb.by_id(countries[0])
        if name_span is not None:
            if collective is not None and collective != "PER":
                return []
            return [
                self._named(v, name_span, person, holder_entry, role, cameo_role, ref_date, holder)
            ]
        if holder is None:
            if holder_entry is None or collective is not None:
                return []
            # 国务卿 alone: the US one
            return [
                self._holder_role(
                    unit.start,
                    unit.end,
                    holder_entry,
                    role,
                    cameo_role,
                    collective,
                    topic,
                    former,
                    ref_date,
                )
            ]
        assert holder_entry is not None
        return [
            self._holder_role(
                span_start,
                unit.end,
                holder_entry,
                role,
                cameo_role,
                collective,
                topic,
                former,
                ref_date,
            )
        ]

    def _holder_role(
        self,
        start: int,
        end: int,
        holder: Entry,
        role: str | None,
        cameo_role: str,
        collective: str | None,
        topic: Hit | ShortRun | None,
        former: bool,
        ref_date: str | None,
    ) -> _Ent:
        """德国外长 → the holder on the date; 美国媒体 → the body; 美方 → the side."""
        code = country_code(holder)
        cameo = self._role_cameo(holder, cameo_role)
        typ = collective or "PER"
        person: Entry | None = None
        if collective is None and role and ref_date and not former:
            person = self._holder_on(role, holder, topic, ref_date)
            if person is not None:
                cameo = _person_cameo(person, ref_date, role, holder.id) or cameo
        ent = _Ent(start, end, typ, person, None, code, cameo, role, "rule")
        if collective == "GPE":
            ent.kb = holder
        return ent

    def _as_elite(self, v: str, made: list[_Ent], ref_date: str | None) -> None:
        """前外长X, 美国前任市长, 原副局长: a person who has left an office is coded ELI (CAMEO's
        elite: former officials) in place of the office's code - unless the KB has them in
        another office on the date (a former minister now president), or the words right after
        tell the act as done in the office (美国前总统X任内曾…, 前总统X曾签署命令: CAMEO codes
        it by the office then held)."""
        try:
            day = as_day(ref_date) if ref_date else None
        except ValueError:
            day = None
        for e in made:
            code = e.cameo or ""
            if e.type != "PER" or len(code) < 6 or code[-3:] not in self._official_codes:
                continue
            if e.kb is not None and day is not None:
                if any(r.cameo and r.active_on_day(day) for r in e.kb.roles):
                    continue
            if self._in_office_after.match(v, e.end):
                continue
            e.cameo = code[:-3] + "ELI"

    def _holder_on(
        self, role: str, holder: Entry, topic: Hit | ShortRun | None, ref_date: str
    ) -> Entry | None:
        try:
            found = self.kb.holders(role, holder.id, ref_date)
        except ValueError:
            return None
        if len(found) > 1 and isinstance(topic, Hit):
            # 美国乌克兰问题特使: the envoy whose title names the topic
            names = set(topic.entry.surface_forms())
            found = [
                p
                for p in found
                if any(
                    r.title_zh and any(n in r.title_zh for n in names)
                    for r in p.roles
                    if r.role == role and r.at == holder.id
                )
            ]
        return found[0] if len(found) == 1 else None

    def _named(
        self,
        v: str,
        span: tuple[int, int],
        person: Entry | None,
        holder: Entry | None,
        role: str | None,
        cameo_role: str,
        ref_date: str | None,
        holder_unit: Hit | ShortRun | None,
    ) -> _Ent:
        """俄副外长里亚布科夫: the person, with the role, the country and its CAMEO code."""
        start, end = span
        if person is not None:
            code = country_code(holder) if holder is not None else person.country
            cameo = _person_cameo(person, ref_date, role, holder.id if holder else None)
            if cameo is None and holder is not None:
                cameo = self._role_cameo(holder, cameo_role)
            if cameo is None:
                cameo = self._cameo_of.get(code or "", code)
            return _Ent(start, end, "PER", person, None, code, cameo, role, "kb")
        known = self.kb.lookup(v[start:end])
        known_people = [e for e in known if e.kind == "person"]
        if known_people:
            return self._named(v, span, known_people[0], holder, role, cameo_role, ref_date, None)
        code = country_code(holder) if holder is not None else None
        cameo = self._role_cameo(holder, cameo_role) if holder is not None else None
        return _Ent(start, end, "PER", None, None, code, cameo, role, "rule")

    def _role_cameo(self, holder: Entry, cameo_role: str) -> str | None:
        if holder.kind == "country":
            base = holder.cameo or holder.id
            return base + cameo_role
        if holder.kind == "org":
            return holder.cameo
        code = country_code(holder)
        if code and code in self._cameo_of:
            return self._cameo_of[code] + cameo_role
        return holder.cameo

    def _run_entities(self, run: ShortRun, role: str | None, ref_date: str | None) -> list[_Ent]:
        """美俄 → USA, RUS (one GPE per character); 美方 → the US side; 俄军 → Russian forces."""
        out: list[_Ent] = []
        suffix = run.suffix
        for k, (off, entry) in enumerate(run.members):
            start, end = off, off + 1
            if suffix is not None and k == len(run.members) - 1 and len(run.members) == 1:
                end = run.stop
            if suffix is None:
                out.append(
                    _Ent(
                        start,
                        end,
                        "GPE",
                        entry,
                        None,
                        country_code(entry),
                        entry.cameo,
                        role,
                        "kb",
                        place=True,
                    )
                )
                continue
            srole = suffix.extra.get("role")
            collective = self._collective.get(srole or "", "ORG")
            cameo = self._role_cameo(entry, suffix.extra.get("cameo_role") or "GOV")
            ent = _Ent(
                start, end, collective, None, None, country_code(entry), cameo, srole, "rule"
            )
            if collective == "GPE":
                ent.kb = entry
            out.append(ent)
        return out

    def _person_cameo_cached(self, person: Entry, ref_date: str | None) -> str | None:
        """:func:`_person_cameo` with no role, remembered per person and date (a name is
        mentioned dozens of times in one article)."""
        if ref_date is None:  # "today": not remembered
            return _person_cameo(person, ref_date, None, None)
        key = (person.id, ref_date)
        cache = self._cameo_cache
        if key not in cache:
            if len(cache) > 50_000:
                cache.clear()
            cache[key] = _person_cameo(person, ref_date, None, None)
        return cache[key]

    def _entry_entity(self, v: str, hit: Hit, ref_date: str | None) -> _Ent:
        entry = hit.entry
        typ = entity_type(entry)
        end = hit.end
        role: str | None = None
        code = country_code(entry)
        if entry.kind == "person":
            cameo = self._person_cameo_cached(entry, ref_date) or self._cameo_of.get(
                code or "", code
            )
        else:
            cameo = entry.extra.get("metonym") or entry.cameo
        if typ == "GPE" and entry.kind == "country" and v.startswith(self._side_words, end):
            # 美国方面: the US side
            end += next(len(w) for w in self._side_words if v.startswith(w, end))
            role, cameo = "side", (entry.cameo or entry.id) + "GOV"
        return _Ent(
            hit.start,
            end,
            typ,
            entry,
            None,
            code,
            cameo,
            role,
            "kb",
            place=entry.kind in ("country", "place"),
        )

    # ---- a country's own body named without the country ----------------------------------------
    def _national_bodies(self, view: AnalysisView, ents: list[_Ent]) -> list[_Ent]:
        """红十字会 is a country's national society (KB ``national``), not the ICRC: the
        society of the place right before it (日本红十字会, 香港红十字会: one entity), else of
        the last national society named before it, else of the country the text is about (see
        :meth:`_home_country`).  Linked to that country's own entry when the KB has one
        (``parent``: 中国红十字会), coded country + the ``national`` role (JPNNGO)."""
        if not any(e.kb is not None and self._national(e.kb) for e in ents):
            return ents
        ents.sort(key=lambda e: (e.start, e.end))
        home: list[str | None] = []  # computed once, when needed
        last: str | None = None
        out: list[_Ent] = []
        for e in ents:
            generic = e.kb
            if generic is None or e.role is not None or not self._national(generic):
                out.append(e)
                continue
            if not generic.extra.get("national"):  # 中国红十字会: one country's, in the KB
                last = e.country or last
                out.append(e)
                continue
            prev = out[-1] if out else None
            country: str | None = None
            if prev is not None and prev.place and prev.role is None and prev.end == e.start:
                country = prev.country
                if country is not None:
                    out.pop()
                    e.start = prev.start
            if country is None:
                country = last
            if country is None:
                if not home:
                    home.append(self._home_country(view, ents))
                country = home[0]
            if country is not None:
                own = self._national_entry(generic.id, country)
                e.kb = own or generic
                e.country = country
                e.cameo = (
                    own.cameo
                    if own is not None and own.cameo
                    else self._cameo_of.get(country, country) + str(generic.extra["national"])
                )
                last = country
            out.append(e)
        return out

    def _national(self, entry: Entry) -> bool:
        """A country's body named without the country (红十字会), or one country's own."""
        if entry.extra.get("national"):
            return True
        parent = self.kb.by_id(entry.extra.get("parent") or "")
        return parent is not None and bool(parent.extra.get("national"))

    def _national_entry(self, generic: str, country: str) -> Entry | None:
        """The KB entry of one country's body (``parent`` = the generic entry); the first in
        the KB's order, from an index of the organisations with a parent built on first use
        (was a walk over every entry of the KB for each body)."""
        if self._national_index is None:
            index: dict[tuple[str, str | None], Entry] = {}
            for entry in self.kb.entries(kind="org"):
                parent = entry.extra.get("parent")
                if parent is not None:
                    index.setdefault((parent, entry.country), entry)
            self._national_index = index
        return self._national_index.get((generic, country))

    def _home_country(self, view: AnalysisView, ents: list[_Ent]) -> str | None:
        """The country a text is about: the one more than half of its KB places and countries
        belong to; with none named, the home country of mainland (simplified) news."""
        counts: dict[str, int] = {}
        for e in ents:
            if e.place and e.role is None and e.country:
                counts[e.country] = counts.get(e.country, 0) + 1
        if counts:
            best = max(counts, key=lambda c: counts[c])
            return best if 2 * counts[best] > sum(counts.values()) else None
        from ..normalize import detect_script

        return self._home if detect_script(view.original) == "zh-Hans" else None

    # ---- LAC -------------------------------------------------------------------------------------
    def _merge_lac(self, v: str, ents: list[_Ent], tokens: Any, reserved: bytearray) -> list[_Ent]:
        """Add LAC's names where the rules found nothing (no character ``reserved`` by a KB
        person, a role phrase or a country form with a suffix).  A LAC name that strictly
        contains KB places or organisations and is longer replaces them: an organisation
        (北京市消防局, 全国人大常委会), a finer location (北京市东城区, 洛杉矶会展中心) or a longer
        name (马里布 is not 马里)."""
        not_person = self._not_person
        ents.sort(key=lambda e: e.start)
        starts = [e.start for e in ents]
        removed: set[int] = set()
        for tok in tokens:
            if tok.tag != "nw":
                continue
            # a city inside a longer title (突袭黑暗雅典娜): not the city
            k = max(0, bisect_left(starts, tok.start) - 1)
            while k < len(ents) and ents[k].start < tok.end:
                e = ents[k]
                if (
                    tok.start <= e.start
                    and e.end <= tok.end
                    and (e.end - e.start) < (tok.end - tok.start)
                    and e.kb is not None
                    and e.kb.kind == "place"
                    and e.role is None
                ):
                    removed.add(k)
                k += 1
        added: list[_Ent] = []
        for cand in lac_candidates(v, tokens):
            if any(reserved[cand.start : cand.end]):
                continue
            if cand.type == "PER" and cand.end - cand.start == 2:
                self._with_surname(cand, ents, starts, removed)
                self._with_word_surname(v, cand, ents, starts)
            if cand.type == "PER" and v.endswith(self._act_endings, cand.start, cand.end):
                # 某某性骚扰: the name before the act said of it
                act = next(w for w in self._act_endings if v.endswith(w, cand.start, cand.end))
                if cand.end - len(act) - cand.start < 2:
                    continue
                cand.end -= len(act)
                if any(reserved[cand.start : cand.end]):
                    continue
            surface = v[cand.start : cand.end]
            if cand.type == "SPORTS_LOC":
                cand.type = self._club_or_place(surface, ents, starts, cand.start, cand.end)
                if cand.type == "":
                    continue
            if cand.type == "PER" and _ACRONYM.fullmatch(surface) and _made_short(v, surface):
                cand.type = "ORG"  # （Texas A&M University，简称TAMU）…TAMU: a body's initials
            if cand.type == "PER" and (
                surface.endswith(not_person)
                or v[cand.end : cand.end + 1] in self._not_person_before
            ):
                continue
            inside: list[int] = []
            k = max(0, bisect_left(starts, cand.start) - 1)
            while k < len(ents) and ents[k].start < cand.end:
                if cand.start < ents[k].end:
                    inside.append(k)
                k += 1
            if not inside:
                added.append(self._lac_entity(v, cand.start, cand.end, cand.type))
                continue
            inside = [k for k in inside if k not in removed]
            if not inside:
                added.append(self._lac_entity(v, cand.start, cand.end, cand.type))
                continue
            if self.kb.lookup(surface):
                continue
            first, last = ents[inside[0]], ents[inside[-1]]
            within = all(cand.start <= ents[k].start and ents[k].end <= cand.end for k in inside)
            longer = cand.end - cand.start > sum(ents[k].end - ents[k].start for k in inside)
            places = all(ents[k].place and ents[k].role is None for k in inside)
            orgs = all(
                ents[k].type == "ORG" or (ents[k].place and ents[k].role is None) for k in inside
            )
            if not (within and longer and (places or (orgs and cand.type != "PER"))):
                continue
            ent = self._lac_entity(v, cand.start, cand.end, cand.type)
            # 某品牌汽车（北京）有限公司: a place in brackets is where the company is registered,
            # its country before the brand's home
            seat = next((ents[k] for k in inside if _bracketed(v, ents[k])), None)
            if cand.type != "PER":
                ent.country = ent.country or (seat or first).country
            if ent.type == "ORG" and ent.cameo is None:
                # 日本海上自卫队 ⊃ 自卫队: the body's CAMEO code (JPNMIL)
                body = next((ents[k] for k in inside if ents[k].type == "ORG"), None)
                ent.cameo = body.cameo if body is not None else None
                if seat is not None and body is not None and body.cameo and body.country:
                    ent.cameo = str(seat.country) + body.cameo.removeprefix(body.country)
            if (
                ent.type == "ORG"
                and last.end == cand.end
                and last.kb is not None
                and self._national(last.kb)
            ):
                # 武汉市红十字会: a local branch of the national society found inside
                ent.kb, ent.country, ent.cameo = last.kb, last.country, last.cameo
            if (
                ent.type == "LOC"
                and ent.kb is None
                and last.kb is not None
                and last.place
                and cand.start == first.start
            ):
                # 北京市东城区: linked to the finest place the KB knows
                ent.kb, ent.type, ent.cameo = last.kb, last.type, last.cameo
            removed.update(inside)
            added.append(ent)
        kept = [e for k, e in enumerate(ents) if k not in removed]
        return kept + added

    def _with_surname(
        self, cand: Candidate, ents: list[_Ent], starts: list[int], removed: set[int]
    ) -> None:
        """A given name LAC read after a lone character the title rule took for a person
        (议员区 + 某轩: a surname the list lacks) is one name, opening at that character."""
        k = bisect_left(starts, cand.start - 1)
        if (
            k < len(ents)
            and ents[k].start == cand.start - 1
            and ents[k].end == cand.start
            and ents[k].type == "PER"
            and ents[k].source == "rule"
        ):
            removed.add(k)
            cand.start -= 1

    def _with_word_surname(
        self, v: str, cand: Candidate, ents: list[_Ent], starts: list[int]
    ) -> None:
        """A given name of two characters LAC read (诺轩) right after a surname that is also a
        common character (区, 朴: entity_rules names word_surnames) is one name opening at the
        surname, where no entity ends there, the given name opens with no surname and what
        is before the surname is punctuation, a stop character or a dictionary word that is
        no noun (其中区某某, 处理区某某; not 某某区 + a name: 朝阳区, a district), and a stop
        character or the text's first character makes no word with it (not 该区, 禁区)."""
        s = cand.start - 1
        if (
            cand.end - cand.start != 2
            or s < 0
            or v[s] not in self._word_surnames
            or v[cand.start] in self._surnames
        ):
            return
        k = bisect_left(starts, s)
        if (k > 0 and ents[k - 1].end > s) or (k < len(ents) and ents[k].start == s):
            return  # (a place or a name holds the character)
        if s > 0 and "\u4e00" <= v[s - 1] <= "\u9fff":
            pos = parts_of_speech()
            if (s == 1 or v[s - 1] in self._stop_chars) and pos.get(v[s - 1 : s + 1]):
                return  # (该区, 各区, 禁区: the character ends a word opening before it)
            if v[s - 1] not in self._stop_chars:
                tag = pos.get(v[max(0, s - 2) : s])
                if tag is None or tag.startswith("n"):
                    return
        cand.start = s

    def _club_or_place(
        self, surface: str, ents: list[_Ent], starts: list[int], start: int, end: int
    ) -> str:
        """A place in sports copy: a country stays a place; a city or an unknown place is the
        club (那不勒斯主场).  A KB city already found there is retyped; "" = nothing to add."""
        known = [e for e in self.kb.lookup(surface) if e.kind != "role_word"]
        if any(e.kind == "country" for e in known):
            return "LOC"
        k = bisect_left(starts, start)
        if k < len(ents) and ents[k].start == start and ents[k].end == end:
            e = ents[k]
            if e.kb is not None and e.kb.kind == "place" and e.role is None:
                e.type, e.kb, e.cameo, e.place, e.source = "ORG", None, None, False, "rule"
            return ""
        return "ORG"

    def _lac_entity(self, v: str, start: int, end: int, typ: str) -> _Ent:
        surface = v[start:end]
        known = self.kb.lookup(surface)
        known = [e for e in known if e.kind != "role_word"]
        if known:
            entry: Entry | None = known[0]
            etype = entity_type(known[0])
            if typ == "PER" and etype != "PER":
                entry = None
            elif typ != "PER" and etype == "PER":
                entry = None
            if entry is not None:
                return _Ent(
                    start,
                    end,
                    etype,
                    entry,
                    None,
                    country_code(entry),
                    entry.cameo,
                    None,
                    "lac",
                    place=entry.kind in ("country", "place"),
                )
        return _Ent(start, end, typ, None, None, None, None, None, "lac", place=typ == "LOC")


# ---------------------------------------------------------------------------------------------
# helpers


# four or more capital Latin letters and nothing else, that the text makes a short form (after
# a mark of news_cues abbreviation_marks: 某大学（Texas A&M University，简称TAMU）): the initials
# of a body (not three: a player's handle, LYN; nor capitals no mark introduces: a singer's
# stage name, LISA, JENNIE, is written so too)
_ACRONYM = re.compile(r"[A-Z]{4,}")
_SHORT_MARK = re.compile(
    "(?:" + cue("abbreviation_marks").pattern + r")[：:为]?\s*[“\"「『]?$"
)


def _made_short(v: str, surface: str) -> bool:
    """Does a mark of ``abbreviation_marks`` stand right before one of the ``surface``'s
    occurrences in ``v`` (简称TAMU)?"""
    i = v.find(surface)
    while i >= 0:
        if _SHORT_MARK.search(v, max(0, i - 8), i):
            return True
        i = v.find(surface, i + 1)
    return False


def _joined_span(
    v: str, start: int, end: int, joiners: frozenset[str], chars: frozenset[str], most: int
) -> tuple[int, int]:
    """``[start, end)`` widened over name parts joined to it by a middle dot or a hyphen
    (索尔-坎贝尔, 阿卜杜勒-法塔赫·塞西): each part a run of transliteration characters."""
    s = start
    while s >= 2 and v[s - 1] in joiners:
        k = s - 1
        while k > 0 and v[k - 1] in chars and s - 1 - (k - 1) <= most:
            k -= 1
        if k == s - 1:
            break
        s = k
    e = end
    n = len(v)
    while e + 1 < n and v[e] in joiners:
        k = e + 1
        while k < n and v[k] in chars and k - (e + 1) < most:
            k += 1
        if k == e + 1:
            break
        e = k
    return s, e


def _split_joined(text: str, joiners: frozenset[str]) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch in joiners:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _norm_form(form: str) -> str:
    return fold_width(to_simplified(form))


def _agree_with_words(units: list[Hit | ShortRun], tokens: Any) -> list[Hit | ShortRun]:
    """With LAC's words: drop a KB place or organisation whose match starts or ends inside a
    word (东京 in 京东京东), and a country form with a suffix inside a name (罗军 is a person)."""
    inside = _inside_a_word(tokens)
    per_spans = [(t.start, t.end) for t in tokens if t.tag == "PER"]
    out: list[Hit | ShortRun] = []
    for u in units:
        if isinstance(u, ShortRun):
            if u.suffix is not None and any(a <= u.start and u.stop <= b for a, b in per_spans):
                continue
        elif u.kind == "entry" and u.entry.kind in ("country", "place", "org"):
            a, b = u.start, u.end
            if (inside(a) or inside(b)) and not _within_one(tokens, a, b):
                continue
        out.append(u)
    return out


def _inside_a_word(tokens: Any) -> Callable[[int], bool]:
    """Whether a word of ``tokens`` goes on past an offset (starts before it, ends after it).

    LAC's tokens come in text order, none overlapping the next (:meth:`LacTagger.tag`; the
    bisection of :func:`_within_one` reads them so too): the word holding an offset inside is
    then the first one ending after it, found by bisection over the ends (a list of them, not
    a mask of the text's characters marked a word at a time).  Tokens in any other order get
    that mask, as before (the same answers)."""
    if any(p.end > q.start for p, q in zip(tokens, tokens[1:], strict=False)):
        inner = bytearray(tokens[-1].end + 1)  # 1 = a word goes on past here
        for t in tokens:
            inner[t.start + 1 : t.end] = b"\x01" * (t.end - t.start - 1)
        return lambda pos: pos < len(inner) and bool(inner[pos])
    ends = [t.end for t in tokens]
    n = len(ends)

    def inside(pos: int) -> bool:
        k = bisect_right(ends, pos)  # the first word ending after ``pos``
        return k < n and tokens[k].start < pos

    return inside


def _within_one(tokens: Any, a: int, b: int) -> bool:
    """``[a, b)`` lies inside a single word (a name inside a longer word is not crossing)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= a:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(tokens) and tokens[lo].start <= a and b <= tokens[lo].end


_CLAUSE_OPENERS = frozenset("，,。；;：:、（(“「 \n")


def _opens_clause(v: str, pos: int) -> bool:
    """Does ``pos`` start the text or a clause (，前国务卿X表示 - not 此前总统X)?"""
    return pos == 0 or v[pos - 1] in _CLAUSE_OPENERS


def _prefix_lasts(prefixes: tuple[tuple[str, bool], ...]) -> frozenset[str] | None:
    """The last characters of the role prefixes, or None when one is empty (it ends anywhere:
    no character rules a prefix out; see :meth:`EntityRecognizer._after_prefix_char`)."""
    if any(not p for p, _ in prefixes):
        return None
    return frozenset(p[-1] for p, _ in prefixes)


def _is_place(unit: Hit | ShortRun) -> bool:
    if isinstance(unit, ShortRun):
        return unit.suffix is None
    return unit.kind == "entry" and unit.entry.kind in ("country", "place")


def _names_a_person(unit: Hit | ShortRun | None) -> bool:
    """A unit that names one person: a KB person or a name read by rule."""
    return isinstance(unit, Hit) and (
        unit.kind == "name" or (unit.kind == "entry" and unit.entry.kind == "person")
    )


def _can_hold(unit: Hit | ShortRun) -> bool:
    """A unit that can hold a role: a country (name or form), a city or region, an org."""
    if isinstance(unit, ShortRun):
        return unit.suffix is None
    if unit.kind != "entry":
        return False
    entry = unit.entry
    return entry.kind in ("country", "org") or (entry.kind == "place" and entry.type in _GPE_PLACES)


def _person_cameo(
    person: Entry, ref_date: str | None, role: str | None, at: str | None
) -> str | None:
    """The CAMEO code of a person acting on a date: the role named (at ``at``) if they held
    it then, else their first role active then.  With no role active: the person's own code
    (``cameo`` on the entry: 马斯克 is USABUS outside his government post), else the latest
    role that had started by then (a former minister), never one that had not started yet
    (鲁比奥 in 2021 was not yet secretary of state); None when there is none."""
    try:
        day = as_day(ref_date)
    except ValueError:
        day = None
    active = [] if day is None else [r for r in person.roles if r.active_on_day(day)]
    for r in active:
        if (role is None or r.role == role) and (at is None or r.at == at) and r.cameo:
            return r.cameo
    if role is not None:
        for r in active:
            if r.role == role and r.cameo:
                return r.cameo
    for r in active:
        if r.cameo:
            return r.cameo
    if person.cameo:
        return person.cameo
    started = [
        r for r in person.roles if r.cameo and (day is None or r.start is None or r.start <= day)
    ]
    dated = sorted(started, key=lambda r: r.start or "", reverse=True)
    return dated[0].cameo if dated else None


def _chain_addresses(ents: list[_Ent]) -> list[_Ent]:
    """美国阿拉斯加, 越南岘港, 北京市东城区: a place right after the place containing it is one
    location — linked to the finer place when the KB knows it, with the first one's country."""
    ents.sort(key=lambda e: (e.start, e.end))
    out: list[_Ent] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.place
            and e.place
            and prev.end == e.start
            and prev.role is None
            and e.role is None
            and _contains(prev, e)
        ):
            prev.end = e.end
            if e.kb is not None:
                prev.kb, prev.type = e.kb, e.type
                prev.cameo = e.cameo or prev.cameo
            prev.country = prev.country or e.country
            prev.source = prev.source if e.source == prev.source else "rule"
            continue
        out.append(e)
    return out


def _bodies_of_places(v: str, ents: list[_Ent]) -> None:
    """An organisation the KB does not hold, of no country, written right after a place and
    的 (某州的州长委员会, 某市的某某公司) is of the place's country (``ents`` in text order)."""
    for prev, e in zip(ents, ents[1:], strict=False):
        if (
            e.type == "ORG"
            and e.kb is None
            and e.country is None
            and prev.place
            and prev.role is None
            and prev.country
            and v[prev.end : e.start] == "的"
        ):
            e.country = prev.country


@lru_cache(maxsize=1)
def _trade_rules() -> tuple[tuple[str, ...], str, frozenset[str], frozenset[str]]:
    """entity_rules.json trade_names: the trade words, the station character, the first
    characters of both (the only ones :func:`_trades_and_stations` looks further at) and the
    characters that make a trade a person or a milieu (音乐人, 娱乐圈)."""
    r = rules()["trade_names"]
    forms, station = tuple(r["forms"]), str(r["station"])
    return forms, station, frozenset(w[0] for w in (*forms, station)), frozenset(r["not_before"])


def _opens_word(v: str, at: int, n: int) -> bool:
    """Does the dictionary hold a word of ``v`` at ``at`` longer than ``n`` characters (音乐节
    after 音乐, 台风 after 台)?"""
    pos = parts_of_speech()
    return any(pos.get(v[at : at + k]) is not None for k in (n + 1, n + 2) if at + k <= len(v))


def _trades_and_stations(v: str, ents: list[_Ent]) -> None:
    """华纳音乐, 索尼影业: a company (a business or a name LAC read, not ending in an
    organisation head) with its trade right after it is one name (the KB link and country
    kept: the label is the company's); 湖北台: a KB place (no country) with
    台 right after it is the place's TV station, an organisation of its country, no KB link
    (entity_rules.json trade_names; ``ents`` in text order)."""
    forms, station, firsts, not_before = _trade_rules()
    for k, e in enumerate(ents):
        if e.end >= len(v) or v[e.end] not in firsts or e.role is not None:
            continue  # (most entities: no trade word or station after them)
        limit = ents[k + 1].start if k + 1 < len(ents) else len(v)
        if e.type == "ORG" and not e.place:
            w = next((w for w in forms if v.startswith(w, e.end)), None)
            if w is None or (e.cameo is not None and not e.cameo.endswith("BUS")):
                continue  # (新华社影视: a news agency's or a ministry's topic, no label)
            if ends_with_org_head(v[e.start : e.end]):
                continue  # (北京市公安局唱片打假, 清华大学影视专业: a body named by its kind)
            if (
                e.end + len(w) <= limit
                and v[e.end + len(w) : e.end + len(w) + 1] not in not_before
                and not _opens_word(v, e.end, len(w))
            ):
                e.end += len(w)
                e.name = v[e.start : e.end]  # (the label's own name; the owner's KB link)
        elif (
            e.place
            and e.kb is not None
            and e.kb.kind == "place"
            and v[e.end] == station
            and e.end < limit
            and not _opens_word(v, e.end, len(station))
        ):
            e.end += 1
            # (no CAMEO code, as LAC's reading of the same name: …MED would make it a reporter)
            e.type, e.kb, e.name, e.place, e.source = "ORG", None, None, False, "rule"
            e.cameo = None


@lru_cache(maxsize=1)
def _part_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """entity_rules.json counted_parts as one pattern matched at a country's end: a gap
    (group 1, optional), a count and a part word (group 2); and the events layer's verbs of
    a place where something happens (news_cues happens_before, happens_verbs: 相继爆发)."""
    r = rules()["counted_parts"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    happens = f"(?:{alt(cue_words('happens_before'))})*(?:{alt(cue_words('happens_verbs'))})"
    return (
        re.compile(f"({alt(r['gaps'])})?(?:{alt(r['counts'])})({alt(r['parts'])})"),
        re.compile(happens),
    )


def _counted_parts(v: str, ents: list[_Ent]) -> None:
    """美国多个州, 美国已有近半数的州: a count of a country's parts right after the country (or
    after it and 有) names those parts: the country's entity becomes theirs, an organisation
    of the country with the CAMEO code of its government (USAGOV), no KB link
    (entity_rules.json counted_parts; not 州长, 省份)."""
    pattern, happens = _part_rules()
    for e in ents:
        if e.kb is None or e.kb.kind != "country" or e.role is not None or e.end >= len(v):
            continue
        hit = pattern.match(v, e.end)
        if hit is None or parts_of_speech().get(v[hit.start(2) : hit.end(2) + 1]) is not None:
            continue  # (most countries: no count after them; 州长: a governor)
        if v.startswith("的", hit.end()) or happens.match(v, hit.end()):
            continue  # (美国多个州的民众, 美国多个州爆发抗议: where people are, where it happens)
        e.start = hit.end(1) if hit.group(1) else e.start
        e.end, e.kb, e.name, e.place, e.source = hit.end(), None, None, False, "rule"
        # (the parts' governments act - 颁布禁令 -: a body of the country, no place where)
        e.type, e.cameo = "ORG", f"{e.cameo or e.country}GOV"


def _contains(outer: _Ent, inner: _Ent) -> bool:
    if inner.kb is not None and inner.kb.kind == "country":
        return False  # 美国乌克兰: two countries
    if outer.kb is None:
        if inner.kb is not None and inner.type == "GPE":
            return False  # 王府井书店 | 北京市东城区…: a city is not inside an unknown place
        return inner.kb is None or outer.source == "lac"
    if outer.kb.kind == "country":
        return inner.kb is None or inner.country == country_code(outer.kb)
    if inner.kb is None:
        return True
    return inner.kb.extra.get("parent") == outer.kb.id


_DEFAULT: dict[tuple[int, bool], EntityRecognizer] = {}


def find_entities(
    text: str, ref_date: str | None = None, *, statistical: bool = False
) -> list[Entity]:
    """:meth:`EntityRecognizer.find` with the packaged KB (the recogniser is built once)."""
    kb = load_kb()
    key = (id(kb), statistical)
    rec = _DEFAULT.get(key)
    if rec is None:
        rec = _DEFAULT[key] = EntityRecognizer(kb, statistical=statistical)
    return rec.find(text, ref_date)


def _today() -> str:
    return _dt.date.today().isoformat()


# a Latin word (capitalised, or a joiner: A&M, of) written with a space right after or before a
# Latin form: the form is a word of a longer Latin name (Texas A&M University, Bank of China)
_LATIN_NAME_ON = re.compile(r" (?:[A-Z&]|of |for |de )")
_LATIN_NAME_BEFORE = re.compile(r"(?:[A-Z][A-Za-z&.'\-]*|of|for|de) $")


def _in_latin_name(v: str, h: Hit) -> bool:
    """Is the KB place or country ``h``, written in Latin letters, a word of a longer Latin name
    (an institution's: Texas A&M University, New York Times, University of Texas) - no place?"""
    if h.kind != "entry" or h.entry.kind not in ("country", "place"):
        return False
    if not v[h.start : h.end].isascii():
        return False
    return (
        _LATIN_NAME_ON.match(v, h.end) is not None
        or _LATIN_NAME_BEFORE.search(v, max(0, h.start - 12), h.start) is not None
    )


def _bracketed(v: str, ent: _Ent) -> bool:
    """Is ``ent`` a place of a known country written alone in brackets (某公司（上海）: a
    company's seat)?"""
    return (
        ent.place
        and ent.role is None
        and ent.country is not None
        and v[ent.start - 1 : ent.start] in ("（", "(")
        and v[ent.end : ent.end + 1] in ("）", ")")
    )
