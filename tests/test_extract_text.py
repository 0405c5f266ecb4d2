# ruff: noqa: E501  (inline sample pages keep their real line lengths)
"""Flattened page text -> article (dashiji.extract.flat_text)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_bench, shared_dir

from dashiji.errors import EmptyInput, NoArticle
from dashiji.extract.flat_text import extract_text, parse_date_header
from dashiji.model import Article

ROOT = Path(__file__).resolve().parents[1]


SEED_000 = "000_789da36100d29724"
SEED_002 = "002_4cc2dfc617e4ab0c"


def _seed(name: str) -> tuple[str, dict]:
    shared = shared_dir()
    text = (shared / "seeds" / f"{name}.txt").read_text("utf-8")
    gold = json.loads((shared / "gold" / f"{name}.article.json").read_text("utf-8"))
    return text, gold


def _assert_offsets(text: str, article: Article) -> None:
    for block in article.blocks:
        assert block.source_start is not None
        assert text[block.source_start : block.source_end] == block.text
        assert block.text == block.text.strip()
        assert block.kind in ("body", "caption")


# ---- seeds -------------------------------------------------------------------------------------
def test_seed_000_equals_gold() -> None:
    text, gold = _seed(SEED_000)
    date, start = parse_date_header(text)
    assert date is None and start == 0
    art = extract_text(text, start=start)
    assert art.title == gold["title"]
    assert art.published is None
    assert art.body == gold["body"]
    assert art.captions == []
    for line in gold["boilerplate"]:
        assert line not in art.body
    assert art.boilerplate == gold["boilerplate"]
    _assert_offsets(text, art)


def test_seed_002_body_and_captions_equal_gold() -> None:
    text, gold = _seed(SEED_002)
    date, start = parse_date_header(text)
    assert date == gold["published"] == "2025-08-13"
    assert text[start:].startswith("俄羅斯總統普京")
    art = extract_text(text, start=start)
    assert art.title is None
    assert art.body == gold["body"]
    assert art.captions == gold["captions"]
    # captions stay in their place among the body paragraphs
    starts = [b.source_start for b in art.blocks]
    assert starts == sorted(starts)
    assert [i for i, b in enumerate(art.blocks) if b.kind == "caption"] == [3, 8, 14]
    _assert_offsets(text, art)


# ---- the date header ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "date", "rest"),
    [
        (" date 2025-08-13 第一段。", "2025-08-13", "第一段。"),
        ("date 2025-08-13\n第一段。", "2025-08-13", "第一段。"),
        ("date: 2025-08-13\r\n第一段。", "2025-08-13", "第一段。"),
        ("\ufeffDate 2025/8/13 第一段。", "2025-08-13", "第一段。"),
        ("\n\n  DATE：2025.8.3\t第一段。", "2025-08-03", "第一段。"),
        ("第一段没有日期。", None, "第一段没有日期。"),
        ("date 2025-13-40 第一段。", None, "date 2025-13-40 第一段。"),
        ("dated 2025-08-13", None, "dated 2025-08-13"),
    ],
)
def test_parse_date_header(text: str, date: str | None, rest: str) -> None:
    got, start = parse_date_header(text)
    assert got == date
    assert text[start:] == rest


# ---- other portal styles -----------------------------------------------------------------------
SINA_STYLE = """新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多
登录 注册
新浪新闻 > 国际新闻 > 正文

欧盟宣布对俄第十九轮制裁方案

2025年10月23日 08:15 来源：新华网

字号：大 中 小
分享到：微博 微信 QQ空间

新华社布鲁塞尔10月22日电 欧盟理事会22日宣布，欧盟27国就第十九轮对俄制裁方案达成一致，新措施涉及能源、金融和贸易等多个领域。

根据声明，欧盟将分阶段禁止进口俄罗斯液化天然气，并将更多第三国企业列入出口限制名单。

欧盟委员会主席冯德莱恩在社交媒体上表示，这是迄今为止力度最大的一轮制裁之一。

俄罗斯方面尚未对此作出正式回应。

（图为欧盟理事会会议现场，新华社记者 张三 摄）

责任编辑：李四

相关新闻
欧盟外长会讨论对俄制裁 匈牙利仍持保留意见
10-21 18:20
德国总理：将继续支持乌克兰
10-20 09:02
网友评论
这制裁有用吗？都十九轮了，说明前面的都没用。
京ICP证000007号 新浪公司 版权所有
"""


def test_sina_style_page() -> None:
    art = extract_text(SINA_STYLE)
    assert art.title == "欧盟宣布对俄第十九轮制裁方案"
    assert art.published == "2025-10-23"
    assert art.published_from == "text:byline"
    assert art.outlet == "新华网"
    assert art.body == [
        "新华社布鲁塞尔10月22日电 欧盟理事会22日宣布，欧盟27国就第十九轮对俄制裁方案达成一致，"
        "新措施涉及能源、金融和贸易等多个领域。",
        "根据声明，欧盟将分阶段禁止进口俄罗斯液化天然气，并将更多第三国企业列入出口限制名单。",
        "欧盟委员会主席冯德莱恩在社交媒体上表示，这是迄今为止力度最大的一轮制裁之一。",
        "俄罗斯方面尚未对此作出正式回应。",
    ]
    assert art.captions == ["（图为欧盟理事会会议现场，新华社记者 张三 摄）"]
    assert "责任编辑：李四" in art.boilerplate
    assert "这制裁有用吗？都十九轮了，说明前面的都没用。" in art.boilerplate
    _assert_offsets(SINA_STYLE, art)


SOHU_STYLE = """搜狐首页
新闻
体育
汽车
房产
更多
无障碍

原创 日本新首相首次外访选择东南亚，释放了什么信号？
2025-10-24 17:32
发布于：北京市

日本新任首相本周开启上任后的首次出访，目的地选在了东南亚。
外界普遍认为，这一安排意在巩固日本在区域内的影响力。
展开全文
分析人士指出，东南亚国家是日本重要的贸易伙伴和投资目的地，双方在供应链领域的合作日益紧密。
不过，也有观点认为，日本此举同样是在平衡美国关税政策带来的不确定性。
返回搜狐，查看更多

