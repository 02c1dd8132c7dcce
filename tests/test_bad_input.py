"""The bad-input catalogue (README, "Bad input"): each row answered with one line, exit 1, no
traceback, and the store exactly as it was."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb.cli import app


def _fails_cleanly(args: list[str], message: str, **env: str) -> None:
    result = CliRunner(env=env or None).invoke(app, args)
    assert result.exit_code == 1, result.stdout
    assert message in result.stderr
    assert result.stderr.startswith("graphkb: error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def _dump(runner: CliRunner) -> str:
    result = runner.invoke(app, ["export", "--format", "nq"])
    assert result.exit_code == 0
    return "\n".join(sorted(result.stdout.splitlines()))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.ttl", b"@prefix gk: <https://w3id.org/graphkb/ns#> .\ngk:a gk:b", "is not valid"),
        ("bad.jsonld", b'{"@context": {"@vocab": 5}, "@id": ', "is not valid"),
        ("bad.nq", b"<a> <b> <c> <d> <e> .\n", "is not valid"),
        ("bad.yaml", b"stances: [\n", "is not valid YAML"),
        ("bad.csv", b"a,b\n1,2\n", "unknown file type '.csv'"),
        ("empty.yaml", b"", "the file is empty; it needs a document, actors or stances"),
    ],
)
def test_malformed_data_files_leave_the_store_unchanged(
    own_store: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    """Broken Turtle, JSON-LD, N-Quads, YAML or an unknown format: one line, store unchanged."""
    runner = CliRunner()
    before = _dump(runner)
    bad = tmp_path / name
    bad.write_bytes(content)
    _fails_cleanly(["load", str(bad)], message)
    assert _dump(runner) == before


def test_a_50_megabyte_article_is_refused(tmp_path: Path) -> None:
    """An article of 50 MB is refused by the size limit before it is read whole."""
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"France imposed sanctions on Iran. " * (50_000_000 // 34))
    _fails_cleanly(["extract", str(big)], "is larger than 5,000,000 bytes")


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    """A --store that is a file, not a folder, is refused."""
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    _fails_cleanly(["--store", str(afile), "stats"], "is a file, not a store folder")


def test_store_path_holding_something_else(tmp_path: Path) -> None:
    """A --store folder with other files in it is not taken over."""
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    _fails_cleanly(["--store", str(folder), "stats"], "holds something other than a graphkb")
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]


def test_unwritable_store_path(tmp_path: Path) -> None:
    """A --store under a read-only folder is refused with advice (root ignores modes, so the
    folder is made unusable by putting a file where a parent folder should be)."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    _fails_cleanly(["--store", str(blocker / "store"), "stats"], "cannot create the store folder")


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    conns: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conns.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/query"
    stop.set()
    thread.join()
    for conn in conns:
        conn.close()
    sock.close()


def test_slow_endpoint_times_out(silent_server: str) -> None:
    """An endpoint that never answers gives a one-line error after the timeout."""
    _fails_cleanly(
        ["--endpoint", silent_server, "who-opposes", "US"],
        "cannot reach the SPARQL endpoint",
        GRAPHKB_ENDPOINT_TIMEOUT="0.5",
    )


def _http_server(body: bytes, *, trickle: float = 0.0) -> tuple[str, Callable[[], None]]:
    """An HTTP server on 127.0.0.1 answering every POST with 200 and ``body``, sent a byte
    at a time ``trickle`` seconds apart; (its query URL, a function that stops it)."""
    import http.server

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for i in range(len(body)):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(trickle)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return f"http://127.0.0.1:{server.server_port}/query", stop


def test_endpoint_answering_something_else_is_one_line() -> None:
    """A server that answers 200 with a web page instead of SPARQL results is named as such."""
    url, stop = _http_server(b"<html><body>Welcome</body></html>")
    try:
        for command in (["who-opposes", "US"], ["sparql", "CONSTRUCT WHERE { ?s ?p ?o }"]):
            _fails_cleanly(["--endpoint", url, *command], "answered with something other than")
    finally:
        stop()


