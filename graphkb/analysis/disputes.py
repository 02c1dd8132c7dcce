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
the stance index, SPARQL elsewhere) as light rows; a busy side has thousands of claims per
dispute, so a dispute can show only its latest ``limit`` claims and answers (counting all),
and only the stances shown are built as objects. Every claim is still read: the United
States' side of the 1M benchmark store (109,545 claims, 34,716 answer candidates) takes about
4 s on a loaded machine, a side of 11,000 claims under half a second.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from graphkb.model import Modality, StanceType

if TYPE_CHECKING:
    from graphkb.queries import StanceView
    from graphkb.reader import StanceReader
    from graphkb.stores import StanceStore

__all__ = ["Answer", "Claim", "Dispute", "find_disputes"]

_FACTUAL = (Modality.ASSERTED, Modality.REPORTED)
_ACCUSE = StanceType.ACCUSE
_HOSTILE = frozenset(t for t in StanceType if t.polarity < 0)


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: ``denial``, ``rejection`` or ``admission``, and the stance that makes it."""

    kind: str
    view: StanceView


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim: the stance, who makes it, who it accuses, and its answers among those its
    dispute shows (all of them unless a limit cut the dispute short)."""

    view: StanceView
    claimant: str
    accused: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    """The claims of one side against another, and the other side's answers: the latest
    ``limit`` of each when a limit was given, oldest first, with how many there are in all."""

    claimant: str
    accused: str
    claims: list[Claim]
    answers: list[Answer]
    """Every distinct answer to any of the claims (the latest shown), oldest first."""
    claim_count: int = -1
    """How many claims in all (-1: as many as shown)."""
    answer_count: int = -1
    """How many distinct answers in all (-1: as many as shown)."""

    def __post_init__(self) -> None:
        if self.claim_count < 0:
            object.__setattr__(self, "claim_count", len(self.claims))
        if self.answer_count < 0:
            object.__setattr__(self, "answer_count", len(self.answers))


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
    date: str | None
    kind: str
    """The type as the backend wrote it (hashed faster than the enum)."""

    @property
    def said_by(self) -> str:
        """The side that says it: the claimant's, else the source's."""
        return self.claim_home if self.claim_home else self.source_home


_TYPES = {t.value: t for t in StanceType}
_MODALITIES = {m.value: m for m in Modality}


def _row(values: tuple[Any, ...]) -> _Row:
    sid, kind, mod, source, target, claim, doc, start, end, sh, th, ch, date = values
    return _Row(
        sid,
        _TYPES[kind],
        _MODALITIES[mod],
        source,
        target,
        claim,
        doc,
        start,
        end,
        sh,
        th,
        ch,
        date,
        kind,
    )


def _rows(values: Iterable[tuple[Any, ...]]) -> list[_Row]:
    """Rows in the backend's order: nothing below depends on it."""
    return list(map(_row, values))


def _latest(rows: list[_Row], limit: int | None) -> list[_Row]:
    """The rows that may be among the latest ``limit`` once fully ordered: every row dated on
    or after the ``limit``-th latest date (all of them without a limit)."""
    if limit is None or len(rows) <= limit:
        return rows
    dates = sorted((r.date or "" for r in rows), reverse=True)
    cut = dates[limit - 1]
    return [r for r in rows if (r.date or "") >= cut]


