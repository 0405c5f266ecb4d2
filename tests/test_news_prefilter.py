"""Candidates the news coder drops before the costly part of their reading: each pre-filter
rejects only what the full reading would drop, and passes what it may keep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from test_events import events, kinds

from dashiji.events import news
from dashiji.events.dates import TimeRef
from dashiji.events.news_actors import Actor
from dashiji.events.news_lexicon import NewsEntry

_ARREST = NewsEntry("逮捕", None, ("逮捕",), plover="COERCE", cameo="173")
_DEMAND = NewsEntry("要求", None, ("要求",), plover="REQUEST", cameo="010")


def _person(**kw: object) -> Actor:
    return Actor(0, 2, "王某", "PER", **kw)  # type: ignore[arg-type]


def test_a_political_reading_no_actor_can_place_is_dropped() -> None:
    assert news._no_political_reading(_ARREST, [_person()], [], None)
    assert news._no_political_reading(_ARREST, [], [], None)


def test_a_political_reading_an_actor_may_place_is_read_in_full() -> None:
    assert not news._no_political_reading(_ARREST, [_person(country="CHN")], [], None)
    assert not news._no_political_reading(_ARREST, [_person(home="HKG")], [], None)
    pair = Actor(3, 5, "二人", "generic", members=["王某", "李某"])
    assert not news._no_political_reading(_ARREST, [_person(), pair], [], None)


def test_a_day_told_as_this_year_s_is_read_in_full() -> None:
    day = TimeRef(0, 7, "date", "2025-08-10", "day", False, None, "今年8月10日")
    assert not news._no_political_reading(_ARREST, [_person()], [day], None)
    assert not news._no_political_reading(_ARREST, [_person()], [], ([], [day]))
    last = TimeRef(0, 5, "date", "2025-08-10", "day", False, None, "8月10日")
    assert news._no_political_reading(_ARREST, [_person()], [last], None)


def test_a_demand_no_authority_can_make_is_dropped() -> None:
    police = Actor(3, 5, "警方", "generic", country="CHN", agent_type="COP")
    assert news._no_political_reading(_DEMAND, [_person(country="CHN")], [], None)
    assert not news._no_political_reading(_DEMAND, [_person(), police], [], None)


def _calls_of(
    monkeypatch: pytest.MonkeyPatch, name: str, keep: Callable[[tuple[Any, ...]], Any] = tuple
) -> list[Any]:
    """What ``keep`` makes of the arguments of each call to news.<name> (patched to count)."""
    seen: list[Any] = []
    real = getattr(news, name)

    def counted(*args: Any, **kw: Any) -> Any:
        seen.append(keep(args))
        return real(*args, **kw)

    monkeypatch.setattr(news, name, counted)
    return seen


def _entries_read_by(monkeypatch: pytest.MonkeyPatch, step: str) -> list[str]:
    """The lexicon entries news.<step> was called for (its fourth argument is the match)."""
    return _calls_of(monkeypatch, step, lambda args: args[3].entry.id)


@pytest.fixture
def dated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lexicon entries whose day the coder looked for (news._date counted)."""
    return _entries_read_by(monkeypatch, "_date")


@pytest.mark.parametrize(
    ("step", "why"),
    [
        ("_date", "no actor with a country: no day looked for"),
        ("_roles", "nothing for _roles to mark: judged before it"),
    ],
)
def test_the_coder_stops_a_placeless_political_reading_before_its_roles_and_day(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, step: str, why: str
) -> None:
    read = _entries_read_by(monkeypatch, step)
    assert not [e for e in events(steps, "王某在小区门口拉横幅抗议。") if e.type == "PROTEST"]
    assert "protest.维权" not in read, why
    evs = events(steps, "美国财政部要求腾讯剥离旗下的海外游戏业务。")
    assert [e.type for e in evs] == ["REQUEST"]
    assert "request.责令" in read  # (an authority of a country asks: read in full)


