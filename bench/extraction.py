"""Benchmark: HTML page -> clean article, dashiji against trafilatura, readability-lxml and GNE.

Data (public, see /work/shared/bench/README.md):

* ``extraction/cwced-zh``: 69 Chinese pages (raw bytes, utf-8/gb2312/gbk) with gold body,
  author and date;
* ``extraction/magic-html-zh-dev``: 26 modern Chinese portal pages with gold body only.

Metrics (all tools run on the same pages in one run):

* body F1: character-bigram F1 between the extracted body (paragraphs joined by ``"\\n"``) and the
  gold body, after removing all white space from both; bigrams are counted as a multiset;
  precision, recall and F1 per page, then the mean F1 over the pages of a folder.  A tool that
  returns nothing (or raises) scores 0 on that page.
* dates right: pages of cwced-zh whose gold date is usable, i.e. starts with a year and optionally
  month and day ("2005-5-7 21:23:57", "2003-5", "2018"; 56 pages).  "UNKNOWN", "" and the one
  noisy field holding a name are skipped.  Both dates are read at the precision they give (YYYY,
  YYYY-MM or YYYY-MM-DD; the tool's from the start of its ISO date, the gold's zero-padded), and
  the tool's date is right iff it is at least as precise as the gold's and, cut to the gold's
  precision, equals it.  So "1998-03" is right for gold "1998-3", "2018-08-23" for gold "2018",
  and "1998-03" is wrong for gold "1998-03-05": a month does not answer for a day.
* authors right: pages of cwced-zh whose gold author is not empty/"UNKNOWN" (50 pages).  After
  removing all white space from both, the tool's author must equal the gold author or one must
  contain the other; the tool's author must be at most 40 characters (so a whole paragraph
  "containing" the name does not count).
* title: neither set has a gold title, so the column reads "n/a"; ``--titles`` prints dashiji's
  title next to the page's ``<title>`` for inspection.  No fair proxy exists: the page's
  ``<title>`` and ``<h1>`` are the very evidence the extractor reads (and on old pages they hold
  the site's name: "谢谢您访问〖关注中国中心〗", an ``<h1>`` logo "松花江网"), and the gold bodies
  mostly leave the headline out (13 of the 69 cwced bodies hold dashiji's title in their first 300
  characters, two of them by chance: the wrong titles "显示" and "1"), so "title found in the gold
  body" would score the annotators' habit, not the title.
* ms/page: wall time of the tool's call (decoding excluded), mean over all pages of both folders;
  the ratio column is the tool's ms/page divided by dashiji's.

Built pages (``bench/pages/issue11``, see ``bench/pages/README.md``): hand-written pages of
issue 11 -- short articles (40-200 characters) amid heavy chrome, and the platforms whose body is
hidden or injected (WeChat, Toutiao, Baijiahao, Weibo, Zhihu).  The same body F1, per row: the
"short" slice and one row per platform, each also split into the pages the rules were tuned on
(``tune``) and those only checked (``check``).  Columns ``f1_short``, ``f1_<platform>`` in the
summary; the table is printed after the public one.

Usage::

    python bench/extraction.py [--json OUT] [--check] [--only dashiji] [--titles] [--pages]

``--check`` exits 1 when dashiji falls below a floor in bench/floors.json (key "extraction").
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from _shared import bigram_prf, shared_dir

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

FLOORS_PATH = REPO / "bench" / "floors.json"
FOLDERS = ("cwced-zh", "magic-html-zh-dev")
BUILT = "issue11"
BUILT_DIR = REPO / "bench" / "pages" / BUILT
PLATFORMS = ("wechat", "toutiao", "baijiahao", "weibo", "zhihu")
TOOLS = ("dashiji", "trafilatura", "readability-lxml", "GNE")


# ---- decoding --------------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """Decode a page exactly as the dashiji reader does (an undecodable page scores 0)."""
    from dashiji.read.encoding import decode_bytes

    return decode_bytes(data, html=True)[0]


# ---- data ------------------------------------------------------------------------------------
@dataclass
class Page:
    folder: str
    id: str
    url: str | None
    html: str
    body: str
    author: str | None = None
    date: str | None = None
    group: str = ""  # built pages: "short" or the platform
    split: str = ""  # built pages: "tune" or "check"


def load_built_pages(root: Path | None = None) -> list[Page]:
    """The hand-written pages of issue 11 (``bench/pages/issue11``: NAME.html + NAME.json)."""
    d = root or BUILT_DIR
    pages: list[Page] = []
    for j in sorted(d.glob("*.json")):
        gold = json.loads(j.read_text("utf-8"))
        html = decode((d / f"{j.stem}.html").read_bytes())
        group = "short" if gold["slice"] == "short" else gold["kind"]
        pages.append(
            Page(
                folder=BUILT,
                id=j.stem,
                url=None,
                html=html,
                body=gold["body"],
                author=gold.get("author"),
                date=gold.get("date"),
                group=group,
                split=gold["split"],
            )
        )
    return pages


def load_pages(root: Path | None = None) -> list[Page]:
    root = (root or shared_dir() / "bench") / "extraction"
    pages: list[Page] = []
    for folder in FOLDERS:
        d = root / folder
        if not d.is_dir():
            raise FileNotFoundError(f"bench folder missing: {d}")
        for j in sorted(d.glob("*.json")):
            if j.name == "index.json":
                continue
            gold = json.loads(j.read_text("utf-8"))
            html = decode((d / f"{j.stem}.html").read_bytes())
            pages.append(
                Page(
                    folder=folder,
                    id=j.stem,
                    url=gold.get("url"),
                    html=html,
                    body=gold.get("body") or "",
                    author=gold.get("author"),
                    date=gold.get("date"),
                )
            )
    return pages


# ---- scoring ---------------------------------------------------------------------------------
_WS = re.compile(r"\s+")
_GOLD_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\s|$)")


def gold_date_prefix(gold: str | None) -> str | None:
    """The gold date at the precision it gives ("YYYY", "YYYY-MM", "YYYY-MM-DD"), or None."""
    m = _GOLD_DATE.match(gold or "")
    if not m:
        return None
    y, mo, d = m.groups()
    if mo is None:
        return y
    if d is None:
        return f"{y}-{int(mo):02d}"
    return f"{y}-{int(mo):02d}-{int(d):02d}"


_PRED_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)")


def date_right(pred: str | None, gold: str | None) -> bool | None:
    """None when the gold date is unusable; else whether ``pred`` matches it (see above)."""
    want = gold_date_prefix(gold)
    if want is None:
        return None
    m = _PRED_DATE.match(str(pred or "").strip())
    if not m:
        return False
    got = "-".join(part for part in m.groups() if part)
    return len(got) >= len(want) and got[: len(want)] == want


def gold_author(gold: str | None) -> str | None:
    a = _WS.sub("", gold or "")
    return None if not a or a.upper() == "UNKNOWN" else a


def author_right(pred: str | None, gold: str | None) -> bool | None:
    want = gold_author(gold)
    if want is None:
        return None
    got = _WS.sub("", pred or "")
    if not got or len(got) > 40:
        return False
    return got == want or got in want or want in got


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(html: str) -> str:
    """The text of the page's ``<title>`` (for --titles), white space collapsed."""
    m = _TITLE_TAG.search(html)
    return _WS.sub(" ", m.group(1)).strip()[:80] if m else ""


