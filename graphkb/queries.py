"""Questions asked of the store: stances by filter, who opposes or supports an actor,
relations between two actors, an actor's profile, statistics.

Every query is a fixed SPARQL text; actors go in as bound terms (pyoxigraph substitutions),
dates as typed literals serialised by pyoxigraph, types and modalities as IRIs of the closed
enums. Nothing a user typed is ever spliced into a query as text.

The who-opposes / who-supports score
------------------------------------
For each actor with stances of the wanted polarity toward the target, the score is::

    score = sum over its stances of |intensity(type)| / 10 * weight(modality) * confidence

with weight 1.0 for asserted, 0.5 for reported, 0.25 for hypothetical and 0 for negated (the
last two only count when ``modalities`` asks for them). Intensities are the reference table's
(SANCTION 6, ASSAULT 9, ACCUSE 3.5, AID 10, ...). Actors are ranked by score, then by count.
Symmetric types (COOPERATE, CONSULT, ALLY, RIVAL) count in both directions.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from graphkb import rdf
from graphkb.model import (
    FACTUAL,
    MODALITY_WEIGHT,
    Actor,
    ActorKind,
    Document,
    Modality,
    Stance,
    StanceFilter,
    StanceType,
    trusted,
)
from graphkb.store import Store

if TYPE_CHECKING:
    from graphkb.index import StanceIndex

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
    "stats",
]

EVERYTHING = StanceFilter()
"""The filter that matches every stance."""


@dataclass(frozen=True, slots=True)
class StanceView:
    """A stance with its actors and document resolved, ready to show."""

    stance: Stance
    source: Actor
    target: Actor
    document: Document | None

    def evidence_line(self) -> str:
        """The evidence as one line: the sentence if stored, else the summary, with where."""
        ev = self.stance.evidence
        where = self.document.title if self.document else ev.document
        if len(where) > 32:
            where = where[:31].rstrip() + "…"
        body = ev.text or self.stance.summary or "(no text stored)"
        body = " ".join(body.split())
        span = f", chars {ev.start}-{ev.end}" if ev.start is not None else ""
        return f"{body} [{where}{span}]"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        s, ev, doc = self.stance, self.stance.evidence, self.document
        return {
            "id": s.id,
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "type": s.type.value,
            "polarity": s.polarity,
            "modality": s.modality.value,
            "date": s.date.isoformat() if s.date else None,
            "attributed_to": s.attributed_to,
            "confidence": s.confidence,
            "origin": s.origin,
            "cameo": s.cameo,
            "goldstein": s.goldstein,
            "summary": s.summary,
            "evidence": {
                "document": {
                    "id": ev.document,
                    "title": doc.title if doc else None,
                    "publisher": doc.publisher if doc else None,
                    "url": doc.url if doc else None,
                    "date": doc.date.isoformat() if doc and doc.date else None,
                },
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
            },
        }


class RankedList(list["Ranked"]):
    """Ranked actors, best first, perhaps only the first ``limit``; ``total`` is how many
    actors the whole ranking has."""

    total: int = 0


def shown_score(score: float, places: int) -> float:
    """``score`` rounded half up to ``places`` decimals as people read it: sums taken in
    another order (SQL, SPARQL, Python) differ in the last bits, and 7.0475 must show as
    7.048 whichever way it was added up."""
    from decimal import ROUND_HALF_UP, Decimal  # only when scores are shown

    return float(Decimal(repr(round(score, 9))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


@dataclass(slots=True)
class Ranked:
    """One actor's standing toward the queried actor."""

    actor: Actor
    score: float = 0.0
    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    stances: list[StanceView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: actor, score, count, types, stances."""
        return {
            "actor": self.actor.to_dict(),
            "score": shown_score(self.score, 3),
            "count": self.count,
            "types": sorted(self.types),
            "stances": [v.to_dict() for v in self.stances],
        }


# The filters pick stance nodes; then one range scan per node (``?st ?p ?o``) reads all its
# qualifiers at once. That is several times faster on Oxigraph than one OPTIONAL per qualifier.
_STANCE_QUERY = """
SELECT ?st ?p ?o ?src ?tgt {projection} WHERE {{
  {where}
  ?st ?p ?o .
}}"""


def _values(var: str, terms: Iterable[ox.NamedNode]) -> str:
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def _date_literal(value: dt.date) -> str:
    # str() of a pyoxigraph Literal is its escaped SPARQL/N-Triples form.
    return str(ox.Literal(value.isoformat(), datatype=ox.NamedNode(rdf.XSD + "date")))


def to_sparql(where: StanceFilter) -> tuple[str, dict[str, ox.NamedNode]]:
    """The filter as SPARQL: graph patterns over a stance node ``?st`` (with ``?src``, ``?tgt``,
    ``?type``, ``?mod`` bound) and the actors to bind (pyoxigraph substitutions, which must be
    projected: see :func:`_projected`). Types, modalities and dates are serialised by pyoxigraph
    from the closed enums and real dates; no text a user typed is spliced in."""
    subs: dict[str, ox.NamedNode] = {}
    lines = ["?st gk:source ?src ; gk:target ?tgt ; gk:stanceType ?type ; gk:modality ?mod ."]
    if where.types:
        lines.insert(0, _values("type", (rdf.type_iri(t) for t in where.types)))
    if where.modalities:
        lines.insert(0, _values("mod", (rdf.modality_iri(m) for m in where.modalities)))
    for var, actor in (("src", where.source), ("tgt", where.target)):
        if actor is None:
            continue
        if where.roll_up:  # any actor serving the country, the country included
            subs[var + "country"] = rdf.actor_iri(actor)
            lines.append(f"?{var} gk:country ?{var}country .")
        else:
            subs[var] = rdf.actor_iri(actor)
    lines.append(_dated("?st", where))
    return "\n  ".join(lines), subs


def _projected(subs: dict[str, ox.NamedNode], *own: str) -> str:
    """The bound variables a query does not project itself (pyoxigraph substitutes only
    projected variables)."""
    return " ".join(f"?{name}" for name in subs if name not in own)


def _dated(node: str, where: StanceFilter) -> str:
    """Patterns keeping the stances at ``node`` dated within the filter's window."""
    if not where.dated:
        return ""
    date = f"{node}_date"
    lines = [f"{node} dcterms:date {date} ."]
    if where.since:
        lines.append(f"FILTER({date} >= {_date_literal(where.since)})")
    if where.until:
        lines.append(f"FILTER({date} <= {_date_literal(where.until)})")
    return " ".join(lines)


def fetch_stances(store: Store, where: StanceFilter = EVERYTHING) -> list[StanceView]:
    """Stances matching the filter (actor ids are exact, or with ``roll_up`` any actor serving
    that country)."""
    index = store.index
    if index is not None:
        return _views(store, index.stances(where))
    text, subs = to_sparql(where)
    query = _STANCE_QUERY.format(projection=_projected(subs, "src", "tgt"), where=text)
    return _views(store, _group(store.query(query, subs)))


def _group(rows: Iterable[Any]) -> list[Stance]:
    """Rows of (stance node, predicate, object) folded into one stance per node."""
    nodes: dict[str, dict[str, Any]] = {}
    for row in rows:
        nodes.setdefault(row["st"].value, {})[row["p"].value] = row["o"]
    stances = (rdf.stance_from_fields(fields) for fields in nodes.values())
    return [s for s in stances if s is not None]


def _views(store: Store, stances: list[Stance]) -> list[StanceView]:
    actors = store.actors({s.source for s in stances} | {s.target for s in stances})
    documents = store.documents(s.evidence.document for s in stances)
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
(hubs of big stores), scores come from an aggregate (the index's dyad table, or SPARQL) and
only the first ``EVIDENCE_ACTORS`` actors carry their types and one sample stance per type and
modality; the rest carry score and count."""
EVIDENCE_ACTORS = 100

_AGGREGATE = """
SELECT ({other} AS ?other) ?type ?mod (COUNT(?st) AS ?n) (SUM(?conf) AS ?w)
  (MIN(STR(?st)) AS ?sample) {projection} WHERE {{
  {where}
  ?st gk:confidence ?conf .
}} GROUP BY {other} ?type ?mod {projection}"""


def rank(
    store: Store,
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
    incoming = replace(asked, target=anchor)
    symmetric = [t for t in asked.type_set if t.symmetric]
    outgoing = replace(asked, source=anchor, target=asked.source, types=symmetric)
    sides = [(incoming, "source")] + ([(outgoing, "target")] if symmetric else [])
    ranked = _rank(store, actor, sides, limit, evidence)
    if isinstance(ranked, RankedList):
        return ranked
    out = RankedList(ranked[:limit] if limit else ranked)
    out.total = len(ranked)
    return out


_Side = tuple[StanceFilter, str]
"""A filter and which end of its stances is the ranked actor ("source" or "target")."""


def _rank(
    store: Store,
    actor: Actor,
    sides: list[_Side],
    limit: int | None,
    evidence: int | None,
) -> list[Ranked]:
    incoming = sides[0][0]
    index = store.index
    if index is not None and not incoming.dated:
        indexed = _rank_indexed(store, index, actor, sides, limit, evidence)
        if indexed is not None:
            return indexed
        return _rank_exactly(store, actor, sides)
    groups = [g for where, other in sides for g in _aggregate(store, where, other)]
    if sum(g[3] for g in groups) <= FULL_EVIDENCE_UP_TO:
        return _rank_exactly(store, actor, sides)
    groups.sort(key=lambda g: (g[0], g[1].value, g[2].value, g[5]))  # same sums on every backend
    by_actor: dict[str, Ranked] = {}
    samples: dict[str, list[tuple[str, Modality, str]]] = {}
    others = store.actors({g[0] for g in groups})
    roll_up = incoming.roll_up
    for other_id, stance_type, modality, n, weight, sample in groups:
        who = others.get(other_id) or _unknown_actor(other_id)
        who = _rolled(store, who) if roll_up else who
        if roll_up and who.id == actor.home:
            continue
        entry = by_actor.setdefault(who.id, Ranked(who))
        entry.score += abs(stance_type.intensity) / 10 * MODALITY_WEIGHT[modality] * weight
        entry.count += n
        entry.types[stance_type.value] += n
        samples.setdefault(who.id, []).append((stance_type.value, modality, sample))
    ranked = sorted(by_actor.values(), key=_rank_order)
    shown = len(ranked) if evidence is None else evidence
    if limit is not None:
        shown = min(shown, limit)
    for r in ranked[shown:]:
        r.types = Counter()  # as from the index: types and evidence for the first ones only
    _attach_samples(store, ranked[:shown], samples)
    return ranked


def _attach_samples(
    store: Store, top: list[Ranked], samples: dict[str, list[tuple[str, Modality, str]]]
) -> None:
    """Give each of the ``top`` ranked actors one sample stance per type as evidence: from
    its most factual modality (asserted, then reported, ...), the lowest id among equals."""
    modality_rank = {m: i for i, m in enumerate(Modality)}
    chosen: dict[str, list[str]] = {}
    for r in top:
        best: dict[str, tuple[int, str]] = {}
        for kind, modality, sample in samples.get(r.actor.id, []):
            candidate = (modality_rank[modality], sample)
            if kind not in best or candidate < best[kind]:
                best[kind] = candidate
        chosen[r.actor.id] = [sample for _, sample in best.values()]
    views = {
        v.stance.id: v for v in _fetch_nodes(store, [s for ids in chosen.values() for s in ids])
    }
    for r in top:
        r.stances = sorted((views[s] for s in chosen[r.actor.id] if s in views), key=_order)


def _rank_indexed(
    store: Store,
    index: StanceIndex,
    actor: Actor,
    sides: list[_Side],
    limit: int | None,
    evidence: int | None,
) -> RankedList | None:
    """The ranking (its first ``limit``) from the index's dyad table; None when few enough
    stances match that the exact ranking (every stance as evidence) should be made instead."""
    incoming = sides[0][0]
    wanted, mods = incoming.type_set, incoming.modality_set
    polarity = wanted[0].polarity
    every_type = set(wanted) == {t for t in StanceType if t.polarity == polarity}
    plain = not incoming.roll_up and incoming.source is None
    if plain and every_type and set(mods) == set(FACTUAL):
        rows, actors, stances = index.standing(actor.id, polarity, limit)
    else:
        weights = {(t, m): abs(t.intensity) / 10 * MODALITY_WEIGHT[m] for t in wanted for m in mods}
        rows, actors, stances = index.ranking(sides, weights=weights, limit=limit)
    if stances <= FULL_EVIDENCE_UP_TO:
        return None
    ranked = RankedList(
        trusted(Ranked, who or _unknown_actor(w), sc, n, Counter(), []) for w, sc, n, who in rows
    )
    ranked.total = actors
    ranked.sort(key=_rank_order)
    top = ranked if evidence is None else ranked[:evidence]
    by_id = {r.actor.id: r for r in top}
    samples: dict[str, list[tuple[str, Modality, str]]] = {}
    for who, kind, mod, n, sample in index.ranking_details(sides, list(by_id)):
        by_id[who].types[kind] += n
        samples.setdefault(who, []).append((kind, Modality(mod), sample))
    _attach_samples(store, top, samples)
    return ranked


def _rank_order(r: Ranked) -> tuple[float, int, str]:
    # Scores rounded so that sums taken in another order (SQL, SPARQL) rank alike.
    return (-round(r.score, 9), -r.count, r.actor.name)


def _aggregate(
    store: Store, where: StanceFilter, other: str
) -> list[tuple[str, StanceType, Modality, int, float, str]]:
    """(actor at the ``other`` end, type, modality, count, summed confidence, a sample stance
    id) groups of the stances ``where`` lets through."""
    index = store.index
    if index is not None:
        return index.groups(where, other)
    text, subs = to_sparql(where)
    var = {"source": "?src", "target": "?tgt"}[other]
    query = _AGGREGATE.format(other=var, projection=_projected(subs), where=text)
    return [
        (
            rdf.id_from_iri(row["other"].value),
            StanceType(rdf.id_from_iri(row["type"].value)),
            Modality(rdf.id_from_iri(row["mod"].value)),
            int(row["n"].value),
            float(row["w"].value),
            rdf.id_from_iri(row["sample"].value),
        )
        for row in store.query(query, subs)
    ]


def fetch_by_ids(store: Store, ids: Sequence[str]) -> list[StanceView]:
    """Stances by id (the ids graphkb gives stances)."""
    return _fetch_nodes(store, ids)


def _fetch_nodes(store: Store, ids: Sequence[str]) -> list[StanceView]:
    """Stances by id, from the index or with one range scan per stance node."""
    if not ids:
        return []
    index = store.index
    if index is not None:
        return _views(store, index.stances(ids=ids))
    values = _values("st", (ox.NamedNode(rdf.GKS + i) for i in sorted(set(ids))))
    query = "SELECT ?st ?p ?o WHERE { " + values + " ?st ?p ?o }"
    return _views(store, _group(store.query(query)))


def _rank_exactly(store: Store, actor: Actor, sides: list[_Side]) -> list[Ranked]:
    """The ranking from every matching stance, each kept as evidence."""
    roll_up = sides[0][0].roll_up
    by_actor: dict[str, Ranked] = {}
    for where, side in sides:
        for view in fetch_stances(store, where):
            other = view.source if side == "source" else view.target
            who = _rolled(store, other) if roll_up else other
            if roll_up and who.id == actor.home:
                continue
            entry = by_actor.setdefault(who.id, Ranked(who))
            s = view.stance
            entry.score += abs(s.type.intensity) / 10 * MODALITY_WEIGHT[s.modality] * s.confidence
            entry.count += 1
            entry.types[s.type.value] += 1
            entry.stances.append(view)
    return sorted(by_actor.values(), key=_rank_order)


def _rolled(store: Store, actor: Actor) -> Actor:
    if actor.country and actor.country != actor.id:
        return store.actors({actor.country}).get(actor.country) or _unknown_actor(actor.country)
    return actor


# A symmetric type (RIVAL, ...) holds both ways, as in who-opposes: each hop also follows
# such stances from their target to their source.
_SECOND_DEGREE = """
SELECT ?far (COUNT(DISTINCT ?near) AS ?via) WHERE {{
  {{ SELECT DISTINCT ?near WHERE {{
    {{ {types} {mods}
      ?st1 gk:target {anchor} ; gk:source ?near ; gk:stanceType ?type ; gk:modality ?mod .
      {dates1} }}
    UNION
    {{ {symmetric} {mods}
      ?st1 gk:source {anchor} ; gk:target ?near ; gk:stanceType ?type ; gk:modality ?mod .
      {dates1} }}
  }} }}
  {{ {types2} {mods2}
    ?st2 gk:target ?near ; gk:source ?far ; gk:stanceType ?type2 ; gk:modality ?mod2 .
    {dates2} }}
  UNION
  {{ {symmetric2} {mods2}
    ?st2 gk:source ?near ; gk:target ?far ; gk:stanceType ?type2 ; gk:modality ?mod2 .
    {dates2} }}
  FILTER(?far != {anchor})
}} GROUP BY ?far"""


def second_degree(
    store: Store,
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
    wanted, mods = asked.type_set, asked.modality_set
    index = store.index
    if index is not None:
        pairs = index.second_degree(actor.id, asked)
    else:
        type_iris = [rdf.type_iri(t) for t in wanted]
        symmetric = [rdf.type_iri(t) for t in wanted if t.symmetric]
        mod_iris = [rdf.modality_iri(m) for m in mods]
        query = _SECOND_DEGREE.format(
            types=_values("type", type_iris),
            symmetric=_values("type", symmetric),
            mods=_values("mod", mod_iris),
            types2=_values("type2", type_iris),
            symmetric2=_values("type2", symmetric),
            mods2=_values("mod2", mod_iris),
            dates1=_dated("?st1", asked),
            dates2=_dated("?st2", asked),
            # An IRI serialised by pyoxigraph from an id the model validated.
            anchor=str(rdf.actor_iri(actor.id)),
        )
        rows = store.query(query)
        pairs = [(rdf.id_from_iri(r["far"].value), int(r["via"].value)) for r in rows]
    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
    found = store.actors({other for other, _ in pairs})
    return [(found.get(other) or _unknown_actor(other), via) for other, via in pairs]


def shortest_paths(
    store: Store,
    a: Actor,
    b: Actor,
    *,
    where: StanceFilter = EVERYTHING,
    max_paths: int = 5,
) -> list[list[StanceView]] | None:
    """Up to ``max_paths`` shortest chains of stances between two actors (either direction),
    each as one stance per hop (an asserted one where there is one), found by a breadth-first
    search over the index's dyad table; asserted and reported stances by default. None when
    the store has no index (the caller searches a networkx graph instead)."""
    index = store.index
    if index is None:
        return None
    where = where.counted()
    parents: dict[str, list[str]] = {a.id: []}
    frontier = [a.id]
    while frontier and b.id not in parents:
        found: dict[str, set[str]] = {}
        for node, other in index.adjacent(frontier, where):
            if other not in parents:
                found.setdefault(other, set()).add(node)
        parents.update((other, sorted(via)) for other, via in found.items())
        frontier = sorted(found)
    if b.id not in parents:
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
                hops[u, v] = index.strongest_between(u, v, where)
    views = {v.stance.id: v for v in _views(store, [s for s in hops.values() if s is not None])}
    return [
        [views[hop.id] for u, v in itertools.pairwise(route) if (hop := hops[u, v]) is not None]
        for route in routes
    ]


def relations(
    store: Store,
    a: Actor,
    b: Actor,
    *,
    where: StanceFilter = EVERYTHING,
    latest: int | None = None,
) -> list[StanceView]:
    """Every stance between two actors that ``where`` lets through (or the ``latest`` n),
    both directions, oldest first; all modalities unless narrowed."""
    index = store.index
    if index is not None:
        return _views(store, index.between(a.id, b.id, where, latest or None))
    forward = fetch_stances(store, replace(where, source=a.id, target=b.id))
    backward = fetch_stances(store, replace(where, source=b.id, target=a.id))
    views = sorted(forward + backward, key=_order)
    return views[-latest:] if latest else views


def count_relations(store: Store, a: Actor, b: Actor, where: StanceFilter = EVERYTHING) -> int:
    """How many stances that ``where`` lets through link two actors, both directions."""
    index = store.index
    if index is not None:
        return index.count_between(a.id, b.id, where)
    return len(relations(store, a, b, where=where))


@dataclass(slots=True)
class ActorProfile:
    """An actor, the actors that serve it, and a summary of its stances out and in."""

    actor: Actor
    members: list[Actor]
    outgoing: Counter[tuple[str, str]]
    incoming: Counter[tuple[str, str]]
    counterparts_out: Counter[str]
    counterparts_in: Counter[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        a = self.actor
        return {
            "actor": {
                **a.to_dict(),
                "qid": a.qid,
                "role": a.role,
                "aliases": list(a.aliases),
                "description": a.description,
            },
            "members": [m.to_dict() for m in self.members],
            "out": [
                {"type": t, "modality": m, "count": n}
                for (t, m), n in sorted(self.outgoing.items())
            ],
            "in": [
                {"type": t, "modality": m, "count": n}
                for (t, m), n in sorted(self.incoming.items())
            ],
            "top_targets": _most_common(self.counterparts_out),
            "top_sources": _most_common(self.counterparts_in),
        }


def _most_common(counts: Counter[str], n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` largest counts, ties by id (so every backend lists them alike)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def profile(store: Store, actor: Actor) -> ActorProfile:
    """The actor's record and a summary of its stances."""
    index = store.index
    if index is not None:
        out_kinds, out_others = index.profile_counts(actor.id, "source")
        in_kinds, in_others = index.profile_counts(actor.id, "target")
        return ActorProfile(
            actor=actor,
            members=sorted(index.members(actor.id), key=lambda a: a.name),
            outgoing=Counter({(t, m): n for t, m, n in out_kinds}),
            incoming=Counter({(t, m): n for t, m, n in in_kinds}),
            counterparts_out=Counter(dict(out_others)),
            counterparts_in=Counter(dict(in_others)),
        )
    out = fetch_stances(store, StanceFilter(source=actor.id))
    inc = fetch_stances(store, StanceFilter(target=actor.id))
    members = sorted(
        (a for a in store.actors().values() if a.country == actor.id and a.id != actor.id),
        key=lambda a: a.name,
    )
    return ActorProfile(
        actor=actor,
        members=members,
        outgoing=Counter((v.stance.type.value, v.stance.modality.value) for v in out),
        incoming=Counter((v.stance.type.value, v.stance.modality.value) for v in inc),
        counterparts_out=Counter(v.target.id for v in out),
        counterparts_in=Counter(v.source.id for v in inc),
    )


def stats(store: Store) -> dict[str, Any]:
    """Counts of actors, documents and stances, by kind, type and modality."""
    index = store.index
    if index is not None:
        return {**index.counts(), "triples": store.count("?s ?p ?o")}
    actors = store.actors()
    by_type: dict[str, int] = defaultdict(int)
    by_mod: dict[str, int] = defaultdict(int)
    rows = store.query(
        "SELECT ?type ?mod (COUNT(?st) AS ?n) WHERE { ?st gk:stanceType ?type ; "
        "gk:modality ?mod } GROUP BY ?type ?mod"
    )
    for row in rows:
        n = int(row["n"].value)
        by_type[rdf.id_from_iri(row["type"].value)] += n
        by_mod[rdf.id_from_iri(row["mod"].value)] += n
    return {
        "actors": len(actors),
        "actors_by_kind": dict(sorted(Counter(a.kind.value for a in actors.values()).items())),
        "documents": len(store.documents()),
        "stances": sum(by_type.values()),
        "stances_by_type": dict(sorted(by_type.items())),
        "stances_by_modality": dict(sorted(by_mod.items())),
        "triples": store.count("?s ?p ?o"),
    }
