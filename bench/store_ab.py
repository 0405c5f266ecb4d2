"""Same-process A/B of the store stage (``store_batch``: documents, search index, stories,
events), a base source tree against this one, in CPU time -- and whether both stored the same.

The documents are those of ``bench/throughput.py``'s corpus (its first ``--text`` JSONL records
and ``--html`` pages), read, extracted, de-duplicated, annotated and coded once by this tree and
cached; each variant gets its own copy (``Document.to_dict`` / ``from_dict`` of its package).  A
pass stores them all, in batches of ``work.BATCH`` as ``ingest`` does, into a fresh store or into
a copy of ``--store`` (a big store: what storing costs once the store has grown); passes of the
two trees alternate (each round in turn first), fastest and median CPU ms per document are
printed, and the paired ratio.  What a tree makes for storing where a document is analysed (an
``ingest -j N`` worker: ``work.for_store``, when the tree has it) is made before the pass and
not counted in it; its CPU is printed on its own line.

Then the stores of each tree's last pass are compared table by table (every column but the
clock's: ``ingested_at``, ``stored_at``, ``started``, ``finished``, ``updated_at``), rows in a
fixed order, and the FTS5 index by its stored segments: a change of speed must store the same.
A column only one tree's schema has (a new migration's) is named and left out of the comparison.

    git archive BASE_COMMIT src | tar -x -C /tmp/base
    python bench/store_ab.py /tmp/base/src [--text 300] [--html 100] [--rounds 3] \\
        [--store big.db] [--articles 20000]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import pickle
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

import throughput as tp  # noqa: E402 (this folder is on sys.path)

#: Columns that hold the clock, not what was stored.
CLOCK = {"ingested_at", "stored_at", "started", "finished", "updated_at"}


def analysed_docs(articles: int, text: int, html: int) -> list[tuple[dict[str, Any], Any]]:
    """(document as a dict, story profile) of the first ``text`` records and ``html`` pages,
    analysed by this tree (cached in .bench-cache)."""
    cache = tp.CACHE / f"store-ab-{articles}-{text}-{html}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())  # noqa: S301 - our own cache
    from dashiji.dedup import DedupIndex
    from dashiji.read import read_inputs
    from dashiji.work import BATCH, DocumentWork, decide_copies

    corpus = tp.build_corpus(articles, tp.shared_dir())
    docs = []
    for kind, n in (("text", text), ("html", html)):
        got = 0
        for doc in read_inputs(tp.corpus_files(corpus, kind)):
            if got >= n:
                break
            docs.append(doc)
            got += 1
    from dashiji.stories.terms import profile

    work, index = DocumentWork(story_terms=False), DedupIndex()
    out = []
    for i in range(0, len(docs), BATCH):
        batch, sigs = work.prepare(docs[i : i + BATCH])
        copies = decide_copies(index, [d.id for d in batch], sigs)
        out += [
            (d.to_dict(), profile(d) if d.ok and not d.duplicate_of else None)
            for d, _ in work.analyse(batch, copies)
        ]
    cache.write_bytes(pickle.dumps(out))
    return out


class Variant:
    def __init__(self, pkg: str, docs: list[tuple[dict[str, Any], Any]]) -> None:
        self.model = importlib.import_module(pkg + ".model")
        self.pipeline = importlib.import_module(pkg + ".pipeline")
        self.store_mod = importlib.import_module(pkg + ".store")
        self.work = importlib.import_module(pkg + ".work")
        self.batch = self.work.BATCH
        self.worker: list[float] = []
        self.docs = docs
        importlib.import_module(pkg + ".stories.update")._summariser()  # the KB, loaded
        kb = importlib.import_module(pkg + ".stories.keys")._kb()
        kb.lookup("")  # its index of names, built

    def run(self, db: Path) -> float:
        """Store every document into ``db``; CPU seconds (what the worker that analysed a
        document makes for storing it -- ``work.for_store`` where the tree has it -- made
        before, not counted: :attr:`worker` has its CPU seconds)."""
        Document = self.model.Document
        analysed = [(Document.from_dict(d), terms) for d, terms in self.docs]
        for_store = getattr(self.work, "for_store", None)
        if for_store is not None:
            t = time.process_time()
            analysed = [for_store(d, terms) for d, terms in analysed]
            self.worker.append(time.process_time() - t)
        with self.store_mod.Store.open(db) as store:
            run_id = store.begin_run(["store_ab"])
            t = time.process_time()
            for i in range(0, len(analysed), self.batch):
                self.pipeline.store_batch(store, analysed[i : i + self.batch], run_id)
            return time.process_time() - t


def _fresh(db: Path, base: Path | None) -> None:
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    if base is not None:
        shutil.copyfile(base, db)


def table_columns(db: Path) -> dict[str, list[str]]:
    """The columns of each table of ``db``."""
    conn = sqlite3.connect(db)
    out = {
        name: [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]  # noqa: S608
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    conn.close()
    return out


def table_digests(db: Path, only: dict[str, list[str]] | None = None) -> dict[str, tuple[int, str]]:
    """(rows, SHA-256 of the rows in order) of each table, the clock's columns left out (and,
    given ``only``, the columns it does not list for the table: a tree's new columns)."""
    conn = sqlite3.connect(db)
    out = {}
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT IN ('search_index_config')"
        )
    ]
    for table in sorted(tables):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]  # noqa: S608
        keep = [c for c in cols if c not in CLOCK and (only is None or c in only.get(table, ()))]
        if not keep:
            continue
        names = ", ".join(f'"{c}"' for c in keep)
        h = hashlib.sha256()
        n = 0
        for row in conn.execute(f"SELECT {names} FROM {table} ORDER BY {names}"):  # noqa: S608
            h.update(repr(row).encode())
            n += 1
        out[table] = (n, h.hexdigest()[:16])
    conn.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base_src", type=Path, help="the base tree's src folder (holding dashiji/)")
    ap.add_argument("--articles", type=int, default=20_000, help="the throughput corpus' size")
    ap.add_argument("--text", type=int, default=300)
    ap.add_argument("--html", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--store", type=Path, help="store into copies of this store (else fresh)")
    args = ap.parse_args()
    docs = analysed_docs(args.articles, args.text, args.html)
    n = len(docs)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.base_src / "dashiji", Path(tmp) / "dashiji_base")
        sys.path.insert(0, tmp)
        variants = {"base": Variant("dashiji_base", docs), "new": Variant("dashiji", docs)}
        dbs = {name: Path(tmp) / f"{name}.db" for name in variants}
        times: dict[str, list[float]] = {name: [] for name in variants}
        for r in range(args.rounds):
            names = list(variants) if r % 2 == 0 else list(reversed(variants))  # turn about
            for name in names:
                v = variants[name]
                _fresh(dbs[name], args.store)
                times[name].append(v.run(dbs[name]) / n * 1000)
        for name, ts in times.items():
            print(
                f"store {name}: fastest {min(ts):.3f}  median {statistics.median(ts):.3f} "
                f"CPU ms/document ({n} documents, {args.text} text + {args.html} HTML, "
                f"{'into a copy of ' + str(args.store) if args.store else 'fresh store'})"
            )
        for name, v in variants.items():
            if v.worker:
                print(
                    f"worker part {name} (work.for_store): median "
                    f"{statistics.median(v.worker) / n * 1000:.3f} CPU ms/document"
                )
        ratio = statistics.median(a / b for a, b in zip(times["new"], times["base"], strict=True))
        print(f"paired ratio new/base, median of {args.rounds} rounds: {ratio:.3f}")
        cols_a, cols_b = table_columns(dbs["base"]), table_columns(dbs["new"])
        both = {t: [c for c in cs if c in cols_b.get(t, ())] for t, cs in cols_a.items()}
        one_side = sorted(
            f"{side} {t}.{c}"
            for side, mine, other in (("base", cols_a, cols_b), ("new", cols_b, cols_a))
            for t, cs in mine.items()
            for c in cs
            if t in other and c not in other[t]
        )
        if one_side:
            print(f"columns of one tree only, not compared: {', '.join(one_side)}")
        a, b = table_digests(dbs["base"], both), table_digests(dbs["new"], both)
        differ = [t for t in sorted(a.keys() | b.keys()) if a.get(t) != b.get(t)]
        print(f"tables compared: {len(a)}; different: {differ or 'none'}")
        for t in differ:
            print(f"  {t}: base {a.get(t)} new {b.get(t)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