# ---- tools -----------------------------------------------------------------------------------
@dataclass
class Output:
    body: str = ""
    title: str | None = None
    date: str | None = None
    author: str | None = None
    error: str | None = None


def run_dashiji(html: str, url: str | None) -> Output:
    from dashiji.errors import NoArticle
    from dashiji.extract.html_article import extract_html

    try:
        art = extract_html(html, url)
    except NoArticle:
        return Output(error="NoArticle")
    return Output(body="\n".join(art.body), title=art.title, date=art.published, author=art.author)


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Output()
    return Output(body=doc.text or "", title=doc.title, date=doc.date, author=doc.author)


def run_readability(html: str, url: str | None) -> Output:
    import lxml.html
    from readability import Document

    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    return Output(body=text, title=doc.short_title())


_GNE = None


def run_gne(html: str, url: str | None) -> Output:
    global _GNE
    if _GNE is None:
        from gne import GeneralNewsExtractor

        _GNE = GeneralNewsExtractor()
    res = _GNE.extract(html)
    date = res.get("publish_time") or None
    if date:
        m = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})", date)
        date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    return Output(
        body=res.get("content") or "",
        title=res.get("title"),
        date=date,
        author=res.get("author") or None,
    )


RUNNERS: dict[str, Callable[[str, str | None], Output]] = {
    "dashiji": run_dashiji,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "GNE": run_gne,
}


