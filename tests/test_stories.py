"""Across articles: events merged however many articles report them, their lifecycles, stories
and the CLI that reads them — on a real store filled through the real pipeline.

The articles here are written for these tests (realistic, invented); the seeds are the two
shared commentaries.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dashiji.cli import app
from dashiji.model import Document, Raw
from dashiji.pipeline import ingest
from dashiji.store import Store
from dashiji.store.schema import user_version
from dashiji.stories import event_merge
from dashiji.stories.clustering import story_id_for
from dashiji.stories.keys import actor_key, dates_overlap, fold_name
from dashiji.stories.knowledge import knowledge
from dashiji.stories.update import catch_up, pending, remerge_events

runner = CliRunner()

ALASKA = [
    {
        "id": "alaska-announce",
        "title": "白宫宣布美俄元首将在阿拉斯加会晤",
        "date": "2025-08-09",
        "outlet": "示例通讯社",
        "text": "白宫8日宣布，美国总统特朗普与俄罗斯总统普京将于8月15日在美国阿拉斯加州举行会晤。"
        "白宫发言人表示，双方将讨论乌克兰问题。",
    },
    {
        "id": "alaska-held",
        "title": "特朗普与普京在阿拉斯加举行会晤",
        "date": "2025-08-16",
        "outlet": "示例日报",
        "text": "美国总统特朗普与俄罗斯总统普京15日在美国阿拉斯加州安克雷奇举行会晤，"
        "双方会谈持续近三个小时。会晤结束后，两人共同会见记者。",
    },
]

# Two unrelated everyday stories, three articles each, over a few days.
FIRE = [
    {
        "id": "fire-1",
        "title": "临江市化工厂发生火灾 消防部门全力扑救",
        "date": "2024-03-02",
        "outlet": "临江日报",
        "text": "3月1日晚，临江市经济开发区一家化工厂仓库发生火灾，临江市消防救援支队调派"
        "二十余辆消防车赶赴现场扑救。化工厂火灾造成两名工人受伤，已送医救治。",
    },
    {
        "id": "fire-2",
        "title": "临江化工厂火灾已扑灭 起火原因正在调查",
        "date": "2024-03-03",
        "outlet": "江东晚报",
        "text": "记者从临江市消防救援支队获悉，临江市经济开发区化工厂仓库火灾已于2日凌晨被扑灭。"
        "化工厂起火原因正在调查中，两名受伤工人生命体征平稳。",
    },
    {
        "id": "fire-3",
        "title": "临江化工厂火灾调查结果公布 仓库违规存放危化品",
        "date": "2024-03-10",
        "outlet": "临江日报",
        "text": "临江市应急管理局9日公布经济开发区化工厂仓库火灾调查结果：化工厂仓库违规存放"
        "危化品引发火灾，化工厂负责人已被警方控制。",
    },
]
COURT = [
    {
        "id": "court-1",
        "title": "网红主播周某某涉嫌偷税被立案调查",
        "date": "2023-06-05",
        "outlet": "法治观察",
        "text": "南湖市税务局4日通报，网络主播周某某涉嫌偷逃税款，税务部门已依法立案调查。"
        "周某某直播带货收入在去年大幅增长。",
    },
    {
        "id": "court-2",
        "title": "主播周某某偷税案开庭 检方建议判处有期徒刑",
        "date": "2023-09-12",
        "outlet": "南湖法制报",
        "text": "网络主播周某某偷税案11日在南湖市中级人民法院开庭审理。检察机关指控周某某"
        "通过隐匿直播带货收入偷逃税款，建议判处有期徒刑。",
    },
    {
        "id": "court-3",
        "title": "主播周某某偷税案宣判",
        "date": "2023-10-20",
        "outlet": "法治观察",
        "text": "南湖市中级人民法院19日对网络主播周某某偷税案作出一审判决，以逃税罪判处周某某"
        "有期徒刑三年，并处罚金。周某某当庭表示服从判决。",
    },
]


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _events(db: Path, where: str = "1", args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(f"SELECT * FROM events WHERE {where}", args)]
    conn.close()
    return rows


@pytest.fixture(scope="module")
def summits(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    """The seeds and the two Alaska articles in one store."""
    tmp = tmp_path_factory.mktemp("summits")
    db = tmp / "s.db"
    with Store.open(db) as store:
        ingest([str(seeds)], store, date="2025-10-22")
        ingest([str(_jsonl(tmp / "alaska.jsonl", ALASKA))], store)
    return db


def test_budapest_summit_lifecycle_from_the_seed(summits: Path) -> None:
    (summit,) = _events(summits, "summary LIKE ? AND type = 'CONSULT'", ("%布达佩斯%会晤%",))
    assert summit["status"] == "postponed" and summit["date"] == "2025-10-29"
    history = json.loads(summit["status_history"])
    stages = [(h["status"], h["date"]) for h in history]
    assert stages[0] == ("announced", "2025-10-15")  # 一周前特朗普…说要和普京两周后…开峰会
    assert ("planned", "2025-10-29") in stages
    assert stages[-1][0] == "postponed"
    assert all(h["doc_id"] for h in history)


def test_alaska_summit_announced_planned_held_is_one_event(summits: Path) -> None:
    found = _events(summits, "type = 'CONSULT' AND date = '2025-08-15'")
    assert len(found) == 1, [f["summary"] for f in found]
    (summit,) = found
    assert summit["status"] == "occurred" and summit["date"] == "2025-08-15"
    assert summit["num_articles"] == 3 and summit["num_sources"] == 3  # seed 002 + two
    history = json.loads(summit["status_history"])
    stages = [(h["status"], h["date"]) for h in history]
    assert stages[0] == ("announced", "2025-08-08")  # 白宫8日宣布
    assert ("planned", "2025-08-15") in stages
    assert stages[-1] == ("occurred", "2025-08-15")
    assert history[0]["doc_id"] == "alaska-announce" and history[-1]["doc_id"] == "alaska-held"
    # told by the report of the meeting held, in Anchorage (安克雷奇), Alaska
    assert summit["doc_id"] == "alaska-held" and summit["cameo"].startswith("04")
    conn = sqlite3.connect(summits)
    reasons = [
        json.loads(r)
        for (r,) in conn.execute(
            "SELECT merge_reason FROM event_mentions "
            "WHERE event_id = ? AND merge_reason IS NOT NULL",
            (summit["event_id"],),
        )
    ]
    assert reasons and all({"donald-trump", "vladimir-putin"} <= set(r["actors"]) for r in reasons)
    assert all(r["date"] in ("same", "overlap") for r in reasons)


def test_the_cli_timeline_shows_both_summits_lifecycles(summits: Path, tmp_path: Path) -> None:
    """``dashiji timeline`` tells what the web UI tells: the Budapest summit on 2025-10-29 (a
    date no text writes), announced, planned and put off; the Alaska summit on 2025-08-15,
    announced, planned and held — in JSON (a status and status history per entry), Markdown
    and HTML."""
    (budapest,) = _events(summits, "summary LIKE ? AND type = 'CONSULT'", ("%布达佩斯%会晤%",))
    story = budapest["story_id"]
    res = runner.invoke(
        app, ["timeline", "--db", str(summits), "--story", story, "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    entries = {e["date"]: e for e in json.loads(res.stdout)["timeline"]}
    stages = {
        day: [(h["status"], h["date"]) for h in entries[day]["status_history"]]
        for day in ("2025-10-29", "2025-08-15")
    }
    assert entries["2025-10-29"]["status"] == "postponed"
    assert stages["2025-10-29"][0] == ("announced", "2025-10-15")
    assert ("planned", "2025-10-29") in stages["2025-10-29"]
    assert stages["2025-10-29"][-1][0] == "postponed"
    assert budapest["event_id"] in entries["2025-10-29"]["event_ids"]
    assert entries["2025-08-15"]["status"] == "occurred" and not entries["2025-08-15"]["lifecycle"]
    assert stages["2025-08-15"] == [
        ("announced", "2025-08-08"),
        ("planned", "2025-08-15"),
        ("occurred", "2025-08-15"),
    ]
    # the event on its entry carries its own status history too
    (ev,) = [e for e in entries["2025-10-29"]["events"] if e["event_id"] == budapest["event_id"]]
    assert ev["status"] == "postponed" and len(ev["status_history"]) == 3
    md = runner.invoke(app, ["timeline", "--db", str(summits), "--story", story]).stdout
    line = md[md.index("**2025-10-29**") :].split("\n")
    assert "〔推迟〕" in line[0]
    assert "宣布 2025-10-15 → 计划 2025-10-29 → 推迟（报道于 2025-10-22）" in line[1]
    assert "宣布 2025-08-08 → 计划 2025-08-15 → 已发生 2025-08-15" in md
    page = tmp_path / "t.html"
    res = runner.invoke(
        app,
        ["timeline", "--db", str(summits), "--story", story, "--format", "html", "-o", str(page)],
    )
    assert res.exit_code == 0, res.output
    item = page.read_text("utf-8").split('<time datetime="2025-10-29">')[1].split("</ul>")[0]
    assert "推迟" in item and '<span class="stage">宣布 2025-10-15</span>' in item
    # three dates: the summit put off still shows, on an entry of its own beside the three
    res = runner.invoke(
        app, ["timeline", "--db", str(summits), "--story", story, "-n", "3", "--format", "json"]
    )
    short = json.loads(res.stdout)["timeline"]
    assert len([e for e in short if not e["lifecycle"]]) == 3
    assert [e["status"] for e in short if e["date"] == "2025-10-29"] == ["postponed"]


def test_other_meetings_of_the_same_countries_stay_apart(summits: Path) -> None:
    # 鲁比奥–拉夫罗夫 is not 特朗普–普京 though both are USA–RUS; a call is not a meeting
    rubio = _events(summits, "actor1_kb_id = 'marco-rubio' OR actor2_kb_id = 'marco-rubio'")
    assert rubio and all("普京" not in e["summary"] for e in rubio)
    calls = _events(summits, "mode = 'phone' AND actor1_kb_id = 'donald-trump'")
    assert {c["date"] for c in calls} == {"2025-02-12", "2025-03-18"}


def test_chronicle_tells_a_merged_event_once_with_its_sources(summits: Path) -> None:
    res = runner.invoke(app, ["chronicle", "--db", str(summits), "--format", "json"])
    assert res.exit_code == 0, res.output
    entries = json.loads(res.stdout)
    alaska = [e for e in entries if e["date"] == "2025-08-15" and e["type"] == "CONSULT"]
    assert len(alaska) == 1 and alaska[0]["num_articles"] == 3
    assert alaska[0]["status"] == "occurred"
    ids = [e["event_id"] for e in entries]
    assert len(ids) == len(set(ids))


def test_actor_keys_fold_script_and_aliases() -> None:
    from dashiji.events.model import EventActor

    assert fold_name("澤連斯基") == fold_name("泽连斯基")
    assert actor_key(EventActor("川普")).key == actor_key(EventActor("特朗普")).key
    assert actor_key(EventActor("澤連斯基")).key == actor_key(EventActor("泽连斯基")).key
    assert not actor_key(EventActor("警方")).specific
    assert dates_overlap("2025-08-11/2025-08-20", "2025-08-15")  # 8月中旬 and 8月15日
    assert dates_overlap("2025-08", "2025-08-15") and not dates_overlap("2025-08", "2025-09-01")


def test_traditional_and_simplified_reports_of_one_meeting_merge(tmp_path: Path) -> None:
    arts = [
        {
            "id": "tw-report",
            "title": "川普與澤連斯基白宮會晤",
            "date": "2025-08-19",
            "outlet": "示例電視台",
            "text": "美國總統川普18日在白宮與烏克蘭總統澤連斯基舉行會晤，雙方討論了停火安排。",
        },
        {
            "id": "cn-report",
            "title": "特朗普同泽连斯基会晤",
            "date": "2025-08-19",
            "outlet": "示例网",
            "text": "当地时间8月18日，美国总统特朗普在白宫与乌克兰总统泽连斯基举行会晤。",
        },
    ]
    db = tmp_path / "tw.db"
    with Store.open(db) as store:
        ingest([str(_jsonl(tmp_path / "a.jsonl", arts))], store)
    meetings = _events(db, "type = 'CONSULT' AND date = '2025-08-18'")
    assert len(meetings) == 1, [m["summary"] for m in meetings]
    assert meetings[0]["num_articles"] == 2 and meetings[0]["num_sources"] == 2


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("news")
    db = tmp / "n.db"
    with Store.open(db) as store:
        # the stories arrive interleaved, as a feed would deliver them
        mixed = [a for pair in zip(FIRE, COURT, strict=True) for a in pair]
        ingest([str(_jsonl(tmp / "first.jsonl", mixed[:4]))], store)
        ingest([str(_jsonl(tmp / "more.jsonl", mixed[4:]))], store)
    return db


def _stories(db: Path) -> list[dict[str, Any]]:
    res = runner.invoke(app, ["stories", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_articles_group_into_their_stories_with_stable_ids(news: Path) -> None:
    found = _stories(news)
    groups = sorted(sorted(s["doc_ids"]) for s in found)
    assert groups == [["court-1", "court-2", "court-3"], ["fire-1", "fire-2", "fire-3"]]
    by_first = {s["doc_ids"][0]: s for s in found}
    fire = by_first["fire-1"]
    assert fire["story_id"] == story_id_for("fire-1")  # the id of its first article, kept
    assert fire["start"] == "2024-03-02" and fire["end"] == "2024-03-10"
    assert set(fire) >= {"story_id", "title", "start", "end", "actors", "doc_ids", "events"}
    assert by_first["court-1"]["title"] in {a["title"] for a in COURT}  # its most typical report
    assert any("周某某" in a for a in by_first["court-1"]["actors"])


def test_stories_timeline_and_chronicle_commands(news: Path, tmp_path: Path) -> None:
    story = story_id_for("court-1")
    res = runner.invoke(
        app, ["timeline", "--db", str(news), "--story", story, "--dates", "3", "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    tl = json.loads(res.stdout)
    assert tl["story_id"] == story and 1 <= len(tl["timeline"]) <= 3
    dates = [e["date"] for e in tl["timeline"]]
    assert dates == sorted(dates)
    for e in tl["timeline"]:
        assert {"date", "summary", "event_ids", "doc_ids"} <= set(e)
        assert set(e["doc_ids"]) <= {"court-1", "court-2", "court-3"}
    out = tmp_path / "c.md"
    res = runner.invoke(app, ["chronicle", "--db", str(news), "--story", story, "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text("utf-8")
    assert "周某某" in text and "化工厂" not in text
    page = tmp_path / "t.html"
    res = runner.invoke(
        app, ["timeline", "--db", str(news), "--story", story, "--format", "html", "-o", str(page)]
    )
    assert res.exit_code == 0 and page.read_text("utf-8").startswith("<!doctype html>")
    missing = runner.invoke(app, ["timeline", "--db", str(news), "--story", "s000000000000"])
    assert missing.exit_code != 0 and "no story" in missing.output
    stats = runner.invoke(app, ["stats", "--db", str(news), "--format", "jsonl"])
    counts = json.loads(stats.stdout)
    assert counts["stories"] == 2 and counts["events"] > 0 and counts["entities"] > 0


def test_hostile_titles_are_escaped_in_story_pages(tmp_path: Path) -> None:
    evil = [
        {
            "id": f"evil-{i}",
            "title": '<script>alert(1)</script>临江化工厂火灾<img src=x onerror="alert(2)">',
            "date": f"2024-03-0{i + 2}",
            "text": FIRE[i]["text"],
        }
        for i in range(2)
    ]
    db = tmp_path / "evil.db"
    with Store.open(db) as store:
        ingest([str(_jsonl(tmp_path / "e.jsonl", evil))], store)
    page = runner.invoke(app, ["timeline", "--db", str(db), "--format", "html"]).stdout
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    md = runner.invoke(app, ["stories", "--db", str(db)]).stdout
    assert "<script>" not in md


def test_rerun_adds_nothing_and_a_killed_run_catches_up(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "fire.jsonl", FIRE)
    db = tmp_path / "k.db"
    with Store.open(db) as store:
        ingest([str(src)], store)
        before = store.connection.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
        ingest([str(src)], store)  # again: nothing new
        again = store.connection.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
        assert again == before > 0
        # a run killed after storing an article but before adding it to its story
        with store.batch():
            store.connection.execute("DELETE FROM story_articles WHERE doc_id = 'fire-3'")
            store.connection.execute("DELETE FROM event_mentions WHERE doc_id = 'fire-3'")
        assert pending(store) == ["fire-3"]
        ingest([str(src)], store)  # the next run picks it up
        assert pending(store) == []
        n = store.connection.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
        assert n == before
        assert catch_up(store) == 0


def test_a_store_from_schema_2_gets_its_stories(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store.open(db) as store:
        ingest([str(_jsonl(tmp_path / "c.jsonl", COURT))], store)
    # make it a version-2 store: what dashiji wrote before events and stories were tables
    conn = sqlite3.connect(db, isolation_level=None)
    conn.executescript(
        "DROP VIEW events_view; DROP VIEW stories_view; DROP TABLE event_mentions; "
        "DROP TABLE events; DROP TABLE event_actors; DROP TABLE stories; "
        "DROP TABLE story_articles; DROP TABLE story_terms; PRAGMA user_version = 2;"
    )
    conn.close()
    found = _stories(db)  # migrates, then adds the stored articles
    assert sorted(found[0]["doc_ids"]) == ["court-1", "court-2", "court-3"]
    conn = sqlite3.connect(db)
    assert user_version(conn) >= 3
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    view = conn.execute("SELECT date, summary, story FROM events_view").fetchall()
    assert view and all(row[2] for row in view)
    conn.close()


def test_a_rule_change_splits_events_without_rebuilding(
    summits: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(summits.read_bytes())
    with Store.open(db) as store:
        merged = store.connection.execute(
            "SELECT count(*) FROM events WHERE num_articles > 1"
        ).fetchone()[0]
        assert merged >= 1
        docs_before = store.connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert remerge_events(store) > 0  # same rules: same events
        assert (
            store.connection.execute(
                "SELECT count(*) FROM events WHERE num_articles > 1"
            ).fetchone()[0]
            == merged
        )
        # a stricter rule: different articles never share an actor → nothing merges
        monkeypatch.setattr(event_merge, "_actors_fit", lambda *a: None)
        remerge_events(store)
        conn = store.connection
        assert conn.execute("SELECT count(*) FROM events WHERE num_articles > 1").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == docs_before


def test_gdelt_export_has_one_row_per_merged_event(summits: Path, tmp_path: Path) -> None:
    out = tmp_path / "ev.tsv"
    res = runner.invoke(
        app, ["export", "--format", "gdelt", "--header", "-o", str(out), "--db", str(summits)]
    )
    assert res.exit_code == 0, res.output
    lines = out.read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:]]
    alaska = [r for r in rows if r["SQLDATE"] == "20250815" and r["EventRootCode"] == "04"]
    assert len(alaska) == 1
    (row,) = alaska
    assert (row["NumArticles"], row["NumSources"]) == ("3", "3")
    ids = [r["GLOBALEVENTID"] for r in rows]
    assert len(ids) == len(set(ids))
    mentions = (tmp_path / "ev.mentions.tsv").read_text("utf-8").splitlines()
    mhead = mentions[0].split("\t")
    of_alaska = {
        dict(zip(mhead, m.split("\t"), strict=True))["doc_id"]
        for m in mentions[1:]
        if m.split("\t")[0] == row["GLOBALEVENTID"]
    }
    assert {"alaska-announce", "alaska-held"} <= of_alaska and len(of_alaska) == 3


# ---- the benchmark floors -----------------------------------------------------------------------
def test_the_dtels_dev_stories_reach_the_floors() -> None:
    """bench/stories.py without the growth part: the 642 DTELS dev articles ingested in a child
    process, grouped into stories (B-cubed against the gold stories, beside TF-IDF +
    agglomerative clustering) and the found stories' timelines scored."""
    from conftest import load_bench

    bench = load_bench("stories")
    r = bench.run(None, 0)
    s = bench.summary(r)
    assert bench.check(s) == [], s
    ours, base = r["grouping"]["ours"], r["grouping"]["baseline"]
    assert ours["all"]["f1"] > base["all"]["f1"], (ours, base)
    for half in ("tune", "check"):
        assert ours[half]["p"] >= 0.95, ours


