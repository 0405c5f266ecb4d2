"""The HTTP API (dashiji.serve) against a real store: the seeds, the DTELS dev articles and a few
invented hostile articles, ingested by the real pipeline once per session (shared with
tests/test_serve_browser.py through the session's temporary directory)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from conftest import shared_dir
from fastapi.testclient import TestClient

from dashiji.export.dates import sort_bounds
from dashiji.serve import create_app

# Invented articles whose title, text, outlet and URL carry markup and script (the XSS test opens
# every page kind built from them in a browser).  They also report an event, so that events,
# stories and actor pages are made from hostile text.
PWN = "window.__pwned"
HOSTILE = [
    {
        "id": "hostile-001",
        "title": f'<script>{PWN}="title"</script>美俄外长<img src=x onerror="{PWN}=\'img\'">会晤',
        "text": (
            f"<script>{PWN}='body'</script>美国国务卿鲁比奥和俄罗斯外长拉夫罗夫9月3日在维也纳会晤"
            f"<img src=x onerror=\"{PWN}='onerror';alert(1)\">，双方讨论了乌克兰问题。"
            "\n\n"
            f"<a href=\"javascript:{PWN}='link'\">点击</a>拉夫罗夫表示，俄方愿意继续对话。"
        ),
        "date": "2025-09-04",
        "url": f"javascript:{PWN}='url'",
        "outlet": f"<svg onload=\"{PWN}='outlet'\">",
    },
    {
        "id": "hostile-002",
        "title": f"鲁比奥与拉夫罗夫再次会晤\"><script>{PWN}='attr'</script>",
        "text": (
            "美国国务卿鲁比奥和俄罗斯外长拉夫罗夫9月3日在维也纳会晤，"
            f"<iframe src=\"javascript:{PWN}='iframe'\"></iframe>会谈持续两小时。"
            f'"><body onload="{PWN}=\'bodyonload\'">鲁比奥说，美方希望尽快停火。'
        ),
        "date": "2025-09-05",
        "url": f"https://example.org/a?x=\"><script>{PWN}='href'</script>",
        "outlet": "Example<script>alert(2)</script>",
    },
]


def build_store(base: Path) -> Path:
    """The store of the serve tests under ``base`` (built once: reused when already there)."""
    db = base / "serve-store" / "store.db"
    done = db.with_suffix(".done")
    if done.exists():
        return db
    from dashiji.pipeline import ingest
    from dashiji.store import Store

    db.parent.mkdir(parents=True, exist_ok=True)
    shared = shared_dir()
    hostile = db.parent / "hostile.jsonl"
    hostile.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in HOSTILE), encoding="utf-8"
    )
    with Store.open(db) as store:
        ingest([str(shared / "seeds")], store, date="2025-10-22")
        ingest([str(shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl")], store)
        ingest([str(hostile)], store)
    done.write_text("ok")
    return db


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def client(serve_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(serve_db)) as c:
        yield c


@pytest.fixture(scope="module")
def db(serve_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(serve_db)
    yield conn
    conn.close()


def get(client: TestClient, url: str, code: int = 200, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == code, (url, r.status_code, r.text[:500])
    return r.json()


def test_store_is_opened_read_only(serve_db: Path) -> None:
    from dashiji.serve.db import connect_ro

    conn = connect_ro(serve_db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM events")
    conn.close()


def test_stats_match_the_store(client: TestClient, db: sqlite3.Connection) -> None:
    s = get(client, "/api/stats")
    assert s["events"] == db.execute("SELECT count(*) FROM events").fetchone()[0] > 1000
    assert s["documents"] == db.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert (
        s["stories"]
        == db.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
    )


def test_every_list_is_a_page_with_a_total_and_a_hard_maximum(client: TestClient) -> None:
    for url in (
        "/api/articles",
        "/api/events",
        "/api/actors",
        "/api/stories",
        "/api/chronicle",
    ):
        first = get(client, url, limit=5)
        assert len(first["items"]) == 5 and first["total"] > 5, url
        second = get(client, url, limit=5, offset=5)
        assert not {json.dumps(i, sort_keys=True) for i in first["items"]} & {
            json.dumps(i, sort_keys=True) for i in second["items"]
        }, url
        assert second["total"] == first["total"]
        err = get(client, url, 422, limit=201)
        assert "limit" in err["detail"]
        get(client, url, 422, offset=-1)


def test_search_total_pages_and_highlights(client: TestClient, db: sqlite3.Connection) -> None:
    res = get(client, "/api/articles/search", q="特斯拉", limit=5)
    with_word = db.execute(
        "SELECT count(*) FROM documents WHERE status = 'ok' AND "
        "(instr(text, '特斯拉') > 0 OR instr(coalesce(title, ''), '特斯拉') > 0)"
    ).fetchone()[0]
    assert res["total"] == with_word > 100
    assert len(res["items"]) == 5
    for hit in res["items"]:
        spans = hit["highlights"]
        pieces = [hit["snippet"][a:b] for a, b in spans]
        assert "特斯拉" in pieces and all(p and p in "特斯拉" for p in pieces)  # edges may cut
    more = get(client, "/api/articles/search", q="特斯拉", limit=5, offset=5)
    assert {h["id"] for h in more["items"]}.isdisjoint({h["id"] for h in res["items"]})
    either = get(client, "/api/articles/search", q="郭美美 OR 黎智英", limit=1)["total"]
    assert either > get(client, "/api/articles/search", q="郭美美", limit=1)["total"] > 0
    assert get(client, "/api/articles/search", 422, q='"unbalanced')["status"] == 422
    get(client, "/api/articles/search", 422)  # q is required


def test_event_filters_are_what_they_say(client: TestClient, db: sqlite3.Connection) -> None:
    res = get(client, "/api/events", status="postponed", limit=200, facets="true")
    assert (
        res["total"]
        == db.execute("SELECT count(*) FROM events WHERE status = 'postponed'").fetchone()[0]
        > 0
    )
    assert all(e["status"] == "postponed" for e in res["items"])
    assert sum(f["count"] for f in res["facets"]["status"]) == res["total"]
    # an actor by KB id and by name: the same events
    by_id = get(client, "/api/events", actor="donald-trump", limit=200)
    by_name = get(client, "/api/events", actor="特朗普", limit=200)
    assert by_id["total"] == by_name["total"] > 5
    in_db = {
        r[0]
        for r in db.execute("SELECT event_id FROM event_actors WHERE actor_key = 'donald-trump'")
    }
    assert {e["event_id"] for e in by_id["items"]} <= in_db
    # a date range, sorted by date
    rng = get(client, "/api/events", date_from="2025-08", date_to="2025-10-31", sort="date")
    dates = [e["date"] for e in rng["items"]]
    keys = [sort_bounds(e["date"], e["precision"]) for e in rng["items"]]
    assert keys == sorted(keys) and all("2025-08" <= d[:10] <= "2025-10-31" for d in dates)
    # a PLOVER type and a place
    typed = get(client, "/api/events", type="CONSULT", place="HUN")
    assert typed["total"] >= 1
    assert all(e["type"] == "CONSULT" and e["place_country"] == "HUN" for e in typed["items"])
    facets = get(client, "/api/events/facets", type="CONSULT")
    assert [f["value"] for f in facets["type"]] == ["CONSULT"]
    get(client, "/api/events", 422, date_from="last week")
    get(client, "/api/events", 422, sort="random()")
    get(client, "/api/events", 422, modality="maybe")


def test_an_event_carries_its_status_history_and_sources(
    client: TestClient, db: sqlite3.Connection
) -> None:
    (event_id,) = db.execute(
        "SELECT event_id FROM events WHERE json_array_length(status_history) >= 2 "
        "ORDER BY num_mentions DESC LIMIT 1"
    ).fetchone()
    e = get(client, f"/api/events/{event_id}")
    assert len(e["status_history"]) >= 2
    assert e["mentions"] and all(m["doc_id"] for m in e["mentions"])
    assert e["actors"] and all(a["actor_key"] for a in e["actors"])
    err = get(client, "/api/events/no-such-event", 404)
    assert "no-such-event" in err["detail"]


def test_article_with_annotations_and_related(client: TestClient, db: sqlite3.Connection) -> None:
    (doc_id, story_id) = db.execute(
        "SELECT sa.doc_id, sa.story_id FROM story_articles sa JOIN stories s "
        "ON s.story_id = sa.story_id WHERE s.num_articles >= 5 LIMIT 1"
    ).fetchone()
    a = get(client, f"/api/articles/{doc_id}")
    assert a["text"] and a["blocks"]
    layers = {s["layer"] for s in a["annotations"]}
    assert {"entity", "time"} <= layers
    for s in a["annotations"][:50]:
        assert a["text"][s["start"] : s["end"]] == s["text"]
    assert a["story"]["story_id"] == story_id
    assert a["related"] and doc_id not in {r["id"] for r in a["related"]}
    get(client, "/api/articles/nope", 404)


def test_actor_profile_roles_and_partners(client: TestClient) -> None:
    a = get(client, "/api/actors/donald-trump")
    assert a["kb"]["names"]["en"] == "Donald Trump"
    assert any(r["role"] == "head_of_state" for r in a["roles"])
    assert a["num_events"] > 5 and sum(m["count"] for m in a["by_month"]) > 0
    assert a["partners"] and a["partners"][0]["events"] >= a["partners"][-1]["events"]
    ev = get(client, "/api/actors/donald-trump/events", limit=3)
    assert ev["total"] == a["num_events"]
    get(client, "/api/actors/nobody-at-all", 404)


def test_events_sort_by_the_days_their_dates_mean(
    client: TestClient, db: sqlite3.Connection
) -> None:
    """A week (2021-W06) sorts among the days it covers, not after every day of its year as its
    string does; a month sorts by its first day.  The sort columns hold what each date means."""
    for event_id, date, precision, start, end in db.execute(
        "SELECT event_id, date, precision, date_start, date_end FROM events"
    ):
        assert (start, end) == sort_bounds(date, precision), event_id
    weeks = db.execute(
        "SELECT date, story_id FROM events WHERE date GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'"
        " AND story_id IS NOT NULL"
    ).fetchall()
    assert weeks  # the DTELS articles give a few
    for week, story_id in weeks:
        for sort, reverse in (("date", False), ("-date", True)):
            got = get(client, "/api/events", story=story_id, sort=sort, limit=200)["items"]
            assert week in {e["date"] for e in got}
            keys = [sort_bounds(e["date"], e["precision"]) for e in got if e["date"]]
            assert keys == sorted(keys, reverse=reverse)
    # across the store: the week is where its first day puts it among every dated event
    week, _ = weeks[0]
    (before,) = db.execute(
        "SELECT count(*) FROM events WHERE date_start IS NOT NULL AND"
        " (date_start, date_end, event_id) < (SELECT date_start, date_end, min(event_id)"
        " FROM events WHERE date = ?)",
        (week,),
    ).fetchone()
    page = get(client, "/api/events", sort="date", limit=1, offset=before + _undated(db))
    assert page["items"][0]["date"] == week


def _undated(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM events WHERE date_start IS NULL").fetchone()[0])


def test_a_story_timeline_shows_the_postponed_summit_with_its_status(
    client: TestClient, db: sqlite3.Connection
) -> None:
    """The Budapest summit (seed 000): planned for 2025-10-29, a date no text writes (inferred
    from context), then postponed.  Its date scores nothing among the story's reports, yet the
    story's timeline shows it, with its status, in the JSON and on the page."""
    event_id, story_id = db.execute(
        "SELECT event_id, story_id FROM events WHERE status = 'postponed'"
        " AND date = '2025-10-29' AND summary LIKE '%布达佩斯%'"
    ).fetchone()
    for dates in (3, 12):
        tl = get(client, f"/api/stories/{story_id}", dates=dates)["timeline"]
        (entry,) = [e for e in tl if event_id in e["event_ids"]]
        assert entry["date"] == "2025-10-29"
        (ev,) = [e for e in entry["events"] if e["event_id"] == event_id]
        assert ev["status"] == "postponed" and ev["precision"] == "approx-day"
    for lang, word in (("zh", "推迟"), ("en", "postponed")):
        html = client.get(f"/stories/{story_id}", params={"dates": 3}, cookies={"lang": lang}).text
        item = html[html.index('<span class="date">2025-10-29</span>') :]
        item = item[: item.index('<li class="tl-entry')] if '<li class="tl-entry' in item else item
        assert f"/events/{quote(event_id)}" in item and word in item, lang
        assert "2025-10-15 → " in item  # its status history: announced on 2025-10-15, …


