"""graphkb.viz pages in a real headless Chromium, offline: they draw, fetch nothing, run no
payload; search, the date range, the filters, the roll-up, the evidence panel and the citation
work on the seed and on a store with the development articles ingested; labels never overlap.

Chromium and its driver come from the system (Debian's ``chromium`` and ``chromium-driver``); the
paths can be overridden with GRAPHKB_CHROMIUM and GRAPHKB_CHROMEDRIVER. Selenium is given the
driver explicitly, so Selenium Manager never runs (and never downloads anything). The viewport is
1280x800. Screenshots of each scenario are kept in ``artefacts/browser/`` (ignored by git; set
GRAPHKB_ARTEFACTS to put them elsewhere).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkb.viz import render_html

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("GRAPHKB_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("GRAPHKB_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--metrics-recording-only",
    "--proxy-server=127.0.0.1:9",  # the discard port: anything that tries the network fails
    "--proxy-bypass-list=<-loopback>",
    "--window-size=1280,800",
]
ROOT = Path(__file__).resolve().parents[1]
ARTEFACTS = Path(os.environ.get("GRAPHKB_ARTEFACTS", ROOT / "artefacts")) / "browser"
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
    '"\'><img src=x onerror="window.__pwned=4"> href',
]
LOCAL_SCHEMES = {"file", "data", "blob", "about", "chrome", "chrome-untrusted", "devtools"}
PIXELS_JS = """
const canvas = document.querySelector('#gk-network canvas');
if (!canvas) { return -1; }
const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
let painted = 0;
for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted += 1; } }
return painted;
"""
HANDLERS_JS = """
return Array.from(document.querySelectorAll('*')).filter(
  el => Array.from(el.attributes).some(a => a.name.toLowerCase().startsWith('on'))
).map(el => el.outerHTML.slice(0, 80));
"""


def edge_attrs(
    type_: str, polarity: int, modality: str, text: str, by: str | None
) -> dict[str, Any]:
    """A stance whose every free-text field carries ``text``."""
    return {
        "type": type_,
        "polarity": polarity,
        "modality": modality,
        "date": "2024-05-01",
        "confidence": 0.9,
        "origin": "rules",
        "attributed_to": by,
        "summary": text,
        "evidence_text": text,
        "document": "doc-1",
        "document_title": text,
        "document_url": "https://example.org/a?b=1&c=2",
        "document_publisher": text,
        "document_date": "2024-05-02",
        "start": 0,
        "end": 42,
        "count": 1,
    }


def hostile_graph() -> nx.MultiDiGraph:
    """Four actors whose names, roles, summaries and evidence carry a payload each."""
    graph = nx.MultiDiGraph()
    ids = ["USA", "PAK", "IND", "dar"]
    kinds = ["country", "country", "country", "person"]
    for node, kind, payload in zip(ids, kinds, PAYLOADS, strict=True):
        graph.add_node(node, name=f"{node} {payload}", kind=kind, role=payload, country=None)
    stances = [
        ("USA", "PAK", "SANCTION", -1, "asserted"),
        ("PAK", "IND", "AID", 1, "reported"),
        ("IND", "dar", "COOPERATE", 1, "hypothetical"),
        ("dar", "USA", "SANCTION", -1, "negated"),
    ]
    for index, (source, target, type_, polarity, modality) in enumerate(stances):
        attrs = edge_attrs(type_, polarity, modality, PAYLOADS[index], by="dar")
        graph.add_edge(source, target, key=f"s{index}", **attrs)
    return graph


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the module, with networking pointed at a dead proxy."""
    if not CHROMIUM.is_file() or not CHROMEDRIVER.is_file():
        pytest.fail(
            f"Chromium or chromedriver missing ({CHROMIUM}, {CHROMEDRIVER}): install the Debian "
            "packages chromium and chromium-driver, or set GRAPHKB_CHROMIUM/GRAPHKB_CHROMEDRIVER"
        )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is not installed: pip install 'selenium>=4.20,<5'")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(15)
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        yield browser
    finally:
        browser.quit()


