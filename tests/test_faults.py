"""Faults the store must survive: a kill during creation, damaged files, a full disk, readers
beside a long write (issue 11). The random-kill harness is in ``test_fault_injection.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase
from graphkb.cli import app


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )


def _killed_at(store: Path, module: str, function: str) -> None:
    """Create a store in a child process that dies (``os._exit``, no clean-up, like SIGKILL)
    right after ``module.function`` first returns."""
    code = (
        "import os, importlib\n"
        f"mod = importlib.import_module({module!r})\n"
        f"owner, name = {function!r}.split('.')\n"
        "cls = getattr(mod, owner)\n"
        "real = getattr(cls, name)\n"
        "def dying(*a, **k):\n"
        "    real(*a, **k)\n"
        "    os._exit(9)\n"
        "setattr(cls, name, dying)\n"
        "from graphkb.store import Store\n"
        f"Store.open({str(store)!r})\n"
    )
    assert _python(code).returncode == 9


def test_kill_during_first_use_leaves_a_store_that_opens(tmp_path: Path) -> None:
    """A first command killed while it creates the store (here: once the index file exists,
    before the RDF store does) leaves nothing that stops the next command: it sets the store
    up and answers."""
    store = tmp_path / "kb"
    _killed_at(store, "graphkb.index", "StanceIndex._create")
    result = CliRunner().invoke(app, ["--store", str(store), "stats", "-f", "json"])
    assert result.exit_code == 0, result.output
    with KnowledgeBase.open(store) as kb:
        assert kb.store.is_bootstrapped()
        assert kb.store.index is not None


def test_kill_after_bootstrap_before_ready_mark(tmp_path: Path) -> None:
    """Killed after the bundled data is loaded but before the store is marked ready, the
    next command still finishes the set-up."""
    store = tmp_path / "kb"
    _killed_at(store, "graphkb.store", "Store.bootstrap")
    result = CliRunner().invoke(app, ["--store", str(store), "who-opposes", "US", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Pakistan" in result.output


def test_an_older_graphkbs_half_made_store_is_set_up_again(tmp_path: Path) -> None:
    """A folder an older graphkb left half-made (the index file and RocksDB's first files,
    no ready mark) is cleared and set up by the next command; a folder holding anything
    else is still refused."""
    store = tmp_path / "kb"
    store.mkdir()
    for name in ("graphkb-index.sqlite", "LOCK", "LOG", "IDENTITY", "000004.log"):
        (store / name).write_bytes(b"")
    result = CliRunner().invoke(app, ["--store", str(store), "stats", "-f", "json"])
    assert result.exit_code == 0, result.output
    other = tmp_path / "other"
    other.mkdir()
    (other / "graphkb-index.sqlite").write_bytes(b"")
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    refused = CliRunner().invoke(app, ["--store", str(other), "stats"])
    assert refused.exit_code == 1
    assert "holds something other than a graphkb store" in refused.stderr
    assert (other / "notes.txt").read_text(encoding="utf-8") == "mine"


def _graphkb(store: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphkb", "--store", str(store), *args],
        input="Germany imposed sanctions on Norway.\n",  # for `ingest -`
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )


_HOLD_WRITE = """
import sys, time
from graphkb import KnowledgeBase
kb = KnowledgeBase.open(sys.argv[1], read_only=False)
if sys.argv[2] == "ingest":
    kb.ingest("Germany imposed sanctions on Norway.\\n", title="held")
    kb.store._indexed_write(atomic=True).__enter__()  # a write begun and never finished
