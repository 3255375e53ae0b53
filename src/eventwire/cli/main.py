"""``eventwire`` command: a thin layer over :mod:`eventwire.service` and the store."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import InputError, ModelMissingError
from ..options import DEFAULT_DOC_SECONDS, DEFAULT_MAX_BYTES, Options, default_db_path, is_server_url
from .clusters import render_cluster, render_clusters
from .kb import kb_app
from .record_view import render_record
from .render import render_documents, render_entities, render_events

app = typer.Typer(
    help="eventwire: news pages in, an auditable database of events out.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
app.add_typer(kb_app, name="kb")
# Not a terminal (a pipe, CI's log): wide enough that tables stay readable, unless
# $COLUMNS says how wide the reader is.
PIPE_WIDTH = 160
out_console = Console(highlight=False, soft_wrap=False,
                      width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else PIPE_WIDTH)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEMO_ENTITY_ROWS = 25
BUNDLED_EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

Inputs = Annotated[
    list[str],
    typer.Argument(help="Files or folders (.html .txt .jsonl .rss/.atom/.xml .warc[.gz]); '-' reads stdin."),
]
MaxBytes = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes.")]
DbPath = Annotated[str | None, typer.Option("--db", help="SQLite file, or a PostgreSQL URL postgresql://user@host/db (default: $EVENTWIRE_DB or ~/.local/share/eventwire/eventwire.db).")]
KbPaths = Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base file(s) (JSONL).")]
Workers = Annotated[int, typer.Option("--workers", "-j", min=1, help="Processes for parsing and extraction (cores).")]
DocSeconds = Annotated[float, typer.Option("--doc-seconds", min=0, help="Time budget for one document's extraction; past it the document is a named error (0: none).")]
StrictRows = Annotated[bool, typer.Option("--strict-rows/--all-rows", help="Drop rows the learned check judges no event, and in an article rows whose confidence stays under 0.5 (the default: fewer non-events on broad news, a few real events too); --all-rows keeps every row the rules make.")]
Format = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv (events also: geojson).")]
Wide = Annotated[bool, typer.Option("--wide", "-w", help="Every column, however narrow the terminal.")]
Limit = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many.")]
# The event filters, declared once: `events`, `clusters` and `report` take the same ones.
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")]
AcledOpt = Annotated[str | None, typer.Option("--acled", help="ACLED event or sub-event type.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD: on or after.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD: on or before.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor or target name contains this.")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Place name contains this.")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-2 code of the event's place, e.g. UA.")]
StatusOpt = Annotated[str | None, typer.Option("--status", help="asserted|hedged|negated|planned|unverified")]
PartyOnlyOpt = Annotated[bool, typer.Option("--party-only", help="Only events asserted by a party to the conflict.")]
UnverifiedOpt = Annotated[bool, typer.Option("--unverified", help="Only unverified events.")]
DocumentOpt = Annotated[str | None, typer.Option("--document", help="Only this document's events.")]
CopiesOpt = Annotated[bool, typer.Option("--copies", help="Also events read from republished copies (otherwise each is counted once, from its original).")]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"eventwire {version('eventwire')}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """eventwire: news pages in, an auditable database of events out."""


def report_error(error: InputError) -> None:
    """One line on stderr naming the input (and line) and the reason."""
    err.print(f"error: {error}", markup=False, highlight=False)


def _pipeline(options: Options):
    from ..pipeline import Pipeline

    try:
        return Pipeline(options)
    except ModelMissingError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


def _store(db: str | None, must_exist: bool = False):
    """The store at ``--db`` (or the default). Reading commands never create a SQLite file: a
    mistyped path is an error, not a new empty store."""
    from ..store import Store
    from ..store.database import display_target

    path = db or default_db_path()
    if not is_server_url(path):
        if Path(path).is_dir():
            err.print(f"error: --db {path} is a folder, not a store file", markup=False)
            raise typer.Exit(2)
        if must_exist and not Path(path).exists():
            err.print(f"error: no store at {path} (run `eventwire ingest ... --db {path}` first, "
                      "or check --db)", markup=False)
            raise typer.Exit(2)
    try:
        return Store(path)
    except Exception as exc:
        err.print(f"error: {display_target(str(path))}: cannot open the store: "
                  f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", markup=False)
        raise typer.Exit(2) from exc


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (default: stdout).")] = None,
    no_clean: Annotated[bool, typer.Option("--no-clean", help="Take 'text' as already clean: offsets point into it.")] = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    kb: KbPaths = None,
    workers: Workers = 1,
    doc_seconds: DocSeconds = DEFAULT_DOC_SECONDS,
    strict_rows: StrictRows = True,
) -> None:
    """Read documents and stream one RECORD.md line per document (nothing is stored).

    Example: [bold]eventwire extract page.html feed.rss -o records.jsonl[/bold]
    """
    from ..service import extract as run_extract

    options = Options(clean=not no_clean, max_bytes=max_bytes, kb_paths=list(kb or []), workers=workers,
                      doc_seconds=doc_seconds or None, strict_rows=strict_rows)
    pipeline = _pipeline(options)
    failures = 0
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for item in run_extract(inputs, options, pipeline):
            if isinstance(item, InputError):
                failures += 1
                report_error(item)
                continue
            if item.skipped:
                err.print(f"note: {item.document.source}: {item.id}: not extracted: {item.skipped}",
                          markup=False)
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Inputs,
    db: DbPath = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    kb: KbPaths = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    workers: Workers = 1,
    doc_seconds: DocSeconds = DEFAULT_DOC_SECONDS,
    strict_rows: StrictRows = True,
    dask: Annotated[str | None, typer.Option("--dask", help="Extract on a Dask cluster: local:N starts N worker processes here, tcp://host:port uses a running scheduler. A rerun skips documents stored with the same text and settings without parsing them.")] = None,
    no_link: Annotated[bool, typer.Option("--no-link", help="Do not link the documents into clusters as they are stored (a faster bulk load; run `eventwire link` afterwards).")] = False,
) -> None:
    """Extract documents and store them (one transaction per document; re-ingest updates in place),
    linking each document's events to the reports of the same happenings already stored.

    Example: [bold]eventwire ingest news/ feed.rss --db events.db[/bold]
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..service import ingest as run_ingest

    if dask and workers > 1:
        err.print("error: --dask and --workers: choose one (a Dask cluster has its own workers)", markup=False)
        raise typer.Exit(2)
    if dask:
        from ..scaleout.dask_ingest import check_spec

        try:
            check_spec(dask)
        except ValueError as exc:
            err.print(f"error: {exc}", markup=False)
            raise typer.Exit(2) from exc
    options = Options(max_bytes=max_bytes, kb_paths=list(kb or []), workers=workers,
                      doc_seconds=doc_seconds or None, strict_rows=strict_rows, dask=dask)
    store = _store(db)
    store.link = not no_link
    pipeline = None if dask else _pipeline(options)  # on Dask the workers load the model
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
                        console=err, disable=quiet, transient=True)

    with progress:
        task = progress.add_task("ingest", total=None, last="")

        def on_item(item) -> None:
            if isinstance(item, InputError):
                progress.console.print(f"error: {item}", markup=False, highlight=False)
            progress.update(task, advance=1, last=getattr(item, "id", "")[:24])

        try:
            summary = run_ingest(inputs, store, options, on_item=on_item, pipeline=pipeline)
        except ConnectionError as exc:
            err.print(f"error: {exc}", markup=False)
            raise typer.Exit(2) from exc
    if not quiet:
        err.print(
            f"{summary.documents} documents ({summary.inserted} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged"
            + (f", {summary.already_stored} already stored and not read again" if summary.already_stored else "")
            + f"), {summary.duplicates} republished copies, "
            f"{summary.skipped} not extracted, {summary.entities} entities, {summary.events} events, "
            f"{len(summary.errors)} inputs failed; store: {store.shown}",
            markup=False,
        )
    store.close()
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (a unique prefix will do), or a cluster id.")],
    db: DbPath = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stored record as JSON.")] = False,
    wide: Wide = False,
) -> None:
    """Show one stored document (its text, entities, places, events and claims), or one
    cluster (its reports, sources by side, contradictions).

    Example: [bold]eventwire show seed[/bold]
    """
    store = _store(db, must_exist=True)
    detail = store.cluster(doc_id)
    if detail is not None:
        if as_json:
            sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=2) + "\n")
        else:
            render_cluster(out_console, detail)
        return
    record = store.get(doc_id)
    if record is None:
        matches = store.find_ids(doc_id)
        if len(matches) == 1:
            record = store.get(matches[0])
        else:
            reason = "ambiguous prefix: " + ", ".join(matches) if matches else "no such document"
            err.print(f"error: {doc_id}: {reason}", markup=False)
            raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        render_record(out_console, record, wide=wide)


