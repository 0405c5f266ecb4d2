"""Exports: the GDELT 2.0 event and mentions tables, JSONL, CSV, Parquet (pyarrow and DuckDB),
the shared filters, the date helpers, and the KB geography the GDELT geo columns come from.

Documents and events are built directly (they are plain data) and also round-tripped through a
real Store: put the documents, put_spans(layer "event"), export from the store.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from dashiji.events.model import Event, EventActor, Mention
from dashiji.export import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    GdeltCoder,
    export_events,
    iter_events,
    make_filter,
    mentions_path,
    write_events,
)
from dashiji.export.dates import date_label, event_day, fraction_date, interval
from dashiji.export.gdelt import event_codes, global_event_id, tsv_line
from dashiji.export.tables import CSV_COLUMNS
from dashiji.kb import KBError, KnowledgeBase, load_kb
from dashiji.model import Article, Block, Document, Raw, content_id
from dashiji.store import Store

HEADER = "来源：示例新闻网\n\n"  # text in the input before the article: source offsets differ

TITLE_000 = "美俄峰会另有安排,特朗普犯了普京的忌讳?两国高层会议推迟举行"
BODY_000 = [
    "美俄元首峰会生变?两国高层会议暂被搁置。",
    "一周前特朗普还在社媒上兴致勃勃地说,要和普京两周后在布达佩斯开元首峰会,"
    "前期对接交给美国国务卿鲁比奥和俄罗斯外长拉夫罗夫。",
    "俄副外长里亚布科夫是这么说的,鲁比奥和拉夫罗夫已经在20日通话,"
    "但双方尚未就会谈日期和地点达成一致。",
    "北约秘书长还曾称特朗普为\t“爸爸”。",
]
CAPTION_000 = "2017年11月11日，越南岘港，特朗普和普京在出席亚太经合组织峰会期间交谈。"


def make_doc(
    title: str,
    body: list[str],
    captions: tuple[str, ...] = (),
    *,
    uri: str = "https://news.example.com/a/000.html",
    published: str | None = None,
    reference_date: str | None = None,
) -> Document:
    """A text-file-like document: every block taken verbatim from the input after HEADER."""
    texts = [("title", title)] + [("body", p) for p in body] + [("caption", c) for c in captions]
    source = HEADER + "\n\n".join(t for _, t in texts)
    data = source.encode("utf-8")
    doc = Document(
        id=content_id(data),
        raw=Raw(data, uri, "text/plain", fetched_at="2025-10-22T08:00:00+00:00"),
        source_text=source,
        reference_date=reference_date,
    )
    blocks = [Block(kind, text) for kind, text in texts]  # type: ignore[arg-type]
    doc.set_article(Article(title=title, published=published, blocks=blocks, outlet="示例新闻网"))
    for block in blocks:
        block.source_start = len(HEADER) + block.start
    return doc


def at(doc: Document, text: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(text, after)
    return start, start + len(text)


def make_event(
    doc: Document,
    quote: str,
    trigger: str,
    *,
    type: str,
    mode: str | None,
    cameo: str,
    actors: list[EventActor],
    eid: str,
    goldstein: float = 1.0,
    quad: int = 1,
    extra_quotes: tuple[str, ...] = (),
    **kw,
) -> Event:
    start, end = at(doc, quote)
    t0, t1 = at(doc, trigger, start)
    mentions = []
    for q in (quote, *extra_quotes):
        a, b = at(doc, q)
        ta, tb = at(doc, trigger, a) if trigger in q else (a, a)
        block = doc.block_at(a)
        assert block is not None
        mentions.append(Mention(a, b, block.start, block.end, ta, tb, block.kind))
    return Event(
        doc=doc.id,
        type=type,
        mode=mode,
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        actors=actors,
        sentence=quote,
        quote=quote,
        start=start,
        end=end,
        trigger=trigger,
        trigger_start=t0,
        trigger_end=t1,
        mentions=mentions,
        confidence=0.8,
        extractor="test",
        source=doc.source,
        id=eid,
        **kw,
    )


def rubio(doc: Document, side: str = "party") -> EventActor:
    s, _ = at(doc, "鲁比奥和拉夫罗夫已经")
    return EventActor("鲁比奥", "marco-rubio", "USA", "USAGOV", side, "foreign_minister", s, s + 3)


def lavrov(doc: Document, side: str = "party") -> EventActor:
    s, _ = at(doc, "拉夫罗夫已经")
    return EventActor("拉夫罗夫", "sergey-lavrov", "RUS", "RUSGOV", side, None, s, s + 4)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture()
def doc000() -> Document:
    return make_doc(TITLE_000, BODY_000, (CAPTION_000,), reference_date="2025-10-22")


@pytest.fixture()
def events000(doc000: Document) -> list[Event]:
    d = doc000
    call = make_event(
        d, "鲁比奥和拉夫罗夫已经在20日通话", "通话",
        type="CONSULT", mode="phone", cameo="041", eid="e-call",
        actors=[rubio(d), lavrov(d)],
        date="2025-10-20", precision="day", date_text="20日",
        modality="reported", attributed_to="俄副外长里亚布科夫",
        extra_quotes=("前期对接交给美国国务卿鲁比奥和俄罗斯外长拉夫罗夫",),
    )  # fmt: skip
    summit = make_event(
        d, "要和普京两周后在布达佩斯开元首峰会", "峰会",
        type="CONSULT", mode="meet", cameo="043", eid="e-summit", goldstein=2.8,
        actors=[
            EventActor("特朗普", "donald-trump", "USA", "USAGOV", "party"),
            EventActor("普京", "vladimir-putin", "RUS", "RUSGOV", "party"),
        ],
        date="2025-10", precision="early-month", place="布达佩斯", place_kb_id="budapest",
        place_country="HUN", status="postponed", modality="uncertain",
    )  # fmt: skip
    stalled = make_event(
        d, "两国高层会议暂被搁置", "搁置",
        type="SANCTION", mode="halt-negotiation", cameo="164", eid="e-stall",
        goldstein=-7.0, quad=4,
        actors=[EventActor("美国", "USA", "USA", "USA", "source"),
                EventActor("俄罗斯", "RUS", "RUS", "RUS", "target")],
    )  # fmt: skip
    nato = make_event(
        d, "北约秘书长还曾称特朗普为\t“爸爸”", "称",
        type="SUPPORT", mode="praise", cameo="051", eid="e-nato", goldstein=3.4,
        actors=[EventActor("北约秘书长", "nato", "NATO", "NATO", "source", "secretary_general"),
                EventActor("特朗普", "donald-trump", "USA", "USAGOV", "target")],
    )  # fmt: skip
    caption = make_event(
        d, "特朗普和普京在出席亚太经合组织峰会期间交谈", "交谈",
        type="CONSULT", mode="third-party", cameo="044", eid="e-danang",
        actors=[EventActor("特朗普", "donald-trump", "USA", "USAGOV", "party"),
                EventActor("普京", "vladimir-putin", "RUS", "RUSGOV", "party")],
        date="2017-11-11", precision="day", place="岘港", place_kb_id="da-nang",
        source_part="caption",
    )  # fmt: skip
    return [call, summit, stalled, nato, caption]


def gdelt_rows(doc: Document, events: list[Event], **kw) -> tuple[list[dict], list[list[str]]]:
    out, mn = io.StringIO(), io.StringIO()
    counts = write_events([(doc, e) for e in events], "gdelt", out, mentions=mn, **kw)
    assert counts["events"] == len(events)
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"), strict=True))
            for line in out.getvalue().splitlines()]  # fmt: skip
    mentions = [line.split("\t") for line in mn.getvalue().splitlines()]
    return rows, mentions


# ---- the GDELT event table ---------------------------------------------------------------------
def test_gdelt_rows_have_61_columns_and_the_key_values(doc000, events000) -> None:
    out = io.StringIO()
    write_events([(doc000, e) for e in events000], "gdelt", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(events000)
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert len(EVENT_COLUMNS) == 61

    rows, _ = gdelt_rows(doc000, events000)
    call = rows[0]
    assert call["GLOBALEVENTID"] == str(global_event_id(events000[0]))
    assert 0 < int(call["GLOBALEVENTID"]) < 2**63
    assert call["SQLDATE"] == "20251020"
    assert call["MonthYear"] == "202510"
    assert call["Year"] == "2025"
    assert call["FractionDate"] == "2025.7945"  # 2025 + (9*30 + 20)/365
    assert (call["Actor1Code"], call["Actor1Name"], call["Actor1CountryCode"]) == (
        "USAGOV",
        "MARCO RUBIO",
        "USA",
    )
    assert (call["Actor1Type1Code"], call["Actor1Type2Code"], call["Actor1KnownGroupCode"]) == (
        "GOV",
        "",
        "",
    )
    assert (call["Actor2Code"], call["Actor2Name"], call["Actor2CountryCode"]) == (
        "RUSGOV",
        "SERGEY LAVROV",
        "RUS",
    )
    assert (call["EventCode"], call["EventBaseCode"], call["EventRootCode"]) == ("041", "041", "04")
    assert (call["QuadClass"], call["GoldsteinScale"]) == ("1", "1.0")
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("2", "1", "1")
    assert call["AvgTone"] == ""
    assert call["IsRootEvent"] == "0"
    # actor geography: the actor's country, FIPS codes, Factbook points
    assert (call["Actor1Geo_Type"], call["Actor1Geo_FullName"], call["Actor1Geo_CountryCode"]) == (
        "1",
        "United States",
        "US",
    )
    assert (call["Actor1Geo_ADM1Code"], call["Actor1Geo_FeatureID"]) == ("US", "US")
    assert (call["Actor1Geo_Lat"], call["Actor1Geo_Long"]) == ("38", "-97")
    assert (call["Actor2Geo_CountryCode"], call["Actor2Geo_Lat"], call["Actor2Geo_Long"]) == (
        "RS",
        "60",
        "100",
    )
    assert call["ActionGeo_Type"] == "0" and call["ActionGeo_FullName"] == ""
    assert call["DATEADDED"] == "20251022080000"  # no store: the fetch time
    assert call["SOURCEURL"] == "https://news.example.com/a/000.html"

    summit = rows[1]
    assert summit["SQLDATE"] == "20251001"  # early-month: the first day of the month
    assert (summit["EventCode"], summit["GoldsteinScale"]) == ("043", "2.8")
    assert (summit["ActionGeo_Type"], summit["ActionGeo_FullName"]) == ("4", "Budapest, Hungary")
    assert (summit["ActionGeo_CountryCode"], summit["ActionGeo_Lat"]) == ("HU", "47.5")
    assert summit["ActionGeo_Long"] == "19.04"

    stalled = rows[2]
    assert stalled["IsRootEvent"] == "1"  # first body paragraph
    assert stalled["SQLDATE"] == "20251022"  # undated: no publication date → reference date
    assert (stalled["Actor1Code"], stalled["Actor1Name"], stalled["Actor1Type1Code"]) == (
        "USA",
        "UNITED STATES",
        "",
    )
    assert (stalled["EventCode"], stalled["EventRootCode"], stalled["QuadClass"]) == (
        "164",
        "16",
        "4",
    )
    assert stalled["GoldsteinScale"] == "-7.0"

    nato = rows[3]
    assert (nato["Actor1Code"], nato["Actor1Name"]) == ("IGOWSTNAT", "NATO")
    assert (nato["Actor1KnownGroupCode"], nato["Actor1Type1Code"]) == ("NAT", "IGO")
    assert nato["Actor1CountryCode"] == ""
    assert nato["Actor1Geo_Type"] == "0"  # NATO has no country to place it in
    assert (nato["Actor2Code"], nato["Actor2Name"]) == ("USAGOV", "DONALD TRUMP")

    danang = rows[4]
    assert danang["SQLDATE"] == "20171111" and danang["FractionDate"] == "2017.8521"
    assert (danang["ActionGeo_FullName"], danang["ActionGeo_CountryCode"]) == (
        "Da Nang, Vietnam",
        "VM",
    )


def test_event_codes_keep_leading_zeros() -> None:
    assert event_codes("041") == ("041", "041", "04")
    assert event_codes("0871") == ("0871", "087", "08")
    assert event_codes("1312") == ("1312", "131", "13")
    assert event_codes("02") == ("020", "020", "02")  # root only: "not specified below"
    assert event_codes("12") == ("120", "120", "12")
    assert event_codes("") == ("", "", "")


def test_global_event_id_is_stable_and_distinct(events000) -> None:
    ids = [global_event_id(e) for e in events000]
    assert len(set(ids)) == len(ids)
    assert ids == [global_event_id(e) for e in events000]
    assert all(0 < i < 2**63 for i in ids)
    anonymous = Event(doc="d", type="AID", mode=None, cameo="07", goldstein=7.0, quad_class=2)
    assert global_event_id(anonymous) == global_event_id(anonymous) > 0


def test_sqldate_sources(doc000, kb) -> None:
    coder = GdeltCoder(kb)
    assert event_day("2025-10-20", "day", doc000) == ("2025-10-20", "event")
    assert event_day("2025-10-15", "approx-day", doc000) == ("2025-10-15", "event")
    assert event_day("2025-05", "month", doc000) == ("2025-05-01", "event")
    assert event_day("2026", "year", doc000) == ("2026-01-01", "event")
    assert event_day("2025-10", "late-month", doc000) == ("2025-10-21", "event")
    assert event_day("2025-05/2025-07", "month", doc000) == ("2025-05-01", "event")
    assert event_day(None, None, doc000) == ("2025-10-22", "reference")
    assert event_day("../2025-10-22", "approx-range", doc000) == ("2025-10-22", "reference")
    published = make_doc("标题", ["正文。"], published="2025-08-13T09:30:00+08:00")
    assert event_day(None, None, published) == ("2025-08-13", "article")
    bare = make_doc("标题", ["正文。"])
    assert event_day(None, None, bare, "2025-10-23T01:02:03+00:00") == ("2025-10-23", "ingest")
    event = Event(doc=bare.id, type="AID", mode=None, cameo="07", goldstein=7.0, quad_class=2)
    row = coder.event_row(published, event)
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == (20250813, 202508, 2025)


def test_fraction_date_follows_gdelt() -> None:
    assert fraction_date("2014-02-18") == 2014.1315
    assert fraction_date("1979-01-01") == 1979.0027
    assert fraction_date("2025-12-31") == 2025.989  # (11*30 + 31)/365


def test_actor_codes_from_the_kb(doc000, kb) -> None:
    coder = GdeltCoder(kb)
    day = "2025-10-20"
    eu = coder.actor(EventActor("欧盟", "eu", "EUR", "EUR", "source"), day)
    assert (eu.code, eu.name, eu.known_group, eu.types[0]) == (
        "IGOEUREEC",
        "EUROPEAN UNION",
        "EEC",
        "IGO",
    )
    europe = coder.actor(EventActor("欧洲", "EUR", "EUR", "EUR", "target"), day)
    assert (europe.code, europe.country, europe.name) == ("EUR", "EUR", "EUROPE (AS A BLOC)")
    un = coder.actor(EventActor("联合国", None, None, "UNO", "source"), day)
    assert (un.code, un.known_group) == ("IGOUNO", "UNO")
    romania = coder.actor(EventActor("罗马尼亚政府", None, "ROU", "ROUGOV", "source"), day)
    assert (romania.code, romania.country, romania.types[0]) == ("ROMGOV", "ROM", "GOV")
    envoy = coder.actor(EventActor("美国乌克兰问题特使", None, "USA", None, "source"), day)
    assert (envoy.code, envoy.name, envoy.country) == ("USA", "美国乌克兰问题特使", "USA")
    # no CAMEO code on the actor: the person's role on the day
    rubio_code = coder.actor(EventActor("鲁比奥", "marco-rubio", "USA", None, "source"), day)
    assert rubio_code.code == "USAGOV"
    hamas = coder.actor(EventActor("哈马斯", "hamas", "PSE", None, "source"), day)
    assert hamas.known_group == "HMS" and hamas.types[0] == "REB"
    assert GdeltCoder(kb).actor(None, day).code == ""


def test_actor1_and_actor2_from_sides(doc000, kb) -> None:
    a = EventActor("A", side="target")
    b = EventActor("B", side="source")
    c = EventActor("C", side="party")
    d = EventActor("D", side="party")
    ev = Event(doc="x", type="ACCUSE", mode=None, cameo="112", goldstein=-2, quad_class=3)
    ev.actors = [a, b]
    assert GdeltCoder.roles(ev) == (b, a)
    ev.actors = [c, d]
    assert GdeltCoder.roles(ev) == (c, d)
    ev.actors = [b, c]  # a source and a party: the party is the other side
    assert GdeltCoder.roles(ev) == (b, c)
    ev.actors = [a]
    assert GdeltCoder.roles(ev) == (None, a)


@pytest.mark.parametrize(
    ("place_kb_id", "place", "country", "expected"),
    [
        ("alaska", None, None, ("2", "Alaska, United States", "US", "64", "-152")),
        ("anchorage", None, None, ("3", "Anchorage, United States", "US", "61.22", "-149.9")),
        ("crimea", None, None, ("5", "Crimea, Ukraine", "UP", "45.3", "34.2")),
        ("gaza", None, None, ("5", "Gaza Strip, Palestine", "GZ", "31.42", "34.36")),
        ("TUR", None, None, ("1", "Türkiye", "TU", "39", "35")),
        (None, "布达佩斯", None, ("4", "Budapest, Hungary", "HU", "47.5", "19.04")),
        (None, "某地", "SAU", ("1", "Saudi Arabia", "SA", "25", "45")),
        ("south-china-sea", None, None, ("4", "South China Sea", "", "12", "113")),
        (None, "某地", None, ("0", "", "", "", "")),
    ],
)
def test_action_geo(doc000, kb, place_kb_id, place, country, expected) -> None:
    ev = Event(
        doc=doc000.id, type="CONSULT", mode="meet", cameo="040", goldstein=1.0, quad_class=1,
        place=place, place_kb_id=place_kb_id, place_country=country,
    )  # fmt: skip
    row = GdeltCoder(kb).event_row(doc000, ev)
    line = dict(zip(EVENT_COLUMNS, tsv_line(row, EVENT_COLUMNS)[:-1].split("\t"), strict=True))
    got = tuple(line[f"ActionGeo_{c}"] for c in ("Type", "FullName", "CountryCode", "Lat", "Long"))
    assert got == expected
    if expected[0] == "1":
        assert line["ActionGeo_ADM1Code"] == line["ActionGeo_FeatureID"] == expected[2]


# ---- the mentions table ------------------------------------------------------------------------
def test_mentions_table_gdelt_columns_and_provenance(doc000, events000) -> None:
    _, mentions = gdelt_rows(doc000, events000)
    assert all(len(m) == len(MENTION_COLUMNS) == 36 for m in mentions)
    assert len(mentions) == 6  # the call has two mentions, every other event one
    rows = [dict(zip(MENTION_COLUMNS, m, strict=True)) for m in mentions]
    call = [r for r in rows if r["event_id"] == "e-call"]
    assert [r["mention_index"] for r in call] == ["0", "1"]
    first_call = min(call, key=lambda r: int(r["start"]))  # mentions in text order
    assert first_call["quote"] == "前期对接交给美国国务卿鲁比奥和俄罗斯外长拉夫罗夫"
    said = next(r for r in call if r["quote"] == "鲁比奥和拉夫罗夫已经在20日通话")
    ev = events000[0]
    assert said["GLOBALEVENTID"] == str(global_event_id(ev))
    assert (said["EventTimeDate"], said["MentionTimeDate"]) == ("20251022080000",) * 2
    assert (said["MentionType"], said["InRawText"], said["Confidence"]) == ("1", "1", "80")
    assert said["MentionSourceName"] == "news.example.com"
    assert said["MentionIdentifier"] == "https://news.example.com/a/000.html"
    # sentences: the title (2, split at ?), paragraph 1 (2), paragraph 2 (1), paragraph 3 (1)
    assert said["SentenceID"] == "6"
    assert said["ActionCharOffset"] == str(ev.trigger_start)
    assert said["Actor1CharOffset"] == str(ev.actors[0].start)
    assert said["Actor2CharOffset"] == str(ev.actors[1].start)
    assert first_call["Actor1CharOffset"] == "-1"  # the actor's offset is in the other sentence
    assert said["MentionDocLen"] == str(len(doc000.text))
    assert said["MentionDocTone"] == ""
    assert said["MentionDocTranslationInfo"] == "srclc:zho"
    assert said["doc_id"] == doc000.id
    assert said["sentence"] == BODY_000[2]
    assert (said["trigger"], said["status"], said["modality"]) == ("通话", "occurred", "reported")
    assert said["attributed_to"] == "俄副外长里亚布科夫"
    assert (said["date"], said["precision"], said["date_source"]) == ("2025-10-20", "day", "event")
    assert said["source_part"] == "body"
    # the offsets map back into the original input
    s, e = int(said["source_start"]), int(said["source_end"])
    assert doc000.source_text[s:e] == said["quote"]
    assert s == int(said["start"]) + len(HEADER)
    stalled = next(r for r in rows if r["event_id"] == "e-stall")
    assert stalled["date_source"] == "reference" and stalled["date"] == ""
    caption = next(r for r in rows if r["event_id"] == "e-danang")
    assert caption["source_part"] == "caption"
    # GDELT has no quoting: the tab inside the NATO quote became a space
    nato = next(r for r in rows if r["event_id"] == "e-nato")
    assert nato["quote"] == "北约秘书长还曾称特朗普为 “爸爸”"


def test_text_fields_lose_tabs_and_line_breaks(doc000, kb) -> None:
    ev = Event(doc=doc000.id, type="AID", mode=None, cameo="07", goldstein=7.0, quad_class=2,
               actors=[EventActor("甲\t乙\n丙\r\n丁", side="source")])  # fmt: skip
    line = tsv_line(GdeltCoder(kb).event_row(doc000, ev), EVENT_COLUMNS)
    assert line.count("\t") == 60 and line.endswith("\n") and line.count("\n") == 1
    assert "甲 乙 丙 丁" in line


def test_source_offsets_null_when_not_verbatim(doc000, events000, kb) -> None:
    for block in doc000.article.blocks:
        block.source_start = None
    row = GdeltCoder(kb).mention_rows(doc000, events000[0])[0]
    assert row["source_start"] is None and row["source_end"] is None


def test_mentions_file_names() -> None:
    assert mentions_path(Path("out/events.tsv")) == Path("out/events.mentions.tsv")
    assert mentions_path(Path("out/20251022.export.CSV")) == Path("out/20251022.mentions.CSV")
    assert mentions_path(Path("out/events")) == Path("out/events.mentions.tsv")
    assert mentions_path(Path("x.csv")) == Path("x.mentions.tsv")


def test_header_option_and_files(tmp_path, doc000, events000) -> None:
    out = tmp_path / "20251022.export.CSV"
    counts = write_events([(doc000, e) for e in events000], "gdelt", out, header=True)
    assert counts["files"] == [str(out), str(tmp_path / "20251022.mentions.CSV")]
    assert (counts["events"], counts["mentions"], counts["documents"]) == (5, 6, 1)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    mlines = (tmp_path / "20251022.mentions.CSV").read_text(encoding="utf-8").splitlines()
    assert mlines[0].split("\t") == list(MENTION_COLUMNS) and len(mlines) == 7


def test_unknown_format(doc000, events000) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_events([], "xml", io.StringIO())
    with pytest.raises(ValueError, match="directory"):
        write_events([(doc000, events000[0])], "parquet", io.StringIO())


# ---- the store round trip ----------------------------------------------------------------------
@pytest.fixture()
def store(tmp_path, doc000, events000):
    doc002 = make_doc(
        "普京与特朗普将在阿拉斯加会晤",
        ["俄罗斯总统普京和美国总统特朗普将于8月15日在美国阿拉斯加会晤。",
         "特朗普给俄罗斯设置了最后通牒。"],
        uri="/data/seeds/002.txt",
        published="2025-08-13",
    )  # fmt: skip
    alaska = make_event(
        doc002, "将于8月15日在美国阿拉斯加会晤", "会晤",
        type="CONSULT", mode="meet", cameo="036", eid="e-alaska", goldstein=4.0,
        actors=[EventActor("普京", "vladimir-putin", "RUS", "RUSGOV", "party"),
                EventActor("特朗普", "donald-trump", "USA", "USAGOV", "party")],
        date="2025-08-15", precision="day", place="阿拉斯加", place_kb_id="alaska",
        status="planned",
    )  # fmt: skip
    ultimatum = make_event(
        doc002, "特朗普给俄罗斯设置了最后通牒", "最后通牒",
        type="THREATEN", mode="ultimatum", cameo="139", eid="e-ultimatum", goldstein=-7.0, quad=3,
        actors=[EventActor("特朗普", "donald-trump", "USA", "USAGOV", "source"),
                EventActor("俄罗斯", "RUS", "RUS", "RUS", "target")],
    )  # fmt: skip
    st = Store.open(tmp_path / "store.db")
    st.put(doc000)
    st.put(doc002)
    st.put_spans(doc000.id, "event", [e.to_span() for e in events000])
    st.put_spans(doc002.id, "event", [alaska.to_span(), ultimatum.to_span()])
    yield st
    st.close()


def test_store_round_trip_gdelt(tmp_path, store, doc000, events000) -> None:
    out = tmp_path / "export" / "events.tsv"
    counts = export_events(store, "gdelt", out)
    assert (counts["events"], counts["documents"], counts["mentions"]) == (7, 2, 8)
    assert counts["files"] == [str(out), str(tmp_path / "export" / "events.mentions.tsv")]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and all(len(line.split("\t")) == 61 for line in lines)
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    ingested = dict(store.connection.execute("SELECT id, ingested_at FROM documents"))
    stamp = dt.datetime.fromisoformat(ingested[doc000.id]).strftime("%Y%m%d%H%M%S")
    assert rows[0]["DATEADDED"] == stamp  # the ingest time, not the fetch time
    by_id = {r["GLOBALEVENTID"]: r for r in rows}
    alaska = next(r for r in rows if r["ActionGeo_FullName"] == "Alaska, United States")
    assert (alaska["SQLDATE"], alaska["ActionGeo_Type"], alaska["EventCode"]) == (
        "20250815",
        "2",
        "036",
    )
    assert alaska["SOURCEURL"] == "/data/seeds/002.txt"
    assert alaska["IsRootEvent"] == "1"
    ultimatum = next(r for r in rows if r["EventCode"] == "139")
    assert ultimatum["SQLDATE"] == "20250813"  # undated: the article's date
    mentions = (tmp_path / "export" / "events.mentions.tsv").read_text(encoding="utf-8")
    mrows = [dict(zip(MENTION_COLUMNS, m.split("\t"), strict=True)) for m in mentions.splitlines()]
    assert {m["GLOBALEVENTID"] for m in mrows} == set(by_id)
    um = next(m for m in mrows if m["event_id"] == "e-ultimatum")
    assert (um["date_source"], um["published"], um["MentionSourceName"]) == (
        "article",
        "2025-08-13",
        "示例新闻网",
    )
    assert um["quote"] == "特朗普给俄罗斯设置了最后通牒"


def test_store_round_trip_jsonl_and_filters(tmp_path, store, events000) -> None:
    out = tmp_path / "events.jsonl"
    counts = export_events(store, "jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert counts["events"] == len(records) == 7
    assert records[0] == events000[0].to_record()

    def ids(**filters) -> list[str]:
        return [e.id for _, e in iter_events(store, **filters)]

    assert ids(actor="Lavrov") == ["e-call"]
    assert ids(actor="拉夫羅夫") == ["e-call"]  # traditional script
    assert ids(actor="marco-rubio") == ["e-call"]
    assert ids(actor="北约") == ["e-nato"]
    assert set(ids(actor="RUS")) == {"e-call", "e-summit", "e-stall", "e-danang", "e-alaska",
                                     "e-ultimatum"}  # fmt: skip
    assert set(ids(actor="俄")) == set(ids(actor="RUS")) == set(ids(actor="俄罗斯"))
    assert ids(actor="RUSGOV") == ["e-call", "e-summit", "e-danang", "e-alaska"]
    assert ids(type="threaten,sanction") == ["e-stall", "e-ultimatum"]
    # the API's rule: every day of the event's date within the window
    assert ids(date_from="2025-10") == ["e-call", "e-summit"]
    assert ids(date_from="2025-10-05") == ["e-call"]  # early October may lie before the 5th
    assert ids(date_from="2025-10-01", date_to="2025-10-10") == ["e-summit"]
    assert ids(date_to="2025-10-09") == ["e-danang", "e-alaska"]  # runs to the 10th
    assert ids(date_from="2025-10-11") == ["e-call"]
    assert ids(date_to="2025-08") == ["e-danang", "e-alaska"]
    assert ids(date_from="2025", date_to="2025", type="CONSULT", actor="普京") == [
        "e-summit",
        "e-alaska",
    ]
    counts = export_events(store, "jsonl", tmp_path / "f.jsonl", type="THREATEN")
    assert (counts["events"], counts["documents"]) == (1, 1)
    with pytest.raises(ValueError, match="not a date"):
        export_events(store, "jsonl", tmp_path / "bad.jsonl", date_from="20 Oct")
    with pytest.raises(ValueError, match="after"):
        iter_events(store, date_from="2025-11", date_to="2025-10")
    assert not (tmp_path / "bad.jsonl").exists()


def test_csv_parses_back(tmp_path, store, events000) -> None:
    out = tmp_path / "events.csv"
    export_events(store, "csv", out)
    raw = out.read_bytes()
    assert b"\r\n" in raw  # RFC 4180 line ends
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 8
    record = dict(zip(rows[0], rows[1], strict=True))
    expected = events000[0].to_record()
    assert json.loads(record["actors"]) == expected["actors"]
    assert json.loads(record["mentions"]) == expected["mentions"]
    assert record["quote"] == expected["quote"] and record["goldstein"] == "1.0"
    nato = next(dict(zip(rows[0], r, strict=True)) for r in rows[1:] if r[0] == "e-nato")
    assert nato["quote"] == "北约秘书长还曾称特朗普为\t“爸爸”"  # kept, quoted by csv
    stalled = next(dict(zip(rows[0], r, strict=True)) for r in rows[1:] if r[0] == "e-stall")
    assert stalled["date"] == "" and stalled["mode"] == "halt-negotiation"


def test_parquet_reads_back_with_pyarrow_and_duckdb(tmp_path, store, events000) -> None:
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    counts = export_events(store, "parquet", out)
    assert counts["files"] == [str(out / "events.parquet"), str(out / "mentions.parquet")]
    events = pq.read_table(out / "events.parquet")
    assert events.num_rows == 7
    schema = events.schema
    assert schema.field("actors").type == pa.list_(schema.field("actors").type.value_type)
    assert pa.types.is_struct(schema.field("actors").type.value_type)
    assert schema.field("globaleventid").type == pa.int64()
    assert schema.field("sql_date").type == pa.date32()
    first = events.slice(0, 1).to_pylist()[0]
    assert first["id"] == "e-call" and first["globaleventid"] == global_event_id(events000[0])
    assert [a["name"] for a in first["actors"]] == ["鲁比奥", "拉夫罗夫"]
    assert first["sql_date"] == dt.date(2025, 10, 20)
    assert len(first["mentions"]) == 2
    mentions = pq.read_table(out / "mentions.parquet")
    assert mentions.num_rows == 8 and mentions.column_names == list(MENTION_COLUMNS)
    assert mentions.schema.field("SentenceID").type == pa.int64()

    events_file, mentions_file = str(out / "events.parquet"), str(out / "mentions.parquet")
    rows = duckdb.sql(
        f"select id, cameo, a.name, a.country from '{events_file}', "
        "unnest(actors) as t(a) where type = 'CONSULT' and a.country = 'RUS' order by id"
    ).fetchall()
    assert rows == [
        ("e-alaska", "036", "普京", "RUS"),
        ("e-call", "041", "拉夫罗夫", "RUS"),
        ("e-danang", "044", "普京", "RUS"),
        ("e-summit", "043", "普京", "RUS"),
    ]
    joined = duckdb.sql(
        f"select e.id, count(*) from '{events_file}' e join '{mentions_file}' m "
        "on e.globaleventid = m.GLOBALEVENTID group by e.id order by e.id"
    ).fetchall()
    assert dict(joined)["e-call"] == 2 and len(joined) == 7
    late = duckdb.sql(
        f"select id from '{events_file}' where sql_date >= DATE '2025-10-01' order by id"
    ).fetchall()
    assert [r[0] for r in late] == ["e-call", "e-nato", "e-stall", "e-summit"]


def test_empty_parquet_export_is_readable(tmp_path) -> None:
    import pyarrow.parquet as pq

    counts = write_events([], "parquet", tmp_path / "empty")
    assert counts["events"] == 0
    assert pq.read_table(tmp_path / "empty" / "events.parquet").num_rows == 0


def test_only_ok_documents_are_exported(store) -> None:
    from dashiji.model import DocError

    failed = make_doc("坏文档", ["特朗普与普京通话。"], uri="/x/bad.txt")
    failed.error = DocError("extract_failed", "no article", "extract")
    store.put(failed)
    ev = make_event(
        failed, "特朗普与普京通话", "通话", type="CONSULT", mode="phone", cameo="041",
        actors=[EventActor("特朗普", side="party"), EventActor("普京", side="party")], eid="e-bad",
    )  # fmt: skip
    store.put_spans(failed.id, "event", [ev.to_span()])
    assert "e-bad" not in {e.id for _, e in iter_events(store)}
    assert len(list(iter_events(store))) == 7


# ---- dates -------------------------------------------------------------------------------------
def test_intervals() -> None:
    assert interval("2025-10-20", "day") == ("2025-10-20", "2025-10-20")
    assert interval("2025-10", "early-month") == ("2025-10-01", "2025-10-10")
    assert interval("2025-02", "late-month") == ("2025-02-21", "2025-02-28")
    assert interval("2025-10", "month") == ("2025-10-01", "2025-10-31")
    assert interval("2026", "year") == ("2026-01-01", "2026-12-31")
    assert interval("2019-H1", None) == ("2019-01-01", "2019-06-30")
    assert interval("2017-Q2", None) == ("2017-04-01", "2017-06-30")
    assert interval("2017-W14", None) == ("2017-04-03", "2017-04-09")
    assert interval("199X", None) == ("1990-01-01", "1999-12-31")
    assert interval("2025-05/2025-07", "month") == ("2025-05-01", "2025-07-31")
    assert interval("2025-05/..", None) == ("2025-05-01", None)
    assert interval("../2025-10-22", "approx-range") == (None, "2025-10-22")
    assert interval("2016-11-08T17:00", "minute") == ("2016-11-08", "2016-11-08")
    assert interval(None) is None and interval("soon") is None and interval("2025-13") is None


def test_date_labels() -> None:
    assert date_label("2025-10-20", "day") == "2025-10-20"
    assert date_label("2025-10-15", "approx-day") == "约2025-10-15"
    assert date_label("2025-10", "early-month") == "2025年10月上旬"
    assert date_label("2025-10", "late-month") == "2025年10月下旬"
    assert date_label("2025-05", "month") == "2025年5月"
    assert date_label("2026", "year") == "2026年"
    assert date_label("2019-H1") == "2019年上半年"
    assert date_label("2025-05/2025-07", "month") == "2025年5月至2025年7月"
    assert date_label("../2025-10-22", "approx-range") == "约2025-10-22前"
    assert date_label(None) == "日期未定"


def test_filter_object(kb) -> None:
    f = make_filter(actor="美方", kb=kb)
    assert f(Event(doc="d", type="AID", mode=None, cameo="07", goldstein=7.0, quad_class=2,
                   actors=[EventActor("x", country="USA")]))  # fmt: skip
    assert not make_filter(date_from="2025", kb=kb)(
        Event(doc="d", type="AID", mode=None, cameo="07", goldstein=7.0, quad_class=2)
    )  # undated events are left out under a date filter
    assert make_filter(date_from=dt.date(2025, 1, 1)).dated_only


#: Event dates of every form, and windows around them (tests of the date rule).
RULE_DATES = [
    ("2025-10-20", "day"),
    ("2025-10", "early-month"),
    ("2025-10", "late-month"),
    ("2025-10", "month"),
    ("2025", "year"),
    ("2025-Q4", None),
    ("2025-H2", None),
    ("2025-10-11/2025-10-31", "day"),
    ("2025-05/..", None),
    ("../2025-10-22", "approx-range"),
    ("2024-12-31", "day"),
    ("not a date", None),
    (None, None),
]
RULE_WINDOWS = [
    ("2025-10", "2025-10"),
    ("2025-10-05", None),
    (None, "2025-10-09"),
    ("2025", "2025"),
    ("2025-10-01", "2025-10-10"),
    (None, "2025-06"),
    ("2024", None),
    ("2025-05-01", "2025-05-01"),
    (None, None),
]


def test_cli_date_window_is_the_api_rule(kb) -> None:
    """``--from``/``--to`` keep exactly the events the API's ``date_from``/``date_to`` keep: the
    same bounds (one function) and the same rule, here in Python, there in SQL over the events'
    days (``date_start``, ``date_end``)."""
    import sqlite3

    from dashiji.export.dates import sort_bounds
    from dashiji.serve.queries import EventFilter as ApiFilter

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (event_id INTEGER, date_start TEXT, date_end TEXT)")
    for i, (date, precision) in enumerate(RULE_DATES):
        conn.execute("INSERT INTO events VALUES (?, ?, ?)", (i, *sort_bounds(date, precision)))
    seen = set()
    for lo, hi in RULE_WINDOWS:
        where, args = ApiFilter(date_from=lo, date_to=hi).where()
        api = {r[0] for r in conn.execute(f"SELECT event_id FROM events e{where}", args)}
        keep = make_filter(date_from=lo, date_to=hi, kb=kb)
        cli = {
            i
            for i, (date, precision) in enumerate(RULE_DATES)
            if keep(Event(doc="d", type="AID", mode=None, cameo="07", goldstein=7.0,
                          quad_class=2, date=date, precision=precision))
        }  # fmt: skip
        assert cli == api, (lo, hi)
        seen.add(frozenset(cli))
    assert len(seen) >= 6  # the windows tell the dates apart
    # the API's bounds syntax and errors, named as the CLI's options
    with pytest.raises(ValueError, match="--from: '2025-13' is not a date"):
        make_filter(date_from="2025-13", kb=kb)
    with pytest.raises(ValueError, match="--from 2025-11 .* is after --to 2025-10"):
        make_filter(date_from="2025-11", date_to="2025-10", kb=kb)


# ---- the KB geography --------------------------------------------------------------------------
NO_FIPS = {"ALA", "BES", "UMI", "PSE"}


def test_kb_countries_have_fips_and_points(kb) -> None:
    codes = {}
    for entry in kb.entries(kind="country"):
        if entry.type == "bloc":
            assert entry.fips is None and entry.point is None, entry.id
            continue
        if entry.id in NO_FIPS:
            assert entry.fips is None, entry.id
        else:
            assert entry.fips and len(entry.fips) == 2, entry.id
            assert entry.fips not in codes, (entry.id, codes.get(entry.fips))
            codes[entry.fips] = entry.id
        if entry.id != "UMI":
            assert entry.point is not None, entry.id
    pairs = (
        "USA:US RUS:RS CHN:CH DEU:GM GBR:UK UKR:UP JPN:JA KOR:KS PRK:KN PHL:RP VNM:VM ISR:IS "
        "IRQ:IZ TUR:TU HUN:HU SAU:SA IND:IN PAK:PK TWN:TW HKG:HK XKX:KV SSD:OD SRB:RI MNE:MJ"
    )
    expected = dict(pair.split(":") for pair in pairs.split())
    assert {k: kb.by_id(k).fips for k in expected} == expected
    assert kb.by_id("RUS").point == (60.0, 100.0)


def test_kb_places_have_points(kb) -> None:
    vague = {"arctic", "indo-pacific", "sahel", "dnieper", "east-ukraine", "south-ukraine"}
    for entry in kb.entries(kind="place"):
        assert (entry.point is None) == (entry.id in vague), entry.id
    moscow = kb.by_id("moscow").point
    assert moscow and abs(moscow[0] - 55.76) < 0.1 and abs(moscow[1] - 37.62) < 0.1
    assert kb.by_id("gaza").fips == "GZ" and kb.by_id("west-bank").fips == "WE"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"fips": "usa"}, "FIPS"),
        ({"lat": 91, "lon": 0}, "lat"),
        ({"lat": 10}, "both"),
        ({"lat": 10, "lon": "east"}, "lon"),
        ({"lat": True, "lon": 1}, "lat"),
    ],
)
def test_kb_geo_validation(tmp_path, record, message) -> None:
    path = tmp_path / "user.jsonl"
    entry = {"id": "testville", "type": "city", "names": {"zh-Hans": "测试城", "en": "Testville"},
             **record}  # fmt: skip
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(KBError, match=message):
        load_kb([path], cache=False)


def test_kb_geo_only_on_countries_and_places(tmp_path) -> None:
    path = tmp_path / "user.jsonl"
    entry = {"id": "someone", "type": "person", "names": {"zh-Hans": "某人"}, "fips": "US"}
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(KBError, match="only on countries and places"):
        load_kb([path], cache=False)
    ok = tmp_path / "ok.jsonl"
    ok.write_text(
        json.dumps({"id": "testville", "type": "city", "names": {"zh-Hans": "测试城"},
                    "country": "HUN", "lat": 47.0, "lon": 19}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert load_kb([ok], cache=False).by_id("testville").point == (47.0, 19.0)
