"""graphkb's records read back from any store that answers SPARQL, and the data every store
starts with: what the embedded store (:mod:`graphkb.store`) and the endpoint client
(:mod:`graphkb.remote`) share, each calling these with itself as the ``source``.

Ids bound into these queries are graphkb's own (minted or validated), written as IRIs
serialised and escaped by pyoxigraph; no user text is spliced into a query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from graphkb import rdf
from graphkb._exceptions import ParseError, StoreError
from graphkb.model import Actor, Document, data_dir

__all__ = [
    "META_GRAPH",
    "SCHEMA_VERSION",
    "ActorCache",
    "Queryable",
    "bundled_batches",
    "count",
    "document_with_digest",
    "dump",
    "is_bootstrapped",
    "known_documents",
    "known_stances",
    "read_actors",
    "read_documents",
    "read_rdf_file",
]

META_GRAPH = ox.NamedNode(rdf.BASE + "graph/meta")
SCHEMA_VERSION = "1"
_SCHEMA = ox.NamedNode(rdf.GK + "schemaVersion")
_CHUNK = 500


class Queryable(Protocol):
    """A store that runs graphkb's SELECT and ASK queries (its prefixes predeclared)."""

    def query(
        self,
        sparql: str,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        *,
        prefixes: bool = True,
    ) -> Any:
        """The answer: solutions to iterate, or a yes/no."""
        ...


def read_actors(source: Queryable, ids: Iterable[str] | None = None) -> dict[str, Actor]:
    """Actors by id, all of them or those in ``ids``, read from their RDF descriptions."""
    values = ""
    if ids is not None:
        values = "VALUES ?a { " + " ".join(str(rdf.actor_iri(i)) for i in sorted(set(ids))) + " }"
    # Only what a description holds: literals, and the three links to other nodes (not the
    # shortcut triples from stances, hundreds for a hub, which made the answer 2.5x larger
    # and twice as slow on Virtuoso).
    rows = source.query(
        "SELECT ?a ?p ?o WHERE { " + values + " ?a gk:actorId ?id ; ?p ?o "
        "FILTER (!isIRI(?o) || ?p IN (rdf:type, gk:country, owl:sameAs)) }"
    )
    fields: dict[str, dict[str, list[Any]]] = {}
    for row in rows:
        fields.setdefault(row["a"].value, {}).setdefault(row["p"].value, []).append(row["o"])
    actors = {}
    for node in fields.values():
        actor = _actor_from_fields(node)
        if actor is not None:
            actors[actor.id] = actor
    return actors


def read_documents(source: Queryable, ids: Iterable[str] | None = None) -> dict[str, Document]:
    """Documents by id, all of them or those in ``ids``."""
    values = ""
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        values = "VALUES ?d { " + " ".join(str(rdf.document_iri(i)) for i in wanted) + " }"
    rows = source.query(
        "SELECT ?id ?title ?publisher ?url ?date ?sha WHERE { "
        + values
        + """
             ?d a gk:Document ; gk:documentId ?id ; dcterms:title ?title .
             OPTIONAL { ?d dcterms:publisher ?publisher }
             OPTIONAL { ?d schema:url ?url }
             OPTIONAL { ?d dcterms:date ?date }
             OPTIONAL { ?d gk:sha256 ?sha } }"""
    )
    docs = {}
    for row in rows:
        date = _value(row["date"])
        docs[row["id"].value] = Document(
            id=row["id"].value,
            title=row["title"].value,
            publisher=_value(row["publisher"]),
            url=_value(row["url"]),
            date=dt.date.fromisoformat(date) if date else None,
            sha256=_value(row["sha"]),
        )
    return docs


def known_stances(source: Queryable, ids: Sequence[str]) -> set[str]:
    """Which of these stance ids the store holds."""
    return _known(source, [ox.NamedNode(rdf.GKS + i) for i in ids], "?n a gk:Stance", rdf.GKS)


def known_documents(source: Queryable, ids: Sequence[str]) -> set[str]:
    """Which of these document ids the store holds."""
    nodes = [rdf.document_iri(i) for i in ids]
    return _known(source, nodes, "GRAPH ?n { ?n a gk:Document }", rdf.GKD)


def _known(source: Queryable, nodes: Sequence[ox.NamedNode], pattern: str, base: str) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(nodes), _CHUNK):
        values = " ".join(str(n) for n in nodes[start : start + _CHUNK])
        rows = source.query(f"SELECT ?n WHERE {{ VALUES ?n {{ {values} }} {pattern} }}")
        found.update(row["n"].value[len(base) :] for row in rows)
    return found


def document_with_digest(source: Queryable, sha256: str) -> str | None:
    """The id of a document whose text has this SHA-256, or None."""
    rows = source.query(
        "SELECT ?id ?h WHERE { ?d gk:sha256 ?h ; gk:documentId ?id } ORDER BY ?id LIMIT 1",
        {"h": ox.Literal(sha256)},
    )
    for row in rows:
        return str(row["id"].value)
    return None


