"""Curated data files: YAML a person can review in a pull request, validated on load.

A file (format ``graphkb-curated/1``, see ``data/README.md``) holds an optional ``document``,
a list of ``actors`` (people, ministries, companies...) and a list of ``stances`` whose evidence
is a character span of the document. Every problem is reported with the file, the item and the
field, and what to write instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from graphkb._exceptions import ParseError, ValidationError
from graphkb.model import Actor, ActorKind, Document, Evidence, Modality, Stance, StanceType

__all__ = ["CuratedData", "attach_text", "load_curated", "parse_curated"]

FORMAT = "graphkb-curated/1"
_E = TypeVar("_E", StanceType, Modality)
_DOC_KEYS = {"id", "title", "publisher", "url", "date", "sha256", "note"}
_ACTOR_KEYS = {"id", "name", "kind", "country", "qid", "aliases", "role", "description"}
_STANCE_KEYS = {
    "source",
    "target",
    "type",
    "modality",
    "evidence",
    "date",
    "attributed_to",
    "confidence",
    "origin",
    "cameo",
    "summary",
}


@dataclass
class CuratedData:
    """What one curated file holds."""

    document: Document | None = None
    actors: list[Actor] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    note: str | None = None


class _Context:
    """Builds error messages that point at the offending place in the file."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> ValidationError:
        return ValidationError(f"{self.source}: {where}: {message}")


