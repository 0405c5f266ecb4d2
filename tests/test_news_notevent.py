"""What a trigger word states when it states no event of its own: statistics, demands, figurative
words, attributive mentions, things seized, share prices, digests, reviews, sums, the time since,
closing formulas, citations, laws, the matter of a case, divorce suits; and the types the
conventions give (a refusal to open a case is an act; a verdict's penalty is the verdict; a
region's outlet places the news).  Invented sentences (none from the dev sets)."""

from __future__ import annotations

import pytest
from test_events import events, kinds, typed
from test_events_news import remand


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # a part of a yearly count
        ("去年全年检察机关提起公诉5000人，同比上升3%，其中对盗窃提起公诉800人。", "司法行为-起诉"),
        # the apology demanded, in a clause of its own with no subject
        ("王某起诉李某，要求对方删除文章，置顶道歉。", "交往-道歉"),
        ("余震——谁来为这场风波负责？", "灾害/意外-地震"),  # figurative 余震
        ("被拘男子张某今日首度露面。", "司法行为-拘捕"),  # the detention describes him
        ("他的手机被警方扣留了三天。", "司法行为-拘捕"),  # a thing seized, no arrest
        ("受此消息影响，某公司股价上涨5%。", "财经/交易-涨价"),  # a share price
        ("该部门着手对几项禁令展开审查，其中包括对某游戏的禁令。", None),  # bans under review
        # the ban a suit is brought over, named in the suit's object: no ban imposed here
        ("此前，美国短视频用户协会已起诉美国政府针对该应用的行政禁令。", None),
        ("他此前因两宗案件共被判监18个月。", "司法行为-入狱"),  # a sum of sentences
        ("那场车祸至今已过去快三年，伤者还在做康复训练。", "灾害/意外-车祸"),  # the time since
        ("组织者随后解散了聊天群。", "组织关系-解散"),  # a chat group, no organisation
        # 退出 a race, a contest for a player, an election: no organisation left
        ("据悉，曾有意签下这名前锋的河东队已经退出争夺战。", "组织关系-退出"),
        ("这名市议员上周宣布退出市长竞选。", "组织关系-退出"),
        ("面对高昂报价，另一家财团已退出对该港口的竞购。", "组织关系-退出"),
        ("她曾在网上公开车祸细节。", "灾害/意外-车祸"),  # the details, not the crash
        ("最后再次感谢各位读者一直以来的陪伴！", "交往-感谢"),  # a statement's closing formula
        ("正如邻居们夸赞的，他这次做得很对。", "交往-点赞"),  # a comment cited
        ("某地条例第十条为假释申请加入了两项门槛。", "组织关系-加盟"),  # what a law does
        ("涉前年一宗违规集会，三名被告今天被裁定罪成。", "组织行为-游行"),  # the matter of a case
        ("演员刘某被丈夫起诉离婚。", "人生-离婚"),  # a divorce suit, no divorce
        # the suit the death names (a wrongful-death suit): no death told
        ("前年冬天，遇难游客的亲属向蓝湾旅游公司提起意外死亡诉讼。", "人生-死亡"),
        ("他在这场风波中几近社会性死亡。", "人生-死亡"),  # figurative
        ("12分钟前某球星宣布退役15分钟前某地发生车祸", "灾害/意外-车祸"),  # a scraped feed
        ("新系统预防了很多交通事故。", "灾害/意外-车祸"),  # averted
        ("记者看到了这封道歉信的原件。", "交往-道歉"),  # the letter told before
        ("两人有没有订婚，外界并不清楚。", "人生-订婚"),  # asked
        ("他是一家游戏发行商的老板。", "产品行为-发布"),  # a publisher
        ("那条录音曝光以后，她的口碑一落千丈，人设崩塌。", "灾害/意外-坍/垮塌"),  # figurative
        ("听说儿子住进了重症病房，老陈的心态一下子崩塌了。", "灾害/意外-坍/垮塌"),  # a mind
        ("失事客机公司随后发表声明。", "灾害/意外-坠机"),  # the company named by the crash
        ("坠机发生的第一时间，救援队就赶到了山谷。", "灾害/意外-坠机"),  # a time framed
        ("比如说商家成本只有一元，却卖给你一百元。", "财经/交易-出售/收购"),  # an illustration
        ("她很高兴收到的生日礼物是一辆跑车。", "人生-庆生"),  # a present
        ("原告请求法院责令被告撤下广告，需向其书面赔礼道歉。", "交往-道歉"),  # demanded
        ("据统计，去年该品牌至少发生12起失控事故。", "灾害/意外-车祸"),  # a statistic
        ("对于他那起车祸的后续赔偿，家人一直不满。", "灾害/意外-车祸"),  # told in passing
        ("在集会途中，有人晕倒。", "组织行为-游行"),  # a time framed
        ("肇事司机的家属随后赶到。", "灾害/意外-车祸"),  # the driver named by it
        ("他曾加入了一个车主维权群。", "组织关系-加盟"),  # a chat group
        ("祝天下有情人都能顺利结婚。", "人生-结婚"),  # a wish
        ("不少读者觉得，他就算道歉也没用。", "交往-道歉"),  # an opinion of the act
        (  # whom one should sue, if one did: an opinion, no suit
            "要起诉也是起诉那家装修公司吧，工人只是按图纸施工，也不至于把责任全推给他们。",
            "司法行为-起诉",
        ),
        ("有业主说，要起诉也是起诉开发商吧，早点把房子交了，也不至于闹成这样。", "司法行为-起诉"),
        ("警方提醒，仍有极端分子在寻找机会发动爆炸袭击。", "灾害/意外-袭击"),  # not done
        ("她说前夫这几个月一直在找机会袭击她的家人。", "灾害/意外-袭击"),
        ("警方曾收到一个会爆炸的包裹。", "灾害/意外-爆炸"),  # what a thing can do
        ("主办方公开解释了集会的详情。", "组织行为-游行"),  # the details, not the act
        ("原告列了两点诉求：一、更换审判员；二、公开审理。", "司法行为-开庭"),
        ("假如下次保释申请仍被驳回，她只能继续待在看守所。", None),  # a condition
        ("警方称，务求早日将嫌犯缉拿归案。", "司法行为-拘捕"),  # what they strive for
        ("一位仲裁员被指有偏见。", "组织关系-裁员"),  # inside 仲裁员
        ("他们通过发展下线代理销售产品。", "产品行为-下架"),  # downline agents
        ("对于网上发布的“李某漫天要价”一说，其经纪人予以否认。", "产品行为-发布"),
        ("记者了解到某男子持棍打人一事的详情。", "灾害/意外-袭击"),  # the details told
        ("警方通报女车主“车顶维权”：拘留5日 - 某某网（某省新闻网）", "司法行为-拘捕"),  # a title
        ("串谋罪是指，被告于某年某月在某地与他人串谋，并被警方拘捕。", "司法行为-拘捕"),
        ("今年是某某巨星诞辰80周年。", "人生-庆生"),  # an anniversary
        ("他每次参加节目时，都要夸一夸妻子。", "交往-点赞"),  # each time
        ("声明全文如下：感谢社会各界的关心，我们会继续跟进。", "交往-感谢"),
        ("她说自己曾喝药自杀，后来被家人救活了。", "人生-死亡"),  # survived
        ("记者站在被撞的一辆出租车旁拍照，司机王某站在被撞的货车旁。", "灾害/意外-车祸"),
        ("事发时路面存在积水，车辆打滑。", "灾害/意外-洪灾"),  # water on a road
        ("如今距离她去世不过两个月。", "人生-死亡"),  # the time since
        ("某国将一家港口公司的出售令期限又延长了15天。", "财经/交易-出售/收购"),  # an order
        ("警方派爆炸品处理人员到场。", "灾害/意外-爆炸"),  # a bomb squad
        ("在女友怀孕的这段日子，他经常出差。", "人生-怀孕"),  # a time framed
        ("名人遇难，总能受到更多的关注。", "人生-死亡"),  # in general
        ("他很感激她。", "交往-感谢"),  # a feeling
        # a consequence weighed against a lesser act (…那么简单): the lesser act is not done
        ("这家纺织厂已停产半年。其后果绝不仅仅是遣散数百名员工那么简单。", "组织关系-裁员"),
        ("这家纺织厂已停产半年。其影响远不只是裁减上千名员工那么简单。", "组织关系-裁员"),
        # a patient kept on a machine or out of danger leaves no organisation
        ("术后，那名伤者至今无法脱离呼吸机。", "组织关系-退出"),
        ("术后，那名伤者仍然无法脱离ECMO。", "组织关系-退出"),
        ("经过两周治疗，老人已脱离险境。", "组织关系-退出"),
        ("送医抢救后，该男孩已脱离了生命危险。", "组织关系-退出"),
        ("有学者建议，将该嫌犯送至外地受审。", "司法行为-开庭"),  # suggested
        ("他跟前女友分手这么久，早就放下了。", "人生-分手"),  # long ago
        ("某公司官方API文档发布。", "产品行为-发布"),  # a document
        ("他后来退出了那个维权群。", "组织关系-退出"),  # a chat group
        ("原告要求被告撤下视频，并公开赔礼道歉。", "交往-道歉"),  # demanded, 并 and all
        ("如果会员卷入法律诉讼，协会将提供帮助。", "司法行为-起诉"),  # a condition
        ("某发行人发行了债务融资工具。", "财经/交易-融资"),  # an instrument
        ("法官已对三名被告签发逮捕令。", "司法行为-拘捕"),  # a warrant
        ("她频频亮相，出现在公众视野中。", "产品行为-发布"),  # a person appears
        ("法院先后三次寄出开庭传票，被告都没有理会。", "司法行为-开庭"),  # a notice
        ("审查结束后有两种可能性，另一种是诉诸仲裁。", "司法行为-起诉"),  # outcomes
        ("统计局：上月全国猪肉价格环比下降1.5%。", "财经/交易-降价"),  # a statistic
        ("评论认为，法官对被告过于宽松。", "财经/交易-降息"),  # lenient, no easing
        ("此类纠纷的处理通常是赔偿损失，登报赔礼道歉。", "交往-道歉"),  # in general
        ("禁止通过电商平台发布或销售这款产品。", "产品行为-发布"),  # forbidden
        # forbidden, however long the way it is done is told
        ("某国商务部称，从下周一起禁止通过该国的各类手机应用商店发布或更新这款聊天软件。",
         "产品行为-发布"),  # fmt: skip
        ("某国商务部称，下月起将禁止下列行为：经由该国境内的应用商店上架或发布这款聊天软件。",
         "产品行为-发布"),  # fmt: skip
        ("他要求对方赔偿损失及维权支出5万元。", None),  # costs, no protest
        # a relative clause on a person named after a long title
        ("因行贿两度入狱的前建材公司总经理钱志远，上周五刑满出狱。", "司法行为-入狱"),
        # the appeal a ruling decides on: the ruling is told
        ("高院昨天作出终审裁定，驳回孙某上诉，维持原判。", "司法行为-起诉"),
        ("控方上诉得直，被告人王某改判监禁。", "司法行为-起诉"),
        ("终院周五裁定，检方上诉获批，被告人孙某须即时还押。", "司法行为-起诉"),
        # the anniversary of a death times another act
        ("在老渔民病故三周年以后，村里才给他立了一块碑。", "人生-死亡"),
        # the matter of a breakup, talked about
        ("老赵离婚的事，邻居们早就听说了。", "人生-离婚"),
        # a topic phrase the rest of the sentence answers
        ("针对几名租户在物业门口抗议，物业公司周三发布说明称将整改。", "组织行为-游行"),
        ("老周起诉邻居这件事，让村里议论纷纷好几天。", "司法行为-起诉"),
        # the standard of a comparison, an act named in passing
        ("与刘某求婚陈某不同，这场婚礼低调得多。", "人生-求婚"),
        ("这次婚礼就像当年周某求婚林某一样，轰动一时。", "人生-求婚"),
        ("比起周某高调求婚林某，他只送了一束花。", "人生-求婚"),
        ("美国制裁这家中国企业这件事，与当年日本半导体行业的遭遇颇为类似。", None),
        # how long a marriage has lasted: being married, no wedding
        ("两人结婚了将近五年，丈夫从没让她洗过碗。", "人生-结婚"),
        # a post put online, daily life posted: no product launched
        ("前年8月，我的一段口述被发布到校园网后，很快有人转载。", "产品行为-发布"),
        ("他的抖音主页，才是他发布日常点滴的地方。", "产品行为-发布"),
        # the writer's tribute to a list of people the mark opens, no one thanking
        ("向刘晓敏和陈佳怡致敬，感谢她们奉献的精彩对决。", "交往-感谢"),
        # a headline asking which of two causes: no crash told
        ("宝马追尾事故：是司机走神还是系统失灵？", "灾害/意外-车祸"),
        # an investor named by the word, a plan to bring more in: no round raised
        ("董事长孙浩说，集团下一步还将引入更多战略投资人。", "财经/交易-融资"),
        # a new romance announced: no product launched
        ("7月9日，演员苏某在社交平台上官宣新恋情，对方是一名律师。", "产品行为-发布"),
        # a time counted back from the crash's impact: an appraisal's finding, no crash told
        ("鉴定意见显示，车辆发生事故碰撞前5秒内制动踏板均未被踩下。", "灾害/意外-车祸"),
        # the ban a suit is over, named by its modifiers: not imposed here
        ("此前，华人用户组织已起诉美国政府针对这款中国应用的行政“禁令”。", None),
        ("此前，华人用户组织已就美国政府针对这款中国应用的禁令提起诉讼。", None),
        # the act labelled by the writer in the sentence's last clause: commentary
        ("美国高喊“自由开放”，却在没有任何证据的前提下禁用这款中国应用，这是典型的双标。", None),
        # a wrongful-death suit: the suit is told, no death
        ("两名遇难者的亲人对这家缆车公司提起了意外死亡诉讼。", "人生-死亡"),
        # the word that caused the crash describes the car or the driver: where it stood
        ("路人说，肇事白色轿车随后停在了路口一侧。", "灾害/意外-车祸"),
        ("那名肇事男司机当时就站在路边打电话。", "灾害/意外-车祸"),
        # the worst a drug or a gas can do (轻则…重则…): no one died
        ("这种农药可能引起呕吐、乏力等症状，重则会致人死亡。", "人生-死亡"),
        ("吸入过量一氧化碳，轻则头痛，重则死亡。", "人生-死亡"),
        # the writer urging readers not to hurt anyone with words: no attack
        ("最起码，不要用舆论的暗箭刺伤无辜的人。", "灾害/意外-袭击"),
        # the court's finding cites the prosecution's charge: the verdict is the event
        ("检察院指控被告人陈某犯盗窃罪的事实清楚，罪名成立。", "司法行为-起诉"),
        # the prosecutor's closing statement at trial, an opinion
        ("庭审中，公诉人发表公诉意见，认为被告人刘某应当从重处罚。", "司法行为-起诉"),
        # money raised for a charity, no company financed
        ("退休教师周某发起长跑活动，为当地一家慈善基金会筹集资金。", "财经/交易-融资"),
        # the crash only presupposed as the thing explained
        ("交警在通报中称，货车司机超速行驶是导致追尾主要原因。", "灾害/意外-车祸"),
        # a rate of such acts
        ("某品牌称，使用辅助驾驶的车辆发生事故的几率比普通车辆低五倍。", "灾害/意外-车祸"),
        # goods sold to a customer, no deal over a company
        ("因某车行出售泡水车，车主刘某将车行告上法庭。", "财经/交易-出售/收购"),
    ],
)
def test_no_event_of_this_type(steps, text: str, news_type: str | None) -> None:
    evs = events(steps, text)
    if news_type is None:
        assert [e for e in evs if e.type in ("SANCTION", "CONCEDE", "PROTEST")] == [], kinds(evs)
    else:
        assert typed(evs, news_type) == [], kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # the crime's name in a verdict, a plea or a charge: no fire, attack or death told
        ("沙田裁判法院法官周四裁定梁某、何某两人纵火罪成，押后至下月宣判。", "灾害/意外-起火"),
        ("法官裁定被告袭击致造成身体伤害罪名成立。", "灾害/意外-袭击"),
        ("郑某在区域法院承认一项袭击他人罪，获判社会服务令。", "灾害/意外-袭击"),
        ("被告邓某被控纵火及刑事毁坏两项罪名，案件押后再讯。", "灾害/意外-起火"),
        # the act a suspicion names, the ground of an arrest
        ("元朗警方以涉嫌纵火拘捕一名五十岁男子。", "灾害/意外-起火"),
        ("一名外卖员涉嫌袭击保安员被捕。", "灾害/意外-袭击"),
        ("两名青年被控纵火，今早在九龙城裁判法院提堂。", "灾害/意外-起火"),
    ],
)
def test_an_act_named_as_a_crime_is_no_event(steps, text: str, news_type: str) -> None:
    evs = events(steps, text)
    assert typed(evs, news_type) == [], kinds(evs)


