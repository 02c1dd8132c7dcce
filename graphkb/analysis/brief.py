"""Briefs: a short cited report on one actor, or on a pair, that an analyst can send.

:func:`build_brief` gathers, from the same analyses the commands show, the main opponents and
supporters with their scores, the latest stances, the disputes, the realignment pressures and a
timeline; every statement carries the stance it rests on, so the renderers
(:mod:`graphkb.analysis.brief_render`) footnote it with the evidence sentence, the document's
title, publisher, date and link.

"Latest stances" is a small version of its own (the newest dated asserted or reported stances
of the actor or pair); the timeline counts, per month, the weight of the cooperative and of the
conflictual stances (:func:`graphkb.analysis.signed.contribution`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphkb.analysis.signed import FACTUAL, contribution
from graphkb.model import StanceFilter

if TYPE_CHECKING:
    from graphkb.analysis import DisputesReport, PressureReport
    from graphkb.analysis.signed import Dyad
    from graphkb.kb import KnowledgeBase
    from graphkb.model import Actor
    from graphkb.queries import Ranked, StanceView

__all__ = ["Brief", "Line", "build_brief"]

TOP = 5
LATEST = 8


@dataclass(frozen=True, slots=True)
class Line:
    """A statement of the brief and the stances that support it."""

    text: str
    cites: tuple[StanceView, ...] = ()


@dataclass
class Brief:
    """Everything a brief shows, in order; each statement with its stances."""

    title: str
    subjects: list[Actor]
    dyad: Dyad | None = None
    opponents: list[Ranked] = field(default_factory=list)
    supporters: list[Ranked] = field(default_factory=list)
    latest: list[StanceView] = field(default_factory=list)
    disputes: DisputesReport | None = None
    pressures: PressureReport | None = None
    pressure_cites: dict[tuple[str, str], StanceView] = field(default_factory=dict)
    timeline: list[tuple[str, float, float]] = field(default_factory=list)
    """(month, cooperative weight, conflictual weight) per month, oldest first."""
    names: dict[str, str] = field(default_factory=dict)


def build_brief(
    kb: KnowledgeBase, a: str, b: str | None = None, *, roll_up: bool | None = None
) -> Brief:
    """The brief on actor ``a``, or on the pair ``a`` and ``b``. ``roll_up`` counts people
    and bodies for the state they serve; by default (None) a country's brief, or the brief of
    two countries, is rolled up and anyone else's is not."""
    from graphkb import analysis

    first = kb.resolve(a)
    if b is None:
        return _actor_brief(kb, first, roll_up)
    second = kb.resolve(b)
    if roll_up is None:
        both = first.kind.value == second.kind.value == "country"
        roll_up = first.home != second.home and both
    d = analysis.dyad(kb, a, b, roll_up=roll_up)
    views = [v for v, _ in d.parts]
    brief = Brief(f"{first.name} and {second.name}", [first, second], dyad=d)
    brief.latest = _newest(views)
    report = analysis.disputes(kb, a)
    pair = {first.home, second.home}
    report.disputes[:] = [x for x in report.disputes if {x.claimant, x.accused} == pair]
    brief.disputes = report
    brief.timeline = _months(views)
    brief.names = report.names
    return brief


def _actor_brief(kb: KnowledgeBase, actor: Actor, roll_up: bool | None) -> Brief:
    from graphkb import analysis
    from graphkb.queries import fetch_stances

    if roll_up is None:
        roll_up = actor.kind.value == "country"
    where = StanceFilter(roll_up=roll_up)
    brief = Brief(actor.name, [actor])
    brief.opponents = list(kb.who_opposes(actor.id, where, limit=TOP, evidence=None))
    brief.supporters = list(kb.who_supports(actor.id, where, limit=TOP, evidence=None))
    views = fetch_stances(
        kb.store, StanceFilter(source=actor.id, modalities=FACTUAL, roll_up=roll_up)
    )
    views += fetch_stances(
        kb.store, StanceFilter(target=actor.id, modalities=FACTUAL, roll_up=roll_up)
    )
    brief.latest = _newest(views)
    brief.timeline = _months(views)
    brief.disputes = analysis.disputes(kb, actor.id)
    brief.pressures = analysis.pressures(kb, actor.id, roll_up=roll_up)
    brief.pressures.pressures[:] = brief.pressures.pressures[:TOP]
    for p in brief.pressures.pressures:
        for r in p.reasons[:3]:
            for x, y in ((p.actor, r.via), (r.via, p.other)):
                if (x, y) not in brief.pressure_cites:
                    parts = analysis.dyad(kb, x, y, roll_up=True).parts
                    if parts:
                        brief.pressure_cites[x, y] = parts[0][0]
    brief.names = {**brief.disputes.names, **brief.pressures.names}
    return brief


def _newest(views: list[StanceView]) -> list[StanceView]:
    dated = [v for v in views if v.stance.date]
    dated.sort(key=lambda v: (v.stance.date, v.stance.evidence.document, v.stance.id))
    return dated[-LATEST:][::-1]


def _months(views: list[StanceView]) -> list[tuple[str, float, float]]:
    friendly: dict[str, float] = defaultdict(float)
    hostile: dict[str, float] = defaultdict(float)
    for v in views:
        s = v.stance
        if s.date is None:
            continue
        month = f"{s.date.year:04d}-{s.date.month:02d}"
        w = contribution(s.type, s.modality, s.confidence)
        if w > 0:
            friendly[month] += w
        else:
            hostile[month] += -w
    months = sorted(set(friendly) | set(hostile))
    return [(m, friendly.get(m, 0.0), hostile.get(m, 0.0)) for m in months]
