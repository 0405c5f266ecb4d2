"""The news lexicon's sentence of a span, found from sentence ends listed once per text, is the
sentence the one-span scan finds (``requires_any`` reads it)."""

from __future__ import annotations

import random

from dashiji.events.news_lexicon import _sentence, _Sentences


def test_listed_sentence_ends_give_the_scanned_sentence() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("车祸起诉。！？；;\n!?，") for _ in range(rng.randint(0, 24)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        a = rng.randint(lo, hi)
        b = rng.randint(a, hi)
        assert _Sentences(text, lo, hi).around(a, b) == _sentence(text, a, b, lo, hi)


def test_sentence_of_a_trigger() -> None:
    text = "昨天发生车祸。警方随后起诉司机；法院受理"
    k = text.index("起诉")
    assert _Sentences(text, 0, len(text)).around(k, k + 2) == "警方随后起诉司机"
    assert _Sentences(text, 0, len(text)).around(0, 2) == "昨天发生车祸"
    assert _Sentences(text, 8, len(text)).around(len(text) - 2, len(text)) == "法院受理"
