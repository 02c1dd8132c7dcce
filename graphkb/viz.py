"""An interactive view of a stance graph: one self-contained HTML page that works offline.

:func:`render_html` turns a stance graph into three lists the page's script works from (actors
with their positions, stances with their evidence, documents) and writes them into graphkb's
own page (:mod:`graphkb._viz_page`) beside vis-network's script and stylesheet, which pyvis
ships and which are inlined. pyvis's own template is not used: it links Bootstrap and
tom-select from CDNs, prints the heading unescaped, and shows tooltips through ``innerHTML``.

The page is an analyst's workbench: one line per pair of actors (width by the number of
stances, colour by their net signed score, label on hover or close up), an evidence panel that
stays open with each stance's sentence, document and a citation to copy, search by name, alias
or id, an event-date range, document, type and modality filters (actors left without a stance
are hidden), a roll-up of officials into their country, and an "all stances" view with one
line per stance.

Every string from the data reaches the page by one of two routes, never raw:

* ``html.escape`` into markup: the title, the filter and legend labels, the table view;
* JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as
  ``\\u`` escapes, which the page's script puts on screen only through ``textContent``,
  form values and the canvas.

A Content-Security-Policy allows exactly the page's own inline scripts (by hash) and no fetch
of any kind, so even a mistake here could neither run injected handlers nor reach the network.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from graphkb._exceptions import GraphkbError, GraphkbNote
from graphkb._output import is_stdout, write_output
from graphkb._viz_style import KIND_STYLE, MORE_STYLE, OTHER_KIND, served_country, sorted_edges
from graphkb.model import MODALITY_WEIGHT, Modality, StanceFilter, StanceType

if TYPE_CHECKING:
    import networkx as nx

    from graphkb.stores import StanceStore

__all__ = ["render_html"]

# bloc number -> node colour with --blocs (cycled past ten blocs)
BLOC_COLOURS = (
    "#4e79a7",
    "#e15759",
    "#59a14f",
    "#f28e2b",
    "#b07aa1",
    "#edc948",
    "#76b7b2",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
_DOCUMENT_FIELDS = {
    "title": "document_title",
    "publisher": "document_publisher",
    "url": "document_url",
    "date": "document_date",
}
LABEL_CHARS = 28
"""Longer names are shortened on the canvas (the panel and tooltips show them whole)."""


def render_html(
    graph: Any,
    out: Path,
    *,
    title: str = "graphkb",
    physics: bool = True,
    positions: dict[str, tuple[float, float]] | None = None,
    focus: str | None = None,
    blocs: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
) -> Path:
    """Write ``graph`` (a ``networkx.MultiDiGraph`` from :mod:`graphkb.graph`) as one HTML page.

    The page needs no network: vis-network is inlined and a Content-Security-Policy forbids
    every fetch. Nodes are shaped by kind and coloured by kind, or with ``blocs`` (actor id to
    bloc number, from :func:`graphkb.analysis.bloc_of`) by bloc, and sized by their number of
    stances;
    ``focus`` is drawn with a heavy border; ``names`` gives the names of actors the stances
    mention (as claimants) without drawing them. Nodes of kind ``more`` (from
    :func:`graphkb.graph.cap_spokes`) stand for the actors left out around their ``hub``.

    With ``physics=True`` the layout keeps simulating (``positions``, if given, are starting
    points). With ``physics=False`` the layout is frozen: at ``positions`` (any units; scaled
    to fit, then nudged apart until no two node labels overlap; every node needs one) or,
    without them, wherever a first simulation settles.

    Returns ``out``. Raises :class:`~graphkb._exceptions.GraphkbError` when ``out`` cannot be
    written or ``positions`` does not cover the graph. The page is written to a temporary file
    beside ``out`` and moved into place, so a failure never leaves half a page.
    """
    from graphkb._viz_page import page

    out = Path(out)
    _check_target(out)
    if positions is not None:
        _check_positions(graph, positions, every_node=not physics)
    payload = _payload(graph, positions, focus=focus, blocs=blocs or {})
    drawn = {a["id"] for a in payload["actors"]}
    payload["names"] = {str(k): str(v) for k, v in sorted((names or {}).items()) if k not in drawn}
    payload["options"] = _options(physics=physics or positions is None, n_nodes=len(graph))
    payload["freeze"] = not physics
    write_output(out, page(graph, title=title, payload=payload).encode("utf-8"))
    return out


def _check_target(out: Path) -> None:
    if is_stdout(out):
        return
    if out.is_dir():
        raise GraphkbError(f"cannot write the page to {out}: it is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise GraphkbError(
            f"cannot write the page to {out}: folder {folder} does not exist; create it first"
        )


def _check_positions(
    graph: Any, positions: Mapping[str, tuple[float, float]], *, every_node: bool
) -> None:
    missing = sorted(str(node) for node in graph.nodes if node not in positions)
    if every_node and missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        raise GraphkbError(
            f"positions lack {len(missing)} node(s) ({shown}); give every node a position "
            "or render with physics=True"
        )
    for node, point in positions.items():
        try:
            finite = len(point) == 2 and all(math.isfinite(float(v)) for v in point)
        except (TypeError, ValueError):
            finite = False
        if not finite:
            raise GraphkbError(f"position of {node!r} is {point!r}; give two finite numbers")


def _payload(
    graph: Any,
    positions: Mapping[str, tuple[float, float]] | None,
    *,
    focus: str | None,
    blocs: Mapping[str, int],
) -> dict[str, Any]:
    """What the page's script reads: actors, stances and documents, all sorted."""
    from graphkb._viz_layout import footprint, spread

    node_ids = sorted((str(n) for n in graph.nodes), key=str)
    stances, documents = _stances(graph)
    weight: Counter[str] = Counter()
    for record in stances:
        weight[record["source"]] += record["count"]
        weight[record["target"]] += record["count"]
    actors = [_actor(graph, node, weight[node], blocs.get(node)) for node in node_ids]
    for actor in actors:
        if actor["id"] == focus:
            actor["font"] += 2
    if positions:
        boxes = {a["id"]: footprint(a["label"], a["size"], a["font"]) for a in actors}
        coords = spread(_scaled(positions, node_ids, boxes), boxes)
        for actor in actors:
            if actor["id"] in coords:
                actor["x"], actor["y"] = coords[actor["id"]]
    return {
        "actors": actors,
        "stances": stances,
        "documents": documents,
        "focus": focus if focus in graph else None,
        "modality_weight": {m.value: w for m, w in MODALITY_WEIGHT.items()},
    }


