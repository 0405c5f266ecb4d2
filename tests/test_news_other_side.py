"""The other side of a two-party act (issue 7, participant-missing, round 43): a body written
again as 该局, 该厅… is the body its sentence named before it, and so one of the doers when it
leads a 与-list of partners.  Each rule has sentences where it acts and controls where it must
not.  Invented sentences (none from the dev sets or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events, one
from test_events_news import news, on_side, roles

SUMMONS = "司法行为-约谈"


# ---- 该局 with partners: the body named before it leads the act ------------------------------
@pytest.mark.parametrize(
    ("text", "leads"),
    [
        (
            "南港市公安局称，该局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。",
            ["南港市公安局", "交通运输局"],
        ),
        (
            "东海市教育局发布消息称，该局与市商务局、市应急管理局，就退费问题共同约谈了宏远培训公司。",
            ["东海市教育局", "市商务局", "市应急管理局"],
        ),
    ],
)
def test_a_body_written_again_with_gai_leads_its_partners(steps, text, leads) -> None:
    e = news(events(steps, text), SUMMONS)
    assert sorted(roles(e).get("约谈发起方", [])) == sorted(leads), roles(e)


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # no body named before 该局: which one is unsaid, the partner alone stays
        ("该局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。", ["交通运输局"]),
        # a named lead stays as it was
        ("南港市公安局与交通运输局，就网约车安全问题共同约谈了飞羽出行公司。",
         ["南港市公安局", "交通运输局"]),
    ],
)
def test_gai_with_no_body_before_it_adds_no_doer(steps, text, leads) -> None:
    e = news(events(steps, text), SUMMONS)
    assert sorted(roles(e).get("约谈发起方", [])) == sorted(leads), roles(e)


def test_the_head_of_the_body_after_gai_is_the_one_dismissed(steps) -> None:
    # 该局局长: the title after it is that body's head, the one the act befalls, no body
    e = news(events(steps, "南港市环保局发言人孙涛表示，该局局长已被免职。"), "组织关系-解雇")
    assert "南港市环保局" not in [a.name for a in e.actors], e.actors


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        ("南港市公安局称，该局两名干部已被免职。", ["干部"]),
        ("东海市教育局通报，该局三名科员昨天被免职。", ["科员"]),
    ],
)
def test_the_people_counted_after_gai_are_the_ones_dismissed(steps, text, fired) -> None:
    # 该局两名干部: the ones counted of that body are dismissed, the body is no one of them
    e = news(events(steps, text), "组织关系-解雇")
    assert roles(e).get("被解雇人员") == fired, roles(e)


@pytest.mark.parametrize(
    ("vt", "again"),
    [
        ("南港市公安局称，该局与交通运输局共同约谈了丙。", ["该局"]),  # (the control)
        # 局面, 局势, 部门, 部分: the character after 该 makes a word with the next one
        ("南港市公安局称，该局面混乱，该局势紧张。", []),
        ("南港市交通运输部称，该部门与该部分人员无关。", []),
        # 该院: no body ending with 院 named before it
        ("南港市公安局称，该院已受理。", []),
        # 该处: that place, not the office; 该站附近: where, no doer
        ("南港市交管处称，该处发生车祸。", []),
        ("南港火车站称，该站附近发生火灾。", []),
    ],
)
def test_gai_before_a_noun_it_makes_a_word_with_is_no_body(vt, again) -> None:
    from dashiji.events.anaphora import bodies_again
    from dashiji.events.news_actors import Actor

    end = vt.index("称")  # (the body that says it opens the sentence)
    body = Actor(0, end, vt[:end], "ORG", agent_type="GOV")
    got = bodies_again(vt, 0, len(vt), [body])
    assert [vt[x.start : x.end] for x in got[1:]] == again, got


def test_gai_chu_is_the_place_where_it_happens_not_the_office(steps) -> None:
    # 该处发生车祸: the crash happened there; the office that tells it takes no part in it
    e = news(events(steps, "南港市公安局交管处称，该处发生一起车祸，两人死亡。"), "灾害/意外-车祸")
    assert e.actors == [], e.actors


# ---- 加入某公司，后来辞职: the body joined is the one left ------------------------------------
LEAVE = "组织关系-辞/离职"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("陈立毕业后加入某证券公司，后来辞职创业。", ["证券公司"]),
        ("陈立曾加入华为，两年后辞职。", ["华为"]),
        ("周某于2015年入职蓝海科技，去年辞职。", ["蓝海科技"]),
        # 了 and 某 both between the verb and the body
        ("陈立加入了某证券公司，两年后辞职。", ["证券公司"]),
    ],
)
def test_the_body_joined_before_a_resignation_is_the_one_left(steps, text, left) -> None:
    e = news(events(steps, text), LEAVE)
    assert roles(e).get("原所属组织") == left, roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # another person leaves after the joining
        "陈立加入华为后，他的妻子王某辞职了。",
        # no joining before the leaving
        "陈立去年辞职，今年开了一家面馆。",
        # the one who leaves is named after the joining, or titled of another body
        "陈立加入华为后，妻子辞职。",
        "陈立加盟南港队后，原球队主教练辞职。",
        # a country joined is no body one works for
        "陈立加入美国国籍，后来辞职。",
    ],
)
def test_a_resignation_with_no_body_joined_by_the_one_who_leaves_names_none(steps, text) -> None:
    e = news(events(steps, text), LEAVE)
    assert "原所属组织" not in roles(e), roles(e)


# ---- 国家/中央 + a state body's kind word: one body, its whole name ----------------------------
def test_a_state_body_after_guojia_or_zhongyang_is_named_whole(steps) -> None:
    text = (
        "新宇科技出现多起质量投诉。国家统计局称，该局与中央宣传部，"
        "就用户反映的问题共同约谈了新宇科技。"
    )
    e = news(events(steps, text), SUMMONS)
    assert sorted(roles(e).get("约谈发起方", [])) == ["中央宣传部", "国家统计局"], roles(e)


def test_a_kind_word_of_a_state_body_takes_in_guojia_before_it() -> None:
    # the recogniser missed the name: the generic 统计局 read alone is 国家统计局 whole
    from dashiji.events.news import _nationally_named
    from dashiji.events.news_actors import Actor

    vt = "国家统计局称，其他部门和统计局都派了人。"
    bureau = Actor(2, 5, "统计局", "generic", agent_type="GOV")
    other = Actor(13, 16, "统计局", "generic", agent_type="GOV")  # (和统计局: no 国家 before)
    people = Actor(0, 2, "国家", "generic", agent_type="CVL")
    got = _nationally_named(vt, [bureau, other])
    assert [(x.start, x.text) for x in got] == [(0, "国家统计局"), (13, "统计局")]
    # (a participant holding 国家 keeps it)
    assert _nationally_named(vt, [people, bureau])[1].text == "统计局"


@pytest.mark.parametrize(
    ("text", "news_type", "role", "doer"),
    [
        ("多个国家警方联合逮捕了王某。", "司法行为-拘捕", "拘捕者", ["警方"]),
        ("东南亚国家监管部门对蓝海科技罚款200万元。", "司法行为-罚款", "执法机构", ["监管部门"]),
    ],
)
def test_guojia_ending_a_phrase_of_countries_names_no_body(
    steps, text, news_type, role, doer
) -> None:
    # 多个国家警方: the police of several countries, no body called 国家警方
    e = news(events(steps, text), news_type)
    assert roles(e).get(role) == doer, roles(e)


# ---- the one who reported or complained is a person: the other side of a suit ------------------
@pytest.mark.parametrize(
    ("text", "sued"),
    [
        ("歌手陈立宣布将对报料者提起诉讼。", ["报料者"]),
        ("陈立随后向爆料人提起诉讼。", ["爆料人"]),
    ],
)
def test_the_reporter_a_suit_is_brought_against_is_sued(steps, text, sued) -> None:
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("被告") == sued, roles(e)


def test_a_reporter_who_only_tells_is_no_party(steps) -> None:
    # 据爆料人称: the teller of the news is no party of what is told
    e = news(events(steps, "据爆料人称，歌手陈立与女友已经分手。"), "人生-分手")
    assert "爆料人" not in [a.name for a in e.actors], e.actors


@pytest.mark.parametrize(
    ("text", "sued"),
    [
        ("面对网友的指责，歌手陈立发布声明，以名誉受损为由向爆料者提起诉讼。", ["爆料者"]),
        ("面对质疑，歌手陈立发布声明，以名誉受损为由向新宇传媒公司提起诉讼。", ["新宇传媒公司"]),
    ],
)
def test_a_reason_given_before_the_one_sued_is_no_plaintiff(steps, text, sued) -> None:
    # 以某事为由向某乙起诉: why the suit is brought, not who brings it
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("被告") == sued and not any("为由" in a.name for a in e.actors), roles(e)


# ---- 监管机构: a regulator is a state body, the one that fines --------------------------------
@pytest.mark.parametrize(
    "text",
    ["南岛数据监管机构执意对蓝海科技开出罚单。", "英国金融监管机构周三对蓝海科技开出罚单。"],
)
def test_a_regulator_fining_a_company_is_the_one_that_fines(steps, text) -> None:
    e = news(events(steps, text), "司法行为-罚款")
    got = roles(e)
    assert got.get("执法机构") == ["监管机构"] and got.get("罚款对象") == ["蓝海科技"], got


def test_a_fine_with_no_body_named_has_no_one_that_fines(steps) -> None:
    e = news(events(steps, "蓝海科技上周被罚款200万元。"), "司法行为-罚款")
    assert "执法机构" not in roles(e), roles(e)


# ---- 向一家X提起诉讼: the one sued, counted after 向 (round 44) ----------------------------------
@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        ("张先生向一家快递公司和李某提出诉讼。", ["张先生"], ["快递公司", "李某"]),
        ("张先生向一家快递公司提出诉讼。", ["张先生"], ["快递公司"]),
        ("孙女士上月向一名司机提起诉讼，要求赔偿医药费。", ["孙女士"], ["司机"]),
        # a thing joined to the suit (赔偿要求) is no one sued
        ("张先生向一家快递公司提出诉讼和赔偿要求。", ["张先生"], ["快递公司"]),
        # controls, no count: as before
        ("张先生向快递公司和李某提出诉讼。", ["张先生"], ["快递公司", "李某"]),
        ("张先生向快递公司提出诉讼。", ["张先生"], ["快递公司"]),
    ],
)
def test_a_party_counted_after_towards_is_the_one_sued(steps, text, plaintiff, sued) -> None:
    # 向 + a count (一家, 一名, 两家) + the party: the count does not hide the one sued, nor
    # make it the one who sues
    got = roles(news(events(steps, text), "司法行为-起诉"))
    assert got.get("原告") == plaintiff and sorted(got.get("被告", [])) == sorted(sued), got


def test_a_count_after_yixiang_is_no_one_addressed(steps) -> None:
    # 一向 is 'always', not 'towards': the count after it opens no one sued
    got = roles(news(events(steps, "李某一向两家公司供货，上月起诉了宏远公司。"), "司法行为-起诉"))
    assert got.get("被告") == ["宏远公司"], got


@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        # the ones a count after 向 names are those spoken to, in a clause of their own
        ("赵某向两名记者表示，他已起诉宏远公司。", ["赵某"], ["宏远公司"]),
    ],
)
def test_a_counted_party_after_towards_controls(steps, text, plaintiff, sued) -> None:
    got = roles(news(events(steps, text), "司法行为-起诉"))
    assert got.get("原告") == plaintiff and got.get("被告") == sued, got


# ---- X诉Y案: a case named by its two parties (round 44) --------------------------------------
def test_a_case_named_by_its_parties_gives_both_parties(steps) -> None:
    e = news(events(steps, "蓝海科技诉星河传媒案今天在南港市中级人民法院开庭。"), "司法行为-开庭")
    names = [a.name for a in e.actors]
    assert "蓝海科技" in names and "星河传媒" in names, names
    assert roles(e).get("开庭案件") == ["蓝海科技诉星河传媒案"], roles(e)


# ---- an appeal's other side: the other party of the claim told before it (round 44) ---------
@pytest.mark.parametrize(
    ("text", "appellant", "other"),
    [
        ("宏远公司一审要求一名女子赔偿300万元，该女子表示将上诉。", ["女子"], ["宏远公司"]),
        (
            "宏远公司要求刹车事件女车主赔偿500万元，宏远公司方面将继续上诉。",
            ["宏远公司"],
            ["女车主"],
        ),
    ],
)
def test_an_appeal_takes_the_other_side_of_the_claim_before_it(
    steps, text, appellant, other
) -> None:
    # 甲要求乙赔偿…，乙将上诉: who demands a remedy of whom are the two sides of the case
    got = roles(news(events(steps, text), "司法行为-起诉"))
    assert got.get("原告") == appellant and got.get("被告") == other, got


@pytest.mark.parametrize(
    "text",
    [
        "王某表示将上诉。",  # no other party anywhere
        "宏远公司要求员工加班，该员工表示将上诉。",  # a demand with no remedy is no claim
        "法院一审要求宏远公司赔偿300万元，宏远公司表示将上诉。",  # a court orders, no side
    ],
)
def test_an_appeal_with_no_claim_before_it_has_no_other_side(steps, text) -> None:
    got = roles(news(events(steps, text), "司法行为-起诉"))
    assert "被告" not in got, got


# ---- 禁止以下交易：…: a ban of 'the following' names its targets past the colon (round 44) ----
@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("美国商务部表示，下月起禁止以下交易：为微信和抖音提供托管服务。", ["微信", "抖音"]),
        (
            "法国政府宣布下周禁止以下交易：在应用商店上架WeChat与抖音；用WeChat转账。",
            ["WeChat", "抖音"],
        ),
    ],
)
def test_a_ban_of_the_following_targets_the_apps_listed_after_the_colon(
    steps, text, targets
) -> None:
    e = next(e for e in events(steps, text) if e.type == "SANCTION")
    got = sorted(a.name for a in e.actors if a.side == "target")
    assert got == sorted(targets), e.actors


def test_a_ban_of_the_following_acts_names_no_target(steps) -> None:
    # 禁止以下行为：吸烟、遛狗 - a notice listing acts, no company or app: nothing banned by name
    evs = events(steps, "南港市政府宣布禁止以下行为：在公园内吸烟、遛狗。")
    assert not any(a.side == "target" for e in evs for a in e.actors), evs


@pytest.mark.parametrize(
    ("text", "kind", "doer_role", "doer", "done_role", "done"),
    [
        ("张某昨天向一名女子求婚。", "人生-求婚", "求婚者", "张某", "求婚对象", "女子"),
        ("警察向一名持刀男子开枪。", "灾害/意外-袭击", "袭击者", "警察", "袭击对象", "男子"),
    ],
)
def test_a_counted_one_after_towards_is_acted_on_by_any_verb(
    steps, text, kind, doer_role, doer, done_role, done
) -> None:
    # 向一名X求婚/开枪: as for a suit, the count after 向 leaves X the one acted on
    got = roles(news(events(steps, text), kind))
    assert got.get(doer_role) == [doer] and got.get(done_role) == [done], got


@pytest.mark.parametrize(
    "text",
    [
        "张某向一名路人问路时被李某殴打。",
        "张某向路人问路时被李某殴打。",  # control, no count
    ],
)
def test_a_counted_one_after_towards_leaves_the_doer_after_bei(steps, text) -> None:
    # 向一名X问路时被乙殴打: the 向 phrase opens the passive clause of another verb; the count
    # after 向 does not make X the object of this trigger nor lose the doer after 被
    got = roles(news(events(steps, text), "灾害/意外-袭击"))
    assert got.get("袭击者") == ["李某"], got


# ---- a law firm or a lawyer suing for a client: the client is the plaintiff --------------------
SUIT = "司法行为-起诉"


@pytest.mark.parametrize(
    ("text", "client", "counsel"),
    [
        ("江南明德律师事务所代表周海峰向东湖区法院提起诉讼。", "周海峰", "江南明德律师事务所"),
        ("受周海峰委托，明德律师事务所将三名网友起诉至法院。", "周海峰", "明德律师事务所"),
        (
            "明德律所受远航科技公司委托，向法院起诉了两家媒体。",
            "远航科技公司",
            "明德律所",
        ),
        ("周海峰委托明德律师事务所向法院提起诉讼。", "周海峰", "明德律师事务所"),
        ("明德律师事务所代表周海峰，向法院起诉了两名网友。", "周海峰", "明德律师事务所"),
    ],
)
def test_the_client_of_a_law_firm_is_the_plaintiff(steps, text, client, counsel) -> None:
    # 甲律所代表乙起诉, 受乙委托，甲律所起诉, 乙委托甲律所起诉: the firm sues for 乙 - 乙 is the
    # plaintiff, the firm beside it (never the firm alone)
    got = roles(news(events(steps, text), SUIT))
    assert got.get("原告") == [client, counsel], got


@pytest.mark.parametrize(
    ("text", "plaintiffs"),
    [
        # the firm sues in its own name: no client
        ("明德律师事务所起诉了周海峰。", ["明德律师事务所"]),
        # its legal representative acts for the firm itself: no client
        ("明德律师事务所法定代表人李强代表律所向法院起诉了周海峰。", ["明德律师事务所"]),
        # the client sues; a lawyer only speaks of it
        ("律师陈立表示，周海峰已于上月向法院起诉两名网友。", ["周海峰"]),
        # 代表 in another clause: the firm's statement, not the one it sues for
        ("明德律师事务所称，代表周海峰的律师团队此前已退出，该所将于下周起诉两名网友。", None),
        # a client it acted for before, or told clauses before the suit: the firm sues alone
        ("明德律师事务所此前代表郑立新，下周将向法院起诉两名网友。", ["明德律师事务所"]),
        ("明德律师事务所代表郑立新多年，现已退出，下周将向法院起诉两名网友。", ["明德律师事务所"]),
    ],
)
def test_a_firm_suing_for_no_client_named_stays_the_plaintiff(steps, text, plaintiffs) -> None:
    got = roles(news(events(steps, text), SUIT))
    if plaintiffs is None:
        assert "周海峰" not in got.get("原告", []), got
    else:
        assert got.get("原告") == plaintiffs, got


# ---- a search of someone's home: the one whose home is searched --------------------------------
@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("在刘德林的住处，民警依法搜查，查获大量假药。", "刘德林"),
        ("民警在刘德林的住处搜查，发现两箱假烟。", "刘德林"),
        ("民警在赵春生家中进行搜查，找到一批赃物。", "赵春生"),
        ("在钱立群的办公室，民警进行了搜查，找到多本账册。", "钱立群"),
    ],
)
def test_the_one_whose_home_is_searched_is_its_target(steps, text, searched) -> None:
    # 在甲的住处，民警搜查时…: the search is of 甲's home - 甲 is the one searched
    e = one(events(steps, text), "COERCE")
    assert on_side(e, "target") == [searched] and on_side(e, "source") == ["民警"], e.actors


@pytest.mark.parametrize(
    "text",
    [
        # near the home (premises_near), in the search's own clause: no one's search
        "民警在刘德林的住处附近搜查，查获大量假药。",
        # (a comma after the place: the clause is cut before the search, as before)
        "在刘德林的住处附近，民警依法搜查，查获大量假药。",
        "民警在刘德林的陪同下搜查了仓库，发现大量假药。",  # in 甲's company: not 甲's premises
    ],
)
def test_a_search_near_a_home_or_with_someone_has_no_target(steps, text) -> None:
    assert on_side(one(events(steps, text), "COERCE"), "target") == [], text


# ---- the one a suit's grounds accuse (以乙…为由) is the one sued ---------------------------------
@pytest.mark.parametrize(
    ("text", "sued"),
    [
        ("林晓以孙明侵犯其名誉权为由，向东城区法院提起诉讼。", "孙明"),
        ("林晓以华远公司拖欠工资为由，向法院提起诉讼。", "华远公司"),
        ("林晓以孙明散布谣言损害其名誉为由，向东城区法院起诉。", "孙明"),
        ("林晓以前夫孙明拒不支付抚养费为由，向法院提起诉讼。", "孙明"),  # (the name titled)
        ("林晓以孙明作为股东未履行出资义务为由起诉。", "孙明"),
    ],
)
def test_the_one_the_grounds_of_a_suit_accuse_is_sued(steps, text, sued) -> None:
    got = roles(news(events(steps, text), SUIT))
    assert got.get("原告") == ["林晓"] and got.get("被告") == [sued], got


@pytest.mark.parametrize(
    ("text", "sued"),
    [
        ("林晓以合同纠纷为由，向法院提起诉讼。", None),  # no one named in the grounds
        ("林晓以自己名誉受损为由，向法院提起诉讼。", None),  # the plaintiff's own loss
        ("林晓以女儿孙丽被打伤为由，向法院提起诉讼。", None),  # the one wronged, no defendant
        # the one sued named after the verb stays the one sued
        ("林晓以孙明侵犯其名誉权为由，将华远公司起诉至法院。", ["华远公司"]),
        # the one the grounds tell hurt or wronged (a harm, 受到): no wrongdoer
        ("林晓以儿子孙强在校受伤为由，向法院提起诉讼。", None),
        ("林晓以女儿孙丽受到老师体罚为由，向法院起诉。", None),
        # a thing or a firm of the one named does the wrong, not they
        ("林晓以孙明所在公司拖欠工资为由，向法院提起诉讼。", None),
        ("林晓以孙明的证言不实为由，向法院提起诉讼。", None),
        # an appeal's grounds: no one sued
        ("林晓以孙明作证不实为由提起上诉。", None),
    ],
)
def test_grounds_naming_no_wrongdoer_add_no_defendant(steps, text, sued) -> None:
    got = roles(news(events(steps, text), SUIT))
    assert got.get("被告") == sued, got


def test_the_one_the_grounds_of_a_report_accuse_is_reported(steps) -> None:
    # 甲以乙…为由向警方报案: the report is of 乙, as a suit's grounds name the one sued
    text = "华远公司日前以孙明伪造账目为由，向派出所报案。"
    got = roles(news(events(steps, text), "司法行为-举报"))
    assert got.get("举报发起方") == ["华远公司"] and got.get("举报对象") == ["孙明"], got
    # control: grounds naming no one
    text = "华远公司以账目异常为由，向派出所报案。"
    got = roles(news(events(steps, text), "司法行为-举报"))
    assert "举报对象" not in got, got


# ---- a country given as an example of what the ones acted on are linked to stays a target ------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("美国财政部宣布制裁与外国对手（包括伊朗在内）有联系的企业。", "IRN"),
        ("美国商务部宣布调查与外国对手（包括俄罗斯在内）相关的应用程序。", "RUS"),
        ("美国对多个国家（包括伊朗在内）实施制裁。", "IRN"),  # (the bracket closes no modifier)
        ("美国财政部宣布制裁与伊朗有联系的企业。", "IRN"),  # (no brackets of examples)
    ],
)
def test_a_country_in_brackets_of_examples_or_named_bare_stays_a_target(
    steps, text: str, country: str
) -> None:
    # (与外国对手（包括某国在内）相关的N: the things acted on are the example's, as with a bare
    # 与某国有联系的N - the country is what the act is aimed at)
    e = [x for x in events(steps, text) if x.type in {"SANCTION", "ACCUSE"}][0]
    assert country in {a.country for a in e.actors if a.side == "target"}, e.actors
