"""HTML page -> clean article: small inline pages, and the public extraction bench."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import load_bench

from dashiji.errors import NoArticle
from dashiji.extract.html_article import extract_html
from dashiji.extract.metadata import month_dateline, parse_date, slash_order, strip_site_suffix

REPO = Path(__file__).resolve().parents[1]

PARAS = [
    "新华社北京3月1日电 国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.9%，"
    "环比上涨0.6%。其中，城市上涨0.9%，农村上涨0.8%；食品价格上涨，非食品价格持平。",
    "国家统计局城市司首席统计师表示，受春节因素影响，鲜菜、鲜果和猪肉价格有所上涨，"
    "带动食品价格环比上涨。扣除食品和能源价格的核心通胀保持稳定，同比上涨1.1%。",
    "专家认为，随着春节效应消退，3月份物价涨幅有望回落，全年物价将保持在合理区间运行。",
]

PORTAL = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>2月份居民消费价格同比上涨0.9%_财经频道_新华网</title>
</head><body>
<div class="header"><ul class="nav">
  <li><a href="/">首页</a></li><li><a href="/politics">时政</a></li>
  <li><a href="/finance">财经</a></li><li><a href="/world">国际</a></li>
  <li><a href="/tech">科技</a></li><li><a href="/sports">体育</a></li>
</ul></div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/finance">财经</a> &gt; 正文</div>
<div class="main">
  <h1>2月份居民消费价格同比上涨0.9%</h1>
  <div class="info">2022年03月01日 10:20 来源：新华网 作者：张三</div>
  <div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> 阅读(1024) 评论(5)</div>
  <div class="article">
    <p>{PARAS[0]}</p>
    <p>{PARAS[1]}</p>
    <p>{PARAS[2]}</p>
    <p>【责任编辑：李四】</p>
  </div>
  <div class="related">
    <h3>相关推荐</h3>
    <ul>
      <li><a href="/a1">1月份居民消费价格同比上涨1.5%，统计局解读</a></li>
      <li><a href="/a2">国务院常务会议部署稳物价保供应工作</a></li>
      <li><a href="/a3">多地猪肉价格回落，专家称供应充足</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>Copyright © 2000-2022 XINHUANET.com All Rights Reserved. 版权所有 新华网</p>
  <p>京ICP备12345678号</p>
</div>
</body></html>"""


def test_portal_page_keeps_only_the_body():
    art = extract_html(PORTAL, "http://www.news.cn/fortune/2022-03/01/c_1128426390.htm")
    assert art.body == PARAS
    assert art.title == "2月份居民消费价格同比上涨0.9%"
    assert art.outlet == "新华网"
    assert art.published == "2022-03-01"
    assert art.published_from == "html:text"
    assert art.author == "张三"
    assert art.script == "unknown"
    assert all(b.start == 0 and b.end == 0 and b.source_start is None for b in art.blocks)
    assert any("责任编辑" in line for line in art.boilerplate)


@pytest.mark.parametrize(
    ("raw", "title", "site"),
    [
        ("央行宣布降准0.5个百分点_财经_新浪网", "央行宣布降准0.5个百分点", "新浪网"),
        ("央行宣布降准0.5个百分点 - 网易新闻", "央行宣布降准0.5个百分点", "网易新闻"),
        ("央行宣布降准0.5个百分点|人民网", "央行宣布降准0.5个百分点", "人民网"),
        ("央行宣布降准0.5个百分点-中国新闻网", "央行宣布降准0.5个百分点", "中国新闻网"),
        ("新浪网_央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点", "新浪网"),
        (
            "专家：为农机行业搭建现代化信息平台_振兴东北",
            "专家：为农机行业搭建现代化信息平台",
            "振兴东北",
        ),
        ("央行宣布降准0.5个百分点", "央行宣布降准0.5个百分点", None),
    ],
)
def test_title_site_suffix(raw, title, site):
    assert strip_site_suffix(raw) == (title, site)


def _page(head: str = "", top: str = "", tail: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>物价数据发布 - 某某网</title>{head}</head><body>"
        f"<h1>物价数据发布</h1>{top}<div id='content'>{paras}{tail}</div></body></html>"
    )


