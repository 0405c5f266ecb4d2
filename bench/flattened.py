"""Flattened-page benchmark: HTML pages copied as plain text, then cleaned by ``extract_text``.

Each public benchmark page (``shared/bench/extraction/{cwced-zh,magic-html-zh-dev}``) is decoded,
flattened to its whole visible text the way a browser "select all, copy" would give it (nav,
footer and recommendation lists included, block elements on their own lines) and handed to
:func:`dashiji.extract.flat_text.extract_text`.  The body it returns is scored against the gold
body by character-bigram F1 (white space removed, bigrams counted as a multiset), per page, then
averaged per folder.

Two references run on the same flattened input in the same run:

* ``naive``: the whole flattened text as the body (recall 1, the floor any cleaner must beat);
* ``trafilatura``: trafilatura's own extraction of the flattened text wrapped as
  ``<html><body><p>line</p>…</body></html>``.

Built pages (``bench/pages/issue11``, see ``bench/pages/README.md``): the hand-written pages of
issue 11 as a reader copies them from a browser — ``NAME.txt`` when the page renders its article
from a script (what the rendered page shows, written by hand), else the HTML flattened as above
with the elements scripts reveal shown (``visibility:hidden``, WeChat's ``#js_content``).  Rows
``issue11:short`` (short articles amid heavy chrome) and ``issue11:<platform>``, each printed with
its tuned-on / checked-only halves.

Usage::

    python bench/flattened.py            # print the table
    python bench/flattened.py --check    # exit 1 if a folder falls below bench/floors.json
    python bench/flattened.py --pages    # also print the per-page scores of extract_text
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from _shared import bigram_prf, shared_dir  # noqa: E402 (bench/ is on sys.path: a script's own folder)
from lxml import etree  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from dashiji.errors import DocumentError  # noqa: E402
from dashiji.extract.flat_text import extract_text  # noqa: E402

FOLDERS = ("cwced-zh", "magic-html-zh-dev")
FLOORS_PATH = ROOT / "bench" / "floors.json"
FLOOR_KEY = "flattened"


# ---- decoding ----------------------------------------------------------------------------------
def decode_page(data: bytes, name: str = "") -> str:
    """Bytes of an HTML page → text, decoded exactly as the dashiji reader does."""
    from dashiji.read.encoding import decode_bytes

    return decode_bytes(data, html=True)[0]


# ---- flattening: what a browser "select all, copy" gives --------------------------------------
_DROP = {
    "script", "style", "noscript", "template", "head", "iframe", "svg", "select", "textarea",
    "object", "embed", "canvas", "video", "audio", "map",
}  # fmt: skip
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "ul", "caption", "frame",
}  # fmt: skip
_PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "hr", "table"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\r\n\f]+")


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def flatten_html(page: str, rendered: bool = False) -> str:
    """The visible text of an HTML page, block elements on their own lines.

    ``rendered``: as shown once its scripts ran — elements hidden with ``visibility:hidden``
    (revealed by script, as WeChat's body is) are shown; ``display:none`` ones stay hidden."""
    hidden_style = _DISPLAY_NONE if rendered else _HIDDEN_STYLE
    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []

    def brk(n: int) -> None:
        # n = 1: a line break; n = 2: a paragraph gap (blank line)
        out.append("\n" * n)

    def text(s: str | None, pre: bool) -> None:
        if s:
            out.append(s if pre else _WS.sub(" ", s))

    def walk(el: etree._Element, pre: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # comment / processing instruction
            text(el.tail, pre)
            return
        tag = tag.lower()
        if (
            tag in _DROP
            or el.get("hidden") is not None
            or hidden_style.search(el.get("style") or "")
            or (tag == "input" and (el.get("type") or "").lower() == "hidden")
        ):
            text(el.tail, pre)
            return
        if tag == "br":
            brk(1)
        elif tag in ("td", "th"):
            out.append("\t")
        block = tag in _BLOCK
        if block:
            brk(2 if tag in _PARA else 1)
        is_pre = pre or tag in ("pre", "textarea")
        text(el.text, is_pre)
        for child in el:
            walk(child, is_pre)
        if block:
            brk(2 if tag in _PARA else 1)
        text(el.tail, pre)

    walk(root, False)
    raw = "".join(out)
    # collapse: strip line-edge spaces, at most one blank line in a row, like a browser copy
    lines = [ln.strip(" \t") for ln in raw.split("\n")]
    text_out: list[str] = []
    blank = 0
    for ln in lines:
        if not ln:
            blank += 1
            continue
        if text_out:
            text_out.append("\n\n" if blank >= 2 else "\n")
        text_out.append(ln)
        blank = 0
    return "".join(text_out)


# ---- scoring -----------------------------------------------------------------------------------
# ---- systems -----------------------------------------------------------------------------------
def sys_dashiji(flat: str) -> str:
    try:
        return "\n".join(extract_text(flat).body)
    except DocumentError:
        return ""


def sys_naive(flat: str) -> str:
    return flat


def sys_trafilatura(flat: str) -> str:
    import trafilatura

    body = "".join(f"<p>{html_lib.escape(ln)}</p>" for ln in flat.split("\n") if ln.strip())
    return trafilatura.extract(f"<html><body>{body}</body></html>") or ""


SYSTEMS: dict[str, Callable[[str], str]] = {
    "dashiji": sys_dashiji,
    "naive": sys_naive,
    "trafilatura": sys_trafilatura,
}


@dataclass
class Page:
    folder: str
    id: str
    flat: str
    gold: str


@dataclass
class Result:
    f1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    per_page: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    @property
    def mean(self) -> float:
        return sum(self.f1) / len(self.f1) if self.f1 else 0.0

    @property
    def ms(self) -> float:
        return 1000 * self.seconds / len(self.f1) if self.f1 else 0.0


def load_pages(folder: str, shared: Path | None = None) -> list[Page]:
    base = (shared or shared_dir()) / "bench" / "extraction" / folder
    if not base.is_dir():
        raise FileNotFoundError(f"benchmark folder missing: {base}")
    pages = []
    for gold_path in sorted(base.glob("*.json")):
        if gold_path.name == "index.json":
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        html_path = gold_path.with_suffix(".html")
        if not html_path.exists():
            continue
        flat = flatten_html(decode_page(html_path.read_bytes(), f"{folder}/{gold_path.stem}"))
        pages.append(Page(folder, gold_path.stem, flat, gold.get("body") or ""))
    if not pages:
        raise FileNotFoundError(f"no pages in {base}")
    return pages


BUILT_DIR = ROOT / "bench" / "pages" / "issue11"
PLATFORMS = ("wechat", "toutiao", "baijiahao", "weibo", "zhihu")


def load_built(root: Path | None = None) -> dict[str, list[Page]]:
    """The issue-11 pages by row ("issue11:short", "issue11:wechat", ...), split noted in id."""
    d = root or BUILT_DIR
    rows: dict[str, list[Page]] = {}
    for gold_path in sorted(d.glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        txt = gold_path.with_suffix(".txt")
        if txt.exists():
            flat = txt.read_text("utf-8")
        else:
            page = decode_page(gold_path.with_suffix(".html").read_bytes(), gold_path.stem)
            flat = flatten_html(page, rendered=True)
        group = "short" if gold["slice"] == "short" else gold["kind"]
        page_id = f"{gold['split']}:{gold_path.stem}"
        rows.setdefault(f"issue11:{group}", []).append(Page("issue11", page_id, flat, gold["body"]))
    order = ["issue11:short"] + [f"issue11:{p}" for p in PLATFORMS]
    return {k: rows[k] for k in order if k in rows}


def run(
    systems: dict[str, Callable[[str], str]] | None = None,
    shared: Path | None = None,
    built: bool = True,
) -> dict[str, dict[str, Result]]:
    """{folder or built row: {system: Result}}."""
    systems = systems or SYSTEMS
    results: dict[str, dict[str, Result]] = {}
    groups: list[tuple[str, list[Page]]] = [(f, load_pages(f, shared)) for f in FOLDERS]
    if built:
        groups += list(load_built().items())
    for folder, pages in groups:
        results[folder] = {}
        for name, fn in systems.items():
            res = Result()
            for page in pages:
                t0 = time.perf_counter()
                pred = fn(page.flat)
                res.seconds += time.perf_counter() - t0
                scores = bigram_prf(pred, page.gold)
                res.f1.append(scores[2])
                res.per_page[page.id] = scores
            results[folder][name] = res
    return results


def load_floors() -> dict[str, float]:
    if not FLOORS_PATH.exists():
        return {}
    return json.loads(FLOORS_PATH.read_text("utf-8")).get(FLOOR_KEY, {})


def _half(r: Result, split: str) -> str:
    fs = [f for pid, (_, _, f) in r.per_page.items() if pid.startswith(split + ":")]
    return f"{sum(fs) / len(fs):.3f}" if fs else "  n/a"


def table(results: dict[str, dict[str, Result]]) -> str:
    names = list(next(iter(results.values())).keys())
    head = f"{'folder':<20}{'pages':>6}" + "".join(f"{n + ' F1':>16}{'ms/page':>9}" for n in names)
    rows = [head, "-" * len(head)]
    for folder, by_sys in results.items():
        n = len(next(iter(by_sys.values())).f1)
        row = f"{folder:<20}{n:>6}"
        for name in names:
            r = by_sys[name]
            row += f"{r.mean:>16.3f}{r.ms:>9.1f}"
        rows.append(row)
    built = [f for f in results if f.startswith("issue11:")]
    if built:
        rows += ["", "built pages, F1 (tuned-on / checked-only halves)"]
        for folder in built:
            cells = "".join(
                f"  {n} {_half(r, 'tune')}/{_half(r, 'check')}" for n, r in results[folder].items()
            )
            rows.append(f"{folder:<20}{cells}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if below bench/floors.json")
    ap.add_argument("--pages", action="store_true", help="per-page scores of dashiji")
    ap.add_argument("--only", choices=list(SYSTEMS), action="append", help="systems to run")
    args = ap.parse_args(argv)
    systems = {k: v for k, v in SYSTEMS.items() if not args.only or k in args.only}
    if args.check:
        systems = {"dashiji": sys_dashiji}
    results = run(systems)
    print(table(results))
    if args.pages:
        for folder, by_sys in results.items():
            for pid, (p, r, f) in sorted(by_sys["dashiji"].per_page.items(), key=lambda x: x[1][2]):
                print(f"{folder:<20}{pid[:40]:<42}P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.check:
        floors = load_floors()
        failed = False
        for folder, floor in floors.items():
            if folder.startswith("_"):
                continue
            got = results.get(folder, {}).get("dashiji")
            if got is not None and got.mean + 1e-9 < floor:
                print(f"BELOW FLOOR: {folder} {got.mean:.3f} < {floor:.3f}", file=sys.stderr)
                failed = True
        if not floors:
            print(f"no floors recorded under {FLOOR_KEY!r} in {FLOORS_PATH}", file=sys.stderr)
            return 1
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
