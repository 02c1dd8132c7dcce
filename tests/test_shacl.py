"""SHACL validation: every constraint of the shapes catches a node that breaks it, with a
useful message, and the results are pyshacl's (an independent SHACL engine, run on the same
data as the oracle)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase, rdf
from graphkb._exceptions import ParseError, StoreError
from graphkb.cli import app
from graphkb.shacl import (
    ValidationReport,
    Violation,
    _Compiler,
    shapes_path,
    validate_graph,
    validate_store,
)
from graphkb.store import Store

PREFIXES = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in rdf.PREFIXES.items())
PREFIXES += "@prefix ex: <https://example.org/> .\n"
DOC = "gkd:seed-us-pakistan-sanctions"
STANCE = {
    "a": "gk:Stance",
    "gk:source": "gka:USA",
    "gk:target": "gka:PAK",
    "gk:stanceType": "gkt:SANCTION",
    "gk:modality": "gkm:asserted",
    "gk:confidence": "0.9",
    "gk:origin": '"rule"',
    "prov:wasDerivedFrom": DOC,
    "gk:evidenceStart": "3",
    "gk:evidenceEnd": "10",
}


def _stance(name: str, **changes: str | None) -> str:
    """A stance in Turtle: a good one with ``changes`` (a predicate with ``__`` for ``:``; None
    leaves it out; "a, b" gives two values)."""
    props = dict(STANCE)
    for key, value in changes.items():
        prop = key.replace("__", ":", 1)
        if value is None:
            props.pop(prop)
        else:
            props[prop] = value
    body = " ;\n  ".join(f"{p} {v}" for p, v in props.items())
    return f"gks:{name}\n  {body} .\n"


ACTOR = '"{id}" ; a gk:Person ; skos:prefLabel "{id}"@en ; gk:country gka:PAK'

# (case, Turtle that breaks one constraint, focus node, constraint component, path, message)
CASES: list[tuple[str, str, str, str, str | None, str]] = [
    (
        "no source",
        _stance("s1", gk__source=None),
        "gks:s1",
        "MinCount",
        "gk:source",
        "exactly one source",
    ),
    (
        "two sources",
        _stance("s2", gk__source="gka:USA, gka:CHN"),
        "gks:s2",
        "MaxCount",
        "gk:source",
        "exactly one source",
    ),
    (
        "source a literal",
        _stance("s3", gk__source='"USA"'),
        "gks:s3",
        "Node",
        "gk:source",
        "exactly one source",
    ),
    (
        "dangling target",
        _stance("s4", gk__target="gka:nobody"),
        "gks:s4",
        "Node",
        "gk:target",
        "other than its source",
    ),
    (
        "target is source",
        _stance("s5", gk__target="gka:USA"),
        "gks:s5",
        "Disjoint",
        "gk:target",
        "other than its source",
    ),
    (
        "unknown type",
        _stance("s6", gk__stanceType="gkt:HUG"),
        "gks:s6",
        "Class",
        "gk:stanceType",
        "18 stance types",
    ),
    (
        "unknown modality",
        _stance("s7", gk__modality="gkm:rumoured"),
        "gks:s7",
        "In",
        "gk:modality",
        "asserted, reported",
    ),
    (
        "confidence above 1",
        _stance("s8", gk__confidence="1.5"),
        "gks:s8",
        "MaxInclusive",
        "gk:confidence",
        "between 0 and 1",
    ),
    (
        "confidence below 0",
        _stance("s9", gk__confidence="-0.5"),
        "gks:s9",
        "MinInclusive",
        "gk:confidence",
        "between 0 and 1",
    ),
    (
        "confidence a string",
        _stance("s10", gk__confidence='"high"'),
        "gks:s10",
        "Datatype",
        "gk:confidence",
        "between 0 and 1",
    ),
    (
        "confidence ill-formed",
        _stance("s11", gk__confidence='"0,9"^^xsd:decimal'),
        "gks:s11",
        "Datatype",
        "gk:confidence",
        "between 0 and 1",
    ),
    (
        "origin with a language",
        _stance("s12", gk__origin='"rule"@en'),
        "gks:s12",
        "Datatype",
        "gk:origin",
        "well-formed xsd:string",
    ),
    (
        "no origin",
        _stance("s13", gk__origin=None),
        "gks:s13",
        "MinCount",
        "gk:origin",
        "fewer than 1 values of gk:origin",
    ),
    (
        "from an actor",
        _stance("s14", prov__wasDerivedFrom="gka:USA"),
        "gks:s14",
        "Class",
        "prov:wasDerivedFrom",
        "described document",
    ),
    (
        "evidence backwards",
        _stance("s15", gk__evidenceStart="12"),
        "gks:s15",
        "LessThan",
        "gk:evidenceStart",
        "start offset below",
    ),
    (
        "evidence before 0",
        _stance("s16", gk__evidenceStart="-2"),
        "gks:s16",
        "MinInclusive",
        "gk:evidenceStart",
        "start offset below",
    ),
    (
        "two ends",
        _stance("s17", gk__evidenceEnd="10, 11"),
        "gks:s17",
        "MaxCount",
        "gk:evidenceEnd",
        "more than 1 values",
    ),
    (
        "goldstein 11",
        _stance("s18", gk__goldstein="11.0"),
        "gks:s18",
        "MaxInclusive",
        "gk:goldstein",
        "at most 10",
    ),
    (
        "month 13",
        _stance("s19", dcterms__date='"2024-13-01"^^xsd:date'),
        "gks:s19",
        "Datatype",
        "dcterms:date",
        "well-formed xsd:date",
    ),
    (
        "dangling claimant",
        _stance("s20", gk__claimedBy="gka:nobody"),
        "gks:s20",
        "Node",
        "gk:claimedBy",
        "does not conform to gk:ActorReferenceShape",
    ),
    (
        "bad CAMEO code",
        _stance("s21", gk__cameoCode='"1a"'),
        "gks:s21",
        "Pattern",
        "gk:cameoCode",
        "does not match",
    ),
    (
        "two comments",
        _stance("s22", rdfs__comment='"a"@en, "b"@en'),
        "gks:s22",
        "MaxCount",
        "rdfs:comment",
        "more than 1",
    ),
    (
        "a subclass's stance",
        "ex:Special rdfs:subClassOf gk:Stance .\n"
        + _stance("s23", a="ex:Special", gk__target=None),
        "gks:s23",
        "MinCount",
        "gk:target",
        "other than its source",
    ),
    (
        "bad actor id",
        f"gka:x1 gk:actorId {ACTOR.format(id='Bad Id')} .",
        "gka:x1",
        "Pattern",
        "gk:actorId",
        "does not match",
    ),
    (
        "actor of no kind",
        f"gka:x2 gk:actorId {ACTOR.format(id='x2')} ; a gk:Alien .",
        "gka:x2",
        "In",
        "rdf:type",
        "exactly one of country",
    ),
    (
        "name without language",
        'gka:x3 gk:actorId "x3" ; a gk:Person ; skos:prefLabel "x3" .',
        "gka:x3",
        "Datatype",
        "skos:prefLabel",
        "exactly one name",
    ),
    (
        "nameless actor",
        'gka:x4 gk:actorId "x4" ; a gk:Person .',
        "gka:x4",
        "MinCount",
        "skos:prefLabel",
        "exactly one name",
    ),
    (
        "country not a country",
        'gka:x5 gk:actorId "x5" ; a gk:Person ; skos:prefLabel "x5"@en ; gk:country gka:x1 .',
        "gka:x5",
        "Class",
        "gk:country",
        "not a gk:Country",
    ),
    (
        "bad Wikidata link",
        f"gka:x6 gk:actorId {ACTOR.format(id='x6')} ; owl:sameAs wd:P31 .",
        "gka:x6",
        "Pattern",
        "owl:sameAs",
        "does not match",
    ),
    (
        "Wikidata as text",
        f'gka:x7 gk:actorId {ACTOR.format(id="x7")} ; owl:sameAs "Q1" .',
        "gka:x7",
        "NodeKind",
        "owl:sameAs",
        "not an IRI",
    ),
    (
        "untitled document",
        'gkd:d1 a gk:Document ; gk:documentId "d1" .',
        "gkd:d1",
        "MinCount",
        "dcterms:title",
        "exactly one title",
    ),
    (
        "url as text",
        'gkd:d2 a gk:Document ; gk:documentId "d2" ; dcterms:title "T" ; schema:url "x:y" .',
        "gkd:d2",
        "Datatype",
        "schema:url",
        "well-formed xsd:anyURI",
    ),
    (
        "polarity 2",
        "gkt:HUG2 a gk:StanceType ; gk:polarity 2 ; gk:intensity 1.0 ; gk:symmetric true .",
        "gkt:HUG2",
        "In",
        "gk:polarity",
        "not one of -1, 0, 1",
    ),
    (
        "polarity 1.0",
        "gkt:HUG3 a gk:StanceType ; gk:polarity 1.0 ; gk:intensity 1.0 ; gk:symmetric true .",
        "gkt:HUG3",
        "In",
        "gk:polarity",
        "not one of -1, 0, 1",
    ),
    (
        "symmetric unsaid",
        "gkt:HUG4 a gk:StanceType ; gk:polarity 1 ; gk:intensity 1.0 .",
        "gkt:HUG4",
        "MinCount",
        "gk:symmetric",
        "fewer than 1 values",
    ),
]
# What must conform: a stance typed with a subclass of gk:StanceType is a SHACL instance of it.
GOOD = "ex:Minor rdfs:subClassOf gk:StanceType .\ngkt:NUDGE a ex:Minor ; gk:polarity 1 ; "
GOOD += "gk:intensity 0.5 ; gk:symmetric false .\n" + _stance("ok", gk__stanceType="gkt:NUDGE")


def _expand(name: str) -> str:
    prefix, local = name.split(":", 1)
    base = "https://example.org/" if prefix == "ex" else rdf.PREFIXES[prefix]
    return str(ox.NamedNode(base + local))


@pytest.fixture(scope="module")
def base() -> bytes:
    """The seed article's graph, the vocabulary and the actors it names, as N-Triples."""
    return base_data()


