"""graphkb's domain types, defined once: stance types, modalities, actor kinds, and the
records every other module passes around (Actor, Document, Evidence, Stance).

The 18 stance types (16 PLOVER event types plus the standing relations ALLY and RIVAL) are an
enum; their attributes (polarity, intensity, quad class, CAMEO roots) come from
``data/stance_types.csv``, a copy of the project's reference table, read once on first use.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from graphkb._exceptions import ParseError, ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Document",
    "Evidence",
    "Modality",
    "Stance",
    "StanceFilter",
    "StanceType",
    "TypeInfo",
    "data_dir",
    "slugify",
    "valid_actor_id",
]

_T = TypeVar("_T")
_ISO3 = re.compile(r"[A-Z]{3}")
_ACTOR_ID = re.compile(r"[A-Z][A-Z0-9]{1,11}|[a-z0-9]+(?:-[a-z0-9]+)*")


def data_dir() -> Path:
    """The folder of bundled data: inside the installed package, else the source tree's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "stance_types.csv").is_file():
            return candidate
    raise FileNotFoundError("graphkb's bundled data folder is missing; reinstall graphkb")


def valid_actor_id(text: str) -> bool:
    """Whether ``text`` has the form of an actor id."""
    return bool(_ACTOR_ID.fullmatch(text))


def slugify(text: str) -> str:
    """Lower-case ASCII slug for people, ministries and companies.

    >>> slugify("Pakistan's Foreign Ministry")
    'pakistans-foreign-ministry'
    """
    text = text.replace("\u2019", "'").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class ActorKind(enum.StrEnum):
    """What sort of actor a node is."""

    COUNTRY = "country"
    PERSON = "person"
    ORGANIZATION = "organization"
    COMPANY = "company"
    GROUP = "group"