def open_page(driver: Any, page: Path) -> None:
    """Load ``page`` and wait until the layout has settled and pixels are on the canvas."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page.as_uri())
    wait = WebDriverWait(driver, 10, poll_frequency=0.1)
    wait.until(lambda d: d.execute_script("return !!(window.graphkb && window.graphkb.stable)"))
    wait.until(lambda d: d.execute_script(PIXELS_JS) > 1000)


def hover(driver: Any, x: float, y: float) -> None:
    """Move the mouse to canvas coordinates (x, y) in DOM pixels."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#gk-network canvas")
    size = canvas.size
    dx, dy = round(x - size["width"] / 2), round(y - size["height"] / 2)
    ActionChains(driver).move_to_element(canvas).move_by_offset(dx, dy).perform()


def tooltip_text(driver: Any) -> str:
    """The text of the visible vis-network tooltip, once it shows."""
    from selenium.webdriver.support.ui import WebDriverWait

    script = """
    const tip = document.querySelector('div.vis-tooltip');
    return tip && tip.style.visibility === 'visible' ? tip.textContent : null;
    """
    text: str = WebDriverWait(driver, 5, poll_frequency=0.1).until(
        lambda d: d.execute_script(script)
    )
    return text


POSITIONS_JS = """
const n = window.graphkb.network; const p = n.getPositions(); const out = {};
for (const id in p) { out[id] = n.canvasToDOM(p[id]); }
return out;
"""
LABEL_BOXES_JS = """
const n = window.graphkb.network; const out = [];
for (const id of window.graphkb.nodes.getIds()) {
  const node = n.body.nodes[id];
  if (!node || node.options.hidden) { continue; }
  const s = node.labelModule.size;
  out.push([id, s.left, s.top, s.width, s.height]);
}
return out;
"""
SHOWN_JS = """
const g = window.graphkb;
return {
  edges: g.edges.get().map(e => [e.kind, e.from, e.to]),
  hidden: g.nodes.get().filter(n => n.hidden).map(n => n.id).sort(),
};
"""


def shoot(driver: Any, name: str) -> Path:
    """Keep a screenshot of the page as a test artefact."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    assert driver.save_screenshot(str(path))
    return path


def click_at(driver: Any, x: float, y: float) -> None:
    """Click canvas coordinates (x, y) in DOM pixels."""
    from selenium.webdriver.common.action_chains import ActionChains

    hover(driver, x, y)
    ActionChains(driver).click().perform()


def css(driver: Any, selector: str) -> Any:
    return driver.find_element("css selector", selector)


def text_of(driver: Any, element_id: str) -> str:
    text: str = driver.execute_script(f"return document.getElementById('{element_id}').innerText")
    return text


def overlapping(boxes: list[list[Any]]) -> list[tuple[str, str]]:
    """Pairs of label boxes [id, left, top, width, height] that overlap."""
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[1] + b[3] and b[1] < a[1] + a[3] and a[2] < b[2] + b[4] and b[2] < a[2] + a[4]
    ]


def pairs_of(
    stances: list[dict[str, Any]], home: dict[str, str] | None = None
) -> set[tuple[str, ...]]:
    """The unordered pairs of actors the stances link (after folding by ``home``)."""
    home = home or {}
    ends = (
        (home.get(s["source"], s["source"]), home.get(s["target"], s["target"])) for s in stances
    )
    return {tuple(sorted(pair)) for pair in ends if pair[0] != pair[1]}


def payload(page: Path) -> dict[str, Any]:
    text = page.read_text(encoding="utf-8")
    data = text.split('id="graphkb-data">', 1)[1].split("</script>", 1)[0]
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def connected(shown: dict[str, Any], ids: list[str]) -> set[str]:
    """The actors with a line on screen."""
    return {end for _, a, b in shown["edges"] for end in (a, b)} & set(ids)


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile graph as a page with a hostile title."""
    folder = tmp_path_factory.mktemp("pages")
    return render_html(hostile_graph(), folder / "hostile.html", title=PAYLOADS[1])


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled knowledge base's whole graph, as ``graphkb viz`` draws it."""
    from graphkb import KnowledgeBase

    with KnowledgeBase.memory() as kb:
        return kb.viz(tmp_path_factory.mktemp("seed") / "seed.html")