def find_disputes(
    store: StanceStore,
    side: str | None = None,
    *,
    unanswered: bool = False,
    limit: int | None = None,
    top: int | None = None,
) -> list[Dispute]:
    """The disputes in the store (those where ``side``, a country or actor id, is claimant or
    accused, if given), the most answered first: the first ``top`` of them (all if None),
    each showing its latest ``limit`` claims and answers (all if None).

    A side's rejections (and, for accusations, its denials) answer every claim of the other
    side, so they are kept once per pair of sides, not once per claim; only the stances shown
    are read in full."""
    from graphkb.queries import fetch_by_ids

    source = _Rows(store.reader())
    claims: list[tuple[_Row, str, str]] = []
    for row in source.claims(side):
        parties = _parties(source, row)
        if parties is not None and (side is None or side in parties):
            claims.append((row, *parties))
    rejections, denials = _side_answers(source, side)
    same = source.same(
        sorted({(r.source, r.target, r.kind) for r, _, _ in claims if r.type is not _ACCUSE})
    )
    grouped: dict[tuple[str, str], list[tuple[_Row, list[tuple[str, _Row]]]]] = defaultdict(list)
    none: list[tuple[str, _Row]] = []
    for row, claimant, accused in claims:
        key = (row.source, row.target, row.kind)
        own = _own_answers(row, accused, same[key]) if key in same else none
        grouped[claimant, accused].append((row, own))
    found = []
    for (claimant, accused), items in grouped.items():
        rejected = rejections.get((accused, claimant), [])
        denied = denials.get((accused, claimant), [])
        kept = (
            items
            if unanswered or rejected
            else [(row, own) for row, own in items if own or (denied and row.type is _ACCUSE)]
        )
        if not kept:
            continue
        answers = {r.id: ("rejection", r) for r in rejected}
        if denied and any(row.type is _ACCUSE for row, _ in kept):
            answers.update((r.id, ("denial", r)) for r in denied)
        for _, own in kept:
            answers.update((r.id, (kind, r)) for kind, r in own)
        found.append((claimant, accused, kept, answers))
    found.sort(key=lambda f: (-len(f[3]), -len(f[2]), f[0], f[1]))
    found = found[:top] if top is not None else found
    shown = [
        (f, _latest([row for row, _ in f[2]], limit), _latest([r for _, r in f[3].values()], limit))
        for f in found
    ]
    ids = {r.id for _, rows, answers in shown for r in (*rows, *answers)}
    views = {v.stance.id: v for v in fetch_by_ids(store, sorted(ids))}
    disputes = []
    for (claimant, accused, kept, answers), claim_rows, answer_rows in shown:
        ordered = sorted((views[r.id] for r in answer_rows), key=_when)
        ordered = ordered[-limit:] if limit is not None else ordered
        out = [Answer(answers[v.stance.id][0], v) for v in ordered]
        own_of = {row.id: own for row, own in kept}
        shared = {r.id for r in rejections.get((accused, claimant), [])}
        accused_of = shared | {r.id for r in denials.get((accused, claimant), [])}
        claim_views = sorted((views[r.id] for r in claim_rows), key=_when)
        claim_views = claim_views[-limit:] if limit is not None else claim_views
        listed = []
        for view in claim_views:
            base = accused_of if view.stance.type is _ACCUSE else shared
            own_ids = {r.id for _, r in own_of[view.stance.id]}
            mine = tuple(a for a in out if a.view.stance.id in base or a.view.stance.id in own_ids)
            listed.append(Claim(view, claimant, accused, mine))
        disputes.append(Dispute(claimant, accused, listed, out, len(kept), len(answers)))
    return disputes


def _side_answers(
    source: _Rows, side: str | None
) -> tuple[dict[tuple[str, str], list[_Row]], dict[tuple[str, str], list[_Row]]]:
    """The answers one side gives every claim of another, by (answering side, other side):
    its rejections of the other, and its denials of hostile intent toward it (for
    accusations); each said by the answering side itself."""
    rejections: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    denials: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in source.answers(side):
        if row.claim_home and row.claim_home != row.source_home:  # said by someone else
            continue
        if row.type is StanceType.REJECT and row.modality in _FACTUAL:
            rejections[row.source_home, row.target_home].append(row)
        elif row.modality is Modality.NEGATED and row.type in _HOSTILE and row.claim:
            denials[row.source_home, row.target_home].append(row)
    return rejections, denials


def _own_answers(row: _Row, accused: str, same: list[_Row]) -> list[tuple[str, _Row]]:
    """A claimed stance's own answers among the ``same`` (source, target, type): the stance
    negated (a denial) or asserted by the accused side itself (an admission). An accusation
    has none of its own."""
    if row.type is _ACCUSE:
        return []
    answers = []
    for r in same:
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
        return _rows(self.reader.dispute_rows(side, answers=False))

    def answers(self, side: str | None) -> list[_Row]:
        return _rows(self.reader.dispute_rows(side, answers=True))

    def same(self, keys: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[_Row]]:
        out: dict[tuple[str, str, str], list[_Row]] = defaultdict(list)
        for values in self.reader.same_stances(keys):
            row = _row(values)
            out[row.source, row.target, row.kind].append(row)
        return out

    def accuser(self, row: _Row, accused: str) -> str:
        return _overlapping_accuser(row, accused, self.reader.accusations_in(row.document))
