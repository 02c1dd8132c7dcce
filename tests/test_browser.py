"""graphkb.viz pages in a real headless Chromium, offline: they draw, fetch nothing, run no payload.

Chromium and its driver come from the system (Debian's ``chromium`` and ``chromium-driver``); the
paths can be overridden with GRAPHKB_CHROMIUM and GRAPHKB_CHROMEDRIVER. Selenium is given the
driver explicitly, so Selenium Manager never runs (and never downloads anything).
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
    "--window-size=1200,900",
]
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


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile graph as a page with a hostile title."""
    folder = tmp_path_factory.mktemp("pages")
    return render_html(hostile_graph(), folder / "hostile.html", title=PAYLOADS[1])


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


def test_payloads_do_not_run_even_in_tooltips(driver: Any, hostile_page: Path) -> None:
    """Planted markup stays text: in the table, in node and edge tooltips, on the canvas."""
    open_page(driver, hostile_page)
    driver.find_element("css selector", "#gk-tables summary").click()
    assert driver.execute_script("return document.querySelectorAll('img, iframe').length") == 0
    assert driver.execute_script(HANDLERS_JS) == []
    positions = driver.execute_script(
        "const n = window.graphkb.network; const p = n.getPositions();"
        "const out = {}; for (const id in p) { out[id] = n.canvasToDOM(p[id]); } return out;"
    )
    hover(driver, positions["USA"]["x"], positions["USA"]["y"])
    node_tip = tooltip_text(driver)
    assert f"USA {PAYLOADS[0]}" in node_tip
    assert f"role: {PAYLOADS[0]}" in node_tip
    hover(driver, 5, 5)  # away, so the node tooltip closes
    source, target = positions["USA"], positions["PAK"]
    third = {k: source[k] + (target[k] - source[k]) / 3 for k in ("x", "y")}
    hover(driver, third["x"], third["y"])
    edge_tip = tooltip_text(driver)
    assert f"evidence: {PAYLOADS[0]}" in edge_tip
    assert f"summary: {PAYLOADS[0]}" in edge_tip
    inside = "return document.querySelectorAll('div.vis-tooltip *:not(div):not(span)').length"
    assert driver.execute_script(inside) == 0
    assert driver.execute_script("return typeof window.__pwned") == "undefined"


def test_type_filter_hides_and_shows_edges(driver: Any, hostile_page: Path) -> None:
    """Unticking a type hides its edges; 'none' hides all, 'all' shows all again."""
    open_page(driver, hostile_page)
    hidden = "return window.graphkb.edges.get().filter(e => e.hidden).map(e => e.type).sort()"
    driver.find_element("css selector", 'input[name="gk-type"][value="SANCTION"]').click()
    assert driver.execute_script(hidden) == ["SANCTION", "SANCTION"]
    driver.find_element("css selector", 'input[name="gk-modality"][value="reported"]').click()
    assert driver.execute_script(hidden) == ["AID", "SANCTION", "SANCTION"]
    driver.find_element("css selector", 'button[data-gk-all="gk-type"][data-gk-state="on"]').click()
    assert driver.execute_script(hidden) == ["AID"]
    driver.find_element(
        "css selector", 'button[data-gk-all="gk-type"][data-gk-state="off"]'
    ).click()
    assert len(driver.execute_script(hidden)) == 4


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
