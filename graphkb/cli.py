"""The ``graphkb`` command: a thin shell over :class:`graphkb.KnowledgeBase`.

Each command opens the store, calls one library function, renders the result and turns
graphkb's own errors into one line on stderr with exit code 1 (bad usage exits 2).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graphkb import cli_analysis as _cli_analysis  # noqa: F401
from graphkb import cli_curation as _cli_curation  # noqa: F401  (registers its commands)
from graphkb import cli_ingest as _cli_ingest  # noqa: F401
from graphkb import cli_store as _cli_store  # noqa: F401
from graphkb import cli_time as _cli_time  # noqa: F401  (registers its commands)
from graphkb._cli import (
    FactualOpt,
    FormatOpt,
    IncludeRetractedOpt,
    LimitOpt,
    MinSourcesOpt,
    ModalityOpt,
    RankLimitOpt,
    RollUpOpt,
    TypeOpt,
    _echo,
    _fail,
    _kb,
    _roll_up_note,
    app,
    filter_options,
)
from graphkb._exceptions import GraphkbError
from graphkb.model import ActorKind, StanceFilter
from graphkb.render import OutputFormat

if TYPE_CHECKING:
    from graphkb.kb import KnowledgeBase
    from graphkb.model import Actor
    from graphkb.queries import StanceView

_EVERYTHING = StanceFilter()  # the default of a filter the options replace (filter_options)


def _rank_command(
    polarity: int,
    actor: str,
    where: StanceFilter,
    fmt: OutputFormat,
    limit: int,
    min_sources: int = 1,
) -> None:
    from graphkb.corroboration import ranking_sources
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
        if where.roll_up:
            from graphkb.rollup import fix_note, lost

            sys.stderr.write(fix_note([r.actor for r in ranked if lost(r.actor)]))
        if limit and ranked.total > limit:
            sys.stderr.write(
                f"showing the top {limit} of {ranked.total:,} actors; --limit 0 shows all\n"
            )
        found = ranking_sources(kb.store, target.id, [r.actor.id for r in ranked], polarity, where)
        rows = [r for r in ranked if found[r.actor.id].documents >= min_sources]
        sources = [(found[r.actor.id].documents, found[r.actor.id].publishers) for r in rows]
        title = f"Who {verb} {target.name} ({target.id})"
        _echo(render_ranked(rows, fmt, title=title, sources=sources))


def _ranking(name: str, polarity: int, doc: str) -> None:
    """Register ``who-opposes`` (polarity -1) or ``who-supports`` (+1): the same options."""

    def rank(
        actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
        roll_up: RollUpOpt = False,
        where: StanceFilter = _EVERYTHING,
        fmt: FormatOpt = OutputFormat.TABLE,
        limit: RankLimitOpt = 25,
        min_sources: MinSourcesOpt = 1,
    ) -> None:
        _rank_command(polarity, actor, where, fmt, limit, min_sources)

    rank.__doc__ = doc
    app.command(name)(filter_options()(rank))


def _two_actors(kb: KnowledgeBase, a: str, b: str, *, roll_up: bool) -> tuple[Actor, Actor]:
    """The two actors ``a`` and ``b`` name, refused when they are one (or, rolled up, of one
    state)."""
    first, second = kb.resolve(a), kb.resolve(b)
    if first.id == second.id:
        raise _fail(
            f"{a!r} and {b!r} are both {first.name} ({first.id}); give two different actors"
        )
    if roll_up and first.home == second.home:
        raise _fail(f"{a!r} and {b!r} both roll up to {first.home}; give actors of two states")
    return first, second


_ranking("who-opposes", -1, "Actors with conflictual stances toward ACTOR, ranked by score.")
_ranking("who-supports", 1, "Actors with cooperative stances toward ACTOR, ranked by score.")


@app.command("two-hop")
def two_hop(
    actor: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    supports: Annotated[
        bool,
        typer.Option("--supports", help="Supporters of its supporters instead of opponents."),
    ] = False,
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    roll_up: RollUpOpt = False,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: RankLimitOpt = 25,
) -> None:
    """Opponents of ACTOR's opponents (enemies of its enemies), by how many of them each one
    opposes; with --supports, supporters of its supporters; with --roll-up, between states."""
    from graphkb.render import render_second_degree

    polarity = 1 if supports else -1
    with _kb() as kb:
        target = kb.resolve(actor)
        where = StanceFilter(types=type_, modalities=modality, roll_up=roll_up)
        pairs = kb.two_hop(target.id, where, polarity=polarity)
        if roll_up:
            _roll_up_note(kb, [target.id], [a for a, _ in pairs])
            target = kb.store.actors({target.home}).get(target.home) or target
    word = "Supporters of the supporters" if supports else "Opponents of the opponents"
    if limit and len(pairs) > limit:
        sys.stderr.write(f"showing the top {limit} of {len(pairs):,} actors; --limit 0 shows all\n")
    shown = pairs[:limit] if limit else pairs
    _echo(render_second_degree(shown, fmt, title=f"{word} of {target.name} ({target.id})"))


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
    min_sources: MinSourcesOpt = 1,
    include_retracted: IncludeRetractedOpt = False,
    roll_up: RollUpOpt = False,
) -> None:
    """The stances between two actors, both directions, oldest first, with modality and
    evidence: the latest 50 unless --limit says otherwise (the total goes to stderr). With
    --roll-up, between everyone serving either side's state."""
    from graphkb.render import render_stances

    with _kb() as kb:
        first, second = _two_actors(kb, a, b, roll_up=roll_up)
        where = StanceFilter(modalities=modality, roll_up=roll_up)
        views = kb.relations(first.id, second.id, where, latest=limit or None)
        if roll_up:
            from graphkb.rollup import fix_note

            sys.stderr.write(fix_note(kb.homeless(first.id, second.id)))
        retracted = set()
        if include_retracted:
            extra = kb.retracted(
                StanceFilter(first.id, second.id, modalities=modality), both_ways=True
            )
            retracted = {v.stance.id for v in extra}
            views = sorted([*views, *extra], key=lambda v: v.stance.date or dt.date.min)
        if limit and len(views) == limit and not roll_up:
            total = kb.count_relations(first.id, second.id, where)
            if total > limit:
                sys.stderr.write(
                    f"showing the latest {limit} of {total:,} stances; --limit 0 shows all\n"
                )
        views, sources = _corroborated(kb, views, min_sources)
        title = f"{first.name} and {second.name}"
        _echo(render_stances(views, fmt, title=title, sources=sources, retracted=retracted))


