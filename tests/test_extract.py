"""Tests of the rule-based stance extractor (graphkb.extract), on sentences written for them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkb._exceptions import ParseError
from graphkb.actors import Gazetteer
from graphkb.extract import Extractor, to_jsonl_record
from graphkb.extract.text import normalize, split_sentences
from graphkb.extract.triggers import parse_lexicon
from graphkb.model import Actor, ActorKind

SHARED = Path(__file__).parents[2] / "shared"

_COUNTRIES = [
    # id, name, aliases, metonyms, demonyms, ambiguous
    (
        "USA",
        "United States",
        ("US", "U.S.", "America"),
        ("Washington", "the White House"),
        ("American", "Americans"),
        ("US", "Washington"),
    ),
    ("RUS", "Russia", (), ("Moscow", "the Kremlin"), ("Russian", "Russians"), ()),
    ("UKR", "Ukraine", (), ("Kyiv",), ("Ukrainian", "Ukrainians"), ()),
    ("IRN", "Iran", (), ("Tehran",), ("Iranian", "Iranians"), ()),
    ("IRQ", "Iraq", (), ("Baghdad",), ("Iraqi",), ()),
    ("ISR", "Israel", (), ("Tel Aviv", "Jerusalem"), ("Israeli", "Israelis"), ()),
    ("SYR", "Syria", (), ("Damascus",), ("Syrian",), ()),
    ("LBN", "Lebanon", (), ("Beirut",), ("Lebanese",), ()),
    ("FRA", "France", (), ("Paris",), ("French",), ()),
    ("DEU", "Germany", (), ("Berlin",), ("German",), ()),
    ("POL", "Poland", (), ("Warsaw",), ("Polish",), ()),
    ("BEL", "Belgium", (), ("Brussels",), ("Belgian",), ("Brussels",)),
    ("CHE", "Switzerland", (), ("Bern", "Geneva"), ("Swiss",), ()),
    ("JOR", "Jordan", (), ("Amman",), ("Jordanian",), ("Jordan",)),
    ("EGY", "Egypt", (), ("Cairo",), ("Egyptian",), ()),
    ("ETH", "Ethiopia", (), ("Addis Ababa",), ("Ethiopian",), ()),
    ("SDN", "Sudan", (), ("Khartoum",), ("Sudanese",), ()),
    ("CHN", "China", (), ("Beijing",), ("Chinese",), ()),
    ("JPN", "Japan", (), ("Tokyo",), ("Japanese",), ()),
    ("CAN", "Canada", (), ("Ottawa",), ("Canadian",), ()),
    ("SWE", "Sweden", (), ("Stockholm",), ("Swedish",), ()),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """An extractor over a small gazetteer made here, independent of the bundled files."""
    gaz = Gazetteer()
    for cid, name, aliases, metonyms, demonyms, ambiguous in _COUNTRIES:
        actor = Actor(cid, name, ActorKind.COUNTRY, country=cid, aliases=aliases)
        gaz.add(actor, metonyms=metonyms, demonyms=demonyms, ambiguous=ambiguous)
    gaz.add(Actor("EU", "European Union", ActorKind.ORGANIZATION, aliases=("EU",)))
    return Extractor(gaz)


def stances(ex: Extractor, text: str) -> set[tuple[str, str, str, str, str | None]]:
    """(source, target, type, modality, attributed_to) of every stance found in ``text``."""
    res = ex.extract(text, document_id="t")
    return {
        (s.source, s.target, s.type.value, s.modality.value, s.attributed_to) for s in res.stances
    }


# -- text ---------------------------------------------------------------------------------


def test_normalize_keeps_length() -> None:
    """Folding spaces, quotes and accents never changes an offset."""
    raw = "Caf\u00e9\u00a0talks \u201cfailed\u201d \u2014 it\u2019s over"
    assert normalize(raw) == 'Cafe talks "failed" - it\'s over'
    assert len(normalize(raw)) == len(raw)


def test_normalize_folds_letters_unicode_does_not_decompose() -> None:
    """'Ra\u0111en', '\u0141ukasz', '\u00d8rsted' fold to plain letters, so their slugs and
    names match how keys spell them (raden, not ra-en)."""
    raw = "Slobodan Ra\u0111en met \u0141ukasz \u00d8rsted"
    assert normalize(raw) == "Slobodan Raden met Lukasz Orsted"
    assert len(normalize(raw)) == len(raw)


def test_a_subheading_run_into_the_text_is_its_own_sentence() -> None:
    """'... he said. The escape The prison break began': a few words, then a capitalised
    word that opens sentences right after a lower-case one, start a new sentence; a name
    such as 'The Washington Post' or a date ('On Monday') mid-sentence does not."""
    raw = (
        "He said so. The escape The prison break began at noon. "
        "Trump and The Washington Post clashed. Britain On Monday agreed."
    )
    assert [s.text for s in split_sentences(raw)] == [
        "He said so.",
        "The escape",
        "The prison break began at noon.",
        "Trump and The Washington Post clashed.",
        "Britain On Monday agreed.",
    ]


def test_split_sentences_headings_and_repeated_headline() -> None:
    """A line without final punctuation is a sentence; a repeated headline is dropped."""
    raw = (
        "Talks stall in Vienna\n\nDiplomats met on Monday. Nothing moved.\nTalks stall in Vienna\n"
    )
    assert [s.text for s in split_sentences(raw)] == [
        "Talks stall in Vienna",
        "Diplomats met on Monday.",
        "Nothing moved.",
    ]


def test_evidence_offsets_point_into_raw_text(extractor: Extractor) -> None:
    """Evidence offsets and text come from the raw input, non-breaking spaces included."""
    raw = "Heading line\n\nThe\u00a0European Union imposed sanctions on Iran."
    (stance,) = extractor.extract(raw, document_id="t").stances
    assert raw[stance.evidence.start : stance.evidence.end] == stance.evidence.text
    assert stance.evidence.text == "The\u00a0European Union imposed sanctions on Iran."


# -- actors -------------------------------------------------------------------------------


def test_metonyms_are_actors(extractor: Extractor) -> None:
    """A capital or seat of government stands for its country."""
    assert stances(extractor, "The Kremlin condemned Kyiv.") == {
        ("RUS", "UKR", "ACCUSE", "asserted", None)
    }


def test_city_as_place_is_not_an_actor(extractor: Extractor) -> None:
    """A city named only as a location is not a party to the stance."""
    assert stances(extractor, "Iran held talks with France in Geneva.") == {
        ("IRN", "FRA", "CONSULT", "asserted", None)
    }


def test_demonym_group_stands_for_country(extractor: Extractor) -> None:
    """'Russian diplomats' and 'a senior Iranian official' are their countries."""
    assert stances(extractor, "Russian diplomats criticised Poland.") == {
        ("RUS", "POL", "ACCUSE", "asserted", None)
    }
    assert stances(extractor, "A senior Iranian official praised Iraq.") == {
        ("IRN", "IRQ", "SUPPORT", "asserted", None)
    }


def test_ambiguous_first_name_is_not_a_country(extractor: Extractor) -> None:
    """'Jordan' is the country alone, not in 'Michael Jordan'."""
    assert stances(extractor, "Jordan praised Egypt.") == {
        ("JOR", "EGY", "SUPPORT", "asserted", None)
    }
    assert {s[0] for s in stances(extractor, "Yesterday Michael Jordan praised Egypt.")} == {
        "michael-jordan"
    }


def test_pronoun_us_is_not_the_united_states(extractor: Extractor) -> None:
    """Lower-case 'us' is a pronoun; only upper-case US is the country."""
    assert stances(extractor, "They told us that Iran attacked Iraq.") == {
        ("IRN", "IRQ", "ASSAULT", "asserted", None)
    }


def test_person_by_role_and_pronoun(extractor: Extractor) -> None:
    """A titled name is a new person serving the possessor; 'He' then refers to them."""
    res = extractor.extract(
        "France's Foreign Minister Jean Dupont condemned Iran. He also criticised Syria."
    )
    got = {(s.source, s.target, s.type.value) for s in res.stances}
    assert got == {("jean-dupont", "IRN", "ACCUSE"), ("jean-dupont", "SYR", "ACCUSE")}
    person = next(a for a in res.actors if a.id == "jean-dupont")
    assert (person.kind, person.country, person.role) == (
        ActorKind.PERSON,
        "FRA",
        "Foreign Minister",
    )


def test_person_by_appositive(extractor: Extractor) -> None:
    """'Name, a role in <capital>,' gives the person the capital's country."""
    res = extractor.extract("Anna Berg, a senior adviser in Berlin, praised Poland.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("anna-berg", "POL", "SUPPORT")
    }
    assert next(a for a in res.actors if a.id == "anna-berg").country == "DEU"