# ---- the run ---------------------------------------------------------------------------------
@dataclass
class ToolResult:
    f1: dict[str, list[float]] = field(default_factory=lambda: {f: [] for f in FOLDERS})
    built: list[tuple[str, str, float]] = field(default_factory=list)  # (group, split, F1)
    dates: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    outputs: list[tuple[Page, Output, float]] = field(default_factory=list)

    def built_rows(self) -> dict[str, dict[str, float | int]]:
        """{row: {"all", "tune", "check", "n"}} over the built pages: "short", each platform."""
        rows: dict[str, dict[str, float | int]] = {}
        for group in ("short", *PLATFORMS):
            got = [(s, f) for g, s, f in self.built if g == group]
            if not got:
                continue
            row: dict[str, float | int] = {"n": len(got)}
            for part in ("all", "tune", "check"):
                fs = [f for s, f in got if part in ("all", s)]
                if fs:
                    row[part] = round(statistics.fmean(fs), 4)
            rows[group] = row
        return rows

    def summary(self) -> dict[str, float | int | None]:
        built = {f"f1_{g}": r["all"] for g, r in self.built_rows().items()}
        return built | {
            "f1_cwced": round(statistics.fmean(self.f1["cwced-zh"]), 4),
            "f1_magic": round(statistics.fmean(self.f1["magic-html-zh-dev"]), 4),
            "dates_right": sum(self.dates),
            "dates_total": len(self.dates),
            "authors_right": sum(self.authors),
            "authors_total": len(self.authors),
            "ms_per_page": round(statistics.fmean(self.ms), 2),
        }


def evaluate(pages: list[Page], tools: tuple[str, ...] = TOOLS) -> dict[str, ToolResult]:
    results = {t: ToolResult() for t in tools}
    for tool in tools:
        run = RUNNERS[tool]
        run(pages[0].html, pages[0].url)  # warm-up: imports and caches are not timed
        res = results[tool]
        for page in pages:
            t0 = time.perf_counter()
            try:
                out = run(page.html, page.url)
            except Exception as exc:  # a crash scores zero on that page
                out = Output(error=f"{type(exc).__name__}: {exc}")
            ms = (time.perf_counter() - t0) * 1000
            if page.folder != BUILT:  # ms/page stays the public pages' figure
                res.ms.append(ms)
            f1 = bigram_prf(out.body, page.body)[2]
            if page.folder == BUILT:
                res.built.append((page.group, page.split, f1))
            else:
                res.f1[page.folder].append(f1)
            res.outputs.append((page, out, f1))
            if page.folder == "cwced-zh":
                d = date_right(out.date, page.date)
                if d is not None:
                    res.dates.append(d)
                a = author_right(out.author, page.author)
                if a is not None:
                    res.authors.append(a)
    return results


