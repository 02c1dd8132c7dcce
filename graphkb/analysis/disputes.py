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

Claims and answer candidates are read through the store's reader
(:meth:`graphkb.reader.StanceReader.dispute_rows` and the methods after it: indexed queries on
the stance index, SPARQL elsewhere), and only the stances shown are built as objects.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from graphkb.model import Modality, StanceType

if TYPE_CHECKING:
    from graphkb.queries import StanceView
    from graphkb.reader import StanceReader
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


class _Row(NamedTuple):
    """A stance as the rules need it: ids, kind, span, and the homes of its actors."""

    id: str
    type: StanceType
    modality: Modality
    source: str
    target: str
    claim: str | None
    document: str
    start: int | None
    end: int | None
    source_home: str
    target_home: str
    claim_home: str | None

    @property
    def said_by(self) -> str:
        """The side that says it: the claimant's, else the source's."""
        return self.claim_home if self.claim_home else self.source_home


def _row(values: tuple[Any, ...]) -> _Row:
    sid, kind, mod, *rest = values
    return _Row(sid, StanceType(kind), Modality(mod), *rest)


def find_disputes(
    store: Store, side: str | None = None, *, unanswered: bool = False
) -> list[Dispute]:
    """The disputes in the store (those where ``side``, a country or actor id, is claimant or
    accused, if given), the most answered first."""
    from graphkb.queries import fetch_by_ids

    source = _Rows(store.reader())
    claims = []
    for row in source.claims(side):
        parties = _parties(source, row)
        if parties is None or (side is not None and side not in parties):
            continue
        claims.append((row, *parties))
    by_pair: dict[tuple[str, str], list[tuple[str, _Row]]] = defaultdict(list)
    for row in source.answers(side):
        if row.said_by != row.source_home:
            continue
        if row.type is StanceType.REJECT and row.modality in _FACTUAL:
            by_pair[row.source_home, row.target_home].append(("rejection", row))
        elif row.modality is Modality.NEGATED and row.type.polarity < 0 and row.claim:
            by_pair[row.source_home, row.target_home].append(("denial", row))
    same = source.same([row.id for row, _, _ in claims if row.type is not StanceType.ACCUSE])
    found = [
        (row, claimant, accused, answers)
        for row, claimant, accused in claims
        if (answers := _answers_to(row, claimant, accused, by_pair, same)) or unanswered
    ]
    ids = {row.id for row, *_ in found} | {r.id for *_, answers in found for _, r in answers}
    views = {v.stance.id: v for v in fetch_by_ids(store, sorted(ids))}
    grouped: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for row, claimant, accused, answers in found:
        unique = {r.id: Answer(kind, views[r.id]) for kind, r in answers}
        ordered = tuple(sorted(unique.values(), key=lambda a: _when(a.view)))
        grouped[claimant, accused].append(Claim(views[row.id], claimant, accused, ordered))
    disputes = [
        Dispute(c, a, sorted(cs, key=lambda x: _when(x.view))) for (c, a), cs in grouped.items()
    ]
    disputes.sort(key=lambda d: (-len(d.answers), -len(d.claims), d.claimant, d.accused))
    return disputes


def _answers_to(
    row: _Row,
    claimant: str,
    accused: str,
    by_pair: dict[tuple[str, str], list[tuple[str, _Row]]],
    same: dict[str, list[_Row]],
) -> list[tuple[str, _Row]]:
    """The answers to one claim: the accused side's rejections of the claimant (and, for an
    accusation, its denials of hostile intent), and the claimed stance's own denials and
    admissions."""
    answers = [
        (kind, r)
        for kind, r in by_pair.get((accused, claimant), [])
        if kind == "rejection" or row.type is StanceType.ACCUSE
    ]
    for r in same.get(row.id, []):
        if r.id == row.id or r.said_by != accused:
            continue
        if r.modality is Modality.NEGATED:
            answers.append(("denial", r))
        elif r.claim:  # said by the accused side itself, not by the narrator
            answers.append(("admission", r))
    return answers


def _parties(source: _Rows, row: _Row) -> tuple[str, str] | None:
    """(claimant side, accused side) of a claim; None when it is no claim between sides."""
    if row.type is StanceType.ACCUSE and row.modality in _FACTUAL:
        claimant, accused = row.said_by, row.target_home
    elif row.modality is Modality.REPORTED:
        accused = row.source_home
        claimant = row.claim_home or source.accuser(row, accused)
    else:
        return None
    return None if claimant == accused else (claimant, accused)


def _overlapping_accuser(
    row: _Row, accused: str, found: Sequence[tuple[int | None, int | None, str, str]]
) -> str:
    """The side of an accusation of ``accused`` whose span overlaps ``row``'s ("" if none)."""
    if row.start is None or row.end is None:
        return ""
    for start, end, target_home, accuser in found:
        if start is None or end is None or target_home != accused:
            continue
        if start < row.end and row.start < end:
            return str(accuser)
    return ""


class _Rows:
    """Claims and answers read through the store's reader."""

    def __init__(self, reader: StanceReader) -> None:
        self.reader = reader

    def claims(self, side: str | None) -> list[_Row]:
        return sorted(map(_row, self.reader.dispute_rows(side, answers=False)))

    def answers(self, side: str | None) -> list[_Row]:
        return sorted(map(_row, self.reader.dispute_rows(side, answers=True)))

    def same(self, ids: list[str]) -> dict[str, list[_Row]]:
        out: dict[str, list[_Row]] = defaultdict(list)
        for claim_id, row in self.reader.same_stance_rows(ids):
            out[claim_id].append(_row(row))
        return out

    def accuser(self, row: _Row, accused: str) -> str:
        return _overlapping_accuser(row, accused, self.reader.accusations_in(row.document))