def test_an_arrest_is_one_event_whoever_names_the_police_and_two_people_are_two(
    tmp_path: Path,
) -> None:
    arts = [
        {
            "id": "arrest-a",
            "title": "临江化工厂火灾：负责人王某被警方刑事拘留",
            "date": "2024-03-11",
            "text": "临江市经济开发区化工厂仓库火灾事故调查取得进展。10日，临江市公安局对化工厂"
            "负责人王某依法刑事拘留。",
        },
        {
            "id": "arrest-b",
            "title": "化工厂火灾负责人被刑拘",
            "date": "2024-03-11",
            "text": "记者获悉，临江市经济开发区化工厂仓库火灾后，临江警方10日对化工厂负责人王某"
            "采取刑事拘留措施。化工厂仓库管理员李某也被警方刑事拘留。",
        },
    ]
    db = tmp_path / "arrest.db"
    with Store.open(db) as store:
        ingest([str(_jsonl(tmp_path / "a.jsonl", arts))], store)
    arrests = _events(db, "news_type = '司法行为-拘捕'")
    by_count = sorted(e["num_articles"] for e in arrests)
    assert by_count == [1, 2], [(e["summary"], e["num_articles"]) for e in arrests]
    (wang,) = [e for e in arrests if e["num_articles"] == 2]
    assert "王某" in wang["summary"] and wang["date"] == "2024-03-10"


