"""data/actors/armed_groups.csv, international.csv and officials.csv: the bundled gazetteer
loads the armed groups and the international organisations from the committed files, and
tools/build_petrarch_actors.py rebuilds all three byte-identically from the PETRARCH2
dictionaries (skipped when ../shared/third_party is absent)."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from graphkb.actors import Gazetteer, normalize_name
from graphkb.model import ActorKind

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "build_petrarch_actors.py"
ACTORS = ROOT / "data" / "actors"
PETRARCH = ROOT.parent / "shared" / "third_party" / "petrarch2"

needs_petrarch = pytest.mark.skipif(
    not (PETRARCH / "Phoenix.MilNonState.actors.txt").is_file(),
    reason=f"the PETRARCH2 dictionaries are not at {PETRARCH} (../shared/third_party is absent)",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The bundled gazetteer, loaded once for the module."""
    return Gazetteer.bundled()


def _rows(name: str) -> list[dict[str, str]]:
    with (ACTORS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_petrarch_actors", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("al-Shabab", "al-shabab", "SOM"),
        ("Al Shabaab", "al-shabab", "SOM"),
        ("Boko Haram", "boko-haram", "NGA"),
        ("Baloch Liberation Army", "baloch-liberation-army", "PAK"),
    ],
)
def test_armed_groups_resolve_with_their_country(
    gaz: Gazetteer, name: str, expected: str, country: str
) -> None:
    """A PETRARCH2 armed group resolves by name or spelling variant, as a group of its state."""
    actor = gaz.resolve(name)
    assert (actor.id, actor.kind, actor.country) == (expected, ActorKind.GROUP, country)


def test_hand_written_groups_stay_as_they_are(gaz: Gazetteer) -> None:
    """Groups organizations.csv has (Hamas, Hezbollah, the Taliban ...) are not duplicated."""
    for name, actor_id in [("Hamas", "HAMAS"), ("Hizballah", "HEZBOLLAH"), ("Taliban", "TALIBAN")]:
        assert gaz.resolve(name).id == actor_id
    organizations = {normalize_name(r["name"]) for r in _rows("organizations.csv")}
    assert organizations.isdisjoint(normalize_name(r["name"]) for r in _rows("armed_groups.csv"))


def test_armed_groups_file_is_well_formed(gaz: Gazetteer) -> None:
    """Same columns as organizations.csv; unique slug ids; kind group; countries are countries;
    no alias is a country's name, capital or demonym."""
    rows = _rows("armed_groups.csv")
    assert list(rows[0]) == list(_rows("organizations.csv")[0])
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and len(ids) > 500
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)
    assert {r["kind"] for r in rows} == {"group"}
    countries = {a.id for a in gaz if a.kind is ActorKind.COUNTRY}
    assert all(r["country"] in countries for r in rows if r["country"])
    country_forms = {
        key
        for key, actor_id, _ in gaz.surfaces()
        if actor_id in countries and not key.startswith("=")
    }
    aliases = {normalize_name(a) for r in rows for a in r["aliases"].split("|") if a}
    assert aliases.isdisjoint(country_forms)


def test_officials_file_is_well_formed() -> None:
    """Officials: slug ids, an ISO3 country, a role, ISO dates, every period reaching 2010."""
    rows = _rows("officials.csv")
    assert list(rows[0]) == ["id", "name", "country", "role", "start", "end", "aliases"]
    assert len(rows) > 1000
    for row in rows:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", row["id"]), row
        assert re.fullmatch(r"[A-Z]{3}", row["country"]) and row["role"], row
        for column in ("start", "end"):
            assert re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", row[column]), row
        assert not row["end"] or row["end"] >= "2010-01-01", row
    putin = [r for r in rows if r["id"] == "vladimir-putin"]
    assert ("RUS", "government", "2008-05-08", "") in {
        (r["country"], r["role"], r["start"], r["end"]) for r in putin
    }


@needs_petrarch
def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    """Two runs of the tool give the committed files, byte for byte; --check agrees."""
    tool = _tool()
    first, second = tmp_path / "a", tmp_path / "b"
    assert tool.main(["--out-dir", str(first)]) == 0
    assert tool.main(["--out-dir", str(second)]) == 0
    for name in ("armed_groups.csv", "international.csv", "officials.csv"):
        built = (first / name).read_bytes()
        assert built == (second / name).read_bytes()
        assert built == (ACTORS / name).read_bytes(), "rerun tools/build_petrarch_actors.py"
    assert tool.main(["--check"]) == 0


@needs_petrarch
def test_check_reports_a_stale_file(tmp_path: Path) -> None:
    """--check exits 1 when a file differs from a rebuild."""
    tool = _tool()
    (tmp_path / "armed_groups.csv").write_text("id\n", encoding="utf-8")
    assert tool.main(["--check", "--out-dir", str(tmp_path)]) == 1


@needs_petrarch
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AL-SHABAB", "al-Shabab"),
        ("BALOCH_LIBERATION_ARMY_", "Baloch Liberation Army"),
        ("JAISH-E-MOHAMMAD_", "Jaish-e-Mohammad"),
        ("23RD_OF_SEPTEMBER_COMMUNIST_LEAGUE_", "23rd of September Communist League"),
        ("PKK", "PKK"),
    ],
)
def test_readable_surface_forms(raw: str, expected: str) -> None:
    """Dictionary names become the forms news writes."""
    assert _tool().readable(raw) == expected


