"""Contests in everyday news (竞赛行为): the competition's name is an argument and no side, a
score is no clause break and no name, a country in a sentence of sport is its team, a means
or frame clause (凭借…, 在…中) has no subject of its own.  Each rule has a sentence where it
acts and a similar one that stays as it was.  Invented sentences (none from the dev set, DuEE or
the DTELS articles)."""

from __future__ import annotations

from test_events import events
from test_events_news import news, roles


def test_the_competition_is_named_and_takes_no_side(steps) -> None:
    e = news(events(steps, "蓝湖杯第5轮比赛中，青山队3比1击败白沙队。"), "竞赛行为-胜负")
    r = roles(e)
    assert r["胜者"] == ["青山队"] and r["败者"] == ["白沙队"], r
    assert r["赛事名称"] == ["蓝湖杯第5轮比赛"], r
    e = news(events(steps, "青山队昨晚3比1击败白沙队。"), "竞赛行为-胜负")
    assert "赛事名称" not in roles(e)


def test_a_score_with_a_colon_is_no_clause_break(steps) -> None:
    e = news(events(steps, "青山队以98：91击败了白沙队。"), "竞赛行为-胜负")
    r = roles(e)
    assert r.get("胜者") == ["青山队"] and r.get("败者") == ["白沙队"], r


def test_a_country_in_a_sentence_of_sport_is_its_team(steps) -> None:
    e = news(events(steps, "在友谊赛中，巴西2比0击败秘鲁。"), "竞赛行为-胜负")
    r = roles(e)
    assert r.get("胜者") == ["巴西"] and r.get("败者") == ["秘鲁"], r


def test_a_means_clause_lends_no_subject(steps) -> None:
    text = "红星队昨晚客场作战，凭借周涛补时阶段的头球，2比1战胜蓝湖队。"
    r = roles(news(events(steps, text), "竞赛行为-胜负"))
    assert r.get("胜者") == ["红星队"] and "周涛" not in r.get("胜者", []), r
    assert r.get("败者") == ["蓝湖队"], r


def test_a_latin_club_suffix_closes_one_team_name(steps) -> None:
    # FC, SC, United after a name the recogniser read: one club, whole (news_cues team_suffixes)
    r = roles(news(events(steps, "红星FC以2比1击败蓝海SC。"), "竞赛行为-胜负"))
    assert r.get("胜者") == ["红星FC"] and r.get("败者") == ["蓝海SC"], r
    r = roles(news(events(steps, "北京FC主场0比2负于东湖United。"), "竞赛行为-胜负"))
    assert r.get("败者") == ["北京FC"] and r.get("胜者") == ["东湖United"], r


def test_a_latin_title_running_on_is_no_club_suffix(steps) -> None:
    # control: CFO runs on past CF - the company's officer, no team
    r = roles(news(events(steps, "华信公司CFO李某被警方拘留。"), "司法行为-拘捕"))
    assert "华信公司CF" not in r.get("被拘捕者", []) and "李某" in r.get("被拘捕者", []), r
    r = roles(news(events(steps, "青山队昨晚3比1击败白沙队。"), "竞赛行为-胜负"))
    assert r.get("胜者") == ["青山队"] and r.get("败者") == ["白沙队"], r


def test_a_win_over_the_opponent_is_over_the_other_side_of_the_match_named(steps) -> None:
    # 甲与乙的比赛中，甲击败对手: the match named first says who the opponent is
    text = "在青山队对白沙队的比赛中，白沙队3比0战胜对手。"
    r = roles(news(events(steps, text), "竞赛行为-胜负"))
    assert r.get("胜者") == ["白沙队"] and r.get("败者") == ["青山队"], r


def test_a_winner_of_no_side_of_the_match_named_takes_no_loser_from_it(steps) -> None:
    # control: 红星队 plays in neither side named - no loser lent
    text = "青山队与白沙队的比赛结束后，红星队击败对手。"
    r = roles(news(events(steps, text), "竞赛行为-胜负"))
    assert r.get("胜者") == ["红星队"] and "青山队" not in r.get("败者", []), r
    assert "白沙队" not in r.get("败者", []), r


def test_a_passive_word_of_beating_makes_its_subject_the_loser(steps) -> None:
    # 被击败/遭逆转 written whole as a trigger: the passive turns a beating word's doer round once
    # (the words once sat with the losing words, whose subject is already the loser, and were
    # turned round again: the team beaten became the winner)
    for text in ("青山队昨晚被击败，无缘决赛。", "青山队在主场遭逆转，无缘决赛。"):
        r = roles(news(events(steps, text), "竞赛行为-胜负"))
        assert r.get("败者") == ["青山队"] and "胜者" not in r, (text, r)
    # 被 apart from the word: the beating word's own entry, turned round as before
    r = roles(news(events(steps, "半决赛中，青山队被白沙队击败。"), "竞赛行为-胜负"))
    assert r.get("胜者") == ["白沙队"] and r.get("败者") == ["青山队"], r