class Modality(enum.StrEnum):
    """How the text holds a stance (PLOVER's auxiliary mode)."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"

    @property
    def factual(self) -> bool:
        """Asserted and reported stances are counted by default; the others are not."""
        return self in (Modality.ASSERTED, Modality.REPORTED)


FACTUAL = (Modality.ASSERTED, Modality.REPORTED)
"""The modalities counted when a question names none: who-opposes, two-hop, path."""

MODALITY_WEIGHT = {
    Modality.ASSERTED: 1.0,
    Modality.REPORTED: 0.5,
    Modality.HYPOTHETICAL: 0.25,
    Modality.NEGATED: 0.0,
}
"""How much a stance of each modality counts in who-opposes / who-supports scores."""

FACTUALITY = {modality: rank for rank, modality in enumerate(Modality)}
"""Most factual first: asserted 0, reported 1, hypothetical 2, negated 3. Where one stance
must stand for several (a hop of a path, a ranked actor's evidence), the most factual wins."""


def score_unit(stance_type: StanceType, modality: Modality) -> float:
    """What one stance of full confidence adds to a who-opposes / who-supports score:
    ``|intensity| / 10 x weight(modality)``; a stance adds this times its confidence."""
    return abs(stance_type.intensity) / 10 * MODALITY_WEIGHT[modality]


def signed_unit(stance_type: StanceType, modality: Modality) -> float:
    """What one asserted or reported stance of full confidence adds to its pair's signed
    relation (:mod:`graphkb.analysis.signed`): ``intensity / 10 x weight(modality)``, negative
    for conflict; 0 for hypothetical and negated stances, which are no relation."""
    if modality not in FACTUAL:
        return 0.0
    return stance_type.intensity / 10 * MODALITY_WEIGHT[modality]


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """A stance type's attributes from the reference table."""

    quad: str
    quad_code: int | None
    polarity: int
    intensity: float
    symmetric: bool
    cameo_roots: tuple[str, ...]
    examples: str


class StanceType(enum.StrEnum):
    """The 16 PLOVER event types and the two standing relations."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    ALLY = "ALLY"
    RIVAL = "RIVAL"

    @property
    def info(self) -> TypeInfo:
        """Attributes of this type (polarity, intensity, quad class...)."""
        return _type_table()[self.value]

    @property
    def polarity(self) -> int:
        """+1 cooperative, -1 conflictual, 0 neutral (REQUEST)."""
        return self.info.polarity

    @property
    def intensity(self) -> float:
        """Default intensity on the -10..+10 scale."""
        return self.info.intensity

    @property
    def symmetric(self) -> bool:
        """COOPERATE, CONSULT, ALLY and RIVAL hold in both directions."""
        return self.info.symmetric

    @property
    def verb(self) -> str:
        """The name of the direct shortcut predicate, e.g. ``sanctions``."""
        return _VERBS[self]

    @classmethod
    def parse(cls, text: str) -> StanceType:
        """The type named ``text`` (any case), or a ParseError listing the valid ones."""
        try:
            return cls(text.strip().upper())
        except ValueError:
            valid = ", ".join(t.value for t in cls)
            raise ParseError(f"unknown stance type {text!r}; use one of {valid}") from None


_VERBS = {
    StanceType.AGREE: "agreesWith",
    StanceType.CONSULT: "consults",
    StanceType.SUPPORT: "supports",
    StanceType.CONCEDE: "concedesTo",
    StanceType.COOPERATE: "cooperatesWith",
    StanceType.AID: "aids",
    StanceType.RETREAT: "retreatsFrom",
    StanceType.REQUEST: "requests",
    StanceType.ACCUSE: "accuses",
    StanceType.REJECT: "rejects",
    StanceType.THREATEN: "threatens",
    StanceType.PROTEST: "protests",
    StanceType.SANCTION: "sanctions",
    StanceType.MOBILIZE: "mobilizesAgainst",
    StanceType.COERCE: "coerces",
    StanceType.ASSAULT: "assaults",
    StanceType.ALLY: "alliedWith",
    StanceType.RIVAL: "rivalOf",
}


@cache
def _type_table() -> dict[str, TypeInfo]:
    path = data_dir() / "stance_types.csv"
    table: dict[str, TypeInfo] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table[row["type"]] = TypeInfo(
                quad=row["quad"],
                quad_code=int(row["quad_code"]) if row["quad_code"] else None,
                polarity=int(row["polarity"]),
                intensity=float(row["intensity"]),
                symmetric=row["symmetric"] == "true",
                cameo_roots=tuple(r for r in row["cameo_roots"].split("|") if r),
                examples=row["examples"],
            )
    missing = {t.value for t in StanceType} ^ set(table)
    if missing:
        raise ValidationError(f"{path} and StanceType disagree on {sorted(missing)}")
    return table


def trusted(cls: type[_T], *values: object) -> _T:
    """An instance of a model dataclass built from values already validated (rows graphkb's
    own index wrote from checked objects), skipping ``__post_init__``: several times faster
    when a query returns tens of thousands of rows."""
    setters = _SETTERS.get(cls)
    if setters is None:
        from dataclasses import fields

        # The slots' own descriptors: they store a value without the frozen check.
        names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
        setters = _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in names)
    obj = object.__new__(cls)
    for setter, value in zip(setters, values, strict=True):
        setter(obj, value)
    return obj


_SETTERS: dict[type, tuple[Any, ...]] = {}


def _is_text(*values: str | None) -> bool:
    """Whether every value is real Unicode text, storable as an RDF literal: no lone surrogate
    (what a broken ``\\ud800`` escape in JSON or YAML gives)."""
    for value in values:
        if value is not None and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True


def _lone_surrogate(what: str) -> ValidationError:
    return ValidationError(f"{what} holds a lone surrogate (a broken \\u escape); fix the text")


@dataclass(frozen=True, slots=True)
class Actor:
    """A node: a country, person, organisation, company or group.

    ``country`` is the ISO3 code of the country the actor is or serves (a country's own code for
    a country; None for international organisations and their officials).
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        if not _ACTOR_ID.fullmatch(self.id):
            raise ValidationError(
                f"bad actor id {self.id!r}: use ISO3 or an upper-case acronym, or a lower-case slug"
            )
        if not self.name.strip():
            raise ValidationError(f"actor {self.id!r} has an empty name")
        if not _is_text(self.name, self.role, self.description, *self.aliases):
            raise _lone_surrogate(f"actor {self.id!r}")
        if self.country is not None and not _ISO3.fullmatch(self.country):
            raise ValidationError(f"actor {self.id!r}: country {self.country!r} is not ISO3")
        if self.qid is not None and not re.fullmatch(r"Q[1-9][0-9]*", self.qid):
            raise ValidationError(f"actor {self.id!r}: {self.qid!r} is not a Wikidata QID")

    @property
    def home(self) -> str:
        """The id stances roll up to: the actor's country, else the actor itself."""
        return self.country or self.id

    def to_dict(self) -> dict[str, str | None]:
        """The short JSON form used in query output: id, name, kind, country."""
        return {"id": self.id, "name": self.name, "kind": self.kind.value, "country": self.country}


@dataclass(frozen=True, slots=True)
class Document:
    """A source document. ``id`` is stable: a slug given by the curator or a hash of the text."""

    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    date: dt.date | None = None
    sha256: str | None = None

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", self.id):
            raise ValidationError(f"bad document id {self.id!r}: use a lower-case slug")
        if not _is_text(self.title, self.publisher, self.url):
            raise _lone_surrogate(f"document {self.id!r}")
        if self.url is not None and not re.fullmatch(r"(?i:https?)://[^\s/?#]+\S*", self.url):
            raise ValidationError(
                f"document {self.id!r}: URL {self.url[:80]!r} is not an http(s) address"
            )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a stance comes from: a span of a document, with the text when the user supplied it.

    Offsets are None for imported event data (GDELT, POLECAT) that names only the document.
    """

    document: str
    start: int | None = None
    end: int | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if not _is_text(self.text):
            raise _lone_surrogate(f"evidence in {self.document!r}")
        if (self.start is None) != (self.end is None):
            raise ValidationError(f"evidence in {self.document!r} needs both offsets or neither")
        if self.start is not None and self.end is not None and not 0 <= self.start < self.end:
            raise ValidationError(
                f"evidence offsets {self.start}..{self.end} in {self.document!r} are not a span"
            )


@dataclass(frozen=True, slots=True)
class Stance:
    """A typed, dated, sourced edge from ``source`` to ``target`` (actor ids)."""

    source: str
    target: str
    type: StanceType
    modality: Modality
    evidence: Evidence
    date: dt.date | None = None
    attributed_to: str | None = None
    confidence: float = 1.0
    origin: str = "curated"
    cameo: str | None = None
    summary: str | None = None
    goldstein: float | None = None
    _id: str | None = field(default=None, init=False, repr=False, compare=False)
    """The id, once computed (or as the index stored it)."""

    def __post_init__(self) -> None:
        if self.source == self.target:
            raise ValidationError(f"stance {self.type} from {self.source!r} to itself")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValidationError(f"confidence {self.confidence} is outside 0..1")
        if self.goldstein is not None and not -10.0 <= self.goldstein <= 10.0:
            raise ValidationError(f"Goldstein value {self.goldstein} is outside -10..10")
        if self.cameo is not None and not re.fullmatch(r"[0-9]{2,4}", self.cameo):
            raise ValidationError(f"CAMEO code {self.cameo!r} is not 2 to 4 digits")
        if not _is_text(self.summary, self.origin):
            raise _lone_surrogate(f"stance {self.type} from {self.source!r}")

    @property
    def polarity(self) -> int:
        """The type's polarity."""
        return self.type.polarity

    @property
    def id(self) -> str:
        """A stable id: the same stance from the same span always gets the same id."""
        if self._id is not None:
            return self._id
        ev = self.evidence
        key = "|".join(
            [
                self.source,
                self.target,
                self.type.value,
                self.modality.value,
                ev.document,
                str(ev.start),
                str(ev.end),
                self.attributed_to or "",
            ]
        )
        value = hashlib.sha256(key.encode()).hexdigest()[:20]
        object.__setattr__(self, "_id", value)
        return value

    def with_evidence_text(self, text: str | None) -> Stance:
        """A copy whose evidence carries ``text``."""
        return replace(self, evidence=replace(self.evidence, text=text))


@dataclass(frozen=True, slots=True)
class StanceFilter:
    """Which stances a question reads: every field left unset matches everything.

    ``source`` and ``target`` are actor ids (the :class:`~graphkb.KnowledgeBase` resolves
    names first); with ``roll_up``, each matches every actor serving that country, the country
    included, and rankings group people and bodies under their country. ``types`` and
    ``modalities`` are kept as tuples (names in any case are accepted too); ``since`` and
    ``until`` are inclusive days. A window that ends before it starts is refused here, once for
    every caller.

    >>> StanceFilter(types=["sanction"], since=dt.date(2024, 1, 1)).types
    (<StanceType.SANCTION: 'SANCTION'>,)
    >>> StanceFilter().counted().modalities
    (<Modality.ASSERTED: 'asserted'>, <Modality.REPORTED: 'reported'>)
    """

    source: str | None = None
    target: str | None = None
    types: Collection[StanceType] | None = None
    modalities: Collection[Modality] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    roll_up: bool = False
    reported_since: dt.date | None = None
    """Only stances whose document was reported on or after this day."""
    reported_until: dt.date | None = None
    """Only stances whose document was reported on or before this day."""

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalised once, here
        if self.types is not None:
            set_(self, "types", _unique(StanceType.parse(str(t)) for t in self.types) or None)
        if self.modalities is not None:
            set_(self, "modalities", _unique(_modality(str(m)) for m in self.modalities) or None)
        for name in ("since", "until", "reported_since", "reported_until"):
            value = getattr(self, name)
            if isinstance(value, dt.datetime):
                set_(self, name, value.date())
            elif value is not None and not isinstance(value, dt.date):
                raise ValidationError(f"{name} must be a date, not {value!r}")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValidationError(
                f"since {self.since} is after until {self.until}: nothing can match; swap them"
            )
        early, late = self.reported_since, self.reported_until
        if early is not None and late is not None and early > late:
            raise ValidationError(
                f"reported since {early} is after reported until {late}: nothing can match; "
                "swap them"
            )

    @property
    def type_set(self) -> tuple[StanceType, ...]:
        """The types asked for: those named, else every type."""
        return tuple(self.types or StanceType)

    @property
    def modality_set(self) -> tuple[Modality, ...]:
        """The modalities asked for: those named, else all four."""
        return tuple(self.modalities or Modality)

    @property
    def dated(self) -> bool:
        """Whether the filter limits stances by a date (the event's or the report's)."""
        return self.since is not None or self.until is not None or self.reported

    @property
    def reported(self) -> bool:
        """Whether the filter limits stances by their document's report date."""
        return self.reported_since is not None or self.reported_until is not None

    def counted(self) -> StanceFilter:
        """This filter, with asserted and reported stances when it names no modality: the
        default of the questions that count or follow stances (who-opposes, two-hop, path)."""
        return self if self.modalities else replace(self, modalities=FACTUAL)

    def of_polarity(self, polarity: int) -> StanceFilter | None:
        """This filter narrowed to the types of ``polarity`` among those asked for; None
        when no such type is asked for."""
        wanted = [t for t in self.type_set if t.polarity == polarity]
        return replace(self, types=wanted) if wanted else None


def _unique(values: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(values))


def _modality(text: str) -> Modality:
    try:
        return Modality(text.strip().lower())
    except ValueError:
        valid = ", ".join(m.value for m in Modality)
        raise ParseError(f"unknown modality {text!r}; use one of {valid}") from None
