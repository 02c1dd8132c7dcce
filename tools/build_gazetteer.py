"""Build ``data/actors/countries.csv`` from ISO 3166 and the hand-reviewed country table.

A developer runs this when ``tools/gazetteer_manual.csv`` or the pycountry package changes;
graphkb itself never imports it, and pycountry is only a development dependency::

    python tools/build_gazetteer.py          # rewrite data/actors/countries.csv
    python tools/build_gazetteer.py --check  # exit 1 if the file differs from a fresh build

Where each column comes from:

* ``id``, ``iso2`` and ``official_name``: ISO 3166-1 through pycountry. ``official_name`` holds
  ISO's official name and ISO's short name, each only when it differs from ``name``.
* ``name``, ``qid``, ``aliases``, ``metonyms``, ``demonyms``, ``ambiguous``: the manual table.

The manual table also decides which countries are in (the 193 UN member states plus the Holy
See, Palestine, Taiwan and Kosovo): pycountry lists 249 territories and most of them are not
actors. Its ``iso2`` and ``official_name`` columns are read only for a code ISO 3166 lacks
(Kosovo's XKX and XK are user-assigned codes). Output rows are sorted by id and written with
``\\n`` line endings, so the same inputs always give byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "tools" / "gazetteer_manual.csv"
OUTPUT = ROOT / "data" / "actors" / "countries.csv"

COLUMNS = (
    "id",
    "iso2",
    "name",
    "official_name",
    "qid",
    "aliases",
    "metonyms",
    "demonyms",
    "ambiguous",
)
MANUAL_COLUMNS = (
    "id",
    "name",
    "qid",
    "aliases",
    "metonyms",
    "demonyms",
    "ambiguous",
    "iso2",
    "official_name",
)
# 193 UN member states + the Holy See, Palestine, Taiwan, Kosovo + 15 territories
EXPECTED_COUNT = 212

_ISO3 = re.compile(r"[A-Z]{3}")
_ISO2 = re.compile(r"[A-Z]{2}")
_QID = re.compile(r"Q[1-9][0-9]*")


class GazetteerBuildError(Exception):
    """The manual table or ISO data cannot produce a valid countries.csv."""


@dataclass(frozen=True, slots=True)
class ManualRow:
    """One hand-reviewed country: what a news reader calls it, and its Wikidata id."""

    id: str
    name: str
    qid: str
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...]
    demonyms: tuple[str, ...]
    ambiguous: tuple[str, ...]
    iso2: str
    official_name: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IsoEntry:
    """What ISO 3166-1 says about a code."""

    iso2: str
    names: tuple[str, ...]  # official name first, then the short name


def split_cell(cell: str) -> tuple[str, ...]:
    """The parts of a pipe-separated cell, stripped, empty parts dropped."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def join_cell(parts: Iterable[str]) -> str:
    """A pipe-separated cell with duplicates removed, first occurrence kept."""
    return "|".join(dict.fromkeys(parts))


def read_manual(path: Path) -> list[ManualRow]:
    """The hand-reviewed table, one row per country, checked for shape."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != MANUAL_COLUMNS:
            raise GazetteerBuildError(f"{path}: columns must be {','.join(MANUAL_COLUMNS)}")
        rows = [_manual_row(record, path, number) for number, record in enumerate(reader, 2)]
    _check_unique(row.id for row in rows)
    return rows


def _manual_row(record: dict[str, str], path: Path, number: int) -> ManualRow:
    row = ManualRow(
        id=record["id"].strip(),
        name=record["name"].strip(),
        qid=record["qid"].strip(),
        aliases=split_cell(record["aliases"]),
        metonyms=split_cell(record["metonyms"]),
        demonyms=split_cell(record["demonyms"]),
        ambiguous=split_cell(record["ambiguous"]),
        iso2=record["iso2"].strip(),
        official_name=split_cell(record["official_name"]),
    )
    problems = _row_problems(row)
    if problems:
        raise GazetteerBuildError(f"{path}:{number}: {'; '.join(problems)}")
    return row


def _row_problems(row: ManualRow) -> list[str]:
    problems = []
    if not _ISO3.fullmatch(row.id):
        problems.append(f"id {row.id!r} is not an ISO 3166-1 alpha-3 code")
    if not row.name:
        problems.append("name is empty")
    if row.qid and not _QID.fullmatch(row.qid):
        problems.append(f"qid {row.qid!r} is not a Wikidata QID")
    if not row.metonyms:
        problems.append("no metonym: give at least the capital")
    if not row.demonyms:
        problems.append("no demonym")
    return problems


def _check_unique(ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for actor_id in ids:
        if actor_id in seen:
            raise GazetteerBuildError(f"country {actor_id} is listed twice")
        seen.add(actor_id)


def iso_entry(alpha3: str) -> IsoEntry | None:
    """ISO 3166-1's codes and names for ``alpha3``, or None for a user-assigned code."""
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return None
    official = getattr(country, "official_name", None)
    names = (official, country.name) if official else (country.name,)
    return IsoEntry(iso2=country.alpha_2, names=names)


def build_row(manual: ManualRow) -> dict[str, str]:
    """One output row: ISO's codes and names merged with the hand-reviewed facts."""
    iso = iso_entry(manual.id)
    if iso is None:
        if not (_ISO2.fullmatch(manual.iso2) and manual.official_name):
            raise GazetteerBuildError(
                f"{manual.id} is not in ISO 3166-1: give iso2 and official_name in the table"
            )
        iso = IsoEntry(iso2=manual.iso2, names=manual.official_name)
    _check_ambiguous(manual, iso)
    return {
        "id": manual.id,
        "iso2": iso.iso2,
        "name": manual.name,
        "official_name": join_cell(n for n in iso.names if n != manual.name),
        "qid": manual.qid,
        "aliases": join_cell(manual.aliases),
        "metonyms": join_cell(manual.metonyms),
        "demonyms": join_cell(manual.demonyms),
        "ambiguous": join_cell(manual.ambiguous),
    }


def _check_ambiguous(manual: ManualRow, iso: IsoEntry) -> None:
    """An ambiguous form annotates a surface form the row already has; it adds none."""
    surfaces = {manual.name, *iso.names, *manual.aliases, *manual.metonyms, *manual.demonyms}
    stray = [form for form in manual.ambiguous if form not in surfaces]
    if stray:
        raise GazetteerBuildError(f"{manual.id}: ambiguous forms {stray} are not surface forms")


def render(rows: Sequence[dict[str, str]]) -> str:
    """The CSV text, rows sorted by id, ``\\n`` line endings."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda row: row["id"]))
    return buffer.getvalue()


def build(manual_path: Path = MANUAL) -> str:
    """The full text of countries.csv built from the manual table and pycountry."""
    manual = read_manual(manual_path)
    if len(manual) != EXPECTED_COUNT:
        raise GazetteerBuildError(f"{len(manual)} countries in the table, not {EXPECTED_COUNT}")
    return render([build_row(row) for row in manual])


def main(argv: Sequence[str] | None = None) -> int:
    """Write countries.csv, or with --check compare it; 0 means it is current."""
    parser = argparse.ArgumentParser(description="Build data/actors/countries.csv.")
    parser.add_argument("--manual", type=Path, default=MANUAL, help="hand-reviewed table")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="countries.csv to write")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    try:
        text = build(args.manual)
    except GazetteerBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"{output} is out of date: run python tools/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {text.count(chr(10)) - 1} countries to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
