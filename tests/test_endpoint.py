"""Against real SPARQL servers started on 127.0.0.1 by the fixture (the Oxigraph server and
Virtuoso 7), every command answers as the embedded store does."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graphkb import rdf
from graphkb.cli import app
from graphkb.remote import EndpointStore
from graphkb.shacl import validate_graph, validate_store
from tests.sparql_servers import SERVERS, free_port, virtuoso_server
from tests.test_shacl import CASES, base_data, broken_data

pytestmark = pytest.mark.server


@pytest.fixture(params=sorted(SERVERS))
def endpoint(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh server of each kind on free loopback ports, stopped after the test."""
    with SERVERS[request.param](tmp_path) as url:
        yield url


def _run(args: list[str], **env: str) -> str:
    result = CliRunner(env=env).invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


QUERIES = [
    ["who-opposes", "US", "-f", "json"],
    ["who-opposes", "US", "--roll-up", "-f", "json"],
    ["who-supports", "US", "-f", "json"],
    ["relations", "US", "PAK", "-f", "json"],
    ["actor", "Khawaja Asif", "-f", "json"],
    ["stances", "--source", "Israel", "-f", "json"],
    ["stats", "-f", "json"],
    ["sparql", "SELECT ?s ?t WHERE { ?s gk:sanctions ?t } ORDER BY ?s ?t", "-f", "csv"],
    [
        "sparql",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER STRSTARTS(STR(?g), "https://w3id.org/graphkb/") } GROUP BY ?g ORDER BY ?g',
        "-f",
        "csv",
    ],
    ["sparql", "ASK { GRAPH gkd:no-such-document { ?s ?p ?o } }"],
    ["sparql", "ASK { gka:USA gk:sanctions gka:ISR }"],
    ["sparql", "ASK { gka:USA gk:sanctions gka:PAK }"],
]


