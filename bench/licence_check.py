"""Licence check: Chinese text of the repository that also occurs in the non-commercial research
sets (DTELS dev articles, DuEE 1.0 train) or in the news-dev sentences.

DTELS (CC BY-NC-SA) and DuEE 1.0 (Baidu's non-commercial research agreement) may be measured on,
never copied into the package, the tests or the docs; the news-dev sentences are dev data and stay
out of code and tests too.  This script takes every run of >= ``--min`` (6) consecutive CJK
characters in the repository's tracked text files (``git ls-files``; ``\\uXXXX`` escapes read as
the characters they stand for) and reports each maximal part of it that occurs in a set::

    file:line  [class] set,set  len  the shared text  (spread)

An index of every 6-character substring of the sets finds the candidates; each chain of
overlapping hits is then cut into the longest pieces that occur whole in one set.

``spread`` is how widely a piece occurs: the number of DTELS stories (timelines), DuEE sentences
and news-dev sentences that hold it.  The class is a first reading, not a verdict:

* ``common``: a stock phrase — listed in ``COMMON`` (a law's name, 中华人民共和国, …), a date
  written in characters, or shorter than 10 characters and spread over >= 3 stories/sentences;
* ``name``: a line of the knowledge base's files (people, places, organisations and their
  titles): a name alone is no copy;
* ``copy``: >= 10 characters, or the whole clause of the line (from punctuation to punctuation;
  not in a data file, whose strings are words and names): a copy until shown otherwise;
* ``check``: the rest (6-9 characters found in one or two places): read the line — a name alone
  is no copy, a situation shaped on a set's sentence with names swapped is.

Usage::

    python bench/licence_check.py [--min 6] [--since REV] [--all] [PATH ...]

``--since REV`` checks only the lines added since REV (``git diff REV``: a reviewer's check of a
branch); PATHs restrict the files.  By default ``common`` and ``name`` hits are counted but not
listed (``--all`` lists them).  Exit status 1 when a ``copy`` or ``check`` hit is left.
"""

from __future__ import annotations

import argparse
import ast
import bisect
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import REPO, shared_dir  # noqa: E402

CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUN = re.compile(f"[{CJK}]+")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
NUM = "〇零一二三四五六七八九十百千两"
DATE = re.compile(f"^[{NUM}]+[年月日号时][{NUM}年月日号时上中下旬午晚]*$")

# Stock phrases found in the sets and in any newspaper: not copies.
COMMON = (
    "中华人民共和国", "人民共和国", "人民法院", "人民检察院", "最高人民", "中级人民法院",
    "基层人民法院", "高级人民法院", "有期徒刑", "刑事拘留", "行政拘留", "犯罪嫌疑人",
    "外交部发言人", "国务院新闻办", "新闻发布会", "记者会上表示", "公安机关", "公安局",
    "刑法", "刑事诉讼法", "治安管理处罚法", "民法典", "香港特别行政区", "特别行政区",
    "国家安全法", "维护国家安全", "全国人大常委会", "人大常委会", "常务委员会",
    "美国商务部", "美国国务院", "美国国务卿", "美国总统", "俄罗斯总统", "乌克兰总统",
    "交通运输部", "应急管理部", "市场监管", "国家市场监督管理总局", "市场监督管理局",
    "剥夺政治权利", "没收个人财产", "宣判", "判处有期徒刑", "依法刑事拘留",
    "取保候审", "批准逮捕", "有限责任公司", "有限公司", "不予立案", "立案调查", "开设赌场",
    "告上法庭", "发布公告", "提起诉讼", "登记结婚", "在逃人员", "检察机关", "公诉机关",
    "名誉权纠纷", "交通事故", "根据公开资料显示", "只是时间问题", "是迟早的事", "或许正是因为",
    "仅代表该作者", "据路透社报道", "美国东部时间", "更多精彩内容", "采取强制措施",
    # platforms' notices, the same on every page of a site (what the extractor must recognise)
    "信息发布平台", "信息存储空间服务", "提供信息存储服务", "仅代表作者本人", "上传并发布",
    "不得转载", "返回新闻频道", "独家稿件", "自媒体平台", "据当地媒体报道", "记者在现场看到",
    "中国人民银行", "居民消费价格",
)
# Files of names (the knowledge base: people, places, organisations, their titles): a name alone
# is no copy.
NAME_FILES = ("src/dashiji/data/kb/",)


