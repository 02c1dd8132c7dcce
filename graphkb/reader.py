"""What the questions read: the :class:`StanceReader` protocol, and the two backends it has.

:mod:`graphkb.queries` asks every question (who-opposes, relations, two-hop, path, profile,
statistics) of a reader and never asks which one it holds:

- :class:`graphkb.index.StanceIndex`, the SQLite stance table kept beside an embedded store;
- :class:`graphkb.sparql_reader.SparqlReader`, SPARQL over any store that answers it: the
  embedded Oxigraph store (when its index is stale or switched off) or a remote endpoint.

:meth:`graphkb.store.Store.reader` picks one (an endpoint's is always SPARQL): the only place
that knows there are two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

from graphkb.model import Actor, Document, Modality, Stance, StanceFilter, StanceType

__all__ = [
    "Counts",
    "DatedRow",
    "DatedTotal",
    "DisputeRow",
    "DisputeTally",
    "Dyad",
    "RankRow",
    "Side",
    "SignedRow",
    "StanceReader",
    "TallyGroup",
    "Tie",
    "dated_totals",
    "nano",
    "period_label",
]

Side = tuple[StanceFilter, str]
"""Stances a ranking reads, and which end of them ("source" or "target") is ranked."""

RankRow = tuple[str, float, int, Actor | None]
"""A ranked actor: its id, score, stance count, and the actor when the reader knows it."""

Dyad = tuple[str, str, str, str, int, str]
"""(source, target, type, modality, how many stances, the lowest stance id among them)."""

DatedRow = tuple[str, str, str, str, str, float, str]
"""A dated stance for timelines: (source, target, type, modality, ISO date, confidence, id)."""

Tie = tuple[str, str, float, int]
"""A pair's signed relation (:mod:`graphkb.analysis.signed`): (a, b, weight, stances), a < b."""

SignedRow = tuple[str, str, StanceType, Modality, float, dt.date | None, int]
"""(source, target, type, modality, summed confidence, date or None, stances)."""

DisputeRow = tuple[
    str,
    str,
    str,
    str,
    str,
    str | None,
    str,
    int | None,
    int | None,
    str,
    str,
    str | None,
    str | None,
]
"""A stance as :mod:`graphkb.analysis.disputes` reads it: id, type, modality, source, target,
claimant, document, start, end, the homes (country, else the actor) of the source, the
target and the claimant, and the ISO date."""

TallyGroup = tuple[str, str, str, list[tuple[str | None, str]]]
"""Stances counted for :mod:`graphkb.analysis.disputes`: two sides, a kind, and the (ISO date
or None, id) of each stance."""


class DisputeTally(NamedTuple):
    """Claims and answers of a side (all when None), counted per pair of sides, for
    :meth:`StanceReader.dispute_tally`."""

    claims: list[DisputeRow]
    """The claims the counts leave out, in full: reported stances (not accusations) without a
    claimant, or with a negated stance, or an asserted one with a claimant, of the same
    source, target and type (an answer of their own may be among those)."""
    counted: list[TallyGroup]
    """Every other claim: (claimant's side, accused side, "accusation" or "report", ...),
    counted where the side is claimant or accused and the two differ."""
    answers: list[TallyGroup]
    """(answering side, other side, "rejection" or "denial", ...): the asserted or reported
    rejections, and the negated hostile stances with a claimant, said by the source's side
    itself, with the side at either end."""


DatedTotal = tuple[str, str, str, int, int]
"""Dated stances counted for timelines: (period, type, modality, how many, summed confidence
in billionths: see :func:`nano`)."""

Counts = dict[str, int | dict[str, int]]
"""Statistics: actors, documents and stances, and counts of them by kind, type, modality."""