# -- triggers -----------------------------------------------------------------------------


def test_passive_voice_swaps_roles(extractor: Extractor) -> None:
    """'X was sanctioned by Y' is Y sanctioning X."""
    assert stances(extractor, "Iran was sanctioned by the EU.") == {
        ("EU", "IRN", "SANCTION", "asserted", None)
    }


def test_noun_trigger_with_modifier_source(extractor: Extractor) -> None:
    """'US sanctions on X': the modifier is the source, the 'on' phrase the target."""
    assert stances(extractor, "US sanctions on Iran hurt its exports.") == {
        ("USA", "IRN", "SANCTION", "asserted", None)
    }


def test_coordinated_targets(extractor: Extractor) -> None:
    """'against A, B, and C' gives one stance per target."""
    assert stances(extractor, "Israel's strikes against Syria, Lebanon, and Iraq continued.") == {
        ("ISR", "SYR", "ASSAULT", "asserted", None),
        ("ISR", "LBN", "ASSAULT", "asserted", None),
        ("ISR", "IRQ", "ASSAULT", "asserted", None),
    }


def test_symmetric_stance_once_per_dyad(extractor: Extractor) -> None:
    """A symmetric type is given once per pair of actors in a sentence."""
    got = stances(extractor, "Japan cooperates with China and China cooperates with Japan.")
    assert len(got) == 1
    assert got <= {
        ("JPN", "CHN", "COOPERATE", "asserted", None),
        ("CHN", "JPN", "COOPERATE", "asserted", None),
    }


