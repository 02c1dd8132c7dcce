"""What every ``graphkb`` command shares: the typer app, the global options and their state,
the option types, and the helpers that open the store and turn errors into one line.

Command modules (:mod:`graphkb.cli` and its siblings) import from here and register their
commands on :data:`app`; :mod:`graphkb.cli` imports them all, so nothing imports back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from graphkb._exceptions import GraphkbError, ValidationError
from graphkb.model import Modality, StanceType
from graphkb.render import OutputFormat

if TYPE_CHECKING:
    from graphkb.kb import KnowledgeBase

app = typer.Typer(
    name="graphkb",
    help="A geopolitical relationship knowledge graph: who stands where, and on what evidence.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)

_state: dict[str, Any] = {"store": None, "endpoint": None}

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
SinceOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--since", help="Only stances dated on or after (YYYY-MM-DD).", formats=["%Y-%m-%d"]
    ),
]
UntilOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--until", help="Only stances dated on or before (YYYY-MM-DD).", formats=["%Y-%m-%d"]
    ),
]


def _fail(message: str) -> typer.Exit:
    first = " ".join(message.split())
    sys.stderr.write(f"graphkb: error: {first}\n")
    return typer.Exit(1)


@contextlib.contextmanager
def _kb(*, read_only: bool = True) -> Iterator[KnowledgeBase]:
    """Open the knowledge base and turn graphkb's errors into one clean line."""
    from graphkb.kb import KnowledgeBase

    try:
        with KnowledgeBase.open(
            _state["store"], read_only=read_only, endpoint=_state["endpoint"]
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
    store: StoreOpt = None, endpoint: EndpointOpt = None, version: VersionOpt = False
) -> None:
    """Query, grow and export the stance knowledge graph."""
    if store is not None and not store.strip():
        raise _fail("--store (or GRAPHKB_STORE) is empty; give the store's folder, or unset it")
    _state["store"] = Path(store) if store is not None else None
    _state["endpoint"] = endpoint


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