def test_stories_timeline_and_chronicle(client: TestClient) -> None:
    stories = get(client, "/api/stories", limit=3)
    sid = stories["items"][0]["story_id"]
    story = get(client, f"/api/stories/{sid}", dates=5)
    assert story["num_articles"] >= stories["items"][-1]["num_articles"]
    tl = story["timeline"]
    # the 5 dates, and up to 2 more for events planned, put off or called off
    assert 1 <= len(tl) <= 5 + 2 and [e["date"] for e in tl] == sorted(e["date"] for e in tl)
    assert get(client, "/api/timeline", story=sid, dates=5)["entries"] == tl
    trending = get(client, "/api/stories/trending", limit=3)
    assert trending["as_of"] and len(trending["items"]) == 3
    ch = get(client, "/api/chronicle", limit=50, story=sid)
    keys = [sort_bounds(e["date"], e["precision"]) for e in ch["items"]]
    assert keys == sorted(keys) and all(e["story_id"] == sid for e in ch["items"])
    get(client, "/api/stories/s000000000000", 404)
    get(client, "/api/timeline", 422)


def test_map_places_events_at_kb_points(client: TestClient) -> None:
    m = get(client, "/api/map")
    assert m["points"] and all(0 <= p["x"] <= 1000 and 0 <= p["y"] <= 500 for p in m["points"])
    hun = get(client, "/api/map", place="HUN")["points"]
    assert hun and all(480 < p["x"] < 600 and 100 < p["y"] < 160 for p in hun)  # Hungary


