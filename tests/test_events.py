"""The event coder: status, modality, sides, dates, merging and vetoes on short invented
sentences in both scripts (none taken from the seeds), the ``events`` step, and the seed run
against the gold (recall and precision floors, the Budapest and Alaska summits)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_bench, shared_dir

from dashiji.annotate.step import Annotate
from dashiji.events.coder import EXTRACTOR, code_events
from dashiji.events.model import EVENT_LAYER, Event
from dashiji.events.step import CodeEvents
from dashiji.model import Article, Block, Document, Raw, content_id
from dashiji.normalize import Normalize

REPO = Path(__file__).resolve().parents[1]
REF = "2025-10-20"  # a Monday


def annotated(
    steps: tuple[Normalize, Annotate],
    body: list[str],
    captions: tuple[str, ...] = (),
    ref: str | None = REF,
) -> Document:
    texts = [("body", p) for p in body] + [("caption", c) for c in captions]
    data = "\n\n".join(t for _, t in texts).encode("utf-8")
    doc = Document(id=content_id(data), raw=Raw(data, "mem://test", "text/plain"))
    doc.reference_date = ref
    doc.set_article(Article(blocks=[Block(kind, text) for kind, text in texts]))  # type: ignore[arg-type]
    normalize, annotate = steps
    return annotate.process(normalize.process(doc))


def events(steps: tuple[Normalize, Annotate], *body: str, **kw: object) -> list[Event]:
    return code_events(annotated(steps, list(body), **kw))  # type: ignore[arg-type]


def typed(evs: list[Event], news_type: str) -> list[Event]:
    """The events of one DuEE news type."""
    return [e for e in evs if e.news_type == news_type]


def kinds(evs: list[Event]) -> list[tuple[str | None, str | None, str]]:
    """Each event's PLOVER type, news type and trigger (what an assertion message shows)."""
    return [(e.type, e.news_type, e.trigger) for e in evs]


def one(evs: list[Event], type_: str) -> Event:
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.quote) for e in evs]
    return found[0]


# ---- status ---------------------------------------------------------------------------------
def test_planned_with_its_own_date(steps) -> None:
    e = one(events(steps, "中国国家主席习近平将于11月3日在北京会见法国总统马克龙。"), "CONSULT")
    assert e.status == "planned" and e.modality == "asserted"
    assert (e.date, e.precision) == ("2025-11-03", "day")
    assert {(a.country, a.side) for a in e.actors} == {("CHN", "source"), ("FRA", "target")}
    assert e.cameo == "036"  # a planned meeting: intent to meet (status_cameo)


def test_planned_traditional_month(steps) -> None:
    e = one(events(steps, "日本首相和韓國總統將於下月在東京舉行會談。"), "CONSULT")
    assert e.status == "planned"
    assert (e.date, e.precision) == ("2025-11", "month")
    assert e.countries == {"JPN", "KOR"} and {a.side for a in e.actors} == {"party"}


@pytest.mark.parametrize(
    "text", ["印度总理莫迪推迟了对美国的访问。", "印度總理莫迪推遲了對美國的訪問。"]
)
def test_postponed(steps, text: str) -> None:
    e = one(events(steps, text), "CONSULT")
    assert e.status == "postponed" and e.countries == {"IND", "USA"}
    assert e.cameo == "161"


def test_cancelled(steps) -> None:
    e = one(events(steps, "以色列总理内塔尼亚胡取消了原定下周对美国的访问。"), "CONSULT")
    assert e.status == "cancelled" and e.countries == {"ISR", "USA"}


def test_a_later_sentence_postpones_the_planned_summit(steps) -> None:
    evs = events(
        steps,
        "法国总统马克龙与德国总理默茨将于下月在柏林举行峰会。",
        "据报道，柏林峰会筹备受阻。",
    )
    e = one(evs, "CONSULT")
    assert e.status == "postponed" and e.date == "2025-11"
    assert len(e.mentions) == 2 and e.mentions[1].sentence_index == 1
    assert e.place_kb_id == "berlin"


def test_scheduled_talks_then_stalled(steps) -> None:
    evs = events(
        steps, "美国与伊朗原定本月下旬在阿曼举行新一轮核谈判。", "据报道，核谈判筹备受阻。"
    )
    e = one(evs, "CONSULT")
    assert e.status == "postponed" and (e.date, e.precision) == ("2025-10", "late-month")


# ---- modality -------------------------------------------------------------------------------
def test_reported_keeps_who_said_it_and_the_outlet_is_no_actor(steps) -> None:
    e = one(
        events(steps, "据路透社报道，土耳其总统埃尔多安10日与俄罗斯总统普京通电话。"), "CONSULT"
    )
    assert e.modality == "reported" and e.attributed_to == "路透社"
    assert e.countries == {"TUR", "RUS"}
    assert not any((a.cameo or "").endswith("MED") for a in e.actors)
    assert (e.date, e.status, e.mode) == ("2025-10-10", "occurred", "phone")


def test_reported_by_a_ministry(steps) -> None:
    e = one(
        events(steps, "俄罗斯国防部称，俄军昨日用无人机袭击了乌克兰哈尔科夫的能源设施。"), "ASSAULT"
    )
    assert e.modality == "reported" and e.attributed_to == "俄罗斯国防部"
    assert {(a.country, a.side) for a in e.actors} == {("RUS", "source"), ("UKR", "target")}
    assert e.date == "2025-10-19"


