"""Events a reader would not list (dashiji.events.doubt), and the role and date fixes found by
judging samples of coded DTELS events.  Each doubtful use is shown twice: the coder reads an event
there (``doubtful`` lists it with its reason) and the default coder drops it; a plain use of the
same word stays.  Invented sentences, none from a dev set."""

from __future__ import annotations

import pytest
from test_events import annotated, events

from dashiji.events.coder import EventCoder
from dashiji.events.model import Event
from dashiji.normalize import AnalysisView


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def why(steps, coder: EventCoder, text: str, trigger: str) -> list[str]:
    """The reasons the event of ``trigger`` in ``text`` is doubtful (it must be coded)."""
    found = [(e, r) for e, r in coder.doubtful(annotated(steps, [text])) if e.trigger == trigger]
    assert found, [(e.trigger, r) for e, r in coder.doubtful(annotated(steps, [text]))]
    return found[0][1]


def kept(steps, text: str, trigger: str) -> list[Event]:
    return [e for e in events(steps, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("记者调取了李某当年报案的卷宗。", "报案", "nominal_determiner"),
        ("网友得知这次上诉的结果后十分意外。", "上诉", "nominal_determiner"),
        ("和王某一起被张某撞伤的男子是她的同学。", "撞伤", "nominal_relative"),
        ("王某因病离世的事情，网友都知道了。", "离世", "nominal_relative"),
        ("每发生一起车祸，网友都会批评这家公司。", "车祸", "nominal_every"),
        ("消费者可以通过协商、调解、仲裁、诉讼等途径维权。", "诉讼", "nominal_list"),
        ("李某的诉讼没有任何理由。", "诉讼", "nominal_owned"),
        ("王某在庭审过程中多次落泪。", "庭审", "nominal_frame"),
        ("该公司面临被强制出售的命运。", "出售", "prospect"),
        ("让我们为见义勇为的王某点赞。", "点赞", "prospect"),
    ],
)
def test_a_trigger_used_as_a_noun_or_a_prospect_is_doubtful(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    assert reason in why(steps, coder, text, trigger)
    assert not kept(steps, text, trigger)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("10日，某市高速公路发生一起车祸，造成2人受伤。", "车祸"),
        ("美国某州表示，将与其他州一起禁止在政府设备上使用TikTok。", "禁止在政府设备上使用"),
        ("小米10日发布的新手机很受欢迎。", "发布"),
        ("美国商务部将对某应用的禁令推迟至11月12日。", "禁令"),
    ],
)
def test_a_plain_use_of_the_word_stays(steps, coder: EventCoder, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), why(steps, coder, text, trigger)


def test_a_page_notice_and_a_rule_quoted_are_no_events(steps, coder: EventCoder) -> None:
    notice = "网友评论：本文为作者上传并发布，仅代表该作者观点，不代表本网立场。"
    assert "boilerplate" in why(steps, coder, notice, "发布")
    assert not kept(steps, notice, "发布")
    rule = "《某市实施细则》规定，公安机关可以为搜证而搜查有关地方。"
    assert all("legal_text" in r for e, r in coder.doubtful(annotated(steps, [rule])))


def test_a_day_with_no_year_does_not_date_an_event_of_another_year(steps, coder) -> None:
    text = "4月26日，2031年某市园艺博览会开幕。"
    assert "year_conflict" in why(steps, coder, text, "开幕")


def test_the_same_party_on_both_sides_is_doubtful(steps, coder: EventCoder) -> None:
    text = "曾经起诉美国某公司的一位车主，后来也被美国某公司起诉。"
    reasons = [r for e, r in coder.doubtful(annotated(steps, [text])) if e.type == "ACCUSE"]
    assert all("self_opposed" in r for r in reasons if r)


# ---- roles and dates ----------------------------------------------------------------------------
def test_a_car_owner_is_no_claim(steps) -> None:
    """车主张女士: 主张 (a claim, a demand) is no word of this sentence."""
    (e,) = [e for e in events(steps, "车主张女士被警方拘留。") if e.news_type == "司法行为-拘捕"]
    assert {a.role: a.text for a in e.arguments}["被拘捕者"] == "张女士"


