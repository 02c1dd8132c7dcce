"""Claims and the answers to them: who alleges what, and what the accused says back.

A *claim* is an accusation (an ACCUSE stance, asserted or reported: its source accuses its
target) or a reported stance (someone says that S did something to T: the accused is S; the
claimant is the stance's ``attributed_to``, else the source of an accusation of S whose
evidence overlaps it in the same document, as in "Guyana accused Venezuela of massing
troops"). The *answers* are the accused side's stances that respond to it:

* a **denial**: the claimed stance itself, negated (``S never did X to T``: Caracas denied
  massing troops), or for an accusation a negated hostile stance of the accused toward the
  accuser that the accused side says (Pakistan's Foreign Ministry: Pakistan never meant the US
  harm);
* a **rejection**: a REJECT of the claimant by the accused side (asserted or reported);
* an **admission**: the claimed stance asserted by the accused side itself (attributed to it).

Sides are countries: a minister answers for their country, so the US accusations against
Pakistan's missile programme are answered by the Pakistani Foreign Ministry's rejection.
Claims and answers are grouped into a :class:`Dispute` per (claimant side, accused side);
the store does not say which sentence answers which, so every answer of the side is shown
beside every claim of the other, ordered by date. Only claims with at least one answer are
disputes unless ``unanswered`` asks for all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkb.model import Modality, StanceFilter, StanceType

if TYPE_CHECKING:
    from graphkb.queries import StanceView
    from graphkb.store import Store

__all__ = ["Answer", "Claim", "Dispute", "find_disputes"]

_FACTUAL = (Modality.ASSERTED, Modality.REPORTED)


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: ``denial``, ``rejection`` or ``admission``, and the stance that makes it."""

    kind: str
    view: StanceView


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim: the stance, who makes it, who it accuses, and the answers to it."""

    view: StanceView
    claimant: str
    accused: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    """The claims of one side against another, and the other side's answers."""

    claimant: str
    accused: str
    claims: list[Claim]

    @property
    def answers(self) -> list[Answer]:
        """Every distinct answer to any of the claims, oldest first."""
        seen: dict[str, Answer] = {}
        for claim in self.claims:
            for answer in claim.answers:
                seen.setdefault(answer.view.stance.id, answer)
        return sorted(seen.values(), key=lambda a: _when(a.view))


def _when(view: StanceView) -> tuple[dt.date, str, int, str]:
    s = view.stance
    return (s.date or dt.date.min, s.evidence.document, s.evidence.start or 0, s.id)


def _fetch(store: Store, **fields: object) -> list[StanceView]:
    """Stances of a filter whose source/target are sides: an actor id, or (rolled up) every
    actor serving a country. Both readings are asked and merged, since an international
    organisation serves no country."""
    from graphkb.queries import fetch_stances

    found = {v.stance.id: v for v in fetch_stances(store, StanceFilter(**fields))}  # type: ignore[arg-type]
    if fields.get("source") or fields.get("target"):
        rolled = fetch_stances(store, StanceFilter(**fields, roll_up=True))  # type: ignore[arg-type]
        found.update((v.stance.id, v) for v in rolled)
    return sorted(found.values(), key=_when)


def _side_of(store: Store, view: StanceView, attributed: bool = False) -> str:
    if attributed and view.stance.attributed_to:
        actor = store.actors({view.stance.attributed_to}).get(view.stance.attributed_to)
        return actor.home if actor else view.stance.attributed_to
    return view.source.home


def find_disputes(
    store: Store, side: str | None = None, *, unanswered: bool = False
) -> list[Dispute]:
    """The disputes in the store (those where ``side``, a country or actor id, is claimant or
    accused, if given), the most answered first."""
    claims = _claims(store, side)
    by_pair: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for view, claimant, accused in claims:
        answers = _answers(store, view, claimant, accused)
        if answers or unanswered:
            by_pair[claimant, accused].append(Claim(view, claimant, accused, answers))
    disputes = [
        Dispute(c, a, sorted(cs, key=lambda x: _when(x.view))) for (c, a), cs in by_pair.items()
    ]
    disputes.sort(key=lambda d: (-len(d.answers), -len(d.claims), d.claimant, d.accused))
    return disputes


def _claims(store: Store, side: str | None) -> list[tuple[StanceView, str, str]]:
    """(stance, claimant side, accused side) for every claim touching ``side``."""
    views: dict[str, StanceView] = {}
    accuse = {"types": [StanceType.ACCUSE], "modalities": list(_FACTUAL)}
    reported = {"modalities": [Modality.REPORTED]}
    if side is None:
        for fields in (accuse, reported):
            views.update((v.stance.id, v) for v in _fetch(store, **fields))
    else:
        for fields in (accuse, reported):
            for end in ("source", "target"):
                views.update((v.stance.id, v) for v in _fetch(store, **fields, **{end: side}))
    out = []
    for view in sorted(views.values(), key=_when):
        s = view.stance
        if s.type is StanceType.ACCUSE and s.modality in _FACTUAL:
            claimant, accused = _side_of(store, view, attributed=True), view.target.home
        elif s.modality is Modality.REPORTED:
            accused = view.source.home
            claimant = _side_of(store, view, attributed=True) if s.attributed_to else ""
            claimant = claimant or _accuser(store, view, accused)
        else:
            continue
        if claimant == accused or (side is not None and side not in (claimant, accused)):
            continue
        out.append((view, claimant, accused))
    return out


def _accuser(store: Store, view: StanceView, accused: str) -> str:
    """The side whose accusation of ``accused`` overlaps an unattributed reported stance in
    the same document ("" when none does)."""
    ev = view.stance.evidence
    if ev.start is None or ev.end is None:
        return ""
    for other in _fetch(store, target=accused, types=[StanceType.ACCUSE]):
        o = other.stance.evidence
        same_doc = o.document == ev.document and o.start is not None and o.end is not None
        if same_doc and o.start < ev.end and ev.start < o.end:  # type: ignore[operator]
            return _side_of(store, other, attributed=True)
    return ""


def _answers(store: Store, claim: StanceView, claimant: str, accused: str) -> tuple[Answer, ...]:
    found: dict[str, Answer] = {}
    c = claim.stance
    if claimant:
        for view in _fetch(store, source=accused, target=claimant):
            s = view.stance
            said_by = _side_of(store, view, attributed=True)
            if said_by != accused:
                continue
            if s.type is StanceType.REJECT and s.modality in _FACTUAL:
                found[s.id] = Answer("rejection", view)
            elif (
                s.modality is Modality.NEGATED
                and c.type is StanceType.ACCUSE
                and s.polarity < 0
                and s.attributed_to
            ):
                found[s.id] = Answer("denial", view)
    if c.type is not StanceType.ACCUSE:  # a reported stance: its own denial or admission
        same = _fetch(
            store,
            source=claim.source.home,
            target=claim.target.home,
            types=[c.type],
            modalities=[Modality.NEGATED, Modality.ASSERTED],
        )
        for view in same:
            s = view.stance
            if s.source != c.source or s.target != c.target:
                continue
            if _side_of(store, view, attributed=True) != accused:
                continue
            if s.modality is Modality.NEGATED:
                found[s.id] = Answer("denial", view)
            elif s.attributed_to:  # said by the accused side itself, not by the narrator
                found[s.id] = Answer("admission", view)
    return tuple(sorted(found.values(), key=lambda a: _when(a.view)))
