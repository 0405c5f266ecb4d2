"""The Annotate step: one analysis view shared by the three layers, the same spans as the layers
called one by one, layers replaced on a re-run, other layers kept, pickling."""

from __future__ import annotations

import pickle

import pytest
from conftest import shared_dir as shared_root

from dashiji.annotate.entities import find_entities
from dashiji.annotate.entities import to_span as entity_to_span
from dashiji.annotate.quantities import find_quantities
from dashiji.annotate.quantities import to_span as quantity_to_span
from dashiji.annotate.step import Annotate
from dashiji.annotate.times import find_times
from dashiji.annotate.times import to_span as time_to_span
from dashiji.model import Document, Raw, Span
from dashiji.normalize import AnalysisView

TEXT = (
    "美國國務卿魯比奧10月20日與俄羅斯外長拉夫羅夫通話，雙方同意兩週後在布達佩斯會晤。"
    "此前，烏克蘭總統澤連斯基表示，美方將向烏方提供約6000枚導彈，價值15億美元。"
)


def doc(text: str = TEXT, ref: str | None = "2025-10-22") -> Document:
    return Document(id="d", raw=Raw(text.encode(), "test:d"), text=text, reference_date=ref)


def key(s: Span) -> tuple:
    return (s.layer, s.start, s.end, s.label, sorted(s.attrs.items(), key=lambda kv: kv[0]))


def layer_by_layer(text: str, ref: str | None) -> list[Span]:
    """What the step should produce: each layer called on its own, with its own view."""
    times = find_times(text, ref)
    ents = find_entities(text, ref)
    taken = [(t.start, t.end) for t in times] + [(e.start, e.end) for e in ents]
    qty = find_quantities(text, exclude=taken)
    from dashiji.annotate.step import entity_span

    return [
        *(entity_span(e) for e in ents),
        *(time_to_span(t) for t in times),
        *(quantity_to_span(q) for q in qty),
    ]


@pytest.mark.parametrize("ref", ["2025-10-22", None])
def test_step_equals_the_layers_one_by_one(ref: str | None) -> None:
    d = Annotate().process(doc(ref=ref))
    assert [key(s) for s in d.spans] == [key(s) for s in layer_by_layer(TEXT, ref)]
    layers = {s.layer for s in d.spans}
    assert layers == {"entity", "time", "quantity"}


def test_step_on_the_seeds_equals_the_layers() -> None:
    from dashiji.pipeline import extract_documents

    seeds = sorted((shared_root() / "seeds").glob("*.txt"))
    docs = [d for d in extract_documents([str(p) for p in seeds]) if d.ok]
    assert len(docs) == 2
    for d in docs:
        ref = d.reference_date or "2025-10-22"
        d.reference_date = ref
        Annotate().process(d)
        want = layer_by_layer(d.text, ref)
        assert [key(s) for s in d.spans if s.layer in ("entity", "time", "quantity")] == [
            key(s) for s in want
        ]


def test_step_builds_one_view(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = AnalysisView.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type[AnalysisView], original: str) -> AnalysisView:
        calls.append(original)
        return real(cls, original)

    monkeypatch.setattr(AnalysisView, "of", classmethod(counting))
    Annotate().process(doc())
    assert calls == [TEXT]


def test_a_view_of_another_text_is_refused() -> None:
    other = AnalysisView.of("另一段文字")
    with pytest.raises(ValueError):
        find_times(TEXT, None, view=other)
    with pytest.raises(ValueError):
        find_quantities(TEXT, view=other)
    from dashiji.annotate.entities import EntityRecognizer

    with pytest.raises(ValueError):
        EntityRecognizer().find(TEXT, None, view=other)


def test_given_view_gives_the_same_results() -> None:
    view = AnalysisView.of(TEXT)
    assert find_times(TEXT, "2025-10-22", view=view) == find_times(TEXT, "2025-10-22")
    assert find_quantities(TEXT, view=view) == find_quantities(TEXT)
    from dashiji.annotate.entities import EntityRecognizer

    rec = EntityRecognizer()
    assert rec.find(TEXT, "2025-10-22", view=view) == rec.find(TEXT, "2025-10-22")


def test_rerun_replaces_layers_and_keeps_others() -> None:
    d = doc()
    d.spans.append(Span("event", 0, 4, "042", {"x": 1}))
    step = Annotate()
    step.process(d)
    first = [key(s) for s in d.spans]
    step.process(d)
    assert [key(s) for s in d.spans] == first
    assert sum(s.layer == "event" for s in d.spans) == 1


def test_empty_text_is_left_alone() -> None:
    d = doc(text="")
    assert Annotate().process(d).spans == []


def test_step_pickles_without_its_recogniser() -> None:
    step = Annotate()
    step.process(doc())  # loads the recogniser
    clone = pickle.loads(pickle.dumps(step))
    assert clone._recognizer is None
    d = clone.process(doc())
    assert [key(s) for s in d.spans] == [key(s) for s in Annotate().process(doc()).spans]


def test_spans_keep_their_layout() -> None:
    """The event coder reads these attributes: the layout stays as it is."""
    d = Annotate().process(doc())
    ent = next(s for s in d.spans if s.layer == "entity")
    assert set(ent.attrs) == {
        "text",
        "kb_id",
        "name",
        "country",
        "cameo",
        "role",
        "source",
        "refers_to",
        "members",
    }
    tim = next(s for s in d.spans if s.layer == "time")
    assert set(tim.attrs) == {"value", "precision", "approx", "direction"}
    qty = next(s for s in d.spans if s.layer == "quantity")
    assert {"value", "unit", "unit_text"} <= set(qty.attrs)
    assert entity_to_span  # the entity layer's own Span maker stays importable
