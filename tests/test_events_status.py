"""News events: is it an event, its status, its modality and its date (issue 7).  Invented
sentences only (none from a dev set or DTELS)."""

from __future__ import annotations

import pytest
from test_events import events, one, typed
from test_events_news import news, remand

from dashiji.events.news_cues import cue, cue_words


# ---- status -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "某公司诉刘某违约一案将延期开庭。",
        "由于法官另有安排，赵某诉某超市一案推迟开庭。",
    ],
)
def test_a_trial_put_off_is_postponed(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-开庭")
    assert e.status == "postponed"


def test_a_trial_that_took_place_is_not_postponed(steps) -> None:
    e = news(events(steps, "某公司诉刘某违约一案昨日在某区法院开庭。"), "司法行为-开庭")
    assert e.status == "occurred"


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("工会威胁举行罢工。", "组织行为-罢工", "planned"),
        ("码头工人扬言罢工，要求加薪。", "组织行为-罢工", "planned"),
        ("工会以罢工相威胁，要求资方加薪。", "组织行为-罢工", "planned"),
        ("张国华以辞职相威胁，要求董事会撤回决定。", "组织关系-辞/离职", "planned"),
        ("李明威胁要对这家公司提起诉讼。", "司法行为-起诉", "planned"),
        ("工会扬言罢工相抗衡。", "组织行为-罢工", "planned"),  # (相, but no 以…相威胁)
        # (controls: the act done - a threat suffered, a threat as a second act of its own, a
        # strike held)
        ("码头工人上周举行罢工，要求加薪。", "组织行为-罢工", "occurred"),
        ("在疫情的威胁下，工人们仍然举行了罢工。", "组织行为-罢工", "occurred"),
        ("嫌疑人威胁受害人后将其杀害。", "人生-死亡", "occurred"),
        ("嫌疑人威胁并殴打了受害人。", "灾害/意外-袭击", "occurred"),
        ("张国华受到威胁后辞职。", "组织关系-辞/离职", "occurred"),
        ("女演员被前男友殴打、威胁一案今日开庭。", "司法行为-开庭", "occurred"),
        ("一名男子因长期跟踪骚扰威胁邻居入狱。", "司法行为-入狱", "occurred"),
        # (a threat as a noun - suffered, framing, defied - or a case; an act done to the
        # threatener after 被)
        ("收到死亡威胁的法官辞职。", "组织关系-辞/离职", "occurred"),
        ("在疫情威胁之下工人仍举行罢工。", "组织行为-罢工", "occurred"),
        ("工人们不顾资方威胁举行罢工。", "组织行为-罢工", "occurred"),
        ("被告威胁证人一事今日开庭。", "司法行为-开庭", "occurred"),
        ("男子威胁邻居被警方拘留。", "司法行为-拘捕", "occurred"),
        ("张三因威胁李四被公司辞退。", "组织关系-解雇", "occurred"),
        ("男子威胁说已经起诉对方。", "司法行为-起诉", "occurred"),
    ],
)
def test_an_act_threatened_is_not_done(steps, text: str, kind: str, status: str) -> None:
    # 威胁/扬言 before the act, or 以…相威胁 around it: what one threatens to do, not done
    e = news(events(steps, text), kind)
    assert e.status == status, (text, e.status)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("纺织厂工人威胁要罢工，要求补发工资。", "组织行为-罢工"),
        ("出租车司机们扬言要罢工。", "组织行为-罢工"),
        ("张经理威胁要辞职，要求公司撤回处罚。", "组织关系-辞/离职"),
        ("业主们扬言会起诉物业公司。", "司法行为-起诉"),
        ("王先生称将起诉这家装修公司。", "司法行为-起诉"),
    ],
)
def test_an_act_said_to_come_is_planned(steps, text: str, kind: str) -> None:
    # 威胁要, 扬言会, 称将 right before the act: one reading with 威胁举行罢工 - planned, not
    # dropped
    assert news(events(steps, text), kind).status == "planned"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("王某称将被起诉。", "司法行为-起诉"),
        ("王某称会被解雇。", "组织关系-解雇"),
        ("王某称将被逮捕。", "司法行为-拘捕"),
    ],
)
def test_an_act_on_the_speaker_said_to_come_is_planned(steps, text: str, kind: str) -> None:
    # 称 reports, it does not threaten: an act to be done to the speaker is one to come (扬言要
    # 入狱 is no plan: test_a_threat_of_the_act_past_the_gate_is_still_dropped)
    assert news(events(steps, text), kind).status == "planned"


def test_an_act_on_the_threatener_is_no_plan(steps) -> None:
    assert not typed(events(steps, "王某扬言要被起诉。"), "司法行为-起诉")