@pytest.fixture(scope="module")
def articles_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of a store holding the seed and every development article, ingested."""
    from graphkb import KnowledgeBase

    assert len(ARTICLES) >= 10, "tests/articles/ should hold the development articles"
    with KnowledgeBase.memory() as kb:
        for article in ARTICLES:
            kb.ingest(article.read_text(encoding="utf-8"), publisher="graphkb test set")
        return kb.viz(tmp_path_factory.mktemp("articles") / "articles.html")


def test_page_draws_offline_and_fetches_nothing(driver: Any, hostile_page: Path) -> None:
    """From file://, the graph draws, and no request goes anywhere but the file itself."""
    driver.get_log("performance")  # drop what earlier pages logged
    open_page(driver, hostile_page)
    assert driver.title == PAYLOADS[1]
    assert driver.execute_script("return window.graphkb.nodes.length") == 4
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert [url for url in resources if not url.startswith(("file:", "data:"))] == []
    requested = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])
    assert hostile_page.as_uri() in requested
    # the browser's own pages (chrome://new-tab-page...) load too; they never leave the machine
    assert [url for url in requested if url.split(":", 1)[0] not in LOCAL_SCHEMES] == []
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_payloads_stay_text_in_tooltips_panel_search_and_citation(
    driver: Any, hostile_page: Path
) -> None:
    """Planted markup stays text everywhere the page shows data: the table, node and line
    tooltips, the evidence panel and its link, the document list, the search results and the
    copied citation."""
    from selenium.webdriver.common.keys import Keys

    open_page(driver, hostile_page)
    css(driver, "#gk-tables summary").click()
    positions = driver.execute_script(POSITIONS_JS)
    hover(driver, positions["USA"]["x"], positions["USA"]["y"])
    node_tip = tooltip_text(driver)
    assert f"USA {PAYLOADS[0]}" in node_tip
    assert f"role: {PAYLOADS[0]}" in node_tip
    hover(driver, 5, 5)  # away, so the node tooltip closes
    source, target = positions["USA"], positions["PAK"]
    middle = {k: (source[k] + target[k]) / 2 for k in ("x", "y")}
    hover(driver, middle["x"], middle["y"])
    assert "SANCTION" in tooltip_text(driver)
    # the line's label shows on hover only (a blank label is how vis-network drops one)
    label = "return window.graphkb.edges.get('pair:PAK\\u0001USA').label"
    assert driver.execute_script(label) == "SANCTION"
    hover(driver, 5, 5)
    assert driver.execute_script(label) == " "
    click_at(driver, middle["x"], middle["y"])
    assert text_of(driver, "gk-ev-title") == f"PAK {PAYLOADS[1]} \u2014 USA {PAYLOADS[0]}"
    for summary in driver.find_elements("css selector", "#gk-ev-list summary"):
        summary.click()
    panel = text_of(driver, "gk-ev-list")
    for payload_text in (PAYLOADS[0], f"dar {PAYLOADS[3]}"):
        assert payload_text in panel
    link = css(driver, "#gk-ev-list a")
    assert (link.get_attribute("href"), link.text) == (
        "https://example.org/a?b=1&c=2",
        "https://example.org/a?b=1&c=2",
    )
    css(driver, "#gk-ev-list button.gk-copy").click()
    citation = css(driver, "#gk-citation").get_attribute("value")
    assert citation.startswith(f"USA {PAYLOADS[0]} SANCTION PAK {PAYLOADS[1]} (asserted, 2024")
    assert f"\u201c{PAYLOADS[0]}\u201d" in citation
    options = driver.find_elements("css selector", "#gk-document option")
    # one document, titled as its first stance (IND -> dar) has it
    assert [o.text for o in options] == ["all documents", f"2024-05-02 \u00b7 {PAYLOADS[2]}"]
    box = css(driver, "#gk-search")
    box.send_keys("onerror")
    results = [b.text for b in driver.find_elements("css selector", "#gk-search-results button")]
    assert results == [f"dar {PAYLOADS[3]} (dar)", f"USA {PAYLOADS[0]} (USA)"]
    box.send_keys(Keys.ENTER)
    assert text_of(driver, "gk-ev-title") == f"dar {PAYLOADS[3]}"
    assert driver.execute_script("return document.querySelectorAll('img, iframe').length") == 0
    assert driver.execute_script(HANDLERS_JS) == []
    inside = "return document.querySelectorAll('div.vis-tooltip *:not(div):not(span)').length"
    assert driver.execute_script(inside) == 0
    assert driver.execute_script("return typeof window.__pwned") == "undefined"


