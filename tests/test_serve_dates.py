"""The API's date filter (queries.DATE_RULE: an event matches when every day its date can mean
lies within the days asked for) and its errors in Chinese and English.

The store is the serve tests' (test_serve_api.build_store: the seeds, the DTELS dev articles,
ingested by the real pipeline), copied, with the dates of some of its events set to each kind
of date the annotator writes -- a day, a month, late May, a year, a quarter, a week, ranges
within and across a month and a year, a winter, a decade, no date -- and their days computed
by the function the store itself uses (export.dates.sort_bounds)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_serve_api import build_store

from dashiji.errors import BadParameter
from dashiji.export.dates import sort_bounds
from dashiji.messages import LANGS, MESSAGES, text
from dashiji.serve import create_app
from dashiji.serve import queries as q
from dashiji.serve.db import connect_ro
from dashiji.serve.problems import accept_language, request_lang

#: (date, precision) given to one event each, by name
DATES: dict[str, tuple[str | None, str | None]] = {
    "day": ("2021-05-15", "day"),
    "first_day": ("2021-05-01", "day"),
    "last_day": ("2021-05-31", "day"),
    "month": ("2021-05", "month"),
    "late_may": ("2021-05", "late-month"),
    "year": ("2021", "year"),
    "quarter": ("2021-Q2", "quarter"),
    "week_into_may": ("2021-W17", "week"),  # 2021-04-26 .. 2021-05-02
    "range_in_may": ("2021-05-01/2021-05-20", "range"),
    "range_into_june": ("2021-05-25/2021-06-03", "range"),
    "range_over_new_year": ("2020-12-28/2021-01-07", "range"),
    "winter": ("2021-WI", "season"),  # 2021-12-01 .. 2022-02-28
    "decade": ("202X", "decade"),
    "april": ("2021-04-30", "day"),
    "june": ("2021-06-01", "day"),
    "undated": (None, None),
}


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the serve store whose dated events are those of :data:`DATES` (every other
    event made undated, which a date filter leaves out): name → event id."""
    from dashiji.store import Store

    src = build_store(tmp_path_factory.getbasetemp())
    with Store.open(src) as store:
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = tmp_path_factory.mktemp("dates") / "store.db"
    shutil.copyfile(src, db)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT event_id FROM events ORDER BY event_id LIMIT 400")]
    picked = dict(zip(DATES, ids[:: len(ids) // len(DATES)], strict=False))
    assert len(picked) == len(DATES)
    conn.execute(
        "UPDATE events SET date = NULL, precision = NULL, date_start = NULL, date_end = NULL"
    )
    for name, event_id in picked.items():
        day, precision = DATES[name]
        start, end = sort_bounds(day, precision)
        conn.execute(
            "UPDATE events SET date = ?, precision = ?, date_start = ?, date_end = ? "
            "WHERE event_id = ?",
            (day, precision, start, end, event_id),
        )
    conn.commit()
    conn.close()
    return db, picked


@pytest.fixture(scope="module")
def client(dated_db: tuple[Path, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(create_app(dated_db[0])) as c:
        yield c


def _names(client: TestClient, picked: dict[str, str], **params: Any) -> set[str]:
    r = client.get("/api/events", params={**params, "limit": 200})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    by_id = {v: k for k, v in picked.items()}
    found = {by_id[e["event_id"]] for e in body["items"] if e["event_id"] in by_id}
    assert len(found) == body["total"], "an event outside DATES matched"
    return found


IN_MAY = {"day", "first_day", "last_day", "month", "late_may", "range_in_may"}

#: filter → the events of DATES it keeps
RULE: list[tuple[dict[str, str], set[str]]] = [
    ({"date_from": "2021-05", "date_to": "2021-05"}, IN_MAY),
    ({"date_from": "2021-05-01", "date_to": "2021-05-31"}, IN_MAY),
    ({"date_from": "2021-05-15", "date_to": "2021-05-15"}, {"day"}),
    ({"date_from": "2021-05-10", "date_to": "2021-05-31"}, {"day", "last_day", "late_may"}),
    (
        {"date_from": "2021", "date_to": "2021"},
        IN_MAY | {"year", "quarter", "week_into_may", "range_into_june", "april", "june"},
    ),
    (
        {"date_from": "2021-04", "date_to": "2021-06"},
        IN_MAY | {"quarter", "week_into_may", "range_into_june", "april", "june"},
    ),
    ({"date_from": "2021-12"}, {"winter"}),
    ({"date_to": "2021-04"}, {"april", "range_over_new_year"}),
    ({"date_from": "2020", "date_to": "2022"}, set(DATES) - {"decade", "undated"}),
    ({"date_from": "2020", "date_to": "2029"}, set(DATES) - {"undated"}),
    ({"date_from": "2021-06-01"}, {"june", "winter"}),
]


@pytest.mark.parametrize(("params", "expected"), RULE)
def test_an_event_matches_when_all_its_days_lie_within_the_filter(
    client: TestClient, dated_db: tuple[Path, dict[str, str]], params: dict[str, str], expected
) -> None:
    _, picked = dated_db
    assert _names(client, picked, **params) == expected
    # the chronicle and the map keep the same events; the facets count them
    chron = client.get("/api/chronicle", params={**params, "limit": 200}).json()
    assert chron["total"] == len(expected)
    facets = client.get("/api/events/facets", params=params).json()
    conn = connect_ro(dated_db[0])
    assert facets == q.event_facets(conn, q.EventFilter(**params))
    conn.close()


def test_may_2021_is_the_days_of_may(client: TestClient, dated_db) -> None:
    """What an analyst filtering May 2021 sees: the days of May and May itself, not a year, a
    quarter or a week that only touches it, nor a range running on into June."""
    names = _names(client, dated_db[1], date_from="2021-05", date_to="2021-05")
    assert {"day", "month", "late_may", "range_in_may"} <= names
    assert not names & {"year", "quarter", "week_into_may", "range_into_june", "undated"}


def test_facets_from_the_years_are_the_plain_counts_for_every_kind_of_date(dated_db) -> None:
    """queries.facet_counts (the per-year counts, the boundary years from the store, the events
    over a year's end one by one) gives one query's counts for each filter of RULE, with and
    without a filter on a facet's own column."""
    conn = connect_ro(dated_db[0])
    years = q.facet_years(conn)
    assert years.spans and years.years
    status = conn.execute(
        "SELECT status FROM events WHERE event_id = ?", (dated_db[1]["winter"],)
    ).fetchone()[0]
    for params, _ in [*RULE, ({}, set())]:
        for extra in ({}, {"status": status}):
            flt = q.EventFilter(**params, **extra)
            counts = q.facet_counts(conn, years, flt)
            assert counts is not None
            assert q.top_facets(counts) == q.event_facets(conn, flt), (params, extra)
    conn.close()


def test_the_filter_reads_the_days_through_an_index(dated_db) -> None:
    conn = connect_ro(dated_db[0])
    flt = q.EventFilter(date_from="2021-05", date_to="2021-05")
    where, args = flt.where()
    plan = " ".join(
        str(r[-1])
        for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM events e{where}", args)
    )
    assert "date_start>?" in plan.replace(" ", "") and "USING" in plan and "INDEX" in plan
    conn.close()


@pytest.mark.parametrize(
    ("date_from", "date_to", "first", "last"),
    [
        ("2021", None, "2021-01-01", None),
        ("2021-05", None, "2021-05-01", None),
        (None, "2021", None, "2021-12-31"),
        (None, "2024-02", None, "2024-02-29"),
        ("2021-05-15", "2021-05-15", "2021-05-15", "2021-05-15"),
    ],
)
def test_partial_bounds_name_their_first_and_last_days(date_from, date_to, first, last) -> None:
    assert q.date_bounds(date_from, date_to) == (first, last)


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"date_from": "2021-13"}, "bad_date"),
        ({"date_to": "2021-02-30"}, "bad_date"),
        ({"date_from": "May 2021"}, "bad_date"),
        ({"date_from": "2021/05"}, "bad_date"),
        ({"date_from": "20210"}, "bad_date"),
        ({"date_from": "2021-06", "date_to": "2021-05"}, "date_order"),
    ],
)
def test_a_bad_date_is_a_422_with_its_code_in_both_languages(
    client: TestClient, params: dict[str, str], code: str
) -> None:
    for route in ("/api/events", "/api/chronicle", "/api/events/facets", "/api/map"):
        zh = client.get(route, params=params)
        assert zh.status_code == 422, (route, zh.text)
        assert zh.json()["code"] == code and zh.json()["status"] == 422
        en = client.get(route, params={**params, "lang": "en"}).json()
        assert en["code"] == code
        assert "date" in en["detail"] and not any("\u4e00" <= ch <= "\u9fff" for ch in en["detail"])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.json()["detail"])
    with pytest.raises(BadParameter) as bad:
        q.EventFilter(**params)
    assert bad.value.key == code
    if "date_from" in params and code == "bad_date":
        articles = client.get("/api/articles", params=params)
        assert articles.status_code == 422 and articles.json()["code"] == code
    page = client.get("/chronicle", params=params)  # the UI's chronicle: its error page
    assert page.status_code == 422 and "text/html" in page.headers["content-type"]


