"""The events of a document do not depend on what was coded before it, nor on which checkout's
code the process loaded first (invented articles)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import REPO, load_bench

import dashiji
from dashiji.events.model import EVENT_LAYER, Event
from dashiji.pipeline import annotate_documents

# Two invented articles that could lend each other state: a person, a court and dates in the
# first; a pronoun with no antecedent, "that day" and "yesterday" in the second.
FIRST = {
    "id": "order-a",
    "date": "2024-11-06",
    "text": "11月3日，滨江法院就商人苏某挪用公款一事开庭。苏某在庭上对指控没有异议。"
    "隔了一天，滨江法院判决苏某入狱三年零四个月。",
}
SECOND = {
    "id": "order-b",
    "date": "2023-02-14",
    "text": "据报道，他昨天在机场被边检人员扣留。当天，一家航空公司宣布取消当晚飞往海口的航班。"
    "港务局随后与这家航空公司举行会谈。",
}


def coded(tmp_path: Path, records: list[dict[str, str]]) -> dict[str, list[dict[str, Any]]]:
    """Each document's events as records (without the input line they were read from)."""
    path = tmp_path / f"in{len(list(tmp_path.iterdir()))}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    out: dict[str, list[dict[str, Any]]] = {}
    for doc in annotate_documents([str(path)], events=True):
        recs = [Event.from_span(s).to_record() for s in doc.spans_of(EVENT_LAYER)]
        out[doc.id] = [{k: v for k, v in r.items() if k != "source"} for r in recs]
    return out


def test_two_documents_code_the_same_in_either_order_and_alone(tmp_path: Path) -> None:
    forward = coded(tmp_path, [FIRST, SECOND])
    backward = coded(tmp_path, [SECOND, FIRST])
    alone = {**coded(tmp_path, [SECOND]), **coded(tmp_path, [FIRST])}
    assert forward["order-a"] and forward["order-b"]  # both have events to compare
    assert forward == backward == alone
    # nothing of the first article reaches the second: its 他 is no one named there
    names = {a["name"] for e in forward["order-b"] for a in e["actors"]}
    assert "苏某" not in names and "滨江法院" not in names


def test_the_tests_run_this_checkouts_code() -> None:
    # the venv's editable install points at one checkout; a worktree's tests must not run it
    assert dashiji.__file__ is not None
    assert Path(dashiji.__file__).resolve().parent == REPO / "src" / "dashiji"


def test_a_benchmark_refuses_another_checkouts_package(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = load_bench("_shared")
    shared.check_package()  # this checkout's: fine
    other = ModuleType("dashiji")
    other.__file__ = "/elsewhere/src/dashiji/__init__.py"
    monkeypatch.setitem(sys.modules, "dashiji", other)
    with pytest.raises(SystemExit, match="not from"):
        shared.check_package()
