"""Quantities: values, units, approximators and offsets, both scripts, the two seeds, exclusions."""

from __future__ import annotations

import pytest
from conftest import seed_text as seed

from dashiji.annotate.numerals import parse_number
from dashiji.annotate.quantities import Quantity, find_quantities, to_span
from dashiji.annotate.times import find_times
from dashiji.normalize import AnalysisView


def at(qs: list[Quantity], text: str, span: str, nth: int = 0) -> Quantity:
    """The quantity whose text is ``span``, at the ``nth`` occurrence of ``span`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(span, pos + 1)
    found = [q for q in qs if (q.start, q.end) == (pos, pos + len(span))]
    assert found, f"no quantity {span!r} at {pos}; found {qs}"
    assert found[0].text == span
    return found[0]


def offsets_ok(text: str, qs: list[Quantity]) -> None:
    for q in qs:
        assert text[q.start : q.end] == q.text, q


# (text, quantity as written, value, unit, unit_text, approx, kind, high)
CASES = [
    ("俄罗斯现在有近6000枚核弹头", "近6000枚", 6000, "枚", "枚", "≈<", "count", None),
    ("其中1600枚左右处于实战部署状态", "1600枚左右", 1600, "枚", "枚", "≈", "count", None),
    ("俄语人口占比超过70%，", "超过70%", 70, "%", "%", ">", "percent", None),
    ("对印度征收50%关税", "50%", 50, "%", "%", None, "percent", None),
    ("其中的25% 是", "25%", 25, "%", "%", None, "percent", None),
    ("石油价格再下跌10美元", "10美元", 10, "USD", "美元", None, "money", None),
    ("并送上千亿采购大礼", "千亿", 1e11, None, None, None, "count", None),
    ("百分之五十的人", "百分之五十", 50, "%", "百分之", None, "percent", None),
    ("每艘能装16枚布拉瓦潜射导弹", "16枚", 16, "枚", "枚", None, "count", None),
    ("约5.2万人参加", "约5.2万人", 52000, "人", "人", "≈", "count", None),
    ("5.2万人参加", "5.2万人", 52000, "人", "人", None, "count", None),
    ("融资1.5亿美元", "1.5亿美元", 1.5e8, "USD", "美元", None, "money", None),
    ("两千多人到场", "两千多人", 2000, "人", "人", ">", "count", 3000),
    ("数百名抗议者", "数百名", 100, "名", "名", ">", "count", 1000),
    ("进行了三轮会晤", "三轮", 3, "轮", "轮", None, "count", None),
    ("3千人", "3千人", 3000, "人", "人", None, "count", None),
    ("1.2万辆车", "1.2万辆", 12000, "辆", "辆", None, "count", None),
    ("１６枚导弹", "１６枚", 16, "枚", "枚", None, "count", None),
    ("有１．５万人", "１．５万人", 15000, "人", "人", None, "count", None),
    ("近千人", "近千人", 1000, "人", "人", "≈<", "count", None),
    ("上千人", "上千人", 1000, "人", "人", ">=", "count", None),
    ("超千亿", "超千亿", 1e11, None, None, ">", "count", None),
    ("逾百人", "逾百人", 100, "人", "人", ">", "count", None),
    ("10余人", "10余人", 10, "人", "人", ">", "count", 20),
    ("十几个国家", "十几个", 10, "个", "个", ">", "count", 20),
    ("十来个", "十来个", 10, "个", "个", "≈", "count", None),
    ("二三十人", "二三十人", 20, "人", "人", "≈", "count", 30),
    ("两三个", "两三个", 2, "个", "个", "≈", "count", 3),
    ("七八万人", "七八万人", 70000, "人", "人", "≈", "count", 80000),
    ("十一二岁", "十一二岁", 11, "岁", "岁", "≈", "measure", 12),
    ("数十亿美元", "数十亿美元", 1e9, "USD", "美元", ">", "money", 1e10),
    ("十几亿", "十几亿", 1e9, None, None, ">", "count", 2e9),
    ("3至5万人", "3至5万人", 30000, "人", "人", None, "count", 50000),
    ("10-15枚", "10-15枚", 10, "枚", "枚", None, "count", 15),
    ("1.5万到2万人", "1.5万到2万人", 15000, "人", "人", None, "count", 20000),
    ("至少3000人", "至少3000人", 3000, "人", "人", ">=", "count", None),
    ("至少有3000人", "至少有3000人", 3000, "人", "人", ">=", "count", None),
    ("最多5人", "最多5人", 5, "人", "人", "<=", "count", None),
    ("不足10%", "不足10%", 10, "%", "%", "<", "percent", None),
    ("3000人以上", "3000人以上", 3000, "人", "人", ">", "count", None),
    ("5公里多的路", "5公里多", 5, "公里", "公里", ">", "measure", None),
    ("超过2000多人", "超过2000多人", 2000, "人", "人", ">", "count", 3000),
    ("三分之一的人口", "三分之一", 100 / 3, "%", "三分之", None, "percent", None),
    ("增长3个百分点", "3个百分点", 3, "pp", "个百分点", None, "percent", None),
    ("增长-0.5%", "-0.5%", -0.5, "%", "%", None, "percent", None),
    ("超过八成受访者", "超过八成", 80, "%", "成", ">", "percent", None),
    ("一万五千元", "一万五千元", 15000, "CNY", "元", None, "money", None),
    ("一万五", "一万五", 15000, None, None, None, "count", None),
    ("人民币10亿元", "人民币10亿元", 1e9, "CNY", "元", None, "money", None),
    ("约10亿元人民币", "约10亿元人民币", 1e9, "CNY", "元人民币", "≈", "money", None),
    ("6.5亿欧元", "6.5亿欧元", 6.5e8, "EUR", "欧元", None, "money", None),
    ("1,600枚", "1,600枚", 1600, "枚", "枚", None, "count", None),
    ("一百零五人", "一百零五人", 105, "人", "人", None, "count", None),
    ("一亿两千万人", "一亿两千万人", 1.2e8, "人", "人", None, "count", None),
    ("他58岁", "58岁", 58, "岁", "岁", None, "measure", None),
    ("零下5度", "零下5度", -5, "度", "度", None, "measure", None),
    ("增长了一倍", "一倍", 1, "倍", "倍", None, "measure", None),
    ("30余架次", "30余架次", 30, "架次", "架次", ">", "count", 40),
    ("附近3公里", "3公里", 3, "公里", "公里", None, "measure", None),
    ("统一两国", "两国", 2, "国", "国", None, "count", None),
    ("3000生活费", "3000", 3000, None, None, None, "count", None),
    ("参加人数百万", "百万", 1e6, None, None, None, "count", None),
    ("美国-5人", "5人", 5, "人", "人", None, "count", None),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "unit_text", "approx", "kind", "high"), CASES
)
def test_case(text, span, value, unit, unit_text, approx, kind, high) -> None:
    qs = find_quantities(text)
    offsets_ok(text, qs)
    q = at(qs, text, span)
    assert q.value == pytest.approx(value), q
    assert (q.unit, q.unit_text, q.approx, q.kind) == (unit, unit_text, approx, kind), q
    assert q.high == (None if high is None else pytest.approx(high)), q


# The same, written in traditional characters: offsets into the traditional original.
TRAD = [
    ("俄羅斯現在有近6000枚核彈頭", "近6000枚", 6000, "枚", "枚", "≈<", "count"),
    ("其中1600枚左右處於實戰部署狀態", "1600枚左右", 1600, "枚", "枚", "≈", "count"),
    ("俄語人口佔比超過70%，", "超過70%", 70, "%", "%", ">", "percent"),
    ("石油價格再下跌10美元", "10美元", 10, "USD", "美元", None, "money"),
    ("並送上千億採購大禮", "千億", 1e11, None, None, None, "count"),
    ("進行了三輪會晤", "三輪", 3, "輪", "輪", None, "count"),
    ("美國將派遣約3萬名士兵", "約3萬名", 30000, "名", "名", "≈", "count"),
    ("兩千多人到場", "兩千多人", 2000, "人", "人", ">", "count"),
    ("數百名抗議者", "數百名", 100, "名", "名", ">", "count"),
    ("融資1.5億美元", "1.5億美元", 1.5e8, "USD", "美元", None, "money"),
    ("百分之五十的人", "百分之五十", 50, "%", "百分之", None, "percent"),
    ("歐元區擬出資6.5億歐元", "6.5億歐元", 6.5e8, "EUR", "歐元", None, "money"),
    ("將近兩萬輛汽車", "將近兩萬輛", 20000, "輛", "輛", "≈<", "count"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "unit_text", "approx", "kind"), TRAD)
def test_traditional(text, span, value, unit, unit_text, approx, kind) -> None:
    qs = find_quantities(text)
    offsets_ok(text, qs)
    q = at(qs, text, span)
    assert q.value == pytest.approx(value), q
    # the unit is normalised (simplified, or a code); unit_text is as written
    expected_unit = AnalysisView.of(unit).text if unit and kind in ("count", "measure") else unit
    assert (q.unit, q.unit_text, q.approx, q.kind) == (expected_unit, unit_text, approx, kind), q


NOT_QUANTITIES = [
    "打了三年多的俄乌战争",  # a duration: the time layer's
    "美方提出30天全面停火方案",
    "30小时临时停火",
    "两周后在布达佩斯",
    "3至5天",
    "第一次通话",  # ordinals
    "西部第6",
    "第3至5名",
    "自2014年之后",  # dates, years, clock times
    "8月15日",
    "2017年11月11日",
    "2016-2018年",
    "2026-02-27 09:29:11",
    "下午3点",
    "二〇二五年",
    "电话13800138000",  # phone numbers, ratios, versions
    "010-12345678",
    "1000对1",
    "3比1",
    "版本1.2.3",
    "《2025年制裁俄羅斯法案》",  # book titles
    "《三体》第二部",
    "一枚导弹",  # 一 + measure word: the indefinite article
    "一个明显的误判",
    "唯一一个",
    "F-22战机",  # model names
    "5G网络",
    "iPhone 15",
    "Nano Banana 2",
    "千万不要",  # set phrases and words with numerals
    "万一出事",
    "成千上万的人",
    "一元化",
    "两度访华",
    "八成是他",
    "千人计划",
    "统一",
    "四川",
    "几个月",
    "没几天",
    "在2025",  # a bare year
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text) -> None:
    assert find_quantities(text) == []


# ---- the seeds ---------------------------------------------------------------------------------


def overlaps(q: Quantity, text: str, phrase: str) -> bool:
    pos = text.find(phrase)
    while pos >= 0:
        if q.start < pos + len(phrase) and pos < q.end:
            return True
        pos = text.find(phrase, pos + 1)
    return False


def test_seed_000() -> None:
    text = seed("000")
    qs = find_quantities(text)
    offsets_ok(text, qs)
    q = at(qs, text, "近6000枚")
    assert (q.value, q.unit, q.approx, q.kind) == (6000, "枚", "≈<", "count")
    q = at(qs, text, "1600枚左右")
    assert (q.value, q.unit, q.approx, q.kind) == (1600, "枚", "≈", "count")
    q = at(qs, text, "16枚")
    assert (q.value, q.unit, q.approx) == (16, "枚", None)
    q = at(qs, text, "超过70%")
    assert (q.value, q.unit, q.approx, q.kind) == (70, "%", ">", "percent")
    q = at(qs, text, "25万人次")
    assert (q.value, q.unit) == (250000, "人次")
    q = at(qs, text, "十几亿")
    assert (q.value, q.high, q.approx) == (1e9, 2e9, ">")
    phrases = ["2014年", "2026年", "20日", "一周前", "两周后", "几个月", "第一", "第二"]
    for phrase in [*phrases, "F-22"]:
        assert not [q for q in qs if overlaps(q, text, phrase)], phrase
    for stamp in ("2026-02-27 09:29:11", "2026-01-19 16:48:07", "1998年"):
        assert not [q for q in qs if overlaps(q, text, stamp)], stamp
    assert not [q for q in qs if q.text in ("一枚", "一个", "一手", "一张", "一块")]


def test_seed_002_traditional() -> None:
    text = seed("002")
    qs = find_quantities(text)
    offsets_ok(text, qs)
    q = at(qs, text, "50%")
    assert (q.value, q.unit, q.kind) == (50, "%", "percent")
    q = at(qs, text, "25%")
    assert (q.value, q.unit, q.kind) == (25, "%", "percent")
    q = at(qs, text, "10美元")
    assert (q.value, q.unit, q.unit_text, q.kind) == (10, "USD", "美元", "money")
    q = at(qs, text, "千億")
    assert (q.value, q.unit, q.kind, q.approx) == (1e11, None, "count", None)
    q = at(qs, text, "三輪")
    assert (q.value, q.unit, q.unit_text, q.kind) == (3, "轮", "輪", "count")
    title = "《2025年制裁俄羅斯法案》"
    dates = ["2025-08-13", "8月15日", "8月8日", "2月12日", "2月18日", "3月18日", "4月20日"]
    dates += ["2017年11月11日", "2025年8月6日", "5月、6月、7月"]
    durations = ["10天", "30天", "30小時", "三年多", "十年來", "一個月", "一天"]
    for phrase in [title, *dates, *durations, "第一次"]:
        assert not [q for q in qs if overlaps(q, text, phrase)], phrase


@pytest.mark.parametrize(("prefix", "ref"), [("000", "2025-10-22"), ("002", "2025-08-13")])
def test_seeds_with_time_spans_excluded(prefix, ref) -> None:
    """Passing the time layer's spans changes nothing: no quantity is a time expression."""
    text = seed(prefix)
    spans = [(e.start, e.end) for e in find_times(text, ref)]
    assert spans
    assert find_quantities(text, exclude=spans) == find_quantities(text)


