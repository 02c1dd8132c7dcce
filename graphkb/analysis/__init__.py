"""Analyses of the stance graph that answer an analyst's questions: the signed relation of a
pair (:mod:`.signed`), claims and their answers (:mod:`.disputes`), corroboration
(:mod:`.corroboration`), structural balance (:mod:`.balance`), blocs (:mod:`.blocs`),
realignment pressures (:mod:`.pressures`) and cited briefs (:mod:`.brief`).

Each function here takes a :class:`graphkb.KnowledgeBase` and actor names (resolved through
its gazetteer) and returns plain records; the CLI (``graphkb dyad``, ``balance``, ``blocs``,
``pressures``, ``disputes``, ``brief``) renders them.

>>> import graphkb
>>> from graphkb import analysis
>>> with graphkb.KnowledgeBase.memory() as kb:
...     [p.other for p in analysis.pressures(kb, "Pakistan").pressures if p.sign > 0][:1]
['CHN']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkb._exceptions import GraphkbError
from graphkb.analysis.balance import Frustration, Triad, census, frustration, triads, triads_around
from graphkb.analysis.blocs import Blocs, find_blocs
from graphkb.analysis.disputes import Dispute, find_disputes
from graphkb.analysis.pressures import Pressure
from graphkb.analysis.pressures import pressures as _pressures
from graphkb.analysis.signed import Dyad, SignedGraph, signed_graph
from graphkb.analysis.signed import dyad as _dyad

if TYPE_CHECKING:
    from graphkb.kb import KnowledgeBase
    from graphkb.model import Actor

__all__ = [
    "BalanceReport",
    "BlocsReport",
    "DisputesReport",
    "PressureReport",
    "balance",
    "bloc_of",
    "blocs",
    "disputes",
    "dyad",
    "pressures",
]


def dyad(
    kb: KnowledgeBase,
    a: str,
    b: str,
    *,
    roll_up: bool = False,
    half_life: float | None = None,
    as_of: dt.date | None = None,
    limit: int | None = 50,
) -> Dyad:
    """The signed relation of two actors with the stances behind it, the latest ``limit``
    shown (:func:`graphkb.analysis.signed.dyad`)."""
    first, second = kb.resolve(a), kb.resolve(b)
    same = first.home == second.home if roll_up else first.id == second.id
    if same:
        what = "serve the same country" if roll_up and first.id != second.id else "are the same"
        raise GraphkbError(f"{a!r} and {b!r} {what} ({first.home}); give two different actors")
    return _dyad(
        kb.store, first, second, roll_up=roll_up, half_life=half_life, as_of=as_of, limit=limit
    )


def _graph(
    kb: KnowledgeBase, *, roll_up: bool, half_life: float | None, as_of: dt.date | None
) -> SignedGraph:
    return signed_graph(kb.store, roll_up=roll_up, half_life=half_life, as_of=as_of)


@dataclass(frozen=True, slots=True)
class BalanceReport:
    """The triad census, the frustration index and (for an actor) its unbalanced triads."""

    census: dict[str, int]
    frustration: Frustration
    actor: Actor | None
    unbalanced: list[Triad]
    names: dict[str, str]


def balance(
    kb: KnowledgeBase,
    actor: str | None = None,
    *,
    roll_up: bool = True,
    half_life: float | None = None,
    as_of: dt.date | None = None,
) -> BalanceReport:
    """Structural balance of the signed graph (:mod:`graphkb.analysis.balance`); with
    ``actor``, the census of its own triads and the unbalanced ones."""
    graph = _graph(kb, roll_up=roll_up, half_life=half_life, as_of=as_of)
    who = _node(kb, actor, roll_up) if actor else None
    found = triads_around(graph, _key(who, roll_up)) if who else triads(graph)
    unbalanced = [t for t in found if not t.balanced]
    ids = {a for t in unbalanced for a in t.actors}
    return BalanceReport(census(found), frustration(graph), who, unbalanced, _names(kb, ids))


@dataclass(frozen=True, slots=True)
class BlocsReport:
    """Blocs of the signed graph, with actor names and the graph's frustration per bloc."""

    blocs: Blocs
    names: dict[str, str]


