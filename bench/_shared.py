"""Where the shared evaluation data lives, for every benchmark: ../shared beside the repository,
or $DASHIJI_SHARED."""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def check_package() -> None:
    """Exits with a message when the ``dashiji`` package loaded is not this checkout's.

    The venv holds the package as an editable install of one checkout; a benchmark script puts
    its own ``src`` first on ``sys.path``, but a script or session that imported ``dashiji``
    before it had loaded the other checkout's code, and its numbers (or a "difference" between
    two branches) were those of that checkout."""
    mod = sys.modules.get("dashiji")
    if mod is None:
        return
    here = REPO / "src" / "dashiji"
    if mod.__file__ is None or Path(mod.__file__).resolve().parent != here:
        raise SystemExit(
            f"dashiji was imported from {mod.__file__}, not from {here}: import this benchmark "
            f"before dashiji, or run with PYTHONPATH={REPO / 'src'}"
        )


def shared_dir() -> Path:
    """The shared folder (seeds, gold, bench); exits with a message when it is missing, or
    when the ``dashiji`` loaded is another checkout's (:func:`check_package`)."""
    check_package()
    path = Path(os.environ.get("DASHIJI_SHARED", REPO.parent / "shared"))
    if not (path / "bench").is_dir():
        raise SystemExit(f"shared data not found at {path} (set DASHIJI_SHARED)")
    return path


_WS = re.compile(r"\s+")


def bigrams(text: str) -> Counter[str]:
    """Character bigrams of ``text`` with all white space removed (the gold bodies keep the
    pages' hard line breaks)."""
    t = _WS.sub("", text)
    return Counter(t[i : i + 2] for i in range(len(t) - 1))


def bigram_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred``'s character bigrams against ``gold``'s (multisets).

    Two empty texts agree fully; one empty text scores zero."""
    p, g = bigrams(pred), bigrams(gold)
    if not p and not g:
        return 1.0, 1.0, 1.0
    if not p or not g:
        return 0.0, 0.0, 0.0
    overlap = sum((p & g).values())
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if overlap else 0.0)
