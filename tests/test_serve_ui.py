"""The web UI as a new user meets it: the words it shows (no codes, no English in the Chinese
pages), the search page that leads to events as well as articles, the event page's status
history, the article page a source sentence opens, and the path front page → Budapest summit →
its status history → its source sentence → the article, walked in a real browser.

The store is the one of tests/test_serve_api.py (the seeds, the DTELS dev articles and the
hostile articles); the browser and the server are those of tests/test_serve_browser.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Page, expect
from test_serve_api import build_store
from test_serve_browser import browser, page, server, shot  # noqa: F401 - fixtures

from dashiji.kb.model import TYPES
from dashiji.serve import create_app
from dashiji.serve.charts import LABEL_EM, fit_label, star_network
from dashiji.serve.i18n import KB_TYPE, PLOVER, PRECISION, SIDE, STATUS, Words
from dashiji.serve.pages import markdown_lite, outlet_label

DATA = Path(__file__).resolve().parents[1] / "src" / "dashiji" / "data"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(build_store(tmp_path_factory.getbasetemp()))) as c:
        yield c


def html(client: TestClient, url: str, lang: str = "zh", code: int = 200, **params: Any) -> str:
    client.cookies.set("lang", lang)
    r = client.get(url, params=params)
    assert r.status_code == code, (url, r.status_code, r.text[:300])
    return r.text


def budapest_summit(client: TestClient) -> dict[str, Any]:
    """The seed's Budapest summit: planned for about 2025-10-29, then postponed."""
    r = client.get("/api/events", params={"status": "postponed", "limit": 200})
    found = [e for e in r.json()["items"] if e["place_kb_id"] == "budapest"]
    assert found, "the Budapest summit is not in the store"
    return dict(found[0])


# ---- words ------------------------------------------------------------------------------------


def test_every_code_the_pages_show_has_words_in_both_languages() -> None:
    plover = json.loads((DATA / "events" / "plover.json").read_text("utf-8"))["types"]
    assert set(plover) <= set(PLOVER)
    assert set(TYPES) <= set(KB_TYPE)
    assert {"source", "target", "party"} <= set(SIDE)
    assert {"planned", "announced", "postponed", "cancelled", "occurred"} <= set(STATUS)
    # every precision the time annotator writes (dashiji.annotate.times' table)
    produced = {"day", "approx-day", "month", "early-month", "mid-month", "late-month", "year"}
    produced |= {"early-year", "mid-year", "late-year", "half-year", "week", "weekend", "range"}
    produced |= {"approx-range", "hour", "minute", "second", "part-of-day"}
    assert produced <= set(PRECISION)
    for table in (PLOVER, KB_TYPE, SIDE, PRECISION):
        for zh, en in table.values():
            assert re.search(r"[\u4e00-\u9fff]", zh) and re.fullmatch(r"[A-Za-z ()-]+", en)


def test_dates_that_are_not_days_read_in_words() -> None:
    zh, en = Words("zh"), Words("en")
    assert zh.date("2024-W04") == "2024年第4周"
    assert zh.date("2015-H1") == "2015年上半年"
    assert zh.date("1978-06-22T00/2011-06-22T01") == "1978-06-22至2011-06-22"
    assert zh.date("2025-10-29") == "2025-10-29" and zh.date("2025-10") == "2025-10"
    assert en.date("1978-06-22T00/2011-06-22T01") == "1978-06-22 – 2011-06-22"
    assert en.date("2024-W04") == "2024-W04"


def test_a_count_of_one_reads_in_the_singular_in_english() -> None:
    zh, en = Words("zh"), Words("en")
    assert en("n_articles", n=1) == "1 article" and en("n_articles", n=2) == "2 articles"
    assert en("n_stories", n=1) == "1 story" and en("n_stories", n=0) == "0 stories"
    assert en("n_outlets", n=1) == "1 outlet" and en("n_mentions", n=1) == "1 mention"
    assert zh("n_articles", n=1) == "1篇报道"


def test_an_outlet_is_shown_by_name_host_or_file_name() -> None:
    assert outlet_label("../shared/seeds/000_789da36100d29724.txt") == "000_789da36100d29724.txt"
    assert outlet_label("https://www.example.org/news/1.html") == "www.example.org"
    assert outlet_label("新华社") == "新华社"
    assert outlet_label(None) == ""