def test_the_verdict_and_a_real_act_beside_a_crimes_name_stay(steps) -> None:
    # the court's ruling on the crime is told; an act told with its own place and time stays
    evs = events(steps, "沙田裁判法院法官周四裁定梁某、何某两人纵火罪成，押后至下月宣判。")
    assert [e.trigger for e in evs if e.type == "COERCE"][:1] == ["裁定"], kinds(evs)
    evs = events(steps, "邓某前晚在屯门一幢唐楼纵火，烧毁两个单位，警方昨日将其拘捕。")
    assert len(typed(evs, "灾害/意外-起火")) == 1, kinds(evs)
    evs = events(steps, "一名外卖员涉嫌昨晚在商场内袭击保安员，已被警方拘捕。")
    assert len(typed(evs, "灾害/意外-袭击")) == 1, kinds(evs)
    evs = events(steps, "被告邓某被控纵火及刑事毁坏两项罪名，案件押后再讯。")
    assert len(typed(evs, "司法行为-起诉")) == 1, kinds(evs)


def test_the_matter_of_a_dated_act_tells_the_act(steps) -> None:
    # 某人某天V的事，…: the day of its own tells the act (老赵离婚的事, undated, is a matter
    # talked about: test_no_event_of_this_type)
    evs = events(steps, "周律师前天辞职的事，律所至今没有回应。")
    assert [e.date for e in typed(evs, "组织关系-辞/离职")] == ["2025-10-18"], kinds(evs)


