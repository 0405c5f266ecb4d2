"""What the analysis keeps resident: the word tables read once and shared, the LAC session
loaded without its model bytes, huge texts tagged in bounded slices (issue 12)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import assert_lac_batches_equal_lac_run

from dashiji.annotate import entity_lac, entity_lexicon
from dashiji.annotate.entity_lexicon import (
    _dict_path,
    crosses_word,
    dictionary,
    parts_of_speech,
    rules,
)
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


def test_word_tables_are_the_files_in_one_trie() -> None:
    path = _dict_path()
    assert path is not None  # jieba_fast_dat is a dependency: its dictionary must be there
    pos, words = parts_of_speech(), dictionary()
    ref_pos, ref_words = _reference_tables(path)
    assert _parts_of_speech() is pos  # the events' import of the table is the same table
    assert not isinstance(pos, dict) and not isinstance(words, frozenset)  # the compact form
    assert (len(pos), len(words)) == (len(ref_pos), len(ref_words))
    assert all(pos.get(w) == tag and pos[w] == tag and w in pos for w, tag in ref_pos.items())
    assert all(w in words for w in ref_words)
    # anything else is in neither: prefixes of words, longer strings, odd strings
    others = {w[:k] for w in list(ref_pos)[:20000] for k in range(1, len(w))}
    others |= {w + "和" for w in list(ref_pos)[:2000]}
    others |= {"", "\ud800", "\ud800的", "a\x00b", "😀国", "美元\x00", "美\x00元", "\x00美元"}
    for w in others:
        assert pos.get(w) == ref_pos.get(w)
        assert (w in pos) == (w in ref_pos) and (w in words) == (w in ref_words)
    with pytest.raises(KeyError):
        pos["\ud800"]
    assert crosses_word("集中印发", 1, 3) and not crosses_word("中印关系", 0, 2)
    assert 10 < len(set(ref_pos.values())) < 127


def test_a_part_of_speech_remembered_is_the_one_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    pos = parts_of_speech()
    assert isinstance(pos, entity_lexicon._TrieTags)
    asked: list[object] = ["警方", "宣布", "的", "河马跳舞吧", "", "\ud800", 7, None]
    # the answers of a table with nothing remembered (the same trie, an empty memory): the
    # process's table has answered earlier tests, so its answers may all come from its memory
    fresh = entity_lexicon._TrieTags(SimpleNamespace(search=pos._search), pos._tags[1:], len(pos))
    looked_up = [fresh.get(w) for w in asked]  # type: ignore[arg-type]
    assert looked_up[0] is not None and looked_up[3] is None
    assert looked_up[-3:] == [None, None, None]
    assert [pos.get(w) for w in asked] == looked_up  # type: ignore[arg-type]
    assert [pos.get(w) for w in asked] == looked_up  # type: ignore[arg-type]  # (remembered)
    monkeypatch.setattr(entity_lexicon, "_SEEN", 2)  # the memory started again every two
    assert [pos.get(w) for w in asked] == looked_up  # type: ignore[arg-type]
    assert [pos.get(w) for w in reversed(asked)] == looked_up[::-1]  # type: ignore[arg-type]
    # the comparison sees a wrong answer remembered
    monkeypatch.setattr(entity_lexicon, "_SEEN", 1 << 15)
    monkeypatch.setitem(pos._seen, "警方", "not-a-tag")
    assert [pos.get(w) for w in asked] != looked_up  # type: ignore[arg-type]


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