def test_the_speaker_announcing_its_own_act_is_asserted(steps) -> None:
    e = one(events(steps, "特朗普警告伊朗，如果不放弃核计划，美国将动用武力。"), "THREATEN")
    assert e.modality == "asserted" and e.status == "occurred"  # the threat was made


@pytest.mark.parametrize(
    "text", ["朝鲜疑似向日本海发射导弹。", "欧盟可能下周对俄罗斯实施第19轮制裁。"]
)
def test_uncertain(steps, text: str) -> None:
    evs = events(steps, text)
    assert evs and all(e.modality == "uncertain" for e in evs)


def test_uncertain_future_is_planned(steps) -> None:
    e = one(events(steps, "欧盟可能下周对俄罗斯实施第19轮制裁。"), "SANCTION")
    assert e.status == "planned" and e.countries == {"EUR", "RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "如果伊朗继续浓缩铀，以色列将空袭伊朗核设施。",
        "若伊朗繼續濃縮鈾，以色列將空襲伊朗核設施。",
        "这样的话，美国将对伊朗实施制裁。",
    ],
)
def test_hypothetical_is_never_occurred(steps, text: str) -> None:
    evs = events(steps, text)
    assert evs
    for e in evs:
        assert e.modality == "hypothetical" and e.status != "occurred"


def test_rhetorical_if_and_a_will_face_are_no_events(steps) -> None:
    assert events(steps, "如果谈判破裂，两国都会面临风险。") == []


def test_negated(steps) -> None:
    e = one(events(steps, "印度尚未与美国签署贸易协议。"), "AGREE")
    assert e.modality == "negated" and e.countries == {"IND", "USA"}
    assert len(e.mentions) == 2  # 签署 and 贸易协议: one agreement


def test_just_talk_is_no_report(steps) -> None:
    e = one(events(steps, "美国的制裁威胁并非只是说说，美国已对伊朗实施制裁。"), "SANCTION")
    assert e.modality == "asserted" and e.attributed_to is None


def test_what_is_asked_for_is_no_event(steps) -> None:
    evs = events(steps, "泽连斯基呼吁西方国家向乌克兰提供更多防空系统。")
    assert [e.type for e in evs] == ["REQUEST"]
    assert {(a.country, a.side) for a in evs[0].actors} == {("UKR", "source"), ("WST", "target")}


def test_what_is_alleged_is_no_event(steps) -> None:
    evs = events(steps, "乌克兰指责俄罗斯违反停火协议。")
    assert [(e.type, sorted(e.countries)) for e in evs] == [("ACCUSE", ["RUS", "UKR"])]


def test_an_appeal_frames_the_clauses_that_go_on_with_it(steps) -> None:
    evs = events(steps, "中方敦促日方停止在东海的挑衅行为，停止干扰中国渔船作业。")
    assert [e.type for e in evs] == ["REQUEST"]
    evs = events(steps, "中方敦促美方停止打压中国企业，并宣布对美方实施反制裁。")
    assert sorted(e.type for e in evs) == ["REQUEST", "SANCTION"]  # 并: a new predicate


def test_a_decree_is_no_agreement(steps) -> None:
    types = [e.type for e in events(steps, "法国总统马克龙签署法令，撤销对某社交软件的禁令。")]
    assert "AGREE" not in types  # signing an order is no agreement; revoking the ban concedes


def test_a_country_and_its_own_government_are_not_two_sides(steps) -> None:
    evs = events(steps, "美国与美国政府达成共识。")
    assert evs == []
    meet = one(events(steps, "石破茂与岸田文雄会谈。"), "CONSULT")
    assert meet.countries == {"JPN"}  # two people of one country are two sides


def test_a_denial_is_negated(steps) -> None:
    e = one(events(steps, "伊朗否认向俄罗斯提供导弹。"), "AID")
    assert e.modality == "negated"


def test_unnamed_sources_are_reported_without_a_name(steps) -> None:
    e = one(events(steps, "据悉，朝鲜领导人金正恩上月秘密访问了俄罗斯。"), "CONSULT")
    assert e.modality == "reported" and e.attributed_to is None
    assert (e.date, e.precision, e.status) == ("2025-09", "month", "occurred")


def test_a_question_states_no_event(steps) -> None:
    assert events(steps, "为什么普京愿意与埃尔多安举行会谈？") == []


# ---- source part, sides, vetoes ---------------------------------------------------------------
def test_caption_part(steps) -> None:
    evs = events(
        steps,
        "联合国秘书长古特雷斯呼吁各方保持克制。",
        captions=("2024年5月6日，法国总统马克龙在巴黎爱丽舍宫会见到访的中国国家主席习近平。",),
    )
    e = one(evs, "CONSULT")
    assert e.source_part == "caption" and all(m.source_part == "caption" for m in e.mentions)
    assert (e.date, e.precision) == ("2024-05-06", "day")
    assert e.countries == {"FRA", "CHN"}


