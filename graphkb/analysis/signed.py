"""The signed, weighted relation between two actors, defined once for every analysis.

The relation of a pair
----------------------
For actors A and B, every asserted or reported stance between them, in either direction,
adds its type's signed intensity from the reference table (``data/stance_types.csv``: AID
+10, COOPERATE +9.5, SUPPORT +5, ACCUSE -3.5, SANCTION -6, ASSAULT -9, REQUEST 0...) over 10,
times the modality weight (asserted 1, reported 0.5), times the stance's confidence::

    w(A, B) = sum over stances s between A and B of
              intensity(type(s)) / 10 * weight(modality(s)) * confidence(s) * decay(s)

``decay`` is 1 unless a recency half-life H (days) is given; then a stance dated d days
before the reference date counts ``0.5 ** (d / H)`` (undated stances count in full, as
nothing says they are old). The sign of the pair is the sign of ``w``; a pair whose stances
cancel (``|w|`` below :data:`NEUTRAL`) has no sign and is left out of the signed graph.

Hypothetical and negated stances never count: a stance the text only imagines or denies is
not a relation (Pakistan's possible turn to China in the seed article is hypothetical and
adds nothing here). With ``roll_up`` (the default for the network analyses), people and
bodies count for the country they serve, so the graph is one of countries, international
organisations and groups.

The symmetric sum is a choice: ``A sanctions B`` and ``B accuses A`` both say the pair is
hostile, whoever acted, which is what structural balance (Heider 1946; Cartwright and Harary
1956) reasons about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from graphkb.model import Actor, Modality, StanceFilter, StanceType, signed_unit

if TYPE_CHECKING:
    from graphkb.corroboration import Corroboration, Key
    from graphkb.queries import StanceView
    from graphkb.stores import StanceStore

__all__ = [
    "FACTUAL",
    "NEUTRAL",
    "Dyad",
    "SignedGraph",
    "Tie",
    "contribution",
    "dyad",
    "dyad_parts",
    "signed_graph",
]

FACTUAL = (Modality.ASSERTED, Modality.REPORTED)
"""The modalities a relation is built from."""
NEUTRAL = 1e-9
"""Below this, a pair's stances cancel out and the pair has no sign."""


def contribution(
    stance_type: StanceType,
    modality: Modality,
    confidence: float,
    date: dt.date | None = None,
    *,
    half_life: float | None = None,
    as_of: dt.date | None = None,
) -> float:
    """What one stance adds to its pair's relation (see the module's docstring).

    >>> contribution(StanceType.SANCTION, Modality.ASSERTED, 1.0)
    -0.6
    >>> contribution(StanceType.AID, Modality.REPORTED, 1.0)
    0.5
    >>> contribution(StanceType.AID, Modality.HYPOTHETICAL, 1.0)
    0.0
    """
    value = signed_unit(stance_type, modality) * confidence
    if half_life is not None and date is not None and as_of is not None:
        value *= 0.5 ** (max((as_of - date).days, 0) / half_life)
    return value


class Tie(NamedTuple):
    """The relation of one pair: ``a`` < ``b`` (ids), its weight, how many stances made it
    (a tuple: a country graph has tens of thousands of ties, built at once)."""

    a: str
    b: str
    weight: float
    stances: int

    @property
    def sign(self) -> int:
        """+1 friendly, -1 hostile, 0 cancelled out."""
        return _sign(self.weight)

    def other(self, actor: str) -> str:
        """The pair's other actor."""
        return self.b if actor == self.a else self.a


