"""Shared fixtures: where ../shared lives (the seeds, the gold, the public bench data)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


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