def test_a_threatened_strike_carried_out_is_done(steps) -> None:
    # the threat carried out (a threat suffered: 张国华受到威胁后辞职, above)
    evs = events(steps, "工人们威胁要罢工，三天后正式举行了罢工。")
    assert sorted(e.status for e in typed(evs, "组织行为-罢工")) == ["occurred", "planned"]


def test_harm_said_to_come_and_a_claim_are_no_planned_acts(steps) -> None:
    # a threat to kill is the crime of threatening, no death to come (杀害: a trigger word - 杀了
    # is none, and could not fail); 称已…: a claim of an act done
    evs = events(steps, "男子扬言要杀害前妻，被警方拘留。")
    assert [e.news_type for e in evs if e.news_type] == ["司法行为-拘捕"]
    assert news(events(steps, "王先生称已起诉这家装修公司。"), "司法行为-起诉").status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "男子威胁杀害邻居。",  # (no 要: _threatened, not _THREAT_OF)
        "歹徒威胁砍人，要求店员交出现金。",
        "男子以自杀相威胁，要求前女友复合。",
        "男子没有威胁杀害邻居。",
    ],
)
def test_harm_threatened_without_a_will_mark_is_no_event(steps, text: str) -> None:
    # 威胁杀害, 以自杀相威胁: the crime of threatening - no death or attack to come (nor the
    # threatener coded as the dead)
    evs = events(steps, text)
    assert not typed(evs, "人生-死亡") and not typed(evs, "灾害/意外-袭击"), text


def test_harm_done_after_a_threat_is_still_coded(steps) -> None:
    # controls: the threat and the harm two acts, both done
    for text in ("歹徒持刀威胁店员并将其砍伤。", "歹徒威胁店员交出现金，随后将其砍伤。"):
        assert news(events(steps, text), "灾害/意外-袭击").status == "occurred", text
    # 致: the deaths the storm caused, no harm threatened (nor dropped as one)
    e = news(events(steps, "台风威胁沿海地区致3人死亡。"), "人生-死亡")
    assert e.status == "occurred"


def test_a_threat_after_a_threat_word_is_made(steps) -> None:
    # 威胁恐吓: the threatening itself is done, not threatened
    assert one(events(steps, "伊朗外长威胁恐吓邻国。"), "THREATEN").status == "occurred"


def test_threat_cue_lists() -> None:
    assert "扬言" in cue_words("threatens") and cue("threatened_with").match("相逼")


def test_a_decision_to_sue_is_a_plan(steps) -> None:
    e = news(events(steps, "孙女士决定向法院起诉某物业公司，要求赔偿损失。"), "司法行为-起诉")
    assert e.status == "planned"
    e = news(events(steps, "物业公司已就该决定向法院提起诉讼。"), "司法行为-起诉")
    assert e.status == "occurred"  # 该决定: a decision already made, the noun


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("某连锁超市暂缓了物流子公司出售计划。", "postponed"),  # (put off before it)
        ("市国资委叫停了城投公司的水厂收购计划。", "cancelled"),  # (dropped: cancelled)
        ("某公司公布了海外业务出售计划。", "planned"),
        # (a halting word on another object leaves the plan as told)
        ("青木公司在叫停两条生产线后推出了收购计划。", "planned"),
        ("青木公司取消年度旅游并公布了出售计划。", "planned"),
        ("万达集团的酒店出售计划遭到董事会否决。", "cancelled"),
        ("万达集团昨日出售了某酒店。", "occurred"),
    ],
)
def test_a_plan_named_by_the_act_is_no_deal_done(steps, text: str, status: str) -> None:
    e = news(events(steps, text), "财经/交易-出售/收购")
    assert e.status == status


def test_an_agreed_word_leaves_a_withdrawal_its_own_status(steps) -> None:
    # 答应 (agreed to) makes an occurred act planned only; a withdrawn suit keeps the status its
    # word states, as an intending word leaves it (the agreed test once bound outside the
    # occurred-and-before chain and turned it planned)
    e = news(events(steps, "3月5日，林某答应向法院申请撤诉。"), "司法行为-起诉")
    assert e.status == "cancelled"
    e = news(events(steps, "3月5日，林某向法院申请撤诉。"), "司法行为-起诉")
    assert e.status == "cancelled"


def test_a_step_after_a_clause_of_cuts_to_come_is_planned(steps) -> None:
    e = news(events(steps, "某航空公司将削减3000个岗位，裁员2000人。"), "组织关系-裁员")
    assert e.status == "planned"
    e = news(events(steps, "某航空公司削减了3000个岗位，裁员2000人。"), "组织关系-裁员")
    assert e.status == "occurred"


