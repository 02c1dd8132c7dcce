"""viz on a big store: refuses without a focus, aggregates and pre-lays-out with one."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from graphkb import GraphkbError, KnowledgeBase, rdf
from graphkb.model import Document, Evidence, Modality, Stance, StanceType

COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "IND",
    "PAK",
    "FRA",
    "DEU",
    "GBR",
    "JPN",
    "BRA",
    "IRN",
    "ISR",
    "TUR",
    "SAU",
    "EGY",
    "NGA",
    "ZAF",
    "MEX",
    "KOR",
    "UKR",
]


@pytest.fixture(scope="module")
def big_kb() -> KnowledgeBase:
    """6,000 random stances among 20 countries in 600 documents."""
    rng = random.Random(3)
    kb = KnowledgeBase.memory()
    documents = [Document(id=f"synthetic-{i}", title=f"Synthetic {i}") for i in range(600)]
    stances = []
    for i in range(6000):
        source, target = rng.sample(COUNTRIES, 2)
        stances.append(
            Stance(
                source,
                target,
                rng.choice(list(StanceType)),
                rng.choice(list(Modality)),
                Evidence(f"synthetic-{i % 600}", 0, 10),
                summary=f"event {i}",
            )
        )
    kb.store.add_quads(rdf.all_quads([], documents, stances))
    return kb


def test_whole_big_graph_is_refused_with_advice(big_kb: KnowledgeBase, tmp_path: Path) -> None:
    """Without --focus, a store too big for one page is refused and nothing is written."""
    out = tmp_path / "graph.html"
    with pytest.raises(GraphkbError, match=r"6,035 stances, too many .* --focus"):
        big_kb.viz(out)
    assert not out.exists()


def test_focused_big_graph_is_aggregated_and_laid_out(
    big_kb: KnowledgeBase, tmp_path: Path
) -> None:
    """With a focus and --top, parallel stances merge into counted edges with fixed positions."""
    out = big_kb.viz(tmp_path / "graph.html", focus="US", depth=1, top=15)
    html = out.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert len(data["actors"]) == 15
    assert "USA" in {a["id"] for a in data["actors"]}
    assert data["focus"] == "USA"
    assert all("x" in a and "y" in a for a in data["actors"])
    assert data["options"]["physics"]["enabled"] is False
    keys = {(s["source"], s["target"], s["type"], s["modality"]) for s in data["stances"]}
    assert len(keys) == len(data["stances"])
    assert any(s["count"] > 1 for s in data["stances"])
    assert out.stat().st_size < 5_000_000


def test_a_trimmed_graph_says_so(big_kb: KnowledgeBase, tmp_path: Path) -> None:
    """When more links surround the focus than one page takes, the page keeps the heaviest and
    a note (a warning in Python, a line on stderr from the CLI) says how many were left out."""
    from graphkb._exceptions import GraphkbNote
    from graphkb.viz import VIZ_MAX_EDGES

    with pytest.warns(GraphkbNote, match=rf"drew the {VIZ_MAX_EDGES:,} heaviest of [\d,]+ links"):
        out = big_kb.viz(tmp_path / "graph.html", focus="US", depth=1)
    html = out.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert len(data["stances"]) == VIZ_MAX_EDGES


def test_a_rolled_up_focus_draws_states_with_counted_links(
    big_kb: KnowledgeBase, tmp_path: Path
) -> None:
    """--roll-up around a Pakistani official: Pakistan at the centre, only states on the page
    (the seed's officials folded into theirs), parallel stances merged into counted links and
    none within one state."""
    from graphkb._exceptions import GraphkbNote
    from graphkb.model import StanceFilter

    where = StanceFilter(roll_up=True)
    with pytest.warns(GraphkbNote, match="heaviest of"):
        out = big_kb.viz(tmp_path / "graph.html", focus="khawaja-asif", top=15, where=where)
    html = out.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert data["focus"] == "PAK"
    assert len(data["actors"]) == 15
    assert {a["kind"] for a in data["actors"]} == {"country"}
    assert all(s["source"] != s["target"] for s in data["stances"])
    assert any(s["count"] > 1 for s in data["stances"])
