"""The ``graphkb`` command: a thin shell over :class:`graphkb.KnowledgeBase`.

Each command opens the store, calls one library function, renders the result and turns
graphkb's own errors into one line on stderr with exit code 1 (bad usage exits 2).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkb import cli_analysis as _cli_analysis  # noqa: F401
from graphkb._cli import (
    FactualOpt,
    FormatOpt,
    LimitOpt,
    ModalityOpt,
    RankLimitOpt,
    RollUpOpt,
    SinceOpt,
    TypeOpt,
    UntilOpt,
    _day,
    _echo,
    _fail,
    _kb,
    _state,
    _usage,
    app,
)
from graphkb._exceptions import GraphkbError
from graphkb.formats import ExportFormat
from graphkb.model import ActorKind, StanceFilter
from graphkb.render import OutputFormat


def _rank_command(
    polarity: int, actor: str, where: StanceFilter, fmt: OutputFormat, limit: int
) -> None:
    from graphkb.render import render_ranked

    with _kb() as kb:
        target = kb.resolve(actor)
        ask = kb.who_opposes if polarity < 0 else kb.who_supports
        ranked = ask(
            target.id,
            where,
            limit=limit or None,
            evidence=None,  # every row shown gets its types and evidence
        )
        verb = "opposes" if polarity < 0 else "supports"
        if limit and ranked.total > limit:
            sys.stderr.write(
                f"showing the top {limit} of {ranked.total:,} actors; --limit 0 shows all\n"
            )
        _echo(
            render_ranked(
                ranked,
                fmt,
                title=f"Who {verb} {target.name} ({target.id})",
            )
        )


@app.command("who-opposes")
def who_opposes(
    actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    roll_up: RollUpOpt = False,
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: RankLimitOpt = 25,
) -> None:
    """Actors with conflictual stances toward ACTOR, ranked by score."""
    where = _usage(lambda: StanceFilter(None, None, type_, modality, since, until, roll_up))
    _rank_command(-1, actor, where, fmt, limit)


@app.command("who-supports")
def who_supports(
    actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    roll_up: RollUpOpt = False,
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: RankLimitOpt = 25,
) -> None:
    """Actors with cooperative stances toward ACTOR, ranked by score."""
    where = _usage(lambda: StanceFilter(None, None, type_, modality, since, until, roll_up))
    _rank_command(1, actor, where, fmt, limit)


@app.command("two-hop")
def two_hop(
    actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    supports: Annotated[
        bool,
        typer.Option("--supports", help="Supporters of its supporters instead of opponents."),
    ] = False,
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: RankLimitOpt = 25,
) -> None:
    """Opponents of ACTOR's opponents (enemies of its enemies), by how many of them each one
    opposes; with --supports, supporters of its supporters."""
    from graphkb.render import render_second_degree

    polarity = 1 if supports else -1
    with _kb() as kb:
        target = kb.resolve(actor)
        pairs = kb.two_hop(
            target.id, StanceFilter(types=type_, modalities=modality), polarity=polarity
        )
    word = "Supporters of the supporters" if supports else "Opponents of the opponents"
    if limit and len(pairs) > limit:
        sys.stderr.write(f"showing the top {limit} of {len(pairs):,} actors; --limit 0 shows all\n")
    shown = pairs[:limit] if limit else pairs
    _echo(render_second_degree(shown, fmt, title=f"{word} of {target.name} ({target.id})"))


@app.command()
def reindex() -> None:
    """Rebuild the stance index (the SQLite table queries read) from the RDF store: after a
    crash mid-write, or after changing the store with other tools."""
    import time

    if _state["endpoint"]:
        raise _fail(
            "a remote endpoint has no stance index (queries there run as SPARQL); "
            "reindex works on an embedded store (--store PATH)"
        )
    with _kb(read_only=False) as kb:
        start = time.perf_counter()
        store = kb.store
        fresh = store.rebuilt_on_open and store.index is not None
        count = store.index.stance_count() if fresh and store.index else store.reindex()
    _echo(f"indexed {count:,} stance(s) in {time.perf_counter() - start:.1f} s")


@app.command()
def backup(
    folder: Annotated[Path, typer.Argument(help="A new folder to copy the store into.")],
) -> None:
    """Copy the store (RDF store and stance index, consistent, while it stays usable) into a
    new folder; the copy is a store: use it with --store, or move it into place to restore."""
    if _state["endpoint"]:
        raise _fail("a remote endpoint is backed up with its own tools; backup copies --store PATH")
    with _kb(read_only=False) as kb:
        try:
            written = kb.backup(folder)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    _echo(f"backed up the store to {written}")


@app.command()
def relations(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    modality: ModalityOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=0, help="Show the latest N (0: all)."),
    ] = 50,
) -> None:
    """The stances between two actors, both directions, oldest first, with modality and
    evidence: the latest 50 unless --limit says otherwise (the total goes to stderr)."""
    from graphkb.render import render_stances

    with _kb() as kb:
        first, second = kb.resolve(a), kb.resolve(b)
        if first.id == second.id:
            raise _fail(
                f"{a!r} and {b!r} are both {first.name} ({first.id}); give two different actors"
            )
        where = StanceFilter(modalities=modality)
        views = kb.relations(first.id, second.id, where, latest=limit or None)
        if limit and len(views) == limit:
            total = kb.count_relations(first.id, second.id, where)
            if total > limit:
                sys.stderr.write(
                    f"showing the latest {limit} of {total:,} stances; --limit 0 shows all\n"
                )
        _echo(render_stances(views, fmt, title=f"{first.name} and {second.name}"))


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """An actor's ids, aliases, role, country and a summary of its stances."""
    from graphkb.render import render_profile

    with _kb() as kb:
        _echo(render_profile(kb.actor(name), fmt))


