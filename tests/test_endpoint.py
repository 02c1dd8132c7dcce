"""Against a real Oxigraph server started on 127.0.0.1 by the fixture, every command answers as
the embedded store does."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.cli import app

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def endpoint(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on a free loopback port, stopped after the test."""
    binary = shutil.which("oxigraph")
    assert binary, "the oxigraph server is missing: pip install oxigraph (the dev extra has it)"
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the Oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _run(args: list[str], **env: str) -> str:
    result = CliRunner(env=env).invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


QUERIES = [
    ["who-opposes", "US", "-f", "json"],
    ["who-opposes", "US", "--roll-up", "-f", "json"],
    ["who-supports", "US", "-f", "json"],
    ["relations", "US", "PAK", "-f", "json"],
    ["actor", "Khawaja Asif", "-f", "json"],
    ["stances", "--source", "Israel", "-f", "json"],
    ["sparql", "SELECT ?s ?t WHERE { ?s gk:sanctions ?t } ORDER BY ?s ?t", "-f", "csv"],
    ["sparql", "ASK { gka:USA gk:sanctions gka:ISR }"],
]


def test_remote_answers_match_embedded(
    endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled KB on the server answers every query exactly like the embedded store."""
    monkeypatch.delenv("GRAPHKB_ENDPOINT", raising=False)
    local = str(tmp_path / "local")
    for args in QUERIES:
        embedded = _run(args, GRAPHKB_STORE=local)
        remote = _run(["--endpoint", endpoint, *args])
        assert remote == embedded, args


def test_remote_ingest_load_export(endpoint: str, tmp_path: Path) -> None:
    """Ingest and load write through batched updates; repeating them adds nothing; the
    export holds the same triples as the embedded store's."""
    article = tmp_path / "a.txt"
    article.write_text("Germany imposed sanctions on Russia on Monday.\n", encoding="utf-8")
    local = str(tmp_path / "local")
    for env_args in ([], ["--endpoint", endpoint]):
        env = {"GRAPHKB_STORE": local} if not env_args else {}
        assert "1 stance(s)" in _run([*env_args, "ingest", str(article)], **env)
        assert "already in the store" in _run([*env_args, "ingest", str(article)], **env)
    remote = json.loads(_run(["--endpoint", endpoint, "relations", "DEU", "RUS", "-f", "json"]))
    assert [r["type"] for r in remote] == ["SANCTION"]
    exported = tmp_path / "kb.nq"
    exported.write_text(_run(["--endpoint", endpoint, "export", "-f", "nq"]), encoding="utf-8")
    embedded_lines = sorted(_run(["export", "-f", "nq"], GRAPHKB_STORE=local).splitlines())
    assert sorted(exported.read_text(encoding="utf-8").splitlines()) == embedded_lines
    assert "0 new triple(s)" in _run(["--endpoint", endpoint, "load", str(exported)])


def test_unreachable_endpoint_is_one_line(tmp_path: Path) -> None:
    """A server that is down gives a one-line error and exit code 1."""
    result = CliRunner().invoke(
        app, ["--endpoint", f"http://127.0.0.1:{_free_port()}/query", "who-opposes", "US"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("graphkb: error: cannot reach the SPARQL endpoint")
    assert result.stderr.count("\n") == 1
