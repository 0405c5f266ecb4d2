"""PatternSet: any(p.search(line)) without trying the patterns that cannot match the line."""

from __future__ import annotations

import json
import random
import re
import signal
from importlib import resources

import pytest

from dashiji.errors import ConfigError
from dashiji.extract.pattern_set import PatternSet, filing
from dashiji.extract.platforms import load_platforms
from dashiji.extract.text_chrome import Chrome, load_chrome

# (pattern, lines it must match): each a case a wrong filing would drop
TRICKY = [
    (r"^[【\[(（]?(?:责任编辑|编辑)\s*[:：]", ["【编辑：某", "编辑:某", "责任编辑：某某"]),
    (
        r"(?:^|[\s·•|])(?:\d+\s*(?:分钟|小时|天)前|刚刚)\s*$",
        ["3分钟前", "某 刚刚", "刚刚", "٣分钟前"],
    ),
    (r"^$", [""]),
    (r"^a*b?", ["", "zzz"]),
    (r"(?i)abc", ["xABC"]),
    (r"(?i:ab)c", ["ABc"]),
    (r"(?<=x)y", ["xy"]),
    (r"^\d+$", ["１２", "42"]),
    (r"[^a]b", ["cb"]),
    (r"(a)\1", ["baa"]),
    (r"^.{0,3}x", ["abcx"]),
    (r"^(?:ab|)c", ["c", "abc"]),
    (r"\bword", ["a word"]),
    (r"^(?=a)", ["ab"]),
    (r"^[\u4e00-\u9fff]{0,8}(?:记者|通讯员)\s*\S", ["本报记者 某", "记者某"]),
    (r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*$", ["标题 2024-1-2", "标题 ３/４"]),
    (r"^(?:广告|推广)(?:$|\s)", ["广告", "推广 某"]),
    (r"\A[a-c]x", ["bx"]),
    (r"^\s*[a-z]", ["  q", "q"]),
    (r"x*+y", ["y"]),
    (r"(?>ab|a)c", ["zac"]),
]


@pytest.mark.parametrize(("pattern", "lines"), TRICKY)
def test_the_set_matches_as_any_search(pattern: str, lines: list[str]) -> None:
    p = re.compile(pattern)
    alone = PatternSet([p])
    rng = random.Random(7)
    alphabet = sorted(set("".join(lines) + pattern)) + list("0１ \u3000a")
    others = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(8))) for _ in range(300)]
    for line in lines:
        assert p.search(line), (pattern, line)
    for line in [*lines, *others]:
        assert alone.search_any(line) == bool(p.search(line)), (pattern, line, filing(p))


def test_filing() -> None:
    assert filing(re.compile(r"^(?:评论|阅读)\d+$")) == ("first", {"评", "阅"})
    # a match may be empty, start anywhere, or ignore case: tried on every line
    assert filing(re.compile(r"^a*$"))[0] == "plain"
    assert filing(re.compile(r"(?i)abc"))[0] == "plain"
    assert filing(re.compile(r".*"))[0] == "plain"
    # the fewest mandatory characters: the ":" of a time, not the digits the pattern opens with
    assert filing(re.compile(r"\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}")) == ("gate", (False, "[:]"))
    # first characters of an anchored pattern with a category: matched at the start
    assert filing(re.compile(r"^\d+\s*[.、]")) == ("gate", (False, r"[\.、]"))
    assert filing(re.compile(r"^\s*\d")) == ("gate", (True, r"[\d\s]"))


def _chrome_sets() -> dict[str, PatternSet]:
    c = load_chrome()
    notices, text_chrome, starts = load_platforms()._sets
    return {
        "platform notices": notices,
        "platform chrome": text_chrome,
        "platform starts": starts,
        "stop": c.stop.patterns,
        "chrome": c.chrome.patterns,
        "meta_line": c.meta_line,
        "list_item": c.list_item,
        "caption": c.caption,
        "table_intro": c.table_intro,
        "comment_signals": c.comment_signals,
        "comment_voice": c.comment_voice,
    }


