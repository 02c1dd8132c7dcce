"""The CAMEO look-up tables in ``data/cameo/`` and actor resolution for imported events.

Three tables, read once: CAMEO event codes to PLOVER types (``cameo_to_plover.csv``), CAMEO
country codes that are not ISO 3166 alpha-3 (``country_codes.csv``), and CAMEO known-group
codes to actors (``known_groups.csv``). :class:`Resolver` turns the codes and names found in
event records into graphkb actor ids, using only the bundled gazetteer: imported data never
invents countries, and adds an organisation only when its known-group code names it exactly.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from graphkb._exceptions import ParseError
from graphkb.actors import Gazetteer
from graphkb.model import Actor, ActorKind, StanceType, data_dir

__all__ = ["ActorRef", "Resolver", "cameo_stance_type"]

_CODE = re.compile(r"[0-9]{2,4}")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor an event names: its id, and the actor itself when the store may lack it."""

    id: str
    new: Actor | None = None


def _rows(name: str, columns: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    path = data_dir() / "cameo" / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise ParseError(f"missing columns {missing}; expected {list(columns)}", str(path))
            for number, row in enumerate(reader, start=2):
                yield f"{path}:{number}", row
    except OSError as exc:
        raise ParseError(f"cannot read the CAMEO table ({exc.strerror or exc})", str(path)) from exc


@cache
def _event_types() -> dict[str, StanceType | None]:
    table: dict[str, StanceType | None] = {}
    for where, row in _rows("cameo_to_plover.csv", ("code", "plover_type", "cameo_label")):
        code = row["code"].strip()
        if not _CODE.fullmatch(code) or code in table:
            raise ParseError(f"bad or repeated CAMEO code {code!r}", where)
        name = row["plover_type"].strip()
        table[code] = StanceType.parse(name) if name else None
    return table


def cameo_stance_type(code: str) -> StanceType | None:
    """The PLOVER type of a CAMEO event code, by its longest listed prefix; None for codes
    PLOVER drops (01 statements) and for codes not in the table.

    >>> cameo_stance_type("163"), cameo_stance_type("0841"), cameo_stance_type("010")
    (<StanceType.SANCTION: 'SANCTION'>, <StanceType.RETREAT: 'RETREAT'>, None)
    """
    table = _event_types()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


@cache
def _country_codes() -> dict[str, str]:
    return {
        row["cameo"].strip(): row["iso3"].strip()
        for _, row in _rows("country_codes.csv", ("cameo", "iso3", "note"))
    }


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.bundled()


@cache
def _known_groups() -> dict[str, ActorRef]:
    gaz = _gazetteer()
    groups: dict[str, ActorRef] = {}
    for where, row in _rows("known_groups.csv", ("code", "actor", "name", "kind", "label")):
        actor_id = row["actor"].strip()
        known = gaz.get(actor_id)
        if known is not None:
            # The gazetteer's actors are in every store already: nothing to add.
            groups[row["code"].strip()] = ActorRef(known.id)
            continue
        if not row["name"].strip():
            raise ParseError(f"{actor_id!r} is not in the gazetteer and has no name", where)
        try:
            actor = Actor(
                id=actor_id,
                name=row["name"].strip(),
                kind=ActorKind(row["kind"].strip() or "organization"),
                description=f"CAMEO known group {row['code'].strip()}",
            )
        except ValueError as exc:
            raise ParseError(str(exc), where) from exc
        groups[row["code"].strip()] = ActorRef(actor.id, actor)
    return groups


class Resolver:
    """Maps CAMEO country and group codes, ISO3 codes and organisation names to actors."""

    def __init__(self) -> None:
        self._gaz = _gazetteer()
        self._countries = _country_codes()
        self._groups = _known_groups()

    def country(self, code: str | None) -> ActorRef | None:
        """The country with this ISO3 or CAMEO country code, if the gazetteer has it."""
        if not code:
            return None
        code = code.strip().upper()
        iso3 = self._countries.get(code, code)
        actor = self._gaz.get(iso3)
        return ActorRef(actor.id) if actor and actor.kind is ActorKind.COUNTRY else None

    def group(self, code: str | None) -> ActorRef | None:
        """The actor of a CAMEO known-group code such as ``UNO``, if it is a known one."""
        return self._groups.get(code.strip().upper()) if code else None

    def actor_code(self, code: str | None) -> ActorRef | None:
        """The actor of a full CAMEO actor code: ``IGOUNO`` is the UN, ``USAGOV`` the US.

        A known group wins over a country prefix (``PSEHMS`` is Hamas), and the last known
        group wins over earlier ones (``IGOUNOKID`` is UNICEF, not the UN).
        """
        if not code:
            return None
        code = code.strip().upper()
        chunks = [code[i : i + 3] for i in range(0, len(code) - 2, 3)]
        for chunk in reversed(chunks[1:]):
            if (found := self.group(chunk)) is not None:
                return found
        return self.country(chunks[0]) if chunks else None

    def name(self, text: str | None) -> ActorRef | None:
        """The organisation or country a name means, only when exactly one actor answers."""
        if not text or not text.strip():
            return None
        found = self._gaz.candidates(text)
        return ActorRef(found[0].id) if len(found) == 1 else None