def count(source: Queryable, sparql_pattern: str) -> int:
    """COUNT(*) of a graph pattern (a fixed pattern written by graphkb, never user text)."""
    rows = list(source.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {sparql_pattern} }}"))
    return int(rows[0]["n"].value)


def is_bootstrapped(source: Queryable) -> bool:
    """Whether the bundled vocabulary and data have been loaded."""
    return bool(source.query("ASK { ?m gk:schemaVersion ?v }"))


def bundled_batches() -> Iterator[list[ox.Quad]]:
    """What a new store is loaded with, a write each: the vocabulary, ontology and gazetteer
    (with the schema version), then each bundled curated article."""
    from graphkb.actors import bundled_actors
    from graphkb.curated import load_curated

    quads = list(rdf.vocabulary_quads())
    ontology = ox.parse(
        path=str(data_dir() / "ontology" / "graphkb.ttl"), format=ox.RdfFormat.TURTLE
    )
    quads += [ox.Quad(t.subject, t.predicate, t.object, rdf.VOCABULARY_GRAPH) for t in ontology]
    quads += [q for a in bundled_actors() for q in rdf.actor_quads(a)]
    quads.append(ox.Quad(META_GRAPH, _SCHEMA, ox.Literal(SCHEMA_VERSION), META_GRAPH))
    yield quads
    for path in sorted((data_dir() / "seed").glob("*.yaml")):
        data = load_curated(path)
        docs = [data.document] if data.document else []
        yield list(rdf.all_quads(data.actors, docs, data.stances))


def read_rdf_file(path: Path, fmt: ox.RdfFormat) -> tuple[list[ox.Quad], int, int]:
    """An RDF file's quads, triples without a graph placed in the graphs graphkb keeps them in
    (:func:`rdf.place_in_graphs`), with how many documents and stances it holds."""
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as exc:
        raise ParseError(f"is not valid {fmt.name} ({exc})", str(path)) from None
    except OSError as exc:
        raise StoreError(f"cannot read {path} ({exc})") from exc
    # Counted as graphkb reads them: stance nodes under gks:, documents under gkd:.
    kinds: dict[str, set[object]] = {rdf.GK + "Document": set(), rdf.GK + "Stance": set()}
    home = {rdf.GK + "Document": rdf.GKD, rdf.GK + "Stance": rdf.GKS}
    for q in quads:
        kind = q.object.value if q.predicate.value == rdf.RDF + "type" else ""
        if kind in kinds and getattr(q.subject, "value", "").startswith(home[kind]):
            kinds[kind].add(q.subject)
    documents, stances = len(kinds[rdf.GK + "Document"]), len(kinds[rdf.GK + "Stance"])
    return list(rdf.place_in_graphs(quads)), documents, stances


def dump(quads: Iterable[ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Serialise quads (all graphs for N-Quads/TriG, their union otherwise), the store's own
    bookkeeping graph left out."""
    prefixes = dict(rdf.PREFIXES) if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    kept = (q for q in quads if q.graph_name != META_GRAPH)
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        return ox.serialize(kept, format=fmt, prefixes=prefixes) or b""
    union = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in kept}, key=str)
    return ox.serialize(union, format=fmt, prefixes=prefixes) or b""


class ActorCache:
    """Actors read once and remembered until a write: all of them, or those asked for."""

    def __init__(self, read: Callable[[Iterable[str] | None], dict[str, Actor]]) -> None:
        self._read = read
        self._all: dict[str, Actor] | None = None
        self._some: dict[str, Actor] = {}

    def get(self, ids: Iterable[str] | None = None) -> dict[str, Actor]:
        """All actors, or at least those in ``ids``."""
        if self._all is not None:
            return self._all
        if ids is None:
            self._all = self._read(None)
            self._some.update(self._all)
            return self._all
        wanted = {i for i in ids if i not in self._some}
        if wanted:
            self._some.update(self._read(wanted))
        return self._some

    def forget(self) -> None:
        """Read again next time (after a write)."""
        self._all = None
        self._some = {}


def _actor_from_fields(node: dict[str, list[Any]]) -> Actor | None:
    def first(predicate: str) -> Any:
        values = node.get(predicate)
        return values[0] if values else None

    kinds = [
        rdf.CLASS_KIND[t.value] for t in node.get(rdf.RDF + "type", []) if t.value in rdf.CLASS_KIND
    ]
    actor_id, name = first(rdf.GK + "actorId"), first(rdf.SKOS + "prefLabel")
    if not kinds or actor_id is None or name is None:
        return None
    country, qid = first(rdf.GK + "country"), first(rdf.OWL + "sameAs")
    return Actor(
        id=actor_id.value,
        name=name.value,
        kind=kinds[0],
        country=rdf.id_from_iri(country.value) if country is not None else None,
        role=_value(first(rdf.GK + "role")),
        qid=rdf.id_from_iri(qid.value) if qid is not None else None,
        aliases=tuple(sorted(a.value for a in node.get(rdf.SKOS + "altLabel", []))),
        description=_value(first(rdf.RDFS + "comment")),
    )


def _value(term: Any) -> str | None:
    return None if term is None else str(term.value)