@pytest.mark.parametrize(
    "text",
    [
        "美国男篮大胜巴西",
        "美国男篮击败巴西队，夺得冠军。",
        "曼联1比0击败切尔西。",
        "国足主教练批评裁判。",
    ],
)
def test_sports_make_no_political_events(steps, text: str) -> None:
    evs = events(steps, text)
    assert [e.type for e in evs if e.type is not None] == []
    # a match is a contest (竞赛行为-胜负, -夺冠), never an interaction of states
    assert all((e.news_type or "").startswith("竞赛行为") for e in evs)


@pytest.mark.parametrize(
    "text",
    ["美股遭空头狙击，道指收跌2%。", "日本央行释放流动性。", "苹果公司发布新款手机，售价999美元。"],
)
def test_markets_and_products_make_no_political_events(steps, text: str) -> None:
    evs = events(steps, text)
    assert [e.type for e in evs if e.type is not None] == []
    # only what the news schema types as a product or market event
    assert all((e.news_type or "").split("-")[0] in ("产品行为", "财经/交易") for e in evs)


def test_symmetric_and_directed_sides(steps) -> None:
    meet = one(events(steps, "普京与埃尔多安举行会谈。"), "CONSULT")
    assert {a.side for a in meet.actors} == {"party"} and meet.countries == {"RUS", "TUR"}
    accuse = one(events(steps, "中国外交部谴责日本。"), "ACCUSE")
    assert [(a.country, a.side) for a in accuse.actors] == [("CHN", "source"), ("JPN", "target")]


def test_dropped_subject_and_the_addressee_of_an_appeal(steps) -> None:
    evs = events(steps, "德國總理默茨日前在與法國總統馬克龍通電話時，敦促歐盟加快對俄制裁。")
    call = one(evs, "CONSULT")
    assert call.countries == {"DEU", "FRA"} and call.mode == "phone"
    ask = one(evs, "REQUEST")
    assert [(a.country, a.side) for a in ask.actors] == [("DEU", "source"), ("EUR", "target")]
    assert call.date is None  # 日前 is a vague window, not a date


def test_mediation_keeps_the_parties_together(steps) -> None:
    e = one(events(steps, "土耳其总统埃尔多安表示愿意在俄乌之间进行斡旋。"), "AGREE")
    assert e.mode == "mediate" and e.countries == {"TUR", "RUS", "UKR"}


def test_the_one_displeased_is_the_source(steps) -> None:
    evs = events(steps, "美国和日本的联合军演引发朝鲜强烈不满。")
    drill = one(evs, "COOPERATE")
    assert drill.countries == {"USA", "JPN"}
    complaints = [e for e in evs if e.type == "ACCUSE"]
    assert {a.country for e in complaints for a in e.actors if a.side == "source"} == {"PRK"}
    assert sorted(a.country for e in complaints for a in e.actors if a.side == "target") == [
        "JPN",
        "USA",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # 对 + a noun describing the entity (芯片巨头) + the entity: the entity is the object, not
        # the subject standing right before the trigger
        ("上月荷兰政府曾对通信巨头华为发出威胁，限其退出竞标。", "THREATEN", "NLD", "CHN"),
        ("上月荷蘭政府曾對通信巨頭華為發出威脅，限其退出競標。", "THREATEN", "NLD", "CHN"),
        # control: the mark right before it
        ("上月荷兰政府曾对华为发出威胁，限其退出竞标。", "THREATEN", "NLD", "CHN"),
        # 对 + a noun naming a matter (问题, 局势: coder.json topic_heads) + an entity: the entity
        # is the subject of the act, not what 对 marks
        ("对移民问题德国再次批评波兰。", "ACCUSE", "DEU", "POL"),
        ("对边境局势印度再次警告巴基斯坦。", "THREATEN", "IND", "PAK"),
    ],
)
def test_an_object_mark_reaches_past_a_noun_describing_the_target_not_past_a_matter(
    steps, text: str, kind: str, source: str, target: str
) -> None:
    e = one(events(steps, text), kind)
    assert {a.country for a in e.actors if a.side == "source"} == {source}
    assert {a.country for a in e.actors if a.side == "target"} == {target}


def test_a_place_in_the_subjects_title_is_no_target(steps) -> None:
    # 澳门某会会长某某到访…: the place in the visitor's title is no second side - with the one
    # visited unnamed there is no other side, so no CONSULT (was: CONSULT with 澳门 the target)
    evs = events(steps, "当晚，澳门工联会会长何志强驾车到访某议员的住所。")
    assert not [e for e in evs if e.type == "CONSULT"], evs
    # the one whose home is visited, named, is the target; the visitor the source (control)
    e = one(events(steps, "当晚，澳门工联会会长何志强到访特朗普的住所。"), "CONSULT")
    assert [a.name for a in e.actors if a.side == "source"] == ["何志强"]
    assert [a.country for a in e.actors if a.side == "target"] == ["USA"]


def test_coreference_he(steps) -> None:
    e = one(events(steps, "普京抵达北京。", "他随后与习近平举行会谈。"), "CONSULT")
    assert e.countries == {"RUS", "CHN"}
    assert {a.kb_id for a in e.actors} == {"vladimir-putin", "xi-jinping"}