def test_event_command_shows_every_report_and_why_it_joined(summits: Path) -> None:
    (summit,) = _events(summits, "type = 'CONSULT' AND date = '2025-08-15'")
    res = runner.invoke(
        app, ["event", summit["event_id"], "--db", str(summits), "--format", "jsonl"]
    )
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["num_articles"] == 3 and len(rec["mentions"]) == 3
    joined = [m for m in rec["mentions"] if m["merge_reason"]]
    assert len(joined) == 2 and all("donald-trump" in m["merge_reason"]["actors"] for m in joined)
    assert {m["doc_id"] for m in rec["mentions"]} >= {"alaska-announce", "alaska-held"}
    assert [h["status"] for h in rec["status_history"]][0] == "announced"
    text = runner.invoke(app, ["event", "alaska-held:001", "--db", str(summits)])
    assert text.exit_code == 0 and "安克雷奇" in text.stdout and "joined: actors" in text.stdout
    missing = runner.invoke(app, ["event", "nope", "--db", str(summits)])
    assert missing.exit_code != 0 and "no event" in missing.output


def _coerce(**fields: Any) -> Any:
    """A COERCE mention of document "d" with the given fields (date, status, arguments)."""
    from dashiji.events.model import Event

    return Event(
        doc="d", type="COERCE", mode=None, cameo=None, goldstein=None, quad_class=None, **fields
    )


