"""Uses of trigger words that state no event of their own, wrong triggers, and the status and
date of everyday news events — causes found by judging samples of coded DTELS events (issue 7).
Each rule is shown twice: once where it acts, once on a similar real event the coder still codes.
Invented sentences, none from a dev set."""

from __future__ import annotations

import json

import pytest
from test_events import events
from test_events_news import remand

from dashiji.events.codebook import load_codebook
from dashiji.events.model import Event


def typed(steps, text: str, news: str, ref: str | None = None) -> list[Event]:
    evs = events(steps, text) if ref is None else events(steps, text, ref=ref)
    return [e for e in evs if e.news_type == news]


# ---- 发布: a notice, a post or a document is no product ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "某市卫生局昨天发布了三起食品安全典型案例。",
        "王某通过微博、朋友圈发布广告，推销假冒化妆品。",
        "李某在个人主页贴出一张和丈夫的旅行照。",
        "该部门早在2015年就发布《关于加强药品管理》的通知。",
        "后续调查结果将在官网及时发布。",
        "记者赶到时，发布会已经开始，副市长介绍了救援进展。",
        "在这场发布会上，区长通报了火灾原因。",
    ],
)
def test_a_notice_or_a_post_published_is_no_product_launch(steps, text: str) -> None:
    assert not typed(steps, text, "产品行为-发布")


@pytest.mark.parametrize(
    "text",
    [
        "小米公司10日在北京发布了新款折叠屏手机。",
        "华为昨天正式发布鸿蒙操作系统新版本。",
        "小米Pro9发布会将于下周二在上海举行。",
    ],
)
def test_a_product_launch_is_still_coded(steps, text: str) -> None:
    assert typed(steps, text, "产品行为-发布")


# ---- 事故: a noun naming an accident told before, unless a verb reports it ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "交警认定，王某对事故承担全部责任。",
        "王某在事故发生时并没有踩刹车。",
        "李某后来买到了一辆事故车。",
    ],
)
def test_an_accident_named_is_no_accident_reported(steps, text: str) -> None:
    assert not typed(steps, text, "灾害/意外-车祸")


def test_an_accident_a_verb_reports_is_coded(steps) -> None:
    assert typed(steps, "3月2日，王某驾驶轿车在某市高速路上发生事故。", "灾害/意外-车祸")


# ---- a day after the article's date with no plan word ------------------------------------------
def test_a_bare_weekday_told_as_done_is_the_last_one(steps) -> None:
    # REF is a Monday: 周日 told as done is the day before, not the Sunday ahead
    (e,) = typed(steps, "王某周日在高速公路上因车祸去世。", "人生-死亡")
    assert (e.date, e.status) == ("2025-10-19", "occurred")
    (p,) = typed(steps, "王某诉李某一案将于周日开庭。", "司法行为-开庭")
    assert (p.date, p.status) == ("2025-10-26", "planned")


def test_a_written_year_after_a_wrong_article_date_is_kept_as_done(steps) -> None:
    (e,) = typed(
        steps, "2021年5月21日，王某起诉李某侵犯名誉权。", "司法行为-起诉", ref="2021-02-01"
    )
    assert (e.date, e.status) == ("2021-05-21", "occurred")
    (p,) = typed(steps, "2021年5月21日，王某诉李某一案将开庭。", "司法行为-开庭", ref="2021-02-01")
    assert (p.date, p.status) == ("2021-05-21", "planned")


def test_a_day_months_ahead_told_as_done_has_no_date(steps) -> None:
    (e,) = typed(steps, "10月18日，王某一审获刑两年。", "司法行为-入狱", ref="2021-02-01")
    assert (e.date, e.status) == (None, "occurred")
    (p,) = typed(steps, "王某诉李某一案将于10月18日开庭。", "司法行为-开庭", ref="2021-02-01")
    assert (p.date, p.status) == ("2021-10-18", "planned")


# ---- a trigger the word segmentation cuts across -----------------------------------------------
@pytest.mark.parametrize(
    "text, news",
    [
        ("王某私自开了一家赌场，并购买了赌桌和筹码。", "财经/交易-出售/收购"),
        ("某国政府至今未说明其安全疑虑。", "组织关系-加盟"),
        ("数据和运营要与母公司隔离开来。", "组织关系-退出"),
    ],
)
def test_a_trigger_across_two_words_is_no_trigger(steps, text: str, news: str) -> None:
    assert not typed(steps, text, news)


@pytest.mark.parametrize(
    "text, news",
    [
        ("某科技公司并购了一家芯片公司。", "财经/交易-出售/收购"),
        ("王某被判处有期徒刑三年。", "司法行为-入狱"),
        ("法院昨天开庭审理此案。", "司法行为-开庭"),
    ],
)
def test_a_trigger_that_is_a_word_of_its_own_stays(steps, text: str, news: str) -> None:
    assert typed(steps, text, news)


# ---- an office named by the act; 招募 is no joining --------------------------------------------
@pytest.mark.parametrize(
    "text, news",
    [
        ("某教授批评上诉庭的裁决不合理。", "司法行为-起诉"),
        ("会议由市场监管局职工维权中心主任主持。", "司法行为-举报"),
        ("某公司已着手在外地招聘研发团队。", "组织关系-加盟"),
    ],
)
def test_an_office_named_by_the_act_or_a_recruitment_is_no_event(steps, text, news) -> None:
    assert not typed(steps, text, news)


def test_an_appeal_and_a_report_to_an_office_stay(steps) -> None:
    assert typed(steps, "王某不服判决，已向高等法院提出上诉。", "司法行为-起诉")
    assert typed(steps, "李某向市纪委举报了该局局长。", "司法行为-举报")


# ---- an act that qualifies a noun: told in passing ----------------------------------------------
@pytest.mark.parametrize(
    "text, news",
    [
        ("其中，王女士起诉某公司侵犯其肖像权的三起案件均已宣判。", "司法行为-起诉"),
        ("控告李某抄袭的当事人昨天发帖回应。", "司法行为-起诉"),
        ("有人在网上传播了记录王某遇难画面的照片。", "人生-死亡"),
        ("王某与一位离异女星传出绯闻。", "人生-离婚"),
        ("她在论坛上贴出了庭审法官的照片。", "司法行为-开庭"),
        ("警方根据现场人数和集会性质，建议主办方取消活动。", "组织行为-游行"),
        # a headline's count of mysteries about the act: what is unknown, no act told
        ("赔偿3亿 丈夫当庭落泪 坠机5大疑点未解!", "灾害/意外-坠机"),
        ("独家：车祸三大谜团仍待解开", "灾害/意外-车祸"),
        ("专家解读空难的几大疑云", "灾害/意外-坠机"),
        ("独家：坠机两大疑点仍待解开", "灾害/意外-坠机"),
        # a relative clause on the object of the clause's verb (采访了…的某人): background
        ("记者采访了曾起诉某公司、后来又撤诉的王女士。", "司法行为-起诉"),
        ("记者采访了被警方拘留、后来获释的王女士。", "司法行为-拘捕"),
        ("记者采访了曾起诉某公司的王女士。", "司法行为-起诉"),
    ],
)
def test_an_act_that_qualifies_a_noun_is_no_event(steps, text: str, news: str) -> None:
    assert not typed(steps, text, news)


@pytest.mark.parametrize(
    "text, news",
    [
        ("王女士已于5月起诉某公司侵犯其名誉权。", "司法行为-起诉"),
        ("2017年1月18日，王某与李某领取结婚证。", "人生-结婚"),
        ("警方昨天拘捕了一名女星。", "司法行为-拘捕"),
        # (an act told with its count of victims: 坠机5人遇难 is a crash)
        ("昨天一架小型飞机坠机，5人遇难。", "灾害/意外-坠机"),
        ("一架直升机昨天坠毁，疑点重重。", "灾害/意外-坠机"),
        # (悬疑 before a word of a kind of work is the genre of the trigger's object)
        ("某公司昨日发布悬疑新作。", "产品行为-发布"),
        # (the act is the clause's own verb, 了 after it; the people are its object)
        ("警方拘留了在商场闹事的王某。", "司法行为-拘捕"),
        ("王女士起诉了某公司，并索赔10万元。", "司法行为-起诉"),
        ("警方先后抓获涉嫌盗窃、销赃的男子王某、李某等5人。", "司法行为-拘捕"),
    ],
)
def test_the_act_itself_is_still_coded(steps, text: str, news: str) -> None:
    assert typed(steps, text, news)


# ---- 被告律师, 离婚律师: an act right before 律师 names the lawyer's work, no act ----------------
@pytest.mark.parametrize(
    "text",
    [
        "律师周某成为被告律师后，多次会见当事人。",
        "周某后来成了被告代理律师，负责该案的辩护。",
        "孙某称，自己成为被告辩护律师是受人之托。",
    ],
)
def test_a_lawyer_named_by_the_side_he_acts_for_is_no_suit(steps, text: str) -> None:
    assert not typed(steps, text, "司法行为-起诉")


def test_a_lawyer_named_by_the_matter_he_acts_in_is_no_divorce(steps) -> None:
    # 离婚律师: the lawyer's field (SCHEMA modified_nouns names it beside 被告律师)
    assert not typed(steps, "李女士上月聘请了一名离婚律师。", "人生-离婚")


def test_the_one_who_became_the_accused_is_still_sued(steps) -> None:
    # the control: 成为被告 with no 律师 after it - he is sued; his lawyer speaks later
    assert typed(steps, "王某成为被告，其律师称将积极应诉。", "司法行为-起诉")


def test_a_rejected_claim_is_no_relative_clause(steps) -> None:
    text = "某市某区人民法院驳回了王女士起诉某公司的诉讼请求。"
    assert [e for e in events(steps, text) if e.trigger == "驳回"]


# ---- dates borrowed from another phrase; intentions ------------------------------------------
def test_a_day_inside_the_phrase_acted_on_does_not_date_the_act(steps) -> None:
    text = "某公司表示，将就某部门8月6日发布的命令提起诉讼。"
    assert all(e.date is None for e in typed(steps, text, "司法行为-起诉"))
    (e,) = typed(steps, "某公司8月6日就该行政令提起诉讼。", "司法行为-起诉")
    assert e.date == "2025-08-06"


