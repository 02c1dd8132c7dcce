"""Disputes counted per pair of sides by the stance index (``StanceIndex.dispute_tally``) give
the same disputes as the rules run over every row read through SPARQL, on a random store built
to hit the rules' corners: reports with their own denials and admissions, admissions that are
also the side's rejections, denials with and without a claimant, reports without a claimant
whose accuser overlaps them, claimants of a third side, an actor with no country, ties of
dates."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest

from graphkb import KnowledgeBase, analysis
from graphkb.index import StanceIndex
from graphkb.model import Actor, ActorKind, Document, Evidence, Modality, Stance, StanceType

_ACTORS = ["USA", "PAK", "CHN", "khawaja-asif", "test-envoy", "free-rebels"]
_TYPES = [
    StanceType.ACCUSE,
    StanceType.ACCUSE,
    StanceType.REJECT,
    StanceType.REJECT,
    StanceType.SANCTION,
    StanceType.THREATEN,
    StanceType.SUPPORT,
]
_MODALITIES = [Modality.ASSERTED, Modality.REPORTED, Modality.REPORTED, Modality.NEGATED]
_DATES = [None, dt.date(2024, 5, 1), dt.date(2024, 6, 1), dt.date(2024, 6, 2)]
_SIDES = [None, "USA", "PAK", "CHN", "free-rebels"]


def _stances(n: int, seed: int) -> tuple[list[Document], list[Stance]]:
    rng = random.Random(seed)
    documents = [Document(f"tally-doc-{i}", f"Tally document {i}") for i in range(3)]
    stances = []
    for _ in range(n):
        source, target = rng.sample(_ACTORS, 2)
        start = rng.randrange(0, 300, 10)
        stances.append(
            Stance(
                source=source,
                target=target,
                type=rng.choice(_TYPES),
                modality=rng.choice(_MODALITIES),
                evidence=Evidence(
                    rng.choice(documents).id, start, start + rng.randrange(5, 40), "text"
                ),
                date=rng.choice(_DATES),
                attributed_to=rng.choice([None, None, *_ACTORS]),
            )
        )
    return documents, stances


@pytest.fixture(scope="module")
def kb() -> Iterator[KnowledgeBase]:
    actors = [
        Actor("test-envoy", "Test Envoy", ActorKind.PERSON, "USA"),
        Actor("free-rebels", "Free Rebels", ActorKind.GROUP),
    ]
    documents, stances = _stances(700, seed=11)
    with KnowledgeBase.memory() as kb:
        kb.store.add(actors, documents, stances)
        yield kb


def _shape(report: analysis.DisputesReport) -> list[Any]:
    return [
        (
            d.claimant,
            d.accused,
            d.claim_count,
            d.answer_count,
            [(c.view.stance.id, [a.view.stance.id for a in c.answers]) for c in d.claims],
            [f"{a.kind}:{a.view.stance.id}" for a in d.answers],
        )
        for d in report.disputes
    ]


def _asked(kb: KnowledgeBase) -> dict[tuple[Any, ...], Any]:
    return {
        (side, unanswered, limit, top): _shape(
            analysis.disputes(kb, side, unanswered=unanswered, limit=limit, top=top)
        )
        for side in _SIDES
        for unanswered in (False, True)
        for limit, top in ((None, None), (1, None), (2, 3))
    }


def test_index_tally_finds_what_the_rules_find_over_every_row(kb: KnowledgeBase) -> None:
    reader = kb.store.reader()
    assert isinstance(reader, StanceIndex)
    assert reader.dispute_tally("USA") is not None  # the counted way is the one asked
    indexed = _asked(kb)
    kb.store.use_index = False
    kb.store._forget_actors()
    try:
        plain = _asked(kb)
    finally:
        kb.store.use_index = True
    for key, found in indexed.items():
        assert found == plain[key], key
    # the store reaches the corners: every kind of answer, counts past what a limit shows
    kinds = {a.split(":")[0] for d in indexed[None, False, None, None] for a in d[5]}
    assert kinds == {"rejection", "denial", "admission"}
    assert any(d[2] > len(d[4]) for d in indexed[None, True, 1, None])


def test_a_limit_shows_the_latest_of_the_whole(kb: KnowledgeBase) -> None:
    """With a limit, each dispute shows the last claims and answers of the unlimited one and
    counts all of them; ``top`` keeps the first disputes."""
    for side in _SIDES:
        full = analysis.disputes(kb, side, unanswered=True).disputes
        cut = analysis.disputes(kb, side, unanswered=True, limit=2, top=3).disputes
        assert [(d.claimant, d.accused) for d in cut] == [(d.claimant, d.accused) for d in full[:3]]
        for whole, part in zip(full, cut, strict=False):
            assert (part.claim_count, part.answer_count) == (len(whole.claims), len(whole.answers))
            assert [c.view.stance.id for c in part.claims] == [
                c.view.stance.id for c in whole.claims[-2:]
            ]
            assert [a.view.stance.id for a in part.answers] == [
                a.view.stance.id for a in whole.answers[-2:]
            ]
