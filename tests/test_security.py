"""Nothing a user types or an article says becomes a query, markup or a path; limits hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graphkb import GraphkbError, KnowledgeBase, QueryError
from graphkb.cli import app

NASTY = [
    '"} ; DROP ALL ; {',
    "} ; DROP ALL ; {",
    "x' . } DELETE WHERE { ?s ?p ?o } #",
    'a"b\nc\\"d',
    "<https://w3id.org/graphkb/actor/USA>",
    "?s ?p ?o",
    "${jndi}",
    "\u0000",
]


@pytest.mark.parametrize("name", NASTY)
def test_hostile_names_never_reach_a_query(fresh_kb: KnowledgeBase, name: str) -> None:
    """Hostile actor names are resolved in Python and refused cleanly; the store is untouched."""
    before = fresh_kb.stats()
    for call in (fresh_kb.who_opposes, fresh_kb.who_supports, fresh_kb.actor):
        with pytest.raises(GraphkbError):
            call(name)
    with pytest.raises(GraphkbError):
        fresh_kb.relations("US", name)
    assert fresh_kb.stats() == before


def test_hostile_text_in_data_is_stored_as_text(fresh_kb: KnowledgeBase, tmp_path: Path) -> None:
    """Names, roles and summaries with query syntax round-trip as literals and break nothing."""
    curated = tmp_path / "nasty.yaml"
    curated.write_text(
        "document: {id: nasty-doc, title: 'T } ; DROP ALL ; {'}\n"
        "actors:\n"
        "  - {id: evil-person, name: '\"} ; DROP ALL ; {', kind: person, country: FRA,\n"
        '     role: "<img src=x onerror=alert(1)>"}\n'
        "stances:\n"
        "  - {source: evil-person, target: USA, type: ACCUSE, modality: asserted,\n"
        '     evidence: {start: 0, end: 5}, summary: "\' } DELETE WHERE { ?s ?p ?o } #"}\n',
        encoding="utf-8",
    )
    triples = fresh_kb.stats()["triples"]
    fresh_kb.load([curated])
    assert fresh_kb.stats()["triples"] > triples
    ranked = fresh_kb.who_opposes("US")
    evil = next(r for r in ranked if r.actor.id == "evil-person")
    assert evil.actor.name == '"} ; DROP ALL ; {'
    assert evil.stances[0].stance.summary == "' } DELETE WHERE { ?s ?p ?o } #"
    assert fresh_kb.resolve('"} ; DROP ALL ; {').id == "evil-person"
    assert fresh_kb.validate().conforms


def test_sparql_timeout(kb: KnowledgeBase) -> None:
    """A query running past the timeout is abandoned with advice; within it, it answers."""
    # About 7 million joined rows: a second or two here, so the abandoned thread ends soon.
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y }"
    with pytest.raises(QueryError, match=r"ran longer than 0\.05 s; narrow it or add LIMIT"):
        kb.sparql(heavy, timeout=0.05)
    assert kb.sparql("ASK { ?s ?p ?o }", timeout=5).boolean is True


def test_sparql_row_limit(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """SELECT output stops at GRAPHKB_MAX_ROWS with a note on stderr."""
    monkeypatch.setenv("GRAPHKB_MAX_ROWS", "7")
    result = runner.invoke(app, ["sparql", "SELECT ?s WHERE { ?s a gk:Country }", "-f", "csv"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 8
    assert result.stderr == (
        "graphkb: note: results cut at 7 rows; add LIMIT or raise GRAPHKB_MAX_ROWS\n"
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_actor_resolution_fuzz(kb: KnowledgeBase, name: str) -> None:
    """Any text resolves to an actor or raises graphkb's own lookup errors, nothing else."""
    try:
        actor = kb.resolve(name)
    except GraphkbError as exc:
        assert str(exc)
    else:
        assert actor.id in kb.store.actors() or actor.id in kb.gazetteer


def test_safe_cell_defuses_formulas_and_keeps_numbers() -> None:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers and
    number-like text do not."""
    from graphkb._cells import safe_cell

    for text in ("=1+1", "+SUM(1,2)", "-2+3 x", "@SUM(A1)", "\tx", "\rx", "- bullet"):
        assert safe_cell(text) == "'" + text
    for value in (-0.5, 3, "-0.5", "+1e3", "plain", "a=b", "", "2024-01-01"):
        assert safe_cell(value) == value
    assert safe_cell(None) == ""


def test_csv_outputs_never_carry_a_formula(tmp_path: Path) -> None:
    """Article-derived text (titles, names, summaries) starting like a formula reaches no CSV
    (query output, export, SPARQL results) as a live formula."""
    import csv
    import io

    curated = tmp_path / "formula.yaml"
    curated.write_text(
        'document: {id: formula-doc, title: \'=HYPERLINK("http://evil.example","x")\'}\n'
        "actors:\n"
        "  - {id: formula-person, name: '@SUM(1) Person', kind: person, country: FRA}\n"
        "stances:\n"
        "  - {source: formula-person, target: USA, type: ACCUSE, modality: asserted,\n"
        "     evidence: {start: 0, end: 5}, summary: \"=cmd|' /C calc'!A0\"}\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "kb")
    with KnowledgeBase.open(store, read_only=False) as kb:
        kb.load([curated])
    runner = CliRunner()
    outputs = [
        runner.invoke(app, ["--store", store, "who-opposes", "US", "-f", "csv"]).stdout,
        runner.invoke(app, ["--store", store, "stances", "--target", "US", "-f", "csv"]).stdout,
        runner.invoke(
            app,
            [
                "--store",
                store,
                "sparql",
                "-f",
                "csv",
                "SELECT ?n ?t WHERE { ?a gk:name ?n . OPTIONAL { ?d dcterms:title ?t } }",
            ],
        ).stdout,
    ]
    export = tmp_path / "kb.csv"
    result = runner.invoke(
        app, ["--store", store, "export", "--format", "csv", "--out", str(export)]
    )
    assert result.exit_code == 0, result.output
    outputs.append(export.read_text(encoding="utf-8"))
    seen = 0
    for text in outputs:
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                seen += cell.startswith(("'=", "'@"))
    assert seen >= 4  # the hostile text did reach the outputs, defused


def test_service_is_found_only_where_it_is_a_keyword() -> None:
    """The SERVICE check reads past comments, IRIs, strings, variables and prefixed names."""
    from graphkb.sparql_text import uses_service

    assert uses_service("SELECT * WHERE { SERVICE <http://x/s> { ?s ?p ?o } }")
    assert uses_service("select * { service silent <http://x> {} }")
    assert uses_service("SELECT * WHERE { FILTER(?a < 3) SERVICE <x> {} }")
    for harmless in (
        "SELECT ?service WHERE { ?s ex:service ?o }",
        'SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE',
        "SELECT * WHERE { ?s <http://x/SERVICE> ?o FILTER(?a < 3) }",
        "SELECT * { ?s ?p '''a SERVICE b''' }",
    ):
        assert not uses_service(harmless), harmless