def test_a_digest_of_headlines_states_no_events(steps) -> None:
    evs = events(
        steps,
        "每天早上，本站为您梳理过去一天的大小新闻。 某市一男子因盗窃被刑事拘留。 "
        "某地一对新人举办婚礼。",
    )
    assert evs == [], kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "警方扣留了涉事司机王某。",  # a person held
        "王某的车辆被警方扣押后，王某本人也被警方扣留。",
    ],
)
def test_a_person_held_is_still_an_arrest(steps, text: str) -> None:
    assert typed(events(steps, text), "司法行为-拘捕"), kinds(events(steps, text))


def test_a_lawsuit_with_a_demand_keeps_the_suit_and_an_own_plan(steps) -> None:
    evs = events(steps, "王某起诉李某，要求对方删除文章，置顶道歉。")
    assert typed(evs, "司法行为-起诉")
    evs = events(steps, "张某要求对方赔偿损失，将继续上诉。")
    assert typed(evs, "司法行为-起诉"), kinds(evs)


def test_a_divorce_suit_is_a_suit(steps) -> None:
    assert typed(events(steps, "演员刘某被丈夫起诉离婚。"), "司法行为-起诉")


def test_a_wrongful_death_suit_is_a_suit_of_the_relatives(steps) -> None:
    evs = events(steps, "前年冬天，遇难游客的亲属向蓝湾旅游公司提起意外死亡诉讼。")
    (suit,) = typed(evs, "司法行为-起诉")
    roles = {a.role: a.text for a in suit.arguments}
    assert roles.get("原告", "").endswith("亲属") and roles.get("被告") == "蓝湾旅游公司", roles


