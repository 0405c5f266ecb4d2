"""Events a reader would not list (dashiji.events.doubt), and the role and date fixes found by
judging samples of coded DTELS events.  Each doubtful use is shown twice: the coder reads an event
there (``doubtful`` lists it with its reason) and the default coder drops it; a plain use of the
same word stays.  Invented sentences, none from a dev set."""

from __future__ import annotations

import pytest
from test_events import annotated, events

from dashiji.events.coder import EventCoder, code_events
from dashiji.events.model import Event
from dashiji.model import Article, Block, Document, Raw, content_id
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


def doubted(steps, coder: EventCoder, text: str, trigger: str, reason: str) -> None:
    """``trigger`` in ``text`` is doubtful for ``reason``; the default coder drops it."""
    assert reason in why(steps, coder, text, trigger)
    assert not kept(steps, text, trigger)


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("律师调取了李某当年报案的笔录。", "报案", "nominal_determiner"),
        ("网友读到这次上诉的结果后十分意外。", "上诉", "nominal_determiner"),
        ("和王某一起被张某撞伤的老人是她的邻居。", "撞伤", "nominal_relative"),
        ("王某因病离世的事情，网友都知道了。", "离世", "nominal_relative"),
        ("每发生一起车祸，网友都会批评这家公司。", "车祸", "nominal_every"),
        ("消费者可以通过协商、调解、仲裁、诉讼等途径维权。", "诉讼", "nominal_list"),
        ("李某的诉讼没有任何理由。", "诉讼", "nominal_owned"),
        # (王某在庭审过程中多次落泪: 庭审 of no object before 过程 is no event at all now -
        # news_cues modified_nouns; an act on someone in the frame is still coded, doubtfully)
        ("民警在抓捕过程中多次受伤。", "抓捕", "nominal_frame"),
        ("该公司面临被强制出售的命运。", "出售", "prospect"),
        ("让我们为见义勇为的王某点赞。", "点赞", "prospect"),
    ],
)
def test_a_trigger_used_as_a_noun_or_a_prospect_is_doubtful(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger, kind",
    [
        ("歌手周某与妻子离婚的消息昨天登上热搜。", "离婚", "人生-离婚"),
        ("老将孙某宣布退役的消息让球迷十分惋惜。", "宣布退役", "竞赛行为-退役"),
        ("女星郑某与男友结婚的新闻刷屏了。", "结婚", "人生-结婚"),
    ],
)
def test_the_news_of_an_act_tells_the_act(steps, text: str, trigger: str, kind: str) -> None:
    # 某人离婚的消息: the news of the act (news_cues news_of_act_heads) tells it, no noun the
    # act qualifies in passing
    (e,) = kept(steps, text, trigger)
    assert e.news_type == kind and e.modality == "asserted", (e.news_type, e.modality)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("经纪公司否认了歌手周某离婚的消息。", "离婚"),
        # the news said false (news_cues rumour_after): no act told as done
        ("歌手周某结婚的消息是假的。", "结婚"),
        ("歌手周某离婚的消息被证实是假的。", "离婚"),
        ("歌手周某离婚的新闻纯属虚构。", "离婚"),
    ],
)
def test_the_news_of_an_act_denied_is_negated(steps, text: str, trigger: str) -> None:
    (e,) = kept(steps, text, trigger)
    assert e.modality == "negated", (text, e.modality)


def test_a_matter_or_a_photo_of_an_act_stays_a_noun(steps) -> None:
    # controls: 的事情, 的照片 name a matter or a photo, not the news of the act
    assert not kept(steps, "网友都在谈论王某离婚的事情。", "离婚")
    # the news of an act with 后 after it frames a time: background, as 去世后
    assert not kept(steps, "听闻歌手周某去世的消息后，粉丝纷纷悼念。", "去世")
    assert not kept(steps, "得知歌手周某离婚的消息当天，他正在外地开会。", "离婚")  # (当天, too)
    assert not kept(steps, "记者翻出了两人结婚的照片。", "结婚")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("10日，某市高速公路发生一起车祸，造成2人受伤。", "车祸"),
        ("美国某州表示，将与另外两个州一同禁止在办公电脑上使用某游戏。", "禁止在办公电脑上使用"),
        ("小米10日发布的新手机很受欢迎。", "发布"),
        ("美国商务部将对某应用的禁令推迟至11月12日。", "禁令"),
    ],
)
def test_a_plain_use_of_the_word_stays(steps, coder: EventCoder, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), why(steps, coder, text, trigger)


def test_a_page_notice_and_a_rule_quoted_are_no_events(steps, coder: EventCoder) -> None:
    notice = "本文由用户自行上传并发布，仅代表该作者观点，与本站无关。"
    doubted(steps, coder, notice, "发布", "boilerplate")
    rule = "《某县管理办法》规定，执法人员可以为取证而检查相关场所。"
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
    (e,) = [e for e in events(steps, "车主张女士被交警扣留。") if e.news_type == "司法行为-拘捕"]
    assert {a.role: a.text for a in e.arguments}["被拘捕者"] == "张女士"


def test_the_news_reading_holds_a_side_the_diplomatic_coder_gave_a_company(steps) -> None:
    evs = events(steps, "湖北比亚迪车主刘女士被武汉警方拘留。")
    e = next(e for e in evs if e.type == "COERCE")
    assert [a.name for a in e.targets] == ["刘女士"]


def test_a_quoted_name_before_a_person_qualifies_the_person(steps) -> None:
    e = next(
        e for e in events(steps, "香港警方今早拘捕“某传媒”王大明等7人。") if e.type == "COERCE"
    )
    assert [a.name for a in e.targets] == ["王大明"]


def test_where_it_happens_is_not_who_does_it(steps) -> None:
    evs = events(steps, "女歌手李某在日本一家诊所产下女婴。")
    e = next(e for e in evs if e.news_type == "人生-产子/女")
    assert {a.role: a.text for a in e.arguments}.get("产子者") == "李某"


def test_an_intention_with_its_object_between_is_planned(steps) -> None:
    assert [e.status for e in kept(steps, "王女士表示会就三宗被驳回的索赔上诉。", "上诉")] == [
        "planned"
    ]
    assert kept(steps, "王女士已就三宗被驳回的索赔上诉。", "上诉")


def test_a_demand_far_into_its_clause_is_not_done(steps) -> None:
    text = "原告列出诉讼请求，包括要求马上停止销售仿冒品、召回已售商品、向原告赔礼道歉。"
    assert not [e for e in events(steps, text) if e.news_type == "交往-道歉"]


def test_a_second_trigger_in_another_clause_lends_no_date(steps) -> None:
    text = "检方随后向高等法院提出上诉，高院于3月9日批准其上诉申请。"
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    assert evs and all(e.date is None for e in evs)


def test_a_term_of_years_and_months_is_one_term(steps) -> None:
    e = next(e for e in events(steps, "法院判处郭某有期徒刑三年四个月。") if e.news_type)
    assert {a.role: a.text for a in e.arguments}.get("刑期") == "三年四个月"


def test_responsibility_for_an_accident_is_no_accident(steps) -> None:
    assert not [e for e in events(steps, "交警认定张先生负事故全责。") if e.news_type]


def test_a_word_holding_its_own_cue_needs_one_outside_it(steps) -> None:
    """翻车 holds 车: slang for a public failure unless a vehicle or a road stands beside it."""
    assert not kept(steps, "这件事让网友想起另一位网红的翻车。", "翻车")
    assert kept(steps, "一辆大巴在高速上翻车。", "翻车")


def test_what_did_not_happen_takes_no_date_from_another_clause(steps) -> None:
    evs = events(steps, "2022年3月，某商场曾起诉张某拖欠租金，可此案至今没有开庭。")
    trial = next(e for e in evs if e.news_type == "司法行为-开庭")
    assert trial.modality == "negated" and trial.date is None


def test_a_question_at_a_press_conference_states_no_event(steps, coder: EventCoder) -> None:
    text = "问：某国政府就邻国扣押其渔民一事表态，中方如何看待？"
    assert all("asked" in r for e, r in coder.doubtful(annotated(steps, [text])))
    assert not events(steps, text)


def test_a_detention_centre_is_no_detention(steps) -> None:
    assert not kept(steps, "王某3日上午离开收押所，被警车送往法院。", "收押")


def test_the_case_named_with_this_is_told_before(steps, coder: EventCoder) -> None:
    text = "该诉讼意在阻止州政府执行其禁止餐馆使用一次性餐具的命令。"
    assert "nominal_determiner" in why(steps, coder, text, "诉讼")


