"""An interactive view of a stance graph: one self-contained HTML page that works offline.

:func:`render_html` lays the nodes and edges out as vis-network records through pyvis (which
also ships the vis-network script and stylesheet inlined here), then writes its own page rather
than pyvis's template. That template links Bootstrap and tom-select from CDNs, prints the heading
unescaped, and shows tooltips through ``innerHTML`` as soon as one contains ``href``.

Every string from the data reaches the page by one of two routes, never raw:

* ``html.escape`` into markup: the title, the filter and legend labels, the table view;
* JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as
  ``\\u`` escapes, which the page's script puts on screen only through ``textContent``
  (tooltips) or the canvas (labels).

A Content-Security-Policy allows exactly the page's own inline scripts (by hash) and no fetch
of any kind, so even a mistake here could neither run injected handlers nor reach the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from graphkb._exceptions import GraphkbError, GraphkbNote
from graphkb._output import is_stdout, write_output
from graphkb.model import ActorKind, Modality, StanceFilter, StanceType

if TYPE_CHECKING:
    import networkx as nx

    from graphkb.store import Store

__all__ = ["render_html"]

_VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package; pinned by pyvis<0.4

# kind -> (vis shape, colour); anything else falls back to _OTHER_KIND
_KIND_STYLE: dict[str, tuple[str, str]] = {
    ActorKind.COUNTRY: ("dot", "#4e79a7"),
    ActorKind.PERSON: ("diamond", "#f28e2b"),
    ActorKind.ORGANIZATION: ("square", "#76b7b2"),
    ActorKind.COMPANY: ("triangle", "#b07aa1"),
    ActorKind.GROUP: ("star", "#edc948"),
}
_OTHER_KIND = ("hexagon", "#bab0ac")
# bloc number -> node colour with --blocs (cycled past ten blocs)
_BLOC_COLOURS = (
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
_POLARITY = {-1: ("#d62728", "conflict"), 0: ("#7f7f7f", "neutral"), 1: ("#2ca02c", "cooperation")}
# modality -> (vis dashes, opacity, legend text)
_MODALITY_STYLE: dict[str, tuple[bool | list[int], float, str]] = {
    Modality.ASSERTED: (False, 1.0, "solid: asserted or reported"),
    Modality.REPORTED: (False, 1.0, "solid: asserted or reported"),
    Modality.HYPOTHETICAL: ([10, 6], 1.0, "dashed: hypothetical"),
    Modality.NEGATED: ([2, 6], 0.35, "dotted, faded: negated"),
}
_SVG_SHAPES = {
    "dot": '<circle cx="9" cy="9" r="7" fill="{c}"/>',
    "diamond": '<polygon points="9,1 17,9 9,17 1,9" fill="{c}"/>',
    "square": '<rect x="2" y="2" width="14" height="14" fill="{c}"/>',
    "triangle": '<polygon points="9,1 17,16 1,16" fill="{c}"/>',
    "star": '<polygon points="9,1 11.4,6.6 17,7 12.7,10.8 14,16.5 9,13.4 4,16.5 5.3,10.8 1,7'
    ' 6.6,6.6" fill="{c}"/>',
    "hexagon": '<polygon points="5,2 13,2 17,9 13,16 5,16 1,9" fill="{c}"/>',
}
_SVG_ARROWS = (
    '<polygon points="26,4 35,9 26,14" fill="#7f7f7f"/>',
    '<polygon points="10,4 1,9 10,14" fill="#7f7f7f"/>',
)


def render_html(
    graph: Any,
    out: Path,
    *,
    title: str = "graphkb",
    physics: bool = True,
    positions: dict[str, tuple[float, float]] | None = None,
    blocs: Mapping[str, int] | None = None,
) -> Path:
    """Write ``graph`` (a ``networkx.MultiDiGraph`` from :mod:`graphkb.graph`) as one HTML page.

    The page needs no network: vis-network is inlined and a Content-Security-Policy forbids
    every fetch. Nodes are shaped and coloured by kind and sized by degree; edges are coloured by
    polarity, labelled with their type, dashed when hypothetical and dotted and faded when
    negated. Hovering shows the evidence; checkboxes hide edges by stance type and modality.

    With ``physics=True`` the layout keeps simulating (``positions``, if given, are starting
    points). With ``physics=False`` the layout is frozen: at ``positions`` (any units; scaled to
    fit, and every node needs one) or, without them, wherever a first simulation settles.

    With ``blocs`` (actor id -> bloc number, from :func:`graphkb.analysis.bloc_of`), nodes
    are coloured by bloc instead of kind (shapes still show the kind).

    Returns ``out``. Raises :class:`~graphkb._exceptions.GraphkbError` when ``out`` cannot be
    written or ``positions`` does not cover the graph. The page is written to a temporary file
    beside ``out`` and moved into place, so a failure never leaves half a page.
    """
    out = Path(out)
    _check_target(out)
    if positions is not None:
        _check_positions(graph, positions, every_node=not physics)
    for node, bloc in (blocs or {}).items():
        if node in graph:
            graph.nodes[node]["bloc"] = bloc
    nodes, edges = _vis_records(graph, positions)
    options = _options(physics=physics or positions is None, n_nodes=len(nodes))
    payload = {"nodes": nodes, "edges": edges, "options": options, "freeze": not physics}
    page = _page(graph, title=title, payload=payload, edges=edges)
    write_output(out, page.encode("utf-8"))
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


def _vis_records(
    graph: Any, positions: Mapping[str, tuple[float, float]] | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sorted vis-network node and edge records, assembled through pyvis."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    node_ids = sorted(graph.nodes, key=str)
    names = {node: str(graph.nodes[node].get("name") or node) for node in node_ids}
    coords = _scaled(positions, node_ids) if positions else {}
    for node in node_ids:
        net.add_node(node, **_node_options(graph, node, coords.get(node)))
    lanes: Counter[frozenset[str]] = Counter()
    for index, (source, target, key, attrs) in enumerate(_sorted_edges(graph)):
        lane = lanes[frozenset((source, target))]
        lanes[frozenset((source, target))] += 1
        options = _edge_options(source, target, key, attrs, names)
        options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * lane}
        net.add_edge(source, target, id=f"e{index}", **options)
    return list(net.nodes), list(net.edges)


def _sorted_edges(graph: Any) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    if graph.is_multigraph():
        triples: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = graph.edges(keys=True, data=True)
    else:
        triples = ((u, v, f"{u}->{v}", d) for u, v, d in graph.edges(data=True))
    rows = ((str(u), str(v), str(k), d) for u, v, k, d in triples)
    yield from sorted(rows, key=lambda row: row[:3])


def _scaled(
    positions: Mapping[str, tuple[float, float]], node_ids: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """Centre the given positions and scale them to a canvas-sized spread (vis units)."""
    placed = {
        n: (float(positions[n][0]), float(positions[n][1])) for n in node_ids if n in positions
    }
    if not placed:
        return {}
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    factor = max(600.0, 150.0 * math.sqrt(len(node_ids))) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        n: (round((x - cx) * factor, 2), round((y - cy) * factor, 2))
        for n, (x, y) in placed.items()
    }


def _node_options(graph: Any, node: str, xy: tuple[float, float] | None) -> dict[str, Any]:
    attrs = graph.nodes[node]
    kind = str(attrs.get("kind") or "")
    shape, colour = _KIND_STYLE.get(kind, _OTHER_KIND)
    bloc = attrs.get("bloc")
    if bloc is not None:
        colour = _BLOC_COLOURS[(int(bloc) - 1) % len(_BLOC_COLOURS)]
    degree = int(graph.degree(node))
    name = str(attrs.get("name") or node)
    rows = _rows(
        ("id", node),
        ("kind", kind),
        ("country", attrs.get("country")),
        ("role", attrs.get("role")),
        ("Wikidata", attrs.get("qid")),
        ("stances", f"{graph.out_degree(node)} out, {graph.in_degree(node)} in"),
        ("bloc", bloc),
    )
    options: dict[str, Any] = {
        "label": name,
        "shape": shape,
        "color": {"background": colour, "border": "#444444"},
        "size": round(10 + 4 * math.sqrt(degree), 2),
        "kind": kind,
        "heading": name,
        "tip": rows,
    }
    if xy is not None:
        options["x"], options["y"] = xy
    return options


def _edge_options(
    source: str, target: str, key: str, attrs: Mapping[str, Any], names: Mapping[str, str]
) -> dict[str, Any]:
    type_ = str(attrs.get("type") or "")
    stance_type = StanceType.__members__.get(type_)
    symmetric = stance_type.symmetric if stance_type is not None else False
    polarity = attrs.get("polarity", stance_type.polarity if stance_type is not None else 0)
    colour = _POLARITY.get(int(polarity or 0), _POLARITY[0])[0]
    modality = str(attrs.get("modality") or Modality.ASSERTED)
    dashes, opacity, _ = _MODALITY_STYLE.get(modality, _MODALITY_STYLE[Modality.ASSERTED])
    count = int(attrs.get("count") or 1)
    arrow = "\u2194" if symmetric else "\u2192"
    return {
        "label": f"{type_} \u00d7{count}" if count > 1 else type_,
        "type": type_,
        "modality": modality,
        "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": opacity},
        "font": {"color": "#999999" if opacity < 1 else "#333333"},
        "dashes": dashes,
        "width": round(1.5 + min(math.log2(count), 4.0), 2),
        "arrows": "to, from" if symmetric else "to",
        "heading": f"{names[source]} {arrow} {type_} {arrow} {names[target]}",
        "tip": _edge_rows(key, attrs, names, symmetric),
    }


def _edge_rows(
    key: str, attrs: Mapping[str, Any], names: Mapping[str, str], symmetric: bool
) -> list[list[str]]:
    by = attrs.get("attributed_to")
    document = attrs.get("document_title") or "(untitled)"
    if attrs.get("document"):
        document = f"{document} [{attrs['document']}]"
    start, end = attrs.get("start"), attrs.get("end")
    count = int(attrs.get("count") or 1)
    return _rows(
        ("type", f"{attrs.get('type')}{' (symmetric)' if symmetric else ''}"),
        ("modality", attrs.get("modality")),
        ("date", attrs.get("date")),
        ("confidence", _number(attrs.get("confidence"))),
        ("stances", f"{count} aggregated" if count > 1 else None),
        ("attributed to", f"{names.get(str(by), by)} ({by})" if by else None),
        ("document", document),
        ("URL", attrs.get("document_url")),
        ("summary", attrs.get("summary")),
        ("evidence", attrs.get("evidence_text")),
        ("offsets", f"{start}\u2013{end}" if start is not None and end is not None else None),
        ("origin", attrs.get("origin")),
        ("stance", key),
    )


def _rows(*pairs: tuple[str, Any]) -> list[list[str]]:
    """Tooltip rows as [label, text], leaving out empty values."""
    return [[label, str(value)] for label, value in pairs if value is not None and value != ""]


def _number(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return str(value)


def _options(*, physics: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options; the fixed random seed keeps the layout the same on every load."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 20240601, "improvedLayout": n_nodes <= 150},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"}},
        "edges": {
            "font": {"size": 10, "align": "middle", "strokeWidth": 3},
            "arrows": {"to": {"scaleFactor": 0.6}, "from": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 140},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
    }


def _page(graph: Any, *, title: str, payload: dict[str, Any], edges: Sequence[Any]) -> str:
    """The whole page: escaped markup around inlined assets and the JSON payload."""
    vis_css, vis_js = _vis_asset("vis-network.css"), _vis_asset("vis-network.min.js")
    page_css, page_js = _own_asset("viz.css"), _own_asset("viz.js")
    n_nodes, n_edges = len(payload["nodes"]), len(edges)
    return Template(_own_asset("page.html")).substitute(
        csp=_csp(scripts=(vis_js, page_js)),
        title=html.escape(title),
        counts=f"{n_nodes} actor{'s' * (n_nodes != 1)}, {n_edges} stance{'s' * (n_edges != 1)}",
        vis_css=vis_css,
        page_css=page_css,
        filters=_filters(edges),
        legend=_legend(),
        tables=_tables(graph),
        data=_script_json(payload),
        vis_js=vis_js,
        page_js=page_js,
    )


def _vis_asset(name: str) -> str:
    try:
        text = (resources.files("pyvis") / _VIS_DIR / name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise GraphkbError(
            f"pyvis's bundled vis-network file {name} is missing; reinstall pyvis>=0.3.2,<0.4"
        ) from exc
    # the source map is not shipped; without the comment, DevTools will not go looking for it
    return re.sub(r"^//# sourceMappingURL=\S+$", "", text, flags=re.MULTILINE)


def _own_asset(name: str) -> str:
    return (resources.files("graphkb") / "_viz_assets" / name).read_text(encoding="utf-8")


def _csp(*, scripts: Sequence[str]) -> str:
    """Allow only these inline scripts (by hash) and inline styles; forbid every fetch."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )


