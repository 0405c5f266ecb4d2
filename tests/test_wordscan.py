"""dashiji.wordscan: every occurrence of every word, in pyahocorasick's order (by end; at one
end, longest first), indices into the text, also within a slice and past the BMP."""

from __future__ import annotations

import ahocorasick
import pytest

from dashiji.wordscan import WordScanner

WORDS = ["拘留", "刑事拘留", "事拘", "留所", "拘留所", "美国", "国务卿", "美国务卿", "卿", "😀美"]
TEXTS = [
    "警方对其刑事拘留，关押在拘留所。美国务卿说",
    "😀美国国务卿😀刑事拘留",
    "",
    "没有任何词",
]


def _reference(words: dict[str, int], text: str, start: int = 0, end: int | None = None) -> list:
    auto = ahocorasick.Automaton()
    for w, v in words.items():
        auto.add_word(w, v)
    auto.make_automaton()
    if end is None:
        return list(auto.iter(text, start))
    return list(auto.iter(text, start, end))


@pytest.mark.parametrize("text", TEXTS)
def test_same_occurrences_and_order_as_pyahocorasick(text: str) -> None:
    words = {w: k for k, w in enumerate(WORDS)}
    scanner = WordScanner(words)
    assert scanner.iter(text) == _reference(words, text)
    for start, end in ((2, None), (3, 9), (0, 4)):
        assert scanner.iter(text, start, end) == _reference(words, text, start, end)


def test_offsets_count_characters() -> None:
    scanner = WordScanner({"国务卿": "role"})
    text = "😀美国国务卿"
    ((last, value),) = scanner.iter(text)
    assert (text[last - 2 : last + 1], value) == ("国务卿", "role")


def test_empty_table() -> None:
    scanner = WordScanner({})
    assert len(scanner) == 0 and scanner.iter("美国") == []
