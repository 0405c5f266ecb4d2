"""Ingest as a user runs it: resumable after a kill, idempotent, the same with a process pool."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dashiji.cli import app

PLACES = ["北京", "莫斯科", "华盛顿", "基辅", "柏林", "巴黎", "东京", "新德里", "安卡拉", "利雅得"]


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        text = (
            f"第{i}号快讯：{place}消息，当地官员第{i}次表示，双方将继续保持沟通，"
            f"争取在{i % 28 + 1}日前达成一致。\n\n"
            f"分析人士认为，这是本周第{i}轮磋商，涉及{i * 7 % 100}项议题，结果仍不明朗。"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_a_killed_ingest_resumes_and_stores_each_document_once(tmp_path: Path) -> None:
    src, db = tmp_path / "in", tmp_path / "store.db"
    _write_articles(src, 1500)
    cmd = [sys.executable, "-m", "dashiji", "ingest", str(src), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed: use more input"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 50 <= partial < 1500

    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, count(*) FROM documents GROUP BY id").fetchall()
        raws = conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0]
    assert len(rows) == 1500
    assert all(n == 1 for _, n in rows)
    assert raws == 1500
    assert f"already stored {partial}" in again.stderr or partial == 0

    third = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert third.returncode == 0
    assert "already stored 1500" in third.stderr
    assert _count(db) == 1500


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_process_pool_gives_the_same_articles(tmp_path: Path, seeds: Path, command: str) -> None:
    src = tmp_path / "in"
    _write_articles(src, 40)
    for seed in seeds.iterdir():
        (src / seed.name).write_bytes(seed.read_bytes())
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        if command == "extract":
            result = runner.invoke(app, ["extract", str(src), "--workers", workers])
            assert result.exit_code == 0, result.output
            outputs.append(result.stdout)
        else:
            db = tmp_path / f"w{workers}.db"
            result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "-j", workers])
            assert result.exit_code == 0, result.output
            shown = runner.invoke(app, ["show", "--db", str(db), "--format", "jsonl", "-n", "99"])
            outputs.append("\n".join(sorted(shown.stdout.splitlines())))
    assert outputs[0] == outputs[1]
    assert len([json.loads(x) for x in outputs[0].splitlines() if x]) == 42


def test_signatures_are_saved_batch_by_batch_not_held_to_the_end(tmp_path: Path) -> None:
    """The de-duplication signatures a run registers are written as each batch is stored: the
    storing process does not hold ~1 KB a document until the run ends."""
    from dashiji.pipeline import ingest
    from dashiji.store import Store
    from dashiji.work import BATCH

    src = tmp_path / "in"
    _write_articles(src, 2 * BATCH + 5)
    saved: list[int] = []
    with Store.open(tmp_path / "s.db") as store:

        def seen(doc: object) -> None:
            n = store.connection.execute("SELECT count(*) FROM minhash").fetchone()[0]
            saved.append(int(n))

        report = ingest([str(src)], store, on_document=seen)
        total = store.connection.execute("SELECT count(*) FROM minhash").fetchone()[0]
    assert len(saved) == report.seen == 2 * BATCH + 5
    assert 0 < saved[0] < total  # the first batch's, before the run ended
    assert saved[BATCH] > saved[0]
