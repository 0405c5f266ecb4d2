"""The ``dashiji`` command line (typer + rich).

Machine-readable output (``--format jsonl``) goes to stdout; progress, summaries and errors go to
stderr, so ``dashiji extract … --format jsonl > out.jsonl`` stays clean.  The exit code is 0 when
every document went through, 1 when any failed (the run still goes on past each failure), 2 on a
usage or fatal error.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from . import __version__
from .errors import FatalError, NotOnPostgres
from .model import Document, Span

app = typer.Typer(
    name="dashiji",
    help="dashiji (大事记): Chinese news → clean, dated, stored articles and events.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DEFAULT_DB = "dashiji.db"

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="DASHIJI_DB",
        help="SQLite store file, or a PostgreSQL database: postgresql://user@host/dbname.",
        show_default=True,
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Date (YYYY-MM-DD) for documents that carry none of their own; "
        "relative dates are resolved against it.",
    ),
]
WorkersOption = Annotated[
    int,
    typer.Option("--workers", "-j", min=1, help="Worker processes (1 = all in this process)."),
]
InputsArg = Annotated[
    list[str],
    typer.Argument(help="Files, directories, globs, JSONL, WARC, URLs or feeds ('-' = stdin)."),
]


StoryOption = Annotated[
    str | None, typer.Option("--story", help="A story id (see 'dashiji stories').")
]
OutputOption = Annotated[
    str, typer.Option("--output", "-o", help="Write to this file instead of the terminal.")
]


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    text = "text"


JsonlFormat = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]
StatisticalOption = Annotated[
    bool,
    typer.Option("--statistical/--no-statistical", help="Also run the LAC name recogniser."),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"dashiji {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
    kb: Annotated[
        list[Path] | None,
        typer.Option(
            "--kb",
            help="Your own actor knowledge-base file or directory (JSONL, same schema); "
            "repeatable. Also $DASHIJI_KB.",
        ),
    ] = None,
) -> None:
    """dashiji (大事记): Chinese news → a sourced, dated chronicle."""
    if kb:
        from .kb.load import USER_KB_ENV

        # Through the environment, so process-pool workers load the same knowledge base.
        given = [str(p) for p in kb]
        os.environ[USER_KB_ENV] = os.pathsep.join(
            [*given, *filter(None, os.environ.get(USER_KB_ENV, "").split(os.pathsep))]
        )


@contextmanager
def _fatal_errors() -> Iterator[None]:
    try:
        yield
    except FatalError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from exc


class _Rate(ProgressColumn):
    """Documents per second."""

    def render(self, task: Any) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "", style="progress.data.speed")


#: Seconds between progress lines when stderr is not a terminal (a log file, CI).
LOG_EVERY = 10.0


@contextmanager
def _progress(label: str, total: int | None = None) -> Iterator[Any]:
    """Progress on stderr: a bar with count, rate and time left (when the total is known) on a
    terminal; otherwise a line every :data:`LOG_EVERY` seconds and one at the end."""
    import time

    columns: list[Any] = [
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
    ]
    if total is not None:
        columns.append(TimeRemainingColumn())
    columns.append(TextColumn("{task.fields[last]}"))
    progress = Progress(*columns, console=err, transient=True, disable=not err.is_terminal)
    started = last_line = time.monotonic()
    done = 0

    def line(final: bool = False) -> None:
        elapsed = max(time.monotonic() - started, 1e-9)
        rate = done / elapsed
        of = f" of {total}" if total is not None else ""
        left = ""
        if total is not None and rate > 0 and not final:
            secs = int(max(total - done, 0) / rate)
            left = f", about {secs // 60}m{secs % 60:02d}s left"
        err.print(
            f"{label}: {done}{of} documents, {rate:.1f}/s{left}", highlight=False, soft_wrap=True
        )

    with progress:
        task = progress.add_task(label, total=total, last="")

        def advance(doc: Document) -> None:
            nonlocal done, last_line
            done += 1
            progress.update(task, advance=1, last=escape(doc.source[-50:]))
            if not err.is_terminal and time.monotonic() - last_line >= LOG_EVERY:
                last_line = time.monotonic()
                line()

        yield advance
    if not err.is_terminal and done and last_line != started:
        line(final=True)


def _summary(counts: Counter[str], failures: Counter[str]) -> None:
    parts = [f"{name} {n}" for name, n in counts.items() if n]
    line = ", ".join(parts) or "no documents"
    if failures:
        reasons = ", ".join(f"{code} {n}" for code, n in failures.most_common())
        err.print(f"[bold]{line}[/]; [red]failed {sum(failures.values())}[/] ({reasons})")
    else:
        err.print(f"[bold]{line}[/]; failed 0")


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _run_and_report(
    label: str, docs: Iterable[Document], show: Callable[[Document], int], unit: str
) -> None:
    """Drive ``docs`` with a progress display; ``show`` prints one document and returns how many
    items it printed.  Failed documents are counted by reason; the exit code says if any failed."""
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    with _fatal_errors(), _progress(label) as advance:
        for doc in docs:
            advance(doc)
            if doc.error:
                failures[doc.error.code] += 1
            else:
                counts["documents"] += 1
            shown = show(doc)
            if unit:
                counts[unit] += shown
            sys.stdout.flush()
    _summary(counts, failures)
    raise typer.Exit(1 if failures else 0)


def article_record(doc: Document) -> dict[str, Any]:
    """The ``extract --format jsonl`` record of one document."""
    a = doc.article
    return {
        "id": doc.id,
        "source": doc.source,
        "title": a.title if a else None,
        "published": a.published if a else None,
        "published_from": a.published_from if a else None,
        "author": a.author if a else None,
        "outlet": a.outlet if a else None,
        "script": a.script if a else None,
        "body": a.body if a else [],
        "captions": a.captions if a else [],
        "duplicate_of": doc.duplicate_of,
        "error": doc.error.code if doc.error else None,
        "error_detail": doc.error.message if doc.error else None,
    }


def _print_article(doc: Document) -> None:
    a = doc.article
    out.rule(escape(doc.id))
    out.print(f"[dim]source[/]    {escape(doc.source)}")
    if doc.error:
        out.print(f"[red]error[/]     {escape(doc.error.code)}: {escape(doc.error.message)}")
        return
    if doc.duplicate_of:
        out.print(f"[yellow]duplicate of[/] {escape(doc.duplicate_of)}")
    if a is None:
        return
    out.print(f"[dim]title[/]     [bold]{escape(a.title or '(none)')}[/]")
    published = a.published or "unknown"
    how = f" [dim]({escape(a.published_from)})[/]" if a.published_from else ""
    out.print(f"[dim]published[/] {escape(published)}{how}")
    for label, value in (("author", a.author), ("outlet", a.outlet), ("script", a.script)):
        if value:
            out.print(f"[dim]{label:<9}[/] {escape(value)}")
    out.print()
    for block in a.blocks:
        if block.kind == "caption":
            out.print(f"  [italic cyan]〔图〕{escape(block.text)}[/]")
        else:
            out.print(f"  {escape(block.text)}")
    out.print()


@app.command()
def extract(
    inputs: InputsArg,
    date: DateOption = None,
    fmt: JsonlFormat = OutputFormat.jsonl,
    workers: WorkersOption = 1,
) -> None:
    """Extract clean articles without a store: one JSON object per document on stdout."""
    from .pipeline import extract_documents

    def show(doc: Document) -> int:
        if fmt is OutputFormat.jsonl:
            _emit(article_record(doc))
        else:
            _print_article(doc)
        return 1

    with _fatal_errors():
        docs = extract_documents(inputs, date=date, workers=workers)
    _run_and_report("extracting", docs, show, "")


# The fields of each annotation layer in ``annotate --format jsonl``: the name the span's label
# goes under, then the attributes copied from the span.
_LAYER_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "entity": (
        "type",
        ("kb_id", "name", "country", "cameo", "role", "source", "refers_to", "members"),
    ),
    "time": ("kind", ("value", "precision", "approx", "direction")),
    "quantity": ("kind", ("value", "high", "unit", "approx")),
}


def _span_record(text: str, span: Span) -> dict[str, Any]:
    label_key, keys = _LAYER_FIELDS[span.layer]
    record: dict[str, Any] = {
        "text": text[span.start : span.end],
        "start": span.start,
        "end": span.end,
        label_key: span.label,
    }
    record.update({k: span.attrs.get(k) for k in keys})
    return record


def annotation_record(doc: Document) -> dict[str, Any]:
    """The ``annotate --format jsonl`` record of one document: offsets index ``text``."""
    return {
        "id": doc.id,
        "source": doc.source,
        "reference_date": doc.reference_date,
        "error": doc.error.code if doc.error else None,
        "text": doc.text,
        "entities": [_span_record(doc.text, s) for s in doc.spans_of("entity")],
        "times": [_span_record(doc.text, s) for s in doc.spans_of("time")],
        "quantities": [_span_record(doc.text, s) for s in doc.spans_of("quantity")],
    }


def _print_annotations(doc: Document) -> None:
    rec = annotation_record(doc)
    for title, key, cols in (
        ("entities", "entities", ("text", "type", "name", "kb_id", "country", "cameo", "role")),
        ("times", "times", ("text", "kind", "value", "precision")),
        ("quantities", "quantities", ("text", "kind", "value", "unit", "approx")),
    ):
        rows = rec[key]
        if not rows:
            continue
        table = Table(*cols, "start", title=f"{title} ({len(rows)})", title_justify="left")
        for row in rows:
            table.add_row(
                *(escape("" if row[c] is None else str(row[c])) for c in (*cols, "start"))
            )
        out.print(table)


@app.command()
def annotate(
    inputs: InputsArg,
    date: DateOption = None,
    fmt: JsonlFormat = OutputFormat.jsonl,
    workers: WorkersOption = 1,
    statistical: StatisticalOption = False,
) -> None:
    """Entities (linked to the knowledge base), times and quantities of each article."""
    from .pipeline import annotate_documents

    def show(doc: Document) -> int:
        if fmt is OutputFormat.jsonl:
            _emit(annotation_record(doc))
        else:
            _print_article(doc)
            _print_annotations(doc)
        return 1

    with _fatal_errors():
        docs = annotate_documents(inputs, date, workers, statistical)
    _run_and_report("annotating", docs, show, "")


#: How many failed inputs the ingest summary names (all of them: ``dashiji failures``).
FAILURES_SHOWN = 10


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOption = DEFAULT_DB,
    date: DateOption = None,
    workers: WorkersOption = 1,
    statistical: StatisticalOption = False,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include", help="Only files of directories/globs matching this glob (repeatable)."
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Skip files matching this glob: 'README*' (repeatable)."),
    ] = None,
    retry_failed: Annotated[
        bool | None,
        typer.Option(
            "--retry-failed/--no-retry-failed",
            help="Try stored failures again (default: those whose cause may have changed — "
            "network errors, or failures recorded by another dashiji version).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read, extract, annotate and store documents (idempotent: re-running adds nothing)."""
    from .pipeline import ingest as run_ingest
    from .read import Selection, count_inputs
    from .store import Store

    selection = Selection(tuple(include or ()), tuple(exclude or ()))
    total = count_inputs(inputs, selection)
    with (
        _fatal_errors(),
        Store.open(db) as store,
        _progress("ingesting", total) as advance,
    ):
        report = run_ingest(
            inputs,
            store,
            date=date,
            on_document=advance,
            workers=workers,
            statistical=statistical,
            retry_failed=retry_failed,
            selection=selection,
        )
    counts = Counter(
        {
            "stored": report.stored,
            "duplicates": report.duplicates,
            "already stored": report.skipped,
            "retried": report.retried,
        }
    )
    _summary(counts, report.failed)
    for doc_id, source, code, message in report.failures[:FAILURES_SHOWN]:
        err.print(
            f"  [red]{escape(code)}[/] {escape(source)}"
            + (f" ({escape(doc_id)})" if doc_id not in source else "")
            + f": {escape(message[:160])}",
            highlight=False,
            soft_wrap=True,
        )
    more = sum(report.failed.values()) - min(len(report.failures), FAILURES_SHOWN)
    if more > 0:
        err.print(
            f"  … and {more} more: dashiji failures --db {escape(_shown(db))}", soft_wrap=True
        )
    if report.still_failed:
        err.print(
            f"[yellow]{report.still_failed} of the documents already stored had failed before "
            f"and were not tried again[/] (--retry-failed tries them; dashiji failures lists them)",
            soft_wrap=True,
        )
    err.print(f"[dim]store: {escape(_shown(db))}[/]")
    raise typer.Exit(0 if report.ok else 1)


