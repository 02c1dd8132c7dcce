"""Regenerate the README's picture of the graph page: the seed graph as ``graphkb viz`` writes
it, opened in headless Chromium at 1280x800, with the Pakistan-United States line clicked so
the evidence panel lists its stances (and the line shows its label) and the first one is open.

Needs Debian's chromium and chromium-driver (paths from GRAPHKB_CHROMIUM and
GRAPHKB_CHROMEDRIVER, as the browser tests) and selenium; the browser is offline (a dead proxy).

Run: PYTHONPATH=. python tools/screenshot_graph.py [--out docs/graph.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("GRAPHKB_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("GRAPHKB_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--proxy-server=127.0.0.1:9",
)
MIDDLE_JS = """
const n = window.graphkb.network; const p = n.getPositions(['PAK', 'USA']);
return n.canvasToDOM({x: (p.PAK.x + p.USA.x) / 2, y: (p.PAK.y + p.USA.y) / 2});
"""


def _browser(profile: Path) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False},
    )
    return driver


def shoot(out: Path) -> None:
    """Write the seed graph's page and save its picture to ``out``."""
    from selenium.webdriver.common.action_chains import ActionChains

    from graphkb import KnowledgeBase

    work = Path(tempfile.mkdtemp(prefix="graphkb-shot-"))
    with KnowledgeBase.memory() as kb:
        page = kb.viz(work / "graph.html", title="graphkb: the seed article")
    driver = _browser(work / "profile")
    try:
        driver.get(page.as_uri())
        deadline = time.monotonic() + 15
        while not driver.execute_script("return !!(window.graphkb && window.graphkb.stable)"):
            if time.monotonic() > deadline:
                sys.exit("the page did not finish drawing within 15 s")
            time.sleep(0.1)
        canvas = driver.find_element("css selector", "#gk-network canvas")
        middle = driver.execute_script(MIDDLE_JS)
        size = canvas.size
        dx, dy = round(middle["x"] - size["width"] / 2), round(middle["y"] - size["height"] / 2)
        ActionChains(driver).move_to_element(canvas).move_by_offset(dx, dy).click().perform()
        driver.find_element("css selector", "#gk-ev-list summary").click()
        corner = (5 - size["width"] // 2, 5 - size["height"] // 2)  # off every line: no tooltip
        ActionChains(driver).move_to_element_with_offset(canvas, *corner).perform()
        time.sleep(0.5)
        out.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(out))
    finally:
        driver.quit()
    print(f"wrote {out}")


def main() -> None:
    """Parse the arguments and take the picture."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "graph.png")
    shoot(parser.parse_args().out)


if __name__ == "__main__":
    main()
