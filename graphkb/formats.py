"""Export formats, one small function each behind a registry, and RDF format detection.

RDF formats (Turtle, JSON-LD, N-Triples, N-Quads, TriG) are written by Oxigraph from the store
and round-trip to an isomorphic graph; GraphML goes through networkx; CSV is one row per stance.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from graphkb._cells import safe_row
from graphkb._exceptions import ParseError
from graphkb.queries import fetch_stances
from graphkb.results import STANCE_COLUMNS, stance_record

if TYPE_CHECKING:
    import rdflib

    from graphkb.stores import StanceStore

__all__ = ["ExportFormat", "export", "rdf_format_for"]


class ExportFormat(enum.StrEnum):
    """What ``graphkb export --format`` accepts."""

    TTL = "ttl"
    JSONLD = "jsonld"
    NT = "nt"
    NQ = "nq"
    TRIG = "trig"
    GRAPHML = "graphml"
    CSV = "csv"


_RDF = {
    ExportFormat.TTL: ox.RdfFormat.TURTLE,
    ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
    ExportFormat.NT: ox.RdfFormat.N_TRIPLES,
    ExportFormat.NQ: ox.RdfFormat.N_QUADS,
    ExportFormat.TRIG: ox.RdfFormat.TRIG,
}

_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}

CSV_COLUMNS = STANCE_COLUMNS
"""The columns of ``export --format csv``: one stance record per row."""


def rdf_format_for(path: Path) -> ox.RdfFormat:
    """The RDF format a file's suffix names, or a ParseError saying which suffixes work."""
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted({".yaml", *_SUFFIXES}))
        raise ParseError(f"unknown file type {path.suffix!r}; use one of {known}", str(path))
    return fmt


def _export_csv(store: StanceStore) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for view in fetch_stances(store):
        record = stance_record(view)
        writer.writerow(safe_row(["" if v is None else v for v in record.values()]))
    return out.getvalue().encode("utf-8")


def _export_graphml(store: StanceStore) -> bytes:
    import networkx as nx

    from graphkb.graph import to_networkx

    graph = to_networkx(fetch_stances(store), store.actors().values())
    # GraphML has no null: drop attributes that are None rather than write "None".
    for _, data in graph.nodes(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
    for _, _, data in graph.edges(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue()


_WRITERS: dict[ExportFormat, Callable[[StanceStore], bytes]] = {
    ExportFormat.CSV: _export_csv,
    ExportFormat.GRAPHML: _export_graphml,
}


def export(store: StanceStore, fmt: ExportFormat | str) -> bytes:
    """Serialise the whole store as ``fmt``: the RDF formats by the store itself, the others
    by the writer registered for them."""
    try:
        chosen = ExportFormat(str(fmt).lower())
    except ValueError:
        valid = ", ".join(f.value for f in ExportFormat)
        raise ParseError(f"unknown export format {fmt!r}; use one of {valid}") from None
    if chosen in _RDF:
        return store.dump(_RDF[chosen])
    return _WRITERS[chosen](store)


def rdflib_dataset(store: StanceStore) -> rdflib.Dataset:
    """The whole store as an rdflib ``Dataset`` (every named graph, read from its N-Quads
    export), for code and notebooks built on rdflib: its SPARQL engine, serialisers and
    tools. A copy: writing to it leaves the store as it was."""
    import warnings

    import rdflib  # only when asked for: importing graphkb stays light

    with warnings.catch_warnings():  # rdflib's N-Quads parser calls its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = rdflib.Dataset()
        dataset.parse(data=store.dump(_RDF[ExportFormat.NQ]), format="nquads")
    return dataset
