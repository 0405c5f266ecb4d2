"""Within-article merging: two mentions of one event become one event with two mentions.

Mentions are taken in document order.  A mention joins an earlier event when

* the PLOVER type is the same and the modes name the same kind of happening (``mode_groups`` of
  ``coder.json``: a summit, a meeting and a visit are one group; a phone call is another);
* the actors agree: the countries of one are a subset of the other's, the named people of one
  are a subset of the other's (鲁比奥–拉夫罗夫 is not 特朗普–普京 though both are USA–RUS), and
  a directed event keeps its direction (a source of one is not the other's target only);
* the dates agree (equal, one a part of the other, or one unknown) — but an event told in full
  with a date of its own does not join an undated event that has already taken place;
* the places agree (the same place, or a place inside the other's country), and so do stated
  amounts of the same kind in different sentences (a 30-day and a 30-hour ceasefire are two);
* the statuses agree, or the mention updates the event: a meeting planned earlier and reported
  postponed or cancelled later (布达佩斯峰会筹备受阻 → the summit planned two sentences before is
  postponed).  Only a planned event can be postponed or cancelled; a hypothetical or negated
  mention never changes an event's status;
* a negated mention joins only a negated event, and an asserted one never a negated event.

A mention without actors of its own joins an event only by place (布达佩斯峰会 → the summit in
Budapest) or, if it updates a status, the latest planned event of its kind.  Of several events a
mention fits, the one with the same place wins, then the latest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .actors import Who
from .codebook import TriggerEntry
from .lexicon import Lexicon
from .model import Mention
from .status import Modality, Status

UPDATES = ("postponed", "cancelled")
OPEN = ("planned", "postponed", "cancelled")


@dataclass(slots=True)
class Proto:
    """One mention's worth of coding, before merging."""

    entry: TriggerEntry
    sentence_index: int
    sources: list[Who] = field(default_factory=list)
    targets: list[Who] = field(default_factory=list)
    parties: list[Who] = field(default_factory=list)
    date: str | None = None
    precision: str | None = None
    date_text: str | None = None
    status: Status = field(default_factory=lambda: Status("occurred", False))
    modality: Modality = field(default_factory=lambda: Modality("asserted"))
    place: Who | None = None
    quantities: list[dict[str, Any]] = field(default_factory=list)
    mention: Mention | None = None
    sentence: str = ""
    quote: tuple[int, int] = (0, 0)
    trigger: str = ""
    part: str = "body"
    confidence: float = 0.5
    merge_only: bool = False  # a belief or wish: may join an event, never makes one
    borrowed: int = 0
    discourse: bool = False
    own_clause: bool = False
    mode: str | None = None  # for derived events whose mode differs from the entry's
    at: int = 0  # the trigger's start in the analysis view
    gap: bool = False  # a pattern trigger with a gap between its words

    @property
    def complete_own(self) -> bool:
        """Dated in its own clause, with its actors: an event told in full."""
        return self.own_clause and bool(self.date_text) and not self.discourse

    unilateral: bool = False  # a symmetric trigger with one side only (普京宣布临时停火)
    settled: bool = False  # may lend its actors to later sentences (set by the coder)

    @property
    def type(self) -> str:
        return self.entry.plover_type

    @property
    def symmetric(self) -> bool:
        return self.entry.symmetric and not self.unilateral

    @property
    def actors(self) -> list[Who]:
        return [*self.sources, *self.targets, *self.parties]

    @property
    def countries(self) -> set[str]:
        return {w.country for w in self.actors if w.country}

    @property
    def persons(self) -> set[str]:
        return {w.kb_id for w in self.actors if w.person and w.kb_id}

    def complete(self, monadic: frozenset[str]) -> bool:
        """Enough actors to stand as an event of its own."""
        if self.type in monadic:
            return bool(self.actors)
        if self.symmetric:
            return _two_sides(self.parties)
        return bool(self.sources) and bool(self.targets)


def _two_sides(parties: list[Who]) -> bool:
    """Two sides: two countries, or two actors of one country of whom neither is the country
    itself (普京与莫迪会谈 — but not 美国 and 美国政府)."""
    if len({w.country for w in parties if w.country}) >= 2:
        return True
    own = [w for w in parties if not (w.type == "GPE" and w.kb_id == w.country)]
    return len({w.key for w in own}) >= 2 and len(own) == len(parties)


@dataclass(slots=True)
class Cluster:
    protos: list[Proto]
    status: Status
    date: str | None
    precision: str | None
    date_text: str | None

    @property
    def primary(self) -> Proto:
        return self.protos[0]


def mode_group(p: Proto, lex: Lexicon) -> tuple[str, Any]:
    mode = p.mode or p.entry.plover_mode
    groups = lex.mode_groups.get(p.type)
    if groups and mode in groups:
        return p.type, groups[mode]
    return p.type, mode


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _amounts_agree(a: Proto, b: Proto) -> bool:
    """Stated amounts of the same kind must share a value: a 30-day and a 30-hour ceasefire
    are two ceasefires."""
    if not a.quantities or not b.quantities:
        return True
    ka: dict[str, set[Any]] = {}
    kb: dict[str, set[Any]] = {}
    for qs, out in ((a.quantities, ka), (b.quantities, kb)):
        for q in qs:
            if q.get("value") is not None:
                out.setdefault(q["kind"], set()).add(q["value"])
    return all(not (ka[k] and kb[k]) or bool(ka[k] & kb[k]) for k in ka.keys() & kb.keys())


