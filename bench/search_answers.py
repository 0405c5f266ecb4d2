"""The answers of ``bench/serve.py``'s search queries, written to a JSON file: to check that a
change to the search code keeps every answer the same (totals, ids and order, scores, snippets
and their highlights), run it with the old and the new source tree and compare the files.

    git archive BASE_COMMIT src | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src python bench/search_answers.py /tmp/old.json
    PYTHONPATH=src python bench/search_answers.py /tmp/new.json --compare /tmp/old.json

Each query (:func:`serve.search_words`, ~290 of them, on the store of ``bench/serve.py``) is
asked through the app's read-only connection for its first page (20 hits, as the benchmark asks)
and its second (20 from offset 20), and through the JSON API's own function
(``dashiji.serve.context.search``); a malformed query records its error message.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import serve  # noqa: E402 (this folder is on sys.path)


def answers(db: Path) -> dict[str, Any]:
    from dashiji.errors import DashijiError
    from dashiji.serve.context import AppState, search
    from dashiji.store.search import run_search

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        words = serve.search_words(conn)
    state = AppState(db)
    out: dict[str, Any] = {}
    for word in words:
        got: dict[str, Any] = {}
        for offset in (0, 20):
            try:
                r = run_search(state.conn(), word, limit=20, offset=offset)
            except DashijiError as exc:
                got[str(offset)] = {"error": str(exc)}
                continue
            got[str(offset)] = {
                "total": r.total,
                "hits": [
                    [h.id, repr(h.score), h.snippet, h.highlights, h.title_highlights]
                    for h in r.hits
                ],
            }
        try:
            got["api"] = search(state, word, 20, 0)
        except DashijiError as exc:
            got["api"] = {"error": str(exc)}
        out[word] = got
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier output: report every difference")
    ap.add_argument("--articles", type=int, default=20_000)
    args = ap.parse_args()
    db = serve.build_store(args.articles)
    got = json.loads(json.dumps(answers(db), ensure_ascii=False))  # tuples as lists
    args.out.write_text(json.dumps(got, ensure_ascii=False, indent=0))
    totals = sum(v["0"].get("total", 0) for v in got.values())
    print(f"{len(got)} queries, {totals} hits in all, written to {args.out}")
    if args.compare is None:
        return 0
    old = json.loads(args.compare.read_text())
    differ = [w for w in sorted(set(old) | set(got)) if old.get(w) != got.get(w)]
    for w in differ[:20]:
        print(f"differs: {w!r}")
    print(f"{len(got) - len(differ)} of {len(got)} queries answer the same as {args.compare}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
