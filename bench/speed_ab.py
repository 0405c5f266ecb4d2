"""Same-process A/B of annotate+code speed: a base source tree against this one, passes
interleaved, in CPU time.

On a shared machine one process's speed drifts by ±15% from minute to minute, which hides a
change of a few percent when the old and the new code run one after the other.  Here both run in
one process: the base tree's ``dashiji`` package is copied under the name ``dashiji_base`` (its
imports are relative, its data files the same), both pipelines are warmed, then passes over the
first 150 DTELS dev articles alternate between them (which one runs first alternating too);
the paired ratio of the passes is the change.

    git archive BASE_COMMIT src | tar -x -C /tmp/base
    python bench/speed_ab.py /tmp/base/src [--rounds 10] [--what ac|annotate|code]
"""

from __future__ import annotations

import argparse
import copy
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotate import load_documents  # noqa: E402 (this folder is on sys.path)


def runner(pkg: str, what: str, docs: list[Any]) -> Any:
    annotate = importlib.import_module(pkg + ".annotate.step").Annotate()
    code = importlib.import_module(pkg + ".events.step").CodeEvents()
    mine = copy.deepcopy(docs)
    if what == "ac":
        return lambda: sum(1 for _ in code(annotate(mine)))
    if what == "annotate":
        return lambda: sum(1 for _ in annotate(mine))
    annotated = list(annotate(mine))
    coder = code.coder
    return lambda: len([coder.code(d) for d in annotated])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base_src", type=Path, help="the base tree's src folder (holding dashiji/)")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--what", choices=("ac", "annotate", "code"), default="ac")
    args = ap.parse_args()
    docs = next(iter(load_documents(dtels_only=True).values()))
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.base_src / "dashiji", Path(tmp) / "dashiji_base")
        sys.path.insert(0, tmp)
        runs = {
            name: runner(pkg, args.what, docs)
            for name, pkg in (("base", "dashiji_base"), ("new", "dashiji"))
        }
        for run in runs.values():
            run()  # models, tables, patterns
        times: dict[str, list[float]] = {name: [] for name in runs}
        for r in range(args.rounds):
            # base first in even rounds, new first in odd ones: the one run second in a round
            # measured ≈ 5 % slower on a loaded machine (base against itself read 1.05)
            order = list(runs.items())
            for name, run in order if r % 2 == 0 else order[::-1]:
                start = time.process_time()
                n = run()
                times[name].append((time.process_time() - start) / n * 1000)
    for name, ts in times.items():
        print(
            f"{args.what} {name}: fastest {min(ts):.3f}  median {statistics.median(ts):.3f} "
            f"CPU ms/article ({1000 / min(ts):.0f}/s fastest)"
        )
    ratio = statistics.median(n / b for n, b in zip(times["new"], times["base"], strict=True))
    print(f"paired ratio new/base, median of {args.rounds} rounds: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
