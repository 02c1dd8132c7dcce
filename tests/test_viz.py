"""graphkb.viz without a browser: the page is offline, escaped, styled, filterable, stable."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkb._exceptions import GraphkbError
from graphkb.viz import render_html

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"\'><svg onload="window.__pwned=3">',
    '<a href="javascript:window.__pwned=4">href</a>',
]
DOC_URL = "https://example.org/news?id=1&lang=en"
# http(s) strings inside vis-network.min.js/.css that are text (licence notes, an error message,
# the SVG namespace), not resources the page loads
VIS_TEXT_URLS = {
    "https://visjs.github.io/vis-network/",
    "http://almende.com",
    "https://github.com/visjs",
    "http://www.apache.org/licenses/LICENSE-2.0",
    "http://opensource.org/licenses/MIT",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    "https://github.com/zloirock/core-js",
    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "http://www.w3.org/2000/svg",
}
NAMES = {
    "USA": "United States",
    "PAK": "Pakistan",
    "IND": "India",
    "ishaq-dar": "Ishaq Dar",
    "rnd": "R&D <Group>",
}


def stance(type_: str, polarity: int, modality: str, **extra: Any) -> dict[str, Any]:
    """Edge attributes as graphkb.graph builds them, with defaults for the dull ones."""
    attrs: dict[str, Any] = {
        "type": type_,
        "polarity": polarity,
        "modality": modality,
        "date": "2024-05-01",
        "confidence": 0.8,
        "origin": "rules",
        "attributed_to": None,
        "summary": None,
        "evidence_text": None,
        "document": "doc-1",
        "document_title": "Talks in Islamabad",
        "document_url": DOC_URL,
        "document_publisher": "Example Wire",
        "document_date": "2024-05-02",
        "start": 10,
        "end": 80,
        "count": 1,
    }
    attrs.update(extra)
    return attrs


def build_graph(*, reverse: bool = False) -> nx.MultiDiGraph:
    """USA, PAK, IND, a minister and a group; one stance of each modality."""
    nodes = [
        ("USA", {"kind": "country", "country": "USA", "role": None, "qid": "Q30"}),
        ("PAK", {"kind": "country", "country": "PAK", "role": None, "qid": "Q843"}),
        ("IND", {"kind": "country", "country": "IND", "role": None, "qid": "Q668"}),
        (
            "ishaq-dar",
            {"kind": "person", "country": "PAK", "role": "foreign minister", "qid": None},
        ),
        ("rnd", {"kind": "group", "country": None, "role": None, "qid": None}),
    ]
    edges = [
        (
            "USA",
            "PAK",
            "s-sanction",
            stance("SANCTION", -1, "asserted", count=3, summary="US sanctions Pakistan"),
        ),
        (
            "USA",
            "PAK",
            "s-aid",
            stance(
                "AID",
                1,
                "reported",
                attributed_to="ishaq-dar",
                evidence_text="Dar said Washington sent flood aid.",
            ),
        ),
        ("IND", "USA", "s-coop", stance("COOPERATE", 1, "hypothetical", date=None)),
        ("IND", "PAK", "s-nosanction", stance("SANCTION", -1, "negated", document_title=None)),
        ("rnd", "IND", "s-request", stance("REQUEST", 0, "asserted")),
    ]
    graph = nx.MultiDiGraph()
    for node, attrs in reversed(nodes) if reverse else nodes:
        graph.add_node(node, name=NAMES[node], **attrs)
    for source, target, key, attrs in reversed(edges) if reverse else edges:
        graph.add_edge(source, target, key=key, **attrs)
    return graph


def build_hostile_graph() -> nx.MultiDiGraph:
    """Every payload planted in names, roles, summaries, evidence and document titles."""
    graph = nx.MultiDiGraph()
    for index, payload in enumerate(PAYLOADS):
        graph.add_node(f"P{index}X", name=f"{payload} {index}", kind="person", role=payload)
    for index, payload in enumerate(PAYLOADS):
        target = f"P{(index + 1) % len(PAYLOADS)}X"
        attrs = stance("ACCUSE", -1, "asserted", summary=payload, evidence_text=payload)
        attrs.update(document_title=payload, attributed_to=f"P{index}X")
        graph.add_edge(f"P{index}X", target, key=f"s{index}", **attrs)
    return graph


def payload_of(page: str) -> dict[str, Any]:
    """The JSON the page's script reads."""
    match = re.search(
        r'<script type="application/json" id="graphkb-data">(.*?)</script>', page, re.S
    )
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.fixture
def page(tmp_path: Path) -> str:
    """The fixture graph rendered to HTML."""
    out = render_html(build_graph(), tmp_path / "graph.html", title="Stances <South Asia>")
    return out.read_text(encoding="utf-8")


