"""The questions every backend of :class:`graphkb.reader.StanceReader` must answer alike, and
the backends: the stance index, SPARQL over the embedded store, and real SPARQL servers."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from graphkb import KnowledgeBase, Modality, StanceFilter, StanceType, analysis
from graphkb.model import Document, Evidence, Stance


def _known_ids(kb: KnowledgeBase) -> tuple[set[str], set[str]]:
    """Which of some stance and document ids the store holds: stances of hashed documents
    (written by graphkb, so their IRIs end in their ids; hand-made RDF's may not) and a
    made-up id of each kind."""
    ids = sorted(v.stance.id for v in kb.stances() if v.document and v.document.sha256)
    return (
        kb.store.known_stances([*ids[:5], "0"]),
        kb.store.known_documents(["seed-us-pakistan-sanctions", "no-such-doc"]),
    )


def _top(kb: KnowledgeBase, n: int) -> tuple[list[Any], int]:
    """The first ``n`` of who-opposes US, which must be the full ranking's first ``n``."""
    top, everyone = kb.who_opposes("US", limit=n), kb.who_opposes("US")
    assert [r.to_dict() for r in top] == [r.to_dict() for r in everyone[:n]]
    assert top.total == everyone.total == len(everyone)
    return [r.to_dict() for r in top], top.total


def _chains(kb: KnowledgeBase, a: str, b: str, where: StanceFilter | None = None) -> Any:
    return [[v.stance.id for v in p] for p in kb.path(a, b, where)]


_EVERY = StanceFilter(modalities=list(Modality))
_DATED = StanceFilter(since=dt.date(2024, 12, 1))
_ROLLED = StanceFilter(roll_up=True)

_CONFLICT = [t for t in StanceType if t.polarity < 0]
_RANKED = ("PAK", "khawaja-asif", "IRN", "CHN", "RUS", "ISR", "no-such-actor")


def _sources(kb: KnowledgeBase, *, roll_up: bool) -> dict[str, tuple[int, int]]:
    """Documents and publishers behind each ranked actor's stances toward the US, asked at
    once, as a ranking asks (the SPARQL reader names these few actors in its queries)."""
    where = StanceFilter(types=_CONFLICT, modalities=_FACTUAL, roll_up=roll_up)
    return kb.store.reader().sources(_RANKED, "USA", where)


def _corroboration(kb: KnowledgeBase) -> list[tuple[int, int]]:
    """Documents and publishers of each (source, target, type) among the seed's, asked of one
    reader, as a listing asks."""
    reader = kb.store.reader()
    keys = sorted({(v.stance.source, v.stance.target, v.stance.type) for v in kb.stances()})
    return [reader.corroboration(a, b, kind, _FACTUAL) for a, b, kind in keys]


QUESTIONS: dict[str, Callable[[KnowledgeBase], Any]] = {
    "who_opposes": lambda kb: [r.to_dict() for r in kb.who_opposes("US")],
    "who_opposes_roll_up": lambda kb: [
        r.to_dict() for r in kb.who_opposes("US", StanceFilter(roll_up=True))
    ],
    "who_supports": lambda kb: [r.to_dict() for r in kb.who_supports("PAK")],
    "who_opposes_all_modalities": lambda kb: [r.to_dict() for r in kb.who_opposes("US", _EVERY)],
    "who_opposes_since": lambda kb: [r.to_dict() for r in kb.who_opposes("PAK", _DATED)],
    "who_opposes_top2": lambda kb: _top(kb, 2),
    "relations": lambda kb: [v.to_dict() for v in kb.relations("US", "PAK")],
    "relations_latest": lambda kb: [v.to_dict() for v in kb.relations("US", "PAK", latest=3)],
    "relations_asserted": lambda kb: [
        v.to_dict() for v in kb.relations("PAK", "US", StanceFilter(modalities=[Modality.ASSERTED]))
    ],
    "count_relations": lambda kb: kb.count_relations("US", "PAK", _EVERY),
    "profile": lambda kb: kb.actor("PAK").to_dict(),
    "profile_person": lambda kb: kb.actor("khawaja-asif").to_dict(),
    "stances_by_type": lambda kb: [
        v.to_dict()
        for v in kb.stances(StanceFilter(types=[StanceType.SANCTION, StanceType.REJECT]))
    ],
    "stances_by_target": lambda kb: [v.to_dict() for v in kb.stances(StanceFilter(target="IND"))],
    "stances_rolled_up": lambda kb: [
        v.stance.id for v in kb.stances(StanceFilter(source="PAK", roll_up=True))
    ],
    "two_hop": lambda kb: [(a.id, n) for a, n in kb.two_hop("US")],
    "two_hop_support": lambda kb: [(a.id, n) for a, n in kb.two_hop("IND", polarity=1)],
    "path": lambda kb: _chains(kb, "India", "Israel"),
    "path_every_modality": lambda kb: _chains(kb, "IND", "ISR", _EVERY),
    "timeline_roll_up": lambda kb: [
        r.to_dict() for r in kb.timeline("US", "PAK", StanceFilter(roll_up=True)).rows
    ],
    "changes_roll_up": lambda kb: [
        c.to_dict() for c in kb.changes(dt.date(2024, 12, 1), where=StanceFilter(roll_up=True))
    ],
    "two_hop_roll_up": lambda kb: [(a.id, n) for a, n in kb.two_hop("PAK", _ROLLED)],
    "path_roll_up": lambda kb: _chains(kb, "jon-finer", "Israel", _ROLLED),
    "profile_roll_up": lambda kb: kb.actor("khawaja-asif", roll_up=True).to_dict(),
    "neighbours": lambda kb: kb.store.reader().neighbours(["USA"], {"USA"}, StanceFilter()),
    "dyads_among": lambda kb: sorted(
        kb.store.reader().dyads_among(["USA", "PAK", "IND", "ISR"], _EVERY)
    ),
    "degree": lambda kb: kb.store.reader().degree("USA"),
    "stance_count": lambda kb: kb.store.reader().stance_count(),
    "stats": lambda kb: kb.stats(),
    "actors": lambda kb: [a.id for a in kb.actors()],
    "known_ids": _known_ids,
    "sources_of_a_ranking": lambda kb: _sources(kb, roll_up=False),
    "sources_of_a_ranking_rolled_up": lambda kb: _sources(kb, roll_up=True),
    "corroboration_of_a_listing": _corroboration,
    "documents_by_digest": lambda kb: {
        d.id: kb.store.document_with_digest(d.sha256)
        for d in kb.store.documents().values()
        if d.sha256
    },
}


def _rounded(rows: Any) -> list[Any]:
    """Rows with their floats rounded (backends may sum in another order), sorted."""
    return sorted(tuple(round(v, 9) if isinstance(v, float) else v for v in row) for row in rows)


def _disputes(kb: KnowledgeBase, side: str | None) -> list[Any]:
    return [
        (
            d.claimant,
            d.accused,
            [c.view.stance.id for c in d.claims],
            [a.view.stance.id for a in d.answers],
        )
        for d in analysis.disputes(kb, side, unanswered=True).disputes
    ]


def _tally(kb: KnowledgeBase, side: str | None) -> list[Any]:
    """A side's claims and answers grouped per pair of sides: the reader's grouping where it
    has one (the index), the rows grouped by graphkb.analysis.disputes elsewhere (SPARQL)."""
    from graphkb.analysis.disputes import _Rows, _tally

    reader = kb.store.reader()
    found = reader.dispute_tally(side) or _tally(_Rows(reader), side)
    return [
        sorted(found.claims),
        sorted((a, b, kind, sorted(dated, key=str)) for a, b, kind, dated in found.counted),
        sorted((a, b, kind, sorted(dated, key=str)) for a, b, kind, dated in found.answers),
    ]


_FACTUAL = [Modality.ASSERTED, Modality.REPORTED]

ANALYSES: dict[str, Callable[[KnowledgeBase], Any]] = {
    "signed_ties": lambda kb: _rounded(kb.store.reader().signed_ties(roll_up=False)),
    "signed_ties_rolled": lambda kb: _rounded(kb.store.reader().signed_ties(roll_up=True)),
    "signed_rows_dated": lambda kb: _rounded(
        (*r[:2], r[2].value, r[3].value, *r[4:])
        for r in kb.store.reader().signed_rows(_FACTUAL, roll_up=True, dated=True)
    ),
    "signed_rows_window": lambda kb: _rounded(
        (*r[:2], r[2].value, r[3].value, *r[4:])
        for r in kb.store.reader().signed_rows(
            _FACTUAL, roll_up=False, dated=False, since=dt.date(2024, 12, 15)
        )
    ),
    "pair_kinds": lambda kb: _rounded(
        (t.value, m.value, w, n)
        for t, m, w, n in kb.store.reader().pair_kinds("USA", "PAK", _FACTUAL, roll_up=False)
    ),
    "pair_kinds_rolled": lambda kb: _rounded(
        (t.value, m.value, w, n)
        for t, m, w, n in kb.store.reader().pair_kinds("USA", "PAK", _FACTUAL, roll_up=True)
    ),
    "pair_relation": lambda kb: _rounded(
        [kb.store.reader().pair_relation("USA", "PAK", roll_up=r) for r in (False, True)]
    ),
    "latest_between_sides": lambda kb: [
        s.id for s in kb.store.reader().latest_between_sides("USA", "PAK", _FACTUAL, 4)
    ],
    "corroboration": lambda kb: kb.store.reader().corroboration(
        "USA", "PAK", StanceType.SANCTION, _FACTUAL
    ),
    "sources_of_everyone": lambda kb: kb.store.reader().sources(
        sorted(kb.store.actors()),  # too many to name: the SPARQL reader reads every actor's
        "USA",
        StanceFilter(types=_CONFLICT, modalities=_FACTUAL, roll_up=True),
    ),
    "sources": lambda kb: kb.store.reader().sources(
        ["USA"],
        "PAK",
        StanceFilter(
            types=[t for t in StanceType if t.polarity < 0], modalities=_FACTUAL, roll_up=True
        ),
    ),
    "dispute_rows": lambda kb: sorted(kb.store.reader().dispute_rows(None, answers=False)),
    "dispute_answers_pak": lambda kb: sorted(kb.store.reader().dispute_rows("PAK", answers=True)),
    "same_stances": lambda kb: sorted(
        kb.store.reader().same_stances(
            [r[3:5] + r[1:2] for r in kb.store.reader().dispute_rows(None, answers=False)]
        )
    ),
    "accusations_in": lambda kb: sorted(
        kb.store.reader().accusations_in("seed-us-pakistan-sanctions")
    ),
    "dyad": lambda kb: round(analysis.dyad(kb, "US", "PAK").weight, 9),
    "dyad_rolled": lambda kb: round(
        analysis.dyad(kb, "US", "Khawaja Asif", roll_up=True).weight, 9
    ),
    "disputes": lambda kb: _disputes(kb, None),
    "disputes_pak": lambda kb: _disputes(kb, "Pakistan"),
    "disputes_latest": lambda kb: [
        (d.claim_count, d.answer_count, [f"{a.kind}:{a.view.stance.id}" for a in d.answers])
        for d in analysis.disputes(kb, None, unanswered=True, limit=1, top=2).disputes
    ],
    "dispute_tally_or_rows": lambda kb: _tally(kb, None),
    "pressures": lambda kb: [
        (p.other, round(p.predicted, 9), [r.via for r in p.reasons])
        for p in analysis.pressures(kb, "Pakistan").pressures
    ],
    "blocs": lambda kb: analysis.blocs(kb).blocs.of,
    "balance": lambda kb: analysis.balance(kb).census,
}
"""The analyses' reads (graphkb.analysis), asked of every backend too."""
QUESTIONS.update(ANALYSES)


def answers(kb: KnowledgeBase) -> dict[str, Any]:
    """Every question's answer."""
    return {name: ask(kb) for name, ask in QUESTIONS.items()}


def sparql_answers(kb: KnowledgeBase) -> dict[str, Any]:
    """The same answers with the index switched off."""
    kb.store.use_index = False
    kb.store._forget_actors()
    try:
        return answers(kb)
    finally:
        kb.store.use_index = True


def many_stances(n: int, seed: int = 3) -> tuple[Document, list[Stance]]:
    """``n`` conflictual stances toward the US from a few actors, dated across 2024-2025, in
    one document: more than the exact ranking reads, so rankings come from aggregates."""
    rng = random.Random(seed)
    conflict = [t for t in StanceType if t.polarity < 0]
    stances = [
        Stance(
            source=rng.choice(["PAK", "CHN", "RUS", "khawaja-asif", "IRN"]),
            target="USA",
            type=rng.choice(conflict),
            modality=rng.choice([Modality.ASSERTED, Modality.REPORTED]),
            evidence=Evidence("doc-many", i * 10, i * 10 + 5, f"sentence {i}"),
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            confidence=rng.choice([0.5, 1.0]),
            origin="extracted",
        )
        for i in range(n)
    ]
    return Document("doc-many", "many"), stances
