"""Duplicate detection on real-style Chinese news: copies are linked, different articles not."""

import pickle

import numpy as np
import opencc
import pytest

from dashiji.dedup import (
    MIN_NEAR_CHARS,
    SHINGLE_WINDOW,
    THRESHOLD,
    DedupIndex,
    Deduplicate,
    article_text,
    normalize,
    shingle_parts,
    shingles,
)
from dashiji.model import Article, Block, DocError, Document, Raw
from dashiji.steps import run_local
from dashiji.store import Store

TITLE_A = "普京与特朗普在阿拉斯加举行会晤"
BODY_A = [
    "新华社安克雷奇8月15日电 俄罗斯总统普京15日抵达美国阿拉斯加州安克雷奇，与美"
    "国总统特朗普举行会晤。这是两国元首自2021年以来首次面对面会谈，也是普京近十年"
    "来首次踏上美国领土。",
    "据美国白宫介绍，会晤在位于安克雷奇的埃尔门多夫－理查森联合基地举行，双方先进行小"
    "范围会谈，随后举行有双方代表团成员参加的扩大会谈。美方参加会谈的有国务卿鲁比奥和"
    "总统特使威特科夫，俄方参加会谈的有外长拉夫罗夫和总统助理乌沙科夫。",
    "会晤持续近三个小时。会晤结束后，两国元首共同会见记者。普京表示，会谈是在建设性和"
    "相互尊重的氛围中进行的，双方就乌克兰问题以及俄美关系的广泛议题交换了意见。他说，"
    "俄方真诚希望结束冲突，同时必须消除冲突的根源。",
    "特朗普表示，会谈“非常富有成效”，双方在许多问题上达成了一致，但在一些重大问题上"
    "仍存在分歧。他说，在达成最终协议之前，不会有任何协议。特朗普还表示，他将就会谈情"
    "况同乌克兰总统泽连斯基以及北约盟友进行沟通。",
    "普京在记者会上邀请特朗普下次到莫斯科会晤。特朗普回应称，这有可能实现。分析人士认"
    "为，此次会晤释放出美俄关系缓和的信号，但乌克兰危机的政治解决仍面临诸多不确定因素"
    "。",
]
# the same report with another headline
TITLE_A1 = "俄美元首阿拉斯加会谈近三小时 普京邀特朗普访问莫斯科"
# one sentence edited
BODY_A2 = list(BODY_A)
BODY_A2[3] = (
    "特朗普表示，会谈“非常富有成效”，双方在许多问题上达成了一致，只剩下少数几个问题"
    "，其中一些并不那么重要。他说，在达成最终协议之前，不会有任何协议。特朗普还表示，"
    "他将就会谈情况同乌克兰总统泽连斯基以及北约盟友进行沟通。"
)
# extra boilerplate lines
BODY_A3 = (
    ["来源：新华网 | 2025年08月16日 09:12"]
    + list(BODY_A)
    + ["【责任编辑：王晓琳】 点击进入专题：俄美元首会晤"]
)

# a different article on the same topic, same names, same day
TITLE_B = "克宫：俄美元首会晤讨论了乌克兰问题 下一次会晤地点待定"
BODY_B = [
    "新华社莫斯科8月16日电 俄罗斯总统助理乌沙科夫16日对媒体表示，俄美两国元首1"
    "5日在美国阿拉斯加州安克雷奇举行的会晤中重点讨论了乌克兰问题，双方没有讨论签署任"
    "何文件的问题。",
    "乌沙科夫说，普京总统与特朗普总统的会谈氛围良好，双方都表现出寻找解决办法的意愿。"
    "他透露，两国元首还讨论了恢复双边经贸合作的可能性，包括北极地区合作和太空领域合作"
    "。",
    "乌沙科夫表示，普京已邀请特朗普访问莫斯科，但下一次会晤的具体时间和地点尚未确定，"
    "需要通过外交渠道进一步协商。他说，俄方希望美方能够理解俄罗斯在安全问题上的关切。",
    "俄罗斯外长拉夫罗夫当天也表示，会谈“非常好”，俄方在会谈中清楚阐述了自身立场。俄"
    "罗斯直接投资基金总裁德米特里耶夫则在社交媒体上说，这次会晤表明对话能够取得成果。",
]

