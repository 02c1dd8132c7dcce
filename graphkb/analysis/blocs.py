"""Blocs: groups of actors friendly inside and hostile across, from the signed graph.

The partition minimises the weighted count of ties that go against it, hostile ties inside a
bloc plus friendly ties across blocs (the criterion of Doreian and Mrvar, "A partitioning
approach to structural balance", Social Networks 18, 1996, with equal weight on both kinds;
the same objective as correlation clustering, Bansal, Blum and Chawla 2004). Unlike a split
into two camps it allows any number of blocs, as Davis's weak balance (1967) does.

The search, deterministic: start from one bloc per actor and merge, again and again, the two
blocs with the most friendly net weight between them while that is positive (or, with ``k``,
until ``k`` blocs remain, then joining blocs with common enemies); then move single actors to
the bloc they are most friendly with while any move lowers the cost. For ``k = 2`` the best
split into two camps of :func:`graphkb.analysis.balance.frustration` is tried too, and the
partition with the lower cost kept. Pure Python: the bundled data's few dozen actors at once,
the country graph of a million stances (1,127 actors, 43,436 ties) in about 3 s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graphkb.analysis.signed import SignedGraph, Tie

__all__ = ["Bloc", "Blocs", "find_blocs"]


@dataclass(frozen=True, slots=True)
class Bloc:
    """One bloc: its members (most connected first), its internal ties and what they say."""

    number: int
    members: tuple[str, ...]
    friendly: int
    hostile: int
    cohesion: float
    """Mean weight of the ties inside the bloc (0 for a single actor)."""
    frustrated: int
    """Hostile ties inside plus friendly ties leaving the bloc."""
    across: dict[int, tuple[float, int, int]] = field(default_factory=dict)
    """Other bloc -> (summed weight, friendly ties, hostile ties) between the two."""


@dataclass(frozen=True, slots=True)
class Blocs:
    """A partition of the signed graph into blocs."""

    blocs: list[Bloc]
    of: dict[str, int]
    """Actor id -> its bloc's number."""
    cost: float
    """Summed |weight| of the ties that go against the partition."""
    frustrated: int
    """How many ties go against it."""
    ties: int


def find_blocs(graph: SignedGraph, k: int | None = None) -> Blocs:
    """Blocs of the signed graph (see the module's docstring); ``k`` fixes their number
    (at most the number of actors)."""
    nodes = graph.nodes
    if k is not None and k < 1:
        raise ValueError("k must be at least 1")
    candidates = [_relocate(graph, _merge(graph, nodes, k), allow_new=k is None)]
    if k == 2:  # the best split into two camps (structural balance proper) may do better
        from graphkb.analysis.balance import frustration

        camps = frustration(graph).camps
        if len(set(camps.values())) == 2:
            candidates.append(_relocate(graph, camps, allow_new=False))
    best = min(candidates, key=lambda of: _cost(graph, of))
    return _describe(graph, best)


def _cost(graph: SignedGraph, of: dict[str, int]) -> float:
    """Summed |weight| of the ties that go against a partition."""
    return sum(abs(t.weight) for t in graph if (of[t.a] == of[t.b]) != (t.sign > 0))


def _merge(graph: SignedGraph, nodes: list[str], k: int | None) -> dict[str, int]:
    of = {a: i for i, a in enumerate(nodes)}
    members: dict[int, set[str]] = {i: {a} for i, a in enumerate(nodes)}
    between: dict[int, dict[int, float]] = defaultdict(dict)
    for t in graph:
        x, y = of[t.a], of[t.b]
        between[x][y] = between[x].get(y, 0.0) + t.weight
        between[y][x] = between[y].get(x, 0.0) + t.weight
    while len(members) > max(k or 1, 1):
        best = _best_pair(between, members, friendly_only=k is None)
        if best is None:
            break
        x, y = best
        for a in members.pop(y):
            of[a] = x
            members[x].add(a)
        for z, w in between.pop(y, {}).items():
            between[z].pop(y, None)
            if z != x:
                between[x][z] = between[x].get(z, 0.0) + w
                between[z][x] = between[x][z]
    return of


