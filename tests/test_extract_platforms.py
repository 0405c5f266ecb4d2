"""Issue 11: short articles amid heavy chrome, and the platforms whose body is hidden or injected.

The platform knowledge file (``data/platforms.json``), the mechanisms (the article under its
headline, repeated cards, a body hidden by CSS, article JSON in a script) on small inline pages,
and the hand-written pages of ``bench/pages/issue11`` against their floors.
"""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import load_bench

from dashiji.errors import ConfigError, NoArticle
from dashiji.extract.flat_text import extract_text
from dashiji.extract.html_article import extract_html, parse_html
from dashiji.extract.platforms import SCHEMA, load_platforms, parse_platforms
from dashiji.extract.script_article import page_scripts, script_article

REPO = Path(__file__).resolve().parents[1]


def _data() -> dict[str, Any]:
    raw = resources.files("dashiji").joinpath("data/platforms.json").read_text("utf-8")
    return json.loads(raw)


# ---- the data file ------------------------------------------------------------------------------
def test_platform_data_loads_and_names_the_five_platforms() -> None:
    known = load_platforms()
    assert [p.name for p in known.platforms] == ["wechat", "toutiao", "baijiahao", "weibo", "zhihu"]
    assert _data()["schema"] == SCHEMA
    assert {"content", "longTextContent", "articleBody"} <= known.script_body_keys
    for p in known.platforms:
        assert p.body and p.hosts and (p.markers or p.script_markers)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("schema",), "dashiji.platforms/0", "schema"),
        (("platforms", 0, "body"), ["div[["], "bad selector"),
        (("platforms", 0, "dates"), ["var ct = (\\d+)"], "names none"),
        (("platforms", 1, "script_authors"), ["(?P<author>x"], "bad pattern"),
        (("text_notices",), ["(unclosed"], "bad pattern"),
    ],
)
def test_bad_platform_data_is_a_config_error(
    path: tuple[Any, ...], value: Any, message: str
) -> None:
    data = copy.deepcopy(_data())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ConfigError, match=message):
        parse_platforms(data)


def test_missing_platform_key_is_a_config_error() -> None:
    data = copy.deepcopy(_data())
    del data["platforms"][2]["utc_offset_hours"]
    with pytest.raises(ConfigError, match="utc_offset_hours"):
        parse_platforms(data)


def test_platform_detection_and_dates() -> None:
    known = load_platforms()
    root = parse_html("<html><body><p>正文</p></body></html>")
    assert known.detect(root, "https://mp.weixin.qq.com/s/abc", "").name == "wechat"  # type: ignore[union-attr]
    assert known.detect(root, "https://www.zhihu.com/question/1", "").name == "zhihu"  # type: ignore[union-attr]
    assert known.detect(root, "https://example.cn/a.html", "var x = 1;") is None
    weibo = known.detect(root, None, 'var $render_data = [{"status": {}}][0] || {};')
    assert weibo is not None and weibo.name == "weibo"
    assert weibo.date('"created_at": "Wed Nov 22 18:05:12 +0800 2023"') == "2023-11-22"
    wechat = next(p for p in known.platforms if p.name == "wechat")
    # 1700000000 is 2023-11-14 22:13 UTC: the next day in Beijing
    assert wechat.date('var ct = "1700000000";') == "2023-11-15"
    assert wechat.date('var ct = "0";') is None


def test_an_attribute_a_marker_tests_is_looked_for_in_the_source_whatever_its_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """[data-testid='article'] is searched in the tree only when the source holds -testid in any
    case (lxml gives attribute names in lower case): a page saying "article" without it is
    rejected without the search, one writing the name in capitals is still detected."""
    from dashiji.extract import platforms

    known = load_platforms()
    calls: list[str] = []
    real_first = platforms._first

    def counted(sel: Any, root: Any) -> Any:
        calls.append(sel.css)
        return real_first(sel, root)

    monkeypatch.setattr(platforms, "_first", counted)
    plain = "<html><body><article><p>正文 article</p></article></body></html>"
    assert known.detect(parse_html(plain), None, "", plain) is None
    assert "[data-testid='article']" not in calls
    for attr in ("data-testid", "DATA-TestId"):
        page = f"<html><body><div {attr}='article'><p>正文</p></div></body></html>"
        found = known.detect(parse_html(page), None, "", page)
        assert found is not None and found.name == "baijiahao"
    assert platforms._attribute_gates("[data-testid='article']")[0].pattern == r"\-testid"
    assert platforms._attribute_gates("[class*='x_']") == ()  # letters only: no gate