def test_remote_answers_match_embedded(
    endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled KB on the server answers every query exactly like the embedded store."""
    monkeypatch.delenv("GRAPHKB_ENDPOINT", raising=False)
    local = str(tmp_path / "local")
    for args in QUERIES:
        embedded = _run(args, GRAPHKB_STORE=local)
        remote = _run(["--endpoint", endpoint, *args])
        assert remote == embedded, args


def test_remote_ingest_load_export(endpoint: str, tmp_path: Path) -> None:
    """Ingest and load write through batched updates; repeating them adds nothing; the
    export holds the same triples as the embedded store's."""
    article = tmp_path / "a.txt"
    article.write_text("Germany imposed sanctions on Russia on Monday.\n", encoding="utf-8")
    local = str(tmp_path / "local")
    for env_args in ([], ["--endpoint", endpoint]):
        env = {"GRAPHKB_STORE": local} if not env_args else {}
        assert "1 stance(s)" in _run([*env_args, "ingest", str(article)], **env)
        assert "already in the store" in _run([*env_args, "ingest", str(article)], **env)
    remote = json.loads(_run(["--endpoint", endpoint, "relations", "DEU", "RUS", "-f", "json"]))
    assert [r["type"] for r in remote] == ["SANCTION"]
    exported = tmp_path / "kb.nq"
    exported.write_text(_run(["--endpoint", endpoint, "export", "-f", "nq"]), encoding="utf-8")
    embedded_lines = sorted(_run(["export", "-f", "nq"], GRAPHKB_STORE=local).splitlines())
    assert sorted(exported.read_text(encoding="utf-8").splitlines()) == embedded_lines
    assert "0 new triple(s)" in _run(["--endpoint", endpoint, "load", str(exported)])


def test_remote_ask_is_a_yes_or_no(endpoint: str) -> None:
    """An ASK query gives a boolean on every server (Virtuoso answers it with a one-row table)."""
    store = EndpointStore.connect(endpoint)
    assert bool(store.query("ASK { gka:USA gk:sanctions gka:PAK }")) is True
    assert bool(store.query("ASK { gka:ISR gk:sanctions gka:USA }")) is False


def test_virtuoso_cutting_an_answer_short_is_one_line(tmp_path: Path) -> None:
    """Virtuoso truncates results at ResultSetMaxRows (10,000 in Debian's virtuoso.ini) and
    says so in a header: that is an error naming the setting, never a silently short export."""
    with virtuoso_server(tmp_path, max_rows=1000) as url:
        result = CliRunner().invoke(app, ["--endpoint", url, "export", "-f", "nq"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"graphkb: error: the SPARQL endpoint {url} cut its answer short at 1000 rows; raise its "
        "limit (Virtuoso: ResultSetMaxRows in virtuoso.ini's [SPARQL])\n"
    )
    assert result.stdout == ""


def test_unreachable_endpoint_is_one_line(tmp_path: Path) -> None:
    """A server that is down gives a one-line error and exit code 1."""
    result = CliRunner().invoke(
        app, ["--endpoint", f"http://127.0.0.1:{free_port()}/query", "who-opposes", "US"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("graphkb: error: cannot reach the SPARQL endpoint")
    assert result.stderr.count("\n") == 1


def _server(accepts: set[str], seen: list[str]) -> tuple[str, http.server.ThreadingHTTPServer]:
    """A server answering every ASK with yes when the request's Content-Type is in
    ``accepts``, else 415; it notes each request's Content-Type in ``seen``."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            kind = self.headers.get("Content-Type", "")
            seen.append(kind)
            answer = b'{"head": {}, "boolean": true}'
            self.send_response(200 if kind in accepts else 415)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/query", server


FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"


@pytest.mark.parametrize(
    ("accepts", "expected"),
    [({FORM, DIRECT}, [FORM]), ({DIRECT}, [FORM, DIRECT])],
    ids=["form", "direct-after-415"],
)
def test_direct_post_only_where_the_form_is_refused(accepts: set[str], expected: list[str]) -> None:
    """Queries go form-encoded; a server that refuses the form (415) gets the direct POST."""
    seen: list[str] = []
    url, server = _server(accepts, seen)
    try:
        assert bool(EndpointStore(url).query("ASK { ?s ?p ?o }")) is True
    finally:
        server.shutdown()
        server.server_close()
    assert seen == expected


def test_form_refused_both_ways_is_one_line() -> None:
    """A server refusing both the form and the direct POST gives one line and exit code 1."""
    url, server = _server(set(), [])
    try:
        result = CliRunner().invoke(app, ["--endpoint", url, "who-opposes", "US"])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1
    assert result.stderr.startswith(f"graphkb: error: the SPARQL endpoint {url} answered HTTP 415")
    assert result.stderr.count("\n") == 1


def test_queries_are_form_encoded() -> None:
    """The form carries the query text (with graphkb's prefixes) as ``query=``."""
    bodies: list[bytes] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            answer = b'{"head": {}, "boolean": false}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        EndpointStore(f"http://127.0.0.1:{server.server_port}/query").query("ASK { ?s ?p ?o }")
    finally:
        server.shutdown()
        server.server_close()
    forms = [urllib.parse.parse_qs(body.decode()) for body in bodies]
    assert [list(form) for form in forms] == [["query"]]
    assert forms[0]["query"][0].endswith("\nASK { ?s ?p ?o }")


def test_bulk_writes_go_through_the_graph_store_and_read_back(endpoint: str) -> None:
    """add_batches sends a big named graph in one Graph Store request, small ones as updates
    (the server's Graph Store stays in use) and the stances read back from the endpoint, the
    same as written."""
    from tests.backends import many_stances

    document, stances = many_stances(500)
    store = EndpointStore.connect(endpoint, read_only=False)
    assert store.add_batches([([], [document], stances[:400]), ([], [], stances[400:])]) == 500
    assert store._graph_store  # not fallen back to updates
    ids = [s.id for s in stances]
    assert sorted(s.id for s in store.read_stances(ids)) == sorted(ids)
    assert {s.id: s for s in store.read_stances(ids)} == {s.id: s for s in stances}
    assert store.reader().stance_count() == 35 + 500


def test_the_endpoint_client_has_only_what_works_on_an_endpoint() -> None:
    """EndpointStore inherits nothing from the embedded Store: its public methods are the
    store operations graphkb uses (StanceStore) and connect; what needs the embedded store
    (backup, reindex, Oxigraph itself, curation's rewrites, the bulk loader) is not there."""
    from graphkb.store import Store
    from graphkb.stores import StanceStore

    assert not issubclass(EndpointStore, Store)
    public = {name for name in vars(EndpointStore) if not name.startswith("_")}
    operations = {name for name in vars(StanceStore) if not name.startswith("_")}
    assert public - operations == {"connect"}
    assert operations - public == set()
    for embedded_only in ("backup", "reindex", "oxigraph", "rewrite", "bulk_add", "memory", "open"):
        assert not hasattr(EndpointStore, embedded_only), embedded_only


def test_every_endpoint_operation_reads_and_writes_the_server(
    endpoint: str, tmp_path: Path
) -> None:
    """Each write reaches the server and each read comes from it: a document added is known
    there (and adding it again adds nothing), read back the same, dumped, found by its
    digest, then removed; an RDF file loads; a read-only client refuses to write."""
    import dataclasses

    import pyoxigraph as ox

    from graphkb import rdf
    from graphkb._exceptions import StoreError
    from tests.backends import many_stances

    document, stances = many_stances(4)
    document = dataclasses.replace(document, sha256="ab" * 32)
    ids = sorted(s.id for s in stances)
    store = EndpointStore.connect(endpoint, read_only=False)
    assert store.index is None
    assert store.add([], [document], stances) > 0
    assert store.add([], [document], stances) == 0
    again = EndpointStore(endpoint)  # nothing remembered: read from the server
    assert again.has_document("doc-many")
    assert again.known_documents(["doc-many", "no-such-doc"]) == {"doc-many"}
    assert again.known_stances([*ids, "0"]) == set(ids)
    assert again.document_with_digest("ab" * 32) == "doc-many"
    assert again.documents(["doc-many"]) == {"doc-many": document}
    assert {s.id: s for s in again.read_stances(ids)} == {s.id: s for s in stances}
    assert str(ox.NamedNode(rdf.GKS + ids[0])) in again.dump(ox.RdfFormat.N_TRIPLES).decode()
    with pytest.raises(StoreError, match="read-only"):
        again.remove_document("doc-many")
    store.remove_document("doc-many")
    assert not again.has_document("doc-many") and again.known_stances(ids) == set()
    rdf_file = tmp_path / "one.nq"
    rdf_file.write_bytes(
        ox.serialize(rdf.all_quads([], [document], stances[:1]), format=ox.RdfFormat.N_QUADS)
    )
    added, documents, loaded = store.load_rdf(rdf_file, ox.RdfFormat.N_QUADS)
    assert (added > 0, documents, loaded) == (True, 1, 1)
    assert again.known_stances(ids) == {stances[0].id}


def test_remote_validation_matches_embedded(endpoint: str) -> None:
    """SHACL validation run on the server reports exactly what it reports on the same data
    held locally: every case of tests/test_shacl.py, one bad node each."""
    data = broken_data(base_data(), {"confidence ill-formed"})  # Virtuoso refuses to store it
    store = EndpointStore.connect(endpoint, read_only=False)
    triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    store.add_quads(ox.Quad(t.subject, t.predicate, t.object, rdf.ACTORS_GRAPH) for t in triples)
    remote, local = validate_store(store), validate_graph(data, "nt")
    assert remote.violations == local.violations >= len(CASES) - 1
    assert remote == local
