"""SHACL validation of the store's data with pyshacl, against ``data/ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graphkb._exceptions import ParseError
from graphkb.model import data_dir
from graphkb.stores import StanceStore

__all__ = ["ValidationReport", "shapes_path", "validate_graph", "validate_store"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether the data conforms, how many violations there are, and pyshacl's text report."""

    conforms: bool
    violations: int
    text: str


def shapes_path() -> Path:
    """The bundled SHACL shapes file."""
    return data_dir() / "ontology" / "shapes.ttl"


def validate_graph(data: bytes, fmt: str = "nt") -> ValidationReport:
    """Validate serialised RDF (``fmt`` as rdflib names it: nt, turtle, json-ld...)."""
    import rdflib
    from pyshacl import validate

    graph = rdflib.Graph()
    try:
        graph.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types for bad syntax
        raise ParseError(f"the data is not valid {fmt} RDF ({exc})") from None
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, results_graph, text = validate(
        graph, shacl_graph=shapes, inference="none", advanced=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(set(results_graph.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return ValidationReport(bool(conforms), violations, str(text))


def validate_store(store: StanceStore) -> ValidationReport:
    """Validate the union of the store's graphs."""
    return validate_graph(store.dump(ox.RdfFormat.N_TRIPLES), "nt")
