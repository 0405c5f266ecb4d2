"""What an ingest says and chooses: the failed inputs named, stored failures tried again when
their cause may have changed, --include/--exclude, progress with a total, Document's repr, and
the README's Python example run as written."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dashiji.cli as cli
from dashiji.cli import app
from dashiji.pipeline import ingest, should_retry
from dashiji.read import Selection, count_inputs
from dashiji.store import Store

runner = CliRunner()
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def folder(tmp_path: Path, seeds: Path) -> Path:
    """Two articles, a README, a JSON metadata file and an empty page, as a download leaves them."""
    top = tmp_path / "pages"
    (top / "sub").mkdir(parents=True)
    (top / "README.md").write_text("# Pages\nDownloaded for the project.\n", "utf-8")
    (top / "sub" / "meta.json").write_text('{"crawl": 3}', "utf-8")
    (top / "empty.html").write_text("", "utf-8")
    for seed in sorted(seeds.glob("*.txt")):
        shutil.copy(seed, top / "sub" / seed.name)
    return top


def _ingest(args: list[str]) -> tuple[int, str]:
    res = runner.invoke(app, ["ingest", *args])
    return res.exit_code, res.output


def test_the_summary_names_the_failed_inputs_and_failures_lists_them(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "f.db"
    code, text = _ingest([str(folder), "--db", str(db), "--date", "2025-10-22"])
    assert code == 1
    assert "stored 2" in text and "failed 3" in text
    for name, reason in (
        ("README.md", "no_article"),
        ("meta.json", "bad_record"),
        ("empty.html", "empty"),
    ):
        assert re.search(rf"{reason} .*{re.escape(name)}", text), text
    res = runner.invoke(app, ["failures", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted(r["code"] for r in rows) == ["bad_record", "empty", "no_article"]
    assert all(r["source"].startswith(str(folder)) and r["message"] for r in rows)


def test_a_rerun_says_which_stored_documents_had_failed(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    _ingest([str(folder), "--db", str(db), "--date", "2025-10-22"])
    code, text = _ingest([str(folder), "--db", str(db), "--date", "2025-10-22"])
    assert code == 0  # nothing failed in this run
    assert "already stored 5" in text and "3 of the documents already stored had failed" in text


def test_stored_failures_are_tried_again_when_their_cause_may_have_changed(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        first = ingest([str(folder)], store, date="2025-10-22")
        assert sum(first.failed.values()) == 3 and len(first.failures) == 3
        # same version, causes in the input: not tried again
        again = ingest([str(folder)], store, date="2025-10-22")
        assert again.retried == 0 and again.still_failed == 3
        # asked to: every failure is tried (and fails again, recorded once)
        forced = ingest([str(folder)], store, date="2025-10-22", retry_failed=True)
        assert forced.retried == 3 and sum(forced.failed.values()) == 3
        assert len(store.failures()) == 3
    # failures recorded by another version of dashiji (an upgrade): tried by default
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE runs SET counts = json_set(counts, '$.version', '0.0.1')")
    conn.close()
    with Store.open(db) as store:
        upgraded = ingest([str(folder)], store, date="2025-10-22")
        assert upgraded.retried == 3
        never = ingest([str(folder)], store, date="2025-10-22", retry_failed=False)
        assert never.retried == 0


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("retry_failed", [None, True])
def test_a_copy_of_a_document_that_failed_in_this_run_is_skipped(
    tmp_path: Path, workers: int, retry_failed: bool | None
) -> None:
    """A record that fails, then again later in the same run (the same id: a feed repeating an
    item), is recorded once and its copy skipped — not tried again as if an older run had
    failed it (its run is not finished, so it has no version yet), and the same in one process
    as with workers, which may read the copy before the failure is stored."""
    menu = "首页\n登录\n注册\n联系我们"  # no article: a site's menu
    records = [{"id": "feed-1", "text": menu}]
    records += [
        {"id": f"a{k}", "text": f"本报讯 某区第{k}届读书节昨日开幕，市民可免费参加各项活动。"}
        for k in range(40)
    ]
    records.append({"id": "feed-1", "text": menu})  # batches after the first
    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    with Store.open(tmp_path / "c.db") as store:
        report = ingest(
            [str(src)], store, date="2025-10-22", workers=workers, retry_failed=retry_failed
        )
        failures = store.failures()
    assert dict(report.failed) == {"no_article": 1}
    assert (report.skipped, report.retried, report.still_failed) == (1, 0, 0)
    assert [(f["id"], f["source"].rsplit("#", 1)[-1]) for f in failures] == [("feed-1", "L1")]


def test_transient_failures_are_retried_whatever_the_version() -> None:
    from dashiji import __version__

    assert should_retry("fetch_timeout", __version__, None)
    assert should_retry("not_found", __version__, None)
    assert not should_retry("empty", __version__, None)
    assert should_retry("empty", "0.0.1", None)
    assert not should_retry("fetch_failed", "0.0.1", False)


def test_include_and_exclude_choose_the_files_of_a_directory(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    code, text = _ingest(
        [
            str(folder),
            "--db",
            str(db),
            "--date",
            "2025-10-22",
            "--exclude",
            "README*",
            "--exclude",
            "*.json",
            "--exclude",
            "empty.html",
        ]
    )
    assert code == 0 and "stored 2" in text and "failed 0" in text, text
    only = Selection(include=("sub/*.txt",))
    assert count_inputs([str(folder)], only) == 2
    assert count_inputs([str(folder)], Selection(exclude=("*.txt", "*.json"))) == 2
    assert count_inputs([str(folder)]) is None  # a JSON file may hold any number of records
    # a file named on the command line is always read
    assert count_inputs([str(folder / "README.md")], Selection(include=("*.html",))) == 1


def test_the_total_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    lines = tmp_path / "a.jsonl"
    lines.write_text('{"text": "一"}\n\n{"text": "二"}\n{"text": "三"}\n', "utf-8")
    assert count_inputs([str(lines)]) == 3
    assert count_inputs([str(lines), "https://example.com/feed.xml"]) is None
    assert count_inputs([str(tmp_path / "missing.html")]) == 1  # its not_found document


def test_progress_lines_when_stderr_is_a_log(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "LOG_EVERY", 0.0)
    code, text = _ingest(
        [str(folder), "--db", str(tmp_path / "p.db"), "--date", "2025-10-22", "--include", "*.txt"]
    )
    assert code == 0
    progress = [ln for ln in text.splitlines() if ln.startswith("ingesting:")]
    assert progress and all(" of 2 documents" in ln for ln in progress), text
    assert re.search(r"ingesting: 2 of 2 documents, [\d.]+/s", text), text


def test_a_document_prints_as_one_short_line(seeds: Path) -> None:
    from dashiji.pipeline import annotate_documents

    for doc in annotate_documents([str(seeds)], date="2025-10-22"):
        line = repr(doc)
        assert "\n" not in line and len(line) < 400, line
        assert doc.id in line and f"chars={len(doc.text)}" in line and "entity:" in line
        assert doc.text[200:260] not in line  # never the article or the raw page


def test_the_readme_python_example_runs(tmp_path: Path, seeds: Path, monkeypatch) -> None:
    """The README's Python block, run as written on the seeds (its input names replaced)."""
    readme = (REPO / "README.md").read_text("utf-8")
    block = readme.split("From Python:", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    pages = tmp_path / "pages"
    shutil.copytree(seeds, pages)
    (tmp_path / "page.html").write_text(
        "<html><head><title>示例</title></head><body><article><h1>示例新闻</h1>"
        "<p>新华社北京10月22日电 外交部发言人22日在例行记者会上回答了记者提问。</p>"
        "</article></body></html>",
        "utf-8",
    )
    (tmp_path / "news.jsonl").write_text(
        json.dumps(
            {
                "id": "n1",
                "date": "2025-10-22",
                "title": "警方通报",
                "text": "10月21日，临江市公安局对涉嫌诈骗的犯罪嫌疑人王某依法刑事拘留。",
            },
            ensure_ascii=False,
        )
        + "\n",
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    assert (tmp_path / "news.db").exists()