def test_a_sentencing_put_off_to_a_day_is_planned(steps) -> None:
    text = "香港法官裁定两人罪成，押后至下次聆讯听取求情后再判刑。"
    [e] = [e for e in events(steps, text) if e.trigger == "判刑"]  # COERCE: no prison told yet
    assert e.status == "planned"


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # 将 then the noun 被告人 (被害人): the object marker, no future passive
        ("江州市中级人民法院将被告人陈某判处有期徒刑三年。", "司法行为-入狱"),
        ("香港警方昨日将被告人陈某拘捕。", "司法行为-拘捕"),
        ("江州市中级人民法院将被告陈某判处有期徒刑三年。", "司法行为-入狱"),
        ("5月2日，男子钱某在小区门口将被害人孙某刺伤。", "灾害/意外-袭击"),
    ],
)
def test_jiang_before_the_defendant_marks_the_object(steps, text: str, news_type: str) -> None:
    assert news(events(steps, text), news_type).status == "occurred"


def test_jiang_bei_before_a_verb_is_still_the_future(steps) -> None:
    # controls: 将被 before the verb - the future passive
    assert news(events(steps, "陈某将被判处有期徒刑。"), "司法行为-入狱").status == "planned"
    held = [e.status for e in events(steps, "香港商人陈某将被还押。") if e.trigger == "还押"]
    assert held == ["planned"]
    # 将 then 被告上法庭 (be sued), 被告知 (be told): the future passive too
    e = news(events(steps, "香港商人陈国栋下月将被告上法庭。"), "司法行为-起诉")
    assert e.status == "planned"
    e = news(events(steps, "该公司员工将被告知裁员决定。"), "组织关系-裁员")
    assert e.status == "planned"


# ---- not an event: a state going on -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "钱某因涉嫌受贿正被还押，法警将其押送到法院。",
        "她的哥哥因为盗窃在坐牢，家里只剩母亲一人。",
        "周某目前正在服刑，无法出庭作证。",
    ],
)
def test_a_state_going_on_is_no_arrest_or_prison(steps, text: str) -> None:
    kinds = {e.news_type for e in events(steps, text)}
    assert not kinds & {"司法行为-拘捕", "司法行为-入狱"}, kinds


def test_serving_a_sentence_in_a_named_prison_is_a_state(steps) -> None:
    kinds = {e.news_type for e in events(steps, "目前，刘某正在某某监狱服刑。")}
    assert "司法行为-入狱" not in kinds, kinds


def test_a_bail_application_refused_is_a_refusal(steps) -> None:
    evs = events(steps, "澳门中级法院周三拒绝商人梁振邦提出的保释申请。")
    (e,) = [e for e in evs if e.type == "REJECT"]
    assert {(a.name, a.side) for a in e.actors} >= {("梁振邦", "target")}, e.actors


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("某地产商董事长表示，他不会出售手中持有的酒店股份。", "财经/交易-出售/收购"),
        ("受害人家属称无意起诉涉事司机。", "司法行为-起诉"),
    ],
)
def test_an_act_meant_not_to_be_done_is_a_negated_plan(steps, text: str, news_type: str) -> None:
    e = news(events(steps, text), news_type)
    assert (e.status, e.modality) == ("planned", "negated")


def test_a_remand_ordered_is_done(steps) -> None:
    e = remand(events(steps, "法院昨日裁定撤销钱某的保释，钱某须即时还押。"))
    assert e.status == "occurred"


# ---- modality: reported speech ------------------------------------------------------------------
def test_what_a_source_describes_is_reported(steps) -> None:
    e = news(
        events(steps, "知情人士介绍，9月3日，某区警方将涉事男子吴某刑事拘留。"), "司法行为-拘捕"
    )
    assert e.modality == "reported"
    e = news(events(steps, "9月3日，某区警方将涉事男子吴某刑事拘留。"), "司法行为-拘捕")
    assert e.modality == "asserted"


def test_what_someone_unnamed_says_is_reported_by_no_one(steps) -> None:
    e = news(events(steps, "有人说，那位演员去年已经和丈夫离婚了。"), "人生-离婚")
    assert e.modality == "reported"
    e = news(events(steps, "可以说，那位演员去年已经和丈夫离婚了。"), "人生-离婚")
    assert e.modality == "asserted"  # the writer's own voice
    e = one(events(steps, "有网友称，美国上周对伊朗实施了新一轮制裁。"), "SANCTION")
    assert (e.modality, e.attributed_to) == ("reported", None)  # not the sanction's own source
    e = one(events(steps, "美国国务院称，美国上周对伊朗实施了新一轮制裁。"), "SANCTION")
    assert e.attributed_to is not None