def _scaled(
    positions: Mapping[str, tuple[float, float]],
    node_ids: Sequence[str],
    boxes: Mapping[str, tuple[float, float, float, float]],
) -> dict[str, tuple[float, float]]:
    """Centre the given positions and scale them to a canvas-sized spread (vis units), with
    room for the labels: about twice their total area."""
    placed = {
        n: (float(positions[n][0]), float(positions[n][1])) for n in node_ids if n in positions
    }
    if not placed:
        return {}
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    area = sum((b[2] - b[0]) * (b[3] - b[1]) for n, b in boxes.items() if n in placed)
    factor = max(600.0, 110.0 * math.sqrt(len(node_ids)), 1.4 * math.sqrt(area)) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        n: (round((x - cx) * factor, 2), round((y - cy) * factor, 2))
        for n, (x, y) in placed.items()
    }


def _actor(graph: Any, node: str, stances: int, bloc: int | None) -> dict[str, Any]:
    attrs = graph.nodes[node]
    kind = str(attrs.get("kind") or "")
    name = str(attrs.get("name") or node)
    if kind == "more":
        shape, colour = MORE_STYLE
    else:
        shape, colour = KIND_STYLE.get(kind, OTHER_KIND)
    home = served_country(attrs)
    record: dict[str, Any] = {
        "id": node,
        "name": name,
        "label": name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "\u2026",
        "kind": kind,
        "country": attrs.get("country"),
        "role": attrs.get("role"),
        "qid": attrs.get("qid"),
        "aliases": sorted({str(a) for a in attrs.get("aliases") or ()}),
        "home": home if home in graph and home != node else None,
        "shape": shape,
        "colour": colour if bloc is None else BLOC_COLOURS[(int(bloc) - 1) % len(BLOC_COLOURS)],
        "bloc": bloc,
        "size": round(min(10 + 4 * math.sqrt(stances), 60.0), 2),
        # hubs' names in larger type, readable when a big graph is zoomed out to fit
        "font": 12 if kind == "more" else round(14 + min(8.0, 1.5 * math.log2(max(stances, 1)))),
    }
    if kind == "more":
        record["hub"] = str(attrs.get("hub"))
        record["names"] = [str(n) for n in attrs.get("names") or ()]
    return record


