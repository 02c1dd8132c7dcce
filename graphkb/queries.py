"""Questions asked of the store: stances by filter, who opposes or supports an actor,
relations between two actors, two hops out, the chains linking two actors, an actor's
profile, statistics.

Each question is written once, against :class:`graphkb.reader.StanceReader`: the store
hands over its reader (the stance index, or SPARQL) and no code here asks which it is.

The who-opposes / who-supports score
------------------------------------
For each actor with stances of the wanted polarity toward the target, the score is::

    score = sum over its stances of score_unit(type, modality) * confidence
    score_unit(type, modality) = |intensity(type)| / 10 * weight(modality)

with weight 1.0 for asserted, 0.5 for reported, 0.25 for hypothetical and 0 for negated (the
last two only count when ``modalities`` asks for them). Intensities are the reference table's
(SANCTION 6, ASSAULT 9, ACCUSE 3.5, AID 10, ...). Actors are ranked by score, then by count.
Symmetric types (COOPERATE, CONSULT, ALLY, RIVAL) count in both directions.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypedDict

from graphkb.model import (
    FACTUALITY,
    MODALITY_WEIGHT,
    Actor,
    ActorKind,
    Modality,
    Stance,
    StanceFilter,
    trusted,
)
from graphkb.results import ActorProfile, Ranked, RankedList, StanceView, shown_score

if TYPE_CHECKING:
    from graphkb.reader import Counts, Side, StanceReader
    from graphkb.stores import StanceStore

__all__ = [
    "MODALITY_WEIGHT",
    "ActorProfile",
    "Ranked",
    "RankedList",
    "StanceView",
    "count_relations",
    "fetch_by_ids",
    "fetch_stances",
    "profile",
    "rank",
    "relations",
    "second_degree",
    "shown_score",
    "stats",
]

EVERYTHING = StanceFilter()
"""The filter that matches every stance."""


def fetch_stances(store: StanceStore, where: StanceFilter = EVERYTHING) -> list[StanceView]:
    """Stances matching the filter (actor ids are exact, or with ``roll_up`` any actor serving
    that country), oldest first."""
    reader = store.reader()
    return _views(reader, reader.stances(where))


def fetch_by_ids(store: StanceStore, ids: Sequence[str]) -> list[StanceView]:
    """Stances by id (the ids graphkb gives stances)."""
    reader = store.reader()
    return _views(reader, reader.stances(ids=ids)) if ids else []


def views_of(store: StanceStore, stances: list[Stance]) -> list[StanceView]:
    """Stances with their actors and documents resolved, oldest first."""
    return _views(store.reader(), stances)


def _views(reader: StanceReader, stances: list[Stance]) -> list[StanceView]:
    actors = reader.actors({s.source for s in stances} | {s.target for s in stances})
    documents = reader.documents({s.evidence.document for s in stances}) if stances else {}
    views = []
    for stance in stances:
        source = actors.get(stance.source) or _unknown_actor(stance.source)
        target = actors.get(stance.target) or _unknown_actor(stance.target)
        views.append(StanceView(stance, source, target, documents.get(stance.evidence.document)))
    views.sort(key=_order)
    return views


def _order(view: StanceView) -> tuple[dt.date, str, int, str]:
    s = view.stance
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def _unknown_actor(actor_id: str) -> Actor:
    kind = ActorKind.COUNTRY if actor_id.isupper() and len(actor_id) == 3 else ActorKind.GROUP
    return Actor(
        id=actor_id,
        name=actor_id,
        kind=kind,
        country=actor_id if kind is ActorKind.COUNTRY else None,
    )


FULL_EVIDENCE_UP_TO = 300
"""Up to this many matching stances, ranked actors carry every stance as evidence; beyond it
(hubs of big stores), only the first ``EVIDENCE_ACTORS`` actors carry their types and one
sample stance per type (from its most factual modality); the rest carry score and count."""
EVIDENCE_ACTORS = 100


class Ranking(TypedDict, total=False):
    """How much of a ranking to answer (see :func:`rank`)."""

    limit: int | None
    evidence: int | None


def rank(
    store: StanceStore,
    actor: Actor,
    *,
    polarity: int,
    where: StanceFilter = EVERYTHING,
    limit: int | None = None,
    evidence: int | None = EVIDENCE_ACTORS,
) -> RankedList:
    """Actors ranked by the score above, for stances of ``polarity`` toward ``actor`` that
    ``where`` lets through (asserted and reported unless it names modalities): all of them,
    or the first ``limit`` (``.total`` says how many there are). When many stances match,
    the first ``evidence`` actors (None: every one returned) carry their types and a sample
    stance per type; the rest carry score and count only."""
    asked = where.counted().of_polarity(polarity)
    if asked is None:
        return RankedList()
    anchor = actor.home if where.roll_up else actor.id
    # Stances toward the anchor; symmetric types (RIVAL, ...) also from it.
    symmetric = [t for t in asked.type_set if t.symmetric]
    sides: list[Side] = [(replace(asked, target=anchor), "source")]
    if symmetric:
        outgoing = replace(asked, source=anchor, target=asked.source, types=symmetric)
        sides.append((outgoing, "target"))
    reader = store.reader()
    rows, actors, stances = reader.ranking(sides, limit=limit)
    ranked = RankedList(
        trusted(Ranked, who or _unknown_actor(w), score, n, Counter(), [])
        for w, score, n, who in rows
    )
    ranked.total = actors
    if stances <= FULL_EVIDENCE_UP_TO:
        _attach_every_stance(reader, ranked, sides)
        return ranked
    top = ranked if evidence is None else ranked[:evidence]
    by_id = {r.actor.id: r for r in top}
    samples: dict[str, list[tuple[str, Modality, str]]] = {}
    for who, kind, mod, n, sample in reader.ranking_details(sides, list(by_id)):
        by_id[who].types[kind] += n
        samples.setdefault(who, []).append((kind, Modality(mod), sample))
    _attach_samples(reader, top, samples)
    return ranked


def _attach_every_stance(reader: StanceReader, ranked: list[Ranked], sides: list[Side]) -> None:
    """Give each ranked actor every stance it was scored on, as evidence, and its types."""
    by_id = {r.actor.id: r for r in ranked}
    roll_up = sides[0][0].roll_up
    for where, end in sides:
        for view in _views(reader, reader.stances(where)):
            other = view.source if end == "source" else view.target
            entry = by_id.get(other.home if roll_up else other.id)
            if entry is not None:
                entry.types[view.stance.type.value] += 1
                entry.stances.append(view)
    for entry in ranked:
        entry.stances.sort(key=_order)


def _attach_samples(
    reader: StanceReader, top: list[Ranked], samples: dict[str, list[tuple[str, Modality, str]]]
) -> None:
    """Give each of the ``top`` ranked actors one sample stance per type as evidence: from
    its most factual modality, the lowest id among equals."""
    chosen: dict[str, list[str]] = {}
    for r in top:
        best: dict[str, tuple[int, str]] = {}
        for kind, modality, sample in samples.get(r.actor.id, []):
            candidate = (FACTUALITY[modality], sample)
            if kind not in best or candidate < best[kind]:
                best[kind] = candidate
        chosen[r.actor.id] = [sample for _, sample in best.values()]
    wanted = [s for ids in chosen.values() for s in ids]
    views = {v.stance.id: v for v in _views(reader, reader.stances(ids=wanted))} if wanted else {}
    for r in top:
        r.stances = sorted((views[s] for s in chosen[r.actor.id] if s in views), key=_order)


def second_degree(
    store: StanceStore,
    actor: Actor,
    *,
    polarity: int,
    where: StanceFilter = EVERYTHING,
) -> list[tuple[Actor, int]]:
    """Two hops out: the actors holding stances of ``polarity`` toward the actors that hold
    such stances toward ``actor`` (opponents of its opponents, supporters of its supporters),
    with how many of those middle actors each one targets, most first. Stances are read in
    their direction (source toward target), symmetric types (RIVAL, ...) both ways, as
    who-opposes reads them; asserted and reported by default."""
    asked = where.counted().of_polarity(polarity)
    if asked is None:
        return []
    reader = store.reader()
    pairs = reader.second_degree(actor.id, replace(asked, source=None, target=None))
    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
    found = reader.actors({other for other, _ in pairs})
    return [(found.get(other) or _unknown_actor(other), via) for other, via in pairs]


def shortest_paths(
    store: StanceStore,
    a: Actor,
    b: Actor,
    *,
    where: StanceFilter = EVERYTHING,
    max_paths: int = 5,
) -> list[list[StanceView]]:
    """Up to ``max_paths`` shortest chains of stances between two actors (either direction),
    each as one stance per hop (the most factual one, then the highest id), found by a
    breadth-first search; asserted and reported stances unless ``where`` names modalities.
    Chains come in the order of their actors read backwards from ``b``."""
    reader = store.reader()
    where = replace(where.counted(), source=None, target=None)
    parents: dict[str, list[str]] = {a.id: []}
    frontier = [a.id]
    while frontier and b.id not in parents:
        found: dict[str, set[str]] = {}
        for node, other in reader.adjacent(frontier, where):
            if other not in parents:
                found.setdefault(other, set()).add(node)
        parents.update((other, sorted(via)) for other, via in found.items())
        frontier = sorted(found)
    if b.id not in parents or a.id == b.id:
        return []

    def back(node: str) -> Iterator[list[str]]:
        if node == a.id:
            yield [node]
            return
        for parent in parents[node]:
            for route in back(parent):
                yield [*route, node]

    routes = list(itertools.islice(back(b.id), max_paths))
    hops: dict[tuple[str, str], Stance | None] = {}
    for route in routes:
        for u, v in itertools.pairwise(route):
            if (u, v) not in hops:
                hops[u, v] = reader.strongest_between(u, v, where)
    views = {v.stance.id: v for v in _views(reader, [s for s in hops.values() if s is not None])}
    return [
        [views[hop.id] for u, v in itertools.pairwise(route) if (hop := hops[u, v]) is not None]
        for route in routes
    ]


def relations(
    store: StanceStore,
    a: Actor,
    b: Actor,
    *,
    where: StanceFilter = EVERYTHING,
    latest: int | None = None,
) -> list[StanceView]:
    """Every stance between two actors that ``where`` lets through (or the ``latest`` n),
    both directions, oldest first; all modalities unless narrowed."""
    reader = store.reader()
    return _views(reader, reader.between(a.id, b.id, where, latest or None))


def count_relations(
    store: StanceStore, a: Actor, b: Actor, where: StanceFilter = EVERYTHING
) -> int:
    """How many stances that ``where`` lets through link two actors, both directions."""
    return store.reader().count_between(a.id, b.id, where)


def profile(store: StanceStore, actor: Actor) -> ActorProfile:
    """The actor's record and a summary of its stances."""
    reader = store.reader()
    out_kinds, out_others = reader.profile_counts(actor.id, "source")
    in_kinds, in_others = reader.profile_counts(actor.id, "target")
    return ActorProfile(
        actor=actor,
        members=sorted(reader.members(actor.id), key=lambda a: a.name),
        outgoing=Counter({(t, m): n for t, m, n in out_kinds}),
        incoming=Counter({(t, m): n for t, m, n in in_kinds}),
        counterparts_out=Counter(dict(out_others)),
        counterparts_in=Counter(dict(in_others)),
    )


def stats(store: StanceStore) -> Counts:
    """Counts of actors, documents and stances, by kind, type and modality, and triples."""
    return {**store.reader().counts(), "triples": store.count("?s ?p ?o")}