def test_one_event_per_target_country(steps) -> None:
    evs = events(steps, "美国对中国和印度加征关税。")
    assert sorted(tuple(sorted(e.countries)) for e in evs) == [("CHN", "USA"), ("IND", "USA")]


# ---- dates ----------------------------------------------------------------------------------
def test_the_article_date_is_never_the_event_date(steps) -> None:
    e = one(events(steps, "法国外长与德国外长举行会谈。"), "CONSULT")
    assert e.date is None and e.precision is None and e.date_text is None


def test_an_offset_in_reported_speech_counts_from_the_speech(steps) -> None:
    evs = events(steps, "三天前马克龙表示，将在一周后访问中国。")
    visit = one(evs, "CONSULT")
    assert (visit.date, visit.precision, visit.status) == ("2025-10-24", "approx-day", "planned")
    intent = one(evs, "AGREE")  # the announcement: intent to meet, dated by the speech
    assert (intent.date, intent.status, intent.cameo) == ("2025-10-17", "occurred", "036")


def test_an_act_told_as_done_before_the_saying_is_not_of_its_day(steps) -> None:
    said = "16日，智利外交部发言人表示，智利同秘鲁{}达成渔业协议。"
    e = one(events(steps, said.format("此前已")), "AGREE")  # done before: its day untold
    assert (e.date, e.reported, e.modality) == (None, REF, "reported")
    e = one(events(steps, said.format("")), "AGREE")  # the saying is the agreement: its day
    assert (e.date, e.modality) == ("2025-10-16", "asserted")


def test_a_clause_goes_on_with_the_date_of_its_subject(steps) -> None:
    e = one(
        events(steps, "伊朗外长阿拉格齐12日抵达北京，开始对中国进行为期三天的正式访问。"), "CONSULT"
    )
    assert e.date == "2025-10-12" and e.countries == {"IRN", "CHN"}
    assert any(q["text"] == "三天" for q in e.quantities)


def test_one_event_per_date_of_a_list(steps) -> None:
    evs = events(steps, "中美双方1月、3月在日内瓦举行了两轮谈判。")
    assert sorted(e.date for e in evs if e.type == "CONSULT") == ["2025-01", "2025-03"]
    assert all(e.place_kb_id == "geneva" for e in evs)


# ---- merging --------------------------------------------------------------------------------
def test_a_restated_ultimatum_is_one_event_with_two_mentions(steps) -> None:
    evs = events(
        steps,
        "美国总统特朗普给伊朗设定了两周的最后期限。",
        "分析人士认为，局势仍然紧张。",
        "特朗普给伊朗的两周最后期限即将到期。",
    )
    e = one(evs, "THREATEN")
    assert e.mode == "ultimatum" and e.countries == {"USA", "IRN"}
    assert [m.sentence_index for m in e.mentions] == [0, 2]


def test_different_amounts_are_different_events(steps) -> None:
    evs = events(
        steps,
        "俄罗斯宣布对乌克兰暂停打击30天。",
        "俄罗斯随后宣布对乌克兰临时停火30小时。",
    )
    assert len([e for e in evs if e.type == "RETREAT"]) == 2


# ---- evidence and the step ------------------------------------------------------------------
def test_evidence_offsets_point_into_the_text(steps) -> None:
    doc = annotated(steps, ["据路透社报道，土耳其总统埃尔多安10日与俄罗斯总统普京通电话。"])
    (e,) = code_events(doc)
    assert doc.text[e.trigger_start : e.trigger_end] == e.trigger == "通电话"
    assert doc.text[e.start : e.end] == e.quote and e.quote in e.sentence
    m = e.mentions[0]
    assert doc.text[m.sentence_start : m.sentence_end] == e.sentence
    for a in e.actors:
        assert a.start is not None and a.end is not None
        assert doc.text[a.start : a.end] in ("埃尔多安", "普京")
    assert e.extractor == EXTRACTOR == "dashiji-coder/0.1"
    assert 0.0 < e.confidence < 1.0
    assert e.id.startswith(doc.id)


def test_step_replaces_the_event_layer_and_round_trips(steps) -> None:
    doc = annotated(steps, ["普京与埃尔多安举行会谈。"])
    step = CodeEvents()
    (doc,) = list(step([doc]))
    (doc,) = list(step([doc]))  # twice: the layer is replaced, not doubled
    spans = doc.spans_of(EVENT_LAYER)
    assert len(spans) == 1 and step.stats.ok == 2
    e = Event.from_span(spans[0])
    assert e.type == "CONSULT" and e.countries == {"RUS", "TUR"}
    assert Document.from_dict(doc.to_dict()).spans_of(EVENT_LAYER)[0].attrs == spans[0].attrs


def test_no_spans_no_events() -> None:
    doc = Document(id="x", raw=Raw(b"", "mem://x"))
    assert code_events(doc) == []