def test_a_period_of_conduct_does_not_date_a_charge(steps) -> None:
    text = "起诉书称，王某于2017年3月至2019年8月，虚报工程款项，王某另被控一项挪用公款罪。"
    assert all(e.date is None for e in typed(steps, text, "司法行为-起诉"))


def test_an_intention_is_planned(steps) -> None:
    (e,) = typed(steps, "律政司有意就该裁决向上诉法院提出上诉。", "司法行为-起诉")
    assert e.status == "planned"
    (d,) = typed(steps, "律政司已就该裁决向上诉法院提出上诉。", "司法行为-起诉")
    assert d.status == "occurred"


def test_a_clause_going_on_with_a_plan_is_planned(steps) -> None:
    text = "某公司证实，将于8月24日提交诉状，就该行政令提起诉讼。"
    assert {e.status for e in typed(steps, text, "司法行为-起诉")} == {"planned"}


# ---- likenesses and run-on lines --------------------------------------------------------------
def test_a_likeness_is_no_event(steps) -> None:
    assert not typed(steps, "这一幕简直就像某银行大裁员。", "组织关系-裁员")
    assert typed(steps, "某航空公司宣布大裁员，约5000名员工受影响。", "组织关系-裁员")


def test_a_timeline_of_dated_headlines_is_no_sentence(steps) -> None:
    timeline = (
        "王某案时间线 2022年12月29日 王某重返工作 2022年8月10日 二审宣判维持原判 "
        "2021年5月21日 王某案二审再度延期开庭 2020年12月2日 王某案开庭"
    )
    assert not typed(steps, timeline, "司法行为-开庭")
    assert typed(steps, "2020年12月2日，王某诉李某一案在某区法院开庭。", "司法行为-开庭")


# ---- counts of events; a 不 right before the trigger ---------------------------------------------
def test_a_count_of_accidents_is_no_accident(steps) -> None:
    text = "据统计，2019年以来全省发生的某品牌电梯坠落事故竟有七起。"
    assert not typed(steps, text, "灾害/意外-车祸")
    assert typed(steps, "5月3日，一辆某品牌汽车在某市高速路上失控，撞上护栏。", "灾害/意外-车祸")


def test_a_not_right_before_the_trigger_negates_it(steps) -> None:
    (e,) = typed(steps, "王某诉李某一案周五同样不开庭。", "司法行为-开庭")
    assert e.modality == "negated"
    (d,) = typed(steps, "王某诉李某一案明天开庭。", "司法行为-开庭")
    assert d.modality == "asserted"


def test_an_account_named_with_the_word_is_no_launch(steps) -> None:
    text = "当地已组建专班，后续调查结果将在“滨河发布”上及时发布。"
    assert not typed(steps, text, "产品行为-发布")
    assert typed(steps, "某公司3月16日发布了新款手机“某某发布”。", "产品行为-发布")


# ---- wishes, demands, duties: what is wanted is not done ---------------------------------------
@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("不少网友留言祝福王某夫妇新婚快乐。", "人生-结婚"),
        ("律师同时提出申请，要求在等候上诉期间，再度羁押王某。", "司法行为-拘捕"),
        ("发言人表示某国应客观看待此事，停止对某公司的无端起诉。", "司法行为-起诉"),
        ("家属提出要求：严惩凶手，立即逮捕另外两名嫌疑人。", "司法行为-拘捕"),
    ],
)
def test_what_is_wished_or_demanded_is_not_done(steps, text: str, news: str) -> None:
    assert not typed(steps, text, news)


def test_a_new_subject_ends_the_demand(steps) -> None:
    text = "家属要求警方尽快破案，警方当天逮捕了两名嫌疑人。"
    assert typed(steps, text, "司法行为-拘捕")
    # a reply (回应) is no wish: what follows its colon is told
    assert typed(steps, "王某的家属回应：警方已逮捕了两名嫌疑人。", "司法行为-拘捕")


def test_an_act_one_named_makes_another_do_is_a_demand(steps) -> None:
    # 某人让某国释放…: the demander named right before 让, the party right after it
    evs = events(steps, "美国参议员史密斯昨天竟然让俄罗斯释放被扣押的两名记者。")
    assert [(e.type, e.trigger) for e in evs] == [("REQUEST", "释放")]
    assert [(a.name, a.side) for a in evs[0].actors] == [("史密斯", "source"), ("俄罗斯", "target")]
    # control: made to and done (…释放了…) is the act, no demand
    assert not [
        e for e in events(steps, "经过谈判，美国让俄罗斯释放了三名记者。") if e.type == "REQUEST"
    ]


def test_a_side_taken_from_the_trigger_is_no_demand_and_no_crash(tmp_path) -> None:
    # 访华 holds its own target (华): no target was read from the clause, so there is no
    # demand pivot to look for and the visit is coded (this raised IndexError in the demand
    # check, and the pipeline recorded the whole document's events step as failed)
    from dashiji.pipeline import annotate_documents

    path = tmp_path / "records.jsonl"
    record = {"id": "visit", "text": "美国富商马斯克访华", "date": "2023-06-01"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = annotate_documents([str(path)], events=True)
    evs = [Event.from_span(s) for s in doc.spans_of("event")]
    assert [e.trigger for e in evs] == ["访华"]
    assert evs[0].actors[0].side == "source"


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("公诉方昨天申请在重审开始前继续羁押孙某。", "司法行为-拘捕"),
        ("被告一方另外申请县法院择日开庭审理该起纠纷。", "司法行为-开庭"),
    ],
)
def test_an_act_applied_for_is_not_granted(steps, text: str, news: str) -> None:
    # a party applies for what only a court or the police can do: asked, not done
    assert not typed(steps, text, news)


def test_an_act_granted_on_an_application_or_filed_is_done(steps) -> None:
    # granted on the application, or refused and done, or the filing is the act itself
    for text in (
        "法官驳回了陈某的保释申请并将其还押候审。",
        "法院根据检方的申请，将被告人陈某还押候审。",
    ):  # (custody by a court of no place told: a remand still)
        assert remand(events(steps, text)).status == "occurred", text
    assert typed(steps, "张某已向法院申请撤诉。", "司法行为-起诉")


def test_a_grant_told_after_its_application_in_one_sentence_is_done(steps) -> None:
    # the application and the grant in one sentence: one act, told by the grant's clause
    text = "派出所提请城区检察院对孙某批准逮捕，城区检察院经审查后于6月9日对孙某批准逮捕。"
    got = typed(steps, text, "司法行为-拘捕")
    assert len(got) == 1 and got[0].date == "2025-06-09", got
    assert not typed(steps, "派出所提请城区检察院对孙某批准逮捕。", "司法行为-拘捕")


def test_an_aim_held_in_view_is_no_event(steps) -> None:
    assert not typed(steps, "王某说，两人交往是以结婚为前提的。", "人生-结婚")
    assert typed(steps, "王某称，两人已于去年5月结婚。", "人生-结婚")


def test_a_settlement_is_no_suit(steps) -> None:
    assert not typed(steps, "王某日前已和某物流公司达成诉讼和解。", "司法行为-起诉")
    assert typed(steps, "王某目前已对某航空公司提起诉讼。", "司法行为-起诉")


def test_a_trade_one_is_good_at_is_no_suit(steps) -> None:
    text = "李律师曾在某银行工作多年，擅长处理信用卡类民商事诉讼。"
    assert not typed(steps, text, "司法行为-起诉")


def test_a_count_of_many_accidents_is_no_accident(steps) -> None:
    assert not typed(steps, "过去一年，某品牌电梯发生多起质量事故。", "灾害/意外-车祸")
    assert typed(steps, "5月3日，某市发生一起车祸，致两人轻伤。", "灾害/意外-车祸")


def test_a_suit_that_names_a_case_tried_is_no_new_suit(steps) -> None:
    text = "12月2日，李女士起诉某房企及其总经理王某隐私权纠纷案，在某区人民法院按期开庭。"
    assert not typed(steps, text, "司法行为-起诉")
    assert typed(steps, text, "司法行为-开庭")


def test_a_ruling_on_a_named_case_is_the_verdict_the_next_clause_spells_out(steps) -> None:
    # 一审宣判某某受贿案，以某罪判处…: the case is what the ruling rules on, not the subject
    # of the next clause; the 宣判 and the 判处 are one verdict, told twice
    text = "9月14日，松江市中院一审宣判原副市长邓某受贿案，以受贿罪判处邓某有期徒刑十年。"
    assert [e.date for e in typed(steps, text, "司法行为-入狱")] == ["2025-09-14"]


def test_an_administrative_warning_is_no_threat() -> None:
    cb = load_codebook()
    matches = cb.match("当天，李某被处以行政警告。")
    assert not [m for m in matches if m.entry.plover_type == "THREATEN"]
    assert [m.entry.plover_type for m in cb.match("某国总统警告邻国不要越界。")] == ["THREATEN"]


# ---- status and dates --------------------------------------------------------------------------
def test_a_suit_announced_for_a_later_day_is_planned(steps) -> None:
    text = "2020年8月3日，某船企宣布，将于8月5日正式起诉美国海关。"
    (e,) = typed(steps, text, "司法行为-起诉", ref="2020-09-01")
    assert e.status == "planned"
    (d,) = typed(steps, "2020年8月5日，某船企正式起诉美国海关。", "司法行为-起诉", ref="2020-09-01")
    assert d.status == "occurred"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the police's own notice of their act: the notice's day, not the act's
        ("4月7日，某县交警发布通报，赵某因醉驾肇事被警方行政拘留。", None),
        ("2022年初，家属从承办民警那里得知，王某已遭警方刑拘。", None),
    ],
)
def test_the_day_of_a_notice_does_not_date_what_it_tells(
    steps, text: str, date: str | None
) -> None:
    (e,) = typed(steps, text, "司法行为-拘捕", ref="2022-05-01")
    assert e.date == date
    text = "4月7日，赵某因醉驾肇事被警方行政拘留。"
    (d,) = typed(steps, text, "司法行为-拘捕", ref="2022-05-01")
    assert d.date == "2022-04-07"