# unrelated
TITLE_C = "我国夏粮再获丰收 总产量达2994.8亿斤"
BODY_C = [
    "国家统计局8月15日发布数据显示，2025年全国夏粮总产量14974万吨，即29"
    "94.8亿斤，比2024年增加7.2万吨，增长0.05%，夏粮生产再获丰收。",
    "国家统计局农村司首席统计师表示，今年夏粮播种面积稳中略降，但单产有所提高。各地区"
    "各部门认真落实藏粮于地、藏粮于技战略，加强田间管理，有效应对了部分地区干旱等不利"
    "天气影响。",
    "分品种看，全国小麦产量13822万吨，比2024年增加6.3万吨。专家指出，夏粮"
    "丰收为稳定全年粮食生产、保障国家粮食安全打下了坚实基础。",
]

# a short wire item, and the same item lightly edited
SHORT_D = (
    "新华社北京8月18日电 外交部发言人毛宁18日宣布：应国务院总理李强邀请，新加坡"
    "总理黄循财将于8月19日至22日对中国进行正式访问。"
)
SHORT_D2 = (
    "新华社北京8月18日电 外交部发言人毛宁18日宣布：应国务院总理李强的邀请，新加"
    "坡共和国总理黄循财将于8月19日至22日对中国进行正式访问。"
)
SHORT_E = (
    "新华社北京8月18日电 外交部发言人毛宁18日宣布：应国家主席习近平邀请，越南国"
    "家主席梁强将于8月20日至23日对中国进行国事访问。"
)


def make(doc_id, title, body):
    doc = Document(id=doc_id, raw=Raw(data=f"{doc_id}:{title}".encode(), uri=f"https://x/{doc_id}"))
    blocks = [Block("title", title)] + [Block("body", p) for p in body]
    doc.set_article(Article(title=title, blocks=blocks))
    return doc


def to_traditional(text):
    return opencc.OpenCC("s2t").convert(text)


def corpus():
    return {
        "A": make("A", TITLE_A, BODY_A),
        "A1": make("A1", TITLE_A1, BODY_A),
        "A2": make("A2", TITLE_A, BODY_A2),
        "A3": make("A3", TITLE_A, BODY_A3),
        "B": make("B", TITLE_B, BODY_B),
        "C": make("C", TITLE_C, BODY_C),
        "D": make("D", "新加坡总理将访华", [SHORT_D]),
        "D2": make("D2", "黄循财将对中国进行正式访问", [SHORT_D2]),
        "E": make("E", "越南国家主席将访华", [SHORT_E]),
        "AT": make("AT", to_traditional(TITLE_A), [to_traditional(p) + " " for p in BODY_A]),
    }


def jaccard(a, b):
    sa, sb = shingles(normalize(a)), shingles(normalize(b))
    return len(sa & sb) / len(sa | sb)


def test_calibration_margins():
    """The numbers behind THRESHOLD (see the table in dashiji.dedup)."""
    a = "\n".join(BODY_A)
    assert jaccard(a, "\n".join(BODY_A2)) > 0.9
    assert jaccard(a, "\n".join(BODY_A3)) > 0.9
    assert THRESHOLD < jaccard(SHORT_D, SHORT_D2) < 0.8
    assert jaccard(SHORT_D, SHORT_E) < 0.4
    assert jaccard(a, "\n".join(BODY_B)) < 0.1
    assert jaccard(a, "\n".join(BODY_C)) < 0.05


