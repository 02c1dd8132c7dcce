"""Reader for the GDELT 2.0 events export: 61 tab-separated columns, no header.

One event is one line. Its CAMEO EventCode gives the PLOVER type (``data/cameo/
cameo_to_plover.csv``), its Actor1/Actor2 CountryCode or known-group code give the actors, and
its SOURCEURL the document. GoldsteinScale and the most specific CAMEO code are kept on the
stance. The geography columns are not used: their country codes are FIPS 10-4, not ISO.
"""

from __future__ import annotations

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
    url_document,
)
from graphkb.importers._tables import ActorRef, Resolver, cameo_stance_type
from graphkb.model import Evidence, Modality, Stance

__all__ = ["COLUMNS", "ORIGIN", "confidence", "parse_line"]

ORIGIN = "import:gdelt"

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

#: The export's columns in order, as the GDELT 2.0 event codebook names them.
COLUMNS: tuple[str, ...] = (
    *("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"),
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    *("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass"),
    *("GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"),
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO_FIELDS),
    *("DATEADDED", "SOURCEURL"),
)
_AT = {name: index for index, name in enumerate(COLUMNS)}


def confidence(num_sources: int) -> float:
    """How far to trust a machine-coded event: 0.5 plus 0.1 per distinct source reporting it,
    reaching 1.0 at five sources. Single-source GDELT events are often coding errors or
    duplicates, so they start at 0.6; an event with no source count gets 0.5.

    >>> confidence(0), confidence(1), confidence(3), confidence(40)
    (0.5, 0.6, 0.8, 1.0)
    """
    return round(min(1.0, 0.5 + 0.1 * max(0, num_sources)), 2)


def _actor(fields: list[str], side: int, resolver: Resolver) -> ActorRef | str:
    """The actor on one side, or the skip reason when there is none graphkb knows."""
    code = fields[_AT[f"Actor{side}Code"]].strip()
    country = fields[_AT[f"Actor{side}CountryCode"]].strip()
    group = fields[_AT[f"Actor{side}KnownGroupCode"]].strip()
    if not (code or country or group):
        return MISSING_ACTOR
    # A known group beats the country it sits in: PSEHMS is Hamas, not Palestine.
    found = resolver.group(group) or resolver.actor_code(code) or resolver.country(country)
    return found or UNMAPPED_ACTOR


def _number(text: str, column: str, kind: type[int] | type[float]) -> int | float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise Malformed(f"{column} is not a number: {text[:20]!r}") from None


def parse_line(line: str, resolver: Resolver) -> Parsed:
    """The stance in one export line, or why it is skipped; Malformed for a bad line."""
    fields = line.split("\t")
    if len(fields) != len(COLUMNS):
        raise Malformed(f"{len(fields)} tab-separated columns; expected {len(COLUMNS)}")
    date = parse_date(fields[_AT["SQLDATE"]])
    code = fields[_AT["EventCode"]].strip()
    if not (code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        raise Malformed(f"bad EventCode {code[:20]!r}")
    goldstein = _number(fields[_AT["GoldsteinScale"]], "GoldsteinScale", float)
    sources = _number(fields[_AT["NumSources"]], "NumSources", int)
    url = fields[_AT["SOURCEURL"]].strip()
    if not url:
        raise Malformed("empty SOURCEURL")
    stance_type = cameo_stance_type(code)
    if stance_type is None:
        return Parsed(skipped=UNMAPPED_EVENT)
    source, target = _actor(fields, 1, resolver), _actor(fields, 2, resolver)
    if not isinstance(source, ActorRef):
        return Parsed(skipped=source)
    if not isinstance(target, ActorRef):
        return Parsed(skipped=target)
    found = pairs([source], [target], stance_type)
    if not found:
        return Parsed(skipped=SAME_ACTOR)
    (src, tgt) = found[0]
    document = url_document("gdelt", url, date)
    try:
        stance = Stance(
            source=src.id,
            target=tgt.id,
            type=stance_type,
            modality=Modality.ASSERTED,
            evidence=Evidence(document.id),
            date=date,
            confidence=confidence(int(sources or 0)),
            origin=ORIGIN,
            cameo=code,
            goldstein=goldstein,
        )
    except ValidationError as exc:  # e.g. a Goldstein value outside -10..10
        raise Malformed(str(exc)) from None
    new = tuple(a.new for a in (src, tgt) if a.new is not None)
    return Parsed(stances=(stance,), document=document, actors=new)