def test_headers_docs_and_errors_as_json(client: TestClient) -> None:
    r = client.get("/api/stats")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    spec = get(client, "/openapi.json")
    assert "/api/events" in spec["paths"] and "/api/articles/search" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "cdn" not in docs.text.lower()
    r = client.get("/api/no/such/route")
    assert r.status_code == 404 and r.json()["status"] == 404
    # every API answer says what CPU time it took (bench/serve.py reads it)
    timing = client.get("/api/events", params={"limit": 3}).headers["server-timing"]
    assert re.fullmatch(r"cpu;dur=\d+\.\d\d", timing), timing


def test_pages_render_and_escape(client: TestClient) -> None:
    for url in ("/", "/chronicle", "/stories", "/map", "/search?q=特斯拉", "/actors/donald-trump"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), url
    r = client.get("/articles/hostile-001")
    assert r.status_code == 200
    assert "<script>window" not in r.text and "&lt;script&gt;window" in r.text
    assert 'href="javascript:' not in r.text.lower()
    assert client.get("/events/no-such-event").status_code == 404
    assert client.get("/chronicle", params={"status": "bogus"}).status_code == 422
    empty = client.get("/chronicle", params={"status": "", "type": "", "date_from": ""})
    assert empty.status_code == 200  # a form's empty fields filter nothing
    r = client.get("/lang", params={"to": "en", "next": "//evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    r = client.get("/lang", params={"to": "en", "next": "/map"}, follow_redirects=False)
    assert r.headers["location"] == "/map" and "lang=en" in r.headers["set-cookie"]


def test_missing_fastapi_names_the_extra(monkeypatch: pytest.MonkeyPatch, serve_db: Path) -> None:
    import sys

    from dashiji.errors import MissingDependency

    monkeypatch.setitem(sys.modules, "fastapi", None)  # as if it were not installed
    with pytest.raises(MissingDependency, match=r"dashiji\[serve\]"):
        create_app(serve_db)


def test_cli_serve_answers_on_localhost(serve_db: Path) -> None:
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = str(Path(__file__).resolve().parents[1] / "src")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashiji", "serve", "--db", str(serve_db), "--port", str(port)],
        env={**os.environ, "PYTHONPATH": src},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "dashiji serve did not answer"
                time.sleep(0.3)
        assert r.status_code == 200 and r.json()["events"] > 0
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)


def test_event_pages_are_the_plain_query_row_for_row(
    client: TestClient, db: sqlite3.Connection
) -> None:
    """The page's ids first, then their rows (queries.list_events): the same events in the same
    order as one query sorting the whole rows; totals as counted."""
    from dashiji.serve import queries as q
    from dashiji.serve.context import actor_keys

    cols = ", ".join("e." + c.strip() for c in q.EVENT_COLUMNS.split(","))
    for flt in (q.EventFilter(), q.EventFilter(actor=actor_keys("donald-trump"))):
        where, args = flt.where()
        total = db.execute(f"SELECT count(*) FROM events e{where}", args).fetchone()[0]
        assert total > 3
        for sort, order in q.EVENT_SORTS.items():
            for offset in (0, 2):
                plain = [
                    r[0]
                    for r in db.execute(
                        f"SELECT {cols} FROM events e{where} ORDER BY {order} LIMIT 3 OFFSET ?",
                        [*args, offset],
                    )
                ]
                params: dict[str, Any] = {"sort": sort, "limit": 3, "offset": offset}
                if flt.actor:
                    params["actor"] = "donald-trump"
                res = get(client, "/api/events", **params)
                assert [e["event_id"] for e in res["items"]] == plain, (flt, sort, offset)
                assert res["total"] == total


def test_a_search_asked_twice_answers_as_the_store_does(client: TestClient, serve_db: Path) -> None:
    from dashiji.store import Store

    with Store.open(serve_db) as store:
        want = store.search("特斯拉 OR 法院", limit=7, offset=3)
    for _ in range(2):  # the second answer comes from the server's cache
        res = get(client, "/api/articles/search", q="特斯拉 OR 法院", limit=7, offset=3)
        assert res["total"] == want.total
        assert [h["id"] for h in res["items"]] == [h.id for h in want.hits]
        assert [h["score"] for h in res["items"]] == [h.score for h in want.hits]
        assert [h["snippet"] for h in res["items"]] == [h.snippet for h in want.hits]


def test_warming_makes_the_views_the_routes_then_serve(serve_db: Path) -> None:
    from dashiji.serve.context import warm

    app = create_app(serve_db)
    warm(app.state.dashiji)
    kinds = {k for k, cache in app.state.dashiji._caches.items() if cache}
    assert {"stats", "trending", "channels", "actors", "count", "facets", "map"} <= kinds
    with TestClient(app) as c:  # answered from what warming made: the same as made anew
        with TestClient(create_app(serve_db)) as fresh:
            for url in ("/api/stats", "/api/actors", "/api/events?facets=true", "/api/map"):
                assert c.get(url).json() == fresh.get(url).json(), url


FACET_FILTERS: list[dict[str, Any]] = [
    {},
    {"date_from": "2020"},
    {"date_from": "2025-08"},
    {"date_from": "2025-09-03", "date_to": "2025-10"},
    {"date_to": "2021-06-30"},
    {"date_from": "2019", "date_to": "2025", "status": "occurred"},
    {"date_from": "1999", "type": "CONSULT"},
    {"date_from": "2030"},
    {"date_to": "1900"},
    {"date_from": "2025-10", "date_to": "2025-10"},
    {"date_from": "2024-12-15", "date_to": "2026-01-10", "modality": "asserted"},
]


def test_facets_from_the_years_are_the_plain_counts(serve_db: Path) -> None:
    """Facets answered from the per-year counts (queries.facet_years, facet_counts) are those
    of one query over the filtered events, for date ranges inside, across and outside the
    store's years, with and without filters on the facets' own columns."""
    from dashiji.serve import queries as q
    from dashiji.serve.db import connect_ro

    conn = connect_ro(serve_db)
    years = q.facet_years(conn)
    assert len(years.years) >= 2
    for params in FACET_FILTERS:
        flt = q.EventFilter(**params)
        counts = q.facet_counts(conn, years, flt)
        assert counts is not None
        assert q.top_facets(counts) == q.event_facets(conn, flt), params
    assert q.facet_counts(conn, years, q.EventFilter(actor=["donald-trump"])) is None
    conn.close()


def test_facet_counts_follow_another_ingest(serve_db: Path, tmp_path: Path) -> None:
    """The per-year counts, an actor's event ids and the articles' total are kept per version
    of the file: after another ingest the app's facets and pages are the new store's."""
    import shutil

    from dashiji.pipeline import ingest
    from dashiji.serve import queries as q
    from dashiji.serve.context import actor_keys
    from dashiji.serve.db import connect_ro
    from dashiji.store import Store

    db = tmp_path / "store.db"
    with Store.open(serve_db) as store:
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(serve_db, db)
    article = {
        "id": "facet-after-ingest-1",
        "title": "匈牙利总理与塞尔维亚总统会晤",
        "text": (
            "匈牙利总理欧尔班2031年3月5日在布达佩斯会见塞尔维亚总统武契奇，双方签署了能源合作协议。"
        ),
        "date": "2031-03-06",
    }
    src = tmp_path / "more.jsonl"
    src.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    with TestClient(create_app(db)) as c:
        before = {json.dumps(p): get(c, "/api/events/facets", **p) for p in FACET_FILTERS}
        for actor in ("欧尔班", "donald-trump"):  # an actor's event ids are kept too
            get(c, "/api/events", actor=actor, limit=5)
        articles = get(c, "/api/articles", limit=3)  # and the articles' total
        with Store.open(db) as store:
            ingest([str(src)], store)
        conn = connect_ro(db)
        now = get(c, "/api/articles", limit=3)
        assert now == q.list_articles(conn, limit=3)
        assert now["total"] == articles["total"] + 1
        for actor in ("欧尔班", "donald-trump"):
            flt = q.EventFilter(actor=actor_keys(actor))
            res = get(c, "/api/events", actor=actor, limit=5)
            assert res == q.list_events(conn, flt, limit=5), actor
        (new,) = conn.execute("SELECT count(*) FROM events WHERE date >= '2031'").fetchone()
        assert new >= 1
        changed = 0
        for p in FACET_FILTERS:
            now = get(c, "/api/events/facets", **p)
            assert now == q.event_facets(conn, q.EventFilter(**p)), p
            changed += now != before[json.dumps(p)]
        assert changed >= 2  # the whole store and the open-ended ranges gained the event
        conn.close()


def test_cached_views_are_answered_on_the_event_loop(
    serve_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A route showing a cached view goes to the thread pool only when the view is not cached
    yet; the answer from the cache is the same; under cache_only nothing reads the store."""
    from starlette.concurrency import run_in_threadpool

    from dashiji.serve import api
    from dashiji.serve.context import NotCached, cache_only, stats

    trips: list[str] = []

    async def counted(fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(args[0].__name__)
        return await run_in_threadpool(fn, *args, **kwargs)

    monkeypatch.setattr(api, "run_in_threadpool", counted)
    app = create_app(serve_db)
    state = app.state.dashiji
    with cache_only():
        with pytest.raises(NotCached):
            state.conn()
        with pytest.raises(NotCached):
            stats(state)
    urls = [
        "/api/stats",
        "/api/articles/search?q=特朗普&limit=5",
        "/api/events/facets?date_from=2020",
        "/api/actors?limit=5",
        "/api/actors/donald-trump",
        "/api/stories/trending",
        "/api/map",
    ]
    with TestClient(app) as c:
        first = [c.get(u).json() for u in urls]
        assert len(trips) == len(urls)
        second = [c.get(u).json() for u in urls]
        assert len(trips) == len(urls)  # no trip the second time
        assert second == first
        assert c.get("/api/actors/no-such-actor-anywhere").status_code == 404


def test_serve_with_two_workers_answers_from_two_processes(serve_db: Path) -> None:
    """``dashiji serve --workers 2``: uvicorn's two worker processes on one port, each with the
    store (:func:`dashiji.serve.worker_app`), serving the port; it stops on SIGTERM."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashiji", "serve", "--db", str(serve_db), "--port", str(port),
         "--workers", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
            try:
                r = httpx.get(base + "/api/stats", timeout=5, headers={"Connection": "close"})
            except httpx.HTTPError:
                time.sleep(0.2)
                continue
            assert r.status_code == 200
            kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
            workers = {  # (multiprocessing's resource tracker is a child too)
                int(k) for k in kids if b"spawn_main" in Path(f"/proc/{k}/cmdline").read_bytes()
            }
        assert len(workers) == 2, workers
        hits = httpx.get(base + "/api/articles/search", params={"q": "特朗普"}, timeout=30).json()
        assert hits["total"] > 0 and hits["items"]
    finally:
        proc.terminate()
        assert proc.wait(30) is not None
