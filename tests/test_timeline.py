"""The story timeline (大事记): its scoring (bench/timeline_metrics.py) on small invented examples,
and :func:`dashiji.stories.timeline.build_timeline` on a store filled with invented articles
through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_bench

from dashiji.events.model import Event
from dashiji.model import Document
from dashiji.pipeline import ingest
from dashiji.store import Store
from dashiji.stories.timeline import (
    LOOKBACK_CHARS,
    TimelineEntry,
    build_timeline,
    consensus,
    gist,
    has_lifecycle,
    lifecycle_order,
    unlabel,
    with_lifecycles,
)

tm = load_bench("timeline_metrics")


# ---- the metrics --------------------------------------------------------------------------------
def test_date_f1_is_the_f1_of_the_two_date_sets() -> None:
    assert tm.date_f1(["2024-01-01", "2024-01-02"], ["2024-01-02", "2024-01-03", "2024-01-04"]) == (
        pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    )
    assert tm.date_f1(["2024-01-01"], ["2024-01-01"]) == 1.0
    assert tm.date_f1([], ["2024-01-01"]) == 0.0
    # a set: a date listed twice counts once
    assert tm.date_f1(["2024-01-01", "2024-01-01"], ["2024-01-01"]) == 1.0


def test_character_ngrams_drop_punctuation_and_white_space() -> None:
    assert tm.clean("大桥 垮塌！“三人”受伤，\n调查组成立。") == "大桥垮塌三人受伤调查组成立"
    assert tm.char_ngrams("大桥，大桥", 2) == {"大桥": 2, "桥大": 1}
    assert tm.char_ngrams("AB c", 1) == {"A": 1, "B": 1, "c": 1}


def test_agreement_rouge_counts_overlap_only_on_the_same_date() -> None:
    gold = {"2024-03-05": ["大桥垮塌"], "2024-04-20": ["报告公布"]}
    # the right words on the wrong date share nothing
    assert tm.agreement_rouge({"2024-04-20": "大桥垮塌"}, gold, 1) == 0.0
    # ROUGE-1: system 大桥垮塌了 (5 chars), 4 shared; gold has 8 chars in all
    p, r, f = tm.agreement_rouge_prf({"2024-03-05": "大桥垮塌了"}, gold, 1)
    assert (p, r) == (pytest.approx(4 / 5), pytest.approx(4 / 8))
    assert f == pytest.approx(2 * p * r / (p + r))
    # ROUGE-2: 大桥 桥垮 垮塌 shared of 塌了 too: 3/4 precision, 3/6 recall
    p2, r2, _ = tm.agreement_rouge_prf({"2024-03-05": "大桥垮塌了"}, gold, 2)
    assert (p2, r2) == (pytest.approx(3 / 4), pytest.approx(3 / 6))
    # overlaps are clipped: repeating a word does not count it twice
    p, r, _ = tm.agreement_rouge_prf({"2024-03-05": "桥桥桥桥"}, {"2024-03-05": ["大桥"]}, 1)
    assert (p, r) == (pytest.approx(1 / 4), pytest.approx(1 / 2))


def test_a_dates_gold_summaries_are_read_as_one_text() -> None:
    gold = {"2024-03-05": ["大桥垮塌", "三人受伤"]}
    p, r, _ = tm.agreement_rouge_prf({"2024-03-05": "大桥垮塌三人受伤"}, gold, 2)
    assert p == pytest.approx(1.0) and r == pytest.approx(1.0)


def test_title_baseline_takes_the_first_title_of_the_busiest_dates() -> None:
    articles = [
        {"publish_date": "2024-03-06", "title": "六日甲"},
        {"publish_date": "2024-03-05", "title": "五日甲"},
        {"publish_date": "2024-03-05", "title": "五日乙"},
        {"publish_date": "2024-03-07", "title": "七日甲"},
        {"publish_date": "2024-03-06", "title": "六日乙"},
        {"publish_date": "2024-03-08", "title": "八日甲"},
    ]
    assert tm.title_baseline(articles, 2) == {"2024-03-05": "五日甲", "2024-03-06": "六日甲"}
    # ties between dates of one article each: the earlier date first
    assert tm.title_baseline(articles, 3)["2024-03-07"] == "七日甲"
    assert tm.gold_by_date(
        [
            {"time": "2024-03-05T00:00:00+00:00", "summary": "甲"},
            {"time": "2024-03-05T10:00:00+00:00", "summary": "乙"},
        ]
    ) == {"2024-03-05": ["甲", "乙"]}


def test_versus_tells_ahead_level_and_behind_per_metric() -> None:
    ours = {"date_f1": 0.8, "ar1": 0.4, "ar2": 0.3}
    assert tm.versus(ours, {"date_f1": 0.7, "ar1": 0.5, "ar2": 0.1}) == {"date_f1": "+", "ar1": "-"}
    assert tm.versus(ours, {"date_f1": 0.8, "ar1": 0.3, "ar2": 0.9}) == {"date_f1": "=", "ar1": "+"}
    # ahead means ahead on both: a tie on date F1 is not ahead
    assert not tm.ahead(ours, {"date_f1": 0.8, "ar1": 0.3, "ar2": 0.0})
    assert tm.ahead(ours, {"date_f1": 0.79, "ar1": 0.39, "ar2": 0.9})


def test_compare_tells_where_two_timelines_part() -> None:
    gold = {
        "2024-03-05": ["大桥垮塌"],
        "2024-03-06": ["市长道歉", "成立调查组"],
        "2024-03-09": ["通报"],
    }
    ours = {"2024-03-05": "大桥垮塌三人伤", "2024-03-06": "市长道歉", "2024-03-07": "追悼会"}
    theirs = {"2024-03-05": "突发", "2024-03-09": "调查通报", "2024-03-10": "评论"}
    c = tm.compare(ours, theirs, gold)
    assert c["only_ours"] == ["2024-03-06"] and c["only_theirs"] == ["2024-03-09"]
    assert c["wrong_ours"] == {"2024-03-07": 3} and c["wrong_theirs"] == {"2024-03-10": 2}
    assert c["shared"] == {"2024-03-05": {"ours": 4, "theirs": 0, "gold": 4}}
    p, r = c["ar1"]["ours"]
    assert p == pytest.approx(8 / 14) and r == pytest.approx(8 / 15)


def test_parted_counts_the_dates_each_lists_alone_and_how_many_are_gold() -> None:
    gold = ["2023-09-01", "2023-09-04", "2023-09-12"]
    ours = ["2023-09-01", "2023-09-04", "2023-09-05"]
    theirs = ["2023-09-01", "2023-09-02", "2023-09-12", "2023-09-20"]
    assert tm.parted(ours, theirs, gold) == {
        "ours": 2,
        "ours_gold": 1,
        "theirs": 3,
        "theirs_gold": 1,
    }
    assert tm.parted(ours, ours, gold) == {"ours": 0, "ours_gold": 0, "theirs": 0, "theirs_gold": 0}


def test_causes_tells_why_dates_part_from_gold() -> None:
    gold = ["2024-07-01", "2024-07-02", "2024-07-09", "2024-07-15", "2024-07-20", "2024-07-25"]
    ours = ["2024-07-01", "2024-07-02", "2024-07-03", "2024-07-08", "2024-07-12", "2024-07-30"]
    ranked = [
        ("2024-07-01", 5.0),
        ("2024-07-02", 3.0),
        ("2024-07-03", 2.0),  # the day after a gold date listed
        ("2024-07-08", 1.5),  # the day before a gold date missed
        ("2024-07-12", 1.2),  # one report
        ("2024-07-30", 1.0),  # several reports; the cut
        ("2024-07-15", 1.0),  # as high as the cut
        ("2024-07-09", 0.6),  # one report
        ("2024-07-20", 0.3),  # only named by texts
    ]
    published = {"2024-07-01": 4, "2024-07-02": 2, "2024-07-03": 3, "2024-07-08": 2}
    published |= {"2024-07-09": 1, "2024-07-12": 1, "2024-07-15": 2, "2024-07-30": 3}
    c = tm.causes(ours, ranked, gold, published)
    assert c["missed"] == {
        "no evidence": 1,  # 2024-07-25: nothing published that day, no text names it
        "named only": 1,
        "tie at the cut": 1,
        "one report": 1,
        "several reports": 0,
    }
    assert c["wrong"] == {
        "next to a gold date listed": 1,
        "next to a gold date missed": 1,
        "named only": 0,
        "one report": 1,
        "several reports": 1,
    }
    assert tm.causes(gold, ranked, gold, published) == {
        "missed": dict.fromkeys(tm.MISSED_CAUSES, 0),
        "wrong": dict.fromkeys(tm.WRONG_CAUSES, 0),
    }


def test_swings_names_the_articles_that_alone_decide_a_date() -> None:
    # a toy timeline: the N = 2 dates of most votes (ties: the earlier date); each item a vote
    def top2(items: list[tuple[str, float]]) -> list[str]:
        score: dict[str, float] = {}
        for day, w in items:
            score[day] = score.get(day, 0.0) + w
        return sorted(score, key=lambda d: (-score[d], d))[:2]

    items = [
        ("2024-05-01", 3.0),  # a busy day: no one vote decides it
        ("2024-05-01", 3.0),
        ("2024-05-02", 1.0),  # the last date in, by one vote
        ("2024-05-02", 0.5),
        ("2024-05-09", 1.2),  # the first date out
        ("2024-05-01", 0.1),
    ]
    ids = ["a", "b", "c", "d", "e", "f"]
    gold = ["2024-05-01", "2024-05-02"]
    moved = tm.swings(top2, items, ids, gold)
    # without c or d the gold date 2024-05-02 leaves for 2024-05-09; without e nothing moves
    assert [m["id"] for m in moved] == ["c", "d"]
    assert moved[0]["leave"] == [("2024-05-02", True)]
    assert moved[0]["enter"] == [("2024-05-09", False)]
    assert moved[0]["f1"] == 0.5 and moved[0]["delta"] == -0.5
    # a date that is no gold date, decided by one vote: leaving that vote out raises date F1
    up = tm.swings(top2, items, ids, ["2024-05-01", "2024-05-09"])
    assert [(m["id"], m["delta"]) for m in up] == [("c", 0.5), ("d", 0.5)]
    # nothing moves: nothing to tell
    assert tm.swings(top2, items[:2], ids[:2], gold) == []


def test_the_bench_tells_which_articles_alone_move_a_storys_date_f1(story_docs) -> None:
    bench = load_bench("timelines")
    gold = {"2024-03-05": ["大桥垮塌"], "2024-03-06": ["控制负责人"], "2024-04-20": ["调查报告"]}
    # N = 3: the dates of the bridge's fall, of the follow-up and of the inquiry, every one gold
    moved = bench.one_article_swings(story_docs, 3, gold, 0.5)
    by_id = {m["id"]: m for m in moved}
    # the inquiry's date rests on its one report: without it, the arrest's date comes instead
    inquiry = by_id["bridge-4"]
    assert inquiry["leave"] == [("2024-04-20", True)]
    assert inquiry["enter"] == [("2024-04-26", False)]
    assert inquiry["title"] == "青川大桥垮塌事故调查报告公布"
    assert inquiry["published"] == "2024-04-20"
    assert inquiry["versus"] == "+"  # 2/3 is still above the baseline's 0.5
    # two reports of the 5th: either alone keeps the date
    assert "bridge-1" not in by_id and "bridge-2" not in by_id
    assert all(m["delta"] < 0 for m in moved)


# ---- build_timeline on a store filled through the pipeline --------------------------------------
# An invented story: a bridge in an invented city falls; reports that day and the next; an
# inquiry report six weeks later; an arrest reported without a date.
STORY = [
    {
        "doc_id": "bridge-1",
        "publish_date": "2024-03-05",
        "source": "甲报",
        "title": "青川跨江大桥局部垮塌 三人受伤",
        "content": "3月5日上午，青川市跨江大桥发生局部垮塌，造成三人受伤。"
        "青川市政府当天成立事故调查组。",
    },
    {
        "doc_id": "bridge-2",
        "publish_date": "2024-03-05",
        "source": "乙网",
        "title": "突发！青川跨江大桥局部垮塌致三人受伤",
        "content": "今天上午，青川市跨江大桥局部垮塌，三名路人受伤送医，伤者暂无生命危险。",
    },
    {
        "doc_id": "bridge-3",
        "publish_date": "2024-03-06",
        "source": "丙台",
        "title": "大桥垮塌事故续：青川警方控制桥梁公司负责人",
        "content": "3月5日青川市跨江大桥垮塌后，青川警方控制了桥梁养护公司的两名负责人。",
    },
    {
        "doc_id": "bridge-4",
        "publish_date": "2024-04-20",
        "source": "甲报",
        "title": "青川大桥垮塌事故调查报告公布",
        "content": "4月20日，青川市政府公布跨江大桥垮塌事故调查报告，认定事故由养护不当造成。"
        "这座大桥于3月5日发生局部垮塌。",
    },
    {
        "doc_id": "bridge-5",
        "publish_date": "2024-04-26",
        "source": "丁网",
        "title": "青川警方逮捕桥梁养护公司经理",
        "content": "青川警方以涉嫌重大责任事故罪逮捕了桥梁养护公司经理王某。",
    },
]


@pytest.fixture(scope="module")
def story_docs(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    folder = tmp_path_factory.mktemp("timeline")
    path = folder / "bridge.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in STORY), "utf-8")
    with Store.open(folder / "t.db") as store:
        report = ingest([str(path)], store)
        assert report.stored == len(STORY), report
        docs = [store.get(r["doc_id"]) for r in STORY]
    assert all(d is not None for d in docs)
    return [d for d in docs if d is not None]


def by_date(entries: list[TimelineEntry]) -> dict[str, TimelineEntry]:
    return {e.date: e for e in entries}


def test_the_busiest_and_most_cited_dates_are_chosen_in_date_order(story_docs) -> None:
    entries = build_timeline(story_docs, n_dates=3)
    assert [e.date for e in entries] == ["2024-03-05", "2024-03-06", "2024-04-20"]
    # each of the last three dates rests on one report: the report of the inquiry names its own
    # day (1.0); a lone follow-up (the 6th's, of the 5th: 0.65) comes before a lone report that
    # names no date (the arrest of the 26th: 0.5)
    four = build_timeline(story_docs, n_dates=4)
    assert [e.date for e in four] == ["2024-03-05", "2024-03-06", "2024-04-20", "2024-04-26"]
    assert [round(e.score, 2) for e in four[1:]] == [0.65, 1.0, 0.5]
    # the same documents in another order give the same timeline
    again = build_timeline(list(reversed(story_docs)), n_dates=3)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in entries]


def test_the_summary_is_the_headline_the_dates_reports_share(story_docs) -> None:
    day = by_date(build_timeline(story_docs, n_dates=3))["2024-03-05"]
    # the common part of the two headlines of that day (and of the follow-up's)
    assert "大桥局部垮塌" in day.summary and "三人受伤" in day.summary
    assert "突发" not in day.summary
    assert "\n" not in day.summary
    assert day.doc_ids[:2] == ["bridge-1", "bridge-2"]
    assert {"bridge-3", "bridge-4"} <= set(day.doc_ids)  # they refer to the day
    assert day.sources[:2] == ["甲报", "乙网"]
    assert day.by_report_date is False


def test_an_undated_event_is_placed_by_its_articles_date(story_docs) -> None:
    arrest_doc = story_docs[4]
    events = [Event.from_span(s) for s in arrest_doc.spans_of("event")]
    assert events and all(e.date is None for e in events), [(e.trigger, e.date) for e in events]
    day = by_date(build_timeline(story_docs, n_dates=4))["2024-04-26"]
    assert day.by_report_date is True
    assert {e.id for e in events} <= set(day.event_ids)
    assert day.summary == "青川警方逮捕桥梁养护公司经理"
    assert day.doc_ids == ["bridge-5"] and day.sources == ["丁网"]


def test_every_date_lists_every_event(story_docs) -> None:
    entries = build_timeline(story_docs, n_dates=None)
    assert [e.date for e in entries] == ["2024-03-05", "2024-03-06", "2024-04-20", "2024-04-26"]
    placed = {i for e in entries for i in e.event_ids}
    every = {Event.from_span(s).id for d in story_docs for s in d.spans_of("event")}
    assert every and placed == every
    report = by_date(entries)["2024-04-20"]
    assert report.summary == "青川大桥垮塌事故调查报告公布" and report.by_report_date is False
    d = entries[0].to_dict()
    assert set(d) >= {"date", "summary", "event_ids", "doc_ids", "sources", "by_report_date"}


# A second invented story: a metro line opens; the next day's report repeats the news; a fare
# plan whose "title" is a whole post.
METRO = [
    {
        "doc_id": "metro-1",
        "publish_date": "2024-05-10",
        "source": "甲报",
        "title": "临江市地铁5号线开通运营",
        "content": "5月10日上午，临江市地铁5号线正式开通运营，全线设站18座。",
    },
    {
        "doc_id": "metro-2",
        "publish_date": "2024-05-11",
        "source": "乙网",
        "title": "临江市地铁5号线开通运营 首日客流超十万",
        "content": "临江市地铁5号线正式开通运营，全线设站18座，首日客流超过十万人次。",
    },
    {
        "doc_id": "metro-3",
        "publish_date": "2024-05-20",
        "source": "丙台",
        "title": "【#临江地铁#】临江市公布地铁票价调整方案，起步价维持两元，"
        "乘坐十公里以上的乘客每多乘坐五公里加收一元，学生和老人半价",
        "content": "临江市发展改革委公布地铁票价调整方案，起步价维持两元。",
    },
]


@pytest.fixture(scope="module")
def metro_docs(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    folder = tmp_path_factory.mktemp("metro")
    path = folder / "metro.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in METRO), "utf-8")
    with Store.open(folder / "m.db") as store:
        ingest([str(path)], store)
        docs = [store.get(r["doc_id"]) for r in METRO]
    return [d for d in docs if d is not None]


def test_a_next_day_repeat_counts_for_the_day_of_the_news(metro_docs) -> None:
    entries = build_timeline(metro_docs, n_dates=2)
    # the repeat of the 10th's news on the 11th gives half its vote to the 10th: the 11th
    # (0.4) falls behind the fare plan (0.8), which it would tie and precede without it
    assert [e.date for e in entries] == ["2024-05-10", "2024-05-20"]
    opening = entries[0]
    assert opening.doc_ids == ["metro-1", "metro-2"] and opening.sources == ["甲报", "乙网"]
    assert "地铁5号线开通运营" in opening.summary
    assert opening.by_report_date is False  # 5月10日 in its own report names the day
    assert entries[1].by_report_date is True


def test_a_post_standing_in_for_a_title_is_cut_to_a_headline(metro_docs) -> None:
    fares = by_date(build_timeline(metro_docs, n_dates=2))["2024-05-20"]
    assert fares.summary == "临江市公布地铁票价调整方案，起步价维持两元"


# A third: a festival opens and closes; a look back the next year opens on the day it was
# announced, a day no article of the story was published on.
FESTIVAL = [
    {
        "doc_id": "fest-1",
        "publish_date": "2024-09-01",
        "source": "甲报",
        "title": "东湖音乐节开幕",
        "content": "9月1日，东湖音乐节开幕，三万名观众到场。",
    },
    {
        "doc_id": "fest-2",
        "publish_date": "2024-09-20",
        "source": "乙网",
        "title": "东湖音乐节闭幕",
        "content": "9月20日，东湖音乐节闭幕。",
    },
    {
        "doc_id": "fest-3",
        "publish_date": "2025-06-01",
        "source": "丙台",
        "title": "回顾：那场一票难求的音乐节",
        "content": "2024年8月15日，主办方宣布东湖音乐节将于9月举行。此后门票在两小时内售罄。",
    },
]


def _stored(folder: Path, name: str, records: list[dict[str, str]]) -> list[Document | None]:
    """The records, written as ``name``.jsonl, ingested into a fresh store, read back in order."""
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    with Store.open(folder / f"{name}.db") as store:
        ingest([str(path)], store)
        return [store.get(r["doc_id"]) for r in records]


def test_a_look_back_counts_for_the_day_it_opens_on(tmp_path: Path) -> None:
    docs = [d for d in _stored(tmp_path, "fest", FESTIVAL) if d is not None]
    entries = build_timeline(docs, n_dates=4)
    # the look back gives the day it opens on its weight (0.4), halved: no article of the story
    # was published that day or the next, so it is the story's background (LOOKBACK_UNCOVERED)
    assert [e.date for e in entries] == ["2024-08-15", "2024-09-01", "2024-09-20", "2025-06-01"]
    scores = {e.date: e.score for e in entries}
    assert scores["2024-08-15"] == pytest.approx(0.5 * 0.4 + 0.15 * 0.3)
    assert scores["2024-08-15"] < scores["2025-06-01"] < scores["2024-09-01"]
    announced = entries[0]
    # nothing was published that day: its line is what the sentence naming it says
    assert announced.summary == "主办方宣布东湖音乐节将于9月举行"
    assert announced.doc_ids == ["fest-3"] and announced.by_report_date is False


def test_a_misdated_page_votes_for_no_date(tmp_path: Path) -> None:
    misdated = {
        "doc_id": "metro-4",
        "publish_date": "2019-05-21",  # years before anything else of the story
        "source": "丁网",
        "title": "临江地铁新线路迎来乘客",
        "content": "临江地铁新线路迎来第一批乘客，市民纷纷前来体验。",
    }
    records = [*METRO, misdated]
    docs = [d for d in _stored(tmp_path, "metro", records) if d is not None]
    assert len(docs) == 4
    assert [e.date for e in build_timeline(docs, n_dates=3)] == [
        "2024-05-10",
        "2024-05-11",
        "2024-05-20",
    ]
    # asked for every date, it is still listed
    assert "2019-05-21" in {e.date for e in build_timeline(docs, n_dates=None)}


def test_a_page_whose_today_is_another_day_votes_for_no_date(tmp_path: Path) -> None:
    # a reprint of the fare report, dated weeks late: its "today" is the 20th, and the 12th it
    # names, read from the wrong date of publication, is taken for 12 June; the same words on a
    # page published the next morning (the 21st) are an evening report of the 20th and vote;
    # so are they on a page stamped the day before (a morning report, another time zone)
    reprint = {
        "source": "丁网",
        "title": "临江地铁票价方案出炉",
        "content": "临江市发展改革委今天（20日）公布地铁票价调整方案，起步价维持两元。"
        "12日举行的听证会上，多数代表赞成学生和老人半价。",
    }
    late = {**reprint, "doc_id": "metro-5", "publish_date": "2024-06-15"}
    docs = [d for d in _stored(tmp_path, "late", [*METRO, late]) if d is not None]
    assert by_date(build_timeline(docs, n_dates=None))["2024-06-15"].score == 0  # still listed
    assert "2024-06-12" not in by_date(build_timeline(docs, n_dates=10))
    assert [e.date for e in build_timeline(docs, n_dates=3)] == [
        "2024-05-10",
        "2024-05-11",
        "2024-05-20",
    ]
    for day in ("2024-05-21", "2024-05-19"):
        near = {**reprint, "doc_id": "metro-6", "publish_date": day}
        docs = [d for d in _stored(tmp_path, day, [*METRO, near]) if d is not None]
        assert by_date(build_timeline(docs, n_dates=None))[day].score > 0


def test_a_long_headline_keeps_its_first_clauses() -> None:
    # 30 characters: cut at the first clause break after 12 characters
    assert gist("临江市长在记者会上宣布辞职！承认决策失误，“所有责任由我承担”") == (
        "临江市长在记者会上宣布辞职"
    )
    # too short a first clause: the next one stays with it
    assert gist("突发，临江长江大桥今晨突然垮塌，三辆汽车落水，救援人员已赶到现场展开搜救") == (
        "突发，临江长江大桥今晨突然垮塌"
    )
    # a headline of at most 24 characters stays whole, as does one without a clause break
    short = "临江大桥封闭检修，过江车辆须绕行"
    assert gist(short) == short
    unbroken = "临江市人民政府新闻办公室今天上午召开临江大桥垮塌事故调查进展新闻发布会"
    assert gist(unbroken) == unbroken


@pytest.mark.parametrize(
    ("rec", "summary"),
    [
        pytest.param(
            {
                "doc_id": "mayor-1",
                "publish_date": "2024-12-02",
                "source": "甲报",
                "title": "临江市长在记者会上宣布辞职！承认决策失误，“所有责任由我承担”",
                "content": "12月2日，临江市长在记者会上宣布辞职，并承认在大桥检修一事上决策失误。",
            },
            "临江市长在记者会上宣布辞职",
            id="the_gist_of_its_headline",
        ),
        pytest.param(
            {
                "doc_id": "flood-1",
                "publish_date": "2024-07-09",
                "source": "乙报",
                "title": "紧急！青川县城部分街道被淹",
                "content": "7月9日凌晨，青川县城遭遇强降雨，部分街道积水超过一米。",
            },
            "青川县城部分街道被淹",
            id="drops_a_cry_before_its_headline",
        ),
    ],
)
def test_a_dates_line_is_what_its_headline_tells(
    tmp_path: Path, rec: dict[str, str], summary: str
) -> None:
    [doc] = _stored(tmp_path, rec["doc_id"], [rec])
    assert doc is not None
    [entry] = build_timeline([doc], n_dates=1)
    assert entry.summary == summary


def test_a_summary_line_drops_the_cry_and_the_label_around_its_news() -> None:
    # a cry (cry_words) before the news
    assert unlabel("揪心！临江大桥垮塌致三人落水") == "临江大桥垮塌致三人落水"
    assert unlabel("刚刚！ 青川县发布山洪预警") == "青川县发布山洪预警"
    # a cry with a number is news (九人获救), and so is a longer first clause
    assert unlabel("九人获救！临江大桥搜救结束") == "九人获救！临江大桥搜救结束"
    assert unlabel("市长深夜致歉！承认检修失职") == "市长深夜致歉！承认检修失职"
    # a short first clause that tells the news is no cry
    assert unlabel("馆长辞职！博物馆回应称系个人原因") == "馆长辞职！博物馆回应称系个人原因"
    # a label before the news, or after it
    assert unlabel("临江大桥垮塌案最新进展：两名工程师被批捕") == "两名工程师被批捕"
    assert unlabel("临江大桥垮塌后续：检修公司被罚200万") == "检修公司被罚200万"
    assert unlabel("临江大桥检修公司被罚200万事件后续详情") == "临江大桥检修公司被罚200万"
    # a short trailing word is part of the news; too little news left: the line as it is
    assert unlabel("大桥重建工程有新进展") == "大桥重建工程有新进展"
    assert unlabel("桥塌了！") == "桥塌了！"
    assert unlabel("临江案进展：已结案") == "临江案进展：已结案"
    # the story's name in quotes: the day's news is what is said of it
    text = "“青川县八旬老人被困电梯案”今日一审宣判 物业赔偿老人八万元"
    assert unlabel(text) == "今日一审宣判 物业赔偿老人八万元"
    text = "临江市警方通报“东湖公园游船倾覆事件”：船主被刑事拘留"
    assert unlabel(text) == "临江市警方通报：船主被刑事拘留"
    # a short name in quotes stays, as do a quote of other words and a name with too little news
    assert unlabel("“游船案”今日宣判：船主获刑") == "“游船案”今日宣判：船主获刑"
    assert unlabel("船主称“游客不听劝阻擅自解开缆绳”") == "船主称“游客不听劝阻擅自解开缆绳”"
    assert unlabel("“东湖公园游船倾覆事件”宣判") == "“东湖公园游船倾覆事件”宣判"
    assert unlabel("“东湖公园游船倾覆事件”今日迎来转机") == "“东湖公园游船倾覆事件”今日迎来转机"


def test_a_timeline_is_written_in_the_script_of_most_of_its_reports(tmp_path: Path) -> None:
    recs = [
        {
            "doc_id": f"ferry-{i}",
            "publish_date": "2024-03-0" + str(i),
            "source": f"{'甲乙丙'[i - 1]}报",
            "title": title,
            "content": content,
        }
        for i, (title, content) in enumerate(
            [
                ("东湖轮渡因大雾停航", "3月1日清晨，东湖轮渡因浓雾全线停航，乘客改乘公交过湖。"),
                ("东湖轮渡雾散后复航", "3月2日上午，浓雾散去，东湖轮渡各条航线陆续恢复运营。"),
                ("東湖輪渡增開夜間航班", "3月3日起，東湖輪渡每晚增開兩個班次，方便市民夜間出行。"),
            ],
            start=1,
        )
    ]
    docs = [d for d in _stored(tmp_path, "ferry", recs) if d is not None]
    assert [d.article.script for d in docs if d.article] == ["zh-Hans", "zh-Hans", "zh-Hant"]
    entries = build_timeline(docs, n_dates=3)
    assert [e.summary for e in entries] == [
        "东湖轮渡因大雾停航",
        "东湖轮渡雾散后复航",
        "东湖轮渡增开夜间航班",
    ]
    # the same reports, most of them traditional: the lines are traditional
    trad = [{**r, "doc_id": f"t{r['doc_id']}"} for r in recs]
    trad[1]["title"], trad[1]["content"] = (
        "東湖輪渡霧散後復航",
        "3月2日上午，濃霧散去，東湖輪渡各條航線陸續恢復運營。",
    )
    docs = [d for d in _stored(tmp_path, "ferry-t", trad) if d is not None]
    entries = build_timeline(docs, n_dates=3)
    assert [e.summary for e in entries] == [
        "東湖輪渡因大霧停航",
        "東湖輪渡霧散後復航",
        "東湖輪渡增開夜間航班",
    ]


def test_no_documents_no_timeline() -> None:
    assert build_timeline([], n_dates=5) == []


def test_consensus_keeps_the_clauses_other_reports_share() -> None:
    others = ["青川跨江大桥局部垮塌 三人受伤", "大桥局部垮塌三人受伤"]
    assert consensus("突发！青川跨江大桥局部垮塌致三人受伤，网友：太可怕", others) == (
        "青川跨江大桥局部垮塌致三人受伤"
    )
    # what the others support is less than half the headline: the rest is news of its own
    assert consensus("突发！临江市长宣布辞职：三天后离任并移交工作", ["市民回应临江市长辞职"]) == (
        "突发！临江市长宣布辞职：三天后离任并移交工作"
    )
    # nothing to compare with, or too little left: the text as it is
    assert consensus("突发！大桥垮塌", []) == "突发！大桥垮塌"
    assert consensus("突发！大桥垮塌", ["大桥"]) == "突发！大桥垮塌"


# ---- the benchmark floors -----------------------------------------------------------------------
def test_the_dtels_dev_timelines_reach_the_floors() -> None:
    """bench/timelines.py on the nine gold stories (ingest of the 642 articles: ~20 s)."""
    bench = load_bench("timelines")
    r = bench.run()
    assert bench.check(r) == [], r["halves"]
    mean = r["halves"]["mean"]
    assert mean["ours"]["date_f1"] > mean["baseline"]["date_f1"], mean
    assert mean["ours"]["ar1"] > mean["baseline"]["ar1"], mean


# A fourth: a school campus is built. One page carries a date months before the news it tells as
# past (its date is the first date of its text); another announces a later opening.
CAMPUS = [
    {
        "doc_id": "campus-1",
        "publish_date": "2024-06-01",
        "source": "甲报",
        "title": "滨海市第一中学新校区开工",
        "content": "6月1日，滨海市第一中学新校区开工建设，计划投资五亿元。",
    },
    {
        "doc_id": "campus-2",
        "publish_date": "2024-06-01",
        "source": "乙网",
        "title": "滨海一中新校区今日动工",
        "content": "今天上午，滨海一中新校区举行开工仪式，市长出席。",
    },
    {
        "doc_id": "campus-3",
        "publish_date": "2024-03-10",  # told: 2024-06-01, in the past
        "source": "丙台",
        "title": "滨海一中新校区建设记",
        "content": "2024年3月10日，滨海市公布一中新校区规划。"
        "2024年6月1日，新校区已经正式开工建设，工人们开始平整场地。",
    },
    {
        "doc_id": "campus-4",
        "publish_date": "2024-06-20",
        "source": "丁网",
        "title": "滨海一中新校区明年秋季启用",
        "content": "滨海市教育局表示，一中新校区将于2025年9月1日启用，可容纳三千名学生。",
    },
]


def test_a_page_dated_months_before_what_it_tells_votes_for_no_date(tmp_path: Path) -> None:
    docs = [d for d in _stored(tmp_path, "campus", CAMPUS) if d is not None]
    assert len(docs) == 4
    entries = build_timeline(docs, n_dates=3)
    # 2024-03-10 (a vote of 1.0 were the page dated right) gives way to the opening day, which
    # only the announcement names; the announcement of a day a year ahead keeps its own vote
    assert [e.date for e in entries] == ["2024-06-01", "2024-06-20", "2025-09-01"]
    # asked for every date, the page's date is still listed
    assert "2024-03-10" in {e.date for e in build_timeline(docs, n_dates=None)}


# A fifth: two days of news, the first told by two reports of one outlet, the second by two
# outlets.
HARBOUR = [
    {
        "doc_id": "harbour-1",
        "publish_date": "2024-07-01",
        "source": "https://news.jiabao.example/a/1.html",
        "title": "临江港新码头试运行",
        "content": "7月1日，临江港新码头开始试运行，首批货轮靠泊。",
    },
    {
        "doc_id": "harbour-2",
        "publish_date": "2024-07-01",
        "source": "https://m.jiabao.example/b/2.html",
        "title": "临江港码头吊机首次作业",
        "content": "今天，临江港的新型岸桥吊机首次完成集装箱装卸作业。",
    },
    {
        "doc_id": "harbour-3",
        "publish_date": "2024-07-10",
        "source": "乙网",
        "title": "临江港开通首条远洋航线",
        "content": "7月10日，临江港开通首条远洋集装箱航线，直达新加坡。",
    },
    {
        "doc_id": "harbour-4",
        "publish_date": "2024-07-10",
        "source": "丙台",
        "title": "首艘远洋货轮从临江港启航",
        "content": "今天，一艘满载集装箱的远洋货轮从临江港启航，开往新加坡。",
    },
]


def test_a_second_report_of_one_outlet_counts_less(tmp_path: Path) -> None:
    docs = [d for d in _stored(tmp_path, "harbour", HARBOUR) if d is not None]
    assert len(docs) == 4
    # the same votes else; on a tie the earlier date would be chosen
    assert [e.date for e in build_timeline(docs, n_dates=1)] == ["2024-07-10"]
    first = by_date(build_timeline(docs, n_dates=2))["2024-07-01"]
    assert first.doc_ids == ["harbour-1", "harbour-2"]


# A sixth: a ban is reported planned; the next day three outlets report it, two opening on the
# day before (their headlines are candidates of both days).
BAN = [
    {
        "doc_id": "ban-1",
        "publish_date": "2024-09-18",
        "source": "甲报",
        "title": "外媒：临江市计划9月20日起禁止电动车驶入主干道",
        "content": "据外媒报道，临江市计划9月20日起禁止电动车驶入主干道，违者罚款两百元。",
    },
    {
        "doc_id": "ban-2",
        "publish_date": "2024-09-19",
        "source": "乙网",
        "title": "临江市将执行电动车禁令",
        "content": "9月18日，临江市交通局宣布将执行电动车禁令，主干道不再允许电动车通行。",
    },
    {
        "doc_id": "ban-3",
        "publish_date": "2024-09-19",
        "source": "丙台",
        "title": "临江市将执行电动车禁令 市民热议",
        "content": "9月18日临江市交通局发布通告，电动车禁令即将执行，不少市民表示担忧。",
    },
    {
        "doc_id": "ban-4",
        "publish_date": "2024-09-19",
        "source": "丁网",
        "title": "电动车禁令引发临江市民热议",
        "content": "电动车禁令消息传出后，临江市民在网上展开热烈讨论，有人支持也有人反对。",
    },
]


def test_two_dates_do_not_carry_one_headline(tmp_path: Path) -> None:
    docs = [d for d in _stored(tmp_path, "ban", BAN) if d is not None]
    planned, reported = build_timeline(docs, n_dates=2)
    assert (planned.date, reported.date) == ("2024-09-18", "2024-09-19")
    assert reported.score > planned.score  # the 19th chooses its line first
    assert "将执行电动车禁令" in reported.summary
    # the 18th's own headline, not the next day's reports of it it would share most with
    assert planned.summary == "外媒：临江市计划9月20日起禁止电动车驶入主干道"


# A seventh: a foreign parliament votes in its evening; the reports come out the next morning in
# the publisher's time, one telling the vote's date in local time, one without the cue.
VOTE = [
    {
        "doc_id": "vote-1",
        "publish_date": "2024-03-08",
        "source": "甲报",
        "title": "阿尔卡尼亚议会通过新能源法案",
        "content": "当地时间7日晚，阿尔卡尼亚议会以多数票表决通过新能源法案。",
    },
    {
        "doc_id": "vote-2",
        "publish_date": "2024-05-08",
        "source": "乙网",
        "title": "阿尔卡尼亚议会通过港口法案",
        "content": "7日晚，阿尔卡尼亚议会以多数票表决通过港口法案。",
    },
]


def test_a_date_in_local_time_the_day_before_is_the_reports_own_day(tmp_path: Path) -> None:
    docs = dict(zip([r["doc_id"] for r in VOTE], _stored(tmp_path, "vote", VOTE), strict=True))
    assert all(d is not None for d in docs.values())
    # 当地时间7日 in a report of the 8th: the news of the 8th, a report of its own day
    local = by_date(build_timeline([docs["vote-1"]], n_dates=None))
    assert local["2024-03-08"].score == pytest.approx(1.0)
    assert local["2024-03-08"].by_report_date is False
    # a cue a few characters before the date counts too; one further away does not
    cued = [("美东时间7日", 1.0), ("当地时间在议会大厦外的7日", 0.65)]
    for opening, score in cued:
        rec = dict(VOTE[0], doc_id="vote-x", content=f"{opening}晚，阿尔卡尼亚议会通过新能源法案。")
        [doc] = _stored(tmp_path, f"v{len(opening)}", [rec])
        assert doc is not None
        assert by_date(build_timeline([doc], n_dates=None))["2024-03-08"].score == pytest.approx(
            score
        ), opening
    # without the cue, the 7th is the day before the report: a follow-up of that day
    plain = by_date(build_timeline([docs["vote-2"]], n_dates=5))
    assert plain["2024-05-08"].score == pytest.approx(0.65)
    assert "2024-05-07" in plain


# An eighth: four reports, each alone on its day. One opens by attributing what it says (a news
# report without a date), one tells its news plainly without a date, one is a comment on the
# news, and one names a day only as 当天 ("that same day") pointing back to a season it named.
BRIDGE = [
    {
        "doc_id": "bridge-1",
        "publish_date": "2024-11-04",
        "source": "甲报",
        "title": "临江大桥封闭检修",
        "content": "据临江日报报道，临江大桥因桥墩出现裂缝封闭检修，过江车辆须绕行。",
    },
    {
        "doc_id": "bridge-2",
        "publish_date": "2024-11-06",
        "source": "乙网",
        "title": "临江大桥检修进展顺利",
        "content": "临江大桥检修进展顺利，工人们正在加固桥墩，预计月底重新通车。",
    },
    {
        "doc_id": "bridge-3",
        "publish_date": "2024-11-08",
        "source": "丙台",
        "title": "临江大桥封闭背后：老桥该如何养护",
        "content": "11月8日，临江大桥封闭已有数日，专家谈到老桥养护的难处。",
    },
    {
        "doc_id": "bridge-4",
        "publish_date": "2024-11-10",
        "source": "丁网",
        "title": "临江大桥的往事",
        "content": "临江大桥建成于上世纪。那年春天，桥头举行了通车仪式，当天全城的人都来看热闹。",
    },
]


def test_how_a_report_opens_and_what_its_headline_does_weigh_its_vote(tmp_path: Path) -> None:
    ids = [r["doc_id"] for r in BRIDGE]
    docs = dict(zip(ids, _stored(tmp_path, "bridge", BRIDGE), strict=True))
    assert all(d is not None for d in docs.values())
    scores = {e.date: e.score for e in build_timeline(list(docs.values()), n_dates=None)}
    # an attributed opening without a date: a report of its day (0.9), where an undated
    # report alone on its day votes 0.5
    assert scores["2024-11-04"] == pytest.approx(0.9)
    assert scores["2024-11-06"] == pytest.approx(0.5)
    # a comment (…背后, 如何…) on its own day votes half of what a report of its day would (1.0)
    assert scores["2024-11-08"] == pytest.approx(0.5)
    # 当天 pointing back to a day the text named (not the publication date) is no evidence of
    # the publication day: the page counts as undated
    assert scores["2024-11-10"] == pytest.approx(0.5)
    # the same sentence opening the report of its day does count
    opening = "11月10日，临江大桥重新通车，全城的人都来看热闹。"
    rec = dict(BRIDGE[3], doc_id="bridge-5", content=opening)
    [same] = _stored(tmp_path, "bridge5", [rec])
    assert same is not None
    assert by_date(build_timeline([same], n_dates=None))["2024-11-10"].score == pytest.approx(1.0)
    # nor is 次日 or 当晚 (the day after, the evening of a day named before) read from it
    later = ("次日全城的人都来看热闹。", "当晚全城的人都来看烟火。")
    for k, text in enumerate("那年春天，桥头举行了通车仪式，" + x for x in later):
        rec = dict(BRIDGE[3], doc_id=f"bridge-{6 + k}", content=text)
        [late] = _stored(tmp_path, f"bridge{6 + k}", [rec])
        assert late is not None
        scores = {e.date: e.score for e in build_timeline([late], n_dates=None)}
        assert scores == {"2024-11-10": pytest.approx(0.5)}, scores


# ---- lifecycles ------------------------------------------------------------------------------
def _entry(day: str, *events: dict[str, object]) -> dict[str, object]:
    record = TimelineEntry(day, f"{day}的头条", [str(e["event_id"]) for e in events]).to_dict()
    record["events"] = list(events)
    return record


def _event(
    event_id: str, day: str, status: str, *stages: tuple[str, str | None]
) -> dict[str, object]:
    history = [{"status": s, "date": d} for s, d in stages]
    return {"event_id": event_id, "summary": f"事件{event_id}", "date": day,
            "precision": "day", "status": status, "status_history": history}  # fmt: skip


def test_planned_events_join_the_timeline_on_their_dates_or_their_own() -> None:
    held = _event(
        "held", "2024-05-10", "occurred", ("planned", "2024-05-10"), ("occurred", "2024-05-10")
    )
    plain = _event("plain", "2024-05-10", "occurred", ("occurred", "2024-05-10"))
    entries = [_entry("2024-05-10", plain, held), _entry("2024-06-01")]
    off = _event(
        "off",
        "2024-07-01",
        "postponed",
        ("announced", "2024-06-01"),
        ("planned", "2024-07-01"),
        ("postponed", "2024-06-20"),
    )
    planned = _event("plan", "2024-06-01", "planned", ("planned", "2024-06-01"))
    later = _event(
        "later", "2024-09-09", "cancelled", ("planned", "2024-09-09"), ("cancelled", "2024-08-01")
    )
    bare = _event("bare", "2024-10-10", "postponed", ("postponed", "2024-10-10"))
    # planned for a month, told as done, then put off: no plan for its day in its history
    vague = _event(
        "vague", "2024-11-11", "postponed",
        ("occurred", "2024-11-11"), ("planned", "2024-11"), ("postponed", "2025-01-01"),
    )  # fmt: skip
    out = with_lifecycles(entries, [off, later, planned, held], n_dates=2)
    assert [e["date"] for e in out] == ["2024-05-10", "2024-06-01", "2024-07-01"]
    first, second, own = out
    # held after it was planned: its entry tells so; a plain event has no lifecycle
    assert first["status"] == "occurred" and not first["lifecycle"]
    assert first["event_ids"] == ["held", "plain"]  # the event with a lifecycle first
    assert [h["status"] for h in first["status_history"]] == ["planned", "occurred"]
    # one more lifecycle event for two dates (LIFECYCLE_SHARE): the most telling one first, on
    # an entry of its own; the others wait
    assert own["lifecycle"] and own["status"] == "postponed" and own["event_ids"] == ["off"]
    assert own["summary"] == "事件off" and own["status_history"][0]["date"] == "2024-06-01"
    assert second["status"] is None and second["status_history"] == [] and not second["events"]
    # with room for more, a planned event joins the entry of its date; off the timeline's
    # dates, only a plan put off or called off gets an entry of its own, and only when its
    # history tells the plan for its day
    elsewhere = _event("elsewhere", "2024-08-08", "planned", ("planned", "2024-08-08"))
    out = with_lifecycles(
        [_entry("2024-06-01")], [bare, vague, elsewhere, planned, later], n_dates=10
    )
    assert [e["date"] for e in out] == ["2024-06-01", "2024-09-09"]
    assert out[0]["event_ids"] == ["plan"] and out[0]["status"] == "planned"
    assert out[1]["lifecycle"] and out[1]["status"] == "cancelled"
    assert has_lifecycle(held) and not has_lifecycle(plain)
    assert sorted([planned, held, off], key=lifecycle_order) == [off, planned, held]


def test_an_article_without_a_title_stands_with_its_opening_sentence(tmp_path: Path) -> None:
    text = "临江地铁3号线（Linjiang Metro Line 3）2日开通运营。3号线全长28公里，设车站21座。"
    path = tmp_path / "metro.txt"  # a text file: no title
    path.write_text(text, "utf-8")
    with Store.open(tmp_path / "t.db") as store:
        ingest([str(path)], store, date="2024-03-02")
        docs = [d for d in store.iter_documents() if d.error is None]
    assert docs and not docs[0].article.title  # type: ignore[union-attr]
    (entry,) = build_timeline(docs, n_dates=1)
    assert entry.date == "2024-03-02"
    # its opening sentence, without the name's aside in brackets and the full stop
    assert entry.summary == "临江地铁3号线2日开通运营"


def test_a_date_told_at_night_the_day_before_is_the_reports_own_day(tmp_path: Path) -> None:
    # 7日深夜 / 7日晚间 in a report of the 8th: that night's news is the 8th's, like a local-time
    # date; a bare 7日 stays a follow-up of the 7th (vote-2 above)
    for i, opening in enumerate(("7日深夜", "7日晚间")):
        rec = dict(
            VOTE[0], doc_id=f"night-{i}", content=f"{opening}，阿尔卡尼亚议会通过新能源法案。"
        )
        [doc] = _stored(tmp_path, f"night{i}", [rec])
        assert doc is not None
        dates = by_date(build_timeline([doc], n_dates=None))
        assert dates["2024-03-08"].score == pytest.approx(1.0), opening


def test_a_look_back_to_a_day_before_the_story_counts_less(tmp_path: Path) -> None:
    # the story is reported on 5 and 6 June; a report of the 6th opens on 2 March, a day no
    # article of the story was published on (or the day after): background, half a look-back
    recs = [
        {
            "doc_id": "lb-1",
            "publish_date": "2024-06-05",
            "source": "甲报",
            "title": "临江化工厂排污案开庭",
            "content": "5日，临江化工厂排污案在临江市中级人民法院开庭审理。",
        },
        {
            "doc_id": "lb-2",
            "publish_date": "2024-06-06",
            "source": "乙网",
            "title": "回顾临江化工厂排污事件",
            "content": "2024年3月2日，临江化工厂被曝向江中排放废水，此后环保部门介入调查。",
        },
    ]
    docs = _stored(tmp_path, "lb", recs)
    assert all(d is not None for d in docs)
    dates = by_date(build_timeline([d for d in docs if d is not None], n_dates=None))
    assert "2024-03-02" not in dates or dates["2024-03-02"].score < 0.4
    full = by_date(build_timeline([d for d in docs if d is not None], n_dates=5))
    assert full["2024-03-02"].score == pytest.approx(0.5 * 0.4 + 0.15 * 0.3)


def test_an_older_date_named_deep_in_a_report_is_no_look_back(tmp_path: Path) -> None:
    # two reports of 12 September open on no date (近日, 日前) and tell that day's news; one of
    # them recalls, paragraphs later, the day of a council notice years before: background told in
    # passing, not the date the report opens on - the report keeps its vote for its own day
    lead = (
        "近日，有市民发现，青峰县自来水公司在官网上挂出一份关于水价调整的说明，"
        "引发不少讨论。不少网友表示，此前并不知道这份说明的存在，纷纷留言询问具体情况。\n\n"
        "记者走访了县城几处小区，居民对水价问题看法不一。有居民认为水质近年明显改善，"
        "涨价可以理解；也有居民担心，家中老人和孩子多，每月开销会因此增加不少。\n\n"
        "一位在县城经营早餐店的店主告诉记者，店里每天用水量大，水价一旦上调，"
        "成本也会跟着上涨，希望有关部门能够对小商户给予一定照顾。\n\n"
        "对此，自来水公司工作人员回应称，相关调整仍在征求意见阶段，最终方案尚未确定，"
        "公司将认真研究市民的意见和建议，并及时向社会公布。\n\n"
        "也有业内人士指出，水价调整涉及千家万户，应当充分听取各方声音，"
        "依法依规召开听证会，让市民明明白白地交上每一笔水费。\n\n"
    )
    recs = [
        {
            "doc_id": "water-1",
            "publish_date": "2024-09-12",
            "source": "甲报",
            "title": "青峰县水价说明引发讨论",
            "content": lead + "资料显示，2019年3月5日，青峰县曾发布通知，对居民用水实行阶梯水价。",
        },
        {
            "doc_id": "water-2",
            "publish_date": "2024-09-12",
            "source": "乙网",
            "title": "青峰自来水公司回应水价调整",
            "content": "日前，青峰县自来水公司回应称，水价调整仍在征求意见，最终方案尚未确定。",
        },
    ]
    docs = [d for d in _stored(tmp_path, "water", recs) if d is not None]
    assert len(docs) == 2
    first = docs[0].text.find("2019年3月5日")
    assert first > LOOKBACK_CHARS
    dates = by_date(build_timeline(docs, n_dates=None))
    # both undated reports vote 0.8 for their day; the old day has one reference, no look back
    assert dates["2024-09-12"].score == pytest.approx(0.8 + 0.8)
    assert "2019-03-05" not in dates
    full = by_date(build_timeline(docs, n_dates=5))
    assert full["2019-03-05"].score == pytest.approx(0.15 * 0.3)
    # named in the lead, the same date is what the report opens on: a look back
    rec = dict(recs[0], doc_id="water-3", content="2019年3月5日，青峰县曾发布通知。" + lead)
    [back] = _stored(tmp_path, "water3", [rec])
    assert back is not None
    assert by_date(build_timeline([back], n_dates=None))["2024-09-12"].score == pytest.approx(0.4)


# Copies of one report: three outlets reprint the report of a dam's opening; the third page
# carries a date a year too early (a page dated wrong), and so does a fourth report under the
# same headline; a second article is reprinted once, months later.
DAM = [
    {
        "doc_id": "dam-1",
        "publish_date": "2024-10-08",
        "source": "甲报",
        "title": "青溪水库大坝正式蓄水 下游灌溉有保障",
        "content": "青溪水库管理局表示，青溪水库大坝已经正式开始蓄水，"
        "下游三个乡镇的灌溉用水将从明年起得到保障，库区移民全部完成安置。",
    },
    {
        "doc_id": "dam-2",
        "publish_date": "2024-10-08",
        "source": "乙网",
        "title": "青溪水库大坝正式蓄水 下游灌溉有保障",
        "content": "青溪水库管理局表示，青溪水库大坝已经正式开始蓄水，"
        "下游三个乡镇的灌溉用水将从明年起得到保障，库区移民全部完成安置。",
    },
    {
        "doc_id": "dam-3",
        "publish_date": "2023-09-02",  # wrong: a copy of the report above
        "source": "丙台",
        "title": "青溪水库大坝正式蓄水 下游灌溉有保障",
        "content": "青溪水库管理局表示，青溪水库大坝已经正式开始蓄水，"
        "下游三个乡镇的灌溉用水将从明年起得到保障，库区移民全部完成安置。",
    },
    {
        "doc_id": "dam-6",
        "publish_date": "2022-03-15",  # wrong too: the same headline over another text
        "source": "戊报",
        "title": "青溪水库大坝正式蓄水！下游灌溉有保障",
        "content": "记者从青溪水库管理局获悉，大坝蓄水后库区水位将逐步抬升至正常蓄水位。",
    },
    {
        "doc_id": "dam-4",
        "publish_date": "2024-05-20",
        "source": "甲报",
        "title": "青溪水库通过竣工验收",
        "content": "青溪水库工程通过竣工验收，专家组认为大坝质量合格，"
        "水库将择期蓄水，电站的两台机组也已经完成调试。",
    },
    {
        "doc_id": "dam-5",
        "publish_date": "2024-08-20",  # a reprint three months later: two copies disagree
        "source": "丁网",
        "title": "青溪水库通过竣工验收",
        "content": "青溪水库工程通过竣工验收，专家组认为大坝质量合格，"
        "水库将择期蓄水，电站的两台机组也已经完成调试。",
    },
]


def test_a_copy_its_copies_contradict_votes_for_no_date(tmp_path: Path) -> None:
    docs = [d for d in _stored(tmp_path, "dam", DAM) if d is not None]
    assert [d.duplicate_of for d in docs] == [None, "dam-1", "dam-1", None, None, "dam-4"]
    dates = by_date(build_timeline(docs, n_dates=None))
    # the two copies of 8 October vote for it (the second of another outlet counts fully)
    assert dates["2024-10-08"].score == pytest.approx(0.8 + 0.8)
    # the pages dated 2023 and 2022 are listed on their dates, with no vote: three of the four
    # reports of the headline are more than COPY_DAYS from each
    assert dates["2023-09-02"].score == pytest.approx(0.0)
    assert dates["2023-09-02"].doc_ids == ["dam-3"]
    assert dates["2022-03-15"].score == pytest.approx(0.0)
    # two copies that disagree: neither outvotes the other, both keep their (lone) votes
    assert dates["2024-05-20"].score == pytest.approx(dates["2024-08-20"].score)
    assert dates["2024-08-20"].score > 0
    assert [e.date for e in build_timeline(docs, n_dates=3)] == [
        "2024-05-20",
        "2024-08-20",
        "2024-10-08",
    ]


def test_a_day_of_five_reports_gets_a_second_headline(tmp_path: Path) -> None:
    # five reports of one day: three of the ferry's maiden voyage, two of the new pier
    heads = [
        ("临江新渡轮今日首航", "今天，临江新渡轮首航，两百名乘客登船。"),
        ("临江新渡轮首航 两百名乘客登船", "今天上午，临江新渡轮完成首航。"),
        ("临江渡轮首航顺利", "今天，临江渡轮顺利完成首航，航程四十分钟。"),
        ("东岸新码头同日启用", "今天，东岸新码头正式启用，可停靠三艘渡轮。"),
        ("东岸码头启用 可停靠三艘渡轮", "今天，东岸码头启用，市民可在此换乘公交。"),
    ]
    recs = [
        {
            "doc_id": f"ferry-{i}",
            "publish_date": "2024-11-02",
            "source": f"{'甲乙丙丁戊'[i]}报",
            "title": title,
            "content": text,
        }
        for i, (title, text) in enumerate(heads)
    ]
    docs = [d for d in _stored(tmp_path, "ferry", recs) if d is not None]
    [entry] = build_timeline(docs, n_dates=1)
    assert len(entry.summary.split("；")) == 2, entry.summary
    assert "渡轮" in entry.summary and "码头" in entry.summary
    [entry] = build_timeline(docs[:4], n_dates=1)  # four: one line
    assert "；" not in entry.summary


def test_a_copy_is_read_where_its_dates_were_found(tmp_path: Path) -> None:
    # a near copy under a byline of its own: the dates found in its first copy's text say what
    # happened in the first copy's sentences, not at the same offsets of the copy
    text = (
        "今天，临江化工厂排污案一审宣判，法院判处该厂罚金五百万元，两名负责人被判刑。"
        "此前，3月9日，检察院对该厂提起公诉。"
    )
    recs = [
        {
            "doc_id": "z-first",
            "publish_date": "2024-05-11",
            "source": "甲报",
            "title": "临江化工厂排污案一审宣判",
            "content": text,
        },
        {
            "doc_id": "a-copy",
            "publish_date": "2024-05-11",
            "source": "乙网",
            "title": "临江化工厂排污案一审宣判",
            "content": "【乙网讯 通讯员 王五 记者 赵六】" + text,
        },
    ]
    docs = [d for d in _stored(tmp_path, "byline", recs) if d is not None]
    assert docs[1].duplicate_of == "z-first"
    dates = by_date(build_timeline(docs, n_dates=None))
    assert dates["2024-03-09"].summary == "检察院对该厂提起公诉"
