"""Benchmark: Chinese time expressions, dashiji against peers, on Microsoft Recognizers-Text specs.

Data: ``shared/bench/time/recognizers_text_zh/datetime_model.jsonl`` (MIT; 264 cases from the
library's own Chinese DateTimeModel spec; see the README there).  Each case has an input, a
reference datetime and the expected results, each with a type (date, daterange, datetime,
datetimerange, time, timerange, duration, set) and TIMEX resolution values.

Scoring (the same for every tool, all run on the same cases in one run):

* One item per expected result.  The tool's expression that overlaps the expected span most
  (character offsets of the input) is compared with it; no overlapping expression = wrong.
* Correct when, for some expected resolution value ``e`` and some value ``p`` of the tool's
  expression (ambiguous inputs list several readings; any one counts), the open-range modifier
  agrees (``before``/``until`` → before, ``after``/``since`` → after) and one of: the TIMEX strings
  are equal; the values are equal (dates ``YYYY-MM-DD``, datetimes/times normalised to
  ``YYYY-MM-DD HH:MM:SS`` / ``HH:MM:SS``); or both range ends (``start``/``end``) are equal.
* Negatives (cases expecting no result): correct when the tool reports nothing (row ``none``).
* ``all`` = every item of every type, negatives included.

How dashiji's :class:`TimeExpr` becomes TIMEX-like values (``timex_values``):

* date ``2017-10-12`` → value/timex; month ``2018-10`` (also early/mid/late-month) → timex, start
  ``2018-10-01``, end ``2018-11-01``; year ``2009`` (also early/mid/late-year) → start/end of the
  year; ``2019-H1``, ``2017-Q1``, ``2017-W14``, ``2017-W14-WE``, ``199X``, ``19XX`` → timex and
  their start/end (end exclusive); seasons ``2017-SU`` → timex only.
* range ``A/B`` (two ends as written) → start = first day of A, end = first day of B (the spec's
  own convention for "from A to B"); ranges of precision ``span`` (前2周, 最后4个月: whole days
  computed by dashiji) → end = the day after B.  ``A/..`` → timex A, Mod after; ``../A`` → timex
  A, Mod before.  A vague window before the reference date (precision ``approx-range``: 最近,
  日前) → the spec's ``PRESENT_REF``, value = the reference date.
* time ``T17:00`` → value ``17:00:00``; ``2016-11-08T17:00`` → ``2016-11-08 17:00:00``; parts of
  the day (``TMO``, ``2016-11-06TEV``) → timex, and start/end (MO 08–12, AF 12–16, EV 16–20,
  NI 20–24) for dated ones.  duration and set → timex = value.

Peers:

* ``ms-recognizers-text-date-time`` (MIT; ``pip install ms-recognizers-text-date-time``, module
  ``ms_recognizers_date_time``): the Python port of the library that wrote these specs, so it is
  close to a reference; its resolutions are used as they are.
* ``dateparser`` (BSD; ``search_dates`` with ``languages=["zh"]`` and the reference as
  ``RELATIVE_BASE``): returns points in time only; each found point is offered as a date
  (``YYYY-MM-DD``), a time (``HH:MM:SS``) and a datetime, so it can score on date, time and
  datetime items but never on ranges, durations or sets.
* ``jionlp`` (GPL, never a dependency of dashiji): used only when installed separately, else the
  column reads n/a.

Speed: characters of input per second of wall time, each tool over all inputs.

Usage::

    python bench/time.py [--json OUT] [--check] [--only dashiji] [--data FILE] [--show-misses]

``--check`` exits 1 when dashiji falls below a floor in bench/floors.json (key "time").
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import io
import json
import re
import sys
import time as _time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from _shared import shared_dir

REPO = Path(__file__).resolve().parents[1]
FLOORS_PATH = REPO / "bench" / "floors.json"
TYPES = ["date", "daterange", "duration", "datetime", "datetimerange", "time", "timerange", "set"]
ROWS = [*TYPES, "none", "all"]
_PART_HOURS = {"MO": (8, 12), "AF": (12, 16), "EV": (16, 20), "NI": (20, 24)}

Pred = tuple[int, int, list[dict[str, Any]]]  # start, end (exclusive), resolution values


def data_path() -> Path:
    return shared_dir() / "bench" / "time" / "recognizers_text_zh" / "datetime_model.jsonl"


def load_cases(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or data_path()
    if not path.is_file():
        raise FileNotFoundError(f"time bench data not found at {path} (set DASHIJI_SHARED)")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---- dashiji → TIMEX-like values ---------------------------------------------------------------


def _start_end(v: str) -> tuple[str, str] | None:
    """First day of the period ``v`` and the first day after it (ISO dates)."""
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(m[1])
        return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f"{y:04d}-{mo:02d}-01", f"{ny:04d}-{nm:02d}-01"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat(), (d + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y = int(m[1])
        return (f"{y}-01-01", f"{y}-07-01") if m[2] == "1" else (f"{y}-07-01", f"{y + 1}-01-01")
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m[1]), int(m[2])
        end = f"{y + 1}-01-01" if q == 4 else f"{y}-{3 * q + 1:02d}-01"
        return f"{y}-{3 * q - 2:02d}-01", end
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(7)).isoformat()
        return monday.isoformat(), (monday + timedelta(days=7)).isoformat()
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        y = int(m[1]) * 10
        return f"{y:04d}-01-01", f"{y + 10:04d}-01-01"
    m = re.fullmatch(r"(\d{2})XX", v)
    if m:
        y = int(m[1]) * 100
        return f"{y:04d}-01-01", f"{y + 100:04d}-01-01"
    return None


def _norm_dt(v: str | None) -> str | None:
    """``2016-11-08T17`` → ``2016-11-08 17:00:00``; ``T17:00`` → ``17:00:00``."""
    if v is None:
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})?[T ]?(\d{2})(?::(\d{2}))?(?::(\d{2}))?", v)
    if not m or (m[1] is None and "T" not in v and ":" not in v):
        return v
    t = f"{m[2]}:{m[3] or '00'}:{m[4] or '00'}"
    return f"{m[1]} {t}" if m[1] else t


def timex_values(e: Any, ref: str | None = None) -> list[dict[str, Any]]:
    """A dashiji TimeExpr as MS-style resolution values (see the module doc)."""
    v = e.value
    if v is None:
        return []
    if e.kind in ("duration", "set"):
        return [{"timex": v}]
    if e.kind == "time":
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})?T(MO|AF|EV|NI)", v)
        if m:
            out: dict[str, Any] = {"timex": v}
            if m[1]:
                a, b = _PART_HOURS[m[2]]
                out["start"] = f"{m[1]} {a:02d}:00:00"
                end = date.fromisoformat(m[1]) + timedelta(days=b // 24)
                out["end"] = f"{end.isoformat()} {b % 24:02d}:00:00"
            return [out]
        return [{"timex": v, "value": _norm_dt(v)}]
    if e.kind == "date":
        se = _start_end(v)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return [{"timex": v, "value": v}]
        out = {"timex": v}
        if se:
            out["start"], out["end"] = se
        return [out]
    # ranges
    a, _, b = v.partition("/")
    if e.precision == "approx-range" and e.direction == "before":
        return [{"timex": "PRESENT_REF", "value": b}]
    if b == "..":
        return [{"timex": a, "Mod": "after", "start": (_start_end(a) or (a, a))[0]}]
    if a == "..":
        return [{"timex": b, "Mod": "before", "end": (_start_end(b) or (b, b))[0]}]
    if "T" in a or "T" in b:
        return [{"start": _norm_dt(a), "end": _norm_dt(b)}]
    sa, sb = _start_end(a), _start_end(b)
    if sa is None or sb is None:
        return []
    end = sb[1] if e.precision == "span" else sb[0]
    return [{"start": sa[0], "end": end}]


# ---- comparison -----------------------------------------------------------------------------


def _coarse_mod(mod: str | None) -> str | None:
    return {"before": "before", "until": "before", "after": "after", "since": "after"}.get(
        mod or "", None
    )


def _same(a: Any, b: Any) -> bool:
    return a is not None and b is not None and _norm_dt(str(a)) == _norm_dt(str(b))


def value_match(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    if _coarse_mod(expected.get("Mod")) != _coarse_mod(got.get("Mod")):
        return False
    if expected.get("timex") and expected.get("timex") == got.get("timex"):
        return True
    ev = expected.get("value")
    if ev not in (None, "not resolved") and "timex" in expected and not str(ev).isdigit():
        if _same(ev, got.get("value")):
            return True
    if "start" in expected or "end" in expected:
        es, ee = expected.get("start"), expected.get("end")
        gs, ge = got.get("start"), got.get("end")
        if (es is None) == (gs is None) and (ee is None) == (ge is None):
            if (es is None or _same(es, gs)) and (ee is None or _same(ee, ge)):
                return True
    return False


def score(
    cases: list[dict[str, Any]], preds: dict[int, list[Pred]], misses: list[str] | None = None
) -> dict[str, tuple[int, int]]:
    """Per type: (items, correct)."""
    tally = {t: [0, 0] for t in ROWS}
    for case in cases:
        got = preds.get(case["id"], [])
        if not case["results"]:
            ok = not got
            for t in ("none", "all"):
                tally[t][0] += 1
                tally[t][1] += ok
            if not ok and misses is not None:
                misses.append(f"{case['id']} none {case['input']!r} got {got}")
            continue
        for res in case["results"]:
            typ = res["type"].split(".")[-1]
            s, e = res["start"], res["end_inclusive"] + 1
            best, overlap = None, 0
            for p in got:
                ov = min(e, p[1]) - max(s, p[0])
                if ov > overlap:
                    best, overlap = p, ov
            values = res["resolution"]["values"]
            ok = best is not None and any(value_match(ev, gv) for ev in values for gv in best[2])
            for t in (typ, "all"):
                if t in tally:
                    tally[t][0] += 1
                    tally[t][1] += ok
            if not ok and misses is not None:
                misses.append(
                    f"{case['id']} {typ} {case['input']!r} want {res['text']!r} "
                    f"{[v.get('timex') for v in values]} got {best}"
                )
    return {t: (n, c) for t, (n, c) in tally.items()}


# ---- tools ----------------------------------------------------------------------------------


def _ref(case: dict[str, Any]) -> str | None:
    return case.get("reference_datetime")


def run_dashiji(cases: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[Pred]]:
    sys.path.insert(0, str(REPO / "src"))
    from dashiji.annotate.times import find_times

    def run(case: dict[str, Any]) -> list[Pred]:
        ref = _ref(case)
        return [(e.start, e.end, timex_values(e, ref)) for e in find_times(case["input"], ref)]

    return run


def run_ms(cases: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[Pred]] | None:
    try:
        import ms_recognizers_date_time as msdt
        from ms_recognizers_text import Culture
    except Exception:
        return None
    model = msdt.DateTimeRecognizer(Culture.Chinese).get_datetime_model()

    def run(case: dict[str, Any]) -> list[Pred]:
        ref = _ref(case)
        refdt = datetime.fromisoformat(ref) if ref else datetime.now()
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                found = model.parse(case["input"], refdt)
        except Exception:
            return []
        out = []
        for r in found:
            vals = (r.resolution or {}).get("values", []) if isinstance(r.resolution, dict) else []
            out.append((r.start, r.end + 1, [dict(v) for v in vals]))
        return out

    return run


def run_dateparser(cases: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[Pred]] | None:
    try:
        from dateparser.search import search_dates
    except Exception:
        return None

    def run(case: dict[str, Any]) -> list[Pred]:
        ref = _ref(case)
        settings: dict[str, Any] = {}
        if ref:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(ref)
        text = case["input"]
        try:
            found = search_dates(text, languages=["zh"], settings=settings) or []
        except Exception:
            return []
        out, pos = [], 0
        for sub, dt in found:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            pos = i + len(sub)
            day, clock = dt.date().isoformat(), dt.strftime("%H:%M:%S")
            vals = [{"value": day}, {"value": clock}, {"value": f"{day} {clock}"}]
            out.append((i, i + len(sub), vals))
        return out

    return run


def run_jionlp(cases: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[Pred]] | None:
    try:  # GPL: only when installed separately, never a dependency of dashiji
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio  # type: ignore[import-not-found]
    except Exception:
        return None

    def run(case: dict[str, Any]) -> list[Pred]:
        ref = _ref(case)
        base = datetime.fromisoformat(ref).timestamp() if ref else _time.time()
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                found = jio.ner.extract_time(case["input"], time_base=base, with_parsing=True)
        except Exception:
            return []
        out = []
        for r in found:
            s, e = r["offset"]
            detail = r.get("detail", {})
            t = detail.get("time")
            vals: list[dict[str, Any]] = []
            if detail.get("type") in ("time_point", "time_span") and isinstance(t, list):
                a, b = t[0], t[-1]
                if a[:10] == b[:10] and a[11:] == "00:00:00" and b[11:] == "23:59:59":
                    vals.append({"value": a[:10]})
                else:
                    end = (datetime.fromisoformat(b) + timedelta(seconds=1)).isoformat(" ")
                    vals.append(
                        {
                            "start": a[:10] if a[11:] == "00:00:00" else a,
                            "end": end[:10] if end[11:] == "00:00:00" else end,
                        }
                    )
                    vals.append({"value": a})
            out.append((s, e, vals))
        return out

    return run


TOOLS: dict[str, Callable[[list[dict[str, Any]]], Any]] = {
    "dashiji": run_dashiji,
    "ms-recognizers": run_ms,
    "dateparser": run_dateparser,
    "jionlp": run_jionlp,
}


def evaluate(
    cases: list[dict[str, Any]], only: list[str] | None = None, misses: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for name, factory in TOOLS.items():
        if only and name not in only:
            continue
        run = factory(cases)
        if run is None:
            results[name] = {"available": False}
            continue
        preds: dict[int, list[Pred]] = {}
        chars = 0
        t0 = _time.perf_counter()
        for case in cases:
            preds[case["id"]] = run(case)
            chars += len(case["input"])
        elapsed = _time.perf_counter() - t0
        sc = score(cases, preds, misses if name == "dashiji" else None)
        results[name] = {
            "available": True,
            "scores": {
                t: {"n": n, "correct": c, "acc": (c / n if n else None)} for t, (n, c) in sc.items()
            },
            "chars_per_s": chars / elapsed if elapsed > 0 else None,
        }
    return results


def date_daterange(result: dict[str, Any]) -> float:
    s = result["scores"]
    n = s["date"]["n"] + s["daterange"]["n"]
    c = s["date"]["correct"] + s["daterange"]["correct"]
    return c / n if n else 0.0


def print_table(results: dict[str, dict[str, Any]]) -> None:
    names = list(results)
    ref = next(r for r in results.values() if r.get("available"))
    head = f"{'type':<15}{'items':>6}" + "".join(f"{n:>16}" for n in names)
    print(head)
    print("-" * len(head))

    def cell(name: str, row: str) -> str:
        r = results[name]
        if not r.get("available"):
            return f"{'n/a':>16}"
        acc = r["scores"][row]["acc"]
        return f"{'-' if acc is None else f'{acc:.3f}':>16}"

    for row in ROWS:
        n = ref["scores"][row]["n"]
        if row == "all":
            print("-" * len(head))
        print(f"{row:<15}{n:>6}" + "".join(cell(name, row) for name in names))
    dd = ref["scores"]["date"]["n"] + ref["scores"]["daterange"]["n"]
    print(
        f"{'date+daterange':<15}{dd:>6}"
        + "".join(
            f"{date_daterange(results[nm]):>16.3f}"
            if results[nm].get("available")
            else f"{'n/a':>16}"
            for nm in names
        )
    )
    print(
        f"{'chars/s':<15}{'':>6}"
        + "".join(
            f"{results[nm]['chars_per_s']:>16,.0f}"
            if results[nm].get("available")
            else f"{'n/a':>16}"
            for nm in names
        )
    )


def check_floors(result: dict[str, Any]) -> list[str]:
    floors = json.loads(FLOORS_PATH.read_text("utf-8")).get("time", {})
    failures = []
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        got = (
            date_daterange(result)
            if key == "date+daterange"
            else (result["scores"].get(key, {}).get("acc") or 0.0)
        )
        if got + 1e-9 < floor:
            failures.append(f"time/{key}: {got:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument("--check", action="store_true", help="exit 1 below the floors")
    ap.add_argument("--only", action="append", help="run only these tools (repeatable)")
    ap.add_argument("--data", type=Path, help="another datetime_model.jsonl-style file")
    ap.add_argument("--show-misses", action="store_true", help="print dashiji's wrong items")
    args = ap.parse_args(argv)
    cases = load_cases(args.data)
    misses: list[str] = []
    results = evaluate(cases, ["dashiji", *args.only] if args.only else None, misses)
    print(
        f"Chinese time expressions: {len(cases)} cases of {args.data or data_path()} "
        "(exact-value accuracy per expected item)"
    )
    print_table(results)
    if args.show_misses:
        print("\n".join(misses))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    if args.check:
        failures = check_floors(results["dashiji"])
        for f in failures:
            print("FLOOR FAILED:", f, file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    calendar.setfirstweekday(calendar.MONDAY)
    sys.exit(main())
