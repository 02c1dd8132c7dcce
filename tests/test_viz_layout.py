"""The graph page's layout, computed in Python: seeded and stable, officials beside their state,
labels with room, hubs' spokes capped around a focus."""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkb import KnowledgeBase
from graphkb._viz_layout import footprint, label_width, spread
from graphkb.graph import cap_spokes, layout


def star_graph(*, reverse: bool = False) -> nx.MultiDiGraph:
    """FOC (a country) with an official and a neighbour HUB; HUB links ten others, two of them
    FOC's officials and one tied to HUB by three stances."""
    nodes: list[tuple[str, dict[str, Any]]] = [
        ("FOC", {"name": "Focus", "kind": "country", "country": "FOC"}),
        ("foc-minister", {"name": "Minister", "kind": "person", "country": "FOC"}),
        ("HUB", {"name": "Hub", "kind": "country", "country": "HUB"}),
    ]
    nodes += [
        (f"S{i}", {"name": f"Spoke {i}", "kind": "country", "country": None}) for i in range(8)
    ]
    nodes += [
        (f"foc-{i}", {"name": f"Envoy {i}", "kind": "person", "country": "FOC"}) for i in range(2)
    ]
    edges = [("FOC", "HUB", 1), ("foc-minister", "FOC", 1)]
    edges += [("HUB", f"S{i}", 3 if i == 5 else 1) for i in range(8)]
    edges += [("HUB", f"foc-{i}", 1) for i in range(2)]
    graph = nx.MultiDiGraph()
    for node, attrs in reversed(nodes) if reverse else nodes:
        graph.add_node(node, **attrs)
    for source, target, n in reversed(edges) if reverse else edges:
        for k in range(n):
            graph.add_edge(source, target, key=f"{source}-{target}-{k}", type="ACCUSE", count=1)
    return graph


def test_spokes_are_capped_preferring_the_focus_side_then_the_strongest() -> None:
    """Beyond the first step a hub keeps ``per_hub`` actors: the focus's own first, then the
    most stances; the rest become one "and N more" node naming them."""
    prefer = {"FOC", "foc-minister", "foc-0", "foc-1"}
    capped = cap_spokes(star_graph(), "FOC", per_hub=3, prefer=prefer)
    assert sorted(capped.nodes) == sorted(
        ["+more:HUB", "FOC", "HUB", "S5", "foc-0", "foc-1", "foc-minister"]
    )
    more = capped.nodes["+more:HUB"]
    assert (more["name"], more["kind"], more["hub"]) == ("and 7 more", "more", "HUB")
    assert more["names"] == [f"Spoke {i}" for i in (0, 1, 2, 3, 4, 6, 7)]
    assert capped.number_of_edges("HUB", "S5") == 3


def test_first_step_is_never_capped() -> None:
    """The focus's own neighbours all stay, however many (``--top`` is for them)."""
    capped = cap_spokes(star_graph(), "HUB", per_hub=1)
    assert set(capped.nodes) == set(star_graph().nodes)


def test_layout_is_stable_and_keeps_officials_beside_their_state() -> None:
    """The same graph, built in any order, gets the same positions; an official is drawn
    nearer its country than the average actor is."""
    first, again = layout(star_graph()), layout(star_graph(reverse=True))
    assert first == again
    assert first == layout(star_graph())

    def distance(a: str, b: str) -> float:
        return math.dist(first[a], first[b])

    pairs = list(itertools.combinations(sorted(first), 2))
    average = sum(distance(a, b) for a, b in pairs) / len(pairs)
    assert distance("foc-minister", "FOC") < average / 2


def test_spread_separates_every_box_and_moves_nothing_that_fits() -> None:
    """Boxes piled on one point come apart; boxes already clear stay where they are."""
    boxes = {f"n{i}": footprint(f"Actor number {i}", 20.0) for i in range(40)}
    piled = spread(dict.fromkeys(boxes, (0.0, 0.0)), boxes)
    placed = {
        n: (x + b[0], y + b[1], x + b[2], y + b[3]) for n, b in boxes.items() for x, y in [piled[n]]
    }
    for a, b in itertools.combinations(placed.values(), 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
    assert spread(piled, boxes) == piled
    clear = {"a": (0.0, 0.0), "b": (1000.0, 0.0)}
    assert spread(clear, {"a": boxes["n0"], "b": boxes["n1"]}) == clear


@pytest.mark.parametrize(
    ("narrow", "wide"),
    [("illicit", "MMMMMMM"), ("Iran", "Iran and Syria"), ("abc", "\u4e2d\u56fd\u4eba")],
)
def test_label_width_grows_with_wide_and_many_characters(narrow: str, wide: str) -> None:
    """Capitals, wide letters, CJK and longer text count for more width."""
    assert label_width(narrow) < label_width(wide)


def test_depth_two_page_sums_up_what_it_leaves_out(kb: KnowledgeBase, tmp_path: Path) -> None:
    """Around Pakistan at depth 2, the US brings in at most six actors, its own officials first;
    the others are named in an "and N more" node."""
    from graphkb.viz import SPOKES_PER_HUB

    html = kb.viz(tmp_path / "g.html", focus="Pakistan", depth=2).read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'id="graphkb-data">(.*?)</script>', html, re.S).group(1)  # type: ignore[union-attr]
    )
    actors = {a["id"]: a for a in data["actors"]}
    more = [a for a in actors.values() if a["kind"] == "more"]
    assert [a["hub"] for a in more] == ["USA"]
    full = kb.to_networkx()
    near = nx.single_source_shortest_path_length(full.to_undirected(), "PAK", cutoff=2)
    second = {n for n, d in near.items() if d == 2}
    drawn = second & set(actors)
    assert len(drawn) <= SPOKES_PER_HUB
    assert sorted(more[0]["names"]) == sorted(full.nodes[n]["name"] for n in second - drawn)
    assert more[0]["name"] == f"and {len(second - drawn)} more"
    assert data["focus"] == "PAK"