def test_a_hedge_holds_its_own_predicate_not_the_sure_act_after_it(steps) -> None:
    text = "昨天傍晚，一辆洒水车疑似失控驶入对向车道，随后撞上一辆停靠的公交车。"
    crashes = [e for e in events(steps, text) if e.news_type == "灾害/意外-车祸"]
    assert [e.modality for e in crashes] == ["asserted"]  # one crash, told as sure
    text = "昨天傍晚，一辆洒水车疑似失控，好在没有造成伤亡。"  # control: the hedged act alone
    assert news(events(steps, text), "灾害/意外-车祸").modality == "uncertain"
    text = "2023年8月9日，湖南某镇一辆面包车疑似雨天打滑撞上路边的电线杆。"
    assert news(events(steps, text), "灾害/意外-车祸").modality == "asserted"  # the cause hedged
    text = "2023年8月9日，湖南某镇一辆面包车疑似撞上路边的电线杆。"  # control: the crash hedged
    assert news(events(steps, text), "灾害/意外-车祸").modality == "uncertain"


def test_a_guess_right_after_a_word_of_what_comes_next_is_a_guessed_future(steps) -> None:
    text = "据一位接近该公司的人士透露，这家公司后续很可能向高院提起上诉。"
    e = news(events(steps, text), "司法行为-起诉")
    assert (e.status, e.modality) == ("planned", "uncertain")
    text = "据一位接近该公司的人士透露，这家公司很可能已向高院提起上诉。"  # control: told done
    assert news(events(steps, text), "司法行为-起诉").status == "occurred"


def test_the_words_a_telling_announces_with_a_colon_are_reported(steps) -> None:
    lead = "昨天傍晚，一位自称知情的网友在论坛上透露："
    e = news(events(steps, lead, "那家餐馆的老板已被区警方刑事拘留。"), "司法行为-拘捕")
    assert e.modality == "reported"
    lead = "下面我们来梳理一下事情的经过："  # control: the narrator's own lead-in
    e = news(events(steps, lead, "那家餐馆的老板已被区警方刑事拘留。"), "司法行为-拘捕")
    assert e.modality == "asserted"


def test_a_bare_ru_or_ruo_with_a_then_is_a_condition(steps) -> None:
    text = "如物业公司月底前仍不退还押金，业主委员会将向法院提起诉讼。"
    assert not typed(events(steps, text), "司法行为-起诉")
    text = "若开发商继续拖欠工资，工人们则会集体起诉。"
    assert not typed(events(steps, text), "司法行为-起诉")
    # control: 如今 opens no condition
    text = "如今双方谈判破裂，业主委员会已起诉物业公司。"
    assert news(events(steps, text), "司法行为-起诉").status == "occurred"


def test_a_ru_of_comparison_or_example_or_a_then_inside_a_word_is_no_condition(steps) -> None:
    # the then-word must be a word of the clause after the 如-clause: not 就诊, 便利店, 将+object
    for text, kind in (
        ("如邻居们预料的那样，巡逻队员随后将三名小偷抓获。", "司法行为-拘捕"),
        ("如平时一般，赵某下午去社区诊所就诊时突然死亡。", "人生-死亡"),
        ("两家乳企，如蒙牛、伊利等，将在下周推出低糖酸奶。", "产品行为-发布"),
    ):
        assert news(events(steps, text), kind).status in ("occurred", "planned"), text
    # controls: a bare 如 condition with a then-word stays a condition; without 如 the plan is kept
    text = "如房东下月仍不修好暖气，租户委员会就会向法院起诉。"
    assert not typed(events(steps, text), "司法行为-起诉")
    text = "房东一直不修暖气，租户委员会将向法院提起诉讼。"
    assert news(events(steps, text), "司法行为-起诉").status == "planned"


def test_a_saying_with_its_object_in_its_clause_ends_where_the_narrator_goes_on(steps) -> None:
    text = "工会代表当场表示反对，随后组织全厂工人罢工。"
    e = news(events(steps, text), "组织行为-罢工")
    assert e.modality == "asserted"  # the strike is the narrator's, not what 表示 held
    text = "一名女子谎称自己中了彩票，向多名亲友借款二十万元，最终被警方刑事拘留。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert e.modality == "asserted"
    # controls: a saying whose words follow in their own clauses; a source of the sentence; a
    # clause that goes on with what the speaker means to do
    text = "律师称，工会代表当场表示反对，随后组织全厂工人罢工。"
    assert news(events(steps, text), "组织行为-罢工").modality == "reported"
    text = "据当地媒体报道，工会代表表示反对，随后组织全厂工人罢工。"
    assert news(events(steps, text), "组织行为-罢工").modality == "reported"
    text = "工会代表表示难以接受这份方案，随后将组织全厂工人罢工。"
    assert news(events(steps, text), "组织行为-罢工").modality == "reported"


# ---- dates --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "事情过去3年后，马某对单位提起了诉讼。",
        "过去一年里，万达集团出售了某酒店。",
    ],
)
def test_a_span_up_to_now_is_no_date_of_the_act(steps, text: str) -> None:
    evs = [e for e in events(steps, text) if e.news_type]
    assert evs, text
    for e in evs:
        assert e.date is None and e.reported is not None, (e.trigger, e.date)