声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
平台声明：该文观点仅代表作者本人
阅读 (1234)
推荐阅读
日本首相称将加强与东盟合作，专家：意在对冲风险
9小时前
"""


def test_sohu_style_page() -> None:
    art = extract_text(SOHU_STYLE)
    assert art.title == "原创 日本新首相首次外访选择东南亚，释放了什么信号？"
    # a bare time stamp under the headline is the page's, but carries no "发布时间"/"来源" label;
    # with a time of day it is still unmistakably the article's own byline
    assert art.published == "2025-10-24"
    assert art.body == [
        "日本新任首相本周开启上任后的首次出访，目的地选在了东南亚。",
        "外界普遍认为，这一安排意在巩固日本在区域内的影响力。",
        "分析人士指出，东南亚国家是日本重要的贸易伙伴和投资目的地，双方在供应链领域的合作日益紧密。",
        "不过，也有观点认为，日本此举同样是在平衡美国关税政策带来的不确定性。",
    ]
    assert "展开全文" in art.boilerplate
    assert not any("声明" in b for b in art.body)
    _assert_offsets(SOHU_STYLE, art)


COMMENTS_AFTER = """首页 > 财经 > 正文
央行：保持流动性合理充裕
发布时间：2025-09-01 来源：经济日报 作者：王五
中国人民银行9月1日发布公告称，将继续实施好适度宽松的货币政策，保持流动性合理充裕。
公告指出，央行将综合运用多种货币政策工具，引导金融机构加大对实体经济的支持力度。
业内人士认为，后续降准降息仍有空间。
网友评论
这个政策对房贷有什么影响？希望利率能再降一点，现在月供压力真的很大，每个月工资一半都交给银行了。
降准对股市是利好吗？我觉得短期内可能会有一波行情，但是长期来看还是要看经济基本面的恢复情况。
央行的表态很明确，就是要稳增长，后面应该还会有更多的政策出台，大家耐心等待吧，不要太着急。
支持！希望经济越来越好，老百姓的日子越过越红火，也希望物价能够保持稳定，不要涨得太厉害了。
"""


def test_comment_thread_after_article_is_not_body() -> None:
    art = extract_text(COMMENTS_AFTER)
    assert art.title == "央行：保持流动性合理充裕"
    assert art.published == "2025-09-01"
    assert art.outlet == "经济日报"
    assert art.author == "王五"
    assert len(art.body) == 3 and art.body[0].startswith("中国人民银行9月1日")
    assert all("网友" not in b and "房贷" not in b for b in art.body)
    _assert_offsets(COMMENTS_AFTER, art)


def test_recommendation_dates_do_not_date_the_article() -> None:
    page = (
        "网易首页 > 网易号 > 正文\n\n"
        "特朗普与普京通话 双方同意继续接触\n\n"
        "分享至\n\n"
        "特朗普20日表示，他与普京进行了长时间通话，双方同意由各自的团队继续接触。\n\n"
        "白宫随后发表声明称，通话内容涉及乌克兰局势和双边关系。\n\n"
        "相关推荐\n"
        "外媒：俄乌新一轮谈判或在伊斯坦布尔举行\n"
        "环球网资讯\n"
        "2026-02-27 09:29:11\n"
    )
    art = extract_text(page)
    assert art.title == "特朗普与普京通话 双方同意继续接触"
    assert art.published is None
    assert len(art.body) == 2
    assert "2026-02-27 09:29:11" in art.boilerplate


def test_clean_text_without_title() -> None:
    text = "第一段是完整的一句话，说明了事情的经过。\n\n第二段继续说明，并给出结论。\n"
    art = extract_text(text)
    assert art.title is None
    assert art.body == ["第一段是完整的一句话，说明了事情的经过。", "第二段继续说明，并给出结论。"]
    _assert_offsets(text, art)


def test_start_offset_is_respected() -> None:
    text = "date 2025-01-02\n不是正文的头部被跳过。\n正文第一段，这里是内容。"
    art = extract_text(text, start=text.index("正文第一段"))
    assert art.body == ["正文第一段，这里是内容。"]
    _assert_offsets(text, art)


def test_empty_input_raises() -> None:
    with pytest.raises(EmptyInput):
        extract_text("   \n\n\t ")
    with pytest.raises(EmptyInput):
        extract_text("date 2025-08-13\n", start=16)


# ---- the flattened benchmark floor -------------------------------------------------------------
def _load_bench() -> ModuleType:
    return load_bench("flattened")


def test_flattened_bench_meets_floor() -> None:
    shared = shared_dir()
    # no skip: a missing shared folder must fail loudly, not pass silently
    assert (shared / "bench" / "extraction").is_dir(), f"shared benchmark data missing: {shared}"
    bench = _load_bench()
    floors = json.loads((ROOT / "bench" / "floors.json").read_text("utf-8"))["flattened"]
    results = bench.run({"dashiji": bench.sys_dashiji}, shared=shared)
    for folder, floor in floors.items():
        if folder.startswith("_"):  # a note
            continue
        got = results[folder]["dashiji"].mean
        assert got + 1e-9 >= floor, f"{folder}: mean F1 {got:.3f} below floor {floor:.3f}"


def test_bench_scorer_bigram_f1() -> None:
    bench = _load_bench()
    assert bench.bigram_prf("甲乙丙", "甲 乙\n丙") == (1.0, 1.0, 1.0)
    p, r, f = bench.bigram_prf("甲乙", "甲乙丙丁")
    assert p == 1.0 and abs(r - 1 / 3) < 1e-9 and abs(f - 0.5) < 1e-9
    flat = bench.flatten_html(
        "<html><head><title>T</title><script>x=1</script></head><body><div>导航</div>"
        "<p>第一段<b>加粗</b>文字。</p><p style='display:none'>隐藏</p><ul><li>甲</li><li>乙</li>"
        "</ul></body></html>"
    )
    assert flat == "导航\n\n第一段加粗文字。\n\n甲\n乙"


# ---- pages without a run of paragraphs -----------------------------------------------------------
TOC_PAGE = """首页
理论动态
期刊要览
关于我们
首页 > 期刊要览 > 学报 > 2022年第4期
《经济研究学报》2022年第4期
目录
中国特色社会主义政治经济学视角下的现代化道路
张素峰
坚持人民至上的观念认知、制度支撑及运行机制
陈家刚;陈凌宇
论发展全过程人民民主与新时代民生建设
杨渊浩
2022年第3期
2022年第2期
2022年第1期
2021年第6期
友情链接
"""


def test_table_of_contents_page_is_its_list() -> None:
    art = extract_text(TOC_PAGE)
    assert art.body[0] == "中国特色社会主义政治经济学视角下的现代化道路"
    assert art.body[-1] == "杨渊浩"
    assert "张素峰" in art.body
    assert not any(b.startswith(("2022年第", "2021年第", "首页", "期刊")) for b in art.body)
    assert "目录" in art.boilerplate
    _assert_offsets(TOC_PAGE, art)


POEM_PAGE = """首页
诗歌
每日好诗
首页/ 诗歌
静夜思
作者：某某 2020年01月12日18:32  浏览：272
深夜看书须尽欢，
明月照亮浊酒案。
一杯美酒空对月，
酌酒吟诗五千年。
注释：
夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典，遨游在知识的海洋里，甚是尽兴；恰逢腊月十六，皎洁圆满的月光照进窗子、洒在酒案上；对着月亮饮一杯美酒，尽兴之时酌酒吟诗。
上一篇： 人月圆
"""


def test_verse_lines_belong_to_the_article() -> None:
    art = extract_text(POEM_PAGE)
    assert art.body[:5] == [
        "深夜看书须尽欢，",
        "明月照亮浊酒案。",
        "一杯美酒空对月，",
        "酌酒吟诗五千年。",
        "注释：",
    ]
    assert len(art.body) == 6
    _assert_offsets(POEM_PAGE, art)


@pytest.mark.parametrize(
    "line",
    [
        "本条目存在以下问题，请协助改善本条目或在讨论页针对议题发表看法。",
        "此条目需要补充更多来源。 (2020年4月17日)",
        "请协助补充多方面可靠来源以改善这篇条目，无法查证的内容可能会因为异议提出而移除。",
        "本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！",
        "跳转到导航",
        "目录",
    ],
)
def test_encyclopedia_banners_are_not_body(line: str) -> None:
    text = (
        f"{line}\n"
        "雄安新区是中国第19个国家级新区，位于河北省保定市东部，由雄县、容城县、安新县及其周边部分地区组成。\n"
        "2017年4月1日，中共中央、国务院印发通知，决定设立河北雄安新区。\n"
    )
    art = extract_text(text)
    assert line not in art.body
    assert len(art.body) == 2


@pytest.mark.parametrize(
    "notice",
    [
        '以上内容（包括图片及视频）为创作者平台"快传号"用户上传并发布，本平台仅提供信息存储服务。',
        "本作品为“科普中国-科学原理一点通”原创，转载时务请注明出处。",
        "反侵权公告：",
        "相关内容",
    ],
)
def test_platform_and_reprint_notices_end_the_article(notice: str) -> None:
    text = (
        "子弹的速度可以达到每秒数百米，人的反应时间远远跟不上，所以徒手抓子弹几乎不可能。\n"
        "不过，在子弹飞行的末段，速度大大降低，理论上存在接住的可能。\n"
        f"{notice}\n"
        "子弹 相对论\n"
        "根据著作权法等法律法规，未经本网书面授权，任何单位或个人不得转载、摘编或以其他方式使用本网作品。\n"
    )
    art = extract_text(text)
    assert len(art.body) == 2
    assert notice in art.boilerplate


def test_outlet_name_between_headline_and_date_is_byline() -> None:
    text = (
        "汽车品牌直播出现不雅画面，涉事账号被无限期封禁！\n"
        "环球时报新媒体\n"
        "2024-05-18 16:56发布于北京\n"
        "+关注\n"
        "近日，某汽车品牌一门店直播时出现不雅画面，引来质疑。据平台发布的公告，涉事门店的账号已被无限期封禁。\n"
        "17日，平台发布公告称，近期发现汽车销售行业部分主播以噱头吸引流量，将严肃处理。\n"
    )
    art = extract_text(text)
    assert art.title == "汽车品牌直播出现不雅画面，涉事账号被无限期封禁！"
    assert art.published == "2024-05-18"
    assert art.body[0].startswith("近日，") and len(art.body) == 2
    assert "环球时报新媒体" in art.boilerplate
    _assert_offsets(text, art)


WIKI_PAGE = """雄安新区
维基百科，自由的百科全书
跳转到导航
此条目需要补充更多来源。 (2020年4月17日)
雄安新区是中国第19个国家级新区，位于河北省保定市东部，由雄县、容城县、安新县及其周边部分地区组成。
目录
1 历史沿革
1.1 古代
1.2 近代
2 地理
历史沿革[编辑]
古代[编辑]
考古资料显示雄安在7000年以前，就有人类在此繁衍生息，形成了比较稳定的聚落。
近代[编辑]
民国初年废州治设县，安州与新安各取其名之首字合并为安新县，三县改属保定道。
地理[编辑]
雄安新区地处北京、天津、保定腹地，区位优势明显，交通便捷通畅，生态环境优良。
参考文献[编辑]
"""


def test_encyclopedia_contents_and_edit_links() -> None:
    art = extract_text(WIKI_PAGE)
    assert art.body[0].startswith("雄安新区是中国第19个国家级新区")
    assert not any(b.startswith(("1 ", "1.1", "1.2", "2 ")) for b in art.body)
    assert "1.1 古代" in art.boilerplate and "目录" in art.boilerplate
    # headings stay, without their edit link; their offsets still point at the input
    assert art.body[1:3] == ["历史沿革", "古代"]
    assert not any("[编辑]" in b for b in art.body)
    assert not any("条目" in b for b in art.body)
    _assert_offsets(WIKI_PAGE, art)


def test_numbered_lines_without_later_headings_are_not_contents() -> None:
    text = (
        "中国艺术研究院2004年博士生招生工作即将开始，现将报考条件和报名办法公布如下。\n"
        "报考条件：\n"
        "1 热爱祖国\n"
        "2 身体健康\n"
        "3 已获硕士学位\n"
        "报名者应于12月15日前向招生办提交全部材料，逾期不予受理，具体要求见招生简章。\n"
    )
    art = extract_text(text)
    assert "2 身体健康" in art.body


FORUM_THREAD = """网易娱乐 > 明星俱乐部 > 明星话题
惊爆唱片公司操控华人女星黑幕
楼主
我以往是一个最反感愤青的人，每次看到谁又拿这些事情捕风捉影，我就反感得不得了，但是现实总是与你的美好初衷有出入。
先说一下，我一直喜欢的一个女歌手马上就要在3月底发行专辑了，而我要说的也是从这件事开始的。
〓 娱乐 明星话题 发布时间 2005/03/15 22:36:13 by 楼主 〓
无聊
〓 娱乐 明星话题 发布时间 2005/03/16 01:08:28 by 路人甲 〓
听妈妈说过很多旧社会的故事，从小就有这样的情结，不过对于那些合作的人，我觉得没什么好说的，也没什么好同情的。
〓 娱乐 明星话题 发布时间 2005/03/16 21:10:00 by 路人乙 〓
好旧的帖子，不过我有话说，她一直是想成为国际巨星的，大家都知道，公司有这样的决定，她肯定在里面扮演了重要角色。
〓 娱乐 明星话题 发布时间 2005/03/17 09:00:00 by 路人丙 〓
"""


def test_thread_replies_after_the_opening_post_are_not_body() -> None:
    art = extract_text(FORUM_THREAD)
    assert len(art.body) == 2 and art.body[0].startswith("我以往是")
    assert not any("听妈妈" in b or "国际巨星" in b for b in art.body)
    _assert_offsets(FORUM_THREAD, art)


def test_encyclopedia_sections_run_on_to_the_references() -> None:
    text = (
        "金某某（1976年4月25日－），韩国男歌手、综艺节目主持人，曾为三人男子组合成员，至今发行七张个人专辑。\n"
        "2004年，歌曲《一个男人》成为他歌手生涯从舞曲歌手到抒情歌手的转捩点，此后他成为韩国首屈一指的男歌手。\n"
        "音乐作品[编辑]\n"
        "正规专辑[编辑]\n"
        "发行日期：2001年12月14日\n"
        "语言：韩语\n"
        "曲目\n"
        "Prologue\n"
        "Sad Story\n"
        "综艺节目[编辑]\n"
        "年份\t频道\t节目名\n"
        "2010年\tSBS\tRunning Man\n"
        "参考资料[编辑]\n"
        "金某某 真实告白. 中国报. 2013-09-09.\n"
    )
    art = extract_text(text)
    assert art.body[2:4] == ["音乐作品", "正规专辑"]
    assert "Sad Story" in art.body and "2010年\tSBS\tRunning Man" in art.body
    assert art.body[-1] == "2010年\tSBS\tRunning Man"
    _assert_offsets(text, art)


def test_announced_table_at_the_end_belongs_to_the_article() -> None:
    text = (
        "中国艺术研究院2004年博士生招生工作即将开始，报名日期为2003年11月1日至11月30日，外地考生可以提前函报。\n"
        "上述规定如与教育部颁发的招生简章不符，以教育部颁发的招生简章为准。\n"
        "附：招生专业及考试科目\n"
        "专业名称\t研究方向\t指导教师\n"
        "050401 艺术学\n"
        "01艺术学原理\t刘梦溪\n"
        "1、英语或俄语或日语\n"
        "02艺术人类学\t方李莉\n"
        "1、同上\n"
        "03艺术美学\t傅谨\n"
        "2、美学原理\n"
        "发表评论\n"
        "网友甲：写得很清楚，谢谢，收藏了，明年我也准备报考这个专业，希望能顺利通过。\n"
    )
    art = extract_text(text)
    assert art.body[-1] == "2、美学原理"
    assert "02艺术人类学\t方李莉" in art.body
    assert not any("网友" in b for b in art.body)
    _assert_offsets(text, art)


def test_table_between_paragraphs_stays_in_the_article() -> None:
    text = (
        "国家统计局今天发布数据，4月份全国居民消费价格同比上涨0.3%，其中城市上涨0.3%，农村上涨0.2%。\n"
        "类别\t同比\t环比\n"
        "食品\t-2.7%\t-0.6%\n"
        "非食品\t0.9%\t0.2%\n"
        "服务\t0.8%\t0.1%\n"
        "统计局城市司首席统计师表示，4月份受节假日等因素影响，全国消费市场继续恢复，居民消费价格环比由降转涨。\n"
        "相关新闻\n"
        "3月份居民消费价格同比上涨0.1%\n"
    )
    art = extract_text(text)
    assert "食品\t-2.7%\t-0.6%" in art.body and len(art.body) == 6
    _assert_offsets(text, art)


def test_long_table_between_paragraphs_is_bridged() -> None:
    rows = "".join(
        f"{c}\t{i}.{i}%\t-0.{i}%\n"
        for i, c in enumerate(
            ["食品", "猪肉", "鲜菜", "鲜果", "衣着", "居住", "交通", "通信", "教育", "医疗"]
        )
    )
    text = (
        "国家统计局今天发布数据，4月份全国居民消费价格同比上涨0.3%，其中城市上涨0.3%。\n"
        "类别\t同比\t环比\n"
        + rows
        + "统计局表示，4月份全国消费市场继续恢复，居民消费价格环比由降转涨。\n"
        "相关新闻\n"
        "3月份居民消费价格同比上涨0.1%\n"
    )
    art = extract_text(text)
    assert len(art.body) == 13
    assert art.body[-1].startswith("统计局表示")
    _assert_offsets(text, art)


def test_bulleted_link_box_is_not_a_table() -> None:
    text = (
        "国家统计局今天发布数据，4月份全国居民消费价格同比上涨0.3%，其中城市上涨0.3%。\n"
        + "".join(f"· \t热门链接标题第{i}条\n" for i in range(12))
        + "统计局表示，4月份全国消费市场继续恢复。\n"
    )
    art = extract_text(text)
    assert not any(b.startswith("·") for b in art.body)


def test_ad_card_with_close_button_is_not_body() -> None:
    text = (
        "斯诺克球王的人生故事何其精彩，他凭借着过人的毅力与天赋，年纪轻轻便已成就非凡。\n"
        "广告魔兽世界公益服，怀旧服80级国服，今日新开，纯免费，万人在线战沙场！\n"
        "×\n"
        "即便屡屡吞下苦果，他依旧咬牙坚持，充满勇气，这就是他获得今天成就的原动力。\n"
    )
    art = extract_text(text)
    assert len(art.body) == 2
    assert "×" in art.boilerplate and not any("广告" in b for b in art.body)
    _assert_offsets(text, art)


def test_sections_without_reference_list_end_at_the_furniture() -> None:
    text = (
        "金某某（1976年4月25日－），韩国男歌手、综艺节目主持人，曾为三人男子组合成员，至今发行七张个人专辑。\n"
        "2004年，歌曲《一个男人》成为他歌手生涯从舞曲歌手到抒情歌手的转捩点，此后他成为韩国首屈一指的男歌手。\n"
        "音乐作品[编辑]\n"
        "Sad Story\n"
        "综艺节目[编辑]\n"
        "2010年\tSBS\tRunning Man\n"
        "关于我们\n"
        "会员中心 网站导航\n"
    )
    art = extract_text(text)
    assert art.body[-1] == "2010年\tSBS\tRunning Man"


def test_tabbed_menu_after_a_colon_line_is_not_a_table() -> None:
    text = (
        "记者从市教育局获悉，今年全市中考报名工作将于下周一开始，考生须在规定时间内完成网上报名。\n"
        "市教育局提醒考生和家长，报名期间如有疑问可拨打咨询电话：\n"
        "新闻\t图片\t关于我们\n"
        "财经\t体育\t联系我们\n"
        "娱乐\t科技\t网站导航\n"
        "版权所有 某某网\n"
    )
    art = extract_text(text)
    assert art.body[-1].startswith("市教育局提醒")


@pytest.mark.parametrize("fold", ["展开全文", "展开剩余85%", "点击展开全文", "继续阅读"])
def test_text_after_a_fold_marker_is_still_the_article(fold: str) -> None:
    # the bench gold of one portal page stops at its fold; a reader wants the whole article
    text = (
        "2020年11月18日上午，得知自己减刑释放的于某还没缓过神来，就被送到了高速路口，家人已在路口候他多时。\n"
        "几个小时前，法院作出刑事裁定书，认定于某在服刑期间能够认罪悔罪，决定减去余刑。\n"
        f"{fold}\n"
        "回家的第一天晚上，他和母亲、姐姐聊到凌晨一点多，回到卧室，翻来覆去睡不着，只睡了三四个小时就醒了。\n"
        "责任编辑：某某\n"
    )
    art = extract_text(text)
    assert len(art.body) == 3 and art.body[-1].startswith("回家的第一天")
    assert fold in art.boilerplate


# ---- text and JSONL input scraped from portals (issue 11) -------------------------------------
_STORM = (
    "3月5日下午，北京遭遇今年首场强降雨，城区平均降水量达到45毫米，多条道路出现积水，部分地铁站出入口临时封闭。\n"
    "市防汛办表示，截至18时，全市已出动抢险人员1.2万人次，积水点均已排除，未接到人员伤亡报告。"
)
_STORM_BODY = _STORM.split("\n")
_RELATED = [
    "气象台发布暴雨蓝色预警 周末还有降雨吗？ 2024-03-04",
    "地铁10号线部分区段恢复运营 03-05 17:20",
    "多部门联合检查汛期安全隐患，这些地方要注意了",
    "2024-03-01",
    "某车企老板参观工厂：这里的效率让我惊叹",
    "某国海军在近海举行演练：三艘新舰首次亮相",
]


@pytest.mark.parametrize("header", ["相关新闻\n", "", "\n"], ids=["header", "no-header", "blank"])
def test_related_headlines_after_a_short_article_are_not_body(header: str) -> None:
    text = (
        "北京暴雨致多条道路积水 部分地铁站临时封闭\n\n"
        + _STORM
        + "\n"
        + header
        + "\n".join(_RELATED)
        + "\n"
    )
    art = extract_text(text)
    assert art.body == _STORM_BODY
    assert "某车企老板参观工厂：这里的效率让我惊叹" in art.boilerplate
    _assert_offsets(text, art)


_LEAD_BODY = (
    "某市一家连锁超市昨天宣布，将在全市范围内关闭十二家门店，涉及员工约三百人。"
    "超市负责人表示，受经营成本上涨影响，公司不得不调整布局，被裁员工将获得相应补偿。"
)


@pytest.mark.parametrize("byline", ["某某财经\n2024.03.06 09:15\n", "2024-03-06 09:15\n"])
def test_related_headlines_between_the_byline_and_the_body_are_not_body(byline: str) -> None:
    # a portal's links to other stories printed under the byline, before the article's text
    text = (
        "连锁超市关闭十二家门店 员工获补偿\n\n"
        + byline
        + "某地警方通报一男子冒充快递员入室盗窃：已被刑事拘留\n"
        + "另一家超市连夜降价促销 顾客排起长队 商家：库存要清空\n"
        + _LEAD_BODY
        + "\n"
    )
    art = extract_text(text)
    assert art.body == [_LEAD_BODY]
    assert "某地警方通报一男子冒充快递员入室盗窃：已被刑事拘留" in art.boilerplate
    _assert_offsets(text, art)


def test_short_sentences_under_the_byline_stay_the_articles() -> None:
    # lines that end their sentences are the article's text, however short
    lead = ["某市一家连锁超市昨天宣布关店。", "超市负责人称将妥善安置员工。"]
    text = "连锁超市关闭十二家门店 员工获补偿\n\n2024-03-06 09:15\n" + "\n".join(lead)
    text += "\n" + _LEAD_BODY + "\n"
    art = extract_text(text)
    assert art.body == [*lead, _LEAD_BODY]
    _assert_offsets(text, art)


def test_headline_run_into_the_last_paragraph_is_cut_off() -> None:
    # a scraped JSONL content: the first related headline glued to the article's last sentence
    text = (
        _STORM
        + "日媒：大阪有意申办2040年亚运会，广岛也在竞争之列\n"
        + "\n".join(_RELATED[4:])
        + "\n球迷吐槽当了冤大头：某队高价签下替补，转会费还要分期付\n"
    )
    art = extract_text(text)
    assert art.body == _STORM_BODY
    assert art.blocks[-1].text.endswith("未接到人员伤亡报告。")
    assert "日媒：大阪有意申办2040年亚运会，广岛也在竞争之列" in art.boilerplate
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "ending",
    [
        # an article's closing questions are not a list of headlines
        "这场暴雨给城市排水系统敲响了警钟？\n地下空间的防汛预案是否完备？\n应急响应能否再快一些？\n",
        # nor the lines of a text that has no sentence marks at all
        "NO-MARKS",
    ],
    ids=["questions", "no-marks"],
)
def test_article_endings_that_look_like_lists_are_kept(ending: str) -> None:
    head = _STORM
    if ending == "NO-MARKS":
        head = "据当地媒体报道，涉事游船公司也对此做出了回应，称乘客上船前已被告知风浪可能带来危险，所以索赔没有任何依据"
        ending = "游船公司表示翻船不是它的责任\n这是无法预见的天气，它不负责任\n船长应该提醒游客注意安全\n"
    text = head + "\n" + ending
    art = extract_text(text)
    assert art.body == head.split("\n") + ending.split("\n")[:-1]


def test_editor_source_and_share_lines_are_not_body() -> None:
    text = (
        "北京暴雨致多条道路积水\n"
        "来源：北京日报 | 2024年03月05日 19:02:11\n"
        "阅读 1.2万\n"
        "分享到：\n" + _STORM + "\n"
        "来源：北京日报\n"
        "编辑：邢某某\n"
        "责任编辑：刘某\n"
        "返回北京日报首页\n"
        "返回新闻频道\n"
        "最新推荐\n"
        "精彩图集\n"
        "扫一扫 分享到微信\n"
        "京ICP备12345678号 京公网安备 11010502000001号\n"
    )
    art = extract_text(text)
    assert art.title == "北京暴雨致多条道路积水"
    assert art.body == _STORM_BODY
    for line in ("责任编辑：刘某", "编辑：邢某某", "来源：北京日报", "阅读 1.2万"):
        assert line in art.boilerplate
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "tail",
    [
        "原标题：北京遭遇今年首场强降雨 多条道路积水",
        "责任编辑：刘某 SN123",
        "（责编：刘某）",
        "来源：北京日报",
        "编辑：辛某举报/反馈",
        "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
        "本文系观察者网独家稿件，未经授权，不得转载。",
    ],
    ids=[
        "original-title",
        "editor",
        "editor-bracketed",
        "source",
        "editor-report",
        "platform",
        "reprint",
    ],
)
def test_end_matter_run_into_the_last_sentence_is_cut_off(tail: str) -> None:
    text = _STORM + tail + "\n某车企老板参观工厂：这里的效率让我惊叹\n"
    art = extract_text(text)
    assert art.body == _STORM_BODY
    assert art.boilerplate[0] == tail
    assert "某车企老板参观工厂：这里的效率让我惊叹" in art.boilerplate
    _assert_offsets(text, art)


def test_statement_quoted_in_the_article_is_not_end_matter() -> None:
    text = "某电梯公司20日晚发布声明。声明称，公司将配合监管部门调查，并向业主公开事故前一小时的运行记录。\n"
    art = extract_text(text)
    assert art.body == [text.strip()]


# A real one-paragraph article of about 700 characters whose scraped text begins with the
# original headline run into it (原标题：…) and ends with the editor's name: it is the article, not
# a stop line (DTELS 956_N_3_0_2 was rejected as no_article).
ONE_PARAGRAPH = (
    "原标题：暴雨过后 城市排水系统再受考验近日，一场突如其来的暴雨袭击了南方某市，短短三个小时内降雨量超过一百五十毫米，"
    "市区多条主干道积水深达半米，数百辆汽车被困，部分居民小区地下车库进水。当地气象部门表示，此次降雨强度为近二十年来同期最强，"
    "且雨带移动缓慢，导致局地雨量异常集中。暴雨发生后，市防汛指挥部立即启动二级应急响应，调集消防、武警、市政等部门三千余人投入抢险，"
    "在积水严重路段设置警示标志并实施交通管制，同时出动排水车辆两百余台，连夜抽排积水。据统计，截至次日清晨，全市共转移安置群众一千二百余人，"
    "救出被困人员八十余名，未发生人员伤亡。不少市民在社交媒体上分享了自己的经历，有人在车内被困近两小时，也有人自发组织起来为被困者送去食物和饮用水。"
    "专家指出，近年来极端天气事件明显增多，城市排水系统的设计标准普遍偏低，许多老城区的管网建于上世纪，已难以应对短时强降雨。"
    "专家建议，一方面要加快老旧管网改造，提高排水设计标准，另一方面要建设更多的调蓄设施，如下沉式绿地、雨水花园和地下调蓄池，"
    "让城市像海绵一样吸纳雨水。此外，还应完善预警发布机制，让市民提前获知风险，合理安排出行。当地政府表示，将以此次暴雨为契机，"
    "全面排查城市内涝风险点，制定三年改造计划，力争在汛期到来前完成重点区域的管网改造，并将对此次受损的公共设施尽快进行修复，"
    "同时对受灾群众给予必要的救助和补偿，确保群众生产生活秩序尽快恢复正常。记者在现场看到，雨停之后，环卫工人和志愿者们正在清理路面上的淤泥和杂物，"
    "一些商户也开始打扫店面、晾晒受潮的货物。一位经营水果店的店主告诉记者，店里的损失大约有两万元，但看到大家互相帮忙，心里踏实了不少。"
)


def test_one_paragraph_article_is_not_rejected() -> None:
    assert 650 <= len(ONE_PARAGRAPH) <= 800
    text = ONE_PARAGRAPH + "责任编辑：李某 CN091"
    art = extract_text(text)
    assert art.body == [ONE_PARAGRAPH]
    assert art.boilerplate == ["责任编辑：李某 CN091"]
    _assert_offsets(text, art)


def test_jsonl_content_goes_through_the_same_cleaning(tmp_path: Path) -> None:
    from dashiji.extract import Extract
    from dashiji.read import read_inputs

    content = "原标题：北京暴雨致多条道路积水\n" + _STORM + "责任编辑：刘某\n" + "\n".join(_RELATED)
    records = [
        {"id": "storm", "text": content, "date": "2024-03-05"},
        {"id": "one", "text": ONE_PARAGRAPH + "责任编辑：李某 CN091", "date": "2024-06-01"},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    docs = [Extract().process(d) for d in read_inputs([str(path)])]
    storm, one = docs
    assert storm.article is not None and storm.article.body == _STORM_BODY
    assert one.article is not None and one.article.body == [ONE_PARAGRAPH]
    for doc in docs:
        assert doc.source_text is not None
        for block in doc.article.blocks if doc.article else []:
            for off in (block.start, block.end - 1):
                src = doc.to_source_offset(off)
                assert src is not None and doc.source_text[src] == doc.text[off]


def test_source_cited_mid_article_does_not_end_it() -> None:
    text = (
        "一季度全国规模以上工业增加值同比增长6.1%，增速比上年全年加快1.5个百分点。来源：国家统计局\n"
        "分行业看，41个大类行业中有36个行业增加值保持同比增长，装备制造业增加值同比增长7.5%，高技术制造业增长7.5%。\n"
    )
    art = extract_text(text)
    assert art.body == [
        "一季度全国规模以上工业增加值同比增长6.1%，增速比上年全年加快1.5个百分点。",
        text.split("\n")[1],
    ]
    assert art.boilerplate == ["来源：国家统计局"]
    _assert_offsets(text, art)


def test_end_matter_without_a_colon_ends_the_article() -> None:
    """Credits written with a space instead of a colon (编辑 王五, 某报记者 张三) and a source
    line (综合自…) end the article like 责任编辑：…; prose that opens with 记者/编辑 does not."""
    body = [
        "记者从市交通运输局获悉，连接新区和老城的跨江大桥主桥今天合龙，预计明年六月建成通车。",
        "编辑部还表示，大桥全长二点三公里，设计为双向六车道。建成后，新区到老城的车程将由四十分钟缩短到十五分钟。",
    ]
    for end in (
        ["城南日报记者 张三 李四", "编辑 王五"],
        ["综合自城南日报、城市交通", "值班编辑 赵六"],
    ):
        text = (
            "大桥主桥今天合龙\n"
            + "\n".join(body)
            + "\n"
            + "\n".join(end)
            + "\n地铁三号线南延段开始试运行\n"
        )
        art = extract_text(text)
        assert art.body == body
        assert all(e in art.boilerplate for e in end)
        _assert_offsets(text, art)
    # a credit line alone is no article
    with pytest.raises(NoArticle):
        extract_text("综合自城南日报、城市交通、公开资料等\n\n城南日报\n")


# ---- the end of a platform article: past-post lists, credit lines (issue 11) ---------------------
_PARK = [
    "城郊的湿地公园本周六正式对外开放，园区面积约一千二百亩，设有观鸟台、木栈道和儿童自然课堂。",
    "公园管理处介绍，开放初期实行预约入园，每天限流五千人，市民可以通过公众号提前一天预约。",
    "园区内不设停车场，建议乘坐公交或者骑行前往，周边两个地铁站出口都设有共享单车停放点。",
]
_POSTS = [
    "城郊这家农场可以摘草莓了，周末带娃去",
    "全市首条亲子骑行道开通，全程十二公里",
    "冬天去哪儿泡温泉？这五个地方离市区不远，开车一小时就到",
]
# an account's self-description after the list: a paragraph of prose, not the article
_BLURB = "城郊生活指南，关注城郊的吃喝玩乐和周末去处，每周二、周五与你见面，欢迎投稿和提供线索。"


@pytest.mark.parametrize(
    "header",
    ["往期推荐", "▼ 往期推荐 ▼", "—— 相关阅读 ——", "📌延伸阅读", "热门推荐 | RECOMMEND", "往期回顾：",
     "【推荐阅读】", "- 精彩推荐 -"],
)  # fmt: skip
def test_a_decorated_list_heading_ends_the_article(header: str) -> None:
    text = "湿地公园开放了\n" + "\n".join([*_PARK, header, *_POSTS, _BLURB]) + "\n"
    art = extract_text(text)
    assert art.body == _PARK
    assert header in art.boilerplate and _BLURB in art.boilerplate
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "credits",
    [
        ["编辑 | 小林  审核 | 周周"],
        ["文字：小周  摄影：小北  排版：阿青"],
        ["来源｜某区融媒体中心", "编辑｜吴某", "责编｜孙某", "审核｜钱某"],
        ["（文字：小周 图片：网络）"],
        ["排版：阿青"],
    ],
    ids=["editor-reviewer", "text-photo-layout", "one-per-line", "bracketed", "layout"],
)
def test_credit_lines_end_the_article_before_an_account_blurb(credits: list[str]) -> None:
    text = "\n".join([*_PARK, *credits, _BLURB, "点个“在看”，让更多人看到"]) + "\n"
    art = extract_text(text)
    assert art.body == _PARK
    for line in credits:
        assert line in art.boilerplate
    _assert_offsets(text, art)


def test_list_words_and_credits_inside_an_article_are_kept() -> None:
    paras = [
        "4月17日，区全民阅读月开幕。图书馆邀请二十位不同行业的市民各自推荐五本书，汇编成册免费发放。",
        "推荐阅读书单的二十位市民中，年龄最大的七十九岁，最小的只有十一岁，有快递员、护士，也有学生。",
        "数据来源：区图书馆年度报告",
        "一位老师说，她常在往期推荐的书目里找到好书；编辑部的同事们也各自挑了两本。",
        "来源：国家统计局",
        "编辑部收到读者来信后，图书馆决定延长开放时间，工作日晚上开到九点，周末全天开放。",
    ]
    text = "\n".join(paras) + "\n编辑：某某\n"
    art = extract_text(text)
    assert art.body == [p for p in paras if p != "来源：国家统计局"]
    assert "来源：国家统计局" in art.boilerplate
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "byline",
    ["记者 王晓城市交通", "文 | 陈雨城市生活志", "作者：陈雨", "撰文 陈雨"],
    ids=["reporter-and-account-run-together", "text-by", "author", "written-by"],
)
def test_a_byline_without_a_date_under_the_headline_is_not_body(byline: str) -> None:
    text = "跨江大桥主桥合龙，明年六月通车\n" + byline + "\n" + "\n".join(_PARK) + "\n"
    art = extract_text(text)
    assert art.title == "跨江大桥主桥合龙，明年六月通车"
    assert art.body == _PARK
    assert byline in art.boilerplate


def test_chrome_credit_lines() -> None:
    from dashiji.extract.text_chrome import load_chrome, undecorated

    chrome = load_chrome()
    assert chrome.credit("编辑 | 小林  审核 | 周周") == "stop"
    assert chrome.credit("记者 周岚 实习生 林可") == "stop"  # two credits: after an article
    assert chrome.credit("来源：某某日报") == "meta"
    assert chrome.credit("记者 王晓城市交通") == "meta"
    assert chrome.credit("原创 文 | 陈雨") == "meta"
    for line in (
        "设计 理念",  # a heading that opens with a role word and a space
        "视频 回放",
        "记者：您怎么看这个问题？",
        "编辑部收到读者来信",
        "文化部门今天发布通知",
        "图为现场",
    ):
        assert chrome.credit(line) is None, line
    assert undecorated("▼ 往期推荐 ▼") == "往期推荐"
    assert undecorated("热门推荐 | RECOMMEND") == "热门推荐"
    assert undecorated("READ MORE 延伸阅读") == "延伸阅读"


def test_chrome_data_without_its_credit_section_is_a_config_error() -> None:
    from importlib import resources

    from dashiji.errors import ConfigError
    from dashiji.extract.text_chrome import Chrome

    data = json.loads(resources.files("dashiji").joinpath("data/chrome_zh.json").read_text("utf-8"))
    del data["credit"]
    with pytest.raises(ConfigError, match="credit"):
        Chrome(data)
    data = json.loads(resources.files("dashiji").joinpath("data/chrome_zh.json").read_text("utf-8"))
    del data["stop"]["headers"]
    with pytest.raises(ConfigError, match="stop.headers"):
        Chrome(data)


def test_a_glued_tail_starts_after_the_first_sentence_end_whose_tail_matches() -> None:
    from dashiji.extract.text_chrome import load_chrome

    chrome = load_chrome()
    assert chrome.glued_tail("某某依法处理。原标题：某某案宣判") == 7
    assert chrome.glued_tail("他说：“好。”来源：九派新闻") == 7
    assert chrome.glued_tail("某某依法处理。原标题") is None
    assert chrome.glued_tail("。") is None
    assert chrome.glued_tail("") is None


@pytest.mark.parametrize("lead", ["刚刚，", "刚刚从市公安局获悉，", "2小时前，"])
def test_a_lead_opening_with_a_relative_time_is_prose_not_a_stamp(lead: str) -> None:
    # 刚刚 / 3小时前 alone (or before 来自…) stamp a post; opening a clause they are the lead's
    # adverb of time, and the lead sentence is the news
    text = (
        "本报记者 周明远 温州报道\n"
        f"{lead}记者了解到，瓯江大桥引桥施工段发生局部坍塌，两名工人受伤送医。\n"
        "据现场施工方介绍，事发时工人正在拆除临时支架，坍塌范围约二十米。\n"
        "市住建部门已责令该工地全面停工整改，事故原因仍在调查中。\n"
    )
    art = extract_text(text)
    assert art.body[0].startswith(lead), art.body
    # control: a bare stamp line under the byline stays out of the article
    art = extract_text(text.replace("温州报道\n", "温州报道\n刚刚 来自 iPhone客户端\n"))
    assert art.body[0].startswith(lead) and "刚刚 来自 iPhone客户端" not in art.body


def test_a_reprint_notice_run_into_a_last_sentence_of_news_drops_only_the_notice() -> None:
    # …预计听证为期两天。未经授权，不得转载。: the notice is end matter, the sentence before it
    # on the same line is news and stays the article's last sentence
    text = (
        "湖州市中级人民法院昨日对一起跨省非法集资案作出一审判决，五名被告人分别被判处三至九年有期徒刑。\n"
        "法院查明，被告人以高额回报为诱饵，向两千余名投资者吸收资金四亿余元。\n"
        "省高级人民法院将于下月审理其中两名被告人的上诉，预计听证为期两天。未经授权，不得转载。\n"
    )
    art = extract_text(text)
    assert art.body[-1] == "省高级人民法院将于下月审理其中两名被告人的上诉，预计听证为期两天。", art.body
    # control: a notice whose first sentence is a notice too is a stop line, whole
    news = "省高级人民法院将于下月审理其中两名被告人的上诉，预计听证为期两天。"
    art = extract_text(text.replace(news, "本文为湖州日报原创稿件。"))
    assert art.body[-1].startswith("法院查明"), art.body


# ---- a comment header that captions a screenshot; a byline run into the first sentence --------

_FERRY = [
    "近日，有市民在社交平台发帖称，东江渡口的轮渡连续三天停航，却没有任何公告，引发不少人关注。",
    "随后，有网友晒出渡口售票处的照片，窗口已经拉下卷帘门，门口只贴着一张手写的“暂停营业”。",
]
_FERRY_AFTER = [
    "轮渡公司回应停航原因",
    "5日下午，东江轮渡公司工作人员表示，停航是因为两艘渡船同时进厂检修，原定两天完工，后来延期。",
    "该工作人员称，公司已在官网补发公告，并向受影响的乘客道歉，渡船最快将于本周末恢复运营。",
    "记者了解到，东江渡口每天往返约四十班，主要服务对岸两个村的居民和在城区上班的通勤人员。",
]


@pytest.mark.parametrize("header", ["网友评论", "热门评论"])
def test_a_comment_header_captioning_a_screenshot_does_not_end_the_article(header: str) -> None:
    text = "\n".join([*_FERRY, header, *_FERRY_AFTER]) + "\n"
    art = extract_text(text)
    assert art.body[-1] == _FERRY_AFTER[-1]
    assert _FERRY[0] in art.body and _FERRY_AFTER[1] in art.body
    assert header in art.boilerplate
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "thread",
    [
        ["5日下午，东江轮渡公司工作人员表示，停航是因为两艘渡船同时进厂检修，原定两天完工，后来延期。",
         "2025-03-05 18:42", "回复 12",
         "该工作人员称，公司已在官网补发公告，并向受影响的乘客道歉，渡船最快将于本周末恢复运营。",
         "3小时前", "赞 5",
         "记者了解到，东江渡口每天往返约四十班，主要服务对岸两个村的居民和在城区上班的通勤人员。"],
        ["停航三天都不发公告，轮渡公司这样做太不负责任了，对岸村里的老人看病只能绕远路进城。",
         "我每天坐这趟轮渡上班，这三天只能打车，一天多花了六十多块钱，谁来给我们报销这笔钱？",
         "支持市民维权，公共交通停运必须提前公示，相关部门应该好好查一查轮渡公司的管理问题。"],
    ],
    ids=["furniture", "reader-voice"],
)  # fmt: skip
def test_a_comment_header_over_comments_still_ends_the_article(thread: list[str]) -> None:
    text = "\n".join([*_FERRY, "网友评论", *thread]) + "\n"
    art = extract_text(text)
    assert art.body == _FERRY
    _assert_offsets(text, art)


def test_a_byline_run_into_the_first_sentence_loses_only_the_byline() -> None:
    first = "不过，今日有记者联系到涉事车主王先生，王先生称目前仍未收到厂家任何形式的答复。"
    text = "\n".join(["作者：陈立新" + first, *_PARK]) + "\n"
    art = extract_text(text)
    assert art.body == [first, *_PARK]
    assert "作者：陈立新" in art.boilerplate
    _assert_offsets(text, art)


# ---- a text that is one headline (a JSONL record or a feed item of its title only) ---------------
@pytest.mark.parametrize(
    "text",
    [
        "青木发布Z8 Max，售价3999元",
        "独家｜城南区三家商场下架全部过期月饼",
        "晚报｜城南区三家商场下架过期月饼 涉事批次已封存",
    ],
)
def test_a_lone_headline_is_the_article(text: str) -> None:
    art = extract_text(text)
    assert art.body == [text]
    _assert_offsets(text, art)


@pytest.mark.parametrize(
    "text",
    ["首页 > 新闻中心 > 国内新闻", "分享到微信朋友圈", "责任编辑：王晓明", "相关阅读"],
)
def test_a_lone_menu_or_credit_line_is_still_no_article(text: str) -> None:
    with pytest.raises(NoArticle):
        extract_text(text)


def test_line_counts_as_counting_every_match() -> None:
    """flat_text._count's fast ways (Han characters as what is left without the runs of other
    characters, punctuation by str.count) give subn's count: each pattern matches exactly the
    characters the fast way counts, over the whole Unicode range, and lines mixing them."""
    import random

    from dashiji.extract import flat_text as ft

    for cp in range(0x110000):
        c = chr(cp)
        assert bool(ft._HAN.fullmatch(c)) != bool(ft._NOT_HAN.fullmatch(c)), hex(cp)
        assert bool(ft._MID_PUNCT.fullmatch(c)) == (c in ft._MID_CHARS), hex(cp)
        assert bool(ft._END_PUNCT.fullmatch(c)) == (c in ft._END_CHARS), hex(cp)
    rng = random.Random(5)
    alphabet = (
        "中文汉字㐀豈\uf900\ufaff\u9fff\u4e00\u3400\u4dbf，,、；;：:。！？!?… a1\u3000\U00020000"
    )
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        for pattern in (ft._HAN, ft._MID_PUNCT, ft._END_PUNCT, ft._LATIN_WORD):
            assert ft._count(pattern, s) == pattern.subn("", s)[1], (pattern.pattern, s)


# ---- a page of other stories' headlines or teasers: no article ------------------------------------
_FEED_PAGE = (
    "某市一季度外贸数据公布，出口为何逆势增长？某国宣布新一轮减税计划：中小企业受益\n\n"
    "小区电梯故障频发 业主自发组织维权\n\n"
    "某省高考报名人数创新高 考生：竞争压力不小\n\n"
    "某镇“古树认养”调查：一棵老樟树背后的守护故事\n\n"
    "某品牌奶茶宣布全线涨价，网友直呼喝不起了！\n\n"
    "某机场行李传送带故障，航空公司致歉\n"
)
_TEASER_LINES = [
    "某县：“稻田画”引来八方游客                近日，某县田间的彩色稻田画进入最佳观赏期，不少游客驻足拍照。",
    "走进古镇老街 感受非遗魅力                近日，某镇老街游客络绎不绝，不少游客体验了剪纸、竹编等传统技艺。",
    "某工业园区：机器人企业满负荷运转      这几天，园区里一家做焊接机器人的公司两班倒开工，只为按期交货。",
    "荒坡上种出果园 山村迎来好收成      今年秋天，某村的山坡果园第一次挂果，村民们在枝头摘下了成筐的苹果。",
]


@pytest.mark.parametrize(
    "text",
    [
        _FEED_PAGE,
        _FEED_PAGE.replace("\n\n", "\n"),
        "\n".join(_TEASER_LINES) + "\n",
        "\n\n".join(_TEASER_LINES[:3]) + "\n",
    ],
    ids=["headlines", "headlines-no-blanks", "teasers", "three-teasers"],
)
def test_a_page_of_other_stories_headlines_is_no_article(text: str) -> None:
    # a news feed or a sidebar scraped as the "article": each line another story's headline (or
    # its headline, blanks and its first sentences); none of them is the article
    with pytest.raises(NoArticle):
        extract_text(text)


_SECTIONS = [
    "科技赋能 让农业生产更加智慧    走进某村的智能温室，温控系统自动调节温度和湿度，工人正在采摘番茄。",
    "人才引领 让乡村发展更有活力    今年以来，该县引进农业技术人才一百二十名，在各乡镇设立专家工作站。",
    "文化铸魂 让文明乡风吹进万家    各村修建文化广场，组织开展戏曲进乡村、农民运动会等活动。",
]


@pytest.mark.parametrize("title", ["某县暴雨致山体滑坡 救援人员连夜搜救", None])
def test_a_record_whose_text_is_a_feed_keeps_its_declared_title(
    tmp_path: Path, title: str | None
) -> None:
    """A JSONL record whose text is its page's feed of other stories (the scrape missed the
    article) is stored with the title it declares as its whole article — dated, in its story,
    its events read from that title only; with no title of its own it is no article."""
    from dashiji.pipeline import ingest
    from dashiji.store import Store

    record: dict[str, str] = {"id": "r1", "text": _FEED_PAGE, "date": "2024-07-02"}
    if title is not None:
        record["title"] = title
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    with Store.open(tmp_path / "s.db") as store:
        report = ingest([str(src)], store)
        doc = store.get("r1")
    assert doc is not None
    if title is None:
        assert dict(report.failed) == {"no_article": 1} and doc.article is None
        return
    assert report.stored == 1 and not report.failed
    assert doc.text == title and doc.article is not None and doc.article.title == title
    assert [b.kind for b in doc.article.blocks] == ["title"]
    assert doc.article.published == "2024-07-02"
    assert "外贸" not in doc.text  # nothing of the feed


@pytest.mark.parametrize(
    "page",
    [
        # an article's sections with their subheadings run in: a teaser's shape, the article's text
        "某县推进乡村振兴见实效\n\n近年来，某县坚持农业农村优先发展，推动乡村产业、人才、文化全面"
        "振兴，农民收入持续增长。\n" + "\n".join(_SECTIONS) + "\n",
        # a digest of wire briefs, each opening with a dateline
        "新华社北京5月1日电 （记者 王某）今年入汛以来，某省已出现六轮强降雨，多条河流水位上涨。\n"
        "新华社北京5月2日电 （记者 李某）省水利厅要求各地加强水库巡查，小型水库要有专人值守。\n"
        "新华社北京5月3日电 （记者 赵某）截至目前，全省已转移群众三千余人，安置点物资供应充足。\n",
    ],
    ids=["run-in-subheadings", "wire-briefs"],
)
def test_paragraphs_shaped_like_teasers_stay_the_article(page: str) -> None:
    art = extract_text(page)
    assert art.body[-1] == page.rstrip("\n").split("\n")[-1]
    assert len(art.body) == len([x for x in page.split("\n") if x]) - (art.title is not None)
    _assert_offsets(page, art)


_FLOOD = "今年入汛以来，某省已出现六轮强降雨过程，多条河流水位持续上涨，省防指启动防汛四级应急响应。"
_FLOOD2 = "省水利厅要求各地加强水库巡查，小型水库要有专人值守，发现险情第一时间上报。"


@pytest.mark.parametrize(
    "page",
    [
        # subheadings between paragraphs
        "某省启动防汛应急响应\n\n" + _FLOOD + "\n各地水库加强巡查值守\n" + _FLOOD2 + "\n转移群众安置工作有序推进\n"
        + "截至目前，全省已转移群众三千余人，安置点物资供应充足。\n",
        # an item list (一、二、三、) in the body
        "某市出台稳就业新政\n\n该市昨天发布稳就业措施，主要内容如下：\n一、对吸纳应届毕业生的企业给予社保补贴\n"
        "二、扩大公益性岗位规模并提高岗位补贴标准\n三、为失业人员提供免费职业技能培训课程\n"
        "市人社局表示，新政将于下月起实施。\n",
        # a poem quoted in the body
        "某校举行诗歌朗诵会\n\n昨天下午，某校举行诗歌朗诵会，学生们朗诵了一首古诗：\n床前明月光，\n疑是地上霜。\n"
        "举头望明月，\n低头思故乡。\n朗诵会持续了两个小时，现场气氛热烈。\n",
        # slogans quoted in the body
        "某社区开展安全宣传活动\n\n昨天上午，某社区在文化广场开展安全生产宣传活动，社区工作人员向居民发放"
        "宣传手册，讲解消防知识，活动现场悬挂着多条宣传标语：\n安全生产人人有责从我做起\n"
        "生命至上安全第一预防为主\n隐患险于明火防范胜于救灾\n"
        "社区负责人表示，此类活动每月举办一次，今年以来已有三千多名居民参加。\n",
        # a short report of three short paragraphs
        "某地发生4.2级地震\n\n地震部门的消息说，今天上午某县发生4.2级地震。\n"
        "震源深度10千米，震中附近居民震感明显。\n目前暂无人员伤亡报告。\n",
        # a live blog of timestamped short lines
        "某市马拉松赛事直播\n\n某市马拉松今天上午在市民广场开跑，共有两万名选手参赛，以下为赛事实况。\n"
        "08:00 比赛正式鸣枪开跑，两万名选手出发\n08:45 领先集团通过十公里补给站\n"
        "09:30 男子组冠军冲过终点线，打破赛会纪录\n09:52 女子组冠军冲过终点线\n",
        # a Q&A
        "专家解读防汛形势\n\n问：今年防汛形势如何？\n答：今年降雨偏多，局地可能出现洪涝灾害。\n"
        "问：群众应注意什么？\n答：要及时关注预警信息，远离河道和低洼地带。\n",
        # a page title, its headline and its source line (three headline-like lines)
        "警方通报某商场男子持刀伤人：已被刑事拘留 - 某某网\n警方通报某商场男子持刀伤人：已被刑事拘留\n来源：某市公安局 2024-03-06 07:47\n",
        # a post of exclamations, each line a sentence of its own
        "结婚十周年啦\n\n今天是我们结婚十周年的纪念日！\n感谢一路走来你的陪伴和包容！\n"
        "未来的日子我们继续携手同行！\n爱你到永远我的老婆大人！\n",
        # a paragraph opening with a dateline, then paragraphs with a name of Latin words
        "新华社北京5月1日电 （记者 王某）" + _FLOOD + "\n" + _FLOOD2 + "\n"
        + "某国总统 Joe Smith表示，将向受灾地区提供援助。\n",
    ],
    ids=["subheadings", "item-list", "poem", "slogans", "three-paragraphs", "live-blog", "qa",
         "title-source", "exclamations", "dateline"],  # fmt: skip
)
def test_articles_with_headline_like_lines_stay_articles(page: str) -> None:
    art = extract_text(page)
    lines = [x for x in page.split("\n") if x]
    assert lines[1] in art.body or lines[1].endswith(art.body[0])  # (a dateline is cut off)
    if not lines[-1][:2].isdigit() and "来源" not in lines[-1]:
        # (a live blog's clock-stamped entries are a ticker's, left out before this rule; a source
        # line is the byline's)
        assert art.body[-1] == lines[-1]
    _assert_offsets(page, art)


@pytest.mark.parametrize(
    "page",
    [
        # a news flash typed without marks: blanks and colons stand for commas
        "快讯：某县发生地震 震级五点二级\n记者从县应急管理局获悉：目前暂无人员伤亡\n"
        "救援队伍已经连夜赶赴震中 开展排查工作\n县里已经启动地震应急三级响应\n",
        # a weather report
        "本周末全市天气晴好 最高气温将达到三十度\n周六全天晴到多云 西北风三到四级\n"
        "周日白天多云转阴 夜间可能有小雨\n下周一起气温明显下降 市民注意添衣保暖\n",
        # a meeting's points
        "某市召开安全生产工作会议\n会议要求：各部门要切实压紧压实安全责任\n"
        "会议强调：要深入开展隐患排查整治行动\n会议指出：今年以来全市安全形势总体平稳\n"
        "会议部署：下一阶段重点做好汛期安全工作\n",
        # statements
        "张部长：“我们将继续扩大对外开放的力度”\n李教授：“这项政策对中小企业是重大利好”\n"
        "王经理：“我们的订单已经排到明年三月份”\n赵市民：“希望今年的物价能保持总体稳定”\n",
        # results, a score's colon no headline mark (one line with a ！ makes the page punctuated)
        "联赛第十轮比赛结果揭晓\n红星队2：1蓝天队主场险胜拿下三分\n飞龙队0：0猛虎队互交白卷握手言和\n"
        "雄鹰队3：2海港队补时阶段绝杀对手！\n东方队1：4北方队客场大胜积分登顶\n",
    ],
    ids=["flash", "weather", "meeting", "statements", "results"],
)
def test_a_text_typed_without_marks_is_no_headline_page(page: str) -> None:
    # no comma, ？ or ！ on the page (or, for the results, no headline mark but one ！): its blanks
    # and colons cut clauses, as headlines' do; it is the article
    art = extract_text(page)
    assert art.body[-1] == page.rstrip("\n").split("\n")[-1]
    _assert_offsets(page, art)


_REDATED_BODY = (
    "据警方通报，昨天，张某在展馆内爬上展车高声叫喊，已被依法拘留。张某随后在网上发文致歉，"
    "承认自己一时冲动，给主办方和观众添了麻烦。\n"
    "警方表示，将依法处理此类扰乱公共秩序的行为，提醒消费者通过合法途径维护自身权益。"
)


def _extracted_date(tmp_path: Path, text: str, declared: str | None) -> tuple[str | None, ...]:
    """The reference date and its origin of one JSONL record through Extract."""
    from dashiji.extract import Extract
    from dashiji.read import read_inputs

    record = {"id": "r", "text": text} | ({"date": declared} if declared else {})
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (doc,) = [Extract().process(d) for d in read_inputs([str(path)])]
    return doc.reference_date, doc.article.published_from if doc.article else None


@pytest.mark.parametrize(
    "head",
    [
        "某车主在车展维权后公开道歉\n2019-04-20 10:54 来源：某财经\n",
        "某车主在车展维权后公开道歉\n来源：某网 | 2019年04月20日 10:54:11\n",
    ],
)
def test_a_byline_years_from_the_declared_date_dates_the_article(tmp_path, head) -> None:
    # a feed re-dated an old story: the day printed under the title is the article's
    got = _extracted_date(tmp_path, head + _REDATED_BODY, "2024-04-30")
    assert got == ("2019-04-20", "text:byline"), got


@pytest.mark.parametrize(
    ("text", "declared", "want"),
    [  # (controls: the declared date stays)
        ("某车主在车展维权后公开道歉\n2024-04-29 10:54 来源：某财经\n", "2024-04-30", "2024-04-30"),
        ("某车主在车展维权后公开道歉\n2024-04-30 10:54 来源：某财经\n", "2024-04-30", "2024-04-30"),
        ("某车主在车展维权后公开道歉\n2024-04-27 10:54 来源：某财经\n", "2024-04-30", "2024-04-30"),
        # (a byline day after the declared one: an update's or a re-post's, not the text's)
        ("某车主在车展维权后公开道歉\n更新时间：2024-05-20 10:54\n", "2024-04-30", "2024-04-30"),
        ("某车主在车展维权后公开道歉\n2024-05-20 10:54 转载自某网\n", "2019-04-20", "2019-04-20"),
        ("某车主在车展维权后公开道歉\n", "2024-04-30", "2024-04-30"),  # no byline
        ("", "2024-04-30", "2024-04-30"),  # the body alone
        ("某车主在车展维权后公开道歉\n2019-04-20 10:54 来源：某财经\n", None, "2019-04-20"),
    ],
)
def test_a_byline_near_the_declared_date_leaves_it(tmp_path, text, declared, want) -> None:
    body = _REDATED_BODY + "\n2019年4月18日，李某也曾在另一车展上维权。"  # (a day of the body)
    got = _extracted_date(tmp_path, text + body, declared)
    assert got[0] == want, got


# ---- a feed of other stories' teasers after the article (TEASER_FEED_MIN) ----------------------
_HARBOUR = (
    "港口新航线今日开通\n"
    "本报讯 今天上午，连接两座海港城市的新集装箱航线正式开通，首艘货轮满载家电和纺织品起航。"
    "港务部门介绍，新航线每周往返两班，单程运输时间比原来缩短一天半。"
    "当地外贸企业负责人说，运费下降后，公司计划把一半出口订单转到这条航线上。\n"
)
_FEED = (
    "某电池企业回应海外审查：坚持扩产计划，不会改变投资节奏。该企业副总裁在发布会上说，"
    "海外工厂的建设进度不受影响。\n"
    "两大交易所遭遇“闪崩”，多只芯片股盘中跌停。分析人士认为，市场情绪短期内难以恢复。\n"
    "某手机品牌新系统来了！支持跨设备拖拽文件。新系统将在下月推送给三款旧机型。\n"
    "智能音箱\n\n家居设备\n"
    "某云盘服务商调整收费标准：免费空间缩小一半，会员价格不变。用户可在一个月内导出文件。\n"
    "云存储\n\n收费\n"
)


_FEED_OWN_LINES = (
    "某地图应用上线骑行导航：实时提示坡度和路况。\n\n"
    "该应用新版本为骑行用户规划避开陡坡的路线，并在路口前语音提醒。\n"
    "出行\n\n地图\n"
    "某翻译耳机发布新款：支持二十种语言同声传译。\n\n"
    "新款耳机续航十二小时，售价比上一代低三百元。\n"
    "翻译\n\n耳机\n"
    "某外卖平台试点无人机配送：首批覆盖三个园区。\n\n"
    "无人机从站点起飞，十五分钟内把餐食送到指定取餐柜。\n"
    "配送\n\n无人机\n"
)


@pytest.mark.parametrize("feed", [_FEED, _FEED_OWN_LINES], ids=["run-on", "own-lines"])
def test_a_feed_of_teasers_after_the_article_is_cut(feed: str) -> None:
    # teasers of other stories (a headline sentence, then a summary) with topic tag lines
    art = extract_text(_HARBOUR + feed)
    assert art.blocks[-1].text.endswith("转到这条航线上。")
    assert not any(w in b.text for b in art.blocks for w in ("电池企业", "云盘", "耳机", "配送"))
    _assert_offsets(_HARBOUR + feed, art)


@pytest.mark.parametrize(
    "ending",
    [
        # the article's own last paragraphs quoting people: a colon after a speaker
        "港务集团总经理表示：航线开通后，港口吞吐量有望提高两成。\n"
        "一位货运代理公司的经理说：订舱比以前容易多了，价格也更透明。\n"
        "参与首航仪式的海关工作人员介绍：通关手续已经提前在网上办理完毕！货轮当天就能离港。\n",
        # a timeline of the case in the article: dated entries with a colon after a comma
        "2019年3月5日，某公司被起诉：原告要求赔偿损失。\n"
        "2020年6月8日，法院一审宣判：驳回原告诉讼请求。\n"
        "2021年1月12日，二审开庭审理：双方当庭未达成和解。\n",
    ],
    ids=["speakers", "timeline"],
)
def test_article_endings_with_colons_are_no_teaser_feed(ending: str) -> None:
    # alone, and before a feed with tags: the article's last paragraphs are not taken into it
    for feed in ("", _FEED):
        art = extract_text(_HARBOUR + ending + feed)
        assert art.blocks[-1].text == ending.splitlines()[-1], feed


def test_a_text_of_short_paragraphs_is_no_teaser_feed() -> None:
    # a live blog and a question-and-answer text: short lines, colons after a clock or a speaker
    live = (
        "今天上午，马拉松比赛在滨江大道鸣枪开跑，三万名跑者参赛。\n"
        "08:10 领跑集团通过十公里补给站，配速稳定。\n"
        "09:05 女子组出现三人领跑局面！\n"
        "10:20 男子组冠军冲线，成绩两小时十一分。\n"
        "问：今年的赛道有什么变化？\n"
        "答：终点从广场移到了体育中心，沿途补给站增加到十二个。\n"
        "问：明年还会扩大规模吗？\n"
        "答：组委会正在评估，会先听取跑者和市民的意见。\n"
    )
    art = extract_text(live)
    assert art.blocks[-1].text == live.splitlines()[-1]


@pytest.mark.parametrize(
    "ending",
    [
        # the article's own list of products, each with a head and an exclamation
        "新款手机发布：搭载自研芯片，续航提升三成！售价3999元起。\n"
        "智能手表发布：支持血压监测，首次加入卫星通信！售价1999元。\n"
        "平板电脑发布：屏幕更大，重量更轻！售价2999元起。\n",
        # a results round-up under subheadings, a byline after it
        "男子组\n男子100米决赛：张三夺冠！成绩为10秒05。\n"
        "男子跳远决赛：王五夺冠！成绩为8米20。\n"
        "女子组\n女子100米决赛：李四夺冠！成绩为11秒12。\n"
        "女子跳高决赛：赵六夺冠！成绩为1米95。\n编辑 钱七\n",
        # numbered points, notices, experts' views, an interview's answers
        "（一）加强源头监管：对农产品产地实行全面检测。\n"
        "（二）强化流通环节管理：建立进货查验制度。\n"
        "（三）严厉打击违法行为：对违法企业依法从重处罚。\n",
        "关于独立董事任期届满离任的公告：独立董事张某届满离任。\n"
        "关于回购公司股份进展的公告：公司已累计回购股份100万股。\n"
        "关于签订重大合同的公告：公司与某集团签订5亿元采购合同。\n",
        "某大学经济学院专家观点：应当加大对中小企业的扶持力度。\n"
        "某研究院首席专家观点：房地产市场将逐步企稳。\n"
        "某证券公司分析师观点：消费将成为主要动力。\n",
        "本报记者：老师们会不会被取代？\n"
        "李明（某大学教育学院院长）：不会，教师的作用是机器无法替代的。\n"
        "本报记者：您对家长有什么建议？\n"
        "李明（某大学教育学院院长）：家长要引导孩子正确使用工具。\n"
        "本报记者：学校应该怎么做？\n"
        "李明（某大学教育学院院长）：学校要更新课程，培训教师。\n",
    ],
    ids=["products", "round-up", "numbered", "notices", "views", "interview"],
)
def test_an_article_s_own_headed_paragraphs_are_no_teaser_feed(ending: str) -> None:
    # they carry no topic tags after them: a one-line subheading or a byline is no tag run
    art = extract_text(_HARBOUR + ending)
    kept = [ln for ln in ending.splitlines() if "：" in ln]
    assert [b.text for b in art.blocks if "：" in b.text] == kept
    assert art.blocks[-1].text == kept[-1]


def test_a_digest_of_teasers_with_tags_is_kept_whole() -> None:
    # no article paragraph before the feed: its first teaser is not kept as the article
    digest = (
        "新闻早知道\n"
        "某公司回应产品质量调查：将继续配合监管部门工作。公司表示已成立专项小组。\n"
        "某市地铁新线开通：全长30公里，设站20座。市民出行更加方便。\n"
        "某地暴雨引发洪涝：已转移群众一万余人。搜救队伍仍在现场。\n天气\n救援\n"
        "某新款电动车来了！续航达到700公里。\n汽车\n新能源\n"
    )
    art = extract_text(digest)
    assert art.blocks[-1].text == "某新款电动车来了！续航达到700公里。"
    assert sum("：" in b.text for b in art.blocks) == 3