@pytest.fixture
def hostile_page(tmp_path: Path) -> str:
    """The hostile graph rendered with a hostile title."""
    out = render_html(build_hostile_graph(), tmp_path / "hostile.html", title=PAYLOADS[1])
    return out.read_text(encoding="utf-8")


def test_render_writes_the_file_and_returns_its_path(tmp_path: Path) -> None:
    """render_html returns the path it wrote, and leaves no temporary file behind."""
    out = tmp_path / "graph.html"
    assert render_html(build_graph(), out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_page_loads_nothing_remote(page: str) -> None:
    """No link, src, import or url() points off the page; the only URLs are text."""
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"\b(src|href|srcset|action|data)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?\s*(https?:)?//", page, re.I)
    assert not re.search(r"<(iframe|object|embed|img|audio|video|source)\b", page, re.I)
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert urls - VIS_TEXT_URLS == {DOC_URL.replace("&", "\\u0026"), html.escape(DOC_URL)}


def test_csp_allows_only_the_page_scripts_and_no_fetch(page: str) -> None:
    """The Content-Security-Policy lists a hash for each inline script and forbids fetches."""
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert match is not None
    policy = dict(part.strip().split(" ", 1) for part in match.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in scripts
    }
    assert set(policy["script-src"].split()) == hashes


def test_every_node_name_appears_escaped(page: str) -> None:
    """Names are in the table view, HTML-escaped; the one with markup never raw."""
    for name in NAMES.values():
        assert f"<td>{html.escape(name)}</td>" in page
    assert "R&D <Group>" not in page
    assert "<title>Stances &lt;South Asia&gt;</title>" in page
    assert "<h1>Stances &lt;South Asia&gt;</h1>" in page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_appear_only_escaped(hostile_page: str, payload: str) -> None:
    """Each planted payload is escaped in markup and \\u-escaped in the JSON, never raw."""
    assert payload not in hostile_page
    assert html.escape(payload) in hostile_page
    assert (
        payload.replace("<", "\\u003c").replace(">", "\\u003e").replace('"', '\\"') in hostile_page
    )


def test_no_raw_markup_from_data_survives(hostile_page: str) -> None:
    """No tag or handler an attacker planted exists anywhere in the page's source."""
    assert "<img src=x" not in hostile_page
    assert "<script>window" not in hostile_page
    assert "<svg onload" not in hostile_page
    assert '<a href="javascript' not in hostile_page
    assert "&lt;img src=x" in hostile_page
    assert "\\u003cimg src=x" in hostile_page
    # three script elements: the JSON payload, vis-network, the page's own script
    assert len(re.findall(r"^<script\b", hostile_page, re.M)) == 3
    assert "sourceMappingURL" not in hostile_page


def test_json_payload_keeps_the_text_exact(hostile_page: str) -> None:
    """Escaping is for transport only: the script reads back the original strings."""
    data = payload_of(hostile_page)
    assert [a["name"] for a in data["actors"]] == [f"{p} {i}" for i, p in enumerate(PAYLOADS)]
    assert [a["role"] for a in data["actors"]] == PAYLOADS
    stance = data["stances"][0]
    assert (stance["text"], stance["summary"]) == (PAYLOADS[0], PAYLOADS[0])
    assert data["documents"]["doc-1"]["title"] == PAYLOADS[0]  # the first stance's title
    assert not any("title" in item for item in data["actors"] + data["stances"])


def test_legend_explains_shapes_colours_and_lines(page: str) -> None:
    """The legend names every kind, the pair lines' colour and width, and the line styles."""
    legend = re.search(r'<details class="gk-legend".*?</details>', page, re.S)
    assert legend is not None
    for text in ("country", "person", "organization", "company", "group", "net conflict"):
        assert text in legend.group(0)
    for text in ("net cooperation", "width: number of stances", "and N more", "focus"):
        assert text in legend.group(0)
    for text in ("dashed: hypothetical", "dotted, faded: negated", "neutral"):
        assert text in legend.group(0)
    assert "stroke-dasharray" in legend.group(0)


def test_type_filter_lists_the_types_present(page: str) -> None:
    """One checkbox per stance type in the graph, in StanceType order, counting stances."""
    boxes = re.findall(
        r'<input type="checkbox" name="gk-type" value="([A-Z]+)" checked> \1 '
        r'<span class="gk-count">\((\d+)\)</span>',
        page,
    )
    assert boxes == [("COOPERATE", "1"), ("AID", "1"), ("REQUEST", "1"), ("SANCTION", "4")]
    assert 'name="gk-modality" value="negated" checked' in page
    assert 'data-gk-all="gk-type"' in page


