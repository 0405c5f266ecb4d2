"""The event codebook: Chinese trigger words and patterns mapped to PLOVER and CAMEO.

The codebook is data (``dashiji/data/events/``, described in its ``SCHEMA.md``):

* ``triggers.jsonl`` — one trigger a line: a word (会晤) or a discontinuous pattern
  (``提出{0,12}方案``), its PLOVER type and mode, the most specific CAMEO code it supports, how
  its actors are found (``symmetric``, ``roles``), and what vetoes it (``negative_cues``,
  ``domain_exclusions``);
* ``cameo.tsv`` — every CAMEO code with its name, Goldstein score and QuadClass, derived from
  GDELT's lookup files;
* ``plover.json`` — the 16 PLOVER types, their modes and the CAMEO families each may carry;
* ``cues.json`` — status cues (将于, 推迟, 取消…), modality cues (据, 疑似, 如果, 没有…), question
  cues, domain words (sports, markets, products…) and the CAMEO refinements by status and place.

:func:`load_codebook` reads and validates all of it (every problem raises
:class:`CodebookError` naming the file and the line), then the user's trigger files, which add
entries or override packaged ones by id.  :meth:`Codebook.match` finds the triggers of a text —
literal words through one Aho-Corasick automaton, patterns through regular expressions run only
where all their literals of two or more characters occur — drops the vetoed ones and resolves
overlaps (priority, then length).  Every trigger is known in both scripts: the traditional forms
OpenCC gives (s2t, s2tw, s2hk) are matched beside the simplified one, so a simplified analysis
view and raw traditional text both work.
"""

from __future__ import annotations

import csv
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import DataFileError, file_stamp, line_of, read_records, read_text
from ..normalize.script import converter
from ..segment import STRADDLE_LONGEST, straddles
from ..wordscan import SHARED, WordScanner

# ---- constants --------------------------------------------------------------------------------
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUAD_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}
STATUSES = ("planned", "occurred", "postponed", "cancelled")
MODALITIES = ("asserted", "reported", "uncertain", "hypothetical", "negated")
ROLE_WORDS = ("subject", "object", "with", "to", "by", "place")
PLACES = ("visit", "host", "third")
KINDS = ("word", "pattern")
CUE_WHERE = ("before", "after", "around")
CUE_SCOPES = ("clause", "sentence")

#: ``…`` in a pattern: a gap of 0 to this many characters.
DEFAULT_GAP = 8
#: The widest gap a pattern may ask for (``{0,30}``).
MAX_GAP = 30
#: Gaps never cross these: a pattern matches inside one clause.
CLAUSE_BREAKS = "。！？!?；;，,\n\r"
#: Sentence ends, for the sentence-wide domain veto and ``scope: sentence`` cues.
SENTENCE_BREAKS = "。！？!?；;\n\r"
SPECIAL = set("…{}()|?")
SCRIPT_CONFIGS = ("s2t", "s2tw", "s2hk")

DEFAULT_SOURCE_ROLES = ("subject",)
DEFAULT_TARGET_ROLES = ("object", "to")

TRIGGER_FIELDS = {
    "id", "zh", "zh_hant", "kind", "plover_type", "plover_mode", "cameo", "goldstein",
    "quad_class", "symmetric", "roles", "negative_cues", "domain_exclusions", "status_hint",
    "priority", "note", "replace", "disabled", "by_source",
}  # fmt: skip
#: What a ``by_source`` reading may set (besides ``note``).
BY_SOURCE_FIELDS = {"plover_type", "plover_mode", "cameo", "target_kinds", "note"}
_ACTOR_KIND_RE = re.compile(r"[A-Z]{3}")

_SENTENCE_RE = re.compile(f"[{re.escape(SENTENCE_BREAKS)}]")
_CLAUSE_RE = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
_OPENING_MARKS = ' \t\n\u3000【「“"（('  # what may stand before a cue opening a sentence
_GAP_RE = re.compile(r"\{(\d*)(?:,(\d+))?\}")


class CodebookError(DataFileError):
    """A codebook file is invalid; the message names the file and the line."""

    label = "<codebook>"


