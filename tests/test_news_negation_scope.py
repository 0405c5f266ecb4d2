"""How far a negation reaches, and who tells the act (issue 7, judged status faults): a
negation governs the verb right after it.  When that verb is a telling (未透露…), the permission
of 未经X, or a report of the act (…被曝…), the act further on is not denied; when it is a
confirmation (未证实, 未能确认) the act is not confirmed: uncertain.  A negation right before the
act, or before its object marker, still denies it.  An act told in a speaker's words (a label
with a colon, a post someone wrote) is reported.  Invented sentences (none from the dev sets)."""

from __future__ import annotations

from test_events import events, typed


def test_a_negated_telling_does_not_deny_the_act(steps) -> None:
    evs = typed(events(steps, "物业公司未透露被拘留保安的身份。"), "司法行为-拘捕")
    assert evs and "negated" not in [e.modality for e in evs]


def test_what_is_done_without_permission_was_done(steps) -> None:
    evs = typed(events(steps, "法院认定几名商贩未经许可组织游行。"), "组织行为-游行")
    assert evs and "negated" not in [e.modality for e in evs]


def test_a_report_after_a_negated_verb_is_not_denied(steps) -> None:
    evs = typed(events(steps, "男星王某与妻子许久未同框被曝离婚。"), "人生-离婚")
    assert [e.modality for e in evs] == ["reported"]


def test_a_word_a_negation_cue_opens_is_no_negation(steps) -> None:
    # 未婚妻: the bride-to-be, no 未 denying the wedding
    evs = typed(events(steps, "何某和未婚妻举办了婚礼。"), "人生-婚礼")
    assert evs and "negated" not in [e.modality for e in evs], evs
    # control: 未 before the act still denies it
    evs = typed(events(steps, "何某和女友至今未举办婚礼。"), "人生-婚礼")
    assert [e.modality for e in evs] == ["negated"], evs


def test_an_act_not_confirmed_is_uncertain(steps) -> None:
    evs = typed(events(steps, "经纪公司未能确认张某出轨。"), "人生-出轨")
    assert [e.modality for e in evs] == ["uncertain"]


def test_a_negation_before_the_act_still_denies_it(steps) -> None:
    for text, news_type in (
        ("警方并未逮捕王某。", "司法行为-拘捕"),
        ("警方并未对王某立案。", "司法行为-立案"),
    ):
        assert [e.modality for e in typed(events(steps, text), news_type)] == ["negated"], text


def test_what_a_speaker_label_or_a_written_post_tells_is_reported(steps) -> None:
    # an interview's turn (王女士：…) and a post (…写道：…) tell the act: reported, not asserted
    evs = typed(events(steps, "王女士：我上周被公司辞退了，至今没拿到补偿。"), "组织关系-解雇")
    assert [e.modality for e in evs] == ["reported"]
    evs = typed(events(steps, "张某在朋友圈写道：我和丈夫已经离婚了。"), "人生-离婚")
    assert [e.modality for e in evs] == ["reported"]
    # control: a label that is no participant (快讯：…) credits no one
    evs = typed(events(steps, "快讯：某县两辆卡车在高速上追尾，司机王某受伤。"), "灾害/意外-车祸")
    assert "reported" not in [e.modality for e in evs]


def test_a_falsehood_given_as_the_reason_does_not_deny_the_act(steps) -> None:
    # 以…捏造…为由: the made-up thing is the reason the suit gives, the suit was filed
    evs = typed(events(steps, "这家酒厂以周某编造质量问题为由向法院起诉了周某。"), "司法行为-起诉")
    assert evs and "negated" not in [e.modality for e in evs]
    # control: the act itself inside what was made up, reason phrase and all
    evs = typed(events(steps, "他因为谎称同事被拘留而被单位处分。"), "司法行为-拘捕")
    assert [e.modality for e in evs] == ["negated"]
    # 假装, 装作: the act feigned is not done either
    evs = typed(events(steps, "刘某假装怀孕，骗取了男友的钱。"), "人生-怀孕")
    assert [e.modality for e in evs] == ["negated"]
    evs = typed(events(steps, "刘某去年怀孕，今年春天当了妈妈。"), "人生-怀孕")
    assert [e.modality for e in evs] == ["asserted"]


