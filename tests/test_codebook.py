"""The event codebook: packaged data valid and consistent, loader errors, matching, cues, gold."""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from pathlib import Path

import pytest

from dashiji.errors import ConfigError
from dashiji.events.codebook import (
    PLOVER_TYPES,
    Codebook,
    CodebookError,
    load_codebook,
    parse_pattern,
    quad_class_of_root,
)
from dashiji.normalize.script import to_simplified, to_traditional

MIN_ENTRIES = 150
MIN_PER_TYPE = 8


@pytest.fixture(scope="module")
def cb() -> Codebook:
    return load_codebook()


def types_of(book: Codebook, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entry.plover_type, m.entry.cameo) for m in book.match(text)]


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def entry(**kw: object) -> str:
    base: dict[str, object] = {"id": "x.test", "zh": "试验触发", "plover_type": "CONSULT"}
    base["plover_mode"] = "meet"
    base["cameo"] = "040"
    base.update(kw)
    return json.dumps(base, ensure_ascii=False)


# ---- the packaged data ----------------------------------------------------------------------
def test_packaged_codebook_is_valid_and_consistent(cb: Codebook) -> None:
    assert len(cb) >= MIN_ENTRIES
    ids = [e.id for e in cb]
    assert len(ids) == len(set(ids))
    for e in cb:
        code = cb.cameo(e.cameo)  # every code exists in the packaged table
        assert e.goldstein == code.goldstein, e.id
        assert e.quad_class == code.quad_class == quad_class_of_root(e.cameo[:2]), e.id
        assert e.plover_mode in cb.types[e.plover_type].modes, e.id
        assert cb.types[e.plover_type].allows(e.cameo), e.id
        assert e.source.rsplit(":", 1)[1].isdigit()


def test_counts_per_plover_type(cb: Codebook) -> None:
    counts = Counter(e.plover_type for e in cb)
    assert set(counts) == set(PLOVER_TYPES)
    for ptype in PLOVER_TYPES:
        assert counts[ptype] >= MIN_PER_TYPE, (ptype, counts[ptype])
    assert sum(counts.values()) == len(cb)


def test_issue_triggers_are_covered(cb: Codebook) -> None:
    expected = {
        "会晤": ("CONSULT", "meet"),
        "会见": ("CONSULT", "host"),
        "会谈": ("CONSULT", "meet"),
        "峰会": ("CONSULT", "meet"),
        "通话": ("CONSULT", "phone"),
        "访问": ("CONSULT", "visit"),
        "出访": ("CONSULT", "visit"),
        "调停": ("CONSULT", "mediate"),
        "斡旋": ("CONSULT", "mediate"),
        "谈判": ("CONSULT", "negotiate"),
        "达成共识": ("AGREE", "cooperate"),
        "签署": ("AGREE", "treaty"),
        "称赞": ("SUPPORT", "praise"),
        "表示支持": ("SUPPORT", "endorse"),
        "呼吁": ("REQUEST", "appeal"),
        "敦促": ("REQUEST", "appeal"),
        "指责": ("ACCUSE", "accuse"),
        "谴责": ("ACCUSE", "disapprove"),
        "争吵": ("ACCUSE", "disapprove"),
        "拒绝": ("REJECT", "disagree"),
        "谈不拢": ("REJECT", "disagree"),
        "威胁": ("THREATEN", "warn"),
        "最后通牒": ("THREATEN", "ultimatum"),
        "关税威胁": ("THREATEN", "sanction"),
        "制裁": ("SANCTION", "economic"),
        "加征关税": ("SANCTION", "economic"),
        "惩罚关税": ("SANCTION", "economic"),
        "停火": ("RETREAT", "ceasefire"),
        "暂停打击": ("RETREAT", "ceasefire"),
        "交换战俘": ("RETREAT", "release"),
        "释放": ("RETREAT", "release"),
        "抗议": ("PROTEST", "demo"),
        "游行": ("PROTEST", "demo"),
        "罢工": ("PROTEST", "strike"),
        "空袭": ("ASSAULT", "aerial"),
        "袭击": ("ASSAULT", "fight"),
        "炮击": ("ASSAULT", "heavy-weapons"),
    }
    for word, (ptype, mode) in expected.items():
        found = [(m.entry.plover_type, m.entry.plover_mode) for m in cb.match(word)]
        assert found == [(ptype, mode)], (word, found)
    for text, ptype in [
        ("双方同意举行会晤", "AGREE"),
        ("美方提出一项新的和平方案", "REQUEST"),
        ("美俄达成了举行峰会的共识", "AGREE"),
    ]:
        assert [m.entry.plover_type for m in cb.match(text)] == [ptype], text