# ---- mechanisms on inline pages -----------------------------------------------------------------
SHORT = "香港交易所今日公布，10月份证券市场平均每日成交金额为954亿元，按月减少约6%，按年则下跌21%。"
FLASHES = [
    "腾讯控股升2.1%，报325.4元，成交额逾30亿元。",
    "美团公布季度业绩前夕，股价回升1.8%，科技股普遍走强。",
    "港汇偏软，一个月银行同业拆息报5.12厘，较上日回落。",
    "金管局表示总结余维持约450亿元，市场资金充裕。",
    "恒指高开186点，报17796点，科指升1.4%，内银股上扬。",
    "比亚迪公布上月新能源车销量按年增长38%，股价走高。",
    "日经225指数早段升0.6%，韩国综合指数升0.3%。",
]


def _short_page(side: str) -> str:
    return (
        "<html><head><title>港交所10月日均成交954亿元_财经新闻_某财经网</title></head><body>"
        '<div id="wrap"><div id="main"><h1>港交所10月日均成交954亿元</h1>'
        '<div class="info">2023/11/02 10:38 某财经网</div>'
        f'<div class="content"><p>{SHORT}</p></div>'
        '<div class="tags">相关股票：<a>港交所</a> <a>汇丰控股</a></div></div>'
        f'<div id="side">{side}</div></div></body></html>'
    )


def test_short_article_beats_a_sidebar_of_news_flashes() -> None:
    side = '<div class="box"><div class="hd">即时快讯</div>' + "".join(
        f'<div class="item"><span class="t">10:{i:02d}</span><p>{f}</p></div>'
        for i, f in enumerate(FLASHES)
    )
    art = extract_html(_short_page(side + "</div>"))
    assert art.body == [SHORT]


def test_repeated_cards_opening_with_a_link_are_not_the_article() -> None:
    cards = "".join(
        f'<div class="card"><h4><a href="/a{i}">第{i}条推荐新闻标题</a></h4><p>{f}</p></div>'
        for i, f in enumerate(FLASHES)
    )
    html = _short_page("").replace(
        '<div class="tags">', f'<div class="feed">{cards}</div><div class="tags">'
    )
    assert extract_html(html).body == [SHORT]


def test_a_body_hidden_by_css_is_read_when_the_page_shows_no_article() -> None:
    paras = [
        "入冬以来，多地迎来降温降雪天气，气象部门提醒公众注意防寒保暖，出行注意交通安全。",
        "专家表示，老人和儿童应减少外出，室内取暖要注意通风，防止一氧化碳中毒。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        "<html><head><title>多地迎来降温降雪</title></head><body><h1>多地迎来降温降雪</h1>"
        f'<div class="rich" style="display: none">{body}</div>'
        "<div>首页 | 关于我们</div></body></html>"
    )
    assert extract_html(html).body == paras


def test_article_json_in_a_script_replaces_an_empty_page() -> None:
    paras = [
        "近日，一名外卖骑手冒雨把退烧药送到独居老人家中，这段视频在网上引发关注。",
        "平台表示将为他颁发暖心骑手奖励。",
    ]
    content = json.dumps("".join(f"<p>{p}</p>" for p in paras), ensure_ascii=False)
    content = content.replace("<", "\\u003C").replace(">", "\\u003E")
    script = (
        '{"abtest":undefined,"data":{"title":"冒雨送药","content":'
        + content
        + ',"abstract":"一名外卖骑手冒雨送药","logPb":undefined}}'
    )
    html = (
        "<html><head><title>冒雨送药</title></head><body><div id='root'></div>"
        f"<script>window.__DATA__={script}</script></body></html>"
    )
    assert extract_html(html).body == paras
    root = parse_html(html)
    known = load_platforms()
    found = script_article(page_scripts(root), known.script_body_keys, known.script_min_chars)
    assert found is not None and found.key == "content"


