"""Roll-up: people and bodies folded into the state they serve (``Actor.country``).

``relations A B --roll-up`` gives every stance between anyone serving A's state (A included)
and anyone serving B's, so an exchange of accusations between two governments' officials shows
under the two states. ``two-hop``, ``path`` and ``actor`` read the rolled-up graph the same
way: each actor replaced by its *side* (the state it serves, or itself when it serves none), a
stance within one side linking nothing. A person stored without a country cannot be folded
anywhere: :func:`homeless` finds those near a question, so the CLI can name them with the
``edit-actor`` command that fixes each one.

These are written against the reader protocol's existing reads (the actors, the dyads among
them, an actor's profile counts), so the stance index and SPARQL answer them alike.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from graphkb import queries
from graphkb.model import FACTUALITY, Actor, ActorKind, StanceFilter
from graphkb.results import ActorProfile

if TYPE_CHECKING:
    from graphkb.stores import StanceStore

__all__ = [
    "Picture",
    "around",
    "fix_note",
    "homeless",
    "lost",
    "profile",
    "relations",
    "second_degree",
    "shortest_paths",
]


def _one_way(
    store: StanceStore, src: Actor, tgt: Actor, where: StanceFilter
) -> list[queries.StanceView]:
    """Stances from ``src``'s side to ``tgt``'s: a side is a state and everyone serving it,
    or, for an actor with no country (an international body, a person no one has placed),
    that actor alone."""
    if src.country and tgt.country:
        return queries.fetch_stances(
            store, replace(where, source=src.country, target=tgt.country, roll_up=True)
        )
    plain = replace(where, roll_up=False)
    if not tgt.country:
        found = queries.fetch_stances(
            store, replace(plain, source=None if src.country else src.id, target=tgt.id)
        )
        return [v for v in found if not src.country or v.source.home == src.country]
    found = queries.fetch_stances(store, replace(plain, source=src.id, target=None))
    return [v for v in found if v.target.home == tgt.country]


def relations(
    store: StanceStore,
    a: Actor,
    b: Actor,
    where: StanceFilter,
    *,
    latest: int | None = None,
) -> list[queries.StanceView]:
    """Every stance between A's side and B's side that ``where`` lets through (its actors
    aside), both directions, oldest first (or the ``latest`` n); the rows keep the actors
    who acted."""
    views: dict[str, queries.StanceView] = {}
    for first, second in ((a, b), (b, a)):
        for view in _one_way(store, first, second, where):
            views[view.stance.id] = view
    ordered = sorted(views.values(), key=_order)
    return ordered[-latest:] if latest else ordered


class _Sides:
    """The rolled-up graph of the stances a filter lets through: each actor's side, and the
    links between sides (``(side, side)`` ordered as the stances run; symmetric types, which
    hold both ways, both ways), each with the stance that stands for it: the most factual of
    its dyads' sample stances, then the highest id."""

    def __init__(self, store: StanceStore, where: StanceFilter) -> None:
        reader = store.reader()
        self.actors = reader.actors()
        home = {k: a.home for k, a in self.actors.items()}.get
        symmetric = {t.value for t in where.type_set if t.symmetric}
        rank = {m.value: -r for m, r in FACTUALITY.items()}
        plain = replace(where, source=None, target=None, roll_up=False)
        links: dict[tuple[str, str], tuple[int, str]] = {}
        self.count: Counter[tuple[str, str]] = Counter()
        """Stances per (side, side), as they run."""
        self.groups: dict[tuple[str, str, str, str], tuple[int, str]] = {}
        """(stances, the lowest stance id) per (side, side, type, modality)."""
        for src, tgt, kind, mod, n, sample in reader.dyads_among(sorted(self.actors), plain):
            a, b = home(src, src), home(tgt, tgt)
            if a == b:
                continue
            self.count[a, b] += n
            had = self.groups.get((a, b, kind, mod))
            self.groups[a, b, kind, mod] = (
                (n, sample)
                if had is None
                else (
                    had[0] + n,
                    min(had[1], sample),
                )
            )
            best = (rank[mod], sample)
            for link in ((a, b), (b, a)) if kind in symmetric else ((a, b),):
                if best > links.get(link, (-9, "")):
                    links[link] = best
        self.links = links
        self.home = home

    def side(self, actor_id: str) -> str:
        """The state an actor serves, or the actor itself."""
        return self.home(actor_id, actor_id)

    def actor(self, side: str) -> Actor:
        """The actor standing for a side."""
        return self.actors.get(side) or queries._unknown_actor(side)

    def stance(self, u: str, v: str) -> str:
        """The id of the stance standing for the link of two sides, either way."""
        return max(x for x in (self.links.get((u, v)), self.links.get((v, u))) if x)[1]