def test_every_entry_matches_itself_in_both_scripts(cb: Codebook) -> None:
    for e in cb:
        if e.kind == "word":
            example = e.zh
        else:  # the first alternative of each piece, every gap filled with its minimum (≥ 1)
            pieces = []
            for tok in parse_pattern(e.zh):
                alts = getattr(tok, "alts", None)
                if alts is None:
                    pieces.append("某" * max(tok.lo, 1))  # type: ignore[union-attr]
                elif not tok.optional:  # type: ignore[union-attr]
                    pieces.append(alts[0])
            example = "".join(pieces)
        for text in (example, to_traditional(example)):
            assert any(m.entry.id == e.id for m in cb.match(text)), (e.id, text)


# ---- the CAMEO table ------------------------------------------------------------------------
def test_cameo_table_is_the_reference_joined(cb: Codebook, shared: Path) -> None:
    ref = shared / "reference"
    with open(ref / "cameo_goldstein.tsv", encoding="utf-8") as f:
        gold = {r[0]: float(r[1]) for r in csv.reader(f, delimiter="\t") if r[0][0].isdigit()}
    with open(ref / "cameo_eventcodes.tsv", encoding="utf-8") as f:
        names = {r[0]: r[1] for r in csv.reader(f, delimiter="\t") if len(r[0]) > 1}
    names.pop("CAMEOEVENTCODE")
    assert set(cb.cameo_table) == set(gold) == set(names)
    for code, cc in cb.cameo_table.items():
        assert cc.goldstein == gold[code], code
        assert cc.name == " ".join(names[code].split()), code
        assert cc.root == code[:2]
        assert cc.quad_class == quad_class_of_root(cc.root)


def test_goldstein_and_quad_class_come_from_the_table(cb: Codebook) -> None:
    meet = cb.cameo("036")
    assert (meet.goldstein, meet.quad_class, meet.root) == (4.0, 1, "03")
    assert meet.name == "Express intent to meet or negotiate"
    assert cb.cameo("0311").goldstein == 5.2
    assert cb.cameo("0871").goldstein == 9.0 and cb.cameo("0871").quad_class == 2
    assert cb.cameo("1312").goldstein == -5.8 and cb.cameo("1312").quad_class == 3
    assert cb.cameo("195").goldstein == -10.0 and cb.cameo("195").quad_class == 4
    assert [quad_class_of_root(f"{r:02d}") for r in (1, 5, 6, 9, 10, 14, 15, 20)] == [
        1, 1, 2, 2, 3, 3, 4, 4,
    ]  # fmt: skip
    with pytest.raises(KeyError, match="0999"):
        cb.cameo("0999")
    e = cb.entry("agree.达成…会晤…共识")
    assert (e.cameo, e.goldstein, e.quad_class) == ("036", 4.0, 1)


# ---- matching -------------------------------------------------------------------------------
def test_both_scripts_match(cb: Codebook) -> None:
    for simp, trad in [("会晤", "會晤"), ("谴责", "譴責"), ("峰会", "峰會"), ("峰会", "峯會")]:
        a, b = cb.match(f"两国外长昨天{simp}"), cb.match(f"兩國外長昨天{trad}")
        assert [m.entry.id for m in a] == [m.entry.id for m in b] != []
        assert b[0].text == trad
    assert "譴責" in cb.entry("accuse.谴责").zh_hant
    # mixed script, and a traditional sentence from the seeds
    assert types_of(cb, "美俄迅速達成了舉行領導人會晤的共識") == [
        ("達成了舉行領導人會晤的共識", "AGREE", "036")
    ]
    assert types_of(cb, "美國國會涉俄製裁草案") == [("製裁草案", "THREATEN", "1312")]


def test_discontinuous_pattern(cb: Codebook) -> None:
    (m,) = cb.match("美方提出30天全面停火方案")
    assert (m.text, m.plover_type, m.entry.kind) == ("提出30天全面停火方案", "REQUEST", "pattern")
    assert m.entry.plover_mode == "ceasefire" and m.cameo.startswith("02")
    assert [m.text[a - m.start : b - m.start] for a, b in m.parts] == ["提出", "停火", "方案"]
    (m,) = cb.match("普京愿意同特朗普举行会晤")
    assert (m.plover_type, m.cameo) == ("AGREE", "036")
    # a gap stays inside its clause
    assert [x.plover_type for x in cb.match("美方提出，方案")] == []


