import subprocess
import sys

import pytest

from dashiji import segment as seg


def test_segments_news_words():
    words = seg.segment(
        "俄罗斯总统普京与美国总统特朗普在阿拉斯加州安克雷奇举行会晤，美俄关系出现缓和迹象。"
    )
    for w in ("普京", "特朗普", "会晤", "安克雷奇", "美俄"):
        assert w in words


def test_dictionary_is_loaded_before_the_first_cut():
    # jieba_fast_dat cuts against an empty dictionary unless initialised: 特朗 / 普在
    assert seg.segment("特朗普在白宫", hmm=False)[:2] == ["特朗普", "在"]


def test_search_mode_adds_dictionary_sub_words():
    words = seg.segment("中华人民共和国外交部", search=True, hmm=False)
    for w in ("中华人民共和国外交部", "中华人民共和国", "人民", "外交部"):
        assert w in words
    # every length, not only jieba's 2- and 3-character sub-words
    assert "阿拉斯加" in seg.segment("阿拉斯加州", search=True, hmm=False)


def test_index_text_is_simplified_and_without_punctuation():
    out = seg.segment_for_index("普京與特朗普在阿拉斯加會晤，美俄關係……")
    terms = out.split(" ")
    assert "会晤" in terms and "关系" in terms
    assert "會晤" not in out and "，" not in out and "…" not in out
    assert seg.segment_for_index("") == ""


def test_full_width_and_case_are_normalised():
    assert seg.segment_for_index("ＧＤＰ增长") == seg.segment_for_index("gdp增长")


def test_query_groups():
    assert seg.query_groups("普京与特朗普") == ["普京", "特朗普"]
    assert seg.query_groups("會晤") == ["会晤"]
    assert seg.query_groups("美俄会晤") == ["美 俄", "会晤"]
    assert seg.query_groups("  ，。") == []
    assert seg.query_groups("与") == ["与"]


def test_normalized_view_maps_back_to_the_original():
    text = "美俄關係……ＧＤＰ"
    view, origin = seg.normalized_view(text)
    assert view == "美俄关系......gdp"
    assert len(origin) == len(view)
    i = view.index("关系")
    assert text[origin[i] : origin[i + 1] + 1] == "關係"
    assert text[origin[view.index("gdp")]] == "Ｇ"


def test_tokenize_offsets():
    text = "普京抵达安克雷奇"
    toks = seg.tokenize(text)
    assert [w for w, _, _ in toks] == ["普京", "抵达", "安克雷奇"]
    assert all(text[s:e] == w for w, s, e in toks)


def test_loading_prints_nothing():
    code = "from dashiji.segment import segment; print('|'.join(segment('普京会晤特朗普')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "普京|会晤|特朗普\n"
    assert out.stderr == ""


def test_backend_prefers_jieba_fast_dat():
    assert seg.backend() in ("jieba_fast_dat", "jieba")


def test_nfkc_is_unicodedata_nfkc() -> None:
    import random
    import unicodedata

    from dashiji.segment import nfkc

    cases = [
        "",
        "新华社北京１２月６日电（记者　张三）……今天，“会议”在京召开！",
        "Ｅ\u0301 Ａ\u0308\u0323 ，\u0301 ‥\u0308 가\u11a8 ①ｶﾞ ﬁ ㎏ \u00a0\u2028",
    ]
    rng = random.Random(7)
    blocks = [(0x20, 0x7F), (0x2000, 0x2070), (0x3000, 0x3040), (0xFF00, 0xFFF0)]
    blocks += [(0x300, 0x370), (0x1100, 0x1200)]  # combining marks, Hangul jamo
    pool = [chr(c) for lo, hi in blocks for c in range(lo, hi)]
    pool += list("中國臺灣説话é가ᄀ\U0001d400")
    cases += ["".join(rng.choices(pool, k=rng.randrange(1, 40))) for _ in range(3000)]
    for text in cases:
        assert nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)


def test_full_width_punctuation_decomposed_before_nfkc() -> None:
    import unicodedata

    from dashiji.segment import _DECOMPOSED, _TO_DECOMPOSE, _decomposed

    text = "据报道，某某（男，３０岁）于１２月６日称：“此事……属实！”　另有２人受伤。"
    assert not unicodedata.is_normalized("NFKC", text)  # the slow path, whole
    assert unicodedata.is_normalized("NFKC", _TO_DECOMPOSE.sub(_decomposed, text))
    assert _DECOMPOSED["，"] == "," and _DECOMPOSED["…"] == "..." and _DECOMPOSED["　"] == " "
    assert "。" not in _DECOMPOSED and "“" not in _DECOMPOSED  # NFKC leaves them as they are


def test_normalize_for_search_takes_the_quick_nfkc(monkeypatch: pytest.MonkeyPatch) -> None:
    """normalize_for_search (the story profile's words, search queries) decomposes full-width
    punctuation before NFKC (segment.nfkc): the same view, without NFKC's slow path."""
    import unicodedata

    from dashiji import segment

    text = "据报道，某某（男，３０岁）称：“此事属实！”　ＡＢＣ"
    expected = segment.to_simplified(unicodedata.normalize("NFKC", text).lower())
    slow: list[str] = []
    real = unicodedata.normalize

    def normalize(form: str, s: str) -> str:
        if not unicodedata.is_normalized(form, s):
            slow.append(s)
        return real(form, s)

    monkeypatch.setattr(segment.unicodedata, "normalize", normalize)
    assert segment.normalize_for_search(text) == expected
    assert slow == []  # the text itself, full-width punctuation and all, took the slow path