def test_a_quotation_that_qualifies_a_noun_states_no_event(steps, coder: EventCoder) -> None:
    text = "王某在节目中所谓“因莫须有的罪名被捕”的说法，完全站不住脚。"
    doubted(steps, coder, text, "被捕", "quoted_phrase")
    assert kept(steps, "王某在节目中说：“我因莫须有的罪名被捕。”", "被捕")


def test_what_was_done_before_told_in_a_relative_clause_is_doubtful(steps, coder) -> None:
    text = "今次判刑的还有先前已宣布解散的社团的前秘书长王某。"
    assert "nominal_relative" in why(steps, coder, text, "宣布解散")
    assert kept(steps, text, "判刑")  # 今次判刑的还有王某: he was sentenced too


def test_an_act_heading_a_proposal_or_its_many_details_is_told_in_passing(steps, coder) -> None:
    # a quantifier may stand between 的 and the head noun; a proposal names no act done
    text = "至今，那架小飞机坠机的诸多细节仍未公开。"
    assert "nominal_relative" in why(steps, coder, text, "坠机")
    text = "据悉，出售旗下酒店的提议已提交董事会。"
    assert "nominal_relative" in why(steps, coder, text, "出售")
    text = "消息人士称，强行出售的提议遭到了公司的拒绝。"
    assert "nominal_relative" in why(steps, coder, text, "出售")
    assert kept(steps, "上月，某集团出售了旗下的酒店。", "出售")  # (the act itself is kept)


def test_what_would_follow_a_condition_or_is_bound_to_come_is_not_done(steps, coder) -> None:
    text = "某前官员表示，只有离开台湾，他才能继续在海外攻击日本。"
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
    (d,) = kept(steps, "2027年5月21日，郭某被某区人民检察院起诉。", "起诉")
    assert (d.date, d.status) == ("2027-05-21", "occurred")
    (e,) = kept(steps, "11月10日，郭某被某区人民检察院起诉。", "起诉")
    assert e.status == "planned"


def test_a_court_rules_on_the_person_told_before(steps) -> None:
    text = "港媒称，王大明卷入一宗纵火案，被控纵火罪，香港法庭4月1日裁定罪成。"
    e = next(e for e in events(steps, text) if e.type == "COERCE")
    assert [a.name for a in e.targets] == ["王大明"] and e.date == "2025-04-01"


def test_a_negation_before_the_object_negates(steps) -> None:
    (e,) = kept(steps, "检察院认为证据不足，未对涉案司机提请逮捕。", "逮捕")
    assert e.modality == "negated"
    (e,) = kept(steps, "犯罪嫌疑人王某不予批捕。", "批捕")
    assert e.modality == "negated"  # no country: no REJECT coded, the arrest not made
    # with one, a refusal to arrest is an act taken, as 不予立案 is (news-dev): REJECT
    (e,) = kept(steps, "北京市检察院对犯罪嫌疑人王某不予批捕。", "批捕")
    assert (e.type, e.modality) == ("REJECT", "asserted")


def test_an_apology_a_court_orders_is_not_made(steps) -> None:
    text = "一审判决认定兰州孙先生诽谤成立，须向某火锅店公开赔礼道歉。"
    assert not [e for e in events(steps, text) if e.type == "CONCEDE" or e.news_type == "交往-道歉"]


def test_a_kind_of_people_is_no_participant(steps, coder: EventCoder) -> None:
    assert "class_only" in why(steps, coder, "各大车企相继推出搭载新芯片的电动车型。", "推出")


def test_an_outlet_among_the_actors_makes_the_event_doubtful() -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import EventActor

    text = "据美联社消息，王某已与某药企和解。"
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
        "法院未当庭宣判。",
        "相关阅读",
        "某地一男子驾车撞人被刑拘",
    ]
    doc = annotated(steps, body)
    found = [(e.trigger, r) for e, r in coder.doubtful(doc)]
    assert any(t == "被刑拘" and "headline_like" in r for t, r in found), found
    assert not [e for e in coder.code(doc) if e.trigger == "被刑拘"]
    assert [e for e in events(steps, "某地一男子驾车撞人被刑拘") if e.trigger == "被刑拘"]


def test_a_line_among_short_headlines_is_doubtful_even_with_a_stop(steps, coder) -> None:
    """A run of short lines, one of them with no stop at all, is a list of other stories'
    headlines: its line that ends with ？ or ！ is one too; a short line between paragraphs and
    a line next to a numbered section heading are the article's own text."""
    body = [
        "东城区一家面包店9日起暂停营业，店主称房租上涨了三成。",
        "多名老顾客到店门口留言，希望面包店换个地方继续开。",
        "青岛一渔船搁浅船员全部获救",
        "夜市一男子醉驾撞伤两人被刑拘！",
        "南湖公园的樱花本周进入盛花期",
    ]
    doc = annotated(steps, body)
    found = [(e.trigger, r) for e, r in coder.doubtful(doc)]
    assert any(t == "被刑拘" and "headline_like" in r for t, r in found), found
    assert not [e for e in coder.code(doc) if e.trigger == "被刑拘"]
    control = [
        "东城区一家面包店9日起暂停营业，店主称房租上涨了三成。",
        "多名老顾客到店门口留言，希望面包店换个地方继续开。",
        "撞伤顾客的司机随后被刑拘！",
        "店主表示，面包店下个月将在隔壁街区重新开张，老顾客的会员卡继续有效。",
    ]
    assert [e for e in coder.code(annotated(steps, control)) if e.trigger == "被刑拘"]
    numbered = [
        "东城区一家面包店9日起暂停营业，店主称房租上涨了三成。",
        "多名老顾客到店门口留言，希望面包店换个地方继续开；店主说会考虑。",
        "3月2日，撞伤顾客的司机被刑拘……",
        "2、面包店的新店址",
    ]
    assert [e for e in coder.code(annotated(steps, numbered)) if e.trigger == "被刑拘"]


def test_the_original_title_notice_runs_over_its_exclamation_marks(steps, coder) -> None:
    """原标题：《…！…！》 is split at its ！: the title's later sentence is the notice too; a
    sentence after the notice's full stop is the article's own."""
    text = "店主说新店下月开张。原标题：《突发！一男子偷走三辆电动车被刑拘！》"
    doc = annotated(steps, [text])
    found = [(e.trigger, r) for e, r in coder.doubtful(doc)]
    assert any(t == "被刑拘" and "boilerplate" in r for t, r in found), found
    assert not [e for e in coder.code(doc) if e.trigger == "被刑拘"]
    control = "原标题：新店开张。一男子偷走三辆电动车后被刑拘！"
    assert [e for e in coder.code(annotated(steps, [control])) if e.trigger == "被刑拘"]


def test_a_ruling_on_no_one_is_doubtful(steps, coder: EventCoder) -> None:
    # (a dismissal of a plaintiff's claims rules on the plaintiff, a verdict on someone; a
    # ruling on a contract's validity is on no one)
    text = "7月3日，南昌市东湖区人民法院一审宣判，认定双方签订的合同有效。"
    found = [r for e, r in coder.doubtful(annotated(steps, [text])) if e.cameo == "172"]
    assert found and all("no_one_ruled" in r for r in found)


def test_a_trial_from_a_day_on_is_dated_by_that_day_not_by_the_offence(steps) -> None:
    text = "据报道，因涉嫌于2018年5月4日聚众斗殴，王某及李某等6人将于11月16日起在区域法院受审。"
    e = next(e for e in events(steps, text) if e.news_type == "司法行为-开庭")
    assert e.date == "2025-11-16" and e.status == "planned"
    # the ones tried are acted on (a co-defendant joined to the first takes its side)
    assert [a.name for a in e.targets] == ["王某", "李某"]


def test_a_coercion_by_a_person_with_no_office_is_doubtful(steps) -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import EventActor

    text = "郭某被判3年4个月；判处被告人孙某有期徒刑9个月。"
    t0 = text.index("判处")
    e = Event(
        doc="d", type="COERCE", mode=None, cameo="173", goldstein=None, quad_class=None,
        actors=[EventActor("郭某", country="CHN", cameo="CHN", side="source"),
                EventActor("孙某", country="CHN", cameo="CHN", side="target")],
        sentence=text, start=0, end=len(text), trigger="判处", trigger_start=t0,
        trigger_end=t0 + 2,
    )  # fmt: skip
    assert "private_coercer" in doubts(e, AnalysisView(text, text), [])
    e.actors[0] = EventActor("某区人民法院", country="CHN", side="source")
    assert "private_coercer" not in doubts(e, AnalysisView(text, text), [])
    police = "9月2日，王某等人因涉嫌非法经营被杭州市公安局西湖分局依法刑事拘留。"
    assert [e for e in events(steps, police) if e.type == "COERCE"]