def test_a_car_driven_at_people_is_an_attack(steps) -> None:
    evs = events(steps, "肇事司机随后开车朝着路人冲过去，撞倒了三人。")
    assert typed(evs, "灾害/意外-袭击") and not typed(evs, "灾害/意外-车祸"), kinds(evs)


def test_thanks_by_someone_named_are_thanks(steps) -> None:
    assert typed(events(steps, "歌手王某感谢了粉丝们的支持。"), "交往-感谢")
    assert typed(events(steps, "张华和李静向医护人员致敬，感谢他们的付出。"), "交往-感谢")


@pytest.mark.parametrize(
    "text",
    [
        # the one cheered named before: no one praises himself, the writer urges the reader
        "杭州外卖员陈立峰跳河救人后住院治疗，给陈立峰点赞，祝早日出院！",
        # a sentence opening with a cheer: its thanks are the writer's too
        "向逆行的消防员们致敬，感谢他们的坚守。",
    ],
)
def test_a_cheer_urged_on_the_reader_is_no_praise(steps, text: str) -> None:
    evs = events(steps, text)
    assert not typed(evs, "交往-点赞") and not typed(evs, "交往-感谢"), kinds(evs)


def test_a_cheer_by_one_named_or_a_statements_apology_is_told(steps) -> None:
    evs = events(steps, "市长周明在微博发文，为跳河救人的陈立峰点赞！")
    assert typed(evs, "交往-点赞"), kinds(evs)
    evs = events(steps, "某电商平台晚间发布声明，再次向全体会员表示歉意。")
    assert typed(evs, "交往-道歉"), kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # a birth in a modifier of the one a whether-question asks about
        ("只是不知道，婚后两年生下一女的林佳怡现在会不会后悔当初的选择。", "人生-产子/女"),
        ("离婚三年的演员郑浩是否还会和前妻联系，外界不得而知。", "人生-离婚"),
        # a rhetorical question running on from 有啥 to its closing ？, a rule inside it
        (
            "他在直播中说：“公司裁员和我有啥关系，输了官司就要公开道歉，凭空扯上我干啥？”",
            "交往-道歉",
        ),
        # a clause closing with …干嘛？
        ("“又没人逼他，他跑去向记者道歉干嘛？”", "交往-道歉"),
        # a main verb asked with 会不会
        ("不知道已经离婚的梁某明年会不会再婚。", "人生-结婚"),
    ],
)
def test_an_act_asked_about_is_no_event(steps, text: str, news_type: str) -> None:
    assert typed(events(steps, text), news_type) == [], kinds(events(steps, text))


def test_a_fresh_act_in_a_modifier_asked_about_is_told(steps) -> None:
    evs = events(steps, "不知刚刚产下女儿的歌手林佳怡是否依旧忙碌。")
    assert typed(evs, "人生-产子/女"), kinds(evs)


def test_what_a_law_requires_in_a_quoted_complaint_is_no_request(steps) -> None:
    text = "他的支持者公开质疑美国的法律偏袒大公司，理由是：美国法律竟然“要求原告拿出证据”。"
    evs = events(steps, text)
    assert [e for e in evs if e.type == "REQUEST"] == [], kinds(evs)
    # control: a government's demand
    evs = events(steps, "日本政府要求星海科技出售其海外业务。")
    assert [e for e in evs if e.type == "REQUEST"], kinds(evs)


def test_an_act_after_a_comparison_or_a_wedding_or_a_launch_is_told(steps) -> None:
    # controls: the act in the clause after a comparison, a wedding with its day, a product
    evs = events(steps, "与去年不同，今年警方逮捕了三名嫌疑人。")
    assert typed(evs, "司法行为-拘捕"), kinds(evs)
    assert typed(events(steps, "张三和李四上个月在杭州结婚。"), "人生-结婚")
    assert typed(events(steps, "某公司昨天在北京发布了新款折叠屏手机。"), "产品行为-发布")


@pytest.mark.parametrize(
    "text",
    ["上周五，某县公安局决定不予立案。", "某市公安局复议后维持不立案的原决定。"],
)
def test_a_refusal_to_open_a_case_is_an_act(steps, text: str) -> None:
    (e,) = typed(events(steps, text), "司法行为-立案")
    assert e.modality == "asserted" and e.type == "REJECT" and "CHN" in e.countries


@pytest.mark.parametrize(
    "text",
    [
        "据港媒报道，商人梁振邦的保释申请被拒，须还押至下月。",
        "澳门商人司徒立的保释申请遭拒，须继续还押。",
    ],
)
def test_a_bail_application_refused_after_its_owner_is_a_refusal(steps, text: str) -> None:
    # 甲的保释申请被拒: the trigger holds the noun and the passive on it - a clause, no act 甲 owns
    evs = [e for e in events(steps, text) if e.type == "REJECT"]
    assert evs and evs[0].modality != "negated", kinds(events(steps, text))
    assert any(a.side == "target" for a in evs[0].actors), evs[0].actors


def test_an_act_owned_by_a_name_stays_a_noun(steps) -> None:
    # control: 甲的诉讼 with no predicate of its own in the trigger is the suit 甲 has, a noun
    evs = events(steps, "记者就商人梁振邦的诉讼联系了他的律师。")
    assert not typed(evs, "司法行为-起诉"), kinds(evs)


def test_the_penalty_of_a_verdict_is_the_verdict(steps) -> None:
    evs = typed(events(steps, "法院认定被告人王某犯诈骗罪，判处其有期徒刑3年。"), "司法行为-入狱")
    assert len(evs) == 1, kinds(evs)
    assert ("刑期", "3年") in {(a.role, a.text) for a in evs[0].arguments}


def test_a_regions_outlet_places_the_news(steps) -> None:
    e = remand(events(steps, "据港媒报道，商人何某被拒保释，还押于监狱。"))
    assert e.trigger == "还押" and set(e.countries) == {"HKG"}


def test_a_person_inside_a_title_takes_no_part(steps) -> None:
    evs = events(steps, "《我的车主朋友》栏目组随后公开道歉。")
    assert not any(a.name == "车主" for e in evs for a in e.actors), kinds(evs)


def test_a_you_inside_a_title_is_no_reader_addressed(steps) -> None:
    evs = events(steps, "他在综艺《你就是答案》里单膝跪地向女友求婚。")
    assert typed(evs, "人生-求婚"), kinds(evs)


