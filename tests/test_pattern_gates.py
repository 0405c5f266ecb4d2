"""The characters a match of a pattern can open with, and the class that gates a family."""

from __future__ import annotations

import re

import pytest

from dashiji.events import news, news_actors, pattern_gates
from dashiji.events.pattern_gates import NO_GATE, char_gate, first_chars, required_gate


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("着手", "着"),
        ("(?:否则|不然|要不然|要么)", "否不要"),
        (r"(?<![需想只主重不还])要$", "要"),  # (a lookbehind consumes nothing)
        (r"(?:也|都)?不(?:敢|愿)?$", "也都不"),  # (an optional opening: the next one too)
        ("[a-d]?被", "abcd被"),
        (r"(?=将)将于", "将"),
        (r"(将)\1", "将"),  # (what comes after the first character is not read)
    ],
)
def test_the_first_characters_are_those_a_match_opens_with(pattern: str, chars: str) -> None:
    assert first_chars(re.compile(pattern)) == frozenset(chars)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+起",  # a category
        "[^，。]{0,6}起",  # a negated class
        ".被",  # any character
        "(?:将)?",  # may match the empty string
        "要?$",
        r"(?:(将)|\1)被",  # a back reference first
        "(?i)ab",  # a case-blind literal
    ],
)
def test_no_first_characters_are_given_where_they_are_not_known(pattern: str) -> None:
    assert first_chars(re.compile(pattern)) is None


def test_a_text_with_no_opening_character_holds_no_match_of_the_family() -> None:
    family = [re.compile(p) for p in ("(?<!立)将(?:于|在)", "着手", "(?:没有|未)被[^，]{1,4}$")]
    gate = char_gate(family)
    texts = ["王某将于下月起诉", "他着手准备", "王某未被警方带走", "他昨天到了北京", "立将于"]
    for vt in texts:
        for p in range(len(vt)):
            for q in range(p, len(vt) + 1):
                if any(x.search(vt, p, q) for x in family):
                    assert gate.search(vt, p, q)  # (a match: the class finds its opening)
    assert gate.search("他昨天到了北京") is None


def test_a_family_with_a_pattern_of_unknown_openings_has_no_gate() -> None:
    gate = char_gate([re.compile("着手"), re.compile(r"\d+起")])
    assert gate is NO_GATE
    assert gate.search("3起", 0, 2) and gate.search("x", 1, 1)  # (it lets every window through)


@pytest.mark.parametrize(
    ("pattern", "chars", "width"),
    [
        ("[^，]{0,6}?(?:高达|多达)[0-9]+余?起", "起", None),  # (one character: the fewest)
        ("[^，]{0,4}(?:一事|一案|案件?)", "事案", 6),  # (of a branch: one of each alternative)
        ("(?:计划|方案)", "划案", 2),  # (of the ones it cannot skip, the last)
        (r"[^：:]*?[；;]", ";；", None),
        ("(?<=被)判(?=刑)", "判", 1),  # (a lookaround's characters are not consumed)
    ],
)
def test_the_required_characters_are_held_by_every_match(
    pattern: str, chars: str, width: int | None
) -> None:
    gate, reach = required_gate(re.compile(pattern))
    assert set(gate.pattern.strip("[]").replace("\\", "")) == set(chars)
    assert reach == width


@pytest.mark.parametrize("pattern", [r"\d+", "将?于?", "(?:甲|\\d)起?", "(?i)ab"])
def test_a_pattern_with_no_required_characters_known_has_no_gate(pattern: str) -> None:
    assert required_gate(re.compile(pattern)) == (NO_GATE, None)


