"""Arguments by the clause around the trigger, beyond who acts on whom: the organisation a
person's title names (辞/离职's 原所属组织), the thing a product's or a film's verb acts on when
it stands before the verb (a title in 《》, a new model that 正式上市), and who made a film
qualifying its title (no releaser).  Each rule has a sentence where it acts and a similar one
that stays as it was.  Invented sentences (none from the dev set, DuEE or the DTELS articles)."""

from __future__ import annotations

from test_events import events, kinds
from test_events_news import assert_role, news, roles


def test_the_organisation_a_title_names_is_the_one_left(steps) -> None:
    r = roles(news(events(steps, "青木科技总经理王一鸣辞职。"), "组织关系-辞/离职"))
    assert r.get("离职者") == ["王一鸣"] and r.get("原所属组织") == ["青木科技"], r
    r = roles(news(events(steps, "王一鸣昨日宣布辞职。"), "组织关系-辞/离职"))
    assert "原所属组织" not in r, r


def test_a_title_closing_the_one_who_leaves_names_the_organisation(steps) -> None:
    # the body read as the one who leaves, its title right after it; or the title inside
    r = roles(news(events(steps, "青木科技高管本周集体辞职。"), "组织关系-辞/离职"))
    assert r.get("离职者") == ["青木科技高管"] and r.get("原所属组织") == ["青木科技"], r
    r = roles(news(events(steps, "王一鸣总经理昨日辞职。"), "组织关系-辞/离职"))
    assert r.get("离职者") == ["王一鸣"] and "原所属组织" not in r, r
    # the longest title: 董事 of 董事会 names the board whose chair leaves
    assert_role(
        steps, "青木科技董事会主席上周辞职。", "组织关系-辞/离职", "离职者", ["青木科技董事会主席"]
    )


def test_a_body_read_as_the_one_who_leaves_is_the_one_left(steps) -> None:
    # no title right after it: the people it counts before the act are who leave
    text = "远帆电气本月又有三位副总先后递交辞呈，公司股价应声下跌。"
    r = roles(news(events(steps, text), "组织关系-辞/离职"))
    assert r.get("原所属组织") == ["远帆电气"] and r.get("离职者") == ["副总"], r
    r = roles(news(events(steps, "青石药业三名董事昨天相继请辞。"), "组织关系-辞/离职"))
    assert r.get("原所属组织") == ["青石药业"] and r.get("离职者") == ["董事"], r
    # control: an act done to a person (停职) keeps the body before it out of the person's body
    r = roles(news(events(steps, "远帆电气对涉事的两名主管作停职处理。"), "组织关系-停职"))
    assert "所属组织" not in r, r


def test_the_organisation_one_leaves_from(steps) -> None:
    r = roles(news(events(steps, "王一鸣已经从青木学院辞职。"), "组织关系-辞/离职"))
    assert r.get("原所属组织") == ["青木学院"], r


def test_a_title_before_a_film_verb_is_the_film(steps) -> None:
    r = roles(news(events(steps, "由张远执导的电影《远山》将于下周五上映。"), "产品行为-上映"))
    assert r.get("上映影视") == ["《远山》"], r
    assert "张远" not in r.get("上映方", []), r


def test_a_new_model_that_comes_out_is_the_product(steps) -> None:
    r = roles(news(events(steps, "8月3日，青木X9手机正式对外发布。"), "产品行为-发布"))
    assert r.get("发布产品") and "X9" in r["发布产品"][0], r
    r = roles(news(events(steps, "8月3日，青木科技正式发布X9手机。"), "产品行为-发布"))
    assert r.get("发布产品") and "X9" in r["发布产品"][0], r
    assert r.get("发布方") == ["青木科技"], r


def test_the_place_whose_job_one_quits_is_the_organisation(steps) -> None:
    text = "赵建国的女儿辞掉药房的工作，回老家开了民宿。"
    r = roles(news(events(steps, text), "组织关系-辞/离职"))
    assert r.get("原所属组织") == ["药房"] and "赵建国" not in r.get("原所属组织", []), r


def sides(e) -> dict[str, str]:
    return {a.name: a.side for a in e.actors}


def test_co_defendants_take_the_defendants_side(steps) -> None:
    text = "白河区法院昨天对走私文物的刘大勇、陈小军宣判。"
    e = next(x for x in events(steps, text) if x.type == "COERCE")
    s = sides(e)
    assert s.get("刘大勇") == "target" and s.get("陈小军") == "target", s


