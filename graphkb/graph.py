"""The knowledge graph as a networkx MultiDiGraph, and the graph analytics built on it.

Nodes are actor ids with attributes ``name``, ``kind``, ``country``, ``role``, ``qid``; edges
run source → target, keyed by stance id, with the stance's attributes (``type``, ``polarity``,
``modality``, ``date``, ``confidence``, ``origin``, ``attributed_to``, ``summary``,
``evidence_text``, ``document``, ``document_title``, ``document_url``, ``document_publisher``,
``document_date``, ``start``, ``end``, ``count``). networkx is imported here only, so queries
that do not need it stay fast.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from graphkb._viz_style import served_country
from graphkb.model import Actor
from graphkb.queries import StanceView

__all__ = [
    "aggregate",
    "cap_spokes",
    "fold",
    "keep_top",
    "layout",
    "to_networkx",
]


def _node_attrs(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind.value,
        "country": actor.country,
        "role": actor.role,
        "qid": actor.qid,
    }


def to_networkx(views: Iterable[StanceView], actors: Iterable[Actor] = ()) -> nx.MultiDiGraph:
    """A MultiDiGraph of the given stances; ``actors`` adds nodes for actors that take part
    (actors without stances are left out, so a gazetteer of 200 countries does not swamp it)."""
    graph = nx.MultiDiGraph()
    known = {a.id: a for a in actors}
    for view in views:
        s = view.stance
        for actor in (view.source, view.target):
            if actor.id not in graph:
                graph.add_node(actor.id, **_node_attrs(known.get(actor.id, actor)))
        graph.add_edge(s.source, s.target, key=s.id, **_edge_attrs(view))
    return graph


def _edge_attrs(view: StanceView) -> dict[str, Any]:
    s, ev, doc = view.stance, view.stance.evidence, view.document
    return {
        "type": s.type.value,
        "polarity": s.polarity,
        "modality": s.modality.value,
        "date": s.date.isoformat() if s.date else None,
        "confidence": s.confidence,
        "origin": s.origin,
        "attributed_to": s.attributed_to,
        "summary": s.summary,
        "evidence_text": ev.text,
        "document": ev.document,
        "document_title": doc.title if doc else None,
        "document_url": doc.url if doc else None,
        "document_publisher": doc.publisher if doc else None,
        "document_date": doc.date.isoformat() if doc and doc.date else None,
        "start": ev.start,
        "end": ev.end,
        "count": 1,
    }


def aggregate(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per (source, target, type, modality), with ``count`` the number of stances it
    stands for; the edge keeps the attributes of its highest-confidence stance as a sample."""
    merged = nx.MultiDiGraph()
    merged.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        group = f"{u}|{v}|{data['type']}|{data['modality']}"
        if merged.has_edge(u, v, group):
            kept = merged.edges[u, v, group]
            kept["count"] += data.get("count", 1)
            if (data["confidence"], key) > (kept["confidence"], kept["sample"]):
                kept.update({**data, "count": kept["count"], "sample": key})
        else:
            merged.add_edge(u, v, group, **{**data, "sample": key})
    return merged


def layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions computed in advance (so the page needs no physics): a seeded spring layout,
    scaled to about 1,000 units per side, the same on every run for the same graph.

    Pairs with more stances pull harder, and people and bodies are tied to the country they
    serve (and an "and N more" node to its hub), so they are drawn beside it."""
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    stances: Counter[tuple[str, str]] = Counter()
    for u, v, data in graph.edges(data=True):
        pair = (min(str(u), str(v)), max(str(u), str(v)))
        stances[pair] += int(data.get("count") or 1)
    for (u, v), n in sorted(stances.items()):
        simple.add_edge(u, v, weight=1.0 + math.log2(n))
    for node in sorted(graph.nodes, key=str):
        attrs = graph.nodes[node]
        anchor = attrs.get("hub") if attrs.get("kind") == "more" else served_country(attrs)
        if anchor and anchor != node and anchor in graph:
            weight = simple.edges[node, anchor]["weight"] if simple.has_edge(node, anchor) else 0.0
            simple.add_edge(node, anchor, weight=weight + 6.0)
    positions = nx.spring_layout(simple, seed=seed, iterations=100, weight="weight")
    return {str(n): (float(x) * 1000, float(y) * 1000) for n, (x, y) in positions.items()}


def cap_spokes(
    graph: nx.MultiDiGraph,
    centre: str,
    *,
    per_hub: int = 6,
    prefer: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """``graph`` (a neighbourhood of ``centre``) with each actor beyond the first step keeping
    at most ``per_hub`` of the actors it brings in from the next step: those in ``prefer``
    first (the centre's own country and bloc), then the most stances with it. What is left out
    becomes one node per hub, ``"and N more"`` (kind ``more``, with ``hub`` and the ``names``
    left out), so a hub such as the US does not swamp a view centred elsewhere."""
    undirected = graph.to_undirected(as_view=True)
    steps = nx.single_source_shortest_path_length(undirected, centre)
    preferred = set(prefer)
    ties: Counter[tuple[str, str]] = Counter()
    for u, v, data in graph.edges(data=True):
        ties[str(u), str(v)] += int(data.get("count") or 1)
        ties[str(v), str(u)] += int(data.get("count") or 1)
    keep = {n for n, d in steps.items() if d <= 1}
    left_out: dict[str, list[str]] = {}
    for step in range(2, max(steps.values(), default=0) + 1):
        inner = sorted(n for n in keep if steps[n] == step - 1)
        outer = {n for n, d in steps.items() if d == step}
        taken: set[str] = set()
        for hub in inner:
            spokes = [(n not in preferred, -ties[hub, n], n) for n in undirected.neighbors(hub)]
            taken.update(n for *_, n in sorted(s for s in spokes if s[2] in outer)[:per_hub])
        keep |= taken
        for node in sorted(outer - taken):
            hubs = sorted((-ties[h, node], h) for h in inner if ties[h, node])
            if hubs:
                left_out.setdefault(hubs[0][1], []).append(node)
    capped: nx.MultiDiGraph = graph.subgraph(keep).copy()
    for hub, nodes in sorted(left_out.items()):
        names = sorted(str(graph.nodes[n].get("name") or n) for n in nodes)
        capped.add_node(
            f"+more:{hub}", name=f"and {len(nodes)} more", kind="more", hub=hub, names=names
        )
    return capped


def keep_top(graph: nx.MultiDiGraph, top: int, always: str | None = None) -> nx.MultiDiGraph:
    """The subgraph of the ``top`` actors with the most stances (plus ``always``)."""
    ranked = sorted(graph.degree(), key=lambda nd: (-nd[1], str(nd[0])))
    keep = {n for n, _ in ranked[:top]}
    if always is not None and always in graph:
        keep.add(always)
    kept: nx.MultiDiGraph = graph.subgraph(keep).copy()
    return kept


def fold(graph: nx.MultiDiGraph, sides: Mapping[str, Actor]) -> nx.MultiDiGraph:
    """The graph between sides: each actor replaced by the one standing for its side
    (``sides``, by actor id: the state it serves, or itself), stances within one side left
    out; every other edge keeps its key and attributes."""
    folded = nx.MultiDiGraph()
    folded.graph.update(graph.graph)
    for u, v, key, data in graph.edges(keys=True, data=True):
        a, b = sides.get(u), sides.get(v)
        ends = [(a.id if a else u, a, u), (b.id if b else v, b, v)]
        if ends[0][0] == ends[1][0]:
            continue
        for node, actor, was in ends:
            if node not in folded:
                folded.add_node(node, **(_node_attrs(actor) if actor else graph.nodes[was]))
        folded.add_edge(ends[0][0], ends[1][0], key, **data)
    return folded