def test_type_and_modality_filters_hide_lines_and_lone_actors(
    driver: Any, hostile_page: Path
) -> None:
    """Unticking a type drops its stances; actors left without one are hidden; 'none' hides
    all, 'all' shows all again."""
    open_page(driver, hostile_page)
    css(driver, 'input[name="gk-type"][value="SANCTION"]').click()
    shown = driver.execute_script(SHOWN_JS)
    assert sorted(shown["edges"]) == [["pair", "IND", "PAK"], ["pair", "IND", "dar"]]
    assert shown["hidden"] == ["USA"]
    css(driver, 'input[name="gk-modality"][value="reported"]').click()
    shown = driver.execute_script(SHOWN_JS)
    assert shown["edges"] == [["pair", "IND", "dar"]]
    assert shown["hidden"] == ["PAK", "USA"]
    css(driver, 'button[data-gk-all="gk-type"][data-gk-state="on"]').click()
    assert len(driver.execute_script(SHOWN_JS)["edges"]) == 3
    css(driver, 'button[data-gk-all="gk-type"][data-gk-state="off"]').click()
    shown = driver.execute_script(SHOWN_JS)
    assert (shown["edges"], len(shown["hidden"])) == ([], 4)


def test_fixed_positions_stay_put(driver: Any, tmp_path: Path) -> None:
    """physics=False with positions: the nodes are drawn where they were placed."""
    positions = {"USA": (0.0, 0.0), "PAK": (1.0, 0.0), "IND": (0.0, 1.0), "dar": (1.0, 1.0)}
    page = render_html(hostile_graph(), tmp_path / "fixed.html", physics=False, positions=positions)
    open_page(driver, page)
    placed = driver.execute_script("return window.graphkb.network.getPositions()")
    assert placed == {
        "USA": {"x": -300, "y": -300},
        "PAK": {"x": 300, "y": -300},
        "IND": {"x": -300, "y": 300},
        "dar": {"x": 300, "y": 300},
    }


