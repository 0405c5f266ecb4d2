"""Find quantities — counts, percentages, amounts of money, measures — in Chinese text.

:func:`find_quantities` works over the analysis view of the text (simplified script, half-width
digits; :class:`dashiji.normalize.AnalysisView`) and reports offsets into the original text.
Each :class:`Quantity` has

* ``value``: the number with its orders of magnitude applied (``5.2万人`` → 52000, ``千亿`` →
  1e11, ``1.5亿美元`` → 1.5e8, ``百分之五十`` → 50, ``三分之一`` → 33.33…, ``3‰`` → 0.3);
* ``unit``: the ISO 4217 code for money (``USD``, ``CNY``, ``EUR`` …), ``"%"`` for
  percentages (``"pp"`` for 个百分点), otherwise the unit or measure word as written, in
  simplified script (``枚``, ``人``, ``轮``, ``公里``, ``岁``); None for a bare number
  (``千亿采购大礼``: no currency is written, so ``unit=None``, ``kind="count"``).
  ``unit_text`` is the unit as written in the original text (``輪``, ``美元``, ``百分之``);
* ``approx``: None (exact), ``"≈"`` (约, 大约, 左右, 上下, 许, 十来个), ``"≈<"`` (近, 将近,
  接近: approximately, just below), ``"<"`` (不到, 不足, 低于, 少于), ``">"`` (超过, 逾,
  多于, 以上, and 两千多 / 十余 / 十几), ``">="`` (至少, 最少, 不少于, 上千), ``"<="`` (至多,
  最多, 不超过, 以下, 以内);
* ``high``: an upper bound where the text gives one: ranges (``3至5万人`` → 30000‥50000,
  ``二三十人`` → 20‥30), 多/余/几 (``两千多人`` → 2000‥3000, ``十几亿`` → 1e9‥2e9) and
  vague orders of magnitude (``数百名`` → value 100, high 1000, approx ``">"``: 数/几 + a
  magnitude is kept, with the magnitude as a lower bound, rather than dropped);
* ``kind``: ``"money"``, ``"percent"``, ``"measure"`` (length, mass, area, power, age, 倍) or
  ``"count"`` (a measure word, or no unit at all).

What is never a quantity:

* a number with a time unit (年, 月, 日, 天, 小时, 点, 分 …: ``2014年``, ``8月15日``, ``30天``,
  ``三年多``) — dates, durations and clock times belong to the time layer — nor numeric dates,
  clock times (``09:29:11``), phone numbers, version numbers, ratios and scores (``1000对1``);
* anything overlapping a span of ``exclude`` (pass the time layer's spans);
* ordinals (``第一次``, ``第6``): skipped, not reported as a kind of their own;
* anything inside a book/title quote ``《…》``;
* 一 + a measure word (``一个``, ``一枚导弹``, ``一张牌``): in news prose it is the indefinite
  article far more often than a count; 一 with money, a percentage or a measure is kept;
* a Chinese numeral with no unit unless it has 万 or 亿 (``千亿``) or a vague prefix (``数百``):
  ``四州`` has a unit, ``统一``, ``一直``, ``万一`` and set phrases (``data/units.json`` ``idioms``)
  are not numbers; a lone 百/千/万/亿 needs a prefix (``上千人``, ``近千人``, not ``千人计划``);
* a bare Arabic number that looks like a year (1000–2100 with no unit), an identifier (nine
  or more digits), a model name (``F-22``, ``5G``, ``Nano Banana 2``) or a list marker (``1、``).

Units, currencies, approximators and guards are data: ``data/units.json``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from ..model import Span
from ..normalize import AnalysisView
from .numerals import DIGITS, NUMERAL_CHARS, last_place, parse_decimal

__all__ = ["Quantity", "find_quantities", "to_span", "units"]


@dataclass(slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    unit_text: str | None
    approx: str | None
    kind: str
    high: float | None = None


def to_span(q: Quantity) -> Any:
    """The quantity as a :class:`dashiji.model.Span` of layer ``quantity``, labelled by kind."""
    attrs = {
        "value": q.value,
        "unit": q.unit,
        "unit_text": q.unit_text,
        "approx": q.approx,
        "high": q.high,
    }
    return Span("quantity", q.start, q.end, q.kind, attrs)


# ---------------------------------------------------------------------------------------------
# Knowledge


@cache
def units() -> dict[str, Any]:
    """``data/units.json`` as loaded."""
    text = resources.files("dashiji.data").joinpath("units.json").read_text("utf-8")
    return json.loads(text)


def _public(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(slots=True, frozen=True)
class _Unit:
    kind: str  # money | percent | measure | count | time
    norm: str
    factor: float = 1.0


@dataclass(slots=True)
class _K:
    """Compiled knowledge."""

    units: _Words[_Unit]
    unit_max: int
    unit_guards: dict[str, str]
    arabic_only: set[str]
    prefixes: _Words[str | None]
    prefix_max: int
    magnitude_prefixes: _Words[str | None]
    currency_prefixes: _Words[str]
    suffixes: _Words[str]
    suffix_max: int
    suffix_guards: dict[str, str]
    infixes: dict[str, str]
    more_after_unit: set[str]
    more_followers: str
    connectors: set[str]
    one_heads: str
    fillers: str
    vague_not_after: dict[str, str]
    negative_prefixes: _Words[bool]
    priority: dict[str, int]
    mask: re.Pattern[str]
    blocks: re.Pattern[str]
    number: re.Pattern[str]
    # a lone Chinese numeral dropped before it is read (:func:`_idle_numeral`): numeral → the
    # unit kinds with which :func:`_keep` drops it (as it does with no unit), leaving out the
    # numerals a connector, prefix or filler holds; and the characters beside it that keep it
    # (a space, an edge of a connector, suffix, prefix or filler)
    idle_numerals: dict[str, frozenset[str]]
    idle_after: frozenset[str]
    idle_before: frozenset[str]
    # … and before digits with a time unit (:func:`_idle_time`); None when such a word holds a
    # digit
    time_blockers_before: frozenset[str] | None


_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_CN_DIG = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_MULT = "十百千万亿拾佰仟"
_LONE = set("百千万亿佰仟")

_TITLE = r"《[^《》\n]{0,80}》"
# Digits that are no quantity: numeric dates, clock times, versions and addresses, phone
# numbers, ratios and scores.  Tried only where a run of digits starts.
_BLOCKS = [
    r"(?<![0-9])[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9])",
    r"(?<![0-9])[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}(?![0-9])",
    r"(?<![0-9])[0-9]{1,2}[:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])",
    r"(?<![0-9.])[0-9]+(?:\.[0-9]+){2,}",
    r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])",
    r"(?<![0-9])0?[0-9]{2,3}-[0-9]{7,8}(?![0-9])",
    r"(?<![0-9])[48]00-?[0-9]{3}-?[0-9]{4}(?![0-9])",
    r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?[比对:：]\s?[0-9]+(?:\.[0-9]+)?(?![0-9.%])",
]


@cache
def _k() -> _K:
    u = units()
    table: dict[str, _Unit] = {}
    for w in u["counters"]:
        table[w] = _Unit("count", w)
    for w in u["measures"]:
        table[w] = _Unit("measure", w)
    for w, code in _public(u["currencies"]).items():
        table[w] = _Unit("money", code)
    for w, (norm, factor) in _public(u["percent"]).items():
        table[w] = _Unit("percent", norm, float(factor))
    for w in u["time_units"]["words"]:
        table[w] = _Unit("time", w)
    prefixes: dict[str, str | None] = _public(u["approx_prefixes"])
    mags: dict[str, str | None] = _public(u["magnitude_prefixes"])
    cur_pre = _public(u["currency_prefixes"])
    suffixes = _public(u["approx_suffixes"])
    cn = NUMERAL_CHARS
    body = rf"(?:{_ARABIC}|[{cn}]+(?:点[{_CN_DIG}]+)?)"
    number = (
        # (the lookahead lets the scan skip every other character at the cost of one test)
        rf"(?=[0-9{cn}负好数几\-−－])(?:"
        # fractions and percentages in words: 三分之一, 百分之五十
        rf"(?P<den>{_ARABIC}|[{cn}]+)分之(?P<num>{_ARABIC}|[{cn}]+(?:点[{_CN_DIG}]+)?)"
        rf"|(?P<neg>(?<![0-9A-Za-z.])[-−－]|负)?"
        rf"(?:(?P<vpre>{_alt(u['vague_prefixes']['words'])})(?=[{_MULT}]))?"
        rf"(?P<body>{body}(?:(?P<more>[多余几来])?(?P<mult>[{_MULT}]+))?)"
        rf"(?P<more2>[多余几来](?![{cn}]))?)"
    )
    mask = "|".join([_TITLE, _alt(u["idioms"]["words"])])
    connectors = set(u["range_connectors"])
    edge_words = [*connectors, *prefixes, *mags, *cur_pre, *u["negative_prefixes"]["words"]]
    held = "".join([*edge_words, u["prefix_fillers"]["chars"]])
    # 一 + a measure word is the article; another numeral with a measure word is a count
    idle = {"一": frozenset({"count", "time"})} | dict.fromkeys(
        "二两三四五六七八九十", frozenset({"time"})
    )
    digit_free = not any(ch.isdigit() for w in edge_words for ch in w)
    before = frozenset(
        {w[-1] for w in [*connectors, *prefixes, *cur_pre]} | set(u["prefix_fillers"]["chars"])
    )
    return _K(
        units=_Words(table),
        unit_max=max(map(len, table)),
        unit_guards=_public(u["unit_guards"]),
        arabic_only=set(u["arabic_only_units"]["words"]),
        prefixes=_Words(prefixes),
        prefix_max=max(map(len, prefixes)),
        magnitude_prefixes=_Words(mags),
        currency_prefixes=_Words(cur_pre),
        suffixes=_Words(suffixes),
        suffix_max=max(map(len, suffixes)),
        suffix_guards=_public(u["suffix_guards"]),
        infixes=_public(u["approx_infixes"]),
        more_after_unit=set(u["more_after_unit"]["words"]),
        more_followers=u["more_after_unit"]["followers"],
        connectors=set(u["range_connectors"]),
        one_heads=u["one_word_heads"]["chars"],
        fillers=u["prefix_fillers"]["chars"],
        vague_not_after=u["vague_prefixes"]["not_after"],
        negative_prefixes=_Words(dict.fromkeys(u["negative_prefixes"]["words"], True)),
        priority={a: i for i, a in enumerate(u["approx_priority"])},
        mask=re.compile(mask),
        blocks=re.compile("|".join(_BLOCKS)),
        number=re.compile(number),
        idle_numerals={ch: kinds for ch, kinds in idle.items() if ch not in held},
        idle_after=frozenset(
            {w[0] for w in connectors}
            | {w[0] for w in suffixes}
            | set(u["more_after_unit"]["words"])
        ),
        idle_before=before,
        time_blockers_before=before if digit_free else None,
    )


# ---------------------------------------------------------------------------------------------
# Candidates (view offsets)


@dataclass(slots=True)
class _Cand:
    start: int  # the whole quantity, prefixes and suffixes included
    end: int
    num_start: int  # the number itself
    num_end: int
    value: Decimal | None
    high: Decimal | None
    unit: _Unit | None
    unit_start: int
    unit_end: int
    approx: list[str]
    cn: bool  # written in Chinese numerals
    has_mult: bool  # carries 十百千万亿 after Arabic digits, or 万/亿 in Chinese
    lone: bool  # a bare order of magnitude: 千, 万
    one: bool  # 一 alone
    prefixed: bool  # an approximator or vague prefix stands before it
    body: str
    mult: str  # the trailing orders of magnitude (for ranges: 3-5万)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_V = TypeVar("_V")


class _Words(dict[str, _V]):
    """A word table that also knows, for each first and each last character, the lengths of
    its words (longest first): a lookup whose edge character no word has is over before any
    slicing (most of them are), the others slice only the lengths some word has."""

    def __init__(self, words: dict[str, _V]) -> None:
        super().__init__(words)
        firsts: dict[str, set[int]] = {}
        lasts: dict[str, set[int]] = {}
        for w in words:
            firsts.setdefault(w[0], set()).add(len(w))
            lasts.setdefault(w[-1], set()).add(len(w))
        self.firsts = {ch: sorted(ns, reverse=True) for ch, ns in firsts.items()}
        self.lasts = {ch: sorted(ns, reverse=True) for ch, ns in lasts.items()}


def _lookup_back(v: str, pos: int, table: _Words[Any], maxlen: int) -> tuple[str, Any] | None:
    if pos == 0:
        return None
    lengths = table.lasts.get(v[pos - 1])
    if lengths is None:
        return None
    top = min(maxlen, pos)
    for n in lengths:
        if n <= top:
            w = v[pos - n : pos]
            if w in table:
                return w, table[w]
    return None


def _lookup_fwd(v: str, pos: int, table: _Words[Any], maxlen: int) -> str | None:
    if pos >= len(v):
        return None
    lengths = table.firsts.get(v[pos])
    if lengths is None:
        return None
    room = len(v) - pos
    for n in lengths:
        if n <= maxlen and n <= room:
            w = v[pos : pos + n]
            if w in table:
                return w
    return None


def _cn_pair_range(body: str) -> tuple[Decimal, Decimal] | None:
    """二三十 → (20, 30), 三五 → (3, 5), 七八万 → (7e4, 8e4), 十一二 → (11, 12)."""
    for i in range(len(body) - 1):
        a, b = body[i], body[i + 1]
        if a in _PAIR_DIGITS and b in _PAIR_DIGITS:
            da, db = _PAIR_DIGITS[a], _PAIR_DIGITS[b]
            if not (db == da + 1 or (da, db) == (3, 5)):
                return None
            lo = parse_decimal(body[:i] + a + body[i + 2 :])
            hi = parse_decimal(body[:i] + b + body[i + 2 :])
            if lo is None or hi is None or lo >= hi:
                return None
            return lo, hi
    return None


_PAIR_DIGITS = {c: d for c, d in DIGITS.items() if d > 0 and c in "一二两三四五六七八九"}


def _candidates(v: str, k: _K) -> list[_Cand]:
    out: list[_Cand] = []
    n = len(v)
    for m in k.number.finditer(v):
        approx: list[str] = []
        unit: _Unit | None = None
        high: Decimal | None = None
        prefixed = False
        s, e = m.span()
        if m["den"] is not None:
            den, num = parse_decimal(m["den"]), parse_decimal(m["num"])
            if not den or num is None:
                continue
            value: Decimal | None = num * 100 / den
            unit = _Unit("percent", "%")
            cand = _Cand(
                s, e, s, e, value, None, unit, s, m.end("den") + 2, [], True, False,
                False, False, False, m.group(), "",
            )  # fmt: skip
            _suffix(v, cand, k)
            out.append(cand)
            continue
        if (
            e - s == 1
            and v[s] in k.idle_numerals
            and _idle_numeral(v, s, out[-1].end if out else 0, k)
        ):
            continue  # 一个, 一直, 两年: neither a quantity nor an end of a range (most 一 in news)
        if v[s].isdigit() and _idle_time(v, m.group(), s, out[-1].end if out else 0, k):
            continue  # 2021年, 4月, 19日: the time layer's (a third of the numbers in news)
        body, more, mult, more2 = m["body"], m["more"], m["mult"], m["more2"]
        bs = m.start("body")
        if body[0] == "一" and bs > 0 and v[bs - 1] in k.one_heads and not m["vpre"]:
            # 统一两国, 唯一一个: the 一 belongs to the word before
            if len(body) == 1 or body[1] not in DIGITS or more:
                continue
            body, bs = body[1:], bs + 1
        cn = not body[0].isdigit()
        core = body[: m.start("more") - bs] if more else body
        if more:
            pre = parse_decimal(core)
            fac = parse_decimal(mult)
            if pre is None or fac is None:
                continue
            value = pre * fac
            approx.append(k.infixes[more])
            if more != "来":
                high = value + last_place(pre) * fac
        else:
            value = parse_decimal(body)
            if value is None and cn:
                pair = _cn_pair_range(body)
                if pair is None:
                    continue
                value, high = pair
                approx.append("≈")
            if value is None:
                continue
        vpre = m["vpre"]
        if vpre and m.start() > 0 and v[m.start() - 1] in k.vague_not_after.get(vpre, ""):
            vpre = None  # 人数百万
        if vpre:
            high = value * 10
            approx.append(">")
            prefixed = True
        neg = m["neg"]
        # the unit, right after the number (one optional space)
        pos = e
        if pos < n and v[pos] == " " and not cn:
            pos += 1
        w = _lookup_fwd(v, pos, k.units, k.unit_max)
        if w is not None:
            g = k.unit_guards.get(w)
            nxt = v[pos + len(w) : pos + len(w) + 1]
            if (g and nxt and nxt in g) or (w in k.arabic_only and cn):
                w = None
        if more2 and w is None and more2 in ("来", "几"):
            # 十来 / 二十几 with nothing after: the marker is not part of a number
            e = m.start("more2")
            more2 = None
            pos = e
            w = _lookup_fwd(v, pos, k.units, k.unit_max)
        if more2:
            approx.append(k.infixes[more2])
            if more2 != "来" and value is not None:
                high = value + last_place(value)
        us = ue = e
        if w is not None:
            unit = k.units[w]
            us, ue = pos, pos + len(w)
            e = ue
        lone = set(core) <= _LONE and len(core) == 1 and not mult
        one = core in ("一", "壹") and not mult and not more2
        has_mult = (not cn and bool(mult)) or (cn and ("万" in body or "亿" in body))
        start = bs if not vpre else m.start("vpre")
        if neg and (unit is None or unit.kind in ("percent", "measure", "money")):
            start = m.start("neg")  # -0.5%, 负3度; not -5人 (a dash)
            value = -value
        cand = _Cand(
            start, e, bs, m.end("body"), value, high, unit, us, ue, approx, cn,
            has_mult, lone, one, prefixed, body, mult or "",
        )  # fmt: skip
        _prefix(v, cand, k)
        if unit is None or unit.kind != "time":
            _suffix(v, cand, k)
        out.append(cand)
    return out


def _idle_numeral(v: str, s: int, prev_end: int, k: _K) -> bool:
    """Can the lone Chinese numeral at ``s`` (the whole match) be dropped before it is read?
    Exactly when what the loop would make of it has no unit or one of the kinds
    ``idle_numerals`` gives it (so :func:`_keep` drops it: 一 + a measure word is the article,
    a numeral alone no number, a time the time layer's), and it can take part in no range of
    :func:`_merge_ranges` with its neighbours, nor its absence join them: the characters
    around it are none of ``idle_after`` / ``idle_before`` (so its start, end and the text
    between it and its neighbours are as written, and no connector; as the start of a range
    a time only joins a time of its unit, dropped too), the candidate before it ends by
    ``s``, and no connector, prefix or filler holds the numeral (``idle_numerals``)."""
    kinds = k.idle_numerals.get(v[s])
    if kinds is None or prev_end > s:
        return False
    if s > 0:
        ch = v[s - 1]
        if ch.isspace() or ch in k.idle_before:
            return False
    ue = s + 1
    w = _lookup_fwd(v, ue, k.units, k.unit_max)
    if w is not None:
        g = k.unit_guards.get(w)
        nxt = v[ue + len(w) : ue + len(w) + 1]
        if not ((g and nxt and nxt in g) or w in k.arabic_only):
            if k.units[w].kind not in kinds:
                return False
            ue += len(w)
    if ue < len(v):
        ch = v[ue]
        if ch.isspace() or ch in k.idle_after:
            return False
    return True


def _idle_time(v: str, g: str, s: int, prev_end: int, k: _K) -> bool:
    """Can the match ``g`` at ``s`` be dropped before it is read?  Exactly when it is Arabic
    digits alone with a time unit right after them (2021年, 4月): :func:`_keep` drops it, and
    in :func:`_merge_ranges` it could only matter as the end of a range begun by a number with
    no unit (3至5天: both dropped) — not here, as the character before it is no space and no
    edge of a connector, prefix or filler (its start is as written, and the text before it no
    connector); as the start of a range it only joins a time of its unit (dropped too).  Its
    absence joins no neighbours: the candidate before it ends by ``s``, and no connector or
    prefix holds a digit (``time_blockers_before``)."""
    before_set = k.time_blockers_before
    if before_set is None or prev_end > s or not (g.isascii() and g.isdigit()):
        return False
    if s > 0:
        ch = v[s - 1]
        if ch.isspace() or ch in before_set:
            return False
    e = s + len(g)
    w = _lookup_fwd(v, e, k.units, k.unit_max)
    if w is None:
        return False
    guard = k.unit_guards.get(w)
    nxt = v[e + len(w) : e + len(w) + 1]
    if guard and nxt and nxt in guard:
        return False
    return k.units[w].kind == "time"


def _prefix(v: str, c: _Cand, k: _K) -> None:
    s = c.start
    hit = _lookup_back(v, s, k.currency_prefixes, 3)
    if hit is not None and (c.unit is None or c.unit.kind == "money"):
        if c.unit is None:
            c.unit = _Unit("money", hit[1])
            c.unit_start, c.unit_end = s - len(hit[0]), s
        s -= len(hit[0])
    if c.unit is not None and c.unit.kind == "measure" and c.value is not None:
        neg = _lookup_back(v, s, k.negative_prefixes, 2)
        if neg is not None:
            c.value = -c.value
            s -= len(neg[0])
    hit = _lookup_back(v, s, k.prefixes, k.prefix_max)
    if hit is None and (c.lone or (c.cn and c.body[0] in _LONE)):
        hit = _lookup_back(v, s, k.magnitude_prefixes, 3)
    filler = 0
    if hit is None and s > 1 and v[s - 1] in k.fillers:  # 至少有3000人
        hit = _lookup_back(v, s - 1, k.prefixes, k.prefix_max)
        filler = 1
    if hit is not None and hit[1] is not None:
        c.approx.insert(0, hit[1])
        c.prefixed = True
        s -= len(hit[0]) + filler
    c.start = s


def _suffix(v: str, c: _Cand, k: _K) -> None:
    e = c.end
    n = len(v)
    if c.unit is not None and e < n and v[e] in k.more_after_unit:
        nxt = v[e + 1 : e + 2]
        if not nxt or not _is_cjk(nxt) or nxt in k.more_followers:
            c.approx.append(k.infixes[v[e]])
            c.end = e + 1
            return
    w = _lookup_fwd(v, e, k.suffixes, k.suffix_max)
    if w is not None:
        g = k.suffix_guards.get(w)
        nxt = v[e + len(w) : e + len(w) + 1]
        if g and nxt and nxt in g:
            return
        c.approx.append(k.suffixes[w])
        c.end = e + len(w)


def _merge_ranges(v: str, cands: list[_Cand], k: _K) -> list[_Cand]:
    """3至5万人, 10-15枚, 1.5万到2万: one quantity from the first number to the second."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and v[a.end : b.start].strip() in k.connectors
            and (a.unit is None or (b.unit is not None and a.unit.norm == b.unit.norm))
            and a.value is not None
            and b.value is not None
        ):
            if b.unit is not None and b.unit.kind == "time":
                i += 2  # 3至5天: a duration, both ends the time layer's
                continue
            lo = a.value
            if b.mult and not a.mult and not (a.cn and a.has_mult):
                fac = parse_decimal(b.mult)
                if fac is not None and lo * fac <= b.value:
                    lo *= fac
            if lo < b.value:
                a.value, a.high = lo, b.high if b.high is not None else b.value
                a.end, a.unit, a.unit_start, a.unit_end = b.end, b.unit, b.unit_start, b.unit_end
                a.approx += [x for x in b.approx if x not in a.approx]
                a.cn = a.cn and b.cn
                a.has_mult = a.has_mult or b.has_mult
                a.one = a.lone = False
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _keep(v: str, c: _Cand) -> bool:
    unit = c.unit
    if unit is not None and unit.kind == "time":
        return False
    before = v[c.start - 1] if c.start > 0 else ""
    nb = v[c.num_start - 1] if c.num_start > 0 else ""
    if before == "第" or nb == "第":
        return False
    after = v[c.end] if c.end < len(v) else ""
    if c.one and unit is not None and unit.kind == "count":
        return False
    if c.lone and not c.prefixed:
        return False
    if unit is None:
        if c.cn:
            return c.has_mult or (c.prefixed and any(ch in c.body for ch in "百千"))
        digits = c.body.replace(",", "")
        nn = v[c.num_end] if c.num_end < len(v) else ""
        if nb.isascii() and nb.isalpha() or nn.isascii() and nn.isalpha():
            return False  # F22, 5G
        if nb in "-_ " and c.num_start >= 2 and v[c.num_start - 2].isascii():
            p2 = v[c.num_start - 2]
            if p2.isalnum():
                return False  # F-22, Nano Banana 2
        if not c.has_mult and not c.approx and digits.isdigit():
            if len(digits) == 4 and 1000 <= int(digits) <= 2100:
                return False  # a year
            if len(digits) >= 9:
                return False  # an identifier
        if after in "、)）" and after and (before in "(（\n" or c.start == 0):
            return False  # a list marker
        return True
    if nb.isascii() and nb.isalpha():
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Entry point


