"""``--out`` of ``export`` and ``viz``: a regular file is replaced atomically, anything else is
written through and kept (device, FIFO), a symlink's target is written and the link kept, and
``-`` is standard output."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.cli import app

COMMANDS = {
    "export": ["export", "--format", "nt", "--out"],
    "viz": ["viz", "--focus", "PAK", "--out"],
}


def _device(path: Path, minor: int) -> Path:
    """A character device node of our own in the test's folder: minor 3 behaves as /dev/null,
    7 as /dev/full. The test never points graphkb at a system node it could damage."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        os.close(os.open(path, os.O_WRONLY))
    except OSError as exc:
        path.unlink(missing_ok=True)
        pytest.skip(f"cannot make a device node here ({exc.strerror}); needs root, no nodev")
    return path


@pytest.fixture
def fifo_reader(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], bytes]]]:
    """A FIFO with a thread reading it whole; (its path, a function returning what it read)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def result() -> bytes:
        reader.join(10)
        return received[0] if received else b""

    yield fifo, result
    if reader.is_alive():  # nothing opened the FIFO for writing: release the reader
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)


def _ok(args: list[str]) -> tuple[str, str]:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_onto_a_device_writes_through_it(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """--out onto a character device writes to the device and leaves the node in place."""
    node = _device(tmp_path / "null", 3)
    _ok([*COMMANDS[command], str(node)])
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]  # no temporary file left beside it


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_onto_a_full_device_fails_in_one_line(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """A device that refuses the bytes (like /dev/full) is one line and exit 1, node kept."""
    node = _device(tmp_path / "full", 7)
    result = CliRunner().invoke(app, [*COMMANDS[command], str(node)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"graphkb: error: cannot write {node} (No space left on device); choose a writable path\n"
    )
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_out_onto_dev_null_keeps_the_system_device(runner: CliRunner, tmp_path: Path) -> None:
    """`export --out /dev/null` succeeds and /dev/null is still a character device after.
    A private copy of the node is tried first, so a regression cannot damage the system's."""
    copy = _device(tmp_path / "null", 3)
    _ok(["export", "--out", str(copy)])
    assert stat.S_ISCHR(copy.lstat().st_mode), "a device node was replaced: /dev/null not tried"
    _ok(["export", "--out", "/dev/null"])
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_onto_a_fifo_feeds_its_reader(
    runner: CliRunner,
    fifo_reader: tuple[Path, Callable[[], bytes]],
    command: str,
) -> None:
    """--out onto a FIFO hands the bytes to the process reading it; the FIFO stays a FIFO."""
    fifo, received = fifo_reader
    _ok([*COMMANDS[command], str(fifo)])
    data = received()
    assert data.startswith(b"<https://w3id.org/graphkb/" if command == "export" else b"<!DOCTYPE")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_onto_a_symlink_writes_its_target(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """--out onto a symlink replaces the file it points to and keeps the link."""
    folder = tmp_path / "real"
    folder.mkdir()
    target = folder / "graph.out"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.out"
    link.symlink_to(target)
    _ok([*COMMANDS[command], str(link)])
    assert link.is_symlink()
    assert link.readlink() == target
    assert target.read_bytes() != b"old"
    assert target.read_bytes() == link.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the replaced file's mode is kept
    assert [p.name for p in folder.iterdir()] == ["graph.out"]


def test_out_onto_a_dangling_symlink_creates_its_target(runner: CliRunner, tmp_path: Path) -> None:
    """A symlink to a file not yet there gets that file, and stays a link."""
    target = tmp_path / "made.nt"
    link = tmp_path / "link.nt"
    link.symlink_to(target)
    _ok(["export", "--format", "nt", "--out", str(link)])
    assert link.is_symlink()
    assert target.read_bytes().startswith(b"<https://w3id.org/graphkb/")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_dash_is_standard_output(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """--out - writes to standard output, says nothing else there, and creates no file '-'."""
    monkeypatch.chdir(tmp_path)
    stdout, _ = _ok([*COMMANDS[command], "-"])
    assert stdout.startswith("<https://w3id.org/graphkb/" if command == "export" else "<!DOCTYPE")
    assert not stdout.rstrip().endswith("wrote -")
    assert not (tmp_path / "-").exists()


def test_export_out_to_a_regular_file_is_still_atomic(runner: CliRunner, tmp_path: Path) -> None:
    """A regular file is replaced whole and says so on stderr; no temporary file is left."""
    out = tmp_path / "kb.nt"
    out.write_text("old", encoding="utf-8")
    _, stderr = _ok(["export", "--format", "nt", "--out", str(out)])
    assert stderr.startswith(f"wrote {out} (")
    assert out.read_bytes().startswith(b"<https://w3id.org/graphkb/")
    assert [p.name for p in tmp_path.iterdir()] == ["kb.nt"]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_out_onto_a_folder_is_one_line(runner: CliRunner, tmp_path: Path, command: str) -> None:
    """A folder named by --out is refused in one line, exit 1."""
    result = CliRunner().invoke(app, [*COMMANDS[command], str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("graphkb: error: cannot write ")
    assert "it is a folder; give a file name" in result.stderr
    assert result.stderr.count("\n") == 1


def test_every_csv_of_stances_has_the_same_columns(runner: CliRunner) -> None:
    """export, stances, relations and path write a stance with the same column names (path
    adds its chain and hop first), and the same values for the same stance."""
    import csv
    import io

    from graphkb.results import STANCE_COLUMNS

    def rows(args: list[str]) -> list[dict[str, str]]:
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.output
        return list(csv.DictReader(io.StringIO(done.stdout)))

    exported = {r["id"]: r for r in rows(["export", "-f", "csv"])}
    for args in (
        ["stances", "--source", "Israel", "-f", "csv"],
        ["relations", "US", "PAK", "-f", "csv"],
        ["path", "India", "Israel", "-f", "csv"],
    ):
        found = rows(args)
        assert found, args
        for found_row in found:
            if args[0] == "path":
                assert list(found_row)[:2] == ["path", "hop"]
            row = {k: v for k, v in found_row.items() if k not in ("path", "hop")}
            if args[0] != "path":  # stance rows end with their corroboration (issue 14)
                assert list(row)[-2:] == ["documents", "publishers"]
                row = {k: v for k, v in row.items() if k not in ("documents", "publishers")}
            assert tuple(row) == STANCE_COLUMNS
            assert row == exported[row["id"]], args
