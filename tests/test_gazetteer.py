"""The bundled actor gazetteer: data/actors/countries.csv and organizations.csv as loaded."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from graphkb._exceptions import AmbiguousActorError, UnknownActorError
from graphkb.actors import Gazetteer, index_key
from graphkb.model import ActorKind

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The bundled gazetteer, loaded once for the module."""
    return Gazetteer.bundled()


def _countries(gaz: Gazetteer) -> list[str]:
    return [a.id for a in gaz if a.kind is ActorKind.COUNTRY]


def test_exactly_212_countries(gaz: Gazetteer) -> None:
    """193 UN members plus the Holy See, Palestine, Taiwan and Kosovo and 15 territories, each
    once."""
    ids = _countries(gaz)
    assert len(ids) == 212
    assert {"VAT", "PSE", "TWN", "XKX", "GRL", "HKG", "FLK"} <= set(ids)


def test_country_ids_are_three_upper_case_letters(gaz: Gazetteer) -> None:
    """Every country id is an ISO 3166-1 alpha-3 shape and its own country."""
    for actor_id in _countries(gaz):
        assert re.fullmatch(r"[A-Z]{3}", actor_id), actor_id
        assert gaz.actors[actor_id].country == actor_id


@pytest.mark.parametrize(
    "name", ["US", "U.S.", "USA", "United States", "Washington", "the White House", "America"]
)
def test_united_states_surface_forms(gaz: Gazetteer, name: str) -> None:
    """Acronyms, the name, the capital and the seat of government all mean the USA."""
    assert gaz.resolve(name).id == "USA"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Islamabad", "PAK"),
        ("New Delhi", "IND"),
        ("Tel Aviv", "ISR"),
        ("the Kremlin", "RUS"),
        ("Pakistani", "PAK"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Beijing", "CHN"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Ivory Coast", "CIV"),
        ("C\u00f4te d\u2019Ivoire", "CIV"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("DRC", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("DPRK", "PRK"),
        ("UAE", "ARE"),
        ("Ramallah", "PSE"),
        ("Pristina", "XKX"),
    ],
)
def test_metonyms_demonyms_and_aliases_resolve(gaz: Gazetteer, name: str, expected: str) -> None:
    """Capitals, seats of government, demonyms and common aliases name their country."""
    assert gaz.resolve(name).id == expected


def test_nato_is_an_international_organisation(gaz: Gazetteer) -> None:
    """NATO resolves to itself and belongs to no country."""
    nato = gaz.resolve("NATO")
    assert (nato.id, nato.country, nato.kind) == ("NATO", None, ActorKind.ORGANIZATION)


@pytest.mark.parametrize("name", ["Congo", "Korea", "Congolese"])
def test_shared_names_are_ambiguous(gaz: Gazetteer, name: str) -> None:
    """A name two countries share raises AmbiguousActorError naming both."""
    with pytest.raises(AmbiguousActorError) as info:
        gaz.resolve(name)
    assert len(info.value.candidates) == 2


def test_misspelt_name_suggests_the_country(gaz: Gazetteer) -> None:
    """'Pakstan' is unknown, and Pakistan is among the suggestions."""
    with pytest.raises(UnknownActorError) as info:
        gaz.resolve("Pakstan")
    assert "PAK" in [actor_id for actor_id, _ in info.value.suggestions]


def test_no_surface_form_names_two_countries_unless_marked_ambiguous(gaz: Gazetteer) -> None:
    """A normalised surface form shared by countries is listed as ambiguous by each of them."""
    countries = set(_countries(gaz))
    owners: dict[str, set[str]] = defaultdict(set)
    for key, actor_id, _how in gaz.surfaces():
        if actor_id in countries:
            owners[key].add(actor_id)
    marked = {
        actor_id: {index_key(form) for form in gaz.ambiguous[actor_id]} for actor_id in countries
    }
    clashes = {
        key: sorted(ids)
        for key, ids in owners.items()
        if len(ids) > 1 and not all(key in marked[i] for i in ids)
    }
    assert clashes == {}


def test_ambiguous_forms_are_surface_forms_of_their_country(gaz: Gazetteer) -> None:
    """The ambiguous column annotates existing surface forms; it never adds new ones."""
    index: dict[str, set[str]] = defaultdict(set)
    for key, actor_id, _how in gaz.surfaces():
        index[key].add(actor_id)
    for actor_id in _countries(gaz):
        for form in gaz.ambiguous[actor_id]:
            assert actor_id in index[index_key(form)], (actor_id, form)


def test_every_country_has_a_capital_and_a_demonym(gaz: Gazetteer) -> None:
    """Each country has at least one metonym (its capital) and one demonym."""
    for actor_id in _countries(gaz):
        assert gaz.metonyms[actor_id], actor_id
        assert gaz.demonyms[actor_id], actor_id


def test_every_qid_is_well_formed(gaz: Gazetteer) -> None:
    """Every QID present is Q followed by a number without leading zeros."""
    for actor in gaz:
        if actor.qid is not None:
            assert re.fullmatch(r"Q[1-9][0-9]*", actor.qid), actor.id


def test_qids_are_unique(gaz: Gazetteer) -> None:
    """No two bundled actors share a Wikidata item."""
    qids = [actor.qid for actor in gaz if actor.qid]
    assert len(qids) == len(set(qids))