# ---- cues found once per sentence ------------------------------------------------------------
def test_sentence_cues_are_the_codebooks_cues(steps) -> None:
    from dashiji.events.codebook import load_codebook
    from dashiji.events.cues import SentenceCues
    from dashiji.normalize import to_simplified

    cb = load_codebook()
    texts = [
        "据路透社报道，土耳其总统埃尔多安10日与俄罗斯总统普京通电话。",
        "如果伊朗继续浓缩铀，以色列将空袭伊朗核设施，但美国尚未表态，也可能推迟访问。",
        "俄副外长里亚布科夫是这么说的，两国外长已经通话，但双方尚未就会谈日期达成一致。",
        "结果没几天，美国媒体就爆料说，“两人会谈疑似推迟”，峰会或将取消。",
        "为什么普京愿意同特朗普举行峰会？",
        "特朗普公开表示，如果谈判无法取得进展，美方将不再参与斡旋；俄方称将继续谈判。",
    ]
    for text in texts:
        local = to_simplified(text)
        sc = SentenceCues(cb, local)
        for m in cb.match(local, keep_vetoed=True):
            for lo, hi in ((m.start, m.end), (0, m.end), (m.start, m.end + 6)):
                assert sc.around(lo, hi, m.parts) == cb.cues_around(local, lo, hi, m.parts)


# ---- the seeds ------------------------------------------------------------------------------
def _bench() -> ModuleType:
    return load_bench("events")


@pytest.fixture(scope="module")
def seed_result() -> dict:
    shared = shared_dir()
    os.environ.setdefault("DASHIJI_SHARED", str(shared))
    bench = _bench()
    gold = [
        json.loads(x)
        for x in (shared / "gold" / "events.seeds.jsonl").read_text("utf-8").splitlines()
        if x.strip()
    ]
    return bench.score(gold, bench.seed_documents(shared))


def test_seeds_reach_the_floors(seed_result: dict) -> None:
    floors = json.loads((REPO / "bench" / "floors.json").read_text("utf-8"))["events"]
    assert seed_result["recall"] >= floors["recall"], seed_result["missed"]
    assert seed_result["precision"] >= floors["precision"], seed_result["false_positives"]
    assert seed_result["recall"] >= 0.85 and seed_result["precision"] >= 0.90


def test_seed_summits_and_no_hypothetical_occurred(seed_result: dict) -> None:
    checks = seed_result["checks"]
    assert checks["budapest_postponed"], "the Budapest summit must be postponed"
    assert checks["alaska_planned"], "the Alaska summit must be planned (as of 2025-08-13)"
    assert checks["no_hypothetical_occurred"]


# ---- false events on unseen news: names, own-country sides, passives, nominal uses ------------
def _actor_names(evs: list[Event]) -> set[str]:
    return {a.name for e in evs for a in e.actors}


@pytest.mark.parametrize(
    "text",
    [
        "天津大学党委书记赵六率团访问剑桥大学。",  # 天津 of 天津大学 is no visited place
        "中国法学会副会长王五访问了哈佛大学。",  # 中国 of 中国法学会
        "中国法学会副会长王五在会上呼吁各方冷静。",
    ],
)
def test_a_place_heading_an_organisations_name_is_no_actor(steps, text: str) -> None:
    evs = events(steps, text)
    assert not {"天津", "中国"} & _actor_names(evs), [(e.type, e.actors) for e in evs]


def test_non_country_is_no_actor(steps) -> None:
    evs = events(steps, "美国政府无理打压非美国企业。")  # 非美国企业: firms that are not American
    assert not [e for e in evs if e.type == "COERCE"], [(e.type, e.actors) for e in evs]


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("以色列逮捕了以色列国防军的三名逃兵。", None),  # the deserters are arrested, not the army
        ("法国的用户协会已起诉法国政府的禁令。", "法国"),  # the league sues: 美国 is no source
    ],
)
def test_a_country_against_its_own_body_is_no_event(
    steps, text: str, not_source: str | None
) -> None:
    # a state is never both the source and, through its own body, the target; a domestic act
    # on people (police arresting citizens, a league suing its government) may well be coded
    evs = events(steps, text)
    for e in evs:
        states = {a.country for a in e.sources if a.kb_id == a.country}
        bodies = {a.country for a in e.targets if a.kb_id and a.kb_id != a.country}
        assert not states & bodies, [(a.name, a.side) for a in e.actors]
        assert not any(a.name == not_source and a.side == "source" for a in e.actors)


def test_a_country_against_another_still_codes(steps) -> None:
    e = one(events(steps, "中方敦促美方停止打压。"), "REQUEST")
    assert {(a.country, a.side) for a in e.actors} == {("CHN", "source"), ("USA", "target")}


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # 甲对乙的N被丙拒绝: 丙 refuses 甲, whose plan it is; 乙 is only what the plan is about
        ("法国对叙利亚的和平方案被俄罗斯拒绝。", "REJECT", "RUS", "FRA"),
        ("中国对美国的反制措施遭到欧盟批评。", "ACCUSE", "EUR", "CHN"),
        # 对B N with no 的: a common noun still heads the phrase (制裁计划)
        ("法国对伊朗制裁计划遭到俄罗斯批评。", "ACCUSE", "RUS", "FRA"),
        # 其 for the one told before: the speaker of the clause before owns the plan
        ("法国称，其对叙利亚的和平方案已被俄罗斯拒绝。", "REJECT", "RUS", "FRA"),
        # a second predicate after a conjunction is the same subject's, no verb taking it all
        ("法国对叙利亚的和平方案被俄罗斯拒绝并遭到美国批评。", "REJECT", "RUS", "FRA"),
    ],
)
def test_the_owner_of_a_plan_refused_in_a_passive_is_its_target(
    steps, text: str, type_: str, source: str, target: str
) -> None:
    e = one(events(steps, text), type_)
    assert {(a.country, a.side) for a in e.actors} == {(source, "source"), (target, "target")}