def test_a_charge_closing_its_clause_names_the_next_clauses_opener(steps) -> None:
    text = "检方起诉书指控，刘大勇、陈小军多次倒卖出土文物。"
    r = roles(news(events(steps, text), "司法行为-起诉"))
    assert set(r.get("被告", [])) == {"刘大勇", "陈小军"}, r
    text = "检察官当庭指控，要求吊销白河化工的营业执照。"  # no party opens the next clause
    evs = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    assert not any("白河化工" in roles(e).get("被告", []) for e in evs)


def test_quantities_the_type_names(steps) -> None:
    r = roles(news(events(steps, "青山县发生5.2级地震，震源深度10公里。"), "灾害/意外-地震"))
    assert r.get("震级") == ["5.2级"] and r.get("震源深度") == ["10公里"], r
    r = roles(news(events(steps, "退休教师张守仁昨晚在家中安详离世，享年91岁。"), "人生-死亡"))
    assert r.get("死者年龄") == ["91岁"], r
    text = "一辆面包车与电动车相撞，造成1人死亡、4人受伤。"
    r = roles(news(events(steps, text), "灾害/意外-车祸"))
    assert r.get("死亡人数") == ["1人"] and r.get("受伤人数") == ["4人"], r
    text = "青木科技上周获得8000万元A轮融资。"
    r = roles(news(events(steps, text), "财经/交易-融资"))
    assert r.get("融资轮次") == ["A轮"] and r.get("融资金额") == ["8000万元"], r


def test_an_age_is_the_one_of_who_the_event_is_about(steps) -> None:
    text = "去年冬天，61岁的赵大海牵着七岁孙女出现在老家，为自己庆生。"
    evs = [e for e in events(steps, text) if e.news_type == "人生-庆生"]
    assert evs and all("七岁" not in roles(e).get("生日方年龄", []) for e in evs)


def test_a_gathering_is_named_and_its_place_inside_the_name_is_not_where(steps) -> None:
    text = "本周二，第三届云岭国际咖啡文化节在湖畔广场开幕。"
    r = roles(news(events(steps, text), "组织行为-开幕"))
    assert r.get("活动名称") and "咖啡文化节" in r["活动名称"][0], r
    assert r.get("地点") and "云岭" not in r["地点"], r


def test_a_sum_after_the_verb_is_no_thing_acted_on(steps) -> None:
    e = news(events(steps, "春节前，青禾牌新款电饭煲降价100元。"), "财经/交易-降价")
    assert "降价物" not in roles(e)  # (the sum is how much, not what)
    e = news(events(steps, "春节前，青禾公司降价促销旗下电饭煲。"), "财经/交易-降价")
    assert roles(e)["降价物"] == ["旗下电饭煲"]


def test_the_scope_of_a_recall_is_not_what_is_recalled(steps) -> None:
    evs = events(steps, "厂家表示，将为召回范围中的电饭煲免费更换内胆。")
    recalled = [a.text for e in evs for a in e.arguments if a.role == "召回内容"]
    assert not any(x.startswith("范围") for x in recalled), recalled  # (a garbled run)
    e = news(events(steps, "厂家宣布召回去年生产的全部电饭煲。"), "产品行为-召回")
    assert roles(e)["召回内容"] == ["去年生产的全部电饭煲"]


def test_the_dead_counted_with_who_they_were_are_the_dead(steps) -> None:
    e = news(events(steps, "那场山洪造成三名护林员全部遇难。"), "人生-死亡")
    assert roles(e)["死者"] == ["三名护林员"]  # (the count, then who they were)
    e = news(events(steps, "截至发稿，那场山洪已造成3人死亡。"), "人生-死亡")
    assert roles(e)["死者"] == ["3人"]  # (那场山洪 told before: no flood here to count them)


def test_who_received_a_round_named_after_the_verb_is_before_the_verb(steps) -> None:
    e = news(events(steps, "拾光盒子已于今年3月完成6000万元A轮融资。"), "财经/交易-融资")
    assert roles(e)["融资方"] == ["拾光盒子"]  # (no one named: the phrase before 完成)
    e = news(events(steps, "速达车管获一千二百万元种子轮投资。"), "财经/交易-融资")
    assert roles(e)["融资方"] == ["速达车管"]  # (not 速达车管获数千万元)
    e = news(events(steps, "澜舟数据获一千二百万元种子轮投资。"), "财经/交易-融资")
    assert roles(e)["融资方"] == ["澜舟"]  # (a name recognised: as before)


def test_a_term_with_its_bound_is_read_whole(steps) -> None:
    e = news(events(steps, "周某去年因贪污被判处八年以上监禁。"), "司法行为-入狱")
    assert roles(e)["刑期"] == ["八年以上"]  # (not 八年: a bound of the term)
    e = news(events(steps, "周某去年因贪污被判处八年监禁。"), "司法行为-入狱")
    assert roles(e)["刑期"] == ["八年"]