def test_copies_are_linked_to_the_first_copy():
    docs = corpus()
    step = Deduplicate()
    out = {d.id: d for d in step(docs.values())}
    assert out["A"].duplicate_of is None
    assert out["A1"].duplicate_of == "A"  # new headline
    assert out["A2"].duplicate_of == "A"  # one sentence edited
    assert out["A3"].duplicate_of == "A"  # source line and editor footer added
    assert out["AT"].duplicate_of == "A"  # the same text in traditional script
    assert out["D2"].duplicate_of == "D"  # short wire item, two insertions
    for different in ("B", "C", "D", "E"):  # same topic / same template is not a copy
        assert out[different].duplicate_of is None
    assert step.found == {"exact": 2, "near": 3}
    assert step.stats.seen == 10 and step.stats.ok == 10


def test_exact_copies_are_found_through_whitespace_and_script():
    idx = DedupIndex()
    assert idx.check("x", "普京与特朗普会晤。") == (None, "")
    assert idx.check("y", " 普京與特朗普 會晤。\n") == ("x", "exact")
    # too short for MinHash, so only exact copies count
    assert idx.check("z", "普京与特朗普会晤了。") == (None, "")
    assert len("普京与特朗普会晤了。") < MIN_NEAR_CHARS


def test_later_copies_link_to_the_first_not_to_each_other():
    docs = corpus()
    step = Deduplicate()
    out = list(step([docs["A2"], docs["A"], docs["A3"]]))
    assert [d.duplicate_of for d in out] == [None, "A2", "A2"]


def test_documents_without_text_and_failed_documents_pass_through():
    empty = Document(id="empty", raw=Raw(data=b"", uri="x"))
    failed = make("F", TITLE_A, BODY_A)
    failed.error = DocError("no_article", "none", "extract")
    first = make("A", TITLE_A, BODY_A)
    step = Deduplicate()
    out = list(step([empty, failed, first]))
    assert [d.duplicate_of for d in out] == [None, None, None]
    assert out[1].error is not None
    assert step.stats.seen == 2  # the failed one is not looked at


def test_title_only_document_uses_its_text():
    doc = Document(id="t", raw=Raw(data=b"t", uri="x"))
    doc.set_article(Article(title="只有标题", blocks=[Block("title", "只有标题")]))
    assert article_text(doc) == "只有标题"


def test_the_same_document_again_is_not_its_own_duplicate():
    step = Deduplicate()
    a = make("A", TITLE_A, BODY_A)
    list(step([a]))
    (again,) = step([make("A", TITLE_A, BODY_A)])
    assert again.duplicate_of is None


def test_step_pickles_and_runs_in_a_pipeline():
    step = pickle.loads(pickle.dumps(Deduplicate()))
    docs = corpus()
    out = list(run_local([step], [docs["A"], docs["A1"]]))
    assert out[1].duplicate_of == "A"


def test_seeded_from_a_store_catches_copies_of_stored_documents(tmp_path, monkeypatch):
    docs = corpus()
    path = tmp_path / "news.db"
    # run 1
    with Store.open(path) as store:
        step = Deduplicate(index=DedupIndex.from_store(store))
        for doc in step([docs["A"], docs["B"], docs["A1"], docs["D"]]):
            store.put(doc)
        assert step.index.save(store) == 3
        assert step.index.save(store) == 0
        assert store.stats()["duplicates"] == 1
        n_sigs = store.connection.execute("SELECT count(*) FROM minhash").fetchone()[0]
        assert n_sigs == 3  # first copies only

    # run 2: stored signatures are loaded, not recomputed
    calls = []
    real = DedupIndex.signature

    def counting(self, text):
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(DedupIndex, "signature", counting)
    with Store.open(path) as store:
        index = DedupIndex.from_store(store)
        assert calls == [] and len(index) == 3
        step = Deduplicate(index=index)
        out = {d.id: d for d in step([docs["A2"], docs["AT"], docs["D2"], docs["C"], docs["E"]])}
        assert out["A2"].duplicate_of == "A"
        assert out["AT"].duplicate_of == "A"
        assert out["D2"].duplicate_of == "D"
        assert out["C"].duplicate_of is None and out["E"].duplicate_of is None
        assert len(calls) == 5