def _statuses_agree(cs: Status, p: Proto) -> bool:
    ps = p.status
    if p.modality.value == "hypothetical":
        return True
    if ps.value in UPDATES and ps.explicit:
        return cs.value in OPEN
    if not (ps.explicit and cs.explicit):
        return True
    return ps.value == cs.value


def merge(protos: list[Proto], lex: Lexicon) -> list[Cluster]:
    """Group mentions into events (see the module docstring); incomplete mentions that fit no
    event are dropped."""
    clusters: list[Cluster] = []
    of_kind: dict[tuple[str, Any], list[int]] = {}  # kind → its clusters, oldest first
    known: list[_Known] = []
    for p in protos:
        best = -1
        kind = mode_group(p, lex)
        mine = _Mine(p)
        same = of_kind.get(kind)
        if same:
            for i in reversed(same):
                k = known[i]
                if not _fits(clusters[i], k, p, mine):
                    continue
                if best < 0:
                    best = i
                if p.place is not None and p.place.kb_id and p.place.kb_id == k.place_id:
                    best = i
                    break
        if best < 0:
            if not p.merge_only and p.complete(lex.monadic_types):
                of_kind.setdefault(kind, []).append(len(clusters))
                clusters.append(Cluster([p], p.status, p.date, p.precision, p.date_text))
                known.append(_Known(p, mine))
            continue
        _absorb(clusters[best], p)
        known[best].add(p, mine)
    return clusters


class _Mine:
    """A mention's countries and people, found once."""

    __slots__ = ("countries", "persons")

    def __init__(self, p: Proto) -> None:
        countries: set[str] = set()
        persons: set[str] = set()
        for side in (p.sources, p.targets, p.parties):
            for w in side:
                if w.country:
                    countries.add(w.country)
                if w.kb_id and w.type == "PER":  # Who.person
                    persons.add(w.kb_id)
        self.countries = countries
        self.persons = persons


class _Known:
    """What :func:`_fits` reads of a cluster, kept up to date as mentions join it: the countries
    of its mentions (those of non-hypothetical mentions, else the first mention's), its first
    place and place id, and its first mention's people and sides."""

    __slots__ = ("nonhypo", "first_countries", "place", "place_id", "persons", "src", "tgt")

    def __init__(self, p: Proto, mine: _Mine) -> None:
        self.first_countries = mine.countries
        self.nonhypo: set[str] = set()
        self.place: Who | None = None
        self.place_id: str | None = None
        self.persons = mine.persons
        self.src = {w.country for w in p.sources if w.country}
        self.tgt = {w.country for w in p.targets if w.country}
        self.add(p, mine)

    def add(self, p: Proto, mine: _Mine) -> None:
        if p.modality.value not in ("hypothetical",):
            self.nonhypo |= mine.countries
        if p.place is not None:
            if self.place is None:
                self.place = p.place
            if self.place_id is None and p.place.kb_id:
                self.place_id = p.place.kb_id

    @property
    def countries(self) -> set[str]:
        return self.nonhypo or self.first_countries


def _fits(c: Cluster, k: _Known, p: Proto, mine: _Mine) -> bool:
    """Can mention ``p`` (of the cluster's kind, ``mode_group``) join cluster ``c``?

    Same negation, agreeing dates, amounts and places (the same place, or a place inside the
    other's country), compatible countries, people and sides, and statuses that agree."""
    first = c.primary
    neg_c, neg_p = first.modality.value == "negated", p.modality.value == "negated"
    if neg_c != neg_p:
        return False
    if not _dates_agree(c.date, p.date):
        return False
    same_sentence = first.sentence_index == p.sentence_index
    if not (same_sentence or _amounts_agree(first, p)):
        return False  # one sentence may break an amount down (50%, 其中的25%)
    cp, pp = k.place, p.place
    if cp is not None and pp is not None and not (cp.kb_id and pp.kb_id and cp.kb_id == pp.kb_id):
        big = {cp.kb_id, pp.kb_id}
        if not (cp.country and cp.country == pp.country and (cp.country in big)):
            return False  # two places: the same one, or one inside the other's country
    if p.date and c.date is None and p.complete_own and first.status.value not in OPEN:
        return False  # a dated event of its own is not the undated one told before
    pc = mine.countries
    if not pc:
        if p.place is not None and p.place.kb_id and p.place.kb_id == k.place_id:
            pass
        elif p.status.value in UPDATES and p.status.explicit and c.status.value in OPEN:
            pass
        else:
            return False
    else:
        cc = k.countries
        if not (pc <= cc or cc <= pc):
            return False
        ppl, cpl = mine.persons, k.persons
        if ppl and cpl and not (ppl <= cpl or cpl <= ppl):
            return False
        if not first.symmetric:
            cs = k.src
            if cs:
                ps = {w.country for w in p.sources if w.country}
                if ps and not (ps & cs):
                    return False
            ct = k.tgt
            if ct:
                pt = {w.country for w in p.targets if w.country}
                if pt and not (pt & ct):
                    return False
    return _statuses_agree(c.status, p)


def _absorb(c: Cluster, p: Proto) -> None:
    c.protos.append(p)
    if p.modality.value in ("hypothetical", "negated"):
        return
    ps = p.status
    if ps.explicit and (not c.status.explicit or (ps.value in UPDATES and c.status.value in OPEN)):
        c.status = ps
    if c.date is None and p.date is not None:
        c.date, c.precision, c.date_text = p.date, p.precision, p.date_text