def test_a_year_in_the_clause_dates_a_life_event(steps) -> None:
    text = "据悉，王某与李某于2015年相识，2017年结婚，2018年李某生子。"
    (e,) = typed(steps, text, "人生-结婚", ref="2021-07-01")
    assert (e.date, e.context_date) == (None, "2017")  # (a year alone: no date of its own)
    (b,) = typed(steps, text, "人生-产子/女", ref="2021-07-01")
    assert (b.date, b.context_date) == (None, "2018")
    # a year counted from the marriage dates the birth, not the marriage
    text = "王某在2014年与李某结婚，两人在结婚第三年的2016年有了女儿。"
    assert [e.context_date for e in typed(steps, text, "人生-结婚", ref="2021-07-01")] == ["2014"]


def test_an_opinion_of_a_ban_is_no_ban(steps) -> None:
    text = "对此，某国驻英国大使受访时说，这项禁令是不合理的，是在搞政治。"
    assert not [e for e in events(steps, text) if e.type == "SANCTION"]
    text = "挪威政府宣布禁止公务手机使用某游戏。"
    assert [e for e in events(steps, text) if e.type == "SANCTION"]


def test_what_someone_did_not_do_told_of_them_is_no_event(steps) -> None:
    text = "今天展会上原本没有新机型发布的某品牌，却因一则短片上了热搜。"
    assert not typed(steps, text, "产品行为-发布")
    assert typed(steps, "某品牌今天在车展上发布了一款新车。", "产品行为-发布")


def test_an_act_commented_on_is_not_done_here(steps) -> None:
    assert not typed(steps, "截至发稿，王某未就本案审理公开置评。", "司法行为-开庭")
    assert typed(steps, "王某诉李某一案今天在某区法院开庭审理。", "司法行为-开庭")


def test_what_is_forbidden_is_not_done(steps) -> None:
    text = "某局局长致函银行，通知对方不得处置王某的资产，包括出售、转让。"
    assert not typed(steps, text, "财经/交易-出售/收购")


def test_what_a_law_requires_is_no_request(steps) -> None:
    text = "检方表示，该条例要求法官先审查被告会否再犯同类罪行。"
    assert not [e for e in events(steps, text) if e.type == "REQUEST"]


def test_an_agreement_nearly_made_is_not_made(steps) -> None:
    text = "早在今年3月，一家游戏公司就被曝即将与某云服务商达成协议，由后者托管玩家数据。"
    assert not [e for e in events(steps, text) if e.type == "AGREE"]


def test_a_plan_rejected_is_a_rejection_that_occurred(steps) -> None:
    text = "谷歌在声明中称，其对Spotify美国业务的收购计划已被腾讯回绝。"
    (e,) = [e for e in events(steps, text) if e.type == "REJECT"]
    assert e.status == "occurred"


def test_figurative_blows_and_drownings_are_no_events(steps) -> None:
    cb = load_codebook()
    matches = cb.match("这家公司遭受到了降维打击。")
    assert not [m for m in matches if m.entry.plover_type == "ASSAULT"]
    assert not typed(steps, "网友留言说：“唾沫星子淹死人啊，您太张扬了。”", "人生-死亡")


def test_a_death_called_a_rumour_is_negated(steps) -> None:
    evs = typed(steps, "网传李先生已经去世，其家属表示李先生去世纯属谣言。", "人生-死亡")
    assert "negated" in [e.modality for e in evs]
    (d,) = typed(steps, "家属称王某已于昨天去世。", "人生-死亡")
    assert d.modality != "negated"


def test_the_day_that_ends_a_span_dates_no_act(steps) -> None:
    text = "李女士说从车子出事故到26日上午，一直没有店员联系她。"
    # (the accident opening the span is named in passing: doubt nominal_range drops it)
    assert all(e.date is None for e in typed(steps, text, "灾害/意外-车祸", ref="2021-04-28"))


def test_a_wedding_being_prepared_is_planned(steps) -> None:
    (e,) = typed(steps, "邱某说，两人领证后就忙着准备婚礼。", "人生-婚礼")
    assert e.status == "planned"


def test_a_title_or_a_price_hype_is_no_event(steps) -> None:
    assert not typed(steps, "五次总冠军获得者王某昨天出席了活动。", "竞赛行为-夺冠")
    assert not typed(steps, "一款糖果成本几毛钱，被炒到50多倍。", "组织关系-解雇")
    assert typed(steps, "王某上周被公司炒了鱿鱼。", "组织关系-解雇") or typed(
        steps, "王某上周被公司辞退。", "组织关系-解雇"
    )


def test_what_a_judgment_orders_within_a_deadline_is_not_done(steps) -> None:
    text = (
        "依照判决，李女士须在判决生效起十五日内删除全部帖子，"
        "并在论坛以书面形式向某家电品牌赔礼道歉。"
    )
    assert not typed(steps, text, "交往-道歉")
    assert typed(steps, "法院判决王某在十日内赔偿，王某已于昨天向李某道歉。", "交往-道歉")


def test_what_a_suit_asks_is_not_done(steps) -> None:
    text = "王某一共提了三项诉讼请求，包括撤下帖子并在报纸上公开道歉。"
    assert not typed(steps, text, "交往-道歉")


def test_a_besides_clause_of_a_question_is_asked(steps) -> None:
    text = "我们都快拖垮了。除了书面道歉以外，这次还要求经济赔偿吗？"
    assert not typed(steps, text, "交往-道歉")


def test_a_besides_clause_after_an_ascii_stop_is_asked(steps) -> None:
    text = "我们已经耗了一年了，他们还在照常上班.除了书面道歉之外，对方有提出经济赔偿吗？"
    assert not typed(steps, text, "交往-道歉")


def test_what_is_said_to_be_fabricated_is_negated(steps) -> None:
    text = "某公司在诉状中称她捏造“因油门卡死引发车祸”。"
    assert [e.modality for e in typed(steps, text, "灾害/意外-车祸")] in ([], ["negated"])
    assert "negated" not in [
        e.modality for e in typed(steps, "她称因油门卡死引发了车祸。", "灾害/意外-车祸")
    ]


def test_an_official_asking_anonymity_makes_no_request(steps) -> None:
    text = "一位要求匿名的某国官员向记者透露，贸易部这项规定将于周日实施。"
    assert not [e for e in events(steps, text) if e.type == "REQUEST"]


def test_a_suit_named_as_a_means_is_not_filed(steps) -> None:
    text = "周某表示，这项禁令违法，他相信能借助诉讼叫停它。"
    assert not typed(steps, text, "司法行为-起诉")


def test_what_one_does_each_time_is_no_event(steps) -> None:
    assert not typed(steps, "她常年在日本发展，每次领奖时也会用日语感谢家人。", "交往-感谢")
    assert typed(steps, "她在颁奖典礼上用中文感谢了粉丝。", "交往-感谢")


def test_an_age_gives_no_date(steps) -> None:
    text = "今年32岁的王某，两次因开设赌场被判刑。"
    assert [e.date for e in typed(steps, text, "司法行为-入狱", ref="2023-09-16")] in ([], [None])


def test_a_marriage_meant_told_of_a_person_is_none(steps) -> None:
    text = "2016年5月9日，王某公开与李某的恋情，说对方是她打算结婚的人。"
    assert not typed(steps, text, "人生-结婚")


def test_a_later_step_takes_no_day_of_the_clause_before(steps) -> None:
    text = "李某于去年8月和王某参加一场未获批准的游行，随后遭警方拘捕。"
    assert [e.date for e in typed(steps, text, "司法行为-拘捕", ref="2021-05-01")] == [None]
    text = "去年8月，李某被警方拘捕。"
    assert [e.date for e in typed(steps, text, "司法行为-拘捕", ref="2021-05-01")] == ["2020-08"]


def test_legal_names_and_descriptions_are_no_life_events(steps) -> None:
    text = "2022年6月，死者家属提起过失致死诉讼。"
    assert not typed(steps, text, "人生-死亡")
    assert typed(steps, text, "司法行为-起诉")
    assert not typed(steps, "2017年两人以新婚夫妻的身份参加了一档节目。", "人生-结婚")


def test_a_negated_governing_verb_negates_the_act(steps) -> None:
    text = "2019年4月，县检察院书面告知她，决定不通知警方刑事立案。"
    assert [e.modality for e in typed(steps, text, "司法行为-立案")] == ["negated"]
    text = "2019年4月，县检察院通知警方刑事立案。"
    assert "negated" not in [e.modality for e in typed(steps, text, "司法行为-立案")]


def test_figurative_fires_and_blasts_are_no_events(steps) -> None:
    assert not typed(steps, "王某在直播中提起往事，评论区瞬间炸锅。", "灾害/意外-爆炸")
    assert not typed(steps, "他拍过不少电视剧，可始终没怎么火起来。", "灾害/意外-起火")
    assert typed(steps, "昨晚某小区一栋居民楼突发大火，消防员赶到现场扑救。", "灾害/意外-起火")


def test_words_holding_ying_are_no_duty(steps) -> None:
    text = "王某被控盗窃罪，由警员押往法院，应讯完毕后被送回看守所羁押。"
    assert typed(steps, text, "司法行为-拘捕")


def test_dying_together_is_no_count(steps) -> None:
    text = "船上的游泳名将王某和其儿子以及另外五名前去观看比赛的游客一同遇难。"
    assert typed(steps, text, "人生-死亡")


def test_a_page_time_stamp_dates_no_event(steps) -> None:
    text = "某公司要求车主赔偿500万 某某网 发布时间：2023-11-28 07:21 某公司方面将继续上诉。"
    evs = typed(steps, text, "司法行为-起诉", ref="2023-11-28")
    assert evs and all(e.date is None for e in evs)
    (d,) = typed(steps, "2023年11月28日，某公司提起上诉。", "司法行为-起诉", ref="2023-11-29")
    assert d.date == "2023-11-28"