def test_a_trickling_endpoint_is_cut_off_at_the_timeout() -> None:
    """GRAPHKB_ENDPOINT_TIMEOUT bounds the whole answer, not each read of it."""
    url, stop = _http_server(b"x" * 100, trickle=0.1)
    try:
        start = time.monotonic()
        _fails_cleanly(
            ["--endpoint", url, "stats"],
            "cannot reach the SPARQL endpoint",
            GRAPHKB_ENDPOINT_TIMEOUT="1",
        )
        assert time.monotonic() - start < 5  # the whole body would take 10 s
    finally:
        stop()


def test_endpoint_that_is_not_a_url() -> None:
    """An endpoint that is not http(s) is refused before anything is sent."""
    _fails_cleanly(["--endpoint", "file:///etc/passwd", "stats"], "is not an http(s) URL")


@pytest.mark.parametrize("value", ["abc", "-1", "0", "nan", "inf"])
def test_a_bad_limit_in_the_environment_is_named(value: str) -> None:
    """A limit variable that is not a positive number is refused in one line, not ignored."""
    _fails_cleanly(
        ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
        f"GRAPHKB_MAX_ROWS is '{value}': set it to a positive number",
        GRAPHKB_MAX_ROWS=value,
    )


def test_since_after_until_is_a_usage_error() -> None:
    """A date window that cannot match anything is a usage error (exit 2), not an empty
    answer."""
    for command in (["who-opposes", "US"], ["who-supports", "PAK"], ["stances"]):
        result = CliRunner().invoke(
            app, [*command, "--since", "2025-01-01", "--until", "2024-01-01"]
        )
        assert result.exit_code == 2, result.stdout
        assert "since 2025-01-01 is after until 2024-01-01: nothing can match; swap them" in (
            " ".join(result.stderr.split())
        )
        assert "Traceback" not in result.stderr


def test_an_import_with_no_valid_line_suggests_the_other_format(tmp_path: Path) -> None:
    """A GDELT file read as PLOVER (every line malformed) fails in one line with advice, and
    stores nothing."""
    store = str(tmp_path / "store")
    runner = CliRunner()
    before = _dump_store(runner, store)
    _fails_cleanly(
        ["--store", store, "import", "--format", "plover", str(GDELT_FIXTURE)],
        "is a plover record, so nothing was imported (first: events.export.CSV:1: bad JSON",
    )
    assert _dump_store(runner, store) == before


def _dump_store(runner: CliRunner, store: str) -> str:
    done = runner.invoke(app, ["--store", store, "export", "--format", "nq"])
    assert done.exit_code == 0
    return "\n".join(sorted(done.stdout.splitlines()))


GDELT_FIXTURE = Path(__file__).resolve().parent / "data" / "import" / "events.export.CSV"


def test_reindex_of_a_remote_endpoint_explains_there_is_no_index() -> None:
    """reindex has nothing to rebuild on an endpoint: it says so instead of 'indexed 0'."""
    _fails_cleanly(
        ["--endpoint", "http://127.0.0.1:9/query", "reindex"],
        "a remote endpoint has no stance index",
    )


def test_an_empty_store_path_is_refused() -> None:
    """`--store ''` is not taken for the working folder: a usage error (exit 2)."""
    result = CliRunner().invoke(app, ["--store", "", "stats"])
    assert result.exit_code == 2, result.stdout
    assert "--store (or GRAPHKB_STORE) is empty" in " ".join(result.stderr.split())


def test_a_fractional_count_limit_is_refused() -> None:
    """A row or byte limit must be a whole number: 0.4 rows is not silently zero."""
    _fails_cleanly(
        ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
        "GRAPHKB_MAX_ROWS is '0.4': set it to a whole number of at least 1",
        GRAPHKB_MAX_ROWS="0.4",
    )