@app.command()
def documents(
    db: DbPath = None,
    fmt: Format = "table",
    limit: Limit = None,
    wide: Wide = False,
) -> None:
    """List stored documents (at 80 columns: id, title, date and events; --wide for all).

    Example: [bold]eventwire documents --format csv > docs.csv[/bold]
    """
    from ..store.export import to_csv, to_jsonl

    rows = _store(db, must_exist=True).documents(limit)
    if fmt == "jsonl":
        sys.stdout.write(to_jsonl(rows))
    elif fmt == "csv":
        sys.stdout.write(to_csv(rows, rows[0].keys() if rows else ["id"]))
    elif fmt == "table":
        render_documents(out_console, rows, wide=wide)
    else:
        _bad_format(fmt, "table, jsonl, csv (documents have no coordinates: geojson is for events)")


@app.command()
def events(
    db: DbPath = None,
    fmt: Format = "table",
    type_: TypeOpt = None,
    acled: AcledOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: ActorOpt = None,
    place: PlaceOpt = None,
    country: CountryOpt = None,
    status: StatusOpt = None,
    party_only: PartyOnlyOpt = False,
    unverified: UnverifiedOpt = False,
    document: DocumentOpt = None,
    copies: CopiesOpt = False,
    limit: Limit = None,
    wide: Wide = False,
) -> None:
    """List stored events, filtered; CSV uses ACLED's columns, GeoJSON has located events.
    A narrow terminal's table has the columns that fit; --wide shows them all.

    Example: [bold]eventwire events --type ASSAULT --since 2023-07-01 --place Mykolayiv --format csv[/bold]
    """
    from ..store.export import ACLED_COLUMNS, acled_rows, to_csv, to_geojson, to_jsonl

    flt = _filter(plover=type_, acled=acled, since=since, until=until, actor=actor, place=place,
                  country=country, status="unverified" if unverified else status, party_only=party_only,
                  document=document, copies=copies, limit=limit, located=fmt == "geojson")
    rows = _store(db, must_exist=True).events(flt)
    if fmt == "jsonl":
        sys.stdout.write(to_jsonl(rows))
    elif fmt == "csv":
        sys.stdout.write(to_csv(acled_rows(rows), ACLED_COLUMNS))
    elif fmt == "geojson":
        sys.stdout.write(json.dumps(to_geojson(rows), ensure_ascii=False) + "\n")
    elif fmt == "table":
        render_events(out_console, rows, wide=wide)
    else:
        _bad_format(fmt)


