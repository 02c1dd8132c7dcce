"""The actor gazetteer and name resolution.

Bundled actors live in ``data/actors/countries.csv``, ``data/actors/organizations.csv``,
``data/actors/armed_groups.csv`` and ``data/actors/international.csv`` (see ``data/README.md``
for the columns); curated and ingested files add people and bodies.
:class:`Gazetteer` answers "which actor does this name mean?" for the CLI, the API and the
extractor: ids, names, aliases, capitals and seats of government (metonyms) and demonyms all
resolve, case- and punctuation-insensitively, so US, U.S., USA, United States and Washington
are one country.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graphkb._exceptions import AmbiguousActorError, GraphkbError, ParseError, UnknownActorError
from graphkb.model import Actor, ActorKind, data_dir

__all__ = ["Gazetteer", "bundled_actors", "bundled_gazetteer", "index_key", "normalize_name"]

_COUNTRY_COLUMNS = (
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
_ORG_COLUMNS = ("id", "name", "kind", "country", "qid", "aliases", "description")


_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_DROPPED = re.compile(r"[.'`]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize_name(text: str) -> str:
    """Fold a surface form for look-up: case, accents, dots, apostrophes, a leading 'the'.

    >>> normalize_name("the U.S.")
    'us'
    >>> normalize_name("Côte d\u2019Ivoire")
    'cote divoire'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u2019", "'")
    text = text.lower()
    if "'" in text or "`" in text or "." in text:  # most names have none: skip two passes
        text = _DROPPED.sub("", _POSSESSIVE.sub("", text))
    text = _NOT_ALNUM.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


_CODE = re.compile(r"[A-Z]{2,3}")


def index_key(text: str) -> str:
    """The index key of a surface form: short all-capital codes (US, UK, IN) stay
    case-sensitive so that ordinary words ("us", "in", "is") never match them."""
    if len(text) <= 3 and _CODE.fullmatch(text):
        return "=" + text
    return normalize_name(text)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class _Surface:
    """How an alias names an actor: plainly, as a metonym (a city) or as a demonym."""

    actor_id: str
    how: str  # "name" | "metonym" | "demonym"