def test_seed_page_is_a_workbench(driver: Any, seed_page: Path) -> None:
    """On the seed: panels fit 1280x800; one line per pair; clicking one lists its stances,
    whose citation copies; search by alias jumps to the actor; 'all stances', zooming in (every
    line labelled), the roll-up, the date range and the undated switch redraw what they
    should."""
    from selenium.webdriver.common.keys import Keys

    data = payload(seed_page)
    stances, actors = data["stances"], {a["id"]: a for a in data["actors"]}
    open_page(driver, seed_page)
    shoot(driver, "seed")
    for panel in ("gk-controls", "gk-evidence", "gk-legend", "gk-network"):
        rect = driver.execute_script(
            f"return document.getElementById('{panel}').getBoundingClientRect().toJSON()"
        )
        assert rect["left"] >= 0 and rect["right"] <= 1280, panel
        assert rect["top"] >= 0 and rect["bottom"] <= 800, panel
    assert driver.execute_script(
        "const c = document.getElementById('gk-controls'); return c.scrollHeight <= c.clientHeight"
    )
    shown = driver.execute_script(SHOWN_JS)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(stances)
    assert len(shown["edges"]) == len(pairs_of(stances)) < len(stances)
    assert shown["hidden"] == []
    assert (
        driver.execute_script("return window.graphkb.edges.get('pair:PAK\\u0001USA').label") == ""
    )

    positions = driver.execute_script(POSITIONS_JS)
    middle = {k: (positions["PAK"][k] + positions["USA"][k]) / 2 for k in ("x", "y")}
    click_at(driver, middle["x"], middle["y"])
    between = [s for s in stances if {s["source"], s["target"]} == {"PAK", "USA"}]
    assert text_of(driver, "gk-ev-title") == "Pakistan \u2014 United States"
    assert text_of(driver, "gk-ev-hint").startswith(f"{len(between)} stances shown")
    items = driver.find_elements("css selector", "#gk-ev-list > li")
    assert len(items) == len(between)
    items[0].find_element("css selector", "summary").click()
    items[0].find_element("css selector", "button.gk-copy").click()
    citation = css(driver, "#gk-citation").get_attribute("value")
    first = next(
        s for s in between if f"graphkb stance {s['id']}." in citation
    )  # the one listed first
    head = f"{actors[first['source']]['name']} {first['type']} {actors[first['target']]['name']}"
    assert citation.startswith(head)
    assert "US sanctions could push Pakistan to diversify its alliances" in citation
    assert "Al Majalla, 2024-12-20" in citation
    assert text_of(driver, "gk-copy-status").startswith(("Citation copied", "Copying was refused"))

    box = css(driver, "#gk-search")
    box.send_keys("asif")
    results = [b.text for b in driver.find_elements("css selector", "#gk-search-results button")]
    assert results == ["Khawaja Asif (khawaja-asif)"]
    box.send_keys(Keys.ENTER)
    assert driver.execute_script("return window.graphkb.network.getSelectedNodes()") == [
        "khawaja-asif"
    ]
    assert driver.execute_script("return window.graphkb.view.found") == "khawaja-asif"
    assert text_of(driver, "gk-ev-title") == "Khawaja Asif"
    own = [s for s in stances if "khawaja-asif" in (s["source"], s["target"])]
    assert len(driver.find_elements("css selector", "#gk-ev-list > li")) == len(own)
    shoot(driver, "seed-search")

    css(driver, "#gk-all-stances").click()
    assert len(driver.execute_script(SHOWN_JS)["edges"]) == len(stances)
    css(driver, "#gk-all-stances").click()

    from selenium.webdriver.common.action_chains import ActionChains, ScrollOrigin

    labels = "return window.graphkb.edges.get().map(e => e.label || '')"
    assert sum(1 for text in driver.execute_script(labels) if text.strip()) <= 1  # the selected
    scale = "return window.graphkb.network.getScale()"
    for _ in range(30):  # the wheel, over the canvas, until zoomed in past 1.5
        if driver.execute_script(scale) >= 1.6:
            break
        origin = ScrollOrigin.from_element(css(driver, "#gk-network canvas"))
        ActionChains(driver).scroll_from_origin(origin, 0, -300).perform()
    assert driver.execute_script(scale) >= 1.6
    assert all(text.strip() for text in driver.execute_script(labels))  # close up: every label

    css(driver, "#gk-roll-up").click()
    home = {a: actors[a]["home"] for a in actors if actors[a]["home"]}
    shown = driver.execute_script(SHOWN_JS)
    assert set(shown["hidden"]) == set(home)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(stances, home)
    shoot(driver, "seed-rolled-up")
    css(driver, "#gk-roll-up").click()

    dates = sorted({s["date"] for s in stances if s["date"]})
    css(driver, "#gk-date-from").send_keys(Keys.END)
    assert text_of(driver, "gk-date-label").startswith(f"{dates[-1]} \u2013 {dates[-1]}")
    kept = [s for s in stances if s["date"] in (None, dates[-1])]
    shown = driver.execute_script(SHOWN_JS)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(kept)
    assert set(shown["hidden"]) == set(actors) - connected(shown, list(actors))
    css(driver, "#gk-undated").click()
    kept = [s for s in stances if s["date"] == dates[-1]]
    shown = driver.execute_script(SHOWN_JS)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(kept)
    n = sum(s["count"] for s in kept)
    assert text_of(driver, "gk-shown").endswith(f"{n} stances")


def test_depth_two_page_marks_the_focus_and_sums_up_what_it_leaves_out(
    driver: Any, tmp_path: Path
) -> None:
    """Around Pakistan at depth 2 the focus has a heavy border and its panel is open; the
    actors the US brings in beyond six are one "and N more" node, which lists them."""
    from graphkb import KnowledgeBase

    with KnowledgeBase.memory() as kb:
        page = kb.viz(tmp_path / "pakistan.html", focus="Pakistan", depth=2)
    more = next(a for a in payload(page)["actors"] if a["kind"] == "more")
    open_page(driver, page)
    shoot(driver, "seed-pakistan-depth-2")
    assert driver.execute_script("return window.graphkb.nodes.get('PAK').borderWidth") == 5
    assert text_of(driver, "gk-ev-title") == "Pakistan"
    assert driver.execute_script("return document.getElementById('gk-legend').open")
    shown = driver.execute_script(SHOWN_JS)
    assert ["more", "USA", more["id"]] in shown["edges"]
    assert more["id"] not in shown["hidden"]
    spot = driver.execute_script(POSITIONS_JS)[more["id"]]
    click_at(driver, spot["x"], spot["y"])
    assert not driver.execute_script("return document.getElementById('gk-legend').open")
    assert text_of(driver, "gk-ev-title") == f"{more['name']} around United States"
    assert text_of(driver, "gk-ev-about").splitlines()[1:] == more["names"]