def test_a_passive_subject_with_no_plan_stays_the_target(steps) -> None:
    # controls: no 对…的 phrase before the passive; an active refusal of another's plan
    e = one(events(steps, "叙利亚的和平方案被俄罗斯拒绝。"), "REJECT")
    assert {(a.country, a.side) for a in e.actors} == {("RUS", "source"), ("SYR", "target")}
    e = one(events(steps, "俄罗斯拒绝了法国对叙利亚的和平方案。"), "REJECT")
    assert {(a.country, a.side) for a in e.actors} == {("RUS", "source"), ("FRA", "target")}
    # 对 of a word (对话) opens no phrase of what a plan is about
    e = one(events(steps, "俄罗斯与美国的对话被乌克兰拒绝。"), "REJECT")
    assert {(a.country, a.side) for a in e.actors} == {("UKR", "source"), ("RUS", "target")}
    # 对乙被丙制裁表示不满: 乙 is the one the passive tells of (no noun heads a phrase of 对)
    e = one(events(steps, "美国对华为被英国制裁表示不满。"), "SANCTION")
    assert [(a.name, a.side) for a in e.actors if a.side == "target"] == [("华为", "target")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("法国对伊朗油轮被英国扣押表示不满。", "伊朗"),
        ("日本对韩国渔民被朝鲜扣押深表遗憾。", "韩国渔民"),
    ],
)
def test_a_passive_inside_what_a_later_verb_is_about_keeps_its_subject(
    steps, text: str, target: str
) -> None:
    # 甲对乙N被丙扣押表示不满: a verb after the trigger takes the 对 phrase, passive and all, as
    # what it is about - N (a common noun, no plan) is the one seized, not 甲's
    e = one(events(steps, text), "COERCE")
    assert [a.name for a in e.actors if a.side == "target"] == [target], e.actors


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # 甲对乙被丙V一事表示不满: 丙 does V; 甲, before the 对, is the one displeased
        ("美国对华为高管被加拿大逮捕一事表示不满。", "美国", "华为"),
        # (the passive's verb read as a noun before 一事: the matter closes the 对 phrase)
        ("德国对法国被俄罗斯制裁一事提出抗议。", "德国", "法国"),
    ],
)
def test_a_reaction_to_a_passive_told_inside_its_topic_is_the_reactors(
    steps, text: str, source: str, target: str
) -> None:
    e = next(e for e in events(steps, text) if e.type in ("ACCUSE", "PROTEST"))
    assert [a.name for a in e.actors if a.side == "source"] == [source], e.actors
    assert target in [a.name for a in e.actors if a.side == "target"], e.actors


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # the arrest told inside 对…表示关切: the one before 对 reacts, it is not arrested
        ("美国国务院对李明被香港警方逮捕表示关切。", "李明"),
        ("美国国务院对王某被香港警方逮捕表示关切。", "王某"),
    ],
)
def test_the_reactor_before_a_passive_topic_is_not_acted_on(
    steps, text: str, arrested: str
) -> None:
    (e,) = typed(events(steps, text), "司法行为-拘捕")
    assert "美国国务院" not in [a.name for a in e.actors], e.actors
    assert [a.text for a in e.arguments if a.role == "被拘捕者"] == [arrested], e.arguments
    assert [a.name for a in e.actors if a.side == "source"] == ["香港警方"], e.actors


def test_a_passive_whose_verb_is_the_trigger_keeps_its_agent(steps) -> None:
    # controls: the agent of the trigger's own passive, inside a 对 phrase or not
    e = one(events(steps, "日本被美国严厉谴责。"), "ACCUSE")
    assert {(a.country, a.side) for a in e.actors} == {("USA", "source"), ("JPN", "target")}
    (e,) = typed(events(steps, "李明被香港警方逮捕。"), "司法行为-拘捕")
    assert [(a.name, a.side) for a in e.actors] == [("香港警方", "source"), ("李明", "target")]


def test_a_state_reacting_to_an_arrest_is_not_arrested(steps) -> None:
    # 甲对乙被丙逮捕表示关切, 甲 a state: the arrest's sides are 丙 and 乙 only
    e = one(events(steps, "俄罗斯对李明被美国逮捕表示关切。"), "COERCE")
    assert [(a.name, a.side) for a in e.actors] == [("美国", "source"), ("李明", "target")]


def test_agentless_passive_subject_is_no_source(steps) -> None:
    evs = events(steps, "公司董事长陈志明、财务总监林国华两人被落案起诉逃税。")
    assert not [a for e in evs for a in e.actors if a.side == "source" and a.name == "陈志明"]


