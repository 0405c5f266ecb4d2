"""dashiji.wordscan: every occurrence of every word, in pyahocorasick's order (by end; at one
end, longest first), indices into the text, also within a slice and past the BMP."""

from __future__ import annotations

import ahocorasick
import pytest

from dashiji.wordscan import ScanGroup, WordScanner

WORDS = ["拘留", "刑事拘留", "事拘", "留所", "拘留所", "美国", "国务卿", "美国务卿", "卿", "😀美"]
TEXTS = [
    "警方对其刑事拘留，关押在拘留所。美国务卿说",
    "😀美国国务卿😀刑事拘留",
    "",
    "没有任何词",
]


def _reference(words: dict[str, int], text: str, start: int = 0, end: int | None = None) -> list:
    """pyahocorasick's list for ``text[start:end]``.  Its ``iter`` does not clip ``end`` to the
    text: past the last character it reads whatever memory follows (``iter("", 3, 9)`` found a
    word there after some earlier tests, not alone), so the slice's end is clipped here."""
    auto = ahocorasick.Automaton()
    for w, v in words.items():
        auto.add_word(w, v)
    auto.make_automaton()
    return list(auto.iter(text, start, len(text) if end is None else min(end, len(text))))


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


def test_group_gives_each_member_its_own_scan() -> None:
    """A group's one pass gives each member the list its own automaton gives (a word two
    tables hold goes to both, each with its value); slices and dropped members fall back."""
    first = {w: k for k, w in enumerate(WORDS)}
    second = {"拘留": "second", "看守所": "place", "国务": "office", "卿": "title"}
    alone = [(WordScanner(first), first), (WordScanner(second), second)]
    group = ScanGroup(keep=2, shortest=0)
    grouped = [WordScanner(first), WordScanner(second)]
    for s in grouped:
        group.add(s)
    for _ in range(2):  # the second round reads the kept scans
        for text in [*TEXTS, "看守所里的国务卿"]:
            for (own, words), member in zip(alone, grouped, strict=True):
                assert member.iter(text) == own.iter(text) == _reference(words, text)
                assert member.iter(text, 2, None) == own.iter(text, 2, None)
    third = WordScanner({"所": "x"})
    group.add(third)
    assert third.iter(TEXTS[0]) == [(14, "x")]
    del third
    assert grouped[1].iter("看守所") == [(2, "place")]


def test_group_leaves_short_and_long_texts_to_each_member() -> None:
    group = ScanGroup(shortest=2, longest=5)
    member = WordScanner({"拘留": 1})
    group.add(member)
    assert group.scan(member, "刑事拘留所里") is None
    assert member.iter("刑事拘留所里") == [(3, 1)]
    assert group.scan(member, "拘") is None
    assert group.scan(member, "拘留") == [(1, 1)]
    assert member.iter("拘留", 0, 2) == [(1, 1)]


def test_group_keeps_the_last_texts_within_its_budget() -> None:
    group = ScanGroup(keep=3, held=6, shortest=0)
    member = WordScanner({"拘留": 1})
    group.add(member)
    for text in ("拘留一", "拘留二", "拘留三"):
        assert member.iter(text) == [(1, 1)]
    assert list(group._scans) == ["拘留二", "拘留三"]  # 9 characters > 6: the oldest went
    assert member.iter("拘留一") == [(1, 1)]
    assert list(group._scans) == ["拘留三", "拘留一"]


# ---- word alternations written as a trie (dashiji.wordtrie) -----------------------------------
def _plain(words: list[str]) -> str:
    import re

    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def test_a_longest_first_list_is_written_as_a_trie() -> None:
    from dashiji.wordtrie import word_alternation

    assert word_alternation(["刑事拘留", "拘留所", "拘留", "拘押"]) == "(?:刑事拘留|拘(?:留所?|押))"
    assert word_alternation(["判.决"]) == r"(?:判\.决)"  # (escaped)


def test_a_prefix_listed_first_keeps_the_plain_alternation() -> None:
    from dashiji.wordtrie import word_alternation

    words = ["籍", "籍贯"]  # the first listed wins where both match: 籍 of 籍贯
    assert word_alternation(words) == _plain(words)


def test_a_trie_matches_as_its_alternation_in_every_context() -> None:
    import random
    import re

    from dashiji.wordtrie import word_alternation

    rng = random.Random(7)
    chars = "拘留所押"
    tried = 0
    for _ in range(3000):
        words = list(
            dict.fromkeys(
                "".join(rng.choice(chars) for _ in range(rng.randint(1, 4)))
                for _ in range(rng.randint(1, 8))
            )
        )
        if rng.random() < 0.7:
            words.sort(key=len, reverse=True)
        trie, plain = word_alternation(words), _plain(words)
        tried += trie != plain
        text = "".join(rng.choice(chars + "，") for _ in range(16))
        for form in ("{}", "{}所", "{}$", "({})(?=留)", "(?:{})+押"):
            a, b = re.compile(form.format(trie)), re.compile(form.format(plain))
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
            for i in range(8):
                x, y = a.fullmatch(text, i, i + 4), b.fullmatch(text, i, i + 4)
                assert (x and x.span()) == (y and y.span())
    assert tried > 1000
