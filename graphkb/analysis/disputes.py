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

Claims and answer candidates are read through the store's reader. Most claims only count: a
side's rejections (and, for accusations, its denials) answer every claim of the other side,
and a claim with a claimant and no negated or claimed stance of its own (source, target, type)
can have no other answer; so the stance index groups them per pair of sides in SQL, as dates
and ids read from partial indexes alone
(:meth:`graphkb.reader.StanceReader.dispute_tally`; SPARQL groups its rows the same way), and
only the reports that may have answers of their own, or need their accuser found, are read as
rows. A busy side has thousands of claims per dispute, so a dispute can show only its latest
``limit`` claims and answers (counting all), and only the stances shown are read in full. The
United States' side of the 1M benchmark store (109,545 claims, 7,692 of them reports with
answers of their own) answers in about 0.9 s of processor time (see benchmarks/README.md).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from graphkb.model import Modality, StanceType
from graphkb.reader import DisputeRow, DisputeTally

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


Dated = tuple[str | None, str]
"""(ISO date or None, stance id)."""


def _latest(items: Iterable[Dated], limit: int | None) -> list[str]:
    """The ids that may be among the latest ``limit`` once fully ordered: every one dated on
    or after the ``limit``-th latest date (all of them without a limit)."""
    items = list(items)
    if limit is None or len(items) <= limit:
        return [i for _, i in items]
    cut = heapq.nlargest(limit, (d or "" for d, _ in items))[-1]
    return [i for d, i in items if (d or "") >= cut]


@dataclass
class _Pair:
    """What one pair of sides has: claims counted by kind (with their latest), the claims
    read in full with their own answers, and the other side's answers counted by kind."""

    counted: dict[str, list[Dated]]
    single: list[tuple[_Row, list[tuple[str, _Row]]]]
    rejected: list[Dated]
    denied: list[Dated]


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

    Most claims only count: a side's rejections (and, for accusations, its denials) answer
    every claim of the other side, so the reader counts claims and those answers per pair of
    sides (:meth:`~graphkb.reader.StanceReader.dispute_tally`, with the latest of each), and
    only the claims that may have answers of their own, or need their claimant found, are
    read row by row; only the stances shown are read in full."""
    from graphkb.queries import fetch_by_ids

    source = _Rows(store.reader())
    tally = source.reader.dispute_tally(side) or _tally(source, side)
    pairs: dict[tuple[str, str], _Pair] = {}

    def pair(claimant: str, accused: str) -> _Pair:
        return pairs.setdefault((claimant, accused), _Pair({}, [], [], []))

    for claimant, accused, kind, dated in tally.counted:
        pair(claimant, accused).counted[kind] = dated
    single = []
    for row in map(_row, tally.claims):
        parties = _parties(source, row)
        if parties is not None and (side is None or side in parties):
            single.append((row, *parties))
    same = source.same(sorted({(r.source, r.target, r.kind) for r, _, _ in single}))
    for row, claimant, accused in single:
        own = _own_answers(row, accused, same.get((row.source, row.target, row.kind), []))
        pair(claimant, accused).single.append((row, own))
    answers = {(one, two, kind): dated for one, two, kind, dated in tally.answers}
    for (claimant, accused), found in pairs.items():
        found.rejected = answers.get((accused, claimant, "rejection"), [])
        found.denied = answers.get((accused, claimant, "denial"), [])
    ranked = []
    for (claimant, accused), found in pairs.items():
        shown = _dispute(claimant, accused, found, unanswered=unanswered)
        if shown is not None:
            ranked.append(shown)
    ranked.sort(key=lambda f: (-f.answer_count, -f.claim_count, f.claimant, f.accused))
    ranked = ranked[:top] if top is not None else ranked
    latest = [(_latest(f.claims(), limit), _latest(f.answers(), limit)) for f in ranked]
    wanted = {i for claims, answers in latest for i in (*claims, *answers)}
    views = {v.stance.id: v for v in fetch_by_ids(store, sorted(wanted))}
    return [f.shown(views, limit, *ids) for f, ids in zip(ranked, latest, strict=True)]


@dataclass
class _Found:
    """A dispute before it is shown: its kept claims (counted, and read in full with their own
    answers), the other side's rejections and denials (the latter kept when ``accusations``),
    the kept claims' own answers by id, and the counts."""

    claimant: str
    accused: str
    counted: list[list[Dated]]
    kept: list[tuple[_Row, list[tuple[str, _Row]]]]
    rejected: list[Dated]
    denied: list[Dated]
    accusations: bool
    own: dict[str, tuple[str, _Row]]
    claim_count: int
    answer_count: int

    def claims(self) -> list[Dated]:
        return [d for dated in self.counted for d in dated] + [
            (row.date, row.id) for row, _ in self.kept
        ]

    def answers(self) -> list[Dated]:
        dated = {i: d for d, i in self.rejected}
        if self.accusations:
            dated.update((i, d) for d, i in self.denied)
        dated.update((r.id, r.date) for _, r in self.own.values())
        return [(d, i) for i, d in dated.items()]

    def shown(
        self,
        views: dict[str, StanceView],
        limit: int | None,
        claim_ids: list[str],
        answer_ids: list[str],
    ) -> Dispute:
        """The dispute with its latest ``limit`` claims and answers (among those of these
        ids), each claim beside the answers shown that answer it: the side's rejections (and,
        for an accusation, its denials) and the claim's own."""
        kinds = {i: "rejection" for _, i in self.rejected}
        kinds.update((i, "denial") for _, i in self.denied)
        shared = {i for _, i in self.rejected}
        accused_of = shared | {i for _, i in self.denied}
        for sid, (kind, r) in self.own.items():
            kinds[sid] = kind
            also = _side_kind(r) if r.target_home == self.claimant else None
            if also == "rejection":
                shared.add(sid)
            if also is not None:
                accused_of.add(sid)
        ordered = sorted((views[i] for i in answer_ids), key=_when)
        ordered = ordered[-limit:] if limit is not None else ordered
        out = [Answer(kinds[v.stance.id], v) for v in ordered]
        claim_views = sorted((views[i] for i in claim_ids), key=_when)
        claim_views = claim_views[-limit:] if limit is not None else claim_views
        own_of = {row.id: {r.id for _, r in own} for row, own in self.kept}
        listed = []
        for view in claim_views:
            base = accused_of if view.stance.type is _ACCUSE else shared
            own = own_of.get(view.stance.id, set())
            mine = tuple(a for a in out if a.view.stance.id in base or a.view.stance.id in own)
            listed.append(Claim(view, self.claimant, self.accused, mine))
        return Dispute(
            self.claimant, self.accused, listed, out, self.claim_count, self.answer_count
        )


