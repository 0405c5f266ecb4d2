"""PLOVER types and countries of everyday legal acts (issue 7, conventions "Courts, police and
lawsuits" and "When plover is left null"): a verdict or an arrest of a person named in full in a
story of one country is COERCE of that country; a region written in the sentence (香港) places
the person there; an anonymised or bare name stays news-only; a trial of 该案 is criminal when the
case the article named before is a crime.  Invented sentences (none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, remand, roles
from test_news_notevent import kinds, typed


def test_a_verdict_on_a_named_person_of_the_story_is_coerce(steps) -> None:
    evs = events(
        steps,
        "杭州一家公司的老板周振宇去年被捕。\n周振宇因诈骗罪一审获刑八年。",
    )
    jailed = typed(evs, "司法行为-入狱")
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert "CHN" in jailed[0].countries


@pytest.mark.parametrize(
    "text",
    [
        "香港区域法院法官罗家辉裁定商人冯志刚串谋诈骗罪成，押后至下月9日判刑。",
        "香港商人冯志刚承认洗黑钱罪，法官将于本月底对其判刑。",
    ],
)
def test_a_sentencing_to_come_with_no_term_is_a_ruling_no_prison(steps, text: str) -> None:
    # convention "Verdict: COERCE, plus 司法行为-入狱 when it imposes prison": a sentence still to
    # be passed, no prison nor term told, imposes none yet
    evs = events(steps, text)
    assert not typed(evs, "司法行为-入狱"), kinds(evs)
    assert any(e.type == "COERCE" and e.status == "planned" for e in evs), kinds(evs)


def test_a_sentencing_to_come_with_its_prison_told_is_jailing(steps) -> None:
    # control: the prison or the term named with it keeps 入狱
    evs = events(steps, "香港商人冯志刚承认洗黑钱罪，法官将于本月底判处其入狱三年。")
    assert typed(evs, "司法行为-入狱"), kinds(evs)


def test_an_anonymised_name_stays_news_only(steps) -> None:
    evs = events(steps, "杭州一家公司的老板周某去年被捕。\n周某因诈骗罪一审获刑八年。")
    jailed = typed(evs, "司法行为-入狱")
    assert jailed and jailed[0].type is None, kinds(evs)


def test_a_region_written_in_the_sentence_places_the_person(steps) -> None:
    e = remand(events(steps, "商人陈嘉明因涉嫌在香港洗黑钱被还押。"))  # (custody: no DuEE type)
    assert "HKG" in e.countries, e.countries


def test_no_country_without_a_place_in_the_article(steps) -> None:
    evs = events(steps, "周振宇因诈骗罪一审获刑八年。")
    jailed = typed(evs, "司法行为-入狱")
    assert jailed and jailed[0].type is None, kinds(evs)


def test_a_trial_of_the_crime_told_before_is_criminal(steps) -> None:
    evs = events(
        steps,
        "去年发生在兰州的少女被拐卖强奸案引发关注。\n"
        "5月20日，该案将在兰州市城关区人民法院开庭审理。",
    )
    trial = typed(evs, "司法行为-开庭")
    assert trial and trial[0].type == "COERCE", kinds(evs)


def test_a_trial_of_the_civil_case_told_before_is_a_hearing(steps) -> None:
    evs = events(
        steps,
        "王某诉李某名誉权纠纷案引发关注。\n5月20日，该案将在兰州市城关区人民法院开庭审理。",
    )
    trial = typed(evs, "司法行为-开庭")
    assert trial and trial[0].type is None, kinds(evs)


def test_a_trial_of_a_suspected_civil_wrong_is_a_hearing(steps) -> None:
    # 涉嫌 before a civil wrong (性骚扰, 侵权) names no crime: a civil hearing, no COERCE
    evs = events(steps, "海淀区人民法院今天开庭审理北京电视台主持人赵某涉嫌性骚扰一案。")
    trial = typed(evs, "司法行为-开庭")
    assert trial and trial[0].type is None, kinds(evs)
    # control: a suspected crime is a criminal trial
    evs = events(steps, "海淀区人民法院今天开庭审理北京电视台主持人赵某涉嫌诈骗一案。")
    trial = typed(evs, "司法行为-开庭")
    assert trial and trial[0].type == "COERCE", kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "美国商务部周五宣布解除对这款中国应用的禁令。",
        "去年，日本政府宣布暂停对这家中国企业的禁令。",
        "美国政府昨天宣布推迟实施对两款中国应用的禁令。",
    ],
)
def test_a_ban_lifted_suspended_or_put_off_is_an_easing(steps, text: str) -> None:
    # the sanctioner eases (CONCEDE 081), no ban imposed on the banned party
    evs = events(steps, text)
    assert [(e.type, e.cameo) for e in evs if e.type] == [("CONCEDE", "081")], kinds(evs)


def test_a_prison_term_with_a_fine_is_both_with_the_sum(steps) -> None:
    evs = events(steps, "法院认定被告人孙立平犯受贿罪，判处有期徒刑三年，并处罚金人民币八万元。")
    assert typed(evs, "司法行为-入狱"), kinds(evs)
    fines = typed(evs, "司法行为-罚款")
    assert fines and fines[0].trigger == "并处罚金", kinds(evs)
    sums = [a.text for a in fines[0].arguments if a.role == "罚款金额"]
    assert sums == ["人民币八万元"], fines[0].arguments


def test_a_law_naming_a_fine_is_no_fine(steps) -> None:
    evs = events(steps, "该罪的第一档为三年以下有期徒刑或者拘役，单处或并处罚金。")
    assert typed(evs, "司法行为-罚款") == [], kinds(evs)


def test_filing_for_a_case_against_someone_is_a_suit(steps) -> None:
    evs = events(steps, "5月3日，王丽华向杭州市上城区人民法院提交申请立案起诉李建国。")
    assert typed(evs, "司法行为-立案") == [], kinds(evs)
    suits = typed(evs, "司法行为-起诉")
    assert suits and suits[0].type == "ACCUSE", kinds(evs)


def test_a_place_inside_a_road_name_is_no_venue(steps) -> None:
    evs = events(steps, "当晚，一辆货车在解放路和长江东路交叉口发生交通事故。")
    crash = typed(evs, "灾害/意外-车祸")
    places = [a.text for e in crash for a in e.arguments if a.role == "地点"]
    assert "江东" not in places, [e.arguments for e in crash]


def test_a_country_inside_an_event_name_is_no_actor(steps) -> None:
    evs = events(steps, "成都市民周振宇因涉嫌在卡塔尔世界杯期间网上赌球，被成都警方行政拘留。")
    held = typed(evs, "司法行为-拘捕")
    assert held and "QAT" not in held[0].countries, kinds(evs)


def test_a_police_branch_stays_whole(steps) -> None:
    evs = events(steps, "当天，王某因扰乱公共秩序被杭州市公安局西湖分局行政拘留。")
    held = typed(evs, "司法行为-拘捕")
    assert held and any(a.name == "杭州市公安局西湖分局" for a in held[0].actors), kinds(evs)


@pytest.mark.parametrize(
    "sentence",
    [
        "当天，刘某因寻衅滋事被南京市公安局玄武分局行政拘留。",
        "9日，赵某因涉嫌诈骗罪被成都市公安局武侯分局刑事拘留。",
    ],
)
def test_a_police_branch_read_as_one_name_is_the_police(steps, sentence: str) -> None:
    # the recogniser reads bureau and branch as one name: it keeps the bureau's kind (COP)
    held = typed(events(steps, sentence), "司法行为-拘捕")
    assert held, sentence
    codes = {a.name: a.cameo for a in held[0].actors}
    assert any(n.endswith("分局") and c == "CHNCOP" for n, c in codes.items()), codes


def test_a_place_describing_people_is_part_of_them(steps) -> None:
    evs = events(steps, "5月3日，澳门极端暴力分子在议事亭前地发动示威。")
    protests = [e for e in evs if e.type == "PROTEST"]
    assert protests and any(a.name == "澳门极端暴力分子" for a in protests[0].actors), kinds(evs)


def test_a_name_read_short_is_the_name_the_article_writes(steps) -> None:
    evs = events(
        steps,
        "车主宋婉婷表示会坚持维权。\n宋婉婷此前多次投诉。\n"
        "因此，宋婉婷将杭州某某科技有限公司告上法庭。\n宋婉婷的律师也到场。",
    )
    suits = typed(evs, "司法行为-起诉")
    assert suits and any(a.name == "宋婉婷" for a in suits[0].actors), kinds(evs)


def test_a_company_named_with_its_place_is_whole(steps) -> None:
    evs = events(steps, "王丽华将北京星辰视界文化有限责任公司告上法庭。")
    suits = typed(evs, "司法行为-起诉")
    names = [a.name for e in suits for a in e.actors]
    assert "北京星辰视界文化有限责任公司" in names, kinds(evs)


def test_a_place_inside_an_institution_name_is_no_venue(steps) -> None:
    evs = events(steps, "根据绍兴市机械工程学会所作的鉴定，涉案电梯在坠落前未制动。")
    places = [a.text for e in evs for a in e.arguments if a.role == "地点"]
    assert "绍兴市" not in places, kinds(evs)


def test_a_person_found_again_by_a_role_keeps_the_country_the_sentence_gave(steps) -> None:
    evs = events(steps, "据港媒报道，审理此案的，正是上月下令将商人周海涛羁押的那名法官。")
    e = remand(evs)  # (a judge's 羁押: a remand, no DuEE type)
    assert e.trigger == "羁押" and "HKG" in e.countries, kinds(evs)


def test_the_terms_of_a_ban_are_no_demand_of_their_own(steps) -> None:
    evs = events(steps, "日本政府宣布对三家俄罗斯银行实施禁令，要求冻结其在日本的全部资产。")
    assert [e.type for e in evs if e.type] == ["SANCTION"], kinds(evs)


def test_a_condition_set_with_a_refusal_is_no_demand(steps) -> None:
    evs = events(steps, "一名澳门餐厅老板想去日本看病，他的申请被法院驳回，要求他按期出庭。")
    assert "REQUEST" not in [e.type for e in evs], kinds(evs)


def test_a_demand_on_a_party_named_after_an_order_stays(steps) -> None:
    evs = events(steps, "英国首相签署禁令，要求华为公司在三年内撤出英国市场。")
    assert "REQUEST" in {e.type for e in evs}, kinds(evs)
    # a body told by its kind noun (警方) is asked to act too; the ones the terms bind
    # (用户) are not
    text = "新西兰总理阿德恩周二发布禁令，禁止公务电脑安装某游戏，并要求警方对相关账号进行调查。"
    assert "REQUEST" in {e.type for e in events(steps, text)}, kinds(events(steps, text))
    text = "新西兰总理阿德恩周二发布禁令，禁止公务电脑安装某游戏，并要求用户卸载该游戏。"
    assert "REQUEST" not in {e.type for e in events(steps, text)}, kinds(events(steps, text))


def test_a_product_name_with_a_space_stays_whole(steps) -> None:
    evs = events(steps, "2026年3月，一家家电厂商召回约4200台Nova 3、Nova 5、Nova 6空气炸锅。")
    recall = typed(evs, "产品行为-召回")
    assert recall, kinds(evs)
    assert any("Nova 3、Nova 5、Nova 6空气炸锅" in a.text for a in recall[0].arguments), kinds(evs)


def test_a_product_with_a_space_in_its_name_is_a_participant(steps) -> None:
    evs = events(steps, "据悉，星耀X5 Max即将发布。")
    launch = typed(evs, "产品行为-发布")
    assert launch and any(a.text == "星耀X5 Max" for a in launch[0].arguments), kinds(evs)


def test_a_preposition_opens_no_subject(steps) -> None:
    evs = events(steps, "这家工厂去年扩建了三间厂房，连同购入的设备，一共花费三千万元。")
    assert not any(a.text.startswith("连同") for e in evs for a in e.arguments), kinds(evs)


def test_leaving_a_national_team_is_leaving_an_organisation(steps) -> None:
    evs = events(steps, "由于膝盖受伤，后卫陈晓东宣布退出本届国家集训队，教练组另选他人。")
    assert typed(evs, "组织关系-退出") and not typed(evs, "竞赛行为-退赛"), kinds(evs)
    evs = events(steps, "后卫陈晓东宣布退出亚洲杯。")
    assert typed(evs, "竞赛行为-退赛") and not typed(evs, "组织关系-退出"), kinds(evs)


def test_the_counted_dead_of_a_collapse_are_its_toll(steps) -> None:
    # (the word after the count is no death word, so the quantity reader of 死亡人数 reads
    # nothing: the toll comes from the counted dead alone)
    evs = events(steps, "一座旧仓库的屋顶在暴雪中坍塌，5人全部罹难。")
    fall = typed(evs, "灾害/意外-坍/垮塌")
    toll = [(a.role, a.text) for a in fall[0].arguments] if fall else []
    assert ("死亡人数", "5人") in toll, kinds(evs)
    assert typed(evs, "人生-死亡"), kinds(evs)  # the deaths stay an event of their own
    evs = events(steps, "一座旧仓库的屋顶在暴雪中坍塌，看守老刘当场死亡。")
    fall = typed(evs, "灾害/意外-坍/垮塌")
    assert fall and not any(a.role == "死亡人数" for a in fall[0].arguments), kinds(evs)


@pytest.mark.parametrize(
    ("said", "accident", "toll"),
    [
        ("两辆货车在国道上相撞，致3人死亡、5人受伤。", "灾害/意外-车祸", "3人"),
        ("昨晚一家餐馆发生火灾，造成2人死亡。", "灾害/意外-起火", "2人"),
        ("一名男子持刀袭击路人，造成2人死亡。", "灾害/意外-袭击", "2人"),
        ("工地脚手架昨天坍塌，致2人死亡、3人受伤。", "灾害/意外-坍/垮塌", "2人"),
        ("化工厂昨天发生爆炸，事故已造成6人遇难。", "灾害/意外-爆炸", "6人"),
    ],
)
def test_the_counted_dead_of_an_accident_are_its_toll_not_a_death_s_dead(
    steps, said, accident, toll
) -> None:
    # invented: 相撞，致3人死亡 - DuEE counts the dead on the accident (死亡人数); the death told
    # beside it stays an event, but a count names no one: no 死者
    evs = events(steps, said)
    assert roles(news(evs, accident)).get("死亡人数") == [toll], kinds(evs)
    assert "死者" not in roles(news(evs, "人生-死亡")), kinds(evs)


@pytest.mark.parametrize(
    ("said", "dead"),
    [
        ("一辆货车与客车相撞，事故造成司机张某死亡。", "张某"),  # (one named: a 死者)
        ("当地疫情已致3人死亡。", "3人"),  # (no accident counts them)
        ("截至昨晚已有3人死亡。", "3人"),
        ("一辆大巴翻下山崖，造成4人死亡，其中包括乘客刘某。", "刘某"),
    ],
)
def test_the_dead_no_accident_counts_stay_the_dead(steps, said, dead) -> None:
    # controls (held on both trees): a named one among the dead, or a count with no accident
    # beside it, stays the death's 死者
    assert dead in roles(news(events(steps, said), "人生-死亡")).get("死者", [])


def test_a_count_with_si_in_a_score_or_a_title_is_no_death(steps) -> None:
    # controls (held on both trees): 2死 of an inning, 一死一伤 as a film's title
    for said in ("主队在九局下半2死满垒时打出再见安打。", "短片《一死一伤》昨日在影展上映。"):
        assert not typed(events(steps, said), "人生-死亡"), said


def test_a_province_before_a_person_places_the_person(steps) -> None:
    evs = events(steps, "去年底，广东佛山一家五金厂的老板林女士以专利侵权为由起诉德国西门子公司。")
    suits = [e for e in evs if e.type == "ACCUSE"]
    assert suits and "林女士" in [a.name for a in suits[0].actors], kinds(evs)
    assert "佛山" not in [a.name for a in suits[0].actors], [a.name for a in suits[0].actors]


def test_a_quoted_epithet_between_place_and_people_keeps_them_one(steps) -> None:
    evs = events(steps, "据媒体报道，广东“异响”汽车车主驾车返乡途中，车辆在隧道口失控撞上护栏。")
    crash = typed(evs, "灾害/意外-车祸")
    names = [a.name for a in crash[0].actors] if crash else []
    assert any(n.startswith("广东") and n.endswith("车主") for n in names), kinds(evs)


def test_a_kin_word_in_apposition_with_a_name_is_that_person(steps) -> None:
    evs = events(steps, "事发后邻居们才得知，她的丈夫——62岁的Tom（汤姆）前一晚已在家中病逝。")
    dead = typed(evs, "人生-死亡")
    who = [a.text for a in dead[0].arguments if a.role == "死者"] if dead else []
    assert who and who[0] in ("Tom", "汤姆"), kinds(evs)


def test_a_quoted_body_name_is_read_whole(steps) -> None:
    evs = events(steps, "韩国渔民团体“韩国近海渔民联盟”随即提起诉讼，要求撤销这项禁渔令。")
    suits = typed(evs, "司法行为-起诉")
    assert suits and ("原告", "韩国近海渔民联盟") in [(a.role, a.text) for a in suits[0].arguments]


def test_a_verb_after_future_jiang_is_no_one_acted_on(steps) -> None:
    evs = events(steps, "澳大利亚下个月将实施禁令，停止进口该国牛肉。")
    bans = [e for e in evs if e.type == "SANCTION"]
    assert bans and "实施" not in [a.name for a in bans[0].actors], kinds(evs)


# ---- a trigger read at face value where its clause uses it otherwise (ev-types3) --------------
def test_a_phenomenon_the_trigger_names_is_no_event_of_its_own(steps) -> None:
    text = "去年冬天，楼下车库里一台充电中的电瓶车自燃起火，浓烟中还夹杂着爆炸现象。"
    assert not typed(events(steps, text), "灾害/意外-爆炸")  # (爆炸 qualifies 现象: the fire's)
    text = "去年冬天，楼下车库里一台充电中的电瓶车自燃起火，随后发生爆炸。"
    assert typed(events(steps, text), "灾害/意外-爆炸")


def test_a_vehicle_out_of_control_is_a_crash_only_where_one_is_told(steps) -> None:
    text = "老李开车走国道回家，半路上车子猛然失控，时速从八十掉到四十，他吓出一身冷汗。"
    assert not typed(events(steps, text), "灾害/意外-车祸")  # (it slowed down: no crash)
    text = "老李开车走国道回家，半路上车子猛然失控，一头撞上了护栏。"
    assert typed(events(steps, text), "灾害/意外-车祸")
    text = "昨晚一辆渣土车在山路上失控，致2名路人受伤。"  # (the toll tells the crash)
    assert typed(events(steps, text), "灾害/意外-车祸")


def test_a_term_served_then_the_release_is_no_imprisonment(steps) -> None:
    text = "吴大勇服刑六年期满出狱，如今在老家种起了果树。"
    assert not typed(events(steps, text), "司法行为-入狱")  # (the day is the release's)
    text = "2016年5月，周立群在江州监狱服刑。"
    assert typed(events(steps, text), "司法行为-入狱")


def test_a_sum_of_money_all_that_is_sold_is_a_flow_not_a_deal(steps) -> None:
    text = "散户昨日净卖出12亿元。"
    assert not typed(events(steps, text), "财经/交易-出售/收购")
    text = "王某以3.8亿元卖出了名下的商场。"
    (sale,) = typed(events(steps, text), "财经/交易-出售/收购")
    assert ("交易物", "名下的商场") in [(a.role, a.text) for a in sale.arguments]
    text = "该公司董事周二净卖出4700股。"  # (shares are a thing sold)
    assert typed(events(steps, text), "财经/交易-出售/收购")


def test_struck_from_a_genealogy_or_a_signing_ceremony_is_no_job_change(steps) -> None:
    text = "他因投敌被宗族开除族谱。"
    assert not typed(events(steps, text), "组织关系-解雇")
    text = "那位挪用公款的周某，也被所在公司开除。"
    assert typed(events(steps, text), "组织关系-解雇")
    text = "上周，两家文旅企业在市会展中心举办签约活动。"
    assert not typed(events(steps, text), "组织关系-加盟")  # (a ceremony, as 签约仪式)
    text = "上周，球员周某与青禾俱乐部完成签约。"
    assert typed(events(steps, text), "组织关系-加盟")


def test_an_attempted_suicide_is_no_death(steps) -> None:
    for text in (
        "据亲友透露，小芸出院后曾有过自杀倾向，如今由外婆照看。",
        "王某前年企图自杀，幸被室友拦下。",
    ):
        evs = events(steps, text)
        assert not typed(evs, "人生-死亡"), kinds(evs)
    evs = events(steps, "王某前晚在宿舍里自杀，室友次日发现后报警。")
    assert typed(evs, "人生-死亡"), kinds(evs)  # (control: a suicide told is a death)


def test_leaving_home_is_no_missing_person(steps) -> None:
    evs = events(steps, "他的父亲在他三岁那年离家出走，再没回来过。")
    assert not typed(evs, "人生-失联"), kinds(evs)
    evs = events(steps, "一名七旬老人上周五外出散步后失踪，家属已向警方求助。")
    assert typed(evs, "人生-失联"), kinds(evs)  # (control)


def test_a_demand_asked_of_nobody_is_no_request(steps) -> None:
    evs = events(steps, "苏州市市场监管局10月15日要求对今年售出的电动车电池进行抽检。")
    assert not [e for e in evs if e.type == "REQUEST"], kinds(evs)
    evs = events(steps, "苏州市市场监管局10月15日要求美团公司立即整改。")
    assert [e for e in evs if e.type == "REQUEST"], kinds(evs)  # (control: asked of a firm)
    # an act demanded of someone left unnamed is a request
    evs = events(steps, "美国国务院要求立即释放两名被扣押的学者。")
    assert [e for e in evs if e.type == "REQUEST"], kinds(evs)


def test_a_demand_is_made_of_the_one_addressed_before_it(steps) -> None:
    text = "苏州市市场监管局10月15日向美团公司发出通知，要求对今年售出的电动车电池进行抽检。"
    asked = [e for e in events(steps, text) if e.type == "REQUEST"]
    assert asked and [a.name for a in asked[0].actors if a.side == "target"] == ["美团公司"], asked
    # (one a report is made to hears it; the demand is of others)
    text = "区政府向区人大报告工作，要求尽快完成旧城改造。"
    asked = [e for e in events(steps, text) if e.type == "REQUEST"]
    assert not any(a.name == "区人大" for e in asked for a in e.actors), asked


# the article's places name one country clearly, though not two thirds of the time: 香港 four
# times, 美国 twice, 英国 once - the people it names in full are Hong Kong's
_MOSTLY_HONG_KONG = (
    "商人何志坤在香港经营一家贸易行，被控串谋诈骗，案中款项经美国和英国的账户转走。\n"
    "据报道，部分款项后来又流回美国，何志坤上月在香港落网，目前羁押在香港。\n"
    "香港的法律界人士关注此案。\n"
)


@pytest.mark.parametrize(
    "text, term, country",
    [
        pytest.param(
            _MOSTLY_HONG_KONG + "何志坤昨日被判入狱三年。", "三年", "HKG", id="mostly-one-place"
        ),
        pytest.param(
            "人民检察院指控，被告人周振宇虚构投资项目骗取他人钱财。\n周振宇因诈骗罪一审获刑八年。",
            "八年",
            "CHN",
            id="institution-without-places",
        ),
        pytest.param(
            "商人周振宇常年往来北京与美国。\n人民检察院指控周振宇虚构投资项目骗取钱财。\n"
            "周振宇因诈骗罪一审获刑八年。",
            "八年",
            "CHN",
            id="institution-settles-two-countries-named-alike",
        ),
    ],
)
def test_people_take_the_country_the_places_or_one_jurisdiction_s_institution_name(
    steps, text: str, term: str, country: str
) -> None:
    evs = events(steps, text)
    jailed = [e for e in typed(evs, "司法行为-入狱") if term in e.sentence]
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert jailed[0].countries == {country}, jailed[0].actors


def test_places_of_two_countries_named_alike_place_no_one(steps) -> None:
    evs = events(
        steps,
        "商人何志坤在香港和美国都有生意，去年他往来香港与美国多次。\n何志坤昨日被判入狱三年。",
    )
    jailed = [e for e in typed(evs, "司法行为-入狱") if "三年" in e.sentence]
    assert jailed and jailed[0].type is None, kinds(evs)


def test_an_army_word_the_words_cut_across_places_no_one(steps) -> None:
    # review 11 D3: 以军 inside 以 / 军人 / 身份 is no Israeli army, neither in the entities nor
    # among the article's jurisdiction words (generic_actors whole_words)
    text = (
        "男子孙海涛假扮退役士兵，以军人身份在多个城市向商户推销假冒劳保用品。\n"
        "孙海涛昨日被判入狱两年。"
    )
    jailed = typed(events(steps, text), "司法行为-入狱")
    assert jailed and not jailed[0].countries, jailed[0].actors
    # control: 以军 / 人员 is the army
    arrest = typed(events(steps, "以军人员昨日在一处村庄拘捕了两名青年。"), "司法行为-拘捕")
    assert arrest and "ISR" in arrest[0].countries, arrest


@pytest.mark.parametrize(
    "text, news_type, kind, country",
    [
        ("宁波的鄞州法院昨天对商人钱伟强作出判决：监禁两年零三个月，罚金八千元。",
         "司法行为-罚款", "COERCE", "CHN"),
        ("杭州市市场监管局对一家奶茶店罚款两万元。", "司法行为-罚款", None, None),
        ("香港一家物流公司的会计邵丽萍被控诈骗，控方指她在香港虚报账目骗走公司资金。\n"
         "法官表示，邵丽萍的案件定于下周二开庭审理。", "司法行为-开庭", "COERCE", "HKG"),
        ("网络主播庞悦称遭前经纪人邵立群多次在直播间辱骂，两人为此打起了名誉权官司。\n"
         "法官表示，邵立群一案定于下周二在杭州开庭。", "司法行为-开庭", None, None),
        # invented: the suit told first claims a deposit back; a crime named in an aside about
        # someone's past does not make the hearing criminal
        ("宁波两名租户起诉房东，要求返还押金一万元。\n租户称，房东的弟弟曾因盗窃罪入狱。\n"
         "江北区法院昨日开庭。", "司法行为-开庭", None, None),
        # control: a prosecution told first makes the plain hearing criminal
        ("检察院指控赵某犯诈骗罪，骗取多名老人钱财。\n江北区法院昨日开庭。",
         "司法行为-开庭", "COERCE", None),
    ],
    ids=[
        "criminal-fine-coercion",
        "administrative-fine-news-only",
        "trial-in-a-prosecution-story-criminal",
        "trial-in-a-defamation-suit-story-hearing",
        "money-back-suit-hearing-civil-whatever-an-aside-says",
        "hearing-after-a-prosecution-criminal",
    ],
)  # fmt: skip
def test_a_fine_or_a_hearing_is_coercion_as_its_story_is_criminal(
    steps, text: str, news_type: str, kind: str | None, country: str | None
) -> None:
    evs = events(steps, text)
    found = typed(evs, news_type)
    assert found and found[0].type == kind, kinds(evs)
    assert country is None or country in found[0].countries, kinds(evs)


def test_a_bailiff_is_no_french_police(steps) -> None:
    evs = events(steps, "庭审中，法警当场拘留了扰乱法庭秩序的旁听者王立新。")
    codes = {(x.name, x.country, x.cameo) for e in evs for x in e.actors if x.name == "法警"}
    assert codes and all(c is None and (m or "")[:3] != "FRA" for _, c, m in codes), codes
    # control: a country written before the kind is its country
    evs = events(steps, "法国警方昨天逮捕了两名嫌犯。")
    assert any("FRA" in e.countries for e in evs), kinds(evs)


# ---- the trigger's thing or doer must fit the type (a scheme is no product, footage no film) ----
def test_a_scheme_launched_is_no_product(steps) -> None:
    text = "为了遏制流感扩散，市政府于三月五日推出全民免费接种计划（接种计划），为老人提供疫苗。"
    evs = events(steps, text)
    assert not typed(evs, "产品行为-发布"), kinds(evs)
    evs = events(steps, "昨天，小米公司在北京推出一款新的折叠屏手机。")
    assert typed(evs, "产品行为-发布"), kinds(evs)  # (control: a product launched)


def test_footage_shown_is_no_film_released(steps) -> None:
    evs = events(steps, "在庭审中，一段有关被告接受某电视台采访的片段播出。")
    assert not typed(evs, "产品行为-上映"), kinds(evs)
    evs = events(steps, "电视剧《山河故人》将于下月在央视播出。")
    assert typed(evs, "产品行为-上映"), kinds(evs)  # (control: a series aired)


def test_led_away_is_an_arrest_only_by_the_police(steps) -> None:
    evs = events(steps, "被告人王某哭着作完陈述，随后由法警带离法庭。")
    assert not typed(evs, "司法行为-拘捕"), kinds(evs)
    evs = events(steps, "民警赶到后把在店里吵闹的两名青年强行带离。")
    assert typed(evs, "司法行为-拘捕"), kinds(evs)  # (control: the police lead them away)


def test_a_legal_word_naming_a_period_is_no_act(steps) -> None:
    evs = events(steps, "2016年李某被警方以诈骗罪名逮捕，八个月审查起诉期过去，今天在法院受审。")
    assert not typed(evs, "司法行为-起诉"), kinds(evs)
    assert typed(evs, "司法行为-拘捕") and typed(evs, "司法行为-开庭"), kinds(evs)  # (control)


def test_a_firm_is_no_one_joining(steps) -> None:
    evs = events(steps, "湘黔两省多家企业在会上一同签约，共涉及九个合作项目。")
    assert not typed(evs, "组织关系-加盟"), kinds(evs)
    # (其他企业加入其电池联盟, which doubt read as firms of a class joining, codes nothing now)
    evs = events(steps, "马来西亚某车企宣布，欢迎其他企业加入其电池联盟。")
    assert not typed(evs, "组织关系-加盟"), kinds(evs)
    evs = events(steps, "前锋李明正式签约上海申花。")
    assert typed(evs, "组织关系-加盟"), kinds(evs)  # (control: a player joins a club)


def test_a_sale_at_a_cut_price_is_a_sale(steps) -> None:
    evs = events(steps, "交保出来后，张某急着把名下两套房产降价出售。")
    assert typed(evs, "财经/交易-出售/收购") and not typed(evs, "财经/交易-降价"), kinds(evs)
    evs = events(steps, "该品牌本周宣布旗下三款手机降价，最高降幅达800元。")
    assert typed(evs, "财经/交易-降价"), kinds(evs)  # (control: goods' prices cut)


def test_a_courts_injunction_is_no_sanction(steps) -> None:
    text = (
        "当地时间6月3日，美国犹他州地区法官约翰·史密斯宣布初步禁令，"
        "暂停犹他州针对这款应用的禁令。"
    )
    evs = events(steps, text)
    assert not [e for e in evs if e.type == "SANCTION"], kinds(evs)
    evs = events(steps, "当地时间3月2日，美国商务部发布禁令，禁止美国企业与华为交易。")
    assert [e for e in evs if e.type == "SANCTION"], kinds(evs)  # (control: a state's ban)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("印度政府禁止TikTok在印度运营。", "TikTok"),
        ("美国政府宣布禁止微信在美国境内运营。", "微信"),
    ],
    ids=["app", "app-of-a-country"],
)
def test_a_ban_on_an_app_operating_is_a_sanction(steps, text: str, target: str) -> None:
    """禁止X在某国运营: a state bans a company or an app from operating - SANCTION, X its
    target (as 禁止X在某国使用)."""
    (e,) = [e for e in events(steps, text) if e.type == "SANCTION"]
    assert target in [a.name for a in e.actors if a.side == "target"], kinds([e])


def test_a_trigger_inside_another_word_or_sense_is_no_event(steps) -> None:
    # 拍得 with a complement of degree: filmed so, no purchase at auction
    evs = events(steps, "照片拍得很清楚，网友一眼就认出了他。")
    assert not typed(evs, "财经/交易-出售/收购"), kinds(evs)
    evs = events(steps, "一位藏家在秋季拍卖会上以三百万元拍得一幅古画。")
    assert typed(evs, "财经/交易-出售/收购"), kinds(evs)  # (control: won at auction)
    # 诉诸 (resort to) after 被: no suit
    evs = events(steps, "两位作家的分歧从未被诉诸文字。")
    assert not typed(evs, "司法行为-起诉"), kinds(evs)
    evs = events(steps, "这家饮料公司去年被诉侵犯商标权。")
    assert typed(evs, "司法行为-起诉"), kinds(evs)  # (control: sued)
    # 推出 a person (a scapegoat): put forward, no product launched
    evs = events(steps, "有评论认为，这家公司推出替罪羊来平息舆论。")
    assert not typed(evs, "产品行为-发布"), kinds(evs)
    evs = events(steps, "这家公司上周推出一台可以折叠的平板电脑。")
    assert typed(evs, "产品行为-发布"), kinds(evs)  # (control: a product)


def test_rights_claimed_won_are_no_protest(steps) -> None:
    evs = events(steps, "车主赵先生对维修结果不满，5月8日去特斯拉门店维权成功。")
    assert not [e for e in evs if e.type == "PROTEST"], kinds(evs)
    evs = events(steps, "车主赵先生对维修结果不满，5月8日去特斯拉门店维权。")
    assert [e for e in evs if e.type == "PROTEST"], kinds(evs)  # (control: a protest)


def test_an_institution_of_one_jurisdiction_outweighs_places_money_went_to(steps) -> None:
    # the places name 美国 most (money and trips abroad), but the prosecutor is a mainland one:
    # the man tried is no American
    evs = events(
        steps,
        "人民检察院指控，被告人范立群在宁波以理财为名集资，再把钱款汇往美国。\n"
        "调查显示，范立群曾多次去美国和澳大利亚置业。\n范立群一审被判入狱十一年。",
    )
    jailed = [e for e in typed(evs, "司法行为-入狱") if "十一年" in e.sentence]
    assert jailed and "USA" not in jailed[0].countries, jailed[0].actors if jailed else kinds(evs)


# verdicts, dismissals and rammings (issue 7, TYPE family: the conventions' types)
def test_the_suspension_of_the_last_term_listed_leaves_the_first_in_prison(steps) -> None:
    text = "镇法庭以盗伐林木罪判处吴海涛有期徒刑两年，其表弟郑立有期徒刑八个月，缓刑一年。"
    evs = events(steps, text)
    jailed = typed(evs, "司法行为-入狱")
    assert len(jailed) == 1 and jailed[0].trigger == "判处", kinds(evs)
    assert len(evs) == 1, kinds(evs)  # (郑立's term is part of the one verdict)


def test_a_suspended_term_alone_is_no_prison(steps) -> None:
    # 决定执行: the term the same one serves, suspended - no one goes to prison
    text = "法院对焦某数罪并罚，判处有期徒刑两年三个月，决定执行有期徒刑两年，缓刑三年。"
    evs = events(steps, text)
    assert not typed(evs, "司法行为-入狱"), kinds(evs)
    evs = events(steps, "镇法庭以盗伐林木罪判处吴海涛有期徒刑两年，缓刑三年。")
    assert not typed(evs, "司法行为-入狱"), kinds(evs)


def test_a_term_written_short_after_the_verdict_verb_is_prison(steps) -> None:
    # 被判3年6个月, 被判一年半: a term of years and months right after 被判, no 有期徒刑 word
    evs = events(steps, "建材商人邓伟明因合同诈骗罪一审被判3年6个月。")
    jailed = typed(evs, "司法行为-入狱")
    assert jailed and any(a.text == "3年6个月" for a in jailed[0].arguments), kinds(evs)
    evs = events(steps, "建材商人邓伟明因合同诈骗罪被判1年半。")
    assert typed(evs, "司法行为-入狱"), kinds(evs)


def test_a_ruling_whose_term_is_written_short_imposes_prison(steps) -> None:
    # …作出一审判决，甲被判…年…个月: the ruling of the clause imposes that term (入狱), though
    # 有期徒刑 is only written after the semicolon, of the other one sentenced
    text = (
        "佛山市中级法院对邓伟明、梁子豪合同诈骗一案作出一审判决，邓伟明被判4年3个月，"
        "并处罚金15万元；判处被告人梁子豪有期徒刑10个月，并处罚金3万元。"
    )
    evs = events(steps, text)
    jailed = typed(evs, "司法行为-入狱")
    assert jailed and jailed[0].type == "COERCE", kinds(evs)
    assert {"4年3个月", "10个月"} <= {a.text for a in jailed[0].arguments}, jailed[0].arguments
    assert not [e for e in evs if e.cameo == "172"], kinds(evs)  # (no bare verdict beside it)


def test_a_term_written_short_then_suspended_is_no_prison(steps) -> None:
    evs = events(steps, "建材商人邓伟明因合同诈骗罪被判2年6个月，缓刑3年。")
    assert not typed(evs, "司法行为-入狱"), kinds(evs)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the attack told before, the one hit named after the verb
        (
            "一名男子驾驶面包车在夜市故意冲撞摊位。他撞了三个摊主，又调头冲向另一侧的食客。",
            "灾害/意外-袭击",
        ),
        # the car driven at people told right after
        ("路口一辆轿车将一名行人撞出数米。随后该司机又开车朝着围观人群冲去。", "灾害/意外-袭击"),
        # control: no attack told, a crash
        ("一辆货车在路口将一名行人撞出数米，司机随即报警。", "灾害/意外-车祸"),
    ],
    ids=["after-the-attack", "before-the-driving-at", "no-attack-a-crash"],
)
def test_a_person_run_down_in_an_attack_is_attacked_else_crashed(steps, text, want) -> None:
    evs = events(steps, text)
    hit = [e for e in evs if e.trigger == "撞"]
    assert hit and hit[0].news_type == want, kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "历时一年，温州鹿城区人民法院驳回了原告王志强提出的三项诉讼请求。",
        "湖北省高级人民法院裁定驳回被告人邓立群的上诉。",
    ],
    ids=["claims", "appeal"],
)
def test_a_judgment_dismissing_a_suit_or_an_appeal_is_a_verdict(steps, text: str) -> None:
    evs = events(steps, text)
    assert [e.type for e in evs] == ["COERCE"], kinds(evs)


def test_a_motion_dismissed_stays_a_rejection(steps) -> None:
    evs = events(steps, "温州鹿城区人民法院驳回了被告钱志远延期开庭的申请。")
    assert [e.type for e in evs] == ["REJECT"], kinds(evs)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a counted vehicle before 将 is the clause's own subject: no one carried from before
        ("邓立群在便利店门口等朋友，一辆摩托车把一名外卖员撞倒在台阶上。", False),
        ("王大明驾车行至路口，把一位老人撞飞到了路边。", True),
    ],
    ids=["vehicle-subject", "carried-driver"],
)
def test_a_vehicle_subject_carries_no_one_told_before(steps, text: str, party: bool) -> None:
    evs = events(steps, text)
    hit = [e for e in evs if e.trigger.startswith("撞")]
    assert hit and ("王大明" in [a.name for a in hit[0].actors]) is party, kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "去年，香港30名示威者因参与非法集结被告上法庭。",
        "去年8月，香港9名示威者因非法集会被告上法庭，其中5人认罪。",
    ],
)
def test_a_charge_of_unlawful_assembly_is_a_criminal_charge(steps, text: str) -> None:
    evs = events(steps, text)
    charged = typed(evs, "司法行为-起诉")
    assert charged and all(e.type is None for e in charged), kinds(evs)


@pytest.mark.parametrize(
    "said",
    [
        "9月2日，宁海市中院开庭审理孔德明故意伤害罪一案，审判长当庭表示该案择期宣判。",
        "9月2日，宁海市中院依法开庭审理孔德明、严立新诈骗一案，休庭前合议庭宣布择日宣判。",
    ],
)
def test_a_trial_whose_verdict_is_deferred_is_the_trial(steps, said: str) -> None:
    # 开庭审理X一案，…择期宣判: the hearing of the case is told (its object is the case, no
    # qualifier of the next clause); the verdict to come is at most planned, with no day
    evs = events(steps, said)
    (trial,) = typed(evs, "司法行为-开庭")
    assert trial.type == "COERCE" and trial.date == "2025-09-02", kinds(evs)
    for e in evs:
        if e.trigger.endswith("宣判"):
            assert e.status == "planned" and e.date is None, kinds(evs)


def test_suspected_of_a_civil_wrong_is_a_civil_hearing(steps) -> None:
    # 涉嫌 alone, with a civil matter named (性骚扰, 名誉权…), tells no crime: a hearing only
    said = "主持人韩立峰涉嫌“性骚扰”一案今日在东港市青石区人民法院开庭。"
    (hearing,) = typed(events(steps, said), "司法行为-开庭")
    assert hearing.type is None, kinds(events(steps, said))
    # control: a crime named beside 涉嫌 - a criminal trial
    said = "主持人韩立峰涉嫌受贿一案今日在东港市青石区人民法院开庭。"
    (trial,) = typed(events(steps, said), "司法行为-开庭")
    assert trial.type == "COERCE", kinds(events(steps, said))


@pytest.mark.parametrize(
    ("text", "fine_type"),
    [
        # one ruling: the prison term's event holds the verdict's COERCE, the added fine none
        ("北京市朝阳区法院判处被告人汪某有期徒刑十个月，并处罚金3万元。", None),
        # a fine passed alone, or added to a penalty that is no prison term: the verdict's COERCE
        ("广州市天河区法院以非法经营罪判处被告人陈某罚金5万元。", "COERCE"),
        ("上海市浦东新区法院判处被告人李某拘役四个月，缓刑六个月，并处罚金二千元。", "COERCE"),
    ],
)
def test_a_fine_beside_a_prison_term(steps, text: str, fine_type: str | None) -> None:
    evs = events(steps, text)
    (fine,) = [e for e in evs if e.news_type == "司法行为-罚款"]
    assert fine.type == fine_type and (fine.cameo is None) == (fine_type is None)
    if fine_type is None:
        assert [e.type for e in evs if e.news_type == "司法行为-入狱"] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "2025年3月4日，美国联邦法院紧急叫停拜登政府的某款游戏禁令。",
        "2025年6月2日，英国高等法院叫停英国政府的无人机禁令。",
        "2025年5月9日，美国一名联邦法官叫停拜登政府对某游戏的禁令。",  # (the country's judge)
        "2025年7月1日，澳大利亚联邦法院暂时叫停了澳大利亚政府对两款社交软件的禁令。",
    ],
)
def test_a_court_halting_a_government_ban_coerces_the_government(steps, text: str) -> None:
    # the type of 叫停…禁令 depends on the kind of its source (codebook by_source): a court's
    # halting is COERCE against the government that made the ban (not the app it was about);
    # the ban's maker halting it eases it (CONCEDE)
    evs = events(steps, text)
    assert [e.type for e in evs if e.type] == ["COERCE"], kinds(evs)
    e = next(e for e in evs if e.type)
    assert [a.cameo[3:] for a in e.actors if a.side == "source" and a.cameo] == ["JUD"]
    assert [a.cameo[3:] for a in e.actors if a.side == "target" and a.cameo] == ["GOV"]
    evs = events(steps, "2025年3月4日，美国政府宣布叫停对两款中国应用的禁令。")
    assert [e.type for e in evs if e.type] == ["CONCEDE"], kinds(evs)


def test_a_ban_one_says_one_will_impose_is_planned(steps) -> None:
    # 某州某日表示，将禁止…: the ban is said to come - planned, dated by the saying; a decision
    # announced (宣布) is the ban itself
    text = "澳大利亚维多利亚州政府4月7日表示，将禁止在公务手机上使用Signal。"
    [e] = [x for x in events(steps, text) if x.type == "SANCTION"]
    assert (e.status, e.date) == ("planned", "2025-04-07")
    text = "澳大利亚维多利亚州政府4月7日宣布，将禁止在公务手机上使用Signal。"
    [e] = [x for x in events(steps, text) if x.type == "SANCTION"]
    assert e.status == "occurred"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "白宫当天签发一道行政命令，将禁止联邦雇员在工作设备上使用一款中国短视频软件。",
            "occurred",
        ),
        ("美国国务院颁布新禁令，将禁止向伊朗出口无人机零部件。", "occurred"),
        ("美国商务部下发封禁令，将禁止美国用户下载两款中国社交应用。", "occurred"),
        # control: an order itself to come (将于下月出台, 计划出台), or no order issued (表示, 讲话)
        ("美国商务部将于下月出台禁令，将禁止本国公司与一款中国购物应用进行交易。", "planned"),
        ("美国国务院计划出台禁令，将禁止向伊朗出口无人机零部件。", "planned"),
        ("蒙大拿州政府表示，将禁止一款中国短视频软件在该州下载。", "planned"),
        ("美国总统昨天发表讲话，将禁止本国公司与一款中国购物应用进行交易。", "planned"),
    ],
)
def test_a_ban_after_an_order_is_occurred_once_it_is_issued(steps, text: str, status: str) -> None:
    # 颁布禁令，将禁止…: the clause after an order issued tells what it bans - the ban is issued
    # (occurred, an issued ban is), its 将 only when it takes effect; no planned copy of it
    evs = [x for x in events(steps, text) if x.type == "SANCTION"]
    assert evs and {e.status for e in evs} == {status}, evs


@pytest.mark.parametrize(
    "text",
    [
        "美国商务部将出台禁令，将禁止本国公司与一款中国购物应用进行交易。",
        "美国政府要出台禁令，将禁止本国公司与一款中国购物应用进行交易。",
        "美国政府尚未出台禁令，但将禁止本国公司与一款中国购物应用进行交易。",
        "美国政府回应欧盟出台的禁令，将禁止本国公司与一款欧洲购物应用进行交易。",
        "美国一名议员提出了禁令草案，将禁止本国公司与一款中国购物应用进行交易。",
    ],
)
def test_a_ban_after_an_order_to_come_or_anothers_stays_planned(steps, text: str) -> None:
    # 将出台禁令 (a 将 the dictionary word 部将 hides from the plan words), 要出台, 尚未出台: no
    # order issued; 回应欧盟出台的禁令: another's order named; 提出了禁令草案: a ban proposed (出了
    # of 提出了) - the ban of the next clause is still to come, planned (beside it the order
    # 将出台 may stand, as before the branch)
    evs = [x for x in events(steps, text) if x.type == "SANCTION"]
    assert "planned" in {e.status for e in evs}, evs


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("美国总统此前想要封禁两款中国应用的威胁已经成真。", "occurred"),
        ("换句话说，美国总统想要封禁两款中国社交软件的威胁终于变成了现实。", "occurred"),
        ("美国总统想要封禁两款中国应用的威胁有望成为现实。", "planned"),
        ("美国总统想要封禁两款中国应用，这一威胁尚未兑现。", "planned"),
        ("美国总统想要封禁两款中国应用。", "planned"),
    ],
)
def test_a_threat_told_come_true_is_carried_out(steps, text: str, status: str) -> None:
    # …的威胁已经成真: the ban threatened was made (occurred); 有望成为现实, 尚未兑现 (no past
    # mark, or another clause), or no word of it: still planned
    evs = [x for x in events(steps, text) if x.type == "SANCTION"]
    assert evs and {e.status for e in evs} == {status}, evs


@pytest.mark.parametrize(
    "text",
    [
        "该公司计划收购一家已落地上海的外资企业。",
        "该公司计划收购一家已经兑现承诺的外资企业。",
    ],
)
def test_a_came_true_word_of_a_noun_leaves_the_plan(steps, text: str) -> None:
    # 已落地上海的企业, 已经兑现承诺的企业: a word of the object, no plan come true - the
    # purchase is still planned (成真, 兑现 only closing the clause tell the plan carried out)
    evs = typed(events(steps, text), "财经/交易-出售/收购")
    assert evs and {e.status for e in evs} == {"planned"}, evs


def test_an_app_taken_off_official_devices_is_banned(steps) -> None:
    # 要求职员从办公电脑上删除某应用: a ban on the app (SANCTION), not a request of the staff
    text = "3月5日，北欧理事会要求其职员在5月2日以前从办公电脑上删除TikTok。"
    e = next(e for e in events(steps, text) if e.type in ("SANCTION", "REQUEST"))
    assert e.type == "SANCTION", kinds(events(steps, text))
    text = "英国内阁办公室要求各部门立即在政府设备上停用抖音和微信。"
    e = next(e for e in events(steps, text) if e.type in ("SANCTION", "REQUEST"))
    assert e.type == "SANCTION"
    assert {a.name for a in e.actors if a.side == "target"} == {"抖音", "微信"}
    # control: a demand of something else stays a request
    text = "美国国务院要求中国释放被拘押的记者。"
    assert [e.type for e in events(steps, text)] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "crash"),
    [
        ("一辆货车与大巴在高速上相撞后起火，造成3人死亡。", "灾害/意外-车祸"),
        ("一架小型飞机在山区坠毁并起火，机上5人全部遇难。", "灾害/意外-坠机"),
        ("这架运输机猛地撞上山坡并起火，机上人员无一生还。", "灾害/意外-坠机"),
        ("一辆油罐车失控后撞上护栏翻车起火，司机当场身亡。", "灾害/意外-车祸"),
    ],
)
def test_a_fire_the_crash_of_its_clause_set_off_is_the_crash(steps, text: str, crash: str) -> None:
    evs = events(steps, text)
    assert typed(evs, crash), kinds(evs)
    assert not typed(evs, "灾害/意外-起火"), kinds(evs)


def test_a_fire_of_its_own_is_still_a_fire(steps) -> None:
    evs = events(steps, "昨晚，一座仓库突然起火，消防员赶到后扑灭了大火。")
    assert typed(evs, "灾害/意外-起火"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "菲律宾外交部就此向中国驻菲大使馆提出严正抗议。",
        "韩国外交部当天向日本驻韩大使表达强烈抗议。",
    ],
)
def test_a_government_s_formal_protest_is_a_complaint_not_a_march(steps, text: str) -> None:
    evs = events(steps, text)
    assert not typed(evs, "组织行为-游行"), kinds(evs)
    assert [e for e in evs if e.type == "ACCUSE"], kinds(evs)


def test_people_protesting_in_the_street_still_march(steps) -> None:
    evs = events(steps, "数千名民众周末走上街头强烈抗议政府的新税法。")
    assert typed(evs, "组织行为-游行"), kinds(evs)


def test_a_car_badly_damaged_in_a_rampage_is_no_attack(steps) -> None:
    evs = events(
        steps,
        "男子张某驾车撞人后又持刀行凶，造成多人受伤。",
        "那辆白色货车撞伤严重已不能开动，张某钻进路边一辆灰色面包车逃窜，与停在路口的车辆发生碰撞。",
    )
    hit = [e for e in typed(evs, "灾害/意外-袭击") if e.trigger == "撞伤"]
    assert not hit, kinds(evs)
    # (a person run down in the rampage is still the attack)
    evs = events(steps, "男子张某驾车撞人后又持刀行凶，造成多人受伤。", "随后他驾车撞伤一名老人。")
    assert [e for e in typed(evs, "灾害/意外-袭击") if e.trigger == "撞伤"], kinds(evs)


def test_a_car_s_damage_beside_the_crash_is_the_crash(steps) -> None:
    text = "那辆白色货车撞伤严重已不能开动，张某钻进一辆面包车逃窜，与路口的车辆发生碰撞无法行驶。"
    evs = events(steps, text)
    crashes = typed(evs, "灾害/意外-车祸")
    assert len(crashes) == 1 and "张某" in {x.name for x in crashes[0].actors}, kinds(evs)


@pytest.mark.parametrize(
    "text, country",
    [
        ("温州市鹿城区人民法院周三开庭审理被告人孙建华、钱立新诈骗一案。\n"
         "午后两点，审判长宣布恢复庭审，被告人孙建华、钱立新被带上法庭。", "CHN"),
        ("宁波市中级人民法院昨天公开审理被告人马国栋受贿一案。\n宁中院当天就此案开庭。",
         "CHN"),
        ("九龙城裁判法院今日处理一宗非法集结案，案中共有15名被告，控方指他们去年在旺角参与"
         "未经批准集结。\n其中两人已离开香港，只有13人出庭受审。", "HKG"),
    ],
    ids=["presiding-judge-resumes", "court-by-its-short-name", "defendants-counted"],
)  # fmt: skip
def test_a_criminal_trial_placed_by_no_word_of_its_sentence_is_of_the_story(
    steps, text: str, country: str
) -> None:
    # convention "Criminal trial: COERCE + 司法行为-开庭": a trial of the story's criminal case
    # whose court (审判长, a court's short name) and defendants (13人) its sentence does not
    # place is held in the article's country - still coercion, not a bare hearing
    evs = events(steps, text)
    trials = typed(evs, "司法行为-开庭")
    assert len(trials) >= 2 or "受审" in text, kinds(evs)
    assert trials[-1].type == "COERCE" and country in trials[-1].countries, kinds(evs)


def test_a_civil_hearing_placed_by_no_word_stays_a_hearing(steps) -> None:
    # control: the story's home makes no civil hearing a criminal trial
    evs = events(
        steps,
        "温州市鹿城区人民法院受理了网红孙倩诉邻居钱立新名誉权纠纷一案。\n"
        "午后两点，审判长宣布恢复庭审，原告孙倩、被告钱立新到庭。",
    )
    trials = typed(evs, "司法行为-开庭")
    assert trials and all(e.type is None for e in trials), kinds(evs)


def test_relief_fund_or_subsidy_is_no_product(steps) -> None:
    # a fund, a subsidy or a voucher a government launches is public relief, no product
    for text in (
        "市政府上月推出防疫纾困基金，以支援受影响的小商户。",
        "该县推出农机购置补贴，每台最高补助三千元。",
        "这座城市本周推出第二轮消费券。",
        "省里推出一笔抗疫基金，帮助困难家庭。",
    ):
        evs = events(steps, text)
        assert not typed(evs, "产品行为-发布"), (text, kinds(evs))
    for text in (  # (controls: products, a fund company's investment fund among them)
        "这家公司推出新款手机。",
        "这家基金公司推出一只混合型基金。",
        "某银行上周发布一款理财产品。",
        "这家车企发布新车型，购车可享国家补贴。",
        "这家公司上周推出一台可以折叠的平板电脑。",
        "某基金公司发行专项基金。",  # (a fund company's fund, 专项 or not)
        "这家公司发布一款补贴版手机。",  # (补贴 naming the phone, not the thing launched)
        "这家车企发布一款补贴后售价仅五万元的新车。",
    ):
        evs = events(steps, text)
        assert typed(evs, "产品行为-发布"), (text, kinds(evs))


@pytest.mark.parametrize(
    "text",
    [
        "8月3日，网友小林在微博发布长文，指控某知名导演曾对她进行性骚扰，称若上法庭也不会退缩。",
        "一名前员工近日在网上爆料，指控该公司老板长期拖欠工资并涉嫌诈骗罪。",
        "演员甲昨晚发布长文，指控经纪公司负责人乙侵占其演出收入，并称已向法院咨询。",
    ],
)
def test_an_accusation_in_a_post_is_a_report_not_a_charge(steps, text: str) -> None:
    # an accusation a person makes in a post, a report or online is a report (司法行为-举报),
    # not a prosecution's charge (司法行为-起诉), even with a crime or a court in its sentence
    evs = events(steps, text)
    assert typed(evs, "司法行为-举报"), kinds(evs)
    assert not typed(evs, "司法行为-起诉"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "检方指控被告人李某利用职务便利收受他人财物，犯受贿罪。",
        "检察院指控赵某犯诈骗罪，骗取多名老人钱财。",
        "控方指控被告人王某在三年间多次贩卖毒品。",
        "起诉书指控，被告人孙某冒充军官骗取钱财。",
        "律政司指控被告在去年的集会中犯暴动罪。",
        "检方指控被告人周某在微博上散布虚假信息，涉嫌寻衅滋事罪。",
        "律政司指控吴某在社交媒体发帖煽动他人参与非法集结。",
    ],
)
def test_a_prosecution_charge_stays_a_charge(steps, text: str) -> None:
    # control: the prosecution's charge stays 起诉, also when the crime it names was a post
    evs = events(steps, text)
    assert typed(evs, "司法行为-起诉"), kinds(evs)
    assert not typed(evs, "司法行为-举报"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "王女士向法院起诉某公司侵犯其名誉权。",
        "这名网友随后向法院提起诉讼，要求对方公开道歉。",
    ],
)
def test_a_suit_stays_a_suit_beside_the_report_rule(steps, text: str) -> None:
    # control: a real suit is 起诉 whatever its sentence holds
    evs = events(steps, text)
    assert typed(evs, "司法行为-起诉"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "甲昨晚在微博发文，否认了乙对他的所有指控。",
        "甲在微博上回应称，这些指控毫无根据。",
        "甲发布长文，称乙的指控纯属捏造。",
    ],
)
def test_an_accusation_denied_in_a_post_is_no_report(steps, text: str) -> None:
    # control: a post that denies or rebuts an accusation names it as a noun; nothing is reported
    evs = events(steps, text)
    assert not typed(evs, "司法行为-举报"), kinds(evs)
    assert not typed(evs, "司法行为-起诉"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "才过了半个月，钱小伟又被抓了，再次锒铛入狱。",
        "钱小伟又被警方抓获，再次身陷囹圄。",
    ],
)
def test_an_idiom_of_being_locked_up_after_an_arrest_is_no_prison_sentence(steps, text) -> None:
    # convention "Verdict: COERCE, plus 司法行为-入狱 when it imposes prison": 锒铛入狱 right
    # after an arrest names its custody - the arrest is coded, no 入狱
    evs = events(steps, text)
    assert typed(evs, "司法行为-拘捕") and not typed(evs, "司法行为-入狱"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "钱小伟因诈骗罪被判处有期徒刑四年，从此锒铛入狱。",  # a sentence told
        "钱小伟因为酒驾锒铛入狱。",  # no arrest told: the idiom is the act (DuEE's 入狱)
        "钱小伟去年被捕入狱。",  # the plain word, as DuEE labels it
        # (review rev45b: a jailing after the arrest - a term, a time, 后, a court between)
        "钱小伟被抓后锒铛入狱三年。",
        "钱小伟曾被拘留，十年后再次锒铛入狱。",
        "钱小伟被抓后锒铛入狱，在狱中度过了三年。",
        "钱小伟被警方抓获，经法院审理，锒铛入狱。",
    ],
)
def test_an_idiom_of_being_locked_up_keeps_prison_when_no_arrest_alone_tells_it(
    steps, text
) -> None:
    evs = events(steps, text)
    assert typed(evs, "司法行为-入狱"), kinds(evs)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("美国商务部周三下令禁止华为手机在美国销售。", "华为"),
        ("韩国政府禁止日本某品牌啤酒在韩国销售。", "品牌"),
        ("美国联邦通信委员会禁止中兴通讯的设备在美国销售。", "中兴通讯"),
        ("美国政府下令禁止华为手机在其境内销售。", "华为"),  # (ban_lands: 境内)
    ],
    ids=["sale", "sale-of-a-brand", "sale-of-devices", "sale-within-its-borders"],
)
def test_a_ban_on_a_sale_in_a_country_is_a_sanction(steps, text: str, target: str) -> None:
    """禁止X在某国销售/上架: a state bans a thing's sale or listing in a country - SANCTION,
    as 禁止X在某国运营."""
    (e,) = [e for e in events(steps, text) if e.type == "SANCTION"]
    assert target in [a.name for a in e.actors if a.side == "target"], kinds([e])


@pytest.mark.parametrize(
    "text",
    [
        "上海市监管部门禁止商家销售过期食品。",  # a trade rule: no 在 of a country
        "美国沃尔玛公司宣布禁止某品牌电子烟在其门店销售。",  # a firm stops selling
        "苹果公司决定禁止旗下门店销售第三方配件。",
        "市场监管局禁止商户在人行道上销售商品。",  # a street rule: no one's goods named
        "市场监管局禁止某某超市在店内销售过期食品。",  # a shop's rule: no country after 在
        "法国政府禁止在全国范围内销售一次性塑料吸管。",  # a product banned at home
    ],
)
def test_a_trade_rule_or_a_firms_own_sales_are_no_sanction(steps, text: str) -> None:
    assert not [e for e in events(steps, text) if e.type == "SANCTION"], kinds(events(steps, text))


def test_a_loud_bang_alone_is_no_explosion(steps) -> None:
    # 一声巨响 of a car fault or a crash: a noise, no 灾害/意外-爆炸 unless 爆炸/炸 is said
    for text in (
        "2022年3月5日晚，车辆在高速上正常行驶时突然一声巨响，仪表盘随即亮起故障灯。",
        "昨天傍晚，两辆货车在路口相撞，附近居民听到一声巨响。",
    ):
        assert not typed(events(steps, text), "灾害/意外-爆炸"), kinds(events(steps, text))
    # controls: the explosion told with 爆炸
    for text in (
        "昨天凌晨，一家化工厂传出一声巨响，随后发生爆炸。",
        "昨天凌晨，城郊一处仓库发生爆炸，造成2人受伤。",
    ):
        assert typed(events(steps, text), "灾害/意外-爆炸"), kinds(events(steps, text))


@pytest.mark.parametrize(
    "text",
    [
        "昨晚，男子钱某某因感情纠纷在人民路驾车撞倒前妻，随后下车持刀行凶。"
        "因轿车已无法行驶，钱某某即驾驶抢来的货车往西快速逃窜，在解放路口先后撞上两辆汽车，"
        "并将两名路人赵某某、孙某某撞伤。",
        "昨晚，男子钱某某在人民路持刀行凶，致三人受伤。钱某某随后驾车逃逸，途中撞倒一名路人孙某某。",
        "昨晚，男子钱某某在人民路持刀行凶，致三人受伤。钱某某随即开车向北逃窜，在某路口（第二现场）"
        "先后撞上数辆汽车，还把行人赵某某（男，30岁）、孙某某（女，25岁）撞伤。",
    ],
    ids=["collisions-in-flight", "run-down-in-flight", "hurt-named-in-brackets"],
)
def test_a_person_run_down_while_the_attacker_flees_is_a_crash(steps, text: str) -> None:
    # news-dev convention: the fleeing driver's collisions are 车祸, not the attack (袭击),
    # unless a deliberate ramming is told (故意撞向: below)
    evs = events(steps, text)
    fled = [e for e in evs if "逃" in e.sentence and e.news_type and e.news_type.startswith("灾害")]
    assert fled and {e.news_type for e in fled} == {"灾害/意外-车祸"}, kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "昨晚，男子钱某在人民路持刀行凶，致三人受伤。钱某驾车逃窜时撞伤一名上前阻拦的保安。",
        "昨晚，男子钱某在人民路持刀行凶，致三人受伤。逃逸的钱某被警方抓获，此前他还驾车撞伤一名民警。",
        "昨晚，男子钱某在人民路持刀行凶，致三人受伤。周围群众纷纷逃离，钱某随后驾车撞伤一名民警。",
        "昨晚，男子钱某在人民路持刀行凶，致三人受伤。人群四散逃走，钱某随后又驾车撞伤一名民警。",
    ],
    ids=["one-stopping-him", "flight-an-epithet", "bystanders-fleeing", "crowd-scattering"],
)
def test_a_hit_on_one_stopping_the_flight_or_no_flight_stays_the_attack(steps, text) -> None:
    # in_flight: the one hit stood in the driver's way (flight_stoppers), or 逃逸的某某 names
    # the man and tells no flight the hit was on, or the ones fleeing are the bystanders
    # scattering (flight_of_many: 纷纷逃离) - the attack the article told (袭击)
    evs = events(steps, text)
    assert [e.news_type for e in evs if e.trigger == "撞伤"] == ["灾害/意外-袭击"], kinds(evs)


def test_a_ramming_meant_while_fleeing_is_still_an_attack(steps) -> None:
    text = (
        "昨晚，男子钱某某在人民路持刀行凶，致三人受伤。"
        "钱某某驾车逃窜时故意撞向追赶的路人孙某某。"
    )
    evs = events(steps, text)
    assert [e.news_type for e in evs if e.trigger == "撞向"] == ["灾害/意外-袭击"], kinds(evs)