def test_a_long_thing_recalled_ends_at_a_stop_not_inside_a_word(steps) -> None:
    text = (
        "青木电器宣布召回2019年3月1日到2021年8月31日之间出厂的一批外销款QX-200电暖器，"
        "共计3万台。"
    )
    e = news(events(steps, text), "产品行为-召回")
    assert roles(e)["召回内容"] == ["2019年3月1日到2021年8月31日之间出厂的一批外销款QX-200电暖器"]
    # (control, a short thing read as before: test_the_scope_of_a_recall_is_not_what_is_recalled)


def test_a_second_verb_joined_by_a_conjunction_is_no_thing_sold(steps) -> None:
    evs = events(steps, "青木物流计划明年把冷链业务剥离或出售，以回笼资金。")
    sold = [a.text for e in evs for a in e.arguments if a.role == "交易物"]
    assert not any(x.startswith("或") for x in sold), sold
    # control: the thing right after the verb is read as before
    assert_role(
        steps, "青木物流上月出售了冷链业务。", "财经/交易-出售/收购", "交易物", ["冷链业务"]
    )


def test_a_thing_ends_where_a_conjunction_opens_a_second_predicate(steps) -> None:
    # 召回某物并表示/并承诺…: the thing recalled ends before 并 and the verb after it
    text = "青禾厨电周一宣布召回一批燃气灶并表示会上门检修。"
    assert_role(steps, text, "产品行为-召回", "召回内容", ["一批燃气灶"])
    # control: a 及/和 joining two things keeps both
    text = "青禾厨电周一宣布召回一批燃气灶和抽油烟机。"
    assert_role(steps, text, "产品行为-召回", "召回内容", ["一批燃气灶和抽油烟机"])


# ---- a price is not the goods (issue 7, roles) ------------------------------------------------
def test_the_new_price_or_the_cut_is_not_the_goods(steps) -> None:
    text = (
        "ModelY焕新版售价降至25.99万元，ModelY长续航焕新版售价降至29.99万元，"
        "起步价已经低于同级车型。"
    )
    goods = [g for e in events(steps, text) for g in roles(e).get("降价物", [])]
    assert goods and not any("万元" in g for g in goods), goods
    e = news(events(steps, "蓝鲸汽车宣布全系车型降价，降幅为6.2%。"), "财经/交易-降价")
    assert roles(e)["降价幅度"] == ["6.2%"], roles(e)


def test_a_listed_cause_and_a_share_price_fall_are_not_the_cut(steps) -> None:
    # 由于降价等原因，…股价下跌6.2%: 等原因 is no thing cut, 6.2% is the shares' fall
    text = "虽然财报亮眼，但由于降价等原因，北极星汽车毛利率有所下降，股价盘前下跌6.2%。"
    got = [(r, x) for e in events(steps, text) for r, xs in roles(e).items() for x in xs]
    assert ("降价物", "等原因") not in got and ("降价幅度", "6.2%") not in got, got


def test_a_place_in_a_topic_frame_is_not_where_an_accident_was(steps) -> None:
    text = (
        "4月19日，针对当日发生在广州车展的蓝鲸汽车车主维权事件，蓝鲸汽车官方回应记者表示，"
        "该车曾因超速违章发生碰撞事故。"
    )
    e = news(events(steps, text), "灾害/意外-车祸")
    assert "地点" not in roles(e), roles(e)
    text = "昨天在广州，一辆蓝鲸汽车与货车发生碰撞事故。"
    assert_role(steps, text, "灾害/意外-车祸", "地点", ["广州"])


def test_a_verb_closing_the_thing_sold_is_its_purpose_not_part_of_it(steps) -> None:
    text = "消息称，陈某获释后急于出售房产套现，以偿还欠款。"  # (套现: why he sells)
    assert_role(steps, text, "财经/交易-出售/收购", "交易物", ["房产"])
    # control: a noun closing the thing keeps the words before it (充值: no verb at the end)
    text = "该公司昨日推出会员充值服务。"
    assert_role(steps, text, "产品行为-发布", "发布产品", ["会员充值服务"])