# ---- talked of, looming, judged, guessed, a condition, a motive, advice: no act --------------
@pytest.mark.parametrize(
    "text, trigger, plain",
    [
        # talks about an act, or an act looming, are not the act
        (
            "两家公司曾在去年讨论收购某电视台的部分股权。",
            "收购",
            "某公司去年收购了某电视台的部分股权。",
        ),
        (
            "某报25日报道称，随着潜在的某游戏禁令在法国逼近，一位议员当天公开力挺这款游戏。",
            "禁令",
            "某报25日报道称，法国的某游戏禁令已经生效，一位议员当天公开力挺这款游戏。",
        ),
        # a ban told before, named as a noun (这项禁令将…生效)
        ("美国司法部长星期一发表声明说，这项禁令将尽快生效。", "禁令", None),
        # an opinion of an act: 起诉不是唯一选择
        ("张某在发布会上说：起诉不是唯一选择。", "起诉", "李某在听证会上起诉了某公司。"),
        # a motive argued in an analysis (为…而…, with 分析)
        (
            "其中包括拜登为讨好选民而宣布禁令，以及对其金融背景的分析。",
            "禁令",
            "拜登为讨好选民而宣布禁令。",
        ),
        # a condition: 赢了，心里才会…
        ("他是个要强的人，决赛赢了，心里才会踏实。", "赢了", "张三赢了比赛之后，心里才会踏实。"),
        # a guessed cause: 或许正是因为…
        ("或许正是因为张三的离异，她才搬到了北京。", "离异", "张三的离异让她搬到了北京。"),
        # advice: 一定要…，学会…，让自己…
        ("女孩子一定要懂得自我保护，学会借助法律，让自己早日脱离苦海。", "脱离", None),
    ],
)
def test_talk_threat_opinion_motive_condition_guess_and_advice_are_no_acts(
    steps, text: str, trigger: str, plain: str | None
) -> None:
    assert not [e for e in events(steps, text) if e.trigger == trigger]
    if plain is not None:
        assert [e for e in events(steps, plain) if e.trigger == trigger]


def test_what_one_considers_done_stays(steps) -> None:
    # 考虑的是X已被起诉: the suit was brought; considering it is no talk of bringing it
    assert [
        e
        for e in events(steps, "李某表示，公司考虑的是王某已被起诉诈骗罪。")
        if e.trigger == "被起诉"
    ]


def test_a_clause_after_a_plan_clause_goes_on_with_the_plan(steps) -> None:
    said = "香港证监会表示，一直在留意相关股份的买卖，"
    planned = said + "并将与港交所合作，要求阿里巴巴尽快公布所有财务资料。"
    done = said + "并已与港交所合作，要求阿里巴巴尽快公布所有财务资料。"
    assert [e.status for e in events(steps, planned) if e.type == "REQUEST"] == ["planned"]
    assert [e.status for e in events(steps, done) if e.type == "REQUEST"] == ["occurred"]


def test_a_ban_to_be_imposed_and_what_it_will_demand_are_planned(steps) -> None:
    # 将实施禁令: 将 before a verb is the future (the 要求 clause after it is the ban's terms,
    # no event of its own)
    text = "韩国政府下个月将实施禁令，要求网吧停止提供这款游戏。"
    found = {e.trigger: e.status for e in events(steps, text)}
    assert found.get("禁令") == "planned" and "要求" not in found, found
    done = "韩国政府已实施禁令，要求网吧停止提供这款游戏。"
    assert {e.trigger: e.status for e in events(steps, done)}.get("禁令") == "occurred"


@pytest.mark.parametrize(
    "text, trigger, plain, plain_trigger",
    [
        (
            "王某职业生涯出色，曾率队拿下多座冠军，退役后一直活跃于排球圈。",
            "退役后",
            "王某2019年7月宣布退役，告别了17年的运动生涯。",
            "宣布退役",
        ),
        (
            "李某与儿子坠机身亡后，其妻子于去年2月起诉航空公司。",
            "坠机",
            "3月5日，一架直升机坠机，机上5人全部遇难。",
            "坠机",
        ),
    ],
)
def test_an_act_that_frames_a_time_with_no_time_of_its_own_is_background(
    steps, text: str, trigger: str, plain: str, plain_trigger: str
) -> None:
    assert not [e for e in events(steps, text) if e.trigger == trigger]
    assert [e for e in events(steps, plain) if e.trigger == plain_trigger]


def test_a_court_halting_a_government_ban_is_no_easing(steps) -> None:
    # the government eases its own ban (CONCEDE 081); a court halting it is the court's act
    # against the ban (news-dev: COERCE), not an easing by anyone: no CONCEDE
    evs = events(steps, "美国法院叫停特朗普政府对某应用的禁令")  # (a headline)
    assert not [e for e in evs if e.type == "CONCEDE"], [(e.type, e.trigger) for e in evs]
    evs = events(steps, "美国政府宣布解除对两款中国应用的禁令。")
    assert [e.type for e in evs if e.type] == ["CONCEDE"], [(e.type, e.trigger) for e in evs]


# ---- a question closing a sentence asks only its own part --------------------------------------
@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("甲城队主场二比三不敌乙城队，谁该为这场失利负责？", "竞赛行为-胜负"),  # 谁: asked part
        ("某电器公司遭证监会立案调查 股价还会跌吗？", "司法行为-立案"),  # a headline's gap cuts
        ("某地一名男子醉驾撞人后被刑拘，为何屡禁不止？", "司法行为-拘捕"),
        ("甲城队主场不敌乙城队0-3 谁之过？", "竞赛行为-胜负"),  # a score before the gap
    ],
)
def test_what_the_clauses_before_a_question_state_is_coded(steps, text: str, news: str) -> None:
    assert typed(steps, text, news)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("谁会在下周的决赛中击败甲城队？", "竞赛行为-胜负"),  # one clause: it all asks
        ("为什么某电器公司被立案，股价却涨了？", "司法行为-立案"),  # a question word opens it
        ("某队再输一场 还能出线吗？", "竞赛行为-晋级"),  # the part after the gap asks
    ],
)
def test_what_a_question_asks_is_not_coded(steps, text: str, news: str) -> None:
    assert not typed(steps, text, news)


# ---- a launch with no maker named: the product named as its subject ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "新款某牌ZX7四驱版将于下月正式上市。",  # a model's name in Latin letters
        "据悉，这款新车将于10月12日下午正式上市。",  # a noun of products
        "全新的操作系统HarmonyX已于昨日正式上线。",
    ],
)
def test_a_product_named_as_the_subject_is_launched(steps, text: str) -> None:
    assert typed(steps, text, "产品行为-发布")


@pytest.mark.parametrize(
    "text",
    [
        "庭审开始后，双方证人都已全部亮相。",  # people that show are no product
        "第三季度报告将于下周正式发布。",  # a document
        "主办方介绍，开幕式将于今晚8点正式亮相。",
        "几位女星昨晚一同亮相红毯。",  # people who appear in public
        "ETC新规将于下月正式上线。",  # a rule, though Latin letters name it
    ],
)
def test_what_shows_or_is_published_with_no_maker_is_no_product(steps, text: str) -> None:
    assert not typed(steps, text, "产品行为-发布")


def test_an_accidents_consequences_name_it(steps) -> None:
    # 车祸后果: the accident named, not told (后果 is no time 后 frames, but still its attribute)
    assert not typed(steps, "王某表示，车祸后果由他本人承担。", "灾害/意外-车祸")


def test_a_word_opening_with_hou_frames_no_time(steps) -> None:
    # 后来的冠军: the later champion, not "after the win"; 胜利后: after it, a frame
    assert typed(steps, "甲城队上赛季曾主场完胜后来的联赛冠军乙城队。", "竞赛行为-胜负")
    assert not typed(steps, "甲城队完胜后，球员们在更衣室庆祝。", "竞赛行为-胜负")


# ---- the dead counted, not named ---------------------------------------------------------------
def test_the_dead_counted_are_the_deaths_participants(steps) -> None:
    (e,) = typed(steps, "某县一民房内煤炉未熄 致3人中毒身亡", "人生-死亡")  # how they died
    assert [a.name for a in e.actors] == ["3人"]  # (between the count and the word)


@pytest.mark.parametrize(
    ("text", "host", "dead", "hurt"),
    [
        ("某市一仓库凌晨起火，已造成12死5伤。", "灾害/意外-起火", "12", "5"),
        ("某地两车相撞 两死一伤", "灾害/意外-车祸", "两", "一"),
        ("一辆货车在国道上撞上护栏，造成2死3伤。", "灾害/意外-车祸", "2", "3"),
        ("某矿区一处厂房昨日坍塌，事故致1死4伤。", "灾害/意外-坍/垮塌", "1", "4"),
    ],
)
def test_a_count_in_the_death_trigger_is_the_toll_not_a_participant(
    steps, text: str, host: str, dead: str, hurt: str
) -> None:
    # 2死3伤: a count of the dead (DuEE's 死亡人数 of the accident it closes), no one: the death
    # is told with no participant, and the accident carries the toll
    (e,) = typed(steps, text, "人生-死亡")
    assert e.actors == [] and not any(a.role == "死者" for a in e.arguments)
    (h,) = typed(steps, text, host)
    r = {a.role: a.text for a in h.arguments}
    assert (r.get("死亡人数"), r.get("受伤人数")) == (dead, hurt), r


@pytest.mark.parametrize(
    ("text", "host", "dead", "hurt"),
    [
        ("一辆货车在国道上撞上护栏，造成2人死亡3人受伤。", "灾害/意外-车祸", "2人", "3人"),
        ("某地一座旧桥昨日坍塌，所幸无人伤亡。", "灾害/意外-坍/垮塌", None, None),
    ],
)
def test_a_toll_with_a_word_of_people_is_read_as_before(
    steps, text: str, host: str, dead: str | None, hurt: str | None
) -> None:
    (h,) = typed(steps, text, host)
    r = {a.role: a.text for a in h.arguments}
    assert (r.get("死亡人数"), r.get("受伤人数")) == (dead, hurt), r


@pytest.mark.parametrize(
    "text",
    [
        "不少网友讨论起中毒身亡的话题。",
        "某地发生火灾，他想一死了之。",  # 一死 opening a word: no count of the dead
    ],
)
def test_a_death_with_no_one_named_nor_counted_is_no_event(steps, text: str) -> None:
    assert not typed(steps, text, "人生-死亡")


# ---- a result written as a score between the two sides ----------------------------------------
@pytest.mark.parametrize(
    ("text", "winner", "loser"),
    [
        ("联赛第5轮，甲城联队3-1乙城竞技。", "甲城联队", "乙城竞技"),
        ("篮球联赛常规赛，飞鹰队88-97雷霆队。", "雷霆队", "飞鹰队"),  # the higher score wins
    ],
)
def test_a_score_between_two_sides_is_a_result(steps, text: str, winner: str, loser: str) -> None:
    (e,) = typed(steps, text, "竞赛行为-胜负")
    roles = {a.role: a.text for a in e.arguments}
    assert (roles.get("胜者"), roles.get("败者")) == (winner, loser)