def base_data() -> bytes:
    """The seed article's graph, the vocabulary and the actors it names, as N-Triples."""
    with KnowledgeBase.memory() as kb:
        quads = list(ox.parse(kb.export("nq"), format=ox.RdfFormat.N_QUADS))
    named = {q.object for q in quads if q.graph_name != rdf.ACTORS_GRAPH}
    named |= {ox.NamedNode(rdf.GKA + a) for a in ("USA", "PAK", "CHN")}
    kept = [q.triple for q in quads if q.graph_name != rdf.ACTORS_GRAPH or q.subject in named]
    return ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES)


def _nt(turtle: str) -> bytes:
    triples = ox.parse((PREFIXES + turtle).encode(), format=ox.RdfFormat.TURTLE)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def broken_data(base: bytes, leave_out: Iterable[str] = ()) -> bytes:
    """The base with every case (but those named in ``leave_out``) and the good stance."""
    cases = [turtle for name, turtle, *_ in CASES if name not in leave_out]
    return base + _nt("\n".join(cases) + "\n" + GOOD)


@pytest.fixture(scope="module")
def broken(base: bytes) -> bytes:
    """The base with every case and the good stance added."""
    return broken_data(base)


@pytest.fixture(scope="module")
def report(broken: bytes) -> ValidationReport:
    return validate_graph(broken, "nt")