# ---- the model --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with GDELT's Goldstein score and QuadClass."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad_class]

    def is_under(self, prefix: str) -> bool:
        """True when this code is ``prefix`` or one of its descendants (0871 is under 08, 087)."""
        return self.code.startswith(prefix)


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    description: str
    cameo_prefixes: tuple[str, ...]
    modes: Mapping[str, str]

    def allows(self, code: str) -> bool:
        return any(code.startswith(p) for p in self.cameo_prefixes)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger word or pattern with its coding."""

    id: str
    zh: str
    kind: str
    plover_type: str
    plover_mode: str
    cameo: str
    goldstein: float
    quad_class: int
    zh_hant: tuple[str, ...] = ()
    symmetric: bool = False
    source_roles: tuple[str, ...] = DEFAULT_SOURCE_ROLES
    target_roles: tuple[str, ...] = DEFAULT_TARGET_ROLES
    negative_cues: tuple[str, ...] = ()
    domain_exclusions: tuple[str, ...] = ()
    status_hint: str | None = None
    priority: int = 0
    note: str = ""
    source: str = ""
    # the act read another way when its source is of a kind of actor (a court halting a ban
    # coerces the government; the ban's maker halting it eases): (kind, reading), in file order
    by_source: tuple[tuple[str, TriggerEntry], ...] = ()
    # a ``by_source`` reading: the kinds of actor its target must be (the government whose act
    # the court halts, not the app the act was about); empty: any
    target_kinds: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The simplified form and the traditional forms, without repeats."""
        return tuple(dict.fromkeys((self.zh, *self.zh_hant)))

    @property
    def fixed_target(self) -> str | None:
        """The actor code a role ``=XXX`` fixes (访华 → CHN), if any."""
        for role in self.target_roles:
            if role.startswith("="):
                return role[1:]
        return None


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in a text: ``text[start:end]``; ``parts`` are its literal pieces."""

    start: int
    end: int
    entry: TriggerEntry
    text: str
    parts: tuple[tuple[int, int], ...] = ()
    veto: str | None = None

    @property
    def plover_type(self) -> str:
        return self.entry.plover_type

    @property
    def cameo(self) -> str:
        return self.entry.cameo


@dataclass(frozen=True, slots=True)
class CueGroup:
    category: str  # status | modality | question
    label: str
    where: str
    window: int
    scope: str
    words: tuple[str, ...]
    exclude: tuple[str, ...]
    regex: re.Pattern[str] = field(repr=False, compare=False)
    exclude_regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    # words of the group that, opening the sentence, bear on every trigger after them (据报道，…)
    opens: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CueHit:
    """A status, modality or question cue found near a trigger."""

    category: str
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PlaceRefinement:
    cameo: str
    plover_mode: str | None = None


@dataclass(frozen=True, slots=True)
class DerivedRule:
    """An event implied by another: a planned CONSULT is also an AGREE (036) when announced."""

    when_type: str
    when_status: str | None
    also_type: str
    also_mode: str
    also_cameo: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cues:
    groups: tuple[CueGroup, ...]
    domains: Mapping[str, tuple[str, ...]]
    veto_all: tuple[str, ...]
    status_cameo: Mapping[str, Mapping[str, str]]
    place_cameo: Mapping[str, Mapping[str, PlaceRefinement]]
    derived: tuple[DerivedRule, ...]

    def words(self, category: str, label: str | None = None) -> tuple[str, ...]:
        """Every cue word of a category (status, modality, question), optionally of one label."""
        out: list[str] = []
        for g in self.groups:
            if g.category == category and (label is None or g.label == label):
                out.extend(g.words)
        return tuple(dict.fromkeys(out))


# ---- patterns ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Lit:
    alts: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True, slots=True)
class _Gap:
    lo: int
    hi: int


def parse_pattern(src: str) -> list[_Lit | _Gap]:
    """Parse the trigger pattern language (see SCHEMA.md); raise ValueError when it is bad.

    ``…`` is a gap of 0–8 characters, ``{m,n}`` a gap of m–n characters (``{n}`` exactly n),
    ``(a|b)`` one of the literal alternatives, ``(a|b)?`` an optional group; everything else is
    literal text.  Gaps stay inside one clause.
    """
    tokens: list[_Lit | _Gap] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            tokens.append(_Lit(("".join(run),)))
            run.clear()

    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "…":
            flush()
            tokens.append(_Gap(0, DEFAULT_GAP))
            i += 1
        elif ch == "{":
            flush()
            m = _GAP_RE.match(src, i)
            if not m:
                raise ValueError(f"bad gap at {src[i:]!r}: write {{m,n}} or {{n}}")
            lo_s, hi_s = m.group(1), m.group(2)
            if hi_s is None:  # {n}
                if not lo_s:
                    raise ValueError("empty gap {}")
                lo = hi = int(lo_s)
            else:
                lo, hi = int(lo_s or 0), int(hi_s)
            if lo > hi:
                raise ValueError(f"gap {m.group(0)} has its minimum above its maximum")
            if hi > MAX_GAP:
                raise ValueError(f"gap {m.group(0)} is wider than {MAX_GAP} characters")
            tokens.append(_Gap(lo, hi))
            i = m.end()
        elif ch == "(":
            flush()
            close = src.find(")", i)
            if close < 0:
                raise ValueError(f"unclosed group at {src[i:]!r}")
            alts = src[i + 1 : close].split("|")
            for alt in alts:
                if not alt:
                    raise ValueError(f"empty alternative in {src[i : close + 1]!r}")
                if SPECIAL & set(alt):
                    raise ValueError(f"only plain text may stand inside {src[i : close + 1]!r}")
            optional = close + 1 < len(src) and src[close + 1] == "?"
            tokens.append(_Lit(tuple(alts), optional))
            i = close + (2 if optional else 1)
        elif ch in SPECIAL:
            raise ValueError(f"unexpected {ch!r} at position {i}")
        else:
            run.append(ch)
            i += 1
    flush()
    if not tokens:
        raise ValueError("empty pattern")
    if isinstance(tokens[0], _Gap) or isinstance(tokens[-1], _Gap):
        raise ValueError("a pattern must begin and end with text, not a gap")
    if tokens[0].optional:
        raise ValueError("a pattern must not begin with an optional group")
    for a, b in zip(tokens, tokens[1:], strict=False):
        if isinstance(a, _Gap) and isinstance(b, _Gap):
            raise ValueError("two gaps in a row")
    return tokens


def _variants(text: str) -> list[str]:
    """``text`` and its traditional forms (OpenCC s2t, s2tw, s2hk), without repeats."""
    out = [text]
    for config in SCRIPT_CONFIGS:
        conv = str(converter(config).convert(text))
        if conv not in out:
            out.append(conv)
    return out


def _with_variants(tokens: list[_Lit | _Gap]) -> list[_Lit | _Gap]:
    out: list[_Lit | _Gap] = []
    for tok in tokens:
        if isinstance(tok, _Lit):
            alts = [v for alt in tok.alts for v in _variants(alt)]
            out.append(_Lit(tuple(dict.fromkeys(alts)), tok.optional))
        else:
            out.append(tok)
    return out


_GAP_CLASS = f"[^{re.escape(CLAUSE_BREAKS)}]"


def _compile(tokens: Sequence[_Lit | _Gap]) -> re.Pattern[str]:
    parts: list[str] = []
    for tok in tokens:
        if isinstance(tok, _Lit):
            alts = sorted(tok.alts, key=len, reverse=True)  # the longest alternative first
            parts.append(
                "(" + "|".join(re.escape(a) for a in alts) + ")" + ("?" if tok.optional else "")
            )
        else:
            parts.append(f"{_GAP_CLASS}{{{tok.lo},{tok.hi}}}?")
    return re.compile("".join(parts))


def _max_len(tokens: Sequence[_Lit | _Gap]) -> int:
    return sum(max(map(len, t.alts)) if isinstance(t, _Lit) else t.hi for t in tokens)


def _gates(tokens: Sequence[_Lit | _Gap]) -> list[int]:
    """The indices of the required literals a pattern is gated on.

    Every required literal of two or more characters; a pattern with none of them is gated on
    its longest required literal.  Single characters (对, 是, 称) would only add noise.
    """
    required = [i for i, t in enumerate(tokens) if isinstance(t, _Lit) and not t.optional]
    long = [i for i in required if min(map(len, tokens[i].alts)) >= 2]  # type: ignore[union-attr]
    return long or [max(required, key=lambda i: min(map(len, tokens[i].alts)))]  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A regular expression over both scripts, with what gates it and how far it can reach."""

    regex: re.Pattern[str]
    gates: tuple[tuple[str, ...], ...]  # each required literal's alternatives, every script
    gates_zh: tuple[tuple[str, ...], ...]  # the same as written (simplified)
    reach: int


def _alts(tok: _Lit | _Gap) -> tuple[str, ...]:
    assert isinstance(tok, _Lit)
    return tok.alts


def _compile_text(src: str, kind: str, explicit: Sequence[str] = ()) -> list[_Compiled]:
    """Compile a word or pattern (and explicit traditional forms) for matching in both scripts."""
    out = []
    for i, text in enumerate((src, *explicit)):
        if kind == "word":
            tokens: list[_Lit | _Gap] = [_Lit((text,))]
        else:
            tokens = parse_pattern(text)
        gates = _gates(tokens)
        written = tuple(_alts(tokens[g]) for g in gates)
        if i == 0:
            tokens = _with_variants(tokens)
        every = tuple(_alts(tokens[g]) for g in gates)
        out.append(_Compiled(_compile(tokens), every, written, _max_len(tokens)))
    return out