def test_the_news_reading_holds_a_side_the_diplomatic_coder_gave_a_company(steps) -> None:
    evs = events(steps, "河南特斯拉车主张女士被上海警方拘留。")
    e = next(e for e in evs if e.type == "COERCE")
    assert [a.name for a in e.targets] == ["张女士"]


def test_a_quoted_name_before_a_person_qualifies_the_person(steps) -> None:
    e = next(
        e for e in events(steps, "香港警方今早拘捕“某传媒”王大明等7人。") if e.type == "COERCE"
    )
    assert [a.name for a in e.targets] == ["王大明"]


def test_where_it_happens_is_not_who_does_it(steps) -> None:
    evs = events(steps, "女演员李某在韩国某医院产下男婴。")
    e = next(e for e in evs if e.news_type == "人生-产子/女")
    assert {a.role: a.text for a in e.arguments}.get("产子者") == "李某"


def test_an_intention_with_its_object_between_is_not_done(steps) -> None:
    assert not kept(steps, "王女士表示会就两起败诉案件上诉。", "上诉")
    assert kept(steps, "王女士已就两起败诉案件上诉。", "上诉")


def test_a_demand_far_into_its_clause_is_not_done(steps) -> None:
    text = "原告提出诉讼请求，包括要求立即停止侵权行为、删除所有侵权内容、向原告赔礼道歉。"
    assert not [e for e in events(steps, text) if e.news_type == "交往-道歉"]


def test_a_second_trigger_in_another_clause_lends_no_date(steps) -> None:
    text = "律政司随即向终审法院提出上诉，终院于12月31日批准其上诉许可。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    assert evs and all(e.date is None for e in evs)


def test_a_term_of_years_and_months_is_one_term(steps) -> None:
    e = next(e for e in events(steps, "法院判处郭某有期徒刑两年六个月。") if e.news_type)
    assert {a.role: a.text for a in e.arguments}.get("刑期") == "两年六个月"


def test_responsibility_for_an_accident_is_no_accident(steps) -> None:
    assert not [e for e in events(steps, "交警认定张先生负事故全责。") if e.news_type]


def test_a_word_holding_its_own_cue_needs_one_outside_it(steps) -> None:
    """翻车 holds 车: slang for a public failure unless a vehicle or a road stands beside it."""
    assert not kept(steps, "此次事件让人想起另一对明星夫妻的翻车。", "翻车")
    assert kept(steps, "一辆大巴在高速上翻车。", "翻车")


def test_what_did_not_happen_takes_no_date_from_another_clause(steps) -> None:
    evs = events(steps, "2021年9月，某公司曾起诉张某侵犯其名誉权，但该案一直未开庭。")
    trial = next(e for e in evs if e.news_type == "司法行为-开庭")
    assert trial.modality == "negated" and trial.date is None


def test_a_question_at_a_press_conference_states_no_event(steps, coder: EventCoder) -> None:
    text = "问：某国外交部就某国警方逮捕王某发表声明，中方对此有何评论？"
    assert all("asked" in r for e, r in coder.doubtful(annotated(steps, [text])))
    assert not events(steps, text)


def test_a_detention_centre_is_no_detention(steps) -> None:
    assert not kept(steps, "王某12日早间离开收押所，由囚车押送到法院。", "收押")


def test_the_case_named_with_this_is_told_before(steps, coder: EventCoder) -> None:
    text = "该诉讼旨在阻止美国总统实施其禁止个人、公司和团体使用微信的总统令。"
    assert "nominal_determiner" in why(steps, coder, text, "诉讼")


