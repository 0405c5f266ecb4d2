"""Benchmark: the event coder against the gold events of the seed documents.

Data: ``../shared/gold/events.seeds.jsonl`` (39 events of the two seeds, scoring rules in
``../shared/gold/README.md``) and ``../shared/seeds/*.txt``.  Events come from the real pipeline,
in-process: read → extract → normalise → annotate → code (``dashiji.pipeline.annotate_documents``
when it is there, then :class:`dashiji.events.step.CodeEvents`).  Seed 000 has no date of its own
and runs with ``--date 2025-10-22`` (the gold's ``ref_date``); seed 002 carries its own header
date (2025-08-13).

Matching (at least as strict as the gold README asks): an extracted event matches a gold event when

* the PLOVER type is the same;
* the actors' countries are the same set (gold ``USA:Trump`` → USA; EUR and NATO are codes of
  their own, as in the KB);
* the date agrees to the gold's precision: ``YYYY-MM-DD`` golds (day, approx-day) need the same
  day, ``YYYY-MM`` golds (month, early-month) the same month; a null gold date matches only an
  unresolved date;
* one of the event's mention sentences (original script, offsets into the article text) contains
  the gold quote or overlaps where it stands.

Recall = matched required gold events / required gold events.  Precision = extracted events that
match any gold event (required or not) / extracted events.

Per-field accuracy is measured over aligned pairs — each required gold event paired with the
extracted event whose evidence overlaps its quote and that agrees with it on most fields — so a
wrong type, actor or date shows as a field error, not only as a miss:

* type: the PLOVER type;
* actors: the countries as a set, and for every gold actor that names a person or a role
  (``USA:Trump``, ``DEU:Foreign Minister``, ``USA:envoy``) an extracted actor of that country
  whose KB English name or alias contains the name, or whose role is that role (``Foreign
  Minister`` → ``foreign_minister``);
* date: as in matching; status; modality.

Checks (also gated by ``--check``): no event coded ``hypothetical``, and none whose sentence opens
with a condition (如果…, 若…, 一旦… — the codebook's hypothetical cues; not the rhetorical 如果说),
is ``occurred``; the Budapest summit (s000-02) is postponed; the Alaska summit (s002-01) is
planned.

Speed: the coding step alone over the pre-annotated seeds, and annotation + coding over the
normalised seeds, each repeated ``--runs`` times on one core: articles/s and events/s.

Usage::

    python bench/events.py [--runs 200] [--json OUT] [--check] [--verbose]

``--check`` exits 1 when a score falls below its floor in ``bench/floors.json`` (key "events") or
a check fails.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from _shared import shared_dir  # noqa: E402 (bench/ is on sys.path: a script's own folder)

from dashiji.events.model import EVENT_LAYER, Event  # noqa: E402
from dashiji.kb import load_kb  # noqa: E402
from dashiji.model import Document  # noqa: E402

FLOORS_PATH = REPO / "bench" / "floors.json"
FIELDS = ("type", "actors", "date", "status", "modality")
SEED_DATES = {"000_789da36100d29724.txt": "2025-10-22", "002_4cc2dfc617e4ab0c.txt": None}


# ---- producing events ---------------------------------------------------------------------------
def annotated(paths: Iterable[Path], date: str | None) -> list[Document]:
    """Read, extract, normalise and annotate, in-process (no events yet)."""
    inputs = [str(p) for p in paths]
    try:
        from dashiji.pipeline import annotate_documents
    except ImportError:  # the pipeline function is not there yet: the same steps by hand
        from dashiji.annotate.step import Annotate
        from dashiji.extract import Extract
        from dashiji.normalize import Normalize
        from dashiji.read import read_inputs
        from dashiji.steps import pipeline

        return list(pipeline([Extract(date), Normalize(), Annotate()], read_inputs(inputs)))
    return list(annotate_documents(inputs, date=date))


def coded(docs: list[Document]) -> list[Document]:
    from dashiji.events.step import CodeEvents

    return list(CodeEvents()(docs))


def seed_documents(shared: Path) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for name, date in SEED_DATES.items():
        docs = coded(annotated([shared / "seeds" / name], date))
        if len(docs) != 1 or docs[0].error is not None:
            err = docs[0].error if docs else "no document"
            raise SystemExit(f"{name}: the pipeline failed ({err})")
        out[name] = docs[0]
    return out


def events_of(doc: Document) -> list[Event]:
    return [Event.from_span(s) for s in doc.spans_of(EVENT_LAYER)]


# ---- matching -----------------------------------------------------------------------------------
def gold_countries(g: dict[str, Any]) -> set[str]:
    return {a.split(":", 1)[0] for a in g["actors"]}


def date_ok(g: dict[str, Any], e: Event) -> bool:
    gd = g.get("date")
    if gd is None:
        return e.date is None
    return e.date is not None and e.date[: len(gd)] == gd


def evidence_ok(g: dict[str, Any], e: Event, doc: Document) -> bool:
    quote = g["quote"]
    spans = []
    at = doc.text.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = doc.text.find(quote, at + 1)
    sentences = [(m.sentence_start, m.sentence_end) for m in e.mentions] or [(e.start, e.end)]
    for a, b in sentences:
        if quote in doc.text[a:b]:
            return True
        if any(a < qe and qs < b for qs, qe in spans):
            return True
    return False


def matches(g: dict[str, Any], e: Event, doc: Document) -> bool:
    return (
        g["type"] == e.type
        and gold_countries(g) == e.countries
        and date_ok(g, e)
        and evidence_ok(g, e, doc)
    )


class PersonMatcher:
    """Does an extracted actor stand for a gold ``COUNTRY:person-or-role``?"""

    def __init__(self) -> None:
        self.kb = load_kb()

    def __call__(self, gold_actor: str, e: Event) -> bool:
        country, _, who = gold_actor.partition(":")
        if not who:
            return country in e.countries
        want = who.lower()
        role = want.replace(" ", "_").replace("-", "_")
        for a in e.actors:
            if a.country != country:
                continue
            if a.role and a.role.lower() == role:
                return True
            names = [a.name or ""]
            entry = self.kb.by_id(a.kb_id) if a.kb_id else None
            if entry is not None:
                names += [entry.en or "", *entry.aliases]
                names += [r.role for r in entry.roles]
            if any(want in n.lower() for n in names if n):
                return True
            if entry is not None and any(r.role == role for r in entry.roles):
                return True
        return False


def field_agreement(g: dict[str, Any], e: Event, person: PersonMatcher) -> dict[str, bool]:
    actors = gold_countries(g) == e.countries and all(person(a, e) for a in g["actors"])
    return {
        "type": g["type"] == e.type,
        "actors": actors,
        "date": date_ok(g, e),
        "status": g["status"] == e.status,
        "modality": g["modality"] == e.modality,
    }


# ---- scoring ------------------------------------------------------------------------------------
def score(gold: list[dict[str, Any]], docs: dict[str, Document]) -> dict[str, Any]:
    person = PersonMatcher()
    events = {name: events_of(doc) for name, doc in docs.items()}
    required = [g for g in gold if g.get("required", True)]
    matched_req = []
    missed = []
    for g in required:
        doc = docs[g["doc"]]
        if any(matches(g, e, doc) for e in events[g["doc"]]):
            matched_req.append(g)
        else:
            missed.append(g)
    tp = 0
    false_pos: list[tuple[str, Event]] = []
    for name, evs in events.items():
        golds = [g for g in gold if g["doc"] == name]
        for e in evs:
            if any(matches(g, e, docs[name]) for g in golds):
                tp += 1
            else:
                false_pos.append((name, e))
    n_events = sum(len(v) for v in events.values())
    agree = {f: 0 for f in FIELDS}
    aligned = 0
    pairs: list[tuple[dict[str, Any], Event | None, dict[str, bool]]] = []
    for g in required:
        doc = docs[g["doc"]]
        cands = [e for e in events[g["doc"]] if evidence_ok(g, e, doc)]
        if not cands:
            pairs.append((g, None, {}))
            continue
        best = max(cands, key=lambda e: sum(field_agreement(g, e, person).values()))
        fa = field_agreement(g, best, person)
        aligned += 1
        for f in FIELDS:
            agree[f] += fa[f]
        pairs.append((g, best, fa))
    conditions = _condition_words()
    hypo_occurred = [
        e
        for evs in events.values()
        for e in evs
        if e.status == "occurred"
        and (e.modality == "hypothetical" or _opens_with(e.sentence, conditions))
    ]
    gold_by_id = {g["id"]: g for g in gold}
    checks = {
        "no_hypothetical_occurred": not hypo_occurred,
        "budapest_postponed": _status_of(gold_by_id["s000-02"], docs, events) == "postponed",
        "alaska_planned": _status_of(gold_by_id["s002-01"], docs, events) == "planned",
    }
    return {
        "required": len(required),
        "matched_required": len(matched_req),
        "recall": len(matched_req) / len(required) if required else 0.0,
        "events": n_events,
        "true_positive": tp,
        "precision": tp / n_events if n_events else 0.0,
        "aligned": aligned,
        "fields": {f: (agree[f] / aligned if aligned else 0.0) for f in FIELDS},
        "missed": [{"id": g["id"], "quote": g["quote"]} for g in missed],
        "false_positives": [
            {
                "doc": name,
                "type": e.type,
                "actors": sorted(e.countries),
                "date": e.date,
                "modality": e.modality,
                "quote": e.quote,
            }
            for name, e in false_pos
        ],
        "field_errors": [
            {
                "id": g["id"],
                "wrong": [f for f in FIELDS if not fa.get(f, False)],
                "got": None
                if e is None
                else {
                    "type": e.type,
                    "actors": [f"{a.country}:{a.name}" for a in e.actors],
                    "date": e.date,
                    "status": e.status,
                    "modality": e.modality,
                },
            }
            for g, e, fa in pairs
            if not all(fa.get(f, False) for f in FIELDS)
        ],
        "checks": checks,
    }


def _condition_words() -> tuple[str, ...]:
    from dashiji.events.codebook import load_codebook

    words = load_codebook().cues.words("modality", "hypothetical")
    return tuple(sorted(words, key=len, reverse=True))


def _opens_with(sentence: str, words: tuple[str, ...]) -> bool:
    """A sentence that is only hypothetical opens with a condition (如果…就…, 若…), not with the
    rhetorical 如果说."""
    text = sentence.lstrip(" \u3000“\"'「『（(")
    return any(text.startswith(w) for w in words) and not text.startswith(("如果说", "要说"))


def _status_of(
    g: dict[str, Any], docs: dict[str, Document], events: dict[str, list[Event]]
) -> str | None:
    doc = docs[g["doc"]]
    for e in events[g["doc"]]:
        if matches(g, e, doc):
            return e.status
    return None


# ---- speed --------------------------------------------------------------------------------------
def speed(docs: dict[str, Document], runs: int) -> dict[str, float]:
    """Articles per second on one core, in CPU time (other jobs on the machine do not count)."""
    from dashiji.annotate.step import Annotate
    from dashiji.events.coder import default_coder

    coder = default_coder()
    annotated_docs = list(docs.values())
    coder.code(annotated_docs[0])  # warm: codebook, KB, automata
    n_events = 0
    t0 = time.process_time()
    for _ in range(runs):
        for d in annotated_docs:
            n_events += len(coder.code(d))
    t_code = time.process_time() - t0
    plain = []
    for d in annotated_docs:
        c = copy.deepcopy(d)
        c.spans = [s for s in c.spans if s.layer == "sentence"]
        plain.append(c)
    annotate = Annotate()
    annotate.process(copy.deepcopy(plain[0]))
    reps = max(1, runs // 4)
    t0 = time.process_time()
    for _ in range(reps):
        for d in plain:
            coder.code(annotate.process(d))
    t_both = time.process_time() - t0
    n_docs = len(annotated_docs)
    return {
        "coding_articles_per_s": runs * n_docs / t_code,
        "coding_events_per_s": n_events / t_code,
        "coding_ms_per_article": 1000 * t_code / (runs * n_docs),
        "annotate_code_articles_per_s": reps * n_docs / t_both,
        "runs": runs,
    }


# ---- output -------------------------------------------------------------------------------------
def table(res: dict[str, Any], sp: dict[str, float] | None) -> str:
    rows = [
        (
            "recall (required)",
            f"{res['recall']:.3f}",
            f"{res['matched_required']}/{res['required']}",
        ),
        ("precision", f"{res['precision']:.3f}", f"{res['true_positive']}/{res['events']}"),
    ]
    for f in FIELDS:
        rows.append((f"{f} accuracy", f"{res['fields'][f]:.3f}", f"over {res['aligned']} aligned"))
    for k, v in res["checks"].items():
        rows.append((k.replace("_", " "), "ok" if v else "FAIL", ""))
    if sp is not None:
        rows.append(
            (
                "coding articles/s",
                f"{sp['coding_articles_per_s']:.0f}",
                f"{sp['coding_ms_per_article']:.2f} ms/article",
            )
        )
        rows.append(
            ("coding events/s", f"{sp['coding_events_per_s']:.0f}", f"{sp['runs']} runs × 2 seeds")
        )
        rows.append(("annotate+code articles/s", f"{sp['annotate_code_articles_per_s']:.0f}", ""))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = [f"{'metric':<{w0}}  {'value':>{w1}}  note", f"{'-' * w0}  {'-' * w1}  ----"]
    lines += [f"{a:<{w0}}  {b:>{w1}}  {c}" for a, b, c in rows]
    lines.append("")
    lines.append(f"missed required events ({len(res['missed'])}):")
    lines += [f"  {m['id']}  {m['quote']}" for m in res["missed"]] or ["  none"]
    lines.append(f"false positives ({len(res['false_positives'])}):")
    lines += [
        f"  {fp['doc'][:3]}  {fp['type']} {'/'.join(fp['actors'])} date={fp['date']} "
        f"{fp['modality']}  {fp['quote']}"
        for fp in res["false_positives"]
    ] or ["  none"]
    return "\n".join(lines)


def check(res: dict[str, Any], sp: dict[str, float] | None) -> list[str]:
    floors = json.loads(FLOORS_PATH.read_text("utf-8")).get("events", {})
    values = {"recall": res["recall"], "precision": res["precision"]}
    values.update({f"{f}_accuracy": v for f, v in res["fields"].items()})
    if sp is not None:
        values.update(sp)
    fails = []
    for key, floor in floors.items():
        if key.startswith("_") or key not in values:
            continue
        if values[key] < floor:
            fails.append(f"{key} {values[key]:.3f} < floor {floor}")
    fails += [f"check failed: {k}" for k, v in res["checks"].items() if not v]
    return fails


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=200, help="speed runs over both seeds (0: none)")
    ap.add_argument("--json", help="write the full result here")
    ap.add_argument("--check", action="store_true", help="exit 1 below the floors")
    ap.add_argument("--verbose", action="store_true", help="also list field errors")
    args = ap.parse_args(argv)
    shared = shared_dir()
    gold = [
        json.loads(x)
        for x in (shared / "gold" / "events.seeds.jsonl").read_text("utf-8").splitlines()
        if x.strip()
    ]
    docs = seed_documents(shared)
    res = score(gold, docs)
    sp = speed(docs, args.runs) if args.runs > 0 else None
    print(table(res, sp))
    if args.verbose:
        print(f"field errors ({len(res['field_errors'])}):")
        for fe in res["field_errors"]:
            print(f"  {fe['id']}  wrong={','.join(fe['wrong'])}  got={fe['got']}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"score": res, "speed": sp}, ensure_ascii=False, indent=2), "utf-8"
        )
    if args.check:
        fails = check(res, sp)
        for f in fails:
            print("FAIL", f, file=sys.stderr)
        return 1 if fails else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
