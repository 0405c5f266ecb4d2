"""The doubts of an event are judged lazily (dashiji.events.doubt.iter_doubts): ``doubts`` lists
them all, in the same order; ``drop_doubtful`` stops at the first one that drops the event, and
the news coder's ``sound`` at the first one at all: the rest are not judged.  Invented texts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from test_events import annotated

from dashiji.events import doubt
from dashiji.events.coder import EventCoder
from dashiji.events.model import Event
from dashiji.normalize import AnalysisView

_TEXT = "李某的诉讼没有任何理由。王某昨天起诉了某公司。"


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def test_iter_doubts_yields_what_doubts_lists(steps, coder: EventCoder) -> None:
    doc = annotated(steps, [_TEXT])
    judged = coder.doubtful(doc)
    view = AnalysisView(doc.text, doc.text)
    persons = [(x.start, x.end) for x in doc.spans_of("entity") if x.label == "PER"]
    assert any(why for _, why in judged)  # (李某的诉讼: a noun, doubtful)
    for e, why in judged:
        assert list(doubt.iter_doubts(e, view, persons)) == why == doubt.doubts(e, view, persons)


def _judged_once(reasons: list[str]) -> Callable[..., Iterator[str]]:
    """An ``iter_doubts`` that yields ``reasons`` and fails when asked for more."""

    def fake(e: Event, view: AnalysisView, spans: object, lead: int = 0) -> Iterator[str]:
        yield from reasons
        raise AssertionError("judged past the doubt that settles it")

    return fake


def test_drop_doubtful_stops_at_the_first_doubt_that_drops(
    steps, coder: EventCoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = annotated(steps, [_TEXT])
    events = [e for e, _ in coder.doubtful(doc)]
    assert events
    view = AnalysisView(doc.text, doc.text)
    # (a doubt of a mention in passing goes on to the next: one that drops it ends the judging)
    monkeypatch.setattr(doubt, "iter_doubts", _judged_once(["nominal_bare", "boilerplate"]))
    assert doubt.drop_doubtful(events, view, []) == []


def test_sound_stops_at_the_first_doubt(steps, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Event] = []

    def fake(e: Event, view: AnalysisView, spans: object, lead: int = 0) -> Iterator[str]:
        asked.append(e)
        yield "boilerplate"
        raise AssertionError("sound judged past the first doubt")

    monkeypatch.setattr(doubt, "iter_doubts", fake)
    coder = EventCoder()
    coder.drop_doubtful = False  # (only the news coder's frames ask: 将上诉 - against whom)
    coder.code(annotated(steps, ["王某昨天起诉了某公司。某公司表示将上诉。"]))
    assert asked