def test_what_is_told_or_done_by_someone_unnamed_takes_no_earlier_subject(steps) -> None:
    text = "6月3日22时10分许，某市公安局接群众报警，称某小区有人持棍打人并砸毁车辆。"
    for e in events(steps, text):
        assert "群众" not in [a.text for a in e.arguments if a.role == "袭击者"], e
    text = "正是因为上司的长期刁难，让她身心俱疲，导致她离职。"
    assert not [a for e in events(steps, text) for a in e.arguments if a.role == "离职者"]


def test_a_day_counted_from_an_event_frames_another(steps, coder: EventCoder) -> None:
    text = "令人难过的是，母亲在儿子去世半年后也查出了肺病。"
    assert "nominal_frame" in why(steps, coder, text, "去世")


def test_an_apology_a_judgment_says_is_due_is_not_made(steps) -> None:
    text = "法院判定被告某商场侵犯了原告刘先生的肖像权，须停止使用并赔礼道歉。"
    assert not [e for e in events(steps, text) if e.news_type == "交往-道歉"]


def test_owners_named_by_an_accident_are_no_accident(steps) -> None:
    assert not [e for e in events(steps, "事故伤者或家属常找她请教维权办法。") if e.news_type]


def test_a_case_won_is_no_contest(steps, coder: EventCoder) -> None:
    text = "某球员遗孀在隐私权案件中获胜，某市政府需赔偿300万美元。"
    doubted(steps, coder, text, "获胜", "legal_contest")


def test_slimming_is_a_layoff_only_beside_a_company(steps) -> None:
    assert not kept(steps, "王某靠健身瘦身后重返舞台。", "瘦身")
    assert kept(steps, "某公司宣布瘦身，裁减员工300人。", "瘦身")


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("“希望该品牌及其代言人，就虚假宣传公开道歉，还消费者一个说法。”", "公开道歉", "wish"),
        (
            "2021年4月2日，巴基斯坦政府以印度多次威胁巴基斯坦为由，对其实施制裁。",
            "威胁",
            "pretext",
        ),
        ("印度外交部发言人曾就应用禁令回应称，相关企业一向合规经营。", "禁令", "nominal_topic"),
        ("庭审结束后，法官宣布休庭。", "庭审", "nominal_frame"),
        ("三年前被抓获的两名疑犯，如今却被释放了。", "被抓获", "nominal_relative"),
    ],
)
def test_a_wish_a_pretext_a_topic_a_frame_are_no_events(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


def test_running_someone_down_and_crushing_her_is_an_attack_a_collision_is_not(steps) -> None:
    text = "6月3日晚，邓某在某商业街开着一辆货车撞倒一名男子，并对其来回碾压。"
    assert [e for e in events(steps, text) if e.news_type == "灾害/意外-袭击"]
    text = "嫌疑人驾车闯红灯，与一辆公交车发生正面碰撞，邓某某下车挥刀将司机砍伤。"
    (crash,) = kept(steps, text, "碰撞")
    assert crash.news_type == "灾害/意外-车祸"


def test_more_uses_that_state_no_event(steps, coder: EventCoder) -> None:
    assert "nominal_determiner" in why(steps, coder, "这些起诉要求倒也符合邓某的作风。", "起诉")
    text = "最后，让我们向王某致敬，感谢他给大家带来的温暖。"
    doubted(steps, coder, text, "感谢", "exhorted")
    # 通报+案件 holds no 报案; an order issued is no product
    assert not events(steps, "警方控制了嫌疑人，随后开发布会通报案件进展。")
    assert not [e for e in events(steps, "拜登也对某游戏发布了类似命令。") if e.news_type]


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


def test_a_person_crushed_by_a_lorry_is_an_accident_crushed_again_an_attack(steps) -> None:
    text = "一名骑车少年在路口被搅拌车碾压，送医后不治。"
    assert {e.news_type for e in events(steps, text)} & {
        "灾害/意外-车祸", "灾害/意外-袭击"
    } == {"灾害/意外-车祸"}  # fmt: skip
    text = "一辆越野车在广场撞倒一名保安后，司机又倒车再次碾压了他。"
    assert [e for e in events(steps, text) if e.news_type == "灾害/意外-袭击"]


def test_a_person_run_down_in_the_attack_the_article_tells(steps) -> None:
    text = (
        "去年冬天，某县城广场上发生了一起伤人事件。"
        "一名男子在前面奔跑，后面一辆越野车追了上来，男子很快被撞倒。"
    )
    for told in (text, text.replace("。", "。\n", 1)):  # (a paragraph break between them)
        kinds = {e.news_type for e in events(steps, told)}
        assert "灾害/意外-袭击" in kinds and "灾害/意外-车祸" not in kinds
    text = "去年冬天，某县城广场上举行了灯会。一名男子横穿马路，被一辆越野车撞倒。"
    assert "灾害/意外-车祸" in {e.news_type for e in events(steps, text)}
    text = (
        "去年冬天，某县城广场上发生了一起伤人事件。当晚另一路口，一辆货车刹车失灵，撞倒一名行人。"
    )
    assert "灾害/意外-袭击" not in {e.news_type for e in events(steps, text)}


def test_the_one_run_down_in_an_attack_told_by_a_passive_does_not_run_anyone_down(steps) -> None:
    text = "上周五，某小区外有个醉汉挥刀伤人。保安赶到时，一位老人被撞倒在花坛边。"
    (attack,) = [e for e in events(steps, text) if e.trigger == "被撞"]
    assert attack.news_type == "灾害/意外-袭击"
    assert "袭击者" not in {x.role for x in attack.arguments}


@pytest.mark.parametrize(
    "text",
    [
        "3月4日晚，一名男子在县城广场持刀捅伤三名路人。\n另据报道，3月5日上午，邻县一辆大巴在山路撞倒一名放学的学生。",
        "李某在菜市场挥刀行凶后逃走。第二天清晨，一辆渣土车在城郊撞倒一名环卫工人。",
        "7月2日，李某在菜市场持刀行凶，砍伤三人。7月9日，另一名司机驾驶货车在城郊撞倒一名行人。",
    ],
)
def test_a_person_run_down_in_another_incident_than_the_attack_is_an_accident(
    steps, text: str
) -> None:
    # another report (另据报道), the next day, another written day: no part of the attack told
    run_down = [e for e in events(steps, text) if e.trigger == "撞倒"]
    assert [e.news_type for e in run_down] == ["灾害/意外-车祸"], run_down


def test_a_person_run_down_the_day_of_the_attack_is_still_attacked(steps) -> None:
    text = "6月1日下午，一男子在商场门口持刀伤人。几分钟后，一名女子被他驾驶的轿车撞倒。"
    run_down = [e for e in events(steps, text) if e.trigger == "撞倒"]
    assert [e.news_type for e in run_down] == ["灾害/意外-袭击"]


# an invented article on a tenancy dispute: long enough to show its topic, no word of sports
_TENANCY = (
    "去年秋天，青禾小区的租户韩某与房东邹某因押金退还问题产生纠纷。韩某称，自己按约定提前一个月"
    "告知退租，房屋也已打扫干净，但邹某以墙面有划痕为由扣下了全部押金。双方多次协商未果，韩某"
    "随后向区人民法院提起诉讼，要求邹某返还押金并支付利息。邹某则表示，划痕是韩某养的猫造成的，"
    "修补费用远超押金数额。法院审理后认为，邹某未能提供入住时的房屋状况记录，无法证明划痕由租户"
    "造成，遂判决邹某返还押金。宣判后，邹某当庭表示不服，称将考虑上诉。小区里不少租户关注此案，"
    "邹某事后对记者说，他并没有被这点挫折击败，日子还得照样过。他经营的装修公司今年在老城区接了"
    "不少旧房翻新的活，生意还算红火。"
    "律师提醒，租房时应拍照留存房屋状况，退租时双方共同验房，以免日后发生争执。"
)


def test_a_contest_word_in_an_article_on_no_sport_is_no_match(steps, coder: EventCoder) -> None:
    assert len(_TENANCY) >= 300
    found = [(e, r) for e, r in coder.doubtful(annotated(steps, [_TENANCY]))]
    contests = [(e.trigger, r) for e, r in found if (e.news_type or "").startswith("竞赛行为")]
    assert contests and all("no_contest" in r for _, r in contests), contests
    # control: the same article with one line on a football league keeps its contest events
    text = _TENANCY + "另据报道，本市业余足球联赛上周末开赛，青禾小区队击败了邻近小区的球队。"
    assert [e for e in events(steps, text) if (e.news_type or "").startswith("竞赛行为")]


# invented filler: an interview and a host's plans, no word of sports nor of any contest
_AFTERWORD = (
    "散场后面对记者，胜者表示自己在开局阶段就找到了对方的破绽，中段一直保持领先，收尾时也没有"
    "出现大的失误。他说自己平时每天要花好几个小时复盘，最近半年几乎没有休息过。他的老师说，这孩子"
    "的理解力远超同龄人，将来有望走得更远。落败的一方则表示，自己状态一般，输得心服口服，接下来会"
    "调整心态。本届活动共吸引了来自十多个省市的三百余人参加，设有成人组和少年组两个组别。主办方"
    "表示，明年将继续在文化宫举办，奖金也将提高，欢迎更多爱好者报名。据了解，文化宫今年还将开设"
    "面向社区老人的书法班和摄影班，报名费用全免，名额有限，有意者可在工作日到一楼服务台登记，"
    "也可以拨打服务热线咨询具体的开课时间。"
)


@pytest.mark.parametrize(
    "lead",
    [
        # another kind of contest, named by its words (围棋, 公开赛, 棋手)
        "昨天下午，第十二届城南杯围棋公开赛在市文化宫落幕，年仅十六岁的棋手林某执黑击败了上届得主赵某。",
        # a contest named by no such word, but a winner beating a named loser
        "昨晚的城南知识挑战赛落幕，退休教师孙某在抢答环节击败了大学生周某，捧得奖杯。",
    ],
)
def test_a_match_of_no_ball_sport_in_a_long_article_stays(
    steps, coder: EventCoder, lead: str
) -> None:
    # (control of no_contest) a win in a long article with no word of ball sports is a match
    text = lead + _AFTERWORD
    assert len(text) >= 300
    won = [e for e in events(steps, text) if e.news_type == "竞赛行为-胜负"]
    assert won, [(e.news_type, e.trigger) for e in events(steps, text)]


# three sentences before the one tested: deep in an article, a bare event noun names what the
# article told before (the first sentences, a title or a lead, keep it: DuEE labels them)
_LEAD = "某县今年春天办了一场花卉节。花卉节吸引了不少外地游客。节后主办方发布了一份总结。"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (_LEAD + "孙某在法庭上逐条反驳起诉书里的说法。", "起诉书"),  # what is rebutted
        (_LEAD + "两名被告的刑罚均包括罚金。", "罚金"),  # what a sentence includes
        (_LEAD + "律师逐段引用举报信里的说法。", "举报信"),  # a paper quoted
        (_LEAD + "在周某和吴某的婚礼上，几位老同学合唱了一首歌。", "婚礼上"),  # a setting
        (_LEAD + "几位老同学打算在周某和吴某的婚礼上合唱。", "婚礼上"),  # (打算: no 打 of support)
    ],
)
def test_a_bare_event_noun_deep_in_an_article_is_doubtful(
    steps, coder: EventCoder, text: str, trigger: str
) -> None:
    doubted(steps, coder, text, trigger, "nominal_bare")