@app.command()
def actors(
    search: Annotated[
        str | None, typer.Option("--search", "-s", help="Names containing this text.")
    ] = None,
    kind: Annotated[
        ActorKind | None, typer.Option(help="Only this kind.", case_sensitive=False)
    ] = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """List actors (countries, people, organisations...): all, or those matching --search,
    the one the text names first."""
    from graphkb.render import render_records

    with _kb() as kb:
        found = [a for a in kb.actors(search) if kind is None or a.kind is kind]
        records = [{**a.to_dict(), "role": a.role, "qid": a.qid} for a in found]
        _echo(render_records(records, fmt, title="Actors"))


@app.command()
def stances(
    source: Annotated[str | None, typer.Option(help="Source actor.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor.")] = None,
    type_: TypeOpt = None,
    modality: ModalityOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: LimitOpt = None,
) -> None:
    """Stances matching the filters (all modalities unless --modality narrows them)."""
    from graphkb.render import render_stances

    where = _usage(lambda: StanceFilter(source, target, type_, modality, since, until))
    with _kb() as kb:
        views = kb.stances(where)
        _echo(render_stances(views[:limit] if limit else views, fmt, title="Stances"))


@app.command()
def path(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show at most N chains (0: all).")
    ] = 5,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """How two actors connect: the shortest chains of stances between them, either way."""
    from graphkb.render import render_paths

    with _kb() as kb:
        first, second = kb.resolve(a), kb.resolve(b)
        if first.id == second.id:
            raise _fail(
                f"{a!r} and {b!r} are both {first.name} ({first.id}); give two different actors"
            )
        paths = kb.path(
            first.id,
            second.id,
            StanceFilter(types=type_, modalities=modality),
            max_paths=limit or 100_000,
        )
        _echo(render_paths(paths, fmt, first, second))


@app.command()
def stats(fmt: FormatOpt = OutputFormat.TABLE) -> None:
    """Counts of actors, documents and stances by type and modality."""
    from graphkb.render import render_records

    with _kb() as kb:
        data = kb.stats()
        if fmt is OutputFormat.JSON:
            _echo(json.dumps(data, indent=2))
            return
        flat = [{"measure": k, "value": v} for k, v in data.items() if not isinstance(v, dict)]
        flat += [
            {"measure": f"{k}.{kk}", "value": vv}
            for k, v in data.items()
            if isinstance(v, dict)
            for kk, vv in v.items()
        ]
        _echo(render_records(flat, fmt, title="graphkb store"))


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
def load(
    files: Annotated[list[Path], typer.Argument(help="Curated YAML or RDF files.")],
    text: Annotated[
        Path | None,
        typer.Option("--text", help="The document a curated file describes: store its sentences."),
    ] = None,
) -> None:
    """Add curated data or RDF to the store; loading the same data twice changes nothing."""
    with _kb(read_only=False) as kb:
        try:
            report = kb.load(files, text=text)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    _echo(
        f"loaded {report['files']} file(s): {report['documents']} document(s), "
        f"{report['stances']} stance(s), {report['quads_added']} new triple(s)"
    )


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


@app.command()
def viz(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="HTML file to write (- for stdout).")
    ] = Path("graph.html"),
    focus: Annotated[str | None, typer.Option(help="Centre on this actor.")] = None,
    depth: Annotated[int, typer.Option(min=0, help="Steps around --focus.")] = 1,
    top: Annotated[
        int | None, typer.Option(min=1, help="Keep the N most connected actors.")
    ] = None,
    type_: TypeOpt = None,
    modality: ModalityOpt = None,
    blocs: Annotated[
        bool, typer.Option("--blocs", help="Colour actors by bloc (see graphkb blocs).")
    ] = False,
) -> None:
    """Write the interactive HTML graph (offline, self-contained)."""
    import warnings

    from graphkb._exceptions import GraphkbNote

    with _kb() as kb, warnings.catch_warnings(record=True) as notes:
        warnings.simplefilter("always", GraphkbNote)
        try:
            written = kb.viz(
                out,
                focus=focus,
                depth=depth,
                top=top,
                where=StanceFilter(types=type_, modalities=modality),
                blocs=blocs,
            )
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    for note in notes:
        if issubclass(note.category, GraphkbNote):
            sys.stderr.write(f"graphkb: note: {note.message}\n")
    from graphkb._output import is_stdout

    if not is_stdout(written):
        _echo(f"wrote {written}")


