"""Relations over time: a dyad's stances counted per month, quarter or year, and the dyads that
changed since a date.

Both read the stances' event dates (the day the text says a thing happened, else the report's)
and score each stance as the rankings do: ``polarity x |intensity| / 10 x weight(modality) x
confidence``, signed, so a period's *net* score is positive when cooperation outweighed
conflict. By default only asserted and reported stances count (as in who-opposes); undated
stances have no place on a timeline and are left out.

A timeline reads :meth:`graphkb.reader.StanceReader.dated_totals` and ``changes`` reads
:meth:`~graphkb.reader.StanceReader.dated_rows`: on a store with the stance index, SQL along a
covering B-tree index (the pair's, or with ``roll_up`` the two states' sides', counted per
period in SQL; the date index for ``changes``), the table itself never read; elsewhere (a stale
index, a remote endpoint) the same stances through SPARQL, counted in Python. Confidences are
summed in integer billionths, so both give the same numbers.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkb._exceptions import ValidationError
from graphkb.model import MODALITY_WEIGHT, Actor, Modality, StanceFilter, StanceType
from graphkb.reader import period_label

if TYPE_CHECKING:
    from graphkb.reader import DatedRow, StanceReader
    from graphkb.stores import StanceStore

__all__ = [
    "Change",
    "Period",
    "Timeline",
    "TimelineRow",
    "changes",
    "period_of",
    "plot_timeline",
    "timeline",
]


class Period(enum.StrEnum):
    """How finely a timeline is cut."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def period_of(day: dt.date, by: Period) -> str:
    """The label of the period a day falls in.

    >>> period_of(dt.date(2024, 12, 20), Period.QUARTER)
    '2024-Q4'
    """
    return period_label(day.isoformat(), by.value)


def signed_score(stance_type: StanceType, modality: Modality, confidence: float) -> float:
    """A stance's contribution to a net score: positive for cooperation, negative for
    conflict."""
    return (
        stance_type.polarity
        * abs(stance_type.intensity)
        / 10
        * MODALITY_WEIGHT[modality]
        * confidence
    )


@dataclass(slots=True)
class TimelineRow:
    """One period of one direction of a dyad."""

    period: str
    source: str
    target: str
    count: int = 0
    cooperative: int = 0
    conflictual: int = 0
    net: float = 0.0
    types: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "period": self.period,
            "source": self.source,
            "target": self.target,
            "count": self.count,
            "cooperative": self.cooperative,
            "conflictual": self.conflictual,
            "net": round(self.net, 4),
            "types": dict(sorted(self.types.items())),
        }


@dataclass(slots=True)
class Timeline:
    """A dyad's stances per period, both directions (``a`` to ``b`` first in each period)."""

    a: Actor
    b: Actor
    by: Period
    rows: list[TimelineRow]

    def periods(self) -> list[str]:
        """The periods with stances, oldest first."""
        return sorted({r.period for r in self.rows})

    def net(self, source: str, target: str) -> dict[str, float]:
        """Net score per period in one direction."""
        return {r.period: r.net for r in self.rows if (r.source, r.target) == (source, target)}


def timeline(
    store: StanceStore,
    a: Actor,
    b: Actor,
    *,
    by: Period = Period.MONTH,
    where: StanceFilter | None = None,
) -> Timeline:
    """Counts per period by type and polarity, and the net signed score, for each direction
    between ``a`` and ``b`` among the stances ``where`` lets through (its actors aside;
    asserted and reported unless it names modalities; with ``roll_up``, between everyone
    serving either state)."""
    w = (where or StanceFilter()).counted()
    if w.roll_up and not (a.country and b.country):
        w = replace(w, roll_up=False)  # an actor with no country is its own side
    ends = (a.country, b.country) if w.roll_up else (a.id, b.id)
    if ends[0] == ends[1]:
        raise ValidationError(
            f"{a.name} ({a.id}) and {b.name} ({b.id}) are the same side; give two actors"
        )
    reader = store.reader()
    cells: dict[tuple[str, str, str], TimelineRow] = {}
    for source, target in ((a.id, b.id), (b.id, a.id)):
        src, tgt = ends if source == a.id else ends[::-1]
        found = reader.dated_totals(replace(w, source=src, target=tgt), by.value)
        for period, kind, mod, n, billionths in sorted(found):
            row = cells.setdefault((period, source, target), TimelineRow(period, source, target))
            row.count += n
            row.types[kind] = row.types.get(kind, 0) + n
            if _POLARITY[kind] > 0:
                row.cooperative += n
            elif _POLARITY[kind] < 0:
                row.conflictual += n
            row.net += _UNITS[kind, mod] * (billionths / 1e9)
    order = {a.id: 0, b.id: 1}
    rows = sorted(cells.values(), key=lambda r: (r.period, order[r.source]))
    return Timeline(a, b, by, rows)


# -- changes ------------------------------------------------------------------------------------
@dataclass(slots=True)
class Change:
    """How a directed dyad's net score moved from the period before to the period asked."""

    source: str
    target: str
    before: float
    after: float
    count_before: int
    count_after: int
    kind: str
    """appeared, strengthened, weakened or flipped."""
    stances: list[str]
    """The ids of the stances behind ``after``, strongest first."""

    @property
    def size(self) -> float:
        """How much the net score moved."""
        return abs(self.after - self.before)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "source": self.source,
            "target": self.target,
            "change": self.kind,
            "before": round(self.before, 4),
            "after": round(self.after, 4),
            "size": round(self.size, 4),
            "stances_before": self.count_before,
            "stances_after": self.count_after,
            "stances": self.stances,
        }