def test_the_recency_bound_keeps_every_candidate_whose_dates_can_fit() -> None:
    """``candidates`` asks SQL only for events recent enough to fit (a store of years of news
    holds thousands of one actor's events): every candidate that ``_dates_fit`` accepts must pass
    the SQL filter, over dates of every precision, ranges, undated events and statuses."""
    import random

    from dashiji.stories.event_merge import _RECENT_SQL, Candidate, Keys, _dates_fit, recent_bound

    rng = random.Random(7)

    def day() -> str:
        return f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def value() -> str | None:
        d = day()
        return rng.choice([None, d, d[:7], d[:4], f"{d}/{day()}" if rng.random() < 0.5 else d])

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (event_id TEXT, date TEXT, last_seen TEXT)")
    checked = 0
    for i in range(3000):
        c = Candidate(
            str(i),
            "COERCE",
            None,
            None,
            value(),
            rng.choice(["text", "report"]),
            None,
            "asserted",
            "occurred",
            None,
            rng.choice([None, day()]),
            "",
            False,
            Keys(),
        )
        ev = _coerce(
            date=value(), status=rng.choice(["occurred", "planned", "postponed", "cancelled"])
        )
        published = rng.choice([None, day()])
        bound = recent_bound(ev, published)
        if bound is None or _dates_fit(ev, published, c) is None:
            continue
        conn.execute("DELETE FROM events")
        conn.execute("INSERT INTO events VALUES (?, ?, ?)", (c.event_id, c.date, c.last_seen))
        kept = conn.execute(f"SELECT count(*) FROM events e WHERE {_RECENT_SQL}", (bound, bound))
        assert kept.fetchone()[0] == 1, (ev.date, published, c.date, c.date_source, c.last_seen)
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("news_type", [None, "司法行为-起诉"])
def test_the_candidate_events_are_read_from_their_covering_index(
    tmp_path: Path, news_type: str | None
) -> None:
    """The query of an actor's candidate events reads the actor's rows of the mention's kind
    that reach the date bound from ``event_actors_kind`` (migration 14: a news type's rows and
    its type's rows without one, two ranges of the index) and each event from the ``events_fit``
    index (migration 10), never the wide events table: a structural check of SQLite's plan, not
    a timing."""
    from dashiji.events.model import Event
    from dashiji.stories.event_merge import Keys, candidates

    with Store.open(tmp_path / "s.db"):
        pass
    conn = sqlite3.connect(tmp_path / "s.db")
    plans: list[str] = []
    ev = Event(doc="d", type="ACCUSE", mode=None, cameo=None, goldstein=None, quad_class=None)
    ev.news_type = news_type
    keys = Keys(sources={"someone"})
    real_execute = conn.execute

    class Explaining:
        def execute(self, sql: str, args: Any = ()) -> Any:
            if sql.startswith("SELECT a.actor_key"):
                plans.extend(r[3] for r in real_execute("EXPLAIN QUERY PLAN " + sql, args))
            return real_execute(sql, args)

    assert candidates(Explaining(), ev, keys, None, "d", "2025-01-02") == []  # type: ignore[arg-type]
    assert any("COVERING INDEX events_fit" in p for p in plans), plans
    assert not any("sqlite_autoindex_events" in p for p in plans), plans
    actor_plans = [p for p in plans if "event_actors" in p]
    if news_type:
        assert actor_plans == 2 * [
            "SEARCH a USING COVERING INDEX event_actors_kind"
            " (actor_key=? AND news_type=? AND reach>?)"
        ], plans
    else:
        assert actor_plans == ["SEARCH a USING COVERING INDEX event_actors_kind (actor_key=?)"]