class Engine(StrEnum):
    local = "local"
    spark = "spark"


@app.command("run")
def run_batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories, globs, JSONL(.gz), WARC(.gz), or *.paths(.gz) lists."
        ),
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Output directory (Parquet tables).")],
    engine: Annotated[Engine, typer.Option("--engine", help="Where the tasks run.")] = Engine.local,
    workers: WorkersOption = 1,
    master: Annotated[
        str | None,
        typer.Option(
            "--master", help="Spark master (local[2], yarn, spark://…); default: spark-submit's."
        ),
    ] = None,
    files_per_task: Annotated[
        int | None,
        typer.Option(
            "--files-per-task",
            min=1,
            help="Input files read by one task (default: cut by size — small files share a "
            "task, a big WARC file has its own — with at least 4 tasks per worker).",
        ),
    ] = None,
    date: DateOption = None,
    statistical: StatisticalOption = False,
    stories: Annotated[
        bool,
        typer.Option(
            "--stories/--no-stories",
            help="After the job, group the articles into stories and merge their events (on "
            "this machine, into DIR/store.db) and write those tables too.",
        ),
    ] = False,
) -> None:
    """Run the pipeline over many files on a process pool or Spark, writing Parquet tables
    (articles, spans, entities, events, event_mentions); re-running adds nothing."""
    from .batch import LocalEngine, Options, SparkEngine, run_batch

    options = Options(date=date, statistical=statistical)
    with _fatal_errors():
        runner = (
            SparkEngine(master=master) if engine is Engine.spark else LocalEngine(workers, options)
        )
        try:
            report = run_batch(inputs, out_dir, runner, options, files_per_task=files_per_task)
        finally:
            runner.close()
    failures = Counter({k.split(":", 1)[1]: v for k, v in report.counts.items() if ":" in k})
    counts = Counter(
        {
            "stored": report.counts["ok"],
            "duplicates": report.counts["duplicate"],
            "read twice": report.counts["repeated"],
            "tasks already done": report.skipped_tasks,
        }
    )
    if stories and report.documents:
        from .batch.stories import make_stories

        with _fatal_errors():
            made = make_stories(out_dir)
        counts["stories"] = made["stories"]
        counts["merged events"] = made["merged_events"]
    _summary(counts, failures)
    for key, error in report.failed_tasks[:FAILURES_SHOWN]:
        err.print(f"  [red]task {escape(key)} failed[/]: {escape(error.strip().splitlines()[-1])}")
    err.print(f"[dim]tables: {escape(str(out_dir))}[/]")
    raise typer.Exit(0 if report.ok else 1)


