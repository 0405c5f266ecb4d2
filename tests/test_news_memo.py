"""The news coder's answers kept per string (helpers asked again and again of one article by
several rules): each is worked out once, and the answer is the one worked out afresh."""

from __future__ import annotations

import pytest

from dashiji.events import dates, news


def test_a_gap_is_read_for_a_verb_and_its_object_once() -> None:
    news._verb_object.cache_clear()
    news._tail_ends_with_act.cache_clear()
    assert news._verb_object("又数次撞伤") == news._verb_object.__wrapped__("又数次撞伤")
    assert news._verb_object("又数次撞伤") is True
    assert news._verb_object.cache_info().hits == 1
    assert news._verb_object("选手") is False  # a title before a name: no verb
    assert news._ends_with_act("以4-2力克") == news._ends_with_act("比赛中以4-2力克")
    assert news._tail_ends_with_act.cache_info().hits >= 1  # (the same six characters)


def test_the_kin_word_a_title_ends_with_is_the_longest() -> None:
    news._kin_suffix.cache_clear()
    assert news._kin_suffix("某某的妻子") == "妻子"
    assert news._kin_suffix("某某的妻子") == "妻子"
    assert news._kin_suffix("总经理") == ""
    assert news._kin_suffix.cache_info().hits == 1


def test_a_trigger_s_tellings_quotes_and_negations_are_read_once() -> None:
    vt = "据报道，王某称“他没有被拘留”。"
    t = vt.index("拘留")
    news._tellings_found.cache_clear()
    news._quoted.cache_clear()
    news._negation_reaches.cache_clear()
    news._speech_end.cache_clear()
    first = news._tellings(vt, 0, t)
    assert [r.group() for r in first] == ["据", "报道", "称"]
    first.pop()  # a caller's own list: the kept answer is not changed
    assert [r.group() for r in news._tellings(vt, 0, t)] == ["据", "报道", "称"]
    assert news._tellings_found.cache_info().hits == 1
    for _ in range(2):
        assert news._quoted(vt, 0, t) is True
        assert news._negation_reaches(vt, 0, t) == "negated"
        assert news._speech_end(vt, 0, t) == vt.index("称") + 1
    assert news._quoted.cache_info().hits == 1
    assert news._negation_reaches.cache_info().hits == 1
    assert news._speech_end.cache_info().hits == 1


def test_a_date_is_compared_with_the_page_s_once() -> None:
    dates.later_than.cache_clear()
    assert dates.later_than("2024-05-03", "2024-05-01") is True
    assert dates.later_than("2024-05-03", "2024-05-01") is True
    assert dates.later_than("2024-05", "2024-05-10") is None
    assert dates.later_than.cache_info().hits == 1


def test_a_clause_s_news_types_are_read_once() -> None:
    news._news_types_in.cache_clear()
    text = "警方对两人刑事拘留"
    lex = news._packaged_lexicon()
    assert news._news_types_in(text) == {h.entry.news for h in lex.match(text)}
    assert "司法行为-拘捕" in news._news_types_in(text)
    assert news._news_types_in.cache_info().hits == 1


def test_a_sentence_s_case_is_judged_criminal_once() -> None:
    news._criminal_case.cache_clear()
    vt = "被告人王某涉嫌盗窃罪一案今日开庭。"
    for _ in range(2):
        assert news._criminal_case(vt, 0, len(vt)) is True
    assert news._criminal_case.cache_info().hits == 1
    assert news._criminal_case("某主持人涉嫌性骚扰一案开庭。", 0, 13) is False


def test_a_role_s_quantity_kind_is_read_once() -> None:
    news._quantity_kind.cache_clear()
    assert news._quantity_kind("死者年龄") == "age"
    assert news._quantity_kind("死者年龄") == "age"
    assert news._quantity_kind("死亡人数") == "people"
    assert news._quantity_kind("袭击者") is None
    assert news._quantity_kind.cache_info().hits == 1


def test_no_one_is_joined_to_a_head_outside_the_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    vt = "甲、乙和丙出庭。"
    a, b, c = (news.Actor(k, k + 1, vt[k], "PER") for k in (0, 2, 4))
    assert news._coordinated(vt, a, [a, b, c]) == [b, c]
    read: list[object] = []
    modifies = news._modifies
    monkeypatch.setattr(news, "_modifies", lambda *args: read.append(args) or modifies(*args))
    assert news._coordinated(vt, news.Actor(9, 10, "丁", "PER"), [a, b, c]) == []
    assert read == []  # (the actors are not filtered for a head that is none of them)


def test_an_entry_s_copy_without_plover_is_made_once() -> None:
    news._without_plover.cache_clear()
    entry = news.NewsEntry("开庭", "司法行为-开庭", ("开庭",), plover="COERCE", cameo="173")
    bare = news._without_plover(entry)
    assert (bare.plover, bare.cameo, bare.news) == (None, None, "司法行为-开庭")
    assert news._without_plover(entry) is bare
    assert news._without_plover.cache_info().hits == 1


def test_the_times_that_may_date_an_act_are_read_once_for_a_day_and_a_year(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vt = "2019年，王某与李某结婚。"
    year = news.TimeRef(0, 5, "date", "2019", "year", False, None, "2019年")
    entry = news.NewsEntry("结婚", "人生-结婚", ("结婚",))
    at = vt.index("结婚")
    m = news.NewsMatch(at, at + 2, entry, "结婚")
    clauses = [news._Clause(0, 6), news._Clause(6, len(vt))]
    read: list[int] = []
    dating = news._dating_times
    monkeypatch.setattr(news, "_dating_times", lambda *args: read.append(1) or dating(*args))
    assert news._date(vt, clauses[1], clauses, m, [year]) is year  # (no day: the year)
    assert read == [1]  # (the day and then the year looked for with one reading of the times)
