"""The SQLite SQL the modules write, as PostgreSQL runs it (dashiji.store.pg_sql)."""

from __future__ import annotations

import sqlite3

import pytest

from dashiji.store import Store
from dashiji.store.pg_sql import Table, glob_regex, placeholders, translate

TABLES = {"stories": Table(("story_id", "title", "end", "merged_into"), ("story_id",))}


def test_placeholders_outside_quotes_only() -> None:
    sql = "SELECT '?', \"a?\", ? FROM t WHERE x LIKE '5%' AND y = ?"
    assert placeholders(sql) == "SELECT '?', \"a?\", %s FROM t WHERE x LIKE '5%%' AND y = %s"
    assert placeholders("SELECT '5%'", params=False) == "SELECT '5%'"


def test_insert_or_ignore_and_or_replace() -> None:
    assert translate("INSERT OR IGNORE INTO t (a) VALUES (?)", TABLES) == (
        "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    )
    got = translate('INSERT OR REPLACE INTO stories (story_id, "end") VALUES (?, ?)', TABLES)
    assert got == (
        'INSERT INTO stories (story_id, "end") VALUES (%s, %s) ON CONFLICT ("story_id") DO UPDATE'
        ' SET "title" = DEFAULT, "end" = EXCLUDED."end", "merged_into" = DEFAULT'
    )
    with pytest.raises(ValueError, match="no primary key"):
        translate("INSERT OR REPLACE INTO nowhere (a) VALUES (?)", TABLES)
    with pytest.raises(ValueError, match="GLOB with a parameter"):
        translate("SELECT 1 WHERE a GLOB ?", TABLES)


def test_sqlite_index_choice_is_left_to_postgresql() -> None:
    sql = "SELECT a FROM t JOIN u INDEXED BY u_fit ON u.id = t.id WHERE a = ?"
    assert translate(sql, TABLES) == "SELECT a FROM t JOIN u ON u.id = t.id WHERE a = %s"


PATTERNS = ["*/*", "[0-9][0-9][0-9][0-9]*", "a?c", "a.b*", "50%*", "it's*", "*[a-c]", "x_y", "*"]
STRINGS = [
    "2025-03-01",
    "2025-03/2025-04",
    "abc",
    "a.bc",
    "axbc",
    "50%x",
    "500",
    "it's",
    "its",
    "zb",
    "zd",
    "x_y",
    "xzy",
    "",
    "美国/中国",
    "2025",
]


def test_glob_matches_what_sqlite_glob_matches_on_postgresql(pg_url: str) -> None:
    lite = sqlite3.connect(":memory:")
    with Store.open(pg_url) as pg:
        for pattern in PATTERNS:
            for s in STRINGS:
                want = lite.execute("SELECT ? GLOB ?", (s, pattern)).fetchone()[0]
                sql = f"SELECT CAST(? AS TEXT) GLOB '{pattern.replace(chr(39), chr(39) * 2)}'"
                got = pg.connection.execute(sql, (s,)).fetchone()[0]
                assert bool(want) == got, (pattern, s, glob_regex(pattern))
