"""Shared fixtures: where ../shared lives (the seeds, the gold, the public bench data)."""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def gold(shared: Path) -> Path:
    return shared / "gold"