def test_the_claims_of_a_suit_are_no_request(steps) -> None:
    evs = events(steps, "甲公司的三项诉讼请求全被德国法院驳回。")
    assert [e for e in evs if e.type == "REQUEST"] == [], kinds(evs)


def test_a_way_of_protesting_is_no_protest(steps) -> None:
    evs = events(steps, "河南车主王某的这种维权方式并不可取。")
    assert [e for e in evs if e.type == "PROTEST"] == [], kinds(evs)


def test_a_named_court_of_the_story_places_the_parties(steps) -> None:
    evs = events(
        steps,
        "北京市朝阳区一家公司与上海作家刘晓东发生纠纷。"
        "随后，刘晓东向滨江法院提交诉状，起诉该公司。",
    )
    e = next(e for e in evs if e.news_type == "司法行为-起诉")
    assert e.type == "ACCUSE" and "CHN" in e.countries, kinds(evs)


def test_an_act_called_a_way_of_protesting_is_no_protest(steps) -> None:
    evs = events(steps, "湖北业主刘女士因过激维权行为阻碍施工，被武汉警方拘留。")
    assert [e for e in evs if e.type == "PROTEST"] == [], kinds(evs)
    assert typed(evs, "司法行为-拘捕"), kinds(evs)


def test_a_verbal_attack_is_no_assault() -> None:
    # an attack by words: its content a charge, a policy, or made by the press
    from dashiji.events.codebook import load_codebook

    book = load_codebook()

    def assaults(text: str) -> list[str]:
        return [m.text for m in book.match(text) if m.entry.id == "assault.攻击"]

    for text in (
        "几家小报常年攻击这家电厂散布虚假数据。",
        "该议员在演讲中攻击政府的住房政策。",
        "一些网民也恶意攻击这位女教练。",
    ):
        assert assaults(text) == [], text
    # control: a physical attack
    assert assaults("武装分子昨晚攻击了边境哨所。") == ["攻击"]


def test_a_moral_slide_is_no_landslide(steps) -> None:
    evs = events(steps, "长期放纵的结果，只能是整个行业道德滑坡。")
    assert typed(evs, "灾害/意外-坍/垮塌") == [], evs


def test_an_accident_named_by_a_thing_is_no_accident(steps) -> None:
    # 事故车: the accident names the car; 出 in 出售 introduces no accident
    evs = events(steps, "因那家车行出售事故车，买主老孙将车行告上法庭。")
    assert typed(evs, "灾害/意外-车祸") == [], kinds(evs)
    assert typed(evs, "司法行为-起诉"), kinds(evs)
    # the wrecked car: its result between the act and 的 (被撞毁的轿车)
    evs = events(steps, "2023年5月，老孙坐在一辆已被撞毁的轿车上抗议。")
    assert typed(evs, "灾害/意外-车祸") == [], kinds(evs)
    # control: 出了事故 reports one
    evs = events(steps, "那辆货车在路口出了事故。")
    assert typed(evs, "灾害/意外-车祸"), kinds(evs)


def test_news_made_public_is_no_launch(steps) -> None:
    evs = events(steps, "在区法院官宣这个决定以后，老王一直没去社交平台表态。")
    assert typed(evs, "产品行为-发布") == [], kinds(evs)
    # personal news made public, a post put online: no product either
    for text in (
        "5月3日，演员林可欣在社交账号官宣新恋情。",
        "他的一篇自述被发布到网络后，引起热议。",
        "她常在短视频账号上发布日常生活记录。",
    ):
        assert typed(events(steps, text), "产品行为-发布") == [], (text, kinds(events(steps, text)))
    # control: a product announced
    evs = events(steps, "小米今天官宣新款手机将于下月上市。")
    assert typed(evs, "产品行为-发布"), kinds(evs)


def test_an_act_carried_out_on_no_one_is_rhetoric(steps) -> None:
    # 进行封杀 with no target: a kind of act named, done to no one
    evs = events(steps, "美国政府拒绝公平竞争，反倒进行封杀，令中国企业十分被动。")
    assert [e for e in evs if e.type == "SANCTION"] == [], kinds(evs)
    # control: carried out on a target
    evs = events(steps, "美国政府对华为进行制裁。")
    assert [e.type for e in evs if e.type == "SANCTION"] == ["SANCTION"], kinds(evs)


def test_a_breakup_post_is_no_breakup_told(steps) -> None:
    evs = events(steps, "王某的分手长文发出后，李某的粉丝少了一半。")
    assert typed(evs, "人生-分手") == [], kinds(evs)


def test_a_release_after_the_clause_of_a_ban_is_made(steps) -> None:
    # control: the ban in one clause, the release in the next one
    text = "该国前年曾禁止这款聊天软件，今年夏天这家厂商在杭州推出了它的第三代翻盖式学习机。"
    assert typed(events(steps, text), "产品行为-发布"), kinds(events(steps, text))


def test_a_jailing_told_of_its_own_names_the_person_after_a_title(steps) -> None:
    text = "某地前矿业集团董事长罗志坚因逃税再次坐牢。"
    assert [e.trigger for e in typed(events(steps, text), "司法行为-入狱")] == ["坐牢"]


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("孙某认为初审量刑过重，昨天已提起上诉。", "司法行为-起诉"),  # the appeal told
        ("老教授上周辞世，两年以后，学校才公开了他的手稿。", "人生-死亡"),  # the death told
        ("小杨和阿峰上月分手，这件事在同学们看来很平常。", "人生-分手"),  # the breakup told
        ("针对拖欠工资的包工头，工人们上周起诉了他。", "司法行为-起诉"),  # the main clause's act
        ("关于那笔欠款，工人们上周起诉了包工头。", "司法行为-起诉"),  # 关于 opens the main clause
        # control of the 心态崩塌 case of test_no_event_of_this_type: a thing collapsing is coded
        ("暴雨过后，村口那座旧石桥一下子崩塌了。", "灾害/意外-坍/垮塌"),
        # controls of the cited charge, the charity and the cause of test_no_event_of_this_type:
        # a company raising capital, a charge filed, a charity platform raising a round, an
        # accident caused
        ("某科技公司昨日宣布完成5亿元B轮融资。", "财经/交易-融资"),
        ("检察院指控被告人陈某犯盗窃罪，并向法院提起公诉。", "司法行为-起诉"),
        ("大病救助平台某某筹昨日宣布完成3亿元B轮融资，由某资本领投。", "财经/交易-融资"),
        ("3月2日晚，王某酒后驾车肇事，致一名行人受伤。", "灾害/意外-车祸"),
    ],
)
def test_the_act_told_in_its_own_clause_stays(steps, text: str, news_type: str) -> None:
    assert typed(events(steps, text), news_type), kinds(events(steps, text))