def test_exclude_drops_overlapping_quantities() -> None:
    text = "俄罗斯现在有近6000枚核弹头，其中1600枚左右处于实战部署状态"
    all_qs = find_quantities(text)
    pos = text.index("6000")
    kept = find_quantities(text, exclude=[(pos, pos + 1)])
    assert [q.text for q in all_qs] == ["近6000枚", "1600枚左右"]
    assert [q.text for q in kept] == ["1600枚左右"]


def test_durations_never_emitted_even_without_exclude() -> None:
    text = "美方提出30天全面停火方案，俄方暂停打击30天，打了三年多"
    assert find_quantities(text) == []
    spans = [(e.start, e.end) for e in find_times(text, "2025-08-13") if e.kind == "duration"]
    assert len(spans) == 3
    assert find_quantities(text, exclude=spans) == []


def test_view_can_be_passed_in() -> None:
    text = seed("002")
    assert find_quantities(text, view=AnalysisView.of(text)) == find_quantities(text)


def test_to_span() -> None:
    (q,) = find_quantities("近6000枚核弹头")
    span = to_span(q)
    assert (span.layer, span.start, span.end, span.label) == ("quantity", 0, 6, "count")
    assert span.attrs == {
        "value": 6000.0,
        "unit": "枚",
        "unit_text": "枚",
        "approx": "≈<",
        "high": None,
    }


