"""A time before an earlier act and a later-step word (随后, 后来) dates the earlier act only; a
prison term after 被判了 is the verdict's term; leaving a list is no leaving of a body (issue 7,
judged date and type faults).  Invented sentences (none from the dev sets)."""

from __future__ import annotations

from test_events import events, typed


def test_a_year_before_an_earlier_act_and_a_later_step_does_not_date_the_later_act(steps) -> None:
    text = "2016年周某因走私香烟被海关扣押随后被判处有期徒刑四年。"
    evs = typed(events(steps, text), "司法行为-入狱")
    assert [(e.date, e.context_date) for e in evs] == [(None, None)], evs
    # control: with no later step, the year is the verdict's (a year alone: its context date)
    evs = typed(events(steps, "2016年周某因走私香烟被判处有期徒刑四年。"), "司法行为-入狱")
    assert [(e.date, e.context_date) for e in evs] == [(None, "2016")], evs


def test_a_term_after_bei_pan_le_is_a_prison_verdict(steps) -> None:
    evs = typed(events(steps, "上周钱某被判了一年八个月。"), "司法行为-入狱")
    assert [[a.text for a in e.arguments if a.role == "刑期"] for e in evs] == [["一年八个月"]]


def test_leaving_a_list_is_no_leaving_of_a_body(steps) -> None:
    assert not typed(events(steps, "去年，这个村子退出了贫困村名单。"), "组织关系-退出")
    # control: a body left
    assert typed(events(steps, "2019年，该县退出了某协会。"), "组织关系-退出")
