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
from typing import NamedTuple

from graphkb.analysis.signed import SignedGraph

__all__ = ["Pressure", "Reason", "pressures"]


class Reason(NamedTuple):
    """One open triad behind a prediction: the middle actor and its two ties (a tuple: a hub
    has tens of thousands)."""

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
    """The pressures on ``actor``, largest gap first (then by the other actor's id). Each
    prediction sums its votes in the order of the middle actors' ids, so it is the same
    number however the graph was built."""
    votes: dict[str, list[tuple[str, float, float, float]]] = defaultdict(list)
    for z, near in graph.neighbours(actor).items():
        w_near = near.weight
        for y, far in graph.neighbours(z).items():
            if y != actor:
                w_far = far.weight
                vote = math.sqrt(abs(w_near * w_far))
                votes[y].append((z, w_near, w_far, -vote if (w_near < 0) != (w_far < 0) else vote))
    found = []
    for other, items in votes.items():
        items.sort()
        predicted = sum(item[3] for item in items)
        if abs(predicted) < 1e-9:
            continue
        present = graph.weight(actor, other)
        gap = abs(predicted) - (1 if predicted > 0 else -1) * present
        if gap > 1e-9:
            items.sort(key=lambda item: (-abs(item[3]), item[0]))
            reasons = tuple(Reason(z, w_near, w_far) for z, w_near, w_far, _ in items)
            found.append(Pressure(actor, other, predicted, present, reasons))
    found.sort(key=lambda p: (-round(p.gap, 9), p.other))
    return found
