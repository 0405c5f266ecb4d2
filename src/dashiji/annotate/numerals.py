"""Read numbers written in Chinese, in Arabic digits, or in a mix of both.

:func:`parse_number` is the general reader the annotation layers share:

* Arabic digits with thousands separators and decimals: ``"1,600"`` → 1600, ``"5.2"`` → 5.2;
* Chinese numerals up to 亿, with 两, 〇/零, the financial forms (壹贰叁…拾佰仟) and 廿/卅/卌:
  ``"两千"`` → 2000, ``"一百零五"`` → 105, ``"千亿"`` → 1e11, ``"一亿两千万"`` → 1.2e8;
* the spoken shorthand where the last digit stands one place below the unit before it:
  ``"一万五"`` → 15000, ``"三千五"`` → 3500, ``"两百五"`` → 250;
* digit-by-digit numerals: ``"二〇二五"`` → 2025 (not two digits without a zero: 两三, 七八
  are estimates, None here);
* decimals with 点: ``"三点五"`` → 3.5, ``"零点五"`` → 0.5;
* mixed forms: ``"1.2万"`` → 12000, ``"3千"`` → 3000, ``"1.5亿"`` → 1.5e8, ``"3万5千"`` → 35000.

Arithmetic is done in :class:`decimal.Decimal`, so ``"5.2万"`` is exactly 52000.

(:func:`dashiji.annotate.time_rules.cn_to_int` is the time layer's own integer reader; it stops
at 万 and reads 一万五 as 10005, which is right for the dates it reads and wrong for amounts.)
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = [
    "DIGITS",
    "MAGNITUDES",
    "NUMERAL_CHARS",
    "last_place",
    "parse_decimal",
    "parse_number",
]

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "贰": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES: dict[str, int] = {**_SMALL, "万": 10_000, "亿": 100_000_000}
_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
_ZERO = {"零", "〇", "○"}

# Every character a Chinese numeral can be written with.
NUMERAL_CHARS = "".join(DIGITS) + "".join(MAGNITUDES) + "".join(_TENS)

_D0 = Decimal(0)
_D1 = Decimal(1)


def parse_number(s: str) -> float | None:
    """The value of the numeral ``s`` as a float, or None when ``s`` is not a numeral."""
    d = parse_decimal(s)
    return None if d is None else float(d)


@lru_cache(maxsize=4096)  # pure (a Decimal is immutable); ~30 numbers an article, many alike
def parse_decimal(s: str) -> Decimal | None:
    """:func:`parse_number`, exactly: the value as a :class:`~decimal.Decimal`."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    if s.isascii():
        try:
            return Decimal(s) if s[0].isdigit() and s[-1].isdigit() else None
        except InvalidOperation:
            return None
    for k, rep in _TENS.items():
        if k in s:
            s = s.replace(k, rep)
    if "点" in s:
        return _with_point(s)
    if len(s) > 1 and all(c in DIGITS for c in s):
        # 二〇二五, 一九九八: digit by digit.  Two digits without a zero are an estimate
        # (两三, 七八: "two or three"), not a number; 两 is never read digit by digit.
        if "两" in s or (len(s) == 2 and not _ZERO & set(s)):
            return None
        return Decimal("".join(str(DIGITS[c]) for c in s))
    return _positional(s)


def _with_point(s: str) -> Decimal | None:
    """三点五 → 3.5, 零点五 → 0.5, 三点五亿 → 3.5e8 (the fraction digit by digit)."""
    ip, _, rest = s.partition("点")
    frac = ""
    i = 0
    while i < len(rest) and (rest[i] in DIGITS or rest[i].isdigit()):
        frac += str(DIGITS[rest[i]]) if rest[i] in DIGITS else rest[i]
        i += 1
    tail = rest[i:]
    if not frac or any(c not in ("万", "亿") for c in tail):
        return None
    whole = parse_decimal(ip) if ip else _D0
    if whole is None or whole != whole.to_integral_value():
        return None
    value = Decimal(f"{int(whole)}.{frac}")
    for c in tail:
        value *= MAGNITUDES[c]
    return value


def _positional(s: str) -> Decimal | None:
    total = _D0  # whole 亿 groups
    mid = _D0  # whole 万 groups below 亿
    small = _D0  # below 万
    cur: Decimal | None = None
    last_unit = 0
    after_zero = False
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isascii() and c.isdigit():
            j = i
            while j < n and s[j].isascii() and (s[j].isdigit() or s[j] == "."):
                j += 1
            if cur is not None:
                return None
            try:
                cur = Decimal(s[i:j])
            except InvalidOperation:
                return None
            i = j
            continue
        if c in _ZERO:
            if cur is not None:
                return None
            after_zero = True
        elif c in DIGITS:
            if cur is not None:
                return None
            cur = Decimal(DIGITS[c])
        elif c in _SMALL:
            small += (_D1 if cur is None else cur) * _SMALL[c]
            cur, last_unit, after_zero = None, _SMALL[c], False
        elif c == "万":
            group = small + (cur or _D0)
            mid += (group or _D1) * 10_000
            small, cur, last_unit, after_zero = _D0, None, 10_000, False
        elif c == "亿":
            group = mid + small + (cur or _D0)
            total += (group or _D1) * 100_000_000
            mid, small, cur, last_unit, after_zero = _D0, _D0, None, 100_000_000, False
        else:
            return None
        i += 1
    tail = cur or _D0
    if cur is not None and last_unit >= 10 and not after_zero and cur == cur.to_integral_value():
        tail = cur * last_unit / 10  # 一万五 → 15000
    return total + mid + small + tail


def last_place(value: Decimal) -> Decimal:
    """The place value of the last non-zero digit: 2000 → 1000, 160 → 10, 1.5 → 0.1, 0 → 1.

    The step a trailing 多 or 几 stands for: 两千多 is 2000 to 3000, 一百六十多 is 160 to 170.
    """
    if value == 0:
        return _D1
    exp = value.normalize().as_tuple().exponent
    assert isinstance(exp, int)
    return Decimal(1).scaleb(exp)