@pytest.mark.parametrize(
    "text",
    [
        "篮球联赛昨晚结束两场比赛，飞鹰队88-97雷霆队，猛虎队101-99海豚队。",
        "联赛第5轮，甲城联队3-1乙城竞技，丙城联队3-1丁城竞技。",  # the same score twice
    ],
)
def test_scores_of_two_games_are_two_results(steps, text: str) -> None:
    assert len(typed(steps, text, "竞赛行为-胜负")) == 2


def test_a_drawn_score_reads_as_a_draw(steps) -> None:
    # 2-2 as 战平: the first side in the loser's role (not a win for either)
    (e,) = typed(steps, "联赛第5轮，甲城联队2-2乙城竞技。", "竞赛行为-胜负")
    (d,) = typed(steps, "联赛第5轮，甲城联队战平乙城竞技。", "竞赛行为-胜负")
    assert {a.role: a.text for a in e.arguments if a.role in ("胜者", "败者")} == {
        a.role: a.text for a in d.arguments if a.role in ("胜者", "败者")
    }


@pytest.mark.parametrize(
    "text",
    [
        "这份合同为期3-5年，联赛官方昨天公布了细则。",  # a range of a unit
        "比赛定于北京时间10:30开始，球队已经抵达球场。",  # a time of day
        "球队系列赛3-0领先对手，联赛官方表示将加强安保。",  # a lead, no result yet
        "某车型号00-1被召回。",  # no sport in the text
        "球队的训练软件只能在iOS13-14系统上运行。",  # a version, not a team
        "足球联赛第5轮，比赛将于19:35开球，甲城队主场迎战乙城队。",  # a kick-off time
        "篮球联赛：某球员预计缺阵2-3小时恢复训练。",  # a range of hours
        "联赛第5轮：明日风力3-4级。",  # a range of a measure
    ],
)
def test_numbers_that_are_no_score_make_no_result(steps, text: str) -> None:
    assert not typed(steps, text, "竞赛行为-胜负")


def test_an_act_named_by_where_it_happened_is_told(steps) -> None:
    # 发生在…的: a relative clause of the act's happening, no owner (王某的车祸: an owner's)
    assert typed(steps, "上周五发生在某县城郊的爆炸事件导致5人受伤。", "灾害/意外-爆炸")
    assert not typed(steps, "网友们至今还在讨论王某的那起车祸。", "灾害/意外-车祸")


def test_an_envoy_posted_to_a_country_is_of_the_country_before_zhu(steps) -> None:
    # 甲国驻乙国大使: posted to 乙国, of 甲国 (not the host's)
    (e,) = [x for x in events(steps, "中国驻加拿大大使丛培武昨天会见了加拿大外长。") if x.type]
    assert [(a.country, a.side) for a in e.actors] == [("CHN", "source"), ("CAN", "target")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("日本外务省10日召见中国驻日大使。", [("JPN", "source"), ("CHN", "target")]),
        ("中国外交部副部长昨天召见加拿大驻华大使鲍达民。", [("CHN", "source"), ("CAN", "target")]),
    ],
)
def test_an_envoy_summoned_is_an_official_complaint(steps, text: str, sides) -> None:
    (e,) = [x for x in events(steps, text) if x.type]
    assert (e.type, e.cameo) == ("ACCUSE", "114")
    assert [(a.country, a.side) for a in e.actors] == sides


def test_officials_of_ones_own_country_summoned_is_no_complaint(steps) -> None:
    assert not [x for x in events(steps, "省长昨天召见了各市负责人。") if x.type]


def test_a_question_with_a_latin_name_in_it_asks_all_of_it(steps) -> None:
    # the spaces around iPhone 12 are no headline's gap: the one clause is asked
    assert not typed(steps, "苹果会发布 iPhone 12 吗？", "产品行为-发布")


def test_a_summons_of_ones_own_officials_named_by_country_is_no_complaint(steps) -> None:
    # the test above names no country, so no dyad could form there whatever 召见 read; 召见
    # is read only with an envoy after it (被中方召见, the passive, is left unread)
    assert not [x for x in events(steps, "泰国国王昨天召见了泰国总理巴育。") if x.type]


def test_one_act_counted_where_it_happened_is_told(steps) -> None:
    # 发生在…的一起: the one act that happened there (不 多起: acts of a kind, counted)
    assert typed(steps, "前天发生在某镇集市的一起爆炸事件导致3人受伤。", "灾害/意外-爆炸")
    assert not typed(steps, "近年来发生在某镇的多起爆炸事件引起了关注。", "灾害/意外-爆炸")


@pytest.mark.parametrize(
    ("text", "news", "status"),
    [
        ("李女士说，她要去起诉那家公司。", "司法行为-起诉", "planned"),  # meant
        ("王某要起诉那家装修公司。", "司法行为-起诉", "planned"),
        ("王某已经起诉了那家装修公司。", "司法行为-起诉", "occurred"),  # control: done
        ("我要感谢父母和老师。", "交往-感谢", "occurred"),  # said, so done
        ("王某要会见来访的客人。", "交往-会见", "planned"),  # a meeting is not said
        ("据悉，昨天两名政要遇刺。", "灾害/意外-袭击", "occurred"),  # 政要: a noun, no 要
    ],
)
def test_what_one_is_going_to_do_is_planned(steps, text: str, news: str, status: str) -> None:
    (e,) = typed(steps, text, news)
    assert e.status == status
    assert all(a.text != "要去" for a in e.arguments)


def test_a_recall_of_a_product_named_as_its_subject_is_coded(steps) -> None:
    # the product is the subject of the passive-like 已被召回, no maker named
    assert typed(steps, "这款新车型已被全部召回。", "产品行为-召回")


@pytest.mark.parametrize(
    "text", ["几名休假的员工已被召回单位。", "主教练时隔两年再次将他召回国家队。"]
)
def test_people_recalled_to_their_posts_are_no_product_recall(steps, text: str) -> None:
    assert not typed(steps, text, "产品行为-召回")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“世界读书日”某书店突然裁员", "某书店"),  # a day's name opening the clause
        ("“感恩节”前夕Zeta突然大幅裁员", "Zeta"),  # with the word placing the act
    ],
)
def test_a_quoted_day_opening_the_clause_is_no_part_of_the_doer(steps, text: str, who: str) -> None:
    (e,) = typed(steps, text, "组织关系-裁员")
    assert who in [a.text for a in e.arguments]


def test_a_couple_named_as_a_pair_is_a_participant(steps) -> None:
    # 夫妻俩, 母女俩: a pair of people named by their tie, no names (generic_actors CVL)
    (e,) = typed(steps, "夫妻俩在超市大吵大闹，双双被拘留五日。", "司法行为-拘捕")
    assert "夫妻俩" in [a.text for a in e.arguments]


def test_one_of_a_class_singled_out_is_a_participant(steps) -> None:
    # 某车企: one car maker, anonymised - not car makers in general (class_only)
    assert typed(steps, "某车企宣布召回两万辆汽车。", "产品行为-召回")


@pytest.mark.parametrize("text", ["因此车企纷纷宣布召回。", "每一家车企都宣布召回。"])
def test_a_class_noun_after_a_word_ending_in_a_determiner_is_the_class(steps, text: str) -> None:
    # 因此 (so), 每一家 (each): 此, 一家 in a word single no one out - still the class
    assert not typed(steps, text, "产品行为-召回")


# ---- a room, a paper or a person named after a verb of meeting or telling -------------------
def test_a_meeting_room_is_no_meeting(steps) -> None:
    # 会见室: the room where meetings are held, named to say who works there - no meeting
    assert not typed(steps, "看守所会见室民警辞职。", "交往-会见")
    # control: the verb itself still meets
    assert typed(steps, "律师昨日在看守所会见了李某。", "交往-会见")


def test_an_addressing_verb_with_a_noun_end_is_no_verb() -> None:
    # 通知书, 警告信, 告诉人: a paper or a person, no verb of telling between two participants
    from dashiji.events.news import _ADDRESSING, _modifies
    from dashiji.events.news_actors import Actor

    assert _ADDRESSING.search("通知书") is None and _ADDRESSING.search("警告信") is None
    assert _ADDRESSING.search("告诉人") is None
    vt = "华信公司警告信王某"
    assert _modifies(vt, Actor(0, 4, "华信公司", "ORG"), [Actor(7, 9, "王某", "PER")])
    # control: the verb between two participants makes the second its object
    assert _ADDRESSING.search("通知") is not None
    vt = "华信公司通知王某"
    assert not _modifies(vt, Actor(0, 4, "华信公司", "ORG"), [Actor(6, 8, "王某", "PER")])


# ---- a noun of an act's course (进展, 过程) right after the trigger: the course named ----------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("法院拒绝了双方公开庭审过程的要求。", "庭审"),
        ("上海某女车主昨晚发文对维权进展作了说明。", "维权"),
        ("李某首次谈及与妻子的离婚过程。", "离婚"),
    ],
)
def test_the_course_of_an_act_is_no_event(steps, text: str, trigger: str) -> None:
    assert not [e for e in events(steps, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("某区法院昨天上午开庭审理了此案。", "开庭审理"),
        ("两人上个月在当地民政局办理了离婚手续。", "离婚"),
    ],
)
def test_the_act_before_another_noun_stays(steps, text: str, trigger: str) -> None:
    assert [e for e in events(steps, text) if trigger in e.trigger]


def test_an_act_meant_with_yitu_is_planned(steps) -> None:
    text = "日本议员不顾各方反对，意图对韩国展开调查。"
    assert [e.status for e in events(steps, text) if e.trigger == "调查"] == ["planned"]
    text = "日本议员不顾各方反对，对韩国展开了调查。"
    assert [e.status for e in events(steps, text) if e.trigger == "调查"] == ["occurred"]


# ---- a photo of a body (遗体照, 尸体照): a picture passed on, the death in the background ------
@pytest.mark.parametrize(
    "text",
    ["两名警员曾把遇难者遗体照发到群里。", "有辅警把遇难者尸体照发到了朋友圈。"],
)
def test_a_photo_of_a_body_is_no_death(steps, text: str) -> None:
    assert not typed(steps, text, "人生-死亡")