def test_ones_own_next_step_announced_is_planned(steps) -> None:
    # 他表示，本人会上诉: a step announced, planned with no day (not 今后会继续维权: a vague
    # intention; nor the suit the reply is about: 对于…一事)
    evs = events(steps, "对于被果园承包方起诉一事，果农谢某表示自己肯定会上诉。")
    assert [(e.trigger, e.status) for e in typed(evs, "司法行为-起诉")] == [("上诉", "planned")]
    assert not [e for e in events(steps, "赵先生表示，今后会继续维权。") if e.type == "PROTEST"]


def test_a_name_read_elsewhere_is_the_person_a_relative_clause_describes() -> None:
    # the recogniser read 罗丝 only in the first sentence (a long article); 获释的罗丝 later
    # still describes her
    from dashiji.events.doubt import _person_after

    text = "法院判处罗丝监禁两年。……第一次获释的罗丝发布了视频。"
    t0 = text.index("获释")
    at_clause = (text.index("第"), t0, t0 + 2, len(text) - 1)
    assert _person_after(text, at_clause, [(4, 6)], [])
    # control: another name there is no one read
    assert not _person_after(text.replace("获释的罗丝", "获释的莉娜"), at_clause, [(4, 6)], [])


def test_the_demand_a_suit_makes_is_no_request(steps) -> None:
    # 提起上诉，要求撤销…: what the appeal asks for (ACCUSE + 司法行为-起诉), no REQUEST to a judge
    text = "2020年12月29日，美国司法部提出上诉，要求否决法官禁令，继续禁止该应用在美国使用。"
    evs = events(steps, text)
    assert [e.type for e in evs] == ["ACCUSE"], kinds(evs)
    evs = events(steps, "美国司法部发表声明，要求否决法官禁令。")
    assert "REQUEST" in [e.type for e in evs], kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's view (应该说), past a term's length that is no time (3年期)
        "从判决结果来看，应该说张某并未达到加重处罚的标准，而在3年期刑罚以下判刑。",
        # a portrait in someone's writing
        "在作者的笔下，李某是一个热心的邻居，街坊们也对他赞不绝口。",
        # things a commentator bids the reader watch
        "分析师建议，关注某银行合并，某公司获批消息，以及美国封杀微信等。",
    ],
)
def test_a_view_or_a_watch_list_past_the_lead_states_no_event(steps, text: str) -> None:
    evs = events(steps, "记者从多方了解到这起事件的最新进展。", text)
    assert not evs, kinds(evs)


def test_a_business_deal_is_no_political_agreement(steps) -> None:
    assert not [e for e in events(steps, "阿里巴巴与腾讯昨日签署战略合作协议。") if e.type]
    # (two states sign: an agreement)
    evs = events(steps, "中国与俄罗斯昨日签署合作协议。")
    assert [e for e in evs if e.type == "AGREE"], kinds(evs)


def test_a_deal_of_listed_firms_with_a_place_in_a_name_is_no_agreement(steps) -> None:
    text = "华为、比亚迪、杭州蓝海科技等8家企业与宁波文旅集团签署战略合作协议，总投资超过5亿元。"
    evs = events(steps, text)
    assert not [e for e in evs if e.type == "AGREE"], kinds(evs)
    # (双方 of a firm and a state: still a political matter)
    text = "华为回应称，为保障英国用户的利益已与对方进行多轮沟通，但遗憾的是双方未达成共识。"
    evs = events(steps, text)
    assert [e for e in evs if e.type == "AGREE"], kinds(evs)


def test_a_post_named_again_for_the_time_since_is_no_launch(steps) -> None:
    evs = events(
        steps,
        "一个名为“张晓峰”的账号近日引起关注。",
        "其发布两条的短视频，发布不到三个小时，就引来上万条评论。",
    )
    assert not typed(evs, "产品行为-发布"), kinds(evs)


def test_a_cordon_removed_is_no_ban(steps) -> None:
    evs = events(steps, "此前纽约警方勘查现场的警戒线已经移除。")
    assert not [e for e in evs if e.type == "SANCTION"], kinds(evs)
    evs = events(steps, "美国已将该应用从应用商店移除。")  # (an app removed: a ban)
    assert [e for e in evs if e.type == "SANCTION"], kinds(evs)


def test_the_demand_of_an_appeal_is_its_claim(steps) -> None:
    evs = events(steps, "美国司法部提出上诉，要求推翻法官的禁令。")
    assert not [e for e in evs if e.type == "REQUEST"], kinds(evs)
    assert [e for e in evs if e.type == "ACCUSE"], kinds(evs)  # (the appeal stays)


def test_what_a_document_lays_down_is_no_event(steps) -> None:
    evs = events(steps, "该通知明确规定，问题奶粉由生产厂家负责召回。")
    assert not typed(evs, "产品行为-召回"), kinds(evs)
    # the narrator's own report after the rule stays
    for text in (
        "条例规定游行须提前申请，但警方随后拘留了组织者张某。",
        "条例规定游行须提前申请，警方拘留了组织者张某。",
    ):
        evs = events(steps, text)
        assert typed(evs, "司法行为-拘捕"), kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "3月5日上午，临江市中院公开审理孙志远受贿一案，法院没有当庭判决。",
        "庭审持续了五个小时，东湖区人民法院未当庭对被告人宣判。",
        "11月2日，青岩县人民法院开庭审理了吴某盗窃一案，审判长宣布将择期对该案进行宣判。",
    ],
)
def test_a_ruling_not_given_at_the_hearing_is_no_event(steps, text: str) -> None:
    # not given at the hearing, or put off to a day not yet set: no verdict (the hearing told
    # is the event: news-dev's convention); a court that rules at the hearing does rule
    evs = events(steps, text)
    assert not [e for e in evs if e.trigger.endswith(("判决", "宣判"))], kinds(evs)
    ruled = text.replace("没有当庭判决", "当庭宣判").replace("未当庭", "当庭")
    ruled = ruled.replace("宣布将择期对该案进行宣判", "当庭宣判")
    evs = events(steps, ruled)
    assert [e for e in evs if e.trigger.endswith(("判决", "宣判"))], kinds(evs)


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        ("李女士起诉长青物业公司的案件目前尚未开庭审理。", "司法行为-开庭"),
        ("目前李女士与长青物业公司的两起官司都还未开庭。", "司法行为-开庭"),
        ("案发已近两年，持刀伤人的男子至今仍未落网。", "司法行为-拘捕"),
        ("那家旅行社至今仍未向游客道歉。", "交往-道歉"),
        ("检察机关尚未正式对刘某提起诉讼。", "司法行为-起诉"),
        ("截至发稿，肇事司机还没有被警方抓获。", "司法行为-拘捕"),
    ],
)
def test_an_act_not_done_yet_is_no_event(steps, text: str, news_type: str) -> None:
    # 还未/尚未/仍未/还没有 right before the act: a remark on where things stand, no event (a
    # denial is the negated one: the conventions)
    evs = events(steps, text)
    assert not typed(evs, news_type), kinds(evs)


