"""The web UI in a real browser: Debian's headless Chromium driven by Playwright, against
``dashiji serve`` (uvicorn) on 127.0.0.1 over the store of tests/test_serve_api.py.

A missing ``chromium`` fails these tests (``.ci/run`` installs it): they are the proof that the
pages work and that hostile text runs no script.  Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_serve_api import HOSTILE, build_store

from dashiji.serve import create_app

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.getbasetemp())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    assert chromium, "chromium is not installed (apt-get install chromium fonts-wqy-zenhei)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = ctx.new_page()
    yield pg
    ctx.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_event_sentence_article_actor_story(server: str, page: Page) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    expect(page.locator("#trending li").first).to_be_visible()
    shot(page, "01-front")

    # search as a new user would: the front page's box
    page.fill("#front-search", "布达佩斯")
    page.press("#front-search", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    expect(page.locator("#search-total")).to_contain_text(re.compile(r"\d"))
    expect(page.locator("#hits mark.hl-match").first).to_have_text("布达佩斯")
    shot(page, "02-search")

    # the article it found lists its events; open the Budapest summit
    page.locator("#hits .hit-title").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    page.locator("#article-events a", has_text="布达佩斯会晤").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    expect(page.locator("#event-summary")).to_contain_text("布达佩斯")
    history = page.locator("#status-history li")
    assert history.count() >= 2
    expect(page.locator("#status-history")).to_contain_text("推迟")
    sentence = page.locator("#sources blockquote.sentence").first
    expect(sentence.locator("mark.hl-trigger").first).to_be_visible()
    expect(sentence.locator("mark.hl-actor").first).to_be_visible()
    expect(sentence.locator("mark.hl-time").first).to_be_visible()
    quoted = sentence.inner_text()
    shot(page, "03-event")
    event_url = page.url

    # follow the sentence to the article: the same words, marked and scrolled into view
    sentence.locator("a.to-article").click()
    page.wait_for_url(re.compile(r"/articles/.*\?hl=\d+-\d+"))
    focus = page.locator("mark.hl-focus")
    expect(focus.first).to_be_in_viewport()
    assert "".join(focus.all_inner_texts()) == quoted
    # annotation layers toggle
    entity = page.locator("#article-text mark.ann-entity").first
    bg_on = entity.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator('#layers input[data-layer="entity"]').uncheck()
    bg_off = entity.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg_on != bg_off and bg_off in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "04-article")

    # an actor of the event: roles, a chart, a network
    page.goto(event_url)
    page.locator("#event-actors a", has_text="特朗普").click()
    page.wait_for_url(re.compile(r"/actors/"))
    expect(page.locator("#actor-name")).to_have_text("特朗普")
    assert page.locator("#roles tr").count() >= 1
    assert page.locator("#events-chart rect.bar").count() >= 1
    assert page.locator("#partners circle.node").count() >= 3
    shot(page, "05-actor")

    # the story's timeline
    page.goto(event_url)
    page.locator("dl.facts a[href^='/stories/']").click()
    page.wait_for_url(re.compile(r"/stories/"))
    entries = page.locator("#timeline li.tl-entry")
    assert entries.count() >= 3
    dates = [d for d in page.locator("#timeline .tl-entry > .date").all_inner_texts()]
    assert dates == sorted(dates)
    # the summit planned for 2025-10-29 (a date no text writes) and postponed is on it
    summit = page.locator("#timeline li.tl-entry", has_text="2025-10-29")
    expect(summit).to_contain_text("推迟")
    expect(summit.locator("a[href^='/events/']").first).to_be_visible()
    shot(page, "06-story")

    # the chronicle's filter form: an actor by name, a status, the other fields left empty
    page.goto(server + "/chronicle")
    page.fill("#filters input[name=actor]", "特朗普")
    page.select_option("#filters select[name=status]", "postponed")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"/chronicle\?"))
    rows = page.locator("#chronicle li.event-row")
    assert rows.count() >= 1
    assert all("推迟" in t for t in rows.all_inner_texts())
    expect(page.locator("#chronicle")).to_contain_text("布达佩斯")
    shot(page, "08-chronicle")

    # English toggle, then the map
    page.click("#lang-toggle")
    expect(page.locator("#chronicle")).to_contain_text("postponed")
    expect(page.locator("header nav")).to_contain_text("Chronicle")
    page.goto(server + "/map")
    assert page.locator("#map circle.place").count() >= 3
    shot(page, "07-map")
    assert not errors, errors


PAGES_OF_HOSTILE = [
    "/",
    "/search?q=%E4%BC%9A%E6%99%A4",  # 会晤
    "/search?q=script",
    "/chronicle",
    "/chronicle?date_from=2025-09&date_to=2025-09-30",
    "/stories",
    "/map",
    "/docs",
    "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/lang?to=en&next=javascript:alert(1)",
]


def _hostile_urls(server: str, page: Page) -> list[str]:
    """Every page kind built from the hostile articles: the articles, their events, stories and
    actors (found through the API, as a reader would through the links)."""
    urls = [f"/articles/{r['id']}" for r in HOSTILE]
    for r in HOSTILE:
        art = page.request.get(f"{server}/api/articles/{r['id']}").json()
        urls += [f"/events/{e['event_id']}" for e in art["events"]]
        if art["story"]:
            urls.append(f"/stories/{art['story']['story_id']}")
        for e in art["events"]:
            ev = page.request.get(f"{server}/api/events/{e['event_id']}").json()
            urls += [f"/actors/{a['actor_key']}" for a in ev["actors"]]
    return list(dict.fromkeys(urls))


def test_hostile_articles_run_no_script(server: str, page: Page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = _hostile_urls(server, page)
    assert any(u.startswith("/events/") for u in hostile), "the hostile articles made no event"
    assert any(u.startswith("/stories/") for u in hostile)
    for i, path in enumerate([*hostile, *PAGES_OF_HOSTILE]):
        page.goto(server + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(50)
        state: dict[str, Any] = page.evaluate(
            """() => ({
                pwned: typeof window.__pwned,
                scripts: [...document.scripts].map(s => s.src),
                handlers: document.querySelectorAll(
                    '[onerror],[onload],[onclick],[onmouseover],iframe,object,embed').length,
                jsLinks: [...document.querySelectorAll('[href],[src],[action]')].filter(
                    e => /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src')
                        || e.getAttribute('action') || '')).length,
            })"""
        )
        assert state["pwned"] == "undefined", (path, state)
        assert [s.rsplit("/", 1)[-1] for s in state["scripts"]] == ["app.js"], (path, state)
        assert state["handlers"] == 0 and state["jsLinks"] == 0, (path, state)
        if path.startswith("/articles/"):
            # the markup is shown as text, not dropped
            expect(page.locator("#article-title")).to_contain_text("<script>")
            shot(page, f"10-hostile-{i:02d}")
    assert not dialogs, dialogs
