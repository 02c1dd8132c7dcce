"""The analysis commands: ``dyad``, ``balance``, ``blocs``, ``pressures``, ``disputes`` and
``brief`` (each one call into :mod:`graphkb.analysis`, rendered)."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkb._cli import FormatOpt, _echo, _fail, _kb, _roll_up_note, app
from graphkb._exceptions import GraphkbError
from graphkb.render import OutputFormat

HalfLifeOpt = Annotated[
    float | None,
    typer.Option(
        "--half-life",
        metavar="DAYS",
        min=0.001,
        help="Weigh stances by recency: one DAYS old counts half (default: no decay).",
    ),
]
ActorRollUpOpt = Annotated[
    bool,
    typer.Option(
        "--roll-up/--no-roll-up",
        help="Count people and bodies for the country they serve (default: on).",
    ),
]


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    roll_up: Annotated[
        bool,
        typer.Option("--roll-up", help="The relation of the countries the two actors serve."),
    ] = False,
    half_life: HalfLifeOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show the latest N stances (0: all).")
    ] = 50,
) -> None:
    """The signed relation of two actors (asserted and reported stances, either way,
    intensity-weighted) and each stance behind it with what it adds and in how many
    documents and publishers it appears."""
    from graphkb import analysis
    from graphkb.analysis.render import render_dyad

    with _kb() as kb:
        try:
            found = analysis.dyad(
                kb, a, b, roll_up=roll_up, half_life=half_life, limit=limit or None
            )
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        if roll_up:
            _roll_up_note(kb, [a, b])
        if len(found.parts) < found.stances:
            sys.stderr.write(
                f"showing the latest {len(found.parts)} of {found.stances:,} stances; "
                "--limit 0 shows all\n"
            )
        _echo(render_dyad(found, fmt))


@app.command()
def balance(
    actor: Annotated[str | None, typer.Argument(help="Only the triads around this actor.")] = None,
    roll_up: ActorRollUpOpt = True,
    half_life: HalfLifeOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Structural balance of the signed graph: the triad census (+++, ++-, +--, ---), the
    frustration index, and the unbalanced triads (around ACTOR if given)."""
    from graphkb import analysis
    from graphkb.analysis.render import render_balance

    with _kb() as kb:
        try:
            report = analysis.balance(kb, actor, roll_up=roll_up, half_life=half_life)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        if roll_up:
            _roll_up_note(kb, [actor] if actor else [], () if actor else kb.actors())
        _echo(render_balance(report, fmt))


@app.command()
def blocs(
    k: Annotated[
        int | None,
        typer.Option("--k", min=1, help="How many blocs (default: as many as fit best)."),
    ] = None,
    roll_up: ActorRollUpOpt = True,
    half_life: HalfLifeOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Blocs of actors friendly inside and hostile across (a partition of the signed graph
    that the fewest ties go against), with members, cohesion and the ties across."""
    from graphkb import analysis
    from graphkb.analysis.render import render_blocs

    with _kb() as kb:
        try:
            report = analysis.blocs(kb, k=k, roll_up=roll_up, half_life=half_life)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        if roll_up:
            _roll_up_note(kb, [], kb.actors())
        _echo(render_blocs(report, fmt))


@app.command()
def pressures(
    actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    roll_up: ActorRollUpOpt = True,
    half_life: HalfLifeOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Ties structural balance predicts for ACTOR that are missing, weak or contrary (the
    enemy of an enemy, the friend of an enemy...), largest gap first, each with its triads."""
    from graphkb import analysis
    from graphkb.analysis.render import render_pressures

    with _kb() as kb:
        try:
            report = analysis.pressures(kb, actor, roll_up=roll_up, half_life=half_life)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        if roll_up:
            _roll_up_note(kb, [actor])
        _echo(render_pressures(report, fmt))


@app.command()
def disputes(
    actor: Annotated[
        str | None, typer.Argument(help="Only disputes where this actor's side claims or answers.")
    ] = None,
    unanswered: Annotated[
        bool, typer.Option("--unanswered", help="Also claims nobody has answered.")
    ] = False,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", min=0, help="Show each dispute's latest N claims and answers (0: all)."
        ),
    ] = 20,
    top: Annotated[
        int, typer.Option("--top", min=0, help="Show the N most answered disputes (0: all).")
    ] = 50,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Claims (accusations, reported stances) beside the accused side's answers (denials,
    rejections of the claimant, admissions), with who says what and each side's evidence;
    each dispute says how many claims and answers it has in all."""
    from graphkb import analysis
    from graphkb.analysis.render import render_disputes

    with _kb() as kb:
        try:
            report = analysis.disputes(
                kb, actor, unanswered=unanswered, limit=limit or None, top=top or None
            )
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        _roll_up_note(kb, [actor] if actor else [], () if actor else kb.actors())  # by side
        _echo(render_disputes(report, fmt))


class BriefFormat(enum.StrEnum):
    """What ``graphkb brief --format`` writes."""

    MD = "md"
    HTML = "html"


@app.command()
def brief(
    a: Annotated[str, typer.Argument(help="The actor (or the first of a pair).")],
    b: Annotated[str | None, typer.Argument(help="The second actor of a pair.")] = None,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")] = (
        BriefFormat.MD
    ),
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (- for stdout).")] = Path(
        "-"
    ),
    roll_up: Annotated[
        bool | None,
        typer.Option(
            "--roll-up/--no-roll-up",
            help="Count people and bodies for the country they serve (default: for a country).",
        ),
    ] = None,
) -> None:
    """A short cited report on an actor (opponents, supporters, latest stances, disputes,
    pressures, a timeline) or on a pair (their relation and the stances behind it), every
    statement footnoted with the evidence sentence, document, publisher, date and link."""
    from graphkb._output import is_stdout, write_output
    from graphkb.analysis.brief import build_brief
    from graphkb.analysis.brief_render import to_html, to_markdown

    with _kb() as kb:
        try:
            found = build_brief(kb, a, b, roll_up=roll_up)
            if roll_up or (
                roll_up is None and all(x.kind.value == "country" for x in found.subjects)
            ):
                _roll_up_note(kb, [x.id for x in found.subjects])
            text = to_html(found) if fmt is BriefFormat.HTML else to_markdown(found)
            if is_stdout(out):
                _echo(text)
            else:
                write_output(out, text.encode("utf-8"))
                _echo(f"wrote {out}")
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