def test_network_labels_fit_the_picture() -> None:
    partners = [
        {"actor_key": f"k{i}", "display": name, "events": 9 - i}
        for i, name in enumerate(["纳戈尔诺-卡拉巴赫", "普京", "Nagorno-Karabakh Republic", "印度"])
    ]
    net = star_network("特朗普", partners)
    room_side = (net["cx"] - (net["size"] / 2 - 70) - 14) / LABEL_EM
    for n in net["nodes"]:
        width = sum(1.0 if ord(c) > 0x2E7F else 0.6 for c in n["label"].rstrip("…"))
        if n["anchor"] != "middle":
            assert width <= room_side, n
    labels = [n["label"] for n in net["nodes"]]
    assert "普京" in labels and "纳戈尔诺-卡拉巴赫" not in labels
    assert any(label.startswith("纳戈尔") and label.endswith("…") for label in labels)
    assert fit_label("印度", 5) == "印度"


# ---- pages over HTTP ------------------------------------------------------------------------


def test_event_page_speaks_chinese_and_tells_the_status_history(client: TestClient) -> None:
    ev = budapest_summit(client)
    page_zh = html(client, f"/events/{ev['event_id']}")
    history = page_zh.split('id="status-history"', 1)[1].split("</ol>", 1)[0]
    assert "计划于" in history and "据上下文推断" in history and "implied" not in history
    # the article and the announcing event are two links apart, not one word (来源事件)
    assert re.search(r">原文</a> · <a [^>]*>宣布时的事件</a>", history)
    actors = page_zh.split('id="event-actors"', 1)[1].split("</dd>", 1)[0]
    assert "参与方" in actors and "party" not in actors
    assert "磋商" in page_zh.split('id="event-type"', 1)[1].split("</dd>", 1)[0]
    assert re.search(r"\d+篇报道 · \d+家媒体 · \d+次提及", page_zh)
    assert "shared/seeds/" not in page_zh.split('id="sources"', 1)[1]
    page_en = html(client, f"/events/{ev['event_id']}", lang="en")
    history = page_en.split('id="status-history"', 1)[1].split("</ol>", 1)[0]
    assert "planned for" in history and "inferred from context" in history
    assert "Budapest" in page_en  # the place by its English name
    assert " Outlet · " not in page_en and re.search(r"\b(1 outlet|\d+ outlets)\b", page_en)


def test_front_page_counts_and_one_search_box(client: TestClient) -> None:
    front = html(client, "/")
    assert len(re.findall(r'<input type="search"', front)) == 1
    assert re.search(r"\d+篇报道 · \d+个事件 · \d+个专题", front)
    front_en = html(client, "/", lang="en")
    assert re.search(r"\d+ articles · \d+ events · \d+ stories", front_en)
    # other pages keep the header's box
    assert len(re.findall(r'<input type="search"', html(client, "/chronicle"))) == 1
    # the PLOVER codes of the latest events in words, the code kept as a hint
    latest = front.split('id="latest"', 1)[1].split("</ul>", 1)[0]
    assert not re.search(r'class="meta"[^>]*>(CONSULT|AGREE|THREATEN)\b', latest)
    assert 'title="PLOVER ' in latest


def test_search_page_leads_to_the_event(client: TestClient) -> None:
    ev = budapest_summit(client)
    link = f'href="/events/{ev["event_id"].replace(":", "%3A")}"'
    page_ = html(client, "/search", q="布达佩斯")
    found = page_.split('id="search-events"', 1)[1].split("</ul>", 1)[0]
    assert link in found
    kb = page_.split('id="kb-matches"', 1)[1].split("</ul>", 1)[0]
    assert 'href="/chronicle?place=budapest"' in kb and "城市" in kb
    # the English name finds the place, and through it the event, with no article found
    page_ = html(client, "/search", q="Budapest")
    assert link in page_.split('id="search-events"', 1)[1]
    # OR: events matching either side
    page_ = html(client, "/search", q="布达佩斯 OR 阿拉斯加")
    found = page_.split('id="search-events"', 1)[1].split("</ul>", 1)[0]
    assert link in found and "阿拉斯加" in found
    # -exclude holds for events too
    page_ = html(client, "/search", q="布达佩斯 -会晤")
    assert link not in page_.split('id="search-total"', 1)[0]