print("ready", flush=True)
time.sleep(60)
"""


def _holding_writer(store: Path, mode: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WRITE, str(store), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_readers_answer_beside_a_long_write(tmp_path: Path) -> None:
    """While a writer holds the store (mid-write), readers answer at once from the last
    committed state: the index for rankings, the writer's snapshot for SPARQL."""
    import time

    store = tmp_path / "kb"
    expected = _graphkb(store, "who-opposes", "US", "-f", "csv").stdout
    holder = _holding_writer(store, "ingest")
    try:
        for args in (
            ["who-opposes", "US", "-f", "csv"],
            ["sparql", "ASK { gka:USA gk:sanctions gka:PAK }"],
            ["stats", "-f", "json"],
            ["who-opposes", "Norway", "-f", "csv"],
        ):
            start = time.monotonic()
            result = _graphkb(store, *args)
            took = time.monotonic() - start
            assert result.returncode == 0, result.stderr
            assert took < 3.0, (args, took)
            if args[0] == "who-opposes" and args[1] == "US":
                assert result.stdout == expected
            if args[1] == "Norway":
                assert "DEU" in result.stdout  # committed before the running write began
    finally:
        holder.kill()
        holder.wait()


def test_writers_still_queue_beside_a_long_write(tmp_path: Path) -> None:
    """A second writer waits for the first and, past GRAPHKB_LOCK_TIMEOUT, says the store is
    locked."""
    store = tmp_path / "kb"
    holder = _holding_writer(store, "plain")
    try:
        result = _graphkb(store, "reindex", GRAPHKB_LOCK_TIMEOUT="0.5")
        assert result.returncode == 1
        assert result.stderr.startswith("graphkb: error: store is locked")
    finally:
        holder.kill()
        holder.wait()


def _gdelt_file(path: Path, count: int) -> Path:
    from tests.test_crash import _gdelt_lines

    path.write_text("\n".join(_gdelt_lines(count)) + "\n", encoding="utf-8")
    return path


def _index_agrees(store: Path) -> None:
    """The store opens, conforms, and its index (if ready) answers as SPARQL does."""
    from tests.test_index import answers, sparql_answers

    with KnowledgeBase.open(store) as kb:
        assert kb.validate().conforms
        if kb.store.index is not None:
            assert answers(kb) == sparql_answers(kb)


def test_disk_full_during_import_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "database or disk is full", in the write and again in its error handler,
    ends the import with one line and exit 1; the store still opens and validates."""
    import sqlite3

    from graphkb.index import StanceIndex

    store = tmp_path / "kb"
    runner = CliRunner()
    assert runner.invoke(app, ["--store", str(store), "stats"]).exit_code == 0
    events = _gdelt_file(tmp_path / "events.export.CSV", 300)

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    real_add = StanceIndex.add
    calls = {"n": 0}

    def add_then_full(self: StanceIndex, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] > 1:
            full()
        real_add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(StanceIndex, "add", add_then_full)
    monkeypatch.setattr(StanceIndex, "commit_ready", full)
    result = runner.invoke(
        app, ["--store", str(store), "import", "-f", "gdelt", "--batch-size", "100", str(events)]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("graphkb: error: writing the stance index ")
    assert "database or disk is full" in result.stderr
    assert result.stderr.endswith("rerunning the import once that is fixed adds only the rest\n")
    assert result.stderr.count("\n") == 1
    monkeypatch.undo()
    _index_agrees(store)
    again = runner.invoke(app, ["--store", str(store), "import", "-f", "gdelt", str(events)])
    assert again.exit_code == 0, again.output
    _index_agrees(store)


def test_disk_full_during_reindex_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while ``reindex`` rewrites the index: one line, exit 1; the store opens,
    answers (through SPARQL) and validates, and a later reindex succeeds."""
    import sqlite3

    from graphkb.index import StanceIndex

    store = tmp_path / "kb"
    runner = CliRunner()
    assert runner.invoke(app, ["--store", str(store), "stats"]).exit_code == 0

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(StanceIndex, "add_rows", full)
    result = runner.invoke(app, ["--store", str(store), "reindex"])
    assert result.exit_code == 1
    assert result.stderr.startswith("graphkb: error: rebuilding the stance index ")
    assert result.stderr.count("\n") == 1
    monkeypatch.undo()
    _index_agrees(store)
    assert runner.invoke(app, ["--store", str(store), "reindex"]).exit_code == 0
    _index_agrees(store)