def test_domain_veto(cb: Codebook) -> None:
    assert cb.match("美国男篮大胜巴西") == []
    assert cb.match("中国女排在决赛中击败巴西") == []
    vetoed = cb.match("中国女排在决赛中击败巴西", keep_vetoed=True)
    assert [(m.text, m.veto) for m in vetoed] == [("击败", "domain:sports")]
    assert cb.match("寒潮袭击华北") == []
    assert cb.match("A股午后释放流动性") == []
    assert types_of(cb, "以军空袭加沙") == [("空袭", "ASSAULT", "195")]
    assert types_of(cb, "俄军击败乌军") == [("击败", "ASSAULT", "190")]
    # the veto is per sentence
    text = "中国男篮夺冠。以军袭击加沙"
    assert types_of(cb, text) == [("袭击", "ASSAULT", "190")]


def test_negative_cues(cb: Codebook) -> None:
    assert [m.plover_type for m in cb.match("双方尚未就会谈日期和地点达成一致")] == ["AGREE"]
    assert cb.match("一艘驱逐舰抵达") == []
    assert cb.match("特朗普急需要通过促成俄乌冲突停火来彰显自己的功劳") == []
    assert types_of(cb, "特朗普将俄罗斯停火的最后期限设置为10天") == [
        ("最后期限", "THREATEN", "139")
    ]
    assert cb.match("在出席亚太经合组织峰会期间交谈")[-1].text == "交谈"


def test_overlaps_resolved_by_priority_then_length(cb: Codebook) -> None:
    assert types_of(cb, "附加了高额的关税威胁") == [("关税威胁", "THREATEN", "1312")]
    assert types_of(cb, "下令暂停打击能源设施") == [("暂停打击", "RETREAT", "0871")]
    assert types_of(cb, "设置10天停火期限") == [("设置10天停火期限", "THREATEN", "139")]
    assert types_of(cb, "进行了三轮会晤") == [("轮会晤", "CONSULT", "046")]
    assert types_of(cb, "美方将不再参与斡旋") == [("不再参与斡旋", "THREATEN", "135")]
    all_ = cb.match("附加了高额的关税威胁", keep_vetoed=True)
    vetoes = {m.veto for m in all_ if m.veto}
    assert vetoes == {"negative_cue:关税威胁", "overlap:threaten.关税威胁"}


def test_matching_speed_is_measured(cb: Codebook, seeds: Path) -> None:
    # 1,500 characters of each seed: a 3,000-character article
    parts = [
        to_simplified(p.read_text(encoding="utf-8"))[:1500] for p in sorted(seeds.glob("*.txt"))
    ]
    text = "".join(parts)[:3000]
    cb.match(text)
    runs = []
    for _ in range(30):
        t = time.perf_counter()
        found = cb.match(text)
        runs.append(time.perf_counter() - t)
    runs.sort()
    print(f"\ncodebook.match: {len(text)} chars, {len(found)} triggers, {runs[15] * 1000:.2f} ms")
    assert found


# ---- cues and refinements -------------------------------------------------------------------
def cues(cb: Codebook, text: str) -> dict[str, set[str]]:
    (m,) = [x for x in cb.match(text) if x.plover_type in ("CONSULT", "THREATEN", "AGREE")][:1]
    out: dict[str, set[str]] = {}
    for h in cb.cues_around(text, m.start, m.end, m.parts):
        out.setdefault(h.category, set()).add(h.label)
    return out


def test_cues_around(cb: Codebook) -> None:
    assert cues(cb, "普京和特朗普将于8月15日在美国阿拉斯加会晤") == {"status": {"planned"}}
    assert cues(cb, "两人会谈疑似推迟") == {"modality": {"uncertain"}}
    assert cb.match("两人会谈疑似推迟")[0].entry.status_hint == "postponed"
    text = "特朗普公开表示，如果谈判无法取得进展，美方将不再参与斡旋"
    got = cues(cb, text.split("，", 1)[1])
    assert got["modality"] == {"hypothetical"}  # 不再 is part of the trigger, not a negation
    assert cues(cb, "但双方尚未就日期达成一致") == {"modality": {"negated"}}
    assert cues(cb, "两国举行重要会晤") == {}  # 要 of 重要 is no future
    assert cues(cb, "据报道，两国外长举行会谈") == {"modality": {"reported"}}
    assert cb.cues.words("status", "cancelled")[:2] == ("取消", "告吹")


