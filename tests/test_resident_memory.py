"""What the analysis keeps resident: the word tables read once and shared, the LAC session
loaded without its model bytes, huge texts tagged in bounded slices (issue 12)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from conftest import assert_lac_batches_equal_lac_run

from dashiji.annotate import entity_lac
from dashiji.annotate.entity_lexicon import _dict_path, dictionary, parts_of_speech, rules
from dashiji.annotate.time_tense import _parts_of_speech

TEXTS = [
    "张三在北京市工作。李四去上海，王五留在广州。",
    "俄副外长里亚布科夫是这么说的",
    "美国总统特朗普周三在白宫会见了来访的日本首相。双方讨论了贸易问题，会后没有发表联合声明。",
]


def _reference_tables(path: Path) -> tuple[dict[str, str], frozenset[str]]:
    """The two tables as read before they were shared: two passes, two formats."""
    pos: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) <= 4:
                pos[parts[0]] = parts[2]
    min_freq = int(rules()["dictionary"]["min_freq"])
    words: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cut = line.split(" ", 2)
            if len(cut) >= 2:
                w = cut[0]
                if 2 <= len(w) <= 4 and not w.isascii() and int(cut[1]) >= min_freq:
                    words.add(w)
    return pos, frozenset(words)


def test_word_tables_are_the_files_and_share_their_strings() -> None:
    path = _dict_path()
    assert path is not None  # jieba_fast_dat is a dependency: its dictionary must be there
    pos, words = parts_of_speech(), dictionary()
    assert (pos, words) == _reference_tables(path)
    assert _parts_of_speech() is pos  # the events' import of the table is the same table
    key_ids = {id(k) for k in pos}
    # one string object for both tables (but for the few words on two lines of the file)
    assert sum(id(w) not in key_ids for w in words) < len(words) // 1000
    tags = set(pos.values())
    assert 10 < len(tags) < 200
    assert len({id(v) for v in pos.values()}) == len(tags)  # each tag one interned string


@pytest.fixture
def fresh_lac(monkeypatch: pytest.MonkeyPatch) -> None:
    """The LAC model loaded anew by the test (the process's shared one is restored after)."""
    monkeypatch.setattr(entity_lac.LacTagger, "_shared", None)


def test_lac_loads_through_a_temporary_file_it_removes(
    fresh_lac: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    model = entity_lac.LacTagger()._model
    assert model["masked"]
    assert os.listdir(tmp_path) == []
    assert getattr(model["session"], "_model_bytes", None) is None  # no copy kept in Python
    assert_lac_batches_equal_lac_run(TEXTS)


def test_lac_loads_without_a_writable_temporary_folder(
    fresh_lac: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "read-only")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert entity_lac.LacTagger()._model["masked"]
    assert_lac_batches_equal_lac_run(TEXTS)


def test_slices_cover_the_pieces_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_lac, "_SLICE_CHARS", 100)
    sizes = [40, 70, 30, 150, 10, 90, 5, 5]
    pieces = [(0, 100 * k, 100 * k + n) for k, n in enumerate(sizes)]
    slices = list(entity_lac._slices(pieces))
    assert [p for s in slices for p in s] == pieces
    for s in slices:
        assert len(s) == 1 or sum(b - a for _, a, b in s) <= 100
    assert list(entity_lac._slices([])) == []


def test_tags_in_small_slices_equal_tags_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = entity_lac.LacTagger()
    long_text = "".join(TEXTS * 20)
    whole = tagger.tag([*TEXTS, long_text])
    monkeypatch.setattr(entity_lac, "_SLICE_CHARS", 50)
    assert tagger.tag([*TEXTS, long_text]) == whole
