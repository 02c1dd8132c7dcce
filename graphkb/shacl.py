"""SHACL validation against ``data/ontology/shapes.ttl``, run as SPARQL queries on the store.

The shapes are read once and each constraint becomes a SPARQL query that finds the nodes
breaking it, run by the store itself: an endpoint does the work where the data is (nothing is
downloaded), and a 12k-stance store validates in seconds where pyshacl over the whole data took
minutes (``benchmarks/bench_remote.py``). The shapes use a small part of SHACL Core, and only
that part is compiled: targets by class (subclasses included) and by subjects of a predicate;
constraints ``minCount``, ``maxCount``, ``class``, ``datatype`` (lexical form checked for the
XSD types graphkb writes), ``nodeKind``, ``in``, ``minInclusive``, ``maxInclusive``,
``pattern``, ``disjoint``, ``lessThan`` and ``node``, on predicate paths; ``sh:message``. A
shapes file using anything else is refused with the name of what is missing, so a new shape
never goes unchecked. The results are pyshacl's (same focus nodes, constraints and values: a
test compares them on data that breaks each constraint), in a report of the same form. One
known gap: a date's day is checked to be 01-31, not against its month.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graphkb import rdf
from graphkb._exceptions import ParseError, StoreError
from graphkb.model import data_dir
from graphkb.stores import StanceStore

__all__ = ["ValidationReport", "Violation", "shapes_path", "validate_graph", "validate_store"]

SH = "http://www.w3.org/ns/shacl#"
_TYPE = ox.NamedNode(rdf.RDF + "type")
_SUBCLASS = f"<{rdf.RDFS}subClassOf>"
_XSD = rdf.XSD

_ZONE = r"(Z|[+-][0-9]{2}:[0-9]{2})?$"
# The lexical forms SHACL's sh:datatype accepts (an ill-formed literal is a violation).
_LEXICAL = {
    _XSD + "decimal": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$",
    _XSD + "integer": r"^[+-]?[0-9]+$",
    _XSD + "boolean": r"^(true|false|1|0)$",
    _XSD + "date": r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _ZONE,
}
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float")}
_UNCHECKED_LEXICAL = {_XSD + "string", _XSD + "anyURI"}
_LANG_STRING = rdf.RDF + "langString"

_IGNORED = {rdf.RDF + "type", rdf.RDFS + "comment", rdf.RDFS + "label"}  # said of shapes


@dataclass(frozen=True, slots=True)
class Violation:
    """One validation result: which constraint a focus node (and value) breaks, and why."""

    component: str  # SHACL's constraint component, e.g. "MinCountConstraintComponent"
    shape: str  # the shape, e.g. "gk:StanceShape"
    focus: str  # the focus node in N-Triples form
    path: str | None  # the property, e.g. "gk:source"; None for a node's own constraint
    value: str | None  # the value node in N-Triples form, when the constraint is on values
    message: str
    details: tuple[str, ...] = ()  # for sh:node: what the value breaks in the other shape

    def text(self) -> str:
        """The result as pyshacl's text report writes one."""
        lines = [
            f"Constraint Violation in {self.component} ({SH}{self.component}):",
            "\tSeverity: sh:Violation",
            f"\tSource Shape: {self.shape}{'' if self.path is None else f' {self.path}'}",
            f"\tFocus Node: {self.focus}",
        ]
        if self.value is not None:
            lines.append(f"\tValue Node: {self.value}")
        if self.path is not None:
            lines.append(f"\tResult Path: {self.path}")
        lines.append(f"\tMessage: {self.message}")
        if self.details:
            lines.append("\tDetails:")
            lines += [f"\t\t{detail}" for detail in self.details]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether the data conforms, how many violations there are, a text report in pyshacl's
    form, and the violations themselves."""

    conforms: bool
    violations: int
    text: str
    results: tuple[Violation, ...] = field(default=(), repr=False)


def shapes_path() -> Path:
    """The bundled SHACL shapes file."""
    return data_dir() / "ontology" / "shapes.ttl"


def validate_store(store: StanceStore) -> ValidationReport:
    """Validate the union of the store's graphs (an endpoint's included: the queries run
    there)."""
    return _validate(lambda text: store.query(text, prefixes=False))


def validate_graph(data: bytes, fmt: str = "nt") -> ValidationReport:
    """Validate serialised RDF: ``fmt`` nt, turtle (ttl), json-ld, nq or trig (the union of
    its graphs)."""
    formats = {
        "nt": ox.RdfFormat.N_TRIPLES,
        "turtle": ox.RdfFormat.TURTLE,
        "ttl": ox.RdfFormat.TURTLE,
        "json-ld": ox.RdfFormat.JSON_LD,
        "jsonld": ox.RdfFormat.JSON_LD,
        "nq": ox.RdfFormat.N_QUADS,
        "nquads": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
    }
    if fmt not in formats:
        raise ParseError(f"cannot validate {fmt!r} data; use one of {', '.join(formats)}")
    store = ox.Store()
    try:
        store.load(data, format=formats[fmt])
    except SyntaxError as exc:
        raise ParseError(f"the data is not valid {fmt} RDF ({exc})") from None
    return _validate(lambda text: store.query(text, use_default_graph_as_union=True))


# -- running -----------------------------------------------------------------------------------
def _validate(run: Callable[[str], Any]) -> ValidationReport:
    """Run each check as its own query (one UNION of them all is no faster on Oxigraph and
    beyond Virtuoso 7's planner) and gather the results."""
    checks = _checks()
    found: dict[tuple[int, str, str | None], list[str]] = {}
    for check in checks:
        for row in run(f"SELECT DISTINCT ?focus ?value WHERE {{ {check.where} }}"):
            value = row["value"] if check.has_value else None
            key = (check.top, str(row["focus"]), None if value is None else str(value))
            details = found.setdefault(key, [])
            if check.detail is not None and check.detail not in details:
                details.append(check.detail)
    results = sorted(
        (
            _violation(checks[top], focus, value, details)
            for (top, focus, value), details in found.items()
        ),
        key=lambda v: (v.focus, v.shape, v.path or "", v.component, v.value or ""),
    )
    lines = ["Validation Report", f"Conforms: {not results}"]
    if results:
        lines.append(f"Results ({len(results)}):")
        lines += [result.text() for result in results]
    return ValidationReport(not results, len(results), "\n".join(lines) + "\n", tuple(results))


def _violation(check: _Check, focus: str, value: str | None, details: list[str]) -> Violation:
    return Violation(
        check.component,
        check.shape,
        focus,
        check.path,
        value,
        _fill(check.message, focus, value or ""),
        # A nested shape's focus node is the value, and so is a node shape's own value.
        tuple(_fill(detail, value or "", value or "") for detail in details),
    )


def _fill(message: str, focus: str, value: str) -> str:
    return message.replace("{focus}", focus).replace("{value}", value)


# -- compiling the shapes ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Check:
    """A SPARQL pattern binding ?focus (and ?value) to the nodes that break one constraint."""

    top: int  # the check it reports as: a constraint reached through sh:node reports as that
    component: str  # SHACL's constraint component of the reported result
    shape: str
    path: str | None
    message: str  # {focus} and {value} are filled in
    where: str
    has_value: bool
    detail: str | None = None  # for a constraint reached through sh:node: what it says


@dataclass(frozen=True, slots=True)
class _Focus:
    """The focus nodes of a shape: ``target`` binds ?focus, the targeted shape's focus nodes;
    for a shape reached through sh:node, ``steps`` (triple patterns) lead from there to ``var``.

    Each check first finds the few nodes that break a constraint (a subquery over the
    constrained property alone), then joins them with the target, so an engine scans the
    property's triples instead of joining every target with them."""

    target: str
    steps: tuple[str, ...]
    depth: int

    @property
    def var(self) -> str:
        return "?focus" if self.depth == 0 else _value_var(self.depth - 1)

    @property
    def keys(self) -> str:
        """The variables that tell one result from another."""
        return " ".join(["?focus", *(_value_var(d) for d in range(self.depth))])

    def where(self, triples: Iterable[str], tail: str, project: str) -> str:
        """A pattern of the focus nodes where ``triples`` and ``tail`` (filters) hold."""
        inner = " . ".join(triples)
        if not inner:
            return f"{self.target} {tail}"
        return f"{{ SELECT DISTINCT {project} WHERE {{ {inner} {tail} }} }} {self.target}"


def _value_var(depth: int) -> str:
    return "?value" if depth == 0 else f"?v{depth}"


def _short(term: Any) -> str:
    """An IRI as prefix:name where graphkb has a prefix for it, else in N-Triples form."""
    if isinstance(term, ox.NamedNode):
        for prefix, base in {**rdf.PREFIXES, "sh": SH}.items():
            local = term.value.removeprefix(base)
            if local != term.value and local.replace("-", "_").isidentifier():
                return f"{prefix}:{local}"
    return str(term)


@cache
def _checks() -> list[_Check]:
    """The checks of the bundled shapes (read once a process)."""
    store = ox.Store()
    store.load(path=shapes_path(), format=ox.RdfFormat.TURTLE)
    return _Compiler(store).checks


class _Compiler:
    """Turns the shapes graph into checks."""

    def __init__(self, shapes: ox.Store) -> None:
        self.shapes = shapes
        self.checks: list[_Check] = []
        node_shape = ox.NamedNode(SH + "NodeShape")
        for quad in shapes.quads_for_pattern(None, _TYPE, node_shape):
            shape = quad.subject
            targets = [
                f"{{ ?focus {_TYPE}/{_SUBCLASS}* {cls} }}"
                for cls in self.objects(shape, "targetClass")
            ] + [f"{{ ?focus {p} [] }}" for p in self.objects(shape, "targetSubjectsOf")]
            if targets:  # else the shape is only reached through sh:node
                self.shape(shape, _Focus(" UNION ".join(targets), (), 0), None)

    # -- reading the shapes graph
    def objects(self, subject: Any, name: str) -> list[Any]:
        found = self.shapes.quads_for_pattern(subject, ox.NamedNode(SH + name), None)
        return [quad.object for quad in found]

    def one(self, subject: Any, name: str) -> Any:
        values = self.objects(subject, name)
        if len(values) > 1:
            raise StoreError(f"the SHACL shapes give {subject} more than one sh:{name}")
        return values[0] if values else None

    def keys(self, subject: Any, shape: str) -> list[str]:
        """The SHACL parameters of a shape, in order; anything graphkb does not check is
        refused."""
        found = []
        for quad in self.shapes.quads_for_pattern(subject, None, None):
            name = quad.predicate.value.removeprefix(SH)
            if quad.predicate.value in _IGNORED or name in _STRUCTURE:
                continue
            if name not in _PARAMETERS:
                raise StoreError(
                    f"graphkb's SHACL checks do not implement {_short(quad.predicate)} (in "
                    f"{shape}); extend graphkb/shacl.py before using it in the shapes"
                )
            found.append(name)
        return sorted(set(found))

    def members(self, head: Any) -> list[Any]:
        """The members of an RDF list."""
        found = []
        while head != ox.NamedNode(rdf.RDF + "nil"):
            found.append(self.shapes_one(head, "first"))
            head = self.shapes_one(head, "rest")
        return found

    def shapes_one(self, node: Any, name: str) -> Any:
        found = list(self.shapes.quads_for_pattern(node, ox.NamedNode(rdf.RDF + name), None))
        if len(found) != 1:
            raise StoreError(f"the SHACL shapes hold a broken RDF list at {node}")
        return found[0].object

    # -- compiling
    def shape(self, shape: Any, focus: _Focus, outer: _Check | None) -> None:
        """Checks for a node shape: its own constraints on the focus node, then each property
        shape's on the values. ``outer``: the sh:node check this shape is reached through."""
        name = _short(shape)
        if own := self.keys(shape, name):
            values = _Values(focus, focus.steps, focus.var)
            self.constraints(shape, own, name, None, values, outer)
        for prop in self.objects(shape, "property"):
            path = self.one(prop, "path")
            if not isinstance(path, ox.NamedNode):
                raise StoreError(f"graphkb's SHACL checks take predicate paths only, not {path}")
            value = _value_var(focus.depth)
            values = _Values(focus, (*focus.steps, f"{focus.var} {path} {value}"), value)
            self.constraints(prop, self.keys(prop, name), name, path, values, outer)

    def constraints(
        self,
        node: Any,
        keys: list[str],
        name: str,
        path: ox.NamedNode | None,
        values: _Values,
        outer: _Check | None,
    ) -> None:
        """One check per constraint of a shape (``path`` None) or property shape."""
        said = self.one(node, "message")
        short_path = None if path is None else _short(path)
        for key in keys:
            parameter = self.one(node, key)
            component = f"{key[0].upper()}{key[1:]}ConstraintComponent"
            where, has_value, default = _PARAMETERS[key](self, parameter, path, values)
            message = default if said is None else str(said.value)
            own = _Check(len(self.checks), component, name, short_path, message, where, has_value)
            if outer is not None:  # reported as the outer sh:node constraint's result
                own = _Check(
                    outer.top,
                    outer.component,
                    outer.shape,
                    outer.path,
                    outer.message,
                    where,
                    True,
                    f"{component}: {message}",
                )
            if key == "node":
                focus = values.focus
                inner = _Focus(focus.target, values.triples, focus.depth + 1)
                self.shape(parameter, inner, outer or own)
            else:
                self.checks.append(own)


@dataclass(frozen=True, slots=True)
class _Values:
    """The value nodes a constraint checks: ``triples`` bind them to ``var`` (the focus node
    itself for a node shape's own constraints)."""

    focus: _Focus
    triples: tuple[str, ...]
    var: str

    def where(self, condition: str) -> str:
        """The pattern of the value nodes that break ``condition`` (a SPARQL filter on var)."""
        tail = f"FILTER ({condition})"
        if not self.triples:  # a targeted shape's own constraint: the value is the focus
            tail += " BIND(?focus AS ?value)"
        project = " ".join(dict.fromkeys((*self.focus.keys.split(), self.var)))
        return self.focus.where(self.triples, tail, project)


_Compiled = tuple[str, bool, str]  # (where, whether results name a value, default message)


def _node(c: _Compiler, shape: Any, path: Any, values: _Values) -> _Compiled:
    return "", True, f"the value {{value}} does not conform to {_short(shape)}"


def _min_count(c: _Compiler, n: Any, path: Any, values: _Values) -> _Compiled:
    focus = values.focus
    fresh = f"?n{focus.depth}"
    if int(n.value) == 1:
        where = focus.where(
            focus.steps, f"FILTER NOT EXISTS {{ {focus.var} {path} {fresh} }}", focus.keys
        )
    else:
        steps = " . ".join((focus.target, *focus.steps))
        where = (
            f"{{ SELECT {focus.keys} WHERE {{ {steps} OPTIONAL {{ {focus.var} {path} {fresh} }} }}"
            f" GROUP BY {focus.keys} HAVING (COUNT(DISTINCT {fresh}) < {n.value}) }}"
        )
    return where, False, f"fewer than {n.value} values of {_short(path)} on {{focus}}"


def _max_count(c: _Compiler, n: Any, path: Any, values: _Values) -> _Compiled:
    # The target inside the grouping, as Virtuoso 7 would join it to the group per focus node.
    focus = values.focus
    fresh = f"?n{focus.depth}"
    steps = " . ".join((focus.target, *focus.steps, f"{focus.var} {path} {fresh}"))
    where = (
        f"{{ SELECT {focus.keys} WHERE {{ {steps} }} GROUP BY {focus.keys} "
        f"HAVING (COUNT(DISTINCT {fresh}) > {n.value}) }}"
    )
    return where, False, f"more than {n.value} values of {_short(path)} on {{focus}}"


def _class(c: _Compiler, cls: Any, path: Any, values: _Values) -> _Compiled:
    # A SHACL instance: typed cls or a subclass of it. Spelled as two patterns: Virtuoso 7
    # gets rdf:type/rdfs:subClassOf* wrong inside NOT EXISTS.
    v, sub = values.var, f"?c{values.focus.depth}"
    condition = (
        f"NOT EXISTS {{ {v} {_TYPE} {cls} }} && "
        f"NOT EXISTS {{ {v} {_TYPE} {sub} . {sub} {_SUBCLASS}+ {cls} }}"
    )
    return values.where(condition), True, f"the value {{value}} is not a {_short(cls)}"


def _datatype(c: _Compiler, dt: Any, path: Any, values: _Values) -> _Compiled:
    v = values.var
    if dt.value == _LANG_STRING:
        good = f'isLiteral({v}) && lang({v}) != ""'
    elif dt.value in _LEXICAL:
        lexical = ox.Literal(_LEXICAL[dt.value])
        good = f"isLiteral({v}) && datatype({v}) = {dt} && regex(str({v}), {lexical})"
    elif dt.value in _UNCHECKED_LEXICAL:
        good = f'isLiteral({v}) && lang({v}) = "" && datatype({v}) = {dt}'
    else:
        raise StoreError(f"graphkb's SHACL checks do not know the datatype {_short(dt)}")
    message = f"the value {{value}} is not a well-formed {_short(dt)}"
    return values.where(f"!COALESCE({good}, false)"), True, message


def _node_kind(c: _Compiler, kind: Any, path: Any, values: _Values) -> _Compiled:
    if kind != ox.NamedNode(SH + "IRI"):
        raise StoreError(f"graphkb's SHACL checks take sh:nodeKind sh:IRI only, not {kind}")
    return values.where(f"!isIRI({values.var})"), True, "the value {value} is not an IRI"


def _in(c: _Compiler, head: Any, path: Any, values: _Values) -> _Compiled:
    # Term equality, spelled out: sameTerm on an IRI fails on Virtuoso 7, and = on literals
    # would take 1.0 for 1.
    members = c.members(head)
    same = " || ".join(_same_term(values.var, member) for member in members)
    listed = ", ".join(_short(m) if isinstance(m, ox.NamedNode) else m.value for m in members)
    message = f"the value {{value}} is not one of {listed}"
    return values.where(f"!COALESCE({same}, false)"), True, message


def _same_term(var: str, term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"(isIRI({var}) && {var} = {term})"
    if isinstance(term, ox.Literal):
        lexical, lang = ox.Literal(term.value), ox.Literal(term.language or "")
        return (
            f"(isLiteral({var}) && datatype({var}) = {ox.NamedNode(term.datatype.value)} && "
            f"str({var}) = {lexical} && lang({var}) = {lang})"
        )
    raise StoreError(f"graphkb's SHACL checks take IRIs and literals in sh:in, not {term}")


def _bound(op: str, words: str) -> Callable[[_Compiler, Any, Any, _Values], _Compiled]:
    def compile_bound(c: _Compiler, limit: Any, path: Any, values: _Values) -> _Compiled:
        v = values.var
        condition = f"!COALESCE({_comparable(v, limit)} && {v} {op} {limit}, false)"
        return values.where(condition), True, f"the value {{value}} is not {words} {limit.value}"

    return compile_bound


def _comparable(var: str, other: Any) -> str:
    """Whether a comparison with ``other`` (a term or a variable) is defined: Virtuoso 7
    compares a string with a number where SPARQL has a type error."""
    if isinstance(other, str):
        return f"((isNumeric({var}) && isNumeric({other})) || datatype({var}) = datatype({other}))"
    if other.datatype.value in _NUMERIC:
        return f"isNumeric({var})"
    return f"datatype({var}) = {ox.NamedNode(other.datatype.value)}"


def _pattern(c: _Compiler, regex: Any, path: Any, values: _Values) -> _Compiled:
    v = values.var
    condition = f"isBlank({v}) || !regex(str({v}), {regex})"
    return values.where(condition), True, f"the value {{value}} does not match {regex.value}"


def _disjoint(c: _Compiler, other: Any, path: Any, values: _Values) -> _Compiled:
    v = values.var
    condition = f"EXISTS {{ {values.focus.var} {other} {v} }}"
    return values.where(condition), True, f"the value {{value}} is also a value of {_short(other)}"


def _less_than(c: _Compiler, other: Any, path: Any, values: _Values) -> _Compiled:
    v, fresh = values.var, f"?o{values.focus.depth}"
    triples = (*values.triples, f"{values.focus.var} {other} {fresh}")
    condition = f"!COALESCE({_comparable(v, fresh)} && {v} < {fresh}, false)"
    where = _Values(values.focus, triples, v).where(condition)
    return where, True, f"the value {{value}} is not below the value of {_short(other)}"


_PARAMETERS: dict[str, Callable[[_Compiler, Any, Any, _Values], _Compiled]] = {
    "minCount": _min_count,
    "maxCount": _max_count,
    "class": _class,
    "datatype": _datatype,
    "nodeKind": _node_kind,
    "in": _in,
    "minInclusive": _bound(">=", "at least"),
    "maxInclusive": _bound("<=", "at most"),
    "pattern": _pattern,
    "disjoint": _disjoint,
    "lessThan": _less_than,
    "node": _node,
}
_STRUCTURE = {"property", "targetClass", "targetSubjectsOf", "message", "path"}