def test_cameo_refinements(cb: Codebook) -> None:
    meet = cb.entry("consult.会晤")
    assert cb.cameo_for(meet) == ("meet", cb.cameo("040"))
    assert cb.cameo_for(meet, place="third") == ("third-party", cb.cameo("044"))
    assert cb.cameo_for(meet, place="host")[1].code == "043"
    assert cb.cameo_for(meet, status="planned")[1].code == "036"
    assert cb.cameo_for(meet, status="postponed")[1].code == "161"
    assert cb.cameo_for(cb.entry("accuse.谴责"), place="third")[1].code == "111"
    (rule,) = cb.cues.derived
    assert (rule.when_type, rule.when_status, rule.also_type, rule.also_cameo) == (
        "CONSULT", "planned", "AGREE", "036",
    )  # fmt: skip


# ---- the gold events ------------------------------------------------------------------------
def gold_events(gold: Path) -> list[dict[str, object]]:
    path = gold / "events.seeds.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_gold_combination_is_representable(cb: Codebook, gold: Path) -> None:
    combos = {(g["type"], g["mode"], g["cameo"]) for g in gold_events(gold)}
    assert combos
    for ptype, mode, code in combos:
        assert code in cb.cameo_table, code
        options = set()
        for e in cb:
            if e.plover_type != ptype:
                continue
            options.add((e.plover_mode, e.cameo))
            for place in ("visit", "host", "third"):
                m, c = cb.cameo_for(e, place=place)
                options.add((m, c.code))
            for status in ("planned", "postponed", "cancelled"):
                m, c = cb.cameo_for(e, status=status)
                options.add((m, c.code))
        # an entry as specific as the gold code, or more (gold 02 = "the appeal family")
        assert any(m == mode and c.startswith(str(code)) for m, c in options), (ptype, mode, code)


def test_gold_quotes_hold_their_triggers(cb: Codebook, gold: Path) -> None:
    derived = {(r.when_type, r.also_type) for r in cb.cues.derived}
    missed = []
    for g in gold_events(gold):
        if not g["required"]:
            continue
        quote = str(g["quote"])
        for text in (quote, to_simplified(quote)):
            found = {m.plover_type for m in cb.match(text)}
            found |= {also for when, also in derived if when in found}
            if g["type"] not in found:
                missed.append((g["id"], g["type"], text))
    assert missed == []


# ---- loader errors and user files -----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "message"),
    [
        (entry(cameo="0999"), "unknown CAMEO code '0999'"),
        (entry(plover_type="NEGOTIATE"), "unknown PLOVER type 'NEGOTIATE'"),
        (entry(plover_mode="dance"), "unknown CONSULT mode 'dance'"),
        (entry(cameo="190"), "CAMEO 190 is not a CONSULT code"),
        (entry(goldstein=3.0), "goldstein 3.0 differs from the table's 1.0 for 040"),
        (entry(quad_class=2), "quad_class 2 differs"),
        (entry(zh="提出{0,12方案", kind="pattern"), "bad pattern"),
        (entry(zh="提出{0,99}方案", kind="pattern"), "wider than 30"),
        (entry(zh="(提出|)方案", kind="pattern"), "empty alternative"),
        (entry(zh="…方案", kind="pattern"), "begin and end with text"),
        (entry(zh="提出…方案"), 'set "kind": "pattern"'),
        (entry(kind="regex"), "kind 'regex'"),
        (entry(roles={"source": ["king"]}), "roles.source"),
        (entry(domain_exclusions=["@cooking"]), "unknown domain '@cooking'"),
        (entry(status_hint="maybe"), "status_hint 'maybe'"),
        (entry(negative_cues=["会晤{日期"]), "bad negative cue"),
        (entry(colour="red"), "unknown field(s) ['colour']"),
        (entry(zh="会晤", id="x.dup"), "already the trigger of 'consult.会晤'"),
        ('{"id": "x.bad", "zh": ', "invalid JSON"),
        ("[1, 2]", "one JSON object"),
    ],
)
def test_bad_user_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    lines = ["// my triggers", "", entry(id="x.ok", zh="好触发"), line]
    path = write(tmp_path, "mine.jsonl", lines)
    with pytest.raises(CodebookError) as info:
        load_codebook([path], cache=False)
    assert f"{path}:4:" in str(info.value)
    assert message in str(info.value)
    assert info.value.line == 4 and info.value.path == str(path)
    assert isinstance(info.value, ConfigError)


def test_duplicate_id_in_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.jsonl", [entry(), entry(zh="另一个")])
    with pytest.raises(CodebookError, match=r"dup\.jsonl:2: duplicate id 'x\.test'"):
        load_codebook([path], cache=False)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="nope.jsonl: cannot read"):
        load_codebook([tmp_path / "nope.jsonl"], cache=False)


