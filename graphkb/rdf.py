"""graphkb's RDF vocabulary and the mapping from the model to quads.

A stance is a node (Wikidata's statement-node pattern) carrying every qualifier: source,
target, type, modality, date, claimant, confidence, origin, evidence span and document. Beside
it, a factual (asserted or reported) stance also gets a direct shortcut triple such as
``gka:USA gk:sanctions gka:PAK`` for simple queries. Each document's stances live in a named
graph named after the document, so a document is added or removed as a whole; actors live in
the ``actors`` graph and the stance-type and modality concepts in the ``vocabulary`` graph.
The ontology itself is ``data/ontology/graphkb.ttl``; the SHACL shapes ``data/ontology/shapes.ttl``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from graphkb.model import Actor, ActorKind, Document, Modality, Stance, StanceType

__all__ = [
    "ACTORS_GRAPH",
    "GK",
    "PREFIXES",
    "VOCABULARY_GRAPH",
    "actor_iri",
    "actor_quads",
    "all_quads",
    "document_iri",
    "document_quads",
    "id_from_iri",
    "modality_iri",
    "stance_iri",
    "stance_quads",
    "type_iri",
    "vocabulary_quads",
]

BASE = "https://w3id.org/graphkb/"
GK = BASE + "ns#"
GKA = BASE + "actor/"
GKS = BASE + "stance/"
GKD = BASE + "doc/"
GKT = BASE + "type/"
GKM = BASE + "modality/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SDO = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "gk": GK,
    "gka": GKA,
    "gks": GKS,
    "gkd": GKD,
    "gkt": GKT,
    "gkm": GKM,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCT,
    "schema": SDO,
    "wd": WD,
}

ACTORS_GRAPH = NamedNode(BASE + "graph/actors")
VOCABULARY_GRAPH = NamedNode(BASE + "graph/vocabulary")

_A = NamedNode(RDF + "type")
_KIND_CLASS = {
    ActorKind.COUNTRY: "Country",
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.COMPANY: "Company",
    ActorKind.GROUP: "Group",
}
CLASS_KIND = {GK + name: kind for kind, name in _KIND_CLASS.items()}


def gk(name: str) -> NamedNode:
    """A term of graphkb's vocabulary."""
    return NamedNode(GK + name)


def actor_iri(actor_id: str) -> NamedNode:
    """The IRI of an actor, e.g. ``gka:USA``; ids are validated by the model, so safe in IRIs."""
    return NamedNode(GKA + actor_id)


def stance_iri(stance: Stance) -> NamedNode:
    """The IRI of a stance node, stable for the same stance from the same span."""
    return NamedNode(GKS + stance.id)


def document_iri(document_id: str) -> NamedNode:
    """The IRI of a document, which also names the graph holding its stances."""
    return NamedNode(GKD + document_id)


def type_iri(stance_type: StanceType) -> NamedNode:
    """The SKOS concept of a stance type, e.g. ``gkt:SANCTION``."""
    return NamedNode(GKT + stance_type.value)


def modality_iri(modality: Modality) -> NamedNode:
    """The SKOS concept of a modality, e.g. ``gkm:asserted``."""
    return NamedNode(GKM + modality.value)


def id_from_iri(iri: str) -> str:
    """The local id at the end of a graphkb IRI."""
    return iri.rsplit("/", 1)[-1]


def _text(value: str) -> Literal:
    return Literal(value)


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=NamedNode(XSD + "date"))


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def _decimal(value: float) -> Literal:
    return Literal(
        f"{value:.4f}".rstrip("0").rstrip(".") or "0", datatype=NamedNode(XSD + "decimal")
    )


def actor_quads(actor: Actor) -> Iterator[Quad]:
    """The description of an actor, in the actors graph."""
    node = actor_iri(actor.id)
    g = ACTORS_GRAPH
    yield Quad(node, _A, gk(_KIND_CLASS[actor.kind]), g)
    yield Quad(node, gk("actorId"), _text(actor.id), g)
    yield Quad(node, NamedNode(SKOS + "prefLabel"), Literal(actor.name, language="en"), g)
    for alias in actor.aliases:
        yield Quad(node, NamedNode(SKOS + "altLabel"), Literal(alias, language="en"), g)
    if actor.country:
        yield Quad(node, gk("country"), actor_iri(actor.country), g)
    if actor.role:
        yield Quad(node, gk("role"), Literal(actor.role, language="en"), g)
    if actor.description:
        yield Quad(node, NamedNode(RDFS + "comment"), Literal(actor.description, language="en"), g)
    if actor.qid:
        yield Quad(node, NamedNode(OWL + "sameAs"), NamedNode(WD + actor.qid), g)


