"""The other side of a two-party act (issue 7, participant-missing, round 43): a body written
again as 该局, 该厅… is the body its sentence named before it, and so one of the doers when it
leads a 与-list of partners.  Each rule has sentences where it acts and controls where it must
not.  Invented sentences (none from the dev sets or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, roles

SUMMONS = "司法行为-约谈"


# ---- 该局 with partners: the body named before it leads the act ------------------------------
@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "南港市公安局称，该局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。",
            ["南港市公安局", "交通运输局"],
        ),
        (
            "东海市教育局发布消息称，该局与市商务局、市应急管理局，就退费问题共同约谈了宏远培训公司。",
            ["东海市教育局", "市商务局", "市应急管理局"],
        ),
    ],
)
def test_a_body_written_again_with_gai_leads_its_partners(steps, text, leads) -> None:
    e = news(events(steps, text), SUMMONS)
    assert sorted(roles(e).get("约谈发起方", [])) == sorted(leads), roles(e)


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # no body named before 该局: which one is unsaid, the partner alone stays
        ("该局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。", ["交通运输局"]),
        # a named lead stays as it was
        ("南港市公安局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。",
         ["南港市公安局", "交通运输局"]),
    ],
)
def test_gai_with_no_body_before_it_adds_no_doer(steps, text, leads) -> None:
    e = news(events(steps, text), SUMMONS)
    assert sorted(roles(e).get("约谈发起方", [])) == sorted(leads), roles(e)


def test_the_head_of_the_body_after_gai_is_the_one_dismissed(steps) -> None:
    # 该局局长: the title after it is that body's head, the one the act befalls, no body
    e = news(events(steps, "南港市环保局发言人孙涛表示，该局局长已被免职。"), "组织关系-解雇")
    assert "南港市环保局" not in [a.name for a in e.actors], e.actors


def test_gai_before_a_noun_it_makes_a_word_with_is_no_body(steps) -> None:
    # 该部门: 部门 is a noun of its own, no 部 again; 该部电影: a film
    evs = events(steps, "南港市文化局称，该部电影因违规已被禁止上映。")
    assert all("南港市文化局" not in [a.name for a in e.actors] for e in evs), evs