def second_degree(
    store: StanceStore, actor: Actor, *, polarity: int, where: StanceFilter
) -> list[tuple[Actor, int]]:
    """:func:`graphkb.queries.second_degree` between sides: the sides holding stances of
    ``polarity`` toward the sides that hold such stances toward ``actor``'s side, with how
    many of those middle sides each one targets, most first."""
    asked = where.counted().of_polarity(polarity)
    if asked is None:
        return []
    graph = _Sides(store, asked)
    anchor = actor.home
    near = {a for a, b in graph.links if b == anchor}
    via: dict[str, set[str]] = {}
    for a, b in graph.links:
        if b in near and a != anchor:
            via.setdefault(a, set()).add(b)
    pairs = sorted(((far, len(middle)) for far, middle in via.items()), key=lambda p: (-p[1], p[0]))
    return [(graph.actor(far), n) for far, n in pairs]


def shortest_paths(
    store: StanceStore, a: Actor, b: Actor, *, where: StanceFilter, max_paths: int = 5
) -> list[list[queries.StanceView]]:
    """:func:`graphkb.queries.shortest_paths` between sides: the shortest chains linking
    ``a``'s side to ``b``'s, each hop a stance between the two sides, either way (the most
    factual of the sample stances of the dyads between them, then the highest id); asserted
    and reported unless ``where`` names modalities."""
    where = replace(where.counted(), source=None, target=None, roll_up=False)
    graph = _Sides(store, where)
    start, goal = a.home, b.home
    near: dict[str, set[str]] = {}
    for u, v in graph.links:
        near.setdefault(u, set()).add(v)
        near.setdefault(v, set()).add(u)
    parents: dict[str, list[str]] = {start: []}
    frontier = [start]
    while frontier and goal not in parents:
        found: dict[str, set[str]] = {}
        for node in frontier:
            for other in near.get(node, ()):
                if other not in parents:
                    found.setdefault(other, set()).add(node)
        parents.update((other, sorted(via)) for other, via in found.items())
        frontier = sorted(found)
    if goal not in parents or start == goal:
        return []

    def back(node: str) -> Iterator[list[str]]:
        if node == start:
            yield [node]
            return
        for parent in parents[node]:
            for route in back(parent):
                yield [*route, node]

    routes = list(itertools.islice(back(goal), max_paths))
    hops = [[graph.stance(u, v) for u, v in itertools.pairwise(route)] for route in routes]
    views = {v.stance.id: v for v in queries.fetch_by_ids(store, [s for h in hops for s in h])}
    return [[views[s] for s in chain] for chain in hops]


class Picture(NamedTuple):
    """What :func:`around` gives a picture of the graph between sides."""

    centre: str
    """The centre's side."""
    views: list[queries.StanceView]
    """The stances drawn: every one between the sides kept, or one sample per pair of sides,
    type and modality."""
    counts: dict[str, int]
    """How many stances each sample stands for, by stance id (empty when every one is drawn)."""
    sides: dict[str, Actor]
    """The actor standing for the side of each actor the stances name."""
    links: int
    """How many (pair of sides, type, modality) links there were before ``max_links``."""