def _filter(**given: Any) -> Any:
    """The one filter model, or exit 2 naming the bad value."""
    from ..store import EventFilter

    try:
        return EventFilter(**given)
    except ValueError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


@app.command()
def link(
    db: DbPath = None,
    everything: Annotated[bool, typer.Option("--all", help="Drop every cluster and link the whole store again.")] = False,
) -> None:
    """Link stored documents that were ingested with --no-link into clusters (or, with --all,
    every document again), in the order they were ingested.

    Example: [bold]eventwire link --db events.db[/bold]
    """
    store = _store(db, must_exist=True)
    done = store.link_pending(everything)
    err.print(f"{done} documents linked; {store.count_clusters(min_documents=2)} happenings reported by "
              f"two documents or more; store: {store.shown}", markup=False)
    store.close()


@app.command()
def clusters(
    db: DbPath = None,
    fmt: Format = "table",
    type_: TypeOpt = None,
    acled: AcledOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: ActorOpt = None,
    place: PlaceOpt = None,
    country: CountryOpt = None,
    status: StatusOpt = None,
    party_only: PartyOnlyOpt = False,
    unverified: UnverifiedOpt = False,
    document: DocumentOpt = None,
    min_documents: Annotated[int, typer.Option("--min-documents", min=1, help="Only happenings reported by at least this many documents.")] = 2,
    limit: Limit = None,
    wide: Wide = False,
) -> None:
    """List happenings reported across documents: clusters holding an event the filters select
    (the same filters as `events`), most reported first. --min-documents 1 lists every event's
    cluster, single reports too. `eventwire show CLUSTER` shows one.

    Example: [bold]eventwire clusters --place Mariupol --since 2022-05-01[/bold]
    """
    from ..store.export import to_csv, to_geojson, to_jsonl

    flt = _filter(plover=type_, acled=acled, since=since, until=until, actor=actor, place=place, country=country,
                  status="unverified" if unverified else status, party_only=party_only, document=document,
                  limit=limit)
    rows = _store(db, must_exist=True).clusters(flt, min_documents=min_documents)
    if fmt == "jsonl":
        sys.stdout.write(to_jsonl(rows))
    elif fmt == "csv":
        sys.stdout.write(to_csv(rows, rows[0].keys() if rows else ["id"]))
    elif fmt == "geojson":
        sys.stdout.write(json.dumps(to_geojson(rows), ensure_ascii=False) + "\n")
    elif fmt == "table":
        render_clusters(out_console, rows, wide=wide)
    else:
        _bad_format(fmt)