def test_a_generic_mention_reads_its_storys_events_only_when_one_may_join(
    tmp_path: Path,
) -> None:
    """A mention with generic actors only (警方拘捕…) joins only an event of its story told the
    same day (``fit``).  ``best`` first asks whether the story holds one
    (``_story_may_hold``): when it does not, the story's events are not read as candidates
    (hundreds in a big story); and whenever one of them fits -- each event has a mention (in
    another article) naming the same participant as the mention, so the arguments' check
    passes --, the story was found to hold one: over days, months, ranges, undated mentions and
    events, reported and stated dates."""
    import random

    from dashiji.events.model import Argument, Event
    from dashiji.stories.event_merge import Keys, _story_may_hold, best, candidates, fit
    from dashiji.stories.event_rows import insert_mention

    arrested = [Argument(role="被拘捕者", text="某人")]
    with Store.open(tmp_path / "s.db") as store:
        # the article the events' mentions are in (another than the mention's "d")
        store.put(Document(id="d0", raw=Raw(data="警方拘捕某人。".encode(), uri="d0.txt")))
    conn = sqlite3.connect(tmp_path / "s.db")
    rng = random.Random(11)
    days = [f"2025-01-{d:02d}" for d in range(1, 9)]

    def value() -> str | None:
        return rng.choice([None, *days, "2025-01", "2025", "2025-01-02/2025-01-04"])

    for i in range(40):
        day = rng.choice(days)
        conn.execute(
            "INSERT INTO events (event_id, type, news_type, date, date_source, modality, "
            "story_id, last_seen) VALUES (?, 'COERCE', NULL, ?, ?, 'asserted', 's1', ?)",
            (f"e{i}", value(), rng.choice(["text", "report", None]), rng.choice([None, day])),
        )
        conn.execute(
            "INSERT INTO event_actors (event_id, actor_key, side, name) "
            "VALUES (?, '警方', 'source', '警方')",
            (f"e{i}",),
        )
        told = Event(
            doc="d0",
            type="COERCE",
            mode=None,
            cameo=None,
            goldstein=None,
            quad_class=None,
            arguments=arrested,
            id=f"e{i}",
        )
        insert_mention(conn, told, f"e{i}", "d0", None, None, None)
    keys = Keys(generic={"警方"})
    asked, fitted = 0, 0
    for _ in range(400):
        ev = _coerce(date=value(), arguments=arrested)
        published = rng.choice([None, *days])
        found = candidates(conn, ev, keys, "s1", "d", published)
        fits = [c for c in found if fit(ev, keys, published, "s1", c, conn) is not None]
        may = _story_may_hold(conn, ev, published, "s1")
        assert may or not fits, (ev.date, published, [c.event_id for c in fits])
        fitted += bool(fits)
        asked += may
        if not may:
            statements: list[str] = []
            conn.set_trace_callback(statements.append)
            assert best(conn, ev, keys, published, "s1", "d") is None
            conn.set_trace_callback(None)
            assert not any(s.startswith("SELECT e.event_id") for s in statements), statements
    assert fitted > 20 and asked < 300, (fitted, asked)


def kinds_disagree(conn: Any) -> list[tuple[Any, ...]]:
    """Actor rows whose kind or reach is not their event's (or that have no event)."""
    from dashiji.stories.event_rows import reach

    rows = conn.execute(
        "SELECT a.event_id, a.actor_key, a.type, a.news_type, a.reach, e.event_id, e.type, "
        "e.news_type, e.date, e.last_seen FROM event_actors a "
        "LEFT JOIN events e ON e.event_id = a.event_id"
    ).fetchall()
    return [
        tuple(r)
        for r in rows
        if r[5] is None or (r[2], r[3], r[4]) != (r[6], r[7], reach(r[8], r[9]))
    ]


#: The tables of merged events, every column, in a fixed order.
EVENT_TABLES = {
    "events": "event_id",
    "event_mentions": "mention_id",
    "event_actors": "event_id, actor_key, side",
    "story_articles": "doc_id",
}
FIRST, THEN = [*FIRE[:2], *COURT[:2], ALASKA[0]], [FIRE[2], COURT[2], ALASKA[1]]


def event_tables(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY {order}").fetchall()]
        for t, order in EVENT_TABLES.items()
    }


