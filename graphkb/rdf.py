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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from graphkb._exceptions import GraphkbError
from graphkb.model import Actor, ActorKind, Document, Evidence, Modality, Stance, StanceType

__all__ = [
    "ACTORS_GRAPH",
    "CURATION_GRAPH",
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
    "nquads_lines",
    "stance_from_fields",
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
CURATION_GRAPH = NamedNode(BASE + "graph/curation")
"""Where a person's corrections are recorded (see :mod:`graphkb.curation`)."""
GKC = BASE + "curation/"
RETRACTED = GK + "RetractedStance"
"""The class a retracted stance's node takes instead of ``gk:Stance``: kept, never counted."""

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


_FIELDS = {
    GK + "source": "src",
    GK + "target": "tgt",
    GK + "stanceType": "type",
    GK + "modality": "mod",
    GK + "confidence": "conf",
    GK + "origin": "origin",
    PROV + "wasDerivedFrom": "doc",
    GK + "evidenceStart": "start",
    GK + "evidenceEnd": "end",
    GK + "evidenceText": "text",
    DCT + "date": "date",
    GK + "claimedBy": "claim",
    GK + "cameoCode": "cameo",
    RDFS + "comment": "summary",
    GK + "goldstein": "goldstein",
}
"""The predicates of a stance node that :func:`stance_from_fields` reads."""


def stance_from_fields(fields: Mapping[str, Any], node: str | None = None) -> Stance | None:
    """The stance a node describes, from its predicate IRIs and object terms (the inverse of
    :func:`stance_quads`); None when it lacks a required qualifier or holds a bad value.
    Given the ``node``'s IRI, the stance keeps it as its id (a curator's correction changes a
    stance's qualifiers, never its id)."""
    row = {_FIELDS[p]: term.value for p, term in fields.items() if p in _FIELDS}
    if not {"src", "tgt", "type", "mod", "doc", "conf", "origin"} <= row.keys():
        return None
    try:
        stance = Stance(
            source=id_from_iri(row["src"]),
            target=id_from_iri(row["tgt"]),
            type=StanceType(id_from_iri(row["type"])),
            modality=Modality(id_from_iri(row["mod"])),
            evidence=Evidence(
                id_from_iri(row["doc"]),
                int(row["start"]) if "start" in row else None,
                int(row["end"]) if "end" in row else None,
                row.get("text"),
            ),
            date=dt.date.fromisoformat(row["date"]) if "date" in row else None,
            attributed_to=id_from_iri(row["claim"]) if "claim" in row else None,
            confidence=float(row["conf"]),
            origin=row["origin"],
            cameo=row.get("cameo"),
            summary=row.get("summary"),
            goldstein=float(row["goldstein"]) if "goldstein" in row else None,
        )
    except (ValueError, GraphkbError):
        return None
    if node is not None and node.startswith(GKS):
        object.__setattr__(stance, "_id", node[len(GKS) :])
    return stance


# -- the same quads as N-Quads text, for the bulk loader ----------------------------------------
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _escaped(value: str) -> str:
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        return value.translate(_ESCAPES)
    return value


def _nt_text(value: str) -> str:
    return '"' + _escaped(value) + '"'


def _nt_en(value: str) -> str:
    return '"' + _escaped(value) + '"@en'


def _nt_typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _nt_decimal(value: float) -> str:
    return _nt_typed(f"{value:.4f}".rstrip("0").rstrip(".") or "0", "decimal")


def nquads_lines(
    actors: Iterable[Actor], documents: Iterable[Document], stances: Iterable[Stance]
) -> Iterator[str]:
    """The quads of :func:`all_quads` as N-Quads lines (several times faster than building
    Quad objects, for the bulk loader). Ids are validated slugs and codes, safe in IRIs; text
    is escaped as N-Quads requires."""
    for actor in actors:
        yield from (q.__str__() + " .\n" for q in actor_quads(actor))
    for doc in documents:
        yield from (q.__str__() + " .\n" for q in document_quads(doc))
    a, gks, gka, gkd = f"<{RDF}type>", f"<{GKS}", f"<{GKA}", f"<{GKD}"
    p = {name: f"<{GK}{name}>" for name in _STANCE_PREDICATE_NAMES}
    type_po = {t: f"{p['stanceType']} <{GKT}{t.value}>" for t in StanceType}
    verbs = {t: f"<{GK}{t.verb}>" for t in StanceType}
    mod_po = {m: f"{p['modality']} <{GKM}{m.value}>" for m in Modality}
    factual = {m: m.factual for m in Modality}
    stance_class, derived = f"<{GK}Stance>", f"<{PROV}wasDerivedFrom>"
    date_p, comment_p = f"<{DCT}date>", f"<{RDFS}comment>"
    for stance in stances:
        ev = stance.evidence
        node, g = f"{gks}{stance.id}>", f"{gkd}{ev.document}>"
        src, tgt = f"{gka}{stance.source}>", f"{gka}{stance.target}>"
        lines = [
            f"{node} {a} {stance_class} {g} .",
            f"{node} {p['source']} {src} {g} .",
            f"{node} {p['target']} {tgt} {g} .",
            f"{node} {type_po[stance.type]} {g} .",
            f"{node} {mod_po[stance.modality]} {g} .",
            f"{node} {p['confidence']} {_nt_decimal(stance.confidence)} {g} .",
            f"{node} {p['origin']} {_nt_text(stance.origin)} {g} .",
            f"{node} {derived} {g} {g} .",
        ]
        if ev.start is not None and ev.end is not None:
            lines.append(f"{node} {p['evidenceStart']} {_nt_typed(str(ev.start), 'integer')} {g} .")
            lines.append(f"{node} {p['evidenceEnd']} {_nt_typed(str(ev.end), 'integer')} {g} .")
        if stance.goldstein is not None:
            lines.append(f"{node} {p['goldstein']} {_nt_decimal(stance.goldstein)} {g} .")
        if ev.text is not None:
            lines.append(f"{node} {p['evidenceText']} {_nt_text(ev.text)} {g} .")
        if stance.date:
            date = _nt_typed(stance.date.isoformat(), "date")
            lines.append(f"{node} {date_p} {date} {g} .")
        if stance.attributed_to:
            lines.append(f"{node} {p['claimedBy']} {gka}{stance.attributed_to}> {g} .")
        if stance.cameo:
            lines.append(f"{node} {p['cameoCode']} {_nt_text(stance.cameo)} {g} .")
        if stance.summary:
            lines.append(f"{node} {comment_p} {_nt_en(stance.summary)} {g} .")
        if factual[stance.modality]:
            lines.append(f"{src} {verbs[stance.type]} {tgt} {g} .")
        lines.append("")
        yield "\n".join(lines)


_STANCE_PREDICATE_NAMES = (
    "source",
    "target",
    "stanceType",
    "modality",
    "confidence",
    "origin",
    "evidenceStart",
    "evidenceEnd",
    "goldstein",
    "evidenceText",
    "claimedBy",
    "cameoCode",
)


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


def place_in_graphs(quads: Sequence[Quad]) -> list[Quad]:
    """``quads`` with those in the default graph (a Turtle, N-Triples, JSON-LD or RDF/XML file,
    such as graphkb's own triple exports) moved to the graphs graphkb keeps them in: a stance
    node's triples to its document's graph (named by its ``prov:wasDerivedFrom``), a document's
    description to its own graph, actors to the actors graph, type and modality concepts and
    the ontology's terms to the vocabulary graph, and each shortcut triple to the graphs of the
    factual stances in the file that it summarises. Anything else stays in the default graph.
    Loading a triple export back therefore gives the quads the store had, not a second copy
    in the default graph."""
    default = [q for q in quads if isinstance(q.graph_name, DefaultGraph)]
    if not default:
        return list(quads)
    documents, shortcuts = _stance_graphs(default)
    placed = [q for q in quads if not isinstance(q.graph_name, DefaultGraph)]
    for q in default:
        key = (getattr(q.subject, "value", ""), q.predicate.value, getattr(q.object, "value", ""))
        if key in shortcuts:
            graphs = sorted(shortcuts[key], key=lambda n: n.value)
            placed += (Quad(q.subject, q.predicate, q.object, g) for g in graphs)
            continue
        graph = _home_graph(q, documents)
        placed.append(q if graph is None else Quad(q.subject, q.predicate, q.object, graph))
    return placed


def _stance_graphs(
    triples: Sequence[Quad],
) -> tuple[dict[str, NamedNode], dict[tuple[str, str, str], set[NamedNode]]]:
    """(stance node IRI -> its document's graph, shortcut triple -> the graphs of the factual
    stances it stands for), from the stance nodes among ``triples``."""
    fields: dict[str, dict[str, Any]] = {}
    for q in triples:
        if isinstance(q.subject, NamedNode) and q.subject.value.startswith(GKS):
            fields.setdefault(q.subject.value, {})[q.predicate.value] = q.object
    documents: dict[str, NamedNode] = {}
    shortcuts: dict[tuple[str, str, str], set[NamedNode]] = {}
    for node, values in fields.items():
        doc = values.get(PROV + "wasDerivedFrom")
        if not isinstance(doc, NamedNode):
            continue
        documents[node] = doc
        try:
            stance_type = StanceType(id_from_iri(values[GK + "stanceType"].value))
            factual = Modality(id_from_iri(values[GK + "modality"].value)).factual
            src, tgt = values[GK + "source"].value, values[GK + "target"].value
        except (KeyError, ValueError):
            continue
        if factual:
            shortcuts.setdefault((src, GK + stance_type.verb, tgt), set()).add(doc)
    return documents, shortcuts


def _home_graph(q: Quad, documents: Mapping[str, NamedNode]) -> NamedNode | None:
    """The graph graphkb keeps a (non-shortcut) triple in, or None for the default graph."""
    subject = q.subject.value if isinstance(q.subject, NamedNode) else ""
    if subject in documents:
        return documents[subject]
    if subject.startswith(GKD):
        return NamedNode(subject)
    if subject.startswith((GKC, BASE + "curator/")):  # curation records and their curators
        return CURATION_GRAPH
    if subject.startswith((GKT, GKM, GK)):  # concepts, and the ontology's own terms
        return VOCABULARY_GRAPH
    predicate = q.predicate.value
    is_shortcut = predicate.startswith(GK) and predicate[len(GK) :] in _VERBS
    if subject.startswith(GKA) and not is_shortcut:
        return ACTORS_GRAPH
    return None


_VERBS = frozenset(t.verb for t in StanceType)