def test_date_and_author_from_meta():
    html = _page(
        head='<meta property="article:published_time" content="2021-11-05T08:30:00+08:00">'
        '<meta name="author" content="王小明">',
        top="<div>发布时间：2021-11-06 09:00</div>",
    )
    art = extract_html(html)
    assert art.published == "2021-11-05"
    assert art.published_from == "html:meta"
    assert art.author == "王小明"


def test_date_and_author_from_text():
    html = _page(top="<div>发布时间：2005-5-7 21:23:57　来源：人民日报　记者 赵六 钱七</div>")
    art = extract_html(html)
    assert art.published == "2005-05-07"
    assert art.published_from == "html:text"
    assert art.author.split() == ["赵六", "钱七"]


def test_author_closing_the_body_and_editor_fallback():
    art = extract_html(_page(tail="<p>（记者 孙八）</p>"))
    assert art.author == "孙八"
    art = extract_html(_page(tail="<p>（责任编辑：周九）</p>"))
    assert art.author == "周九"
    assert art.body == PARAS


def test_date_from_url_and_not_after_it():
    art = extract_html(_page(), "https://news.example.com/2020/03/15/a123.html")
    assert art.published == "2020-03-15"
    assert art.published_from == "url"
    later = _page(top="<div>2021年01月01日 08:00</div>")
    art = extract_html(later, "https://news.example.com/2020/03/15/a123.html")
    assert art.published == "2020-03-15"  # a date after the URL's is not believed


def test_no_date_when_unsure():
    assert extract_html(_page()).published is None


def test_dates_in_related_lists_are_ignored():
    html = _page(
        tail="<h3>相关阅读</h3><ul>"
        "<li><a href='/x'>另一条新闻标题很长很长</a> 2019-01-02 10:00</li>"
        "<li><a href='/y'>第二条新闻标题也很长</a> 2019-01-03 11:00</li></ul>"
    )
    art = extract_html(html)
    assert art.published is None
    assert art.body == PARAS


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2005-5-7 21:23:57", "2005-05-07"),
        ("2022年03月01日 10:20", "2022-03-01"),
        ("发布时间：2004/12/10", "2004-12-10"),
        ("9/17/2004 5:54:13 AM", "2004-09-17"),
        ("Saturday, September 10th, 2005 10:56 am", "2005-09-10"),
        ("共有3人参加", None),
        ("2099-01-01", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


# ---- reduced-precision dates and numeric day/month order ---------------------------------------
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("——《北京之春》1998年3月号", "1998-03"),
        ("2003年5月", "2003-05"),
        ("第5期 2003年5月", "2003-05"),
        ("（原载《读书》2001年第3期，2001年3月出版）", "2001-03"),
        ("发表时间：2004-06", "2004-06"),
        ("2003年5月，我们开展了调查", None),  # a month in a sentence
        ("2006年12月(5)", None),  # an archive list entry
        ("2004年3月底", None),
        ("2003年5月至6月", None),
        ("2003年5月3日", None),  # a full date is not a month
        ("2099年1月", None),
    ],
)
def test_month_dateline(text, month):
    assert month_dateline(text) == month


def test_magazine_issue_gives_a_month_not_a_day():
    art = extract_html(_page(tail="<p>——《北京之春》1998年3月号</p>"))
    assert art.published == "1998-03"
    assert art.published_from == "html:text"
    assert art.body == PARAS


def test_month_dateline_under_the_headline():
    art = extract_html(_page(top="<div>某某课题组</div><div>第5期 2003年5月</div>"))
    assert art.published == "2003-05"
    assert art.published_from == "html:text"


def test_calendar_captions_and_archive_months_are_not_the_date():
    calendar = (
        "<table class='cal'><tr><td><a href='#'>&lt;</a></td><td>2006年12月</td>"
        "<td><a href='#'>&gt;</a></td></tr><tr><td>日</td><td>一</td><td>二</td></tr></table>"
    )
    assert extract_html(_page(top=calendar)).published is None
    assert extract_html(_page(tail="<div>2006年12月</div>")).published is None  # bare, after


def test_a_full_date_beats_a_month():
    html = _page(top="<div>发布时间：2005-03-06 16:17</div><div>2003年5月</div>")
    assert extract_html(html).published == "2005-03-06"
    art = extract_html(_page(top="<div>2003年5月</div>"), "http://example.com/2005/03/06/1.htm")
    assert (art.published, art.published_from) == ("2005-03-06", "url")


