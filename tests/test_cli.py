"""The command line, end to end, on real files: seeds, bad inputs, the store."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dashiji.cli import app

runner = CliRunner()

SEED_000 = "000_789da36100d29724.txt"
SEED_002 = "002_4cc2dfc617e4ab0c.txt"


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_seeds_match_gold(seeds: Path, gold: Path) -> None:
    result = runner.invoke(app, ["extract", str(seeds), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = {Path(r["source"]).name: r for r in _jsonl(result.stdout)}
    g0 = json.loads((gold / "000_789da36100d29724.article.json").read_text())
    g2 = json.loads((gold / "002_4cc2dfc617e4ab0c.article.json").read_text())
    r0, r2 = records[SEED_000], records[SEED_002]
    assert r0["title"] == g0["title"]
    assert r0["body"] == g0["body"]
    assert r0["published"] is None
    assert r0["script"] == "zh-Hans"
    assert r2["title"] == g2["title"]
    assert r2["body"] == g2["body"]
    assert r2["captions"] == g2["captions"]
    assert r2["published"] == "2025-08-13" and r2["published_from"] == "header"
    assert r2["script"] == "zh-Hant"
    for r in (r0, r2):
        assert set(r) >= {
            "id",
            "source",
            "title",
            "published",
            "published_from",
            "author",
            "outlet",
            "script",
            "body",
            "captions",
            "error",
        }
        assert r["error"] is None


def test_supplied_date_only_fills_a_missing_one(seeds: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(seeds), "--date", "2025-10-22", "--format", "jsonl"]
    )
    records = {Path(r["source"]).name: r for r in _jsonl(result.stdout)}
    assert records[SEED_000]["published"] == "2025-10-22"
    assert records[SEED_000]["published_from"] == "cli"
    assert records[SEED_002]["published"] == "2025-08-13"  # the header wins


def test_bad_date_is_a_usage_error(seeds: Path) -> None:
    result = runner.invoke(app, ["extract", str(seeds), "--date", "2025-13-45"])
    assert result.exit_code == 2


@pytest.fixture()
def bad_inputs(tmp_path: Path, seeds: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.html").write_bytes(b"   \n\n  ")
    (d / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"id": "a", "text": "x"}\n' * 50)[:40])
    (d / "bad.jsonl").write_text(
        '{"id": "j1", "text": "美俄外交一连串动作，着实让人看得有点摸不着头脑。特朗普表示满意。"}\n'
        "this is not json\n"
        '{"id": "j2", "text": "鲁比奥和拉夫罗夫已经在20日通话，但双方尚未达成一致。", '
        '"date": "2025-10-22"}\n',
        encoding="utf-8",
    )
    (d / "big.txt").write_bytes("很长的文本。".encode() * 4_000_000)  # 72 MB: over the limit
    (d / "seed.txt").write_bytes((seeds / SEED_002).read_bytes())
    return d


def test_bad_input_is_named_counted_and_the_run_goes_on(bad_inputs: Path) -> None:
    result = runner.invoke(app, ["extract", str(bad_inputs), "--format", "jsonl"])
    assert result.exit_code == 1  # something failed
    records = _jsonl(result.stdout)
    by_file: dict[str, set[str | None]] = {}
    for r in records:
        by_file.setdefault(Path(r["source"].split("#")[0]).name, set()).add(r["error"])
    assert by_file["empty.txt"] == {"empty"}
    assert by_file["blank.html"] == {"empty"}
    assert by_file["image.html"] == {"binary"}
    assert "truncated" in by_file["cut.jsonl.gz"]
    assert by_file["big.txt"] == {"too_large"}
    assert by_file["bad.jsonl"] == {None, "bad_record"}
    assert by_file["seed.txt"] == {None}
    ok = [r for r in records if r["error"] is None]
    assert {r["id"] for r in ok} >= {"j1", "j2"}
    assert "failed" in result.stderr


def test_ingest_is_idempotent_and_searchable(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "store.db"
    first = runner.invoke(app, ["ingest", str(seeds), "--db", str(db)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(seeds), "--db", str(db)])
    assert again.exit_code == 0
    assert "already stored 2" in again.stderr
    stats = runner.invoke(app, ["stats", "--db", str(db), "--format", "jsonl"])
    data = json.loads(stats.stdout)
    assert json.dumps(data).count("2") >= 1
    # two-character words, both scripts, both documents
    for query, expected in (
        ("会晤", 2),
        ("會晤", 2),
        ("普京", 2),
        ("布达佩斯", 1),
        ("阿拉斯加", 1),
    ):
        hits = runner.invoke(app, ["search", query, "--db", str(db), "--format", "jsonl"])
        assert hits.exit_code == 0
        assert len(_jsonl(hits.stdout)) == expected, (query, hits.stdout)
    shown = runner.invoke(app, ["show", "--db", str(db), "--format", "jsonl"])
    assert len(_jsonl(shown.stdout)) == 2


def test_console_script_runs_as_a_process(seeds: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dashiji", "extract", str(seeds / SEED_002), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (record,) = _jsonl(proc.stdout)
    assert record["published"] == "2025-08-13"
    assert proc.stdout.count("\n") == 1  # nothing but the record on stdout


def test_annotate_prints_entities_times_quantities_with_offsets(seeds: Path) -> None:
    result = runner.invoke(
        app,
        ["annotate", str(seeds / SEED_000), "--date", "2025-10-22", "--format", "jsonl"],
    )
    assert result.exit_code == 0, result.output
    (rec,) = _jsonl(result.stdout)
    text = rec["text"]
    assert rec["id"] and rec["source"].endswith(SEED_000)
    for layer in ("entities", "times", "quantities"):
        assert rec[layer], layer
        for item in rec[layer]:
            assert text[item["start"] : item["end"]] == item["text"]
    linked = {e["kb_id"] for e in rec["entities"] if e["kb_id"]}
    assert {"marco-rubio", "sergey-lavrov", "scott-bessent"} <= linked
    times = {t["text"]: t for t in rec["times"]}
    assert times["20日"]["value"] == "2025-10-20"
    assert times["本月初"]["precision"] == "early-month"
    quantities = {q["text"]: q for q in rec["quantities"]}
    assert quantities["近6000枚"]["value"] == 6000
    assert "张艺谋" not in {e["text"] for e in rec["entities"]}  # chrome is not article text


def test_jsonl_record_keeps_its_own_id(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text(
        json.dumps(
            {"id": "rec-7", "date": "2025-10-22", "text": "鲁比奥和拉夫罗夫已经在20日通话。"},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["annotate", str(src), "--format", "jsonl"])
    (rec,) = _jsonl(result.stdout)
    assert rec["id"] == "rec-7"
    assert [t["value"] for t in rec["times"]] == ["2025-10-20"]


def test_stored_annotations_and_actor_counts(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "a.db"
    assert runner.invoke(app, ["ingest", str(seeds), "--db", str(db)]).exit_code == 0
    shown = runner.invoke(app, ["show", "--db", str(db), "--annotations", "--format", "jsonl"])
    recs = _jsonl(shown.stdout)
    assert all(r["entities"] for r in recs)
    actors = runner.invoke(app, ["actors", "--db", str(db), "--format", "jsonl"])
    rows = _jsonl(actors.stdout)
    top = {r["kb_id"]: r for r in rows}
    assert top["donald-trump"]["documents"] == 2
    assert rows[0]["mentions"] >= rows[-1]["mentions"]
    text = runner.invoke(app, ["actors", "--db", str(db)])
    assert "特朗普" in text.stdout


def test_events_command_prints_events_with_evidence(seeds: Path) -> None:
    result = runner.invoke(
        app, ["events", str(seeds / SEED_000), "--date", "2025-10-22", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    events = _jsonl(result.stdout)
    assert events
    text = (seeds / SEED_000).read_text(encoding="utf-8")
    for ev in events:
        assert set(ev) >= {
            "doc",
            "source",
            "type",
            "mode",
            "cameo",
            "goldstein",
            "quad_class",
            "actors",
            "date",
            "precision",
            "place",
            "status",
            "modality",
            "attributed_to",
            "source_part",
            "quantities",
            "sentence",
            "quote",
            "start",
            "end",
            "mentions",
            "confidence",
        }
        assert ev["quote"] in text and ev["sentence"] in text
        for actor in ev["actors"]:
            assert actor["side"] in {"source", "target", "party"}
    call = [e for e in events if e["cameo"] == "041"]
    assert call and call[0]["date"] == "2025-10-20" and call[0]["modality"] == "reported"


def test_chronicle_and_exports_from_the_store(tmp_path: Path, seeds: Path) -> None:
    import csv

    import duckdb
    import pyarrow.parquet as pq

    db = tmp_path / "c.db"
    assert (
        runner.invoke(
            app, ["ingest", str(seeds), "--db", str(db), "--date", "2025-10-22"]
        ).exit_code
        == 0
    )
    md = runner.invoke(app, ["chronicle", "--db", str(db)])
    assert md.exit_code == 0, md.output
    # events whose words give no date are placed by their article's date, marked as such
    assert "# 大事记" in md.stdout and "（据报道日期）" in md.stdout
    as_json = json.loads(
        runner.invoke(app, ["chronicle", "--db", str(db), "--format", "json"]).stdout
    )
    dated = [e["date_first"] for e in as_json if e["section"] == "dated"]
    assert dated and dated == sorted(dated)  # in order of the events' dates
    by_report = [e for e in as_json if e["by_report_date"]]
    assert by_report and all(e["date"] == e["published"] for e in by_report)
    assert all(e["section"] == "dated" for e in as_json)  # none dropped, none left undated
    only = runner.invoke(
        app, ["chronicle", "--db", str(db), "--actor", "鲁比奥", "--format", "json"]
    )
    entries = json.loads(only.stdout)
    assert entries and all("鲁比奥" in json.dumps(e, ensure_ascii=False) for e in entries)
    html = runner.invoke(app, ["chronicle", "--db", str(db), "--format", "html"])
    assert html.stdout.lstrip().lower().startswith("<!doctype html")

    out = tmp_path / "events.tsv"
    res = runner.invoke(app, ["export", "--format", "gdelt", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(r) == 61 for r in rows)
    assert (tmp_path / "events.mentions.tsv").exists()
    pq_dir = tmp_path / "pq"
    runner.invoke(app, ["export", "--format", "parquet", "-o", str(pq_dir), "--db", str(db)])
    table = pq.read_table(pq_dir / "events.parquet")
    n = table.num_rows
    # GDELT carries the events with a CAMEO code; Parquet, CSV and JSONL carry every event
    assert sum(c is not None for c in table.column("cameo").to_pylist()) == len(rows)
    assert n >= len(rows)
    (count,) = duckdb.sql(f"select count(*) from '{pq_dir / 'events.parquet'}'").fetchall()[0]
    assert count == n
    as_csv = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)])
    assert len(list(csv.DictReader(as_csv.stdout.splitlines()))) == n
    as_jsonl = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert len(_jsonl(as_jsonl.stdout)) == n
    # --from/--to: the API's bounds and rule (every day of the event's own date within them)
    from dashiji.export.dates import sort_bounds

    every = _jsonl(as_jsonl.stdout)
    window = ["--from", "2025-10", "--to", "2025-10"]
    october = _jsonl(
        runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db), *window]).stdout
    )
    want = [
        r for r in every
        if sort_bounds(r["date"], r["precision"])[0] is not None
        and "2025-10-01" <= sort_bounds(r["date"], r["precision"])[0]
        and sort_bounds(r["date"], r["precision"])[1] <= "2025-10-31"
    ]  # fmt: skip
    assert october and [r["id"] for r in october] == [r["id"] for r in want]
    assert len(october) < len(every)
    bad = runner.invoke(
        app, ["chronicle", "--db", str(db), "--from", "2025-13"], terminal_width=200
    )
    assert bad.exit_code == 2 and "--from: '2025-13' is not a date" in bad.output
    order = runner.invoke(
        app,
        ["export", "--format", "jsonl", "--db", str(db), "--from", "2025-11", "--to", "2025-10"],
        terminal_width=200,
    )
    assert order.exit_code == 2 and "is after --to 2025-10" in order.output


def test_a_users_knowledge_base_file_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASHIJI_KB", "")  # restored after the test: --kb writes it
    mine = tmp_path / "mine.jsonl"
    mine.write_text(
        json.dumps({"id": "donald-trump", "aliases": ["川建国"]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    src = tmp_path / "a.txt"
    src.write_text("川建国表示，他将在下周与普京通话。", encoding="utf-8")
    without = _jsonl(runner.invoke(app, ["annotate", str(src)]).stdout)[0]
    assert "donald-trump" not in {e["kb_id"] for e in without["entities"]}
    with_kb = runner.invoke(app, ["--kb", str(mine), "annotate", str(src)])
    assert with_kb.exit_code == 0, with_kb.output
    linked = {e["text"]: e["kb_id"] for e in _jsonl(with_kb.stdout)[0]["entities"]}
    assert linked["川建国"] == "donald-trump"


def test_help_shows_bracketed_words_a_new_user_must_type() -> None:
    # --help renders docstrings as rich markup, where [serve] is a tag and vanishes
    result = runner.invoke(app, ["serve", "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "dashiji[serve]" in result.output, result.output
