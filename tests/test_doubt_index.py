"""What dashiji.events.doubt reads once per article rather than once per event (whether the
article opens as a digest, whether it holds a word of a contest), the clause bounds found in one
match, and the gates that rule a sentence out of a test with one search (no wish
word, no bare 若, no 的 after the trigger).  Each answer is the one the scan it replaces gives.
Invented texts."""

from __future__ import annotations

import pytest

from dashiji.events import doubt
from dashiji.events.clauses import CLAUSE_CUT
from dashiji.events.model import Event, EventActor
from dashiji.events.news_cues import cue_words
from dashiji.normalize import AnalysisView

_TEXT = "甲说，乙被拘留；丙：丁起诉了戊。己！庚?\n辛,壬;癸:子。丑"


def test_the_clause_bounds_are_the_cuts_the_cut_pattern_finds_in_every_window() -> None:
    n = len(_TEXT)
    for a in range(-2, n + 3):
        for b in range(-2, n + 3):
            found = [m.start() for m in CLAUSE_CUT.finditer(_TEXT, a, b)]
            assert doubt._cuts(_TEXT, a, b) == found
            assert doubt._last_cut_end(_TEXT, a, b) == max((p + 1 for p in found), default=a)
            assert doubt._first_cut(_TEXT, a, b) == (found[0] if found else b)


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


def test_the_wish_gate_holds_every_word_a_wish_test_reads() -> None:
    # each word of each list the wish tests search for, alone, is found by the gate (so a
    # sentence where any of them matches is never ruled out)
    words = [
        *cue_words("wish_scope"),
        *cue_words("prohibitions"),
        *cue_words("bare_wish"),
        *doubt._WISH_END_WORDS.split("|"),
    ]
    for w in words:
        assert doubt._WISH_WORDS.search(w) is not None, w
    for deadline in ("自裁定生效之日起五日内", "自本判决生效起三十天内"):
        assert doubt._DEADLINE_FROM.search(deadline) is not None


def test_the_wish_gate_rules_out_a_sentence_with_no_wish_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vt = "王某昨天被警方拘留，随后被起诉。"
    t0 = vt.index("被起诉")

    def no_scan(*args: object) -> list[int]:
        raise AssertionError("scanned a sentence the gate rules out")

    monkeypatch.setattr(doubt, "_cuts", no_scan)
    assert doubt._wished(vt, 0, t0) is False
    monkeypatch.undo()
    wished = "网友希望王某起诉对方。"
    assert doubt._wished(wished, 0, wished.index("起诉")) is True  # (passed on, and found)


def test_the_condition_gate_rules_out_a_sentence_with_no_bare_if(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vt = "某公司被收购，员工随后起诉。"
    span = (0, vt.index("员工"), vt.index("起诉"), len(vt) - 1, len(vt))
    monkeypatch.setattr(doubt, "_if_mid", lambda *a: pytest.fail("looked for 若"))
    assert doubt._conditioned(vt, span, []) is False
    monkeypatch.undo()
    vt = "某公司若被收购，员工将起诉。"
    span = (0, vt.index("员工"), vt.index("起诉"), len(vt) - 1, len(vt))
    assert doubt._conditioned(vt, span, []) is True


def test_a_person_after_the_trigger_needs_its_de_before_the_next_cut() -> None:
    vt = "维权的业主表示，起诉后，入职两个月的新人离职"
    assert doubt._de_follows(vt, vt.index("的"))
    assert doubt._de_follows(vt, 0)  # 维权的业主
    assert not doubt._de_follows(vt, vt.index("诉") + 1)  # (起诉后，: the cut comes first)
    assert doubt._de_follows(vt, vt.index("入职") + 2)  # 两个月的新人
    assert not doubt._de_follows(vt, vt.index("离职"))  # (the end of the text)


def test_the_childhood_gate_holds_every_childhood_word() -> None:
    for w in (*cue_words("childhood_times"), *cue_words("childhood_words")):
        assert doubt._CHILDHOOD_WORDS.search(w) is not None, w


class _Unread:
    """A pattern a gate should keep from being read."""

    def search(self, *args: object) -> None:
        raise AssertionError("read past a gate that rules the sentence out")

    finditer = match = search


def test_a_sentence_with_no_claim_childhood_or_watch_word_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vt = "王某昨天被警方拘留，随后被起诉等。"
    t0 = vt.index("起诉")
    for name in ("_CLAIM_SCOPE", "_CHILDHOOD", "_WATCH_OPEN"):
        monkeypatch.setattr(doubt, name, _Unread())
    assert doubt._claimed(vt, 0, t0) is False
    assert doubt._in_childhood(vt, 0, t0, len(vt)) is False
    e = _event(("王某", "target"))
    e.start, e.end, e.trigger_start, e.trigger_end = 0, len(vt), t0, t0 + 2
    assert "watched" not in doubt.doubts(e, AnalysisView(vt, vt), [])  # (all judged, none read)
    monkeypatch.undo()
    said = "王某认为对方一定会起诉。"
    assert doubt._claimed(said, 0, said.index("起诉")) is True  # (passed on, and found)
    young = "王某小时候曾被拘留。"
    assert doubt._in_childhood(young, 0, young.index("拘留"), len(young)) is True


@pytest.mark.parametrize(
    "line",
    [
        "王某被拘留。",
        "王某被拘留",
        "王某被拘留！”  ",
        "王某说：“他被拘留了。”记者",
        "王某被拘留。（注：他说！x）",  # (the only stop the match opens at is the first)
        "王某被拘留（图）",
        "v1.2版发布，王某被拘留…",
        "",
    ],
)
def test_a_stopped_line_is_found_from_its_first_stop(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = doubt._TERMINAL.search(line) is not None
    assert doubt._ends_stopped(line, 0, len(line)) is expected
    if doubt._STOP.search(line) is None:  # (no stop at all: the pattern is not read)
        monkeypatch.setattr(doubt, "_TERMINAL", _Unread())
        assert doubt._ends_stopped(line, 0, len(line)) is False


def test_a_site_title_holds_a_site_mark() -> None:
    for title in ("警方通报：拘留5日 - 西部网（陕西新闻网）", "某人恐吓-新闻-某某电视台"):
        m = doubt._SITE_TITLE.search(title)
        assert m is not None and doubt._SITE_MARK.search(title, m.start(), m.end())


def test_boilerplate_is_one_search_where_there_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    vt = "原标题：《某地！某人被拘！》\n王某被拘留。责任编辑：李某"
    s0 = vt.index("某人被拘")
    assert doubt._boilerplate(vt, 0, s0, vt.index("》"))  # (the notice runs on)
    s0 = vt.index("王某")
    assert not doubt._boilerplate(vt, vt.index("\n") + 1, s0, vt.index("责任"))
    assert doubt._boilerplate(vt, vt.index("\n") + 1, vt.index("责任"), len(vt))
    monkeypatch.setattr(doubt, "_notice_runs_on", lambda *a: pytest.fail("read the notice"))
    assert not doubt._boilerplate("王某被拘留。", 0, 0, 6)