def test_a_month_in_the_text_is_not_the_date():
    paras = "".join(f"<p>{p}</p>" for p in [*PARAS, "2003年5月，课题组完成了全部调查。"])
    html = f"<html><head><title>调查</title></head><body><div>{paras}</div></body></html>"
    assert extract_html(html).published is None


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (["发布日期：9/17/2004 5:54:13 AM"], "MDY"),
        (["17/9/2004"], "DMY"),
        (["7/5/2005", "12/01/2004 - 1/01/2005"], None),  # no field above 12
        (["17/9/2004", "9/17/2004"], None),  # both kinds: no convention
    ],
)
def test_slash_order(texts, order):
    assert slash_order(texts) == order


@pytest.mark.parametrize(
    ("text", "order", "iso"),
    [
        ("7/5/2005 9:23:57 PM", None, "2005-07-05"),  # en-US clock: month first
        ("06/02/2022 - 13:48", None, "2022-02-06"),  # 24-hour clock: day first
        ("06/02/2022", None, "2022-02-06"),
        ("06/02/2022 - 13:48", "MDY", "2022-06-02"),  # the page's convention decides
        ("7/5/2005 9:23:57 PM", "DMY", "2005-05-07"),
        ("9/17/2004", "DMY", "2004-09-17"),  # only one reading
    ],
)
def test_numeric_day_month_order(text, order, iso):
    assert parse_date(text, order) == iso


def test_page_convention_reads_an_ambiguous_stamp():
    # the same site writes "25/12/2004" elsewhere on the page: day first
    dmy = _page(top="<div>发布日期：5/7/2005 9:23 PM</div>", tail="<div>更新于 25/12/2004</div>")
    assert extract_html(dmy).published == "2005-07-05"
    mdy = _page(top="<div>发布日期：5/7/2005 21:23</div>", tail="<div>更新于 12/25/2004</div>")
    assert extract_html(mdy).published == "2005-05-07"
    assert extract_html(_page(top="<div>发布日期：5/7/2005 21:23</div>")).published == "2005-07-05"


def test_forum_thread_keeps_the_first_post():
    post = "".join(f"<p>{p}</p>" for p in PARAS)
    replies = "".join(
        f"<div class='post'><p>{txt}</p><div>------------------------------</div>"
        f"<div>发布时间 2005/05/1{i} 10:0{i}:00 by 网友{i}</div></div>"
        for i, txt in enumerate(
            ["说得很有道理，支持一下楼主的观点。", "我不同意，物价其实涨得更多。"], 1
        )
    )
    html = (
        "<html><head><title>物价讨论</title></head><body><div id='thread'>"
        f"<div class='post'>{post}<div>------------------------------</div>"
        "<div>签名：生活就是这样</div>"
        f"<div>发布时间 2005/05/10 09:00:00 by 楼主甲</div></div>{replies}</div></body></html>"
    )
    art = extract_html(html)
    assert art.body == PARAS


def test_no_article():
    with pytest.raises(NoArticle):
        extract_html("")
    with pytest.raises(NoArticle):
        extract_html("<html><head><title>空</title></head><body></body></html>")
    with pytest.raises(NoArticle):
        extract_html("<html><body><ul><li><a href='/'>首页</a></li></ul></body></html>")


def test_xml_declaration_and_gbk_era_markup():
    html = (
        '<?xml version="1.0" encoding="gb2312"?>\n<html><body><table><tr><td>'
        + "<br>".join(PARAS)
        + "</td></tr></table></body></html>"
    )
    assert extract_html(html).body == PARAS


# ---- the public bench ---------------------------------------------------------------------------
def _bench_module() -> ModuleType:
    return load_bench("extraction")


def test_bench_scores_meet_floors():
    shared = Path(os.environ.get("DASHIJI_SHARED", REPO.parent / "shared"))
    bench_root = shared / "bench" if (shared / "bench").is_dir() else shared
    # a missing bench is a failure, not a skip
    assert (bench_root / "extraction" / "cwced-zh").is_dir(), f"bench data missing: {bench_root}"
    assert (bench_root / "extraction" / "magic-html-zh-dev").is_dir()
    bench = _bench_module()
    pages = bench.load_pages(bench_root)
    assert len(pages) == 95
    summary = bench.evaluate(pages, ("dashiji",))["dashiji"].summary()
    floors = json.loads((REPO / "bench" / "floors.json").read_text("utf-8"))["extraction"]
    for key in ("f1_cwced", "f1_magic", "dates_right", "authors_right"):
        assert summary[key] >= floors[key], (key, summary[key], floors[key])
    assert summary["dates_total"] == 56
    assert summary["authors_total"] == 50