@dataclass
class Gazetteer:
    """Actors by id, with every surface form that names them.

    ``metonyms`` and ``demonyms`` map actor ids to those surface forms, so the extractor can
    treat "Washington" and "Pakistani" differently from "United States".
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Codes that name an actor in a lookup ("PK") but not in running text, where "IS" is the
    # Islamic State and "IT" a word: a country's ISO alpha-2 code unless its aliases list it.
    lookup_only: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _index: dict[str, list[_Surface]] = field(default_factory=dict, repr=False)

    def add(
        self,
        actor: Actor,
        *,
        metonyms: Iterable[str] = (),
        demonyms: Iterable[str] = (),
        ambiguous: Iterable[str] = (),
    ) -> None:
        """Add or replace an actor and index its surface forms."""
        if actor.id in self.actors:
            self._unindex(actor.id)
        self.actors[actor.id] = actor
        self.metonyms[actor.id] = tuple(metonyms)
        self.demonyms[actor.id] = tuple(demonyms)
        self.ambiguous[actor.id] = tuple(ambiguous)
        surfaces = [(actor.id, "name"), (actor.name, "name")]
        surfaces += [(a, "name") for a in actor.aliases]
        surfaces += [(m, "metonym") for m in self.metonyms[actor.id]]
        surfaces += [(d, "demonym") for d in self.demonyms[actor.id]]
        seen: set[str] = set()  # the actor is in no entry yet: _unindex took it out
        for text, how in surfaces:
            key = index_key(text)
            if not key or key in seen:
                continue
            seen.add(key)
            self._index.setdefault(key, []).append(_Surface(actor.id, how))

    def _unindex(self, actor_id: str) -> None:
        for key in list(self._index):
            kept = [e for e in self._index[key] if e.actor_id != actor_id]
            if kept:
                self._index[key] = kept
            else:
                del self._index[key]

    def remove(self, actor_id: str) -> None:
        """Forget an actor and its surface forms (a curator merged it into another)."""
        if actor_id in self.actors:
            self._unindex(actor_id)
            del self.actors[actor_id]
        for table in (self.metonyms, self.demonyms, self.ambiguous):
            table.pop(actor_id, None)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        """The actor with exactly this id, or None."""
        return self.actors.get(actor_id)

    def surfaces(self) -> Iterator[tuple[str, str, str]]:
        """Every (normalised surface form, actor id, how) triple in the index."""
        for key, entries in self._index.items():
            for entry in entries:
                yield key, entry.actor_id, entry.how

    def _entries(self, name: str) -> list[_Surface]:
        if name in self.actors:
            return [_Surface(name, "name")]
        upper = name.strip().upper()
        if len(upper) >= 3 and upper in self.actors:
            return [_Surface(upper, "name")]
        return self._index.get(index_key(name.strip()), [])

    def candidates(self, name: str) -> list[Actor]:
        """Every actor a name could mean (empty when none)."""
        return [self.actors[e.actor_id] for e in self._entries(name)]

    def resolve(self, name: str) -> Actor:
        """The one actor ``name`` means; UnknownActorError with close matches, or
        AmbiguousActorError listing the candidates.

        >>> gaz = Gazetteer.bundled()
        >>> gaz.resolve("U.S.").id == gaz.resolve("Washington").id == "USA"
        True
        """
        entries = self._entries(name)
        # A plain name beats a capital or demonym ("Brussels" is the EU's alias and Belgium's
        # capital); among several, a single country wins.
        named = [e for e in entries if e.how == "name"]
        for pool in (entries, named):
            if len(pool) == 1:
                return self.actors[pool[0].actor_id]
        found = [self.actors[e.actor_id] for e in (named or entries)]
        if found:
            countries = [a for a in found if a.kind is ActorKind.COUNTRY]
            if len(countries) == 1:
                return countries[0]
            raise AmbiguousActorError(name, [(a.id, a.name) for a in found])
        raise UnknownActorError(name, self.suggest(name))

    def suggest(self, name: str, limit: int = 3) -> list[tuple[str, str]]:
        """Close matches for a misspelt name, as (id, name)."""
        key = normalize_name(name)
        if not key:
            return []
        keys = [k for k in self._index if not k.startswith("=")]
        close = difflib.get_close_matches(key, keys, n=limit * 2, cutoff=0.7)
        seen: dict[str, str] = {}
        for match in close:
            for entry in self._index[match]:
                seen.setdefault(entry.actor_id, self.actors[entry.actor_id].name)
        return list(seen.items())[:limit]

    def search(self, text: str) -> list[Actor]:
        """Actors whose id, name or alias contains ``text`` (normalised), best first: the
        actor the text names outright (as :meth:`resolve` reads it, codes and metonyms such
        as "PK" or "Washington" included), then exact, leading and inner matches."""
        key = normalize_name(text)
        rank: dict[str, int] = {}
        for k, entries in self._index.items():
            if key and key in k:
                score = 1 if k.lstrip("=") == key else 2 if k.lstrip("=").startswith(key) else 3
                for e in entries:
                    rank[e.actor_id] = min(rank.get(e.actor_id, score), score)
        with contextlib.suppress(GraphkbError):
            rank[self.resolve(text).id] = 0
        found = [self.actors[h] for h in rank if h in self.actors]
        return sorted(found, key=lambda a: (rank[a.id], len(a.name), a.name))

    def copy(self) -> Gazetteer:
        """An independent copy, to add actors to without touching the bundled one."""
        return Gazetteer(
            actors=dict(self.actors),
            metonyms=dict(self.metonyms),
            demonyms=dict(self.demonyms),
            ambiguous=dict(self.ambiguous),
            lookup_only=dict(self.lookup_only),
            _index={key: list(entries) for key, entries in self._index.items()},
        )

    @classmethod
    def bundled(cls) -> Gazetteer:
        """A fresh copy of the bundled gazetteer (countries, organisations, armed groups,
        international organisations)."""
        return _bundled().copy()


def _read_csv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ParseError(f"missing columns {missing}; expected {list(columns)}", str(path))
        yield from enumerate(reader, start=2)


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    for number, row in _read_csv(path, _COUNTRY_COLUMNS):
        try:
            actor = Actor(
                id=row["id"],
                name=row["name"],
                kind=ActorKind.COUNTRY,
                country=row["id"],
                qid=row["qid"] or None,
                aliases=tuple(
                    dict.fromkeys(
                        _split(row["official_name"]) + _split(row["iso2"]) + _split(row["aliases"])
                    )
                ),
            )
        except ValueError as exc:
            raise ParseError(str(exc), f"{path}:{number}") from exc
        gaz.add(
            actor,
            metonyms=_split(row["metonyms"]),
            demonyms=_split(row["demonyms"]),
            ambiguous=_split(row["ambiguous"]),
        )
        codes = [c for c in _split(row["iso2"]) if c not in _split(row["aliases"])]
        if codes:
            gaz.lookup_only[actor.id] = tuple(codes)


def _load_organizations(gaz: Gazetteer, path: Path) -> None:
    for number, row in _read_csv(path, _ORG_COLUMNS):
        try:
            actor = Actor(
                id=row["id"],
                name=row["name"],
                kind=ActorKind(row["kind"] or "organization"),
                country=row["country"] or None,
                qid=row["qid"] or None,
                aliases=_split(row["aliases"]),
                description=row["description"] or None,
            )
        except ValueError as exc:
            raise ParseError(str(exc), f"{path}:{number}") from exc
        gaz.add(actor)


def _load_core(gaz: Gazetteer) -> Gazetteer:
    folder = data_dir() / "actors"
    _load_countries(gaz, folder / "countries.csv")
    _load_organizations(gaz, folder / "organizations.csv")
    return gaz


@cache
def _core() -> Gazetteer:
    return _load_core(Gazetteer())


@cache
def _bundled() -> Gazetteer:
    gaz = _load_core(Gazetteer())
    # Generated from PETRARCH2 by tools/build_petrarch_actors.py, which leaves out any group
    # organizations.csv already has and any form an earlier table uses; same columns.
    _load_organizations(gaz, data_dir() / "actors" / "armed_groups.csv")
    _load_organizations(gaz, data_dir() / "actors" / "international.csv")
    return gaz


def bundled_gazetteer() -> Gazetteer:
    """The bundled gazetteer itself, shared: read it, do not add to it (see ``bundled()``)."""
    return _bundled()


def core_gazetteer() -> Gazetteer:
    """Countries and organisations only, shared: the names most questions use, without the
    800 armed groups and 900 international organisations (most of the time a query spends
    reading actors). Nothing this resolves resolves differently in the full gazetteer: the
    tool that writes those tables leaves out every name the other files use."""
    return _core()


def bundled_actors() -> list[Actor]:
    """Every bundled actor (countries, organisations, armed groups, then international
    organisations), in file order."""
    return list(_bundled().actors.values())
