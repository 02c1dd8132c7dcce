"""Shared fixtures: an in-memory knowledge base, an on-disk store, the CLI runner, the seed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "seed" / "gold.json"
# Who stands against the US in the seed article: Pakistan, its officials and its ministry.
PAKISTAN_SIDE = {
    "khawaja-asif",
    "mumtaz-zahra-baloch",
    "pak-foreign-ministry",
    "zulfiqar-bukhari",
    "ghulam-abbas",
    "PAK",
}


@pytest.fixture(scope="session")
def kb() -> Iterator[KnowledgeBase]:
    """The bundled knowledge base in memory (read by many tests, written by none)."""
    with KnowledgeBase.memory() as base:
        yield base


@pytest.fixture
def fresh_kb() -> Iterator[KnowledgeBase]:
    """A bundled knowledge base of one's own, to write to."""
    with KnowledgeBase.memory() as base:
        yield base


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A persistent store created by the first command that opens it (shared, read-only use)."""
    return tmp_path_factory.mktemp("store") / "kb"


@pytest.fixture
def runner(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose commands use the shared session store."""
    monkeypatch.setenv("GRAPHKB_STORE", str(store_path))
    return CliRunner()


@pytest.fixture
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store of the test's own (for commands that write)."""
    path = tmp_path / "own-store"
    monkeypatch.setenv("GRAPHKB_STORE", str(path))
    return path


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The seed article from ../shared, or a skip saying why it is missing."""
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"seed article not found at {SEED_ARTICLE}: put ../shared beside the repo")
    return SEED_ARTICLE
