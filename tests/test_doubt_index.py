"""What dashiji.events.doubt reads once per article rather than once per event: the clause cuts
(an index looked up by bisection), whether the article opens as a digest, and whether it holds a
word of a contest.  Each answer is the one the scan it replaces gives.  Invented texts."""

from __future__ import annotations

from dashiji.events import doubt
from dashiji.events.clauses import CLAUSE_CUT
from dashiji.events.model import Event, EventActor

_TEXT = "甲说，乙被拘留；丙：丁起诉了戊。己！庚?\n辛,壬;癸:子。丑"


def test_the_cut_index_finds_what_the_cut_pattern_finds_in_every_window() -> None:
    n = len(_TEXT)
    for a in range(-2, n + 3):
        for b in range(-2, n + 3):
            found = [m.start() for m in CLAUSE_CUT.finditer(_TEXT, a, b)]
            assert doubt._cuts(_TEXT, a, b) == found
            assert doubt._last_cut_end(_TEXT, a, b) == max((p + 1 for p in found), default=a)
            assert doubt._first_cut(_TEXT, a, b) == (found[0] if found else b)


def test_the_cut_index_is_built_once_per_article() -> None:
    doubt._cut_index.cache_clear()
    assert doubt._cuts(_TEXT, 0, 8) == [2, 7]
    assert doubt._first_cut(_TEXT, 8, len(_TEXT)) == 9
    info = doubt._cut_index.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_the_digest_opening_is_read_once_per_article() -> None:
    doubt._digest_opening.cache_clear()
    digest = "每天8点，为您梳理昨夜今晨的新闻。甲起诉乙。"
    for _ in range(2):
        assert doubt._digest_opening(digest) is True
        assert doubt._digest_opening(_TEXT) is False
    assert doubt._digest_opening.cache_info().hits == 2


def test_the_contest_words_are_read_once_per_article() -> None:
    doubt._no_contest_words.cache_clear()
    lawsuit = "甲起诉乙，法院审理此案。" * 30  # (long, no word of sports or of a contest)
    match = lawsuit + "球队在联赛中击败对手。"
    for _ in range(2):
        assert doubt._no_contest_words(lawsuit) is True
        assert doubt._no_contest_words(match) is False
        assert doubt._no_contest_words("甲赢了乙。") is False  # (too short to tell)
    assert doubt._no_contest_words.cache_info().hits == 3


def _event(*actors: tuple[str, str]) -> Event:
    return Event(
        doc="d",
        type="ACCUSE",
        mode=None,
        cameo=None,
        goldstein=None,
        quad_class=None,
        actors=[EventActor(name=n, side=side) for n, side in actors],  # type: ignore[arg-type]
    )


def test_self_opposed_is_one_name_on_both_sides() -> None:
    assert doubt._self_opposed(_event(("王某", "source"), ("王某", "target")))
    assert not doubt._self_opposed(_event(("王某", "source"), ("李某", "target")))
    assert not doubt._self_opposed(_event(("王某", "target"), ("王某", "party")))
    assert not doubt._self_opposed(_event())