def blocs(
    kb: KnowledgeBase,
    *,
    k: int | None = None,
    roll_up: bool = True,
    half_life: float | None = None,
    as_of: dt.date | None = None,
) -> BlocsReport:
    """Blocs of the signed graph (:mod:`graphkb.analysis.blocs`); ``k`` fixes their number."""
    graph = _graph(kb, roll_up=roll_up, half_life=half_life, as_of=as_of)
    if k is not None and k > max(len(graph.nodes), 1):
        raise GraphkbError(
            f"--k {k} is more blocs than the {len(graph.nodes)} actors with a signed tie; "
            "give a smaller number"
        )
    found = find_blocs(graph, k)
    return BlocsReport(found, _names(kb, found.of))


def bloc_of(kb: KnowledgeBase, *, k: int | None = None) -> dict[str, int]:
    """Actor id -> bloc number, for every actor in the store: a country's people and bodies
    take their country's bloc; actors with no signed tie are left out (for the graph page's
    colours, ``viz --blocs``)."""
    found = find_blocs(_graph(kb, roll_up=True, half_life=None, as_of=None), k)
    out = dict(found.of)
    for actor in kb.store.actors().values():
        if actor.id not in out and actor.home in found.of:
            out[actor.id] = found.of[actor.home]
    return out


@dataclass(frozen=True, slots=True)
class PressureReport:
    """The realignment pressures on one actor."""

    actor: Actor
    pressures: list[Pressure]
    names: dict[str, str]


def pressures(
    kb: KnowledgeBase,
    actor: str,
    *,
    roll_up: bool = True,
    half_life: float | None = None,
    as_of: dt.date | None = None,
) -> PressureReport:
    """The ties balance predicts for ``actor`` that the store lacks or shows weak
    (:mod:`graphkb.analysis.pressures`)."""
    graph = _graph(kb, roll_up=roll_up, half_life=half_life, as_of=as_of)
    who = _node(kb, actor, roll_up)
    found = _pressures(graph, _key(who, roll_up))
    ids = {p.other for p in found} | {r.via for p in found for r in p.reasons}
    return PressureReport(who, found, _names(kb, ids | {_key(who, roll_up)}))


@dataclass(frozen=True, slots=True)
class DisputesReport:
    """Claims and their answers, grouped by (claimant side, accused side)."""

    actor: Actor | None
    disputes: list[Dispute]
    names: dict[str, str]


def disputes(
    kb: KnowledgeBase,
    actor: str | None = None,
    *,
    unanswered: bool = False,
    limit: int | None = None,
    top: int | None = None,
) -> DisputesReport:
    """Claims paired with the accused side's answers (:mod:`graphkb.analysis.disputes`):
    all, or those where ``actor``'s side (its country, rolled up) is claimant or accused; the
    ``top`` most answered disputes (all if None), each with its latest ``limit`` claims and
    answers (all if None) and how many there are in all."""
    who = _node(kb, actor, True) if actor else None
    found = find_disputes(
        kb.store, who.home if who else None, unanswered=unanswered, limit=limit, top=top
    )
    ids: set[str] = set()
    for d in found:
        ids |= {d.claimant, d.accused}
        for c in d.claims:
            ids |= {c.view.stance.attributed_to or ""} | {
                a.view.stance.attributed_to or "" for a in c.answers
            }
    return DisputesReport(who, found, _names(kb, ids - {""}))


def _node(kb: KnowledgeBase, name: str, roll_up: bool) -> Actor:
    found = kb.resolve(name)
    if roll_up and found.home != found.id:
        return kb.resolve(found.home)
    return found


def _key(actor: Actor, roll_up: bool) -> str:
    return actor.home if roll_up else actor.id


def _names(kb: KnowledgeBase, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    known = kb.store.actors(wanted)
    return {i: known[i].name if i in known else i for i in sorted(wanted)}