@app.command()
def report(
    db: DbPath = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path("report.html"),
    markdown: Annotated[Path | None, typer.Option("--markdown", help="The Markdown file (default: the HTML's name with .md).")] = None,
    type_: TypeOpt = None,
    acled: AcledOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: ActorOpt = None,
    place: PlaceOpt = None,
    country: CountryOpt = None,
    status: StatusOpt = None,
    party_only: PartyOnlyOpt = False,
    unverified: UnverifiedOpt = False,
    document: DocumentOpt = None,
    min_documents: Annotated[int, typer.Option("--min-documents", min=1, help="Only happenings reported by at least this many documents.")] = 1,
    title: Annotated[str | None, typer.Option("--title", help="The report's title (default: from the filters).")] = None,
) -> None:
    """Write a situation report: one self-contained HTML page (map, timeline, every happening
    with its sources by side, disputes, figures that disagree and cited sentences; opens
    offline) and the same as Markdown. The filters are those of `events`.

    Example: [bold]eventwire report --place Mariupol --since 2022-05-01 -o mariupol.html[/bold]
    """
    from ..report import build_report
    from ..report.model import plural

    flt = _filter(plover=type_, acled=acled, since=since, until=until, actor=actor, place=place, country=country,
                  status="unverified" if unverified else status, party_only=party_only, document=document)
    md_path = markdown or output.with_suffix(".md")
    if md_path.resolve() == output.resolve():
        err.print(f"error: the HTML and the Markdown would both be {output}: give --markdown", markup=False)
        raise typer.Exit(2)
    store = _store(db, must_exist=True)
    built = build_report(store, flt, min_documents=min_documents, title=title)
    store.close()
    for path, text in ((output, built.html), (md_path, built.markdown)):
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            err.print(f"error: {path}: {exc.strerror or exc}", markup=False)
            raise typer.Exit(2) from exc
    capped = f" (the most reported of {built.data.total})" if built.data.capped else ""
    out_console.print(f"{plural(built.clusters, 'happening')}{capped} from {plural(built.documents, 'document')}; "
                      f"wrote {output} and {md_path}", markup=False, soft_wrap=True)


