"""Where the shared evaluation data lives, for every benchmark: ../shared beside the repository,
or $DASHIJI_SHARED."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared folder (seeds, gold, bench); exits with a message when it is missing."""
    path = Path(os.environ.get("DASHIJI_SHARED", REPO.parent / "shared"))
    if not (path / "bench").is_dir():
        raise SystemExit(f"shared data not found at {path} (set DASHIJI_SHARED)")
    return path