@pytest.mark.parametrize(
    "text, trigger",
    [
        (_LEAD + "周某和吴某的婚礼在县城一家酒店举行。", "婚礼"),  # told as happening after it
        (_LEAD + "柯某与饶某的租赁纠纷定于11月20日再次庭审。", "庭审"),  # a day of its own
        (_LEAD + "周某当晚写下一封道歉信。", "道歉信"),  # a verb before it tells it
        ("两名被告的刑罚均包括罚金。", "罚金"),  # an article's first sentence
    ],
)
def test_a_bare_event_noun_told_as_happening_or_leading_stays(
    steps, coder: EventCoder, text: str, trigger: str
) -> None:
    evs = [e for e, r in coder.doubtful(annotated(steps, [text])) if e.trigger == trigger]
    for e, r in coder.doubtful(annotated(steps, [text])):
        if e.trigger == trigger:
            assert "nominal_bare" not in r
    assert evs or kept(steps, text, trigger)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (_LEAD + "镇上一家饭馆突发火灾，两名厨师受伤。", "火灾"),  # the hurt counted after it
        (_LEAD + "交警给一名占道的摊贩开了一张50元罚单。", "罚单"),  # a verb done, a count, a sum
        (_LEAD + "一名渔民的遗体在下游的芦苇丛里被找到。", "遗体"),  # a passive after it
        (_LEAD + "两位新人的婚礼定在明年春天。", "婚礼"),  # a time after it
        (_LEAD + "老校长的葬礼在学校礼堂里办完。", "葬礼"),  # a predicate after it, done
    ],
)
def test_a_deep_event_noun_told_by_a_predicate_no_cue_lists_is_kept(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


def test_an_apology_a_ruling_orders_is_not_made_whichever_coder_read_it() -> None:
    from dashiji.events.doubt import doubts
    from dashiji.events.model import EventActor

    text = "法院判令这名车主删除视频，并向某车企道歉。"
    t0 = text.index("道歉")
    e = Event(
        doc="d", type="CONCEDE", mode=None, cameo="055", goldstein=None, quad_class=None,
        actors=[EventActor("车主", side="source"), EventActor("某车企", side="target")],
        sentence=text, start=0, end=len(text), trigger="道歉", trigger_start=t0,
        trigger_end=t0 + 2, news_type="交往-道歉",
    )  # fmt: skip
    assert e.extractor != "dashiji-news/0.1"  # the diplomatic coder's apology
    assert "wished" in doubts(e, AnalysisView(text, text), [])
    made = "这名车主删除了视频，并向某车企道歉。"
    e.sentence, e.end = made, len(made)
    e.trigger_start, e.trigger_end = made.index("道歉"), made.index("道歉") + 2
    assert doubts(e, AnalysisView(made, made), []) == []


def test_a_passive_opening_its_clause_describes_the_person_after_it(steps) -> None:
    # 被碾压工人的女儿: the one run over is named after the passive, which tells no act of its
    # own; the act told in the first sentence stays
    text = "前天，一辆铲车在工地碾压了一名工人。被碾压工人的女儿说，他伤得不轻。"
    found = [e for e in events(steps, text) if e.trigger == "碾压"]
    assert [e.trigger_start for e in found] == [text.index("碾压")]


def test_an_act_run_with_its_object_into_a_head_it_had_is_told_in_passing(steps, coder) -> None:
    # 警方拘留王某的原因: the act, its object and all, names its reason - told in passing
    text = "报告列出了警方拘留王某的原因。"
    doubted(steps, coder, text, "拘留", "nominal_relative")
    assert kept(steps, "警方昨天拘留了王某，原因是他涉嫌诈骗。", "拘留")


def test_an_act_a_claim_holds_as_caused_or_its_own_is_not_reported(steps, coder) -> None:
    """某人声称…: the claim's own clause, and a later clause it reaches that tells the act as
    caused or bound (导致, 必然, 要), hold what the claimant says, not what happened; a clause
    the narrator resumes (于是, 随后) or one told plainly after the claim stays."""
    for text, trigger in [
        ("有车主声称自家的电动车刹车失灵，导致其在小区门口撞上一辆快递车。", "撞上"),
        ("两名游客却声称景区发生缆车事故，并在网上发帖。", "事故"),
    ]:
        doubted(steps, coder, text, trigger, "claimed")
    for text, trigger in [
        ("那位租户声称房东多收了押金，于是向法院起诉了房东。", "起诉"),
        ("王女士觉得维修方案不合理，随后起诉了那家4S店。", "起诉"),
        ("李某声称，上周五他在商场门口被一辆货车撞伤。", "撞伤"),
    ]:
        assert kept(steps, text, trigger)


def test_a_doubting_claim_word_closing_its_clause_holds_the_next_one(steps, coder) -> None:
    """辩称，…: a doubting claim word (``claim_asserts``) that closes its own clause holds the
    clause right after it; a clause the narrator resumes with 随后 stays."""
    text = "一名司机辩称，他只是受朋友牵连才遭警方拘留。"
    doubted(steps, coder, text, "拘留", "claimed")
    assert kept(steps, "那名男子辩称自己无罪，随后被警方拘留。", "拘留")


def test_the_clause_after_a_demand_of_one_named_is_what_is_asked(steps, coder) -> None:
    """恳请某人，推动…: a demand with the one asked after it, then a clause that opens with a verb
    or 向/对 and no subject, is what the one asked is to do; a clause with its own subject, or a
    consequence of the demand (引发…), stays."""
    text = "一名商人恳请几位外国议员，推动对日本或者韩国进行制裁。"
    doubted(steps, coder, text, "制裁", "wished")
    assert kept(steps, "几名游说者呼吁多国议会出面，日本随后对韩国进行制裁。", "制裁")
    assert kept(steps, "员工要求公司补发工资，引发大规模罢工。", "罢工")


def test_a_remedy_among_the_items_of_a_claim_is_asked_not_made(steps, coder) -> None:
    """诉讼请求，分别是…，某人…道歉: each remedy the list of a claim names is asked, whatever its
    subject; an apology told after the claim was turned down stays."""
    text = "画家周晓梅向法院列出三条诉求，包括撤下那批图片，网红赵明在其抖音账号上向周晓梅道歉。"
    doubted(steps, coder, text, "道歉", "wished")
    control = "画家周晓梅的起诉遭法院驳回以后，网红赵明仍在其抖音账号上向周晓梅道歉。"
    assert kept(steps, control, "道歉")


def test_a_heading_deep_in_an_article_is_doubtful_whichever_coder_read_it(steps, coder) -> None:
    """A line with no full stop among related headlines is a heading for the diplomatic coder's
    meeting too; the same line as an article's own text is coded."""
    body = [
        "某县10日召开了防汛工作会议。",
        "会议部署了汛期的值班安排。",
        "各乡镇的值班干部陆续到会。",
        "延伸阅读",
        "日本渔民团体谴责韩国扣押渔船",
    ]
    doc = annotated(steps, body)
    found = [(e.trigger, e.extractor, r) for e, r in coder.doubtful(doc)]
    assert any(t == "谴责" and x == "dashiji-coder/0.1" and "headline_like" in r
               for t, x, r in found), found  # fmt: skip
    assert not [e for e in coder.code(doc) if e.trigger == "谴责"]
    assert [e for e in events(steps, "日本渔民团体谴责韩国扣押渔船。") if e.trigger == "谴责"]


# an invented article's lead: the sentences after it are its body
_LEAD = "城东老街的那家面馆近日重新开张，街坊们排起了长队。"


def _body_reasons(steps, coder: EventCoder, text: str, trigger: str) -> list[list[str]]:
    doc = annotated(steps, [_LEAD, text])
    return [r for e, r in coder.doubtful(doc) if e.trigger == trigger]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("店主孙倩产下次子后才半年，便回到了店里。", "产下"),  # a time counted from the act
        ("中场韦立明加盟这支球队刚满半年，便被租借到乙级联赛。", "加盟"),  # the time since
        ("厨师陈亮和妻子离婚快两年了，仍合伙经营这家店。", "离婚"),  # the next clause asserts
        ("帮工周强结婚生子后，搬到了城西。", "结婚"),  # a punctual act, 后 after its object
        ("店主的姑妈在产下长子以后便去了南方打工。", "产下"),
    ],
)
def test_an_act_anchoring_a_time_in_the_body_is_background(
    steps, coder: EventCoder, text: str, trigger: str
) -> None:
    reasons = _body_reasons(steps, coder, text, trigger)
    assert reasons and all("frame_after" in r for r in reasons), reasons
    assert not [e for e in coder.code(annotated(steps, [_LEAD, text])) if e.trigger == trigger]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("店主孙倩去年三月在县医院产下次子。", "产下"),  # the act dated, told
        ("中场韦立明今年初加盟这支球队。", "加盟"),
        ("老周上月辞去了店长一职，随后回到老家创业。", "辞去"),  # no time word closes it
        ("司机邓某被交警拘留，两天后交纳罚款离开。", "拘留"),  # the count in the next clause
        ("厨师陈亮和妻子前年离婚。", "离婚"),
        ("厨师陈亮和妻子已经离婚快两年了。", "离婚"),  # the span is the sentence's assertion
        ("厨师陈亮被拘留了五天。", "被拘留"),  # a term, not a time since (no punctual act)
    ],
)
def test_an_act_told_in_the_body_stays(steps, coder: EventCoder, text: str, trigger: str) -> None:
    assert [e for e in coder.code(annotated(steps, [_LEAD, text])) if e.trigger == trigger]