class ImportFormat(enum.StrEnum):
    """Formats ``graphkb import`` reads."""

    GDELT = "gdelt"
    PLOVER = "plover"


@app.command("import")
def import_(
    files: Annotated[
        list[Path], typer.Argument(help="Event files (plain, .gz or .zip), or - for stdin.")
    ],
    fmt: Annotated[ImportFormat, typer.Option("--format", "-f", help="Input format.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Stances per transaction.")] = 5000,
) -> None:
    """Import GDELT 2.0 events or PLOVER/POLECAT JSON lines (- for standard input); bad lines
    are counted, not fatal."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from graphkb.importers import ImportStats

    console = Console(stderr=True)
    with (
        _kb(read_only=False) as kb,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        ) as bar,
    ):
        task = bar.add_task("importing")
        stats = ImportStats()  # kept when a file breaks part-way, to say what was stored
        try:
            kb.import_events(
                [Path("/dev/stdin") if str(f) == "-" else f for f in files],
                fmt.value,
                batch_size=batch_size,
                progress=lambda s: bar.update(
                    task, description=f"{s.lines:,} lines, {s.imported:,} imported"
                ),
                stats=stats,
            )
        except GraphkbError as exc:
            stored = (
                f"; the {stats.imported:,} event(s) read before it are stored, and rerunning "
                "the import once that is fixed adds only the rest"
                if stats.imported
                else ""
            )
            raise _fail(f"{exc}{stored}") from None
    if stats.lines and stats.malformed == stats.lines:
        other = "plover" if fmt is ImportFormat.GDELT else "gdelt"
        raise _fail(
            f"none of the {stats.lines:,} line(s) is a {fmt.value} record, so nothing was "
            f"imported (first: {stats.malformed_examples[0]}); is it a {other} file "
            f"(--format {other})?"
        )
    skipped = ", ".join(f"{n:,} {reason}" for reason, n in sorted(stats.skipped.items()))
    _echo(
        f"{stats.lines:,} line(s): {stats.imported:,} imported, "
        f"{sum(stats.skipped.values()):,} skipped ({skipped or 'none'}), "
        f"{stats.malformed:,} malformed"
    )
    for example in stats.malformed_examples:
        sys.stderr.write(f"graphkb: malformed: {example}\n")


class ExtractFormat(enum.StrEnum):
    """Output formats of ``graphkb extract``."""

    JSONL = "jsonl"
    TABLE = "table"


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article files, or - for stdin.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.TABLE,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", min=0, help="Table rows per article (0 for all); jsonl prints all."
        ),
    ] = 200,
) -> None:
    """Print the stances found in articles; store nothing. Uses the bundled gazetteer."""
    from graphkb.actors import Gazetteer
    from graphkb.articles import dateline, read_article
    from graphkb.extract import Extractor, to_jsonl_record
    from graphkb.render import render_records

    try:
        extractor = Extractor(Gazetteer.bundled())
        for source in files:
            text = read_article(source)
            reported = dateline(text)  # events are dated against the article's dateline
            result = extractor.extract(text, document_id="input", date=reported)
            actors = {a.id: a for a in result.actors}
            records = [to_jsonl_record(s, actors, reported) for s in result.stances]
            if fmt is ExtractFormat.JSONL:
                sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
                continue
            rows = [
                {
                    "source": r["source"]["name"],
                    "type": r["type"],
                    "target": r["target"]["name"],
                    "modality": r["modality"],
                    "claimed by": r["attributed_to"] or "",
                    "evidence": " ".join(r["evidence"]["text"].split()),
                }
                for r in records
            ]
            if limit and len(rows) > limit:
                # a table of thousands of rows reads as nothing and takes seconds to draw
                sys.stderr.write(
                    f"showing the first {limit} of {len(rows):,} stances; --limit 0 shows all, "
                    "--format jsonl prints them for programs\n"
                )
                rows = rows[:limit]
            _echo(render_records(rows, OutputFormat.TABLE, title=source))
    except GraphkbError as exc:
        raise _fail(str(exc)) from None


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    title: Annotated[str | None, typer.Option(help="Document title.")] = None,
    url: Annotated[str | None, typer.Option(help="Document URL.")] = None,
    date: Annotated[
        dt.datetime | None, typer.Option(help="Document date (YYYY-MM-DD).", formats=["%Y-%m-%d"])
    ] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher.")] = None,
) -> None:
    """Extract stances from articles and add them to the store with full provenance.

    Every file is checked first: a bad one stops the ingest before anything is written.
    Each document is then written in one transaction, and the store's write lock is taken per
    document, so queries from other processes interleave with a long ingest.
    """
    from rich.console import Console
    from rich.progress import track

    from graphkb.articles import expand_sources, read_article
    from graphkb.extract import Extractor

    try:
        paths = list(expand_sources(sources))
        if len(paths) > 1 and (title or url):
            raise _fail(
                f"--title and --url describe one document, and {len(paths)} articles were "
                "given; ingest them one at a time (--date and --publisher may apply to all)"
            )
        # Every article is read and checked before anything is written, so one bad file
        # among many is refused with the store as it was. Standard input can be read once.
        piped = {}
        for source in paths:
            text = read_article(source)
            if source == "-":
                piped[source] = text
        with _kb() as kb:
            extractor = Extractor(kb.gazetteer)
        console = Console(stderr=True)  # stdout carries the per-file lines only
        for source in track(
            paths,
            description="ingesting",
            disable=len(paths) < 3 or not console.is_terminal,
            console=console,
            transient=True,
        ):
            text = piped[source] if source in piped else read_article(source)
            with _kb(read_only=False) as kb:
                report = kb.ingest(
                    text,
                    title=title,
                    url=url,
                    date=_day(date),
                    publisher=publisher,
                    extractor=extractor,
                )
            if report.skipped:
                _echo(f"{source}: already in the store as {report.document}; nothing added")
            else:
                dated = f", dated {report.date} by its dateline" if report.date and not date else ""
                _echo(
                    f"{source}: {report.stances} stance(s), {report.new_actors} new "
                    f"actor(s) -> {report.document}{dated}"
                )
    except GraphkbError as exc:
        raise _fail(str(exc)) from None


def main() -> None:
    """Console-script entry point. Usage errors (a bad option value, a missing argument) are
    one line on stderr, exit code 2, like every other error of graphkb's."""
    from typer import Abort

    try:  # typer 0.28 carries its own copy of click
        from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
    except ImportError:  # pragma: no cover - a typer that uses click itself
        from click.exceptions import (  # type: ignore[assignment]
            ClickException,
            NoArgsIsHelpError,
            UsageError,
        )

    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError as exc:  # bare `graphkb`: show the help
        if exc.ctx is not None:
            _echo(exc.ctx.get_help())
        sys.exit(0)
    except UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "graphkb"
        sys.stderr.write(
            f"graphkb: error: {' '.join(exc.format_message().split())} (see '{where} --help')\n"
        )
        sys.exit(2)
    except ClickException as exc:
        sys.stderr.write(f"graphkb: error: {' '.join(exc.format_message().split())}\n")
        sys.exit(exc.exit_code)
    except Abort:
        sys.stderr.write("graphkb: interrupted\n")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
