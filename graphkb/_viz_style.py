"""How the graph page draws actors and edges, shared by the page (:mod:`graphkb.viz`,
:mod:`graphkb._viz_page`) and the layout (:mod:`graphkb.graph`): the style of each actor kind,
the stable order of edges, and the country a node folds into."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from graphkb.model import ActorKind

# kind -> (vis shape, colour); anything else falls back to OTHER_KIND
KIND_STYLE: dict[str, tuple[str, str]] = {
    ActorKind.COUNTRY: ("dot", "#4e79a7"),
    ActorKind.PERSON: ("diamond", "#f28e2b"),
    ActorKind.ORGANIZATION: ("square", "#76b7b2"),
    ActorKind.COMPANY: ("triangle", "#b07aa1"),
    ActorKind.GROUP: ("star", "#edc948"),
}
OTHER_KIND = ("hexagon", "#bab0ac")
MORE_STYLE = ("ellipse", "#eeeeee")
"""An "and N more" node: the actors a hub's spokes were capped at."""


def sorted_edges(graph: Any) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """The graph's edges as (source, target, key, attributes), in a stable order."""
    if graph.is_multigraph():
        triples: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = graph.edges(keys=True, data=True)
    else:
        triples = ((u, v, f"{u}->{v}", d) for u, v, d in graph.edges(data=True))
    rows = ((str(u), str(v), str(k), d) for u, v, k, d in triples)
    yield from sorted(rows, key=lambda row: row[:3])


def served_country(attrs: Mapping[str, Any]) -> str | None:
    """The country a person or body folds into (an armed group's is where it fights)."""
    if attrs.get("kind") in (ActorKind.COUNTRY, ActorKind.GROUP, "more"):
        return None
    country = attrs.get("country")
    return str(country) if country else None