@pytest.mark.parametrize(
    "text",
    [
        "上海市旅游行业协会动员全市景区开展旅游日活动。",  # 旅游行业 holds 游行
        "英国资深律师史密斯，被誉为守护新闻自由的一面旗帜。",  # a description, not praise given
        "美国议员再次把中国定性为威胁。",  # the noun 威胁, not a threat made
        "加拿大议员称，华为威胁加拿大的国家安全。",  # a danger to a good, no threat made
        "韩国官员说朝鲜威胁着东北亚的和平与稳定。",  # the same, 威胁着
        "美国农业部宣称要打击中国倾销大豆的行为。",  # law enforcement against conduct, not force
    ],
)
def test_nominal_and_embedded_trigger_words_are_no_events(steps, text: str) -> None:
    evs = events(steps, text)
    assert not [e for e in evs if e.type in ("PROTEST", "SUPPORT", "THREATEN", "ASSAULT")], [
        (e.type, e.quote) for e in evs
    ]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("以军空袭加沙，打击哈马斯武装。", "ASSAULT"),
        ("俄罗斯威胁对乌克兰发动袭击。", "THREATEN"),
        ("朝鲜威胁韩国，称将采取强硬措施。", "THREATEN"),  # a party threatened
        ("数千名韩国民众在首尔举行游行。", "PROTEST"),
    ],
)
def test_the_same_trigger_words_still_code(steps, text: str, type_: str) -> None:
    assert [e for e in events(steps, text) if e.type == type_]


def test_criticism_without_naming_is_not_negated(steps) -> None:
    e = one(events(steps, "日本外相日前不点名批评俄罗斯。"), "ACCUSE")
    assert e.modality == "asserted"


def test_a_prohibited_meeting_is_no_meeting(steps) -> None:
    # a rule forbids it: neither held nor denied (doubt ``wished``, ``prohibitions``)
    assert not [e for e in events(steps, "法院禁止他与日韩商人见面。") if e.type == "CONSULT"]
    # control: the meeting he held in spite of the ban is one
    text = "法院禁止他与日韩商人见面，他却在上周与两名日本商人会面。"
    assert one(events(steps, text), "CONSULT").modality == "asserted"
    e = one(events(steps, "中方不得不与美方会谈。"), "CONSULT")  # 不得不: has to
    assert e.modality != "negated"


# ---- venues and reporters are no actors -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "哈马斯、以色列和相关斡旋方在开罗举行停火谈判",
        "哈馬斯、以色列和相關斡旋方在開羅舉行停火談判",
        "哈马斯和以色列经斡旋在开罗举行停火谈判",
        "俄罗斯谴责在基辅的袭击",
    ],
)
def test_a_venue_introduced_by_zai_is_no_target(steps, text: str) -> None:
    evs = events(steps, text)
    assert not [a for e in evs for a in e.actors if a.name in ("开罗", "開羅", "基辅")]
    # an unnamed mediator (斡旋方) makes no party the mediator: the parties stay parties
    assert not [a for e in evs for a in e.actors if a.side == "source" and a.country == "ISR"]
    for e in evs:
        if e.type == "CONSULT":
            assert {a.side for a in e.actors} == {"party"}
            assert e.place in ("开罗", "開羅")


def test_a_visited_place_stays_the_target(steps) -> None:
    e = one(events(steps, "特朗普将访问莫斯科"), "CONSULT")
    assert [a.name for a in e.actors if a.side == "target"] == ["莫斯科"]


@pytest.mark.parametrize(
    "text",
    [
        "中方注意到，美国民众对美国政府提出批评",
        "中方注意到美国民众批评美国政府",
        "中方獲悉，美國民眾批評美國政府",
        "中方了解到美國民眾對美國政府提出批評",
    ],
)
def test_who_notices_an_act_is_not_its_source(steps, text: str) -> None:
    e = one(events(steps, text), "ACCUSE")
    assert {a.country for a in e.actors if a.side == "source"} == {"USA"}
    assert "CHN" not in {a.country for a in e.actors}


def test_a_noticed_act_with_no_named_target_keeps_the_reporter_out(steps) -> None:
    evs = events(steps, "中方注意到美国民众对此提出批评")
    assert not [a for e in evs for a in e.actors if a.country == "CHN"]


def test_that_same_day_read_as_the_articles_day_takes_the_day_told_before() -> None:
    # 当天 with no day before it in its sentence is read by the time layer as the article's day;
    # the coder dates it by the last day the article told before it
    from dashiji.events.dates import TimeRef, anchor_day_anaphors

    def ref(start: int, text: str, value: str, kind: str = "date") -> TimeRef:
        return TimeRef(start, start + len(text), kind, value, "day", False, None, text)

    times = [ref(0, "3月2日", "2024-03-02"), ref(30, "当天", "2024-06-01")]
    anchor_day_anaphors(times, "2024-06-01")
    assert times[1].value == "2024-03-02"
    times = [ref(0, "当天", "2024-06-01")]  # nothing told before: the time layer's reading
    anchor_day_anaphors(times, "2024-06-01")
    assert times[0].value == "2024-06-01"
    times = [ref(0, "3月2日", "2024-03-02"), ref(30, "当天", "2024-03-05")]  # its own reading
    anchor_day_anaphors(times, "2024-06-01")
    assert times[1].value == "2024-03-05"
    # 当日下午: the part of the day stays, the day is the one told before
    times = [ref(0, "3月2日", "2024-03-02"), ref(30, "当日下午", "2024-06-01TAF", "time")]
    anchor_day_anaphors(times, "2024-06-01")
    assert times[1].value == "2024-03-02TAF"


