"""One suite, every backend: the stance index, SPARQL over the embedded Oxigraph store, a real
Oxigraph server and a real Virtuoso (both started on 127.0.0.1) give the same answer to every
question as the index of an in-memory store holding the same data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest

from graphkb import KnowledgeBase, StanceFilter, queries
from graphkb.index import StanceIndex
from graphkb.sparql_reader import SparqlReader
from tests.backends import QUESTIONS, answers, many_stances
from tests.sparql_servers import SERVERS

BACKENDS = ["index", "sparql", "oxigraph-server", "virtuoso"]


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Callable[[], Any]]]:
    """Each server kind, started once for the module on demand; each use wipes its data."""
    started: dict[str, str] = {}
    stack: list[AbstractContextManager[str]] = []

    def url(kind: str) -> str:
        if kind not in started:
            manager = SERVERS[kind](tmp_path_factory.mktemp(kind))
            started[kind] = manager.__enter__()
            stack.append(manager)
        return started[kind]

    yield {"oxigraph-server": lambda: url("oxigraph"), "virtuoso": lambda: url("virtuoso")}
    for manager in reversed(stack):
        manager.__exit__(None, None, None)


@contextmanager
def _open(backend: str, servers: dict[str, Callable[[], Any]]) -> Iterator[KnowledgeBase]:
    """A knowledge base holding the bundled data, read through ``backend``."""
    if backend in ("index", "sparql"):
        with KnowledgeBase.memory() as kb:
            kb.store.use_index = backend == "index"
            yield kb
        return
    url = servers[backend]()
    with KnowledgeBase.open(endpoint=url, read_only=False) as kb:
        kb.store.update("DROP SILENT ALL")  # what an earlier test left
    with KnowledgeBase.open(endpoint=url, read_only=False) as kb:  # bootstraps afresh
        yield kb


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    """The answers of the index of an in-memory store holding the bundled data."""
    with KnowledgeBase.memory() as kb:
        return answers(kb)


def _server(backend: str) -> list[Any]:
    return [pytest.mark.server] if backend not in ("index", "sparql") else []


@pytest.mark.parametrize("backend", [pytest.param(b, marks=_server(b), id=b) for b in BACKENDS])
def test_every_backend_answers_every_question_alike(
    backend: str, servers: dict[str, Callable[[], Any]], reference: dict[str, Any]
) -> None:
    """Every question in tests/backends.py, on the bundled data, answered through the backend,
    equals the index's answer; and the backend is the one asked for."""
    with _open(backend, servers) as kb:
        reader = kb.store.reader()
        assert isinstance(reader, StanceIndex if backend == "index" else SparqlReader)
        got = answers(kb)
    assert got["who_opposes"] and got["path"] and got["two_hop"] and got["neighbours"]
    for name in QUESTIONS:
        assert got[name] == reference[name], name


@pytest.mark.parametrize("backend", [pytest.param(b, marks=_server(b), id=b) for b in BACKENDS])
def test_every_backend_ranks_hubs_from_aggregates_alike(
    backend: str, servers: dict[str, Callable[[], Any]]
) -> None:
    """Past the exact ranking's limit, a ranking (plain, rolled up, dated) comes from
    aggregates with a sample stance per type: the same on every backend."""
    document, stances = many_stances(queries.FULL_EVIDENCE_UP_TO + 50)
    rolled, dated = StanceFilter(roll_up=True), StanceFilter(since=stances[100].date)

    def ask(kb: KnowledgeBase) -> list[Any]:
        return [
            [r.to_dict() for r in kb.who_opposes("US")],
            [r.to_dict() for r in kb.who_opposes("US", rolled, limit=3)],
            [r.to_dict() for r in kb.who_opposes("US", dated)],
            [(a.id, n) for a, n in kb.two_hop("PAK")],
        ]

    with KnowledgeBase.memory() as kb:
        kb.store.add([], [document], stances)
        expected = ask(kb)
        assert all(r.stances for r in kb.who_opposes("US"))  # sample evidence
    with _open(backend, servers) as kb:
        kb.store.add([], [document], stances)
        assert ask(kb) == expected
