"""The coder's word lists (``data/events/coder.json``), loaded once into a typed object.

The lists are linguistic classes of Chinese news text — argument markers (与/对/被/在…), speech
and attitude verbs, subordinators, pronouns, condition-list openers — described in the file and
in ``data/events/SCHEMA.md``.  Each list is also compiled into one regular expression, longest
alternative first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..wordtrie import word_alternation

MARKER_KINDS = ("topic", "with", "to", "by", "place", "from")


def alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words``, the longest first (so 对于 wins over 对)."""
    ws = sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True)
    return re.compile(word_alternation(ws)) if ws else re.compile(r"(?!x)x")  # (as a trie)


@dataclass(frozen=True, slots=True)
class Lexicon:
    markers: dict[str, tuple[str, ...]]
    marker_before: re.Pattern[str]  # any marker, anchored at the end (…对|…对于)$
    marker_kind: dict[str, str]
    marker_exceptions: frozenset[str]
    after_topic: re.Pattern[str]
    conflict_nouns: re.Pattern[str]
    speech_end: re.Pattern[str]
    attitude: re.Pattern[str]
    demand_pivot: re.Pattern[str]  # 某人让某国释放…: a demand of the party named after it
    report: re.Pattern[str]  # 注意到, 获悉…: a third party's noticing; what follows is not its act
    predictions: re.Pattern[str]
    attributive_heads: re.Pattern[str]
    topic_frames: re.Pattern[str]
    subordinators: tuple[str, ...]
    subordinate_end: re.Pattern[str]
    pronoun_head: re.Pattern[str]
    immediately_after: re.Pattern[str]
    condition_list: re.Pattern[str]
    rhetorical_if: re.Pattern[str]
    past_before: re.Pattern[str]
    past_after: tuple[str, ...]
    light_verbs: re.Pattern[str]
    relative_starts: re.Pattern[str]
    organisation_heads: re.Pattern[str]
    monadic_types: frozenset[str]
    speech_act_types: frozenset[str]
    content_date_types: frozenset[str]
    set_modes: frozenset[str]
    firm_deal_types: frozenset[str]
    mode_groups: dict[str, dict[str, int]]
    after_topic_words: frozenset[str] = frozenset()  # the words of ``after_topic``
    topic_heads: tuple[str, ...] = ()  # 问题, 局势…: a noun ending in one names a matter


def _words(data: dict[str, Any], key: str, field: str = "words") -> list[str]:
    return [w for w in data[key][field] if isinstance(w, str)]


@cache
def lexicon() -> Lexicon:
    text = (resources.files("dashiji") / "data" / "events" / "coder.json").read_text("utf-8")
    data = json.loads(text)
    markers = {k: tuple(data["markers"][k]) for k in MARKER_KINDS}
    kind: dict[str, str] = {}
    for k in MARKER_KINDS:
        for w in markers[k]:
            kind.setdefault(w, k)
    every = sorted(kind, key=len, reverse=True)
    speech = _words(data, "speech_verbs")
    groups: dict[str, dict[str, int]] = {}
    for ptype, lists in data["mode_groups"].items():
        if ptype.startswith("_"):
            continue
        groups[ptype] = {mode: n for n, modes in enumerate(lists) for mode in modes}
    return Lexicon(
        markers=markers,
        marker_before=re.compile("(?:" + "|".join(re.escape(w) for w in every) + r")$"),
        marker_kind=kind,
        marker_exceptions=frozenset(_words(data, "marker_exceptions")),
        after_topic=re.compile("(?:" + alternation(_words(data, "after_topic")).pattern + ")"),
        conflict_nouns=alternation(_words(data, "conflict_nouns")),
        speech_end=re.compile(
            "(?:" + alternation(speech).pattern + r")(?:道|的|了|过)?[”\"’」』]?\s*$"
        ),
        attitude=alternation(_words(data, "attitude_verbs")),
        demand_pivot=re.compile("(?:" + alternation(_words(data, "demand_pivots")).pattern + ")$"),
        report=alternation(_words(data, "report_verbs")),
        predictions=alternation(_words(data, "predictions")),
        attributive_heads=re.compile(
            "的(?:" + alternation(_words(data, "attributive_heads")).pattern + ")"
        ),
        topic_frames=alternation(_words(data, "topic_frames")),
        subordinators=tuple(_words(data, "subordinators")),
        subordinate_end=alternation(_words(data, "subordinate_ends")),
        pronoun_head=re.compile(
            r"^(?:但是|但|而且|而|并且|并|且|也|还|可|可是|然而|不过)?\s*(?:"
            + alternation(_words(data, "pronouns")).pattern
            + ")"
        ),
        immediately_after=alternation(_words(data, "immediately_after")),
        condition_list=re.compile(
            "(?:" + alternation(_words(data, "condition_lists")).pattern + r")\s*[：:]"
        ),
        rhetorical_if=alternation(_words(data, "rhetorical_if")),
        past_before=alternation(data["past_markers"]["before"]),
        past_after=tuple(data["past_markers"]["after"]),
        light_verbs=alternation(_words(data, "light_verbs")),
        relative_starts=alternation(_words(data, "relative_clause_starts")),
        organisation_heads=re.compile(
            "(?:" + alternation(_words(data, "organisation_heads")).pattern + ")(?!生)"
        ),
        monadic_types=frozenset(data["monadic_types"]["types"]),
        speech_act_types=frozenset(data["speech_act_types"]["types"]),
        content_date_types=frozenset(data["content_date_types"]["types"]),
        set_modes=frozenset(data["set_modes"]["modes"]),
        firm_deal_types=frozenset(data["firm_deal_types"]["types"]),
        mode_groups=groups,
        after_topic_words=frozenset(w for w in _words(data, "after_topic") if w),
        topic_heads=tuple(_words(data, "topic_heads")),
    )
