"""The domain types and their agreement with the reference table."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from graphkb import (
    Actor,
    ActorKind,
    Evidence,
    Modality,
    ParseError,
    Stance,
    StanceType,
    ValidationError,
)
from graphkb.model import data_dir, slugify
from tests.conftest import SHARED


def test_stance_types_match_the_bundled_table() -> None:
    """The enum holds exactly the 18 types of data/stance_types.csv, with their polarity."""
    with (data_dir() / "stance_types.csv").open(encoding="utf-8") as handle:
        rows = {r["type"]: r for r in csv.DictReader(handle)}
    assert {t.value for t in StanceType} == set(rows)
    assert len(rows) == 18
    for t in StanceType:
        assert t.polarity == int(rows[t.value]["polarity"])
        assert t.intensity == float(rows[t.value]["intensity"])


def test_bundled_table_is_the_reference_table() -> None:
    """data/stance_types.csv is the project's reference table, unchanged."""
    reference = SHARED / "reference" / "stance_types.csv"
    if not reference.is_file():
        pytest.skip(f"reference table not found at {reference}")
    ours = (data_dir() / "stance_types.csv").read_text(encoding="utf-8")
    assert ours == reference.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("stance_type", "expected"),
    [
        ("SANCTION", (-1, False)),
        ("COOPERATE", (1, True)),
        ("REQUEST", (0, False)),
        ("RIVAL", (-1, True)),
        ("ALLY", (1, True)),
        ("AID", (1, False)),
    ],
)
def test_type_attributes(stance_type: str, expected: tuple[int, bool]) -> None:
    """Polarity and symmetry come from the table."""
    t = StanceType(stance_type)
    assert (t.polarity, t.symmetric) == expected


def test_parse_type_is_case_insensitive_and_explains_errors() -> None:
    """Type names parse in any case; a wrong one lists the valid types."""
    assert StanceType.parse(" sanction ") is StanceType.SANCTION
    with pytest.raises(ParseError, match="unknown stance type 'SANKTION'"):
        StanceType.parse("SANKTION")


def test_only_asserted_and_reported_are_factual() -> None:
    """Hypothetical and negated stances never count as facts."""
    assert [m for m in Modality if m.factual] == [Modality.ASSERTED, Modality.REPORTED]


@pytest.mark.parametrize("bad_id", ["", "Khawaja Asif", "a--b", "pak_mofa", "X"])
def test_actor_ids_are_validated(bad_id: str) -> None:
    """Ids are ISO3/acronyms in capitals or lower-case slugs, nothing else."""
    with pytest.raises(ValidationError, match="bad actor id"):
        Actor(id=bad_id, name="Someone", kind=ActorKind.PERSON)


def test_actor_home_rolls_up_to_country() -> None:
    """A person's home is their country; an IO's is itself."""
    person = Actor(id="jane-doe", name="Jane Doe", kind=ActorKind.PERSON, country="FRA")
    nato = Actor(id="NATO", name="NATO", kind=ActorKind.ORGANIZATION)
    assert (person.home, nato.home) == ("FRA", "NATO")


def test_stance_id_is_stable_and_distinguishes_spans() -> None:
    """The same stance from the same span has one id; another span another id."""

    def make(start: int) -> Stance:
        return Stance(
            "USA", "PAK", StanceType.SANCTION, Modality.ASSERTED, Evidence("doc", start, start + 10)
        )

    assert make(0).id == make(0).id
    assert make(0).id != make(5).id


def test_stance_rejects_self_loops_and_bad_confidence() -> None:
    """No actor takes a stance toward itself; confidence stays in 0..1."""
    ev = Evidence("doc", 0, 1)
    with pytest.raises(ValidationError, match="to itself"):
        Stance("USA", "USA", StanceType.AID, Modality.ASSERTED, ev)
    with pytest.raises(ValidationError, match="confidence"):
        Stance("USA", "PAK", StanceType.AID, Modality.ASSERTED, ev, confidence=1.5)


def test_evidence_must_be_a_span() -> None:
    """End must come after start."""
    with pytest.raises(ValidationError, match="not a span"):
        Evidence("doc", 10, 10)