def test_the_cue_lists_are_there() -> None:
    for name in (
        "postponed_before",
        "ongoing_before",
        "ongoing_near",
        "plan_nouns_after",
        "plan_refused",
        "deferred_to",
    ):
        assert cue_words(name)
    assert cue("span_to_now").match("过去")
    assert "决定向" in cue_words("intends") and "削减" in cue_words("future_verbs")
    assert cue("among_them").match("其中包括") and "希望" in cue_words("intends")


# ---- not an event: a line of a life summed up ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "张某的职业生涯里，某某队一度成为联赛最强的球队。",
        "31岁，王某加入一家基金公司并出任合伙人。",
        "2001年至2004年，李某连续4年获得全国优秀教师奖。",
    ],
)
def test_a_career_line_is_no_event(steps, text: str) -> None:
    kinds = {e.news_type for e in events(steps, text)}
    assert not kinds & {"竞赛行为-夺冠", "组织关系-加盟", "产品行为-获奖"}, kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2004年，李某获得全国优秀教师奖。", "产品行为-获奖"),
        ("本赛季，张某第三次获得全国优秀教师奖。", "产品行为-获奖"),
        ("2016年，林某随某某队拿下他职业生涯中首个联赛冠军。", "竞赛行为-夺冠"),
        ("张某第9次晋级温网女单4强。", "竞赛行为-晋级"),
        ("3月5日，王某正式加入红杉资本担任合伙人。", "组织关系-加盟"),
    ],
)
def test_a_win_or_a_move_told_as_news_stays(steps, text: str, kind: str) -> None:
    assert kind in {e.news_type for e in events(steps, text)}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("某公司根据相关法律规定对刘某提起诉讼。", "asserted"),
        ("某公司向车主提供了事故数据，并公开道歉。", "asserted"),
        ("根据刘某提供的起诉状显示，他已起诉某公司。", "reported"),
        ("据了解，刘某已起诉某公司。", "reported"),
    ],
)
def test_data_evidence_and_law_report_nothing(steps, text: str, modality: str) -> None:
    evs = [e for e in events(steps, text) if e.news_type or e.type]
    assert evs, text
    assert {e.modality for e in evs} == {modality}, [(e.trigger, e.modality) for e in evs]


# ---- not an event: figures of speech and page furniture ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "某大学校长毕业演讲燃爆全场：青春无悔。",
        "他给女友写过许多甜到爆炸的情书。",
        "某车手坠机离世更新至2023年4月2日 18:30",
    ],
)
def test_figures_and_page_stamps_are_no_events(steps, text: str) -> None:
    kinds = {e.news_type for e in events(steps, text)}
    assert not kinds & {"灾害/意外-爆炸", "灾害/意外-坠机", "人生-死亡"}, kinds


def test_a_gas_blast_is_an_explosion(steps) -> None:
    news(events(steps, "昨日，某小区一处煤气罐发生燃爆，造成2人受伤。"), "灾害/意外-爆炸")


@pytest.mark.parametrize(
    "text",
    [
        "两人离婚五年后，前妻仍不时向他借钱。",
        "女儿去世半年后，她也被查出患有重病。",
    ],
)
def test_a_time_counted_from_an_act_frames_another(steps, text: str) -> None:
    kinds = {e.news_type for e in events(steps, text)}
    assert not kinds & {"人生-离婚", "人生-死亡"}, kinds


def test_a_wish_is_a_plan(steps) -> None:
    e = news(events(steps, "当时李明表示，想给未婚妻一场最隆重的婚礼。"), "人生-婚礼")
    assert e.status == "planned"
    e = news(events(steps, "李明和王芳上个月举行了婚礼。"), "人生-婚礼")
    assert e.status == "occurred"


def test_a_notice_named_for_the_act_dates_it(steps) -> None:
    text = "2022年3月5日，某县公安局《不予立案通知书》称，经审查认为无犯罪事实，决定不予立案。"
    e = news(events(steps, text), "司法行为-立案")
    # (the notice tells the refusal: the police's own paper is the act, told as fact - asserted,
    # as news-dev's 《刑事复议决定书》称…决定维持原决定 is)
    assert e.date == "2022-03-05" and e.modality == "asserted"
    # a notice of another act gives no day to this one
    text = "2022年3月5日，某县公安局出具《情况说明》称，经审查认为无犯罪事实，决定不予立案。"
    e = news(events(steps, text), "司法行为-立案")
    assert e.date is None