def test_not_and_a_modal_verb_deny_the_act(steps) -> None:
    # 不敢, 不愿意 between the adverb and the act: neither done
    evs = typed(events(steps, "小刘和女友相处了八年，却始终都不敢结婚。"), "人生-结婚")
    assert [e.modality for e in evs] == ["negated"], evs
    evs = typed(events(steps, "那家物流公司至今也不愿意道歉。"), "交往-道歉")
    assert [e.modality for e in evs] == ["negated"], evs
    # control: with no negation the apology is told as done
    evs = typed(events(steps, "那家物流公司昨天向顾客道歉。"), "交往-道歉")
    assert evs and "negated" not in [e.modality for e in evs], evs


def test_a_mishap_that_did_not_happen_is_no_event(steps) -> None:
    # nobody in it, nobody denying a claim: a near miss, not an accident
    evs = events(steps, "货车在下坡时刹车发软，好在路口空旷，没出车祸。")
    assert typed(evs, "灾害/意外-车祸") == [], evs
    # control: a denial voiced is kept, negated
    evs = events(steps, "村委会主任表示，那辆校车根本没有出车祸。")
    assert [e.modality for e in typed(evs, "灾害/意外-车祸")] == ["negated"], evs


def test_an_act_in_what_was_never_said_is_denied(steps) -> None:
    # 没有说过 X: the saying denied, the act in it with it (past the 6 characters a negation reads)
    evs = typed(events(steps, "被告律师表示，他从来没讲过法院下周开庭。"), "司法行为-开庭")
    assert [e.modality for e in evs] == ["negated"], evs


def test_an_act_not_received_is_denied(steps) -> None:
    # 并未收到/没有拿到 + the act received: the apology was not made
    for text in (
        "王先生告诉记者，目前并未收到物业公司的任何道歉。",
        "受伤的快递员说，他至今没有拿到肇事司机的任何赔偿和道歉。",
    ):
        evs = typed(events(steps, text), "交往-道歉")
        assert [e.modality for e in evs] == ["negated"], (text, evs)
    # controls: an apology received; a time the act came before (没等到…就)
    evs = typed(events(steps, "王先生告诉记者，他昨天收到了物业公司的书面道歉。"), "交往-道歉")
    assert evs and "negated" not in [e.modality for e in evs], evs
    evs = typed(events(steps, "他的母亲没等到他出狱就去世了。"), "人生-死亡")
    assert evs and "negated" not in [e.modality for e in evs], evs


def test_a_modal_negation_before_the_object_marker_denies_the_act(steps) -> None:
    # 不会将/不会对 + the object + the act: not to be done
    text = "该集团随后发表声明，表示：公司将不会将旗下酒店业务出售给任何外资企业。"
    evs = typed(events(steps, text), "财经/交易-出售/收购")
    assert [e.modality for e in evs] == ["negated"], evs
    evs = typed(events(steps, "警方表示不会对涉事司机进行拘留。"), "司法行为-拘捕")
    assert [e.modality for e in evs] == ["negated"], evs
    # control: the same sale with no negation
    text = "该集团表示，公司将把旗下酒店业务出售给一家本地企业。"
    evs = typed(events(steps, text), "财经/交易-出售/收购")
    assert evs and "negated" not in [e.modality for e in evs], evs


def test_an_act_in_what_is_said_not_to_be_there_is_negated(steps) -> None:
    # 没有…的显示/证据, 不存在…行为, 没有证据表明…: the act is what the sentence says there is
    # no sign of - negated, not reported
    for text, news_type in (
        ("报告最后写道，调查文件里没有钱某被指出轨之事的显示。", "人生-出轨"),
        ("声明称，目前并无演员邱某出轨的证据。", "人生-出轨"),
        ("律师表示，没有证据表明其当事人曾被警方拘留。", "司法行为-拘捕"),
        ("工作室回应称，不存在杨某出轨行为。", "人生-出轨"),
    ):
        assert [e.modality for e in typed(events(steps, text), news_type)] == ["negated"], text