def test_actors_without_stance_give_nothing(extractor: Extractor) -> None:
    """Co-occurrence is not a stance."""
    assert stances(extractor, "Egypt and Sudan share a long border with Ethiopia.") == set()


# -- modality -----------------------------------------------------------------------------


def test_negation(extractor: Extractor) -> None:
    """'never', 'did not' make the stance negated."""
    assert stances(extractor, "China has never imposed sanctions on Japan.") == {
        ("CHN", "JPN", "SANCTION", "negated", None)
    }
    assert stances(extractor, "Egypt did not attack Sudan.") == {
        ("EGY", "SDN", "ASSAULT", "negated", None)
    }


def test_hypothetical(extractor: Extractor) -> None:
    """Modals and plans make the stance hypothetical, never asserted."""
    assert stances(extractor, "Russia could attack Poland.") == {
        ("RUS", "POL", "ASSAULT", "hypothetical", None)
    }
    assert stances(extractor, "Egypt plans to sanction Ethiopia.") == {
        ("EGY", "ETH", "SANCTION", "hypothetical", None)
    }


def test_threat_is_asserted_and_threatened_act_hypothetical(extractor: Extractor) -> None:
    """The threat happened; the act threatened did not."""
    assert stances(extractor, "Iran threatened to strike Israel.") == {
        ("IRN", "ISR", "THREATEN", "asserted", None),
        ("IRN", "ISR", "ASSAULT", "hypothetical", None),
    }