def test_a_quotation_that_qualifies_a_noun_states_no_event(steps, coder: EventCoder) -> None:
    text = "王某在采访中自称“因捏造出来的指控被捕”的说法，非常不正确。"
    assert "quoted_phrase" in why(steps, coder, text, "被捕")
    assert not kept(steps, text, "被捕")
    assert kept(steps, "王某在采访中说：“我因捏造出来的指控被捕。”", "被捕")


def test_what_was_done_before_told_in_a_relative_clause_is_doubtful(steps, coder) -> None:
    text = "今次判刑的还有已宣布解散的组织的前副主席王某。"
    assert "nominal_relative" in why(steps, coder, text, "宣布解散")
    assert kept(steps, text, "判刑")  # 今次判刑的还有王某: he was sentenced too


def test_an_act_heading_a_proposal_or_its_many_details_is_told_in_passing(steps, coder) -> None:
    # a quantifier may stand between 的 and the head noun; a proposal names no act done
    text = "至今，那架直升机坠机的种种细节仍未公开。"
    assert "nominal_relative" in why(steps, coder, text, "坠机")
    text = "据悉，出售旗下酒店的提议已提交董事会。"
    assert "nominal_relative" in why(steps, coder, text, "出售")
    text = "消息人士称，强行出售的提议遭到了公司的拒绝。"
    assert "nominal_relative" in why(steps, coder, text, "出售")
    assert kept(steps, "上月，某集团出售了旗下的酒店。", "出售")  # (the act itself is kept)


def test_what_would_follow_a_condition_or_is_bound_to_come_is_not_done(steps, coder) -> None:
    text = "某前官员表示，只有离开澳门，他才可以继续在海外攻击美国。"
    assert "condition" in why(steps, coder, text, "攻击")
    text = "有律师表示，警方已掌握王某的证据，起诉只是时间问题。"
    assert "prospect" in why(steps, coder, text, "起诉")
    # (只有 as "only" opens no condition; 直到…才 tells when it was done)
    assert kept(steps, "由于只有一名证人，法院直到昨天才判决王某入狱。", "判决")
    assert kept(steps, "有律师表示，检方已于昨日起诉王某。", "起诉")


def test_a_deed_told_as_done_far_past_the_article_date_keeps_its_written_date(steps) -> None:
    """The reference date of these tests is 2025-10-20: a charge told as done in 2027 means the
    article's date is wrong, not the charge's (it is done, on its written day); one three weeks
    ahead is planned."""
    (d,) = kept(steps, "2027年5月21日，郭某被某区人民检察院起诉。", "检察院起诉")
    assert (d.date, d.status) == ("2027-05-21", "occurred")
    (e,) = kept(steps, "11月10日，郭某被某区人民检察院起诉。", "检察院起诉")
    assert e.status == "planned"


def test_a_court_rules_on_the_person_told_before(steps) -> None:
    text = "据港媒报道，王大明涉及一起非法集结案，被控组织未经批准集结罪，香港法庭4月1日裁定罪成。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert [a.name for a in e.targets] == ["王大明"] and e.date == "2025-04-01"


def test_a_negation_before_the_object_negates(steps) -> None:
    (e,) = kept(steps, "检方认定不构成犯罪，未对嫌疑人提出逮捕。", "逮捕")
    assert e.modality == "negated"
    (e,) = kept(steps, "犯罪嫌疑人王某不予批捕。", "批捕")
    assert e.modality == "negated"


def test_an_apology_a_court_orders_is_not_made(steps) -> None:
    text = "法院作出一审判决，认定西安李女士名誉侵权责任成立，须向特斯拉公开赔礼道歉。"
    assert not [e for e in events(steps, text) if e.type == "CONCEDE" or e.news_type == "交往-道歉"]


def test_a_kind_of_people_is_no_participant(steps, coder: EventCoder) -> None:
    assert "class_only" in why(steps, coder, "主流车企纷纷推出使用碳化硅的新车型。", "推出")


