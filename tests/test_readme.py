"""The README's commands run, and where it shows their output, the output is what they print."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _sessions() -> list[tuple[str, str]]:
    """(command, expected output) for every `$ graphkb ...` line in console blocks."""
    pairs: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    pairs.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            pairs.append((command, "\n".join(output)))
    return pairs


SESSIONS = _sessions()
# Commands that write (they run on a store of their own, never the shared one).
WRITES = {"load", "ingest", "import", "retract", "correct", "edit-actor", "add-alias"}
WRITES |= {"merge-actors", "add-actor", "remove"}


def _command_name(command: str) -> str:
    """The command's name, after any global ``--store PATH``."""
    words = shlex.split(command)[1:]
    while words and words[0] == "--store":
        words = words[2:]
    return words[0]


def test_readme_gives_exactly_two_setup_commands() -> None:
    """The newcomer's two commands are there: the main job and the test suite."""
    block = re.search(r"## Two commands.*?```bash\n(.*?)```", README, flags=re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line and line[0] != "#"]
    assert commands == [
        "bash scripts/first-run.sh",
        "bash .ci/run",
    ]
    assert '"$PYTHON" -m pytest' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_has_a_tour_of_commands() -> None:
    """Every query command appears in the tour."""
    shown = {_command_name(c) for c, _ in SESSIONS}
    assert {
        "who-opposes",
        "who-supports",
        "relations",
        "actor",
        "actors",
        "stances",
        "path",
        "stats",
        "sparql",
        "export",
        "load",
        "validate",
        "viz",
    } <= shown


def test_the_tour_leaves_nothing_in_the_readers_store() -> None:
    """Every tour command that writes test data goes to a scratch store (--store) or is a
    dry run; the one load is the store's own export, loaded back (which adds nothing)."""
    writing = [c for c, _ in SESSIONS if _command_name(c) in WRITES]
    assert writing
    for command in writing:
        words = shlex.split(command)
        assert "--store" in words or "--dry-run" in words or words[1:] == ["load", "kb.ttl"], (
            command
        )


@pytest.mark.parametrize(("command", "expected"), SESSIONS, ids=[c for c, _ in SESSIONS])
def test_readme_command(
    command: str, expected: str, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command exits as documented and prints the output shown (whitespace aside)."""
    writes = _command_name(command) in WRITES
    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store" if writes else store_path))
    monkeypatch.setenv("COLUMNS", "110")
    monkeypatch.chdir(tmp_path)
    args = shlex.split(command)[1:]
    args = [str(ROOT / a) if a.startswith(("examples/", "tests/")) else a for a in args]
    if _command_name(command) == "load":
        CliRunner().invoke(app, ["export", "--format", "ttl", "--out", "kb.ttl"])
    result = CliRunner().invoke(app, args)
    failing = expected.startswith("graphkb: error:")
    assert result.exit_code == (1 if failing else 0), result.stderr
    if expected.strip():
        printed = result.stderr if failing else result.stdout
        assert printed.split() == expected.split()