def test_accusation_reports_the_act(extractor: Extractor) -> None:
    """'X accused Y of attacking Z': X accuses Y; Y attacking Z is X's report."""
    assert stances(extractor, "Egypt accused Ethiopia of attacking Sudan.") == {
        ("EGY", "ETH", "ACCUSE", "asserted", None),
        ("ETH", "SDN", "ASSAULT", "reported", "EGY"),
    }


def test_quote_belongs_to_speaker(extractor: Extractor) -> None:
    """Inside a quotation 'we' is the speaker; a third party's act is the speaker's report."""
    text = 'A senior Iranian official said: "We strongly oppose American sanctions on Iraq."'
    assert stances(extractor, text) == {
        ("IRN", "USA", "REJECT", "asserted", None),
        ("USA", "IRQ", "SANCTION", "reported", "IRN"),
    }


def test_rejecting_allegations_targets_the_accuser(extractor: Extractor) -> None:
    """'rejected the allegations' is REJECT toward whoever made them."""
    got = stances(extractor, "Canada accused Iran of spying. Iran rejected the allegations.")
    assert ("IRN", "CAN", "REJECT", "asserted", None) in got


def test_called_a_threat_is_an_accusation(extractor: Extractor) -> None:
    """'called the programme a threat' accuses the programme's owner."""
    got = stances(extractor, "Iran's missile programme grew. Sweden called the programme a threat.")
    assert got == {("SWE", "IRN", "ACCUSE", "asserted", None)}


# -- generalisation: clauses, claims, denials, reactions, joint acts ------------------------


def test_reported_clause_subject_and_claimant_accusation(extractor: Extractor) -> None:
    """'X said Y had struck Z': Y strikes Z (X's report) and X accuses Y."""
    assert stances(extractor, "Iran said Israel had struck Syria.") == {
        ("ISR", "SYR", "ASSAULT", "reported", "IRN"),
        ("IRN", "ISR", "ACCUSE", "asserted", None),
    }


def test_claim_of_arming_accuses_the_supplier(extractor: Extractor) -> None:
    """A state saying a second arms a third accuses the second."""
    assert stances(extractor, "Poland said Russia had armed Iran.") == {
        ("RUS", "IRN", "AID", "reported", "POL"),
        ("POL", "RUS", "ACCUSE", "asserted", None),
    }


def test_relative_clause_between_subject_and_verb(extractor: Extractor) -> None:
    """'X, which ..., VERB': the subject is X, and the aside's verb is out of scope."""
    assert stances(extractor, "Egypt, which borders Sudan, condemned Ethiopia.") == {
        ("EGY", "ETH", "ACCUSE", "asserted", None)
    }


def test_denial_rejects_the_accuser_and_negates_the_act(extractor: Extractor) -> None:
    """'Y denied sending troops' answers whoever accused Y; the act is negated."""
    text = "Poland accused Russia of attacking Ukraine. Russia denied sending troops to Ukraine."
    assert stances(extractor, text) == {
        ("POL", "RUS", "ACCUSE", "asserted", None),
        ("RUS", "UKR", "ASSAULT", "reported", "POL"),
        ("RUS", "POL", "REJECT", "asserted", None),
        ("RUS", "UKR", "MOBILIZE", "negated", None),
    }


def test_denying_claims_by_someone_is_not_passive(extractor: Extractor) -> None:
    """'denied the claims by X' rejects X; the 'by' phrase names the claimant."""
    assert stances(extractor, "Iran denied the claims by Israel.") == {
        ("IRN", "ISR", "REJECT", "asserted", None)
    }


def test_refusing_to_accept_is_a_rejection(extractor: Extractor) -> None:
    """'would not accept the conditions set by X' rejects X (asserted, not a negated deal)."""
    text = "Iran would not accept the conditions set by the European Union."
    assert stances(extractor, text) == {("IRN", "EU", "REJECT", "asserted", None)}