def test_a_chinese_phrase_found_nowhere_is_searched_as_its_words(client: TestClient) -> None:
    page_ = html(client, "/search", q="布达佩斯会晤")
    assert "以下是“布达佩斯 会晤”的结果" in page_
    total = page_.split('id="search-total"', 1)[1].split("</p>", 1)[0]
    assert re.search(r"共[1-9]\d*篇文章", total)
    # a quoted phrase is meant as written: no second try
    page_ = html(client, "/search", q='"布达佩斯会晤"')
    assert 'id="search-segmented"' not in page_
    assert re.search(r"共0篇文章", page_)


def test_search_page_names_its_query_and_counts_articles(client: TestClient) -> None:
    # events and names come first; the total below them counts articles and says so
    page_ = html(client, "/search", q="布达佩斯")
    assert '<h1 id="search-title">搜索“布达佩斯”</h1>' in page_
    assert re.search(r'id="search-total">共[1-9]\d*篇文章<', page_) and "条结果" not in page_
    page_ = html(client, "/search", q="布达佩斯", lang="en")
    assert '<h1 id="search-title">Search: 布达佩斯</h1>' in page_
    assert re.search(r'id="search-total">(1 article|[1-9]\d* articles)<', page_)
    assert "<title>Search: 布达佩斯" in page_
    assert '<h1 id="search-title">搜索</h1>' in html(client, "/search")


def test_search_words_echoed_are_escaped(client: TestClient) -> None:
    page_ = html(client, "/search", q="<img src=x onerror=alert(1)>布达佩斯会晤")
    assert "<img src=x" not in page_
    page_ = html(client, "/search", q="<b>布达佩斯会晤</b>")
    assert "<b>布达佩斯" not in page_


def test_favicon_is_served(client: TestClient) -> None:
    front = html(client, "/")
    assert '<link rel="icon" href="/static/favicon.svg"' in front
    r = client.get("/static/favicon.svg")
    assert r.status_code == 200 and r.text.startswith("<svg")


def test_article_opened_from_a_sentence_says_so(client: TestClient) -> None:
    ev = budapest_summit(client)
    page_ = html(client, f"/articles/{ev['doc_id']}", hl="10-20", ev=ev["event_id"])
    note = page_.split('id="focus-note"', 1)[1].split("</p>", 1)[0]
    assert f'href="/events/{ev["event_id"].replace(":", "%3A")}"' in note
    # a hostile event id stays a path under /events/
    page_ = html(client, f"/articles/{ev['doc_id']}", hl="10-20", ev='javascript:x"><script>')
    note = page_.split('id="focus-note"', 1)[1].split("</p>", 1)[0]
    assert 'href="/events/javascript%3Ax%22%3E%3Cscript%3E"' in note and "<script" not in note
    # without a highlight there is nothing to point at
    assert 'id="focus-note"' not in html(client, f"/articles/{ev['doc_id']}", ev=ev["event_id"])


# ---- the new user's path in a browser ------------------------------------------------------