def test_a_denial_or_another_verb_before_the_act_keeps_it(steps) -> None:
    # a denial stays negated; an act done before one not done (还没来得及…就) is told
    evs = events(steps, "公司否认裁员传闻，称尚未作出任何裁员决定。")
    assert [e.modality for e in typed(evs, "组织关系-裁员")] == ["negated"], kinds(evs)
    evs = events(steps, "5日晚，嫌疑人周某还没来得及逃跑就被民警抓获。")
    assert [e.modality for e in typed(evs, "司法行为-拘捕")] == ["asserted"], kinds(evs)


def test_a_march_only_applied_for_is_no_march(steps) -> None:
    # 某会申请举行游行，但警方不批准: the application and the refusal are told, no march held
    text = "香港“市民联合会”上周申请在铜锣湾举行游行，但警方发出反对通知书，不批准举行游行。"
    evs = events(steps, text)
    assert [e for e in evs if e.type == "PROTEST"] == [], kinds(evs)
    evs = events(steps, "香港“市民联合会”上周在铜锣湾举行游行，抗议政府加税。")
    assert [e for e in evs if e.type == "PROTEST"], kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        # a demand a duty scopes: in the duty's clause, or opening the clause right after it
        "议员陈国强指出，香港特区政府应该全面检讨，要求美国不再插手本港内部事务。",
        "评论员认为，中国政府应当加强反制，要求美方撤销制裁。",
        "议员指出，香港特区政府应要求美国领事馆说明情况。",
        "学者撰文称，日本政府应该立即要求美国撤走驻军。",
    ],
)
def test_a_demand_one_says_a_body_should_make_is_no_request(steps, text: str) -> None:
    evs = events(steps, text)
    assert [e for e in evs if e.type == "REQUEST"] == [], kinds(evs)


def test_a_demand_or_an_appeal_of_the_speaker_after_a_duty_stays(steps) -> None:
    # controls: the duty another's (应该由某方来负), an appeal after a duty (the speaker's),
    # a subject of its own, at the request of (应某方要求)
    for text in (
        "中国政府表示，各方都需要保持克制，呼吁日本停止挑衅。",
        "外交部发言人表示，美方应该停止干涉，中方敦促美方立即撤销制裁。",
        "外交部发言人表示，这一责任应该由美国来负，要求美方赔偿损失。",
        "中方应美方要求，释放了两名美国公民。",
    ):
        evs = events(steps, text)
        assert [e for e in evs if e.type == "REQUEST"], (text, kinds(evs))


@pytest.mark.parametrize(
    ("text", "news_type"),
    [
        # what one may or should do, the act's object or place between: not done
        ("律师表示，当事人可以向法院提起诉讼。", "司法行为-起诉"),
        ("这位记者说，仲裁庭可以在被申请人不到场时照常开庭。", "司法行为-开庭"),
        ("张律师说，业主有权就此向开发商提起诉讼。", "司法行为-起诉"),
        # a consequence forecast (将导致, 将迫使): not done
        ("分析师称，此举将导致数百名员工被解雇。", "组织关系-解雇"),
        ("分析人士指出，这一禁令将迫使该公司裁员三千人。", "组织关系-裁员"),
        # a bare 若 after the subject: the act of its clause is the condition of the next
        ("该品牌若被收购，还需监管部门批准。", "财经/交易-出售/收购"),
        ("这名中锋若加盟湖人，球队阵容将大为改观。", "组织关系-加盟"),
        ("两位老人若离婚，那套老房子的产权还得重新认定。", "人生-离婚"),
        # the aim of an act, or an act one seeks a chance for: not done
        ("这家药企聘请了两家投行，以期年内完成收购。", "财经/交易-出售/收购"),
        ("交警加强夜间巡查，以防发生交通事故。", "灾害/意外-车祸"),
        ("警方提醒，仍有不法分子伺机发动袭击，市民须保持警惕。", "灾害/意外-袭击"),
    ],
)
def test_an_act_one_may_do_or_aim_at_a_forecast_consequence_or_a_condition_is_no_event(
    steps, text: str, news_type: str
) -> None:
    evs = events(steps, text)
    assert not typed(evs, news_type), kinds(evs)


def test_an_act_done_after_a_word_of_ability_stays(steps) -> None:
    # controls: the same acts told done
    evs = events(steps, "王女士上周已就此向法院提起诉讼。")
    assert typed(evs, "司法行为-起诉"), kinds(evs)
    evs = events(steps, "受疫情影响，某航空公司去年裁员三千人。")
    assert typed(evs, "组织关系-裁员"), kinds(evs)
    evs = events(steps, "分析师称，此举导致数百名员工被解雇。")
    assert typed(evs, "组织关系-解雇"), kinds(evs)
    # a leave used (才可以, 终于能够): the act done
    for text in (
        "多亏群众报警，民警才可以在短时间内将嫌疑人抓获。",
        "凭借监控录像，警方终于能够在三天后将嫌犯抓获。",
    ):
        assert typed(events(steps, text), "司法行为-拘捕"), text


def test_a_name_or_an_idiom_holding_the_if_character_is_no_condition(steps) -> None:
    # controls: 若 inside a name (叶若彤) or an idiom (置若罔闻): the acts are told
    evs = events(steps, "副局长叶若彤上周五宣布辞职，随后离开了办公室。")
    assert typed(evs, "组织关系-辞/离职"), kinds(evs)
    evs = events(steps, "他对法院的传票置若罔闻，最终被警方拘留。")
    assert typed(evs, "司法行为-拘捕"), kinds(evs)


def test_a_court_notice_of_a_hearing_holds_no_hearing(steps) -> None:
    # 某案的开庭公告: the notice of a hearing is posted, no hearing is held by it; the hearing the
    # notice announces for a day is the one event, planned for that day
    text = "工商信息平台显示，某快递公司与钱某某劳务纠纷一案发布了开庭公告。"
    evs = events(steps, text)
    assert not typed(evs, "司法行为-开庭"), kinds(evs)
    text = "据悉，某快递公司与钱某某劳务纠纷一案发布开庭公告，该案将于12月5日在某区法院开庭审理。"
    evs = events(steps, text, ref="2023-11-20")
    got = [(e.status, e.date) for e in typed(evs, "司法行为-开庭")]
    assert got == [("planned", "2023-12-05")], kinds(evs)