def _best_pair(
    between: dict[int, dict[int, float]], members: dict[int, set[str]], *, friendly_only: bool
) -> tuple[int, int] | None:
    """The two blocs to merge next: the most friendly pair; when none is friendly (and a
    number of blocs is asked for), the pair with the most common enemies, else the first two."""
    best: tuple[float, int, int] | None = None
    for x, row in between.items():
        for y, w in row.items():
            if x < y and w > 0 and (best is None or (w, -x, -y) > (best[0], -best[1], -best[2])):
                best = (w, x, y)
    if best is not None:
        return best[1], best[2]
    if friendly_only:
        return None
    shared: dict[tuple[int, int], float] = defaultdict(float)
    for row in between.values():
        enemies = sorted(z for z, w in row.items() if w < 0)
        for i, x in enumerate(enemies):
            for y in enemies[i + 1 :]:
                if y not in between[x]:  # never merge two blocs hostile to each other
                    shared[x, y] += min(-row[x], -row[y])
    if shared:
        (x, y), _ = max(shared.items(), key=lambda item: (item[1], -item[0][0], -item[0][1]))
        return x, y
    loose = sorted(m for m in members if not any(w < 0 for w in between.get(m, {}).values()))
    ids = loose[:2] if len(loose) >= 2 else sorted(members)[:2]
    return ids[0], ids[1]


def _relocate(graph: SignedGraph, of: dict[str, int], *, allow_new: bool) -> dict[str, int]:
    """Single-actor moves while any lowers the cost (a move's gain is the actor's net weight
    toward the new bloc minus toward the old one)."""
    of = dict(of)
    for _ in range(50):
        moved = False
        for a in sorted(of):
            toward: dict[int, float] = defaultdict(float)
            for b, tie in graph.neighbours(a).items():
                toward[of[b]] += tie.weight
            here = toward.get(of[a], 0.0)
            size = sum(1 for b in of.values() if b == of[a])
            options = [(w, -bloc) for bloc, w in toward.items() if bloc != of[a]]
            if allow_new and size > 1:
                options.append((0.0, -(max(of.values()) + 1)))
            if not options:
                continue
            w, neg = max(options)
            if w > here + 1e-12:
                of[a] = -neg
                moved = True
        if not moved:
            break
    return of


def _describe(graph: SignedGraph, of: dict[str, int]) -> Blocs:
    groups: dict[int, list[str]] = defaultdict(list)
    for a, b in of.items():
        groups[b].append(a)
    strength = {a: sum(abs(t.weight) for t in graph.neighbours(a).values()) for a in of}
    ordered = sorted(
        groups.values(), key=lambda ms: (-len(ms), -sum(strength[m] for m in ms), min(ms))
    )
    number = {a: i for i, ms in enumerate(ordered, start=1) for a in ms}
    inside: dict[int, list[Tie]] = defaultdict(list)
    across: dict[int, dict[int, tuple[float, int, int]]] = defaultdict(dict)
    leaving: dict[int, int] = defaultdict(int)
    for t in graph:
        x, y = number[t.a], number[t.b]
        if x == y:
            inside[x].append(t)
            continue
        for p, q in ((x, y), (y, x)):
            w, pos, neg = across[p].get(q, (0.0, 0, 0))
            across[p][q] = (w + t.weight, pos + (t.sign > 0), neg + (t.sign < 0))
            leaving[p] += t.sign > 0
    blocs = []
    for i, ms in enumerate(ordered, start=1):
        ties = inside[i]
        hostile = sum(t.sign < 0 for t in ties)
        blocs.append(
            Bloc(
                number=i,
                members=tuple(sorted(ms, key=lambda a: (-strength[a], a))),
                friendly=len(ties) - hostile,
                hostile=hostile,
                cohesion=sum(t.weight for t in ties) / len(ties) if ties else 0.0,
                frustrated=hostile + leaving[i],
                across=dict(sorted(across[i].items())),
            )
        )
    against = [t for t in graph if (number[t.a] == number[t.b]) != (t.sign > 0)]
    return Blocs(blocs, number, sum(abs(t.weight) for t in against), len(against), len(graph))
