"""Structural balance of the signed graph (:mod:`graphkb.analysis.signed`).

A triad of three mutually tied actors is *balanced* when the product of its three signs is
positive: all friends (+++), or two friends with a common enemy (+--). It is *unbalanced*
with one hostile tie among friends (++-) or with three mutual enemies (---). This is the
structural balance of Heider (1946), made a property of signed graphs by Cartwright and Harary
(1956): a graph is balanced exactly when its actors split into two camps with friendly ties
inside and hostile ties across. (Davis's 1967 *weak* balance also accepts ---, as a third
camp; the blocs of :mod:`graphkb.analysis.blocs` follow that reading.)

How far a graph is from balance is its *frustration index* L(G): the fewest ties whose sign
must change (equivalently, that must be removed) to make it balanced, i.e. the fewest ties that
go against the best split into two camps (Harary 1959; Aref and Wilson, "Measuring partial
balance in signed networks", Journal of Complex Networks 6(4), 2018, who compute it exactly and
normalise it as ``F(G) = 1 - 2 L(G) / m`` for ``m`` ties: 1 for a balanced graph). Finding
L(G) is NP-hard; here it is exact, by trying every split, for each connected part of up to
:data:`EXACT_UP_TO` actors, and otherwise an upper bound found by local search (single-actor
moves from a split propagated along a spanning tree, from several roots); the result says which.
"""

from __future__ import annotations

import gc
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from graphkb.analysis.signed import NEUTRAL, SignedGraph, Tie

__all__ = [
    "EXACT_UP_TO",
    "Frustration",
    "Triad",
    "census",
    "frustrated_ties",
    "frustration",
    "triads",
    "triads_around",
]

EXACT_UP_TO = 14
"""Connected parts of at most this many actors get an exact frustration index."""
_ROOTS = 8


@dataclass(frozen=True, slots=True)
class Triad:
    """Three mutually tied actors (sorted ids) and their three ties."""

    actors: tuple[str, str, str]
    ties: tuple[Tie, Tie, Tie]
    negatives: int = field(init=False, compare=False)
    """How many of the three ties are hostile (0..3): counted once, as a whole graph's census
    asks it of over a million triads."""

    def __post_init__(self) -> None:
        x, y, z = self.ties
        hostile = (x.weight < -NEUTRAL) + (y.weight < -NEUTRAL) + (z.weight < -NEUTRAL)
        object.__setattr__(self, "negatives", hostile)

    @property
    def balanced(self) -> bool:
        """Whether the product of the signs is positive (+++ or +--)."""
        return self.negatives % 2 == 0

    @property
    def pattern(self) -> str:
        """``+++``, ``++-``, ``+--`` or ``---``."""
        return "+" * (3 - self.negatives) + "-" * self.negatives


def _triad(graph: SignedGraph, a: str, b: str, c: str) -> Triad:
    x, y, z = sorted((a, b, c))
    ties = (graph.tie(x, y), graph.tie(x, z), graph.tie(y, z))
    assert ties[0] and ties[1] and ties[2]  # only called on closed triads
    return Triad((x, y, z), (ties[0], ties[1], ties[2]))


