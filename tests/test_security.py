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
