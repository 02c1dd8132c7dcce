"""Hostile documents and answers (issue 11, items 4, 5 and 8): XML entity bombs, nesting deep
enough to overflow a parser's stack, and an endpoint answering another shape than asked. Each
is one line on stderr, exit 1, and the store as it was. Cases that crashed the process run in a
child process, so a regression fails the test instead of killing the test run."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb._exceptions import ParseError
from graphkb._guards import MAX_NESTING, check_xml_entities, json_depth
from graphkb.cli import app
from tests import hostile


def _graphkb(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphkb", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr[-500:])
    assert result.stderr.startswith("graphkb: error: "), result.stderr[-500:]
    assert result.stderr.count("\n") == 1, result.stderr[-500:]
    assert message in result.stderr


def _dump(store: Path) -> list[str]:
    result = _graphkb("--store", str(store), "export", "--format", "nq")
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store of the test's own holding the bundled data."""
    path = tmp_path / "store"
    assert _graphkb("--store", str(path), "stats").returncode == 0
    return path


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("billion-laughs.rdf", "is built from other entities"),
        ("quadratic-entities.rdf", "would expand to"),
        ("external-entity.rdf", "is an external entity"),
        ("parameter-entity.rdf", "is a parameter entity"),
        ("deep.jsonld", f"JSON nested 10,000 levels deep; graphkb reads at most {MAX_NESTING}"),
        ("deep.yaml", "nested too deep"),
    ],
)
def test_a_hostile_data_file_is_refused_before_parsing(
    store: Path, tmp_path: Path, name: str, message: str
) -> None:
    """`load` of an entity bomb or a deeply nested file: one line, exit 1, store unchanged."""
    path = tmp_path / name
    path.write_bytes(hostile.FILES[name]())
    before = _dump(store)
    _refused(_graphkb("--store", str(store), "load", str(path), timeout=30), message)
    assert _dump(store) == before


def test_plain_xml_entities_still_load(own_store: Path, tmp_path: Path) -> None:
    """Entities that abbreviate a namespace, as OWL files use them, expand and load."""
    path = tmp_path / "owl.rdf"
    path.write_bytes(hostile.plain_entities_rdf())
    result = CliRunner().invoke(app, ["load", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "3 new triple(s)" in result.stdout
    query = "ASK { <http://example.org/x> a <http://www.w3.org/2002/07/owl#Class> }"
    assert CliRunner().invoke(app, ["sparql", query]).stdout == "true\n"


def test_entity_checks_leave_ordinary_xml_alone() -> None:
    """XML without a DTD, and character references, pass the entity check untouched."""
    check_xml_entities(b"<r a='&amp;&#38;'>&lt;</r>")
    with pytest.raises(ParseError, match="cannot check"):
        check_xml_entities(b'<!DOCTYPE r [<!ENTITY a "x" junk>]><r/>')


def test_json_depth_skips_brackets_in_strings() -> None:
    """Brackets and escaped quotes inside strings do not count as nesting."""
    assert json_depth(b'[{"a": "[[[\\"{{{"}, [1, [2]]]') == 3
    assert json_depth(b'"just a string"') == 0


def test_a_deep_sparql_query_is_refused(store: Path) -> None:
    """A query nested 10,000 brackets deep (which crashed the query parser) is one line."""
    query = hostile.deep_sparql(10_000).decode()
    _refused(
        _graphkb("--store", str(store), "sparql", query),
        "SPARQL query nested 10,002 levels deep",
    )


def test_sparql_load_is_refused(store: Path) -> None:
    """LOAD would fetch and parse a remote file (RDF/XML included) unchecked: refused, with
    the way to load a file instead."""
    before = _dump(store)
    _refused(
        _graphkb("--store", str(store), "sparql", "--allow-update", "LOAD <http://127.0.0.1:9/x>"),
        "LOAD would fetch",
    )
    assert _dump(store) == before


def test_a_deep_plover_line_is_a_malformed_line(tmp_path: Path, store: Path) -> None:
    """A JSON line nested far too deep is counted as malformed, not a crash."""
    path = tmp_path / "deep.jsonl"
    path.write_bytes(hostile.FILES["deep.jsonl"]())
    _refused(
        _graphkb("--store", str(store), "import", "--format", "plover", str(path)),
        "bad JSON",
    )


# -- an endpoint that answers with another shape ------------------------------------------------


@pytest.fixture
def answering() -> Iterator[Callable[..., str]]:
    """Start fake SPARQL endpoints on 127.0.0.1 that answer every POST with fixed SPARQL JSON
    (and ASK queries with ``ask`` when given); each call gives the query URL of a new one. All
    are stopped after the test."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(body: bytes, ask: bytes | None = None) -> str:
        server = hostile.fake_endpoint(body, ask=ask)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_port}/query"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "command",
    [
        ["who-opposes", "US"],
        ["stats"],
        ["export", "--format", "nq"],
        ["sparql", "SELECT ?s WHERE { ?s ?p ?o }"],
    ],
)
def test_an_endpoint_answering_other_variables_is_one_line(
    answering: Callable[..., str], command: list[str]
) -> None:
    """Well-formed SPARQL results with other variables than the query asked for: one line
    naming both, exit 1 (was an AttributeError traceback)."""
    url = answering(hostile.WRONG_VARIABLES, hostile.YES)
    result = CliRunner().invoke(app, ["--endpoint", url, *command])
    assert result.exit_code == 1, result.stdout
    assert result.stderr.startswith(
        f"graphkb: error: the SPARQL endpoint {url} answered with the variables ?zz, where the "
        "query asked for ?"
    )
    assert result.stderr.endswith(
        "; check that --endpoint is the query URL of a SPARQL 1.1 server\n"
    )
    assert result.stderr.count("\n") == 1


def test_an_endpoint_answering_a_table_to_an_ask_is_one_line(
    answering: Callable[..., str],
) -> None:
    """A table of results to an ASK query is named as the wrong kind of answer."""
    url = answering(hostile.WRONG_VARIABLES, None)
    result = CliRunner().invoke(app, ["--endpoint", url, "stats"])
    assert result.exit_code == 1
    assert "answered a table of results to an ASK query" in result.stderr
    assert result.stderr.count("\n") == 1


def test_an_endpoint_answering_a_boolean_to_a_select_is_one_line(
    answering: Callable[..., str],
) -> None:
    """A yes/no answer to a SELECT is named as the wrong kind of answer."""
    url = answering(json.dumps({"head": {}, "boolean": True}).encode())
    result = CliRunner().invoke(app, ["--endpoint", url, "sparql", "SELECT ?s WHERE {?s ?p ?o}"])
    assert result.exit_code == 1
    assert "answered a yes/no (ASK) result to a SELECT query" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("shape", ["deep-array", "deep-triple"])
def test_an_endpoint_answering_deep_json_is_one_line(
    answering: Callable[..., str], shape: str
) -> None:
    """SPARQL JSON results nested 100,000 levels (a triple term in a triple term... crashed
    the results reader) are refused before parsing."""
    url = answering(hostile.deep_results(shape, 100_000))
    result = _graphkb("--endpoint", url, "sparql", "SELECT ?x WHERE { ?x ?p ?o }", timeout=30)
    _refused(result, "levels deep")