def test_an_act_inside_a_list_of_examples_is_no_event(steps) -> None:
    # a list word opens the list, 、 separates its items, 等 closes it: examples, not a report
    text = (
        "近几年已有多起同类投诉，包括甲市一辆客车爆胎事故、乙县一辆货车撞上护栏事故等，"
        "调查结果都与车辆无关。"
    )
    assert not kept(steps, text, "撞上")
    told = "近几年已有多起同类投诉，其中乙县一辆货车昨天撞上护栏，司机受伤。"
    assert kept(steps, told, "撞上")  # the act told in a clause of its own


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the act in an item before others: 等 closes the list past more items
        (
            "近年已有多起同类投诉，包括甲市一辆客车“失控”事故、乙县一辆货车撞上护栏事故、"
            "丙镇一辆轿车追尾行人事故等，调查结果都与车辆无关。",
            "失控",
        ),
        (
            "类似的纠纷并不少见，例如某歌手被经纪公司起诉违约、某演员起诉前东家拖欠片酬、"
            "某主播跳槽遭平台索赔等，多以和解告终。",
            "起诉",
        ),
    ],
)
def test_an_act_in_an_earlier_item_of_a_list_of_examples_is_no_event(
    steps, text: str, trigger: str
) -> None:
    assert not kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the story's own toll broken down over more items: told
        ("前晚的山体滑坡导致村庄受灾，包括两名村民遇难、四人失踪、多间房屋倒塌等。", "遇难"),
        # no 、 after the act's item: the items are not listed past it
        ("警方公布了多起案件的进展，包括昨天张某在城东被逮捕，其余嫌犯仍在追查等。", "被逮捕"),
        # 包括…在内 closed before the act: the clause's own verb, not an item
        ("包括孙某在内的多名男子昨日被警方拘捕、控以盗窃罪、抢劫罪以及伤人罪等。", "拘捕"),
        # a day of its own in the act's item: the story's own measures, told
        ("当局的行动包括昨日拘捕钱某、冻结其公司资产、吊销其牌照等。", "拘捕"),
    ],
)
def test_an_act_before_more_items_of_the_story_s_own_list_is_told(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the story's own toll or arrests broken down with 其中/包括 …、…等: told, no examples
        ("昨晚的暴雨造成多处险情，其中一名老人溺水身亡、两人受伤等。", "溺水身亡"),
        ("昨日五人落网，其中主犯张某被逮捕、两名从犯被取保候审等。", "被逮捕"),
        ("前晚的山体滑坡导致村庄受灾，包括两名村民遇难、四人失踪等。", "遇难"),
        ("本周多名官员被查，包括原副市长张建国被逮捕、原局长李文被起诉等。", "被逮捕"),
    ],
)
def test_a_list_of_the_story_s_own_acts_is_told(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


def test_the_time_since_an_act_in_a_lead_is_its_news(steps) -> None:
    # the first sentence of an article: an anniversary or a span of a marriage is the story
    assert kept(steps, "厨师陈亮和妻子结婚整整十年了。", "结婚")


def test_a_bare_count_closing_a_joining_is_its_own_term(steps, coder: EventCoder) -> None:
    # past the lead, a count with no since_count word and a clause after it that does not go on
    # from that time (就, 便, 又…) is how long the act runs: a loan of a year is the news
    lead = "申花队的新赛季下周开始。"
    evs = events(steps, lead, "前锋张伟以租借形式加盟申花一年，并将身穿9号球衣。")
    assert [e for e in evs if e.trigger == "加盟"], [e.trigger for e in evs]
    # control: the clause after goes on from the time since the act - a frame of it
    later = annotated(steps, [lead, "前锋张伟加盟申花两周，就在联赛中打进三球。"])
    assert "frame_after" in [w for e, r in coder.doubtful(later) if e.trigger == "加盟" for w in r]


def _titled(steps, title: str, body: list[str]) -> Document:
    """An article with a title block before its body, as a scraped page gives it."""
    texts = [("title", title)] + [("body", p) for p in body]
    data = "\n\n".join(t for _, t in texts).encode("utf-8")
    doc = Document(id=content_id(data), raw=Raw(data, "mem://test", "text/plain"))
    doc.reference_date = "2025-10-20"
    doc.set_article(Article(blocks=[Block(kind, text) for kind, text in texts]))  # type: ignore[arg-type]
    normalize, annotate = steps
    return annotate.process(normalize.process(doc))


def test_a_lead_under_a_title_is_the_lead(steps, coder: EventCoder) -> None:
    # the title's sentence comes first: the lead is still the first body sentence
    lead = "面包师周岚和丈夫结婚已满二十年，夫妻俩一直守着这家烘焙坊。"
    doc = _titled(steps, "烘焙坊里的二十年", [lead])
    assert [e for e in code_events(doc) if e.trigger == "结婚"]
    # a body sentence after the lead is past it, title or not
    later = _titled(steps, "烘焙坊里的二十年", ["这家烘焙坊开在老城区。", lead])
    assert "frame_after" in [w for e, r in coder.doubtful(later) if e.trigger == "结婚" for w in r]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("王磊与李娜结婚不久后就搬到了杭州。", "结婚", "frame_after"),  # a time framed by the act
        ("刘某在怀孕五个月的时候辞去了工作。", "怀孕", "frame_when"),  # closing inside its clause
        # a when-clause with no 当 or 在: the act and its object close it with 时, 的时候
        ("老周辞去店长一职创业时，手里只有两万元积蓄。", "辞去", "frame_when"),
        ("表妹嫁给邻村的木匠的时候，全村人都来道贺。", "嫁给", "frame_when"),
        ("在被交警拘留两天后，司机邓某交纳罚款离开。", "拘留", "frame_after"),  # a time counted
        ("结婚两年的李娜最近开了一家花店。", "结婚", "nominal_relative"),  # how long, then who
        # the act and its object describe the people, whose own verb follows
        ("被撞坏车的两名邻居每天找他索要赔偿。", "被撞", "nominal_relative"),
        ("曾因起诉物业公司乱收费引发热议的刘女士昨天发文称，她已收到传票。", "起诉",
         "nominal_relative"),  # fmt: skip
        ("要知道，孙某辞职对整个球队都是沉重的打击。", "辞职", "argued"),  # a point made
        ("小时候，孙丽的爸妈便已离婚。", "离婚", "career"),  # a childhood, a life summed up
        ("童年时，周小满的爸妈就已离婚。", "离婚", "career"),  # a childhood noun told as a time
    ],
)
def test_an_act_framing_qualifying_or_argued_is_not_reported(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an act with its object before people, kept when it is told
        ("派出所随后抓获涉嫌盗窃电瓶的男子李某。", "抓获"),  # the people are the act's object
        ("上个月被撞坏车的两名邻居每天找他索要赔偿。", "被撞"),  # a dated act is told
        ("曾因起诉物业公司乱收费引发热议的刘女士。", "起诉"),  # no other verb: the only act
        ("王磊与李娜上个月在杭州结婚。", "结婚"),
        ("刘某怀孕五个月。", "怀孕"),
        ("李娜结婚两年，最近开了一家花店。", "结婚"),
        ("要知道，孙某去年5月就已经辞职。", "辞职"),  # the clause dates the act
        ("说白了，这家物流公司上个月就已经起诉了合作方。", "起诉"),  # a relative time dates it
        ("毕竟，周某前年已经和前妻离婚。", "离婚"),
        ("须知，周某上周已经向队友们公开道歉。", "公开道歉"),
        ("要知道，孙某的状态一直不好，最终他还是辞职了。", "辞职"),  # 最终: the narrator resumes
        ("孙丽的父母去年离婚了。", "离婚"),
        ("他的儿时玩伴赵某因盗窃被警方逮捕。", "逮捕"),  # a childhood qualifying a noun
        ("童年偶像周某宣布与妻子离婚。", "离婚"),
        # an hour of the clock closing the clause is the act's time, not a when-clause
        ("张某去世于10月18日下午3时，享年80岁。", "去世"),
        ("该厂房起火于昨晚9时，消防员赶到时火势已蔓延。", "起火"),
        ("老吴病逝于前天下午四时，家人随后发布了讣告。", "病逝"),
        # X的同时 asserts X alongside what follows
        ("前天，派出所拘留醉驾司机孙某的同时，依法扣押了他的车辆。", "拘留"),
        ("8日，甲公司宣布收购乙公司的同时，公布了新的董事会名单。", "收购"),
    ],
)
def test_the_same_acts_told_as_the_clause_s_own_stay(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


def test_an_act_judged_as_hard_or_of_no_use_is_an_opinion_not_the_act(steps, coder) -> None:
    """初次上诉没经验, 维权不容易, 出售也解决不了…: right after the trigger, a judgement of doing it
    (``judged_after``); the act told plainly stays."""
    text = "周建平坦言，自己头一回上诉没经验。"
    doubted(steps, coder, text, "上诉", "judged")
    assert kept(steps, "周建平上周已经上诉。", "上诉")


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("越来越多的网友加入了抵制行动。", "加入", "class_only"),  # anyone at all
        ("至今没有一家银行起诉该公司。", "起诉", "class_only"),  # no one
        ("哥哥有什么好抱歉的呢。", "抱歉", "asked"),  # a rhetorical question
        ("网友在视频里加入了一段小猫打滚的画面。", "加入", "no_party"),  # nothing joined
        ("律师说，被告须承担以下责任：1、停止侵权；2、公开道歉。", "公开道歉", "wished"),  # listed
    ],
)
def test_an_act_of_anyone_or_no_one_asked_joining_nothing_or_a_duty_is_no_event(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("其他被告也在当天被判刑。", "被判刑"),  # the others of a group told: these ones
        ("另外两家银行起诉了该公司。", "起诉"),
        ("所有乘客全部遇难。", "遇难"),
        ("越来越多的车主起诉了这名经销商。", "起诉"),  # anyone, against a particular one
        # an apology or a joining told plainly
        ("哥哥上周六在微博上向球迷道歉。", "道歉"),
        ("网友上个月加入了一家动画工作室。", "加入"),
        ("律师介绍了两点进展：1、双方已经和解；2、被告已经公开道歉。", "公开道歉"),
    ],
)
def test_an_act_of_a_group_s_others_or_all_or_told_plainly_stays(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        # a prohibition (禁止, 不得…) governs the act as a duty does, in its clause or in the
        # clauses after it that open with no subject (就…, 包括…)
        ("此外还禁止她与英美官员见面、禁止出境等多项条件。", "见面", "wished"),
        ("税务局告知王某不得在未获批准的情况下，就其名下的房屋进行处置，包括出售、转让。",
         "出售", "wished"),  # fmt: skip
        ("几个环保社团向市政府申请本周末上街游行，迄今未获回复。", "游行", "wished"),  # applied for
        ("要是智利外长下周会见秘鲁总统，两国争端或有转机。", "会见", "condition"),  # the condition
        # review 11 E4: the news coder's conditions are doubt's too - a condition word anywhere
        # before the act in its sentence, a bare 如/若 clause and a then-word (如…，便…)
        ("如果两家公司年底前谈不拢，双方只能对簿公堂，甲方会起诉乙方。", "起诉", "condition"),
        ("如业主仍拒不缴费，物业公司便起诉业主。", "起诉", "condition"),
        ("若校方仍不退还学费，家长们则起诉学校。", "起诉", "condition"),
        ("罚款两百元，未免偏高。", "罚款", "judged"),  # the sum weighed
        ("看台管理员上前劝阻那名球迷继续袭击裁判。", "袭击", "averted"),  # stopped
        ("孙女士表示，会有另一名员工起诉钱某。", "起诉", "prospect"),  # one still to come
    ],
)
def test_an_act_forbidden_stopped_to_come_applied_for_a_condition_or_weighed_is_no_event(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("她上周与英美官员见面。", "见面"),
        ("该公司在获得批准的情况下，就其名下的厂房作出处置，包括出售给一家物流企业。", "出售给"),
        ("日本交通部上周发布禁止中国无人机进口的禁令。", "禁令"),  # a ban is the prohibition
        ("几个环保社团上周末在市区上街游行。", "游行"),
        ("智利外长上周会见秘鲁总统。", "会见"),
        ("两家公司年底前谈不拢，甲方随后起诉了乙方。", "起诉"),
        ("如往常一样，物业公司便在月底起诉了拖欠费用的业主。", "起诉"),  # 如…一样: no condition
        ("罚款两百元，当场缴清。", "罚款"),
        ("那名球迷随后继续袭击裁判。", "袭击"),
        ("孙女士表示，她的同事上周起诉了钱某。", "起诉"),
        ("店员劝阻顾客插队反遭殴打。", "遭殴打"),  # what befell the one who stepped in
    ],
)
def test_the_same_acts_told_plainly_stay(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a remark on an act told with its own doer, time or passive does not unmake it
        ("9月30日，一家物流公司宣布裁员四百人，有点仓促。", "裁员"),
        ("钱某前天被区法院判处拘役四个月，稍轻。", "判处"),
        ("老赵和妻子上月协议离婚，好像突然了。", "协议离婚"),
    ],
)
def test_a_remark_after_an_act_told_in_full_keeps_it(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # 将 the object marker before 有关 (the ones concerned): an arrest, no one to come
        ("巡逻民警当晚将有关肇事司机抓获。", "抓获"),
        ("区市场监管局已将有关负责人员刑事拘留。", "刑事拘留"),
    ],
)
def test_the_ones_concerned_after_the_object_marker_are_no_one_to_come(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the stopping came first, the arrest is the stopper's next act
        ("刘某在网吧内砸坏电脑，辅警阻拦无效后将其抓获。", "抓获"),
        ("一男子在车厢内推搡乘客，乘警上前制止并将其抓获。", "抓获"),
    ],
)
def test_an_arrest_after_the_stopping_is_no_averted_act(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        ("刘女士说，她和前夫离婚五年来从未见面。", "离婚", "frame_after"),
        ("在上周首映的那部纪录片里，导演讲述了小镇的变迁。", "首映", "nominal_frame"),
        ("过去两年在港交所上市的内地公司总计募资约五百亿港元。", "上市", "nominal_count"),
        ("客机坠毁地区大雾弥漫，搜救受阻。", "坠毁", "nominal_relative"),
        ("赵某打架斗殴，被行政拘留十五天，如今已期满出所。", "行政拘留", "served"),
        ("孙某早年曾因贩卖假药被判刑，刑满释放后开了一家面馆。", "被判刑", "served"),
        ("康复后，王某一再说想回到球场，也感谢了医护人员。", "感谢", "habitual"),
        ("门将马丁2008年至2019年加入曼城队。", "加入", "career"),
    ],
)
def test_an_act_told_as_a_frame_a_background_or_a_habit_is_doubtful(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("刘女士说，她和前夫五年前离婚。", "离婚"),
        ("那部纪录片上周在北京首映。", "首映"),
        ("去年三月，华芯科技公司在港交所上市。", "上市"),
        ("客机昨天在山区坠毁。", "坠毁"),
        ("2015年8月，张某因诈骗被判处有期徒刑五年，上个月刑满释放。", "被判处"),
        ("王某昨天向医护人员表示感谢。", "表示感谢"),
        ("王某多次向医护人员表示感谢。", "表示感谢"),
        ("在甲队击败乙队的决赛中，门将马丁扑出两个点球。", "击败"),
        ("王某承认多次撒谎，并向同事们道歉。", "道歉"),
        ("门将马丁去年8月加盟曼城队。", "加盟"),
    ],
)
def test_the_act_itself_told_as_such_stays(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        # a vow (到底 right after the trigger): what one means to keep doing, not done
        ("车主赵先生对维修结果不满，表示将去特斯拉门店维权到底。", "维权", "prospect"),
        # a present and a future set in parallel: a trend argued, no report of the day
        ("昨天有阿里巴巴出售了海外业务，明天就会有更多企业步其后尘。", "出售", "rhetoric"),
        # a death named by its cause, a noun (X导致的死亡), is no one's death told
        ("民警固然失职，可这并非民警导致的死亡。", "死亡", "nominal_owned"),
        # a gloss of a text quoted before (意思就是…): the writer explains, no report
        ("意思就是官府随后拘押了犯人王某。", "拘押", "argued"),
    ],
)
def test_a_vow_a_parallel_a_death_named_by_its_cause_or_a_gloss_is_no_event(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("车主赵先生对维修结果不满，5月8日去特斯拉门店维权。", "维权"),
        ("今天有阿里巴巴出售了海外业务，明天将公布交易细节。", "出售"),
        ("民警的失职导致业主王某死亡。", "死亡"),
        ("官府随后拘押了犯人王某。", "拘押"),
    ],
)
def test_a_protest_a_sale_a_death_and_a_detention_told_plainly_stay(
    steps, text: str, trigger: str
) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        # the act the subject of its course (出售迎来转机): no sale told as done
        ("受新规影响，阿里巴巴海外工厂出售迎来转机。", "出售", "nominal_course"),
        # the words of a proposal quoted after it: offered, not done
        ("谈到赔偿方案，王先生说，4S店曾与他商量，“这辆车先做保养，再由店方替他卖出”。",
         "卖出", "proposed"),  # fmt: skip
    ],
)
def test_a_sale_whose_course_is_told_or_a_sale_proposed_is_no_sale(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("受新规影响，阿里巴巴上周出售了海外业务。", "出售"),
        ("王先生说，4S店上个月替他卖出了这辆车。", "卖出"),
    ],
)
def test_the_sales_told_as_done_stay(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        # the act is the subject of an evaluation, its clause's predicate (past the lead)
        ("球队在赛后举行了记者会。主力后卫邓凯退役意味着防线要重新搭建。", "退役", "judged"),
        ("村委会昨天贴出了公告。几户村民起诉养殖场的原因在于，该场长期向河道排污。", "起诉",
         "judged"),  # fmt: skip
        # the next clause explains the act: an analysis, no report
        ("泰国政府突然封禁了三家外国购物网站，其实是因为它们冲击了本地商户。",
         "封禁", "speculated"),  # fmt: skip
        ("张强和李娜都说，网上所说的“离婚”与事实不符。", "离婚", "quoted_phrase"),  # a word named
        # the writer's view frames the sentence (说实话, 应该说…), its later clauses too
        ("法院上月宣判。说实话刘某并不缺钱，可她最后起诉物业公司并不图赔偿。", "起诉",
         "argued"),  # fmt: skip
    ],
)
def test_a_stance_on_an_act_or_a_word_named_is_no_report(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("球队昨天举行了记者会。主力后卫邓凯上周退役，球队随后调整了阵容。", "退役"),
        ("村委会昨天贴出了公告。几户村民上周起诉了这家养殖场。", "起诉"),
        ("泰国政府突然封禁了三家外国购物网站，引起消费者不满。", "封禁"),
        ("张强和李娜上月宣布“离婚”，各自发展。", "离婚"),  # quoted, yet the verb of its clause
        ("王芳辞职意味着公司失去了最好的设计师。", "辞职"),  # a lead tells the act it weighs
        ("法院上月宣判。说实话刘某并不缺钱，可她上周起诉了物业公司。", "起诉"),  # dated
        # a time of the act's own before it: the remark is on an act the sentence tells
        ("外交部发布了消息。两国外长前天会谈是一次坦诚的交流。", "会谈"),
    ],
)
def test_the_acts_a_stance_weighs_stay_where_they_are_told(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), [e.trigger for e in events(steps, text)]