def test_both_sides_are_the_pair_named_together(extractor: Extractor) -> None:
    """'both sides' after 'X and Y' is X and Y, never the actor urging them."""
    text = "Ethiopia and Egypt held talks in Cairo. Sweden urged both sides to show restraint."
    assert stances(extractor, text) == {
        ("ETH", "EGY", "CONSULT", "asserted", None),
        ("SWE", "ETH", "REQUEST", "asserted", None),
        ("SWE", "EGY", "REQUEST", "asserted", None),
    }


def test_joint_act_without_target_goes_both_ways(extractor: Extractor) -> None:
    """'Both sides pulled their troops back': each side withdraws from the other."""
    text = "Ethiopia and Egypt signed a ceasefire. Both sides later pulled their troops back."
    assert stances(extractor, text) == {
        ("ETH", "EGY", "AGREE", "asserted", None),
        ("EGY", "ETH", "AGREE", "asserted", None),
        ("EGY", "ETH", "RETREAT", "asserted", None),
        ("ETH", "EGY", "RETREAT", "asserted", None),
    }


def test_reciprocal_each_other(extractor: Extractor) -> None:
    """'X and Y accused each other' is two accusations."""
    assert stances(extractor, "China and Japan accused each other of provocations.") == {
        ("CHN", "JPN", "ACCUSE", "asserted", None),
        ("JPN", "CHN", "ACCUSE", "asserted", None),
    }


def test_force_in_a_country_targets_that_country(extractor: Extractor) -> None:
    """'struck a depot in Syria' is an attack on Syria."""
    assert stances(extractor, "Israeli jets struck a weapons depot in Syria.") == {
        ("ISR", "SYR", "ASSAULT", "asserted", None)
    }


def test_reaction_targets_the_last_aggressor(extractor: Extractor) -> None:
    """'Tehran vowed to respond' threatens whoever just struck Iran, and promises strikes of
    its own (hypothetical)."""
    assert stances(extractor, "Israel struck targets in Iran. Tehran vowed to respond.") == {
        ("ISR", "IRN", "ASSAULT", "asserted", None),
        ("IRN", "ISR", "THREATEN", "asserted", None),
        ("IRN", "ISR", "ASSAULT", "hypothetical", None),
    }


def test_exchange_gives_aid_both_ways(extractor: Extractor) -> None:
    """'A supplied B with X in exchange for Y': each aids the other."""
    assert stances(extractor, "Russia supplied Iran with grain in exchange for drones.") == {
        ("RUS", "IRN", "AID", "asserted", None),
        ("IRN", "RUS", "AID", "asserted", None),
    }


def test_participle_before_a_noun_is_no_verb(extractor: Extractor) -> None:
    """'freed two detained French citizens' releases them; 'detained' is no new arrest."""
    assert stances(extractor, "Iran freed two detained French citizens.") == {
        ("IRN", "FRA", "RETREAT", "asserted", None)
    }


def test_object_in_the_gap_of_a_phrase(extractor: Extractor) -> None:
    """'barred X from its markets' sanctions X, not the markets' owner."""
    assert stances(extractor, "Sweden barred Iranian banks from its markets.") == {
        ("SWE", "IRN", "SANCTION", "asserted", None)
    }


def test_appositive_ally(extractor: Extractor) -> None:
    """'Russia, Iran's closest ally, criticised Israel': an alliance and an accusation."""
    assert stances(extractor, "Russia, Iran's closest ally, criticised Israel.") == {
        ("RUS", "IRN", "ALLY", "asserted", None),
        ("RUS", "ISR", "ACCUSE", "asserted", None),
    }


def test_agent_of_a_participle_is_the_target(extractor: Extractor) -> None:
    """'blocked a text drafted by X' rejects X; both blockers count."""
    assert stances(extractor, "China and Sweden blocked a text drafted by Canada.") == {
        ("CHN", "CAN", "REJECT", "asserted", None),
        ("SWE", "CAN", "REJECT", "asserted", None),
    }


