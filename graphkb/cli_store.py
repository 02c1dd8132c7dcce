"""The commands that work on the store as a whole: reindex, backup, sparql, export,
validate."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkb._cli import _echo, _fail, _kb, _options, app
from graphkb._exceptions import GraphkbError
from graphkb.formats import ExportFormat
from graphkb.render import OutputFormat
from graphkb.store import Store


@app.command()
def reindex() -> None:
    """Rebuild the stance index (the SQLite table queries read) from the RDF store: after a
    crash mid-write, or after changing the store with other tools."""
    import time

    if _options().endpoint:
        raise _fail(
            "a remote endpoint has no stance index (queries there run as SPARQL); "
            "reindex works on an embedded store (--store PATH)"
        )
    with _kb(read_only=False) as kb:
        start = time.perf_counter()
        store = kb.store
        assert isinstance(store, Store)  # an endpoint was refused above
        fresh = store.rebuilt_on_open and store.index is not None
        count = store.index.stance_count() if fresh and store.index else store.reindex()
    _echo(f"indexed {count:,} stance(s) in {time.perf_counter() - start:.1f} s")


@app.command()
def backup(
    folder: Annotated[Path, typer.Argument(help="A new folder to copy the store into.")],
) -> None:
    """Copy the store (RDF store and stance index, consistent, while it stays usable) into a
    new folder; the copy is a store: use it with --store, or move it into place to restore."""
    if _options().endpoint:
        raise _fail("a remote endpoint is backed up with its own tools; backup copies --store PATH")
    with _kb(read_only=False) as kb:
        try:
            written = kb.backup(folder)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    _echo(f"backed up the store to {written}")


class SparqlFormat(enum.StrEnum):
    """Output formats of ``graphkb sparql``."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    TTL = "ttl"


@app.command()
def sparql(
    query: Annotated[str | None, typer.Argument(help="The SPARQL query.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Read the query from this file.")
    ] = None,
    fmt: Annotated[
        SparqlFormat,
        typer.Option(
            "--format",
            "-f",
            help="SELECT/ASK: table, json (SPARQL results) or csv. CONSTRUCT/DESCRIBE: "
            "Turtle (table or ttl), json, or csv (N-Triples).",
        ),
    ] = SparqlFormat.TABLE,
    allow_update: Annotated[
        bool, typer.Option("--allow-update", help="Permit SPARQL updates (INSERT/DELETE).")
    ] = False,
) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE); prefixes gk:, gka:, gkt:... are set."""
    from graphkb.render import render_records

    if (query is None) == (file is None):
        raise typer.BadParameter("give a query or --file F, not both and not neither")
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"cannot read {file}: {exc}; pass a UTF-8 text file") from None
    from graphkb.sparql_text import query_form

    form = query_form(query or "")
    if fmt is SparqlFormat.TTL and form in ("SELECT", "ASK"):
        raise _fail(
            f"--format ttl is for CONSTRUCT and DESCRIBE, whose answers are RDF; "
            f"{'an' if form == 'ASK' else 'a'} {form} answers in table, json or csv"
        )
    with _kb(read_only=not allow_update) as kb:
        try:
            result = kb.sparql(query or "", allow_update=allow_update)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    if result.truncated:
        sys.stderr.write(
            f"graphkb: note: results cut at {len(result.rows):,} rows; add LIMIT or raise "
            "GRAPHKB_MAX_ROWS\n"
        )
    if result.kind == "update":
        _echo("update applied.")
    elif result.kind == "ask":
        _echo(
            result.to_json()
            if fmt is SparqlFormat.JSON
            else ("true" if result.boolean else "false")
        )
    elif result.kind == "graph":
        _echo(
            result.to_json()
            if fmt is SparqlFormat.JSON
            else result.to_csv()
            if fmt is SparqlFormat.CSV
            else result.to_rdf()
        )
    elif fmt is SparqlFormat.JSON:
        _echo(result.to_json())
    elif fmt is SparqlFormat.CSV:
        _echo(result.to_csv())
    else:
        _echo(render_records(result.plain_rows(), OutputFormat.TABLE, title="SPARQL"))


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Export format.")
    ] = ExportFormat.TTL,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write here: a file, a device or FIFO, - for stdout."),
    ] = None,
) -> None:
    """Export the whole graph: ttl, jsonld, nt, nq, trig, graphml or csv."""
    with _kb() as kb:
        try:
            data = kb.export(fmt)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    from graphkb._output import STDOUT, is_stdout, write_output

    try:
        write_output(STDOUT if out is None else out, data)
    except GraphkbError as exc:
        raise _fail(str(exc)) from None
    if out is not None and not is_stdout(out):
        sys.stderr.write(f"wrote {out} ({len(data):,} bytes)\n")


@app.command()
def validate() -> None:
    """Check the store against graphkb's SHACL shapes; exit 1 with a report if it fails."""
    with _kb() as kb:
        report = kb.validate()
    if report.conforms:
        _echo("store conforms to the graphkb SHACL shapes.")
        return
    sys.stderr.write(report.text)
    raise _fail(f"store does not conform: {report.violations} violation(s); see the report above")