def _corroborated(
    kb: KnowledgeBase, views: list[StanceView], min_sources: int
) -> tuple[list[StanceView], list[tuple[int, int]]]:
    """The rows found in at least ``min_sources`` documents, with their corroboration."""
    from graphkb.corroboration import corroborate, key_of

    found = corroborate(kb.store, views)
    kept = [v for v in views if found[key_of(v)].documents >= min_sources]
    return kept, [(found[key_of(v)].documents, found[key_of(v)].publishers) for v in kept]


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Any name, alias, code or id.")],
    roll_up: RollUpOpt = False,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """An actor's ids, aliases, role, country and a summary of its stances; with --roll-up,
    of the state it serves with everyone serving it."""
    from graphkb.render import render_profile

    with _kb() as kb:
        prof = kb.actor(name, roll_up=roll_up)
        if roll_up:
            _roll_up_note(kb, [prof.actor.id])
        _echo(render_profile(prof, fmt))


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
        records = [{**a.to_dict(), "role": a.role, "wikidata": a.qid} for a in found]
        _echo(render_records(records, fmt, title="Actors"))


@app.command()
@filter_options(ModalityOpt)
def stances(
    source: Annotated[str | None, typer.Option(help="Source actor.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor.")] = None,
    where: StanceFilter = _EVERYTHING,
    fmt: FormatOpt = OutputFormat.TABLE,
    limit: LimitOpt = None,
    min_sources: MinSourcesOpt = 1,
    include_retracted: IncludeRetractedOpt = False,
    roll_up: RollUpOpt = False,
) -> None:
    """Stances matching the filters (all modalities unless --modality narrows them); with
    --roll-up, --source and --target stand for their state and everyone serving it."""
    from graphkb.render import render_stances

    with _kb() as kb:
        views = kb.stances(where)
        if roll_up and (source or target):
            from graphkb.rollup import fix_note

            named = [n for n in (source, target) if n]
            sys.stderr.write(fix_note(kb.homeless(*named)))
        retracted = set()
        if include_retracted:
            extra = kb.retracted(where)
            retracted = {v.stance.id for v in extra}
            views = sorted([*views, *extra], key=lambda v: v.stance.date or dt.date.min)
        views, sources = _corroborated(kb, views[:limit] if limit else views, min_sources)
        _echo(render_stances(views, fmt, title="Stances", sources=sources, retracted=retracted))


@app.command()
def path(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    type_: TypeOpt = None,
    modality: FactualOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Show at most N chains (0: all).")
    ] = 5,
    roll_up: RollUpOpt = False,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """How two actors connect: the shortest chains of stances between them, either way; with
    --roll-up, between their states (each hop a stance between two states' sides)."""
    from graphkb.render import render_paths

    with _kb() as kb:
        first, second = _two_actors(kb, a, b, roll_up=roll_up)
        paths = kb.path(
            first.id,
            second.id,
            StanceFilter(types=type_, modalities=modality, roll_up=roll_up),
            max_paths=limit or 100_000,
        )
        if roll_up:
            on_paths = [a for p in paths for v in p for a in (v.source, v.target)]
            _roll_up_note(kb, [first.id, second.id], on_paths)
            homes = kb.store.actors({first.home, second.home})
            first, second = homes.get(first.home, first), homes.get(second.home, second)
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
    roll_up: RollUpOpt = False,
) -> None:
    """Write the interactive HTML graph (offline, self-contained); with --roll-up, the graph
    between states, each person or body drawn as the state it serves."""
    import warnings

    from graphkb._exceptions import GraphkbNote

    with _kb() as kb, warnings.catch_warnings(record=True) as notes:
        warnings.simplefilter("always", GraphkbNote)
        try:
            colours = None
            if blocs:  # the analysis layer sits above the knowledge base
                from graphkb.analysis import bloc_of

                colours = bloc_of(kb)
            written = kb.viz(
                out,
                focus=focus,
                depth=depth,
                top=top,
                where=StanceFilter(types=type_, modalities=modality, roll_up=roll_up),
                blocs=colours,
            )
        except GraphkbError as exc:
            raise _fail(str(exc)) from None
        if roll_up:
            _roll_up_note(kb, [focus] if focus else [], () if focus else kb.actors())
    for note in notes:
        if issubclass(note.category, GraphkbNote):
            sys.stderr.write(f"graphkb: note: {note.message}\n")
    from graphkb._output import is_stdout

    if not is_stdout(written):
        _echo(f"wrote {written}")


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