def test_deeply_nested_old_markup_and_pre():
    html = (
        "<html><body>" + "<font>" * 1500 + "".join(f"<p>{p}</p>" for p in PARAS) + "</body></html>"
    )
    assert extract_html(html).body == PARAS  # no recursion limit, no libxml2 depth cut-off
    pre = "<html><body><pre>" + "\n".join(PARAS) + "</pre></body></html>"
    assert extract_html(pre).body == PARAS


def test_a_page_over_own_parser_from_is_parsed_alike_by_a_parser_of_its_own(monkeypatch) -> None:
    """A large page gets a parser of its own (the shared one kept ~1 byte per character of the
    last page it parsed): the tree and the article are the same as with the shared parser."""
    from dashiji.extract import html_article

    padding = "<!-- x -->" + "<img src='data:image/png;base64," + "QUJD" * 300_000 + "'>"
    page = (
        "<html><head><title>普京与特朗普在阿拉斯加举行会晤</title></head><body>"
        "<h1>普京与特朗普在阿拉斯加举行会晤</h1>"
        "<p>新华社安克雷奇8月15日电 俄罗斯总统普京15日抵达美国阿拉斯加州安克雷奇，"
        "与美国总统特朗普举行会晤。这是两国元首自2021年以来首次面对面会谈。</p>"
        f"{padding}<p>普京表示，会谈是在建设性和相互尊重的氛围中进行的。</p></body></html>"
    )
    assert len(page) > html_article.OWN_PARSER_FROM
    own = extract_html(page, None)
    tree = html_article.parse_html(page)
    shared_parsers = (html_article._PARSER, html_article._UTF8_PARSER)
    assert tree.getroottree().parser not in shared_parsers
    monkeypatch.setattr(html_article, "OWN_PARSER_FROM", len(page))  # the shared parser
    assert html_article.parse_html(page).getroottree().parser is html_article._UTF8_PARSER
    shared = extract_html(page, None)
    assert own == shared and "普京表示" in "".join(b.text for b in own.blocks)


def test_line_walk_reads_text_links_and_furniture() -> None:
    """The line walk: a comment's tail is text, link characters count apart and without their
    punctuation, <br> and <pre> rows cut lines, hidden and script subtrees are skipped but
    their tails are read, and each line knows its heading, caption and furniture flags."""
    import lxml.html

    from dashiji.extract import html_blocks as hb

    page = (
        "<html><body><div class='main'>导语<!-- 注释 -->，注释之后的文字。"
        "<p>正文第一段，<a href='/x'>链接<b>里的</b>字</a>之后，还有文字。<br>换行之后。</p>"
        "<p style='display: none'>隐藏的段落，不读。</p>"
        "<div class='share'>分享到：<a href='#'>微博</a></div>"
        "<pre>第一行，\n第二行。</pre><h2>小标题</h2><figure><figcaption>图片说明</figcaption>"
        "</figure><script>var x = 1;</script>脚本之后的尾巴。"
        "</div></body></html>"
    )
    body = lxml.html.document_fromstring(page).find("body")
    seg = hb.segment(body)
    got = [(ln.text, ln.chars, ln.link_chars, ln.punct, ln.path) for ln in seg.lines]
    assert got == [
        ("导语，注释之后的文字。", 11, 0, 2, (0, 1)),
        ("正文第一段，链接里的字之后，还有文字。", 19, 5, 3, (0, 1, 2)),
        ("换行之后。", 5, 0, 1, (0, 1, 2)),
        ("分享到：微博", 6, 2, 1, (0, 1, 5)),
        ("第一行，", 4, 0, 1, (0, 1, 7)),
        ("第二行。", 4, 0, 1, (0, 1, 7)),
        ("小标题", 3, 0, 0, (0, 1, 8)),
        ("图片说明", 4, 0, 0, (0, 1, 9, 10)),
        ("脚本之后的尾巴。", 8, 0, 1, (0, 1)),
    ]
    assert [ln.text for ln in seg.lines if ln.bad] == ["分享到：微博"]
    assert [ln.text for ln in seg.lines if ln.heading] == ["小标题"]
    assert [ln.text for ln in seg.lines if ln.caption] == ["图片说明"]
    assert seg.parent[:3] == [-1, 0, 1] and seg.elements[0] is body
    shown = hb.segment(body, reveal=True)
    assert "隐藏的段落，不读。" in [ln.text for ln in shown.lines]
    # the hidden elements left unread: a page without any reads the same when they are shown
    assert (seg.hidden, shown.hidden) == (1, 0)
    # a link as the root: its own text is not link text, its children's is
    link = lxml.html.fragment_fromstring("<a href='/y'>整个是链接，<span>也是</span></a>")
    assert [(ln.text, ln.link_chars) for ln in hb.segment(link).lines] == [("整个是链接，也是", 2)]