def test_a_guess_and_a_setting_about_go_on_into_the_clause_after(steps) -> None:
    # 可能会…，甚至…: the guess (and the future it holds) goes on into a clause with no subject
    e = news(
        events(steps, "有消息说，歌手周某可能会在年底举办告别演出，甚至退出所在的组合。"),
        "组织关系-退出",
    )
    assert (e.status, e.modality) == ("planned", "uncertain")
    # 着手…起诉: the suit set about, not filed
    e = news(events(steps, "果农孙某着手向法院起诉这家化肥厂。"), "司法行为-起诉")
    assert e.status == "planned"
    # control: a clause of its own after a clause told as done
    e = news(events(steps, "歌手周某上月举办了告别演出，并退出所在的组合。"), "组织关系-退出")
    assert (e.status, e.modality) == ("occurred", "asserted")


def test_a_hedge_on_the_cause_or_the_kind_leaves_the_act_told(steps) -> None:
    # 可能因…: the cause is guessed, the crash told
    e = news(events(steps, "当地官员说，那架运输机可能因结冰坠毁。"), "灾害/意外-坠机")
    assert e.modality != "uncertain"
    # 一起疑似…事故: what kind of accident is guessed, not whether there was one
    e = news(events(steps, "前天傍晚，滨江路发生了一起疑似货车制动失效事故。"), "灾害/意外-车祸")
    assert e.modality == "asserted"
    # control: the act itself guessed
    e = news(events(steps, "当地官员说，飞行员王某驾驶的运输机可能已经坠毁。"), "灾害/意外-坠机")
    assert e.modality == "uncertain"
    # control (review 7-2 A5): a hedge before the cause governs the act too where the sentence
    # says the act is still unconfirmed
    text = "据邻居透露，开小卖部的邝某可能因涉嫌售假被警方拘留，警方尚未回应。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert e.modality == "uncertain", (e.modality, e.trigger)
    text = "货车司机侯某疑似因疲劳驾驶撞伤一名骑车人，交警部门正在核实相关情况。"
    e = news(events(steps, text), "灾害/意外-车祸")
    assert e.modality == "uncertain", (e.modality, e.trigger)


def test_a_guess_goes_on_only_through_a_joiner_that_carries_it(steps) -> None:
    # review 7-1 A1: 可能…，随后/并…: the next clause tells its own act, not the guess
    e = news(events(steps, "警方怀疑李某可能藏有毒品，随后将其抓获。"), "司法行为-拘捕")
    assert (e.status, e.modality) == ("occurred", "asserted")
    e = news(events(steps, "刘某说自己可能被骗了，随后向警方报案并起诉了对方。"), "司法行为-起诉")
    assert e.modality == "asserted"
    # 不可能 is no guess
    e = news(events(steps, "张某认为对方不可能还钱，甚至起诉了对方。"), "司法行为-起诉")
    assert e.modality == "asserted"
    # control: 甚至 carries it
    e = news(events(steps, "据传该乐队或许会解散，甚至起诉原经纪公司。"), "司法行为-起诉")
    assert e.modality == "uncertain"


def test_a_setting_about_told_as_done_is_no_plan(steps) -> None:
    # review 7-1 A2: 着手…后…了, 已经着手: begun or done, not planned
    e = news(events(steps, "王某着手收集证据后起诉了这家公司。"), "司法行为-起诉")
    assert e.status == "occurred"
    e = news(events(steps, "张某已经着手起诉这家公司，法院已受理。"), "司法行为-起诉")
    assert e.status == "occurred"


def test_any_guess_before_hui_is_a_guessed_future(steps) -> None:
    # review 7-1 D1: the guessed future is built from the one news_cues guesses list - 或许会,
    # 也许会 as well as 可能会 - so 甚至 carries a plan, not a done act
    e = news(events(steps, "据传该球星或许会离开球队，甚至起诉俱乐部。"), "司法行为-起诉")
    assert (e.status, e.modality) == ("planned", "uncertain")


def test_a_guessed_future_in_the_trigger_s_own_clause_is_planned(steps) -> None:
    e = news(events(steps, "歌手陈默可能会道歉。"), "交往-道歉")
    assert (e.status, e.modality) == ("planned", "uncertain")
    e = news(events(steps, "歌手陈默可能已经道歉了。"), "交往-道歉")
    assert (e.status, e.modality) == ("occurred", "uncertain")


def test_an_act_counted_down_to_is_planned(steps) -> None:
    e = news(events(steps, "青禾物业一案开庭进入最后倒计时。"), "司法行为-开庭")
    assert e.status == "planned"
    e = news(events(steps, "青禾物业一案昨日开庭。"), "司法行为-开庭")
    assert e.status == "occurred"


# ---- announced steps, rhetorical questions, charges called false, sources ------------------------
def test_a_step_announced_with_bing_hui_is_planned(steps) -> None:
    text = "某出版集团宣布因连年亏损，决定自下月起停办旗下一份周刊，并会裁减八十余名编辑。"
    assert news(events(steps, text), "组织关系-裁员").status == "planned"
    text = "某出版集团上月停办旗下一份周刊，并裁减了八十余名编辑。"  # control: done
    assert news(events(steps, text), "组织关系-裁员").status == "occurred"