def around(
    store: StanceStore,
    centre: Actor,
    depth: int,
    top: int | None,
    where: StanceFilter,
    *,
    every_up_to: int,
    max_links: int,
) -> Picture:
    """The graph between sides within ``depth`` steps of ``centre``'s side, for a picture:
    widening from the ``top`` most linked sides per step, then keeping the ``top`` most linked
    of them (as :func:`graphkb.viz.draw` does for actors). Up to ``every_up_to`` stances,
    every stance between the sides kept; beyond, one sample (the lowest id) per pair of sides,
    type and modality, at most ``max_links`` of them (those at the centre first, then the
    heaviest)."""
    graph = _Sides(store, replace(where, source=None, target=None, roll_up=False))
    start = centre.home
    reached, frontier = {start}, {start}
    for _ in range(depth):
        totals: Counter[str] = Counter()
        for (a, b), n in graph.count.items():
            if a in frontier and b not in reached:
                totals[b] += n
            elif b in frontier and a not in reached:
                totals[a] += n
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        frontier = {side for side, _ in (ranked[:top] if top else ranked)}
        reached |= frontier
    links = {k: n for k, n in graph.count.items() if k[0] in reached and k[1] in reached}
    if top is not None:
        degree: Counter[str] = Counter()
        for (a, b), n in links.items():
            degree[a] += n
            degree[b] += n
        keep = set(sorted(degree, key=lambda s: (-degree[s], s))[:top]) | {start}
        links = {k: n for k, n in links.items() if k[0] in keep and k[1] in keep}
    kept = {s for link in links for s in link}
    counts: dict[str, int] = {}
    groups = sorted(
        (
            (start not in (a, b), -n, a, b, kind, mod, sample)
            for (a, b, kind, mod), (n, sample) in graph.groups.items()
            if (a, b) in links
        )
    )
    if sum(links.values()) <= every_up_to:
        views = [
            view
            for side in sorted(kept)
            for view in queries.fetch_stances(
                store, replace(where, source=side, roll_up=bool(graph.actor(side).country))
            )
            if graph.side(view.target.id) in kept and graph.side(view.target.id) != side
        ]
    else:
        chosen = {g[-1]: -g[1] for g in groups[:max_links]}
        views = queries.fetch_by_ids(store, sorted(chosen))
        counts = {v.stance.id: chosen[v.stance.id] for v in views}
    named = {a.id for v in views for a in (v.source, v.target)} | {start}
    return Picture(
        start, views, counts, {k: graph.actor(graph.side(k)) for k in named}, len(groups)
    )


def profile(store: StanceStore, actor: Actor) -> ActorProfile:
    """:func:`graphkb.queries.profile` of ``actor``'s side: the state (or the actor, if it
    serves none) with every stance its people and bodies hold or receive, counted by type and
    modality, the counterparts folded into their sides (a stance within the side counts out
    and in, with the side itself as counterpart)."""
    reader = store.reader()
    home = reader.actors({actor.home}).get(actor.home) or actor
    members = sorted(reader.members(home.id), key=lambda m: m.name)
    kinds: dict[str, Counter[tuple[str, str]]] = {"source": Counter(), "target": Counter()}
    others: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
    for who in [home, *members]:
        for end in ("source", "target"):
            by_kind, by_other = reader.profile_counts(who.id, end)
            kinds[end].update({(t, m): n for t, m, n in by_kind})
            others[end].update(dict(by_other))
    known = reader.actors(set(others["source"]) | set(others["target"]))
    folded: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
    for end, found in others.items():
        for other, n in found.items():
            folded[end][known[other].home if other in known else other] += n
    return ActorProfile(
        actor=home,
        members=members,
        outgoing=kinds["source"],
        incoming=kinds["target"],
        counterparts_out=folded["source"],
        counterparts_in=folded["target"],
    )


def _order(view: queries.StanceView) -> tuple[dt.date, str, int, str]:
    s = view.stance
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def lost(actor: Actor) -> bool:
    """Whether a roll-up cannot fold ``actor``: a person or body with no country that the
    bundled gazetteer does not know (its international bodies and armed groups have none by
    design)."""
    from graphkb.actors import bundled_gazetteer

    return (
        actor.kind is not ActorKind.COUNTRY
        and not actor.country
        and actor.id not in bundled_gazetteer()
    )


def homeless(store: StanceStore, around: Iterable[Actor]) -> list[Actor]:
    """People and bodies with no country among the counterparts of the ``around`` actors'
    states: the ones a roll-up cannot fold, by id. International bodies and armed groups of
    the bundled gazetteer have no country by design and are not listed."""
    found: dict[str, Actor] = {}
    ids: set[str] = set()
    for actor in around:
        prof = queries.profile(store, store.actors({actor.home}).get(actor.home) or actor)
        ids |= set(prof.counterparts_in) | set(prof.counterparts_out)
        found.update((m.id, m) for m in [prof.actor, *prof.members] if lost(m))
    found.update((a.id, a) for a in store.actors(ids).values() if a.id in ids and lost(a))
    return [found[k] for k in sorted(found)]


def fix_note(people: Sequence[Actor], limit: int = 5) -> str:
    """One stderr line naming the people and bodies a roll-up could not fold, with the command
    that fixes each (empty when there are none)."""
    if not people:
        return ""
    shown = "; ".join(
        f"{p.name} (graphkb edit-actor {p.id} --country ISO3)" for p in people[:limit]
    )
    more = f"; and {len(people) - limit} more" if len(people) > limit else ""
    count = f"{len(people)} {'actor has' if len(people) == 1 else 'actors have'}"
    return f"graphkb: note: {count} no country, so --roll-up counts them apart: {shown}{more}\n"
