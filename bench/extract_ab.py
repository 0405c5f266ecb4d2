"""Extraction A/B: the extracted article of every page, and the CPU it took, for one source tree.

Run it once with this tree and once with another (``PYTHONPATH=OTHER/src``), then ``--compare``
the two dumps: how many pages give a different article (title, date, author, outlet, body and
caption blocks, dropped lines, or the error), and the CPU per page of each, paired page by page.

Pages: the public extraction pages (``shared/bench/extraction``), the built pages
(``bench/pages``, HTML and text), the HTML pages and the first text records of a throughput corpus
(``.bench-cache/throughput-N``, made by ``bench/throughput.py``), and every HTML page flattened as
``bench/flattened.py`` flattens it (``extract_text``).  Each page is read as ``ingest`` reads it,
then extracted ``--rounds`` times; its CPU is the fastest round (``time.process_time``).

    PYTHONPATH=/tmp/base/src python bench/extract_ab.py --out /tmp/a.json
    PYTHONPATH=src python bench/extract_ab.py --out /tmp/b.json
    python bench/extract_ab.py --compare /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(1, str(REPO / "bench"))


def pages(corpus: Path | None, text_records: int) -> list[str]:
    from _shared import shared_dir

    files: list[str] = []
    ext = shared_dir() / "bench" / "extraction"
    for folder in ("cwced-zh", "magic-html-zh-dev"):
        files += [str(p) for p in sorted((ext / folder).glob("*.html"))]
    built = REPO / "bench" / "pages"
    files += [str(p) for p in sorted(built.rglob("*.html"))]
    files += [str(p) for p in sorted(built.rglob("*.txt"))]
    if corpus is not None:
        files += [str(p) for p in sorted((corpus / "html").glob("*/*.html"))]
        if text_records:
            files += [str(p) for p in sorted((corpus / "text").glob("*.jsonl"))][:1]
    return files


def _article(art: Any) -> dict[str, Any]:
    return {
        "title": art.title,
        "published": art.published,
        "published_from": art.published_from,
        "author": art.author,
        "outlet": art.outlet,
        "blocks": [[b.kind, b.text] for b in art.blocks],
        "boilerplate": list(art.boilerplate),
    }


def dump(files: list[str], rounds: int, text_records: int, flattened: bool) -> dict[str, Any]:
    from dashiji.extract import extract_article
    from dashiji.extract.flat_text import extract_text
    from dashiji.read import read_inputs

    docs = []
    for path in files:
        for k, doc in enumerate(read_inputs([path])):
            if path.endswith(".jsonl") and k >= text_records:
                break
            if doc.error is None:
                docs.append(doc)
    flat: list[tuple[str, str]] = []
    if flattened:
        from flattened import decode_page, flatten_html

        for path in files:
            if path.endswith(".html") and "throughput-" not in path:
                page = decode_page(Path(path).read_bytes(), path)
                flat.append((path + "#flat", flatten_html(page)))
    out: dict[str, Any] = {}
    for doc in docs[:3]:  # warm-up: tables load lazily
        try:
            extract_article(doc)
        except Exception:
            pass
    for doc in docs:
        best = float("inf")
        result: dict[str, Any] = {}
        for _ in range(rounds):
            t = time.process_time()
            try:
                art = extract_article(doc)
                result = _article(art)
            except Exception as exc:  # the error is part of the result
                result = {"error": f"{type(exc).__name__}: {exc}"}
            best = min(best, time.process_time() - t)
        key = doc.id
        kind = "html" if doc.raw.media_type == "text/html" else "text"
        out[key] = {"kind": kind, "cpu": best, "result": result}
    for key, text in flat:
        best = float("inf")
        for _ in range(rounds):
            t = time.process_time()
            try:
                result = _article(extract_text(text))
            except Exception as exc:
                result = {"error": f"{type(exc).__name__}: {exc}"}
            best = min(best, time.process_time() - t)
        out[key] = {"kind": "flat", "cpu": best, "result": result}
    return out


def compare(a_path: Path, b_path: Path, show: int) -> int:
    a = json.loads(a_path.read_text(encoding="utf-8"))
    b = json.loads(b_path.read_text(encoding="utf-8"))
    keys = [k for k in a if k in b]
    differ = [k for k in keys if a[k]["result"] != b[k]["result"]]
    print(f"{len(keys)} pages in both ({len(a)} / {len(b)}); {len(differ)} differ")
    for k in differ[:show]:
        ra, rb = a[k]["result"], b[k]["result"]
        print(f"--- {k}")
        for field in sorted(set(ra) | set(rb)):
            if ra.get(field) != rb.get(field):
                print(f"  {field}:\n    A {ra.get(field)!r:.600}\n    B {rb.get(field)!r:.600}")
    for kind in ("html", "text", "flat"):
        ks = [k for k in keys if a[k]["kind"] == kind]
        if not ks:
            continue
        ta = sum(a[k]["cpu"] for k in ks) / len(ks) * 1000
        tb = sum(b[k]["cpu"] for k in ks) / len(ks) * 1000
        ratio = statistics.median(b[k]["cpu"] / a[k]["cpu"] for k in ks if a[k]["cpu"] > 0)
        print(
            f"{kind:5} {len(ks):5} pages: A {ta:.2f} ms, B {tb:.2f} ms a page "
            f"(B/A of the means {tb / ta:.3f}, median of per-page ratios {ratio:.3f})"
        )
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--corpus", type=Path, help="a throughput corpus (.bench-cache/throughput-N)")
    ap.add_argument("--text-records", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-flat", action="store_true")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("--show", type=int, default=50, help="differences printed")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare, args.show)
    if args.out is None:
        ap.error("--out or --compare")
    files = pages(args.corpus, args.text_records)
    result = dump(files, args.rounds, args.text_records, not args.no_flat)
    args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    import dashiji

    print("dashiji from", dashiji.__file__)
    html = [v["cpu"] for v in result.values() if v["kind"] == "html"]
    print(f"{len(result)} pages; html {sum(html) / max(1, len(html)) * 1000:.2f} ms a page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