def _sign(weight: float) -> int:
    return 1 if weight > NEUTRAL else -1 if weight < -NEUTRAL else 0


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@dataclass
class SignedGraph:
    """An undirected signed, weighted graph of actors: the pairs with a sign."""

    ties: dict[tuple[str, str], Tie] = field(default_factory=dict)
    _adj: dict[str, dict[str, Tie]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_weights(cls, weights: dict[tuple[str, str], tuple[float, int]]) -> SignedGraph:
        """The graph of the pairs whose summed weight has a sign."""
        return cls.from_ties((a, b, w, n) for (a, b), (w, n) in weights.items())

    @classmethod
    def from_ties(cls, ties: Iterable[tuple[str, str, float, int]]) -> SignedGraph:
        """The graph of the (a, b, weight, stances) pairs, a < b, whose weight has a sign."""
        graph = cls()
        adj = graph._adj
        for a, b, summed, n in sorted(ties):
            # to the billionth: sums kept by the index as stances come and go and sums read
            # over SPARQL differ in the last bits, and the bloc search compares weights
            weight = round(summed, 9)
            if weight > NEUTRAL or weight < -NEUTRAL:
                tie = Tie(a, b, weight, n)
                graph.ties[a, b] = tie
                adj.setdefault(a, {})[b] = tie
                adj.setdefault(b, {})[a] = tie
        return graph

    def add(self, tie: Tie) -> None:
        """Add (or replace) a tie."""
        self.ties[tie.a, tie.b] = tie
        self._adj.setdefault(tie.a, {})[tie.b] = tie
        self._adj.setdefault(tie.b, {})[tie.a] = tie

    @property
    def nodes(self) -> list[str]:
        """Actors with at least one signed tie, sorted."""
        return sorted(self._adj)

    def tie(self, a: str, b: str) -> Tie | None:
        """The tie between two actors, if they have a signed one."""
        return self._adj.get(a, {}).get(b)

    def weight(self, a: str, b: str) -> float:
        """The pair's weight (0 without a tie)."""
        tie = self.tie(a, b)
        return tie.weight if tie else 0.0

    def sign(self, a: str, b: str) -> int:
        """The pair's sign (0 without a tie)."""
        tie = self.tie(a, b)
        return tie.sign if tie else 0

    def neighbours(self, actor: str) -> dict[str, Tie]:
        """The actor's ties, by the other actor's id."""
        return self._adj.get(actor, {})

    def __contains__(self, actor: object) -> bool:
        return actor in self._adj

    def __iter__(self) -> Iterator[Tie]:
        return iter(self.ties.values())

    def __len__(self) -> int:
        return len(self.ties)

    def subgraph(self, actors: Iterable[str]) -> SignedGraph:
        """The ties among ``actors``."""
        keep = set(actors)
        graph = SignedGraph()
        for tie in self.ties.values():
            if tie.a in keep and tie.b in keep:
                graph.add(tie)
        return graph

    def to_networkx(self) -> Any:
        """A networkx Graph with ``weight`` and ``sign`` on each edge."""
        import networkx as nx

        graph = nx.Graph()
        graph.add_nodes_from(self.nodes)
        for tie in self.ties.values():
            graph.add_edge(tie.a, tie.b, weight=tie.weight, sign=tie.sign, stances=tie.stances)
        return graph


def signed_graph(
    store: StanceStore,
    *,
    roll_up: bool = True,
    half_life: float | None = None,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> SignedGraph:
    """The signed graph of the whole store (see the module's docstring for the weights).

    ``as_of`` is the date ages are counted from when ``half_life`` is set (default: the
    newest stance's date). Without a half-life or a date window the store's reader gives each
    pair's relation at once (:meth:`graphkb.reader.StanceReader.signed_ties`: the stance index
    keeps the rolled-up ones in a table as stances come and go, so the country graph of a
    million stances reads in a few hundred milliseconds); otherwise stances are read grouped by
    pair, kind and date and folded here.
    """
    reader = store.reader()
    if half_life is None and since is None and until is None:
        return SignedGraph.from_ties(reader.signed_ties(roll_up=roll_up))
    weights: dict[tuple[str, str], tuple[float, int]] = {}
    rows = reader.signed_rows(
        FACTUAL, roll_up=roll_up, dated=half_life is not None, since=since, until=until
    )
    if half_life is not None and as_of is None:
        as_of = max((r[5] for r in rows if r[5] is not None), default=None)
    for a, b, kind, mod, confidence, date, n in sorted(rows, key=_row_order):
        _fold(weights, a, b, kind, mod, confidence, date, n, half_life, as_of)
    return SignedGraph.from_weights(weights)


def _row_order(
    row: tuple[str, str, StanceType, Modality, float, dt.date | None, int],
) -> tuple[str, str, str, str, dt.date]:
    """Rows folded in one order whatever order a backend gives them (equal sums everywhere)."""
    return (row[0], row[1], row[2].value, row[3].value, row[5] or dt.date.min)


def _fold(
    weights: dict[tuple[str, str], tuple[float, int]],
    a: str,
    b: str,
    kind: StanceType,
    mod: Modality,
    confidence: float,
    date: dt.date | None,
    n: int,
    half_life: float | None,
    as_of: dt.date | None,
) -> None:
    if a == b:  # a minister's stance toward their own country, rolled up
        return
    key = _pair(a, b)
    # ``confidence`` is the summed confidence of ``n`` stances when read from the dyad table.
    value = contribution(kind, mod, confidence, date, half_life=half_life, as_of=as_of)
    old, count = weights.get(key, (0.0, 0))
    weights[key] = (old + value, count + n)


def dyad_parts(
    views: Iterable[StanceView], *, half_life: float | None = None, as_of: dt.date | None = None
) -> list[tuple[StanceView, float]]:
    """Each stance of a pair with what it adds to the relation, strongest first."""
    parts = [
        (
            v,
            contribution(
                v.stance.type,
                v.stance.modality,
                v.stance.confidence,
                v.stance.date,
                half_life=half_life,
                as_of=as_of,
            ),
        )
        for v in views
    ]
    parts.sort(key=lambda p: (-abs(p[1]), p[0].stance.date or dt.date.min, p[0].stance.id))
    return parts


@dataclass(frozen=True, slots=True)
class Dyad:
    """Two actors' relation and the stances behind it (the latest ``limit`` when there are
    more), each with what it adds."""

    a: Actor
    b: Actor
    weight: float
    """The relation, over every asserted and reported stance of the pair."""
    stances: int
    """How many stances the relation sums."""
    parts: list[tuple[StanceView, float]]
    """The stances shown, strongest first, with what each adds."""
    roll_up: bool
    half_life: float | None
    sources: dict[Key, Corroboration]
    """Corroboration of each shown stance's (source, target, type, modality group)."""

    @property
    def sign(self) -> int:
        """+1 friendly, -1 hostile, 0 no relation."""
        return _sign(self.weight)


def dyad(
    store: StanceStore,
    a: Actor,
    b: Actor,
    *,
    roll_up: bool = False,
    half_life: float | None = None,
    as_of: dt.date | None = None,
    limit: int | None = 50,
) -> Dyad:
    """The relation of ``a`` and ``b`` with the asserted and reported stances behind it (the
    latest ``limit`` of them; None for all); with ``roll_up``, of the countries they serve
    (every member's stances count). Without a half-life the reader sums the relation by kind
    of stance (:meth:`graphkb.reader.StanceReader.pair_kinds`: the stance index reads its
    per-dyad table), so a pair of thousands of stances answers in milliseconds."""
    from graphkb.corroboration import corroborate

    x, y = (a.home, b.home) if roll_up else (a.id, b.id)
    if half_life is None:
        weight, count = store.reader().pair_relation(x, y, roll_up=roll_up)
        views = _pair_views(store, a, b, roll_up, limit)
    else:
        views = _pair_views(store, a, b, roll_up, None)
        if half_life is not None and as_of is None:
            as_of = max((v.stance.date for v in views if v.stance.date), default=None)
        weight = sum(w for _, w in dyad_parts(views, half_life=half_life, as_of=as_of))
        count = len(views)
        views = views[-limit:] if limit else views
    parts = dyad_parts(views, half_life=half_life, as_of=as_of)
    return Dyad(a, b, weight, count, parts, roll_up, half_life, corroborate(store, views))


def _pair_views(
    store: StanceStore, a: Actor, b: Actor, roll_up: bool, limit: int | None
) -> list[StanceView]:
    """The pair's asserted and reported stances, oldest first (the latest ``limit``); with
    ``roll_up``, those between the two homes' actors."""
    from graphkb.queries import relations, views_of

    factual = StanceFilter(modalities=FACTUAL)
    if not roll_up:
        return relations(store, a, b, where=factual, latest=limit)
    found = store.reader().latest_between_sides(a.home, b.home, FACTUAL, limit)
    return views_of(store, found)