def test_a_telling_the_negation_holds_leaves_the_act_inside(steps) -> None:
    # 没有人举报…的出轨行为: no one told it - the act is not denied
    evs = typed(events(steps, "据报道，没有人举报过郑某的出轨行为。"), "人生-出轨")
    assert evs and "negated" not in [e.modality for e in evs]


def test_a_report_denied_later_in_the_sentence_is_negated(steps) -> None:
    # 否认此事, 否认了这一说法: what was told before is denied - negated, not reported
    for text, news_type in (
        ("有网友爆料称歌手蒋某出轨，蒋某经纪公司随后发文否认此事。", "人生-出轨"),
        (
            "据外媒报道，某汽车集团已收购一家电池企业，但该集团否认了这一说法。",
            "财经/交易-出售/收购",
        ),
    ):
        assert [e.modality for e in typed(events(steps, text), news_type)] == ["negated"], text
    # control: a denial not made leaves the report as it is
    evs = typed(events(steps, "有网友爆料称歌手蒋某出轨，蒋某方面并未否认此事。"), "人生-出轨")
    assert [e.modality for e in evs] == ["reported"]


def _march_statuses(steps, text: str) -> list[tuple[str, str]]:
    return [(e.status, e.modality) for e in typed(events(steps, text), "组织行为-游行")]


def test_a_march_permitted_is_planned_not_held(steps) -> None:
    # 警方批准某团体周日举行集会, 就集会签发不反对通知书: the march permitted, not told as held
    for text in (
        "警方批准该团体周日在维多利亚公园举行集会。",
        "警方只就该联盟当日的维园集会签发了不反对通知书。",
        "警方上周准许该联盟在中环进行游行。",
    ):
        assert _march_statuses(steps, text) == [("planned", "asserted")], text


def test_a_march_held_or_refused_keeps_its_status(steps) -> None:
    # control: a march told as held (获得批准后…举行了集会: held after the permission), and one
    # refused (拒绝批准其游行: negated, no permission given)
    for text in (
        "该团体上周日在维多利亚公园举行集会，数千人参加。",
        "获得警方批准后，该团体上周日在维多利亚公园举行了集会。",
        "数千名市民昨天在市中心举行游行，抗议政府加税。",
    ):
        assert _march_statuses(steps, text) == [("occurred", "asserted")], text
    text = "某联盟上月申请在中环游行，但警方拒绝批准其游行。"
    assert _march_statuses(steps, text) == [("occurred", "negated")]


def test_a_march_held_with_a_permission_is_held(steps) -> None:
    # 经警方批准在…举行游行 (held with the permission), 在警方允许的路线上 (a route permitted),
    # 游行未获不反对通知书 (held without one): told as held, not planned
    for text in (
        "该团体昨天经警方批准在市中心举行游行。",
        "该团体昨天在警方允许的路线上举行游行。",
        "该团体昨天在中环游行未获不反对通知书。",
    ):
        assert [s for s, _ in _march_statuses(steps, text)] == ["occurred"], text
    # control: 已经批准 is no 经 - the march permitted is planned
    text = "警方已经批准该团体周日在中环举行游行。"
    assert _march_statuses(steps, text) == [("planned", "asserted")]


def test_a_negated_response_carries_into_a_joined_response(steps) -> None:
    # 未澄清，并向…道歉: the joined clause has no subject of its own and tells a response too -
    # the apology is not made either
    for text in (
        "歌手李某方面也未澄清此事，并向受到打扰的邻居道歉。",
        "该公司未回应质疑，并对此事表示歉意。",
    ):
        evs = typed(events(steps, text), "交往-道歉")
        assert [e.modality for e in evs] == ["negated"], text