def test_an_act_named_again_after_a_determiner_joins_the_one_told(steps) -> None:
    """这次/此次 and a few words before the trigger: the act told before, named again - one
    event with two mentions; with no such act told before the act is the news."""
    told = "3月2日，货车司机赵刚在城东撞倒了骑车的刘大妈。"
    again = kept(steps, told + "事后调查发现，这次赵刚撞倒刘大妈，是因为疲劳驾驶。", "撞倒")
    assert len(again) == 1 and len(again[0].mentions) == 2
    assert kept(steps, "据了解，此次王芳起诉了原单位。", "起诉")


def test_a_passive_act_naming_the_people_it_befell_is_told_in_passing(steps) -> None:
    """被撞女子: a passive trigger right before a noun for people names them by what befell them
    (a mention of the act told before); the people then the passive (女子被撞) tell it, and so does
    an article's first sentence."""
    told = "周日傍晚，一辆面包车在桥头撞上了骑车的老人。"
    assert [e.trigger for e in events(steps, told + "交警赶来后扶起被撞老人送往医院。")] == ["撞上"]
    assert kept(steps, told + "交警赶来时，有个老人被撞翻在桥下。", "被撞")
    assert kept(steps, "桥头被撞老人孙福已经能下床走路。", "被撞")
    assert kept(steps, "交警通报了经过。周日在桥头被撞老人孙福已经出院。", "被撞")  # dated
    assert kept(steps, "交警通报了经过。一名被撞女子昨晚被送往医院。", "被撞")  # dated after it


