"""The two readings of the same words (issue 7): the political coder's event and the news
coder's of one trigger become one event (news._attach).  The news reading reads the clause's
structure (its subject, 被/把/将, the one acted on), the political coder the nearest names it
knows: where both name a side, the news reading's participants hold it when the side keeps its
countries; where the news reading gives its roles to people the political reading's sides do not
name, it has no political type; a type the news reading gives the same words in their own clause
is the event's.  A police force or a court that refuses a march is not the one who protests it;
police or judges who march themselves are.  Invented sentences
and events (none from the dev sets)."""

from __future__ import annotations

from test_events import events

from dashiji.events.model import Argument, Event, EventActor, Mention
from dashiji.events.news import NEWS_EXTRACTOR, _attach

_SENT = "消息人士称，丁国财政部周三要求税务法庭把一宗关税争议的审理推迟到明年春天。"
_AT = _SENT.index("要求")


def _political(kind: str, cameo: str, *actors: EventActor) -> Event:
    e = Event("d", kind, None, cameo, None, None, list(actors), sentence=_SENT, start=0,
              end=len(_SENT), trigger="要求", trigger_start=_AT, trigger_end=_AT + 2,
              extractor="dashiji-coder/0.1")  # fmt: skip
    e.mentions = [Mention(0, len(_SENT), 0, len(_SENT), _AT, _AT + 2)]
    return e


def _news(kind: str | None, cameo: str | None, *actors: EventActor, **kw: object) -> Event:
    return Event("d", kind, None, cameo, None, None, list(actors), sentence=_SENT, start=0,
                 end=len(_SENT), trigger="要求", trigger_start=_AT, trigger_end=_AT + 2,
                 extractor=NEWS_EXTRACTOR, **kw)  # type: ignore[arg-type]  # fmt: skip


def _who(name: str, side: str, country: str | None, cameo: str | None, kb: str | None = None):
    return EventActor(name, kb, country, cameo, side)  # type: ignore[arg-type]


def test_the_news_reading_s_subject_holds_a_side_that_keeps_its_countries() -> None:
    e = _political(
        "REQUEST", "100",
        _who("丁国", "source", "AAA", "AAA", "AAA"),
        _who("财政部", "source", "AAA", "AAAGOV", "finance"),
        _who("关税争议", "target", None, None, "dispute"),
    )  # fmt: skip
    ev = _news(
        "REQUEST", "100",
        _who("丁国财政部", "source", "AAA", "AAAGOV"),
        _who("税务法庭", "target", "AAA", "AAAJUD"),
    )  # fmt: skip
    assert _attach(ev, [e])
    assert [a.name for a in e.sources] == ["丁国财政部"]
    assert [a.name for a in e.targets] == ["税务法庭"]


def test_a_side_whose_country_the_news_reading_lacks_or_the_same_one_stays() -> None:
    e = _political(
        "REQUEST", "100",
        _who("丁国", "source", "AAA", "AAAGOV", "AAA"),
        _who("戊国", "target", "EEE", "EEE", "EEE"),
    )  # fmt: skip
    ev = _news(
        "REQUEST", "100",
        _who("丁方", "source", "AAA", "AAAGOV", "AAA"),  # the same one, as the KB names it
        _who("税务法庭", "target", "AAA", "AAAJUD"),  # would lose 戊国's country
    )  # fmt: skip
    assert _attach(ev, [e])
    assert [a.name for a in e.sources] == ["丁国"] and [a.name for a in e.targets] == ["戊国"]


def test_a_type_the_news_reading_gives_the_same_words_is_the_event_s() -> None:
    e = _political("THREATEN", "130", _who("丁国财政部", "source", "AAA", "AAAGOV"))
    ev = _news("REQUEST", "100", _who("丁国财政部", "source", "AAA", "AAAGOV"))
    assert _attach(ev, [e])
    assert (e.type, e.cameo) == ("REQUEST", "100")


