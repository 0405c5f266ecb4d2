from __future__ import annotations

import functools
from pathlib import Path

import pytest

from dashiji.model import Article, Block, Document, Raw
from dashiji.normalize import (
    AnalysisView,
    Normalize,
    detect_script,
    fold_width,
    split_sentences,
)


def test_script_of_the_seeds(seeds: Path) -> None:
    assert detect_script((seeds / "000_789da36100d29724.txt").read_text()) == "zh-Hans"
    assert detect_script((seeds / "002_4cc2dfc617e4ab0c.txt").read_text()) == "zh-Hant"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("俄罗斯总统普京和美国总统特朗普将会晤。", "zh-Hans"),
        ("俄羅斯總統普京和美國總統特朗普將會晤。", "zh-Hant"),
        ("俄羅斯總統普京說，美国总统特朗普将会晤并发表讲话。", "mixed"),
        ("Donald Trump met Vladimir Putin.", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_cjk_pattern_matches_the_ideographs_exactly() -> None:
    from dashiji.normalize.script import _CJK, _is_cjk

    every = "".join(chr(o) for o in range(0x110000) if not 0xD800 <= o <= 0xDFFF)
    assert "".join(_CJK.findall(every)) == "".join(ch for ch in every if _is_cjk(ch))


@pytest.mark.parametrize(
    "text",
    [
        "县里的图书馆周六开门，读者们排队借书。",  # simplified-only characters
        "縣裡的圖書館週六開門，讀者們排隊借書。",  # traditional-only characters
        "大山小山人口中",  # characters common to both scripts only
        "縣裡的圖書館说，读者们排队借书并归还旧书。",  # both, neither share at 0.9
        "縣裡的圖書館週六開門，讀者們排隊借書还書。",  # one simplified stray among traditional
        "abc 123",
    ],
)
def test_detect_script_agrees_with_the_counts(text: str) -> None:
    from dashiji.normalize.script import DOMINANT_SHARE, script_counts

    cjk, trad, simp = script_counts(text)
    marked = trad + simp  # the rule as it was before detect_script stopped early
    if cjk == 0:
        want = "unknown"
    elif marked == 0:
        want = "zh-Hans"
    elif trad / marked >= DOMINANT_SHARE:
        want = "zh-Hant"
    elif simp / marked >= DOMINANT_SHARE:
        want = "zh-Hans"
    else:
        want = "mixed"
    assert detect_script(text) == want


def test_the_early_simplified_answer_needs_a_share_of_at_most_one() -> None:
    # detect_script answers zh-Hans when no character is traditional-only without counting the
    # simplified ones: the share rule agrees only while the share asked for is at most 1
    from dashiji.normalize.script import DOMINANT_SHARE

    assert 0.5 < DOMINANT_SHARE <= 1


def test_fold_width_is_length_preserving() -> None:
    text = "美俄峰会另有安排,特朗普犯了普京的忌讳?ＡＢＣ１２３ 3.5, U.S."
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert folded == "美俄峰会另有安排，特朗普犯了普京的忌讳？ABC123 3.5, U.S."


def test_fold_width_marks_exactly_the_punctuation_next_to_chinese() -> None:
    """The half-width marks made full-width are those the lookaround pattern names (a CJK
    character, ideographic punctuation included, on either side as written), found from the
    marks themselves: on random mixes, at the text's edges, with full-width letters between."""
    import random
    import re

    from dashiji.normalize.view import _FOLDABLE, _TO_FULL, _fold_one

    cjk = "\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f"  # CJK ideographs and punctuation
    near_cjk = re.compile(f"(?<=[{cjk}])[,?!;:]|[,?!;:](?=[{cjk}])")

    def reference(text: str) -> str:
        chars = list(_FOLDABLE.sub(_fold_one, text))
        for m in near_cjk.finditer(text):
            chars[m.start()] = _TO_FULL[m.group()]
        return "".join(chars)

    rng = random.Random(5)
    pool = ",?!;:中文。、　ａＢ１ a1.\n\u3400\u4dbf\u303f\u3040"
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert fold_width(text) == reference(text), text
    assert fold_width(":中,") == "：中，"
    assert fold_width("a,b") == "a,b"


def test_analysis_view_maps_offsets_back() -> None:
    original = "俄羅斯總統普京（Vladimir Putin）和美國總統特朗普"
    view = AnalysisView.of(original)
    assert view.text.startswith("俄罗斯总统普京（Vladimir Putin）和美国总统")
    i = view.text.index("特朗普")
    a, b = view.to_original(i), view.to_original(i + 3)
    assert original[a:b] == "特朗普"


def test_analysis_view_survives_a_length_change() -> None:
    # Build a view by hand whose converted text is shorter, as a phrase conversion can make it.
    import difflib  # noqa: F401  (the alignment path)

    view = AnalysisView.of("abc")
    assert view.identity
    from dashiji.normalize.view import _map

    src, dst = [0, 2, 4, 10], [0, 2, 3, 9]
    assert _map(1, src, dst) == 1
    assert _map(5, src, dst) == 4
    assert _map(10, src, dst) == 9


def test_sentences_keep_quotes_and_numbers() -> None:
    text = "他说“好主意。”然后涨了3.5%。U.S. officials met! 第二段\n第三段"
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["他说“好主意。”", "然后涨了3.5%。", "U.S. officials met!", "第二段", "第三段"]


def test_sentence_ends_are_those_of_the_lookahead_pattern() -> None:
    """The sentence-end pattern opens with its first characters' class (so re searches for it
    by that class) and finds the ends the lookahead pattern it replaced finds: on random mixes
    of terminators, closers, digits and capitals, whole and within bounds."""
    import random
    import re
    import re._constants as c
    import re._parser as p

    from dashiji.normalize.sentences import _END

    closers = r"""[”’」』）)\]】"'》]*"""
    reference = re.compile(
        rf"(?=[。！？!?….\n])(?:(?:[。！？!?]+|……|…|(?<![0-9A-Z])\.(?=\s|$)){closers}|\n+)"
    )
    assert p.parse(_END.pattern)[0][0] is c.IN
    rng = random.Random(7)
    pool = list("。！？!?….\n ”’」』）)]】\"'》0A9Za中文\t（(")
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        for a, b in ((0, len(text)), (1, max(1, len(text) - 1))):
            got = [m.span() for m in _END.finditer(text, a, b)]
            assert got == [m.span() for m in reference.finditer(text, a, b)], (text, a, b)


def test_sentences_are_those_of_the_plain_loop() -> None:
    """split_sentences (pieces trimmed in the loop, the credit pattern tried only at a piece a
    bracket opens) gives the sentences of the plain reading - every piece trimmed by
    _trimmed, every piece after the first tried as a credit - on random mixes of ends,
    brackets, spaces and text, whole and within bounds: photo credits ((Reuters), （新华社）)
    still join the sentence before them on their line."""
    import random

    from dashiji.normalize.sentences import _CREDIT, _END, _trimmed

    def reference(text: str, start: int, stop: int) -> list[tuple[int, int]]:
        pieces: list[tuple[int, int]] = []
        pos = start
        for m in _END.finditer(text, start, stop):
            end = m.end()
            _trimmed(text, pos, end if text[m.start()] != "\n" else m.start(), pieces)
            pos = end
        _trimmed(text, pos, stop, pieces)
        out: list[tuple[int, int]] = []
        for a, b in pieces:
            if out and _CREDIT.fullmatch(text, a, b) and "\n" not in text[out[-1][1] : a]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    text = "他说好。（新华社）\n图为现场。 (Reuters)\n又一句。（完）"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "他说好。（新华社）", "图为现场。 (Reuters)", "又一句。（完）",
    ]  # fmt: skip
    rng = random.Random(11)
    pool = list("。！？!?.\n \t（(）)新华社R中文A9") + ["（新华社）", "(AP)", "。（图）"]
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        for a, b in ((0, len(text)), (1, max(1, len(text) - 1))):
            assert list(split_sentences(text, a, b)) == reference(text, a, b), (text, a, b)