def _script_json(payload: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _filters(edges: Sequence[Any]) -> str:
    """Checkboxes that hide and show edges by stance type and by modality."""
    types = Counter(str(edge["type"]) for edge in edges)
    order = {t.value: i for i, t in enumerate(StanceType)}
    type_names = sorted(types, key=lambda t: (order.get(t, len(order)), t))
    modalities = Counter(str(edge["modality"]) for edge in edges)
    known = [m.value for m in Modality]
    modality_names = known + sorted(set(modalities) - set(known))
    return "\n".join(
        [
            _checkbox_group("gk-type", "Stance types", type_names, types, buttons=True),
            _checkbox_group("gk-modality", "Modality", modality_names, modalities, buttons=False),
        ]
    )


def _checkbox_group(
    name: str, caption: str, values: Sequence[str], counts: Mapping[str, int], *, buttons: bool
) -> str:
    lines = [f'<fieldset class="gk-filter" id="{name}-filter"><legend>{caption}</legend>']
    if buttons:
        lines.append(
            f'<button type="button" data-gk-all="{name}" data-gk-state="on">all</button>'
            f'<button type="button" data-gk-all="{name}" data-gk-state="off">none</button>'
        )
    for value in values:
        text = html.escape(value)
        lines.append(
            f'<label><input type="checkbox" name="{name}" value="{text}" checked> {text} '
            f'<span class="gk-count">({counts.get(value, 0)})</span></label>'
        )
    lines.append("</fieldset>")
    return "\n".join(lines)


def _legend() -> str:
    """Legend for node shapes, edge colours, line styles and arrows, as inline SVG."""

    def item(svg: str, text: str) -> str:
        return (
            f'<li><svg width="36" height="18" viewBox="0 0 36 18" aria-hidden="true">{svg}</svg>'
            f"{html.escape(text)}</li>"
        )

    def line(colour: str, dashes: bool | list[int], opacity: float) -> str:
        pattern = " ".join(map(str, dashes)) if isinstance(dashes, list) else "6 4"
        dash = f' stroke-dasharray="{pattern}"' if dashes else ""
        return (
            f'<line x1="2" y1="9" x2="34" y2="9" stroke="{colour}" stroke-width="2.5"'
            f' stroke-opacity="{opacity}"{dash}/>'
        )

    kinds = [
        item(_SVG_SHAPES[shape].format(c=colour), kind)
        for kind, (shape, colour) in _KIND_STYLE.items()
    ]
    kinds.append(item(_SVG_SHAPES[_OTHER_KIND[0]].format(c=_OTHER_KIND[1]), "other"))
    colours = [item(line(colour, False, 1.0), text) for colour, text in _POLARITY.values()]
    grey = _POLARITY[0][0]
    styles = [
        item(line(grey, d, o), text)
        for modality, (d, o, text) in _MODALITY_STYLE.items()
        if modality != Modality.REPORTED  # drawn like asserted
    ]
    head, tail = _SVG_ARROWS
    arrows = [
        item(line(grey, False, 1.0) + head, "arrow: source \u2192 target"),
        item(line(grey, False, 1.0) + head + tail, "both ways: symmetric types"),
    ]
    sections = [
        ("Actors (size = number of stances)", kinds),
        ("Edge colour", colours),
        ("Edge line", styles + arrows),
    ]
    body = "".join(
        f"<h3>{html.escape(head)}</h3><ul>{''.join(items)}</ul>" for head, items in sections
    )
    return f'<section class="gk-legend" id="gk-legend"><h2>Legend</h2>{body}</section>'


def _tables(graph: Any) -> str:
    """The same data as escaped tables, for reading, searching and screen readers."""
    names = {str(n): str(a.get("name") or n) for n, a in graph.nodes(data=True)}
    actors = [
        [str(node), names[str(node)], a.get("kind"), a.get("country"), a.get("role"), a.get("qid")]
        for node, a in sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
    ]
    stances = [
        [
            names.get(u, u),
            d.get("type"),
            names.get(v, v),
            d.get("modality"),
            d.get("date"),
            d.get("document_title") or d.get("document"),
            d.get("document_url"),
            d.get("summary"),
            d.get("evidence_text"),
        ]
        for u, v, _, d in _sorted_edges(graph)
    ]
    actor_head = ["id", "name", "kind", "country", "role", "Wikidata"]
    stance_head = [
        "source",
        "type",
        "target",
        "modality",
        "date",
        "document",
        "summary",
        "evidence",
    ]
    return (
        '<details class="gk-tables" id="gk-tables"><summary>Actors and stances as tables</summary>'
        f"{_table('Actors', actor_head, actors)}{_table('Stances', stance_head, stances)}</details>"
    )


def _table(caption: str, head: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    def cells(tag: str, values: Sequence[Any]) -> str:
        return "".join(f"<{tag}>{html.escape('' if v is None else str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{cells('th', head)}</tr></thead><tbody>{body}</tbody></table>"
    )


# -- what to draw ---------------------------------------------------------------------------
VIZ_MAX_STANCES = 5000
"""Above this many stances, ``viz`` needs a focus."""
AGGREGATE_ABOVE = 400
"""Above this many stances on the page, parallel stances are merged and laid out in advance."""
VIZ_MAX_EDGES = 1500
"""At most this many (aggregated) edges on a focused page of a big store."""


def draw(
    store: Store,
    out: Path,
    focus: str | None,
    depth: int,
    top: int | None,
    where: StanceFilter,
    *,
    title: str = "graphkb",
    blocs: Mapping[str, int] | None = None,
) -> Path:
    """Write the page for the whole graph, or the part within ``depth`` steps of the actor
    ``focus`` (an id) limited to the ``top`` most connected actors.

    Graphs of more than ``AGGREGATE_ABOVE`` stances are drawn with one edge per dyad, type and
    modality (with counts) and laid out in advance, so the page stays small and draws at once.
    Without a focus, a store of more than ``VIZ_MAX_STANCES`` stances is refused with advice
    rather than written as an unusable page."""
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
        graph = g.to_networkx(fetch_stances(store, where), reader.actors().values())
        if top is not None:
            graph = g.keep_top(graph, top)
    else:
        graph = _around(store, focus, depth, top, where)
    if graph.graph.get("aggregated") or graph.number_of_edges() > AGGREGATE_ABOVE:
        graph = graph if graph.graph.get("aggregated") else g.aggregate(graph)
        positions = g.layout(graph)
        return render_html(graph, out, title=title, physics=False, positions=positions, blocs=blocs)
    return render_html(graph, out, title=title, blocs=blocs)


def _around(
    store: Store, centre: str, depth: int, top: int | None, where: StanceFilter
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