def find_quantities(
    text: str,
    *,
    exclude: list[tuple[int, int]] | None = None,
    view: AnalysisView | None = None,
) -> list[Quantity]:
    """The quantities of ``text``, in text order, with offsets into ``text``.

    ``exclude``: spans of ``text`` (start, end) already taken by another layer — pass the time
    layer's expressions; a quantity overlapping one is dropped.  ``view``: the analysis view of
    ``text`` when the caller already has it.
    """
    k = _k()
    if view is None:
        view = AnalysisView.of(text)
    elif view.original is not text and view.original != text:
        raise ValueError("find_quantities: the view is of another text")
    v = _masked(view.text, k)
    cands = _merge_ranges(v, _candidates(v, k), k)
    ex = sorted(exclude) if exclude else []
    ex_starts = [a for a, _ in ex]
    ex_reach = [0]  # ex_reach[k]: the furthest end of ex[:k]
    for _, b in ex:
        ex_reach.append(max(ex_reach[-1], b))
    out: list[Quantity] = []
    for c in cands:
        if not _keep(v, c):
            continue
        s, e = view.to_original(c.start), view.to_original(c.end)
        if ex_reach[bisect_left(ex_starts, e)] > s:
            continue  # an excluded span starting before ``e`` runs past ``s``: overlap
        unit = c.unit
        value = c.value
        high = c.high
        unit_text = None
        norm = None
        kind = "count"
        if unit is not None:
            kind, norm = unit.kind, unit.norm
            us, ue = view.to_original(c.unit_start), view.to_original(c.unit_end)
            unit_text = text[us:ue]
            if unit.factor != 1.0 and value is not None:
                value *= Decimal(str(unit.factor))
                high = None if high is None else high * Decimal(str(unit.factor))
        out.append(
            Quantity(
                text[s:e],
                s,
                e,
                None if value is None else float(value),
                norm,
                unit_text,
                _approx(c.approx),
                kind,
                None if high is None else float(high),
            )
        )
    return out