def test_an_events_actor_rows_keep_its_kind(tmp_path: Path) -> None:
    """Each ``event_actors`` row carries its event's type, news type and reach (migration 14):
    a row added before its event's row has none until that row is written, one added after takes
    them from it, and all follow the event's when its kind, date or last report changes."""
    from dashiji.stories.event_rows import EVENT_COLUMNS, insert_actor_rows, write_event

    def row(**kw: Any) -> tuple[Any, ...]:
        v: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
        v.update(event_id="e1", num_mentions=1, num_sources=1, num_articles=1)
        v.update(kw)
        return tuple(v[c] for c in EVENT_COLUMNS)

    with Store.open(tmp_path / "k.db") as s:
        c = s.connection

        def kinds() -> list[tuple[Any, ...]]:
            return c.execute(
                "SELECT actor_key, type, news_type, reach FROM event_actors ORDER BY actor_key"
            ).fetchall()

        first = {"type": "ACCUSE", "date": "2024-05", "last_seen": "2024-05-03"}
        insert_actor_rows(c, "e1", [("甲公司", "source", "甲公司", None, None)])
        assert kinds() == [("甲公司", None, None, None)]  # its event's row is not written yet
        write_event(c, row(**first), new=True)
        assert kinds() == [("甲公司", "ACCUSE", None, "2024-05-99")]  # the month's every day
        insert_actor_rows(c, "e1", [("乙公司", "target", "乙公司", None, None)])
        assert kinds() == [
            ("乙公司", "ACCUSE", None, "2024-05-99"),
            ("甲公司", "ACCUSE", None, "2024-05-99"),
        ]
        write_event(c, row(**first, news_type="司法行为-起诉", trigger="起诉"))
        assert [k[2] for k in kinds()] == ["司法行为-起诉", "司法行为-起诉"]
        write_event(c, row(**(first | {"last_seen": "2024-06-20"}), news_type="司法行为-起诉"))
        assert [k[3] for k in kinds()] == ["2024-06-20", "2024-06-20"]  # reported later
        write_event(c, row(news_type="司法行为-起诉", date="2024-05-02/2024-05-09", last_seen="x"))
        assert kinds() == [
            ("乙公司", None, "司法行为-起诉", "9999-99-99"),  # a range: every bound keeps it
            ("甲公司", None, "司法行为-起诉", "9999-99-99"),
        ]
        assert kinds_disagree(c) == []