# ---- numerals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,600", 1600),
        ("5.2", 5.2),
        ("两千", 2000),
        ("一百零五", 105),
        ("一千零五十", 1050),
        ("千亿", 1e11),
        ("万亿", 1e12),
        ("一亿两千万", 1.2e8),
        ("一万五", 15000),
        ("三千五", 3500),
        ("两百五", 250),
        ("十五", 15),
        ("廿五", 25),
        ("二〇二五", 2025),
        ("三点五", 3.5),
        ("零点五", 0.5),
        ("三点五亿", 3.5e8),
        ("1.2万", 12000),
        ("3千", 3000),
        ("1.5亿", 1.5e8),
        ("3万5千", 35000),
        ("5.2万", 52000),
        ("壹佰贰拾", 120),
        ("两三", None),
        ("abc", None),
        ("1.2.3", None),
        ("", None),
    ],
)
def test_parse_number(text, value) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "idle"),
    [
        ("这是一个问题", True),  # 一 + a measure word: the article
        ("他们一直在", True),  # 一 with no unit
        ("有一个", False),  # a filler before: 有一个 may read as a prefixed count
        ("约一个月", False),  # an approximator ends right before it
        ("一至三个人", False),  # a range connector after: 一至三个 is one quantity
        ("至一个", False),  # … or before it
        ("一 个", False),  # a space: the text between neighbours is stripped
        ("一米长", False),  # a measure: kept
        ("他一年后", True),  # a time: the time layer's, and no range here
        ("一年", True),  # the text's edges: nothing before or after it
        ("历时两年多", False),  # 多 after the unit: left to the full reading
        ("历时两年", True),
        ("他三个人", False),  # 三 + a measure word: a count, kept
        ("他三个月", True),  # 个月: a time unit
        ("排名第三的", True),  # a numeral alone is no number
        ("三至五年", False),  # a connector after it
        ("一个多月", True),  # 个多月: a time unit
        ("一个左右", False),  # a suffix
        ("一个多", False),  # 多 after the unit
    ],
)
def test_lone_numeral_prefilter(text: str, idle: bool) -> None:
    """The pre-filter drops a lone Chinese numeral (一个, 两年) only where the full reading
    would drop it and no range could use it; the quantities are those of the full reading
    either way."""
    from dashiji.annotate import quantities as q

    k = q._k()
    s = next(i for i, ch in enumerate(text) if ch in k.idle_numerals)
    assert q._idle_numeral(text, s, 0, k) is idle
    assert not q._idle_numeral(text, s, s + 1, k)  # the candidate before it runs past it
    found = [(x.text, x.value, x.high, x.unit) for x in find_quantities(text)]
    k_no = q._K(**{f: getattr(k, f) for f in q._K.__slots__})
    k_no.idle_numerals = {}  # pre-filter off
    v = text
    full = q._merge_ranges(v, q._candidates(v, k_no), k_no)
    assert [c for c in full if q._keep(v, c)] == [
        c for c in q._merge_ranges(v, q._candidates(v, k), k) if q._keep(v, c)
    ]
    if text == "一至三个人":
        assert found == [("一至三个", 1.0, 3.0, "个")]