def test_no_political_type_where_the_news_roles_name_other_people() -> None:
    e = _political(
        "CONCEDE", "055",
        _who("某电器", "source", "AAA", "AAABUS", "appliance"),
        _who("丙市", "target", "AAA", "AAA", "city"),
    )  # fmt: skip
    args = [Argument("道歉者", "钱女士"), Argument("道歉对象", "原告")]
    ev = _news(None, None, _who("钱女士", "party", "AAA", "AAA"), arguments=args,
               news_type="交往-道歉")  # fmt: skip
    out = [e]
    assert not _attach(ev, out) and out == []  # (the news event is kept on its own)
    kept = _political("CONCEDE", "055", _who("钱女士", "source", "AAA", "AAA"))
    ev2 = _news(None, None, _who("钱女士", "party", "AAA", "AAA"), arguments=list(args),
                news_type="交往-道歉")  # fmt: skip
    assert _attach(ev2, [kept]) and kept.type == "CONCEDE"  # (she is named by both)


def test_the_police_do_not_hold_a_march_they_did_not_allow(steps) -> None:
    evs = events(steps, "香港警方表示，该组织申请的游行未获批准。")
    protests = [e for e in evs if e.type == "PROTEST"]
    assert protests
    assert not any(a.side == "source" and "警方" in a.name for e in protests for a in e.actors)


def test_police_who_march_themselves_protest(steps) -> None:
    # (control) police or judges who take to the streets are the source of their protest
    for text, who in (
        ("数百名意大利警察昨天在内政部门前集会，抗议政府冻结警员薪酬。", "警察"),
        ("上千名西班牙警察周末走上街头游行，抗议议会削减警队养老金。", "警察"),
    ):
        protests = [e for e in events(steps, text) if e.type == "PROTEST"]
        assert protests, text
        assert any(a.side == "source" and who in a.name for e in protests for a in e.actors), (
            text, [(a.name, a.side) for e in protests for a in e.actors])


def test_an_approval_not_yet_given_is_no_refusal(steps) -> None:
    # 尚未/暂未/还没有 批准: pending, no REJECT; (control) 没有批准 with no such word refuses
    for text in (
        "澳门治安警察局尚未批准工会下月的游行申请，称仍需征询多个部门的意见。",
        "澳门治安警察局暂未批准工会下月的游行申请，称仍需征询多个部门的意见。",
    ):
        assert not [e for e in events(steps, text) if e.type == "REJECT"], text
    text = "澳门治安警察局没有批准工会下月的游行申请。"
    assert [e for e in events(steps, text) if e.type == "REJECT"], text


def test_the_news_reading_of_a_later_mention_leaves_the_event_s_sides() -> None:
    # the political coder joined a later sentence's 要求 to this event: the news reading of that
    # sentence names the sides of its own words, not of the event told first
    later = "另据知情人士透露，丁国要求某网店出售其本地仓库的方案已被搁置。"
    s0 = len(_SENT)
    at = s0 + later.index("要求")
    e = _political(
        "REQUEST", "100",
        _who("丁国财政部", "source", "AAA", "AAAGOV"),
        _who("税务法庭", "target", "AAA", "AAAJUD"),
    )  # fmt: skip
    e.mentions.append(Mention(s0, s0 + len(later), s0, s0 + len(later), at, at + 2))
    ev = Event("d", "REQUEST", None, "100", None, None,
               [_who("丁国", "source", "AAA", "AAA", "AAA"), _who("某网店", "target", None, None)],
               sentence=later, start=s0, end=s0 + len(later), trigger="要求",
               trigger_start=at, trigger_end=at + 2, extractor=NEWS_EXTRACTOR)  # fmt: skip
    assert _attach(ev, [e])
    assert [a.name for a in e.sources] == ["丁国财政部"], e.actors
    assert [a.name for a in e.targets] == ["税务法庭"], e.actors
