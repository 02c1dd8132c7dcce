"""Every case of the hostile-input corpus (tests/hostile.py), run as its own process: it ends
in under 10 s with exit 0, or exit 1 and one line on stderr; its peak memory stays under 1 GB;
and a refused case leaves the store exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from graphkb import KnowledgeBase
from tests import hostile

KILL_AFTER = 30.0  # seconds: a case this slow has long failed; do not hang the suite


@dataclass(frozen=True)
class Outcome:
    """How one run of graphkb ended."""

    code: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_rss: int  # bytes


def _run(args: list[str], env: dict[str, str]) -> Outcome:
    """Run graphkb as a child and measure it: wall time, and peak RSS from wait4's rusage."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "graphkb", *args], stdout=out, stderr=err, env=env
        )
        killer = threading.Timer(KILL_AFTER, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Outcome(
            process.returncode,
            out.read(),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss * 1024,  # kilobytes on Linux
        )


def _digest(store: Path) -> str:
    """A digest of the store's sorted N-Quads dump."""
    with KnowledgeBase.open(store) as kb:
        lines = sorted(kb.export("nq").splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus files, written once."""
    folder = tmp_path_factory.mktemp("corpus")
    hostile.write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled data, copied for each case."""
    path = tmp_path_factory.mktemp("pristine") / "store"
    with KnowledgeBase.open(path, read_only=False):
        pass
    return path


@contextmanager
def _target(kind: str | None, folder: Path) -> Iterator[str | None]:
    """The special --out target a case names, set up in ``folder`` and checked after: the
    node or FIFO must still be one, the symlink still a link with its target written."""
    if kind is None:
        yield None
        return
    path = folder / kind
    if kind in ("chardev", "fulldev"):
        try:
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3 if kind == "chardev" else 7))
            os.close(os.open(path, os.O_WRONLY))
        except OSError as exc:
            pytest.skip(f"cannot make a device node here ({exc.strerror}); needs root")
        yield str(path)
        assert stat.S_ISCHR(path.lstat().st_mode), "the device node was replaced"
    elif kind == "fifo":
        os.mkfifo(path)
        received: list[bytes] = []

        def read() -> None:
            with path.open("rb") as handle:
                received.append(handle.read())

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        yield str(path)
        if reader.is_alive():
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        assert stat.S_ISFIFO(path.lstat().st_mode), "the FIFO was replaced"
        assert received, "nothing reached the FIFO's reader"
        assert received[0], "the FIFO's reader got nothing"
    else:
        real = folder / "real.out"
        real.write_bytes(b"old")
        path.symlink_to(real)
        yield str(path)
        assert path.is_symlink(), "the symlink was replaced"
        assert real.read_bytes() not in (b"", b"old"), "the symlink's target was not written"


@contextmanager
def _endpoint(case: hostile.Case) -> Iterator[str]:
    if case.endpoint is None:
        yield ""
        return
    server = hostile.fake_endpoint(
        case.endpoint, ask=hostile.YES if case.endpoint_answers_ask else None
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/query"
    finally:
        server.shutdown()
        server.server_close()


def _params() -> Iterator[object]:
    for case in hostile.CASES:
        yield pytest.param(case, id=case.name)


@pytest.mark.parametrize("case", _params())
def test_hostile_case(case: hostile.Case, corpus: Path, pristine: Path, tmp_path: Path) -> None:
    """The case ends in time, in memory, with exit 0 or one line and exit 1, store intact."""
    store = tmp_path / "store"
    shutil.copytree(pristine, store)
    before = _digest(store)
    env = {k: v for k, v in os.environ.items() if k != "GRAPHKB_ENDPOINT"}
    env["GRAPHKB_STORE"] = str(store)
    with _target(case.out, tmp_path) as out, _endpoint(case) as url:
        args = [
            a.replace("{dir}", str(corpus)).replace("{out}", out or "").replace("{endpoint}", url)
            for a in case.args
        ]
        outcome = _run(args, env)
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    assert outcome.seconds < hostile.SECONDS, f"took {outcome.seconds:.1f} s"
    assert outcome.peak_rss < hostile.MAX_RSS_BYTES, f"peak RSS {outcome.peak_rss:,} bytes"
    if case.refused is None:
        assert outcome.code == 0, outcome.stderr[-2000:]
        return
    assert outcome.code == 1, (outcome.code, outcome.stderr[-2000:])
    assert outcome.stderr.startswith("graphkb: error: "), outcome.stderr[-2000:]
    assert outcome.stderr.count("\n") == 1, outcome.stderr[-2000:]
    assert case.refused in outcome.stderr
    assert _digest(store) == before