def _stances(graph: Any) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """One record per edge (an aggregated edge keeps its count and sample), and the documents
    they cite."""
    stances: list[dict[str, Any]] = []
    documents: dict[str, dict[str, Any]] = {}
    for source, target, key, attrs in sorted_edges(graph):
        type_ = str(attrs.get("type") or "")
        stance_type = StanceType.__members__.get(type_)
        polarity = attrs.get("polarity", stance_type.polarity if stance_type else 0)
        document = str(attrs.get("document") or "")
        if document:  # what one stance lacks about its document, another may carry
            known = documents.setdefault(document, dict.fromkeys(_DOCUMENT_FIELDS))
            for field, attr in _DOCUMENT_FIELDS.items():
                if known[field] is None and attrs.get(attr) is not None:
                    known[field] = attrs[attr]
        stances.append(
            {
                "id": str(attrs.get("sample") or key),
                "source": source,
                "target": target,
                "type": type_,
                "modality": str(attrs.get("modality") or Modality.ASSERTED),
                "polarity": int(polarity or 0),
                "symmetric": bool(stance_type.symmetric) if stance_type else False,
                "date": attrs.get("date"),
                "document": document,
                "text": attrs.get("evidence_text"),
                "summary": attrs.get("summary"),
                "by": attrs.get("attributed_to"),
                "count": int(attrs.get("count") or 1),
                "confidence": _number(attrs.get("confidence")),
                "origin": attrs.get("origin"),
                "start": attrs.get("start"),
                "end": attrs.get("end"),
            }
        )
    return stances, documents


def _number(value: Any) -> float | None:
    try:
        return None if value is None else round(float(value), 2)
    except (TypeError, ValueError):
        return None


def _options(*, physics: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options; the fixed random seed keeps the layout the same on every load."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 20240601, "improvedLayout": n_nodes <= 150},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": False},
        "nodes": {
            "borderWidth": 1,
            # a white halo keeps a name readable where lines cross it
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
        },
        "edges": {
            "font": {"size": 11, "align": "middle", "strokeWidth": 3},
            "arrows": {"to": {"scaleFactor": 0.6}, "from": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 140},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
    }


# -- what to draw ---------------------------------------------------------------------------
VIZ_MAX_STANCES = 5000
"""Above this many stances, ``viz`` needs a focus."""
AGGREGATE_ABOVE = 400
"""Above this many stances on the page, parallel stances are merged into counted edges."""
VIZ_MAX_EDGES = 1500
"""At most this many (aggregated) edges on a focused page of a big store."""
SPOKES_PER_HUB = 6
"""Beyond the focus's own neighbours, each actor brings in at most this many others."""


class Drawing(TypedDict, total=False):
    """How much of the graph :func:`draw` shows, and how."""

    depth: int
    top: int | None
    title: str
    blocs: Mapping[str, int] | None


def draw(
    store: StanceStore,
    out: Path,
    focus: str | None,
    where: StanceFilter,
    *,
    depth: int = 1,
    top: int | None = None,
    title: str = "graphkb",
    blocs: Mapping[str, int] | None = None,
) -> Path:
    """Write the page for the whole graph, or the part within ``depth`` steps of the actor
    ``focus`` (an id) limited to the ``top`` most connected actors.

    The layout is computed here (:func:`graphkb.graph.layout`: seeded, the same on every run)
    with room for every label, so the page opens drawn. Beyond the focus's own neighbours, each
    actor brings in at most ``SPOKES_PER_HUB`` others, the focus's own country and bloc first;
    the rest are summed up in an "and N more" node. Graphs of more than ``AGGREGATE_ABOVE``
    stances are drawn with one edge per dyad, type and modality (with counts), so the page
    stays small. Without a focus, a store of more than ``VIZ_MAX_STANCES`` stances is refused
    with advice rather than written as an unusable page."""
    from graphkb import graph as g
    from graphkb.queries import fetch_stances

    reader = store.reader()
    if focus is None:
        total = reader.stance_count()
        if total > VIZ_MAX_STANCES:
            raise GraphkbError(
                f"the store holds {total:,} stances, too many for one readable page; draw "
                "part of it, e.g. --focus US --depth 1 --top 100"
            )
        everyone = reader.actors()
        graph = g.to_networkx(
            fetch_stances(store, replace(where, roll_up=False)), everyone.values()
        )
        if where.roll_up:  # every actor drawn as the state it serves
            sides = {k: everyone.get(a.home, a) for k, a in everyone.items()}
            graph = g.fold(graph, sides)
        if top is not None:
            graph = g.keep_top(graph, top)
    elif where.roll_up:
        focus, graph = _around_sides(store, focus, depth, top, where)
    else:
        graph = _around(store, focus, depth, top, where)
    if not graph.graph.get("aggregated") and graph.number_of_edges() > AGGREGATE_ABOVE:
        graph = g.aggregate(graph)
    claimants = sorted(
        {str(d["attributed_to"]) for *_, d in graph.edges(data=True) if d.get("attributed_to")}
    )
    actors = reader.actors([*map(str, graph.nodes), *claimants])
    for node, attrs in graph.nodes(data=True):
        if node in actors:
            attrs["aliases"] = list(actors[node].aliases)
    if focus is not None and focus in graph and depth >= 2:
        graph = g.cap_spokes(
            graph, focus, per_hub=SPOKES_PER_HUB, prefer=_own_side(graph, focus, blocs or {})
        )
    return render_html(
        graph,
        out,
        title=title,
        physics=False,
        positions=g.layout(graph),
        focus=focus,
        blocs=blocs,
        names={c: actors[c].name for c in claimants if c in actors},
    )