def test_user_files_add_and_override(tmp_path: Path, cb: Codebook) -> None:
    path = write(
        tmp_path,
        "mine.jsonl",
        [
            entry(id="consult.新触发", zh="云端晤谈", symmetric=True),
            '{"id": "consult.会晤", "priority": 5, "negative_cues": ["会晤厅"]}',
            '{"id": "accuse.争吵", "disabled": true}',
            entry(id="consult.通话", zh="通话", plover_mode="phone", cameo="041", replace=True),
        ],
    )
    book = load_codebook([path], cache=False)
    assert len(book) == len(cb)  # one added, one removed
    assert types_of(book, "两国元首云端晤谈") == [("云端晤谈", "CONSULT", "040")]
    assert book.entry("consult.会晤").priority == 5
    assert book.entry("consult.会晤").symmetric  # the rest of the packaged entry stays
    assert book.match("在会晤厅合影") == []
    assert book.match("两人发生争吵") == []
    assert book.entry("consult.通话").negative_cues == ()  # replaced whole
    assert book.entry("consult.新触发").source == f"{path}:1"
    # the packaged codebook is untouched
    assert load_codebook().entry("consult.会晤").priority == 0


def test_json_list_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps([json.loads(entry())], ensure_ascii=False), encoding="utf-8")
    assert types_of(load_codebook([path], cache=False), "试验触发") == [
        ("试验触发", "CONSULT", "040")
    ]


def test_parse_pattern() -> None:
    toks = parse_pattern("(会晤|会谈){0,3}(推迟|延期)")
    assert [getattr(t, "alts", None) for t in toks] == [("会晤", "会谈"), None, ("推迟", "延期")]
    assert parse_pattern("提出…方案")[1].hi == 8  # type: ignore[union-attr]
    assert parse_pattern("等{3}天")[1].lo == 3  # type: ignore[union-attr]
    assert parse_pattern("提出(严正)?抗议")[1].optional  # type: ignore[union-attr]
    for bad in ["", "…", "a…", "a{2,1}b", "a(b", "a)b", "a|b", "(a)?b", "a……b", "a(b…c)d"]:
        with pytest.raises(ValueError):
            parse_pattern(bad)


def test_a_short_trigger_the_segmentation_cuts_across_is_none(cb: Codebook) -> None:
    # 三起诉讼 is 三起 / 诉讼 (three suits named), 沟通和解决 is 和 / 解决: no 起诉, no 和解
    def kept(text: str) -> list[str]:
        return [m.text for m in cb.match(text)]

    assert "起诉" not in kept("这三起诉讼都还没有开庭。")
    assert "和解" not in kept("双方应当坐下来沟通和解决分歧。")
    # controls: the words themselves, and a suit brought (提起 / 诉讼)
    assert "起诉" in kept("李先生起诉了那家物业公司。")
    assert "和解" in kept("两家公司上月已经和解。")
    assert "提起诉讼" in kept("李先生向区法院提起诉讼。")


# ---- matching inside ranges ------------------------------------------------------------------
_RANGED = (
    "特朗普公开表示，如果谈判无法取得进展，美方将不再参与斡旋；俄方称将继续谈判。"
    "俄罗斯宣布对乌克兰暂停打击30天。普京与埃尔多安举行会谈，双方同意愿意在两国之间调停。"
    "布达佩斯峰会筹备受阻。两起诉讼仍在审理。"
)


def _key(m: tuple) -> tuple:  # type: ignore[type-arg]
    return (m[0], m[1], m[2].id, m[4], m[5])


@pytest.mark.parametrize("ranges", [[(0, 39)], [(39, 56)], [(56, 88), (93, 101)], [(5, 60)]])
def test_matching_within_ranges_finds_what_the_whole_text_does(
    cb: Codebook, ranges: list[tuple[int, int]]
) -> None:
    full = cb.match_tuples(_RANGED, keep_vetoed=True)
    part = cb.match_tuples(_RANGED, keep_vetoed=True, within=ranges)

    def inside(ms: list) -> list:  # type: ignore[type-arg]
        return [_key(m) for m in ms if any(a <= m[0] and m[1] <= b for a, b in ranges)]

    assert inside(part) == inside(full) != []
    assert {_key(m) for m in part} <= {_key(m) for m in full}  # (each as the whole text has it)
    assert len(part) < len(full)  # (the clauses outside were not matched)


def test_matching_within_no_range_finds_nothing(cb: Codebook) -> None:
    assert cb.match_tuples(_RANGED, keep_vetoed=True, within=[]) == []


def test_literals_hold_a_form_of_each_word_and_the_last_gate_of_each_pattern(cb: Codebook) -> None:
    lits = cb.literals(["consult.访华", "agree.愿意…调停"])
    assert lits is not None
    assert {"访华", "訪華", "调停", "斡旋"} <= lits and "愿意" not in lits
