"""RDF export round trips, SHACL validation, SPARQL, loading."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from graphkb import KnowledgeBase, QueryError
from graphkb.shacl import validate_graph

SANCTION_QUERY = """
SELECT ?source ?target ?summary ?start ?end WHERE {
  ?s a gk:Stance ; gk:stanceType gkt:SANCTION ; gk:modality gkm:asserted ;
     gk:source ?source ; gk:target gka:PAK ; gk:target ?target ;
     rdfs:comment ?summary ; gk:evidenceStart ?start ; gk:evidenceEnd ?end .
}"""


def _rdflib_graph(kb: KnowledgeBase) -> rdflib.Graph:
    return rdflib.Graph().parse(data=kb.export("nt"), format="nt")


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")]
)
def test_rdf_exports_round_trip(kb: KnowledgeBase, fmt: str, rdflib_format: str) -> None:
    """Turtle, JSON-LD and N-Triples parse back to a graph isomorphic to the store's."""
    reference = _rdflib_graph(kb)
    parsed = rdflib.Graph().parse(data=kb.export(fmt), format=rdflib_format)
    assert len(parsed) == len(reference) > 2000
    assert isomorphic(parsed, reference)


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "nt", "nq", "trig"])
def test_every_export_loads_back_quad_for_quad(tmp_path: Path, fmt: str) -> None:
    """An export loaded into the same store adds nothing, and into a fresh one gives exactly
    the same quads: triple formats too, whose triples go back to their document, actor and
    vocabulary graphs (a shortcut triple to every document graph that states it)."""
    with KnowledgeBase.memory() as kb:
        kb.ingest("Germany imposed sanctions on Russia.\n", title="a")
        kb.ingest("Berlin sanctioned Moscow again.\nGermany imposed sanctions on Russia.\n")
        export = tmp_path / f"kb.{fmt}"
        export.write_bytes(kb.export(fmt))
        before = sorted(kb.export("nq").decode().splitlines())
        report = kb.load([export])
        assert report["quads_added"] == 0
        assert (report["documents"], report["stances"]) == (3, kb.stats()["stances"])
        assert sorted(kb.export("nq").decode().splitlines()) == before
    with KnowledgeBase.memory(bootstrap=False) as fresh:
        fresh.load([export])
        assert sorted(fresh.export("nq").decode().splitlines()) == before
        assert fresh.validate().conforms


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("nq", "nquads"), ("trig", "trig")])
def test_quad_exports_keep_one_graph_per_document(
    kb: KnowledgeBase, fmt: str, rdflib_format: str
) -> None:
    """N-Quads and TriG keep the document graph and round-trip quad for quad."""
    data = rdflib.Dataset()
    data.parse(data=kb.export(fmt), format=rdflib_format)
    names = {str(g.identifier) for g in data.graphs()}
    assert "https://w3id.org/graphkb/doc/seed-us-pakistan-sanctions" in names
    again = rdflib.Dataset()
    again.parse(data=kb.export("nq"), format="nquads")
    assert len(list(data.quads())) == len(list(again.quads()))


def test_direct_shortcut_triples_only_for_factual_stances(kb: KnowledgeBase) -> None:
    """gka:USA gk:sanctions gka:PAK exists; the denied sanction of Israel has none."""
    graph = _rdflib_graph(kb)
    gk = rdflib.Namespace("https://w3id.org/graphkb/ns#")
    gka = rdflib.Namespace("https://w3id.org/graphkb/actor/")
    assert (gka.USA, gk.sanctions, gka.PAK) in graph
    assert (gka.USA, gk.sanctions, gka.ISR) not in graph
    assert (
        gka.PAK,
        rdflib.OWL.sameAs,
        rdflib.URIRef("http://www.wikidata.org/entity/Q843"),
    ) in graph


def test_bundled_kb_conforms_to_shapes(kb: KnowledgeBase) -> None:
    """The bundled data passes the SHACL shapes."""
    report = kb.validate()
    assert report.conforms, report.text
    assert report.violations == 0


def test_exported_turtle_validates(kb: KnowledgeBase) -> None:
    """`export --format ttl` output validates against the shapes."""
    assert validate_graph(kb.export("ttl"), "turtle").conforms


def test_broken_data_fails_with_a_readable_report(kb: KnowledgeBase) -> None:
    """A stance with two modalities and a dangling target fails, and the report says why."""
    broken = (
        kb.export("nt").decode()
        + "\n".join(
            [
                "<https://w3id.org/graphkb/stance/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                " <https://w3id.org/graphkb/ns#Stance> .",
                "<https://w3id.org/graphkb/stance/x> <https://w3id.org/graphkb/ns#target>"
                " <https://w3id.org/graphkb/actor/nobody> .",
            ]
        )
        + "\n"
    )
    report = validate_graph(broken.encode(), "nt")
    assert not report.conforms
    assert report.violations >= 5
    assert "a stance needs exactly one source actor" in report.text
    assert "points at an actor with no description" in report.text


def test_graphml_export(kb: KnowledgeBase, tmp_path: Path) -> None:
    """GraphML reads back into networkx with the same nodes and edges."""
    path = tmp_path / "kb.graphml"
    path.write_bytes(kb.export("graphml"))
    graph = nx.read_graphml(path)
    reference = kb.to_networkx()
    assert graph.number_of_nodes() == reference.number_of_nodes()
    assert graph.number_of_edges() == reference.number_of_edges() == 35


