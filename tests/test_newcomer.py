"""What a newcomer meets first: ``graphkb --version``, a test run without deprecation warnings,
and a required set holding only packages graphkb's code imports."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

import graphkb
from graphkb.cli import app

ROOT = Path(__file__).resolve().parents[1]
# A distribution whose import name differs from its name on PyPI.
IMPORT_NAMES = {"PyYAML": "yaml"}
# A distribution needed for the files it ships, found with find_spec rather than imported.
FILES_ONLY = {"pyvis"}


def test_version_prints_the_package_version() -> None:
    """``graphkb --version`` prints the installed version and exits 0 without a store."""
    result = CliRunner().invoke(app, ["--version"], env={"GRAPHKB_STORE": "/nonexistent/kb"})
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"graphkb {graphkb.__version__}\n",
        "",
    )
    assert graphkb.__version__ == importlib.metadata.version("graphkb")
    assert not Path("/nonexistent/kb").exists()


def test_every_required_dependency_is_imported() -> None:
    """Each package in pyproject's required set is imported somewhere in graphkb/, or for one
    that ships files graphkb reads (pyvis), looked up (oxrdflib, imported by nothing, left it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=!~\[ ;]", spec, maxsplit=1)[0] for spec in project["dependencies"]]
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "graphkb").rglob("*.py"))
    unused = [
        name
        for name in names
        if not re.search(
            rf"^\s*(import|from) {IMPORT_NAMES.get(name, name)}\b", source, re.MULTILINE
        )
        and not (name in FILES_ONLY and f'find_spec("{name}")' in source)
    ]
    assert unused == []
    assert "oxrdflib" not in names


def _exports() -> dict[str, bytes]:
    """One quad in a named graph, as N-Quads, TriG and JSON-LD."""
    node = ox.NamedNode("https://w3id.org/graphkb/actor/USA")
    quad = ox.Quad(node, node, ox.Literal("x"), ox.NamedNode("https://w3id.org/graphkb/doc/d"))
    return {
        fmt: ox.serialize([quad], format=form) or b""
        for fmt, form in (
            ("nquads", ox.RdfFormat.N_QUADS),
            ("trig", ox.RdfFormat.TRIG),
            ("json-ld", ox.RdfFormat.JSON_LD),
        )
    }


def _parse_all() -> None:
    for fmt, data in _exports().items():
        rdflib.Dataset().parse(data=data, format=fmt)
    rdflib.Graph().parse(data=_exports()["json-ld"], format="json-ld")


def test_rdflib_parsers_leave_no_deprecation_warning_in_the_report() -> None:
    """rdflib's parsers warn about rdflib's own deprecated classes; the suite's filters drop
    exactly those, so the run reports none (pytest's filters are in force inside a test)."""
    with warnings.catch_warnings(record=True) as caught:
        _parse_all()
    assert [str(w.message) for w in caught] == []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _parse_all()
    assert caught
    assert all("rdflib" in Path(w.filename).parts for w in caught)


@pytest.mark.parametrize("refuses", [True, False])
def test_setup_uses_a_virtual_environment_where_python_refuses_system_installs(
    refuses: bool, tmp_path: Path
) -> None:
    """scripts/python-env.sh (behind the README's first command and the CI setup): a Python
    that refuses system-wide installs (PEP 668) gets a .venv, and the user is told; any other
    Python is used as it is. A stand-in python3 plays the interpreter (no install is run)."""
    import os
    import shutil
    import subprocess

    root = Path(__file__).resolve().parent.parent
    work = tmp_path / "repo"
    (work / "scripts").mkdir(parents=True)
    shutil.copy(root / "scripts" / "python-env.sh", work / "scripts")
    fake = tmp_path / "bin" / "python3"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = - ]; then cat >/dev/null; exit ' + ("0" if refuses else "1") + "; fi\n"
        'if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin" && touch "$3/bin/python" '
        '&& chmod +x "$3/bin/python"; fi\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "-c", '. scripts/python-env.sh && echo "$PYTHON"'],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    if refuses:
        assert done.stdout.strip() == ".venv/bin/python"
        assert (work / ".venv" / "bin" / "python").exists()
        assert "creating a virtual environment in .venv" in " ".join(done.stderr.split())
    else:
        assert done.stdout.strip() == "python3"
        assert not (work / ".venv").exists()
        assert done.stderr == ""