def test_from_store_signs_documents_stored_without_a_signature(tmp_path):
    docs = corpus()
    with Store.open(tmp_path / "news.db") as store:
        # stored by a run that did not deduplicate (or was killed before saving)
        store.put(docs["A"])
        store.put(docs["B"])
        failed = make("F", TITLE_C, BODY_C)
        failed.error = DocError("no_article", "none", "extract")
        store.put(failed)
        index = DedupIndex.from_store(store)
        assert len(index) == 2 and "F" not in index
        assert store.connection.execute("SELECT count(*) FROM minhash").fetchone()[0] == 2
        (a3,) = Deduplicate(index=index)([docs["A3"]])
        assert a3.duplicate_of == "A"
        # a signature made with other parameters is recomputed
        store.connection.execute("UPDATE minhash SET shingle = 4 WHERE doc_id = 'B'")
        index = DedupIndex.from_store(store)
        assert len(index) == 2
        assert store.connection.execute(
            "SELECT shingle FROM minhash WHERE doc_id = 'B'"
        ).fetchone() == (5,)


def test_signatures_of_unstored_documents_are_ignored(tmp_path):
    docs = corpus()
    with Store.open(tmp_path / "news.db") as store:
        step = Deduplicate()
        list(step([docs["A"]]))
        step.index.save(store)  # saved, but the run died before putting the document
        index = DedupIndex.from_store(store)
        assert "A" not in index
        (a1,) = Deduplicate(index=index)([docs["A1"]])
        assert a1.duplicate_of is None


@pytest.mark.parametrize("bad", [dict(bands=20, rows=8), dict(num_perm=16)])
def test_band_layout_must_fit_the_permutations(bad):
    with pytest.raises(ValueError):
        DedupIndex(**bad)


def test_minhash_estimates_jaccard_without_bias() -> None:
    """300 random pairs of sets: the signature estimate is unbiased and as spread as sampling
    128 values allows (binomial sd ~0.04 at these similarities)."""
    import random
    import statistics

    from dashiji.minhash import MinHasher, similarity

    rng = random.Random(0)
    hasher = MinHasher(128, 1)
    errors = []
    for _ in range(300):
        universe = [str(i).encode() for i in range(rng.randint(50, 400))]
        a = set(rng.sample(universe, int(len(universe) * 0.8)))
        b = set(rng.sample(universe, int(len(universe) * 0.8)))
        truth = len(a & b) / len(a | b)
        errors.append(similarity(hasher.signature(a), hasher.signature(b)) - truth)
    assert abs(statistics.mean(errors)) < 0.01
    assert statistics.pstdev(errors) < 0.05
    same = hasher.signature({b"x", b"y"})
    assert similarity(same, hasher.signature({b"y", b"x"})) == 1.0


def test_a_huge_text_is_signed_in_windows_with_the_signature_of_the_whole_set() -> None:
    """Shingles are hashed a window at a time (a text of millions of characters was a set of
    millions of byte strings: 430 MB for 2 million); the least values are those of the set."""
    import random

    from dashiji.minhash import MinHasher

    rng = random.Random(5)
    text = "".join(chr(rng.randrange(0x4E00, 0x4E00 + 500)) for _ in range(SHINGLE_WINDOW * 2 + 7))
    norm = normalize(text)
    parts = list(shingle_parts(norm))
    assert len(parts) == 3 and set().union(*parts) == shingles(norm)
    hasher = MinHasher(128, 1)
    assert (hasher.signature_of_parts(parts) == hasher.signature(shingles(norm))).all()
    assert (DedupIndex().signature(text)[1] == hasher.signature(shingles(norm))).all()