def _mapping(ctx: _Context, where: str, value: object, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ctx.fail(where, f"expected a mapping of fields, got {type(value).__name__}")
    unknown = sorted(set(map(str, value)) - allowed)
    if unknown:
        allowed_text = ", ".join(sorted(allowed))
        raise ctx.fail(where, f"unknown field {unknown[0]!r}; allowed: {allowed_text}")
    return value


def _text(ctx: _Context, where: str, value: object, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ctx.fail(where, "is required")
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ctx.fail(where, f"expected text, got {type(value).__name__}")
    return str(value)


def _date(ctx: _Context, where: str, value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ctx.fail(where, f"{value!r} is not a date; write YYYY-MM-DD")


def _document(ctx: _Context, raw: object) -> Document:
    data = _mapping(ctx, "document", raw, _DOC_KEYS)
    try:
        return Document(
            id=_text(ctx, "document.id", data.get("id"), required=True) or "",
            title=_text(ctx, "document.title", data.get("title"), required=True) or "",
            publisher=_text(ctx, "document.publisher", data.get("publisher")),
            url=_text(ctx, "document.url", data.get("url")),
            date=_date(ctx, "document.date", data.get("date")),
            sha256=_text(ctx, "document.sha256", data.get("sha256")),
        )
    except ValidationError as exc:
        raise ctx.fail("document", str(exc)) from exc


def _actor(ctx: _Context, index: int, raw: object) -> Actor:
    where = f"actors[{index}]"
    data = _mapping(ctx, where, raw, _ACTOR_KEYS)
    aliases = data.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ctx.fail(f"{where}.aliases", "expected a list of names")
    kind_text = _text(ctx, f"{where}.kind", data.get("kind"), required=True) or ""
    try:
        kind = ActorKind(kind_text)
    except ValueError:
        valid = ", ".join(k.value for k in ActorKind)
        raise ctx.fail(f"{where}.kind", f"{kind_text!r} is not one of {valid}") from None
    try:
        return Actor(
            id=_text(ctx, f"{where}.id", data.get("id"), required=True) or "",
            name=_text(ctx, f"{where}.name", data.get("name"), required=True) or "",
            kind=kind,
            country=_text(ctx, f"{where}.country", data.get("country")),
            qid=_text(ctx, f"{where}.qid", data.get("qid")),
            aliases=tuple(aliases),
            role=_text(ctx, f"{where}.role", data.get("role")),
            description=_text(ctx, f"{where}.description", data.get("description")),
        )
    except ValidationError as exc:
        raise ctx.fail(where, str(exc)) from exc


def _evidence(ctx: _Context, where: str, raw: object, document: Document) -> Evidence:
    data = _mapping(ctx, where, raw, {"start", "end", "text"})
    start, end = data.get("start"), data.get("end")
    if start is None and end is None and document.url:
        # Background facts cite a public document by its link, with no span of a text graphkb
        # holds (the stance's summary says what the document states).
        return Evidence(document.id, None, None, _text(ctx, f"{where}.text", data.get("text")))
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise ctx.fail(
            where,
            "needs integer 'start' and 'end' character offsets (only a document with a url "
            "may be cited without them)",
        )
    try:
        return Evidence(document.id, start, end, _text(ctx, f"{where}.text", data.get("text")))
    except ValidationError as exc:
        raise ctx.fail(where, str(exc)) from exc


def _enum_value(ctx: _Context, where: str, value: object, enum: type[_E]) -> _E:
    text = _text(ctx, where, value, required=True) or ""
    try:
        return enum(text.upper() if enum is StanceType else text.lower())
    except ValueError:
        valid = ", ".join(e.value for e in enum)
        raise ctx.fail(where, f"{text!r} is not one of {valid}") from None


def _stance(ctx: _Context, index: int, raw: object, document: Document | None) -> Stance:
    where = f"stances[{index}]"
    data = _mapping(ctx, where, raw, _STANCE_KEYS)
    if document is None:
        raise ctx.fail(where, "stances need a 'document' section to point their evidence at")
    confidence = data.get("confidence", 1.0)
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        raise ctx.fail(f"{where}.confidence", "expected a number between 0 and 1")
    try:
        return Stance(
            source=_text(ctx, f"{where}.source", data.get("source"), required=True) or "",
            target=_text(ctx, f"{where}.target", data.get("target"), required=True) or "",
            type=_enum_value(ctx, f"{where}.type", data.get("type"), StanceType),
            modality=_enum_value(ctx, f"{where}.modality", data.get("modality"), Modality),
            evidence=_evidence(ctx, f"{where}.evidence", data.get("evidence"), document),
            date=_date(ctx, f"{where}.date", data.get("date")) or document.date,
            attributed_to=_text(ctx, f"{where}.attributed_to", data.get("attributed_to")),
            confidence=float(confidence),
            origin=_text(ctx, f"{where}.origin", data.get("origin")) or "curated",
            cameo=_text(ctx, f"{where}.cameo", data.get("cameo")),
            summary=_text(ctx, f"{where}.summary", data.get("summary")),
        )
    except ValidationError as exc:
        if str(exc).startswith(ctx.source):
            raise
        raise ctx.fail(where, str(exc)) from exc


def parse_curated(raw: object, source: str = "<data>") -> CuratedData:
    """Validate an already-parsed YAML document and build the model objects."""
    ctx = _Context(source)
    if raw is None:
        raise ctx.fail("top level", "the file is empty; it needs a document, actors or stances")
    data = _mapping(ctx, "top level", raw, {"format", "document", "actors", "stances"})
    if data.get("format", FORMAT) != FORMAT:
        raise ctx.fail("format", f"unsupported format {data.get('format')!r}; expected {FORMAT}")
    document = _document(ctx, data["document"]) if data.get("document") is not None else None
    note = None
    if isinstance(data.get("document"), Mapping):
        note = _text(ctx, "document.note", data["document"].get("note"))
    for key in ("actors", "stances"):
        if not isinstance(data.get(key) or [], list):
            raise ctx.fail(key, "expected a list")
    actors = [_actor(ctx, i, a) for i, a in enumerate(data.get("actors") or [])]
    stances = [_stance(ctx, i, s, document) for i, s in enumerate(data.get("stances") or [])]
    return CuratedData(document, actors, stances, note)


def load_curated(path: Path) -> CuratedData:
    """Read and validate a curated YAML file."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError("is not UTF-8 text; save it as UTF-8", str(path)) from exc
    except OSError as exc:
        raise ParseError(f"cannot be read ({exc.strerror})", str(path)) from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "somewhere"
        problem = getattr(exc, "problem", None) or "invalid syntax"
        raise ParseError(f"is not valid YAML ({problem} at {where})", str(path)) from None
    except RecursionError:  # PyYAML recurses once per level of nesting
        raise ParseError(
            "is nested too deep to read as YAML (lists or maps within each other some "
            "hundreds of levels); flatten it",
            str(path),
        ) from None
    return parse_curated(raw, str(path))


def attach_text(data: CuratedData, text: str, source: str = "<text>") -> CuratedData:
    """Give every stance its evidence sentence from the document's text, after checking the
    text is the one the offsets were made for (same SHA-256 when the file records one)."""
    doc = data.document
    if doc is None:
        raise ValidationError(f"{source}: the curated file has no document to attach text to")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if doc.sha256 and doc.sha256 != digest:
        raise ValidationError(
            f"{source} is not the text of document {doc.id!r} (SHA-256 differs); "
            "pass the file the offsets were made for"
        )
    stances = []
    for stance in data.stances:
        start, end = stance.evidence.start, stance.evidence.end
        if start is None or end is None:
            continue
        if end > len(text):
            raise ValidationError(f"{source}: offsets {end} past the end of the text")
        snippet = text[start:end]
        stances.append(stance.with_evidence_text(snippet))
    return CuratedData(doc, data.actors, stances, data.note)