def document_quads(doc: Document) -> Iterator[Quad]:
    """The description of a document, in the document's own graph."""
    node = document_iri(doc.id)
    yield Quad(node, _A, gk("Document"), node)
    yield Quad(node, _A, NamedNode(PROV + "Entity"), node)
    yield Quad(node, gk("documentId"), _text(doc.id), node)
    yield Quad(node, NamedNode(DCT + "title"), _text(doc.title), node)
    if doc.publisher:
        yield Quad(node, NamedNode(DCT + "publisher"), _text(doc.publisher), node)
    if doc.url:
        yield Quad(
            node, NamedNode(SDO + "url"), Literal(doc.url, datatype=NamedNode(XSD + "anyURI")), node
        )
    if doc.date:
        yield Quad(node, NamedNode(DCT + "date"), _date(doc.date), node)
    if doc.sha256:
        yield Quad(node, gk("sha256"), _text(doc.sha256), node)


def stance_quads(stance: Stance) -> Iterator[Quad]:
    """The stance node, its qualifiers and (when factual) the direct shortcut triple, all in
    the graph of the stance's document."""
    node = stance_iri(stance)
    g = document_iri(stance.evidence.document)
    yield Quad(node, _A, gk("Stance"), g)
    yield Quad(node, gk("source"), actor_iri(stance.source), g)
    yield Quad(node, gk("target"), actor_iri(stance.target), g)
    yield Quad(node, gk("stanceType"), type_iri(stance.type), g)
    yield Quad(node, gk("modality"), modality_iri(stance.modality), g)
    yield Quad(node, gk("confidence"), _decimal(stance.confidence), g)
    yield Quad(node, gk("origin"), _text(stance.origin), g)
    yield Quad(node, NamedNode(PROV + "wasDerivedFrom"), g, g)
    if stance.evidence.start is not None and stance.evidence.end is not None:
        yield Quad(node, gk("evidenceStart"), _int(stance.evidence.start), g)
        yield Quad(node, gk("evidenceEnd"), _int(stance.evidence.end), g)
    if stance.goldstein is not None:
        yield Quad(node, gk("goldstein"), _decimal(stance.goldstein), g)
    if stance.evidence.text is not None:
        yield Quad(node, gk("evidenceText"), _text(stance.evidence.text), g)
    if stance.date:
        yield Quad(node, NamedNode(DCT + "date"), _date(stance.date), g)
    if stance.attributed_to:
        yield Quad(node, gk("claimedBy"), actor_iri(stance.attributed_to), g)
    if stance.cameo:
        yield Quad(node, gk("cameoCode"), _text(stance.cameo), g)
    if stance.summary:
        yield Quad(node, NamedNode(RDFS + "comment"), Literal(stance.summary, language="en"), g)
    if stance.modality.factual:
        yield Quad(actor_iri(stance.source), gk(stance.type.verb), actor_iri(stance.target), g)


def vocabulary_quads() -> Iterator[Quad]:
    """Stance types and modalities as SKOS concepts with their attributes."""
    g = VOCABULARY_GRAPH
    scheme = NamedNode(GKT)
    yield Quad(scheme, _A, NamedNode(SKOS + "ConceptScheme"), g)
    for stance_type in StanceType:
        info = stance_type.info
        node = type_iri(stance_type)
        yield Quad(node, _A, NamedNode(SKOS + "Concept"), g)
        yield Quad(node, _A, gk("StanceType"), g)
        yield Quad(node, NamedNode(SKOS + "inScheme"), scheme, g)
        yield Quad(node, NamedNode(SKOS + "notation"), _text(stance_type.value), g)
        yield Quad(
            node,
            NamedNode(SKOS + "prefLabel"),
            Literal(stance_type.value.lower(), language="en"),
            g,
        )
        yield Quad(node, gk("polarity"), _int(info.polarity), g)
        yield Quad(node, gk("intensity"), _decimal(info.intensity), g)
        yield Quad(node, gk("quadClass"), _text(info.quad), g)
        if info.quad_code is not None:
            yield Quad(node, gk("quadCode"), _int(info.quad_code), g)
        for root in info.cameo_roots:
            yield Quad(node, gk("cameoCode"), _text(root), g)
        yield Quad(
            node,
            gk("symmetric"),
            Literal("true" if info.symmetric else "false", datatype=NamedNode(XSD + "boolean")),
            g,
        )
        yield Quad(node, gk("shortcut"), gk(stance_type.verb), g)
    mscheme = NamedNode(GKM)
    yield Quad(mscheme, _A, NamedNode(SKOS + "ConceptScheme"), g)
    for modality in Modality:
        node = modality_iri(modality)
        yield Quad(node, _A, NamedNode(SKOS + "Concept"), g)
        yield Quad(node, _A, gk("Modality"), g)
        yield Quad(node, NamedNode(SKOS + "inScheme"), mscheme, g)
        yield Quad(node, NamedNode(SKOS + "notation"), _text(modality.value), g)
        yield Quad(
            node,
            gk("factual"),
            Literal("true" if modality.factual else "false", datatype=NamedNode(XSD + "boolean")),
            g,
        )


def all_quads(
    actors: Iterable[Actor], documents: Iterable[Document], stances: Iterable[Stance]
) -> Iterator[Quad]:
    """Every quad for a batch of actors, documents and stances."""
    for actor in actors:
        yield from actor_quads(actor)
    for doc in documents:
        yield from document_quads(doc)
    for stance in stances:
        yield from stance_quads(stance)
