"""Real SPARQL servers for the integration tests, each started on 127.0.0.1 (free ports, its own
database in a temporary folder) and stopped after: the Oxigraph server (``oxigraph serve``, from
PyPI) and Virtuoso open source 7 (``virtuoso-t``, Debian's ``virtuoso-opensource-7-bin``, which
``scripts/setup-dev.sh`` installs)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

STARTUP_LIMIT = 60.0  # seconds a server may take to answer its first query


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _binary(name: str, install: str) -> str:
    found = shutil.which(name)
    assert found, f"the {name} binary is missing: {install}"
    return found


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until the server answers a form-encoded ASK, bounded by STARTUP_LIMIT."""
    deadline = time.monotonic() + STARTUP_LIMIT
    while True:
        try:
            with urllib.request.urlopen(url, data=b"query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text("utf-8", "replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"the server behind {url} did not start:\n{tail}") from None
            time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """An Oxigraph server on a fresh database in ``folder``; yields its query URL."""
    binary = _binary("oxigraph", "pip install oxigraph (the dev extra has it)")
    port = free_port()
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        _stop(process)


# The least Virtuoso needs: its files in the test's folder, both ports on loopback, no
# checkpoints during the test, and result sets as large as graphkb's export (the Debian
# default of 10,000 rows would cut it short).
_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = {db}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 120
"""

# Virtuoso's anonymous SPARQL user may read but not write until granted SPARQL_UPDATE.
GRANT_UPDATE = 'GRANT SPARQL_UPDATE TO "SPARQL";'


@contextmanager
def virtuoso_server(folder: Path, *, max_rows: int = 10_000_000) -> Iterator[str]:
    """A Virtuoso server on a fresh database in ``folder``, its SPARQL user allowed to
    update; yields its SPARQL URL."""
    binary = _binary("virtuoso-t", "apt-get install virtuoso-opensource-7-bin")
    isql = _binary("isql-vt", "apt-get install virtuoso-opensource-7-bin")
    db = folder / "virtuoso"
    db.mkdir(parents=True)
    sql_port, http_port = free_port(), free_port()
    ini = db / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(db=db, sql_port=sql_port, http_port=http_port, max_rows=max_rows),
        encoding="utf-8",
    )
    log = db / "virtuoso.log"
    with (db / "stdout.log").open("wb") as out:
        process = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=db,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        _wait_until_up(url, process, log)
        granted = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={GRANT_UPDATE}"],
            capture_output=True,
            timeout=30,
            check=False,
        )
        assert granted.returncode == 0, granted.stdout + granted.stderr
        yield url
    finally:
        _stop(process)


SERVERS: dict[str, Callable[[Path], AbstractContextManager[str]]] = {
    "oxigraph": oxigraph_server,
    "virtuoso": virtuoso_server,
}