def test_a_joined_act_after_a_negation_is_told_as_done(steps) -> None:
    # controls: a response made (no negation), a response with its own time, and a response
    # after a negated act that is no response (没有逃跑，并向…道歉) stay asserted
    for text, news_type in (
        ("该公司及时回应了质疑，并向消费者道歉。", "交往-道歉"),
        ("该公司此前没有回应，并在今天发布声明向公众道歉。", "交往-道歉"),
        ("他没有逃跑，并向受害者家属道歉。", "交往-道歉"),
    ):
        evs = typed(events(steps, text), news_type)
        assert evs and "negated" not in [e.modality for e in evs], text


def test_words_after_an_accounts_colon_are_reported(steps) -> None:
    # an account's verb and what it tells of (回忆当时的情景：), or a statement's text announced
    # (说明全文如下：), right before a colon: the act after it, in that sentence or the next one
    # the colon closes, is told in those words
    for text, news_type in (
        ("事后，王某发文回忆当时的情景：我被捅了两刀，当时并不觉得疼。", "灾害/意外-袭击"),
        ("该公司的情况说明全文如下：一辆货车在路口与轿车相撞，司机受伤。", "灾害/意外-车祸"),
        (
            "该公司随后发布了一份说明。这份说明全文如下：\n3月5日，一辆轿车在路口与货车相撞。",
            "灾害/意外-车祸",
        ),
    ):
        evs = typed(events(steps, text), news_type)
        assert [e.modality for e in evs] == ["reported"], text


def test_a_bodys_notice_of_its_own_act_after_a_colon_stays_asserted(steps) -> None:
    # controls: the police's notice of their own arrest, and an account with no colon, whose
    # act the writer tells, stay asserted
    for text, news_type in (
        ("警方通报内容如下：3月5日，民警将涉嫌盗窃的王某抓获。", "司法行为-拘捕"),
        ("张某回忆当时的情景时，一辆轿车在路口与货车相撞。", "灾害/意外-车祸"),
    ):
        evs = typed(events(steps, text), news_type)
        assert evs and "reported" not in [e.modality for e in evs], text


def test_a_joined_response_told_as_done_is_not_carried_a_negation(steps) -> None:
    # 也 carries no negation (未说明情况，也向公众道歉了: he did apologise), nor does 并 into a
    # response told as done with 了 after it
    for text in ("王某未说明情况，也向公众道歉了。", "张某没有澄清此事，并向邻居道歉了。"):
        evs = typed(events(steps, text), "交往-道歉")
        assert evs and "negated" not in [e.modality for e in evs], text


def test_a_legal_papers_text_after_a_colon_stays_asserted(steps) -> None:
    # 判决书全文如下：…判处…: the ruling's own paper tells the sentence - the court's act, as
    # fact - in its sentence or the next one the colon closes
    for text in (
        "某法院判决书全文如下：被告人王某犯盗窃罪，判处有期徒刑三年。",
        "某法院判决书全文如下：\n被告人王某犯盗窃罪，判处有期徒刑三年。",
    ):
        evs = typed(events(steps, text), "司法行为-入狱")
        assert evs and "reported" not in [e.modality for e in evs], text


def test_a_word_a_negation_cue_opens_carries_no_negation(steps) -> None:
    # 没想到 (unexpectedly), 未成年 (under age): words, no response denied - the joined apology
    # is made
    for text in ("没想到公司很快回应，并向消费者道歉。", "未成年人家长回应，并向学校道歉。"):
        evs = typed(events(steps, text), "交往-道歉")
        assert evs and "negated" not in [e.modality for e in evs], text


def test_a_negation_after_a_word_its_cue_opens_still_carries(steps) -> None:
    # 没想到公司未回应，并向…道歉: past the word 没想到, the 未 denies the response - carried
    evs = typed(events(steps, "没想到公司未回应，并向消费者道歉。"), "交往-道歉")
    assert [e.modality for e in evs] == ["negated"], evs
