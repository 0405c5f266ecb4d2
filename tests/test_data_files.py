"""Every JSON data file the package ships holds each key once per object.

``json`` keeps the last of two equal keys without a word, so two word lists added under one
name (two branches adding the same cue) would silently drop the first list: this guards it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dashiji.events.codebook import _negative, load_codebook

DATA = Path(__file__).resolve().parent.parent / "src" / "dashiji" / "data"
FILES = sorted(DATA.rglob("*.json"))


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    twice = [k for k, n in Counter(k for k, _ in pairs).items() if n > 1]
    if twice:
        raise ValueError(f"keys given twice: {twice}")
    return dict(pairs)


def test_there_are_data_files() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_is_given_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_once)


def test_a_key_given_twice_is_caught() -> None:
    with pytest.raises(ValueError, match="warrants"):
        json.loads('{"warrants": ["手令"], "warrants": ["搜查令"]}', object_pairs_hook=_once)


def _cue_names(node: dict[str, Any]) -> list[str]:
    """Every key of ``news_cues.json``, nested ones included, but ``_about``."""
    names: list[str] = []
    for key, value in node.items():
        if key != "_about":
            names.append(key)
            if isinstance(value, dict):
                names.extend(_cue_names(value))
    return names


def _undocumented(cues: dict[str, Any], schema: str) -> list[str]:
    documented = set(re.findall(r"`([^`\n]+)`", schema))
    return [name for name in _cue_names(cues) if name not in documented]


def test_every_news_cue_list_is_documented() -> None:
    """A cue list added to ``news_cues.json`` gets its entry (`name`) in ``events/SCHEMA.md``."""
    cues = json.loads((DATA / "events" / "news_cues.json").read_text(encoding="utf-8"))
    schema = (DATA / "events" / "SCHEMA.md").read_text(encoding="utf-8")
    assert _undocumented(cues, schema) == []


def test_an_undocumented_cue_list_is_caught() -> None:
    cues = {"_about": "…", "words": {"warrants": ["手令"], "holds": ["持"]}}
    assert _undocumented(cues, "`words`: … `warrants` (手令…)") == ["holds"]


def _assault_negatives() -> dict[str, list[re.Pattern[str]]]:
    book = load_codebook()
    # compiled as the codebook compiles them ({0,20}: a gap of up to 20 characters)
    return {
        i: [rx for rx, _ in _negative(book.entry(i).negative_cues)]
        for i in ("assault.攻击", "assault.发动…攻势")
    }


def test_every_figurative_target_is_vetoed_by_both_plover_assault_triggers() -> None:
    """``figurative_targets`` (news_cues.json, read by the news coder) is written again as
    regexes in the negative cues of the PLOVER triggers ``assault.攻击`` and
    ``assault.发动…攻势`` (a negative cue cannot name a cue list): a word added to one and not
    the other would make the two coders disagree on 对某应用发动攻击."""
    cues = json.loads((DATA / "events" / "news_cues.json").read_text(encoding="utf-8"))
    negatives = _assault_negatives()
    assert set(negatives) == {"assault.攻击", "assault.发动…攻势"}
    missing = [
        (trigger, word)
        for word in cues["words"]["figurative_targets"]
        for trigger, patterns in negatives.items()
        if not any(p.search(f"对某{word}发动攻击") for p in patterns)
    ]
    assert missing == []
    # a physical target stays an attack for both (the check can fail: not every word is vetoed)
    assert not any(p.search("对某村庄发动攻击") for ps in negatives.values() for p in ps)


def test_time_lead_modals_end_with_their_preposition() -> None:
    """Each word of ``time_lead_modals`` (news_cues.json) ends with 于 or 在: the news coder
    reads the list only where one of them stands right before the time (news._modal_lead)."""
    cues = json.loads((DATA / "events" / "news_cues.json").read_text(encoding="utf-8"))
    words = cues["words"]["time_lead_modals"]
    assert words and all(w.endswith(("于", "在")) for w in words), words
    assert "time_lead_modals" in cues["anchored"]