def test_stances_carry_what_lines_and_panel_need(page: str) -> None:
    """Each stance record has its ends, type, polarity, symmetry, modality, event date, count
    and evidence; its document (title, publisher, report date, link) is listed once."""
    stances = {s["id"]: s for s in payload_of(page)["stances"]}
    assert sorted(stances) == ["s-aid", "s-coop", "s-nosanction", "s-request", "s-sanction"]
    assert stances["s-aid"] == {
        "id": "s-aid",
        "source": "USA",
        "target": "PAK",
        "type": "AID",
        "modality": "reported",
        "polarity": 1,
        "symmetric": False,
        "date": "2024-05-01",
        "document": "doc-1",
        "text": "Dar said Washington sent flood aid.",
        "summary": None,
        "by": "ishaq-dar",
        "count": 1,
        "confidence": 0.8,
        "origin": "rules",
        "start": 10,
        "end": 80,
    }
    assert (stances["s-coop"]["symmetric"], stances["s-coop"]["date"]) == (True, None)
    assert (stances["s-sanction"]["count"], stances["s-sanction"]["polarity"]) == (3, -1)
    assert payload_of(page)["documents"] == {
        "doc-1": {
            "title": "Talks in Islamabad",
            "publisher": "Example Wire",
            "url": DOC_URL,
            "date": "2024-05-02",
        }
    }


def test_nodes_styled_by_kind_and_sized_by_stances(page: str) -> None:
    """Countries are dots, people diamonds, groups stars; more stances, bigger node; officials
    fold into the country on the page, groups never."""
    actors = {a["id"]: a for a in payload_of(page)["actors"]}
    assert [a["id"] for a in payload_of(page)["actors"]] == sorted(NAMES)
    assert {k: actors[k]["shape"] for k in ("USA", "ishaq-dar", "rnd")} == {
        "USA": "dot",
        "ishaq-dar": "diamond",
        "rnd": "star",
    }
    assert actors["PAK"]["size"] > actors["rnd"]["size"] > actors["ishaq-dar"]["size"]
    assert actors["ishaq-dar"]["role"] == "foreign minister"
    assert {k: a["home"] for k, a in actors.items()} == {
        "IND": None,
        "PAK": None,
        "USA": None,
        "ishaq-dar": "PAK",
        "rnd": None,
    }


def test_long_names_are_shortened_on_the_canvas_only(tmp_path: Path) -> None:
    """A name past 28 characters gets an ellipsis as its label; the name itself stays whole."""
    graph = build_graph()
    graph.nodes["rnd"]["name"] = "The Very Long Name Of A Research Group"
    data = payload_of(render_html(graph, tmp_path / "g.html").read_text(encoding="utf-8"))
    rnd = next(a for a in data["actors"] if a["id"] == "rnd")
    assert (rnd["label"], rnd["name"]) == (
        "The Very Long Name Of A Res\u2026",
        "The Very Long Name Of A Research Group",
    )


def test_focus_blocs_and_names_reach_the_page(tmp_path: Path) -> None:
    """The focus is named, a bloc's colour replaces the kind's, claimants off the page keep a
    name."""
    out = render_html(
        build_graph(),
        tmp_path / "g.html",
        focus="PAK",
        blocs={"PAK": 2, "USA": 1, "ishaq-dar": 2},
        names={"ishaq-dar": "not used: drawn", "xyz": "Someone Else"},
    )
    data = payload_of(out.read_text(encoding="utf-8"))
    assert data["focus"] == "PAK"
    actors = {a["id"]: a for a in data["actors"]}
    assert [(actors[a]["bloc"], actors[a]["colour"]) for a in ("PAK", "USA", "ishaq-dar")] == [
        (2, "#e15759"),
        (1, "#4e79a7"),
        (2, "#e15759"),
    ]
    assert (actors["IND"]["bloc"], actors["IND"]["colour"]) == (None, "#4e79a7")
    assert data["names"] == {"xyz": "Someone Else"}


def test_output_is_deterministic(tmp_path: Path) -> None:
    """The same graph, built in any order, renders to the same bytes."""
    first = render_html(build_graph(), tmp_path / "a.html").read_bytes()
    again = render_html(build_graph(), tmp_path / "b.html").read_bytes()
    shuffled = render_html(build_graph(reverse=True), tmp_path / "c.html").read_bytes()
    assert first == again == shuffled