def test_slugify() -> None:
    """Slugs drop apostrophes and punctuation."""
    assert slugify("Pakistan\u2019s Foreign Ministry") == "pakistans-foreign-ministry"


def test_text_must_be_real_unicode_text() -> None:
    """Lone surrogates (from broken \\u escapes) are refused wherever text is stored, with a
    one-line reason."""
    from graphkb._exceptions import ValidationError
    from graphkb.model import Actor, ActorKind, Document, Evidence, Stance, StanceType

    bad = "broken \ud800 escape"
    makers = [
        lambda: Actor(id="x-person", name=bad, kind=ActorKind.PERSON),
        lambda: Actor(id="x-person", name="X", kind=ActorKind.PERSON, aliases=(bad,)),
        lambda: Document(id="doc-x", title=bad),
        lambda: Evidence("doc-x", 0, 3, bad),
        lambda: Stance(
            "USA", "PAK", StanceType.ACCUSE, Modality.ASSERTED, Evidence("d"), summary=bad
        ),
    ]
    for make in makers:
        with pytest.raises(ValidationError, match="lone surrogate") as info:
            make()
        assert "\n" not in str(info.value)
    assert Document(id="doc-x", title="Pakistan \u2013 \U0001f600 ok").title.endswith("ok")


def test_stance_filter_normalises_what_it_is_given() -> None:
    """Types and modalities become tuples of the enums (names in any case, repeats once),
    datetimes become days, and an unset field matches everything."""
    from graphkb.model import StanceFilter

    where = StanceFilter(
        types=["sanction", StanceType.SANCTION, "Accuse"],
        modalities=["REPORTED"],
        since=dt.datetime(2024, 5, 1, 13, 30),
    )
    assert where.types == (StanceType.SANCTION, StanceType.ACCUSE)
    assert where.modalities == (Modality.REPORTED,)
    assert where.since == dt.date(2024, 5, 1)
    assert where.dated
    assert StanceFilter().type_set == tuple(StanceType)
    assert StanceFilter().modality_set == tuple(Modality)
    assert not StanceFilter().dated
    assert StanceFilter(types=[]).types is None
    assert hash(where) == hash(
        StanceFilter(
            types=["SANCTION", "ACCUSE"], modalities=["reported"], since=dt.date(2024, 5, 1)
        )
    )


def test_stance_filter_refuses_an_empty_window_and_unknown_names() -> None:
    """A window that ends before it starts, an unknown type or modality: each one line."""
    from graphkb.model import StanceFilter

    with pytest.raises(ValidationError, match="since 2025-01-01 is after until 2024-01-01"):
        StanceFilter(since=dt.date(2025, 1, 1), until=dt.date(2024, 1, 1))
    with pytest.raises(ParseError, match="unknown stance type 'SANCTIONS'"):
        StanceFilter(types=["SANCTIONS"])
    with pytest.raises(ParseError, match="unknown modality 'alleged'; use one of asserted"):
        StanceFilter(modalities=["alleged"])
    assert StanceFilter(since=dt.date(2024, 1, 1), until=dt.date(2024, 1, 1)).dated


def test_stance_filter_defaults_for_counting_and_polarity() -> None:
    """counted() adds asserted+reported only when no modality is named; of_polarity keeps the
    named types of that polarity, all of them when none is named, and None when none is left."""
    from graphkb.model import StanceFilter

    assert StanceFilter().counted().modalities == (Modality.ASSERTED, Modality.REPORTED)
    negated = StanceFilter(modalities=[Modality.NEGATED])
    assert negated.counted() is negated
    conflictual = StanceFilter().of_polarity(-1)
    assert conflictual is not None and conflictual.types is not None
    assert set(conflictual.types) == {t for t in StanceType if t.polarity == -1}
    mixed = StanceFilter(types=[StanceType.AID, StanceType.SANCTION]).of_polarity(1)
    assert mixed is not None and mixed.types == (StanceType.AID,)
    assert StanceFilter(types=[StanceType.SANCTION]).of_polarity(1) is None
