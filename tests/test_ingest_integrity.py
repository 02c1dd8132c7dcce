"""Ingesting real articles leaves a store that conforms: every actor a stance names (source,
target, the actor it is attributed to) is stored with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared" / "corpus" / "voa"


def _development_articles() -> list[Path]:
    own = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    voa = [
        VOA / f"{key.stem}.txt" for key in sorted((ROOT / "tests" / "voa" / "dev").glob("*.json"))
    ]
    return own + [p for p in voa if p.is_file()]


def test_every_development_article_ingests_into_a_conforming_store() -> None:
    """All development articles (ours and the VOA stories) in one store: SHACL conforms and
    no stance points at an actor the store lacks."""
    articles = _development_articles()
    if not any(p.parent == VOA for p in articles):
        pytest.skip(f"VOA stories not found at {VOA}: put ../shared beside the repository")
    with KnowledgeBase.memory() as kb:
        for path in articles:
            kb.ingest(path.read_text(encoding="utf-8"), title=path.stem)
        report = kb.validate()
        assert report.conforms, report.text[:2000]
        dangling = kb.sparql(
            "SELECT ?actor WHERE { ?s gk:claimedBy|gk:source|gk:target ?actor "
            "FILTER NOT EXISTS { ?actor a ?kind } } LIMIT 5"
        )
        assert dangling.rows == []