def test_a_body_found_is_still_a_death(steps) -> None:
    assert typed(steps, "警方在河边发现一具男子遗体，随后拍照取证。", "人生-死亡")


# ---- 男生女生, 先生女儿: 生女/生子 read across a word ending in 生 ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "班里的男生女生们都哄堂大笑。",
        "操场上的男生女生排成两队。",
        "这位大学生女友的照片在网上流传。",
        "王先生女友昨天到派出所报案。",
        "赵医生女友在急诊室工作。",
        "学生子女的入学问题由教育局统一安排。",
    ],
)
def test_a_word_ending_in_sheng_before_a_child_word_is_no_birth(steps, text: str) -> None:
    assert not typed(steps, text, "人生-产子/女")


def test_a_birth_told_with_sheng_nv_stays(steps) -> None:
    # the control: 生女 after its mother, no word ending in 生 before it
    assert typed(steps, "李女士昨天生女，母女平安。", "人生-产子/女")


# ---- 号召: a call to act is a request; the act called for has not happened -------------------
@pytest.mark.parametrize(
    "text",
    [
        "不少市民号召抵制日本商品。",
        "有学生在论坛上号召抵制美国快餐。",
        "工会号召全体司机罢工。",
        "部分家长在群里号召罢课。",
    ],
)
def test_an_act_called_for_is_not_done(steps, text: str) -> None:
    # 号召, like 呼吁, frames the act it calls for: no boycott or strike has taken place
    evs = events(steps, text)
    assert not [e for e in evs if e.type == "PROTEST" or e.news_type == "组织行为-罢工"], [
        (e.type, e.news_type, e.trigger) for e in evs
    ]


def test_a_call_is_a_request(steps) -> None:
    # the call itself is a REQUEST, as 呼吁 is
    evs = events(steps, "拜登号召盟友抵制俄罗斯。")
    assert [e.trigger for e in evs if e.type == "REQUEST"] == ["号召"], [
        (e.type, e.trigger) for e in evs
    ]


def test_the_act_answering_a_call_is_done(steps) -> None:
    # control: a strike held in answer to a call, or under it (响应号召, 在…的号召下), and a
    # 号召力 (appeal), are no call framing the act
    for text in ("司机们响应工会号召，举行罢工。", "在工会的号召下，司机们举行罢工。"):
        evs = events(steps, text)
        assert [e.status for e in evs if e.news_type == "组织行为-罢工"] == ["occurred"], [
            (e.type, e.news_type, e.trigger) for e in evs
        ]
    assert not [e for e in events(steps, "这位歌手的号召力很强。") if e.type == "REQUEST"]
    # a day (20号) before 召开 is no 号召: the launch at that meeting is still told
    evs = events(steps, "在5月20号召开的新品发布会上，某手机公司发布了两款新机。")
    assert [e.news_type for e in evs] == ["产品行为-发布"], [(e.type, e.trigger) for e in evs]


# ---- an act as the topic of an "even" aside (都没有, 都不…: doubt compared) ------------------
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("韩东和刘佳那年离婚都没有引起这么多关注，这次却闹得沸沸扬扬。", "人生-离婚"),
        ("出了这么大的事，周某连道歉都没有。", "交往-道歉"),
        ("出了这么大的事，周某连一句道歉都没有。", "交往-道歉"),
        ("韩东刘佳两人的离婚都没登上热搜榜首，这回却人尽皆知。", "人生-离婚"),
    ],
)
def test_an_act_as_the_topic_of_an_even_aside_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # 也没有: and, not even - the divorce told
        ("韩东和刘佳上个月离婚，也没有告诉双方父母。", "人生-离婚"),
        # 都 after the subject, before the trigger: all of them did it
        ("涉案的五名男子昨天都被捕了。", "司法行为-拘捕"),
        # done, then not even something else (no 连 before it, no notice drawn): told
        ("周某昨天被警方拘留都不知道自己犯了什么事。", "司法行为-拘捕"),
        ("韩东和刘佳上个月离婚都没有告诉双方父母。", "人生-离婚"),
        ("孙某被捕都未通知家属。", "司法行为-拘捕"),
        ("当初两人结婚都不曾办过一场酒席。", "人生-结婚"),
    ],
)
def test_an_act_before_also_not_or_after_all_is_told(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


# ---- a recap of bare act words, one act repeated (被捕、保释、再被捕: doubt recap) ---------------
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("从前年开始，钱某被捕、获释、再被捕、再获释，网友说这简直是一出闹剧。", "司法行为-拘捕"),
        ("这位商人经历了被拘留、取保、又被拘留，外界议论纷纷。", "司法行为-拘捕"),
        # a year opening the span in the list's clause: the course since it, still a recap
        ("自2019年孙某被拘留、取保、又被拘留，舆论哗然。", "司法行为-拘捕"),
    ],
)
def test_a_recap_naming_an_act_twice_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # another act repeated: the arrest is told
        ("钱某昨天被捕、受审、再受审，今天被起诉。", "司法行为-拘捕"),
        # two items, none repeated
        ("警方昨日将钱某逮捕、审讯，随后移送检察院。", "司法行为-拘捕"),
        # a day named before the list: that day's course told, the arrest too
        ("钱某昨天被拘留、罚款、再被拘留。", "司法行为-拘捕"),
        ("钱某3月5日被捕、保释、再被捕。", "司法行为-拘捕"),
    ],
)
def test_a_list_repeating_no_act_of_the_trigger_is_told(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


# ---- an act's paper named for its content (道歉信内容不实: attribute_heads, nominal_relative) ---
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("昨晚，律师孙某发文称，网红林某道歉信内容并不属实。", "交往-道歉"),
        ("林某道歉声明的真实性遭到网友质疑。", "交往-道歉"),
    ],
)
def test_an_acts_paper_named_for_its_content_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # the letter published: the apology told, its content after a comma
        ("网红林某昨天发布了一封道歉信，内容长达两千字。", "交往-道歉"),
        ("网红林某昨天在微博公开道歉，并表示将停更反省。", "交往-道歉"),
        # the content of an act done, no paper between: the apology told
        ("某品牌昨日在官网公开道歉的内容引起不少争议。", "交往-道歉"),
    ],
)
def test_an_apology_published_is_still_told(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


def test_the_content_of_a_suit_filed_leaves_the_suit_told(steps) -> None:
    # 内容 after the suit's object and 的: the suit filed, its content told
    text = "钱某昨天向法院起诉孙某的内容是讨回三万元借款。"
    assert typed(steps, text, "司法行为-起诉"), [e.trigger for e in events(steps, text)]


# ---- a counted span closed by 的时间/之久 right after the act: how long since it (span_lasted) --
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("如今，孟某与前男友已经分手两年多的时间。", "人生-分手"),
        ("说起来，孟某和丈夫离婚已有三年之久。", "人生-离婚"),
    ],
)
def test_a_span_lasted_since_an_act_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # the span frames a later act: that act told
        ("孟某与前男友分手一年后再婚。", "人生-结婚"),
        # a term imposed: the sentence told
        ("法院昨天判处孟某入狱三年。", "司法行为-入狱"),
        # 长达: how long the act itself lasted, the detention told
        ("孟某于3月1日被拘留长达15天之久。", "司法行为-拘捕"),
        ("孟某上月被警方拘留长达二十多天的时间。", "司法行为-拘捕"),
    ],
)
def test_a_span_framing_a_later_act_or_a_term_is_told(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


# ---- an act as the topic of a statement (就…发表声明: comment_verbs, nominal_topic) ------------
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("8月3日，某国外交部发言人就东港警方逮捕孙某等人发表声明。", "司法行为-拘捕"),
        ("8月5日，某国使馆对东港警方拘留钱某发布声明。", "司法行为-拘捕"),
    ],
)
def test_an_act_as_the_topic_of_a_statement_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # the arrest told in a clause of its own, the statement after it
        ("东港警方8月3日逮捕孙某，某国外交部随后发表声明。", "司法行为-拘捕"),
        # 对 marks the act's own object, 并 joins the statement as a second act: both done
        ("某公司昨天对钱某提起诉讼并发表声明。", "司法行为-起诉"),
        ("东港警方昨天对孙某予以拘留并发布声明。", "司法行为-拘捕"),
    ],
)
def test_an_act_told_before_a_statement_stays(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize("text", ["司机们响应工会号召罢工。", "司机们听从工会号召罢工。"])
def test_a_strike_answering_a_named_callers_call_is_done(steps, text: str) -> None:
    # 响应工会号召罢工, 听从工会号召罢工: the caller between 响应 (听从) and 号召, no comma - the
    # strike is held
    evs = events(steps, text)
    assert [e.status for e in evs if e.news_type == "组织行为-罢工"] == ["occurred"], [
        (e.type, e.news_type, e.trigger) for e in evs
    ]


def test_a_day_in_chinese_numerals_before_zhao_is_no_call(steps) -> None:
    # 十五号召回: a day (十五号) before 召回, no 号召 - the apology after it in the clause is done
    evs = events(steps, "东岳汽车公司十五号召回5万辆汽车并公开道歉。")
    assert [e.status for e in evs if e.news_type == "交往-道歉"] == ["occurred"], [
        (e.type, e.news_type, e.trigger) for e in evs
    ]


# ---- a total over a span of time (period_spans + total_before/total_after) --------------------
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("过去一年在东港上市的科技公司总融资额近一百亿元，市场反响热烈。", "财经/交易-融资"),
        ("今年以来，甲科技公司融资总额达十亿元。", "财经/交易-融资"),
        ("过去一年，某市警方共拘捕了两百余名嫌犯。", "司法行为-拘捕"),
        # (a total over years: once checked as an act of no day, now no act)
        (
            "5月3日晚上，城西一男子持刀砍伤两名路人。此外，多年来民警共抓获嫌疑人20名。",
            "司法行为-拘捕",
        ),
    ],
)
def test_a_total_over_a_span_of_time_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # one round: no total
        ("甲科技公司昨日宣布完成了五亿元B轮融资。", "财经/交易-融资"),
        # one round in a span: no total mark
        ("今年以来，甲科技公司完成了一轮五亿元融资。", "财经/交易-融资"),
        # a total of one raid, no span
        ("昨日警方突击行动，共拘捕了七名嫌犯。", "司法行为-拘捕"),
        # 共同: acting together, no total
        ("今年以来，两地警方共同拘捕了嫌犯孙某。", "司法行为-拘捕"),
        # a span with no total: one act
        ("过去一年里，歌手孙某与演员钱某结婚。", "人生-结婚"),
        # 老总: a word ending in 总, no total
        ("今年上半年，甲科技公司老总被捕。", "司法行为-拘捕"),
        # a company's layoffs over half a year: the cut a reader lists
        ("今年上半年，甲科技公司共裁员五百人。", "组织关系-裁员"),
        # 年内 of 内蒙古: no span
        ("2019年内蒙古警方共拘捕了七名嫌犯。", "司法行为-拘捕"),
    ],
)
def test_one_act_in_a_span_or_a_total_of_one_raid_stays(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type), [e.trigger for e in events(steps, text)]