@pytest.mark.parametrize("failure", ["no parser", "a failing parse", "another tree"])
def test_where_the_private_parser_fails_there_is_no_gate(
    failure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:  # (another Python's re._parser: its tree read otherwise)
        LITERAL = IN = BRANCH = None

        @staticmethod
        def parse(text: str, flags: int) -> object:
            if failure == "a failing parse":
                raise ValueError(text)
            return type("Tree", (), {"data": [(object(), object())], "getwidth": None})()

    monkeypatch.setattr(pattern_gates, "_parser", None if failure == "no parser" else Broken)
    assert first_chars(re.compile("着手")) is None
    assert char_gate([re.compile("着手")]) is NO_GATE
    assert required_gate(re.compile("着手")) == (NO_GATE, None)


def test_the_news_gates_are_real_gates_on_this_python() -> None:
    # (a cue edited so that a gate's characters are no longer known would only slow the coder
    # down: this test tells)
    gates = [
        news._ACCIDENT_ATTRIBUTE_OPENS, news._ORDERED_OPENS, news._AVERTED_OPENS,
        news._GENERIC_ANY_OPENS, news._CASE_NAME_HOLDS, news._STATISTIC_HOLDS,
        news._FRAME_OF_HOLDS, news._PLAN_NOUN_HOLDS, news._OPINION_END_OPENS, news._FENCE_HOLDS,
        news._PLAN_THEN_HOLDS, news._FORECAST_END_OPENS,
        news._trigger_gates()[1], *news._status_gates()[0:3:2], news_actors._STREET_HOLDS,
        news_actors._ROAD_ON_HOLDS,
    ]  # fmt: skip
    assert not any(g is NO_GATE for g in gates)


def test_a_window_holding_no_required_character_holds_no_match() -> None:
    patterns = (
        "[^，。]{0,6}?(?:高达|有)[0-9一二三七]+起",
        "[^，]{0,12}(?:一事|一案|案件?)",
        "[^：:]*?[；;]",
    )
    family = [re.compile(p) for p in patterns]
    texts = ["车祸竟多达七起，王某起诉李某一案；乙被起诉", "事故有三起：甲；乙", "他昨天到了北京"]
    for pattern in family:
        gate, reach = required_gate(pattern)
        for vt in texts:
            for p in range(len(vt) + 1):
                for q in range(p, len(vt) + 1):
                    if pattern.match(vt, p, q):
                        assert gate.search(vt, p, q if reach is None else min(q, p + reach))
                    if pattern.search(vt, p, q):
                        assert gate.search(vt, p, q)


def _old_and_flat() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern written flat (:func:`~dashiji.events.pattern_gates.flat_words`) and the
    alternation of the lists' patterns it stands for, as it was written before."""
    from dashiji.events import doubt, status
    from dashiji.events.news_cues import cue

    def joined(*names: str) -> re.Pattern[str]:
        return re.compile("|".join(cue(n).pattern for n in names))

    return [
        (news._CRIMINAL, joined("criminal", "crime_names")),
        (news._TOLD_OR_LEARNED, joined("told_of", "learned_of")),
        (news._NOT_BASIS, joined("basis_not_between", "marked_adverbs")),
        (news._GATHERING_HEAD, joined("gathering_head", "contest_head")),
        (doubt._BANNED_SCOPE, joined("wish_scope", "prohibitions")),
        (doubt._DUTY_OR_MAY, joined("duty_scope", "may_scope")),
        (
            news._ORDERED,
            re.compile(news._ORDERED.pattern.replace("主(?<![车业]主)张", "(?<![车业])主张")),
        ),
        (
            news._ABOUT,
            re.compile(r"(?<![成造])(?:就|对于|关于)[^，。；的向对将把与跟同给为从在于]{0,10}$"),
        ),
        (news._WILL_ABOUT, re.compile(r"(?<![机社])(?:会|要)(?:就|对|向|针对)[^，。；]{1,14}$")),
        (
            news._TELLING,
            re.compile(r"(?<![简号堪])(?:" + cue("report_verb").pattern + r")(?![为赞])"),
        ),
        (
            news._WHEN_CLAUSE_END,
            re.compile(
                r"(?<!午)(?:" + cue("time_clause_ends").pattern + "|" + cue("at_when_ends").pattern
                + r")[，,]?$"
            ),
        ),
        (
            status._REFUSED_OBJECT,
            re.compile(
                r"(?<![尚还仍暂今])(?:" + cue("permission_refused").pattern
                + r")(?:对[^，。；、]{1,8}|[^，。；、]{0,8}?(?:举行|进行)|(?P<manner>公开?))?$"
            ),
        ),
        (
            news._UNCERTAIN,
            re.compile(
                "(?:" + cue("guesses").pattern + "|" + cue("hearsay").pattern
                + r"|涉嫌(?=出轨|劈腿)|(?<![年月日周天期内])或(?=" + cue("guess_or_next").pattern
                + "))"
            ),
        ),
    ]  # fmt: skip


def test_flat_patterns_find_what_the_joined_lists_found() -> None:
    # every word of each list, alone, run together (a longer word of the second list after a
    # shorter one of the first: which one a match takes) and in sentences; a flat pattern that
    # lost or reordered an alternative finds other matches here
    from dashiji.events.news_cues import cue_words

    lists = (
        "criminal", "crime_names", "told_of", "learned_of", "basis_not_between",
        "marked_adverbs", "gathering_head", "contest_head", "wish_scope", "prohibitions",
        "duty_scope", "may_scope", "guesses", "hearsay", "guess_or_next", "report_verb",
        "time_clause_ends", "at_when_ends", "permission_refused",
    )  # fmt: skip
    words = [w for name in lists for w in cue_words(name)]
    texts = [
        *words, "".join(words), "，".join(words), "或".join(words), "年或".join(words),
        "某男涉嫌强奸罪被公诉，今年或明年开庭，新款或明年上市，疑似出轨，涉嫌劈腿",
        "或推迟至下月举行博览会", "据传他获悉此事后透露，应当依法起诉，可以不得参加锦标赛",
        "车主张某要求赔偿，业主张三主张维权", "成就对于关于此事，造就对其",
        "机会就此事，社会对他，要对某店", "简称说，号称表示，堪称指出为",
        "下午，午后，事发以后，离开时，", "尚未批准，仍不予批准举行集会，今拒绝公开",
        # (each word after a character its lookbehind excludes, or after none of them)
        *(c + w for c in "车业成造机社简号堪午尚还仍暂今甲" for w in words),
    ]  # fmt: skip
    for flat, old in _old_and_flat():
        for vt in texts:
            for p in range(0, len(vt) + 1, max(1, len(vt) // 50)):
                assert [m.span() for m in flat.finditer(vt, p)] == [
                    m.span() for m in old.finditer(vt, p)
                ], (flat.pattern, vt, p)
                assert bool(flat.match(vt, p)) == bool(old.match(vt, p))
                hit, was = flat.search(vt, p), old.search(vt, p)
                assert (hit and hit.groupdict()) == (was and was.groupdict())


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("新款或明年上市", True),  # (或 before a word of guess_or_next: a guess)
        ("或推迟至下月", True),  # (或 opening the text: nothing before it)
        ("今年或明年上市", False),  # (a date right before 或: an "or")
        ("本周或下周", False),
        ("他可能被捕", True),
        ("网传二人离婚", True),
        ("涉嫌出轨", True),
        ("涉嫌受贿", False),
    ],
)
def test_uncertain_read_flat_keeps_its_hedges(text: str, hedged: bool) -> None:
    assert bool(news._UNCERTAIN.search(text)) is hedged


def test_flat_patterns_skip_by_their_first_characters() -> None:
    # (each flat pattern opens every alternative with a character: re searches by them)
    for flat, _old in _old_and_flat():
        assert first_chars(flat) is not None, flat.pattern


def test_a_found_gate_finds_a_match_where_its_pattern_does() -> None:
    # every window of these texts: the gate finds one where the pattern finds one, and only
    # there (a gate that lost an opening character, or read its pattern elsewhere, fails here)
    from dashiji.events.news_cues import cue_words

    words = [w for n in ("report_verb", "guesses", "time_clause_ends") for w in cue_words(n)]
    texts = [
        "他认为某人会继续起诉，据悉下午时候也许将于明天宣判，不排除再次上诉的可能",
        "在某人去世的时候，法院曾经每当开庭时都会判处；甲乙丙将在下周举行婚礼。\n他说：",
        "，".join(words[:80]),
    ]
    family = [
        news._trigger_gates()[2], news._status_gates()[1], news._status_gates()[3],
        pattern_gates.found_gate(re.compile(r"(?<![年月])或(?=明年)|(?:可能|也许)(?!是)|后[，,]?$")),
    ]  # fmt: skip
    plain = [
        news._joined_patterns([p for p in (news._OPINION, news._HABITUAL, news._UNDONE,
            news._AGGREGATE, news._INDIRECT_Q, news._LIKENED, news._ENDED, news._GENERIC,
            news._THREAT_OF, news._DEONTIC)]),
        news._joined_patterns([news._PLANNED, news._ABOUT_TO, news._SET_ABOUT, news._DEFERRED_TO,
            news._INTENDS, news._GUESS_AHEAD, news._UNSAID]),
        news._joined_patterns([news._MODAL_FUTURE, news._WILL, news._WILL_ABOUT,
            news._NEGATED_MARKED, news._NOT_RIGHT_BEFORE, news._NOT_RECEIVED, news._SAID_OF]),
        re.compile(r"(?<![年月])或(?=明年)|(?:可能|也许)(?!是)|后[，,]?$"),
    ]  # fmt: skip
    for gate, pattern in zip(family, plain, strict=True):
        assert gate.pattern != pattern.pattern  # (a real gate on this Python)
        for vt in texts + ["今年或明年", "某年或明年", "可能是", "事后，"]:
            for p in range(len(vt) + 1):
                for q in range(p, min(len(vt), p + 24) + 1):
                    found = pattern.search(vt, p, q) is not None
                    assert (gate.search(vt, p, q) is not None) is found, (pattern.pattern, vt, p, q)


def test_a_pattern_whose_openings_are_not_known_is_its_own_found_gate() -> None:
    pattern = re.compile(r"[^，]{0,3}起诉")
    assert pattern_gates.found_gate(pattern) is pattern
