"""``graphkb viz`` on a big store: time to write the page, its size, and the time headless
Chromium takes to draw it, beside the bundled knowledge base's page drawn in the same run.

The big page is ``viz --focus US --depth 1 --top 100`` on the 1M-stance store made by
``generate_kg.py`` (the target: under 5 MB, drawn in under 2 s); "write s" is the whole
``graphkb viz`` process, layout included (computed in Python: a seeded spring layout, then
label boxes pushed apart). A third page has 300 actors (bundled countries and organisations,
600 random stances), the most the layout is made for, written in-process by ``render_html``
with ``graphkb.graph.layout``. "Drawn" means the page says its layout is final
(``window.graphkb.stable``) and the canvas has pixels on it, timed from navigation. Needs
Debian's chromium and chromium-driver (as the browser tests do) and selenium.

Run: python benchmarks/bench_viz.py [--big /tmp/graphkb-bench/s1000000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("GRAPHKB_BENCH_DIR", Path(tempfile.gettempdir()) / "graphkb-bench"))
CHROMIUM = Path(os.environ.get("GRAPHKB_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("GRAPHKB_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--proxy-server=127.0.0.1:9",
)
PAINTED_JS = """
const canvas = document.querySelector('#gk-network canvas');
if (!canvas || !(window.graphkb && window.graphkb.stable)) { return 0; }
const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
let painted = 0;
for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted += 1; } }
return painted;
"""


def write_page(store: Path, out: Path, *extra: str) -> float:
    """Run ``graphkb viz`` as a user would; seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "graphkb", "--store", str(store), "viz", "-o", str(out), *extra]
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def draw_seconds(driver: object, page: Path, timeout: float = 60.0) -> float:
    """Seconds from navigation until the graph is laid out and painted."""
    start = time.perf_counter()
    driver.get(page.as_uri())  # type: ignore[attr-defined]
    while time.perf_counter() - start < timeout:
        if driver.execute_script(PAINTED_JS) > 1000:  # type: ignore[attr-defined]
            return time.perf_counter() - start
        time.sleep(0.05)
    return float("inf")


def write_wide_page(out: Path, n: int = 300) -> float:
    """A page of ``n`` bundled actors and 2n random stances, laid out as ``viz`` does; seconds."""
    import random

    import networkx as nx

    from graphkb.actors import bundled_actors
    from graphkb.graph import layout
    from graphkb.viz import render_html

    rng = random.Random(11)
    actors = [a for a in bundled_actors() if a.kind in ("country", "organization")][:n]
    graph = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(actor.id, name=actor.name, kind=actor.kind.value, country=actor.country)
    hubs = [a.id for a in actors[:12]]
    for i, actor in enumerate(actors):
        for j, other in enumerate((rng.choice(hubs), rng.choice(actors).id)):
            if other != actor.id:
                attrs = {"type": "ACCUSE", "polarity": -1, "modality": "asserted", "count": 1}
                graph.add_edge(actor.id, other, key=f"s{i}-{j}", document="d", **attrs)
    start = time.perf_counter()
    render_html(graph, out, physics=False, positions=layout(graph))
    return time.perf_counter() - start


def main() -> None:
    """Write and draw the bundled page and the big store's focused page; print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, default=BENCH_DIR / "s1000000")
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    work = Path(tempfile.mkdtemp(prefix="graphkb-viz-"))
    pages = {"bundled KB, whole graph": (work / "bundled", work / "bundled.html", ())}
    if args.big.exists():
        focus = ("--focus", "US", "--depth", "1", "--top", "100")
        pages["1M store, --focus US --top 100"] = (args.big, work / "big.html", focus)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        print(f"{'page':<34}{'write s':>9}{'size MB':>9}{'draw s':>9}")
        for label, (store, out, extra) in pages.items():
            written = write_page(store, out, *extra)
            drawn = draw_seconds(driver, out)
            size = out.stat().st_size / 1e6
            print(f"{label:<34}{written:>9.2f}{size:>9.2f}{drawn:>9.2f}")
        wide = work / "wide.html"
        written = write_wide_page(wide)
        drawn = draw_seconds(driver, wide)
        size = wide.stat().st_size / 1e6
        print(f"{'300 actors, in-process':<34}{written:>9.2f}{size:>9.2f}{drawn:>9.2f}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