# ---- an accusation named inside a denial (charge_denials, charge_rebutted) --------------------
@pytest.mark.parametrize(
    "text",
    [
        "孙某否认了检方对他的所有指控。",
        "孙某否认检方对他的所有指控，称自己无罪。",
        "孙某驳斥了检方的所有指控。",
        "孙某否认了检方对他的诈骗罪指控。",
        "孙某的律师称，检方对孙某的诈骗罪指控毫无根据。",
        "孙某在受访时辩称从未犯罪，称自己是被人捏造指控被捕。",
    ],
)
def test_an_accusation_named_inside_a_denial_is_no_charge(steps, text: str) -> None:
    assert not typed(steps, text, "司法行为-起诉"), [e.trigger for e in events(steps, text)]


@pytest.mark.parametrize(
    "text",
    [
        # the verb: the charge is made, the denial follows
        "检方指控孙某犯有诈骗罪，孙某否认。",
        # the denial in another clause, the charge made in its own
        "孙某否认受贿，检方随后对他提出指控。",
        # a denial of something else, the charge made by the one denying
        "检方否认了孙某的说法，并对他提出指控。",
        # a charge named with no denial
        "检方以诈骗罪指控孙某，案件将于下月开庭。",
        # 以…罪指控: the verb, beside a denial in its clause
        "孙某否认自己知情但检方仍以诈骗罪指控他。",
        # 提出…指控 after a denial of something else in the clause: the charge made
        "检方否定辩方意见后对孙某提出了多项指控。",
    ],
)
def test_a_charge_made_beside_a_denial_stays(steps, text: str) -> None:
    assert typed(steps, text, "司法行为-起诉"), [e.trigger for e in events(steps, text)]


# ---- an act told as background (background_marks): no day of the sentence's own act -----------
@pytest.mark.parametrize(
    "text, news_type",
    [
        ("钱某于2023年9月12日刑满出狱，之前因诈骗罪被判刑。", "司法行为-入狱"),
        ("钱某于2023年9月12日刑满出狱，曾因诈骗罪被判刑。", "司法行为-入狱"),
        ("2023年9月12日，钱某刑满出狱，他早年因诈骗罪被判刑。", "司法行为-入狱"),
    ],
)
def test_an_act_told_as_background_takes_no_day_of_the_sentence(
    steps, text: str, news_type
) -> None:
    found = typed(steps, text, news_type, ref="2023-09-13")
    assert found and all(e.date is None for e in found), [(e.trigger, e.date) for e in found]


@pytest.mark.parametrize(
    "text, news_type",
    [
        # (the day in an earlier clause that is no time heading: a day only the mark's test keeps)
        # 曾经 modifying a noun: the act is the day's
        ("孙某9月12日回到家乡，曾经的球星钱某与他结婚。", "人生-结婚"),
        # 之前 inside a relative clause of the place
        ("孙某9月12日回到家乡，在之前住过的酒店被警方拘捕。", "司法行为-拘捕"),
        # the surname 曾
        ("孙某9月12日出狱，曾某被警方拘捕。", "司法行为-拘捕"),
        # 在…之前: before an act named, no background
        ("甲科技公司9月12日发布公告，在上市之前完成了五亿元B轮融资。", "财经/交易-融资"),
        # 昔日 modifies a noun with no 的
        ("孙某9月12日回到家乡，昔日好友钱某被警方拘捕。", "司法行为-拘捕"),
        # the background is told after the act
        ("9月12日，孙某与女友结婚，两人之前已相恋多年。", "人生-结婚"),
        # a time clause of its own heads the background act: its day
        ("这并不是孙某首次被拘，早在9月12日，孙某就曾被警方拘捕。", "司法行为-拘捕"),
    ],
)
def test_an_act_beside_a_background_word_keeps_its_day(steps, text: str, news_type) -> None:
    found = typed(steps, text, news_type, ref="2023-09-13")
    assert any(e.date == "2023-09-12" for e in found), [(e.trigger, e.date) for e in found]


# ---- 由于裁员等原因: an act named as one cause among others, in passing -----------------------
@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("虽然这家车企的销量增长，不过因为降价等原因，利润有所减少。", "财经/交易-降价"),
        ("虽然该公司上月销量增长，但由于裁员等原因，利润有所下降。", "组织关系-裁员"),
        ("因车祸等多种原因，该路段上月通行效率下降。", "灾害/意外-车祸"),
        ("这家工厂由于罢工等诸多因素，产量减少了一半。", "组织行为-罢工"),
    ],
)
def test_an_act_named_as_one_cause_among_others_is_no_event(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("这家车企上月宣布降价，利润随后有所减少。", "财经/交易-降价"),
        ("该公司昨日宣布裁员，股价随即下跌。", "组织关系-裁员"),
        ("昨晚该路段发生一起车祸，造成两人受伤。", "灾害/意外-车祸"),
        ("这家工厂的工人上周举行罢工，要求提高工资。", "组织行为-罢工"),
    ],
)
def test_an_act_told_beside_its_effect_stays(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type)


# ---- 坠机可能由于…造成的: a guessed cause right after the act, its topic ---------------------
@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("有航空专家表示，坠机可能由于驾驶员判断失误造成的。", "灾害/意外-坠机"),
        ("专家称，山火或因雷击引起。", "灾害/意外-起火"),
        ("有媒体称，两人离婚也许是因为聚少离多。", "人生-离婚"),
        ("消防人员初步判断，爆炸疑因燃气泄漏引起。", "灾害/意外-爆炸"),
        ("该车企召回可能是由于刹车存在隐患。", "产品行为-召回"),
    ],
)
def test_a_guessed_cause_right_after_the_act_names_it_as_topic(steps, text: str, news_type) -> None:
    assert not typed(steps, text, news_type)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("一架小型飞机昨天下午在郊外坠毁，机上两人遇难。", "灾害/意外-坠机"),
        ("某小区一栋住宅楼昨晚发生火灾，所幸无人受伤。", "灾害/意外-起火"),
        ("两人上个月因性格不合离婚。", "人生-离婚"),
        ("一名男子可能因涉嫌诈骗被警方拘留。", "司法行为-拘捕"),
        ("该车企上周宣布召回两万辆汽车。", "产品行为-召回"),
    ],
)
def test_an_act_told_with_a_guess_before_it_or_none_stays(steps, text: str, news_type) -> None:
    assert typed(steps, text, news_type)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # the act reported with its day, only its cause guessed
        ("昨晚城东一栋居民楼起火或因电动车充电引起。", "灾害/意外-起火"),
        ("前天上午一辆大巴侧翻疑因司机疲劳驾驶。", "灾害/意外-车祸"),
        # 或因此: "or thereby", a consequence, no guessed cause
        ("一名男子被警方拘留或因此失去了工作。", "司法行为-拘捕"),
        # 可能由: who may act, no cause
        ("该公司此轮裁员可能由董事会决定。", "组织关系-裁员"),
    ],
)
def test_an_act_whose_cause_after_it_is_no_guess_or_told_with_its_day_stays(
    steps, text: str, news_type
) -> None:
    assert typed(steps, text, news_type)


# ---- 这起火灾: the counter 起 and 火 of 火灾 are no 起火 -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "这起火灾造成一名租户轻微烧伤。",
        "据了解，那起火灾系电动车违规充电引起。",
        "消防部门已对这起火灾展开调查。",
    ],
)
def test_a_fire_named_again_with_its_counter_is_no_new_fire(steps, text: str) -> None:
    assert not typed(steps, text, "灾害/意外-起火")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("前天深夜，城郊一家木材厂发生一起火灾。", "火灾"),
        ("昨天下午，一栋居民楼的厨房突然起火。", "起火"),
        ("今早一辆货车在高速上起火，司机及时逃生。", "起火"),
    ],
)
def test_a_fire_told_keeps_its_own_trigger(steps, text: str, trigger: str) -> None:
    assert [e.trigger for e in typed(steps, text, "灾害/意外-起火")] == [trigger]


# ---- 攻击: an attack with words or rules, by netizens, media or institutions, or on an app, a
# brand, a policy, a reputation, hurts no one (issue 7 point 4) ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "多国政府和监管机构近来以隐私保护为由接连对这家视频应用发动攻击。",
        "网民纷纷对该品牌发动攻击，要求其道歉。",
        "几家媒体连日来对这项新政策发动攻击。",
        "有人雇佣水军在网上攻击竞争对手。",
        "对方一直在对我们的产品发起攻击。",
        "恰逢欧美政府与机构以“隐私”为名频频对微信发动攻击。",
    ],
)
def test_a_figurative_attack_is_no_attack(steps, text: str) -> None:
    assert not typed(steps, text, "灾害/意外-袭击")
    assert not [e for e in events(steps, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "武装分子昨晚对该村发动攻击，打死三名村民。",
        "据媒体报道，武装分子昨晚对一处哨所发动攻击。",
        "据媒体报道武装分子对该村发动攻击。",
        "歹徒对该公司总部大楼发动攻击，炸死两人。",
        "暴徒昨晚对两名媒体记者发动攻击。",
        "歹徒在街头对一名网友发动攻击。",
        "一个武装机构昨晚对该村发动攻击。",
        "叛军对当地的政府机构发动攻击，打死五人。",
        "武装分子对一家石油公司发动攻击。",
    ],
)
def test_a_physical_attack_near_those_words_stays(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-袭击")


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯军队对乌克兰政府机构发动攻击。",
        "以色列军队对加沙的联合国机构发动攻击。",
        "美国无人机对伊朗一家石油公司发动攻击。",
    ],
)
def test_a_state_attack_on_a_body_or_a_company_stays_an_assault(steps, text: str) -> None:
    assert [e for e in events(steps, text) if e.type == "ASSAULT"]