def test_new_user_finds_the_budapest_summit(server: str, page: Page) -> None:  # noqa: F811
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server + "/")
    # one search box on the front page: the big one
    assert page.locator("input[type=search]").count() == 1
    page.fill("#front-search", "布达佩斯")
    page.press("#front-search", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    # the event is on the results page: one click away
    summit = page.locator("#search-events a.summary", has_text="布达佩斯会晤").first
    expect(summit).to_be_visible()
    shot(page, "ui-01-search")
    summit.click()
    page.wait_for_url(re.compile(r"/events/"))
    history = page.locator("#status-history li")
    assert history.count() >= 3
    expect(page.locator("#status-history")).to_contain_text("计划于")
    expect(page.locator("#status-history")).to_contain_text("推迟")
    # the sentence says it opens the article
    sentence = page.locator("#sources a.to-article").first
    label = sentence.evaluate("a => getComputedStyle(a, '::after').content")
    assert "在原文中查看" in label
    shot(page, "ui-02-event")
    event_url = page.url
    quoted = sentence.inner_text()
    sentence.click()
    page.wait_for_url(re.compile(r"/articles/.*\?hl=\d+-\d+"))
    focus = page.locator("#article-text mark.hl-focus")
    expect(focus.first).to_be_in_viewport()
    assert "".join(focus.all_inner_texts()) == quoted
    # one band, not a box around every marked piece
    style = focus.first.evaluate(
        "m => [getComputedStyle(m).outlineStyle, getComputedStyle(m).boxShadow]"
    )
    assert style[0] == "none" and style[1] != "none", style
    expect(page.locator("#focus-note")).to_be_visible()
    shot(page, "ui-03-article")
    page.locator("#focus-note a").click()
    page.wait_for_url(event_url)
    assert not errors, errors


def test_new_user_switches_to_english_and_back(server: str, page: Page) -> None:  # noqa: F811
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/search?q=" + "布达佩斯")
    page.locator("#search-events a.summary", has_text="布达佩斯会晤").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    page.click("#lang-toggle")
    expect(page.locator("#event-date")).to_contain_text("(approximate)")
    actors = page.locator("#event-actors")
    expect(actors).to_contain_text("Vladimir Putin party, Donald Trump party")
    shot(page, "ui-04-event-en")
    actors.get_by_role("link", name="Vladimir Putin").click()
    page.wait_for_url(re.compile(r"/actors/vladimir-putin"))
    expect(page.locator("#roles")).to_contain_text("president")
    expect(page.locator("#roles")).not_to_contain_text("总统")
    # the partners' picture and list name them in English too
    labels = page.locator("#partners text.label").all_text_contents()
    assert any(label.startswith("Donald") for label in labels), labels
    assert "特朗普" not in labels, labels
    shot(page, "ui-05-actor-en")
    page.click("#lang-toggle")
    expect(page.locator("#actor-name")).to_have_text("普京")
    expect(page.locator("#roles")).to_contain_text("总统")
    assert not errors, errors


def test_chronicle_date_boxes_show_a_whole_day(server: str, page: Page) -> None:  # noqa: F811
    page.goto(server + "/chronicle")
    for name in ("date_from", "date_to"):
        box = page.locator(f"#filters input[name={name}]")
        box.fill("2025-12-31")
        over = box.evaluate("i => i.scrollWidth - i.clientWidth")
        assert over <= 0, (name, over)


def test_front_page_latest_events_are_the_last_reported(client: TestClient) -> None:
    front = html(client, "/")
    latest = front.split('id="latest"', 1)[1].split("</ul>", 1)[0]
    ids = [
        i.replace("%3A", ":")
        for i in re.findall(r'<a class="summary" href="/events/([^"]+)"', latest)
    ]
    assert len(ids) >= 5
    keys = []
    for event_id in ids:
        ev = client.get(f"/api/events/{event_id}").json()
        keys.append((ev["last_seen"] or "", ev["date"] or ""))
    # last reported first; one report day's events by their own date, latest first
    assert keys == sorted(keys, reverse=True), keys


def test_an_untitled_article_is_named_by_its_text(client: TestClient) -> None:
    ev = budapest_summit(client)
    story = client.get(f"/api/stories/{ev['story_id']}").json()
    untitled = [a for a in story["articles"] if not a["title"]]
    assert untitled, "the seeds' story has no untitled article any more"
    doc = untitled[0]["id"]
    text = client.get(f"/api/articles/{doc}").json()["text"]
    lead = next(ln.strip() for ln in text.splitlines() if ln.strip())[:10]
    page_ = html(client, f"/stories/{ev['story_id']}")
    side = page_.split('id="story-articles"', 1)[1].split("</ol>", 1)[0]
    assert f">{doc}</a>" not in side and f">（无标题）{lead}" in side
    h1 = html(client, f"/articles/{doc}").split('id="article-title">', 1)[1].split("</h1>", 1)[0]
    assert h1.startswith(f"（无标题）{lead}")
    h1 = html(client, f"/articles/{doc}", lang="en").split('id="article-title">', 1)[1]
    assert h1.startswith(f"(untitled) {lead}")


def test_a_quote_left_open_is_searched_as_words(client: TestClient) -> None:
    page_ = html(client, "/search", q='"布达佩斯')
    assert "引号或括号不成对，已按普通词搜索“布达佩斯”" in page_
    assert re.search(r"共[1-9]\d*篇文章", page_) and 'id="search-error"' not in page_
    page_ = html(client, "/search", q="(布达佩斯 OR 阿拉斯加", lang="en")
    assert "searched for the words “布达佩斯 OR 阿拉斯加”" in page_
    # what cannot be read as words stays an error, told as one
    page_ = html(client, "/search", code=422, q="-美国")
    assert 'id="search-error"' in page_
    # with how to write one, in the page's language
    assert "写法：词 · &#34;短语&#34; · 词A OR 词B · -排除的词" in page_
    # and what is wrong, in the page's language too
    assert "从第 1 个字符起的查询只有排除项：请加上要查找的词" in page_
    page_ = html(client, "/search", code=422, q="-美国", lang="en")
    assert "the query part at character 1 only excludes: add a word to find" in page_
    assert "排除项" not in page_.split('id="search-error"', 1)[1].split("</p>", 1)[0]
    page_ = html(client, "/search", code=422, q="美国 OR -日本")
    assert "第 4 个字符处的 OR 连接了排除项" in page_


def test_the_chronicle_is_not_named_like_the_site(client: TestClient) -> None:
    for lang in ("zh", "en"):
        front = html(client, "/", lang=lang)
        brand = re.search(r'<a class="brand" href="/">([^<]+)</a>', front)
        nav = re.search(r'<a href="/chronicle">([^<]+)</a>', front)
        assert brand and nav and brand[1] != nav[1], (lang, brand, nav)
    # trending stories say what their number is
    trending = html(client, "/").split('id="trending"', 1)[1].split("</ol>", 1)[0]
    metas = re.findall(r'<span class="meta">([^<]*)</span>', trending)
    assert metas and all(re.match(r"近\d+天新增\d+篇 · ", m.strip()) for m in metas), metas


# ---- what the second walk found (zh and en) ----------------------------------------------------


def test_words_for_lists_counts_precisions_and_date_sources() -> None:
    zh, en = Words("zh"), Words("en")
    assert en("results", total=1) == "1 result" and en("results", total=3) == "3 results"
    assert zh("results", total=1) == "共1条结果"
    assert zh("list_sep") == "、" and en("list_sep") == ", "
    # a precision the date's own form shows is not said again: 2025-05, not 2025-05 (月)
    assert zh.precision_note("month", "2025-05") == "" and en.precision_note("year", "2025") == ""
    assert zh.precision_note("day", "2025-05-01") == "" and zh.precision_note(None, "2025") == ""
    assert zh.precision_note("month", "2025-05-01") == "月"
    assert zh.precision_note("approx-day", "2025-10-29") == "前后"
    assert en.precision_note("approx-day", "2025-10-29") == "approximate"
    assert en.precision_note("early-month", "2025-10") == "early month"
    # where an article's date was read, in words; an unknown source as it is
    assert zh.date_from("cli") == "导入时指定" and en.date_from("cli") == "given at ingest"
    assert en.date_from("page:weibo") == "platform page" and zh.date_from("odd") == "odd"
    assert zh.aside("据报道日期") == "〔据报道日期〕"
    assert en.aside("by report date") == "(by report date)"


def test_chronicle_type_menu_names_types_in_words(client: TestClient) -> None:
    for lang, consult in (("zh", "磋商"), ("en", "consult")):
        form = html(client, "/chronicle", lang=lang).split('id="filters"', 1)[1].split("</form>")[0]
        menu = form.split('name="type"', 1)[1].split("</select>", 1)[0]
        assert re.search(rf'<option value="CONSULT" *>{consult} \(\d+\)</option>', menu), menu
        assert not re.search(r">[A-Z]{4,} \(\d+\)<", menu), menu  # no PLOVER code shown as such


def test_dates_say_only_what_their_form_does_not(client: TestClient) -> None:
    page_ = html(client, "/chronicle", limit=200)
    assert re.search(r'<span class="date">\d{4}-\d\d</span>', page_)  # months are there
    month = r'<span class="date">\d{4}-\d\d</span> <span class="precision">\(月\)'
    assert not re.search(month, page_)
    ev = budapest_summit(client)
    date_zh = html(client, f"/events/{ev['event_id']}").split('id="event-date"', 1)[1]
    assert "(前后)" in date_zh.split("</dd>", 1)[0] and "约某日" not in date_zh
    front_en = html(client, "/", lang="en")
    assert "(by report date)" in front_en and "〔" not in front_en


def test_english_pages_name_actors_and_places_in_english(client: TestClient) -> None:
    ev = budapest_summit(client)
    actors = html(client, f"/events/{ev['event_id']}", lang="en").split('id="event-actors"', 1)[1]
    actors = actors.split("</dd>", 1)[0]
    assert "Vladimir Putin" in actors and "、" not in actors and "</span>, <a" in actors
    putin = html(client, "/actors/vladimir-putin", lang="en")
    roles = putin.split('id="roles"', 1)[1].split("</table>", 1)[0]
    assert "president" in roles and "Russia" in roles
    assert not re.search(r"[\u4e00-\u9fff]", roles), roles
    partners = putin.split('id="partners"', 1)[1].split("</ol>", 1)[0]
    assert "Donald Trump" in partners and "特朗普" not in partners
    # the subtitle gives the other script's name once, not again at the end
    meta_zh = html(client, "/actors/vladimir-putin").split('id="actor-name"', 1)[1]
    meta_zh = meta_zh.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
    assert meta_zh.count("普京") == 0 and "Vladimir Putin" in meta_zh
    places = html(client, "/map", lang="en").split('id="map-places"', 1)[1].split("</ol>", 1)[0]
    assert ">Budapest</a>" in places and "布达佩斯" not in places


def test_a_map_of_one_place_says_which_and_leads_back(client: TestClient) -> None:
    page_ = html(client, "/map", place="budapest")
    assert re.search(r"<h1>地图 · 布达佩斯</h1>", page_)
    note = page_.split('id="map-filter"', 1)[1].split("</p>", 1)[0]
    assert 'href="/chronicle?place=budapest"' in note and 'href="/map"' in note
    assert 'id="map-filter"' not in html(client, "/map")
    hostile = html(client, "/map", place='"><script>x</script>')
    assert "<script>x" not in hostile


def test_article_date_source_in_words(client: TestClient) -> None:
    ev = budapest_summit(client)  # its article is the seed dated on the command line
    meta = html(client, f"/articles/{ev['doc_id']}").split('id="metadata"', 1)[1]
    meta = meta.split("</dl>", 1)[0]
    assert "〔导入时指定〕" in meta and ">cli<" not in meta and "<dd></dd>" not in meta


def test_api_reference_page_renders_its_markdown(client: TestClient) -> None:
    intro = html(client, "/docs").split('id="api-intro"', 1)[1].split("</div>", 1)[0]
    assert "<strong>Dates.</strong>" in intro and "<code>bad_date</code>" in intro
    assert "**" not in intro and "`" not in intro and intro.count("<p>") >= 3
    # every character escaped before the few tags are made
    got = str(markdown_lite('<script>x</script> **a<b** `<i onerror="y">`\n\nz'))
    assert got == (
        "<p>&lt;script&gt;x&lt;/script&gt; <strong>a&lt;b</strong> "
        "<code>&lt;i onerror=&#34;y&#34;&gt;</code></p>\n<p>z</p>"
    )
    assert str(markdown_lite("a `b`", block=False)) == "a <code>b</code>"
    assert str(markdown_lite(None)) == ""


def test_status_history_gives_a_report_dated_stage_its_day_once(client: TestClient) -> None:
    # the summit's postponement has no day of its own: it is dated by the report that tells it
    ev = budapest_summit(client)
    history = html(client, f"/events/{ev['event_id']}").split('id="status-history"', 1)[1]
    items = history.split("</ol>", 1)[0].split("<li>")[1:]
    (postponed,) = [i for i in items if "status-postponed" in i]
    assert '<span class="date">' not in postponed, postponed
    assert re.search(r"· 报道于 \d{4}-\d\d-\d\d", postponed)
    (planned,) = [i for i in items if "status-planned" in i]
    assert re.search(r'计划于</span> <span class="date">2025-10-29</span>', planned)


def test_a_timeline_entry_of_one_event_says_its_summary_once(client: TestClient) -> None:
    ev = budapest_summit(client)
    story = html(client, f"/events/{ev['event_id']}").split('href="/stories/', 1)[1].split('"')[0]
    page_ = html(client, f"/stories/{story}", dates=3)
    entry = page_.split('<span class="date">2025-10-29</span>', 1)[1].split("</li>\n", 1)[0]
    summary = ev["summary"]
    assert summary and entry.count(summary) == 1, entry


def test_a_source_says_whose_status_and_date_it_gives(client: TestClient) -> None:
    # "推迟 · 2025-10-29" read as "postponed to 2025-10-29": it is what this report says
    ev = budapest_summit(client)
    for lang, says in (
        ("zh", "此报道：推迟 · 日期 2025-10-29"),
        ("en", "this report: postponed · date"),
    ):
        head = html(client, f"/events/{ev['event_id']}", lang=lang).split('id="mention-1"', 1)[1]
        assert says in head.split("</span>", 1)[0], head[:300]
