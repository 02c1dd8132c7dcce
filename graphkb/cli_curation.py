"""The curation commands: retract, correct, edit-actor, add-alias, merge-actors, add-actor,
remove --document and history. Each makes one call to :mod:`graphkb.curation` and prints what
changed (or, with ``--dry-run``, what would)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from graphkb._cli import FormatOpt, _echo, _fail, _kb, app
from graphkb._exceptions import GraphkbError
from graphkb.render import OutputFormat

if TYPE_CHECKING:
    from graphkb.curation import Plan
    from graphkb.kb import KnowledgeBase

ReasonOpt = Annotated[
    str | None, typer.Option("--reason", "-r", help="Why: kept with the record (PROV-O).")
]
DryRunOpt = Annotated[
    bool, typer.Option("--dry-run", help="Show what would change; change nothing.")
]


def _change(run: Callable[[KnowledgeBase], Plan], dry_run: bool) -> None:
    """Open the store for writing (read-only for a dry run), run, print the plan."""
    with _kb(read_only=dry_run) as kb:
        try:
            plan = run(kb)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    for line in plan.lines:
        _echo(line)
    _echo("dry run: nothing was changed" if dry_run else "recorded; see `graphkb history`")


@app.command()
def retract(
    stance_ids: Annotated[list[str], typer.Argument(help="Stance ids (from `stances`).")],
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Retract stances: kept with their evidence (--include-retracted shows them), never
    counted in rankings, relations, pages or SPARQL's shortcut triples."""
    from graphkb import curation

    _change(lambda kb: curation.retract(kb, stance_ids, reason=reason, dry_run=dry_run), dry_run)


@app.command()
def correct(
    stance_id: Annotated[str, typer.Argument(help="Stance id (from `stances`).")],
    type_: Annotated[str | None, typer.Option("--type", "-t", help="The right type.")] = None,
    source: Annotated[str | None, typer.Option(help="The right source actor.")] = None,
    target: Annotated[str | None, typer.Option(help="The right target actor.")] = None,
    modality: Annotated[
        str | None, typer.Option("--modality", "-m", help="The right modality.")
    ] = None,
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Correct a stance's type, actors or modality; it keeps its id and evidence."""
    from graphkb import curation

    _change(
        lambda kb: curation.correct(
            kb,
            stance_id,
            type_=type_,
            source=source,
            target=target,
            modality=modality,
            reason=reason,
            dry_run=dry_run,
        ),
        dry_run,
    )


@app.command("edit-actor")
def edit_actor(
    actor: Annotated[str, typer.Argument(help="The actor (id or any name).")],
    country: Annotated[
        str | None,
        typer.Option(help="The country it serves (ISO3 or name; 'none' to clear)."),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="person, organization, company or group.")
    ] = None,
    role: Annotated[str | None, typer.Option(help="Its role, e.g. 'Defence Minister'.")] = None,
    name: Annotated[str | None, typer.Option(help="Its name.")] = None,
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Fix an actor: the country a person or body serves (so --roll-up counts it), its
    kind (a city stored as a person), role or name."""
    from graphkb import curation

    _change(
        lambda kb: curation.edit_actor(
            kb,
            actor,
            country=country,
            kind=kind,
            role=role,
            new_name=name,
            reason=reason,
            dry_run=dry_run,
        ),
        dry_run,
    )


@app.command("add-alias")
def add_alias(
    actor: Annotated[str, typer.Argument(help="The actor (id or any name).")],
    alias: Annotated[str, typer.Argument(help="Another name for it, as articles write it.")],
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Give an actor another name: queries accept it and later extraction recognises it."""
    from graphkb import curation

    _change(
        lambda kb: curation.add_alias(kb, actor, alias, reason=reason, dry_run=dry_run), dry_run
    )


@app.command("merge-actors")
def merge_actors(
    keep: Annotated[str, typer.Argument(help="The actor that stays.")],
    drop: Annotated[str, typer.Argument(help="The actor merged into it.")],
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Merge DROP into KEEP: DROP's stances and names move to KEEP, and DROP's id answers as
    KEEP."""
    from graphkb import curation

    _change(
        lambda kb: curation.merge_actors(kb, keep, drop, reason=reason, dry_run=dry_run), dry_run
    )


@app.command("add-actor")
def add_actor(
    name: Annotated[str, typer.Argument(help="The actor's name.")],
    kind: Annotated[str, typer.Option(help="person, organization, company or group.")],
    actor_id: Annotated[
        str | None, typer.Option("--id", help="Its id (default: a slug of the name).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="The country it serves.")] = None,
    role: Annotated[str | None, typer.Option(help="Its role.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another name (repeatable).")
    ] = None,
    reason: ReasonOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Add an actor the gazetteer lacks; later extraction recognises it."""
    from graphkb import curation

    _change(
        lambda kb: curation.add_actor(
            kb,
            name,
            kind=kind,
            actor_id=actor_id,
            country=country,
            role=role,
            aliases=alias or (),
            reason=reason,
            dry_run=dry_run,
        ),
        dry_run,
    )


@app.command()
def remove(
    document: Annotated[
        str, typer.Option("--document", "-d", help="The document's id (from `stances`).")
    ],
    dry_run: DryRunOpt = False,
) -> None:
    """Remove a document added by mistake: its stances, their evidence, and the actors only
    it mentioned."""
    from graphkb import curation

    _change(lambda kb: curation.remove_document(kb, document, dry_run=dry_run), dry_run)


@app.command()
def history(
    key: Annotated[str, typer.Argument(help="A stance id, or an actor (id or any name).")],
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """The corrections made to a stance or an actor: who, when, why, what."""
    from graphkb import curation
    from graphkb.render import render_records

    with _kb() as kb:
        try:
            records = curation.history(kb, key)
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
    rows = [
        {
            "time": r.time.isoformat(),
            "curator": r.curator,
            "action": r.action.value,
            "subject": r.subject,
            "changes": "; ".join(f"{k}={v}" for k, v in r.changes),
            "reason": r.reason or "",
        }
        for r in records
    ]
    if fmt is OutputFormat.TABLE and not rows:
        _echo(f"no corrections to {key}")
        return
    _echo(render_records(rows, fmt, title=f"History of {key}"))
