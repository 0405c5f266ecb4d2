"""Every JSON data file the package ships holds each key once per object.

``json`` keeps the last of two equal keys without a word, so two word lists added under one
name (two branches adding the same cue) would silently drop the first list: this guards it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

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
