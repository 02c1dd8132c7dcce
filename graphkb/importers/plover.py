"""Reader for PLOVER / POLECAT event records as JSON lines, one event per line.

Field names are matched case-insensitively, with spaces and camelCase folded to snake_case, so
the PLOVER specification's names (``event``, ``actor``, ``recipient``, ``mode``, ``context``),
POLECAT's export columns (``Event Type``, ``Actor Country``, ``Recipient Country``, ``Event
Date``) and the PLOVER gold-standard layout (``type``, ``source[]``/``target[]`` with
``country``, ``text``) are all read. Old PLOVER 0.5 names map to PLOVER 2: DEMAND is REQUEST,
DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.

Modality comes from PLOVER's ``context`` values ``negation`` (negated) and ``hypothetical`` or
``future`` (hypothetical), from a boolean ``negated``, from an explicit graphkb ``modality``, or
from a ``threaten`` mode on a non-THREATEN event; otherwise a record is asserted. PLOVER's other
modes say how an event was done (``visit``, ``phone``, ``release``...), not whether, so they
leave the modality alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from graphkb._exceptions import ValidationError
from graphkb.importers._common import (
    MISSING_ACTOR,
    SAME_ACTOR,
    UNMAPPED_ACTOR,
    UNMAPPED_EVENT,
    Malformed,
    Parsed,
    pairs,
    parse_date,
    short_hash,
    url_document,
)
from graphkb.importers._tables import ActorRef, Resolver
from graphkb.model import Document, Evidence, Modality, Stance, StanceType

__all__ = ["ORIGIN", "TYPE_NAMES", "parse_line"]

ORIGIN = "import:plover"

#: Event names accepted, upper-cased: the 16 PLOVER 2 types and the PLOVER 0.5 names.
TYPE_NAMES: dict[str, StanceType] = {
    **{t.value: t for t in StanceType if t.info.quad_code is not None},
    "DEMAND": StanceType.REQUEST,
    "DISAPPROVE": StanceType.ACCUSE,
    "INVESTIGATE": StanceType.ACCUSE,
    "FIGHT": StanceType.ASSAULT,
}

# For each side: keys holding actor lists or objects, ISO3 country codes, CAMEO actor codes,
# and bare names, tried in that order.
_SIDES = {
    "source": (("source",), ("actor_country", "source_country"), ("actor",), ("actor_name",)),
    "target": (
        ("target",),
        ("recipient_country", "target_country"),
        ("recipient",),
        ("recipient_name", "target_name"),
    ),
}
_CAMEO_ACTOR = re.compile(r"(?:[A-Z]{3})+")
_TITLE_LENGTH = 80


def _key(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _load(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # ValueError covers JSONDecodeError
        raise Malformed(f"bad JSON: {getattr(exc, 'msg', exc)}") from None
    if not isinstance(record, dict):
        raise Malformed(f"a JSON {type(record).__name__}, not an object")
    return {_key(str(k)): v for k, v in record.items()}


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _parts(value: Any) -> list[str]:
    """The values of a string or list field, in order; strings may hold several, split on
    commas or semicolons (POLECAT joins multiple contexts and countries that way)."""
    items = value if isinstance(value, list) else [value]
    return [
        part.strip()
        for item in items
        if isinstance(item, str)
        for part in re.split(r"[;,]", item)
        if part.strip()
    ]


def _words(value: Any) -> set[str]:
    """The lower-cased values of a string or list field."""
    return {part.lower() for part in _parts(value)}


def _resolve(entry: Any, how: int, resolver: Resolver) -> ActorRef | None:
    """One actor entry: an object with country/code/text, or a string read as the key it came
    from says (0 list or object, 1 country code, 2 CAMEO actor code, 3 name)."""
    if isinstance(entry, dict):
        fields = {_key(str(k)): v for k, v in entry.items()}
        country = _first(fields, ("country", "country_code", "iso3"))
        code, name = _first(fields, ("code",)), _first(fields, ("text", "name"))
        return (
            (resolver.country(country) if isinstance(country, str) else None)
            or (resolver.actor_code(code) if isinstance(code, str) else None)
            or (resolver.name(name) if isinstance(name, str) else None)
        )
    if not isinstance(entry, str):
        return None
    if how == 1:
        return resolver.country(entry)
    if how in (0, 2) and _CAMEO_ACTOR.fullmatch(entry.strip()):
        return resolver.actor_code(entry)
    return resolver.name(entry)


def _side(record: dict[str, Any], side: str, resolver: Resolver) -> tuple[list[ActorRef], int]:
    """The actors resolved on one side and how many entries the record gave for it. The
    first kind of field that resolves wins; a later one is tried when an earlier one names
    nobody graphkb knows (``"source": "Reuters"`` may be the publisher, not the actor)."""
    given = 0
    for how, keys in enumerate(_SIDES[side]):
        value = _first(record, keys)
        if value is None:
            continue
        entries = value if isinstance(value, list) else [value]
        if how == 1:  # country fields may join several codes in one string
            entries = [p for e in entries for p in (_parts(e) if isinstance(e, str) else [e])]
        found = [r for e in entries if (r := _resolve(e, how, resolver)) is not None]
        if found:
            return list({r.id: r for r in found}.values()), len(entries)
        given = max(given, len(entries))
    return [], given


def _pairs(
    record: dict[str, Any], stance_type: StanceType, resolver: Resolver
) -> list[tuple[ActorRef, ActorRef]] | str:
    """The (source, target) pairs of a record, or the reason it has none. With no target, a
    record naming several source actors is reciprocal (PLOVER's convention for "A and B
    agreed"): each is paired with the others."""
    sources, given = _side(record, "source", resolver)
    targets, wanted = _side(record, "target", resolver)
    if not given:
        return MISSING_ACTOR
    if not wanted:
        if given < 2:
            return MISSING_ACTOR
        if len(sources) < 2:
            return UNMAPPED_ACTOR
        targets = sources
    elif not sources or not targets:
        return UNMAPPED_ACTOR
    found = pairs(sources, targets, stance_type)
    return found or SAME_ACTOR


def _modality(record: dict[str, Any], stance_type: StanceType) -> Modality:
    explicit = record.get("modality")
    if isinstance(explicit, str) and explicit.strip().lower() in {m.value for m in Modality}:
        return Modality(explicit.strip().lower())
    context = _words(record.get("context")) | _words(record.get("contexts"))
    mode = _words(_first(record, ("mode", "event_mode")))
    if record.get("negated") is True or record.get("negation") is True:
        return Modality.NEGATED
    if context & {"negation", "negated"}:
        return Modality.NEGATED
    if context & {"hypothetical", "future"}:
        return Modality.HYPOTHETICAL
    if mode & {"threaten", "threatened"} and stance_type is not StanceType.THREATEN:
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


def _date(record: dict[str, Any]) -> dt.date | None:
    value = _first(record, ("date", "event_date", "story_date", "publication_date"))
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise Malformed(f"date is a JSON {type(value).__name__}, not a string")
    return parse_date(value)


def _evidence(record: dict[str, Any], line: str, date: dt.date | None) -> tuple[Document, Evidence]:
    """The document a record comes from: its own text when it has one (so the evidence spans
    the whole text), else its URL, else the record itself named by its id."""
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        title = " ".join(text.split())
        if len(title) > _TITLE_LENGTH:
            title = title[: _TITLE_LENGTH - 1].rstrip() + "\u2026"
        doc = Document(id=f"plover-{digest[:16]}", title=title, date=date, sha256=digest)
        return doc, Evidence(doc.id, 0, len(text), text)
    url = _first(record, ("url", "source_url"))
    if isinstance(url, str) and url.strip():
        doc = url_document("plover", url.strip(), date)
        return doc, Evidence(doc.id)
    rid = _first(record, ("id", "event_id"))
    key = str(rid) if isinstance(rid, (str, int)) else line
    title = f"PLOVER record {rid}" if isinstance(rid, (str, int)) else "PLOVER record"
    doc = Document(id=f"plover-{short_hash(key)}", title=title[:200], date=date)
    return doc, Evidence(doc.id)


def _extras(record: dict[str, Any]) -> dict[str, Any]:
    """Optional confidence, CAMEO code and Goldstein value, kept only when valid."""
    extras: dict[str, Any] = {}
    conf = record.get("confidence")
    if isinstance(conf, (int, float)) and not isinstance(conf, bool) and 0.0 <= conf <= 1.0:
        extras["confidence"] = float(conf)
    cameo = _first(record, ("cameo", "cameo_code"))
    if isinstance(cameo, str) and re.fullmatch(r"[0-9]{2,4}", cameo.strip()):
        extras["cameo"] = cameo.strip()
    gold = _first(record, ("goldstein", "intensity"))
    if isinstance(gold, (int, float)) and not isinstance(gold, bool) and -10 <= gold <= 10:
        extras["goldstein"] = float(gold)
    return extras


def parse_line(line: str, resolver: Resolver) -> Parsed:
    """The stances in one JSON line, or why it is skipped; Malformed for a bad line."""
    record = _load(line)
    name = _first(record, ("event", "event_type", "type"))
    if not isinstance(name, str):
        raise Malformed("no event type (event, event_type or type)")
    date = _date(record)
    stance_type = TYPE_NAMES.get(name.strip().upper())
    if stance_type is None:
        return Parsed(skipped=UNMAPPED_EVENT)
    found = _pairs(record, stance_type, resolver)
    if isinstance(found, str):
        return Parsed(skipped=found)
    document, evidence = _evidence(record, line, date)
    modality, extras = _modality(record, stance_type), _extras(record)
    try:
        stances = tuple(
            Stance(
                source=src.id,
                target=tgt.id,
                type=stance_type,
                modality=modality,
                evidence=evidence,
                date=date,
                origin=ORIGIN,
                **extras,
            )
            for src, tgt in found
        )
    except ValidationError as exc:
        raise Malformed(str(exc)) from None
    new = {a.id: a.new for pair in found for a in pair if a.new is not None}
    return Parsed(stances=stances, document=document, actors=tuple(new.values()))
