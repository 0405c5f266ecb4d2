"""dashiji.json_text: the text and the errors of json.JSONEncoder, from one C encoder."""

from __future__ import annotations

import json
import math
from datetime import date
from json import encoder as json_encoder
from typing import Any

import pytest

from dashiji.json_text import encoder

VALUES: list[Any] = [
    {},
    [],
    "",
    "某某说：“你好”\n\t\\ \u2028 \ud800",
    0,
    -1.5,
    1e300,
    math.inf,
    -math.inf,
    True,
    None,
    {"name": "两人", "kb_id": None, "members": [1, 2, (3, 4)], "score": 0.5},
    {1: "a", 2.5: "b", False: "c", None: "d"},
    {"deep": [[[{"x": [{"y": "z"}]}]]]},
    {"day": date(2024, 1, 2), "set": [frozenset()]},
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_same_text_as_json_encoder(value: Any) -> None:
    expected = json.JSONEncoder(ensure_ascii=False, default=str).encode(value)
    assert encoder(default=str)(value) == expected
    if "day" not in repr(value) and "frozenset" not in repr(value):
        assert encoder()(value) == json.JSONEncoder(ensure_ascii=False).encode(value)


def test_nan_as_json_encoder() -> None:
    assert encoder()([math.nan]) == "[NaN]"


def test_same_errors() -> None:
    cycle: list[Any] = [1]
    cycle.append({"again": cycle})
    with pytest.raises(ValueError, match="Circular reference detected"):
        encoder(default=str)(cycle)
    with pytest.raises(TypeError, match="Object of type date is not JSON serializable"):
        encoder()({"day": date(2024, 1, 2)})
    with pytest.raises(TypeError, match="keys must be str"):
        encoder()({(1, 2): "x"})
    # the encoder is not left in a bad state by an error
    assert encoder()({"a": [1]}) == '{"a": [1]}'


def test_c_encoder_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    encode = encoder(default=str)

    def refuse(*args: Any) -> Any:
        raise AssertionError("a C encoder made for a call")

    monkeypatch.setattr(json_encoder, "c_make_encoder", refuse)
    assert encode({"layer": "entity", "n": [1, 2.0]}) == '{"layer": "entity", "n": [1, 2.0]}'