def test_an_event_its_mention_begins_is_written_whole_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event a mention of the article being added begins is written from the mention as
    it was inserted, its actor rows with its kind: the same rows as reading the mention, the
    article's story and the event's kind back (each article's refresh of its events) gives."""
    from dashiji.stories import update

    read_back = (
        "SELECT mention_id, doc_id",  # the event's mentions
        "SELECT story_id FROM story_articles WHERE doc_id",  # its first article's story
        "UPDATE event_actors SET type",  # its actor rows given its kind
    )
    first = _jsonl(tmp_path / "first.jsonl", FIRST)
    then = _jsonl(tmp_path / "then.jsonl", THEN)
    merge = update._merge_mention

    def store_all(db: Path) -> tuple[dict[str, list[tuple[Any, ...]]], int]:
        with Store.open(db) as s:
            reads: list[str] = []
            s.connection.set_trace_callback(
                lambda sql: reads.append(sql) if sql.startswith(read_back) else None
            )
            ingest([str(first)], s)
            ingest([str(then)], s)
            s.connection.set_trace_callback(None)
            assert kinds_disagree(s.connection) == []
            return event_tables(s.connection), len(reads)

    whole, whole_reads = store_all(tmp_path / "whole.db")
    with monkeypatch.context() as m:  # every event read back, as before
        m.setattr(update, "_merge_mention", lambda *a: merge(*a[:7]))
        each, each_reads = store_all(tmp_path / "each.db")
    assert whole == each
    began = len(whole["events"])  # each began in one of these articles, was written whole
    assert began >= 5 and len(whole["event_mentions"]) > began  # and some were joined after
    assert whole_reads <= each_reads - 3 * began


def test_reach_is_the_recency_bound_in_one_value() -> None:
    """An event passes the SQL recency filter of a mention's candidates (``_RECENT_SQL``) with
    a bound exactly when its ``reach`` is at least the bound: dates of every precision and
    form, ranges, undated and never reported events."""
    import random

    from dashiji.stories.event_merge import _RECENT_SQL
    from dashiji.stories.event_rows import reach

    rng = random.Random(11)

    def day() -> str:
        return f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def value() -> str | None:
        d = day()
        return rng.choice(
            [None, d, d[:7], d[:4], f"{d}/{day()}", f"{d[:4]}-W{rng.randint(1, 52):02d}",
             f"{d[:4]}-H{rng.randint(1, 2)}", f"{d}T08:30", "约2020年", "", d[:3]]
        )  # fmt: skip

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (date TEXT, last_seen TEXT)")
    kept = 0
    for _ in range(4000):
        date, last_seen, bound = value(), rng.choice([None, day(), day()[:7]]), day()
        conn.execute("DELETE FROM events")
        conn.execute("INSERT INTO events VALUES (?, ?)", (date, last_seen))
        (passes,) = conn.execute(
            f"SELECT count(*) FROM events e WHERE {_RECENT_SQL}", (bound, bound)
        ).fetchone()
        assert bool(passes) == (reach(date, last_seen) >= bound), (date, last_seen, bound)
        kept += passes
    assert 500 < kept < 3500


def as_version_13(path: Path) -> None:
    """Make a store of today's schema what version 13 had: event_actors without its events'
    kinds and their index (the rows as they are), and add :data:`ODD_EVENTS`."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        "BEGIN; DROP INDEX event_actors_kind;"
        " ALTER TABLE event_actors DROP COLUMN type;"
        " ALTER TABLE event_actors DROP COLUMN news_type;"
        " ALTER TABLE event_actors DROP COLUMN reach;"
        " PRAGMA user_version = 13; COMMIT;"
    )
    odd_events(conn, "?")
    conn.close()


#: (date, last_seen) of events of every form the migration's reach must read as Python does.
ODD_EVENTS = [
    ("2024-05", "2024-05-03"),
    ("2024-05-30", "2024-05-03"),
    ("2024", "2025-01-02"),
    ("2024-W06", "2024-02-09"),
    ("2023-H2", "2023-08-01"),
    ("2024-03-02/2024-03-09", "2024-03-10"),
    ("约2020年", "2020-06-01"),
    ("2024-05-30T09:00", "2024-05-29"),
    (None, "2024-07-01"),
    ("2024-01-01", None),
    (None, None),
]


def odd_events(conn: Any, mark: str, *, drop: bool = False) -> None:
    """Add (or ``drop``) :data:`ODD_EVENTS`, each with one actor row, in a store of version 13
    (``mark``: the driver's placeholder)."""
    for i, (date, last_seen) in enumerate(ODD_EVENTS):
        event_id = f"odd-{i}"
        if drop:
            conn.execute(f"DELETE FROM events WHERE event_id = {mark}", (event_id,))
            conn.execute(f"DELETE FROM event_actors WHERE event_id = {mark}", (event_id,))
            continue
        conn.execute(
            f"INSERT INTO events (event_id, type, news_type, date, last_seen) "
            f"VALUES ({mark}, 'PROTEST', NULL, {mark}, {mark})",
            (event_id, date, last_seen),
        )
        conn.execute(
            "INSERT INTO event_actors (event_id, actor_key, side, name) "
            f"VALUES ({mark}, '某测试团体', 'source', '某测试团体')",
            (event_id,),
        )


def test_a_version_13_store_gets_its_events_kinds_and_stores_the_same(tmp_path: Path) -> None:
    """Migration 14 gives a store's event_actors rows their events' kinds and reach (the rows
    version 13 wrote, and events of odd dates); articles stored after join the events they join
    in a store that never was at 13."""
    from dashiji.store.schema import SCHEMA_VERSION, migrate
    from dashiji.store.search import register_functions

    first = _jsonl(tmp_path / "first.jsonl", FIRST)
    then = _jsonl(tmp_path / "then.jsonl", THEN)
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    for db in (fresh, old):
        with Store.open(db) as s:
            ingest([str(first)], s)
    as_version_13(old)
    v13 = sqlite3.connect(tmp_path / "v13.db", isolation_level=None)
    register_functions(v13)
    assert migrate(v13, target=13) == 13

    def shape(conn: sqlite3.Connection) -> tuple[Any, ...]:
        return (
            conn.execute("PRAGMA table_info(event_actors)").fetchall(),
            sorted(r[1:3] for r in conn.execute("PRAGMA index_list(event_actors)")),
        )

    conn = sqlite3.connect(old)
    assert shape(conn) == shape(v13)  # what version 13 made
    n_actors = conn.execute("SELECT count(*) FROM event_actors").fetchone()[0]
    assert n_actors >= 5 + len(ODD_EVENTS)
    conn.close()

    with Store.open(old) as s:
        assert s.schema_version == SCHEMA_VERSION >= 14
        c = s.connection
        assert c.execute("SELECT count(*) FROM event_actors").fetchone()[0] == n_actors
        assert kinds_disagree(c) == []
        assert {r[0] for r in c.execute("SELECT reach FROM event_actors")} >= {
            "9999-99-99",
            "2024-05-99",
            "2024-05-30T09:00",
        }
        with s.batch():
            odd_events(c, "?", drop=True)
        assert c.execute("SELECT count(*) FROM event_actors WHERE type IS NOT NULL").fetchone()[0]
        assert c.execute(
            "SELECT count(*) FROM event_actors WHERE news_type IS NOT NULL"
        ).fetchone()[0]
        names = {r[1] for r in c.execute("PRAGMA index_list(event_actors)")}
        assert {"event_actors_kind", "event_actors_key"} <= names
        ingest([str(then)], s)
        assert kinds_disagree(c) == []
        # the later articles joined events of the earlier ones (found by their kinds)
        joined = c.execute(
            "SELECT count(*) FROM event_mentions m JOIN events e ON e.event_id = m.event_id "
            "WHERE m.doc_id IN ('fire-3', 'court-3', 'alaska-held') "
            "AND e.first_seen < m.published"
        ).fetchone()[0]
        assert joined > 0
        got = event_tables(c)
    with Store.open(fresh) as s:
        ingest([str(then)], s)
        assert event_tables(s.connection) == got
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_stories_knowledge_loads_checked() -> None:
    k = knowledge()
    assert "宣布" in k.announce_verbs and 0 <= k.announce_gap <= 20
    # the local-time cues, longest first, in both scripts
    assert {"当地时间", "當地時間", "美东时间"} <= set(k.local_time_cues)
    assert [len(c) for c in k.local_time_cues] == sorted(map(len, k.local_time_cues), reverse=True)
    assert 0 <= k.local_time_gap <= 20
    # the timeline's cues: comments and attributed openings, each in both scripts
    assert {"分析", "怎么回事", "为什么", "為什麼"} <= set(k.commentary_cues)
    assert {"报道", "获悉", "发言人", "報導"} <= set(k.report_cues)
    # the labels around a headline's news, longest first
    assert {"最新进展", "后续", "始末", "進展"} <= set(k.label_words)
    assert [len(w) for w in k.label_words] == sorted(map(len, k.label_words), reverse=True)
    assert {"案", "事件"} <= set(k.case_words)


def _profile(weights: dict[str, float]) -> dict[str, float]:
    norm = sum(v * v for v in weights.values()) ** 0.5
    return {w: v / norm for w, v in weights.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def test_a_story_that_grew_towards_an_early_stray_article_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article that came before its story had the words it shares with it began a story
    of its own; once later reports have taken the story towards it (each too unlike it to
    bridge the two), the story takes it as it would take an article — and an article that
    shares one word with the story is still left alone."""
    from dashiji.stories import clustering

    fire = {"化工厂": 1.0, "火灾": 1.0, "临江": 1.0, "扑救": 0.8}
    stray = _profile({"负责人": 1.0, "刑拘": 1.0, "危化品": 1.0, "化工厂": 0.4})
    lone = _profile({"化工厂": 0.3, "股价": 1.0, "上市": 1.0, "财报": 1.0})
    later = [
        _profile({**fire, "负责人": 0.2, "刑拘": 0.2, "危化品": 0.2, f"细节{i}": 0.6})
        for i in range(6)
    ]
    assert _cos(_profile(fire), stray) < clustering.JOIN_AT
    assert all(_cos(p, stray) < clustering.BRIDGE_AT for p in later)
    order = [("fire", _profile(fire)), ("stray", stray), ("lone", lone)]
    order += [(f"later-{i}", p) for i, p in enumerate(later)]

    def grouped(stray_size: int) -> dict[str, str]:
        monkeypatch.setattr(clustering, "STRAY_SIZE", stray_size)
        with Store.open(tmp_path / f"s{stray_size}.db") as store:
            conn = store.connection
            for i, (doc_id, prof) in enumerate(order):
                day = f"2024-03-{i + 1:02d}"
                data = " ".join(prof).encode("utf-8")
                store.put(Document(id=doc_id, raw=Raw(data=data, uri=f"{doc_id}.txt")))
                clustering.assign(conn, doc_id, prof, published=day, title=None, actors=(), now=day)
            return {
                d: clustering.resolve(conn, s)
                for d, s in conn.execute("SELECT doc_id, story_id FROM story_articles")
            }

    before = grouped(0)  # no stray taken: the article stays alone
    assert before["stray"] != before["fire"] and before["later-5"] == before["fire"]
    after = grouped(1)
    assert after["stray"] == after["fire"] == after["later-5"] == story_id_for("fire")
    assert after["lone"] != after["fire"]


def test_a_story_joined_again_in_one_batch_is_not_read_back(tmp_path: Path) -> None:
    # the profile a batch wrote is held until the batch ends: the same story rows as when
    # each join reads it back (a connection outside any batch holds none)
    from dashiji.stories import clustering

    profiles = [
        {"峰会": 0.8, "布达佩斯": 0.6},
        {"峰会": 0.7, "布达佩斯": 0.5, "会晤": 0.5},
        {"峰会": 0.6, "会晤": 0.8},
    ]
    read = "SELECT term, weight FROM story_terms WHERE story_id"

    def join_all(store: Store, in_batch: bool) -> tuple[list[Any], int]:
        conn = store.connection
        conn.execute("PRAGMA foreign_keys = OFF")  # story rows without their documents
        reads: list[str] = []
        conn.set_trace_callback(lambda sql: reads.append(sql) if sql.startswith(read) else None)
        for i, prof in enumerate(profiles):
            with store.batch() if in_batch else nullcontext():
                for doc_id in (f"d{i}", f"e{i}"):
                    clustering.assign(
                        conn, doc_id, prof, published=None, title=None, actors=[], now="x"
                    )
        conn.set_trace_callback(None)
        rows = conn.execute("SELECT * FROM story_terms ORDER BY story_id, term").fetchall()
        return rows, len(reads)

    with Store.open(tmp_path / "held.db") as store:
        held, held_reads = join_all(store, in_batch=True)
    with Store.open(tmp_path / "read.db") as store:
        read_back, reads = join_all(store, in_batch=False)
    assert held == read_back and len(held) == 3
    assert reads == 5  # every join but the first reads the profile back
    assert held_reads == 2  # once a batch, the first batch's story began in it


def test_a_stored_profile_is_read_once_a_batch(tmp_path: Path) -> None:
    # in a write transaction a story's stored profile is read from story_terms once (no other
    # connection writes it then, this one only as the transaction ends); outside one, each time;
    # once the story is joined, its new profile is read, not the one read before
    from dashiji.stories import clustering

    read = "SELECT term, weight FROM story_terms WHERE story_id"
    with Store.open(tmp_path / "read.db") as store:
        conn = store.connection
        conn.execute("PRAGMA foreign_keys = OFF")  # story rows without their documents

        def join(doc_id: str, prof: dict[str, float]) -> clustering.Assignment:
            return clustering.assign(
                conn, doc_id, prof, published=None, title=None, actors=[], now="x"
            )

        story = join("d0", {"峰会": 0.8, "布达佩斯": 0.6}).story_id
        reads: list[str] = []
        conn.set_trace_callback(lambda sql: reads.append(sql) if sql.startswith(read) else None)
        outside = [clustering._centroid(conn, story) for _ in range(3)]
        assert len(reads) == 3
        with store.batch():
            inside = [clustering._centroid(conn, story) for _ in range(3)]
            assert len(reads) == 4
            assert join("d1", {"峰会": 0.6, "会晤": 0.8}).story_id == story
            grown = clustering._centroid(conn, story)
        conn.set_trace_callback(None)
        assert len(reads) == 4
        assert outside == inside and list(outside[0]) == ["峰会", "布达佩斯"]
        assert set(grown) == {"峰会", "布达佩斯", "会晤"}
        assert clustering._centroid(conn, story) == grown  # as the batch stored it


def test_a_batch_writes_its_story_profiles_once_when_it_ends(tmp_path: Path) -> None:
    # the profiles of a batch are written when it ends, not at each join: the joins see them
    # as written (the same stories and similarities) and the same rows are stored
    from dashiji.stories import clustering

    profiles = [
        {"峰会": 0.8, "布达佩斯": 0.6},
        {"峰会": 0.7, "布达佩斯": 0.5, "会晤": 0.5},
        {"峰会": 0.6, "会晤": 0.8},
        {"火灾": 0.9, "化工厂": 0.4},
        {"火灾": 0.8, "化工厂": 0.6, "峰会": 0.1},
    ]
    writes = ("INSERT INTO story_terms", "UPDATE story_terms", "DELETE FROM story_terms")

    def join_all(store: Store, in_batch: bool) -> tuple[list[Any], list[Any], int]:
        conn = store.connection
        conn.execute("PRAGMA foreign_keys = OFF")  # story rows without their documents
        written: list[str] = []
        conn.set_trace_callback(lambda sql: written.append(sql) if sql.startswith(writes) else None)
        joined = []
        with store.batch() if in_batch else nullcontext():
            for i, prof in enumerate(profiles):
                for doc_id in (f"d{i}", f"e{i}"):
                    a = clustering.assign(
                        conn, doc_id, prof, published=None, title=None, actors=[], now="x"
                    )
                    joined.append((doc_id, a.story_id, a.similarity, a.new, a.merged))
            during = len(written)
        conn.set_trace_callback(None)
        rows = conn.execute("SELECT * FROM story_terms ORDER BY story_id, term").fetchall()
        return joined, rows, during

    with Store.open(tmp_path / "batch.db") as store:
        joined, rows, during = join_all(store, in_batch=True)
    with Store.open(tmp_path / "each.db") as store:
        joined_each, rows_each, during_each = join_all(store, in_batch=False)
    assert joined == joined_each and rows == rows_each
    assert len({story for _, story, *_ in joined}) == 2
    assert during_each > 0 and during == 0