@pytest.mark.parametrize(
    ("text", "idle"),
    [
        ("他2021年入职", True),  # a year: the time layer's
        ("于4月到访", False),  # 于 ends a prefix (高于, 低于)
        ("他们4月到访", True),
        ("3至5天", False),  # a connector before: 3 and 5天 drop each other
        ("约5天", False),  # an approximator before
        ("历时 5天", False),  # a space before
        ("5 天", False),  # a space after (read with the unit): left to the full reading
        ("5人受伤", False),  # a count: kept
        ("5.5年", False),  # not digits alone
    ],
)
def test_time_number_prefilter(text: str, idle: bool) -> None:
    """The pre-filter drops digits with a time unit only where the full reading would drop them
    and no range could use them; the quantities are those of the full reading either way."""
    from dashiji.annotate import quantities as q

    k = q._k()
    m = k.number.search(text)
    assert m is not None
    assert q._idle_time(text, m.group(), m.start(), 0, k) is idle
    assert not q._idle_time(text, m.group(), m.start(), m.start() + 1, k)
    k_no = q._K(**{f: getattr(k, f) for f in q._K.__slots__})
    k_no.time_blockers_before, k_no.idle_numerals = None, {}  # pre-filters off
    full = q._merge_ranges(text, q._candidates(text, k_no), k_no)
    assert [c for c in full if q._keep(text, c)] == [
        c for c in q._merge_ranges(text, q._candidates(text, k), k) if q._keep(text, c)
    ]