def test_chrome_sets_answer_as_every_pattern_tried() -> None:
    """Every pattern set of the chrome data, over lines made of the patterns' own characters
    (and those of lines they match), answers as trying each pattern."""
    rng = random.Random(2026)
    samples = [
        "责任编辑：某某",
        "编辑 某某 某某",
        "本报记者 某某",
        "2024-01-02 10:30",
        "某某新闻 12-03 10:21",
        "标题标题（3评论）",
        "1. 某条新闻标题(12)",
        "3分钟前",
        "刚刚",
        "阅读 1.2万",
        "12 文章数 3万 关注度",
        "上一页 1 2 3 下一页",
        "ICP备12345号",
        "展开全文",
        "未经授权，不得转载。",
        "更多内容请关注某某。",
        "图片来源：某某",
        "（某某 摄）",
        "附：名单如下：",
        "我觉得这样不对吧？",
        "发表评论 >>",
        "广告 某某",
        "本文仅代表作者观点，不代表本站立场",
        "本文由作者上传",
        "热门评论（12）",
        "1,234 人赞同了该回答",
        "原创 某某 某某",
        "阅读原文",
        "3-12 10:20 已编辑",
        "来自 某某客户端",
    ]
    for name, ps in _chrome_sets().items():
        assert ps.patterns, name
        alphabet = sorted(set("".join(p.pattern for p in ps.patterns) + "".join(samples)))
        lines = list(samples)
        for s in samples:
            for _ in range(20):  # a sample with characters changed, cut or added
                chars = list(s)
                for _ in range(rng.randrange(1, 4)):
                    k = rng.randrange(len(chars) + 1)
                    op = rng.randrange(3)
                    if op == 0 and chars and k < len(chars):
                        chars[k] = rng.choice(alphabet)
                    elif op == 1 and chars and k < len(chars):
                        del chars[k]
                    else:
                        chars.insert(k, rng.choice(alphabet))
                lines.append("".join(chars))
        lines += [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(2000)
        ]
        matched = 0
        for line in lines:
            want = any(p.search(line) for p in ps.patterns)
            assert ps.search_any(line) == want, (name, line)
            matched += want
        assert matched, name  # the lines do reach the patterns


def test_a_long_run_of_one_kind_fails_every_chrome_pattern_at_once() -> None:
    """A line of one long run (digits, spaces, letters, Han) and a character no pattern
    expects is answered at once by every chrome pattern: none repeats a run inside a repeated
    group (^(?:…|[0-9]+|…)+$ split a 40-digit run every way before failing: hours).  A hang
    guard (an alarm far above the milliseconds it takes), not a timing."""

    def _stop(*_: object) -> None:
        raise TimeoutError("a chrome pattern backtracks on a long run")

    runs = ["1" * 40, " " * 40, "a" * 40, "中" * 40, "1 " * 20, "·" * 40, "-" * 40]
    old = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(60)
    try:
        for patterns in _chrome_sets().values():
            for run in runs:
                for line in (run + "？", "第" + run + "x"):
                    patterns.search_any(line)
                    for p in patterns.patterns:
                        p.search(line)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_the_list_item_date_is_not_tried_without_its_separators() -> None:
    """The fast path at work: a line without '-', '/' or '.' is not searched with the trailing
    date pattern (it cannot match), which without the gate tries every position of the line."""
    ps = load_chrome().list_item
    tried: list[str] = []

    class Spy:
        def __init__(self, p: re.Pattern[str]) -> None:
            self.p, self.pattern, self.flags = p, p.pattern, p.flags

        def search(self, line: str) -> re.Match[str] | None:
            tried.append(self.pattern)
            return self.p.search(line)

    date = next(p for p in ps.patterns if p.pattern.startswith(r"(?:\d{4}[-/.])?"))
    gated = PatternSet([date])
    gated._gated = tuple((g, tuple(Spy(p) for p in pats)) for g, pats in gated._gated)  # type: ignore[misc]
    assert not gated.search_any("这是一段没有日期的新闻正文，共有12个字")
    assert tried == []
    assert gated.search_any("某条新闻 2024.1.2")
    assert tried == [date.pattern]


def test_the_teaser_feed_speaker_ends_are_words() -> None:
    # chrome data, section teaser_feed: speaker_ends is a list of distinct non-empty words
    raw = resources.files("dashiji").joinpath("data/chrome_zh.json").read_text("utf-8")
    section = json.loads(raw)["teaser_feed"]
    ends = section["speaker_ends"]
    assert isinstance(section["description"], str) and ends
    assert all(isinstance(w, str) and w.strip() == w != "" for w in ends)
    assert len(set(ends)) == len(ends)
    chrome = load_chrome()
    assert chrome.is_speaker("某公司负责人表示") and chrome.is_speaker("某报记者")
    assert not chrome.is_speaker("某电池企业回应海外审查")
    # a missing list is an error of the data, not a check silently off
    data = json.loads(raw)
    del data["teaser_feed"]["speaker_ends"]
    with pytest.raises(ConfigError, match="teaser_feed.speaker_ends"):
        Chrome(data)