def test_readability_fallback_reads_the_page_as_readability_does() -> None:
    """The fallback hands readability the page it would parse itself, with the text of the
    <style> elements (which its cleaner drops) left out: the lines are the library's own."""
    import lxml.html
    from readability import Document

    from dashiji.extract import html_article
    from dashiji.extract import html_blocks as hb

    css = "".join(f".c{i} {{ background: url( img/{i}.png ) }}\n" for i in range(200))
    page = (
        f"<html><head><title>标题</title><style>{css}</style></head><body>"
        "<div class='menu'><a href='javascript:void(0)'>首页</a> <a href=' /news '>新闻</a></div>"
        f"<div class='content'><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        f"<style>{css}</style><p>{PARAS[2]}</p></div></body></html>"
    )
    tree = lxml.html.fromstring(Document(page).summary(html_partial=True))
    seg = hb.segment(tree)
    expected = [ln.text for ln in seg.lines if not hb.is_boilerplate(ln) and ln.link_density <= 0.5]
    assert html_article._readability_lines(page) == expected
    assert expected == PARAS


_BYLINE_EXAMPLES = [
    "作 者：张三",
    "执笔人：李四",
    "撰  文：王五 来源：新华社",
    "口述：赵六",
    "译 者：钱七",
    "文 / 孙八",
    "（本报记者 周九）",
    "新华社记者：吴十",
    "实习生 郑一 通讯员 王二",
    "楼主：网友甲",
    "本贴由 网友乙 于 2005-08-17 发表",
    "由 网友丙 张贴",
    "网友丁 发表于 2003-5-29 09:07",
    "这是 网友戊 在 2004年 发表 的文章",
    "Posted by Alice, Powered by WordPress",
    "【人民日报】来 源",
    "稿 源：中新网",
    "责任编辑：冯三",
    "主  编：陈四",
]


def test_a_byline_pattern_only_matches_lines_holding_one_of_its_needs() -> None:
    # find_author searches a line with a pattern only when the line holds one of its ``needs``
    from dashiji.extract.metadata import _BYLINES, find_author

    for line in _BYLINE_EXAMPLES:
        for rx, _, _, needs in _BYLINES:
            assert rx.search(line) is None or any(n in line for n in needs), (rx.pattern, line)
    assert all(any(rx.search(line) for rx, *_ in _BYLINES) for line in _BYLINE_EXAMPLES)
    assert find_author([(["王小明 发表于 2003-5-29 09:07"], 0.0)], [], {}) == "王小明"
    assert find_author([(["（本报记者 周九）"], 2.0)], [], {}) == "周九"