def test_the_articles_filter_takes_the_days_too(client: TestClient) -> None:
    """``date_to=2025-10`` runs to the end of October (the string comparison kept none of
    October's articles: '2025-10-21' > '2025-10')."""
    oct_ = client.get(
        "/api/articles", params={"date_from": "2025-10", "date_to": "2025-10", "limit": 200}
    ).json()
    assert oct_["total"] >= 1
    assert all(a["published"][:7] == "2025-10" for a in oct_["items"])
    upto = client.get("/api/articles", params={"date_to": "2025-10", "limit": 1}).json()
    before = client.get("/api/articles", params={"date_to": "2025-09", "limit": 1}).json()
    assert upto["total"] == before["total"] + oct_["total"]


def test_errors_speak_the_readers_language(client: TestClient) -> None:
    """lang, else Accept-Language, else Chinese; the code the same in each."""
    url = "/api/events/no-such-event"
    default = client.get(url).json()
    assert default == {
        "code": "no_event",
        "detail": text("no_event", "zh", id="no-such-event"),
        "status": 404,
    }
    assert client.get(url, params={"lang": "en"}).json()["detail"] == "no event 'no-such-event'"
    assert client.get(url, headers={"Accept-Language": "en-GB,en;q=0.9"}).json()["detail"] == (
        "no event 'no-such-event'"
    )
    both = {"Accept-Language": "en;q=0.5,zh-CN;q=0.8"}
    assert client.get(url, headers=both).json()["detail"] == default["detail"]
    # lang wins over the header
    chosen = client.get(url, params={"lang": "zh"}, headers={"Accept-Language": "en"}).json()
    assert chosen["detail"] == default["detail"]
    # a bad parameter: each problem with its own code, in the language asked for
    err = client.get("/api/events", params={"limit": 500, "status": "maybe"}).json()
    assert err["code"] == "bad_parameter" and err["status"] == 422
    assert {e["code"] for e in err["errors"]} == {"less_than_equal", "literal_error"}
    assert "limit" in err["detail"] and "200" in err["detail"] and "不能大于" in err["detail"]
    en = client.get("/api/events", params={"limit": 500, "lang": "en"}).json()
    assert en["detail"] == "bad parameter: limit: must be at most 200"
    # the search query's own messages, and an address that is no route
    search = client.get("/api/articles/search", params={"q": "-美国", "lang": "en"}).json()
    assert search["code"] == "only_excludes" and "excludes" in search["detail"]
    assert (
        client.get("/api/articles/search", params={"q": "-美国"})
        .json()["detail"]
        .startswith("从第")
    )
    nowhere = client.get("/api/nowhere").json()
    assert nowhere["code"] == "no_page" and "/api/nowhere" in nowhere["detail"]
    # a lang that is neither is refused, in Chinese
    other = client.get("/api/events", params={"lang": "fr"}).json()
    assert other["code"] == "bad_parameter" and "lang" in other["detail"]


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, None),
        ("", None),
        ("en", "en"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("en-US,en;q=0.9,zh-TW;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,en;q=0.7,zh;q=0.8", "zh"),
        ("de, en;q=0", None),
        ("zh_Hant", "zh"),
        ("en;q=abc,zh;q=0.1", "zh"),
        ("*", None),
    ],
)
def test_accept_language(header: str | None, lang: str | None) -> None:
    assert accept_language(header) == lang
    headers = {} if header is None else {"accept-language": header}
    assert request_lang({}, headers) == (lang or "zh")