def test_an_outlet_among_the_actors_makes_the_event_doubtful() -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import EventActor

    text = "据美联社报道，王某已经和某公司达成和解。"
    t0 = text.index("和解")
    e = Event(
        doc="d", type="AGREE", mode=None, cameo="037", goldstein=None, quad_class=None,
        actors=[EventActor("美联社", cameo="USAMED", country="USA", side="source")],
        sentence=text, start=0, end=len(text), trigger="和解", trigger_start=t0,
        trigger_end=t0 + 2,
    )  # fmt: skip
    assert "media_actor" in doubts(e, AnalysisView(text, text), [])
    e.actors = [EventActor("王某", side="source")]
    assert doubts(e, AnalysisView(text, text), []) == []


def test_a_line_with_no_full_stop_deep_in_an_article_is_a_heading(steps, coder) -> None:
    body = [
        "某市法院10日开庭审理了王某诈骗一案。",
        "王某当庭认罪。",
        "法院将择期宣判。",
        "相关阅读",
        "某地一男子驾车撞人被刑拘",
    ]
    doc = annotated(steps, body)
    found = [(e.trigger, r) for e, r in coder.doubtful(doc)]
    assert any(t == "被刑拘" and "headline_like" in r for t, r in found), found
    assert not [e for e in coder.code(doc) if e.trigger == "被刑拘"]
    assert [e for e in events(steps, "某地一男子驾车撞人被刑拘") if e.trigger == "被刑拘"]


def test_a_ruling_on_no_one_is_doubtful(steps, coder: EventCoder) -> None:
    text = "5月26日，北京市海淀区人民法院作出一审判决，驳回了原告的诉讼请求。"
    found = [r for e, r in coder.doubtful(annotated(steps, [text])) if e.cameo == "172"]
    assert found and all("no_one_ruled" in r for r in found)


def test_a_trial_from_a_day_on_is_dated_by_that_day_not_by_the_offence(steps) -> None:
    text = (
        "据报道，因涉嫌于2019年8月18日组织未经批准集结，"
        "王某及李某共9人将于11月16日起在区域法院受审。"
    )
    e = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert e.date == "2025-11-16" and e.status == "planned"
    # the ones tried are acted on (a co-defendant joined to the first takes its side)
    assert [a.name for a in e.targets] == ["王某", "李某"]


def test_a_coercion_by_a_person_with_no_office_is_doubtful(steps) -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import EventActor

    text = "郭某被判2年6个月；判处被告人汪某有期徒刑7个月。"
    t0 = text.index("判处")
    e = Event(
        doc="d", type="COERCE", mode=None, cameo="173", goldstein=None, quad_class=None,
        actors=[EventActor("郭某", country="CHN", cameo="CHN", side="source"),
                EventActor("汪某", country="CHN", cameo="CHN", side="target")],
        sentence=text, start=0, end=len(text), trigger="判处", trigger_start=t0,
        trigger_end=t0 + 2,
    )  # fmt: skip
    assert "private_coercer" in doubts(e, AnalysisView(text, text), [])
    e.actors[0] = EventActor("上海铁路运输法院", country="CHN", side="source")
    assert "private_coercer" not in doubts(e, AnalysisView(text, text), [])
    police = "7月14日，王某等人因涉嫌赌博罪被北京市公安局东城分局依法刑事拘留。"
    assert [e for e in events(steps, police) if e.type == "COERCE"]


def test_what_is_told_or_done_by_someone_unnamed_takes_no_earlier_subject(steps) -> None:
    text = "5月29日21时45分许，南京公安110接群众报警，称秦淮区有人驾车撞人并持刀捅人。"
    for e in events(steps, text):
        assert "群众" not in [a.text for a in e.arguments if a.role == "袭击者"], e
    text = "就因为前夫的频繁骚扰，影响了她的事业，导致她离职。"
    assert not [a for e in events(steps, text) for a in e.arguments if a.role == "离职者"]


def test_a_day_counted_from_an_event_frames_another(steps, coder: EventCoder) -> None:
    text = "不幸的是，父亲在女儿去世40天后被诊断患有食道癌。"
    assert "nominal_frame" in why(steps, coder, text, "去世")