@app.command("load")
def load_command(
    out_dir: Annotated[Path, typer.Argument(help="The --out directory of a 'dashiji run'.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Put the tables of a 'dashiji run' into a store, with stories and merged events."""
    from .batch.load import load as load_tables
    from .store import Store

    with _fatal_errors(), Store.open(db) as store, _progress("loading") as advance:
        new, old = load_tables(out_dir, store, on_document=advance)
    err.print(f"[bold]stored {new}[/], already stored {old}")
    err.print(f"[dim]store: {escape(str(db))}[/]")


@app.command()
def failures(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1)] = None,
) -> None:
    """The documents stored as failed: source, reason, message (latest first)."""
    with _fatal_errors(), _open_existing(db) as store:
        rows = store.failures(limit)
    if fmt is OutputFormat.jsonl:
        for row in rows:
            _emit(row)
        return
    if not rows:
        err.print("no failed documents")
        return
    table = Table("reason", "source", "message", "id", title=f"{len(rows)} failed documents")
    for row in rows:
        table.add_row(
            escape(str(row["code"])),
            escape(str(row["source"])),
            escape(str(row["message"] or "")[:120]),
            escape(str(row["id"])),
        )
    out.print(table)


def _shown(db: str) -> str:
    """The store as messages name it (a PostgreSQL URL without its password)."""
    from .store.postgres import redact

    return redact(db)


def _open_existing(db: str) -> Any:
    from .store import Store
    from .store.postgres import is_postgres_url

    if not is_postgres_url(db) and not Path(db).exists():
        err.print(
            f"[bold red]error:[/] no store at {escape(_shown(db))} (run 'dashiji ingest' first)"
        )
        raise typer.Exit(2)
    return Store.open(db)


@app.command()
def show(
    ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ID]...", help="Document ids (none: every stored document)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many.")] = 50,
    annotations: Annotated[
        bool, typer.Option("--annotations", "-a", help="Also entities, times, quantities.")
    ] = False,
) -> None:
    """Show stored documents: the clean article, its date and where it came from."""
    missing = 0
    with _fatal_errors(), _open_existing(db) as store:
        if ids:
            docs = []
            for doc_id in ids:
                doc = store.get(doc_id)
                if doc is None:
                    err.print(f"[red]no document {escape(doc_id)}[/]")
                    missing += 1
                else:
                    docs.append(doc)
        else:
            docs = [d for _, d in zip(range(limit), store.iter_documents(), strict=False)]
    for doc in docs:
        if fmt is OutputFormat.jsonl:
            record = article_record(doc)
            if annotations:
                record.update(annotation_record(doc))
            _emit(record)
        else:
            _print_article(doc)
            if annotations:
                _print_annotations(doc)
    if missing:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words of any length (美, 郭美美), "phrases", OR, -exclude, (groups); '
            "either script. Every term matches as a substring."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Hits per page.")] = 20,
    offset: Annotated[int, typer.Option("--offset", help="Hits to skip (pagination).")] = 0,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """Full-text search over stored articles: the total and one page of hits, best first."""
    with _fatal_errors(), _open_existing(db) as store:
        result = store.search(query, limit=limit, offset=offset)
    if fmt is OutputFormat.jsonl:
        err.print(f"{result.total} matches")
        for hit in result.hits:
            _emit(asdict(hit))
        return
    if not result.total:
        err.print("no match")
        raise typer.Exit(1)
    shown = f"{offset + 1}-{offset + len(result.hits)}" if result.hits else "none"
    out.print(f"{result.total} matches (showing {shown})")
    if not result.hits:
        return
    table = Table("#", "id", "published", "outlet", "title", "snippet", show_lines=False)
    for n, hit in enumerate(result.hits, start=offset + 1):
        table.add_row(
            str(n),
            escape(hit.id),
            escape(hit.published or ""),
            escape(hit.outlet or ""),
            hit.marked_title("[bold]", "[/bold]", escape=escape),
            hit.marked("[bold yellow]", "[/bold yellow]", escape=escape),
        )
    out.print(table)


