"""The one-search gates in front of doubt tests (a count's last character, the words of no one or
anyone, a duty or a leave word, a deadline's 起): each lets through every stretch its patterns
match, so the doubt is judged as before; the tests fail when a gate is made too strict."""

from __future__ import annotations

import re

import pytest

from dashiji.events import doubt


@pytest.mark.parametrize(
    "before",
    [
        "上个月本市共发生多起",  # the count ends the stretch
        "本市发生多起严重交通",  # four characters after it: the most _PLURAL_COUNT allows
        "本市发生多起严重交通\n",  # and a final newline, which $ stands before
        "至少有12起",
        "已经发生了好几次",
        "全省出现三十余宗类似",
        "今年第3起",  # (not a count of many: 第)
        "他们两人在商场门口",  # no count at all
        "",
    ],
)
def test_a_count_of_many_is_found_as_the_two_patterns_find_it(before: str) -> None:
    plain = bool(doubt._PLURAL_COUNT.search(before) or doubt._NUMBER_COUNT.search(before))
    assert doubt._counted_many(before) is plain


def test_the_count_gate_keeps_a_count_four_characters_and_a_newline_back() -> None:
    assert doubt._counted_many("本市发生多起严重交通\n")
    assert doubt._counted_many("近年来发生13起")


@pytest.mark.parametrize(
    "before, pattern",
    [
        ("至今没有一家", doubt._NO_ONE_BEFORE),
        ("现场并无", doubt._NO_ONE_BEFORE),
        ("当晚无一", doubt._NO_ONE_BEFORE),
        ("不允许任何", doubt._ANYONE_BEFORE),
        ("越来越多的", doubt._ANYONE_BEFORE),
        ("其他", doubt._ANY_FIRM_BEFORE),
        ("其它", doubt._ANY_FIRM_BEFORE),
    ],
)
def test_the_no_one_gate_finds_a_word_wherever_its_patterns_match(before: str, pattern) -> None:
    assert pattern.search(before)
    assert doubt._NO_ONE_WORDS.search(before)


@pytest.mark.parametrize(
    "before", ["当事人可以向法院", "政府应该对相关企业", "业主有权向开发商", "双方必须在法庭上"]
)
def test_the_duty_gate_finds_a_word_wherever_the_far_duty_matches(before: str) -> None:
    assert doubt._DUTY_FAR.search(before)
    assert doubt._DUTY_OR_MAY.search(before)


@pytest.mark.parametrize(
    "text", ["自决定书送达之日起五日内", "自本通知送达起3个月内", "起诉后十五日内", "判决已经生效"]
)
def test_a_deadline_is_found_with_or_without_its_opening(text: str) -> None:
    opened = re.compile(r"(?:之日|之时)?" + doubt._DEADLINE_DAYS)  # (the pattern read before)
    assert bool(doubt._DEADLINE_FROM.search(text)) is bool(opened.search(text))


@pytest.mark.parametrize("text", ["自决定书送达之日起五日内", "自本通知送达起3个月内"])
def test_a_deadline_orders_what_follows_it(text: str) -> None:
    assert doubt._wish_in(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "trigger", "owned"),
    [
        ("甲队轻松的击败了乙队。", "击败", False),  # 的 for 地: the verb takes its aspect mark
        ("他曾经的起诉过对方。", "起诉", False),
        ("王某的离婚过程十分曲折。", "离婚", True),  # 过程: a word 过 opens, the noun is owned
        ("瓦妮莎的诉讼过后，", "诉讼", True),
        ("该公司的裁员过多。", "裁员", True),
    ],
)
def test_only_an_aspect_mark_after_the_trigger_unmakes_an_owned_noun(
    text: str, trigger: str, owned: bool
) -> None:
    t0 = text.index(trigger)
    t1 = t0 + len(trigger)
    found = doubt._nominal(text, text[:t0], t1, len(text), trigger=trigger)
    assert (found == "owned") is owned


_NOMINAL_BEFORES = [
    "这起", "一连串", "认定为", "每次", "过去两年在本地", "多起", "瓦妮莎的", "尊重法院的",
    "从相识到", "从出事", "借助", "未就本案", "在女儿", "涉嫌",
]  # fmt: skip
_NOMINAL_AFTERS = [
    "的原因", "信内容不实", "诉讼", "的老人", "的日子是3月9日", "结束后", "过程中", "的前一天",
    "等罪", "这种事", "等原因", "迎来转机", "第三年", "、",
]  # fmt: skip