@pytest.mark.parametrize(
    "text",
    [
        "abcdefgh",
        "中华人民共和国成立",
        "2024年3月5日，NBA球员𠀀𠀁到访é港ü",
        "ab𠀀cd",
        "𠀀𠀁𠀂𠀃𠀄𠀅",
    ],
)
def test_shingles_are_the_utf8_bytes_of_each_slice(text: str) -> None:
    """The text is encoded once and cut at each character's byte offset (1 to 4 bytes a
    character); the shingles are those of each slice encoded on its own."""
    k = 5
    want = {text[i : i + k].encode("utf-8") for i in range(len(text) - k + 1)}
    assert shingles(text, k) == want
    assert set().union(*shingle_parts(text, k)) == want


def test_minhash_blocks_give_the_signature_of_the_whole_set() -> None:
    """Hashed values are taken a block of shingles at a time into one buffer: the least values
    are those over the whole set, whatever the block size."""
    import dashiji.minhash as mh

    items = {f"item {i}".encode() for i in range(mh._BLOCK * 2 + 3)}
    hasher = mh.MinHasher(16, 3)
    hv = mh.item_hashes(sorted(items))
    with np.errstate(over="ignore"):
        whole = (hasher._a * hv[None, :] + hasher._b).min(axis=1) >> np.uint64(32)
    assert (hasher.signature(items) == whole.astype(np.uint32)).all()
    assert (hasher.signature({b"one"}) == hasher.signature_of_parts([{b"one"}])).all()


def test_band_index_signatures_inserted_at_once_answer_like_one_at_a_time():
    # a store's signatures are banded at once when a run starts (insert_many); queries answer
    # as for signatures inserted one by one, band hash collisions dropped
    from dashiji.minhash import BandIndex

    rng = np.random.default_rng(7)
    sigs = rng.integers(0, 5, size=(300, 16), dtype=np.uint32)  # few values: many shared bands
    keys = [f"d{i}" for i in range(len(sigs))]
    one, many = BandIndex(4, 4), BandIndex(4, 4)
    for k, v in zip(keys, sigs, strict=True):
        one.insert(k, v)
    many.insert_many(keys, sigs)
    queries = list(rng.integers(0, 5, size=(50, 16), dtype=np.uint32)) + list(sigs[:20])
    hits = 0
    for q in queries:
        assert many.query(q) == one.query(q)
        hits += bool(one.query(q))
    assert hits >= 20
    # a band hash collision is no candidate: only equal bands count
    odd = BandIndex(1, 2)
    odd.insert_many(["a"], np.array([[1, 2]], dtype=np.uint32))
    assert odd.query(np.array([1, 2], dtype=np.uint32)) == {"a"}
    assert odd.query(np.array([2, 1], dtype=np.uint32)) == set()


def test_band_index_tail_and_merged_blocks_answer_like_a_dict_per_band(monkeypatch):
    """Signatures inserted one at a time wait in a tail, become blocks and are merged: the
    answers are those of a dict per band (equal bands only), the blocks stay few (one per power
    of two), and no Python object is held per band and signature."""
    import dashiji.minhash as mh

    monkeypatch.setattr(mh, "TAIL", 8)
    rng = np.random.default_rng(11)
    sigs = rng.integers(0, 4, size=(300, 16), dtype=np.uint32)
    index = mh.BandIndex(4, 4)
    reference: list[dict[bytes, set[str]]] = [{} for _ in range(4)]
    for i, v in enumerate(sigs):
        index.insert(f"d{i}", v)
        for b in range(4):
            reference[b].setdefault(v[b * 4 : (b + 1) * 4].tobytes(), set()).add(f"d{i}")
        assert index.blocks() <= 1 + (i + 1).bit_length()
        assert len(index) == i + 1
    assert 1 <= index.blocks() <= 6 and len(index._tail_keys) < 8
    queries = list(rng.integers(0, 4, size=(60, 16), dtype=np.uint32)) + list(sigs[::7])
    hits = 0
    for q in queries:
        want: set[str] = set()
        for b in range(4):
            want |= reference[b].get(q[b * 4 : (b + 1) * 4].tobytes(), set())
        assert index.query(q) == want
        hits += bool(want)
    assert hits >= 40
