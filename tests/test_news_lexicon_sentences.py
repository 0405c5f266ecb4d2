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


def _starts_looked_at_anew(lex: object, text: str, start: int, end: int) -> list[int]:
    """NewsLexicon.trigger_starts as first written: the piece scanned on its own, each
    candidate's stop words and ``requires_any`` checked (the starts, sorted)."""
    from dashiji.events.news_lexicon import _gap_key, _required, term_after

    found, stops, parts = [], [], set()
    scan = lex._automaton.iter(text, start, end)  # type: ignore[attr-defined]
    for last, (word, trig, stop, part) in scan:
        if trig:
            found.append((last + 1 - len(word), last + 1, trig))
        if stop:
            stops.append((last + 1 - len(word), last + 1, stop))
        if part:
            parts.add(word)
    for pat, e, head, tail in lex._gaps:  # type: ignore[attr-defined]
        if _gap_key(head, tail) in parts:
            found.extend((gm.start(), gm.end(), (e,)) for gm in pat.finditer(text, start, end))
    out = []
    for a, b, trig in found:
        covering = [(sb - sa, se) for sa, sb, se in stops if sa <= a and b <= sb]
        if any(n > b - a for n, _ in covering):
            continue
        for e in trig:
            if any(e in se for _, se in covering):
                continue
            sent = _sentence(text, a, b, start, end)
            if not e.requires_any or _required(e, sent) or term_after(e, text, b):
                out.append(a)
                break
    return sorted(out)


def test_trigger_starts_of_pieces_are_those_of_each_piece_looked_at_anew() -> None:
    """A piece's candidates taken from the whole text's scan (a word begun before the piece
    left out, stop words, gapped words, ``requires_any``) are the piece's own; ``has_match``
    answers whether there is one."""
    from dashiji.events.news_lexicon import load_news_lexicon

    lex = load_news_lexicon()
    words = (
        "拘留 拘留所 被拘留 批准 保释 起诉 上市 上市公司 车祸 翻车 撞击 判处 有期徒刑 2年 被判 "
        "获胜 击败 比赛 ， 。 的 他"
    ).split()
    rng = random.Random(11)
    for _ in range(1500):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(4, len(text) + 1)))
        lex._last = None  # (a new text: scanned whole at its first piece)
        for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
            want = _starts_looked_at_anew(lex, text, a, b)
            assert lex.trigger_starts(text, a, b) == want, (text, a, b)
            assert lex.has_match(text, a, b) == bool(want), (text, a, b)