@pytest.mark.parametrize("text", [*_NOMINAL_BEFORES, *_NOMINAL_AFTERS, "两人", "后", ""])
def test_the_nominal_gates_pass_every_stretch_one_of_their_patterns_reads(text: str) -> None:
    before_gate, after_gate = doubt._nominal_gates()
    befores = (
        doubt._NOMINAL_BEFORE, doubt._MANY_BEFORE, doubt._CLASSED, doubt._NOMINAL_EVERY,
        doubt._SPAN_BACK, doubt._NOMINAL_COUNT, doubt._OWNED_DE, doubt._REGARDING,
        doubt._RANGE, doubt._SPAN_FROM, doubt._MEANS, doubt._COMMENT_TOPIC, doubt._IN_FRAME,
        doubt._SUSPECTED_BEFORE,
    )  # fmt: skip
    afters = (
        doubt._HEAD_NEAR, doubt._CONTENT_NEAR, doubt._SUIT_HEAD, doubt._REL_DE,
        doubt._RESULT_DE, doubt.DATED_AS, doubt._NOMINAL_FRAME, doubt._FRAME_VERB,
        doubt._BEFORE_COUNT, doubt._CHARGE_AFTER, doubt._CRIME_NAMED_AFTER,
        doubt._KIND_AFTER, doubt._CAUSE_AFTER, doubt._COURSE_AFTER, doubt._NTH_AFTER,
        doubt._LIST_OF_KINDS,
    )  # fmt: skip
    assert (before_gate.search(text) is not None) is any(p.search(text) for p in befores)
    assert (after_gate.match(text) is not None) is any(p.match(text) for p in afters)


def test_the_nominal_before_gate_is_searched_by_its_first_characters() -> None:
    before_gate, after_gate = doubt._nominal_gates()
    assert before_gate.pattern.startswith("[")  # (every pattern's first characters known)
    assert any(before_gate.search(t) for t in _NOMINAL_BEFORES)
    assert any(after_gate.match(t) for t in _NOMINAL_AFTERS)


@pytest.mark.parametrize(
    "before",
    ["他在北京", "这次", "以危害公共安全", "当事人可以", "负责", "劝阻球迷继续", "会有更多业主",
     "讨论", "也许正是因为", "为讨好选民而", "有什么可", "接近与乙国", "两人昨日", ""],
)  # fmt: skip
def test_the_doubt_gate_passes_every_clause_one_of_its_patterns_finds(before: str) -> None:
    patterns = (
        doubt._IN_FRAME, doubt._BACK_REF, doubt._PRETEXT_OPEN, doubt._DUTY_OR_MAY, doubt._REMIT,
        doubt._NEAR_MISS, doubt._PREVENTED, doubt._SOMEONE_WILL, doubt._PROSPECT,
        doubt._NOT_YET, doubt._GUESSED_CAUSE, doubt._FOR_AIM, doubt._RHETORICAL,
    )  # fmt: skip
    gate = doubt._doubt_gate()
    assert gate.pattern.startswith("[")  # (searched by the characters a match opens with)
    assert (gate.search(before) is not None) is any(p.search(before) for p in patterns)


@pytest.mark.parametrize(
    "text",
    ["让我们向消防员致敬", "说实话，", "只有离开这里，", "要是甲国外长", "如果", "职业生涯里",
     "关注甲公司", "问：", "罪是指", "通知明确规定", "两人昨日", ""],
)  # fmt: skip
def test_the_opening_gate_passes_every_stretch_one_of_its_patterns_finds(text: str) -> None:
    patterns = (
        doubt._EXHORT, doubt._STANCE_OPEN, doubt._ONLY_IF, doubt._IF_WORD, doubt._IF_OPEN,
        doubt._CAREER, doubt._WATCH_VERBS, doubt._ASKED, doubt._CHARGE_TEXT, doubt._RULE_SAYS,
    )  # fmt: skip
    gate = doubt._opening_gate()
    assert gate.pattern.startswith("[")  # (searched by the characters a match opens with)
    vt = "甲说，" + text + "起诉"  # (searched in a window of a longer text, as iter_doubts does)
    found = any(p.search(vt, 3, len(vt) - 2) for p in patterns)
    assert (gate.search(vt, 3, len(vt) - 2) is not None) is found