def test_leaving_a_team_or_a_band_stays_an_exit(steps) -> None:
    # controls: the object of 退出 an organisation
    evs = events(steps, "三名老队员昨天宣布退出国家队。")
    assert typed(evs, "组织关系-退出"), kinds(evs)


def test_the_paper_of_an_act_cited_as_a_source_states_no_act(steps) -> None:
    # 任命文件显示，…: the paper is cited; the act it makes is told in its own words, or before
    text = "星河科技内部任命文件显示，此轮管理层调整旨在优化海外团队配置。"
    evs = events(steps, text)
    assert not typed(evs, "组织关系-加盟"), kinds(evs)
    # control: the appointment the paper tells is kept
    evs = events(steps, "星河科技的任命文件显示，公司任命王海为首席运营官。")
    assert typed(evs, "组织关系-加盟"), kinds(evs)


def test_a_line_listing_headlines_states_no_events(steps) -> None:
    # 甲…；乙…；丙…: a digest's list of headlines opening the article; its items are told again
    # in the body (the body's own sentence is the event)
    evs = events(
        steps,
        "南岭电网完成新一轮融资；东川市出台购房新政；北湖银行宣布裁员",
        "10月18日，南岭电网宣布完成新一轮融资。",
    )
    assert not typed(evs, "组织关系-裁员"), kinds(evs)
    assert len(typed(evs, "财经/交易-融资")) == 1, kinds(evs)
    # control: a lead whose two clauses a ； joins is a report
    evs = events(steps, "北湖银行昨日宣布裁员两百人；该行称此举与业务调整有关。")
    assert typed(evs, "组织关系-裁员"), kinds(evs)


def test_an_act_named_as_a_noun_and_summed_up_is_no_event(steps) -> None:
    # 过去一年里某国对某应用的封杀可以概括为…: a stretch of bans summed up, no ban told (a stretch
    # up to now is no time of an act of its own)
    evs = events(
        steps,
        "印度这两年一直在打压外国应用。过去一年里印度政府对微博的封杀可以概括为四个字：“虎头蛇尾”。",
    )
    assert not [e for e in evs if e.type == "SANCTION"], kinds(evs)
    # control: a day of its own before it tells the ban the remark is on
    evs = events(steps, "澳洲媒体连日报道此事。去年5月澳大利亚对华为的禁令可以说是一场闹剧。")
    assert [e for e in evs if e.type == "SANCTION"], kinds(evs)


# ---- writings with titles are published, no product launched (q41d) -----------------------
# 发布《甲》、《乙》等多篇文章: titles in book marks, then the words naming what they are - an
# article, a post, a notice, a count of writings (篇) - however long the titles, and though a
# comma inside one would end the clause: no 产品行为-发布
@pytest.mark.parametrize(
    "text",
    [
        "甲公司在多个平台发布《某品牌手机质量差，续航虚标》等文章。",
        "乙公司在官网发布《关于暂停营业，致全体客户》的通知。",
        "某营销号先后发布《谁来管管，这家车企》、《又出事了，某车主维权》等多篇文章，引发关注。",
    ],
)
def test_titled_writings_published_are_no_product(steps, text: str) -> None:
    assert not typed(events(steps, text), "产品行为-发布"), kinds(events(steps, text))


@pytest.mark.parametrize(
    "text",
    [
        "某游戏公司发布《星海，远航》新版本。",  # a product with a title stays one
        "甲公司今天发布《星海，远航》手游。",
        "小米公司发布了新款手机。",
        "某出版社发行《远方》一书。",
        "某博物馆发布《远山图》文创产品。",  # 文, 篇 with no count before: no writing
        "某游戏公司发布《星海》篇章新版本。",
    ],
)
def test_a_titled_product_launched_stays_one(steps, text: str) -> None:
    assert typed(events(steps, text), "产品行为-发布"), kinds(events(steps, text))


# 某车系甲公司发布的一款电动汽车: a product described by who launched it, after 是/系 with no time
# told - background, no launch; a dated one (是甲公司3月发布的一款) is the launch
@pytest.mark.parametrize(
    "text",
    [
        "这款手机是甲公司发布的一款游戏手机。",
        "这是乙公司推出的一款新游戏。",
        "涉事车型系丙汽车发布的一款电动汽车。",
    ],
)
def test_a_product_described_by_its_launcher_is_no_launch(steps, text: str) -> None:
    assert not typed(events(steps, text), "产品行为-发布"), kinds(events(steps, text))


@pytest.mark.parametrize(
    "text",
    [
        "这款手机是甲公司3月18日发布的一款游戏手机。",
        "这款手机是甲公司昨天发布的一款游戏手机。",
        "甲公司昨日发布了一款游戏手机。",
        "乙公司推出的一款新游戏昨日上线。",
        "但是甲公司发布的一款新手机引发争议。",  # 但是, 于是: a conjunction, no 'is'
        "乙公司停产后，于是甲公司推出的一款新车成为热门。",
    ],
)
def test_a_dated_or_told_launch_stays_one(steps, text: str) -> None:
    assert typed(events(steps, text), "产品行为-发布"), kinds(events(steps, text))


@pytest.mark.parametrize(
    "text",
    [
        "同时杭州的这名业主表示，方式会变，维权不会变。",  # resolve, no act
        "杭州的业主们继续在维权，开发商依旧在推诿。",  # a dispute going on
        "家住杭州的李先生仍在向这家4S店维权。",
        "家住杭州的王女士坚持向厂家维权。",
        "目前，杭州的张女士仍在维权。",
        "杭州的周女士多次维权未果，只好将厂家告上法庭。",  # tries summed up
    ],
)
def test_a_dispute_going_on_or_vowed_is_no_protest(steps, text: str) -> None:
    # 维权 told as a dispute going on (仍在, 继续), vowed (不会变, 到底) or tried in vain (未果):
    # no act of protest (news-dev convention: 会继续向某公司维权 is no event)
    assert not [e for e in events(steps, text) if e.type == "PROTEST"], kinds(events(steps, text))


@pytest.mark.parametrize(
    "text",
    [
        "5月3日，杭州一名宝马车主站在展车车顶维权。",
        "家住杭州的刘女士多次来到该品牌4S店维权。",
        "杭州的刘女士继续在门店门口拉横幅维权。",  # the act told: 拉横幅
        "杭州一名车主正在4S店门口维权。",  # (正在 + a place: a protest seen, not a dispute)
    ],
)
def test_an_act_of_protest_told_is_still_a_protest(steps, text: str) -> None:
    assert [e for e in events(steps, text) if e.type == "PROTEST"], kinds(events(steps, text))
