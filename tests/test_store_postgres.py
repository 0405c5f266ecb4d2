"""The PostgreSQL store: the same schema as SQLite's, the same search answers, several ingest
processes storing each document once, and what a user does with the CLI giving the same results
on both stores.  (test_store.py runs the store's own tests on both backends.)"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dashiji.cli import app
from dashiji.errors import StoreError
from dashiji.pipeline import extract_documents
from dashiji.store import SCHEMA_VERSION, Store
from dashiji.store.postgres import PostgresStore, redact

runner = CliRunner()

# Columns and tables one store has and the other has not, by design (the search index differs;
# `seq` is PostgreSQL's stand-in for SQLite's rowid; each keeps its version its own way).
SQLITE_ONLY_TABLES = {
    "search_terms",  # the postings of common search terms (SQLite ranks from them)
    "search_postings",
    "search_sizes",
    "search_postings_state",
    "search_index",
    "search_index_config",
    "search_index_data",
    "search_index_docsize",
    "search_index_idx",
}
POSTGRES_ONLY_TABLES = {"dashiji_schema"}
POSTGRES_ONLY_COLUMNS = {
    ("documents", "seq"),
    ("search_docs", "title_view"),
    ("search_docs", "body_view"),
    ("search_docs", "size"),
    ("search_docs", "bigrams"),
}
POSTGRES_ONLY_INDEXES = {"search_docs_bigrams"}
TYPES = {
    "TEXT": {"text"},
    "INTEGER": {"integer", "bigint"},
    "REAL": {"double precision"},
    "BLOB": {"bytea"},
}


def _sqlite_schema(path: Path) -> tuple[dict[str, list[tuple[str, str, bool, bool]]], dict]:
    conn = sqlite3.connect(path)
    tables: dict[str, list[tuple[str, str, bool, bool]]] = {}
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master"
        " WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        if name in SQLITE_ONLY_TABLES:
            continue
        tables[name] = [
            (col, typ.upper(), bool(notnull), bool(pk))
            for _, col, typ, notnull, _, pk in conn.execute(f"PRAGMA table_info({name})")
        ]
    indexes = {}
    for name, table in conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall():
        cols = [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
        indexes[name] = (table, cols)
    conn.close()
    return tables, indexes


def _postgres_schema(url: str) -> tuple[dict[str, list[tuple[str, str, bool, bool]]], dict]:
    with PostgresStore.open(url) as store:
        raw = store.connection.raw
        tables: dict[str, list[tuple[str, str, bool, bool]]] = {}
        for table, col, typ, notnull, pk in raw.execute(
            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            " coalesce(a.attnum = ANY(i.indkey), false) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'"
            " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            " LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary"
            " WHERE c.relkind IN ('r', 'v') ORDER BY c.relname, a.attnum"
        ):
            if table in POSTGRES_ONLY_TABLES or (table, col) in POSTGRES_ONLY_COLUMNS:
                continue
            tables.setdefault(table, []).append((col, typ, notnull, pk))
        indexes = {}
        for name, table, cols in raw.execute(
            "SELECT i.relname, t.relname, array(SELECT a.attname FROM unnest(x.indkey)"
            " WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n"
            " ORDER BY k.o) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            " JOIN pg_class t ON t.oid = x.indrelid"
            " JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'"
            " WHERE NOT x.indisprimary AND NOT x.indisunique"
        ):
            if name not in POSTGRES_ONLY_INDEXES:
                indexes[name] = (table, list(cols))
    return tables, indexes


def test_the_two_schemas_have_the_same_tables_columns_and_indexes(pg_url: str, tmp_path: Path):
    Store.open(tmp_path / "s.db").close()
    lite_tables, lite_indexes = _sqlite_schema(tmp_path / "s.db")
    pg_tables, pg_indexes = _postgres_schema(pg_url)
    assert sorted(lite_tables) == sorted(pg_tables)
    for name, lite_cols in lite_tables.items():
        pg_cols = pg_tables[name]
        assert [c[0] for c in lite_cols] == [c[0] for c in pg_cols], name
        for (col, lite_type, lite_nn, lite_pk), (_, pg_type, pg_nn, pg_pk) in zip(
            lite_cols, pg_cols, strict=True
        ):
            if lite_type:  # views' columns have no declared type in SQLite
                assert pg_type in TYPES[lite_type], (name, col, lite_type, pg_type)
                assert lite_nn == pg_nn or lite_pk, (name, col)  # a PRIMARY KEY is NOT NULL
                assert bool(lite_pk) == pg_pk, (name, col)
    # SQLite's automatic indexes of UNIQUE/PRIMARY KEY constraints are not in sqlite_master.sql
    assert lite_indexes == pg_indexes


def test_each_sqlite_migration_has_its_postgresql_twin() -> None:
    from dashiji.store.schema import migrations

    lite, pg = migrations(), migrations("migrations_postgres")
    assert [(m.version, m.name) for m in lite] == [(m.version, m.name) for m in pg]
    assert len(pg) == SCHEMA_VERSION


def test_opening_errors_are_store_errors(postgres: Any) -> None:
    with pytest.raises(StoreError, match="cannot open store"):
        Store.open(postgres.database_url("no_such_database"))
    secret = "postgresql://someone:hunter2@127.0.0.1:1/x"
    with pytest.raises(StoreError) as info:
        Store.open(secret, timeout=1)
    assert "hunter2" not in str(info.value)
    assert redact(secret) == "postgresql://someone:***@127.0.0.1:1/x"


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    with Store.open(pg_url) as s:
        s.connection.execute(
            "INSERT INTO dashiji_schema (version, name, applied_at) VALUES (?, 'future', '')",
            (SCHEMA_VERSION + 1,),
        )
    with pytest.raises(StoreError, match="newer"):
        Store.open(pg_url)


def test_a_missing_driver_names_the_extra(pg_url: str) -> None:
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from dashiji.store import Store\n"
        "from dashiji.errors import MissingDependency\n"
        "try:\n"
        f"    Store.open({pg_url!r})\n"
        "except MissingDependency as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert "pip install 'dashiji[postgres]'" in out.stdout


# ---- search answers as on SQLite -----------------------------------------------------------
QUERIES = [
    "美",
    "的",
    "疫",
    "国",
    "a",
    "9",
    "美国",
    "郭美美",
    "特朗普",
    "拜登",
    "法院",
    "警方 通报",
    "强奸",
    "疫情 -美国",
    "疫情 NOT 美国",
    "美国 OR 日本",
    "美国 | 俄罗斯 | 乌克兰",
    '"新闻频道"',
    "“央视网”",
    "(判决 OR 宣判) -上诉",
    "川普",
    "烏克蘭",
    "ＣＣＴＶ",
    "cctv",
    "covid-19",
    "2022年",
    "6月",
    "哈哈",
    "哈哈哈",
    "啊啊",
    '"。"',
    '"。。"',
    '"..."',
    "00",
    "000",
    "com",
    "ＣＯＭ",
    "嫌犯 (批捕 OR 逮捕)",
    "(美国 中国) OR 俄罗斯",
    "(美国 -中国) OR 俄罗斯",
    "不存在的一串字符之文章",
    "新闻 -(央视 OR 新华)",
    "3",
    "12岁",
]


@pytest.fixture(scope="module")
def twin_stores(
    tmp_path_factory: pytest.TempPathFactory, shared: Path, postgres: Any
) -> Iterator[tuple[Store, Store]]:
    """The same documents (DTELS dev articles and the public HTML pages, extracted) stored in
    a SQLite store and a PostgreSQL one, in the same order."""
    import psycopg

    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE twins TEMPLATE dashiji_template")
    inputs = [
        str(shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl"),
        str(shared / "bench" / "extraction" / "magic-html-zh-dev" / "*.html"),
    ]
    docs = list(extract_documents(inputs))
    assert len(docs) > 600
    lite = Store.open(tmp_path_factory.mktemp("twins") / "s.db")
    pg = Store.open(postgres.database_url("twins"))
    lite.put_many(docs)
    pg.put_many(docs)
    yield lite, pg
    lite.close()
    pg.close()


@pytest.mark.parametrize("query", QUERIES)
def test_search_gives_the_same_answers_on_both_stores(twin_stores, query: str) -> None:
    lite, pg = twin_stores
    a, b = lite.search(query, limit=1000), pg.search(query, limit=1000)
    assert a.total == b.total
    print("TOTAL", query, a.total)
    assert [h.id for h in a.hits] == [h.id for h in b.hits]  # the same order
    assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits], rel=1e-12)
    assert [(h.snippet, h.highlights) for h in a.hits[:5]] == [
        (h.snippet, h.highlights) for h in b.hits[:5]
    ]


@pytest.fixture
def lite_postings(twin_stores, monkeypatch) -> Store:
    """The SQLite twin ranking every query from postings of the terms 10 documents hold."""
    from dashiji.store import search_postings

    lite, _ = twin_stores
    monkeypatch.setattr(search_postings, "MIN_DF_ABS", 10)
    monkeypatch.setattr(search_postings, "MIN_DF_SHARE", 0.0)
    monkeypatch.setattr(search_postings, "FAST_MIN", 0)
    with lite.batch():
        search_postings.invalidate(lite.connection)
    assert lite.refresh_search() > 600
    return lite


def test_search_from_postings_gives_the_same_answers_as_postgres(twin_stores, lite_postings):
    _, pg = twin_stores
    for query in QUERIES:
        a, b = lite_postings.search(query, limit=1000), pg.search(query, limit=1000)
        assert a.total == b.total, query
        assert [h.id for h in a.hits] == [h.id for h in b.hits], query
        assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits], rel=1e-12)
        assert [(h.snippet, h.highlights) for h in a.hits[:5]] == [
            (h.snippet, h.highlights) for h in b.hits[:5]
        ]


def test_search_pages_and_totals_match(twin_stores) -> None:
    lite, pg = twin_stores
    for query in ("美国", "的"):
        total = lite.search(query, limit=0).total
        assert total > 50 and pg.search(query, limit=0).total == total
        for offset in (0, 7, total - 3):
            a, b = (
                lite.search(query, limit=10, offset=offset),
                pg.search(query, limit=10, offset=offset),
            )
            assert [h.id for h in a.hits] == [h.id for h in b.hits]
    assert pg.search("美国", offset=10_000).hits == []


def test_search_errors_are_the_same(twin_stores) -> None:
    from dashiji.errors import SearchQueryError

    lite, pg = twin_stores
    for bad in ('"unbalanced', "-", "a OR", "()", "(a"):
        with pytest.raises(SearchQueryError) as x:
            lite.search(bad)
        with pytest.raises(SearchQueryError) as y:
            pg.search(bad)
        assert str(x.value) == str(y.value)


# ---- several ingests at once ---------------------------------------------------------------
def test_concurrent_ingests_store_every_document_exactly_once(
    pg_url: str, tmp_path: Path, shared: Path
) -> None:
    """Three `dashiji ingest` processes on overlapping sets of files, at the same time."""
    lines = (
        (shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl")
        .read_text("utf-8")
        .splitlines()[:36]
    )
    parts = []
    for k, (lo, hi) in enumerate([(0, 24), (12, 36), (6, 30)]):
        path = tmp_path / f"part{k}.jsonl"
        path.write_text("\n".join(lines[lo:hi]) + "\n", "utf-8")
        parts.append(path)
    bad = tmp_path / "bad.html"
    bad.write_text("", "utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dashiji", "ingest", str(p), str(bad), "--db", pg_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for p in parts
    ]
    for proc in procs:
        _, errs = proc.communicate(timeout=600)
        # 1: this run stored the empty file's failure; 0: another run had stored it already
        assert proc.returncode in (0, 1), errs.decode()
    with Store.open(pg_url) as s:
        c = s.connection
        n_ok = c.execute("SELECT count(*) FROM documents WHERE status <> 'failed'").fetchone()[0]
        # line 15 (76_7_1_1) holds only a source credit (综合自…) and an outlet name: no_article
        assert n_ok == 35
        assert (
            c.execute("SELECT count(*) FROM documents WHERE status = 'failed'").fetchone()[0] == 2
        )
        assert c.execute("SELECT count(*) FROM raw_inputs").fetchone()[0] == 37
        assert (
            c.execute("SELECT count(*) FROM search_docs").fetchone()[0]
            == c.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        )
        # every ok article is in exactly one story, every event mention once
        assert (
            c.execute("SELECT count(*), count(DISTINCT doc_id) FROM story_articles").fetchone()
            == (c.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0],) * 2
        )
        assert len(s.runs()) == 3 and all(r["finished"] for r in s.runs())


# ---- what a user does, on both stores: the same results --------------------------------
def _cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def both_ingested(
    tmp_path_factory: pytest.TempPathFactory, seeds: Path, shared: Path, postgres: Any
) -> tuple[str, str, Path]:
    import psycopg

    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE ingested TEMPLATE dashiji_template")
    tmp = tmp_path_factory.mktemp("both")
    pages = tmp / "pages"
    pages.mkdir()
    for seed in sorted(seeds.glob("*.txt")):
        shutil.copy(seed, pages / seed.name)
    lines = (
        (shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl")
        .read_text("utf-8")
        .splitlines()
    )
    (pages / "news.jsonl").write_text("\n".join(lines[:40]) + "\n", "utf-8")
    (pages / "empty.html").write_text("", "utf-8")
    (pages / "README.md").write_text("# Pages\n", "utf-8")
    lite, pg = str(tmp / "s.db"), postgres.database_url("ingested")
    for db in (lite, pg):
        res = _cli("ingest", str(pages), "--db", db, "--date", "2025-10-22")
        # three inputs failed: the README, the empty page, and line 15 (76_7_1_1: only a source
        # credit and an outlet name, no article)
        assert res.exit_code == 1, res.output
        assert "stored" in res.output and "failed 3" in res.output
    return lite, pg, pages


def test_a_rerun_adds_nothing_on_postgres(both_ingested) -> None:
    _, pg, pages = both_ingested
    with Store.open(pg) as s:
        before = s.stats()
    res = _cli("ingest", str(pages), "--db", pg, "--date", "2025-10-22")
    assert res.exit_code == 0, res.output
    assert "already stored" in res.output
    with Store.open(pg) as s:
        after = s.stats()
    assert after["by_status"] == before["by_status"] and after["runs"] == before["runs"] + 1


@pytest.mark.parametrize(
    "command",
    [
        ["failures", "--format", "jsonl"],
        ["show", "--format", "jsonl", "-n", "99"],
        ["search", "警方", "--format", "jsonl", "-n", "50"],
        ["actors", "--limit", "20"],
        ["stories", "--format", "jsonl"],
        ["chronicle", "--format", "json"],
        ["timeline", "--format", "json", "--dates", "5"],
    ],
    ids=lambda c: c[0],
)
def test_commands_answer_the_same_on_both_stores(both_ingested, command: list[str]) -> None:
    lite, pg, _ = both_ingested
    a, b = _cli(*command, "--db", lite), _cli(*command, "--db", pg)
    assert a.exit_code == b.exit_code == 0, (a.output, b.output)
    text_a = a.stdout.replace(lite, "DB")
    text_b = b.stdout.replace(redact(pg), "DB")
    assert text_a.strip()
    if command[0] in ("failures", "show"):  # ingested_at differs: compare without it
        # (failures are listed newest first: two ingests may store them in other orders)
        key = json.dumps
        assert sorted(map(key, _without_times(text_a))) == sorted(map(key, _without_times(text_b)))
    else:
        assert text_a == text_b


def _without_times(text: str) -> list[Any]:
    rows = [json.loads(line) for line in text.splitlines()]
    for r in rows:
        r.pop("ingested_at", None)
    return rows


@pytest.mark.parametrize("fmt", ["jsonl", "gdelt", "csv", "parquet"])
def test_exports_are_the_same_on_both_stores(both_ingested, tmp_path: Path, fmt: str) -> None:
    lite, pg, _ = both_ingested
    outs = []
    for name, db in (("a", lite), ("b", pg)):
        out = tmp_path / name / f"events.{fmt if fmt != 'gdelt' else 'tsv'}"
        res = _cli("export", "--format", fmt, "-o", str(out), "--db", db)
        assert res.exit_code == 0, res.output
        outs.append(out.parent)
    files_a = sorted(p.name for p in outs[0].iterdir())
    assert files_a == sorted(p.name for p in outs[1].iterdir()) and files_a
    for name in files_a:
        a, b = (outs[0] / name), (outs[1] / name)
        if fmt == "parquet":
            import pyarrow.parquet as pq

            ta, tb = pq.read_table(a), pq.read_table(b)
            assert ta.num_rows == tb.num_rows > 0
            cols = [c for c in ta.column_names if "added" not in c.lower() and "ingested" not in c]
            assert ta.select(cols).equals(tb.select(cols)), name
        else:
            la, lb = a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines()
            assert len(la) == len(lb) > 0, name
            if fmt != "gdelt":  # GDELT's DATEADDED is the ingest time
                assert la == lb, name


def test_stats_on_postgres(both_ingested) -> None:
    lite, pg, _ = both_ingested
    a, b = (
        _cli("stats", "--db", lite, "--format", "jsonl"),
        _cli("stats", "--db", pg, "--format", "jsonl"),
    )
    assert a.exit_code == b.exit_code == 0, b.output
    sa, sb = json.loads(a.stdout), json.loads(b.stdout)
    for key in (
        "documents",
        "by_status",
        "by_error",
        "by_script",
        "raw_bytes",
        "events",
        "stories",
        "schema_version",
    ):
        if key in sa:
            assert sa[key] == sb[key], key


#: the API's event filters whose SQL both stores run (serve/queries.EventFilter.where)
EVENT_FILTERS: list[dict[str, Any]] = [
    {},
    {"date_from": "2025"},
    {"date_from": "2025-10", "date_to": "2025-10"},
    {"date_from": "2025-10-22", "date_to": "2025-10-22"},
    {"date_to": "2025-09"},
    {"date_from": "2019", "date_to": "2025-06-30", "status": "occurred"},
    {"date_from": "2025-10", "type": "CONSULT"},
]


def test_the_apis_date_filter_keeps_the_same_events_on_both_stores(both_ingested) -> None:
    """The API's filter (DATE_RULE: every day of the event within the days asked for) is SQL
    on date_start/date_end that PostgreSQL runs as SQLite does: the same events, the same facet
    counts.  (The API serves a SQLite file; the columns, their index and this SQL are shared.)"""
    from dashiji.serve import queries as q

    lite, pg, _ = both_ingested
    found: dict[str, list[Any]] = {}
    for db in (lite, pg):
        with Store.open(db) as s:
            conn = s.connection
            out = []
            for params in EVENT_FILTERS:
                flt = q.EventFilter(**params)
                where, args = flt.where()
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT e.event_id FROM events e{where} ORDER BY e.event_id", args
                    ).fetchall()
                ]
                out.append((params, ids, q.event_facets(conn, flt)))  # type: ignore[arg-type]
            found[db] = out
    assert found[lite] == found[pg]
    sizes = [len(ids) for _, ids, _ in found[lite]]
    assert sizes[0] > sizes[1] > sizes[2] > 0  # the filters keep something, not everything


def test_serve_says_it_needs_a_sqlite_store(pg_url: str) -> None:
    res = _cli("serve", "--db", pg_url)
    assert res.exit_code == 2 and "SQLite" in res.output


def test_a_nul_character_is_stored_as_u_fffd_on_postgres(pg_url: str) -> None:
    from dashiji.model import Article, Block, Document, Raw, Span

    text = "特朗普\x00会见普京。"
    doc = Document(id="nul-1", raw=Raw(text.encode(), "api://nul\x00", metadata={"t": "a\x00"}))
    doc.set_article(Article(title="会见\x00", blocks=[Block("body", text)]))
    doc.spans = [Span("entity", 0, 3, "PER", {"name": "特朗普\x00", "kb_id": "donald-trump"})]
    with Store.open(pg_url) as s:
        assert s.put(doc)
        got = s.get("nul-1")
        assert got is not None and got.text == doc.text.replace("\x00", "\ufffd")
        assert got.raw.data == doc.raw.data  # bytes are bytes
        assert got.raw.metadata == {"t": "a\x00"}  # JSON keeps it escaped
        assert s.search("普京").total == 1
        assert s.top_entities()[0]["kb_id"] == "donald-trump"


def test_rebuilt_stories_and_events_are_the_same_on_both_stores(both_ingested) -> None:
    lite, pg, _ = both_ingested
    out = {}
    for db in (lite, pg):
        res = _cli("stories", "--remerge", "--db", db)
        assert res.exit_code == 0, res.output
        chron = _cli("chronicle", "--format", "json", "--db", db)
        stories = _cli("stories", "--format", "jsonl", "--db", db)
        out[db] = (chron.stdout, stories.stdout)
    assert out[lite] == out[pg] and out[lite][0].strip()
    # a rebuild regroups the articles in the order they were ingested, which differs between
    # the two ingests by the clock: every article is in one story again
    res = _cli("stories", "--rebuild", "--db", pg)
    assert res.exit_code == 0, res.output
    with Store.open(pg) as s:
        c = s.connection
        n_ok = c.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        assert c.execute(
            "SELECT count(*), count(DISTINCT doc_id) FROM story_articles"
        ).fetchone() == (n_ok, n_ok)


def test_a_killed_ingest_resumes_and_stores_each_document_once(pg_url: str, tmp_path: Path):
    import os
    import signal
    import time

    import psycopg
    from test_store import INGEST  # the script test_store kills on SQLite

    def count() -> int:
        with psycopg.connect(pg_url) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    script = tmp_path / "ingest.py"
    script.write_text(INGEST)
    n = 200
    proc = subprocess.Popen([sys.executable, str(script), pg_url, str(n), "0.01"])
    try:
        deadline = time.monotonic() + 120
        while count() < 30:
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    stored = count()
    assert 30 <= stored < n
    subprocess.run([sys.executable, str(script), pg_url, str(n), "0"], check=True, timeout=300)
    with Store.open(pg_url) as s:
        c = s.connection
        assert c.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (n, n)
        assert c.execute("SELECT count(*) FROM blocks").fetchone()[0] == 3 * n
        assert c.execute("SELECT count(*) FROM search_docs").fetchone()[0] == n
        runs = s.runs()
        assert len(runs) == 2 and runs[0]["finished"] is None
        assert runs[1]["counts"] == {"new": n - stored}
        assert s.search("第199号新闻").total == 1


def test_a_version_12_postgres_store_moves_raw_data_last_and_keeps_every_document(
    postgres: Any,
) -> None:
    """Migration 13 on PostgreSQL: raw_inputs.data becomes the last column, as in SQLite (the
    two schemas keep their columns in the same order); documents and raw bytes are kept exactly,
    failed ones too, and the foreign key from documents still holds."""
    import psycopg

    from dashiji.model import DocError, Document, Raw, content_id
    from dashiji.store import pg_schema
    from dashiji.store.postgres import PgConnection
    from dashiji.store.sqlite import BLOB_PIECE

    name = "v12_store"
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    url = str(postgres.database_url(name))
    text = "普京与特朗普在阿拉斯加举行会晤。"
    ok_data = f"<html><p>{text}</p></html>".encode()
    ok = Document(
        id=content_id(ok_data),
        raw=Raw(ok_data, "file:///in/a.html", "text/html", None, "utf-8", {"k": "v"}),
        source_text=ok_data.decode(),
    )
    big = bytes(range(256)) * (BLOB_PIECE * 2 // 256) + b"end"
    bad = Document(
        id=content_id(big),
        raw=Raw(big, "file:///in/x.bin", "application/octet-stream"),
        error=DocError("binary", "The input is binary data.", "read"),
    )
    conn = PgConnection(psycopg.connect(url, autocommit=True))
    assert pg_schema.migrate(conn, target=12) == 12
    conn.load_tables()
    old = PostgresStore(conn, url)
    assert old.put(ok) and old.put(bad)
    old.close()

    with Store.open(url) as s:
        assert s.schema_version == SCHEMA_VERSION >= 13
        assert s.get(ok.id) == ok and s.get(bad.id) == bad
        assert s.has_raw(ok.raw.sha256()) and not s.has_raw(bad.raw.sha256())
        cols = [
            r[0]
            for r in s.connection.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'raw_inputs' ORDER BY ordinal_position"
            ).fetchall()
        ]
        assert cols[-1] == "data" and cols.count("data") == 1 and "data_v13" not in cols
        with pytest.raises(psycopg.Error):  # the foreign key still holds
            s.connection.execute(
                "INSERT INTO documents (id, raw_sha256, source, status, ingested_at, doc)"
                " VALUES ('orphan', 'no-such-raw', 's', 'ok', 'now', '{}')"
            )


def test_a_version_13_postgres_store_gets_its_events_kinds_and_stores_the_same(
    postgres: Any, tmp_path: Path
) -> None:
    """Migration 14 on PostgreSQL: the event_actors rows version 13 wrote get their events'
    kinds and reach (events of odd dates too, read as Python reads them), and articles stored
    after join the events they join in a store that never was at 13 (tests/test_stories.py
    does the same on SQLite)."""
    import psycopg
    from test_stories import (
        EVENT_TABLES,
        FIRST,
        ODD_EVENTS,
        THEN,
        _jsonl,
        event_tables,
        kinds_disagree,
        odd_events,
    )

    from dashiji.pipeline import ingest

    urls = []
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        for name in ("v13_kinds", "v14_kinds"):
            admin.execute(f"CREATE DATABASE {name} TEMPLATE dashiji_template")
            urls.append(str(postgres.database_url(name)))
    old, fresh = urls
    first = _jsonl(tmp_path / "first.jsonl", FIRST)
    then = _jsonl(tmp_path / "then.jsonl", THEN)
    for url in urls:
        with Store.open(url) as s:
            ingest([str(first)], s)
    with psycopg.connect(old, autocommit=True) as conn:  # what version 13 had
        with conn.transaction():
            conn.execute("DROP INDEX event_actors_kind")
            conn.execute(
                "ALTER TABLE event_actors DROP COLUMN type, DROP COLUMN news_type, "
                "DROP COLUMN reach"
            )
            conn.execute("DELETE FROM dashiji_schema WHERE version = 14")
            odd_events(conn, "%s")
        n_actors = conn.execute("SELECT count(*) FROM event_actors").fetchone()[0]
        assert n_actors >= 5 + len(ODD_EVENTS)
    with Store.open(old) as s:
        assert s.schema_version == SCHEMA_VERSION >= 14
        c = s.connection
        assert c.execute("SELECT count(*) FROM event_actors").fetchone()[0] == n_actors
        assert kinds_disagree(c) == []
        assert c.execute(
            "SELECT count(*) FROM event_actors WHERE news_type IS NOT NULL"
        ).fetchone()[0]
        with s.batch():
            odd_events(c, "?", drop=True)
        ingest([str(then)], s)
        assert kinds_disagree(c) == []
        got = event_tables(c)
    with Store.open(fresh) as s:
        ingest([str(then)], s)
        want = event_tables(s.connection)
    assert set(got) == set(EVENT_TABLES) and got == want


def test_reach_compares_with_a_day_alike_under_locale_collations(pg_url: str) -> None:
    """The candidate filter ``reach >= bound`` (migration 14) runs in the database: under the
    ICU collations a database may be created with, it gives what byte order (C) gives for every
    form :func:`.event_rows.reach` produces (the candidates' order is made in Python)."""
    import psycopg

    from dashiji.stories.event_rows import reach

    dates = [None, "2024", "2024-03", "2024-03-05", "2024-03-05/2024-04-01", "2024-W12",
             "2024-3-5", "202", "约2024年", "2023-12-31", "2024-03-05T10"]  # fmt: skip
    seen = [None, "2024-03-01T08:00:00", "2024-03-05", "2023-11-30T23:59:59"]
    bounds = ["2024-03-01", "2024-03-05", "2023-12-31", "2024-02-29", "2024-03-06"]
    pairs = [(reach(d, s), b) for d in dates for s in seen for b in bounds]
    with psycopg.connect(pg_url) as conn:
        icu = conn.execute(
            "SELECT collname FROM pg_collation WHERE collname = ANY(%s)",
            (["und-x-icu", "en-US-x-icu", "zh-Hans-x-icu"],),
        ).fetchall()
        for (coll,) in icu:
            for r, b in pairs:
                sql = f'SELECT %s::text >= %s::text COLLATE "{coll}"'  # coll: from the catalogue
                assert conn.execute(sql, (r, b)).fetchone()[0] == (r >= b), (coll, r, b)