def _classify(before: float, after: float, n_before: int) -> str | None:
    if n_before == 0 or before == 0:
        return "appeared" if after != 0 else None
    if (before > 0) != (after > 0) and after != 0:
        return "flipped"
    if abs(after) > abs(before):
        return "strengthened"
    if abs(after) < abs(before):
        return "weakened"
    return None


def changes(
    store: StanceStore,
    since: dt.date,
    *,
    until: dt.date | None = None,
    actor: Actor | None = None,
    where: StanceFilter | None = None,
) -> list[Change]:
    """Directed dyads whose net score changed between ``[since, until]`` (``until`` defaults
    to the last dated stance) and the period of the same length just before: those that
    appeared, strengthened, weakened or flipped sign, largest change first, each with the
    stances behind it. With ``actor``, only dyads it takes part in; ``where`` narrows types
    and modalities (asserted and reported unless it names them); with ``where.roll_up``, the
    dyads are between states (each person or body counted for the state it serves, one with
    no country for itself), the actor's state's when ``actor`` is given."""
    reader = store.reader()
    until = until or reader.last_date() or since
    if until < since:
        raise ValidationError(f"--since {since} is after --until {until}: nothing can match")
    length = (until - since).days + 1
    start = since - dt.timedelta(days=length)
    asked = (where or StanceFilter()).counted()
    w = replace(asked, source=None, target=None, roll_up=False, since=start, until=until)
    if asked.roll_up:
        rows = _rolled_up(reader, reader.dated_rows(w), actor.home if actor else None)
    else:
        rows = reader.dated_rows(w, actor=actor.id if actor else None)
    now: dict[tuple[str, str], list[tuple[float, str]]] = {}
    then: dict[tuple[str, str], list[float]] = {}
    boundary = since.isoformat()
    unit = _UNITS
    for src, tgt, kind, mod, date, conf, sid in rows:
        score = unit[kind, mod] * conf
        if date >= boundary:
            now.setdefault((src, tgt), []).append((score, sid))
        else:
            then.setdefault((src, tgt), []).append(score)
    found = []
    for dyad, scored in now.items():
        before = then.get(dyad, [])
        after = sum(s for s, _ in scored)
        moved = _classify(sum(before), after, len(before))
        if moved is None:
            continue
        ids = [sid for _, sid in sorted(scored, key=lambda p: (-abs(p[0]), p[1]))]
        found.append(Change(*dyad, sum(before), after, len(before), len(scored), moved, ids))
    found.sort(key=lambda c: (-round(c.size, 9), c.source, c.target))
    return found


_POLARITY = {t.value: t.polarity for t in StanceType}
_UNITS = {
    (t.value, m.value): t.polarity * abs(t.intensity) / 10 * MODALITY_WEIGHT[m]
    for t in StanceType
    for m in Modality
}
"""A stance's signed score per unit of confidence, by (type, modality) value: the factor of
:func:`signed_score`, worked out once (the same floating-point steps, so the same scores)."""


def _rolled_up(reader: StanceReader, rows: list[DatedRow], home: str | None) -> list[DatedRow]:
    """The rows with each actor replaced by the state it serves (itself if none); a stance
    within one state is no dyad and is left out, as are those ``home`` (when given) takes no
    part in."""
    ids = {r[0] for r in rows} | {r[1] for r in rows}
    homes = {k: a.home for k, a in reader.actors(ids).items()}
    out = []
    for src, tgt, kind, mod, date, conf, sid in rows:
        a, b = homes.get(src, src), homes.get(tgt, tgt)
        if a != b and (home is None or home in (a, b)):
            out.append((a, b, kind, mod, date, conf, sid))
    return out


# -- the picture --------------------------------------------------------------------------------
def plot_timeline(line: Timeline, out: Path) -> Path:
    """Draw the timeline as an SVG: net score per period in each direction (lines, above),
    cooperative and conflictual stance counts (bars, below)."""
    import matplotlib

    matplotlib.use("svg")  # no display, no GUI toolkit
    import matplotlib.pyplot as plt

    a_name, b_name = line.a.name, line.b.name
    periods = line.periods()
    xs = list(range(len(periods)))
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(8, 5.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    directions = [
        (line.a.id, line.b.id, f"{a_name} → {b_name}", "#1f5fa8"),
        (line.b.id, line.a.id, f"{b_name} → {a_name}", "#c2571a"),
    ]
    width = 0.38
    for i, (src, tgt, label, colour) in enumerate(directions):
        net = line.net(src, tgt)
        top.plot(xs, [net.get(p, 0.0) for p in periods], marker="o", color=colour, label=label)
        cells = {r.period: r for r in line.rows if (r.source, r.target) == (src, tgt)}
        shift = (i - 0.5) * width
        coop = [cells[p].cooperative if p in cells else 0 for p in periods]
        conf = [-(cells[p].conflictual if p in cells else 0) for p in periods]
        bottom.bar([x + shift for x in xs], coop, width, color=colour, alpha=0.85)
        bottom.bar([x + shift for x in xs], conf, width, color=colour, alpha=0.45, hatch="//")
    top.axhline(0, color="#888888", linewidth=0.8)
    top.set_ylabel("net score (+ cooperation, - conflict)")
    top.set_title(f"{a_name} and {b_name}, by {line.by.value}")
    top.legend(loc="best", frameon=False)
    bottom.axhline(0, color="#888888", linewidth=0.8)
    bottom.set_ylabel("stances (cooperative up,\nconflictual down)")
    bottom.set_xticks(xs, periods, rotation=45 if len(periods) > 8 else 0)
    fig.tight_layout()
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)
    return out
