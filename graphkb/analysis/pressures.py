"""Realignment pressures: the ties structural balance predicts for an actor and the store
does not (yet) show.

For actor X and another actor Y, every common neighbour Z closes an open triad X-Z-Y, and
balance (Heider; Cartwright and Harary) predicts the sign of X-Y as the product of the signs
of X-Z and Z-Y: the enemy of an enemy is a friend, the friend of an enemy an enemy. The
predicted relation sums those votes, each weighted by the geometric mean of its two ties::

    pressure(X, Y) = sum over Z of sign(X-Z) * sign(Z-Y) * sqrt(|w(X-Z)| * |w(Z-Y)|)

A pressure is reported when the present tie (from :mod:`graphkb.analysis.signed`: asserted
and reported stances only) is *missing* (no signed tie), *weak* (same sign, smaller than the
prediction) or *contrary* (the other sign); the gap is how far the tie falls short.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from graphkb.analysis.signed import SignedGraph

__all__ = ["Pressure", "Reason", "pressures"]


@dataclass(frozen=True, slots=True)
class Reason:
    """One open triad behind a prediction: the middle actor and its two ties."""

    via: str
    near: float
    """w(X, Z)."""
    far: float
    """w(Z, Y)."""

    @property
    def vote(self) -> float:
        """This triad's signed share of the prediction."""
        sign = math.copysign(1.0, self.near) * math.copysign(1.0, self.far)
        return sign * math.sqrt(abs(self.near * self.far))


@dataclass(frozen=True, slots=True)
class Pressure:
    """A tie balance predicts between ``actor`` and ``other``."""

    actor: str
    other: str
    predicted: float
    present: float
    reasons: tuple[Reason, ...]

    @property
    def sign(self) -> int:
        """The predicted sign."""
        return 1 if self.predicted > 0 else -1

    @property
    def status(self) -> str:
        """``missing``, ``weak`` or ``contrary``."""
        if self.present == 0:
            return "missing"
        return "weak" if (self.present > 0) == (self.predicted > 0) else "contrary"

    @property
    def gap(self) -> float:
        """How far the present tie falls short of the prediction, along its sign."""
        return abs(self.predicted) - self.sign * self.present


def pressures(graph: SignedGraph, actor: str) -> list[Pressure]:
    """The pressures on ``actor``, largest gap first (then by the other actor's id)."""
    votes: dict[str, list[Reason]] = defaultdict(list)
    for z, near in sorted(graph.neighbours(actor).items()):
        for y, far in sorted(graph.neighbours(z).items()):
            if y != actor:
                votes[y].append(Reason(z, near.weight, far.weight))
    found = []
    for other, reasons in votes.items():
        predicted = sum(r.vote for r in reasons)
        if abs(predicted) < 1e-9:
            continue
        present = graph.weight(actor, other)
        ordered = tuple(sorted(reasons, key=lambda r: (-abs(r.vote), r.via)))
        p = Pressure(actor, other, predicted, present, ordered)
        if p.gap > 1e-9:
            found.append(p)
    found.sort(key=lambda p: (-round(p.gap, 9), p.other))
    return found
