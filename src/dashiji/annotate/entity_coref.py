"""Simple coreference: pronouns and pair words pointing back to actors named before them.

* 他 / 她 → the nearest person before it (within ``window_sentences`` sentences): an entity of
  source ``coref`` with ``refers_to`` = the index of that person's mention, and its KB id,
  name, country and CAMEO code.
* 两人 (people), 两国 (countries), 双方 (either) → the two actors named last: ``members`` = their
  KB ids (or names).  A pair word right after a run of country forms takes the run: 美俄双方 →
  USA, RUS; one right after a pair already read (普特会 … 两人, 两人 … 双方) takes that pair.
* 他们 / 她们 → the last set of actors named before it: a pair or plural already read (两人,
  双方, 普特, an earlier 他们) or people joined by 和/与/及/、 (特朗普和普京 … 他们): ``members``
  as for the pair words.  Countries joined by 和 are not taken (美国和日本的医生…他们).

A word is not a pronoun inside a blocking word (其他, 吉他…); the words are ``coreference`` in
``entity_rules.json``.  This is deliberately shallow: it takes the nearest candidates rather than
the syntactic subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from ..events.news_cues import cue_words
from ..normalize import AnalysisView, split_sentences
from .entity_lexicon import rules

if TYPE_CHECKING:
    from .entities import Entity

__all__ = ["bracketed_after_noun", "resolve_coreference"]


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, str], dict[str, str], re.Pattern[str], int]:
    c = rules()["coreference"]
    singular: dict[str, str] = dict(c["singular"])
    pair: dict[str, str] = dict(c["pair"])
    pair.update({w: "PLURAL" for w in c["plural"]["forms"]})
    words = sorted([*singular, *pair], key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    blocking = re.compile(
        "|".join(re.escape(w) for w in sorted(c["blocking"], key=len, reverse=True))
    )
    return pattern, singular, pair, blocking, int(c["window_sentences"])


@cache
def _other_sex_titles() -> dict[str, tuple[str, ...]]:
    """Each singular pronoun's words of the other sex - the events layer's own lists (news_cues
    he_only for 她: 丈夫, 先生…; she_only for 他), read by its anaphora alike."""
    return {"她": tuple(cue_words("he_only")), "他": tuple(cue_words("she_only"))}


def _of_other_sex(text: str, e: Entity, word: str) -> bool:
    """丈夫李某…她, 王先生…她: does the person ``e`` end with, or come right after, a kin word or a
    title of the other sex than the pronoun ``word`` (so it is no antecedent of it)?"""
    titles = _other_sex_titles().get(word)
    if not titles:
        return False
    return e.text.endswith(titles) or text.endswith(titles, max(0, e.start - 3), e.start)


def _key(e: Entity) -> str:
    return e.kb_id or e.name or e.text


def resolve_coreference(view: AnalysisView, ents: list[Entity], units_text: str) -> list[Entity]:
    """``ents`` (sorted, original offsets) with one coreference entity added per pronoun or pair
    word that finds its antecedents; the result is sorted by offset."""
    from .entities import Entity

    pattern, singular, pair, blocking, window = _compiled()
    v = units_text
    if not pattern.search(v):
        return ents
    blocked = bytearray(len(v))
    for m in blocking.finditer(v):
        blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    sent_starts: list[int] | None = None  # found when a pronoun first needs them
    ent_starts = [e.start for e in ents]  # ents are sorted by offset
    # reach[k]: the furthest end of ents[:k] (0 for none; a running max, as a loop would)
    reach = list(accumulate([e.end for e in ents], max, initial=0))
    found: list[tuple[int, int, str, Any]] = []
    for m in pattern.finditer(v):
        if blocked.find(1, m.start(), m.end()) >= 0:  # a character of a blocking word
            continue
        start, end = view.to_original(m.start()), view.to_original(m.end())
        if reach[bisect_left(ent_starts, end)] > start:
            continue  # an entity starting before ``end`` runs past ``start``: overlap
        # the earliest offset antecedents may come from
        if sent_starts is None:
            sent_starts = [view.to_original(a) for a, _ in split_sentences(v)]
        k = _sentence_index(sent_starts, start)
        floor = sent_starts[max(0, k - window + 1)] if sent_starts else 0
        lo, hi = bisect_left(ent_starts, floor), bisect_right(ent_starts, start)
        before = [i for i in range(lo, hi) if ents[i].end <= start]
        word = m.group()
        if word in singular:
            people = [i for i in before if ents[i].type == "PER" and ents[i].source != "coref"]
            if people and _of_other_sex(view.original, ents[people[-1]], word):
                people = [i for i in people if not _of_other_sex(view.original, ents[i], word)]
            if not people:
                continue
            i = people[-1]
            a = ents[i]
            found.append(
                (
                    start,
                    end,
                    word,
                    Entity(
                        view.original[start:end],
                        start,
                        end,
                        "PER",
                        a.kb_id,
                        a.name,
                        a.country,
                        a.cameo,
                        a.role,
                        "coref",
                        i,
                    ),
                )
            )
            continue
        want = pair[word]
        members: list[str] | None = None
        # 美俄双方: the country forms right before
        chain = _gpe_chain_before(ents, start)
        adjacent = [i for i in before if i in chain]
        prior = _set_before(ents, before, want, v, view)
        if want == "PLURAL":
            if prior is None:
                continue
            chosen, members = prior
        elif len(adjacent) >= 2:
            chosen = adjacent[-2:]
        elif prior is not None and prior[1] is not None and len(prior[1]) == 2:
            chosen, members = prior  # 普特会…两人
        else:
            chosen = []
            seen: set[str] = set()
            for i in reversed(before):
                e = ents[i]
                if e.source == "coref" or not _fits(e, want):
                    continue
                if e.type == "GPE" and bracketed_after_noun(
                    v, view.to_view(e.start), view.to_view(e.end), 0
                ):
                    continue  # 某某销售（郑州）有限公司: where the company sits, no party
                key = _key(e)
                if key in seen:
                    continue
                seen.add(key)
                chosen.insert(0, i)
                if len(chosen) == 2:
                    break
            if len(chosen) < 2:
                continue
        if members is None:
            members = [_member(ents[i]) for i in chosen]
        types = {ents[i].type for i in chosen}
        if want == "PLURAL":
            typ = types.pop() if len(types) == 1 else "GPE"
        else:
            typ = "PER" if types == {"PER"} else "GPE" if want != "PER" else "PER"
        countries = {ents[i].country for i in chosen}
        country = countries.pop() if len(countries) == 1 else None
        found.append(
            (
                start,
                end,
                word,
                Entity(
                    view.original[start:end],
                    start,
                    end,
                    typ,
                    None,
                    None,
                    country,
                    None,
                    None,
                    "coref",
                    None,
                    members,
                ),
            )
        )
    if not found:
        return ents
    # merge, then re-point refers_to at the final indices
    order = sorted(
        [(e.start, 0, k, e) for k, e in enumerate(ents)]
        + [(f[0], 1, k, f[3]) for k, f in enumerate(found)],
        key=lambda t: (t[0], t[1]),
    )
    new_index = {k: pos for pos, (_, tag, k, _) in enumerate(order) if tag == 0}
    out: list[Entity] = []
    for _, tag, _, e in order:
        if tag == 1 and e.refers_to is not None:
            e.refers_to = new_index[e.refers_to]
        out.append(e)
    return out


_AND = re.compile(r"\s*(?:和|与|與|及|以及|同|跟|、)\s*")


def _set_before(
    ents: list[Entity], before: list[int], want: str, v: str, view: AnalysisView
) -> tuple[list[int], list[str] | None] | None:
    """The last set of actors before a plural or pair word: an entity that already names a set
    (``members``: 两人, 双方, 普特) — its members — or a run of people joined by 和/与/及/、
    (indices, members None).  For a pair word only the nearest fitting actor is looked at."""
    for pos in range(len(before) - 1, -1, -1):
        i = before[pos]
        e = ents[i]
        if e.members:
            if want in ("PLURAL", "ANY") or (want == "PER") == (e.type == "PER"):
                return [i], list(e.members)
            return None
        if e.source == "coref" or e.type == "LOC" or _bloc(e):
            continue
        if want != "PLURAL":
            if not _fits(e, want):
                continue
            return None  # a single actor is nearer than any set
        if e.type != "PER":
            if pos > 0 and _joined(ents[before[pos - 1]], e, v, view):
                return None  # 美国和日本的医生…他们: the nearest set is not one of people
            continue
        group = [i]
        for j in reversed(before[:pos]):
            a = ents[j]
            if a.source == "coref" or a.type != "PER" or a.members:
                break
            if not _joined(a, ents[group[0]], v, view):
                break
            group.insert(0, j)
        if len(group) >= 2:
            return group, None
    return None


def _joined(a: Entity, b: Entity, v: str, view: AnalysisView) -> bool:
    """``a`` and ``b`` are joined by 和/与/及/、 (nothing else between them)."""
    return a.end <= b.start and bool(_AND.fullmatch(v[view.to_view(a.end) : view.to_view(b.start)]))


def _member(e: Entity) -> str:
    if e.type == "GPE" and e.country and (e.kb_id is None or e.kb_id == e.country):
        return e.country
    return e.kb_id or e.name or e.text


def bracketed_after_noun(text: str, a: int, b: int, lo: int) -> bool:
    """Is the place ``text[a:b]`` alone in a bracket opened right after a noun (某车展（上海）,
    某某贸易（广州）有限公司)?  It qualifies that noun - where the show is, where the
    company sits - and is no party (of a pair word here, of an event in ``events.actors``)."""
    return _BRACKET_AFTER_NOUN.match(text, max(lo, a - 2), a) is not None and (
        _BRACKET_CLOSE.match(text, b) is not None
    )


_BRACKET_AFTER_NOUN = re.compile(r"[\u4e00-\u9fff][（(]")
_BRACKET_CLOSE = re.compile(r"[）)]")


def _fits(e: Entity, want: str) -> bool:
    if want == "PER":
        return e.type == "PER"
    if want == "GPE":
        return e.type == "GPE" and e.role is None and not _bloc(e)
    return e.type in ("PER", "GPE", "ORG") and not _bloc(e)


def _bloc(e: Entity) -> bool:
    """西方, 亚洲: a region, not a party to a pair (美欧双方 is taken as a run)."""
    return e.type == "GPE" and e.cameo is not None and e.cameo in _BLOC_CODES


_BLOC_CODES = frozenset(
    "EUR WST MEA AFR ASA LAM NMR SAM SEA SAS CAS CAU BLK PGS EEU CRB SCN NAF WAF EAF".split()
)


def _gpe_chain_before(ents: list[Entity], start: int) -> set[int]:
    """The indices of the chain of GPE mentions ending right at ``start`` (美俄 in 美俄双方):
    those ``i`` for which :func:`_run_before` holds, found in one walk."""
    chain: set[int] = set()
    pos = start
    for j in range(len(ents) - 1, -1, -1):
        e = ents[j]
        if e.end > pos:
            continue
        if e.end != pos or e.type != "GPE":
            break
        chain.add(j)
        pos = e.start
    return chain


def _run_before(ents: list[Entity], i: int, start: int) -> bool:
    """Entity ``i`` is one of a chain of GPE mentions ending right at ``start``."""
    pos = start
    for j in range(len(ents) - 1, -1, -1):
        e = ents[j]
        if e.end > pos:
            continue
        if e.end != pos or e.type != "GPE":
            return False
        if j == i:
            return True
        pos = e.start
    return False


def _sentence_index(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)