class StanceReader(Protocol):
    """The reads every question is built from. Actor ids are exact; filters are applied as
    :class:`~graphkb.model.StanceFilter` says (``roll_up``: an actor stands for every actor
    serving that country)."""

    def actors(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """Actors by id: all, or at least those in ``ids``."""
        ...

    def documents(self, ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents by id: all, or those in ``ids``."""
        ...

    def stances(
        self, where: StanceFilter = ..., *, ids: Sequence[str] | None = None
    ) -> list[Stance]:
        """Stances ``where`` lets through; only those of ``ids`` if given."""
        ...

    def between(
        self, a: str, b: str, where: StanceFilter = ..., latest: int | None = None
    ) -> list[Stance]:
        """Stances from ``a`` to ``b`` and back that ``where`` lets through (its actors
        aside): all, or the ``latest`` n."""
        ...

    def count_between(self, a: str, b: str, where: StanceFilter = ...) -> int:
        """How many stances :meth:`between` gives without ``latest``."""
        ...

    def ranking(
        self, sides: Sequence[Side], *, limit: int | None = None
    ) -> tuple[list[RankRow], int, int]:
        """The actors at the ranked end of the ``sides``' stances, scored by
        :func:`graphkb.model.score_unit` x confidence and summed (rolled up to countries when
        the first side's filter says so, the anchor's own country left out): the best ``limit``
        (or all), best first (score, count, name); with how many actors and stances the whole
        ranking holds."""
        ...

    def ranking_details(
        self, sides: Sequence[Side], others: Sequence[str]
    ) -> list[tuple[str, str, str, int, str]]:
        """For the ranked ``others``: (actor, type, modality, stances, a sample stance id)."""
        ...

    def second_degree(self, anchor: str, where: StanceFilter) -> list[tuple[str, int]]:
        """Actors with stances ``where`` lets through toward the actors holding such stances
        toward ``anchor`` (symmetric types both ways): (actor, how many of those it targets)."""
        ...

    def adjacent(self, frontier: Sequence[str], where: StanceFilter) -> set[tuple[str, str]]:
        """(frontier actor, actor linked to it either way by a stance ``where`` lets
        through) pairs."""
        ...

    def strongest_between(self, a: str, b: str, where: StanceFilter) -> Stance | None:
        """The stance that best stands for the link of ``a`` and ``b`` (either way): the most
        factual, then the highest id."""
        ...

    def neighbours(
        self, frontier: Sequence[str], reached: set[str], where: StanceFilter
    ) -> list[tuple[str, int]]:
        """Actors linked to the ``frontier`` and not ``reached``, with how many stances link
        them, most first (then by id)."""
        ...

    def dyads_among(self, actors: Sequence[str], where: StanceFilter) -> list[Dyad]:
        """The dyads (one per source, target, type, modality) within ``actors``."""
        ...

    def degree(self, actor: str) -> int:
        """How many stances the actor takes part in."""
        ...

    def profile_counts(
        self, actor: str, side: str
    ) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
        """For an actor at ``side`` ("source" or "target") of its stances: counts by (type,
        modality) and by the actor at the other end."""
        ...

    def members(self, country: str) -> list[Actor]:
        """Actors serving ``country`` (not the country itself)."""
        ...

    def counts(self) -> Counts:
        """Actors by kind, documents, stances by type and by modality."""
        ...

    def stance_count(self) -> int:
        """How many stances there are."""
        ...

    def dated_rows(self, where: StanceFilter, *, actor: str | None = None) -> list[DatedRow]:
        """Dated stances ``where`` lets through (its actors too, rolled up if it says so);
        with ``actor``, only those it takes part in."""
        ...

    def dated_totals(self, where: StanceFilter, by: str) -> list[DatedTotal]:
        """The dated stances ``where`` lets through (as :meth:`dated_rows`), counted per period
        of their date (``by``: month, quarter or year; see :func:`period_label`), type and
        modality."""
        ...

    def last_date(self) -> dt.date | None:
        """The latest stance date."""
        ...

    # -- the analyses (graphkb.analysis) -----------------------------------------------------
    def signed_ties(self, *, roll_up: bool) -> list[Tie]:
        """The signed relation of every pair (:mod:`graphkb.analysis.signed`, no decay): the
        asserted and reported stances between two actors, either way, each adding intensity /
        10 x modality weight x confidence; with ``roll_up``, between the homes they serve
        (stances within one home left out). Pairs whose stances sum to 0 may be listed."""
        ...

    def signed_rows(
        self,
        modalities: Sequence[Modality],
        *,
        roll_up: bool,
        dated: bool,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[SignedRow]:
        """Stances of ``modalities`` (dated within ``since``..``until`` if given) grouped by
        (source, target, type, modality) and, when ``dated``, date; with ``roll_up``, actors
        replaced by their homes."""
        ...

    def pair_relation(self, a: str, b: str, *, roll_up: bool) -> tuple[float, int]:
        """The signed relation of ``a`` and ``b`` as :meth:`signed_ties` counts it (with
        ``roll_up``, of the homes ``a`` and ``b``), and how many stances it sums; (0.0, 0)
        for a pair with none."""
        ...

    def latest_between_sides(
        self, a: str, b: str, modalities: Sequence[Modality], latest: int | None
    ) -> list[Stance]:
        """The stances of ``modalities`` between any actor of the home ``a`` (the actors
        serving it, and ``a`` itself) and any of the home ``b``, either way: all, or the
        ``latest`` n; oldest first."""
        ...

    def pair_kinds(
        self, a: str, b: str, modalities: Sequence[Modality], *, roll_up: bool
    ) -> list[tuple[StanceType, Modality, float, int]]:
        """(type, modality, summed confidence, stances) of the stances between ``a`` and
        ``b``, either way; with ``roll_up``, between every actor serving either (each id
        standing for itself too)."""
        ...

    def corroboration(
        self, source: str, target: str, kind: StanceType, modalities: Sequence[Modality]
    ) -> tuple[int, int]:
        """In how many distinct documents, and from how many publishers (a document without
        one counting as its own), stances of this source, target, type and modalities are."""
        ...

    def sources(
        self, others: Sequence[str], anchor: str, where: StanceFilter
    ) -> dict[str, tuple[int, int]]:
        """For each of ``others``: documents and publishers of the stances a ranking counts
        for it toward ``anchor``: ``where``'s types (named) from it to anchor, the symmetric
        ones either way, of its modalities (named) within its dates; with ``where.roll_up``,
        every actor serving either (each id standing for itself too)."""
        ...

    def dispute_rows(self, side: str | None, *, answers: bool) -> list[DisputeRow]:
        """Claims (asserted or reported accusations, and reported stances) or, with
        ``answers``, answer candidates (asserted or reported rejections, negated stances),
        where ``side`` (a home) is the home of the source or target (or, for claims, of the
        claimant); all when ``side`` is None."""
        ...

    def dispute_tally(self, side: str | None) -> DisputeTally | None:
        """The claims and answers :meth:`dispute_rows` reads, grouped per pair of sides as
        dates and ids only; None when the reader groups no faster than the caller would from
        :meth:`dispute_rows` and :meth:`same_stances`."""
        ...

    def same_stances(self, keys: Sequence[tuple[str, str, str]]) -> list[DisputeRow]:
        """The negated stances, and the asserted ones with a claimant, of each (source,
        target, type) in ``keys``."""
        ...

    def accusations_in(self, document: str) -> list[tuple[int | None, int | None, str, str]]:
        """(start, end, target's home, accuser's home) of the accusations in a document; the
        accuser is the claimant, else the source."""
        ...


def period_label(day: str, by: str) -> str:
    """The period an ISO date falls in: ``2024-12`` (month), ``2024-Q4`` (quarter), ``2024``
    (year).

    >>> period_label("2024-12-20", "quarter")
    '2024-Q4'
    """
    if by == "year":
        return day[:4]
    if by == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) + 2) // 3}"
    return day[:7]


def nano(confidence: float) -> int:
    """A confidence in billionths, rounded half up (as the stance index's SQL computes it), so
    sums are exact whatever order stances are added in."""
    return int(confidence * 1e9 + 0.5)


def dated_totals(rows: Iterable[DatedRow], by: str) -> list[DatedTotal]:
    """:meth:`StanceReader.dated_totals` from the stances themselves (for readers that count
    in Python)."""
    cells: dict[tuple[str, str, str], list[int]] = {}
    for _, _, kind, mod, date, conf, _ in rows:
        cell = cells.setdefault((period_label(date, by), kind, mod), [0, 0])
        cell[0] += 1
        cell[1] += nano(conf)
    return [(*key, n, total) for key, (n, total) in cells.items()]