def test_readability_fallback_strips_script_attributes_from_the_summary_only() -> None:
    """The fallback's readability cleans the page without rewriting links and event handlers
    (``_parse`` leaves them), and cleans what is left of the summary instead: the summary is the
    library's own string, on a page with javascript: links, handlers, an <iframe> whose src is
    a video after the rewrite only, and on a page with <base href> (parsed as the library does)."""
    import lxml.html
    from readability import Document

    from dashiji.extract import html_article

    body = (
        "<div class='menu'><a href='javascript:void(0)' onclick='go(1)'>首页</a></div>"
        f"<div class='content' onmouseover='x()'><p onclick='f()'>{PARAS[0]}</p>"
        "<iframe src=' https://www.youtube.com/embed/x ' srcdoc='<p>x</p>'></iframe>"
        f"<p><a href=' javascript:alert(1)'>链接</a>{PARAS[1]}</p><p>{PARAS[2]}</p></div>"
    )
    ours = html_article._readability_class()
    for head in ("", "<base href='https://example.cn/a/'>"):
        page = f"<html><head><title>标题</title>{head}</head><body>{body}</body></html>"
        expected = Document(lxml.html.fromstring(page)).summary(html_partial=True)
        assert ours(html_article._readability_doc(page)).summary(html_partial=True) == expected
        assert "onclick" not in expected and "VIDEO" in expected
    page = f"<html><head><title>标题</title></head><body>{body}</body></html>"
    parsed = ours(html_article._readability_doc(page))._html(True)
    assert parsed.xpath("//@onclick")  # left for the summary


def test_readability_text_length_is_the_library_s() -> None:
    """The fallback's link density counts text as readability's text_length does, through its
    shortcut (short text without new lines, tabs or double spaces) and around it."""
    import random

    import lxml.html
    from readability.readability import text_length

    from dashiji.extract import html_article

    rng = random.Random(7)
    pieces = [" ", "  ", "\t", "\n", " \n ", "\u3000", "\xa0", "a", "中文", "，"]
    texts = ["", " ", "新闻 ", "\u3000" * 300, " " * 260 + "x", "a\n\n b"]
    texts += ["".join(rng.choices(pieces, k=rng.randrange(1, 400))) for _ in range(300)]
    for text in texts:
        p = lxml.html.fragment_fromstring("<p></p>")
        p.text = text
        assert html_article._text_length(p) == text_length(p), repr(text)


def _misused_divs_made(cls: Any, doc: Any) -> Any:
    """A readability document of class ``cls`` over a copy of ``doc``, its misused <div>s made
    into paragraphs (the library's class or our fallback's)."""
    import copy

    made = cls(copy.deepcopy(doc))
    made.html = made._html(True)
    made.transform_misused_divs_into_paragraphs()
    return made