def test_a_rhetorical_question_affirms_the_act(steps) -> None:
    text = "网友都说她人脉广，可比她更红的演员周某，还不是没过几天便遭刑事拘留了。"
    assert news(events(steps, text), "司法行为-拘捕").modality == "asserted"
    text = "演员周某至今没有被警方刑事拘留。"  # control: a plain negation
    assert news(events(steps, text), "司法行为-拘捕").modality == "negated"


def test_a_charge_called_false_is_still_made(steps) -> None:
    text = "一名商人对记者称，他是遭捏造指控才被警方拘押的。"
    e = news(events(steps, text), "司法行为-拘捕")
    assert e.modality == "reported"  # his account: the arrest is not denied
    text = "某商人在电视访谈中称，自己从未被警方拘押。"  # control: denied
    assert news(events(steps, text), "司法行为-拘捕").modality == "negated"


def test_an_act_under_negotiation_is_planned(steps) -> None:
    text = "某游戏公司周二称，双方仍在进行收购一家海外工作室的谈判。"
    e = news(events(steps, text), "财经/交易-出售/收购")
    assert e.status == "planned"
    assert not any(a.text.endswith("谈判") for a in e.arguments)
    text = "某游戏公司周二宣布，已完成收购一家海外工作室。"  # control: done
    assert news(events(steps, text), "财经/交易-出售/收购").status == "occurred"


def test_a_plans_after_clause_leads_into_the_step_planned(steps) -> None:
    text = "谈到下一步，陈先生打算回到杭州后，与该商场的负责人进行面谈。"
    assert news(events(steps, text), "交往-会见").status == "planned"
    text = "谈到下一步，陈先生回到杭州后，与该商场的负责人进行了面谈。"  # control: no plan
    assert news(events(steps, text), "交往-会见").status == "occurred"


def test_what_a_complainant_relates_is_reported(steps) -> None:
    text = "一名车主反映，她的面包车在山路下坡时制动失效，酿成交通事故。"
    assert news(events(steps, text), "灾害/意外-车祸").modality == "reported"
    text = "市监局就住户反映的电梯故障问题约谈了某物业公司。"  # control: 反映的 qualifies a noun
    assert news(events(steps, text), "司法行为-约谈").modality == "asserted"


# ---- an act agreed to is not yet done ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("3月2日，原告和被告双方都同意3月9日开庭。", "司法行为-开庭"),
        ("钱某答应向邻居当面道歉。", "交往-道歉"),
    ],
)
def test_an_act_someone_agrees_to_is_planned(steps, text: str, news_type: str) -> None:
    assert news(events(steps, text), news_type).status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "双方同意后，某区法院于3月9日开庭审理此案。",  # the act after the consent
        "法院不同意公开开庭审理这起纠纷。",  # a refusal of the manner: the hearing keeps its status
        "法院未同意公开开庭审理这起纠纷。",
    ],
)
def test_an_act_done_after_or_without_a_consent_keeps_its_status(steps, text: str) -> None:
    assert news(events(steps, text), "司法行为-开庭").status == "occurred"


def test_a_consent_given_before_another_act_leaves_that_act_done(steps) -> None:
    # 答应但…: the consent an act of its own, the trigger's act told as done
    e = one(events(steps, "香港警方答应但要求示威者在十分钟内离开。"), "REQUEST")
    assert e.status == "occurred"


# ---- 模拟, 虚拟: a plan's one character inside a word is no plan -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "某款虚拟偶像游戏昨天已在测试服上线。",  # 拟 of 虚拟
        "某公司的模拟经营游戏已于上周正式上线。",  # 拟 of 模拟
    ],
)
def test_a_plan_character_inside_a_word_plans_nothing(steps, text: str) -> None:
    assert news(events(steps, text), "产品行为-发布").status == "occurred"


def test_jiang_closing_a_word_for_a_player_plans_nothing(steps) -> None:
    # 老将, 小将: a veteran, a young player - no 将 of the future
    assert news(events(steps, "昨天一位老将退出了国家队。"), "组织关系-退出").status == "occurred"


def test_a_plan_character_written_alone_still_plans(steps) -> None:
    assert news(events(steps, "某公司拟推出新款手机。"), "产品行为-发布").status == "planned"


