"""The knowledge graph as a networkx MultiDiGraph, and the graph analytics built on it.

Nodes are actor ids with attributes ``name``, ``kind``, ``country``, ``role``, ``qid``; edges
run source → target, keyed by stance id, with the stance's attributes (``type``, ``polarity``,
``modality``, ``date``, ``confidence``, ``origin``, ``attributed_to``, ``summary``,
``evidence_text``, ``document``, ``document_title``, ``document_url``, ``start``, ``end``,
``count``). networkx is imported here only, so queries that do not need it stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphkb.model import Actor
from graphkb.queries import StanceView

__all__ = [
    "aggregate",
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
    scaled to about 1,000 units per side."""
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(graph.to_undirected(as_view=True))
    positions = nx.spring_layout(simple, seed=seed, iterations=60)
    return {str(n): (float(x) * 1000, float(y) * 1000) for n, (x, y) in positions.items()}


def keep_top(graph: nx.MultiDiGraph, top: int, always: str | None = None) -> nx.MultiDiGraph:
    """The subgraph of the ``top`` actors with the most stances (plus ``always``)."""
    ranked = sorted(graph.degree(), key=lambda nd: (-nd[1], str(nd[0])))
    keep = {n for n, _ in ranked[:top]}
    if always is not None and always in graph:
        keep.add(always)
    kept: nx.MultiDiGraph = graph.subgraph(keep).copy()
    return kept