def test_readability_fallback_finds_misused_divs_without_serialising_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The <div>s turned into <p>s are the library's (it serialises each <div>'s children to
    look for a block tag; ours finds the <div>s above a block element once): nested <div>s,
    block tags in any case and by prefix (<pre>, <picture>), inline runs and tails."""
    import copy

    import lxml.html
    from readability import Document
    from readability import readability as rd

    from dashiji.extract import html_article

    page = (
        "<html><body><div id='a'>开头文字<span>行内</span><b>粗体</b><br>尾巴"
        "<div>只有文字的块</div><div><span>行内<picture>图</picture></span>文字</div>"
        "<div><PRE>代码</PRE></div><div><em>强调</em><table><tr><td>表格</td></tr></table>"
        "之后的文字</div><div><a href='/x'>链接</a>，<i>斜体</i></div></div></body></html>"
    )
    doc = lxml.html.document_fromstring(page)
    expected = _misused_divs_made(Document, doc)
    ours = html_article._readability_class()(copy.deepcopy(doc))
    ours.html = ours._html(True)

    def no_serialising(*args: object, **kw: object) -> bytes:
        raise AssertionError("a <div>'s children serialised")

    monkeypatch.setattr(rd, "tostring", no_serialising)
    ours.transform_misused_divs_into_paragraphs()
    assert lxml.html.tostring(ours.html) == lxml.html.tostring(expected.html)
    monkeypatch.undo()
    # a broken page's "<scrip<div>" is an element named "scrip<div", a block to the library
    broken = (
        "<html><body><div><div>前<scrip<div>文字<span>x</span></div>后</div></div></body></html>"
    )
    doc = lxml.html.document_fromstring(broken)
    assert "scrip<div" in [e.tag for e in doc.iter()]
    expected = _misused_divs_made(Document, doc)
    ours = _misused_divs_made(html_article._readability_class(), doc)
    assert lxml.html.tostring(ours.html) == lxml.html.tostring(expected.html)


def _unlikely_pair(page: str) -> tuple[Any, Any]:
    """``page`` as readability's Document after its unlikely-candidate pass, and as ours (our
    readability class) with its html made, before that pass."""
    import copy

    import lxml.html
    from readability import Document

    from dashiji.extract import html_article

    doc = lxml.html.document_fromstring(page)
    made = []
    for cls in (Document, html_article._readability_class()):
        one = cls(copy.deepcopy(doc))
        one.html = one._html(True)
        made.append(one)
    made[0].remove_unlikely_candidates()
    return made[0], made[1]


def test_readability_fallback_removes_the_unlikely_candidates_the_library_does() -> None:
    """Its own pass over the elements with a class or an id, each "class id" string judged
    once: the same elements go (menus, comments; not in <pre>, not around an <article>)."""

    import lxml.html
    from readability import Document

    items = "".join(f"<li class='menu-item'>栏目{i}</li>" for i in range(5))
    page = (
        f"<html><body><ul class='menu'>{items}</ul><div id='comments'>评论</div>"
        "<div class='sidebar'><article>正文在侧栏</article></div>"
        "<pre><span class='footer'>代码</span></pre><div class='content footer'>正文</div>"
        "<div class=' '>空白</div><p id='remark'>备注</p></body></html>"
    )
    expected, ours = _unlikely_pair(page)
    assert type(ours).remove_unlikely_candidates is not Document.remove_unlikely_candidates
    ours.remove_unlikely_candidates()
    assert lxml.html.tostring(ours.html) == lxml.html.tostring(expected.html)
    assert "栏目" not in ours.html.text_content() and "正文在侧栏" in ours.html.text_content()


def test_unlikely_candidates_kept_for_pre_code_main_article_math_are_found_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The elements kept whatever their class (inside a <pre>/<code>, holding a <main>,
    <article>, <math>) are found once for the page, not by two searches from each candidate:
    the same elements go as the library's, nested candidates and dropped subtrees included."""

    import lxml.html

    page = (
        "<html><body><div class='sidebar'><div class='menu'><pre>代码<span class='ad'>x</span>"
        "</pre></div><div class='footer'>页脚</div></div>"
        "<div class='comment'><div class='share'><main>主体</main></div>"
        "<div class='banner'>横幅</div></div><code><b class='popup'>弹出</b></code>"
        "<div class='remark'><math>公式</math><i class='related'>相关</i></div>"
        "<div id='disqus'><article><p class='pager'>翻页</p></article></div>"
        "<p class='combx'>第二层<span class='agegate'><b class='foot'>脚</b></span></p>"
        "</body></html>"
    )
    expected, ours = _unlikely_pair(page)
    searches: list[str] = []
    real_xpath = lxml.html.HtmlElement.xpath

    def counted(self: Any, path: str, *args: Any, **kw: Any) -> Any:
        searches.append(path)
        return real_xpath(self, path, *args, **kw)

    monkeypatch.setattr(lxml.html.HtmlElement, "xpath", counted)
    ours.remove_unlikely_candidates()
    monkeypatch.undo()
    assert searches == []
    assert lxml.html.tostring(ours.html) == lxml.html.tostring(expected.html)
    text = ours.html.text_content()
    # kept: what holds a <main>/<math>/<article> and what is inside a <code>; gone: a sidebar
    # around a <pre> (the <pre> guards what is inside it only) and a pager inside an <article>
    assert (
        "主体" in text
        and "公式" in text
        and "弹出" in text
        and "disqus" in lxml.html.tostring(ours.html).decode()
    )
    assert "代码" not in text and "页脚" not in text and "翻页" not in text and "脚" not in text


def test_time_element_date_takes_the_first_dated_itemprop_element_in_document_order() -> None:
    from dashiji.extract.html_article import parse_html
    from dashiji.extract.metadata import _date_published, time_element_date

    root = parse_html(
        "<html><body><div><span itemprop='datePublished'>日期不详</span>"
        "<div><meta itemprop='datePublished' content='2021-03-04'></div></div>"
        "<time datetime='2020-01-02'>x</time>"
        "<span itemprop='datePublished' datetime='2019-05-06'></span></body></html>"
    )
    body = root.find("body")
    assert body is not None
    assert _date_published(body) == list(body.iterfind('.//*[@itemprop="datePublished"]'))
    assert len(_date_published(body)) == 3
    other = parse_html("<html><body><p itemprop='author'>某某</p></body></html>").find("body")
    assert other is not None and _date_published(other) == []
    assert time_element_date(root) == "2021-03-04"


