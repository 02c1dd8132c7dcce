"""The original test articles' answer keys are well formed (tests/articles/check_keys.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkb.model import data_dir
from tests.articles.check_keys import check_key, load_polarity

HERE = Path(__file__).parent
KEYS = [
    *sorted((HERE / "articles").glob("*.json")),
    *sorted((HERE / "fresh").glob("*.json")),
    *sorted((HERE / "heldout").glob("*.json")),
    *sorted((HERE / "blind").glob("*.json")),
]


def test_there_are_at_least_twelve_articles() -> None:
    """The development and held-out sets span at least twelve articles each, with text and key."""
    assert len([k for k in KEYS if k.parent.name == "articles"]) >= 12
    assert len([k for k in KEYS if k.parent.name == "heldout"]) >= 10
    assert len([k for k in KEYS if k.parent.name == "fresh"]) >= 8
    assert all(k.with_suffix(".txt").is_file() for k in KEYS)


@pytest.mark.parametrize("key", KEYS, ids=[k.stem for k in KEYS])
def test_key_is_valid(key: Path) -> None:
    """Types, polarities, modalities, actor ids, cues and aliases all check out."""
    errors, _warnings, _stats = check_key(key, load_polarity(data_dir() / "stance_types.csv"))
    assert errors == []
