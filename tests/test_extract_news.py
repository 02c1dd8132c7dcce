"""Extraction on shapes met in real news (Voice of America development stories), each
reduced to a sentence or two written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkb.actors import Gazetteer
from graphkb.extract import Extractor
from graphkb.extract.pipeline import _quoted_chars
from graphkb.extract.text import normalize
from graphkb.extract.triggers import load_lexicon
from graphkb.model import data_dir


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """The extractor over the bundled gazetteer and lexicon."""
    return Extractor(Gazetteer.bundled())


def found(ex: Extractor, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, type, modality) of every stance in ``text``."""
    return {
        (s.source, s.target, s.type.value, s.modality.value)
        for s in ex.extract(text, document_id="t").stances
    }


def test_title_read_as_a_country_gives_the_person_that_country(ex: Extractor) -> None:
    """'French President Emmanuel Macron' serves France, as 'Canadian Prime Minister X' does."""
    res = ex.extract("French President Emmanuel Macron criticised Canada.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("emmanuel-macron", "CAN", "ACCUSE")
    }
    assert next(a for a in res.actors if a.id == "emmanuel-macron").country == "FRA"


def test_short_capitalised_name_part_is_no_organisation_code(ex: Extractor) -> None:
    """'Un' of 'Kim Jong Un' is not the U.N.; the person keeps his country."""
    res = ex.extract("North Korean leader Kim Jong Un accused Washington of hostility.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("kim-jong-un", "USA", "ACCUSE")
    }
    assert next(a for a in res.actors if a.id == "kim-jong-un").country == "PRK"


def test_family_name_first_refers_back_to_the_person(ex: Extractor) -> None:
    """After 'Kim Jong Un' and 'Xi Jinping', a bare 'Kim' or 'Xi' is that person."""
    text = (
        "North Korean leader Kim Jong Un spoke on Monday. Chinese President Xi Jinping "
        "spoke too. Kim met with Xi in Beijing."
    )
    # CONSULT is symmetric: stored once, its pair in sorted order
    assert ("kim-jong-un", "xi-jinping", "CONSULT", "asserted") in found(ex, text)


def test_event_noun_after_announce_takes_the_subject_as_source(ex: Extractor) -> None:
    """'Canada announced tariffs on X': Canada sanctions X; 'said sanctions ...' stays a clause."""
    assert found(ex, "Canada announced new tariffs on the United States.") == {
        ("CAN", "USA", "SANCTION", "asserted")
    }
    assert found(ex, "Canada announced an embargo on Cuba.") == {
        ("CAN", "CUB", "SANCTION", "asserted")
    }


def test_trade_war_is_no_armed_attack(ex: Extractor) -> None:
    """A trade war is economic: never ASSAULT."""
    got = found(ex, "U.S. President Donald Trump ramped up his trade war with Canada.")
    assert not any(t == "ASSAULT" for _, _, t, _ in got)


def test_one_unbalanced_quote_mark_does_not_invert_the_rest() -> None:
    """An opening mark never closed (a quote carried over a joined paragraph break) leaves the
    text after the next closing mark outside quotation."""
    raw = (
        "The EU \u201cwas ruled by a majority, Sisci said. \u201cBoth are shattered.\u201d "
        "China rejected the plan."
    )
    quoted = _quoted_chars(normalize(raw), raw)
    tail = raw.index("China rejected")
    assert not any(quoted[tail : len(raw)])
    assert quoted[raw.index("Both")]


def test_straight_quote_marks_are_read_from_their_neighbours() -> None:
    """With straight marks, a mark after a space opens and one before a space closes."""
    raw = 'He said "no. Next we go," she said. Then "fine" he said.'
    quoted = _quoted_chars(raw, raw)
    assert quoted[raw.index("Next")]
    assert not quoted[raw.index("she said")]
    assert quoted[raw.index("fine")]
    assert not quoted[raw.index(" he said.") + 1]


def test_the_bundled_lexicon_adds_the_petrarch_supplement_under_the_hand_written_one() -> None:
    """The default lexicon is triggers.yaml plus the generated PETRARCH2 entries; no added
    phrase is led by a verb triggers.yaml handles, and no verb changes type."""
    lexicon_dir = data_dir() / "lexicon"
    base = load_lexicon(lexicon_dir / "triggers.yaml")
    default = load_lexicon()
    supplement = load_lexicon(lexicon_dir / "petrarch_triggers.yaml")
    key = lambda e: (e.type, e.kind, e.words)  # noqa: E731
    added = {key(e) for e in default.entries} - {key(e) for e in base.entries}
    assert {key(e) for e in base.entries} <= {key(e) for e in default.entries}
    assert len(added) > 1_000
    assert added <= {key(e) for e in supplement.entries}
    base_verbs = {e.words[0]: e.type for e in base.entries if e.kind == "verb"}
    assert not any(words[0] in base_verbs for _, kind, words in added if kind == "phrase")
    assert all(
        base_verbs[e.words[0]] == e.type
        for e in default.entries
        if e.kind == "verb" and e.words[0] in base_verbs
    )


def test_they_and_the_group_refer_back_to_an_armed_group(ex: Extractor) -> None:
    """A group named once is 'they', 'the group' and 'the insurgent group' after it."""
    text = (
        "The Taliban said on Sunday they had captured the district. They accused the United "
        "States of violating the agreement. The group also threatened Pakistan. The insurgent "
        "group denied attacking Afghan forces."
    )
    assert found(ex, text) == {
        ("TALIBAN", "USA", "ACCUSE", "asserted"),
        ("TALIBAN", "PAK", "THREATEN", "asserted"),
        ("TALIBAN", "AFG", "ASSAULT", "negated"),
    }


def test_a_verb_between_a_country_and_a_role_is_no_modifier(ex: Extractor) -> None:
    """'Zimbabwe detained journalist X': X does not serve Zimbabwe, so the stance stays."""
    res = ex.extract("Zimbabwe detained journalist Blessed Mhlanga.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("ZWE", "blessed-mhlanga", "COERCE")
    }
    assert next(a for a in res.actors if a.id == "blessed-mhlanga").country is None


def test_withdrawal_of_a_countrys_troops_is_that_countrys_retreat(ex: Extractor) -> None:
    """'the withdrawal of American troops from X': the US retreats from X, whoever praises it."""
    got = found(ex, "The Taliban praised the withdrawal of American troops from Afghanistan.")
    assert ("USA", "AFG", "RETREAT", "asserted") in got
    assert not any(t == "RETREAT" and s == "TALIBAN" for s, _, t, _ in got)


def test_a_country_ending_in_ly_is_no_adverb(ex: Extractor) -> None:
    """'Italy' is a subject, not an adverb like 'strongly' to skip over."""
    assert found(ex, "Spain and Italy condemned Libya.") == {
        ("ESP", "LBY", "ACCUSE", "asserted"),
        ("ITA", "LBY", "ACCUSE", "asserted"),
    }


def test_a_second_verb_keeps_the_first_ones_subject(ex: Extractor) -> None:
    """'X praised A but criticised B': X criticises B; 'attacked A and threatened B' does not
    make B a target of the attack."""
    assert found(ex, "Mexico praised the accord but criticised Guatemala for its border.") == {
        ("MEX", "GTM", "ACCUSE", "asserted")
    }
    assert found(ex, "Russia attacked Ukraine and threatened Poland.") == {
        ("RUS", "UKR", "ASSAULT", "asserted"),
        ("RUS", "POL", "THREATEN", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar has served as a go-between for Washington and the Taliban.",
            {("QAT", "USA", "CONSULT", "asserted"), ("QAT", "TALIBAN", "CONSULT", "asserted")},
        ),
        (
            "Egypt acted as a mediator between Israel and Hamas.",
            {("EGY", "ISR", "CONSULT", "asserted"), ("EGY", "HAMAS", "CONSULT", "asserted")},
        ),
        (
            "Qatar mediated between Israel and Hamas.",
            {("QAT", "ISR", "CONSULT", "asserted"), ("QAT", "HAMAS", "CONSULT", "asserted")},
        ),
    ],
)
def test_a_mediator_consults_each_party_and_is_no_party(
    ex: Extractor, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Mediation: the go-between consults both sides (the sides' own talks are theirs)."""
    got = found(ex, text)
    assert expected <= got
    assert not any(s == "QAT" and t in ("AGREE",) for s, _, t, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa expelled Riyadh's envoy.", ("CAN", "SAU", "SANCTION", "asserted")),
        (
            "France completed the withdrawal of its soldiers from Chad.",
            ("FRA", "TCD", "RETREAT", "asserted"),
        ),
        (
            "Chile and Argentina will hold a three-week joint naval exercise in March.",
            ("CHL", "ARG", "COOPERATE", "hypothetical"),
        ),
        (
            "Officials in Nairobi said they had asked Uganda to hand over the suspects.",
            ("KEN", "UGA", "REQUEST", "asserted"),
        ),
        (
            "Police in Zimbabwe arrested journalist Blessed Mhlanga.",
            ("ZWE", "blessed-mhlanga", "COERCE", "asserted"),
        ),
    ],
)
def test_unseen_trigger_shapes(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Shapes from the extraction issue: expelled envoys, withdrawals of one's own soldiers,
    a planned joint exercise, officials placed in a capital, a trigger word inside a name."""
    assert expected in found(ex, text)


def test_condemning_a_harm_accuses_no_victim(ex: Extractor) -> None:
    """'condemned the shelling of Armenian villages' accuses no one named and makes the
    condemner no attacker; 'condemned the U.S. strikes on Syria' accuses the US."""
    assert found(ex, "France condemned the shelling of Armenian villages.") == set()
    assert found(ex, "The group said it condemns any violence against Afghan civilians.") == set()
    assert found(ex, "Russia denounced the U.S. strikes on Syria.") == {
        ("RUS", "USA", "ACCUSE", "asserted"),
        ("USA", "SYR", "ASSAULT", "reported"),
    }


def test_the_object_of_urge_is_who_would_act(ex: Extractor) -> None:
    """'X urged Y to do Z': X requests of Y, and Z is Y's (hypothetical) act, not X's."""
    assert found(ex, "Poland urged Russia to withdraw its troops from Belarus.") == {
        ("POL", "RUS", "REQUEST", "asserted"),
        ("POL", "RUS", "ACCUSE", "asserted"),  # insisting it undo what it did
        ("RUS", "BLR", "RETREAT", "hypothetical"),
    }
    # the requested recognition is a hypothetical SUPPORT, which graphkb no longer emits
    # (1 of 38 right on the development sets)
    assert found(ex, "The EU called on Serbia to recognise Kosovo.") == {
        ("EU", "SRB", "REQUEST", "asserted"),
    }


def test_a_list_ending_in_the_united_states_keeps_every_member(ex: Extractor) -> None:
    """'Japan and the United States agreed': both agree (the article no longer cuts the list)."""
    assert found(ex, "Japan and the United States agreed to strengthen deterrence.") == {
        ("JPN", "USA", "AGREE", "asserted"),
        ("USA", "JPN", "AGREE", "asserted"),
    }


def test_threat_to_use_force_is_a_threat_and_a_hypothetical_assault(ex: Extractor) -> None:
    """'threatened to use force against X': THREATEN, plus the force as a hypothetical act."""
    got = found(ex, "U.S. President Donald Trump threatened to use force against North Korea.")
    assert got == {
        ("donald-trump", "PRK", "THREATEN", "asserted"),
        ("donald-trump", "PRK", "ASSAULT", "hypothetical"),
    }


def test_a_title_case_headline_names_its_capitals(ex: Extractor) -> None:
    """In 'Ankara Defies Washington Over Russian Missiles' both capitals are the states, while
    'President George Washington praised France.' is still a person."""
    assert found(ex, "Ankara Defies Washington Over Russian Missiles") == {
        ("TUR", "USA", "REJECT", "asserted")
    }
    assert found(ex, "President George Washington praised France.") == {
        ("george-washington", "FRA", "SUPPORT", "asserted")
    }


def test_titles_with_hyphens_and_home_states_are_not_names(ex: Extractor) -> None:
    """'Secretary-General Antonio Guterres' and 'Congressman Andy Levin of Michigan' are
    Antonio Guterres and Andy Levin."""
    assert found(ex, "U.N. Secretary-General Antonio Guterres condemned Myanmar.") == {
        ("antonio-guterres", "MMR", "ACCUSE", "asserted")
    }
    res = ex.extract("U.S. Congressman Andy Levin of Michigan slammed Haiti for the jailbreak.")
    assert [(s.source, s.target) for s in res.stances] == [("andy-levin", "HTI")]
    assert next(a for a in res.actors if a.id == "andy-levin").country == "USA"


def test_an_armed_group_fights_its_own_country(ex: Extractor) -> None:
    """al-Shabab (an armed group of Somalia) and Somalia are opposing sides, whatever the case
    of the Arabic article."""
    assert found(ex, "Al-Shabab militants attacked Somali troops in Mogadishu.") == {
        ("al-shabab", "SOM", "ASSAULT", "asserted")
    }
    assert found(ex, "Somalia launched airstrikes against al-Shabab.") == {
        ("SOM", "al-shabab", "ASSAULT", "asserted")
    }


def test_offers_made_together_are_no_agreement_between_the_offerers(ex: Extractor) -> None:
    """'A, B and C offered to resettle them': no AGREE between A, B and C; 'agreed' is."""
    assert found(ex, "Australia, Canada and the United States offered to resettle them.") == set()
    assert found(ex, "Australia and Canada agreed to resettle them.") == {
        ("AUS", "CAN", "AGREE", "asserted"),
        ("CAN", "AUS", "AGREE", "asserted"),
    }


def test_prepositions_and_verbs_make_no_body_name(ex: Extractor) -> None:
    """'Saudi Arabia since taking office' is no body of Saudi Arabia."""
    res = ex.extract("Iran praised Saudi Arabia since taking office.")
    assert {a.id for a in res.actors} == {"IRN", "SAU"}


def test_closer_to_nothing_named_pairs_no_one(ex: Extractor) -> None:
    """'A and B are closer to a collision course' makes A and B no partners."""
    assert found(ex, "Turkey and the United States are closer to a collision course.") == set()
    assert found(ex, "India has moved closer to Washington.") == {
        ("IND", "USA", "COOPERATE", "asserted")
    }


def test_an_allegation_accuses_whoever_it_is_about(ex: Extractor) -> None:
    """'X alleged that Y ...' accuses Y, whatever Y is said to have done."""
    assert found(ex, "Kenya alleged that Somalia was meddling in its affairs.") == {
        ("KEN", "SOM", "ACCUSE", "asserted")
    }
    assert found(ex, "Washington alleges the Taliban has not lived up to its word.") == {
        ("USA", "TALIBAN", "ACCUSE", "asserted")
    }


def test_a_weekday_starts_no_name(ex: Extractor) -> None:
    """'On Wednesday, French President Emmanuel Macron ...': Wednesday is no person."""
    res = ex.extract("On Wednesday, French President Emmanuel Macron criticized China.")
    assert [(s.source, s.target, s.type.value) for s in res.stances] == [
        ("emmanuel-macron", "CHN", "ACCUSE")
    ]
    assert "wednesday" not in {a.id for a in res.actors}


def test_authorities_and_police_are_the_state_the_story_is_about(ex: Extractor) -> None:
    """'Authorities ...', 'the police ...' with no country named: the country last named."""
    text = "Kenya closed two refugee camps on Monday. Authorities accused Somalia of meddling."
    assert ("KEN", "SOM", "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.-Japan alliance remains strong.", ("USA", "JPN", "ALLY")),
        ("U.S.-India ties have deepened.", ("USA", "IND", "COOPERATE")),
        ("Officials praised the Russia-China partnership.", ("RUS", "CHN", "COOPERATE")),
        ("The India-Pakistan rivalry flared again.", ("IND", "PAK", "RIVAL")),
    ],
)
def test_a_hyphenated_pair_before_a_relation_noun(
    ex: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """'the U.S.-Japan alliance': the two named actors hold the relation with each other."""
    got = {(s, t, ty) for s, t, ty, _ in found(ex, text)}
    assert expected in got or (expected[1], expected[0], expected[2]) in got


def test_authored_act_noun_without_target_aims_at_the_one_other_party(ex: Extractor) -> None:
    """'Oslo's demand for ...' in a sentence naming only Chile besides: Norway demands of
    Chile; 'previous Canadian tariffs' hurting 'the Peruvian economy' were aimed at Peru."""
    assert found(
        ex,
        "Talks ended quickly because Oslo's demand for compensation and Chile's offer "
        "did not mesh.",
    ) >= {("NOR", "CHL", "REQUEST", "asserted")}
    assert ("CAN", "PER", "SANCTION", "asserted") in found(
        ex,
        "The Peruvian economy is still recovering from a slump triggered by previous "
        "Canadian tariffs.",
    )


def test_act_noun_with_two_other_parties_takes_no_guess(ex: Extractor) -> None:
    """With two other parties named, the target of 'Oslo's demand' is unknown: no stance."""
    got = found(ex, "Oslo's demand for compensation worried Chile and Peru.")
    assert not any(s == "NOR" and t in ("CHL", "PER") for s, t, _, _ in got)


def test_negator_inside_an_organisation_name_negates_nothing(ex: Extractor) -> None:
    """'Doctors Without Borders urged ...' is an asserted request, not a negated one (the
    gazetteer knows the body as MSF, from international.csv)."""
    assert found(ex, "Doctors Without Borders urged the Nigerian government to act.") == {
        ("MSF", "NGA", "REQUEST", "asserted")
    }


def test_back_as_an_adverb_is_no_support(ex: Extractor) -> None:
    """'sending refugees back to China' condemns the sender; it backs no one."""
    got = found(ex, "Canada strongly condemned Laos for sending refugees back to China.")
    assert got == {("CAN", "LAO", "ACCUSE", "asserted")}


def test_judged_act_named_with_its_author_after_by(ex: Extractor) -> None:
    """'condemned the arrest of the journalist by Cambodian authorities': the authorities'
    country is accused; 'welcomed the decision by Japan' supports Japan."""
    assert ("KHM", "ACCUSE") in {
        (t, ty)
        for _, t, ty, _ in found(
            ex, "Norway condemned the arrest of the journalist by Cambodian authorities."
        )
    }
    assert found(ex, "Germany welcomed the decision by Japan to lift the ban.") == {
        ("DEU", "JPN", "SUPPORT", "asserted")
    }


def test_headline_verb_in_capitals_is_no_persons_name(ex: Extractor) -> None:
    """'Rebel Chief Hails Troop Exit': 'Hails Troop Exit' is no person."""
    text = "Rebel Chief Hails Troop Exit as Toll Rises\n\nHe condemned Mali on Monday."
    assert not any(s.source.startswith("hails") for s in ex.extract(text).stances)


def test_opening_place_phrase_is_no_list_with_the_subject(ex: Extractor) -> None:
    """'In Warsaw, the foreign ministry summoned ...': the comma closes an adverbial, so the
    unnamed ministry is the subject and stands for the country of its capital."""
    assert found(ex, "In Warsaw, the foreign ministry summoned the Belarusian ambassador.") == {
        ("POL", "BLR", "ACCUSE", "asserted")
    }


def test_surname_that_names_a_country_is_the_persons(ex: Extractor) -> None:
    """'Foreign Secretary Lucia Montenegro' is a person, not Montenegro."""
    assert found(ex, "Foreign Secretary Lucia Montenegro met the Chilean ambassador.") == {
        ("lucia-montenegro", "CHL", "CONSULT", "asserted")
    }


def test_unnamed_office_holder_of_a_country_stands_for_it(ex: Extractor) -> None:
    """'The foreign minister of Chad met ...' is Chad meeting; no person named 'of'."""
    res = ex.extract("The foreign minister of Chad met Sudan's president.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("SDN", "TCD", "CONSULT")
    } or {(s.source, s.target, s.type.value) for s in res.stances} == {("TCD", "SDN", "CONSULT")}
    assert all(a.kind.value == "country" for a in res.actors)


def test_trip_in_an_opening_phrase_is_made_by_the_main_subject(ex: Extractor) -> None:
    """'On a trip to Hanoi, Australia's prime minister, Mark Deane, announced ...': Deane
    visits Vietnam; the comma after Hanoi lists nothing."""
    got = found(
        ex,
        "On a trip to Hanoi, Australia's prime minister, Mark Deane, announced new aid.",
    )
    assert ("mark-deane", "VNM", "CONSULT") in {(s, t, ty) for s, t, ty, _ in got}
    assert not any(t == "mark-deane" for _, t, _, _ in got)


def test_saying_another_must_act_is_a_request(ex: Extractor) -> None:
    """'Russia said Sudan must return the helicopter': Russia asks Sudan; a speaker saying
    its own side must act asks no one."""
    assert ("RUS", "SDN", "REQUEST", "asserted") in found(
        ex, "Russia said on Tuesday that Sudan must return a helicopter it captured."
    )
    assert ("SOM", "KEN", "REQUEST", "asserted") in found(
        ex, '"Kenya should withdraw its troops," Somalia\'s president said.'
    )
    assert not any(
        ty == "REQUEST"
        for _, _, ty, _ in found(ex, "Iran must defend itself, Iran's president said.")
    )


def test_demand_that_after_a_time_word_names_its_target(ex: Extractor) -> None:
    """'demanded Friday that the United States ...', 'its demand today that Israel ease ...'."""
    assert ("PSE", "USA", "REQUEST", "asserted") in found(
        ex, "Palestinian officials demanded Friday that the United States match the offer."
    )
    assert ("CHL", "ISR", "REQUEST", "asserted") in found(
        ex, "Chile reiterated its demand today that Israel ease restrictions on workers."
    )


def test_saying_ones_own_side_will_help_is_a_pledge(ex: Extractor) -> None:
    """'Syria says it is willing to withdraw its troops from Lebanon': a pledge (AGREE,
    asserted) beside the withdrawal, which stays hypothetical."""
    got = found(ex, "Syria says it is willing to withdraw its troops from neighboring Lebanon.")
    assert ("SYR", "LBN", "AGREE", "asserted") in got
    assert ("SYR", "LBN", "RETREAT", "hypothetical") in got


def test_refusing_to_help_rejects_the_one_refused(ex: Extractor) -> None:
    """'Turkey refused to support the US-led war': a rejection of the US beside the
    negated support."""
    got = found(ex, "Turkey refused to support the US-led war.")
    assert {("TUR", "USA", "REJECT", "asserted"), ("TUR", "USA", "SUPPORT", "negated")} <= got


def test_quoted_blame_of_another_side_is_an_accusation(ex: Extractor) -> None:
    """'"The Kabul administration has tried to sabotage the talks," the Taliban leader said':
    the speaker accuses Afghanistan; words of blame that are negated accuse no one."""
    got = found(
        ex,
        '"The Kabul administration has repeatedly tried to sabotage the talks," Taliban '
        "spokesman Zabihullah Mujahid said.",
    )
    assert ("zabihullah-mujahid", "AFG", "ACCUSE", "asserted") in got
    calm = found(
        ex, '"Holding the summit in Oslo would not be provocative," Jane Roe of Chile said.'
    )
    assert not any(ty == "ACCUSE" for _, _, ty, _ in calm)


def test_state_media_speak_for_the_state_that_last_acted(ex: Extractor) -> None:
    """'China's commerce ministry imposed sanctions ... State media accused Washington':
    China accuses the United States, not Taiwan, the country named last."""
    text = (
        "China's commerce ministry imposed sanctions on two firms that sell arms to Taiwan. "
        'State media accused Washington of "arming Taiwan."'
    )
    assert ("CHN", "USA", "ACCUSE", "asserted") in found(ex, text)


def test_a_charge_rejected_rejects_the_side_that_made_it(ex: Extractor) -> None:
    """'X accused India of financing the group, a charge New Delhi rejected': India rejects
    Pakistan (the accuser's country)."""
    got = found(
        ex,
        "Pakistan's Defence Minister Rashid Qureshi accused India of financing the group, "
        'a charge New Delhi rejected as "absurd."',
    )
    assert ("IND", "PAK", "REJECT", "asserted") in got


def test_a_charge_summing_up_what_was_said_is_an_accusation(ex: Extractor) -> None:
    """'Rwanda said Burundian units fought beside the militias, a charge Bujumbura rejects':
    what Rwanda said is a charge against Burundi, and Burundi rejects Rwanda; a dash or a
    closing quotation may come before the charge."""
    got = found(
        ex,
        "Rwanda said Burundian units were operating beside the militias, "
        "a charge Bujumbura rejects.",
    )
    assert ("RWA", "BDI", "ACCUSE", "asserted") in got
    assert ("BDI", "RWA", "REJECT", "asserted") in got
    quoted = found(
        ex,
        'A senior Brazilian diplomat said families had been removed "at gunpoint," '
        "an account the Bolivian government rejected.",
    )
    assert ("BOL", "BRA", "REJECT", "asserted") in quoted
    dashed = found(
        ex,
        'Rwanda said Burundian units were operating "beside the militias" \u2014 '
        "a charge Bujumbura rejects.",
    )
    assert ("BDI", "RWA", "REJECT", "asserted") in dashed
    # no one said anything: a charge rejected without a claimant answers no one
    plain = found(ex, "Burundian units crossed the river, a charge Bujumbura rejects.")
    assert not any(ty == "REJECT" for _, _, ty, _ in plain)


def test_taking_a_dispute_to_a_court_accuses_the_other_side(ex: Extractor) -> None:
    """'Equatorial Guinea was ready to take the matter to the ICJ': a lawsuit to come
    against the side named under the "if" (or at odds with the taker lately), never the
    court; and raising a matter with someone is still talk."""
    got = found(
        ex,
        "If Yaounde maintained its claim, he said, Equatorial Guinea was ready to take the "
        "matter to the International Court of Justice.",
    )
    assert ("GNQ", "CMR", "ACCUSE", "hypothetical") in got
    assert not any(t == "ICJ" for _, t, _, _ in got)
    later = found(
        ex,
        "Nigeria closed its border with Benin on Monday. Benin said it would take the case "
        "to the ECOWAS Court of Justice if the border stayed closed.",
    )
    assert ("BEN", "NGA", "ACCUSE", "hypothetical") in later
    talk = found(ex, "Poland said it would raise the matter with Germany.")
    assert not any(ty == "ACCUSE" for _, _, ty, _ in talk)


def test_territorial_disputes_are_rivalries(ex: Extractor) -> None:
    """'A and B have been disputing fishing rights', 'X contests a chain of islets with Y'."""
    assert ("PHL", "CHN", "RIVAL", "asserted") in found(
        ex, "The Philippines and China have been disputing fishing rights near the shoal."
    ) or ("CHN", "PHL", "RIVAL", "asserted") in found(
        ex, "The Philippines and China have been disputing fishing rights near the shoal."
    )
    assert ("CHN", "JPN", "RIVAL", "asserted") in found(
        ex, "Beijing contests a chain of islets with Japan."
    )


def test_a_city_after_in_is_a_place_not_a_person(ex: Extractor) -> None:
    """'Speaking in New York, Iran's foreign minister criticised Israel': New York is no
    person; Iran (through its minister) is the critic."""
    res = ex.extract("Speaking in New York, Iran's foreign minister criticised Israel.")
    assert not any(a.kind.value == "person" and "york" in a.id for a in res.actors)
    assert ("IRN", "ISR", "ACCUSE") in {(s.source, s.target, s.type.value) for s in res.stances}


def test_a_crowd_of_a_nation_protests(ex: Extractor) -> None:
    """'thousands of Nigeriens ... chanting slogans against ECOWAS': Niger protests ECOWAS;
    'Hundreds of Pakistanis protested outside the U.S. embassy': Pakistan protests the US."""
    got = found(
        ex,
        "On Saturday, thousands of Nigeriens marched through Niamey, chanting slogans "
        "against ECOWAS.",
    )
    assert ("NER", "ECOWAS", "PROTEST", "asserted") in got
    assert ("PAK", "USA", "PROTEST", "asserted") in found(
        ex, "Hundreds of Pakistanis protested outside the U.S. embassy in Islamabad."
    )


def test_leaving_a_bloc_is_a_retreat_from_it(ex: Extractor) -> None:
    """'quit the regional bloc ECOWAS', 'announced their exit from ECOWAS'."""
    assert ("BFA", "ECOWAS", "RETREAT", "asserted") in found(
        ex, "Burkina Faso quit the regional bloc ECOWAS in January."
    )
    assert ("MLI", "ECOWAS", "RETREAT", "asserted") in found(
        ex, "Niger and Mali announced their exit from ECOWAS."
    )


def test_saying_another_poses_a_threat_accuses_it(ex: Extractor) -> None:
    """'The Pentagon said Russia posed the greatest threat to NATO': the US accuses Russia
    (it threatens no one itself)."""
    got = found(ex, "The Pentagon said Russia posed the greatest threat to NATO.")
    assert ("USA", "RUS", "ACCUSE", "asserted") in got
    assert not any(s == "USA" and ty == "THREATEN" for s, _, ty, _ in got)


def test_a_list_after_in_the_is_no_subject_of_a_purpose_clause(ex: Extractor) -> None:
    """'... met with officials in the EU, Belgium and Italy to lobby the EU ...': Wang
    lobbies and meets; Belgium and Italy lobby no one."""
    got = found(
        ex,
        "Chinese Commerce Minister Wang Wentao met with officials in the EU, Belgium, Germany "
        "and Italy to lobby the EU to abandon the tariffs.",
    )
    assert ("wang-wentao", "EU", "CONSULT", "asserted") in got
    assert ("wang-wentao", "ITA", "CONSULT", "asserted") in got
    assert not any(s in ("BEL", "DEU", "ITA") for s, _, _, _ in got)


def test_a_bare_noun_object_recalls_no_earlier_owner(ex: Extractor) -> None:
    """'Chinese vaccines arrived ... China donated vaccines to the Philippines': the
    donation's target is the Philippines, not the vaccines' maker."""
    text = (
        "Chinese vaccines arrived in Manila on Monday. "
        "China donated vaccines to the Philippines in February."
    )
    got = found(ex, text)
    assert ("CHN", "PHL", "AID", "asserted") in got
    assert ("CHN", "CHN", "AID", "asserted") not in got


def test_fixed_phrases_and_questions_are_no_targets_or_requests(ex: Extractor) -> None:
    """'threats from China in addition to North Korea' threaten no North Korea; 'whether
    Mnangagwa should stay' asks nothing of him."""
    got = found(ex, "Japan will focus on nuclear threats from China in addition to North Korea.")
    assert not any(t == "PRK" for _, t, _, _ in got)
    asked = found(
        ex, "Jane Roe of Chile said the debate was about whether Peru should leave the bloc."
    )
    assert not any(ty == "REQUEST" for _, _, ty, _ in asked)


def test_the_decision_is_the_last_acts_not_the_last_reaction(ex: Extractor) -> None:
    """'The EU adopted sanctions on Russia. Hungary criticised the package. Kyiv welcomed the
    decision.': Kyiv supports the EU, whose act the decision is, not Hungary, which reacted."""
    text = (
        "The European Union adopted new sanctions on Russia on Friday. "
        "Hungary criticised the package. Kyiv welcomed the decision."
    )
    got = found(ex, text)
    assert ("UKR", "EU", "SUPPORT", "asserted") in got
    assert ("UKR", "HUN", "SUPPORT", "asserted") not in got


def test_an_official_with_no_country_serves_the_storys_country(ex: Extractor) -> None:
    """In a story about Japan, 'Prime Minister Yoshihide Suga' serves Japan; the UN's
    secretary-general serves no country."""
    res = ex.extract(
        "Japan and the Philippines held talks on Monday. Japan wants closer ties. "
        "Prime Minister Yoshihide Suga said he would visit Manila, and criticised China."
    )
    suga = next(a for a in res.actors if a.id == "yoshihide-suga")
    assert suga.country == "JPN"
    un = ex.extract(
        "Japan held talks with the UN. Secretary-General Antonio Guterres criticised China."
    )
    guterres = next(a for a in un.actors if a.id == "antonio-guterres")
    assert guterres.country is None


def test_owner_before_a_participle_gives_the_person_a_country(ex: Extractor) -> None:
    """'Jordan's visiting King Abdullah II' serves Jordan."""
    res = ex.extract("Israel's president refused to meet Jordan's visiting King Abdullah II.")
    assert next(a for a in res.actors if a.id == "abdullah-ii").country == "JOR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deployment read, then "the operation" points back to it
            "Canada sent a police mission to Haiti in May. Last week Cuba condemned the operation.",
            {("CAN", "HTI", "AID", "asserted"), ("CUB", "CAN", "ACCUSE", "asserted")},
        ),
        (  # content only in the quotation, the speaker after it
            '"Washington\'s embargo is an act of economic warfare," Cuban Foreign Minister '
            "Elena Marrero told reporters.",
            {
                ("elena-marrero", "USA", "ACCUSE", "asserted"),
                ("USA", "CUB", "SANCTION", "reported"),
            },
        ),
        ("Georgia risks losing billions in EU support.", set()),  # no aid is given
    ],
)
def test_the_extraction_issues_own_examples(
    ex: Extractor, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Examples the extraction issue lists (invented, same patterns as real news)."""
    assert found(ex, text) == expected


def test_an_acronym_in_brackets_names_the_actor_from_then_on(ex: Extractor) -> None:
    """'The Northern Defence Forces (NDF) ... The NDF accused Turkey': the same actor (a
    body no table holds; the Syrian Democratic Forces are in the bundled table now)."""
    text = (
        "The Northern Defence Forces (NDF) control the northeast. "
        "The NDF accused Turkey of targeting civilians."
    )
    assert ("northern-defence-forces", "TUR", "ACCUSE", "asserted") in found(ex, text)
    bundled = "The Syrian Democratic Forces (SDF) accused Turkey. The SDF condemned Ankara."
    assert {s[0] for s in found(ex, bundled)} == {"SDF"}


def test_a_titled_person_after_a_comma_keeps_a_country_surname(ex: Extractor) -> None:
    """ "Mexico's Foreign Secretary, Lucia Montenegro, rejected ...": a person, not Montenegro."""
    res = ex.extract(
        "The US accused Mexico of lying. Mexico's Foreign Secretary, Lucia Montenegro, "
        'rejected the accusation as "unfair."'
    )
    assert "MNE" not in {a.id for a in res.actors}
    assert ("lucia-montenegro", "USA", "REJECT") in {
        (s.source, s.target, s.type.value) for s in res.stances
    }


def test_condemned_conduct_of_an_actor_accuses_it(ex: Extractor) -> None:
    """'condemned the brutality of the Myanmar military' accuses Myanmar; 'condemned the
    shelling of Armenian villages' accuses no victim."""
    assert ("CAN", "MMR", "ACCUSE", "asserted") in found(
        ex, "Canada strongly condemned the continuing brutality of the Myanmar military."
    )
    assert not found(ex, "France condemned the shelling of Armenian villages.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli soldiers arrested more than 100 Palestinians on Saturday.",
            ("ISR", "PSE", "COERCE", "asserted"),
        ),
        ("Ghana deported at least 40 Nigerian traders.", ("GHA", "NGA", "COERCE", "asserted")),
        ("Police in Kenya detained thousands of Somalis.", ("KEN", "SOM", "COERCE", "asserted")),
    ],
)
def test_a_count_before_the_object_hides_no_target(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """'more than 100', 'at least 40', 'thousands of': the counted people are the target."""
    assert expected in found(ex, text)


def test_signing_a_treaty_together_backs_each_other(ex: Extractor) -> None:
    """'A and B signed a treaty of friendship' is support both ways; one signer alone with
    no partner named backs no one."""
    assert {("CZE", "CHN", "SUPPORT", "asserted"), ("CHN", "CZE", "SUPPORT", "asserted")} <= (
        found(ex, "Czechia and China signed an agreement on trade.")
    )
    assert found(ex, "Czechia signed the agreement.") == set()


def test_renewed_talks_between_two_states_are_a_meeting(ex: Extractor) -> None:
    """'renewed negotiations' is a joint act as 'held talks' is."""
    assert ("ISR", "LBN", "CONSULT", "asserted") in found(
        ex, "Israel and Lebanon renewed negotiations on Monday."
    )


def test_giving_a_state_a_grant_is_aid(ex: Extractor) -> None:
    """A double object: 'give Tanzania a grant', 'lent Kenya $2 billion'."""
    assert ("FIN", "TZA", "AID", "asserted") in found(ex, "Finland gave Tanzania a grant.")
    assert ("CHN", "KEN", "AID", "asserted") in found(ex, "China lent Kenya 2 billion dollars.")


def test_a_denial_answers_whoever_made_the_claim(ex: Extractor) -> None:
    """'X said Y's troops abuse civilians. Y denies the allegations': with no accusation read,
    the claims are the last speaker's who spoke of another side."""
    text = (
        "The United Nations said Chinese officials detained Uyghur activists. "
        "Beijing denies the allegations."
    )
    assert ("CHN", "UN", "REJECT", "asserted") in found(ex, text)


def test_a_verb_phrase_named_by_its_noun_keeps_its_type(ex: Extractor) -> None:
    """Nominalisations of lexicon phrases ('suspend * links with' -> 'suspension of * links
    with', 'resume * talks with' -> 'resumption of * talks with') are read as the phrase is."""
    assert ("ITA", "SRB", "SANCTION", "asserted") in found(
        ex, "Italy announced a suspension of air links with Serbia on Wednesday."
    )
    lexicon = load_lexicon()
    nouns = {e.words for e in lexicon.entries if e.kind == "noun"}
    assert ("suspension", "of", "*", "air", "links", "with") in nouns
    assert ("resumption", "of", "*", "talks", "with") in nouns
    assert not any(words[:2] == ("closure", "down") for words in nouns)


def test_rejecting_a_proposal_from_someone_rejects_them(ex: Extractor) -> None:
    """'rejected a fresh offer from Kabul', 'a proposal by France': the proposer."""
    assert ("PAK", "AFG", "REJECT", "asserted") in found(
        ex, "Pakistan rejected a fresh offer from Afghanistan for direct talks."
    )
    assert ("IRN", "FRA", "REJECT", "asserted") in found(ex, "Iran rejected a proposal by France.")


def test_people_of_a_body_stand_for_it_as_an_object(ex: Extractor) -> None:
    """'expelled inspectors of the IAEA': the agency is the target."""
    assert ("PRK", "IAEA", "SANCTION", "asserted") in found(
        ex, "North Korea expelled inspectors of the International Atomic Energy Agency."
    )


def test_the_leader_of_a_countrys_group_leads_the_group(ex: Extractor) -> None:
    """'The leader of Afghanistan's Taliban praised X': the Taliban, not Afghanistan."""
    got = found(ex, "The leader of Afghanistan's Taliban praised the decision of Qatar.")
    assert ("TALIBAN", "QAT", "SUPPORT", "asserted") in got
    assert not any(s == "AFG" for s, _, _, _ in got)


def test_a_former_officer_of_a_body_does_not_speak_for_it(ex: Extractor) -> None:
    """'Former NATO chief', 'a former UN envoy': no longer the body's voice; a serving one
    still is."""
    assert found(ex, "A former UN envoy criticised Russia.") == set()
    assert found(ex, "Former NATO Chief Calls for Sanctions on Russia") == set()
    assert ("UN", "RUS", "ACCUSE", "asserted") in found(ex, "The UN envoy criticised Russia.")


def test_a_hyphenated_place_or_patron_modifies_the_actor(ex: Extractor) -> None:
    """'Somalia-based al-Shabab', 'Iran-backed Houthis': the group acts, asserted; the
    compound is no verb and no hedge."""
    assert ("al-shabab", "KEN", "ASSAULT", "asserted") in found(
        ex, "Somalia-based al-Shabab has been attacking Kenyan troops since 2011."
    )
    got = found(ex, "Iran-backed Houthis attacked Saudi Arabia.")
    assert ("HOUTHIS", "SAU", "ASSAULT", "asserted") in got
    assert not any(s in ("IRN", "SOM") and t == "ASSAULT" for s, _, t, _ in got)


def test_coordinated_verbs_share_their_object(ex: Extractor) -> None:
    """'attacked and occupied Ukraine': the first verb's object is the second's; a verb with
    an object of its own keeps it ('scrambled jets and put its units on alert')."""
    assert ("RUS", "UKR", "ASSAULT", "asserted") in found(
        ex, "Russia attacked and occupied Ukraine."
    )
    assert ("SDN", "TCD", "ASSAULT", "asserted") in found(
        ex, "Sudan has been fighting Chad for years."
    )
    got = found(ex, "Taiwan scrambled fighter jets and put its missile units on alert.")
    assert not any(s == t for s, t, _, _ in got)


def test_aid_received_from_someone_is_their_aid(ex: Extractor) -> None:
    """'X has received 23 bailout packages from the IMF': the IMF aids X."""
    assert ("IMF", "PAK", "AID", "asserted") in found(
        ex, "Pakistan has received 23 bailout packages from the IMF."
    )
    assert ("DEU", "UKR", "AID", "asserted") in found(
        ex, "Ukraine received military aid from Germany."
    )


def test_a_hinted_retaliation_is_a_threat_and_a_hypothetical_act(ex: Extractor) -> None:
    """'Beijing has hinted that it could retaliate with tariffs on German cars': the tariffs
    are Beijing's (hypothetical), and hinting at them threatens Germany."""
    got = found(ex, "Beijing has hinted that it could retaliate with tariffs on German cars.")
    assert {
        ("CHN", "DEU", "SANCTION", "hypothetical"),
        ("CHN", "DEU", "THREATEN", "asserted"),
    } <= got
    assert ("CHN", "USA", "SANCTION", "asserted") in found(
        ex, "China retaliated with tariffs on American soybeans."
    )


def test_a_phrase_gap_never_spans_a_second_clause(ex: Extractor) -> None:
    """'denied the request and asked instead for X': 'deny * asked' must not swallow the
    rejection; the request's maker is rejected."""
    text = (
        "North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions "
        "relief. "
        "Trump denied the request and asked instead for full denuclearization."
    )
    assert any(s == "donald-trump" and t == "REJECT" for s, _, t, _ in found(ex, text))


def test_a_standoff_or_clash_is_two_sided(ex: Extractor) -> None:
    """'locked in a border standoff with China', 'clashed with': each side against the
    other."""
    got = found(ex, "India has been locked in a border standoff with China for almost a year.")
    assert {("IND", "CHN", "MOBILIZE", "asserted"), ("CHN", "IND", "MOBILIZE", "asserted")} <= got
    got = found(ex, "Security forces in Syria clashed with Israeli troops.")
    assert {("SYR", "ISR", "ASSAULT", "asserted"), ("ISR", "SYR", "ASSAULT", "asserted")} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States designated the Houthis as a terrorist group.",
            ("USA", "HOUTHIS", "SANCTION", "asserted"),
        ),
        ("Germany blocked the Turkish sale.", ("DEU", "TUR", "SANCTION", "asserted")),
        (
            "Lebanon complained to the United Nations over Israeli air raids.",
            ("LBN", "ISR", "ACCUSE", "asserted"),
        ),
        ("Turkey bought missiles from Russia.", ("RUS", "TUR", "AID", "asserted")),
    ],
)
def test_general_constructions_of_news(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Designating a terrorist group, blocking a sale, complaining over an act, buying arms."""
    assert expected in found(ex, text)


def test_fire_at_a_place_is_fire_at_its_country(ex: Extractor) -> None:
    """'fired four shells at targets in Lebanon': the place's country is the target."""
    assert ("ISR", "LBN", "ASSAULT", "asserted") in found(
        ex, "Israeli tanks fired four shells at targets in Lebanon."
    )


def test_rebels_and_protesters_are_not_their_state(ex: Extractor) -> None:
    """'Rwandan rebels', 'opposition groups in Zimbabwe', 'protesters in Kenya': groups of
    their own, tied to the country, so they can stand against its state."""
    res = ex.extract("Opposition groups in Zimbabwe condemned the government.", document_id="t")
    got = {(s.source, s.target, s.type.value) for s in res.stances}
    assert got == {("zwe-opposition", "ZWE", "ACCUSE")}
    group = next(a for a in res.actors if a.id == "zwe-opposition")
    assert (group.kind.value, group.country) == ("group", "ZWE")
    assert ("ken-protesters", "USA", "ACCUSE", "asserted") in found(
        ex, "Kenyan protesters condemned the United States."
    )
    # officials stay the state, and "the insurgents in Qatar" are a group named before
    assert ("PAK", "IND", "ACCUSE", "asserted") in found(ex, "Pakistani officials condemned India.")
    text = (
        "The Taliban attacked Kabul. The United States negotiated with the insurgents in "
        "Qatar's capital."
    )
    assert not any(s.endswith("-rebels") or t.endswith("-rebels") for s, t, _, _ in found(ex, text))


def test_a_crowd_in_the_streets_protests_its_own_state(ex: Extractor) -> None:
    """'Egyptian demonstrators rioted', 'thousands of Iraqi Kurds demonstrated calling for
    independence from Iraq': protesters against their state; a crowd marching against another
    state or body stays its country's public."""
    assert found(ex, "Egyptian demonstrators rioted on Friday.") == {
        ("egy-protesters", "EGY", "PROTEST", "asserted")
    }
    assert ("irq-protesters", "IRQ", "PROTEST", "asserted") in found(
        ex, "Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq."
    )
    assert ("NER", "FRA", "PROTEST", "asserted") in found(
        ex, "Thousands of Nigeriens marched in Niamey against France."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia struck targets in eastern Ukraine.", ("RUS", "UKR", "ASSAULT", "asserted")),
        (
            "Vietnamese-led forces have retaken a village in western Cambodia.",
            ("VNM", "KHM", "ASSAULT", "asserted"),
        ),
        ("The Saudi-led coalition bombed Yemen.", ("SAU", "YEM", "ASSAULT", "asserted")),
        (
            "Israeli soldiers routinely beat up Palestinian detainees.",
            ("ISR", "PSE", "ASSAULT", "asserted"),
        ),
    ],
)
def test_force_in_a_region_and_by_led_forces(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A region word between the preposition and the country keeps the place; 'X-led
    forces' are X's."""
    assert expected in found(ex, text)


def test_adjective_frames_of_opposition_and_support(ex: Extractor) -> None:
    """'is opposed to', 'critical of', 'supportive of': stances stated as adjectives."""
    assert ("ISR", "FRA", "REJECT", "asserted") in found(
        ex, "Israel is opposed to French mediation in the talks."
    )
    assert ("HUN", "EU", "ACCUSE", "asserted") in found(ex, "Hungary is critical of the EU.")
    assert ("SRB", "RUS", "SUPPORT", "asserted") in found(ex, "Serbia is supportive of Russia.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I see no signs that the North Koreans are interested in talking to the U.S.",
            ("PRK", "USA", "CONSULT", "negated"),
        ),
        (
            "There is no evidence that Russia attacked Georgia.",
            ("RUS", "GEO", "ASSAULT", "negated"),
        ),
        ("Iran is keen to meet Saudi Arabia.", ("IRN", "SAU", "CONSULT", "hypothetical")),
        ("Washington's aid is crucial for Islamabad.", ("USA", "PAK", "AID", "hypothetical")),
        (
            "Chancellor Olaf Scholz said talks with China must continue.",
            ("olaf-scholz", "CHN", "CONSULT", "hypothetical"),
        ),
        ("There is evidence that Russia attacked Georgia.", ("RUS", "GEO", "ASSAULT", "asserted")),
    ],
)
def test_denied_wanted_and_needed_acts_are_not_asserted(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """'no signs that' denies; 'keen to', 'interested in' want; an act named as the subject of
    'must' or 'is crucial' is not yet done; plain evidence asserts."""
    assert expected in found(ex, text)


def test_they_after_a_list_is_the_whole_list(ex: Extractor) -> None:
    """'France, Germany and Britain said they would impose sanctions on Iran': each of the
    three sanctions (hypothetically) and threatens."""
    got = found(ex, "France, Germany and Britain said they would impose sanctions on Iran.")
    for country in ("FRA", "DEU", "GBR"):
        assert (country, "IRN", "SANCTION", "hypothetical") in got
        assert (country, "IRN", "THREATEN", "asserted") in got


def test_a_coordinated_subject_after_a_clause_opener(ex: Extractor) -> None:
    """'... ended after China and Russia blocked a text drafted by the United States': both
    block it ('after' opens a clause, unlike 'drafted by France, Germany and the UK')."""
    got = found(ex, "The meeting ended after China and Russia blocked a text drafted by the US.")
    assert {("CHN", "USA", "REJECT", "asserted"), ("RUS", "USA", "REJECT", "asserted")} <= got


def test_a_broker_consults_the_parties_who_agree(ex: Extractor) -> None:
    """'Qatar and Turkey, which brokered a truce between A and B': each broker consults each
    party, the parties agree with each other, and the brokers are no parties."""
    got = found(
        ex,
        "Qatar and Turkey, which brokered a truce between Afghanistan and Pakistan, met again.",
    )
    assert {
        ("QAT", "AFG", "CONSULT", "asserted"),
        ("TUR", "PAK", "CONSULT", "asserted"),
        ("AFG", "PAK", "AGREE", "asserted"),
    } <= got
    assert not any(t == "AGREE" and s in ("QAT", "TUR") for s, _, t, _ in got)
    assert found(ex, "Qatar and Turkey brokered a truce.") == set()


def test_an_acronym_in_brackets_hides_no_subject(ex: Extractor) -> None:
    """'the Rapid Support Forces (RSF) agreed': the bracket is skipped to the subject; funds
    frozen for a country sanction it."""
    got = found(ex, "Chad and the Rapid Support Forces (RSF) agreed to a truce.")
    assert ("TCD", "RSF", "AGREE", "asserted") in got
    assert ("EU", "SRB", "SANCTION", "asserted") in found(
        ex, "The EU froze pre-accession funds for Serbia."
    )


def test_not_condemning_an_act_does_not_undo_it(ex: Extractor) -> None:
    """'China has never condemned Russia's full-scale invasion of Ukraine': the condemning is
    negated; the invasion is Russia's (past the hyphenated adjective) and happened."""
    got = found(ex, "China has never condemned Russia's full-scale invasion of Ukraine.")
    assert ("CHN", "RUS", "ACCUSE", "negated") in got
    assert ("RUS", "UKR", "ASSAULT", "asserted") in got
    assert ("RUS", "UKR", "ASSAULT", "negated") in found(ex, "Russia did not invade Ukraine.")


def test_drills_with_a_partner_are_cooperation_near_a_rival_mobilisation(ex: Extractor) -> None:
    """'held naval drills with France' is cooperation; 'near Taiwan' is a show of force."""
    assert found(ex, "India held naval drills with France.") == {
        ("IND", "FRA", "COOPERATE", "asserted")
    }
    assert ("CHN", "TWN", "MOBILIZE", "asserted") in found(
        ex, "China held naval drills near Taiwan."
    )


def test_investigations_and_cases_against_someone_accuse_them(ex: Extractor) -> None:
    """'opened fraud investigations against 28 Chilean officials', 'a case against Iran'."""
    assert ("alejandro-rivera", "CHL", "ACCUSE", "asserted") in found(
        ex, "Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials."
    )
    assert ("GMB", "MMR", "ACCUSE", "asserted") in found(
        ex, "Gambia filed a case against Myanmar at the court."
    )


def test_answering_a_demand_or_offer_answers_whoever_made_it(ex: Extractor) -> None:
    """'conceded to demands from UNITA' (no infinitive ends in -s), 'welcomed a proposal by
    France', 'accepted an offer from Qatar'."""
    assert ("dos-santos", "unita", "CONCEDE", "asserted") in found(
        ex,
        "President Dos Santos has conceded at last to demands from the National Union for "
        "the Total Independence of Angola (UNITA).",
    )
    assert ("IRN", "FRA", "SUPPORT", "asserted") in found(ex, "Iran welcomed a proposal by France.")
    assert ("IRN", "QAT", "AGREE", "asserted") in found(
        ex, "Iran accepted an offer from Qatar to mediate."
    )


def test_people_from_a_state_in_a_prepositional_object_stand_for_it(ex: Extractor) -> None:
    """'met with officials from Kenya', 'talks with representatives of the EU'."""
    assert ("ruto", "KEN", "CONSULT", "asserted") in found(
        ex, "President Ruto met with officials from Kenya."
    )


def test_an_age_before_a_name_is_no_part_of_it(ex: Extractor) -> None:
    """'Twenty-year-old Bilai Abdi': the person is Bilai Abdi, and 'Abdi' is her later."""
    res = ex.extract(
        "Twenty-year-old Bilai Abdi said she was afraid. Abdi condemned al-Shabab.",
        document_id="t",
    )
    assert "bilai-abdi" in {a.id for a in res.actors}
    assert ("bilai-abdi", "al-shabab", "ACCUSE") in {
        (s.source, s.target, s.type.value) for s in res.stances
    }


def test_he_and_she_keep_to_the_person_they_named_before(ex: Extractor) -> None:
    """Once 'he' has named a person, 'she' looks for another: "Catherine Russell ... she ...
    Christopher Lockyear ... he ... She urged Sudan" is Russell's request."""
    text = (
        "UNICEF chief Catherine Russell spoke first. She said aid was blocked. "
        "MSF chief Christopher Lockyear spoke next. He said aid was late. "
        "She urged Sudan to open the border. He urged Chad to open the border."
    )
    got = found(ex, text)
    assert ("catherine-russell", "SDN", "REQUEST", "asserted") in got
    assert ("christopher-lockyear", "TCD", "REQUEST", "asserted") in got
    assert not any(s == "christopher-lockyear" and t == "SDN" for s, t, _, _ in got)


def test_he_inside_an_analysts_quote_is_not_the_analyst(ex: Extractor) -> None:
    """'"He is sending a signal to China," said analyst X': the one talked about, not X."""
    text = (
        "Prime Minister Shigeru Ishiba took office this week. "
        'Analyst James Schoff said: "He is sending a signal. He will criticise China."'
    )
    got = found(ex, text)
    assert any(s == "shigeru-ishiba" and t == "CHN" for s, t, _, _ in got)
    assert not any(s == "james-schoff" and t == "CHN" for s, t, _, _ in got)


def test_whoever_faces_or_suffers_an_act_is_its_target(ex: Extractor) -> None:
    """'Ankara has faced previous U.S. sanctions': the act's modifier is its source and the
    one who faces it the target; with no source named, nothing is read."""
    assert found(ex, "Ankara has faced previous U.S. sanctions.") == {
        ("USA", "TUR", "SANCTION", "asserted")
    }
    assert found(ex, "Iran has suffered Israeli strikes for months.") == {
        ("ISR", "IRN", "ASSAULT", "asserted")
    }
    assert found(ex, "Turkey risks American sanctions if it activates the system.") == {
        ("USA", "TUR", "SANCTION", "hypothetical")
    }
    assert found(ex, "Turkey has faced sanctions before.") == set()


def test_the_owner_of_a_decision_or_plan_acts_in_the_infinitive_after_it(ex: Extractor) -> None:
    """'Japan's plan to boost aid', 'Obama's failure to sell missiles': the owner of the
    control noun is the subject of the infinitive (a failure or refusal negates it)."""
    assert found(ex, "Washington welcomed Japan's plan to boost military aid to Ukraine.") == {
        ("USA", "JPN", "SUPPORT", "asserted"),
        ("JPN", "UKR", "AID", "hypothetical"),
    }
    assert found(
        ex, "Ankara is angry over President Barack Obama's failure to sell missiles to Turkey."
    ) == {("barack-obama", "TUR", "AID", "negated")}


def test_a_dotted_acronym_before_a_noun_belongs_to_its_noun_phrase(ex: Extractor) -> None:
    """'triggered by previous U.S. sanctions' in a sentence about the Turkish economy: the
    noun phrase reaches back over 'U.S.', so the one other party named is the target."""
    text = (
        "The Turkish economy is still recovering from a crash triggered by previous U.S. sanctions."
    )
    assert found(ex, text) == {("USA", "TUR", "SANCTION", "asserted")}


def test_voting_or_agreeing_on_an_act_makes_it_the_voters(ex: Extractor) -> None:
    """'The EU is set to vote Friday on a tariff increase on Chinese cars': the voters' act,
    planned; a relative clause after the target ('that Germany fears') names no target."""
    text = (
        "The European Union is set to vote Friday on a massive tariff increase on Chinese "
        "electric vehicles that Germany fears could spark a trade war."
    )
    assert found(ex, text) == {("EU", "CHN", "SANCTION", "hypothetical")}


def test_a_quoted_phrase_does_not_cut_a_coordinated_verb_from_its_subject(ex: Extractor) -> None:
    """'Tokyo and Washington shared concerns over China's "rapid expansion" and agreed to':
    the second verb keeps the first one's subject across the quoted words."""
    text = (
        'Tokyo and Washington shared concerns over China\'s "rapid expansion of its arsenal" '
        "and agreed to strengthen deterrence."
    )
    assert found(ex, text) >= {
        ("JPN", "USA", "AGREE", "asserted"),
        ("USA", "JPN", "AGREE", "asserted"),
    }


def test_a_name_after_said_at_the_end_of_a_quote_is_its_speaker(ex: Extractor) -> None:
    """'"... urge that the United States leave," said Mawlawi Hibatullah Akhundzada.': the
    capitalised name after the speech verb is a person, who says what the quote says."""
    res = ex.extract(
        '"We strongly urge that the United States leave," said Mawlawi Hibatullah Akhundzada.'
    )
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("mawlawi-hibatullah-akhundzada", "USA", "REQUEST")
    }


def test_a_name_may_fill_the_gap_of_a_phrase(ex: Extractor) -> None:
    """'designated BLA as a terrorist group' after 'the Baloch Liberation Army, or BLA,': the
    acronym inside the phrase's gap is its object, not a name the trigger sits in."""
    text = (
        "The Baloch Liberation Army, or BLA, claimed the attack.\n"
        "The United States and Pakistan have both designated BLA as a terrorist group."
    )
    assert found(ex, text) >= {
        ("USA", "baloch-liberation-army", "SANCTION", "asserted"),
        ("PAK", "baloch-liberation-army", "SANCTION", "asserted"),
    }


def test_acting_against_an_armed_group_is_no_act_against_its_country(ex: Extractor) -> None:
    """After the US designates a Pakistani armed group, Islamabad blaming attacks on militants
    is not aimed at the US (the adversary of a reaction is whoever acted against its side)."""
    text = (
        "The Baloch Liberation Army, or BLA, claimed the attack. The United States has "
        "designated BLA as a terrorist group. Islamabad has blamed several recent attacks on "
        "militants present on Afghan soil."
    )
    assert not {s for s in found(ex, text) if s[:2] == ("PAK", "USA")}
    assert ("PAK", "USA", "ACCUSE", "asserted") in found(
        ex, "Washington sanctioned Pakistan. Islamabad has blamed several recent attacks on it."
    )


def test_the_subject_of_a_reported_clause_owns_its_possessive(ex: Extractor) -> None:
    """'She said Mexico had agreed to deploy troops to its northern border': "its" is
    Mexico's, the subject of the clause after "said", not a country named before."""
    text = (
        "Canada criticised the plan.\n"
        "She said Mexico had agreed to deploy 10,000 troops to its northern border."
    )
    aimed_at_canada = {s for s in found(ex, text) if s[1] == "CAN"}
    assert not aimed_at_canada - found(ex, "Canada criticised the plan.")


def test_a_phrase_gap_counts_a_known_name_as_one_word(ex: Extractor) -> None:
    """'designated the Baloch Liberation Army as a terrorist group': the four-word name fills
    one place of the phrase's gap of up to three words."""
    assert found(
        ex, "The United States designated the Baloch Liberation Army as a terrorist group."
    ) == {("USA", "baloch-liberation-army", "SANCTION", "asserted")}


def test_a_demand_made_of_someone_by_name_is_aimed_at_them(ex: Extractor) -> None:
    """'demanded an immediate admission by Moscow': the one the demanded act is asked of."""
    text = "Poland's government has demanded an immediate admission by Moscow of the killings."
    assert ("POL", "RUS", "REQUEST", "asserted") in found(ex, text)
    text = "Poland's parliament has demanded an immediate admission by Moscow of the killings."
    assert ("pol-parliament", "RUS", "REQUEST", "asserted") in found(ex, text)


def test_an_act_someone_is_asked_for_is_not_their_pledge(ex: Extractor) -> None:
    """'Russia rejected calls to withdraw from Ukraine': the withdrawal stays a demanded,
    hypothetical act, and Russia pledges nothing; 'Syria says it is willing to withdraw'
    still pledges."""
    rejected = found(ex, "Russia rejected calls from the United States to withdraw from Ukraine.")
    assert ("RUS", "UKR", "RETREAT", "hypothetical") in rejected
    assert not {s for s in rejected if s[2] == "AGREE"}
    assert ("SYR", "LBN", "AGREE", "asserted") in found(
        ex, "Syria says it is willing to withdraw its troops from Lebanon."
    )


def test_a_decision_by_someone_to_act_is_theirs(ex: Extractor) -> None:
    """'a decision by Japan to sanction Russia': the owner named after "by" acts (reported:
    Moscow's condemnation is what tells of it)."""
    assert ("JPN", "RUS", "SANCTION", "reported") in found(
        ex, "Moscow condemned a decision by Japan to sanction Russia."
    )


def test_a_quote_right_after_someone_reports_is_theirs(ex: Extractor) -> None:
    """'Moise tweeted condemnation. "We condemn the jailbreak ..."': the quote that opens the
    next sentence is the reporter's, not the last quoted speaker's, and "he" after it is
    the reporter too."""
    text = (
        'Police chief Frantz Exantus said, "We will find them."\n\n'
        "President Jovenel Moise tweeted his condemnation. "
        '"We condemn the attack on the prison. The police must act," he tweeted. '
        "Earlier this week, he was criticized by France."
    )
    stances = found(ex, text)
    assert ("FRA", "jovenel-moise", "ACCUSE", "asserted") in stances
    assert not {s for s in stances if "frantz-exantus" in s[:2]}


def test_a_sentence_opening_adverb_is_no_part_of_a_name(ex: Extractor) -> None:
    """A subheading run into the text ('Reaction from President Moise Shortly before ...'):
    'Shortly' opens the sentence and is no surname."""
    text = (
        "Haiti jailbreak\n\nReaction from President Jovenel Moise Shortly before the press "
        "conference, the police spoke. Moise condemned France."
    )
    assert found(ex, text) == {("jovenel-moise", "FRA", "ACCUSE", "asserted")}


def test_the_two_presidents_are_two_people_who_hold_that_office(ex: Extractor) -> None:
    """'The two presidents are cooperating': the last two presidents named, not a minister
    named between them."""
    text = (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan. "
        "Turkish Defense Minister Hulusi Akar said the talks went well. "
        "The two presidents are closely cooperating in Syria."
    )
    cooperating = {s for s in found(ex, text) if s[2] == "COOPERATE"}
    assert cooperating and all("hulusi-akar" not in s for s in cooperating)


def test_the_reporter_of_a_sentence_is_its_main_clause_subject(ex: Extractor) -> None:
    """'A State Department spokesperson told reporters the U.N. must keep its sanctions':
    the reporter is the spokesperson's body, not the U.N. in what is told, so the quotes
    after it are the body's."""
    text = (
        "However, a State Department spokesperson told VOA on Monday the U.N. must maintain "
        'sanctions currently in place on North Korea. "Now is not the time for the council to '
        'consider offering relief," said the spokesperson. "The DPRK is threatening to conduct '
        'a provocation."'
    )
    accusers = {s[0] for s in found(ex, text) if s[1:3] == ("PRK", "ACCUSE")}
    assert accusers == {"us-state-department"}


def test_a_person_held_or_freed_with_no_agent_named_was_held_by_a_state(ex: Extractor) -> None:
    """Arrests, charges and releases with no agent named are the holding state's acts: the
    place named ('detained in Iran'), else the person's own country, and an unnamed organ
    ('authorities arrested X') stands for that state too."""
    freed = "Cambodian journalist Ly Sovan thanked his supporters Thursday after being freed."
    assert ("KHM", "ly-sovan", "RETREAT", "asserted") in found(ex, freed)
    abroad = "Canadian engineer Tom Baird was detained in Iran last year."
    assert ("IRN", "tom-baird", "COERCE", "asserted") in found(ex, abroad)
    organ = "Cuban dissident Ana Ruiz spoke out. Authorities arrested her on Monday."
    assert ("CUB", "ana-ruiz", "COERCE", "asserted") in found(ex, organ)


def test_a_participle_clause_shares_its_main_clause_subject(ex: Extractor) -> None:
    """'Suga will visit India after meeting with Biden': Suga meets Biden."""
    text = (
        "Japanese Prime Minister Yoshihide Suga will visit India in April after meeting with "
        "U.S. President Joe Biden."
    )
    assert ("yoshihide-suga", "joe-biden", "CONSULT", "asserted") in found(ex, text)


def test_a_new_clause_after_a_comma_and_ends_the_object_list(ex: Extractor) -> None:
    """'fighting Ukraine, and the United Nations says ...': the U.N. opens a clause of its
    own and is no second object of the fighting."""
    text = "Russia has been fighting Ukraine, and the United Nations says civilians suffer most."
    stances = found(ex, text)
    assert ("RUS", "UKR", "ASSAULT") in {s[:3] for s in stances}
    assert not {s for s in stances if s[1] == "UN"}


def test_lifting_measures_targets_whom_they_were_put_on(ex: Extractor) -> None:
    """'a proposal for the Security Council to lift sanctions placed on North Korea': the
    council would lift them, from North Korea; 'hinting at lifting the sanctions Washington
    has imposed on Moscow' is only a possibility."""
    text = (
        "China made a proposal for the U.N. Security Council to lift sanctions placed on North "
        "Korea's exports."
    )
    assert ("UNSC", "PRK", "RETREAT", "hypothetical") in found(ex, text)
    hinted = (
        "American officials are hinting at lifting the sanctions Washington has imposed on Moscow."
    )
    assert ("USA", "RUS", "RETREAT", "hypothetical") in found(ex, hinted)


def test_the_forces_of_the_story_s_state_are_an_actor_of_their_own(ex: Extractor) -> None:
    """'the Myanmar military' in a story about Myanmar, and 'the military' after it, are the
    armed forces as an actor serving Myanmar; another state's troops stay that state."""
    text = (
        "Protests spread across Myanmar on Friday. U.N. Secretary-General Antonio Guterres "
        "condemned the Myanmar military. The military rejected the U.N. Security Council's "
        "demands. Kenyan troops fought al-Shabab in Somalia."
    )
    result = ex.extract(text)
    stances = {(s.source, s.target, s.type.value) for s in result.stances}
    assert ("antonio-guterres", "myanmar-military", "ACCUSE") in stances
    assert ("myanmar-military", "UNSC", "REJECT") in stances
    assert ("KEN", "al-shabab", "ASSAULT") in stances
    forces = next(a for a in result.actors if a.id == "myanmar-military")
    assert (forces.kind.value, forces.country) == ("organization", "MMR")


def test_a_call_for_one_act_does_not_make_a_coordinated_demand_unreal(ex: Extractor) -> None:
    """'Washington's call for X and Pyongyang's demand for sanctions relief': the demand is
    real; only what is called for is not yet."""
    text = (
        "The summit ended quickly because Washington's call for full denuclearization and "
        "Pyongyang's demand for sanctions relief did not mesh."
    )
    assert ("PRK", "USA", "REQUEST", "asserted") in found(ex, text)


def test_backing_by_soldiers_is_military_aid(ex: Extractor) -> None:
    """'Somali forces backed by Djiboutian soldiers': armed backing is AID, while a
    government backing a plan stays SUPPORT."""
    armed = "Somali security forces backed by Djiboutian soldiers retook the town."
    assert ("DJI", "SOM", "AID", "asserted") in found(ex, armed)
    spoken = "France backed Germany's plan on Monday."
    assert ("FRA", "DEU", "SUPPORT", "asserted") in found(ex, spoken)


def test_as_before_an_adjective_opens_no_clause(ex: Extractor) -> None:
    """'Brazil rejected the measure as incompatible with the rules and called on Argentina
    to lift it': the second verb is still Brazil's."""
    text = (
        "Brazil rejected the measure as incompatible with the bloc's rules and called on "
        "Argentina to lift it."
    )
    assert ("BRA", "ARG", "REQUEST", "asserted") in found(ex, text)


def test_a_director_general_is_not_given_the_story_s_country(ex: Extractor) -> None:
    """A director general (of the IAEA, the WHO) found with no country serves no state, so
    her demand on the story's country is kept."""
    text = (
        "Iran removed the cameras last year. Director General Elena Varga told reporters in "
        "Vienna she regretted the decision and urged Iran to restore the cameras."
    )
    assert ("elena-varga", "IRN", "REQUEST", "asserted") in found(ex, text)


def test_an_offer_to_mediate_is_made_to_both_sides_of_the_dispute(ex: Extractor) -> None:
    """'X has offered to mediate' with no parties named: the two sides the story is about."""
    text = (
        "Egypt and Ethiopia have quarrelled over the dam for a decade. "
        "The African Union has offered to mediate a new round."
    )
    offers = {s for s in found(ex, text) if s[0] == "AU"}
    assert offers == {("AU", "EGY", "AGREE", "asserted"), ("AU", "ETH", "AGREE", "asserted")}


def test_a_ban_on_goods_is_a_sanction_on_their_country(ex: Extractor) -> None:
    """'the bloc would consider a full ban on Russian pipeline gas': a possible sanction."""
    text = "The European Union would consider a full ban on Russian pipeline gas."
    assert ("EU", "RUS", "SANCTION", "hypothetical") in found(ex, text)


def test_exchanging_fire_is_force_both_ways(ex: Extractor) -> None:
    """'India and Pakistan exchanged fire', 'traded fire with': each side attacks the other."""
    joint = found(ex, "India and Pakistan exchanged fire along the Line of Control.")
    assert {("IND", "PAK", "ASSAULT", "asserted"), ("PAK", "IND", "ASSAULT", "asserted")} <= joint
    aimed = found(ex, "Armenian troops traded fire with Azerbaijan on Tuesday.")
    assert {("ARM", "AZE", "ASSAULT", "asserted"), ("AZE", "ARM", "ASSAULT", "asserted")} <= aimed


def test_restoring_or_normalising_ties_is_cooperation_between_the_subjects(
    ex: Extractor,
) -> None:
    """'Saudi Arabia and Iran restored diplomatic ties': cooperation, no third party."""
    restored = found(ex, "Saudi Arabia and Iran restored diplomatic ties in March.")
    assert ("SAU", "IRN", "COOPERATE", "asserted") in restored
    normalised = found(ex, "Israel and the UAE normalised relations in 2020.")
    assert ("ISR", "ARE", "COOPERATE", "asserted") in normalised


def test_a_pledged_amount_goes_to_its_recipient(ex: Extractor) -> None:
    """'Germany pledged 500 million euros in humanitarian aid to Sudan': the pledge is made
    to Sudan, and the aid it promises is Germany's, not yet given."""
    stances = found(ex, "Germany pledged 500 million euros in humanitarian aid to Sudan.")
    assert {("DEU", "SDN", "AGREE", "asserted"), ("DEU", "SDN", "AID", "hypothetical")} <= stances


def test_a_possessive_after_for_belongs_to_the_verb_s_object(ex: Extractor) -> None:
    """'Ukraine thanked Poland for its military aid': the aid is Poland's."""
    stances = found(ex, "Ukraine thanked Poland for its military aid.")
    assert ("POL", "UKR", "AID", "asserted") in stances
    assert ("UKR", "POL", "AID", "asserted") not in stances


def test_signing_an_agreement_is_an_agreement_and_backing(ex: Extractor) -> None:
    """'Ethiopia and Eritrea signed a peace agreement': both agree, and each backs the other."""
    stances = found(ex, "Ethiopia and Eritrea signed a peace agreement in 2018.")
    for a, b in (("ETH", "ERI"), ("ERI", "ETH")):
        assert {(a, b, "AGREE", "asserted"), (a, b, "SUPPORT", "asserted")} <= stances


def test_joint_drills_and_broken_off_talks(ex: Extractor) -> None:
    """Joint drills are cooperation, not a show of force against the partner; cutting off
    talks is a sanction."""
    drills = found(
        ex, "The United States and the Philippines held joint military drills on Monday."
    )
    assert ("USA", "PHL", "COOPERATE", "asserted") in drills
    assert not {s for s in drills if s[2] == "MOBILIZE"}
    talks = found(ex, "China cut off talks with the United States on climate change.")
    assert ("CHN", "USA", "SANCTION", "asserted") in talks


def test_a_participle_after_a_denial_is_out_of_its_reach(ex: Extractor) -> None:
    """'Moscow denied supplying weapons to the rebels, rejecting Kyiv's accusations': the
    supply is denied, the rejection and the accusation are real."""
    stances = found(
        ex, "Moscow denied supplying weapons to the rebels, rejecting Kyiv's accusations."
    )
    assert {("RUS", "UKR", "REJECT", "asserted"), ("UKR", "RUS", "ACCUSE", "asserted")} <= stances


def test_a_possessor_in_a_phrase_gap_is_its_target(ex: Extractor) -> None:
    """'Turkey blocked Sweden's bid to join NATO': the bid blocked is Sweden's."""
    stances = found(ex, "Turkey blocked Sweden's bid to join NATO for months.")
    assert ("TUR", "SWE", "REJECT", "asserted") in stances
    assert ("TUR", "NATO", "REJECT", "asserted") not in stances


def test_arms_sent_or_received_are_aid_from_the_sender(ex: Extractor) -> None:
    """'Germany will send more tanks to Ukraine'; 'Ukraine received F-16 jets from Denmark'."""
    assert ("DEU", "UKR", "AID", "hypothetical") in found(
        ex, "Germany will send more tanks to Ukraine."
    )
    received = found(ex, "Ukraine received F-16 jets from Denmark and the Netherlands.")
    assert {("DNK", "UKR", "AID", "asserted"), ("NLD", "UKR", "AID", "asserted")} <= received


def test_an_object_relative_clause_acts_on_its_antecedent(ex: Extractor) -> None:
    """'Iran, which Washington accuses of arming the Houthis': Washington accuses Iran, and
    the arming it reports is Iran's."""
    stances = found(ex, "Iran, which Washington accuses of arming the Houthis, denied the charge.")
    assert ("USA", "IRN", "ACCUSE", "asserted") in stances
    assert ("IRN", "houthis", "AID", "reported") in {(a, b.lower(), t, m) for a, b, t, m in stances}
    assert not {s for s in stances if s[0] == "USA" and s[1].lower() == "houthis"}


def test_measures_imposed_on_one_side_by_another(ex: Extractor) -> None:
    """'The sanctions imposed on Iran by the United States': the agent follows the target."""
    text = "The sanctions imposed on Iran by the United States have hurt its economy."
    assert ("USA", "IRN", "SANCTION", "asserted") in found(ex, text)


def test_a_backer_joined_by_a_hyphen_supports_the_head(ex: Extractor) -> None:
    """'The Iranian-backed Houthis': Iran backs the Houthis."""
    stances = found(ex, "The Iranian-backed Houthis have attacked commercial shipping.")
    assert ("IRN", "houthis", "SUPPORT", "asserted") in {
        (a, b.lower(), t, m) for a, b, t, m in stances
    }


def test_a_common_foe_is_no_party_to_an_agreement_to_cooperate(ex: Extractor) -> None:
    """'Turkey and Iraq agreed to cooperate against PKK militants': they agree with each
    other, not with the PKK."""
    stances = found(ex, "Turkey and Iraq agreed to cooperate against PKK militants.")
    assert {("TUR", "IRQ", "AGREE", "asserted"), ("IRQ", "TUR", "AGREE", "asserted")} <= stances
    assert not {s for s in stances if s[2] == "AGREE" and s[1] not in ("TUR", "IRQ")}


def test_freezing_a_pact_urged_on_a_government_is_a_possible_sanction(ex: Extractor) -> None:
    """'urged the government to freeze its defence pact with Mali': no cooperation is
    asserted; a possible cut in it is."""
    text = (
        "Senegal's parliament met on Monday. Members of parliament in Senegal urged the "
        "government to freeze its defence pact with Mali."
    )
    stances = found(ex, text)
    assert ("SEN", "MLI", "SANCTION", "hypothetical") in stances
    assert not {s for s in stances if s[2] in ("ALLY", "COOPERATE")}


def test_a_threat_to_block_a_body_s_measure_is_aimed_at_the_body(ex: Extractor) -> None:
    """'Hungary threatened to veto the EU's new sanctions package against Russia': the threat
    and the veto are aimed at the EU, not at Russia."""
    stances = found(ex, "Hungary threatened to veto the EU's new sanctions package against Russia.")
    assert ("HUN", "EU", "THREATEN", "asserted") in stances
    assert ("HUN", "RUS", "THREATEN", "asserted") not in stances


def test_an_act_after_the_possibility_of_is_not_yet_real(ex: Extractor) -> None:
    """'talks about the possibility of restoring economic cooperation with Russia'."""
    text = (
        "The White House talks about the possibility of restoring economic cooperation with Russia."
    )
    stances = found(ex, text)
    assert ("USA", "RUS", "COOPERATE", "hypothetical") in stances
    assert ("USA", "RUS", "COOPERATE", "asserted") not in stances


def test_new_measures_are_real_and_aimed_at_the_ministry_s_state(ex: Extractor) -> None:
    """'Russia's foreign ministry said the new U.S. sanctions would not go unanswered': the
    sanctions exist ('new') and are on Russia, which the ministry serves."""
    text = "Russia's foreign ministry said the new U.S. sanctions would not go unanswered."
    stances = found(ex, text)
    assert ("USA", "RUS", "SANCTION") in {s[:3] for s in stances}
    assert not {s for s in stances if s[2] == "SANCTION" and s[3] == "hypothetical"}


def test_improving_ties_airspace_and_a_threat_one_faces(ex: Extractor) -> None:
    """'Greece and Turkey pledged to improve relations': possible cooperation; a drone that
    entered Polish airspace is a show of force; '"China is our biggest threat," the minister
    said' accuses China, it does not threaten it."""
    ties = found(ex, "Greece and Turkey pledged to improve relations.")
    assert ("GRC", "TUR", "COOPERATE", "hypothetical") in {
        (*sorted(s[:2]), s[2], s[3]) for s in ties
    }
    drone = found(ex, "A Russian drone entered Polish airspace on Tuesday.")
    assert ("RUS", "POL", "MOBILIZE", "asserted") in drone
    quote = '"China is our biggest threat," Taiwan\'s defense minister, Wellington Koo, said.'
    stances = found(ex, quote)
    assert ("wellington-koo", "CHN", "ACCUSE", "asserted") in stances
    assert not {s for s in stances if s[2] == "THREATEN"}


def test_a_conditional_threat_is_aimed_at_whom_its_condition_names(ex: Extractor) -> None:
    """'Russia threatened to stop the talks if the United States goes ahead with it'."""
    text = (
        "Russia has threatened to stop negotiations to reduce nuclear weapons if the United "
        "States goes ahead with the deployment."
    )
    assert ("RUS", "USA", "THREATEN", "asserted") in found(ex, text)


def test_an_act_announced_unless_another_side_complies_threatens_it(ex: Extractor) -> None:
    """'The EU will impose new sanctions on Belarus unless Minsk releases the prisoners'."""
    text = "The EU will impose new sanctions on Belarus unless Minsk releases the prisoners."
    stances = found(ex, text)
    assert {
        ("EU", "BLR", "SANCTION", "hypothetical"),
        ("EU", "BLR", "THREATEN", "asserted"),
    } <= stances


def test_a_speech_noun_after_a_determiner_is_no_reporting_verb(ex: Extractor) -> None:
    """'over the remarks' names what was said; it makes nobody the reporter of the sentence."""
    assert found(ex, "Serbia summoned the Croatian ambassador over the remarks.") == {
        ("SRB", "HRV", "ACCUSE", "asserted")
    }


def test_signing_a_pact_and_the_more_spelled_out_phrase_wins(ex: Extractor) -> None:
    """'signed a pact' is an agreement; 'signed a defence pact with' stays an alliance."""
    assert ("KOR", "JPN", "AGREE", "asserted") in found(ex, "Seoul and Tokyo signed a pact.")
    assert ("EGY", "SOM", "ALLY", "asserted") in found(
        ex, "Egypt signed a defence pact with Somalia."
    )


def test_ignoring_a_request_and_closing_airspace(ex: Extractor) -> None:
    """Ignoring someone's request rejects them; closing one's airspace to them sanctions them."""
    assert found(ex, "Ghana ignored a request by Nigeria to reopen the border.") == {
        ("GHA", "NGA", "REJECT", "asserted")
    }
    assert found(ex, "Algeria closed its airspace to Moroccan aircraft.") == {
        ("DZA", "MAR", "SANCTION", "asserted")
    }


def test_warning_someone_threatens_them(ex: Extractor) -> None:
    """'warned X that it would respond' threatens X (CAMEO 130)."""
    assert found(ex, "China warned the United States that it would respond.") == {
        ("CHN", "USA", "THREATEN", "asserted")
    }


def test_the_decision_refers_to_a_deed_not_to_a_threat(ex: Extractor) -> None:
    """'the decision' after a sanction and a threat against it is the sanction."""
    text = (
        "The EU imposed sanctions on Russia. Moscow warned the EU that it would respond. "
        "Kyiv welcomed the decision."
    )
    assert ("UKR", "EU", "SUPPORT", "asserted") in found(ex, text)


def test_a_town_shelled_is_its_country(ex: Extractor) -> None:
    """The object of an attack verb may be a town: 'shelled Kharkiv' bears on Ukraine."""
    assert found(ex, "Russian forces shelled Kharkiv overnight.") == {
        ("RUS", "UKR", "ASSAULT", "asserted")
    }


def test_blocking_the_sale_of_arms_to_someone_sanctions_them(ex: Extractor) -> None:
    """'blocked the sale of the jets to Turkey' is no sale: the verb of blocking wins."""
    assert found(ex, "The United States blocked the sale of the jets to Turkey.") == {
        ("USA", "TUR", "SANCTION", "asserted")
    }
    assert found(ex, "The Pentagon halted the delivery of F-35 jets to Turkey.") == {
        ("USA", "TUR", "SANCTION", "asserted")
    }


def test_saying_one_would_retaliate_is_a_threat(ex: Extractor) -> None:
    """A pledge to retaliate against X, said by its maker, threatens X now; an actual
    retaliation is read as hostile too."""
    assert found(ex, "China said it would retaliate against the EU.") == {
        ("CHN", "EU", "THREATEN", "asserted")
    }


def test_coordinated_names_fill_a_phrase_gap(ex: Extractor) -> None:
    """'credited Britain and France for': both names sit in the gap of 'credit * for'."""
    assert found(ex, "Canada credited Britain and France for their role.") == {
        ("CAN", "GBR", "SUPPORT", "asserted"),
        ("CAN", "FRA", "SUPPORT", "asserted"),
    }


def test_a_known_office_holder_needs_no_title(ex: Extractor) -> None:
    """A full name from the officials table is a person of their country without a title."""
    res = ex.extract("Russian President Vladimir Putin met Xi Jinping in Beijing.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("vladimir-putin", "xi-jinping", "CONSULT")
    }
    assert next(a for a in res.actors if a.id == "xi-jinping").country == "CHN"


def test_a_role_phrase_naming_a_body_or_a_country_licenses_the_name_after_it(
    ex: Extractor,
) -> None:
    """'A spokesperson for the Chinese Foreign Ministry, Mao Ning,' and 'The head of Ukraine's
    military intelligence, Kyrylo Budanov,' introduce people of those countries."""
    res = ex.extract(
        "A spokesperson for the Chinese Foreign Ministry, Mao Ning, accused Washington of "
        "hypocrisy."
    )
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("mao-ning", "USA", "ACCUSE")
    }
    res = ex.extract(
        "The head of Ukraine's military intelligence, Kyrylo Budanov, accused Moscow of "
        "planning attacks."
    )
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("kyrylo-budanov", "RUS", "ACCUSE")
    }
    assert next(a for a in res.actors if a.id == "kyrylo-budanov").country == "UKR"


def test_a_name_after_said_that_opens_a_clause_is_no_inverted_speaker(ex: Extractor) -> None:
    """'..., issued on Monday, said Washington should stop arming Taiwan': Washington is
    what is said about, not the speaker, so nothing is Washington's pledge."""
    stances = found(
        ex, "The statement, issued on Monday, said Washington should stop arming Taiwan."
    )
    assert ("USA", "TWN", "AGREE", "asserted") not in stances


def test_extending_sanctions_is_a_sanction(ex: Extractor) -> None:
    """'voted to extend sanctions on Mali' sanctions Mali (not a refusal to ease them)."""
    assert found(ex, "The U.N. Security Council voted to extend sanctions on Mali.") == {
        ("UNSC", "MLI", "SANCTION", "asserted")
    }


def test_a_leader_keeps_the_country_of_the_table_in_a_story_about_another(
    ex: Extractor,
) -> None:
    """A known office-holder serves their own state, not the story's: 'talks with Ukrainian
    officials as President Donald Trump pushes ...' leaves Trump American."""
    res = ex.extract(
        "Ukraine's army said Russia attacked Kharkiv. Rubio met Ukrainian officials as "
        "President Donald Trump criticized Moscow."
    )
    assert ("donald-trump", "RUS", "ACCUSE") in {
        (s.source, s.target, s.type.value) for s in res.stances
    }
    assert next(a for a in res.actors if a.id == "donald-trump").country == "USA"


def test_a_leaders_administration_is_the_leader_s_state(ex: Extractor) -> None:
    """'The Trump administration' and 'the Bush administration' stand for the United States."""
    assert found(ex, "The Trump administration imposed sanctions on Iran.") == {
        ("USA", "IRN", "SANCTION", "asserted")
    }
    text = "The Bush administration declared that China must drop barriers to U.S. exports."
    assert ("USA", "CHN", "REQUEST", "asserted") in found(ex, text)


def test_a_demonym_before_opposition_is_the_country_s_opposition(ex: Extractor) -> None:
    """'Ugandan opposition candidates' oppose Uganda's state; banning them is no act of Uganda
    on itself."""
    text = "President Yoweri Museveni has banned Ugandan opposition candidates from the vote."
    assert found(ex, text) == {("yoweri-museveni", "uga-opposition", "SANCTION", "asserted")}


def test_the_sanctions_refer_back_to_the_act_of_sanctioning(ex: Extractor) -> None:
    """'the sanctions' is the last act of sanctioning, not a lexicon phrase ending in the
    word ('the lifting of sanctions'); calling them illegal accuses their author."""
    text = "The United States imposed sanctions on Iran. Tehran called the sanctions illegal."
    assert ("IRN", "USA", "ACCUSE", "asserted") in found(ex, text)


def test_the_act_with_a_side_against_it_is_the_referent_not_an_aside(ex: Extractor) -> None:
    """'Turkish drones struck the SDF, the group said, killing four fighters': 'the strikes'
    are Turkey's; the aside with no one against it does not take their place."""
    text = (
        "Turkish drones struck positions of the Syrian Democratic Forces overnight, the group "
        "said, killing four fighters. Damascus condemned the strikes."
    )
    assert ("SYR", "TUR", "ACCUSE", "asserted") in found(ex, text)


def test_a_passive_accusation_charges_the_accused_with_harming_the_accuser(
    ex: Extractor,
) -> None:
    """'Ethiopia, which has been accused by Egypt of threatening its water supply, denied the
    charge': Ethiopia threatens Egypt (Egypt's claim), and rejects Egypt."""
    text = (
        "Ethiopia, which has been accused by Egypt of threatening its water supply, denied "
        "the charge."
    )
    assert found(ex, text) == {
        ("EGY", "ETH", "ACCUSE", "asserted"),
        ("ETH", "EGY", "THREATEN", "reported"),
        ("ETH", "EGY", "REJECT", "asserted"),
    }
    assert ("RUS", "UKR", "MOBILIZE", "reported") in found(
        ex, "Ukraine accused Russia of violating its airspace."
    )


def test_hitting_someone_with_tariffs_and_cutting_supplies_sanction_them(ex: Extractor) -> None:
    """'hit Canada with new tariffs', 'reduced food supplies to Sudan': sanctions."""
    assert found(ex, "The United States hit Canada with new tariffs.") == {
        ("USA", "CAN", "SANCTION", "asserted")
    }
    assert found(ex, "The United Nations reduced food supplies to Sudan.") == {
        ("UN", "SDN", "SANCTION", "asserted")
    }


def test_agreeing_to_boost_cooperation_is_a_joint_act(ex: Extractor) -> None:
    """'Kenya and Ethiopia agreed to boost security cooperation': each will cooperate with
    the other; 'visited India and the Philippines in a move to strengthen ties' makes the
    visited no partners of each other."""
    text = "Kenya and Ethiopia agreed to boost security cooperation along their border."
    assert ("KEN", "ETH", "COOPERATE", "hypothetical") in found(ex, text)
    text = "Suga will visit India and the Philippines in a move to strengthen regional ties."
    assert not {s for s in found(ex, text) if s[2] == "COOPERATE"}


def test_sentencing_warrants_and_executions(ex: Extractor) -> None:
    """Sentencing a country's citizen or issuing a warrant for someone's arrest coerces
    them; executing a country's people assaults it."""
    assert found(ex, "Iran sentenced a French citizen to eight years in prison.") == {
        ("IRN", "FRA", "COERCE", "asserted")
    }
    text = "The International Criminal Court issued an arrest warrant for Vladimir Putin."
    assert found(ex, text) == {("ICC", "vladimir-putin", "COERCE", "asserted")}
    assert found(ex, "Saudi Arabia executed two Bahraini men.") == {
        ("SAU", "BHR", "ASSAULT", "asserted")
    }


def test_purpose_and_interest_leave_an_act_undone(ex: Extractor) -> None:
    """'in a bid to boost cooperation', 'voiced interest in making aid conditional': acts
    aimed at or wanted, not yet done."""
    text = "Japan sent envoys in a bid to boost cooperation with India."
    assert found(ex, text) == {("JPN", "IND", "COOPERATE", "hypothetical")}
    text = "The United States has voiced interest in sending military aid to Ukraine."
    assert found(ex, text) == {("USA", "UKR", "AID", "hypothetical")}


def test_delivering_arms_and_training_soldiers_aid_their_side(ex: Extractor) -> None:
    """'delivered Patriot missiles to Ukraine', 'trained Ukrainian soldiers': aid."""
    assert found(ex, "The United States delivered Patriot missiles to Ukraine.") == {
        ("USA", "UKR", "AID", "asserted")
    }
    assert found(ex, "Britain trained Ukrainian soldiers.") == {("GBR", "UKR", "AID", "asserted")}


def test_unowned_ministries_and_departments_take_their_state(ex: Extractor) -> None:
    """'The State Department' is the United States'; 'the Foreign Ministry' in a story about
    China is China's."""
    res = ex.extract("The State Department criticized Turkey.")
    assert next(a for a in res.actors if a.id == "us-state-department").country == "USA"
    res = ex.extract("China warned Japan on Monday. The Foreign Ministry criticized Japan.")
    assert next(a for a in res.actors if a.id == "chn-foreign-ministry").country == "CHN"


def test_a_states_ministry_has_one_id_however_it_is_written(ex: Extractor) -> None:
    """Two states' unowned "Foreign Ministry" never share an id (a store would merge them),
    and the forms one story uses for its own ministry come to one actor."""
    tallinn = ex.extract(
        "TALLINN, Estonia - The Foreign Ministry in Tallinn summoned Russia's envoy."
    )
    athens = ex.extract("ATHENS, Greece - The Foreign Ministry in Athens summoned Turkey's envoy.")
    bodies = [a for r in (tallinn, athens) for a in r.actors if a.kind.value != "country"]
    ids = {(a.id, a.country) for a in bodies}
    assert ids == {("est-foreign-ministry", "EST"), ("grc-foreign-ministry", "GRC")}
    res = ex.extract(
        "Somalia's Ministry of Foreign Affairs condemned Kenya. "
        "Somalia's Foreign Ministry also accused Kenya of piracy."
    )
    bodies = [a for a in res.actors if a.kind.value != "country"]
    assert [a.id for a in bodies] == ["som-foreign-ministry"]
    assert "Ministry of Foreign Affairs of Somalia" in bodies[0].aliases
    assert {s.source for s in res.stances} == {"som-foreign-ministry"}
    defence = ex.extract("The Turkish Defense Ministry accused Greece of provocation.")
    assert [a.id for a in defence.actors if a.kind.value != "country"] == ["tur-defence-ministry"]


def test_viewing_an_act_as_a_threat_and_regretting_it_accuse_its_author(ex: Extractor) -> None:
    """'viewed NATO's expansion as a threat', 'expressed regret over Tokyo's decision'."""
    assert found(ex, "Moscow said it viewed NATO's expansion as a threat.") == {
        ("RUS", "NATO", "ACCUSE", "asserted")
    }
    assert found(ex, "Seoul expressed regret over Tokyo's decision.") == {
        ("KOR", "JPN", "ACCUSE", "asserted")
    }


def test_a_reported_verdict_on_another_side_s_act_accuses_it(ex: Extractor) -> None:
    """'China said Japan's remarks were irresponsible': the blame word after a copula, in
    what the speaker is reported to say, accuses the remarks' owner; 'was not' blames no one."""
    assert found(ex, "China said Japan's remarks were irresponsible.") == {
        ("CHN", "JPN", "ACCUSE", "asserted")
    }
    assert found(ex, "China said Japan's remarks were not irresponsible.") == set()


def test_names_with_particles_owners_and_colleagues_are_people(ex: Extractor) -> None:
    """'former president Omar al-Bashir', 'the Project's Pedro Sepulveda.', 'his colleague
    Chengeto Chidi', 'X, a member of the upper house,': people, each whole."""
    assert found(ex, "Sudan jailed former president Omar al-Bashir.") == {
        ("SDN", "omar-al-bashir", "COERCE", "asserted")
    }
    assert found(ex, "Zimbabwe arrested his colleague Chengeto Chidi.") == {
        ("ZWE", "chengeto-chidi", "COERCE", "asserted")
    }
    text = '"Washington must stop the transfers," said the Refugee Project\'s Pedro Sepulveda.'
    assert ("pedro-sepulveda", "USA", "REQUEST", "asserted") in found(ex, text)
    text = "Ilyas Ali Hassan, a member of the upper house, criticized Kenya."
    assert found(ex, text) == {("ilyas-ali-hassan", "KEN", "ACCUSE", "asserted")}


def test_an_exact_phrase_beats_a_gapped_one_of_as_many_words(ex: Extractor) -> None:
    """'voted against the resolution' is 'vote against' (REJECT), not 'vote * against'."""
    res = ex.extract("The UN drafted a resolution. Russia and China voted against the resolution.")
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("RUS", "UN", "REJECT"),
        ("CHN", "UN", "REJECT"),
    }


def test_a_fronted_place_and_an_appositive_are_no_list_of_subjects(ex: Extractor) -> None:
    """'On a trip to Hanoi, Australia's prime minister, Mark Deane, announced': Deane alone
    announces, so nothing he announces is Vietnam's report."""
    text = (
        "On a trip to Hanoi, Australia's prime minister, Mark Deane, announced new maritime "
        "cooperation."
    )
    assert found(ex, text) == {("mark-deane", "VNM", "CONSULT", "asserted")}


def test_complaints_regions_seas_and_verbs_used_as_nouns(ex: Extractor) -> None:
    """'complained to the UN over Israeli air raids' accuses Israel; 'The Albanians of southern
    Serbia' are the subject, not Serbia; the South China Sea is no China; 'a fight joined by'
    is no fight between the clause's subjects."""
    text = "Lebanon complained to the United Nations over Israeli air raids."
    assert ("LBN", "ISR", "ACCUSE", "asserted") in found(ex, text)
    text = "The Albanians of southern Serbia are demanding autonomy from Serbian authorities."
    assert found(ex, text) == {("ALB", "SRB", "REQUEST", "asserted")}
    assert found(ex, "Vietnam deployed warships near the South China Sea.") == set()
    text = (
        "The Philippines and China have been disputing fishing rights for years, a fight "
        "joined by Vietnam."
    )
    assert {s[2] for s in found(ex, text)} == {"RIVAL"}


def test_an_act_asked_for_is_the_asked_side_s_to_give(ex: Extractor) -> None:
    """'Ukraine asked Germany for more military aid': Germany would aid Ukraine."""
    assert found(ex, "Ukraine asked Germany for more military aid.") == {
        ("UKR", "DEU", "REQUEST", "asserted"),
        ("DEU", "UKR", "AID", "hypothetical"),
    }


def test_an_appositive_with_a_modal_is_a_clause(ex: Extractor) -> None:
    """A run-in subheading ('Trump, Erdogan Ankara will likely be looking to President Donald
    Trump') makes no bare 'Trump' with that clause for a role: later 'Trump' is the
    president."""
    text = (
        "Trump, Erdogan Ankara will likely be looking to President Donald Trump to blunt any "
        "new efforts. Trump blocked the Turkish sale."
    )
    assert ("donald-trump", "TUR", "SANCTION", "asserted") in found(ex, text)


def test_a_body_named_head_first_is_an_organisation(ex: Extractor) -> None:
    """'The Alliance of Democracies' and 'the Department of Veterans Affairs' are bodies of
    their own ('alliance' is no ALLY inside a name); an acronym's spelled-out form in
    parentheses names no new actor."""
    text = "The Alliance of Democracies was sanctioned by Beijing earlier this year."
    assert found(ex, text) == {("CHN", "alliance-of-democracies", "SANCTION", "asserted")}
    result = ex.extract("The Department of Veterans Affairs accused the ACLU of lying.")
    assert "department-of-veterans-affairs" in {a.id for a in result.actors}
    result = ex.extract(
        "The U.S. government, through its INL (Bureau of Narcotics) programs, aids Haiti."
    )
    assert "bureau-of-narcotics" not in {a.id for a in result.actors}


def test_a_negated_factive_verb_leaves_its_clause_asserted(ex: Extractor) -> None:
    """'has not understood that in our treaty ...': the treaty holds; a plain negator still
    negates ('has not signed a defence treaty with')."""
    text = (
        "China has not understood that in the mutual defense treaty between the United States "
        "and the Philippines, the reef is covered."
    )
    assert found(ex, text) == {("USA", "PHL", "ALLY", "asserted")}
    text = "China did not say that the United States and the Philippines signed a defense pact."
    assert {s[3] for s in found(ex, text)} == {"negated"}


def test_an_owned_ally_or_rival_names_its_referent(ex: Extractor) -> None:
    """'its longtime ally Australia', 'India's rival Pakistan', 'Japan, a close U.S. ally,'
    and 'China is America's foremost strategic rival': the owner stands with or against the
    name the noun is said of ("rival" after an owner is the noun, not the verb)."""
    text = "Washington and its longtime ally Australia signed a deal."
    assert ("USA", "AUS", "ALLY", "asserted") in found(ex, text)
    assert found(ex, "India's rival Pakistan tested a missile.") >= {
        ("IND", "PAK", "RIVAL", "asserted")
    }
    assert found(ex, "Japan, a close U.S. ally, protested.") == {("JPN", "USA", "ALLY", "asserted")}
    assert found(ex, "China is America's foremost strategic rival.") == {
        ("USA", "CHN", "RIVAL", "asserted")
    }
    assert found(ex, "China is America's main strategic competitor.") == {
        ("USA", "CHN", "RIVAL", "asserted")
    }


def test_a_bare_name_after_the_is_no_person(ex: Extractor) -> None:
    """'the Southeast Asian states' ('states' is also a speech verb) names no person."""
    text = "Analysts say the Southeast Asian states and Taiwan criticised China."
    assert found(ex, text) == {("TWN", "CHN", "ACCUSE", "asserted")}


def test_a_state_s_legislature_is_a_body_of_its_own(ex: Extractor) -> None:
    """'Pakistan's parliament', 'the Indian parliament': the legislature is an organisation
    of that country, not the state (a government may reject what its parliament backs)."""
    result = ex.extract("The Indian parliament condemned Pakistan.")
    assert {(s.source, s.target) for s in result.stances} == {("ind-parliament", "PAK")}
    assert {a.country for a in result.actors if a.id == "ind-parliament"} == {"IND"}
    result = ex.extract("Pakistan's parliament condemned India.")
    assert {(s.source, s.target) for s in result.stances} == {("pak-parliament", "IND")}


def test_a_leader_s_administration_and_a_resolution_in_congress(ex: Extractor) -> None:
    """'Prime Minister Shehbaz Sharif's administration' is Pakistan; 'the resolution' later
    points back to the body it was passed in ('a recent resolution in the U.S. Congress')."""
    text = (
        "Critics said a recent resolution in the U.S. Congress was unfair. Prime Minister "
        "Shehbaz Sharif's administration promptly rejected the resolution on Wednesday."
    )
    assert ("PAK", "usa-congress", "REJECT", "asserted") in found(ex, text)


def test_words_of_arbitrary_rule_blame_and_judge(ex: Extractor) -> None:
    """'arbitrary', 'a complete disregard', 'authoritarian': quoted blame of the other side's
    act accuses it, and an evaluative verb with one of them judges its object."""
    text = (
        '"The arbitrary shuttling of people between Guantanamo and the U.S. shows a complete '
        'disregard for human dignity," said Pedro Sepulveda, a lawyer with the Project.'
    )
    assert ("pedro-sepulveda", "USA", "ACCUSE", "asserted") in found(ex, text)
    text = "China called the Philippine moves authoritarian."
    assert found(ex, text) == {("CHN", "PHL", "ACCUSE", "asserted")}


def test_the_two_presidents_are_the_two_just_named(ex: Extractor) -> None:
    """'Putin is courting Erdogan. The two presidents are cooperating': the two people of
    the sentence before, not the president the story names most."""
    text = (
        "Turkish President Recep Tayyip Erdogan met President Donald Trump. Trump praised "
        "Erdogan. Trump said Erdogan was a friend. Russian President Vladimir Putin is courting "
        "Erdogan. The two presidents are closely cooperating in Syria."
    )
    got = {(s, t) for s, t, ty, _ in found(ex, text) if ty == "COOPERATE"}
    assert got and got <= {
        ("vladimir-putin", "recep-tayyip-erdogan"),
        ("recep-tayyip-erdogan", "vladimir-putin"),
    }


def test_a_hostile_act_named_as_a_threat_is_threatened(ex: Extractor) -> None:
    """'the threat of new U.S. sanctions': the United States threatens Iran; the sanctions
    stay hypothetical."""
    assert found(ex, "Iran faces the threat of new U.S. sanctions.") == {
        ("USA", "IRN", "SANCTION", "hypothetical"),
        ("USA", "IRN", "THREATEN", "asserted"),
    }


def test_the_president_a_nickname_and_support_withdrawn(ex: Extractor) -> None:
    """'urged the president to': the president the story named; 'Mohamed, known by his
    nickname Farmajo,': later 'Farmajo' is him; 'will no longer recognize Farmajo' rejects
    him (support withdrawn, not a negated support)."""
    text = (
        "Somali President Mohamed Abdullahi Mohamed has signed a measure extending his term. "
        "Ilyas Ali Hassan, a member of the upper house, urged the president to avoid decisions "
        "that harm the country."
    )
    assert ("ilyas-ali-hassan", "mohamed-abdullahi-mohamed", "REQUEST", "asserted") in found(
        ex, text
    )
    text = (
        "Somali President Mohamed Abdullahi Mohamed has signed a measure. Mohamed, known by his "
        "nickname Farmajo, signed it late Tuesday. Ilyas Ali Hassan said he urged Farmajo to "
        "return to talks. The leader of Jubaland said Jubaland will no longer recognize "
        "Farmajo as president."
    )
    got = found(ex, text)
    assert ("ilyas-ali-hassan", "mohamed-abdullahi-mohamed", "REQUEST", "asserted") in got
    assert not any(t == "SUPPORT" for _, _, t, _ in got)
    assert any(
        s != "ilyas-ali-hassan" and t == "mohamed-abdullahi-mohamed" and ty == "REJECT"
        for s, t, ty, _ in got
    )


def test_two_letter_codes_and_counterterror_operations(ex: Extractor) -> None:
    """'IS' in running text is the Islamic State, not Iceland's ISO code (which still
    resolves in a lookup); 'launched an operation to flush out X' is an assault under way;
    'broke up a terrorist cell' coerces it."""
    got = found(ex, "IS militants attacked a Nigerian army base.")
    assert got == {("ISIS", "NGA", "ASSAULT", "asserted")}
    assert Gazetteer.bundled().resolve("IS").id == "ISL"
    text = "Kenya launched an operation to flush out al-Shabab terrorists in 2015."
    assert found(ex, text) == {("KEN", "al-shabab", "ASSAULT", "asserted")}
    text = "Moroccan police broke up a cell of the Islamic State in Rabat."
    assert ("MAR", "ISIS", "COERCE", "asserted") in found(ex, text)


def test_a_group_introduced_by_its_name_is_an_actor(ex: Extractor) -> None:
    """'a rebel group known as the Return, Reclamation, Rehabilitation, or 3R': a group of
    its own, later '3R' and 'the rebel group'; 'a cell calling itself "the Lions of the
    Caliphate in the Maghreb"' likewise."""
    text = (
        "Officials say a rebel group known as the Return, Reclamation, Rehabilitation, or 3R, "
        "has relaunched hostilities in the Central African Republic. Soldiers said 3R rebels "
        "attacked C.A.R. forces. The C.A.R. accuses the rebel group of killing civilians."
    )
    result = ex.extract(text)
    group = next(a for a in result.actors if a.name == "Return, Reclamation, Rehabilitation")
    assert group.kind.value == "group" and group.country == "CAF"
    got = {(s.source, s.target, s.type.value) for s in result.stances}
    assert ("CAF", group.id, "ACCUSE") in got
    assert any(s == group.id and ty == "ASSAULT" for s, _, ty in got)
    text = (
        'Moroccan police broke up a terrorist cell calling itself "the Lions of the Caliphate '
        'in the Maghreb."'
    )
    assert found(ex, text) == {
        ("MAR", "lions-of-the-caliphate-in-the-maghreb", "COERCE", "asserted")
    }


def test_a_text_passed_by_a_body_is_that_body_s(ex: Extractor) -> None:
    """'The IAEA board passed a resolution ... Iran rejected the resolution': Iran rejects
    the board; 'would not recognise the resolution' is a refusal (REJECT), while 'has not
    recognised Kosovo' stays a negated support."""
    text = (
        "The IAEA board passed a resolution finding Iran in breach of its obligations. "
        "Russia said Moscow would not recognise the resolution. Iran rejected the resolution "
        "as politically motivated."
    )
    got = found(ex, text)
    assert ("IRN", "IAEA", "REJECT", "asserted") in got
    assert ("RUS", "IAEA", "REJECT", "asserted") in got
    assert not any(ty == "SUPPORT" for _, _, ty, _ in got)
    text = "Serbia still has not recognised Kosovo, he said."
    assert found(ex, text) == {("SRB", "XKX", "SUPPORT", "negated")}


def test_a_counterpart_named_after_a_comma_is_a_person(ex: Extractor) -> None:
    """'Aiko Tanaka and her South Korean counterpart, Han Seo-yeon, agreed': two people
    agree (the counterpart is a person, not South Korea); 'the two ministers met' are they;
    'His Saudi counterpart ... said the kingdom had eased visa rules': Saudi Arabia."""
    text = (
        "Japan's Foreign Minister Aiko Tanaka and her South Korean counterpart, Han Seo-yeon, "
        "agreed on Thursday to link their radars. The two ministers met in Tokyo."
    )
    got = found(ex, text)
    assert ("aiko-tanaka", "han-seo-yeon", "AGREE", "asserted") in got
    assert ("han-seo-yeon", "aiko-tanaka", "AGREE", "asserted") in got
    assert {(s, t) for s, t, ty, _ in got if ty == "CONSULT"} <= {
        ("aiko-tanaka", "han-seo-yeon"),
        ("han-seo-yeon", "aiko-tanaka"),
    }
    assert any(ty == "CONSULT" for _, _, ty, _ in got)
    text = (
        "Iran's foreign minister met Saudi officials. His Saudi counterpart, Adel al-Mutairi, "
        "said the kingdom had already eased visa rules for Iranian pilgrims."
    )
    assert ("SAU", "IRN", "CONCEDE", "asserted") in found(ex, text)


def test_rulers_named_by_their_seat_are_the_state(ex: Extractor) -> None:
    """'The junta in Niamey', 'the government in Kabul': the state whose seat it is, as
    the clause's actor, not a place."""
    assert found(ex, "The government in Kabul accused Pakistan of air strikes.") >= {
        ("AFG", "PAK", "ACCUSE", "asserted")
    }
    text = (
        "ECOWAS gave its conditions for lifting sanctions. The junta in Niamey rejected the "
        "conditions."
    )
    assert ("NER", "ECOWAS", "REJECT", "asserted") in found(ex, text)


def test_designated_groups_and_agency_names(ex: Extractor) -> None:
    """'Al-Shabab, a U.S.-designated terrorist group,': the United States sanctions it;
    'Somalia's National Intelligence and Security Agency (NISA)' is one body, named without
    its owner and later called NISA."""
    text = "Al-Shabab, a U.S.-designated terrorist group, has fought the Somali government."
    assert ("USA", "al-shabab", "SANCTION", "asserted") in found(ex, text)
    text = (
        "Somalia's National Intelligence and Security Agency (NISA) accused al-Shabab of the "
        "bombing. NISA said al-Shabab attacked the hotel."
    )
    result = ex.extract(text)
    agency = next(a for a in result.actors if a.kind.value == "organization")
    assert agency.name == "National Intelligence and Security Agency"
    assert agency.country == "SOM"
    assert (agency.id, "al-shabab", "ACCUSE") in {
        (s.source, s.target, s.type.value) for s in result.stances
    }


def test_a_branch_named_by_its_region_is_its_own_group(ex: Extractor) -> None:
    """'Islamic State in the Maghreb' is a group of its own, later 'IS Maghreb' (the Sahel's
    branch is in the gazetteer); 'al-Shabab in Somalia' and 'the Houthi movement in Yemen'
    name the group and where it is."""
    text = (
        "Officials said the cell was aligned with Islamic State in the Maghreb. IS Maghreb has "
        "attacked Mali. IS militants attacked Nigeria."
    )
    got = {(s, t, ty) for s, t, ty, _ in found(ex, text)}
    assert ("islamic-state-in-the-maghreb", "MLI", "ASSAULT") in got
    assert ("ISIS", "NGA", "ASSAULT") in got
    assert found(ex, "Al-Shabab in Somalia attacked Kenyan troops.") == {
        ("al-shabab", "KEN", "ASSAULT", "asserted")
    }


def test_a_person_and_other_officials_act_together(ex: Extractor) -> None:
    """'He and other senior U.S. officials held talks with Russian officials': the person
    held the talks too, not only the United States."""
    text = (
        "Secretary of State Marco Rubio arrived on Monday. He and other senior U.S. officials "
        "held talks with Russian officials last month."
    )
    got = found(ex, text)
    assert ("marco-rubio", "RUS", "CONSULT", "asserted") in got
    assert ("USA", "RUS", "CONSULT", "asserted") in got


def test_people_doing_an_act_after_a_noun_are_its_subject(ex: Extractor) -> None:
    """'aiding rebels fighting the president': France aids the rebels (no actor) and the
    rebels, not France, fight him; 'China conducted drills encircling Taiwan' keeps China
    as the drills' author."""
    text = "Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo."
    assert not any(s == "FRA" and ty in ("AID", "ASSAULT") for s, _, ty, _ in found(ex, text))
    text = "China conducted military drills encircling Taiwan."
    assert ("CHN", "TWN", "MOBILIZE", "asserted") in found(ex, text)


def test_months_and_shows_of_resolve_are_no_protests(ex: Extractor) -> None:
    """'In March, ...' is the month; 'to demonstrate their resolve' shows something; a
    crowd that demonstrated against a government still protests."""
    assert found(ex, "In March, Japan accused China of intimidation.") == {
        ("JPN", "CHN", "ACCUSE", "asserted")
    }
    text = "Japan held an exercise with India to demonstrate their resolve against China."
    assert not any(ty == "PROTEST" for _, _, ty, _ in found(ex, text))
    text = "Thousands of Kenyans demonstrated against the Ugandan government."
    assert ("KEN", "UGA", "PROTEST", "asserted") in found(ex, text)


def test_names_with_two_particles(ex: Extractor) -> None:
    """'Ursula von der Leyen': two particles in a row still join the name."""
    assert found(ex, "Ursula von der Leyen criticised China.") == {
        ("ursula-von-der-leyen", "CHN", "ACCUSE", "asserted")
    }


def test_allowing_a_return_is_an_offer_not_a_concession_made(ex: Extractor) -> None:
    """'Iraq said it would allow the return of U.N. weapons inspectors': Iraq offers it to
    the United Nations; the concession itself is only to come (a hypothetical CONCEDE,
    which graphkb does not emit: 0 of 7 right on the development sets)."""
    got = found(ex, "Iraq said it would allow the return of U.N. weapons inspectors.")
    assert ("IRQ", "UN", "AGREE", "asserted") in got
    assert not any(ty == "CONCEDE" for _, _, ty, _ in got)


def test_said_blame_names_whose_act_it_is(ex: Extractor) -> None:
    """What a speaker says with a word of blame accuses the actor it names as the act's
    owner, agent after 'by', or subject: 'coercion by China', 'Russia has violated'."""
    assert ("antony-blinken", "CHN", "ACCUSE", "asserted") in found(
        ex,
        "U.S. Secretary of State Antony Blinken said democracies must stand together in the "
        "face of economic coercion by China.",
    )
    said = "Former U.S. official Richard Armitage said Russia has violated the rules."
    assert found(ex, said) == {("richard-armitage", "RUS", "ACCUSE", "asserted")}
    assert found(ex, "Japan said trade is increasingly being weaponized by Beijing.") == {
        ("JPN", "CHN", "ACCUSE", "asserted")
    }
    # denied blame accuses no one
    assert found(ex, "Japan said Russia has not violated the treaty.") == set()


def test_a_call_for_release_asks_whoever_holds_the_person(ex: Extractor) -> None:
    """'Amnesty called for his release' after 'Cambodian police arrested X': the request is
    to Cambodia, which would free X; dropping charges asks whoever charged them."""
    held = found(
        ex,
        "Cambodian police arrested journalist Mech Dara on Saturday. "
        "Amnesty International called for his release.",
    )
    assert ("AMNESTY", "KHM", "REQUEST", "asserted") in held
    assert ("KHM", "mech-dara", "RETREAT", "hypothetical") in held
    assert not any(s[:3] == ("AMNESTY", "mech-dara", "REQUEST") for s in held)
    charged = found(
        ex,
        "A Guatemalan court charged journalist Jose Ruben Zamora with money laundering. "
        "Reporters Without Borders demanded that the charges be dropped.",
    )
    assert ("reporters-without-borders", "GTM", "REQUEST", "asserted") in charged
    assert ("GTM", "jose-ruben-zamora", "RETREAT", "hypothetical") in charged
    # a request with nothing about freeing anyone keeps its target
    assert ("AMNESTY", "mech-dara", "REQUEST", "asserted") in found(
        ex,
        "Cambodian police arrested journalist Mech Dara on Saturday. "
        "Amnesty International urged him to appeal.",
    )


def test_a_phrase_gap_counts_an_unknown_full_name_as_one_word(ex: Extractor) -> None:
    """'charged journalist Jose Ruben Zamora with': four words in the gap of 'charge * with',
    but the name is one, as a gazetteer name would be."""
    assert found(
        ex, "Guatemalan authorities charged journalist Jose Ruben Zamora with incitement."
    ) == {("GTM", "jose-ruben-zamora", "ACCUSE", "asserted")}


def test_support_from_others_is_theirs_and_no_target_of_the_act(ex: Extractor) -> None:
    """'approved the tariffs with support from France and Italy': France and Italy support
    the EU; they are not what the tariffs hit."""
    assert found(ex, "The EU approved the tariffs with support from France and Italy.") == {
        ("FRA", "EU", "SUPPORT", "asserted"),
        ("ITA", "EU", "SUPPORT", "asserted"),
    }


def test_irregular_forms_of_have_match_its_phrases(ex: Extractor) -> None:
    """'had lunch with' is 'have * lunch with' in the past: 'have' is irregular ('had',
    'has'), not 'haved'."""
    assert found(
        ex, "The Japanese prime minister had lunch with Chinese President Xi Jinping."
    ) == {("JPN", "xi-jinping", "CONSULT", "asserted")}
    forms = load_lexicon().forms("have")
    assert {"had", "has"} <= set(forms) and "haved" not in forms


def test_a_relative_clause_that_carries_out_an_act_names_its_sides(ex: Extractor) -> None:
    """'The sanctions (that) the EU imposed on Russia': the relative clause's subject is
    the agent and its prepositional object the target; a modal leaves it unsaid."""
    assert found(ex, "The sanctions that the EU imposed on Russia remain in force.") == {
        ("EU", "RUS", "SANCTION", "asserted")
    }
    assert found(ex, "The aid the United States provided to Ukraine was crucial.") == {
        ("USA", "UKR", "AID", "asserted")
    }
    assert found(ex, "The sanctions the EU may impose on Russia are severe.") == set()


def test_said_to_be_behind_an_attack_is_accused(ex: Extractor) -> None:
    """'X said Iran was behind the attack', 'Iran was behind the plot, according to the
    United States', 'responsible for the strike': the speaker accuses the culprit; a
    denied culprit or a harmless act accuses no one."""
    assert found(ex, "The U.S. said Iran was behind the attack.") == {
        ("USA", "IRN", "ACCUSE", "asserted")
    }
    assert found(ex, "Kyiv said Russia was responsible for the strike.") == {
        ("UKR", "RUS", "ACCUSE", "asserted")
    }
    assert found(ex, "Iran was behind the plot, according to the United States.") == {
        ("USA", "IRN", "ACCUSE", "asserted")
    }
    assert found(ex, "Russia was not behind the attack, Kyiv said.") == set()
    assert found(ex, "Kyiv said Russia was behind the talks.") == set()


def test_disappointment_at_an_act_accuses_its_owner(ex: Extractor) -> None:
    """'deeply disappointed by Somalia's decision', 'outraged by the Chinese ruling'."""
    assert found(ex, "The United States is deeply disappointed by Somalia's decision.") == {
        ("USA", "SOM", "ACCUSE", "asserted")
    }
    assert found(ex, "Canada was outraged by the Chinese ruling.") == {
        ("CAN", "CHN", "ACCUSE", "asserted")
    }


def test_private_people_act_for_no_state(ex: Extractor) -> None:
    """'Chinese tourists visited Vietnam' is no Chinese visit; as a target ('visa rules for
    Iranian pilgrims') such people still stand for their country."""
    assert found(ex, "More than 2.8 million Chinese tourists visited Vietnam last year.") == set()
    assert found(ex, "Saudi Arabia eased visa rules for Iranian pilgrims.") == {
        ("SAU", "IRN", "CONCEDE", "asserted")
    }


def test_a_subject_is_not_looked_for_past_that_after_a_verb(ex: Extractor) -> None:
    """'The General Statistics Office's data show that millions of tourists visited Vietnam':
    the tourists visited, not the office."""
    text = "The National Tourism Office said that thousands of tourists visited Vietnam."
    assert not any(s[2] == "CONSULT" for s in found(ex, text))


def test_traded_accusations_go_both_ways(ex: Extractor) -> None:
    """'India and Pakistan traded accusations', 'traded accusations with Pakistan': each
    accuses the other; a 'trade war' is no exchange."""
    both = {("IND", "PAK", "ACCUSE", "asserted"), ("PAK", "IND", "ACCUSE", "asserted")}
    assert found(ex, "India and Pakistan traded accusations after the attack.") == both
    assert found(ex, "India traded bitter accusations with Pakistan on Monday.") == both
    war = found(ex, "The United States escalated its trade war with Canada on Tuesday.")
    assert not any(s[0] == "CAN" for s in war)


def test_a_verb_form_after_an_owner_is_a_noun(ex: Extractor) -> None:
    """'its supply boats', 'their arms': no act of supplying or arming."""
    text = "The Philippines protested to China over water cannon fired at its supply boats."
    assert not any(s[2] == "AID" for s in found(ex, text))


def test_an_answer_to_another_side_is_aimed_at_it(ex: Extractor) -> None:
    """'lodged a protest after Chinese ships entered its waters', 'sanctions on three firms
    over Washington's arms sales': a hostile act with no target named is aimed at whoever
    did what it answers."""
    assert ("JPN", "CHN", "ACCUSE", "asserted") in found(
        ex, "Japan lodged a strong protest after Chinese warships entered its territorial waters."
    )
    assert ("JPN", "chn-coast-guard", "ACCUSE", "asserted") in found(
        ex,
        "Japan lodged a strong protest after Chinese coast guard ships entered its "
        "territorial waters.",
    )
    assert ("CHN", "USA", "SANCTION", "asserted") in found(
        ex, "China imposed sanctions on three firms over Washington's arms sales to Taiwan."
    )
    protested = found(ex, "Russia protested after Finland joined NATO.")
    assert {(s[0], s[1]) for s in protested} == {("RUS", "FIN")}


def test_a_short_owned_body_name_keeps_its_owner(ex: Extractor) -> None:
    """'Chile's Foreign Ministry' is no name without 'Chile's'; a long, distinctive one
    ('Somalia's National Intelligence and Security Agency') stands alone."""
    res = ex.extract("Chile's Foreign Ministry criticised Peru.", document_id="t")
    names = {a.name for a in res.actors}
    assert "Chile's Foreign Ministry" in names
    res = ex.extract(
        "Somalia's National Intelligence and Security Agency accused al-Shabab of the attack.",
        document_id="t",
    )
    assert "National Intelligence and Security Agency" in {a.name for a in res.actors}


def test_ordering_a_diplomat_out_is_an_expulsion(ex: Extractor) -> None:
    """'ordered Rwanda's charge d'affaires to leave the country' and 'declared an Indian
    diplomat persona non grata' are sanctions (expelled diplomats); an owner and its 's
    count as one word of the phrase's gap."""
    assert found(
        ex, "Kenya on Tuesday ordered Rwanda's chargé d'affaires to leave the country."
    ) == {("KEN", "RWA", "SANCTION", "asserted")}
    assert found(ex, "Bangladesh declared an Indian diplomat persona non grata.") == {
        ("BGD", "IND", "SANCTION", "asserted")
    }


def test_a_title_with_a_ministry_word_is_no_part_of_the_name(ex: Extractor) -> None:
    """'Japanese Chief Cabinet Secretary Hiroshi Tanabe', 'Chinese Commerce Minister Wu
    Liqun': the person is 'Hiroshi Tanabe', 'Wu Liqun'."""
    res = ex.extract(
        "Japanese Chief Cabinet Secretary Hiroshi Tanabe criticised China. Chinese Commerce "
        "Minister Wu Liqun criticised Japan.",
        document_id="t",
    )
    assert {"hiroshi-tanabe", "wu-liqun"} <= {a.id for a in res.actors}


def test_stopping_aid_or_cooperation_is_a_sanction(ex: Extractor) -> None:
    """'Gazprom stopped supplying gas to Transnistria', 'halted military aid to Ukraine',
    'ended its cooperation with France' reduce relations."""
    assert found(ex, "The United States halted military aid to Ukraine.") == {
        ("USA", "UKR", "SANCTION", "asserted")
    }
    assert found(ex, "Mali ended its cooperation with France.") == {
        ("MLI", "FRA", "SANCTION", "asserted")
    }
    assert found(ex, "The United States sent military aid to Ukraine.") == {
        ("USA", "UKR", "AID", "asserted")
    }


def test_a_partner_alongside_shares_the_act(ex: Extractor) -> None:
    """'attacked X alongside Russian mercenaries': the partner attacks X too and works with
    the agent; it is never the target."""
    assert found(
        ex,
        "The Malian army attacked Azawad Liberation Front positions alongside Russian mercenaries.",
    ) == {
        ("MLI", "FLA", "ASSAULT", "asserted"),
        ("RUS", "FLA", "ASSAULT", "asserted"),
        ("MLI", "RUS", "COOPERATE", "asserted"),
    }


def test_a_name_two_countries_share_is_the_one_the_story_named(ex: Extractor) -> None:
    """'Congo' and 'Congolese' name two countries; after 'Kinshasa' or 'the Democratic
    Republic of Congo' they are that one. Armed groups such as the M23 are actors."""
    text = (
        "KINSHASA, Congo — The Democratic Republic of Congo expelled Rwanda's envoy. "
        "Fighting between the M23 and Congolese forces has displaced thousands."
    )
    assert {("M23", "COD", "ASSAULT", "asserted"), ("COD", "M23", "ASSAULT", "asserted")} <= (
        found(ex, text)
    )
    assert found(ex, "Congo expelled Rwanda's envoy.") == set()  # which Congo: unsaid


def test_a_relative_object_after_aim_at_is_the_target(ex: Extractor) -> None:
    """'took aim at Washington, which Liu accused of ...': Liu accuses Washington ('at' is
    no place here)."""
    text = "Beijing also took aim at Washington, which Liu Zhenyu accused of emboldening Manila."
    # Liu's own charge, which the writer states (past the comma, not Beijing's report)
    assert ("liu-zhenyu", "USA", "ACCUSE", "asserted") in found(ex, text)


def test_a_warning_of_retaliation_is_aimed_at_the_attacker(ex: Extractor) -> None:
    """'accused Armenian forces of firing on its positions and warned that it would respond':
    a threat against the side the same sentence says attacked."""
    assert ("AZE", "ARM", "THREATEN", "asserted") in found(
        ex,
        "Azerbaijan accused Armenian forces of firing on its positions and warned that it would "
        "respond with all necessary means.",
    )


def test_a_group_holding_someone_is_asked_to_free_them(ex: Extractor) -> None:
    """A breakaway authority or armed group holds people for itself, not for the state it
    sits in: the call for release goes to it."""
    held = found(
        ex,
        "Transnistria detained reporter Dorin Sarbu on Wednesday. The EU called for Sarbu's "
        "release.",
    )
    assert ("EU", "TRANSNISTRIA", "REQUEST", "asserted") in held
    assert ("TRANSNISTRIA", "dorin-sarbu", "RETREAT", "hypothetical") in held


def test_an_offer_to_host_talks_between_two_sides_is_made_to_both(ex: Extractor) -> None:
    """'Georgia offered on Tuesday to host emergency talks between Armenia and Azerbaijan':
    an offer (AGREE) to each party, past the time words, and a planned meeting of the two,
    not of the host with them. One who 'has hosted talks between' two consulted each."""
    assert found(
        ex, "Georgia offered on Tuesday to host emergency talks between Armenia and Azerbaijan."
    ) == {
        ("GEO", "ARM", "AGREE", "asserted"),
        ("GEO", "AZE", "AGREE", "asserted"),
        ("ARM", "AZE", "CONSULT", "hypothetical"),
    }
    hosted = found(ex, "Qatar has hosted talks between Kinshasa and the M23 since last year.")
    assert ("QAT", "COD", "CONSULT", "asserted") in hosted


def test_calling_an_act_an_abduction_or_retaliation_accuses_its_agent(ex: Extractor) -> None:
    """'Belgrade called the arrest an abduction', 'Manila called the move retaliation': the
    act's agent is accused."""
    assert ("SRB", "XKX", "ACCUSE", "asserted") in found(
        ex,
        "Kosovo police arrested Dragan Milosavljevic on Friday. Belgrade called the arrest an "
        "abduction.",
    )
    assert ("PHL", "CHN", "ACCUSE", "asserted") in found(
        ex, "China imposed duties on the Philippines. Manila called the move retaliation."
    )


def test_barring_imports_sanctions_the_exporter(ex: Extractor) -> None:
    """'barred imports of garments, food and plastic goods from Bangladesh', 'imports of
    goods made in Serbia', 'imports of Moldovan wine': the exporting country is hit."""
    assert found(
        ex,
        "India barred imports of ready-made garments, processed food and plastic goods from "
        "Bangladesh.",
    ) == {("IND", "BGD", "SANCTION", "asserted")}
    assert found(ex, "Kosovo has also barred imports of goods made in Serbia since 2023.") == {
        ("XKX", "SRB", "SANCTION", "asserted")
    }
    assert found(ex, "The EU will restrict imports of steel.") == set()


def test_expelling_a_consul_is_a_sanction(ex: Extractor) -> None:
    """'expelled the Belarusian consul': a diplomat expelled, not a person coerced."""
    assert found(ex, "Poland expelled the Belarusian consul.") == {
        ("POL", "BLR", "SANCTION", "asserted")
    }


def test_a_denial_negates_the_act_the_denier_was_said_to_do(ex: Extractor) -> None:
    """'Azerbaijan accused Armenia of firing on its positions. Armenia denied that Armenian
    troops had fired a single shot': the alleged assault, negated, beside the rejection; a
    denial that names its own act ('denied sending drones to Russia') adds nothing."""
    text = (
        "Azerbaijan accused Armenia of firing on its positions. Armenia denied that Armenian "
        "troops had fired a single shot."
    )
    assert {
        ("ARM", "AZE", "REJECT", "asserted"),
        ("ARM", "AZE", "ASSAULT", "negated"),
    } <= found(ex, text)
    own = "Israel accused Iran of attacking its ships. Iran denied sending drones to Russia."
    assert ("IRN", "ISR", "ASSAULT", "negated") not in found(ex, own)


def test_an_offer_to_share_with_another_is_made_to_it(ex: Extractor) -> None:
    """'offered to share its own radar tracks with Warsaw': the offer goes to Poland, not to
    Ukraine itself through 'its'; standing in solidarity with someone supports them."""
    assert found(ex, "Ukraine offered to share its own radar tracks with Warsaw.") == {
        ("UKR", "POL", "AGREE", "asserted")
    }
    assert ("NATO", "POL", "SUPPORT", "asserted") in found(
        ex, "NATO allies stood in full solidarity with Poland, the alliance said."
    )


def test_talks_someone_travels_for_are_still_to_come(ex: Extractor) -> None:
    """'Rubio in Saudi Arabia for US-Ukraine talks': the talks are planned (hypothetical)."""
    assert found(ex, "Rubio in Saudi Arabia for US-Ukraine talks") == {
        ("USA", "UKR", "CONSULT", "hypothetical")
    }


def test_both_parties_after_a_government_and_a_group(ex: Extractor) -> None:
    """'Talks between Yemen's government and the Houthis ... urged both parties': the two
    joined by 'and', not the host city named after them."""
    found_ = found(
        ex,
        "Talks between Yemen's government and the Houthis opened in Muscat. U.N. envoy Katrin "
        "Aaltonen urged both parties to show flexibility.",
    )
    assert {s[1] for s in found_ if s[0] == "katrin-aaltonen"} == {"YEM", "HOUTHIS"}


def test_an_agreement_for_a_loan_is_aid_from_the_other_party(ex: Extractor) -> None:
    """'signed an agreement with Beijing for a $1.3 billion loan': China lends to
    Bangladesh; an agreement for closer ties is no aid."""
    assert ("CHN", "BGD", "AID", "asserted") in found(
        ex, "Officials in Dhaka signed an agreement with Beijing for a $1.3 billion loan."
    )
    ties = found(ex, "Japan and India signed an agreement for closer defence ties.")
    assert not any(s[2] == "AID" for s in ties)


def test_encouraging_someone_to_act_is_a_request(ex: Extractor) -> None:
    """'Washington encouraged Kyiv to resume talks': a request, not support."""
    encouraged = found(ex, "Washington encouraged Kyiv to resume talks.")
    assert ("USA", "UKR", "REQUEST", "asserted") in encouraged
    assert not any(s[2] == "SUPPORT" for s in encouraged)


def test_a_claim_said_to_be_baseless_rejects_its_owner(ex: Extractor) -> None:
    """'Pakistan said India's claims were false': a rejection of India, not an accusation."""
    assert found(ex, "Pakistan said India's claims were false.") == {
        ("PAK", "IND", "REJECT", "asserted")
    }


def test_a_charge_called_a_lie_rejects_whoever_made_it(ex: Extractor) -> None:
    """ "called that claim absurd", "called the report 'staged propaganda'": the side
    answered rejects its accuser; a charge called credible does not."""
    accused = "Ghana accused Ivory Coast of dumping cocoa. "
    for verdict in (
        "Ivory Coast called that claim absurd.",
        'Ivory Coast called the charge "a shameless lie."',
        'Ivory Coast called these accusations "pure propaganda."',
    ):
        assert ("CIV", "GHA", "REJECT", "asserted") in found(ex, accused + verdict)
    credible = found(ex, accused + "Ivory Coast called the charge credible.")
    assert not [s for s in credible if s[2] == "REJECT"]
    # a charge named by its deed ("the charges of espionage") is still the charge judged
    spied = "Russia accused Ukraine of spying. "
    got = found(ex, spied + 'Ukraine called the charges of espionage "pure fabrication."')
    assert ("UKR", "RUS", "REJECT", "asserted") in got


def test_a_deed_named_by_its_noun_is_the_one_told_however_far_back(ex: Extractor) -> None:
    """ "Russia detained four Finnish workers ... [other deeds] ... called the detentions
    arbitrary": whoever did the detaining, not the last side to take any coercive step."""
    story = (
        "Russia detained four Finnish lock workers on Tuesday. Finland said the men had done "
        "nothing wrong. Helsinki closed two border crossings to Russian trucks. Moscow called "
        "the closure hostile. Finland seized a Russian cargo ship on Wednesday. In Brussels, "
        'EU spokesperson Marco Ferrante called the detentions "arbitrary."'
    )
    got = found(ex, story)
    assert ("marco-ferrante", "RUS", "ACCUSE", "asserted") in got
    assert ("marco-ferrante", "FIN", "ACCUSE", "asserted") not in got


def test_halting_its_own_strikes_retreats_toward_the_side_struck(ex: Extractor) -> None:
    """ "urged Turkey to halt the strikes": Turkey's strikes, so the retreat is toward the
    side they hit, not toward the one asking."""
    got = found(
        ex,
        "Turkish jets struck Kurdish positions in northern Iraq on Monday. Baghdad condemned "
        "the raids. The United States urged Turkey to halt the strikes.",
    )
    assert ("USA", "TUR", "REQUEST", "asserted") in got
    assert ("TUR", "IRQ", "RETREAT", "hypothetical") in got
    assert ("TUR", "USA", "RETREAT", "hypothetical") not in got


def test_a_city_where_a_body_sits_is_not_what_which_refers_to(ex: Extractor) -> None:
    """ "the ICC prosecutor in The Hague, which has been investigating Venezuela": the
    Netherlands investigates no one; a city named as the subject of "which" still is."""
    got = found(
        ex,
        "Argentina sent a file to the ICC prosecutor in The Hague, which has been "
        "investigating Venezuela since 2021.",
    )
    assert not [s for s in got if s[0] == "NLD"]
    got = found(ex, "The talks stalled over Moscow, which has accused Kyiv of sabotage.")
    assert ("RUS", "UKR", "ACCUSE", "asserted") in got


def test_a_state_regarded_as_a_rival_is_a_rival(ex: Extractor) -> None:
    """ "regarded Iran as their main regional rival", "regards China as a systemic rival"."""
    got = found(ex, "Bahrain's rulers have long regarded Iran as their main regional rival.")
    assert ("BHR", "IRN", "RIVAL", "asserted") in got
    assert ("EU", "CHN", "RIVAL", "asserted") in found(
        ex, "The EU regards China as a systemic rival."
    )
    assert not [s for s in found(ex, "The EU regards China as a partner.") if s[2] == "RIVAL"]


def test_friends_in_a_capital_are_its_state(ex: Extractor) -> None:
    """ "stands by its friends in Baku", "asked its friends in Vientiane to stop": the state
    whose capital it is; not friends in a place that is no capital's metonym."""
    assert ("ISR", "AZE", "SUPPORT", "asserted") in found(
        ex, "Israel said it stands by its friends in Baku."
    )
    got = found(ex, "Cambodia said it had asked its friends in Vientiane to stop the bulldozers.")
    assert ("KHM", "LAO", "REQUEST", "asserted") in got


def test_what_a_speaker_called_pressure_from_a_state_accuses_it(ex: Extractor) -> None:
    """'criticized what she called "protectionist pressure" from Brasilia': from whom."""
    got = found(
        ex,
        "Argentina's trade minister Carla Whitmore criticized what she called "
        '"protectionist pressure" from Brasilia.',
    )
    assert ("carla-whitmore", "BRA", "ACCUSE", "asserted") in got


def test_an_office_ordered_closed_sanctions_its_owner(ex: Extractor) -> None:
    """ "ordered the Polish consulate in Grodno closed", "ordered the Baku office of Russia's
    state-run Sputnik news agency closed": however long the phrase for what is shut."""
    got = found(ex, "Belarus ordered the Polish consulate in Grodno closed.")
    assert ("BLR", "POL", "SANCTION", "asserted") in got
    got = found(
        ex,
        "Azerbaijan on Monday ordered the Baku office of Russia's state-run Sputnik news "
        "agency closed.",
    )
    assert ("AZE", "RUS", "SANCTION", "asserted") in got


def test_an_office_named_by_its_city_is_its_owners(ex: Extractor) -> None:
    """ "raided the Baku bureau of the Russian news agency TASS": the agency's bureau, not
    Azerbaijan's."""
    got = found(
        ex,
        "BAKU, Azerbaijan — Azerbaijan seized a Russian ship. Officers raided the Baku bureau "
        "of the Russian state news agency TASS before dawn.",
    )
    assert ("AZE", "TASS", "COERCE", "asserted") in got


def test_a_demand_never_told_as_one_is_the_adversarys(ex: Extractor) -> None:
    """ "rejected the demand for an apology", where Turkey only said it would keep contacts
    frozen until the Dutch apologise: the side acting against the rejecter's."""
    got = found(
        ex,
        "Turkey expelled the Dutch ambassador on Sunday and suspended contacts with The Hague "
        '"until the Dutch government apologises." Dutch Foreign Minister Marieke van Doorn '
        "rejected the demand for an apology.",
    )
    assert ("marieke-van-doorn", "TUR", "REJECT", "asserted") in got


def test_a_side_that_will_not_yield_rejects_whoever_pressed_it(ex: Extractor) -> None:
    """'would "not bow to blackmail"', "will not be intimidated", "cannot be bought": a
    rejection of the side that threatened or pressed it; not "will not bow out" of a race
    with no one pressing, nor a yielding that is only hoped for."""
    threat = "Ivory Coast threatened Mali with sanctions. "
    assert ("MLI", "CIV", "REJECT", "asserted") in found(
        ex, threat + 'Mali said it would "not bow to blackmail."'
    )
    warned = "China warned Lithuania of consequences. "
    for words in ("Lithuania will not be intimidated.", "Lithuania said it cannot be bought."):
        assert ("LTU", "CHN", "REJECT", "asserted") in found(ex, warned + words)
    assert not [s for s in found(ex, "Lithuania will not be intimidated.") if s[2] == "REJECT"]
    assert ("LTU", "CHN", "REJECT", "asserted") in found(
        ex, warned + "Lithuania will not back down."
    )
    backed = found(ex, warned + "Lithuania would not back the plan.")
    assert ("LTU", "CHN", "REJECT", "asserted") not in backed
    assert not [
        s for s in found(ex, warned + "Lithuania hoped China would bow.") if s[2] == "REJECT"
    ]


def test_a_right_granted_to_another_side_backs_it(ex: Extractor) -> None:
    """ "said Budapest had every right to defend its kin": the speaker backs Hungary; a
    state's own rights ("Iran had every right to respond", said by Iran's spokesman) and
    "nobody has the right" back no one."""
    got = found(
        ex,
        "Slovakia's prime minister, Juraj Kovacik, said Budapest had every right to defend "
        "its kin abroad.",
    )
    assert ("juraj-kovacik", "HUN", "SUPPORT", "asserted") in got
    own = found(ex, "Iranian spokesman Ali Karimpour said Iran had every right to respond.")
    assert not [s for s in own if s[2] == "SUPPORT"]
    nobody = found(
        ex, "Georgian minister Tamar Lomidze said nobody had the right to attack Georgia."
    )
    assert not [s for s in nobody if s[2] == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (  # a spokesman reporting another state's welcome stays his own state's
            "The United States announced a new military aid package for Ukraine on Monday. "
            "Spokesman Tom Harris said Kyiv welcomed the package.",
            None,
            ("tom-harris", "USA", "SUPPORT", "asserted"),
        ),
        (  # a ministry named before a comma is a place, not the title
            "Iran launched missiles at Israel overnight. Speaking at the ministry, NATO "
            "spokeswoman Claire Dubois condemned Iran's attack.",
            ("claire-dubois", "IRN", "ACCUSE", "asserted"),
            None,
        ),
        (  # a state's own court in a city
            "A court in Moscow, which has jailed several foreign reporters, sentenced American "
            "journalist Evan Gershkovich to 16 years on Friday.",
            ("RUS", "evan-gershkovich", "COERCE", "asserted"),
            None,
        ),
        (
            "Iran's foreign ministry summoned the British ambassador over the ruling of a court "
            "in London, which froze Iranian assets.",
            ("GBR", "IRN", "SANCTION", "asserted"),
            None,
        ),
        (  # the latest seizure, though it was of no one named
            "China seized a Philippine fishing boat in March. The Philippines protested. On "
            "Tuesday, Iran seized an oil tanker in the Gulf of Oman. Britain called the seizure "
            "illegal.",
            ("GBR", "IRN", "ACCUSE", "asserted"),
            ("GBR", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "China banned imports of Japanese seafood in 2023. Japan called the move "
            "unjustified. On Monday, the Taliban banned women from attending medical courses. "
            "The United Nations called the ban a violation of women's rights.",
            ("UN", "TALIBAN", "ACCUSE", "asserted"),
            ("UN", "CHN", "ACCUSE", "asserted"),
        ),
        (  # the urged side's own strikes, not the latest striker's
            "Turkey struck Kurdish fighters in northern Syria on Monday. Syria's government "
            "condemned the operation. On Tuesday, Israel struck Iranian-backed militias near "
            "Damascus. Russia urged Turkey to halt the strikes.",
            ("TUR", "SYR", "RETREAT", "hypothetical"),
            ("TUR", "ISR", "RETREAT", "hypothetical"),
        ),
        (  # "all three" alone: three people, not the three states named most
            "China's coast guard fired water cannon at a Philippine supply boat on Sunday. The "
            "Philippines summoned China's ambassador. The United States said China's actions "
            "were dangerous. Washington reaffirmed its treaty with the Philippines. VOA spoke to "
            "three regional analysts. All three have warned that Beijing will keep testing "
            "Manila.",
            None,
            ("USA", "CHN", "THREATEN", "asserted"),
        ),
        (  # a claim's own content holds no verdict on it
            "Lithuania accused Russia of running a disinformation campaign against NATO. Poland "
            "called the accusation that Moscow spreads disinformation in the Baltics well "
            "founded.",
            None,
            ("POL", "LTU", "REJECT", "asserted"),
        ),
    ],
)
def test_rules_after_the_twenty_seventh_days_review(
    ex: Extractor,
    text: str,
    present: tuple[str, str, str, str] | None,
    absent: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the day's rules misfired (found by the day's review with
    adversarial probes): officials' homes read from what they report of others, a place
    before a title, a state's own court in its capital, deeds on no one named and the asked
    side's own deeds, "all three" people, a claim's own words."""
    got = found(ex, text)
    if present is not None:
        assert present in got
    if absent is not None:
        assert absent not in got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (  # a deed told with a noun or a phrase is the latest of its kind
            "Israel struck Iranian air defenses in October. On Saturday, the United States "
            "launched airstrikes on Houthi targets in Yemen. Iran condemned the strikes as a "
            "violation of Yemen's sovereignty.",
            ("IRN", "USA", "ACCUSE", "asserted"),
            ("IRN", "ISR", "ACCUSE", "asserted"),
        ),
        (
            "China expelled a Lithuanian diplomat in 2021. On Monday, Lithuania ordered the "
            "expulsion of two Chinese diplomats. Beijing condemned the expulsion.",
            ("CHN", "LTU", "ACCUSE", "asserted"),
            None,
        ),
        (
            "Pakistan struck militant hideouts in Afghanistan in March. In December, Pakistani "
            "jets carried out strikes in Iran's Sistan province. Tehran urged Islamabad to halt "
            "the strikes.",
            ("PAK", "IRN", "RETREAT", "hypothetical"),
            ("PAK", "AFG", "RETREAT", "hypothetical"),
        ),
        (  # a right denied or mocked is no backing
            "China's foreign ministry said it was a lie that Taiwan had the right to "
            "self-determination.",
            None,
            ("chn-foreign-ministry", "TWN", "SUPPORT", "asserted"),
        ),
        (
            "Moscow said Kyiv had the right to surrender at any time.",
            None,
            ("RUS", "UKR", "SUPPORT", "asserted"),
        ),
        (  # a domestic proposal is no adversary's
            "China staged large-scale military drills around Taiwan last week. Taiwan's "
            "legislature rejected the proposal to raise the defense budget.",
            None,
            ("TWN", "CHN", "REJECT", "asserted"),
        ),
        (  # people coming from a state are no act of it
            'Lebanon\'s president criticized what he called "uncontrolled migration" from Syria.',
            None,
            ("LBN", "SYR", "ACCUSE", "asserted"),
        ),
        (  # no rival: a partner, not an adversary; a former rival; rival claims
            "Seoul regards Tokyo as a partner, not an adversary, South Korea's foreign minister "
            "said on Tuesday.",
            None,
            ("KOR", "JPN", "RIVAL", "asserted"),
        ),
        (
            "Ankara described Athens's rival claims to the gas fields as illegal.",
            ("TUR", "GRC", "ACCUSE", "asserted"),
            ("TUR", "GRC", "RIVAL", "asserted"),
        ),
        (  # a side reassured is no side refusing
            "China's defense ministry said Vietnam would not be threatened by the new Chinese "
            "naval base.",
            None,
            ("VNM", "CHN", "REJECT", "asserted"),
        ),
        (  # the presser named after "from"
            "Russia threatened Moldova with gas cuts in January. In March, Moldova said it "
            "would not yield to pressure from the European Union to ban Russian-language media.",
            ("MDA", "EU", "REJECT", "asserted"),
            ("MDA", "RUS", "REJECT", "asserted"),
        ),
        (  # a case ordered closed is no sanction
            "A Moscow court ordered the criminal case against the American journalist closed "
            "for lack of evidence.",
            None,
            ("RUS", "USA", "SANCTION", "asserted"),
        ),
    ],
)
def test_rules_after_the_twenty_seventh_days_second_review(
    ex: Extractor,
    text: str,
    present: tuple[str, str, str, str] | None,
    absent: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the day's later rules misfired (the second review): deeds told with
    nouns, rights denied or mocked, domestic proposals, migration "from" a state, rival words
    negated or adjectival, reassurance, a presser named after "from", closed cases."""
    got = found(ex, text)
    if present is not None:
        assert present in got
    if absent is not None:
        assert absent not in got


def test_being_in_talks_with_someone_is_consulting_them(ex: Extractor) -> None:
    """'Pakistan is in discussions with the IMF', 'Russia is in talks with Iran'."""
    assert found(ex, "Russia is in talks with Iran.") == {("RUS", "IRN", "CONSULT", "asserted")}
    assert ("PAK", "IMF", "CONSULT", "asserted") in found(
        ex, "Pakistan's government is in discussions with the International Monetary Fund."
    )


def test_a_government_named_by_its_owner_coordinates_as_a_subject(ex: Extractor) -> None:
    """'Yemen's government and the Houthis held talks': both sides met."""
    assert found(ex, "Yemen's government and the Houthis held talks in Muscat.") == {
        ("YEM", "HOUTHIS", "CONSULT", "asserted")
    }


def test_remarks_by_someone_are_a_noun_not_a_report(ex: Extractor) -> None:
    """'citing hostile remarks by Paris': no report by France, so the expulsion stays Mali's
    own act, asserted."""
    assert found(ex, "Mali expelled the French ambassador, citing hostile remarks by Paris.") == {
        ("MLI", "FRA", "SANCTION", "asserted")
    }


def test_a_sanction_for_a_deed_accuses_whoever_is_punished(ex: Extractor) -> None:
    """'sanctioned by the EU for undermining democracy': the EU also accuses him; an arrest
    'for taking photos' accuses no one, and sanctions 'for two years' are no deed."""
    assert ("EU", "USA", "ACCUSE", "asserted") in found(
        ex, "The European Union sanctioned Washington for undermining the deal."
    )
    assert ("FRA", "IRN", "ACCUSE", "asserted") in found(
        ex, "France imposed sanctions on Iran for its role in the attacks."
    )
    assert not any(
        s[2] == "ACCUSE" for s in found(ex, "France imposed sanctions on Iran for two years.")
    )


def test_a_participle_after_a_comma_shares_the_clause_subject(ex: Extractor) -> None:
    """'Poland ordered the Belarusian consul to leave, accusing Russia and Belarus of ...':
    Poland accuses both, not the consul's country."""
    accused = found(
        ex,
        "Poland ordered the Belarusian consul to leave the country, accusing Russia and "
        "Belarus of staging a provocation.",
    )
    assert {("POL", "RUS", "ACCUSE", "asserted"), ("POL", "BLR", "ACCUSE", "asserted")} <= accused
    assert not any(s[0] == "BLR" for s in accused)


def test_a_clause_after_a_name_is_no_role_appositive(ex: Extractor) -> None:
    """'Australia's prime minister, Mark Deane, met Vietnam's leader': 'met Vietnam's
    leader' is what he did, not a second title that swallows the meeting."""
    assert found(ex, "Australia's prime minister, Mark Deane, met Vietnam's leader.") == {
        ("mark-deane", "VNM", "CONSULT", "asserted")
    }
    assert found(ex, "Mark Deane, head of Australia's navy, criticised Vietnam.") == {
        ("mark-deane", "VNM", "ACCUSE", "asserted")
    }


def test_an_evaluation_does_not_swallow_a_coordinated_verb(ex: Extractor) -> None:
    """'called the measure "clearly retaliatory" and demanded that Beijing withdraw it': the
    demand after 'and' is a stance of its own."""
    assert ("hiroshi-tanabe", "CHN", "REQUEST", "asserted") in found(
        ex,
        'Hiroshi Tanabe called the measure "clearly retaliatory" and demanded that Beijing '
        "withdraw it.",
    )


def test_actors_said_to_be_allies_or_rivals_stand_with_each_other(ex: Extractor) -> None:
    """'France and Germany are close allies', 'the two neighbours have been bitter rivals':
    a standing between the copula's joint subjects, past the adjectives."""
    assert found(ex, "France and Germany are close allies.") == {("FRA", "DEU", "ALLY", "asserted")}
    assert ("RWA", "COD", "RIVAL", "asserted") in found(
        ex,
        "The DRC expelled Rwanda's envoy. The two neighbors have been bitter rivals since the "
        "late 1990s.",
    )
    assert ("FRA", "UKR", "ALLY", "asserted") in found(
        ex, "France and Germany are allies of Ukraine."
    )


def test_a_preposition_repeated_before_each_member_keeps_the_list(ex: Extractor) -> None:
    """'spoke with Rios and with her Chilean counterpart', 'sanctions on Russia and on
    Belarus': both members are objects."""
    assert found(ex, "The EU imposed sanctions on Russia and on Belarus.") == {
        ("EU", "RUS", "SANCTION", "asserted"),
        ("EU", "BLR", "SANCTION", "asserted"),
    }
    assert ("heitor-vasconcellos", "isabel-fuenzalida", "CONSULT", "asserted") in found(
        ex,
        "Brazilian Foreign Minister Heitor Vasconcellos spoke by telephone on Tuesday with "
        "Peruvian Foreign Minister Claudia Rios and with her Chilean counterpart, Isabel "
        "Fuenzalida.",
    )


def test_measures_to_be_lifted_were_imposed(ex: Extractor) -> None:
    """'lift the sanctions it imposed on Moscow': the lifting is planned, the sanctions are
    in force (asserted), whoever is hinting at lifting them."""
    lifted = found(ex, "Washington may lift the sanctions it imposed on Moscow.")
    assert lifted == {
        ("USA", "RUS", "RETREAT", "hypothetical"),
        ("USA", "RUS", "SANCTION", "asserted"),
    }
    assert ("USA", "RUS", "SANCTION", "asserted") in found(
        ex, "Some officials are hinting at lifting the sanctions Washington has imposed on Moscow."
    )


def test_people_held_by_someone_are_coerced_by_them(ex: Extractor) -> None:
    """'Saudi soldiers held by the Houthis', 'fishermen who have been held by Iran': the
    holder coerces their country; 'positions held by the army' holds no one."""
    assert found(ex, "The deal covers several Saudi soldiers held by the Houthis.") == {
        ("HOUTHIS", "SAU", "COERCE", "asserted")
    }
    assert ("IRN", "SAU", "COERCE", "asserted") in found(
        ex, "Iran will release eight Saudi fishermen who have been held by Iran since March."
    )
    assert not found(
        ex, "Forces loyal to the government advanced on positions held by the Libyan National Army."
    )


def test_rejecting_the_claims_answers_whoever_made_them(ex: Extractor) -> None:
    """'Pakistan rejected the claims', 'dismissed the charge': a rejection of the accuser,
    as 'denied the accusation' is; an armed group that accused is answered itself, not its
    country."""
    assert ("PAK", "IND", "REJECT", "asserted") in found(
        ex, "India accused Pakistan of sheltering militants. Pakistan rejected the claims."
    )
    rejected = found(
        ex,
        "The Baloch Liberation Army accused China of exploiting the province. China rejects "
        "the claims.",
    )
    assert ("CHN", "BALOCH-LIBERATION-ARMY", "REJECT", "asserted") in {
        (s[0], s[1].upper(), s[2], s[3]) for s in rejected
    }
    assert not any(s[1] == "PAK" for s in rejected)


def test_a_percentage_is_one_word_in_a_phrase_gap(ex: Extractor) -> None:
    """'hit Mexico with a new 25% levy': '25%' fills one word of the gap, as 'a new 25
    percent levy' would."""
    assert found(ex, "Washington hit Mexico with a new 25% levy on exports.") == {
        ("USA", "MEX", "SANCTION", "asserted")
    }


def test_both_governments_are_two_states_and_may_be_named_in_a_phrase(ex: Extractor) -> None:
    """'the envoy for the dialogue between Belgrade and Pristina urged both governments':
    the two named after 'between' are the governments (only the subject is no side); and
    'both governments' are two states, not the army and police named since."""
    urged = found(
        ex,
        "The EU envoy for the dialogue between Belgrade and Pristina urged both governments to "
        "show restraint.",
    )
    assert {("EU", "SRB", "REQUEST", "asserted"), ("EU", "XKX", "REQUEST", "asserted")} <= urged
    later = found(
        ex,
        "Serbia and Kosovo traded accusations. The Serbian army and the Kosovo police were put "
        "on alert. The EU urged both governments to show restraint.",
    )
    assert {s[1] for s in later if s[0] == "EU"} == {"SRB", "XKX"}


def test_a_long_role_with_named_parties_still_introduces_the_name(ex: Extractor) -> None:
    """'The EU's special representative for the dialogue between Belgrade and Pristina,
    Henrik Vallen, urged Serbia': the envoy urges, not the EU."""
    assert found(
        ex,
        "The EU's special representative for the dialogue between Belgrade and Pristina, "
        "Henrik Vallen, urged Serbia to show restraint.",
    ) == {("henrik-vallen", "SRB", "REQUEST", "asserted")}


def test_a_title_with_of_and_a_portfolio_introduces_the_name(ex: Extractor) -> None:
    """'Qatari Minister of State Khalid Al-Suwaidi urged', 'The Minister of Foreign Affairs
    Ahmed Attaf': the person acts, named without the portfolio."""
    assert found(
        ex, "Qatari Minister of State Khalid Al-Suwaidi urged Mali to agree to a truce."
    ) == {("khalid-al-suwaidi", "MLI", "REQUEST", "asserted")}
    assert found(ex, "The Minister of Foreign Affairs Ahmed Attaf criticized Mali.") == {
        ("ahmed-attaf", "MLI", "ACCUSE", "asserted")
    }


def test_an_irregular_past_is_the_finite_verb_a_participle_shares(ex: Extractor) -> None:
    """'Armenia froze its participation in the CSTO in 2024, accusing Moscow': 'froze' is the
    clause's verb, so Armenia accuses; a verb inside a quotation is not ('said Caracas
    "would not accept conditions" and called the sanctions a crime')."""
    assert found(
        ex, "Armenia froze its participation in the CSTO in 2024, accusing Moscow of failing it."
    ) == {("ARM", "RUS", "ACCUSE", "asserted")}
    assert ("yolanda-perez", "USA", "ACCUSE", "asserted") in found(
        ex,
        "U.S. sanctions hit Venezuela. Venezuela's Foreign Minister Yolanda Perez said her "
        'government "had never accepted conditions" and called the sanctions "a crime".',
    )


def test_a_body_named_with_on_or_for_keeps_its_whole_name(ex: Extractor) -> None:
    """'the United Nations Working Group on Arbitrary Detention', 'the Committee for the
    Protection of Journalists', 'the Council for the Reconstruction of Haiti': one body each,
    named in full (a country that ends the name is its country)."""
    result = ex.extract(
        "The United Nations Working Group on Arbitrary Detention criticized Guatemala. The "
        "Committee for the Protection of Journalists criticized Mali. Kinshasa worked with the "
        "Council for the Reconstruction of Haiti.",
        document_id="d",
    )
    names = {a.name: a for a in result.actors}
    assert "United Nations Working Group on Arbitrary Detention" in names
    assert "Committee for the Protection of Journalists" in names
    council = names["Council for the Reconstruction of Haiti"]
    assert council.country == "HTI"
    assert {(s.source, s.target) for s in result.stances} >= {
        ("united-nations-working-group-on-arbitrary-detention", "GTM"),
        ("committee-for-the-protection-of-journalists", "MLI"),
    }


def test_an_official_of_an_unowned_ministry_is_of_the_place_the_sentence_opens_in(
    ex: Extractor,
) -> None:
    """'In Yerevan, Defense Ministry spokeswoman Lusine Avagyan denied ...': she is
    Armenia's, so her denial answers Azerbaijan's accusation and negates the act."""
    denied = found(
        ex,
        "Baku accused Armenian forces of firing on its positions. In Yerevan, Defense Ministry "
        "spokeswoman Lusine Avagyan denied that Armenian troops had fired a single shot.",
    )
    assert {
        ("lusine-avagyan", "AZE", "REJECT", "asserted"),
        ("ARM", "AZE", "ASSAULT", "negated"),
    } <= denied


def test_what_someone_calls_names_the_target(ex: Extractor) -> None:
    """'rejected what she described as Peru's "unilateral threats"': Peru is rejected."""
    assert ("isabel-fuenzalida", "PER", "REJECT", "asserted") in found(
        ex,
        "Chilean Foreign Minister Isabel Fuenzalida met Peru's envoy. Fuenzalida said Chile "
        'was open to dialogue but rejected what she described as Peru\'s "unilateral threats."',
    )


def test_the_minister_named_before_is_the_one_accused(ex: Extractor) -> None:
    """'sanctioned ... justice minister, Slobodan Raden, and a Banja Luka-based company,
    accusing the minister of ...': the minister is Raden, the place no actor, and the
    accuser whoever sanctioned."""
    accused = found(
        ex,
        "The U.S. Treasury Department imposed sanctions on Republika Srpska's justice minister, "
        "Slobodan Raden, and a Banja Luka-based construction company, Vrbas Gradnja, accusing "
        "the minister of undermining the 1995 Dayton peace agreement.",
    )
    assert accused == {
        ("usa-treasury-department", "slobodan-raden", "SANCTION", "asserted"),
        ("usa-treasury-department", "slobodan-raden", "ACCUSE", "asserted"),
    }


def test_whoever_is_said_to_have_done_a_wrong_is_accused(ex: Extractor) -> None:
    """'Japan said China had committed abuses', 'the attack was carried out by Russia': the
    speaker accuses the doer; a doer denied or a neutral act accuses no one."""
    assert ("JPN", "CHN", "ACCUSE", "asserted") in found(
        ex, "Japan said China had committed grave human rights abuses."
    )
    assert ("JPN", "RUS", "ACCUSE", "asserted") in found(
        ex, "Japan said the attack was carried out by Russia."
    )
    assert ("JPN", "RUS", "ACCUSE", "asserted") in found(
        ex, "Japan said Russian forces carried out the bombing."
    )
    assert not found(ex, "Japan said Russia had not committed any crimes.")
    assert not found(ex, "Japan said Korea carried out the inspection.")


def test_both_sides_after_a_reporting_verb_are_the_two_others_in_the_sentence(
    ex: Extractor,
) -> None:
    """'X has been fighting Y, and the United Nations says both sides have committed abuses':
    the UN speaks alone (no list across ", and" after a verb) and the sides are X and Y."""
    accused = found(
        ex,
        "Armenia has been fighting Azerbaijan, and the United Nations says both sides have "
        "committed grave human rights abuses.",
    )
    assert {("UN", "ARM", "ACCUSE", "asserted"), ("UN", "AZE", "ACCUSE", "asserted")} <= accused
    assert not any(s[0] == "AZE" and s[2] == "ACCUSE" for s in accused)


def test_blaming_a_deed_on_someone_accuses_them(ex: Extractor) -> None:
    """'Pakistan blamed the attacks on Afghanistan', 'a crisis that Chisinau blames on
    Moscow'."""
    assert ("PAK", "AFG", "ACCUSE", "asserted") in found(
        ex, "Pakistan blamed the attacks on Afghanistan."
    )
    assert ("MDA", "RUS", "ACCUSE", "asserted") in found(
        ex, "Moldova faces an energy crisis that Chisinau blames on Moscow."
    )


def test_a_withdrawal_of_listed_forces_from_the_country_they_are_in(ex: Extractor) -> None:
    """'the withdrawal of U.S. and NATO troops from the country': both forces leave, and the
    country is the one they are in, not one whose troops they are."""
    moved = found(
        ex,
        "The Taliban leader in Afghanistan praised the withdrawal of U.S. and NATO troops "
        "from the country.",
    )
    assert {("USA", "AFG", "RETREAT", "asserted"), ("NATO", "AFG", "RETREAT", "asserted")} <= moved
    assert not any(s[2] == "RETREAT" and s[1] == "USA" for s in moved)


def test_a_demanded_withdrawal_is_one_from_the_side_demanding_it(ex: Extractor) -> None:
    """'Somalia demanded the withdrawal of Ethiopian troops': Ethiopia would pull out of
    Somalia (hypothetical), besides Somalia's request."""
    assert {
        ("SOM", "ETH", "REQUEST", "asserted"),
        ("ETH", "SOM", "RETREAT", "hypothetical"),
    } <= found(ex, "Somalia demanded the withdrawal of Ethiopian troops.")


def test_a_states_army_named_with_its_possessive_is_the_forces(ex: Extractor) -> None:
    """'Sudan's army and the paramilitary Rapid Support Forces agreed to a truce': the army
    (named as the story first names it) and the RSF, past the adjective after "the"."""
    res = ex.extract(
        "Sudan's army and the paramilitary Rapid Support Forces agreed to a truce. "
        "The army accused the Rapid Support Forces of shelling Khartoum.",
        document_id="t",
    )
    got = {(s.source, s.target, s.type.value) for s in res.stances}
    assert {
        ("sudan-military", "RSF", "AGREE"),
        ("RSF", "sudan-military", "AGREE"),
        ("sudan-military", "RSF", "ACCUSE"),
    } <= got
    army = next(a for a in res.actors if a.id == "sudan-military")
    assert (army.name, army.country) == ("Sudan's army", "SDN")


def test_a_coast_guard_named_with_a_demonym_is_the_body(ex: Extractor) -> None:
    """'the Chinese coast guard' is China's coast guard, as 'China's coast guard' is: a body
    of its own, not China itself, named as the story writes it."""
    res = ex.extract(
        "The Chinese coast guard fired water cannon at a Philippine vessel.", document_id="t"
    )
    assert {(s.source, s.target, s.type.value) for s in res.stances} == {
        ("chn-coast-guard", "PHL", "ASSAULT")
    }
    guard = next(a for a in res.actors if a.id == "chn-coast-guard")
    assert (guard.name, guard.country) == ("Chinese coast guard", "CHN")


def test_an_infinitive_after_a_verb_with_an_adverb_is_done_by_its_subject(ex: Extractor) -> None:
    """'Turkey, Azerbaijan's closest ally, moved quickly to back Baku': Turkey backs Baku,
    as a fact (a move made is implicative, past an adverb too)."""
    assert ("TUR", "AZE", "SUPPORT", "asserted") in found(
        ex, "Turkey, Azerbaijan's closest ally, moved quickly to back Baku."
    )


def test_designations_solidarity_and_occupiers(ex: Extractor) -> None:
    """Lexicon entries: designating a group terrorist sanctions it; standing shoulder to
    shoulder supports; calling another side an occupier accuses it."""
    assert ("MLI", "FLA", "SANCTION", "asserted") in found(
        ex, "Mali designated the Azawad Liberation Front a terrorist organization."
    )
    assert ("TUR", "AZE", "SUPPORT", "asserted") in found(
        ex, "Turkey said it stands shoulder to shoulder with Azerbaijan."
    )
    assert ("KEN", "ETH", "ACCUSE", "asserted") in found(
        ex, "Kenya said Ethiopia was occupying its territory."
    )


def test_both_sides_are_the_pair_the_sentence_named_and_not_a_relative_clause(
    ex: Extractor,
) -> None:
    """'Qatar, which brokered a truce between the two neighbours, ... both sides': the two
    neighbours; 'The United States, which backs Kosovo, urged both sides': Kosovo is still
    a side, only the subject is not."""
    text = (
        "Pakistan and Afghanistan traded fire again on Monday. Pakistan also struck the "
        "Pakistani Taliban. Qatar, which brokered a truce between the two neighbours in "
        "October, said it was in contact with both sides."
    )
    contacts = {(s[0], s[1]) for s in found(ex, text) if s[2] == "CONSULT"}
    assert {("QAT", "PAK"), ("QAT", "AFG")} <= contacts
    assert not {t for s, t in contacts if s == "QAT"} - {"PAK", "AFG"}
    urged = found(
        ex,
        "Serbia and Kosovo met in Brussels. The United States, which backs Kosovo's "
        "independence, urged both sides to implement the agreement.",
    )
    assert {("USA", "SRB", "REQUEST", "asserted"), ("USA", "XKX", "REQUEST", "asserted")} <= urged


def test_a_threatened_closure_between_them_targets_the_other_side(ex: Extractor) -> None:
    """'Peru accused Chile of ..., and warned that it would close the main crossing between
    them': 'them' are Peru and Chile (not the Venezuelan migrants), so the closure and the
    threat are aimed at Chile; shutting or sealing a border with a country sanctions it."""
    assert {("PER", "CHL", "THREATEN", "asserted"), ("PER", "CHL", "SANCTION", "hypothetical")} <= (
        found(
            ex,
            "Peru accused Chile of pushing Venezuelan migrants across the border, and warned "
            "that it would close the main crossing between them.",
        )
    )
    assert ("POL", "BLR", "SANCTION", "asserted") in found(
        ex, "Poland shut its border with Belarus."
    )
    assert ("RUS", "GEO", "SANCTION", "asserted") in found(
        ex, "Russia sealed its border with Georgia."
    )


def test_each_accused_the_other_runs_both_ways(ex: Extractor) -> None:
    """'Each side accused the other', 'Each blamed the other': both directions, never a
    side against itself."""
    for text in (
        "Armenia and Azerbaijan traded fire. Each side accused the other of violating the truce.",
        "Armenia and Azerbaijan traded fire. Each blamed the other for the clash.",
    ):
        accused = {(s[0], s[1]) for s in found(ex, text) if s[2] == "ACCUSE"}
        assert accused == {("ARM", "AZE"), ("AZE", "ARM")}


def test_the_two_sides_stay_the_pair_first_meant_by_them(ex: Extractor) -> None:
    """Once 'both sides' meant the Houthis and Yemen's government (named together, with "the
    country's government"), 'the two sides' sentences later still means them, not the host
    named more often since."""
    text = (
        "Delegations from Yemen's Houthi rebels and the country's government opened talks in "
        "Oman. Both sides exchanged lists of prisoners. Oman said it was ready to host more "
        "rounds. Omani officials said the venue was secure. Oman has mediated before. "
        "The two sides agreed to release 900 prisoners."
    )
    agreed = {(s[0], s[1]) for s in found(ex, text) if s[2] == "AGREE"}
    assert {("HOUTHIS", "YEM"), ("YEM", "HOUTHIS")} <= agreed
    assert not any("OMN" in pair for pair in agreed)


def test_a_manner_adverb_inside_a_phrase_keeps_the_phrase(ex: Extractor) -> None:
    """'sided firmly with Ukraine' is 'sided with Ukraine'; an -ly noun ('ally') is no adverb;
    'voiced complaints about Iran' accuses Iran."""
    assert ("POL", "UKR", "SUPPORT", "asserted") in found(ex, "Poland sided firmly with Ukraine.")
    assert ("IRQ", "IRN", "ACCUSE", "asserted") in found(
        ex, "Iraq has voiced similar complaints about Iran."
    )


def test_a_navy_is_its_state_and_the_african_unions_council_a_body(ex: Extractor) -> None:
    """'the Kenyan navy' is Kenya, as its army is (the answer keys code a navy's deeds as
    its state's); 'the African Union's Peace and Security Council' speaks for the AU, not the
    U.N. Security Council; partners "against terrorism" are no accused terrorists."""
    assert found(ex, "The Kenyan navy seized a Somali fishing boat.") == {
        ("KEN", "SOM", "COERCE", "asserted")
    }
    assert found(
        ex, "The African Union's Peace and Security Council called on Kenya to exercise restraint."
    ) == {("AU", "KEN", "REQUEST", "asserted")}
    assert not found(
        ex,
        "State Department spokesman Daniel Whitcombe described Kenya as an indispensable "
        "partner against terrorism.",
    )


def test_a_body_of_an_international_organisation_is_the_organisation(ex: Extractor) -> None:
    """'the Organization of American States' Permanent Council' is the OAS (a state's body
    keeps its own name); commitment to a country's sovereignty supports it."""
    assert found(
        ex,
        "Mexico requested an urgent session of the Organization of American States' "
        "Permanent Council.",
    ) == {("MEX", "OAS", "REQUEST", "asserted")}
    assert ("NATO", "GEO", "SUPPORT", "asserted") in found(
        ex, "NATO said allies remained firmly committed to Georgia's sovereignty."
    )


def test_a_demand_to_free_people_seized_by_forces_asks_their_state(ex: Extractor) -> None:
    """'demanded the return of a boat and its crew seized by the Kenyan navy': the seizure is
    a fact (a participle after a noun, not governed by the demand), Kenya is asked and would
    let them go back to Somalia."""
    assert found(
        ex,
        "Somalia demanded the immediate return of a fishing boat and its nine crew members "
        "seized by the Kenyan navy.",
    ) == {
        ("KEN", "SOM", "COERCE", "asserted"),
        ("SOM", "KEN", "REQUEST", "asserted"),
        ("KEN", "SOM", "RETREAT", "hypothetical"),
    }


def test_verbs_listed_after_an_evaluation_share_its_subject(ex: Extractor) -> None:
    """'Budapest dismissed the accusation as "fabricated," summoned Ukraine's ambassador and
    demanded the journalist's release': the evaluation stops at the comma, and the listed
    verbs are Budapest's; 'X's minister, Carlos Ixcot, praised' lists nothing."""
    got = found(
        ex,
        "Ukrainian police detained Zoltan Fekete, a Hungarian activist, and Ukraine accused "
        'Hungary of spying. Budapest dismissed the accusation as "fabricated," summoned '
        "Ukraine's ambassador and demanded Fekete's release.",
    )
    assert ("HUN", "UKR", "ACCUSE", "asserted") in got
    assert ("HUN", "UKR", "REQUEST", "asserted") in got
    praised = found(
        ex,
        "Mexico agreed on Monday, and Guatemala's interior minister, Carlos Ixcot, praised Mexico.",
    )
    assert ("carlos-ixcot", "MEX", "SUPPORT", "asserted") in praised


def test_a_cue_against_an_ambiguous_name_must_be_near_it(ex: Extractor) -> None:
    """'Turkey's ambassador' is Turkey even when "the river" comes a clause later; 'the
    Jordan river' is still a river."""
    assert ("IRQ", "TUR", "ACCUSE", "asserted") in found(
        ex,
        "Iraq summoned Turkey's ambassador on Wednesday to protest against a wave of strikes "
        "on suspected militant hideouts, and demanded more water for farms in the south as "
        "the river fell to its lowest level in a century.",
    )
    assert not any(
        "JOR" in s[:2]
        for s in found(ex, "Syria accused Israel of diverting the waters of the Jordan river.")
    )


def test_necessary_measures_threaten_and_illegal_fishing_accuses(ex: Extractor) -> None:
    """'China will take all necessary measures' after Vietnam's protest threatens Vietnam;
    a spokesman saying Vietnamese vessels were 'illegally fishing' accuses Vietnam."""
    threats = found(
        ex,
        "Vietnam protested. China said that if Hanoi insists on obstructing its activities, "
        "China will take all necessary measures to safeguard its sovereignty.",
    )
    assert any(s[:3] == ("CHN", "VNM", "THREATEN") for s in threats)
    assert ("wu-jianfeng", "VNM", "ACCUSE", "asserted") in found(
        ex,
        "Chinese foreign ministry spokesman Wu Jianfeng said the coast guard had dealt with "
        '"Vietnamese vessels illegally fishing in the waters of Xisha."',
    )


def test_private_people_named_with_an_occupation_are_people(ex: Extractor) -> None:
    """'Zurab Kapanadze, a farmer' is a person the guards hold; in 'called on Russia to
    remove the fences, to free Kapanadze', the second infinitive is Russia's too."""
    text = (
        "Russian border guards seized Zurab Kapanadze, a farmer from the village. Georgia "
        "called on Russia to remove the fences, to free Kapanadze and to let monitors in."
    )
    got = found(ex, text)
    assert ("RUS", "zurab-kapanadze", "COERCE", "asserted") in got
    assert ("RUS", "zurab-kapanadze", "RETREAT", "hypothetical") in got
    assert not any(s[0] == "GEO" and s[2] == "RETREAT" for s in got)


def test_a_negation_inside_a_fronted_condition_stays_there(ex: Extractor) -> None:
    """'"If our fishermen are not released, Somalia will suspend its cooperation with Kenya,"
    Farah said': the suspension is threatened (hypothetical), not negated; a negation in the
    main clause still negates."""
    got = found(
        ex,
        'Somali Foreign Minister Abdiwali Farah spoke in Mogadishu. "If our fishermen are not '
        'released within 72 hours, Somalia will suspend its security cooperation with Kenya," '
        "Farah said.",
    )
    assert ("SOM", "KEN", "SANCTION", "hypothetical") in got
    assert ("abdiwali-farah", "KEN", "THREATEN", "asserted") in got
    assert ("SOM", "KEN", "SANCTION", "negated") in found(
        ex, "If Kenya releases the fishermen, Somalia will not suspend its cooperation with Kenya."
    )


def test_money_committed_to_a_country_is_aid(ex: Extractor) -> None:
    """'The EU has committed 50 billion euros to Ukraine' gives aid; committing oneself to a
    ceasefire is no aid."""
    assert found(ex, "The EU has committed 50 billion euros to Ukraine.") == {
        ("EU", "UKR", "AID", "asserted")
    }
    assert not any(
        s[2] == "AID" for s in found(ex, "Russia committed to a ceasefire with Ukraine.")
    )


def test_acting_jointly_is_cooperation(ex: Extractor) -> None:
    """'Iraq and Turkey are jointly developing the road' and 'will jointly patrol' are the two
    cooperating (the second still to come)."""
    assert ("IRQ", "TUR", "COOPERATE", "asserted") in found(
        ex, "Iraq and Turkey are jointly developing the Development Road."
    )
    assert ("JPN", "PHL", "COOPERATE", "hypothetical") in found(
        ex, "Japan and the Philippines will jointly patrol the waters."
    )


def test_a_relative_clause_on_a_copula_complement_has_the_copulas_subject(ex: Extractor) -> None:
    """'Hungary is the only EU member that has refused to send weapons to Ukraine': Hungary
    refused, and the aid is negated."""
    assert {("HUN", "UKR", "AID", "negated"), ("HUN", "UKR", "REJECT", "asserted")} <= found(
        ex, "Hungary is the only EU member that has refused to send weapons to Ukraine."
    )


def test_summoning_any_diplomat_of_a_state_accuses_it(ex: Extractor) -> None:
    """A high commissioner, a diplomat or 'a senior official of the Chinese embassy' summoned
    is a protest against their state, as an ambassador summoned is."""
    assert found(
        ex, "Bangladesh summoned India's acting high commissioner on Sunday to lodge a protest."
    ) == {("BGD", "IND", "ACCUSE", "asserted")}
    assert found(ex, "Vietnam summoned a senior official of the Chinese embassy.") == {
        ("VNM", "CHN", "ACCUSE", "asserted")
    }


def test_allied_with_after_a_copula_is_an_alliance(ex: Extractor) -> None:
    """'Belarus, which is allied with Russia' and 'Belarus is closely allied with Russia' are
    alliances, not passives; 'the groups were aligned with X' names no ally (the groups are
    no actor)."""
    assert found(ex, "Belarus, which is allied with Russia, rejected the plan.") == {
        ("BLR", "RUS", "ALLY", "asserted")
    }
    assert found(ex, "Belarus is closely allied with Russia.") == {
        ("BLR", "RUS", "ALLY", "asserted")
    }
    assert not found(
        ex, "Moroccan authorities said the groups were aligned with the Islamic State."
    )


def test_a_long_relative_clause_with_its_own_verbs_keeps_the_subject(ex: Extractor) -> None:
    """'The United States, which counts Ecuador as a partner ... and has sent it boats,
    urged Ecuador to talk': the relative clause, however long and whatever verbs it
    coordinates, sits between the subject and its verb."""
    assert ("USA", "ECU", "REQUEST", "asserted") in found(
        ex,
        "The United States, which counts Ecuador as a close security partner in the fight "
        "against drug trafficking and has sent it patrol boats and surveillance aircraft over "
        "the past two years, urged Ecuador to settle the dispute through dialogue.",
    )


def test_an_offer_to_help_settle_a_dispute_is_made_to_both_sides(ex: Extractor) -> None:
    """'Brazil offered to help defuse the crisis', 'offered its good offices', 'Russia was
    prepared to mediate': with no one named, the offer goes to both sides of the story's
    dispute; 'was prepared to' is a readiness, not a passive."""
    story = "Azerbaijan and Armenia traded fire on the border on Monday. "
    both = {("BRA", "AZE", "AGREE", "asserted"), ("BRA", "ARM", "AGREE", "asserted")}
    assert both <= found(ex, story + "Brazil offered to help defuse the crisis.")
    assert both <= found(ex, story + "Brazil offered its good offices.")
    assert both <= found(ex, story + "Brazil was prepared to mediate.")


def test_a_hyphened_compound_is_one_word_in_a_phrases_gap(ex: Extractor) -> None:
    """'fired an intermediate-range ballistic missile over Japan' fits 'fire * missile over'
    (MOBILIZE): 'intermediate-range' counts as one word of the gap."""
    assert found(
        ex, "North Korea fired an intermediate-range ballistic missile over Japan on Thursday."
    ) == {("PRK", "JPN", "MOBILIZE", "asserted")}


def test_a_verbs_s_form_after_a_preposition_is_a_plural_noun(ex: Extractor) -> None:
    """'sending residents into shelters': 'shelters' is no verb (AID) after 'into'."""
    assert ("PRK", "JPN", "AID", "asserted") not in found(
        ex,
        "North Korea fired a missile on Thursday, sending residents into shelters and "
        "prompting Tokyo to seek an emergency meeting of the Security Council.",
    )


def test_signing_a_cooperation_pact_is_cooperation(ex: Extractor) -> None:
    """'signed a new cooperation pact with Iran' is COOPERATE, not a pledge of support."""
    assert found(ex, "China signed a new cooperation pact with Iran in 2021.") == {
        ("CHN", "IRN", "COOPERATE", "asserted")
    }


def test_a_promised_response_answers_the_deed_in_kind(ex: Extractor) -> None:
    """'Baku accused Armenian forces of firing on its positions and warned that it would
    respond with all necessary means': besides the threat, Azerbaijan's hypothetical fire at
    Armenia. A threat that names its own act adds nothing."""
    assert {("AZE", "ARM", "THREATEN", "asserted"), ("AZE", "ARM", "ASSAULT", "hypothetical")} <= (
        found(
            ex,
            "Baku accused Armenian forces of firing on its positions and warned that it would "
            'respond "with all necessary means" if the shooting continued.',
        )
    )
    assert ("IRN", "ISR", "ASSAULT", "hypothetical") in found(
        ex, "Israel struck Iran on Monday. Iran said it reserved the right to respond."
    )
    said = found(ex, "Israel struck Iran on Monday. Iran threatened to expel Israeli diplomats.")
    assert ("IRN", "ISR", "ASSAULT", "hypothetical") not in said


def test_a_body_of_a_breakaway_region_acts_for_the_region(ex: Extractor) -> None:
    """'detained by Transnistria's Ministry of State Security': Transnistria holds him, not
    Moldova, so a call for his release asks Transnistria."""
    said = found(
        ex,
        "Dorin Sarbu, a reporter, was detained on Wednesday by Transnistria's Ministry of State "
        "Security. The European Union called for Sarbu's release.",
    )
    assert {
        ("TRANSNISTRIA", "dorin-sarbu", "COERCE", "asserted"),
        ("EU", "TRANSNISTRIA", "REQUEST", "asserted"),
    } <= said
    assert ("EU", "MDA", "REQUEST", "asserted") not in said


def test_a_reporting_verb_inside_a_name_reports_nothing(ex: Extractor) -> None:
    """'State' in 'U.S. State Department spokeswoman' or 'Ministry of State Security' is a
    name, not the verb 'state': the sentence's own stance stays asserted."""
    assert ("megan-hale", "CHN", "ACCUSE", "asserted") in found(
        ex,
        "The United States and the Philippines are treaty allies, and U.S. State Department "
        "spokeswoman Megan Hale called China's actions dangerous.",
    )
    assert found(
        ex, "Ion Sarbu, a reporter, was detained on Monday by Russia's Ministry of State Security."
    ) == {("rus-state-security-ministry", "ion-sarbu", "COERCE", "asserted")}


def test_a_body_cut_through_by_a_persons_title_is_part_of_the_title(ex: Extractor) -> None:
    """'Kenya's foreign affairs cabinet secretary, Esther Chelangat': no cabinet acts; she
    does, and serves Kenya."""
    result = ex.extract(
        "Mahlet Gebreyes said she had spoken by telephone with Kenya's foreign affairs cabinet "
        "secretary, Esther Chelangat."
    )
    assert {(s.source, s.target, s.type.value) for s in result.stances} == {
        ("mahlet-gebreyes", "esther-chelangat", "CONSULT")
    }
    assert {a.id: a.country for a in result.actors}["esther-chelangat"] == "KEN"


def test_the_hosts_of_talks_consult_each_side(ex: Extractor) -> None:
    """'A and B agreed ... after two days of talks in Beijing hosted by China': A and B met,
    and China consulted each; 'talks between A and B co-hosted by S and U': each host
    consulted each side."""
    said = found(
        ex,
        "Saudi Arabia and Iran agreed on Saturday to restore flights, after two days of talks "
        "in Beijing hosted by China.",
    )
    assert {
        ("SAU", "IRN", "CONSULT", "asserted"),
        ("CHN", "SAU", "CONSULT", "asserted"),
        ("CHN", "IRN", "CONSULT", "asserted"),
    } <= said
    said = found(
        ex,
        "The talks between Armenia and Azerbaijan in Geneva are co-hosted by France and the "
        "United States.",
    )
    assert {
        ("FRA", "ARM", "CONSULT", "asserted"),
        ("FRA", "AZE", "CONSULT", "asserted"),
        ("USA", "ARM", "CONSULT", "asserted"),
        ("USA", "AZE", "CONSULT", "asserted"),
    } <= said


def test_a_named_detainee_is_held_by_the_state_whose_organ_reports_it(ex: Extractor) -> None:
    """'Dragan Milosavljevic, 58, was detained on Friday ..., Kosovo's Interior Ministry
    said': an age between commas or a passive only people undergo makes the name a person,
    'on Friday' is a time (not "seized on"), and the reporting ministry's state holds him."""
    text = (
        "Serbia protested on Saturday. Dragan Milosavljevic, 58, was detained on Friday "
        "evening at the Jarinje crossing, Kosovo's Interior Ministry said."
    )
    assert ("XKX", "dragan-milosavljevic", "COERCE", "asserted") in found(ex, text)
    assert ("SRB", "dragan-milosavljevic", "COERCE", "reported") not in found(ex, text)
    assert ("XKX", "ana-petrovic", "COERCE", "asserted") in found(
        ex, "Ana Petrovic was arrested on March 3 in Pristina, Kosovo's police said."
    )


def test_a_speaker_is_a_party_to_the_talks_it_reports(ex: Extractor) -> None:
    """'Pakistan said Sunday that discussions with the IMF are progressing': Pakistan is in
    the talks."""
    assert ("PAK", "IMF", "CONSULT", "asserted") in found(
        ex,
        "Pakistan said Sunday that discussions with the International Monetary Fund are "
        "progressing well.",
    )


def test_an_allied_apposition_names_someone_else_and_stays_a_fact(ex: Extractor) -> None:
    """'Japan and the United States, its treaty ally,': 'its' is Japan's, not the United
    States' own; 'will not leave Australia, its longtime ally, alone': the alliance is a
    fact whatever the clause denies."""
    assert ("USA", "JPN", "ALLY", "asserted") in found(
        ex, "Japan and the United States, its treaty ally, began a joint naval exercise."
    )
    assert ("AUS", "USA", "ALLY", "asserted") in found(
        ex, "The United States will not leave Australia, its longtime ally, alone on the field."
    )


def test_a_participle_after_a_comma_is_done_to_the_name_before_it(ex: Extractor) -> None:
    """'Fighting between the M23 and Kenyan forces, backed by Burundian troops,': Burundi
    backs the Kenyan forces (military backing is aid), not the subject of the sentence."""
    said = found(
        ex,
        "Fighting between the M23 and Kenyan forces, backed by Burundian troops, has displaced "
        "thousands of people.",
    )
    assert ("BDI", "KEN", "AID", "asserted") in said


def test_a_visit_in_an_adverbial_after_a_verb_is_its_subjects(ex: Extractor) -> None:
    """'Pedro Sanchez said during a visit to Beijing that ...': Sanchez visited China."""
    assert ("pedro-sanchez", "CHN", "CONSULT", "asserted") in found(
        ex,
        "Spanish Prime Minister Pedro Sanchez said during a visit to Beijing in early September "
        "that he would urge the Commission to reconsider.",
    )


def test_claiming_a_deed_reports_nothing(ex: Extractor) -> None:
    """'al-Shabab, which has fought the Somali government ..., claimed the raid': 'claimed'
    with an object owns a deed; the relative clause is asserted (fighting both ways), not
    Somalia's claim."""
    assert found(
        ex,
        "The militants of al-Shabab, which has fought the Somali government for nearly two "
        "decades, claimed the raid.",
    ) == {("al-shabab", "SOM", "ASSAULT", "asserted"), ("SOM", "al-shabab", "ASSAULT", "asserted")}


def test_a_coordinated_verb_skips_a_relative_clause_before_it(ex: Extractor) -> None:
    """'Karim al-Saadi said releases from Turkish dams had fallen below the amount that Ankara
    promised, and urged Turkey to share the burden': al-Saadi urged, not Ankara; and
    'releases' right after 'said' is a noun, no release by anyone."""
    said = found(
        ex,
        "Water Resources Minister Karim al-Saadi said releases from Turkish dams had fallen to "
        "less than half the 420 cubic meters per second that Ankara promised last year, and "
        'urged Turkey to "share the burden of the drought fairly" with the farmers.',
    )
    assert said == {("karim-al-saadi", "TUR", "REQUEST", "asserted")}


def test_the_decision_is_no_use_of_force(ex: Extractor) -> None:
    """'The EU adopted sanctions on Russia, its seventeenth package since the Kremlin invaded
    Ukraine. Kyiv welcomed the decision.': the decision is the EU's, not the invasion."""
    said = found(
        ex,
        "The EU imposed new sanctions on Russia on Tuesday. The package came three years after "
        "Russia invaded Ukraine. Kyiv welcomed the decision.",
    )
    assert ("UKR", "EU", "SUPPORT", "asserted") in said
    assert ("UKR", "RUS", "SUPPORT", "asserted") not in said


def test_a_denial_answers_a_claim_of_help_too(ex: Extractor) -> None:
    """'Seoul says Russia has supplied Pyongyang with missile technology. Moscow denies any
    arms transfers.': the denied aid is negated, as a denied attack is."""
    assert ("RUS", "PRK", "AID", "negated") in found(
        ex,
        "South Korea's intelligence service says Russia has supplied Pyongyang with missile "
        "technology. Moscow denies any arms transfers.",
    )


def test_an_unknown_liberation_front_is_an_armed_group(ex: Extractor) -> None:
    """'the Azawad Liberation Front' is a group of its own, so 'the rebels' later mean it:
    talks between the government and the rebels are between Mali and the front."""
    said = found(
        ex,
        "Mali's army fought the Azawad Liberation Front on Sunday. Qatar offered on Monday to "
        "host direct talks between the government and the rebels in Doha.",
    )
    assert {
        ("QAT", "FLA", "AGREE", "asserted"),
        ("MLI", "FLA", "CONSULT", "hypothetical"),
    } <= said


def test_no_before_the_object_negates_the_act(ex: Extractor) -> None:
    """'Iran supplies no weapons to the Houthis', 'China gave no aid to Russia': the act is
    denied, not done."""
    assert found(ex, "Iran supplies no weapons to the Houthis.") == {
        ("IRN", "HOUTHIS", "AID", "negated")
    }
    assert found(ex, "China gave no aid to Russia.") == {("CHN", "RUS", "AID", "negated")}


def test_either_side_names_the_pair(ex: Extractor) -> None:
    """'The Emirates has denied arming either side': each of the two sides just named."""
    said = found(
        ex,
        "Sudan and the Rapid Support Forces traded fire on Monday. The Emirates has repeatedly "
        "denied arming either side.",
    )
    assert {
        ("ARE", "SDN", "AID", "negated"),
        ("ARE", "RSF", "AID", "negated"),
    } <= said


def test_an_official_saying_what_their_state_does_takes_the_stance(ex: Extractor) -> None:
    """'Iranian Foreign Ministry spokesman Reza Mousavian said Iran offered to host talks
    between Baghdad and Ankara': the spokesman makes the offer; a deed the state did (a
    strike) stays the state's."""
    said = found(
        ex,
        "In Tehran, Iranian Foreign Ministry spokesman Reza Mousavian said Iran offered to host "
        "talks between Baghdad and Ankara.",
    )
    assert ("reza-mousavian", "IRQ", "AGREE", "asserted") in said
    assert ("IRN", "IRQ", "AGREE", "asserted") not in said
    said = found(ex, "Iranian Foreign Ministry spokesman Reza Mousavian said Iran had struck Iraq.")
    assert ("IRN", "IRQ", "ASSAULT", "asserted") in said or (
        "IRN",
        "IRQ",
        "ASSAULT",
        "reported",
    ) in said


def test_an_official_of_a_body_found_in_the_same_sentence_serves_its_state(ex: Extractor) -> None:
    """'Pedro Alves, a spokesman for Brazil's foreign ministry, said Brasilia rejected the
    measure as incompatible and called on Buenos Aires to lift it': the ministry found in
    the same sentence gives Alves his country, so the stances in words are his, as facts."""
    said = found(
        ex,
        "Argentina banned imports of Brazilian steel pipes on Monday. Pedro Alves, a spokesman "
        "for Brazil's foreign ministry, said Brasilia rejected the measure as incompatible with "
        'the bloc\'s rules and called on Buenos Aires to lift it "without delay."',
    )
    assert ("pedro-alves", "ARG", "REQUEST", "asserted") in said
    assert ("BRA", "ARG", "REQUEST", "reported") not in said


def test_a_capitalised_preposition_in_a_headline_starts_no_name(ex: Extractor) -> None:
    """'Iraq Summons Turkish Envoy Over Deadly Strikes': 'Over Deadly' is no person; the
    summons is Iraq's protest against Turkey."""
    result = ex.extract("Iraq Summons Turkish Envoy Over Deadly Strikes in Kurdistan Region")
    assert "over-deadly" not in {a.id for a in result.actors}
    assert ("IRQ", "TUR", "ACCUSE") in {(s.source, s.target, s.type.value) for s in result.stances}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a participle after "X," backs X only where X is a subject, not an object
        (
            "Russia invaded Ukraine, backed by Belarus.",
            ("BLR", "UKR", "SUPPORT", "asserted"),
            ("BLR", "RUS", "SUPPORT", "asserted"),
        ),
        # "claimed" with a clause after its noun phrase reports that clause
        (
            "Moscow claimed the United States had supplied Ukraine with missiles.",
            ("USA", "UKR", "AID", "asserted"),
            ("RUS", "USA", "ACCUSE", "asserted"),
        ),
        # "no fewer than" counts; it denies nothing
        (
            "Iran has supplied no fewer than 400 drones to Russia.",
            ("IRN", "RUS", "AID", "negated"),
            ("IRN", "RUS", "AID", "asserted"),
        ),
        # an apposition's own negation stays
        (
            "India, no ally of China, protested.",
            ("IND", "CHN", "ALLY", "asserted"),
            ("IND", "CHN", "ALLY", "negated"),
        ),
        # a reporting speaker is no party to talks between two others
        (
            "Pakistan said that talks between the United States and Iran are progressing.",
            ("PAK", "USA", "CONSULT", "asserted"),
            None,
        ),
        # a summit between two others after "after" is no visit of the subject's
        (
            "Japan protested after a summit between China and Russia.",
            ("JPN", "CHN", "CONSULT", "asserted"),
            ("CHN", "RUS", "CONSULT", "asserted"),
        ),
        # a relative clause closed by ", and South Korea" gives its head no later verb
        (
            "Japan, which hosts US troops, and South Korea, Washington's treaty ally, urged "
            "North Korea to stop.",
            ("JPN", "PRK", "REQUEST", "asserted"),
            ("KOR", "PRK", "REQUEST", "asserted"),
        ),
        # a spokesman reporting his state's deed (signing) does not take it
        (
            "Iranian Foreign Ministry spokesman Reza Mousavian said Iran signed a ceasefire "
            "agreement with Iraq.",
            ("reza-mousavian", "IRQ", "AGREE", "asserted"),
            None,
        ),
        # a foreign ministry reporting a detention abroad holds no one
        (
            "Evan Gershkovich was detained on Friday, the U.S. State Department said.",
            ("USA", "evan-gershkovich", "COERCE", "asserted"),
            None,
        ),
    ],
)
def test_narrowed_rules_after_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str],
    present: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the day's first versions of the rules misfired (found by a review
    of the whole change): each rule now keeps to what its docstring says."""
    said = found(ex, text)
    assert absent not in said
    if present is not None:
        assert present in said


def test_a_party_named_a_resistance_movement_is_no_armed_group(ex: Extractor) -> None:
    """'National Resistance Movement' (a ruling party) stays an organisation; 'Liberation'
    makes a group."""
    kinds = {
        a.name: a.kind.value
        for a in ex.extract("The National Resistance Movement criticised Kenya.").actors
    }
    assert kinds.get("National Resistance Movement") == "organization"
    kinds = {
        a.name: a.kind.value
        for a in ex.extract("The Azawad Liberation Front attacked Mali.").actors
    }
    assert kinds.get("Azawad Liberation Front") == "group"


def test_a_plural_possessive_inside_a_name_still_names_the_group(ex: Extractor) -> None:
    """'the Kurdistan Workers' Party': the apostrophe of a plural does not cut the name."""
    said = found(ex, "Turkey carried out strikes on Kurdistan Workers' Party hideouts.")
    assert ("TUR", "kurdistan-workers-party", "ASSAULT", "asserted") in said


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # modifiers joined by "and" between the demonym and the noun
        (
            "Iraq protested against a wave of Turkish air and drone strikes on PKK hideouts.",
            ("TUR", "kurdistan-workers-party", "ASSAULT", "asserted"),
            ("IRQ", "kurdistan-workers-party", "ASSAULT", "asserted"),
        ),
        # a list of actor modifiers: each does what the noun names
        (
            "Iran condemned American and Israeli strikes on Syria.",
            ("USA", "SYR", "ASSAULT", "reported"),
            None,
        ),
        (
            "Iraq protested against US and EU sanctions on Iran.",
            ("USA", "IRN", "SANCTION", "asserted"),
            None,
        ),
        # a pronoun after an apposition's comma joins no list
        (
            "Whitcomb reaffirmed a commitment to Japan and South Korea, its two treaty allies.",
            None,
            ("KOR", "JPN", "ALLY", "asserted"),
        ),
    ],
)
def test_modifiers_before_an_event_noun(
    ex: Extractor,
    text: str,
    present: tuple[str, str, str, str] | None,
    absent: tuple[str, str, str, str] | None,
) -> None:
    """Who does what an event noun names, through joined modifiers before it."""
    said = found(ex, text)
    if present is not None:
        assert present in said
    if absent is not None:
        assert absent not in said


@pytest.mark.parametrize(
    ("text", "mutual"),
    [
        ("France and Germany attacked the rebels.", False),
        ("British and French troops attacked rebel positions.", False),
        ("India and Pakistan clashed on Tuesday.", True),
        ("Armenian and Azerbaijani forces fought along the border.", True),
    ],
)
def test_joint_force_with_an_object_is_not_mutual(ex: Extractor, text: str, mutual: bool) -> None:
    """'A and B attacked the rebels': A and B attack someone else, not each other; with no
    object ('clashed', 'fought along') they fight each other."""
    said = {(s, t) for s, t, kind, _ in found(ex, text) if kind == "ASSAULT"}
    pairs = {("FRA", "DEU"), ("GBR", "FRA"), ("IND", "PAK"), ("ARM", "AZE")}
    assert bool(said & pairs) is mutual


def test_a_third_party_rejecting_the_claims_answers_the_last_accuser(ex: Extractor) -> None:
    """'Pakistan and China reject the claims': both answer whoever made them, the accused
    and a third party alike; an accusation three sentences back is too far."""
    said = found(
        ex,
        "The Taliban accused China of exploiting Balochistan. Pakistan and China reject "
        "the claims.",
    )
    assert ("PAK", "TALIBAN", "REJECT", "asserted") in said
    assert ("CHN", "TALIBAN", "REJECT", "asserted") in said
    far = found(
        ex,
        "The Taliban accused China of exploiting Balochistan. Trade grew. Prices rose. "
        "Exports fell. Pakistan rejected the claims.",
    )
    assert ("PAK", "TALIBAN", "REJECT", "asserted") not in far


def test_who_heads_an_office_makes_a_person_of_its_state(ex: Extractor) -> None:
    """'Petar Vuksanovic, who heads the Serbian government's Office for Kosovo,': a name
    given an office by a relative clause is a person, serving the state the clause names."""
    result = ex.extract(
        "Petar Vuksanovic, who heads the Serbian government's Office for Kosovo, accused "
        "Kosovo of abducting a retired officer."
    )
    people = {a.id: a for a in result.actors if a.kind.value == "person"}
    assert people["petar-vuksanovic"].country == "SRB"
    assert ("petar-vuksanovic", "XKX") in {(s.source, s.target) for s in result.stances}


def test_a_verb_after_a_nested_relative_clause_keeps_the_speaker(ex: Extractor) -> None:
    """'X said Y was an officer who had been travelling to a funeral, and demanded his
    release': the one who spoke demands, not the officer of the relative clause; but in
    'prompting Mexico to sever ties and sue Ecuador' the joined infinitives keep Mexico."""
    said = found(
        ex,
        "Dragan Milosavljevic, 58, was detained on Friday, Kosovo's Interior Ministry said. "
        "Petar Vuksanovic said Milosavljevic was an officer who had traveled to a funeral, "
        "and demanded his immediate release.",
    )
    assert ("petar-vuksanovic", "XKX", "REQUEST", "asserted") in said
    said = found(
        ex,
        "Ecuadorian police stormed the embassy to arrest a politician who had been given "
        "refuge there, prompting Mexico to sever ties and sue Ecuador.",
    )
    assert ("MEX", "ECU", "ACCUSE", "asserted") in said
    # "that" opens a subject relative clause as "who" does: "handed" is not the verb the
    # second one shares its subject with, and the quotation between is no stop
    said = found(
        ex,
        "A senior Indian security official, speaking on condition of anonymity, said any "
        'settlement that handed ground to China "would be unacceptable" and accused Beijing '
        'of "nibbling away" at the valleys.',
    )
    assert ("IND", "CHN", "ACCUSE", "asserted") in said


def test_both_after_a_request_verb_means_the_two_just_named(ex: Extractor) -> None:
    """'spoke with Farah and with Kenya's minister, Esther Chelangat, and urged both to': the
    two people this sentence named, not the countries of the story's pair."""
    said = found(
        ex,
        "Kenya seized a Somali boat. IGAD's executive secretary, Mahlet Gebreyes, said she "
        "had spoken with Somali Foreign Minister Abdiwali Farah and with Kenya's foreign "
        "minister, Esther Chelangat, and had urged both to keep talking.",
    )
    requests = {t for s, t, kind, _ in said if s == "mahlet-gebreyes" and kind == "REQUEST"}
    assert requests == {"abdiwali-farah", "esther-chelangat"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU followed the tariff hikes on Chinese EV imports to the U.S. and Canada.",
            {("USA", "CHN"), ("CAN", "CHN")},
        ),
        (
            "The move follows a ban on Russian oil imports into the European Union.",
            {("EU", "RUS")},
        ),
        ("The EU imposed a ban on Russian oil imports.", {("EU", "RUS")}),
    ],
)
def test_a_measure_on_imports_into_a_country_is_that_countrys(
    ex: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    """'tariffs on Chinese imports to the U.S.': the importing country imposes them; 'a ban
    on ... imports' after a determiner is the noun 'ban', not the verb phrase 'ban * imports'."""
    said = {(s, t) for s, t, kind, _ in found(ex, text) if kind == "SANCTION"}
    assert said == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of a relative clause opened after a comma: the head does it
        (
            "Egypt, which shares a long desert border with eastern Libya and has long backed "
            "the Libyan National Army, warned Tripoli.",
            ("EGY", "LNA", "SUPPORT", "asserted"),
        ),
        # 'long' is an adverb of the verb group
        (
            "Egypt, which has long backed the Libyan National Army, warned Tripoli.",
            ("EGY", "LNA", "SUPPORT", "asserted"),
        ),
        # a measure of a joint act ('a week of', 'a new round of') leaves it joint
        (
            "Russian and Belarusian forces began a week of joint exercises.",
            ("RUS", "BLR", "COOPERATE", "asserted"),
        ),
        (
            "India and China held a new round of talks.",
            ("IND", "CHN", "CONSULT", "asserted"),
        ),
    ],
)
def test_verb_groups_relative_clauses_and_measured_acts(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Subjects found through 'has long', a relative clause's second verb, and 'a week of'."""
    assert expected in found(ex, text)


def test_a_bare_verb_after_or_shares_the_modal_before_it(ex: Extractor) -> None:
    """'may develop its own weapons or ask the U.S. to redeploy them': asking is as possible
    as developing; 'tried to restrict or sanction' (no modal) and a past 'or' verb are not
    touched."""
    said = found(ex, "South Korea may develop its own weapons or ask the U.S. to redeploy them.")
    assert ("KOR", "USA", "REQUEST", "hypothetical") in said
    assert ("KOR", "USA", "REQUEST", "asserted") not in said
    said = found(ex, "South Korea developed its own weapons or asked the U.S. to send them.")
    assert ("KOR", "USA", "REQUEST", "asserted") in said


def test_a_body_owned_by_another_country_is_not_the_earlier_body(ex: Extractor) -> None:
    """'Belarus's Foreign Ministry ... Poland's Foreign Ministry': two ministries, not one."""
    result = ex.extract(
        "Belarus's Foreign Ministry accused Poland of spying. Poland's Foreign Ministry "
        "rejected the accusation."
    )
    bodies = {a.id: a.country for a in result.actors if a.kind.value != "country"}
    assert bodies.get("pol-foreign-ministry") == "POL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the detainer named in the request's own relative clause is asked
        (
            "Benin demanded the immediate release of two Beninese customs officers whom "
            "Nigerien police detained on Sunday.",
            ("BEN", "NER", "REQUEST", "asserted"),
        ),
        # someone unnamed: the side that last detained anyone is asked
        (
            "Belarus's KGB said it had arrested a Polish citizen in Grodno. Poland said it had "
            "not been notified and demanded his release.",
            ("POL", "BLR", "REQUEST", "asserted"),
        ),
    ],
)
def test_a_release_request_for_someone_unnamed_asks_the_detainer(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A call to free people the story never names goes to whoever holds them."""
    assert expected in found(ex, text)


def test_a_clause_after_a_place_and_a_comma_is_no_apposition(ex: Extractor) -> None:
    """'near the village of Khurvaleti, and demanded the release of a farmer': 'and' opens
    a clause, not a role phrase, so the village is no person."""
    result = ex.extract(
        "Georgia accused Russian border guards of pushing the line several hundred metres "
        "deeper into Georgian-controlled territory near the village of Khurvaleti, and "
        "demanded the release of a farmer detained there. Khurvaleti accused Russia of lying."
    )
    assert "khurvaleti" not in {a.id for a in result.actors}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the object's own noun ('the threat') is not the evaluation
        (
            'Hungary threatened Ukraine with a veto. Ukraine called the threat "political '
            'blackmail".',
            ("UKR", "HUN", "ACCUSE", "asserted"),
            None,
        ),
        # calling allegations baseless answers whoever made them, not their subject
        (
            "US prosecutors accused Iran of plotting to abduct a journalist living in New York. "
            'Tehran has called the abduction allegations "baseless".',
            ("IRN", "USA", "REJECT", "asserted"),
            None,
        ),
        # a denial already made in the sentence is not made twice by 'and called'
        (
            "Azerbaijan accused Armenia of shelling its positions. Armenia denied that Armenian "
            'troops had fired a shot and called the allegation "disinformation".',
            ("ARM", "AZE", "REJECT", "asserted"),
            None,
        ),
    ],
)
def test_evaluations_of_a_referred_act_or_claim(
    ex: Extractor,
    text: str,
    expected: tuple[str, str, str, str],
    absent: tuple[str, str, str, str] | None,
) -> None:
    """'called the threat blackmail', 'called the allegations baseless'."""
    said = found(ex, text)
    assert expected in said
    if absent is not None:
        assert absent not in said


def test_a_ministry_in_another_capital_is_not_the_earlier_ministry(ex: Extractor) -> None:
    """'In Yerevan, the Defense Ministry' after Azerbaijan's Defense Ministry: Armenia's
    ministry (the place the sentence opens in), not a reference back to Azerbaijan's."""
    result = ex.extract(
        "Azerbaijan's Defense Ministry accused Armenia of shelling. In Yerevan, the Defense "
        "Ministry said Baku was lying."
    )
    accusers = {s.source for s in result.stances if s.target == "AZE"}
    countries = {a.id: a.country for a in result.actors}
    assert accusers and all(countries[a] == "ARM" for a in accusers)


def test_a_listed_speech_verb_reporting_a_clause_keeps_the_subject(ex: Extractor) -> None:
    """'X called the expulsion "unjustified," said Mexico would retaliate, and accused Quito
    of ...': the listed 'said' reports a clause, so X stays the subject of every verb; an
    inverted '"...," said the minister' is not a listed verb."""
    said = found(
        ex,
        "Ecuador expelled the Mexican ambassador. Mexican Foreign Secretary Alejandro Ruiz "
        'Tapia called the expulsion "unjustified," said Mexico would retaliate, and accused '
        "Quito of trying to intimidate a diplomatic mission.",
    )
    assert ("alejandro-ruiz-tapia", "ECU", "ACCUSE", "asserted") in said


def test_islamic_state_khorasan_is_an_armed_group_of_its_own(ex: Extractor) -> None:
    """ISIS-K is a group of its own (PETRARCH2's older dictionaries do not have it)."""
    result = ex.extract("ISIS-K attacked the Taliban in Kabul.")
    kinds = {a.id: a.kind.value for a in result.actors}
    assert kinds.get("ISKP") == "group"


def test_a_participle_after_a_subordinate_clause_takes_the_main_subject(
    ex: Extractor,
) -> None:
    """'X intensified attacks since the withdrawal started, inflicting casualties on Y': X
    inflicts them; a verb joined inside the subordinate clause ('after Baku accused ... and
    warned') keeps that clause's subject."""
    said = found(
        ex,
        "The Taliban have intensified attacks since the foreign troop withdrawal started, "
        "inflicting heavy casualties on Afghan government forces.",
    )
    assert ("TALIBAN", "AFG", "ASSAULT", "asserted") in said
    said = found(
        ex,
        "Georgia offered to host talks after Baku accused Armenian forces of firing on its "
        "positions and warned that it would respond if the shooting continued.",
    )
    assert ("AZE", "ARM", "THREATEN", "asserted") in said


def test_threats_of_a_named_sides_sanctions_are_its_threats(ex: Extractor) -> None:
    """'Turkey faces threats of US sanctions': the United States threatens Turkey."""
    said = found(ex, "Turkey faces threats of US sanctions over its purchase of Russian missiles.")
    assert ("USA", "TUR", "THREATEN", "asserted") in said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey bought Russian S-400 missiles.", ("RUS", "TUR", "AID", "asserted")),
        (
            "Turkey's purchase of Russian S-400 missiles angered Washington.",
            ("RUS", "TUR", "AID", "asserted"),
        ),
        ("India purchased fighter jets from France.", ("FRA", "IND", "AID", "asserted")),
        ("Poland will buy American tanks.", ("USA", "POL", "AID", "hypothetical")),
        ("Turkey did not buy Russian jets.", ("RUS", "TUR", "AID", "negated")),
    ],
)
def test_buying_weapons_from_a_state_is_its_military_aid(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """An arms purchase: the seller arms the buyer, with the verb's modality."""
    assert expected in found(ex, text)


def test_a_quoted_we_buying_weapons_names_no_buyer(ex: Extractor) -> None:
    """'"Then we buy Russian S-400, ... you buy Russian missiles"': the pronouns of a quote
    are no buyers."""
    said = found(ex, '"Then we buy Russian S-400, and then you buy Russian missiles," he said.')
    assert not any(kind == "AID" for _, _, kind, _ in said)


def test_voting_against_it_rejects_the_motions_author(ex: Extractor) -> None:
    """'The IAEA board passed a resolution ... Russia and China voted against it': "it" is the
    resolution, so both reject its author; neither is "it"."""
    said = found(
        ex,
        "The IAEA board passed a resolution censuring Iran. Russia and China voted against it.",
    )
    assert ("RUS", "IAEA", "REJECT", "asserted") in said
    assert ("CHN", "IAEA", "REJECT", "asserted") in said
    assert not any(s in ("RUS", "CHN") and t in ("RUS", "CHN") for s, t, _, _ in said)
    welcomed = found(
        ex, "The IAEA board passed a resolution censuring Iran. Israel welcomed the vote."
    )
    assert ("ISR", "IAEA", "SUPPORT", "asserted") in welcomed


def test_an_object_pronoun_is_none_of_the_joined_subjects(ex: Extractor) -> None:
    """'Brazil and Argentina accused it': "it" is neither Brazil nor Argentina."""
    said = found(
        ex,
        "Paraguay closed the border. Brazil and Argentina condemned it on Monday.",
    )
    assert not any(s in ("BRA", "ARG") and t in ("BRA", "ARG") for s, t, _, _ in said)


def test_whose_envoy_a_state_expelled_is_a_sanction_of_the_head(ex: Extractor) -> None:
    """'France, whose ambassador Niger expelled in August': Niger expelled France's envoy."""
    said = found(
        ex,
        "Niger accused ECOWAS of acting on behalf of France, whose ambassador Niger expelled "
        "in August.",
    )
    assert ("NER", "FRA", "SANCTION", "asserted") in said


def test_fighting_a_war_is_mutual(ex: Extractor) -> None:
    """'India and Pakistan fought a war in 1999': the war is the fight itself, not an object
    both attacked."""
    said = found(ex, "India and Pakistan fought a brief war in 1999.")
    assert ("IND", "PAK", "ASSAULT", "asserted") in said
    assert ("PAK", "IND", "ASSAULT", "asserted") in said


def test_signing_a_defence_pact_makes_the_signers_allies(ex: Extractor) -> None:
    """'Egypt, Eritrea and Somalia signed a mutual defence pact': each backs and allies with
    the others; a trade pact makes no allies."""
    said = found(ex, "Egypt, Eritrea and Somalia signed a mutual defence pact in Asmara.")
    allies = {frozenset((s, t)) for s, t, kind, _ in said if kind == "ALLY"}
    assert allies == {frozenset(p) for p in (("EGY", "ERI"), ("EGY", "SOM"), ("ERI", "SOM"))}
    assert ("EGY", "ERI", "SUPPORT", "asserted") in said
    said = found(ex, "Egypt and Eritrea signed a trade pact.")
    assert not any(kind == "ALLY" for _, _, kind, _ in said)


def test_a_headlines_capitals_after_a_possessive_make_no_person(ex: Extractor) -> None:
    """'India Rejects Nepal's New Map, Summons Envoy': in a title-case headline the words
    after "Nepal's" are capitalised as every word is; no person 'New Map'."""
    result = ex.extract("India Rejects Nepal's New Map, Summons Envoy as Kalapani Row Flares")
    assert not any(a.kind.value == "person" for a in result.actors)
    assert ("IND", "NPL") in {(s.source, s.target) for s in result.stances}


def test_an_official_placed_by_an_opening_phrase_serves_that_place(ex: Extractor) -> None:
    """'At a briefing in Beijing, Foreign Ministry spokesperson Wu Liqun': China's, not the
    country the story names most."""
    said = found(
        ex,
        "TOKYO — Japan arrested a Chinese trawler captain near the Senkaku islands. Japan's "
        "coast guard said the trawler rammed two patrol boats. At a briefing in Beijing, "
        "Foreign Ministry spokesperson Wu Liqun said Japan was lying.",
    )
    assert ("wu-liqun", "JPN", "ACCUSE", "asserted") in said


def test_a_ministry_in_a_capital_serves_that_capitals_state(ex: Extractor) -> None:
    """'The Foreign Ministry in Tallinn' is Estonia's, though the story names Russia more."""
    result = ex.extract(
        "Russia sent a jet over the gulf. Russia warned Estonia. Estonia detained a Russian "
        "tanker. The Foreign Ministry in Tallinn summoned Russia's charge d'affaires."
    )
    countries = {a.id: a.country for a in result.actors}
    accusers = [s.source for s in result.stances if s.target == "RUS" and s.source != "EST"]
    assert accusers and all(countries[a] == "EST" for a in accusers)


def test_the_government_of_a_named_state_is_that_state(ex: Extractor) -> None:
    """'We call on the government of Nepal to refrain': Nepal is asked, not the speaker's
    own government (the description is not resolved when 'of X' names it)."""
    said = found(
        ex,
        "Nepal published a new map. Indian Foreign Ministry spokesman Rajesh Malhotra said the "
        'map was unacceptable to India. "We call on the government of Nepal to refrain from '
        'such claims," he said.',
    )
    assert ("rajesh-malhotra", "NPL", "REQUEST", "asserted") in said
    assert not any(t == "IND" and s == "rajesh-malhotra" for s, t, _, _ in said)


def test_fighting_alongside_a_group_one_is_accused_of(ex: Extractor) -> None:
    """'Rwanda accused Burundi of fighting alongside the FDLR': Burundi works with the FDLR,
    as Rwanda reports it; the accusation itself is no act done alongside the FDLR."""
    said = found(
        ex,
        "Rwanda accused Burundi of fighting alongside the Democratic Forces for the "
        "Liberation of Rwanda, or FDLR.",
    )
    assert ("BDI", "FDLR", "COOPERATE", "reported") in said
    assert ("RWA", "BDI", "ACCUSE", "asserted") in said
    assert not any(s == "FDLR" for s, _, _, _ in said)


def test_a_ministry_of_two_portfolios_keeps_its_whole_name(ex: Extractor) -> None:
    """'the Ministry of Oceans and Fisheries': 'and' inside a body's 'of' complement joins
    the name; 'the Ministry of Defence and the army' stays two."""
    result = ex.extract("South Korea's Ministry of Oceans and Fisheries accused Japan of lying.")
    names = {a.name: a.country for a in result.actors}
    assert names.get("South Korea's Ministry of Oceans and Fisheries") == "KOR"


def test_locked_in_a_dispute_is_a_rivalry(ex: Extractor) -> None:
    """'Guyana is locked in a dispute with Venezuela': rivals; a settled dispute is not."""
    said = found(ex, "Guyana is locked in a bitter territorial dispute with Venezuela.")
    assert ("GUY", "VEN", "RIVAL", "asserted") in said
    said = found(ex, "Uzbekistan settled its border disputes with Tajikistan.")
    assert not any(kind == "RIVAL" for _, _, kind, _ in said)


def test_revoking_a_licence_sanctions_whom_it_allowed(ex: Extractor) -> None:
    """'revoked a licence that allowed Trinidad and Tobago to develop a gas field'."""
    said = found(
        ex,
        "The United States has revoked a licence that allowed Trinidad and Tobago to develop "
        "an offshore gas field.",
    )
    assert ("USA", "TTO", "SANCTION", "asserted") in said


def test_an_emphatic_reflexive_names_no_one(ex: Extractor) -> None:
    """'accused Burundian soldiers of killing the villagers themselves': 'themselves' is the
    soldiers' own emphasis, not the state named last (Rwanda)."""
    article = Path(__file__).parent / "fresh" / "rwanda-burundi-border-closure-red-tabara.txt"
    result = ex.extract(article.read_text(encoding="utf-8"), document_id="d")
    assert not any(
        "themselves" in s.evidence.text and (s.source, s.target) == ("BDI", "RWA")
        for s in result.stances
    )


def test_the_comment_refers_back_to_its_speaker(ex: Extractor) -> None:
    """'X said ... Y called the comment "an insult"': the comment is X's."""
    said = found(
        ex,
        "Indian Foreign Minister Arvind Rathore said Nepal was acting for China. Nepalese "
        'Foreign Minister Sushila Pandey called the comment "an insult to the Nepalese people".',
    )
    assert ("sushila-pandey", "arvind-rathore", "ACCUSE", "asserted") in said


def test_summoning_an_envoy_named_as_a_person_accuses_his_state(ex: Extractor) -> None:
    """'summoned Nepal's ambassador, Hari Prasad Bhandari,': the title sits inside the
    person's name, and the summons is a protest to Nepal all the same."""
    said = found(ex, "India summoned Nepal's ambassador, Hari Prasad Bhandari, on Tuesday.")
    assert ("IND", "NPL", "ACCUSE", "asserted") in said


def test_the_two_allies_names_the_pair(ex: Extractor) -> None:
    """'urged the two allies to keep their eyes on the challenges': the two states the story
    set against each other."""
    said = found(
        ex,
        "South Korea protested Japan's seizure of a fishing boat. Japan and South Korea "
        "traded accusations. A State Department spokesman urged the two allies to cooperate.",
    )
    asked = {t for _, t, kind, _ in said if kind == "REQUEST"}
    assert asked == {"JPN", "KOR"}


def test_a_quoted_modifier_keeps_the_nouns_owner(ex: Extractor) -> None:
    """'its "ironclad" alliances with Japan': the quote marks around a modifier do not cut
    the noun from its owner."""
    said = found(
        ex, 'He said the United States valued its "ironclad" alliances with Japan and South Korea.'
    )
    assert ("USA", "JPN", "ALLY", "asserted") in said


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Al-Shabab has fought the Somali government for two decades.", ("al-shabab", "SOM")),
        (
            "The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces.",
            ("RSF", "sdn-armed-forces"),
        ),
    ],
)
def test_fighting_someone_is_fighting_each_other(
    ex: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """Fighting between two parties is an assault both ways (the coding choice of the
    real-news keys), where the one fought is the verb's object."""
    said = found(ex, text)
    assert (pair[0], pair[1], "ASSAULT", "asserted") in said
    assert (pair[1], pair[0], "ASSAULT", "asserted") in said


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # calling allegations something not dismissive is no denial
        (
            "Ukraine accused Russia of deporting children. The United States called the "
            "allegations credible and demanded an investigation.",
            ("USA", "UKR", "REJECT", "asserted"),
            None,
        ),
        # a generic release call is not pinned on the last detainer
        (
            "Belarus has jailed hundreds of activists. Russia detained an American journalist "
            "on Friday. The EU called for the release of all political prisoners in Belarus.",
            ("EU", "RUS", "REQUEST", "asserted"),
            None,
        ),
        # a stopped purchase arms no one; the asked buyer buys; 'from' after a participle
        ("India has stopped buying Russian weapons.", ("RUS", "IND", "AID", "asserted"), None),
        ("India cut its purchases of Russian arms.", ("RUS", "IND", "AID", "asserted"), None),
        (
            "Washington urged Ankara not to buy Russian missiles.",
            ("RUS", "USA", "AID", "negated"),
            None,
        ),
        ("Hamas acquired rockets smuggled from Egypt.", ("EGY", "HAMAS", "AID", "asserted"), None),
        (
            "Poland plans to purchase K2 tanks from South Korea.",
            ("POL", "KOR", "AID", "hypothetical"),
            ("KOR", "POL", "AID", "hypothetical"),
        ),
        # time words after 'clashed' are no object, but 'this town' is
        (
            "India and China clashed last month in the Himalayas.",
            ("IND", "CHN", "COERCE", "asserted"),
            ("CHN", "IND", "ASSAULT", "asserted"),
        ),
        (
            "France and Germany attacked this town.",
            ("FRA", "DEU", "ASSAULT", "asserted"),
            None,
        ),
        # an author named before the noun keeps the measure
        (
            "EU sanctions on Russian gas imports into Hungary were extended.",
            ("HUN", "RUS", "SANCTION", "asserted"),
            ("EU", "RUS", "SANCTION", "asserted"),
        ),
        # a food security pact makes no allies
        (
            "Kenya and Ethiopia signed a food security pact.",
            ("KEN", "ETH", "ALLY", "asserted"),
            None,
        ),
        # 'voted against it' reaches back two sentences at most
        (
            "The Security Council passed a resolution on Sudan last year. Ukraine asked to join "
            "the alliance. Trade grew. Hungary voted against it.",
            ("HUN", "UNSC", "REJECT", "asserted"),
            None,
        ),
    ],
)
def test_rules_after_the_tenth_days_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str],
    present: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the day's first versions of the rules misfired (found by a review
    of the whole change)."""
    said = found(ex, text)
    assert absent not in said
    if present is not None:
        assert present in said


def test_a_spokesman_of_a_foreign_ministry_serves_its_state_in_any_dateline(
    ex: Extractor,
) -> None:
    """'Chinese Foreign Ministry spokesman Lin Haotian' in a story datelined Ulaanbaatar is
    China's, not the dateline's country; 'Lin' later is the same man."""
    text = (
        "Talks open\n\nULAANBAATAR, Mongolia — Mongolia opened talks with Russia on Wednesday. "
        "Chinese Foreign Ministry spokesman Lin Haotian said Mongolia was wrong. "
        "Lin criticized Mongolia."
    )
    res = ex.extract(text, document_id="t")
    people = {a.id: a.country for a in res.actors if a.kind.value == "person"}
    assert people.get("lin-haotian") == "CHN"
    assert ("lin-haotian", "MNG", "ACCUSE", "asserted") in found(ex, text)


def test_a_warning_reaches_its_subject_across_an_opening_quote(ex: Extractor) -> None:
    """'warned that Mongolia "will bear full responsibility"': the quote mark before the
    verb group does not hide the one warned (blamed in advance, as the lexicon types it)."""
    text = 'China warned that Mongolia "will bear full responsibility for the consequences."'
    assert ("CHN", "MNG", "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Forces loyal to the Government of National Unity attacked the Libyan National Army.",
            ("government-of-national-unity", "LNA", "ASSAULT", "asserted"),
        ),
        (
            "Militias allied with the Houthis attacked Saudi Arabia.",
            ("HOUTHIS", "SAU", "ASSAULT", "asserted"),
        ),
    ],
)
def test_forces_loyal_to_a_side_act_for_it(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'forces loyal to X', 'militias allied with X': the fighters are X's."""
    assert stance in found(ex, text)


def test_a_phrase_reaches_the_holder_of_positions_it_names(ex: Extractor) -> None:
    """'opened fire on positions held by X': against the holder, as after a verb."""
    assert ("LBY", "EGY", "ASSAULT", "asserted") in found(
        ex, "Libya opened fire on positions held by Egypt."
    )


def test_an_ambiguous_demonym_before_a_title_names_the_country(ex: Extractor) -> None:
    """'Georgian Foreign Minister X': the capitalised title after "Georgian" does not make
    it part of another name (as in "Georgia Tech"), so she serves Georgia."""
    res = ex.extract("Georgian Foreign Minister Nino Kharaishvili criticized Russia.")
    assert {a.id: a.country for a in res.actors}.get("nino-kharaishvili") == "GEO"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The RSF shelled El Obeid.", ("RSF", "SDN", "ASSAULT", "asserted")),
        ("The KNU attacked Myanmar's military.", ("KNU", "MMR", "ASSAULT", "asserted")),
        ("Colombia accused the ELN of the bombing.", ("COL", "ELN", "ACCUSE", "asserted")),
    ],
)
def test_armed_groups_known_by_their_acronyms(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Groups news names by acronym alone, with no '(RSF)' introduction to learn it from."""
    said = found(ex, text)
    assert any(s[0] == stance[0] and s[2] == stance[2] for s in said), said


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a mediator after "brokered by" is no party to the deal
        (
            "Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.",
            ("ISR", "QAT", "AGREE", "asserted"),
            ("ISR", "HAMAS", "AGREE", "asserted"),
        ),
        # progress on talks is no attack
        (
            "India and China agreed to advance on border talks.",
            ("IND", "CHN", "ASSAULT", "hypothetical"),
            None,
        ),
        # a US state before a title is no country
        (
            "Georgia Senator Raphael Warnock criticised Israel.",
            ("ISR", "GEO", "ASSAULT", "asserted"),
            None,
        ),
        # a first name seen earlier yields to a later person's surname
        (
            "Iranian Foreign Minister Abbas Araghchi met Palestinian President Mahmoud Abbas "
            "in Doha. Abbas accused Israel of genocide.",
            ("abbas-araghchi", "ISR", "ACCUSE", "asserted"),
            ("mahmoud-abbas", "ISR", "ACCUSE", "asserted"),
        ),
        # named rebels allied with a state stay the rebels; "groups" are no fighters
        (
            "M23 rebels allied with Rwanda attacked Congolese troops.",
            ("RWA", "COD", "ASSAULT", "asserted"),
            ("M23", "RWA", "ALLY", "asserted"),
        ),
        (
            "Activist groups allied with Washington criticised China.",
            ("USA", "CHN", "ACCUSE", "asserted"),
            None,
        ),
        # every "loyal to" phrase of a sentence, not only the first
        (
            "Fighters loyal to Hezbollah fired rockets at Israel, while militias allied with "
            "Iran attacked Saudi Arabia.",
            ("HEZBOLLAH", "SAU", "ASSAULT", "asserted"),
            ("IRN", "SAU", "ASSAULT", "asserted"),
        ),
        # an opposition foundation's director is no official of the state
        (
            "Russian opposition Anti-Corruption Foundation director Maria Pevchikh accused the "
            "Kremlin of fraud.",
            ("maria-pevchikh", "RUS", "ASSAULT", "asserted"),
            ("maria-pevchikh", "RUS", "ACCUSE", "asserted"),
        ),
    ],
)
def test_rules_after_the_eleventh_days_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str],
    present: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the eleventh day's first versions of the rules misfired (found by
    a review of the whole change)."""
    said = found(ex, text)
    assert absent not in said
    if present is not None:
        assert present in said


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Talks offered\n\nMANILA, Philippines — The Philippines protested to China. "
            "Indonesia, whose Foreign Minister Ratna Wiryawan has offered to host talks, "
            "called for calm.",
            "ratna-wiryawan",
            "IDN",
        ),
        (
            "Memorial boycott\n\nSEOUL — South Korea stayed away. Tokyo's top government "
            "spokesman, Chief Cabinet Secretary Takuya Morimoto, said Japan regrets Seoul's "
            "absence. Morimoto criticized South Korea.",
            "takuya-morimoto",
            "JPN",
        ),
        (
            "Embassy row\n\nQUITO, Ecuador — Ecuador protested to Mexico. The United States "
            "urged calm. Deputy Assistant Secretary of State Thomas Keane spoke with Ecuador.",
            "thomas-keane",
            "USA",
        ),
    ],
)
def test_an_unowned_official_takes_the_state_the_sentence_gives(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """A title with no country ('Foreign Minister X') takes the state whose official they are
    ('Indonesia, whose ...'), the owner of the role in apposition ('Tokyo's top spokesman,
    Chief Cabinet Secretary X'), or the United States for a Secretary of State, before the
    country the story names most."""
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get(person) == country


def test_an_official_after_a_states_sentence_serves_that_state(ex: Extractor) -> None:
    """'Iran rejected the accusation. Foreign Ministry spokesperson X said ...': a title with
    no country, opening the sentence after one whose subject is a state, is that state's."""
    text = (
        "Talks\n\nMUSCAT, Oman — Oman hosted talks. Oman welcomed the delegations. The United "
        "States accused Iran of arming the Houthis. Iran rejected the accusation. Foreign "
        "Ministry spokesperson Mahnaz Karimi said the sanctions were a pretext. Karimi "
        "criticized the United States."
    )
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get("mahnaz-karimi") == "IRN"


def test_a_demonym_before_a_known_ministry_name_makes_another_body(ex: Extractor) -> None:
    """'Russian Foreign Ministry spokeswoman X' after Kyrgyzstan's Foreign Ministry is
    Russia's ministry, not a second mention of Kyrgyzstan's."""
    text = (
        "Clash\n\nBISHKEK, Kyrgyzstan — Kyrgyzstan's Foreign Ministry accused Tajikistan of "
        "shelling. Russian Foreign Ministry spokeswoman Darya Kostromina criticized Tajikistan."
    )
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get("darya-kostromina") == "RUS"


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Mark Lambert, the special envoy for North Korea, criticized China.",
            "mark-lambert",
            None,
        ),
        ("Joshua Pollack, a North Korean expert, criticized China.", "joshua-pollack", None),
        ("John Smith, the U.S. ambassador to China, criticized Russia.", "john-smith", "USA"),
        (
            "Pedro Alves, a spokesman for Brazil's foreign ministry, criticized Peru.",
            "pedro-alves",
            "BRA",
        ),
    ],
)
def test_a_post_pointing_at_a_country_is_not_its_holders_country(
    ex: Extractor, text: str, person: str, country: str | None
) -> None:
    """'the special envoy for North Korea', 'a North Korean expert': the country is the post's
    object or the field, not whom the person serves; 'a spokesman for Brazil's ministry' is."""
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get(person, "absent") == country


def test_a_list_after_comma_and_that_takes_a_verb_opens_a_clause(ex: Extractor) -> None:
    """'its backing for the case, and Colombia, Spain and Ireland are among ...': the listed
    states are the next clause's subject, not more objects of the backing."""
    said = found(
        ex,
        "South Africa sued Israel. The African Union reaffirmed its backing for South Africa, "
        "and Colombia, Spain and Ireland are among its supporters.",
    )
    assert ("AU", "ZAF", "SUPPORT", "asserted") in said
    assert not any(s[0] == "AU" and s[1] in ("COL", "ESP", "IRL") for s in said)


def test_a_police_raid_is_coercion_not_an_attack(ex: Extractor) -> None:
    """'Kosovo police raided five Serbian-run offices': a seizure (CAMEO 17), while an army's
    raid stays an attack."""
    said = found(ex, "Kosovo police raided five Serbian-run offices.")
    assert ("XKX", "SRB", "COERCE", "asserted") in said
    assert ("XKX", "SRB", "ASSAULT", "asserted") not in said
    assert ("ISR", "LBN", "ASSAULT", "asserted") in found(ex, "Israeli troops raided Lebanon.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Defense Minister Saleem Jadoon repeated Islamabad's charge that India finances "
            "the TTP.",
            ("saleem-jadoon", "IND", "ACCUSE", "asserted"),
            ("saleem-jadoon", "PAK", "ACCUSE", "asserted"),
        ),
        (
            "Pakistan accused India of funding the TTP, an accusation New Delhi has "
            "consistently rejected.",
            ("IND", "PAK", "REJECT", "asserted"),
            None,
        ),
        (
            "Pakistan accused India of funding the TTP, an accusation that New Delhi has rejected.",
            ("IND", "PAK", "REJECT", "asserted"),
            ("TTP", "IND", "ACCUSE", "reported"),
        ),
    ],
)
def test_a_charge_names_its_owner_and_its_target_apart(
    ex: Extractor,
    text: str,
    present: tuple[str, str, str, str],
    absent: tuple[str, str, str, str] | None,
) -> None:
    """'repeated Islamabad's charge that India ...': Islamabad owns the charge, India is
    charged; 'an accusation (that) New Delhi has consistently rejected': New Delhi rejects
    the accuser."""
    said = found(ex, text)
    assert present in said
    if absent is not None:
        assert absent not in said


def test_lodging_protests_in_the_plural_accuses(ex: Extractor) -> None:
    """'Japan lodged protests with Russia' as 'lodged a protest with Russia'."""
    assert ("JPN", "RUS", "ACCUSE", "asserted") in found(ex, "Japan lodged protests with Russia.")


def test_an_apposition_after_said_is_the_reported_clauses_subject(ex: Extractor) -> None:
    """'Lin said China's envoy, Zhou Hanming, would visit Islamabad': the envoy visits, not
    the speaker."""
    said = found(
        ex,
        "Chinese spokeswoman Lin Jiaxin said China's envoy, Zhou Hanming, would visit Islamabad.",
    )
    assert ("zhou-hanming", "PAK", "CONSULT", "hypothetical") in said
    assert ("lin-jiaxin", "PAK", "CONSULT", "hypothetical") not in said


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The United States said it was ending the remaining development assistance to "
            "South Africa.",
            ("USA", "ZAF", "SANCTION", "asserted"),
        ),
        ("The United States cut aid to Ethiopia.", ("USA", "ETH", "SANCTION", "asserted")),
        ("The EU imposed measures on Kosovo.", ("EU", "XKX", "SANCTION", "asserted")),
    ],
)
def test_stopping_aid_and_imposing_measures_are_sanctions(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Ending, cutting or suspending aid is a sanction (CAMEO 1621), not aid."""
    said = found(ex, text)
    assert stance in said
    assert (stance[0], stance[1], "AID", "asserted") not in said


def test_a_call_for_an_end_to_violence_somewhere_asks_that_country(ex: Extractor) -> None:
    """'Moldova demanded the release of a journalist held in Transnistria', 'urged an end to
    violence in Syria': a request with no addressee named asks the place's country or group."""
    assert ("MDA", "TRANSNISTRIA", "REQUEST", "asserted") in found(
        ex, "Moldova demanded the release of a journalist held in Transnistria."
    )
    assert ("FRA", "SYR", "REQUEST", "asserted") in found(
        ex, "France urged an end to violence in Syria."
    )


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Rafah\n\nCAIRO, Egypt — Egypt condemned Israel. Israel rejected the criticism. "
            '"Israel is not blocking aid," Foreign Ministry spokesman Eitan Shapira said. '
            "Shapira criticized Egypt.",
            "eitan-shapira",
            "ISR",
        ),
        (
            "Tuvalu\n\nTAIPEI, Taiwan — Taiwan recalled its envoy. Taiwan criticized China. "
            "A State Department spokesperson, Megan Callow, said the United States would "
            "support Taiwan.",
            "megan-callow",
            "USA",
        ),
    ],
)
def test_an_official_after_a_quote_or_titled_by_a_us_department(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """A speaker named after the quotation that opens the sentence takes the previous
    sentence's state like one opening it; 'A State Department spokesperson, X' serves the
    United States."""
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get(person) == country


def test_money_pledged_is_aid_to_come(ex: Extractor) -> None:
    """'The EU pledged 100 million euros to Tunisia': an agreement and hypothetical aid."""
    said = found(ex, "The EU pledged 100 million euros to Tunisia.")
    assert {("EU", "TUN", "AGREE", "asserted"), ("EU", "TUN", "AID", "hypothetical")} <= said


def test_putting_a_navy_on_heightened_alert_mobilises(ex: Extractor) -> None:
    """'put its navy on heightened alert' against the side whose act prompted it."""
    said = found(ex, "Greece put its navy on heightened alert after Turkey sent a ship.")
    assert ("GRC", "TUR", "MOBILIZE", "asserted") in said


def test_a_commentary_headline_gives_no_stance(ex: Extractor) -> None:
    """'Analysts: Japan's new prime minister may seek ...', 'Q&A: ...': a headline over a view
    or an interview summarises it; the body's sentences carry the stances."""
    text = (
        "Analysts: Japan may seek nuclear consulting body with US\n\n"
        "TOKYO — Japan criticized China on Monday."
    )
    said = found(ex, text)
    assert ("JPN", "USA", "CONSULT", "hypothetical") not in said
    assert ("JPN", "CHN", "ACCUSE", "asserted") in said
    plain = "Japan may seek nuclear consulting body with US\n\nTOKYO — Japan criticized China."
    assert ("JPN", "USA", "CONSULT", "hypothetical") in found(ex, plain)


@pytest.mark.parametrize(
    ("text", "retreat"),
    [
        ("Canada urged the United States to drop its tariffs.", ("USA", "CAN")),
        ("China demanded that Japan lift the ban.", ("JPN", "CHN")),
        ("France called on Mali to free the journalist Olivier Dubois.", ("MLI", "olivier-dubois")),
    ],
)
def test_a_demand_to_undo_a_measure_is_the_asked_sides_retreat_to_come(
    ex: Extractor, text: str, retreat: tuple[str, str]
) -> None:
    """The keys' convention: a demand to drop a measure or free someone is a REQUEST plus the
    asked side's hypothetical RETREAT (toward the asker, or the person to be freed)."""
    said = found(ex, text)
    assert (retreat[0], retreat[1], "RETREAT", "hypothetical") in said
    assert not any(
        s[2] == "RETREAT" for s in found(ex, "The EU urged both sides to return to talks.")
    )


def test_a_phrase_gap_never_crosses_a_modal(ex: Extractor) -> None:
    """'warned it would retaliate against India': 'warn * against' may not swallow 'it would
    retaliate', which is a clause of its own."""
    said = found(ex, "Pakistan warned it would retaliate against India.")
    assert ("PAK", "IND", "THREATEN", "asserted") in said


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a request asks nothing of its venue
        (
            "China urged restraint at a summit in Malaysia.",
            ("CHN", "MYS", "REQUEST", "asserted"),
            None,
        ),
        # easing tensions is no retreat
        (
            "China urged India and Pakistan to ease tensions.",
            ("IND", "CHN", "RETREAT", "hypothetical"),
            None,
        ),
        # police who report a raid are not its raiders
        (
            "Lebanese police said Israeli troops raided southern Lebanon.",
            ("ISR", "LBN", "COERCE", "reported"),
            ("ISR", "LBN", "ASSAULT", "reported"),
        ),
        # a news label is no commentary
        (
            "Exclusive: China to impose sanctions on U.S. defense firms\n\n"
            "BEIJING — China said it would act.",
            None,
            ("CHN", "USA", "SANCTION", "hypothetical"),
        ),
        # money named in what was pledged to be imposed is no aid
        (
            "The EU pledged to impose $1 billion in tariffs on U.S. goods.",
            ("EU", "USA", "AID", "hypothetical"),
            None,
        ),
        # an accusation whose clause has its own object stays an accusation
        (
            "Ukraine made the accusation that Russia rejected every proposal for a ceasefire.",
            None,
            ("UKR", "RUS", "ACCUSE", "asserted"),
        ),
        # turning the volume down is no rejection
        (
            "Hungary turned the volume down on its criticism of Ukraine.",
            ("HUN", "UKR", "REJECT", "asserted"),
            None,
        ),
    ],
)
def test_rules_after_the_eleventh_days_second_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str] | None,
    present: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the eleventh day's later rules misfired (found by a second review
    of the whole change)."""
    said = found(ex, text)
    if absent is not None:
        assert absent not in said
    if present is not None:
        assert present in said


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Strikes\n\nTEHRAN, Iran — Israel struck Iranian nuclear sites on Friday. Foreign "
            "Ministry spokesman Esmaeil Baghaei said Tehran would respond. Baghaei "
            "criticized Israel.",
            "esmaeil-baghaei",
            "IRN",
        ),
        (
            "Patriots\n\nKYIV, Ukraine — Ukraine asked for help. Foreign Minister Andriy "
            "Kovalenko said in Washington on Tuesday that he had asked the United States for "
            "more Patriot systems. Kovalenko criticized Russia.",
            "andriy-kovalenko",
            "UKR",
        ),
        (
            "Adviser\n\nTEHRAN, Iran — Iran protested. Ali Velayati, a senior adviser to "
            "Iran's supreme leader, criticized Israel.",
            "ali-velayati",
            "IRN",
        ),
        (
            "Defence\n\nLONDON — Britain and the United States met. Jonah Hillcroft, the "
            "Secretary of State for Defence, criticized Russia.",
            "jonah-hillcroft",
            "GBR",
        ),
    ],
)
def test_an_officials_home_after_the_second_review(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """The official reacting to another state's act, a minister speaking abroad, an adviser
    to a state's leader and a British Secretary of State keep their own state."""
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get(person) == country


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Jets\n\nANKARA, Turkey — Tension rose. The Greek Foreign Ministry said Turkish "
            "jets violated its airspace on Monday. Foreign Minister Selim Aktas rejected the "
            "accusation as baseless.",
            "selim-aktas",
            "TUR",
        ),
        (
            "Shoal\n\nMANILA, Philippines — Tension rose. China deployed coast guard ships "
            "near the shoal, and Foreign Secretary Enrique Manalo summoned the Chinese "
            "ambassador.",
            "enrique-manalo",
            "PHL",
        ),
    ],
)
def test_an_official_is_not_given_the_other_sides_state(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """A ministry of the other side in the previous sentence, or a state that acted in the
    clause before ', and', does not give an official its country (the third review)."""
    res = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in res.actors}.get(person) == country


@pytest.mark.parametrize(
    "text",
    [
        "Germany said it would never stop supporting Ukraine.",
        "Turkey ended up backing Sweden's bid to join NATO.",
    ],
)
def test_support_that_does_not_stop_is_no_sanction(ex: Extractor, text: str) -> None:
    """'would never stop supporting', 'ended up backing': no sanction is read."""
    assert not any(s[2] == "SANCTION" for s in found(ex, text))


def test_a_quotation_opening_a_phrases_gap_keeps_the_phrase(ex: Extractor) -> None:
    """'expressed "full solidarity with Greece and Cyprus"': the quote mark after the verb
    does not break 'express * solidarity with'."""
    said = found(ex, 'EU leaders expressed "full solidarity with Greece and Cyprus."')
    assert {("EU", "GRC", "SUPPORT", "asserted"), ("EU", "CYP", "SUPPORT", "asserted")} <= said


def test_suspending_budget_support_is_no_support(ex: Extractor) -> None:
    """'The EU suspended budget support to Niger': a sanction, not the support it ends."""
    said = found(ex, "The EU suspended budget support to Niger after the coup.")
    assert ("EU", "NER", "SANCTION", "asserted") in said
    assert ("EU", "NER", "SUPPORT", "asserted") not in said


@pytest.mark.parametrize(
    "claim",
    [
        "The attack near Dapaong was claimed on Saturday by JNIM.",
        "JNIM claimed responsibility for the attack on Saturday.",
    ],
)
def test_whoever_claimed_an_attack_is_the_one_condemned_for_it(ex: Extractor, claim: str) -> None:
    """A group claiming the attack is its author, even when a later act of force by another
    side came between ('condemned the attack' accuses the claimant, not the army)."""
    text = (
        f"{claim} The Togolese army said soldiers had killed 12 JNIM fighters in an "
        "operation near the border. Ghana has not suffered a jihadist attack on its soil. "
        "ECOWAS condemned the attack."
    )
    said = found(ex, text)
    assert ("ECOWAS", "JNIM", "ACCUSE", "asserted") in said
    assert not any(s[0] == "ECOWAS" and s[1] != "JNIM" and s[2] == "ACCUSE" for s in said)
    assert not any(s[0] == "GHA" and s[2] == "ASSAULT" for s in said)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The group's spokesman, Jean Dupont, urged Ghana to act.", "jean-dupont"),
        (
            "Its commissioner for political affairs, peace and security, Fatoumata Keita-Sow, "
            "urged Ghana to reopen the border.",
            "fatoumata-keita-sow",
        ),
        (
            "The African Union Commission's chairperson, Moussa Diarra, urged Ghana to act.",
            "moussa-diarra",
        ),
    ],
)
def test_a_named_official_after_an_owned_role_is_the_speaker(
    ex: Extractor, text: str, person: str
) -> None:
    """'The group's spokesman, X,', 'Its commissioner for A, B and C, X,', 'the African Union
    Commission's chairperson, X,': the named person urges, not the body or no one."""
    assert (person, "GHA", "REQUEST", "asserted") in found(ex, text)


def test_a_quotation_closing_inside_a_phrase_keeps_the_phrase(ex: Extractor) -> None:
    """'expressed "total solidarity" with Chisinau': the closing quote mark before 'with'
    does not break 'express * solidarity with'."""
    said = found(ex, 'Romania expressed "total solidarity" with Moldova.')
    assert ("ROU", "MDA", "SUPPORT", "asserted") in said


def test_and_that_opens_a_clause_not_a_list(ex: Extractor) -> None:
    """'stood in full solidarity with Latvia and that the EU would send officers': the EU is
    the subject of the next clause, not a second target."""
    said = found(
        ex,
        "Germany said it stood in full solidarity with Latvia and that the EU would send "
        "more officers.",
    )
    assert ("DEU", "LVA", "SUPPORT", "asserted") in said
    assert not any(s[1] == "EU" for s in said)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russian Ambassador Oleg Petrenev was summoned to the Moldovan Foreign Ministry.",
            "mda-foreign-ministry",
        ),
        ("The Russian ambassador was summoned by Moldova on Monday.", "MDA"),
        ("Russia's ambassador in Chisinau was summoned on Monday.", "MDA"),
    ],
)
def test_a_summoned_envoy_in_the_passive_is_a_protest_to_his_state(
    ex: Extractor, text: str, source: str
) -> None:
    """'X was summoned to the Moldovan Foreign Ministry / by Moldova', 'Russia's ambassador
    in Chisinau was summoned': the summoner (else the host of the posting) protests."""
    assert (source, "RUS", "ACCUSE", "asserted") in found(ex, text)


def test_a_passive_summons_with_no_summoner_names_no_one(ex: Extractor) -> None:
    """'The Russian ambassador was summoned on Monday': no summoner is guessed."""
    assert not found(ex, "The Russian ambassador was summoned on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Moldova declared a counsellor and two attaches at the Russian Embassy persona non grata.",
        "Moldova expelled a counsellor at the Russian Embassy.",
        "Moldova expelled two diplomats from the Russian Embassy.",
    ],
)
def test_expelling_an_embassys_staff_sanctions_its_state(ex: Extractor, text: str) -> None:
    """Staff 'at the Russian Embassy' declared persona non grata or expelled: a sanction on
    Russia (a long literal tail such as 'persona non grata' may end a long gap)."""
    assert ("MDA", "RUS", "SANCTION", "asserted") in found(ex, text)


_CHISINAU = (
    "Moldova Expels Russian Diplomats\n\n"
    "CHISINAU, Moldova - Moldova ordered three Russian diplomats out on Thursday. Moscow "
    "denied the Russian role and Russian officials promised a Russian response.\n\n"
    "The Foreign Ministry said it had declared a counsellor at the Russian Embassy persona "
    "non grata.\n\n"
    'In Moscow, Foreign Ministry spokeswoman Irina Zhdanova called the move "a provocation" '
    "by Moldova."
)


def test_an_unowned_ministry_serves_the_datelines_state_and_says_it(ex: Extractor) -> None:
    """'The Foreign Ministry said it had declared ...' in a story datelined in Chisinau that
    names Russia most: Moldova's ministry, and 'it' is the ministry; 'In Moscow, Foreign
    Ministry spokeswoman X' later serves Russia, not the Moldovan ministry named before."""
    res = ex.extract(_CHISINAU, document_id="t")
    actors = {a.id: a for a in res.actors}
    sanction = [s for s in res.stances if s.type.value == "SANCTION" and s.target == "RUS"]
    assert sanction and all(actors[s.source].country == "MDA" for s in sanction)
    assert any(s.source != "MDA" for s in sanction)  # the ministry, not a guess of the state
    assert actors["irina-zhdanova"].country == "RUS"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Ethiopia said it had completed the final filling of the dam, a milestone that "
            "Egypt denounced as a breach of international law.",
            ("EGY", "ETH", "ACCUSE", "asserted"),
        ),
        (
            "Turkey sent ships to the area, a step which Greece condemned.",
            ("GRC", "TUR", "ACCUSE", "asserted"),
        ),
        (
            "Egypt said Ethiopia had filled the dam, a move that Kenya condemned.",
            ("KEN", "ETH", "ACCUSE", "asserted"),
        ),
    ],
)
def test_a_reaction_in_a_relative_clause_answers_the_main_clause(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """', a milestone (that) X denounced', ', a move that X condemned': the appended noun sums
    up the act of the clause it follows (its subject, the one nearest the noun) and the
    writer adds it, so it is asserted even after 'said'."""
    assert stance in found(ex, text)


def test_a_quotation_opening_mid_clause_keeps_its_subject(ex: Extractor) -> None:
    """'said China "firmly supports Cambodia"': the subject before the opening quote mark
    is the verb's subject (the named spokesman, as the conventions give his state's words)."""
    said = found(
        ex,
        'In Beijing, Foreign Ministry spokesman Liu Hanwen said China "firmly supports '
        'Cambodia in developing its economy."',
    )
    assert ("liu-hanwen", "KHM", "SUPPORT", "asserted") in said


@pytest.mark.parametrize("pair", ["both partners"])
def test_both_partners_are_the_two_in_dispute(ex: Extractor, pair: str) -> None:
    """'urged both partners': the two states last named."""
    text = f"Nigeria and Niger reopened the border. ECOWAS urged {pair} to protect free movement."
    said = found(ex, text)
    assert {
        ("ECOWAS", "NGA", "REQUEST", "asserted"),
        ("ECOWAS", "NER", "REQUEST", "asserted"),
    } <= said


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Jordan struck targets in Syria, drawing a sharp rebuke from the government in "
            "Damascus.",
            ("SYR", "JOR", "ACCUSE", "asserted"),
        ),
        ("Jordan's strikes drew criticism from Iran.", ("IRN", "JOR", "ACCUSE", "asserted")),
        (
            "Bangladesh placed its units on high alert along the border with Myanmar.",
            ("BGD", "MMR", "MOBILIZE", "asserted"),
        ),
        (
            "Vilnius withdrew its own diplomats from Beijing in 2022.",
            ("LTU", "CHN", "SANCTION", "asserted"),
        ),
    ],
)
def test_rebukes_drawn_alerts_and_diplomats_withdrawn(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'drawing a rebuke from X' (X accuses the one who drew it), 'placed its units on high
    alert along the border with X' (its own units are no target), 'withdrew its diplomats
    from X' (a sanction, not a retreat)."""
    assert stance in found(ex, text)


def test_recalling_ambassadors_in_the_plural_is_a_sanction_each(ex: Extractor) -> None:
    """'Kuwait and Bahrain recalled their ambassadors from Beirut': each sanctions Lebanon."""
    said = found(ex, "Kuwait and Bahrain recalled their ambassadors from Beirut.")
    assert {("KWT", "LBN", "SANCTION", "asserted"), ("BHR", "LBN", "SANCTION", "asserted")} <= said


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Australia signed a trade deal with Papua New Guinea and rejected a security pact "
            "with China.",
            ("AUS", "PNG", "AGREE", "asserted"),
            ("AUS", "CHN", "ALLY", "asserted"),
        ),
        (
            "Boko Haram claimed responsibility for the attack on a school in March. On Sunday, "
            "Nigerian jets bombed a village in Niger, killing 12 civilians. Niger condemned the "
            "attack.",
            ("NER", "NGA", "ACCUSE", "asserted"),
            ("NER", "boko-haram", "ACCUSE", "asserted"),
        ),
        (
            "Replying to Japan's defence minister, however, Liu Jianchao urged Tokyo to stop "
            "provocations.",
            ("liu-jianchao", "JPN", "REQUEST", "asserted"),
            None,
        ),
        (
            "The US imposed sanctions on Russia and that country's ally Belarus.",
            ("USA", "BLR", "SANCTION", "asserted"),
            None,
        ),
        (
            "Georgia expelled the charge d'affaires of the Ukrainian Embassy.",
            ("GEO", "UKR", "SANCTION", "asserted"),
            None,
        ),
        (
            "Russia attacked Ukraine, a country the European Union supports.",
            ("RUS", "UKR", "ASSAULT", "asserted"),
            ("EU", "RUS", "SUPPORT", "asserted"),
        ),
    ],
)
def test_rules_after_the_twelfth_days_review(
    ex: Extractor,
    text: str,
    wanted: tuple[str, str, str, str],
    unwanted: tuple[str, str, str, str] | None,
) -> None:
    """Misfires a review of the twelfth day's rules found: a long gap only before an idiom
    ('persona non grata', 'on high alert'); a claimed attack loses to a newer one not aimed at
    the claimant; commas inside a role only within a list of portfolios; 'and that' ends a
    list only before a clause; a chargé 'of the Ukrainian Embassy'; an appended noun sums up
    an act only when it names one."""
    said = found(ex, text)
    assert wanted in said
    assert unwanted is None or unwanted not in said


@pytest.mark.parametrize(
    "text",
    [
        "The TTP has not claimed responsibility for the attack. Pakistan condemned the attack.",
        "Russia's ambassador in Chisinau was summoned home on Monday.",
        "Russia's ambassador in Chisinau was summoned back to Moscow for consultations.",
    ],
)
def test_no_claim_and_no_summons_where_none_was_made(ex: Extractor, text: str) -> None:
    """An attack not claimed has no claimant to accuse; an envoy summoned home is recalled,
    not protested to."""
    said = found(ex, text)
    assert not any(s[2] == "ACCUSE" and s[1] in ("TTP", "RUS") for s in said)


def test_an_unowned_ministry_without_a_dateline_serves_the_state_named_most(
    ex: Extractor,
) -> None:
    """With no dateline the first sentence's state is no guide ('Sudan accused the RSF ...
    The UAE denied arming the RSF. The Foreign Ministry urged the UAE to stop')."""
    res = ex.extract(
        "Sudan accused the RSF of a massacre in El Fasher. The UAE denied arming the RSF. The "
        "Foreign Ministry urged the UAE to stop interfering.",
        document_id="t",
    )
    actors = {a.id: a for a in res.actors}
    asks = [s for s in res.stances if s.type.value == "REQUEST" and s.target == "ARE"]
    assert asks and all(actors[s.source].country == "SDN" for s in asks)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            'Shaked warned that Israel would "review every area of cooperation" with South Africa.',
            ("ISR", "ZAF", "SANCTION", "hypothetical"),
        ),
        (
            'Tashkent would "review every area of cooperation" with Kabul if talks failed.',
            ("UZB", "AFG", "SANCTION", "hypothetical"),
        ),
    ],
)
def test_reviewing_cooperation_is_a_sanction_held_over_a_state(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'would "review every area of cooperation" with X': a hypothetical sanction by the
    subject before the modal and the opening quote mark."""
    assert stance in found(ex, text)


def test_summoning_the_head_of_an_embassy_protests_to_its_state(ex: Extractor) -> None:
    """'summoned the head of the U.S. Embassy': a protest to the United States (not to the
    embassy; nor is 'the head of the army' anyone's envoy)."""
    said = found(ex, "Cuba's foreign ministry summoned the head of the U.S. Embassy on Tuesday.")
    assert any(s[1] == "USA" and s[2] == "ACCUSE" for s in said)
    assert not found(ex, "The minister summoned the head of the army to explain the shooting.")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Turkish and Azerbaijani special forces are due to begin a joint exercise in "
            "Nakhchivan next week.",
            "hypothetical",
        ),
        ("Turkey and Azerbaijan are scheduled to hold joint exercises next week.", "hypothetical"),
        ("Turkey and Azerbaijan held joint exercises due to rising tension.", "asserted"),
    ],
)
def test_what_is_due_or_scheduled_is_hypothetical(ex: Extractor, text: str, modality: str) -> None:
    """'are due to begin a joint exercise', 'scheduled to hold': not yet real; 'due to' a
    cause does not make an act unreal."""
    said = found(ex, text)
    assert ("TUR", "AZE", "COOPERATE", modality) in said


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Due to the war, Finland closed its border with Russia.",
            ("FIN", "RUS", "SANCTION", "asserted"),
            None,
        ),
        (
            "Blinken, who is due to visit Beijing next week, accused China of supporting Russia.",
            ("CHN", "RUS", "SUPPORT", "reported"),  # a charge, not a plan
            None,
        ),
        (
            "The Indian prime minister reviewed defence cooperation with France at a meeting.",
            None,
            ("IND", "FRA", "SANCTION", "asserted"),
        ),
        (
            "Zambia's president summoned the head of the Chinese-owned mine after the spill.",
            None,
            ("ZMB", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "Israel launched a fresh wave of overnight air strikes on Lebanon.",
            ("ISR", "LBN", "ASSAULT", "asserted"),
            None,
        ),
        (
            "Israel launched an inquiry after Hezbollah carried out air strikes on Syria.",
            None,
            ("ISR", "SYR", "ASSAULT", "asserted"),
        ),
        (
            "Al-Shabaab claimed responsibility for the attack on the hotel. Somali forces killed "
            "all the gunmen after a 30-hour siege. Kenya condemned the attack.",
            None,
            ("KEN", "SOM", "ACCUSE", "asserted"),
        ),
        (
            "China said it firmly supported Pakistan and that India must exercise restraint.",
            ("CHN", "PAK", "SUPPORT", "asserted"),
            None,
        ),
        (
            "China announced drills around Taiwan, a move the United States condemned.",
            ("USA", "CHN", "ACCUSE", "asserted"),
            None,
        ),
        (
            "Japan began releasing treated water after the IAEA approved the plan, a decision "
            "China condemned.",
            ("CHN", "JPN", "ACCUSE", "asserted"),
            ("CHN", "IAEA", "ACCUSE", "asserted"),
        ),
    ],
)
def test_rules_after_the_twelfth_days_second_review(
    ex: Extractor,
    text: str,
    wanted: tuple[str, str, str, str] | None,
    unwanted: tuple[str, str, str, str] | None,
) -> None:
    """Misfires a second review found: 'Due to the war' and 'who is due to visit' are no
    plans; reviewing cooperation at a meeting is no sanction; the head of a mine is no envoy;
    a long gap crosses no past verb; an attack claimed stays the claimant's when only unnamed
    gunmen were killed since; 'and that India must' opens a clause; 'a move the United States
    condemned'; the main clause's subject, not an 'after' clause's."""
    said = found(ex, text)
    assert wanted is None or wanted in said
    assert unwanted is None or unwanted not in said


def test_a_headline_with_a_dash_is_no_dateline(ex: Extractor) -> None:
    """'Moldova Expels Russian Diplomat - Reuters' is a headline, not 'CHISINAU, Moldova -':
    the unowned ministry serves the state named most (Russia)."""
    res = ex.extract(
        "Moldova Expels Russian Diplomat - Reuters\n\nRussia accused Moldova of spying. Moscow "
        "vowed a response. The Foreign Ministry urged Moldova to reverse the decision.",
        document_id="t",
    )
    actors = {a.id: a for a in res.actors}
    asks = [s for s in res.stances if s.type.value == "REQUEST" and s.target == "MDA"]
    assert asks and all(actors[s.source].country == "RUS" for s in asks)


def test_a_quotations_negation_or_modal_stays_inside_it(ex: Extractor) -> None:
    """'"Slovakia will not be a corridor ...," he told a news conference, accusing the Czech
    government of arrogance': the quotation's 'will not' does not negate the writer's
    'accusing' after it."""
    said = found(
        ex,
        'In Bratislava, Prime Minister Marian Kollar was unapologetic. "Slovakia will not be a '
        'corridor for weapons that only prolong the killing," he told a news conference, '
        "accusing the Czech government of arrogance.",
    )
    assert ("marian-kollar", "CZE", "ACCUSE", "asserted") in said


def test_an_official_whose_state_is_only_guessed_may_speak_against_it(ex: Extractor) -> None:
    """'Tajikistan accused the Taliban ... Deputy spokesman X in turn accused Dushanbe': X is
    given the story's country for want of any other sign, a guess that must not silence his
    accusation of that country ('in turn' between subject and verb is an adverb)."""
    said = found(
        ex,
        "Tajikistan accused the Taliban of shelling a village. Deputy spokesman Hamdullah "
        "Sarwari in turn accused Dushanbe of sheltering commanders of an armed group.",
    )
    assert ("hamdullah-sarwari", "TJK", "ACCUSE", "asserted") in said


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Militants attacked a police station in Turkey. Interior Minister Ali Yerlikaya "
            "blamed Turkey's enemies for the attack.",
            ("ali-yerlikaya", "TUR", "ACCUSE", "asserted"),
        ),
        (
            "Militants killed soldiers in Pakistan. Interior Minister Mohsin Naqvi blamed the "
            "attack on Pakistan on Afghan-based groups.",
            ("mohsin-naqvi", "PAK", "ACCUSE", "asserted"),
        ),
        (
            "Serbia signed a deal with China. Prime Minister Milos Vucevic praised Serbia's "
            "partnership with China.",
            ("milos-vucevic", "SRB", "SUPPORT", "asserted"),
        ),
        (
            "Kenya faced protests. Interior Minister Kithure Kindiki criticized Kenya's courts.",
            ("kithure-kindiki", "KEN", "ACCUSE", "asserted"),
        ),
    ],
)
def test_a_guessed_official_does_not_turn_on_their_own_state(
    ex: Extractor, text: str, unwanted: tuple[str, str, str, str]
) -> None:
    """A guessed state may be spoken against only in a hostile act that names it bare or by
    its capital ("accused Dushanbe"), not inside a phrase ("Turkey's enemies", "the attack on
    Pakistan") nor in praise (a review of the twelfth day's last rule)."""
    assert unwanted not in found(ex, text)


def test_a_guessed_official_may_accuse_the_capital_of_their_guessed_state(ex: Extractor) -> None:
    """'Ukraine and Russia traded blame. Spokesman X accused Moscow of lying': X may be the
    other side's official."""
    said = found(
        ex,
        "Ukraine and Russia traded blame. Foreign Ministry spokesman Heorhii Tykhyi accused "
        "Moscow of lying about the strike.",
    )
    assert ("heorhii-tykhyi", "RUS", "ACCUSE", "asserted") in said


def test_a_side_that_says_what_it_will_not_do_rejects_the_other(ex: Extractor) -> None:
    """'Dushanbe would not sit down with the Taliban', 'Chile would not discuss sovereignty'
    after Bolivia closed the border: a refusal rejects the side named in it, else the last side to
    press the refuser; "would not comment" and a refusal under "if" reject no one."""
    got = found(ex, "Tajikistan said Dushanbe would not sit down with the Taliban.")
    assert ("TJK", "TALIBAN", "REJECT", "asserted") in got
    got = found(
        ex,
        "Bolivia closed its border with Chile on Monday. "
        "Chile said it would not discuss sovereignty.",
    )
    assert ("CHL", "BOL", "REJECT", "asserted") in got
    got = found(ex, 'Turkish jets violated Greek airspace. "Greece will not be bullied," it said.')
    assert ("GRC", "TUR", "REJECT", "asserted") in got
    for quiet in (
        "Turkey shelled Greek islands. Greece would not comment on the shelling.",
        "Turkey shelled Greek islands. Greece said the truce would not last.",
        "Turkey shelled Greek islands. If asked, Greece would not accept the terms.",
    ):
        assert not any(s[2] == "REJECT" for s in found(ex, quiet)), quiet


def test_rejecting_an_account_or_a_protest_answers_who_made_it(ex: Extractor) -> None:
    """'Malawi has rejected that account', 'Iran rejected the protest': the rebutted words
    are the last accuser's; a denial with no accuser on record answers whoever last acted
    against the denier's side."""
    got = found(
        ex,
        "Zambia accused Malawi of seizing its fishermen. Malawi has rejected that account.",
    )
    assert ("MWI", "ZMB", "REJECT", "asserted") in got
    got = found(ex, "Kuwait accused Iran of illegal drilling. Iran rejected the protest.")
    assert ("IRN", "KWT", "REJECT", "asserted") in got
    got = found(
        ex,
        "Lebanese troops came under fire from Syria on Monday. "
        "Syria's Defence Ministry denied that any of its troops had opened fire.",
    )
    assert ("syr-defence-ministry", "LBN", "REJECT", "asserted") in got


def test_a_threat_without_an_object_is_aimed_at_the_side_under_its_if(ex: Extractor) -> None:
    """'If Tallinn continues down this path, Russia will take all necessary measures': the
    threat is aimed at the side its condition names, and a threat is made when it is
    spoken ('promised to respond in kind' is an asserted threat); a warning of danger and a
    threat named as a noun threaten no one."""
    got = found(
        ex,
        '"If Tallinn continues down this path, Russia will take all necessary measures," '
        "the Russian Foreign Ministry said.",
    )
    # the ministry, speaking its own state's threat, makes it
    assert ("rus-foreign-ministry", "EST", "THREATEN", "asserted") in got
    got = found(ex, "Moldova expelled three Russian diplomats. Moscow promised to respond in kind.")
    assert ("RUS", "MDA", "THREATEN", "asserted") in got
    for quiet in (
        "Vietnam protested to Laos, warning that the dam could starve the delta of sediment.",
        "Vietnam called the dam a threat to the Mekong Delta and to Cambodia.",
    ):
        assert not any(s[2] == "THREATEN" for s in found(ex, quiet)), quiet


def test_an_official_of_no_stated_country_is_guessed_from_the_dateline(ex: Extractor) -> None:
    """'ULAANBAATAR, Mongolia - ... Foreign Minister X summoned China's ambassador' in a story
    that names China most: an official the text gives no country is first guessed to serve
    the dateline's state, not the state named most."""
    text = (
        "ULAANBAATAR, Mongolia - Chinese border police detained a Mongolian herder, China said.\n\n"
        "China said the herder had crossed into China illegally. Beijing called it smuggling.\n\n"
        "Foreign Minister Enkhjargal Dashdorj summoned China's ambassador on Tuesday."
    )
    got = found(ex, text)
    assert ("enkhjargal-dashdorj", "CHN", "ACCUSE", "asserted") in got


def test_sides_urged_to_talk_would_consult_each_other(ex: Extractor) -> None:
    """'The AU called on Sudan and Ethiopia to return to talks': besides the requests, the two
    sides would consult each other (hypothetical, both ways); a call to show restraint names
    no talks."""
    got = found(ex, "The African Union called on Sudan and Ethiopia to return to talks.")
    assert {
        ("SDN", "ETH", "CONSULT", "hypothetical"),
        ("ETH", "SDN", "CONSULT", "hypothetical"),
    } & got
    assert ("AU", "SDN", "REQUEST", "asserted") in got
    got = found(ex, "The African Union called on Sudan and Ethiopia to show restraint.")
    assert not any(s[2] == "CONSULT" for s in got)


def test_both_foreign_ministers_are_the_two_states(ex: Extractor) -> None:
    """'The SADC chief said she had spoken with both foreign ministers': the two states of
    the story's dispute, as 'both governments' are."""
    got = found(
        ex,
        "Zambia accused Malawi of seizing its fishermen. "
        "The SADC executive secretary, Thandiwe Mokoena, said she had spoken by telephone "
        "with both foreign ministers.",
    )
    assert {
        ("thandiwe-mokoena", "ZMB", "CONSULT", "asserted"),
        ("thandiwe-mokoena", "MWI", "CONSULT", "asserted"),
    } <= got


def test_a_side_ready_to_act_for_another_offers_it(ex: Extractor) -> None:
    """'China was ready to deepen cooperation with Fiji': an offer (asserted AGREE) beside
    the hypothetical act; not when the readiness is denied or conditional, and not for the
    sides a host offers to bring together."""
    got = found(ex, "China said it was ready to deepen cooperation with Fiji.")
    assert ("CHN", "FJI", "AGREE", "asserted") in got
    got = found(ex, "China said it was not ready to deepen cooperation with Fiji.")
    assert ("CHN", "FJI", "AGREE", "asserted") not in got
    got = found(
        ex,
        "Iran accused Azerbaijan of hosting Israeli drones. "
        "Russia said it was prepared to host talks between the two sides.",
    )
    assert not {("IRN", "AZE", "AGREE", "asserted"), ("AZE", "IRN", "AGREE", "asserted")} & got


def test_a_go_betweens_offer_is_made_to_both_sides(ex: Extractor) -> None:
    """'China has offered to host a three-way meeting', 'Germany offered its help': a third
    party's offer that names no one is made to both sides of the dispute; an offer of money
    or of nothing, or one only possible, is not a go-between's."""
    got = found(
        ex,
        "Bangladesh accused Myanmar of shelling its villages. "
        "China has offered to host a three-way meeting in Kunming next month.",
    )
    assert {("CHN", "BGD", "AGREE", "asserted"), ("CHN", "MMR", "AGREE", "asserted")} <= got
    got = found(ex, "Greece accused Turkey of provocation. Germany offered its help.")
    assert {("DEU", "GRC", "AGREE", "asserted"), ("DEU", "TUR", "AGREE", "asserted")} <= got
    for quiet in (
        "Greece accused Turkey of provocation. Germany offered nothing.",
        "Greece accused Turkey of provocation. Germany could offer its help.",
        "Greece accused Turkey of provocation. Germany offered $80 million in loans.",
    ):
        assert not any(s[0] == "DEU" and s[2] == "AGREE" for s in found(ex, quiet)), quiet


def test_a_demand_to_free_the_captain_asks_whoever_holds_him(ex: Extractor) -> None:
    """'China demanded the release of the captain' after Japan detained him: the request
    goes to the holder, who would free the asker's people (hypothetical)."""
    got = found(
        ex,
        "Japan detained the Chinese captain. "
        "China demanded the immediate and unconditional release of the captain.",
    )
    assert {("CHN", "JPN", "REQUEST", "asserted"), ("JPN", "CHN", "RETREAT", "hypothetical")} <= got


def test_a_third_partys_call_for_calm_goes_to_both_sides(ex: Extractor) -> None:
    """'NATO appealed for restraint', 'SADC urged restraint': a call for calm naming no one
    asks both sides of the dispute."""
    got = found(ex, "Greece and Turkey traded accusations. NATO appealed for restraint.")
    assert {("NATO", "GRC", "REQUEST", "asserted"), ("NATO", "TUR", "REQUEST", "asserted")} <= got
    got = found(ex, "Greece and Turkey traded accusations. NATO appealed for funds.")
    assert not any(s[0] == "NATO" for s in got)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # refusals: a guess is nobody's refusal; "pressure" refused only in the passive
        (
            "Analysts said Russia would not accept a Western peacekeeping force in Ukraine.",
            ("RUS", "UKR", "REJECT", "asserted"),
            None,
        ),
        (
            "A U.S. official said Washington would not pressure Israel to stop the offensive.",
            ("USA", "ISR", "REJECT", "asserted"),
            None,
        ),
        (
            "Russia cut gas supplies to Moldova. Moldova's parliament said the country would not "
            "surrender to blackmail, and that it would seek gas from Romania.",
            ("MDA", "ROU", "REJECT", "asserted"),
            None,
        ),
        (
            "Vietnam said it would not accept any delay in the project, which Japan finances.",
            ("VNM", "JPN", "REJECT", "asserted"),
            None,
        ),
        (
            "Kenya's central bank said it would not renew the licence of a Somali-owned money "
            "transfer firm.",
            ("KEN", "SOM", "REJECT", "asserted"),
            None,
        ),
        (
            "Tajikistan's president said his government would not choose between Russia and China.",
            ("TJK", "RUS", "REJECT", "asserted"),
            None,
        ),
        # threats: a guess or a condition stays hypothetical; a threat asked to stop or
        # charged is none of the asker's
        (
            "Analysts said Russia might threaten the Baltic states if NATO expanded its presence.",
            ("RUS", "NATO", "THREATEN", "asserted"),
            None,
        ),
        (
            "The Philippines asked China to stop threatening its fishermen.",
            ("PHL", "CHN", "THREATEN", "asserted"),
            None,
        ),
        (
            "Turkey reserves the right to defend itself against Kurdish militants in Syria.",
            ("TUR", "SYR", "THREATEN", "asserted"),
            None,
        ),
        (
            "Ethiopia said it would respond decisively to any attack on the dam, and thanked "
            "China for its financing.",
            ("ETH", "CHN", "THREATEN", "asserted"),
            None,
        ),
        # calls to talk: talks named after the call's own words are other talks
        (
            "The European Union urged Serbia and Kosovo to show restraint, a day after talks in "
            "Brussels collapsed.",
            ("SRB", "XKX", "CONSULT", "hypothetical"),
            None,
        ),
        (
            "The United States urged Russia and China to join arms control negotiations with "
            "Washington.",
            ("RUS", "CHN", "CONSULT", "hypothetical"),
            None,
        ),
        # "the two foreign ministers of A and B" are A's and B's
        (
            "Ethiopia and Sudan clashed in al-Fashaga. Egypt's foreign minister later met the two "
            "foreign ministers of Saudi Arabia and the UAE.",
            ("EGY", "ETH", "CONSULT", "asserted"),
            None,
        ),
    ],
)
def test_rules_after_the_thirteenth_days_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str],
    present: tuple[str, str, str, str] | None,
) -> None:
    """Sentences on which the day's first versions of the rules misfired (found by a review
    of the change that probed each rule with adversarial sentences)."""
    said = found(ex, text)
    assert absent not in said
    if present is not None:
        assert present in said


def test_a_ministrys_id_does_not_depend_on_its_spelling(ex: Extractor) -> None:
    """'Turkey's Ministry of National Defense' and 'the Turkish Defense Ministry' are one
    ministry; 'the Ministry of Defence of Armenia' is arm-defence-ministry."""
    res = ex.extract(
        "Turkey's Ministry of National Defense accused Greece of provocation. "
        "The Turkish Defense Ministry also accused Greece."
    )
    assert {a.id for a in res.actors if a.kind.value != "country"} == {"tur-defence-ministry"}
    res = ex.extract("The Ministry of Defence of Armenia accused Azerbaijan of shelling.")
    assert {a.id for a in res.actors if a.kind.value != "country"} == {"arm-defence-ministry"}


def test_a_crossing_closed_without_a_named_side_sanctions_the_other_side(ex: Extractor) -> None:
    """'Iran closed the Milak crossing to trade' in an Afghanistan-Iran story: the other side
    of the dispute; hypothetical after a modal; not the closure named as a noun."""
    got = found(
        ex, "Afghanistan accused Iran of killing farmers. Iran closed the Milak crossing to trade."
    )
    assert ("IRN", "AFG", "SANCTION", "asserted") in got
    got = found(
        ex, "Thailand accused Cambodia of shelling. Cambodia will close every crossing point."
    )
    assert ("KHM", "THA", "SANCTION", "hypothetical") in got
    got = found(
        ex,
        "Egypt deported Sudanese refugees. Sudan summoned Egypt's ambassador to protest the "
        "closure of the Qustul crossing.",
    )
    assert ("SDN", "EGY", "SANCTION", "asserted") not in got


def test_a_denied_deed_without_a_target_is_denied_against_the_accuser(ex: Extractor) -> None:
    """'Syria's Defence Ministry denied that any of its troops had opened fire' after Lebanon
    came under fire from Syria: the deed is negated toward the side that complained."""
    got = found(
        ex,
        "Lebanese troops came under fire from Syria on Monday. "
        "Syria's Defence Ministry denied that any of its troops had opened fire.",
    )
    assert ("SYR", "LBN", "ASSAULT", "negated") in got


def test_a_title_with_a_portfolio_after_for_still_introduces_the_person(ex: Extractor) -> None:
    """'Moldova's Deputy Prime Minister for Reintegration, Elena Crudu, called the arrest an
    act of hostage-taking': the person accuses, as 'Foreign Minister X' would."""
    got = found(
        ex,
        "Transnistria arrested a journalist. Moldova's Deputy Prime Minister for "
        "Reintegration, Elena Crudu, called the arrest an act of hostage-taking.",
    )
    assert ("elena-crudu", "TRANSNISTRIA", "ACCUSE", "asserted") in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # offers of readiness: doubted, guessed or reported by another side
        (
            "The Kremlin said Russia was in no way ready to negotiate with Kyiv.",
            ("RUS", "UKR", "AGREE", "asserted"),
        ),
        (
            "It is unclear whether Russia is ready to negotiate with Ukraine.",
            ("RUS", "UKR", "AGREE", "asserted"),
        ),
        (
            "U.S. officials believe Moscow may be ready to negotiate with Kyiv.",
            ("RUS", "UKR", "AGREE", "asserted"),
        ),
        # a go-between's offer: not aid, and not to one side only
        (
            "Armenia accused Azerbaijan of shelling its villages. France offered to send "
            "humanitarian aid to the displaced.",
            ("FRA", "AZE", "AGREE", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. Germany offered to help pay "
            "for the new border fence.",
            ("DEU", "AZE", "AGREE", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. Russia offered its help to "
            "Armenia.",
            ("RUS", "AZE", "AGREE", "asserted"),
        ),
        # calls for calm: to one side, at home, for money, refused, or in a vetoed text
        (
            "Armenia accused Azerbaijan of shelling its villages. Russia called for restraint "
            "by Baku.",
            ("RUS", "ARM", "REQUEST", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. The U.N. appealed for funds "
            "for the ceasefire monitors.",
            ("UN", "ARM", "REQUEST", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. Russia declined to call for "
            "restraint.",
            ("RUS", "ARM", "REQUEST", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. The United States vetoed a "
            "resolution calling for a ceasefire.",
            ("USA", "ARM", "REQUEST", "asserted"),
        ),
        # release demands: a thing the held own, a holder named, a third state's call
        (
            "Japan detained the captain of a Chinese fishing boat. China demanded the release "
            "of the ship's logbook.",
            ("JPN", "CHN", "RETREAT", "hypothetical"),
        ),
        (
            "Kenyan police arrested dozens of Somali traders. Somalia demanded the release of "
            "students kidnapped by al-Shabab last year.",
            ("SOM", "KEN", "REQUEST", "asserted"),
        ),
        (
            "Japan detained the captain of a Chinese fishing boat. The United States called for "
            "the release of the captain.",
            ("JPN", "USA", "RETREAT", "hypothetical"),
        ),
        (
            "Japan detained the Chinese captain. China did not demand the release of the captain.",
            ("CHN", "JPN", "REQUEST", "asserted"),
        ),
    ],
)
def test_rules_after_the_thirteenth_days_second_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's offer, call-for-calm and release rules misfired (found
    by a second review of the change, with adversarial probes)."""
    assert absent not in found(ex, text)


def test_welcoming_an_agreement_backs_every_state_that_made_it(ex: Extractor) -> None:
    """'Egypt, Eritrea and Somalia signed a defence pact ... Sudan welcomed the pact': Sudan
    backs all three, not only the last one named; preferring or fearing a deal backs no one."""
    got = found(
        ex,
        "Egypt, Eritrea and Somalia signed a defence pact on Monday. Sudan welcomed the pact.",
    )
    assert {("SDN", "EGY", "SUPPORT", "asserted"), ("SDN", "ERI", "SUPPORT", "asserted")} <= got
    got = found(
        ex,
        "Egypt, Eritrea and Somalia signed a defence pact on Monday. "
        "Sudan did not welcome the pact.",
    )
    assert ("SDN", "EGY", "SUPPORT", "asserted") not in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # closures and moves: a cause of their own, a third state's, another's claim, a joint act
        (
            "Kyrgyzstan accused Tajikistan of shelling its villages. Tajikistan closed the "
            "Guliston crossing on Monday because of a cholera outbreak.",
            ("TJK", "KGZ", "SANCTION", "asserted"),
        ),
        (
            "Armenia and Azerbaijan accused each other of shelling. Georgia shut the Sadakhlo "
            "crossing to trucks on Monday.",
            ("GEO", "AZE", "SANCTION", "asserted"),
        ),
        (
            "Sudan accused South Sudan of arming rebels. Sudan deployed troops in Khartoum to "
            "quell protests.",
            ("SDN", "SSD", "MOBILIZE", "asserted"),
        ),
        (
            "Afghanistan accused Iran of killing farmers. Afghanistan asked Iran to close the "
            "crossing to smugglers.",
            ("IRN", "AFG", "SANCTION", "asserted"),
        ),
        # denials: another side's deed, a deed at home, an NGO's report
        (
            "Thailand accused Cambodia of shelling its villages. Cambodia denied reports that "
            "Thai troops had attacked a temple.",
            ("KHM", "THA", "ASSAULT", "negated"),
        ),
        (
            "Human Rights Watch accused Ethiopian troops of killing civilians. Ethiopia denied "
            "that its soldiers had killed anyone.",
            ("ETH", "HRW", "ASSAULT", "negated"),
        ),
        # a title before a one-word name is no person's
        (
            "Moldova named a new Deputy Prime Minister for Reintegration, Tiraspol condemned the "
            "move.",
            ("tiraspol", "MDA", "ACCUSE", "asserted"),
        ),
        # welcoming an agreement: refused, its collapse, a different agreement
        (
            "Armenia and Azerbaijan signed a peace agreement on Monday. Iran refused to endorse "
            "the agreement.",
            ("IRN", "ARM", "SUPPORT", "asserted"),
        ),
        (
            "Russia and Ukraine signed a grain deal in July. Hungary welcomed the deal's "
            "suspension.",
            ("HUN", "UKR", "SUPPORT", "asserted"),
        ),
        (
            "Armenia and Azerbaijan signed a peace agreement on Monday. Iran welcomed a deal on "
            "transit routes with Armenia.",
            ("IRN", "AZE", "SUPPORT", "asserted"),
        ),
    ],
)
def test_rules_after_the_thirteenth_days_third_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's crossing, denial, title and agreement rules misfired
    (found by a third review of the change, with adversarial probes)."""
    assert absent not in found(ex, text)


def test_a_quoted_verdict_on_a_hostile_act_accuses_whoever_did_it(ex: Extractor) -> None:
    """'called the recall "an emotional decision"': the verdict names no actor, the act noun
    points back to its doer (the verb's own noun, 'expelled' -> 'the expulsion'); calling an
    act 'unjustified' accuses rather than rejects; only the side the act was aimed at accuses
    this way, and a verdict from the doer's side, or one that approves, accuses no one."""
    got = found(
        ex,
        "Armenia recalled its ambassador to Belarus on Thursday. Belarusian Foreign Ministry "
        'spokeswoman Anna Glaz called the recall "an emotional decision".',
    )
    assert ("anna-glaz", "ARM", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Chad expelled a Sudanese military attache. The Sudanese Foreign Ministry called the "
        'expulsion "a step that confirms what the whole world knows."',
    )
    assert ("sdn-foreign-ministry", "TCD", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Armenia recalled its ambassador to Belarus. Belarusian spokesman Kirill Varaksin "
        'called the recall "an unjustified and regrettable step."',
    )
    assert ("kirill-varaksin", "ARM", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Russia accused Estonia of spying. Estonian spokesman Mart Kask called the accusation "
        '"unfounded."',
    )
    assert ("mart-kask", "RUS", "ACCUSE", "asserted") not in got
    got = found(
        ex,
        "Israel struck Gaza on Monday. Israeli spokesman Avi Cohen called the strikes "
        '"an act of self-defence". The United States called the strikes "necessary".',
    )
    assert not {s for s in got if s[2] == "ACCUSE" and s[1] == "ISR"}


def test_ordering_embassy_staff_out_counts_the_number_as_part_of_its_noun(ex: Extractor) -> None:
    """'ordered 12 French embassy staff to leave': a count does not use up the phrase's gap,
    and embassy or consular staff are envoys, so the order is an expulsion (SANCTION)."""
    got = found(ex, "Algeria on Monday ordered 12 French embassy staff to leave the country.")
    assert ("DZA", "FRA", "SANCTION", "asserted") in got


def test_counterparts_from_states_are_those_states_not_their_owner(ex: Extractor) -> None:
    """'had spoken with his counterparts from the United States, Brazil and Chile': the
    possessive names the speaker, the states after 'from' are the ones consulted."""
    got = found(
        ex,
        "Argentine Foreign Minister Rodrigo Villafane said he had spoken with his counterparts "
        "from the United States, Brazil and Chile.",
    )
    for state in ("USA", "BRA", "CHL"):
        assert ("rodrigo-villafane", state, "CONSULT", "asserted") in got


def test_military_ranks_are_titles_and_a_titled_surname_is_the_person_met(ex: Extractor) -> None:
    """'First Corporal Damian Ortuzar' is Damian Ortuzar; 'Sergeant Magbanua' after 'Rodel
    Magbanua' is the same man; asking for his release asks his holder, who would free him
    (not the asker)."""
    got = found(
        ex,
        "First Corporal Damian Ortuzar, a member of Argentina's National Gendarmerie, was "
        "arrested by Venezuelan officers on April 15.",
    )
    assert ("VEN", "damian-ortuzar", "COERCE", "asserted") in got
    got = found(
        ex,
        "The Chinese coast guard seized a Philippine marine, Rodel Magbanua, on Monday. "
        'Foreign Secretary Teresa Villaluz said: "We demand the immediate release of Sergeant '
        'Magbanua."',
    )
    assert ("teresa-villaluz", "CHN", "REQUEST", "asserted") in got
    assert not {s for s in got if s[0] == "teresa-villaluz" and s[2] == "RETREAT"}
    assert "magbanua" not in {s[1] for s in got}


def test_the_release_of_a_detained_gendarme_is_asked_of_his_holder(ex: Extractor) -> None:
    """'demanded the unconditional release of the gendarme' after Venezuela arrested an
    Argentine gendarme asks Venezuela, not Argentina."""
    got = found(
        ex,
        "Venezuelan police arrested an Argentine gendarme on Monday. The U.S. State "
        "Department demanded the unconditional release of the gendarme.",
    )
    assert ("us-state-department", "VEN", "REQUEST", "asserted") in got
    assert ("us-state-department", "ARG", "REQUEST", "asserted") not in got


def test_an_official_speaking_in_a_capital_serves_that_state(ex: Extractor) -> None:
    """'Foreign Ministry spokesman Kirill Varaksin said in Minsk' in a story datelined in
    Yerevan: the spokesman is Belarusian, so his verdict on Armenia's recall accuses it."""
    text = (
        "YEREVAN, Armenia — Armenia recalled its ambassador to Belarus. Armenia said Belarus "
        "armed Azerbaijan. Armenia wants answers. Foreign Ministry spokesman Kirill "
        "Varaksin said in Minsk that Belarus had never sold Baku any weapon that could be "
        'turned against the Armenian people. He called the recall "an unjustified step."'
    )
    assert ("kirill-varaksin", "ARM", "ACCUSE", "asserted") in found(ex, text)
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}["kirill-varaksin"] == "BLR"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a verdict by a third party, or one that approves, accuses no one
        (
            "Lithuania expelled two Russian diplomats on Monday. Polish Foreign Minister "
            'Radoslaw Sikorski called the expulsion "a courageous and principled decision."',
            ("radoslaw-sikorski", "LTU", "ACCUSE", "asserted"),
        ),
        (
            "Israel launched strikes on Iranian nuclear sites overnight. U.S. President Donald "
            'Trump called the strikes "excellent" and said more would follow.',
            ("donald-trump", "ISR", "ACCUSE", "asserted"),
        ),
        # a noun of a weapon is no act; an adjective names the victims, not the doer
        (
            'Ukrainian Defence Minister Rustem Umerov called the Turkish drone "a game changer".',
            ("rustem-umerov", "TUR", "ACCUSE", "asserted"),
        ),
        (
            "Pakistan deported thousands of Afghans last year. UN refugee chief Filippo Grandi "
            'called the Afghan deportations "a humanitarian disaster."',
            ("filippo-grandi", "AFG", "ACCUSE", "asserted"),
        ),
        # a count of things does not widen a phrase's gap
        (
            "The British Museum returned 72 looted bronze artefacts to Nigeria on Friday.",
            ("GBR", "NGA", "CONSULT", "asserted"),
        ),
        # a titled surname is a known person's only when it is that person's surname
        (
            "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba "
            "in Tokyo. North Korea seized a South Korean fishing boat and its skipper, Captain "
            "Lee, on Sunday.",
            ("PRK", "lee-jae-myung", "COERCE", "asserted"),
        ),
        # a detained person's noun used as a modifier is no one held
        (
            "Iran seized a Greek tanker last month. Greece's foreign ministry called for the "
            "release of the pilot program for LNG imports.",
            ("grc-foreign-ministry", "IRN", "REQUEST", "asserted"),
        ),
        # a team captain speaks for no state
        (
            "The captain of Ukraine's national football team Oleksandr Zinchenko criticised "
            "Russia.",
            ("UKR", "RUS", "ACCUSE", "asserted"),
        ),
    ],
)
def test_rules_after_the_fourteenth_days_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's verdict, gap, counterpart and title rules misfired
    (found by a review of the change with adversarial probes)."""
    assert absent not in found(ex, text)


def test_fire_on_its_soldiers_from_positions_is_still_on_the_owner(ex: Extractor) -> None:
    """'fired on its soldiers from positions near Sotk': 'its' owns the soldiers (only
    'his counterparts from X' points past the owner)."""
    got = found(
        ex, "Armenia said Azerbaijani forces fired on its soldiers from positions near Sotk."
    )
    assert ("AZE", "ARM", "ASSAULT", "reported") in got


def test_an_ambiguous_demonym_opening_a_title_gives_the_official_a_state(ex: Extractor) -> None:
    """'Polish President Jan Nowak': 'Polish' may be a verb elsewhere, but before a title it
    is Poland's, as 'Georgian Foreign Minister X' is Georgia's."""
    result = ex.extract("Polish President Jan Nowak criticised Hungary.", document_id="x")
    assert {a.id: a.country for a in result.actors}["jan-nowak"] == "POL"


def test_a_claim_reported_about_a_side_is_not_that_sides_own_answer(ex: Extractor) -> None:
    """'Armenia recalled its ambassador, saying Minsk had supplied arms to Azerbaijan. Foreign
    Ministry spokeswoman X said ...': Minsk's supplies are Armenia's claim, not an answer by
    Belarus, so the spokeswoman after it is not taken for a Belarusian."""
    text = (
        "YEREVAN, Armenia — Armenia recalled its ambassador to Belarus on Thursday, saying Minsk "
        "had supplied military equipment to Azerbaijan. Foreign Ministry spokeswoman Lilit "
        "Harutyunyan said the ambassador had been called home and accused Belarus of betraying "
        "its allies."
    )
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}.get("lilit-harutyunyan") == "ARM"


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "MOGADISHU, Somalia — Somalia expelled Ethiopia's ambassador. Somalia said Ethiopia "
            "violated its sovereignty. Foreign Minister Hossam Fathy said in Cairo that Egypt "
            '"stands fully with Somalia".',
            "hossam-fathy",
            "EGY",
        ),
        (
            "MOGADISHU, Somalia — Somalia expelled Ethiopia's ambassador. Somalia said Ethiopia "
            'violated its sovereignty. "Ethiopia is ready to talk," government spokesman '
            "Legesse Tadesse said, rejecting the Somali claims.",
            "legesse-tadesse",
            "ETH",
        ),
        (  # a deed told of another side is no self-description
            "MOGADISHU, Somalia — Somalia expelled Ethiopia's ambassador. Somalia said Ethiopia "
            "violated its sovereignty. Foreign Minister Ahmed Ali said Ethiopia had attacked "
            "Somali troops.",
            "ahmed-ali",
            "SOM",
        ),
        (
            "NEW DELHI — India said Chinese troops had crossed the line. India called the move "
            "provocative. Spokesman Arvind Raghunathan said India expected China to refrain "
            "from further steps.",
            "arvind-raghunathan",
            "IND",
        ),
    ],
)
def test_an_official_speaks_of_the_own_state_as_we_would(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """A stateless official's words name the own state where a stand, denial or refusal
    follows it ('said Egypt "stands fully with Somalia"', '"Ethiopia is ready to talk,"
    spokesman X said'), not where a deed of another side does (nor a denial)."""
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}.get(person) == country


def test_a_ministry_spokesman_beside_a_blocs_name_is_still_his_states(ex: Extractor) -> None:
    """ "Foreign Ministry spokesman X said Moscow was prepared to mediate ..., saying the EU
    mission had brought nothing": a ministry is a state's, whatever bloc the sentence names."""
    text = (
        "MOSCOW — Russia and Armenia held talks. Russia criticized the EU. Foreign Ministry "
        "spokesman Arkady Lebedintsev said Moscow was prepared to mediate and criticized the "
        "West, saying the EU mission had brought nothing."
    )
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}.get("arkady-lebedintsev") == "RUS"


def test_an_international_body_far_from_a_ministers_name_leaves_him_his_state(
    ex: Extractor,
) -> None:
    """'Foreign Minister X summoned Ukraine's ambassador and said the European Union must
    act': the bloc named later in the sentence does not make him its official (a spokesman
    right beside the body's name would be)."""
    text = (
        "BUDAPEST, Hungary — Hungary blocked Ukraine's talks. Hungary said the language law "
        "was unfair. Foreign Minister Gabor Halmos summoned Ukraine's ambassador and said the "
        "European Union must act."
    )
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}.get("gabor-halmos") == "HUN"


@pytest.mark.parametrize(
    "text",
    [
        "The army has repeatedly accused the United Arab Emirates of arming the RSF.",
        "Officials have accused Rwanda of arming the M23.",
        "Rwanda is accused of arming the M23.",
    ],
)
def test_what_someone_is_accused_of_is_reported_even_without_a_named_accuser(
    ex: Extractor, text: str
) -> None:
    """'Officials have accused Rwanda of arming the M23': the arming is the officials'
    claim, not the text's own statement, though no actor the story names makes it."""
    aid = [s for s in found(ex, text) if s[2] == "AID"]
    assert aid and all(s[3] == "reported" for s in aid)


def test_both_governments_are_the_storys_sides_not_a_pair_named_in_passing(
    ex: Extractor,
) -> None:
    """'The Alliance of Sahel States, which groups Niger with Mali and Burkina Faso, ...
    ECOWAS called on both governments': Mali and Burkina Faso were named in passing; the two
    sides are Benin and Niger, whom the story is about."""
    text = (
        "COTONOU, Benin — Benin stopped Nigerien oil loadings on Monday. Niger accused Benin of "
        "sabotage. Benin said Niger owed it transit fees. Niger denied owing Benin anything. "
        "The Alliance of Sahel States, which groups Niger with Mali and Burkina Faso, backed "
        "Niger. ECOWAS called on both governments to show restraint."
    )
    got = found(ex, text)
    assert ("ECOWAS", "BEN", "REQUEST", "asserted") in got
    assert ("ECOWAS", "NER", "REQUEST", "asserted") in got
    assert ("ECOWAS", "MLI", "REQUEST", "asserted") not in got


@pytest.mark.parametrize(
    "call",
    [
        'China urged the "two friendly neighbours" to show restraint.',
        'China urged "both partners" to show restraint.',
        "China urged the two feuding neighbours to show restraint.",
    ],
)
def test_a_pair_in_quotation_marks_or_with_an_adjective_is_still_the_pair(
    ex: Extractor, call: str
) -> None:
    """'urged the "two friendly neighbours"', 'urged "both partners"': the quotation mark and
    the adjective leave the pair the story's two sides."""
    text = (
        "Cambodia and Thailand clashed at the temple. Cambodia accused Thailand of shelling. "
        "Thailand denied it. " + call
    )
    got = found(ex, text)
    assert {("CHN", "KHM", "REQUEST", "asserted"), ("CHN", "THA", "REQUEST", "asserted")} <= got


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a denial or a refusal is as often said of the other side
        (
            "KYIV, Ukraine — Ukraine asked for more air defence. Ukraine said Russia struck "
            "Kharkiv. Foreign Ministry spokesman Heorhiy Tykhyi said Russia has no interest in "
            "peace and urged allies to increase pressure on Moscow.",
            "heorhiy-tykhyi",
            "UKR",
        ),
        (
            "YEREVAN, Armenia — Armenia closed its border. Armenia said Azerbaijan shelled its "
            "villages. Foreign Ministry spokeswoman Ani Badalyan said Azerbaijan remains a "
            "threat and accused Baku of aggression.",
            "ani-badalyan",
            "ARM",
        ),
        # a minister telling reporters abroad may be visiting
        (
            "CAIRO, Egypt — Egypt warned Ethiopia over the dam. Egypt said the dam threatened "
            "its water. Foreign Minister Karim Adel told reporters in Washington after meeting "
            "U.S. officials that Ethiopia must stop filling the dam.",
            "karim-adel",
            "EGY",
        ),
    ],
)
def test_officials_homes_after_the_fourteenth_days_second_review(
    ex: Extractor, text: str, person: str, country: str
) -> None:
    """Officials the day's home rules misplaced before they were narrowed (found by a review
    of the change with adversarial probes)."""
    result = ex.extract(text, document_id="x")
    assert {a.id: a.country for a in result.actors}.get(person) == country


def test_a_charge_across_a_clause_boundary_leaves_the_deed_asserted(ex: Extractor) -> None:
    """'Despite being accused by Kyiv, Russia continued the practice of shelling Kharkiv':
    the charge is another clause's; the shelling is told as fact."""
    got = found(ex, "Despite being accused by Kyiv, Russia continued shelling Kharkiv.")
    assert not {s for s in got if s[2] == "ASSAULT" and s[3] == "reported"}


def test_handing_an_envoy_a_note_of_protest_accuses_the_envoys_state(ex: Extractor) -> None:
    """'handed the U.S. chargé d'affaires, Thomas Reinholt, a formal note of protest': a
    protest to the United States, as a summons would be; a bouquet is no protest."""
    got = found(
        ex,
        "Denmark handed the U.S. charge d'affaires, Thomas Reinholt, a formal note of protest.",
    )
    assert ("DNK", "USA", "ACCUSE", "asserted") in got
    assert not found(ex, "Denmark handed the U.S. ambassador a bouquet of flowers.")


@pytest.mark.parametrize(
    "contact",
    [
        "said he had spoken with officials in both capitals",
        "said he had already spoken with both foreign ministries",
        "said he had spoken by phone with both of them",
    ],
)
def test_a_go_between_in_contact_with_both_sides_consults_each(ex: Extractor, contact: str) -> None:
    """'spoke with officials in both capitals', 'with both foreign ministries', 'with both
    of them': the mediator consults each of the two sides."""
    text = (
        "Benin halted Niger's oil exports. Niger accused Benin of sabotage. Benin denied it. "
        f"Togo's foreign minister, Kossi Amegnran, {contact}."
    )
    got = found(ex, text)
    assert {
        ("kossi-amegnran", "BEN", "CONSULT", "asserted"),
        ("kossi-amegnran", "NER", "CONSULT", "asserted"),
    } <= got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a letter of thanks, invitation or credence is no protest, nor a note to pass on
        (
            "Vietnam handed the Chinese ambassador a letter of invitation to the summit.",
            ("VNM", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "Iran handed the Swiss ambassador a note of protest to be passed on to Washington.",
            ("IRN", "CHE", "ACCUSE", "asserted"),
        ),
        # militants in two places are no states
        (
            "The United States struck militants in Syria and Iraq on Friday.",
            ("USA", "IRQ", "ASSAULT", "asserted"),
        ),
        # a pair that enters late is the pair meant
        (
            "KYIV, Ukraine — Russia struck Kyiv. Ukraine accused Russia of war crimes. Russia "
            "denied it. Thailand and Cambodia met in Kuala Lumpur on Monday. The two neighbours "
            "agreed to a ceasefire.",
            ("RUS", "UKR", "AGREE", "asserted"),
        ),
        # a quotation opening an object that is no pair
        (
            'Ukraine urged "Russia\'s partners" to stop buying Russian oil.',
            ("UKR", "RUS", "REQUEST", "asserted"),
        ),
        # one state's own two ministries are no pair of states
        (
            "Taiwan and China traded charges. Japan's prime minister Shigeru Ishiba instructed "
            "both ministries to prepare a response to China.",
            ("TWN", "CHN", "ACCUSE", "hypothetical"),
        ),
    ],
)
def test_rules_after_the_fourteenth_days_third_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's note, pair and go-between rules misfired (found by a
    third review of the change with adversarial probes)."""
    assert absent not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "asker", "holder"),
    [
        (
            "Kenya demanded the release of its fishermen detained by Uganda, and freed two "
            "Ugandan officers.",
            "KEN",
            "UGA",
        ),
        (
            "Honduras called on Nicaragua to release the fishermen and freed a Nicaraguan "
            "officer on Monday.",
            "HND",
            "NIC",
        ),
    ],
)
def test_an_asker_who_frees_captives_later_in_the_sentence_keeps_the_release(
    ex: Extractor, text: str, asker: str, holder: str
) -> None:
    """The release a request names is the holder's, not the asker's; a release the asker
    makes itself further on in the same sentence is still the asker's own deed."""
    got = found(ex, text)
    assert (asker, holder, "REQUEST", "asserted") in got
    assert (asker, holder, "RETREAT", "asserted") in got


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "India on Tuesday banned 40 more Chinese-owned mobile applications.",
            ("IND", "CHN", "SANCTION", "asserted"),
        ),
        ("Sudan banned Kenyan goods on Monday.", ("SDN", "KEN", "SANCTION", "asserted")),
        (
            "China banned Japanese seafood after the release of treated water.",
            ("CHN", "JPN", "SANCTION", "asserted"),
        ),
    ],
)
def test_banning_another_states_goods_sanctions_it(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'banned Chinese apps', 'banned Kenyan goods': a ban on what another state makes or
    sells is a sanction on that state."""
    assert stance in found(ex, text)


def test_a_ban_with_no_other_state_is_no_sanction(ex: Extractor) -> None:
    """A ban on something no other state owns sanctions no one."""
    assert not found(ex, "The government banned opposition rallies in the capital.")


def test_a_bare_spokesperson_speaks_for_the_body_the_sentence_before_opened_with(
    ex: Extractor,
) -> None:
    """'China's Commerce Ministry urged India ... Spokeswoman X said': the spokeswoman is
    the ministry's, so China's, even in a story datelined in India."""
    res = ex.extract(
        "NEW DELHI, India — India banned Chinese apps. India said it would not back down. "
        "China's Commerce Ministry urged India to correct its practices. Spokeswoman Lin "
        "Qiuyan said Beijing would take the necessary measures if India did not reverse course.",
        document_id="t",
    )
    homes = {a.id: a.country for a in res.actors}
    assert homes["lin-qiuyan"] == "CHN"


def test_a_ministry_of_something_acting_alone_is_the_storys_state(ex: Extractor) -> None:
    """'The Ministry of Electronics and Information Technology, which ordered the ban':
    an unowned "Ministry of ..." serves the story's state, as "the Foreign Ministry" does."""
    res = ex.extract(
        "NEW DELHI, India — India banned 40 Chinese apps on Tuesday. India said more could "
        "follow. The Ministry of Electronics and Information Technology, which ordered the "
        "ban, said the apps had passed data to servers abroad. China accused the ministry "
        "of discrimination.",
        document_id="t",
    )
    homes = {a.id: a.country for a in res.actors if a.kind.value == "organization"}
    assert list(homes.values()) == ["IND"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Honduras demanded that Nicaragua free 19 Honduran fishermen.",
            ("HND", "NIC", "REQUEST", "asserted"),
        ),
        (
            "Argentina's foreign minister Rodrigo Villafane demanded that Venezuela free "
            "Damian Ortuzar immediately.",
            ("rodrigo-villafane", "VEN", "REQUEST", "asserted"),
        ),
    ],
)
def test_a_demand_that_a_state_act_asks_that_state(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'demanded that Nicaragua free 19 Honduran fishermen': the clause's subject is asked,
    though the base-form verb after it could be read as part of one noun phrase."""
    assert stance in found(ex, text)


_CORENTYNE = (
    "GEORGETOWN, Guyana — Guyana accused Suriname of seizing two fishing boats. Suriname "
    "rejected the charge. "
)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pair in the gap of "encouraged * to" is each of the two
        ("The United States encouraged both governments to resolve it peacefully.", "USA"),
        # "both member states" are the pair, as "both governments" are
        (
            'CARICOM Secretary-General Lionel Brathwaite urged both member states to "lower '
            'the temperature" and keep talking.',
            "lionel-brathwaite",
        ),
        # the embassy is its state; "it" is the embassy, not the city it sits in; "was
        # following" is a verb, not "following the talks"
        (
            "The United States embassy in Georgetown said it was following the situation "
            "closely and encouraged both governments to resolve it peacefully.",
            "USA",
        ),
    ],
)
def test_a_call_on_both_governments_asks_each(ex: Extractor, text: str, source: str) -> None:
    """'encouraged both governments to', 'urged both member states to': each side is asked."""
    got = found(ex, _CORENTYNE + text)
    assert {(source, "GUY", "REQUEST", "asserted"), (source, "SUR", "REQUEST", "asserted")} <= got


def test_an_embassy_speaks_as_its_state(ex: Extractor) -> None:
    """'The U.S. Embassy in Astana said it ... urged Kazakhstan': the United States asks."""
    got = found(
        ex,
        "ASTANA, Kazakhstan — Kazakhstan detained an activist. The U.S. Embassy in Astana "
        "said it was following the case closely and urged Kazakhstan to respect freedom of "
        "expression.",
    )
    assert ("USA", "KAZ", "REQUEST", "asserted") in got


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Japan protested to China over the buoy. Beijing brushed the protest aside.",
            ("CHN", "JPN", "REJECT", "asserted"),
        ),
        (
            "Russia warned Armenia against changes. Yerevan brushed off the remarks.",
            ("ARM", "RUS", "REJECT", "asserted"),
        ),
        (
            "Azerbaijan ordered an Iranian diplomat out of the country.",
            ("AZE", "IRN", "SANCTION", "asserted"),
        ),
        (
            "Moldova ordered three Russian diplomats out of the country on Thursday.",
            ("MDA", "RUS", "SANCTION", "asserted"),
        ),
    ],
)
def test_brushing_aside_and_ordering_diplomats_out(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'brushed the protest aside' rejects whoever protested; 'ordered an Iranian diplomat
    out of the country' expels, a sanction on the diplomat's state."""
    assert stance in found(ex, text)


def test_a_three_letter_demonym_is_a_word(ex: Extractor) -> None:
    """'the Lao ambassador': a short demonym is read, though a short name must be a code in
    capitals ("Un" in "Kim Jong Un" is no U.N.)."""
    assert ("KHM", "LAO", "ACCUSE", "asserted") in found(
        ex, "Cambodia summoned the Lao ambassador on Monday."
    )
    assert not found(ex, "Kim Jong Un met Un officials.")


@pytest.mark.parametrize(
    "text",
    [
        "Russia, Venezuela's main backer in the bloc, objected.",
        "Russia, which has been Venezuela's main backer in the bloc, said it regretted it.",
        "Moscow, Caracas's traditional backer, weighed in on Venezuela's side.",
    ],
)
def test_a_backer_named_beside_the_noun_backs_its_owner(ex: Extractor, text: str) -> None:
    """'Russia, Venezuela's main backer': Russia backs Venezuela, not the other way."""
    got = found(ex, text)
    assert ("RUS", "VEN", "SUPPORT", "asserted") in got
    assert ("VEN", "RUS", "SUPPORT", "asserted") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Serbia summoned the Albanian ambassador, prompting Albania to summon Serbia's envoy.",
        "Serbia summoned Albania's ambassador and threatened to stay away from a summit, "
        "prompting Albania to summon Serbia's envoy in return.",
    ],
)
def test_what_an_act_prompted_happened(ex: Extractor, text: str) -> None:
    """', prompting Albania to summon Serbia's envoy': the summons took place; it is neither
    Serbia's report nor under the threat before it."""
    assert ("ALB", "SRB", "ACCUSE", "asserted") in found(ex, text)


def test_a_capitalised_verb_in_a_headline_is_no_name(ex: Extractor) -> None:
    """'Guatemala and Belize Trade Blame After Fisherman Is Killed': "Is" is a verb in a
    headline's capitals, not a fisherman called Is; the blame runs between the two states."""
    res = ex.extract(
        "Guatemala and Belize Trade Blame After Fisherman Is Killed Near Sarstoon River",
        document_id="t",
    )
    assert all(a.kind.value != "person" for a in res.actors)
    got = {(s.source, s.target, s.type.value) for s in res.stances}
    assert {("GTM", "BLZ", "ACCUSE"), ("BLZ", "GTM", "ACCUSE")} <= got


def test_politicians_in_a_capital_are_its_state(ex: Extractor) -> None:
    """'accused politicians in Manila of lying': the people in the capital are its state."""
    assert ("CHN", "PHL", "ACCUSE", "asserted") in found(
        ex, "China accused politicians in Manila of lying about the shoal."
    )


def test_a_documents_name_is_no_person(ex: Extractor) -> None:
    """'as the 1995 Mekong Agreement requires': a treaty, not a person who 'requires', so
    the "he" after it is still the minister."""
    res = ex.extract(
        "Cambodian Foreign Minister Keo Sambath spoke on Monday. Cambodia, he added, had "
        "notified the commission of the project in 2023 as the 1995 Mekong Agreement requires "
        'and had "nothing to hide." He accused politicians in Hanoi of stirring up anger.',
        document_id="t",
    )
    assert all(a.id != "mekong-agreement" for a in res.actors)
    assert ("keo-sambath", "VNM", "ACCUSE") in {
        (s.source, s.target, s.type.value) for s in res.stances
    }


def test_igad_by_either_name_is_one_actor(ex: Extractor) -> None:
    """'The Intergovernmental Authority on Development, or IGAD, ...': one bloc, not two
    actors that the old PETRARCH2 entries made of its name and its acronym."""
    res = ex.extract(
        "The Intergovernmental Authority on Development, or IGAD, urged Kenya and Somalia to "
        "talk. Kenya praised IGAD for acting quickly.",
        document_id="t",
    )
    blocs = {a.id for a in res.actors if a.kind.value == "organization"}
    assert blocs == {"IGAD"}


def test_a_whose_clause_with_two_verbs_is_an_aside(ex: Extractor) -> None:
    """'The European Union, whose mission patrols the line but has no role on the border,
    urged both sides': the clause is an aside, and the EU urges."""
    got = found(
        ex,
        "Georgia accused Azerbaijan. Azerbaijan denied it. The European Union, whose "
        "monitoring mission patrols the line but has no role on the border, urged both sides "
        "to show restraint.",
    )
    assert {("EU", "GEO", "REQUEST", "asserted"), ("EU", "AZE", "REQUEST", "asserted")} <= got


def test_the_two_members_are_the_pair(ex: Extractor) -> None:
    """'urged the two members to settle the matter': the bloc's two feuding members."""
    got = found(
        ex,
        "Indonesia seized Vietnamese boats. Vietnam protested. ASEAN's secretary-general, "
        "Chanthavong Sisouk, urged the two members to settle the matter through dialogue.",
    )
    assert {
        ("chanthavong-sisouk", "IDN", "REQUEST", "asserted"),
        ("chanthavong-sisouk", "VNM", "REQUEST", "asserted"),
    } <= got
    assert ("chanthavong-sisouk", "ASEAN", "REQUEST", "asserted") not in got


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Croatian maritime police fined two Slovenian fishermen in Piran Bay.",
            ("HRV", "SVN", "COERCE", "asserted"),
        ),
        (
            "Djibouti raised handling charges on Ethiopian cargo by almost a third.",
            ("DJI", "ETH", "SANCTION", "asserted"),
        ),
    ],
)
def test_fines_and_raised_charges(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Fining another state's people coerces it; raising charges on its cargo sanctions it."""
    assert stance in found(ex, text)


def test_a_seas_name_is_no_person(ex: Extractor) -> None:
    """'after the small Red Sea state raised charges': no person called Red Sea."""
    res = ex.extract(
        "Ethiopia accused Djibouti of trying to strangle its economy after the small Red Sea "
        "state raised handling charges on Ethiopian cargo.",
        document_id="t",
    )
    assert all(a.kind.value != "person" for a in res.actors)


def test_an_official_saying_what_harm_their_state_would_do_threatens(ex: Extractor) -> None:
    """'"If Thailand does not lift this ban, Cambodia will close every crossing point,"
    Sok Vannarith said': the minister threatens Thailand, though no verb says "warn"; a
    call on another state to sanction a third is no threat."""
    got = found(
        ex,
        "Thailand banned Cambodian goods. Cambodian Foreign Minister Sok Vannarith called the "
        'ban "collective punishment." "If Thailand does not lift this ban within seven days, '
        'Cambodia will close every crossing point on its side," Sok said.',
    )
    assert ("sok-vannarith", "THA", "THREATEN", "asserted") in got
    got = found(ex, "The EU urged Hungary to impose sanctions on Russia.")
    assert not any(t == "THREATEN" for _, _, t, _ in got)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Nicaragua detained 19 Colombian fishermen. Colombian Foreign Minister Mariana "
            "Echeverri summoned the Nicaraguan envoy. Echeverri added that if the men were not "
            'home by the weekend, Colombia would "review every aspect" of its relations with '
            "Managua.",
            "mariana-echeverri",
            "NIC",
        ),
        (
            "Chile expelled 40 Peruvian migrants. Peruvian Interior Minister Claudia Rios "
            'protested. "If Santiago keeps pushing people over the line in the dark, we will '
            'close Santa Rosa to all but emergency traffic," Rios said.',
            "claudia-rios",
            "CHL",
        ),
        (
            "Argentina banned Brazilian steel pipes. Brazilian Trade Minister Pedro Alves "
            "protested. Alves said Brazil could take the case to the Mercosur tribunal if the "
            "ban stayed in place.",
            "pedro-alves",
            "ARG",
        ),
    ],
)
def test_a_harm_promised_on_a_condition_threatens(
    ex: Extractor, text: str, speaker: str, target: str
) -> None:
    """'if the men were not home by the weekend, Colombia would review every aspect of its
    relations': the speaker's side promises harm on a condition the other side must meet."""
    assert (speaker, target, "THREATEN", "asserted") in found(ex, text)


def test_a_reward_promised_on_a_condition_is_no_threat(ex: Extractor) -> None:
    """'Colombia would restore ties if Nicaragua freed the men' offers; it threatens no one."""
    got = found(
        ex,
        "Nicaragua detained 19 Colombian fishermen. Colombian Foreign Minister Mariana "
        "Echeverri said Colombia would restore full ties if Nicaragua freed the men.",
    )
    assert not any(t == "THREATEN" for _, _, t, _ in got)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Nigeria closed the Seme border. Information Minister Tunde Olaniyan said the "
            "crossing would reopen only when Benin agreed to joint patrols.",
            ("tunde-olaniyan", "BEN", "REQUEST", "asserted"),
        ),
        (
            "Mali cut ties with Ukraine. Malian Foreign Minister Moussa Diakite said there was "
            '"nothing to discuss" until Ukraine apologised to the Malian people.',
            ("moussa-diakite", "UKR", "REQUEST", "asserted"),
        ),
    ],
)
def test_a_term_set_for_the_other_side_asks_it(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'would reopen only when Benin agreed to joint patrols', 'until Ukraine apologised': a
    side that makes the other's act its term asks the other for it."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("China protested that Japan violated its airspace.", ("CHN", "JPN", "ACCUSE")),
        ("Pakistan complained that India violated the ceasefire.", ("PAK", "IND", "ACCUSE")),
        ("Venezuela rejected that Guyana owns the Essequibo.", ("VEN", "GUY", "REJECT")),
        (
            "Honduras demanded that Nicaragua immediately free 19 Honduran fishermen.",
            ("HND", "NIC", "REQUEST"),
        ),
    ],
)
def test_a_that_clause_after_a_verb_still_names_its_target(
    ex: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    """'protested that Japan violated', 'complained that India violated': the clause's
    subject is the target of the protest, as of a demand (found by the first review of the
    fifteenth day: the demand rule had cut these off)."""
    res = ex.extract(text, document_id="t")
    assert stance in {(s.source, s.target, s.type.value) for s in res.stances}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "If Serbia expels the envoy, prompting Albania to summon Serbia's ambassador, "
            "tensions will soar.",
            ("ALB", "SRB", "ACCUSE", "hypothetical"),
        ),
        (
            "Serbia may expel the envoy, prompting Albania to summon Serbia's ambassador.",
            ("ALB", "SRB", "ACCUSE", "hypothetical"),
        ),
        (
            "Serbia expelled the envoy, leading Albania to expel a Serbian diplomat.",
            ("ALB", "SRB", "SANCTION", "asserted"),
        ),
        (
            "Ukraine said Russian forces shelled Kharkiv, causing fires, and attacked Odesa "
            "with drones.",
            ("RUS", "UKR", "ASSAULT", "reported"),
        ),
        (
            "Kenya said Ugandan police seized the boats, forcing fishermen to flee, and "
            "arrested 20 Kenyans.",
            ("KEN", "UGA", "ACCUSE", "asserted"),
        ),
    ],
)
def test_what_was_prompted_keeps_the_sentences_doubt_and_its_speaker(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """', prompting Albania to summon ...' is a fact only when the act before it is one, and
    a participle that governs no infinitive ('causing fires') leaves the speaker's claim a
    claim (found by the first review of the fifteenth day)."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia was once Venezuela's main backer.",
        "Ukraine's backers, led by the United States, pledged more aid.",
        "Congo accused Rwanda of being the M23's main backer.",
    ],
)
def test_a_backers_owner_never_backs_the_backer(ex: Extractor, text: str) -> None:
    """'Russia was once Venezuela's main backer': no reading makes Venezuela back Russia,
    or Ukraine back the United States (found by the first review of the fifteenth day)."""
    owners = {"VEN", "UKR", "M23"}
    assert not any(s in owners and t == "SUPPORT" for s, _, t, _ in found(ex, text))


def test_a_backer_named_before_the_noun_backs_the_owner(ex: Extractor) -> None:
    """'the Houthis' Iranian backers': Iran backs the Houthis."""
    assert ("IRN", "HOUTHIS", "SUPPORT", "asserted") in found(
        ex, "The Houthis' Iranian backers denied it."
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # brushing against something is no rejection
        (
            "The Russian jet brushed the wing of an American drone.",
            ("RUS", "USA", "REJECT", "asserted"),
        ),
        (
            "A Chinese vessel brushed past a Japanese destroyer.",
            ("CHN", "JPN", "REJECT", "asserted"),
        ),
        # "Lao" before a capitalised word is a name's part ("Lao Cai", "Lao Dongyan")
        ("China shelled Lao Cai in 1979.", ("CHN", "LAO", "ASSAULT", "asserted")),
        (
            "Professor Lao Dongyan accused Japan of whitewashing history.",
            ("LAO", "JPN", "ACCUSE", "asserted"),
        ),
        # the first half of a hyphenated word is no verb
        (
            "China and Russia agreed to fine-tune their cooperation.",
            ("CHN", "RUS", "COERCE", "hypothetical"),
        ),
    ],
)
def test_rules_after_the_fifteenth_days_first_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's brush, demonym and fine rules misfired (found by the
    first review of the fifteenth day with adversarial probes)."""
    assert absent not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Hong Kong activist Nathan Law accused China of transnational repression.",
            ("nathan-law", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "China criticized the Philippines. The Philippines rejected China's claims. The "
            "Ministry of National Defense accused China of aggression.",
            ("ministry-of-national-defense", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "LONDON — The Chinese embassy in London said it opposed the decision and urged "
            "Australia to correct its mistake.",
            ("CHN", "AUS", "REQUEST", "asserted"),
        ),
    ],
)
def test_names_ministries_and_embassies_after_the_fifteenth_days_first_review(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A surname that is a common word stays a name; a "Ministry of ..." is not guessed to
    be the state it goes on to accuse; "it" after a dateline is the embassy's state."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine banned pro-Russian political parties.",
        "Kazakhstan banned Russian-language signs.",
        "Ukraine banned Russian music on radio.",
        "Kazakhstan banned the Russian Communist Party's local branch.",
    ],
)
def test_a_ban_at_home_sanctions_no_state(ex: Extractor, text: str) -> None:
    """'banned pro-Russian parties', 'Russian-language signs': a domestic ban names another
    state without sanctioning it (found by the first review of the fifteenth day)."""
    assert not any(t == "SANCTION" for _, _, t, _ in found(ex, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Slovenia summoned Croatia's ambassador. Croatian Foreign Minister Davor Rukavina "
            "said Croatia remained ready to sit down with Slovenia to negotiate a border.",
            ("davor-rukavina", "SVN", "AGREE", "asserted"),
        ),
        (
            "Kuwait protested. Iranian spokesman Reza Zarghami said Iran remained ready to "
            "negotiate the boundary with Kuwait.",
            ("reza-zarghami", "KWT", "AGREE", "asserted"),
        ),
    ],
)
def test_a_state_ready_to_act_with_another_offers_it(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'Croatia remained ready to sit down with Slovenia': an offer, the speaker's own."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union warned that it was ready to impose further sanctions on Belarus.",
        "She said relations could be repaired only when New Delhi is ready to treat Bangladesh "
        "as an equal.",
        "Equatorial Guinea was ready to take the matter to the International Court of Justice.",
    ],
)
def test_a_readiness_for_harm_or_on_a_term_offers_nothing(ex: Extractor, text: str) -> None:
    """'ready to impose further sanctions' threatens; 'only when New Delhi is ready to' sets
    a term; 'ready to take the matter to the court' is a legal threat: no offer."""
    assert not any(t == "AGREE" for _, _, t, _ in found(ex, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Sudan was recalling its ambassador in N'Djamena for consultations.",
            ("SDN", "TCD", "SANCTION", "asserted"),
        ),
        (
            "France answered hours later by expelling the same number of Algerian officials.",
            ("FRA", "DZA", "SANCTION", "asserted"),
        ),
        (
            "Colombia stopped selling electricity to Ecuador on Tuesday.",
            ("COL", "ECU", "SANCTION", "asserted"),
        ),
        (
            "Bolivia is cutting natural gas deliveries to Brazil by nearly a third.",
            ("BOL", "BRA", "SANCTION", "asserted"),
        ),
    ],
)
def test_recalls_expulsions_and_cut_supplies_sanction(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """'recalled its ambassador in N'Djamena' (the capital the envoy serves in), 'expelling
    ... Algerian officials', 'stopped selling electricity to Ecuador': sanctions."""
    assert stance in found(ex, text)


def test_arresting_officials_is_no_expulsion(ex: Extractor) -> None:
    """'arrested two Ugandan officials' coerces; only expelling officials is a sanction."""
    assert found(ex, "Kenya arrested two Ugandan officials.") == {
        ("KEN", "UGA", "COERCE", "asserted")
    }


def test_a_vague_threat_needs_no_condition(ex: Extractor) -> None:
    """'Azerbaijan will take steps that Yerevan will regret': a threat by the speaker, whose
    side promises what the other will regret; 'Latvia would not be blackmailed' is none."""
    got = found(
        ex,
        "Armenia shelled Azerbaijani positions. Azerbaijani Defence Ministry spokesman Tural "
        'Qasimli spoke. "Azerbaijan will take steps that Yerevan will regret," Qasimli said.',
    )
    assert ("tural-qasimli", "ARM", "THREATEN", "asserted") in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "until" in a story's background or a passive asks no one
        (
            "Ukrainian President Volodymyr Zelensky said Ukraine had been neutral until Russia "
            "annexed Crimea in 2014.",
            ("volodymyr-zelensky", "RUS", "REQUEST", "asserted"),
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu said Israel would not stop until Hamas "
            "was destroyed.",
            ("benjamin-netanyahu", "HAMAS", "REQUEST", "asserted"),
        ),
        # a concession or a denial on a condition threatens no one
        (
            "Secretary of State Antony Blinken said the United States would ease sanctions on "
            "Venezuela if Caracas allowed free elections.",
            ("antony-blinken", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Foreign Minister Sergei Lavrov said Russia would halt strikes on energy facilities "
            "if Ukraine did the same.",
            ("sergei-lavrov", "UKR", "THREATEN", "asserted"),
        ),
        (
            "Colombian Foreign Minister Luis Murillo said Colombia would not review its "
            "relations with Venezuela even if Caracas expelled more diplomats.",
            ("luis-murillo", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba said Japan would respond calmly if China "
            "announced new restrictions on seafood.",
            ("shigeru-ishiba", "CHN", "THREATEN", "asserted"),
        ),
        # a readiness for a hostile act is no offer
        (
            "Turkish President Tayyip Erdogan said Turkey was ready to block Sweden's membership.",
            ("tayyip-erdogan", "SWE", "AGREE", "asserted"),
        ),
        (
            "Israeli Defence Minister Israel Katz said Israel was prepared to resume the war in "
            "Gaza against Hamas.",
            ("israel-katz", "HAMAS", "AGREE", "asserted"),
        ),
        (
            "Venezuelan Foreign Minister Yvan Gil said nobody in Caracas was ready to talk with "
            "Guyana.",
            ("yvan-gil", "GUY", "AGREE", "asserted"),
        ),
        # a past that was not threatens no one
        (
            "Thailand banned Cambodian goods. Cambodian Foreign Minister Sok Vannarith called "
            'the ban "collective punishment." "In 2008, Cambodia could have closed every '
            'crossing, but we chose dialogue," Sok said.',
            ("sok-vannarith", "THA", "THREATEN", "asserted"),
        ),
    ],
)
def test_rules_after_the_fifteenth_days_second_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's term, ultimatum, readiness and threat rules misfired
    (found by the second review of the fifteenth day with adversarial probes)."""
    assert absent not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Moldova, which will hold elections in September, expelled a Russian diplomat on "
            "Monday, prompting Moscow to summon Moldova's ambassador.",
            ("RUS", "MDA", "ACCUSE", "asserted"),
        ),
        ("The EU banned Russian-origin diamonds.", ("EU", "RUS", "SANCTION", "asserted")),
        (
            "Hamas and its Iranian backers were blamed for the attack.",
            ("IRN", "HAMAS", "SUPPORT", "asserted"),
        ),
        (
            "Israel's chief backer, the United States, vetoed the resolution.",
            ("USA", "ISR", "SUPPORT", "asserted"),
        ),
        (
            "The Philippines complained. Beijing brushed Manila's complaints off as groundless.",
            ("CHN", "PHL", "REJECT", "asserted"),
        ),
    ],
)
def test_close_variants_after_the_fifteenth_days_second_review(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A modal inside a relative clause leaves what was prompted a fact; "-origin" goods are
    another state's; "its Iranian backers" and "chief backer, the United States," back the
    owner; "brushed ... off" rejects."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "BANGKOK — Thailand on Wednesday banned imports of Cambodian farm produce, two days "
        "after soldiers from both countries fought a gun battle near the temple.",
        "TBILISI, Georgia — Georgia summoned Azerbaijan's ambassador on Tuesday after border "
        "guards from the two neighbours scuffled at the monastery.",
    ],
)
def test_the_forces_of_both_countries_fighting_fight_each_other(ex: Extractor, text: str) -> None:
    """'two days after soldiers from both countries fought a gun battle': the pair, in a
    clause of its own after the main one, fights both ways."""
    got = {(s, t, ty) for s, t, ty, _ in found(ex, text) if ty == "ASSAULT"}
    assert len(got) == 2 and {s for s, _, _ in got} == {t for _, t, _ in got}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Philippine Coast Guard spokesman Jay Tarriela said the crew was informed only "
            "after China had seized the boat.",
            ("jay-tarriela", "CHN", "REQUEST", "asserted"),
        ),
        (
            "Qatari Prime Minister Mohammed Al Thani said Israel would not end the war until "
            "Hamas released all hostages.",
            ("mohammed-al-thani", "HAMAS", "REQUEST", "asserted"),
        ),
        (
            "Chinese Foreign Ministry spokesman Lin Jian said China and Japan had no diplomatic "
            "ties until Japan recognized Beijing in 1972.",
            ("lin-jian", "JPN", "REQUEST", "asserted"),
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski said he would not comment until Russia "
            "responds.",
            ("radoslaw-sikorski", "RUS", "REQUEST", "asserted"),
        ),
        (
            "Colombian Foreign Minister Luis Murillo said Colombia would suspend the sanctions "
            "if Venezuela released the soldiers.",
            ("luis-murillo", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Colombian Foreign Minister Luis Murillo said Colombia would strike a deal with "
            "Venezuela if talks went well.",
            ("luis-murillo", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Colombian Foreign Minister Luis Murillo said that Colombia could close the border "
            "if the cholera outbreak worsened in Venezuela.",
            ("luis-murillo", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Colombian political analyst Juan Perez said that if Venezuela did not release the "
            "soldiers, Colombia could suspend cooperation.",
            ("juan-perez", "VEN", "THREATEN", "asserted"),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said Moscow would draw conclusions from the "
            "talks with the United States.",
            ("sergei-lavrov", "USA", "THREATEN", "asserted"),
        ),
        (
            "Sudanese Foreign Minister Ali Youssef said Sudan had no intention of recalling its "
            "ambassador in N'Djamena.",
            ("SDN", "TCD", "SANCTION", "asserted"),
        ),
        (
            "Colombia stopped selling electricity to Ecuador because of a drought.",
            ("COL", "ECU", "SANCTION", "asserted"),
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said Russia was ready to review its "
            "relations with the European Union.",
            ("sergei-lavrov", "EU", "AGREE", "asserted"),
        ),
        (
            "Congo accused Rwanda of being the backer of the M23 rebels.",
            ("RWA", "M23", "SUPPORT", "asserted"),
        ),
    ],
)
def test_rules_after_the_fifteenth_days_third_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's term, ultimatum, readiness, recall, supply and backer
    rules misfired (found by the third review of the fifteenth day with adversarial
    probes): a plain "only after", a third party's account of another's refusal, a
    background year, a concession or idiom after a harm verb, a condition that is an event in
    a place, an analyst, a neutral "conclusions", a denied recall, a drought, a hostile
    readiness, a charge of backing."""
    assert absent not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Egypt asked Sudan to join the patrols, but Sudan declined.",
            ("SDN", "EGY", "REJECT", "asserted"),
        ),
        (
            "Tirana demanded an apology from Athens. Greece refused.",
            ("GRC", "ALB", "REJECT", "asserted"),
        ),
        (
            "Oleh Vasylchuk, an adviser to the Ukrainian president, urged Romania to shoot down "
            "drones over Ukraine, a proposal Bucharest has so far declined.",
            ("ROU", "UKR", "REJECT", "asserted"),
        ),
    ],
)
def test_a_bare_refusal_rejects_whoever_asked(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """ "declined" or "refused" with nothing after it answers the request or offer made of
    the refuser in the sentence or just before; a person's request is their state's."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Poland offered to host the talks. Hungary has not refused.",
            ("HUN", "POL", "REJECT", "asserted"),
        ),
        (
            "Egypt asked Sudan to join the patrols. If Sudan refused, Cairo would act alone.",
            ("SDN", "EGY", "REJECT", "asserted"),
        ),
        (
            "Egypt asked Sudan to join the patrols. Sudan declined to comment.",
            ("SDN", "EGY", "REJECT", "asserted"),
        ),
    ],
)
def test_a_refusal_denied_conditioned_or_of_comment_rejects_no_one(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """No rejection where the refusal is denied, only a condition, or a refusal to comment."""
    assert absent not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Mexico asked Spain to apologise. Spain's Foreign Ministry said it \"categorically "
            'rejects" the request.',
            ("esp-foreign-ministry", "MEX", "REJECT", "asserted"),
        ),
        ('Spain "firmly rejected" Mexico\'s request.', ("ESP", "MEX", "REJECT", "asserted")),
        (
            'State Department spokesman Daniel Whitcomb said the United States "strongly '
            "condemns\" North Korea's launch.",
            ("daniel-whitcomb", "PRK", "ACCUSE", "asserted"),
        ),
    ],
)
def test_a_verb_quoted_for_its_tone_keeps_its_object(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A closing quotation mark right after a few quoted words ("categorically rejects")
    does not cut the verb from its object."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Czech senators visited Taipei. China's Foreign Ministry said Prague would \"pay a "
            'heavy price for this open provocation."',
            ("chn-foreign-ministry", "CZE", "THREATEN", "asserted"),
        ),
        (
            "Abdul Wahid Saqib, a spokesman for the Afghan government, condemned the strikes, "
            "saying they had killed civilians, and warned that Pakistan would \u201cface "
            "consequences.\u201d",
            ("abdul-wahid-saqib", "PAK", "THREATEN", "asserted"),
        ),
    ],
)
def test_a_warning_quoted_from_its_verb_and_a_verb_after_a_participle_clause(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A quotation that opens at the warned phrase ('would "pay a heavy price') keeps the
    subject before it; a verb joined by ", and" after a ", saying ..." clause shares the
    main clause's subject, not the participle clause's."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Niger accused Nigeria of hosting French spies. Nigeria called the charge "
            '"recycled fiction."',
            ("NGA", "NER", "REJECT", "asserted"),
        ),
        (
            'ECOWAS called the decisions by Mali "regrettable".',
            ("ECOWAS", "MLI", "ACCUSE", "asserted"),
        ),
        (
            "A spokesman for the Nigerian government rejected the charge from Niger.",
            ("NGA", "NER", "REJECT", "asserted"),
        ),
        (
            "A senior official at Nigeria's foreign ministry rejected the charge from Niger.",
            ("nga-foreign-ministry", "NER", "REJECT", "asserted"),
        ),
    ],
)
def test_dismissals_verdicts_and_unnamed_spokesmen_after_the_sixteenth_days_dev_batch(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """ "fiction" dismisses a charge, "regrettable" is a verdict against the doer, and an
    unnamed spokesman or official "for"/"at" a government or ministry speaks for it."""
    assert stance in found(ex, text)


def test_a_spokesman_for_a_person_is_not_that_person(ex: Extractor) -> None:
    """A spokesman for a named president is someone else: the president rejects nothing."""
    text = (
        "The Taliban accused the government of lying. A spokesman for Afghan President "
        "Ashraf Ghani rejected the accusations."
    )
    assert not any(s[0] == "ashraf-ghani" for s in found(ex, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Tajikistan protested over the arrests by Russia. Diplomats from both countries met "
            "in Moscow on Friday.",
            ("RUS", "TJK", "CONSULT", "asserted"),
        ),
        (
            "Delegations from Ethiopia and Egypt met in Cairo.",
            ("ETH", "EGY", "CONSULT", "asserted"),
        ),
    ],
)
def test_officials_from_two_states_meeting_consult(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Diplomats or delegations "from" two states opening a clause act for them."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Turkey, one of Syria's main backers, condemned the move.", ("TUR", "SYR", "SUPPORT")),
        ("Japan, one of America's closest allies, hosted the talks.", ("JPN", "USA", "ALLY")),
        ("Australia is one of America's closest allies.", ("USA", "AUS", "ALLY")),
    ],
)
def test_one_of_a_states_backers_or_allies(
    ex: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    """'one of X's main backers' or 'closest allies' names the one beside it as X's."""
    assert (*stance, "asserted") in found(ex, text)


def test_supporting_a_pact_backs_both_parties(ex: Extractor) -> None:
    """ "supported the pact" backs every state that made it, as "welcomed" does."""
    text = (
        "Vanuatu and Australia signed a security pact on Wednesday. A U.S. State Department "
        "spokesperson said Washington supported the pact."
    )
    stances = found(ex, text)
    assert ("us-state-department", "VUT", "SUPPORT", "asserted") in stances
    assert ("us-state-department", "AUS", "SUPPORT", "asserted") in stances


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Jordan recalled its ambassador. Foreign Minister Ayman Safadi warned that Amman "
            "would review every aspect of its relationship with Israel.",
            ("JOR", "ISR", "SANCTION", "hypothetical"),
        ),
        (
            "Libya closed the Ras Jedir crossing. If the crossing was not reopened within a "
            "week, Tunisia would review its trade arrangements with Libya, she said.",
            ("TUN", "LBY", "SANCTION", "hypothetical"),
        ),
        (
            "South Korean Defence Minister Han Seung-jo warned that the military would respond "
            "swiftly with force if North Korea launched more balloons.",
            ("KOR", "PRK", "ASSAULT", "hypothetical"),
        ),
    ],
)
def test_a_threat_of_unnamed_measures_threatens_one(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A threat to "review" relations, take "measures" or respond "in kind" threatens a
    measure of the threatener's state, and a response "with force" force, kept
    hypothetical (a bare "would respond" names no act)."""
    assert stance in found(ex, text)


def test_a_threat_that_names_its_act_adds_no_other(ex: Extractor) -> None:
    """ "would close the border" is the act threatened; no second, unnamed measure."""
    text = "Latvia warned that it would close the border with Belarus if the pushes continued."
    stances = found(ex, text)
    assert ("LVA", "BLR", "SANCTION", "hypothetical") in stances
    assert ("LVA", "BLR", "ASSAULT", "hypothetical") not in stances


def test_security_chiefs_from_two_states_meeting_later_consult_hypothetically(
    ex: Extractor,
) -> None:
    """ "Security chiefs from Ghana and Togo will meet": an unnamed official's title may
    carry its field; the meeting is still to come."""
    text = "Security chiefs from Ghana and Togo will meet in Lome on Thursday."
    assert ("GHA", "TGO", "CONSULT", "hypothetical") in found(ex, text)


def test_threatening_to_take_the_matter_to_a_court_is_a_charge_to_come(ex: Extractor) -> None:
    """'would take the matter to the WTO if India did not lift the ban': a threat now and a
    hypothetical accusation of the side that must act."""
    text = (
        "Bangladesh said it would take the matter to the World Trade Organization if India "
        "did not lift the ban."
    )
    stances = found(ex, text)
    assert ("BGD", "IND", "THREATEN", "asserted") in stances
    assert ("BGD", "IND", "ACCUSE", "hypothetical") in stances
    assert ("BGD", "IND", "SANCTION", "hypothetical") not in stances


def test_curbs_imposed_sanction_and_a_call_on_someone_is_no_verdict(ex: Extractor) -> None:
    """ "imposed curbs on X" sanctions X, and the measures called coercion accuse the one who
    imposed them; "called on X to refrain from illegal actions" asks, and judges no one."""
    text = 'China imposed curbs on Lithuania. Lithuania called the measures "economic coercion."'
    stances = found(ex, text)
    assert ("CHN", "LTU", "SANCTION", "asserted") in stances
    assert ("LTU", "CHN", "ACCUSE", "asserted") in stances
    assert found(ex, "The European Union called on Ankara to refrain from illegal actions.") == {
        ("EU", "TUR", "REQUEST", "asserted")
    }


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Sudan accused Chad of supplying weapons to the RSF. Chadian government spokesman "
            "Abakar Mahamat Ousmane said Chad has never delivered a single weapon to any "
            "Sudanese party.",
            ("abakar-mahamat-ousmane", "SDN", "REJECT", "asserted"),
        ),
        (
            'Hungary accused Ukraine of persecuting ethnic Hungarians. "Ukraine does not arrest '
            'anyone for their language or their origin," Ukrainian Foreign Ministry spokesman '
            "Heorhiy Tkachuk said.",
            ("heorhiy-tkachuk", "HUN", "REJECT", "asserted"),
        ),
        (
            'Peru accused Chile of pushing migrants across the border. "No one has been pushed '
            'anywhere," Chilean Interior Minister Tomas Echeverria said.',
            ("tomas-echeverria", "PER", "REJECT", "asserted"),
        ),
    ],
)
def test_an_accused_sides_speaker_saying_it_never_did_so_rejects_the_accuser(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A speaker for an accused side saying that side never did (or does not do) something,
    or that "no one" was harmed, rejects whoever accused it."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan accused Chad of supplying weapons to the RSF. Chadian spokesman Abakar Mahamat "
        "Ousmane said Chad would never talk to the RSF if the war went on.",
        "Sudan accused Chad of supplying weapons to the RSF. Chadian spokesman Abakar Mahamat "
        "Ousmane did not say whether Chad would reply.",
        "Sudan accused Chad of supplying weapons to the RSF. Chadian spokesman Abakar Mahamat "
        "Ousmane said Chad would not comment.",
    ],
)
def test_a_condition_or_an_unsaid_word_denies_nothing(ex: Extractor, text: str) -> None:
    """Under "if", or where "not" only says what was not said, nothing is denied."""
    assert ("abakar-mahamat-ousmane", "SDN", "REJECT", "asserted") not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("China, Myanmar's largest arms supplier, urged restraint.", ("CHN", "MMR", "AID")),
        ("Israel is one of Azerbaijan's biggest arms suppliers.", ("ISR", "AZE", "AID")),
        ("Russia remains India's main arms supplier.", ("RUS", "IND", "AID")),
    ],
)
def test_a_states_arms_supplier_aids_it(
    ex: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    """ "X, Y's largest arms supplier" or "X is Y's main arms supplier": X arms Y."""
    assert (*stance, "asserted") in found(ex, text)


def test_training_a_states_army_or_navy_aids_it(ex: Extractor) -> None:
    """ "trains Somalia's army and navy": military training is aid to the state."""
    assert ("TUR", "SOM", "AID", "asserted") in found(
        ex, "Turkey trains Somalia's army and navy under a 2024 defence agreement."
    )


def test_brushing_a_warning_aside_rejects_whoever_warned(ex: Extractor) -> None:
    """A threatened side that dismisses or brushes aside the warning rejects its maker."""
    text = (
        "Russia warned Georgia over the closure. Georgian Foreign Minister Tamar Beridze "
        "brushed the warning aside."
    )
    assert ("tamar-beridze", "RUS", "REJECT", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The European Union proposed an independent audit. Armenia accepted the proposal "
            "within hours.",
            ("ARM", "EU", "AGREE", "asserted"),
        ),
        (
            "The Mano River Union offered to convene its border committee in Freetown. Sierra "
            "Leone said it backed the proposal.",
            ("SLE", "mano-river-union", "SUPPORT", "asserted"),
        ),
    ],
)
def test_the_proposal_answered_is_the_last_one_made(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Whoever proposed, suggested or offered something is whom "accepted the proposal" or
    "backed the proposal" answers."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Damascus was suspending its participation in U.S.-brokered talks with Israel.",
            ("SYR", "ISR", "SANCTION", "asserted"),
        ),
        (
            "Ukraine stopped the flow of Russian crude through the Druzhba pipeline.",
            ("UKR", "RUS", "SANCTION", "asserted"),
        ),
    ],
)
def test_suspending_talks_or_stopping_a_flow_sanctions(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """Suspending one's part in talks with a state, or stopping the flow of its goods,
    sanctions it (not a consultation)."""
    stances = found(ex, text)
    assert stance in stances
    assert (stance[0], stance[1], "CONSULT", "asserted") not in stances


def test_a_society_is_an_organisation_of_its_own(ex: Extractor) -> None:
    """ "The East African Law Society" is a body of its own, not the East African Community."""
    text = (
        "Tanzania deported four Kenyan activists. The East African Law Society condemned the "
        "deportations."
    )
    assert ("east-african-law-society", "TZA", "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Washington urged Iran to return to talks. Iranian oil exports declined.",
            ("IRN", "USA", "REJECT", "asserted"),
        ),
        (
            "Washington urged Iran to return to talks. Iran may refuse.",
            ("IRN", "USA", "REJECT", "asserted"),
        ),
        ("France called the attack on Israel unprecedented.", ("FRA", "ISR", "ACCUSE", "asserted")),
        (
            "Beijing warned Washington that it would review its military cooperation with Manila.",
            ("CHN", "USA", "ASSAULT", "hypothetical"),
        ),
        (
            "Russia warned that it would respond to NATO's deployment of troops in Poland.",
            ("RUS", "NATO", "ASSAULT", "hypothetical"),
        ),
        (
            "China warned Japan against taking steps that would harm ties.",
            ("CHN", "JPN", "SANCTION", "hypothetical"),
        ),
        (
            "The United States proposed a ceasefire. Qatar offered condolences to the victims. "
            "Hamas rejected the proposal.",
            ("HAMAS", "QAT", "REJECT", "asserted"),
        ),
        (
            "India warned it would take the issue up with Pakistan at the next round of talks.",
            ("IND", "PAK", "ACCUSE", "hypothetical"),
        ),
        (
            "Russia threatened Georgia with sanctions. Georgia dismissed threats from Iran.",
            ("GEO", "RUS", "REJECT", "asserted"),
        ),
        (
            "Germany imposed controls on its border with Austria.",
            ("DEU", "AUT", "SANCTION", "asserted"),
        ),
        (
            "Sudan accused Chad of arming the rebels. Chad's army has not been paid for months, "
            "the Chadian minister said.",
            ("TCD", "SDN", "REJECT", "asserted"),
        ),
    ],
)
def test_rules_after_the_sixteenth_days_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's refusal, verdict, threat, proposal, denial and sanction
    rules misfired (found by the day's review with adversarial probes): a fall in exports, a
    guess, a victim's attack, a military cooperation reviewed, a deed answered, a warning
    against steps, condolences offered, an issue taken up in talks, another's threats, border
    controls, a state of being unpaid."""
    assert absent not in found(ex, text)


def test_among_a_states_backers(ex: Extractor) -> None:
    """ "Iran, among Syria's main backers," backs Syria."""
    assert ("IRN", "SYR", "SUPPORT", "asserted") in found(
        ex, "Iran, among Syria's main backers, condemned the strike."
    )


def test_the_ministry_is_the_ministry_named_before(ex: Extractor) -> None:
    """ "The ministry said it had summoned ..." is the ministry named earlier, and so is
    "it", not the bloc quoted in between."""
    text = (
        "Kenya's Foreign Ministry handed Tanzania a protest note. \"Their treatment is "
        'unacceptable between two founding members of the East African Community," the '
        "principal secretary said. The ministry said it had also summoned Tanzania's high "
        "commissioner in Nairobi to explain."
    )
    stances = found(ex, text)
    assert ("ken-foreign-ministry", "TZA", "ACCUSE", "asserted") in stances
    assert not any(s[0] == "east-african-community" for s in stances)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kenya handed Tanzania a formal protest note on Thursday.", ("KEN", "TZA")),
        ("Kenya sent a protest note to Tanzania.", ("KEN", "TZA")),
        ("Bosnia delivered a second protest note to Croatia.", ("BIH", "HRV")),
        ("Manila filed a diplomatic protest with Beijing.", ("PHL", "CHN")),
    ],
)
def test_protest_notes_handed_sent_or_filed_accuse(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """A protest note handed to a state, sent or delivered to it, or a protest filed with it
    is an accusation of that state."""
    assert (*stance, "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters stormed a police camp close to the point where Kenya, Somalia and Ethiopia meet.",
        "Troops massed near the point where the two countries meet Guyana.",
    ],
)
def test_where_borders_meet_is_no_meeting(ex: Extractor, text: str) -> None:
    """ "Where Kenya, Somalia and Ethiopia meet" is a place, not talks between them."""
    assert not any(s[2] == "CONSULT" for s in found(ex, text))


def test_a_meeting_told_with_where_is_still_a_meeting(ex: Extractor) -> None:
    """ "Geneva, where Iran and the United States met" is a meeting."""
    text = "The talks in Geneva, where Iran and the United States met on Tuesday, ended."
    assert ("IRN", "USA", "CONSULT", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia halted fishing quota talks with Japan on Monday.",
        "Russia broke off talks with Japan.",
        "Russia Stages Missile Drills, Halts Fishing Quota Talks With Japan",
    ],
)
def test_talks_halted_are_a_measure_not_talks(ex: Extractor, text: str) -> None:
    """Halting or breaking off talks with a state reduces relations with it (CAMEO 164)."""
    stances = found(ex, text)
    assert ("RUS", "JPN", "SANCTION", "asserted") in stances
    assert ("RUS", "JPN", "CONSULT", "asserted") not in stances


@pytest.mark.parametrize(
    "text",
    [
        "Montenegro declared Serbian Ambassador Dragan Petkovic persona non grata.",
        "Montenegro expelled Serbia's ambassador, Dragan Petkovic.",
    ],
)
def test_an_expelled_envoy_is_a_measure_against_the_state_that_sent_him(
    ex: Extractor, text: str
) -> None:
    """Expelling a named diplomat sanctions the state he serves, not the man."""
    stances = found(ex, text)
    assert ("MNE", "SRB", "SANCTION", "asserted") in stances
    assert not any(s[1] == "dragan-petkovic" and s[2] == "SANCTION" for s in stances)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "An Israeli official said Egypt had failed. Egypt brushed the remark aside.",
            ("EGY", "ISR", "REJECT", "asserted"),
        ),
        (
            "Malaysia accused Indonesia of letting the fires burn. Indonesia bristled at the "
            "criticism.",
            ("IDN", "MYS", "REJECT", "asserted"),
        ),
    ],
)
def test_remarks_brushed_aside_or_bristled_at_are_rejected(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """A remark brushed aside, or criticism bristled at, is its speaker's rejected."""
    assert stance in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brig. Gen. Ahmed Osman of Libya rejected the claims of Tunisia.",
        "The coast guard seized a trawler. Its spokesman, Col. Ahmed Osman, rejected the "
        "claims of Tunisia.",
        "Maj. Ahmed Osman of Libya rejected the claims of Tunisia.",
    ],
)
def test_an_abbreviated_rank_introduces_a_person(ex: Extractor, text: str) -> None:
    """ "Brig. Gen. Ahmed Osman" and "Its spokesman, Col. Ahmed Osman," are a person, who
    speaks for himself; the sentence does not end at "Brig."."""
    assert ("ahmed-osman", "TUN", "REJECT", "asserted") in found(ex, text)


def test_both_koreas_are_the_pair(ex: Extractor) -> None:
    """ "Both Koreas" is South and North Korea."""
    stances = found(ex, "Beijing urged both Koreas to exercise restraint.")
    assert {("CHN", "KOR", "REQUEST", "asserted"), ("CHN", "PRK", "REQUEST", "asserted")} <= stances


def test_the_north_and_the_south_in_a_story_of_the_two_koreas(ex: Extractor) -> None:
    """Once a story has named both Koreas, "the North" and "the South" are they; before
    that, or in another story, "the North" names no state."""
    text = (
        "South Korea accused North Korea of sending balloons. The North accused the South of lying."
    )
    assert ("PRK", "KOR", "ACCUSE", "asserted") in found(ex, text)
    alone = "Spokeswoman Cha Min-ji urged the North to stop the launches immediately."
    assert not any(s[1] == "PRK" for s in found(ex, alone))


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for South Africa's Department of International Relations and "
        "Cooperation, Sipho Mahlangu, dismissed the remarks of Morocco.",
        "A spokesman for the South African foreign ministry, Sipho Mahlangu, dismissed the "
        "remarks of Morocco.",
    ],
)
def test_a_spokesman_for_a_states_body_serves_that_state(ex: Extractor, text: str) -> None:
    """The body named after a spokesman's role ("for South Africa's Department of ...")
    gives him his country, however long its name."""
    result = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in result.actors}["sipho-mahlangu"] == "ZAF"


def test_an_envoy_for_talks_between_two_states_serves_neither(ex: Extractor) -> None:
    """ "The EU's special representative for the dialogue between Belgrade and Pristina"
    is no Serbian official."""
    text = (
        "The EU's special representative for the dialogue between Belgrade and Pristina, "
        "Henrik Vallen, urged Serbia to show restraint."
    )
    assert ("henrik-vallen", "SRB", "REQUEST", "asserted") in found(ex, text)


def test_a_ministers_field_is_part_of_the_title(ex: Extractor) -> None:
    """ "Minister of International Relations Thandiwe Mokoena" is Thandiwe Mokoena."""
    text = (
        "South Africa's Minister of International Relations Thandiwe Mokoena accused "
        "Morocco of plundering the territory."
    )
    assert ("thandiwe-mokoena", "MAR", "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Sudan was reviewing its trade and security arrangements with Nairobi.", ("SDN", "KEN")),
        (
            "Jordanian Foreign Minister Khaled Obeidat condemned the raid. If the provocations "
            "continued, Obeidat said, the government would review every aspect of its "
            "relationship with Israel.",
            ("JOR", "ISR"),
        ),
        (
            "New Zealand said it would review a planned budget-support payment to Fiji.",
            ("NZL", "FJI"),
        ),
    ],
)
def test_ties_under_review_weigh_a_measure(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """A side that reviews its ties, arrangements or payments with a state weighs a measure
    against it: a hypothetical SANCTION."""
    assert (*stance, "SANCTION", "hypothetical") in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission said it had opened a review of whether Ukraine's measure "
        "was consistent with the association agreement.",
        "An opposition lawmaker in Kyrgyzstan called on the government to review the entire "
        "treaty with Uzbekistan.",
        "Sudan would not review its trade arrangements with Kenya.",
    ],
)
def test_no_measure_weighed_by_a_review_asked_for_denied_or_of_facts(
    ex: Extractor, text: str
) -> None:
    """A review of facts, one someone else is asked to make, or one ruled out weighs no
    measure."""
    assert not any(s[2] == "SANCTION" and s[3] == "hypothetical" for s in found(ex, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "UNHCR said conditions were poor. Its representative in Bangladesh, Isabelle "
            "Marchetti, urged Myanmar to wait.",
            ("isabelle-marchetti", "MMR", "REQUEST", "asserted"),
        ),
        (
            "China's ambassador in Cotonou, Zhou Minghai, accused Benin of breaking the deal.",
            ("zhou-minghai", "BEN", "ACCUSE", "asserted"),
        ),
    ],
)
def test_a_role_held_in_a_place_introduces_the_person_named_after_it(
    ex: Extractor, text: str, stance: tuple[str, str, str, str]
) -> None:
    """ "Its representative in Bangladesh, Isabelle Marchetti," is Isabelle Marchetti, who
    speaks for herself, not her agency."""
    assert stance in found(ex, text)


def test_a_role_in_a_long_named_body_introduces_the_person(ex: Extractor) -> None:
    """ "The head of the U.N. Office for West Africa and the Sahel, Mamadou Kane-Diallo,"
    is a person, and "he" in his sentence is he."""
    text = (
        "Nigeria accused Cameroon of sheltering rebels. The head of the U.N. Office for West "
        "Africa and the Sahel, Mamadou Kane-Diallo, said he had spoken to both foreign "
        "ministers."
    )
    stances = found(ex, text)
    assert ("mamadou-kane-diallo", "CMR", "CONSULT", "asserted") in stances
    assert ("mamadou-kane-diallo", "NGA", "CONSULT", "asserted") in stances


def test_harbouring_fighters_is_aid_and_a_disputed_claim_is_rejected(ex: Extractor) -> None:
    """ "Accused Chad of harbouring RSF commanders" reports Chad's aid to the RSF; "disputes
    the claim" rejects whoever made it."""
    assert ("TCD", "RSF", "AID", "reported") in found(
        ex, "Sudan accused Chad of harbouring RSF commanders."
    )
    text = "Turkmenistan accused Uzbekistan of owing it money. Tashkent disputes the claim."
    assert ("UZB", "TKM", "REJECT", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        'China banned imports of Japanese seafood. "This is economic coercion, pure and '
        'simple," said Japanese Trade Minister Makoto Ishizaki.',
        "China banned imports of Japanese seafood. Japanese Trade Minister Makoto Ishizaki "
        "said it was a blatant provocation.",
    ],
)
def test_a_verdict_on_an_unnamed_deed_accuses_its_doer(ex: Extractor, text: str) -> None:
    """ "This is economic coercion" said by the side that suffered a deed accuses whoever
    did it."""
    assert ("makoto-ishizaki", "CHN", "ACCUSE", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        'China banned imports of Japanese seafood. "It is not a provocation," said Japanese '
        "Trade Minister Makoto Ishizaki.",
        "China banned imports of Japanese seafood. Japanese Trade Minister Makoto Ishizaki "
        "said it was needed to stop illegal fishing.",
    ],
)
def test_no_verdict_when_denied_or_when_the_word_is_in_another_clause(
    ex: Extractor, text: str
) -> None:
    """ "It is not a provocation" and "it was needed to stop illegal fishing" accuse no one."""
    assert ("makoto-ishizaki", "CHN", "ACCUSE", "asserted") not in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("China curbed exports of rare-earth magnets to Japan.", ("CHN", "JPN")),
        ("China restricted exports of gallium to the United States.", ("CHN", "USA")),
    ],
)
def test_exports_of_a_good_curbed_to_a_state_sanction_it(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """Curbing or restricting exports of a good to a state is a measure against it."""
    assert (*stance, "SANCTION", "asserted") in found(ex, text)


def test_no_plans_to_act_rules_the_act_out(ex: Extractor) -> None:
    """ "Had no plans to impose sanctions" is a measure ruled out: negated, and no threat."""
    stances = found(ex, "Japan said Tokyo had no plans to impose sanctions on South Korea.")
    assert ("JPN", "KOR", "SANCTION", "negated") in stances
    assert ("JPN", "KOR", "THREATEN", "asserted") not in stances


def test_counterparts_in_two_capitals_and_an_office_owned_by_its(ex: Extractor) -> None:
    """ "Its foreign minister had spoken with his counterparts in Baku and Tehran": the
    state that owns the minister consulted both states seated in those capitals, a relative
    clause after the state notwithstanding."""
    text = (
        "Qatar, which has cordial relations with both governments, said its foreign minister "
        "had spoken by telephone with his counterparts in Baku and Tehran."
    )
    stances = found(ex, text)
    assert ("QAT", "AZE", "CONSULT", "asserted") in stances
    assert ("QAT", "IRN", "CONSULT", "asserted") in stances


def test_an_official_joined_by_and_to_his_states_clause_serves_it(ex: Extractor) -> None:
    """ "Japan protested the decision, and Vice Foreign Minister X summoned China's
    ambassador": X is Japan's, and his summons accuses China."""
    text = (
        "China widened its ban. Japan protested the decision, and Vice Foreign Minister Aya "
        "Shimizu summoned China's ambassador, Wu Jiang, to demand it be lifted."
    )
    result = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in result.actors}["aya-shimizu"] == "JPN"
    assert ("aya-shimizu", "CHN", "ACCUSE", "asserted") in found(ex, text)


def test_a_guessed_officials_demand_of_the_guessed_state_is_kept(ex: Extractor) -> None:
    """An official given the story's state only as a guess who makes a demand of that
    state by name was guessed wrong: the demand stands."""
    text = (
        "CAIRO, Egypt - Egypt closed the crossing. Egypt said it would stay shut. "
        "Spokeswoman Marta Lindqvist urged Cairo to reopen the crossing."
    )
    assert ("marta-lindqvist", "EGY", "REQUEST", "asserted") in found(ex, text)


def test_an_official_summoning_an_envoy_in_a_capital_serves_that_capitals_state(
    ex: Extractor,
) -> None:
    """ "Summoned Indonesia's ambassador in Hanoi": the official is Vietnam's, not the
    dateline's Indonesian; and no official summons his own state's envoy."""
    text = (
        "JAKARTA, Indonesia - Indonesia sank the boats. Indonesia defended it. Later on "
        "Thursday, Deputy Foreign Minister Tran Quoc Vinh summoned Indonesia's ambassador in "
        "Hanoi to protest."
    )
    result = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in result.actors}["tran-quoc-vinh"] == "VNM"
    assert ("tran-quoc-vinh", "IDN", "ACCUSE", "asserted") in found(ex, text)


def test_a_representative_in_a_state_is_not_that_states_official(ex: Extractor) -> None:
    """ "The agency's representative in Egypt" serves the agency, and may press Egypt."""
    text = (
        "UNHCR criticised the closure. Marta Lindqvist, the agency's representative in Egypt, "
        "urged Egyptian authorities to reopen the crossing."
    )
    assert ("marta-lindqvist", "EGY", "REQUEST", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Ethiopia massed troops. Egypt quickly took Eritrea's side.", ("EGY", "ERI")),
        ("Slovakia threatened Ukraine. Hungary came to Slovakia's defence.", ("HUN", "SVK")),
    ],
)
def test_taking_a_side_or_coming_to_its_defence_supports_it(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """Taking a state's side, or coming to its defence, backs it."""
    assert (*stance, "SUPPORT", "asserted") in found(ex, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            'India protested the renaming. "If the Indian side keeps taking such actions, '
            'China will respond as necessary," Chinese spokeswoman Liang Xiaoyun said.',
            ("liang-xiaoyun", "IND"),
        ),
        (
            'Ethiopia massed troops. Eritrean minister Tesfalem Gherezghiher said: "If a single '
            "Ethiopian soldier crosses our border, our defence forces will answer with everything "
            'they have."',
            ("tesfalem-gherezghiher", "ETH"),
        ),
        (
            'Gunmen raided Ikom. "If Cameroon does not act, Nigerian forces will go after these '
            'criminals wherever they hide," Nigerian minister Garba Tukurwa said.',
            ("garba-tukurwa", "CMR"),
        ),
    ],
)
def test_a_response_promised_on_another_sides_act_threatens_it(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """ "If X does this, we will respond / our forces will answer / will go after them": a
    conditional threat, whoever the promise's subject is among the speaker's own."""
    assert (*stance, "THREATEN", "asserted") in found(ex, text)


def test_a_friendly_response_promised_is_no_threat(ex: Extractor) -> None:
    """ "If Iran agrees, Washington will respond positively" threatens no one."""
    text = (
        'Iran sent a proposal. "If Iran agrees, Washington will respond positively," U.S. '
        "envoy Mark Hale said."
    )
    assert not any(s[2] == "THREATEN" for s in found(ex, text))


@pytest.mark.parametrize(
    "text",
    [
        "Vondrackova said Prague would go straight to the Court of Justice of the European "
        "Union if the dispute was not resolved.",
        '"If Colombia keeps sending warships, Nicaragua will go back to The Hague," the '
        "minister said.",
    ],
)
def test_going_to_a_court_is_no_meeting(ex: Extractor, text: str) -> None:
    """Going to a court, or back to The Hague, is a lawsuit's threat, not talks."""
    assert not any(s[2] == "CONSULT" for s in found(ex, text))


def test_suspended_consultations_are_a_measure(ex: Extractor) -> None:
    """Suspending consultations with a state reduces relations with it."""
    text = (
        "The Czech government on Wednesday suspended its annual joint consultations with Slovakia."
    )
    stances = found(ex, text)
    assert ("CZE", "SVK", "SANCTION", "asserted") in stances
    assert ("CZE", "SVK", "CONSULT", "asserted") not in stances


def test_a_complaint_lodged_with_a_forum_accuses_the_side_complained_of(ex: Extractor) -> None:
    """ "Lodged a complaint with the WTO over China's rule" accuses China, not the WTO."""
    text = (
        "Japan lodged a complaint with the World Trade Organization on Tuesday over China's "
        "new licensing requirement."
    )
    stances = found(ex, text)
    assert ("JPN", "CHN", "ACCUSE", "asserted") in stances
    assert ("JPN", "WTO", "ACCUSE", "asserted") not in stances


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Greece Threatens to Block Albania's EU Talks Over Jailed Mayor", ("GRC", "ALB")),
        ("Hungary threatened to freeze Ukraine's EU accession talks.", ("HUN", "UKR")),
    ],
)
def test_a_threat_to_a_states_talks_with_a_bloc_threatens_the_state(
    ex: Extractor, text: str, stance: tuple[str, str]
) -> None:
    """ "Threatens to block Albania's EU talks" threatens Albania, not the EU."""
    stances = found(ex, text)
    assert (*stance, "THREATEN", "asserted") in stances
    assert (stance[0], "EU", "THREATEN", "asserted") not in stances


def test_a_mayor_elect_is_a_title_not_a_person_named_elect(ex: Extractor) -> None:
    """ "Jailed Ethnic Greek Mayor-Elect" names no person called "Elect"."""
    result = ex.extract(
        "Greece Threatens to Block Albania's EU Talks Over Jailed Ethnic Greek Mayor-Elect",
        document_id="t",
    )
    assert "elect" not in {a.id for a in result.actors}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("China banned Japanese seafood imports. Japan protested the decision.", ("JPN", "CHN")),
        ("Vietnam Protests Laos's Go-Ahead for New Mekong Dam", ("VNM", "LAO")),
    ],
)
def test_a_state_that_protests_accuses(ex: Extractor, text: str, stance: tuple[str, str]) -> None:
    """A government's protest is an accusation in words, not a street protest."""
    stances = found(ex, text)
    assert (*stance, "ACCUSE", "asserted") in stances
    assert (*stance, "PROTEST", "asserted") not in stances


def test_people_who_protest_still_protest(ex: Extractor) -> None:
    """Demonstrators protesting against a state stage a protest."""
    text = "Thousands of Armenian demonstrators protested against Azerbaijan in Yerevan."
    assert not any(s[2] == "ACCUSE" for s in found(ex, text))


def test_a_joint_condemnation_is_cooperation_between_the_condemners(ex: Extractor) -> None:
    """ "Egypt and Sudan jointly condemned Ethiopia's plan, accusing Addis Ababa of acting
    alone": the two work together against Ethiopia, whose plan makes their accusation no
    less real."""
    text = (
        "Egypt and Sudan on Tuesday jointly condemned Ethiopia's plan to build a second dam on "
        "the Blue Nile, accusing Addis Ababa of acting alone."
    )
    stances = found(ex, text)
    assert ("EGY", "SDN", "COOPERATE", "asserted") in stances
    assert ("EGY", "ETH", "COOPERATE", "asserted") not in stances
    assert ("EGY", "ETH", "ACCUSE", "hypothetical") not in stances
    assert ("EGY", "ETH", "ACCUSE", "asserted") in stances


def test_suspending_ratification_of_a_deal_sanctions_the_partner(ex: Extractor) -> None:
    """ "Would suspend ratification of its partnership agreement with the EU" weighs a
    measure against the EU; the partnership suspended is no cooperation."""
    text = (
        "Indonesia warned that it would suspend ratification of its comprehensive economic "
        "partnership agreement with the EU."
    )
    stances = found(ex, text)
    assert ("IDN", "EU", "SANCTION", "hypothetical") in stances
    assert not any(s[2] in ("COOPERATE", "AGREE") for s in stances)


def test_a_gunfight_between_two_sides_soldiers_is_fire_both_ways(ex: Extractor) -> None:
    """ "A gunfight between their soldiers" after two states are named: each fired on the
    other (as the charge they trade)."""
    text = (
        "Guatemala and Belize traded accusations on Monday after a gunfight between their soldiers."
    )
    stances = found(ex, text)
    assert ("GTM", "BLZ", "ASSAULT", "reported") in stances
    assert ("BLZ", "GTM", "ASSAULT", "reported") in stances


def test_a_foreign_crew_stripped_of_accreditation_is_a_measure(ex: Extractor) -> None:
    """Stripping a Russian channel's crew of its accreditation sanctions Russia."""
    text = (
        "Kazakhstan on Monday stripped a three-member crew from a Russian television channel "
        "of its accreditation."
    )
    assert ("KAZ", "RUS", "SANCTION", "asserted") in found(ex, text)


def test_hitting_back_at_a_critic_rejects_her(ex: Extractor) -> None:
    """ "Hit back at the spokeswoman" answers her words: a rejection, not a threat."""
    text = (
        "Chinese spokeswoman Zhao Yunqing accused Lithuania of discrimination. Lithuanian "
        "minister Vytautas Kairelis hit back at the spokeswoman."
    )
    stances = found(ex, text)
    assert ("vytautas-kairelis", "zhao-yunqing", "REJECT", "asserted") in stances
    assert not any(s[2] == "THREATEN" for s in stances)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "KYIV, Ukraine - Russia launched 300 drones overnight, and President Oleh Marchenko "
            "thanked Poland for its help.",
            ("POL", "RUS", "AID", "asserted"),
        ),
        (
            "Russia cut gas supplies. Estonian Foreign Minister Margus Tsahkna said it was "
            "dangerous to speculate about the reasons.",
            ("margus-tsahkna", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "Russia cut gas supplies. Estonian Foreign Minister Margus Tsahkna said Estonia would "
            "respond if it was a hostile act.",
            ("margus-tsahkna", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "The UAE president received Pakistan's prime minister and reviewed ties with "
            "Pakistan, the state news agency said.",
            ("ARE", "PAK", "SANCTION", "hypothetical"),
        ),
        (
            "Australia said it would review its aid to Papua New Guinea to see where more "
            "support could be given.",
            ("AUS", "PNG", "SANCTION", "hypothetical"),
        ),
        (
            "Tanzania closed the border. Kenyan traders protested Tanzania's decision to close "
            "the border.",
            ("KEN", "TZA", "ACCUSE", "asserted"),
        ),
        (
            "NAIROBI, Kenya - Floods hit the city. Kenya opened shelters. Interior Minister Peter "
            "Mwangi urged Kenyans to move to higher ground.",
            ("peter-mwangi", "KEN", "REQUEST", "asserted"),
        ),
        (
            'Ukraine sent a proposal. "If Kyiv sends us a counter-proposal, Russia will respond '
            'within a week," Russian spokeswoman Maria Volkova said.',
            ("maria-volkova", "UKR", "THREATEN", "asserted"),
        ),
        (
            "Mali expelled German diplomat Hans Keller, the EU's envoy to the Sahel.",
            ("MLI", "DEU", "SANCTION", "asserted"),
        ),
        (
            "A diplomatic skirmish between France and Italy broke out over migrants.",
            ("FRA", "ITA", "ASSAULT", "asserted"),
        ),
        (
            "The Taliban halted talks with Pakistan over the weekend because of the Eid holiday.",
            ("TALIBAN", "PAK", "SANCTION", "asserted"),
        ),
        (
            "Ukraine halted exports of grain to Egypt after Russian missiles destroyed the port.",
            ("UKR", "EGY", "SANCTION", "asserted"),
        ),
        (
            "Russian troops took the Ukrainian side of the river.",
            ("RUS", "UKR", "SUPPORT", "asserted"),
        ),
        (
            "Turkey has long harboured ambitions to join the European Union.",
            ("TUR", "EU", "AID", "asserted"),
        ),
        (
            "South Korea and North Korea traded accusations. Meanwhile Sudan's army advanced in "
            "the South, and Kenya urged the South to accept talks.",
            ("KEN", "KOR", "REQUEST", "asserted"),
        ),
    ],
)
def test_rules_after_the_seventeenth_days_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's rules misfired (found by the day's review with adversarial
    probes, run beside the code before the rules): an official joined to the aggressor's
    clause, a dummy "it", a condition, a routine or friendly review, citizens who protest, a
    minister's appeal to his own people, a neutral reply, an international envoy, a
    figurative fight, a pause for a holiday, exports halted by war, a side of a river,
    ambitions harboured, the south of another state."""
    assert absent not in found(ex, text)


def test_a_meeting_where_the_sides_meet_in_a_city_is_a_meeting(ex: Extractor) -> None:
    """ "In Riyadh, where Russian and American negotiators meet on Tuesday": talks, not a
    border junction."""
    text = "Talks resumed in Riyadh, where Russia and the United States meet every month."
    assert ("RUS", "USA", "CONSULT", "asserted") in found(ex, text)


def test_a_rank_after_a_role_keeps_the_roles_owner(ex: Extractor) -> None:
    """ "Libya's army spokesman, Col. Ahmed Mismari," is Libyan."""
    result = ex.extract(
        "Libya's army spokesman, Col. Ahmed Mismari, accused Egypt of arming militias.",
        document_id="t",
    )
    assert {a.id: a.country for a in result.actors}["ahmed-mismari"] == "LBY"


def test_the_state_after_an_officials_name_is_his(ex: Extractor) -> None:
    """ "Foreign Minister Ana Lopez of Chile" is Chilean; "of Michigan" names no state, and
    a state named after the verb is not the official's."""
    result = ex.extract(
        "Foreign Minister Ana Lopez of Chile accused Bolivia of lying. Vice Foreign Minister "
        "Aya Shimizu summoned China's ambassador.",
        document_id="t",
    )
    countries = {a.id: a.country for a in result.actors}
    assert countries["ana-lopez"] == "CHL"
    assert countries["aya-shimizu"] != "CHN"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Armenia recalled its ambassador to Belarus on Thursday.\n"
            "Russian Foreign Ministry spokeswoman Tatyana Orlova called the recall "
            '"an emotional decision" and said Russia expected calm.',
            ("tatyana-orlova", "ARM", "ACCUSE", "asserted"),
        ),
        (
            "Russia launched military exercises on the disputed islands on Tuesday.\n"
            'Japanese Chief Cabinet Secretary Hiroshi Tanabe called the exercises "utterly '
            'unacceptable."',
            ("hiroshi-tanabe", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "Thailand banned imports of rice from Cambodia on Monday. Phnom Penh answered "
            "within hours by recalling its own ambassador from Bangkok. Cambodian Foreign "
            'Minister Sok Vannarith called the trade ban "collective punishment of farmers."',
            ("sok-vannarith", "THA", "ACCUSE", "asserted"),
        ),
    ],
)
def test_a_verdict_on_the_act_a_definite_noun_names_accuses_its_doer(
    ex: Extractor, text: str, wanted: tuple[str, str, str, str]
) -> None:
    """ "called the recall 'an emotional decision'": the side that did the last recall (of
    another side than the speaker's, so not Cambodia's own recall of its envoy)."""
    got = found(ex, text)
    assert wanted in got
    assert ("sok-vannarith", "KHM", "ACCUSE", "asserted") not in got


def test_an_official_after_a_bare_reply_speaks_for_the_side_that_replied(ex: Extractor) -> None:
    """ "Argentina struck back within hours. Foreign Minister X ...": X is Argentina's, so
    his verdict on Mexico's recall accuses Mexico."""
    text = (
        "MEXICO CITY, Mexico - Mexico recalled its ambassador to Argentina on Wednesday. "
        "Mexico said the insult was grave.\nArgentina struck back within hours. Foreign "
        'Minister Gonzalo Pereyra called the recall "a disproportionate reaction to a '
        'political speech."'
    )
    result = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in result.actors}["gonzalo-pereyra"] == "ARG"
    assert ("gonzalo-pereyra", "MEX", "ACCUSE", "asserted") in found(ex, text)


def test_a_territory_reported_as_a_side_is_its_own_actor(ex: Extractor) -> None:
    """Aruba, Bonaire and Curacao are sides of their own (ISO 3166-1 ABW, BES, CUW), and
    closing "its sea and air links with" them sanctions each."""
    text = (
        "Venezuela on Monday closed its sea and air links with Aruba, Bonaire and Curacao, "
        "and Greenland's premier protested."
    )
    got = found(ex, text)
    for island in ("ABW", "BES", "CUW"):
        assert ("VEN", island, "SANCTION", "asserted") in got


def test_a_verdict_on_an_act_named_with_its_victims_accuses_the_doer(ex: Extractor) -> None:
    """ "called the expulsion of his country's diplomats 'unjustified'": the expulsion is a
    hostile act (its head comes before "of"), done by the side that expelled them."""
    text = (
        "Venezuela expelled diplomats from Panama and the Dominican Republic on Monday.\n"
        "In Santo Domingo, Dominican Foreign Minister Julio Almanzar called the expulsion of "
        'his country\'s diplomats "unjustified and disproportionate."'
    )
    got = found(ex, text)
    assert ("julio-almanzar", "VEN", "ACCUSE", "asserted") in got
    assert ("julio-almanzar", "VEN", "REJECT", "asserted") not in got


def test_a_spokeswoman_at_a_briefing_in_a_capital_speaks_for_its_state(ex: Extractor) -> None:
    """ "told a regular news briefing in Beijing" places the spokeswoman as "told reporters
    in Beijing" does, over a Berlin dateline."""
    result = ex.extract(
        "BERLIN, Feb 10 - German police arrested an assistant on suspicion of spying for "
        "China, German prosecutors said.\n"
        '"We firmly oppose the groundless smearing of China," foreign ministry spokeswoman '
        "Wang Xiulan told a regular news briefing in Beijing.",
        document_id="t",
    )
    assert {a.id: a.country for a in result.actors}.get("wang-xiulan") in (None, "CHN")
    assert not [s for s in result.stances if (s.source, s.target) == ("wang-xiulan", "CHN")]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Cambodia accused Laos of building a road on its land. Cambodia has sent several "
            "hundred soldiers to a remote stretch of its northern frontier.",
            ("KHM", "LAO", "MOBILIZE", "asserted"),
        ),
        (
            "Sudan accused Ethiopia of an attack. Sudan said armoured units and artillery had "
            "been sent from the city of Gedaref to the border overnight.",
            ("SDN", "ETH", "MOBILIZE", "asserted"),
        ),
        (
            "Serbia accused Kosovo of provocation. Serbia raised the combat readiness of army "
            "units stationed near the border.",
            ("SRB", "XKX", "MOBILIZE", "asserted"),
        ),
        (
            "Kenya accused Somalia of provocations. Kenya said it had stepped up patrols off "
            "Lamu, near the disputed zone.",
            ("KEN", "SOM", "MOBILIZE", "asserted"),
        ),
        (
            "Guyana accused Venezuela of massing troops and armoured vehicles near the "
            "disputed region.",
            ("VEN", "GUY", "MOBILIZE", "reported"),
        ),
    ],
)
def test_forces_sent_or_readied_mobilise_against_the_rival(
    ex: Extractor, text: str, wanted: tuple[str, str, str, str]
) -> None:
    """Forces sent, moved or readied (active or passive, any force noun) mobilise against the
    side the mover is at odds with, or the one that accuses it of the move."""
    assert wanted in found(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent 400 police officers and troops to Haiti to help fight gangs.",
        "Burundi has deployed 10,000 soldiers in eastern Congo under a defence pact with Kinshasa.",
        "Mexico accused the United States of pressure. Mexico had agreed to deploy 10,000 "
        "troops to its northern border.",
        "Chad accused Sudan of arming rebels. In 2024 Chad sent troops to the border.",
        "Ghana accused Togo of delays. Ghana withdrew its troops from the border.",
    ],
)
def test_forces_sent_to_help_or_long_ago_mobilise_against_nobody(ex: Extractor, text: str) -> None:
    """Forces sent to help or under a pact, by agreement, in a past year, or withdrawn."""
    assert not [s for s in ex.extract(text, document_id="t").stances if s.type.value == "MOBILIZE"]


def test_an_invitation_to_talks_is_a_meeting_still_to_come(ex: Extractor) -> None:
    """ "The EU invited both governments to talks": the host will consult each guest."""
    got = found(
        ex,
        "Kosovo and Serbia traded accusations. The EU invited both governments to talks in "
        "Brussels on Friday.",
    )
    assert ("EU", "XKX", "CONSULT", "hypothetical") in got
    assert ("EU", "SRB", "CONSULT", "hypothetical") in got
    assert not found(ex, "The EU invited Chinese firms to invest in Serbia.")


def test_a_denial_with_no_charge_on_record_answers_whoever_asked(ex: Extractor) -> None:
    """ "urged Monrovia to hand over gunmen ... Liberia denied sheltering armed men": the
    denial answers the side that asked."""
    got = found(
        ex,
        "Ivory Coast urged Liberia to hand over gunmen who had fled into Grand Gedeh. Liberia "
        "denied sheltering armed men.",
    )
    assert ("LBR", "CIV", "REJECT", "asserted") in got


def test_a_meeting_planned_with_due_to_keeps_its_subject(ex: Extractor) -> None:
    """ "Vice foreign ministers of the two countries are due to meet": the two meet."""
    got = found(
        ex,
        "India and China traded accusations. Vice foreign ministers of the two countries are "
        "due to meet in Beijing next week.",
    )
    assert ("IND", "CHN", "CONSULT", "hypothetical") in got or (
        "CHN",
        "IND",
        "CONSULT",
        "hypothetical",
    ) in got


def test_forces_a_side_has_no_plans_to_move_are_a_negated_move(ex: Extractor) -> None:
    """ "Bolivia had no plans to reinforce its own positions": ruled out, not done."""
    got = found(
        ex,
        "Paraguay accused Bolivia of an incursion. Bolivia had no plans to reinforce its own "
        "positions along the river.",
    )
    assert ("BOL", "PRY", "MOBILIZE", "negated") in got
    assert ("BOL", "PRY", "MOBILIZE", "asserted") not in got


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "India said Pakistani troops had opened unprovoked small-arms fire across the Line "
            "of Control.",
            ("PAK", "IND", "ASSAULT", "reported"),
        ),
        (
            "Zambia said Malawian officers had fired shots over the fishermen's heads.",
            ("MWI", "ZMB", "ASSAULT", "reported"),
        ),
    ],
)
def test_shots_fired_at_no_one_named_are_aimed_at_the_side_reporting_them(
    ex: Extractor, text: str, wanted: tuple[str, str, str, str]
) -> None:
    """The side that reports shots its rival's forces fired is the one fired on."""
    got = found(ex, text)
    assert wanted in got
    assert (wanted[1], wanted[0], "ACCUSE", "asserted") in got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Ukraine accused Russia of strikes. Zelensky sent condolences to the families of "
            "soldiers killed in the strike.",
            ("UKR", "RUS", "MOBILIZE", "asserted"),
        ),
        (
            "Russia accused Poland of provocations. Poland ordered 32 F-35 jets and 250 Abrams "
            "tanks from the United States.",
            ("POL", "RUS", "MOBILIZE", "asserted"),
        ),
        (
            "Greece sent two firefighting helicopters to Turkey to help with wildfires.",
            ("GRC", "TUR", "MOBILIZE", "asserted"),
        ),
        (
            "China sent three warships to the Baltic Sea for naval drills with Russia.",
            ("CHN", "RUS", "MOBILIZE", "asserted"),
        ),
        (
            "Azerbaijan accused Armenia of shelling. Armenia's health ministry raised the "
            "readiness of hospitals in Syunik.",
            ("ARM", "AZE", "MOBILIZE", "asserted"),
        ),
        (
            "Ukraine accused Russia of preparing a new offensive. Ukraine's military intelligence "
            "said about 50,000 troops had been massed near the border.",
            ("UKR", "RUS", "MOBILIZE", "asserted"),
        ),
        (
            "Trump threatened to take Greenland. Denmark sent two frigates to Greenland.",
            ("DNK", "GRL", "MOBILIZE", "asserted"),
        ),
        (
            "Switzerland declined to invite Russia to the peace summit.",
            ("CHE", "RUS", "CONSULT", "hypothetical"),
        ),
        (
            "The United States asked Mexico to extradite a cartel leader. Mexico denied that its "
            "soldiers had crossed into Guatemala.",
            ("MEX", "USA", "REJECT", "asserted"),
        ),
        (
            "Germany asked Poland to host the summit. Poland denied reports that its president "
            "was seriously ill.",
            ("POL", "DEU", "REJECT", "asserted"),
        ),
        ("Serbia has close links with Russia.", ("SRB", "RUS", "SANCTION", "asserted")),
        (
            "Niger expelled French diplomats on Friday. Mali expelled the Algerian ambassador on "
            "Monday. French Foreign Minister Jean Barrot called the expulsion of his country's "
            'diplomats "illegal."',
            ("jean-barrot", "MLI", "ACCUSE", "asserted"),
        ),
    ],
)
def test_rules_after_the_eighteenth_days_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Sentences on which the day's rules misfired (found by the day's review with adversarial
    probes): forces named inside another phrase, ordered from a seller, sent to help or for
    joint drills, hospitals readied, troops massed by the rival, frigates sent to one's own
    territory, an invitation declined, a denial that answers no request, close links, and
    the expulsion of one's own diplomats by another state than the last expeller."""
    assert absent not in found(ex, text)


def test_the_reviews_wanted_readings_hold(ex: Extractor) -> None:
    """The readings the review asked for: the expeller of the speaker's own diplomats is
    accused; an official who names the replying side as his target is not its official."""
    got = found(
        ex,
        "Niger expelled French diplomats on Friday. Mali expelled the Algerian ambassador on "
        "Monday. French Foreign Minister Jean Barrot called the expulsion of his country's "
        'diplomats "illegal."',
    )
    assert ("jean-barrot", "NER", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "China imposed export controls on chips. Washington responded within hours. Commerce "
        "Minister Li Guohua accused the United States of bullying.",
    )
    assert ("li-guohua", "USA", "ACCUSE", "asserted") in got


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Eritrea accused Ethiopia of provocations. Ethiopia rushed about 3,000 soldiers to its "
            "border with Eritrea on Tuesday.",
            ("ETH", "ERI", "MOBILIZE", "asserted"),
        ),
        (
            "Belarus accused Poland of provocations. Poland reinforced its border with Belarus "
            "with 5,000 additional troops on Tuesday.",
            ("POL", "BLR", "MOBILIZE", "asserted"),
        ),
        (
            "Ukraine accused Russia of shelling. Russia sent a convoy of tanks toward the "
            "Ukrainian border.",
            ("RUS", "UKR", "MOBILIZE", "asserted"),
        ),
        (
            "South Korea accused North Korea of provocations. North Korea's defence ministry "
            "raised the combat readiness of its armed forces near the border on Monday.",
            ("prk-defence-ministry", "KOR", "MOBILIZE", "asserted"),
        ),
        (
            "Armenia accused Azerbaijan of shelling. Azerbaijan moved tanks to the Armenian "
            "border after Yerevan refused to hand over the villages.",
            ("AZE", "ARM", "MOBILIZE", "asserted"),
        ),
        (
            "The United States urged Liberia to hand over two gunmen. Liberia denied sheltering "
            "any gunmen wanted by the United States.",
            ("LBR", "USA", "REJECT", "asserted"),
        ),
        (
            "Britain sanctioned Iranian officials on Monday. Tehran hit back on Tuesday. Foreign "
            "Secretary Paul Hendry accused Iran of threatening British citizens.",
            ("paul-hendry", "IRN", "ACCUSE", "asserted"),
        ),
    ],
)
def test_what_the_second_review_found_missed(
    ex: Extractor, text: str, wanted: tuple[str, str, str, str]
) -> None:
    """Cases the first review's fixes had made the extractor miss: a count before the force
    ("about 3,000", "a convoy of"), reinforcing a border "with" troops, the readiness of
    armed forces, another side's refusal in the sentence, a denial naming the asker, and an
    official who names the replying side as his target."""
    assert wanted in found(ex, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "U.S. President Donald Trump said he wanted Greenland. Denmark sent two frigates into "
            "Greenland's waters on Monday to assert its sovereignty.",
            ("DNK", "GRL", "MOBILIZE", "asserted"),
        ),
        (
            "Russia accused Poland of militarising its eastern flank. Poland ordered 96 Apache "
            "helicopters along with Hellfire missiles from the United States on Tuesday.",
            ("POL", "RUS", "MOBILIZE", "asserted"),
        ),
        (
            "Germany asked Poland to host the summit. Poland denied the reports that its "
            "president was seriously ill.",
            ("POL", "DEU", "REJECT", "asserted"),
        ),
        (
            "Vietnam invited U.S. companies to invest in its chip industry during the summit.",
            ("VNM", "USA", "CONSULT", "hypothetical"),
        ),
    ],
)
def test_what_the_second_review_found_misfiring(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Forces sent into one's own territory, helicopters bought "along with" missiles from a
    seller, a denial of reports, an invitation to invest."""
    assert absent not in found(ex, text)


def test_a_spokeswoman_at_a_regular_press_conference_in_her_capital(ex: Extractor) -> None:
    """ "told a regular press conference in Beijing" places her in Beijing over a Tokyo
    dateline, so her accusation of Tokyo is China's."""
    text = (
        "TOKYO - Japan protested on Monday.\nForeign ministry spokeswoman Zhu Yanling told a "
        "regular press conference in Beijing that Japan was hyping the issue and accused "
        "Tokyo of provocation."
    )
    result = ex.extract(text, document_id="t")
    assert {a.id: a.country for a in result.actors}.get("zhu-yanling") == "CHN"


def test_a_hope_that_others_settle_asks_it_of_them(ex: Extractor) -> None:
    """ "hoped the two neighbours would resolve the dispute through talks" asks it of both
    (asserted: the hope is voiced), and they would talk; "hoping that Trump will win" asks
    nothing, nor does a side's hope for itself."""
    got = found(
        ex,
        "Bosnia and Croatia traded accusations. Slovenia said it hoped the two neighbours "
        "would resolve the dispute through talks.",
    )
    assert ("SVN", "BIH", "REQUEST", "asserted") in got
    assert ("SVN", "HRV", "REQUEST", "asserted") in got
    assert ("BIH", "HRV", "CONSULT", "hypothetical") in got or (
        "HRV",
        "BIH",
        "CONSULT",
        "hypothetical",
    ) in got
    assert not [
        s
        for s in found(ex, "North Korea stayed quiet, hoping that Trump will win the election.")
        if s[2] == "REQUEST"
    ]
    assert not found(ex, "Kenya hoped it would host the summit.")


def test_a_call_to_settle_through_consultation_is_a_call_to_talk(ex: Extractor) -> None:
    """ "urged the two countries to settle their differences through friendly consultation":
    the two would consult each other."""
    got = found(
        ex,
        "Uzbekistan and Turkmenistan traded accusations. China urged the two countries to "
        "settle their differences through friendly consultation.",
    )
    assert ("UZB", "TKM", "CONSULT", "hypothetical") in got or (
        "TKM",
        "UZB",
        "CONSULT",
        "hypothetical",
    ) in got


def test_neither_nor_joins_and_denies(ex: Extractor) -> None:
    """ "Neither Brazil nor Colombia has recognised the results" is both sides' negated
    recognition; "sanctioned neither Russia nor Belarus" sanctions no one."""
    got = found(
        ex,
        "Neither Brazil nor Colombia has recognised the official results announced by Venezuela.",
    )
    assert {("BRA", "VEN", "SUPPORT", "negated"), ("COL", "VEN", "SUPPORT", "negated")} <= got
    got = found(ex, "The EU sanctioned neither Russia nor Belarus.")
    assert not [s for s in got if s[2] == "SANCTION" and s[3] == "asserted"]


def test_talks_still_to_come_are_hypothetical(ex: Extractor) -> None:
    """ "talks between Japan and China would go ahead in Qingdao next month": the modal after
    the pair, and the time still to come, leave the talks ahead."""
    got = found(
        ex,
        "Japan accused China of intrusions. A round of working-level maritime talks between "
        "Japan and China would go ahead in Qingdao next month.",
    )
    assert ("JPN", "CHN", "CONSULT", "hypothetical") in got or (
        "CHN",
        "JPN",
        "CONSULT",
        "hypothetical",
    ) in got
    assert ("JPN", "CHN", "CONSULT", "asserted") not in got


def test_a_diplomat_given_hours_to_leave_is_expelled(ex: Extractor) -> None:
    """ "gave a counsellor at the Russian Embassy 48 hours to leave the country": an expulsion
    of Russia's diplomat, a sanction of Russia; workers given time to leave are no one's."""
    got = found(
        ex,
        "Estonia's foreign ministry gave a counsellor at the Russian Embassy 48 hours to leave "
        "the country.",
    )
    assert ("est-foreign-ministry", "RUS", "SANCTION", "asserted") in got
    assert ("LBY", "EGY", "SANCTION", "asserted") in found(
        ex, "Libya gave Egypt's military attache 48 hours to leave the country."
    )
    assert not found(ex, "The company gave workers two weeks to leave the site.")


def test_pulling_a_delegation_out_of_a_summit_protests_its_host(ex: Extractor) -> None:
    """ "pulled its delegation out of an African investment summit in Tunis": a walkout."""
    got = found(ex, "Morocco pulled its delegation out of an African investment summit in Tunis.")
    assert ("MAR", "TUN", "PROTEST", "asserted") in got


def test_an_act_on_a_territory_is_an_act_on_its_sovereign(ex: Extractor) -> None:
    """Venezuela closing its links with Aruba, Bonaire and Curacao acts against the
    Netherlands too, so the Dutch protest answers Venezuela."""
    got = found(
        ex,
        "Venezuela closed its sea and air links with Aruba, Bonaire and Curacao. The "
        "Netherlands, which is responsible for the defence of the three islands, lodged a formal "
        "protest.",
    )
    assert ("NLD", "VEN", "ACCUSE", "asserted") in got


def test_an_opposition_figure_may_accuse_his_own_government(ex: Extractor) -> None:
    """An opposition leader, a lawyer or an activist serves no state: his accusation of his
    own country's government stands, where a minister's would be his side's own word."""
    got = found(
        ex, "Kenyan opposition leader Raila Amollo accused Kenya's government of corruption."
    )
    assert ("raila-amollo", "KEN", "ACCUSE", "asserted") in got
    got = found(
        ex, "Kenyan Foreign Minister Raila Amollo accused Kenya's government of corruption."
    )
    assert ("raila-amollo", "KEN", "ACCUSE", "asserted") not in got


def test_the_administration_is_the_united_states_government(ex: Extractor) -> None:
    """ "accusing the administration of treating Greenlanders as if they did not exist", in a
    story that names the United States: its government; in one that does not, no one."""
    got = found(
        ex,
        'The United States threatened tariffs on Denmark. "We will not be bought," Greenland '
        "premier Kuupik Heilmann said in Nuuk, accusing the administration of treating "
        "Greenlanders as if they did not exist.",
    )
    assert ("kuupik-heilmann", "USA", "ACCUSE", "asserted") in got
    got = found(ex, "Chad's opposition accused the administration of fraud.")
    assert not [s for s in got if s[1] == "USA"]


def test_an_official_expected_in_a_capital_will_visit_its_state(ex: Extractor) -> None:
    """ "India's foreign secretary is expected in Thimphu next week", "Lavrov is due in Ankara":
    visits to come; growth "expected in China" or a verdict "due in Moscow" are none."""
    got = found(
        ex,
        "Bhutan and China held border talks. India's foreign secretary is expected in Thimphu "
        "next week.",
    )
    assert ("IND", "BTN", "CONSULT", "hypothetical") in got
    got = found(ex, "Russian Foreign Minister Sergei Lavrov is due in Ankara on Thursday.")
    assert ("sergei-lavrov", "TUR", "CONSULT", "hypothetical") in got
    assert not found(ex, "Growth is expected in China next year.")
    assert not found(ex, "A verdict is due in Moscow on Friday.")


def test_the_kingdom_is_the_last_kingdom_named(ex: Extractor) -> None:
    """ "The UAE said it stood by the kingdom", after Saudi Arabia was named: Saudi Arabia,
    not the UAE (no kingdom) nor Lebanon."""
    got = found(ex, "Lebanon insulted Saudi Arabia. The UAE said it stood by the kingdom.")
    assert ("ARE", "SAU", "SUPPORT", "asserted") in got
    assert ("ARE", "LBN", "SUPPORT", "asserted") not in got


def test_a_relative_clause_after_a_name_is_no_title(ex: Extractor) -> None:
    """ "Foreign Minister X, who summoned Ukraine's ambassador within hours, called ...": the
    relative clause tells what he did, not whose official he is (", who heads the Office for
    Kosovo," still gives a title)."""
    got = found(
        ex,
        "BUDAPEST, Hungary - Ukraine halted the flow of Russian oil to Hungary on Monday. "
        "Foreign Minister Gabor Halmos, who summoned Ukraine's ambassador within hours, "
        'called the move "a hostile act" and demanded that Kyiv restore the flow.',
    )
    assert ("gabor-halmos", "UKR", "ACCUSE", "asserted") in got
    assert ("gabor-halmos", "UKR", "REQUEST", "asserted") in got
    # a relative clause that says what the person is still gives the title
    got = found(
        ex,
        "Hossein Amiri, who is Iran's ambassador to the United Nations, accused Washington of "
        "lying.",
    )
    assert ("hossein-amiri", "USA", "ACCUSE", "asserted") in got


def test_a_verdict_on_a_deed_named_before_accuses_its_doer(ex: Extractor) -> None:
    """ "called the balloon launches 'dangerous'" after "North Korea floated hundreds of
    balloons": North Korea, whose deed the noun names, though no hostile act was on record
    (and not Japan, whose protest was the last hostile act, for "the drills")."""
    got = found(
        ex,
        "North Korea floated hundreds of balloons across the border on Sunday. In Washington, "
        'State Department spokesman Ethan Collier called the balloon launches "juvenile and '
        'dangerous."',
    )
    assert ("ethan-collier", "PRK", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Russia began missile drills on the Kuril Islands on Monday, and Japan protested. A "
        'State Department spokesman, Daniel Whitcombe, called the drills "needlessly '
        'provocative."',
    )
    assert ("daniel-whitcombe", "RUS", "ACCUSE", "asserted") in got
    assert ("daniel-whitcombe", "JPN", "ACCUSE", "asserted") not in got
    # a reaction naming the deed again ("Tokyo lodged a protest over the drills", "South Korea
    # launched an investigation") is not the deed
    got = found(
        ex,
        "Russia began naval drills near the Kuril Islands on Monday. Tokyo lodged a protest "
        "over the drills. A State Department spokesman, Daniel Whitcombe, called the drills "
        '"needlessly provocative."',
    )
    assert ("daniel-whitcombe", "RUS", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "North Korea floated hundreds of balloons across the border on Sunday. South Korea "
        "launched an investigation. In Washington, State Department spokesman Ethan Collier "
        'called the balloon launches "juvenile and dangerous."',
    )
    assert ("ethan-collier", "PRK", "ACCUSE", "asserted") in got
    assert ("ethan-collier", "KOR", "ACCUSE", "asserted") not in got


def test_a_tariff_on_imports_from_a_state_sanctions_it(ex: Extractor) -> None:
    """ "imposed a 40% tariff on most imports from Brazil": the goods' origin is the target."""
    got = found(ex, "The United States imposed a 40% tariff on most imports from Brazil.")
    assert ("USA", "BRA", "SANCTION", "asserted") in got
    got = found(ex, "Washington imposed a tariff on goods from Brazil, citing the trial.")
    assert ("USA", "BRA", "SANCTION", "asserted") in got
    got = found(ex, "Washington imposed a 10% tariff on imports from every country except Russia.")
    assert not [s for s in got if s[1] == "RUS"]


def test_what_a_speaker_called_an_attempt_by_a_state_accuses_it(ex: Extractor) -> None:
    """ "condemned what he described as another attempt by Moscow to intimidate": the agent
    after "by" is the one condemned."""
    got = found(
        ex,
        "EU spokesman Anders Lindqvist condemned what he described as another attempt by "
        "Moscow to intimidate a neighbour.",
    )
    assert ("anders-lindqvist", "RUS", "ACCUSE", "asserted") in got


def test_the_three_countries_are_the_last_three_listed(ex: Extractor) -> None:
    """ "Japan, South Korea and the United States ... plans by the three countries": all three,
    however far back they were listed."""
    got = found(
        ex,
        "Japan, South Korea and the United States imposed sanctions on North Korea. North "
        "Korea rejected the accusations. It denounced plans by the three countries to hold a "
        "naval exercise in March.",
    )
    for state in ("JPN", "KOR", "USA"):
        assert ("PRK", state, "ACCUSE", "asserted") in got
    assert not [s for s in got if s[2] == "MOBILIZE" and s[1] in ("JPN", "KOR", "USA")]
    # "all three men" are people, not the three states
    got = found(
        ex,
        "Russia, China and Iran held naval drills last month. On Monday Ukraine detained three "
        "Russian sailors. Moscow demanded that Kyiv free all three men.",
    )
    assert ("RUS", "UKR", "REQUEST", "asserted") in got
    assert not [s for s in got if s[1] in ("CHN", "IRN") and s[2] in ("REQUEST", "RETREAT")]


def test_the_three_countries_never_listed_are_the_three_named_most(ex: Extractor) -> None:
    """ "Egypt and Sudan ... Ethiopia ... urged the three countries": with no list of three,
    the three states the story names most, each at least twice; none when a fourth is named as
    often as the third, or the third only once."""
    story = (
        "Egypt and Sudan condemned Ethiopia's plan to build a second dam. Ethiopia dismissed "
        "the criticism. Egypt said Ethiopia had ignored its duty to consult Sudan. The African "
        "Union urged the three countries to return to talks."
    )
    got = found(ex, story)
    for state in ("EGY", "SDN", "ETH"):
        assert ("AU", state, "REQUEST", "asserted") in got
    tied = story.replace("Ethiopia dismissed", "Kenya and Ethiopia dismissed").replace(
        "consult Sudan", "consult Sudan or Kenya"
    )
    assert not [s for s in found(ex, tied) if s[:3] == ("AU", "KEN", "REQUEST")]
    once = (
        "Egypt and Sudan condemned Ethiopia. Egypt and Sudan met. The AU urged the three "
        "countries to talk."
    )
    assert not [s for s in found(ex, once) if s[0] == "AU"]


def test_states_holding_an_exercise_together_cooperate(ex: Extractor) -> None:
    """ "Japan and South Korea will hold a naval exercise": partners, not each other's
    threat."""
    got = found(ex, "Japan and South Korea will hold a naval exercise in March.")
    assert ("JPN", "KOR", "COOPERATE", "hypothetical") in got or (
        "KOR",
        "JPN",
        "COOPERATE",
        "hypothetical",
    ) in got
    assert not [s for s in got if s[2] == "MOBILIZE"]
    # rival or separate drills, or drills of sides at odds, are no cooperation
    for text in (
        "North Korea and South Korea held rival military drills near the border.",
        "Armenia and Azerbaijan held separate military exercises near the border.",
        "China fired missiles at Taiwan. China and Taiwan held military exercises on Monday.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "COOPERATE"]


def test_a_verdict_on_the_ambassadors_recall(ex: Extractor) -> None:
    """ "called the ambassador's recall 'an excessive reaction'": the recall's doer is accused,
    as for "the recall"."""
    got = found(
        ex,
        "TOKYO, Japan - Japan recalled its ambassador to South Korea on Thursday and lodged a "
        "formal protest. Seoul dismissed the protest. Foreign Ministry spokeswoman Yoon Seo-hyun "
        'called the ambassador\'s recall "an excessive reaction."',
    )
    assert ("yoon-seo-hyun", "JPN", "ACCUSE", "asserted") in got


def test_an_offer_of_help_is_an_agreement_not_help_to_come(ex: Extractor) -> None:
    """ "ready to help Somalia and Kenya find common ground": the offer is AGREE; the help is
    no hypothetical AID beside it (a promise of help with no offer word still is)."""
    got = found(ex, "Turkey said it was ready to help Somalia and Kenya find common ground.")
    assert ("TUR", "SOM", "AGREE", "asserted") in got
    assert not [s for s in got if s[2] in ("AID", "SUPPORT")]
    got = found(ex, "Turkey will help Somalia rebuild its army.")
    assert ("TUR", "SOM", "AID", "hypothetical") in got
    # help promised outside an offer keeps its AID ("said it would help train Somali troops")
    got = found(
        ex,
        "Turkey signed a defence pact with Somalia and said it would help train Somali troops.",
    )
    assert ("TUR", "SOM", "AID", "hypothetical") in got


def test_a_condition_after_an_offer_is_no_stance_of_its_parties(ex: Extractor) -> None:
    """ "ready to send monitors if both parties requested them": the African Union offers;
    the parties request nothing of each other."""
    got = found(
        ex,
        "Sudan's army and the Rapid Support Forces clashed again. The African Union said it "
        "was ready to send ceasefire monitors if both parties requested them.",
    )
    assert not [s for s in got if s[2] == "REQUEST"]
    got = found(ex, "Moscow said it would host talks between Armenia and Azerbaijan if they asked.")
    assert not [s for s in got if s[2] == "REQUEST"]
    # "if" after "decide" asks whether: the deed asked about stays
    got = found(ex, "Japan will decide by Friday if it will expel the Russian ambassador.")
    assert ("JPN", "RUS", "SANCTION", "hypothetical") in got


def test_companies_churches_and_associations_named_are_organisations(ex: Extractor) -> None:
    """ "Sierra Plata Resources", "Harwick Energy", "the Serbian Orthodox Church", "the
    Patriotic Truck Drivers Association": bodies of their own (the first two companies),
    never people; a lower-case
    "a broader energy agreement" names none."""
    got = found(
        ex,
        "Sierra Plata Resources said it would challenge the decision and accused Mexico of "
        "expropriation. The Serbian Orthodox Church condemned the Kosovo government. The "
        "Patriotic Truck Drivers Association blamed Mozambique.",
    )
    assert ("sierra-plata-resources", "MEX", "ACCUSE", "asserted") in got
    assert ("srb-orthodox-church", "XKX", "ACCUSE", "asserted") in got
    assert ("patriotic-truck-drivers-association", "MOZ", "ACCUSE", "asserted") in got
    kinds = {
        a.id: a.kind.value
        for a in ex.extract("Harwick Energy rejected the accusation by Ghana.").actors
    }
    assert kinds.get("harwick-energy") == "company"
    got = found(ex, "Turkey has offered Baghdad a broader energy agreement.")
    assert ("TUR", "IRQ", "AGREE", "asserted") in got
    # a person's name that ends in such a word stays a person's
    assert ("frank-church", "CHL", "ACCUSE", "asserted") in found(
        ex, "Senator Frank Church criticised Chile."
    )


def test_leaving_an_international_body_is_withdrawal(ex: Extractor) -> None:
    """ "warned that it could leave Mercosur": a threat to the bloc and a withdrawal to come;
    "quit ECOWAS": a withdrawal; leaving a city is no stance."""
    got = found(ex, "Argentina warned on Tuesday that it could leave Mercosur, the trade bloc.")
    assert ("ARG", "MERCOSUR", "RETREAT", "hypothetical") in got
    assert ("ARG", "MERCOSUR", "THREATEN", "asserted") in got
    assert ("BFA", "ECOWAS", "RETREAT", "asserted") in found(ex, "Burkina Faso quit ECOWAS.")
    assert not found(ex, "The Russian minister left Ankara on Monday.")
    # a minister leaving a summit, a person leaving a post: no withdrawal of a state
    assert not found(ex, "Russian Foreign Minister Sergei Lavrov left the G20 summit early.")
    assert not found(ex, "Jens Stoltenberg will leave NATO in October.")
    # a warning about another's exit is no threat of that other
    got = found(ex, "Ghana warned that Niger could leave ECOWAS.")
    assert not [s for s in got if s[2] == "THREATEN"]


def test_cutting_a_tariff_is_no_sanction(ex: Extractor) -> None:
    """ "cuts Argentine import duties on U.S. products", "lowered duties on American almonds": a
    measure eased, not imposed."""
    assert not found(ex, "The deal cuts Argentine import duties on some 200 U.S. products.")
    assert not found(ex, "India lowered duties on American almonds.")
    got = found(ex, "India imposed duties on American almonds.")
    assert ("IND", "USA", "SANCTION", "asserted") in got


def test_a_ministry_of_several_fields_is_one_body(ex: Extractor) -> None:
    """ "Brazil's Ministry of Development, Industry and Trade": one ministry, not a stray
    "Industry"."""
    got = ex.extract("Brazil's Ministry of Development, Industry and Trade condemned Argentina.")
    names = {a.name for a in got.actors}
    assert "Brazil's Ministry of Development, Industry and Trade" in names
    assert not [a for a in got.actors if a.name == "Industry"]
    # a list of other actors after a ministry stays a list
    got = found(
        ex,
        "Iran's Ministry of Intelligence, Hamas and Hezbollah were sanctioned by the United "
        "States.",
    )
    assert {
        ("USA", "HAMAS", "SANCTION", "asserted"),
        ("USA", "HEZBOLLAH", "SANCTION", "asserted"),
    } <= got


def test_a_demand_after_a_summons_is_made_of_the_summoned_state(ex: Extractor) -> None:
    """ "summoned Libya's charge d'affaires on Monday and demanded a full investigation": the
    demand is Libya's to meet."""
    got = found(
        ex,
        "Malta summoned Libya's charge d'affaires on Monday and demanded a full investigation.",
    )
    assert ("MLT", "LBY", "REQUEST", "asserted") in got
    assert not [s for s in found(ex, "Malta demanded a full investigation.") if s[2] == "REQUEST"]


def test_backing_promised_by_a_speaker_is_backing_declared(ex: Extractor) -> None:
    """'"Tallinn would back Riga in any dispute," Kask said': "would back" is the verb, and
    the backing is declared (asserted SUPPORT) beside the pledge."""
    got = found(
        ex,
        '"Tallinn would back Riga in any dispute," Estonian Prime Minister Marten Kask said.',
    )
    assert ("marten-kask", "LVA", "SUPPORT", "asserted") in got
    assert ("EST", "LVA", "SUPPORT", "hypothetical") not in got
    got = found(ex, "Ankara said it would back Baku.")
    assert ("TUR", "AZE", "SUPPORT", "asserted") in got
    # backing efforts against a state, backing on a condition, backing away: none declared
    assert not [
        s
        for s in found(ex, "Lithuania said it would back efforts to isolate Belarus.")
        if s[2] == "SUPPORT"
    ]
    got = found(ex, "Britain said it would back Washington if the United States struck Iran.")
    assert ("GBR", "USA", "SUPPORT", "asserted") not in got
    got = found(
        ex, "Turkey will back away from its objections to Sweden's NATO bid, an official said."
    )
    assert not [s for s in got if s[2] == "SUPPORT"]


def test_harm_foretold_for_the_other_side_is_a_threat(ex: Extractor) -> None:
    """'the Taliban "will be crushed"', '"Our response will be a mirror one," X said of
    Poland': threats in words, aimed at the harm's subject or at the one spoken of (an armed
    group at home included); a plan reported ("20 soldiers would be deployed") is none."""
    got = found(
        ex,
        'President Ashraf Ghani said the Taliban "will be crushed" by Afghan security forces.',
    )
    assert ("ashraf-ghani", "TALIBAN", "THREATEN", "asserted") in got
    got = found(
        ex,
        '"Our response will be a mirror one," Russian Foreign Ministry spokeswoman Yelena '
        "Barinova said of Poland.",
    )
    assert ("yelena-barinova", "POL", "THREATEN", "asserted") in got
    assert not found(ex, "The report said 20 soldiers would be deployed.")
    # a calm response, harm feared for one's own side, a harmless treatment: no threat
    for text in (
        'Greek warships shadowed a Turkish ship. "Our response will be calm and diplomatic," '
        "Turkish Foreign Minister Hakan Fidan said.",
        "Estonian Prime Minister Kristen Michal said the Baltic states would be targeted first.",
        "Poland said Ukrainian refugees would be treated as Polish citizens.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "THREATEN"]


def test_disappointment_at_a_decision_is_aimed_at_its_maker(ex: Extractor) -> None:
    """ "deeply disappointed by the decision of Somalia": Somalia made it."""
    got = found(ex, "The United States is deeply disappointed by the decision of Somalia.")
    assert ("USA", "SOM", "ACCUSE", "asserted") in got
    # "the treatment of Ukrainian prisoners" names the victims, not the maker
    got = found(ex, "Britain said it was critical of the treatment of Ukrainian prisoners of war.")
    assert ("GBR", "UKR", "ACCUSE", "asserted") not in got


def test_going_further_on_a_condition_is_a_threat(ex: Extractor) -> None:
    """'"If Minsk keeps treating diplomats as bargaining chips, we will not hesitate to go
    further," Kruk said': a threat to Belarus; not hesitating to help is none."""
    got = found(
        ex,
        '"If Minsk keeps treating diplomats as bargaining chips, we will not hesitate to go '
        'further," Polish Foreign Minister Agnieszka Kruk said.',
    )
    assert ("agnieszka-kruk", "BLR", "THREATEN", "asserted") in got
    got = found(
        ex,
        '"If Minsk frees the prisoners, we will not hesitate to help," Polish Foreign Minister '
        "Agnieszka Kruk said.",
    )
    assert not [s for s in got if s[2] == "THREATEN"]
    # not hesitating to provide aid or to defend an ally is no threat to them
    for text in (
        '"If Syria requests it, Turkey will not hesitate to provide humanitarian aid," Turkish '
        "Foreign Minister Hakan Fidan said.",
        '"We will not hesitate to defend Estonia if it is attacked," German Defence Minister '
        "Boris Pistorius said.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "THREATEN"]


def test_a_step_met_with_reciprocity_is_threatened(ex: Extractor) -> None:
    """ "said any such step would be met with strict and immediate reciprocity": a threat to
    the side whose step it would answer."""
    got = found(
        ex,
        "PARIS, France - France expelled 12 Algerian diplomats. Algeria's Foreign Ministry said "
        'any such step would be met with "strict and immediate reciprocity."',
    )
    assert [s for s in got if s[1] == "FRA" and s[2] == "THREATEN"]
    assert not found(ex, "The talks would be met with approval.")


def test_a_rebuff_in_the_name_of_sovereignty_rejects_the_other_side(ex: Extractor) -> None:
    """'"Brazil does not take orders from anyone, not from Washington and not from Caracas"',
    '"Tehran has no right of veto"', '"Niger will not be intimidated ... takes no lessons from
    Paris"': rejections of the sides named (not of the speaker's own); "interference in its
    internal affairs" is a charge, no rebuff."""
    got = found(
        ex,
        '"Brazil does not take orders from anyone, not from Washington and not from Caracas," '
        "Brazilian Foreign Minister Otavio Lacerda told reporters.",
    )
    assert {
        ("otavio-lacerda", "USA", "REJECT", "asserted"),
        ("otavio-lacerda", "VEN", "REJECT", "asserted"),
    } <= got
    got = found(
        ex,
        '"Tehran has no right of veto over an agreement between two sovereign states," Hikmet '
        "Aliyarov, a foreign policy adviser to Azerbaijan's president, wrote.",
    )
    assert ("hikmet-aliyarov", "IRN", "REJECT", "asserted") in got
    got = found(
        ex,
        '"Niger will not be intimidated, and it takes no lessons from Paris," Nigerien '
        "government spokesman Abdourahamane Zakari said.",
    )
    assert ("abdourahamane-zakari", "FRA", "REJECT", "asserted") in got
    assert not [s for s in got if s[1] == "NER"]
    got = found(ex, "Russia accused Georgia of interference in its internal affairs.")
    assert not [s for s in got if s[2] == "REJECT"]
    # allies thanked, partners in one's own affairs, a duty, a ministry: no rebuff of them
    got = found(
        ex,
        "\"Poland will not be intimidated by Russia's drones, and we thank our allies in Germany "
        'and the Netherlands," Polish Foreign Minister Radoslaw Sikorski said.',
    )
    assert ("radoslaw-sikorski", "RUS", "REJECT", "asserted") in got
    assert not [s for s in got if s[2] == "REJECT" and s[1] in ("DEU", "NLD")]
    for text in (
        '"Serbia\'s cooperation with Russia and China is our internal affair," Serbian President '
        "Aleksandar Vucic said.",
        "Russia accused the United States of meddling in Georgia's internal affairs.",
        '"Europe has no right to abandon Ukraine," French President Emmanuel Macron said.',
        "The Ministry of Internal Affairs of Ukraine said Russia shelled Kherson.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "REJECT"]
    # "no other country has a veto over what we do", said of China; a veto held is no rebuff
    got = found(
        ex,
        '"No other country has a veto over what we do on our own soil," Philippine Defense '
        "Secretary Ramon Villacorta said of China.",
    )
    assert ("ramon-villacorta", "CHN", "REJECT", "asserted") in got
    assert not found(ex, "Russia has a veto over Security Council resolutions on Syria.") & {
        ("RUS", "SYR", "REJECT", "asserted")
    }


def test_expecting_another_side_to_act_is_a_demand(ex: Extractor) -> None:
    """'"We expect Caracas to show the same respect for its neighbours' borders," Vilela said':
    a demand of Venezuela; "the talks are expected to resume" asks nothing of anyone."""
    got = found(
        ex,
        '"We expect Caracas to show the same respect for its neighbors\' borders," Brazilian '
        "Foreign Minister Helena Barros Vilela said.",
    )
    assert ("helena-barros-vilela", "VEN", "REQUEST", "asserted") in got
    assert not found(ex, "The talks between Russia and Ukraine are expected to resume.") & {
        ("RUS", "UKR", "REQUEST", "asserted")
    }
    # a forecast is no demand
    for text in (
        '"We expect Russia to launch a new offensive in the spring," Ukrainian President '
        "Volodymyr Zelensky said.",
        "Israel expects Iran to retaliate for the strike.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "REQUEST"]


def test_a_meeting_planned_after_talks_is_one_of_the_same_sides(ex: Extractor) -> None:
    """ "Its first meeting is planned for next month", "A three-way meeting with Pakistan is
    scheduled for next month", "The three delegations are scheduled to meet again": talks to
    come between the sides that just talked (and any guest); "The meeting was tense" is
    none, nor a meeting another side holds."""
    got = found(
        ex,
        "Afghanistan and China held talks on Monday. A three-way meeting with Pakistan is "
        "scheduled for next month in Kabul.",
    )
    assert {
        ("AFG", "CHN", "CONSULT", "hypothetical"),
        ("CHN", "PAK", "CONSULT", "hypothetical"),
    } <= got
    got = found(
        ex,
        "Mongolia, China and Russia held talks. The three delegations are scheduled to meet "
        "again in Beijing in October.",
    )
    assert ("MNG", "RUS", "CONSULT", "hypothetical") in got
    got = found(ex, "Afghanistan and China held talks on Monday. The meeting was tense.")
    assert not [s for s in got if s[3] == "hypothetical"]


def test_an_act_not_ruled_out_is_left_open_and_threatened(ex: Extractor) -> None:
    """ "did not rule out halting gas deliveries to Bulgaria", "declined to rule out": the act
    is possible (hypothetical, not negated) and a threat to its target; no rejection."""
    got = found(ex, "Russia did not rule out halting gas deliveries to Bulgaria.")
    assert ("RUS", "BGR", "SANCTION", "hypothetical") in got
    assert ("RUS", "BGR", "THREATEN", "asserted") in got
    assert not [s for s in got if s[2] == "REJECT" or s[3] == "negated"]
    got = found(ex, "Lithuania declined to rule out expelling Russian diplomats.")
    assert ("LTU", "RUS", "SANCTION", "hypothetical") in got


def test_a_side_asked_to_halt_or_free_would_retreat_toward_the_asker(ex: Extractor) -> None:
    """ "demanded that Kenya halt the work", "appealed to Riyadh to reconsider", "demanded the
    immediate release of the crew": the asked side's retreat to come, toward the side that
    asks; a go-between asking both sides, or a body that is no side, is owed no retreat."""
    for text, retreat in (
        ("Somalia demanded that Kenya halt the work on the wall.", ("KEN", "SOM")),
        ("Lebanon appealed to Riyadh to reconsider.", ("SAU", "LBN")),
        ("Japan asked Moscow to cancel the drills.", ("RUS", "JPN")),
        (
            "Ghana summoned Togo's ambassador and demanded the release of a tanker.",
            ("TGO", "GHA"),
        ),
    ):
        assert (*retreat, "RETREAT", "hypothetical") in found(ex, text), text
    for text in (
        "The African Union called on Sudan and Ethiopia to halt hostilities.",
        "Amnesty International called on Tanzania to stop the deportations.",
        "China urged India to stop hyping the issue.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "RETREAT"], text


def test_a_pronoun_after_saying_is_the_speaker_named_before_an_aside(ex: Extractor) -> None:
    """'Saudi Arabia, which sent troops ... to put down protests that Manama blamed on Iran,
    said it backed Bahrain': "it" is Saudi Arabia, not Manama (the last name of the aside)."""
    got = found(
        ex,
        "Saudi Arabia, which sent troops into Bahrain in 2011 to help put down protests that "
        "Manama blamed on Iranian incitement, said it backed Bahrain.",
    )
    assert ("SAU", "BHR", "SUPPORT", "asserted") in got
    got = found(
        ex,
        "Lithuania, which also borders Belarus, said it stood in full solidarity with Poland.",
    )
    assert ("LTU", "POL", "SUPPORT", "asserted") in got
    assert not [s for s in got if s[0] == "BLR"]


def test_both_with_an_adjective_before_the_pair_noun_is_the_pair(ex: Extractor) -> None:
    """ "urged both brotherly countries to show restraint": the two sides of the story."""
    got = found(
        ex,
        "Bahrain expelled two Iranian diplomats on Tuesday. Iran called the move hostile. "
        "Qatar urged both brotherly countries to show restraint.",
    )
    assert {("QAT", "BHR", "REQUEST", "asserted"), ("QAT", "IRN", "REQUEST", "asserted")} <= got


def test_an_act_against_no_one_named_does_not_hide_an_older_act_against_the_side(
    ex: Extractor,
) -> None:
    """Romania expels Russian diplomats; seven sentences on, after a group "that Romania and
    the United States list as terrorist" (an act aimed at no one named), Moscow's promised
    response answers Romania, not the United States."""
    filler = " ".join(f"The port handled {n} ships last week." for n in range(2, 7))
    text = (
        "Romania expelled two Russian diplomats on Tuesday. "
        f"{filler} "
        "The suspects belonged to a network that Romania and the United States list as a "
        "terrorist organization. "
        'Russia warned that the expulsions "will not go unanswered."'
    )
    got = found(ex, text)
    assert ("RUS", "ROU", "THREATEN", "asserted") in got
    assert not [s for s in got if s[0] == "RUS" and s[1] == "USA"]


def test_a_measure_kept_up_is_in_force(ex: Extractor) -> None:
    """ "Poland said it would keep its ban on Ukrainian grain imports", "will maintain its
    sanctions": the measure stands now (asserted), and keeping it threatens nothing new; a
    new ban that may come, or one kept under a condition, stays hypothetical."""
    got = found(ex, "Poland said on Thursday it would keep its ban on Ukrainian grain imports.")
    assert ("POL", "UKR", "SANCTION", "asserted") in got
    assert ("POL", "UKR", "THREATEN", "asserted") not in got
    got = found(ex, "Poland will maintain its sanctions on Belarus.")
    assert ("POL", "BLR", "SANCTION", "asserted") in got
    got = found(ex, "Poland may impose a ban on Ukrainian grain.")
    assert ("POL", "UKR", "SANCTION", "hypothetical") in got
    got = found(ex, "If Poland keeps its ban on Ukrainian grain, Kyiv will go to the WTO.")
    assert ("POL", "UKR", "SANCTION", "asserted") not in got


def test_demanding_that_a_side_undo_its_act_finds_fault_with_it(ex: Extractor) -> None:
    """ "demanded that Kenya halt the work", "urged Moscow to remove the fences": the side that
    insists another undo its act accuses it; a plea ("appealed to Riyadh to reconsider") and a
    go-between's call accuse no one."""
    got = found(ex, "Somalia demanded that Kenya halt the work on the wall.")
    assert ("SOM", "KEN", "ACCUSE", "asserted") in got
    got = found(ex, "Georgia urged Russia to remove the fences.")
    assert ("GEO", "RUS", "ACCUSE", "asserted") in got
    for text in (
        "Lebanon appealed to Riyadh to reconsider.",
        "The African Union called on Sudan and Ethiopia to halt hostilities.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "ACCUSE"], text


def test_a_threat_naming_no_one_is_aimed_at_the_side_lately_at_odds(ex: Extractor) -> None:
    """ "Mali arrested 14 Ivorian soldiers ... Mali would 'draw all the consequences'": a threat
    with no target named is aimed at the side the threatener is at odds with lately; with no
    dispute on record it is aimed at no one."""
    got = found(
        ex,
        'Mali arrested 14 Ivorian soldiers at Bamako airport. Mali would "draw all the '
        'consequences," said Mamadou Sangare, the army spokesman.',
    )
    assert ("mamadou-sangare", "CIV", "THREATEN", "asserted") in got
    got = found(
        ex,
        "Chinese President Xi Jinping will visit Moscow next week. China will take all "
        "necessary measures to defend its sovereignty, a spokesman said.",
    )
    assert not [s for s in got if s[2] == "THREATEN"]


def test_a_go_between_asking_both_sides_offers_them_its_help(ex: Extractor) -> None:
    """ "CARICOM urged Venezuela and the Netherlands to resolve the dispute and offered to host
    talks": an offer to each side (AGREE) and talks to come with each (hypothetical CONSULT);
    "ready to send a mediation team" offers without hosting; an offer to sell arms to one
    side is no go-between's."""
    got = found(
        ex,
        "The Caribbean Community urged Venezuela and the Netherlands to resolve the dispute "
        "through dialogue and offered to host talks between the two governments.",
    )
    assert {
        ("CARICOM", "VEN", "AGREE", "asserted"),
        ("CARICOM", "NLD", "AGREE", "asserted"),
        ("CARICOM", "NLD", "CONSULT", "hypothetical"),
    } <= got
    got = found(
        ex,
        "ECOWAS urged Ghana and Ivory Coast to reopen the border and said it was ready to send "
        "a mediation team.",
    )
    assert ("ECOWAS", "GHA", "AGREE", "asserted") in got
    assert not [s for s in got if s[2] == "CONSULT"]
    got = found(
        ex,
        "The United States urged Venezuela and Guyana to refrain from provocations and offered "
        "to sell weapons to Guyana.",
    )
    assert ("USA", "VEN", "AGREE", "asserted") not in got


def test_an_offer_to_host_the_sides_is_talks_to_come_with_each(ex: Extractor) -> None:
    """ "Algeria offered to host their foreign ministers in Algiers": beside the offer
    (AGREE), a meeting to come with each side (hypothetical CONSULT); an offer of money is
    no meeting."""
    got = found(
        ex,
        "Tunisia closed its border with Libya on Monday. Libya accused Tunisia of strangling "
        "its economy. Algeria, which borders both countries, offered to host their foreign "
        "ministers in Algiers.",
    )
    assert {
        ("DZA", "LBY", "AGREE", "asserted"),
        ("DZA", "LBY", "CONSULT", "hypothetical"),
        ("DZA", "TUN", "CONSULT", "hypothetical"),
    } <= got
    got = found(ex, "Japan offered Sri Lanka a loan of $300 million.")
    assert not [s for s in got if s[2] == "CONSULT"]


def test_review_an_undoing_asked_must_be_the_asked_sides_own_measure(ex: Extractor) -> None:
    """Found by an adversarial review: a retreat (and the blame beside it) is owed only for a
    measure of the asked side's own, toward the side it hurts when named; not for another
    side's act, nobody's ("restore security"), an act the asker welcomed, or a demand the
    asked side rejected."""
    for text in (
        "Ukraine urged Germany to stop Russia's aggression by sending more tanks.",
        "The United States urged Haiti to restore security and hold elections.",
        "Germany urged Poland to stop the flow of migrants from Belarus.",
        "China welcomed Japan's decision to lift the ban on Chinese beef and urged Tokyo to "
        "deepen economic cooperation.",
    ):
        got = found(ex, text)
        assert not [
            s for s in got if s[2] == "ACCUSE" or (s[2] == "RETREAT" and s[3] != "asserted")
        ], text
    got = found(ex, "Egypt urged Israel to halt its strikes on Lebanon.")
    assert ("ISR", "LBN", "RETREAT", "hypothetical") in got
    assert ("ISR", "EGY", "RETREAT", "hypothetical") not in got
    got = found(ex, "Japan rejected China's demand that it halt the release of treated water.")
    assert ("JPN", "CHN", "RETREAT", "hypothetical") not in got
    got = found(ex, "India urged Pakistan to stop supporting cross-border terrorism.")
    assert ("IND", "PAK", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Chinese state media claimed that Japan had demanded that South Korea halt its drills "
        "near the islands.",
    )
    assert ("JPN", "KOR", "ACCUSE", "asserted") not in got


def test_review_offers_threats_and_kept_measures(ex: Extractor) -> None:
    """Found by an adversarial review: the offer is its own subject's; a declined offer, or
    one to host refugees, is no go-between's; "respond firmly to the striking unions" aims
    at no state; "keep any new sanctions in place" keeps none yet; "The Iranian embassy in
    Baghdad, which ..., said it" is the embassy."""
    got = found(
        ex,
        "Indonesia urged Thailand and Cambodia to settle their border dispute, and Malaysia "
        "offered to host talks.",
    )
    assert ("MYS", "THA", "AGREE", "asserted") in got
    assert ("IDN", "THA", "AGREE", "asserted") not in got
    got = found(
        ex, "Turkey urged Russia and Ukraine to negotiate but declined to offer to host talks."
    )
    assert not [s for s in got if s[0] == "TUR" and s[2] in ("AGREE", "CONSULT")]
    got = found(
        ex,
        "Egypt urged Israel and Hamas to accept the truce and offered to host displaced "
        "Palestinians in Sinai.",
    )
    assert not [s for s in got if s[0] == "EGY" and s[2] == "CONSULT"]
    got = found(
        ex,
        "Mali accused Algeria of harboring rebels last month. On Tuesday, Mali's junta said it "
        "would respond firmly to the striking teachers' unions.",
    )
    assert not [s for s in got if s[2] == "THREATEN"]
    got = found(
        ex,
        "The European Union said it would keep any new sanctions on Belarus in place until all "
        "political prisoners are freed.",
    )
    assert ("EU", "BLR", "SANCTION", "asserted") not in got
    got = found(
        ex,
        "The Iranian embassy in Baghdad, which was hit by a rocket last week, said it condemned "
        "the American strike on the militia.",
    )
    assert {("IRN", "USA", "ACCUSE", "asserted"), ("IRN", "USA", "ACCUSE", "reported")} & got


def test_may_and_march_as_months_are_no_modal_and_no_protest(ex: Extractor) -> None:
    """ "In May, Russia expelled five Latvian diplomats" happened (the month is no "may"), and
    "... diplomats in March" invents no marchers; "Latvia may expel" stays open."""
    assert ("RUS", "LVA", "SANCTION", "asserted") in found(
        ex, "In May, Russia expelled five Latvian diplomats."
    )
    got = found(ex, "Russia expelled five Latvian diplomats in March.")
    assert ("RUS", "LVA", "SANCTION", "asserted") in got
    assert {s[1] for s in got} == {"LVA"}
    got = found(ex, "Latvia may expel Russian diplomats.")
    assert ("LVA", "RUS", "SANCTION", "hypothetical") in got


def test_a_ministry_that_said_it_acted_is_the_ministry(ex: Extractor) -> None:
    """ "Egypt's Foreign Ministry said it welcomed the American effort": the ministry, as the
    answer keys code it, not Egypt; "the ministry said it would be printed" is no act."""
    got = found(
        ex,
        "Israel struck targets in Gaza on Monday. Egypt's Foreign Ministry said it welcomed the "
        "American effort to broker a truce.",
    )
    assert ("egy-foreign-ministry", "USA", "SUPPORT", "asserted") in got
    assert ("EGY", "USA", "SUPPORT", "asserted") not in got


def test_an_unnamed_spokesperson_speaking_for_a_ministry_takes_the_stance(ex: Extractor) -> None:
    """ "A State Department spokesperson said Washington stood with Iraq": the department
    (whose unnamed official speaks), as a named spokesman would; a deed stays the state's."""
    got = found(
        ex,
        "A State Department spokesperson said Washington stood with Iraq and urged Iran to end "
        "its attacks.",
    )
    assert ("us-state-department", "IRQ", "SUPPORT", "asserted") in got
    assert ("USA", "IRQ", "SUPPORT", "asserted") not in got
    got = found(
        ex, "A State Department spokesperson said Washington had imposed sanctions on Iran."
    )
    assert ("USA", "IRN", "SANCTION", "asserted") in got


def test_and_said_it_after_a_ministrys_clause_is_the_ministry(ex: Extractor) -> None:
    """ "Morocco's Foreign Ministry condemned what it called ... and said it held the Algerian
    authorities responsible": 'it' is the ministry that opens the sentence."""
    got = found(
        ex,
        "Algeria detained the players. Morocco's Foreign Ministry condemned what it called "
        '"a shameful hostage-taking of sportsmen" and said it held the Algerian authorities '
        "responsible.",
    )
    assert {
        ("mar-foreign-ministry", "DZA", "ACCUSE", "asserted"),
        ("mar-foreign-ministry", "DZA", "ACCUSE", "reported"),
    } & got
    assert not [s for s in got if s[0] == "MAR"]


def test_an_official_saying_his_state_values_or_respects_another_backs_it(ex: Extractor) -> None:
    """ "Mehdi Tavassoli ... told him that Tehran 'values the friendship of Pakistan'": the
    envoy speaking for his state takes the backing himself, as with "welcomes"."""
    got = found(
        ex,
        "Iran's ambassador in Islamabad, Mehdi Tavassoli, met Awan on Monday and told him that "
        'Tehran "values the friendship of Pakistan above any commercial dispute."',
    )
    assert ("mehdi-tavassoli", "PAK", "SUPPORT", "asserted") in got
    assert ("IRN", "PAK", "SUPPORT", "asserted") not in got


def test_a_condition_naming_no_side_threatens_the_storys_other_party(ex: Extractor) -> None:
    """ "If no settlement is reached within 30 days, he added, Egypt will take the dispute to
    international arbitration": the condition names nobody and no act against Egypt is on
    record, so the threat is aimed at the other party the story names."""
    got = found(
        ex,
        "CAIRO \u2014 Egypt and Israel have argued for months over gas deliveries through the "
        "Sinai pipeline. Egyptian Petroleum Minister Hossam Abdel-Razek said Israel owed Egypt "
        "for every cubic metre it failed to deliver. If no settlement is reached within 30 days, "
        "he added, Egypt will take the dispute to international arbitration.",
    )
    assert ("hossam-abdel-razek", "ISR", "THREATEN", "asserted") in got


def test_an_official_promising_all_measures_on_a_condition_threatens(ex: Extractor) -> None:
    """ "Chief Cabinet Secretary Kanemura said ... Tokyo would consider all available
    measures if it were not withdrawn": a threat aimed at the other party, not at his own."""
    got = found(
        ex,
        "TOKYO \u2014 Japan protested on Tuesday after China widened its ban on Japanese seafood. "
        "Chief Cabinet Secretary Hiroshi Kanemura said the ban had no scientific basis and that "
        'Tokyo would consider "all available measures" if it were not withdrawn.',
    )
    assert ("hiroshi-kanemura", "CHN", "THREATEN", "asserted") in got
    assert not [s for s in got if s[:3] == ("hiroshi-kanemura", "JPN", "THREATEN")]


def test_harm_done_to_something_on_a_condition_is_a_threat(ex: Extractor) -> None:
    """ "If Belarus keeps sending balloons, the border will be closed again," she said: harm
    done to something, in the speaker's own words, on a condition another side must meet,
    threatens it. Not: an undoing ("the tariffs will be suspended"), a loss of one's own
    ("our boats will be seized"), a measure on no side's deed ("if infections keep rising"),
    a worry about what may befall someone, or a neutral body's warning."""
    got = found(
        ex,
        "Lithuania detained ten people smuggling cigarettes from Belarus by balloon. "
        '"If Belarus keeps sending balloons, the border will be closed again," Lithuanian '
        "Interior Minister Ruta Vaitkeviciene said.",
    )
    assert ("ruta-vaitkeviciene", "BLR", "THREATEN", "asserted") in got
    for text in (
        'China and the United States have clashed for months over trade. "The tariffs will be '
        'suspended if Beijing keeps its promises," the U.S. trade representative said.',
        'China and the Philippines have clashed repeatedly near the shoal. "Our boats will be '
        'seized if China stops us again," a Philippine fisheries official said.',
        'India and China have clashed on their border. "Our soldiers will be deported if they '
        'cross again," the Indian army chief said.',
        'Colombia and Venezuela reopened their border last year. "The border will be closed '
        'again if infections keep rising," the Colombian health minister said.',
        'Russia and Ukraine have fought for three years. "The power plant will be destroyed if '
        'the shelling goes on," the IAEA chief said.',
        'Rights advocate Kannavee Suebsang said: "If China pushes again, these are the people '
        'that will be deported."',
    ):
        assert not [s for s in found(ex, text) if s[2] == "THREATEN"], text


def test_a_threat_on_a_condition_is_no_third_states_and_no_care_for_ones_own(
    ex: Extractor,
) -> None:
    """An official reporting another state's threat does not make it his own; "every option
    to protect our citizens" is care, not a threat; a third state has no "other party"."""
    for text in (
        "China and Japan have argued over the islands. Yoshimasa Hayashi told reporters that "
        "Beijing would ban Japanese seafood if the release went ahead.",
        'Israel and Iran have traded strikes. "We will consider every option to protect our '
        'citizens abroad if flights are cancelled," the Indian foreign minister said.',
        "Israel struck targets in Lebanon on Tuesday. Egypt urged Qatar to press Hamas to accept "
        "the truce. Egypt's foreign minister said Cairo would take the matter to the Security "
        "Council if the strikes continued.",
    ):
        got = found(ex, text)
        assert not [
            s for s in got if s[2] == "THREATEN" and s[1] in ("JPN", "IRN", "QAT", "HAMAS")
        ], text


def test_calling_in_an_envoy_is_a_summons(ex: Extractor) -> None:
    """ "had called in Cuba's ambassador", "called in a senior official of the Chinese
    embassy": a summons, as "summoned" is."""
    got = found(
        ex,
        "The Dutch Foreign Ministry said it had called in Cuba's ambassador in The Hague on "
        "Tuesday to complain about visits by embassy staff.",
    )
    assert ("nld-foreign-ministry", "CUB", "ACCUSE", "asserted") in got
    got = found(
        ex,
        "Japan protested on Monday. Hiroko Tanabe, the Foreign Ministry's director-general for "
        "Asian affairs, called in a senior official of the Chinese embassy to deliver the "
        "message in person.",
    )
    assert ("hiroko-tanabe", "CHN", "ACCUSE", "asserted") in got
    # calling in a debt or a favour summons nobody
    got = found(ex, "Argentina called in a loan it had made to Bolivia.")
    assert not [s for s in got if s[2] == "ACCUSE"]


def test_an_envoy_summoned_by_nobody_named_is_summoned_by_the_other_party(
    ex: Extractor,
) -> None:
    """ "Russian Ambassador Oleg Petrenev was summoned to receive the decision": the story's
    other party (Moldova) summoned him, a protest to Russia."""
    result = ex.extract(
        "CHISINAU, Moldova \u2014 Moldova expelled three Russian diplomats on Monday. Russia "
        "called the decision a provocation. Russian Ambassador Oleg Petrenev was summoned to "
        "receive the decision."
    )
    assert [
        (s.source, s.target)
        for s in result.stances
        if s.type.value == "ACCUSE" and "Petrenev" in (s.evidence.text or "")
    ] == [("MDA", "RUS")]
    # summoned by his own parliament: no protest
    got = found(
        ex,
        "Armenia and Azerbaijan have feuded for decades. Armenia's ambassador was summoned to "
        "testify before the Armenian parliament about the talks.",
    )
    assert not [s for s in got if s[2] == "ACCUSE"]


def test_his_counterpart_in_a_joint_subject_is_the_other_side(ex: Extractor) -> None:
    """ "Farrugia and his Libyan counterpart were expected to speak by phone": the owner's
    pronoun belongs to the counterpart, so the two meet."""
    got = found(
        ex,
        "Maltese Foreign Minister Ian Farrugia and his Libyan counterpart were expected to "
        "speak by phone later this week.",
    )
    assert ("ian-farrugia", "LBY", "CONSULT", "hypothetical") in got


def test_both_of_his_counterparts_are_the_two_sides(ex: Extractor) -> None:
    """ "said he had spoken by telephone with both of his counterparts": a call with each
    side of the dispute the story is about."""
    got = found(
        ex,
        "Ethiopia and Sudan traded accusations over the border. South Sudanese Foreign Minister "
        "Deng Akol Majak said he had spoken by telephone with both of his counterparts.",
    )
    assert {
        ("deng-akol-majak", "ETH", "CONSULT", "asserted"),
        ("deng-akol-majak", "SDN", "CONSULT", "asserted"),
    } <= got


def test_a_side_ready_to_give_ground_offers_it_to_the_other_party(ex: Extractor) -> None:
    """ "He said Havana remained willing to discuss the case": readiness to give ground that
    names nobody is an offer to the other party of the story, made by the official who
    speaks for the side; readiness to fight or a conditional readiness is none."""
    got = found(
        ex,
        "HAVANA \u2014 Cuba has held an American engineer since March. The United States has "
        "demanded his release. Cuban Deputy Foreign Minister Rogelio Ferrer said Havana "
        "remained willing to discuss the case.",
    )
    assert ("rogelio-ferrer", "USA", "AGREE", "asserted") in got
    got = found(
        ex,
        "HAVANA \u2014 Cuba has held an American engineer since March. The United States has "
        "demanded his release. Cuban Deputy Foreign Minister Rogelio Ferrer said Havana was "
        "ready to respond to any provocation.",
    )
    assert not [s for s in got if s[2] == "AGREE"]
    got = found(
        ex,
        "HAVANA \u2014 Cuba has held an American engineer since March. Cuban Deputy Foreign "
        "Minister Rogelio Ferrer said it was unclear whether Havana was ready to discuss the "
        "case.",
    )
    assert not [s for s in got if s[2] == "AGREE"]
    for text in (
        "India and Pakistan traded fire on the border. Pakistan's army chief said his troops "
        "were ready to return fire.",
        "Israel and Hamas have fought since October. Israel was ready to resume the offensive "
        "in Rafah, the defence minister said.",
        "Russia and Ukraine have fought for three years. Britain is ready to extend sanctions, "
        "the foreign secretary said.",
        "Russia and Ukraine have fought for three years. The Kremlin said it was ready to "
        "provide more weapons to its allies in the Donbas.",
        "Iran and the United States have argued over the nuclear programme. The U.S. envoy "
        "doubted that Tehran was ready to negotiate.",
        "Russia and Ukraine have fought for three years. The Kremlin said Ukraine claimed to be "
        "ready to negotiate.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "AGREE"], text


def test_an_account_a_government_rejected_answers_the_accuser(ex: Extractor) -> None:
    """ "accused Bolivia of removing families at gunpoint, an account the Bolivian government
    rejected": an account, like a charge, is rejected by the side named after it."""
    got = found(
        ex,
        "A senior Brazilian diplomat accused Bolivia of removing families at gunpoint, an "
        "account the Bolivian government rejected.",
    )
    assert ("BOL", "BRA", "REJECT", "asserted") in got


def test_disputing_the_figure_rejects_whoever_gave_it(ex: Extractor) -> None:
    """ "Turkmenistan says Uzbekistan owes it 300 million dollars ... Tashkent disputes the
    figure": the figure, like a claim, is its speaker's."""
    got = found(
        ex,
        "Turkmenistan says Uzbekistan owes it 300 million dollars in unpaid bills. Tashkent "
        "disputes the figure.",
    )
    assert ("UZB", "TKM", "REJECT", "asserted") in got


def test_more_words_of_blame_in_what_a_speaker_says(ex: Extractor) -> None:
    """ "The Dutch authorities are sheltering a man wanted in Cuba," the minister said:
    sheltering, blackmail, espionage and the like blame the side that does them; a victim of
    a kidnapping, or partners fighting smuggling together, are blamed for nothing."""
    got = found(
        ex,
        '"The Dutch authorities are sheltering a man wanted in Cuba," Cuban Foreign Minister '
        "Ernesto Valdes said.",
    )
    assert ("ernesto-valdes", "NLD", "ACCUSE", "asserted") in got
    for text in (
        "Nigeria said China's kidnapped workers had been freed unharmed.",
        '"Kenya\'s navy and ours will patrol together to stop the smuggling," the Somali '
        "defence minister said.",
        "The United States said Canada's punishing wildfires had sent smoke across New York.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "ACCUSE"], text


def test_an_apostrophe_after_a_country_ending_in_s_is_its_possessive(ex: Extractor) -> None:
    """ "The Philippines' Foreign Ministry", "the Maldives' Finance Ministry": the body is that
    country's, as with "'s"; the evidence keeps the text as written."""
    result = ex.extract(
        "The Maldives' Finance Ministry has asked India to roll over a treasury bill."
    )
    actors = {a.id: a for a in result.actors}
    (stance,) = [s for s in result.stances if s.type.value == "REQUEST"]
    assert actors[stance.source].country == "MDV"
    assert stance.target == "IND"
    assert stance.evidence.text == (
        "The Maldives' Finance Ministry has asked India to roll over a treasury bill."
    )
    # a closing quotation mark after a plural is no possessive
    got = found(ex, "'We will not bow to the Americans' he said, as Iran rejected the offer.")
    assert not [s for s in got if s[0].endswith("ministry")]


def test_an_earlier_act_of_the_state_told_by_its_official_stays_the_states(
    ex: Extractor,
) -> None:
    """ "Armed Forces Minister Birame Ndour said Senegal had also asked Bissau to hand over
    two rebel commanders": the official tells of his state's earlier request, which stays the
    state's; what he says now in its name is his ("said Senegal asks Bissau")."""
    got = found(
        ex,
        "Senegalese Armed Forces Minister Birame Ndour said Senegal had also asked Bissau to "
        "hand over two rebel commanders.",
    )
    assert ("SEN", "GNB", "REQUEST", "asserted") in got
    assert ("birame-ndour", "GNB", "REQUEST", "asserted") not in got
    got = found(
        ex,
        "Senegalese Armed Forces Minister Birame Ndour said Senegal urges Bissau to hand over "
        "two rebel commanders.",
    )
    assert ("birame-ndour", "GNB", "REQUEST", "asserted") in got


def test_an_envoy_summoned_or_called_in_to_be_thanked_is_no_protest(ex: Extractor) -> None:
    """ "called in South Korea's ambassador to thank him for Seoul's help": a friendly errand,
    no summons in protest; "called in ... to complain" stays one."""
    for text in (
        "Japan's foreign ministry called in South Korea's ambassador to thank him for Seoul's "
        "help after the earthquake.",
        "Japan's foreign ministry summoned South Korea's ambassador to thank him for Seoul's help.",
        "Japan's foreign ministry summoned South Korean Ambassador Kim Min-ho to thank him for "
        "Seoul's help.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "ACCUSE"], text
    got = found(
        ex,
        "The Dutch Foreign Ministry said it had called in Cuba's ambassador in The Hague on "
        "Tuesday to complain about visits by embassy staff.",
    )
    assert ("nld-foreign-ministry", "CUB", "ACCUSE", "asserted") in got


def test_the_fathers_name_alone_refers_back_to_a_three_part_name(ex: Extractor) -> None:
    """Spanish and Portuguese names are shortened to the father's name: "Iván Mendoza Parra"
    ... "Mendoza"; the last part still works too."""
    intro = "Venezuelan Foreign Minister Iván Mendoza Parra spoke on Monday. "
    got = found(ex, intro + "Mendoza went further, demanding that Colombia hand over two men.")
    assert ("ivan-mendoza-parra", "COL", "REQUEST", "asserted") in got
    got = found(ex, intro + "Parra urged Colombia to hand over three officers.")
    assert ("ivan-mendoza-parra", "COL", "REQUEST", "asserted") in got


def test_the_last_two_parts_of_a_three_part_name_refer_back_to_the_person(ex: Extractor) -> None:
    """ "Salvador Nsue Mba" ... "Nsue Mba": the same minister, with his state, not a new
    person of no country."""
    got = found(
        ex,
        "Equatorial Guinea's Foreign Minister Salvador Nsue Mba accused Cameroon of lying. "
        "Nsue Mba said Cameroon had lied again.",
    )
    assert ("salvador-nsue-mba", "CMR", "ACCUSE", "asserted") in got
    assert not [s for s in got if s[0] == "nsue-mba"]


def test_a_speaker_is_not_the_one_held_in_the_passive_clause_he_reports(ex: Extractor) -> None:
    """ "X said the fishermen had been arrested": the fishermen were held, not X; a person
    named as the subject still is ("said Petri Laine had been detained")."""
    got = found(
        ex,
        "Equatorial Guinea's Foreign Minister Salvador Nsue Mba accused Cameroon of lying. "
        "Nsue Mba said the fishermen had been arrested inside Equatoguinean waters.",
    )
    assert not [s for s in got if s[2] == "COERCE"]
    got = found(ex, "Bahrain's Interior Ministry said 11 suspects had been arrested in raids.")
    assert not [s for s in got if s[2] == "COERCE"]
    got = found(ex, "Russia's Foreign Ministry said Finnish workers had been detained.")
    assert ("RUS", "rus-foreign-ministry", "COERCE", "asserted") not in got
    got = found(ex, "Russia's Foreign Ministry said Petri Laine had been detained near Vyborg.")
    assert ("RUS", "petri-laine", "COERCE", "asserted") in got


def test_a_denial_that_names_the_deniers_own_state_does_not_reject_it(ex: Extractor) -> None:
    """ "Ishizaki denied that the Japanese export rule, which added ... to a list of items,
    had been aimed at any country": the Japanese minister does not reject Japan (the
    PETRARCH phrase "deny * that" read whatever stood before a later "that")."""
    got = found(
        ex,
        "China accused Japan of targeting its chip makers. Chief Cabinet Secretary Makoto "
        "Ishizaki told a regular news conference that it was coercion. Ishizaki denied that the "
        "Japanese export rule, which added 18 types of lithography and etching tools to a list "
        "of items requiring a government permit, had been aimed at any particular country.",
    )
    assert ("makoto-ishizaki", "JPN", "REJECT", "asserted") not in got


def test_an_aside_naming_a_blocs_members_is_skipped_to_find_the_subject(ex: Extractor) -> None:
    """ "The Andean Community, the bloc that groups Bolivia, Colombia, Ecuador and Peru,
    condemned Chile": the bloc condemns, not the members its aside lists; an aside that
    holds a speech verb is no such aside ("..., said its executive secretary, X, had ...")."""
    got = found(
        ex,
        "The Andean Community, the four-nation bloc that groups Bolivia, Colombia, Ecuador and "
        "Peru, condemned Chile.",
    )
    assert got == {("andean-community", "CHL", "ACCUSE", "asserted")}
    got = found(
        ex,
        "Ethiopia accused Djibouti of raising port fees. The Intergovernmental Authority on "
        "Development, or IGAD, the East African bloc that has its headquarters in Djibouti, said "
        "its executive secretary, Samuel Owino Kiprop, had spoken with both governments.",
    )
    assert ("samuel-owino-kiprop", "DJI", "CONSULT", "reported") in got


def test_it_after_a_new_bodys_aside_and_speech_verb_is_the_body(ex: Extractor) -> None:
    """ "The Kivu Basin Authority, which groups Rwanda with Congo and Burundi, said it stood in
    full solidarity with Kigali": "it" is the authority (a body found after the pronoun was
    first read), not the last state of its aside."""
    got = found(
        ex,
        "The Kivu Basin Authority, which groups Rwanda with Congo and Burundi, said it stood in "
        "full solidarity with Kigali.",
    )
    assert got == {("kivu-basin-authority", "RWA", "SUPPORT", "asserted")}


def test_both_countries_after_two_states_joined_in_the_sentence_are_them(ex: Extractor) -> None:
    """ "met the Iranian and Azerbaijani ambassadors ... and urged both countries": the two
    just joined by "and", not the story's pair (Israel and Syria here); without such a pair
    in the sentence, the story's pair still."""
    story = "Israel struck targets in Syria. "
    got = found(
        ex,
        story + "Russian Deputy Foreign Minister Gennady Stolyarov met the Iranian and "
        "Azerbaijani ambassadors separately in Moscow on Tuesday and urged both countries to "
        "show restraint.",
    )
    assert ("gennady-stolyarov", "IRN", "REQUEST", "asserted") in got
    assert ("gennady-stolyarov", "AZE", "REQUEST", "asserted") in got
    assert ("gennady-stolyarov", "ISR", "REQUEST", "asserted") not in got
    got = found(ex, story + "Russia urged both countries to show restraint.")
    assert ("RUS", "ISR", "REQUEST", "asserted") in got


def test_regional_blocs_are_actors_of_their_own(ex: Extractor) -> None:
    """The Central American Integration System is no American (U.S.) body; CEMAC and the
    Alliance of Sahel States are organisations of the gazetteer."""
    story = "Honduras accused Nicaragua of seizing its fishermen. "
    got = found(
        ex,
        story + "The Central American Integration System, or SICA, called on both governments "
        "to show restraint.",
    )
    assert ("SICA", "NIC", "REQUEST", "asserted") in got
    assert not [s for s in got if s[0] == "USA"]
    got = found(ex, "The Alliance of Sahel States condemned ECOWAS.")
    assert ("AES", "ECOWAS", "ACCUSE", "asserted") in got


def test_the_alliance_is_the_body_whose_name_has_that_word(ex: Extractor) -> None:
    """ "the Alliance of Sahel States ... ECOWAS Commission President X urged the alliance":
    the alliance, not ECOWAS, though ECOWAS was named last; "the bloc" is still the last
    organisation."""
    got = found(
        ex,
        "The Alliance of Sahel States (AES) imposed a tariff on goods from ECOWAS. ECOWAS "
        "Commission President Kwesi Amankwah urged the alliance to reconsider.",
    )
    assert ("kwesi-amankwah", "AES", "REQUEST", "asserted") in got
    got = found(ex, "The African Union met in Addis Ababa. Kenya urged the bloc to act.")
    assert ("KEN", "AU", "REQUEST", "asserted") in got


def test_taking_a_state_to_court_and_regretting_its_act_find_fault(ex: Extractor) -> None:
    """ "took Guatemala to court", "regretted Kenya's decision": an accusation; regret with
    no one named ("regretted the loss of life") is none."""
    got = found(ex, "Mexico took Guatemala to court over the border.")
    assert ("MEX", "GTM", "ACCUSE", "asserted") in got
    got = found(ex, "Somalia regretted Kenya's decision to boycott the hearing.")
    assert ("SOM", "KEN", "ACCUSE", "asserted") in got
    assert not found(ex, "China said it deeply regretted the loss of life.")


def test_review_of_the_twenty_second_day_findings_hold(ex: Extractor) -> None:
    """The day's review: a denial of another side's claim "that ..." rejects the claimant, a
    bare "denied that" rejects no one in its clause; a reported strike still hits the
    speaker's side; a hyphened demonym holds no one; an Arabic father's name is no short
    name; a four-part name's last two parts are."""
    for text, stance in (
        (
            "Pakistan denied India's contention that militants had crossed from its territory.",
            ("PAK", "IND", "REJECT", "asserted"),
        ),
        (
            "Eritrea denied Ethiopian claims that Asmara was massing troops on the border.",
            ("ERI", "ETH", "REJECT", "asserted"),
        ),
        (
            "Ukraine said the hospital had been struck by Russian missiles.",
            ("RUS", "UKR", "ASSAULT", "reported"),
        ),
        (
            "Mexican President Andrés Manuel López Obrador spoke on Monday. López Obrador "
            "accused Washington of meddling.",
            ("andres-manuel-lopez-obrador", "USA", "ACCUSE", "asserted"),
        ),
    ):
        assert stance in found(ex, text), text
    assert ("IRN", "RUS", "REJECT", "asserted") not in found(
        ex, "Iran denied that it had supplied drones to Russia."
    )
    assert not found(ex, "Bahrain said Iranian-trained militants had been arrested.")
    got = found(
        ex,
        "Iraqi Prime Minister Mohammed Shia al-Sudani spoke. Shia militias attacked a US base.",
    )
    assert not [s for s in got if s[0] == "mohammed-shia-al-sudani"]


def test_a_rank_after_the_comma_keeps_the_role_and_state_before_it(ex: Extractor) -> None:
    """ "Niger's government spokesman, Colonel Issa Bouzou,": the rank is no office; the
    spokesman's state is his, as with a rank cut short ("Col.")."""
    for rank in ("Colonel", "Lieutenant General", "Col."):
        res = ex.extract(
            f"Niger's government spokesman, {rank} Issa Bouzou, accused Benin of lying."
        )
        person = next(a for a in res.actors if a.id == "issa-bouzou")
        assert person.country == "NER", rank


def test_a_verdict_on_a_named_act_accuses_whoever_did_it(ex: Extractor) -> None:
    """ "said the seizure was illegal": the side that seized, not the speaker's own; a verdict
    that approves ("lawful") accuses no one, nor does an act the sentence does not report
    ("the seizure was carried out")."""
    first = "SOFIA, Bulgaria - Bulgaria seized Russia's refinery on Tuesday. "
    got = found(ex, first + 'Russia said the seizure was "illegal and confiscatory".')
    assert ("RUS", "BGR", "ACCUSE", "asserted") in got
    got = found(ex, first + "Russia said that the seizure was illegal.")
    assert ("RUS", "BGR", "ACCUSE", "asserted") in got
    assert ("RUS", "BGR", "ACCUSE", "asserted") not in found(
        ex, first + "Russia said the seizure was lawful."
    )


def test_a_verdict_on_an_act_no_sentence_told_goes_to_the_speakers_rival(
    ex: Extractor,
) -> None:
    """ "called the suspension 'a hostile act'" when no sentence says who suspended
    anything: the side the speaker's side is at odds with (here the one it accused)."""
    res = ex.extract(
        "NIAMEY, Niger - Niger accused Benin of lying on Monday. Loadings of Nigerien "
        'crude stopped at the terminal. Niger called the suspension "a hostile act."'
    )
    verdicts = {
        (s.source, s.target, s.type.value)
        for s in res.stances
        if s.evidence is not None and "hostile act" in s.evidence.text
    }
    assert verdicts == {("NER", "BEN", "ACCUSE")}


def test_bare_officers_and_troops_are_the_last_acting_state_s(ex: Extractor) -> None:
    """ "Officers detained", "Troops arrested", "Police detained": with no state named, the
    state that last acted as a subject, not the one it acted on."""
    for organ in ("Officers", "Troops", "Police"):
        got = found(
            ex,
            "BAKU, Azerbaijan - Azerbaijan accused Russia of spying on Monday. "
            f"{organ} detained two Russian journalists on Tuesday.",
        )
        assert ("AZE", "RUS", "COERCE", "asserted") in got, organ


def test_rejecting_any_suggestion_or_objection_answers_whoever_made_it(ex: Extractor) -> None:
    """ "rejected any suggestion that", "dismissed the objection": the side that said it."""
    first = "TEHRAN - Iran accused Azerbaijan on Monday of letting Israel spy from its soil. "
    for rebuttal in (
        "Azerbaijan rejected any suggestion that it had helped Israel.",
        'Azerbaijan dismissed the objection as "without any legal foundation."',
    ):
        assert ("AZE", "IRN", "REJECT", "asserted") in found(ex, first + rebuttal), rebuttal


def test_a_misdeed_told_in_condemning_words_accuses_its_doer(ex: Extractor) -> None:
    """ "said Denmark had acted illegally", 'said Estonia had "unilaterally dumped" the
    buoys': the speaker accuses the doer; not a denied deed, a deed against the misdeed
    ("respond to any aggression"), nor a condemning word that only names a noun ("illegal
    migration")."""
    first = "BEIJING - China protested to Denmark on Monday. "
    said = "Foreign Ministry spokesman Liang Wenbo said "
    for clause, accused in (
        ("Denmark had acted illegally.", True),
        ('Denmark had "unilaterally dumped" the buoys.', True),
        ("Denmark had not acted illegally.", False),
        ("Denmark would respond to any aggression.", False),
        ("Denmark was working to stop illegal migration.", False),
    ):
        got = found(ex, first + said + clause)
        assert (("liang-wenbo", "DNK", "ACCUSE", "asserted") in got) is accused, clause


def test_both_sides_are_not_the_ones_named_in_passing(ex: Extractor) -> None:
    """ "Beijing, which brokered the Saudi-Iranian deal, urged both sides": the two sides of
    the story's quarrel (Bahrain and Iran), not Saudi Arabia named inside the aside."""
    got = found(
        ex,
        "MANAMA - Bahrain accused Iran of arming militants on Monday. Iran rejected the "
        "charge. Beijing, which brokered the Saudi-Iranian deal and buys most of Iran's oil "
        "exports, urged both sides to resolve their differences through dialogue.",
    )
    assert {("CHN", "BHR", "REQUEST", "asserted"), ("CHN", "IRN", "REQUEST", "asserted")} <= got
    assert ("CHN", "SAU", "REQUEST", "asserted") not in got


def test_whoever_did_it_will_answer_for_it_threatens(ex: Extractor) -> None:
    """ "Whoever handed them the guns will answer for it": a threat to the side accused."""
    got = found(
        ex,
        'KAMPALA - Uganda accused Rwanda of arming the rebels on Monday. "Whoever handed '
        'them the guns will answer for it," Ugandan army spokesman Felix Tumusiime said.',
    )
    assert ("felix-tumusiime", "RWA", "THREATEN", "asserted") in got


def test_review_of_the_twenty_third_day_findings_hold(ex: Extractor) -> None:
    """The day's review: a condemning word accuses only the side whose own conduct it is; a
    critic of their own state's act accuses no one abroad, nor does a verdict on an act no
    sentence told; a rebutted verdict is no verdict; troops "from" a state are not the
    story's; a rank opening a clause is no apposition; "any suggestion" answers no
    unrelated accuser."""
    for text, wrong in (
        (
            "Moldova's president said Ukraine was resisting Russian aggression.",
            ("MDA", "UKR", "ACCUSE", "asserted"),
        ),
        ("Germany said Denmark had done nothing illegal.", ("DEU", "DNK", "ACCUSE", "asserted")),
        (
            "Turkey said Syrian refugees had been abused by Greek border guards.",
            ("TUR", "SYR", "ACCUSE", "asserted"),
        ),
        (
            "Spain said Morocco had helped dismantle smuggling networks and stop looting.",
            ("ESP", "MAR", "ACCUSE", "asserted"),
        ),
        (
            "Russia seized three Ukrainian navy ships in the Kerch Strait. A Russian opposition "
            "leader, Alexei Navalny, said the seizure was illegal.",
            ("alexei-navalny", "UKR", "ACCUSE", "asserted"),
        ),
        (
            "Israel struck Hezbollah positions in southern Lebanon on Monday. Israel's foreign "
            'minister called the closure of the Rafah crossing "a hostile act".',
            ("ISR", "HEZBOLLAH", "ACCUSE", "asserted"),
        ),
        (
            "Iran's Revolutionary Guards seized a British-flagged tanker. Iran's foreign "
            "ministry rejected claims that the seizure was illegal.",
            ("irn-foreign-ministry", "GBR", "ACCUSE", "asserted"),
        ),
        (
            "The United States accused Russia of violating the INF treaty. Germany rejected "
            "any suggestion that it would host new missiles.",
            ("DEU", "USA", "REJECT", "asserted"),
        ),
    ):
        assert wrong not in found(ex, text), text
    for text, right in (
        ("Egypt said Ethiopia had acted unilaterally.", ("EGY", "ETH", "ACCUSE", "asserted")),
        (
            "China imposed sanctions on Lithuania over Taiwan. The European Commission said the "
            "sanctions were unacceptable.",
            ("EC", "CHN", "ACCUSE", "asserted"),
        ),
        (
            'Britain seized an Iranian tanker off Gibraltar. "The seizure was illegal," Iran\'s '
            "foreign ministry said.",
            ("irn-foreign-ministry", "GBR", "ACCUSE", "asserted"),
        ),
        (
            "Ukrainian drones struck a refinery in Russia's Ryazan region. Police detained two "
            "Ukrainian citizens suspected of guiding the drones.",
            ("RUS", "UKR", "COERCE", "asserted"),
        ),
        (
            "Replying to France's foreign minister, Colonel Assimi Goita accused Paris of "
            "interference.",
            ("assimi-goita", "FRA", "ACCUSE", "asserted"),
        ),
    ):
        assert right in found(ex, text), text
    burundi = "Kenya accused Rwanda of backing the M23. Troops from Burundi attacked M23 camps."
    assert ("KEN", "M23", "ASSAULT", "asserted") not in found(ex, burundi)


def test_a_meeting_beside_the_deed_is_held_by_the_clause_subject(ex: Extractor) -> None:
    for text in (
        "Japan raised the issue in a telephone call with China on Tuesday.",
        "Japan raised the fishing dispute at a meeting with China.",
    ):
        assert ("JPN", "CHN", "CONSULT", "asserted") in found(ex, text), text
    # a meeting with no other side named is nobody's talks with the state named later
    quad = "Quad leaders agreed at a virtual summit to address the challenges China brings."
    assert not any(s[2] == "CONSULT" for s in found(ex, quad))


def test_disputing_an_account_answers_whoever_gave_it(ex: Extractor) -> None:
    text = "Chile seized two Peruvian boats. Peru disputes that account."
    assert ("PER", "CHL", "REJECT", "asserted") in found(ex, text)
    text = "Turkmenistan accused Uzbekistan of cheating it. Tashkent contests that account."
    assert ("UZB", "TKM", "REJECT", "asserted") in found(ex, text)
    # a figure is no charge: disputing it answers no accuser of the story
    text = "China accused Japan of provocation. Kenya disputed the figure published by the UN."
    assert ("KEN", "CHN", "REJECT", "asserted") not in found(ex, text)


def test_a_company_is_named_by_its_own_words_and_kept_by_its_short_name(ex: Extractor) -> None:
    text = (
        "Mexico revoked the mining concession of Canadian company Sierra Plata Resources, "
        "accusing the firm of contaminating wells. Sierra Plata rejected the findings."
    )
    result = ex.extract(text, document_id="t")
    company = {a.id: a for a in result.actors}["sierra-plata-resources"]
    assert (company.name, company.kind.value, company.country) == (
        "Sierra Plata Resources",
        "company",
        "CAN",
    )
    got = {(s.source, s.target, s.type.value) for s in result.stances}
    assert ("MEX", "sierra-plata-resources", "SANCTION") in got
    assert ("MEX", "sierra-plata-resources", "ACCUSE") in got
    assert ("sierra-plata-resources", "MEX", "REJECT") in got


def test_a_company_introduced_after_its_country_is_an_actor_of_that_country(
    ex: Extractor,
) -> None:
    text = (
        "Niger stripped the French nuclear fuel group Orano of its last mining rights. "
        "Orano condemned Niger."
    )
    result = ex.extract(text, document_id="t")
    orano = {a.id: a for a in result.actors}["orano"]
    assert (orano.kind.value, orano.country) == ("company", "FRA")
    got = {(s.source, s.target, s.type.value) for s in result.stances}
    assert {("NER", "orano", "SANCTION"), ("orano", "NER", "ACCUSE")} <= got
    assert ("NER", "FRA", "SANCTION") not in got
    # a demonym with a company noun and no name after it stays the country
    text = "The Chinese company said it would sue Greenland."
    assert all(a.kind.value != "company" for a in ex.extract(text, document_id="t").actors)


def test_a_rivalry_between_two_sides_is_theirs_not_the_clause_subjects(ex: Extractor) -> None:
    got = found(ex, "Nepal is caught in the rivalry between India and China.")
    assert ("IND", "CHN", "RIVAL", "asserted") in got or ("CHN", "IND", "RIVAL", "asserted") in got
    assert not any(s[0] == "NPL" or s[1] == "NPL" for s in got)


def test_claiming_responsibility_for_an_attack_makes_it_the_claimants(ex: Extractor) -> None:
    text = "Al-Shabab claimed responsibility for the attack on a hotel in Mogadishu."
    assert ("al-shabab", "SOM", "ASSAULT", "asserted") in found(ex, text)
    text = "Al-Shabab claimed full responsibility for the attack on Kenyan troops."
    assert ("al-shabab", "KEN", "ASSAULT", "asserted") in found(ex, text)
    # a denial of it still negates it
    text = "The Taliban denied responsibility for the attack on Pakistani troops."
    assert ("TALIBAN", "PAK", "ASSAULT", "negated") in found(ex, text)


def test_review_of_the_twenty_fourth_day_findings_hold(ex: Extractor) -> None:
    """Misfires a review of the day's rules found: 'the firm response', 'the concern' and
    'the producer' are no company; a company after a verb and 'the' keeps the state acting;
    a meeting someone else held, or one the subject only missed, is not the subject's; losing
    control in war is no sanction; a figure disputed denies no attack."""
    company = "Harwick Energy pumps oil in Iraq. "
    for text, right, wrong in (
        (
            company + "Japan praised the firm response of South Korea to the missile launch.",
            ("JPN", "KOR", "SUPPORT", "asserted"),
            ("JPN", "harwick-energy", "SUPPORT", "asserted"),
        ),
        (
            company + "Iraq rejected the concern raised by Kuwait over the border.",
            ("IRQ", "KWT", "REJECT", "asserted"),
            ("IRQ", "harwick-energy", "REJECT", "asserted"),
        ),
        (
            "Britain sanctioned the company Harwick Shipping on Tuesday.",
            ("GBR", "harwick-shipping", "SANCTION", "asserted"),
            None,
        ),
        (
            "Japan raised the issue in a telephone call with China on Monday.",
            ("JPN", "CHN", "CONSULT", "asserted"),
            None,
        ),
    ):
        got = found(ex, text)
        assert right in got, text
        assert wrong is None or wrong not in got, text
    for text in (
        "The United States criticised China's behaviour at a summit with ASEAN.",
        "Ukraine was absent at a meeting with Russia, Turkey's foreign minister said.",
        "Germany said it would not seek concessions at a meeting with Russia.",
    ):
        assert not any(s[2] == "CONSULT" and s[0] in ("USA", "UKR") for s in found(ex, text))
        assert ("DEU", "RUS", "CONSULT", "negated") not in found(ex, text)
    for text in (
        "Ukraine stripped Russia of control over the western Black Sea.",
        "Israel accused Iran of arming Hezbollah. Lebanon's health ministry said 50 people "
        "were killed in Israeli strikes. Israel disputed the figure.",
    ):
        got = found(ex, text)
        assert ("UKR", "RUS", "SANCTION", "asserted") not in got, text
        assert ("ISR", "LBN", "ASSAULT", "negated") not in got, text
    kinds = {
        a.id: (a.kind.value, a.name)
        for a in ex.extract(
            "Israel Aerospace Industries signed a deal with India. Gulf Petroleum signed a "
            "deal with Iraq. Iran warned the Gulf states against hosting US bases.",
            document_id="t",
        ).actors
    }
    assert kinds.get("israel-aerospace-industries") == ("company", "Israel Aerospace Industries")
    assert "gulf-petroleum" in kinds
    got = found(
        ex,
        "Gulf Petroleum signed a deal with Iraq. Iran warned the Gulf states against hosting "
        "US bases.",
    )
    assert not any(s[1] == "gulf-petroleum" and s[0] == "IRN" for s in got)


def test_a_government_named_by_its_seat_is_one_word_of_a_phrase(ex: Extractor) -> None:
    text = "He said Dhaka held the government in Naypyitaw responsible for the frontier."
    assert ("BGD", "MMR", "ACCUSE", "asserted") in found(ex, text)


def test_a_quotation_before_and_leaves_the_speaker_the_subject(ex: Extractor) -> None:
    text = (
        "Foreign Minister Rimantas Jakstys said Vilnius was weighing the expulsion of Russian "
        'diplomats "whose activity is not compatible with their status" and urged other EU '
        "governments to do the same."
    )
    assert ("rimantas-jakstys", "EU", "REQUEST", "asserted") in found(ex, text)


def test_the_two_partner_states_are_the_storys_pair(ex: Extractor) -> None:
    text = (
        "Kenya accused Tanzania of deporting activists. The East African Community's "
        "secretary general, Beatrice Ndayisaba, urged the two partner states to settle it."
    )
    got = found(ex, text)
    assert {
        ("beatrice-ndayisaba", "KEN", "REQUEST", "asserted"),
        ("beatrice-ndayisaba", "TZA", "REQUEST", "asserted"),
    } <= got


def test_raising_a_matter_with_a_side_consults_it(ex: Extractor) -> None:
    text = "Foreign Minister Ondrej Maly of the Czech Republic raised the matter with Poland."
    assert ("ondrej-maly", "POL", "CONSULT", "asserted") in found(ex, text)
    text = "Prague said it would raise the matter with its European Union partners."
    assert ("CZE", "EU", "CONSULT", "hypothetical") in found(ex, text)


def test_a_body_name_goes_on_through_the_in_its_complement(ex: Extractor) -> None:
    text = (
        "Kyrgyzstan accused Uzbekistan of stealing water. The International Fund for Saving "
        "the Aral Sea, which groups the five Central Asian states, urged both sides to share data."
    )
    result = ex.extract(text, document_id="t")
    names = {a.name for a in result.actors}
    assert "International Fund for Saving the Aral Sea" in names
    assert "Central Asian" not in names  # a region's words name no one
    got = {(s.source, s.target, s.type.value, s.modality.value) for s in result.stances}
    fund = "international-fund-for-saving-the-aral-sea"
    assert {(fund, "KGZ", "REQUEST", "asserted"), (fund, "UZB", "REQUEST", "asserted")} <= got


def test_handing_a_note_of_protest_to_an_envoy_accuses_the_envoys_state(ex: Extractor) -> None:
    for text, right in (
        (
            "Portugal's foreign ministry handed a diplomatic note to the Spanish ambassador.",
            ("prt-foreign-ministry", "ESP", "ACCUSE", "asserted"),
        ),
        (
            "Lisbon handed a note of protest to Spain's ambassador on Monday.",
            ("PRT", "ESP", "ACCUSE", "asserted"),
        ),
        (
            "Georgia's foreign ministry delivered its protest to Russia through the Swiss embassy.",
            ("geo-foreign-ministry", "RUS", "ACCUSE", "asserted"),
        ),
    ):
        assert right in found(ex, text), text


def test_calling_an_act_a_breach_accuses_and_calling_a_state_a_friend_backs_it(
    ex: Extractor,
) -> None:
    text = (
        "France arrested an Algerian consular official. Algeria's foreign ministry called the "
        "arrest an unprecedented breach of diplomatic custom."
    )
    assert ("dza-foreign-ministry", "FRA", "ACCUSE", "asserted") in found(ex, text)
    text = 'Morocco\'s foreign minister, Youssef Alami, called France "a reliable partner."'
    assert ("youssef-alami", "FRA", "SUPPORT", "asserted") in found(ex, text)


def test_understanding_or_sharing_a_sides_concerns_backs_it(ex: Extractor) -> None:
    for text, right in (
        ('Ankara "fully understands" Baku\'s reaction.', ("TUR", "AZE", "SUPPORT", "asserted")),
        (
            "Turkmenistan said it shared Uzbekistan's concerns.",
            ("TKM", "UZB", "SUPPORT", "asserted"),
        ),
    ):
        assert right in found(ex, text), text


def test_a_company_in_apposition_or_of_the_state_is_named_by_its_word(ex: Extractor) -> None:
    text = (
        "The state concern Turkmengaz said it had stopped supplies. It accused Uztransgaz, the "
        "Uzbek state gas company, of ignoring four reminders."
    )
    result = ex.extract(text, document_id="t")
    kinds = {a.id: (a.kind.value, a.country) for a in result.actors}
    assert kinds["uztransgaz"] == ("company", "UZB")
    assert kinds["turkmengaz"] == ("company", None)  # a state's, not told whose
    got = {(s.source, s.target, s.type.value) for s in result.stances}
    assert ("turkmengaz", "uztransgaz", "ACCUSE") in got
    # a country before the comma is no company's name
    text = "Kenya, the Ugandan company, said nothing. Uganda accused Kenya of lying."
    assert all(a.kind.value != "company" for a in ex.extract(text, document_id="t").actors)


def test_review_of_the_twenty_fourth_day_second_findings_hold(ex: Extractor) -> None:
    """Misfires a second review of the day's rules found: 'raised tensions with' is no
    meeting; 'the two sister parties' are no pair of states; a body's name stops at a 'the'
    after a noun; a one-word surname of a region's word still names its person."""
    for text in (
        "The Philippines raised tensions with China by sending a warship to the shoal.",
        "Turkey raised the ante with Greece by sending a survey ship.",
    ):
        assert not any(s[2] == "CONSULT" for s in found(ex, text)), text
    text = "In Berlin, the two partner parties in the governing coalition urged Serbia to act."
    assert ("XKX", "SRB", "REQUEST", "asserted") not in found(ex, text)
    text = "Testifying before the Committee on Armed Services the General Mark Kelly warned Russia."
    assert ("mark-kelly", "RUS", "THREATEN", "asserted") in found(ex, text)
    text = "Lars Horn, Denmark's foreign minister, spoke. Mr Horn also urged Belarus to act."
    assert ("lars-horn", "BLR", "REQUEST", "asserted") in found(ex, text)


def test_review_of_the_twenty_fourth_day_third_findings_hold(ex: Extractor) -> None:
    """Misfires a third review found: a verdict on an act its doer is named before judges the
    doer (not the victim) and keeps the act; a note that asks or invites is no protest; "a
    friend of terrorists", "an important step" back no one; trying to understand is no
    backing; an adverb opening the sentence is no company."""
    got = found(ex, "China called the EU's sanctions on Russian oil firms disproportionate.")
    assert ("CHN", "EU", "ACCUSE", "asserted") in got
    assert ("CHN", "RUS", "ACCUSE", "asserted") not in got
    assert ("EU", "RUS", "SANCTION", "reported") in got
    for text in (
        "Kazakhstan delivered a note to the Russian embassy inviting President Putin to Astana.",
        "Turkey called Sweden a friend of terrorists.",
        "Israel called the new EU sanctions on Iran an important step.",
        "Washington is still trying to understand Beijing's decision to cancel the talks.",
    ):
        got = found(ex, text)
        assert not any(s[2] in ("ACCUSE", "SUPPORT") and s[1] != "EU" for s in got), text
    text = "Meanwhile, the Russian state gas company, Gazprom, cut supplies to Moldova."
    assert ("GAZPROM", "MDA", "SANCTION", "asserted") in found(ex, text)


def test_the_community_and_the_court_are_the_body_so_named(ex: Extractor) -> None:
    """'The East African Community ... The community's secretariat urged both governments':
    the body whose name has that word; with no such body named, a community or a court is
    no organisation met lately."""
    got = found(
        ex,
        "Kenya accused Tanzania of harassing its traders at the border. The East African "
        "Community said it was following the matter. The community's secretariat urged "
        "both governments to resolve it.",
    )
    assert ("EAC", "KEN", "REQUEST", "asserted") in got
    assert ("EAC", "TZA", "REQUEST", "asserted") in got
    asked = found(
        ex,
        "South Africa brought the case to the International Court of Justice. "
        "Pretoria asked the court to order Israel to halt the offensive.",
    )
    assert ("ZAF", "ICJ", "REQUEST", "asserted") in asked
    local = found(
        ex,
        "The African Union sent observers to the vote. The court urged Kenya to recount "
        "the ballots.",
    )
    assert not any(s == "AU" for s, _, _, _ in local)


def test_the_embassy_is_the_state_whose_embassy_was_named_last(ex: Extractor) -> None:
    """'China's embassy in Ulaanbaatar said ... The embassy urged Mongolia': China asks."""
    got = found(
        ex,
        "Protesters gathered outside China's embassy in Ulaanbaatar on Monday. The embassy "
        "urged Mongolia to ensure the safety of Chinese citizens.",
    )
    assert ("CHN", "MNG", "REQUEST", "asserted") in got
    later = found(
        ex,
        "Protesters gathered outside China's embassy in Ulaanbaatar. Russia's embassy said "
        "it was watching. The embassy urged Mongolia to keep order.",
    )
    assert ("RUS", "MNG", "REQUEST", "asserted") in later


def test_an_official_of_the_ministry_speaks_for_the_ministry_named_last(ex: Extractor) -> None:
    """'Qatar's labour ministry said ... A ministry official urged Kathmandu': the ministry
    asks; 'A ministry spokesman, Colonel Majed Saleh, said': the named spokesman speaks."""
    got = found(
        ex,
        "Qatar's labour ministry said twelve Nepali workers had died. A ministry official "
        "urged Kathmandu to reconsider the ban.",
    )
    assert ("qat-labour-ministry", "NPL", "REQUEST", "asserted") in got
    named = found(
        ex,
        "Qatar's labour ministry said twelve Nepali workers had died. A ministry spokesman, "
        "Colonel Majed Saleh, urged Kathmandu to reconsider the ban.",
    )
    assert not any(s == "qat-labour-ministry" for s, _, ty, _ in named if ty == "REQUEST")


def test_an_offer_naming_another_state_in_its_own_clause_is_made_to_it(ex: Extractor) -> None:
    """'Voronin said Russia was ready to cover part of Mongolia's transit costs': the
    speaker offers Mongolia; 'offered to convene a commission of Mexican and Spanish
    historians': both; not readiness to fight, a place, or a readiness set as a term
    ("only when New Delhi is ready to")."""
    got = found(
        ex,
        "Russian Deputy Energy Minister Alexei Voronin said Russia was ready to cover part "
        "of Mongolia's transit costs to keep the project on schedule.",
    )
    assert ("alexei-voronin", "MNG", "AGREE", "asserted") in got
    both = found(
        ex,
        "The Ibero-American General Secretariat offered to convene a commission of Mexican "
        "and Spanish historians.",
    )
    assert {("MEX", "AGREE"), ("ESP", "AGREE")} <= {(t, ty) for _, t, ty, _ in both}
    for text in (
        "Armenia said it was ready to respond to any attack by Azerbaijan.",
        "Laos said it was ready to host technical consultations in Vientiane.",
        'She said relations would improve "only when New Delhi is ready to treat '
        'Bangladesh as an equal."',
    ):
        assert not any(ty == "AGREE" for _, _, ty, _ in found(ex, text)), text


def test_a_verdict_on_the_measures_judges_whoever_took_them_last(ex: Extractor) -> None:
    """'The United States sanctioned ... Serbia's Foreign Ministry said the measures
    amounted to "open interference in the internal affairs"': the ministry accuses the
    United States; "were illegal" and "constitute a breach" judge as a copula does."""
    before = "The United States sanctioned two Serbian officials on Monday. "
    for verdict in (
        'said the measures amounted to "open interference in the internal affairs" of Bosnia.',
        "said the measures were illegal.",
        "said the measures constitute a breach of international law.",
    ):
        got = found(ex, before + "Serbia's Foreign Ministry " + verdict)
        assert ("srb-foreign-ministry", "USA", "ACCUSE", "asserted") in got, verdict
    calm = found(ex, before + "Serbia's Foreign Ministry said the measures were expected.")
    assert not any(ty == "ACCUSE" for _, _, ty, _ in calm)


def test_stances_of_kinds_that_are_seldom_right_are_not_emitted(ex: Extractor) -> None:
    """Hypothetical SUPPORT, AGREE, COERCE, CONCEDE and MOBILIZE, and negated REQUEST,
    RETREAT, AGREE and COERCE were each right at most one time in five on the development
    sets: none is emitted; a hypothetical SANCTION (right four times in five) still is."""
    got = found(
        ex,
        "Mali and Burkina Faso pledged to defend Niger against any foreign intervention. "
        "Poland said it was not asking Russia for a favour. "
        "The EU said it could impose sanctions on Belarus.",
    )
    assert not any((ty, mo) == ("SUPPORT", "hypothetical") for _, _, ty, mo in got)
    assert not any((ty, mo) == ("REQUEST", "negated") for _, _, ty, mo in got)
    assert ("EU", "BLR", "SANCTION", "hypothetical") in got


def test_a_un_mission_is_its_own_actor_not_the_un(ex: Extractor) -> None:
    """'The U.N. Support Mission in Libya urged ...', 'The U.N. Assistance Mission for Iraq
    called on ...': the mission asks, not the United Nations as a whole."""
    got = found(ex, "The U.N. Support Mission in Libya urged the authorities in Tripoli to talk.")
    assert ("UNSMIL", "LBY", "REQUEST", "asserted") in got
    got = found(ex, "The U.N. Assistance Mission for Iraq called on Iran to end the strikes.")
    assert ("UNAMI", "IRN", "REQUEST", "asserted") in got


def test_a_body_owned_by_its_is_named_by_its_owner(ex: Extractor) -> None:
    """'Argentina ... Its Energy Secretariat said': Argentina's Energy Secretariat, not a body
    called "Its Energy Secretariat"."""
    res = ex.extract(
        "Argentina sent more gas to Chile last winter. Its Energy Secretariat said on Tuesday "
        "that it was ready to send more gas to Brazil."
    )
    names = {a.id: a.name for a in res.actors}
    assert names.get("arg-energy-secretariat") == "Argentina's Energy Secretariat"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a side's defence of itself is no charge against whoever rejects it
        (
            "Russia said its forces struck only military targets in Kharkiv, an account Kyiv "
            "rejects.",
            ("RUS", "UKR", "ACCUSE", "asserted"),
            ("UKR", "RUS", "REJECT", "asserted"),
        ),
        # a third side that rejects the charge is not the one charged
        (
            "Israel said Hamas used the hospital as a base, a claim Qatar rejected.",
            ("ISR", "QAT", "ACCUSE", "asserted"),
            ("QAT", "ISR", "REJECT", "asserted"),
        ),
        # the victim held is no doer: the rejecter is charged
        (
            "Argentina said Ortuzar was being held as a hostage, a charge Venezuela rejected.",
            None,
            ("ARG", "VEN", "ACCUSE", "asserted"),
        ),
        # an adverb between the rejecter and its verb
        (
            "Rwanda accused Burundi of arming the militias, a charge Washington also dismissed.",
            None,
            ("USA", "RWA", "REJECT", "asserted"),
        ),
        # the second verb of a relative clause opened by "that" is the clause's own
        (
            "Pakistan condemned the militia that attacked the Chinese consulate in Karachi and "
            "killed two Chinese engineers.",
            ("PAK", "CHN", "ASSAULT", "asserted"),
            None,
        ),
        # readiness to confront, to cut ties or to evacuate from a place is no offer
        (
            "The Philippines said it was ready to confront China over the reef.",
            ("PHL", "CHN", "AGREE", "asserted"),
            None,
        ),
        (
            "Germany said it was ready to end its reliance on Russia for gas.",
            ("DEU", "RUS", "AGREE", "asserted"),
            None,
        ),
        (
            "Britain said it was ready to evacuate its citizens from Sudan.",
            ("GBR", "SDN", "AGREE", "asserted"),
            None,
        ),
        # a dispute with a side taken to a court accuses that side, not a backer named before
        (
            "Greece said it was ready to take the dispute with Turkey to the International "
            "Court of Justice.",
            ("GRC", "TUR", "AGREE", "asserted"),
            ("GRC", "TUR", "ACCUSE", "hypothetical"),
        ),
        (
            "Somalia took its maritime dispute with Kenya to the International Court of Justice.",
            None,
            ("SOM", "KEN", "ACCUSE", "asserted"),
        ),
        (
            "Guyana welcomed Brazil's support and said it would take the border dispute to the "
            "International Court of Justice.",
            ("GUY", "BRA", "ACCUSE", "hypothetical"),
            None,
        ),
        # an issue taken to talks goes to no court
        (
            "After meeting Chinese officials, Japan said it would take the issue to the next "
            "round of talks.",
            ("JPN", "CHN", "ACCUSE", "hypothetical"),
            None,
        ),
        # "the council" may be a city's own: not the Security Council named before
        (
            "The UN Security Council met on Monday. In Kyiv, the city council voted to rename "
            "streets. The council accused Russia of war crimes.",
            ("UNSC", "RUS", "ACCUSE", "asserted"),
            None,
        ),
        # "its Kyiv embassy" is Britain's
        (
            "Britain reopened its Kyiv embassy. The embassy urged Russia to stop its strikes.",
            ("UKR", "RUS", "REQUEST", "asserted"),
            None,
        ),
    ],
)
def test_rules_after_the_twenty_fifth_days_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str] | None,
    present: tuple[str, str, str, str] | None,
) -> None:
    """Misfires an adversarial review found in the twenty-fifth day's rules (charges
    rejected, relative clauses opened by "that", offers, disputes taken to a court,
    referring mentions)."""
    got = found(ex, text)
    assert absent is None or absent not in got
    assert present is None or present in got


def test_a_quoted_verdict_after_a_copula_accuses_beside_a_demand(ex: Extractor) -> None:
    """'Commission spokesman Pieter Claessens said Moscow's language was "unacceptable" and
    urged Russia to refrain ...': he accuses Russia as well as asking it; the spokesman of
    the Commission named before serves no state (not Latvia, the story's country)."""
    res = ex.extract(
        "Latvia ordered Russian citizens to pass a language test. In Brussels, the European "
        "Commission said it stood behind Latvia. Commission spokesman Pieter Claessens said "
        'Moscow\'s language was "unacceptable" and urged Russia to refrain from any steps '
        "that would hurt Latvia's economy."
    )
    got = {(s.source, s.target, s.type.value, s.modality.value) for s in res.stances}
    assert ("pieter-claessens", "RUS", "ACCUSE", "asserted") in got
    assert ("pieter-claessens", "RUS", "REQUEST", "asserted") in got
    assert {a.id: a.country for a in res.actors}["pieter-claessens"] is None


def test_a_quoted_charge_beside_a_quoted_demand_is_both(ex: Extractor) -> None:
    """'"These activities seriously violate Vietnam's sovereign rights, and we demand that
    China immediately end them," she said': the spokeswoman accuses China and asks it."""
    got = found(
        ex,
        "Vietnam's foreign ministry spokeswoman Nguyen Thi Lan Huong spoke on Monday. "
        "\"These activities seriously violate Vietnam's sovereign rights and jurisdiction, "
        'and we demand that China immediately end them," she told a regular briefing.',
    )
    assert ("nguyen-thi-lan-huong", "CHN", "ACCUSE", "asserted") in got
    assert ("nguyen-thi-lan-huong", "CHN", "REQUEST", "asserted") in got


def test_a_demonym_inside_a_bodys_name_goes_on_into_its_last_words(ex: Extractor) -> None:
    """'the Democratic Party of Iranian Kurdistan, or KDPI', 'The National Union of Ivorian
    Road Hauliers': one body each, not one cut off at the demonym."""
    res = ex.extract(
        "The National Union of Ivorian Road Hauliers warned that it would halt all freight "
        "bound for Ghana."
    )
    assert "civ-national-union-of-ivorian-road-hauliers" in {a.id for a in res.actors}
    res = ex.extract(
        "The camps house members of the Democratic Party of Iranian Kurdistan, or KDPI. "
        "Iraq accused the KDPI of smuggling weapons."
    )
    assert any(a.name.endswith("Iranian Kurdistan") for a in res.actors)


def test_the_guards_are_the_force_whose_name_ended_so(ex: Extractor) -> None:
    """'Iran's Revolutionary Guards said ... The Guards accused Iraq': the IRGC accuses."""
    got = found(
        ex,
        "Iran's Revolutionary Guards said their forces had hit camps near Koya. The Guards "
        "accused Iraq of sheltering armed groups.",
    )
    assert ("IRGC", "IRQ", "ACCUSE", "asserted") in got


def test_a_states_government_before_an_aside_is_the_subject(ex: Extractor) -> None:
    """ "Benin's government, which relies on port duties, rejected the accusation": Benin
    rejects Nigeria's charge; so with an apposition between."""
    for aside in ("which relies heavily on port duties", "a close partner of France"):
        got = found(
            ex,
            "Nigeria accused Benin of letting smugglers use its port. "
            f"Benin's government, {aside}, rejected the accusation.",
        )
        assert ("BEN", "NGA", "REJECT", "asserted") in got, aside


def test_people_named_after_including_are_the_ones_detained(ex: Extractor) -> None:
    """'Estonian police detained six protesters, including Arkadi Voronin, a local activist':
    Estonia coerces Voronin; a person named after another clause is not taken."""
    got = found(
        ex, "Estonian police detained six protesters, including Arkadi Voronin, a local activist."
    )
    assert ("EST", "arkadi-voronin", "COERCE", "asserted") in got
    other = found(
        ex,
        "Estonian police detained six protesters. The group, including Arkadi Voronin, "
        "said it would march again.",
    )
    assert not any(t == "arkadi-voronin" and ty == "COERCE" for _, t, ty, _ in other)


def test_a_name_whose_apposition_is_a_group_is_a_group(ex: Extractor) -> None:
    """'two members of Liberty Wave, a Seoul-based group of North Korean defectors': Liberty
    Wave is a group (not a person), and South Korea coerces it."""
    res = ex.extract(
        "South Korean police detained two members of Liberty Wave, a Seoul-based group of "
        "North Korean defectors."
    )
    kinds = {a.id: a.kind.value for a in res.actors}
    assert kinds.get("liberty-wave") == "group"
    assert ("KOR", "liberty-wave", "COERCE") in {
        (s.source, s.target, s.type.value) for s in res.stances
    }


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a demand before the blame word: the side asked is not the one blamed
        (
            '"We urge Japan\'s government to stand firm against Chinese coercion," the '
            "Philippine president said.",
            ("PHL", "JPN", "ACCUSE", "asserted"),
            ("PHL", "JPN", "REQUEST", "asserted"),
        ),
        (
            "Egypt urged Sudan's army to accept a ceasefire, saying Sudan's suffering was "
            '"unacceptable."',
            ("EGY", "SDN", "ACCUSE", "asserted"),
            ("EGY", "SDN", "REQUEST", "asserted"),
        ),
        # a quoted verdict of several words, after a copula
        (
            'Japan said China\'s actions were "totally unacceptable."',
            None,
            ("JPN", "CHN", "ACCUSE", "asserted"),
        ),
        (
            'Seoul said Pyongyang\'s missile launch was "a clear violation" of U.N. resolutions.',
            None,
            ("KOR", "PRK", "ACCUSE", "asserted"),
        ),
        # a quoted verdict under a question is no charge
        (
            'Germany said it was too early to say whether Russia\'s election was "rigged."',
            ("DEU", "RUS", "ACCUSE", "asserted"),
            None,
        ),
        # "the mission" points back to the UN mission named before
        (
            "The U.N. Support Mission in Libya said it was concerned about the clashes. The "
            "mission urged Libya's rival factions to stop fighting.",
            None,
            ("UNSMIL", "LBY", "REQUEST", "asserted"),
        ),
        # a title inside a body's name ends it: the official acts
        (
            "The Confederation of Indian Industry President Sanjiv Puri urged Pakistan to "
            "reopen trade routes.",
            None,
            ("sanjiv-puri", "PAK", "REQUEST", "asserted"),
        ),
        # "Union Home Minister" is India's, whatever union was named before
        (
            "The European Union urged India to protect press freedom. Union Home Minister "
            "Rajesh Verma rejected the criticism.",
            None,
            ("rajesh-verma", "EU", "REJECT", "asserted"),
        ),
    ],
)
def test_rules_after_the_twenty_fifth_days_second_review(
    ex: Extractor,
    text: str,
    absent: tuple[str, str, str, str] | None,
    present: tuple[str, str, str, str] | None,
) -> None:
    """Misfires the day's second adversarial review found (verdicts beside demands, quoted
    verdicts, UN missions, titles inside names, titles naming a body)."""
    got = found(ex, text)
    assert absent is None or absent not in got
    assert present is None or present in got


def test_a_union_spokesman_of_a_state_keeps_his_country(ex: Extractor) -> None:
    """'Union Home Minister Rajesh Verma' is India's official, though the EU was named."""
    res = ex.extract(
        "The European Union urged India to protect press freedom. Union Home Minister "
        "Rajesh Verma rejected the criticism."
    )
    assert {a.id: a.country for a in res.actors}["rajesh-verma"] == "IND"


def test_a_demand_to_free_someone_finds_fault_with_the_holder(ex: Extractor) -> None:
    """'Algeria detained Bruno Lacombe ... France demanded his release': France asks and
    accuses Algeria, not the writer it wants freed."""
    got = found(
        ex,
        "Algeria detained Bruno Lacombe, a French writer, in May. France demanded his release.",
    )
    assert ("FRA", "DZA", "REQUEST", "asserted") in got
    assert ("FRA", "DZA", "ACCUSE", "asserted") in got
    assert ("FRA", "bruno-lacombe", "ACCUSE", "asserted") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Benin suspended oil loadings. Niger's government spokesman, Colonel Issa Bouzou, "
            'called the suspension "a hostile act dictated from Paris."',
            ("issa-bouzou", "FRA", "ACCUSE", "asserted"),
        ),
        (
            "The Indian army chief said Nepal's provocation came at the behest of China.",
            ("IND", "CHN", "ACCUSE", "asserted"),
        ),
        ("Serbia said the riots were instigated by Croatia.", ("SRB", "HRV", "ACCUSE", "asserted")),
    ],
)
def test_a_side_said_to_be_behind_a_deed_is_accused(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """'a hostile act dictated from Paris', 'at the behest of China', 'instigated by
    Croatia': the one who says so accuses the side behind the deed (not a purchase
    "ordered from Japan")."""
    assert expected in found(ex, text)
    bought = found(ex, "The minister said the frigate had been ordered from Japan last year.")
    assert not any(ty == "ACCUSE" for _, _, ty, _ in bought)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a benign deed done at another's behest, or one doubted, accuses no one
        (
            "Armenia said the talks were held at the behest of the United States.",
            ("ARM", "USA", "ACCUSE", "asserted"),
        ),
        (
            "Iraq said there was no evidence the attack was carried out at the behest of Iran.",
            ("IRQ", "IRN", "ACCUSE", "asserted"),
        ),
        # "the guards" in lower case are guards, not the Revolutionary Guards named before
        (
            "Iran's Revolutionary Guards fired missiles. Turkish border guards detained two "
            "Syrians. The guards said they were smugglers.",
            ("IRGC", "SYR", "COERCE", "asserted"),
        ),
        # a possessed person after "including" is not the one detained
        (
            "Iran arrested dozens of people, including Mousavi's daughter.",
            ("IRN", "mir-hossein-mousavi", "COERCE", "asserted"),
        ),
    ],
)
def test_rules_after_the_twenty_fifth_days_third_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Misfires the day's third adversarial review found (instigators, the Guards,
    "including")."""
    assert absent not in found(ex, text)


def test_an_activist_in_a_movement_is_a_person(ex: Extractor) -> None:
    """'Ana Petrova, an activist in the pro-democracy movement,': the apposition's head is
    "activist", so she is a person; a charge she makes is hers."""
    res = ex.extract(
        "Ana Petrova, an activist in the pro-democracy movement, said Belarus had jailed her "
        "brother."
    )
    assert {a.id: a.kind.value for a in res.actors}.get("ana-petrova") == "person"


def test_a_side_told_to_stop_doing_something_is_accused_of_doing_it(ex: Extractor) -> None:
    """'urged Ottawa to stop hyping the so-called China threat', 'said China must quit
    intimidating Taiwan': the demand says the side keeps doing it, so the asker accuses it as
    a fact; a go-between's call to several sides, or a call to stop fighting, blames none."""
    for text, blame in (
        (
            "Canada's foreign minister urged Beijing to stop hyping the so-called China threat.",
            ("CAN", "CHN"),
        ),
        ("Iran said the United States should stop interfering in the region.", ("IRN", "USA")),
        (
            "China asked Vietnam to stop taking actions that complicate the situation.",
            ("CHN", "VNM"),
        ),
        (
            "Taiwan's President Lai Ching-te said China must quit intimidating Taiwan.",
            ("lai-ching-te", "CHN"),
        ),
    ):
        got = found(ex, text)
        assert (*blame, "ACCUSE", "asserted") in got, text
        assert (*blame, "ACCUSE", "hypothetical") not in got, text
    for text in (
        "The UN urged Russia and Ukraine to stop shelling the plant.",
        "Egypt called on Sudan to stop fighting.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "ACCUSE"], text


def test_a_ministers_offer_to_help_both_sides_is_his(ex: Extractor) -> None:
    """'Minister X urged both governments to "lower the temperature" and said Italy was ready
    to help "in any way useful."': the minister who asks both sides offers them the help his
    state stands ready to give (a ministry speaking keeps the state it names)."""
    got = found(
        ex,
        "Algeria recalled its ambassador from France. In Rome, Italian Foreign Minister Paolo "
        'Ferrante urged both governments to "lower the temperature" and said Italy was ready to '
        'help "in any way useful."',
    )
    assert {
        ("paolo-ferrante", "DZA", "AGREE", "asserted"),
        ("paolo-ferrante", "FRA", "AGREE", "asserted"),
    } <= got
    got = found(
        ex,
        "Bahrain expelled two Iranian diplomats. Qatar's Foreign Ministry urged both countries to "
        "show restraint and said Doha was ready to host talks.",
    )
    assert {("QAT", "BHR", "AGREE", "asserted"), ("QAT", "IRN", "AGREE", "asserted")} <= got


def test_a_ministry_placed_by_its_capital_is_named_with_it(ex: Extractor) -> None:
    """'The Foreign Ministry in Tallinn summoned ...': the ministry is Estonia's, under the
    one id its other names share, and keeps the place in its name, so that a graph with two
    states' foreign ministries never shows two nodes called "Foreign Ministry"."""
    res = ex.extract("The Foreign Ministry in Tallinn summoned Russia's charge d'affaires.")
    ministry = next(a for a in res.actors if a.kind.value == "organization")
    assert (ministry.id, ministry.name, ministry.country) == (
        "est-foreign-ministry",
        "Foreign Ministry in Tallinn",
        "EST",
    )
    assert [(s.source, s.target, s.type.value) for s in res.stances] == [
        ("est-foreign-ministry", "RUS", "ACCUSE")
    ]


def test_a_body_named_in_lower_case_keeps_the_storys_words(ex: Extractor) -> None:
    """'the Libyan coast guard', 'the foreign ministry in Bishkek': the body keeps the name
    the story gives it (not a made-up "Libya Coast Guard"), under the id its other names
    share."""
    res = ex.extract("The Libyan coast guard fired on a German rescue ship.")
    guard = next(a for a in res.actors if a.kind.value == "organization")
    assert (guard.id, guard.name, guard.country) == ("lby-coast-guard", "Libyan coast guard", "LBY")
    res = ex.extract("The foreign ministry in Bishkek summoned Uzbekistan's ambassador.")
    ministry = next(a for a in res.actors if a.kind.value == "organization")
    assert (ministry.id, ministry.name) == ("kgz-foreign-ministry", "foreign ministry in Bishkek")


def test_a_wrong_named_as_another_sides_own_accuses_it(ex: Extractor) -> None:
    """'said the allies would stand together against Russia's aggression', 'if nuclear
    threats by China and North Korea escalate', 'growing Chinese coercion': a speaker who
    names a wrong as another side's own accuses that side; not a wrong of the speaker's own
    side, an event named with "the" ("the Russian invasion"), nor a think-tank analyst's
    reading."""
    for text, blamed in (
        (
            "U.S. President Joe Biden said the allies would stand together against Russia's "
            "aggression.",
            {("joe-biden", "RUS")},
        ),
        (
            "Japan's Prime Minister Shigeru Ishiba said that if nuclear threats by China and "
            "North Korea escalate, deterrence will no longer function.",
            {("shigeru-ishiba", "CHN"), ("shigeru-ishiba", "PRK")},
        ),
        (
            "Japan's defence minister said the region faced growing Chinese coercion.",
            {("JPN", "CHN")},
        ),
    ):
        got = {(s[0], s[1]) for s in found(ex, text) if s[2:] == ("ACCUSE", "asserted")}
        assert blamed <= got, text
    for text in (
        "Poland's president said Warsaw had stood by Kyiv since the first day of the Russian "
        "invasion.",
        "Russia's foreign minister said the West ignored Russia's security concerns and "
        "Russia's interference was a myth.",
        "Richard Weitz, director of the Hudson Institute's Center for Political-Military "
        "Analysis, said India and Japan are both concerned about Chinese aggression.",
    ):
        assert not [s for s in found(ex, text) if s[2] == "ACCUSE"], text


def test_an_aim_an_act_achieves_in_the_doing_is_a_fact(ex: Extractor) -> None:
    """'Spain sent four firefighting planes to help Portugal', 'summoned Nicaragua's
    ambassador to protest what it called interference': the help and the protest are given
    by the act itself; an act only planned keeps its aim hypothetical."""
    assert ("ESP", "PRT", "AID", "asserted") in found(
        ex, "Spain sent four firefighting planes to help Portugal battle wildfires."
    )
    assert ("HND", "NIC", "ACCUSE", "asserted") in found(
        ex,
        "Honduras summoned Nicaragua's ambassador to protest what it called interference in "
        "its affairs.",
    )
    assert ("ESP", "PRT", "AID", "hypothetical") in found(
        ex, "Spain plans to send planes to help Portugal."
    )


def test_a_verb_after_and_is_not_a_subject_noun_before_a_modal(ex: Extractor) -> None:
    """'summoned Bolivia's ambassador to express its concern and asked La Paz to suspend the
    evictions until the two governments could agree': "asked" opens a conjunct, it is no
    act named as the subject of "could", so the request is made; a summons to demand
    something makes the demand."""
    got = found(
        ex,
        "Brazil's Foreign Ministry summoned Bolivia's ambassador on Monday to express its "
        '"deep concern" and asked La Paz to suspend the evictions until the two governments '
        "could agree on a solution.",
    )
    assert ("bra-foreign-ministry", "BOL", "REQUEST", "asserted") in got
    got = found(
        ex,
        "Nigeria's Foreign Ministry summoned Cameroon's high commissioner to demand that "
        "Yaounde arrest the commanders.",
    )
    assert ("nga-foreign-ministry", "CMR", "REQUEST", "asserted") in got


def test_talks_refused_or_suspended_are_no_talks_held(ex: Extractor) -> None:
    """'refused to attend talks with Somalia' rejects Somalia (talks are held with the other
    side, after "with"); 'suspended negotiations with Brazil', 'was suspending high-level
    political contacts with The Hague' reduce relations (a sanction), not talks held."""
    assert found(ex, "Kenya refused to attend talks with Somalia.") == {
        ("KEN", "SOM", "REJECT", "asserted")
    }
    assert found(ex, "Paraguay suspended negotiations with Brazil over the dam.") == {
        ("PRY", "BRA", "SANCTION", "asserted")
    }
    got = found(ex, "Turkey was suspending high-level political contacts with The Hague.")
    assert got == {("TUR", "NLD", "SANCTION", "asserted")}
    assert found(ex, "Kenya held talks with Somalia.") == {("KEN", "SOM", "CONSULT", "asserted")}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a wrong the speaker denies, doubts, supposes or only names in a compound
        (
            "The United States rejected claims of Israeli aggression in Lebanon.",
            ("USA", "ISR", "ACCUSE", "asserted"),
        ),
        (
            "Hungary said Kyiv exaggerated the threat of Russian aggression.",
            ("HUN", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "The United States said it saw no sign of Russian aggression toward Finland.",
            ("USA", "RUS", "ACCUSE", "asserted"),
        ),
        (
            "Washington said any Chinese invasion of Taiwan would be met with force.",
            ("USA", "CHN", "ACCUSE", "asserted"),
        ),
        (
            "Australia said Japan's threat assessment matched its own.",
            ("AUS", "JPN", "ACCUSE", "asserted"),
        ),
        (
            "Azerbaijan said it welcomed Armenia's crackdown on separatist groups.",
            ("AZE", "ARM", "ACCUSE", "asserted"),
        ),
        # a stop asked of a third side, not asked, helped, or of a harmless practice
        (
            "China urged Washington to tell Taipei to stop hyping the mainland threat.",
            ("CHN", "USA", "ACCUSE", "asserted"),
        ),
        (
            "The Palestinian Authority urged Washington not to stop funding UNRWA.",
            ("PSE", "USA", "ACCUSE", "asserted"),
        ),
        (
            "Ecuador asked Colombia to help it stop smuggling across the border.",
            ("ECU", "COL", "ACCUSE", "asserted"),
        ),
        ("The IMF urged Egypt to stop subsidizing fuel.", ("IMF", "EGY", "ACCUSE", "asserted")),
        (
            "The Arab League urged Sudan's army to stop shelling Khartoum and urged the RSF to "
            "stop shelling Omdurman.",
            ("LAS", "RSF", "ACCUSE", "asserted"),
        ),
        # an act denied, withheld or stopped achieves no aim
        ("Germany provided no tanks to help Ukraine.", ("DEU", "UKR", "AID", "asserted")),
        (
            "India gave no reason for refusing to help Sri Lanka.",
            ("IND", "LKA", "AID", "asserted"),
        ),
        (
            "The United States stopped sending weapons to help Ukraine last month.",
            ("USA", "UKR", "AID", "asserted"),
        ),
        # a go-between's help is not offered by one of the sides, nor help quoted for one
        (
            "Pakistani Foreign Minister Ishaq Dar urged India and Pakistan to resume dialogue and "
            "said Pakistan was ready to help.",
            ("ishaq-dar", "IND", "AGREE", "asserted"),
        ),
        (
            "Russia attacked Ukraine. Italian Foreign Minister Antonio Tajani urged Russia and "
            'Ukraine to talk and said Italy was ready to help "Kyiv defend itself".',
            ("antonio-tajani", "RUS", "AGREE", "asserted"),
        ),
        # the Holy See's outlets are its outlets; a charged person accuses no one
        (
            "Vatican News reported that Israeli strikes killed a priest in Gaza.",
            ("VAT", "ISR", "ACCUSE", "asserted"),
        ),
        (
            "Italian police arrested a Polish employee accused of spying for Russia.",
            ("POL", "RUS", "ACCUSE", "asserted"),
        ),
        # an -ing subject after "and" keeps its modal
        (
            "Russia said Ukraine had lost ground and supplying Kyiv with jets would change "
            "nothing.",
            ("RUS", "UKR", "AID", "asserted"),
        ),
    ],
)
def test_rules_after_the_twenty_sixth_days_review(
    ex: Extractor, text: str, absent: tuple[str, str, str, str]
) -> None:
    """Misfires the day's adversarial review found (wrongs named, stops asked, aims done,
    go-betweens' help, the Holy See, charged persons, conjuncts)."""
    assert absent not in found(ex, text)


def test_the_pope_is_the_holy_sees(ex: Extractor) -> None:
    """'Pope Francis urged Russia and Ukraine to negotiate': the pope speaks for the Holy See
    (a one-word name after "Pope" is looked up among office-holders)."""
    res = ex.extract("Pope Francis urged Russia and Ukraine to negotiate.")
    pope = next(a for a in res.actors if a.kind.value == "person")
    assert pope.country == "VAT"


def test_ramming_a_vessel_is_an_assault(ex: Extractor) -> None:
    """'China's coast guard rammed a Philippine boat': ramming is force used on the boat's
    state (denied, it is negated)."""
    assert found(ex, "China's coast guard rammed a Philippine boat.") == {
        ("chn-coast-guard", "PHL", "ASSAULT", "asserted")
    }
    assert ("CHN", "PHL", "ASSAULT", "negated") in found(
        ex, "China denied that its coast guard had rammed the Philippine supply boat."
    )


def test_a_ministry_keeps_its_owner_in_a_long_name(ex: Extractor) -> None:
    """'China's Ministry of Ecology and Environment rejected her findings': a ministry's
    formal name keeps whose it is (a long agency name drops its owner)."""
    res = ex.extract(
        "South Korea's environment minister, Han Seo-yeon, blamed Chinese factories for the "
        "fine dust. China's Ministry of Ecology and Environment rejected her findings."
    )
    ministry = next(a for a in res.actors if a.kind.value == "organization")
    assert ministry.name == "China's Ministry of Ecology and Environment"
    assert ministry.country == "CHN"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a wrong told as another side's own, whatever word follows it or comes before
        (
            "Estonia said Russia's threat remains the biggest for the Baltic states.",
            ("EST", "RUS", "ACCUSE", "asserted"),
            None,
        ),
        (
            "France held talks with Russia on Monday and said Russia's aggression against "
            "Ukraine must end.",
            ("FRA", "RUS", "ACCUSE", "asserted"),
            None,
        ),
        (
            "Germany said it would never accept Russia's aggression against Ukraine.",
            ("DEU", "RUS", "ACCUSE", "asserted"),
            None,
        ),
        ("Japan said it faced new Chinese coercion.", ("JPN", "CHN", "ACCUSE", "asserted"), None),
        (
            "The United States urged China to stop supporting Russia's war against Ukraine.",
            ("USA", "CHN", "ACCUSE", "asserted"),
            None,
        ),
        (
            "The United States sent no fewer than 30 planes to help Israel.",
            ("USA", "ISR", "AID", "asserted"),
            None,
        ),
        # a product named after its maker is no actor
        (
            "Iran shot down a Ukrainian Boeing 737 shortly after takeoff from Tehran.",
            ("IRN", "UKR", "ASSAULT", "asserted"),
            ("IRN", "boeing", "ASSAULT", "asserted"),
        ),
        (
            "Brazil rejected Russia's Sputnik V vaccine.",
            ("BRA", "RUS", "REJECT", "asserted"),
            ("BRA", "SPUTNIK", "REJECT", "asserted"),
        ),
        # talks a round of which ended are not suspended; only refused talks take "with"
        (
            "Oman said the United States ended its talks with Iran on a positive note and would "
            "meet again next week.",
            None,
            ("USA", "IRN", "SANCTION", "reported"),
        ),
        # the organ before a charge participle is the accuser
        (
            "Iran executed a man authorities accused of spying for Israel.",
            ("IRN", "ISR", "ACCUSE", "asserted"),
            None,
        ),
        # to ram a resolution through the council is no force
        (
            "The United States tried to ram a resolution against Russia through the Security "
            "Council.",
            None,
            ("USA", "RUS", "ASSAULT", "hypothetical"),
        ),
    ],
)
def test_rules_after_the_twenty_sixth_days_second_review(
    ex: Extractor,
    text: str,
    present: tuple[str, str, str, str] | None,
    absent: tuple[str, str, str, str] | None,
) -> None:
    """Misfires and losses the day's second adversarial review found."""
    got = found(ex, text)
    assert present is None or present in got
    assert absent is None or absent not in got


def test_an_outlet_of_no_state_and_a_pope_named_by_one_name(ex: Extractor) -> None:
    """Al Jazeera's reports are not Qatar's word; 'Pope Leo' is the Holy See's."""
    res = ex.extract("Al Jazeera reported that Israeli forces killed 20 people in Gaza.")
    assert {a.id: a.country for a in res.actors}.get("aljazeera") is None
    res = ex.extract("Pope Leo met Ukraine's president at Castel Gandolfo.")
    assert next(a for a in res.actors if a.kind.value == "person").country == "VAT"


def test_a_town_struck_by_an_attack_noun_is_its_country(ex: Extractor) -> None:
    """'Russia's strikes on Kharkiv', 'criticized Israel's strikes on Gaza': the town after an
    attack noun's "on" is the place struck, so the attack is on its country (not on the critic
    of the strikes)."""
    assert found(ex, "Russia's strikes on Kharkiv killed 20 people.") == {
        ("RUS", "UKR", "ASSAULT", "asserted")
    }
    got = found(ex, "Egypt criticized Israel's strikes on Gaza.")
    assert ("ISR", "PSE", "ASSAULT", "reported") in got
    assert ("ISR", "EGY", "ASSAULT", "reported") not in got
