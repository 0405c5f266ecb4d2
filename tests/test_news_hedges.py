"""How far a hedge, a suspicion or an inquiry reaches, and who an outlet's report is by (issue 7,
judged status faults): a step only weighed (考虑) is planned; 据X报道 credits X, never the act's
own subject; a suspicion right after the act (卷入…嫌疑) and a 或 before a time or a delay (或明年,
或推迟) leave it uncertain; what an inquiry found (经调查，…) is reported, and still takes the
scene day of the article's incident; what a titled speaker says (这位律师说，…) is reported.
Invented sentences (none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events, typed
from test_events_news import news


def _plover(evs, kind):
    return [e for e in evs if e.type == kind]


def test_a_demand_only_weighed_and_told_by_an_outlet_is_planned_and_reported(steps) -> None:
    text = "据某财经网站报道，英国几位部长正考虑要求日本政府开放港口。"
    evs = _plover(events(steps, text), "REQUEST")
    assert [(e.status, e.modality) for e in evs] == [("planned", "reported")], evs
    # control: the demand its own speaker makes is the saying itself
    evs = _plover(events(steps, "英国几位部长表示，要求日本政府开放港口。"), "REQUEST")
    assert [(e.status, e.modality) for e in evs] == [("occurred", "asserted")], evs


def test_considering_as_a_reason_is_no_plan(steps) -> None:
    evs = _plover(events(steps, "考虑到边境局势，法国对俄罗斯实施了制裁。"), "SANCTION")
    assert [e.status for e in evs] == ["occurred"], evs


def test_a_suspicion_right_after_the_act_leaves_it_uncertain(steps) -> None:
    evs = typed(events(steps, "一家杂志称，球星范立恒身陷出轨嫌疑。"), "人生-出轨")
    assert [e.modality for e in evs] == ["uncertain"], evs
    # control: a suspect before the act is no hedge of it
    evs = typed(events(steps, "有盗窃嫌疑的一名男子昨晚被派出所民警拘留。"), "司法行为-拘捕")
    assert evs and "uncertain" not in [e.modality for e in evs], evs


def test_a_suspect_right_after_the_act_is_its_object_not_a_hedge(steps) -> None:
    arrest = "前天，派出所民警抓获嫌疑人钱某，并缴获赃款两万元。"
    evs = typed(events(steps, arrest), "司法行为-拘捕")
    assert evs and [e.modality for e in evs] == ["asserted"], evs
    # control: a suspicion that closes the act's phrase still hedges it
    evs = typed(events(steps, "前天，歌手孙浩宇陷入出轨嫌疑，粉丝为此吵个不停。"), "人生-出轨")
    assert [e.modality for e in evs] == ["uncertain"], evs


def test_an_or_before_a_time_or_a_delay_is_a_guess(steps) -> None:
    evs = typed(events(steps, "某科技公司或明年在香港上市。"), "财经/交易-上市")
    assert [e.modality for e in evs] == ["uncertain"], evs
    # control: an "or" between two times guesses nothing
    evs = typed(events(steps, "某科技公司计划今年或明年在香港上市。"), "财经/交易-上市")
    assert evs and "uncertain" not in [e.modality for e in evs], evs


def test_what_an_inquiry_found_is_reported_and_keeps_the_scene_day(steps) -> None:
    text = (
        "3月2日晚，某镇一名男子在菜市场持刀伤人，两人受伤。"
        "经查明，这名男子因工钱被拖欠怀恨在心而行凶。"
    )
    evs = [e for e in typed(events(steps, text), "灾害/意外-袭击") if "工钱" in e.sentence]
    assert [e.modality for e in evs] == ["reported"], evs
    # (the scene day is told in the sentence before: it is the context's, not the sentence's)
    assert evs[0].date is None and (evs[0].context_date or "").endswith("03-02"), evs


def test_what_a_titled_speaker_says_is_reported(steps) -> None:
    evs = typed(events(steps, "一位律师说，法院已经决定在被告不到场时照常开庭。"), "司法行为-开庭")
    assert [e.modality for e in evs] == ["reported"], evs
    # control: the writer's own 可以说 credits no one
    evs = typed(events(steps, "可以说，法院已经决定在被告不到场时照常开庭。"), "司法行为-开庭")
    assert evs and "reported" not in [e.modality for e in evs], evs


def test_a_step_weighed_is_planned_in_the_news_reading_too(steps) -> None:
    # no country for the firm: the news coder reads the demand, and 考虑 plans it
    text = "据某财经网站报道，英国几位部长正考虑要求某船运集团出售旗下码头。"
    evs = _plover(events(steps, text), "REQUEST")
    assert [e.status for e in evs] == ["planned"], evs
    # control: 考虑到 gives a reason, no plan
    text = "考虑到安全风险，英国几位部长要求某船运集团出售旗下码头。"
    evs = _plover(events(steps, text), "REQUEST")
    assert [e.status for e in evs] == ["occurred"], evs


def test_an_account_told_is_reported(steps) -> None:
    evs = events(
        steps, "受伤司机的妻子王女士讲述，上周五，其丈夫驾车在省道行驶时与一辆货车发生追尾。"
    )
    crash = typed(evs, "灾害/意外-车祸")
    assert crash and crash[0].modality == "reported", [(e.trigger, e.modality) for e in evs]


def test_acts_a_court_finds_are_reported_up_to_their_outcome(steps) -> None:
    lead = "记者从多方了解到这起纠纷的最新进展。"
    evs = events(
        steps,
        lead,
        "法院认为，本案中，北京车主刘某在没有证据的情况下，采用拉横幅、在网上发布不实言论等方式，"
        "损害了某公司的名誉。",
    )
    found = _plover(evs, "PROTEST")
    assert found and found[0].modality == "reported", [(e.trigger, e.modality) for e in evs]
    # the outcome after 所以 is the narrator's again
    evs = events(steps, lead, "法院认为，刘某的说法缺乏证据，所以判决刘某向某公司赔礼道歉。")
    assert all(e.modality == "asserted" for e in evs), [(e.trigger, e.modality) for e in evs]


def test_a_confirmation_denied_leaves_the_act_uncertain(steps) -> None:
    evs = events(steps, "经纪公司表示，目前并不能确认是陈某出轨。")
    affair = typed(evs, "人生-出轨")
    assert affair and affair[0].modality == "uncertain", [(e.trigger, e.modality) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "2020年3月2日，王某委托律师发表声明，将“起诉造谣者”。",  # 将 then a quotation
        "刘某告诉记者，两人要结婚了。",  # 要…了: about to come
    ],
)
def test_an_act_to_come_is_planned(steps, text: str) -> None:
    evs = [e for e in events(steps, text) if e.news_type]
    assert evs and all(e.status == "planned" for e in evs), [(e.trigger, e.status) for e in evs]


def test_an_act_in_a_half_year_gone_by_occurred(steps) -> None:
    evs = typed(events(steps, "今年上半年，王女士在北京为自己庆生。"), "人生-庆生")
    assert evs and evs[0].status == "occurred", [(e.trigger, e.status, e.date) for e in evs]


def test_reporting_in_at_a_police_station_credits_no_source(steps) -> None:
    evs = typed(
        events(steps, "香港商人陈某上月3日按规定前往警署报道时，被警方当场拘捕。"), "司法行为-拘捕"
    )
    assert evs and evs[0].modality == "asserted", [(e.trigger, e.modality) for e in evs]
    evs = typed(events(steps, "据新华社报道，香港商人陈某上月3日被警方拘捕。"), "司法行为-拘捕")
    assert evs and evs[0].modality == "reported", [(e.trigger, e.modality) for e in evs]


def test_a_rumour_refuted_later_in_its_sentence_is_negated(steps) -> None:
    # 网传…身亡，…发布通报辟谣: the death the rumour claims is denied
    text = "此前有网传称落水的环卫工人已不幸身亡，6月2日，当地警方发布通报辟谣称："
    assert [e.modality for e in typed(events(steps, text), "人生-死亡")] == ["negated"]
    # a refutation not made (并未…辟谣) denies nothing: the rumour stays uncertain
    text = "此前有网传称落水的环卫工人已不幸身亡，但当地警方至今并未出面辟谣。"
    assert [e.modality for e in typed(events(steps, text), "人生-死亡")] == ["uncertain"]


def test_an_act_told_in_a_post_is_reported(steps) -> None:
    # 他在贴文中提到，…: credited to the post
    text = "前议员黄志明在脸书贴文中提到，被控纵火罪的青年李振邦已被法庭判处监禁三年。"
    assert [e.modality for e in typed(events(steps, text), "司法行为-入狱")] == ["reported"]
    text = "被控纵火罪的青年李振邦已被法庭判处监禁三年。"
    assert [e.modality for e in typed(events(steps, text), "司法行为-入狱")] == ["asserted"]


def test_a_legal_act_told_by_its_own_paper_is_asserted(steps) -> None:
    text = (
        "2022年6月8日，平川县公安局作出《复议决定书》称，经审查，认为原决定证据充分，"
        "决定维持原决定。"
    )
    evs = _plover(events(steps, text), "REJECT")
    assert [e.modality for e in evs] == ["asserted"], evs
    text = "判决书指出，被告人邱某犯职务侵占罪，判处有期徒刑四年。"
    evs = typed(events(steps, text), "司法行为-入狱")
    assert [e.modality for e in evs] == ["asserted"], evs
    # an appeal told by its own paper: one appeal (the paper's and the one it tells), asserted
    text = "二审开庭前，业主郑先生于5月9日公开了自己的民事上诉状，称已依法提起上诉。"
    evs = typed(events(steps, text), "司法行为-起诉")
    assert [e.modality for e in evs] == ["asserted"], evs
    # control: the same acts told by someone else are reported
    evs = _plover(events(steps, "据当地媒体报道，平川县公安局决定维持原决定。"), "REJECT")
    assert [e.modality for e in evs] == ["reported"], evs
    evs = typed(events(steps, "律师称，被告人邱某被判处有期徒刑四年。"), "司法行为-入狱")
    assert [e.modality for e in evs] == ["reported"], evs


def test_thanks_or_an_apology_in_the_doers_own_words_is_asserted(steps) -> None:
    text = "周建国发布视频称“多谢各位的关心”，感谢热心网友的捐款。"
    evs = typed(events(steps, text), "交往-感谢")
    assert [e.modality for e in evs] == ["asserted"], evs
    evs = typed(events(steps, "事后刘先生为那番言论表示了抱歉。"), "交往-道歉")
    assert [e.modality for e in evs] == ["asserted"], evs
    # (clauses of the same doer between: 站起来，向记者表示谢意)
    text = "见到记者前来探望，李先生的父亲缓缓站起来，向记者表示谢意。"
    evs = typed(events(steps, text), "交往-感谢")
    assert [e.modality for e in evs] == ["asserted"], evs
    # the thanks opening a clause of the quoted words, a pronoun of another before it
    text = "周建国发布视频称“尽力了，她还是走了，感谢大家”。"
    evs = typed(events(steps, text), "交往-感谢")
    assert [e.modality for e in evs] == ["asserted"], evs
    # a second saying of the doer after the first one's quoted words closed
    text = (
        "昨天，周建国发布视频称“尽力了，她还是走了，感谢大家”，今天，“热心大哥”周建国"
        "又一次发视频说：感谢大家，善款用途向各位交代一下。"
    )
    evs = typed(events(steps, text), "交往-感谢")
    assert [e.modality for e in evs] == ["asserted", "asserted"], evs
    # control: another's saying that the act was made reports it
    evs = typed(events(steps, "院方称，周建国已感谢热心网友的捐款。"), "交往-感谢")
    assert [e.modality for e in evs] == ["reported"], evs
    evs = typed(events(steps, "对方律师表示，刘先生已向其道歉。"), "交往-道歉")
    assert [e.modality for e in evs] == ["reported"], evs


def test_a_saying_holds_its_own_words_not_a_clause_the_writer_narrates(steps) -> None:
    # 称 + its short words (无法让步), then a clause with a subject of its own: the writer's
    text = "某物业公司回应称无法让步，业主刘女士因堵塞小区大门被行政拘留。"
    evs = typed(events(steps, text), "司法行为-拘捕")
    assert [e.modality for e in evs] == ["asserted"], evs
    text = "演员钱某与孙某在节目中表示今后只做朋友，两人已经分手。"
    evs = typed(events(steps, text), "人生-分手")
    assert [e.modality for e in evs] == ["asserted"], evs
    # a telling named as what stirs things up (随着…爆料发酵), the speaker's clause not the first
    text = (
        "去年3月，林某与前经纪公司互相起诉，随着网友不断爆料发酵，"
        "林某主持的《周末音乐会》被停播。"
    )
    evs = typed(events(steps, text), "产品行为-下架")
    assert [e.modality for e in evs] == ["asserted"], evs
    # controls: words set apart after 称, words that tell of others, a source credited first
    for text in (
        "某物业公司回应称，无法让步，业主刘女士因堵塞小区大门被行政拘留。",
        "邻居称刘女士堵塞大门，刘女士已被行政拘留。",
        "据当地媒体报道，某物业公司回应称无法让步，业主刘女士因堵塞小区大门被行政拘留。",
    ):
        evs = typed(events(steps, text), "司法行为-拘捕")
        assert [e.modality for e in evs] == ["reported"], (text, evs)
    text = "有网民发帖称，歌手林某主持的《周末音乐会》已被停播。"
    evs = typed(events(steps, text), "产品行为-下架")
    assert [e.modality for e in evs] == ["reported"], evs


def test_what_a_picture_shows_is_asserted(steps) -> None:
    # 画面中显示, 行车记录仪视频显示: what footage shows is seen, not credited to a teller
    text = "在节目中，两人的结婚证首次公开，画面中显示二人领证日期为5月20日。"
    evs = typed(events(steps, text), "人生-结婚")
    assert [e.modality for e in evs] == ["asserted"], evs
    text = "行车记录仪视频显示，一辆白色轿车在路口与电动车相撞。"
    evs = typed(events(steps, text), "灾害/意外-车祸")
    assert [e.modality for e in evs] == ["asserted"], evs
    # controls: a notice that shows it tells it; 据 credits the source
    for text in (
        "交警部门的通报显示，一辆白色轿车在路口与电动车相撞。",
        "据行车记录仪视频显示，一辆白色轿车在路口与电动车相撞。",
    ):
        evs = typed(events(steps, text), "灾害/意外-车祸")
        assert [e.modality for e in evs] == ["reported"], (text, evs)


def test_a_bodys_notice_of_its_own_legal_act_is_asserted(steps) -> None:
    # 警方通报，警方…拘捕了…: the notice is the act's own record, as an announced ban is
    for text in (
        "昨晚，北城区警方通报，警方当日采取行动，拘捕了3名涉嫌诈骗的男子。",
        "5月2日，东湖区公安分局发布通报称，男子赵某因寻衅滋事被处以行政拘留十日。",
    ):
        evs = typed(events(steps, text), "司法行为-拘捕")
        assert [e.modality for e in evs] == ["asserted"], (text, evs)
    # controls: an outlet or an onlooker tells the same arrest
    for text in (
        "据当地媒体报道，北城区警方当日拘捕了3名涉嫌诈骗的男子。",
        "一名目击者称，北城区警方当场拘捕了3名涉嫌诈骗的男子。",
    ):
        evs = typed(events(steps, text), "司法行为-拘捕")
        assert [e.modality for e in evs] == ["reported"], (text, evs)


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # 某法院通报，该院…宣判，以某罪判处被告人甲有期徒刑…: the term imposed on the defendant
        # is the notice's own act too (no other body between), one event with the 宣判 it goes
        # on from
        (
            "临川区人民法院通报，11月3日上午，该院对邹某故意伤害一案当庭宣判，"
            "以故意伤害罪判处被告人邹某有期徒刑三年。",
            "司法行为-入狱",
            "asserted",
        ),
        # 某区公安分局通报，警方…: the bare word of its kind names the notice's body again
        (
            "青浦区公安分局通报，9月8日，警方对涉嫌盗窃的男子廖某依法刑事拘留。",
            "司法行为-拘捕",
            "asserted",
        ),
        # controls: another body's act the notice tells
        ("临川区人民检察院通报，青浦区警方已将男子廖某刑事拘留。", "司法行为-拘捕", "reported"),
        ("青浦区公安分局通报，法院以诈骗罪判处廖某有期徒刑一年。", "司法行为-入狱", "reported"),
    ],
)
def test_a_bodys_notice_tells_its_own_act_once_and_as_fact(
    steps, text: str, kind: str, modality: str
) -> None:
    evs = typed(events(steps, text), kind)
    assert [e.modality for e in evs] == [modality], evs


def test_a_denial_settles_what_a_hedge_in_its_sentence_left_open(steps) -> None:
    # 并不能确认…，随后…否认…: one act, denied
    text = (
        "对于网传的离婚消息，歌手钱某的工作室起初称并不能确认钱某离婚，"
        "随后又发表声明否认钱某离婚。"
    )
    evs = typed(events(steps, text), "人生-离婚")
    assert [e.modality for e in evs] == ["negated"], evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("港媒：区域法院批准陈某保释外出，陈某须每周到警署报到。", None),
        ("日媒：某知名女歌手与丈夫离婚。", "人生-离婚"),
        ("美国媒体：某州警方逮捕了一名涉嫌纵火的男子。", "司法行为-拘捕"),
    ],
)
def test_what_a_media_label_opening_the_sentence_tells_is_reported(
    steps, text: str, news_type: str | None
) -> None:
    # 港媒：…, 外媒：…: the media's words, credited to them
    evs = events(steps, text)
    evs = typed(evs, news_type) if news_type else evs
    assert evs and {e.modality for e in evs} == {"reported"}, evs


def test_a_report_cue_opening_the_sentence_reaches_its_last_clause() -> None:
    from dashiji.events.codebook import load_codebook
    from dashiji.events.cues import SentenceCues

    cb = load_codebook()

    def reported(text: str, trigger: str) -> bool:
        at = text.rindex(trigger)
        end = at + len(trigger)
        both = (cb.cues_around(text, at, end), SentenceCues(cb, text).around(at, end))
        found = [any(h.label == "reported" for h in hits) for hits in both]
        assert found[0] == found[1], both
        return found[0]

    far = (
        "据报道，挪威首相斯特勒周一在奥斯陆签署了一份新的政府令，撤销前任内阁对几家外国航运"
        "公司的限制，并要求贸易部对所有外国控股的港口运营商进行更严格的审查。"
    )
    assert reported(far, "要求")  # 据报道 opens the sentence: all of it is told
    assert reported(far.replace("据报道", "据一家挪威电视台报道"), "要求")
    # a 据 inside the sentence reaches only its window; 据此 credits no one
    mid = (
        "挪威首相斯特勒周一在奥斯陆会见到访的芬兰总统，据报道双方签署了三份协议，此后他在首相府"
        "前向议会各党派领袖和数十名地方官员详细介绍了会谈成果，并要求贸易部加强对港口的审查。"
    )
    assert not reported(mid, "要求")
    assert not reported(
        "据此，挪威首相斯特勒周一在奥斯陆签署了一份新的政府令，撤销前任内阁对几家外国航运公司"
        "的限制，并要求贸易部对所有外国控股的港口运营商进行更严格的审查。",
        "要求",
    )


def test_what_a_forecast_closing_the_clause_before_foresees_is_uncertain(steps) -> None:
    # 分析师预计，…: a forecast of others - the act foreseen is uncertain, planned
    evs = typed(events(steps, "多位分析师预计，该公司将在年内裁员。"), "组织关系-裁员")
    assert [(e.status, e.modality) for e in evs] == [("planned", "uncertain")], evs
    evs = typed(events(steps, "市场普遍预期，南岭银行下月将再次降息。"), "财经/交易-降息")
    assert [e.modality for e in evs] == ["uncertain"], evs
    # control: one's own plan with 预计 in its own clause is no forecast of others
    evs = typed(events(steps, "该集团预计将于下月在香港上市。"), "财经/交易-上市")
    assert [(e.status, e.modality) for e in evs] == [("planned", "asserted")], evs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # “…，”某人说。: the quoted words are the speaker's, as after 某人说：“…”
        ("“青禾科技拒不退还押金，反而起诉了三名用户，”业主代表孙立平说。", "司法行为-起诉"),
        ("“城东派出所昨晚拘留了两名嫌疑人，”该小区物业负责人表示。", "司法行为-拘捕"),
        # a quotation closing its sentence, the speaker told right after it
        (
            "“城东派出所昨晚拘留了两名嫌疑人。”该小区物业负责人表示，目前小区秩序正常。",
            "司法行为-拘捕",
        ),
    ],
)
def test_a_quotation_its_speaker_closes_is_reported(steps, text: str, kind: str) -> None:
    (e,) = typed(events(steps, text), kind)
    assert e.modality == "reported", e.modality


@pytest.mark.parametrize(
    "text",
    [
        # control: a quoted phrase that no speaker closes is the writer's own sentence; so is a
        # quotation the next sentence goes on from with an act of its own
        "“城东派出所昨晚拘留了两名嫌疑人。”随后，记者赶到了现场。",
        "“城东派出所昨晚拘留了两名嫌疑人”的消息很快在小区传开。",
    ],
)
def test_a_quotation_no_speaker_closes_is_not_reported(steps, text: str) -> None:
    assert all(e.modality != "reported" for e in typed(events(steps, text), "司法行为-拘捕"))


def test_a_quotation_over_several_sentences_is_its_closing_speakers(steps) -> None:
    # “…。…拘留了…。”某人表示。: the speaker after the quotation tells every sentence in it
    for text in (
        "“我们这条街一向很太平。城南派出所昨晚拘留了三名嫌疑人。”该街道一名店主表示。",
        "“我们这条街一向很太平。城南派出所昨晚拘留了三名嫌疑人。大家不必担心，”店主老韩说。",
    ):
        evs = typed(events(steps, text), "司法行为-拘捕")
        assert [e.modality for e in evs] == ["reported"], (text, evs)
    # controls: a quotation closed before the act, or one no speaker closes, tells no act
    for body in (
        ("“我们这条街一向很太平。”城南派出所昨晚拘留了三名嫌疑人。“大家不必担心，”店主老韩说。",),
        ("“我们这条街一向很太平。城南派出所昨晚拘留了三名嫌疑人。”", "记者随后赶到了现场。"),
    ):
        evs = typed(events(steps, *body), "司法行为-拘捕")
        assert [e.modality for e in evs] == ["asserted"], (body, evs)


def test_a_sentence_going_on_with_an_account_told_before_is_reported(steps) -> None:
    # 据X描述，…。而…: the next sentence, opened by a word that goes on with the narration,
    # is still the account's
    text = (
        "据李女士描述，她的丈夫那天开车回家，途中发现刹车失灵了。"
        "而车子在躲避了一辆货车后发生追尾，最后撞在了护栏上才停住。"
    )
    assert news(events(steps, text), "灾害/意外-车祸").modality == "reported"
    # control: with no account opened before, the same sentence is told by the article
    text = "李女士的丈夫那天开车回家。而车子在躲避了一辆货车后发生追尾，最后撞在了护栏上。"
    assert news(events(steps, text), "灾害/意外-车祸").modality == "asserted"


def test_a_sentence_opening_with_a_later_time_after_an_account_is_the_writers(steps) -> None:
    # 据X描述，…。后来，…: 后来 moves on to what came later - the narrator's own report
    # (news_cues narrator_resumes), not the account's
    text = "据李女士描述，她的丈夫被人打伤了。后来，法院判处孙浩有期徒刑三年。"
    assert news(events(steps, text), "司法行为-入狱").modality == "asserted"


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("多家外媒确认，歌手陈某乘坐的私人飞机在山区坠毁。", "灾害/意外-坠机"),
        ("北京时间3月2日，多家日媒证实，某女演员已与丈夫离婚。", "人生-离婚"),
        ("当地媒体纷纷证实，某市警方逮捕了一名涉嫌纵火的男子。", "司法行为-拘捕"),
    ],
)
def test_what_several_media_confirm_is_reported(steps, text: str, news_type: str) -> None:
    # 多家外媒确认，…: the media's account, as 据外媒报道 is
    evs = typed(events(steps, text), news_type)
    assert evs and {e.modality for e in evs} == {"reported"}, evs


def test_a_confirmation_by_no_publisher_credits_no_source(steps) -> None:
    # control: 经调查证实 - the inquiry's finding told by the writer, no outlet
    evs = typed(events(steps, "经调查证实，某市警方逮捕了一名涉嫌纵火的男子。"), "司法行为-拘捕")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


@pytest.mark.parametrize(
    "text",
    [
        "9月3日消息，男歌手陈某因病去世，终年七十岁。",
        "北京时间9月3日消息，男歌手陈某因病去世，终年七十岁。",
        "2019年9月3日消息 男歌手陈某因病去世，终年七十岁。",
    ],
)
def test_a_dated_news_word_opening_the_sentence_is_the_outlets_dateline(steps, text: str) -> None:
    # 9月3日消息，…: the outlet dates its own report - asserted, no source credited
    evs = typed(events(steps, text), "人生-死亡")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


@pytest.mark.parametrize(
    "text",
    [
        "某电视台9月3日消息，男歌手陈某因病去世，终年七十岁。",
        "9月3日消息，据外媒报道，男歌手陈某因病去世，终年七十岁。",
        "香港某报消息，男歌手陈某因病去世，终年七十岁。",
    ],
)
def test_news_of_a_named_outlet_or_a_cited_source_stays_reported(steps, text: str) -> None:
    # control: another's report, dated or not, and a 据 after the dateline credit a source
    evs = typed(events(steps, text), "人生-死亡")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


_FIRST_PERSON_REPLY = "某汽车公司回应称，关于今日发生的事，我们掌握的情况是车主此前多次违规驾驶。"


def test_first_person_words_after_a_comma_go_on_into_the_next_sentence(steps) -> None:
    # unquoted words in the first person (回应称，…我们…。) run on: the next sentence is the
    # company's account too
    text = _FIRST_PERSON_REPLY + "该车主因超速与一辆货车发生碰撞事故，随后要求退车。"
    evs = typed(events(steps, text), "灾害/意外-车祸")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


@pytest.mark.parametrize(
    "text",
    [
        # words told in the third person: the writer may tell the next sentence
        "某汽车公司回应称，当事人此前多次违规驾驶。该车主因超速与一辆货车发生碰撞事故。",
        # the narrator resumes (此前), or a day of its own opens a new step
        _FIRST_PERSON_REPLY + "此前，该车主因超速与一辆货车发生碰撞事故。",
        _FIRST_PERSON_REPLY + "3月2日晚，该车主因超速与一辆货车发生碰撞事故。",
        # a paragraph break
        _FIRST_PERSON_REPLY + "\n该车主因超速与一辆货车发生碰撞事故。",
    ],
)
def test_the_writer_tells_the_next_sentence_when_nothing_carries_the_words_on(
    steps, text: str
) -> None:
    evs = typed(events(steps, text), "灾害/意外-车祸")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


@pytest.mark.parametrize("mark", ["：", "，"])
def test_a_quotation_a_telling_opened_sentences_before_keeps_its_acts_reported(
    steps, mark: str
) -> None:
    # 告诉记者：“…。第二天，…被拘留了。”: the quoted words run over sentences
    text = (
        f"邻居王某告诉记者{mark}“那天晚上两人吵得很凶。第二天，张某就被警方拘留了。"
        "后来张某和妻子离婚了。”"
    )
    evs = events(steps, text)
    got = {(e.news_type, e.modality) for e in evs}
    assert got == {("司法行为-拘捕", "reported"), ("人生-离婚", "reported")}, evs


@pytest.mark.parametrize("close", ["”", '"'])
def test_a_quotation_right_after_a_told_one_keeps_its_acts_reported(steps, close: str) -> None:
    # 网友们纷纷表示，“…”“…。去年…被判处…。”: quotations set one after another go on with the
    # words the telling verb opened (a page may close a curly mark with a straight one)
    text = (
        f"网友们纷纷表示，“他一向很专业。{close}“这不是第一次了。"
        f"去年王某就被法院判处有期徒刑三年。{close}“不可能。{close}"
    )
    evs = typed(events(steps, text), "司法行为-入狱")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("一位学者告诉记者：“情况很复杂。去年美国政府就要求中国释放这两名公民。”", "reported"),
        (
            "网友们纷纷表示，“他一向很专业。”“情况很复杂。去年美国政府就要求中国释放这两名公民。”",
            "reported",
        ),
        # control: the quotation closed before the demand - the writer tells it
        ("一位学者告诉记者：“情况很复杂。”去年美国政府就要求中国释放这两名公民。", "asserted"),
    ],
    ids=["told-quote", "chained-quote", "closed-before"],
)
def test_a_political_act_inside_words_quoted_over_sentences_is_reported(
    steps, text: str, modality: str
) -> None:
    # the political coder reads one sentence: the quotation a telling opened sentences before
    # (news.told_quote_goes_on) makes the anecdote told inside it the speaker's
    evs = [e for e in events(steps, text) if e.type == "REQUEST"]
    assert evs and {e.modality for e in evs} == {modality}, evs


@pytest.mark.parametrize(
    "text",
    [
        # the second quotation closed before the act: the writer tells it
        "网友们纷纷表示，“他一向很专业。”“这不是第一次了。”去年王某就被法院判处有期徒刑三年。",
        # no telling verb before the first quotation
        "他一向很专业。“这不是第一次了。去年王某就被法院判处有期徒刑三年。”",
    ],
    ids=["closed-before", "no-telling"],
)
def test_a_quotation_after_no_told_one_keeps_its_act_asserted(steps, text: str) -> None:
    evs = typed(events(steps, text), "司法行为-入狱")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_acts_after_the_quotation_closed_are_the_writers(steps) -> None:
    # control: the quote closed in the first sentence - the narrator tells the rest
    text = "邻居王某说：“那天晚上两人吵得很凶。”第二天，张某就被警方拘留了。随后，张某和妻子离婚。"
    evs = events(steps, text)
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_a_clause_of_what_stands_now_after_a_short_saying_is_the_writers(steps) -> None:
    # 称要报复某法官，目前该法官已报案: the caller's words end with their clause; 目前 opens the
    # writer's own report
    text = "一名男子在电话中称要报复一位法官，目前该法官已向警方报案。"
    evs = typed(events(steps, text), "司法行为-举报")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_what_stands_now_after_telling_someone_is_still_told(steps) -> None:
    # control: 告诉记者，目前…: the one told, then the words - the speaker's account
    text = "王女士告诉记者，目前她已向法院起诉该公司。"
    evs = typed(events(steps, text), "司法行为-起诉")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("法国政府发布消息称，将在法国境内禁止与某应用有关的交易。", "SANCTION"),
        ("某市公安局发布消息称，该局已将涉嫌诈骗的张某刑事拘留。", "司法行为-拘捕"),
    ],
)
def test_a_body_publishing_news_of_its_own_act_asserts_it(steps, text: str, kind: str) -> None:
    # 某部发布消息称，将禁止…: the body's own notice, no source it cites
    evs = [e for e in events(steps, text) if kind in (e.type, e.news_type)]
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_news_a_body_published_cited_by_the_writer_stays_reported(steps) -> None:
    # control: 据某部发布的消息，…: the writer cites it
    text = "据法国政府发布的消息，法国将在境内禁止与某应用有关的交易。"
    evs = _plover(events(steps, text), "SANCTION")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("本报记者证实，某市一座跨江大桥昨日垮塌。", "灾害/意外-坍/垮塌"),
        ("经记者确认，某公司董事长已被警方带走。", "司法行为-拘捕"),
    ],
)
def test_the_outlets_own_reporter_confirming_credits_no_source(
    steps, text: str, news_type: str
) -> None:
    # 本报记者证实, 经记者确认: the outlet's own finding, told by the writer - no other's report
    evs = typed(events(steps, text), news_type)
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_someone_confirming_to_the_reporter_is_reported(steps) -> None:
    # control: 某人向记者证实，…: that one's account
    evs = typed(events(steps, "一名男子向记者证实，他已被公司辞退。"), "组织关系-解雇")
    assert evs and {e.modality for e in evs} == {"reported"}, evs


def test_the_reporters_own_step_after_a_first_person_reply_is_the_writers(steps) -> None:
    # 某公司回应称，我们…。记者随后联系了…: the reporter's steps are the writer's narration, not
    # the company's words going on
    text = "某汽车公司回应称，我们已经报警处理。记者随后联系了该车主，该车主当天被警方拘留。"
    evs = typed(events(steps, text), "司法行为-拘捕")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


@pytest.mark.parametrize("lead", ["可以说", "也就是说"])
def test_first_person_words_of_the_writers_own_voice_run_on_into_nothing(steps, lead) -> None:
    # 可以说，我们…。: no one's account - the next sentence is the writer's
    text = f"{lead}，我们每个人都是这场改革的受益者。某公司上周辞退了三百名员工。"
    evs = typed(events(steps, text), "组织关系-解雇")
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


# ---- a headline's guessing 或 right before the act: planned and uncertain -----------------------
@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("据知情人士透露，一家电商平台或裁员三成。", "组织关系-裁员"),
        ("某品牌新款电动车或被召回。", "产品行为-召回"),
        ("某国产手机厂商下月或降价促销。", "财经/交易-降价"),
        ("一家连锁餐饮企业或裁员上千人。", "组织关系-裁员"),
    ],
)
def test_a_guessing_or_right_before_the_act_leaves_it_planned_and_uncertain(
    steps, text: str, news_type: str
) -> None:
    evs = typed(events(steps, text), news_type)
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "uncertain")}, evs


def test_a_guessing_or_with_a_past_day_is_uncertain_not_planned(steps) -> None:
    evs = typed(events(steps, "去年该公司或裁员三成。"), "组织关系-裁员")
    assert evs and {(e.status, e.modality) for e in evs} == {("occurred", "uncertain")}, evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("某电商平台昨日宣布裁员三成。", "组织关系-裁员"),
        ("某品牌上周召回了两万辆电动车。", "产品行为-召回"),
        ("某手机厂商昨天宣布降价促销。", "财经/交易-降价"),
        ("民警当场拘留或逮捕了五名嫌疑人。", "司法行为-拘捕"),
        ("民警当场对两名闹事男子处以罚款或拘留。", "司法行为-拘捕"),
        ("法院判处该男子罚款或拘留。", "司法行为-拘捕"),
    ],
)
def test_an_act_with_no_guessing_or_stays_occurred_and_asserted(
    steps, text: str, news_type: str
) -> None:
    # (拘留或逮捕, 罚款或拘留: an "or" of two acts, a verb or a trigger before 或 - no guess)
    evs = typed(events(steps, text), news_type)
    assert evs and {(e.status, e.modality) for e in evs} == {("occurred", "asserted")}, evs


@pytest.mark.parametrize("text", ["涉案男子或被判处死刑。", "涉事司机或被判处有期徒刑三年。"])
def test_a_guessing_or_reaches_the_sentence_the_guessed_act_names(steps, text: str) -> None:
    # 或被判处死刑: 死刑 goes on from the guessed 判处, no sentence told as passed
    evs = typed(events(steps, text), "司法行为-入狱")
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "uncertain")}, evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("据外媒报道，重组后的新集团或年内在美国完成IPO。", "财经/交易-上市"),
        ("消息人士称，东岭科技或年内赴港上市。", "财经/交易-上市"),
        ("一家物流企业或一年内裁员两成。", "组织关系-裁员"),
    ],
)
def test_a_guessing_or_before_a_time_ahead_and_a_place_leaves_the_act_planned(
    steps, text: str, news_type: str
) -> None:
    # 或年内在某国完成IPO: a word of what comes next (guess_or_next) after the 或, a place and
    # a light verb before the act - the listing is guessed for the future, not done
    evs = typed(events(steps, text), news_type)
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "uncertain")}, evs


@pytest.mark.parametrize(
    "text", ["东岭科技将于今年底或明年初在香港上市。", "东岭科技本周末或下周在深交所上市。"]
)
def test_an_or_of_two_times_ahead_is_no_guess(steps, text: str) -> None:
    # (今年底或明年初, 本周末或下周: the 或 joins two times - the listing is planned, not guessed)
    evs = typed(events(steps, text), "财经/交易-上市")
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "asserted")}, evs


@pytest.mark.parametrize(
    "text",
    [
        "东岭科技已于去年在香港上市。",
        "东岭科技今天在深交所正式挂牌上市。",
        "东岭科技去年或在香港上市。",
    ],
)
def test_a_listing_told_as_done_or_dated_past_stays_occurred(steps, text: str) -> None:
    # (去年或在香港上市: no word of what comes next after the 或 - a guess about the past)
    evs = typed(events(steps, text), "财经/交易-上市")
    assert evs and {e.status for e in evs} == {"occurred"}, evs


# ---- a penalty named right before 或 lists the penalties: no guess -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "这家餐馆因卫生不合格被区市场监管局给予警告或罚款。",
        "该网吧因接纳未成年人被文化执法部门处以警告或罚款两千元。",
    ],
)
def test_a_listed_penalty_before_or_is_no_guess(steps, text: str) -> None:
    # 给予警告或罚款: the penalties listed, the fine given - not 某公司或被罚款 (a guess)
    evs = typed(events(steps, text), "司法行为-罚款")
    assert evs and {(e.status, e.modality) for e in evs} == {("occurred", "asserted")}, evs


@pytest.mark.parametrize(
    "text",
    [
        "这家外卖平台或被罚款数百万元。",
        "一家知名乳企或被罚款上亿元。",
        "某网约车平台下月或被罚款。",
        "该公司屡次收到警告或被罚款上百万元。",
    ],
)
def test_a_guessing_or_before_a_fine_stays_uncertain(steps, text: str) -> None:
    # control: a subject, no penalty, right before 或 - a headline's guess; a penalty then 或被
    # (屡次收到警告或被罚款): the 被 of a guess, no list
    evs = typed(events(steps, text), "司法行为-罚款")
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "uncertain")}, evs


def test_a_listed_penalty_ahead_is_planned_not_guessed(steps) -> None:
    # 将依法给予警告或罚款: what an office will do (planned), no guess
    text = "对拒不整改的商户，区市场监管局将依法给予警告或罚款。"
    evs = typed(events(steps, text), "司法行为-罚款")
    assert evs and {(e.status, e.modality) for e in evs} == {("planned", "asserted")}, evs


# ---- a speaker named by a role (民警, 目击者, 工作人员) and 说，: what follows is reported -------
@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("办案民警说，嫌疑人王某以每件5元的价格将假冒化妆品卖给下家。", "财经/交易-出售/收购"),
        ("派出所民警说，这名男子上周在出租屋内被抓获。", "司法行为-拘捕"),
        ("一名目击者说，一辆货车昨晚在路口撞上了护栏。", "灾害/意外-车祸"),
        ("小区物业的工作人员说，这家公司上月辞退了二十多名保安。", "组织关系-解雇"),
    ],
)
def test_what_a_speaker_named_by_a_role_says_is_reported(steps, text: str, news_type: str) -> None:
    evs = typed(events(steps, text), news_type)
    assert evs and {e.modality for e in evs} == {"reported"}, evs


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("嫌疑人王某以每件5元的价格将假冒化妆品卖给下家。", "财经/交易-出售/收购"),
        ("民警赶到现场后，将这名男子抓获。", "司法行为-拘捕"),
        ("也就是说，这家公司上月辞退了二十多名保安。", "组织关系-解雇"),
        ("民警说服了这名男子，他随后向警方自首。", "司法行为-拘捕"),
        ("警方昨天通报，王某上周在出租屋内被抓获。", "司法行为-拘捕"),
        ("警方说，这名男子上周在出租屋内被抓获。", "司法行为-拘捕"),
    ],
)
def test_the_articles_own_telling_stays_asserted(steps, text: str, news_type: str) -> None:
    # control: no speaker's 说， (说服 is no saying; 也就是说: the writer's voice; a body's own
    # notice of its own arrest is asserted, 警方说， as 警方称， and 警方通报)
    evs = typed(events(steps, text), news_type)
    assert evs and {e.modality for e in evs} == {"asserted"}, evs


def test_news_an_outlet_gives_out_is_reported_not_hearsay(steps) -> None:
    # 传出 right after an outlet (港媒传出消息指…): the outlet's report, told as such
    evs = typed(events(steps, "昨天，港媒传出消息指王某已被警方加控诈骗罪。"), "司法行为-起诉")
    assert [e.modality for e in evs] == ["reported"], evs


def test_news_no_outlet_gives_out_stays_hearsay(steps) -> None:
    # controls: 网上传出, 坊间传出 - no outlet named, a rumour: uncertain
    for text, news_type in (
        ("昨天，网上传出消息指王某已被警方拘留。", "司法行为-拘捕"),
        ("坊间传出王某已与妻子离婚。", "人生-离婚"),
    ):
        evs = typed(events(steps, text), news_type)
        assert [e.modality for e in evs] == ["uncertain"], text


def test_news_an_outlet_gives_out_with_no_source_word_is_still_reported(steps) -> None:
    # 有媒体传出…, 记者传出… with no 消息指 after it: the outlet tells it - reported, not told as
    # the writer's own fact
    for text, news_type in (
        ("有媒体传出王某已与妻子离婚。", "人生-离婚"),
        ("记者传出王某已被警方逮捕。", "司法行为-拘捕"),
    ):
        evs = typed(events(steps, text), news_type)
        assert [e.modality for e in evs] == ["reported"], text


@pytest.mark.parametrize(
    "opening",
    ["经警方初步查明，", "经公安机关调查，", "杭州警方初步查明，", "5月3日，警方调查发现，"],
)
def test_what_a_named_inquiry_found_is_reported(steps, opening: str) -> None:
    # 经警方查明，…, 警方初步查明，…: the body that inquired named between 经 and the finding
    # verb, or opening it - the act found is told by the inquiry (as 经查，…)
    text = opening + "犯罪嫌疑人何某某因琐事驾车撞倒前妻及路人严某。"
    evs = events(steps, text)
    assert evs and {e.modality for e in evs} == {"reported"}, [(e.trigger, e.modality) for e in evs]


def test_an_inquiry_not_made_or_no_inquiry_reports_nothing(steps) -> None:
    text = "犯罪嫌疑人何某某因琐事驾车撞倒前妻及路人严某。"
    assert {e.modality for e in events(steps, text)} == {"asserted"}
    text = "经过多次协商，犯罪嫌疑人何某某的家属与严某达成和解，何某某此前驾车撞倒严某。"
    assert "reported" not in {e.modality for e in typed(events(steps, text), "灾害/意外-车祸")}


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("2022年6月，网上一度传出两人离婚，但陈某的工作室随即否认了二人离婚的传言。", "人生-离婚"),
        ("有网友爆料称两人已经分手，对此女方经纪人否认了分手传闻。", "人生-分手"),
        ("有网友爆料称两人已经分手，女方经纪人随后否认了二人感情破裂的说法。", "人生-分手"),
    ],
)
def test_a_rumour_its_subject_denies_later_is_negated(steps, text: str, news_type: str) -> None:
    # 否认离婚的传闻, 否认了…的说法: the rumour told before is denied - negated, not uncertain
    evs = typed(events(steps, text), news_type)
    assert evs and {e.modality for e in evs} == {"negated"}, [(e.trigger, e.modality) for e in evs]


def test_a_denial_of_something_else_leaves_the_rumour_told(steps) -> None:
    # 否认收到法院传票: what is denied is no rumour noun - the report stands as told
    text = "有网友爆料称两人已经分手，女方经纪人否认收到法院传票。"
    assert [e.modality for e in typed(events(steps, text), "人生-分手")] == ["reported"]


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("据检方指控，王某于2019年5月在家中杀害了妻子，王某否认了检方的说法。", "人生-死亡"),
        ("警方通报称，王某驾车撞倒一名路人，王某否认了警方的说法。", "灾害/意外-车祸"),
    ],
)
def test_a_plea_against_an_accusers_account_leaves_the_act_told(
    steps, text: str, news_type: str
) -> None:
    # 否认了检方的说法: the one charged denies the charge (accusers_accounts) - no rumour refuted
    evs = typed(events(steps, text), news_type)
    assert [e.modality for e in evs] == ["reported"], [(e.trigger, e.modality) for e in evs]


def test_a_saying_inside_the_topic_answered_credits_no_act(steps) -> None:
    # 针对某人称…的言论，: what was said is the matter; the demand after it is the answerer's own
    text = "针对印度总理称某段边界属于本国的言论，中方对此强烈不满，要求印方澄清。"
    assert [e.modality for e in events(steps, text) if e.type == "REQUEST"] == ["asserted"]


def test_a_saying_before_the_act_or_a_source_still_reports_it(steps) -> None:
    # controls: the saying told as its own clause, or a source cited - reported as before
    for text in (
        "印度总理称某段边界属于本国，中方对此强烈不满，要求印方澄清。",
        "据印度媒体报道，中方对此强烈不满，要求印方澄清。",
    ):
        assert [e.modality for e in events(steps, text) if e.type == "REQUEST"] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "【某某网报道 记者 林晓东】5月6日，宁波中院对钟某诈骗一案开庭审理。",
        "【某某网综合报道 记者林晓东】5月6日，宁波中院对钟某诈骗一案开庭审理。",
    ],
)
def test_the_outlets_own_byline_credits_no_source(steps, text: str) -> None:
    # 【某网报道 记者 某某】: the article's own byline, the outlet telling its own news - asserted
    evs = typed(events(steps, text), "司法行为-开庭")
    assert [e.modality for e in evs] == ["asserted"], evs


@pytest.mark.parametrize(
    "text",
    [
        "【据某某日报报道 记者 林晓东】5月6日，宁波中院对钟某诈骗一案开庭审理。",
        "【某某日报报道】5月6日，宁波中院对钟某诈骗一案开庭审理。",
        "据某某日报记者林晓东报道，5月6日，宁波中院对钟某诈骗一案开庭审理。",
    ],
)
def test_a_report_credited_in_brackets_stays_reported(steps, text: str) -> None:
    # controls: a bracket that credits another's report (据…), one naming no reporter of the
    # page, a credit outside any bracket
    evs = typed(events(steps, text), "司法行为-开庭")
    assert [e.modality for e in evs] == ["reported"], evs