def test_the_base_and_the_subclass_cases_conform(base: bytes) -> None:
    """The seed's data conforms, and so does a stance whose type is a subclass's instance."""
    assert validate_graph(base + _nt(GOOD), "nt").conforms


@pytest.mark.parametrize(
    ("turtle", "focus", "component", "path", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_constraint_is_reported(
    base: bytes, turtle: str, focus: str, component: str, path: str, message: str
) -> None:
    """A store with one bad node fails, naming the node, the constraint, the property and
    what is wrong."""
    report = validate_graph(base + _nt(turtle), "nt")
    assert not report.conforms
    ours = [v for v in report.results if v.focus == _expand(focus)]
    assert {v.path for v in ours} == {path}  # nothing else about the node
    (found,) = [v for v in ours if v.component == f"{component}ConstraintComponent"]
    assert message in found.message or any(message in detail for detail in found.details)
    assert f"Focus Node: {_expand(focus)}" in report.text
    assert report.violations == len(report.results) >= 1


def _pyshacl_results(data: bytes) -> set[tuple[str, str, str | None, str | None]]:
    import rdflib
    from pyshacl import validate

    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    _, results, _ = validate(
        rdflib.Graph().parse(data=data, format="nt"), shacl_graph=shapes, inference="none"
    )
    nested = set(results.objects(None, sh.detail))
    found = set()
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        if result in nested:
            continue
        path, value = results.value(result, sh.resultPath), results.value(result, sh.value)
        component = results.value(result, sh.sourceConstraintComponent)
        found.add(
            (
                results.value(result, sh.focusNode).n3(),
                str(component).removeprefix(str(sh)),
                None if path is None else _short(path.n3()),
                None if value is None else _stored(value),
            )
        )
    return found


def _stored(term: object) -> str:
    """An rdflib term as a store writes it (a decimal 1.0 as 1), in N-Triples form."""
    import rdflib

    if not isinstance(term, rdflib.Literal):
        return str(ox.NamedNode(str(term)))
    datatype = None if term.datatype is None else ox.NamedNode(str(term.datatype))
    literal = ox.Literal(str(term), datatype=datatype, language=term.language)
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("x:s"), ox.NamedNode("x:p"), literal))
    return str(next(iter(store)).object)