def _damage(store: Path, how: str) -> None:
    """Damage a store's RocksDB files as a failing disk or a stray command would."""
    if how == "CURRENT deleted":
        (store / "CURRENT").unlink()
    elif how == "MANIFEST overwritten":
        next(store.glob("MANIFEST-*")).write_bytes(b"garbage" * 10)
    else:  # bytes flipped all through the largest table file
        table = max(store.glob("*.sst"), key=lambda p: p.stat().st_size)
        data = bytearray(table.read_bytes())
        for i in range(100, len(data) - 200, 97):
            data[i] ^= 0xFF
        table.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["CURRENT deleted", "MANIFEST overwritten", "table bytes flipped"])
@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["validate"],
        ["sparql", "ASK { ?s ?p ?o }"],
        ["export", "-f", "nt"],
        ["ingest", "-"],
    ],
)
def test_a_damaged_store_is_named_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, how: str, command: list[str]
) -> None:
    """Every command on a store with damaged RocksDB files says, in one line, that the store
    looks damaged and how to get out (restore a backup, or move it aside)."""
    import shutil

    template = tmp_path_factory.getbasetemp() / "damage-template"
    if not template.is_dir():
        with KnowledgeBase.open(template):
            pass
    store = tmp_path_factory.mktemp("damaged") / "kb"
    shutil.copytree(template, store)
    _damage(store, how)
    result = _graphkb(store, *command)
    assert result.returncode == 1
    assert result.stderr.startswith(f"graphkb: error: the store at {store} looks damaged")
    assert result.stderr.endswith(
        "restore it from a backup (graphkb backup DIR made one) or "
        "move the folder aside and rerun to create a fresh store\n"
    )
    assert result.stderr.count("\n") == 1


def test_backup_is_a_store_that_restores(tmp_path: Path) -> None:
    """``graphkb backup DIR`` copies the RDF store and the index; after damage, moving the
    copy into place gives back the same data and answers."""
    import shutil

    from graphkb.formats import ExportFormat

    store, copy = tmp_path / "kb", tmp_path / "backups" / "monday"
    runner = CliRunner()
    ingest = runner.invoke(
        app, ["--store", str(store), "ingest", "-"], input="Germany imposed sanctions on Norway.\n"
    )
    assert ingest.exit_code == 0, ingest.output
    with KnowledgeBase.open(store) as kb:
        dump = kb.export(ExportFormat.NQ)
        ranked = [r.actor.id for r in kb.who_opposes("NOR")]
    result = runner.invoke(app, ["--store", str(store), "backup", str(copy)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"backed up the store to {copy}\n"
    again = runner.invoke(app, ["--store", str(store), "backup", str(copy)])
    assert again.exit_code == 1
    assert again.stderr == f"graphkb: error: {copy} already exists; back up into a new folder\n"
    _damage(store, "MANIFEST overwritten")
    shutil.move(store, tmp_path / "kb.damaged")
    shutil.copytree(copy, store)  # the documented restore
    with KnowledgeBase.open(store) as kb:
        assert kb.store.index is not None
        assert kb.export(ExportFormat.NQ) == dump
        assert [r.actor.id for r in kb.who_opposes("NOR")] == ranked == ["DEU"]
        assert kb.validate().conforms


def test_backup_refuses_an_endpoint(tmp_path: Path) -> None:
    """A remote endpoint is not backed up by graphkb: one line, exit 1, nothing written."""
    result = CliRunner().invoke(
        app, ["--endpoint", "http://127.0.0.1:9/query", "backup", str(tmp_path / "copy")]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "graphkb: error: a remote endpoint is backed up with its own tools; backup copies "
        "--store PATH\n"
    )
    assert not (tmp_path / "copy").exists()
