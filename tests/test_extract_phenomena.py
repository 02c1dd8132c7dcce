"""Development examples for three phenomena the extraction issue names: denials, threats and
mediation, at least five each. Sentences are written for these tests (no published text)."""

from __future__ import annotations

import pytest

from graphkb.actors import Gazetteer
from graphkb.extract import Extractor

Found = set[tuple[str, str, str, str]]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """The extractor over the bundled gazetteer and lexicon."""
    return Extractor(Gazetteer.bundled())


def found(ex: Extractor, text: str) -> Found:
    """(source, target, type, modality) of every stance in ``text``."""
    return {
        (s.source, s.target, s.type.value, s.modality.value)
        for s in ex.extract(text, document_id="t").stances
    }


DENIALS: list[tuple[str, Found]] = [
    ("Russia denied attacking Ukraine.", {("RUS", "UKR", "ASSAULT", "negated")}),
    ("Iran denied supplying drones to Russia.", {("IRN", "RUS", "AID", "negated")}),
    (
        "China rejected claims that it had sent troops to Myanmar.",
        {("CHN", "MMR", "MOBILIZE", "negated")},
    ),
    (
        "Serbia denied that it had mobilised troops on the border with Kosovo.",
        {("SRB", "XKX", "MOBILIZE", "negated")},
    ),
    (
        "Pakistan dismissed Afghan accusations that it had bombed Kabul.",
        {
            ("PAK", "AFG", "REJECT", "asserted"),
            ("AFG", "PAK", "ACCUSE", "asserted"),
            ("PAK", "AFG", "ASSAULT", "negated"),
        },
    ),
    (
        "Ukraine accused Belarus of arming the militia. Minsk denied the accusation.",
        {("UKR", "BLR", "ACCUSE", "asserted"), ("BLR", "UKR", "REJECT", "asserted")},
    ),
    (
        "The Taliban denied involvement in the attack on Afghan forces.",
        {("TALIBAN", "AFG", "ASSAULT", "negated")},
    ),
    (
        "Belgrade has denied any military build-up near Kosovo.",
        {("SRB", "XKX", "MOBILIZE", "negated")},
    ),
    (
        "Kabul accused the Taliban of the bombing. The insurgent group denied involvement.",
        {("AFG", "TALIBAN", "ACCUSE", "asserted"), ("TALIBAN", "AFG", "REJECT", "asserted")},
    ),
]

THREATS: list[tuple[str, Found]] = [
    (
        "The EU threatened to impose sanctions on Serbia.",
        {("EU", "SRB", "THREATEN", "asserted"), ("EU", "SRB", "SANCTION", "hypothetical")},
    ),
    (
        "North Korea warned it would strike South Korea.",
        {("PRK", "KOR", "THREATEN", "asserted"), ("PRK", "KOR", "ASSAULT", "hypothetical")},
    ),
    (
        "U.S. President Donald Trump threatened to use force against North Korea.",
        {
            ("donald-trump", "PRK", "THREATEN", "asserted"),
            ("donald-trump", "PRK", "ASSAULT", "hypothetical"),
        },
    ),
    ("Egypt threatened to retaliate against Ethiopia.", {("EGY", "ETH", "THREATEN", "asserted")}),
    ("Iran vowed to respond to any Israeli attack.", {("IRN", "ISR", "THREATEN", "asserted")}),
    ("Egypt threatened Ethiopia with retaliation.", {("EGY", "ETH", "THREATEN", "asserted")}),
    (  # an implicit threat: whoever says it threatens the one who is to face the consequences
        "Kenya will face consequences if it continues to harbour the rebels, Somalia warned.",
        {("SOM", "KEN", "THREATEN", "asserted")},
    ),
    (
        '"Chile will pay a heavy price," the Peruvian president said.',
        {("PER", "CHL", "THREATEN", "asserted")},
    ),
]

MEDIATION: list[tuple[str, Found]] = [
    (
        "Qatar has served as a go-between for Washington and the Taliban.",
        {("QAT", "USA", "CONSULT", "asserted"), ("QAT", "TALIBAN", "CONSULT", "asserted")},
    ),
    (
        "Egypt acted as a mediator between Israel and Hamas.",
        {("EGY", "ISR", "CONSULT", "asserted"), ("EGY", "HAMAS", "CONSULT", "asserted")},
    ),
    (
        "Qatar and Egypt mediated between Israel and Hamas.",
        {
            ("QAT", "ISR", "CONSULT", "asserted"),
            ("QAT", "HAMAS", "CONSULT", "asserted"),
            ("EGY", "ISR", "CONSULT", "asserted"),
            ("EGY", "HAMAS", "CONSULT", "asserted"),
        },
    ),
    (
        "Turkey hosted talks between Russia and Ukraine in Istanbul.",
        {("TUR", "RUS", "CONSULT", "asserted"), ("TUR", "UKR", "CONSULT", "asserted")},
    ),
    (
        "Saudi Arabia hosted talks between U.S. and Ukrainian officials in Jeddah.",
        {("SAU", "USA", "CONSULT", "asserted"), ("SAU", "UKR", "CONSULT", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_denial(ex: Extractor, text: str, expected: Found) -> None:
    """A denied act is negated, never asserted; the denier rejects a named accuser."""
    got = found(ex, text)
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threat(ex: Extractor, text: str, expected: Found) -> None:
    """A threat is an asserted THREATEN, and the threatened act only hypothetical."""
    got = found(ex, text)
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), MEDIATION)
def test_mediation(ex: Extractor, text: str, expected: Found) -> None:
    """A mediator or host consults each party and agrees with no one on their behalf."""
    got = found(ex, text)
    assert got == expected


def test_an_analysts_forecast_of_consequences_threatens_no_one(ex: Extractor) -> None:
    """'Russia will pay a price, an analyst said': a forecast, not a threat."""
    text = "Security analyst Jane Roe said Russia will pay a heavy price for the invasion."
    assert not any(s.type.value == "THREATEN" for s in ex.extract(text).stances)