def test_a_preview_gives_way_to_the_long_text_in_the_script() -> None:
    full = [
        "今年以来，我市通过优化信号灯配时、打通断头路等措施，晚高峰平均拥堵指数同比下降8.6%。",
        "全市已有320个路口接入智能信号控制系统，主干道平均车速提高了约12%。",
    ]
    status = {"text": full[0][:30] + "...全文", "longText": {"longTextContent": "\n".join(full)}}
    html = (
        "<html><head><title>微博</title></head><body>"
        f'<div class="weibo-og"><p>{full[0][:30]}...<a href="/status/1">全文</a></p></div>'
        f"<script>var $render_data = [{json.dumps({'status': status}, ensure_ascii=False)}]"
        "[0] || {};</script>"
        "</body></html>"
    )
    assert extract_html(html).body == full


def test_a_status_titled_with_the_platform_name_takes_its_first_sentence() -> None:
    """Weibo serves a status page as "微博": that names the site, not the post, so the article
    is titled by the post's first sentence; a page of the platform with a real title keeps it,
    and so does a page of another site that happens to be titled 微博."""
    text = (
        "冬至到了，大家今天吃饺子还是汤圆？"
        "我们食堂今天准备了三鲜饺子和黑芝麻汤圆，欢迎师生们来尝一尝。"
    )
    status = {"text": text, "created_at": "Fri Dec 22 11:30:00 +0800 2023"}
    data = json.dumps({"status": status}, ensure_ascii=False)
    script = f"<script>var $render_data = [{data}][0] || {{}};</script>"

    def page(title: str, scripts: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{scripts}</body></html>"

    assert extract_html(page("微博", script)).title == "冬至到了，大家今天吃饺子还是汤圆？"
    assert extract_html(page(" 微博正文 - 微博HTML5版 ", script)).title == (
        "冬至到了，大家今天吃饺子还是汤圆？"
    )
    assert extract_html(page("冬至吃什么", script)).title == "冬至吃什么"
    plain = page("微博", f"<article><p>{text}</p><p>{text}</p></article>")
    assert extract_html(plain).title == "微博"


def test_a_status_title_comes_from_render_data_or_the_posts_headline() -> None:
    from dashiji.extract.platforms import POST_TITLE_MAX, post_title

    text = (
        "【#夜市重新开放#】经过两个月的改造，老城区夜市今晚重新开放，新增摊位六十个。"
        "市场管理方表示，夜市每天营业到凌晨一点，周边停车场免费开放。"
    )
    status = {"text": text, "status_title": "夜市改造完成，今晚重新开放"}
    data = json.dumps({"status": status}, ensure_ascii=False)
    html = (
        "<html><head><title>微博</title></head><body>"
        f"<script>var $render_data = [{data}][0] || {{}};</script></body></html>"
    )
    assert extract_html(html).title == "夜市改造完成，今晚重新开放"
    del status["status_title"]
    data = json.dumps({"status": status}, ensure_ascii=False)
    html = (
        "<html><head><title>微博</title></head><body>"
        f"<script>var $render_data = [{data}][0] || {{}};</script></body></html>"
    )
    assert extract_html(html).title == "夜市重新开放"
    long_post = "今天" + "天气很好" * 20 + "。后面还有话。"
    got = post_title(long_post)
    assert got is not None and len(got) == POST_TITLE_MAX and got.endswith("…")
    assert post_title("  ") is None


def test_scripts_without_an_article_leave_a_normal_page_alone() -> None:
    paras = [
        "国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.9%，环比上涨0.6%，城市农村同步上涨。",
        "专家认为，随着春节效应消退，3月份物价涨幅有望回落，全年物价将保持在合理区间运行。",
    ]
    comments = json.dumps(
        {"comments": [{"content": "评论一：物价涨得厉害，菜价明显贵了不少，希望早点回落。" * 3}]},
        ensure_ascii=False,
    )
    html = (
        "<html><head><title>2月份居民消费价格同比上涨0.9%</title></head><body>"
        "<h1>2月份居民消费价格同比上涨0.9%</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"<script>var c = {comments};</script></body></html>"
    )
    assert extract_html(html).body == paras


def test_no_article_still_raised_for_a_menu_page_with_scripts() -> None:
    html = (
        "<html><body><ul><li><a href='/'>首页</a></li></ul>"
        '<script>var x = {"a": 1};</script></body></html>'
    )
    with pytest.raises(NoArticle):
        extract_html(html)


def test_flattened_short_article_beats_a_ticker_of_flashes() -> None:
    text = "\n".join(
        [
            "首页",
            "财经",
            "港交所10月日均成交954亿元",
            "2023-11-02 10:38 来源：某财经网",
            SHORT,
            "相关股票：港交所 汇丰控股",
            "即时快讯",
            *(f"10:{i:02d} {f}" for i, f in enumerate(FLASHES)),
            "版权所有 © 某财经网",
        ]
    )
    art = extract_text(text)
    assert art.body == [SHORT]
    assert art.title == "港交所10月日均成交954亿元"


def test_a_copied_social_post_takes_no_account_name_for_a_title() -> None:
    """A post copied from a browser: the account's name stands above the post's stamp line
    ("12-22 11:30 来自 iPhone客户端"); it is not a headline."""
    post = "今天社区图书馆正式开放，周一到周五早九点到晚八点，欢迎居民带上身份证来办理借书证。"
    text = "\n".join(
        [
            "微博",
            "打开",
            "某某社区服务中心",
            "12-22 11:30 来自 iPhone客户端",
            "关注",
            post,
            "转发 3",
            "评论 41",
            "赞 12",
        ]
    )
    art = extract_text(text)
    assert art.body == [post]
    assert art.title is None


# ---- the hand-written pages ---------------------------------------------------------------------
def _floors(key: str) -> dict[str, Any]:
    return json.loads((REPO / "bench" / "floors.json").read_text("utf-8"))[key]


def test_built_pages_meet_their_html_floors() -> None:
    bench = load_bench("extraction")
    pages = bench.load_built_pages()
    assert len(pages) >= 20
    summary = bench.evaluate(pages, ("dashiji",))["dashiji"]
    rows = summary.built_rows()
    floors = _floors("extraction")
    for group in ("short", "wechat", "toutiao", "baijiahao", "weibo", "zhihu"):
        assert rows[group]["all"] >= floors[f"f1_{group}"], (group, rows[group])
    assert all(not out.error for _, out, _ in summary.outputs)  # no real article rejected


def test_built_pages_meet_their_flattened_floors() -> None:
    bench = load_bench("flattened")
    floors = _floors("flattened")
    for row, pages in bench.load_built().items():
        f1 = [bench.bigram_prf(bench.sys_dashiji(p.flat), p.gold)[2] for p in pages]
        assert sum(f1) / len(f1) >= floors[row], (row, f1)


# ---- WeChat page shapes: bodies only in scripts, removed-article notices -------------------------
_WX_PARAS = [
    "社区食堂从下月起延长营业时间，早餐提前到六点半供应，晚餐延长到七点半。",
    "食堂负责人说，调整是根据居民问卷做出的，六成受访者希望早餐更早开门。",
]
_WX_HEAD = (
    "<html><head><title>社区食堂延长营业时间</title>"
    "<meta property='og:site_name' content='微信公众平台'>{script}</head><body>"
    "<div id='js_article'><h1 id='activity-name'>社区食堂延长营业时间</h1>{body}"
    "<div class='wx_follow_context'><p>继续滑动看下一个</p><p>向上滑动看下一个</p></div>"
    "</div></body></html>"
)


def test_wechat_share_page_body_in_a_single_quoted_script_variable() -> None:
    text = "\\x0a".join(_WX_PARAS).replace("，", "\\uff0c", 1)
    html = _WX_HEAD.format(
        script=f"<script>var content = '';\nvar content_noencode = '{text}';</script>",
        body="<div id='js_content' style='visibility: hidden;'></div>",
    )
    article = extract_html(html, "https://mp.weixin.qq.com/s/x")
    assert article.body == _WX_PARAS
    assert article.title == "社区食堂延长营业时间"


def test_wechat_image_post_body_in_unquoted_json_keys() -> None:
    text = "\\x0a".join(_WX_PARAS)
    html = _WX_HEAD.format(
        script=f"<script>window.__QMTPL_SSR_DATA__={{title:'社区食堂',desc:'{text}',n:1}};</script>",
        body="<div id='js_image_content'></div>",
    )
    assert extract_html(html, "https://mp.weixin.qq.com/s/y").body == _WX_PARAS


def test_wechat_body_hidden_by_opacity_is_read() -> None:
    body = "".join(f"<section><span leaf=''>{p}</span></section>" for p in _WX_PARAS)
    html = _WX_HEAD.format(
        script="",
        body=f"<div id='js_content' style='visibility: hidden; opacity: 0; '>{body}</div>",
    )
    assert extract_html(html).body == _WX_PARAS


@pytest.mark.parametrize(
    "notice,desc",
    [
        ("此内容因违规无法查看", "经用户投诉，此内容违反相关规定，已被屏蔽。查看对应规则"),
        ("该内容已被发布者删除", ""),
        ("该内容已被发布者删除。", "返回"),
    ],
)
def test_a_removed_article_notice_is_a_named_failure(notice: str, desc: str) -> None:
    from dashiji.errors import ArticleRemoved

    html = (
        "<html><head><title></title></head><body><div class='weui-msg'>"
        f"<h2 class='weui-msg__title'>{notice}</h2><p class='weui-msg__desc'>{desc}</p></div>"
        "<div class='weui-footer'><p>Copyright © 2012-2024 Tencent. All Rights Reserved.</p></div>"
        "</body></html>"
    )
    with pytest.raises(ArticleRemoved) as info:
        extract_html(html, "https://mp.weixin.qq.com/s/z")
    assert info.value.code == "article_removed"
    assert isinstance(info.value, NoArticle)


def test_an_article_quoting_a_removed_notice_is_still_an_article() -> None:
    paras = [
        "记者注意到，多篇转载文章打开后只显示“此内容因违规无法查看”，原文作者对此表示不解。",
        "平台客服回复称，文章因被投诉涉嫌侵权而被屏蔽，作者可以在七日内提出申诉，申诉通过后会恢复显示。",
        "一位作者告诉记者，他的三篇文章在同一天被屏蔽，申诉材料提交后两天内就恢复了两篇。",
        "律师提醒，转载他人原创内容前应取得授权，否则可能承担侵权责任。",
    ]
    html = (
        "<html><head><title>转载文章被屏蔽</title></head><body><h1>转载文章被屏蔽</h1>"
        "<p>此内容因违规无法查看</p>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    )
    body = extract_html(html).body
    assert body[:3] == paras[:3]


def test_removed_notices_must_be_strings() -> None:
    data = json.loads(resources.files("dashiji.data").joinpath("platforms.json").read_text("utf-8"))
    data["removed_notices"] = ["此内容因违规无法查看", 3]
    with pytest.raises(ConfigError):
        parse_platforms(data)
    assert load_platforms().is_removed_notice("此内容因违规无法查看。")


def test_a_removed_notice_is_found_whatever_spaces_and_punctuation_open_the_line() -> None:
    from dashiji.extract import platforms

    # the characters stripped before the first-character check are exactly those the key drops
    every = (chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert {c for c in every if platforms._NOTICE_PUNCT.fullmatch(c)} == set(
        platforms._NOTICE_STRIP
    )
    known = load_platforms()
    notice = "此内容因违规无法查看"
    for line in (
        notice,
        f"。{notice}。",
        f"\u3000\u3000{notice}",
        f" ,\u00a0{notice[:3]} {notice[3:]}！",
        f"\u2003：；{notice}",
    ):
        assert known.is_removed_notice(line), line
    for line in ("", "。。", f"原文：{notice}", f"{notice}了吗", "此内容"):
        assert not known.is_removed_notice(line), line


# ---- a copied Weibo status: the account's name is no headline ------------------------------------
_POST = "今天社区图书馆正式开放，周一到周五早九点到晚八点，欢迎居民带上身份证来办理借书证。"


@pytest.mark.parametrize(
    "stamp",
    [
        "12-22 11:30 来自 iPhone 14 Pro Max",
        "23-12-22 11:30 发布于 北京 来自 微博 weibo.com",
        "刚刚 来自 HUAWEI Mate 60",
        "今天 11:30 来自 微博网页版",
        "2023-12-22 11:30 · 发布于 北京",
        "12-22 11:30\n来自 iPhone客户端",
        "12-22 11:30 已编辑",
        "+关注",
    ],
)
def test_a_copied_status_takes_no_account_name_for_a_title(stamp: str) -> None:
    text = f"某某社区服务中心\n{stamp}\n{_POST}\n转发 3\n评论 41\n赞 12\n"
    art = extract_text(text)
    assert art.title is None
    assert art.body == [_POST]


def test_stamped_comments_under_an_article_do_not_hide_it() -> None:
    paras = [
        "市交管部门介绍，全市已有三百二十个路口接入智能信号控制系统，主干道平均车速提高了约百分之十二。",
        "下一步，还将在学校、医院周边推行错峰停车，并新增一批停车泊位，缓解早晚高峰的拥堵。",
    ]
    text = "\n".join(
        [
            "晚高峰拥堵指数下降",
            "2023-11-22 18:05 来源：某某日报",
            *paras,
            "热门评论",
            "骑车的小刘",
            "11-22 18:20 来自 江苏",
            "确实感觉顺畅了一些。",
        ]
    )
    art = extract_text(text)
    assert art.title == "晚高峰拥堵指数下降"
    assert art.body == paras


def test_an_account_blurb_after_the_past_posts_is_not_body() -> None:
    paras = [
        "老街改造一年后，沿街的小店生意如何？我们花了三个周末，挨家挨户问了一遍，听听店主们怎么说。",
        "开了十二年裁缝铺的师傅说，改造后房租每月涨了八百元，但游客多了，小活一天能接二十多单。",
        "街道负责人介绍，今年还计划把两处闲置的仓库改成社区活动室，让老街坊有地方下棋、喝茶。",
    ]
    blurb = "城市生活志，关注这座城市里的吃住行和街头巷尾的人情冷暖，每周二、周五与你见面。"
    for heading, credit in (("—— 往期推荐 ——", ""), ("推荐阅读", "<p>编辑 | 小林 审核 | 周周</p>")):
        posts = "".join(
            f"<section><a href='https://mp.weixin.qq.com/s/{i}'>{t}</a></section>"
            for i, t in enumerate(
                ["城南菜市场改造完成，摊位费会涨吗", "老字号的故事", "夜经济来了"]
            )
        )
        body = "".join(f"<p><span leaf=''>{p}</span></p>" for p in paras)
        html = _WX_HEAD.format(
            script="",
            body=(
                f"<div id='js_content' style='visibility: hidden;'>{body}"
                f"<section><strong>{heading}</strong></section>{posts}{credit}"
                f"<section><p><span>{blurb}</span></p></section></div>"
            ),
        )
        assert extract_html(html).body == paras, heading


def test_a_status_whose_only_tags_are_hashtag_links_is_read_as_html() -> None:
    post = "近期我市持续低温，取暖用火用电增多，火灾风险上升。请不要在楼道、室内给电动车充电。"
    text = f'{post}<a href="/search?q=%23%E9%98%B2%E7%81%AB%23">#冬季防火#</a>'
    data = json.dumps({"status": {"text": text}}, ensure_ascii=False)
    html = (
        "<html><head><title>微博</title></head><body>"
        f"<script>var $render_data = [{data}][0] || {{}};</script></body></html>"
    )
    assert extract_html(html).body == [post + "#冬季防火#"]


def test_keyed_strings_are_found_where_the_full_pattern_finds_them() -> None:
    """The script scan tries its pattern only where a key's name is written: the matches are
    the ones the pattern finds trying every character."""
    from dashiji.extract import script_article as sa

    keys = load_platforms().script_body_keys
    scripts = (
        'var data = {"title": "标题", "content": "<p>第一段，正文。</p>", mycontent: "不是", '
        "'articleContent': '单引号，正文。', content_html:\"<div>二</div>\", "
        'x.text = "点号之后", $text: "美元符", "detail"  :  "详情，文字。", '
        '"richContent": "富文本 \\" 引号", body="等号"}; "content": "末尾" content'
    )
    full = sa._keyed_string(keys)
    expected = [m.span() for m in full.finditer(scripts)]
    assert [m.span() for m in sa._keyed_matches(keys, scripts)] == expected
    assert len(expected) == 7
    odd = frozenset({"$text", "content"})  # a key of other characters: the full scan
    assert [m.span() for m in sa._keyed_matches(odd, scripts)] == [
        m.span() for m in sa._keyed_string(odd).finditer(scripts)
    ]