def triads(graph: SignedGraph) -> list[Triad]:
    """Every closed triad of the graph, sorted by its actors (u < v < w, so each triad's ties
    are taken straight from the neighbour maps)."""
    found: list[Triad] = []
    with _collector_paused():
        for u in graph.nodes:
            near_u = graph.neighbours(u)
            later = sorted(v for v in near_u if v > u)
            for i, v in enumerate(later):
                near_v, uv = graph.neighbours(v), near_u[v]
                found += [
                    Triad((u, v, w), (uv, near_u[w], near_v[w]))
                    for w in later[i + 1 :]
                    if w in near_v
                ]
    return found


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a million small objects are made (none of them in a
    cycle): left on, it walks them again and again as they pile up (a third of the time of a
    1M store's census)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def triads_around(graph: SignedGraph, actor: str) -> list[Triad]:
    """The closed triads an actor is part of, sorted by the other two actors."""
    near = sorted(graph.neighbours(actor))
    found = []
    for i, v in enumerate(near):
        near_v = graph.neighbours(v)
        found += [_triad(graph, actor, v, w) for w in near[i + 1 :] if w in near_v]
    return found


def census(found: Iterable[Triad]) -> dict[str, int]:
    """How many triads of each pattern, ``+++`` to ``---``."""
    counts = Counter(t.pattern for t in found)
    return {p: counts.get(p, 0) for p in ("+++", "++-", "+--", "---")}


@dataclass(frozen=True, slots=True)
class Frustration:
    """A graph's frustration index and the best split found into two camps."""

    frustrated: int
    ties: int
    exact: bool
    camps: dict[str, int]

    @property
    def normalised(self) -> float:
        """Aref and Wilson's F(G) = 1 - 2 L / m (1 for a balanced graph or no ties)."""
        return 1.0 - 2 * self.frustrated / self.ties if self.ties else 1.0


def frustrated_ties(graph: SignedGraph, camps: dict[str, int]) -> list[Tie]:
    """The ties that go against a split: hostile within a camp, friendly across."""
    return [t for t in graph if (camps[t.a] == camps[t.b]) != (t.sign > 0)]


def frustration(graph: SignedGraph) -> Frustration:
    """The frustration index L(G) (see the module's docstring) and the split that shows it."""
    camps: dict[str, int] = {}
    exact = True
    for part in _components(graph):
        if len(part) <= EXACT_UP_TO:
            camps.update(_exact_split(graph, part))
        else:
            exact = False
            camps.update(_searched_split(graph, part))
    return Frustration(len(frustrated_ties(graph, camps)), len(graph), exact, camps)


def _components(graph: SignedGraph) -> list[list[str]]:
    seen: set[str] = set()
    parts = []
    for start in graph.nodes:
        if start in seen:
            continue
        part, queue = [], deque([start])
        seen.add(start)
        while queue:
            u = queue.popleft()
            part.append(u)
            for v in sorted(graph.neighbours(u)):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        parts.append(sorted(part))
    return parts


def _exact_split(graph: SignedGraph, part: Sequence[str]) -> dict[str, int]:
    """Every split of the part (the first actor fixed in camp 0), the best kept."""
    where = {a: i for i, a in enumerate(part)}
    edges = [(where[t.a], where[t.b], t.sign > 0) for t in graph.subgraph(part)]
    best_mask, best = 0, len(edges) + 1
    for mask in range(1 << (len(part) - 1)):
        bits = mask << 1
        cost = sum(((bits >> i) & 1 == (bits >> j) & 1) != friendly for i, j, friendly in edges)
        if cost < best:
            best_mask, best = bits, cost
    return {a: (best_mask >> i) & 1 for i, a in enumerate(part)}


def _searched_split(graph: SignedGraph, part: Sequence[str]) -> dict[str, int]:
    """Local search: camps propagated along a BFS tree from several roots, then single moves
    while any lowers the count of frustrated ties."""
    signs = {u: [(v, t.sign > 0) for v, t in sorted(graph.neighbours(u).items())] for u in part}
    edges = [(t.a, t.b, t.sign > 0) for t in graph.subgraph(part)]
    roots = sorted(part, key=lambda a: (-len(signs[a]), a))[:_ROOTS]
    best: dict[str, int] = {}
    best_cost = len(edges) + 1
    for root in roots:
        camps: dict[str, int] = {}
        for start in [root, *part]:  # the later starts only for a part that is not connected
            if start in camps:
                continue
            camps[start] = 0
            queue = deque([start])
            while queue:
                u = queue.popleft()
                for v, friendly in signs[u]:
                    if v not in camps:
                        camps[v] = camps[u] if friendly else 1 - camps[u]
                        queue.append(v)
        improved = True
        while improved:
            improved = False
            for u in part:
                here = camps[u]
                gain = sum(1 if (here == camps[v]) != friendly else -1 for v, friendly in signs[u])
                if gain > 0:
                    camps[u] = 1 - here
                    improved = True
        cost = sum((camps[a] == camps[b]) != friendly for a, b, friendly in edges)
        if cost < best_cost:
            best, best_cost = camps, cost
    return best
