"""The commands that watch relations over time: ``timeline A B`` and ``changes --since``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkb._cli import (
    FactualOpt,
    FormatOpt,
    RollUpOpt,
    TypeOpt,
    UntilOpt,
    _day,
    _echo,
    _fail,
    _kb,
    _usage,
    app,
    filter_options,
)
from graphkb._exceptions import GraphkbError
from graphkb.model import StanceFilter
from graphkb.render import OutputFormat, render_records
from graphkb.timeline import Period

_EVERYTHING = StanceFilter()  # the default of a filter the options replace (filter_options)


@app.command()
@filter_options()
def timeline(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    by: Annotated[
        Period, typer.Option("--by", help="Period length.", case_sensitive=False)
    ] = Period.MONTH,
    where: StanceFilter = _EVERYTHING,
    roll_up: RollUpOpt = False,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", metavar="FILE.svg", help="Also draw it as an SVG picture."),
    ] = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """How the relation between two actors went, per month, quarter or year: stances by type
    and polarity, and the net signed score (+ cooperation, - conflict), each direction."""
    if plot is not None and plot.suffix.lower() != ".svg":
        raise _fail(f"--plot {plot}: the picture is an SVG; give a FILE.svg")
    with _kb() as kb:
        try:
            line = kb.timeline(a, b, where, by=by.value)
            if roll_up:
                from graphkb.rollup import fix_note

                sys.stderr.write(fix_note(kb.homeless(line.a.id, line.b.id)))
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    if plot is not None:
        from graphkb.timeline import plot_timeline

        try:
            plot_timeline(line, plot)
        except OSError as exc:
            raise _fail(f"cannot write {plot} ({exc.strerror}); choose a writable path") from None
        sys.stderr.write(f"drew the timeline in {plot}\n")
    records = [
        {
            **r.to_dict(),
            "types": "; ".join(f"{t} x{n}" if n > 1 else t for t, n in sorted(r.types.items())),
        }
        for r in line.rows
    ]
    if fmt is OutputFormat.JSON:
        records = [r.to_dict() for r in line.rows]
    title = f"{line.a.name} and {line.b.name}, by {line.by.value}"
    if not records and fmt is OutputFormat.TABLE:
        _echo(f"{title}: no dated stances found.")
        return
    _echo(render_records(records, fmt, title=title))


@app.command()
def changes(
    since: Annotated[
        dt.datetime,
        typer.Option("--since", help="Start of the period (YYYY-MM-DD).", formats=["%Y-%m-%d"]),
    ],
    until: UntilOpt = None,
    actor: Annotated[
        str | None, typer.Option("--actor", "-a", help="Only dyads this actor is in.")
    ] = None,
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    roll_up: RollUpOpt = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show the largest N (0: all).")
    ] = 25,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Dyads that appeared, strengthened, weakened or flipped sign from --since to --until
    (default: the latest stance) against the period of the same length just before, largest
    change first, with the stances behind each; with --roll-up, between states."""
    where = _usage(
        lambda: StanceFilter(
            types=type_, modalities=modality, since=since, until=until, roll_up=roll_up
        )
    )
    with _kb() as kb:
        try:
            found = kb.changes(since.date(), until=_day(until), actor=actor, where=where)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        actors = kb.store.actors({c.source for c in found} | {c.target for c in found})
        names = {a.id: a.name for a in actors.values()}
        if roll_up:
            from graphkb.rollup import fix_note, lost

            sys.stderr.write(fix_note(sorted(filter(lost, actors.values()), key=lambda a: a.id)))
    if limit and len(found) > limit:
        sys.stderr.write(
            f"showing the largest {limit} of {len(found):,} changes; --limit 0 shows all\n"
        )
    shown = found[:limit] if limit else found
    if fmt is OutputFormat.JSON:
        _echo(render_records([c.to_dict() for c in shown], fmt))
        return
    records = [
        {
            "source": names.get(c.source, c.source),
            "target": names.get(c.target, c.target),
            "change": c.kind,
            "before": f"{c.before:.2f}",
            "after": f"{c.after:.2f}",
            "stances": c.count_after,
            "stance ids": " ".join(c.stances[:5]) + (" ..." if len(c.stances) > 5 else ""),
        }
        for c in shown
    ]
    title = f"Changes since {since.date()}" + (f" involving {actor}" if actor else "")
    if not records and fmt is OutputFormat.TABLE:
        _echo(f"{title}: no dyad changed.")
        return
    _echo(render_records(records, fmt, title=title))