@app.command()
def actors(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 30,
    entity_type: Annotated[str | None, typer.Option("--type", help="PER, ORG, GPE or LOC.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """The most mentioned actors in the store, with counts."""
    with _fatal_errors(), _open_existing(db) as store:
        rows = store.top_entities(limit, type=entity_type)
    if fmt is OutputFormat.jsonl:
        for row in rows:
            _emit(row)
        return
    table = Table("actor", "type", "kb id", "country", "cameo", "mentions", "documents")
    for row in rows:
        table.add_row(
            *(
                escape("" if row[k] is None else str(row[k]))
                for k in ("name", "type", "kb_id", "country", "cameo", "mentions", "documents")
            )
        )
    out.print(table)


class ChronicleFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"


ActorFilter = Annotated[
    str | None,
    typer.Option("--actor", help="A KB id, a name or alias (either script), a country code."),
]
TypeFilter = Annotated[
    str | None, typer.Option("--type", help="PLOVER type(s), comma-separated (e.g. CONSULT).")
]
FromFilter = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="YYYY, YYYY-MM or YYYY-MM-DD: events whose every day is on or after its first day "
        "(undated events left out).",
    ),
]
ToFilter = Annotated[
    str | None,
    typer.Option(
        "--to",
        help="YYYY, YYYY-MM or YYYY-MM-DD: events whose every day is on or before its last day "
        "(undated events left out).",
    ),
]


@app.command()
def events(
    inputs: InputsArg,
    date: DateOption = None,
    fmt: JsonlFormat = OutputFormat.jsonl,
    workers: WorkersOption = 1,
    statistical: StatisticalOption = False,
) -> None:
    """Code the events of each article: one JSON object per event, with its evidence."""
    from .events.model import EVENT_LAYER, Event
    from .pipeline import annotate_documents

    def show(doc: Document) -> int:
        spans = [] if doc.error else doc.spans_of(EVENT_LAYER)
        for span in spans:
            event = Event.from_span(span)
            if fmt is OutputFormat.jsonl:
                _emit(event.to_record())
            else:
                out.print(escape(_event_line(event)))
        return len(spans)

    with _fatal_errors():
        docs = annotate_documents(inputs, date, workers, statistical, events=True)
    _run_and_report("coding events", docs, show, "events")


def _event_line(event: Any) -> str:
    actors = ", ".join(f"{a.name}({a.country or '?'})/{a.side}" for a in event.actors)
    when = event.date or (f"~{event.reported}" if event.reported else "undated")
    kind = event.type or "-"
    news = f" {event.news_type}" if event.news_type else ""
    return (
        f"{when:<12} {kind:<9} {event.cameo or '-':<5}{news} {event.status:<9} "
        f"{event.modality:<12} {actors} — {event.quote}"
    )


@app.command()
def chronicle(
    db: DbOption = DEFAULT_DB,
    actor: ActorFilter = None,
    event_type: TypeFilter = None,
    date_from: FromFilter = None,
    date_to: ToFilter = None,
    fmt: Annotated[ChronicleFormat, typer.Option("--format")] = ChronicleFormat.md,
    story: StoryOption = None,
    output: OutputOption = "-",
) -> None:
    """The chronicle (大事记): stored events in order of their own date, one line per event
    however many articles report it, with their sources."""
    from .chronicle import chronicle as build
    from .chronicle import render
    from .export import iter_events
    from .stories.queries import merged_events, story_row

    with _fatal_errors(), _open_existing(db) as store:
        _stories_current(store)
        docs: set[str] | None = None
        if story is not None:
            row = story_row(store.connection, story)
            story, docs = row["story_id"], set(row["doc_ids"])
        try:
            pairs = iter_events(
                store, actor=actor, type=event_type, date_from=date_from, date_to=date_to
            )
            ch = build(
                (p for p in pairs if docs is None or p[0].id in docs),
                merged=merged_events(store, story),
            )
        except ValueError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from exc
        text = render(ch, fmt.value)
    _write_text(text, output, markdown=fmt is ChronicleFormat.md)


def _write_text(text: str, output: str, *, markdown: bool = False) -> None:
    """Print ``text`` (Markdown rendered on a terminal), or write it to the file ``output``."""
    text = text if text.endswith("\n") else text + "\n"
    if output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            err.print(f"[bold red]error:[/] cannot write {escape(output)}: {escape(str(exc))}")
            raise typer.Exit(2) from exc
        err.print(f"→ {escape(output)}")
        return
    if markdown and sys.stdout.isatty():
        from rich.markdown import Markdown

        out.print(Markdown(text))
    else:
        sys.stdout.write(text)


def _stories_current(store: Any) -> None:
    """Add to their stories the stored articles that are not in one yet (a store written by an
    older dashiji, or a killed run)."""
    from .stories.update import catch_up, pending

    ids = pending(store)
    if ids:
        err.print(f"adding {len(ids)} stored articles to stories and events …")
        catch_up(store, ids=ids)


class StoriesFormat(StrEnum):
    jsonl = "jsonl"
    md = "md"


class TimelineFormat(StrEnum):
    md = "md"
    json = "json"
    html = "html"


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[StoriesFormat, typer.Option("--format")] = StoriesFormat.md,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Only stories of this many articles.")
    ] = 1,
    output: OutputOption = "-",
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Regroup every stored article and re-merge its events."),
    ] = False,
    remerge: Annotated[
        bool,
        typer.Option("--remerge", help="Re-merge events from the stored mentions (stories kept)."),
    ] = False,
) -> None:
    """Stories: the stored articles grouped by what they report, with their events."""
    from .stories.queries import iter_stories
    from .stories.render import stories_jsonl, stories_md
    from .stories.update import rebuild as rebuild_all
    from .stories.update import remerge_events

    with _fatal_errors(), _open_existing(db) as store:
        if rebuild:
            n = rebuild_all(store)
            err.print(f"regrouped {n} articles")
        elif remerge:
            n = remerge_events(store)
            err.print(f"re-merged the mentions into {n} events")
        else:
            _stories_current(store)
        found = list(iter_stories(store, min_articles=min_articles))
    text = stories_jsonl(found) if fmt is StoriesFormat.jsonl else stories_md(found)
    _write_text(text, output, markdown=fmt is StoriesFormat.md)


@app.command()
def event(
    event_id: Annotated[str, typer.Argument(help="An event id (or one of its mentions' ids).")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """One event, however many articles report it: its status history and every report, with
    the sentence and why it was merged."""
    from .stories.queries import event_record

    with _fatal_errors(), _open_existing(db) as store:
        _stories_current(store)
        rec = event_record(store, event_id)
    if fmt is OutputFormat.jsonl:
        _emit(rec)
        return
    out.print(f"[bold]{escape(str(rec['summary'] or ''))}[/]  [dim]{escape(rec['event_id'])}[/]")
    out.print(
        f"{escape(str(rec['date'] or '日期未定'))} ({escape(str(rec['precision'] or ''))}"
        f"{', 据报道日期' if rec['date_source'] == 'report' else ''}) · "
        f"{escape(str(rec['status']))} · {escape(str(rec['modality']))} · "
        f"{rec['num_articles']} 篇 / {rec['num_sources']} 个来源"
    )
    for h in rec["status_history"]:
        out.print(
            f"  {escape(str(h['status'])):<10} {escape(str(h.get('date') or '')):<12}"
            f" as of {escape(str(h.get('as_of') or ''))} — {escape(str(h.get('doc_id') or ''))}"
        )
    for m in rec["mentions"]:
        why = m["merge_reason"]
        reason = (
            f"joined: actors {', '.join(why.get('actors') or [])}; date {why.get('date')}"
            if why
            else "first report"
        )
        title = escape(str(m["title"] or m["doc_id"]))
        out.print(
            f"\n[bold]{escape(str(m['published'] or ''))}[/] {title}"
            f" [dim]({escape(m['doc_id'])}; {escape(reason)})[/]"
        )
        out.print(f"  “{escape(str(m['sentence'] or ''))}”")


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    story: StoryOption = None,
    dates: Annotated[
        int, typer.Option("--dates", "-n", min=1, help="The N most important dates.")
    ] = 10,
    fmt: Annotated[TimelineFormat, typer.Option("--format")] = TimelineFormat.md,
    output: OutputOption = "-",
) -> None:
    """A story's timeline (大事记): its most important dates, each with a one-line summary and
    its sources, and what was planned, put off or called off with its status history (without
    --story: everything in the store)."""
    from .stories.queries import story_row, story_timeline
    from .stories.render import timeline_html, timeline_json, timeline_md

    with _fatal_errors(), _open_existing(db) as store:
        _stories_current(store)
        title = None
        if story is not None:
            row = story_row(store.connection, story)
            story, title = row["story_id"], row["title"]
        entries = story_timeline(store, story, dates)
    render = {"md": timeline_md, "json": timeline_json, "html": timeline_html}[fmt.value]
    _write_text(render(title, story, entries), output, markdown=fmt is TimelineFormat.md)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Table format.")],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="File (gdelt: events file, mentions beside it), directory (parquet), or '-'.",
        ),
    ] = "-",
    db: DbOption = DEFAULT_DB,
    actor: ActorFilter = None,
    event_type: TypeFilter = None,
    date_from: FromFilter = None,
    date_to: ToFilter = None,
    header: Annotated[bool, typer.Option("--header", help="Header row (gdelt).")] = False,
) -> None:
    """Export stored events: GDELT 2.0 event + mentions tables, JSONL, Parquet or CSV."""
    from .export import export_events

    if output == "-" and fmt is ExportFormat.parquet:
        err.print("[bold red]error:[/] parquet needs --output DIRECTORY")
        raise typer.Exit(2)
    target: Any = sys.stdout if output == "-" else Path(output)
    with _fatal_errors(), _open_existing(db) as store:
        try:
            counts = export_events(
                store,
                fmt.value,
                target,
                actor=actor,
                type=event_type,
                date_from=date_from,
                date_to=date_to,
                header=header,
            )
        except ValueError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from exc
    files = ", ".join(str(f) for f in counts.get("files", [])) or "stdout"
    err.print(
        f"[bold]{counts.get('events', 0)} events[/] from {counts.get('documents', 0)} documents"
        f" → {escape(files)}"
    )


@app.command()
def stats(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """What the store holds."""
    from .stories.queries import counts

    with _fatal_errors(), _open_existing(db) as store:
        _stories_current(store)
        data = store.stats()
        data.update(counts(store))
    if fmt is OutputFormat.jsonl:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
        return
    table = Table("measure", "value", title=escape(_shown(db)))
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        table.add_row(escape(str(key)), escape(str(value)))
    out.print(table)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Server processes, each with its own connections and caches: 2 answers "
            "sooner on two cores that serve nothing else, not on a busy machine (README).",
        ),
    ] = 1,
) -> None:
    # (--help reads the docstring as rich markup: "\\[" keeps [serve] from being eaten as a tag)
    """Serve the store read-only: web pages at http://HOST:PORT/, the JSON API under /api,
    its reference at /docs (needs the 'serve' extra: pip install 'dashiji\\[serve]')."""
    from .serve import run as serve_app
    from .store.postgres import is_postgres_url

    with _fatal_errors():
        if is_postgres_url(db):
            raise NotOnPostgres(
                "dashiji serve reads a SQLite store file; it cannot serve a PostgreSQL store yet"
            )
        with _open_existing(db) as store:  # bring an older store up to date, once
            _stories_current(store)
        err.print(f"serving {escape(_shown(db))} at http://{escape(host)}:{port}/ (read-only)")
        serve_app(Path(db), host=host, port=port, workers=workers)


def run() -> None:  # pragma: no cover - console entry for `python -m dashiji`
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()