def test_a_verb_of_going_off_after_the_thing_sold_is_no_part_of_it(steps) -> None:
    text = "邓宏伟卖掉房子跑到了国外。"  # (跑到: a second predicate, where he went)
    assert_role(steps, text, "财经/交易-出售/收购", "交易物", ["房子"])
    # control: a verb of going that 的 makes a modifier stays in the thing
    text = "邓宏伟出售了一批飞往三亚的机票。"
    assert_role(steps, text, "财经/交易-出售/收购", "交易物", ["一批飞往三亚的机票"])
    # (review rev51b) nor one with no place after it: a noun (移民服务), no going off
    text = "该集团出售了旗下移民服务业务。"
    assert_role(steps, text, "财经/交易-出售/收购", "交易物", ["旗下移民服务业务"])


def test_a_term_with_zero_between_its_units_is_one_term(steps) -> None:
    text = "同年5月9日，钱某一审获刑三年零四个月，并处罚金人民币5万元。"  # (零: and no …)
    assert_role(steps, text, "司法行为-入狱", "刑期", ["三年零四个月"])
    # control: a term with no 零 reads as before
    text = "同年5月9日，钱某一审获刑三年四个月。"
    assert_role(steps, text, "司法行为-入狱", "刑期", ["三年四个月"])


def test_a_launch_event_set_ahead_is_one_planned_launch_of_its_owner(steps) -> None:
    # 某公司官宣其新品发布会将于…举行: one launch, of the company, planned - the clause after
    # the 发布会 is no product, and the announcing 官宣 is no second launch
    e = news(events(steps, "青木科技官宣其秋季新品发布会将于近日举行。"), "产品行为-发布")
    r = roles(e)
    assert r.get("发布方") == ["青木科技"] and "发布产品" not in r, r
    assert e.status == "planned", e.status
    e = news(events(steps, "远帆集团的年度发布会定于近期举行。"), "产品行为-发布")
    assert roles(e).get("发布方") == ["远帆集团"] and "发布产品" not in roles(e), roles(e)
    assert e.status == "planned", e.status


def test_who_holds_a_launch_event_is_no_product(steps) -> None:
    # 某公司将于…举行新品发布会 / 某公司今晚举行新品发布会: the holder is the launcher; 将于
    # is the future (no object mark) and 举行 ends who holds it
    e = news(events(steps, "青木科技将于本周五举行新品发布会。"), "产品行为-发布")
    assert roles(e).get("发布方") == ["青木科技"] and "发布产品" not in roles(e), roles(e)
    assert e.status == "planned", e.status
    evs = events(steps, "远帆汽车今晚举行新品发布会。")
    assert roles(news(evs, "产品行为-发布")).get("发布方") == ["远帆汽车"], kinds(evs)
    # control: the product the launch puts out is still named
    e = news(events(steps, "远帆汽车将于周五召开发布会，发布两款新车型。"), "产品行为-发布")
    assert roles(e).get("发布产品") == ["两款新车型"], roles(e)


def test_a_model_code_before_a_launch_word_names_the_product(steps) -> None:
    # Latin letters and digits mixed (Y9000X, 508L) before 上市/开售: the product, no noun of
    # products needed; the maker before it launches it
    e = news(events(steps, "华信Y9000X将于下月上市。"), "产品行为-发布")
    r = roles(e)
    assert any("Y9000X" in t for t in r.get("发布产品", [])) and r.get("发布方") == ["华信"], r
    assert e.status == "planned"
    r = roles(news(events(steps, "蓝桥电器508L于本月开售。"), "产品行为-发布"))
    assert any("508L" in t for t in r.get("发布产品", [])), r


def test_a_short_code_or_a_far_code_names_no_product(steps) -> None:
    # controls: 5G (one digit, one letter) is no model; a code in another clause is no product
    assert not [e for e in events(steps, "华信集团5G业务将于下月上市。") if e.news_type]
    far = "华信集团的K12业务增长迅速，公司计划年内上市。"
    assert not [e for e in events(steps, far) if e.news_type]


def test_a_model_code_closing_a_company_name_is_the_model_not_the_company(steps) -> None:
    # the recogniser reads 华信508L as one company: the make launches, its model is launched
    r = roles(news(events(steps, "新一代华信508L正式上市。"), "产品行为-发布"))
    assert r.get("发布方") == ["华信"] and any("508L" in t for t in r.get("发布产品", [])), r
    # controls: a model named in another act is the thing, not its make; a Latin title with
    # no digit after a company stays outside the company
    from dashiji.events.news import _makes_of_models
    from dashiji.events.news_actors import Actor

    car = Actor(2, 8, "华信508L", "ORG")
    assert _makes_of_models("力压华信508L夺得销量冠军", [car], []) == [car]
    r = roles(news(events(steps, "华信公司CEO李某宣布辞职。"), "组织关系-辞/离职"))
    assert r.get("原所属组织") == ["华信公司"], r
