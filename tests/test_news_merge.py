"""The two readings of the same words (issue 7): the political coder's event and the news
coder's of one trigger become one event (news._attach).  The news reading reads the clause's
structure (its subject, 被/把/将, the one acted on), the political coder the nearest names it
knows: where both name a side, the news reading's participants hold it when the side keeps its
countries; where the news reading gives its roles to people the political reading's sides do not
name, it has no political type; a type the news reading gives the same words in their own clause
is the event's.  A police force or a court is never the one who protests.  Invented sentences
and events (none from the dev sets)."""

from __future__ import annotations

from test_events import events

from dashiji.events.model import Argument, Event, EventActor, Mention
from dashiji.events.news import NEWS_EXTRACTOR, _attach

_SENT = "据悉，甲国维拉政府周二要求上诉法院暂缓执行对那款游戏的禁令。"
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
        _who("甲国", "source", "AAA", "AAA", "AAA"),
        _who("维拉", "source", "AAA", "AAAGOV", "vera"),
        _who("那款游戏", "target", None, None, "game"),
    )  # fmt: skip
    ev = _news(
        "REQUEST", "100",
        _who("维拉政府", "source", "AAA", "AAAGOV"),
        _who("上诉法院", "target", "AAA", "AAAJUD"),
    )  # fmt: skip
    assert _attach(ev, [e])
    assert [a.name for a in e.sources] == ["维拉政府"]
    assert [a.name for a in e.targets] == ["上诉法院"]


def test_a_side_whose_country_the_news_reading_lacks_or_the_same_one_stays() -> None:
    e = _political(
        "REQUEST", "100",
        _who("甲国", "source", "AAA", "AAAGOV", "AAA"),
        _who("乙国", "target", "BBB", "BBB", "BBB"),
    )  # fmt: skip
    ev = _news(
        "REQUEST", "100",
        _who("甲方", "source", "AAA", "AAAGOV", "AAA"),  # the same one, as the KB names it
        _who("上诉法院", "target", "AAA", "AAAJUD"),  # would lose 乙国's country
    )  # fmt: skip
    assert _attach(ev, [e])
    assert [a.name for a in e.sources] == ["甲国"] and [a.name for a in e.targets] == ["乙国"]


def test_a_type_the_news_reading_gives_the_same_words_is_the_event_s() -> None:
    e = _political("THREATEN", "130", _who("维拉政府", "source", "AAA", "AAAGOV"))
    ev = _news("REQUEST", "100", _who("维拉政府", "source", "AAA", "AAAGOV"))
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
