import subprocess
import sys

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