def test_an_act_in_a_whether_question_is_asked(steps, coder: EventCoder) -> None:
    """是否, 能否: the act in question, in the clause or in one going on from it with no
    subject of its own; a clause resuming the narrator tells its act."""
    doubted(steps, coder, "这次庭审的争议点是：物业公司是否侵犯了业主的权益，是否应当赔偿，"
            "书面道歉并恢复原状。", "道歉", "asked")  # fmt: skip
    doubted(steps, coder, "两家超市之间纠纷的关键在于乙方是否违约，是否应当赔偿损失，"
            "登报道歉并支付违约金。", "道歉", "asked")  # fmt: skip
    assert kept(steps, "物业公司是否存在违规还不清楚，但业主最终选择了起诉。", "起诉")
    # a whether-clause a verb asks is no point named: the doer's next act is told
    assert kept(steps, "区法院审查了被告是否构成盗窃罪，当庭判处其有期徒刑八个月。", "判处")
    assert kept(steps, "交警正在核实货车司机是否醉驾，已将其刑事拘留。", "刑事拘留")


@pytest.mark.parametrize(
    "text",
    [
        "一家德国车企昨天宣布将召回部分进口轿车，本次召回不涉及国产车型。",
        "一家玩具企业前天宣布将召回部分儿童滑板车，本次召回不涉及海外市场。",
    ],
)
def test_this_times_act_named_again_is_no_second_act(steps, text: str) -> None:
    # 本次召回 (as 此次, 这次): the recall the clause before told, named again - no second,
    # occurred recall beside the one announced
    evs = [e for e in events(steps, text) if e.news_type == "产品行为-召回"]
    assert [e.status for e in evs] == ["planned"], evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("一家德国车企昨天宣布将召回部分进口轿车。", "产品行为-召回"),
        ("一家日本车企上周宣布召回三万辆电动车，此次召回的原因是电池存在缺陷。", "产品行为-召回"),
        ("一家国产手机厂商宣布召回一批充电宝，本次召回涉及五万件产品。", "产品行为-召回"),
        ("本次事故中，一辆货车在高速路口撞上了护栏。", "灾害/意外-车祸"),
        ("本次融资由青松资本领投，老股东红杉跟投。", "财经/交易-融资"),
    ],
)
def test_an_act_told_once_beside_this_time_stays(steps, text: str, news_type: str) -> None:
    # control: the act itself stays, once (本次事故中: the determiner of another word; 本次融资由…:
    # no act told before it in its sentence)
    assert len([e for e in events(steps, text) if e.news_type == news_type]) == 1


