"""Checks that keep hostile documents away from parsers that would blow up on them.

Oxigraph's parsers are fast and strict, but two shapes of input defeat them:

* **XML entity bombs.** The RDF/XML reader expands entities declared in the document's DTD,
  entities within entities too, so a 1 KB "billion laughs" file becomes gigabytes.
  :func:`check_xml_entities` lets through only what OWL files really use (plain entities
  that abbreviate a namespace, ``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``) and caps
  what they expand to; entities built from other entities, parameter and external entities
  are refused.
* **Deep nesting.** The JSON-LD reader, the SPARQL JSON results reader and the SPARQL query
  parser recurse once per level: some thousands of levels overflow the stack and the whole
  process dies with a segmentation fault, beyond the reach of any ``except``.
  :func:`check_nesting` counts the levels first (linear, strings skipped) and refuses past
  :data:`MAX_NESTING`, far beyond anything real data or queries use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from graphkb._exceptions import ParseError

__all__ = [
    "MAX_ENTITY_EXPANSION",
    "MAX_NESTING",
    "check_nesting",
    "check_rdf_file",
    "check_xml_entities",
    "json_depth",
]

MAX_NESTING = 128
"""Levels of brackets a JSON document or a SPARQL query may nest."""

MAX_ENTITY_EXPANSION = 10_000_000
"""Bytes that the XML entities of one file may expand to, all uses together."""

_DECLARATION = re.compile(
    rb"""<!ENTITY\s+(?P<parameter>%\s+)?(?P<name>[^\s%&;"'<>]+)\s+
        (?:(?P<external>SYSTEM|PUBLIC)\b[^>]*|"(?P<value>[^"]*)"|'(?P<single>[^']*)')\s*>""",
    re.X,
)
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_BRACES_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")


def check_rdf_file(path: Path, fmt: ox.RdfFormat) -> None:
    """Refuse an RDF/XML file with an entity bomb or a JSON-LD file nested too deep, before
    a parser sees it; other formats pass untouched (their parsers do not recurse)."""
    if fmt not in (ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD):
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot be read ({exc.strerror})", str(path)) from None
    if fmt == ox.RdfFormat.RDF_XML:
        check_xml_entities(data, str(path))
    else:
        check_nesting(json_depth(data), "JSON", str(path))


def check_xml_entities(data: bytes, source: str | None = None) -> None:
    """Refuse XML whose DTD declares entities that could expand without bound.

    >>> check_xml_entities(b'<!DOCTYPE r [<!ENTITY owl "http://www.w3.org/2002/07/owl#">]><r/>')
    """
    if b"<!ENTITY" not in data:
        return
    declarations = list(_DECLARATION.finditer(data))
    if len(declarations) != data.count(b"<!ENTITY"):
        raise ParseError(
            "has an XML entity declaration graphkb cannot check; write the entity's text out "
            "in full and remove the <!ENTITY> declaration",
            source,
        )
    expansion = 0
    for match in declarations:
        name = match["name"].decode("utf-8", "replace")
        value = match["value"] if match["value"] is not None else match["single"]
        if match["parameter"] or match["external"]:
            kind = "a parameter entity" if match["parameter"] else "an external entity"
            raise ParseError(
                f"XML entity {name!r} is {kind}, which graphkb does not read; write its text "
                "out in full and remove the <!ENTITY> declaration",
                source,
            )
        if b"&" in value or b"%" in value:
            raise ParseError(
                f"XML entity {name!r} is built from other entities (the shape of a 'billion "
                "laughs' entity bomb); graphkb expands only plain entities: write its text out",
                source,
            )
        expansion += data.count(b"&" + match["name"] + b";") * len(value)
    if expansion > MAX_ENTITY_EXPANSION:
        raise ParseError(
            f"its XML entities would expand to {expansion:,} bytes, more than graphkb allows "
            f"({MAX_ENTITY_EXPANSION:,}); write their text out in full instead",
            source,
        )


def json_depth(data: bytes) -> int:
    """How deep the arrays and objects of a JSON document nest (brackets in strings skipped).
    For text that is not JSON the count after its first fault may differ, never falling below
    the depth a parser reaches before it stops there.

    >>> json_depth(b'{"a": [1, {"b": "[[["}]}')
    3
    """
    # Strings out (escapes first, then every other quote-delimited stretch), then everything
    # but brackets, all at C speed; each pass deleting the empty pairs peels one level, so
    # the passes count the depth. Past the limit, or for brackets that do not pair, the exact
    # count is made token by token.
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    quoted = unescaped.split(b'"')
    brackets = b"".join(quoted[::2]).translate(_BRACES_AS_BRACKETS, _NOT_BRACKETS)
    levels = 0
    while brackets and levels <= MAX_NESTING:
        peeled = brackets.replace(b"[]", b"")
        if len(peeled) == len(brackets):
            break
        brackets, levels = peeled, levels + 1
    if not brackets and len(quoted) % 2:  # an odd count of quotes leaves a string open
        return levels
    depth = deepest = 0
    for token in _JSON_TOKEN.finditer(data):
        bracket = token[0]
        if bracket in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in (b"]", b"}"):
            depth -= 1
    return deepest


def check_nesting(depth: int, what: str, source: str | None = None) -> None:
    """Refuse ``what`` (JSON, a SPARQL query) nested ``depth`` levels when that is past
    :data:`MAX_NESTING`."""
    if depth > MAX_NESTING:
        raise ParseError(
            f"{what} nested {depth:,} levels deep; graphkb reads at most {MAX_NESTING} levels "
            "(deeper nesting would crash the parser): flatten it",
            source,
        )