def _short(iri: str) -> str:
    for prefix, base in rdf.PREFIXES.items():
        if iri.startswith(f"<{base}"):
            return f"{prefix}:{iri[len(base) + 1 : -1]}"
    return iri


def _ours(results: tuple[Violation, ...]) -> set[tuple[str, str, str | None, str | None]]:
    return {(v.focus, v.component, v.path, v.value) for v in results}


def test_results_are_pyshacls(broken: bytes, report: ValidationReport) -> None:
    """On the data with every case, the same focus nodes, constraints, paths and values as
    pyshacl reports."""
    expected = _pyshacl_results(broken)
    assert len(expected) >= len(CASES)
    # Where pyshacl departs from SHACL: it takes an ill-formed decimal ("0,9") to be under any
    # maximum, where a comparison that fails is a violation (SHACL 4.4.3).
    expected.add(
        (
            _expand("gks:s11"),
            "MaxInclusiveConstraintComponent",
            "gk:confidence",
            '"0,9"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        )
    )
    assert _ours(report.results) == expected


def test_the_report_reads_like_pyshacls(report: ValidationReport) -> None:
    """A text report in pyshacl's form, with the message of the nested shape under Details."""
    assert report.text.startswith(
        f"Validation Report\nConforms: False\nResults ({report.violations}):\n"
    )
    assert (
        "\tMessage: a stance needs exactly one target actor, other than its source\n" in report.text
    )
    assert "\t\tMinCountConstraintComponent: points at an actor with no description" in report.text


def test_store_and_data_agree(broken: bytes, report: ValidationReport) -> None:
    """Validating an embedded store holding the data gives the same report."""
    data = ox.Store()
    data.load(broken, format=ox.RdfFormat.N_TRIPLES, to_graph=rdf.ACTORS_GRAPH)
    with Store(data) as store:  # no index: the index would refuse the broken actors
        assert validate_store(store) == report


def test_unreadable_data_is_a_parse_error() -> None:
    """Broken syntax or an unknown format name are one-line errors."""
    with pytest.raises(ParseError, match="not valid nt RDF"):
        validate_graph(b"<a> <b> .", "nt")
    with pytest.raises(ParseError, match="use one of nt, turtle"):
        validate_graph(b"", "rdfxml")


def _compile(turtle: str) -> Iterator[object]:
    store = ox.Store()
    store.load(
        (PREFIXES + "@prefix sh: <http://www.w3.org/ns/shacl#> .\n" + turtle).encode(),
        format=ox.RdfFormat.TURTLE,
    )
    return iter(_Compiler(store).checks)


def test_a_constraint_graphkb_does_not_check_is_refused() -> None:
    """A shapes file using SHACL that is not compiled fails loudly instead of passing."""
    with pytest.raises(
        StoreError, match=r"do not implement sh:uniqueLang \(in <https://example.org/S>\)"
    ):
        _compile(
            "ex:S a sh:NodeShape ; sh:targetClass gk:Stance ; "
            "sh:property [ sh:path rdfs:label ; sh:uniqueLang true ] ."
        )


def test_validate_command_reports_a_bad_stance(tmp_path: Path) -> None:
    """`graphkb validate` on a store holding a bad stance prints the report on stderr, ends
    with one line naming the count, and exits 1; on a good store it says it conforms."""
    store = str(tmp_path / "store")
    runner = CliRunner()
    good = runner.invoke(app, ["--store", store, "validate"])
    assert (good.exit_code, good.stdout) == (0, "store conforms to the graphkb SHACL shapes.\n")
    bad = "gkd:x { gks:bad a gk:Stance ; gk:source gka:USA ; gk:target gka:PAK }"
    update = ["--store", store, "sparql", "--allow-update", f"INSERT DATA {{ GRAPH {bad} }}"]
    assert runner.invoke(app, update).exit_code == 0
    result = runner.invoke(app, ["--store", store, "validate"])
    assert result.exit_code == 1
    assert "Focus Node: <https://w3id.org/graphkb/stance/bad>\n" in result.stderr
    assert "\tMessage: a stance needs exactly one of the 18 stance types\n" in result.stderr
    assert result.stderr.endswith(
        "graphkb: error: store does not conform: 5 violation(s); see the report above\n"
    )