def test_a_plan_word_opening_where_another_word_ends_still_plans(steps) -> None:
    # 两部将要上映: 部将 is a word, but 将要 opens at 将 - the plan it tells
    text = "小编给大家介绍三部将要在国庆节上映的电影。"
    assert news(events(steps, text), "产品行为-上映").status == "planned"


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("某公司宣布，该公司必将裁员三百人。", "组织关系-裁员"),  # 必将: an adverb of the plan
        ("某某公司今年终将被收购。", "财经/交易-出售/收购"),  # 终将
    ],
)
def test_an_adverb_ending_in_jiang_still_plans(steps, text: str, news_type: str) -> None:
    # 必将, 终将 are words of the dictionary ending in 将, but adverbs: the 将 of the plan
    assert news(events(steps, text), news_type).status == "planned"


def test_a_launch_about_to_come_is_planned(steps) -> None:
    # 即将上市: 即将 tells the launch ahead, as before any other launch word (即将发布); it was
    # part of a trigger word, so no plan word stood before the trigger
    assert news(events(steps, "北辰公司的新款手机即将上市。"), "产品行为-发布").status == "planned"
    # control: a launch told as done
    e = news(events(steps, "北辰公司的新款手机已于上周正式上市。"), "产品行为-发布")
    assert e.status == "occurred"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a noun of proposal or plan right after the act word: the act only proposed
        ("英国对埃及的援助提议已被法国拒绝。", "AID"),
        ("英国对埃及的援助计划遭到法国拒绝。", "AID"),
        ("美国宣布对伊朗的制裁方案。", "SANCTION"),
    ],
)
def test_an_act_named_before_a_proposal_noun_is_not_done(steps, text: str, type_: str) -> None:
    assert one(events(steps, text), type_).status == "planned"


def test_a_proposal_refused_in_a_passive_is_a_refusal(steps) -> None:
    # 某国的N提议已被某国拒绝: the proposal noun is what the passive is about, it frames nothing
    e = one(events(steps, "英国对埃及的援助提议已被法国拒绝。"), "REJECT")
    assert {(a.country, a.side) for a in e.actors} == {("FRA", "source"), ("GBR", "target")}


def test_an_act_done_or_asked_for_keeps_its_reading(steps) -> None:
    # controls: aid given; aid asked for is framed by the request, no aid coded
    assert one(events(steps, "英国向埃及提供了援助。"), "AID").status == "occurred"
    evs = events(steps, "俄罗斯呼吁西方向乌克兰提供援助。")
    assert not [e for e in evs if e.type == "AID"], [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # a plan told carried out (cues.json planned exclude): the act done
        ("英国对埃及的制裁计划已经实施。", "SANCTION", "occurred"),
        ("英国向埃及提供的援助方案已落实。", "AID", "occurred"),
        # control: a plan to be carried out later is still only planned
        ("英国对埃及的制裁计划将于下月实施。", "SANCTION", "planned"),
    ],
)
def test_a_plan_carried_out_is_done(steps, text: str, type_: str, status: str) -> None:
    assert one(events(steps, text), type_).status == status


# ---- an investigation a directive word orders is no event (news_cues directs_body) -------------
@pytest.mark.parametrize(
    "text",
    [
        "法国总统下令对德国展开调查。",
        "美国总统指示商务部调查俄罗斯。",
        "巴西总统责令司法部对阿根廷展开调查。",
        "日本首相指示外务省调查韩国渔船越界一事。",
    ],
)
def test_an_investigation_a_directive_word_orders_is_no_event(steps, text: str) -> None:
    # (gold convention: an order to investigate, given inside a government, has no type; the
    # inquiry itself is not yet done)
    got = [e for e in events(steps, text) if e.type == "ACCUSE"]
    assert got == [], [(e.type, e.quote) for e in got]


@pytest.mark.parametrize(
    "text",
    [
        "美国商务部对俄罗斯展开调查。",
        "日本外务省周五宣布对韩国展开调查。",
        "根据联合国的要求，法国对德国展开调查。",
    ],
)
def test_an_investigation_no_one_orders_stays_done(steps, text: str) -> None:
    # (根据…的要求: at another's request, the investigation is the clause's own act)
    e = one(events(steps, text), "ACCUSE")
    assert e.status == "occurred", (e.status, e.quote)


@pytest.mark.parametrize("text", ["市长下令对该公司立案调查。", "省长下令对涉事企业立案调查。"])
def test_a_case_a_directive_word_orders_opened_is_planned(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-立案")
    assert e.status == "planned", (e.status, e.quote)


@pytest.mark.parametrize(
    "text",
    [
        "市场监管局对涉事企业立案调查。",
        "根据上级的要求，市场监管局对该公司立案调查。",
        "市长下令调查后警方迅速立案。",  # (the order given, then the case opened)
        "警方接到命令之后对该公司立案侦查。",
        "警方经上级授权对该公司立案侦查。",  # (经, 依据: done on another's authority)
        "警方依据法院命令对该公司立案侦查。",
    ],
)
def test_a_case_opened_by_no_order_stays_done(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-立案")
    assert e.status == "occurred", (e.status, e.quote)
