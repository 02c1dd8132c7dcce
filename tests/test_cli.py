"""The CLI through typer's CliRunner: exact output where it matters, clean errors always."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from graphkb.cli import app
from graphkb.model import data_dir
from tests.conftest import PAKISTAN_SIDE


def test_who_opposes_json_contract(runner: CliRunner) -> None:
    """JSON output: a list of objects with actor, score, count, types, stances and the
    corroboration (documents, publishers)."""
    result = runner.invoke(app, ["who-opposes", "US", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"actor", "score", "count", "types", "stances", "documents", "publishers"} == set(
        data[0]
    )
    assert set(data[0]["actor"]) == {"id", "name", "kind", "country"}
    ids = {row["actor"]["id"] for row in data}
    assert ids >= PAKISTAN_SIDE
    assert "IND" not in ids
    stance = data[0]["stances"][0]
    assert {"type", "modality", "evidence"} <= set(stance)
    assert set(stance["evidence"]) >= {"document", "start", "end", "text"}


def test_who_opposes_table_names_actors_and_evidence(runner: CliRunner) -> None:
    """The table lists the actors with their evidence."""
    result = runner.invoke(app, ["who-opposes", "Washington"])
    assert result.exit_code == 0
    assert "Who opposes United States (USA)" in result.stdout
    for name in ("Khawaja Asif", "Ghulam Abbas", "Pakistan"):
        assert name in result.stdout
    assert "Khawaja Asif (khawaja-asif, PAK)" in result.stdout
    assert "flatly rejected" in result.stdout


def test_roll_up_csv(runner: CliRunner) -> None:
    """--roll-up folds Pakistan's people into Pakistan; CSV has a header row."""
    result = runner.invoke(app, ["who-opposes", "U.S.", "--roll-up", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["id"] == "PAK"
    assert rows[0]["count"] == "9"
    assert {r["kind"] for r in rows} == {"country"}


def test_who_supports_and_modality_option(runner: CliRunner) -> None:
    """India supports the US; hypothetical support shows only when asked for."""
    result = runner.invoke(app, ["who-supports", "US", "-f", "json"])
    assert json.loads(result.stdout)[0]["actor"]["id"] == "IND"
    plain = runner.invoke(app, ["who-supports", "Beijing", "-f", "json"])
    assert json.loads(plain.stdout) == []
    asked = runner.invoke(app, ["who-supports", "Beijing", "-m", "hypothetical", "-f", "json"])
    assert [r["actor"]["id"] for r in json.loads(asked.stdout)] == ["PAK"]


def test_relations_shows_both_directions(runner: CliRunner) -> None:
    """relations US PAK lists sanctions, accusations and reported aid with modality."""
    result = runner.invoke(app, ["relations", "US", "PAK", "-f", "json"])
    found = {(r["source"]["id"], r["type"], r["modality"]) for r in json.loads(result.stdout)}
    assert {
        ("USA", "SANCTION", "asserted"),
        ("USA", "AID", "reported"),
        ("PAK", "ACCUSE", "asserted"),
        ("PAK", "THREATEN", "negated"),
    } <= found


def test_actor_stances_path_stats(runner: CliRunner) -> None:
    """actor, stances, path and stats answer."""
    actor = runner.invoke(app, ["actor", "Khawaja Asif", "-f", "json"])
    assert json.loads(actor.stdout)["actor"]["role"] == "Defence Minister"
    stances = runner.invoke(
        app, ["stances", "--source", "Israel", "--type", "assault", "-f", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(stances.stdout)))
    assert sorted(r["target"] for r in rows) == ["IRN", "LBN", "PSE", "SYR"]
    assert {(r["attributed_to"], r["document"]) for r in rows} == {
        ("khawaja-asif", "seed-us-pakistan-sanctions")
    }
    path = runner.invoke(app, ["path", "India", "Israel", "-f", "json"])
    assert {hop["hop"] for hop in json.loads(path.stdout)} == {1, 2}
    stats = runner.invoke(app, ["stats", "-f", "json"])
    assert json.loads(stats.stdout)["stances"] == 35


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["who-opposes", "Pakstan"],
            "graphkb: error: unknown actor 'Pakstan': did you mean Pakistan (PAK), ",
        ),
        (
            ["relations", "US", "Congo"],
            "graphkb: error: actor name 'Congo' is ambiguous: use one of the ids",
        ),
        (["sparql", "SELEC ?x"], "graphkb: error: SPARQL syntax error: error at 1:"),
        (
            ["relations", "US", "Washington"],
            "graphkb: error: 'US' and 'Washington' are both United States (USA); give two",
        ),
        (["path", "PAK", "Pakistan"], "graphkb: error: 'PAK' and 'Pakistan' are both Pakistan"),
        (
            ["sparql", "SELECT ?s WHERE {\n ?s foo:bar ?o }"],
            "graphkb: error: SPARQL syntax error: error at 2:12: unknown prefix foo:; declare",
        ),
        (
            ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "ttl"],
            "graphkb: error: --format ttl is for CONSTRUCT and DESCRIBE",
        ),
        (
            ["sparql", "ASK { ?s ?p ?o }", "-f", "ttl"],
            "graphkb: error: --format ttl is for CONSTRUCT and DESCRIBE, whose answers are "
            "RDF; an ASK answers",
        ),
        (
            ["sparql", "DROP ALL"],
            "graphkb: error: that is a SPARQL update and graphkb sparql"
            " is read-only; rerun with --allow-update",
        ),
        (
            ["load", "/nonexistent/file.yaml"],
            "graphkb: error: /nonexistent/file.yaml: no such file; check the path\n",
        ),
    ],
)
def test_errors_are_one_line_with_exit_1(runner: CliRunner, args: list[str], message: str) -> None:
    """Expected failures print one line on stderr, no traceback, exit code 1."""
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bad_type_is_a_usage_error(runner: CliRunner) -> None:
    """An unknown --type value is bad usage (exit 2) naming the choices."""
    result = runner.invoke(app, ["who-opposes", "US", "--type", "SANKTION"])
    assert result.exit_code == 2
    assert "SANKTION" in result.stderr