def test_an_apology_a_judgment_says_is_due_is_not_made(steps) -> None:
    text = "法院判决被告某公司侵犯了原告张女士的名誉权，应当消除影响、赔礼道歉。"
    assert not [e for e in events(steps, text) if e.news_type == "交往-道歉"]


def test_owners_named_by_an_accident_are_no_accident(steps) -> None:
    assert not [e for e in events(steps, "事故车主或亲属找到她，向她寻求经验。") if e.news_type]


def test_a_case_won_is_no_contest(steps, coder: EventCoder) -> None:
    text = "科比遗孀瓦妮莎在照片泄露案件中获胜，洛杉矶县需赔偿1600万美元。"
    assert "legal_contest" in why(steps, coder, text, "获胜")
    assert not kept(steps, text, "获胜")


def test_slimming_is_a_layoff_only_beside_a_company(steps) -> None:
    assert not kept(steps, "王某经过瘦身整容，继续活跃于直播平台。", "瘦身")
    assert kept(steps, "某公司宣布瘦身，裁减员工300人。", "瘦身")


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("“希望某公司以及陶女士，就不实言论公开道歉，澄清事实真相。”", "公开道歉", "wish"),
        (
            "2020年8月6日，时任美国总统特朗普以微信和TikTok威胁美国国家安全为由，对其颁布禁令。",
            "威胁",
            "pretext",
        ),
        ("中国外交部发言人曾就微信禁令回应称，有关企业遵守美国法律法规。", "禁令", "nominal_topic"),
        ("庭审结束后，法院将择期宣判。", "庭审", "nominal_frame"),
        ("两年前被抓获的犯罪嫌疑人，却被放了。", "被抓获", "nominal_relative"),
    ],
)
def test_a_wish_a_pretext_a_topic_a_frame_are_no_events(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    assert reason in why(steps, coder, text, trigger)
    assert not kept(steps, text, trigger)


def test_running_someone_down_and_crushing_her_is_an_attack_a_collision_is_not(steps) -> None:
    text = "5月29日晚，吉某在南京新街口驾驶一辆白色轿车撞倒一名女子，并对其反复碾压。"
    assert [e for e in events(steps, text) if e.news_type == "灾害/意外-袭击"]
    text = "犯罪嫌疑人驾车逆向行驶，与车辆发生正面碰撞，吉某某下车持刀将邱某某捅伤。"
    (crash,) = kept(steps, text, "碰撞")
    assert crash.news_type == "灾害/意外-车祸"


def test_more_uses_that_state_no_event(steps, coder: EventCoder) -> None:
    assert "nominal_determiner" in why(steps, coder, "这些起诉要求似乎也很符合朱某的形象。", "起诉")
    text = "最后，让我们向王某致敬，感谢他为我们树立了一个榜样。"
    assert "exhorted" in why(steps, coder, text, "感谢")
    assert not kept(steps, text, "感谢")
    # 通报+案件 holds no 报案; an order issued is no product
    assert not events(steps, "警方控制了犯罪嫌疑人，并召开新闻发布会，通报案件情况。")
    assert not [e for e in events(steps, "特朗普也对微信发布了类似命令。") if e.news_type]


def test_a_pronoun_alone_is_no_participant() -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import Argument, EventActor
    from dashiji.events.news import NEWS_EXTRACTOR

    text = "王某发布视频称“尽力了，她回去了，感谢大家”。"
    t0 = text.index("感谢")
    e = Event(
        doc="d", type=None, mode=None, cameo=None, goldstein=None, quad_class=None,
        actors=[EventActor("她")], arguments=[Argument("致谢人", "她")],
        sentence=text, start=0, end=len(text), trigger="感谢", trigger_start=t0,
        trigger_end=t0 + 2, extractor=NEWS_EXTRACTOR, news_type="交往-感谢",
    )  # fmt: skip
    assert "pronoun_only" in doubts(e, AnalysisView(text, text), [])
