"""The commands that put data in: load (curated YAML, RDF), import (GDELT, PLOVER), extract
(stances from articles, nothing stored) and ingest (articles into the store)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkb._cli import _day, _echo, _fail, _kb, app
from graphkb._exceptions import GraphkbError
from graphkb.render import OutputFormat


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