def test_every_message_is_worded_in_both_languages_with_the_same_fields() -> None:
    from string import Formatter

    assert LANGS == ("zh", "en")
    for key, (zh, en) in MESSAGES.items():
        fields = [{f for _, f, _, _ in Formatter().parse(s) if f} for s in (zh, en)]
        assert fields[0] == fields[1], key
        assert zh != en and any("\u4e00" <= ch <= "\u9fff" for ch in zh), key


def test_the_reference_states_the_date_rule_and_the_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert q.DATE_RULE in spec["info"]["description"]
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params["date_from"]["description"] == q.DATE_RULE
    assert "Accept-Language" in params["lang"]["description"]
    for code in ("no_event", "bad_date", "date_order", "bad_parameter"):
        assert f"`{code}`" in spec["info"]["description"]


def test_the_chronicle_page_says_how_it_reads_a_period(client: TestClient, dated_db) -> None:
    """The UI's chronicle filters by the same rule and says so, in the page's language."""
    from dashiji.serve.i18n import Words

    _, picked = dated_db
    for lang in ("zh", "en"):
        client.cookies.set("lang", lang)
        page = client.get("/chronicle", params={"date_from": "2021-05", "date_to": "2021-05"})
        assert page.status_code == 200
        assert f'<p class="note" id="date-rule">{Words(lang)("date_rule")}</p>' in page.text
        shown = {n for n, event_id in picked.items() if f"/events/{quote(event_id)}" in page.text}
        assert shown == IN_MAY
        assert 'id="date-rule"' not in client.get("/chronicle").text
    client.cookies.clear()