def test_ministry_named_by_its_capital(extractor: Extractor) -> None:
    """'the foreign ministry in Tehran' is Iran's foreign ministry."""
    got = stances(extractor, "The foreign ministry in Tehran summoned France's ambassador.")
    assert got == {("irn-foreign-ministry", "FRA", "ACCUSE", "asserted", None)}


def test_title_before_a_name_is_not_the_name(extractor: Extractor) -> None:
    """'Commerce Secretary Jane Doe' is the person Jane Doe."""
    assert stances(extractor, "Commerce Secretary Jane Doe praised Canada.") == {
        ("jane-doe", "CAN", "SUPPORT", "asserted", None)
    }


def test_agreeing_to_hold_talks(extractor: Extractor) -> None:
    """'X and Y agreed to hold talks': an agreement both ways and talks to come."""
    assert stances(extractor, "Japan and China agreed to hold talks.") == {
        ("JPN", "CHN", "AGREE", "asserted", None),
        ("CHN", "JPN", "AGREE", "asserted", None),
        ("JPN", "CHN", "CONSULT", "hypothetical", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Egypt mediated between Sudan and Ethiopia.",
        "Egypt hosted talks between Sudan and Ethiopia.",
    ],
)
def test_mediator_consults_both_parties(extractor: Extractor, text: str) -> None:
    """A mediator or host of talks between two parties consults each of them."""
    assert stances(extractor, text) == {
        ("EGY", "SDN", "CONSULT", "asserted", None),
        ("EGY", "ETH", "CONSULT", "asserted", None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada froze the assets of Iranian banks.", ("CAN", "IRN", "SANCTION")),
        ("Russia moved tanks towards Ukraine.", ("RUS", "UKR", "MOBILIZE")),
        ("Ukraine signed a defence pact with Poland.", ("UKR", "POL", "ALLY")),
        ("Israel and Iran are arch-rivals.", ("ISR", "IRN", "RIVAL")),
        ("Egypt lodged a protest with Israel.", ("EGY", "ISR", "ACCUSE")),
        ("Poland expelled Russian diplomats.", ("POL", "RUS", "SANCTION")),
        ("Israel shelled Lebanon.", ("ISR", "LBN", "ASSAULT")),
        ("Sweden granted asylum to Iranian dissidents.", ("SWE", "IRN", "AID")),
        ("Japan eased export controls on China.", ("JPN", "CHN", "CONCEDE")),
        ("Iran released French prisoners.", ("IRN", "FRA", "RETREAT")),
        ("Egypt sought help from Jordan.", ("EGY", "JOR", "REQUEST")),
        ("Canada apologised to Sweden.", ("CAN", "SWE", "SUPPORT")),
        ("Iran deported Iraqi nationals.", ("IRN", "IRQ", "COERCE")),
    ],
)
def test_lexicon_breadth(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    """Common news phrasings of each type give exactly that one asserted stance."""
    source, target, stance_type = expected
    assert stances(extractor, text) == {(source, target, stance_type, "asserted", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt relaxed the curfew in Sudan.", ("EGY", "SDN", "CONCEDE")),
        ("Iraqi students demonstrated in Jordan on Friday.", ("IRQ", "JOR", "PROTEST")),
    ],
)
def test_act_in_a_country_bears_on_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """A protest held in a country, or a restriction eased there, targets that country."""
    source, target, stance_type = expected
    assert stances(extractor, text) == {(source, target, stance_type, "asserted", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada lifted on Monday its remaining sanctions on Syria.", ("CAN", "SYR", "RETREAT")),
        ("Israel ended the curfew it had imposed in Lebanon.", ("ISR", "LBN", "CONCEDE")),
    ],
)
def test_undone_measure_is_retreat_or_concession(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """Lifting a sanction is a retreat and ending a coercive measure a concession."""
    source, target, stance_type = expected
    assert stances(extractor, text) == {(source, target, stance_type, "asserted", None)}


# -- contract, lexicon, import -------------------------------------------------------------


def test_jsonl_record_contract(extractor: Extractor) -> None:
    """The JSON-lines record has exactly the agreed keys and values."""
    res = extractor.extract("The EU imposed sanctions on Iran.", document_id="d")
    actors = {a.id: a for a in res.actors}
    assert to_jsonl_record(res.stances[0], actors) == {
        "source": {"id": "EU", "name": "European Union", "kind": "organization", "country": None},
        "target": {"id": "IRN", "name": "Iran", "kind": "country", "country": "IRN"},
        "type": "SANCTION",
        "polarity": -1,
        "modality": "asserted",
        "evidence": {"text": "The EU imposed sanctions on Iran.", "start": 0, "end": 33},
        "attributed_to": None,
        "confidence": 0.8,
        "date": None,
        "reported": None,
    }
    assert res.stances[0].origin == "extractor:rules"


def test_lexicon_validation_names_the_problem() -> None:
    """A bad lexicon fails on load with the offending key in the message."""
    with pytest.raises(ParseError, match=r"types\.SANCTIONS"):
        parse_lexicon(
            {
                "types": {"SANCTIONS": {"verbs": ["sanction"]}},
                "evaluative": {"verbs": [], "words": {}},
            },
            Path("x.yaml"),
        )
    with pytest.raises(ParseError, match="unknown keys"):
        parse_lexicon(
            {
                "types": {"SANCTION": {"verb": ["sanction"]}},
                "evaluative": {"verbs": [], "words": {}},
            },
            Path("x.yaml"),
        )


def test_import_does_not_load_spacy() -> None:
    """Importing graphkb.extract leaves spaCy unloaded (extraction does too: see
    test_extract_tokenizer)."""
    code = "import sys, graphkb.extract; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the seed article (read from ../shared, never copied) ------------------------------------


def test_seed_article_modal() -> None:
    """The seed article's main sanction is asserted and the one it denies is negated (its
    speed is measured by benchmarks/bench_extract.py, not here)."""
    path = SHARED / "seed" / "article.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    ex = Extractor(Gazetteer.bundled())
    text = path.read_text(encoding="utf-8")
    res = ex.extract(text, document_id="seed")
    got = {(s.source, s.target, s.type.value, s.modality.value) for s in res.stances}
    assert ("USA", "PAK", "SANCTION", "asserted") in got
    assert ("USA", "ISR", "SANCTION", "negated") in got
    assert ("USA", "ISR", "SANCTION", "asserted") not in got
    actors = {a.id: a for a in res.actors}
    lines = [json.dumps(to_jsonl_record(s, actors)) for s in res.stances]
    assert all(json.loads(line)["evidence"]["start"] >= 0 for line in lines)


def test_the_actor_after_a_reporting_verb_is_its_speaker_only_when_inverted(
    extractor: Extractor,
) -> None:
    """'"...," said Germany' names the speaker after the verb, so Germany's warning that it
    may sanction is a threat; in 'analysts said Germany may sanction Russia' Germany is what
    is said, not who says it, so no threat is made by anyone."""
    assert stances(extractor, '"We may impose sanctions on Russia," said Germany.') == {
        ("DEU", "RUS", "SANCTION", "hypothetical", None),
        ("DEU", "RUS", "THREATEN", "asserted", None),
    }
    assert stances(extractor, "Analysts said Germany may impose sanctions on Russia.") == {
        ("DEU", "RUS", "SANCTION", "hypothetical", None),
    }


def test_no_module_constant_of_the_extractor_is_bound_twice() -> None:
    """A second module-level binding of a name silently replaces the first for every
    function that reads it (two `_REFUSING` sets once made "declined to call for" a call)."""
    import ast

    import graphkb.extract

    for path in sorted(Path(graphkb.extract.__file__).parent.glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    assert target.id not in seen, f"{path.name}: {target.id} bound twice"
                    seen.add(target.id)
