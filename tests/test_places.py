"""Towns and cities as places of their country (data/actors/cities.csv, built from GeoNames by
tools/build_cities.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from graphkb.actors import Gazetteer
from graphkb.extract import Extractor
from graphkb.extract.places import load_places
from tests.test_extract_news import found

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "build_cities.py"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """The extractor over the bundled gazetteer and lexicon."""
    return Extractor(Gazetteer.bundled())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones struck the port of Izmail.", ("RUS", "UKR", "ASSAULT", "asserted")),
        ("Israeli tanks fired shells at targets in Gaza.", ("ISR", "PSE", "ASSAULT", "asserted")),
        (
            "Police in Kirkuk arrested three Turkish nationals.",
            ("IRQ", "TUR", "COERCE", "asserted"),
        ),
        (
            "Rwandan troops attacked a camp near eastern Goma.",
            ("RWA", "COD", "ASSAULT", "asserted"),
        ),
    ],
)
def test_a_town_stands_for_its_country_where_the_text_places_it(
    ex: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Force used in a city bears on its country; officials in a city are its state's."""
    assert expected in found(ex, text)


def test_a_town_is_never_an_actor_and_never_read_out_of_place(ex: Extractor) -> None:
    """'Kirkuk' as a subject, or a capitalised word that is also a town's name with no place
    word before it, names no one."""
    assert found(ex, "Kirkuk condemned Turkey.") == set()
    res = ex.extract("Mobile phones were seized in Mosul by Iraqi police.", document_id="t")
    assert not any(a.id in ("USA",) for a in res.actors)


def test_the_table_loads_spellings_and_leaves_gazetteer_names_alone() -> None:
    """Izmail and Basra by their English spellings; Kabul and Paris are the gazetteer's."""
    places = load_places()
    assert places["izmail"] == "UKR"
    assert places["basra"] == "IRQ"
    assert "kabul" not in places and "paris" not in places


def test_the_table_matches_a_rebuild_from_geonames() -> None:
    """tools/build_cities.py rebuilds data/actors/cities.csv byte for byte."""
    spec = importlib.util.spec_from_file_location("build_cities", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    built = tool.build()
    assert built == (ROOT / "data" / "actors" / "cities.csv").read_text(encoding="utf-8"), (
        "rerun tools/build_cities.py"
    )