def test_a_candidate_with_nobody_skips_its_day_unless_the_page_tells_this_year(
    steps: tuple[Any, Any], dated: list[str]
) -> None:
    # 她 names no one before it: no participant, the suit dropped before its day is looked for
    assert events(steps, "此外，她在庭上也提起反诉。") == []
    assert "起诉.起诉" not in dated
    # a day told 今年 may mark the page misdated (for the other events): read in full, still none
    assert events(steps, "今年8月10日，庭审已经结束。此外，她在庭上也提起反诉。") == []
    assert "起诉.起诉" in dated


def test_whether_the_page_tells_this_year_is_read_once_per_page(
    steps: tuple[Any, Any], dated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    this_year = _Counted(news._THIS_YEAR_IN)
    monkeypatch.setattr(news, "_THIS_YEAR_IN", this_year)
    nobody = "此外，她在庭上也提起反诉。"
    assert events(steps, "今年8月10日，庭审已经结束。" + nobody + nobody) == []
    assert this_year.calls == 1 and "起诉.起诉" in dated  # (two candidates, one reading)
    dated.clear()
    assert events(steps, nobody) == []  # (the next page: its own answer, not the last one's)
    assert this_year.calls == 2 and "起诉.起诉" not in dated


class _Unread(list[Actor]):
    """Actors that may not be looked at."""

    def __iter__(self) -> Any:
        raise AssertionError("the actors were read")


_SUE = NewsEntry("起诉", "司法行为-起诉", ("检察院起诉", "起诉"))


def test_a_trigger_too_short_to_hold_a_body_s_end_is_not_cut() -> None:
    vt = "某区检察院起诉张三"
    short = news.NewsMatch(5, 7, _SUE, "起诉")
    assert news._past_body_name(vt, short, _Unread()) is short


def test_a_trigger_holding_a_body_s_end_is_cut_after_it() -> None:
    vt = "某区检察院起诉张三"
    body = Actor(0, 5, "某区检察院", "ORG", agent_type="JUD")
    cut = news._past_body_name(vt, news.NewsMatch(2, 7, _SUE, "检察院起诉"), [body])
    assert (cut.start, cut.end, cut.text) == (5, 7, "起诉")


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many actors each marking of the characters they take covered (news._mark_taken)."""
    return _calls_of(monkeypatch, "_mark_taken", lambda args: len(args[1]))


def test_the_taken_characters_are_marked_again_only_for_a_reader_of_them(
    steps: tuple[Any, Any], marked: list[int]
) -> None:
    # no person noun a foreign name may follow, no middle dot: the sentence's marks, once
    evs = events(steps, "美国财政部要求腾讯剥离旗下的海外游戏业务。")
    assert [e.type for e in evs] == ["REQUEST"]
    assert len(marked) == 1


def test_a_foreign_name_after_a_person_noun_and_a_dotted_name_are_still_read(
    steps: tuple[Any, Any], marked: list[int]
) -> None:
    vt = "遗孀克劳迪娅起诉约翰·史密斯。"
    evs = events(steps, vt)
    names = {x.name for e in evs for x in e.actors} | {g.text for e in evs for g in e.arguments}
    assert {"克劳迪娅", "约翰·史密斯"} <= names, kinds(evs)
    assert len(marked) == 3  # (the sentence's, then before each of the two readers)


def _match(vt: str, word: str, entry: NewsEntry = _ARREST) -> Any:
    at = vt.index(word)
    return news.NewsMatch(at, at + len(word), entry, word)


def test_roles_may_mark_an_object_marked_with_some_or_a_place_where_it_happens() -> None:
    vt = "警方对某区交管局逮捕。"
    body = Actor(4, 8, "区交管局", "ORG")
    clause = news._Clause(0, len(vt) - 1)
    assert news._roles_may_mark(vt, clause, _match(vt, "逮捕"), [body])  # (对某…: 某 joins it)
    vt = "香港发生示威。"
    place = Actor(0, 2, "香港", "GPE")
    protest = NewsEntry("示威", None, ("示威",), plover="PROTEST", cameo="141")
    m = _match(vt, "示威", protest)
    assert news._roles_may_mark(vt, news._Clause(0, len(vt) - 1), m, [place])
    vt = "王某被逮捕。"
    m = _match(vt, "逮捕")
    assert not news._roles_may_mark(vt, news._Clause(0, len(vt) - 1), m, [_person()])


def test_the_trigger_gates_match_where_one_of_their_patterns_does() -> None:
    after, before_chars, before = news._trigger_gates()
    gated_after = (
        news._ATTRIBUTE_AFTER, news._RATE_OF, news._MODIFIED_NOUN, news._PAPER_SHOWS,
        news._OFFICE_AFTER, news._PROBLEM_LIST, news._BEFORE_FRAME, news._NOMINAL_OF,
        news._DAMAGED_AFTER,
    )  # fmt: skip
    gated_before = (
        news._OPINION, news._HABITUAL, news._UNDONE, news._AGGREGATE, news._INDIRECT_Q,
        news._LIKENED, news._ENDED, news._GENERIC, news._THREAT_OF, news._DEONTIC,
    )  # fmt: skip
    texts = [
        "法院判决书显示，王某曾多次起诉该公司，电池起火等问题的几率很高。",
        "我认为法院撤销对他的禁令是对的，此后他结束5日拘留。",
        "全市检察院去年提起公诉800余人，这一幕简直就像某银行大裁员。",
        "职工维权中心的负责人表示，离婚的传闻并不属实，在提起诉讼以前。",
        "王某扬言要起诉李某，法院应当判处，他一般通常周末见面，收购计划遭拒。",
    ]
    for vt in texts:
        for p in range(len(vt)):
            assert (after.match(vt, p) is None) == all(x.match(vt, p) is None for x in gated_after)
            for q in range(p, len(vt) + 1):
                found = before.search(vt, p, q) is not None
                assert found == any(x.search(vt, p, q) for x in gated_before)
                hit = before_chars.search(vt, p, q)  # (the class first, the rest from its hit)
                assert found == (hit is not None and before.search(vt, hit.start(), q) is not None)


def test_a_pattern_read_alone_is_looked_for_only_where_a_match_can_open() -> None:
    texts = [
        "他认为，法院判决王某与李某离婚，律师建议起诉，王某遇难前曾报警，事故车辆。",
        "我觉得，家人同意王某与李某结婚，事故原因，看来，相撞现场。",
    ]
    for vt in texts:
        for p in range(len(vt) + 1):
            if news._ATTRIBUTE_OF_ACCIDENT.match(vt, p):
                assert news._ACCIDENT_ATTRIBUTE_OPENS.match(vt, p)
            for q in range(p, len(vt) + 1):
                for gate, pattern in (
                    (news._ORDERED_OPENS, news._ORDERED),
                    (news._OPINION_END_OPENS, news._OPINION_END),
                ):
                    assert gate.search(vt, p, q) or not pattern.search(vt, p, q)


def test_a_pattern_read_alone_is_looked_for_only_where_a_character_it_holds_is() -> None:
    texts = [
        "今年以来，车祸竟多达七起，王某起诉李某一案；“王某举报李某”一事，收购谈判开始。",
        "分析师预计，甲公司5月3日宣布裁员；乙公司的收购计划遭拒，此案件。",
        "据检察机关指控，根据居民举报，计划回国后，通常情况下，为了防止车祸，你您。",
    ]
    read = (
        (news._STATISTIC_HOLDS, None, news._STATISTIC),
        (news._CASE_NAME_HOLDS, news._CASE_NAME_REACH, news._CASE_NAME),
        (news._PLAN_NOUN_HOLDS, news._PLAN_NOUN_REACH, news._PLAN_NOUN),
        (news._FENCE_HOLDS, None, news._FENCE),
        (news._FRAME_OF_HOLDS, None, news._FRAME_OF),
        (news._PLAN_THEN_HOLDS, None, news._PLAN_THEN),
    )
    for vt in texts:
        for p in range(len(vt) + 1):
            for q in range(p, len(vt) + 1):
                for holds, reach, pattern in read:
                    end = q if reach is None else min(q, p + reach)
                    assert holds.search(vt, p, end) or not pattern.match(vt, p, q)
                    assert holds.search(vt, p, q) or not pattern.search(vt, p, q)
                for gate, pattern in (
                    (news._FORECAST_END_OPENS, news._FORECAST_END),
                    (news._GENERIC_ANY_OPENS, news._GENERIC_ANY),
                    (news._AVERTED_OPENS, news._AVERTED),
                ):
                    assert gate.search(vt, p, q) or not pattern.search(vt, p, q)
                # (_FRAME_OF is read on the clause's text cut out: its class alike)
                assert news._FRAME_OF_HOLDS.search(vt[p:q]) or not news._FRAME_OF.search(vt[p:q])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("今年以来，该路段车祸竟多达七起。", "_STATISTIC: a count of events"),
        ("王某起诉李某一案引发关注。", "_CASE_NAME: the name of a case"),
        ("律师建议王某起诉该公司。", "_ORDERED: advised, not done"),
        ("法院判决王某与李某离婚。", "_ORDERED: ruled, not done"),
        ("我觉得，王某已经离婚了。", "_OPINION_END: an opinion closing the clause before"),
        ("王某遇难前曾报警。", "_ATTRIBUTE_OF_ACCIDENT: the time before it, no death told"),
        ("据检察机关指控，王某曾多次辱骂李某，", "_FRAME_OF: whose account, no charge made"),
        ("为了防止车祸发生，交警加强巡逻。", "_AVERTED: an aim, not done"),
        ("通常情况下，警方会拘留肇事者。", "_GENERIC_ANY: what is done in general"),
    ],
)
def test_a_check_past_its_opening_test_still_drops_the_candidate(
    steps: tuple[Any, Any], text: str, read: str
) -> None:
    assert events(steps, text) == [], read


def test_the_status_gates_match_where_one_of_their_patterns_does() -> None:
    before_chars, before, near_chars, near, opening = news._status_gates()
    gated_before = (
        news._PLANNED, news._ABOUT_TO, news._SET_ABOUT, news._DEFERRED_TO, news._INTENDS,
        news._GUESS_AHEAD, news._UNSAID,
    )  # fmt: skip
    gated_near = (
        news._MODAL_FUTURE, news._WILL, news._WILL_ABOUT, news._NEGATED_MARKED,
        news._NOT_RIGHT_BEFORE, news._NOT_RECEIVED, news._SAID_OF,
    )  # fmt: skip
    gated_opening = (news._OR_ELSE, news._CONTINUES, news._DOUBT_JOINS)
    texts = [
        "王某立即将于下月起诉该公司，否则他说他会向法院起诉，甚至要结婚了。",
        "他并未对王某提出逮捕，没有被警方带走，被曝出轨，从未说过要起诉李某。",
        "随后王某着手起诉，案件押后至11月24日判刑，可能会上诉，未来会继续维权。",
    ]
    for vt in texts:
        for p in range(len(vt)):
            opens = opening.match(vt, p) is not None
            assert opens == any(x.match(vt, p) for x in gated_opening)
            for q in range(p, len(vt) + 1):
                cut = vt[p:q]
                found = any(x.search(cut) for x in gated_before)
                assert (before.search(cut) is not None) == found
                hit = before_chars.search(cut)  # (the class first, the rest from its hit)
                assert found == (hit is not None and before.search(cut, hit.start()) is not None)
                # a pattern read in a window ending at q within the near gate's reach
                hit = near_chars.search(vt, max(p, q - news._NEAR_REACH), q)
                gate = hit is not None and near.search(vt, hit.start(), q) is not None
                for reach in range(news._NEAR_REACH + 1):
                    if any(x.search(vt, max(p, q - reach), q) for x in gated_near):
                        assert gate


@pytest.mark.parametrize(
    ("text", "status", "modality", "read"),
    [
        ("王某要结婚了。", "planned", "asserted", "_ABOUT_TO, before the trigger"),
        ("王某准备起诉李某。", "planned", "asserted", "_PLANNED, before the trigger"),
        ("王某着手起诉李某。", "planned", "asserted", "_SET_ABOUT, before the trigger"),
        ("王某可能会起诉李某。", "planned", "uncertain", "_GUESS_AHEAD, before the trigger"),
        ("王某说他会向法院起诉李某。", "planned", "asserted", "_WILL, close before it"),
        ("歌手王某被曝出轨。", "occurred", "reported", "_SAID_OF, close before it"),
        (
            "警方要求王某在三天内自首，否则将对其实施逮捕。",
            "planned",
            "hypothetical",
            "_OR_ELSE, opening the clause",
        ),
        (
            "王某可能会召开发布会，甚至宣布退出娱乐圈。",
            "planned",
            "uncertain",
            "_DOUBT_JOINS, opening the clause",
        ),
        ("甲公司宣布收购谈判已经开始。", "planned", "asserted", "_PLAN_NOUN, after the trigger"),
        ("王某计划回国后，与李某面谈。", "planned", "asserted", "_PLAN_THEN, the clause before"),
        ("分析师预计，该公司会裁员。", "occurred", "uncertain", "_FORECAST_END, the clause before"),
    ],
)
def test_a_status_or_modality_pattern_past_its_gate_still_reads(
    steps: tuple[Any, Any], text: str, status: str, modality: str, read: str
) -> None:
    evs = events(steps, text)
    assert [(e.status, e.modality) for e in evs][-1:] == [(status, modality)], (read, kinds(evs))


def test_a_day_heading_a_statement_a_semicolon_closes_dates_no_later_one(
    steps: tuple[Any, Any],
) -> None:
    evs = events(steps, "甲公司5月3日宣布裁员；乙公司宣布收购丙公司。")  # (_FENCE: the semicolon)
    assert [(e.news_type, e.date) for e in evs] == [
        ("组织关系-裁员", "2025-05-03"),
        ("财经/交易-出售/收购", None),
    ]


def test_a_threat_of_the_act_past_the_gate_is_still_dropped(steps: tuple[Any, Any]) -> None:
    # (_THREAT_OF: the before gate holds it) a harm threatened is dropped, a suit planned
    assert events(steps, "王某扬言要炸毁李某的汽车。") == []
    assert [e.status for e in events(steps, "王某扬言要起诉李某。")] == ["planned"]


def test_the_case_phrase_is_read_only_for_a_type_with_a_case_role(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _calls_of(monkeypatch, "_case_phrase")
    assert events(steps, "警方昨日逮捕了王某。")
    assert read == []  # (an arrest has no case argument)
    evs = events(steps, "王某诉李某侵权一案昨日在某区法院开庭。")
    assert read
    args = [(a.role, a.text) for e in evs for a in e.arguments]
    assert ("开庭案件", "王某诉李某侵权一案") in args


class _Counted:
    """A pattern whose calls are counted (the gated checks read it only past their gate)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.match(*args)

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize(
    ("gates", "first", "second", "past"),
    [
        # status/modality: 被曝 reaches _SAID_OF's gate
        ("_status_gates", "_SAID_OF", "_OR_ELSE", "歌手王某被曝出轨。"),
        # early checks: 撤销对…的 before the trigger reaches _UNDONE's gate (a court of a place:
        # a political reading no actor can place is dropped before the checks)
        ("_trigger_gates", "_UNDONE", "_OFFICE_AFTER", "香港法院撤销对王某的禁令。"),
    ],
)
def test_a_trigger_matching_no_gated_pattern_skips_their_checks(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, gates: str, first: str, second: str,
    past: str,
) -> None:  # fmt: skip
    getattr(news, gates)()  # (the gates, made of the patterns themselves)
    one, other = _Counted(getattr(news, first)), _Counted(getattr(news, second))
    monkeypatch.setattr(news, first, one)
    monkeypatch.setattr(news, second, other)
    assert events(steps, "警方昨日逮捕了王某。")
    assert one.calls == 0 and other.calls == 0
    events(steps, past)
    assert one.calls > 0


def test_a_clause_with_no_time_frame_reads_no_one_as_inside_one(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _calls_of(monkeypatch, "_in_time_frame")
    assert events(steps, "王某昨日与李某登记结婚。")
    assert asked == []  # (no 在…后 frame before the trigger: no one is looked for inside one)
    events(steps, "王某在生下女儿后与李某登记结婚。")
    assert asked  # (a frame: each one named before the trigger is looked for inside it)


def test_the_names_qualifying_others_are_read_once_for_both_sides(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _calls_of(monkeypatch, "_qualifying")
    evs = events(steps, "张某起诉了李某和王某。")
    named = [x.name for e in evs for x in e.actors if x.side == "party"]
    assert named[:3] == ["张某", "李某", "王某"]
    assert len(read) == 1  # (the suer and the sued: one reading of the clause)


def _parties(evs: list[Any]) -> list[list[str]]:
    return [[x.name for x in e.actors if x.side == "party"] for e in evs]


def test_a_partner_is_read_only_where_a_partner_mark_is_written() -> None:
    for mark in news._WITH_MARK:  # (与, 和, 跟, 同, 携, 偕: each found by the one test)
        assert news._partner_mark_in(f"王某{mark}李某结婚", 0, 7)
        assert not news._partner_mark_in(f"王某{mark}李某结婚", 3, 7)  # (before the span)
    assert not news._partner_mark_in("王某起诉李某", 0, 6)


def test_the_partners_a_mark_introduces_still_come_after_the_subject(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _calls_of(monkeypatch, "_with_title")
    assert _parties(events(steps, "王某与李某昨日登记结婚。")) == [["王某", "李某"]]
    assert _parties(events(steps, "知情人李某透露王某已与妻子离婚。")) == [["王某", "妻子"]]
    assert read  # (a mark before the trigger: each one named before it is read as a partner)
    evs = events(steps, "张某携妻子李某现身机场并起诉某公司。")  # (携: one brought along)
    assert _parties(evs)[0][0] == "张某" and "李某" in _parties(evs)[0]
    read.clear()
    assert _parties(events(steps, "王某昨日起诉了李某。")) == [["王某", "李某"]]
    assert read == []  # (no partner mark before the trigger: no one is read as a partner)


def test_who_notices_an_act_before_its_trigger_is_still_no_party_of_it(
    steps: tuple[Any, Any]
) -> None:
    # (the noticing verb is looked for whenever someone is named before the trigger)
    evs = events(steps, "快递员蒋建平送件时看到一名骑手被出租车撞倒。")
    assert _parties(evs) == [["骑手"]]


def test_a_warrant_is_looked_for_only_after_a_holding_word_close_before_the_name() -> None:
    court = Actor(4, 6, "法院", "ORG", agent_type="JUD")
    assert news._issues_warrant("凭借本港法院手令搜查", court)  # (凭借: four characters before)
    assert news._issues_warrant("警方手持法院签发的搜查令", Actor(4, 6, "法院", "ORG"))
    assert not news._issues_warrant("凭借本港区法院手令搜查", Actor(5, 7, "法院", "ORG"))
    assert not news._issues_warrant("警方前往法院拘捕男子", court)  # (no holding word)


def test_the_ones_before_a_trigger_are_sifted_only_when_someone_is_named_there(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    sifted = _calls_of(monkeypatch, "_left_before", lambda args: [x.text for x in args[3]])
    evs = events(steps, "江城警方前日持法庭手令展开突击搜查，并拘捕4名男子。")
    assert ["江城警方", "法庭"] in sifted  # (both named before the trigger: sifted)
    names = [x.name for e in evs if e.news_type == "司法行为-拘捕" for x in e.actors]
    assert "江城警方" in names and "法庭" not in names  # (the court's warrant, held)
    sifted.clear()
    events(steps, "昨日，被告人当庭认罪。")
    assert [] not in sifted  # (no one named before the trigger: nothing to sift)


def test_a_placeless_political_reading_is_dropped_before_the_checks_ahead_of_it(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    framed = _calls_of(monkeypatch, "_notevent_frame", lambda args: args[4].entry.id)
    assert events(steps, "警方通缉了王某。") == []  # (no one of a country: no political event)
    assert "coerce.通缉" not in framed  # (dropped before the checks that come first)
    evs = events(steps, "香港警方突击搜查了某报社。")  # (the police of a place: read in full)
    assert [e.type for e in evs] == ["COERCE"]
    assert "coerce.搜查" in framed
    # a demand: dropped early only where no PLOVER reading of it (a threat, a ban) has a country
    assert events(steps, "王某要求公司退款。") == []
    assert "request.责令" not in framed
    evs = events(steps, "美国政府要求某公司在45天内出售其业务，否则将禁止其运营。")
    assert "THREATEN" in [e.type for e in evs] and "request.责令" in framed


def test_a_year_alone_is_looked_for_only_when_a_year_is_told(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    years: list[bool] = []
    real = news._day_or_month

    def counted(*args: Any, **kw: Any) -> Any:
        years.append(bool(kw.get("years")))
        return real(*args, **kw)

    monkeypatch.setattr(news, "_day_or_month", counted)
    assert events(steps, "王某被警方逮捕。")
    assert years and True not in years  # (no time told: no year to look for)
    years.clear()
    text = "据悉，王某与李某于2015年相识，2017年结婚。"
    (e,) = [e for e in events(steps, text, ref="2021-07-01") if e.news_type == "人生-结婚"]
    assert True in years and e.context_date == "2017"  # (a year told: it dates the wedding)


def test_a_clause_with_no_one_in_it_passes_the_subject_on(
    steps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    cause = _Counted(news._CAUSE_CLAUSE)
    monkeypatch.setattr(news, "_CAUSE_CLAUSE", cause)
    evs = events(steps, "王某昨日返回北京，心情很差，随即起诉了李某。")
    assert [x.name for e in evs for x in e.actors][:2] == ["王某", "李某"]
    assert cause.calls == 1  # (心情很差 names no one: only the clause naming 王某 is read)


def test_a_quoted_compound_is_read_past_its_quotation_mark_test() -> None:
    entry = NewsEntry("离婚", "人生-离婚", ("离婚",))
    vt = "网友称她为“离婚妈”。"
    m = news.NewsMatch(vt.index("离婚"), vt.index("离婚") + 2, entry, "离婚")
    assert news._quoted_compound(vt, 0, m)  # (a quotation mark before the trigger: read)
    assert not news._quoted_compound(vt.replace("“", "").replace("”", ""), 0, m)
    assert news._clause_of([news._Clause(0, 3), news._Clause(4, 9)], 5) == 1
    assert news._clause_of([news._Clause(0, 3), news._Clause(4, 9)], 3) is None


def test_the_last_name_of_a_clause_qualifies_no_one_and_the_ones_before_it_still_do() -> None:
    vt = "某集团财务总监林某某被捕"
    body = Actor(0, 3, "某集团", "ORG")
    person = Actor(vt.index("林"), vt.index("林") + 3, "林某某", "PER")
    assert news._qualifying(vt, [body, person]) == {id(body)}  # (集团 qualifies the person)
    assert news._qualifying(vt, [person]) == set() and news._qualifying(vt, []) == set()