# -- international organisations (international.csv) -------------------------------------


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Human Rights Watch", "HRW", None),
        ("Amnesty International", "AMNESTY", None),
        ("Doctors Without Borders", "MSF", None),
        ("Medecins Sans Frontieres", "MSF", None),
        ("Reporters Without Borders", "reporters-without-borders", None),
        ("UNESCO", "united-nations-educational-scientific-and-cultural-organization", None),
        ("American Civil Liberties Union", "american-civil-liberties-union", "USA"),
        ("ACLU", "american-civil-liberties-union", "USA"),
        ("Norwegian Refugee Council", "norwegian-refugee-council", "NOR"),
        ("Transparency International", "transparency-international", None),
    ],
)
def test_international_organisations_resolve(
    gaz: Gazetteer, name: str, expected: str, country: str | None
) -> None:
    """IGOs and NGOs resolve as organisations; an NGO code's country (NGOUSAHRI) is kept, an
    entry coded as a known group (NGOHRIAMN) takes the id known_groups.csv gives it."""
    actor = gaz.resolve(name)
    assert (actor.id, actor.kind, actor.country) == (expected, ActorKind.ORGANIZATION, country)


def test_hand_written_rows_win(gaz: Gazetteer) -> None:
    """A body organizations.csv has (UNDP, OHCHR, the IRGC) is not generated again: its names
    resolve to the hand-written row, and international.csv shares no form with the hand-written
    or armed-group tables, nor an id."""
    assert gaz.resolve("UNDP").id == "UNDP"
    assert gaz.resolve("OHCHR").id == "OHCHR"
    irgc = gaz.resolve("Islamic Revolutionary Guard Corps")
    assert (irgc.id, irgc.kind, irgc.country) == ("IRGC", ActorKind.ORGANIZATION, "IRN")

    def forms(name: str) -> set[str]:
        return {
            normalize_name(form)
            for row in _rows(name)
            for form in (row["id"], row["name"], *row["aliases"].split("|"))
            if form
        }

    generated = forms("international.csv")
    assert generated.isdisjoint(forms("organizations.csv"))
    assert generated.isdisjoint(forms("armed_groups.csv"))


def test_international_file_is_well_formed(gaz: Gazetteer) -> None:
    """Same columns as organizations.csv; unique ids; organisations only (companies are left
    out by default); countries are countries; no form is a country's name or demonym."""
    rows = _rows("international.csv")
    assert list(rows[0]) == list(_rows("organizations.csv")[0])
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and len(ids) > 800
    assert {r["kind"] for r in rows} == {"organization"}
    countries = {a.id for a in gaz if a.kind is ActorKind.COUNTRY}
    assert all(r["country"] in countries for r in rows if r["country"])
    assert not any(r["country"] for r in rows if "code IGO" in r["description"])
    country_forms = {
        key
        for key, actor_id, _ in gaz.surfaces()
        if actor_id in countries and not key.startswith("=")
    }
    names = {normalize_name(f) for r in rows for f in (r["name"], *r["aliases"].split("|")) if f}
    assert names.isdisjoint(country_forms)


@pytest.mark.parametrize(
    "name",
    [
        "Tantiwittayapitak",  # a researcher coded under Amnesty International's code
        "Phelim Kyne",  # staff of Human Rights Watch
        "R.K. Pachauri",  # a person with initials, coded as an IGO
        "MNCs",  # the code family's own name
        "Boeing",  # companies are left out of the committed table
        "Alpha Kappa Alpha",  # the 2010 directory import is left out
        "Washington Based Freedom House",  # a description, not a name
        "Kofi Annan",  # an office-holder (only dated codes)
    ],
)
def test_unsafe_international_forms_are_not_loaded(gaz: Gazetteer, name: str) -> None:
    """People, the families' names and companies are not actors of international.csv."""
    assert all(a.kind is not ActorKind.ORGANIZATION for a in gaz.candidates(name))


def test_an_ngo_in_a_sentence_is_an_organisation() -> None:
    """Human Rights Watch is found as the organisation, not a person named Watch; the IRGC,
    hand-written, is found with its country."""
    from graphkb.extract import Extractor

    extractor = Extractor(Gazetteer.bundled())
    result = extractor.extract("Human Rights Watch accused Egypt of torturing detainees.")
    actors = {a.id: a for a in result.actors}
    assert ("HRW", "EGY", "ACCUSE") in {(s.source, s.target, s.type.value) for s in result.stances}
    assert actors["HRW"].kind is ActorKind.ORGANIZATION
    assert all(a.kind is not ActorKind.PERSON for a in result.actors)
    result = extractor.extract("The Revolutionary Guards threatened Israel with retaliation.")
    assert ("IRGC", "ISR") in {(s.source, s.target) for s in result.stances}
    assert {a.id: a.country for a in result.actors}["IRGC"] == "IRN"


@pytest.mark.parametrize(
    ("raw", "person"),
    [
        ("R.K._PACHAURI_", True),
        ("V_H_DALMIYA_", True),
        ("OXFAM_", False),
        ("HIZB-I-ISLAMI_", False),
    ],
)
def test_initialled_names_are_people(raw: str, person: bool) -> None:
    """A name with an initial and no organisation word is a person's."""
    assert _tool()._initialled(raw) is person


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Rolls Royce Group", "Rolls Royce"),
        ("Newmont Mining Corporation", "Newmont Mining"),
        ("Aaron's Inc", "Aaron's"),
        ("Toyota", None),
    ],
)
def test_company_legal_forms(form: str, expected: str | None) -> None:
    """With --companies, a company's legal form is dropped for an alias."""
    assert _tool()._without_legal_form(form) == expected