def test_csv_export(kb: KnowledgeBase) -> None:
    """One CSV row per stance with evidence offsets."""
    rows = list(csv.DictReader(io.StringIO(kb.export("csv").decode())))
    assert len(rows) == 35
    sanction = [
        r for r in rows if (r["source"], r["type"], r["target"]) == ("USA", "SANCTION", "PAK")
    ]
    assert {r["modality"] for r in sanction} == {"asserted", "reported"}


def test_sparql_select_returns_the_sanction_with_evidence(kb: KnowledgeBase) -> None:
    """The README's query finds the asserted US sanction of Pakistan and its evidence."""
    result = kb.sparql(SANCTION_QUERY)
    rows = result.plain_rows()
    assert len(rows) == 1
    assert rows[0]["source"] == "gka:USA"
    assert rows[0]["start"] == "270"
    assert "sanctions" in (rows[0]["summary"] or "")


def test_sparql_ask_construct_describe(kb: KnowledgeBase) -> None:
    """ASK gives a boolean, CONSTRUCT and DESCRIBE give triples."""
    assert kb.sparql("ASK { gka:USA gk:sanctions gka:PAK }").boolean is True
    assert kb.sparql("ASK { gka:USA gk:sanctions gka:ISR }").boolean is False
    built = kb.sparql("CONSTRUCT { ?a gk:opposes ?b } WHERE { ?a gk:rejects ?b }")
    assert built.kind == "graph" and len(built.triples) == 5
    described = kb.sparql("DESCRIBE gka:khawaja-asif")
    assert any("Defence Minister" in str(t.object) for t in described.triples)


def test_sparql_json_and_csv(kb: KnowledgeBase) -> None:
    """SELECT results serialise as SPARQL JSON and CSV."""
    result = kb.sparql("SELECT ?id WHERE { ?a gk:actorId ?id } ORDER BY ?id LIMIT 2")
    assert '"vars": [\n   "id"\n  ]' in result.to_json()
    assert result.to_csv().splitlines()[0] == "id"


def test_sparql_update_is_refused(fresh_kb: KnowledgeBase) -> None:
    """Updates are refused unless allowed, and the store is untouched."""
    before = fresh_kb.stats()["triples"]
    with pytest.raises(QueryError, match="--allow-update"):
        fresh_kb.sparql("DELETE WHERE { ?s ?p ?o }")
    assert fresh_kb.stats()["triples"] == before
    fresh_kb.sparql("DELETE WHERE { GRAPH ?g { ?s gk:role ?r } }", allow_update=True)
    assert fresh_kb.actor("Khawaja Asif").actor.role is None


def test_sparql_updates_are_recognised_without_running_them(fresh_kb: KnowledgeBase) -> None:
    """Telling an update from a query never runs it: a refused LOAD fetches nothing, a refused
    DROP of a missing graph is refused (not a traceback), and an allowed one fails in a line.
    A federated query (SERVICE) is refused before it can fetch anything."""
    import http.server
    import threading

    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/n-triples")
            self.end_headers()
            self.wfile.write(b"<http://x/a> <http://x/b> <http://x/c> .\n")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/x.nt"
        before = fresh_kb.stats()["triples"]
        for update in (f"LOAD <{url}>", "DROP GRAPH <http://x/nope>", "# note\nCLEAR ALL"):
            with pytest.raises(QueryError, match="rerun with --allow-update"):
                fresh_kb.sparql(update)
        assert requests == []
        assert fresh_kb.stats()["triples"] == before
        for federated in (
            f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
            f"ASK {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        ):
            with pytest.raises(QueryError, match=r"SERVICE .* would fetch from another server"):
                fresh_kb.sparql(federated)
        assert requests == []
        with pytest.raises(QueryError, match=r"the update failed: .*nothing was changed"):
            fresh_kb.sparql("DROP GRAPH <http://x/nope>", allow_update=True)
        assert fresh_kb.stats()["triples"] == before
    finally:
        server.shutdown()
        server.server_close()


def test_query_form_reads_past_the_prologue() -> None:
    """The first keyword after comments, PREFIX and BASE, with '#' inside IRIs kept."""
    from graphkb.sparql_text import query_form

    assert query_form("PREFIX ex: <http://e.org/ns#> CONSTRUCT { ?s ex:p ?o } WHERE {}") == (
        "CONSTRUCT"
    )
    assert query_form("# a comment\nBASE <http://b/#x>\nprefix : <x#>  describe :a") == "DESCRIBE"
    assert query_form("  WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "WITH"
    assert query_form("") == ""


def test_sparql_syntax_error(kb: KnowledgeBase) -> None:
    """A malformed query gives a QueryError naming the problem."""
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        kb.sparql("SELEC ?x WHERE { }")


def test_loading_twice_changes_nothing(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    """Re-loading the bundled seed and an RDF export adds no triple."""
    from graphkb.model import data_dir

    before = fresh_kb.stats()
    report = fresh_kb.load([data_dir() / "seed" / "seed.yaml"])
    assert report["quads_added"] == 0
    exported = tmp_path / "kb.nq"
    exported.write_bytes(fresh_kb.export("nq"))
    assert fresh_kb.load([exported])["quads_added"] == 0
    assert fresh_kb.stats() == before


def test_load_with_text_stores_evidence_sentences(
    fresh_kb: KnowledgeBase, seed_article: Path
) -> None:
    """With the article supplied, each stance keeps its sentence."""
    from graphkb.model import data_dir

    fresh_kb.load([data_dir() / "seed" / "seed.yaml"], text=seed_article)
    views = [v for v in fresh_kb.relations("US", "PAK") if v.stance.evidence.text]
    assert views
    text = seed_article.read_text(encoding="utf-8")
    for v in views:
        ev = v.stance.evidence
        assert ev.text == text[ev.start : ev.end]