def test_line_white_space_shortcuts_are_the_regex_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """_collapse_ws / _chars skip the _WS regex for printable text: every character _WS matches
    but the ASCII space is non-printable (checked over the whole range), so both are exact."""
    from dashiji.extract import html_blocks as hb

    for cp in range(0x110000):
        c = chr(cp)
        if c != " " and hb._WS.fullmatch(c):
            assert not c.isprintable(), hex(cp)
    samples = ["新闻 正文", "a  b", " 开头\u3000全角", "x\xa0y", "\u200b零宽", "私\ue000用", ""]
    for text in samples + ["\t\n"]:
        assert hb._collapse_ws(text) == hb._WS.sub(" ", text), repr(text)
        assert hb._chars(text) == len(hb._WS.sub("", text)), repr(text)

    class NoRegex:
        def sub(self, *args: object) -> str:
            raise AssertionError("the regex ran on printable text")

    monkeypatch.setattr(hb, "_WS", NoRegex())
    assert hb._collapse_ws("新闻 正文，单个空格") == "新闻 正文，单个空格"
    assert hb._chars("新闻 正文") == 4


# pages whose characters a parse of the page's UTF-8 bytes could read otherwise than a parse of
# the string: NUL and control characters, noncharacters, astral characters, a byte-order mark,
# declarations of another encoding (an XML one, a meta charset), line ends, deep nesting,
# character references to what no text holds, a lone surrogate (no UTF-8 form: the string)
_PARSE_CASES = [
    "<html><body>\x00a</body></html>",
    "<p>\x01\x02\x0b\x0c\x7f</p>",
    "<p>\ufffe\uffff\U0010ffff\U0001f600</p>",
    "<p>é ü ß</p>",
    "ascii only <b>x</b>",
    "<p>&#0;&#xd800;&#x110000;&nbsp;&amp;</p>",
    "<?xml version='1.0' encoding='gbk'?><html><p>中</p></html>",
    "<meta charset='gbk'><p>中文</p>",
    "<meta http-equiv='Content-Type' content='text/html; charset=big5'><p>中文</p>",
    "\ufeff<p>bom</p>",
    "<p>a\r\nb\rc</p>",
    "<p>\u2028\u2029\u0085</p>",
    "<" * 50,
    "<div>" * 300 + "深",
    "\x00",
    "<p>lone \ud800 surrogate</p>",
    "<script>中</script><!-- 注 --><p title='中\x00'>t</p>",
]


def _outcome(parse: Any, html: str) -> tuple[Any, ...]:
    from lxml import etree

    try:
        root = parse(html)
    except Exception as exc:  # noqa: BLE001 - the same error is part of the same outcome
        return ("error", type(exc).__name__, str(exc))
    return ("tree", etree.tostring(root, method="xml", encoding="unicode"), root.tag)


def test_parse_html_reads_utf8_bytes_to_the_same_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_html parses a page's UTF-8 bytes (libxml2 reads a Python string through a converter
    from UTF-16): the same tree, or the same error, as parsing the string, on pages of every
    kind of character; a page UTF-8 cannot hold is parsed as the string."""
    import lxml.html

    from dashiji.extract import html_article as ha

    def as_string(html: str) -> Any:  # parse_html before: the string itself
        html = ha._XML_DECL.sub("", html, count=1)
        if not html.strip():
            raise NoArticle("empty page")
        try:
            return lxml.html.document_fromstring(html, parser=ha._PARSER)
        except (ValueError, lxml.etree.ParserError) as exc:
            raise NoArticle(f"unparseable HTML: {exc}") from exc

    pages = [*_PARSE_CASES]
    for name in ("cwced-zh", "magic-html-zh-dev"):
        folder = Path(os.environ.get("DASHIJI_SHARED", "")) / "bench" / "extraction" / name
        pages += [
            p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.glob("*.html"))[:5]
        ]
    for html in pages:
        assert _outcome(ha.parse_html, html) == _outcome(as_string, html), html[:60]
    read: list[type] = []
    parse = lxml.html.document_fromstring
    monkeypatch.setattr(
        lxml.html, "document_fromstring", lambda s, **kw: read.append(type(s)) or parse(s, **kw)
    )
    ha.parse_html("<p>中文</p>")
    ha.parse_html("<p>lone \ud800</p>")
    assert read == [bytes, str]