def test_fixed_positions_turn_physics_off(tmp_path: Path) -> None:
    """physics=False with positions places every node at its (scaled, centred) position."""
    positions = {node: (float(i), float(-i)) for i, node in enumerate(sorted(NAMES))}
    out = render_html(build_graph(), tmp_path / "g.html", physics=False, positions=positions)
    data = payload_of(out.read_text(encoding="utf-8"))
    assert data["options"]["physics"]["enabled"] is False
    xy = {a["id"]: (a["x"], a["y"]) for a in data["actors"]}
    # sorted ids IND, PAK, USA, ishaq-dar, rnd sit at 0..4 on a diagonal: 150 units a step
    assert xy == {
        "IND": (-300.0, 300.0),
        "PAK": (-150.0, 150.0),
        "USA": (0.0, 0.0),
        "ishaq-dar": (150.0, -150.0),
        "rnd": (300.0, -300.0),
    }


def test_fixed_positions_make_room_for_labels(tmp_path: Path) -> None:
    """Nodes placed on top of each other are pushed apart until their label boxes clear."""
    from graphkb._viz_layout import footprint

    positions = dict.fromkeys(NAMES, (0.0, 0.0))
    out = render_html(build_graph(), tmp_path / "g.html", physics=False, positions=positions)
    actors = payload_of(out.read_text(encoding="utf-8"))["actors"]
    boxes = []
    for a in actors:
        left, top, right, bottom = footprint(a["label"], a["size"])
        boxes.append((a["x"] + left, a["y"] + top, a["x"] + right, a["y"] + bottom))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_physics_off_without_positions_settles_then_freezes(tmp_path: Path) -> None:
    """Without positions, physics=False lays out once and then stops the simulation."""
    out = render_html(build_graph(), tmp_path / "g.html", physics=False)
    data = payload_of(out.read_text(encoding="utf-8"))
    assert (data["options"]["physics"]["enabled"], data["freeze"]) == (True, True)
    assert not any("x" in a for a in data["actors"])


def test_positions_must_cover_every_node(tmp_path: Path) -> None:
    """Fixed layout with a node left out is refused, naming the node."""
    with pytest.raises(GraphkbError, match=r"positions lack 1 node\(s\) \(rnd\)"):
        render_html(
            build_graph(),
            tmp_path / "g.html",
            physics=False,
            positions={n: (0.0, 1.0) for n in NAMES if n != "rnd"},
        )


@pytest.mark.parametrize("point", [(float("nan"), 0.0), (1.0,), ("left", "up")])
def test_positions_must_be_pairs_of_finite_numbers(tmp_path: Path, point: Any) -> None:
    """A position that is not two finite numbers is refused, even as a starting point."""
    positions = dict.fromkeys(NAMES, (0.0, 0.0)) | {"USA": point}
    with pytest.raises(GraphkbError, match=r"position of 'USA' is .*; give two finite numbers"):
        render_html(build_graph(), tmp_path / "g.html", positions=positions)


def test_missing_folder_is_a_graphkb_error(tmp_path: Path) -> None:
    """Writing into a folder that does not exist says to create it."""
    with pytest.raises(GraphkbError, match="does not exist; create it first"):
        render_html(build_graph(), tmp_path / "nope" / "g.html")
    with pytest.raises(GraphkbError, match="it is a folder"):
        render_html(build_graph(), tmp_path)


def test_failed_write_keeps_the_old_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the final rename fails, the old page stays whole and no temporary file is left."""
    out = tmp_path / "g.html"
    out.write_text("old page", encoding="utf-8")

    def fail(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(GraphkbError, match="No space left on device"):
        render_html(build_graph(), out)
    assert out.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]


def test_importing_viz_does_not_import_pyvis() -> None:
    """pyvis is imported only when a page is rendered."""
    code = "import sys, graphkb.viz; print('pyvis' in sys.modules, 'networkx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1))
def test_any_text_round_trips_and_never_opens_a_tag(tmp_path: Path, text: str) -> None:
    """Whatever a name or summary holds, the script reads it back exactly and no '<' leaks."""
    graph = nx.MultiDiGraph()
    graph.add_node("AAA", name=text, kind="country", role=text)
    graph.add_node("BBB", name="B", kind="country")
    graph.add_edge("AAA", "BBB", key="k", **stance("AID", 1, "asserted", summary=text))
    out = render_html(graph, tmp_path / "p.html", title=text)
    page = out.read_bytes().decode("utf-8")  # as written: no newline translation
    data = payload_of(page)
    assert data["actors"][0]["name"] == text
    assert data["stances"][0]["summary"] == text
    script = page.split('id="graphkb-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script
    assert f"<h1>{html.escape(text)}</h1>" in page