def _dispute(claimant: str, accused: str, found: _Pair, *, unanswered: bool) -> _Found | None:
    """One pair's dispute (None when no claim of it is answered and ``unanswered`` is off):
    every claim when the accused side rejects the claimant (or ``unanswered``), else the
    claims with answers of their own and, when the accused side denies hostile intent, the
    accusations. Its answers: the rejections, the denials when an accusation is kept, and
    the kept claims' own answers, each once."""
    rejected, denied = found.rejected, found.denied
    every = unanswered or bool(rejected)
    counted = {
        kind: dated
        for kind, dated in found.counted.items()
        if every or (kind == "accusation" and denied)
    }
    kept = [(row, own) for row, own in found.single if every or own]
    claim_count = sum(map(len, counted.values())) + len(kept)
    if not claim_count:
        return None
    accusations = "accusation" in counted
    own = {r.id: (kind, r) for _, answers in kept for kind, r in answers}
    # own answers that are not also among the side's rejections or (kept) denials
    extra = 0
    for _, r in own.values():
        also = _side_kind(r) if r.target_home == claimant else None
        extra += also is None or (also == "denial" and not accusations)
    answer_count = len(rejected) + (len(denied) if accusations else 0) + extra
    return _Found(
        claimant,
        accused,
        list(counted.values()),
        kept,
        rejected,
        denied,
        accusations,
        own,
        claim_count,
        answer_count,
    )


def _side_kind(row: _Row) -> str | None:
    """What a stance is among the answers a side gives every claim of another: a
    ``rejection`` (of the other side), a ``denial`` (of hostile intent toward it) or neither;
    each said by the answering (source's) side itself."""
    if row.claim_home and row.claim_home != row.source_home:  # said by someone else
        return None
    if row.type is StanceType.REJECT and row.modality in _FACTUAL:
        return "rejection"
    if row.modality is Modality.NEGATED and row.type in _HOSTILE and row.claim:
        return "denial"
    return None


def _tally(source: _Rows, side: str | None) -> DisputeTally:
    """:meth:`~graphkb.reader.StanceReader.dispute_tally` from the reader's rows, for readers
    that count no faster (SPARQL): the same claims counted, with all their dates."""
    rows = [(values, _row(values)) for values in source.reader.dispute_rows(side, answers=False)]
    keys = sorted({(r.source, r.target, r.kind) for _, r in rows if r.type is not _ACCUSE})
    answerable = set(source.same(keys))
    single: list[DisputeRow] = []
    counted: dict[tuple[str, str, str], list[Dated]] = defaultdict(list)
    for values, row in rows:
        if row.type is not _ACCUSE and (
            not row.claim or (row.source, row.target, row.kind) in answerable
        ):
            single.append(values)
            continue
        parties = _parties(source, row)
        if parties is not None and (side is None or side in parties):
            kind = "accusation" if row.type is _ACCUSE else "report"
            counted[(*parties, kind)].append((row.date, row.id))
    answers: dict[tuple[str, str, str], list[Dated]] = defaultdict(list)
    for row in source.answers(side):
        answer = _side_kind(row)
        if answer is not None:
            answers[row.source_home, row.target_home, answer].append((row.date, row.id))
    return DisputeTally(
        single,
        [(*key, dated) for key, dated in counted.items()],
        [(*key, dated) for key, dated in answers.items()],
    )


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
    """The side of an accusation of ``accused`` whose span overlaps ``row``'s ("" if none):
    of several, the one starting first (then ending first, then the least side's id), so
    every reader, whatever order it lists them in, names the same."""
    if row.start is None or row.end is None:
        return ""
    overlapping = [
        (start, end, str(accuser))
        for start, end, target_home, accuser in found
        if start is not None and end is not None and target_home == accused
        if start < row.end and row.start < end
    ]
    return min(overlapping)[2] if overlapping else ""


class _Rows:
    """Claims and answers read through the store's reader."""

    def __init__(self, reader: StanceReader) -> None:
        self.reader = reader

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