def test_sparql_readme_example(runner: CliRunner) -> None:
    """The README's SPARQL example returns the US sanction of Pakistan with its evidence."""
    query = Path(__file__).parent.parent / "examples" / "sanctions.rq"
    result = runner.invoke(app, ["sparql", "--file", str(query), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert bindings[0]["source"]["value"].endswith("/actor/USA")
    assert bindings[0]["target"]["value"].endswith("/actor/PAK")
    assert "summary" in bindings[0]


def test_export_ttl_parses_and_validates(runner: CliRunner, tmp_path: Path) -> None:
    """export --format ttl writes Turtle that rdflib parses and the shapes accept."""
    out = tmp_path / "kb.ttl"
    result = runner.invoke(app, ["export", "--format", "ttl", "--out", str(out)])
    assert result.exit_code == 0
    graph = rdflib.Graph().parse(out, format="turtle")
    assert len(graph) > 2000
    from graphkb.shacl import validate_graph

    assert validate_graph(out.read_bytes(), "turtle").conforms


def test_load_is_idempotent_and_validate_passes(own_store: Path) -> None:
    """Loading the bundled seed again adds nothing; the store still validates."""
    runner = CliRunner()
    first = runner.invoke(app, ["load", str(data_dir() / "seed" / "seed.yaml")])
    assert first.exit_code == 0
    assert first.stdout.endswith("35 stance(s), 0 new triple(s)\n")
    assert runner.invoke(app, ["validate"]).stdout == (
        "store conforms to the graphkb SHACL shapes.\n"
    )


def test_load_rejects_invalid_yaml_and_keeps_store(own_store: Path, tmp_path: Path) -> None:
    """A curated file with a bad type is refused whole, naming file, item and field."""
    runner = CliRunner()
    before = runner.invoke(app, ["stats", "-f", "json"]).stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "document: {id: doc-x, title: X}\nstances:\n"
        "  - {source: USA, target: PAK, type: SANKTION, modality: asserted,"
        " evidence: {start: 0, end: 5}}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["load", str(bad)])
    assert result.exit_code == 1
    assert "stances[0].type: 'SANKTION' is not one of AGREE" in result.stderr
    assert runner.invoke(app, ["stats", "-f", "json"]).stdout == before


def test_viz_writes_offline_html(runner: CliRunner, tmp_path: Path) -> None:
    """viz writes one self-contained HTML page, focusable on an actor."""
    out = tmp_path / "graph.html"
    result = runner.invoke(
        app,
        [
            "viz",
            "--out",
            str(out),
            "--focus",
            "Pakistan",
            "--depth",
            "1",
            "--type",
            "SANCTION",
            "--type",
            "REJECT",
        ],
    )
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "United States" in html
    assert "Khawaja Asif" not in html  # two steps away from Pakistan
    assert "<script src=" not in html


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m graphkb --help` works like `graphkb --help`."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "graphkb", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert "who-opposes" in done.stdout


def test_a_relative_store_path_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--store kb` is relative to the working folder, for writers and readers alike."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GRAPHKB_STORE", raising=False)
    runner = CliRunner()
    for _ in range(2):  # the first call creates the store, the second opens it
        result = runner.invoke(app, ["--store", "kb", "who-opposes", "US", "-f", "json"])
        assert result.exit_code == 0, result.output
        assert {"PAK", "CHN"} <= {r["actor"]["id"] for r in json.loads(result.stdout)}
    assert (tmp_path / "kb" / "graphkb-index.sqlite").is_file()


def test_modality_defaults_and_limit_zero_read_alike(runner: CliRunner) -> None:
    """Help states each command's real modality default, and --limit 0 means all everywhere."""
    ranked = runner.invoke(app, ["who-opposes", "--help"]).stdout
    listed = runner.invoke(app, ["stances", "--help"]).stdout
    assert "asserted+reported" in " ".join(ranked.split())
    assert "default all four" in " ".join(listed.split())
    every = json.loads(runner.invoke(app, ["stances", "-f", "json"]).stdout)
    done = runner.invoke(app, ["stances", "--limit", "0", "-f", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout) == every
    assert {s["modality"] for s in every} == {"asserted", "reported", "hypothetical", "negated"}
    assert len(json.loads(runner.invoke(app, ["stances", "-n", "3", "-f", "json"]).stdout)) == 3


def test_actors_search_puts_the_named_actor_first(runner: CliRunner) -> None:
    """--search ranks the actor a code or metonym names outright first; --kind is a choice."""
    for text, first in (("PK", "PAK"), ("Washington", "USA"), ("USA", "USA"), ("pakistan", "PAK")):
        done = runner.invoke(app, ["actors", "--search", text, "-f", "csv"])
        assert done.exit_code == 0, done.output
        assert next(csv.DictReader(io.StringIO(done.stdout)))["id"] == first
    people = runner.invoke(app, ["actors", "--kind", "Person", "-f", "csv"])
    kinds = {row["kind"] for row in csv.DictReader(io.StringIO(people.stdout))}
    assert kinds == {"person"}
    assert runner.invoke(app, ["actors", "--kind", "people"]).exit_code == 2


def test_path_without_a_chain_keeps_its_csv_header(runner: CliRunner) -> None:
    """No chain: the table says so, CSV is the header alone, JSON an empty list."""
    done = runner.invoke(app, ["path", "Russia", "India", "-f", "csv"])
    assert done.exit_code == 0
    from graphkb.results import STANCE_COLUMNS

    assert done.stdout == ",".join(["path", "hop", *STANCE_COLUMNS]) + "\n"
    assert json.loads(runner.invoke(app, ["path", "Russia", "India", "-f", "json"]).stdout) == []
    table = runner.invoke(app, ["path", "Russia", "India"]).stdout
    assert table.startswith("No chain of stances links Russia and India")


def test_usage_errors_are_one_line_from_the_command(tmp_path: Path) -> None:
    """The installed command reports bad usage (a missing argument, a bad option value, an
    unknown command) in one line with exit code 2 and where to look; bare `graphkb` helps."""
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "graphkb", "--store", str(tmp_path / "s"), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    for args, message in (
        (["who-opposes"], "Missing argument 'actor'. (see 'python -m graphkb who-opposes --help')"),
        (["import", "--batch-size", "0", "--format", "gdelt", "x"], "0 is not in the range"),
        (["nosuch"], "No such command 'nosuch'. (see 'python -m graphkb --help')"),
    ):
        done = run(*args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("graphkb: error: ")
        assert message in done.stderr
        assert done.stderr.count("\n") == 1
    bare = subprocess.run(
        [sys.executable, "-m", "graphkb"], capture_output=True, text=True, check=False, timeout=60
    )
    assert bare.returncode == 0
    assert bare.stdout.startswith("Usage: python -m graphkb [OPTIONS] COMMAND")
