"""docs/cli.md is the --help of every command, as tools/cli_reference.py writes it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """tools/cli_reference.py, imported from its path (tools/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "tools" / "cli_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_cli_md_is_current(reference: ModuleType) -> None:
    """docs/cli.md is byte-identical to a fresh build; if not, regenerate it."""
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == reference.build(), (
        "docs/cli.md is stale: run python tools/cli_reference.py and commit docs/cli.md"
    )


def test_reference_holds_every_command(reference: ModuleType) -> None:
    """Every command has a section with its usage line, the app's own help first."""
    text = reference.build()
    names = reference.command_names()
    assert {"who-opposes", "sparql", "export", "ingest", "load"} <= set(names)
    titles = [line for line in text.splitlines() if line.startswith("## ")]
    assert titles == ["## `graphkb`", *(f"## `graphkb {name}`" for name in names)]
    for name in names:
        assert f"Usage: graphkb {name} [OPTIONS]" in text


def test_check_names_a_stale_file(
    reference: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check exits 1 and says how to regenerate when the file differs; 0 when current."""
    stale = tmp_path / "cli.md"
    stale.write_text("# old\n", encoding="utf-8")
    assert reference.main(["--check", "--output", str(stale)]) == 1
    assert capsys.readouterr().err == (
        f"{stale} is out of date: run python tools/cli_reference.py\n"
    )
    assert reference.main(["--output", str(stale)]) == 0
    assert reference.main(["--check", "--output", str(stale)]) == 0


def test_help_ignores_the_callers_environment(
    reference: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A set GRAPHKB_STORE or a narrow terminal does not change the reference."""
    before = reference.build()
    monkeypatch.setenv("GRAPHKB_STORE", "/nowhere")
    monkeypatch.setenv("COLUMNS", "40")
    assert reference.build() == before
