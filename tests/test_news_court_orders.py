"""A court's order told as its content (法院认定乙侵权，要求乙道歉; 法院判令乙赔偿甲; 法院责令乙…):
a ruling, COERCE by the court against the party ordered - not a REQUEST, and not against the
one paid or the one who tells of it.  Controls: a party's own demand, a court asked to order, a
claim the court rejects, a step of the procedure.  Invented sentences (none from the dev set or
the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events, kinds, typed
from test_events_news import on_side, remand
from test_events_news import sides as _sides

from dashiji.events.model import Event


def _by_trigger(evs: list[Event], trigger: str) -> list[Event]:
    """The events of ``evs`` whose trigger is ``trigger``."""
    return [e for e in evs if e.trigger == trigger]


# ---- the court's order ----------------------------------------------------------------------
def test_an_order_after_the_courts_finding_is_its_ruling_against_the_one_ordered(steps) -> None:
    said = "苏州市吴中区人民法院认定被告诋毁原告，要求被告登报致歉。"
    [e] = _by_trigger(events(steps, said), "要求")
    assert e.type == "COERCE", kinds(events(steps, said))
    assert _sides(e) == {"苏州市吴中区人民法院": "source", "被告": "target"}, _sides(e)


def test_the_company_a_finding_names_is_the_one_ordered(steps) -> None:
    said = "宁波市海曙区人民法院认定某餐饮公司侵犯了陈某的肖像权，并要求该公司赔偿损失。"
    [e] = _by_trigger(events(steps, said), "要求")
    assert e.type == "COERCE", kinds(events(steps, said))
    assert _sides(e)["宁波市海曙区人民法院"] == "source", _sides(e)
    assert "陈某" not in _sides(e), _sides(e)


def test_a_courts_order_word_right_after_it_is_a_ruling(steps) -> None:
    said = "宁波市海曙区人民法院责令某餐饮公司在十五日内删除相关照片。"
    [e] = _by_trigger(events(steps, said), "责令")
    assert e.type == "COERCE" and e.cameo == "172", kinds(events(steps, said))
    assert _sides(e)["宁波市海曙区人民法院"] == "source", _sides(e)


def test_the_one_a_ruling_orders_to_pay_is_the_target_not_the_one_paid(steps) -> None:
    said = "无锡市梁溪区人民法院判令被告赔偿原告医疗费八千元。"
    [e] = _by_trigger(events(steps, said), "判令")
    assert _sides(e) == {"无锡市梁溪区人民法院": "source", "被告": "target"}, _sides(e)


def test_the_other_side_a_teller_quotes_the_court_ordering_is_the_one_ruled_against(
    steps,
) -> None:
    # 对方 in the teller's words: the one the ruling told just before was against, not her
    said = (
        "合肥市蜀山区人民法院判决被告蓝鲸文化公司侵犯了原告刘女士的名誉权。"
        "刘女士对本报记者表示，赔多少钱并不要紧，要紧的是合肥的法院判定对方诽谤了我，"
        "要求对方公开致歉。"
    )
    [e] = _by_trigger(events(steps, said), "要求")
    assert e.type == "COERCE", kinds(events(steps, said))
    sides = _sides(e)
    assert [n for n, side in sides.items() if side == "source"] == ["法院"], sides
    targets = [n for n, side in sides.items() if side == "target"]
    assert targets and targets[0].endswith("蓝鲸文化公司") and "刘女士" not in sides, sides


def test_the_teller_is_never_the_other_side_a_ruling_she_quotes_orders(steps) -> None:
    # 对方 in her words is the other side: the company ruled against just before, or no one
    said = (
        "合肥市蜀山区人民法院判决被告蓝鲸文化公司诋毁了原告周女士。"
        "周女士对本报记者说，钱多钱少无所谓，关键是合肥的法院判决对方登报致歉。"
    )
    [e] = [e for e in _by_trigger(events(steps, said), "判决") if e.modality == "reported"]
    sides = _sides(e)
    targets = [n for n, side in sides.items() if side == "target"]
    assert targets and targets[0].endswith("蓝鲸文化公司") and "周女士" not in sides, sides
    said = "合肥市民周女士对本报记者说，钱多钱少无所谓，关键是合肥市蜀山区人民法院判令对方致歉。"
    evs = events(steps, said)
    assert not [e for e in evs if "周女士" in _sides(e) and e.type == "COERCE"], kinds(evs)


def test_a_ruling_of_a_party_named_after_its_word_keeps_that_party(steps) -> None:
    # control: 判决/判令 naming the one ordered - as before
    said = "合肥市民周女士表示，合肥市蜀山区人民法院判令蓝鲸文化公司登报致歉。"
    [e] = _by_trigger(events(steps, said), "判令")
    assert _sides(e).get("蓝鲸文化公司") == "target" and "周女士" not in _sides(e), _sides(e)


def test_a_ruling_keeps_its_own_code_and_the_name_after_a_title(steps) -> None:
    # controls: a prison term stays 173; 判决被告某公司 - the company, not its title
    said = "合肥市蜀山区人民法院判决被告人王某有期徒刑三年。"
    [e] = [e for e in events(steps, said) if e.type == "COERCE"]
    assert e.cameo == "173", (e.cameo, kinds(events(steps, said)))
    said = "合肥市蜀山区人民法院判决被告蓝鲸文化公司诋毁了原告刘女士，应当赔偿损失。"
    [e] = _by_trigger(events(steps, said), "判决")
    targets = [n for n, side in _sides(e).items() if side == "target"]
    assert len(targets) == 1 and targets[0].endswith("蓝鲸文化公司"), _sides(e)


# ---- controls: demands and claims that are no ruling ---------------------------------------
def test_a_partys_own_demand_after_the_courts_finding_stays_a_demand(steps) -> None:
    said = "宁波市海曙区人民法院认定某餐饮公司侵权后，陈某要求该公司公开道歉。"
    assert not [e for e in _by_trigger(events(steps, said), "要求") if e.type == "COERCE"]


def test_a_plaintiffs_demand_is_no_ruling(steps) -> None:
    for said in ("宁波市民陈某要求某餐饮公司赔偿五万元。", "宁波一案的原告要求被告赔偿五万元。"):
        evs = events(steps, said)
        assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


def test_a_court_asked_to_order_is_the_claim_of_a_party(steps) -> None:
    # 请求 / 申请 / 声请 (bare_wish, applied_words) right before the court: a party's claim
    for said in (
        "宁波市民陈某请求宁波市海曙区人民法院判令某餐饮公司赔偿损失。",
        "宁波市民陈某申请宁波市海曙区人民法院责令某餐饮公司停业。",
        "宁波市民陈某声请宁波市海曙区人民法院责令某餐饮公司停业。",
    ):
        evs = events(steps, said)
        assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


def test_a_court_rejecting_a_demand_orders_nothing(steps) -> None:
    said = "宁波市海曙区人民法院驳回了原告要求被告赔偿的请求。"
    evs = events(steps, said)
    assert not [e for e in evs if e.type == "COERCE" and e.trigger == "要求"], kinds(evs)


def test_a_lawyer_asking_the_court_stays_a_request(steps) -> None:
    said = "陈某的代理律师要求宁波市海曙区人民法院尽快开庭。"
    evs = events(steps, said)
    assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


def test_a_court_asking_for_papers_is_a_step_of_the_procedure(steps) -> None:
    said = "宁波市海曙区人民法院要求双方在十日内补交证据材料。"
    evs = events(steps, said)
    assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


def test_a_demand_after_a_finding_the_court_is_not_the_subject_of_is_no_ruling(steps) -> None:
    # the court inside another's words (某公司称法院认定有误), or a clause of another subject
    # between (…，王某不服，要求…): the demand is not the court's
    for said in (
        "某餐饮公司称宁波市海曙区人民法院认定有误，并要求陈某撤诉。",
        "宁波市海曙区人民法院认定某餐饮公司侵权，陈某不服，要求重审。",
    ):
        evs = events(steps, said)
        assert not [e for e in evs if e.type == "COERCE" and e.trigger == "要求"], kinds(evs)
    said = "2019年5月，宁波市海曙区人民法院认定某餐饮公司侵权，同时要求该公司道歉。"
    [e] = _by_trigger(events(steps, said), "要求")
    assert e.type == "COERCE" and _sides(e)["宁波市海曙区人民法院"] == "source", _sides(e)


def test_the_winner_a_ruling_names_is_one_party_not_ruled_against(steps) -> None:
    for said in ("宁波市海曙区人民法院判决原告陈某胜诉。", "宁波市海曙区人民法院判决陈某胜诉。"):
        [e] = _by_trigger(events(steps, said), "判决")
        names = [x.name for x in e.actors]
        assert names.count("陈某") == 1 and _sides(e)["陈某"] != "target", _sides(e)


def test_a_demand_after_a_finding_of_one_not_found_against_is_a_step_of_the_procedure(
    steps,
) -> None:
    # 要求 naming no one the finding named (原告, 双方): no ruling; 其 / 被告甲: the one found
    for said in (
        "宁波市海曙区人民法院认定被告违约，要求原告补充证据。",
        "宁波市海曙区人民法院认定某餐饮公司侵权，要求双方在十日内补交证据材料。",
    ):
        evs = events(steps, said)
        assert not [e for e in evs if e.type == "COERCE" and e.trigger == "要求"], kinds(evs)
    for said in (
        "宁波市海曙区人民法院认定某餐饮公司侵权，要求其道歉。",
        "宁波市海曙区人民法院认定被告陈某侵权，要求陈某道歉。",
    ):
        [e] = _by_trigger(events(steps, said), "要求")
        assert e.type == "COERCE" and "宁波市海曙区人民法院" in _sides(e), kinds([e])


def test_a_company_named_with_mou_after_the_order_word_or_its_title_is_the_one_ordered(
    steps,
) -> None:
    # 判决被告某公司…: the company past its title and 某, not the title read alone
    said = "宁波市海曙区人民法院判决被告某餐饮公司向原告陈某赔偿五万元。"
    [e] = _by_trigger(events(steps, said), "判决")
    targets = [n for n, side in _sides(e).items() if side == "target"]
    assert targets == ["餐饮公司"], _sides(e)
    said = "宁波市海曙区人民法院认定某餐饮公司侵权，要求某餐饮公司道歉。"
    [e] = _by_trigger(events(steps, said), "要求")
    assert e.type == "COERCE" and _sides(e).get("餐饮公司") == "target", kinds([e])


# ---- a bail that is the matter of an appeal -------------------------------------------------
def test_an_appeal_granted_against_a_bail_grants_no_bail(steps) -> None:
    # 批准X就某人获批保释一事的上诉: the bail is what the appeal (就…: its matter) is about - the
    # court grants the appeal and sends him back, no release
    evs = events(steps, "终审法院批准律政司就王某获批保释提出上诉，王某须即时还押。")
    assert "CONCEDE" not in [e.type for e in evs], kinds(evs)
    assert "COERCE" in [e.type for e in _by_trigger(evs, "还押")], kinds(evs)


def test_a_bail_granted_is_still_a_release(steps) -> None:
    # control: the bail itself granted, no matter between the two parts
    evs = events(steps, "区域法院法官批准王某保释。")
    assert [e.type for e in evs if e.trigger == "批准王某保释"] == ["CONCEDE"], kinds(evs)


def test_a_matter_mark_in_a_gap_closing_the_object_keeps_the_act(steps) -> None:
    # controls: 就/针对 inside a gapped trigger whose tail closes its clause (审理…案。: the
    # case heard) or 就 of a word of its own (就读) - the hearing and the party stay
    for text, news_type in (
        ("法院今天审理王某就此上诉一案。", "司法行为-开庭"),
        ("法院审理针对王某的诈骗案。", "司法行为-开庭"),
        ("王某为就读大学的女儿庆生。", "人生-庆生"),
    ):
        assert typed(events(steps, text), news_type), text


# ---- a court's remand in custody (还押): COERCE 173, no DuEE type -------------------------------
# (the news-dev conventions: custody pending trial is no arrest, 拘捕, and no prison, 入狱)
@pytest.mark.parametrize(
    ("text", "court", "held"),
    [
        ("深圳市中级人民法院作出裁定，被告人韩某须即时还押候审。", "深圳市中级人民法院", "韩某"),
        (
            "九龙城裁判法院总裁判官罗德明拒绝保释，被告人冯志勇须继续还押。",
            "罗德明",
            "冯志勇",
        ),
        # 收押, 羁押 by a court or a judge: a remand too (by the police: a detention, below)
        ("裁判官下令将王某收押。", "裁判官", "王某"),
        ("法官下令将孙某收押。", "法官", "孙某"),  # (a court of no place told: still custody)
        (
            "香港商人冯志勇被控诈骗罪，应讯后被沙田裁判法院羁押。",
            "沙田裁判法院",
            "冯志勇",
        ),
    ],
)
def test_a_remand_in_custody_is_coercion_and_no_arrest(
    steps, text: str, court: str, held: str
) -> None:
    evs = events(steps, text)
    e = remand(evs)
    assert (on_side(e, "source"), on_side(e, "target")) == ([court], [held]), e.actors
    assert not typed(evs, "司法行为-拘捕") and not e.arguments, kinds(evs)


def test_a_ruling_that_orders_a_remand_is_the_remand(steps) -> None:
    # the ruling told first in the sentence, the remand last: the remand (173) keeps its day
    text = "广州市中级人民法院10月8日裁定，撤销一审判决，周某须即时还押。"
    e = remand(events(steps, text))
    assert (e.date, on_side(e, "target")) == ("2025-10-08", ["周某"]), (e.date, e.actors)


def test_a_remand_by_a_court_of_no_place_told_is_still_an_event(steps) -> None:
    # no participant with a country: the court (or judge) and the one held are still its sides
    e = remand(events(steps, "法官驳回了林某的保释申请，林某继续还押。"))
    assert (on_side(e, "source"), on_side(e, "target")) == (["法官"], ["林某"]), e.actors
    assert not e.countries


def test_bail_revoked_by_a_court_is_a_remand(steps) -> None:
    # 撤销…的保释: the one on bail goes back into custody - COERCE 173, no DuEE type
    for text, court in (
        ("区法院撤销了被告人萧文斌的保释。", "区法院"),
        ("法官宣布，萧文斌的保释被撤销。", "法官"),
        ("萧文斌的保释被高等法院撤销。", "高等法院"),
    ):
        e = remand(events(steps, text))
        assert (on_side(e, "source"), on_side(e, "target")) == ([court], ["萧文斌"]), e.actors


def test_bail_revoked_then_a_remand_is_one_event(steps) -> None:
    # the remand told after the revocation is the one event (还押), no second COERCE
    e = remand(events(steps, "法院撤销了萧文斌的保释，将其还押候审。"))
    assert e.trigger == "还押" and on_side(e, "target") == ["萧文斌"], (e.trigger, e.actors)
    # controls: a revocation asked for is not done; bail granted is no custody
    for text in (
        "检方申请撤销萧文斌的保释。",
        "法院批准萧文斌保释。",
        # (its conditions or its hearing revoked; a second predicate in the gap)
        "法院撤销了对萧文斌的保释条件限制。",
        "法院取消了萧文斌的保释听证。",
        "有议员提议取消保释制度。",
        "法院撤销原判并维持萧文斌的保释。",
    ):
        assert not [e for e in events(steps, text) if e.cameo == "173"], text


def test_xu_right_before_a_remand_tells_the_order_in_force(steps) -> None:
    # 须还押 (Hong Kong court reports): what the court ordered, done - no duty
    text = "香港区域法院昨日拒绝保释申请，被告人冯志勇须还押至下月再讯。"
    e = remand(events(steps, text))
    assert on_side(e, "target") == ["冯志勇"] and e.date == "2025-10-19", (e.actors, e.date)
    # controls: 必须 and 应该 are one's view of what should be done - no event
    for text in ("律政司认为被告必须还押。", "律政司认为被告应该还押。"):
        assert not [e for e in events(steps, text) if e.type == "COERCE"], text


def test_a_headline_remand_run_into_the_body_leaves_the_dated_one_its_own(steps) -> None:
    text = (
        "终院裁定检方上诉得直 商人邓须即时还押\n"
        "香港终审法院9日裁定律政司上诉得直，商人邓国华的保释被撤销，须即时还押。"
    )
    held = [e for e in events(steps, text) if e.trigger == "还押" and e.type == "COERCE"]
    dated = [e for e in held if e.date == "2025-10-09"]
    assert len(dated) == 1 and on_side(dated[0], "target") == ["邓国华"], [
        (e.date, e.actors) for e in held
    ]
    assert all(e.news_type is None for e in held), kinds(held)


def test_an_arrest_and_a_remand_in_one_sentence_are_two_acts(steps) -> None:
    # the police arrest, the court remands: the arrest stays 拘捕 and the court none of its sides
    evs = events(steps, "香港警方拘捕陈某，法院其后下令将其还押。")
    [arrest] = typed(evs, "司法行为-拘捕")
    assert arrest.trigger == "拘捕" and "法院" not in on_side(arrest, "source"), arrest.actors
    e = remand(evs)
    assert (on_side(e, "source"), on_side(e, "target")) == (["法院"], ["陈某"]), e.actors


@pytest.mark.parametrize("text", ["律师称陈某无须还押。", "香港商人陈某获准保释，毋须还柙。"])
def test_no_need_to_remand_is_no_remand(steps, text: str) -> None:
    # controls: 无须, 毋须 before 须还押 - no custody
    evs = events(steps, text)
    assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        # controls: no court (or police) and no place - a rule told: no remand
        "还押候审的被告可申请保释。",
        "依照规定，还押候审的被告人可以申请保释。",
    ],
)
def test_custody_no_one_orders_and_no_place_holds_is_no_event(steps, text: str) -> None:
    assert kinds(events(steps, text)) == []


def test_a_remand_granted_after_its_application_is_done(steps) -> None:
    text = "检方申请将王某还押，法官随即批准，王某须即时还押。"
    e = remand(events(steps, text))
    assert on_side(e, "source") == ["法官"] and on_side(e, "target") == ["王某"], e.actors
    # control: applied for only - no remand
    evs = events(steps, "检方申请在上诉期间将王某还押。")
    assert not [e for e in evs if e.type == "COERCE"], kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type", "plover"),
    [
        # controls: an arrest by the police, a prison term, a bail granted, a detention centre
        ("香港警方昨日拘捕了商人邓国华。", "司法行为-拘捕", "COERCE"),
        ("澳门初级法院判处被告人何某入狱三年。", "司法行为-入狱", "COERCE"),
        ("区域法院法官批准梁某以现金5万港元保释。", None, "CONCEDE"),
        ("嫌疑人孙某前日被区公安分局刑事拘留，现羁押在区看守所。", "司法行为-拘捕", "COERCE"),
    ],
)
def test_arrests_prison_and_bail_keep_their_types(
    steps, text: str, news_type: str | None, plover: str | None
) -> None:
    evs = events(steps, text)
    assert [(e.type, e.news_type) for e in evs] == [(plover, news_type)], kinds(evs)


# ---- 查扣 of a person: custody, no goods seized ------------------------------------------------
def test_a_person_seized_by_the_police_is_held_in_custody(steps) -> None:
    for text in (
        "香港商人陈国栋3日到警署报到，随即被警方以洗钱罪查扣，不获保释。",
        "香港商人陈国栋被海关查扣。",
    ):
        [e] = _by_trigger(events(steps, text), "查扣")
        assert (e.type, e.cameo) == ("COERCE", "173"), text
        assert _sides(e).get("陈国栋") == "target", _sides(e)


@pytest.mark.parametrize(
    "text",
    [
        # controls: the goods named - what he owns, or an object after the trigger
        "香港商人陈国栋的两辆货车被海关查扣。",
        "海关查扣了香港商人陈国栋名下的货车。",
        "香港商人陈国栋被警方查扣两辆货车。",
        # (the goods named between the owner and the passive mark, no 的)
        "香港商人陈国栋车辆被海关查扣。",
        "美国商人约翰一批走私香烟被深圳海关查扣。",
        "香港商人陈国栋所有货物均被海关查扣。",
    ],
)
def test_goods_seized_stay_a_confiscation(steps, text: str) -> None:
    [e] = _by_trigger(events(steps, text), "查扣")
    assert (e.type, e.cameo) == ("COERCE", "1711"), text


def test_a_person_seized_at_a_place_is_held(steps) -> None:
    # the place past 在 is no thing seized
    [e] = _by_trigger(events(steps, "香港商人陈国栋在深圳口岸被海关查扣。"), "查扣")
    assert (e.type, e.cameo) == ("COERCE", "173"), e.cameo


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # controls: other seizure words hold property only, a person their owner
        ("香港商人陈国栋被警方冻结资产。", "冻结资产"),
        ("香港商人陈国栋被法院查封。", "查封"),
    ],
)
def test_property_words_of_a_person_stay_a_confiscation(steps, text: str, trigger: str) -> None:
    [e] = _by_trigger(events(steps, text), trigger)
    assert (e.type, e.cameo) == ("COERCE", "1711"), text


# ---- 收押, 羁押: a detention when the police do it (a court's: a remand, in the table above) -----
@pytest.mark.parametrize(
    "text",
    [
        # controls: the police, a procuratorate, or no one named - a detention (DuEE's 拘捕)
        "上海警方将涉嫌诈骗的孙某羁押。",
        "检察院决定对孙某继续羁押。",
        "2019年5月3日，北京商人孙某因涉嫌诈骗被羁押。",
    ],
)
def test_custody_by_the_police_or_no_court_stays_a_detention(steps, text: str) -> None:
    evs = events(steps, text)
    assert [e.type for e in typed(evs, "司法行为-拘捕")] == ["COERCE"], kinds(evs)


# ---- bail refused: REJECT, refuse to release persons (CAMEO 1243) -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "香港区域法院法官拒绝了商人冯志勇的保释申请。",
        "香港商人冯志勇不获保释。",
        "区域法院法官拒绝保释，被告人冯志勇须继续还押。",
        "据港媒报道，香港商人冯志勇不获准保释。",  # (a release denied: its refusal)
        "香港高等法院昨日驳回商人冯志勇的保释申请。",
    ],
)
def test_bail_refused_is_a_refusal_to_release(steps, text: str) -> None:
    evs = events(steps, text)
    assert [(e.type, e.cameo) for e in evs if e.type == "REJECT"] == [("REJECT", "1243")], kinds(
        evs
    )


def test_other_refusals_stay_unspecified(steps) -> None:
    # control: a permit refused is no release refused
    evs = events(steps, "香港警方拒绝批准商户的经营申请。")
    assert [e.cameo for e in evs if e.type == "REJECT"] == ["120"], kinds(evs)
    evs = events(steps, "香港警方没有批准民阵的游行申请。")  # (a march refused, no release)
    assert [e.cameo for e in evs if e.type == "REJECT"] == ["120"], kinds(evs)


# ---- bail refused told of the one held (保释申请被驳回, 保释被拒, 被拒保释) or short (拒保释) --
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("香港商人关某的保释申请被驳回，须继续还押。", "关某"),
        ("香港商人关某保释被拒，须继续还押。", "关某"),
        ("香港商人关某再被拒保释。", "关某"),
        ("香港法院拒保释关某。", "关某"),
        ("香港观塘裁判法院驳回了关某的保释申请。", "关某"),  # (control: the active form)
    ],
)
def test_bail_refused_passive_or_short_is_a_refusal_to_release(
    steps, text: str, held: str
) -> None:
    evs = events(steps, text)
    refused = [e for e in evs if e.type == "REJECT"]
    assert [e.cameo for e in refused] == ["1243"], kinds(evs)
    assert held in on_side(refused[0], "target"), refused[0].actors


def test_bail_granted_or_a_comment_refused_is_no_refusal_of_bail(steps) -> None:
    assert not [e for e in events(steps, "香港律政司拒绝评论关某的保释。") if e.type == "REJECT"]
    evs = events(steps, "香港法院批准关某保释，律政司的反对被驳回。")
    assert [e.type for e in evs if e.trigger.endswith("保释")] == ["CONCEDE"], kinds(evs)


# ---- the one remanded named by the surname alone (某须还押, 某仍须还押) ------------------------
_NAMED_BEFORE = "地产商邓伟雄涉嫌欺诈被捕。邓伟雄昨日被押送到区域法院提讯。"


@pytest.mark.parametrize(
    "held",
    [
        "法官拒绝邓的保释申请，邓须还押候审。",
        "法官拒绝保释，邓仍须还押。",
        "法官拒绝保释，邓仍还押至下月再讯。",
    ],
)
def test_a_surname_alone_before_xu_or_reng_is_the_one_remanded(steps, held: str) -> None:
    # 须/仍 after the surname of the one person the article names in full: that person is held
    e = remand(events(steps, _NAMED_BEFORE + held))
    assert on_side(e, "target") == ["邓伟雄"], e.actors


def test_a_surname_shared_or_a_word_before_xu_holds_no_one(steps) -> None:
    # two people of the surname named before: which one is unsaid - the remand holds neither
    before = "地产商邓伟雄与其弟邓伟明涉嫌欺诈被捕。邓伟雄、邓伟明昨日被押送到区域法院提讯。"
    e = remand(events(steps, before + "法官拒绝保释，邓须还押候审。"))
    assert on_side(e, "target") == [], e.actors
    # 无须: a word, no surname (无 is none) - a court that sees no need to remand codes none
    evs = events(steps, _NAMED_BEFORE + "法官认为无须还押。")
    assert not [e for e in evs if e.cameo == "173" and e.news_type is None], kinds(evs)


@pytest.mark.parametrize("verb", ["拒绝", "驳回"])
def test_a_surname_alone_after_a_refusal_is_the_one_refused_bail(steps, verb: str) -> None:
    # 拒绝某的保释申请: the surname after the refusal stands for the one the article names
    text = (
        "香港地产商邓伟雄涉嫌欺诈被捕。邓伟雄昨日被押送到香港区域法院提讯。"
        f"香港区域法院{verb}邓的保释申请。"
    )
    [e] = [e for e in events(steps, text) if e.type == "REJECT"]
    assert on_side(e, "target") == ["邓伟雄"], e.actors