@dataclass(frozen=True)
class Set:
    """One reference set: its texts, the id of the story or sentence each belongs to."""

    name: str
    texts: list[str]
    groups: list[str]


def load_sets(shared: Path) -> list[Set]:
    """DTELS dev articles (title + content, grouped by timeline), DuEE train sentences and the
    news-dev sentences (each its own group)."""
    sets = []
    texts, groups = [], []
    with open(shared / "bench/stories/dtels-dev/articles.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for field in ("title", "content"):
                if r.get(field):
                    texts.append(r[field])
                    groups.append(str(r["timeline_id"]))
    sets.append(Set("dtels", texts, groups))
    sets.append(_sentences("duee", shared / "bench/events/duee1.0-train/train.jsonl"))
    sets.append(_sentences("news-dev", shared / "gold/events.news-dev.jsonl"))
    return sets


def _sentences(name: str, path: Path) -> Set:
    """A JSONL file of sentences (``text``, ``id``), each its own group."""
    texts, groups = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(r["text"])
            groups.append(r["id"])
    return Set(name, texts, groups)


class Index:
    """Every n-character substring of the sets, with a bit per set; each set joined once for
    the exact look-up of longer pieces and their spread."""

    def __init__(self, sets: list[Set], n: int) -> None:
        self.n = n
        self.sets = sets
        self.grams: dict[str, int] = {}
        self.joined: list[str] = []
        self.starts: list[list[int]] = []
        for bit, s in enumerate(sets):
            mask = 1 << bit
            grams = self.grams
            for text in s.texts:
                for run in RUN.findall(text):
                    for i in range(len(run) - n + 1):
                        g = run[i : i + n]
                        grams[g] = grams.get(g, 0) | mask
            starts, pos = [], 0
            for text in s.texts:
                starts.append(pos)
                pos += len(text) + 1
            self.starts.append(starts)
            self.joined.append("\n".join(s.texts))

    def mask(self, piece: str) -> int:
        """The sets holding ``piece`` whole."""
        if len(piece) == self.n:
            return self.grams.get(piece, 0)
        return sum(1 << b for b, j in enumerate(self.joined) if piece in j)

    def spread(self, piece: str) -> int:
        """Distinct stories (DTELS) and sentences (DuEE, news-dev) holding ``piece``."""
        total = 0
        for b, s in enumerate(self.sets):
            seen = set()
            j, pos = self.joined[b], 0
            while (k := j.find(piece, pos)) >= 0:
                seen.add(s.groups[bisect.bisect_right(self.starts[b], k) - 1])
                pos = k + 1
            total += len(seen)
        return total


@dataclass
class Hit:
    path: str
    line: int
    where: str
    piece: str
    mask: int
    spread: int
    cls: str


def pieces(run: str, index: Index) -> list[tuple[int, str, int]]:
    """The maximal parts of ``run`` that occur whole in a set, left to right: (start, text,
    set mask)."""
    n = index.n
    hit = [run[i : i + n] in index.grams for i in range(len(run) - n + 1)]
    out = []
    i = 0
    while i < len(hit):
        if not hit[i]:
            i += 1
            continue
        end, mask = i + n, index.grams[run[i : i + n]]
        while end < len(run) and hit[end + 1 - n] and (m := index.mask(run[i : end + 1])):
            end, mask = end + 1, m
        out.append((i, run[i:end], mask))
        i = max(i + 1, end - n + 1)  # the next piece must reach past this one
    return out


def _strip_common(piece: str) -> str:
    for c in sorted(COMMON, key=len, reverse=True):
        piece = piece.replace(c, "")
    return piece


def classify(piece: str, whole_clause: bool, spread: int, kind: str = "") -> str:
    """A first reading of one shared piece (see the module's docstring)."""
    if kind == "name":
        return "name"
    if any(piece in c for c in COMMON) or len(_strip_common(piece)) < 4 or DATE.match(piece):
        return "common"
    if len(piece) >= 10 or (whole_clause and kind != "data"):
        return "copy"
    if spread >= 3:
        return "common"
    return "check"


def tracked(paths: list[str]) -> list[str]:
    out = subprocess.run(["git", "ls-files", *paths], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    return [p for p in out.splitlines() if p != "bench/licence_check.py"]


def added_lines(rev: str, paths: list[str]) -> dict[str, set[int]]:
    """Line numbers added since ``rev``, by file."""
    diff = subprocess.run(["git", "diff", "-U0", rev, "--", *paths], cwd=REPO,
                          capture_output=True, text=True, check=True).stdout
    out: dict[str, set[int]] = defaultdict(set)
    path = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else ""
        elif line.startswith("@@") and path:
            m = re.search(r"\+(\d+)(?:,(\d+))?", line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                out[path].update(range(start, start + count))
    return out


def docstring_lines(text: str) -> set[int]:
    """The lines of a Python file's docstrings."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return set()
    out: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            v = body[0].value
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                out.update(range(v.lineno, (v.end_lineno or v.lineno) + 1))
    return out


def where(path: str, line: str, col: int, doc: set[int], no: int) -> str:
    """comment, doc (docstring), code (a string of the code: logic or a test sentence), or the
    kind of file."""
    if path.startswith(NAME_FILES):
        return "name"
    if not path.endswith(".py"):
        return "text" if path.endswith((".md", ".txt", ".html")) else "data"
    if "#" in line[:col] and line.lstrip().startswith("#") or " # " in line[:col]:
        return "comment"
    return "doc" if no in doc else "code"


def scan(index: Index, files: list[str], only: dict[str, set[int]] | None) -> list[Hit]:
    hits = []
    for path in files:
        if only is not None and path not in only:
            continue
        try:
            text = (REPO / path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        doc = docstring_lines(text) if path.endswith(".py") else set()
        for no, line in enumerate(text.splitlines(), 1):
            if only is not None and no not in only[path]:
                continue
            line = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), line)
            for m in RUN.finditer(line):
                run = m.group()
                if len(run) < index.n:
                    continue
                for start, piece, mask in pieces(run, index):
                    whole = start == 0 and len(piece) == len(run)
                    spread = index.spread(piece)
                    kind = where(path, line, m.start(), doc, no)
                    hits.append(Hit(path, no, kind, piece, mask, spread,
                                    classify(piece, whole, spread, kind)))
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--min", type=int, default=6, help="shortest run reported (characters)")
    ap.add_argument("--since", help="only the lines added since this git revision")
    ap.add_argument("--all", action="store_true", help="list the common hits too")
    args = ap.parse_args(argv)
    sets = load_sets(shared_dir())
    index = Index(sets, args.min)
    only = added_lines(args.since, args.paths) if args.since else None
    hits = scan(index, tracked(args.paths), only)
    names = [s.name for s in sets]

    def which(mask: int) -> str:
        return ",".join(n for b, n in enumerate(names) if mask >> b & 1)

    for h in hits:
        if h.cls in ("copy", "check") or args.all:
            print(f"{h.path}:{h.line}\t{h.where}\t[{h.cls}] {which(h.mask)}\t{len(h.piece)}"
                  f"\t{h.piece}\t({h.spread})")
    by_cls = Counter(h.cls for h in hits)
    by_set: Counter[str] = Counter()
    for h in hits:
        for b, n in enumerate(names):
            if h.mask >> b & 1:
                by_set[f"{n}/{h.cls}"] += 1
    by_file = Counter(h.path for h in hits if h.cls in ("copy", "check"))
    counts = "  ".join(f"{c} {by_cls[c]}" for c in ("copy", "check", "common", "name"))
    print(f"\nhits: {len(hits)}  {counts}")
    print("by set: " + "  ".join(f"{k} {v}" for k, v in sorted(by_set.items())))
    print("copy+check by file: " + "  ".join(f"{p} {v}" for p, v in by_file.most_common()))
    return 1 if by_cls["copy"] or by_cls["check"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
