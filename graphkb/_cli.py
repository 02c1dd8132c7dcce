"""What every ``graphkb`` command shares: the typer app, the global options and their state,
the option types, and the helpers that open the store and turn errors into one line.

Command modules (:mod:`graphkb.cli` and its siblings) import from here and register their
commands on :data:`app`; :mod:`graphkb.cli` imports them all, so nothing imports back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from graphkb._exceptions import GraphkbError, ValidationError
from graphkb.model import Modality, StanceFilter, StanceType
from graphkb.render import OutputFormat

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from graphkb.kb import KnowledgeBase
    from graphkb.model import Actor

app = typer.Typer(
    name="graphkb",
    help="A geopolitical relationship knowledge graph: who stands where, and on what evidence.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass(frozen=True, slots=True)
class Options:
    """The global options, kept in the command's context (``ctx.obj``)."""

    store: Path | None = None
    endpoint: str | None = None


def _options() -> Options:
    """The global options of the command being run (their defaults outside one)."""
    try:  # typer 0.28 carries its own copy of click
        from typer._click.globals import get_current_context
    except ImportError:  # pragma: no cover - a typer that uses click itself
        from click.globals import get_current_context  # type: ignore[no-redef]

    ctx = get_current_context(silent=True)
    found = ctx.find_object(Options) if ctx is not None else None
    return found if found is not None else Options()


StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="PATH",
        help="Store folder (default: $GRAPHKB_STORE, else the user data dir).",
        envvar="GRAPHKB_STORE",
        show_envvar=False,
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
TypeOpt = Annotated[
    list[StanceType] | None,
    typer.Option(
        "--type", "-t", help="Only these stance types (repeatable).", case_sensitive=False
    ),
]
FactualOpt = Annotated[
    list[Modality] | None,
    typer.Option(
        "--modality",
        "-m",
        help="Only these modalities (repeatable); default asserted+reported.",
        case_sensitive=False,
    ),
]
ModalityOpt = Annotated[
    list[Modality] | None,
    typer.Option(
        "--modality",
        "-m",
        help="Only these modalities (repeatable); default all four.",
        case_sensitive=False,
    ),
]


def _day_option(flag: str, help_text: str) -> Any:
    """An option taking a day, YYYY-MM-DD."""
    return typer.Option(flag, help=help_text, formats=["%Y-%m-%d"])


SinceOpt = Annotated[
    dt.datetime | None,
    _day_option("--since", "Only stances whose event is on or after (YYYY-MM-DD)."),
]
UntilOpt = Annotated[
    dt.datetime | None,
    _day_option("--until", "Only stances whose event is on or before (YYYY-MM-DD)."),
]


def _fail(message: str) -> typer.Exit:
    first = " ".join(message.split())
    sys.stderr.write(f"graphkb: error: {first}\n")
    return typer.Exit(1)


@contextlib.contextmanager
def _kb(*, read_only: bool = True) -> Iterator[KnowledgeBase]:
    """Open the knowledge base and turn graphkb's errors into one clean line."""
    from graphkb.kb import KnowledgeBase

    options = _options()
    try:
        with KnowledgeBase.open(
            options.store, read_only=read_only, endpoint=options.endpoint
        ) as kb:
            yield kb
    except GraphkbError as exc:
        raise _fail(str(exc)) from None


def _echo(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


_T = TypeVar("_T")


def _usage(make: Callable[[], _T]) -> _T:
    """``make()``, with a value the model refuses (a --since after --until) turned into a
    usage error: one line, exit 2."""
    try:
        return make()
    except ValidationError as exc:
        raise typer.BadParameter(str(exc)) from None


EndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        metavar="URL",
        help="A SPARQL 1.1 endpoint to use instead of the embedded store "
        "(default: $GRAPHKB_ENDPOINT).",
        envvar="GRAPHKB_ENDPOINT",
        show_envvar=False,
    ),
]


def _show_version(value: bool) -> None:
    if value:
        from graphkb import __version__

        _echo(f"graphkb {__version__}")
        raise typer.Exit