def test_normalize_step_adds_sentence_spans_per_block() -> None:
    doc = Document(id="x", raw=Raw(b"", "x"))
    doc.set_article(
        Article(
            blocks=[
                Block("body", "特朗普表示满意。普京同意会晤！"),
                Block("caption", "2017年11月11日，两人交谈。（Reuters）"),
            ]
        )
    )
    (out,) = list(Normalize()([doc]))
    sents = out.spans_of("sentence")
    assert [out.text[s.start : s.end] for s in sents] == [
        "特朗普表示满意。",
        "普京同意会晤！",
        "2017年11月11日，两人交谈。（Reuters）",
    ]
    assert [s.attrs["part"] for s in sents] == ["body", "body", "caption"]
    assert out.article is not None and out.article.script == "zh-Hans"


def test_changed_positions_counts_the_characters_a_conversion_changed() -> None:
    from dashiji.normalize.script import _changed_positions

    assert _changed_positions("中国人民", "中国人民") == 0
    assert _changed_positions("國家發展", "国家发展") == 2
    assert _changed_positions("後", "后来") is None


# ---- the t2s pre-check: OpenCC is not called on a text it would not change ----------------------
@functools.cache
def _t2s_entries() -> list[tuple[str, str]]:
    """(key, first value) of every entry of the installed t2s dictionaries, dumped by OpenCC's
    own ``opencc_dict`` (shipped in the wheel; once for the tests that read them)."""
    import os
    import subprocess
    import tempfile

    import opencc

    from dashiji.normalize.script import _t2s_tables, converter

    binary = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    assert binary.is_file(), f"OpenCC's opencc_dict is missing ({binary}): reinstall opencc"
    env = {**os.environ, "LD_LIBRARY_PATH": str(binary.parent.parent / "lib64")}
    entries: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for table in _t2s_tables(Path(converter("t2s").config))[1:]:
            out = Path(tmp) / f"{table.name}.txt"
            subprocess.run(
                [str(binary), "-i", str(table), "-o", str(out), "-f", "ocd2", "-t", "text"],
                check=True,
                env=env,
            )
            for line in out.read_text("utf-8").splitlines():
                if line:
                    key, values = line.split("\t", 1)
                    entries.append((key, values.split(" ")[0]))
    return entries