def _bad_format(fmt: str, allowed: str = "table, jsonl, csv, geojson") -> None:
    err.print(f"error: --format {fmt!r} is not one of: {allowed}", markup=False)
    raise typer.Exit(2)


@app.command()
def demo(
    db: DbPath = None,
    examples: Annotated[Path, typer.Option("--examples", help="Folder of example inputs.")] = BUNDLED_EXAMPLES,
) -> None:
    """Ingest the bundled example pages into the default store and show what was found.

    Example: [bold]eventwire demo[/bold]
    """
    from ..service import ingest as run_ingest

    options = Options()
    store = _store(db)
    pipeline = _pipeline(options)
    summary = run_ingest([str(examples)], store, options, pipeline=pipeline,
                         on_item=lambda item: report_error(item) if isinstance(item, InputError) else None)
    from ..store import EventFilter

    ids = set(summary.ids)
    render_documents(out_console, [r for r in store.documents() if r["id"] in ids],
                     title=f"Documents from {examples}")
    render_entities(out_console, store.entities(sorted(ids), limit=DEMO_ENTITY_ROWS),
                    title=f"Entities (the {DEMO_ENTITY_ROWS} most mentioned)")
    ev_rows = [r for r in store.events(EventFilter()) if r["document_id"] in ids]
    render_events(out_console, ev_rows, title="Events")
    out_console.print(
        f"{summary.documents} documents, {summary.duplicates} republished copies, "
        f"{summary.entities} entities, {summary.events} events, {len(summary.errors)} inputs failed.\n"
        f"Database: {store.shown}\nTry: eventwire show <id> --db {store.shown}"
    )
    store.close()


@app.command()
def export(
    db: DbPath = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")] = None,
) -> None:
    """Write every stored record as RECORD.md JSON Lines (the store's full content), each with
    what linking found: `clusters` (event id -> cluster id) and `contradictions` (figures that
    disagree with another report or within the text, both spans and both sources).

    Example: [bold]eventwire export --db events.db -o all.jsonl[/bold]
    """
    store = _store(db, must_exist=True)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for record in store.iter_records(linked=True):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()


@app.command()
def serve(
    db: DbPath = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8000,
    ingest_token: Annotated[str | None, typer.Option("--ingest-token", envvar="EVENTWIRE_INGEST_TOKEN", help="Allow POST /ingest for requests that send 'Authorization: Bearer TOKEN' (off without it).")] = None,
    allow_host: Annotated[list[str] | None, typer.Option("--allow-host", help="A host name requests may name besides localhost (repeat for more).")] = None,
) -> None:
    """Serve the store over HTTP (JSON, CSV, GeoJSON; OpenAPI docs at /docs).

    Storing over HTTP (POST /ingest) is off unless --ingest-token is given.

    Example: [bold]eventwire serve --db events.db --port 8000[/bold]
    """
    import uvicorn

    from ..api import create_app
    from ..api.app import LOCAL_HOSTS

    if not ingest_token:  # read only: a mistyped --db must not become a new empty store
        _store(db, must_exist=True).close()
    hosts = (*LOCAL_HOSTS, *(allow_host or []), *([host] if host not in ("0.0.0.0", "::") else []))
    app_ = create_app(db or default_db_path(), ingest_token=ingest_token, allowed_hosts=hosts)
    uvicorn.run(app_, host=host, port=port, log_level="info")


def main() -> None:  # pragma: no cover - console entry point
    app()