VersionOpt = Annotated[
    bool,
    typer.Option(
        "--version", help="Show graphkb's version and exit.", callback=_show_version, is_eager=True
    ),
]


@app.callback()
def _main(
    ctx: typer.Context,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    version: VersionOpt = False,
) -> None:
    """Query, grow and export the stance knowledge graph."""
    if store is not None and not store.strip():
        raise typer.BadParameter(
            "--store (or GRAPHKB_STORE) is empty; give the store's folder, or unset it"
        )
    ctx.obj = Options(Path(store) if store is not None else None, endpoint or None)


RollUpOpt = Annotated[
    bool, typer.Option("--roll-up", help="Group people and organisations under their country.")
]
LimitOpt = Annotated[
    int | None, typer.Option("--limit", "-n", min=0, help="Show at most N (0 or unset: all).")
]
RankLimitOpt = Annotated[
    int,
    typer.Option("--limit", "-n", min=0, help="Show the top N (0: all; the total is on stderr)."),
]

MinSourcesOpt = Annotated[
    int,
    typer.Option(
        "--min-sources",
        min=1,
        help="Only rows whose stance is found in at least N distinct documents "
        "(the docs/pubs column).",
    ),
]
IncludeRetractedOpt = Annotated[
    bool,
    typer.Option(
        "--include-retracted", help="Also show stances a curator retracted (marked as such)."
    ),
]
ReportedSinceOpt = Annotated[
    dt.datetime | None,
    _day_option(
        "--reported-since", "Only stances from documents reported on or after (YYYY-MM-DD)."
    ),
]
ReportedUntilOpt = Annotated[
    dt.datetime | None,
    _day_option(
        "--reported-until", "Only stances from documents reported on or before (YYYY-MM-DD)."
    ),
]


def filter_options(
    modality: object = FactualOpt,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The stance filter's options, declared once for every command that filters stances.

    The command names a ``where: StanceFilter`` parameter where the options go (--type,
    ``modality`` as --modality, --since, --until, --reported-since, --reported-until) and is
    called with the filter they make, its own ``source``, ``target`` and ``roll_up``
    parameters included when it has them; a window that ends before it starts is a usage
    error (exit 2)."""
    kinds = {
        "type_": TypeOpt,
        "modality": modality,
        "since": SinceOpt,
        "until": UntilOpt,
        "reported_since": ReportedSinceOpt,
        "reported_until": ReportedUntilOpt,
    }

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        declared = inspect.signature(command, eval_str=True)
        params: list[inspect.Parameter] = []
        for param in declared.parameters.values():
            if param.name != "where":
                params.append(param)
                continue
            params += [
                inspect.Parameter(name, param.kind, default=None, annotation=kinds[name])
                for name in kinds
            ]

        def run(**given: Any) -> None:
            chosen = {name: given.pop(name) for name in kinds}
            where = _usage(
                lambda: StanceFilter(
                    given.get("source"),
                    given.get("target"),
                    chosen["type_"],
                    chosen["modality"],
                    chosen["since"],
                    chosen["until"],
                    given.get("roll_up", False),
                    chosen["reported_since"],
                    chosen["reported_until"],
                )
            )
            command(where=where, **given)

        run.__name__, run.__doc__ = command.__name__, command.__doc__
        run.__signature__ = declared.replace(parameters=params)  # type: ignore[attr-defined]
        return run

    return decorate


def _roll_up_note(kb: KnowledgeBase, named: Sequence[str], shown: Iterable[Actor] = ()) -> None:
    """On stderr: the people and bodies with no country near the ``named`` actors' states or
    among those ``shown``, which a roll-up counts apart, each with its fix."""
    from graphkb.rollup import fix_note, lost

    found = {a.id: a for a in kb.homeless(*named)}
    found.update((a.id, a) for a in shown if lost(a))
    sys.stderr.write(fix_note([found[k] for k in sorted(found)]))
