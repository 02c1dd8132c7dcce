"""Room for every label: node positions nudged apart until no two labels' boxes overlap.

vis-network draws a node's label under its shape, centred, in the page's sans-serif font (14
px, larger for actors with many stances). Python cannot measure the browser's font, so
:func:`label_width` over-estimates it from the characters (capitals and wide letters count
more); :func:`spread` then treats each node as the box of its shape and its label, and pushes
overlapping boxes apart, mostly up and down (labels are wider than tall), until none overlap.
The result is deterministic: the same positions and labels always give the same layout.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

__all__ = ["FONT_PX", "Box", "footprint", "label_width", "spread"]

FONT_PX = 14
"""Node label font size on the page (vis units at zoom 1)."""
_LINE_PX = 22  # the label's line box, a little taller than the font
_GAP_PX = 6  # the least room kept between two boxes
_NARROW = frozenset("fijlrtI.,:;'!|()[] ")
_WIDE = frozenset("mwMW@%")

Box = tuple[float, float, float, float]
"""Left, top, right and bottom of a node's box, relative to the node's centre."""


def label_width(text: str, font_px: float = FONT_PX) -> float:
    """An upper estimate of ``text``'s width in pixels at ``font_px``."""
    em = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            em += 1.05
        elif char in _NARROW:
            em += 0.36
        elif char in _WIDE:
            em += 0.95
        elif char.isupper() or char.isdigit() or not char.isascii():
            em += 0.76
        else:
            em += 0.64
    return em * font_px + 8


def footprint(label: str, size: float, font_px: float = FONT_PX) -> Box:
    """The box a node of radius ``size`` takes with ``label`` drawn under it at ``font_px``."""
    half = max(size, label_width(label, font_px) / 2)
    return (-half, -size, half, size + _LINE_PX * font_px / FONT_PX + 4)


def spread(
    points: Mapping[str, tuple[float, float]], boxes: Mapping[str, Box], *, rounds: int = 100
) -> dict[str, tuple[float, float]]:
    """``points`` moved as little as this simple method can so that no two ``boxes`` overlap.

    Each round sweeps the boxes from left to right and pushes every overlapping pair apart
    along the axis where they overlap least, half each. Should a cluster not come apart in
    ``rounds`` rounds, the whole drawing is stretched by a fifth and the rounds start again,
    so the loop always ends.
    """
    pos = {node: [float(x), float(y)] for node, (x, y) in sorted(points.items())}
    if len(pos) < 2:
        return {node: (x, y) for node, (x, y) in pos.items()}
    while True:
        for _ in range(rounds):
            if not _sweep(pos, boxes):
                return {node: (round(x, 2), round(y, 2)) for node, (x, y) in pos.items()}
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for p in pos.values():
            p[0], p[1] = cx + (p[0] - cx) * 1.2, cy + (p[1] - cy) * 1.2


def _sweep(pos: dict[str, list[float]], boxes: Mapping[str, Box]) -> bool:
    """One left-to-right pass; whether anything moved."""
    moved = False
    order = sorted(pos, key=lambda n: (pos[n][0] + boxes[n][0], n))
    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            a_left, a_top, a_right, a_bottom = _absolute(pos[a], boxes[a])
            b_left, b_top, b_right, b_bottom = _absolute(pos[b], boxes[b])
            if b_left >= a_right + _GAP_PX:
                break
            dx = min(a_right, b_right) - max(a_left, b_left) + _GAP_PX
            dy = min(a_bottom, b_bottom) - max(a_top, b_top) + _GAP_PX
            if dx <= 0 or dy <= 0:
                continue
            moved = True
            axis, amount = (1, dy) if dy <= dx else (0, dx)
            # the one further along the axis moves on; ties go by name, so the result is stable
            sign = 1.0 if (pos[b][axis], b) >= (pos[a][axis], a) else -1.0
            step = amount / 2 + 0.5
            pos[a][axis] -= sign * step
            pos[b][axis] += sign * step
    return moved


def _absolute(point: list[float], box: Box) -> Box:
    x, y = point
    return (x + box[0], y + box[1], x + box[2], y + box[3])
