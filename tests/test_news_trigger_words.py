"""Trigger words (issue 7, TRIGGER family): a trigger is a word of its sentence, its cue
stands outside the names of people, and a state or a thought is no change.  Invented sentences
(none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events
from test_news_notevent import kinds, typed


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        # 公开 / 庭审: 开庭 is cut at both its ends - the word of the text is 庭审
        ("这起离婚案因当事人要求不公开庭审。", "司法行为-开庭", "开庭"),
        # 心脏病 / 逝世: the death's word is 逝世
        ("老演员周伯年的心脏病逝世前已拖了十年。", "人生-死亡", "病逝"),
    ],
    ids=["open-hearing", "heart-disease"],
)
def test_a_trigger_cut_at_both_ends_is_no_word(steps, text: str, kind: str, trigger: str) -> None:
    evs = events(steps, text)
    assert not [e for e in typed(evs, kind) if e.trigger == trigger], kinds(evs)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("这起合同纠纷今天上午在区法院开庭。", "司法行为-开庭"),
        ("女演员林晓雯上周在私立医院产下双胞胎。", "人生-产子/女"),
    ],
    ids=["hearing", "birth"],
)
def test_the_trigger_as_a_word_stays(steps, text: str, kind: str) -> None:
    evs = events(steps, text)
    assert typed(evs, kind), kinds(evs)


def test_to_stand_trial_is_a_trial(steps) -> None:
    evs = events(steps, "涉嫌走私象牙的船员黎某月底要到地方法院接受审讯。")
    trial = typed(evs, "司法行为-开庭")
    assert trial and trial[0].trigger == "接受审讯", kinds(evs)


def test_a_cue_inside_a_persons_name_is_no_cue(steps) -> None:
    evs = events(steps, "张小比能走到今天，靠的是从小争强好胜。")
    assert not typed(evs, "竞赛行为-胜负"), kinds(evs)


def test_a_score_cue_outside_the_name_stays(steps) -> None:
    evs = events(steps, "昨晚男足3比1战胜泰国队，张小比打进两球。")
    assert typed(evs, "竞赛行为-胜负"), kinds(evs)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("前锋刘卫东曾效力于广州队。", "组织关系-加盟"),
        ("王某失业后一度轻生，幸得家人开导。", "人生-死亡"),
    ],
    ids=["played-for", "suicidal-thoughts"],
)
def test_a_state_or_a_thought_is_no_change(steps, text: str, kind: str) -> None:
    evs = events(steps, text)
    assert not typed(evs, kind), kinds(evs)


def test_joining_stays_a_join(steps) -> None:
    evs = events(steps, "前锋刘卫东上周正式加盟广州队。")
    assert typed(evs, "组织关系-加盟"), kinds(evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # 案 / 件: the gapped word's tail is the head of 案件 - the trigger ends with the word
        ("两起纠纷互有牵连，区法院决定先审理刘某诉陈某的案件。", "审理刘某诉陈某的案件"),
        ("区法院将于下周审理该案。", "审理该案"),
    ],
    ids=["tail-in-a-word", "tail-a-word"],
)
def test_a_gapped_trigger_ends_where_its_last_word_does(steps, text: str, trigger: str) -> None:
    evs = events(steps, text)
    assert [e.trigger for e in typed(evs, "司法行为-开庭")] == [trigger], kinds(evs)


def test_cue_lists_are_written_as_tries_matching_as_their_words() -> None:
    """A cue list compiles to the trie of its words (one attempt a character, not one a word),
    matching exactly where the plain alternation of the list does."""
    import re

    from dashiji.events.news_cues import cue, cue_words

    words = cue_words("person_title")
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")$")
    trie = cue("person_title")
    assert trie.pattern != plain.pattern
    for text in ("记者采访了该公司副总经理", "据律师表示", "涉事司机", "王某某"):
        for i in range(len(text)):
            x, y = trie.search(text, i), plain.search(text, i)
            assert (x and x.span()) == (y and y.span())