def test_a_day_anaphor_counts_from_the_day_told_last_or_from_none() -> None:
    from dashiji.events.dates import TimeRef, anchor_day_anaphors

    def ref(start: int, text: str, value: str, kind: str = "date", precision: str = "day",
            approx: bool = False) -> TimeRef:  # fmt: skip
        return TimeRef(start, start + len(text), kind, value, precision, approx, None, text)

    # 次日: the day after the day told before
    times = [ref(0, "3月2日", "2024-03-02"), ref(30, "次日", "2024-06-02")]
    anchor_day_anaphors(times, "2024-06-01")
    assert (times[1].value, times[1].anchored) == ("2024-03-03", True)
    # a dated time of day is a day told (12日凌晨…当日中午)
    times = [ref(0, "3月2日", "2024-03-02"), ref(10, "5日凌晨", "2024-03-05TNI", "time"),
             ref(30, "当日中午", "2024-06-01TAF", "time")]  # fmt: skip
    anchor_day_anaphors(times, "2024-06-01")
    assert times[2].value == "2024-03-05TAF"
    # a relative day after it counts from it (两天后…当天: 3月4日)
    times = [ref(0, "3月2日", "2024-03-02"),
             ref(10, "两天后", "2024-06-03", precision="approx-day", approx=True),
             ref(30, "当天", "2024-06-01")]  # fmt: skip
    anchor_day_anaphors(times, "2024-06-01")
    assert times[2].value == "2024-03-04"
    # a month with no day after it: no day to point back to (the time layer's reading stays)
    times = [ref(0, "3月2日", "2024-03-02"), ref(10, "今年8月", "2024-08", precision="month"),
             ref(30, "当日", "2024-06-01")]  # fmt: skip
    anchor_day_anaphors(times, "2024-06-01")
    assert (times[2].value, times[2].anchored) == ("2024-06-01", False)


def test_the_day_of_an_incident_is_no_day_told_before() -> None:
    from dashiji.events.dates import TimeRef, anchor_day_anaphors

    text = "3月2日，城东发生车祸。3月5日，记者到场。事发当天，警方到场。开庭当日，原告到场。"
    times = [
        TimeRef(text.index(w), text.index(w) + len(w), "date", v, "day", False, None, w)
        for w, v in (("3月2日", "2024-03-02"), ("3月5日", "2024-03-05"))
    ]
    for w in ("当天", "当日"):
        at = text.index(w)
        times.append(TimeRef(at, at + 2, "date", "2024-06-01", "day", False, None, w))
    hearing = text.index("开庭") + 2
    anchor_day_anaphors(times, "2024-06-01", text, {hearing: ("司法行为-开庭",)})
    assert times[2].value is None and times[2].day_of and "灾害/意外" in times[2].day_of
    assert times[3].value is None and times[3].day_of == ("司法行为-开庭",)
    assert not times[2].usable


def test_an_arrest_that_same_afternoon_is_dated_by_the_day_told_before(steps) -> None:
    # the news coder anchors 当天下午 as the sentence coder does (one mechanism: day_anaphor)
    e = one(
        events(
            steps,
            "3月2日，临江市一商场发生持刀伤人事件，两人受伤。当天下午，临江市警方抓获犯罪嫌疑人王某。",
            ref="2024-03-05",
        ),
        "COERCE",
    )
    assert (e.date, e.context_date) == (None, "2024-03-02")  # (its day is the sentence before's)


@pytest.mark.parametrize(
    "text",
    [
        # 甲对乙被丙V表示…, 乙 no name read: 甲 reacts, it is not the one acted on
        "中国对某某被加拿大警方逮捕表示关切。",
        "日本对本国公民被中国拘押表示抗议。",
    ],
)
def test_the_reactor_before_an_unnamed_passive_subject_is_not_acted_on(steps, text: str) -> None:
    (e,) = typed(events(steps, text), "司法行为-拘捕")
    assert not [a for a in e.arguments if a.role == "被拘捕者" and a.text in ("中国", "日本")]
    assert all(a.side != "target" or a.name not in ("中国", "日本") for a in e.actors), e.actors


@pytest.mark.parametrize("text", ["张某对邻居动手被警方拘留。", "张某对此被警方拘留。"])
def test_a_subject_whose_dui_phrase_holds_a_verb_is_still_held(steps, text: str) -> None:
    # controls: 对此, 对X动手 - the one before 对 is the one the passive is about
    (e,) = typed(events(steps, text), "司法行为-拘捕")
    assert [a.text for a in e.arguments if a.role == "被拘捕者"] == ["张某"], e.arguments


def test_a_reaction_to_a_passive_with_an_unnamed_subject_is_the_reactors(steps) -> None:
    # 甲对某某被丙V表示不满, 某某 no name read: 甲 is displeased with 丙, not 丙 with 甲
    e = one(events(steps, "俄罗斯对某某被美国逮捕表示强烈不满。"), "ACCUSE")
    assert {(a.country, a.side) for a in e.actors} == {("RUS", "source"), ("USA", "target")}