@pytest.mark.parametrize(
    ("actor_id", "qid"),
    [
        ("USA", "Q30"),
        ("PAK", "Q843"),
        ("IND", "Q668"),
        ("CHN", "Q148"),
        ("RUS", "Q159"),
        ("ISR", "Q801"),
        ("PSE", "Q219060"),
        ("TWN", "Q865"),
        ("XKX", "Q1246"),
        ("NATO", "Q7184"),
        ("UN", "Q1065"),
        ("EU", "Q458"),
    ],
)
def test_qid_spot_check(gaz: Gazetteer, actor_id: str, qid: str) -> None:
    """Well-known actors carry their Wikidata QIDs."""
    assert gaz.actors[actor_id].qid == qid


def test_every_country_has_a_qid(gaz: Gazetteer) -> None:
    """All 212 countries are linked to Wikidata."""
    assert [i for i in _countries(gaz) if not gaz.actors[i].qid] == []


def test_organisations_and_armed_groups(gaz: Gazetteer) -> None:
    """At least 40 organisations; armed groups and breakaway regions are kind 'group';
    international organisations have no country, state media and state companies have theirs."""
    others = [a for a in gaz if a.kind is not ActorKind.COUNTRY]
    assert len(others) >= 40
    groups = {a.id for a in others if a.kind is ActorKind.GROUP}
    assert {"HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN", "ISIS", "ALQAEDA", "WAGNER"} <= groups
    assert {"TRANSNISTRIA", "PUNTLAND", "ABKHAZIA"} <= groups
    igos = ("UN", "UNSC", "NATO", "EU", "AU", "ECOWAS", "IAEA", "WTO", "IMF", "ICJ")
    assert all(gaz.actors[i].country is None for i in igos)
    assert [gaz.actors[i].country for i in ("XINHUA", "KCNA", "TASS")] == ["CHN", "PRK", "RUS"]
    assert (gaz.actors["GAZPROM"].kind, gaz.actors["GAZPROM"].country) == (ActorKind.COMPANY, "RUS")
    assert all(a.description for a in others)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("European Union", "EU"),
        ("UN Security Council", "UNSC"),
        ("Ansar Allah", "HOUTHIS"),
        ("Daesh", "ISIS"),
        ("International Atomic Energy Agency", "IAEA"),
    ],
)
def test_organisation_aliases_resolve(gaz: Gazetteer, name: str, expected: str) -> None:
    """Organisations resolve by their full names and common aliases."""
    assert gaz.resolve(name).id == expected


def test_countries_csv_is_what_the_build_script_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """countries.csv is byte-identical to a fresh build from tools/gazetteer_manual.csv."""
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "tools" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    built = module.build()
    assert built == (ROOT / "data" / "actors" / "countries.csv").read_text(encoding="utf-8")


def test_malformed_gazetteer_csv_names_file_and_row(tmp_path: Path) -> None:
    """A gazetteer CSV with a missing column or a bad code is refused naming file and row."""
    from graphkb._exceptions import ParseError
    from graphkb.actors import _load_countries

    missing = tmp_path / "countries.csv"
    missing.write_text("id,name\nFRA,France\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"countries.csv: missing columns \['iso2'"):
        _load_countries(Gazetteer(), missing)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,iso2,name,official_name,qid,aliases,metonyms,demonyms,ambiguous\n"
        "FRA,FR,France,,Q142,,Paris,French,\n"
        "fr@nce,FR,France,,Q142,,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ParseError, match=r"bad.csv:3: bad actor id 'fr@nce'"):
        _load_countries(Gazetteer(), bad)


def test_the_core_gazetteer_resolves_as_the_full_one() -> None:
    """Queries try countries and organisations first (the core), so every name the core
    resolves must mean the same actor in the full gazetteer, armed groups included."""
    from graphkb._exceptions import GraphkbError
    from graphkb.actors import bundled_gazetteer, core_gazetteer

    core, full = core_gazetteer(), bundled_gazetteer()
    assert len(full.actors) > len(core.actors) + 500
    checked = 0
    for actor in core:
        for name in (actor.id, actor.name, *actor.aliases):
            try:
                expected = core.resolve(name).id
            except GraphkbError:
                continue
            assert full.resolve(name).id == expected, name
            checked += 1
    assert checked > 400


def test_the_holy_see_is_a_state(gaz: Gazetteer) -> None:
    """The Holy See, a UN observer state that mediates in its own name, is a country under
    its ISO code, named also as "the Vatican"."""
    for name in ("Vatican", "Holy See", "Vatican City"):
        found = gaz.resolve(name)
        assert (found.id, found.kind.value) == ("VAT", "country"), name


def test_real_actors_wire_stories_name_often(gaz: Gazetteer) -> None:
    """Armed groups and companies that real news names often are actors with the country
    they fight in or come from; names that are also common words stay out."""
    for name, want in (
        ("Sinaloa Cartel", ("sinaloa-cartel", "group", "MEX")),
        ("TNLA", ("TNLA", "group", "MMR")),
        ("Exxon", ("exxonmobil", "company", "USA")),
        ("Sputnik", ("SPUTNIK", "organization", "RUS")),
        ("RED-Tabara", ("red-tabara", "group", None)),
    ):
        found = gaz.resolve(name)
        assert (found.id, found.kind.value, found.country) == want, name
    for word in ("Total", "Shell", "CPC"):
        with pytest.raises(UnknownActorError):
            gaz.resolve(word)