# The runs of digits where a pattern of ``_BLOCKS`` can match: each of them reads the run's
# digits and then one of - / . : ： 比 对 or a space (\s, as the ratio's ``\s?`` and the phone's
# ``[- ]``: dates, clock times, versions, dashed numbers, ratios), or ten digits and more (a
# mobile number, 86 and one, 400 and 800 numbers without dashes).  A run followed by none of
# them and shorter than ten digits matches no block and is passed over without trying the eight
# (most runs: 2021年, 30%, 5人).  Each match is a whole run (greedy: the lookahead can hold at
# the run's end only, and the lookbehind, holding anywhere, holds there too), so it starts where
# the run of ``[0-9]+`` the blocks were tried at before starts.
# (Opening with a class, the pattern is searched for by that class in C, re's charset prefix.)
_DIGIT_RUN = re.compile(r"[0-9][0-9]*(?:(?=[-/.:：比对\s])|(?<=[0-9]{10}))")


def _masked(v: str, k: _K) -> str:
    """``v`` with titles, set phrases and non-quantity digits (dates, phones…) blanked out."""
    spans = [m.span() for m in k.mask.finditer(v)]
    end = 0
    for m in _DIGIT_RUN.finditer(v):  # (only the runs a block may start: see _DIGIT_RUN)
        if m.start() < end:
            continue
        hit = k.blocks.match(v, m.start())
        if hit is not None:
            spans.append(hit.span())
            end = hit.end()
    if not spans:
        return v
    spans.sort()
    parts: list[str] = []
    pos = 0
    for a, b in spans:
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(v[pos:a])
        parts.append("\x00" * (b - a))
        pos = b
    parts.append(v[pos:])
    return "".join(parts)


def _approx(signals: list[str]) -> str | None:
    if not signals:
        return None
    pr = _k().priority
    return min(signals, key=lambda a: pr.get(a, len(pr)))