def test_block_prefilter_keeps_every_block() -> None:
    """``_masked`` tries the blocks (dates, clock times, phones, ratios…) only at the runs of
    digits ``_DIGIT_RUN`` picks: it blanks exactly what trying them at every run blanks - one
    example of each block, and strings of digits and separators in every mix."""
    import random
    import re

    from dashiji.annotate import quantities as q

    k = q._k()
    runs = re.compile(r"[0-9]+")

    def every_run(v: str) -> list[tuple[int, int]]:
        spans = [m.span() for m in k.mask.finditer(v)]
        end = 0
        for m in runs.finditer(v):
            if m.start() < end:
                continue
            hit = k.blocks.match(v, m.start())
            if hit is not None:
                spans.append(hit.span())
                end = hit.end()
        return spans

    def blanked(spans: list[tuple[int, int]], v: str) -> str:
        out = list(v)
        for a, b in spans:
            out[a:b] = "\x00" * (b - a)
        return "".join(out)

    examples = [
        "于2024-05-01举行", "5/1/2024", "09:29:11", "9：30开始", "版本1.2.3", "13800138000",
        "+86 13800138000", "86-13800138000", "8613800138000", "010-12345678", "400-123-4567",
        "4001234567", "800123-4567", "3比1", "1000对1", "2 比 1", "3:1", "2.5\u3000比1",
    ]  # fmt: skip
    rng = random.Random(0)
    alphabet = "0123456789" * 3 + "-/.:：比对 \t\u3000+年月,%x"
    mixes = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(4000)]
    for v in [*examples, *mixes]:
        assert q._masked(v, k) == blanked(every_run(v), v), v
    for v in examples:
        assert "\x00" in q._masked(v, k), v