def _around_sides(
    store: StanceStore, centre: str, depth: int, top: int | None, where: StanceFilter
) -> tuple[str, nx.MultiDiGraph]:
    """:func:`_around` between sides (:func:`graphkb.rollup.around`): the centre's side, and
    the graph of states (and actors serving none) around it."""
    import warnings

    from graphkb import graph as g
    from graphkb import rollup

    actor = store.reader().actors({centre}).get(centre)
    if actor is None:
        raise GraphkbError(f"unknown actor {centre!r}: see graphkb actors --search")
    picture = rollup.around(
        store, actor, depth, top, where, every_up_to=AGGREGATE_ABOVE, max_links=VIZ_MAX_EDGES
    )
    if picture.counts and picture.links > VIZ_MAX_EDGES:
        warnings.warn(
            f"drew the {VIZ_MAX_EDGES:,} heaviest of {picture.links:,} links (those at "
            f"{picture.centre} first); narrow it with --top N, --type or --modality",
            GraphkbNote,
            stacklevel=4,
        )
    graph = g.fold(g.to_networkx(picture.views), picture.sides)
    if picture.counts:
        for *_, key, data in graph.edges(keys=True, data=True):
            data.update(count=picture.counts.get(key, 1), sample=key)
        graph.graph["aggregated"] = True
    if picture.centre not in graph:
        home = picture.sides.get(picture.centre, actor)
        graph.add_node(picture.centre, name=home.name, kind=home.kind.value, country=home.country)
    return picture.centre, graph


def _own_side(graph: nx.MultiDiGraph, focus: str, blocs: Mapping[str, int]) -> set[str]:
    """The actors of the focus's own country and of its bloc."""
    country = graph.nodes[focus].get("country") or focus
    bloc = blocs.get(focus)
    return {
        str(node)
        for node, attrs in graph.nodes(data=True)
        if node == country
        or attrs.get("country") == country
        or (bloc is not None and blocs.get(str(node)) == bloc)
    }


def _around(
    store: StanceStore, centre: str, depth: int, top: int | None, where: StanceFilter
) -> nx.MultiDiGraph:
    """The graph within ``depth`` steps of ``centre``, widening from the ``top`` most
    connected actors per step. Up to ``AGGREGATE_ABOVE`` stances, every stance is an edge;
    beyond, one edge per dyad, type and modality (with its count and a sample stance as
    evidence), at most ``VIZ_MAX_EDGES`` edges (those at the centre first, then the
    heaviest), and no stance is read beyond the samples."""
    import warnings
    from dataclasses import replace

    from graphkb import graph as g
    from graphkb.queries import fetch_by_ids, fetch_stances

    reader = store.reader()
    reached, frontier = {centre}, [centre]
    for _ in range(depth):
        ranked = reader.neighbours(frontier, reached, where)
        frontier = [actor for actor, _ in (ranked[:top] if top else ranked)]
        reached.update(frontier)
    edges = reader.dyads_among(sorted(reached), where)
    if top is not None:  # the most connected actors in the drawn graph
        degree: Counter[str] = Counter()
        for src, tgt, *_, n, _ in edges:
            degree[src] += n
            degree[tgt] += n
        keep = set(sorted(degree, key=lambda a: (-degree[a], a))[:top]) | {centre}
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    if sum(e[4] for e in edges) <= AGGREGATE_ABOVE:
        kept = {e[0] for e in edges} | {e[1] for e in edges}
        views = [
            v
            for actor in sorted(kept)
            for v in fetch_stances(store, replace(where, source=actor))
            if v.stance.target in kept
        ]
        return g.to_networkx(views, reader.actors(kept).values())
    edges.sort(key=lambda e: (centre not in (e[0], e[1]), -e[4], e[:4]))
    if len(edges) > VIZ_MAX_EDGES:
        warnings.warn(
            f"drew the {VIZ_MAX_EDGES:,} heaviest of {len(edges):,} links (those at "
            f"{centre} first); narrow it with --top N, --type or --modality",
            GraphkbNote,
            stacklevel=4,
        )
    edges = edges[:VIZ_MAX_EDGES]
    samples = {v.stance.id: v for v in fetch_by_ids(store, [e[5] for e in edges])}
    views = [samples[e[5]] for e in edges if e[5] in samples]
    graph = g.to_networkx(views, reader.actors(reached).values())
    for src, tgt, _, _, n, sample in edges:
        if graph.has_edge(src, tgt, sample):
            graph.edges[src, tgt, sample].update(count=n, sample=sample)
    graph.graph["aggregated"] = True
    return graph