# ---- the codebook -----------------------------------------------------------------------------
@dataclass(slots=True)
class _Key:
    """What one Aho-Corasick key stands for."""

    length: int
    words: list[int] = field(default_factory=list)  # entry indices of word triggers
    gates: list[tuple[int, int]] = field(default_factory=list)  # (pattern index, its gate)


class Codebook:
    """Validated trigger entries, the CAMEO table, PLOVER types and cue lists, ready to match."""

    def __init__(
        self,
        entries: Sequence[TriggerEntry],
        cameo_table: Mapping[str, CameoCode],
        types: Mapping[str, PloverType],
        cues: Cues,
        sources: Sequence[str] = (),
    ) -> None:
        self.entries: tuple[TriggerEntry, ...] = tuple(entries)
        self.cameo_table = dict(cameo_table)
        self.types = dict(types)
        self.cues = cues
        self.sources = tuple(sources)
        self._by_id = {e.id: e for e in self.entries}
        self._build()

    # -- lookup ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[TriggerEntry]:
        return iter(self.entries)

    def entry(self, entry_id: str) -> TriggerEntry:
        return self._by_id[entry_id]

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code: name, Goldstein score, QuadClass and root.  KeyError if unknown."""
        try:
            return self.cameo_table[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def by_type(self) -> dict[str, list[TriggerEntry]]:
        out: dict[str, list[TriggerEntry]] = {t: [] for t in self.types}
        for e in self.entries:
            out[e.plover_type].append(e)
        return out

    def cameo_for(
        self, entry: TriggerEntry, *, status: str | None = None, place: str | None = None
    ) -> tuple[str, CameoCode]:
        """The (mode, CAMEO code) an entry takes given the event's status and where it happens.

        ``place`` is ``visit`` (in the target's country), ``host`` (in the source's) or ``third``
        (elsewhere); ``status`` one of planned/occurred/postponed/cancelled.  The refinements are
        the ``place_cameo`` and ``status_cameo`` tables of ``cues.json``; a status refinement
        (a postponed meeting → 161) wins over a place one.
        """
        mode, code = entry.plover_mode, entry.cameo
        if place is not None:
            key = f"{entry.plover_type}/{entry.plover_mode}"
            ref = self.cues.place_cameo.get(key, {}).get(place)
            if ref is not None:
                code = ref.cameo
                mode = ref.plover_mode or mode
        if status is not None:
            by_status = self.cues.status_cameo.get(entry.plover_type, {})
            if status in by_status:
                code = by_status[status]
        return mode, self.cameo(code)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        # Two automata (dashiji.wordscan): the simplified forms only, and every form; the full
        # one runs only on text that holds a traditional form's character.
        simp: dict[str, _Key] = {}
        full: dict[str, _Key] = {}

        def key(table: dict[str, _Key], text: str) -> _Key:
            k = table.get(text)
            if k is None:
                k = table[text] = _Key(len(text))
            return k

        self._patterns: list[tuple[int, _Compiled]] = []
        self._neg: list[list[tuple[re.Pattern[str], int]]] = []
        self._domains: list[tuple[str, ...]] = []
        self._own_domain: list[re.Pattern[str] | None] = []
        for idx, e in enumerate(self.entries):
            if e.kind == "word":
                key(simp, e.zh).words.append(idx)
                for form in dict.fromkeys(v for f in e.forms for v in _variants(f)):
                    key(full, form).words.append(idx)
            else:
                for i, comp in enumerate(_compile_text(e.zh, "pattern", e.zh_hant)):
                    self._patterns.append((idx, comp))
                    n = len(self._patterns) - 1
                    for g, alts in enumerate(comp.gates):
                        for alt in dict.fromkeys(alts):
                            key(full, alt).gates.append((n, g))
                    if i == 0:
                        for g, alts in enumerate(comp.gates_zh):
                            for alt in dict.fromkeys(alts):
                                key(simp, alt).gates.append((n, g))
            self._neg.append(_negative(e.negative_cues))
            named = [d[1:] for d in e.domain_exclusions if d.startswith("@")]
            # (an entry read by its source's kind: its own words veto the entry's reading only,
            # once the source is known - EventCoder, not here)
            own = [d for d in e.domain_exclusions if not d.startswith("@") and not e.by_source]
            self._domains.append(tuple(dict.fromkeys((*self.cues.veto_all, *named))))
            self._own_domain.append(_alternation(own) if own else None)
        self._domain_re = {name: _alternation(words) for name, words in self.cues.domains.items()}
        self._auto_simp = WordScanner(simp)
        self._auto_full = WordScanner(full)
        # a trigger word of two or three characters the segmentation cuts across is none
        # (两起诉讼: 两起 / 诉讼, no 起诉) unless the word it cuts is a trigger word itself
        self._word_forms = frozenset(text for text, k in full.items() if k.words)
        self._full_keys = full
        # no trigger word holds a clause break: a match never crosses one (nor does a pattern's,
        # which is looked for inside a clause), so a range cut at breaks can be matched alone
        words = [text for table in (simp, full) for text, k in table.items() if k.words]
        self._cut_safe = not any(ch in CLAUSE_BREAKS for text in words for ch in text)
        self._short_word = [
            e.kind == "word" and len(e.zh) <= STRADDLE_LONGEST for e in self.entries
        ]
        simp_chars = {ch for text in simp for ch in text}
        trad_chars = {ch for text in full for ch in text} - simp_chars
        self._trad_re = (
            re.compile("[" + re.escape("".join(sorted(trad_chars))) + "]") if trad_chars else None
        )
        kind_rank = {"word": 0, "pattern": 1}
        self._neg_priority = [-e.priority for e in self.entries]
        self._kind_rank = [kind_rank[e.kind] for e in self.entries]

    def literals(self, ids: Iterable[str]) -> frozenset[str] | None:
        """Literals a match of any of the entries ``ids`` holds one of: the forms of a word, the
        alternatives of the last gate of a pattern (in both scripts; a match holds one of each
        gate's); None when a pattern has no gate."""
        want = set(ids)
        idxs = {i for i, e in enumerate(self.entries) if e.id in want}
        out = {text for text, k in self._full_keys.items() if idxs.intersection(k.words)}
        out.update(self.entries[i].zh for i in idxs if self.entries[i].kind == "word")
        for idx, comp in self._patterns:
            if idx in idxs:
                if not comp.gates:
                    return None
                out.update(comp.gates[-1])
        return frozenset(out)

    # -- matching -------------------------------------------------------------------------------
    def match(self, text: str, *, keep_vetoed: bool = False) -> list[TriggerMatch]:
        """The triggers of ``text``, in text order, overlaps resolved.

        A candidate is dropped when one of its entry's negative cues overlaps it, when a word of
        a vetoing domain (``veto_all`` and the entry's ``domain_exclusions``) stands in its
        sentence, or when it is a word of two or three characters the segmentation cuts across
        (两起诉讼: 两起 / 诉讼, no 起诉; :func:`..segment.straddles`).  Of overlapping
        candidates the one with the higher ``priority`` wins, then the longer, then the word over
        the pattern, then the earlier.  With ``keep_vetoed`` the dropped
        candidates come back too, each with its ``veto`` reason.
        """
        return [TriggerMatch(*m) for m in self.match_tuples(text, keep_vetoed=keep_vetoed)]

    def match_tuples(
        self,
        text: str,
        *,
        keep_vetoed: bool = False,
        within: Sequence[tuple[int, int]] | None = None,
    ) -> list[_MatchTuple]:
        """:meth:`match`, each trigger as the tuple of its :class:`TriggerMatch` fields
        ``(start, end, entry, text, parts, veto)`` (cheaper to make).  With ``within`` (ranges
        of ``text``), at least the triggers inside those ranges, each as matching the whole text
        finds it: the ranges widen to the clause breaks around them (:func:`_cut_at_breaks`),
        and nothing across a break decides a match, a veto or an overlap there."""
        if not text:
            return []
        segs: list[tuple[int, int]] | None = None
        clause_breaks: list[int] | None = None
        if within is not None and self._cut_safe:
            clause_breaks = [m.start() for m in _CLAUSE_RE.finditer(text)]
            segs = _cut_at_breaks(within, clause_breaks, len(text))
            if not segs:
                return []
        seg_starts = [a for a, _ in segs] if segs is not None else []
        # A candidate is (start, end, entry index, literal parts).
        candidates: list[tuple[int, int, int, tuple[tuple[int, int], ...]]] = []
        trad = self._trad_re is not None and self._trad_re.search(text) is not None
        hit_keys: dict[int, tuple[_Key, list[tuple[int, int]]]] = {}
        auto = self._auto_full if trad else self._auto_simp
        found = [(e + 1, k) for e, k in auto.iter(text)]
        for end, k in found:
            start = end - k.length
            span = (start, end)
            if k.words and (segs is None or _inside(segs, seg_starts, start, end)):
                for idx in k.words:
                    candidates.append((start, end, idx, (span,)))
            if k.gates:  # (every gate's hits, in range or not: the rarest gate is the text's)
                seen_key = hit_keys.get(id(k))
                if seen_key is None:
                    hit_keys[id(k)] = (k, [span])
                else:
                    seen_key[1].append(span)
        if hit_keys:
            self._run_patterns(text, hit_keys.values(), candidates, segs, clause_breaks)
        if not candidates:
            return []
        entries = self.entries
        prio, kind = self._neg_priority, self._kind_rank
        candidates.sort(key=lambda c: (prio[c[2]], c[0] - c[1], kind[c[2]], c[0]))
        breaks = [m.start() for m in _SENTENCE_RE.finditer(text)]
        seen: dict[tuple[int, str], bool] = {}
        # Best first: a candidate overlapping one already chosen loses; one that does not is
        # chosen unless vetoed.  The same as vetoing all first, with fewer veto checks.
        chosen: list[_MatchTuple] = []
        dropped: list[_MatchTuple] = []
        taken: list[tuple[int, int, int]] = []  # (start, end, entry index), sorted by start
        for start, end, idx, parts in candidates:
            i = bisect_left(taken, (start, -1, -1))
            clash = None
            if i > 0 and taken[i - 1][1] > start:
                clash = taken[i - 1]
            elif i < len(taken) and taken[i][0] < end:
                clash = taken[i]
            if clash is not None and not keep_vetoed:
                continue
            reason = self._veto(text, start, end, idx, breaks, seen)
            if clash is None and reason is None:
                reason = self._straddled(text, start, end, idx)
            if clash is None and reason is None:
                taken.insert(i, (start, end, idx))
                chosen.append((start, end, entries[idx], text[start:end], parts, None))
            elif keep_vetoed:
                why = reason or f"overlap:{entries[clash[2]].id}"  # type: ignore[index]
                dropped.append((start, end, entries[idx], text[start:end], parts, why))
        out = chosen + dropped
        out.sort(key=_match_order)
        return out

    def _run_patterns(
        self,
        text: str,
        hit_keys: Iterable[tuple[_Key, list[tuple[int, int]]]],
        candidates: list[tuple[int, int, int, tuple[tuple[int, int], ...]]],
        segs: list[tuple[int, int]] | None = None,
        clause_breaks: list[int] | None = None,
    ) -> None:
        """Run the patterns whose gate literals all occur, in the clauses around their hits.

        A pattern stays inside one clause, so it is looked for only around the hits of its
        rarest gate literal, no further than it can reach; with ``segs`` (ranges cut at clause
        breaks), only in the windows inside them (a window, inside a clause, is inside a range
        or outside all).
        """
        found: dict[int, dict[int, list[tuple[int, int]]]] = {}
        for k, spans in hit_keys:
            for p, g in k.gates:
                gates = found.get(p)
                if gates is None:
                    gates = found[p] = {}
                gates[g] = gates[g] + spans if g in gates else spans
        patterns = self._patterns
        n = len(text)
        seg_starts = [a for a, _ in segs] if segs is not None else []
        for p, gates in found.items():
            idx, comp = patterns[p]
            if len(gates) < len(comp.gates):
                continue
            if clause_breaks is None:
                clause_breaks = [m.start() for m in _CLAUSE_RE.finditer(text)]
            hits = min(gates.values(), key=len) if len(gates) > 1 else next(iter(gates.values()))
            regex = comp.regex
            groups = range(1, regex.groups + 1)
            for lo, hi in _windows(hits, comp.reach, clause_breaks, n):
                if segs is not None and not _inside(segs, seg_starts, lo, hi):
                    continue
                for m in regex.finditer(text, lo, hi):
                    parts = tuple([(m.start(g), m.end(g)) for g in groups if m.start(g) >= 0])
                    candidates.append((m.start(), m.end(), idx, parts))

    def _veto(
        self,
        text: str,
        start: int,
        end: int,
        idx: int,
        breaks: list[int],
        seen: dict[tuple[int, str], bool],
    ) -> str | None:
        """Why the candidate ``text[start:end]`` of entry ``idx`` is vetoed, or None."""
        for regex, reach in self._neg[idx]:
            for m in regex.finditer(text, max(0, start - reach), min(len(text), end + reach)):
                # Literal cues sit in a lookahead group (every start is tried); patterns match.
                cs, ce = (m.start(1), m.end(1)) if m.start() == m.end() else (m.start(), m.end())
                if cs < end and ce > start:
                    return f"negative_cue:{text[cs:ce]}"
        i = bisect_right(breaks, start - 1)
        a = breaks[i - 1] + 1 if i > 0 else 0
        j = bisect_left(breaks, end)
        b = breaks[j] if j < len(breaks) else len(text)
        for name in self._domains[idx]:
            hit = seen.get((a, name))
            if hit is None:
                hit = seen[(a, name)] = self._domain_re[name].search(text, a, b) is not None
            if hit:
                return f"domain:{name}"
        own = self._own_domain[idx]
        if own is not None:
            word = own.search(text, a, b)
            if word:
                return f"domain:{word.group()}"
        return None

    def _straddled(self, text: str, start: int, end: int, idx: int) -> str | None:
        """``straddle:…`` when the candidate is a word of two or three characters the
        segmentation cuts across (asked only of a candidate nothing else vetoes or overlaps)."""
        if self._short_word[idx] and straddles(
            text, start, end, 0, len(text), self._word_forms.__contains__
        ):
            return f"straddle:{text[start:end]}"
        return None

    # -- cues -----------------------------------------------------------------------------------
    def cues_around(
        self,
        text: str,
        start: int,
        end: int,
        parts: Sequence[tuple[int, int]] | None = None,
        categories: Sequence[str] = ("status", "modality", "question"),
    ) -> list[CueHit]:
        """The status, modality and question cues that bear on the trigger ``text[start:end]``.

        A cue counts when it stands in the trigger's clause (or sentence, for ``scope:
        sentence`` groups), on the group's side of the trigger (``before``, ``after``,
        ``around``) within its ``window`` of characters, or inside a gap of a pattern trigger;
        a cue that overlaps an ``exclude`` word of its group or a literal part of the trigger
        (不再 in 不再…斡旋) does not count.
        """
        parts = tuple(parts) if parts else ((start, end),)
        hits: list[CueHit] = []
        bounds = {
            "clause": _bounds(text, start, end, _CLAUSE_RE),
            "sentence": _bounds(text, start, end, _SENTENCE_RE),
        }
        for g in self.cues.groups:
            if g.category not in categories:
                continue
            a, b = bounds[g.scope]
            excluded = (
                [(m.start(), m.end()) for m in g.exclude_regex.finditer(text, a, b)]
                if g.exclude_regex
                else []
            )
            for m in g.regex.finditer(text, a, b):
                cs, ce = m.start(), m.end()
                if any(cs < pe and ce > ps for ps, pe in parts):
                    continue
                if any(cs < xe and ce > xs for xs, xe in excluded):
                    continue
                inside = start <= cs and ce <= end
                before = ce <= start and (
                    start - ce <= g.window or opens_sentence(g, m.group(), text, a, cs)
                )
                after = cs >= end and cs - end <= g.window
                ok = inside or (
                    (before and g.where in ("before", "around"))
                    or (after and g.where in ("after", "around"))
                )
                if ok:
                    hits.append(CueHit(g.category, g.label, cs, ce, m.group()))
        hits.sort(key=lambda h: (h.start, h.category))
        return hits


def opens_sentence(g: CueGroup, word: str, text: str, a: int, cs: int) -> bool:
    """Does the cue ``word`` at ``text[cs:]`` open its sentence (from ``a``), one of the words of
    ``g`` that bear on every trigger after them there (据报道，…，并要求…: all of it is told)?"""
    return word in g.opens and not text[a:cs].strip(_OPENING_MARKS)


_MatchTuple = tuple[int, int, TriggerEntry, str, tuple[tuple[int, int], ...], str | None]


def _match_order(m: _MatchTuple) -> tuple[int, int, bool]:
    return (m[0], m[1], m[5] is not None)


def _windows(
    hits: list[tuple[int, int]], reach: int, breaks: list[int], n: int
) -> list[tuple[int, int]]:
    """Merged search windows: each hit widened by ``reach``, cut at the clause around it."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(hits) if len(hits) > 1 else hits:
        a, b = _clause_around(s, e, breaks, n)
        _add_merged(out, s - reach if s - reach > a else a, e + reach if e + reach < b else b)
    return out


def _cut_at_breaks(
    ranges: Sequence[tuple[int, int]], breaks: list[int], n: int
) -> list[tuple[int, int]]:
    """``ranges`` widened to the clause breaks around them (``breaks``: their positions): each
    starts right after a break (or at 0) and ends at one (or at ``n``); sorted, merged."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        _add_merged(out, *_clause_around(a, b, breaks, n))
    return out


def _clause_around(s: int, e: int, breaks: list[int], n: int) -> tuple[int, int]:
    """The clause holding ``[s, e)`` (``e >= s``): from right after the break before ``s`` (or
    0) to the first break at or after ``e`` (or ``n``)."""
    i = bisect_left(breaks, s)
    j = bisect_left(breaks, e, i)
    return (breaks[i - 1] + 1 if i > 0 else 0), (breaks[j] if j < len(breaks) else n)


def _add_merged(out: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Append ``[lo, hi)`` to the sorted ranges ``out``, merged into the last one it meets."""
    if out and lo <= out[-1][1]:
        if hi > out[-1][1]:
            out[-1] = (out[-1][0], hi)
    else:
        out.append((lo, hi))


def _inside(segs: list[tuple[int, int]], seg_starts: list[int], start: int, end: int) -> bool:
    """Is ``[start, end)`` inside one of the sorted, disjoint ranges ``segs``?"""
    i = bisect_right(seg_starts, start) - 1
    return i >= 0 and end <= segs[i][1]


def _bounds(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    a = start
    while a > 0 and not breaks.match(text, a - 1):
        a -= 1
    m = breaks.search(text, end)
    return a, (m.start() if m else len(text))


def _negative(cues: Sequence[str]) -> list[tuple[re.Pattern[str], int]]:
    """An entry's negative cues as (regex, reach): the literal ones in one lookahead regex."""
    words = [c for c in cues if _kind_of(c) == "word"]
    out: list[tuple[re.Pattern[str], int]] = []
    if words:
        forms = sorted(dict.fromkeys(v for w in words for v in _variants(w)), key=len, reverse=True)
        alternation = "|".join(re.escape(f) for f in forms)
        out.append((re.compile(f"(?=({alternation}))"), max(map(len, forms))))
    for cue in cues:
        if _kind_of(cue) == "pattern":
            out.extend((c.regex, c.reach) for c in _compile_text(cue, "pattern"))
    return out


def _kind_of(text: str) -> str:
    return "pattern" if SPECIAL & set(text) else "word"


# ---- loading ----------------------------------------------------------------------------------
_CACHE: dict[tuple[Any, ...], Codebook] = {}


def data_dir() -> Path:
    """Where the packaged codebook lives (``dashiji/data/events``)."""
    return Path(str(resources.files("dashiji") / "data" / "events"))


def load_codebook(paths: Sequence[Path | str] | None = None, *, cache: bool = True) -> Codebook:
    """The packaged codebook, extended by the user's trigger files ``paths`` (same schema).

    A user entry whose id is already known is merged over it field by field (``"replace": true``
    replaces it whole; ``"disabled": true`` removes it); a new id adds an entry.
    """
    root = data_dir()
    packaged = [
        root / "cameo.tsv",
        root / "plover.json",
        root / "cues.json",
        root / "triggers.jsonl",
    ]
    extra = [Path(p) for p in (paths or ())]
    key = tuple(_stamp(p) for p in (*packaged, *extra))
    if cache and key in _CACHE:
        return _CACHE[key]
    cameo_table = _read_cameo(packaged[0])
    types = _read_types(packaged[1], cameo_table)
    cues = _read_cues(packaged[2], cameo_table, types)
    merged: dict[str, tuple[dict[str, Any], str, int]] = {}
    _merge_layer(merged, list(_read_jsonl(packaged[3])), override=False)
    for path in extra:
        _merge_layer(merged, list(_read_jsonl(path)), override=True)
    entries = [
        _entry(rec, path, line, cameo_table, types, cues)
        for rec, path, line in merged.values()
        if not rec.get("disabled")
    ]
    _check_unique_words(entries)
    book = Codebook(entries, cameo_table, types, cues, [str(p) for p in (*packaged, *extra)])
    if cache:
        _CACHE[key] = book
        SHARED.add(book._auto_simp)  # one pass per article with the other tables
    return book


def _stamp(path: Path) -> tuple[str, int, int]:
    return file_stamp(path, CodebookError)


def _read_text(path: Path) -> str:
    return read_text(path, CodebookError)


# -- cameo.tsv ----------------------------------------------------------------------------------
def _read_cameo(path: Path) -> dict[str, CameoCode]:
    name = str(path)
    lines = _read_text(path).splitlines()
    table: dict[str, CameoCode] = {}
    header_seen = False
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = next(csv.reader([line], delimiter="\t"))
        if not header_seen:
            if row != ["code", "root", "quad_class", "goldstein", "name"]:
                raise CodebookError(
                    "header must be: code root quad_class goldstein name", name, lineno
                )
            header_seen = True
            continue
        if len(row) != 5:
            raise CodebookError(f"expected 5 tab-separated columns, found {len(row)}", name, lineno)
        code, root, quad, gold, desc = row
        if not re.fullmatch(r"\d{2,4}", code):
            raise CodebookError(f"bad CAMEO code {code!r}", name, lineno)
        if root != code[:2]:
            raise CodebookError(
                f"root {root!r} is not the first two digits of {code}", name, lineno
            )
        try:
            quad_class, goldstein = int(quad), float(gold)
        except ValueError:
            raise CodebookError(
                "quad_class must be an integer, goldstein a number", name, lineno
            ) from None
        if quad_class != quad_class_of_root(root):
            raise CodebookError(
                f"{code}: quad_class {quad_class} breaks GDELT's rule for root {root} "
                f"({quad_class_of_root(root)})",
                name,
                lineno,
            )
        if not -10.0 <= goldstein <= 10.0:
            raise CodebookError(f"{code}: Goldstein score {goldstein} outside -10…10", name, lineno)
        if code in table:
            raise CodebookError(f"duplicate CAMEO code {code}", name, lineno)
        table[code] = CameoCode(code, desc, goldstein, quad_class, root)
    for code in table:
        for n in range(2, len(code)):
            if code[:n] not in table:
                raise CodebookError(f"{code}: its parent {code[:n]} is missing", name)
    return table


def quad_class_of_root(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"no CAMEO root {root!r}")
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


# -- plover.json --------------------------------------------------------------------------------
def _read_json(path: Path) -> tuple[Any, str]:
    text = _read_text(path)
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise CodebookError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", str(path), exc.lineno
        ) from None


def _read_types(path: Path, cameo_table: Mapping[str, CameoCode]) -> dict[str, PloverType]:
    data, text = _read_json(path)
    name = str(path)
    types = data.get("types") if isinstance(data, dict) else None
    if not isinstance(types, dict):
        raise CodebookError("expected an object with 'types'", name, 1)
    out: dict[str, PloverType] = {}
    for tname, spec in types.items():
        line = line_of(text, f'"{tname}"')
        if tname not in PLOVER_TYPES:
            raise CodebookError(f"unknown PLOVER type {tname!r}", name, line)
        if (
            not isinstance(spec, dict)
            or not isinstance(spec.get("modes"), dict)
            or not spec["modes"]
        ):
            raise CodebookError(f"{tname}: needs a non-empty 'modes' object", name, line)
        prefixes = spec.get("cameo")
        if not isinstance(prefixes, list) or not prefixes:
            raise CodebookError(f"{tname}: needs a non-empty 'cameo' list", name, line)
        for p in prefixes:
            if p not in cameo_table:
                raise CodebookError(f"{tname}: unknown CAMEO code {p!r}", name, line)
        out[tname] = PloverType(
            tname, str(spec.get("description", "")), tuple(prefixes), dict(spec["modes"])
        )
    missing = [t for t in PLOVER_TYPES if t not in out]
    if missing:
        raise CodebookError(f"PLOVER types missing: {missing}", name)
    return out


# -- cues.json ----------------------------------------------------------------------------------
def _read_cues(
    path: Path, cameo_table: Mapping[str, CameoCode], types: Mapping[str, PloverType]
) -> Cues:
    data, text = _read_json(path)
    name = str(path)
    if not isinstance(data, dict):
        raise CodebookError("expected an object", name, 1)

    def fail(message: str, needle: str | None = None) -> CodebookError:
        return CodebookError(message, name, line_of(text, needle) if needle else None)

    labels = {"status": STATUSES, "modality": MODALITIES, "question": ("question",)}
    groups: list[CueGroup] = []
    for category, allowed in labels.items():
        specs = data.get(category, [])
        if not isinstance(specs, list):
            raise fail(f"'{category}' must be a list of cue groups", f'"{category}"')
        for n, spec in enumerate(specs):
            where = f"{category}[{n}]"
            if not isinstance(spec, dict):
                raise fail(f"{where}: not an object", f'"{category}"')
            label = spec.get("label")
            needle = f'"label": "{label}"'
            if label not in allowed:
                raise fail(f"{where}: label {label!r} is not one of {list(allowed)}", needle)
            unknown = set(spec) - {"label", "where", "window", "scope", "words", "exclude", "opens"}
            if unknown:
                raise fail(f"{where}: unknown field(s) {sorted(unknown)}", needle)
            if spec.get("where") not in CUE_WHERE:
                raise fail(f"{where}: 'where' must be one of {list(CUE_WHERE)}", needle)
            scope = spec.get("scope", "clause")
            if scope not in CUE_SCOPES:
                raise fail(f"{where}: 'scope' must be one of {list(CUE_SCOPES)}", needle)
            window = spec.get("window")
            if not isinstance(window, int) or isinstance(window, bool) or window < 0:
                raise fail(f"{where}: 'window' must be a non-negative integer", needle)
            words = _str_list(spec.get("words"), f"{where}.words", fail, needle, nonempty=True)
            exclude = _str_list(spec.get("exclude", []), f"{where}.exclude", fail, needle)
            opens = _str_list(spec.get("opens", []), f"{where}.opens", fail, needle)
            if not set(opens) <= set(words):
                raise fail(f"{where}: 'opens' must hold words of the group", needle)
            groups.append(
                CueGroup(
                    category,
                    label,
                    spec["where"],
                    window,
                    scope,
                    tuple(words),
                    tuple(exclude),
                    _alternation(words),
                    _alternation(exclude) if exclude else None,
                    frozenset(opens),
                )  # fmt: skip
            )
    domains_raw = data.get("domains", {})
    if not isinstance(domains_raw, dict):
        raise fail("'domains' must be an object", '"domains"')
    domains = {
        d: tuple(_str_list(ws, f"domains.{d}", fail, f'"{d}"', nonempty=True))
        for d, ws in domains_raw.items()
    }
    veto_all = _str_list(data.get("veto_all", []), "veto_all", fail, '"veto_all"')
    for d in veto_all:
        if d not in domains:
            raise fail(f"veto_all names unknown domain {d!r}", '"veto_all"')
    status_cameo: dict[str, dict[str, str]] = {}
    for tname, table in (data.get("status_cameo") or {}).items():
        if tname not in types:
            raise fail(f"status_cameo: unknown PLOVER type {tname!r}", f'"{tname}"')
        for status, code in table.items():
            if status not in STATUSES:
                raise fail(f"status_cameo.{tname}: unknown status {status!r}", f'"{status}"')
            if code not in cameo_table:
                raise fail(
                    f"status_cameo.{tname}.{status}: unknown CAMEO code {code!r}", f'"{status}"'
                )
        status_cameo[tname] = dict(table)
    place_cameo: dict[str, dict[str, PlaceRefinement]] = {}
    for tm, table in (data.get("place_cameo") or {}).items():
        tname, _, mode = tm.partition("/")
        if tname not in types or mode not in types[tname].modes:
            raise fail(f"place_cameo: {tm!r} is not TYPE/mode of a known type and mode", f'"{tm}"')
        refs: dict[str, PlaceRefinement] = {}
        for place, ref in table.items():
            if place not in PLACES or not isinstance(ref, dict):
                raise fail(
                    f"place_cameo.{tm}: {place!r} is not one of {list(PLACES)}", f'"{place}"'
                )
            code, new_mode = ref.get("cameo"), ref.get("plover_mode")
            if (
                not isinstance(code, str)
                or code not in cameo_table
                or not types[tname].allows(code)
            ):
                raise fail(
                    f"place_cameo.{tm}.{place}: {code!r} is not a {tname} CAMEO code", f'"{place}"'
                )
            if new_mode is not None and new_mode not in types[tname].modes:
                raise fail(
                    f"place_cameo.{tm}.{place}: unknown {tname} mode {new_mode!r}", f'"{place}"'
                )
            refs[place] = PlaceRefinement(code, new_mode)
        place_cameo[tm] = refs
    derived: list[DerivedRule] = []
    for n, rule in enumerate(data.get("derived") or []):
        when, also = rule.get("when", {}), rule.get("also", {})
        t1, t2 = when.get("plover_type"), also.get("plover_type")
        mode, code = also.get("plover_mode"), also.get("cameo")
        if t1 not in types or t2 not in types or mode not in types[t2].modes:
            raise fail(f"derived[{n}]: unknown PLOVER type or mode", '"derived"')
        if code not in cameo_table or not types[t2].allows(code):
            raise fail(f"derived[{n}]: {code!r} is not a {t2} CAMEO code", '"derived"')
        if when.get("status") is not None and when["status"] not in STATUSES:
            raise fail(f"derived[{n}]: unknown status {when['status']!r}", '"derived"')
        derived.append(
            DerivedRule(t1, when.get("status"), t2, mode, code, str(rule.get("note", "")))
        )
    return Cues(tuple(groups), domains, tuple(veto_all), status_cameo, place_cameo, tuple(derived))


def _str_list(value: Any, where: str, fail: Any, needle: str, nonempty: bool = False) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"{where} must be a list of non-empty strings", needle)
    if nonempty and not value:
        raise fail(f"{where} must not be empty", needle)
    return list(value)


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    forms = dict.fromkeys(v for w in words for v in _variants(w))
    return re.compile("|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)))


# -- triggers.jsonl -----------------------------------------------------------------------------
def _read_jsonl(path: Path) -> Iterable[tuple[dict[str, Any], str, int]]:
    """Each record of a trigger file with its file name and line number."""
    return read_records(path, CodebookError, "trigger", locate_ids=True)


def _merge_layer(
    merged: dict[str, tuple[dict[str, Any], str, int]],
    records: list[tuple[dict[str, Any], str, int]],
    override: bool,
) -> None:
    seen: dict[str, str] = {}
    for record, path, line in records:
        entry_id = record.get("id")
        if not isinstance(entry_id, str) or not entry_id.strip() or entry_id != entry_id.strip():
            raise CodebookError("missing, empty or padded 'id'", path, line)
        if entry_id in seen:
            raise CodebookError(
                f"duplicate id {entry_id!r} (first at {seen[entry_id]})", path, line
            )
        seen[entry_id] = f"{path}:{line}"
        unknown = set(record) - TRIGGER_FIELDS
        if unknown:
            raise CodebookError(f"{entry_id}: unknown field(s) {sorted(unknown)}", path, line)
        if entry_id in merged and override and not record.get("replace"):
            merged[entry_id] = ({**merged[entry_id][0], **record}, path, line)
        else:
            merged[entry_id] = (dict(record), path, line)


def _entry(
    rec: dict[str, Any],
    path: str,
    line: int,
    cameo_table: Mapping[str, CameoCode],
    types: Mapping[str, PloverType],
    cues: Cues,
) -> TriggerEntry:
    eid = rec["id"]

    def fail(message: str) -> CodebookError:
        return CodebookError(f"{eid}: {message}", path, line)

    zh = rec.get("zh")
    if not isinstance(zh, str) or not zh.strip() or zh != zh.strip():
        raise fail("'zh' must be a non-empty string without surrounding white space")
    kind = rec.get("kind", "word")
    if kind not in KINDS:
        raise fail(f"kind {kind!r} is not one of {list(KINDS)}")
    hant_raw = rec.get("zh_hant", [])
    hant_list = [hant_raw] if isinstance(hant_raw, str) else hant_raw
    if not isinstance(hant_list, list) or not all(isinstance(h, str) and h for h in hant_list):
        raise fail("'zh_hant' must be a string or a list of strings")
    for text in (zh, *hant_list):
        if kind == "word":
            if SPECIAL & set(text):
                raise fail(f'word {text!r} holds pattern syntax: set "kind": "pattern"')
        else:
            try:
                parse_pattern(text)
            except ValueError as exc:
                raise fail(f"bad pattern {text!r}: {exc}") from None
    ptype = rec.get("plover_type")
    if not isinstance(ptype, str) or ptype not in types:
        raise fail(f"unknown PLOVER type {ptype!r} (known: {', '.join(PLOVER_TYPES)})")
    mode = rec.get("plover_mode")
    if not isinstance(mode, str) or mode not in types[ptype].modes:
        raise fail(f"unknown {ptype} mode {mode!r} (known: {', '.join(types[ptype].modes)})")
    code = rec.get("cameo")
    if not isinstance(code, str) or code not in cameo_table:
        raise fail(f"unknown CAMEO code {code!r}")
    if not types[ptype].allows(code):
        allowed = ", ".join(types[ptype].cameo_prefixes)
        raise fail(f"CAMEO {code} is not a {ptype} code (allowed: {allowed}…)")
    cc = cameo_table[code]
    if "goldstein" in rec and rec["goldstein"] != cc.goldstein:
        raise fail(
            f"goldstein {rec['goldstein']} differs from the table's {cc.goldstein} for {code}"
        )
    if "quad_class" in rec and rec["quad_class"] != cc.quad_class:
        raise fail(
            f"quad_class {rec['quad_class']} differs from the table's {cc.quad_class} for {code}"
        )
    symmetric = rec.get("symmetric", False)
    if not isinstance(symmetric, bool):
        raise fail("'symmetric' must be true or false")
    roles = rec.get("roles", {})
    if not isinstance(roles, dict) or set(roles) - {"source", "target"}:
        raise fail("'roles' must be an object with 'source' and/or 'target'")
    role_lists: dict[str, tuple[str, ...]] = {}
    for side, default in (("source", DEFAULT_SOURCE_ROLES), ("target", DEFAULT_TARGET_ROLES)):
        value = roles.get(side, list(default))
        if not isinstance(value, list) or not value:
            raise fail(f"roles.{side} must be a non-empty list")
        for r in value:
            if not isinstance(r, str) or not (r in ROLE_WORDS or re.fullmatch(r"=[A-Z]{3,4}", r)):
                raise fail(f"roles.{side}: {r!r} is not one of {list(ROLE_WORDS)} or =CODE")
        role_lists[side] = tuple(value)
    neg = rec.get("negative_cues", [])
    if not isinstance(neg, list) or not all(isinstance(c, str) and c for c in neg):
        raise fail("'negative_cues' must be a list of strings")
    for cue in neg:
        if _kind_of(cue) == "pattern":
            try:
                parse_pattern(cue)
            except ValueError as exc:
                raise fail(f"bad negative cue {cue!r}: {exc}") from None
    dom = rec.get("domain_exclusions", [])
    if not isinstance(dom, list) or not all(isinstance(c, str) and c for c in dom):
        raise fail("'domain_exclusions' must be a list of strings")
    for d in dom:
        if d.startswith("@") and d[1:] not in cues.domains:
            raise fail(f"domain_exclusions: unknown domain {d!r} (known: {sorted(cues.domains)})")
    status = rec.get("status_hint")
    if status is not None and status not in STATUSES:
        raise fail(f"status_hint {status!r} is not one of {list(STATUSES)}")
    priority = rec.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise fail("'priority' must be an integer")
    note = rec.get("note", "")
    if not isinstance(note, str):
        raise fail("'note' must be a string")
    by_source = _by_source(rec, fail, path, line, cameo_table, types, cues)
    if kind == "word":
        generated = [v for v in _variants(zh)[1:]]
    else:
        generated = []  # a pattern's traditional forms live inside its compiled alternatives
    hant = tuple(dict.fromkeys(h for h in (*generated, *hant_list) if h != zh))
    return TriggerEntry(
        id=eid,
        zh=zh,
        kind=kind,
        plover_type=ptype,
        plover_mode=mode,
        cameo=code,
        goldstein=cc.goldstein,
        quad_class=cc.quad_class,
        zh_hant=hant,
        symmetric=symmetric,
        source_roles=role_lists["source"],
        target_roles=role_lists["target"],
        negative_cues=tuple(neg),
        domain_exclusions=tuple(dom),
        status_hint=status,
        priority=priority,
        note=note,
        source=f"{path}:{line}",
        by_source=by_source,
    )


def _by_source(
    rec: dict[str, Any],
    fail: Any,
    path: str,
    line: int,
    cameo_table: Mapping[str, CameoCode],
    types: Mapping[str, PloverType],
    cues: Cues,
) -> tuple[tuple[str, TriggerEntry], ...]:
    """The readings of ``by_source``: ``{"JUD": {"plover_type": …, "plover_mode": …, "cameo": …,
    "target_kinds": [...]}}``, each checked as an entry of its own (``id@JUD``)."""
    spec = rec.get("by_source", {})
    if not isinstance(spec, dict):
        raise fail("'by_source' must map actor kinds (JUD, GOV…) to readings")
    out: list[tuple[str, TriggerEntry]] = []
    for kind, reading in spec.items():
        if not _ACTOR_KIND_RE.fullmatch(kind):
            raise fail(f"by_source: {kind!r} is not an actor kind (three capitals: JUD, GOV…)")
        if not isinstance(reading, dict) or set(reading) - BY_SOURCE_FIELDS:
            raise fail(f"by_source.{kind} must be an object of {sorted(BY_SOURCE_FIELDS)}")
        wanted = reading.get("target_kinds", [])
        if not isinstance(wanted, list) or not all(
            isinstance(k, str) and _ACTOR_KIND_RE.fullmatch(k) for k in wanted
        ):
            raise fail(f"by_source.{kind}.target_kinds must be a list of actor kinds")
        sub = {k: v for k, v in rec.items() if k not in ("by_source", "goldstein", "quad_class")}
        sub.update({k: v for k, v in reading.items() if k != "target_kinds"})
        sub["id"] = f"{rec['id']}@{kind}"
        sub["domain_exclusions"] = []  # (the words that veto the entry veto its own reading)
        entry = _entry(sub, path, line, cameo_table, types, cues)
        out.append((kind, replace(entry, target_kinds=tuple(wanted))))
    return tuple(out)


def _check_unique_words(entries: Sequence[TriggerEntry]) -> None:
    owner: dict[str, str] = {}
    for e in entries:
        if e.kind != "word":
            continue
        if e.zh in owner:
            path, _, line = e.source.rpartition(":")
            raise CodebookError(
                f"{e.id}: the word {e.zh!r} is already the trigger of {owner[e.zh]!r}",
                path,
                int(line),
            )
        owner[e.zh] = e.id