def test_t2s_marks_file_is_made_from_the_installed_tables() -> None:
    import json

    from dashiji.normalize.script import (
        T2S_MARKS_FILE,
        _sha256,
        _t2s_marks,
        _t2s_tables,
        converter,
        t2s_marks,
    )

    spec = json.loads((Path(__file__).parents[1] / "src/dashiji/data" / T2S_MARKS_FILE).read_text())
    tables = _t2s_tables(Path(converter("t2s").config))
    assert {p.name: _sha256(p) for p in tables} == spec["sha256"]
    assert _t2s_marks() is not None  # the pre-check is on with these tables
    assert t2s_marks(_t2s_entries()) == spec["marks"]


def test_to_simplified_is_opencc_on_every_changing_key() -> None:
    """Every key of the t2s tables whose value differs (one character or a phrase: 回覆, 拉坏,
    一目瞭然), alone and inside a text, converts as OpenCC converts it - the pre-check lets each
    through (a mark left out of the class would return one of them unchanged) - except a text
    whose conversion only rewrites characters that are simplified already (拉坏 → 拉坯), which
    is left as it is."""
    from dashiji.normalize.script import converter, to_simplified

    opencc_t2s = converter("t2s")
    keys = sorted({k for k, v in _t2s_entries() if k != v})
    assert len(keys) > 5000
    kept = 0
    for key in keys:
        for text in (key, f"据报道，{key}。"):
            want = opencc_t2s.convert(text)
            if len(want) == len(text) and all(
                a == b or opencc_t2s.convert(a) == a for a, b in zip(text, want, strict=True)
            ):
                kept += 1
                want = text  # only simplified characters rewritten: no traditional text
            assert to_simplified(text) == want, text
    assert 0 < kept < len(keys)


def test_to_simplified_is_opencc_without_the_tables_dump() -> None:
    """Where ``opencc_dict`` is missing too: every character of the BMP alone, the phrases
    whose characters each stay (回覆, 拉坏: left as they are - simplified text), a traditional
    text holding such a phrase (converted), and texts the pre-check skips."""
    from dashiji.normalize.script import converter, to_simplified

    opencc_t2s = converter("t2s")
    every = [chr(o) for o in range(0x10000) if not 0xD800 <= o <= 0xDFFF]
    assert [to_simplified(ch) for ch in every] == [opencc_t2s.convert(ch) for ch in every]
    for text in ("县里的图书馆周六开门。", "", "abc", "他們回覆說", "他們意志消沈", "他們一目瞭然"):
        assert to_simplified(text) == opencc_t2s.convert(text), text
    assert to_simplified("他們回覆說") == "他们回复说"
    # simplified text a traditional phrase key would rewrite: 拉坏 (broken) is no 拉坯 (adobe)
    broken = "他把车门拉坏了"
    assert to_simplified(broken) == broken != opencc_t2s.convert(broken)
    assert to_simplified("他回覆说") == "他回覆说"
    for text in ("意志消沈", "一目瞭然"):  # (沈 and 瞭 alone are simplified: no traditional text)
        assert to_simplified(text) == text
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate: OpenCC's error, as before
        to_simplified("abc\udcff")