def test_articles_page_filters_by_document_and_shows_ingested_evidence(
    driver: Any, articles_page: Path
) -> None:
    """On the store with the development articles: no two labels overlap; the document filter
    keeps that document's stances and their actors; an actor's panel shows each stance's
    evidence sentence as stored at ingest, with its document, and copies its citation; the
    date range keeps the earliest day's stances."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    data = payload(articles_page)
    stances, actors = data["stances"], {a["id"]: a for a in data["actors"]}
    assert len(actors) >= 80
    open_page(driver, articles_page)
    shoot(driver, "articles")
    boxes = driver.execute_script(LABEL_BOXES_JS)
    assert len(boxes) == len(actors)
    assert overlapping(boxes) == []

    per_document: dict[str, int] = {}
    for s in stances:  # the ingested articles' (the seed's curated stances keep summaries)
        if data["documents"][s["document"]]["publisher"] == "graphkb test set":
            per_document[s["document"]] = per_document.get(s["document"], 0) + 1
    document = max(sorted(per_document), key=lambda d: per_document[d])
    Select(css(driver, "#gk-document")).select_by_value(document)
    kept = [s for s in stances if s["document"] == document]
    shown = driver.execute_script(SHOWN_JS)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(kept)
    ends = {end for s in kept for end in (s["source"], s["target"])}
    assert set(actors) - set(shown["hidden"]) == ends

    actor = sorted(ends)[0]
    css(driver, "#gk-search").send_keys(actor)
    driver.execute_script(
        "arguments[0].click()", css(driver, f'#gk-search-results button[data-gk-actor="{actor}"]')
    )
    mine = [s for s in kept if actor in (s["source"], s["target"])]
    items = driver.find_elements("css selector", "#gk-ev-list > li")
    assert len(items) == len(mine)
    for item in items:
        item.find_element("css selector", "summary").click()
    quoted = [q.text for q in driver.find_elements("css selector", "#gk-ev-list blockquote")]
    assert sorted(quoted) == sorted(" ".join(s["text"].split()) for s in mine)
    title = data["documents"][document]["title"]
    assert text_of(driver, "gk-ev-list").count(f"document\n{title}") == len(mine)
    items[0].find_element("css selector", "button.gk-copy").click()
    citation = css(driver, "#gk-citation").get_attribute("value")
    first = next(s for s in mine if citation.endswith(f"graphkb stance {s['id']}."))
    assert f"\u201c{' '.join(first['text'].split())}\u201d" in citation
    assert f"\u201c{title}\u201d, graphkb test set" in citation
    shoot(driver, "articles-document")

    Select(css(driver, "#gk-document")).select_by_value("")
    dates = sorted({s["date"] for s in stances if s["date"]})
    css(driver, "#gk-date-to").send_keys(Keys.HOME)
    css(driver, "#gk-undated").click()
    kept = [s for s in stances if s["date"] == dates[0]]
    shown = driver.execute_script(SHOWN_JS)
    assert {tuple(sorted(e[1:])) for e in shown["edges"]} == pairs_of(kept)
    assert set(shown["hidden"]) == set(actors) - connected(shown, list(actors))


def test_labels_of_a_hundred_actors_do_not_overlap(driver: Any, tmp_path: Path) -> None:
    """A 100-actor graph laid out as ``graphkb viz`` lays it out: no two node labels' boxes
    overlap as Chromium draws them."""
    import random

    from graphkb.actors import bundled_actors
    from graphkb.graph import layout

    rng = random.Random(5)
    chosen = [a for a in bundled_actors() if a.kind == "country"][:100]
    graph = nx.MultiDiGraph()
    for actor in chosen:
        graph.add_node(actor.id, name=actor.name, kind="country", country=actor.id)
    hubs = [a.id for a in chosen[:8]]
    for index, actor in enumerate(chosen):
        for other in {rng.choice(hubs), rng.choice(chosen).id} - {actor.id}:
            attrs = edge_attrs("ACCUSE", -1, "asserted", f"stance {index}", by=None)
            graph.add_edge(actor.id, other, key=f"s{index}-{other}", **attrs)
    page = render_html(graph, tmp_path / "hundred.html", physics=False, positions=layout(graph))
    open_page(driver, page)
    shoot(driver, "hundred-actors")
    boxes = driver.execute_script(LABEL_BOXES_JS)
    assert len(boxes) == 100
    assert all(width > 10 and height > 10 for _, _, _, width, height in boxes)
    assert overlapping(boxes) == []