# ---- not events of the sentence: a standing offer, a habit, a comment, the outlet's interview, the
# topic of an update or a reason, a childhood, the cause of a death long told ----
@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        # 每 right before the verb (news_cues every_act_before): each sale a pledge counts
        ("某烤鸭店门口贴出告示，称每卖出一只烤鸭将向慈善基金捐赠2元。", "卖出", "nominal_every"),
        # a will of habit after a frame of each time (habitual_strong, habitual_when)
        ("就连周莉莉生日时，富商之女何晓岚，也总会按时赶来为她庆生。", "为她庆生", "habitual"),
        # a line opening with a commenter and a colon (commenter_opens): a comment quoted
        ("网友三：车都召回了，厂家还嘴硬什么。", "召回", "commented"),
        # the outlet interviewing someone (interview_verbs, interviewer_nouns): its own work
        ("5月8日，东方新闻对话了北京特斯拉的车主赵先生。", "对话", "media_actor"),
        # the act (its matter: 事故, 案…) the topic of an update right after it (update_nouns)
        ("近日，某县货车车祸事故终于有了新的调查进展。", "车祸", "nominal_topic"),
        # a count of main ones (两大, 三大) between 的 and the head of what the act had
        (
            "泄露数据的风险，是英国禁止公务人员使用抖音的两大原因。",
            "禁止公务人员使用",
            "nominal_relative",
        ),
        # 从小, 自幼 (news_cues childhood_times): a childhood told, a line of a life
        ("她从小父亲母亲便离婚了，是外婆带大的。", "离婚", "career"),
        ("她自幼父母离婚，跟着外婆长大。", "离婚", "career"),
        # the cause of a death whose time since is counted (reason_opens, death_words_since)
        ("球星周某因为车祸已经离世了两天，球迷仍在悼念他。", "车祸", "frame_after"),
        ("球星周某因为坠机身亡已有半年，球迷仍在怀念他。", "坠机", "frame_after"),
    ],
)
def test_a_pledge_a_habit_a_comment_an_interview_a_topic_or_a_background_is_no_event(
    steps, coder: EventCoder, text: str, trigger: str, reason: str
) -> None:
    doubted(steps, coder, text, trigger, reason)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # 每 in the clause, not right before the verb (every_act_before is anchored): one sale
        ("某公司昨天以每台三千元的价格卖出一百台手机。", "卖出"),
        ("他将于明天以每股十元出售股份。", "出售"),  # (a plan: 每 not right before it)
        # a will of habit after a frame of each time, but 了 right after the trigger: one act done
        ("就连周莉莉生日时，何晓岚也会赶来为她庆生了。", "为她庆生"),
        # a commenter opening the sentence with no colon after it: no comment quoted
        ("网友爆料称，某公司昨天召回了2万辆汽车。", "召回"),
        # an interview verb with no outlet or reporter before it
        ("5月8日，北京市政府与特斯拉公司举行对话。", "对话"),
        ("中美两国外长昨天在北京举行对话。", "对话"),
        ("昨天，某县发生一起货车车祸事故，3人受伤。", "车祸"),
        ("某县昨天发生一起车祸，警方的调查有了新进展。", "车祸"),
        ("英国昨天禁止公务人员使用抖音。", "禁止公务人员使用"),
        # the update noun right after the act: the act's own course, told (no topic)
        ("两国外长昨天会谈进展顺利。", "会谈"),
        ("某公司昨天裁员进展顺利。", "裁员"),
        # 也会同 (会同: jointly), 首都会议 (a city): no will of habit; and 逮捕了 tells one act
        ("昨天案发时，警方也会同检察院逮捕了两名嫌犯。", "逮捕"),
        ("3月5日他访华时，在首都会议中心会见了外长。", "会见"),
        # 据媒体报道 (the report's source), 网上 (a medium): no outlet interviewing
        ("据媒体报道中美外长昨日对话。", "对话"),
        ("中美两国外长昨天在网上对话。", "对话"),
        # 从小巷, 从小卖部: a place (childhood_not_after), no childhood
        ("他从小巷冲出撞倒了一名路人。", "撞倒"),
        ("他从小卖部出来时被车撞伤。", "撞伤"),
    ],
)
def test_the_same_words_telling_an_act_stay(steps, text: str, trigger: str) -> None:
    assert kept(steps, text, trigger), text


def test_the_not_event_cue_lists_are_data_and_documented() -> None:
    from pathlib import Path

    from dashiji.events.news_cues import cue, cue_words

    schema = Path(__file__).resolve().parents[1] / "src/dashiji/data/events/SCHEMA.md"
    doc = schema.read_text(encoding="utf-8")
    for name in (
        "every_act_before",
        "commenter_opens",
        "interview_verbs",
        "interviewer_nouns",
        "habitual_strong",
        "update_nouns",
        "reason_opens",
        "death_words_since",
        "childhood_not_after",
    ):
        assert cue_words(name) and f"`{name}`" in doc, name
    # every_act_before is anchored: 每 right before the trigger, not anywhere before it
    assert cue("every_act_before").search("称每") and not cue("every_act_before").search("每人都")


def test_a_dated_act_after_a_childhood_from_an_early_age_stays(steps) -> None:
    assert kept(steps, "球员周某从小热爱足球，昨天正式宣布退役。", "宣布退役")
    assert kept(steps, "从小一起长大的周某和李某昨天在北京结婚。", "结婚")
    # (从小组, 从小区: no childhood - news_cues childhood_not_after)
    assert kept(steps, "某队女排从小组赛突围，晋级八强。", "晋级")


def test_the_cause_of_a_death_told_stays(steps) -> None:
    assert kept(steps, "球星周某昨天因车祸去世。", "车祸")