def render_table(summaries: dict[str, dict]) -> str:
    base_ms = summaries.get("dashiji", {}).get("ms_per_page")
    header = (
        "tool",
        "body F1 cwced-zh",
        "body F1 magic-html-zh-dev",
        "title",
        "dates right",
        "authors right",
        "ms/page",
        "x dashiji",
    )
    rows = []
    for tool, s in summaries.items():
        ratio = f"{s['ms_per_page'] / base_ms:.2f}" if base_ms else "n/a"
        rows.append(
            (
                tool,
                f"{s['f1_cwced']:.3f}",
                f"{s['f1_magic']:.3f}",
                "n/a",
                f"{s['dates_right']}/{s['dates_total']}",
                f"{s['authors_right']}/{s['authors_total']}",
                f"{s['ms_per_page']:.1f}",
                ratio,
            )
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    for r in rows:
        lines.append(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(lines)


def render_built(results: dict[str, ToolResult]) -> str:
    """Body F1 on the built pages: a row per slice/platform, all (tune / check) per tool."""
    tools = list(results)
    rows_by_tool = {t: r.built_rows() for t, r in results.items()}
    groups = [g for g in ("short", *PLATFORMS) if any(g in rows_by_tool[t] for t in tools)]
    header = ("built pages", "n", *tools)
    rows = []
    for g in groups:
        n = next(rows_by_tool[t][g]["n"] for t in tools if g in rows_by_tool[t])
        cells = []
        for t in tools:
            r = rows_by_tool[t].get(g)
            if r is None:
                cells.append("n/a")
                continue
            tune, check = r.get("tune", float("nan")), r.get("check", float("nan"))
            cells.append(f"{r['all']:.3f} ({tune:.3f}/{check:.3f})")
        rows.append((g, str(n), *cells))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    for r in rows:
        lines.append(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    lines.append("(cells: F1 over all pages of the row (tuned-on pages / checked-only pages))")
    return "\n".join(lines)


def load_floors() -> dict[str, float]:
    if not FLOORS_PATH.exists():
        return {}
    return json.loads(FLOORS_PATH.read_text("utf-8")).get("extraction", {})


def check_floors(summary: dict) -> list[str]:
    """The floors dashiji falls below, as messages (empty when all are met)."""
    failures = []
    for key, floor in load_floors().items():
        if key.startswith("_"):
            continue
        got = summary.get(key)
        if got is None or got < floor:
            failures.append(f"{key}: {got} < floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", metavar="OUT", help="write the numbers to this JSON file")
    ap.add_argument("--check", action="store_true", help="exit 1 if dashiji is below floors")
    ap.add_argument("--only", action="append", choices=TOOLS, help="run only these tools")
    ap.add_argument("--titles", action="store_true", help="print dashiji's titles")
    ap.add_argument("--pages", action="store_true", help="print dashiji's per-page scores")
    args = ap.parse_args(argv)

    pages = load_pages() + load_built_pages()
    tools = tuple(args.only) if args.only else TOOLS
    if args.check and "dashiji" not in tools:
        tools = ("dashiji", *tools)
    results = evaluate(pages, tools)
    summaries = {t: r.summary() for t, r in results.items()}

    if "dashiji" in results and (args.pages or args.titles):
        for page, out, f1 in results["dashiji"].outputs:
            line = f"{page.folder[:5]} {page.id[:18]} f1={f1:.3f}"
            if args.pages and page.folder == "cwced-zh":
                line += f" date={out.date}/{gold_date_prefix(page.date)}"
                line += f" author={out.author}/{gold_author(page.author)}"
            if args.titles:
                line += f" title={out.title!r} <title>={page_title(page.html)!r}"
            if out.error:
                line += f" ERROR={out.error}"
            print(line)
    print(render_table(summaries))
    print()
    print(render_built(results))

    if args.json:
        Path(args.json).write_text(json.dumps(summaries, indent=2, ensure_ascii=False) + "\n")
    if args.check:
        failures = check_floors(summaries["dashiji"])
        for f in failures:
            print(f"below floor: {f}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