# ---- 塌了: fan talk of a star's image falling (口碑, 人设, 路人缘) is no building collapse -------
@pytest.mark.parametrize(
    "text",
    [
        "有的明星口碑一向很差，可看他房子塌了，仍有人心疼。",
        "饭圈里常说，偶像出了丑闻就是房子塌了。",
        "网传某歌手人设崩了，粉丝直呼房子塌了。",
        "这位演员路人缘一向很好，没想到房子说塌就塌了。",
        "不少黑粉等着看他的房子塌了。",
    ],
)
def test_a_star_whose_house_falls_is_no_collapse(steps, text: str) -> None:
    assert not typed(steps, text, "灾害/意外-坍/垮塌")


@pytest.mark.parametrize(
    "text",
    [
        "某市一栋居民楼倒塌，救援人员正在搜救。",
        "房屋倒塌致3人受伤。",
        "昨天暴雨，村里一户人家的房子塌了，两人受伤。",
        "这家口碑很好的老字号门店昨夜突然倒塌，所幸无人受伤。",
        "一座口碑不错的网红桥昨日垮塌，造成两人死亡。",
        "连日降雨后，山区一户村民的房子塌了。",
        "连日暴雨，全镇倒塌房屋三十多间。",
    ],
)
def test_a_real_collapse_stays(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-坍/垮塌")


# ---- 召回生产日期在…的汽车: a date of the goods (生产日期, 出厂日期…) after the trigger is the
# goods', not the act's -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "某车企宣布召回生产日期在2018年1月至2019年6月之间的部分汽车。",
        "某厂召回出厂日期为2020年3月的一批奶粉。",
    ],
)
def test_a_date_of_the_goods_is_not_the_recall_date(steps, text: str) -> None:
    evs = typed(steps, text, "产品行为-召回")
    assert evs
    assert all(e.date is None for e in evs)
    assert not [x for e in evs for x in e.arguments if x.role == "时间"]


def test_a_recall_with_its_own_date_keeps_it(steps) -> None:
    evs = typed(steps, "某车企将于2024年6月1日起召回部分汽车。", "产品行为-召回")
    assert evs and evs[0].date is not None and evs[0].date.startswith("2024-06-01")


# ---- 此次召回不涉及国产车型: what the act leaves out is no thing acted on -----------------------
def test_what_a_recall_leaves_out_is_not_recalled(steps) -> None:
    evs = typed(steps, "昨日，某车企宣布召回部分轿车，此次召回不涉及国产车型。", "产品行为-召回")
    assert evs
    things = [x.text for e in evs for x in e.arguments if x.role == "召回内容"]
    assert "部分轿车" in things and not any("国产" in t for t in things)


@pytest.mark.parametrize(
    "text",
    [
        "某品牌宣布召回不含防护罩的旧款电暖器。",
        "某车企召回不涉及安全问题的部分车辆。",
        "某车企决定召回不包括国产车型在内的全部汽车。",
    ],
)
def test_a_thing_with_a_relative_clause_is_still_recalled(steps, text: str) -> None:
    evs = typed(steps, text, "产品行为-召回")
    assert [x for e in evs for x in e.arguments if x.role == "召回内容"]


# ---- a ramming for a grudge, a threat's words, a sale denied with 并非 -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "因与前夫存在财产纠纷，陈某驾车撞倒前夫赵某。",
        "由于与邻居长期有矛盾，孙某开车撞伤邻居周某。",
        "为报复老板拖欠工资，钱某驾车撞伤老板吴某。",
        "一名男子驾车冲撞人群，致5人受伤。",
        # the grudge or the quarrel told after it as its cause (起因是…纠纷, 系因…纠纷报复 in
        # the next sentence): the driver meant it
        "一名男子驾车撞向一名女子，起因是二人之间的感情纠纷。",
        "罗某开车撞倒路人韩某，原因是双方此前有债务纠纷。",
        "罗某开车撞伤邻居韩某。经查，罗某系因宅基地纠纷蓄意报复。",
        "罗某开车撞伤邻居韩某。警方通报称，罗某因与韩某有矛盾而报复。",
    ],
    ids=[
        "grudge-before", "quarrel-before", "to-avenge", "into-a-crowd",
        "qi-yin", "yuan-yin", "next-sentence-xi-yin", "next-sentence-yin-bao-fu",
    ],
)  # fmt: skip
def test_a_ramming_for_a_grudge_or_into_a_crowd_is_an_attack(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-袭击")
    assert not typed(steps, text, "灾害/意外-车祸")


@pytest.mark.parametrize(
    "text",
    [
        "一辆货车撞倒行人韩某，事故起因是司机疲劳驾驶。",
        "一辆货车撞倒行人韩某，事后双方因赔偿问题发生纠纷。",
        "罗某驾车撞倒行人韩某，原因并不是因为纠纷。",
        "罗某开车撞伤行人韩某。事故原因是罗某与乘客发生争吵。",
        # the next sentence of another act, not what an inquiry found
        "罗某开车撞倒了行人韩某。另据报道，当地因土地纠纷发生报复案件。",
        "罗某开车撞倒了行人韩某。两人系因债务纠纷相识。",
        # no driver told: whose quarrel it was is not said (a passenger's)
        "一辆公交车撞伤两名行人，原因是司机与乘客发生纠纷，乘客抢夺方向盘。",
    ],
    ids=[
        "accident-cause", "dispute-after-crash", "denied", "accident-word",
        "another-act-next", "met-over-a-dispute", "no-driver",
    ],
)
def test_a_crash_with_a_later_dispute_or_an_accident_cause_stays_a_crash(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-车祸")
    assert not typed(steps, text, "灾害/意外-袭击")


def test_a_rammer_for_a_grudge_is_the_attacker(steps) -> None:
    (e,) = typed(steps, "因与前夫存在财产纠纷，陈某驾车撞倒前夫赵某。", "灾害/意外-袭击")
    args = {(a.role, a.text) for a in e.arguments}
    assert ("袭击者", "陈某") in args and ("袭击对象", "赵某") in args, args


@pytest.mark.parametrize(
    "text",
    [
        "因与对方发生争执后，陈某驾车不慎撞倒路人赵某。",
        "因躲避横穿马路的行人，一辆货车撞上路边护栏。",
        "陈某驾车与一辆货车相撞。",
        "因交通事故纠纷，陈某驾车撞倒行人赵某。",
    ],
)
def test_a_crash_told_as_a_mishap_or_without_a_motive_stays_a_crash(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-车祸")
    assert not typed(steps, text, "灾害/意外-袭击")


@pytest.mark.parametrize(
    "text",
    [
        "昨日，该男子声言“要炸死你全家”。",
        "陈某放话说要炸毁整栋大楼。",
        "陈某在电话里放话要炸死对方。",
    ],
)
def test_harm_threatened_in_words_is_no_blast(steps, text: str) -> None:
    assert not typed(steps, text, "灾害/意外-爆炸")


def test_a_real_blast_after_a_threat_stays(steps) -> None:
    assert typed(steps, "陈某放话要炸毁大楼，随后大楼发生爆炸。", "灾害/意外-爆炸")


@pytest.mark.parametrize(
    "text", ["某集团并非将欧洲业务全部卖给对方。", "某集团并不是把海外业务出售给该基金。"]
)
def test_a_sale_denied_with_bing_fei_is_negated(steps, text: str) -> None:
    (e,) = typed(steps, text, "财经/交易-出售/收购")
    assert e.modality == "negated"


@pytest.mark.parametrize(
    "text", ["某集团并非首次将海外业务卖给对方。", "某集团将欧洲业务全部卖给对方。"]
)
def test_a_sale_whose_other_part_is_denied_stays_asserted(steps, text: str) -> None:
    (e,) = typed(steps, text, "财经/交易-出售/收购")
    assert e.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    ["这并非对该公司的首次罚款，市监局去年也罚过它。", "某集团并非将海外业务首次卖给对方。"],
)
def test_an_act_said_to_be_no_first_stays_asserted(steps, text: str) -> None:
    evs = [e for e in events(steps, text) if e.news_type]
    assert evs and all(e.modality == "asserted" for e in evs), evs


# ---- review: a vehicle into a crowd by mishap, a reason not the driver's, 将 of 将来 -------------
@pytest.mark.parametrize(
    "text",
    ["一辆轿车因刹车失灵冲入人群，撞伤5人。", "一辆轿车失控后驶入人群，撞伤5人。"],
)
def test_a_vehicle_into_a_crowd_by_mishap_stays_a_crash(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-车祸")
    assert not typed(steps, text, "灾害/意外-袭击")


@pytest.mark.parametrize(
    "text",
    [
        "甲与乙因债务纠纷报警，丙驾车撞倒了路人丁某。",
        "因躲避与他人发生纠纷的行人，一辆货车撞倒路边的老人。",
        "警方认为，此事与纠纷无关，陈某驾车撞倒赵某后逃逸。",
        "警方排除因纠纷报复的可能，陈某驾车撞倒赵某后逃逸。",
        "为解决双方纠纷，民警驾车赶往现场途中撞倒一名行人。",
        "由于双方矛盾，警方介入调解，陈某驾车离开时撞倒一名路人。",
        "因报复性消费兴起，一辆轿车在商场门口撞倒一名行人。",
    ],
)
def test_a_quarrel_that_is_not_the_drivers_reason_leaves_a_crash(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-车祸")
    assert not typed(steps, text, "灾害/意外-袭击")


@pytest.mark.parametrize(
    "text",
    [
        "陈某因与邻居有矛盾，驾车撞倒邻居赵某。",
        "陈某为泄愤驾车撞倒路人赵某。",
        "因小事和邻居起了口角后心生怨恨，陈某驾车撞倒邻居赵某。",
    ],
)
def test_a_drivers_own_grudge_still_makes_an_attack(steps, text: str) -> None:
    assert typed(steps, text, "灾害/意外-袭击")
    assert not typed(steps, text, "灾害/意外-车祸")


def test_bing_fei_before_jiang_lai_denies_the_time_not_the_sale(steps) -> None:
    (e,) = typed(steps, "该公司并非将来某一天才会出售海外业务。", "财经/交易-出售/收购")
    assert e.modality == "asserted"
